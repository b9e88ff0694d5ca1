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
        <div data-review-session="" className="mt-6" />
      </div>
    </Island>
  );
}
