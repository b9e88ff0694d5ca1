/**
 * The course's model of the Docker CLI: the commands it covers with their aliases and every
 * flag, as facts from reference.json (generated from docker/cli, docker/buildx and
 * docker/compose at the versions the course is checked with), joined with our explanations
 * (explanations.ts) and what each positional argument is.
 *
 * Pure data plus lookups; parse.ts reads command lines with it, explain.ts puts it into words.
 */
import reference from './reference.json';
import { commandLines, flagLines, type Line, type Role, type ValueKind } from './explanations';

export type Program = 'docker' | 'compose';

export type FlagModel = {
  long: string;
  short: string | null;
  /** The value type as the upstream source names it: bool, string, list, stringArray, duration… */
  type: string;
  kind: ValueKind;
  takesValue: boolean;
  deprecated: boolean;
  hidden: boolean;
  explanation: string;
  /** The explanation is ours for this flag, not the generic line from its type. */
  written: boolean;
};

export type CommandModel = {
  /** Canonical path without the program: `container run`, `compose up`. */
  path: string;
  program: Program;
  /** Every way to type it, the canonical path included: `container run`, `run`. */
  aliases: readonly string[];
  explanation: string;
  flags: readonly FlagModel[];
  /** Roles of the positional arguments in order; `rest` takes all further ones. */
  args: readonly Role[];
  rest: Role | null;
  /**
   * Whether flags may follow positional arguments. docker run/create/exec and compose run/exec
   * stop reading flags at the first argument, because what follows is the container's command
   * (`docker run img ls -l`: `-l` is ls's).
   */
  interspersed: boolean;
};

type ReferenceFlag = { long: string; short?: string; type: string; hidden?: boolean; deprecated?: boolean };
type ReferenceCommand = { aliases: string[]; flags: ReferenceFlag[] };
type ReferencePart = { globalFlags: ReferenceFlag[]; commands: Record<string, ReferenceCommand> };
const docker: ReferencePart = reference.docker;
const compose: ReferencePart = reference.compose;

export const referenceSource = reference.source;

/** Positional arguments: [fixed roles, rest role, interspersed]. Unlisted commands take none. */
const argumentRoles: Readonly<Record<string, readonly [readonly Role[], Role | null, boolean?]>> = {
  'container run': [['image'], 'command', false],
  'container create': [['image'], 'command', false],
  'container exec': [['container'], 'exec-command', false],
  'container start': [[], 'container'],
  'container stop': [[], 'container'],
  'container restart': [[], 'container'],
  'container rm': [[], 'container'],
  'container kill': [[], 'container'],
  'container stats': [[], 'container'],
  'container update': [[], 'container'],
  'container logs': [['container'], null],
  'container port': [['container', 'port'], null],
  'container top': [['container'], 'ps-options'],
  'container cp': [['copy-source', 'copy-target'], null],
  'image rm': [[], 'image'],
  'image pull': [['image'], null],
  'image push': [['image'], null],
  'image history': [['image'], null],
  'image save': [[], 'image'],
  'image load': [[], null],
  'image tag': [['source-image', 'target-image'], null],
  'image ls': [['image'], null],
  login: [['registry'], null],
  logout: [['registry'], null],
  search: [['term'], null],
  inspect: [[], 'object'],
  'network create': [['network'], null],
  'network inspect': [[], 'network'],
  'network rm': [[], 'network'],
  'network connect': [['network', 'container'], null],
  'network disconnect': [['network', 'container'], null],
  'volume create': [['volume'], null],
  'volume inspect': [[], 'volume'],
  'volume rm': [[], 'volume'],
  'buildx build': [['context'], null],
  'compose exec': [['service'], 'exec-command', false],
  'compose run': [['service'], 'exec-command', false],
};
const composeServiceCommands = ['up', 'down', 'ps', 'logs', 'build', 'pull', 'push', 'config', 'start', 'stop', 'restart', 'rm', 'images'];

/** Value kinds by flag name, for flags with no written line (and the written ones that give none). */
const kindByName: Readonly<Record<string, ValueKind>> = {
  publish: 'port-mapping',
  volume: 'mount',
  mount: 'mount-spec',
  name: 'name',
  platform: 'platform',
  env: 'env',
  label: 'label',
  network: 'network',
  restart: 'restart-policy',
  format: 'format',
  filter: 'filter',
  file: 'path',
  'env-file': 'path',
  tag: 'image',
  workdir: 'container-path',
  user: 'user',
  signal: 'signal',
  since: 'since',
  until: 'since',
};
const kindByType: Readonly<Record<string, ValueKind>> = {
  bool: 'bool',
  duration: 'duration',
  bytes: 'bytes',
  int: 'count',
  int64: 'count',
  uint16: 'count',
  uint64: 'count',
  decimal: 'number',
  filter: 'filter',
  mount: 'mount-spec',
  network: 'network',
};

/** The line a flag gets when we have not written one: what its type asks for. */
function genericLine(flag: ReferenceFlag): string {
  const type = flag.type;
  const what =
    type === 'bool'
      ? 'A switch: giving it turns the option on.'
      : type === 'duration'
        ? 'Takes a length of time, such as 30s, 5m or 1h.'
        : type === 'bytes'
          ? 'Takes a size, such as 512m or 2g.'
          : /^u?int/.test(type)
            ? 'Takes a whole number.'
            : type === 'decimal'
              ? 'Takes a number.'
              : /Array$|Slice$|^list$|^map$/.test(type)
                ? 'Takes a value; repeat the flag to give several.'
                : 'Takes a value.';
  return `--${flag.long}: an option not explained here yet. ${what}`;
}

function buildFlag(flag: ReferenceFlag, line: Line | undefined): FlagModel {
  const [writtenKind, text] = typeof line === 'string' ? [undefined, line] : (line ?? [undefined, undefined]);
  const kind = flag.type === 'bool' ? 'bool' : (writtenKind ?? kindByName[flag.long] ?? kindByType[flag.type] ?? 'text');
  const explanation = text ?? genericLine(flag);
  return {
    long: flag.long,
    short: flag.short ?? null,
    type: flag.type,
    kind,
    takesValue: flag.type !== 'bool',
    deprecated: flag.deprecated === true,
    hidden: flag.hidden === true,
    explanation: flag.deprecated ? `${explanation} (Deprecated: still accepted, but on its way out.)` : explanation,
    written: text !== undefined,
  };
}

// cobra gives every command -h/--help (docker/cli's cli/cobra.go); the reference lists it once,
// with docker's global flags.
const helpFlag = docker.globalFlags.find((f) => f.long === 'help');

function buildCommand(path: string, entry: ReferenceCommand, program: Program): CommandModel {
  const lines = flagLines[path] ?? {};
  const flags = entry.flags.map((f) => buildFlag(f, lines[f.long]));
  if (helpFlag && !flags.some((f) => f.long === 'help')) flags.push(buildFlag(helpFlag, flagLines.docker?.help));
  const serviceCommand = program === 'compose' && composeServiceCommands.includes(path.slice('compose '.length));
  const [args, rest, interspersed] = argumentRoles[path] ?? (serviceCommand ? [[], 'service'] : [[], null]);
  return {
    path,
    program,
    aliases: entry.aliases.includes(path) ? entry.aliases : [path, ...entry.aliases],
    explanation: commandLines[path] ?? `docker ${path}`,
    flags,
    args,
    rest,
    interspersed: interspersed ?? true,
  };
}

export const commands: readonly CommandModel[] = [
  ...Object.entries(docker.commands).map(([path, entry]) => buildCommand(path, entry, 'docker')),
  ...Object.entries(compose.commands).map(([path, entry]) => buildCommand(path, entry, 'compose')),
];

export const globalFlags: Readonly<Record<Program, readonly FlagModel[]>> = {
  docker: docker.globalFlags.map((f) => buildFlag(f, flagLines.docker?.[f.long])),
  compose: [
    ...compose.globalFlags.map((f) => buildFlag(f, flagLines.compose?.[f.long])),
    ...(helpFlag ? [buildFlag(helpFlag, flagLines.docker?.help)] : []),
  ],
};

/** Every alias (`run`, `container run`, `compose up`) → its command. */
export const commandsByAlias: ReadonlyMap<string, CommandModel> = new Map(
  commands.flatMap((command) => command.aliases.map((alias) => [alias, command] as const)),
);

/** First words of multi-word aliases: `container`, `image`, `network`, `compose`, … */
export const commandGroups: ReadonlySet<string> = new Set(
  [...commandsByAlias.keys()].filter((alias) => alias.includes(' ')).map((alias) => alias.split(' ')[0]!),
);

export function findFlag(flags: readonly FlagModel[], name: string): FlagModel | undefined {
  return name.startsWith('--') ? flags.find((f) => f.long === name.slice(2)) : flags.find((f) => f.short === name.slice(1));
}
