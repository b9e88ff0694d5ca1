'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

// The dialog, minisearch and the index load on the first opening, never with the page.
const SearchDialog = lazy(() => import('./search-dialog'));

/** Typing in a field: "/" belongs to the text there, not to the search shortcut. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

const noSubscription = () => () => {};
const modifierKey = () => (/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl');

/**
 * The header's "Search" button, and the shortcuts that do the same: Ctrl+K / ⌘K anywhere,
 * "/" outside text fields. Each opening bumps `opened`, which the dialog shows itself for.
 */
export function SearchButton() {
  const [opened, setOpened] = useState(0);
  const modifier = useSyncExternalStore(noSubscription, modifierKey, () => 'Ctrl');
  // What the reader types while the dialog's code is still loading (null: not loading).
  const typed = useRef<string | null>(null);
  const open = useCallback(() => {
    if (!document.querySelector('dialog[open]')) typed.current ??= '';
    setOpened((count) => count + 1);
  }, []);
  const peekTyped = useCallback(() => typed.current ?? '', []);
  const stopTyping = useCallback(() => {
    const text = typed.current ?? '';
    typed.current = null;
    return text;
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.altKey) return;
      if (typed.current !== null && !event.ctrlKey && !event.metaKey && (event.key.length === 1 || event.key === 'Backspace')) {
        event.preventDefault();
        typed.current = event.key === 'Backspace' ? typed.current.slice(0, -1) : typed.current + event.key;
        return;
      }
      const shortcut =
        ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') ||
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(event.target));
      // An open dialog (search itself, a confirmation) keeps the keyboard.
      if (!shortcut || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-keyshortcuts="Control+K Meta+K /"
        className="inline-flex h-10 items-center gap-2 rounded-md border border-line px-3 text-sm text-muted hover:border-accent hover:text-ink [html:not(.js)_&]:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        Search
        <kbd aria-hidden="true" className="hidden rounded border border-line px-1.5 font-sans text-xs sm:inline">
          {modifier} K
        </kbd>
      </button>
      {opened ? (
        <Suspense>
          <SearchDialog opened={opened} peekTyped={peekTyped} stopTyping={stopTyping} />
        </Suspense>
      ) : null}
    </>
  );
}
