import { describe, expect, it } from 'vitest';
import { parseFenceMeta } from './fence-meta';

describe('parseFenceMeta', () => {
  it('reads nothing from an empty meta', () => {
    expect(parseFenceMeta(null)).toEqual({});
    expect(parseFenceMeta('  ')).toEqual({});
  });

  it('reads quoted, bare and valueless options', () => {
    expect(parseFenceMeta(`title="My Dockerfile" download='/examples/a b.txt' lang=yaml wrap`)).toEqual({
      title: 'My Dockerfile',
      download: '/examples/a b.txt',
      lang: 'yaml',
      wrap: 'true',
    });
  });

  it('keeps spaces and `=` inside quotes, unescapes only the quote and backslash', () => {
    expect(parseFenceMeta(String.raw`title="a = \"b\" C:\dir \\"`)).toEqual({ title: 'a = "b" C:\\dir \\' });
  });

  it('fails loudly on what it cannot read', () => {
    expect(() => parseFenceMeta('title="Dockerfile')).toThrow(/no closing "/);
    expect(() => parseFenceMeta('title="a"b')).toThrow(/separate options/);
    expect(() => parseFenceMeta('{1,3}')).toThrow(/cannot read/);
    expect(() => parseFenceMeta('title=a title=b')).toThrow(/twice/);
  });
});
