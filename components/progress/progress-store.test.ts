import { describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY, setComplete } from './progress';
import { createProgressStore } from './progress-store';
import { problemMessages, type StorageLike } from './progress-storage';

function memoryStorage(initial?: string): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[PROGRESS_KEY, initial]]);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const throwing = (error: unknown): StorageLike => ({
  getItem: () => {
    throw error;
  },
  setItem: () => {
    throw error;
  },
  removeItem: () => {
    throw error;
  },
});

describe('progress store', () => {
  it('saves under the versioned key and survives a new page (a new store)', () => {
    const storage = memoryStorage();
    const store = createProgressStore(() => storage);
    expect(store.getSnapshot()).toEqual({ ready: true, progress: { lessons: {} } });
    store.update((p) => setComplete(p, 'installation', true));
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual({ version: 2, lessons: { installation: { complete: true } } });
    expect(createProgressStore(() => storage).getSnapshot().progress.lessons.installation?.complete).toBe(true);
  });

  it('tells subscribers about changes and keeps the snapshot stable in between', () => {
    const store = createProgressStore(() => memoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.update((p) => setComplete(p, 'a', true));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    unsubscribe();
    store.reset();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps corrupt data untouched, works in memory, and says so until reset', () => {
    const storage = memoryStorage('{"lessons": {broken');
    const store = createProgressStore(() => storage);
    expect(store.getSnapshot()).toMatchObject({ problem: 'corrupt', progress: { lessons: {} } });
    store.update((p) => setComplete(p, 'a', true));
    expect(store.getSnapshot()).toMatchObject({ problem: 'corrupt', progress: { lessons: { a: { complete: true } } } });
    expect(storage.data.get(PROGRESS_KEY)).toBe('{"lessons": {broken');
    store.reset();
    expect(store.getSnapshot()).toEqual({ ready: true, progress: { lessons: {} }, problem: undefined });
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    store.update((p) => setComplete(p, 'a', true));
    expect(storage.data.get(PROGRESS_KEY)).toBe('{"version":2,"lessons":{"a":{"complete":true}}}');
  });

  it('works without storage, and when storage or even reaching it throws', () => {
    const cases: Array<() => StorageLike | undefined> = [
      () => undefined,
      () => throwing(new DOMException('denied', 'SecurityError')),
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ];
    for (const getStorage of cases) {
      const store = createProgressStore(getStorage);
      expect(store.getSnapshot().problem).toBe('unavailable');
      store.update((p) => setComplete(p, 'a', true));
      expect(store.getSnapshot()).toMatchObject({ problem: 'unavailable', progress: { lessons: { a: { complete: true } } } });
      store.reset();
      expect(store.getSnapshot()).toMatchObject({ problem: 'unavailable', progress: { lessons: {} } });
    }
  });

  it('says the storage is full when a write exceeds the quota, and recovers when it succeeds', () => {
    const storage = memoryStorage();
    const setItem = storage.setItem;
    storage.setItem = () => {
      throw new DOMException('exceeded', 'QuotaExceededError');
    };
    const store = createProgressStore(() => storage);
    store.update((p) => setComplete(p, 'a', true));
    expect(store.getSnapshot().problem).toBe('full');
    storage.setItem = setItem;
    store.update((p) => setComplete(p, 'b', true));
    expect(store.getSnapshot().problem).toBeUndefined();
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons).toEqual({ a: { complete: true }, b: { complete: true } });
  });

  it('reads again when another tab changed the progress', () => {
    const storage = memoryStorage();
    const store = createProgressStore(() => storage);
    expect(store.getSnapshot().progress.lessons).toEqual({});
    storage.data.set(PROGRESS_KEY, '{"lessons":{"b":{"complete":true}}}');
    store.reload();
    expect(store.getSnapshot().progress.lessons).toEqual({ b: { complete: true } });
  });

  it('has a message for every problem that says progress is not saved', () => {
    for (const message of Object.values(problemMessages)) expect(message).toMatch(/^Progress is not saved/);
  });
});
