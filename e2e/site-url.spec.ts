import { expect, test } from './fixtures';

/*
 * Absolute URLs say where the site is deployed: the sitemap, and each page's canonical link and
 * og:url. `npm test` builds the static export with SITE_URL set and the `next start` build
 * without it, so both the configured address and the default are checked.
 */
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

test(`absolute URLs use ${siteUrl}`, async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  expect(locs.length).toBeGreaterThan(1);
  for (const loc of locs) expect(loc.startsWith(`${siteUrl}/`), loc).toBe(true);
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);

  const lesson = new URL(locs[1]!).pathname;
  await page.goto(lesson);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${lesson}`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${siteUrl}${lesson}`);
});
