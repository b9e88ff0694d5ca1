'use client';

import { useSyncExternalStore } from 'react';
import { PROGRESS_KEY } from '@/lib/progress/progress';
import { createProgressStore, serverSnapshot } from '@/lib/progress/progress-store';

/** One store per page view, shared by every progress island (mark, summary, quiz). */
export const progressStore = createProgressStore(() => window.localStorage);

function subscribe(listener: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) progressStore.reload();
  };
  window.addEventListener('storage', onStorage);
  const unsubscribe = progressStore.subscribe(listener);
  return () => {
    window.removeEventListener('storage', onStorage);
    unsubscribe();
  };
}

/** The reader's progress; before hydration (and on the server) `ready` is false and it is empty. */
export function useProgress() {
  return useSyncExternalStore(subscribe, progressStore.getSnapshot, () => serverSnapshot);
}
