import { progress } from '@/lib/browser/runtime';
import { review } from './review-instance';
import { withCard, unscheduledQuizAnswers } from './review-state';
import { gradeFor, schedule, type Outcome } from './scheduler';

/*
 * Scheduling from the islands, loaded with import() when there is something to schedule (it
 * brings ts-fsrs along), so no page pays for it on load.
 */

/** An item answered in its lesson enters review (once: a lesson's later tries do not reschedule it). */
export function enterReview(id: string, outcome: Outcome, now = new Date()): void {
  review.update((state) => (state.cards[id] ? state : withCard(state, id, schedule(undefined, gradeFor(outcome), now))));
}

/** An answer in a review session: the item's next review from how it went. */
export function answerReview(id: string, outcome: Outcome, now = new Date()): void {
  review.update((state) => withCard(state, id, schedule(state.cards[id], gradeFor(outcome), now)));
}

/** Quiz questions answered in their lessons since the last look enter review. */
export function enterQuizAnswers(now = new Date()): void {
  const answers = unscheduledQuizAnswers(progress.getSnapshot().progress, review.getSnapshot().state);
  if (!answers.length) return;
  review.update((state) =>
    answers.reduce(
      (next, { id, right }) => withCard(next, id, schedule(undefined, gradeFor({ right, wrongTries: 0, revealed: false }), now)),
      state,
    ),
  );
}
