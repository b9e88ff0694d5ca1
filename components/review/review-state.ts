import type { Progress } from '@/components/progress/progress';
import { dashAppSplit, movedItemId } from '@/lib/shared/course-moves';
import { storageKeys } from '@/lib/shared/storage-keys';

/*
 * The review schedule the reader keeps in this browser: for each item (a quiz question or a
 * drill) its FSRS card, as ts-fsrs keeps it (components/review/scheduler.ts), with dates as ISO
 * text. Pure functions; the store is review-store.ts, the one instance lib/browser/stores.ts.
 *
 * Versioned: the stored value carries `version`. A later format (or a course change that
 * moves items, lib/shared/course-moves.ts) adds a step to `migrations` that turns the previous
 * version into the next, so an old value is carried forward, never misread; a value of a
 * version with no path (older than any step, or newer than this code) is refused as such.
 */

export const REVIEW_KEY = storageKeys.review;
export const REVIEW_VERSION = 2;

/** 0 new, 1 learning, 2 review, 3 relearning: ts-fsrs's State. */
export type CardState = 0 | 1 | 2 | 3;

export type StoredCard = {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardState;
  last_review?: string;
};

export type ReviewState = { version: typeof REVIEW_VERSION; cards: Record<string, StoredCard> };

export const emptyReview: ReviewState = { version: REVIEW_VERSION, cards: {} };

/** `quiz:<lesson>:<question index>` or `drill:<lesson>:<drill id>`. */
export const itemIdPattern = /^(?:quiz:[a-z0-9-]+:\d+|drill:[a-z0-9-]+:[a-z0-9-]+)$/;
export const quizItemId = (slug: string, index: number) => `quiz:${slug}:${index}`;
export const drillItemId = (slug: string, id: string) => `drill:${slug}:${id}`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function isStoredCard(value: unknown): value is StoredCard {
  if (!isRecord(value)) return false;
  return (
    isDate(value.due) &&
    isNumber(value.stability) &&
    isNumber(value.difficulty) &&
    isNumber(value.elapsed_days) &&
    isNumber(value.scheduled_days) &&
    isCount(value.learning_steps) &&
    isCount(value.reps) &&
    isCount(value.lapses) &&
    (value.state === 0 || value.state === 1 || value.state === 2 || value.state === 3) &&
    (value.last_review === undefined || isDate(value.last_review))
  );
}

/** Version n → version n + 1. */
export const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2 (2026-12): lesson 5 split in two; its items keep their schedules under their new ids.
  1: (old) => ({
    ...old,
    version: 2,
    cards: isRecord(old.cards)
      ? Object.fromEntries(Object.entries(old.cards).map(([id, card]) => [movedItemId(dashAppSplit, id), card]))
      : old.cards,
  }),
};

export type ReadResult = { state: ReviewState } | { problem: string };

/** A review state from anywhere (storage, an imported file), migrated to this version and fully checked. */
export function readReviewState(data: unknown): ReadResult {
  if (!isRecord(data)) return { problem: 'the review schedule is not an object' };
  let value = data;
  let version = value.version;
  if (!isCount(version)) return { problem: 'the review schedule has no format version' };
  if (version > REVIEW_VERSION)
    return {
      problem: `the review schedule is format ${version}, newer than this site reads (${REVIEW_VERSION}); update the page and try again`,
    };
  while (version < REVIEW_VERSION) {
    const step = migrations[version];
    if (!step) return { problem: `the review schedule is format ${version}, which this site can no longer read` };
    value = step(value);
    version = value.version;
    if (!isCount(version)) return { problem: 'the review schedule could not be migrated' };
  }
  if (!isRecord(value.cards)) return { problem: 'the review schedule has no cards' };
  const cards: Record<string, StoredCard> = {};
  for (const [id, card] of Object.entries(value.cards)) {
    if (!itemIdPattern.test(id)) return { problem: `the review schedule names an item this site does not know the shape of: ${id}` };
    if (!isStoredCard(card)) return { problem: `the review schedule's entry for ${id} is damaged` };
    cards[id] = card;
  }
  return { state: { version: REVIEW_VERSION, cards } };
}

/** The stored text as a review state; undefined when it is not ours to read. */
export function parseReviewState(raw: string): ReviewState | undefined {
  try {
    const result = readReviewState(JSON.parse(raw));
    return 'state' in result ? result.state : undefined;
  } catch {
    return undefined;
  }
}

/** The end of the reader's local day: "due today" means due before it. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Items due by the end of today, the most overdue first. */
export function dueToday(state: ReviewState, now: Date): string[] {
  const limit = endOfDay(now).getTime();
  return Object.entries(state.cards)
    .filter(([, card]) => Date.parse(card.due) <= limit)
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([id]) => id);
}

/** When the next item not due today comes due, if any. */
export function nextDue(state: ReviewState, now: Date): Date | undefined {
  const limit = endOfDay(now).getTime();
  const later = Object.values(state.cards)
    .map((card) => Date.parse(card.due))
    .filter((due) => due > limit);
  return later.length ? new Date(Math.min(...later)) : undefined;
}

export function withCard(state: ReviewState, id: string, card: StoredCard): ReviewState {
  return { version: REVIEW_VERSION, cards: { ...state.cards, [id]: card } };
}

/**
 * Quiz questions answered in their lesson that have no card yet, with whether the answer was
 * right. The quiz keeps its results with progress (components/quiz), so a question enters
 * review the next time an island that schedules (the home page's count, the review page, a
 * drill) sees the progress; the quiz itself is not changed.
 */
export function unscheduledQuizAnswers(progress: Progress, state: ReviewState): Array<{ id: string; right: boolean }> {
  return Object.entries(progress.lessons).flatMap(([slug, lesson]) =>
    Object.entries(lesson.quiz ?? {})
      .filter(([index]) => /^\d+$/.test(index) && /^[a-z0-9-]+$/.test(slug))
      .map(([index, right]) => ({ id: quizItemId(slug, Number(index)), right }))
      .filter(({ id }) => !state.cards[id]),
  );
}

/** A day in the reader's words: Tuesday, June 3. */
export const dayFormat = (date: Date) => date.toLocaleDateString('en', { weekday: 'long', month: 'long', day: 'numeric' });
