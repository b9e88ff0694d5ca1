/**
 * What the reader typed into placeholders (`<user>` → "ada"), shared by every code block of
 * the page and kept across reloads in localStorage. A tiny store for useSyncExternalStore:
 * the server and the first client render see no values, so hydration always matches.
 */
const storageKey = 'learn-docker:placeholders';
const noValues: Readonly<Record<string, string>> = {};
const listeners = new Set<() => void>();
let values: Record<string, string> | undefined;

export function getValues(): Readonly<Record<string, string>> {
  if (!values) {
    values = {};
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
      for (const [name, value] of Object.entries(stored ?? {})) if (typeof value === 'string') values[name] = value;
    } catch {
      // storage blocked or corrupt: start empty
    }
  }
  return values;
}

export const getServerValues = () => noValues;

export function setValue(name: string, value: string): void {
  values = { ...getValues(), [name]: value };
  try {
    localStorage.setItem(storageKey, JSON.stringify(values));
  } catch {
    // storage blocked: the value still holds for this page
  }
  listeners.forEach((listener) => listener());
}

export function subscribe(listener: () => void): () => void {
  // Another tab changed the values: read them again.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey) return;
    values = undefined;
    listener();
  };
  listeners.add(listener);
  addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    removeEventListener('storage', onStorage);
  };
}
