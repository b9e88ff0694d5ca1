/*
 * For the islands' unit tests only (happy-dom): a page view made of the server's real markup,
 * the island started fresh against it, and the browser features happy-dom lacks. Not an
 * island: the island build takes only the components' *.island.ts files.
 *
 * It imports nothing from Vitest: the image build type-checks lib/ and components/ (tsconfig.build.json
 * leaves out *.test.ts) after `npm ci --omit=dev`, where Vitest is not installed. Each
 * test file hands in the few Vitest functions used here: setUpPage({ beforeEach, afterEach, vi }).
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { behaviours, connectWaiting, placeControls } from './define-island';

/** The parts of Vitest these helpers use. */
export type TestApi = {
  beforeEach(fn: () => void): unknown;
  afterEach(fn: () => void): unknown;
  vi: {
    resetModules(): unknown;
    stubGlobal(name: string, value: unknown): unknown;
    unstubAllGlobals(): unknown;
    restoreAllMocks(): unknown;
    useRealTimers(): unknown;
  };
};

let api: TestApi | undefined;
const vitest = () => {
  if (!api) throw new Error('call setUpPage({ beforeEach, afterEach, vi }) in the test file first');
  return api.vi;
};

/** The server's markup of `element` as the page; `js` is what the theme script adds to <html>. */
export function renderPage(element: ReactElement, { js = true }: { js?: boolean } = {}): void {
  document.documentElement.className = js ? 'js' : '';
  // A new page view: the elements of an island defined in an earlier one wait for its module again.
  behaviours.clear();
  document.body.innerHTML = renderToStaticMarkup(element);
}

/**
 * Runs an island module from scratch, as a new page view does: its `start()` runs against
 * the page as it is now, with a fresh store (lib/browser/stores.ts) read from localStorage.
 */
export async function startIsland(load: () => Promise<unknown>): Promise<void> {
  vitest().resetModules();
  await load();
  // In the browser the page's elements connect over a few tasks (define-island.ts); a test looks at once.
  connectWaiting();
}

/**
 * Connects a lazily loaded behaviour (`<feature>.lazy.ts`) to every element of its tag, from
 * scratch, as `whenNear` does once the reader comes near (define-island.test.ts tests that part).
 */
export async function connectLazy(tag: string, load: () => Promise<{ connect(element: HTMLElement): void }>): Promise<void> {
  vitest().resetModules();
  const { connect } = await load();
  // As the runtime does before any behaviour connects: the fields held back for the island take their place.
  document.querySelectorAll<HTMLElement>(tag).forEach((element) => {
    placeControls(element);
    connect(element);
  });
}

type Added = {
  target: Window | Document;
  type: string;
  listener: EventListenerOrEventListenerObject;
  options?: boolean | AddEventListenerOptions;
};

/**
 * Every test is a page view of its own: the listeners an island put on window and document
 * go when the test ends (the test file shares one window), with the markup, storage, stubs
 * and fake timers.
 */
export function setUpPage(testApi: TestApi): void {
  api = testApi;
  const { beforeEach, afterEach, vi } = testApi;
  let added: Added[] = [];
  let restore: Array<() => void> = [];
  beforeEach(() => {
    added = [];
    restore = ([window, document] as const).map((target) => {
      const original = target.addEventListener;
      target.addEventListener = function (
        this: unknown,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (!listener) return;
        added.push({ target, type, listener, options });
        original.call(target, type, listener, options);
      };
      return () => {
        target.addEventListener = original;
      };
    });
  });
  afterEach(() => {
    restore.forEach((undo) => undo());
    for (const { target, type, listener, options } of added) target.removeEventListener(type, listener, options);
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
    document.documentElement.className = '';
    localStorage.clear();
    history.replaceState(null, '', '/');
  });
}

/** A promise and the functions that settle it, for "this answer comes later". */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * IntersectionObserver, which happy-dom only pretends to have: records what the island
 * observes, and `intersect(element)` tells the island's observers that it came into view.
 */
export function stubIntersectionObserver() {
  const observers = new Set<{ callback: IntersectionObserverCallback; targets: Set<Element>; self: IntersectionObserver }>();
  class FakeIntersectionObserver {
    readonly root = null;
    readonly rootMargin: string;
    readonly thresholds: number[] = [0];
    private readonly entry;
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      this.rootMargin = options?.rootMargin ?? '0px';
      this.entry = { callback, targets: new Set<Element>(), self: this as unknown as IntersectionObserver };
      observers.add(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.add(target);
    }
    unobserve(target: Element) {
      this.entry.targets.delete(target);
    }
    disconnect() {
      this.entry.targets.clear();
    }
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  }
  vitest().stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  return {
    /** The elements some observer still watches. */
    observed: () => new Set([...observers].flatMap((observer) => [...observer.targets])),
    /** `target` scrolled near: each observer watching it hears so. */
    intersect(target: Element, isIntersecting = true) {
      for (const { callback, targets, self } of observers) {
        if (!targets.has(target)) continue;
        callback([{ target, isIntersecting, intersectionRatio: isIntersecting ? 1 : 0 } as IntersectionObserverEntry], self);
      }
    },
  };
}

/** Types into a field as a reader would: the value, then the `input` event. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Picks a radio or (un)ticks a checkbox with a click: it changes, then fires `input` and
 * `change`. happy-dom 21 unchecks the group's other radio without dropping the querySelector
 * results it cached for it (a browser caches none), so `[name=x]:checked` could still find
 * the old choice: that radio is unchecked through its own setter first, which drops them.
 */
export function pick(input: HTMLInputElement, checked = true): void {
  if (input.type === 'radio' && checked) {
    const group = (input.form ?? document).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${input.name}"]`);
    for (const other of group) if (other !== input && other.checked) other.checked = false;
  }
  if (input.checked !== checked) input.click();
}

export function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** The one element `selector` finds, or a failed test that says which was missing. */
export function $<E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E {
  const element = root.querySelector<E>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return element;
}

/** Text as a sighted reader sees it, spaces collapsed. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
