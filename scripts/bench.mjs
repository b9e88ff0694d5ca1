// `npm run bench`: Lighthouse 12.2.3 on every page (home, every lesson of the sitemap, the 404
// page), mobile and desktop presets, median of BENCH_RUNS runs (default 3). Prints one table
// per preset and writes it to docs/benchmarks.md with the date and machine.
//   BENCH_RUNS=1                  one run per page and preset (a quick look)
//   BENCH_PAGES=architecture,404  only pages whose path contains one of the words ('/' = home)
//   BENCH_PRESETS=mobile          only one preset
//   BENCH_SKIP_BUILD=1            reuse the build in .next-bench
//   BENCH_VERBOSE=1               list each page's scripts with their gzipped sizes
//   CHROME_PATH=...               another Chromium (default /usr/bin/chromium)
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
  build,
  filterPages,
  machine,
  missingPagePath,
  origin,
  pageLabel,
  peerOrigin,
  peerPages,
  sitePages,
  startPeer,
  startServer,
  stopServer,
  today,
  writeDocSection,
} from './bench-server.mjs';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const presets = (process.env.BENCH_PRESETS ?? 'mobile,desktop')
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// The same flags the E2E suite uses: this machine's Chromium must not reach the network.
const chromeFlags = ['--headless=new', ...JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'))];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const targets = { score: 100, cls: 0, tbt: 0, jsKb: 15, thirdParty: 0, lcpRatio: 0.8 };

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Gzipped size of each same-origin response, fetched once (independent of server compression). */
const gzipCache = new Map();
async function gzippedBytes(url) {
  if (!gzipCache.has(url)) {
    const body = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    gzipCache.set(url, gzipSync(body).length);
  }
  return gzipCache.get(url);
}

async function weigh(lhr, site) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytes = { html: 0, js: 0, css: 0 };
  let thirdParty = 0;
  const thirdPartyUrls = [];
  for (const request of requests) {
    if (!/^https?:/.test(request.url)) continue;
    if (new URL(request.url).origin !== site) {
      thirdParty++;
      thirdPartyUrls.push(request.url);
      continue;
    }
    const kind = { Document: 'html', Script: 'js', Stylesheet: 'css' }[request.resourceType];
    if (kind) bytes[kind] += await gzippedBytes(request.url);
  }
  return { ...bytes, thirdParty, thirdPartyUrls };
}

/** The page's scripts, largest first, gzipped: what to look at when JS is over budget. */
async function scriptSizes(lhr, site) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(site));
  const sized = await Promise.all(scripts.map(async (r) => ({ url: r.url.slice(site.length), bytes: await gzippedBytes(r.url) })));
  return sized.sort((a, b) => b.bytes - a.bytes);
}

async function measure(port, site, path, preset) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const flags = {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      // The 404 page is measured as the page a reader sees, despite its (correct) 404 status.
      ignoreStatusCode: path === missingPagePath,
    };
    const result = await lighthouse(`${site}${path}`, flags, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${path} (${preset}): ${lhr?.runtimeError?.message ?? 'no result'}`);
    const score = (id) => (lhr.categories[id]?.score == null ? undefined : Math.round(lhr.categories[id].score * 100));
    samples.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: lhr.audits['largest-contentful-paint']?.numericValue,
      tbt: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      ...(await weigh(lhr, site)),
      // Audits that cost points in the three non-performance categories, to say what to fix.
      failed: ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
      ),
      // Console errors other than the browser's own "404" for the 404 page's document.
      otherConsoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).filter(
        (item) => !(path === missingPagePath && (item.sourceLocation?.url ?? item.url) === `${site}${path}`),
      ).length,
      scripts: await scriptSizes(lhr, site),
    });
    process.stdout.write('.');
  }
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    path,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    html: pick('html'),
    js: pick('js'),
    css: pick('css'),
    thirdParty: pick('thirdParty'),
    thirdPartyUrls: [...new Set(samples.flatMap((s) => s.thirdPartyUrls))],
    failed: [...new Set(samples.flatMap((s) => s.failed))],
    otherConsoleErrors: Math.max(...samples.map((s) => s.otherConsoleErrors)),
    scripts: samples[0].scripts,
  };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const seconds = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

function table(rows) {
  const header = '| Page | Perf | A11y | Best pr. | SEO | LCP | TBT | CLS | HTML KB | JS KB | CSS KB | 3rd-party req. |';
  const rule = '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const lines = rows.map(
    (r) =>
      `| ${pageLabel(r.path)} | ${r.performance ?? 'n/a'} | ${r.accessibility ?? 'n/a'} | ${r.bestPractices ?? 'n/a'} | ${r.seo ?? 'n/a'} | ${seconds(r.lcp)} | ${Math.round(r.tbt ?? 0)} ms | ${(r.cls ?? 0).toFixed(3)} | ${kb(r.html)} | ${kb(r.js)} | ${kb(r.css)} | ${r.thirdParty} |`,
  );
  return [header, rule, ...lines].join('\n');
}

/** Targets (mobile): 100 in all four categories, CLS 0, TBT 0 ms, JS <= 150 KB gzip, no third party. */
function misses(rows) {
  const list = [];
  for (const r of rows) {
    const page = pageLabel(r.path);
    for (const [key, label] of [
      ['performance', 'Performance'],
      ['accessibility', 'Accessibility'],
      ['bestPractices', 'Best Practices'],
      ['seo', 'SEO'],
    ]) {
      // A 404 page must not be indexed: Lighthouse's SEO category marks that (status code, noindex) by design.
      if (key === 'seo' && r.path === missingPagePath) continue;
      // Its one console error is the browser reporting that 404 status, also by design.
      if (
        key === 'bestPractices' &&
        r.path === missingPagePath &&
        r.otherConsoleErrors === 0 &&
        r.failed.every((id) => ['errors-in-console', 'is-crawlable', 'http-status-code'].includes(id))
      )
        continue;
      if (r[key] !== undefined && r[key] < targets.score) list.push(`${page}: ${label} ${r[key]}`);
    }
    if ((r.cls ?? 0) > targets.cls) list.push(`${page}: CLS ${r.cls.toFixed(3)}`);
    if ((r.tbt ?? 0) > targets.tbt) list.push(`${page}: TBT ${Math.round(r.tbt)} ms`);
    if (r.js / 1024 > targets.jsKb) list.push(`${page}: JS ${kb(r.js)} KB gzip`);
    if (r.thirdParty > targets.thirdParty) list.push(`${page}: third-party requests ${r.thirdPartyUrls.join(', ')}`);
  }
  return list;
}

/** Ratios ours/peer of the medians over pages: below 1 means ours is smaller or faster. */
function comparison(ours, peer) {
  const over = (rows, key) => median(rows.map((r) => r[key]));
  const ratio = (a, b) => (a === undefined || !b ? 'n/a' : (a / b).toFixed(2));
  const line = (label, key, format) => {
    const a = over(ours, key);
    const b = over(peer, key);
    return `| ${label} | ${format(a)} | ${format(b)} | ${ratio(a, b)} |`;
  };
  const pairs = ours
    .map((row) => [row, peer.find((p) => p.path === peerPages[row.path])])
    .filter(([, p]) => p)
    .map(([row, p]) => `| ${pageLabel(row.path)} ↔ ${p.path} | ${seconds(row.lcp)} | ${seconds(p.lcp)} | ${ratio(row.lcp, p.lcp)} |`);
  return [
    '| Median over pages | Learn Docker | Starlight | ours/peer |',
    '|---|--:|--:|--:|',
    line('Performance', 'performance', (v) => String(v ?? 'n/a')),
    line('LCP', 'lcp', seconds),
    line('TBT', 'tbt', (v) => `${Math.round(v ?? 0)} ms`),
    line('JS on load (KB gzip)', 'js', (v) => kb(v ?? 0)),
    line('HTML (KB gzip)', 'html', (v) => kb(v ?? 0)),
    line('CSS (KB gzip)', 'css', (v) => kb(v ?? 0)),
    '',
    '| Page ↔ peer page | LCP ours | LCP peer | ours/peer |',
    '|---|--:|--:|--:|',
    ...pairs,
  ].join('\n');
}

async function main() {
  await build();
  const server = await startServer();
  const stopPeer = await startPeer().catch((error) => {
    console.log(`The peer could not start, measuring our pages only: ${error.message}`);
    return undefined;
  });
  let chrome;
  try {
    const pages = filterPages(await sitePages());
    if (!pages.length) throw new Error('BENCH_PAGES matched no page');
    const peer = stopPeer ? [...new Set(pages.map((path) => peerPages[path]).filter(Boolean))] : [];
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
    const results = {};
    for (const preset of presets) {
      results[preset] = { ours: [], peer: [] };
      // Each of our pages, then the peer's page on the same topic: the two are measured minutes apart at most.
      for (const path of pages) {
        for (const [site, label, list] of [
          [origin, '', results[preset].ours],
          ...(peerPages[path] && peer.includes(peerPages[path]) ? [[peerOrigin, 'peer ', results[preset].peer]] : []),
        ]) {
          const target = site === origin ? path : peerPages[path];
          if (list.some((row) => row.path === target)) continue;
          process.stdout.write(`${preset} ${label}${pageLabel(target)} `);
          const row = await measure(chrome.port, site, target, preset);
          list.push(row);
          process.stdout.write(
            ` perf ${row.performance}, LCP ${seconds(row.lcp)}, TBT ${Math.round(row.tbt ?? 0)} ms, JS ${kb(row.js)} KB\n`,
          );
          if (process.env.BENCH_VERBOSE)
            for (const script of row.scripts) console.log(`    ${kb(script.bytes).padStart(6)} KB  ${script.url}`);
        }
      }
    }

    const sections = presets.map((preset) => {
      const { ours, peer: peerRows } = results[preset];
      const notes = preset === 'mobile' ? misses(ours) : [];
      if (preset === 'mobile' && peerRows.length) {
        const ratio = median(ours.map((r) => r.lcp)) / median(peerRows.map((r) => r.lcp));
        if (ratio > targets.lcpRatio) notes.push(`median LCP ${ratio.toFixed(2)} × Starlight's (target ≤ ${targets.lcpRatio})`);
      }
      const failedAudits = [...new Set(ours.flatMap((r) => r.failed.map((id) => `${pageLabel(r.path)}: ${id}`)))];
      const title = preset === 'mobile' ? 'Mobile' : 'Desktop';
      return [
        `### ${title} (Lighthouse ${preset} preset, simulated throttling)`,
        '',
        table(ours),
        '',
        ...(preset === 'mobile' ? [notes.length ? `Targets missed: ${notes.join('; ')}.` : 'Every mobile target is met.', ''] : []),
        ...(failedAudits.length ? [`Audits not passed: ${failedAudits.join('; ')}.`, ''] : []),
        ...(peerRows.length
          ? [`#### ${title}: the Starlight peer in the same run`, '', table(peerRows), '', comparison(ours, peerRows), '']
          : []),
      ].join('\n');
    });
    const markdown = [
      '## Lighthouse',
      '',
      `${today()}, ${machine()}. Chromium ${(await chromeVersion(chrome.port)) ?? ''}, median of ${runs} run${runs > 1 ? 's' : ''} per page and preset.`,
      'Bytes are gzipped (level 6) sizes of what the page loads: the HTML document, its scripts',
      'and its stylesheet (the rules the page renders inline in the HTML; the rest of the sheet, a file per page, after the first paint). The 404 page is measured',
      'despite its 404 status; its SEO score is low by design (a 404 must not be indexed).',
      'Our pages are served by `next start`; the peer (the same notes as an Astro + Starlight site,',
      '`../shared/peer-starlight`) by its own `serve.sh`, in the same run.',
      `Targets on mobile: ${targets.score} in all four categories, CLS ${targets.cls}, TBT ${targets.tbt} ms, JS ≤ ${targets.jsKb} KB, no third-party request, median LCP ≤ ${targets.lcpRatio} × the peer's.`,
      '',
      ...sections,
    ].join('\n');
    console.log(`\n${markdown}`);
    if (!process.env.BENCH_PAGES) writeDocSection('bench:lighthouse', markdown);
    else console.log('(BENCH_PAGES is set: docs/benchmarks.md left as it is)');
  } finally {
    await chrome?.kill();
    stopServer(server);
    stopPeer?.();
  }
}

async function chromeVersion(port) {
  try {
    const info = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
    return info.Browser?.replace(/^[^/]*\//, '');
  } catch {
    return undefined;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
