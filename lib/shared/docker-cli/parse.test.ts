import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShell } from '@/lib/content/code-blocks/parse-session';
import { lexShell } from '../shell/words';
import { closest, editDistance, isDockerCommand, parseDockerCommand } from './parse';

const parse = (text: string) => parseDockerCommand(lexShell(text).commands[0]!.words);
const flagsOf = (text: string) => parse(text).flags.map((f) => [f.flag.long, f.value]);

describe('parseDockerCommand', () => {
  it('resolves aliases to one command and keeps the alias typed', () => {
    for (const [text, path, typed] of [
      ['docker run x', 'container run', 'run'],
      ['docker container run x', 'container run', 'container run'],
      ['docker ps', 'container ls', 'ps'],
      ['docker container list', 'container ls', 'container list'],
      ['docker images', 'image ls', 'images'],
      ['docker image list', 'image ls', 'image list'],
      ['docker rmi x', 'image rm', 'rmi'],
      ['docker container remove x', 'container rm', 'container remove'],
      ['docker build .', 'buildx build', 'build'],
      ['docker builder prune', 'buildx prune', 'builder prune'],
      ['docker info', 'system info', 'info'],
    ] as const) {
      const parsed = parse(text);
      expect([parsed.command?.path, parsed.typedCommand, parsed.unknown], text).toEqual([path, typed, []]);
    }
  });

  it('reads --flag=value, -p8050:8050, -p=8050 and separate values, with the value spans', () => {
    const text = 'docker run --name=dash-app -p8050:8050 -p=9000 --publish 127.0.0.1:80:80 -e A=1 img';
    const parsed = parse(text);
    expect(parsed.flags.map((f) => [f.typed, f.flag.long, f.value, text.slice(f.valueSpan!.start, f.valueSpan!.end)])).toEqual([
      ['--name', 'name', 'dash-app', 'dash-app'],
      ['-p', 'publish', '8050:8050', '8050:8050'],
      ['-p', 'publish', '9000', '9000'],
      ['--publish', 'publish', '127.0.0.1:80:80', '127.0.0.1:80:80'],
      ['-e', 'env', 'A=1', 'A=1'],
    ]);
    expect(parsed.args.map((a) => [a.value, a.role])).toEqual([['img', 'image']]);
  });

  it('splits bundled short switches, with a value-taking flag last', () => {
    expect(flagsOf('docker run -it --rm img')).toEqual([
      ['interactive', null],
      ['tty', null],
      ['rm', null],
    ]);
    expect(flagsOf('docker run -dit img')).toEqual([
      ['detach', null],
      ['interactive', null],
      ['tty', null],
    ]);
    expect(flagsOf('docker run -dp 80:80 img')).toEqual([
      ['detach', null],
      ['publish', '80:80'],
    ]);
    const text = 'docker run -it img';
    expect(parse(text).flags.map((f) => text.slice(f.span.start, f.span.end))).toEqual(['-i', 't']);
  });

  it('reads everything after the image as the container’s command, not docker’s flags', () => {
    const parsed = parse('docker run --rm archlinux bash -c "echo hello world" --rm');
    expect(parsed.flags.map((f) => f.flag.long)).toEqual(['rm']);
    expect(parsed.args.map((a) => [a.value, a.role])).toEqual([
      ['archlinux', 'image'],
      ['bash', 'command'],
      ['-c', 'command'],
      ['echo hello world', 'command'],
      ['--rm', 'command'],
    ]);
    expect(parse('docker exec -it web sh -c ls').args.map((a) => a.role)).toEqual([
      'container',
      'exec-command',
      'exec-command',
      'exec-command',
    ]);
    expect(parse('docker compose exec proxy getent hosts web').args.map((a) => a.role)).toEqual([
      'service',
      'exec-command',
      'exec-command',
      'exec-command',
    ]);
  });

  it('lets flags follow arguments where docker allows it, and -- end them', () => {
    expect(flagsOf('docker logs web -f')).toEqual([['follow', null]]);
    const parsed = parse('docker rm -- -odd-name');
    expect(parsed.args.map((a) => a.value)).toEqual(['-odd-name']);
    expect(parsed.endOfFlags).not.toBeNull();
  });

  it('reads compose global flags before and after the command', () => {
    const parsed = parse('docker compose -f x.yaml -p name up -d --dry-run web');
    expect(parsed.program).toBe('docker compose');
    expect(parsed.command?.path).toBe('compose up');
    expect(parsed.globalFlags.map((f) => [f.flag.long, f.value])).toEqual([
      ['file', 'x.yaml'],
      ['project-name', 'name'],
      ['dry-run', null],
    ]);
    expect(parsed.flags.map((f) => f.flag.long)).toEqual(['detach']);
    expect(parsed.args.map((a) => [a.value, a.role])).toEqual([['web', 'service']]);
    expect(parse('docker-compose up -d')).toMatchObject({ program: 'docker-compose', command: { path: 'compose up' }, unknown: [] });
  });

  it('reads docker global flags and skips sudo and assignments', () => {
    const parsed = parse('sudo DOCKER_BUILDKIT=1 docker --context remote -D ps -a');
    expect(parsed.globalFlags.map((f) => [f.flag.long, f.value])).toEqual([
      ['context', 'remote'],
      ['debug', null],
    ]);
    expect(parsed.command?.path).toBe('container ls');
    expect(parse('docker --version').unknown).toEqual([]);
  });

  it('names unknown flags with the closest known one', () => {
    const parsed = parse('docker run --publsh 8050:8050 img');
    expect(parsed.unknown.map((u) => [u.kind, u.text, u.suggestion])).toEqual([['flag', '--publsh', '--publish']]);
    // The typo's value is not mistaken for the image.
    expect(parsed.args.map((a) => a.value)).toEqual(['img']);
    expect(parse('docker ps --al').unknown[0]?.suggestion).toBe('--all');
    expect(parse('docker ps -z').unknown.map((u) => u.kind)).toEqual(['flag']);
  });

  it('names unknown commands and missing values', () => {
    expect(parse('docker imagse').unknown.map((u) => [u.kind, u.suggestion])).toEqual([['subcommand', 'docker images']]);
    expect(parse('docker container lss').unknown.map((u) => [u.kind, u.suggestion])).toEqual([['subcommand', 'docker container ls']]);
    expect(parse('docker compose upp').unknown.map((u) => [u.kind, u.suggestion])).toEqual([['subcommand', 'docker compose up']]);
    expect(parse('docker run --name').unknown.map((u) => u.kind)).toEqual(['missing-value']);
    expect(parse('docker pull a b').unknown.map((u) => u.kind)).toEqual(['extra-argument']);
  });

  it('takes plain strings too', () => {
    expect(parseDockerCommand(['docker', 'run', '-p', '80:80', 'nginx']).flags[0]?.valueSpan).toEqual({ start: 14, end: 19 });
  });
});

describe('closest', () => {
  it('counts a swap as one typo and refuses far-off names', () => {
    expect(editDistance('pubilsh', 'publish')).toBe(1);
    expect(closest('publsh', ['publish', 'publish-all', 'pull'])).toBe('publish');
    expect(closest('xyz', ['publish'])).toBeNull();
  });
});

// Every docker command the lessons show must parse with no unknown part: a typo or a removed flag
// in a lesson fails here, with the file and line.
describe('the lessons’ docker commands', () => {
  const dir = path.join(process.cwd(), 'content/lessons');
  const found: Array<{ where: string; text: string }> = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const block of source.matchAll(/^([ \t]*)```(console|sh|bash|shell)\b[^\n]*\n([\s\S]*?)^\1```/gm)) {
      const firstLine = source.slice(0, block.index).split('\n').length + 1;
      const body = block[3]!.replace(new RegExp(`^${block[1]}`, 'gm'), '');
      const parsed = parseShell(body, block[2] === 'console' ? 'session' : 'script');
      for (const command of parsed.commands) {
        const lines = parsed.lines.slice(command.first, command.last + 1).map((line) => line.text.slice(line.prompt.length));
        const text = lines.join('\n');
        for (const simple of lexShell(text).commands) {
          if (isDockerCommand(simple.words))
            found.push({ where: `${file}:${firstLine + command.first}`, text: text.slice(simple.start, simple.end) });
        }
      }
    }
  }

  it('finds them', () => {
    expect(found.length).toBeGreaterThan(40);
  });

  it.each(found.map((f) => [f.where, f.text] as const))('%s: %s', (_, text) => {
    const parsed = parseDockerCommand(lexShell(text).commands[0]!.words);
    expect(parsed.command, text).not.toBeNull();
    expect(parsed.unknown.map((u) => u.message)).toEqual([]);
  });
});
