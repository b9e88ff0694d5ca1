/*
 * cw69: holdout55 to holdout58's listings, inspect output and run lines (README "holdout55–58: listings, inspect output and run lines
 * (cw69)"). Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never
 * the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const id64 = (c: string) => c.repeat(64).slice(0, 64);

// Family 1: what `docker port NAME PORT` prints, pasted without its command line: the host side only, `net.JoinHostPort(HostIP,
// HostPort)` one line per binding (docker/cli cli/command/container/port.go runPort; testdata container-port-ipv6-and-ipv4-443-udp.golden;
// docker docs' port reference: `docker port test 7890/tcp` → `0.0.0.0:4321`). Docker 17 to 20.10 printed IPv6 as `:::4321`.
const portRows: Row[] = [
  {
    source: 'docker docs reference/commandline/port: `docker port test 7890/tcp` prints `0.0.0.0:4321`',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'bare-one-ipv4',
    text: '0.0.0.0:4321',
  },
  {
    source: 'docker/cli port.go before JoinHostPort (Docker 17-20.10): the IPv6 binding as `:::49153`',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'bare-ipv4-ipv6-colons',
    text: '0.0.0.0:49153\n:::49153',
  },
  {
    source: 'docker/cli port.go runPort with -p 127.0.0.1:5001:5000 (CONVENTIONS §2.3, a loopback host side alike)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'bare-loopback-5001',
    text: '127.0.0.1:5001',
  },
  {
    source: 'docker/cli testdata container-port-ipv6-and-ipv4-443-udp.golden shape, IPv6 first, in a fence',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'bare-fenced-v6-first',
    text: '```\n[::]:32771\n0.0.0.0:32771\n```',
  },
  {
    source: 'docker/cli port.go runPort: a -P port on Docker 25 (both families), Windows line ends',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'bare-crlf',
    text: '0.0.0.0:55000\r\n[::]:55000\r\n',
  },
  {
    source: "guard: the lesson's port bare (which container, which container port: not shown) stays unread, never an ok (reach.test.ts)",
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-bare-8050-not-ok',
    text: '0.0.0.0:8050\n[::]:8050',
  },
  {
    source: 'guard: docker port with its command keeps its answer (state-layouts.ts)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'guard-port-with-command',
    text: '$ docker port dash-app 8050\n0.0.0.0:8050\n[::]:8050',
  },
  {
    source: 'guard: docker port with its command, published elsewhere (state-layouts.ts)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-port-with-command-80',
    text: '$ docker port dash-app 8050\n0.0.0.0:80',
  },
];

// Family 2: docker inspect's output at lesson 5's run and the reach path: another container by its "Name", running or stopped, and
// Docker before 1.9's State without "Status" (moby container/state.go StateString, added with API 1.21: running/paused/restarting
// from the flags, dead, created when never started, else exited; moby/moby#6711's 1.7 State).
const inspectHead = (name: string, status: string, running: boolean, code: number, indent = '    ') =>
  [
    '[',
    '{',
    `${indent}"Id": "${id64('7c1e')}",`,
    `${indent}"Created": "2024-03-02T10:11:12.123456789Z",`,
    `${indent}"Path": "docker-entrypoint.sh",`,
    `${indent}"Args": [],`,
    `${indent}"State": {`,
    ...(status ? [`${indent}${indent}"Status": "${status}",`] : []),
    `${indent}${indent}"Running": ${running},`,
    `${indent}${indent}"Paused": false,`,
    `${indent}${indent}"Restarting": false,`,
    `${indent}${indent}"OOMKilled": false,`,
    `${indent}${indent}"Dead": false,`,
    `${indent}${indent}"Pid": ${running ? 4242 : 0},`,
    `${indent}${indent}"ExitCode": ${code},`,
    `${indent}${indent}"Error": "",`,
    `${indent}${indent}"StartedAt": "2024-03-02T10:11:12.5Z",`,
    `${indent}${indent}"FinishedAt": "${running ? '0001-01-01T00:00:00Z' : '2024-03-02T10:11:14.5Z'}"`,
    `${indent}},`,
    `${indent}"Image": "sha256:${id64('85a1')}",`,
    `${indent}"Name": "/${name}",`,
    `${indent}"RestartCount": 0,`,
    `${indent}"Driver": "overlay2",`,
  ].join('\n');
const legacyState = (running: boolean, code: number, extra = '') =>
  [
    '    "State": {',
    `        "Running": ${running},`,
    '        "Paused": false,',
    `        "Restarting": ${extra === 'restarting'},`,
    '        "OOMKilled": false,',
    '        "Dead": false,',
    `        "Pid": ${running ? 811 : 0},`,
    `        "ExitCode": ${code},`,
    '        "Error": "",',
    '        "StartedAt": "2015-08-01T09:00:00.1Z",',
    `        "FinishedAt": "${running ? '0001-01-01T00:00:00Z' : '2015-08-01T09:00:01.2Z'}"`,
    '    },',
  ].join('\n');
const inspectRows: Row[] = [
  {
    source:
      'moby api/types/container InspectResponse (Docker 24), a cut inspect of another container running (EnterpriseDB/docs#6920 shape)',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'run-cut-inspect-web-running',
    text: '$ docker inspect web\n' + inspectHead('web', 'running', true, 0),
  },
  {
    source: 'the same, tab-indented as a browser copy keeps it, redis, no command line',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'run-cut-inspect-tabs-redis',
    text: '```json\n' + inspectHead('redis-cache', 'running', true, 0, '\t') + '\n```',
  },
  {
    source: 'Docker 1.8 inspect (no State.Status before API 1.21: moby/moby#6711), another container running, at run',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'run-legacy-inspect-db-running',
    text: '$ sudo docker inspect db\n' + inspectHead('db', '', true, 0),
  },
  {
    source: 'Docker 1.8 inspect (no State.Status), another container running, at reach:running',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'running-legacy-inspect-db-running',
    text: '$ docker inspect db\n' + inspectHead('db', '', true, 0),
  },
  {
    source: 'moby InspectResponse, another container that exited with 2 (its state answers, CONVENTIONS §2.3 cut inspect)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'run-cut-inspect-api-exited-2',
    text: '$ docker inspect api\n' + inspectHead('api', 'exited', false, 2),
  },
  {
    source: 'moby/moby#6711 (Docker 1.7 State, `// […]` around it): exited with 137',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'legacy-state-fragment-137',
    text: 'docker inspect shows:\n\n// […]\n' + legacyState(false, 137) + '\n// […]\n\nwhy 137?',
  },
  {
    source: 'moby/moby#6711 shape, `...` lines instead of comments, exit 1',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'legacy-state-fragment-dots',
    text: '...\n' + legacyState(false, 1) + '\n...',
  },
  {
    source: 'Docker 1.8 `docker inspect -f "{{json .State}}" x | python -m json.tool`: the State object alone, exit 3',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'legacy-state-object-exit-3',
    text: '{\n    "Dead": false,\n    "Error": "",\n    "ExitCode": 3,\n    "FinishedAt": "2015-10-01T08:00:03.1Z",\n    "OOMKilled": false,\n    "Paused": false,\n    "Pid": 0,\n    "Restarting": false,\n    "Running": false,\n    "StartedAt": "2015-10-01T08:00:01.1Z"\n}',
  },
  {
    source: 'moby container/state.go StateString: Running with Restarting is "restarting" (Docker 1.7 State)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'legacy-state-restarting',
    text: '// ...\n' + legacyState(true, 1, 'restarting') + '\n// ...',
  },
  {
    source: 'a legacy State running without its Name: which container runs is not shown (CONVENTIONS §2.3, cw38)',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'legacy-state-running-partial',
    text: '// ...\n' + legacyState(true, 0) + '\n// ...',
  },
  {
    source: 'guard: a cut inspect without its Name, running, at reach:running (cw38)',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'guard-cut-before-name-running',
    text:
      '[\n    {\n        "Id": "' +
      id64('ab12') +
      '",\n        "State": {\n            "Status": "running",\n            "Running": true,\n            "ExitCode": 0,\n',
  },
];

// Family 3: listings beside run lines. Sources: itzg/docker-minecraft-server#1324 (a docker ps -a row cut after STATUS, then the
// question); ncadou/docker-syncthing#1 (Docker 1.0's row without its header, COMMAND unquoted: docker 1.0 api/client CmdPs, quoted
// from 1.1 on); docker/cli run.go (a detached run prints its container's full ID, docker ps its first 12 digits); moby daemon/list.go
// (newest first); docker/cli list.go (`-l`, `-n`: the latest only); docker/docs network drivers host ("Published ports are discarded").
const ps = 'CONTAINER ID   IMAGE                   COMMAND                  CREATED          STATUS                      PORTS     NAMES';
const listingRows: Row[] = [
  {
    source: 'itzg/docker-minecraft-server#1324 shape: redis run with --name, its row cut after STATUS, then a question',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'row-cut-then-prose-run',
    text:
      '$ docker run -d -p 6379:6379 --name cache redis:7\n$ docker ps -a\n' +
      ps +
      '\n3f2a9c1b7d4e   redis:7                 "docker-entrypoint.s…"   12 seconds ago   Exited (1) 10 seconds ago   \nWhy does it stop right away?',
  },
  {
    source: 'the same at reach:running, Exited (137), a blank line then prose',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'row-cut-then-blank-prose-running',
    text:
      'docker run -d --name api -p 3000:3000 node-api\n' +
      ps +
      '\n9c8b7a6f5e4d   node-api                "node server.js"         2 minutes ago    Exited (137) 1 minute ago      \n\nIt gets killed every time, any idea?',
  },
  {
    source: 'guard: a row cut after STATUS of another image, running (cw46: another container)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-row-cut-running-other',
    text:
      '$ docker ps\n' + ps + '\n7f696c2fb101   itzg/minecraft-server   "/start"                 5 minutes ago    Up 5 minutes (healthy)',
  },
  {
    source: 'ncadou/docker-syncthing#1 shape: Docker 1.0 row without header, COMMAND unquoted, beside its run line',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'docker10-row-exited-run',
    text: 'Container:\n\n```\n1a2b3c4d5e6f        jenkins:latest      /usr/local/bin/jenkins.sh   2 minutes ago       Exited (1) 2 minutes ago                           ci\n```\n\nCommand:\n\n```\nsudo docker run -d --name ci -p 8080:8080 jenkins\n```',
  },
  {
    source: 'the same shape at reach:running, Exited (255)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'docker10-row-exited-running',
    text: '6d5c4b3a2f1e        ubuntu:14.04        /bin/sh -c /start.sh   5 seconds ago       Exited (255) 4 seconds ago                       worker\n\ndocker run -d --name worker ubuntu:14.04 /bin/sh -c /start.sh',
  },
  {
    source: 'Docker 1.0 row without header, Up, another name: another container (docker 1.0 CmdPs)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'docker10-row-up-other',
    text: "b1c2d3e4f5a6        nginx:1.7           nginx -g 'daemon of   3 minutes ago       Up 3 minutes        0.0.0.0:80->80/tcp   web",
  },
  {
    source: "guard: Docker 1.0 rows alone at port-free are the poster's rows, never an ok (CONVENTIONS §2.3, rowsOnly)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-docker10-row-port-free',
    text: "b1c2d3e4f5a6        nginx:1.7           nginx -g 'daemon of   3 minutes ago       Up 3 minutes        0.0.0.0:80->80/tcp   web",
  },
  {
    source: "docker/cli run.go: the detached run's ID, its row below running ones in docker ps -a (RealForce1024 notes shape)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'printed-id-row-below-running',
    text:
      `$ docker run -d alpine /bin/sh echo hi\n9f8e7d6c5b4a${id64('3').slice(12)}\n$ docker ps -a\n` +
      ps +
      '\n1234567890ab   alpine                  "sleep 3600"             9 minutes ago    Up 9 minutes                          keen_bose\n9f8e7d6c5b4a   alpine                  "/bin/sh echo hi"        3 seconds ago    Exited (2) 2 seconds ago              gifted_hopper',
  },
  {
    source: 'the same with `docker container ls -a` and exit 127',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'printed-id-container-ls-127',
    text:
      `$ docker container run -d busybox foo\n0a1b2c3d4e5f${id64('7').slice(12)}\n$ docker container ls -a\n` +
      ps +
      '\n5555aaaa6666   nginx                   "/docker-entrypoint.…"   1 hour ago       Up 1 hour                   80/tcp    web1\n0a1b2c3d4e5f   busybox                 "foo"                    4 seconds ago    Exited (127) 3 seconds ago            sharp_noyce',
  },
  {
    source: 'guard: below a running row, a stopped one no command names stays one of several (CONVENTIONS §2.2, h31-fluxday27)',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-stopped-below-running-unnamed',
    text:
      '$ docker ps -a\n' +
      ps +
      '\n1234567890ab   alpine                  "sleep 3600"             9 minutes ago    Up 9 minutes                          keen_bose\n9f8e7d6c5b4a   alpine                  "/bin/sh echo hi"        3 hours ago      Exited (2) 3 hours ago                gifted_hopper',
  },
  {
    source: "notes shape (gitbook): the run line's own container Up, an older container Restarting below it",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'own-up-other-restarting-below',
    text:
      '$ docker run -d -P --name blog ghost:5\n$ docker ps\n' +
      ps +
      '\n4e3d2c1b0a99   ghost:5                 "docker-entrypoint.s…"   2 minutes ago    Up 2 minutes                0.0.0.0:32768->2368/tcp   blog\n8a7b6c5d4e3f   mysql:8                 "docker-entrypoint.s…"   2 weeks ago      Restarting (1) 3 days ago             db',
  },
  {
    source: 'the same with docker container ls and --name=',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'own-up-other-restarting-below-ls',
    text:
      '$ docker container run -d --name=shop -p 8081:80 shop:1\n$ docker container ls\n' +
      ps +
      '\n2b3c4d5e6f70   shop:1                  "nginx -g \'daemon of…"   1 minute ago     Up 1 minute                 0.0.0.0:8081->80/tcp   shop\n3c4d5e6f7081   redis                   "docker-entrypoint.s…"   5 days ago       Restarting (137) 1 hour ago           cache',
  },
  {
    source: 'guard: the one container listed Restarting answers (CONVENTIONS §2.3, h29-moby20400)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-lone-restarting',
    text:
      '$ docker ps\n' +
      ps +
      '\n8a7b6c5d4e3f   mysql:8                 "docker-entrypoint.s…"   2 weeks ago      Restarting (1) 3 days ago             db',
  },
  {
    source: "guard: the run line's own container Restarting answers",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-own-restarting',
    text:
      '$ docker run -d --restart always --name db mysql:8\n$ docker ps\n' +
      ps +
      '\n4e3d2c1b0a99   ghost:5                 "docker-entrypoint.s…"   2 minutes ago    Up 2 minutes                0.0.0.0:32768->2368/tcp   blog\n8a7b6c5d4e3f   mysql:8                 "docker-entrypoint.s…"   1 minute ago     Restarting (1) 5 seconds ago          db',
  },
  {
    source: 'docker/cli list.go: docker ps (whole, empty), then -l: nothing holds 8050',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-empty-then-latest',
    text:
      '$ docker ps\n' +
      ps +
      '\n\n$ docker ps -l\n' +
      ps +
      '\n0b1c2d3e4f50   ubuntu                  "/bin/bash"              5 minutes ago    Exited (0) 3 minutes ago              laughing_kilby',
  },
  {
    source: 'docker/cli list.go: `docker ps -n 2` then `docker ps -a`, nothing at 8050',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-last-2-then-all',
    text:
      '$ docker ps -n 2\n' +
      ps +
      '\n0b1c2d3e4f50   ubuntu                  "/bin/bash"              5 minutes ago    Exited (0) 3 minutes ago              laughing_kilby\n$ docker ps -a\n' +
      ps +
      '\n0b1c2d3e4f50   ubuntu                  "/bin/bash"              5 minutes ago    Exited (0) 3 minutes ago              laughing_kilby\n1c2d3e4f5061   ubuntu                  "echo hi"                9 minutes ago    Exited (0) 9 minutes ago              unruffled_meninsky',
  },
  {
    source: 'guard: `docker ps -l` alone stays partial (CONVENTIONS §1, cw40)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-latest-alone',
    text:
      '$ docker ps -l\n' +
      ps +
      '\n0b1c2d3e4f50   ubuntu                  "/bin/bash"              5 minutes ago    Exited (0) 3 minutes ago              laughing_kilby',
  },
  {
    source: 'guard: a whole listing with 8050 held beside -l keeps port-already-allocated',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-whole-listing-holds-8050',
    text:
      '$ docker ps\n' +
      ps +
      '\n0b1c2d3e4f50   old-dash                "python app.py"          5 minutes ago    Up 5 minutes                0.0.0.0:8050->8050/tcp   old\n$ docker ps -l\n' +
      ps +
      '\n0b1c2d3e4f50   old-dash                "python app.py"          5 minutes ago    Up 5 minutes                0.0.0.0:8050->8050/tcp   old',
  },
  {
    source:
      'docker/docs network drivers host: "WARNING: Published ports are discarded when using host network mode" (open-webui#13784 shape)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'host-network-warning-published',
    text: 'docker run -d -p 8080:8080 --network host --name jellyfin jellyfin/jellyfin\nWARNING: Published ports are discarded when using host network mode\n',
  },
  {
    source: 'docker/cli opts --net (deprecated spelling of --network): `--net=host -p 3000:3000`, no warning shown',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'host-network-net-equals-published',
    text: '$ sudo docker run -d --net=host -p 3000:3000 grafana/grafana',
  },
  {
    source: "the same with the lesson's own line, -p 8050:8050 and --network=host",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'host-network-lesson-published',
    text: '$ docker run --rm --name dash-app --network=host -p 8050:8050 e4l-python-graph\nWARNING: Published ports are discarded when using host network mode',
  },
];

const families: [string, Row[]][] = [
  ["docker port's host side without its command", portRows],
  ["docker inspect's output at run and on the reach path", inspectRows],
  ['listings beside run lines', listingRows],
];

describe.each(families)('cw69 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
