import type { StorageLike, StorageProblem } from '@/components/progress/progress-storage';
import { emptyReview, parseReviewState, REVIEW_KEY, type ReviewState } from './review-state';

export type ReviewSnapshot = { state: ReviewState; problem?: StorageProblem };

/**
 * The review schedule for every island on the page, shaped like the progress store
 * (components/progress/progress-store.ts): changes are kept in memory even when they cannot
 * be saved, and an unreadable stored value is never overwritten behind the reader's back
 * (only `replace`, an import the reader chose, writes over it).
 */
export function createReviewStore(getStorage: () => StorageLike | undefined) {
  let snapshot: ReviewSnapshot | undefined;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  const load = (): ReviewSnapshot => {
    let raw: string | null;
    try {
      const storage = getStorage();
      if (!storage) return { state: emptyReview, problem: 'unavailable' };
      raw = storage.getItem(REVIEW_KEY);
    } catch {
      return { state: emptyReview, problem: 'unavailable' };
    }
    if (raw === null) return { state: emptyReview };
    const state = parseReviewState(raw);
    return state ? { state } : { state: emptyReview, problem: 'corrupt' };
  };
  const save = (state: ReviewState): StorageProblem | undefined => {
    try {
      const storage = getStorage();
      if (!storage) return 'unavailable';
      storage.setItem(REVIEW_KEY, JSON.stringify(state));
      return undefined;
    } catch (error) {
      return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
    }
  };
  const getSnapshot = (): ReviewSnapshot => (snapshot ??= load());

  return {
    getSnapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change: (state: ReviewState) => ReviewState) {
      const current = getSnapshot();
      const state = change(current.state);
      if (state === current.state) return;
      snapshot = { state, problem: current.problem === 'corrupt' ? 'corrupt' : save(state) };
      emit();
    },
    /** Writes `state` over whatever is stored, unreadable data included: an import. */
    replace(state: ReviewState) {
      snapshot = { state, problem: save(state) };
      emit();
    },
    /** Another tab changed the stored schedule: read it again. */
    reload() {
      snapshot = undefined;
      emit();
    },
  };
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
