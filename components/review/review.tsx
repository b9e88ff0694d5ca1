import { Island } from '@/lib/server/island';
import { reviewTag } from './review.contract';

/**
 * The review session's frame: what is due, a Start button, and the place the island asks the
 * questions and drills in. Without JavaScript it says that review needs it (the schedule lives
 * in the browser).
 */
export function Review() {
  return (
    <Island island="review" tag={reviewTag} className="mt-8 block">
      <p className="text-muted [html.js_&]:hidden">Review runs in your browser and needs JavaScript.</p>
      <div className="[html:not(.js)_&]:hidden">
        {/*
         * The island fills this in after the first paint (lib/server/head-script.ts): the room
         * it needs (three lines of "nothing to review yet" on a phone, or a line and the Start
         * button) is kept from the start, so nothing below moves when it does (CLS 0).
         */}
        <div className="min-h-30">
          <p data-review-summary="" className="text-lg text-pretty" aria-live="polite">
            Looking at your review schedule…
          </p>
          <p className="mt-4">
            <button
              type="button"
              data-review-start=""
              hidden
              className="rounded-lg bg-accent px-5 py-3 font-semibold text-page hover:bg-accent-strong"
            >
              Start review
            </button>
          </p>
        </div>
        <div data-review-session="" className="mt-6" />
      </div>
    </Island>
  );
}
