import { attribute, flag } from '@/lib/shared/contract';

/** The header's search button: what search.tsx renders and search.island.ts reads. */
export const searchTag = 'ld-search';

/** The button that opens the search dialog (search-dialog.ts). */
export const searchButton = attribute('data-search-button', flag);

/** The shortcut's modifier on the button ("Ctrl K"), which the island writes as "⌘ K" on a Mac. */
export const searchModifier = attribute('data-search-modifier', flag);
