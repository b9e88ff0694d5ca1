/*
 * cw190 (stop 58): holdout130 and holdout142's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - Python's own refusal (`ConnectionRefusedError: [Errno 111] …`) raised inside a database client's connect, the client's line that
 *   names the host not shown → the database refused the app (its host unnamed);
 * - curl at a short IPv4 form (`curl 0:8080`), an empty reply, then the same client at the same port getting the page: the empty reply
 *   is past, the forward answers;
 * - at "Is 8050 published?", the one container in a restart loop beside another publisher: the loop answers.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const redisFrames = (prefix: string) => [
  `${prefix}Traceback (most recent call last):`,
  `${prefix}  File "/app/worker.py", line 12, in <module>`,
  `${prefix}    cache.ping()`,
  `${prefix}  File "/usr/local/lib/python3.11/site-packages/redis/commands/core.py", line 1216, in ping`,
  `${prefix}    return self.execute_command("PING", **kwargs)`,
  `${prefix}  File "/usr/local/lib/python3.11/site-packages/redis/client.py", line 1266, in execute_command`,
  `${prefix}    conn = self.connection or pool.get_connection(command_name, **options)`,
  `${prefix}  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 1457, in get_connection`,
  `${prefix}    connection.connect()`,
  `${prefix}  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 699, in connect`,
  `${prefix}    sock = self.retry.call_with_retry(`,
];

const pyRows: Row[] = [
  {
    source:
      'CPython ConnectionRefusedError (Objects/exceptions.c, ECONNREFUSED) raised under redis-py redis/connection.py connect, Compose v2 log prefix, cut before redis-py\'s own "Error 111 connecting to …"',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'redis-py-connection-refused-cut',
    text: [
      '$ docker compose logs worker',
      'worker-1  |   File "/usr/local/lib/python3.11/socket.py", line 836, in create_connection',
      'worker-1  |     sock.connect(sa)',
      'worker-1  | ConnectionRefusedError: [Errno 111] Connection refused',
      'worker-1  | ',
      'worker-1  | During handling of the above exception, another exception occurred:',
      'worker-1  | ',
      ...redisFrames('worker-1  | '),
    ].join('\n'),
  },
  {
    source:
      "eventlet greenio/base.py socket_checkerr: `raise socket.error(err, errno.errorcode[err])`, the errno's name for words (`[Errno 111] ECONNREFUSED`), Compose v1's prefix",
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'eventlet-econnrefused-redis-py',
    text: [
      '$ docker-compose up',
      'worker_1  |     raise socket.error(err, errno.errorcode[err])',
      'worker_1  | ConnectionRefusedError: [Errno 111] ECONNREFUSED',
      'worker_1  | ',
      'worker_1  | During handling of the above exception, another exception occurred:',
      'worker_1  | ',
      ...redisFrames('worker_1  | '),
    ].join('\n'),
  },
  {
    source:
      "Python 2's `socket.error: [Errno 111] Connection refused` under PyMySQL's pymysql/connections.py connect, the database's host set in the env",
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'py2-socket-error-pymysql',
    text: [
      '$ docker-compose config',
      'services:',
      '  web:',
      '    environment:',
      '      MYSQL_HOST: mysql',
      '$ docker-compose logs web',
      'web_1  | Traceback (most recent call last):',
      'web_1  |   File "/usr/local/lib/python2.7/site-packages/pymysql/connections.py", line 920, in connect',
      'web_1  |     **kwargs)',
      'web_1  |   File "/usr/local/lib/python2.7/socket.py", line 575, in create_connection',
      'web_1  |     raise err',
      'web_1  | socket.error: [Errno 111] Connection refused',
    ].join('\n'),
  },
  {
    source:
      "the same refusal with redis-py's own last line, which names loopback (redis/connection.py _error_message): the named host answers",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-redis-py-whole-names-localhost',
    text: [
      '$ docker compose logs worker',
      'worker-1  | ConnectionRefusedError: [Errno 111] Connection refused',
      'worker-1  | ',
      'worker-1  | During handling of the above exception, another exception occurred:',
      'worker-1  | ',
      ...redisFrames('worker-1  | '),
      'worker-1  | redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.',
    ].join('\n'),
  },
  {
    source: "Python's refusal under the app's own socket code, no database client's frame: not read as the database's",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-refusal-without-client-frame',
    text: [
      '$ docker compose up',
      'web-1  | Traceback (most recent call last):',
      'web-1  |   File "/app/probe.py", line 8, in <module>',
      'web-1  |     s.connect((HOST, PORT))',
      'web-1  | ConnectionRefusedError: [Errno 111] Connection refused',
      'web-1 exited with code 1',
    ].join('\n'),
  },
  {
    source: "redis-py's frames with another error (AUTH refused by the server, redis/connection.py on_connect): no refusal",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-client-frame-other-error',
    text: [
      '$ docker compose up',
      ...redisFrames('web-1  | '),
      'web-1  | redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.',
      'web-1 exited with code 1',
    ].join('\n'),
  },
  {
    source: 'the refusal quoted in a sentence about the redis client, no traceback line of its own',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-refusal-quoted-in-sentence',
    text: [
      'I keep getting ConnectionRefusedError: [Errno 111] Connection refused from redis/connection.py when web starts.',
      '$ docker compose ps',
      'NAME          IMAGE     COMMAND           SERVICE   CREATED          STATUS                      PORTS',
      'dash-app-web-1   dash-app  "python app.py"   web       12 seconds ago   Exited (1) 10 seconds ago',
    ].join('\n'),
  },
];

const holbertonRow = [
  'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS                  NAMES',
  '5c1e0f3a9b21        httpd:2.4           "httpd-foreground"  5 seconds ago       Up 4 seconds        0.0.0.0:8080->80/tcp   quirky_hopper',
];

const holbertonRun = [
  'me@box:~$ docker run -d -p 8080:80 httpd:2.4',
  '5c1e0f3a9b21d4c7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1',
  'me@box:~$ docker ps',
];

const retryRows: Row[] = [
  {
    source:
      "curl lib/urlapi.c ipv4_normalize reads `0` as 0.0.0.0; (52) CURLE_GOT_NOTHING, then the same `curl 0:8080` printing the page's body: the empty reply is past",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-zero-empty-then-page',
    text: [
      'me@box:~$ docker run -d -p 8080:80 httpd:2.4',
      '5c1e0f3a9b21d4c7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1',
      ...holbertonRun,
      ...holbertonRow,
      'me@box:~$ curl 0:8080',
      'curl: (52) Empty reply from server',
      'me@box:~$ curl 0:8080',
      'It works!',
    ].join('\n'),
  },
  {
    source: 'the same at "Is the container running?": the listing answers, not the past empty reply',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'curl-zero-empty-then-page-running',
    text: [
      ...holbertonRun,
      ...holbertonRow,
      'me@box:~$ curl 0:8080',
      'curl: (52) Empty reply from server',
      'me@box:~$ curl 0:8080',
      'It works!',
    ].join('\n'),
  },
  {
    source: "curl's `127.1` (ipv4_normalize's a.b form, 127.0.0.1), a reset (56) then the page's HTML",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'curl-127-1-reset-then-html',
    text: [
      ...holbertonRun,
      ...holbertonRow,
      'me@box:~$ curl 127.1:8080',
      'curl: (56) Recv failure: Connection reset by peer',
      'me@box:~$ curl 127.1:8080',
      '<html><body><h1>It works!</h1></body></html>',
    ].join('\n'),
  },
  {
    source: "guard: the empty reply alone (no later page): Docker's proxy found nothing behind the forward",
    check: 'reach:running',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-curl-zero-empty-only',
    text: [...holbertonRun, ...holbertonRow, 'me@box:~$ curl 0:8080', 'curl: (52) Empty reply from server'].join('\n'),
  },
  {
    source: 'guard: the page at another host port (9090) after the empty reply at 8080: the empty reply stands',
    check: 'reach:running',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-page-at-another-port',
    text: [
      ...holbertonRun,
      ...holbertonRow,
      'me@box:~$ curl 0:8080',
      'curl: (52) Empty reply from server',
      'me@box:~$ curl 0:9090',
      'It works!',
    ].join('\n'),
  },
  {
    source: 'guard: the page first, then the empty reply at the same port: the later state is the empty reply',
    check: 'reach:running',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-page-then-empty',
    text: [
      ...holbertonRun,
      ...holbertonRow,
      'me@box:~$ curl 0:8080',
      'It works!',
      'me@box:~$ curl 0:8080',
      'curl: (52) Empty reply from server',
    ].join('\n'),
  },
];

const loopHeader =
  'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS                          PORTS                           NAMES';
const loopRows: Row[] = [
  {
    source:
      "docker ps -a (docker/cli formatter): one row `Restarting (1)` beside one publisher; moby daemon/container_operations.go releaseNetwork empties a looping container's ports",
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    id: 'restart-loop-beside-one-publisher',
    text: [
      '$ docker ps -a',
      loopHeader,
      '8a1f0c2d3e4b        shop_app            "/entrypoint.sh"         5 minutes ago       Up 5 minutes                    0.0.0.0:9000->80/tcp            shop_app',
      '1b2c3d4e5f60        postgres:15         "docker-entrypoint.s…"   5 minutes ago       Restarting (1) 20 seconds ago                                   shop_db',
      '2c3d4e5f6071        redis:7             "docker-entrypoint.s…"   5 minutes ago       Up 5 minutes                    6379/tcp                        shop_cache',
    ].join('\n'),
  },
  {
    source: 'the same loop beside several publishers',
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    id: 'restart-loop-beside-several-publishers',
    text: [
      '$ docker ps',
      loopHeader,
      '8a1f0c2d3e4b        shop_app            "/entrypoint.sh"         5 minutes ago       Up 5 minutes                    0.0.0.0:9000->80/tcp            shop_app',
      '1b2c3d4e5f60        grafana/grafana     "/run.sh"                5 minutes ago       Restarting (1) 3 seconds ago                                    shop_grafana',
      '3d4e5f607182        influxdb:1.8        "/entrypoint.sh infl…"   5 minutes ago       Up 5 minutes                    0.0.0.0:8086->8086/tcp          shop_influx',
    ].join('\n'),
  },
  {
    source: 'guard: an Exited (1) row beside one publisher: the publisher answers as before (cw139: an exit is no loop)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-exited-beside-one-publisher',
    text: [
      '$ docker ps -a',
      loopHeader,
      '8a1f0c2d3e4b        shop_app            "/entrypoint.sh"         5 minutes ago       Up 5 minutes                    0.0.0.0:9000->80/tcp            shop_app',
      '1b2c3d4e5f60        postgres:15         "docker-entrypoint.s…"   5 minutes ago       Exited (1) 4 minutes ago                                        shop_db',
    ].join('\n'),
  },
  {
    source: 'guard: the loop at "Is port 8050 free?": unchanged',
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'guard-restart-loop-port-free',
    text: [
      '$ docker ps -a',
      loopHeader,
      '8a1f0c2d3e4b        shop_app            "/entrypoint.sh"         5 minutes ago       Up 5 minutes                    0.0.0.0:9000->80/tcp            shop_app',
      '1b2c3d4e5f60        postgres:15         "docker-entrypoint.s…"   5 minutes ago       Restarting (1) 20 seconds ago                                   shop_db',
    ].join('\n'),
  },
  {
    source: 'guard: two rows restarting under names of their own (no project): no one loop, the one publisher answers as before',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-two-loops-own-names',
    text: [
      '$ docker ps -a',
      loopHeader,
      '8a1f0c2d3e4b        nginx               "/docker-entrypoint.…"   5 minutes ago       Up 5 minutes                    0.0.0.0:9000->80/tcp            proxy',
      '1b2c3d4e5f60        postgres:15         "docker-entrypoint.s…"   5 minutes ago       Restarting (1) 20 seconds ago                                   pg',
      '4e5f60718293        mongo:7             "docker-entrypoint.s…"   6 minutes ago       Restarting (14) 9 seconds ago                                   mongo',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Python's refusal under a database client's connect", pyRows],
  ["curl's short IPv4, an empty reply, then the page at the same port", retryRows],
  ['a restart loop at "Is 8050 published?"', loopRows],
];

describe.each(families)('cw190 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
