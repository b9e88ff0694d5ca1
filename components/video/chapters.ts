/** A seek to 304 may be reported as 303.9 (keyframes), which is still the chapter at 304. */
const SLACK = 0.5;

/**
 * The chapter a moment falls in: the start (`at`) of the last chapter that began at or
 * before `seconds`, or undefined before the first chapter. `starts` is in increasing order
 * (the props schema guarantees it).
 */
export function chapterAt(starts: readonly number[], seconds: number): number | undefined {
  let current: number | undefined;
  for (const at of starts) {
    if (at > seconds + SLACK) break;
    current = at;
  }
  return current;
}
