/*
 * cw165 (stop 55): holdout159's misses, by class, each row a short paste on a real program's or writer's format (`source` names it),
 * never a holdout paste:
 * - `docker logs -t`'s lines run onto one line by a copy that lost its breaks (moby daemon/logs.go: each line after its
 *   RFC3339NanoFixed stamp, nine digits and `Z`): each stamp after a space starts a line again (normalize.ts unjoinStamps);
 * - lesson 3's hello-world row, `Exited (0)`, listed among one Compose project's rows: no other project's container, the project's
 *   newest failing row answers (diagnose-container.ts, CONVENTIONS §2.3 cw47);
 * - docker refusing `compose` (no plugin), then a docker-compose that runs another project (v1's `Creating network "x_default"`):
 *   the later state, the project (step-compose.ts settle);
 * - a run line alone whose -p asks for 8050:8050, nothing shown that it ran: partial at reach:published, as at run (reach.ts).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const q = "'";

const stampRows: Row[] = [
  {
    source: 'moby daemon/logs.go (RFC3339NanoFixed before each line with --timestamps): node failing at start, its lines glued by a copy',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'logs-t-node-module-glued',
    text: [
      '$ docker logs -t api',
      '2025-02-11T08:14:02.512340117Z node:internal/modules/cjs/loader:1228 2025-02-11T08:14:02.512398804Z   throw err; 2025-02-11T08:14:02.512401230Z   ^ 2025-02-11T08:14:02.512410951Z Error: Cannot find module ' +
        q +
        '/usr/src/app/server.js' +
        q +
        " 2025-02-11T08:14:02.512420332Z   code: 'MODULE_NOT_FOUND',",
    ].join('\n'),
  },
  {
    source: 'the same stamps glued after a line without one (a wait script, then the app), at Compose: python refusing its script',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'compose-logs-t-python-cant-open-glued',
    text: [
      '$ docker compose up -d',
      '$ docker compose logs -t web',
      'waiting for db... 2025-05-03T21:40:11.004118900Z db is up 2025-05-03T21:40:11.093002715Z python: can' +
        q +
        't open file ' +
        q +
        '/srv/run.py' +
        q +
        ': [Errno 2] No such file or directory',
    ].join('\n'),
  },
  {
    source: 'the same, at "Does the app listen?": a program that stopped at start listens nowhere',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'logs-t-python-traceback-glued-listening',
    text: [
      '$ docker logs -t dash-app',
      '2025-03-02T10:00:01.123456789Z Traceback (most recent call last): 2025-03-02T10:00:01.123556789Z   File "/app/app.py", line 3, in <module> 2025-03-02T10:00:01.123656789Z ModuleNotFoundError: No module named ' +
        q +
        'dash' +
        q,
    ].join('\n'),
  },
  {
    source: 'guard: the stamped start line glued, then the same lines quoted in a sentence inside a code span (enclosed.ts): no ok',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-stamps-in-code-span',
    text: 'I expected `2025-03-02T10:00:01.123456789Z Dash is running on http://0.0.0.0:8050/ 2025-03-02T10:00:01.223456789Z  * Debug mode: off` but the page does not load.',
  },
  {
    source: 'guard: the same in double quotes in a sentence',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-stamps-in-quotes',
    text: 'The log says "2025-03-02T10:00:01.123456789Z Dash is running on http://0.0.0.0:8050/ 2025-03-02T10:00:01.223456789Z  * Debug mode: off"',
  },
  {
    source: 'guard: the start line glued, then a failure glued after it: the failure is the later state, no ok',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-stamps-start-then-traceback',
    text: [
      '$ docker logs -t dash-app',
      '2025-03-02T10:00:01.123456789Z Dash is running on http://0.0.0.0:8050/ 2025-03-02T10:00:02.223456789Z Traceback (most recent call last): 2025-03-02T10:00:02.323456789Z   File "/app/app.py", line 9, in <module> 2025-03-02T10:00:02.423456789Z OSError: [Errno 98] Address already in use',
    ].join('\n'),
  },
  {
    source: 'guard: the start line glued, on loopback: still the loopback answer',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-stamps-loopback',
    text: [
      '$ docker logs -t dash-app',
      '2025-03-02T10:00:01.123456789Z Dash is running on http://127.0.0.1:8050/ 2025-03-02T10:00:01.223456789Z  * Debug mode: off',
    ].join('\n'),
  },
  {
    source: 'guard: the glued start line, then docker ps -a with dash-app Exited (1): the container stopped, no ok',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-stamps-then-exited-row',
    text: [
      '$ docker logs -t dash-app',
      '2025-03-02T10:00:01.123456789Z Dash is running on http://0.0.0.0:8050/ 2025-03-02T10:00:01.223456789Z  * Debug mode: off',
      '$ docker ps -a',
      'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS                     PORTS     NAMES',
      '4f1d2c3b5a6e   dash-app   "python app.py"   2 minutes ago   Exited (1) 1 minute ago              dash-app',
    ].join('\n'),
  },
];

const ps =
  'CONTAINER ID   IMAGE                COMMAND                  CREATED          STATUS                          PORTS                    NAMES';
const helloRows: Row[] = [
  {
    source:
      'moby daemon/list.go (newest first) with docker-library/hello-world exiting 0 by design: hello-world first, then a v2 project (`shop-api-1` Exited (1), `shop-db-1` Up)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'hello-world-above-v2-project-api-exited-1',
    text: [
      '$ docker ps -a',
      ps,
      '9a1b2c3d4e5f   hello-world          "/hello"                 5 minutes ago    Exited (0) 5 minutes ago                                 eager_noether',
      '1b2c3d4e5f6a   shop-api             "uvicorn main:app"       20 minutes ago   Exited (1) 2 minutes ago                                 shop-api-1',
      '2c3d4e5f6a7b   postgres:16          "docker-entrypoint.s…"   20 minutes ago   Up 20 minutes                   5432/tcp                 shop-db-1',
    ].join('\n'),
  },
  {
    source: 'the same with v1 names (`p_svc_1`) and a second failing service below the newest',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'hello-world-above-v1-project-two-failing',
    text: [
      '$ docker ps -a',
      ps,
      '9a1b2c3d4e5f   hello-world          "/hello"                 5 minutes ago    Exited (0) 5 minutes ago                                 happy_turing',
      '1b2c3d4e5f6a   blog_web             "gunicorn app:app"       20 minutes ago   Exited (3) 1 minute ago                                  blog_web_1',
      '3d4e5f6a7b8c   blog_worker          "celery worker"          21 minutes ago   Exited (1) 1 minute ago                                  blog_worker_1',
      '2c3d4e5f6a7b   redis:7              "docker-entrypoint.s…"   22 minutes ago   Up 22 minutes                   6379/tcp                 blog_redis_1',
    ].join('\n'),
  },
  {
    source: 'guard: hello-world beside random-named rows (no project): several stopped, as CONVENTIONS §2.3 cw44',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-hello-world-random-names-several',
    text: [
      '$ docker ps -a',
      ps,
      '9a1b2c3d4e5f   hello-world          "/hello"                 5 minutes ago    Exited (0) 5 minutes ago                                 eager_noether',
      '1b2c3d4e5f6a   ubuntu               "bash"                   20 minutes ago   Exited (127) 2 minutes ago                               lucid_liskov',
      '2c3d4e5f6a7b   nginx                "/docker-entrypoint.…"   22 minutes ago   Up 22 minutes                   80/tcp                   vibrant_hopper',
    ].join('\n'),
  },
  {
    source: 'guard: hello-world beside one project stopped whole (none Up): a stop or a reboot, several (cw47)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-hello-world-project-stopped-whole',
    text: [
      '$ docker ps -a',
      ps,
      '9a1b2c3d4e5f   hello-world          "/hello"                 5 minutes ago    Exited (0) 5 minutes ago                                 eager_noether',
      '1b2c3d4e5f6a   shop-api             "uvicorn main:app"       20 minutes ago   Exited (137) 2 minutes ago                               shop-api-1',
      '2c3d4e5f6a7b   postgres:16          "docker-entrypoint.s…"   20 minutes ago   Exited (0) 2 minutes ago                                 shop-db-1',
    ].join('\n'),
  },
  {
    source: 'guard: hello-world beside rows of two projects: several',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-hello-world-two-projects',
    text: [
      '$ docker ps -a',
      ps,
      '9a1b2c3d4e5f   hello-world          "/hello"                 5 minutes ago    Exited (0) 5 minutes ago                                 eager_noether',
      '1b2c3d4e5f6a   shop-api             "uvicorn main:app"       20 minutes ago   Exited (1) 2 minutes ago                                 shop-api-1',
      '2c3d4e5f6a7b   postgres:16          "docker-entrypoint.s…"   40 minutes ago   Up 40 minutes                   5432/tcp                 wiki-db-1',
    ].join('\n'),
  },
];

const noPlugin = ['docker: ' + q + 'compose' + q + ' is not a docker command.', 'See ' + q + 'docker --help' + q];
const composeRows: Row[] = [
  {
    source:
      'docker/cli without the Compose plugin (`\'compose\' is not a docker command.`), then Compose v1 (compose/network.py `Creating network "%s" with the default driver`) bringing up another project',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'no-plugin-then-v1-up-other-project',
    text: [
      '$ docker compose up -d',
      ...noPlugin,
      '$ docker-compose up -d',
      'Creating network "shop_default" with the default driver',
      'Creating shop_db_1 ... done',
      'Creating shop_web_1 ... done',
    ].join('\n'),
  },
  {
    source: 'the same at the networks step, v1 pulling before it creates (compose/service.py `Pulling %s (%s)...`)',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'no-plugin-then-v1-up-pulling-networks',
    text: [
      '$ docker compose up',
      ...noPlugin,
      '$ docker-compose up',
      'Creating network "grafana-stack_default" with the default driver',
      'Pulling grafana (grafana/grafana:)...',
      'latest: Pulling from grafana/grafana',
    ].join('\n'),
  },
  {
    source: 'guard: v1 ran first, then the refusal: the refusal is the later state',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-v1-before-refusal',
    text: ['$ docker-compose up -d', 'Creating network "shop_default" with the default driver', '$ docker compose up -d', ...noPlugin].join(
      '\n',
    ),
  },
  {
    source: 'guard: the refusal, then a docker-compose the shell could not find: not installed',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-refusal-then-v1-not-found',
    text: ['$ docker compose up -d', ...noPlugin, '$ docker-compose up -d', 'bash: docker-compose: command not found'].join('\n'),
  },
  {
    source: "guard: v1's network line quoted in a sentence, no docker-compose command line after the refusal",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-refusal-then-told-network',
    text: [
      '$ docker compose up -d',
      ...noPlugin,
      'The tutorial says it prints Creating network "shop_default" with the default driver.',
    ].join('\n'),
  },
];

const runLine = '$ docker run -d --name dash-app -p 8050:8050 dash-app';
const publishedRows: Row[] = [
  {
    source: "docker/cli run's -p (opts/port.go ParsePortSpecs): the lesson's run line alone, nothing printed after it",
    check: 'reach:published',
    want: ['partial', 'shows-part'],
    id: 'run-line-8050-alone',
    text: runLine,
  },
  {
    source: 'a run line told in a sentence (command-line.ts toldRuns), `docker container run` with the mapping',
    check: 'reach:published',
    want: ['partial', 'shows-part'],
    id: 'container-run-told-8050',
    text: 'Then I started it with `docker container run -p 8050:8050 myapp` as the README says.',
  },
  {
    source: 'guard: the run line, then a client refused at the port: nothing published there',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-run-line-then-refused',
    text: [runLine, '$ curl localhost:8050', 'curl: (7) Failed to connect to localhost port 8050: Connection refused'].join('\n'),
  },
  {
    source: 'guard: the run line, then the daemon refusing the port (moby portallocator `port is already allocated`)',
    check: 'reach:published',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-run-line-then-allocated',
    text: [
      runLine,
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app: Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
  {
    source: 'guard: the run line under another name: not dash-app',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-run-line-other-name',
    text: '$ docker run -d --name web -p 8050:8050 other',
  },
  {
    source: 'guard: the run line with the host side swapped keeps its mapping answer',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-run-line-8000-8050',
    text: '$ docker run -d --name dash-app -p 8000:8050 dash-app',
  },
  {
    source: 'guard: the run line, then the app crashing in the foreground',
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    id: 'guard-run-line-then-crash',
    text: [
      '$ docker run --name dash-app -p 8050:8050 dash-app',
      'Traceback (most recent call last):',
      '  File "/app/app.py", line 1, in <module>',
      '    import dash',
      "ModuleNotFoundError: No module named 'dash'",
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["docker logs -t's lines glued on one line", stampRows],
  ["hello-world's row among one project's rows", helloRows],
  ['no Compose plugin, then v1 running another project', composeRows],
  ["a run line alone with the lesson's mapping at reach:published", publishedRows],
];

describe.each(families)('cw165 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
