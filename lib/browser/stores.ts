import { createPlaceholderStore } from '@/components/code-block/placeholder-store';
import { createProgressStore } from '@/components/progress/progress-store';
import { createReviewStore } from '@/components/review/review-store';
import { storageKeys } from '@/lib/shared/storage-keys';

/*
 * The page's one store of what the reader keeps in this browser, shared by every island
 * (esbuild puts this module in a chunk of its own, so all islands get the same instances):
 * progress and quiz results, placeholder values, the review schedule, and the theme. One `storage` listener keeps
 * them in step with other tabs.
 */

/** Merely touching localStorage throws when storage is blocked. */
const storage = () => window.localStorage;

export const progress = createProgressStore(storage);
export const placeholders = createPlaceholderStore(storage);
export const review = createReviewStore(storage);

export type Theme = 'light' | 'dark';

export const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

export const theme = {
  /** The reader's own choice, or null: follow the system. */
  stored(): Theme | null {
    try {
      const value = storage().getItem(storageKeys.theme);
      return value === 'light' || value === 'dark' ? value : null;
    } catch {
      return null;
    }
  },
  store(value: Theme): void {
    try {
      storage().setItem(storageKeys.theme, value);
    } catch {
      // private mode: the choice holds for this page view only
    }
  },
};

addEventListener('storage', (event) => {
  // key null: another tab cleared all of the site's storage.
  if (event.key === storageKeys.progress || event.key === null) progress.reload();
  if (event.key === storageKeys.placeholders || event.key === null) placeholders.reload();
  if (event.key === storageKeys.review || event.key === null) review.reload();
  if (event.key === storageKeys.theme || event.key === null) document.documentElement.classList.toggle('dark', (theme.stored() ?? systemTheme()) === 'dark');
});
