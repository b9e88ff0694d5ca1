import { start } from './start';

/*
 * An island is a custom element (`<ld-toc>`, Starlight's pattern): its tag is the contract
 * with the server's markup and the scope of its behaviour. The browser upgrades every element
 * of the tag, those in the page and those added later, by calling connectedCallback; no
 * document-wide scan. The behaviour gets its element and works inside it.
 */

export type IslandTag = `ld-${string}`;
type Connect = (element: HTMLElement) => void;

/*
 * The behaviour of each tag, looked up when an element connects rather than closed over by the
 * element's class. In a browser an island's module runs once per page, so this holds one entry
 * per tag. The unit tests run a module again for each simulated page view in one window, where
 * a tag can be defined only once: the class stays, and the newest module's behaviour is used
 * (lib/browser/test-dom.ts clears the map between page views).
 */
const key = Symbol.for('learn-docker:islands');
type WithIslands = typeof globalThis & { [key]?: Map<string, Connect> };
export const behaviours: Map<string, Connect> = ((globalThis as WithIslands)[key] ??= new Map());

/** Elements already connected: moving an element in the DOM connects it again, and must not bind twice. */
const connected = new WeakSet<HTMLElement>();

function connectOnce(tag: string, element: HTMLElement): void {
  const connect = behaviours.get(tag);
  if (!connect || connected.has(element)) return;
  connected.add(element);
  connect(element);
}

/** Defines `<tag>` once the server's markup is final (start.ts: at once, or after `next dev` hydrates). */
export function defineIsland(tag: IslandTag, connect: Connect): void {
  behaviours.set(tag, connect);
  start(() => {
    if (customElements.get(tag)) {
      // Only in tests: a later page view in the same window. Connect what the page holds now.
      document.querySelectorAll<HTMLElement>(tag).forEach((element) => connectOnce(tag, element));
      return;
    }
    customElements.define(
      tag,
      class extends HTMLElement {
        connectedCallback() {
          connectOnce(tag, this);
        }
      },
    );
  });
}
