import { createPlaceholderStore } from '@/components/code-block/placeholder-store';
import { createProgressStore } from '@/components/progress/progress-store';
import { storageKeys } from '@/lib/shared/storage-keys';

/*
 * The page's one store of what the reader keeps in this browser, shared by every island
 * (it is part of the islands' runtime chunk, so all islands get the same instances): progress
 * and quiz results, placeholder values and the theme here; the review schedule registers
 * itself (components/review/review-instance.ts), so that only pages with review items pay for
 * it. One `storage` listener keeps them all in step with other tabs.
 */

/** Merely touching localStorage throws when storage is blocked. */
export const storage = () => window.localStorage;

const reloaders = new Map<string, () => void>();

/** Keeps a store in step with other tabs: `reload` runs when another tab changes `key` or clears the site's storage. */
export function keepInStep(key: string, reload: () => void): void {
  reloaders.set(key, reload);
}

export const progress = createProgressStore(storage);
export const placeholders = createPlaceholderStore(storage);

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

keepInStep(storageKeys.progress, () => progress.reload());
keepInStep(storageKeys.placeholders, () => placeholders.reload());
keepInStep(storageKeys.theme, () => document.documentElement.classList.toggle('dark', (theme.stored() ?? systemTheme()) === 'dark'));

addEventListener('storage', (event) => {
  // key null: another tab cleared all of the site's storage.
  for (const [key, reload] of reloaders) if (event.key === key || event.key === null) reload();
});
