import { defineIsland, isEditable } from '@/lib/browser/runtime';
import { searchButton, searchModifier, searchTag } from './search.contract';

/*
 * The search button and its shortcuts. The dialog (search-dialog.ts), minisearch and the index
 * load on the first opening. Keys typed while that code loads are kept here and handed to the
 * dialog's field, so a fast "Ctrl+K usermod" loses nothing.
 */

/** What the reader typed while the dialog's code loaded; null when not loading. */
let typed: string | null = null;
let dialog: Promise<typeof import('./search-dialog')> | undefined;

function open(): void {
  if (document.querySelector('dialog[open]')) return;
  typed ??= '';
  dialog ??= import('./search-dialog');
  dialog.then(
    (module) => {
      const text = typed ?? '';
      typed = null;
      module.openSearch(text);
    },
    () => {
      // Offline or a failed deploy: forget it, so the next opening tries again.
      typed = null;
      dialog = undefined;
    },
  );
}

/** The shortcuts work anywhere in the page, so they listen on the document: once, however many buttons. */
function onKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  if (typed !== null && !event.ctrlKey && !event.metaKey && (event.key.length === 1 || event.key === 'Backspace')) {
    event.preventDefault();
    typed = event.key === 'Backspace' ? typed.slice(0, -1) : typed + event.key;
    return;
  }
  const shortcut =
    ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') ||
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(event.target));
  // An open dialog (search itself, a confirmation) keeps the keyboard.
  if (!shortcut || document.querySelector('dialog[open]')) return;
  event.preventDefault();
  open();
}

let listening = false;

defineIsland(searchTag, (search) => {
  search.querySelector(`button${searchButton.selector}`)?.addEventListener('click', open);
  if (/Mac|iPhone|iPad/.test(navigator.platform)) {
    search.querySelectorAll(searchModifier.selector).forEach((kbd) => (kbd.textContent = '⌘ K'));
  }
  if (listening) return;
  listening = true;
  document.addEventListener('keydown', onKey);
});
