/*
 * The YouTube embed's postMessage protocol, as its own iframe_api speaks it (we do not load
 * that script): the page says `listening` until the player answers, then sends `command`s;
 * the player sends `onReady`, `initialDelivery` and `infoDelivery` (with `info.currentTime`).
 * Messages are JSON strings; anything else is ignored.
 */

import { EMBED_ORIGIN } from './embed-url';

/** Only the player may talk to us; it may answer from either YouTube origin. */
export function isPlayerOrigin(origin: string): boolean {
  return origin === EMBED_ORIGIN || origin === 'https://www.youtube.com';
}

export type PlayerMessage = { event: string; currentTime?: number };

/** A message from the player, or undefined for anything that is not one (never throws). */
export function parsePlayerMessage(data: unknown): PlayerMessage | undefined {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!isRecord(value) || typeof value.event !== 'string') return undefined;
  const time = isRecord(value.info) ? value.info.currentTime : undefined;
  return typeof time === 'number' && Number.isFinite(time) && time >= 0
    ? { event: value.event, currentTime: time }
    : { event: value.event };
}

/** Asks the player to start sending events; `id` comes back in its messages. */
export function listeningMessage(id: string): string {
  return JSON.stringify({ event: 'listening', id, channel: 'widget' });
}

export function commandMessage(id: string, func: 'seekTo' | 'playVideo', args: unknown[] = []): string {
  return JSON.stringify({ event: 'command', func, args, id, channel: 'widget' });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
