/* The review page (review.tsx) and its island (review.island.ts). */
export const reviewTag = 'ld-review';
export const summarySelector = '[data-review-summary]';
export const startSelector = '[data-review-start]';
export const sessionSelector = '[data-review-session]';
/** About ten items: a session of a few minutes. */
export const sessionSize = 10;
