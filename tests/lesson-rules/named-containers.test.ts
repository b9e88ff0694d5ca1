import { describe, expect, it } from 'vitest';
import { modelLessons, type Lesson } from './lesson-model';
import { checkNamedContainers } from './named-containers';
import { lesson, messages, options } from './test-lessons';

const named = (...lessons: Lesson[]) => messages(checkNamedContainers(modelLessons(lessons, options), options));

describe('named-containers rule', () => {
  it('accepts long-running containers that are named or removed, and anything else', () => {
    expect(
      named(
        lesson(
          '05-a.mdx',
          '```console\n$ docker run --rm --name dash-app -p 8050:8050 e4l-python-graph\n$ docker run -d -p 8080:80 --name=web nginx\n' +
            '$ docker run --rm -e POSTGRES_PASSWORD=x postgres:18\n$ docker run hello-world\n```\n',
        ),
      ),
    ).toEqual([]);
  });

  it('rejects one that is neither, with its line', () => {
    expect(
      named(lesson('05-a.mdx', '```console\n$ docker build -t e4l-python-graph .\n$ docker run -d -p 8050:8050 e4l-python-graph\n```\n')),
    ).toEqual([
      'content/lessons/05-a.mdx line 7: `docker run -d -p 8050:8050 e4l-python-graph` starts e4l-python-graph, which runs until stopped, ' +
        'but neither names the container (--name) nor removes it (--rm) [named-containers]',
    ]);
    expect(named(lesson('04-a.mdx', '```sh\ndocker container run -d -p 8080:80 docker.io/library/nginx:stable\n```\n'))).toHaveLength(1);
  });
});
