// @vitest-environment happy-dom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExplainCommand } from '@/components/explain-command/explain-command';
import { $, renderPage, setUpPage, startIsland, text, type } from '@/lib/browser/test-dom';

const load = () => import('./explain-command.island');
const submit = () => $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
/** The model loads with import(); wait for the answer to be written. */
const answer = () => vi.waitFor(() => expect(text($('[role=status]'))).not.toBe(''));

describe('explain-command island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('says it needs JavaScript, and hides the form, when JavaScript is off', () => {
    renderPage(createElement(ExplainCommand), { js: false });
    expect(text($('[role=group]'))).toMatch(/needs JavaScript/);
    expect($('form').className).toContain('[html:not(.js)_&]:hidden');
  });

  it('explains each part of a pasted command in the live region', async () => {
    renderPage(createElement(ExplainCommand));
    await startIsland(load);
    type($<HTMLTextAreaElement>('textarea'), 'docker run -d -p 8080:80 --name web nginx');
    submit();
    await answer();
    const items = [...document.querySelectorAll('[role=status] li')].map(text);
    expect(items[0]).toMatch(/^docker /);
    expect(items).toContainEqual(expect.stringMatching(/^8080:80 Publish container port 80 .*port 8080/));
    expect(text($('[role=status] p'))).toMatch(/all known\.$/);
    // The echoed command breaks between words only: `8080:80` may, `--name` and `-d` never at their hyphens.
    const whole = [...document.querySelectorAll('[role=status] p .nobreak')].map((span) => span.textContent);
    expect(whole).toEqual(['-d', '-p', '--name']);
  });

  it('names an unknown flag with the closest known one', async () => {
    renderPage(createElement(ExplainCommand));
    await startIsland(load);
    type($<HTMLTextAreaElement>('textarea'), 'docker run --publsh 80:80 nginx');
    submit();
    await answer();
    expect(text($('[role=status]'))).toMatch(/--publsh Not known: --publsh is not a flag here; did you mean --publish\?/);
  });

  it('says when there is no docker command to explain', async () => {
    renderPage(createElement(ExplainCommand));
    await startIsland(load);
    type($<HTMLTextAreaElement>('textarea'), 'ls -la');
    submit();
    await answer();
    expect(text($('[role=status]'))).toMatch(/^No docker command found/);
  });
});
