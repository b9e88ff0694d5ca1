/**
 * Just enough of the shell to know which programs a lesson runs with which words. A block's
 * lines come from lib/content/code-blocks (parse-session.ts knows where each command starts and ends);
 * this splits a command's text further into simple commands and their words.
 */

/**
 * Splits shell text into simple commands and their words, as far as these rules need: quotes
 * and backslashes are honoured, `#` starts a comment, and `&&`, `||`, `;`, `|`, `&` and new
 * lines end a command. `line` is the command's first line, counted from 0.
 */
export function simpleCommands(text: string): Array<{ line: number; words: string[] }> {
  const commands: Array<{ line: number; words: string[] }> = [];
  let words: string[] = [];
  let word: string | null = null;
  let quote: '' | "'" | '"' = '';
  let line = 0;
  let start = 0;
  const endWord = () => {
    if (word !== null) {
      if (words.length === 0) start = line;
      words.push(word);
    }
    word = null;
  };
  const endCommand = () => {
    endWord();
    if (words.length) commands.push({ line: start, words });
    words = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") quote = '';
      else word = (word ?? '') + char;
      if (char === '\n') line++;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = '';
      else if (char === '\\' && /["\\$`\n]/.test(text[i + 1] ?? '')) {
        if (text[i + 1] === '\n') line++;
        else word = (word ?? '') + text[i + 1];
        i++;
      } else word = (word ?? '') + char;
      if (char === '\n') line++;
      continue;
    }
    if (char === '\\') {
      const next = text[i + 1] ?? '';
      i++;
      if (next === '\n') line++;
      else word = (word ?? '') + next;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
      continue;
    }
    if (char === '#' && word === null) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (char === '\n' || char === ';' || char === '|' || char === '&') {
      endCommand();
      if (char === '\n') line++;
      if ((char === '|' || char === '&') && text[i + 1] === char) i++;
      continue;
    }
    if (char === ' ' || char === '\t') {
      endWord();
      continue;
    }
    word = (word ?? '') + char;
  }
  endCommand();
  return commands;
}

/** The words that matter: without a leading `sudo` (and its options) and `VAR=value` assignments. */
export function commandWords(words: string[]): string[] {
  let i = 0;
  for (;;) {
    if (words[i] === 'sudo') {
      i++;
      while (words[i]?.startsWith('-')) i += words[i] === '-u' || words[i] === '-g' ? 2 : 1;
    } else if (words[i] !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!)) {
      i++;
    } else {
      return words.slice(i);
    }
  }
}
