'use client';

import { isComplete, setComplete } from '@/lib/progress/progress';
import { problemMessages } from '@/lib/progress/progress-storage';
import { progressStore, useProgress } from './use-progress';

/** The "Mark as complete" toggle at the end of a lesson. Hidden without JavaScript, where it could not work. */
export function MarkComplete({ slug }: { slug: string }) {
  const { ready, progress, problem } = useProgress();
  const complete = isComplete(progress, slug);
  return (
    <section aria-label="Your progress" className="mt-12 rounded-lg border border-line bg-surface p-4 [html:not(.js)_&]:hidden">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="button"
          aria-pressed={complete}
          disabled={!ready}
          onClick={() => progressStore.update((p) => setComplete(p, slug, !complete))}
          className="inline-flex items-center gap-2 rounded-md border border-line bg-page px-4 py-2 font-semibold text-ink hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent-soft"
        >
          <span aria-hidden="true" className="inline-flex size-5 items-center justify-center rounded border-2 border-current text-accent">
            {complete ? '✓' : ''}
          </span>
          Mark as complete
        </button>
        <p role="status" className="text-sm text-muted">
          {complete ? 'Lesson complete.' : ''}
        </p>
      </div>
      {problem ? <p className="mt-3 text-sm text-muted">{problemMessages[problem]}</p> : null}
    </section>
  );
}
