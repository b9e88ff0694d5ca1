// @vitest-environment happy-dom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, setUpPage, startIsland, stubIntersectionObserver, $ } from '@/lib/browser/test-dom';
import { LessonPager } from './lesson-pager';
import { nearEndRules, onHoverRules } from './lesson-pager.contract';

const lesson = (slug: string) => ({ slug, title: slug });
const rules = () => [...document.querySelectorAll('script[type=speculationrules]')].map((script) => script.textContent);
const load = () => startIsland(() => import('./lesson-pager.island'));

describe('lesson pager island', () => {
  setUpPage({ beforeEach, afterEach, vi });
  const supports = (yes: boolean) =>
    vi.stubGlobal(
      'HTMLScriptElement',
      Object.assign(function () {}, { supports: (type: string) => yes && type === 'speculationrules' }),
    );

  it('the markup asks to prerender Next on hover, without JavaScript', () => {
    renderPage(createElement(LessonPager, { previous: lesson('a'), next: lesson('c') }));
    expect(rules()).toEqual([onHoverRules]);
    expect(JSON.parse(onHoverRules)).toEqual({ prerender: [{ where: { selector_matches: 'a[rel~="next"]' }, eagerness: 'moderate' }] });
  });

  it('near the end of the lesson, asks to prerender the next lesson now, once', async () => {
    supports(true);
    const io = stubIntersectionObserver();
    renderPage(createElement(LessonPager, { previous: lesson('a'), next: lesson('c') }));
    await load();
    const pager = $('ld-lesson-pager');
    expect(rules()).toEqual([onHoverRules]);
    io.intersect(pager, false);
    expect(rules()).toEqual([onHoverRules]);
    io.intersect(pager);
    expect(rules()).toEqual([onHoverRules, nearEndRules]);
    expect(io.observed().size).toBe(0);
  });

  it('the last lesson prerenders nothing, and neither does a browser without speculation rules', async () => {
    supports(true);
    const io = stubIntersectionObserver();
    renderPage(createElement(LessonPager, { previous: lesson('a'), next: null }));
    await load();
    expect(rules()).toEqual([]);
    expect(io.observed().size).toBe(0);

    supports(false);
    renderPage(createElement(LessonPager, { previous: lesson('a'), next: lesson('c') }));
    await load();
    expect(io.observed().size).toBe(0);
  });
});
