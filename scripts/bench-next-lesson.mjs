// `npm run bench:next`: how fast the next lesson appears after a click on "Next", with and
// without the lesson pager's speculation rules, in one run of Chromium on a throttled phone
// profile (Lighthouse's mobile: 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s down). The figure is
// the next page's LCP counted from the click's navigation (for a prerendered page, from its
// activation: what the reader waits). Median of BENCH_RUNS (default 5) per lesson pair.
// "Without" strips the rules from the HTML as it arrives; nothing else differs.
//   BENCH_SKIP_BUILD=1   reuse the build in .next-bench
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { build, machine, origin, startServer, stopServer, today, writeDocSection } from './bench-server.mjs';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const pairs = [
  ['/lessons/architecture', '/lessons/installation'],
  ['/lessons/dash-app', '/lessons/share-image'],
  ['/lessons/docker-compose', '/lessons/compose-networks'],
];
const flags = JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'));
const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Reads the page's LCP (from activation for a prerendered page) once it is final. */
const lcpOfPage = () =>
  new Promise((resolve) => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const activation = navigation?.activationStart ?? 0;
    let last = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) last = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => resolve({ lcp: Math.max(0, last - activation), prerendered: activation > 0 }), 1500);
  });

async function once(browser, from, to, speculate) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  if (!speculate) {
    await page.route(`${origin}/lessons/**`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="speculationrules">[^<]*<\/script>/g, '');
      await route.fulfill({ response, body });
    });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  const fetched = [];
  page.on('request', (request) => request.resourceType() === 'document' && fetched.push(new URL(request.url()).pathname));
  await page.goto(`${origin}${from}`, { waitUntil: 'load' });
  // The reader reads to the end, then points at Next.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const next = page.locator('a[rel~="next"]');
  await next.hover();
  await page.waitForTimeout(2500);
  await Promise.all([page.waitForURL(`**${to}`), next.click()]);
  const result = await page.evaluate(lcpOfPage);
  await context.close();
  return { ...result, fetched };
}

await build();
const server = await startServer();
const browser = await chromium.launch({ executablePath, args: flags });
const rows = [];
try {
  for (const [from, to] of pairs) {
    const figures = {};
    for (const speculate of [false, true]) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await once(browser, from, to, speculate));
      const others = new Set(results.flatMap((r) => r.fetched).filter((path) => path !== from && path !== to));
      figures[speculate] = { lcp: median(results.map((r) => r.lcp)), prerendered: results.filter((r) => r.prerendered).length, others: [...others] };
    }
    rows.push({ from, to, before: figures.false, after: figures.true });
    console.log(`${from} → ${to}: ${figures.false.lcp.toFixed(0)} ms → ${figures.true.lcp.toFixed(0)} ms (prerendered ${figures.true.prerendered}/${runs}; other lessons fetched: ${figures.true.others.join(', ') || 'none'})`);
  }
} finally {
  await browser.close();
  stopServer(server);
}
const table = [
  `Measured ${today()} on ${machine()}; Chromium, mobile profile (4× CPU, 150 ms RTT, 1.6 Mbit/s), median of ${runs} clicks each.`,
  '',
  '| click on Next | LCP after the click, no rules | with the rules | prerendered | other lessons fetched |',
  '|---|--:|--:|--:|---|',
  ...rows.map((r) => `| ${r.from} → ${r.to} | ${r.before.lcp.toFixed(0)} ms | ${r.after.lcp.toFixed(0)} ms | ${r.after.prerendered}/${runs} | ${r.after.others.join(', ') || 'none'} |`),
].join('\n');
writeDocSection('bench:next', `### Next lesson after a click (npm run bench:next)\n\n${table}`);
