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

/** The scripts and the chunks to preload for the islands a page uses, in a stable order. */
export function islandAssets(names: readonly IslandName[]): { scripts: string[]; preloads: string[] } {
  const { islands } = readManifest();
  const scripts: string[] = [];
  const preloads = new Set<string>();
  for (const name of [...names].sort()) {
    const island = islands[name];
    if (!island)
      throw new Error(`island "${name}" is not in ${path.relative(process.cwd(), manifestFile)}: is islands/${name}.ts missing?`);
    scripts.push(island.file);
    for (const chunk of island.imports) preloads.add(chunk);
  }
  return { scripts, preloads: [...preloads].sort() };
}
