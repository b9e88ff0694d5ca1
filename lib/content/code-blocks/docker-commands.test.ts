import { describe, expect, it } from 'vitest';
import { commandProblems, explainedParts } from './docker-commands';
import { parseShell } from './parse-session';

const session = (source: string) => parseShell(source, 'session');

describe('docker commands in a block', () => {
  it('places each explained part on its line, prompt included, without the docker word', () => {
    const parts = explainedParts(session('$ docker run --rm \\\n    -p 127.0.0.1:8050:8050 app\nDash is running'));
    expect(parts.map(({ line, start, end, text }) => [line, start, end, text])).toEqual([
      [0, 9, 12, 'run'],
      [0, 13, 17, '--rm'],
      [1, 4, 6, '-p'],
      [1, 7, 26, '127.0.0.1:8050:8050'],
      [1, 27, 30, 'app'],
    ]);
    expect(parts[3]!.explanation).toMatch(/^Publish container port 8050/);
  });

  it('explains compose and sudo, and leaves other programs alone', () => {
    const parts = explainedParts(parseShell('cd app && sudo docker compose up -d\nls', 'script'));
    expect(parts.map((p) => `${p.kind}:${p.text}`)).toEqual(['prefix:sudo', 'program:compose', 'command:up', 'flag:-d']);
  });

  it('leaves out a part that runs over a line break', () => {
    const parts = explainedParts(session('$ docker run -it --rm archlinux bash -c \\\n  "echo hi"'));
    expect(parts.map((p) => p.text)).toEqual(['run', '-i', 't', '--rm', 'archlinux']);
  });

  it('names each problem with its command, its line and the closest flag', () => {
    expect(commandProblems(session('$ docker ps\n$ docker run \\\n  --publsh 80 nginx'))).toEqual([
      { line: 2, message: 'docker run: unknown flag --publsh (did you mean --publish?)' },
    ]);
    expect(commandProblems(session('$ docker imagse'))).toEqual([{ line: 0, message: 'docker: unknown command imagse (did you mean docker images?)' }]);
    expect(commandProblems(session('$ docker run --name'))[0]?.message).toMatch(/^docker run: --name needs a value/);
    expect(commandProblems(session('$ docker run -x nginx'))[0]?.message).toMatch(/^docker run: unknown flag -x \(short flags here: /);
  });
});
