import { expect, test } from './fixtures';
import { missingPagePath, sitemapPaths, staticExport } from '@/tests/site-pages';

/*
 * The static export (out/) works on a plain file host with no rewrite rules: every page is a
 * folder with index.html, links point at those folders, client-side navigation finds its
 * payloads, and an unknown URL gets 404.html with a 404 status.
 * `npm run test:e2e:static` serves out/ with scripts/serve-static.mjs, which does no more.
 */
test.skip(!staticExport, 'checks the static export; runs with E2E_STATIC=1 (npm run test:e2e:static)');

test('every page is served from its own folder, and internal links end in a slash', async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    const folder = path.endsWith('/') ? path : `${path}/`;
    const response = await request.get(folder);
    expect(response.status(), folder).toBe(200);
    expect(await response.text(), folder).toContain('<h1');
  }
  await page.goto('/');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const pagePaths = hrefs.map((href) => href.split('#')[0]!).filter((path) => path && !/\.\w+$/.test(path));
  expect(pagePaths.length).toBeGreaterThan(0);
  expect(pagePaths.filter((path) => !path.endsWith('/'))).toEqual([]);
});

test('navigation between pages loads everything from files', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(/\/lessons\/[\w-]+\/$/);
  const first = page.url();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Next lesson/ }).click();
  await expect(page).not.toHaveURL(first);
  await expect(page).toHaveURL(/\/lessons\/[\w-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(failed).toEqual([]);
});

test('an unknown URL gets the 404 page with a 404 status', async ({ page }) => {
  const response = await page.goto(missingPagePath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
});
