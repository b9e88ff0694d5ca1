import type { Lesson } from './lessons';
import { buildSearchDocuments } from './search/search-documents';
import { absoluteUrl, lessonPath } from './site';

/*
 * The files beside the pages, written into public/ before `next build` by
 * scripts/write-site-files.ts (the Pages Router has no static route handlers, and the App
 * Router would take over the 404 page if it held them).
 */

export type SiteFile = { path: string; content: string };

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function sitemapXml(lessons: ReadonlyArray<Pick<Lesson, 'slug'>>): string {
  const urls = ['/', ...lessons.map((lesson) => lessonPath(lesson.slug))];
  const entries = urls.map((url) => `<url><loc>${escapeXml(absoluteUrl(url))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(): string {
  return `User-Agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`;
}

export function siteFiles(lessons: Lesson[]): SiteFile[] {
  return [
    { path: 'sitemap.xml', content: sitemapXml(lessons) },
    { path: 'robots.txt', content: robotsTxt() },
    // Fetched by the search island when the reader first opens search, never before.
    { path: 'search-index.json', content: JSON.stringify(buildSearchDocuments(lessons)) },
  ];
}
