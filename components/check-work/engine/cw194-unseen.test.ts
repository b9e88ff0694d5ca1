/*
 * cw194 (stop 59): holdout189's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - a container's Health object (`docker inspect --format '{{json .State.Health}}' NAME`, alone, by ID; `{{.State.Health.Status}}`):
 *   `starting`/`healthy` only while the container runs; the name on the command line is the container (cw81);
 * - a writer's `...,` elision in a JSON list (the mark with its comma);
 * - Compose's refusal of `condition: service_healthy` on a service without a healthcheck (v1 NoHealthCheckConfigured, v2's
 *   `has no healthcheck configured`) → the file;
 * - docker-autoheal's restart line names its container (a Compose name, its project), and Puma's graceful stop before `Exiting` is
 *   no crash;
 * - docker ps kept as an HTML table in a Markdown page;
 * - wait-for-it's `waiting N seconds for host:port` (the app not started yet);
 * - a compose file given by a shell here-document (`-f - <<EOF`), Compose's output after its delimiter.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const health = (status: string, streak: number, output: string) =>
  JSON.stringify(
    {
      Status: status,
      FailingStreak: streak,
      Log: [{ Start: '2025-03-01T10:00:00.1Z', End: '2025-03-01T10:00:00.2Z', ExitCode: streak ? 1 : 0, Output: output }],
    },
    null,
    2,
  );

const healthRows: Row[] = [
  {
    source: "moby api/types/container Health under docker/cli's `{{json .State.Health}}` template, another container by name",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'health-json-named-healthy',
    text: ["$ docker inspect --format '{{json .State.Health}}' shop-api", health('healthy', 0, 'OK\n')].join('\n'),
  },
  {
    source: 'the same, `docker container inspect -f` piped to jq, a Compose v2 name (project-service-N) still starting',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'health-json-compose-name-starting',
    text: ['$ docker container inspect -f "{{json .State.Health}}" blog-db-1 | jq', health('starting', 1, '')].join('\n'),
  },
  {
    source: 'the Health object alone on one line (no command): a container whose name is not shown',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'health-json-alone-unhealthy',
    text: JSON.stringify({
      Status: 'unhealthy',
      FailingStreak: 12,
      Log: [{ Start: 'x', End: 'y', ExitCode: 1, Output: 'wget: server returned error: HTTP/1.1 503 Service Unavailable\n' }],
    }),
  },
  {
    source: 'by an ID prefix (moby resolves any unique prefix): which container is not shown',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'health-json-by-id',
    text: ["$ docker inspect --format='{{json .State.Health}}' 3f2a9c1b7d4e", health('healthy', 0, '')].join('\n'),
  },
  {
    source: "docker/docs' healthcheck example elides earlier results with `...,` inside the Log list",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'health-json-elided-log',
    text: [
      "$ docker inspect --format '{{json .State.Health}}' web-cache | jq",
      '{',
      '  "Status": "healthy",',
      '  "FailingStreak": 0,',
      '  "Log": [',
      '    ...,',
      '    { "Start": "2025-03-01T10:00:00Z", "End": "2025-03-01T10:00:01Z", "ExitCode": 0, "Output": "" }',
      '  ]',
      '}',
    ].join('\n'),
  },
  {
    source: "docker/cli's text template `{{.State.Health.Status}}`: `healthy` is set only while the container runs",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'health-status-template-healthy',
    text: ["$ docker inspect --format '{{.State.Health.Status}}' shop-api", 'healthy'].join('\n'),
  },
  {
    source: "the lesson's own container by name: a command line's word never makes an ok (cw81)",
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'guard-health-json-dash-app',
    text: ["$ docker inspect --format '{{json .State.Health}}' dash-app", health('healthy', 0, '')].join('\n'),
  },
  {
    source: 'a whole State of a stopped container with its Health inside (cw43): the state answers, not the Health rule',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-health-inside-exited-state',
    text: [
      "$ docker inspect --format '{{json .State}}' dash-app",
      JSON.stringify({
        Status: 'exited',
        Running: false,
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: 0,
        ExitCode: 1,
        Error: '',
        StartedAt: '2025-03-01T10:00:00Z',
        FinishedAt: '2025-03-01T10:00:05Z',
        Health: { Status: 'unhealthy', FailingStreak: 0, Log: [] },
      }),
    ].join('\n'),
  },
  {
    source: 'a JSON object of the same keys but another status word: not a Health (nothing read)',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-health-other-status',
    text: JSON.stringify({ Status: 'green', FailingStreak: 0, Log: [] }),
  },
];

const healthcheckRows: Row[] = [
  {
    source: 'Compose v1 compose/errors.py NoHealthCheckConfigured under `ERROR: for <dependant>` (service.py is_healthy)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-missing-healthcheck',
    text: [
      '$ docker-compose up -d',
      'Creating shop_redis_1 ... done',
      '',
      'ERROR: for worker  Service "redis" is missing a healthcheck configuration',
      'ERROR: Encountered errors while bringing up the project.',
    ].join('\n'),
  },
  {
    source: 'the same words quoted in a sentence of an issue (cw58: a quoted error is read as the line it quotes)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-missing-healthcheck-quoted',
    text: 'Running `docker-compose up` stops with `Service "postgres" is missing a healthcheck configuration` on 1.29.2.',
  },
  {
    source: "Compose v2's `dependency failed to start: container %s has no healthcheck configured`: cw108's rule stands",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-v2-no-healthcheck-configured',
    text: [
      '$ docker compose up -d',
      '[+] Running 2/2',
      ' ✔ Container shop-db-1      Started',
      ' ✘ Container shop-api-1     Error',
      'dependency failed to start: container shop-db-1 has no healthcheck configured',
    ].join('\n'),
  },
  {
    source: 'v1\'s HealthCheckFailed (`Container "…" is unhealthy.`): the service did not become healthy, no file fault',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-v1-unhealthy',
    text: [
      '$ docker-compose up -d',
      'Creating shop_db_1 ... done',
      '',
      'ERROR: for api  Container "3f2a9c1b7d4e" is unhealthy.',
      'ERROR: Encountered errors while bringing up the project.',
    ].join('\n'),
  },
];

const healRows: Row[] = [
  {
    source: "willfarrell/docker-autoheal docker-entrypoint's restart line (`Container /name (id) found to be unhealthy - …`)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'autoheal-compose-name',
    text: [
      '$ docker-compose logs autoheal',
      'autoheal_1  | 02-03-2025 10:00:05 Container /shop_api_1 (3f2a9c1b7d4e) found to be unhealthy - Restarting container now with 10s timeout',
      'autoheal_1  | 02-03-2025 10:05:05 Container /shop_api_1 (3f2a9c1b7d4e) found to be unhealthy - Restarting container now with 10s timeout',
    ].join('\n'),
  },
  {
    source:
      "puma lib/puma/launcher.rb graceful_stop (`=== puma shutdown: … ===`, `- Goodbye!`), then railties' `Exiting`: a stop asked for",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'puma-graceful-exiting',
    text: [
      'Attaching to shop_web_1',
      'web_1  | * Listening on http://0.0.0.0:3000',
      'web_1  | - Gracefully stopping, waiting for requests to finish',
      'web_1  | === puma shutdown: 2025-03-02 10:00:05 +0000 ===',
      'web_1  | - Goodbye!',
      'web_1  | Exiting',
    ].join('\n'),
  },
  {
    source: "railties' `A server is already running` then `Exiting`: a failed boot stays the service's stop",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-rails-server-pid-exiting',
    text: [
      'Attaching to shop_web_1',
      'web_1  | => Booting Puma',
      'web_1  | A server is already running. Check /app/tmp/pids/server.pid.',
      'web_1  | Exiting',
    ].join('\n'),
  },
  {
    source: "autoheal's line for a name given by hand (`-01`, cw168): no project's",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-autoheal-hand-name',
    text: '02-03-2025 10:00:05 Container /nginx-01 (3f2a9c1b7d4e) found to be unhealthy - Restarting container now with 10s timeout',
  },
];

const htmlPs = (rows: string[]) =>
  [
    'To check status: `docker ps`, e.g.',
    '',
    '<table>',
    '<tr><th>CONTAINER ID</th><th>IMAGE</th><th>COMMAND</th><th>CREATED</th><th>STATUS</th><th>PORTS</th><th>NAMES</th></tr>',
    ...rows,
    '</table>',
  ].join('\n');

const htmlRows: Row[] = [
  {
    source: "docker/cli's docker ps table kept as GFM's raw HTML `<table>` in a README, nothing at 8050",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'html-ps-other-port',
    text: htmlPs([
      '<tr><td>4c01db0b339c</td><td>nginx:1.27</td><td>"/docker-entrypoint.…"</td><td>2 hours ago</td><td>Up 2 hours</td><td>0.0.0.0:8080-&gt;80/tcp</td><td>shop_proxy_1</td></tr>',
    ]),
  },
  {
    source: 'the same page, its rows spread one cell a line and `->` escaped: a v1 name names the project',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'html-ps-cells-a-line',
    text: htmlPs([
      '<tr>',
      '  <td>4c01db0b339c</td>',
      '  <td>nginx:1.27</td>',
      '  <td>"/docker-entrypoint.…"</td>',
      '  <td>2 hours ago</td>',
      '  <td>Up 2 hours</td>',
      '  <td>0.0.0.0:8080-&gt;80/tcp</td>',
      '  <td>shop_proxy_1</td>',
      '</tr>',
    ]),
  },
  {
    source: "an HTML table of the author's own headings (not docker's): not read as a listing",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-html-own-table',
    text: [
      '<table>',
      '<tr><th>Service</th><th>Port</th><th>Notes</th></tr>',
      '<tr><td>proxy</td><td>8080</td><td>public</td></tr>',
      '</table>',
    ].join('\n'),
  },
];

const waitRows: Row[] = [
  {
    source: 'vishnubob/wait-for-it wait_for: `$WAITFORIT_cmdname: waiting $WAITFORIT_TIMEOUT seconds for $HOST:$PORT`',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'wait-for-it-waiting-seconds',
    text: ['$ docker logs dash-app', 'wait-for-it.sh: waiting 15 seconds for db:5432'].join('\n'),
  },
  {
    source: 'the same without a timeout (`-t 0`): `… waiting for $HOST:$PORT without a timeout`',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'wait-for-it-no-timeout',
    text: ['$ docker logs dash-app', 'wait-for-it: waiting for redis:6379 without a timeout'].join('\n'),
  },
  {
    source: "the app's own start line after the wait: where it listens is shown",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-wait-for-it-then-dash',
    text: [
      '$ docker logs dash-app',
      'wait-for-it.sh: waiting 15 seconds for db:5432',
      'wait-for-it.sh: db:5432 is available after 2 seconds',
      'Dash is running on http://0.0.0.0:8050/',
    ].join('\n'),
  },
  {
    source: "wait-for-it's own timeout after it (`timeout occurred after waiting …`) and the container's exit: no partial",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-wait-for-it-then-timeout',
    text: [
      '$ docker logs dash-app',
      'wait-for-it.sh: waiting 15 seconds for db:5432',
      'wait-for-it.sh: timeout occurred after waiting 15 seconds for db:5432',
      '$ docker ps -a --filter name=dash-app',
      'CONTAINER ID   IMAGE      COMMAND                  CREATED          STATUS                      PORTS     NAMES',
      '3f2a9c1b7d4e   dash-app   "wait-for-it.sh db:5…"   30 seconds ago   Exited (124) 10 seconds ago           dash-app',
    ].join('\n'),
  },
  {
    source: "the words in a sentence, not at a line's start: not read",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-wait-for-it-in-sentence',
    text: 'The log says wait-for-it: waiting 15 seconds for db:5432 and nothing else.',
  },
];

const heredocFile = ['services:', '  api:', '    image: nginx:1.27', '    ports:', '      - "8081:80"', 'EOF'];
const heredocRows: Row[] = [
  {
    source: "bash here-document as Compose's file (`-f -`, compose-go reads stdin), then Compose v2's progress after the delimiter",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'heredoc-file-then-progress',
    text: [
      "$ docker compose -f - up -d <<'EOF'",
      ...heredocFile,
      '[+] Running 2/2',
      ' ✔ Network demo_default  Created',
      ' ✔ Container demo-api-1  Started',
    ].join('\n'),
  },
  {
    source: 'the here-document alone, no output after it: the file without web',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-heredoc-file-alone',
    text: ['$ docker compose -f - config <<EOF', ...heredocFile].join('\n'),
  },
  {
    source: 'the same file written by `cat <<EOF > compose.yaml` (no `-f -`): read as a file, as before',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-heredoc-cat',
    text: ['$ cat <<EOF > compose.yaml', ...heredocFile].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a container's Health object", healthRows],
  ['a service_healthy dependency without a healthcheck', healthcheckRows],
  ["docker-autoheal's restart and Puma's graceful stop", healRows],
  ['docker ps kept as an HTML table', htmlRows],
  ["wait-for-it's first line", waitRows],
  ['a compose file from a here-document', heredocRows],
];

describe.each(families)('cw194 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
