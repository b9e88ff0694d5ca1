import { describe, expect, it } from 'vitest';
import { fillParts, shellWord, type Part } from './placeholders';

const user = (quoted = false): Part => ({ placeholder: 'user', fallback: '$USER', quoted });

describe('fillParts', () => {
  it('uses the fallback while the field is empty or blank', () => {
    expect(fillParts(['groups ', user()], {})).toBe('groups $USER');
    expect(fillParts(['groups ', user()], { user: '   ' })).toBe('groups $USER');
  });

  it('uses what the reader typed, trimmed', () => {
    expect(fillParts(['usermod -a -G docker ', user()], { user: ' ada ' })).toBe('usermod -a -G docker ada');
  });
});

describe('shellWord', () => {
  it('leaves plain names alone', () => {
    expect(shellWord('ada.lovelace-1', false)).toBe('ada.lovelace-1');
  });

  it('quotes a value that a shell would split or expand', () => {
    expect(shellWord('Ada Lovelace', false)).toBe("'Ada Lovelace'");
    expect(shellWord("o'brien", false)).toBe("'o'\\''brien'");
    expect(shellWord('$(rm -rf ~)', false)).toBe("'$(rm -rf ~)'");
  });

  it('escapes inside double quotes instead of adding quotes', () => {
    expect(shellWord('say "hi" $HOME', true)).toBe('say \\"hi\\" \\$HOME');
  });
});
