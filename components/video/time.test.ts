import { describe, expect, test } from 'vitest';
import { formatTime, isoDuration, parseTime } from './time';

describe('formatTime', () => {
  test.each([
    [0, '0:00'],
    [30, '0:30'],
    [304, '5:04'],
    [523, '8:43'],
    [1594, '26:34'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [304.9, '5:04'],
  ])('%s → %s', (seconds, label) => expect(formatTime(seconds)).toBe(label));
});

describe('isoDuration', () => {
  test.each([
    [1719, 'PT28M39S'],
    [3725, 'PT1H2M5S'],
    [3600, 'PT1H'],
    [0, 'PT0S'],
  ])('%s → %s', (seconds, iso) => expect(isoDuration(seconds)).toBe(iso));
});

describe('parseTime', () => {
  test.each([
    ['304', 304],
    ['304s', 304],
    ['5m4s', 304],
    ['5m', 300],
    ['1h2m5s', 3725],
    ['1H2M5S', 3725],
    ['5:04', 304],
    ['1:02:05', 3725],
    [' 0 ', 0],
  ])('%j → %s', (text, seconds) => expect(parseTime(text)).toBe(seconds));

  test.each(['', 's', 'abc', '-5', '5.5', '5:4', '5:60', '1:60:00', '5m4', '1e3', '304 s'])('%j is not a time', (text) =>
    expect(parseTime(text)).toBeUndefined(),
  );

  test('formatTime and parseTime agree', () => {
    for (const seconds of [0, 59, 60, 523, 3599, 3725, 36000]) expect(parseTime(formatTime(seconds))).toBe(seconds);
  });
});
