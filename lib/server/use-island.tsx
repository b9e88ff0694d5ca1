import { createContext, useContext } from 'react';
import type { IslandName } from '@/lib/server/islands';

/** Filled while a page renders on the server; pages/_document.tsx emits a script per name. */
export const IslandCollector = createContext<Set<IslandName> | null>(null);

/**
 * Declares that the markup being rendered needs island `name` in the browser. Rendering is
 * server-only (the pages ship no React), so collecting during render is safe; in `next dev`,
 * where the page hydrates, there is no collector and this does nothing.
 */
export function useIsland(name: IslandName): void {
  useContext(IslandCollector)?.add(name);
}
