/*
 * Stop 53 (the lead's): the false oks of holdout146 and 147's first runs, each fixed by its class. Every row is a short paste on the
 * real layouts (docker/cli's ps table: cli/command/formatter/container.go; network ls: formatter/network.go; docker version's
 * Server part; run's `docker: ` prefix: cli/command/container/run.go reportError), never a holdout paste. Rows whose id starts
 * "guard" are near shapes that must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string, string?]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');
const head = 'CONTAINER ID   IMAGE     COMMAND                  CREATED       STATUS       PORTS                  NAMES';
const row = '3f2a1b9c8d7e   nginx     "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:8080->80/tcp   web_server';
const listed = (...after: string[]) => lines('$ docker ps', head, row, ...after);

// Rows the poster left out, by a mark on a line of its own (parse-table.ts elision): the listing is not whole.
const marks = ['(..snip..)', '[...]', '<snip>', '(snip)', '-- snip --', '（省略）', '(略)', '(생략)', '[truncated]', '(omitted)', '…'];
const elided: Row[] = [
  ...marks.map((mark): Row => ({
    check: 'reach:port-free',
    want: ['partial', 'shows-part', 'cut'],
    id: `mark ${mark}`,
    text: listed(mark),
  })),
  {
    check: 'reach:port-free',
    want: ['partial', 'shows-part', 'cut'],
    id: 'mark-between-rows',
    text: lines('$ docker ps', head, row, '(..snip..)', row.replace('3f2a1b9c8d7e', '9b8c7d6e5f4a').replace('web_server', 'cache')),
  },
  { check: 'reach:port-free', want: ['ok', 'healthy'], id: 'guard-whole', text: listed() },
  // A sentence under the listing that says a word of the marks is prose, not a mark (a line of its own only).
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-sentence-after',
    text: listed('', 'I omitted nothing, this is all docker ps printed.'),
  },
  // A container whose name is a mark's word keeps its row (the mark is a line of its own).
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-name-snip',
    text: lines('$ docker ps', head, row.replace('web_server', 'snip')),
  },
];

const netHead = 'NETWORK ID     NAME              DRIVER    SCOPE';
const netLs = (...rows: string[]) =>
  lines(
    '$ docker network ls',
    netHead,
    'a6305b2917ab   bridge            bridge    local',
    'e148dbfb9c3c   host              host      local',
    ...rows,
  );
const networkRows: Row[] = [
  { check: 'networks', want: ['partial', 'shows-part', 'cut'], id: 'ls-snip', text: netLs('(..snip..)') },
  { check: 'networks', want: ['partial', 'shows-part', 'cut'], id: 'ls-dots', text: netLs('...') },
  {
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-ls-whole',
    text: netLs('b854949eb1cb   none              null      local'),
  },
  // An ls cut earlier, then a whole one after a down: the later ls stands (cw113).
  {
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-cut-then-whole',
    text: lines(netLs('...'), '$ docker network ls', netHead, 'a6305b2917ab   bridge            bridge    local'),
  },
];

// A header of the default's columns with some in the middle taken out, NAMES kept (CONVENTIONS §1, stop 53).
const trimmedRows: Row[] = [
  {
    check: 'reach:port-free',
    want: ['partial', 'shows-part', 'cut'],
    id: 'header-without-command-created',
    text: lines(
      '$ docker ps',
      'CONTAINER ID   IMAGE     STATUS       PORTS                  NAMES',
      '3f2a1b9c8d7e   nginx     Up 2 hours   0.0.0.0:8080->80/tcp   web_server',
    ),
  },
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-format-asked',
    text: lines(
      '$ docker ps --format "table {{.ID}}\\t{{.Image}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}"',
      'CONTAINER ID   IMAGE     STATUS       PORTS                  NAMES',
      '3f2a1b9c8d7e   nginx     Up 2 hours   0.0.0.0:8080->80/tcp   web_server',
    ),
  },
];

const server = [
  'Server:',
  ' Version:      17.06.0-ce',
  ' API version:  1.30 (minimum version 1.12)',
  ' Go version:   go1.8.3',
  ' Git commit:   02c1d87',
  ' OS/Arch:      linux/amd64',
];
const version = ['$ docker version', 'Client:', ' Version:      17.06.0-ce', ' API version:  1.30', '', ...server];
const endpoint =
  'docker: Error response from daemon: failed to create endpoint db on network bridge: failed to add the host (veth1) <=> sandbox (veth2) pair interfaces: operation not supported.';
const daemonRows: Row[] = [
  {
    check: 'install',
    want: ['partial', 'shows-part', 'daemon-error'],
    id: 'run-error-told-before-version',
    text: lines(
      'Every container fails to start:',
      endpoint,
      '',
      'Steps:',
      '$ docker run -d --name db postgres',
      'Same for any image.',
      ...version,
    ),
  },
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-run-made-it-after',
    text: lines(endpoint, '', '$ docker run -d --name db postgres', 'a'.repeat(64), ...version),
  },
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-lookup-only',
    text: lines('docker: Error response from daemon: No such image: postgres:9.6.', ...version),
  },
];

// hello-world's greeting quoted in a code span (one or two backticks), as a guide's "if this message appears": text, no output.
const greeting = ['Hello from Docker!', 'This message shows that your installation appears to be working correctly.'];
const greetingRows: Row[] = [
  {
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'greeting-in-code-span',
    text: lines(
      'To check the install, run',
      '',
      '`docker run hello-world`',
      '',
      'If this message appears:',
      '',
      '`' + greeting[0],
      greeting[1] + '`',
      '',
      'your install is sound.',
    ),
  },
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-greeting-fenced',
    text: lines('$ docker run hello-world', '```', ...greeting, '```'),
  },
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-greeting-fence-glued',
    text: lines('$ docker run hello-world', '```' + greeting[0], greeting[1] + '```'),
  },
];

// A traceback under a web app's error for one request (uvicorn's `Exception in ASGI application`, Flask's `Exception on / [GET]`,
// gunicorn's `Error handling request`): the request's, answered 500, the server lives on; the server's own last words after it, or a
// traceback after a line of its own, still end it.
const frames = [
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 409, in run_asgi',
  '    result = await app(',
  "TypeError: __call__() missing 2 required positional arguments: 'receive' and 'send'",
];
const uvicorn = 'INFO:     Uvicorn running on http://0.0.0.0:80 (Press CTRL+C to quit)';
const runLine = '$ docker run --rm -p 80:80 --name api api';
const requestRows: Row[] = [
  {
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'asgi-request-error-then-500',
    text: lines(
      runLine,
      uvicorn,
      'ERROR:    Exception in ASGI application',
      ...frames,
      'INFO:     172.17.0.1:35496 - "GET / HTTP/1.1" 500',
    ),
  },
  {
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-traceback-alone',
    text: lines(runLine, uvicorn, ...frames),
  },
  {
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-request-error-then-own-traceback',
    text: lines(
      runLine,
      uvicorn,
      'ERROR:    Exception in ASGI application',
      ...frames,
      'INFO:     172.17.0.1:35496 - "GET / HTTP/1.1" 500',
      ...frames,
    ),
  },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-request-error-then-master-down',
    text: lines(
      '$ docker logs dash-app',
      '[2024-05-01 10:00:00 +0000] [7] [ERROR] Error handling request /',
      ...frames,
      '[2024-05-01 10:00:01 +0000] [1] [ERROR] Shutting down: Master',
      '[2024-05-01 10:00:01 +0000] [1] [ERROR] Reason: Worker failed to boot.',
    ),
  },
];

const families: [string, Row[]][] = [
  ['rows left out by a mark of their own', elided],
  ['a docker network ls with rows left out', networkRows],
  ['a docker ps header trimmed by hand', trimmedRows],
  ["a run's daemon error without its command line", daemonRows],
  ["hello-world's greeting quoted in a code span", greetingRows],
  ["a traceback under a web app's error for one request", requestRows],
];

describe.each(families)('stop 53 %s', (_, rows) => {
  it.each(rows)('$id at $check', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id, d.details.variant].slice(0, want.length)).toEqual(want);
  });
});
