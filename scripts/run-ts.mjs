// Runs one of our TypeScript scripts with Node: esbuild (already a dependency) bundles it with
// our own modules (the `@/` paths of tsconfig.json) and leaves packages to node_modules.
//   node scripts/run-ts.mjs scripts/write-site-files.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const [entry] = process.argv.slice(2);
if (!entry) throw new Error('usage: node scripts/run-ts.mjs <script.ts>');
const outDir = path.resolve('node_modules/.cache/learn-docker');
mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
