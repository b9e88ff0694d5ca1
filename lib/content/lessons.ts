import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkLinks, type LessonLink } from './check-links';
import type { TaughtCommand } from './code-blocks/collect-commands';
import { compileMdx } from './compile-mdx';
import { ContentError } from './content-error';
import { formatZodIssues, lessonFrontmatterSchema, parseLessonFileName, type LessonFrontmatter } from './lesson-schema';
import { publicPaths } from './public-paths';
import { extraPages } from '../server/site';
import { tableOfContents, type Heading, type SearchSection, type TocItem } from './rehype-headings';

export type LessonSource = { file: string; source: string };

export type Lesson = LessonFrontmatter & {
  slug: string;
  order: number;
  file: string;
  /** The compiled MDX module, rendered with mdx-bundler's getMDXComponent. */
  code: string;
  /** Every heading with its id on the page. */
  headings: Heading[];
  toc: TocItem[];
  /** The text of each h2/h3 section, code included, for the search index. */
  sections: SearchSection[];
  links: LessonLink[];
  /** The docker commands the lesson shows, with their sections (for the cheat sheet). */
  commands: TaughtCommand[];
};

export const LESSONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content', 'lessons');

/**
 * Reads every file in the folder; anything that is not NN-slug.mdx fails the build later.
 * Lessons are read at build time only (every page is static), so the server bundle need not
 * trace content/: hence the turbopackIgnore hints.
 */
export async function readLessonSources(dir = LESSONS_DIR): Promise<LessonSource[]> {
  const names = (await readdir(/*turbopackIgnore: true*/ dir)).filter((name) => !name.startsWith('.')).sort();
  const relativeDir = path.relative(process.cwd(), dir) || '.';
  return Promise.all(
    names.map(async (name) => ({
      file: path.join(/*turbopackIgnore: true*/ relativeDir, name),
      source: await readFile(path.join(/*turbopackIgnore: true*/ dir, name), 'utf8'),
    })),
  );
}

/**
 * Validates and compiles lessons, then checks their links against each other's compiled
 * heading ids; the first problem found fails with the file's name.
 */
export async function loadLessons(sources: LessonSource[]): Promise<Lesson[]> {
  const lessons: Lesson[] = [];
  for (const { file, source } of sources) {
    const name = parseLessonFileName(path.basename(file));
    if (!name) {
      throw new ContentError(file, 'lesson files are named NN-slug.mdx (two digits, a dash, lower-case words joined by dashes)');
    }
    const compiled = await compileMdx(file, source);
    const frontmatter = lessonFrontmatterSchema.safeParse(compiled.frontmatter);
    if (!frontmatter.success) throw new ContentError(file, `frontmatter ${formatZodIssues(frontmatter.error)}`);
    const sameSlug = lessons.find((lesson) => lesson.slug === name.slug);
    if (sameSlug) throw new ContentError(file, `slug "${name.slug}" is already used by ${sameSlug.file}`);
    const sameOrder = lessons.find((lesson) => lesson.order === name.order);
    if (sameOrder) throw new ContentError(file, `number ${String(name.order).padStart(2, '0')} is already used by ${sameOrder.file}`);
    const { code, headings, sections, links, commands } = compiled;
    lessons.push({ ...frontmatter.data, ...name, file, code, headings, toc: tableOfContents(headings), sections, links, commands });
  }
  const [problem] = checkLinks(
    lessons.map(({ file, slug, headings, links }) => ({ file, slug, ids: headings.map((h) => h.id), links })),
    { otherPaths: ['/', ...Object.values(extraPages), ...(await publicPaths())] },
  );
  if (problem) throw new ContentError(problem.file, `${problem.line ? `line ${problem.line}: ` : ''}link ${problem.href}: ${problem.problem}`);
  return lessons.sort((a, b) => a.order - b.order);
}

let cached: { key: string; lessons: Promise<Lesson[]> } | undefined;

/**
 * All lessons in course order. A build compiles them once. `next dev` compiles them again
 * whenever a lesson or an example file changed, so an author sees an edit on the next request,
 * and a content error (shown in the page and the terminal) lasts only until it is fixed.
 */
export async function getLessons(): Promise<Lesson[]> {
  const key = process.env.NODE_ENV === 'development' ? await contentVersion() : 'build';
  if (cached?.key !== key) cached = { key, lessons: readLessonSources().then(loadLessons) };
  return cached.lessons;
}

/** Names, sizes and modification times of everything a lesson is compiled from. */
async function contentVersion(): Promise<string> {
  const dirs = [LESSONS_DIR, path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'examples')];
  const parts: string[] = [];
  for (const dir of dirs) {
    for (const entry of await readdir(/*turbopackIgnore: true*/ dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const info = await stat(/*turbopackIgnore: true*/ file);
      parts.push(`${file}:${info.size}:${info.mtimeMs}`);
    }
  }
  return parts.sort().join('|');
}

export async function getLesson(slug: string): Promise<Lesson | undefined> {
  return (await getLessons()).find((lesson) => lesson.slug === slug);
}
