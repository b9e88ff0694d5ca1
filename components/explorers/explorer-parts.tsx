import type { ReactNode } from 'react';
import { verdictStyle } from '@/lib/shared/verdict-style';
import { useIsland } from '@/lib/server/island';

// Pieces the two explorers share. The server renders an explorer in its first state; the
// explorers island (components/explorers/explorers.island.ts) keeps the parts marked with data-* up to date.

export function ExplorerFrame({ explorer, title, children }: { explorer: 'port' | 'network'; title: string; children: ReactNode }) {
  useIsland('explorers');
  const id = `${explorer}-explorer-title`;
  return (
    <section aria-labelledby={id} data-explorer={explorer} className="not-prose my-8 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <p id={id} className="font-semibold text-ink">
        {title}
      </p>
      {children}
    </section>
  );
}

/** A right/wrong verdict; `data-verdict` lets the island re-mark it. */
export function Verdict({ ok, children }: { ok: boolean; children: ReactNode }) {
  const style = verdictStyle[ok ? 'right' : 'wrong'];
  return (
    <strong data-verdict="" className={style.className}>
      <span aria-hidden="true">{style.mark}</span>
      {children}
    </strong>
  );
}

/** Code that wraps on a phone instead of pushing the page sideways. */
export function CodeLines({ label, name, children }: { label: string; name: string; children: string }) {
  return (
    <figure className="min-w-0">
      <figcaption className="text-sm text-muted">{label}</figcaption>
      <pre className="mt-1 rounded-md border border-line bg-page p-3 font-mono text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">
        <code data-explorer-code={name}>{children}</code>
      </pre>
    </figure>
  );
}

export const choiceClass =
  'flex cursor-pointer items-start gap-2 rounded-md border border-line bg-page px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft';
export const inputClass = 'mt-1 size-4 shrink-0 accent-accent';
