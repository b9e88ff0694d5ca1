'use client';

import { useEffect, useState, type ReactNode } from 'react';

const PANEL_ID = 'lesson-menu';

/**
 * On narrow screens the lesson list hides behind a "Menu" button; on wide screens the same
 * list is the sidebar. Without JavaScript the list simply stays visible (see `.js` in CSS).
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        document.getElementById(`${PANEL_ID}-button`)?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        id={`${PANEL_ID}-button`}
        type="button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen((value) => !value)}
        className="menu-button mb-2 inline-flex items-center gap-2 rounded-md border border-line px-3 py-2 text-sm font-medium text-ink hover:bg-surface lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 6h16M4 12h16M4 18h16" />}
        </svg>
        Menu
      </button>
      <div id={PANEL_ID} data-open={open || undefined} className="menu-panel lg:block">
        {children}
      </div>
    </>
  );
}
