/*
 * Stop 47 (lead): the false oks of holdout111–115 at their start, fixed by class (README "Stop 47: the new sets' false oks").
 * - a docker ps whose copy stopped inside the last row's PORTS, or inside the next row's CONTAINER ID under whole rows: the port is
 *   no name, and the rows after it are not shown;
 * - a row whose last cells the poster left out by hand (`...`): no name, columns not shown;
 * - a stack whose first word is a name of its own (gitlab beside gitlab-redis), one of it exited with an error;
 * - a writer's check marks after output, and a PORTS list set one port a line;
 * - a cut listing beside the client's version alone is no answer at lesson 3.
 * Each row is a short paste built on a real source's format (`source` names it), never a holdout paste. Rows whose id starts
 * "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const cutRows: Row[] = [
  {
    source:
      "docker/cli's default table, its rows one column left of the header (a `…` in COMMAND), the copy ending inside the last row's PORTS (cvat-ai/cvat#5697's `Up 20 minutes   8080`)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ports-cut-last-row',
    text: 'CONTAINER ID   IMAGE                COMMAND                  CREATED          STATUS          PORTS                              NAMES\n3f4e8a1b2c9d   outline/ui:dev       "/docker-entrypoint.…"  35 minutes ago   Up 20 minutes   80/tcp                             outline_ui\n9b8c7d6e5f4a   outline/server:dev   "/usr/bin/supervisor…"  35 minutes ago   Up 20 minutes   8080\n',
  },
  {
    source: 'the same listing whole: its last row publishes 8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-ports-whole',
    text: 'CONTAINER ID   IMAGE                COMMAND                  CREATED          STATUS          PORTS                              NAMES\n3f4e8a1b2c9d   outline/ui:dev       "/docker-entrypoint.…"  35 minutes ago   Up 20 minutes   80/tcp                             outline_ui\n9b8c7d6e5f4a   outline/server:dev   "/usr/bin/supervisor…"  35 minutes ago   Up 20 minutes   8080/tcp, 0.0.0.0:8050->8050/tcp   outline_server\n',
  },
  {
    source: "a docker ps row under `docker ps, result:`, the stored copy ending at the next row's first ID digits (docker/compose#6196)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'id-start-under-row',
    text: 'docker ps, result:\n```\n228964a29c5e   nginx:latest   "nginx -g \'daemon of…"   17 minutes ago   Up 14 minutes   0.0.0.0:80->80/tcp   nginx\n91\n',
  },
  {
    source: 'the same row whole, its fence closed',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-id-start-whole',
    text: 'docker ps, result:\n```\n228964a29c5e   nginx:latest   "nginx -g \'daemon of…"   17 minutes ago   Up 14 minutes   0.0.0.0:80->80/tcp   nginx\n```\n',
  },
  {
    source: "runoob's docker ps tutorial, its columns left out by hand: `CONTAINER ID   IMAGE   COMMAND   ...` over a row ending `...`",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'elided-columns',
    text: '$ docker ps\nCONTAINER ID        IMAGE                  COMMAND              ...  \n5917eac21c36        ubuntu:15.10           "/bin/sh -c \'while t…"    ...\n',
  },
  {
    source: "the same cut listing and `docker -v`'s one line (docker/cli cli/version.go), no Server part",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'cut-listing-client-only',
    text:
      'Docker version 18.06.1-ce, build e68fc7a\n' +
      'docker ps, result:\n```\n228964a29c5e   nginx:latest   "nginx -g \'daemon of…"   17 minutes ago   Up 14 minutes   0.0.0.0:80->80/tcp   nginx\n91\n',
  },
  {
    source: 'the same, the listing whole: the daemon answered',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-whole-listing-client-only',
    text:
      'Docker version 18.06.1-ce, build e68fc7a\n' +
      'docker ps, result:\n```\n228964a29c5e   nginx:latest   "nginx -g \'daemon of…"   17 minutes ago   Up 14 minutes   0.0.0.0:80->80/tcp   nginx\n```\n',
  },
];

const stackRows: Row[] = [
  {
    source:
      "sameersbn/docker-gitlab#590's shape: the stack's own name (`gitlab`) Exited (2) beside `gitlab-redis` and `gitlab-postgresql` Up; here outline's",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'stack-first-word-exited-1',
    text: 'CONTAINER ID   IMAGE                  COMMAND                  CREATED         STATUS                     PORTS      NAMES\n4a5b6c7d8e9f   outline/outline:0.72   "docker-entrypoint.s…"   9 seconds ago   Exited (1) 7 seconds ago              outline\n1b2c3d4e5f6a   redis:7                "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes               6379/tcp   outline-redis\n7c8d9e0f1a2b   postgres:15            "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes               5432/tcp   outline-postgres\n',
  },
  {
    source: 'the same stack, its first container Exited (0): a stop, no failure',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-stack-exited-0',
    text: 'CONTAINER ID   IMAGE                  COMMAND                  CREATED         STATUS                     PORTS      NAMES\n4a5b6c7d8e9f   outline/outline:0.72   "docker-entrypoint.s…"   9 seconds ago   Exited (0) 7 seconds ago              outline\n1b2c3d4e5f6a   redis:7                "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes               6379/tcp   outline-redis\n7c8d9e0f1a2b   postgres:15            "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes               5432/tcp   outline-postgres\n',
  },
];

const markRows: Row[] = [
  {
    source:
      'a deployment report\'s `docker ps --format "table {{.Names}}\\t{{.Ports}}"`, a ✅ after each port and one port a line (docker/cli formatter\'s Ports cell joins them with `, `)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'report-marks-port-a-line',
    text: '$ docker ps --format "table {{.Names}}\\t{{.Ports}}"\n\nNAMES                PORTS\nanalytics_api        0.0.0.0:8000->8000/tcp ✅\n                     0.0.0.0:8050->8050/tcp ✅\n',
  },
  {
    source: "the same report, the app container not the lesson's",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'report-marks-published',
    text: '$ docker ps --format "table {{.Names}}\\t{{.Ports}}"\n\nNAMES                PORTS\nanalytics_api        0.0.0.0:8000->8000/tcp ✅\n                     0.0.0.0:8050->8050/tcp ✅\n',
  },
  {
    source: "Compose v2's progress lines, their ✔ first on the line (docker/compose pkg/progress)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-compose-v2-marks-first',
    text: '$ docker compose up -d\n[+] Running 2/2\n ✔ Network shop_default  Created                                   0.1s\n ✔ Container shop-db-1   Started                                   0.4s\n',
  },
];

const hostRows: Row[] = [
  {
    source:
      "compose-spec's `network_mode: host` in a service (jellyfin/jellyfin#1553's file, no ports), then its `docker-compose up` log; Compose publishes nothing",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'compose-network-mode-host',
    text: 'services:\n  web:\n    build: .\n    network_mode: "host"\n\n$ docker compose up\nweb-1  | Dash is running on http://0.0.0.0:8050/\n',
  },
  {
    source:
      "the same with a ports list beside it (esphome's compose file in CCOSTAN/Home-AssistantConfig#379): the ports are still not published",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'compose-network-mode-host-ports',
    text: 'services:\n  web:\n    build: .\n    network_mode: host\n    ports:\n      - 8050:8050\n',
  },
  {
    source: "the lesson's own file, a bridge network and its ports list: no answer from the file alone changes",
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-compose-bridge-ports',
    text: 'services:\n  web:\n    build: .\n    ports:\n      - 8050:8050\n',
  },
];

const families: [string, Row[]][] = [
  ['a listing cut or elided', cutRows],
  ["a stack's own name exited", stackRows],
  ["a writer's marks and ports a line", markRows],
  ["a compose service on the host's network", hostRows],
];

describe.each(families)('stop 47 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
