import type { ReactNode } from 'react';
import { useIsland } from '@/lib/server/island';

const PANEL_ID = 'lesson-menu';

/**
 * On narrow screens the lesson list hides behind a "Menu" button (components/lesson-menu/lesson-menu.island.ts); on
 * wide screens the same list is the sidebar. Without JavaScript the list simply stays visible
 * and the button is hidden (see `.js` in styles/globals.css).
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  useIsland('lesson-menu');
  return (
    <>
      <button
        id={`${PANEL_ID}-button`}
        type="button"
        aria-expanded="false"
        aria-controls={PANEL_ID}
        className="menu-button group mb-2 inline-flex items-center gap-2 rounded-md border border-line px-3 py-2 text-sm font-medium text-ink hover:bg-surface lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 6h16M4 12h16M4 18h16" className="group-aria-expanded:hidden" />
          <path d="M6 6l12 12M18 6L6 18" className="hidden group-aria-expanded:block" />
        </svg>
        Menu
      </button>
      <div id={PANEL_ID} className="menu-panel lg:block">
        {children}
      </div>
    </>
  );
}
