// @vitest-environment happy-dom
import { createElement, Fragment } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TableOfContents } from '@/components/toc/toc';
import { tocSection } from '@/components/toc/toc.contract';
import { renderPage, setUpPage, startIsland } from '@/lib/browser/test-dom';

const items = [
  { depth: 2, id: 'images', text: 'Images' },
  { depth: 3, id: 'layers', text: 'Layers' },
  { depth: 2, id: 'containers', text: 'Containers' },
] as const;

/** The lesson as the build writes it: each heading opens its section box; "On this page" beside them. */
function lessonPage() {
  return createElement(
    Fragment,
    null,
    createElement(
      'article',
      null,
      ...items.map((item) =>
        createElement(
          'div',
          { key: item.id, ...tocSection.set(item.depth === 2 ? '2' : '3') },
          createElement(`h${item.depth}`, { id: item.id }, item.text),
          createElement('p', null, 'Text.'),
        ),
      ),
    ),
    createElement(TableOfContents, { items: [...items] }),
  );
}

/**
 * The layout happy-dom does not compute: where each section (and so its heading) is in the
 * window (px from its top; the reading line is at a fifth of the 768 px window), how tall the
 * page is, and animation frames, run when the test says. A heading's own box must not be read:
 * in the browser its content may be skipped off screen, and reading it would lay it out.
 */
function stubLayout(tops: Record<string, number>) {
  for (const item of items) {
    const heading = document.getElementById(item.id)!;
    vi.spyOn(heading.parentElement!, 'getBoundingClientRect').mockImplementation(() => ({ top: tops[item.id] ?? 0 }) as DOMRect);
    vi.spyOn(heading, 'getBoundingClientRect').mockImplementation(() => {
      throw new Error(`read the box of heading ${item.id}, not of its section`);
    });
  }
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: 5000, configurable: true });
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal(
    'requestAnimationFrame',
    vi.fn((callback: FrameRequestCallback) => frames.push(callback)),
  );
  return {
    frames,
    runFrames: () => frames.splice(0).forEach((callback) => callback(0)),
  };
}

const current = () =>
  [...document.querySelectorAll('a[aria-current]')].map((link) => [link.getAttribute('data-toc-link'), link.getAttribute('aria-current')]);

describe('toc island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('marks the link of the section being read in the next frame, reading no layout before it', async () => {
    renderPage(lessonPage());
    const layout = stubLayout({ images: -400, layers: 100, containers: 600 });
    const sectionBox = vi.mocked(document.getElementById('layers')!.parentElement!.getBoundingClientRect);
    await startIsland(() => import('./toc.island'));
    expect(sectionBox).not.toHaveBeenCalled();
    expect(current()).toEqual([]);

    layout.runFrames();
    expect(current()).toEqual([['layers', 'true']]);
  });

  it('moves the mark as the reader scrolls, once per animation frame', async () => {
    renderPage(lessonPage());
    const tops = { images: 50, layers: 400, containers: 900 };
    const layout = stubLayout(tops);
    await startIsland(() => import('./toc.island'));
    layout.runFrames();
    expect(current()).toEqual([['images', 'true']]);

    Object.assign(tops, { images: -900, layers: -500, containers: 120 });
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll'));
    expect(layout.frames).toHaveLength(1);
    expect(current()).toEqual([['images', 'true']]);

    layout.runFrames();
    expect(current()).toEqual([['containers', 'true']]);
  });

  it('a resize moves the mark too', async () => {
    renderPage(lessonPage());
    const tops = { images: 50, layers: 400, containers: 900 };
    const layout = stubLayout(tops);
    await startIsland(() => import('./toc.island'));
    layout.runFrames();

    tops.layers = 10;
    window.dispatchEvent(new Event('resize'));
    layout.runFrames();
    expect(current()).toEqual([['layers', 'true']]);
  });

  it('at the bottom of the page marks the last section, even below the reading line', async () => {
    renderPage(lessonPage());
    const layout = stubLayout({ images: -900, layers: 200, containers: 500 });
    await startIsland(() => import('./toc.island'));
    layout.runFrames();
    expect(current()).toEqual([['images', 'true']]);

    // The window's bottom reaches the end of the page.
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: window.innerHeight + window.scrollY, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    layout.runFrames();
    expect(current()).toEqual([['containers', 'true']]);
  });
});
