import { expect, test } from './fixtures';
import { nearEndRules, onHoverRules } from '@/components/lesson-pager/lesson-pager.contract';
import { headScriptHash } from '@/lib/server/head-script';
import { inlineHash } from '@/lib/server/inline-hash';
import { missingPagePath, sitemapPaths, sitePages, staticExport } from '@/tests/site-pages';

/*
 * Security headers on what `next start` serves (next.config.ts). A static host sets its own
 * headers (a plain file server sends none), so these checks do not apply to the export.
 */
test.skip(staticExport, 'security headers come from next.config.ts, which a static host does not read');

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

test('pages carry a strict Content-Security-Policy and the other security headers', async ({ request }) => {
  const [home, lesson] = await sitemapPaths(request);
  for (const path of [home!, lesson!, missingPagePath]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = directives(headers['content-security-policy'] ?? '');

    expect(csp.get('default-src'), `${path} default-src`).toEqual(["'self'"]);
    // Own origin only: no directive names another host, except YouTube's privacy-enhanced embed.
    for (const [name, sources] of csp) {
      const hosts = sources.filter((source) => !source.startsWith("'") && source !== 'data:');
      expect(hosts, `${path} ${name} hosts`).toEqual(name === 'frame-src' ? ['https://www.youtube-nocookie.com'] : []);
    }
    expect(csp.get('frame-src'), `${path} frame-src`).toEqual(['https://www.youtube-nocookie.com']);
    expect(csp.get('frame-ancestors'), `${path} frame-ancestors`).toEqual(["'none'"]);
    expect(csp.get('object-src'), `${path} object-src`).toEqual(["'none'"]);
    expect(csp.get('base-uri'), `${path} base-uri`).toEqual(["'self'"]);
    expect(csp.get('script-src'), `${path} script-src`).not.toContain("'unsafe-eval'");
    // No inline script runs but the theme script, allowed by its hash.
    expect(csp.get('script-src'), `${path} script-src`).not.toContain("'unsafe-inline'");
    // ...and the lesson pager's two speculation rules (JSON, which runs nothing).
    expect(
      csp.get('script-src')?.filter((source) => source.startsWith("'sha256-")),
      `${path} script hashes`,
    ).toEqual([headScriptHash, inlineHash(onHoverRules), inlineHash(nearEndRules)]);

    expect(headers['x-content-type-options'], path).toBe('nosniff');
    // For browsers that predate frame-ancestors.
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    const permissions = headers['permissions-policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions, path).toContain(`${feature}=()`);
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('every page loads under that policy without a violation', async ({ page, request }) => {
  // The policy the first test checks, as the home page carries it: every page must carry the same.
  const policy = (await request.get('/')).headers()['content-security-policy'];
  expect(policy, "the home page's Content-Security-Policy").toBeTruthy();

  // What the browser blocked: the securitypolicyviolation event it fires for each, in the page
  // (recorded from before any script of the page runs), and the console line it writes.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  const violations: string[] = [];
  let current = '';
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`${current}: ${message.text()}`);
  });
  for (const path of await sitePages(request)) {
    current = path;
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    // Loaded under that policy: without it, no violation could ever be reported.
    expect(response?.headers()['content-security-policy'], `${path} is served with the policy`).toBe(policy);
    const seen = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    violations.push(...seen.map((violation) => `${path}: ${violation}`));
  }
  expect(violations).toEqual([]);
});
