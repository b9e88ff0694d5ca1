import { readdir } from 'node:fs/promises';
import path from 'node:path';

const PUBLIC_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public');

/**
 * The site paths of the files under public/ (e.g. /examples/dash-app/Dockerfile), which a
 * lesson may link to. Generated files (islands, sitemap, search index) are no lesson's business.
 */
export async function publicPaths(dir = PUBLIC_DIR): Promise<string[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .filter((file) => !file.startsWith('/islands/'))
    .sort();
}
