import { parseProgress, storedProgress, type Progress, type StoredProgress } from '@/components/progress/progress';
import { readReviewState, type ReviewState } from '@/components/review/review-state';

/*
 * The file a reader exports to carry their progress and review schedule to another browser:
 * JSON with a name for the format and its version. Reading one checks all of it before the
 * caller writes anything, and says in words why a file is refused (not JSON, someone else's
 * file, a version this site cannot read, a damaged part).
 */
export const fileFormat = 'learn-docker-progress';
export const fileVersion = 1;
/** Far above any real file (a full course is a few KB): a bigger one is not ours. */
export const maxFileBytes = 1_000_000;

export type ProgressFile = {
  format: typeof fileFormat;
  version: typeof fileVersion;
  exportedAt: string;
  /** With its own format version, so a file exported before a lesson moved is carried forward on import. */
  progress: StoredProgress;
  review: ReviewState;
};

export function exportProgressFile(progress: Progress, review: ReviewState, now: Date): string {
  const file: ProgressFile = {
    format: fileFormat,
    version: fileVersion,
    exportedAt: now.toISOString(),
    progress: storedProgress(progress),
    review,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const fileName = (now: Date) => `learn-docker-progress-${now.toISOString().slice(0, 10)}.json`;

export type ReadFile = { ok: true; progress: Progress; review: ReviewState } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const refuse = (why: string): ReadFile => ({
  ok: false,
  error: `This file was not imported: ${why}. Nothing in this browser was changed.`,
});

export function readProgressFile(text: string): ReadFile {
  if (text.length > maxFileBytes) return refuse('it is far too big to be a progress file from this site');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('it is not a JSON file (choose the file that “Export” saved)');
  }
  if (!isRecord(data) || data.format !== fileFormat) return refuse('it is not a Learn Docker progress file');
  if (typeof data.version !== 'number') return refuse('it has no format version');
  if (data.version > fileVersion)
    return refuse(
      `it was saved by a newer version of this site (format ${data.version}; this page reads format ${fileVersion}). Reload the page and try again`,
    );
  if (data.version < 1) return refuse(`its format ${data.version} is older than any this site reads`);
  const progress = parseProgress(JSON.stringify(data.progress ?? null));
  if (!progress) return refuse('its progress part is damaged');
  const review = readReviewState(data.review);
  if ('problem' in review) return refuse(review.problem);
  return { ok: true, progress, review: review.state };
}
