'use client';

import { useRef, useState } from 'react';
import { summarize } from '@/lib/progress/progress';
import { problemMessages } from '@/lib/progress/progress-storage';
import { lessonPath } from '@/lib/site';
import { progressStore, useProgress } from './use-progress';

type LessonLink = { slug: string; title: string };

/**
 * The home page's "N of M lessons complete", the way back in ("Continue"), and "Reset
 * progress" behind a confirmation. Progress lives in this browser only, so without
 * JavaScript there is nothing to show.
 */
export function CourseProgress({ lessons }: { lessons: LessonLink[] }) {
  const { ready, progress, problem } = useProgress();
  const confirmRef = useRef<HTMLDialogElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const { done, total, next } = summarize(
    progress,
    lessons.map((lesson) => lesson.slug),
  );
  const nextLesson = lessons.find((lesson) => lesson.slug === next);

  const reset = () => {
    progressStore.reset();
    confirmRef.current?.close();
    setAnnouncement('Progress reset.');
  };

  return (
    <section aria-labelledby="progress-heading" className="mt-10 max-w-3xl rounded-xl border border-line bg-surface p-5 [html:not(.js)_&]:hidden">
      <h2 id="progress-heading" className="text-lg font-semibold">
        Your progress
      </h2>
      {/* The same boxes before and after the stored progress is read, so nothing below moves. */}
      <p className={`mt-1 ${ready ? 'text-ink' : 'text-muted'}`}>
        {ready ? (
          <>
            <strong>
              {done} of {total} lessons complete
            </strong>
            {done === total ? ': you have finished the course.' : null}
          </>
        ) : (
          'Reading your progress…'
        )}
      </p>
      <div aria-hidden="true" className="mt-3 h-2 overflow-hidden rounded-full bg-line">
        <div className="h-full rounded-full bg-accent" style={{ width: `${ready && total ? (done / total) * 100 : 0}%` }} />
      </div>
      {problem ? <p className="mt-3 text-sm text-muted">{problemMessages[problem]}</p> : null}
      {/* As tall as the Continue link, which appears only once progress is read. */}
      <div className="mt-4 flex min-h-10 flex-wrap items-center gap-3">
        {ready && done > 0 && nextLesson ? (
          <a
            href={lessonPath(nextLesson.slug)}
            className="inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2 font-semibold text-page no-underline hover:bg-accent-strong"
          >
            Continue: {nextLesson.title}
            <span aria-hidden="true">→</span>
          </a>
        ) : null}
        <button
          type="button"
          disabled={!ready}
          onClick={() => {
            setAnnouncement('');
            confirmRef.current?.showModal();
          }}
          // At the far end: it stays put when Continue appears before it.
          className="ml-auto rounded-md border border-line bg-page px-3 py-2 text-sm font-medium text-ink hover:border-accent disabled:opacity-50"
        >
          Reset progress
        </button>
      </div>
      <p role="status" className="mt-2 text-sm text-muted empty:hidden">
        {announcement}
      </p>

      <dialog
        ref={confirmRef}
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
            autoFocus
            onClick={() => confirmRef.current?.close()}
            className="rounded-md border border-line px-4 py-2 font-medium hover:border-accent"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={reset}
            className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 dark:bg-red-300 dark:text-black dark:hover:bg-red-200"
          >
            Yes, reset
          </button>
        </div>
      </dialog>
    </section>
  );
}
