/*
 * cw96: holdout78's listings, rows and run-line misses (README "holdout78: listings, rows and the run line (cw96)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste
 * itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer
 * that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const H =
  'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS                  NAMES';
const H2 =
  'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS                                   NAMES';
const ls = 'docker/cli docs/reference/commandline/container_ls.md (Filtering: name, label, ancestor, status, exited, expose, publish)';

const filterRows: Row[] = [
  {
    source: `${ls}: --filter "name=nostalgic_stallman"`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'filter-name-quoted',
    text: `$ docker ps --filter "name=web"\n${H2}\n9b6247364a03   nginx     "/docker-entrypoint.…"   3 minutes ago    Up 3 minutes    0.0.0.0:8080->80/tcp, :::8080->80/tcp   web`,
  },
  {
    source: `${ls}: -f is --filter's short form`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'f-name-1.13',
    text: `[root@node1 ~]# docker ps -f name=my-httpd\n${H}\n3e2b8a1c9d0f        httpd               "httpd-foreground"       2 hours ago         Up 2 hours          0.0.0.0:8081->80/tcp   my-httpd`,
  },
  {
    source: `${ls}: --filter ancestor=ubuntu`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'filter-ancestor',
    text: `PS C:\\Users\\kim> docker ps --filter ancestor=nginx\n${H2}\n5d1f0c2a7b88   nginx     "/docker-entrypoint.…"   10 seconds ago   Up 9 seconds    0.0.0.0:80->80/tcp                      elegant_hopper`,
  },
  {
    source: `guard: ${ls}: --filter status=exited (-a), read as before (holdout40's exited=0 example is labelled ok)`,
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-filter-status-exited',
    text: `$ docker ps -a --filter status=exited\n${H2}\na1b2c3d4e5f6   httpd     "httpd-foreground"       2 days ago       Exited (0) 2 days ago                                 apa000ex1`,
  },
  {
    source: `guard: ${ls}: --filter 'exited=0', read as before (holdout40's h40-dockercli-ls-a-filter-exited-0 is labelled ok)`,
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-filter-exited-0-empty',
    text: `$ docker ps -a --filter 'exited=0'\n${H2}`,
  },
  {
    source: `${ls}: --filter "label=color"`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'filter-label',
    text: `dev@shop:~$ docker ps --filter "label=com.example.app=shop"\n${H2}\n0c2f3a4b5d6e   redis     "docker-entrypoint.s…"   1 hour ago       Up 1 hour       6379/tcp                                shop-cache`,
  },
  {
    source: `${ls}: two filters (name and status=running), -af combined short flags as docker/cli's pflag reads them`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'af-name-status',
    text: `$ docker ps -af name=db -f status=running\n${H2}\n7a7a7a7a7a7a   mysql:8   "docker-entrypoint.s…"   5 minutes ago    Up 5 minutes    3306/tcp, 33060/tcp                     db`,
  },
  {
    source: `${ls}: docker container ls is the same command`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'container-ls-filter-name',
    text: `$ docker container ls --filter=name=api\n${H2}\n1f1f1f1f1f1f   myapi     "node server.js"         2 minutes ago    Up 2 minutes    0.0.0.0:3000->3000/tcp                  api`,
  },
  {
    source: `${ls}: a name filter that matches nothing prints the header only`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'filter-name-empty',
    text: `$ docker ps -f name=dash\n${H2}\n$`,
  },
  {
    source: `${ls}: --filter publish=80 (another port than the lesson's)`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'filter-publish-other-port',
    text: `$ docker ps --filter publish=80\n${H2}\nfc7e477723b7   nginx     "/docker-entrypoint.…"   1 minute ago     Up 1 minute     0.0.0.0:80->80/tcp                      webserver`,
  },
  {
    source: `${ls}: --filter expose=80`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'filter-expose',
    text: `$ docker ps --filter expose=80/tcp\n${H2}\nfc7e477723b7   nginx     "/docker-entrypoint.…"   1 minute ago     Up 1 minute     0.0.0.0:8080->80/tcp                    front`,
  },
  {
    source: 'GNU grep on docker ps, header kept by a second pattern (grep -E "NAMES|…")',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'grep-e-header-name',
    text: `$ docker ps | grep -E "NAMES|nginx"\n${H2}\n9b6247364a03   nginx     "/docker-entrypoint.…"   3 minutes ago    Up 3 minutes    0.0.0.0:8080->80/tcp, :::8080->80/tcp   web`,
  },
  {
    source: 'Windows findstr on docker ps, header kept by a second word (findstr "CONTAINER nginx")',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'findstr-header-name',
    text: `C:\\Users\\lee>docker ps | findstr "CONTAINER nginx"\n${H2}\n9b6247364a03   nginx     "/docker-entrypoint.…"   3 minutes ago    Up 3 minutes    0.0.0.0:8080->80/tcp                    web`,
  },
  {
    source: `guard: ${ls} --filter publish=8050 is the lesson's own command (reach-steps.ts); nothing there is ok`,
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-filter-publish-8050-empty',
    text: `$ docker ps --filter publish=8050\n${H2}`,
  },
  {
    source: 'guard: CONVENTIONS §1 port-free: a whole docker ps beside a filtered one stands (cw69)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-whole-beside-filter',
    text: `$ docker ps\n${H2}\n9b6247364a03   nginx     "/docker-entrypoint.…"   3 minutes ago    Up 3 minutes    0.0.0.0:8080->80/tcp, :::8080->80/tcp   web\n$ docker ps -f name=web\n${H2}\n9b6247364a03   nginx     "/docker-entrypoint.…"   3 minutes ago    Up 3 minutes    0.0.0.0:8080->80/tcp, :::8080->80/tcp   web`,
  },
  {
    source: 'guard: a filtered listing that shows a container at 8050 still names the holder',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-filter-holder',
    text: `$ docker ps -f name=old\n${H2}\n2e2e2e2e2e2e   myapp     "python app.py"          1 hour ago       Up 1 hour       0.0.0.0:8050->8050/tcp                  old-dash`,
  },
  {
    source: "guard: the course's own `docker ps -a --filter name=dash-app` (expectations.ts, fixtures/ps-table-empty.txt) stays ok",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-filter-name-dash-app',
    text: `PS C:\\Users\\kim> docker ps -a --filter name=dash-app\n${H2}`,
  },
  {
    source: 'guard: docker ps with no filter and nothing at 8050 stays ok (CONVENTIONS §1, ir-shippable2570)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-plain-ps',
    text: `$ docker ps\n${H2}\n9b6247364a03   nginx     "/docker-entrypoint.…"   3 minutes ago    Up 3 minutes    0.0.0.0:8080->80/tcp, :::8080->80/tcp   web`,
  },
  {
    source: 'guard: `--format` is no filter (docker/cli container/list.go); a template with Ports and nothing at 8050 stays ok',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-format-not-filter',
    text: `$ docker ps --format "table {{.Names}}\\t{{.Ports}}"\nNAMES     PORTS\nweb       0.0.0.0:8080->80/tcp`,
  },
];

const families: [string, Row[]][] = [['a listing filtered to some containers, at port-free', filterRows]];

describe.each(families)('cw96 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
