import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStyles, restOf } from './critical-css';

// A build folder of our own: a manifest naming _app's stylesheet, and the sheet.
const css = [
  '.used{color:red}',
  '.unused{color:blue}',
  '.dark\\:bg-x:where(.dark,.dark *){background:black}',
  '.dark\\:bg-y:where(.dark,.dark *){background:gray}',
  ':focus-visible{outline:3px solid}',
  'html:not(.js) .fallback{display:block}',
  '.js .enhanced{display:block}',
  '.toggle[aria-pressed=true]{font-weight:bold}',
  'details[open] .inside{margin:0}',
  '.used:hover{color:green}',
  ':where(.space-y-1>:not(:last-child)){margin-block-end:4px}',
  '.\\[\\&\\>\\:last-child\\]\\:mb-0>:last-child{margin-bottom:0}',
  '@media print{.used{color:black}}',
  '.used:where(html:not(.js),html:not(.js) *),.also-used{color:purple}',
  ':root{--page:white}',
  ':root:where(.dark,.dark *){--page:black}',
  ':is(.shiki,.shiki span):where(.dark,.dark *){color:var(--shiki-dark)}',
  ':is(.quiz,.quiz span):where(.dark,.dark *){color:gray}',
].join('\n');

let previous: string | undefined;
beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'critical-css-'));
  mkdirSync(path.join(root, 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(root, 'static', 'chunks', 'app.css'), css);
  writeFileSync(
    path.join(root, 'build-manifest.json'),
    JSON.stringify({ pages: { '/_app': ['static/chunks/app.js', 'static/chunks/app.css'] } }),
  );
  previous = process.env.NEXT_DIST_DIR;
  process.env.NEXT_DIST_DIR = root;
});
afterAll(() => {
  if (previous === undefined) delete process.env.NEXT_DIST_DIR;
  else process.env.NEXT_DIST_DIR = previous;
});

describe('pageStyles', () => {
  it('inlines the rules of what the markup renders, in any state, and writes the rest for after the paint', async () => {
    const { critical, rest, full } = await pageStyles(
      '<body><p class="used dark:bg-x">Hi</p><button class="toggle">T</button><i class="also-used"></i>' +
        '<b class="enhanced"></b><ul class="space-y-1"><li>a</li><li>b</li></ul>' +
        '<div class="[&amp;&gt;:last-child]:mb-0"><p>a</p></div><pre class="shiki"><code><span>x</span></code></pre></body>',
    );
    expect(full).toEqual(['/_next/static/chunks/app.css']);
    expect(rest).toEqual([expect.stringMatching(/^\/_next\/static\/css\/rest-[0-9a-f]{16}\.css$/)]);
    const restCss = readFileSync(path.join(process.env.NEXT_DIST_DIR!, rest[0]!.replace('/_next/', '')), 'utf8');

    expect(critical).toContain('.used{color:red}');
    expect(critical).toContain('.used:hover');
    expect(critical).toContain('.also-used{color:purple}');
    // A rendered element's dark variant is inline with its base rule; `js` is set before the paint.
    expect(critical).toContain('.dark\\:bg-x:where(.dark,.dark *)');
    expect(critical).toContain('.js .enhanced');
    // The dark theme of the page and of highlighted code: the reader's theme is set before the paint.
    expect(critical).toContain(':root:where(.dark,.dark *){--page:black}');
    expect(critical).toContain(':is(.shiki,.shiki span):where(.dark,.dark *)');
    // Wrapped whole in :where(): matched by what it wraps.
    expect(critical).toContain(':where(.space-y-1>:not(:last-child))');
    // React escapes the arbitrary variant's `&` and `>` in the class attribute.
    expect(critical).toContain(':mb-0>:last-child{margin-bottom:0}');
    // Applies to any element: inline, or its arrival would restyle the whole page.
    expect(critical).toContain(':focus-visible{outline:3px solid}');

    // Not rendered, or a state no rendered element is in: the rest, after every inline rule.
    for (const rule of [
      '.unused{',
      '.dark\\:bg-y',
      ':is(.quiz,.quiz span)',
      '.toggle[aria-pressed=true]',
      'details[open]',
      '@media print',
    ]) {
      expect(critical).not.toContain(rule);
      expect(restCss).toContain(rule);
    }
    // Rules for readers without JavaScript are in neither: those readers get the full sheet.
    expect(critical + restCss).not.toContain('not(.js)');
    expect(restCss).not.toContain('.used{color:red}');
  });

  it('fails the build, naming the file, when there is no build to read', async () => {
    process.env.NEXT_DIST_DIR = path.join(tmpdir(), 'no-such-build');
    await expect(pageStyles('<body></body>')).rejects.toThrow(/build-manifest\.json/);
  });
});

describe('restOf', () => {
  it('is the sheet minus the critical rules, selector by selector and layer by layer, without no-JavaScript rules', () => {
    const full = [
      '@layer base,utilities;',
      '@layer utilities{.a,.b{color:red}.c{margin:0}@media (min-width:40rem){.a{color:blue}}}',
      '.d{color:red}',
      'html:not(.js) .fallback{display:block}',
      '@media print{.a{color:black}}',
      '@property --x{syntax:"*";inherits:false}',
    ].join('');
    const critical = '@layer utilities{.a{color:red}.c{margin:0}}.d{color:blue}@property --x{syntax:"*";inherits:false}';
    const rest = restOf(full, critical);
    expect(rest).toContain('@layer base,utilities;');
    expect(rest).toContain('@layer utilities{.b{color:red}@media (min-width:40rem){.a{color:blue}}}');
    expect(rest).not.toContain('.c{');
    // Same selector, other declarations: still needed.
    expect(rest).toContain('.d{color:red}');
    expect(rest).toContain('@media print{.a{color:black}}');
    expect(rest).not.toContain('fallback');
    expect(rest).not.toContain('@property');
  });
});
