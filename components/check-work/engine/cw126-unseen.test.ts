/*
 * cw126 (stop 45): docker ps / compose ps rows read by the grammar of their cells (parse-table.ts cellRow), where the cells a row's
 * positions give do not fit their columns: a cell wider than its header (go-units' `About a minute ago` under a CREATED padded for
 * `4 hours ago`), gaps turned into tabs, a row realigned by hand or by a proportional font, a header two of whose names a copy joined.
 * Each row is a variation a learner would paste, built on a real program's format (`source`), never a holdout's paste itself (that one
 * moved to ../corpus/). Rows whose id starts "guard" hold an answer that must not change, false oks above all.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

// docker/cli cli/command/formatter/container.go defaultContainerTableFormat, tabwriter padding 3 (formatter.go postFormat).
const psHead = 'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                    NAMES';

const variants: Row[] = [
  {
    source:
      "docker/cli's default table, CREATED by go-units HumanDuration (`About a minute` + ` ago`) wider than the column tabwriter padded for the other rows; moby state.go `Restarting (%d) %s ago`",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'ps-about-a-minute-wider-restarting',
    text: `$ docker ps -a\n${psHead}\n3f2a1b0c9d8e   dash-app  "python app.py"          About a minute ago   Restarting (1) 12 seconds ago                            dash-app\n9c8b7a6d5e4f   redis     "docker-entrypoint.s…"   2 hours ago     Up 2 hours     6379/tcp                 cache`,
  },
  {
    source:
      "docker/cli's default table, go-units' shortest wording `Less than a second ago` wider than CREATED, moby's `Up Less than a second` (State.String with HumanDuration)",
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'ps-less-than-a-second-wider-up',
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app\n3f2a1b0c9d8e41f0c2b7d6e5a4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5\n$ docker ps\n${psHead}\n3f2a1b0c9d8e   dash-app  "python app.py"          Less than a second ago   Up Less than a second   0.0.0.0:8050->8050/tcp   dash-app`,
  },
  {
    source:
      "docker compose ps (compose v2's table: NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS, docs/reference/compose_ps.md), `About an hour ago` wider than CREATED, a stopped service in Compose's own lower-case words (`exited (1)`, as the reference shows `exited (0)`)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'compose-v2-about-an-hour-wider-exited-lower',
    text: `$ docker compose ps -a\nNAME               IMAGE          COMMAND                  SERVICE   CREATED         STATUS         PORTS\ndash-app-db-1      postgres:16    "docker-entrypoint.s…"   db        2 hours ago     Up 2 hours     5432/tcp\ndash-app-web-1     dash-app-web   "gunicorn -b 0.0.0.0…"   web       About an hour ago   exited (1)\ndash-app-proxy-1   nginx:alpine   "/docker-entrypoint.…"   proxy     2 hours ago     Up 2 hours     0.0.0.0:80->80/tcp, [::]:80->80/tcp`,
  },
  {
    source:
      'Compose 2.0–2.20 (cmd/compose/ps.go: NAME COMMAND SERVICE STATUS PORTS, status `running (healthy)` = State + Health) with the health wider than the STATUS column another row set',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'compose-2x-running-healthy-wider-exited',
    text: `$ docker compose ps -a\nNAME               COMMAND                  SERVICE   STATUS      PORTS\ndash-app-db-1      "docker-entrypoint.s…"   db        running (healthy)   5432/tcp\ndash-app-proxy-1   "/docker-entrypoint.…"   proxy     running     0.0.0.0:80->80/tcp\ndash-app-web-1     "gunicorn -b 0.0.0.0…"   web       exited (3)`,
  },
  {
    source:
      'podman 0.x ps (containers/podman#407: CREATED AT `2018-02-26 20:41:35 +0000 UTC`, the command unquoted, PORTS empty), its cells realigned by a proportional font',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'podman-created-at-unquoted-command-realigned',
    text: `$ podman ps -a\nCONTAINER ID   IMAGE                             COMMAND          CREATED AT                      STATUS                        PORTS   NAMES\n0d3d5b16464e   localhost/dash-app:latest   python app.py   2018-02-26 20:41:35 +0000 UTC   Exited (1) 16 seconds ago   dash-app`,
  },
  {
    source:
      "docker ps --format 'table {{.ID}}\\t{{.Names}}\\t{{.Image}}\\t{{.Status}}\\t{{.Ports}}' (a shell alias, antti004/Linux .bash_aliases), moby's `Up About a minute (health: starting)` wider than STATUS",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'format-table-id-names-status-wide-health',
    text: `$ docker-ps\nCONTAINER ID   NAMES      IMAGE      STATUS         PORTS\n3f2a1b0c9d8e   dash-app   dash-app   Up About a minute (health: starting)   0.0.0.0:8050->80/tcp\n9c8b7a6d5e4f   cache      redis      Up 2 hours     6379/tcp`,
  },
  {
    source:
      "docker container ls -a pasted from a terminal whose copy kept tabs for the gaps (a tab-expanding console, GNU unexpand's runs of spaces): docker/cli's default columns, a gap a tab wide",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'container-ls-tabs-for-gaps',
    text: `$ docker container ls -a\n${psHead}\n3f2a1b0c9d8e\tdash-app\t"python app.py"\t3 minutes ago\tExited (1) 2 minutes ago\t\tdash-app`,
  },
  {
    source:
      'docker ps --no-trunc (container.go: the 64-digit ID, strconv.Quote of the whole command), each row set one gap apart by a chat that kept single runs of three spaces',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'ps-no-trunc-64-id-full-command',
    text: `$ docker ps -a --no-trunc\nCONTAINER ID                                                       IMAGE      COMMAND                                        CREATED          STATUS                       PORTS     NAMES\n3f2a1b0c9d8e41f0c2b7d6e5a4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5   dash-app   "python app.py --host 0.0.0.0 --port 8050"   12 minutes ago   Exited (2) 11 minutes ago   dash-app`,
  },
  {
    source:
      'docker compose ps of Compose 2.21+ (docker/cli formatter through compose: `Up 2 minutes`), IPv4 and IPv6 mappings (`0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp`) and a `About a minute ago` CREATED wider than its column',
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'compose-v2-ipv6-about-a-minute-wider-web-up',
    text: `$ docker compose ps\nNAME             IMAGE          COMMAND                  SERVICE   CREATED         STATUS         PORTS\ndash-app-db-1    postgres:16    "docker-entrypoint.s…"   db        2 hours ago     Up 2 hours     5432/tcp\ndash-app-web-1   dash-app-web   "gunicorn -b 0.0.0.0…"   web       About a minute ago   Up About a minute   0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp`,
  },
  {
    source:
      'docker ps -s (container.go Size: `0B (virtual 187MB)`, the SIZE column after NAMES) with `About an hour ago` wider than CREATED',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'ps-size-column-wide-created',
    text: `$ docker ps -a -s\nCONTAINER ID   IMAGE      COMMAND           CREATED        STATUS                      PORTS     NAMES      SIZE\n3f2a1b0c9d8e   dash-app   "python app.py"   About an hour ago   Exited (137) 5 minutes ago             dash-app   2B (virtual 187MB)\n9c8b7a6d5e4f   redis      "redis-server"    2 hours ago    Up 2 hours                  6379/tcp   cache      0B (virtual 117MB)`,
  },
  {
    source:
      "docker ps -a with moby's `Removal In Progress` and `Dead` (state.go String), a row realigned by hand one column left of its headers",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'ps-dead-realigned',
    text: `$ docker ps -a\n${psHead}\n3f2a1b0c9d8e   dash-app   "python app.py"   5 minutes ago   Dead   dash-app`,
  },
  {
    source:
      'docker ps with a range and a cut command (DisplayablePorts groups consecutive ports: `0.0.0.0:8050-8051->8050-8051/tcp`; Ellipsis to 20 with `…`), `About a minute ago` wider than CREATED',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'ps-port-range-wide-created',
    text: `$ docker ps\n${psHead}\n3f2a1b0c9d8e   dash-app  "gunicorn --bind 0.0…"   About a minute ago   Up About a minute   0.0.0.0:8050-8051->8050-8051/tcp   dash-app`,
  },
  {
    source:
      "docker ps whose header a README's hand joined (`PORTS NAMES` one space apart) and a Docker 1.13 CREATED (`About an hour ago`) wider than its column",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'ps-joined-head-wide-created-exited',
    text: `$ docker ps -a\nCONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS NAMES\n3f2a1b0c9d8e   dash-app   "python app.py"   About an hour ago   Exited (1) 59 minutes ago   dash-app`,
  },
  {
    source:
      "docker compose ps --format 'table {{.Name}}\\t{{.Service}}\\t{{.Status}}\\t{{.Ports}}' (a Compose status script, MarcinPniewski/Docker docker-status.sh style), moby's `Restarting (1) About a minute ago` wider than STATUS",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'compose-format-name-service-status-ports-restarting-wide',
    text: `$ docker compose ps --format "table {{.Name}}\\t{{.Service}}\\t{{.Status}}\\t{{.Ports}}"\nNAME               SERVICE   STATUS         PORTS\ndash-app-db-1      db        Up 3 hours     5432/tcp\ndash-app-proxy-1   proxy     Up 3 hours     0.0.0.0:80->80/tcp\ndash-app-web-1     web       Restarting (1) About a minute ago`,
  },
  {
    source:
      "docker compose ps (Compose 2.21+), a proportional font's copy: every cell one gap of three spaces after the last, none under its header (NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'compose-v2-realigned-one-gap-exited',
    text: `$ docker compose ps -a\nNAME               IMAGE          COMMAND                  SERVICE   CREATED         STATUS                     PORTS\ndash-app-db-1   postgres:16   "docker-entrypoint.s…"   db   3 hours ago   Up 3 hours   5432/tcp\ndash-app-web-1   dash-app-web   "python app.py"   web   3 hours ago   Exited (1) 2 minutes ago`,
  },
];

const guards: Row[] = [
  {
    source: "docker/cli's default table aligned as tabwriter set it: positions read it, the ok stays",
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-aligned-ps-ok',
    text: `$ docker ps\n${psHead}\n3f2a1b0c9d8e   dash-app  "python app.py"          2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app`,
  },
  {
    source: 'a wide CREATED, then the row cut by the copy inside its PORTS (`0.0.0.0:8050->80`): no grammar reads it whole, never ok',
    check: 'reach:published',
    want: 'not ok',
    id: 'guard-wide-created-cut-ports',
    text: `$ docker ps\n${psHead}\n3f2a1b0c9d8e   dash-app  "python app.py"          About a minute ago   Up About a minute   0.0.0.0:8050->80`,
  },
  {
    source: 'a wide CREATED under another name (`web`): the container the lesson names is not listed',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-wide-created-other-name',
    text: `$ docker ps\n${psHead}\n3f2a1b0c9d8e   dash-app  "python app.py"          About a minute ago   Up About a minute   0.0.0.0:8050->8050/tcp   web`,
  },
  {
    source: "a wide CREATED, the app's port published to another container port: the mapping is read, never ok",
    check: 'reach:published',
    want: 'not ok',
    id: 'guard-wide-created-swapped-port',
    text: `$ docker ps\n${psHead}\n3f2a1b0c9d8e   dash-app  "python app.py"          About a minute ago   Up About a minute   0.0.0.0:8050->80/tcp   dash-app`,
  },
  {
    source: "a wide CREATED, the row ending at its whole mapping (NAMES cut off by the copy, cw111's): never ok",
    check: 'reach:published',
    want: 'not ok',
    id: 'guard-wide-created-names-cut',
    text: `$ docker ps\n${psHead}\n3f2a1b0c9d8e   dash-app  "python app.py"          About a minute ago   Up About a minute   0.0.0.0:8050->8050/tcp`,
  },
  {
    source: "Compose v1's `Name Command State Ports` over its dashed rule (compose/cli/main.py ps), `Exit 1`: its own reader, unchanged",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-compose-v1-exit',
    text: `$ docker-compose ps\n      Name                    Command               State           Ports\n-----------------------------------------------------------------------------\ndash-app_db_1      docker-entrypoint.sh postgres    Up      5432/tcp\ndash-app_proxy_1   /docker-entrypoint.sh ngin ...   Up      0.0.0.0:80->80/tcp\ndash-app_web_1     gunicorn -b 0.0.0.0:8050 app     Exit 1`,
  },
  {
    source: 'a wide CREATED, dash-app Exited (0) (a stop by hand): stopped, never ok',
    check: 'reach:running',
    want: 'not ok',
    id: 'guard-wide-created-exited-0',
    text: `$ docker ps -a\n${psHead}\n3f2a1b0c9d8e   dash-app  "python app.py"          About an hour ago   Exited (0) 2 minutes ago                            dash-app`,
  },
  {
    source:
      "CONVENTIONS §2.5 (cw126): Compose v2's `up -d` under a PowerShell prompt's folder (`PS C:\\code\\shop>`), its containers `Started` under names of their own (container_name), then its compose ps: the folder's project",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-folder-up-started-own-names',
    text: `PS C:\\code\\shop> docker compose up -d\n[+] Running 2/2\n ✔ Container shop-cache  Started                               0.6s\n ✔ Container shop-web    Started                               0.9s\nPS C:\\code\\shop> docker compose ps\nNAME         IMAGE          COMMAND                  SERVICE   CREATED         STATUS         PORTS\nshop-cache   redis:alpine   "docker-entrypoint.s…"   cache     About a minute ago   Up About a minute   6379/tcp\nshop-web     nginx:latest   "/docker-entrypoint.…"   web       About a minute ago   Up About a minute   0.0.0.0:8080->80/tcp`,
  },
  {
    source: "the same `up` whose progress shows `Created` only (cw86's h14 rule): no project shown run, the answer is not the folder's",
    check: 'compose',
    want: 'not ok',
    id: 'guard-folder-up-created-only',
    text: `PS C:\\code\\shop> docker compose up -d\n[+] Running 1/1\n ✔ Container shop-web    Created                               0.1s`,
  },
];

const families: [string, Row[]][] = [
  ['rows read by the grammar of their cells', variants],
  ['guards', guards],
];

describe.each(families)('cw126 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
