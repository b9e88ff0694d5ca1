import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { getLessons } from '@/lib/content/lessons';
import { collectReviewItems } from '@/lib/content/review-items';
import { dashAppSplit, movedItemId } from '@/lib/shared/course-moves';
import { readReviewState, REVIEW_VERSION, withCard, emptyReview } from './review-state';
import { schedule } from './scheduler';

const now = new Date('2026-11-20T10:00:00');
const card = schedule(undefined, Rating.Good, now);

// A schedule saved before lesson 5 was split (format 1): lib/shared/course-moves.ts.
describe('a review schedule from before lesson 5 was split', () => {
  const old = {
    version: 1,
    cards: { 'quiz:dash-app:0': card, 'quiz:dash-app:1': card, 'drill:dash-app:logs': card, 'drill:dash-app:build': card },
  };

  it('keeps every card, under the id of the item it was for', () => {
    const read = readReviewState(old);
    expect('state' in read && read.state).toEqual({
      version: REVIEW_VERSION,
      cards: { 'quiz:run-dash-app:0': card, 'quiz:dash-app:0': card, 'drill:run-dash-app:logs': card, 'drill:dash-app:build': card },
    });
  });

  it('moves once: a schedule of this format reads back unchanged', () => {
    const state = withCard(emptyReview, 'quiz:dash-app:0', card);
    expect(readReviewState(JSON.parse(JSON.stringify(state)))).toEqual({ state });
  });
});

describe('the moves of lesson 5', () => {
  it('lead to items the course has; every item of lesson 6 but its new question came from lesson 5', async () => {
    const ids = new Set(collectReviewItems(await getLessons()).map((item) => item.id));
    const moved = [0, 1, 2, 3]
      .map((index) => `quiz:dash-app:${index}`)
      .concat(['run', 'background', 'second-copy', 'logs'].map((id) => `drill:dash-app:${id}`));
    for (const id of moved) expect(ids.has(movedItemId(dashAppSplit, id)), id).toBe(true);
    for (const id of ids)
      if (id.includes(':run-dash-app:') && id !== 'quiz:run-dash-app:1')
        expect(
          moved.map((old) => movedItemId(dashAppSplit, old)),
          id,
        ).toContain(id);
  }, 120_000);
});
