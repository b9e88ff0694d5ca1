import type { ReactNode } from 'react';
import { Island } from '@/lib/server/island';
import { lessonMenuPanelId, lessonMenuTag } from './lesson-menu.contract';

/**
 * On narrow screens the lesson list hides behind a "Menu" button; on wide screens the same
 * list is the sidebar. The button opens the list as a popover (`popovertarget`: the browser
 * opens and closes it, Escape and a tap elsewhere included); lesson-menu.island.ts keeps
 * `aria-expanded` in step and gives the focus back to the button on Escape. Without JavaScript
 * the list simply stays visible and the button is hidden (`.menu-panel` and `.js` in
 * styles/globals.css, which also undoes the popover's own box wherever the list is in the page).
 */
export function LessonMenu({ children }: { children: ReactNode }) {
  return (
    // A box of its own (block): on phones the open list is placed under it (anchor positioning).
    <Island island="lesson-menu" tag={lessonMenuTag} className="block">
      <button
        id={`${lessonMenuPanelId}-button`}
        type="button"
        aria-expanded="false"
        aria-controls={lessonMenuPanelId}
        popoverTarget={lessonMenuPanelId}
        className="menu-button group mb-2 inline-flex items-center gap-2 rounded-md border border-line px-3 py-2 text-sm font-medium text-ink hover:bg-surface lg:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 6h16M4 12h16M4 18h16" className="group-aria-expanded:hidden" />
          <path d="M6 6l12 12M18 6L6 18" className="hidden group-aria-expanded:block" />
        </svg>
        Menu
      </button>
      <div id={lessonMenuPanelId} popover="auto" className="menu-panel lg:block">
        {children}
      </div>
    </Island>
  );
}
