import { expect, test } from 'vitest';
import { chapterAt } from './chapters';

const starts = [30, 167, 304, 523];

test.each([
  [0, undefined],
  [29, undefined],
  [30, 30],
  [166.4, 30],
  [166.6, 167],
  [303.6, 304],
  [304, 304],
  [522, 304],
  [9999, 523],
])('at %s the chapter is the one at %s', (seconds, at) => expect(chapterAt(starts, seconds)).toBe(at));

test('no chapters, no chapter', () => expect(chapterAt([], 100)).toBeUndefined());
