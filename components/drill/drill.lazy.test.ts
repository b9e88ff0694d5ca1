// @vitest-environment happy-dom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLazy, renderPage, setUpPage, text, type, $ } from '@/lib/browser/test-dom';
import { REVIEW_KEY } from '@/components/review/review-state';
import { Drill } from './drill';

const load = () => connectLazy('ld-drill', () => import('./drill.lazy'));
const page = () =>
  renderPage(
    createElement(
      'article',
      { 'data-lesson': 'dash-app' },
      createElement(Drill, {
        id: 'background',
        task: 'Run it in the background, on this machine only.',
        answer: 'docker run -d --rm --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph',
        why: 'Because.',
      }),
    ),
  );

/** Types a command and presses Check; resolves once the verdict is shown (the checker loads on first use). */
async function answer(command: string) {
  const input = $<HTMLInputElement>('ld-drill input');
  input.dispatchEvent(new Event('focus'));
  type(input, command);
  $('ld-drill form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await vi.waitFor(() => expect(text($('ld-drill [role=status]'))).not.toBe(''));
  return text($('ld-drill [role=status]'));
}

describe('drill island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('without JavaScript, shows the task and the model answer in a disclosure, and no field', () => {
    page();
    renderPage(createElement(Drill, { id: 'x', task: 'Do it.', answer: 'docker ps', why: 'Lists them.' }), { js: false });
    expect($('ld-drill summary').textContent).toBe('Model answer');
    expect($('ld-drill details code').textContent).toBe('docker ps');
    expect($('ld-drill form').className).toContain('[html:not(.js)_&]:hidden');
  });

  it('says wrong and why, offers the answer after two wrong tries, and a right answer enters review', async () => {
    page();
    await load();
    const details = $('ld-drill details');
    expect(details.hasAttribute('data-revealable')).toBe(false);

    expect(await answer('docker run -d --rm --name dash-app -p 8050:8050 e4l-python-graph')).toMatch(/^✗ Not yet\. Without an address/);
    expect(details.hasAttribute('data-revealable')).toBe(false);
    $('ld-drill [role=status]').replaceChildren();
    expect(await answer('docker run --rm --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph')).toMatch(
      /-d is missing.*open the model answer now/,
    );
    expect(details.hasAttribute('data-revealable')).toBe(true);

    const status = $('ld-drill [role=status]');
    status.replaceChildren();
    // What storage holds when the verdict appears: a reader who reads "Right" and moves on at once must keep the item.
    let storedWhenShown: string | null | undefined;
    new MutationObserver(() => {
      if (storedWhenShown === undefined && text(status).startsWith('✓')) storedWhenShown = localStorage.getItem(REVIEW_KEY);
    }).observe(status, { childList: true, subtree: true, characterData: true });
    expect(await answer('docker container run --rm -d --name=dash-app --publish 127.0.0.1:8050:8050 e4l-python-graph')).toMatch(
      /^✓ Right\./,
    );
    expect(storedWhenShown).toContain('drill:dash-app:background');
    // Right after two wrong tries: Again, so it comes back tomorrow.
    const card = JSON.parse(localStorage.getItem(REVIEW_KEY) ?? '{}').cards['drill:dash-app:background'];
    expect(card.reps).toBe(1);
    expect(Date.parse(card.due) - Date.now()).toBeLessThan(2 * 86_400_000);
  });
});
