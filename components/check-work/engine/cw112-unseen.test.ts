/*
 * cw112 (stop 43): holdout89, 90 and 92's compose misses by class (README "holdout89–92: files Compose refuses, logs of a service
 * that keeps stopping, another project's name, a standalone docker-compose (cw112)").
 * - compose-go's consistency check refusing the file after its schema passed (`declares mutually exclusive`, `can't set distinct
 *   values`, any other refusal ending in `invalid compose project`);
 * - the daemon's json-file log (`{"log":"…\n","stream":"stderr","time":"…"}`) pasted as the file holds it, whole or cut;
 * - docker without the Compose plugin beside a standalone docker-compose of a current Compose that answers its version;
 * - Compose's `has been recreated` beside the replaced container's exit;
 * - Compose's log lines whose line breaks the copy lost (`name | ` recurring on one line).
 * Each row is a variation a learner would paste, never the paste itself (which moved to ../corpus/); its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const consistencyRows: Row[] = [
  {
    source: 'compose-go loader/validate.go checkConsistency: `service %s declares mutually exclusive `network_mode` and `networks`: %w`',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'network-mode-and-networks-up-d',
    text: '$ docker compose up -d\nservice web declares mutually exclusive `network_mode` and `networks`: invalid compose project',
  },
  {
    source: 'the same without the ErrInvalid suffix, as a deploy note quotes it (`Docker Compose error: "service api declares …"`)',
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'network-mode-and-networks-quoted-no-suffix',
    text: 'Docker Compose error: "service api declares mutually exclusive `network_mode` and `networks`"',
  },
  {
    source: 'the same in PowerShell, network_mode: host kept beside a networks list, Spanish prose after it',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'network-mode-host-pwsh-spanish',
    text: 'PS C:\\proyectos\\tienda> docker compose up --build\nservice homeassistant declares mutually exclusive `network_mode` and `networks`: invalid compose project\nNo sé qué significa, el archivo lo copié de internet.',
  },
  {
    source: 'compose-go validate.go: `service %q declares mutualy exclusive dockerfile and dockerfile_inline: %w` (its spelling)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'dockerfile-and-dockerfile-inline',
    text: 'docker compose build\nservice "web" declares mutualy exclusive dockerfile and dockerfile_inline: invalid compose project',
  },
  {
    source: "compose-go validate.go: `services.%s: can't set distinct values on 'scale' and 'deploy.replicas': %w`",
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'scale-and-replicas',
    text: "$ docker compose up -d\nservices.worker: can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project",
  },
  {
    source: "compose-go validate.go: `services.%s: can't set container_name and %s as container name must be unique` (attr, then name)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'container-name-with-replicas',
    text: "$ docker compose up -d\nservices.deploy.replicas: can't set container_name and web as container name must be unique: invalid compose project",
  },
  {
    source: 'compose-go validate.go: `secret %q must declare either `file` or `environment`: %w`, any other ErrInvalid refusal',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'secret-without-file-any-refusal',
    text: '$ docker compose up\nsecret "api_key" must declare either `file` or `environment`: invalid compose project',
  },
  {
    source: 'compose-go validate.go `service %q depends on undefined service %q: %w`: the missing service keeps its own answer',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-depends-on-undefined-service',
    text: '$ docker compose up -d\nservice "proxy" depends on undefined service "web": invalid compose project',
  },
  {
    source: 'compose-go validate.go `service %q refers to undefined network %s: %w`: its own answer',
    check: 'compose',
    want: ['problem', 'compose-undefined-network'],
    id: 'guard-undefined-network',
    text: 'service "web" refers to undefined network backnet: invalid compose project',
  },
  {
    source: 'compose-go validate.go `service %q has neither an image nor a build context specified: %w`: its own answer',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-neither-image-nor-build',
    text: 'service "web" has neither an image nor a build context specified: invalid compose project',
  },
];

const entry = (log: string, stream = 'stderr', time = '2025-02-03T10:00:00.123456789Z') =>
  JSON.stringify({ log: `${log}\n`, stream, time });
const gts = (s: number) => `[2025-02-03 10:00:0${s} +0000] [9] [ERROR]`;

const jsonFileRows: Row[] = [
  {
    source: "moby daemon/logger/jsonfilelog (JSONLog log/stream/time) around gunicorn sock.py's retries and `Can't connect to %s`",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'json-file-gunicorn-cant-connect-all-addresses',
    text:
      [1, 2, 3, 4].map((s) => entry(`${gts(s)} Retrying in 1 second.`)).join('\n') +
      '\n' +
      entry(`${gts(5)} Can't connect to ('0.0.0.0', 8050)`),
  },
  {
    source: 'the same at reach:listening, read with `sudo cat /var/lib/docker/containers/<id>/<id>-json.log`',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'json-file-cat-gunicorn-cant-connect',
    text: `$ sudo cat /var/lib/docker/containers/4f1e/4f1e-json.log\n${entry(`${gts(1)} Retrying in 1 second.`)}\n${entry(`${gts(2)} Can't connect to ('::', 8050)`)}`,
  },
  {
    source: 'the same, the last entry cut by the copy before its stream (no closing brace): its log text is read too',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'json-file-last-entry-cut',
    text: `${entry(`${gts(1)} Retrying in 1 second.`)}\n{"log":"${gts(5)} Can't connect to ('0.0.0.0', 8050)\\n","stream":"std`,
  },
  {
    source:
      'uvicorn server.py startup `[Errno 99] error while attempting to bind on address (…): cannot assign requested address` as json-file entries',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'json-file-uvicorn-errno-99',
    text: [
      entry('INFO:     Started server process [1]'),
      entry('INFO:     Waiting for application startup.'),
      entry("ERROR:    [Errno 99] error while attempting to bind on address ('::1', 8050, 0, 0): cannot assign requested address"),
    ].join('\n'),
  },
  {
    source: "moby daemon/logger/fluentd: the record's `container_name`, `source` and `log`, Dash's start line at loopback",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'fluentd-record-dash-loopback',
    text: '{"container_id":"4f1e2d3c","container_name":"/dash-app","source":"stdout","log":"Dash is running on http://127.0.0.1:8050/"}',
  },
  {
    source: 'json-file entries of a service whose Python raises at import (CPython traceback), stdout and stderr mixed',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'json-file-traceback',
    text: [
      entry('Traceback (most recent call last):'),
      entry('  File "/app/app.py", line 3, in <module>'),
      entry('    import dash'),
      entry("ModuleNotFoundError: No module named 'dash'"),
    ].join('\n'),
  },
  {
    source: "another program's own \"log\" member, an object, beside no json-file key (a logger's nested field): not the daemon's entry",
    check: 'compose',
    want: 'not ok',
    id: 'guard-log-member-object',
    text: '{"level":"info","log":{"logger":"http"},"message":"Dash is running on http://0.0.0.0:8050/"}',
  },
];

const standaloneRows: Row[] = [
  {
    source:
      "docker/cli's `docker: 'compose' is not a docker command.` (no plugin), then docker/compose version.go from the standalone binary",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'not-a-docker-command-then-standalone-v2',
    text: "$ docker compose up -d\ndocker: 'compose' is not a docker command.\nSee 'docker --help'\n$ docker-compose version\nDocker Compose version v2.24.6",
  },
  {
    source: "docker/cli 28+'s `docker: unknown command: docker compose`, then `docker-compose --version` on Windows (v2.39.1), at networks",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'unknown-command-then-standalone-windows',
    text: "PS C:\\dash-app> docker compose version\ndocker: unknown command: docker compose\n\nRun 'docker --help' for more information\nPS C:\\dash-app> docker-compose --version\nDocker Compose version v2.39.1",
  },
  {
    source:
      "docker's own parser refusing Compose's -f without the plugin (`unknown shorthand flag: 'f' in -f`), then the standalone answering",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'flag-refused-then-standalone',
    text: "$ docker compose -f compose.yaml up -d\nunknown shorthand flag: 'f' in -f\nSee 'docker --help'.\n$ docker compose version\ndocker: 'compose' is not a docker command.\n$ docker-compose version\nDocker Compose version v2.20.3",
  },
  {
    source: 'a note with the output as a comment after each command, a Compose 5 standalone (the README layout)',
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'comments-after-commands-v5',
    text: 'docker compose ps      # docker: unknown command: docker compose\ndocker-compose version # Docker Compose version v5.0.1',
  },
  {
    source: "docker/cli's refusal alone: no Compose shown",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-not-a-docker-command-alone',
    text: "$ docker compose up -d\ndocker: 'compose' is not a docker command.\nSee 'docker --help'",
  },
  {
    source: "the refusal, then bash's `docker-compose: command not found`: no Compose that runs",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-standalone-not-found',
    text: "$ docker compose up -d\ndocker: 'compose' is not a docker command.\n$ docker-compose up -d\nbash: docker-compose: command not found",
  },
];

const djangoUp = (svc: string) =>
  `${svc}  | Watching for file changes with StatReloader\n${svc}  | Performing system checks...\n${svc}  | Starting development server at http://0.0.0.0:8000/\n${svc}  | Quit the server with CONTROL-C.`;
const dashUp = (svc: string) => `${svc}  | Dash is running on http://0.0.0.0:8050/\n${svc}  |  * Serving Flask app 'app'`;

const recreatedRows: Row[] = [
  {
    source: 'docker/compose pkg/compose/printer.go on ContainerEventRecreated: `exited with code %d`, then `has been recreated`',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'exited-137-then-recreated-other-project',
    text: `$ docker compose up --build\n ✔ Container shop-web-1  Recreated\nAttaching to web-1\n${djangoUp('web-1')}\nweb-1 exited with code 137\nweb-1 has been recreated\n${djangoUp('web-1')}`,
  },
  {
    source: 'the same the other way round (Desktop watch, `web-1 has been recreated` first), another project, at networks',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'recreated-then-exited-137-networks',
    text: `[+] up 2/2\n ✔ Image blog-api       Built\n ✔ Container blog-api-1 Recreated\nAttaching to api-1\n${djangoUp('api-1')}\napi-1 has been recreated\napi-1 exited with code 137\n${djangoUp('api-1')}`,
  },
  {
    source:
      'the lesson project recreated by `up --build` (exit 143 of the replaced container), the new one on 0.0.0.0:8050: never a failure',
    check: 'compose',
    want: 'not ok',
    id: 'lesson-project-recreated-143',
    text: `$ docker compose up --build\n ✔ Container dash-app-web-1  Recreated\nAttaching to web-1\n${dashUp('web-1')}\nweb-1 exited with code 143\nweb-1 has been recreated\n${dashUp('web-1')}`,
  },
  {
    source: 'the replaced container, then the new one crashing later (a traceback, `exited with code 1`): the crash stands',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-recreated-then-later-crash',
    text: `$ docker compose up --build\n ✔ Container shop-web-1  Recreated\nAttaching to web-1\n${djangoUp('web-1')}\nweb-1 exited with code 137\nweb-1 has been recreated\nweb-1  | Traceback (most recent call last):\nweb-1  |   File "/app/manage.py", line 22, in <module>\nweb-1  | ModuleNotFoundError: No module named 'django'\nweb-1 exited with code 1`,
  },
  {
    source: "an exit 137 with no recreation beside it (the OOM killer's SIGKILL): the service stopped",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-137-without-recreated',
    text: `$ docker compose up\n ✔ Container shop-web-1  Created\nAttaching to web-1\n${djangoUp('web-1')}\nweb-1 exited with code 137`,
  },
];

const collapsed = (lines: string[]) => lines.join(' ');

const joinedRows: Row[] = [
  {
    source: "docker/compose cmd/formatter/logs.go's `name | ` prefix, a chat export's one line: container_name's api, Flask at 5000",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'joined-logs-container-name-flask',
    text: collapsed([
      '$ docker compose logs',
      "shop-api | * Serving Flask app 'app'",
      'shop-api | * Running on all addresses (0.0.0.0)',
      'shop-api | * Running on http://127.0.0.1:5000',
      'shop-api | Press CTRL+C to quit',
    ]),
  },
  {
    source: "v1's compose/cli/log_printer.py padding kept, two containers of their own names (nginx-proxy, docker-gen) on one line",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'joined-logs-v1-padded-two-names',
    text: collapsed([
      'nginx-proxy      | forego     | starting dockergen.1 on port 5000',
      'docker-gen       | 2024/05/01 10:00:00 Generated /etc/nginx/conf.d/default.conf',
      'nginx-proxy      | forego     | starting nginx.1 on port 5100',
      'docker-gen       | 2024/05/01 10:00:01 Watching docker events',
      'nginx-proxy      | nginx.1    | 2024/05/01 10:00:01 [notice] 1#1: start worker processes',
      'docker-gen       | 2024/05/01 10:00:02 Contents of /etc/nginx/conf.d/default.conf did not change',
    ]),
  },
  {
    source: 'the same joined lines at reach:listening: the app on every address at 5000 is the app port (as before)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'joined-logs-reach-app-port',
    text: collapsed([
      "shop-api | * Serving Flask app 'app'",
      'shop-api | * Running on all addresses (0.0.0.0)',
      'shop-api | * Running on http://172.18.0.2:5000',
      'shop-api | Press CTRL+C to quit',
    ]),
  },
  {
    source: "a Markdown table row whose cells repeat (a course's checklist): a table, not Compose's log",
    check: 'compose',
    want: 'not ok',
    id: 'guard-markdown-row-repeated-cells',
    text: '| web | web | web | web |',
  },
  {
    source: "a shell pipeline with the same word before each pipe (`grep x | grep x | …`): two of them, no log's prefix thrice",
    check: 'compose',
    want: 'not ok',
    id: 'guard-pipeline-words',
    text: '$ docker compose logs | grep web | grep web | wc -l\n0',
  },
];

const families: [string, Row[]][] = [
  ["compose-go's consistency check refusing the file", consistencyRows],
  ["the daemon's json-file (and fluentd) log entries, whole or cut", jsonFileRows],
  ['docker without the Compose plugin beside a standalone docker-compose', standaloneRows],
  ["Compose's `has been recreated` beside the replaced container's exit", recreatedRows],
  ["Compose's log lines joined onto one line", joinedRows],
];

describe.each(families)('cw112 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
