/*
 * cw195 (stop 59): holdout188's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - a CRLF script under a shell that prints the carriage return raw (BusyBox ash, dash, bash before $'…' quoting): the terminal shows
 *   the message over the start of its own prefix (`: not found line 2:`) → the container found no program to run;
 * - Compose's own exit line for the one service whose lines the paste shows, at "Does the app listen?" → it stopped there;
 * - Node's uncaught exception and the package runner's summary of the failed script (yarn 1, npm) after Compose started the
 *   service → that service is not running;
 * - runc's user lookup refused (`unable to find user x: no matching entries in passwd file`) under the daemon's words → the
 *   container never started (not under `docker exec -u`);
 * - docker ps' header without PORTS and NAMES (`CONTAINER ID  IMAGE  CREATED  STATUS`) over rows by ID: read, marked cut;
 * - an inspect command wrapped by a mail reader (and GitHub's `***@***.***` mask of its prompt), or a template with a newline in
 *   its quote: read through its template.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const crlfRows: Row[] = [
  {
    source: 'BusyBox shell/ash.c ash_vmsg "%s: line %d: " + shellexec "%s: %s" (not found), the \\r of a CRLF line printed raw',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'ash-crlf-not-found',
    text: [
      '$ docker run --rm -p 8050:8050 dash-app',
      ': not found line 2:',
      ': not found line 5:',
      './entrypoint.sh: line 19: syntax error: unexpected word (expecting "do")',
    ].join('\n'),
  },
  {
    source: 'dash src/error.c exvwarning2 "%s: %d: " + src/exec.c "%s: %s" (not found): `./start.sh: 3: \\r: not found` on a terminal',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'dash-crlf-not-found',
    text: [
      '$ docker logs dash-app',
      ': not found 3:',
      ': not found 7:',
      './start.sh: 12: Syntax error: word unexpected (expecting "in")',
    ].join('\n'),
  },
  {
    source: 'bash 4.1 execute_cmd.c "%s: command not found" (no $\'…\' quoting yet): a longer script name, its tail left',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'bash41-crlf-command-not-found',
    text: ['$ docker logs dash-app', ': command not foundsh: line 2:', ': command not foundsh: line 4:'].join('\n'),
  },
  {
    source: 'the words retold in a sentence (no line of the shell): the run line answers as before',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-crlf-words-in-sentence',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                    NAMES',
      'a1b2c3d4e5f6   dash-app   "python app.py"   5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp   dash-app',
      'Earlier it printed ": not found line 2:" until I saved the script with LF.',
    ].join('\n'),
  },
];

const exitRows: Row[] = [
  {
    source: "docker/compose pkg/compose/printer.go Run: `exited with code %d` (+ ` (restarting)`), Spring Boot's FailureAnalyzer banner",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'compose-v2-exit-restarting-spring',
    text: [
      'api-1  | ***************************',
      'api-1  | APPLICATION FAILED TO START',
      'api-1  | ***************************',
      'api-1  | Description:',
      "api-1  | Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.",
      'api-1 exited with code 1 (restarting)',
    ].join('\n'),
  },
  {
    source: 'Compose v1 compose/cli/log_printer.py "%s exited with code %s" after a cobra program\'s `Error: …` (its Execute prints it)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'compose-v1-exit-cobra-error',
    text: [
      'Attaching to files_app_1',
      'app_1  | 2024/03/02 10:00:01 Using config file: /config/settings.json',
      'app_1  | Error: open /srv/app.db: permission denied',
      'files_app_1 exited with code 1',
    ].join('\n'),
  },
  {
    source: "a stop by hand: Compose's `Gracefully stopping...` and the SIGTERM's 143 — no crash",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-compose-exit-143-stopped',
    text: [
      'api-1  | 2024-03-02 10:00:01 INFO Started Application in 3.2 seconds',
      'Gracefully stopping... (press Ctrl+C again to force)',
      'api-1 exited with code 143',
    ].join('\n'),
  },
  {
    source: "code 0: the service's job done, no failure",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-compose-exit-0',
    text: ['migrate-1  | Applying migrations... done', 'migrate-1 exited with code 0'].join('\n'),
  },
];

const nodeRows: Row[] = [
  {
    source:
      'node src/node_errors.cc (uncaught exception: source line, `^`, err.stack) + yarn 1 src/util/child.js `Command failed.` / `Exit code: 1`',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-node-cannot-find-module-yarn',
    text: [
      'Starting shop_web_1 ... done',
      'Attaching to shop_web_1',
      'web_1  | yarn run v1.22.19',
      'web_1  | $ node server.js',
      'web_1  | internal/modules/cjs/loader.js:905',
      'web_1  |   throw err;',
      'web_1  |   ^',
      "web_1  | Error: Cannot find module 'express'",
      'web_1  |     at Function.Module._resolveFilename (internal/modules/cjs/loader.js:902:15)',
      'web_1  |     at Function.Module._load (internal/modules/cjs/loader.js:746:27)',
      'web_1  | error An unexpected error occurred: "Command failed.',
      'web_1  | Exit code: 1',
      'web_1  | Command: node',
      'web_1  | Arguments: server.js',
    ].join('\n'),
  },
  {
    source: "npm 6 lib/utils/error-handler.js's `npm ERR!` summary of a failed start script, under Compose v2's progress and prefix",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v2-npm-err-start-failed',
    text: [
      ' ✔ Container shop-web-1  Started',
      'web-1  | > shop@1.0.0 start /app',
      'web-1  | > node index.js',
      'web-1  | npm ERR! code ELIFECYCLE',
      'web-1  | npm ERR! errno 1',
      'web-1  | npm ERR! shop@1.0.0 start: `node index.js`',
      'web-1  | npm ERR! Exit status 1',
    ].join('\n'),
  },
  {
    source: "a request's stack trace, then the server's own line after it: it lived on (the project's name answers, as before)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-v1-node-stack-then-listening',
    text: [
      'Starting shop_web_1 ... done',
      'Attaching to shop_web_1',
      "web_1  | TypeError: Cannot read properties of undefined (reading 'id')",
      'web_1  |     at /app/routes/user.js:14:22',
      'web_1  |     at Layer.handle (/app/node_modules/express/lib/router/layer.js:95:5)',
      'web_1  | GET /user 500 12.345 ms - 148',
      'web_1  | GET / 200 3.120 ms - 512',
    ].join('\n'),
  },
];

const userRows: Row[] = [
  {
    source: "runc libcontainer/user/user.go GetExecUser `unable to find user %s: %v` (ErrNoPasswdEntries), in the daemon's words",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'run-unable-to-find-user',
    text: [
      '$ docker run -d -p 8050:8050 --name dash-app dash-app',
      'docker: Error response from daemon: unable to find user app: no matching entries in passwd file.',
    ].join('\n'),
  },
  {
    source: 'the same for a group (`unable to find group %s: %v`, ErrNoGroupEntries), at docker start',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'start-unable-to-find-group',
    text: [
      '$ docker start dash-app',
      'Error response from daemon: unable to find group web: no matching entries in group file',
      'Error: failed to start containers: dash-app',
    ].join('\n'),
  },
  {
    source: 'moby daemon/exec.go: `docker exec -u` into the running container, refused there: the container runs',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'guard-exec-user-refused',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                    NAMES',
      '3f1e2d4c5b6a   dash-app   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app',
      '$ docker exec -u bob dash-app sh',
      'Error response from daemon: unable to find user bob: no matching entries in passwd file',
    ].join('\n'),
  },
];

const tableRows: Row[] = [
  {
    source:
      "docker/cli formatter/container.go's header map through `--format 'table {{.ID}}\\t{{.Image}}\\t{{.Status}}'`: the lesson's image",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'id-image-status-table-exited',
    text: [
      "$ docker ps -a --format 'table {{.ID}}\\t{{.Image}}\\t{{.Status}}'",
      'CONTAINER ID   IMAGE      STATUS',
      'a1b2c3d4e5f6   dash-app   Exited (1) 2 minutes ago',
    ].join('\n'),
  },
  {
    source: "a course's `docker container ls -a` with COMMAND's cells left as `...`, PORTS and NAMES out; the ID a later inspect names",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'trimmed-ls-inspect-named-row',
    text: [
      '$ docker container ls -a',
      'CONTAINER ID   IMAGE             CREATED          STATUS',
      '9f8e7d6c5b4a   myorg/worker:1  ...  10 seconds ago   Exited (2) 9 seconds ago',
      '$ docker container inspect 9f8e7d6c5b4a --format "{{.State.ExitCode}}"',
      '2',
    ].join('\n'),
  },
  {
    source: 'the same header, every row Up, no command naming one: the ports and names are not shown, never ok',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-trimmed-ls-all-up',
    text: [
      '$ docker container ls',
      'CONTAINER ID   IMAGE          CREATED         STATUS',
      '1a2b3c4d5e6f   redis:7        2 hours ago     Up 2 hours',
      '6f5e4d3c2b1a   postgres:16    2 hours ago     Up 2 hours',
    ].join('\n'),
  },
];

const inspectRows: Row[] = [
  {
    source:
      "GitHub's e-mail reply (72 columns, the prompt's user@host masked `***@***.***`): docker/cli inspect RequiresMinArgs(1), one object",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'mail-wrapped-inspect-template',
    text: [
      ' ***@***.***:/srv/app# docker inspect',
      "dash-app --format '{{.RestartCount}}",
      '{{.State.Status}} {{.State.ExitCode}} started={{.State.StartedAt}}',
      "finished={{.State.FinishedAt}}'",
      '0 exited 1 started=2024-05-01T10:14:47.560735904Z',
      'finished=2024-05-01T10:14:48.676578441Z',
    ].join('\n'),
  },
  {
    source: "a template with a newline inside its quote (POSIX 2.2.2), printed there: TemplateInspector.Inspect's one run per object",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'multiline-inspect-template',
    text: ["$ docker inspect dash-app --format '{{.State.Status}}", "{{.State.ExitCode}}'", 'exited', '3'].join('\n'),
  },
  {
    source: '`docker inspect` alone refused by docker/cli (`"docker inspect" requires at least 1 argument.`): nothing read',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-inspect-no-argument',
    text: ['$ docker inspect', '"docker inspect" requires at least 1 argument.', "See 'docker inspect --help'."].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a CRLF script's lines under a shell that prints \\r raw", crlfRows],
  ["Compose's exit line for the one service shown, at reach:listening", exitRows],
  ["Node's uncaught exception and the package runner's failure after Compose started it", nodeRows],
  ["runc's user lookup refused", userRows],
  ["docker ps' header without PORTS and NAMES", tableRows],
  ['an inspect command wrapped or with a newline in its template', inspectRows],
];

describe.each(families)('cw195 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
