import path from 'node:path';
import { expect, test } from './fixtures';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { sitePages } from '@/tests/site-pages';

/*
 * The HTML every page is served with (before any JavaScript runs) is valid: html-validate's
 * recommended rules, zero errors. .htmlvalidate.json (JSON: no comments there) relaxes only
 * rules that contradict what React and Next legitimately emit:
 * - attr-case off: React writes some attributes camelCased (charSet, fetchPriority, noModule);
 *   HTML attribute names are case-insensitive.
 * - void-style "selfclose": React always writes void elements as <meta />, valid HTML.
 * - attribute-boolean-style / attribute-empty-style "empty": React writes boolean and empty
 *   attributes as async="", disabled="", hidden="", valid HTML.
 * - no-inline-style off: React `style` props for computed values (a copy button's offset, a
 *   field's width) render as style attributes, which the CSP allows (style-src 'unsafe-inline').
 * - valid-id "relaxed": React's useId gives ids such as _R_1_, valid HTML5 ids (any characters
 *   but whitespace) that the strict mode's "must begin with a letter" rejects.
 */
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

test('every page is valid HTML', async ({ request }) => {
  test.setTimeout(120_000);
  const findings: string[] = [];
  for (const page of await sitePages(request)) {
    const response = await request.get(page);
    expect(response.headers()['content-type'], page).toMatch(/^text\/html/);
    const report = await htmlvalidate.validateString(await response.text(), path.resolve('page.html'));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        findings.push(
          `${page} ${message.ruleId}: ${message.message} (line ${message.line}:${message.column}, ${message.selector ?? 'document'})`,
        );
      }
    }
  }
  expect(findings, findings.join('\n')).toEqual([]);
});
