import type { ExplorerKind } from './explorers.contract';

/**
 * The code that keeps each explorer up to date, loaded on first need (explorers.island.ts).
 * A module of its own, so a test can watch what is loaded and when, without waiting.
 */
export const loadExplorer: Record<ExplorerKind, () => Promise<{ connect(explorer: HTMLElement): void }>> = {
  port: () => import('./port-explorer.lazy'),
  network: () => import('./network-explorer.lazy'),
};
