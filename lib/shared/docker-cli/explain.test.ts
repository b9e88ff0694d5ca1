import { describe, expect, it } from 'vitest';
import { explainCommand } from './explain';

/** text → explanation of each part, in order. */
const parts = (text: string) => explainCommand(text).flatMap((c) => c.parts.map((p) => [p.kind, p.text, p.explanation] as const));
const explanationOf = (text: string, part: string) => parts(text).find(([, t]) => t === part)?.[2];

describe('explainCommand', () => {
  const dash = 'docker run -d --rm --init --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph';

  it('gives every part of a command a span and a line', () => {
    expect(parts(dash).map(([kind, text]) => `${kind}:${text}`)).toEqual([
      'program:docker',
      'command:run',
      'flag:-d',
      'flag:--rm',
      'flag:--init',
      'flag:--name',
      'value:dash-app',
      'flag:-p',
      'value:127.0.0.1:8050:8050',
      'argument:e4l-python-graph',
    ]);
    expect(explanationOf(dash, '--init')).toMatch(/init process as PID 1/);
    expect(explanationOf(dash, 'run')).toMatch(/the same as docker container run/);
  });

  it('gives port mappings their meaning', () => {
    expect(explanationOf(dash, '127.0.0.1:8050:8050')).toBe(
      "Publish container port 8050 on this machine's 127.0.0.1, port 8050 (reachable from this machine only).",
    );
    expect(explanationOf('docker run -p 8050:8050 x', '8050:8050')).toMatch(/on port 8050 of every network interface of this machine/);
    expect(explanationOf('docker run -p 8050 x', '8050')).toMatch(/random free port/);
    expect(explanationOf('docker run -p8050:8050/udp x', '8050:8050/udp')).toMatch(/\(UDP\)/);
  });

  it('tells named volumes from bind mounts', () => {
    expect(explanationOf('docker run -v data:/data x', 'data:/data')).toMatch(/named volume data/);
    expect(explanationOf('docker run -v ./src:/app:ro x', './src:/app:ro')).toMatch(/folder \.\/src .*read-only/);
  });

  it('explains tags, platforms, restart policies and durations', () => {
    expect(explanationOf('docker build -t e4l-python-graph .', 'e4l-python-graph')).toMatch(
      /built image's name: e4l-python-graph, tag latest/,
    );
    expect(explanationOf('docker build -t e4l-python-graph .', '.')).toMatch(/build context.*current folder/);
    expect(explanationOf('docker run --platform linux/amd64 x', 'linux/amd64')).toMatch(/Linux on 64-bit Intel\/AMD/);
    expect(explanationOf('docker run --restart unless-stopped x', 'unless-stopped')).toMatch(/unless you stopped it yourself/);
    expect(explanationOf('docker logs --since 10m web', '10m')).toBe('10m: the last 10 minutes.');
    expect(explanationOf('docker builder prune --timeout 90s', '90s')).toBe('90s: 90 seconds.');
  });

  it('keeps the container’s command as one part', () => {
    const text = 'docker run -it --rm archlinux bash -c "echo hello world"';
    expect(parts(text).at(-1)).toEqual([
      'argument',
      'bash -c "echo hello world"',
      expect.stringMatching(/^The command to run in the container/),
    ]);
  });

  it('explains sudo, skips other commands, and names unknown parts', () => {
    const text = 'cd app && sudo docker run --publsh 80 nginx';
    const [command] = explainCommand(text);
    expect(command!.parts[0]).toMatchObject({ kind: 'prefix', text: 'sudo' });
    expect(command!.unknown.map((u) => u.message)).toEqual(['--publsh is not a flag here; did you mean --publish?']);
    expect(command!.parts.find((p) => p.kind === 'unknown')?.text).toBe('--publsh');
  });

  it('explains compose’s global flags as the program’s', () => {
    const text = 'docker compose -f x.yaml -p name up -d';
    expect(explanationOf(text, '-p')).toMatch(/^-p \(--project-name\) \(an option of the program/);
    expect(explanationOf(text, 'up')).toMatch(/^Create and start all the services/);
  });
});
