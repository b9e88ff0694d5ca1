/*
 * Stop 52 (the lead's): stop 51's open probe and this stop's probes of the ways to an ok, each row a short paste on docker/cli's ps
 * table (cli/command/formatter/container.go's default: CONTAINER ID, IMAGE, COMMAND, CREATED, STATUS, PORTS, NAMES) under a poster's
 * sentences or beside a program's own log, never a holdout paste:
 * - output quoted as someone else's and set against the learner's own (normalize.ts contrasted): "The tutorial says docker ps prints"
 *   + a dash-app row `Up` + "but mine prints nothing" was ok at lesson 5 and on the "can't reach it" path;
 * - names moby did not generate (moby-names.ts): a project's `shop_worker` restarting is the setup's failure, not a past try;
 * - a later whole listing without the container (diagnose-container.ts goneLater): `docker ps` with dash-app Up, then an empty one;
 * - its own logs after its row ending in its program's failure (crashedAfter): `docker ps` Up, then `docker logs dash-app`'s
 *   traceback.
 * A README's "You should see something like:" above the author's own output (CONVENTIONS §1), a learner's "here is my docker ps",
 * a filtered later listing, a request's error the app lived on keep their answer: rows whose id starts "guard".
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');
const head = 'CONTAINER ID   IMAGE      COMMAND           CREATED          STATUS          PORTS                    NAMES';
const up = 'a1b2c3d4e5f6   dash-app   "python app.py"   10 seconds ago   Up 9 seconds    0.0.0.0:8050->8050/tcp   dash-app';
const exited = 'a1b2c3d4e5f6   dash-app   "python app.py"   2 minutes ago    Exited (1) 1 minute ago               dash-app';

const quotedRows: Row[] = [
  {
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'course-says-then-mine-empty',
    text: lines('The course says docker ps should list:', head, up, '', 'But mine shows only the header:', '$ docker ps', head),
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'docs-fenced-then-instead',
    text: lines('The docs show:', '```', head, up, '```', 'Instead I get:', '```', '$ docker ps', head, '```'),
  },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'video-shows-then-mine-exited',
    text: lines('In the video it shows', head, up, 'however my docker ps -a is', '$ docker ps -a', head, exited),
  },
  {
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'tutorial-says-then-told-nothing',
    text: lines('The tutorial says docker ps prints', head, up, 'but mine prints nothing'),
  },
  {
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'contrast-on-the-block-last-line',
    text: lines('The lesson says you should see:', head, up, 'but I get nothing at all'),
  },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-readme-should-see',
    text: lines('After the run, `docker ps` should show something like:', '', head, up, '', 'If it does, open http://localhost:8050.'),
  },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-my-docker-ps-then-but',
    text: lines('here is my docker ps:', head, up, 'but the browser says connection refused'),
  },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-should-without-contrast',
    text: lines('It should show:', head, up, 'Then open the browser.'),
  },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-command-line-is-no-sentence',
    text: lines('$ docker ps -a --format table', head, exited, 'but I get nothing in the browser'),
  },
];

const restarting = (name: string, image = 'shop/api:1.4') =>
  `0b0a70940c85   ${image}   "sh -c 'gen_crt.sh'"   35 minutes ago   Restarting (1) 10 seconds ago                             ${name}`;
const upRow = (name: string, image = 'mongo:7.0') =>
  `daf7b7999679   ${image}   "docker-entrypoint.s…"   35 minutes ago   Up About a minute   27017/tcp   ${name}`;
const restartHead = 'CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES';

/*
 * moby internal/namesgenerator names-generator.go (pkg/namesgenerator before it): a container nobody named is `<adjective>_<surname>`
 * from its lists. A project's own `shop_worker` has that shape and is no generated name (holdout143's first run: a false ok at "Is
 * port 8050 free?" beside a stack restarting under such names).
 */
const namedRows: Row[] = [
  {
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'project-names-restarting',
    text: lines('$ docker ps', restartHead, restarting('shop_worker'), restarting('shop_web'), upRow('shop_mongodb')),
  },
  {
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'underscore-name-restarting-alone-among-up',
    text: lines('$ docker ps', restartHead, upRow('data_store'), restarting('queue_runner')),
  },
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-generated-name-restarting',
    text: lines('$ docker ps', restartHead, restarting('nostalgic_hopper', 'alpine'), upRow('data_store')),
  },
];

const ps = (...rows: string[]) => ['$ docker ps', head, ...rows];
const tb = [
  'Traceback (most recent call last):',
  '  File "/app/app.py", line 3, in <module>',
  '    import dash',
  "ModuleNotFoundError: No module named 'dash'",
];

/* docker/cli's `docker ps` lists running containers only (-a adds the stopped): dash-app Up, then a later whole listing without it. */
const goneRows: Row[] = [
  { check: 'run', want: ['problem', 'container-not-found'], id: 'up-then-empty-ps', text: lines(...ps(up), ...ps()) },
  { check: 'reach:published', want: ['problem', 'container-not-found'], id: 'up-then-empty-ps-published', text: lines(...ps(up), ...ps()) },
  {
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'up-then-ps-a-without-it',
    text: lines(
      ...ps(up),
      '$ docker ps -a',
      head,
      'b7c8d9e0f1a2   redis      "redis-server"    2 minutes ago    Exited (0) 1 minute ago               cache',
    ),
  },
  { check: 'run', want: ['ok', 'healthy'], id: 'guard-filtered-later', text: lines(...ps(up), '$ docker ps --filter name=web', head) },
  { check: 'run', want: ['ok', 'healthy'], id: 'guard-grep-later', text: lines(...ps(up), '$ docker ps | grep redis') },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-listed-again-after',
    text: lines(...ps(up), ...ps(), '$ docker start dash-app', 'dash-app', ...ps(up)),
  },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-compose-listing-later',
    text: lines(...ps(up), '$ docker compose ps', 'NAME      IMAGE     COMMAND   SERVICE   CREATED   STATUS    PORTS'),
  },
];

/* dash-app Up, then its own `docker logs` after the row ending in its program's failure (no row of it after). */
const crashRows: Row[] = [
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'up-then-logs-traceback',
    text: lines(...ps(up), '$ docker logs dash-app', ...tb),
  },
  {
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'up-then-logs-traceback-listening',
    text: lines(...ps(up), '$ docker logs dash-app', ...tb),
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'up-then-logs-by-id-gunicorn',
    text: lines(
      ...ps(up),
      '$ docker logs a1b2c3d4e5f6',
      '[2025-03-01 12:00:00 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2025-03-01 12:00:00 +0000] [7] [ERROR] Exception in worker process',
      ...tb,
      '[2025-03-01 12:00:01 +0000] [1] [ERROR] Reason: Worker failed to boot.',
    ),
  },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-request-error-lived-on',
    text: lines(
      ...ps(up),
      '$ docker logs dash-app',
      '[2025-03-01 12:00:00,000] ERROR in app: Exception on / [GET]',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1511, in wsgi_app',
      '    response = self.full_dispatch_request()',
      '  File "/app/app.py", line 12, in index',
      "    return data['x']",
      "KeyError: 'x'",
    ),
  },
  { check: 'run', want: ['ok', 'healthy'], id: 'guard-logs-before-the-row', text: lines('$ docker logs dash-app', ...tb, ...ps(up)) },
  { check: 'run', want: ['ok', 'healthy'], id: 'guard-another-containers-logs', text: lines(...ps(up), '$ docker logs worker', ...tb) },
];

const composeHead = 'NAME               IMAGE          COMMAND           SERVICE   CREATED          STATUS          PORTS';
const webUp = 'dash-app-web-1     dash-app-web   "python app.py"   web       10 seconds ago   Up 9 seconds    0.0.0.0:8050->8050/tcp';
goneRows.push(
  {
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'compose-ps-up-then-compose-ps-empty',
    text: lines('$ docker compose ps', composeHead, webUp, '$ docker compose ps', composeHead),
  },
  {
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'compose-ps-up-then-docker-ps-empty',
    text: lines('$ docker compose ps', composeHead, webUp, ...ps()),
  },
  {
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-compose-ps-then-other-folder-listing',
    text: lines('$ docker compose ps', composeHead, webUp, '$ docker compose -f other.yml ps', composeHead),
  },
);
quotedRows.push({
  check: 'compose',
  want: ['problem', 'compose-service-missing'],
  id: 'lesson-says-then-mine-no-blank-line',
  text: lines(
    'The lesson says docker compose ps should show:',
    composeHead,
    webUp,
    'but mine shows nothing:',
    '$ docker compose ps',
    composeHead,
  ),
});

const families: [string, Row[]][] = [
  ['output quoted as a tutorial’s, then the learner’s own', quotedRows],
  ['names moby did not generate', namedRows],
  ['a later whole listing without the container', goneRows],
  ['its own logs after its row ending in a crash', crashRows],
];

describe.each(families)('stop 52 %s', (_, rows) => {
  it.each(rows)('$id at $check', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
