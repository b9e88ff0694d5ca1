// Playwright's own test: the fixtures' goto waits for the islands, held back here.
import { expect, test, type Page } from '@playwright/test';
import { blockKind } from '@/components/code-block/code-block.contract';
import { tocSection } from '@/components/toc/toc.contract';
import { sitePages } from '@/tests/site-pages';

/*
 * Each page paints from its inline critical CSS; the rest of the sheet arrives after the first
 * paint (lib/server/critical-css.ts). If a rule the page's markup needs were left out of the
 * inline CSS, the boxes it styles would move when the rest lands: a layout shift on every load.
 * So: with the islands held back (they change markup on purpose), every element's box and
 * colours must be the same before and after the rest sheet, in both themes and on a phone and a
 * wide screen (the dark theme's colours were once left for the rest sheet: a dark-theme reader
 * saw the light page first).
 */
type Box = string;

async function boxes(page: Page, path: string, withRest: boolean): Promise<Box[]> {
  await page.route('**/islands/**', (route) => route.abort());
  if (!withRest) await page.route('**/_next/static/css/**', (route) => route.abort());
  await page.goto(path, { waitUntil: 'load' });
  if (withRest)
    await page.waitForFunction(() => {
      const link = document.querySelector<HTMLLinkElement>('head > link[rel="stylesheet"]');
      return Boolean(link?.sheet);
    });
  else await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  // Sections, code blocks and diagrams off screen keep an estimated size until they are rendered,
  // which depends on timing: every box is compared as rendered, as the reader will see it.
  await page.addStyleTag({
    content: `${tocSection.selector}, ${blockKind.selector}, [data-heavy-figure] { content-visibility: visible !important; }`,
  });
  const result = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      const { color, backgroundColor } = getComputedStyle(element);
      return `${element.tagName.toLowerCase()}.${String(element.getAttribute('class') ?? '').slice(0, 40)} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)} ${color} on ${backgroundColor}`;
    }),
  );
  await page.unrouteAll();
  return result;
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`the rest of the stylesheet moves no box and changes no colour (${theme}, ${width}px)`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 800 });
      const moved: string[] = [];
      for (const path of await sitePages(request)) {
        const before = await boxes(page, path, false);
        const after = await boxes(page, path, true);
        expect(after.length, `${path}: the same elements`).toBe(before.length);
        const index = before.findIndex((box, i) => box !== after[i]);
        if (index >= 0) moved.push(`${path}: ${before[index]} → ${after[index]}`);
      }
      expect(moved, moved.join('\n')).toEqual([]);
    });
  }
}

test('the page head carries no attributes of the build', async ({ page }) => {
  await page.goto('/lessons/dash-app');
  // Next's <Head> writes its props onto <head>: the critical CSS once showed as pageStyles="[object Object]".
  expect(await page.evaluate(() => document.head.getAttributeNames())).toEqual([]);
});
