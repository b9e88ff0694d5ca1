import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { sitePages } from '@/tests/site-pages';

/*
 * Every page ships without the framework runtime: no Next/React chunk, no __NEXT_DATA__, no
 * RSC payload, only the module scripts of its own islands. Runs against `next start` and the
 * static export, in the browser, as a reader loads each page:
 * - nothing but the document is requested before the first contentful paint: the page paints
 *   from its own HTML (critical CSS inlined), the stylesheet and the islands come after
 *   (lib/server/head-script.ts);
 * - the JavaScript the page loads (every script response, gzipped) stays within the budget;
 * - each page's HTML (gzipped) is reported, without a budget here: the bench judges it.
 */
const JS_BUDGET_BYTES = 15 * 1024;
const runtimeMarks = [/\/_next\/static\/chunks\/[^"' ]+\.js/, /__NEXT_DATA__/, /self\.__next_f/];

test('no page loads the framework runtime or anything before it paints, and each stays within its JavaScript budget', async ({
  page,
  request,
}) => {
  const report: string[] = [];
  const htmlReport: string[] = [];
  const problems: string[] = [];
  for (const path of await sitePages(request)) {
    const html = await (await request.get(path)).text();
    htmlReport.push(`${path}: ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} KB`);
    for (const mark of runtimeMarks) if (mark.test(html)) problems.push(`${path} contains ${mark.source}`);
    // Inline scripts: only the head script of lib/server/head-script.ts (data and speculation
    // rules run nothing).
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].filter(
      (m) => !/type="(application\/(ld\+)?json|speculationrules)"/.test(m[0]),
    );
    if (inline.length !== 1) problems.push(`${path} has ${inline.length} inline scripts; only the head script is expected`);
    if (/<script[^>]*\ssrc=|rel="(modulepreload|preload)"/.test(html))
      problems.push(`${path} names a script or preload in its markup: it would load before the first paint`);

    const scripts: Promise<number>[] = [];
    const onResponse = (response: import('@playwright/test').Response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    };
    page.on('response', onResponse);
    await page.goto(path);
    page.off('response', onResponse);
    const early = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (!paint) return ['(no first-contentful-paint entry)'];
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < paint.startTime && !entry.name.startsWith('data:'))
        .map((entry) => new URL(entry.name).pathname);
    });
    if (early.length) problems.push(`${path} requested before its first paint: ${early.join(', ')}`);
    const bytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    report.push(`${path}: ${(bytes / 1024).toFixed(1)} KB in ${scripts.length} files`);
    if (bytes > JS_BUDGET_BYTES)
      problems.push(`${path} loads ${(bytes / 1024).toFixed(1)} KB of JavaScript (gzip), over ${JS_BUDGET_BYTES / 1024} KB`);
  }
  test.info().annotations.push({ type: 'JavaScript on load (gzip)', description: report.join('; ') });
  test.info().annotations.push({ type: 'HTML (gzip)', description: htmlReport.join('; ') });
  console.log(`JavaScript on load (gzip):\n  ${report.join('\n  ')}`);
  console.log(`HTML (gzip):\n  ${htmlReport.join('\n  ')}`);
  expect(problems, problems.join('\n')).toEqual([]);
});
