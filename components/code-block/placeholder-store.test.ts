import { describe, expect, it, vi } from 'vitest';
import type { StorageLike } from '../progress/progress-storage';
import { storageKeys } from '@/lib/shared/storage-keys';
import { createPlaceholderStore } from './placeholder-store';

function memoryStorage(initial?: string): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[storageKeys.placeholders, initial]]);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('placeholder store', () => {
  it('keeps values across page views and tells subscribers', () => {
    const storage = memoryStorage();
    const store = createPlaceholderStore(() => storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set('user', 'ada');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(createPlaceholderStore(() => storage).get()).toEqual({ user: 'ada' });
  });

  it('ignores unreadable or foreign stored data', () => {
    expect(createPlaceholderStore(() => memoryStorage('{oops')).get()).toEqual({});
    expect(createPlaceholderStore(() => memoryStorage('{"user":7,"name":"x"}')).get()).toEqual({ name: 'x' });
  });

  it('works for the page view when storage throws', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    const store = createPlaceholderStore(() => blocked);
    store.set('user', 'ada');
    expect(store.get()).toEqual({ user: 'ada' });
  });

  it('reads again when another tab changed the values', () => {
    const storage = memoryStorage('{"user":"ada"}');
    const store = createPlaceholderStore(() => storage);
    expect(store.get().user).toBe('ada');
    storage.data.set(storageKeys.placeholders, '{"user":"grace"}');
    store.reload();
    expect(store.get().user).toBe('grace');
  });
});
