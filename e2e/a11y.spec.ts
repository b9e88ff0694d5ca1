import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { tocSection } from '@/components/toc/toc.contract';
import { storageKeys } from '@/lib/shared/storage-keys';
import { sitePages, staticExport } from '@/tests/site-pages';

/*
 * axe-core on every page (the sitemap plus the 404 page), in both themes, at desktop width
 * and at 375 px: no violation of any impact against WCAG 2.0/2.1 A and AA and WCAG 2.2 AA.
 * The page list is only known once the server answers, so each combination is split into a
 * few tests that take every third page of the sitemap: they run in parallel, and a failure
 * lists every violation of its pages at once (page, rule, impact, reasons, elements).
 */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const viewports = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: '375px', size: { width: 375, height: 812 } },
] as const;
const themes = ['light', 'dark'] as const;
const shards = 3;

// The export serves the very HTML, CSS and scripts that `next start` serves (checked in the
// main run); only links and the 404 handling differ, which links, html-valid and
// static-export check. Running axe twice would cost CI minutes for the same result.
test.skip(staticExport, 'same pages as the `next start` run, where axe already checks them');

for (const viewport of viewports) {
  for (const theme of themes) {
    for (let shard = 0; shard < shards; shard++) {
      test(`pages ${shard + 1}/${shards} have no axe violations: ${theme} theme, ${viewport.name}`, async ({ page, request }) => {
        test.setTimeout(120_000);
        await page.setViewportSize(viewport.size);
        // Colours are checked at rest: no transition half-way between themes.
        await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: theme });
        await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [storageKeys.theme, theme] as const);

        const findings: string[] = [];
        const pages = (await sitePages(request)).filter((_, index) => index % shards === shard);
        for (const path of pages) {
          await test.step(path, async () => {
            await page.goto(path, { waitUntil: 'networkidle' });
            await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
            // Sections off screen skip rendering until the reader nears them, and axe reads colours
            // and target sizes from what is rendered: check every section as the reader will see it.
            await page.addStyleTag({ content: `${tocSection.selector} { content-visibility: visible !important; }` });
            const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
            for (const violation of violations) {
              // One line per rule and page: how many elements, the distinct reasons, a few of them.
              const reasons = [
                ...new Set(
                  violation.nodes.map(
                    (node) => node.failureSummary?.replace(/\s+/g, ' ').replace(/^Fix (any|all) of the following: /, '') ?? '',
                  ),
                ),
              ];
              const examples = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
              findings.push(
                `${path} ${violation.id} (${violation.impact ?? 'n/a'}, ${violation.nodes.length} elements): ${violation.help}\n` +
                  `    ${reasons.slice(0, 5).join('\n    ')}\n    e.g. ${examples.join(' | ')}`,
              );
            }
          });
        }
        expect(findings, findings.join('\n')).toEqual([]);
      });
    }
  }
}
