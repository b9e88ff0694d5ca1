import type { TocItem } from '@/lib/content/rehype-headings';

/**
 * "On this page" for screens too narrow for the side column: a native disclosure, so it
 * opens with or without JavaScript and costs no script at all.
 */
export function InlineContents({ items, alwaysShown = false }: { items: TocItem[]; alwaysShown?: boolean }) {
  if (items.length === 0) return null;
  return (
    // On a page without the side column (teaching), it stays at every width.
    <details className={`group mb-8 rounded-lg border border-line ${alwaysShown ? '' : 'xl:hidden'}`}>
      <summary className="cursor-pointer list-none px-4 py-3 text-sm font-semibold select-none [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90 motion-reduce:transition-none">
          ›
        </span>
        On this page
      </summary>
      <ol className="space-y-1 border-t border-line px-4 py-3 text-sm">
        {items.map((item) => (
          <li key={item.id} className={item.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${item.id}`} className="text-muted hover:text-ink">
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </details>
  );
}
