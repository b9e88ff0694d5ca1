/*
 * cw27: what a program in one container prints when it cannot reach another service, from the programs' sources
 * (peer-errors.ts), and the classes of line that sweep added to compose-errors.ts, each tested on another program or version
 * than the table's row.
 */
import { describe, expect, it } from 'vitest';
import { peerErrors } from './peer-errors';
import { check, expectSweepRow } from './test-pastes';

describe('the peer-error sweep (peer-errors.ts)', () => {
  it.each(peerErrors.map((c, i) => [i, c.check, c.source, c] as const))('%i %s %s', async (_, __, ___, c) => {
    await expectSweepRow(c);
  });
});

// Each class added to compose-errors.ts for the sweep, on another program, version or wording than the table's row.
describe('cw27: peer errors by class (compose-errors.ts)', () => {
  const at = (text: string) => check('networks', text);
  // A connection that timed out or found no route is answered as one refused (nothing answers there): nginx's 113 with musl's
  // wording, Go's connect-level timeout, node's EHOSTUNREACH, libpq's OS timeout; after connecting it is no connection error.
  it('reads a timeout or no route while connecting as nothing answering', async () => {
    const ngx =
      '2025/03/01 12:00:00 [error] 30#30: *7 connect() failed (113: Host is unreachable) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://172.20.0.4:8050/", host: "localhost"';
    expect(await at(ngx)).toMatchObject({ id: 'upstream-connection-refused', details: { upstream: 'http://172.20.0.4:8050/' } });
    expect((await at('dial tcp 10.0.1.5:8050: connect: connection timed out')).id).toBe('upstream-connection-refused');
    expect((await at('Error: connect EHOSTUNREACH 172.19.0.4:6379')).id).toBe('upstream-connection-refused');
    expect((await at('connection to server at "postgres" (172.20.0.3), port 5432 failed: Connection timed out')).details.upstream).toBe(
      'postgres',
    );
    expect(
      (await at('upstream timed out (110: Connection timed out) while reading upstream, upstream: "http://172.18.0.3:8050/"')).id,
    ).not.toBe('upstream-connection-refused');
  });
  // The proxies' own lookups: HAProxy's on a backend's server line, httpd's per request; their health checks and connections.
  it('reads HAProxy’s and httpd’s failed lookups and connections', async () => {
    expect(
      await at("[ALERT] 061/120000 (1) : parsing [/etc/haproxy/haproxy.cfg:30] : 'server app1' : could not resolve address 'app'."),
    ).toMatchObject({
      id: 'upstream-host-not-found',
      details: { upstream: 'app' },
    });
    expect(
      (await at('[proxy:error] [pid 9] [client 10.0.0.1:5000] AH00898: DNS lookup failure for: backend returned by /api')).details.upstream,
    ).toBe('backend');
    expect(
      (await at('[WARNING] 061/120000 (6) : Server www/app2 is DOWN, reason: Layer4 timeout, check duration: 2001ms.')).details.upstream,
    ).toBe('app2');
    // Layer7: the app answered the check (wrongly), no connection error.
    expect((await at('Server www/app2 is DOWN, reason: Layer7 wrong status, code: 500, info: "Internal Server Error"')).id).not.toBe(
      'upstream-connection-refused',
    );
    expect((await at('[proxy_http:error] [pid 9:tid 3] AH01114: HTTP: failed to make connection to backend: app')).details.upstream).toBe(
      'app',
    );
    expect(
      await at('[proxy:error] (111)Connection refused: AH00957: HTTP: attempt to connect to [::1]:8050 (localhost) failed'),
    ).toMatchObject({
      id: 'compose-localhost-upstream',
      details: { upstream: '[::1]:8050' },
    });
  });
  // MySQL 8's host:port and MariaDB 3's "server on"; asyncio (aiomysql) at a service and at loopback.
  it('reads MySQL 8, MariaDB 3 and asyncio’s refusals, at a service and at loopback', async () => {
    expect((await at("(2003, \"Can't connect to MySQL server on 'mysql:3306' (111)\")")).details.upstream).toBe('mysql');
    expect((await at("ERROR 2002 (HY000): Can't connect to server on 'mariadb' (111)")).details.upstream).toBe('mariadb');
    expect((await at("ERROR 2002 (HY000): Can't connect to server on 'localhost' (115)")).id).toBe('compose-localhost-upstream');
    expect((await at("OSError: [Errno 113] Connect call failed ('172.21.0.2', 3306)")).details.upstream).toBe('172.21.0.2');
    expect((await at("ConnectionRefusedError: [Errno 111] Connect call failed ('::1', 5432)")).id).toBe('compose-localhost-upstream');
  });
  // urllib3's refusal and timeout at a service (requests 2.x, urllib3 1.26), httpx's is no urllib3 line.
  it('reads urllib3’s refusals and connect timeouts at a service', async () => {
    const pool = "HTTPConnectionPool(host='api', port=5000): Max retries exceeded with url: /health";
    expect(
      (
        await at(
          `${pool} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 113] No route to host'))`,
        )
      ).details.upstream,
    ).toBe('api');
    expect(
      (
        await at(
          `${pool} (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f>, 'Connection to api timed out. (connect timeout=3)'))`,
        )
      ).id,
    ).toBe('upstream-connection-refused');
  });
  // Go's "server misbehaving" at Docker's DNS for a service; a registry's dotted name stays the registry's.
  it('reads Go’s failed lookups of a service’s name, not a registry’s', async () => {
    expect((await at('dial tcp: lookup redis on 127.0.0.11:53: server misbehaving')).details.upstream).toBe('redis');
    expect(
      (await at('Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.11:53: server misbehaving')).id,
    ).not.toBe('upstream-host-not-found');
  });
  // curl 7.29's old wording at a timeout, BusyBox wget's and GNU wget's; iputils ping at a line's start, not inside a sentence.
  it('reads old curl, wget and iputils ping', async () => {
    expect((await at('curl: (7) Failed connect to api:5000; Connection timed out')).details.upstream).toBe('api');
    expect((await at("wget: can't connect to remote host (172.19.0.5): Connection timed out")).details.upstream).toBe('172.19.0.5');
    expect((await at("wget: can't connect to remote host (127.0.0.1): Connection refused")).id).toBe('compose-localhost-upstream');
    expect((await at('Connecting to api (api)|172.19.0.5|:5000... failed: No route to host.')).details.upstream).toBe('api');
    expect((await at("wget: unable to resolve host address 'api'")).details.upstream).toBe('api');
    expect((await at('ping: postgres: No address associated with hostname')).details.upstream).toBe('postgres');
    expect((await at('I ran ping: db: Name or service not known')).id).not.toBe('upstream-host-not-found');
  });
  // A service stopped by its own failed connection (diagnose-compose.ts lookedUp with peerFailed): the peer is the cause, unless
  // another service stopped too (that one is named). Another project's refusal is answered before its name.
  it('names the peer, not the stop, of a service that exited after failing to reach it', async () => {
    const app =
      'api-1  | sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "postgres" (172.20.0.2), port 5432 failed: Connection refused\napi-1 exited with code 1';
    expect(await at(app)).toMatchObject({ id: 'upstream-connection-refused', details: { upstream: 'postgres' } });
    const both = `${app}\npostgres-1 exited with code 1`;
    expect(await at(both)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'postgres' } });
    expect(
      (await at("shop_app_1 | ERROR 2002 (HY000): Can't connect to MySQL server on 'mysql' (115 \"Operation now in progress\")")).id,
    ).toBe('upstream-connection-refused');
  });
});
