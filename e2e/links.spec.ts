import { expect, test, type Page } from './fixtures';
import { sitePages } from '@/tests/site-pages';

/*
 * Every link on every page (the sitemap plus the 404 page), after the page has loaded:
 * - internal links lead to a page that answers 200, and a #fragment to an element with
 *   that id on the target page;
 * - external links are well-formed https URLs. They are listed in the report, not fetched
 *   (the check must not depend on other sites, and CI has no internet).
 */
type PageInfo = { ids: Set<string>; links: string[] };

async function readPage(page: Page, path: string): Promise<PageInfo> {
  await page.goto(path, { waitUntil: 'networkidle' });
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  return { ids: new Set(ids), links };
}

function externalProblem(url: URL): string | undefined {
  if (url.protocol === 'mailto:') return undefined;
  // The app the reader starts on their own machine is the one place http:// is right.
  if (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname)) return undefined;
  if (url.protocol !== 'https:') return `uses ${url.protocol} (external links must be https)`;
  if (!url.hostname.includes('.')) return `"${url.hostname}" is not a public host name`;
  return undefined;
}

test('every internal link and #anchor resolves; external links are well-formed https', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, PageInfo>();
  const statuses = new Map<string, number>();
  const external = new Set<string>();
  const problems: string[] = [];

  const infoOf = async (path: string) => {
    if (!pages.has(path)) pages.set(path, await readPage(page, path));
    return pages.get(path)!;
  };
  const statusOf = async (path: string) => {
    if (!statuses.has(path)) statuses.set(path, (await request.get(path, { maxRedirects: 5 })).status());
    return statuses.get(path)!;
  };

  for (const path of await sitePages(request)) await infoOf(path);

  for (const [from, { links }] of [...pages]) {
    for (const href of new Set(links)) {
      let url: URL;
      try {
        url = new URL(href, `${origin}${from}`);
      } catch {
        problems.push(`${from}: "${href}" is not a well-formed URL`);
        continue;
      }
      if (url.origin !== origin) {
        const problem = externalProblem(url);
        if (problem) problems.push(`${from}: ${href} ${problem}`);
        else external.add(href);
        continue;
      }
      if (href === '#' || href.endsWith('#')) {
        problems.push(`${from}: "${href}" links to no element (empty #fragment)`);
        continue;
      }
      // A #fragment on the page itself needs no request (the 404 page answers 404 by design).
      const samePage = url.pathname === new URL(from, origin).pathname && !url.search;
      const status = samePage ? 200 : await statusOf(url.pathname + url.search);
      if (status !== 200) {
        problems.push(`${from}: ${href} answers ${status}`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !(await infoOf(samePage ? from : url.pathname)).ids.has(id))
        problems.push(`${from}: ${href} has no element with id "${id}" on ${url.pathname}`);
    }
  }

  test.info().annotations.push({ type: 'external links (not fetched)', description: [...external].sort().join(' ') || '(none)' });
  expect(problems, problems.join('\n')).toEqual([]);
});
