import { checkPanels } from '@/components/check-work/engine/check-panels';
import { messagesFor, type Messages } from '@/components/check-work/engine/messages';
import { reachPath } from '@/components/check-work/engine/reach-steps';
import type { Check } from '@/components/check-work/engine/types';
import type { Lesson } from './lessons';
import { collectReviewItems } from './review-items';
import { buildSearchDocuments } from './search-documents';
import { absoluteUrl, extraPages, lessonPath, sitePath } from '../server/site';

/*
 * The files beside the pages, written into public/ before `next build` by
 * scripts/write-site-files.ts (the Pages Router has no static route handlers, and the App
 * Router would take over the 404 page if it held them).
 */

export type SiteFile = { path: string; content: string };

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function sitemapXml(lessons: ReadonlyArray<Pick<Lesson, 'slug'>>): string {
  const urls = ['/', '/review', ...lessons.map((lesson) => lessonPath(lesson.slug)), ...Object.values(extraPages).map(sitePath)];
  const entries = urls.map((url) => `<url><loc>${escapeXml(absoluteUrl(url))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(): string {
  return `User-Agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`;
}

/** Every answer of every "Check your work" check, by check and message key. */
export function checkMessages(): Record<Check, Messages> {
  const checks: Check[] = [...checkPanels.filter((panel) => panel !== 'reach'), ...reachPath.map(({ id }) => `reach:${id}` as const)];
  return Object.fromEntries(checks.map((check) => [check, messagesFor(check)])) as Record<Check, Messages>;
}

export function siteFiles(lessons: Lesson[]): SiteFile[] {
  return [
    { path: 'sitemap.xml', content: sitemapXml(lessons) },
    { path: 'robots.txt', content: robotsTxt() },
    // Fetched by the search island when the reader first opens search, never before.
    { path: 'search-index.json', content: JSON.stringify(buildSearchDocuments(lessons)) },
    // Fetched by a "Check your work" panel when the reader first comes near it: the words of
    // its answers stay out of the page's HTML and out of its JavaScript.
    { path: 'check-messages.json', content: JSON.stringify(checkMessages()) },
    // Fetched by the review page when a session starts: the quiz questions and drills to ask again.
    { path: 'review-items.json', content: JSON.stringify(collectReviewItems(lessons)) },
  ];
}
