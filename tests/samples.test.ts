import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSample, describeSample, extractCodeSamples, fileSample, type CodeSample } from '@/lib/code-samples';

/*
 * Every code sample a reader may copy or download must work: the fences of every lesson, the
 * example files under public/examples (what <ExampleFile> shows and readers download), and the
 * site's own Dockerfile and compose.yaml. Docker is not run here; see lib/code-samples.ts.
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

const lessonSamples: CodeSample[] = readdirSync(lessonsDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .flatMap((name) => {
    const file = path.join(lessonsDir, name);
    return extractCodeSamples(file, readFileSync(file, 'utf8'));
  });

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
