/*
 * cw199 (stop 59): holdout172 and holdout103's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - a report's line, the command in a code span and what it did after a colon, comma or semicolon (ASCII or full-width), quoting
 *   the error the command printed: the command, then the sentence as its output, as with a space after the code span;
 * - macOS zsh's prompt (`%n@%m %1~ %# `) in a folder whose name has spaces, before a docker command;
 * - nginx's error-log line for a request it answered (`, client: …, server: …, request: "…"`) from Docker's gateway.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const cannotConnect = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
const composePs = [
  'NAME              IMAGE          COMMAND                  SERVICE   CREATED         STATUS         PORTS',
  'dash-app-web-1    dash-app-web   "python app.py"          web       5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp',
  'dash-app-proxy-1  nginx:alpine   "/docker-entrypoint.…"   proxy     5 seconds ago   Up 4 seconds   0.0.0.0:80->80/tcp',
  'dash-app-db-1     postgres:16    "docker-entrypoint.s…"   db        5 seconds ago   Up 4 seconds   5432/tcp',
];

const reportRows: Row[] = [
  {
    source:
      "moby client/errors.go ErrorConnectionFailed (`Cannot connect to the Docker daemon at %s. Is the docker daemon running?`) after a report's `: `",
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'ascii-colon-cannot-connect',
    text: `- \`docker compose up -d\`: failed, the error was \`${cannotConnect}\``,
  },
  {
    source:
      "docker/compose pkg/compose/images.go getImageSummaries (`unable to get image '%s': %w`) wrapping the client's refusal, after a full-width colon",
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'fullwidth-colon-unable-to-get-image',
    text: [
      '- `docker compose config --services`：通过',
      `- \`docker compose up --build -d\`：未完成；原始错误为 \`unable to get image 'postgres:16': ${cannotConnect}\`。`,
    ].join('\n'),
  },
  {
    source:
      'moby daemon/libnetwork portallocator (`Bind for %s:%d failed: port is already allocated`) under docker/cli run.go reportError, after a full-width comma',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'fullwidth-comma-port-allocated',
    text:
      '- `docker run -d --name dash-app -p 8050:8050 dash-app`，失败：`docker: Error response from daemon: driver failed programming external ' +
      'connectivity on endpoint dash-app (3f2a1b): Bind for 0.0.0.0:8050 failed: port is already allocated.`',
  },
  {
    source: 'the same refusal at another check (reach:port-free): the host port taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'fullwidth-comma-port-allocated-port-free',
    text:
      '- `docker run -d --name dash-app -p 8050:8050 dash-app`; error: `docker: Error response from daemon: driver failed programming external ' +
      'connectivity on endpoint dash-app (3f2a1b): Bind for 0.0.0.0:8050 failed: port is already allocated.`',
  },
  {
    source: "a report's `：成功` (succeeded) after the command, then Compose v2's ps table with the three services up",
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-fullwidth-colon-success-then-ps',
    text: ['1. `docker compose up -d`：成功', '2. `docker compose ps`：', ...composePs].join('\n'),
  },
  {
    source: "a report's `: done, no errors.` after the command, then the same table",
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-ascii-colon-done-then-ps',
    text: ['- `docker compose up -d`: done, no errors.', '- `docker compose ps`:', ...composePs].join('\n'),
  },
  {
    source: 'the same table, its run at another check: no container named dash-app (the lesson 3 container)',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-ascii-colon-done-then-ps-at-run',
    text: ['- `docker compose up -d`: done, no errors.', '- `docker compose ps`:', ...composePs].join('\n'),
  },
];

const runId = '3f1c2b9d8e7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e';
const zshRows: Row[] = [
  {
    source: 'macOS /etc/zshrc PS1 `%n@%m %1~ %# ` in a folder named with a space (zsh %1~ keeps it), a detached run without -p',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'zsh-folder-with-space-run-no-p',
    text: [
      `anna@Annas-MacBook-Air Docker Kurs % docker run -d --name dash-app dash-app`,
      runId,
      'anna@Annas-MacBook-Air Docker Kurs % ',
    ].join('\n'),
  },
  {
    source: 'the same prompt, three words of folder, a run whose -p leads 8050 to 80: the same run at reach:published',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'zsh-folder-three-words-run-8050-80',
    text: ['anna@Annas-MacBook-Air my dash app % docker run -d --name dash-app -p 8050:80 dash-app', runId].join('\n'),
  },
  {
    source: 'the one-word folder prompt (read before) keeps its reading',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-zsh-one-word-folder',
    text: ['anna@Annas-MacBook-Air dash-app % docker run -d --name dash-app dash-app', runId].join('\n'),
  },
  {
    source: 'the same prompt before a command that is not docker (ls): no docker command read',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-zsh-folder-with-space-ls',
    text: ['anna@Annas-MacBook-Air Docker Kurs % ls', 'app.py  Dockerfile  requirements.txt'].join('\n'),
  },
];

const nginxRun = '$ docker run --name web -p 8080:80 nginx:alpine';
const nginxRows: Row[] = [
  {
    source:
      'nginx src/http/ngx_http_request.c ngx_http_log_error_handler (`, client: %V`, `, server: %V`, `, request: "%V"`) from Docker\'s gateway under an attached run',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'nginx-error-client-gateway-8080-80',
    text: [
      nginxRun,
      '2024/05/02 10:11:12 [error] 29#29: *3 open() "/usr/share/nginx/html/app" failed (2: No such file or directory), client: 172.17.0.1, server: localhost, request: "GET /app HTTP/1.1", host: "localhost:8080"',
    ].join('\n'),
  },
  {
    source: 'the same form naming an upstream: a proxy that could not reach its app, not the answer of the app behind the forward',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-nginx-error-upstream-refused',
    text: [
      nginxRun,
      '2024/05/02 10:11:12 [error] 29#29: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 172.17.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8050/", host: "localhost:8080"',
    ].join('\n'),
  },
  {
    source: 'the same form from a loopback client (a request made inside the container): nothing came through Docker',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-nginx-error-loopback-client',
    text: [
      nginxRun,
      '2024/05/02 10:11:12 [error] 29#29: *3 open() "/usr/share/nginx/html/app" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: "GET /app HTTP/1.1", host: "localhost"',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["nginx's error-log line for a request it answered, from Docker's gateway", nginxRows],
  ["macOS zsh's prompt in a folder whose name has spaces", zshRows],
  ["a report's command in a code span, then what it did after a colon or comma", reportRows],
];

describe.each(families)('cw199 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
