import { Island } from '@/lib/server/island';
import { lessonPath } from '@/lib/server/site';
import {
  continueLink,
  courseLessons,
  courseProgressTag,
  progressBar,
  progressProblem,
  progressSummary,
  resetButton,
  resetCancel,
  resetConfirm,
  type LessonLink,
} from './progress.contract';

/**
 * The home page's "N of M lessons complete", the way back in ("Continue") and "Reset progress"
 * behind a confirmation (components/progress/progress.island.ts). The boxes are the same before and after the
 * stored progress is read, so nothing below moves. Without JavaScript there is nothing to show.
 */
export function CourseProgress({ lessons }: { lessons: Array<Omit<LessonLink, 'href'>> }) {
  const data = lessons.map(({ slug, title }) => ({ slug, title, href: lessonPath(slug) }));
  return (
    <Island island="progress" tag={courseProgressTag} {...courseLessons.set(data)}>
      <section
        aria-labelledby="progress-heading"
        className="mt-10 max-w-3xl rounded-xl border border-line bg-surface p-5 [html:not(.js)_&]:hidden"
      >
        <h2 id="progress-heading" className="text-lg font-semibold">
          Your progress
        </h2>
        <p {...progressSummary.set(true)} className="mt-1 text-muted">
          Reading your progress…
        </p>
        <div aria-hidden="true" className="mt-3 h-2 overflow-hidden rounded-full bg-line">
          <div {...progressBar.set(true)} className="h-full w-0 rounded-full bg-accent" />
        </div>
        <p {...progressProblem.set(true)} hidden className="mt-3 text-sm text-muted" />
        {/* As tall as the Continue link, which appears only once progress is read. */}
        <div className="mt-4 flex min-h-10 flex-wrap items-center gap-3">
          <a
            {...continueLink.set(true)}
            hidden
            href={data[0]?.href ?? '/'}
            className="inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2 font-semibold text-page no-underline hover:bg-accent-strong"
          >
            <span>Continue</span>
            <span aria-hidden="true">→</span>
          </a>
          <button
            type="button"
            {...resetButton.set(true)}
            disabled
            // At the far end: it stays put when Continue appears before it. Of a fixed size, so that its
            // place does not wait for its label either: painted before the label had arrived, it moved
            // left and up (centred in its row) when it came (e2e/layout-shift.spec.ts).
            className="ml-auto h-10 w-36 rounded-md border border-line bg-page text-sm font-medium text-ink hover:border-accent disabled:opacity-50"
          >
            Reset progress
          </button>
        </div>
        <p role="status" className="mt-2 text-sm text-muted empty:hidden" />

        <dialog
          role="alertdialog"
          aria-labelledby="reset-title"
          aria-describedby="reset-description"
          className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-xl border border-line bg-page p-5 text-ink shadow-xl backdrop:bg-black/50"
        >
          <h2 id="reset-title" className="text-lg font-semibold">
            Reset progress?
          </h2>
          <p id="reset-description" className="mt-2 text-muted">
            This forgets which lessons you completed and your quiz results in this browser. It cannot be undone.
          </p>
          <div className="mt-5 flex flex-wrap justify-end gap-3">
            {/* The safe choice has the focus when the dialog opens. */}
            <button
              type="button"
              {...resetCancel.set(true)}
              autoFocus
              className="rounded-md border border-line px-4 py-2 font-medium hover:border-accent"
            >
              Cancel
            </button>
            <button
              type="button"
              {...resetConfirm.set(true)}
              className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 dark:bg-red-300 dark:text-black dark:hover:bg-red-200"
            >
              Yes, reset
            </button>
          </div>
        </dialog>
      </section>
    </Island>
  );
}
