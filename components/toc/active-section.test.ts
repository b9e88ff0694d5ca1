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

  it('is none without headings', () => {
    expect(activeSection([], view)).toBe(-1);
  });
});
