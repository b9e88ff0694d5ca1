import { emptyProgress, parseProgress, PROGRESS_KEY, storedProgress, type Progress } from './progress';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Why progress is not being saved:
 * - `unavailable`: no storage, or it throws (private mode, storage blocked by settings);
 * - `full`: the browser refused to write (quota);
 * - `corrupt`: what is stored cannot be read; left alone until the reader resets progress.
 */
export type StorageProblem = 'unavailable' | 'full' | 'corrupt';

export type Loaded = { progress: Progress; problem?: StorageProblem };

/** `getStorage` may itself throw: merely touching `window.localStorage` does when it is blocked. */
export function loadProgress(getStorage: () => StorageLike | undefined): Loaded {
  let raw: string | null;
  try {
    const storage = getStorage();
    if (!storage) return { progress: emptyProgress, problem: 'unavailable' };
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress, problem: 'unavailable' };
  }
  if (raw === null) return { progress: emptyProgress };
  const progress = parseProgress(raw);
  return progress ? { progress } : { progress: emptyProgress, problem: 'corrupt' };
}

export function saveProgress(getStorage: () => StorageLike | undefined, progress: Progress): StorageProblem | undefined {
  try {
    const storage = getStorage();
    if (!storage) return 'unavailable';
    storage.setItem(PROGRESS_KEY, JSON.stringify(storedProgress(progress)));
    return undefined;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** Forgets everything stored, unreadable data included. */
export function clearProgress(getStorage: () => StorageLike | undefined): StorageProblem | undefined {
  try {
    const storage = getStorage();
    if (!storage) return 'unavailable';
    storage.removeItem(PROGRESS_KEY);
    return undefined;
  } catch {
    return 'unavailable';
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** What to tell the reader, in words. */
export const problemMessages: Record<StorageProblem, string> = {
  unavailable:
    'Progress is not saved: this browser does not let the site store it (private browsing or blocked storage). It lasts until you reload.',
  full: 'Progress is not saved: the browser’s storage for this site is full. It lasts until you reload.',
  corrupt: 'Progress is not saved: the progress stored in this browser could not be read. Reset progress to start saving again.',
};
