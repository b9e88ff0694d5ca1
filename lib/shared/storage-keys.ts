/**
 * Everything the site keeps in the reader's browser, in one list: localStorage keys, all
 * prefixed so they never clash with another app on the same origin. A new format of a value
 * gets a new key (see `progress`) rather than misreading the old one.
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
