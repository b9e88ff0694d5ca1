import { emptyProgress, type Progress } from './progress';
import { clearProgress, loadProgress, saveProgress, type StorageLike, type StorageProblem } from './progress-storage';

/** `ready` is false until storage has been read: in the server render and before hydration. */
export type ProgressSnapshot = { ready: boolean; progress: Progress; problem?: StorageProblem };

export const serverSnapshot: ProgressSnapshot = { ready: false, progress: emptyProgress };

/**
 * The reader's progress for every island on the page (useSyncExternalStore-shaped). Changes
 * are kept in memory even when they cannot be saved, so the page works either way and
 * `problem` says why nothing sticks. Unreadable stored data is never overwritten behind the
 * reader's back: only `reset` clears it.
 */
export function createProgressStore(getStorage: () => StorageLike | undefined) {
  let snapshot: ProgressSnapshot | undefined;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  const getSnapshot = (): ProgressSnapshot => (snapshot ??= { ready: true, ...loadProgress(getStorage) });

  return {
    getSnapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change: (progress: Progress) => Progress) {
      const current = getSnapshot();
      const progress = change(current.progress);
      const problem = current.problem === 'corrupt' ? 'corrupt' : saveProgress(getStorage, progress);
      snapshot = { ready: true, progress, problem };
      emit();
    },
    reset() {
      snapshot = { ready: true, progress: emptyProgress, problem: clearProgress(getStorage) };
      emit();
    },
    /** Another tab changed the stored progress: read it again. */
    reload() {
      snapshot = undefined;
      emit();
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
