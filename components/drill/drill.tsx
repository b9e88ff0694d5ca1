import { Island, IslandControl } from '@/lib/server/island';
import { drillData, drillTag } from './drill.contract';
import type { DrillProps } from './drill-schema';

/**
 * A type-the-command drill: the task in words, a field for the command, and the model answer
 * with why in a disclosure. Without JavaScript it reads as a worked exercise (task, then the
 * answer to open); drill.island.ts checks what the reader types and keeps the disclosure
 * hidden until two wrong tries (or a right answer).
 */
/** The command field's box (its height fixed, for the box that stands in for it until the island comes). */
const fieldBox = 'h-10 min-w-0 flex-1 basis-56 rounded-md border border-line bg-page';

export function Drill({ id, task, answer, why, optional, taken, also }: DrillProps) {
  const field = `drill-${id}`;
  return (
    <Island
      island="drill"
      tag={drillTag}
      className="not-prose my-6 block rounded-xl border border-line p-4 sm:p-5"
      {...drillData.set({ id, answer, optional, taken, also })}
    >
      <p className="font-semibold text-ink text-pretty">
        <span className="text-muted">Drill: </span>
        {task}
      </p>
      <form className="mt-3 [html:not(.js)_&]:hidden" noValidate>
        <label htmlFor={field} className="block text-sm text-muted">
          Your command
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <IslandControl box={fieldBox}>
            <input
              id={field}
              name="command"
              type="text"
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              spellCheck={false}
              className={`${fieldBox} px-3 py-2 font-mono text-sm text-ink`}
            />
          </IslandControl>
          <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-page hover:bg-accent-strong">
            Check
          </button>
        </div>
        <div role="status" className="mt-3 text-pretty" />
      </form>
      <details className="mt-3 [html.js_&:not([data-revealable])]:hidden">
        <summary className="cursor-pointer font-semibold text-accent">Model answer</summary>
        <pre className="mt-2 rounded-md bg-surface px-3 py-2 font-mono text-sm whitespace-pre-wrap break-words">
          <code>{answer}</code>
        </pre>
        <p className="mt-2 text-muted text-pretty">{why}</p>
      </details>
    </Island>
  );
}
