import { parseTime } from './time';

/*
 * A page's URL can point into one of its videos: `?t=304` means the first video on the page,
 * `?v=<id>&t=304` any video by its YouTube id. The walkthrough lesson has two videos, and the
 * short form keeps the common link (the talk with chapters) the same as YouTube's own.
 */

/** The second `search` points to in video `id`, or undefined when it points elsewhere. */
export function readDeepLink(search: string, id: string, isFirstVideo: boolean): number | undefined {
  const params = new URLSearchParams(search);
  const t = params.get('t');
  const v = params.get('v');
  if (t === null || (v === null ? !isFirstVideo : v !== id)) return undefined;
  return parseTime(t);
}

/** `href` (the page URL) changed to point at second `at` of video `id`, as a relative URL. */
export function deepLink(href: string, id: string, isFirstVideo: boolean, at: number): string {
  const url = new URL(href);
  const params = url.searchParams;
  params.delete('v');
  params.delete('t');
  if (!isFirstVideo) params.set('v', id);
  params.set('t', String(at));
  return `${url.pathname}?${params}${url.hash}`;
}
