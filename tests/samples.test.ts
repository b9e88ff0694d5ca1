import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSample, describeSample, extractCodeSamples, fileSample, type CodeSample } from '@/tests/code-samples/code-samples';
import {
  checkArm64,
  checkInstallOrder,
  checkNamedContainers,
  defaultRuleOptions,
  formatProblem,
  modelLessons,
  type RuleOptions,
} from '@/tests/lesson-rules';

/*
 * Every code sample a reader may copy or download must work: the fences of every lesson, the
 * example files under public/examples (what <ExampleFile> shows and readers download), and the
 * site's own Dockerfile and compose.yaml. Docker is not run here; see tests/code-samples/code-samples.ts.
 */

const lessonsDir = 'content/lessons';
const examplesDir = 'public/examples';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? filesUnder(file) : [file];
    });
}

const lessons = readdirSync(lessonsDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const file = path.join(lessonsDir, name);
    return { file, source: readFileSync(file, 'utf8') };
  });

const lessonSamples: CodeSample[] = lessons.flatMap(({ file, source }) => extractCodeSamples(file, source));

const fileSamples: CodeSample[] = [...filesUnder(examplesDir), 'Dockerfile', 'compose.yaml'].map((file) =>
  fileSample(file, readFileSync(file, 'utf8')),
);

describe('code samples', () => {
  it('the lessons have code samples to check', () => {
    expect(lessonSamples.length).toBeGreaterThan(0);
  });

  it.each(lessonSamples.map((sample) => [describeSample(sample), sample] as const))('%s', (_, sample) => {
    expect(checkSample(sample), describeSample(sample)).toEqual([]);
  });

  it.each(fileSamples.map((sample) => [describeSample(sample), sample] as const))('%s', (_, sample) => {
    expect(checkSample(sample), describeSample(sample)).toEqual([]);
  });
});

/*
 * Rules that keep the lessons true for every learner (tests/lesson-rules/ documents each):
 * images that arm64 machines can run, commands only after the lesson that installs what they
 * need, and long-running containers that are named or removed.
 */
describe('lesson rules', () => {
  const options: RuleOptions = {
    ...defaultRuleOptions,
    readExample: (relative) => {
      const file = path.join(examplesDir, relative);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
  };
  const models = modelLessons(lessons, options);

  it('every image a lesson pulls or builds from runs on arm64, or the lesson says what arm64 learners do', () => {
    expect(checkArm64(models, options).map(formatProblem)).toEqual([]);
  });

  it('every command comes after the lesson that installs what it needs, or is marked for later', () => {
    expect(checkInstallOrder(models, options).map(formatProblem)).toEqual([]);
  });

  it('every docker run of a long-running example names or removes its container', () => {
    expect(checkNamedContainers(models, options).map(formatProblem)).toEqual([]);
  });
});
