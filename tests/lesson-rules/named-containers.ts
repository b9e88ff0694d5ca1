import { imageRepository, parseDocker } from './docker-command';
import type { LessonModel } from './lesson-model';
import type { RuleOptions } from './options';
import { inOrder, type RuleProblem } from './problems';

/**
 * Rule `named-containers`: every `docker run` or `docker create` of a long-running example
 * (`longRunningImages`: the Dash app, nginx, postgres) gives the container a name (`--name`) or
 * removes it when it stops (`--rm`), so that stopping and cleaning up are one command the
 * lessons can name.
 */

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
