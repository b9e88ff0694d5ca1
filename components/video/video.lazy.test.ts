// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "enableIframePageLoading": true, "navigation": { "disableChildFrameNavigation": true } } }
import { createElement, Fragment } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Video } from '@/components/video/video';
import { EMBED_ORIGIN, watchUrl } from '@/components/video/embed-url';
import { commandMessage, listeningMessage } from '@/components/video/player-messages';
import { $, connectLazy, renderPage, setUpPage, text } from '@/lib/browser/test-dom';

const id = 'iqqDU2crIEQ';
const title = 'How to Get Started with Docker (DockerCon 2020)';
const chapters = [
  { at: 30, title: 'Motivations for Docker' },
  { at: 167, title: 'Docker’s solution' },
  { at: 304, title: 'The Dockerfile' },
  { at: 523, title: 'Creating an image' },
  { at: 641, title: 'Running images' },
];
const talk = { id: '8fi7uSYlOdc', title: 'Containers From Scratch', chapters: [{ at: 60, title: 'Namespaces' }] };

/*
 * The embedded player. The options above make happy-dom treat an iframe as a browser does
 * (it loads, then fires `load`) without fetching anything; the frame's window is this
 * stand-in, which records what the page says to it.
 */
function stubPlayer() {
  const player = { postMessage: vi.fn() };
  vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockReturnValue(player as unknown as Window);
  const sent = () =>
    player.postMessage.mock.calls.map(([message, origin]) => ({ message: JSON.parse(String(message)) as unknown, origin }));
  return {
    player,
    sent,
    /** What the page told the player, in order, e.g. ['listening', 'seekTo 304', 'playVideo']. */
    said: () =>
      sent().map(({ message }) => {
        const { event, func, args } = message as { event: string; func?: string; args?: unknown[] };
        return event === 'command' ? [func, ...(args ?? [])].filter((part) => part !== true).join(' ') : event;
      }),
    /** The player speaks (from its origin and its window unless told otherwise). */
    says(data: unknown, { origin = EMBED_ORIGIN, source = player as unknown }: { origin?: string; source?: unknown } = {}) {
      window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data), origin, source: source as MessageEventSource }));
    },
  };
}

async function openPage(search = '', videos = [{ id, title, chapters }]) {
  history.replaceState(null, '', `/lessons/video-walkthrough${search}`);
  renderPage(createElement(Fragment, null, ...videos.map((video) => createElement(Video, { key: video.id, ...video }))));
  const player = stubPlayer();
  await connectLazy('ld-video', () => import('./video.lazy'));
  vi.useFakeTimers();
  return player;
}

const box = (videoId = id) => $(`[data-video="${videoId}"]`);
const frames = () => [...document.querySelectorAll('iframe')];
const frame = () => $<HTMLIFrameElement>('iframe');
const chapter = (at: number) => $<HTMLAnchorElement>(`a[data-chapter-at="${at}"]`);
const marked = () =>
  [...document.querySelectorAll('a[data-chapter-at][aria-current="true"]')].map((link) => Number(link.getAttribute('data-chapter-at')));

function clickChapter(at: number, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  chapter(at).dispatchEvent(event);
  return event;
}

const play = () => $<HTMLButtonElement>('button[data-video-play]').click();
/** The iframe has loaded (happy-dom fires `load` a moment after it is in the page). */
const loaded = () => new Promise((resolve) => frame().addEventListener('load', resolve, { once: true }));
const ready = { event: 'onReady', id, channel: 'widget' };
const at = (currentTime: number) => ({ event: 'infoDelivery', info: { currentTime, playerState: 1 } });

describe('video island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('loads nothing from YouTube until Play; Play makes one iframe from the start and focuses it', async () => {
    await openPage();
    expect(box().hasAttribute('data-ready')).toBe(true);
    expect(frames()).toHaveLength(0);
    expect(marked()).toEqual([]);

    play();
    expect(frames()).toHaveLength(1);
    expect(box().children).toHaveLength(1);
    expect(frame().src).toBe(`${EMBED_ORIGIN}/embed/${id}?enablejsapi=1&origin=http%3A%2F%2Flocalhost%3A3000&autoplay=1&playsinline=1`);
    expect(frame().title).toBe(`YouTube video player: ${title}`);
    expect(frame().getAttribute('allow')).toBe('autoplay; encrypted-media; picture-in-picture; fullscreen');
    expect(document.activeElement).toBe(frame());
    expect(location.search).toBe('');
  });

  it('gives the focus back to the player when it loads if the browser dropped it, never if the reader moved on', async () => {
    await openPage();
    play();
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    await loaded();
    expect(document.activeElement).toBe(frame());

    document.body.innerHTML = '';
    await openPage('', [{ id, title, chapters }]);
    play();
    chapter(167).focus();
    await loaded();
    expect(document.activeElement).toBe(chapter(167));
  });

  it('says "listening" when the frame loads and every 250 ms until the player answers', async () => {
    const player = await openPage();
    play();
    expect(player.said()).toEqual([]);

    await loaded();
    expect(player.sent()).toEqual([{ message: JSON.parse(listeningMessage(id)), origin: EMBED_ORIGIN }]);
    vi.advanceTimersByTime(250);
    vi.advanceTimersByTime(250);
    expect(player.said()).toEqual(['listening', 'listening', 'listening']);

    player.says(ready);
    vi.advanceTimersByTime(2000);
    expect(player.said()).toEqual(['listening', 'listening', 'listening']);
  });

  it('a chapter starts the video there, marks it, and links to it with ?t=, leaving the focus on the link', async () => {
    await openPage();
    chapter(167).focus();
    const click = clickChapter(167);

    expect(click.defaultPrevented).toBe(true);
    expect(frames()).toHaveLength(1);
    expect(new URL(frame().src).searchParams.get('start')).toBe('167');
    expect(marked()).toEqual([167]);
    expect(location.pathname + location.search).toBe('/lessons/video-walkthrough?t=167');
    expect(document.activeElement).toBe(chapter(167));
  });

  it('a chapter chosen before the player answers is sought in the same iframe after the handshake', async () => {
    const player = await openPage();
    play();
    await loaded();
    clickChapter(304);
    expect(frames()).toHaveLength(1);
    expect(player.said()).toEqual(['listening']);
    expect(marked()).toEqual([304]);

    player.says(ready);
    expect(player.said()).toEqual(['listening', 'seekTo 304', 'playVideo']);
    expect(player.sent()[1]).toEqual({ message: JSON.parse(commandMessage(id, 'seekTo', [304, true])), origin: EMBED_ORIGIN });
    expect(frames()).toHaveLength(1);
  });

  it('once the player answered, a chapter seeks at once', async () => {
    const player = await openPage();
    play();
    await loaded();
    player.says(ready);

    clickChapter(523);
    expect(player.said()).toEqual(['listening', 'seekTo 523', 'playVideo']);
    expect(marked()).toEqual([523]);
    expect(location.search).toBe('?t=523');
    expect(frames()).toHaveLength(1);
  });

  it('?t= marks the chapter it falls in, and Play starts there', async () => {
    await openPage('?t=200');
    expect(marked()).toEqual([167]);

    play();
    expect(new URL(frame().src).searchParams.get('start')).toBe('200');
    expect(marked()).toEqual([167]);
  });

  it('?t= belongs to the first video; ?v=<id>&t= to the one named', async () => {
    const videos = [{ id, title, chapters }, talk];
    await openPage('?t=310', videos);
    expect(marked()).toEqual([304]);

    await openPage(`?v=${talk.id}&t=75`, videos);
    expect(marked()).toEqual([60]);
    $<HTMLButtonElement>('button[data-video-play]', box(talk.id)).click();
    expect(new URL($<HTMLIFrameElement>('iframe', box(talk.id)).src).searchParams.get('start')).toBe('75');
  });

  it('the time the player reports moves the mark, except for a moment after a chapter click', async () => {
    const player = await openPage();
    play();
    await loaded();
    player.says(ready);

    player.says(at(310));
    expect(marked()).toEqual([304]);
    player.says(at(170.2));
    expect(marked()).toEqual([167]);
    player.says(at(10));
    expect(marked()).toEqual([]);

    clickChapter(523);
    player.says(at(12)); // still the time before the seek
    expect(marked()).toEqual([523]);
    vi.advanceTimersByTime(1001);
    player.says(at(700));
    expect(marked()).toEqual([641]);
  });

  it('ignores messages from other windows, other origins, and anything that is not the player’s JSON', async () => {
    const player = await openPage();
    play();
    await loaded();

    player.says(ready, { source: window });
    player.says(ready, { origin: 'https://evil.example' });
    window.dispatchEvent(
      new MessageEvent('message', { data: 'not json', origin: EMBED_ORIGIN, source: player.player as unknown as MessageEventSource }),
    );
    vi.advanceTimersByTime(250);
    // Still no answer: the handshake goes on.
    expect(player.said()).toEqual(['listening', 'listening']);

    player.says(at(310), { origin: 'https://www.youtube.com' });
    expect(marked()).toEqual([304]);
  });

  it('no answer in 10 s: an alert with a link to the video on YouTube, at the chapter chosen', async () => {
    const player = await openPage();
    clickChapter(167);
    await loaded();

    vi.advanceTimersByTime(9999);
    expect(document.querySelector('[role=alert]')).toBeNull();
    vi.advanceTimersByTime(1);
    const alert = $('[role=alert]');
    expect(alert.previousElementSibling).toBe(box());
    expect(text(alert)).toBe('The video player did not load: you may be offline, or YouTube may be blocked. Watch it on YouTube');
    expect($<HTMLAnchorElement>('a', alert).href).toBe(watchUrl(id, 167));

    // The handshake stops; a late answer takes the alert away.
    const count = player.said().length;
    vi.advanceTimersByTime(1000);
    expect(player.said()).toHaveLength(count);
    player.says(ready);
    expect(document.querySelector('[role=alert]')).toBeNull();
  });

  it('an answer in time means no alert', async () => {
    const player = await openPage();
    play();
    await loaded();
    vi.advanceTimersByTime(3000);
    player.says(ready);
    vi.advanceTimersByTime(20_000);
    expect(document.querySelector('[role=alert]')).toBeNull();
  });

  it('a frame that fails to load shows the alert at once, and only one', async () => {
    await openPage();
    play();
    frame().dispatchEvent(new Event('error'));
    expect(document.querySelectorAll('[role=alert]')).toHaveLength(1);
    expect($<HTMLAnchorElement>('[role=alert] a').href).toBe(watchUrl(id));

    vi.advanceTimersByTime(10_000);
    expect(document.querySelectorAll('[role=alert]')).toHaveLength(1);
  });

  it('Ctrl, Shift or middle click on a chapter keeps the link to youtube.com', async () => {
    await openPage();
    expect(chapter(304).href).toBe(watchUrl(id, 304));
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(clickChapter(304, init).defaultPrevented).toBe(false);
    }
    expect(frames()).toHaveLength(0);
    expect(marked()).toEqual([]);
  });
});
