// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAttributes } from '@/lib/shared/page-load';
import { loaderScript } from './head-script';

/*
 * The loader as the page runs it, in a DOM without paint timing (happy-dom), so it starts on
 * `load`. Its `import()` is the one thing swapped: Vitest's sandbox has no dynamic import for
 * evaluated code, so each island is a stand-in that records its run, or fails.
 */
const html = document.documentElement;
let runs: string[] = [];
const broken = new Set(['broken']);

function startLoader(islands: string[]): void {
  html.setAttribute(loadAttributes.islands, islands.join(' '));
  const load = (url: string) =>
    new Promise<void>((resolve, reject) =>
      setTimeout(() => {
        if (broken.has(url)) return reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
        runs.push(url);
        resolve();
      }),
    );
  const source = loaderScript.replace(/\bimport\(/g, 'load(');
  expect(source).not.toBe(loaderScript);
  new Function('load', source)(load);
  dispatchEvent(new Event('load'));
}

beforeEach(() => {
  for (const name of html.getAttributeNames()) html.removeAttribute(name);
  document.head.innerHTML = '';
  runs = [];
});
afterEach(() => vi.useRealTimers());

describe('the head script loader', () => {
  it('preloads every island, runs them in order, then marks the page ready', async () => {
    startLoader(['/islands/a.js', '/islands/b.js']);
    await vi.waitFor(() => expect(html.hasAttribute(loadAttributes.ready)).toBe(true));
    expect(runs).toEqual(['/islands/a.js', '/islands/b.js']);
    const preloads = [...document.head.querySelectorAll('link[rel=modulepreload]')].map((link) => link.getAttribute('href'));
    expect(preloads).toEqual(['/islands/a.js', '/islands/b.js']);
  });

  it('adds the preload links one per task, not all in the task after the paint', () => {
    vi.useFakeTimers();
    startLoader(['/islands/a.js', '/islands/b.js', '/islands/c.js']);
    expect(document.head.querySelectorAll('link[rel=modulepreload]')).toHaveLength(1);
    vi.advanceTimersToNextTimer();
    expect(document.head.querySelectorAll('link[rel=modulepreload]')).toHaveLength(2);
    expect(runs).toEqual([]);
  });

  it('an island that fails to load does not hold back the others', async () => {
    startLoader(['broken', '/islands/after.js']);
    await vi.waitFor(() => expect(html.hasAttribute(loadAttributes.ready)).toBe(true));
    expect(runs).toEqual(['/islands/after.js']);
  });

  it('is ready only once the islands have connected their elements', async () => {
    html.setAttribute(loadAttributes.connecting, '');
    startLoader(['/islands/a.js']);
    await vi.waitFor(() => expect(runs).toEqual(['/islands/a.js']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(html.hasAttribute(loadAttributes.ready)).toBe(false);
    html.removeAttribute(loadAttributes.connecting);
    await vi.waitFor(() => expect(html.hasAttribute(loadAttributes.ready)).toBe(true));
  });
});
