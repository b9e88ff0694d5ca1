import type { ReactNode } from 'react';
import { Island } from '@/lib/server/island';
import { verdictStyle } from '@/lib/shared/verdict-style';
import { explorerCode, explorerTags, verdictMark, type CodeName, type ExplorerKind } from './explorers.contract';

// Pieces the two explorers share. The server renders an explorer in its first state; the
// explorers island (explorers.island.ts) keeps the parts named in explorers.contract.ts up to date.

export function ExplorerFrame({ explorer, title, children }: { explorer: ExplorerKind; title: string; children: ReactNode }) {
  const id = `${explorer}-explorer-title`;
  return (
    // The island watches the section, the element's first child, to load its code when near.
    <Island island="explorers" tag={explorerTags[explorer]}>
      <section aria-labelledby={id} className="not-prose my-8 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <p id={id} className="font-semibold text-ink">
          {title}
        </p>
        {children}
      </section>
    </Island>
  );
}

/** A right/wrong verdict, which the island replaces as the inputs change. */
export function Verdict({ ok, children }: { ok: boolean; children: ReactNode }) {
  const style = verdictStyle[ok ? 'right' : 'wrong'];
  return (
    <strong {...verdictMark.set(true)} className={style.className}>
      <span aria-hidden="true">{style.mark}</span>
      {children}
    </strong>
  );
}

/** Code that wraps on a phone instead of pushing the page sideways. */
export function CodeLines({ label, name, children }: { label: string; name: CodeName; children: string }) {
  return (
    <figure className="min-w-0">
      <figcaption className="text-sm text-muted">{label}</figcaption>
      <pre className="mt-1 rounded-md border border-line bg-page p-3 font-mono text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">
        <code {...explorerCode.set(name)}>{children}</code>
      </pre>
    </figure>
  );
}

export const choiceClass =
  'flex cursor-pointer items-start gap-2 rounded-md border border-line bg-page px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft';
export const inputClass = 'mt-1 size-4 shrink-0 accent-accent';
