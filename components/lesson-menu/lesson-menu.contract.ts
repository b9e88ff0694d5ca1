import { attribute, flag } from '@/lib/shared/contract';

/** The lesson list behind the phone's Menu button: what lesson-menu.tsx renders and lesson-menu.island.ts reads. */
export const lessonMenuTag = 'ld-lesson-menu';

/** The list's id: the Menu button's `popovertarget` and `aria-controls`. */
export const lessonMenuPanelId = 'lesson-menu';

/**
 * On the list, only in a browser without the Popover API (before Safari 17, Firefox 125): the
 * island opens the list by this attribute instead, and styles/globals.css shows it.
 */
export const fallbackOpen = attribute('data-open', flag);
