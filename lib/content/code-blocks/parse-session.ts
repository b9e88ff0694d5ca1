/**
 * Reads a terminal session (```console) or a script (```sh) the way a shell would, line by
 * line, to know which text is a command and which is output:
 * - session: `$ ` starts a user command, `# ` a root command; any other line is output;
 * - script: every line is part of the one script, and `#` starts a comment;
 * - both: a command goes on after a trailing `\`, an unclosed quote or a trailing `|`, `&&`,
 *   `||`; a heredoc's body (up to its delimiter) belongs to the command that opened it;
 * - `<name>` outside single quotes, comments and heredoc bodies is a placeholder.
 * Pure and small: the remark plugin derives the copy text from it, the rehype plugin marks
 * the highlighted lines with it, and both read the same raw source.
 */

export type ShellMode = 'session' | 'script';

/** `command`: a prompt line (or a script line); `continuation`: more of the same command. */
export type LineKind = 'command' | 'continuation' | 'heredoc' | 'output';

export type Placeholder = { name: string; start: number; end: number; quoted: boolean };

export type ShellLine = {
  text: string;
  kind: LineKind;
  /** `$ ` or `# ` on a session's prompt line, else empty. */
  prompt: string;
  /** Index into `commands`, or -1 for output. */
  command: number;
  placeholders: Placeholder[];
};

export type ShellCommand = {
  root: boolean;
  /** First and last line of the command, heredoc bodies included. */
  first: number;
  last: number;
  /** Last line that is not heredoc body: where a note about the command belongs. */
  lastCode: number;
};

export type ParsedShell = { lines: ShellLine[]; commands: ShellCommand[] };

type Heredoc = { delimiter: string; stripTabs: boolean };
type Continuation = false | 'backslash' | 'quote' | 'operator';
type ScanState = { quote: '' | "'" | '"'; heredocs: Heredoc[] };

const placeholderPattern = /^<([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)>/;

export function parseShell(source: string, mode: ShellMode): ParsedShell {
  const lines: ShellLine[] = [];
  const commands: ShellCommand[] = [];
  const state: ScanState = { quote: '', heredocs: [] };
  let current = -1;
  let continuation = false as Continuation; // set by scan(), which TypeScript cannot follow

  const add = (text: string, kind: LineKind, prompt = '', placeholders: Placeholder[] = []) => {
    lines.push({ text, kind, prompt, command: kind === 'output' ? -1 : current, placeholders });
    const command = commands[current];
    if (command && kind !== 'output') {
      command.last = lines.length - 1;
      if (kind !== 'heredoc') command.lastCode = lines.length - 1;
    }
  };
  const scan = (text: string, from: number, kind: LineKind, prompt = '') => {
    const result = scanLine(text, from, state);
    continuation = result.continuation;
    add(text, kind, prompt, result.placeholders);
  };

  for (const text of source.replace(/\r\n?/g, '\n').split('\n')) {
    const readingBody = state.heredocs.length > 0 && continuation !== 'backslash' && continuation !== 'quote';
    if (readingBody) {
      const heredoc = state.heredocs[0]!;
      if ((heredoc.stripTabs ? text.replace(/^\t+/, '') : text) === heredoc.delimiter) state.heredocs.shift();
      add(text, 'heredoc');
    } else if (current >= 0 && continuation) {
      scan(text, 0, 'continuation');
    } else if (mode === 'script') {
      if (current < 0) commands.push({ root: false, first: 0, last: 0, lastCode: 0 });
      current = 0;
      scan(text, 0, 'command');
    } else {
      const prompt = /^[$#] /.exec(text)?.[0];
      if (prompt && text.slice(2).trim()) {
        commands.push({ root: prompt === '# ', first: lines.length, last: lines.length, lastCode: lines.length });
        current = commands.length - 1;
        scan(text, 2, 'command', prompt);
      } else {
        current = -1;
        add(text, 'output');
      }
    }
  }
  return { lines, commands };
}

/** Follows quotes, escapes and comments through one line; finds heredocs and placeholders. */
function scanLine(line: string, from: number, state: ScanState): { continuation: Continuation; placeholders: Placeholder[] } {
  const placeholders: Placeholder[] = [];
  let codeEnd = line.length;
  for (let i = from; i < line.length; i++) {
    const char = line[i]!;
    if (state.quote === "'") {
      if (char === "'") state.quote = '';
      continue;
    }
    if (char === '\\') {
      if (i === line.length - 1) return { continuation: state.quote ? 'quote' : 'backslash', placeholders };
      i++;
      continue;
    }
    if (char === '<' && line[i - 1] !== '<') {
      const match = placeholderPattern.exec(line.slice(i));
      if (match) {
        placeholders.push({ name: match[1]!, start: i, end: i + match[0].length, quoted: state.quote === '"' });
        i += match[0].length - 1;
        continue;
      }
    }
    if (state.quote === '"') {
      if (char === '"') state.quote = '';
      continue;
    }
    if (char === "'" || char === '"') {
      state.quote = char;
    } else if (char === '#' && (i === 0 || /[\s;&|()<>]/.test(line[i - 1]!))) {
      codeEnd = i;
      break;
    } else if (line.startsWith('<<<', i)) {
      i += 2; // a here-string, not a heredoc
    } else if (line.startsWith('<<', i)) {
      i = readHeredoc(line, i + 2, state) - 1;
    }
  }
  if (state.quote) return { continuation: 'quote', placeholders };
  const code = line.slice(from, codeEnd).trimEnd();
  const operator = /(?:\|\||&&|\|)$/.test(code) && !code.endsWith('\\|');
  return { continuation: operator ? 'operator' : false, placeholders };
}

/** Reads the delimiter word after `<<` (or `<<-`); returns the index after it. */
function readHeredoc(line: string, start: number, state: ScanState): number {
  let i = start;
  const stripTabs = line[i] === '-';
  if (stripTabs) i++;
  while (line[i] === ' ' || line[i] === '\t') i++;
  let delimiter = '';
  let quote = '';
  for (; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === quote) quote = '';
      else delimiter += char;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '\\' && i + 1 < line.length) {
      delimiter += line[++i];
    } else if (/[\s;&|()<>]/.test(char)) {
      break;
    } else {
      delimiter += char;
    }
  }
  if (delimiter) state.heredocs.push({ delimiter, stripTabs });
  return i;
}
