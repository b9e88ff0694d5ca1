import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { extraPages } from '../server/site';
import { checkLinks } from './check-links';
import { compileMdx } from './compile-mdx';
import { ContentError } from './content-error';
import { formatZodIssues } from './lesson-schema';
import { getLessons, type Lesson } from './lessons';
import { publicPaths } from './public-paths';
import { tableOfContents, type TocItem } from './rehype-headings';

/**
 * Pages written in MDX that are not lessons (content/teaching.mdx). They go through the very
 * pipeline lessons do (compileMdx: components, fence languages, docker commands, code blocks
 * that explain themselves), and their links are checked against the lessons' heading ids and
 * their own, so a page cannot ship a broken link or anchor either.
 */

export const contentPageFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty'),
    description: z.string().trim().min(20).max(200).regex(/^[^\n]+[.!?]$/, 'description must be one sentence ending in . ! or ?'),
  })
  .strict();

export type ContentPage = z.infer<typeof contentPageFrontmatterSchema> & { path: string; file: string; code: string; toc: TocItem[] };

/** Compiles and checks one page; `file` is relative to the project, as error messages show it. */
export async function loadContentPage(file: string, source: string, pagePath: string, lessons: readonly Lesson[]): Promise<ContentPage> {
  const compiled = await compileMdx(file, source);
  const frontmatter = contentPageFrontmatterSchema.safeParse(compiled.frontmatter);
  if (!frontmatter.success) throw new ContentError(file, `frontmatter ${formatZodIssues(frontmatter.error)}`);
  const page = { file, slug: '', path: pagePath, ids: compiled.headings.map((h) => h.id), links: compiled.links };
  const lessonLinks = lessons.map(({ file: lessonFile, slug, headings }) => ({ file: lessonFile, slug, ids: headings.map((h) => h.id), links: [] }));
  const [problem] = checkLinks([...lessonLinks, page], { otherPaths: ['/', ...Object.values(extraPages), ...(await publicPaths())] });
  if (problem) throw new ContentError(problem.file, `${problem.line ? `line ${problem.line}: ` : ''}link ${problem.href}: ${problem.problem}`);
  return { ...frontmatter.data, path: pagePath, file, code: compiled.code, toc: tableOfContents(compiled.headings) };
}

const TEACHING_FILE = path.join('content', 'teaching.mdx');

/** The "Teaching this course" page, compiled once per build. */
export async function getTeachingPage(): Promise<ContentPage> {
  const source = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), TEACHING_FILE), 'utf8');
  return loadContentPage(TEACHING_FILE, source, extraPages.teaching, await getLessons());
}
