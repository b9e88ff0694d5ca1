'use client';

import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { chapterAt } from '@/lib/video/chapters';
import { deepLink, readDeepLink } from '@/lib/video/deep-link';
import { EMBED_ORIGIN, embedUrl, watchUrl } from '@/lib/video/embed-url';
import { commandMessage, isPlayerOrigin, listeningMessage, parsePlayerMessage } from '@/lib/video/player-messages';

type VideoControls = {
  /** `at` of the chapter being watched (or chosen, or linked to), if any. */
  current?: number;
  /** Plays from `at` (a chapter), or from the linked second / the start when undefined. */
  play: (at?: number) => void;
};

const VideoContext = createContext<VideoControls>({ play: () => {} });
export const useVideo = () => useContext(VideoContext);

/** How often to say `listening` until the player answers, as YouTube's own iframe_api does. */
const HANDSHAKE_MS = 250;
/** No answer by then: offline, blocked by an extension or a network, or YouTube is down. */
const GIVE_UP_MS = 10_000;
/** After a chapter click the player may still report the old time for a moment. */
const SEEK_SETTLE_MS = 1_000;

const send = (frame: HTMLIFrameElement | null, message: string) => frame?.contentWindow?.postMessage(message, EMBED_ORIGIN);

function seek(frame: HTMLIFrameElement | null, id: string, at: number) {
  send(frame, commandMessage(id, 'seekTo', [at, true]));
  send(frame, commandMessage(id, 'playVideo'));
}

/** `?t=` belongs to the first video of the page (see lib/video/deep-link.ts). */
const isFirstVideo = (id: string) => document.querySelector('[data-video]')?.getAttribute('data-video') === id;
const never = () => () => {};

/**
 * The client half of <Video>: shows the server-rendered poster until the reader presses play
 * (nothing is loaded from YouTube before that), then one iframe that it drives with the embed's
 * postMessage protocol. Chapter links and the play button reach it through context.
 */
export function VideoPlayer({ id, title, starts, poster, children }: { id: string; title: string; starts: number[]; poster: ReactNode; children?: ReactNode }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const ready = useRef(false);
  const pending = useRef<number | undefined>(undefined);
  const settle = useRef(0);
  const handshake = useRef<ReturnType<typeof setInterval>>(undefined);
  const focusFrame = useRef(false);
  // The second the page URL links to (-1: none). Read after hydration; the server has no URL.
  const linked = useSyncExternalStore(never, () => readDeepLink(location.search, id, isFirstVideo(id)) ?? -1, () => -1);
  // undefined until clicked or reported; null when the time is before the first chapter.
  const [chosen, setChosen] = useState<number | null>();
  const [start, setStart] = useState<number>();
  const [failed, setFailed] = useState(false);
  const current = chosen === undefined ? chapterAt(starts, linked) : (chosen ?? undefined);

  const play = (at?: number) => {
    if (at !== undefined) {
      setChosen(at);
      settle.current = Date.now() + SEEK_SETTLE_MS;
      history.replaceState(null, '', deepLink(location.href, id, isFirstVideo(id), at));
    }
    if (start === undefined) {
      focusFrame.current = at === undefined;
      setStart(at ?? Math.max(linked, 0));
    } else if (at !== undefined) {
      if (ready.current) seek(frame.current, id, at);
      else pending.current = at;
    }
  };

  useEffect(() => {
    if (start === undefined) return;
    if (focusFrame.current) frame.current?.focus();
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || !isPlayerOrigin(event.origin)) return;
      const message = parsePlayerMessage(event.data);
      if (!message) return;
      if (!ready.current) {
        ready.current = true;
        clearInterval(handshake.current);
        setFailed(false);
        if (pending.current !== undefined) seek(frame.current, id, pending.current);
      }
      if (message.currentTime !== undefined && Date.now() > settle.current) {
        setChosen(chapterAt(starts, message.currentTime) ?? null);
      }
    };
    addEventListener('message', onMessage);
    const giveUp = setTimeout(() => {
      clearInterval(handshake.current);
      if (!ready.current) setFailed(true);
    }, GIVE_UP_MS);
    return () => {
      removeEventListener('message', onMessage);
      clearTimeout(giveUp);
      clearInterval(handshake.current);
    };
  }, [start, id, starts]);

  const sayListening = () => {
    clearInterval(handshake.current);
    const hello = () => send(frame.current, listeningMessage(id));
    hello();
    handshake.current = setInterval(hello, HANDSHAKE_MS);
  };

  return (
    <VideoContext value={{ current, play }}>
      <div data-video={id} className="relative aspect-video overflow-hidden rounded-lg bg-zinc-900">
        {start === undefined ? (
          poster
        ) : (
          <iframe
            ref={frame}
            src={embedUrl(id, location.origin, start)}
            title={`YouTube video player: ${title}`}
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            referrerPolicy="strict-origin-when-cross-origin"
            onLoad={sayListening}
            onError={() => setFailed(true)}
            className="absolute inset-0 size-full"
          />
        )}
      </div>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-ink">
          The video player did not load: you may be offline, or YouTube may be blocked.{' '}
          <a href={watchUrl(id, current)} className="font-medium text-accent underline">
            Watch it on YouTube
          </a>
        </p>
      )}
      {children}
    </VideoContext>
  );
}
