import type { TocItem } from '@/lib/content/rehype-headings';
import { Island } from '@/lib/server/island';
import { tocLink, tocTag } from './toc.contract';

/** "On this page": server-rendered links; toc.island.ts marks the section in view. */
export function TableOfContents({ items }: { items: TocItem[] }) {
  if (items.length === 0) return null;
  return (
    <Island island="toc" tag={tocTag}>
      <nav aria-labelledby="toc-heading" className="text-sm">
        <h2 id="toc-heading" className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">
          On this page
        </h2>
        <ol className="toc space-y-1 border-l border-line">
          {items.map((item) => (
            <li key={item.id}>
              <a
                href={`#${item.id}`}
                {...tocLink.set(item.id)}
                className={`-ml-px block border-l-2 border-transparent py-1 text-muted no-underline hover:text-ink aria-[current=true]:border-accent aria-[current=true]:font-medium aria-[current=true]:text-ink ${
                  item.depth === 3 ? 'pl-7' : 'pl-4'
                }`}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </Island>
  );
}
