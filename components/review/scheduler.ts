import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './review-state';

/*
 * The one place the course schedules review: ts-fsrs (FSRS, the scheduler Anki ships), not an
 * interval table of our own. Loaded with import() when an answer is graded, never on page
 * load (it is about 7 KB gzip).
 *
 * Short-term steps are off: the course is read once a day at most, so a card's next review is
 * whole days away, even after a wrong answer (then tomorrow). Default weights and 90 %
 * requested retention: there is no review history to fit our own weights to.
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

export type Outcome = {
  right: boolean;
  /** Wrong tries before the right one (drills allow several; a quiz question has one). */
  wrongTries: number;
  /** The model answer was opened before a right answer. */
  revealed: boolean;
};

/**
 * How well the reader recalled, from what we can see: right at once is Good; right on the
 * second try is Hard; wrong, right only after two wrong tries, or after looking at the answer
 * is Again. Never Easy: one typed answer cannot tell easy from good, and Easy would stretch the
 * interval on a guess.
 */
export function gradeFor({ right, wrongTries, revealed }: Outcome): Grade {
  if (!right || revealed || wrongTries >= 2) return Rating.Again;
  return wrongTries === 1 ? Rating.Hard : Rating.Good;
}

const toCard = (stored: StoredCard): Card => ({
  ...stored,
  due: new Date(stored.due),
  last_review: stored.last_review === undefined ? undefined : new Date(stored.last_review),
});

const toStored = (card: Card): StoredCard => ({
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsed_days: card.elapsed_days,
  scheduled_days: card.scheduled_days,
  learning_steps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
});

/** The card after answering at `now` (a new card when the item has none yet). */
export function schedule(stored: StoredCard | undefined, grade: Grade, now: Date): StoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  return toStored(scheduler.next(card, now, grade).card);
}
