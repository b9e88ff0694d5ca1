/*
 * Where a reader's stored progress and review schedule point when lessons change. Both name
 * lessons by slug and items by lesson and position (`quiz:dash-app:2`, `drill:dash-app:run`),
 * so moving a question or a drill to another lesson would silently give a returning reader
 * another question's result, a "due today" count for items the review session no longer finds,
 * and lose the schedule of every moved drill.
 *
 * Each change of the course that moves items is one entry here, and bumps the format version
 * of the stored progress (components/progress/progress.ts) and review schedule
 * (components/review/review-state.ts); their migrations apply the entry once, to values older
 * than it, whether read from storage or from an exported file.
 */

export type ItemMoves = {
  /** A reader who completed the old lesson completed each of these. */
  completes: Record<string, readonly string[]>;
  /** Where the old lesson's "checked on my machine" goes: the lesson that now holds its panels. */
  checked: Record<string, string>;
  /** Old lesson → question index → [new lesson, new index]. */
  quiz: Record<string, Record<number, readonly [string, number]>>;
  /** Old lesson → drill id → new lesson (drill ids stay). */
  drills: Record<string, Record<string, string>>;
};

/**
 * 2026-12: lesson 5 ("Running a Python Dash app", 4,200 words) split into lesson 5, which writes
 * and builds the image (slug kept: dash-app), and lesson 6, which runs it and reaches it
 * (run-dash-app), holding the run and reach panels, four of the five drills and two of the
 * four questions.
 */
export const dashAppSplit: ItemMoves = {
  completes: { 'dash-app': ['dash-app', 'run-dash-app'] },
  checked: { 'dash-app': 'run-dash-app' },
  quiz: {
    'dash-app': { 0: ['run-dash-app', 0], 1: ['dash-app', 0], 2: ['dash-app', 1], 3: ['run-dash-app', 2] },
  },
  drills: { 'dash-app': { run: 'run-dash-app', background: 'run-dash-app', 'second-copy': 'run-dash-app', logs: 'run-dash-app' } },
};

/** A review item's id after the moves; ids the moves do not name stay as they are. */
export function movedItemId(moves: ItemMoves, id: string): string {
  const quiz = /^quiz:([a-z0-9-]+):(\d+)$/.exec(id);
  if (quiz) {
    const to = moves.quiz[quiz[1] as string]?.[Number(quiz[2])];
    return to ? `quiz:${to[0]}:${to[1]}` : id;
  }
  const drill = /^drill:([a-z0-9-]+):([a-z0-9-]+)$/.exec(id);
  if (drill) {
    const lesson = moves.drills[drill[1] as string]?.[drill[2] as string];
    return lesson ? `drill:${lesson}:${drill[2]}` : id;
  }
  return id;
}
