import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const EXAMPLES_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'examples');

/**
 * Each example folder (public/examples/<name>/) is also offered as one download,
 * /examples/<name>.zip, written at build time. It is the way to get the folder's dotfiles
 * (.dockerignore): hosts (Next's own file server among them) refuse to serve them, and
 * browsers drop the leading dot of a downloaded file's name.
 */
export type ExampleArchive = { name: string; path: string };

export function exampleArchives(dir = EXAMPLES_DIR): ExampleArchive[] {
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, path: `/examples/${entry.name}.zip` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The folder as a zip whose one top-level folder is `name`; the same files give the same bytes. */
export function archiveBytes(name: string, dir = EXAMPLES_DIR): Uint8Array {
  const files: Zippable = {};
  const root = path.join(dir, name);
  for (const entry of readdirSync(/*turbopackIgnore: true*/ root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const inZip = `${name}/${path.relative(root, file).split(path.sep).join('/')}`;
    // A fixed date: rebuilding with unchanged files must not change the download.
    files[inZip] = [readFileSync(/*turbopackIgnore: true*/ file), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  return zipSync(files, { level: 9 });
}
