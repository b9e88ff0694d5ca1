import { defineIsland } from '@/lib/browser/runtime';
import { fallbackOpen, lessonMenuPanelId, lessonMenuTag } from './lesson-menu.contract';

/** Where the lesson list is the sidebar (Tailwind's `lg`), the Menu button is gone. */
const WIDE = '(width >= 64rem)';

/*
 * The phone's Menu button over the lesson list (lesson-menu.tsx). The browser opens and closes
 * the list (a popover: the button's `popovertarget`, Escape, a tap elsewhere); this keeps the
 * button's `aria-expanded` (and with it its icon) in step, and on Escape gives the focus back
 * to the button even where a tap did not focus it (Safari). A browser without the Popover API
 * gets the same through `fallbackOpen`.
 */
defineIsland(lessonMenuTag, (menu) => {
  const button = menu.querySelector<HTMLButtonElement>(`button[aria-controls="${lessonMenuPanelId}"]`);
  const panel = menu.querySelector<HTMLElement>(`#${lessonMenuPanelId}`);
  if (!button || !panel) return;
  const popovers = 'togglePopover' in HTMLElement.prototype;
  let open = false;
  const show = (isOpen: boolean) => {
    open = isOpen;
    button.setAttribute('aria-expanded', String(isOpen));
  };
  const setOpen = (isOpen: boolean) => {
    if (popovers) panel.togglePopover(isOpen);
    else {
      panel.toggleAttribute(fallbackOpen.name, isOpen);
      show(isOpen);
    }
  };

  if (popovers) {
    // However the list opened or closed, the browser says so after the fact.
    panel.addEventListener('toggle', (event) => show(event.newState === 'open'));
    // It may have opened before this code arrived.
    show(panel.matches(':popover-open'));
  } else button.addEventListener('click', () => setOpen(!open));

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.focus();
  });
  // Widened to the sidebar layout, the list is part of the page again: an open popover would float over it.
  matchMedia(WIDE).addEventListener('change', (event) => {
    if (event.matches && open) setOpen(false);
  });
});
