import { describe, expect, it } from 'vitest';
import { checkInstallOrder, pacmanInstalls } from './install-order';
import { modelLessons, type Lesson } from './lesson-model';
import { example, installs, lesson, messages, options } from './test-lessons';

const order = (...lessons: Lesson[]) => messages(checkInstallOrder(modelLessons(lessons, options), options));

describe('reading installs', () => {
  it('finds the packages a pacman command installs', () => {
    expect(pacmanInstalls(['pacman', '-Syu', '--noconfirm', 'python'])).toEqual(['python']);
    expect(pacmanInstalls(['pacman', '-Q', 'docker'])).toEqual([]);
  });
});

describe('install-order rule', () => {
  it('accepts commands after the lesson that installs what they need', () => {
    const compose = lesson('06-compose.mdx', '```console\n$ docker compose up --build\n$ docker compose down\n```\n');
    expect(order(installs, example, compose)).toEqual([]);
    expect(
      order(lesson('03-x.mdx', '```console\n# pacman -S docker\n$ docker info\n# systemctl enable --now docker.service\n```\n')),
    ).toEqual([]);
  });

  it('rejects docker before its install, and in the install lesson before the install line', () => {
    expect(order(lesson('02-arch.mdx', '```console\n$ docker info\n```\n'), installs)).toEqual([
      'content/lessons/02-arch.mdx line 6: `docker info` needs the package docker, which comes only at content/lessons/03-installation.mdx line 6; ' +
        'move it after that, or mark its block as not to run yet (title="Try after lesson 3") [install-order]',
    ]);
    expect(order(lesson('03-x.mdx', '```console\n$ docker run hello-world\n# pacman -S docker\n```\n'))).toHaveLength(1);
  });

  it('rejects docker compose before the lesson that installs Compose, as the notes had it', () => {
    const compose = lesson(
      '06-compose.mdx',
      '```console\n$ docker compose up --build\n```\n\n```console\n# pacman -S docker-compose\n```\n',
    );
    const problems = order(lesson('03-i.mdx', '```console\n# pacman -S docker\n```\n'), example, compose);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/lessons\/06-compose\.mdx line 6: `docker compose up --build` needs the package docker-compose, which comes only at content\/lessons\/06-compose\.mdx line 10;/,
      ),
      expect.stringMatching(
        /^content\/lessons\/06-compose\.mdx line 6: `docker compose up --build` needs the package docker-buildx, which no lesson provides/,
      ),
    ]);
  });

  it('needs the example project for docker build and compose, but not for docker compose version', () => {
    expect(order(installs, lesson('04-v.mdx', '```console\n$ docker compose version\n$ docker buildx version\n```\n'))).toEqual([]);
    expect(order(installs, lesson('04-b.mdx', '```console\n$ docker build -t e4l-python-graph .\n```\n'), example)).toEqual([
      expect.stringMatching(
        /`docker build -t e4l-python-graph \.` needs the example project \(dash-app\), which comes only at content\/lessons\/05-dash-app\.mdx line 5;/,
      ),
    ]);
  });

  it('accepts a block marked for a late enough lesson, and rejects one marked too early or for its own lesson', () => {
    const build = (title: string) =>
      lesson('02-arch.mdx', `\`\`\`console title="${title}"\n$ docker build -t e4l-python-graph .\n\`\`\`\n`);
    expect(order(build('You will run this in lesson 5'), installs, example)).toEqual([]);
    expect(order(build('Try after lesson 3'), installs, example)).toEqual([
      expect.stringMatching(/is marked "Try after lesson 3", but it needs the example project \(dash-app\), which lesson 5 provides/),
    ]);
    expect(order(installs, example, lesson('06-c.mdx', '```console title="Try after lesson 3"\n$ docker ps\n```\n'))).toEqual([
      'content/lessons/06-c.mdx line 5: the block is marked "Try after lesson 3", but it is in lesson 6 already; remove the marker [install-order]',
    ]);
  });

  it('does not count an install in a block marked for later', () => {
    expect(order(lesson('02-a.mdx', '```console title="Try after lesson 3"\n# pacman -S docker\n$ docker info\n```\n'))).toEqual([
      expect.stringMatching(/`docker info` needs the package docker, which no lesson provides/),
    ]);
  });
});
