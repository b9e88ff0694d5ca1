/*
 * cw178 (stop 57): holdout177's misses at lesson 3, by class, each row a short paste on a real program's format (`source` names it),
 * never a holdout paste:
 * - a "Cannot connect" from a command aimed at a daemon the paste names (`--context x`, `-c x`, `-H …`, `DOCKER_HOST=…`, the ssh
 *   helper's dummy `http://docker`), then an answer that does not show it came from that daemon (its command not shown, or run
 *   without that target): the error stands (daemon-target.ts);
 * - a docker ps listing cut in its rows (the copy ends inside a row) alone, no other answer of the daemon's: partial at install.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

/** docker/cli cli/command/system/version.go's template (19.03+), Client and Server parts, a context line from 19.03 on. */
const client = (context?: string) => [
  'Client: Docker Engine - Community',
  ' Version:           24.0.7',
  ' API version:       1.43',
  ' Go version:        go1.20.10',
  ' Git commit:        afdd53b',
  ' Built:             Thu Oct 26 09:08:01 2023',
  ' OS/Arch:           darwin/arm64',
  ...(context ? [` Context:           ${context}`] : []),
];
const server = [
  '',
  'Server: Docker Engine - Community',
  ' Engine:',
  '  Version:          24.0.7',
  '  API version:      1.43 (minimum version 1.12)',
  '  Go version:       go1.20.10',
  '  Git commit:       311b9ff',
  '  Built:            Thu Oct 26 09:08:02 2023',
  '  OS/Arch:          linux/amd64',
  '  Experimental:     false',
  ' containerd:',
  '  Version:          1.6.24',
];
/** moby client/errors.go connectionFailed, with cli/context/docker/load.go's dummy host for a helper's connection (ssh://). */
const helperRefused = 'Cannot connect to the Docker daemon at http://docker. Is the docker daemon running?';
const psHeader = 'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                    NAMES';
const psRow = (id: string, name: string, ports = '0.0.0.0:8080->80/tcp') =>
  `${id}   nginx:1.25     "/docker-entrypoint.…"   5 minutes ago   Up 5 minutes   ${ports.padEnd(22)}   ${name}`;

const targetRows: Row[] = [
  {
    source: 'docker/cli cli/command/cli.go (--context picks the endpoint) and load.go (`http://docker`), then a plain `docker version`',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'context-refused-then-plain-version',
    text: ['$ docker --context remote-box ps', helperRefused, '$ docker version', ...client('default'), ...server].join('\n'),
  },
  {
    source: 'docker/cli cli/flags/options.go `-c` (--context), the error then a plain `docker ps` that listed (later-state.ts retry)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'short-context-refused-then-plain-ps',
    text: ['$ docker -c prod ps', helperRefused, '$ docker ps', psHeader, psRow('4f1c2a9b7d3e', 'web')].join('\n'),
  },
  {
    source: 'DOCKER_HOST on the command line (cli/command/cli.go getServerHost reads it), moby connectionFailed for a tcp host',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'docker-host-env-refused-then-hello',
    text: [
      '$ DOCKER_HOST=tcp://10.0.0.5:2375 docker ps',
      'Cannot connect to the Docker daemon at tcp://10.0.0.5:2375. Is the docker daemon running?',
      '$ docker run hello-world',
      '',
      'Hello from Docker!',
      'This message shows that your installation appears to be working correctly.',
    ].join('\n'),
  },
  {
    source: "an issue's steps: the -H ssh:// command told in a code span, the error quoted, the version under a title only",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'told-host-refused-then-titled-version',
    text: [
      'Running `docker -H ssh://deploy@build01 ps` fails:',
      '',
      `> ${helperRefused}`,
      '',
      '**Output of `docker version`:**',
      '',
      ...client(),
      ...server,
    ].join('\n'),
  },
  {
    source: 'a CI job with DOCKER_HOST exported to a dind service, then the runner prints its version with no command line',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'exported-host-refused-then-untold-version',
    text: [
      '$ export DOCKER_HOST=tcp://docker:2375',
      '$ docker info',
      'Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?',
      'Versions used on the runner:',
      ...client(),
      ...server,
    ].join('\n'),
  },
  {
    source: 'the same --context on the later command (cli.go resolves the same endpoint): its Server part answers',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-same-context-version',
    text: [
      '$ docker --context remote-box ps',
      helperRefused,
      '$ docker --context remote-box version',
      ...client('remote-box'),
      ...server,
    ].join('\n'),
  },
  {
    source: '`docker context use` (cli/command/context/use.go writes currentContext) before both commands',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-context-use-then-plain-version',
    text: [
      '$ docker context use remote-box',
      'remote-box',
      '$ docker ps',
      helperRefused,
      '$ docker version',
      ...client('remote-box'),
      ...server,
    ].join('\n'),
  },
  {
    source: 'the helper error under a plain command, then a plain version shown: the same defaults, the same daemon',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-helper-plain-then-plain-version',
    text: ['$ docker ps', helperRefused, '$ docker version', ...client(), ...server].join('\n'),
  },
  {
    source: 'the local socket refused, then the daemon started and a plain version (CONVENTIONS §2.0: the later state stands)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-local-socket-then-version',
    text: [
      '$ docker ps',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      '$ sudo systemctl start docker',
      '$ docker version',
      ...client(),
      ...server,
    ].join('\n'),
  },
  {
    source: 'the same -H and docker ps listing whole after the refusal (docker/cli prints the header only from the reply)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-same-host-ps-listed',
    text: [
      '$ docker -H tcp://10.0.0.5:2375 ps',
      'Cannot connect to the Docker daemon at tcp://10.0.0.5:2375. Is the docker daemon running?',
      '$ docker -H tcp://10.0.0.5:2375 ps',
      psHeader,
      psRow('4f1c2a9b7d3e', 'web'),
    ].join('\n'),
  },
  {
    source: 'the same --context, its version cut before any Server part: no answer of that daemon, the refusal stands',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-same-context-version-cut',
    text: ['$ docker --context remote-box ps', helperRefused, '$ docker --context remote-box version', ...client('remote-box')].join('\n'),
  },
  {
    source: 'the same --context answering, then refused again (the later state is the refusal)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-same-context-then-refused-again',
    text: [
      '$ docker --context remote-box version',
      ...client('remote-box'),
      ...server,
      '$ docker --context remote-box ps',
      helperRefused,
    ].join('\n'),
  },
  {
    source: "the error and the fix only quoted in a sentence, no output of the learner's: no ok",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-quoted-in-sentence',
    text: [
      'I ran `docker --context remote-box ps` and got "Cannot connect to the Docker daemon at http://docker. Is the docker daemon running?"',
      'but `docker version` shows a Server part, see below:',
      '```',
      ...client(),
      ...server,
      '```',
    ].join('\n'),
  },
];

const cutRows: Row[] = [
  {
    source: 'docker/cli formatter/container.go default table, the paste ending inside its second row (before STATUS)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'ps-second-row-cut',
    text: ['$ docker ps', psHeader, psRow('4f1c2a9b7d3e', 'web'), '9a8b7c6d5e4f   nginx:1.25     "/docker-entrypoint.…"'].join('\n'),
  },
  {
    source: '`docker container ls` (docker/cli alias of ps), two rows whole and the third cut inside its PORTS cell',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'container-ls-third-row-cut',
    text: [
      '$ docker container ls',
      psHeader,
      psRow('4f1c2a9b7d3e', 'web'),
      psRow('1b2c3d4e5f6a', 'api', '0.0.0.0:3000->3000/tcp'),
      '9a8b7c6d5e4f   nginx:1.25     "/docker-entrypoint.…"   5 minutes ago   Up 5 minutes   0.0.0.0:80',
    ].join('\n'),
  },
  {
    source: "the same listing whole: docker/cli printed it from the daemon's reply (CONVENTIONS §2.1: a whole listing stays ok)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-ps-whole',
    text: ['$ docker ps', psHeader, psRow('4f1c2a9b7d3e', 'web'), psRow('9a8b7c6d5e4f', 'proxy', '0.0.0.0:8443->443/tcp')].join('\n'),
  },
  {
    source: "a cut listing, then `docker images` whole (cw82: the image table is the daemon's reply too)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-cut-ps-then-images-whole',
    text: [
      '$ docker ps',
      psHeader,
      psRow('4f1c2a9b7d3e', 'web'),
      '9a8b7c6d5e4f   nginx:1.25     "/docker-entrypoint.…"',
      '$ docker images',
      'REPOSITORY    TAG       IMAGE ID       CREATED       SIZE',
      'nginx         1.25      a8758716bb6a   2 weeks ago   187MB',
    ].join('\n'),
  },
  {
    source: "a cut listing and hello-world's greeting (its own proof of lesson 3)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-cut-ps-with-greeting',
    text: [
      '$ docker run hello-world',
      '',
      'Hello from Docker!',
      'This message shows that your installation appears to be working correctly.',
      '$ docker ps -a',
      psHeader,
      psRow('4f1c2a9b7d3e', 'web'),
      '9a8b7c6d5e4f   hello-world    "/hello"',
    ].join('\n'),
  },
  {
    source: 'a cut listing beside the client version alone (CONVENTIONS §2.1, stop 47): partial, as before',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-cut-ps-with-client-version',
    text: [
      '$ docker -v',
      'Docker version 24.0.7, build afdd53b',
      '$ docker ps',
      psHeader,
      psRow('4f1c2a9b7d3e', 'web'),
      '9a8b7c6d5e4f   nginx:1.25',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a refusal aimed at a named daemon, then an answer not shown from it', targetRows],
  ['a docker ps listing cut in its rows alone', cutRows],
];

describe.each(families)('cw178 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
