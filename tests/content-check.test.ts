import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { readFile } from 'node:fs/promises';
import { loadContentPage } from '@/lib/content/content-pages';
import { loadLessons, readLessonSources } from '@/lib/content/lessons';

/** What `npm run build` does with a lessons folder (lib/content/lessons.ts): validate, compile, check links. */
const checkContent = async (dir: string) => loadLessons(await readLessonSources(dir));

const fixtures = 'tests/fixtures/bad-content';

async function problemOf(dir: string): Promise<string> {
  const error = await checkContent(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `${dir} should fail the content check`).toBeInstanceOf(ContentError);
  return (error as ContentError).message;
}

describe('content check', () => {
  it('passes the real lessons', async () => {
    const lessons = await checkContent('content/lessons');
    expect(lessons.length).toBeGreaterThan(0);
  });

  it('passes the teaching page, its links checked against the lessons', async () => {
    const lessons = await checkContent('content/lessons');
    const page = await loadContentPage('content/teaching.mdx', await readFile('content/teaching.mdx', 'utf8'), '/teaching', lessons);
    expect(page.title).toBe('Teaching this course');
  });

  it('fails a page beside the lessons on a broken anchor, naming the file', async () => {
    const lessons = await checkContent('content/lessons');
    const source =
      '---\ntitle: A page\ndescription: A page that links to a heading that is not there.\n---\n\nSee [lesson 3](/lessons/installation#no-such-heading).\n';
    await expect(loadContentPage('content/teaching.mdx', source, '/teaching', lessons)).rejects.toThrow(
      /^content\/teaching\.mdx: line 6: link \/lessons\/installation#no-such-heading: #no-such-heading is not a heading id/,
    );
  });

  it.each([
    [
      'malformed-frontmatter',
      `${fixtures}/malformed-frontmatter/01-malformed.mdx: `,
      /missed comma between flow collection entries at line 3/,
    ],
    ['unknown-component', `${fixtures}/unknown-component/01-unknown-component.mdx: `, /unknown component <Tabs>/],
    ['unknown-language', `${fixtures}/unknown-language/01-unknown-language.mdx: `, /unknown code language "dockerfle"/],
    ['bad-video-chapters', `${fixtures}/bad-video-chapters/01-bad-chapters.mdx: `, /<Video> .*chapters\[1\] "A"/],
    ['duplicate-slug', `${fixtures}/duplicate-slug/02-compose.mdx: `, /slug "compose" is already used by .*01-compose\.mdx/],
    [
      'unknown-docker-flag',
      `${fixtures}/unknown-docker-flag/01-unknown-docker-flag.mdx: `,
      /^line 14: docker run: unknown flag --publsh \(did you mean --publish\?\)$/,
    ],
    [
      'broken-slug',
      `${fixtures}/broken-slug/01-only.mdx: `,
      /line 11: link \/lessons\/compose-basics: no lesson has the slug "compose-basics"/,
    ],
    ['broken-link', `${fixtures}/broken-link/02-second.mdx: `, /line 11: link \/lessons\/first#volumes: #volumes is not a heading id of/],
  ])('fails on %s, naming the file', async (dir, file, problem) => {
    const message = await problemOf(`${fixtures}/${dir}`);
    expect(message.startsWith(file), message).toBe(true);
    expect(message.slice(file.length)).toMatch(problem);
  });
});
