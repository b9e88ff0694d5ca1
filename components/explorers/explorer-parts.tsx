import type { ReactNode } from 'react';

// Pieces the two explorers share. Plain functions without hooks, so they add nothing to the
// page's JavaScript but the islands' own markup.

export function ExplorerFrame({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="not-prose my-8 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <p id={id} className="font-semibold text-ink">
        {title}
      </p>
      {children}
    </section>
  );
}

export function Verdict({ ok, children }: { ok: boolean; children: ReactNode }) {
  return (
    <strong className={ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}>
      <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
      {children}
    </strong>
  );
}

/** Code that wraps on a phone instead of pushing the page sideways. */
export function CodeLines({ label, children }: { label: string; children: string }) {
  return (
    <figure className="min-w-0">
      <figcaption className="text-sm text-muted">{label}</figcaption>
      <pre className="mt-1 rounded-md border border-line bg-page p-3 font-mono text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">
        <code>{children}</code>
      </pre>
    </figure>
  );
}

export const choiceClass =
  'flex cursor-pointer items-start gap-2 rounded-md border border-line bg-page px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft';
export const inputClass = 'mt-1 size-4 shrink-0 accent-accent';
