import { attribute, flag, integer, json } from '@/lib/shared/contract';

/** A lesson's knowledge check: what quiz.tsx renders and quiz.island.ts reads. */
export const quizTag = 'ld-quiz';

/** On each question's form: its index in the quiz, the key its result is kept under. */
export const quizQuestion = attribute('data-quiz-question', integer);

/** What "Check" compares the choice with and says after the verdict. */
export type QuizAnswer = { index: number; choice: string; explanation: string };

function isQuizAnswer(value: unknown): value is QuizAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { index, choice, explanation } = value as Record<string, unknown>;
  return Number.isInteger(index) && typeof choice === 'string' && typeof explanation === 'string';
}

/** On each question's form: the right choice (its index and words) and why. */
export const quizAnswer = attribute('data-quiz-answer', json(isQuizAnswer));

/** In each question's form: "Last time you answered…", from the stored progress. */
export const lastResult = attribute('data-quiz-last', flag);

/**
 * The lesson a quiz is in, on the lesson's <article> (pages/lessons/[slug].tsx writes it):
 * results are kept per lesson. Quizzes come from MDX, which does not know the lesson's slug.
 */
export const quizLesson = attribute('data-lesson');
