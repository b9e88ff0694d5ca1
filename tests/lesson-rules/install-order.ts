import { imageRepository, parseDocker } from './docker-command';
import { localImages } from './images';
import type { LessonModel } from './lesson-model';
import type { RuleOptions } from './options';
import { inOrder, type RuleProblem } from './problems';
import { commandWords } from './shell-commands';

/**
 * Rule `install-order`: a command may only appear after the lesson that provides what it needs.
 * - Packages: `docker ...` needs `docker`; `docker build` and `docker buildx ...` also need
 *   `docker-buildx`; `docker compose ...` needs `docker-compose`, and `docker-buildx` too
 *   when it builds (`build`, `--build`); `systemctl` on `docker.service` or `docker.socket`
 *   and `usermod ... docker` need `docker`. A package is provided by the first
 *   `pacman -S ...` command (in lesson order) that names it.
 * - The example project: `docker build`, `docker compose` (all but `docker compose
 *   version`) and running an image that a lesson builds need the example's files, which are
 *   provided by the first <ExampleFile path="<exampleProject>/...">.
 * A command shown earlier must be marked as not to be run yet: its block's fence title says
 * when to run it, as "after lesson N" or "in lesson N" (```console title="Try after lesson
 * 3"). N must be a later lesson than the block's own and no earlier than the lesson that
 * provides what the commands need.
 */

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
            problems.push({
              rule: 'install-order',
              file: model.file,
              line: command.line,
              message: `${shown} needs ${what}, which no lesson provides`,
            });
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
