import { describe, expect, it } from 'vitest';
import {
  describeBytes,
  describeDuration,
  describeImageReference,
  describeMountSpec,
  describePortMapping,
  describeVolumeSpec,
  parseImageReference,
  parsePortMapping,
  parseVolumeSpec,
} from './values';

describe('parsePortMapping', () => {
  it('reads every short form of -p', () => {
    expect(parsePortMapping('8050')).toEqual({ hostIp: null, hostPort: null, containerPort: '8050', protocol: 'tcp' });
    expect(parsePortMapping('8080:80')).toEqual({ hostIp: null, hostPort: '8080', containerPort: '80', protocol: 'tcp' });
    expect(parsePortMapping('127.0.0.1:8050:8050')).toEqual({
      hostIp: '127.0.0.1',
      hostPort: '8050',
      containerPort: '8050',
      protocol: 'tcp',
    });
    expect(parsePortMapping('127.0.0.1::80')).toEqual({ hostIp: '127.0.0.1', hostPort: null, containerPort: '80', protocol: 'tcp' });
    expect(parsePortMapping('[::1]:8050:8050')).toEqual({ hostIp: '::1', hostPort: '8050', containerPort: '8050', protocol: 'tcp' });
    expect(parsePortMapping('53:53/udp')).toEqual({ hostIp: null, hostPort: '53', containerPort: '53', protocol: 'udp' });
    expect(parsePortMapping('8000-8010:8000-8010')?.containerPort).toBe('8000-8010');
  });

  it('reads the long form as docker run rewrites it (docker/cli opts.go convertToStandardNotation)', () => {
    const short = { hostIp: null, hostPort: '8050', containerPort: '8050', protocol: 'tcp' };
    expect(parsePortMapping('published=8050,target=8050')).toEqual(short);
    expect(parsePortMapping('target=8050,published=8050,mode=host')).toEqual(short);
    expect(parsePortMapping('published=5353,target=53,protocol=udp')).toEqual({
      ...short,
      hostPort: '5353',
      containerPort: '53',
      protocol: 'udp',
    });
    // No published port: a random one, as `-p 80` (the rewrite gives `:80/tcp`).
    expect(parsePortMapping('target=80')).toEqual({ ...short, hostPort: null, containerPort: '80' });
    // Docker refuses these: a part without `=` ("invalid publish opts format"), no target, an unknown protocol.
    for (const value of ['published=8050,8050', 'published=8050', 'published=8050,target=8050,protocol=http', '=8050'])
      expect(parsePortMapping(value)).toBeNull();
  });

  it('refuses what is not a port mapping', () => {
    for (const value of ['', 'abc', '80/http', '1:2:3:4', 'x:80:80:80', '80:web']) expect(parsePortMapping(value)).toBeNull();
  });

  it('says where the port is reachable from', () => {
    const say = (value: string) => describePortMapping(parsePortMapping(value)!);
    expect(say('127.0.0.1:8050:8050')).toBe(
      "Publish container port 8050 on this machine's 127.0.0.1, port 8050 (reachable from this machine only)",
    );
    expect(say('8050:8050')).toMatch(/^Publish container port 8050 on port 8050 of every network interface of this machine/);
    expect(say('8050')).toMatch(/random free port/);
    expect(say('[::1]:8050:8050')).toMatch(/::1, port 8050 \(reachable from this machine only\)/);
    expect(say('53:53/udp')).toMatch(/^Publish container port 53 \(UDP\)/);
  });
});

describe('parseVolumeSpec', () => {
  it('tells named volumes, bind mounts and anonymous volumes apart', () => {
    expect(parseVolumeSpec('pgdata:/var/lib/postgresql/data')).toMatchObject({ kind: 'named', source: 'pgdata', readOnly: false });
    expect(parseVolumeSpec('./app:/app')).toMatchObject({ kind: 'bind', source: './app', target: '/app' });
    expect(parseVolumeSpec('/srv/data:/data:ro')).toMatchObject({ kind: 'bind', readOnly: true });
    expect(parseVolumeSpec('$(pwd):/app:ro,z')).toMatchObject({ kind: 'bind', readOnly: true, options: ['z'] });
    expect(parseVolumeSpec('C:\\Users\\me:/app')).toMatchObject({ kind: 'bind', source: 'C:\\Users\\me', target: '/app' });
    expect(parseVolumeSpec('/cache')).toMatchObject({ kind: 'anonymous', source: null, target: '/cache' });
    expect(parseVolumeSpec('a::b')).toBeNull();
  });

  it('says what is mounted where', () => {
    expect(describeVolumeSpec(parseVolumeSpec('data:/data')!)).toMatch(/^Mount the named volume data .* at \/data/);
    expect(describeVolumeSpec(parseVolumeSpec('./src:/app:ro')!)).toMatch(/folder \.\/src at \/app .*read-only/);
    expect(describeMountSpec('type=bind,source=.,target=/app,readonly')).toMatch(/folder \. at \/app .*read-only/);
    expect(describeMountSpec('type=volume,src=data,dst=/data')).toMatch(/named volume data at \/data/);
  });
});

describe('durations, sizes, image names', () => {
  it('reads Go durations and docker sizes', () => {
    expect(describeDuration('90s')).toBe('90 seconds');
    expect(describeDuration('1h30m')).toBe('1 hour 30 minutes');
    expect(describeDuration('10')).toBeNull();
    expect(describeBytes('512m')).toBe('512 MiB');
    expect(describeBytes('2g')).toBe('2 GiB');
    expect(describeBytes('lots')).toBeNull();
  });

  it('reads image references', () => {
    expect(parseImageReference('e4l-python-graph')).toEqual({ registry: null, repository: 'e4l-python-graph', tag: null, digest: null });
    expect(parseImageReference('python:3.12-slim')).toMatchObject({ repository: 'python', tag: '3.12-slim' });
    expect(parseImageReference('ghcr.io/me/app:1.0')).toMatchObject({ registry: 'ghcr.io', repository: 'me/app', tag: '1.0' });
    expect(parseImageReference('localhost:5000/app')).toMatchObject({ registry: 'localhost:5000', repository: 'app', tag: null });
    expect(describeImageReference('nginx')).toMatch(/tag latest/);
  });
});
