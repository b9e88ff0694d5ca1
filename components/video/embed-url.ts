/** Where the player lives: the privacy-enhanced host sets no cookies until playback. */
export const EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

/**
 * The embed's address. `enablejsapi` + `origin` turn on the postMessage protocol (the embed
 * only talks to the origin given here); `autoplay` because the reader just pressed play;
 * `playsinline` keeps iOS from going fullscreen.
 */
export function embedUrl(id: string, origin: string, start = 0): string {
  const params = new URLSearchParams({ enablejsapi: '1', origin, autoplay: '1', playsinline: '1' });
  if (start >= 1) params.set('start', String(Math.floor(start)));
  return `${EMBED_ORIGIN}/embed/${id}?${params}`;
}

/** The video on youtube.com, optionally at a second: what links work with, without JavaScript. */
export function watchUrl(id: string, at?: number): string {
  return `https://www.youtube.com/watch?v=${id}${at === undefined ? '' : `&t=${at}s`}`;
}
