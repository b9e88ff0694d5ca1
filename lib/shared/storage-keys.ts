/**
 * Everything the site keeps in the reader's browser, in one list: localStorage keys, all
 * prefixed so they never clash with another app on the same origin. Progress and the review
 * schedule carry their format version inside the value and are carried forward when read
 * (components/progress/progress.ts, components/review/review-state.ts), so a returning reader
 * keeps them; the `:v1` in their keys is only part of the name.
 */
export const storageKeys = {
  /** 'light' | 'dark', set by the theme toggle; absent: follow the system. */
  theme: 'learn-docker:theme',
  /** Lessons completed and quiz results (components/progress/progress.ts). */
  progress: 'learn-docker:progress:v1',
  /** Values typed into `<user>`-style placeholders of commands, by name. */
  placeholders: 'learn-docker:placeholders',
  /** When each quiz question and drill comes back for review (components/review/review-state.ts). */
  review: 'learn-docker:review:v1',
} as const;
