import { expect, test } from 'vitest';
import { embedUrl, watchUrl } from './embed-url';

test('embed URL: privacy host, JS API for our origin, autoplay inline', () => {
  const url = new URL(embedUrl('iqqDU2crIEQ', 'http://127.0.0.1:3100'));
  expect(url.origin + url.pathname).toBe('https://www.youtube-nocookie.com/embed/iqqDU2crIEQ');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    enablejsapi: '1',
    origin: 'http://127.0.0.1:3100',
    autoplay: '1',
    playsinline: '1',
  });
});

test('embed URL starts at a whole second, and only when past 0', () => {
  expect(new URL(embedUrl('iqqDU2crIEQ', 'https://x.dev', 304)).searchParams.get('start')).toBe('304');
  expect(new URL(embedUrl('iqqDU2crIEQ', 'https://x.dev', 310.7)).searchParams.get('start')).toBe('310');
  expect(new URL(embedUrl('iqqDU2crIEQ', 'https://x.dev', 0)).searchParams.has('start')).toBe(false);
});

test('watch URL, with a chapter second', () => {
  expect(watchUrl('iqqDU2crIEQ')).toBe('https://www.youtube.com/watch?v=iqqDU2crIEQ');
  expect(watchUrl('iqqDU2crIEQ', 304)).toBe('https://www.youtube.com/watch?v=iqqDU2crIEQ&t=304s');
  expect(watchUrl('iqqDU2crIEQ', 0)).toBe('https://www.youtube.com/watch?v=iqqDU2crIEQ&t=0s');
});
