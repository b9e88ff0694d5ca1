import { describe, expect, it } from 'vitest';
import { attribute, flag, integer, json, oneOf } from './contract';

/** A stand-in for an element: only getAttribute is read. */
const element = (attributes: Record<string, string>) =>
  ({ getAttribute: (name: string) => attributes[name] ?? null }) as unknown as Element;

describe('contract attributes', () => {
  it('a text attribute round-trips and names its selector', () => {
    const link = attribute('data-toc-link');
    expect(link.set('images')).toEqual({ 'data-toc-link': 'images' });
    expect(link.get(element(link.set('images')))).toBe('images');
    expect(link.selector).toBe('[data-toc-link]');
    expect(link.get(element({}))).toBeUndefined();
  });

  it('an integer attribute rejects what is not a whole number', () => {
    const index = attribute('data-index', integer);
    expect(index.get(element(index.set(3)))).toBe(3);
    expect(index.get(element({ 'data-index': 'x' }))).toBeUndefined();
    expect(index.get(element({ 'data-index': '1.5' }))).toBeUndefined();
  });

  it('a flag is present or left out', () => {
    const open = attribute('data-open', flag);
    expect(open.set(false)).toEqual({});
    expect(open.get(element(open.set(true)))).toBe(true);
  });

  it('one of a set of words, and nothing else', () => {
    const look = attribute('data-look', oneOf(['badge', 'mark'] as const));
    expect(look.get(element({ 'data-look': 'badge' }))).toBe('badge');
    expect(look.get(element({ 'data-look': 'other' }))).toBeUndefined();
  });

  it('JSON is checked on arrival: malformed or mistyped data reads as undefined, not as a cast', () => {
    const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((n) => typeof n === 'number');
    const list = attribute('data-list', json(isNumbers));
    expect(list.get(element(list.set([1, 2])))).toEqual([1, 2]);
    expect(list.get(element({ 'data-list': '["a"]' }))).toBeUndefined();
    expect(list.get(element({ 'data-list': '[1,' }))).toBeUndefined();
  });
});
