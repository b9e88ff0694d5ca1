import { Island } from '@/lib/server/island';
import { progressFileTag } from './progress-file.contract';

/**
 * "Your progress file": export what this browser keeps (lessons done, quiz results, the review
 * schedule) as a file, and import such a file in another browser. Needs JavaScript; without
 * it the section says so.
 */
export function ProgressFile() {
  return (
    <section aria-labelledby="progress-file-heading" className="mt-12">
      <h2 id="progress-file-heading" className="text-2xl font-bold tracking-tight">
        Take your progress to another browser
      </h2>
      <p className="mt-3 text-muted text-pretty">
        Your progress and review schedule live only in this browser. Export them to a file, then import that file in another browser:
        importing replaces what that browser kept. Nothing is sent anywhere.
      </p>
      <p className="mt-3 text-muted [html.js_&]:hidden">Export and import need JavaScript.</p>
      <Island island="progress-file" tag={progressFileTag} className="mt-4 flex flex-wrap items-center gap-3 [html:not(.js)_&]:hidden">
        <button type="button" data-export="" className="rounded-md bg-accent px-4 py-2 font-semibold text-page hover:bg-accent-strong">
          Export progress
        </button>
        <label className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-line px-4 py-2 font-semibold has-focus-visible:outline-2 has-focus-visible:outline-accent">
          Import a progress file
          <input type="file" accept="application/json,.json" className="sr-only" />
        </label>
        <div role="status" className="w-full text-pretty" />
      </Island>
    </section>
  );
}
