import { describe, expect, it } from 'vitest';
import { highlight, snippet, type TextPart } from './snippet';

const render = (parts: TextPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('highlight', () => {
  it('marks every occurrence, whatever the case, longest term first', () => {
    expect(render(highlight('Listen on 0.0.0.0, not on 0 or 127.0.0.1', ['0', '0.0.0.0']))).toBe(
      'Listen on [0.0.0.0], not on [0] or 127.[0].[0].1',
    );
    expect(render(highlight('Docker and docker', ['docker']))).toBe('[Docker] and [docker]');
  });

  it('treats terms as text, not as patterns', () => {
    expect(render(highlight('a.b and axb', ['a.b']))).toBe('[a.b] and axb');
  });

  it('returns the text unmarked without terms', () => {
    expect(highlight('plain', [])).toEqual([{ text: 'plain', mark: false }]);
  });
});

describe('snippet', () => {
  const words = Array.from({ length: 80 }, (_, i) => `word${i}`);

  it('shows the text around the first match, cut at spaces, with ellipses', () => {
    const text = [...words.slice(0, 40), 'usermod', ...words.slice(40)].join(' ');
    const out = render(snippet(text, ['usermod'], 60));
    expect(out).toMatch(/^…\S/);
    expect(out).toMatch(/\S…$/);
    expect(out).toContain('[usermod]');
    expect(out.length).toBeLessThanOrEqual(66);
    // Cut between words, never inside one.
    expect(out).toMatch(/^…word\d+ .* word\d+…$/);
  });

  it('starts at the beginning when the match is near it, or there is no match', () => {
    const text = words.join(' ');
    expect(render(snippet(text, ['word1'], 40))).toMatch(/^\[word1\]|^word0 \[word1\]/);
    expect(render(snippet(text, ['absent'], 40))).toMatch(/^word0 word1 .*\d…$/);
  });

  it('keeps a short text whole', () => {
    expect(render(snippet('Run usermod now', ['usermod']))).toBe('Run [usermod] now');
  });
});
