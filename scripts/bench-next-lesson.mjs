// `npm run bench:next`: how fast the next lesson appears after a click on "Next", with and
// without the lesson pager's speculation rules. The figure is the next page's LCP counted from
// its navigation (for a prerendered page, from its activation: what the reader waits), plus the
// wall time from the click to that LCP. Median of BENCH_RUNS (default 5) per lesson pair and
// variant, the variants interleaved (without, with, without, with, …) so the machine's load
// hits both alike.
//
// No DevTools client may be attached: Chromium disables prerendering whenever one is
// (PrerenderingDisabledByDevTools), so Playwright or any CDP session would never see a
// prerender. Instead Chromium runs as a plain child process (headless, no --remote-debugging-*)
// against a loopback proxy in front of `next start`. The proxy injects a small harness script
// into the lesson pages (and adds its hash to the CSP, nothing else of the CSP changes); the
// harness scrolls the FROM page to its end, waits, clicks Next, reads the TO page's LCP and
// reports to the proxy by sendBeacon. "Without" strips the speculation rules and the pager's
// island (whose only job is to add the near-end rule) from the HTML; nothing else differs.
// Without CDP there is no CPU or network throttling: the figures are unthrottled loopback.
//   BENCH_SKIP_BUILD=1   reuse the build in .next-bench
//   BENCH_RUNS=n         clicks per pair and variant (default 5)
//   CHROME_PATH          the Chromium to run (default /usr/bin/chromium)
//   BENCH_CHROME_LOG=1   keep Chromium's stderr of every run in the temporary folder and print its path
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { build, machine, port as upstreamPort, startServer, stopServer, today, writeDocSection } from './bench-server.mjs';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const pairs = [
  ['/lessons/architecture', '/lessons/installation'],
  ['/lessons/dash-app', '/lessons/run-dash-app'],
  ['/lessons/docker-compose', '/lessons/compose-networks'],
];
const flags = JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'));
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}; set CHROME_PATH`);
const runTimeout = 30_000;
const keepChromeLog = process.env.BENCH_CHROME_LOG === '1';

const median = (values) => {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value === undefined ? 'n/a' : `${value.toFixed(0)} ms`);
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/*
 * The harness, injected before </body> of every lesson page; it acts only on the run's FROM and
 * TO pages, and in a prerendered document only once it is activated. Its exact text is hashed
 * into the CSP, so it is built once per run (the run's id and pages are part of it).
 */
function harness(run) {
  const config = JSON.stringify({ id: run.id, from: run.from, to: run.to });
  return `(() => {
  const run = ${config};
  const here = location.pathname.replace(/\\/$/, '');
  if (here !== run.from && here !== run.to) return;
  const send = (data) => navigator.sendBeacon('/__bench', JSON.stringify({ id: run.id, ...data }));
  const whenActive = (act) => (document.prerendering ? document.addEventListener('prerenderingchange', act, { once: true }) : act());
  if (here === run.from) {
    whenActive(() => {
      const read = () => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        setTimeout(() => {
          const next = document.querySelector('a[rel~="next"]');
          send({ type: 'click', at: performance.timeOrigin + performance.now(), href: next ? next.pathname : null });
          if (next) next.click();
        }, 2500);
      };
      if (document.readyState === 'complete') read();
      else addEventListener('load', read, { once: true });
    });
  } else {
    whenActive(() => {
      let last = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) last = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => {
        const navigation = performance.getEntriesByType('navigation')[0];
        const activationStart = navigation ? navigation.activationStart || 0 : 0;
        send({
          type: 'lcp',
          lcp: last === null ? null : Math.max(0, last - activationStart),
          lcpAt: last === null ? null : performance.timeOrigin + last,
          activationStart,
          prerendered: activationStart > 0,
          url: location.href,
        });
      }, 2000);
    });
  }
})();`;
}

/* ---- The proxy: 127.0.0.1 only, in front of `next start`. ---- */

/** The run in progress: its pages, variant, harness, the lesson documents fetched, the beacons. */
let current = null;

const lessonDocument = (pathname) => pathname.startsWith('/lessons/');

function rewriteHtml(html, run) {
  let body = html;
  if (!run.speculate) {
    body = body
      .replace(/<script type="speculationrules">[^<]*<\/script>/g, '')
      .replace(/<script[^>]*\ssrc="\/islands\/lesson-pager-[^"]*\.js"[^>]*><\/script>/g, '')
      .replace(/<link[^>]*\shref="\/islands\/lesson-pager-[^"]*\.js"[^>]*\/?>/g, '')
      // The head script loads the islands listed on <html data-islands> (lib/server/head-script.ts).
      .replace(
        / data-islands="([^"]*)"/,
        (_, list) =>
          ` data-islands="${list
            .split(' ')
            .filter((url) => !url.startsWith('/islands/lesson-pager-'))
            .join(' ')}"`,
      );
  }
  const at = body.lastIndexOf('</body>');
  const script = `<script>${run.harness}</script>`;
  return at >= 0 ? body.slice(0, at) + script + body.slice(at) : body + script;
}

/** The page's CSP with the harness's hash added to script-src; every other source stays as it was. */
function rewriteCsp(csp, run) {
  return csp
    .split(';')
    .map((directive) => (/^\s*script-src\s/.test(directive) ? `${directive.trimEnd()} ${run.harnessHash}` : directive))
    .join(';');
}

function handleBeacon(request, response) {
  let text = '';
  request.on('data', (chunk) => (text += chunk));
  request.on('end', () => {
    response.writeHead(204).end();
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      return;
    }
    if (!current || data.id !== current.id) return;
    if (data.type === 'click') current.click = data;
    if (data.type === 'lcp') current.done(data);
  });
}

const proxy = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (url.pathname === '/__bench' && request.method === 'POST') return handleBeacon(request, response);
  const run = current;
  if (run && request.headers['sec-fetch-dest'] === 'document' && lessonDocument(url.pathname)) {
    run.fetched.push({ path: url.pathname.replace(/\/$/, ''), purpose: request.headers['sec-purpose'] ?? '', at: Date.now() });
  }
  const headers = { ...request.headers, host: `127.0.0.1:${upstreamPort}`, 'accept-encoding': 'identity' };
  const upstream = http.request({ host: '127.0.0.1', port: upstreamPort, method: request.method, path: request.url, headers }, (answer) => {
    const isHtml = /^text\/html/.test(answer.headers['content-type'] ?? '');
    if (!run || !isHtml || !lessonDocument(url.pathname) || request.method !== 'GET') {
      response.writeHead(answer.statusCode, answer.headers);
      answer.pipe(response);
      return;
    }
    const chunks = [];
    answer.on('data', (chunk) => chunks.push(chunk));
    answer.on('end', () => {
      const body = Buffer.from(rewriteHtml(Buffer.concat(chunks).toString('utf8'), run));
      const out = { ...answer.headers };
      for (const name of ['content-length', 'content-encoding', 'transfer-encoding', 'etag']) delete out[name];
      if (out['content-security-policy']) out['content-security-policy'] = rewriteCsp(out['content-security-policy'], run);
      out['content-length'] = String(body.length);
      response.writeHead(answer.statusCode, out);
      response.end(body);
    });
  });
  upstream.on('error', (error) => response.destroy(error));
  request.pipe(upstream);
});

/* ---- One click: a fresh Chromium, no DevTools client. ---- */

async function once(from, to, speculate, index) {
  const id = randomUUID();
  const run = { id, from, to, speculate, fetched: [], click: null };
  run.harness = harness(run);
  run.harnessHash = sha256(run.harness);
  const result = new Promise((resolve) => {
    run.done = resolve;
    setTimeout(() => resolve(null), runTimeout);
  });
  current = run;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-next-chromium-'));
  const args = [...flags, '--headless=new', `--user-data-dir=${profile}`, '--window-size=412,823', `${proxyOrigin}${from}`];
  // Its own process group, so that the browser and its helpers end together (by this group's id).
  const chrome = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  chrome.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => chrome.on('exit', resolve));
  const data = await Promise.race([result, exited.then(() => 'exited')]);
  current = null;
  try {
    process.kill(-chrome.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  const stopped = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 5000))]);
  if (!stopped) {
    try {
      process.kill(-chrome.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  if (keepChromeLog) writeFileSync(path.join(logDir, `${from.split('/').pop()}-${speculate ? 'with' : 'without'}-${index}.log`), log);
  rmSync(profile, { recursive: true, force: true });
  const label = `${from} → ${to}, ${speculate ? 'with' : 'without'} rules, run ${index + 1}`;
  if (data === null || data === 'exited' || data.lcp === null) {
    const why =
      data === null
        ? `no beacon within ${runTimeout / 1000} s`
        : data === 'exited'
          ? `Chromium exited (${chrome.exitCode})`
          : 'no LCP entry';
    console.log(`  ${label}: failed (${why}); Chromium's stderr ends:\n${log.slice(-1500)}`);
    return { failed: true, fetched: run.fetched };
  }
  const clickToLcp = run.click && data.lcpAt !== null ? data.lcpAt - run.click.at : undefined;
  const toFetches = run.fetched.filter((f) => f.path === to);
  const prerenderFetch = toFetches.find((f) => /prerender/.test(f.purpose));
  // The proxy's clock (Date.now) against the page's (timeOrigin + now): both wall time, to a few ms.
  const lead =
    prerenderFetch && run.click
      ? ` (its request reached the proxy ${((run.click.at - prerenderFetch.at) / 1000).toFixed(1)} s before the click)`
      : '';
  console.log(
    `  ${label}: LCP ${ms(data.lcp)} from ${data.prerendered ? 'activation' : 'navigation'}, click → LCP ${ms(clickToLcp)}` +
      `${data.prerendered ? `, prerendered${lead}` : ''}${prerenderFetch && !data.prerendered ? ' (a prerender was fetched but not used)' : ''}` +
      `${!speculate && prerenderFetch ? ' WARNING: a prerender without the rules' : ''}`,
  );
  return { ...data, clickToLcp, prerenderFetch: Boolean(prerenderFetch), fetched: run.fetched };
}

function summarise(results, from, to) {
  const ok = results.filter((r) => !r.failed);
  const others = new Set(results.flatMap((r) => r.fetched.map((f) => f.path)).filter((p) => p !== from && p !== to));
  return {
    lcp: median(ok.map((r) => r.lcp)),
    clickToLcp: median(ok.map((r) => r.clickToLcp).filter((v) => v !== undefined)),
    prerendered: ok.filter((r) => r.prerendered).length,
    prerenderFetched: ok.filter((r) => r.prerenderFetch).length,
    measured: ok.length,
    failed: results.length - ok.length,
    others: [...others],
  };
}

await build();
const server = await startServer();
await new Promise((resolve) => proxy.listen(Number(process.env.BENCH_PROXY_PORT ?? 0), '127.0.0.1', resolve));
const proxyOrigin = `http://127.0.0.1:${proxy.address().port}`;
const logDir = keepChromeLog ? mkdtempSync(path.join(os.tmpdir(), 'bench-next-logs-')) : '';
console.log(
  `Proxy on ${proxyOrigin} → next start on 127.0.0.1:${upstreamPort}; Chromium ${executablePath}, headless, no DevTools client, no throttling (impossible without CDP)`,
);
const rows = [];
try {
  for (const [from, to] of pairs) {
    const results = { false: [], true: [] };
    for (let i = 0; i < runs; i++) {
      for (const speculate of [false, true]) results[speculate].push(await once(from, to, speculate, i));
    }
    const before = summarise(results.false, from, to);
    const after = summarise(results.true, from, to);
    rows.push({ from, to, before, after });
    console.log(
      `${from} → ${to}: LCP ${ms(before.lcp)} from navigation without rules → ${ms(after.lcp)} from activation with them` +
        ` (click → LCP ${ms(before.clickToLcp)} → ${ms(after.clickToLcp)}; prerendered ${after.prerendered}/${after.measured}` +
        `${after.failed + before.failed ? `, ${after.failed + before.failed} runs failed` : ''}` +
        `${before.prerenderFetched ? `; WARNING: ${before.prerenderFetched} runs without the rules prerendered` : ''}; other lessons fetched: ${[...new Set([...before.others, ...after.others])].join(', ') || 'none'})`,
    );
  }
} finally {
  current = null;
  proxy.close();
  stopServer(server);
}
if (keepChromeLog) console.log(`Chromium's stderr of every run: ${logDir}`);

const cell = (s) => `${ms(s.lcp)}`;
const table = [
  `Measured ${today()} on ${machine()}; Chromium (${executablePath}, headless, 412×823 window, fresh profile per click), median of ${runs} clicks per pair and variant, the variants interleaved.`,
  '',
  'Unthrottled loopback: Chromium disables prerendering while a DevTools client is attached, so the browser runs with none, and without one there is no CPU or network throttling. A proxy in front of `next start` adds a small harness script (and its hash to the CSP) that scrolls to the end of the lesson, waits 2.5 s, clicks Next and reports the next page’s LCP by beacon. "No rules" strips the speculation rules and the pager’s island from the HTML.',
  '',
  '| click on Next | no rules: LCP from navigation | click → LCP | with the rules: LCP from activation | click → LCP | prerendered | other lessons fetched |',
  '|---|--:|--:|--:|--:|--:|---|',
  ...rows.map(
    (r) =>
      `| ${r.from} → ${r.to} | ${cell(r.before)} | ${ms(r.before.clickToLcp)} | ${cell(r.after)} | ${ms(r.after.clickToLcp)} | ${r.after.prerendered}/${r.after.measured}${r.after.failed + r.before.failed ? ` (${r.after.failed + r.before.failed} failed)` : ''} | ${[...new Set([...r.before.others, ...r.after.others])].join(', ') || 'none'} |`,
  ),
].join('\n');
writeDocSection('bench:next', `### Next lesson after a click (npm run bench:next)\n\n${table}`);
