import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { islandEntries, manifestOf } from '@/scripts/build-islands.mjs';
import { islandNames } from './islands';

type Entry = { name: string; file: string };

describe('islands', () => {
  it('lib/server/islands.ts lists exactly the components/**/*.island.ts modules', () => {
    expect((islandEntries() as Entry[]).map((entry) => entry.name).sort()).toEqual([...islandNames].sort());
  });

  it('the manifest names each island’s file and the chunks it imports statically, not the ones it loads later', () => {
    const metafile = {
      outputs: {
        'public/islands/code-block-AAAA.js': {
          entryPoint: 'components/code-block/code-block/code-block.island.ts',
          imports: [
            { path: 'public/islands/chunks/chunk-BBBB.js', kind: 'import-statement' },
            { path: 'public/islands/chunks/dialog-CCCC.js', kind: 'dynamic-import' },
          ],
        },
        // A module loaded with import() gets an entryPoint too: it is not an island.
        'public/islands/chunks/dialog-CCCC.js': { entryPoint: 'components/search/search-dialog.ts', imports: [] },
        'public/islands/chunks/chunk-BBBB.js': { imports: [] },
      },
    };
    expect(manifestOf(metafile, ['code-block'])).toEqual({
      islands: { 'code-block': { file: '/islands/code-block-AAAA.js', imports: ['/islands/chunks/chunk-BBBB.js'] } },
    });
  });
});
