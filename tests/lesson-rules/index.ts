import { checkArm64 } from './arm64';
import { checkInstallOrder } from './install-order';
import { modelLessons, type Lesson } from './lesson-model';
import { checkNamedContainers } from './named-containers';
import type { RuleOptions } from './options';
import type { RuleProblem } from './problems';

/**
 * Rules that keep the lessons true for every learner, checked over all lessons at once (by
 * tests/samples.test.ts). Each problem names the lesson file and line.
 *
 * 1. `arm64` (arm64.ts): every image a lesson pulls or builds from runs on arm64 machines, or
 *    the lesson says what arm64 learners do.
 * 2. `install-order` (install-order.ts): a command may only appear after the lesson that
 *    provides what it needs, or in a block marked to be run later.
 * 3. `named-containers` (named-containers.ts): every `docker run` of a long-running example
 *    names or removes its container.
 *
 * The rules read the lessons through lesson-model.ts (which says what counts as a command, and
 * which blocks no rule applies to), shell-commands.ts, docker-command.ts and images.ts; the
 * course's settings are in options.ts.
 */

export { checkArm64 } from './arm64';
export { imageRepository, parseDocker, type DockerCommand } from './docker-command';
export { dockerfileBaseImages } from './images';
export { checkInstallOrder, pacmanInstalls } from './install-order';
export { historyMarker, laterMarker, modelLessons, type Lesson, type LessonModel } from './lesson-model';
export { checkNamedContainers } from './named-containers';
export { defaultRuleOptions, longRunningImages, multiArchImages, type RuleOptions } from './options';
export { formatProblem, type RuleName, type RuleProblem } from './problems';
export { simpleCommands } from './shell-commands';

/** All three rules over all lessons. */
export function checkLessonRules(lessons: Lesson[], options: RuleOptions): RuleProblem[] {
  const models = modelLessons(lessons, options);
  return [...checkArm64(models, options), ...checkInstallOrder(models, options), ...checkNamedContainers(models, options)];
}
