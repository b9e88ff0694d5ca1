import { describe, expect, test } from 'vitest';
import { deepLink, readDeepLink } from './deep-link';

describe('readDeepLink', () => {
  test('?t= belongs to the first video only', () => {
    expect(readDeepLink('?t=304', 'iqqDU2crIEQ', true)).toBe(304);
    expect(readDeepLink('?t=304', '8fi7uSYlOdc', false)).toBeUndefined();
  });
  test('?v=<id>&t= belongs to that video', () => {
    expect(readDeepLink('?v=8fi7uSYlOdc&t=5m', '8fi7uSYlOdc', false)).toBe(300);
    expect(readDeepLink('?v=8fi7uSYlOdc&t=5m', 'iqqDU2crIEQ', true)).toBeUndefined();
  });
  test('YouTube-style times and junk', () => {
    expect(readDeepLink('?t=304s', 'iqqDU2crIEQ', true)).toBe(304);
    expect(readDeepLink('?t=5m4s', 'iqqDU2crIEQ', true)).toBe(304);
    expect(readDeepLink('?t=soon', 'iqqDU2crIEQ', true)).toBeUndefined();
    expect(readDeepLink('', 'iqqDU2crIEQ', true)).toBeUndefined();
  });
});

describe('deepLink', () => {
  const page = 'https://learn.example/lessons/video-walkthrough';
  test('first video: ?t=', () => {
    expect(deepLink(page, 'iqqDU2crIEQ', true, 304)).toBe('/lessons/video-walkthrough?t=304');
  });
  test('other videos: ?v=&t=', () => {
    expect(deepLink(page, '8fi7uSYlOdc', false, 60)).toBe('/lessons/video-walkthrough?v=8fi7uSYlOdc&t=60');
  });
  test('replaces an earlier link, keeps other params and the hash', () => {
    expect(deepLink(`${page}?v=8fi7uSYlOdc&t=60&x=1#chapters`, 'iqqDU2crIEQ', true, 523)).toBe(
      '/lessons/video-walkthrough?x=1&t=523#chapters',
    );
  });
  test('round trip', () => {
    const href = `https://learn.example${deepLink(page, '8fi7uSYlOdc', false, 95)}`;
    expect(readDeepLink(new URL(href).search, '8fi7uSYlOdc', false)).toBe(95);
  });
});
