/*
 * cw92: holdout77–80's listings and rows (running, published, port-free, run), each by its class (README "holdout77–80: listings
 * and rows (running, published, port-free, run) (cw92)").
 * - **A docker ps row cut before its STATUS** (its ID, image and quoted command, the copy ending inside CREATED), also under a header
 *   the copy cut: the rows after it are not shown, partial at port-free (CONVENTIONS §1, cw83's cut listing).
 * - **Rows the poster left out** (`...` or `…`, alone or with a cell kept): partial at port-free.
 * - **Compose v1's Ports cell wrapped by texttable** onto lines of ports only: the row's rest, so a mapping there or below is read.
 * - **Compose v1's header without its rule**, and several restarting services of one project (that project's restart loop).
 * - **A docker ps row from its IMAGE on** (repository path or tag first, ID and NAMES not copied): a container of that image.
 * - **A nameless row of another image among named rows** (NAMES cut at the paste's end): one more of the other containers.
 * - **A detached, named run line with a command of its own and no -p**: a server that publishes nothing.
 * - **A foreground run line the paste ends on, nothing after it**: not shown to have run; the earlier run stands.
 * - **`docker run` named in a sentence** (nothing after it, an option nor an image): no run line.
 * Each row is a variation (never the holdout paste); `source` names where its words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

/** docker/cli's table: Go's tabwriter, minwidth 20 … padding 3 (formatter.go NewContainerFormat's "table" writer). */
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)) + 3);
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('')).join('\n');
};
const head = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

// docker/cli cli/command/formatter/container.go: ID (12), Image, Command quoted and cut with …, CreatedAt's HumanDuration + " ago",
// Status (moby State.String: "Up 3 hours", "Exited (0) 2 days ago", "Restarting (1) 5 seconds ago"), Ports, Names.
const cutRows: Row[] = [
  {
    source: 'docker/cli container formatter; the copy ends inside the last row\'s CREATED ("2 hours" without ago)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-last-row-cut-in-created',
    text: `$ docker ps\n${table([head, ['4f1c2a9b7d3e', 'postgres:15', '"docker-entrypoint.s…"', '2 hours ago', 'Up 2 hours', '5432/tcp', 'db']])}\n7a8b9c0d1e2f   nginx:1.25   "/docker-entrypoint.…"   2 hours`,
  },
  {
    source: 'docker/cli formatter; header cut to NAMES by the copy, last row ending after its quoted COMMAND (Docker 1.13 "..." cut)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-header-cut-row-cut-after-command',
    text: `                                                    NAMES\n0c1d2e3f4a5b        redis:5.0            "docker-entrypoint..."   3 days ago          Up 3 days           6379/tcp            cache\n9e8d7c6b5a4f        traefik:v1.7         "/traefik"               3 days ago`,
  },
  {
    source: "docker/cli formatter under `docker container ls`; the last row stops after its image and command (a mail's excerpt)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'container-ls-row-cut-before-status',
    text: `$ docker container ls\n${table([head, ['b2c3d4e5f6a7', 'grafana/grafana:10.2.0', '"/run.sh"', '5 minutes ago', 'Up 5 minutes', '0.0.0.0:3000->3000/tcp', 'grafana']])}\nc3d4e5f6a7b8   prom/prometheus:v2.48.0   "/bin/prometheus --c…"`,
  },
  {
    source: 'docker/cli formatter; a whole listing, nothing at 8050 (every row whole)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-ps-whole-nothing-at-8050',
    text: `$ docker ps\n${table([head, ['4f1c2a9b7d3e', 'postgres:15', '"docker-entrypoint.s…"', '2 hours ago', 'Up 2 hours', '5432/tcp', 'db'], ['7a8b9c0d1e2f', 'nginx:1.25', '"/docker-entrypoint.…"', '2 hours ago', 'Up 2 hours', '0.0.0.0:80->80/tcp', 'proxy']])}`,
  },
  {
    source: "docker/cli formatter; a stopped last row cut after its status (cw83: a stopped one's cut row publishes nothing)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-ps-a-stopped-row-cut',
    text: `$ docker ps -a\n${table([head, ['4f1c2a9b7d3e', 'postgres:15', '"docker-entrypoint.s…"', '2 hours ago', 'Up 2 hours', '5432/tcp', 'db']])}\n7a8b9c0d1e2f   hello-world   "/hello"   3 days ago   Exited (0) 3 days ago`,
  },
];

// Rows a poster left out by hand in an issue's docker ps (`...`, `…`), sometimes keeping one cell.
const elidedRows: Row[] = [
  {
    source: 'docker/cli formatter; a poster\'s "..." line between rows',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-dots-between-rows',
    text: `$ docker ps\n${table([head, ['a1b2c3d4e5f6', 'homeassistant/home-assistant:2024.1', '"/init"', '3 days ago', 'Up 3 days', '', 'homeassistant']])}\n...\nf6e5d4c3b2a1   eclipse-mosquitto:2   "/docker-entrypoint.…"   3 days ago   Up 3 days   0.0.0.0:1883->1883/tcp   mosquitto`,
  },
  {
    source: 'docker/cli formatter; an ellipsis character with the NAMES cell kept (a German forum post)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-ellipsis-with-name',
    text: `Hier meine Container:\n${table([head, ['a1b2c3d4e5f6', 'jellyfin/jellyfin:10.8.13', '"/jellyfin/jellyfin"', '2 weeks ago', 'Up 2 weeks (healthy)', '', 'jellyfin']])}\n…                                                                                                                  sonarr`,
  },
  {
    source: 'docker/cli formatter; "..." at the end of a docker ps -a',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-a-dots-last',
    text: `docker ps -a\n${table([head, ['0a1b2c3d4e5f', 'portainer/portainer-ce:2.19.4', '"/portainer"', '4 days ago', 'Up 4 days', '8000/tcp, 9443/tcp, 0.0.0.0:9000->9000/tcp', 'portainer']])}\n...`,
  },
  {
    source: 'docker/cli formatter; the elided listing still names no dash-app (running)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-ps-dots-running-not-found',
    text: `$ docker ps\n${table([head, ['a1b2c3d4e5f6', 'homeassistant/home-assistant:2024.1', '"/init"', '3 days ago', 'Up 3 days', '', 'homeassistant']])}\n...`,
  },
];

// docker/compose 1.x compose/cli/main.py ps: Formatter.table(headers, rows) in compose/cli/formatter.py, texttable at the
// terminal's width with a header rule; a long Ports cell wraps onto lines of its own under its column.
const v1Head = '      Name                     Command               State                      Ports                    ';
const v1Rule = '-'.repeat(110);
const v1Rows: Row[] = [
  {
    source: "Compose 1.x ps (texttable wrap): consul's ports on three lines, a later row holding 8050",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'v1-wrapped-ports-then-8050-row',
    text: `$ docker-compose ps\n${v1Head}\n${v1Rule}\nstack_consul_1   docker-entrypoint.sh agent ...   Up      8300/tcp, 8301/tcp, 8301/udp, 8302/tcp,\n                                                          8302/udp, 0.0.0.0:8500->8500/tcp,\n                                                          8600/udp\nstack_api_1      gunicorn app:app                 Up      0.0.0.0:8050->8050/tcp`,
  },
  {
    source: 'Compose 1.x ps (texttable wrap): the host port 8050 on the wrapped line itself',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'v1-8050-on-wrapped-line',
    text: `${v1Head}\n${v1Rule}\nmonitor_grafana_1   /run.sh                          Up      0.0.0.0:3000->3000/tcp, 9090/tcp,\n                                                             0.0.0.0:8050->8050/tcp\nmonitor_loki_1      /usr/bin/loki -config.file ...   Up      3100/tcp`,
  },
  {
    source: "Compose 1.x ps (texttable wrap), rows below the wrapped one read: another project's, no dash-app",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'v1-wrapped-running-not-found',
    text: `${v1Head}\n${v1Rule}\nkafka_zookeeper_1   /etc/confluent/docker/run   Up      0.0.0.0:2181->2181/tcp, 2888/tcp,\n                                                        3888/tcp\nkafka_broker_1      /etc/confluent/docker/run   Up      0.0.0.0:9092->9092/tcp`,
  },
  {
    source: 'Compose 1.x ps (texttable wrap), every row read, nothing at 8050',
    check: 'reach:port-free',
    // Stop 45: Compose's listing alone shows one project (CONVENTIONS §1): partial at port-free, as shows-part.project, not .cut.
    want: ['partial', 'shows-part'],
    id: 'guard-v1-wrapped-nothing-at-8050',
    text: `$ docker-compose ps\n${v1Head}\n${v1Rule}\nkafka_zookeeper_1   /etc/confluent/docker/run   Up      0.0.0.0:2181->2181/tcp, 2888/tcp,\n                                                        3888/tcp\nkafka_broker_1      /etc/confluent/docker/run   Up      0.0.0.0:9092->9092/tcp`,
  },
];

// Compose 1.x ps' header copied without its rule; moby State.String / Compose's `Restarting` for a restart policy's loop.
const loopRows: Row[] = [
  {
    source: 'Compose 1.x ps, header without its rule (a forum copy), one service Restarting',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-no-rule-one-restarting',
    text: `docker-compose ps\n       Name                     Command               State           Ports         \nwiki_db_1     docker-entrypoint.sh mysqld      Up         3306/tcp, 33060/tcp\nwiki_app_1    docker-php-entrypoint apac ...   Restarting                      `,
  },
  {
    source: 'Compose 1.x ps, header without its rule, two services of one project Restarting',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-no-rule-two-restarting',
    text: `Salida de docker-compose ps:\n\n          Name                        Command             State     Ports  \nsentry_web_1       /entrypoint.sh run web           Restarting          \nsentry_worker_1    /entrypoint.sh run worker        Restarting          \nsentry_redis_1     docker-entrypoint.sh redis ...   Up         6379/tcp`,
  },
  {
    source: 'docker/cli formatter; Compose v2 names (project-service-1), two Restarting in one project',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v2-names-two-restarting-one-project',
    text: `$ docker ps -a\n${table([head, ['1a2b3c4d5e6f', 'immich-server:release', '"tini -- /bin/bash …"', '2 minutes ago', 'Restarting (1) 12 seconds ago', '', 'immich-immich-server-1'], ['2b3c4d5e6f7a', 'immich-ml:release', '"tini -- ./start.sh"', '2 minutes ago', 'Restarting (1) 3 seconds ago', '', 'immich-immich-ml-1'], ['3c4d5e6f7a8b', 'redis:6.2', '"docker-entrypoint.s…"', '2 minutes ago', 'Up 2 minutes', '6379/tcp', 'immich-redis-1']])}`,
  },
  {
    source: "docker/cli formatter; two Restarting under names of their own (no project): which one is the learner's is not shown",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-two-restarting-own-names',
    text: `$ docker ps\n${table([head, ['1a2b3c4d5e6f', 'mysql:8', '"docker-entrypoint.s…"', '1 minute ago', 'Restarting (1) 10 seconds ago', '', 'mysql'], ['2b3c4d5e6f7a', 'wordpress:6', '"docker-entrypoint.s…"', '1 minute ago', 'Restarting (1) 4 seconds ago', '', 'wordpress']])}`,
  },
];

// A docker ps row copied from its IMAGE cell (the ID and NAMES not copied): image, quoted command, CreatedAt + " ago", Status.
const imageRows: Row[] = [
  {
    source: 'docker/cli formatter; a registry image restarting, the row quoted from IMAGE to STATUS',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'image-first-restarting-ghcr',
    text: `the container keeps restarting:\nghcr.io/paperless-ngx/paperless-ngx:latest   "/init"   3 minutes ago   Restarting (1) 20 seconds ago`,
  },
  {
    source: 'docker/cli formatter; an image with a tag, Exited (1), the row quoted from IMAGE',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'image-first-exited-1-tag',
    text: `After docker compose up -d:\n\npostgres:16-alpine   "docker-entrypoint.s…"   About a minute ago   Exited (1) 50 seconds ago`,
  },
  {
    source: 'docker/cli formatter; the same row under Compose, restarting service (compose check)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'image-first-restarting-compose',
    text: `docker compose up -d keeps cycling:\nvaultwarden/server:latest   "/start.sh"   2 minutes ago   Restarting (139) 30 seconds ago`,
  },
];

// docker ps -a where the last row's NAMES was cut by the copy; its image is neither dash-app's nor the only row.
const namelessRows: Row[] = [
  {
    source: 'docker/cli formatter; project rows Up, a last stopped row (certbot) cut before NAMES',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'ps-a-nameless-stopped-other-image',
    text: `$ docker ps -a\n${table([head, ['83ea9fbb855f', 'nextcloud:27', '"/entrypoint.sh apac…"', '2 hours ago', 'Up 2 hours', '80/tcp', 'cloud_app_1'], ['dbffe35be386', 'nginx:1.25', '"/docker-entrypoint.…"', '2 hours ago', 'Up 2 hours', '0.0.0.0:80->80/tcp, 0.0.0.0:443->443/tcp', 'cloud_web_1']])}\n8408c2159ece   certbot/certbot:v2.7.4   "certbot certonly --…"   3 weeks ago   Exited (0) 3 weeks ago`,
  },
  {
    source:
      "docker/cli formatter; the same at published: since cw106 (stop 42) gitea's exposed-only 22/tcp leads nowhere, so it is the one publisher (§2.3's first rule)",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'ps-a-nameless-stopped-other-image-published',
    text: `$ docker ps -a\n${table([head, ['83ea9fbb855f', 'gitea/gitea:1.21', '"/usr/bin/entrypoint…"', '5 days ago', 'Up 5 days', '22/tcp, 0.0.0.0:3000->3000/tcp', 'gitea']])}\n8408c2159ece   alpine:3.19   "sh"   5 days ago   Exited (137) 5 days ago`,
  },
];

// docker/cli run.go: with -d, the container's ID printed; moby's bridge publishes nothing without -p or -P.
const runRows: Row[] = [
  {
    source: 'docker run reference (-d, --name, CMD after the image): redis-server with its own options, no -p',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'run-d-name-command-no-p-redis',
    text: `$ docker run -d --name cache redis:7 redis-server --appendonly yes\n3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e`,
  },
  {
    source: 'jupyter/docker-stacks docs: start-notebook.sh as the command, run -d --name without -p; its log at 127.0.0.1:8888',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'run-d-name-command-no-p-notebook',
    text: `docker run -d --name nb jupyter/base-notebook start-notebook.sh --NotebookApp.token=''\n[I 2024-01-10 10:00:00.000 ServerApp] Jupyter Server 2.12.1 is running at:\n[I 2024-01-10 10:00:00.000 ServerApp] http://127.0.0.1:8888/lab`,
  },
  {
    source: 'docker run reference; a client line after the publishing one (cw81: a command of its own, no server)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-client-after-publishing-line',
    text: `$ docker run -d --name proxy -p 8080:80 nginx\n9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b\n$ docker run --rm alpine wget -qO- proxy`,
  },
  {
    source: 'docker/cli run.go prints the full ID; the copy ends at a later foreground `docker run IMAGE` with nothing after it',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'run-then-unshown-foreground-line',
    text: `root@vps:~# docker run -d --name web -v /srv:/usr/share/nginx/html -p 8080:80 nginx:1.25\n5c0f1e2d3c4b5a6978877665544332211000ffeeddccbbaa9988776655443322\nroot@vps:~# docker run webap`,
  },
  {
    source: 'the same at published',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'run-then-unshown-foreground-line-published',
    text: `$ docker run -d --name gitea -p 3000:3000 gitea/gitea:1.21\n5c0f1e2d3c4b5a6978877665544332211000ffeeddccbbaa9988776655443322\n$ docker run gite`,
  },
  {
    source: 'docker run reference; a later detached line without -p that printed its ID stands (cw81)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-later-detached-line-with-id',
    text: `$ docker run -d --name proxy -p 8080:80 nginx\n9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b\n$ docker run -d --name test nginx\n1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c`,
  },
  {
    source: 'minio docs (console on its own port): "`docker run` output" named in a sentence above the server\'s lines',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'run-named-in-sentence-output',
    text: '```\ndocker run -p 9000:9000 -p 9090:9090 minio/minio server /data --console-address ":9090"\n```\n\n`docker run` output:\n\n```\nAPI: http://172.17.0.2:9000  http://127.0.0.1:9000\n```',
  },
  {
    source: 'the same, reach:published',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'run-named-in-sentence-published',
    text: '```\ndocker run -p 5001:5000 registry:2\n```\n\n`docker run` result\n\n```\nlevel=info msg="listening on [::]:5000"\n```',
  },
];

describe.each([
  ['cut rows', cutRows],
  ['elided rows', elidedRows],
  ['v1 wrapped ports', v1Rows],
  ['restart loops', loopRows],
  ['image-first rows', imageRows],
  ['nameless rows', namelessRows],
  ['run lines', runRows],
])('cw92 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    expect(await check(where, text)).toMatchObject({ kind: want[0], id: want[1] });
  });
});
