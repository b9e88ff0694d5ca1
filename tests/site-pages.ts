import { expect, type APIRequestContext } from '@playwright/test';

/**
 * The pages the site-wide E2E checks (a11y, HTML, links) visit: every URL of /sitemap.xml,
 * as a path on the server under test, plus a URL that does not exist (the 404 page).
 */
export const missingPagePath = '/lessons/no-such-lesson';

/** True when the suite runs against the static export (E2E_STATIC=1), not `next start`. */
export const staticExport = Boolean(process.env.E2E_STATIC);

export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status(), '/sitemap.xml').toBe(200);
  const xml = await response.text();
  // The sitemap's own XML is ours (app/sitemap.ts): one <loc> per page, no nesting.
  const paths = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(paths.length, 'pages in /sitemap.xml').toBeGreaterThan(1);
  return paths;
}

export async function sitePages(request: APIRequestContext): Promise<string[]> {
  return [...(await sitemapPaths(request)), missingPagePath];
}
