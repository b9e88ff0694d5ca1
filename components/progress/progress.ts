import { dashAppSplit, type ItemMoves } from '@/lib/shared/course-moves';
import { storageKeys } from '@/lib/shared/storage-keys';

/*
 * What a reader has done, kept in their browser only (no account): which lessons they marked
 * complete and, per lesson, which quiz questions their last check got right. Pure functions;
 * reading and writing localStorage is progress-storage.ts.
 */

export const PROGRESS_KEY = storageKeys.progress;

export type LessonProgress = {
  complete?: boolean;
  /**
   * A "Check your work" panel of the lesson passed: "checked on my machine". Self-assessment
   * from what the reader pasted, not proof, and the pages say so.
   */
  checked?: boolean;
  /** Question index → whether the last check of that question was right. */
  quiz?: Record<string, boolean>;
};

export type Progress = { lessons: Record<string, LessonProgress> };

export const emptyProgress: Progress = { lessons: {} };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isLessonProgress(value: unknown): value is LessonProgress {
  if (!isRecord(value)) return false;
  if (value.complete !== undefined && typeof value.complete !== 'boolean') return false;
  if (value.checked !== undefined && typeof value.checked !== 'boolean') return false;
  if (value.quiz === undefined) return true;
  return isRecord(value.quiz) && Object.values(value.quiz).every((right) => typeof right === 'boolean');
}

/**
 * The format of stored progress. 1 had no `version` field; 2 (2026-12) is the same shape after
 * lesson 5 was split in two (lib/shared/course-moves.ts). A value older than this is carried
 * forward once; a newer one is not ours to read.
 */
export const PROGRESS_VERSION = 2;

/** Progress as it is stored and exported: with its format version. */
export type StoredProgress = Progress & { version: typeof PROGRESS_VERSION };

export const storedProgress = (progress: Progress): StoredProgress => ({ version: PROGRESS_VERSION, lessons: progress.lessons });

/** Format 1 → 2: what lesson 5 held goes where it now is. */
export function moveLessons(lessons: Record<string, LessonProgress>, moves: ItemMoves): Record<string, LessonProgress> {
  const sources = new Set([...Object.keys(moves.completes), ...Object.keys(moves.checked), ...Object.keys(moves.quiz)]);
  const result: Record<string, LessonProgress> = {};
  for (const [slug, lesson] of Object.entries(lessons)) if (!sources.has(slug)) result[slug] = lesson;
  const change = (slug: string, apply: (lesson: LessonProgress) => LessonProgress) => (result[slug] = apply(result[slug] ?? {}));
  for (const slug of sources) {
    const old = lessons[slug];
    if (!old) continue;
    change(slug, (lesson) => lesson);
    if (old.complete !== undefined)
      for (const target of moves.completes[slug] ?? [slug])
        change(target, (lesson) => ({ ...lesson, complete: lesson.complete || old.complete }));
    if (old.checked) change(moves.checked[slug] ?? slug, (lesson) => ({ ...lesson, checked: true }));
    for (const [index, right] of Object.entries(old.quiz ?? {})) {
      const [target, to] = moves.quiz[slug]?.[Number(index)] ?? [slug, Number(index)];
      change(target, (lesson) => ({ ...lesson, quiz: { ...lesson.quiz, [to]: right } }));
    }
  }
  return result;
}

/** The stored text as progress; `undefined` when it is not ours to read (bad JSON, wrong shape, a newer format). */
export function parseProgress(raw: string): Progress | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || !isRecord(data.lessons)) return undefined;
  const version = data.version ?? 1;
  if (version !== 1 && version !== PROGRESS_VERSION) return undefined;
  if (!Object.values(data.lessons).every(isLessonProgress)) return undefined;
  const lessons = data.lessons as Record<string, LessonProgress>;
  return { lessons: version === 1 ? moveLessons(lessons, dashAppSplit) : lessons };
}

function updateLesson(progress: Progress, slug: string, change: (lesson: LessonProgress) => LessonProgress): Progress {
  return { lessons: { ...progress.lessons, [slug]: change(progress.lessons[slug] ?? {}) } };
}

export function setComplete(progress: Progress, slug: string, complete: boolean): Progress {
  return updateLesson(progress, slug, (lesson) => ({ ...lesson, complete }));
}

export function recordAnswer(progress: Progress, slug: string, question: number, right: boolean): Progress {
  return updateLesson(progress, slug, (lesson) => ({ ...lesson, quiz: { ...lesson.quiz, [question]: right } }));
}

export function setChecked(progress: Progress, slug: string): Progress {
  return updateLesson(progress, slug, (lesson) => ({ ...lesson, checked: true }));
}

export function isChecked(progress: Progress, slug: string): boolean {
  return progress.lessons[slug]?.checked === true;
}

export function isComplete(progress: Progress, slug: string): boolean {
  return progress.lessons[slug]?.complete === true;
}

export type CourseSummary = { done: number; total: number; next?: string };

/**
 * How far the reader is, counting only lessons that exist (a renamed lesson's old entry is
 * ignored), and where to continue: the first unfinished lesson after the last finished one,
 * or, when those are all done, the first unfinished lesson from the start.
 */
export function summarize(progress: Progress, slugs: string[]): CourseSummary {
  const done = slugs.map((slug) => isComplete(progress, slug));
  const last = done.lastIndexOf(true);
  const after = done.findIndex((complete, index) => !complete && index > last);
  const index = after !== -1 ? after : done.indexOf(false);
  return { done: done.filter(Boolean).length, total: slugs.length, next: index === -1 ? undefined : slugs[index] };
}
