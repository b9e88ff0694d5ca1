import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { lessonPath as siteLessonPath } from '../server/site';

/**
 * Internal links between lessons, checked at build time: `/lessons/<slug>` must name a lesson
 * and `#<id>` (alone or after a lesson path) one of that lesson's heading ids. External links
 * must be well-formed https URLs (they are listed by the E2E link check, never fetched).
 * `checkLinks` is pure; `collectLinks` reads a lesson's mdast tree, and the heading ids are the
 * ones the compiled page has (lib/content/rehype-headings.ts).
 */

export type LessonLink = { href: string; line?: number };

export type LessonLinks = {
  file: string;
  slug: string;
  /** The page's path, for a page that is not a lesson (content/teaching.mdx); else the lesson's. */
  path?: string;
  /** Ids of the lesson's headings, as the compiled page has them. */
  ids: readonly string[];
  links: readonly LessonLink[];
};

export type LinkProblem = { file: string; line?: number; href: string; problem: string };

export type CheckLinksOptions = {
  /** Other site paths a lesson may link to, e.g. `/` or `/examples/dash-app/Dockerfile`. */
  otherPaths?: Iterable<string>;
};

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkLinks(lessons: readonly LessonLinks[], options: CheckLinksOptions = {}): LinkProblem[] {
  // Links are compared without a trailing slash, which only the static export adds.
  const byPath = new Map(lessons.map((lesson) => [withoutSlash(lesson.path ?? siteLessonPath(lesson.slug)), lesson]));
  const otherPaths = new Set(options.otherPaths ?? ['/']);
  const problems: LinkProblem[] = [];

  for (const lesson of lessons) {
    for (const { href, line } of lesson.links) {
      const problem = linkProblem(href, lesson, byPath, otherPaths);
      if (problem) problems.push({ file: lesson.file, line, href, problem });
    }
  }
  return problems;
}

function linkProblem(href: string, from: LessonLinks, byPath: Map<string, LessonLinks>, otherPaths: Set<string>): string | undefined {
  if (/^mailto:/i.test(href)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return externalProblem(href);
  if (href.startsWith('#')) return anchorProblem(decodeURIComponent(href.slice(1)), from, 'this lesson');
  if (!href.startsWith('/')) return `relative link; write the site path, e.g. ${withoutSlash(siteLessonPath(from.slug))}`;

  const [pathPart = '', hash] = href.split('#', 2);
  const pagePath = withoutSlash(pathPart.split('?')[0]!);
  const target = byPath.get(pagePath);
  if (target) return hash === undefined ? undefined : anchorProblem(decodeURIComponent(hash), target, target.file);
  if (otherPaths.has(pagePath)) return undefined;
  if (pagePath.startsWith('/lessons/')) {
    const lessonPaths = [...byPath.keys()].filter((path) => path.startsWith('/lessons/'));
    return `no lesson has the slug "${pagePath.slice('/lessons/'.length)}"; lessons are ${lessonPaths.join(', ')}`;
  }
  return `no page ${pagePath} on this site`;
}

const withoutSlash = (path: string) => path.replace(/(.)\/$/, '$1');

function anchorProblem(id: string, target: LessonLinks, where: string): string | undefined {
  if (!id) return 'empty #anchor';
  if (target.ids.includes(id)) return undefined;
  return `#${id} is not a heading id of ${where}; its ids are ${target.ids.join(', ') || '(none)'}`;
}

function externalProblem(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'not a well-formed URL';
  }
  // A reader's own machine (the app they just started) is the one place http:// is right.
  if (url.protocol === 'http:' && localHosts.has(url.hostname)) return undefined;
  if (url.protocol !== 'https:') return `external links use https://, not ${url.protocol}//`;
  if (!url.hostname.includes('.')) return `"${url.hostname}" is not a public host name`;
  return undefined;
}

/** Markdown links (`[text](href)`, autolinks) with their lines, and `href`s of JSX `<a>`. */
export function collectLinks(tree: Root): LessonLink[] {
  const links: LessonLink[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ href: node.url, line });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
      if (href && typeof href.value === 'string') links.push({ href: href.value, line });
    }
  });
  return links;
}

/** collectLinks as a remark plugin: hands the lesson's links to `collect` while it compiles. */
export function remarkCollectLinks(options: { collect: (links: LessonLink[]) => void }) {
  return (tree: Root): void => {
    options.collect(collectLinks(tree));
  };
}
