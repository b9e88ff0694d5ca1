/**
 * Checks a typed docker command against a drill by MEANING, through the course's one model of
 * the CLI (lib/shared/docker-cli): both the model answer and the typed line are parsed, reduced
 * to facts (program, command path after aliases, each flag by its long name with its value
 * normalised, the positional arguments), and the facts are compared. So flag order, long or
 * short names, `--flag=value`, bundles like `-dit`, `docker container run` for `docker run`,
 * `-v` for `--mount` and `img` for `img:latest` are all the same answer, and no whole command
 * is ever compared as a string.
 *
 * Typical mistakes get their own sentence in the lessons' terms (ports swapped, `-p` missing,
 * no loopback address, `-d` missing, a name already taken, flags after the image, Compose v1,
 * an unknown flag with the closest one). Runs at build time (a drill's own answer must pass)
 * and in the browser (loaded with import() on first use: it pulls the CLI model in).
 */
import { parseDockerCommand, type ParsedDockerCommand } from '@/lib/shared/docker-cli/parse';
import { parseImageReference, parseMountSpec, parsePortMapping, parseVolumeSpec, type PortMapping } from '@/lib/shared/docker-cli/values';
import { lexShell } from '@/lib/shared/shell/words';

/** What a drill expects, besides its model answer (the props that reach the browser). */
export type DrillSpec = {
  /** The model answer: its meaning is what is asked for. */
  answer: string;
  /** Long names of flags that may be added or left out without changing the result (`interactive`, `init`). */
  optional?: string[];
  /** What already exists on the learner's machine in the task's story: a name or host port reused collides. */
  taken?: { names?: string[]; ports?: number[] };
  /** Other commands that do the task too, with another meaning (`docker inspect x` for `docker volume inspect x`). */
  also?: string[];
};

export type DrillVerdict =
  | { kind: 'right'; notes: string[] }
  | { kind: 'wrong'; problems: string[] }
  /** Nothing to judge: empty, or not a docker command at all. */
  | { kind: 'unsure'; problems: string[] };

type Facts = {
  program: ParsedDockerCommand['program'];
  command: string | null;
  /** Long flag name → normalised values ('' for a switch), sorted. */
  flags: Map<string, string[]>;
  /** Long flag name → the values as typed, for sentences. */
  raw: Map<string, string[]>;
  /** Positional arguments before the container's command, normalised. */
  args: string[];
  /** The container's command (run/exec): the words after the image or container. */
  rest: string[];
  parsed: ParsedDockerCommand;
};

const show = (program: string, command: string | null) => `${program}${command ? ` ${command}` : ''}`;

/** Reads one command line; `null` when there is no single simple command in it. */
function wordsOf(line: string) {
  const { commands } = lexShell(line.trim());
  const simple = commands.filter((c) => c.words.length > 0);
  return simple.length === 1 ? simple[0]!.words : simple.length === 0 ? [] : null;
}

/** `e4l-python-graph` is `docker.io/library/e4l-python-graph:latest`: the same image. */
export function normaliseImage(value: string): string {
  const ref = parseImageReference(value);
  if (!ref) return value;
  const registry = ref.registry && ref.registry !== 'docker.io' ? `${ref.registry}/` : '';
  const repository = !registry && ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
  return `${registry}${repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag ?? 'latest'}`}`;
}

/** `$PWD`, `${PWD}`, `$(pwd)`, `.` and `./` all name the current folder (Docker 23+ reads relative binds). */
const normaliseSource = (source: string) =>
  /^(?:\$PWD|\$\{PWD\}|\$\(pwd\)|\.\/?)$/.test(source) ? '.' : source.replace(/^(?:\$PWD|\$\{PWD\}|\$\(pwd\))\//, './');

/** A port mapping as one comparable string; `0.0.0.0` and no address both mean every IPv4 interface. */
const portKey = (m: PortMapping) =>
  `${m.hostIp && m.hostIp !== '0.0.0.0' ? m.hostIp : '*'}|${m.hostPort ?? ''}|${m.containerPort}/${m.protocol}`;

/** `-v` and `--mount` as one comparable string, so either form of the same mount is accepted. */
function mountKey(flag: 'volume' | 'mount', value: string): string {
  if (flag === 'volume') {
    const spec = parseVolumeSpec(value);
    if (!spec) return value;
    return `${spec.kind}|${spec.source ? normaliseSource(spec.source) : ''}|${spec.target}|${spec.readOnly ? 'ro' : 'rw'}`;
  }
  const f = parseMountSpec(value);
  const type = f.type ?? 'volume';
  const source = f.source ?? f.src ?? '';
  const kind = type === 'bind' ? 'bind' : type === 'volume' ? (source ? 'named' : 'anonymous') : type;
  const readOnly = 'readonly' in f || 'ro' in f;
  return `${kind}|${source ? normaliseSource(source) : ''}|${f.target ?? f.destination ?? f.dst ?? ''}|${readOnly ? 'ro' : 'rw'}`;
}

function factsOf(parsed: ParsedDockerCommand): Facts {
  const flags = new Map<string, string[]>();
  const raw = new Map<string, string[]>();
  for (const f of parsed.flags) {
    let name = f.flag.long;
    let value = f.value ?? '';
    if (!f.flag.takesValue || f.flag.kind === 'bool') {
      // `--rm=false` is no --rm at all; `--rm=true` is --rm.
      if (value === 'false') continue;
      value = '';
    } else if (f.flag.kind === 'port-mapping') {
      const mapping = parsePortMapping(value);
      value = mapping ? portKey(mapping) : value;
    } else if (name === 'volume' || name === 'mount') {
      value = mountKey(name, value);
      name = 'volume';
    } else if (f.flag.kind === 'image') value = normaliseImage(value);
    flags.set(name, [...(flags.get(name) ?? []), value].sort());
    raw.set(name, [...(raw.get(name) ?? []), f.value ?? '']);
  }
  const args: string[] = [];
  const rest: string[] = [];
  for (const a of parsed.args) {
    if (a.role === 'command' || a.role === 'exec-command') rest.push(a.value);
    else args.push(a.role === 'image' || a.role === 'source-image' || a.role === 'target-image' ? normaliseImage(a.value) : a.value);
  }
  return { program: parsed.program, command: parsed.command?.path ?? null, flags, raw, args, rest, parsed };
}

/** The facts of a command line, or why it has none. */
export function readCommand(line: string): { facts: Facts } | { problem: string } {
  const words = wordsOf(line);
  if (words === null) return { problem: 'Type one command: this drill asks for a single docker command, without && or ;.' };
  if (words.length === 0) return { problem: 'Type a command first.' };
  const parsed = parseDockerCommand(words);
  const program = parsed.unknown.find((u) => u.kind === 'program');
  if (program) return { problem: `${program.text} is not docker: every command here starts with docker.` };
  return { facts: factsOf(parsed) };
}

/** Says what a flag does, from the model (its first sentence), for "is missing" / "is not asked for". */
function flagLine(facts: Facts, long: string): string {
  const flag = facts.parsed.command?.flags.find((f) => f.long === long);
  const first = flag?.explanation.split(/(?<=\.)\s/)[0] ?? '';
  return first && !first.includes('not explained here yet') ? ` (${first.replace(/\.$/, '')})` : '';
}

const flagName = (facts: Facts, long: string) => {
  const flag = facts.parsed.command?.flags.find((f) => f.long === long);
  return flag?.short ? `-${flag.short} (--${long})` : `--${long}`;
};

/** Sentences for a flag the answer has and the typed line lacks, in the lessons' words. */
const noPublish =
  '-p is missing: without it the app runs, but nothing on your machine reaches its port in the container, so the browser gets “connection refused”.';

const missingSentence: Readonly<Record<string, (expected: Facts) => string>> = {
  publish: () => noPublish,
  detach: () => '-d is missing: without it the container runs in the foreground and holds your terminal; the task asks for the background.',
  rm: () => '--rm is missing: without it the stopped container stays behind (docker ps -a lists it) and its name stays taken.',
  name: (e) =>
    `--name is missing: Docker would pick a random name (like quirky_turing), and the task calls it ${e.flags.get('name')?.[0] ?? 'by a name'}.`,
  init: () => '--init is missing: without it the app runs as process 1, which ignores Ctrl+C and makes docker stop wait 10 seconds.',
  volume: () => 'The mount (-v or --mount) is missing: without it the container sees only its own files, which go when it is removed.',
  tag: () => '-t is missing: without a name the image is known only by its ID.',
};

function portProblems(expected: string[], typed: string[], taken: DrillSpec['taken']): string[] {
  const problems: string[] = [];
  const read = (key: string) => {
    const [ip, host, container] = key.split('|') as [string, string, string];
    return { ip, host, container: container.replace(/\/tcp$/, '') };
  };
  const left = typed.filter((t) => !expected.includes(t));
  for (const want of expected.filter((e) => !typed.includes(e))) {
    const w = read(want);
    const got = left.map(read);
    const swapped = got.find((g) => g.host === w.container && g.container === w.host && w.host !== w.container);
    const sameContainer = got.find((g) => g.container === w.container);
    const hostFirst = `${w.ip === '*' ? '' : `${w.ip}:`}${w.host}:${w.container}`;
    if (swapped) {
      problems.push(
        `The ports are swapped: -p reads HOST:CONTAINER, this machine's port first. The app listens on ${w.container} in the container and you open ${w.host} on your machine, so it is -p ${hostFirst}.`,
      );
    } else if (sameContainer && sameContainer.host === w.host && sameContainer.ip !== w.ip) {
      problems.push(
        w.ip === '127.0.0.1'
          ? `Without an address (or with 0.0.0.0) Docker publishes the port on every network interface, so other machines on your network reach the app too. The task asks for this machine only: -p ${hostFirst}.`
          : sameContainer.ip === '127.0.0.1' && w.ip === '*'
            ? `127.0.0.1: publishes the port on this machine's loopback only; the task asks for it on every interface: -p ${hostFirst}.`
            : `The address differs: the task asks for -p ${hostFirst}.`,
      );
    } else if (sameContainer && taken?.ports?.includes(Number(sameContainer.host))) {
      problems.push(
        `Port ${sameContainer.host} of your machine is already taken in this task, so Docker would fail with “port is already allocated”. Publish on ${w.host}: -p ${hostFirst}.`,
      );
    } else if (sameContainer) {
      problems.push(
        `That publishes your machine's port ${sameContainer.host || '(a random one)'}; the task asks for ${w.host}: -p ${hostFirst}.`,
      );
    } else if (got.length) {
      problems.push(`The app listens on port ${w.container} in the container, so the second number is ${w.container}: -p ${hostFirst}.`);
    } else problems.push(noPublish);
  }
  return problems;
}

/**
 * The verdict for `typed` against the drill. Right when every fact of the model answer (or of
 * one of its `also` answers) is there and nothing else changes the result (flags listed in
 * `optional` may come or go). When wrong, the reasons come from the answer with the same
 * command as the typed one, else from the model answer.
 */
export function checkDrill(spec: DrillSpec, typed: string): DrillVerdict {
  const read = readCommand(typed);
  if ('problem' in read) return { kind: 'unsure', problems: [read.problem] };
  const answers = [spec.answer, ...(spec.also ?? [])];
  const verdicts = answers.map((answer) => {
    const model = readCommand(answer);
    if ('problem' in model)
      return {
        command: null,
        verdict: { kind: 'unsure', problems: [`This drill's answer ${answer} cannot be read: ${model.problem}`] } satisfies DrillVerdict,
      };
    return { command: model.facts.command, verdict: compare(spec, model.facts, read.facts) };
  });
  return (
    verdicts.find((v) => v.verdict.kind === 'right')?.verdict ??
    verdicts.find((v) => v.command !== null && v.command === read.facts.command)?.verdict ??
    verdicts[0]!.verdict
  );
}

function compare(spec: DrillSpec, want: Facts, got: Facts): DrillVerdict {
  const problems: string[] = [];
  const notes: string[] = [];

  // The program: Compose v1 is the lessons' classic mistake.
  if (got.program !== want.program) {
    if (got.program === 'docker-compose' && want.program === 'docker compose')
      problems.push(
        'docker-compose (with a dash) is Compose v1, retired in 2023 and not installed with current Docker. Write docker compose, with a space.',
      );
    else if (want.program === 'docker compose' && got.program === 'docker')
      problems.push(
        `This task needs ${show(want.program, want.parsed.typedCommand)}: Compose works with the services of compose.yaml by their names; plain ${show(got.program, got.parsed.typedCommand)} knows only containers.`,
      );
    else
      problems.push(`This task needs ${show(want.program, want.parsed.typedCommand)}, not ${show(got.program, got.parsed.typedCommand)}.`);
    return { kind: 'wrong', problems };
  }

  // Words the model cannot place: a typo of a flag or command, with the closest known name.
  for (const unknown of got.parsed.unknown) problems.push(sentence(unknown.message));
  if (!got.command) {
    if (got.parsed.globalFlags.some((f) => f.flag.long === 'version'))
      problems.push(
        `docker --version prints only the client's version; ${show(want.program, want.parsed.typedCommand)} asks the daemon too.`,
      );
    if (!problems.length) problems.push(`Which command? This task needs ${show(want.program, want.parsed.typedCommand)}.`);
    return { kind: 'wrong', problems };
  }
  if (got.command !== want.command) {
    const line = (facts: Facts) => facts.parsed.command?.explanation.replace(/\.$/, '') ?? '';
    problems.push(
      `${show(got.program, got.parsed.typedCommand)} would ${lower(line(got))}; this task needs ${show(want.program, want.parsed.typedCommand)}: ${lower(line(want))}.`,
    );
    return { kind: 'wrong', problems };
  }

  // Flags typed after the image go to the container's program, not to Docker.
  const restFlags = got.rest.filter((w) => /^-/.test(w) && !want.rest.includes(w));
  const flagsAfterImage = restFlags.length > 0;
  if (flagsAfterImage) {
    const target = got.parsed.args.find((a) => a.role === 'image' || a.role === 'container' || a.role === 'service')?.value ?? 'the image';
    problems.push(
      `${restFlags.join(' ')} came after ${target}: everything after it is the container's command, so Docker hands it to the program in the container instead of reading it. Put the flags before ${target}.`,
    );
  }

  const optional = new Set(spec.optional ?? []);
  for (const [name, values] of want.flags) {
    if (optional.has(name)) continue;
    let typedValues = got.flags.get(name);
    if (!typedValues) {
      if (flagsAfterImage) continue; // already said: it was typed, in the wrong place
      if (got.parsed.unknown.some((u) => u.suggestion === `--${name}`)) continue; // already said: a typo of it
      problems.push(missingSentence[name]?.(want) ?? `${flagName(want, name)} is missing${flagLine(want, name)}.`);
      continue;
    }
    if (name === 'publish') {
      // Loopback where every interface was asked is safer and still reaches the app from this machine.
      const loopback = typedValues.map((t) =>
        t.startsWith('127.0.0.1|') && values.includes(`*${t.slice('127.0.0.1'.length)}`) ? `*${t.slice('127.0.0.1'.length)}` : t,
      );
      if (!same(loopback, typedValues) && same(values, [...loopback].sort())) {
        notes.push('127.0.0.1 keeps the app on this machine only: safer than the task asked, and still right.');
        typedValues = values;
      }
    }
    if (same(values, typedValues)) continue;
    const asked = (want.raw.get(name) ?? values).join(' ');
    const gave = (got.raw.get(name) ?? typedValues).join(' ');
    if (name === 'publish') problems.push(...portProblems(values, typedValues, spec.taken));
    else if (name === 'name') {
      problems.push(
        spec.taken?.names?.includes(gave)
          ? `A container named ${gave} already exists in this task, so Docker refuses: “Conflict. The container name "/${gave}" is already in use”. Call it ${asked}.`
          : `The task calls the container ${asked}, not ${gave}.`,
      );
    } else if (name === 'volume')
      problems.push(`The mount is -v SOURCE:TARGET, this machine's side first: the task asks for ${asked}, not ${gave}.`);
    else problems.push(`${flagName(want, name)} is ${gave || 'given'} here; the task asks for ${asked}.`);
  }
  for (const [name, values] of got.flags) {
    if (want.flags.has(name) || optional.has(name)) continue;
    const raw = (got.raw.get(name) ?? values).filter(Boolean);
    problems.push(`${flagName(got, name)}${raw.length ? ` ${raw.join(' ')}` : ''} is not asked for${flagLine(got, name)}.`);
  }

  // Positional arguments: the image, container, service or names the task gives.
  if (!same(want.args, got.args)) {
    const positional = (facts: Facts) => facts.parsed.args.filter((a) => a.role !== 'command' && a.role !== 'exec-command');
    const wanted = positional(want);
    const gave = positional(got);
    const role = roleWord(wanted[0]?.role ?? gave[0]?.role ?? 'argument');
    if (!gave.length) problems.push(`The ${role} is missing: the task asks for ${wanted.map((a) => a.value).join(' ')}.`);
    else if (!wanted.length)
      problems.push(`${gave.map((a) => a.value).join(' ')} is not asked for: the task needs nothing after the flags here.`);
    else if (same([...want.args].sort(), [...got.args].sort()))
      problems.push(
        `The order is swapped: first the ${role}, then the ${roleWord(wanted[1]?.role ?? 'argument')}: ${wanted.map((a) => a.value).join(' ')}.`,
      );
    else problems.push(`The ${role} is ${wanted.map((a) => a.value).join(' ')}, not ${gave.map((a) => a.value).join(' ')}.`);
  }
  if (!flagsAfterImage && !same(want.rest, got.rest)) {
    if (want.rest.length && !got.rest.length) problems.push(`The command to run in the container is missing: ${want.rest.join(' ')}.`);
    else if (want.rest.length) problems.push(`The command in the container is ${want.rest.join(' ')}, not ${got.rest.join(' ')}.`);
    else problems.push(`${got.rest.join(' ')} would replace the image's own command; the task runs the image's default.`);
  }

  if (problems.length) return { kind: 'wrong', problems: [...new Set(problems)] };
  if (got.parsed.typedCommand !== want.parsed.typedCommand || got.program !== want.program)
    notes.push(`${show(got.program, got.parsed.typedCommand)} is the same command as ${show(want.program, want.parsed.typedCommand)}.`);
  return { kind: 'right', notes };
}

const sentence = (message: string) => (/[.?!]$/.test(message) ? message : `${message}.`);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const roleWord = (role: string) => role.replace(/-/g, ' ');
