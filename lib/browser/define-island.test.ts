// @vitest-environment happy-dom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IslandControl } from '@/lib/server/island';
import { loadAttributes } from '@/lib/shared/page-load';
import { connectWaiting, defineIsland, whenNear, type LazyBehaviour } from './define-island';
import { $, deferred, renderPage, setUpPage, stubIntersectionObserver } from './test-dom';

/** A page with one `<ld-test>` element around a paragraph, as <Island> renders it (display: contents). */
const page = () => renderPage(createElement('ld-test', { className: 'contents' }, createElement('p', null, 'inside')));

describe('defineIsland', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('connects each element of its tag once, also one added later and one moved', () => {
    page();
    const connect = vi.fn();
    defineIsland('ld-test', connect);
    expect(connect).toHaveBeenCalledTimes(1);
    const later = document.createElement('ld-test');
    document.body.append(later);
    expect(connect).toHaveBeenCalledTimes(2);
    document.body.prepend(later);
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('puts the fields the server held back in their boxes’ place before the island connects, and only then', () => {
    renderPage(
      createElement(
        'ld-fields',
        { className: 'contents' },
        createElement('label', { htmlFor: 'f' }, 'Your command'),
        IslandControl({ box: 'h-10 border', children: createElement('input', { id: 'f', className: 'h-10 border px-3' }) }),
      ),
    );
    // In the HTML: a box of the field's size, with nothing in it to read, and no field (lib/shared/island-control.ts).
    expect(document.querySelector('input')).toBeNull();
    expect(document.querySelector('[data-island-control]')?.textContent).toBe('');
    let seen: HTMLInputElement | null = null;
    defineIsland('ld-fields', (element) => (seen = element.querySelector('input')));
    expect(seen).not.toBeNull();
    expect(document.querySelector('[data-island-control]')).toBeNull();
    expect(document.getElementById('f')?.className).toBe('h-10 border px-3');
  });

  it('connects the elements the page holds in slices of a few milliseconds, in page order, then says so', async () => {
    renderPage(createElement('div', null, ...['a', 'b', 'c', 'd', 'e'].map((id) => createElement('ld-sliced', { id, key: id }))));
    // Every look at the clock is 3 ms later: a slice has room for two connections.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3));
    const order: string[] = [];
    defineIsland('ld-sliced', (element) => order.push(element.id));
    expect(order).toEqual(['a', 'b']);
    expect(document.documentElement.hasAttribute(loadAttributes.connecting)).toBe(true);
    await vi.waitFor(() => expect(order).toEqual(['a', 'b', 'c', 'd', 'e']));
    expect(document.documentElement.hasAttribute(loadAttributes.connecting)).toBe(false);
  });

  it('one element whose island throws does not keep the others waiting', () => {
    renderPage(createElement('div', null, ...['a', 'b'].map((id) => createElement('ld-throws', { id, key: id }))));
    const tasks: Array<() => void> = [];
    vi.stubGlobal('setTimeout', (fn: () => void) => tasks.push(fn));
    const order: string[] = [];
    defineIsland('ld-throws', (element) => {
      order.push(element.id);
      if (element.id === 'a') throw new Error('broken island');
    });
    connectWaiting();
    expect(order).toEqual(['a', 'b']);
    expect(document.documentElement.hasAttribute(loadAttributes.connecting)).toBe(false);
    // The error is reported in a task of its own, as the browser reports a failing connectedCallback.
    const reported = tasks.flatMap((task) => {
      try {
        task();
        return [];
      } catch (error) {
        return [String(error)];
      }
    });
    expect(reported).toEqual(['Error: broken island']);
  });
});

describe('whenNear', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('loads nothing until the element comes near, then loads once and connects', async () => {
    const io = stubIntersectionObserver();
    page();
    const connect = vi.fn();
    const load = vi.fn(async (): Promise<LazyBehaviour> => ({ connect }));
    whenNear(load)($('ld-test'));
    // It watches the first child: the element itself has no box.
    expect(io.observed()).toEqual(new Set([$('ld-test p')]));
    io.intersect($('ld-test p'), false);
    expect(load).not.toHaveBeenCalled();
    io.intersect($('ld-test p'));
    io.intersect($('ld-test p'));
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(connect).toHaveBeenCalledWith($('ld-test')));
    expect(io.observed().size).toBe(0);
  });

  it('loads at once when the focus or the pointer enters first', () => {
    stubIntersectionObserver();
    page();
    const load = vi.fn(() => new Promise<LazyBehaviour>(() => {}));
    whenNear(load)($('ld-test'));
    $('ld-test p').dispatchEvent(new Event('focusin', { bubbles: true }));
    $('ld-test p').dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a load that fails is tried again the next time the reader comes near', async () => {
    const io = stubIntersectionObserver();
    page();
    const first = deferred<LazyBehaviour>();
    const connect = vi.fn();
    const load = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce({ connect });
    whenNear(load)($('ld-test'));
    io.intersect($('ld-test p'));
    first.reject(new Error('offline'));
    await vi.waitFor(() => expect(io.observed().size).toBe(1));
    io.intersect($('ld-test p'));
    await vi.waitFor(() => expect(connect).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('whenNear holds what the reader does before the behaviour is there', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('a click on a button is held, then replayed once the behaviour is connected', async () => {
    stubIntersectionObserver();
    renderPage(
      createElement(
        'ld-test',
        { className: 'contents' },
        createElement('form', null, createElement('button', { type: 'submit' }, 'Check')),
      ),
    );
    const loaded = deferred<LazyBehaviour>();
    const submitted = vi.fn((event: Event) => event.preventDefault());
    whenNear(() => loaded.promise)($('ld-test'));
    const native = vi.fn();
    document.addEventListener('submit', native);
    $('button').click();
    // Held: the form is not submitted while the behaviour is loading.
    expect(native).not.toHaveBeenCalled();
    loaded.resolve({ connect: (element) => element.querySelector('form')!.addEventListener('submit', submitted) });
    await vi.waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
  });
});
