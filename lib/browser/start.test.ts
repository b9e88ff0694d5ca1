// @vitest-environment happy-dom
import { createElement, Fragment } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { LessonMenu } from '@/components/lesson-menu/lesson-menu';
import { HYDRATED_EVENT, start } from './start';
import { $, renderPage, setUpPage, startIsland } from './test-dom';

/** What `next dev` puts in the page it is about to hydrate. */
const nextData = () =>
  createElement('script', { id: '__NEXT_DATA__', type: 'application/json', dangerouslySetInnerHTML: { __html: '{"props":{}}' } });

const hydrated = () => {
  window.__learnDockerHydrated = true;
  window.dispatchEvent(new Event(HYDRATED_EVENT));
};

describe('start', () => {
  setUpPage({ beforeEach, afterEach, vi });
  const forgetHydration = () =>
    onTestFinished(() => {
      delete window.__learnDockerHydrated;
    });

  it('without React in the page (production), enhances at once', () => {
    renderPage(createElement('main'));
    const enhance = vi.fn();
    start(enhance);
    expect(enhance).toHaveBeenCalledTimes(1);
  });

  it('in a page next dev hydrates, waits until _app says hydration is done, and enhances once', () => {
    forgetHydration();
    renderPage(nextData());
    const enhance = vi.fn();
    start(enhance);
    expect(enhance).not.toHaveBeenCalled();

    hydrated();
    expect(enhance).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event(HYDRATED_EVENT));
    expect(enhance).toHaveBeenCalledTimes(1);
  });

  it('an island that loads after hydration enhances at once', () => {
    forgetHydration();
    renderPage(nextData());
    hydrated();
    const enhance = vi.fn();
    start(enhance);
    expect(enhance).toHaveBeenCalledTimes(1);
  });

  it('an island leaves the markup alone until hydration is done', async () => {
    forgetHydration();
    renderPage(createElement(Fragment, null, nextData(), createElement(LessonMenu, null, 'Lessons')));
    await startIsland(() => import('@/components/lesson-menu/lesson-menu.island'));
    const button = $<HTMLButtonElement>('button[aria-controls="lesson-menu"]');
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');

    hydrated();
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });
});
