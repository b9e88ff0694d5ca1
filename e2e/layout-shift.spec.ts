import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Browser } from '@playwright/test';
import { pageReady, watchLayoutShifts } from './fixtures';

/*
 * A browser paints a page before it has all of it when the HTML arrives in pieces (a slow
 * network, a busy phone): whatever is parsed by then is laid out and shown, and everything that
 * arrives later must not move it. In a right-aligned header row the search button's label and the
 * theme button, arriving after it, pushed it left: a layout shift of 0.0019 at 375 px that CI
 * met one load in a dozen (e2e/progress.spec.ts) and this spec makes every time.
 *
 * The class is "placed by what comes after it": a box aligned to the end or centre of its row
 * (ml-auto, justify-end, justify-between, text-center…) moves when its own content or a later
 * sibling arrives; so did the home page's Reset progress button (0.00035 at 1280 px in CI). A box
 * placed from the start does not move, whatever follows.
 *
 * A proxy in front of the site sends the page up to a cut, holds the rest until the browser has
 * painted that part (its first-contentful-paint entry, not a timer), then sends the rest. The
 * cuts: after each tag of the header, which every page shares; and just inside the Reset progress
 * button, before its label.
 */

type Split = { server: Server; origin: string; cutAt: (path: string, offset: number) => { release: () => void } };

/** A proxy to the site that serves `path` in two pieces, the second when `release` is called. */
async function splittingProxy(site: string): Promise<Split> {
  let cut: { path: string; offset: number; released: Promise<void> } | undefined;
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', site), { headers: { 'accept-encoding': 'identity' } });
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers = Object.fromEntries(
        [...upstream.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name)),
      );
      response.writeHead(upstream.status, headers);
      if (cut && request.url === cut.path) {
        response.write(body.subarray(0, cut.offset));
        await cut.released;
        response.end(body.subarray(cut.offset));
      } else {
        response.end(body);
      }
    })().catch((error: unknown) => response.destroy(error instanceof Error ? error : new Error(String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    cutAt(path, offset) {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      cut = { path, offset, released };
      return { release };
    },
  };
}

/**
 * The byte offsets just after each tag of the page's header that follows its first painted
 * content (the logo), except inside an icon: an icon's shapes are drawn together, its box is set
 * by its own attributes.
 */
function headerCuts(html: Buffer): number[] {
  const text = html.toString('latin1');
  const start = text.indexOf('</svg>', text.indexOf('<header'));
  const end = text.indexOf('</header>');
  expect(start, 'the page has a header with a logo').toBeGreaterThan(0);
  const cuts: number[] = [];
  let inIcon = false;
  for (let at = text.indexOf('<', start); at !== -1 && at < end; at = text.indexOf('<', at + 1)) {
    const tag = /^<(\/?)([a-z-]+)/.exec(text.slice(at, at + 40));
    if (!tag) continue;
    if (tag[2] === 'svg') inIcon = !tag[1];
    else if (inIcon) continue;
    cuts.push(text.indexOf('>', at) + 1);
  }
  return cuts;
}

/** Just inside the home page's Reset progress button, before its label: a box at the far end of its row, centred in it. */
function resetLabelCut(html: Buffer): number[] {
  const text = html.toString('latin1');
  const at = text.indexOf('>', text.indexOf('data-progress-reset')) + 1;
  expect(at, 'the home page has a Reset progress button').toBeGreaterThan(0);
  return [at];
}

/** Loads `path` once per cut, cut there and held until the first paint, and expects no layout shift. */
async function expectNothingMoves(browser: Browser, baseURL: string, path: string, width: number, cutsOf: (html: Buffer) => number[]) {
  const html = Buffer.from(await (await fetch(new URL(path, baseURL), { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
  const cuts = cutsOf(html);
  expect(cuts.length, 'places to cut the page').toBeGreaterThan(0);
  // One page load per cut, on a machine that may be busy.
  test.setTimeout(cuts.length * 15_000);
  for (const offset of cuts) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const layoutShift = await watchLayoutShifts(page);
    const { release } = proxy.cutAt(path, offset);
    await page.goto(proxy.origin + path, { waitUntil: 'commit' });
    // The first piece is on screen before the rest is sent.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    release();
    await page.waitForLoadState('load');
    await pageReady(page);
    const { sum, moved } = await layoutShift();
    expect(sum, `cut after «${html.toString('latin1').slice(offset - 80, offset)}»: ${moved.join(', ')}`).toBe(0);
    await context.close();
  }
}

let proxy: Split;
test.beforeAll(async ({ baseURL }) => {
  proxy = await splittingProxy(baseURL!);
});
test.afterAll(() => new Promise<void>((resolve) => proxy.server.close(() => resolve())));

for (const [path, width] of [
  // The header is one component on every page; 375 px lays it out as a phone does, 1280 px with
  // the shortcut shown on the search button.
  ['/', 375],
  ['/', 1280],
] as const) {
  test(`the header moves nothing when ${path} arrives in pieces, at ${width}px`, async ({ browser, baseURL }) => {
    await expectNothingMoves(browser, baseURL!, path, width, headerCuts);
  });
}

for (const width of [375, 1280]) {
  test(`the progress box moves nothing when its Reset button's label arrives later, at ${width}px`, async ({ browser, baseURL }) => {
    await expectNothingMoves(browser, baseURL!, '/', width, resetLabelCut);
  });
}
