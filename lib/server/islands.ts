/**
 * The islands: small TypeScript modules (islands/<name>.ts) that enhance the server's markup
 * in the browser. A component that needs one calls useIsland(name) while rendering, and the
 * page gets that island's <script type="module">, and no other (pages/_document.tsx).
 * islands.test.ts checks that this list and the files in islands/ agree.
 */
export const islandNames = [
  'theme-toggle',
  'search',
  'lesson-menu',
  'toc',
  'code-block',
  'progress',
  'quiz',
  'video',
  'explorers',
  'check-work',
  'lesson-pager',
  'explain-command',
  'drill',
  'review',
  'due-today',
  'progress-file',
] as const;

export type IslandName = (typeof islandNames)[number];

/** What scripts/build-islands.mjs writes to public/islands/manifest.json. */
export type IslandManifest = { islands: Record<string, { file: string; imports: string[] }> };
