import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { islandEntries } from '@/scripts/build-islands.mjs';

/*
 * Where code runs is the shape of lib/: lib/content and lib/server run at build time and on
 * the server (they may read files with node:*); lib/shared and lib/browser, and everything an
 * island bundles, ship to the browser. These tests fail when browser code reaches build code,
 * the way Starlight's no-internal-barrel-imports test guards its boundary.
 */

const root = process.cwd();
/** Folders whose code never ships to the browser, and packages that must not either. */
const serverOnly = ['lib/content/', 'lib/server/', 'tests/', 'scripts/', 'pages/', 'e2e/'];
const serverOnlyPackages = [
  'node_modules/react/',
  'node_modules/react-dom/',
  'node_modules/next/',
  'node_modules/shiki/',
  'node_modules/mdx-bundler/',
];

type Entry = { name: string; file: string };

/** Every module the island build bundles (entries, chunks and what they load with import()). */
async function islandInputs(): Promise<{ inputs: string[]; nodeImports: string[] }> {
  const nodeImports: string[] = [];
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: (islandEntries() as Entry[]).map((entry) => entry.file),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: 'out-boundaries',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-node-builtins',
        setup(build) {
          build.onResolve({ filter: /^node:/ }, (args) => {
            nodeImports.push(`${path.relative(root, args.importer)} imports ${args.path}`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return { inputs: Object.keys(result.metafile.inputs), nodeImports };
}

/** The import specifiers of a module, static and dynamic. */
const specifiers = (source: string) => [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('test-dom.ts'))
    .map((file) => path.join(dir, file));
}

describe('what ships to the browser', () => {
  it('the islands bundle no build-time, server or test code, no node:* module and no React', async () => {
    const { inputs, nodeImports } = await islandInputs();
    expect(inputs.length).toBeGreaterThan(10);
    expect(nodeImports).toEqual([]);
    expect(inputs.filter((input) => serverOnly.some((dir) => input.startsWith(dir)))).toEqual([]);
    expect(inputs.filter((input) => serverOnlyPackages.some((dir) => input.startsWith(dir)))).toEqual([]);
  });

  it.each(['lib/shared', 'lib/browser'])('%s imports nothing from lib/content, lib/server or node:*', (dir) => {
    const crossings = sourceFiles(dir).flatMap((file) =>
      specifiers(readFileSync(path.join(root, file), 'utf8'))
        .filter((spec) => spec.startsWith('node:') || /(^@\/|\.\.\/)(lib\/)?(content|server)\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(crossings).toEqual([]);
  });
});
