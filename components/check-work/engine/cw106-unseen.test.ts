/*
 * cw106: holdout85–88's misses about listings, run lines and what the app listens on (README "holdout85–88: listings, run lines and
 * what the app listens on (run, reach:*), with two false oks (cw106)"). Each row is a variation a learner would paste (other versions,
 * names, ports, layouts, programs of the same kind), never the paste itself, which moved to ../corpus/; its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const header =
  'CONTAINER ID   IMAGE                 COMMAND                  CREATED          STATUS          PORTS                    NAMES';
const old =
  'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS                    NAMES';
const up = (id: string, image: string, ports: string, name: string) =>
  `${id}   ${image.padEnd(19)}   "docker-entrypoint.s…"   10 minutes ago   Up 10 minutes   ${ports.padEnd(22)}   ${name}`;

/** The copy cut inside the next row's CONTAINER ID, or right after it: a row cut before its state (CONVENTIONS §1 cw92, cw106). */
const cutRows: Row[] = [
  {
    source:
      'docker/cli formatter defaultContainerTableFormat; EricJMarti/inventory-hunter#102 (PowerShell, `docker ps -a` cut after an ID)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-a-last-row-id-only-pwsh',
    text: `PS C:\\Users\\me\\scraper> docker ps -a\n${header}\n${up('b8a3bb8d052a', 'scraper:latest', '', 'bestbuy_3070')}\n${up('15d413e46e86', 'scraper:latest', '', 'newegg_3070')}\n4f1c0a9e2b7d`,
  },
  {
    source: 'docker/cli 19.03 tabwriter layout (20-column cells); a Linux `docker ps` cut inside the third row',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-old-layout-last-row-id-only',
    text: `$ docker ps\n${old}\n7a8a7fc62e10        redis:6             "docker-entrypoint.s…"   2 hours ago         Up 2 hours          0.0.0.0:6379->6379/tcp   cache\n9e2b0c1d3f44`,
  },
  {
    source: 'the same cut inside the ID itself (a selection that stopped after six of its twelve digits)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-last-row-id-prefix',
    text: `$ docker ps\n${header}\n${up('0d6f2c3a9b11', 'postgres:16', '5432/tcp', 'db')}\n3c9e1a`,
  },
  {
    source: 'the same cut, then the closing fence of a Markdown block',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-last-row-id-only-then-fence',
    text: `\`\`\`\n$ docker ps\n${header}\n${up('0d6f2c3a9b11', 'postgres:16', '5432/tcp', 'db')}\n5be07e3f2a90\n\`\`\``,
  },
  {
    source: 'guard: a whole `docker ps` with nothing at 8050 (CONVENTIONS §1: ok)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-whole-table-ok',
    text: `$ docker ps\n${header}\n${up('0d6f2c3a9b11', 'postgres:16', '5432/tcp', 'db')}\n${up('5be07e3f2a90', 'redis:7', '6379/tcp', 'cache')}`,
  },
  {
    source: 'guard: docker ps -q prints IDs under its own command line (docker/cli container/list.go quiet)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-ps-q-after-table',
    text: `$ docker ps\n${header}\n${up('0d6f2c3a9b11', 'postgres:16', '5432/tcp', 'db')}\n$ docker ps -q\n0d6f2c3a9b11`,
  },
];

/** docker ps' default table ends in NAMES: a header that stops at PORTS is a copy cut on the right (cw106). */
const rightCutRows: Row[] = [
  {
    source: 'clusterzx/intellissh#2 (Ubuntu 24, `sudo docker ps` cut after PORTS; [::] mapping of Docker 26+)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'header-to-ports-one-up-row',
    text: `user@host:~$ sudo docker ps\nCONTAINER ID   IMAGE                  COMMAND                  CREATED         STATUS         PORTS\nc41d0e9a7b22   gitea/gitea:1.21       "/usr/bin/entrypoint…"   5 minutes ago   Up 5 minutes   22/tcp, 0.0.0.0:3000->3000/tcp, [::]:3000->3000/tcp`,
  },
  {
    source: 'docker/cli tabwriter: rows without ports, names cut with the header (two running containers)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'header-to-ports-two-up-rows-no-ports',
    text: `$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS       PORTS\n1b2c3d4e5f60   alpine:3.19    "sleep infinity"         2 hours ago   Up 2 hours\n6f5e4d3c2b1a   busybox        "sh"                     2 hours ago   Up 2 hours`,
  },
  {
    source: 'guard: the same header above stopped rows only: a stopped container publishes nothing (CONVENTIONS §1 cw83)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-header-to-ports-exited-only',
    text: `$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND    CREATED       STATUS                   PORTS\n1b2c3d4e5f60   hello-world    "/hello"   2 hours ago   Exited (0) 2 hours ago`,
  },
  {
    source: 'guard: Windows console wrapping NAMES onto the next line (h45-lab53343351991): the table is whole',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-header-wrapped-names',
    text: `PS C:\\lab> docker ps\nCONTAINER ID   IMAGE               COMMAND                  CREATED          STATUS                    PORTS\n NAMES\nbb15ec7c105c   lab5-proxy-app:v1   "/docker-entrypoint.…"   50 seconds ago   Up 49 seconds (healthy)   0.0.0.0:8080->80/tcp   proxy-test`,
  },
];

/** Words after the image that start as options: the image's own server's flags (docker-library entrypoints, cw106). */
const optionRows: Row[] = [
  {
    source: 'docker-library/mysql#620 (docker-entrypoint.sh: options first → mysqld "$@"); host network, no -p',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'mysql-flags-host-network',
    text: '$ docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret --net=host mysql:8.0 --character-set-server=utf8mb4\n2f6c1b8e0d4a7c9b3e5f1a2d4c6b8e0f1a3c5e7d9b1f3a5c7e9b1d3f5a7c9e1b',
  },
  {
    source:
      'docker-library/postgres docker-entrypoint.sh (`if [ "${1:0:1}" = \'-\' ]; then set -- postgres "$@"`), its README\'s -c example',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'postgres-dash-c-no-p',
    text: '$ docker run -d --name pg -e POSTGRES_PASSWORD=pw postgres:16 -c shared_buffers=256MB -c max_connections=200\n8c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e',
  },
  {
    source: 'docker-library/redis docker-entrypoint.sh (options first → redis-server "$@"), README `--save 60 1`',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'redis-save-no-p',
    text: '$ docker run -d --name cache redis:7 --save 60 1 --loglevel warning\n5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b',
  },
  {
    source: 'docker-library/mongo docker-entrypoint.sh (options first → mongod "$@"); a -p to another port',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'mongo-flags-other-port',
    text: '$ docker run -d --name mongo -p 27017:27017 mongo:7 --bind_ip_all\n9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c',
  },
  {
    source:
      "guard: docker run's own -p and --name after the image go to the app (docker/cli run.go SetInterspersed(false); CONVENTIONS §2.2 cw49)",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-late-options-after-image',
    text: '$ docker run -d dash-app -p 8050:8050 --name dash-app\n3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d',
  },
];

/** A start line at loopback whose port is JavaScript's unset value (cw106). */
const unsetRows: Row[] = [
  {
    source: 'vercel/serve (`Accepting connections at ${url}`), krestaino/my-dash#1 with API_PORT unset; Compose v2 prefix',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'serve-localhost-undefined-compose-v2',
    text: 'web-1  | INFO  Accepting connections at http://localhost:undefined',
  },
  {
    source: "Express's guide `app.listen(port, () => console.log(`Example app listening at http://localhost:${port}`))` with port unset",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'express-listening-at-localhost-undefined',
    text: '$ docker logs api\n> api@1.0.0 start\n> node index.js\n\nExample app listening at http://localhost:undefined',
  },
  {
    source: 'Number(undefined) is NaN: `Server listening on http://127.0.0.1:${Number(process.env.PORT)}`',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'server-127-nan',
    text: 'app_1  | Server listening on http://127.0.0.1:NaN',
  },
  {
    source: 'the same template at IPv6 loopback (`server.listen(port, "::1")`, Node prints `http://[::1]:${port}`)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'listening-at-ipv6-loopback-undefined',
    text: 'server_1  | Listening at http://[::1]:undefined',
  },
  {
    source: 'guard: every address with no port says neither where nor which port answers: no ok (CONVENTIONS §1)',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-every-address-undefined-no-ok',
    text: 'web_1  | Accepting connections at http://0.0.0.0:undefined',
  },
  {
    source: "guard: lwsjs/local-web-server#179 (its container's hostname beside loopback: every address, no port; h28-lws179)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-lws-hostname-and-loopback-null',
    text: 'Listening on http://8ab29995624f:null, http://127.0.0.1:null, http://172.17.0.2:null',
  },
  {
    source: "guard: Node's `App listening on port ${process.env.PORT}` unset: no address said (cw30)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-port-undefined-no-address',
    text: 'web_1  | App listening on port undefined',
  },
];

/** One other container publishing one app port, its image's other ports only exposed, beside containers publishing nothing (§2.3). */
const publisherRows: Row[] = [
  {
    source: "docker/compose#8012 layout: odoo:14 with 8071-8072/tcp exposed beside postgres' 5432/tcp (Compose v1 names)",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'odoo-like-exposed-extras-beside-db',
    text: `$ docker ps\n${old}\n7b1c2d3e4f50        nextcloud:28        "/entrypoint.sh apac…"   3 hours ago         Up 3 hours          0.0.0.0:8080->80/tcp, 9000/tcp   cloud_app_1\n0a9b8c7d6e5f        mariadb:10.11       "docker-entrypoint.s…"   3 hours ago         Up 3 hours          3306/tcp                 cloud_db_1`,
  },
  {
    source: 'gitlab/gitlab-ce EXPOSE 22 80 443 with -p 8929:80 only, beside redis (docker/cli DisplayablePorts order)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'gitlab-one-mapping-exposed-22-443',
    text: `$ docker ps\n${header}\n${up('4e3d2c1b0a9f', 'gitlab/gitlab-ce', '22/tcp, 443/tcp, 0.0.0.0:8929->80/tcp', 'gitlab')}\n${up('9f0a1b2c3d4e', 'redis:7', '6379/tcp', 'redis')}`,
  },
  {
    source: "guard: a twin showing the publisher's container port unpublished (CONVENTIONS §2.3, h25-dockerrails543)",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-twin-unpublished',
    text: `$ docker ps\n${header}\n${up('4e3d2c1b0a9f', 'myapp', '0.0.0.0:5000->5000/tcp', 'app')}\n${up('9f0a1b2c3d4e', 'myapp', '5000/tcp', 'app_dev')}`,
  },
  {
    source: 'guard: one other container with two mappings beside another (CONVENTIONS §2.3: container-not-found)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-two-mappings-beside-other',
    text: `$ docker ps\n${header}\n${up('4e3d2c1b0a9f', 'nginx', '0.0.0.0:80->80/tcp, 0.0.0.0:443->443/tcp', 'proxy')}\n${up('9f0a1b2c3d4e', 'redis:7', '6379/tcp', 'redis')}`,
  },
  {
    source: 'guard: two publishers (CONVENTIONS §2.3: container-not-found)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-two-publishers',
    text: `$ docker ps\n${header}\n${up('4e3d2c1b0a9f', 'grafana/grafana', '0.0.0.0:3000->3000/tcp', 'grafana')}\n${up('9f0a1b2c3d4e', 'prom/prometheus', '0.0.0.0:9090->9090/tcp', 'prom')}`,
  },
];

/** The app's start line retold with the app's output as the subject of a word of showing (CONVENTIONS §2.4 cw61, cw106). */
const retoldRows: Row[] = [
  {
    source: 'justadudewhohacks/opencv-express#4 wording, another port (a Vite dev server)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'it-shows-listening-port-5173',
    text: '-> docker-compose up\n-> It shows that it is listening on port 5173 in the console but localhost:5173 does not open',
  },
  {
    source: "nodemon's own words retold (`[nodemon] starting`, then the app's line) with nodemon as the subject, port 4000",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'nodemon-says-running-4000',
    text: 'after docker compose up nodemon says the app is running on port 4000, but localhost:4000 stays blank in the browser',
  },
  {
    source: "the same retelling with the console as subject, at the lesson's port: partial, never ok (CONVENTIONS §2.4 cw39)",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'console-says-listening-8050',
    text: 'The console says the server is listening on port 8050 but the page never loads',
  },
];

const families: [string, Row[]][] = [
  ["a docker ps cut inside its next row's ID", cutRows],
  ['a docker ps header cut after PORTS', rightCutRows],
  ["an image's own server flags after it", optionRows],
  ['a loopback start line without a port', unsetRows],
  ['one publisher among containers that publish nothing', publisherRows],
  ['a start line retold with the app as the subject', retoldRows],
];

describe.each(families)('cw106 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});

// The two cuts lose different parts, so their words differ: rows below the last one, or the columns from NAMES on.
describe('cw106 which part a cut listing lost', () => {
  it.each([
    [cutRows, 'cut'],
    [rightCutRows, 'cut-right'],
  ] as const)('%#: every partial row says %s', async (rows, variant) => {
    const partial = rows.filter((r) => r.want[0] === 'partial');
    expect(partial.length).toBeGreaterThan(0);
    for (const r of partial) expect((await check(r.check, r.text)).details?.variant, r.id).toBe(variant);
  });
});
