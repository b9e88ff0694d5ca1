import { Island } from '@/lib/server/island';
import { themeButton, themeToggleTag } from './theme-toggle.contract';

/**
 * The theme switch: an `aria-pressed` button named "Dark theme". The icon follows the class on
 * <html> through CSS; theme-toggle.island.ts keeps `aria-pressed` true to it and stores the
 * choice. Without JavaScript it could not work, so it is not shown.
 */
export function ThemeToggle() {
  return (
    <Island island="theme-toggle" tag={themeToggleTag}>
      <button
        type="button"
        {...themeButton.set(true)}
        aria-pressed="false"
        className="inline-flex size-10 items-center justify-center rounded-md text-muted hover:bg-surface hover:text-ink [html:not(.js)_&]:hidden"
      >
        <span className="sr-only">Dark theme</span>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 dark:hidden"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </svg>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="hidden size-5 dark:block"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        </svg>
      </button>
    </Island>
  );
}
