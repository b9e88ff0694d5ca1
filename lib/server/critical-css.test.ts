import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStyles } from './critical-css';

// A build folder of our own: a manifest naming _app's stylesheet, and the sheet.
const css = [
  '.used{color:red}',
  '.unused{color:blue}',
  '.dark\\:bg-x:where(.dark,.dark *){background:black}',
  'html:not(.js) .fallback{display:block}',
  '.js .enhanced{display:block}',
  '.toggle[aria-pressed=true]{font-weight:bold}',
  'details[open] .inside{margin:0}',
  '.used:hover{color:green}',
  '@media print{.used{color:black}}',
  '.used:where(html:not(.js),html:not(.js) *),.also-used{color:purple}',
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
  it('inlines the rules the markup uses and the states the server never renders, and names the full sheet', async () => {
    const { critical, hrefs } = await pageStyles(
      '<body><p class="used">Hi</p><button class="toggle">T</button><i class="also-used"></i></body>',
    );
    expect(hrefs).toEqual(['/_next/static/chunks/app.css']);
    expect(critical).toContain('.used{color:red}');
    expect(critical).toContain('.used:hover');
    expect(critical).not.toContain('.unused');
    expect(critical).toContain('.also-used{color:purple}');
    // Set on <html> by the head script or by islands after the paint: kept so nothing restyles.
    expect(critical).toContain('.dark,.dark *');
    expect(critical).toContain('.js .enhanced');
    expect(critical).toContain('aria-pressed');
    expect(critical).toContain('details[open]');
    // Rules that apply only without JavaScript or in print: the full sheet brings them.
    expect(critical).not.toContain('not(.js)');
    expect(critical).not.toContain('print');
  });

  it('fails the build, naming the file, when there is no build to read', async () => {
    process.env.NEXT_DIST_DIR = path.join(tmpdir(), 'no-such-build');
    await expect(pageStyles('<body></body>')).rejects.toThrow(/build-manifest\.json/);
  });
});
