/*
 * cw116: holdout93–94's misses at reach:running, reach:published and run (README "holdout93-94: reach:running, reach:published
 * and run (cw116)"). Each row is a variation a learner would paste (other versions, names, layouts, languages, programs of the same
 * kind), never the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts
 * "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; variant?: string | null; id: string; text: string };

/** docker ps' table as docker/cli prints it (formatter.go postFormat: tabwriter, padding 3), its cells given in columns' order. */
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]! + 3) : c))
        .join('')
        .trimEnd(),
    )
    .join('\n');
};
const psHead = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
const id64 = (p: string) => p.padEnd(64, '0');

const execRows: Row[] = [
  {
    source:
      'moby daemon/errors.go errNotRunning (before 23: "Container %s is not running"; docker exec into a container only created), then docker/cli\'s `docker start` and the listing with it Up',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'exec-created-then-start-ps-up',
    text: `$ docker create --name lab-db postgres:16\n${id64('5b1f0c3a9d7e2f4a')}\n$ docker exec -it 5b1f0c3a9d7e psql -U postgres\nError response from daemon: Container ${id64('5b1f0c3a9d7e2f4a')} is not running\n$ docker start lab-db\nlab-db\n$ docker ps\n${table([psHead, ['5b1f0c3a9d7e', 'postgres:16', '"docker-entrypoint.s…"', '40 seconds ago', 'Up 3 seconds', '5432/tcp', 'lab-db']])}`,
  },
  {
    source: "the same at lesson 5's panel (the listing's rule: another name running)",
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'exec-created-then-start-ps-up-at-run',
    text: `$ docker create --name lab-db postgres:16\n${id64('5b1f0c3a9d7e2f4a')}\n$ docker exec -it 5b1f0c3a9d7e psql -U postgres\nError response from daemon: Container ${id64('5b1f0c3a9d7e2f4a')} is not running\n$ docker start lab-db\nlab-db\n$ docker ps\n${table([psHead, ['5b1f0c3a9d7e', 'postgres:16', '"docker-entrypoint.s…"', '40 seconds ago', 'Up 3 seconds', '5432/tcp', 'lab-db']])}`,
  },
  {
    source:
      'moby 23+ lower-cased it ("container %s is not running", 12485d62ee); `docker start` by a prefix of the ID, then docker ps -a with it Up among others',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'exec-lowercase-start-prefix-ps-a',
    text: `me@box:~$ docker exec -it 9c4e2a1f7b3d sh\nError response from daemon: container ${id64('9c4e2a1f7b3d1111')} is not running\nme@box:~$ docker start 9c4e\n9c4e\nme@box:~$ docker ps -a\n${table([psHead, ['9c4e2a1f7b3d', 'alpine', '"/bin/sh"', '5 minutes ago', 'Up 2 seconds', '', 'tender_hopper'], ['1a2b3c4d5e6f', 'hello-world', '"/hello"', '2 hours ago', 'Exited (0) 2 hours ago', '', 'zen_lalande']])}`,
  },
  {
    source:
      "a lifecycle blog's prose quoting the error with the ID elided by its author (`Container 7d3e91b2c4… is not running`), then the listing after `docker start`",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'exec-prose-elided-id-then-ps-up',
    text: `Exec into a container that was only created fails with Error response from daemon: Container 7d3e91b2c4… is not running\n$ docker create redis\n${id64('7d3e91b2c4a5')}\n$ docker exec 7d3e91b2c4a5 redis-cli ping\nError response from daemon: Container ${id64('7d3e91b2c4a5')} is not running\n$ docker start 7d3e91b2c4a5\n$ docker ps\n${table([psHead, ['7d3e91b2c4a5', 'redis', '"docker-entrypoint.s…"', '2 minutes ago', 'Up 5 seconds', '6379/tcp', 'eager_noether']])}`,
  },
  {
    source:
      'a blog whose later listing is from another session (a new ID, the same name: moby names are unique among containers), Korean notes',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'exec-then-same-name-other-id-up',
    text: `➜ docker create nginx\n${id64('3a5c7e9b1d2f')}\n➜ docker ps -a | grep 3a5c7e9b1d2f\n3a5c7e9b1d2f nginx "/docker-entrypoint.…" 10 seconds ago Created festive_bell\n➜ docker exec -it 3a5c7e9b1d2f bash\nError response from daemon: Container ${id64('3a5c7e9b1d2f')} is not running\n2. 시작 (start)\n➜ ~ docker ps -a\nCONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\nb81f2c4d6e8a nginx:latest "/docker-entrypoint.…" 3 weeks ago Up 4 seconds 80/tcp festive_bell`,
  },
  {
    source: 'guard: the container listed Up first, then the exec error: the later state is the error (§2.0)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-exec-error-after-listing',
    text: `$ docker ps -a\n${table([psHead, ['5b1f0c3a9d7e', 'postgres:16', '"docker-entrypoint.s…"', '2 minutes ago', 'Up 2 minutes', '5432/tcp', 'lab-db']])}\n$ docker exec -it lab-db psql\nError response from daemon: Container ${id64('5b1f0c3a9d7e2f4a')} is not running`,
  },
  {
    source: 'guard: the exec error, then a listing of another container only (other ID, other name): the error stands',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-exec-error-other-container-up',
    text: `$ docker exec -it 5b1f0c3a9d7e sh\nError response from daemon: Container ${id64('5b1f0c3a9d7e2f4a')} is not running\n$ docker ps\n${table([psHead, ['0e1d2c3b4a59', 'nginx', '"/docker-entrypoint.…"', '1 hour ago', 'Up 1 hour', '80/tcp', 'web']])}`,
  },
];

const pauseRows: Row[] = [
  {
    source:
      "docker/cli container/pause.go (`docker pause CONTAINER [CONTAINER...]`, each name printed back) and moby State.String's `Up 2 minutes (Paused)`",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'pause-by-name-ps-paused',
    text: `$ docker run -d --name cache redis:7\n${id64('4e6f8a0b1c2d')}\n$ docker pause cache\ncache\n$ docker ps\n${table([psHead, ['4e6f8a0b1c2d', 'redis:7', '"docker-entrypoint.s…"', '3 minutes ago', 'Up 3 minutes (Paused)', '6379/tcp', 'cache']])}`,
  },
  {
    source: '`docker container pause` by a prefix of the ID (moby GetContainer resolves it), then docker ps -a',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'container-pause-by-prefix',
    text: `PS C:\\lab> docker container run -dit --name shell ubuntu bash\n${id64('8b2d4f6a1c3e')}\nPS C:\\lab> docker container pause 8b2d\n8b2d\nPS C:\\lab> docker container ls -a\n${table([psHead, ['8b2d4f6a1c3e', 'ubuntu', '"bash"', '1 minute ago', 'Up 1 minute (Paused)', '', 'shell']])}`,
  },
  {
    source: "the same at lesson 5's panel: the container the learner paused is not dash-app",
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'pause-by-name-at-run',
    text: `$ docker run -d --name cache redis:7\n${id64('4e6f8a0b1c2d')}\n$ docker pause cache\ncache\n$ docker ps\n${table([psHead, ['4e6f8a0b1c2d', 'redis:7', '"docker-entrypoint.s…"', '3 minutes ago', 'Up 3 minutes (Paused)', '6379/tcp', 'cache']])}`,
  },
  {
    source: 'Japanese notes on the lifecycle: two containers paused at once (`docker pause web db`), docker ps -a after',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'pause-two-at-once-ja',
    text: `コンテナを一時停止する\n$ docker pause web db\nweb\ndb\n$ docker ps -a\n${table([psHead, ['a1b2c3d4e5f6', 'nginx', '"/docker-entrypoint.…"', '10 minutes ago', 'Up 10 minutes (Paused)', '0.0.0.0:8080->80/tcp', 'web'], ['f6e5d4c3b2a1', 'mysql:8', '"docker-entrypoint.s…"', '10 minutes ago', 'Up 10 minutes (Paused)', '3306/tcp', 'db']])}`,
  },
  {
    source: 'guard: the one container listed Paused with no pause of the paste: its state answers, as before',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-paused-not-by-paste',
    text: `$ docker ps\n${table([psHead, ['4e6f8a0b1c2d', 'redis:7', '"docker-entrypoint.s…"', '3 minutes ago', 'Up 3 minutes (Paused)', '6379/tcp', 'cache']])}`,
  },
  {
    source: "guard: dash-app paused by the learner's own `docker pause dash-app`: its last row answers, never an ok",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-dash-app-paused-by-hand',
    text: `$ docker pause dash-app\ndash-app\n$ docker ps\n${table([psHead, ['4e6f8a0b1c2d', 'dash-app', '"python app.py"', '3 minutes ago', 'Up 3 minutes (Paused)', '0.0.0.0:8050->8050/tcp', 'dash-app']])}`,
  },
];

const netLs =
  'NETWORK ID     NAME      DRIVER    SCOPE\n1f2e3d4c5b6a   bridge    bridge    local\n2e3d4c5b6a7f   host      host      local\n3d4c5b6a7f8e   none      null      local';
const captionRows: Row[] = [
  {
    source:
      "a course page's code blocks under their captions, copied as text with each caption joined to its block's `$ ` prompt (ve2cuy's 4204d4 notes' layout), French",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'caption-fr-run-d-no-p-network-ls',
    text: `Voyons maintenant un serveur web:\nLancer un conteneur nginx en arrière-plan (-d)$ docker run -d --name web nginx\n${id64('c0ffee12ab34')}\n$ docker network ls\n${netLs}`,
  },
  {
    source: 'the same layout in English, a run line with one mapping elsewhere (§2.2: wrong-container-port)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'caption-en-run-p-8080-80',
    text: `Step 2 – start the web server in the background$ docker run -d -p 8080:80 --name web nginx\n${id64('0badc0de1234')}\n$ docker logs web\n/docker-entrypoint.sh: Configuration complete; ready for start up`,
  },
  {
    source: 'the captions of a lab sheet before `sudo` (`Étape 1`), the run line without -p, then the images',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'caption-sudo-run-images',
    text: `Étape 1 : lancer Apache$ sudo docker run -d httpd\n${id64('abcdef012345')}\n$ sudo docker images\nREPOSITORY   TAG       IMAGE ID       CREATED       SIZE\nhttpd        latest    4d8f5a2b1c3e   2 weeks ago   148MB`,
  },
  {
    source: "the caption being the command's own name (`docker ps$ docker ps`), then its table: one other publisher",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'caption-command-name-ps',
    text: `docker ps$ docker ps\n${table([psHead, ['1f2e3d4c5b6a', 'node-app', '"docker-entrypoint.s…"', '5 minutes ago', 'Up 5 minutes', '0.0.0.0:3000->3000/tcp', 'node_web']])}`,
  },
  {
    source: 'guard: a sentence with a dollar sign before words that are no docker command stays unread',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-caption-dollar-prose',
    text: 'The team plan costs 7$ docker hub pricing per seat, see their page.',
  },
  {
    source: 'guard: a bare folder prompt before a docker command (`db$ docker network ls`, docker/compose#3040) reads as before',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-folder-prompt',
    text: 'db$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n1f2e3d4c5b6a   bridge    bridge    local\n2e3d4c5b6a7f   host      host      local\n3d4c5b6a7f8e   none      null      local',
  },
];

const cutProtoRows: Row[] = [
  {
    source:
      "docker/cli formatter DisplayablePorts (`%s->%d/%s`) cut by the poster inside its protocol at the column's edge (`/tc`), the row still under its headers",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'ports-cut-tc-aligned',
    text: `$ docker ps\n${table([psHead, ['ab12cd34ef56', 'grafana/grafana', '"/run.sh"', '2 days ago', 'Up 2 days', '192.168.1.20:3001->3000/tc', 'monitoring_grafana_1'], ['cd34ef56ab12', 'prom/prometheus', '"/bin/prometheus --c…"', '2 days ago', 'Up 2 days', '9090/tcp', 'monitoring_prometheus_1']])}`,
  },
  {
    source: 'the same cut one letter earlier (`/t`) on every address',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'ports-cut-t-aligned',
    text: `$ docker ps\n${table([psHead, ['ab12cd34ef56', 'jenkins/jenkins:lts', '"/usr/bin/tini -- /u…"', '3 hours ago', 'Up 3 hours', '0.0.0.0:9090->8080/t', 'jenkins']])}`,
  },
  {
    source: "Compose v2's ps (pkg/compose ps: NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS) with its last cell so cut",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'compose-ps-ports-cut-tc',
    text: `$ docker compose ps\n${table([
      ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
      ['shop-api-1', 'shop-api', '"gunicorn app:app"', 'api', '4 minutes ago', 'Up 4 minutes', '0.0.0.0:5050->5000/tc'],
    ])}`,
  },
  {
    source: 'guard: a whole udp mapping is no publisher of HTTP (portCheck): unchanged',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-ports-udp-whole',
    text: `$ docker ps\n${table([psHead, ['ab12cd34ef56', 'coredns/coredns', '"/coredns"', '2 days ago', 'Up 2 days', '0.0.0.0:53->53/udp', 'dns']])}`,
  },
];

const warning =
  "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested";
const enosysRows: Row[] = [
  {
    source:
      "nginx src/event/modules/ngx_epoll_module.c (`io_setup() failed` at emerg, ngx_log_error's ` (%d: %s)`): ENOSYS 38, a call QEMU's user-mode emulation lacks, after the amd64 warning on an M-series Mac",
    check: 'run',
    want: ['problem', 'no-arm64-manifest'],
    id: 'enosys-nginx-io-setup-p-8080',
    text: `$ docker run --rm -it -p 8080:80 acme/static-site\n${warning}\n2023/03/02 10:01:44 [emerg] 1#1: io_setup() failed (38: Function not implemented)\nnginx: [emerg] io_setup() failed (38: Function not implemented)`,
  },
  {
    source: "CPython's OSError for ENOSYS (`[Errno 38] Function not implemented`) in an amd64 image's traceback on Apple silicon",
    check: 'run',
    want: ['problem', 'no-arm64-manifest'],
    id: 'enosys-python-errno-38',
    text: `$ docker run --rm -p 5000:5000 team/ml-api\n${warning}\nTraceback (most recent call last):\n  File "/app/server.py", line 12, in <module>\n    q = multiprocessing.Queue()\nOSError: [Errno 38] Function not implemented`,
  },
  {
    source: "libuv's ENOSYS as Node prints it (`Error: ENOSYS: function not implemented, watch …`) under emulation",
    check: 'run',
    want: ['problem', 'no-arm64-manifest'],
    id: 'enosys-node-watch',
    text: `% docker run -p 3000:3000 shop/frontend\n${warning}\nnode:internal/fs/watchers:247\n    throw error;\nError: ENOSYS: function not implemented, watch '/app/src'`,
  },
  {
    source: "QEMU's linux-user loader (`qemu-x86_64: Could not open '/lib64/ld-linux-x86-64.so.2'`), the emulator's own failure",
    check: 'run',
    want: ['problem', 'no-arm64-manifest'],
    id: 'qemu-could-not-open-loader',
    text: `$ docker run --rm -p 8000:8000 corp/api:1.4\n${warning}\nqemu-x86_64: Could not open '/lib64/ld-linux-x86-64.so.2': No such file or directory`,
  },
  {
    source: 'guard: ENOSYS with no platform warning (WSL 1 has no inotify): the run line answers as before',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-enosys-without-warning',
    text: "$ docker run -p 3000:3000 --name web shop/frontend\nError: ENOSYS: function not implemented, watch '/app/src'",
  },
  {
    source: 'guard: the warning under a run line without -p and the server running (cw37): no-port-published',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-warning-alone-no-p',
    text: `$ docker run --rm -it acme/static-site\n${warning}\nNginx is running...`,
  },
];

/** A header whose last column names lost tabwriter's padding (`PORTS NAMES`), each row under it as the author aligned it. */
const joined = (head: string[], rows: string[][], join: number) => {
  const all = [head, ...rows];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((c, i) => (i < join ? c.padEnd(widths[i]! + 3) : i < r.length - 1 ? `${c} ` : c)).join('')).join('\n');
};
const joinedRows: Row[] = [
  {
    source:
      "a README's docker ps with `PORTS NAMES` one space apart (docker/cli formatter.go pads cells with three: a copy or a hand lost them), a run line without --name",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'joined-ports-names-run-p',
    text: `\`docker run -p 5000:5000 flask-app\`\n\`docker ps\`\n\`\`\`\n${joined(psHead, [['3c2b1a0f9e8d', 'flask-app', '"python app.py"', '1 hour ago', 'Up 1 hour', '0.0.0.0:5000->5000/tcp', 'quirky_hopper']], 5)}\n\`\`\``,
  },
  {
    source:
      "a Dash dashboard's notes in PowerShell: the run line without --name, its row under `PORTS NAMES`, then `docker stop` of Docker's name (cw98: stopped by hand, the mapping it had is no publisher now)",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'joined-ports-names-then-stop',
    text: `PS C:\\dash> docker run -p 8050:8050 sales-dashboard\nPS C:\\dash> docker ps\n${joined(psHead, [['5d4c3b2a1f0e', 'sales-dashboard', '"gunicorn app:server…"', '20 minutes ago', 'Up 20 minutes', '0.0.0.0:8050->8050/tcp', 'eager_curie']], 5)}\nPS C:\\dash> docker stop eager_curie\neager_curie`,
  },
  {
    source: 'STATUS and PORTS joined instead (`STATUS PORTS`), NAMES padded',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'joined-status-ports',
    text: `$ docker ps\n${joined(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS PORTS', 'NAMES'], [['9f8e7d6c5b4a', 'node:20', '"docker-entrypoint.s…"', '2 minutes ago', 'Up 2 minutes 0.0.0.0:3000->3000/tcp', 'node_web']], 6)}`,
  },
  {
    source: "the first of them at lesson 5's panel: the run line without --name, its container under Docker's name",
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'joined-ports-names-at-run',
    text: `$ docker run -p 5000:5000 flask-app\n$ docker ps\n${joined(psHead, [['3c2b1a0f9e8d', 'flask-app', '"python app.py"', '1 hour ago', 'Up 1 hour', '0.0.0.0:5000->5000/tcp', 'quirky_hopper']], 5)}`,
  },
  {
    source:
      'guard: `docker ps --format "table {{.Names}}\\t{{.CreatedAt}}\\t{{.Ports}}"`\'s two-word CREATED AT header (docker/cli formatter) stays one column',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'guard-created-at-header',
    text: `$ docker ps --format "table {{.Names}}\\t{{.CreatedAt}}\\t{{.Status}}\\t{{.Ports}}"\n${table([
      ['NAMES', 'CREATED AT', 'STATUS', 'PORTS'],
      ['dash-app', '2024-05-02 10:11:12 +0200 CEST', 'Up 5 minutes', '0.0.0.0:8050->8050/tcp'],
    ])}`,
  },
];

const families: [string, Row[]][] = [
  ["docker exec's not running, then the container listed Up", execRows],
  ["a container the paste's own docker pause paused", pauseRows],
  ["a code block's caption joined to its prompt", captionRows],
  ['a PORTS cell cut inside its protocol', cutProtoRows],
  ["an emulated program's ENOSYS after the platform warning", enosysRows],
  ['a docker ps header with two column names one space apart', joinedRows],
];

describe.each(families)('cw116 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, variant, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
    if (variant !== undefined) expect(d.details.variant ?? null).toBe(variant);
  });
});
