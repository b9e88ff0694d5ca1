/**
 * The course's one reader of shell words. Given the text of one command as a lesson shows it
 * (possibly several lines joined by `\` continuations, possibly several commands joined by
 * `&&`, `|`, `;`), it finds the simple commands and their words the way a POSIX shell
 * tokenises them, and keeps where each word sits in the text, so the build can wrap exactly
 * those characters in markup and an explanation can point at them.
 *
 * It is a lexer, not a shell: nothing is expanded. `$VAR`, `${VAR}`, `$(…)` and backticks stay
 * literal text inside their word (a lesson's `$(pwd)` is a word, not a command to read), and
 * `<name>` placeholders stay inside words instead of being taken for redirections.
 *
 * Pure, no dependencies: it ships to the browser ("Explain a command") and runs at build time.
 */

export type Span = { start: number; end: number };

/** A `<name>` placeholder inside a word; offsets into the text. */
export type Placeholder = Span & { name: string };

export type Word = Span & {
  /** The word as the program receives it: quotes and backslash escapes removed. */
  value: string;
  /** Any part of it was quoted or escaped (so `"--rm"` is still `--rm`, but visibly typed so). */
  quoted: boolean;
  placeholders: Placeholder[];
};

export type Redirect = Span & {
  /** `>`, `>>`, `<`, `<<`, `<<-`, `<<<`, `>&`, `<&`, `&>`, `&>>`, `>|`, `<>`. */
  operator: string;
  /** The file descriptor written before the operator (`2` in `2>&1`), if any. */
  fd: number | null;
  /** What it redirects to (a file, `1` in `2>&1`, a heredoc's delimiter); null if missing. */
  target: Word | null;
  /** A heredoc's body, from the line after the operator up to and including its delimiter line. */
  body: Span | null;
};

/** What ends a simple command. A new line counts as `;`. */
export type Operator = '&&' | '||' | ';' | '|' | '|&' | '&' | '(' | ')' | '\n';

export type SimpleCommand = Span & {
  words: Word[];
  redirects: Redirect[];
  /** The operator right after this command, or '' at the end of the text. */
  next: Operator | '';
};

export type LexedShell = {
  commands: SimpleCommand[];
  /** `# …` comments, without the new line. */
  comments: Span[];
};

// Same placeholder shape as lib/code-blocks/parse-session.ts, so both agree on what `<x>` is.
const placeholderPattern = /^<([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)>/;

type WordBuilder = { value: string; start: number; quoted: boolean; placeholders: Placeholder[] };

/** Splits `text` into simple commands, words, redirections and comments. Never throws. */
export function lexShell(text: string): LexedShell {
  const commands: SimpleCommand[] = [];
  const comments: Span[] = [];
  let words: Word[] = [];
  let redirects: Redirect[] = [];
  let word: WordBuilder | null = null;
  /** A redirection whose target is the next word. */
  let awaiting: Redirect | null = null;
  /** Heredocs opened on this line: their bodies start after the next new line. */
  let heredocs: Array<{ redirect: Redirect; stripTabs: boolean }> = [];
  let i = 0;

  const startWord = (at: number): WordBuilder => (word ??= { value: '', start: at, quoted: false, placeholders: [] });
  const endWord = (end: number) => {
    if (!word) return;
    const done: Word = { value: word.value, start: word.start, end, quoted: word.quoted, placeholders: word.placeholders };
    word = null;
    if (awaiting) {
      awaiting.target = done;
      awaiting.end = end;
      awaiting = null;
    } else words.push(done);
  };
  const endCommand = (next: Operator | '') => {
    awaiting = null;
    const parts: Span[] = [...words, ...redirects];
    if (parts.length > 0) {
      const start = Math.min(...parts.map((p) => p.start));
      const end = Math.max(...parts.map((p) => p.end));
      commands.push({ words, redirects, start, end, next });
    } else if (next !== '' && next !== '\n' && commands.length > 0) {
      // `a && (b)`: keep the first operator seen after a command; an empty command in between adds none.
      const last = commands[commands.length - 1]!;
      if (last.next === '' || last.next === '\n') last.next = next;
    }
    words = [];
    redirects = [];
  };
  /** Reads heredoc bodies that start at `from` (just after a new line); returns where to go on. */
  const readHeredocBodies = (from: number): number => {
    let at = from;
    for (const { redirect, stripTabs } of heredocs) {
      const delimiter = redirect.target?.value ?? '';
      const bodyStart = at;
      for (;;) {
        if (at >= text.length) break;
        const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
        const line = text.slice(at, lineEnd);
        at = Math.min(lineEnd + 1, text.length);
        if ((stripTabs ? line.replace(/^\t+/, '') : line) === delimiter) {
          redirect.body = { start: bodyStart, end: lineEnd };
          break;
        }
        redirect.body = { start: bodyStart, end: lineEnd };
      }
    }
    heredocs = [];
    return at;
  };

  /** From `$(` or `${` or a backtick at `at`: the index just past its closing character. */
  const skipSubstitution = (at: number): number => {
    if (text[at] === '`') {
      let j = at + 1;
      while (j < text.length && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
      return Math.min(j + 1, text.length);
    }
    const open = text[at + 1]!;
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    let j = at + 1;
    while (j < text.length) {
      const c = text[j]!;
      if (c === '\\') j += 2;
      else if (c === "'" && open === '(') {
        const quoteEnd = text.indexOf("'", j + 1);
        j = quoteEnd < 0 ? text.length : quoteEnd + 1;
      } else if (c === '"' && open === '(') {
        j++;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        j++;
      } else {
        if (c === open) depth++;
        else if (c === close && --depth === 0) return j + 1;
        j++;
      }
    }
    return text.length;
  };

  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';

    if (c === '\\' && next === '\n') {
      // A continuation joins lines and, inside a word, the two halves of the word.
      i += 2;
      continue;
    }
    if (c === '\\') {
      const w = startWord(i);
      w.value += next;
      w.quoted = true;
      i += next ? 2 : 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord(i);
      i++;
      continue;
    }
    if (c === '\n') {
      endWord(i);
      endCommand('\n');
      i = heredocs.length > 0 ? readHeredocBodies(i + 1) : i + 1;
      continue;
    }
    if (c === '#' && !word) {
      const lineEnd = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
      comments.push({ start: i, end: lineEnd });
      i = lineEnd;
      continue;
    }
    if (c === "'") {
      const w = startWord(i);
      const close = text.indexOf("'", i + 1);
      const end = close < 0 ? text.length : close;
      w.value += text.slice(i + 1, end);
      w.quoted = true;
      i = end + 1;
      continue;
    }
    if (c === '"') {
      const w = startWord(i);
      w.quoted = true;
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        const d = text[j]!;
        const placeholder = d === '<' ? placeholderPattern.exec(text.slice(j)) : null;
        if (d === '\\' && /["\\$`\n]/.test(text[j + 1] ?? '')) {
          if (text[j + 1] !== '\n') w.value += text[j + 1];
          j += 2;
        } else if ((d === '$' && (text[j + 1] === '(' || text[j + 1] === '{')) || d === '`') {
          const end = skipSubstitution(j);
          w.value += text.slice(j, end);
          j = end;
        } else if (placeholder) {
          w.placeholders.push({ name: placeholder[1]!, start: j, end: j + placeholder[0].length });
          w.value += placeholder[0];
          j += placeholder[0].length;
        } else {
          w.value += d;
          j++;
        }
      }
      i = j + 1;
      continue;
    }
    if ((c === '$' && (next === '(' || next === '{')) || c === '`') {
      const w = startWord(i);
      const end = skipSubstitution(i);
      w.value += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '<') {
      const placeholder = placeholderPattern.exec(text.slice(i));
      if (placeholder) {
        const w = startWord(i);
        w.placeholders.push({ name: placeholder[1]!, start: i, end: i + placeholder[0].length });
        w.value += placeholder[0];
        i += placeholder[0].length;
        continue;
      }
    }
    const redirect = /^(?:&>>|&>|<<<|<<-|<<|<>|<&|>>|>&|>\||<|>)/.exec(text.slice(i))?.[0];
    if (redirect && !(redirect.startsWith('&') && word)) {
      // A word of digits right before `>`/`<` is the file descriptor, not an argument (`2>&1`).
      let fd: number | null = null;
      let start = i;
      const pending = word as WordBuilder | null;
      if (pending && !pending.quoted && /^\d+$/.test(pending.value) && pending.start + pending.value.length === i) {
        fd = Number(pending.value);
        start = pending.start;
        word = null;
      } else endWord(i);
      const made: Redirect = { operator: redirect, fd, target: null, body: null, start, end: i + redirect.length };
      redirects.push(made);
      i += redirect.length;
      const dup = (redirect === '>&' || redirect === '<&') && /^(\d+|-)/.exec(text.slice(i));
      if (dup) {
        made.target = { value: dup[0], start: i, end: i + dup[0].length, quoted: false, placeholders: [] };
        made.end = i + dup[0].length;
        i += dup[0].length;
      } else {
        awaiting = made;
        if (redirect === '<<' || redirect === '<<-') heredocs.push({ redirect: made, stripTabs: redirect === '<<-' });
      }
      continue;
    }
    const operator = /^(?:&&|\|\||\|&|;;|[;|&()])/.exec(text.slice(i))?.[0];
    if (operator) {
      endWord(i);
      endCommand((operator === ';;' ? ';' : operator) as Operator);
      i += operator.length;
      continue;
    }
    startWord(i).value += c;
    i++;
  }
  endWord(text.length);
  endCommand('');
  return { commands, comments };
}

/** Programs that run the rest of their words as another command, with the options they take a value for. */
const wrappers: Record<string, { valued: RegExp; assignments: boolean }> = {
  sudo: {
    valued: /^-[ugpCDrtUThR]$|^--(user|group|prompt|close-from|chdir|role|type|other-user|command-timeout|host|chroot)$/,
    assignments: true,
  },
  doas: { valued: /^-[uC]$/, assignments: false },
  env: { valued: /^-[uCS]$|^--(unset|chdir|split-string)$/, assignments: true },
  time: { valued: /^-[fo]$/, assignments: false },
  nice: { valued: /^-n$|^--adjustment$/, assignments: false },
  nohup: { valued: /^$/, assignments: false },
  exec: { valued: /^-a$/, assignments: false },
  command: { valued: /^$/, assignments: false },
};
/** Shell keywords that can stand before a command without changing which program runs. */
const keywords = new Set(['!', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', '{']);
const assignment = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * The words that name the program and its arguments: without leading `VAR=value` assignments,
 * shell keywords, and wrappers such as `sudo -u root`, `env -i A=1`, `time`, `nice -n 5`,
 * `nohup`, so `sudo docker run …` is read as docker's. Works on words or plain strings.
 */
export function commandWords<T extends { value: string } | string>(words: readonly T[]): T[] {
  return words.slice(commandStart(words.map((w) => (typeof w === 'string' ? w : w.value))));
}

/** Index of the first word that commandWords keeps. */
export function commandStart(values: readonly string[]): number {
  let i = 0;
  while (i < values.length) {
    const value = values[i]!;
    if (assignment.test(value) || keywords.has(value)) {
      i++;
      continue;
    }
    const wrapper = wrappers[value];
    if (!wrapper) return i;
    i++;
    // The wrapper's own options (and their values), then, for sudo/env, assignments it passes on.
    while (i < values.length) {
      const option = values[i]!;
      if (option === '--') {
        i++;
        break;
      }
      if (option.startsWith('-') && option.length > 1) {
        i += wrapper.valued.test(option) ? 2 : 1;
      } else if (wrapper.assignments && assignment.test(option)) {
        i++;
      } else break;
    }
  }
  return i;
}
