// `node scripts/lantern-tasks.mjs <url>`: why a page has blocking time in Lighthouse's mobile preset. One Lighthouse
// run (simulated throttling, as `npm run bench`), then lantern's own simulation on that run's trace: its FCP
// estimate, the CPU tasks its FCP graph keeps, and every simulated task of 40 ms or more with its start and end
// and what it did in the browser. A task that starts after the simulated FCP and lasts over 50 ms is blocking time.
// Uses Lighthouse's computed artifacts (lighthouse 12.2.3, pinned in package.json). Serve the site first
// (`npm run build && npm start`) and pass a full URL.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';
import { readFileSync } from 'node:fs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node scripts/lantern-tasks.mjs http://127.0.0.1:3000/lessons/dash-app');
  process.exit(2);
}
const flags = ['--headless=new', ...JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'))];
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: flags });
let result;
try {
  result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
} finally {
  await chrome.kill();
}
if (!result?.lhr || result.lhr.runtimeError)
  throw new Error(`Lighthouse failed on ${url}: ${result?.lhr?.runtimeError?.message ?? 'no result'}`);
const { artifacts, lhr } = result;
const settings = lhr.configSettings;
const data = {
  trace: artifacts.Trace,
  devtoolsLog: artifacts.DevtoolsLog,
  gatherContext: artifacts.GatherContext,
  settings,
  URL: artifacts.URL,
};
const context = { computedCache: new Map(), settings };
const fcp = await LanternFirstContentfulPaint.request(data, context);
const tbt = await LanternTotalBlockingTime.request(data, context);

const ms = (value) => `${Math.round(value)} ms`;
const did = (node) =>
  node.childEvents
    .filter((event) => event.dur > 1000)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 4)
    .map((event) => `${event.name} ${(event.dur / 1000).toFixed(1)}`)
    .join(', ');

console.log(
  `${url}\nTBT ${ms(tbt.timing)} (optimistic ${ms(tbt.optimisticEstimate.timeInMs)}, pessimistic ${ms(tbt.pessimisticEstimate.timeInMs)})`,
);
console.log(`simulated FCP ${ms(fcp.optimisticEstimate.timeInMs)} (optimistic), ${ms(fcp.pessimisticEstimate.timeInMs)} (pessimistic)`);
console.log('CPU tasks in the FCP graph (observed duration):');
fcp.pessimisticGraph.traverse((node) => {
  if (node.type === 'cpu') console.log(`  ${(node.event.dur / 1000).toFixed(1)} ms: ${did(node)}`);
});
console.log('simulated tasks of 40 ms or more (pessimistic run):');
for (const [node, timing] of tbt.pessimisticEstimate.nodeTimings) {
  if (node.type !== 'cpu' || timing.duration < 40) continue;
  console.log(`  ${ms(timing.startTime)}–${ms(timing.endTime)} (observed ${(node.event.dur / 1000).toFixed(1)} ms): ${did(node)}`);
}
