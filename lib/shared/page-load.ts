/**
 * How a page loads what its HTML does not carry, as attributes of <html>: pages/_document.tsx
 * writes the lists, the head script (lib/server/head-script.ts) reads them and marks the states,
 * the islands' runtime (lib/browser/define-island.ts) marks its own, and the E2E fixtures wait
 * for `ready` as a reader waits for the page.
 */
export const loadAttributes = {
  /** Space-separated stylesheet URLs: the page's rest sheet, what its inline critical CSS lacks. */
  css: 'data-css',
  /** Space-separated island module URLs (lib/server/island-manifest.ts). */
  islands: 'data-islands',
  /** Set while elements of a newly defined island wait for their turn to connect. */
  connecting: 'data-connecting',
  /** Set once the stylesheets have loaded and every island has run and connected its elements. */
  ready: 'data-ready',
} as const;
