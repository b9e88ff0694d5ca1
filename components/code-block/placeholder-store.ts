import type { StorageLike } from '../progress/progress-storage';
import { storageKeys } from '@/lib/shared/storage-keys';

/**
 * What the reader typed into placeholders (`<user>` → "ada"), shared by every code block of
 * the page and kept across reloads. Storage that throws (private mode) or holds junk only
 * means the values last for this page view.
 */
export function createPlaceholderStore(getStorage: () => StorageLike | undefined) {
  let values: Record<string, string> | undefined;
  const listeners = new Set<() => void>();

  const get = (): Readonly<Record<string, string>> => {
    if (!values) {
      values = {};
      try {
        const stored: unknown = JSON.parse(getStorage()?.getItem(storageKeys.placeholders) ?? '{}');
        if (typeof stored === 'object' && stored !== null) {
          for (const [name, value] of Object.entries(stored)) if (typeof value === 'string') values[name] = value;
        }
      } catch {
        // blocked or unreadable: start empty
      }
    }
    return values;
  };

  return {
    get,
    set(name: string, value: string): void {
      values = { ...get(), [name]: value };
      try {
        getStorage()?.setItem(storageKeys.placeholders, JSON.stringify(values));
      } catch {
        // blocked or full: the value still holds for this page
      }
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Another tab changed the values: read them again. */
    reload(): void {
      values = undefined;
      listeners.forEach((listener) => listener());
    },
  };
}

export type PlaceholderStore = ReturnType<typeof createPlaceholderStore>;
