import type { SearchDocument } from '@/lib/content/search-documents';
import { createSearchEngine, type SearchEngine, type SearchResult } from '@/components/search/search-engine';
import type { TextPart } from '@/components/search/snippet';
import { h } from '@/lib/browser/runtime';

/*
 * The search dialog: a combobox over a listbox of results, built on first use. showModal()
 * remembers what had the focus and gives it back on close, Escape included.
 */

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

const marked = (parts: TextPart[]) =>
  parts.map((part) =>
    part.mark
      ? h('mark', { className: 'rounded-sm bg-amber-200 px-0.5 text-black dark:bg-amber-300/30 dark:text-ink' }, part.text)
      : part.text,
  );

type Parts = { dialog: HTMLDialogElement; input: HTMLInputElement; status: HTMLElement; list: HTMLUListElement };
let parts: Parts | undefined;
let engine: SearchEngine | undefined;
let failed = false;
let results: SearchResult[] = [];
let active = 0;

const optionId = (index: number) => `search-result-${index}`;

function statusText(query: string): string {
  if (failed) return 'Search could not load. Check your connection, then open search again.';
  if (!engine) return 'Loading the search index…';
  if (!query.trim()) return 'Search every lesson: words, commands, addresses like 0.0.0.0.';
  if (results.length) return `${results.length} result${results.length === 1 ? '' : 's'}. Arrow keys choose, Enter opens.`;
  return `No results for “${query.trim()}”.`;
}

function render({ input, status, list }: Parts, search = true): void {
  if (search) results = engine?.search(input.value) ?? [];
  active = Math.max(0, Math.min(active, results.length - 1));
  list.replaceChildren(
    ...results.map((result, index) =>
      h(
        'li',
        {
          id: optionId(index),
          role: 'option',
          'aria-selected': String(index === active),
          'data-url': result.url,
          className:
            'cursor-pointer rounded-lg border-l-4 border-transparent px-3 py-2 hover:bg-surface aria-selected:border-accent aria-selected:bg-accent-soft',
        },
        h('span', { className: 'block text-xs text-muted' }, result.lesson),
        h('span', { className: 'block font-semibold' }, ...marked(result.heading)),
        h('span', { className: 'mt-0.5 block text-sm text-muted [overflow-wrap:anywhere]' }, ...marked(result.snippet)),
      ),
    ),
  );
  list.hidden = results.length === 0;
  input.setAttribute('aria-expanded', String(results.length > 0));
  if (results.length) input.setAttribute('aria-activedescendant', optionId(active));
  else input.removeAttribute('aria-activedescendant');
  status.textContent = statusText(input.value);
}

function select(index: number): void {
  if (!parts) return;
  active = index;
  parts.list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
  parts.input.setAttribute('aria-activedescendant', optionId(index));
  document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
}

function go(url: string): void {
  parts?.dialog.close();
  location.assign(url);
}

function build(): Parts {
  const input = h('input', {
    id: 'search-input',
    type: 'text',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    placeholder: 'Search the lessons',
    className: 'min-w-0 flex-1 rounded-md border border-line bg-page px-3 py-2 text-base text-ink placeholder:text-muted',
  });
  const close = h(
    'button',
    { type: 'button', className: 'rounded-md px-2 py-2 text-sm text-muted hover:bg-surface hover:text-ink' },
    'Close',
  );
  const status = h('p', { role: 'status', className: 'px-4 pb-2 text-sm text-muted' });
  const list = h('ul', {
    id: 'search-results',
    role: 'listbox',
    'aria-label': 'Search results',
    hidden: true,
    className: 'max-h-[min(60vh,32rem)] overflow-y-auto border-t border-line p-2',
  });
  const dialog = h(
    'dialog',
    {
      'aria-labelledby': 'search-label',
      className:
        'mx-auto mt-[8vh] w-[min(40rem,calc(100%-1.5rem))] max-w-none overflow-hidden rounded-xl border border-line bg-page p-0 text-ink shadow-2xl backdrop:bg-black/50',
    },
    h(
      'div',
      { className: 'flex items-center gap-2 p-3' },
      h('label', { id: 'search-label', for: 'search-input', className: 'sr-only' }, 'Search the lessons'),
      input,
      close,
    ),
    status,
    list,
  );
  const built = { dialog, input, status, list };

  input.addEventListener('input', () => {
    active = 0;
    render(built);
  });
  input.addEventListener('keydown', (event) => {
    const count = results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count) select((active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const result = results[active];
      if (result) go(result.url);
    }
  });
  list.addEventListener('click', (event) => {
    const url = (event.target as Element).closest<HTMLElement>('[role=option]')?.dataset.url;
    if (url) go(url);
  });
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  document.body.append(dialog);
  return built;
}

/** Opens the dialog; `typed` is what the reader typed while this code loaded. */
export function openSearch(typed: string): void {
  parts ??= build();
  const current = parts;
  if (!current.dialog.open) current.dialog.showModal();
  if (typed) {
    current.input.value = typed;
    active = 0;
  } else current.input.select();
  // A failed load is retried now: say "Loading", not the old failure.
  if (!engine) failed = false;
  render(current);
  loadEngine().then(
    (loaded) => {
      engine = loaded;
      failed = false;
      render(current);
    },
    () => {
      failed = true;
      render(current, false);
    },
  );
}
