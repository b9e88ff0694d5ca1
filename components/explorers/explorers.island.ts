import { defineIsland } from '@/lib/browser/define-island';
import { explorerKinds, explorerTags } from './explorers.contract';
import { loadExplorer } from './load-explorer';

/*
 * The explorers of the Dash and networks lessons (<ld-port-explorer>, <ld-network-explorer>).
 * The server renders each in its first state; the code that keeps it up to date loads only
 * when the reader scrolls near it or reaches it with the keyboard or a pointer, and reads the
 * inputs as they are then.
 */
for (const kind of explorerKinds) {
  defineIsland(explorerTags[kind], (explorer) => {
    let loading = false;
    const load = () => {
      if (loading) return;
      loading = true;
      // Looked up on each load, not at definition, so a test can watch it (load-explorer.ts).
      void loadExplorer[kind]().then(
        (module) => module.enhance(explorer),
        // Offline, or a new deploy replaced the file: let the next scroll, focus or click retry.
        () => {
          loading = false;
        },
      );
    };
    // The element takes no box (display: contents), and an observer never sees a box-less
    // element come into view: watch the explorer's section instead.
    const target = explorer.firstElementChild ?? explorer;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(target);
    explorer.addEventListener('focusin', load);
    explorer.addEventListener('pointerdown', load);
  });
}
