/*
 * cw185 (stop 58): holdout181's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - a database's refusal in words that name no host (libpq 14+'s `Is the server running on that host and accepting TCP/IP
 *   connections?`, PHP mysqlnd's 2002 `Connection refused`): the host the paste sets for the database, else an unnamed one;
 * - PHP's own connect call at loopback (PDO's `mysql:host=127.0.0.1`, `new mysqli("127.0.0.1", …)`) beside a refusal;
 * - node_redis' `Redis connection to HOST:PORT failed - connect ECONNREFUSED`;
 * - node's error printed one field a line (`"code": "ECONNREFUSED"`, then `"address": "…"`);
 * - a database's URL at loopback on an app's line that says the connection failed (English, Chinese);
 * - an env's database host at loopback beside a failure the paste shows, at compose too.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const pgRows: Row[] = [
  {
    source:
      'libpq 14+ fe-connect.c connectFailureMessage (`\\tIs the server running on that host and accepting TCP/IP connections?`), psycopg 3 without the host part',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'psycopg3-refused-no-host',
    text: [
      '$ docker compose logs api',
      'api-1  | psycopg.OperationalError: connection failed: Connection refused',
      'api-1  | \tIs the server running on that host and accepting TCP/IP connections?',
    ].join('\n'),
  },
  {
    source: 'the same at compose (Django over psycopg 3, the migration under `docker compose run`)',
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'django-psycopg3-refused-compose',
    text: [
      '$ docker compose run --rm api python manage.py migrate',
      'django.db.utils.OperationalError: connection failed: Connection refused',
      '\tIs the server running on that host and accepting TCP/IP connections?',
    ].join('\n'),
  },
  {
    source: 'libpq 14+ with its host line at loopback: the localhost rule keeps its answer',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-libpq-host-line-localhost',
    text: [
      '$ docker compose logs api',
      'api-1  | psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused',
      'api-1  | \tIs the server running on that host and accepting TCP/IP connections?',
    ].join('\n'),
  },
];

const phpRows: Row[] = [
  {
    source:
      "docker-library/wordpress docker-entrypoint.sh's wait loop: `'MySQL Connection Error: (' . $mysql->connect_errno . ') ' . $mysql->connect_error`, WORDPRESS_DB_HOST in the file",
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'wordpress-entrypoint-2002-host-from-file',
    text: [
      '$ cat compose.yaml',
      'services:',
      '  site:',
      '    image: wordpress:6',
      '    environment:',
      '      WORDPRESS_DB_HOST: mariadb:3306',
      '  mariadb:',
      '    image: mariadb:11',
      '$ docker compose logs site',
      'site-1  |',
      'site-1  | MySQL Connection Error: (2002) Connection refused',
    ].join('\n'),
  },
  {
    source:
      'ext/mysqli mysqli_nonapi.c mysqli_common_connect: `Warning: mysqli::__construct(): (HY000/2002): Connection refused`, the code dialling 127.0.0.1',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'mysqli-warning-loopback-code',
    text: [
      'Warning: mysqli::__construct(): (HY000/2002): Connection refused in /var/www/html/db.php on line 2',
      '',
      'db.php:',
      '<?php',
      '$conn = new mysqli("127.0.0.1", "app", "secret", "shop");',
    ].join('\n'),
  },
  {
    source:
      "Laravel's Connector.php trace (`PDO->__construct('mysql:host=127.0.0.1;…')`) and its `SQLSTATE[HY000] [2002] Connection refused`",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'laravel-pdo-dsn-loopback',
    text: [
      'SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `users` limit 1)',
      "at PDO->__construct('mysql:host=127.0.0.1;port=3306;dbname=app', 'app', 'secret', array()) in Connector.php line 70",
    ].join('\n'),
  },
  {
    source: "php.net's mysqli_connect_error example (`Failed to connect to MySQL: `), the host a service's name in the .env",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'mysqli-example-refused-env-host',
    text: [
      '$ cat .env',
      'DB_HOST=mysql',
      'DB_PORT=3306',
      '$ docker compose logs php',
      'php-1  | Failed to connect to MySQL: Connection refused',
    ].join('\n'),
  },
  {
    source: "mysqlnd's 2002 for a failed lookup (`php_network_getaddresses: getaddrinfo failed`) stays the lookup",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-php-2002-lookup',
    text: [
      '$ docker compose logs php',
      'php-1  | SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Name or service not known',
    ].join('\n'),
  },
  {
    source: "PHP's trace cuts the DSN at 15 characters (`'mysql:host=loca...'`): no host read from it, the refusal unnamed",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'php-trace-cut-dsn-unnamed',
    text: [
      'SQLSTATE[HY000] [2002] Connection refused',
      "#0 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(70): PDO->__construct('mysql:host=loca...', 'app', Object(SensitiveParameterValue), Array)",
    ].join('\n'),
  },
];

const nodeRows: Row[] = [
  {
    source:
      "NodeRedis/node-redis index.js on_error: `'Redis connection to ' + this.address + ' failed - ' + err.message`, node 0.10's message",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'node-redis-refused-by-name',
    text: [
      '$ docker logs worker',
      'Error: Redis connection to cache:6379 failed - connect ECONNREFUSED',
      '    at RedisClient.on_error (/app/node_modules/redis/index.js:185:24)',
    ].join('\n'),
  },
  {
    source: 'node_redis at loopback inside the container',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'node-redis-refused-loopback',
    text: ['$ docker compose logs worker', 'worker-1  | Error: Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED'].join(
      '\n',
    ),
  },
  {
    source: 'node_redis when the lookup failed: getaddrinfo ENOTFOUND stays the lookup',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-node-redis-enotfound',
    text: ['$ docker logs worker', 'Error: Redis connection to cache:6379 failed - getaddrinfo ENOTFOUND cache'].join('\n'),
  },
  {
    source: 'node lib/internal/errors.js exceptionWithHostPort fields as JSON.stringify(err, null, 2) prints them (mysqljs adds fatal)',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'node-error-json-fields-loopback',
    text: [
      '$ curl http://localhost:3000/api/items',
      '{',
      '  "error": {',
      '    "code": "ECONNREFUSED",',
      '    "errno": "ECONNREFUSED",',
      '    "syscall": "connect",',
      '    "address": "127.0.0.1",',
      '    "port": 3306,',
      '    "fatal": true',
      '  }',
      '}',
    ].join('\n'),
  },
  {
    source: "util.inspect of the same error (`code: 'ECONNREFUSED'`, `address: '172.19.0.3'`), a peer's address",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'node-error-inspect-fields-peer',
    text: [
      '$ docker logs api',
      '{ Error: connect failed',
      "  errno: 'ECONNREFUSED',",
      "  code: 'ECONNREFUSED',",
      "  syscall: 'connect',",
      "  address: '172.19.0.3',",
      '  port: 5432 }',
    ].join('\n'),
  },
];

const urlRows: Row[] = [
  {
    source: "an app's own error line with its database URL at loopback (mongoose's connect failing, the app's words)",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'mongo-url-loopback-failed',
    text: [
      '$ docker logs blog',
      '2024-03-01 10:00:00 ERROR Failed to connect to mongodb://localhost:27017/blog, retrying in 5 seconds',
    ].join('\n'),
  },
  {
    source: 'the same in Chinese (连接…失败), a Redis URL',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'redis-url-loopback-failed-zh',
    text: ['$ docker logs shop', '[ERROR] 连接Redis失败: redis://127.0.0.1:6379/0'].join('\n'),
  },
  {
    source: 'a URL at loopback on a line that says the app connected: no failure read',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-mongo-url-loopback-connected',
    text: ['$ docker logs blog', '2024-03-01 10:00:00 INFO Connected to mongodb://localhost:27017/blog'].join('\n'),
  },
];

const envRows: Row[] = [
  {
    source: "an env's database host at loopback with the app's failure under `docker compose run`, at compose",
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'env-db-host-loopback-failed-compose',
    text: [
      '$ cat docker-compose.yml',
      'services:',
      '  cms:',
      '    image: example/cms:2',
      '    environment:',
      '      CMS_DATABASE_HOST: "127.0.0.1"',
      '$ docker compose run cms install',
      'Installing database...',
      'Failed to connect to the database',
    ].join('\n'),
  },
];

const guardRows: Row[] = [
  {
    source: "mysqlnd's words quoted in a sentence of advice: no refusal read",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-php-2002-quoted-in-sentence',
    text: 'If you see `SQLSTATE[HY000] [2002] Connection refused`, start the database first and wait until it is ready.',
  },
  {
    source: "libpq's hint quoted in a README's sentence: no refusal read",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-libpq-hint-quoted',
    text: 'In the README: when you get "Is the server running on that host and accepting TCP/IP connections?" the db is not up yet.',
  },
  {
    source: "node's error fields cut before the address: nothing read",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-node-error-json-cut-before-address',
    text: [
      '$ curl http://localhost:3000/api/items',
      '{',
      '  "error": {',
      '    "code": "ECONNREFUSED",',
      '    "errno": "ECONNREFUSED",',
    ].join('\n'),
  },
  {
    source:
      "the entrypoint's refusal, then the service Up in compose ps: answered as the named family (`Can't connect to MySQL server on 'db' (111)`) is",
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-wordpress-2002-then-up',
    text: [
      '$ docker compose logs site',
      'site-1  | MySQL Connection Error: (2002) Connection refused',
      'site-1  | AH00558: apache2: Could not reliably determine the server',
      '$ docker compose ps',
      'NAME       IMAGE         COMMAND                  SERVICE   CREATED          STATUS          PORTS',
      'x-site-1   wordpress:6   "docker-entrypoint.s…"   site      2 minutes ago    Up 2 minutes    0.0.0.0:8080->80/tcp',
    ].join('\n'),
  },
  {
    source: "an env's database host at loopback with no failure shown, at compose: the file without web keeps its answer",
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-env-db-host-loopback-no-failure-compose',
    text: [
      '$ docker compose config',
      'services:',
      '  cms:',
      '    image: example/cms:2',
      '    environment:',
      '      CMS_DATABASE_HOST: 127.0.0.1',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['guards', guardRows],
  ['refusals naming no host', pgRows],
  ['PHP hosts and mysqlnd', phpRows],
  ['node', nodeRows],
  ['database URLs', urlRows],
  ['env hosts at compose', envRows],
];

describe.each(families)('cw185 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
