import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileMdx } from './compile-mdx';
import { ContentError, LessonProblem } from './content-error';
import { formatZodIssues, lessonFrontmatterSchema, parseLessonFileName, type LessonFrontmatter } from './lesson-schema';
import type { TocItem } from './rehype-toc';
import type { SearchSection } from './search/search-sections';

export type LessonSource = { file: string; source: string };

export type Lesson = LessonFrontmatter & {
  slug: string;
  order: number;
  file: string;
  /** The compiled MDX module, rendered with mdx-bundler's getMDXComponent. */
  code: string;
  toc: TocItem[];
  /** The text of each h2/h3 section, code included, for the search index. */
  sections: SearchSection[];
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

/** Validates and compiles lessons; the first problem found fails with the file's name. */
export async function loadLessons(sources: LessonSource[]): Promise<Lesson[]> {
  const lessons: Lesson[] = [];
  for (const { file, source } of sources) {
    const name = parseLessonFileName(path.basename(file));
    if (!name) {
      throw new ContentError(file, 'lesson files are named NN-slug.mdx (two digits, a dash, lower-case words joined by dashes)');
    }
    const compiled = await compileMdx(source).catch((error: unknown) => {
      throw new ContentError(file, describeCompileError(error));
    });
    const frontmatter = lessonFrontmatterSchema.safeParse(compiled.frontmatter);
    if (!frontmatter.success) throw new ContentError(file, `frontmatter ${formatZodIssues(frontmatter.error)}`);
    const sameSlug = lessons.find((lesson) => lesson.slug === name.slug);
    if (sameSlug) throw new ContentError(file, `slug "${name.slug}" is already used by ${sameSlug.file}`);
    const sameOrder = lessons.find((lesson) => lesson.order === name.order);
    if (sameOrder) throw new ContentError(file, `number ${String(name.order).padStart(2, '0')} is already used by ${sameOrder.file}`);
    lessons.push({ ...frontmatter.data, ...name, file, code: compiled.code, toc: compiled.toc, sections: compiled.sections });
  }
  return lessons.sort((a, b) => a.order - b.order);
}

/** esbuild wraps plugin errors ("Cannot process MDX file with esbuild: …"); keep what the author needs. */
function describeCompileError(error: unknown): string {
  const first = hasEsbuildErrors(error) ? error.errors[0] : undefined;
  if (first?.detail instanceof LessonProblem) return first.detail.message;
  const text = first?.text ?? (error instanceof Error ? error.message : String(error));
  const problem = /LessonProblem: ([\s\S]*)$/.exec(text)?.[1] ?? text.replace(/^Cannot process MDX file with esbuild:\s*/, '');
  const line = first?.location?.line;
  return line && !/^line \d+:/.test(problem) ? `line ${line}: ${problem.trim()}` : problem.trim();
}

type EsbuildMessage = { text?: string; detail?: unknown; location?: { line?: number } | null };

function hasEsbuildErrors(error: unknown): error is { errors: [EsbuildMessage, ...EsbuildMessage[]] } {
  return typeof error === 'object' && error !== null && 'errors' in error && Array.isArray(error.errors) && error.errors.length > 0;
}

let cached: Promise<Lesson[]> | undefined;

/** All lessons in course order, compiled once per build process. */
export function getLessons(): Promise<Lesson[]> {
  cached ??= readLessonSources().then(loadLessons);
  return cached;
}

export async function getLesson(slug: string): Promise<Lesson | undefined> {
  return (await getLessons()).find((lesson) => lesson.slug === slug);
}

/** The lessons before and after, for the pager at the end of a lesson. */
export async function getNeighbours(slug: string): Promise<{ previous?: Lesson; next?: Lesson }> {
  const lessons = await getLessons();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  return { previous: lessons[index - 1], next: index >= 0 ? lessons[index + 1] : undefined };
}
