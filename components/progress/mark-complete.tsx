import { Island } from '@/lib/server/island';
import { markCompleteSlug, markCompleteTag, progressProblem } from './progress.contract';

/**
 * The "Mark as complete" toggle at the end of a lesson (progress.island.ts). Progress lives
 * in this browser only, so without JavaScript it is not shown.
 */
export function MarkComplete({ slug }: { slug: string }) {
  return (
    <Island island="progress" tag={markCompleteTag} {...markCompleteSlug.set(slug)}>
      <section aria-label="Your progress" className="mt-12 rounded-lg border border-line bg-surface p-4 [html:not(.js)_&]:hidden">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <button
            type="button"
            aria-pressed="false"
            disabled
            className="group inline-flex items-center gap-2 rounded-md border border-line bg-page px-4 py-2 font-semibold text-ink hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent-soft"
          >
            <span aria-hidden="true" className="inline-flex size-5 items-center justify-center rounded border-2 border-current text-accent">
              <span className="invisible group-aria-pressed:visible">✓</span>
            </span>
            Mark as complete
          </button>
          <p role="status" className="text-sm text-muted" />
        </div>
        <p {...progressProblem.set(true)} hidden className="mt-3 text-sm text-muted" />
      </section>
    </Island>
  );
}
