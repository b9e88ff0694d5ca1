'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchDocument } from '@/lib/search/search-documents';
import { createSearchEngine, type SearchEngine } from '@/lib/search/search-engine';
import { optionId, SearchResults } from './search-results';

let loading: Promise<SearchEngine> | undefined;

/** The index, fetched once per page view; a failure (offline) is forgotten so the next opening retries. */
function loadEngine(): Promise<SearchEngine> {
  loading ??= fetch('/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchDocument[]>;
    })
    .then(createSearchEngine);
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * The search dialog: a combobox over a listbox of results. showModal() remembers what had
 * the focus and gives it back on close, Escape included. Loaded by search-button.tsx on the
 * first opening, together with minisearch.
 */
type Props = {
  /** Bumped by each opening. */
  opened: number;
  /** What was typed while this code loaded, and the end of that: from then on the field gets the keys. */
  peekTyped: () => string;
  stopTyping: () => string;
};

export default function SearchDialog({ opened, peekTyped, stopTyping }: Props) {
  const id = useId();
  const listId = `${id}-results`;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState(peekTyped);
  const [active, setActive] = useState(0);
  const results = useMemo(() => engine?.search(query) ?? [], [engine, query]);
  const current = Math.min(active, results.length - 1);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // Keys typed while this code loaded become the query; reopened, the last query is
    // selected, ready to be typed over.
    const input = dialog.querySelector('input');
    const typed = stopTyping();
    if (typed && input) {
      // They were kept outside React (search-button.tsx), some maybe after this render: the
      // field takes them now, before the next key can reach it.
      input.value = typed;
      setQuery(typed);
    } else input?.select();
    loadEngine().then(
      (loaded) => {
        setEngine(loaded);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [opened, stopTyping]);

  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(listId, current))?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  const go = (url: string) => {
    dialogRef.current?.close();
    location.assign(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count) setActive((current + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const result = results[current];
      if (result) go(result.url);
    }
  };

  const status = failed
    ? 'Search could not load. Check your connection, then open search again.'
    : !engine
      ? 'Loading the search index…'
      : !query.trim()
        ? 'Search every lesson: words, commands, addresses like 0.0.0.0.'
        : results.length
          ? `${results.length} result${results.length === 1 ? '' : 's'}. Arrow keys choose, Enter opens.`
          : `No results for “${query.trim()}”.`;

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-label`}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(event) => event.target === event.currentTarget && event.currentTarget.close()}
      className="mx-auto mt-[8vh] w-[min(40rem,calc(100%-1.5rem))] max-w-none overflow-hidden rounded-xl border border-line bg-page p-0 text-ink shadow-2xl backdrop:bg-black/50"
    >
      <div className="flex items-center gap-2 p-3">
        <label id={`${id}-label`} htmlFor={`${id}-input`} className="sr-only">
          Search the lessons
        </label>
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(listId, current) : undefined}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="Search the lessons"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="min-w-0 flex-1 rounded-md border border-line bg-page px-3 py-2 text-base text-ink placeholder:text-muted"
        />
        <button type="button" onClick={() => dialogRef.current?.close()} className="rounded-md px-2 py-2 text-sm text-muted hover:bg-surface hover:text-ink">
          Close
        </button>
      </div>
      <p role="status" className="px-4 pb-2 text-sm text-muted">
        {status}
      </p>
      <SearchResults id={listId} results={results} active={current} onOpen={go} />
    </dialog>
  );
}
