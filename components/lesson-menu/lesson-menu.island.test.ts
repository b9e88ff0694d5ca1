// @vitest-environment happy-dom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonList } from '@/components/layout/lesson-list';
import { MobileMenu } from '@/components/lesson-menu/lesson-menu';
import { $, press, renderPage, setUpPage, startIsland } from '@/lib/browser/test-dom';

const lessons = [
  { slug: 'what-is-docker', title: 'What is Docker?', order: 1 },
  { slug: 'first-container', title: 'Your first container', order: 2 },
];

const button = () => $<HTMLButtonElement>('button[aria-controls="lesson-menu"]');
const panel = () => $('#lesson-menu');

describe('lesson-menu island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  async function openPage() {
    renderPage(createElement(MobileMenu, null, createElement(LessonList, { lessons, currentSlug: 'first-container' })));
    await startIsland(() => import('./lesson-menu.island'));
  }

  it('the Menu button opens and closes the lesson list', async () => {
    await openPage();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(panel().hasAttribute('data-open')).toBe(false);

    button().click();
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(panel().hasAttribute('data-open')).toBe(true);

    button().click();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(panel().hasAttribute('data-open')).toBe(false);
  });

  it('Escape closes the open menu and gives the focus back to its button', async () => {
    await openPage();
    button().click();
    const link = $<HTMLAnchorElement>('#lesson-menu a');
    link.focus();

    press(link, 'Escape');
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(panel().hasAttribute('data-open')).toBe(false);
    expect(document.activeElement).toBe(button());
  });

  it('Escape with the menu closed, or another key with it open, changes nothing', async () => {
    await openPage();
    const link = $<HTMLAnchorElement>('#lesson-menu a');
    link.focus();
    press(link, 'Escape');
    expect(document.activeElement).toBe(link);

    button().click();
    press(document.body, 'Enter');
    expect(button().getAttribute('aria-expanded')).toBe('true');
  });
});
