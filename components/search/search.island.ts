import { isEditable } from '@/lib/browser/dom';
import { start } from '@/lib/browser/start';

/*
 * The search button and its shortcuts. The dialog (components/search/search-dialog.ts), minisearch and
 * the index load on the first opening. Keys typed while that code loads are kept here and
 * handed to the dialog's field, so a fast "Ctrl+K usermod" loses nothing.
 */
start(() => {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-search-button]');
  if (/Mac|iPhone|iPad/.test(navigator.platform)) {
    document.querySelectorAll('[data-search-modifier]').forEach((kbd) => (kbd.textContent = '⌘ K'));
  }
  /** What the reader typed while the dialog's code loaded; null when not loading. */
  let typed: string | null = null;
  let dialog: Promise<typeof import('./search-dialog')> | undefined;

  const open = () => {
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
  };

  buttons.forEach((button) => button.addEventListener('click', open));
  document.addEventListener('keydown', (event) => {
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
  });
});
