import { chapterAt } from '@/components/video/chapters';
import { deepLink, readDeepLink } from '@/components/video/deep-link';
import { EMBED_ORIGIN, embedUrl, watchUrl } from '@/components/video/embed-url';
import { commandMessage, isPlayerOrigin, listeningMessage, parsePlayerMessage } from '@/components/video/player-messages';
import { h } from '@/lib/browser/runtime';
import { chapterStart, playButton, videoBox, videoReady, videoTag, videoTitle } from './video.contract';

/*
 * A video of the page (video.tsx, <ld-video>): the poster stays until the reader presses
 * play or a chapter (nothing is loaded from YouTube before that), then one iframe that this
 * drives with the embed's postMessage protocol. Chapter links play from their second; the
 * current chapter follows the time the player reports, and `?t=` links into the first video.
 */

/** How often to say `listening` until the player answers, as YouTube's own iframe_api does. */
const HANDSHAKE_MS = 250;
/** No answer by then: offline, blocked by an extension or a network, or YouTube is down. */
const GIVE_UP_MS = 10_000;
/** After a chapter click the player may still report the old time for a moment. */
const SEEK_SETTLE_MS = 1_000;

export function connect(element: HTMLElement): void {
  const box = element.querySelector<HTMLElement>(videoBox.selector);
  if (!box) return;
  const id = videoBox.get(box) ?? '';
  const title = videoTitle.get(box) ?? '';
  // `?t=` belongs to the first video of the page (deep-link.ts): the one question asked of the whole page.
  const isFirst = document.querySelector(videoTag) === element;
  const links = [...element.querySelectorAll<HTMLAnchorElement>(`a${chapterStart.selector}`)]
    .map((link) => ({ link, at: chapterStart.get(link) }))
    .filter((chapter): chapter is { link: HTMLAnchorElement; at: number } => chapter.at !== undefined);
  const starts = links.map((chapter) => chapter.at);
  const linked = readDeepLink(location.search, id, isFirst);

  let frame: HTMLIFrameElement | undefined;
  let ready = false;
  let pending: number | undefined;
  let settleUntil = 0;
  let handshake: ReturnType<typeof setInterval> | undefined;
  let alert: HTMLElement | undefined;
  /** The chapter being watched (or chosen, or linked to), if any. */
  let current = linked === undefined ? undefined : chapterAt(starts, linked);

  const mark = () => {
    for (const { link, at } of links) {
      if (at === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const send = (message: string) => frame?.contentWindow?.postMessage(message, EMBED_ORIGIN);
  const seek = (at: number) => {
    send(commandMessage(id, 'seekTo', [at, true]));
    send(commandMessage(id, 'playVideo'));
  };
  const fail = () => {
    clearInterval(handshake);
    if (alert) return;
    alert = h(
      'p',
      { role: 'alert', className: 'mt-2 text-sm text-ink' },
      'The video player did not load: you may be offline, or YouTube may be blocked. ',
      h('a', { href: watchUrl(id, current), className: 'font-medium text-accent underline' }, 'Watch it on YouTube'),
    );
    box.after(alert);
  };

  const onMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || !isPlayerOrigin(event.origin)) return;
    const message = parsePlayerMessage(event.data);
    if (!message) return;
    if (!ready) {
      ready = true;
      clearInterval(handshake);
      alert?.remove();
      alert = undefined;
      if (pending !== undefined) seek(pending);
    }
    if (message.currentTime !== undefined && Date.now() > settleUntil) {
      current = chapterAt(starts, message.currentTime);
      mark();
    }
  };

  const load = (from: number, focus: boolean) => {
    let refocus = focus;
    const iframe = h('iframe', {
      src: embedUrl(id, location.origin, from),
      title: `YouTube video player: ${title}`,
      allow: 'autoplay; encrypted-media; picture-in-picture; fullscreen',
      referrerpolicy: 'strict-origin-when-cross-origin',
      className: 'absolute inset-0 size-full',
    });
    frame = iframe;
    iframe.addEventListener('load', () => {
      // Chromium may drop the focus given to a frame whose cross-origin document has not committed
      // yet (seen as a rare failure of e2e/video.spec.ts under load). Give it back once the player has
      // loaded, but only if nothing else took it: the reader may have moved on meanwhile.
      if (refocus && (document.activeElement === document.body || document.activeElement === null)) iframe.focus();
      refocus = false;
      clearInterval(handshake);
      const hello = () => send(listeningMessage(id));
      hello();
      handshake = setInterval(hello, HANDSHAKE_MS);
    });
    iframe.addEventListener('error', fail);
    addEventListener('message', onMessage);
    setTimeout(() => !ready && fail(), GIVE_UP_MS);
    box.replaceChildren(iframe);
    if (focus) iframe.focus();
  };

  /** Plays from `at` (a chapter), or from the linked second / the start when undefined. */
  const play = (at?: number) => {
    if (at !== undefined) {
      current = at;
      mark();
      settleUntil = Date.now() + SEEK_SETTLE_MS;
      history.replaceState(history.state, '', deepLink(location.href, id, isFirst, at));
    }
    if (!frame) load(at ?? Math.max(linked ?? 0, 0), at === undefined);
    else if (at !== undefined) {
      if (ready) seek(at);
      else pending = at;
    }
  };

  box.querySelector(`button${playButton.selector}`)?.addEventListener('click', () => play());
  for (const { link, at } of links) {
    link.addEventListener('click', (event) => {
      // Ctrl/Cmd/Shift/middle click keep the link's own meaning: youtube.com, in a new tab or window.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      play(at);
    });
  }
  mark();
  box.toggleAttribute(videoReady.name, true);
}
