import { describe, expect, it } from 'vitest';
import { checkLinks, collectLinks, type LessonLinks } from './check-links';
import { parseMdx } from '@/tests/code-samples/code-samples';

const intro: LessonLinks = { file: 'content/lessons/01-intro.mdx', slug: 'intro', ids: ['what-it-is', 'summary'], links: [] };
const compose: LessonLinks = { file: 'content/lessons/02-compose.mdx', slug: 'compose', ids: ['services', 'networks'], links: [] };

const problemsOf = (...links: string[]) =>
  checkLinks([{ ...intro, links: links.map((href, i) => ({ href, line: i + 10 })) }, compose], { otherPaths: ['/', '/examples/app/Dockerfile'] });

describe('checkLinks', () => {
  it('accepts links to lessons, their headings, this lesson’s headings and other known paths', () => {
    expect(
      problemsOf('/lessons/compose', '/lessons/compose/', '/lessons/compose#networks', '#summary', '/', '/examples/app/Dockerfile', 'https://docs.docker.com/', 'http://localhost:8050', 'mailto:a@b.c'),
    ).toEqual([]);
  });

  it('names the file, line and link of a lesson slug that does not exist', () => {
    expect(problemsOf('/lessons/compose', '/lessons/compse')).toEqual([
      { file: 'content/lessons/01-intro.mdx', line: 11, href: '/lessons/compse', problem: 'no lesson has the slug "compse"; lessons are /lessons/intro, /lessons/compose' },
    ]);
  });

  it('rejects an anchor that is not a heading id of the target lesson', () => {
    expect(problemsOf('/lessons/compose#volumes', '#nope').map((p) => p.problem)).toEqual([
      '#volumes is not a heading id of content/lessons/02-compose.mdx; its ids are services, networks',
      '#nope is not a heading id of this lesson; its ids are what-it-is, summary',
    ]);
  });

  it('rejects relative links, unknown site paths, plain http and malformed URLs', () => {
    expect(problemsOf('compose', '/about', 'http://example.com/', 'https://', 'https://intranet/').map((p) => p.problem)).toEqual([
      'relative link; write the site path, e.g. /lessons/intro',
      'no page /about on this site',
      'external links use https://, not http://',
      'not a well-formed URL',
      '"intranet" is not a public host name',
    ]);
  });
});

describe('collectLinks', () => {
  it('reads links with their lines', () => {
    const tree = parseMdx('---\ntitle: T\n---\n\n## Build, pull and run\n\nSee [lesson 2](/lessons/compose#networks) and https://hub.docker.com/.\n\n<a href="#summary">up</a>\n\n## `docker run`\n\n## Summary\n\n## Summary\n');
    expect(collectLinks(tree)).toEqual([
      { href: '/lessons/compose#networks', line: 7 },
      { href: 'https://hub.docker.com/', line: 7 },
      { href: '#summary', line: 9 },
    ]);
  });
});
