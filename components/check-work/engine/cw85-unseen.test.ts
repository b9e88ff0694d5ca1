/*
 * cw85: holdout71–74's misses in listings and rows, at run and on the reach path (README "holdout71–74: listings and rows (running,
 * published, run) (cw85)"). Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the
 * same kind), never the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts
 * "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

/** A docker ps table as Go's tabwriter sets it (docker/cli formatter: three spaces of padding at least). */
const ps = (rows: string[][], cmd = '$ docker ps -a') => {
  const head = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return [cmd, ...all.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(w[i]! + 3) : c)).join(''))].join('\n');
};

/** Compose v1's ps (compose/cli/main.py ps: Name, Command cut to `'%s ...' % command[:26]`, State, Ports; texttable's rule). */
const v1 = (rows: string[][], cmd = '$ docker-compose ps') => {
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)) + 3);
  const head = `${'Name'.padStart(w[0]! / 2 + 2).padEnd(w[0]!)}${'Command'.padStart(w[1]! / 2 + 3).padEnd(w[1]!)}${'State'.padStart(w[2]! / 2 + 2).padEnd(w[2]!)}Ports`;
  return [
    cmd,
    head,
    '-'.repeat(w[0]! + w[1]! + w[2]! + 12),
    ...rows.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(w[i]!) : c)).join('')),
  ].join('\n');
};

// Commands as v1 cuts them when the 26th character is a space: two spaces before the dots.
const nodeCut = '/bin/sh -c node server.js  ...'; // `/bin/sh -c node server.js --port 3000`
const pyCut = '/app/entrypoint.sh python  ...'; // `/app/entrypoint.sh python run.py --debug`
const py3Cut = '/bin/sh -c python3 app.py  ...'; // `/bin/sh -c python3 app.py --host=0.0.0.0`

const v1Rows: Row[] = [
  {
    source:
      'docker/compose 1.x compose/cli/main.py ps (command[:26] + " ..."; human_readable_state Restarting/Up), standardnotes/syncing-server#25\'s "alternates between"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-two-listings-restarting-then-up',
    text: `When I run docker-compose ps it keeps switching:\n\n${v1([
      ['chatapp_web_1', nodeCut, 'Restarting', ''],
      ['chatapp_redis_1', 'docker-entrypoint.sh redis ...', 'Up', '6379/tcp'],
    ])}\n\nand a second later:\n\n${v1([
      ['chatapp_web_1', nodeCut, 'Up', '0.0.0.0:3000->3000/tcp'],
      ['chatapp_redis_1', 'docker-entrypoint.sh redis ...', 'Up', '6379/tcp'],
    ])}`,
  },
  {
    source: "docker/compose 1.x compose/cli/main.py ps, a service Exit 1 beside another Up (ndlrx/hakase-labs#2's layout)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-cut-command-exit-1',
    text: v1([
      ['flaskapp_db_1', 'docker-entrypoint.sh postgres', 'Up', '5432/tcp'],
      ['flaskapp_web_1', pyCut, 'Exit 1', ''],
    ]),
  },
  {
    source: "docker/compose 1.x ps, one service Restarting among others Up (openware/opendax#149's layout, with a header)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-cut-command-restarting-one',
    text: v1([
      ['shop_api_1', py3Cut, 'Restarting', ''],
      ['shop_db_1', 'docker-entrypoint.sh mysqld', 'Up', '3306/tcp, 33060/tcp'],
      ['shop_nginx_1', 'nginx -g daemon off;', 'Up', '0.0.0.0:80->80/tcp'],
    ]),
  },
  {
    source: 'docker/compose 1.x ps: one service publishing one app port (CONVENTIONS §2.3, h4-flasky448)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'v1-cut-command-up-one-port',
    text: v1([['blog_web_1', py3Cut, 'Up', '0.0.0.0:5000->5000/tcp']], 'PS C:\\blog> docker-compose ps'),
  },
  {
    source: 'docker/compose 1.x compose/container.py human_readable_health_status: "Up (healthy)"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-cut-command-healthy-beside-exit',
    text: v1([
      ['mon_app_1', nodeCut, 'Exit 137', ''],
      ['mon_grafana_1', '/run.sh', 'Up (healthy)', '0.0.0.0:3001->3000/tcp'],
    ]),
  },
  {
    source: 'docker/compose 1.x ps, the command cut after a space (main.py ps), the only service, Up',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-v1-cut-command-up-other-project',
    text: v1([['todo_web_1', nodeCut, 'Up', '0.0.0.0:3000->3000/tcp']]),
  },
];

const loopRows: Row[] = [
  {
    source: 'moby daemon/container/state.go String: "Restarting (%d) %s ago", then "Up %s" once the restart policy started it again',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'ps-twice-restarting-then-up-seconds',
    text: `${ps(
      [
        ['1c2d3e4f5a6b', 'myapi:latest', '"uvicorn main:app --…"', '2 minutes ago', 'Restarting (1) 5 seconds ago', '', 'api'],
        ['9a8b7c6d5e4f', 'postgres:16', '"docker-entrypoint.s…"', '2 minutes ago', 'Up 2 minutes', '5432/tcp', 'db'],
      ],
      '$ docker ps',
    )}\n${ps(
      [
        ['1c2d3e4f5a6b', 'myapi:latest', '"uvicorn main:app --…"', '2 minutes ago', 'Up 1 second', '0.0.0.0:8000->8000/tcp', 'api'],
        ['9a8b7c6d5e4f', 'postgres:16', '"docker-entrypoint.s…"', '2 minutes ago', 'Up 2 minutes', '5432/tcp', 'db'],
      ],
      '$ docker ps',
    )}`,
  },
  {
    source: 'moby state.go (Restarting, Up), two copies of the same docker ps a Spanish learner pasted between sentences',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'ps-twice-prose-between-es',
    text: `El contenedor se reinicia todo el tiempo:\n\n${ps(
      [['7f1e2d3c4b5a', 'wordpress', '"docker-entrypoint.s…"', '5 minutes ago', 'Restarting (255) 3 seconds ago', '', 'wp']],
      'docker ps',
    )}\n\ny luego:\n\n${ps(
      [['7f1e2d3c4b5a', 'wordpress', '"docker-entrypoint.s…"', '5 minutes ago', 'Up Less than a second', '0.0.0.0:8080->80/tcp', 'wp']],
      'docker ps',
    )}`,
  },
  {
    source: 'docker/compose v2 pkg/compose ps (NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS), moby state strings',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'compose-v2-ps-twice-restarting-then-up',
    text: [
      '$ docker compose ps',
      'NAME            IMAGE          COMMAND                  SERVICE   CREATED         STATUS                         PORTS',
      'notes-app-1     notes-app      "docker-entrypoint.s…"   app       3 minutes ago   Restarting (1) 8 seconds ago',
      'notes-mongo-1   mongo:7        "docker-entrypoint.s…"   mongo     3 minutes ago   Up 3 minutes                   27017/tcp',
      '$ docker compose ps',
      'NAME            IMAGE          COMMAND                  SERVICE   CREATED         STATUS         PORTS',
      'notes-app-1     notes-app      "docker-entrypoint.s…"   app       3 minutes ago   Up 2 seconds   0.0.0.0:3000->3000/tcp',
      'notes-mongo-1   mongo:7        "docker-entrypoint.s…"   mongo     3 minutes ago   Up 3 minutes   27017/tcp',
    ].join('\n'),
  },
  {
    source:
      'moby state.go; docker/cli `docker restart` prints the name back: the learner acted between the listings (the later state stands, §2.0)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-restart-between-listings',
    text: `${ps(
      [['1c2d3e4f5a6b', 'myapi:latest', '"uvicorn main:app --…"', '2 minutes ago', 'Restarting (1) 5 seconds ago', '', 'api']],
      '$ docker ps',
    )}\n$ docker restart api\napi\n${ps(
      [['1c2d3e4f5a6b', 'myapi:latest', '"uvicorn main:app --…"', '2 minutes ago', 'Up 1 second', '0.0.0.0:8000->8000/tcp', 'api']],
      '$ docker ps',
    )}`,
  },
  {
    source: 'moby state.go: Up first, Restarting later: the later state (CONVENTIONS §2.0)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-up-then-restarting',
    text: `${ps(
      [['1c2d3e4f5a6b', 'myapi:latest', '"uvicorn main:app --…"', '1 minute ago', 'Up 3 seconds', '0.0.0.0:8000->8000/tcp', 'api']],
      '$ docker ps',
    )}\n${ps(
      [['1c2d3e4f5a6b', 'myapi:latest', '"uvicorn main:app --…"', '1 minute ago', 'Restarting (1) 2 seconds ago', '', 'api']],
      '$ docker ps',
    )}`,
  },
  {
    source: 'moby state.go: dash-app itself Restarting, then Up: never an ok while it loops',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-dash-app-restarting-then-up',
    text: `${ps(
      [['abcdef012345', 'e4l-python-graph', '"python app.py"', '1 minute ago', 'Restarting (1) 4 seconds ago', '', 'dash-app']],
      '$ docker ps',
    )}\n${ps(
      [['abcdef012345', 'e4l-python-graph', '"python app.py"', '1 minute ago', 'Up 1 second', '0.0.0.0:8050->8050/tcp', 'dash-app']],
      '$ docker ps',
    )}`,
  },
  {
    source: 'moby state.go: two containers Up in both listings, none restarting (the rule reads a Restarting row only)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-two-listings-all-up',
    text: `${ps([['1c2d3e4f5a6b', 'nginx', '"/docker-entrypoint.…"', '1 hour ago', 'Up 1 hour', '0.0.0.0:80->80/tcp', 'web']], '$ docker ps')}\n${ps([['1c2d3e4f5a6b', 'nginx', '"/docker-entrypoint.…"', '1 hour ago', 'Up 1 hour', '0.0.0.0:80->80/tcp', 'web']], '$ docker ps')}`,
  },
];

const idleRows: Row[] = [
  {
    source:
      "docker ps -a of Docker 18.09 (qq20004604/docker-learning's layout: a Created row keeps its bindings in PORTS); moby releases a port when its container stops",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'created-row-same-mapping-below-up',
    text: ps([
      ['a1b2c3d4e5f6', 'myweb:1.0', '"/docker-entrypoint.…"', '2 hours ago', 'Up 2 hours', '0.0.0.0:8080->80/tcp', 'eager_hopper'],
      ['b2c3d4e5f6a1', 'myweb:1.0', '"-p"', '2 hours ago', 'Created', '0.0.0.0:8080->80/tcp', 'cranky_wozniak'],
    ]),
  },
  {
    source: 'docker ps -a (18.09 layout): a Created row with another mapping, Exited rows, one publisher Up (CONVENTIONS §2.3, cw85)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'created-other-mapping-exited-rows',
    text: ps([
      ['c3d4e5f6a1b2', 'flask-demo', '"python app.py"', '3 days ago', 'Up 3 days', '0.0.0.0:5000->5000/tcp', 'flask1'],
      ['d4e5f6a1b2c3', 'flask-demo', '"python app.py"', '3 days ago', 'Created', '0.0.0.0:5001->5000/tcp', 'flask2'],
      ['e5f6a1b2c3d4', 'flask-demo', '"python app.py"', '3 days ago', 'Exited (137) 3 days ago', '', 'loving_kare'],
      ['f6a1b2c3d4e5', 'hello-world', '"/hello"', '4 days ago', 'Exited (0) 4 days ago', '', 'busy_wing'],
    ]),
  },
  {
    source: "docker ps -a, Docker 24 (a Korean learner's notes layout): one Up publisher, one Created by `docker create -p`",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'created-by-docker-create-beside-up',
    text: `$ docker create -p 9090:80 --name web2 nginx\n3f9c1e2a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e\n${ps([
      ['3f9c1e2a7b6d', 'nginx', '"/docker-entrypoint.…"', '5 seconds ago', 'Created', '0.0.0.0:9090->80/tcp', 'web2'],
      ['0a1b2c3d4e5f', 'nginx', '"/docker-entrypoint.…"', '10 minutes ago', 'Up 10 minutes', '0.0.0.0:8080->80/tcp', 'web1'],
    ])}`,
  },
  {
    source: 'docker ps -a: two containers Up, each publishing, and a Created one (several publishers, CONVENTIONS §2.3)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-two-running-publishers-and-created',
    text: ps([
      ['a1b2c3d4e5f6', 'nginx', '"/docker-entrypoint.…"', '1 hour ago', 'Up 1 hour', '0.0.0.0:8080->80/tcp', 'web'],
      ['b2c3d4e5f6a1', 'node:20', '"docker-entrypoint.s…"', '1 hour ago', 'Up 1 hour', '0.0.0.0:3000->3000/tcp', 'api'],
      ['c3d4e5f6a1b2', 'node:20', '"docker-entrypoint.s…"', '1 hour ago', 'Created', '0.0.0.0:3001->3000/tcp', 'api2'],
    ]),
  },
  {
    source: 'docker ps -a: the one container listed, only Created (CONVENTIONS §2.3, h27-dockerjava819): its state answers',
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    id: 'guard-lone-created-with-ports',
    text: ps([
      ['b2c3d4e5f6a1', 'myweb:1.0', '"/docker-entrypoint.…"', '1 minute ago', 'Created', '0.0.0.0:8080->80/tcp', 'cranky_wozniak'],
    ]),
  },
  {
    source: 'docker ps: one container publishing one app port (CONVENTIONS §2.3, h4-flasky448), nothing stopped',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-one-up-publisher',
    text: ps(
      [['a1b2c3d4e5f6', 'myweb:1.0', '"/docker-entrypoint.…"', '2 hours ago', 'Up 2 hours', '0.0.0.0:8080->80/tcp', 'eager_hopper']],
      '$ docker ps',
    ),
  },
];

const ownRows: Row[] = [
  {
    source:
      'nginx\'s `[emerg] open() "/etc/nginx/nginx.conf" failed (2: No such file or directory)` under an empty bind mount; moby state.go "Exited (1)"',
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'run-name-exited-1-port-free',
    text: `$ docker run -d --name proxy -v $(pwd)/conf:/etc/nginx nginx\n8d1f2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f\n${ps(
      [
        ['8d1f2e3a4b5c', 'nginx', '"/docker-entrypoint.…"', '9 seconds ago', 'Exited (1) 8 seconds ago', '', 'proxy'],
        ['1a2b3c4d5e6f', 'redis', '"docker-entrypoint.s…"', '2 hours ago', 'Up 2 hours', '6379/tcp', 'cache'],
      ],
    )}`,
  },
  {
    source:
      'docker logs of an ID prefix (moby GetContainer resolves it); MySQL 8\'s "[ERROR] [MY-010457] [Server] --initialize specified but the data directory has files in it. Aborting."',
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'logs-id-prefix-exited-1',
    text: `${ps([
      ['5e6f7a8b9c0d', 'mysql:8.0', '"docker-entrypoint.s…"', '30 seconds ago', 'Exited (1) 25 seconds ago', '', 'nifty_banach'],
      ['0d9c8b7a6f5e', 'adminer', '"entrypoint.sh php …"', '2 minutes ago', 'Up 2 minutes', '0.0.0.0:8080->8080/tcp', 'adminer'],
    ])}\n$ docker logs 5e6f\n2024-03-01T10:00:00.000000Z 0 [ERROR] [MY-010457] [Server] --initialize specified but the data directory has files in it. Aborting.\n2024-03-01T10:00:00.000000Z 0 [ERROR] [MY-010119] [Server] Aborting`,
  },
  {
    source: 'docker/cli run.go prints the ID of a detached run; docker ps shows its first 12 digits; a shell\'s "exec: not found" (127)',
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'run-d-printed-id-exited-127',
    text: `PS C:\\app> docker run -d myimage ./start.sh\n4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d\nPS C:\\app> docker ps -a\n${ps(
      [
        ['4c5d6e7f8a9b', 'myimage', '"./start.sh"', '6 seconds ago', 'Exited (127) 5 seconds ago', '', 'quirky_morse'],
        ['9f8e7d6c5b4a', 'postgres', '"docker-entrypoint.s…"', '1 day ago', 'Up 1 day', '0.0.0.0:5432->5432/tcp', 'pg'],
      ],
      '',
    ).replace(/^\n/, '')}`,
  },
  {
    source: 'docker/cli `docker start` prints the name back; moby state.go "Exited (2)"',
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'start-name-exited-2',
    text: `$ docker start worker\nworker\n${ps([
      ['2b3c4d5e6f7a', 'python:3.12', '"python worker.py"', '1 day ago', 'Exited (2) 3 seconds ago', '', 'worker'],
      ['3c4d5e6f7a8b', 'rabbitmq:3', '"docker-entrypoint.s…"', '1 day ago', 'Up 1 day', '5672/tcp', 'mq'],
    ])}`,
  },
  {
    source: 'moby state.go "Restarting (%d) %s ago" of the run line\'s own --restart always container',
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'run-name-restarting',
    text: `$ docker run -d --restart always --name bot mybot:latest\n6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b\n${ps(
      [['6a7b8c9d0e1f', 'mybot:latest', '"node index.js"', '40 seconds ago', 'Restarting (1) 6 seconds ago', '', 'bot']],
      '$ docker ps',
    )}`,
  },
  {
    source: "CONVENTIONS §1 cw83 (h48-revardmicroservices): stopped rows under Docker's random names that no command names stay ok",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-random-names-exited-1-no-command',
    text: ps([
      ['5e6f7a8b9c0d', 'mysql:8.0', '"docker-entrypoint.s…"', '2 days ago', 'Exited (1) 2 days ago', '', 'nifty_banach'],
      ['0d9c8b7a6f5e', 'adminer', '"entrypoint.sh php …"', '2 days ago', 'Up 2 days', '0.0.0.0:8080->8080/tcp', 'adminer'],
    ]),
  },
  {
    source: 'docker/cli `docker stop` prints the name back: the learner stopped it (CONVENTIONS §2.2 cw74)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-own-stopped-by-hand',
    text: `$ docker run -d --name proxy nginx\n8d1f2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f\n$ docker stop proxy\nproxy\n${ps(
      [['8d1f2e3a4b5c', 'nginx', '"/docker-entrypoint.…"', '1 minute ago', 'Exited (0) 2 seconds ago', '', 'proxy']],
    )}`,
  },
  {
    source: "moby: 137 is SIGKILL (a kill or the OOM killer's), 143 SIGTERM: a stop, no failure of the app (CONVENTIONS §1 cw83)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-own-exited-137',
    text: `$ docker run -d --name proxy nginx\n8d1f2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f\n${ps([
      ['8d1f2e3a4b5c', 'nginx', '"/docker-entrypoint.…"', '1 hour ago', 'Exited (137) 5 minutes ago', '', 'proxy'],
    ])}`,
  },
  {
    source: 'moby state.go "Exited (0)": the run line\'s own one-shot container ended without an error',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-own-exited-0',
    text: `$ docker run --name once alpine echo hi\nhi\n${ps([
      ['7b8c9d0e1f2a', 'alpine', '"echo hi"', '5 seconds ago', 'Exited (0) 4 seconds ago', '', 'once'],
    ])}`,
  },
  {
    source: 'CONVENTIONS §2.2: a container holding 8050 answers at port-free before anything else',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-own-crashed-and-holder-8050',
    text: `$ docker run -d --name proxy nginx\n8d1f2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f\n${ps([
      ['8d1f2e3a4b5c', 'nginx', '"/docker-entrypoint.…"', '9 seconds ago', 'Exited (1) 8 seconds ago', '', 'proxy'],
      ['1a2b3c4d5e6f', 'grafana/grafana', '"/run.sh"', '2 hours ago', 'Up 2 hours', '0.0.0.0:8050->3000/tcp', 'grafana'],
    ])}`,
  },
];

const ruleRows: Row[] = [
  {
    source: 'docker ps of postgres run without -p (docker/cli formatter prints `5432/tcp`, exposed only: CONVENTIONS §2.3, h15-forwin204)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-one-running-exposed-only',
    text: ps(
      [['4f5e6d7c8b9a', 'postgres:15', '"docker-entrypoint.s…"', '4 seconds ago', 'Up 3 seconds', '5432/tcp', 'festive_lamport']],
      '$ docker ps',
    ),
  },
  {
    source:
      "an empty docker ps, then `docker run -it myubuntu:1.0` (a built image, its CMD a shell) and the container's own root prompt (CONVENTIONS §2.2 cw57, h47-yaptide71)",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-empty-ps-then-run-it-no-p',
    text: 'root@host:~# docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\nroot@host:~/mydockerfile# docker run -it myubuntu:1.0\nroot@5d6e7f8a9b0c:/# hostname -I\n172.17.0.2',
  },
  {
    source: "docker ps -a of one container of the learner's own name, Exited (0) weeks ago (CONVENTIONS §2.2, h25-dockerosx284)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-one-old-exited-0-own-name',
    text: ps([['67cfd5f121eb', 'ubuntu:22.04', '"/bin/bash"', '3 weeks ago', 'Exited (0) 2 days ago', '', 'my_ubuntu_dev']]),
  },
  {
    source:
      "a maintainer's suggested `--network=host` run after the poster's -p run (CONVENTIONS §2.0, §2.2 cw62; docker/docs host network driver)",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-later-run-network-host',
    text: 'I ran `docker run -d -p 3000:3000 --name grafana grafana/grafana` and cannot open it.\n\nTry host mode:\n\n```bash\ndocker run -d --network=host --name grafana grafana/grafana\n```\n\nThat works now, thanks.',
  },
];

const families: [string, Row[]][] = [
  ["Compose v1's ps rows whose command was cut after a space", v1Rows],
  ['a container listed Restarting, then Up, with nothing done between', loopRows],
  ['a Created or stopped row is no publisher beside a running one', idleRows],
  ["the learner's own container that failed, at port-free", ownRows],
  ['answers the relabels rest on (no change)', ruleRows],
];

describe.each(families)('cw85 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
