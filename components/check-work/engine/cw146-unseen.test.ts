/*
 * cw146 (stop 50): holdout124–126's misses, by class, each row a short paste on a real program's or writer's format (`source` names
 * it), never a holdout paste:
 * - docker start's summary line after the daemon's `No such container` (docker/cli start.go): no container, not a runtime failure;
 * - at "Does the app listen?", the learner's own container that failed (the ID its detached run printed, listed Exited (N));
 * - a docker command chained after another on one line (`&&`, `||`, `;`: bash's lists), and at "Is the port published?" the
 *   options typed after the image that the entrypoint failed on;
 * - s6's own programs dying at boot (skalibs' `PROG: fatal: `);
 * - Docker's platform warning, then a shell at the container's root prompt;
 * - a daemon error hard-wrapped at a space (a writer's 80 columns);
 * - a network refused by name behind a writer's `<placeholder>`;
 * - `wsl -l -v`'s rows without its header;
 * - `docker compose version --short` told in a sentence with its answer;
 * - a port told taken in a participle clause ("due to port 5000 being in use");
 * - a child shell's `sh: X: not found` (libc's popen) in a server's log that goes on to listen;
 * - Gradle's debug log columns before a child's lines.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const startRows: Row[] = [
  {
    source: 'docker/cli start.go startContainersWithoutAttachments: each error, then `failed to start containers: a, b` for all',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'start-two-missing',
    text: [
      '$ docker start web worker',
      'Error response from daemon: No such container: web',
      'Error response from daemon: No such container: worker',
      'Error: failed to start containers: web, worker',
    ].join('\n'),
  },
  {
    source: "Docker 1.x's start summary with the names in brackets, after the daemon's `no such id`-era wording",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'start-missing-brackets',
    text: [
      '$ docker start dash-app',
      'Error response from daemon: No such container: dash-app',
      'Error: failed to start containers: [dash-app]',
    ].join('\n'),
  },
  {
    source: "runc's refusal as the daemon's reason, then the same summary: the runtime failure stands",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-start-runtime-reason',
    text: [
      '$ docker start dash-app',
      'Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: unknown',
      'Error: failed to start containers: dash-app',
    ].join('\n'),
  },
  {
    source: 'moby daemon/list.go: a detached run, its ID (docker/cli run.go), then `docker ps -a` with that ID Exited (1)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'listening-own-run-exited',
    text: [
      '$ docker run -d mongo:4.4',
      '5b0f3c2a9d1e7f4b8c6a2d0e9f1b3c5d7e9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c',
      '$ docker ps -a',
      'CONTAINER ID   IMAGE       COMMAND                  CREATED          STATUS                      PORTS     NAMES',
      '5b0f3c2a9d1e   mongo:4.4   "docker-entrypoint.s…"   10 seconds ago   Exited (14) 8 seconds ago             eager_tesla',
    ].join('\n'),
  },
];

const chainRows: Row[] = [
  {
    source: "bash(1) Lists: a build then its run after `&&`, the run's -p after the image (docker/cli reads no option after it)",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'chained-build-and-run-late-p',
    text: ['$ docker build -t web . && docker run -d web -p 8050:8050', '/docker-entrypoint.sh: 12: exec: -p: not found'].join('\n'),
  },
  {
    source: "bash(1) Lists: `;` between a stop and a run on one line, the run's -p after the image",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'chained-semicolon-published',
    text: [
      '$ docker rm -f web; docker run -d --name web web:1 -p 8050:8050',
      '/usr/local/bin/docker-entrypoint.sh: 8: exec: -p: not found',
    ].join('\n'),
  },
  {
    source: 'the same entrypoint\'s failure at "Is the container running?": it exited, the crash stands there',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-late-p-running-crash',
    text: ['$ docker run -d web -p 8050:8050', '/docker-entrypoint.sh: 12: exec: -p: not found'].join('\n'),
  },
];

const initRows: Row[] = [
  {
    source: 'skarnet/s6-rc s6-rc-compile.c: strerr_dief6x(1, "invalid ", …, "/type", ": must be oneshot, longrun, or bundle"), a v2 prefix',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 's6-rc-compile-fatal-v2',
    text: [
      '$ docker compose up',
      'web-1  | s6-rc-compile: fatal: invalid /etc/s6-overlay/s6-rc.d/svc-web/type: must be oneshot, longrun, or bundle',
      'web-1 exited with code 1',
    ].join('\n'),
  },
  {
    source: 's6-overlay v3 s6-overlay-suexec `fatal: can only run as pid 1` (an image run with --init or a shell as PID 1)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 's6-suexec-fatal-logs',
    text: ['$ docker logs dash-app', 's6-overlay-suexec: fatal: can only run as pid 1'].join('\n'),
  },
];

const platformRows: Row[] = [
  {
    source: 'moby daemon/create.go platform warning, then a shell at the container root prompt (its hostname the ID`s first 12 digits)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'platform-then-container-prompt',
    text: [
      '$ docker run -it --rm ubuntu:20.04 bash',
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
      'root@3f2a9c1b7d4e:/# uname -m',
      'x86_64',
    ].join('\n'),
  },
  {
    source: "the same warning, then the foreground run's own lines only (h118-gdrl36's class: partial by its first label)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-platform-then-output',
    text: [
      '$ docker run --rm -it loadimpact/k6 version',
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
      'k6 v0.45.0 (2023-06-19T08:40:17+0000/v0.45.0-0-gc3b4587b, go1.20.5, linux/amd64)',
      'Extensions: none',
    ].join('\n'),
  },
  {
    source: 'cw102: the warning alone, nothing after it',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-platform-alone',
    text: [
      '$ docker run -d mysql:5.7',
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
    ].join('\n'),
  },
];

const wordRows: Row[] = [
  {
    source: "moby client/errors.go's connect error wrapping Windows' pipe refusal, hard-wrapped at a space by a writer at 80 columns",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'pipe-denied-wrapped-at-space',
    text: [
      '> docker ps',
      'error during connect: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.41/containers/json": open',
      '//./pipe/docker_engine: Access is denied. In the default daemon configuration on Windows, the',
      'docker client must be run elevated to connect.',
    ].join('\n'),
  },
  {
    source: 'the same wrap of the pipe not found (Desktop not started): the daemon is not running, as before',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-pipe-missing-wrapped',
    text: [
      '> docker ps',
      'error during connect: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.41/containers/json": open',
      '//./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration',
    ].join('\n'),
  },
  {
    source: 'moby libnetwork NetworkNameError told with a placeholder for the name (an issue form)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'network-exists-placeholder',
    text: 'Creating it again gives `Error response from daemon: network with name <mynet> already exists`.',
  },
  {
    source: "Podman's containers/common `network name %s already used: network already exists`, the name a placeholder",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'podman-network-used-placeholder',
    text: 'Error: network name <net> already used: network already exists',
  },
  {
    source: "Docker 28's `network <UUID> not found` alone (cw122's placeholder rule)",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-network-uuid-not-found',
    text: 'Error response from daemon: failed to set up container networking: network <UUID> not found',
  },
  {
    source: "WSL's `wsl --list --verbose` rows without the header (a German system's states), Desktop's distro stopped",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'wsl-rows-no-header',
    text: ['PS C:\\> wsl --list --verbose', '* Ubuntu-22.04      Wird ausgeführt   2', '  docker-desktop    Beendet           2'].join(
      '\n',
    ),
  },
  {
    source: 'docker/compose cmd/compose/version.go `--short`, the command and its answer told in code spans',
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'compose-short-told',
    text: 'Running `docker compose version --short` gives `2.24.5` here, so the plugin is there.',
  },
  {
    source: 'a port told taken in a participle clause (macOS 12 AirPlay Receiver on 7000)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'port-being-used-told',
    text: 'The stack fails because of port 7000 being used by the AirPlay Receiver.',
  },
];

const logRows: Row[] = [
  {
    source:
      'musl popen.c runs `sh -c` with argv[0] "sh": PostgreSQL collationcmds.c runs `locale -a` through it, then postmaster.c listens',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'popen-miss-then-listening',
    text: [
      '$ docker run -d --name db -p 5432:5432 postgres:16-alpine',
      '$ docker logs db',
      'running bootstrap script ... ok',
      'sh: locale: not found',
      '2025-01-02 10:00:00.000 UTC [35] WARNING:  no usable system locales were found',
      '2025-01-02 10:00:01.000 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
    ].join('\n'),
  },
  {
    source: "BusyBox ash `sh: gunicorn: not found` as the log's last line: the container's command, a crash",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-sh-miss-last-line',
    text: ['$ docker run --name dash-app -p 8050:8050 app', 'sh: gunicorn: not found'].join('\n'),
  },
  {
    source:
      "gradle/gradle StyledTextOutputBackedRenderer's debug layout (`yyyy-MM-dd'T'HH:mm:ss.SSSZ [LEVEL] [category] `) over Compose's progress",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'gradle-debug-compose-progress',
    text: [
      '2024-02-01T10:00:00.100+0100 [ERROR] [system.err] Network shop_integration_default  Creating',
      '2024-02-01T10:00:00.200+0100 [ERROR] [system.err] Network shop_integration_default  Created',
      '2024-02-01T10:00:00.300+0100 [ERROR] [system.err] Container shop_integration-api-1  Creating',
      '2024-02-01T10:00:00.400+0100 [ERROR] [system.err] Container shop_integration-api-1  Created',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["docker start's summary, the learner's own failed container at listening", startRows],
  ['a docker command chained on one line, options after the image', chainRows],
  ["s6's own programs dying at boot", initRows],
  ["Docker's platform warning, then the container running", platformRows],
  ['a wrapped daemon error, placeholders, wsl rows, told versions and ports', wordRows],
  ["a child shell's miss in a server's log, Gradle's log columns", logRows],
];

describe.each(families)('cw146 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
