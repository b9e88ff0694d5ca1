/*
 * cw202 (stop 60): holdout104 and holdout105's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - nginx for Windows' bind() refused with a Windows socket error (10013 WSAEACCES, 10048 WSAEADDRINUSE), its words in any language
 *   → the port is taken;
 * - s6-overlay v1/v2's init script that exited non-zero, then its stage 3 (`[cont-finish.d]`, `[s6-finish]`) → the container stopped.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const nginxWin = (port: number, reason: string) =>
  [
    'C:\\nginx-1.24.0> start nginx',
    'C:\\nginx-1.24.0> type logs\\error.log',
    `2024/03/02 10:11:12 [emerg] 5120#6044: bind() to 0.0.0.0:${port} failed (${reason})`,
  ].join('\n');

const nginxRows: Row[] = [
  {
    source: 'nginx src/os/win32/ngx_errno.c ngx_strerror (FormatMessage, English first): WSAEACCES 10013 at the lesson port',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'nginx-win-10013-8050',
    text: nginxWin(8050, '10013: An attempt was made to access a socket in a way forbidden by its access permissions'),
  },
  {
    source: "the same, WSAEADDRINUSE 10048 in German (FormatMessage's fallback to the system's language)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'nginx-win-10048-german',
    text: nginxWin(
      8050,
      '10048: Normalerweise darf jede Socketadresse (Protokoll, Netzwerkadresse oder Anschluss) nur jeweils einmal verwendet werden',
    ),
  },
  {
    source: 'the same, WSAEACCES 10013 in Chinese, at run (the server beside the container)',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'nginx-win-10013-chinese-run',
    text: nginxWin(8050, '10013: 以一种访问权限不允许的方式做了一个访问套接字的尝试'),
  },
  {
    source: "nginx for Windows' connect() to an upstream refused (10061): a proxy's client error, no bind of this host",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-nginx-win-connect-10061',
    text: [
      'C:\\nginx-1.24.0> type logs\\error.log',
      '2024/03/02 10:11:12 [error] 5120#6044: *1 connect() failed (10061: No connection could be made because the target machine actively refused it) while connecting to upstream, client: 127.0.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8050/", host: "localhost"',
    ].join('\n'),
  },
];

const s6Start = [
  '[s6-init] making user provided files available at /var/run/s6/etc...exited 0.',
  '[s6-init] ensuring user provided files have correct perms...exited 0.',
  '[fix-attrs.d] applying ownership & permissions fixes...',
  '[fix-attrs.d] done.',
  '[cont-init.d] executing container initialization scripts...',
  '[cont-init.d] 10-adduser: executing... ',
  '[cont-init.d] 10-adduser: exited 0.',
  '[cont-init.d] 30-config: executing... ',
];
const s6Stage3 = [
  '[cont-finish.d] executing container finish scripts...',
  '[cont-finish.d] done.',
  '[s6-finish] waiting for services.',
  '[s6-finish] sending all processes the TERM signal.',
  '[s6-finish] sending all processes the KILL signal and exiting.',
];

const s6Rows: Row[] = [
  {
    source:
      "just-containers/s6-overlay v2 etc/s6/init/init-stage2 (`[cont-init.d] ${i}: exited ${?}.`, S6_BEHAVIOUR_IF_STAGE2_FAILS=2) then init-stage3's lines, under docker logs",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 's6-cont-init-exited-logs',
    text: [
      '$ docker logs dash-app',
      ...s6Start,
      "mkdir: cannot create directory '/config/www': Permission denied",
      '[cont-init.d] 30-config: exited 1.',
      ...s6Stage3,
    ].join('\n'),
  },
  {
    source: "the same under Compose v2's log prefix (cmd/formatter/logs.go), the script's last output on the exit's line",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 's6-cont-init-exited-compose',
    text: [
      '$ docker compose up',
      ...s6Start.map((l) => `web-1  | ${l}`),
      'web-1  | ::: Checking the configuration: [cont-init.d] 30-config: exited 2.',
      ...s6Stage3.map((l) => `web-1  | ${l}`),
      'web-1 exited with code 2',
    ].join('\n'),
  },
  {
    source: 'S6_BEHAVIOUR_IF_STAGE2_FAILS=0: the failed script, then `[services.d] starting services` and the app listening',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-s6-cont-init-failed-services-started',
    text: [
      '$ docker logs dash-app',
      ...s6Start,
      '[cont-init.d] 30-config: exited 1.',
      '[cont-init.d] done.',
      '[services.d] starting services',
      '[services.d] done.',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      ' * Serving Flask app "app"',
      ' * Running on all addresses (0.0.0.0)',
    ].join('\n'),
  },
  {
    source: "a `docker stop` after every script exited 0 and the services started: init-stage3's lines are a stop asked for",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-s6-stage3-after-stop',
    text: [
      '$ docker logs dash-app',
      ...s6Start,
      '[cont-init.d] 30-config: exited 0.',
      '[cont-init.d] done.',
      '[services.d] starting services',
      '[services.d] done.',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      ' * Serving Flask app "app"',
      ' * Running on all addresses (0.0.0.0)',
      ...s6Stage3,
    ].join('\n'),
  },
];

const echoRun = (publish: string, peer: string, end: string[]) =>
  [`$ docker run -p ${publish} -t echo-server`, 'Listening on port 5000', `Connected by ('${peer}', 40186)`, '', ...end].join('\n');
const interrupt = [
  '^CTraceback (most recent call last):',
  '  File "/app/server.py", line 14, in <module>',
  '    data = conn.recv(1024)',
  'KeyboardInterrupt',
];

const ctrlCRows: Row[] = [
  {
    source:
      "CPython's uncaught KeyboardInterrupt (Modules/signalmodule.c default SIGINT handler; Lib/traceback.py prints the bare name) after the terminal's ^C, under an attached run without --name: a stop asked for, the name answers",
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'keyboardinterrupt-attached-run',
    text: echoRun('8050:8050', '172.17.0.1', interrupt).replace('Listening on port 5000', 'Listening on port 8050'),
  },
  {
    source:
      "CPython Doc/library/socket.rst's echo server (`print('Connected by', addr)`): a peer from Docker's gateway through -p 8050:5000, then Ctrl+C",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'socket-example-peer-gateway',
    text: echoRun('8050:5000', '172.17.0.1', interrupt),
  },
  {
    source: 'the same server whose traceback ends in an error of its own (ConnectionResetError): a crash',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-traceback-connection-reset',
    text: echoRun('8050:8050', '172.17.0.1', [
      'Traceback (most recent call last):',
      '  File "/app/server.py", line 14, in <module>',
      '    data = conn.recv(1024)',
      'ConnectionResetError: [Errno 104] Connection reset by peer',
    ]),
  },
  {
    source: 'Ctrl+C during the handling of an error (CPython chains the tracebacks): the error still ends the program',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-keyboardinterrupt-then-error',
    text: echoRun('8050:8050', '172.17.0.1', [
      ...interrupt,
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/server.py", line 18, in <module>',
      '    conn.close()',
      "NameError: name 'conn' is not defined",
    ]),
  },
  {
    source: 'the peer at loopback (a client inside the container): nobody came through the forward',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-socket-example-peer-loopback',
    text: echoRun('8050:5000', '127.0.0.1', []).replace('Listening on port 5000\n', ''),
  },
];

const lookupThenRefused = (first: string, second: string) =>
  [
    '$ docker compose logs web',
    `web-1  | ${first}`,
    'web-1  |     at GetAddrInfoReqWrap.onlookup (node:dns:107:26)',
    `web-1  | ${second}`,
  ].join('\n');
const enotfound = 'Error: getaddrinfo ENOTFOUND db db:5432';
const econnrefused = 'Error: connect ECONNREFUSED 172.18.0.2:5432';

const laterRefusalRows: Row[] = [
  {
    source:
      "node lib/dns.js's `getaddrinfo ENOTFOUND db`, then net.Socket's `connect ECONNREFUSED 172.18.0.2:5432` at the same port, under Compose v2's prefix: the later state",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'node-lookup-then-refused',
    text: lookupThenRefused(enotfound, econnrefused),
  },
  {
    source: 'the other order (refused, then the lookup fails): the lookup is the later state (cw108)',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-node-refused-then-lookup',
    text: lookupThenRefused(econnrefused, enotfound),
  },
  {
    source: 'the refusal at another port (another peer): the failed lookup stays',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-node-lookup-then-refused-other-port',
    text: lookupThenRefused(enotfound, 'Error: connect ECONNREFUSED 172.18.0.3:6379'),
  },
];

const platform =
  "The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested";

const quotedWarningRows: Row[] = [
  {
    source: "moby daemon/create.go's platform warning copied whole between quotes on its own line, under the writer's sentence",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'platform-warning-quoted',
    text: ['I ran the image on my M1 Mac and this came up:', '', `"${platform}"`].join('\n'),
  },
  {
    source: "the same with docker/cli's `WARNING: ` and typographic quotes",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'platform-warning-curly-quoted',
    text: ['After docker run I get', `“WARNING: ${platform}”`].join('\n'),
  },
  {
    source: "the quoted warning, then docker version's Server part (docker/cli cli/command/system/version.go): the daemon answered",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-platform-warning-quoted-then-version',
    text: [
      `"${platform}"`,
      '$ docker version',
      'Client:',
      ' Version:           27.3.1',
      ' API version:       1.47',
      '',
      'Server: Docker Desktop 4.35.1 (173168)',
      ' Engine:',
      '  Version:          27.3.1',
      '  API version:      1.47 (minimum version 1.24)',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["nginx for Windows' bind() refused with a Windows socket error", nginxRows],
  ["s6-overlay's failed init script, then its stage 3", s6Rows],
  ["Ctrl+C's KeyboardInterrupt and a Python socket server's peer", ctrlCRows],
  ['a failed lookup, then the same client refused at its port', laterRefusalRows],
  ["the daemon's platform warning quoted whole", quotedWarningRows],
];

describe.each(families)('cw202 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
