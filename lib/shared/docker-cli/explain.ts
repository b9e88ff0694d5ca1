/**
 * Puts a docker command line into words: every part (program, command, flag, value, argument)
 * with its span in the text and a one-line explanation, values with their meaning
 * (`-p 127.0.0.1:8050:8050` → which port of which address). The build wraps each span in
 * markup; "Explain a command" shows the same parts for pasted text. Unknown parts are named,
 * not guessed.
 */
import { commandStart, lexShell, type Span } from '../shell/words';
import { programLines, roleLines } from './explanations';
import type { FlagModel } from './model';
import { isDockerCommand, parseDockerCommand, type ParsedDockerCommand, type ParsedFlag, type UnknownPart } from './parse';
import {
  describeBytes,
  describeDuration,
  describeImageReference,
  describeMountSpec,
  describePlatform,
  describePortMapping,
  describeRestartPolicy,
  describeVolumeSpec,
  parsePortMapping,
  parseVolumeSpec,
} from './values';

export type PartKind = 'prefix' | 'program' | 'command' | 'flag' | 'value' | 'argument' | 'end-of-flags' | 'unknown';

export type ExplainedPart = Span & { kind: PartKind; text: string; explanation: string };

export type ExplainedCommand = Span & { parsed: ParsedDockerCommand; parts: ExplainedPart[]; unknown: UnknownPart[] };

/** Explains every docker command in `text` (other commands in it, like `cd x &&`, are left out). */
export function explainCommand(text: string): ExplainedCommand[] {
  const explained: ExplainedCommand[] = [];
  for (const simple of lexShell(text).commands) {
    if (!isDockerCommand(simple.words)) continue;
    const parsed = parseDockerCommand(simple.words);
    const parts: ExplainedPart[] = [];
    const add = (span: Span, kind: PartKind, explanation: string) =>
      parts.push({ start: span.start, end: span.end, kind, text: text.slice(span.start, span.end), explanation });

    const skipped = simple.words.slice(0, commandStart(simple.words.map((w) => w.value)));
    for (const word of skipped) add(word, 'prefix', prefixLine(word.value));
    const programLine =
      parsed.program === 'docker'
        ? programLines.docker
        : parsed.program === 'docker compose'
          ? programLines.compose
          : programLines['docker-compose'];
    parsed.programSpans.forEach((span, i) =>
      add(span, 'program', i === 0 && parsed.program === 'docker compose' ? programLines.docker : programLine),
    );
    for (const flag of parsed.globalFlags) explainFlag(flag, add);
    if (parsed.command && parsed.commandSpans.length) {
      const alias =
        parsed.typedCommand === parsed.command.path.replace(/^compose /, '') ? '' : ` (the same as docker ${parsed.command.path})`;
      const first = parsed.commandSpans[0]!;
      const last = parsed.commandSpans[parsed.commandSpans.length - 1]!;
      add({ start: first.start, end: last.end }, 'command', `${parsed.command.explanation}${alias}`);
    }
    for (const flag of parsed.flags) explainFlag(flag, add);
    if (parsed.endOfFlags)
      add(parsed.endOfFlags, 'end-of-flags', 'End of the flags: every word after this is an argument, even if it starts with -.');
    explainArguments(parsed, add);
    for (const unknown of parsed.unknown) if (unknown.kind !== 'missing-value') add(unknown.span, 'unknown', unknown.message);
    parts.sort((a, b) => a.start - b.start || b.end - a.end);
    explained.push({ start: simple.start, end: simple.end, parsed, parts, unknown: parsed.unknown });
  }
  return explained;
}

type Add = (span: Span, kind: PartKind, explanation: string) => void;

function prefixLine(word: string): string {
  if (word === 'sudo')
    return 'sudo: run the rest as the administrator (root); needed for docker when your user is not in the docker group.';
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) return `Set the environment variable ${word.split('=')[0]} for this one command.`;
  return `${word}: runs the command that follows.`;
}

function explainFlag(parsed: ParsedFlag, add: Add): void {
  const { flag } = parsed;
  const name = parsed.typed.startsWith('--') ? parsed.typed : `${parsed.typed} (--${flag.long})`;
  const scope = parsed.scope === 'global' ? ' (an option of the program, not of the command)' : '';
  add(parsed.span, 'flag', `${name}${scope}: ${flag.explanation}`);
  if (parsed.value !== null && parsed.valueSpan) add(parsed.valueSpan, 'value', describeValue(flag, parsed.value));
}

/** What a flag's value means, as far as its kind lets us say; otherwise what it is for. */
export function describeValue(flag: FlagModel, value: string): string {
  const plain = `${value}: the value of --${flag.long}.`;
  switch (flag.kind) {
    case 'bool':
      return value === 'false' ? `false: turns --${flag.long} off.` : `${value}: turns --${flag.long} on.`;
    case 'port-mapping': {
      const mapping = parsePortMapping(value);
      return mapping
        ? `${describePortMapping(mapping)}.`
        : `${value}: a port mapping docker may read in its long form (target=…,published=…).`;
    }
    case 'port':
      return `Container port ${value}.`;
    case 'mount': {
      const spec = parseVolumeSpec(value);
      return spec ? `${describeVolumeSpec(spec)}.` : plain;
    }
    case 'mount-spec':
      return `${describeMountSpec(value)}.`;
    case 'name':
      return `The name ${value}.`;
    case 'image':
      return flag.long === 'tag'
        ? `The built image's name: ${describeImageReference(value).replace(/; from .*$/, '')}.`
        : `${describeImageReference(value)}.`;
    case 'container':
      return `The container ${value}.`;
    case 'duration': {
      const words = describeDuration(value);
      return words ? `${value}: ${words}.` : plain;
    }
    case 'since': {
      const words = describeDuration(value);
      return words ? `${value}: the last ${words}.` : `${value}: a point in time.`;
    }
    case 'seconds':
      return `${value} second${value === '1' ? '' : 's'}.`;
    case 'bytes': {
      const words = describeBytes(value);
      return words ? `${value}: ${words}.` : plain;
    }
    case 'platform':
      return `${value}: ${describePlatform(value)}. On a machine of another kind it runs under emulation, more slowly.`;
    case 'env': {
      const equals = value.indexOf('=');
      return equals < 0
        ? `Pass the variable ${value} with the value it has in your shell.`
        : `Set ${value.slice(0, equals)} to "${value.slice(equals + 1)}".`;
    }
    case 'build-arg': {
      const equals = value.indexOf('=');
      return equals < 0
        ? `Pass the build argument ${value} from your shell.`
        : `Set the build argument ${value.slice(0, equals)} to "${value.slice(equals + 1)}".`;
    }
    case 'label':
      return `The label ${value}.`;
    case 'network':
      return value === 'host'
        ? "host: share this machine's network directly, with no isolation and no port publishing needed (on Linux)."
        : value === 'none'
          ? 'none: no network at all.'
          : value === 'bridge'
            ? 'bridge: the default network.'
            : `The network ${value}.`;
    case 'restart-policy':
      return `${describeRestartPolicy(value)}.`;
    case 'pull-policy':
      return `${value}: ${{ always: 'always download the image first', missing: 'download only if not on this machine', never: 'never download; fail if missing', build: 'build it instead of downloading' }[value] ?? 'a pull policy'}.`;
    case 'format':
      return value === 'json'
        ? 'json: one JSON object per line.'
        : value.startsWith('table')
          ? `${value}: a table.`
          : `${value}: a Go template; {{.Field}} prints a field.`;
    case 'filter': {
      const [key, ...rest] = value.split('=');
      return rest.length ? `Only entries whose ${key} matches ${rest.join('=')}.` : plain;
    }
    case 'path':
      return `${value}: a path on this machine.`;
    case 'container-path':
      return `${value}: a path inside the container.`;
    case 'count':
      return value === 'all' ? 'all: no limit.' : `${value}.`;
    case 'signal':
      return `The signal ${value}.`;
    case 'user':
      return `The user ${value}.`;
    default:
      return plain;
  }
}

function explainArguments(parsed: ParsedDockerCommand, add: Add): void {
  const args = parsed.args;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.role === 'command' || arg.role === 'exec-command') {
      // The container's command is one part: its words are the program's, not docker's.
      const last = args[args.length - 1]!;
      add(
        { start: arg.span.start, end: last.span.end },
        'argument',
        `${roleLines[arg.role]}: ${args
          .slice(i)
          .map((a) => a.value)
          .join(' ')}.`,
      );
      return;
    }
    let line: string;
    switch (arg.role) {
      case 'image':
      case 'source-image':
        line = `${roleLines[arg.role]}: ${describeImageReference(arg.value)}.`;
        break;
      case 'context':
        line = `${roleLines.context}${arg.value === '.' ? ': the current folder.' : `: ${arg.value}.`}`;
        break;
      default:
        line = `${roleLines[arg.role]}: ${arg.value}.`;
    }
    add(arg.span, 'argument', line);
  }
}
