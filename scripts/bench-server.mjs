// Shared by the benchmarks (scripts/bench.mjs, scripts/bench-load.mjs): a production build in
// its own folder, `next start` on a loopback port, the page list, the machine, and the
// sections of docs/benchmarks.md. Not part of `npm test`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export const distDir = process.env.NEXT_DIST_DIR ?? '.next-bench';
export const port = Number(process.env.BENCH_PORT ?? 3390);
export const origin = `http://127.0.0.1:${port}`;
export const missingPagePath = '/lessons/no-such-lesson';
const nextBin = 'node_modules/next/dist/bin/next';
const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };

function run(command, args, label) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

/** `npm run build` (islands, site files, `next build`) into the benchmark's own folder, unless BENCH_SKIP_BUILD=1 and one exists. */
export async function build() {
  if (process.env.BENCH_SKIP_BUILD && existsSync(`${distDir}/BUILD_ID`)) {
    console.log(`Using the existing build in ${distDir} (BENCH_SKIP_BUILD)`);
    return;
  }
  console.log(`Building into ${distDir} ...`);
  const started = Date.now();
  await run('npm', ['run', 'build'], 'npm run build');
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** `next start` on 127.0.0.1; resolves once the home page answers. */
export async function startServer() {
  // Never benchmark someone else's server that happens to listen on the port.
  const busy = await fetch(`${origin}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`${origin} already answers; set BENCH_PORT to a free port`);
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`next start did not answer on ${origin} within 60 s:\n${output}`);
}

export function stopServer(child) {
  if (child && child.exitCode === null) child.kill('SIGTERM');
}

/*
 * The peer: the same notes built with Astro + Starlight (../shared/peer-starlight), served by
 * its own serve.sh. Measured in the same run as our pages, so the machine's drift cancels out
 * in the ratios. BENCH_PEER=0 skips it; BENCH_PEER_DIR points elsewhere.
 */
const peerDir = process.env.BENCH_PEER_DIR ?? '../shared/peer-starlight';
export const peerPort = Number(process.env.PEER_PORT ?? 4321);
export const peerOrigin = `http://127.0.0.1:${peerPort}`;

/** Our page → the peer's page about the same part of the notes. */
export const peerPages = {
  '/': '/',
  '/lessons/architecture': '/architecture/',
  '/lessons/installation': '/installation/',
  '/lessons/video-walkthrough': '/video-tutorial/',
  '/lessons/dash-app': '/dash-example/',
  // The peer keeps the notes' one page for the Dash example; lessons 5 and 6 split it in two.
  '/lessons/run-dash-app': '/dash-example/',
  '/lessons/compose-networks': '/compose-networking/',
};

/** Builds (once, cached) and serves the peer; resolves to a stop function, or undefined when there is none. */
export async function startPeer() {
  if (process.env.BENCH_PEER === '0') return undefined;
  if (!existsSync(`${peerDir}/serve.sh`)) {
    console.log(`No peer at ${peerDir} (BENCH_PEER_DIR): measuring our pages only`);
    return undefined;
  }
  console.log(`Starting the peer (${peerDir}/serve.sh; the first build takes about a minute) ...`);
  const output = await new Promise((resolve, reject) => {
    const child = spawn('bash', [`${peerDir}/serve.sh`], {
      env: { ...process.env, PEER_PORT: String(peerPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`peer serve.sh failed (exit ${code}):\n${text}`))));
  });
  const pid = Number(/pid (\d+)/.exec(output)?.[1]);
  return () => {
    if (pid) process.kill(pid, 'SIGTERM');
  };
}

/** Every page of the sitemap as a path, plus the 404 page. */
export async function sitePages() {
  const xml = await (await fetch(`${origin}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  return [...paths, missingPagePath];
}

/** BENCH_PAGES=architecture,404 keeps the pages whose path contains one of the words. */
export function filterPages(pages) {
  const words = (process.env.BENCH_PAGES ?? '')
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  if (!words.length) return pages;
  return pages.filter((page) =>
    words.some((word) => (word === '404' ? page === missingPagePath : word === '/' ? page === '/' : page.includes(word))),
  );
}

export function pageLabel(path) {
  return path === missingPagePath ? '404 page' : path;
}

/** Load average when the script started: figures taken on a busy machine are not comparable. */
const loadAtStart = os.loadavg()[0];

export function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}, load average ${loadAtStart.toFixed(1)} at the start (${os.loadavg()[0].toFixed(1)} at the end)`;
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** Resident memory (VmRSS) of a process and its children, in MB, from /proc. */
export function rssMegabytes(pid) {
  const pids = [pid, ...descendants(pid)];
  let kilobytes = 0;
  for (const p of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (match) kilobytes += Number(match[1]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return { megabytes: kilobytes / 1024, processes: pids.length };
}

function descendants(pid) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid (after the command name in parentheses).
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const found = [];
  const walk = (parent) => {
    for (const [child, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

const docPath = 'docs/benchmarks.md';
const docIntro = `# Benchmarks

Measured by \`npm run bench\` (Lighthouse 12.2.3 on every page) and \`npm run bench:load\`
(autocannon against one lesson). Both build the site into \`${distDir}\` and serve it with
\`next start\` on 127.0.0.1, so the figures include Next's own server but no network. Re-run
them after a change that may matter; they are not part of \`npm test\`.

<!-- bench:lighthouse:start -->
<!-- bench:lighthouse:end -->

<!-- bench:load:start -->
<!-- bench:load:end -->
`;

/** Replaces the section between `<!-- name:start -->` and `<!-- name:end -->` (or appends it). */
export function writeDocSection(name, markdown) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : docIntro;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  doc = from >= 0 && to > from ? doc.slice(0, from) + block + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(docPath, doc);
  console.log(`Wrote the ${name} section of ${docPath}`);
}
