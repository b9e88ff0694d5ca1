import { describe, expect, it } from 'vitest';
import { checkArm64 } from './arm64';
import { modelLessons, type Lesson } from './lesson-model';
import { lesson, messages, options } from './test-lessons';

const arm64 = (...lessons: Lesson[]) => messages(checkArm64(modelLessons(lessons, options), options));

describe('arm64 rule', () => {
  it('accepts multi-arch images, local images and commands that choose a platform', () => {
    expect(
      arm64(
        lesson(
          '03-a.mdx',
          '```console\n$ docker run hello-world\n$ docker pull python:3.12-slim\n$ docker run --platform linux/amd64 archlinux\n```\n\n' +
            '```console\n$ docker build -t mine --platform linux/amd64 .\n$ docker run --rm --name m mine\n```\n\n' +
            '```yaml title="compose.yaml"\nservices:\n  db:\n    image: postgres:18\n  web:\n    build: .\n    platform: linux/amd64\n```\n',
        ),
      ),
    ).toEqual([]);
  });

  it('rejects an amd64-only image with no word for arm64 learners, naming file and line', () => {
    expect(arm64(lesson('03-a.mdx', 'Text.\n\n```console\n$ docker run -it --rm archlinux bash\n```\n'))).toEqual([
      'content/lessons/03-a.mdx line 8: docker run uses archlinux, which is not known to run on arm64 (not in multiArchImages); ' +
        'add --platform, or a <Callout> that mentions arm64 and archlinux within 40 lines, saying what arm64 learners do [arm64]',
    ]);
  });

  it('accepts it with a Callout about arm64 and the image nearby, but not one too far away or about another image', () => {
    const callout = '<Callout variant="warning" title="On arm64">\nThe `archlinux` image is amd64 only.\n</Callout>\n';
    const use = '```console\n$ docker run archlinux\n```\n';
    expect(arm64(lesson('03-a.mdx', `${use}\n${callout}`))).toEqual([]);
    expect(arm64(lesson('03-a.mdx', `${use}\n${'Filler.\n\n'.repeat(30)}${callout}`))).toHaveLength(1);
    expect(
      arm64(lesson('03-a.mdx', `${use}\n<Callout variant="note">\nOn arm64, use python instead of ubuntu.\n</Callout>\n`)),
    ).toHaveLength(1);
    expect(arm64(lesson('03-a.mdx', `${use}\n<Callout variant="note">\nThe archlinux image is for amd64.\n</Callout>\n`))).toHaveLength(1);
  });

  it('counts FROM in Dockerfiles, image: in Compose files, and what docker build and build: build', () => {
    const problems = arm64(
      lesson(
        '05-a.mdx',
        '```dockerfile\nFROM ubuntu:24.04\n```\n\n<ExampleFile path="dash-app/Dockerfile" />\n\n' +
          '```yaml title="compose.yaml"\nservices:\n  cache:\n    image: someone/cache\n```\n\n' +
          '<ExampleFile path="dash-app/compose.yaml" />\n\n```console\n$ docker build -t e4l-python-graph .\n```\n',
      ),
    );
    expect(problems.map((message) => /line (\d+): (.*?) uses (\S+),/.exec(message)?.slice(1).join(' | '))).toEqual([
      '5 | FROM in a Dockerfile | ubuntu:24.04',
      '9 | FROM in a Dockerfile | archlinux:latest',
      '11 | image: of Compose service cache | someone/cache',
      '17 | build: of Compose service web (FROM in dash-app/Dockerfile) | archlinux:latest',
      '20 | docker build (FROM in dash-app/Dockerfile) | archlinux:latest',
    ]);
  });

  it('checks a block marked for a later lesson against that lesson’s notes', () => {
    const marked = lesson('02-a.mdx', '```console title="You will run this in lesson 5"\n$ docker build -t e4l-python-graph .\n```\n');
    const later = lesson(
      '05-b.mdx',
      '<Callout variant="warning" title="arm64">\n`archlinux` is amd64 only; use python:3.12-slim.\n</Callout>\n',
    );
    expect(arm64(marked, later)).toEqual([]);
    expect(arm64(marked, lesson('05-b.mdx', 'No note.\n'))[0]).toMatch(
      /^content\/lessons\/02-a\.mdx line 6: docker build .* in content\/lessons\/05-b\.mdx, where the block is marked to be run, /,
    );
  });

  it('ignores a block shown as history', () => {
    expect(
      arm64(lesson('05-a.mdx', '```dockerfile title="Dockerfile (the notes\' version, no longer builds)"\nFROM archlinux:latest\n```\n')),
    ).toEqual([]);
  });
});
