import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { exampleArchives } from './example-archives';

const PUBLIC_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public');

/**
 * The site paths of the files under public/ (e.g. /examples/dash-app/Dockerfile), which a
 * lesson may link to, and the example archives the build writes beside them. Other generated
 * files (islands, sitemap, search index) are no lesson's business.
 */
export async function publicPaths(dir = PUBLIC_DIR): Promise<string[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .filter((file) => !file.startsWith('/islands/'))
    .concat(exampleArchives().map((archive) => archive.path));
  return [...new Set(files)].sort();
}
