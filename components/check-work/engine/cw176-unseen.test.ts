/*
 * cw176 (stop 57): holdout170's misses (reverse proxies in front of an app), by class, each row a short paste on a real program's
 * format (`source` names it), never a holdout paste:
 * - Apache httpd 2.2's mod_proxy lines, led by `proxy: ` before log numbers existed, at loopback (the proxy's own container) or at a
 *   peer;
 * - a proxy that dialled the unspecified address (0.0.0.0, [::]): its own container, unless the paste's services share the host's
 *   network;
 * - HAProxy's Layer4 check status without a server's name;
 * - a stopped service whose own last lines are its server's bind refused on a port in use, at compose;
 * - nginx's [emerg] under forego's prefix inside the container's log, at reach;
 * - a docker inspect's State.Error beside its exited Status, at "Is it running?".
 * Rows whose id starts "guard" must keep their answer (or, where rule 7 asks, must not become ok).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string?]; id: string; text: string };

const apache22: Row[] = [
  {
    source:
      'httpd 2.2 modules/proxy/proxy_util.c ap_proxy_connect_backend "proxy: %s: attempt to connect to %pI (%s) failed" after apr\'s (111), under Compose\'s prefix, another port',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'httpd22-loopback-compose-prefix',
    text: [
      'proxy-1  | [Tue Mar 04 10:12:01 2025] [error] (111)Connection refused: proxy: HTTP: attempt to connect to 127.0.0.1:8050 (localhost) failed',
      'proxy-1  | [Tue Mar 04 10:12:01 2025] [error] ap_proxy_connect_backend disabling worker for (localhost)',
    ].join('\n'),
  },
  {
    source: 'httpd 2.2 proxy_util.c, the same line at the IPv6 loopback, at compose',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'httpd22-loopback-v6-compose',
    text: '[Tue Mar 04 10:12:01 2025] [error] (111)Connection refused: proxy: HTTP: attempt to connect to [::1]:8050 (localhost) failed',
  },
  {
    source: "httpd 2.2 proxy_util.c at a peer container's address (the service name in parentheses): the peer refused",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'httpd22-peer-refused',
    text: '[Tue Mar 04 10:12:01 2025] [error] (111)Connection refused: proxy: HTTP: attempt to connect to 172.18.0.3:8050 (web) failed',
  },
  {
    source: 'httpd 2.2 modules/proxy/mod_proxy_http.c "proxy: HTTP: failed to make connection to backend: %s"',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'httpd22-backend-failed',
    text: '[Tue Mar 04 10:12:01 2025] [error] proxy: HTTP: failed to make connection to backend: web',
  },
  {
    source: "guard: httpd 2.4 AH00957 at a peer (cw27) stays the peer's refusal",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-httpd24-ah00957-peer',
    text: '[proxy_http:error] [pid 8:tid 140] (111)Connection refused: AH00957: http: attempt to connect to 172.18.0.3:8050 (web:8050) failed',
  },
  {
    source: 'guard: the words "proxy: HTTP:" in a sentence with no address are no refusal read',
    check: 'networks',
    want: ['unreadable'],
    id: 'guard-httpd22-prose',
    text: 'The docs say apache logs something like proxy: HTTP: when it cannot connect, but I see nothing.',
  },
];

const unspecified: Row[] = [
  {
    source:
      "Go net/dial.go Dial (\"0.0.0.0:80\" … the local system is assumed): Traefik's `'502 Bad Gateway' caused by: dial tcp 0.0.0.0:8050: connect: connection refused`",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'traefik-dial-unspecified',
    text: `traefik-1  | time="2025-03-01T12:00:00Z" level=debug msg="'502 Bad Gateway' caused by: dial tcp 0.0.0.0:8050: connect: connection refused"`,
  },
  {
    source: "Caddy 2's reverse_proxy error log (JSON, logger http.log.error) under Compose's prefix, at compose",
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'caddy-dial-unspecified-compose',
    text: 'caddy-1  | {"level":"error","ts":1740830400.1,"logger":"http.log.error","msg":"dial tcp 0.0.0.0:8050: connect: connection refused","status":502}',
  },
  {
    source: "guard: the same dial at a peer container's address stays the peer's refusal",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-dial-peer',
    text: `traefik-1  | time="2025-03-01T12:00:00Z" level=debug msg="'502 Bad Gateway' caused by: dial tcp 172.18.0.3:8050: connect: connection refused"`,
  },
  {
    source:
      "guard: services that say they listen on 0.0.0.0 and a proxy sent to 0.0.0.0 (network_mode: host, where the address is the other service's): the peer refused",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-unspecified-shared-host-network',
    text: [
      'api-1    | INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      'proxy-1  | 2025/03/01 12:00:00 [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: , request: "GET / HTTP/1.1", upstream: "http://0.0.0.0:8001/", host: "localhost:9999"',
    ].join('\n'),
  },
];

const haproxy: Row[] = [
  {
    source: 'haproxy src/check.c check_statuses[HCHK_STATUS_L4CON] "Layer4 connection problem" with its info, as the stats page shows it',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'haproxy-l4con-colon',
    text: [
      '$ curl -i http://localhost:8080/',
      'HTTP/1.0 503 Service Unavailable',
      '',
      'stats page: web1 DOWN, Layer4 connection problem: Connection refused',
    ].join('\n'),
  },
  {
    source:
      'haproxy srv_append_status `reason: Layer4 connection problem, info: "Connection refused"` copied from its middle (no server name)',
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'haproxy-l4con-info',
    text: 'haproxy-1  | reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 0 active and 0 backup servers left.',
  },
  {
    source: 'guard: a Layer7 status (the app answered, with a wrong status) is no refusal',
    check: 'networks',
    want: ['unreadable'],
    id: 'guard-haproxy-layer7',
    text: 'haproxy-1  | reason: Layer7 wrong status, code: 404, info: "Not Found", check duration: 2ms.',
  },
];

const composeBind: Row[] = [
  {
    source:
      'httpd server/listen.c make_sock APLOGNO(00072) after apr\'s `(98)Address already in use: `, then Compose v2\'s "exited with code 1" (pkg/compose/printer.go)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'httpd-ah00072-v2-exited',
    text: [
      ' ✔ Container app-proxy-1  Created',
      'Attaching to proxy-1',
      'proxy-1  | (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80',
      'proxy-1  | (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80',
      'proxy-1  | no listening sockets available, shutting down',
      'proxy-1  | AH00015: Unable to open logs',
      'proxy-1 exited with code 1',
    ].join('\n'),
  },
  {
    source: "nginx src/core/ngx_connection.c ngx_open_listening_sockets `bind() to %V failed (%d: %s)`, then Compose v1's exit line",
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'nginx-bind-v1-exited',
    text: [
      'web_1  | nginx: [emerg] bind() to 0.0.0.0:8050 failed (98: Address already in use)',
      'web_1  | nginx: [emerg] still could not bind()',
      'app_web_1 exited with code 1',
    ].join('\n'),
  },
  {
    source: "guard: httpd's bind refused by permission (13), not a port in use: the stopped service (CONVENTIONS cw89)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-httpd-permission-denied',
    text: [
      'proxy-1  | (13)Permission denied: AH00072: make_sock: could not bind to address 0.0.0.0:80',
      'proxy-1  | no listening sockets available, shutting down',
      'proxy-1 exited with code 1',
    ].join('\n'),
  },
  {
    source: 'guard: a bind refused long before its last lines (it then ran on and crashed on another error): the crash answers',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-bind-long-before',
    text: [
      'web-1  | nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)',
      'web-1  | 2025/03/01 12:00:01 [notice] 1#1: start worker processes',
      'web-1  | 2025/03/01 12:00:01 [notice] 1#1: start worker process 29',
      'web-1  | 2025/03/01 12:00:02 [notice] 1#1: signal 17 (SIGCHLD) received from 29',
      'web-1  | 2025/03/01 12:00:02 [alert] 1#1: worker process 29 exited on signal 11',
      'web-1  | 2025/03/01 12:00:03 [notice] 1#1: exiting',
      'web-1  | 2025/03/01 12:00:03 [crit] 1#1: segfault in worker',
      'web-1 exited with code 139',
    ].join('\n'),
  },
];

const forego: Row[] = [
  {
    source:
      "ddollar/forego outlet.go WriteLine (the padded `name.N | `) inside Compose's prefix, nginx src/core/nginx.c [emerg] (jwilder/nginx-proxy's Procfile)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'forego-emerg-running',
    text: 'proxy-1  | nginx.1     | 2025/03/01 12:00:00 [emerg] 12#12: unknown directive "sever" in /etc/nginx/conf.d/default.conf:3',
  },
  {
    source: 'forego\'s prefix alone (`docker logs` of an nginx-proxy container) with nginx\'s stderr form, at "Does the app listen?"',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'forego-emerg-listening',
    text: [
      '$ docker logs nginx-proxy',
      'nginx.1    | nginx: [emerg] invalid number of arguments in "proxy_pass" directive in /etc/nginx/conf.d/default.conf:20',
    ].join('\n'),
  },
  {
    source: "guard: forego's dockergen line (no [emerg]) is no crash",
    check: 'reach:running',
    want: ['unreadable'],
    id: 'guard-forego-dockergen',
    text: "proxy-1  | dockergen.1 | 2025/03/01 12:00:00 Generated '/etc/nginx/conf.d/default.conf' from 2 containers",
  },
];

const inspect = (status: string, error: string, more: string[] = []) =>
  [
    '$ docker inspect web',
    '[',
    '    {',
    '        "Id": "4f1c0a9b8e2d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b",',
    '        "State": {',
    `            "Status": "${status}",`,
    `            "Running": ${status === 'running'},`,
    '            "ExitCode": 1,',
    `            "Error": "${error}",`,
    '            "StartedAt": "2025-03-01T12:00:00Z"',
    '        },',
    ...more,
    '        "Name": "/web"',
    '    }',
    ']',
  ].join('\n');
const bindError =
  'driver failed programming external connectivity on endpoint web (3f2a): Bind for 0.0.0.0:8050 failed: port is already allocated';

const stateError: Row[] = [
  {
    source: 'moby container/state.go State.Error (daemon/start.go sets it on a failed start) beside "Status": "exited", a Linux bind error',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'inspect-exited-error-running',
    text: inspect('exited', bindError),
  },
  {
    source: 'guard: the same inspect at "Is port 8050 free?": the error\'s own answer stays',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-inspect-exited-error-port-free',
    text: inspect('exited', bindError),
  },
  {
    source:
      "guard: a created container (never started) keeps the error's answer at reach:running (CONVENTIONS: Created because a port is taken)",
    check: 'reach:running',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-inspect-created-error-running',
    text: inspect('created', bindError),
  },
  {
    source: 'guard (rule 7): the inspect cut before its Status, its Error line alone: the error stands, never ok',
    check: 'reach:running',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-inspect-cut-no-status',
    text: ['$ docker inspect web', '[', '    {', '        "State": {', `            "Error": "${bindError}",`].join('\n'),
  },
  {
    source: 'guard (rule 7): the exited inspect, then `docker start web` refused with the same error: the refusal stands, never ok',
    check: 'reach:running',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-inspect-then-start-refused',
    text: [
      inspect('exited', bindError),
      '$ docker start web',
      `Error response from daemon: ${bindError}`,
      'Error: failed to start containers: web',
    ].join('\n'),
  },
  {
    source: 'guard (rule 7): the exited inspect of another container, then a listing with dash-app not shown: never ok',
    check: 'reach:running',
    want: ['problem'],
    id: 'guard-inspect-other-then-listing',
    text: [
      inspect('exited', bindError),
      '$ docker ps',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                  NAMES',
      'a1b2c3d4e5f6   redis:7        "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes   6379/tcp               cache',
    ].join('\n'),
  },
  {
    source: "guard (rule 7): the State's words quoted in a sentence, no inspect: never ok",
    check: 'reach:running',
    want: ['problem'],
    id: 'guard-inspect-words-in-prose',
    text: `My container shows "Status": "exited" and "Error": "${bindError}" when I inspect it.`,
  },
];

const families: [string, Row[]][] = [
  ["Apache httpd 2.2's mod_proxy lines", apache22],
  ['a proxy that dialled the unspecified address', unspecified],
  ["HAProxy's Layer4 status without a server's name", haproxy],
  ["a stopped service's own bind refused on a port in use, at compose", composeBind],
  ["nginx's [emerg] under forego's prefix, at reach", forego],
  ["a docker inspect's State.Error beside its exited Status", stateError],
];

describe.each(families)('cw176 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect(d.kind).not.toBe('ok');
    expect(want[1] ? [d.kind, d.id] : [d.kind]).toEqual(want[1] ? want : [want[0]]);
  });
});
