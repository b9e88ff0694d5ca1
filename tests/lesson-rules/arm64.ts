import { imageRepository, parseDocker } from './docker-command';
import { composeServices, dockerfileBaseImages, localImages } from './images';
import type { LessonModel } from './lesson-model';
import type { RuleOptions } from './options';
import { inOrder, type RuleProblem } from './problems';

/**
 * Rule `arm64`: every image a lesson pulls or builds from must run on arm64 machines (Apple
 * Silicon Macs, Raspberry Pis, ARM servers), or the lesson must say what arm64 learners do.
 * An image is *used* by `docker run`, `docker create` and `docker pull` (also as
 * `docker container run` ...), by `FROM` in a ```dockerfile block or an <ExampleFile> of a
 * Dockerfile, and by `image:` in a Compose block or <ExampleFile>. `docker build` and a
 * Compose service's `build:` build the course's example project (`exampleProject`, the only
 * project the lessons build), so they use the `FROM` images of its Dockerfile. Images that a
 * lesson builds itself with `docker build -t NAME` are local: running them pulls nothing.
 * A use is fine when
 * - the image is on `multiArchImages` (official images whose library file in
 *   docker-library/official-images lists arm64v8 for the tags the course uses), or
 * - it asks for a platform itself (`--platform` on the command, `FROM --platform=...`,
 *   `platform:` on the Compose service), or
 * - the same lesson has a <Callout> whose text (title included) mentions `arm64` and the
 *   image's name, and that starts no more than `arm64NoteDistance` lines before or after
 *   the use (or contains it): the learner reads what to do where the error would appear.
 * A block marked for a later lesson is checked against that lesson's notes.
 */

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
          for (const base of builtFrom)
            add(target, { line: command.line, image: base.image, what: `docker build (FROM in ${options.exampleProject}/Dockerfile)` });
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
          for (const base of builtFrom)
            add(model, {
              line: file.line,
              image: base.image,
              what: `build: of Compose service ${service.name} (FROM in ${options.exampleProject}/Dockerfile)`,
            });
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
          (!sameLesson || (use.line >= callout.start - options.arm64NoteDistance && use.line <= callout.end + options.arm64NoteDistance)),
      );
      if (noted) continue;
      const where = sameLesson ? `within ${options.arm64NoteDistance} lines` : `in ${use.lesson.file}, where the block is marked to be run`;
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
