import type { Code, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { parseMdx } from './code-samples';
import { blockKind, copyCommands } from './code-blocks/copy-text';
import { parseFenceMeta } from './code-blocks/fence-meta';
import { fillParts } from './code-blocks/placeholders';
import { parseLessonFileName } from './lesson-schema';

/**
 * Rules that keep the lessons true for every learner, checked over all lessons at once (by
 * tests/samples.test.ts). Each problem names the lesson file and line.
 *
 * What counts as a command: every command of a ```console (or ```shell-session) block, as the
 * copy button copies it (prompt dropped, placeholders filled), and every line of a ```sh /
 * ```bash / ```shell script. Commands are split at `&&`, `||`, `;`, `|`, `&` and new lines; a
 * leading `sudo` and leading `VAR=value` assignments are skipped. Inline code in the prose is
 * not a command: it is read, not run.
 *
 * 1. `arm64`: every image a lesson pulls or builds from must run on arm64 machines (Apple
 *    Silicon Macs, Raspberry Pis, ARM servers), or the lesson must say what arm64 learners do.
 *    An image is *used* by `docker run`, `docker create` and `docker pull` (also as
 *    `docker container run` ...), by `FROM` in a ```dockerfile block or an <ExampleFile> of a
 *    Dockerfile, and by `image:` in a Compose block or <ExampleFile>. `docker build` and a
 *    Compose service's `build:` build the course's example project (`exampleProject`, the only
 *    project the lessons build), so they use the `FROM` images of its Dockerfile. Images that a
 *    lesson builds itself with `docker build -t NAME` are local: running them pulls nothing.
 *    A use is fine when
 *    - the image is on `multiArchImages` (official images whose library file in
 *      docker-library/official-images lists arm64v8 for the tags the course uses), or
 *    - it asks for a platform itself (`--platform` on the command, `FROM --platform=...`,
 *      `platform:` on the Compose service), or
 *    - the same lesson has a <Callout> whose text (title included) mentions `arm64` and the
 *      image's name, and that starts no more than `arm64NoteDistance` lines before or after
 *      the use (or contains it): the learner reads what to do where the error would appear.
 *
 * 2. `install-order`: a command may only appear after the lesson that provides what it needs.
 *    - Packages: `docker ...` needs `docker`; `docker build` and `docker buildx ...` also need
 *      `docker-buildx`; `docker compose ...` needs `docker-compose`, and `docker-buildx` too
 *      when it builds (`build`, `--build`); `systemctl` on `docker.service` or `docker.socket`
 *      and `usermod ... docker` need `docker`. A package is provided by the first
 *      `pacman -S ...` command (in lesson order) that names it.
 *    - The example project: `docker build`, `docker compose` (all but `docker compose
 *      version`) and running an image that a lesson builds need the example's files, which are
 *      provided by the first <ExampleFile path="<exampleProject>/...">.
 *    A command shown earlier must be marked as not to be run yet: its block's fence title says
 *    when to run it, as "after lesson N" or "in lesson N" (```console title="Try after lesson
 *    3"). N must be a later lesson than the block's own and no earlier than the lesson that
 *    provides what the commands need.
 *
 * A block whose fence title says it no longer builds or works (`historyMarker`, e.g. ```dockerfile
 * title="Dockerfile (the notes' version, no longer builds)") is shown for comparison only, and
 * no rule applies to it.
 *
 * 3. `named-containers`: every `docker run` or `docker create` of a long-running example
 *    (`longRunningImages`: the Dash app, nginx, postgres) gives the container a name
 *    (`--name`) or removes it when it stops (`--rm`), so that stopping and cleaning up are one
 *    command the lessons can name.
 */

export type Lesson = { file: string; source: string };

export type RuleName = 'arm64' | 'install-order' | 'named-containers';

export type RuleProblem = { rule: RuleName; file: string; line: number; message: string };

export type RuleOptions = {
  /** A shipped example file by its path under public/examples, or undefined if there is none. */
  readExample: (relative: string) => string | undefined;
  /** The folder under public/examples that `docker build .` and Compose `build:` build. */
  exampleProject: string;
  multiArchImages: readonly string[];
  longRunningImages: readonly string[];
  arm64NoteDistance: number;
};

/**
 * Official images the course uses that run on arm64 as well as amd64. Checked in
 * docker-library/official-images (library/<name>, the `Architectures:` line of each tag the
 * lessons use; a tag without that line is amd64 only, as `archlinux` is):
 * hello-world (linux), python (3.12-slim), nginx (latest, stable), postgres (18).
 */
export const multiArchImages = ['hello-world', 'python', 'nginx', 'postgres'] as const;

/** Images that run until stopped: the course's Dash app, the web server and the database. */
export const longRunningImages = ['e4l-python-graph', 'nginx', 'postgres'] as const;

export const defaultRuleOptions: Omit<RuleOptions, 'readExample'> = {
  exampleProject: 'dash-app',
  multiArchImages,
  longRunningImages,
  arm64NoteDistance: 40,
};

/** A fence title that marks a block as "not yet": "Try after lesson 3", "You will run this in lesson 5". */
export const laterMarker = /\b(?:after|in) lesson (\d+)\b/i;

/** A fence title that marks a block as history, shown only to compare: "..., no longer builds". */
export const historyMarker = /\bno longer (?:builds|works|runs)\b/i;

export function formatProblem(problem: RuleProblem): string {
  return `${problem.file} line ${problem.line}: ${problem.message} [${problem.rule}]`;
}

/** All three rules over all lessons. */
export function checkLessonRules(lessons: Lesson[], options: RuleOptions): RuleProblem[] {
  const models = modelLessons(lessons, options);
  return [...checkArm64(models, options), ...checkInstallOrder(models, options), ...checkNamedContainers(models, options)];
}

/** Problems in lesson order, then line order (a stable sort keeps one line's problems as found). */
function inOrder(models: LessonModel[], problems: RuleProblem[]): RuleProblem[] {
  const rank = new Map(models.map((model, index) => [model.file, index]));
  return problems.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) || a.line - b.line);
}

// ---------------------------------------------------------------------------------------------
// Reading the lessons

type Command = { line: number; words: string[] };
type CommandBlock = { line: number; title?: string; later?: number; commands: Command[] };
type FileUse = { line: number; source: string };
type CalloutText = { start: number; end: number; text: string };

export type LessonModel = {
  file: string;
  order: number;
  blocks: CommandBlock[];
  dockerfiles: FileUse[];
  composeFiles: FileUse[];
  examples: Array<{ line: number; path: string }>;
  callouts: CalloutText[];
};

export function modelLessons(lessons: Lesson[], options: Pick<RuleOptions, 'readExample'>): LessonModel[] {
  return lessons
    .map((lesson) => modelLesson(lesson, options))
    .sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
}

function modelLesson({ file, source }: Lesson, options: Pick<RuleOptions, 'readExample'>): LessonModel {
  const order = parseLessonFileName(file.split('/').at(-1) ?? file)?.order ?? 0;
  const model: LessonModel = { file, order, blocks: [], dockerfiles: [], composeFiles: [], examples: [], callouts: [] };
  const tree: Root = parseMdx(source);
  visit(tree, (node) => {
    if (node.type === 'code') {
      const code = node as Code;
      const line = code.position?.start.line ?? 1;
      const lang = code.lang ?? '';
      let title: string | undefined;
      try {
        title = parseFenceMeta(code.meta).title;
      } catch {
        // A malformed fence meta is the content check's business.
      }
      if (title && historyMarker.test(title)) return;
      if (blockKind(lang) !== 'file') {
        model.blocks.push({ line, title, later: laterLesson(title), commands: blockCommands(lang, code.value, line) });
      } else if (lang === 'dockerfile') {
        model.dockerfiles.push({ line, source: code.value });
      } else if ((lang === 'yaml' || lang === 'yml') && isCompose(code.value)) {
        model.composeFiles.push({ line, source: code.value });
      }
      return;
    }
    if (node.type !== 'mdxJsxFlowElement') return;
    const element = node as MdxJsxFlowElement;
    const start = element.position?.start.line ?? 1;
    if (element.name === 'ExampleFile') {
      const path = stringAttribute(element, 'path');
      if (!path) return;
      model.examples.push({ line: start, path });
      const text = options.readExample(path);
      const name = path.split('/').at(-1) ?? path;
      if (text === undefined) return;
      if (/^(.+\.)?Dockerfile$/.test(name)) model.dockerfiles.push({ line: start, source: text });
      else if (/\.ya?ml$/.test(name) && isCompose(text)) model.composeFiles.push({ line: start, source: text });
    } else if (element.name === 'Callout') {
      const text = `${stringAttribute(element, 'title') ?? ''}\n${toString(element)}`;
      model.callouts.push({ start, end: element.position?.end.line ?? start, text });
    }
  });
  return model;
}

function stringAttribute(element: MdxJsxFlowElement, name: string): string | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

function laterLesson(title: string | undefined): number | undefined {
  const match = title ? laterMarker.exec(title) : null;
  return match ? Number(match[1]) : undefined;
}

function isCompose(source: string): boolean {
  try {
    const data: unknown = parseYaml(source);
    return typeof data === 'object' && data !== null && 'services' in data;
  } catch {
    return false;
  }
}

/** The simple commands of a block, each with its line in the lesson file. */
function blockCommands(lang: string, source: string, fenceLine: number): Command[] {
  let copied: ReturnType<typeof copyCommands>;
  try {
    copied = copyCommands(lang, source);
  } catch {
    return []; // An unknown placeholder: the sample check reports it.
  }
  return copied.flatMap((command) =>
    simpleCommands(fillParts(command.parts, {})).map((simple) => ({
      line: fenceLine + 1 + command.line + simple.line,
      words: simple.words,
    })),
  );
}

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
function commandWords(words: string[]): string[] {
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

// ---------------------------------------------------------------------------------------------
// Understanding docker commands

export type DockerCommand =
  | { kind: 'run'; image?: string; options: Map<string, string | true> }
  | { kind: 'pull'; image?: string; options: Map<string, string | true> }
  | { kind: 'build'; options: Map<string, string | true> }
  | { kind: 'buildx'; subcommand?: string }
  | { kind: 'compose'; subcommand?: string; args: string[] }
  | { kind: 'other'; subcommand?: string };

const globalValueOptions = new Set(['-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey']);

/** Options of `docker run` and `docker create` that take a value (docs: docker container run). */
const runValueOptions = new Set(
  [
    '-a --attach --add-host --annotation --blkio-weight --blkio-weight-device --cap-add --cap-drop --cgroup-parent --cgroupns',
    '--cidfile --cpu-period --cpu-quota --cpu-rt-period --cpu-rt-runtime -c --cpu-shares --cpus --cpuset-cpus --cpuset-mems',
    '--detach-keys --device --device-cgroup-rule --device-read-bps --device-read-iops --device-write-bps --device-write-iops',
    '--dns --dns-option --dns-search --domainname --entrypoint -e --env --env-file --expose --gpus --group-add',
    '--health-cmd --health-interval --health-retries --health-start-interval --health-start-period --health-timeout',
    '-h --hostname --ip --ip6 --ipc --isolation -l --label --label-file --link --link-local-ip --log-driver --log-opt',
    '--mac-address -m --memory --memory-reservation --memory-swap --memory-swappiness --mount --name --network --net',
    '--network-alias --net-alias --oom-score-adj --pid --pids-limit --platform -p --publish --pull --restart --runtime',
    '--security-opt --shm-size --stop-signal --stop-timeout --storage-opt --sysctl --tmpfs --ulimit -u --user --userns',
    '--uts -v --volume --volume-driver --volumes-from -w --workdir',
  ]
    .join(' ')
    .split(' '),
);

const pullValueOptions = new Set(['--platform']);
const buildValueOptions = new Set([
  '-t', '--tag', '-f', '--file', '--platform', '--build-arg', '--target', '--network', '--progress', '--cache-from',
  '--cache-to', '--label', '--output', '-o', '--secret', '--ssh', '--builder', '--iidfile', '--metadata-file',
  '--add-host', '--shm-size', '--ulimit', '--build-context', '--attest', '--sbom', '--provenance', '--call', '--annotation',
]);
const composeValueOptions = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--parallel', '--progress', '--ansi']);

/** Reads `docker ...` (after sudo and assignments are removed); undefined for any other program. */
export function parseDocker(rawWords: string[]): DockerCommand | undefined {
  const words = commandWords(rawWords);
  if (words[0] !== 'docker') return undefined;
  let i = 1;
  while (words[i]?.startsWith('-')) i += globalValueOptions.has(words[i]!) ? 2 : 1;
  let subcommand = words[i];
  let rest = words.slice(i + 1);
  if ((subcommand === 'container' || subcommand === 'image' || subcommand === 'builder') && rest[0]) {
    const verb = rest[0];
    if (subcommand === 'container' && (verb === 'run' || verb === 'create')) subcommand = verb;
    else if (subcommand === 'image' && verb === 'pull') subcommand = 'pull';
    else if ((subcommand === 'image' || subcommand === 'builder') && verb === 'build') subcommand = 'build';
    else return { kind: 'other', subcommand: `${subcommand} ${verb}` };
    rest = rest.slice(1);
  }
  if (subcommand === 'buildx' && rest[0] === 'build') {
    subcommand = 'build';
    rest = rest.slice(1);
  }
  switch (subcommand) {
    case 'run':
    case 'create': {
      const { options, operands } = parseOptions(rest, runValueOptions, 'apehlmuvwc');
      return { kind: 'run', image: operands[0], options };
    }
    case 'pull': {
      const { options, operands } = parseOptions(rest, pullValueOptions, '');
      return { kind: 'pull', image: operands[0], options };
    }
    case 'build': {
      const { options } = parseOptions(rest, buildValueOptions, 'tfo');
      return { kind: 'build', options };
    }
    case 'buildx':
      return { kind: 'buildx', subcommand: rest[0] };
    case 'compose': {
      let j = 0;
      while (rest[j]?.startsWith('-')) j += composeValueOptions.has(rest[j]!.split('=')[0]!) && !rest[j]!.includes('=') ? 2 : 1;
      return { kind: 'compose', subcommand: rest[j], args: rest.slice(j + 1) };
    }
    default:
      return { kind: 'other', subcommand };
  }
}

/**
 * Options up to the first operand. `--opt=value`, `--opt value`, and short options that can be
 * combined (`-it`, `-dp 8050:8050`) are understood; `shortWithValue` lists the short letters
 * that take a value.
 */
function parseOptions(words: string[], valueOptions: ReadonlySet<string>, shortWithValue: string) {
  const options = new Map<string, string | true>();
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    if (word.startsWith('--')) {
      const [name, value] = splitOnce(word, '=');
      if (value !== undefined) options.set(name, value);
      else if (valueOptions.has(name)) options.set(name, words[++i] ?? '');
      else options.set(name, true);
      continue;
    }
    for (let k = 1; k < word.length; k++) {
      const letter = word[k]!;
      if (shortWithValue.includes(letter)) {
        const value = word.slice(k + 1) || words[++i] || '';
        options.set(`-${letter}`, value.replace(/^=/, ''));
        break;
      }
      options.set(`-${letter}`, true);
    }
  }
  return { options, operands: words.slice(i) };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** `docker.io/library/nginx:stable` → `nginx`; `ghcr.io/a/b:1@sha256:...` → `ghcr.io/a/b`. */
export function imageRepository(reference: string): string {
  let name = reference.split('@')[0]!;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  return name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
}

/** The base images of a Dockerfile: `FROM` lines that are not `scratch`, an earlier stage or a variable. */
export function dockerfileBaseImages(source: string): Array<{ line: number; image: string; platform: boolean }> {
  const stages = new Set<string>();
  const images: Array<{ line: number; image: string; platform: boolean }> = [];
  source.split('\n').forEach((text, index) => {
    const match = /^\s*FROM\s+(.*)$/i.exec(text);
    if (!match) return;
    const words = match[1]!.trim().split(/\s+/);
    let platform = false;
    while (words[0]?.startsWith('--')) platform = words.shift()!.startsWith('--platform') || platform;
    const image = words[0];
    const as = words[1]?.toLowerCase() === 'as' ? words[2] : undefined;
    if (image && image !== 'scratch' && !stages.has(image.toLowerCase()) && !image.includes('$')) {
      images.push({ line: index, image, platform });
    }
    if (as) stages.add(as.toLowerCase());
  });
  return images;
}

type ComposeService = { name: string; image?: string; build: boolean; platform: boolean };

function composeServices(source: string): ComposeService[] {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch {
    return [];
  }
  const services = (data as { services?: unknown } | null)?.services;
  if (typeof services !== 'object' || services === null) return [];
  return Object.entries(services as Record<string, unknown>).map(([name, raw]) => {
    const service = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    return {
      name,
      image: typeof service.image === 'string' ? service.image : undefined,
      build: service.build !== undefined,
      platform: typeof service.platform === 'string',
    };
  });
}

/** Names given with `docker build -t NAME` anywhere in the lessons: images the course makes itself. */
function localImages(models: LessonModel[]): Set<string> {
  const names = new Set<string>();
  for (const command of models.flatMap((m) => m.blocks.flatMap((b) => b.commands))) {
    const docker = parseDocker(command.words);
    if (docker?.kind !== 'build') continue;
    const tag = docker.options.get('-t') ?? docker.options.get('--tag');
    if (typeof tag === 'string' && tag) names.add(imageRepository(tag));
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Rule 1: arm64

type ImageUse = { line: number; image: string; what: string };

export function checkArm64(models: LessonModel[], options: RuleOptions): RuleProblem[] {
  const local = localImages(models);
  const projectDockerfile = options.readExample(`${options.exampleProject}/Dockerfile`);
  const builtFrom = projectDockerfile ? dockerfileBaseImages(projectDockerfile).filter((b) => !b.platform) : [];
  const fine = (image: string) => options.multiArchImages.includes(imageRepository(image)) || local.has(imageRepository(image));
  const byOrder = new Map(models.map((m) => [m.order, m]));
  const problems: RuleProblem[] = [];

  for (const model of models) {
    // Uses in this lesson, and uses in blocks marked for a later lesson (checked there).
    const uses: Array<ImageUse & { lesson: LessonModel }> = [];
    const add = (lesson: LessonModel | undefined, use: ImageUse) => {
      if (!fine(use.image)) uses.push({ ...use, lesson: lesson ?? model });
    };
    for (const block of model.blocks) {
      const target = block.later ? byOrder.get(block.later) : model;
      for (const command of block.commands) {
        const docker = parseDocker(command.words);
        if (!docker) continue;
        if ((docker.kind === 'run' || docker.kind === 'pull') && docker.image && !docker.options.has('--platform')) {
          add(target, { line: command.line, image: docker.image, what: `docker ${docker.kind === 'run' ? 'run' : 'pull'}` });
        }
        if (docker.kind === 'build' && !docker.options.has('--platform')) {
          for (const base of builtFrom) add(target, { line: command.line, image: base.image, what: `docker build (FROM in ${options.exampleProject}/Dockerfile)` });
        }
      }
    }
    for (const file of model.dockerfiles) {
      for (const base of dockerfileBaseImages(file.source)) {
        if (!base.platform) add(model, { line: file.line, image: base.image, what: 'FROM in a Dockerfile' });
      }
    }
    for (const file of model.composeFiles) {
      for (const service of composeServices(file.source)) {
        if (service.platform) continue;
        if (service.image) add(model, { line: file.line, image: service.image, what: `image: of Compose service ${service.name}` });
        if (service.build) {
          for (const base of builtFrom) add(model, { line: file.line, image: base.image, what: `build: of Compose service ${service.name} (FROM in ${options.exampleProject}/Dockerfile)` });
        }
      }
    }

    for (const use of uses) {
      const repository = imageRepository(use.image);
      const sameLesson = use.lesson === model;
      const noted = use.lesson.callouts.some(
        (callout) =>
          /\barm64\b/i.test(callout.text) &&
          callout.text.toLowerCase().includes(repository.toLowerCase()) &&
          (!sameLesson ||
            (use.line >= callout.start - options.arm64NoteDistance && use.line <= callout.end + options.arm64NoteDistance)),
      );
      if (noted) continue;
      const where = sameLesson
        ? `within ${options.arm64NoteDistance} lines`
        : `in ${use.lesson.file}, where the block is marked to be run`;
      problems.push({
        rule: 'arm64',
        file: model.file,
        line: use.line,
        message:
          `${use.what} uses ${use.image}, which is not known to run on arm64 (not in multiArchImages); ` +
          `add --platform, or a <Callout> that mentions arm64 and ${repository} ${where}, saying what arm64 learners do`,
      });
    }
  }
  return inOrder(models, problems);
}

// ---------------------------------------------------------------------------------------------
// Rule 2: install order

type Position = { order: number; line: number; file: string };

const projectNeed = 'the example project';

function needsOf(words: string[], local: ReadonlySet<string>): string[] {
  const plain = commandWords(words);
  const docker = parseDocker(words);
  if (docker) {
    const needs = ['docker'];
    if (docker.kind === 'build') needs.push('docker-buildx', projectNeed);
    if (docker.kind === 'buildx') needs.push('docker-buildx');
    if (docker.kind === 'compose') {
      needs.push('docker-compose');
      if (docker.subcommand === 'build' || docker.args.some((arg) => arg === '--build')) needs.push('docker-buildx');
      if (docker.subcommand !== 'version') needs.push(projectNeed);
    }
    if (docker.kind === 'run' && docker.image && local.has(imageRepository(docker.image))) needs.push(projectNeed);
    return needs;
  }
  if (plain[0] === 'systemctl' && plain.some((word) => /^docker\.(service|socket)$/.test(word))) return ['docker'];
  if (plain[0] === 'usermod' && plain.includes('docker')) return ['docker'];
  return [];
}

/** `pacman -S a b`, `pacman -Syu a`, `pacman --sync a`: the packages it installs. */
export function pacmanInstalls(words: string[]): string[] {
  const plain = commandWords(words);
  if (plain[0] !== 'pacman') return [];
  const flags = plain.slice(1).filter((word) => word.startsWith('-'));
  const sync = flags.some((flag) => flag === '--sync' || /^-[a-zA-Z]*S[a-zA-Z]*$/.test(flag));
  if (!sync) return [];
  return plain.slice(1).filter((word) => !word.startsWith('-'));
}

const before = (a: Position, b: Position) => a.order < b.order || (a.order === b.order && a.line < b.line);

export function checkInstallOrder(models: LessonModel[], options: RuleOptions): RuleProblem[] {
  const providers = new Map<string, Position>();
  const provide = (need: string, at: Position) => {
    const known = providers.get(need);
    if (!known || before(at, known)) providers.set(need, at);
  };
  for (const model of models) {
    for (const block of model.blocks) {
      if (block.later) continue; // A block not to be run yet installs nothing yet.
      for (const command of block.commands) {
        for (const name of pacmanInstalls(command.words)) provide(name, { order: model.order, line: command.line, file: model.file });
      }
    }
    const example = model.examples.find((e) => e.path.startsWith(`${options.exampleProject}/`));
    if (example) provide(projectNeed, { order: model.order, line: example.line, file: model.file });
  }

  const local = localImages(models);
  const problems: RuleProblem[] = [];
  for (const model of models) {
    for (const block of model.blocks) {
      if (block.later !== undefined && block.later <= model.order) {
        problems.push({
          rule: 'install-order',
          file: model.file,
          line: block.line,
          message: `the block is marked "${block.title}", but it is in lesson ${model.order} already; remove the marker`,
        });
        continue;
      }
      for (const command of block.commands) {
        const at: Position = { order: model.order, line: command.line, file: model.file };
        for (const need of needsOf(command.words, local)) {
          const provider = providers.get(need);
          const what = need === projectNeed ? `the example project (${options.exampleProject})` : `the package ${need}`;
          const shown = `\`${command.words.join(' ')}\``;
          if (!provider) {
            problems.push({ rule: 'install-order', file: model.file, line: command.line, message: `${shown} needs ${what}, which no lesson provides` });
            continue;
          }
          if (before(provider, at)) continue;
          if (block.later !== undefined) {
            if (block.later >= provider.order) continue;
            problems.push({
              rule: 'install-order',
              file: model.file,
              line: command.line,
              message: `${shown} is marked "${block.title}", but it needs ${what}, which lesson ${provider.order} provides (${provider.file} line ${provider.line})`,
            });
            continue;
          }
          problems.push({
            rule: 'install-order',
            file: model.file,
            line: command.line,
            message:
              `${shown} needs ${what}, which comes only at ${provider.file} line ${provider.line}; ` +
              `move it after that, or mark its block as not to run yet (title="Try after lesson ${provider.order}")`,
          });
        }
      }
    }
  }
  return inOrder(models, problems);
}

// ---------------------------------------------------------------------------------------------
// Rule 3: named containers

export function checkNamedContainers(models: LessonModel[], options: RuleOptions): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const model of models) {
    for (const command of model.blocks.flatMap((b) => b.commands)) {
      const docker = parseDocker(command.words);
      if (docker?.kind !== 'run' || !docker.image) continue;
      const repository = imageRepository(docker.image);
      if (!options.longRunningImages.includes(repository)) continue;
      if (docker.options.has('--name') || docker.options.has('--rm')) continue;
      problems.push({
        rule: 'named-containers',
        file: model.file,
        line: command.line,
        message: `\`${command.words.join(' ')}\` starts ${repository}, which runs until stopped, but neither names the container (--name) nor removes it (--rm)`,
      });
    }
  }
  return inOrder(models, problems);
}
