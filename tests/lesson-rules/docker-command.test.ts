import { describe, expect, it } from 'vitest';
import { imageRepository, parseDocker } from './docker-command';

describe('reading docker commands', () => {
  it('reads docker commands: global options, sudo, run options and the image', () => {
    const run = parseDocker(['sudo', 'docker', 'run', '-dp', '8050:8050', '--name=app', '-e', 'A=1', 'e4l-python-graph', 'python']);
    expect(run).toMatchObject({ kind: 'run', image: 'e4l-python-graph' });
    expect(run?.kind === 'run' && [...run.options]).toEqual([
      ['-d', true],
      ['-p', '8050:8050'],
      ['--name', 'app'],
      ['-e', 'A=1'],
    ]);
    expect(parseDocker(['docker', '--context', 'desktop-linux', 'container', 'create', 'hello-world'])).toMatchObject({
      kind: 'run',
      image: 'hello-world',
    });
    expect(parseDocker(['docker', 'image', 'pull', '--platform', 'linux/amd64', 'archlinux'])).toMatchObject({
      kind: 'pull',
      image: 'archlinux',
    });
    expect(parseDocker(['docker', 'buildx', 'build', '-t', 'x', '.'])).toMatchObject({ kind: 'build' });
    expect(parseDocker(['docker', 'compose', '-p', 'shop', 'up', '--build'])).toEqual({
      kind: 'compose',
      subcommand: 'up',
      args: ['--build'],
    });
    expect(parseDocker(['docker', 'ps', '-a'])).toEqual({ kind: 'other', subcommand: 'ps' });
    expect(parseDocker(['pacman', '-S', 'docker'])).toBeUndefined();
  });

  it('names images by repository', () => {
    expect(imageRepository('docker.io/library/nginx:stable')).toBe('nginx');
    expect(imageRepository('localhost:5000/app:1@sha256:abc')).toBe('localhost:5000/app');
  });
});
