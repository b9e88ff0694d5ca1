import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IslandManifest, IslandName } from './islands';

const manifestFile = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'islands', 'manifest.json');
let cached: IslandManifest | undefined;

/** Read once per build; in `next dev` on every page, since the watcher rewrites it. */
function readManifest(): IslandManifest {
  if (cached) return cached;
  let manifest: IslandManifest;
  try {
    manifest = JSON.parse(readFileSync(/*turbopackIgnore: true*/ manifestFile, 'utf8')) as IslandManifest;
  } catch (error) {
    throw new Error(
      `${path.relative(process.cwd(), manifestFile)} is missing or unreadable: build the islands first (node scripts/build-islands.mjs). ${String(error)}`,
    );
  }
  if (process.env.NODE_ENV === 'production') cached = manifest;
  return manifest;
}

/**
 * The module scripts of the islands a page uses, in a stable order. Their shared chunks are not
 * preloaded: every island loads after the first paint (lib/server/head-script.ts), and a
 * preload would fetch them before it.
 */
export function islandScripts(names: readonly IslandName[]): string[] {
  const { islands } = readManifest();
  return [...names].sort().map((name) => {
    const island = islands[name];
    if (!island)
      throw new Error(`island "${name}" is not in ${path.relative(process.cwd(), manifestFile)}: is islands/${name}.ts missing?`);
    return island.file;
  });
}
