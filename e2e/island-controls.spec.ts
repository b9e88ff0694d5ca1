import { expect, test, type Page } from './fixtures';

/*
 * Text fields arrive with their island (lib/shared/island-control.ts): until then a box of the
 * field's size stands in its place. Nothing may move when a field comes: a reader who opened the
 * page at a drill or a check panel would see the page jump. Measured by loading each page twice,
 * once with the islands that bring the fields blocked (their boxes stay) and once as a reader
 * gets it, and comparing the box of every field and of the panel around it (whose height is what
 * would push the rest of the page).
 */
const pages = ['/lessons/installation', '/lessons/dash-app', '/lessons/run-dash-app', '/cheat-sheet'];
const fieldIslands = /\/islands\/(?:drill|check-work|explain-command)-[\w-]+\.js$/;

/** Each field's box (or the box standing in for it) and its panel's, every section rendered. */
async function boxes(page: Page, path: string) {
  await page.goto(path);
  await page.addStyleTag({ content: '[data-toc-section]{content-visibility:visible!important}' });
  return page.evaluate(() =>
    [...document.querySelectorAll('ld-drill, ld-check-work, ld-explain-command')].flatMap((panel) =>
      [...panel.querySelectorAll('[data-island-control], input[type=text], textarea')].map((field) => {
        const box = field.getBoundingClientRect();
        const host = panel.getBoundingClientRect();
        // Relative to the panel: other islands below the fold may still be changing the page above it.
        return `${panel.tagName.toLowerCase()} field at ${box.x - host.x},${box.y - host.y} ${box.width}×${box.height}; panel ${host.width}×${host.height}`;
      }),
    ),
  );
}

for (const width of [375, 1280]) {
  test(`text fields take the place of their boxes without moving anything (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of pages) {
      await page.route(fieldIslands, (route) => route.abort());
      const before = await boxes(page, path);
      await page.unrouteAll();
      const after = await boxes(page, path);
      expect(before.length, path).toBeGreaterThan(0);
      // The blocked run measured boxes, the real one fields: the same count and the same places.
      expect(after, path).toEqual(before);
      expect(await page.locator('[data-island-control]').count(), `${path}: every box gave way to its field`).toBe(0);
    }
  });
}
