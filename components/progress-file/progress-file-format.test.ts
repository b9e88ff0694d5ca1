import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { emptyReview, migrations, parseReviewState, readReviewState, REVIEW_VERSION, withCard } from '@/components/review/review-state';
import { schedule } from '@/components/review/scheduler';
import { exportProgressFile, fileName, readProgressFile } from './progress-file-format';

const now = new Date('2025-06-02T10:00:00Z');
const progress = { lessons: { 'dash-app': { complete: true, quiz: { 0: true } } } };
const review = withCard(emptyReview, 'drill:dash-app:build', schedule(undefined, Rating.Good, now));
const file = () => JSON.parse(exportProgressFile(progress, review, now)) as Record<string, unknown>;
const refusal = (text: string) => {
  const result = readProgressFile(text);
  return result.ok ? '' : result.error;
};

describe('progress file', () => {
  it('round-trips progress and the review schedule, with its format and version', () => {
    const text = exportProgressFile(progress, review, now);
    expect(JSON.parse(text)).toMatchObject({ format: 'learn-docker-progress', version: 1, exportedAt: '2025-06-02T10:00:00.000Z' });
    expect(readProgressFile(text)).toEqual({ ok: true, progress, review });
    expect(fileName(now)).toBe('learn-docker-progress-2025-06-02.json');
  });

  it.each([
    ['not JSON', 'hello', /not a JSON file/],
    ['someone else’s JSON', '{"name":"package","version":"1.0.0"}', /not a Learn Docker progress file/],
    ['a newer format', JSON.stringify({ ...file(), version: 2 }), /newer version of this site \(format 2/],
    ['an older format', JSON.stringify({ ...file(), version: 0 }), /older than any this site reads/],
    ['damaged progress', JSON.stringify({ ...file(), progress: { lessons: { a: { complete: 'yes' } } } }), /progress part is damaged/],
    [
      'a damaged card',
      JSON.stringify({ ...file(), review: { version: 1, cards: { 'drill:a:b': { due: 'soon' } } } }),
      /entry for drill:a:b is damaged/,
    ],
    [
      'a foreign item id',
      JSON.stringify({ ...file(), review: { version: 1, cards: { 'flashcard:1': review.cards['drill:dash-app:build'] } } }),
      /does not know/,
    ],
    ['far too big', ' '.repeat(1_000_001), /far too big/],
  ])('refuses %s clearly, saying nothing was changed', (_, text, why) => {
    const error = refusal(text);
    expect(error).toMatch(why);
    expect(error).toMatch(/Nothing in this browser was changed\.$/);
  });
});

describe('review state versions', () => {
  it('reads the current version and refuses a newer or an unknown older one by name', () => {
    expect(parseReviewState(JSON.stringify(review))).toEqual(review);
    expect(readReviewState({ version: REVIEW_VERSION + 1, cards: {} })).toEqual({
      problem: expect.stringMatching(new RegExp(`format ${REVIEW_VERSION + 1}, newer than this site reads \\(${REVIEW_VERSION}\\)`)),
    });
    expect(readReviewState({ version: 0, cards: {} })).toEqual({
      problem: expect.stringMatching(/format 0, which this site can no longer read/),
    });
    expect(readReviewState({ cards: {} })).toEqual({ problem: 'the review schedule has no format version' });
  });

  it('migrates an older version step by step when a migration exists', () => {
    // A stand-in for the first real change: a version 0 that kept cards under `items`.
    migrations[0] = (old) => ({ version: 1, cards: old.items });
    try {
      expect(readReviewState({ version: 0, items: review.cards })).toEqual({ state: review });
    } finally {
      delete migrations[0];
    }
  });
});
