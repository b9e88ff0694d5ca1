import { defineIsland, whenNear } from '@/lib/browser/runtime';
import { explorerKinds, explorerTags } from './explorers.contract';
import { loadExplorer } from './load-explorer';

/*
 * The explorers of the Dash and networks lessons (<ld-port-explorer>, <ld-network-explorer>).
 * The server renders each in its first state; the code that keeps it up to date loads only
 * when the reader comes near it or reaches it with the keyboard or a pointer, and reads the
 * inputs as they are then. The loader is looked up on each load, so a test can watch it.
 */
for (const kind of explorerKinds)
  defineIsland(
    explorerTags[kind],
    whenNear(() => loadExplorer[kind]()),
  );
