/*
 * cw200 (stop 59): holdout153's and holdout168's misses by class, each row a short paste on a real program's format (`source`
 * names it), never a holdout paste:
 * - Bitnami's nami-era images giving up on a service (`Failed to connect to <host>:<port> after <n> tries`, base-functions
 *   network.js waitForService): nothing answered there → upstream-connection-refused (at loopback: compose-localhost-upstream);
 * - redis-cli's and valkey-cli's refusal (redis-cli.c cliConnect, `Could not connect to Redis at %s:%d: %s`): at a service →
 *   upstream-connection-refused; at loopback, the whole 127/8 → compose-localhost-upstream.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const namiRows: Row[] = [
  {
    source: "bitnami base-functions network.js waitForService under nami's `Error executing 'postInstallation': `, Compose v2",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'nami-ghost-mysql-36-tries',
    text: [
      '$ docker compose up',
      'ghost-1  | ghost INFO  Trying to connect to MySQL server',
      "ghost-1  | Error executing 'postInstallation': Failed to connect to mysql:3306 after 36 tries",
    ].join('\n'),
  },
  {
    source: 'the same at compose, Compose v1 prefix and its network line',
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'nami-v1-mariadb-compose',
    text: [
      '$ docker-compose up',
      'Creating network "blog_default" with the default driver',
      "wordpress_1  | Error executing 'postInstallation': Failed to connect to mariadb:3306 after 36 tries",
    ].join('\n'),
  },
  {
    source: "the Error thrown alone (node's uncaught `Error: ` line)",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'nami-error-alone',
    text: 'Error: Failed to connect to postgresql:5432 after 36 tries',
  },
  {
    source: 'the same at localhost: the container itself (the earlier localhost rule)',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-nami-localhost',
    text: ['$ docker compose up', "web-1  | Error executing 'postInstallation': Failed to connect to localhost:3306 after 36 tries"].join(
      '\n',
    ),
  },
  {
    source: "the words quoted in a README's sentence",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-nami-quoted-in-sentence',
    text: 'The image prints "Failed to connect to mariadb:3306 after 36 tries" when the database is slow, see the README.',
  },
  {
    source: 'the line cut short before the count is whole',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-nami-cut-short',
    text: "wordpress_1  | Error executing 'postInstallation': Failed to connect to mariadb:3306 after 3",
  },
  {
    source: "another program's `after N attempts` (no cause of its own)",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-other-client-attempts',
    text: 'Failed to connect to db:5432 after 3 attempts',
  },
  {
    source: 'a different check: install reads no daemon answer in it',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-nami-at-install',
    text: ['$ docker compose up', "ghost-1  | Error executing 'postInstallation': Failed to connect to mysql:3306 after 36 tries"].join(
      '\n',
    ),
  },
];

const redisRows: Row[] = [
  {
    source: 'redis/redis src/redis-cli.c cliConnect, a host-network client at a 127/8 address',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'redis-cli-host-net-127-x',
    text: [
      '$ docker run --rm --network host redis:alpine redis-cli -h 127.17.0.2 -p 6379 ping',
      'Could not connect to Redis at 127.17.0.2:6379: Connection refused',
    ].join('\n'),
  },
  {
    source: 'redis-cli.c cliConnect at 127.0.0.1, compose too',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'redis-cli-127-0-0-1-compose',
    text: [
      '$ docker compose exec web redis-cli -h 127.0.0.1 ping',
      'Could not connect to Redis at 127.0.0.1:6379: Connection refused',
    ].join('\n'),
  },
  {
    source: 'a worker that runs redis-cli in its entrypoint, under a Compose v2 prefix, at localhost',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'redis-cli-logs-localhost',
    text: ['$ docker compose logs worker', 'worker-1  | Could not connect to Redis at localhost:6379: Connection refused'].join('\n'),
  },
  {
    source: "redis-cli.c cliConnect at the service's name",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'redis-cli-service-name',
    text: ['$ docker compose exec web redis-cli -h redis ping', 'Could not connect to Redis at redis:6379: Connection refused'].join('\n'),
  },
  {
    source: "valkey-cli's interactive mode (its cli docs: `not connected> PING` then the refusal)",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'valkey-cli-not-connected-prompt',
    text: [
      '$ docker compose exec web valkey-cli -h cache',
      'not connected> PING',
      'Could not connect to Valkey at cache:6379: Connection refused',
    ].join('\n'),
  },
  {
    source: 'the same words quoted in a sentence',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-redis-cli-quoted',
    text: 'redis-cli says "Could not connect to Redis at 127.0.0.1:6379: Connection refused" until the server is up, that is normal.',
  },
  {
    source: "the resolver's words after the address: a lookup, not a refusal",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-redis-cli-name-not-known',
    text: ['$ docker compose exec web redis-cli -h redis ping', 'Could not connect to Redis at redis:6379: Name or service not known'].join(
      '\n',
    ),
  },
  {
    source: 'the refusal cut short',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-redis-cli-cut-short',
    text: ['$ docker compose exec web redis-cli -h redis ping', 'Could not connect to Redis at redis:6379: Connection ref'].join('\n'),
  },
  {
    source: 'a different check: lesson 5 reads no container in it',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-redis-cli-at-reach-running',
    text: [
      '$ docker run --rm --network host redis:alpine redis-cli -h 127.17.0.2 -p 6379 ping',
      'Could not connect to Redis at 127.17.0.2:6379: Connection refused',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Bitnami's nami giving up on a service", namiRows],
  ["redis-cli's and valkey-cli's refusal", redisRows],
];

describe.each(families)('cw200 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
