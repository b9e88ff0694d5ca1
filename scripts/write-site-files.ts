// Writes public/sitemap.xml, public/robots.txt and public/search-index.json from the lessons
// (lib/content/site-files.ts), the example folders as zips (lib/content/example-archives.ts), and
// styles/shiki.css, the code colours of every lesson and content page (lib/content/shiki-classes.ts). Run by
// `npm run build` before `next build`, through scripts/run-ts.mjs.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { archiveBytes, exampleArchives } from '@/lib/content/example-archives';
import { ContentError } from '@/lib/content/content-error';
import { getTeachingPage } from '@/lib/content/content-pages';
import { getLessons } from '@/lib/content/lessons';
import { SHIKI_CSS_FILE, writeShikiCss } from '@/lib/content/shiki-classes';
import { siteFiles } from '@/lib/content/site-files';
import { siteUrlWarning } from '@/lib/server/site';

const finishShikiCss = writeShikiCss((css) => writeFileSync(SHIKI_CSS_FILE, css));
const failed = (error: unknown): never => {
  // A lesson's problem, said once with its file and line: no stack trace to read past.
  if (!(error instanceof ContentError)) throw error;
  console.error(`\n✗ ${error.message}\n`);
  process.exit(1);
};
const lessons = await getLessons().catch(failed);
// Every page whose code shiki highlights, so styles/shiki.css holds every colour they use.
await getTeachingPage().catch(failed);
finishShikiCss();
for (const file of siteFiles(lessons)) writeFileSync(path.join('public', file.path), file.content);
for (const archive of exampleArchives()) writeFileSync(path.join('public', archive.path), archiveBytes(archive.name));
const warning = siteUrlWarning(process.env);
if (warning) console.warn(`\n⚠ ${warning}\n`);
console.log(
  `site files: sitemap.xml, robots.txt, search-index.json for ${lessons.length} lessons, ${exampleArchives()
    .map((a) => a.path)
    .join(', ')}`,
);
