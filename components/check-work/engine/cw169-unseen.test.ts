/*
 * cw169 (stop 56): holdout161's misses (Windows and WSL), by class, each row a short paste on a real program's or writer's format
 * (`source` names it), never a holdout paste:
 * - wsl.exe's own words for WSL 2's missing kernel (`WSL 2 requires an update to its kernel component`, `WslRegisterDistribution
 *   failed with error: 0x800701bc`) → no Docker engine on WSL 2 starts;
 * - buildx's `docker endpoint for "<context>" not found` (store/storeutil GetCurrentEndpoint), bare on its line → no engine reached;
 * - docker network ls rows copied without their header → the networks they list;
 * - a stopped row's age by its last listing (port-free's failing-now test);
 * - a terminal's lines padded to the window's width and joined onto one line, and a socket list with dockerd listening;
 * - lesson 3's `docker run hello-world` at reach:published: no run of a server.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const kernelRows: Row[] = [
  {
    source:
      'MicrosoftDocs/WSL troubleshooting.md: "Error: WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel", printed by `wsl --set-version`',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'wsl-set-version-kernel',
    text: [
      'PS C:\\> wsl --set-version Ubuntu-22.04 2',
      'Conversion in progress, this may take a few minutes...',
      'WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel',
    ].join('\n'),
  },
  {
    source: "a distro's first launch (the Store's launcher): `WslRegisterDistribution failed with error: 0x800701bc`, its own pause prompt",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'wsl-register-0x800701bc',
    text: [
      'Installing, this may take a few minutes...',
      'WslRegisterDistribution failed with error: 0x800701bc',
      'Press any key to continue...',
    ].join('\n'),
  },
  {
    source: "a learner's sentence that quotes the message: no output",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-kernel-quoted-in-sentence',
    text: 'If you see "WSL 2 requires an update to its kernel component", install the kernel update first.',
  },
  {
    source: "a guide's line retelling the message, then the learner's own docker version with its Server part (the later answer)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-kernel-told-then-server',
    text: [
      'The guide says: WSL 2 requires an update to its kernel component.',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           24.0.7',
      ' API version:       1.43',
      '',
      'Server: Docker Desktop 4.26.1 (131620)',
      ' Engine:',
      '  Version:          24.0.7',
      '  API version:      1.43 (minimum version 1.12)',
    ].join('\n'),
  },
];

const endpointRows: Row[] = [
  {
    source:
      'docker/buildx store/storeutil/storeutil.go GetCurrentEndpoint: `docker endpoint for %q not found`, after `ERROR: ` (buildx main)',
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'buildx-ls-endpoint',
    text: ['$ docker buildx ls', 'ERROR: docker endpoint for "default" not found'].join('\n'),
  },
  {
    source: "the same, bare on its line under Compose v2's build (another context's name)",
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'compose-build-endpoint-bare',
    text: ['PS C:\\app> docker compose up --build', 'docker endpoint for "desktop-linux" not found'].join('\n'),
  },
  {
    source: 'the same at lesson 3',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'install-endpoint-bare',
    text: ['$ docker compose build', 'docker endpoint for "default" not found'].join('\n'),
  },
];

const networkRows: Row[] = [
  {
    source:
      "docker/cli cli/command/network/formatter.go default table (12-hex ID, NAME, DRIVER, SCOPE) without its header, Windows' `nat` and `none`, under a title of its own",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'headless-rows-windows-nat',
    text: [
      'Mis redes:',
      'c2f0e2a1b3d4   nat            nat       local',
      '8e1f0c9d7a6b   none           null      local',
      'a1b2c3d4e5f6   shop_default   nat       local',
    ].join('\n'),
  },
  {
    source: "the rows under their own `docker network ls`, only the daemon's own networks",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'headless-rows-under-command-builtin-only',
    text: [
      'PS C:\\> docker network ls',
      '3f1a2b3c4d5e   bridge    bridge    local',
      '9a8b7c6d5e4f   host      host      local',
      '0a1b2c3d4e5f   none      null      local',
    ].join('\n'),
  },
  {
    source: "headerless rows that show the lesson's own networks: the poster's choice of rows, no ok",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'guard-headless-rows-own-networks-no-ok',
    text: [
      '1a2b3c4d5e6f   bridge               bridge    local',
      '2b3c4d5e6f7a   dash-app_backend     bridge    local',
      '3c4d5e6f7a8b   dash-app_frontend    bridge    local',
      '4d5e6f7a8b9c   host                 host      local',
    ].join('\n'),
  },
  {
    source: "two rows with none of the daemon's own networks and no command: not read as a listing",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-headless-rows-no-builtin',
    text: ['1a2b3c4d5e6f   shop_default   bridge    local', '2b3c4d5e6f7a   shop_backend   bridge    local'].join('\n'),
  },
  {
    source: 'one row in a sentence',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-one-row-in-sentence',
    text: 'Notas: 1a2b3c4d5e6f   bridge   bridge   local',
  },
];

const psHead = 'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                          PORTS      NAMES';
const pgRow = (status: string) => `1a2b3c4d5e6f   postgres  "docker-entrypoint.s…"   2 weeks ago      ${status.padEnd(32)}           pg`;
const cacheRow = (ports = '6379/tcp') =>
  `8f7e6d5c4b3a   redis     "docker-entrypoint.s…"   5 seconds ago    ${'Up 4 seconds'.padEnd(32)}${ports.padEnd(11)}cache`;
const stoppedRows: Row[] = [
  {
    source:
      "moby container/state.go State.String (`Exited (%d) %s ago` from FinishedAt at each docker ps): Docker Desktop's restart left pg `Exited (255)`; a later listing, after a new run, shows it stopped minutes before",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'exited-255-aged-in-later-listing',
    text: [
      '$ docker ps -a',
      psHead,
      pgRow('Exited (255) About a minute ago'),
      '$ docker run -d --name cache redis',
      '8f7e6d5c4b3a2910ffeeddccbbaa99887766554433221100ffeeddccbbaa9988',
      '$ docker ps -a',
      psHead,
      cacheRow(),
      pgRow('Exited (255) 4 minutes ago'),
    ].join('\n'),
  },
  {
    source: 'one listing: pg stopped with an error about when cache started (a failure of the setup now)',
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'guard-one-listing-recent-exit',
    text: ['$ docker ps -a', psHead, cacheRow(), pgRow('Exited (1) About a minute ago')].join('\n'),
  },
  {
    source: 'the later listing shows it stopped recently, the earlier one long ago: the later row answers',
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'guard-later-listing-recent-exit',
    text: [
      '$ docker ps -a',
      psHead,
      pgRow('Exited (1) 10 minutes ago'),
      '$ docker ps -a',
      psHead,
      cacheRow(),
      pgRow('Exited (1) About a minute ago'),
    ].join('\n'),
  },
  {
    source: "followed by docker run's refusal at 8050 (moby's `port is already allocated`)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-aged-then-allocated',
    text: [
      '$ docker ps -a',
      psHead,
      pgRow('Exited (255) About a minute ago'),
      '$ docker ps -a',
      psHead,
      cacheRow(),
      pgRow('Exited (255) 4 minutes ago'),
      '$ docker run -d --name dash-app -p 8050:8050 dash',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app: Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
  {
    source: "another container's mapping holds 8050 in the later listing",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-aged-other-holds-8050',
    text: [
      '$ docker ps -a',
      psHead,
      pgRow('Exited (255) About a minute ago'),
      '$ docker ps -a',
      psHead,
      cacheRow('0.0.0.0:8050->6379/tcp'),
      pgRow('Exited (255) 4 minutes ago'),
    ].join('\n'),
  },
  {
    source: "the later listing's last row cut by the copy",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'guard-aged-row-cut',
    text: [
      '$ docker ps -a',
      psHead,
      pgRow('Exited (255) About a minute ago'),
      '$ docker ps -a',
      psHead,
      cacheRow(),
      '1a2b3c4d5e6f   postgres  "docker-entrypoint.s…"   2 weeks ago      Exited (255) 4 min',
    ].join('\n'),
  },
  {
    source: 'the rows retold in a sentence, code spans',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-aged-told-in-sentence',
    text: 'My docker ps -a shows pg `Exited (255) 4 minutes ago` and cache `Up 4 seconds`, so is 8050 free?',
  },
];

/** A terminal's lines, each padded to the window's width, joined onto one line (the habit the rows below undo). */
const joined = (lines: string[], width: number) => lines.map((l) => l.padEnd(width)).join('');
const netstatLines = [
  '$ sudo netstat -tlnp',
  'Active Internet connections (only servers)',
  'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
  'tcp        0      0 127.0.0.1:2375          0.0.0.0:*               LISTEN      1203/dockerd',
];
const socketRows: Row[] = [
  {
    source: 'iproute2 ss -p: `users:(("dockerd",pid=%d,fd=%d))` on a LISTEN row (dockerd on TCP 2376)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'ss-dockerd-listening',
    text: [
      '$ sudo ss -ltnp',
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process',
      'LISTEN 0      4096   *:2376   *:*    users:(("dockerd",pid=812,fd=6))',
    ].join('\n'),
  },
  {
    source: 'net-tools netstat -p (`%d/%s` PID/Program name), every line padded to a 150-column window and joined onto one',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'netstat-joined-padded-install',
    text: joined(netstatLines, 150),
  },
  {
    source: 'the same at port-free: a host socket list, nothing at 8050',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'netstat-joined-padded-port-free',
    text: joined(netstatLines, 150),
  },
  {
    source: 'procps ps aux with dockerd: no socket list',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ps-aux-dockerd',
    text: '$ ps aux | grep dockerd\nroot       912  0.1  1.2 1843536 98764 ?       Ssl  10:01   0:05 /usr/bin/dockerd -H fd://',
  },
  {
    source: "dockerd listening on TCP, then the client's `Cannot connect` at the socket: the client's error stands",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-dockerd-row-then-cannot-connect',
    text: [
      '$ sudo netstat -tlnp',
      netstatLines[2]!,
      netstatLines[3]!,
      '$ docker version',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
  {
    source: 'the row quoted in a sentence',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-dockerd-row-in-sentence',
    text: 'I ran netstat and it shows `tcp 0 0 127.0.0.1:2375 0.0.0.0:* LISTEN 1203/dockerd` so it runs.',
  },
  {
    // Stop 57 (cw177): a table run onto its `docker ps` line is split at the header, so this is read as a listing cut at its right
    // (partial): still not unjoined by width, and never an ok.
    source: 'a docker ps of three lines padded and joined: too few lines for a width, left as it was',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-joined-three-lines',
    text: joined(
      [
        '$ docker ps',
        'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS      NAMES',
        '8f7e6d5c4b3a   redis     "docker-entrypoint.s…"   5 seconds ago   Up 4 seconds   6379/tcp   cache',
      ],
      160,
    ),
  },
];

const greeting = ['', 'Hello from Docker!', 'This message shows that your installation appears to be working correctly.'];
const emptyPs = 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES';
const helloRows: Row[] = [
  {
    source: 'docker-library/hello-world hello.c (one write of the greeting, then exit) run with --rm after an empty `docker container ls`',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'hello-rm-after-empty-ls',
    text: ['$ docker container ls', emptyPs, '$ docker run --rm hello-world', ...greeting].join('\n'),
  },
  {
    source: 'the image by its full reference and a tag (cmd.exe prompt)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'hello-full-reference',
    text: ['C:\\> docker ps -a', emptyPs, 'C:\\> docker run docker.io/library/hello-world:linux', ...greeting].join('\n'),
  },
  {
    source: "hello-world, then the learner's own detached run without -p: that run publishes nothing",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-hello-then-bare-run',
    text: [
      '$ docker run hello-world',
      '',
      'Hello from Docker!',
      '$ docker run -d --name dash-app dash-app:latest',
      '4f1c2d3e4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    ].join('\n'),
  },
  {
    source: 'a detached nginx without -p, then hello-world: the server run still answers',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-bare-run-then-hello',
    text: [
      '$ docker run -d --name web nginx',
      '4f1c2d3e4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
      '$ docker run hello-world',
      '',
      'Hello from Docker!',
    ].join('\n'),
  },
  {
    source: 'an image whose name only starts with hello-world, a server of its own',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-hello-world-app-image',
    text: ['$ docker run hello-world-app', ' * Running on http://127.0.0.1:5000'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["wsl.exe's words for WSL 2's missing kernel", kernelRows],
  ["buildx's docker endpoint not found", endpointRows],
  ['docker network ls rows without their header', networkRows],
  ["a stopped row's age by its last listing", stoppedRows],
  ['padded lines joined, dockerd in a socket list', socketRows],
  ["lesson 3's hello-world at reach:published", helloRows],
];

describe.each(families)('cw169 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
