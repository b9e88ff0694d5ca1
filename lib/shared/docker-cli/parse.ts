/**
 * Reads one docker (or docker compose, or docker-compose) command line with the model, the way
 * the CLI's flag parser (cobra/pflag) would: global flags before the command, the command by
 * any of its aliases, `--flag=value`, `--flag value`, `-p8050:8050`, `-p=8050`, bundled short
 * switches (`-it`, `-dit`), `--` ending the flags, and, for run/exec, everything after the
 * image or container being the container's command. What it cannot place is reported in
 * `unknown`, with the closest known name where there is one, instead of being guessed.
 */
import { commandStart, type Span } from '../shell/words';
import { commandGroups, commandsByAlias, findFlag, globalFlags, type CommandModel, type FlagModel, type Program } from './model';
import type { Role } from './explanations';

/** A word as the lexer gives it (lib/shared/shell/words.ts), or anything with a value and a span. */
export type InputWord = Span & { value: string };

export type ParsedFlag = {
  /** The flag as typed: `-p`, `--publish`, or `-t` out of `-it`. */
  typed: string;
  /** Where the flag's name was typed (inside a bundle like `-it`, just its letter). */
  span: Span;
  flag: FlagModel;
  scope: 'global' | 'command';
  value: string | null;
  valueSpan: Span | null;
};

export type ParsedArgument = { value: string; span: Span; role: Role };

export type UnknownPart = {
  kind: 'program' | 'subcommand' | 'flag' | 'missing-value' | 'extra-argument';
  text: string;
  span: Span;
  /** The closest known subcommand or flag, if one is close enough to be a likely typo. */
  suggestion: string | null;
  /** The word taken as the value of a mistyped flag, when the flag it resembles takes one. */
  valueSpan?: Span;
  message: string;
};

export type ParsedDockerCommand = {
  /** `docker`, `docker compose` or `docker-compose`. */
  program: 'docker' | 'docker compose' | 'docker-compose';
  /** The words naming the program (`docker`, and `compose` for docker compose). */
  programSpans: Span[];
  command: CommandModel | null;
  /** The alias as typed, such as `ps` for `container ls`; the words' spans in `commandSpans`. */
  typedCommand: string;
  commandSpans: Span[];
  globalFlags: ParsedFlag[];
  flags: ParsedFlag[];
  args: ParsedArgument[];
  /** A `--` that ends the flags, if typed. */
  endOfFlags: Span | null;
  unknown: UnknownPart[];
};

/** Restricted Damerau–Levenshtein distance: a swap of two letters counts as one typo. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The candidate closest to `typed`, if within a typo's reach (a third of its length, at least 2). */
export function closest(typed: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 3)) ? best : null;
}

const sub = (word: InputWord, from: number, to = word.end - word.start): Span =>
  // Offsets inside a word hold when the part before them was typed unquoted, as flag names are.
  ({ start: Math.min(word.start + from, word.end), end: Math.min(word.start + to, word.end) });

/** Is `words` (after sudo, env, assignments) a docker command this parser reads? */
export function isDockerCommand(words: readonly { value: string }[]): boolean {
  const first = words[commandStart(words.map((w) => w.value))]?.value ?? '';
  return /^(?:.*\/)?docker(?:-compose)?(?:\.exe)?$/.test(first);
}

/**
 * Parses the words of one simple command (as lexShell gives them, or plain strings, which get
 * spans as if joined by single spaces). Leading sudo, env and assignments are skipped.
 */
export function parseDockerCommand(input: readonly (InputWord | string)[]): ParsedDockerCommand {
  let offset = 0;
  const all: InputWord[] = input.map((w) => {
    if (typeof w !== 'string') return w;
    const word = { value: w, start: offset, end: offset + w.length };
    offset += w.length + 1;
    return word;
  });
  const words = all.slice(commandStart(all.map((w) => w.value)));
  const result: ParsedDockerCommand = {
    program: 'docker',
    programSpans: [],
    command: null,
    typedCommand: '',
    commandSpans: [],
    globalFlags: [],
    flags: [],
    args: [],
    endOfFlags: null,
    unknown: [],
  };
  const first = words[0];
  if (!first) return result;
  const name = first.value.replace(/^.*\//, '').replace(/\.exe$/, '');
  result.programSpans.push(span(first));
  if (name !== 'docker' && name !== 'docker-compose') {
    result.unknown.push({
      kind: 'program',
      text: first.value,
      span: span(first),
      suggestion: null,
      message: `${first.value} is not docker`,
    });
    return result;
  }

  let i = 1;
  let program: Program = name === 'docker' ? 'docker' : 'compose';
  if (program === 'docker') {
    i = readFlags(words, i, globalFlags.docker, 'global', result.globalFlags, result.unknown, true);
    if (words[i]?.value === 'compose') {
      program = 'compose';
      result.program = 'docker compose';
      result.programSpans.push(span(words[i]!));
      i++;
    }
  } else result.program = 'docker-compose';
  if (program === 'compose') i = readFlags(words, i, globalFlags.compose, 'global', result.globalFlags, result.unknown, true);

  // The command: the longest alias that the next words spell (`container ls` before `container`).
  const prefix = program === 'compose' ? 'compose ' : '';
  const one = words[i];
  const two = words[i + 1];
  const twoWords = one && two ? `${one.value} ${two.value}` : '';
  let command = twoWords ? commandsByAlias.get(prefix + twoWords) : undefined;
  if (command) {
    result.typedCommand = twoWords;
    result.commandSpans.push(span(one!), span(two!));
    i += 2;
  } else if (one && (command = commandsByAlias.get(prefix + one.value))) {
    result.typedCommand = one.value;
    result.commandSpans.push(span(one));
    i += 1;
  }
  if (!command) {
    if (!one) return result; // `docker` or `docker --version` alone is fine
    const group = program === 'docker' && commandGroups.has(one.value) && two ? one.value : '';
    const typed = group ? twoWords : one.value;
    const candidates = [...commandsByAlias.keys()]
      .filter((alias) => (program === 'compose' ? alias.startsWith('compose ') : !alias.startsWith('compose ')))
      .map((alias) => alias.slice(prefix.length))
      .filter((alias) => (group ? alias.startsWith(`${group} `) : !alias.includes(' ') || commandGroups.has(alias)));
    const suggestion = closest(typed, group ? candidates : candidates.concat([...commandGroups].filter((g) => g !== 'compose')));
    const shown = `${result.program} ${typed}`;
    result.unknown.push({
      kind: 'subcommand',
      text: typed,
      span: group ? { start: one.start, end: two!.end } : span(one),
      suggestion: suggestion ? `${result.program} ${suggestion}` : null,
      message: `${shown} is not a command this course's model knows${suggestion ? `; did you mean ${result.program} ${suggestion}?` : ''}`,
    });
    return result;
  }
  result.command = command;

  // Flags and arguments. Compose's global flags are persistent, so they may also follow the command.
  const flags = program === 'compose' ? [...command.flags, ...globalFlags.compose] : command.flags;
  let position = 0;
  let flagsDone = false;
  while (i < words.length) {
    const word = words[i]!;
    if (!flagsDone && word.value === '--') {
      result.endOfFlags = span(word);
      flagsDone = true;
      i++;
      continue;
    }
    if (!flagsDone && /^-./.test(word.value)) {
      i = readFlags(words, i, flags, 'command', result.flags, result.unknown, false);
      continue;
    }
    const role = command.args[position] ?? command.rest;
    if (!role) {
      result.unknown.push({
        kind: 'extra-argument',
        text: word.value,
        span: span(word),
        suggestion: null,
        message: `${result.program} ${result.typedCommand} takes no argument ${word.value} here`,
      });
    } else result.args.push({ value: word.value, span: span(word), role });
    position++;
    // After run's image or exec's container, every word is the container's command.
    if (!command.interspersed && position >= command.args.length) flagsDone = true;
    i++;
  }
  // A compose command's own flags are separate from those of the compose program: move the global ones.
  if (program === 'compose') {
    const moved = result.flags.filter((f) => !command.flags.includes(f.flag));
    result.flags = result.flags.filter((f) => command.flags.includes(f.flag));
    for (const f of moved) result.globalFlags.push({ ...f, scope: 'global' });
  }
  return result;
}

const span = (word: InputWord): Span => ({ start: word.start, end: word.end });

/**
 * Reads the flag word at `i` (with its value, which may be the next word); with `untilArgument`,
 * goes on through further flag words until a word that is not a flag. Returns the next index.
 */
function readFlags(
  words: readonly InputWord[],
  start: number,
  known: readonly FlagModel[],
  scope: ParsedFlag['scope'],
  into: ParsedFlag[],
  unknown: UnknownPart[],
  untilArgument: boolean,
): number {
  let i = start;
  do {
    const word = words[i];
    if (!word || !/^-./.test(word.value) || word.value === '--') return i;
    i++;
    const takeNext = (flag: FlagModel, typed: string, nameSpan: Span): void => {
      const next = words[i];
      if (next) {
        into.push({ typed, span: nameSpan, flag, scope, value: next.value, valueSpan: span(next) });
        i++;
      } else {
        into.push({ typed, span: nameSpan, flag, scope, value: null, valueSpan: null });
        unknown.push({
          kind: 'missing-value',
          text: typed,
          span: nameSpan,
          suggestion: null,
          message: `${typed} needs a value (${flag.kind === 'text' ? flag.type : flag.kind}) after it`,
        });
      }
    };
    if (word.value.startsWith('--')) {
      const equals = word.value.indexOf('=');
      const name = equals < 0 ? word.value : word.value.slice(0, equals);
      const nameSpan = sub(word, 0, name.length);
      const flag = findFlag(known, name);
      if (!flag) {
        const suggestion = closest(
          name.slice(2),
          known.map((f) => f.long),
        );
        const part: UnknownPart = {
          kind: 'flag',
          text: name,
          span: nameSpan,
          suggestion: suggestion ? `--${suggestion}` : null,
          message: `${name} is not a flag here${suggestion ? `; did you mean --${suggestion}?` : ''}`,
        };
        // `--publsh 80 nginx`: read 80 as the typo's value, as --publish would take it, not as the image.
        const next = words[i];
        if (equals < 0 && suggestion && findFlag(known, `--${suggestion}`)?.takesValue && next) {
          part.valueSpan = span(next);
          i++;
        }
        unknown.push(part);
        continue;
      }
      if (equals >= 0)
        into.push({ typed: name, span: nameSpan, flag, scope, value: word.value.slice(equals + 1), valueSpan: sub(word, equals + 1) });
      else if (flag.takesValue) takeNext(flag, name, nameSpan);
      else into.push({ typed: name, span: nameSpan, flag, scope, value: null, valueSpan: null });
      continue;
    }
    // A bundle of short flags: switches, then at most one flag that takes the rest (or the next word) as its value.
    for (let j = 1; j < word.value.length; j++) {
      const letter = word.value[j]!;
      const typed = `-${letter}`;
      // The first letter's part takes the dash with it, so `-d` is one part and `-it` is `-i` + `t`.
      const nameSpan = sub(word, j === 1 ? 0 : j, j + 1);
      const flag = findFlag(known, typed);
      if (!flag) {
        const longs = known.filter((f) => f.short).map((f) => f.short!);
        unknown.push({
          kind: 'flag',
          text: typed,
          span: nameSpan,
          suggestion: null,
          message: `${typed} is not a flag here${longs.length ? ` (short flags here: ${longs.map((s) => `-${s}`).join(' ')})` : ''}`,
        });
        continue;
      }
      if (!flag.takesValue) {
        into.push({ typed, span: nameSpan, flag, scope, value: null, valueSpan: null });
        continue;
      }
      const rest = word.value.slice(j + 1);
      if (rest) {
        const skip = rest.startsWith('=') ? 1 : 0; // pflag reads `-p=8050` as `-p 8050`
        into.push({ typed, span: nameSpan, flag, scope, value: rest.slice(skip), valueSpan: sub(word, j + 1 + skip) });
      } else takeNext(flag, typed, nameSpan);
      break;
    }
  } while (untilArgument);
  return i;
}
