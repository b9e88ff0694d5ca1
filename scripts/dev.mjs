// `npm run dev`: `next dev` with the island build in watch mode beside it, and the search
// index, sitemap and robots.txt written again when a lesson changes. One terminal, one Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';

const env = { ...process.env, NODE_ENV: 'development' };
const writeSiteFiles = () => spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/write-site-files.ts'], { stdio: 'inherit', env });

// Once first, so the islands' manifest and the search index exist before a page renders.
const first = spawnSync('npm', ['run', 'build:assets'], { stdio: 'inherit', env });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn(process.execPath, ['scripts/build-islands.mjs', '--watch'], { stdio: 'inherit' }),
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
let pending;
const lessonsWatcher = watch('content/lessons', () => {
  clearTimeout(pending);
  // A broken lesson fails here too, with the file and the problem; the page shows the same.
  pending = setTimeout(writeSiteFiles, 300);
});
const stop = () => {
  lessonsWatcher.close();
  children.forEach((child) => child.kill('SIGTERM'));
};
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
