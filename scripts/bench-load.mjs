// `npm run bench:load`: autocannon against `next start` on loopback, one lesson page, 30 s,
// 50 connections. Reports requests/s, p50/p99 latency, errors (must be 0) and the server's
// resident memory before and after, and writes them to docs/benchmarks.md.
//   BENCH_LOAD_PATH=/lessons/x   another page (default: the first lesson of the sitemap)
//   BENCH_DURATION=10            seconds (default 30); BENCH_CONNECTIONS (default 50)
//   BENCH_SKIP_BUILD=1           reuse the build in .next-bench
import autocannon from 'autocannon';
import { build, machine, origin, rssMegabytes, sitePages, startServer, stopServer, today, writeDocSection } from './bench-server.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function main() {
  await build();
  const server = await startServer();
  try {
    const path = process.env.BENCH_LOAD_PATH ?? (await sitePages()).find((p) => p.startsWith('/lessons/'));
    if (!path) throw new Error('no lesson in the sitemap');
    // One warm-up request, so "before" is the memory of a server that has served the page once.
    await (await fetch(`${origin}${path}`)).text();
    const before = rssMegabytes(server.pid);
    console.log(`autocannon ${origin}${path}: ${connections} connections, ${duration} s ...`);
    const result = await autocannon({
      url: `${origin}${path}`,
      connections,
      duration,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    const after = rssMegabytes(server.pid);

    const errors = result.errors + result.timeouts + result.non2xx;
    const markdown = [
      '## Load',
      '',
      `${today()}, ${machine()}. \`next start\` on 127.0.0.1 and autocannon 8 on the same machine`,
      `(they share its cores), ${connections} connections for ${duration} s against \`${path}\` (gzip accepted).`,
      '',
      '| Requests/s (mean) | Latency p50 | Latency p99 | Requests | Errors (incl. timeouts, non-2xx) | Server RSS before | Server RSS after |',
      '|--:|--:|--:|--:|--:|--:|--:|',
      `| ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.requests.total} | ${errors} | ${before.megabytes.toFixed(0)} MB | ${after.megabytes.toFixed(0)} MB |`,
      '',
      `RSS is VmRSS from /proc/<pid>/status, summed over the server process and its children (${after.processes}).`,
    ].join('\n');
    console.log(`\n${markdown}\n`);
    writeDocSection('bench:load', markdown);
    if (errors > 0) {
      console.error(`${errors} requests failed`);
      process.exitCode = 1;
    }
  } finally {
    stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
