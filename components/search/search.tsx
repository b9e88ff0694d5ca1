import { Island } from '@/lib/server/island';
import { searchButton, searchModifier, searchTag } from './search.contract';

/**
 * The header's "Search" button. search.island.ts makes it and its shortcuts (Ctrl+K / ⌘K
 * anywhere, "/" outside text fields) open the search dialog (search-dialog.ts), whose code,
 * minisearch and the index load on the first opening, never with the page. Hidden without
 * JavaScript.
 */
export function Search() {
  return (
    <Island island="search" tag={searchTag}>
      <button
        type="button"
        {...searchButton.set(true)}
        aria-keyshortcuts="Control+K Meta+K /"
        className="inline-flex h-10 w-full items-center gap-2 rounded-md border border-line px-3 text-sm text-muted hover:border-accent hover:text-ink [html:not(.js)_&]:hidden"
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
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        Search
        {/* Its height is fixed: centred in the button, an empty <kbd> painted before its text arrived moved when it came. */}
        <kbd
          aria-hidden="true"
          {...searchModifier.set(true)}
          className="hidden h-5 rounded border border-line px-1.5 font-sans text-xs leading-4.5 sm:inline"
        >
          Ctrl K
        </kbd>
      </button>
    </Island>
  );
}
