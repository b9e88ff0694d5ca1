// Bundles the browser islands (components/<feature>/<name>.island.ts, one entry each) with esbuild into hashed ES
// modules under public/islands/, code shared by several islands in chunks, and writes
// public/islands/manifest.json: for each island its file and the chunks it imports statically,
// which pages/_document.tsx turns into one <script type="module"> plus <link rel="modulepreload">s.
//   node scripts/build-islands.mjs           build once (npm run build runs this first)
//   node scripts/build-islands.mjs --watch   rebuild on change (npm run dev)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const islandSuffix = '.island.ts';
const outDir = path.join(root, 'public', 'islands');
const publicPath = '/islands';
const watch = process.argv.includes('--watch');

/**
 * Every `<name>.island.ts` under components/ is an island, wherever its feature's folder is:
 * the feature keeps its markup, its island and their contract side by side.
 */
export function islandEntries(dir = path.join(root, 'components')) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => relative.endsWith(islandSuffix))
    .sort()
    .map((relative) => ({ name: path.basename(relative, islandSuffix), file: path.join(dir, relative) }));
}

/** The manifest from esbuild's metafile: island name → its file and its static chunk imports. */
export function manifestOf(metafile, names) {
  const islands = {};
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (!info.entryPoint || !output.endsWith('.js')) continue;
    // Modules loaded with import() get an entryPoint too; only <name>.island.ts are islands.
    if (!info.entryPoint.endsWith(islandSuffix)) continue;
    const name = path.basename(info.entryPoint, islandSuffix);
    if (!names.includes(name)) continue;
    const url = (file) => `${publicPath}/${path.relative(outDir, path.resolve(root, file)).split(path.sep).join('/')}`;
    islands[name] = {
      file: url(output),
      // Static imports only: the chunks that must load before the island runs. Dynamic
      // imports (search index, explorers' logic) load on first use.
      imports: info.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => url(i.path)),
    };
  }
  return { islands };
}

const entries = islandEntries();
const options = {
  absWorkingDir: root,
  entryPoints: Object.fromEntries(entries.map(({ name, file }) => [name, file])),
  outdir: outDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    {
      name: 'manifest',
      setup(build) {
        build.onEnd((result) => {
          if (!result.metafile) return;
          mkdirSync(outDir, { recursive: true });
          writeFileSync(
            path.join(outDir, 'manifest.json'),
            `${JSON.stringify(
              manifestOf(
                result.metafile,
                entries.map((entry) => entry.name),
              ),
              null,
              2,
            )}\n`,
          );
          if (watch) console.log(`islands: rebuilt ${entries.length} islands`);
        });
      },
    },
  ],
};

if (process.argv[1] === import.meta.filename) {
  if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
    console.log(`islands: watching components/**/*${islandSuffix} → public/islands/`);
  } else {
    // Stale hashed files from earlier builds would ship with the site.
    rmSync(outDir, { recursive: true, force: true });
    await esbuild.build(options);
  }
}
