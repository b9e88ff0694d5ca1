// @vitest-environment happy-dom
import { createElement, Fragment } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonList } from '@/components/layout/lesson-list';
import { CourseProgress } from '@/components/progress/course-progress';
import { LessonStatus } from '@/components/progress/lesson-status';
import { MarkComplete } from '@/components/progress/mark-complete';
import type { Progress } from '@/components/progress/progress';
import { problemMessages } from '@/components/progress/progress-storage';
import { storageKeys } from '@/lib/shared/storage-keys';
import { $, renderPage, setUpPage, startIsland, text } from '@/lib/browser/test-dom';

const lessons = [
  { slug: 'what-is-docker', title: 'What is Docker?', order: 1 },
  { slug: 'first-container', title: 'Your first container', order: 2 },
  { slug: 'compose', title: 'Docker Compose', order: 3 },
];

/** The home page: the summary with Continue and Reset, and a badge slot per lesson. */
const homePage = () =>
  createElement(
    Fragment,
    null,
    createElement(CourseProgress, { lessons }),
    createElement(
      'ol',
      null,
      ...lessons.map((lesson) =>
        createElement('li', { key: lesson.slug }, lesson.title, createElement(LessonStatus, { slug: lesson.slug, look: 'badge' })),
      ),
    ),
  );

/** A lesson: the sidebar's list with its marks, and Mark as complete at the end. */
const lessonPage = (slug: string) =>
  createElement(
    Fragment,
    null,
    createElement('nav', null, createElement(LessonList, { lessons, currentSlug: slug })),
    createElement('article', { 'data-lesson': slug }, createElement(MarkComplete, { slug })),
  );

const stored = (): Progress | null => JSON.parse(localStorage.getItem(storageKeys.progress) ?? 'null') as Progress | null;
const store = (progress: Progress) => localStorage.setItem(storageKeys.progress, JSON.stringify(progress));

async function open(page: ReturnType<typeof homePage>) {
  renderPage(page);
  await startIsland(() => import('./progress.island'));
}

const markButton = () => $<HTMLButtonElement>('ld-mark-complete button');
const markStatus = () => $('ld-mark-complete [role=status]');
const sidebarMark = (slug: string) => $(`nav [data-lesson-status="${slug}"]`);
const badges = (slug: string) => [...$(`[data-lesson-status="${slug}"]`).children].map((badge) => text(badge));
const summary = () => text($('[data-progress-summary]'));
const continueLink = () => $<HTMLAnchorElement>('a[data-progress-continue]');
const resetButton = () => $<HTMLButtonElement>('button[data-progress-reset]');
const dialog = () => $<HTMLDialogElement>('ld-course-progress dialog');
const homeStatus = () => text($('ld-course-progress section > [role=status]'));

describe('progress island: Mark as complete', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('enables the button, which says the lesson is not complete yet', async () => {
    renderPage(lessonPage('first-container'));
    expect(markButton().disabled).toBe(true);
    await startIsland(() => import('./progress.island'));
    expect(markButton().disabled).toBe(false);
    expect(markButton().getAttribute('aria-pressed')).toBe('false');
    expect(text(markStatus())).toBe('');
  });

  it('toggles the lesson complete, stores it, and marks it in the sidebar', async () => {
    await open(lessonPage('first-container'));

    markButton().click();
    expect(markButton().getAttribute('aria-pressed')).toBe('true');
    expect(text(markStatus())).toBe('Lesson complete.');
    expect(stored()).toEqual({ version: 2, lessons: { 'first-container': { complete: true } } });
    expect(text(sidebarMark('first-container'))).toBe('✓ (completed)');
    expect($('[aria-hidden=true]', sidebarMark('first-container')).textContent).toBe('✓');
    expect(text($('.sr-only', sidebarMark('first-container')))).toBe('(completed)');
    expect(text(sidebarMark('what-is-docker'))).toBe('');

    markButton().click();
    expect(markButton().getAttribute('aria-pressed')).toBe('false');
    expect(text(markStatus())).toBe('');
    expect(stored()).toEqual({ version: 2, lessons: { 'first-container': { complete: false } } });
    expect(sidebarMark('first-container').childElementCount).toBe(0);
  });

  it('shows what an earlier page view stored', async () => {
    store({
      lessons: { 'first-container': { complete: true }, 'what-is-docker': { checked: true }, compose: { complete: true, checked: true } },
    });
    await open(lessonPage('first-container'));
    expect(markButton().getAttribute('aria-pressed')).toBe('true');
    expect(text(markStatus())).toBe('Lesson complete.');
    expect(text(sidebarMark('what-is-docker'))).toBe('checked (checked on my machine)');
    expect(text(sidebarMark('compose'))).toBe('✓checked (completed, checked on my machine)');
  });

  it('follows progress changed in another tab', async () => {
    await open(lessonPage('first-container'));
    store({ lessons: { 'first-container': { complete: true } } });
    window.dispatchEvent(new StorageEvent('storage', { key: storageKeys.progress }));
    expect(markButton().getAttribute('aria-pressed')).toBe('true');
    expect(text(sidebarMark('first-container'))).toBe('✓ (completed)');

    // Another tab cleared the site's storage.
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(markButton().getAttribute('aria-pressed')).toBe('false');
  });
});

describe('progress island: when storage does not work', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('blocked storage: says progress is not saved, and the button still works for this page view', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await open(lessonPage('first-container'));
    const problem = $('ld-mark-complete [data-progress-problem]');
    expect(problem.hidden).toBe(false);
    expect(problem.textContent).toBe(problemMessages.unavailable);

    markButton().click();
    expect(markButton().getAttribute('aria-pressed')).toBe('true');
    expect(text(sidebarMark('first-container'))).toBe('✓ (completed)');
  });

  it('full storage: says so once a write fails', async () => {
    await open(lessonPage('first-container'));
    const problem = $('ld-mark-complete [data-progress-problem]');
    expect(problem.hidden).toBe(true);

    const real = localStorage;
    const full: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
      getItem: (key) => real.getItem(key),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (key) => real.removeItem(key),
    };
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full as Storage);
    markButton().click();
    expect(markButton().getAttribute('aria-pressed')).toBe('true');
    expect(problem.hidden).toBe(false);
    expect(problem.textContent).toBe(problemMessages.full);
  });

  it('unreadable progress: says so, and never overwrites it', async () => {
    localStorage.setItem(storageKeys.progress, '{"lessons": "not this"}');
    await open(lessonPage('first-container'));
    expect($('[data-progress-problem]').textContent).toBe(problemMessages.corrupt);

    markButton().click();
    expect(markButton().getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(storageKeys.progress)).toBe('{"lessons": "not this"}');
  });
});

describe('progress island: the home page', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('with nothing done: 0 of 3, no Continue, Reset enabled, no badges', async () => {
    renderPage(homePage());
    expect(summary()).toBe('Reading your progress…');
    expect(resetButton().disabled).toBe(true);
    await startIsland(() => import('./progress.island'));

    expect(summary()).toBe('0 of 3 lessons complete');
    expect($('[data-progress-bar]').style.width).toBe('0%');
    expect(continueLink().hidden).toBe(true);
    expect(resetButton().disabled).toBe(false);
    expect(lessons.map((lesson) => badges(lesson.slug))).toEqual([[], [], []]);
    expect($<HTMLElement>('ld-course-progress [data-progress-problem]').hidden).toBe(true);
  });

  it('part way: the count, the bar, Continue to the next lesson, and the badges', async () => {
    store({ lessons: { 'what-is-docker': { complete: true, checked: true }, 'first-container': { checked: true } } });
    await open(homePage());

    expect(summary()).toBe('1 of 3 lessons complete');
    expect(parseFloat($('[data-progress-bar]').style.width)).toBeCloseTo(100 / 3);
    expect(continueLink().hidden).toBe(false);
    expect(continueLink().getAttribute('href')).toBe('/lessons/first-container');
    expect(text(continueLink())).toBe('Continue: Your first container→');
    expect(badges('what-is-docker')).toEqual(['✓Completed', '✓Checked on my machine']);
    expect(badges('first-container')).toEqual(['✓Checked on my machine']);
    expect(badges('compose')).toEqual([]);
  });

  it('all done: says the course is finished, and there is nothing to continue', async () => {
    store({ lessons: Object.fromEntries(lessons.map((lesson) => [lesson.slug, { complete: true }])) });
    await open(homePage());
    expect(summary()).toBe('3 of 3 lessons complete: you have finished the course.');
    expect($('[data-progress-bar]').style.width).toBe('100%');
    expect(continueLink().hidden).toBe(true);
  });

  it('Reset asks first; Cancel keeps the progress', async () => {
    store({ lessons: { 'what-is-docker': { complete: true } } });
    await open(homePage());

    resetButton().click();
    expect(dialog().open).toBe(true);
    $<HTMLButtonElement>('[data-reset-cancel]').click();
    expect(dialog().open).toBe(false);
    expect(summary()).toBe('1 of 3 lessons complete');
    expect(stored()).toEqual({ lessons: { 'what-is-docker': { complete: true } } });
    expect(homeStatus()).toBe('');
  });

  it('Reset, confirmed, forgets everything and says so', async () => {
    store({ lessons: { 'what-is-docker': { complete: true, quiz: { 0: true } } } });
    await open(homePage());

    resetButton().click();
    $<HTMLButtonElement>('[data-reset-confirm]').click();
    expect(dialog().open).toBe(false);
    expect(localStorage.getItem(storageKeys.progress)).toBeNull();
    expect(summary()).toBe('0 of 3 lessons complete');
    expect(continueLink().hidden).toBe(true);
    expect(badges('what-is-docker')).toEqual([]);
    expect(homeStatus()).toBe('Progress reset.');

    // Opening the dialog again clears the old news.
    resetButton().click();
    expect(homeStatus()).toBe('');
  });

  it('Reset is the way out of unreadable progress', async () => {
    localStorage.setItem(storageKeys.progress, 'not json');
    await open(homePage());
    const problem = $('ld-course-progress [data-progress-problem]');
    expect(problem.textContent).toBe(problemMessages.corrupt);

    resetButton().click();
    $<HTMLButtonElement>('[data-reset-confirm]').click();
    expect(problem.hidden).toBe(true);
    expect(localStorage.getItem(storageKeys.progress)).toBeNull();
  });
});
