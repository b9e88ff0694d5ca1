/*
 * cw27's sweep: what a program in one container prints when it cannot reach another service, from each project's source, in
 * the layout its log shows it (`docker compose logs`, `docker logs`, a shell in the container), at lesson 8's networks step
 * (proxy, web and db on frontend and backend) and, for an app's own errors, at lesson 7's compose step. `want` is an expert's
 * answer (a verdict and the diagnosis ids that say it, as in source-sweep.ts). peer-errors.test.ts asserts each.
 *
 * What a line shows, from the source: the peer's name did not resolve (`upstream-host-not-found`: the two services share no
 * network, one is not running, or the name is wrong), the peer refused (`upstream-connection-refused`: not started or not
 * listening yet), the target was localhost / 127.0.0.1 / ::1 inside the container (`compose-localhost-upstream`), or the
 * connection timed out. A timeout *while connecting* is read as the engine reads curl's `(28) … Connection timed out` at another
 * machine (README, holdout15's classes): nothing answers there, refused or dropped, so `upstream-connection-refused`; a timeout
 * after connecting (nginx's `while reading response header from upstream`) is the app's slowness, no connection error, and
 * is left. A status alone (an access log's 502, a 502 page) does not say which of the three it was: left, never an ok.
 */
import type { SweepCase } from './source-sweep';
import type { Check, DiagnosisId, VerdictKind } from './types';

type Want = [VerdictKind, ...DiagnosisId[]];
const notFound: Want = ['problem', 'upstream-host-not-found'];
const refused: Want = ['problem', 'upstream-connection-refused'];
const local: Want = ['problem', 'compose-localhost-upstream'];

/** A row at the networks step, and the same paste at the compose step where `compose` is given. */
const row = (source: string, want: Want, text: string, more: { compose?: Want; left?: string } = {}): SweepCase[] => {
  const at = (check: Check, w: Want): SweepCase => ({ source, check, want: w, text, ...(more.left && { left: more.left }) });
  return [at('networks', want), ...(more.compose ? [at('compose', more.compose)] : [])];
};

const ngx = '2025/03/01 12:00:00';

export const peerErrors: SweepCase[] = [
  // ── nginx (nginx/nginx src/event/ngx_event_connect.c ngx_event_connect_peer: ngx_log_error(…, "connect() failed"); the
  //    context " while connecting to upstream, client: …, upstream: "…"" from ngx_http_upstream.c ngx_http_upstream_log_error) ──
  ...row(
    'nginx src/event/ngx_event_connect.c ngx_event_connect_peer "connect() failed" (111), context from ngx_http_upstream_log_error',
    refused,
    `proxy-1  | ${ngx} [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost:8080"
proxy-1  | 172.18.0.1 - - [01/Mar/2025:12:00:00 +0000] "GET / HTTP/1.1" 502 157 "-" "Mozilla/5.0" "-"`,
  ),
  ...row(
    'nginx ngx_event_connect.c ngx_event_connect_peer "connect() failed" (111) at 127.0.0.1 (proxy_pass http://localhost:8050)',
    local,
    `${ngx} [error] 22#22: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8050/", host: "localhost:8080"`,
  ),
  ...row(
    'nginx ngx_event_connect.c "connect() failed" (99: Cannot assign requested address) at [::1] (localhost resolved to IPv6)',
    local,
    `${ngx} [error] 22#22: *3 connect() failed (99: Cannot assign requested address) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://[::1]:8050/", host: "localhost:8080"`,
  ),
  ...row(
    'nginx ngx_event_connect.c "connect() failed" (113: No route to host) (Host is unreachable in musl’s strerror)',
    refused,
    `${ngx} [error] 30#30: *7 connect() failed (113: No route to host) while connecting to upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost:8080"`,
  ),
  ...row(
    'nginx src/core/ngx_inet.c ngx_parse_inet_url "host not found" via ngx_http_upstream_add: [emerg] host not found in upstream',
    notFound,
    `proxy-1  | ${ngx} [emerg] 1#1: host not found in upstream "web:8050" in /etc/nginx/conf.d/default.conf:5
proxy-1  | nginx: [emerg] host not found in upstream "web:8050" in /etc/nginx/conf.d/default.conf:5
proxy-1 exited with code 1`,
  ),
  ...row(
    'nginx ngx_http_upstream.c ngx_http_upstream_init_request "no resolver defined to resolve %V" (proxy_pass with a variable)',
    notFound,
    `${ngx} [error] 29#29: *1 no resolver defined to resolve web, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", host: "localhost:8080"`,
  ),
  ...row(
    'nginx ngx_http_upstream.c ngx_http_upstream_resolve_handler "%V could not be resolved (%i: %s)" (resolver 127.0.0.11)',
    notFound,
    `${ngx} [error] 29#29: *1 web could not be resolved (3: Host not found), client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", host: "localhost:8080"`,
  ),
  ...row(
    'nginx ngx_http_upstream.c ngx_http_upstream_next NGX_HTTP_UPSTREAM_FT_TIMEOUT "upstream timed out" while connecting',
    refused,
    `${ngx} [error] 29#29: *5 upstream timed out (110: Connection timed out) while connecting to upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost:8080"`,
  ),
  ...row(
    'nginx ngx_http_upstream.c "upstream timed out" (musl: 110: Operation timed out) while reading response header',
    ['problem'],
    `${ngx} [error] 29#29: *9 upstream timed out (110: Operation timed out) while reading response header from upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost:8080"`,
    { left: 'connected: the app answered too slowly, no connection error' },
  ),
  ...row(
    'nginx ngx_http_upstream_round_robin.c ngx_http_upstream_get_round_robin_peer "no live upstreams" (every server failed before)',
    refused,
    `${ngx} [error] 29#29: *12 no live upstreams while connecting to upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://web/", host: "localhost:8080"`,
  ),
  ...row(
    'nginx access log (log_format main): a 502 alone, no error line',
    ['problem'],
    `proxy-1  | 172.18.0.1 - - [01/Mar/2025:12:00:00 +0000] "GET / HTTP/1.1" 502 559 "-" "Mozilla/5.0 (X11; Linux x86_64)" "-"`,
    { left: 'a status alone: refused, not found or timed out, the line does not say' },
  ),
  ...row(
    'nginx ngx_http_special_response.c ngx_http_error_502_page, as curl shows it',
    ['problem'],
    `$ curl -i localhost:8080
HTTP/1.1 502 Bad Gateway
Server: nginx/1.27.4
Content-Type: text/html
Content-Length: 157
Connection: keep-alive

<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.27.4</center>
</body>
</html>`,
    { left: 'the page alone: refused, not found or timed out, it does not say' },
  ),
  // ── Traefik (traefik/traefik v2 pkg/server/service/proxy.go errorHandler: log "'%d %s' caused by: %v"; v3
  //    pkg/proxy/httputil/proxy.go ErrorHandler: logger.Debug().Err(err).Msgf("%d %s", …)) ──
  ...row(
    'traefik v2 pkg/server/service/proxy.go "\'502 Bad Gateway\' caused by: dial tcp: lookup web on 127.0.0.11:53: no such host"',
    notFound,
    `traefik-1  | time="2025-03-01T12:00:00Z" level=debug msg="'502 Bad Gateway' caused by: dial tcp: lookup web on 127.0.0.11:53: no such host"`,
  ),
  ...row(
    'traefik v2 pkg/server/service/proxy.go "\'502 Bad Gateway\' caused by: dial tcp …: connect: connection refused"',
    refused,
    `traefik-1  | time="2025-03-01T12:00:00Z" level=debug msg="'502 Bad Gateway' caused by: dial tcp 172.18.0.3:8050: connect: connection refused"`,
  ),
  ...row(
    'traefik v3 pkg/proxy/httputil/proxy.go ErrorHandler (zerolog console) "502 Bad Gateway" error="dial tcp …: connect: connection refused"',
    refused,
    `traefik-1  | 2025-03-01T12:00:00Z DBG github.com/traefik/traefik/v3/pkg/proxy/httputil/proxy.go:113 > 502 Bad Gateway error="dial tcp 172.18.0.3:8050: connect: connection refused"`,
  ),
  ...row(
    'traefik v2 pkg/server/service/proxy.go "\'504 Gateway Timeout\' caused by: dial tcp …: i/o timeout"',
    refused,
    `traefik-1  | time="2025-03-01T12:00:00Z" level=debug msg="'504 Gateway Timeout' caused by: dial tcp 172.19.0.3:8050: i/o timeout"`,
  ),
  // ── Caddy (caddyserver/caddy modules/caddyhttp/reverseproxy/reverseproxy.go ServeHTTP → statusError; logged by
  //    modules/caddyhttp/server.go as logger "http.log.error", msg the dial error) ──
  ...row(
    'caddy modules/caddyhttp/server.go ServeHTTP logs "http.log.error" with reverseproxy.statusError (dial …: connection refused)',
    refused,
    `caddy-1  | {"level":"error","ts":1740830400.123,"logger":"http.log.error","msg":"dial tcp 172.18.0.3:8050: connect: connection refused","request":{"remote_ip":"172.18.0.1","remote_port":"40312","proto":"HTTP/1.1","method":"GET","host":"localhost:8080","uri":"/"},"duration":0.0012,"status":502,"err_id":"kq8h2v1yx","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}`,
  ),
  ...row(
    'caddy modules/caddyhttp/server.go "http.log.error" with reverseproxy.statusError (dial tcp: lookup web … no such host)',
    notFound,
    `{"level":"error","ts":1740830400.123,"logger":"http.log.error","msg":"dial tcp: lookup web on 127.0.0.11:53: no such host","request":{"remote_ip":"172.18.0.1","proto":"HTTP/1.1","method":"GET","host":"localhost:8080","uri":"/"},"duration":0.004,"status":502,"err_id":"a1b2c3d4e","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}`,
  ),
  ...row(
    'caddy reverseproxy.go, upstream localhost:8050 in the Caddyfile (reverse_proxy localhost:8050)',
    local,
    `{"level":"error","ts":1740830400.123,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:8050: connect: connection refused","request":{"remote_ip":"172.18.0.1","proto":"HTTP/1.1","method":"GET","host":"localhost:8080","uri":"/"},"duration":0.001,"status":502,"err_id":"zz9y8x7w6","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}`,
  ),
  // ── HAProxy (haproxy/haproxy src/check.c set_server_check_status / srv_append_status "reason: %s, info: \"%s\"";
  //    src/server.c srv_init_addr / srv_iterate_initaddr "could not resolve address '%s'") ──
  ...row(
    'haproxy src/check.c + src/server.c srv_append_status: "Server backend/web is DOWN, reason: Layer4 connection problem, info: "Connection refused""',
    refused,
    `haproxy-1  | [WARNING]  (8) : Server backend/web is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.
haproxy-1  | [ALERT]    (8) : backend 'backend' has no server available!`,
  ),
  ...row(
    'haproxy src/check.c "reason: Layer4 timeout" (the check connect timed out)',
    refused,
    `[WARNING]  (8) : Server app/web1 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`,
  ),
  ...row(
    'haproxy src/server.c srv_iterate_initaddr "could not resolve address \'%s\'" at start-up (config parse)',
    notFound,
    `haproxy-1  | [NOTICE]   (1) : haproxy version is 2.9.4
haproxy-1  | [ALERT]    (1) : config : parsing [/usr/local/etc/haproxy/haproxy.cfg:18] : 'server web' : could not resolve address 'web'.
haproxy-1  | [ALERT]    (1) : config : Failed to initialize server(s) addr.
haproxy-1 exited with code 1`,
  ),
  // ── Apache httpd mod_proxy (apache/httpd modules/proxy/proxy_util.c ap_proxy_connect_backend APLOGNO(00957) "%s: attempt to
  //    connect to %pI (%s) failed", modules/proxy/mod_proxy_http.c APLOGNO(01114) "HTTP: failed to make connection to backend: %s",
  //    proxy_util.c ap_proxy_determine_address APLOGNO(00898) "DNS lookup failure for: %s returned by %s") ──
  ...row(
    'httpd modules/proxy/proxy_util.c ap_proxy_connect_backend AH00957 (111), then mod_proxy_http.c AH01114',
    refused,
    `[Sat Mar 01 12:00:00.123456 2025] [proxy:error] [pid 8:tid 140] (111)Connection refused: AH00957: http: attempt to connect to 172.18.0.3:8050 (web:8050) failed
[Sat Mar 01 12:00:00.123500 2025] [proxy_http:error] [pid 8:tid 140] [client 172.18.0.1:40312] AH01114: HTTP: failed to make connection to backend: web`,
  ),
  ...row(
    'httpd proxy_util.c ap_proxy_connect_backend AH00957 alone (the FCGI scheme, a timeout: (110)Connection timed out)',
    refused,
    `[Sat Mar 01 12:00:00.123456 2025] [proxy:error] [pid 8:tid 140] (110)Connection timed out: AH00957: FCGI: attempt to connect to 172.18.0.4:9000 (php) failed`,
  ),
  ...row(
    'httpd proxy_util.c ap_proxy_connect_backend AH00957 at 127.0.0.1 (ProxyPass / http://localhost:8050/)',
    local,
    `[Sat Mar 01 12:00:00.123456 2025] [proxy:error] [pid 8:tid 140] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8050 (localhost:8050) failed
[Sat Mar 01 12:00:00.123500 2025] [proxy_http:error] [pid 8:tid 140] [client 172.18.0.1:40312] AH01114: HTTP: failed to make connection to backend: localhost`,
  ),
  ...row(
    'httpd proxy_util.c AH00898 "DNS lookup failure for: %s returned by %s"',
    notFound,
    `[Sat Mar 01 12:00:00.123456 2025] [proxy:error] [pid 8:tid 140] [client 172.18.0.1:40312] AH00898: DNS lookup failure for: web returned by /`,
  ),
  // ── Node (nodejs/node lib/internal/errors.js exceptionWithHostPort "${syscall} ${code} ${address}:${port}", dnsException
  //    "${syscall} ${code} ${hostname}"; undici's fetch wraps them as the cause of "fetch failed") ──
  ...row(
    'node lib/internal/errors.js exceptionWithHostPort: "connect ECONNREFUSED 127.0.0.1:5432" (pg at localhost)',
    local,
    `web-1  | Error: connect ECONNREFUSED 127.0.0.1:5432
web-1  |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
web-1  |   errno: -111,
web-1  |   code: 'ECONNREFUSED',
web-1  |   syscall: 'connect',
web-1  |   address: '127.0.0.1',
web-1  |   port: 5432
web-1  | }`,
    { compose: local },
  ),
  ...row(
    'node lib/internal/errors.js exceptionWithHostPort: "connect ECONNREFUSED ::1:5432" (node 17+ resolves localhost to ::1 first)',
    local,
    `Error: connect ECONNREFUSED ::1:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16)`,
  ),
  ...row(
    'node lib/internal/errors.js dnsException: "getaddrinfo ENOTFOUND db"',
    notFound,
    `web-1  | Error: getaddrinfo ENOTFOUND db
web-1  |     at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {
web-1  |   errno: -3008,
web-1  |   code: 'ENOTFOUND',
web-1  |   syscall: 'getaddrinfo',
web-1  |   hostname: 'db'
web-1  | }`,
    { compose: notFound },
  ),
  ...row(
    'node lib/internal/errors.js dnsException: "getaddrinfo EAI_AGAIN db" (Docker’s DNS gave no answer in time)',
    notFound,
    `Error: getaddrinfo EAI_AGAIN db
    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)`,
  ),
  ...row(
    'node exceptionWithHostPort: "connect ECONNREFUSED 172.18.0.2:5432" (db’s address, not listening yet)',
    refused,
    `web-1  | Error: connect ECONNREFUSED 172.18.0.2:5432
web-1  |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)`,
    { compose: refused },
  ),
  ...row(
    'node exceptionWithHostPort: "connect ETIMEDOUT 172.18.0.2:5432"',
    refused,
    `Error: connect ETIMEDOUT 172.18.0.2:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
  errno: -110,
  code: 'ETIMEDOUT',
  syscall: 'connect',
  address: '172.18.0.2',
  port: 5432
}`,
  ),
  ...row(
    'undici lib/web/fetch/index.js "fetch failed" with its cause (node 18+ fetch)',
    notFound,
    `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13
    at async file:///app/server.js:12:15 {
  [cause]: Error: getaddrinfo ENOTFOUND web
      at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26) {
    errno: -3008,
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname: 'web'
  }
}`,
  ),
  // ── libpq (postgres/postgres src/interfaces/libpq/fe-connect.c): before 14 connectFailureMessage "could not connect to
  //    server: %s\n\tIs the server running on host \"%s\" (%s) and accepting\n\tTCP/IP connections on port %s?"; 14+ "connection
  //    to server at \"%s\" (%s), port %s failed: "; getaddrinfo's "could not translate host name \"%s\" to address: %s" ──
  ...row(
    'libpq fe-connect.c PQconnectPoll "could not translate host name \\"%s\\" to address: %s" (glibc "Name or service not known"), psycopg2',
    notFound,
    `web-1  | Traceback (most recent call last):
web-1  |   File "/app/app.py", line 9, in <module>
web-1  |     conn = psycopg2.connect(host="db", dbname="dash", user="dash", password="dash")
web-1  |   File "/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect
web-1  |     conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
web-1  | psycopg2.OperationalError: could not translate host name "db" to address: Name or service not known
web-1  | 
web-1 exited with code 1`,
    { compose: ['problem', 'upstream-host-not-found', 'compose-service-not-running'] },
  ),
  ...row(
    'libpq fe-connect.c "could not translate host name" with glibc "Temporary failure in name resolution" (EAI_AGAIN)',
    notFound,
    `psycopg2.OperationalError: could not translate host name "db" to address: Temporary failure in name resolution`,
  ),
  ...row(
    'libpq fe-connect.c (before 14) connectFailureMessage at localhost (127.0.0.1)',
    local,
    `psycopg2.OperationalError: could not connect to server: Connection refused
	Is the server running on host "localhost" (127.0.0.1) and accepting
	TCP/IP connections on port 5432?
could not connect to server: Cannot assign requested address
	Is the server running on host "localhost" (::1) and accepting
	TCP/IP connections on port 5432?`,
    { compose: local },
  ),
  ...row(
    'libpq fe-connect.c (before 14) connectFailureMessage at db’s address: refused',
    refused,
    `psycopg2.OperationalError: could not connect to server: Connection refused
	Is the server running on host "db" (172.18.0.2) and accepting
	TCP/IP connections on port 5432?`,
  ),
  ...row(
    'libpq 14+ fe-connect.c "connection to server at \\"%s\\" (%s), port %s failed: " Connection refused',
    refused,
    `psycopg2.OperationalError: connection to server at "db" (172.18.0.2), port 5432 failed: Connection refused
	Is the server running on that host and accepting TCP/IP connections?`,
    { compose: refused },
  ),
  ...row(
    'libpq 14+ fe-connect.c "connection to server at \\"localhost\\" (127.0.0.1), port 5432 failed", psycopg 3 "connection failed: "',
    local,
    `psycopg.OperationalError: connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused
	Is the server running on that host and accepting TCP/IP connections?`,
  ),
  ...row(
    'libpq 14+ fe-connect.c: "connection to server at … failed: timeout expired" (connect_timeout)',
    refused,
    `psycopg2.OperationalError: connection to server at "db" (172.19.0.2), port 5432 failed: timeout expired`,
  ),
  ...row(
    'SQLAlchemy lib/sqlalchemy/exc.py DBAPIError: "(psycopg2.OperationalError) …" and its "Background on this error at" link',
    notFound,
    `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "db" to address: Name or service not known

(Background on this error at: https://sqlalche.me/e/20/e3q8)`,
    { compose: notFound },
  ),
  ...row(
    'SQLAlchemy DBAPIError wrapping libpq 14+ at localhost ("::1")',
    local,
    `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "localhost" (::1), port 5432 failed: Cannot assign requested address
	Is the server running on that host and accepting TCP/IP connections?
connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused
	Is the server running on that host and accepting TCP/IP connections?

(Background on this error at: https://sqlalche.me/e/20/e3q8)`,
  ),
  // ── asyncpg / asyncio (cpython Lib/asyncio/selector_events.py _sock_connect_cb: OSError(err, f'Connect call failed {address}')) ──
  ...row(
    'cpython Lib/asyncio/selector_events.py _sock_connect_cb "Connect call failed (\'172.18.0.2\', 5432)" (asyncpg)',
    refused,
    `ConnectionRefusedError: [Errno 111] Connect call failed ('172.18.0.2', 5432)`,
  ),
  ...row(
    'cpython asyncio base_events.py create_connection "Multiple exceptions: … Connect call failed (\'127.0.0.1\', 5432)"',
    local,
    `OSError: Multiple exceptions: [Errno 111] Connect call failed ('127.0.0.1', 5432), [Errno 99] Cannot assign requested address`,
  ),
  // ── requests / urllib3 (urllib3 src/urllib3/connection.py _new_conn: NewConnectionError "Failed to establish a new
  //    connection: %s", 2.x NameResolutionError "Failed to resolve '%s' (%s)", ConnectTimeoutError "Connection to %s timed out";
  //    connectionpool.py MaxRetryError "Max retries exceeded with url: %s (Caused by %r)") ──
  ...row(
    'urllib3 connection.py _new_conn NewConnectionError [Errno 111] at web (requests ConnectionError)',
    refused,
    `requests.exceptions.ConnectionError: HTTPConnectionPool(host='web', port=8050): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d5e10>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
  ),
  ...row(
    'urllib3 1.x connection.py _new_conn NewConnectionError [Errno -2] Name or service not known',
    notFound,
    `requests.exceptions.ConnectionError: HTTPConnectionPool(host='api', port=8000): Max retries exceeded with url: /data (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f0e>: Failed to establish a new connection: [Errno -2] Name or service not known'))`,
  ),
  ...row(
    'urllib3 2.x connection.py _new_conn NameResolutionError "Failed to resolve \'%s\' (%s)"',
    notFound,
    `requests.exceptions.ConnectionError: HTTPConnectionPool(host='web', port=8050): Max retries exceeded with url: / (Caused by NameResolutionError("<urllib3.connection.HTTPConnection object at 0x7f3b2c1d5e10>: Failed to resolve 'web' ([Errno -3] Temporary failure in name resolution)"))`,
  ),
  ...row(
    "urllib3 connection.py _new_conn NewConnectionError at localhost (host='localhost')",
    local,
    `requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8050): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d5e10>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
    { compose: local },
  ),
  ...row(
    'urllib3 connection.py _new_conn ConnectTimeoutError "Connection to %s timed out. (connect timeout=%s)"',
    refused,
    `requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='web', port=8050): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f3b2c1d5e10>, 'Connection to web timed out. (connect timeout=5)'))`,
  ),
  // ── redis-py (redis/redis-py redis/connection.py AbstractConnection._error_message: "Error {errno} connecting to {host}:{port}.
  //    {args}.") ──
  ...row(
    'redis-py redis/connection.py _error_message "Error 111 connecting to localhost:6379. Connection refused."',
    local,
    `redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.`,
    { compose: local },
  ),
  ...row(
    'redis-py redis/connection.py _error_message "Error -2 connecting to redis:6379. Name or service not known."',
    notFound,
    `redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known.`,
  ),
  ...row(
    'redis-py redis/connection.py _error_message "Error 111 connecting to redis:6379. Connection refused."',
    refused,
    `redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.`,
  ),
  // ── MySQL and MariaDB clients (mysql/mysql-server libmysql/errmsg.cc CR_CONN_HOST_ERROR: 8.0 "Can't connect to MySQL server on
  //    '%-.100s:%u' (%d)", 5.x "… on '%-.100s' (%d)", CR_UNKNOWN_HOST "Unknown MySQL server host '%-.100s' (%d)"; mariadb-corporation/
  //    mariadb-connector-c libmariadb/ma_errmsg.c 3.x "Can't connect to server on '%-.64s' (%d)", "Unknown server host '%-.100s' (%d)") ──
  ...row(
    "mysql-server libmysql/errmsg.cc CR_CONN_HOST_ERROR (8.0, host:port) \"Can't connect to MySQL server on 'db:3306' (111)\"",
    refused,
    `ERROR 2003 (HY000): Can't connect to MySQL server on 'db:3306' (111)`,
  ),
  ...row(
    "mysql-server libmysql/errmsg.cc CR_CONN_HOST_ERROR (5.x) via mysqlclient: (2003, \"Can't connect to MySQL server on 'db' (111)\")",
    refused,
    `MySQLdb.OperationalError: (2003, "Can't connect to MySQL server on 'db' (111)")`,
  ),
  ...row(
    'MariaDB 10 client CR_CONN_HOST_ERROR with the OS’s words: "Can\'t connect to MySQL server on \'%-.100s\' (%d \\"%s\\")"',
    refused,
    `web-1  | ERROR 2003 (HY000): Can't connect to MySQL server on 'db' (111 "Connection refused")`,
  ),
  ...row(
    'mysql-server libmysql/errmsg.cc CR_UNKNOWN_HOST "Unknown MySQL server host \'db\' (-2)"',
    notFound,
    `ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)`,
  ),
  ...row(
    "mariadb-connector-c libmariadb/ma_errmsg.c CR_CONN_HOST_ERROR (3.x) \"Can't connect to server on 'db' (115)\"",
    refused,
    `ERROR 2002 (HY000): Can't connect to server on 'db' (115)`,
  ),
  ...row(
    'mariadb-connector-c libmariadb/ma_errmsg.c CR_UNKNOWN_HOST (3.x) "Unknown server host \'db\' (-2)"',
    notFound,
    `ERROR 2005 (HY000): Unknown server host 'db' (-2)`,
  ),
  ...row(
    "mysql-server CR_CONN_HOST_ERROR at 127.0.0.1 (8.0) \"Can't connect to MySQL server on '127.0.0.1:3306' (111)\"",
    local,
    `ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)`,
  ),
  // ── Java (openjdk java.base/share/classes/java/net/InetAddress.java getAllByName0: UnknownHostException(host [+ ": " + msg]);
  //    pgjdbc core/v3/ConnectionFactoryImpl.java "Connection to {0} refused. Check that the hostname and port are correct …") ──
  ...row(
    'openjdk java/net/InetAddress.java getAllByName0 "java.net.UnknownHostException: db: Name or service not known"',
    notFound,
    `web-1  | Caused by: java.net.UnknownHostException: db: Name or service not known
web-1  | 	at java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)`,
  ),
  ...row(
    'pgjdbc ConnectionFactoryImpl.openConnectionImpl "Connection to localhost:5432 refused."',
    local,
    `org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`,
    { compose: local },
  ),
  ...row(
    'pgjdbc ConnectionFactoryImpl.openConnectionImpl "Connection to db:5432 refused."',
    refused,
    `org.postgresql.util.PSQLException: Connection to db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.
Caused by: java.net.ConnectException: Connection refused`,
  ),
  ...row(
    'openjdk sun/nio/ch/Net.java connect "java.net.ConnectException: Connection refused" with no host',
    ['problem'],
    `Caused by: java.net.ConnectException: Connection refused
	at java.base/sun.nio.ch.Net.pollConnect(Native Method)`,
    { left: 'no host: which service refused, the line does not say' },
  ),
  // ── Go (golang/go src/net/net.go OpError.Error "dial tcp …: connect: connection refused"; src/net/dnsclient_unix.go
  //    DNSError "lookup %s on %s: no such host" / "server misbehaving") ──
  ...row(
    'go src/net/dnsclient_unix.go DNSError "dial tcp: lookup db on 127.0.0.11:53: no such host"',
    notFound,
    `web-1  | 2025/03/01 12:00:00 failed to connect to database: dial tcp: lookup db on 127.0.0.11:53: no such host
web-1 exited with code 1`,
    { compose: ['problem', 'upstream-host-not-found', 'compose-service-not-running'] },
  ),
  ...row(
    'go src/net/dnsclient_unix.go DNSError errServerMisbehaving "lookup db on 127.0.0.11:53: server misbehaving"',
    notFound,
    `2025/03/01 12:00:00 dial tcp: lookup db on 127.0.0.11:53: server misbehaving`,
  ),
  ...row(
    'go src/net/net.go OpError "dial tcp 127.0.0.1:5432: connect: connection refused"',
    local,
    `2025/03/01 12:00:00 dial tcp 127.0.0.1:5432: connect: connection refused`,
    { compose: local },
  ),
  ...row(
    'go src/net/net.go OpError "dial tcp 172.18.0.2:5432: connect: connection refused" (pgx: "failed to connect to `host=db …`")',
    refused,
    `2025/03/01 12:00:00 failed to connect to \`user=dash database=dash\`: 172.18.0.2:5432 (db): dial error: dial tcp 172.18.0.2:5432: connect: connection refused`,
  ),
  ...row(
    'go src/net/fd_unix.go connect (before 1.11): os.NewSyscallError("getsockopt", err), "getsockopt: connection refused"',
    refused,
    `web_1  | panic: dial tcp 172.19.0.2:5432: getsockopt: connection refused`,
  ),
  ...row(
    'go src/net/net.go OpError, dial timeout: "dial tcp 172.18.0.2:5432: i/o timeout"',
    refused,
    `2025/03/01 12:00:00 dial tcp 172.18.0.2:5432: i/o timeout`,
  ),
  // ── curl (curl/curl lib/cf-socket.c / lib/connect.c: "Failed to connect to %s port %u after %ld ms: %s" (7.83+), before
  //    "Failed to connect to %s port %ld: %s", 7.2x-7.3x "Failed connect to %s:%ld; %s"; lib/hostip.c "Could not resolve host: %s") ──
  ...row(
    'curl lib/hostip.c Curl_resolver_error "Could not resolve host: web" (exit 6), inside proxy',
    notFound,
    `$ docker compose exec proxy curl http://web:8050
curl: (6) Could not resolve host: web`,
  ),
  ...row(
    'curl lib/connect.c (7.83+) "Failed to connect to web port 8050 after 2 ms: Connection refused" (exit 7)',
    refused,
    `$ docker compose exec proxy curl http://web:8050
curl: (7) Failed to connect to web port 8050 after 2 ms: Couldn't connect to server`,
  ),
  ...row(
    'curl lib/connect.c (before 7.83) "Failed to connect to web port 8050: Connection refused"',
    refused,
    `/ # curl http://web:8050
curl: (7) Failed to connect to web port 8050: Connection refused`,
  ),
  ...row(
    'curl lib/connect.c (7.2x-7.3x, CentOS 7) "Failed connect to web:8050; Connection refused"',
    refused,
    `curl: (7) Failed connect to web:8050; Connection refused`,
  ),
  ...row(
    'curl lib/connect.c (28) "Failed to connect to web port 8050 after 129 ms: Connection timed out"',
    refused,
    `curl: (28) Failed to connect to web port 8050 after 130001 ms: Connection timed out`,
  ),
  ...row(
    'curl lib/connect.c at localhost inside the proxy (docker compose exec proxy curl localhost:8050)',
    local,
    `$ docker compose exec proxy curl http://localhost:8050
curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused`,
    { left: 'curl at localhost: from the host (the reach path) or inside a container, its line does not say' },
  ),
  // ── wget (BusyBox networking/wget.c / libbb/xconnect.c: "bad address '%s'", "can't connect to remote host (%s): %s"; GNU wget
  //    src/host.c "unable to resolve host address %s", src/connect.c "Connecting to %s|%s|:%d... failed: %s.") ──
  ...row(
    'busybox libbb/xconnect.c str2sockaddr "bad address \'%s\'" (wget in alpine)',
    notFound,
    `/ # wget -qO- http://web:8050
wget: bad address 'web:8050'`,
  ),
  ...row(
    'busybox libbb/xconnect.c xconnect "can\'t connect to remote host (%s): %s" at web’s address',
    refused,
    `/ # wget -qO- http://web:8050
Connecting to web:8050 (172.18.0.3:8050)
wget: can't connect to remote host (172.18.0.3): Connection refused`,
  ),
  ...row(
    'GNU wget src/host.c lookup_host "unable to resolve host address"',
    notFound,
    `--2025-03-01 12:00:00--  http://web:8050/
Resolving web (web)... failed: Name or service not known.
wget: unable to resolve host address ‘web’`,
  ),
  ...row(
    'GNU wget src/connect.c connect_to_ip "Connecting to %s|%s|:%d... failed: Connection refused."',
    refused,
    `--2025-03-01 12:00:00--  http://web:8050/
Resolving web (web)... 172.18.0.3
Connecting to web (web)|172.18.0.3|:8050... failed: Connection refused.`,
  ),
  // ── ping (busybox networking/ping.c via xhost2sockaddr "bad address '%s'"; iputils ping/ping.c (2016+) error(2, 0, "%s: %s",
  //    target, gai_strerror(ret))) ──
  ...row(
    'busybox networking/ping.c (xhost2sockaddr) "ping: bad address \'db\'"',
    notFound,
    `$ docker compose exec web ping db
ping: bad address 'db'`,
  ),
  ...row(
    'iputils ping/ping.c (2016+) "ping: db: Name or service not known"',
    notFound,
    `$ docker compose exec web ping db
ping: db: Name or service not known`,
  ),
  ...row(
    'iputils ping/ping.c (2016+) "ping: db: Temporary failure in name resolution"',
    notFound,
    `root@3f2a1b0c9d8e:/app# ping db
ping: db: Temporary failure in name resolution`,
  ),
  // ── netcat 1.10 (Hobbit's; Debian's netcat-traditional), netcat.c gethostpoop: `bail ("%s: forward host lookup failed: ", name)`
  //    then h_errno's text: an entrypoint's `nc -z db 3306` loop (martialblog/docker-limesurvey#32) ──
  ...row(
    'netcat 1.10 netcat.c gethostpoop "%s: forward host lookup failed: " + h_errno text (Unknown host)',
    notFound,
    `web_1  | Info: Waiting for database connection...
web_1  | dash-app_db_1: forward host lookup failed: Unknown host`,
  ),
];
