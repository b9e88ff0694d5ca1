import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { dueToday, emptyReview, isStoredCard, nextDue, unscheduledQuizAnswers, withCard } from './review-state';
import { gradeFor, schedule } from './scheduler';

const day = 86_400_000;
const now = new Date('2025-06-02T10:00:00');
const daysUntil = (due: string, from = now) => (Date.parse(due) - from.getTime()) / day;

describe('gradeFor', () => {
  it.each([
    [{ right: true, wrongTries: 0, revealed: false }, Rating.Good],
    [{ right: true, wrongTries: 1, revealed: false }, Rating.Hard],
    [{ right: true, wrongTries: 2, revealed: false }, Rating.Again],
    [{ right: true, wrongTries: 0, revealed: true }, Rating.Again],
    [{ right: false, wrongTries: 1, revealed: false }, Rating.Again],
  ])('%o → %i', (outcome, grade) => expect(gradeFor(outcome)).toBe(grade));
});

describe('schedule (ts-fsrs)', () => {
  it('a new item answered right comes back in days; wrong, tomorrow', () => {
    const good = schedule(undefined, Rating.Good, now);
    const again = schedule(undefined, Rating.Again, now);
    expect(isStoredCard(good)).toBe(true);
    expect(daysUntil(good.due)).toBeGreaterThanOrEqual(2);
    expect(daysUntil(again.due)).toBeCloseTo(1, 0);
    expect(good.reps).toBe(1);
  });

  it('each right answer stretches the gap; a lapse shortens it and is counted', () => {
    let card = schedule(undefined, Rating.Good, now);
    let at = new Date(card.due);
    const gaps = [daysUntil(card.due)];
    for (let i = 0; i < 3; i++) {
      card = schedule(card, Rating.Good, at);
      gaps.push(daysUntil(card.due, at));
      at = new Date(card.due);
    }
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(gaps[3]!).toBeGreaterThan(gaps[0]! * 3);
    const lapsed = schedule(card, Rating.Again, at);
    expect(lapsed.lapses).toBe(1);
    expect(daysUntil(lapsed.due, at)).toBeLessThan(gaps[3]!);
  });

  it('what is due today and what comes next', () => {
    const state = withCard(
      withCard(emptyReview, 'quiz:a:0', schedule(undefined, Rating.Again, now)),
      'drill:a:b',
      schedule(undefined, Rating.Good, now),
    );
    expect(dueToday(state, now)).toEqual([]);
    expect(dueToday(state, new Date(now.getTime() + day))).toEqual(['quiz:a:0']);
    expect(nextDue(state, now)?.getTime()).toBe(Date.parse(state.cards['quiz:a:0']!.due));
    expect(dueToday(state, new Date(now.getTime() + 30 * day))).toHaveLength(2);
  });

  it('quiz answers without a card are the ones to enter', () => {
    const state = withCard(emptyReview, 'quiz:a:0', schedule(undefined, Rating.Good, now));
    expect(unscheduledQuizAnswers({ lessons: { a: { quiz: { 0: true, 1: false } }, b: { complete: true } } }, state)).toEqual([
      { id: 'quiz:a:1', right: false },
    ]);
  });
});
