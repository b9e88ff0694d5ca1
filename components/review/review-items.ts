import { isDrillData, type DrillData } from '@/components/drill/drill.contract';

/*
 * What /review-items.json holds (written at build time from the lessons by
 * lib/content/review-items.ts): every quiz question and drill, with what the review page needs
 * to ask it again. Fetched by the review island when a session starts, and checked on arrival.
 */

type Common = { id: string; lesson: string; lessonTitle: string };
export type QuizItem = Common & { kind: 'quiz'; question: string; choices: string[]; answer: number; explanation: string };
export type DrillItem = Common & { kind: 'drill'; task: string; why: string; drill: DrillData };
export type ReviewItem = QuizItem | DrillItem;

export const reviewItemsPath = '/review-items.json';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

export function isReviewItem(value: unknown): value is ReviewItem {
  if (!isRecord(value) || !isString(value.id) || !isString(value.lesson) || !isString(value.lessonTitle)) return false;
  if (value.kind === 'quiz')
    return (
      isString(value.question) &&
      Array.isArray(value.choices) &&
      value.choices.every(isString) &&
      typeof value.answer === 'number' &&
      isString(value.explanation)
    );
  return value.kind === 'drill' && isString(value.task) && isString(value.why) && isDrillData(value.drill);
}

export const isReviewItems = (value: unknown): value is ReviewItem[] => Array.isArray(value) && value.every(isReviewItem);
