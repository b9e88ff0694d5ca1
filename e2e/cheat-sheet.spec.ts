import { expect, test } from './fixtures';

/* The cheat sheet (/cheat-sheet): built from the lessons, linked from the home page and the footer. */

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
});

test('the home page and the footer lead to it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^The cheat sheet/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Docker cheat sheet');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Cheat sheet', exact: true })).toBeVisible();
});

test('groups the commands by task, each part explained, each linked to its lesson', async ({ page }) => {
  await page.goto('/cheat-sheet');
  for (const task of ['Install and check', 'Build images', 'Run containers', 'Share images', 'Compose', 'Clean up']) {
    await expect(page.getByRole('heading', { level: 2, name: task })).toBeVisible();
  }
  const run = page.getByRole('listitem').filter({ has: page.getByText('docker run --rm hello-world', { exact: true }) });
  await expect(run.getByRole('definition').first()).toContainText('Delete the container');
  await run.getByRole('link', { name: /^Lesson 2, / }).click();
  await expect(page).toHaveURL(/\/lessons\/architecture\/?#docker-run$/);
  await expect(page.locator('#docker-run')).toBeInViewport();
});

test('every lesson link names a section that exists', async ({ page, request }) => {
  await page.goto('/cheat-sheet');
  const hrefs = [...new Set(await page.locator('.cheat-source a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))];
  expect(hrefs.length).toBeGreaterThan(10);
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const [path, id] = href.split('#') as [string, string];
    if (!pages.has(path)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      pages.set(path, await response.text());
    }
    expect(pages.get(path), href).toContain(`id="${id}"`);
  }
});

test('prints on two A4 pages', async ({ page }) => {
  await page.goto('/cheat-sheet', { waitUntil: 'networkidle' });
  // The sheet's own @page rule sets A4; Chromium's PDF honours it with preferCSSPageSize.
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(2);
  const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
  // A4 is 595 × 842 points.
  expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);
});
