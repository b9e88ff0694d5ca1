import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkLinks, collectHeadingIds, collectLinks } from '@/lib/check-links';
import { parseMdx } from '@/lib/code-samples';
import { ContentError } from '@/lib/content-error';
import { loadLessons, readLessonSources, type Lesson } from '@/lib/lessons';
import { lessonPath } from '@/lib/site';

/**
 * The whole content check of a lessons folder: what the build does (loadLessons) plus the
 * internal-link check (lib/check-links.ts), failing with a ContentError that names the file.
 * Once the loader calls checkLinks itself, the second half here finds nothing new.
 */
export async function checkContent(dir: string): Promise<Lesson[]> {
  const sources = await readLessonSources(path.resolve(dir));
  const lessons = await loadLessons(sources);
  const linkInfo = sources.map(({ file, source }) => {
    const lesson = lessons.find((l) => l.file === file);
    const tree = parseMdx(source);
    return { file, slug: lesson?.slug ?? '', ids: collectHeadingIds(tree), links: collectLinks(tree) };
  });
  const [problem] = checkLinks(linkInfo, { lessonPath, otherPaths: ['/', ...publicPaths('public')] });
  if (problem) {
    throw new ContentError(problem.file, `${problem.line ? `line ${problem.line}: ` : ''}link ${problem.href}: ${problem.problem}`);
  }
  return lessons;
}

/** Files under public/ are served at the site root, e.g. /examples/dash-app/Dockerfile. */
function publicPaths(dir: string, base = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? publicPaths(file, `${base}/${name}`) : [`${base}/${name}`];
  });
}
