/*
 * cw31: holdout28's classes at Compose's steps (compose, networks), each tested on a variation of the real paste named in its
 * comment (other names, ports, programs, layouts), not on the paste itself (that one is in the corpus, h28-*).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('holdout28’s classes, compose (cw31)', () => {
  // yogeshojha/rengine#853: v1's `proxy_1 | … host not found in upstream "rengine"`, `rengine_proxy_1 exited with code 1` and docker
  // ps's `Restarting (1)` row of the same container: one container, so the lookup is the cause at networks, the stop at compose.
  it('reads a proxy seen twice (listing and exit line) as one container: its lookup at networks, its stop at compose', async () => {
    const texts = [
      `proxy_1  | 2024/01/02 10:00:00 [emerg] 1#1: host not found in upstream "app" in /etc/nginx/conf.d/site.conf:12
shop_proxy_1 exited with code 1
$ docker ps
CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS                         PORTS     NAMES
0a1b2c3d4e5f   nginx:1.25     "/docker-entrypoint.…"   2 minutes ago   Restarting (1) 5 seconds ago             shop_proxy_1`,
      `proxy-1  | nginx: [emerg] host not found in upstream "backend:9000" in /etc/nginx/nginx.conf:30
proxy-1 exited with code 1
$ docker compose ps -a
NAME        IMAGE          COMMAND                  SERVICE   CREATED         STATUS                         PORTS
blog-proxy-1   nginx:alpine   "/docker-entrypoint.…"   proxy     2 minutes ago   Restarting (1) 3 seconds ago`,
    ];
    for (const text of texts) {
      expect((await check('networks', text)).id).toBe('upstream-host-not-found');
      expect((await check('compose', text)).id).toBe('compose-service-not-running');
    }
  });

  // martialblog/docker-limesurvey#32: netcat 1.10's `<name>: forward host lookup failed: Unknown host` while an entrypoint waits.
  it('reads netcat’s forward host lookup failure as a name that does not resolve, by any name and either h_errno text', async () => {
    for (const [text, name] of [
      ['web_1  | Waiting for db...\nweb_1  | myshop_db_1: forward host lookup failed: Unknown host', 'myshop_db_1'],
      ['app-1  | mysql: forward host lookup failed: Host name lookup failure : Resource temporarily unavailable', 'mysql'],
      ['$ docker compose exec web nc -z postgres 5432\npostgres: forward host lookup failed: Unknown host', 'postgres'],
    ]) {
      const v = await check('networks', text);
      expect(v.id).toBe('upstream-host-not-found');
      expect(v.details.upstream).toBe(name);
    }
  });

  // CISC-CMPE-327/Information#106: coreutils env's `/usr/bin/env: ‘bash\r’: No such file or directory`, in inline code spans.
  it('reads env’s CRLF shebang as a service that finds no program, in any quotes, interpreter and wrapping', async () => {
    for (const text of [
      'web_1  | /usr/bin/env: ‘bash\\r’: No such file or directory\nweb_1 exited with code 127',
      "Logs say ` api-1  | /usr/bin/env: 'python3\\r': No such file or directory ` and nothing else",
      'worker-1  | env: ‘sh\\r’: No such file or directory',
    ]) {
      const v = await check('compose', text);
      expect([v.id, v.details.variant]).toEqual(['compose-service-not-running', 'start-failed']);
    }
  });

  // botpress/v12#1699: node's `getaddrinfo ENOTFOUND postgres`, `NLU Server exits after an error occured`, `… exited with code 0`.
  it('reads a service that exits 0 after its peer failed as stopped at compose, and the peer at networks', async () => {
    for (const text of [
      'worker  | Error: getaddrinfo ENOTFOUND redis\nworker  |     at GetAddrInfoReqWrap.onlookup (dns.js:66:26)\nworker exited with code 0',
      'api-1  | psycopg2.OperationalError: could not translate host name "database" to address: Name or service not known\napi-1 exited with code 0',
      "web_1  | Can't connect to MySQL server on 'mariadb' (111 \"Connection refused\")\nweb_1 exited with code 0",
    ]) {
      expect((await check('compose', text)).id).toBe('compose-service-not-running');
      expect((await check('networks', text)).id).toMatch(/^upstream-(?:host-not-found|connection-refused)$/);
    }
    // Exit 0 without a peer's failure stays a finished one-off (the corpus's h6-compose1176, c-pastebin-rpi-v1-all-exit0).
    expect((await check('compose', 'migrate-1  | Applied 3 migrations\nmigrate-1 exited with code 0')).id).not.toBe(
      'compose-service-not-running',
    );
  });
  // getsentry/self-hosted#2863: ` ⠏ Container sentry-self-hosted-web-1  Waiting  1636.0s` under `[+] Running 48/51`.
  it('reads a container still Waiting after 90 s or more as not healthy, in any project and glyph; not a shorter wait', async () => {
    for (const [text, name] of [
      ['[+] Running 4/5\n ✔ Container shop-db-1     Started   2.1s\n ⠼ Container shop-api-1    Waiting   312.4s', 'shop-api-1'],
      ['[+] Running 2/3\n ⠿ Container dash-app-db-1  Waiting  95.0s', 'dash-app-db-1'],
      [' - Container mailer  Waiting    120s', 'mailer'],
    ]) {
      const v = await check('compose', text);
      expect([v.id, v.details.variant, v.details.name]).toEqual(['compose-service-not-running', 'waiting', name]);
    }
    const early = await check('compose', '[+] Running 2/3\n ⠿ Container dash-app-db-1  Waiting  12.3s');
    expect(early.details.variant).not.toBe('waiting');
  });

  // shihjay2/nosh3#1: another project's `up -d`, curl's Bad Gateway, then its .env `COUCHDB_URL=http://127.0.0.1:5984`.
  it('reads an env file’s peer address at loopback at the networks step, before another project’s name', async () => {
    const up =
      '$ docker compose up -d\n[+] Running 3/3\n ⠿ Network blog_default  Created  0.1s\n ⠿ Container blog-db-1  Started  1.0s\n ⠿ Container blog-app-1  Started  1.4s\n';
    for (const [env, upstream] of [
      ['DATABASE_URL=postgres://blog:secret@localhost:5432/blog', 'postgres://blog:secret@localhost'],
      ['REDIS_HOST=127.0.0.1', '127.0.0.1'],
      ['      - MONGO_URI=mongodb://127.0.0.1:27017', 'mongodb://127.0.0.1:27017'],
    ]) {
      const v = await check('networks', `${up}My .env:\n${env}\nAPP_PORT=3000`);
      expect([v.id, v.details.variant]).toEqual(['compose-localhost-upstream', 'app']);
      expect(v.details.upstream).toContain(upstream);
      // At lesson 7's compose step the project's name is what the paste shows wrong.
      expect((await check('compose', `${up}${env}`)).id).toBe('compose-project-name');
    }
    // A service's host by name is fine: the project's name stays the answer.
    expect((await check('networks', `${up}DB_HOST=db`)).id).toBe('compose-project-name');
  });

  // The class the issue names: another project's paste that shows a failure answers the failure first (a traceback, a server's
  // `Exiting`), as cw27 did for a refusal; here Python's traceback and Puma's "Exiting" under another project's v1 names.
  it('answers another project’s crashed or exiting service before its name', async () => {
    const crash = `shop_db_1    | LOG:  database system is ready to accept connections
shop_api_1   | Traceback (most recent call last):
shop_api_1   |   File "/app/main.py", line 3, in <module>
shop_api_1   |     import flask
shop_api_1   | ModuleNotFoundError: No module named 'flask'`;
    expect((await check('compose', crash)).id).toBe('compose-service-not-running');
  });
  // getsentry/self-hosted#3410: `docker ps -a --format "{{.Names}}"` listing only sentry-self-hosted-*-1 backing services.
  it('reads docker ps’s names alone: another project’s by its name, the lesson’s without web as web missing', async () => {
    const other = '$ docker ps -a --format "{{.Names}}"\nshop-db-1\nshop-cache-1\n\nWhy is there no web?';
    expect([(await check('compose', other)).id, (await check('compose', other)).details.project]).toEqual(['compose-project-name', 'shop']);
    const v1 = "$ docker container ls --format '{{.Names}}'\nlegacy_db_1\nlegacy_worker_1";
    expect((await check('compose', v1)).details.project).toBe('legacy');
    const lesson = '$ docker ps -a --format {{.Names}}\ndash-app-db-1\ndash-app-proxy-1';
    const v = await check('compose', lesson);
    expect([v.id, v.details.name]).toEqual(['compose-service-missing', 'web']);
  });
});
