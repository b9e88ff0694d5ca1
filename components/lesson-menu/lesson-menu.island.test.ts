// @vitest-environment happy-dom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { LessonList } from '@/components/layout/lesson-list';
import { LessonMenu } from '@/components/lesson-menu/lesson-menu';
import { $, press, renderPage, setUpPage, startIsland } from '@/lib/browser/test-dom';
import { fallbackOpen, lessonMenuPanelId } from './lesson-menu.contract';

const lessons = [
  { slug: 'what-is-docker', title: 'What is Docker?', order: 1 },
  { slug: 'first-container', title: 'Your first container', order: 2 },
];

const button = () => $<HTMLButtonElement>(`button[aria-controls="${lessonMenuPanelId}"]`);
const panel = () => $(`#${lessonMenuPanelId}`);
const expanded = () => button().getAttribute('aria-expanded');

/**
 * The Popover API, which happy-dom lacks, as a browser runs it: a button's `popovertarget`
 * toggles its popover, `togglePopover()` too, `:popover-open` matches an open one, and every
 * change fires `toggle` with the new state. `isOpen(element)` is the browser's own view.
 */
function stubPopovers() {
  const open = new WeakSet<Element>();
  const toggle = (element: Element, force?: boolean): boolean => {
    const next = force ?? !open.has(element);
    if (next === open.has(element)) return next;
    if (next) open.add(element);
    else open.delete(element);
    element.dispatchEvent(Object.assign(new Event('toggle'), { oldState: next ? 'closed' : 'open', newState: next ? 'open' : 'closed' }));
    return next;
  };
  Object.defineProperty(HTMLElement.prototype, 'togglePopover', {
    configurable: true,
    value(this: HTMLElement, force?: boolean) {
      return toggle(this, force);
    },
  });
  onTestFinished(() => {
    delete (HTMLElement.prototype as Partial<HTMLElement>).togglePopover;
  });
  const matches = Element.prototype.matches;
  vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
    return selector === ':popover-open' ? open.has(this) : matches.call(this, selector);
  });
  // The button's own activation: what `popovertarget` does without any script.
  document.addEventListener('click', (event) => {
    const invoker = event.target instanceof Element ? event.target.closest('button[popovertarget]') : null;
    const target = invoker && document.getElementById(invoker.getAttribute('popovertarget') ?? '');
    if (target) toggle(target);
  });
  return { isOpen: (element: Element) => open.has(element), toggle };
}

/** `(width >= 64rem)`, which the test can change while the page is open. */
function stubWidth(wide: boolean) {
  const listeners = new Set<(event: { matches: boolean }) => void>();
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({
      get matches() {
        return wide;
      },
      addEventListener: (_type: string, listener: (event: { matches: boolean }) => void) => listeners.add(listener),
    })),
  );
  return {
    change(toWide: boolean) {
      wide = toWide;
      listeners.forEach((listener) => listener({ matches: toWide }));
    },
  };
}

async function openPage() {
  renderPage(createElement(LessonMenu, null, createElement(LessonList, { lessons, currentSlug: 'first-container' })));
  await startIsland(() => import('./lesson-menu.island'));
}

describe('lesson-menu island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('the server renders the Menu button as the list’s popover invoker', () => {
    renderPage(createElement(LessonMenu, null, 'Lessons'));
    expect(button().getAttribute('popovertarget')).toBe(lessonMenuPanelId);
    expect(panel().getAttribute('popover')).toBe('auto');
    expect(expanded()).toBe('false');
  });

  describe('with the Popover API', () => {
    it('the Menu button opens and closes the list, and aria-expanded follows', async () => {
      stubWidth(false);
      const popovers = stubPopovers();
      await openPage();
      expect(expanded()).toBe('false');

      button().click();
      expect(popovers.isOpen(panel())).toBe(true);
      expect(expanded()).toBe('true');

      button().click();
      expect(popovers.isOpen(panel())).toBe(false);
      expect(expanded()).toBe('false');
      expect(panel().hasAttribute(fallbackOpen.name)).toBe(false);
    });

    it('a list the browser opened before this code arrived, or closed by itself (a tap elsewhere), is told right', async () => {
      stubWidth(false);
      const popovers = stubPopovers();
      renderPage(createElement(LessonMenu, null, createElement(LessonList, { lessons })));
      button().click();
      await startIsland(() => import('./lesson-menu.island'));
      expect(expanded()).toBe('true');

      popovers.toggle(panel(), false);
      expect(expanded()).toBe('false');
    });

    it('Escape closes the open list and gives the focus back to its button', async () => {
      stubWidth(false);
      const popovers = stubPopovers();
      await openPage();
      button().click();
      const link = $<HTMLAnchorElement>(`#${lessonMenuPanelId} a`);
      link.focus();

      press(link, 'Escape');
      expect(popovers.isOpen(panel())).toBe(false);
      expect(expanded()).toBe('false');
      expect(document.activeElement).toBe(button());
    });

    it('Escape with the list closed, or another key with it open, changes nothing', async () => {
      stubWidth(false);
      const popovers = stubPopovers();
      await openPage();
      const link = $<HTMLAnchorElement>(`#${lessonMenuPanelId} a`);
      link.focus();
      press(link, 'Escape');
      expect(document.activeElement).toBe(link);

      button().click();
      press(document.body, 'Enter');
      expect(popovers.isOpen(panel())).toBe(true);
      expect(expanded()).toBe('true');
    });

    it('widening the window to the sidebar layout closes the open list', async () => {
      const width = stubWidth(false);
      const popovers = stubPopovers();
      await openPage();
      button().click();

      width.change(true);
      expect(popovers.isOpen(panel())).toBe(false);
      expect(expanded()).toBe('false');
    });
  });

  describe('without the Popover API (older browsers)', () => {
    it('the Menu button opens and closes the list itself', async () => {
      stubWidth(false);
      await openPage();
      expect(expanded()).toBe('false');
      expect(panel().hasAttribute(fallbackOpen.name)).toBe(false);

      button().click();
      expect(expanded()).toBe('true');
      expect(panel().hasAttribute(fallbackOpen.name)).toBe(true);

      button().click();
      expect(expanded()).toBe('false');
      expect(panel().hasAttribute(fallbackOpen.name)).toBe(false);
    });

    it('Escape closes it and gives the focus back to its button', async () => {
      stubWidth(false);
      await openPage();
      button().click();
      const link = $<HTMLAnchorElement>(`#${lessonMenuPanelId} a`);
      link.focus();

      press(link, 'Escape');
      expect(expanded()).toBe('false');
      expect(panel().hasAttribute(fallbackOpen.name)).toBe(false);
      expect(document.activeElement).toBe(button());
    });
  });
});
