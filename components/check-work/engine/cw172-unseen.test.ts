/*
 * cw172 (stop 56): holdout168's misses (databases and caches beside an app in Compose), by class, each row a short paste on a real
 * program's format (`source` names it), never a holdout paste:
 * - a compose file without the lesson's service beside a service Compose saw exit with an error: the failure before the missing service;
 * - a database image's own stop at start: the MySQL/MariaDB entrypoint without a root password setting, mongod's every initAndListen
 *   catch, InnoDB's `No valid checkpoint found`;
 * - libpq's host line of its refusal among a stopped service's last lines (its first line scrolled out);
 * - Compose v1's `Starting <project>_<service>_N` alone on its line, and a container inspect's Networks key `<project>_<network>`;
 * - a database client's words for a connection closed at once at a published port (libpq, the MySQL client library).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

// Pastes read at two checks (or as a row and its guard): one text each, so the rows cannot drift apart.
const fileWithoutWebExited = [
  '```yaml',
  'services:',
  '  redis:',
  '    image: redis:7',
  '    volumes:',
  '      - ./data:/data',
  '```',
  '```',
  '$ docker compose up',
  'Attaching to redis-1',
  "redis-1  | 1:M 01 Jan 2024 10:00:00.000 # Can't open the append-only file: Permission denied",
  'redis-1 exited with code 1',
  '```',
].join('\n');

const mongodStdException = [
  '$ docker logs mongo',
  '2019-01-10T08:00:00.000+0000 I CONTROL  [initandlisten] MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=ab12cd34ef56',
  '2019-01-10T08:00:00.010+0000 I STORAGE  [initandlisten] exception in initAndListen std::exception: locale::facet::_S_create_c_locale name not valid, terminating',
  '2019-01-10T08:00:00.010+0000 I CONTROL  [initandlisten] now exiting',
  '2019-01-10T08:00:00.010+0000 I CONTROL  [initandlisten] shutting down with code:100',
].join('\n');

const libpqHostLine = [
  '$ docker compose up',
  'Attaching to db-1, web-1',
  'web-1  | psycopg2.OperationalError: could not connect to server: Connection refused',
  'web-1  | \tIs the server running on host \"db\" (172.20.0.2) and accepting',
  'web-1  | \tTCP/IP connections on port 5432?',
  'web-1  | ',
  'web-1 exited with code 1',
].join('\n');

const startLineBesidePsqlClosed = [
  '$ docker run -d --name dash-app -p 8050:8050 dash-app',
  '$ docker logs dash-app',
  'Dash is running on http://0.0.0.0:8050/',
  '$ psql -h localhost -p 5432 -U postgres',
  'psql: server closed the connection unexpectedly',
].join('\n');

const composeRows: Row[] = [
  {
    source: 'docker/compose v2 up attaching (its `<container> exited with code N` line) beside a file of one redis service, no web',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'file-without-web-service-exited-1',
    text: fileWithoutWebExited,
  },
  {
    source: "the same at lesson 8's step",
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'file-without-web-service-exited-1-networks',
    text: fileWithoutWebExited,
  },
  {
    source: 'the same file and a clean stop, `exited with code 0`: nothing failed, web is still missing',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-file-without-web-exited-0',
    text: [
      '```yaml',
      'services:',
      '  redis:',
      '    image: redis:7',
      '```',
      '```',
      '$ docker compose up',
      'Attaching to redis-1',
      'redis-1  | 1:M 01 Jan 2024 10:00:00.000 * Ready to accept connections tcp',
      'redis-1 exited with code 0',
      '```',
    ].join('\n'),
  },
  {
    source: 'a compose file alone with no web service',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-file-without-web-alone',
    text: ['services:', '  redis:', '    image: redis:7', '    ports:', '      - 6379:6379'].join('\n'),
  },
];

const dbRows: Row[] = [
  {
    source:
      "MariaDB image's docker_verify_minimum_env (`[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`, MARIADB_* names) under v2's prefix",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'mariadb-entrypoint-no-password',
    text: [
      '$ docker compose logs db',
      'db-1  | 2024-03-02 10:11:12+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.2.2+maria~ubu2204 started.',
      'db-1  | 2024-03-02 10:11:12+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
      'db-1  | \tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD',
    ].join('\n'),
  },
  {
    source: "postgres' own refusal keeps its db-password answer",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-postgres-no-password',
    text: [
      '$ docker compose logs db',
      'db-1  | Error: Database is uninitialized and superuser password is not specified.',
      'db-1  |        You must specify POSTGRES_PASSWORD to a non-empty value for the',
    ].join('\n'),
  },
  {
    source: 'mongod 3.x db.cpp `exception in initAndListen std::exception: …, terminating` (a locale error) in docker logs',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'mongod-std-exception-run',
    text: mongodStdException,
  },
  {
    source: 'the same at Is it running?',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'mongod-std-exception-running',
    text: mongodStdException,
  },
  {
    source: 'InnoDB log0recv.cc recv_find_max_checkpoint `[ERROR] InnoDB: No valid checkpoint found.` (MySQL 5.6 ib_logf) in docker logs',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'innodb-no-checkpoint-run',
    text: [
      '$ docker logs mysql',
      '2016-05-01 10:00:00 7f3c [ERROR] InnoDB: No valid checkpoint found.',
      "2016-05-01 10:00:00 7f3c [ERROR] Plugin 'InnoDB' init function returned error.",
    ].join('\n'),
  },
  {
    source: "InnoDB's fprintf form and its advice lines under Compose v1's `db_1 |` prefix",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'innodb-no-checkpoint-compose',
    text: [
      '$ docker-compose logs db',
      'db_1  | InnoDB: No valid checkpoint found.',
      'db_1  | InnoDB: If you are attempting downgrade from MySQL 5.7.9 or later,',
      'db_1  | InnoDB: please refer to http://dev.mysql.com/doc/refman/5.6/en/upgrading-downgrading.html',
      'db_1  | InnoDB: If this error appears when you are creating an InnoDB database,',
      'db_1  | InnoDB: the problem may be that during an earlier attempt you managed',
      'db_1  | InnoDB: to create the InnoDB data files, but log file creation failed.',
    ].join('\n'),
  },
];

const peerRows: Row[] = [
  {
    source:
      'libpq fe-connect.c connectFailureMessage (psycopg2) three lines, then `web-1 exited with code 1`: the host line among the last five',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'libpq-host-line-networks',
    text: libpqHostLine,
  },
  {
    source: 'the same at compose: the stopped service stays first (CONVENTIONS §2.6)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-libpq-host-line-compose',
    text: libpqHostLine,
  },
  {
    source: "libpq's host line at localhost: the localhost rule answers",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-libpq-host-line-localhost',
    text: [
      '$ docker compose up',
      'Attaching to db-1, web-1',
      'web-1  | sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused',
      'web-1  | \tIs the server running on host \"localhost\" (127.0.0.1) and accepting',
      'web-1  | \tTCP/IP connections on port 5432?',
      'web-1 exited with code 1',
    ].join('\n'),
  },
];

const projectRows: Row[] = [
  {
    source: "Compose v1 service.py start_container_if_stopped `Starting %s` (run's dependencies), whole lines, another project",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-run-starting-deps-other-project',
    text: [
      '$ docker-compose run worker',
      'Starting shop_redis_1',
      'Starting shop_postgres_1',
      'LOG:  database system is ready to accept connections',
    ].join('\n'),
  },
  {
    source: "the lesson's own project in that line is no ok",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-v1-starting-own-project',
    text: ['$ docker-compose run web', 'Starting dash-app_db_1'].join('\n'),
  },
  {
    source: "the words in a sentence are not Compose's line",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-v1-starting-in-sentence',
    text: ['I think the problem is that it keeps saying Starting blog_db_1 over and over.'].join('\n'),
  },
  {
    source: "a container inspect's NetworkSettings.Networks key `<project>_<network>` of a custom network (compose-go `<project>_<key>`)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'inspect-networks-key-custom',
    text: [
      '$ docker inspect shop-db-1',
      '            \"Networks\": {',
      '                \"shop_internal_net\": {',
      '                    \"IPAMConfig\": null,',
      '                    \"Aliases\": [',
      '                        \"shop-db-1\",',
      '                        \"db\"',
      '                    ],',
      '                    \"Gateway\": \"172.21.0.1\",',
      '                    \"IPAddress\": \"172.21.0.3\",',
    ].join('\n'),
  },
  {
    source: "the lesson's own network under Networks, cut, stays unread (cw86's guard)",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-inspect-networks-own-project',
    text: [
      '$ docker inspect dash-app-web-1',
      '            \"Networks\": {',
      '                \"dash-app_backend\": {',
      '                    \"IPAMConfig\": null,',
      '                    \"Gateway\": \"172.21.0.1\",',
      '                    \"IPAddress\": \"172.21.0.3\",',
    ].join('\n'),
  },
  {
    source: "a hand-made network's key (no `_`) names no project",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-inspect-networks-hand-made',
    text: [
      '$ docker inspect mydb',
      '            \"Networks\": {',
      '                \"my-net\": {',
      '                    \"IPAMConfig\": null,',
      '                    \"Gateway\": \"172.21.0.1\",',
      '                    \"IPAddress\": \"172.21.0.3\",',
    ].join('\n'),
  },
  {
    source: "a key with `_` outside Networks (a network inspect's other objects)",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-inspect-other-key',
    text: [
      '$ docker network inspect shop_internal_net',
      '        \"Options\": {',
      '            \"com.docker.network.bridge.name\": \"br-1\"',
      '        },',
      '        \"Labels\": {',
      '            \"com_docker_x\": {',
    ].join('\n'),
  },
];

const closedRows: Row[] = [
  {
    source: 'MySQL client sql-common/client.c CR_SERVER_LOST_EXTENDED at a published port',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'mysql-lost-initial-packet',
    text: [
      '$ docker run -d -p 3306:3306 -e MYSQL_ROOT_PASSWORD=secret mysql:5.7',
      '$ mysql -h 127.0.0.1 -P 3306 -u root -p',
      "ERROR 2013 (HY000): Lost connection to MySQL server at 'reading initial communication packet', system error: 0",
    ].join('\n'),
  },
  {
    source:
      "libpq fe-misc.c pqReadData `server closed the connection unexpectedly` (psql 14+'s `connection to server at … failed:` prefix)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'psql-closed-14',
    text: [
      '$ docker run -d -p 5433:5432 postgres:16',
      '$ psql -h localhost -p 5433 -U postgres',
      'psql: error: connection to server at \"localhost\" (127.0.0.1), port 5433 failed: server closed the connection unexpectedly',
      '\tThis probably means the server terminated abnormally',
      '\tbefore or while processing the request.',
    ].join('\n'),
  },
  {
    source: "Dash's every-address start line stays the answer beside psql closed at another port",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-start-line-beside-psql-closed',
    text: startLineBesidePsqlClosed,
  },
  {
    source: "run's own answer beside it stays the start line's",
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-run-ok-beside-psql-closed',
    text: startLineBesidePsqlClosed,
  },
];

const families: [string, Row[]][] = [
  ['a compose file without web beside a service that exited with an error', composeRows],
  ["a database image's own stop at start", dbRows],
  ["libpq's refusal host line in a stopped service's log", peerRows],
  ["another project named by v1's Starting line or an inspect's Networks key", projectRows],
  ['a database client whose connection was closed at a published port', closedRows],
];

describe.each(families)('cw172 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
