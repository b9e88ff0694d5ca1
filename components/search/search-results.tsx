import type { SearchResult } from '@/lib/search/search-engine';
import type { TextPart } from '@/lib/search/snippet';

function Marked({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.mark ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-black dark:bg-amber-300/30 dark:text-ink">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

type Props = {
  id: string;
  results: SearchResult[];
  active: number;
  onOpen: (url: string) => void;
};

export const optionId = (listId: string, index: number) => `${listId}-${index}`;

/** The listbox under the search field. The combobox keeps the focus; a click on an option opens it. */
export function SearchResults({ id, results, active, onOpen }: Props) {
  return (
    <ul id={id} role="listbox" aria-label="Search results" hidden={!results.length} className="max-h-[min(60vh,32rem)] overflow-y-auto border-t border-line p-2">
      {results.map((result, index) => (
        <li
          key={result.url}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === active}
          onClick={() => onOpen(result.url)}
          className="cursor-pointer rounded-lg border-l-4 border-transparent px-3 py-2 hover:bg-surface aria-selected:border-accent aria-selected:bg-accent-soft"
        >
          <span className="block text-xs text-muted">{result.lesson}</span>
          <span className="block font-semibold">
            <Marked parts={result.heading} />
          </span>
          <span className="mt-0.5 block text-sm text-muted [overflow-wrap:anywhere]">
            <Marked parts={result.snippet} />
          </span>
        </li>
      ))}
    </ul>
  );
}
