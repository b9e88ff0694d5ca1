'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { recordAnswer } from '@/lib/progress/progress';
import { progressStore, useProgress } from '@/components/progress/use-progress';

type Props = { index: number; answer: number; correctChoice: string; explanation: string };
type Feedback = 'none' | 'right' | 'wrong' | 'empty';

/** The lesson's slug from /lessons/<slug> (or /lessons/<slug>/ in the static export). */
function lessonSlug(pathname: string): string {
  return pathname.replace(/\/$/, '').split('/').pop() ?? '';
}

/**
 * "Check" for one question: reads the chosen radio of its own form, says whether it is right
 * and why (a polite live region), and keeps the result with the reader's progress.
 */
export function QuizCheck({ index, answer, correctChoice, explanation }: Props) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [feedback, setFeedback] = useState<Feedback>('none');
  const slug = lessonSlug(usePathname() ?? '');
  const last = useProgress().progress.lessons[slug]?.quiz?.[index];

  // A new choice makes the old verdict stale.
  useEffect(() => {
    const form = buttonRef.current?.form;
    const clear = () => setFeedback('none');
    form?.addEventListener('change', clear);
    return () => form?.removeEventListener('change', clear);
  }, []);

  // A real submit button (so Enter in the radio group checks too); the page never reloads.
  const check = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    const chosen = buttonRef.current?.form?.querySelector<HTMLInputElement>('input[name="answer"]:checked');
    if (!chosen) return setFeedback('empty');
    const right = Number(chosen.value) === answer;
    setFeedback(right ? 'right' : 'wrong');
    if (slug) progressStore.update((progress) => recordAnswer(progress, slug, index, right));
  };

  return (
    <div className="mt-4 flex flex-wrap items-start gap-x-4 gap-y-2 [html:not(.js)_&]:hidden">
      <button
        ref={buttonRef}
        type="submit"
        onClick={check}
        className="rounded-md bg-accent px-4 py-2 font-semibold text-page hover:bg-accent-strong"
      >
        Check
      </button>
      <div role="status" className="min-w-0 flex-1 basis-60 text-pretty">
        {feedback === 'right' ? (
          <p>
            <strong className="text-emerald-800 dark:text-emerald-300">
              <span aria-hidden="true">✓ </span>Correct.
            </strong>{' '}
            {explanation}
          </p>
        ) : feedback === 'wrong' ? (
          <p>
            <strong className="text-red-700 dark:text-red-300">
              <span aria-hidden="true">✗ </span>Not quite.
            </strong>{' '}
            The answer is “{correctChoice}”. {explanation}
          </p>
        ) : feedback === 'empty' ? (
          <p>Choose an answer first.</p>
        ) : null}
      </div>
      {/* Outside the live region: read with the question, not announced as the page loads. */}
      {feedback === 'none' && last !== undefined ? (
        <p className="w-full text-sm text-muted">
          {last ? 'Last time you answered this right.' : 'Last time your answer was not right. Try again.'}
        </p>
      ) : null}
    </div>
  );
}
