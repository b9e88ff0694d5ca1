/*
 * cw139 (stop 48): which problem comes first when a paste shows several facts. Four principles, each already a written rule the engine
 * did not follow in every shape (CONVENTIONS §2.2 cw98, §2.3 cw39 and the lone container, §2.6 cw79; cw139 notes there):
 * - the one container a listing shows, by its last row, publishing nothing (an exposed port, or an empty PORTS cell of a container the
 *   paste's own run line started) → no-port-published at reach:published;
 * - a container the learner stopped or killed, no row of it after: what it published is no publisher now → container-not-found;
 * - a name that resolves from one asker and fails from another (a container, or a throwaway one on a network given by hand) is the
 *   isolation the networks make, so the networks' project answers, in ping's, getent's or nslookup's words;
 * - in Compose's listing, the one service that exited with an error beside one that exited 0 answers by its state.
 * Each row is a short paste built on a real program's or writer's format (`source` names it), never a holdout paste. Rows whose id
 * starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const id64 = '9b1c7e2a4d3f5e6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a';
const psHead = 'CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES';

const loneRows: Row[] = [
  {
    source: 'Compose v1 compose/cli/main.py up: `Creating redis_cache ... done`, then docker/cli ps with `6379/tcp` only',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'v1-creating-then-ps-exposed',
    text: [
      '$ docker-compose -f redis.yml up -d',
      'Creating redis_cache ... done',
      '$ docker ps',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS      NAMES',
      '1a2b3c4d5e6f   redis:7.2      "docker-entrypoint.s…"   5 seconds ago   Up 4 seconds   6379/tcp   redis_cache',
    ].join('\n'),
  },
  {
    source: 'Compose v2 pkg/progress: `✔ Container mongo  Started`, then docker/cli ps with `27017/tcp` only',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'v2-started-then-ps-exposed',
    text: [
      '$ docker compose up -d',
      '[+] Running 1/1',
      ' ✔ Container mongo  Started',
      '$ docker ps',
      'CONTAINER ID   IMAGE       COMMAND                  CREATED          STATUS          PORTS       NAMES',
      '7f6e5d4c3b2a   mongo:7.0   "docker-entrypoint.s…"   10 seconds ago   Up 9 seconds    27017/tcp   mongo',
    ].join('\n'),
  },
  {
    source: 'docker/cli run.go prints the ID of a detached run; `docker run -d alpine tail -f /dev/null`, its row with an empty PORTS cell',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'detached-alpine-empty-ports',
    text: [
      '$ docker run -d alpine tail -f /dev/null',
      id64,
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND               CREATED         STATUS         PORTS     NAMES',
      '9b1c7e2a4d3f   alpine    "tail -f /dev/null"   6 seconds ago   Up 5 seconds             eager_hopper',
    ].join('\n'),
  },
  {
    source: 'Docker docs "Run a container": `docker run -d --name worker busybox sleep 3600`, docker ps with nothing under PORTS',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'named-busybox-empty-ports',
    text: [
      '$ docker run -d --name worker busybox sleep 3600',
      id64,
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND        CREATED         STATUS         PORTS     NAMES',
      '9b1c7e2a4d3f   busybox   "sleep 3600"   3 seconds ago   Up 2 seconds             worker',
    ].join('\n'),
  },
];

const stopRows: Row[] = [
  {
    source: 'docker/cli container stop prints each name or ID it stopped; then an empty `docker ps` (nginx image docs, `-p 8080:80`)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'stop-by-id-then-ps-empty',
    text: [
      '$ docker run -d -p 8080:80 nginx',
      id64,
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  NAMES',
      '9b1c7e2a4d3f   nginx     "/docker-entrypoint.…"   8 seconds ago   Up 7 seconds   0.0.0.0:8080->80/tcp   brave_curie',
      '$ docker stop 9b1c7e2a4d3f',
      '9b1c7e2a4d3f',
      '$ docker ps',
      psHead,
    ].join('\n'),
  },
  {
    source: 'docker/cli container kill prints the name it killed; Grafana image docs `-p 3000:3000`, then an empty `docker ps`',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'kill-by-name-then-ps-empty',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE             COMMAND     CREATED          STATUS          PORTS                    NAMES',
      '4c5d6e7f8a9b   grafana/grafana   "/run.sh"   2 minutes ago    Up 2 minutes    0.0.0.0:3000->3000/tcp   grafana',
      '$ docker kill grafana',
      'grafana',
      '$ docker ps',
      psHead,
    ].join('\n'),
  },
  {
    source: 'docker/cli `docker container stop` (the management command), httpd image docs `-p 8081:80`, nothing listed after it',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'container-stop-then-ps-empty',
    text: [
      '$ docker container ls',
      'CONTAINER ID   IMAGE       COMMAND              CREATED          STATUS          PORTS                  NAMES',
      '2b3c4d5e6f7a   httpd:2.4   "httpd-foreground"   30 seconds ago   Up 29 seconds   0.0.0.0:8081->80/tcp   web',
      '$ docker container stop web',
      'web',
      '$ docker container ls',
      psHead,
    ].join('\n'),
  },
];

const isolationRows: Row[] = [
  {
    source: 'BusyBox ping (`ping: bad address`, `PING db (…): 56 data bytes`) from throwaway containers on two networks of one project',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'busybox-ping-by-network',
    text: [
      '$ docker compose up -d',
      ' ✔ Network shop_backend   Created',
      ' ✔ Network shop_frontend  Created',
      ' ✔ Container shop-db-1    Started',
      '$ docker run --rm --network shop_frontend alpine ping -c 1 db',
      "ping: bad address 'db'",
      '$ docker run --rm --network shop_backend alpine ping -c 1 db',
      'PING db (172.22.0.2): 56 data bytes',
      '64 bytes from 172.22.0.2: seq=0 ttl=64 time=0.071 ms',
    ].join('\n'),
  },
  {
    source: "BusyBox nslookup (`Name:      app`, `nslookup: can't resolve 'app'`) through `docker exec`, after Compose v2's progress",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'busybox-nslookup-by-exec',
    text: [
      '$ docker compose up -d',
      ' ✔ Network tienda_frontend  Created',
      ' ✔ Network tienda_backend   Created',
      ' ✔ Container tienda-db-1    Started',
      ' ✔ Container tienda-app-1   Started',
      ' ✔ Container tienda-lb-1    Started',
      '$ docker exec tienda-lb-1 nslookup app',
      'Name:      app',
      'Address 1: 172.20.0.3',
      '$ docker exec tienda-db-1 nslookup app',
      'Server:    127.0.0.11',
      'Address 1: 127.0.0.11 localhost',
      "nslookup: can't resolve 'app'",
    ].join('\n'),
  },
  {
    source:
      "iputils ping's replies (`64 bytes from 172.21.0.2: icmp_seq=1`, `ping: db: Name or service not known`) under Compose v1's exec",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'iputils-replies-v1-exec',
    text: [
      '$ docker-compose up -d',
      'Creating network "blog_frontend" with the default driver',
      'Creating network "blog_backend" with the default driver',
      'Creating blog_db_1 ... done',
      'Creating blog_api_1 ... done',
      'Creating blog_proxy_1 ... done',
      '$ docker-compose exec proxy ping -c 1 db',
      'ping: db: Name or service not known',
      '$ docker-compose exec api ping -c 1 db',
      '64 bytes from 172.21.0.2: icmp_seq=1 ttl=64 time=0.090 ms',
    ].join('\n'),
  },
];

const composeRows: Row[] = [
  {
    source: 'Compose v1 ps (compose/cli/main.py, sorted by name): a one-shot `Exit 0` above a service `Exit 1`, the rest Up',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-ps-exit-0-and-exit-1',
    text: [
      '$ docker-compose ps',
      '      Name                    Command               State           Ports',
      '-------------------------------------------------------------------------------',
      'cache                docker-entrypoint.sh redis ...   Up      6379/tcp',
      'shop_migrate_1       python manage.py migrate         Exit 0',
      'shop_web_1           gunicorn shop.wsgi               Exit 1',
      'shop_worker_1        celery -A shop worker            Up',
    ].join('\n'),
  },
  {
    source: 'Compose v2 ps -a (pkg/compose/ps.go, sorted by name): `Exited (0)` for an init service, `Exited (2)` for the api',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v2-ps-a-exited-0-and-exited-2',
    text: [
      '$ docker compose ps -a',
      'NAME             IMAGE          COMMAND                  SERVICE   CREATED          STATUS                      PORTS',
      'shop-api-1       shop-api       "node server.js"         api       2 minutes ago    Exited (2) 1 minute ago',
      'shop-init-1      busybox        "sh -c \'echo done\'"      init      2 minutes ago    Exited (0) 2 minutes ago',
      'shop-redis-1     redis:7        "docker-entrypoint.s…"   redis     2 minutes ago    Up 2 minutes                6379/tcp',
    ].join('\n'),
  },
];

const guardRows: Row[] = [
  {
    source: "a lone row no command of the paste started, nothing under PORTS (a CI runner's own container, as Shippable's)",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-lone-row-not-started-here',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE                  COMMAND             CREATED          STATUS         PORTS     NAMES',
      '5e6f7a8b9c0d   portainer/agent:2.19   "./agent"           40 minutes ago   Up 3 minutes             portainer_agent',
    ].join('\n'),
  },
  {
    source: 'docker/cli stop then start: the start undoes the stop, its row Up with `0.0.0.0:8080->80/tcp` (one other publisher)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-stop-then-start',
    text: [
      '$ docker stop web',
      'web',
      '$ docker start web',
      'web',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  NAMES',
      '2b3c4d5e6f7a   nginx     "/docker-entrypoint.…"   5 minutes ago   Up 2 seconds   0.0.0.0:8080->80/tcp   web',
    ].join('\n'),
  },
  {
    source: 'BusyBox ping failing from the one asker, nothing answering the name anywhere: the lookup failed',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-lookup-fails-everywhere',
    text: [
      '$ docker run --rm --network shop_frontend alpine ping -c 1 db',
      "ping: bad address 'db'",
      '$ docker run --rm --network shop_frontend alpine ping -c 1 db',
      "ping: bad address 'db'",
    ].join('\n'),
  },
  {
    source: 'Compose v1 ps with two services that exited with errors beside one Up: several failed, none is "the one"',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-two-failing-exits',
    text: [
      '$ docker-compose ps',
      '      Name                    Command               State           Ports',
      '-------------------------------------------------------------------------------',
      'cache                docker-entrypoint.sh redis ...   Up      6379/tcp',
      'shop_web_1           gunicorn shop.wsgi               Exit 1',
      'shop_worker_1        celery -A shop worker            Exit 2',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['the one container, by its last row, publishing nothing', loneRows],
  ['a container stopped by hand, none listed after', stopRows],
  ['a name resolved from one asker and not another: the isolation', isolationRows],
  ["Compose's listing: the one failing exit beside a clean one", composeRows],
  ['guards: answers that stay', guardRows],
];

describe.each(families)('cw139 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
