import { islandControl } from '@/lib/shared/island-control';
import { loadAttributes } from '@/lib/shared/page-load';
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
const waitingKey = Symbol.for('learn-docker:islands-waiting');
type Waiting = { tag: string; element: HTMLElement };
type WithIslands = typeof globalThis & { [key]?: Map<string, Connect>; [waitingKey]?: Waiting[] };
export const behaviours: Map<string, Connect> = ((globalThis as WithIslands)[key] ??= new Map());

/** Elements already connected: moving an element in the DOM connects it again, and must not bind twice. */
const connected = new WeakSet<HTMLElement>();

function connectOnce(tag: string, element: HTMLElement): void {
  const connect = behaviours.get(tag);
  if (!connect || connected.has(element)) return;
  connected.add(element);
  placeControls(element);
  connect(element);
}

/** The form fields the server held back for the island (lib/shared/island-control.ts), each in its box's place. */
export function placeControls(element: HTMLElement): void {
  for (const box of element.querySelectorAll<HTMLElement>(`[${islandControl}]`)) {
    const template = box.querySelector('template');
    if (template) box.replaceWith(template.content);
  }
}

/*
 * Defining a tag upgrades every element of it in the page at once, in the task that runs the
 * island's module: a lesson's thirty code blocks took 8 ms, and after the first paint every
 * task of more than 50 ms at Lighthouse's 4× CPU slowdown counts as blocking time. So the
 * elements present when a tag is defined connect in slices of at most SLICE_MS, each slice a
 * task of its own, in the page's order (the first slice runs at once: what is on screen first).
 * Elements added later connect at once. While elements wait, <html> carries
 * `loadAttributes.connecting`, and the head script marks the page ready only after.
 */
const SLICE_MS = 4;
/** Shared like `behaviours`, so the unit tests' helper sees what a freshly run module queued. */
const waiting: Waiting[] = ((globalThis as WithIslands)[waitingKey] ??= []);
let defining = false;

/** One element's connection; an island that throws is reported, as the browser reports a failing connectedCallback, and the others still connect. */
function run(next: Waiting | undefined): void {
  if (!next?.element.isConnected) return;
  try {
    connectOnce(next.tag, next.element);
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

function connectSlice(): void {
  const end = performance.now() + SLICE_MS;
  do run(waiting.shift());
  while (waiting.length && performance.now() < end);
  if (waiting.length) setTimeout(connectSlice);
  else document.documentElement.removeAttribute(loadAttributes.connecting);
}

/** Connects every element still waiting, now. For the unit tests, which run an island and look at once. */
export function connectWaiting(): void {
  while (waiting.length) run(waiting.shift());
  document.documentElement.removeAttribute(loadAttributes.connecting);
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
    const wasIdle = waiting.length === 0;
    const added: HTMLElement[] = [];
    defining = true;
    try {
      customElements.define(
        tag,
        class extends HTMLElement {
          connectedCallback() {
            if (defining) added.push(this);
            else connectOnce(tag, this);
          }
        },
      );
    } finally {
      defining = false;
    }
    // Browsers upgrade in page order; say so rather than rely on it (happy-dom does not).
    added.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    waiting.push(...added.map((element) => ({ tag, element })));
    if (wasIdle && waiting.length) {
      document.documentElement.setAttribute(loadAttributes.connecting, '');
      connectSlice();
    }
  });
}

/** What a lazily loaded behaviour module (`<feature>.lazy.ts`) exports. */
export type LazyBehaviour = { connect: Connect };

/** The reader reaching into an element: keyboard focus, a mouse over it, a touch (which may come without a hover). */
const startEvents = ['focusin', 'pointerover', 'pointerdown'] as const;

/**
 * A behaviour that loads only when its element comes within a screen of the viewport, or when
 * the pointer or the focus enters it first: a feature below the fold (a quiz, a video) costs
 * its tag's few bytes on load and the rest when the reader gets near. A click or a form
 * submission that comes before the behaviour (a reader who jumps straight to it) is held and
 * replayed once it is connected, so it is never lost to the browser's default (a form's GET,
 * a link to YouTube). A failed load (a dropped connection) is tried again the next time.
 */
export function whenNear(load: () => Promise<LazyBehaviour>): Connect {
  return (element) => {
    // A `display: contents` element has no box of its own to observe: watch its first child.
    const target = element.firstElementChild ?? element;
    let loading = false;
    let held: (() => void) | undefined;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && begin(), {
      rootMargin: '100% 0px',
    });
    const hold = (event: Event) => {
      const control =
        event.type === 'submit'
          ? (event.target as HTMLFormElement)
          : (event.target as Element).closest<HTMLElement>('a[href], button, input[type=submit]');
      if (!control) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      held = control instanceof HTMLFormElement ? () => control.requestSubmit() : () => control.click();
      begin();
    };
    const begin = () => {
      if (loading) return;
      loading = true;
      observer.disconnect();
      for (const type of startEvents) element.removeEventListener(type, begin);
      load().then(
        ({ connect }) => {
          element.removeEventListener('click', hold, true);
          element.removeEventListener('submit', hold, true);
          connect(element);
          const replay = held;
          held = undefined;
          replay?.();
        },
        () => {
          loading = false;
          watch();
        },
      );
    };
    const watch = () => {
      observer.observe(target);
      for (const type of startEvents) element.addEventListener(type, begin);
    };
    element.addEventListener('click', hold, true);
    element.addEventListener('submit', hold, true);
    watch();
  };
}
