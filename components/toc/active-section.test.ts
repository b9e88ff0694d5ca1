import { describe, expect, it } from 'vitest';
import { activeSection } from './active-section';

const view = { height: 1000, scrollY: 0, scrollHeight: 5000 };

describe('activeSection', () => {
  it('is the last heading above the top fifth of the window, the first one before any', () => {
    expect(activeSection([500, 1500, 2500], view)).toBe(0);
    expect(activeSection([-400, 150, 900], view)).toBe(1);
    expect(activeSection([-900, -300, 199], view)).toBe(2);
  });

  it('is the last heading at the bottom of the page, even below the line', () => {
    expect(activeSection([-900, 300, 700], { height: 1000, scrollY: 4000, scrollHeight: 5000 })).toBe(2);
  });

  it('counts a heading where a link puts it as read, on a short window too and a fraction of a pixel low', () => {
    // 768 px tall: the top fifth is 153.6 px, but a link lands headings at 160 px (header and scroll margin).
    const short = { height: 768, scrollY: 3000, scrollHeight: 9000, landing: 160 };
    expect(activeSection([-700, 160.36, 900], short)).toBe(1);
    expect(activeSection([-700, 175, 900], short)).toBe(0);
    expect(activeSection([-700, 160.36, 900], { height: 800, scrollY: 3000, scrollHeight: 9000, landing: 160 })).toBe(1);
  });

  it('is none without headings', () => {
    expect(activeSection([], view)).toBe(-1);
  });
});
