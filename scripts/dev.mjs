// `npm run dev`: the island build in watch mode beside `next dev`, one terminal, one Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';

// Once first, so the islands' manifest and the search index exist before a page renders.
const first = spawnSync('npm', ['run', 'build:assets'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'development' } });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn(process.execPath, ['scripts/build-islands.mjs', '--watch'], { stdio: 'inherit' }),
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
for (const child of children) child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
