import { describe, expect, it } from 'vitest';
import {
  checkArm64,
  checkInstallOrder,
  checkLessonRules,
  checkNamedContainers,
  defaultRuleOptions,
  dockerfileBaseImages,
  formatProblem,
  imageRepository,
  modelLessons,
  pacmanInstalls,
  parseDocker,
  simpleCommands,
  type Lesson,
  type RuleOptions,
} from './lesson-rules';

const examples: Record<string, string> = {
  'dash-app/Dockerfile': 'FROM archlinux:latest\nCOPY app.py .\nCMD ["python", "app.py"]',
  'dash-app/compose.yaml': 'services:\n  web:\n    build: .\n    ports:\n      - "8050:8050"',
  'slim-app/Dockerfile': 'FROM python:3.12-slim\nCMD ["python"]',
};

const options: RuleOptions = { ...defaultRuleOptions, readExample: (relative) => examples[relative] };

const frontmatter = '---\ntitle: T\n---\n';
const lesson = (file: string, body: string): Lesson => ({ file: `content/lessons/${file}`, source: `${frontmatter}\n${body}` });

/** Lesson 3 as the course has it: it installs the three packages. */
const installs = lesson('03-installation.mdx', '```console\n# pacman -S docker docker-buildx docker-compose\n```\n');
/** Lesson 5: the example project's files arrive. */
const example = lesson('05-dash-app.mdx', '<ExampleFile path="dash-app/app.py" />\n');

const messages = (problems: ReturnType<typeof checkLessonRules>) => problems.map(formatProblem);
const arm64 = (...lessons: Lesson[]) => messages(checkArm64(modelLessons(lessons, options), options));
const order = (...lessons: Lesson[]) => messages(checkInstallOrder(modelLessons(lessons, options), options));
const named = (...lessons: Lesson[]) => messages(checkNamedContainers(modelLessons(lessons, options), options));

describe('reading commands', () => {
  it('splits shell text into simple commands, honouring quotes, continuations and comments', () => {
    expect(simpleCommands('docker compose pull && docker compose up -d')).toEqual([
      { line: 0, words: ['docker', 'compose', 'pull'] },
      { line: 0, words: ['docker', 'compose', 'up', '-d'] },
    ]);
    expect(simpleCommands('docker run -it --rm archlinux bash -c "echo hello; world" # greet\nyes | pacman -Scc')).toEqual([
      { line: 0, words: ['docker', 'run', '-it', '--rm', 'archlinux', 'bash', '-c', 'echo hello; world'] },
      { line: 1, words: ['yes'] },
      { line: 1, words: ['pacman', '-Scc'] },
    ]);
    expect(simpleCommands("docker run \\\n  --name 'my app' \\\n  nginx")).toEqual([{ line: 0, words: ['docker', 'run', '--name', 'my app', 'nginx'] }]);
  });

  it('reads docker commands: global options, sudo, run options and the image', () => {
    const run = parseDocker(['sudo', 'docker', 'run', '-dp', '8050:8050', '--name=app', '-e', 'A=1', 'e4l-python-graph', 'python']);
    expect(run).toMatchObject({ kind: 'run', image: 'e4l-python-graph' });
    expect(run?.kind === 'run' && [...run.options]).toEqual([
      ['-d', true],
      ['-p', '8050:8050'],
      ['--name', 'app'],
      ['-e', 'A=1'],
    ]);
    expect(parseDocker(['docker', '--context', 'desktop-linux', 'container', 'create', 'hello-world'])).toMatchObject({ kind: 'run', image: 'hello-world' });
    expect(parseDocker(['docker', 'image', 'pull', '--platform', 'linux/amd64', 'archlinux'])).toMatchObject({ kind: 'pull', image: 'archlinux' });
    expect(parseDocker(['docker', 'buildx', 'build', '-t', 'x', '.'])).toMatchObject({ kind: 'build' });
    expect(parseDocker(['docker', 'compose', '-p', 'shop', 'up', '--build'])).toEqual({ kind: 'compose', subcommand: 'up', args: ['--build'] });
    expect(parseDocker(['docker', 'ps', '-a'])).toEqual({ kind: 'other', subcommand: 'ps' });
    expect(parseDocker(['pacman', '-S', 'docker'])).toBeUndefined();
  });

  it('names images by repository and finds the base images of a Dockerfile', () => {
    expect(imageRepository('docker.io/library/nginx:stable')).toBe('nginx');
    expect(imageRepository('localhost:5000/app:1@sha256:abc')).toBe('localhost:5000/app');
    expect(dockerfileBaseImages('FROM --platform=$BUILDPLATFORM golang AS build\nFROM build\nFROM scratch\nfrom python:3.12-slim')).toEqual([
      { line: 0, image: 'golang', platform: true },
      { line: 3, image: 'python:3.12-slim', platform: false },
    ]);
    expect(pacmanInstalls(['pacman', '-Syu', '--noconfirm', 'python'])).toEqual(['python']);
    expect(pacmanInstalls(['pacman', '-Q', 'docker'])).toEqual([]);
  });
});

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
    expect(arm64(lesson('03-a.mdx', `${use}\n<Callout variant="note">\nOn arm64, use python instead of ubuntu.\n</Callout>\n`))).toHaveLength(1);
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
    const later = lesson('05-b.mdx', '<Callout variant="warning" title="arm64">\n`archlinux` is amd64 only; use python:3.12-slim.\n</Callout>\n');
    expect(arm64(marked, later)).toEqual([]);
    expect(arm64(marked, lesson('05-b.mdx', 'No note.\n'))[0]).toMatch(
      /^content\/lessons\/02-a\.mdx line 6: docker build .* in content\/lessons\/05-b\.mdx, where the block is marked to be run, /,
    );
  });

  it('ignores a block shown as history', () => {
    expect(arm64(lesson('05-a.mdx', '```dockerfile title="Dockerfile (the notes\' version, no longer builds)"\nFROM archlinux:latest\n```\n'))).toEqual([]);
  });
});

describe('install-order rule', () => {
  it('accepts commands after the lesson that installs what they need', () => {
    const compose = lesson('06-compose.mdx', '```console\n$ docker compose up --build\n$ docker compose down\n```\n');
    expect(order(installs, example, compose)).toEqual([]);
    expect(order(lesson('03-x.mdx', '```console\n# pacman -S docker\n$ docker info\n# systemctl enable --now docker.service\n```\n'))).toEqual([]);
  });

  it('rejects docker before its install, and in the install lesson before the install line', () => {
    expect(order(lesson('02-arch.mdx', '```console\n$ docker info\n```\n'), installs)).toEqual([
      'content/lessons/02-arch.mdx line 6: `docker info` needs the package docker, which comes only at content/lessons/03-installation.mdx line 6; ' +
        'move it after that, or mark its block as not to run yet (title="Try after lesson 3") [install-order]',
    ]);
    expect(order(lesson('03-x.mdx', '```console\n$ docker run hello-world\n# pacman -S docker\n```\n'))).toHaveLength(1);
  });

  it('rejects docker compose before the lesson that installs Compose, as the notes had it', () => {
    const compose = lesson('06-compose.mdx', '```console\n$ docker compose up --build\n```\n\n```console\n# pacman -S docker-compose\n```\n');
    const problems = order(lesson('03-i.mdx', '```console\n# pacman -S docker\n```\n'), example, compose);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/lessons\/06-compose\.mdx line 6: `docker compose up --build` needs the package docker-compose, which comes only at content\/lessons\/06-compose\.mdx line 10;/),
      expect.stringMatching(/^content\/lessons\/06-compose\.mdx line 6: `docker compose up --build` needs the package docker-buildx, which no lesson provides/),
    ]);
  });

  it('needs the example project for docker build and compose, but not for docker compose version', () => {
    expect(order(installs, lesson('04-v.mdx', '```console\n$ docker compose version\n$ docker buildx version\n```\n'))).toEqual([]);
    expect(order(installs, lesson('04-b.mdx', '```console\n$ docker build -t e4l-python-graph .\n```\n'), example)).toEqual([
      expect.stringMatching(/`docker build -t e4l-python-graph \.` needs the example project \(dash-app\), which comes only at content\/lessons\/05-dash-app\.mdx line 5;/),
    ]);
  });

  it('accepts a block marked for a late enough lesson, and rejects one marked too early or for its own lesson', () => {
    const build = (title: string) => lesson('02-arch.mdx', `\`\`\`console title="${title}"\n$ docker build -t e4l-python-graph .\n\`\`\`\n`);
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
    expect(named(lesson('05-a.mdx', '```console\n$ docker build -t e4l-python-graph .\n$ docker run -d -p 8050:8050 e4l-python-graph\n```\n'))).toEqual([
      'content/lessons/05-a.mdx line 7: `docker run -d -p 8050:8050 e4l-python-graph` starts e4l-python-graph, which runs until stopped, ' +
        'but neither names the container (--name) nor removes it (--rm) [named-containers]',
    ]);
    expect(named(lesson('04-a.mdx', '```sh\ndocker container run -d -p 8080:80 docker.io/library/nginx:stable\n```\n'))).toHaveLength(1);
  });
});

describe('checkLessonRules', () => {
  it('runs all three rules', () => {
    const problems = checkLessonRules([lesson('02-a.mdx', '```console\n$ docker run -d nginx\n$ docker pull archlinux\n```\n')], options);
    expect(problems.map((p) => p.rule).sort()).toEqual(['arm64', 'install-order', 'install-order', 'named-containers']);
  });
});
