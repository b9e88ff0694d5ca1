/*
 * cw108: holdout85 and holdout88's compose and networks misses (README "holdout85–88: Compose v2 projects, health checks and the
 * upstreams of networks (compose, networks) (cw108)"). Each row is a variation a learner would paste (other versions, names, ports,
 * layouts, languages, programs of the same kind), never the paste itself, which moved to ../corpus/; its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const hex = '7f3c9a1e5b2d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6';

const healthRows: Row[] = [
  {
    source: 'docker/compose pkg/compose/convergence.go before 2.20: fmt.Errorf("container %s is unhealthy", name), `up --wait`',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'wait-unhealthy-v2-name',
    text: '$ docker compose up -d --wait\n[+] Running 3/3\n ✔ Network shop_default     Created\n ✔ Container shop-db-1     Healthy\n ✔ Container shop-api-1    Waiting\ncontainer shop-api-1 is unhealthy',
  },
  {
    source: 'the same, Compose 2.x compatibility names (`--compatibility`, underscores), maildev/maildev#470 layout',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'wait-unhealthy-underscore-names',
    text: 'Container proj_keycloak  Waiting\nContainer proj_postgres  Waiting\nContainer proj_postgres  Healthy\ncontainer proj_keycloak is unhealthy',
  },
  {
    source: 'the same as the poster masked it (stars for the project, maildev/maildev#470), at networks too',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'wait-unhealthy-masked-networks',
    text: 'Container ***-mailpit-1  Waiting\nContainer ***-redis-1  Healthy\ncontainer ***-mailpit-1 is unhealthy',
  },
  {
    source: 'docker/compose pkg/compose/convergence.go before 2.20: fmt.Errorf("container %s exited (%d)", name, code), `up --wait`',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'wait-exited-1-no-prefix',
    text: '$ docker compose up --wait\n ✔ Container blog-db-1   Healthy\n ⠿ Container blog-app-1  Waiting\ncontainer blog-app-1 exited (1)',
  },
  {
    source:
      'docker/compose pkg/compose/convergence.go: "dependency failed to start: %w" around the daemon\'s error (moby errdefs NotFound `No such container: %s`)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'dependency-no-such-container-id',
    text: `root@vps:~/app# docker compose up -d\n[+] Running 2/2\n ✔ Container app-redis-1  Started\n ✘ Container app-worker-1 Error\ndependency failed to start: Error response from daemon: No such container: ${hex}`,
  },
  {
    source: 'the same after `docker compose up` in PowerShell, a short ID (Shmayro/dockerify-android#27 wording)',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'dependency-no-such-container-networks',
    text: 'PS C:\\stack> docker compose up\ndependency failed to start: Error response from daemon: No such container: 2c8a8294ae6b',
  },
  {
    source: 'docker/compose convergence.go "dependency failed to start: %w" with moby\'s `Cannot restart container` (daemon/restart.go)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'dependency-daemon-other-reason',
    text: 'dependency failed to start: Error response from daemon: Cannot restart container 4d1c2b3a: OCI runtime create failed: runc create failed: unable to start container process',
  },
  {
    source: 'docker/compose: `dependency failed to start: container %s is unhealthy` (2.20+), which cw31 reads',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-dependency-unhealthy-prefixed',
    text: 'dependency failed to start: container notes-db-1 is unhealthy',
  },
  {
    source: 'moby `No such container: x` after `docker logs x` (docker/cli), no Compose word: cw35 keeps it',
    check: 'compose',
    want: ['problem', 'container-not-found'],
    id: 'guard-logs-no-such-container',
    text: '$ docker logs shop-web\nError response from daemon: No such container: shop-web',
  },
];

const jsonLogRows: Row[] = [
  {
    source: 'pino (pinojs/pino lib/tools.js: `"msg"`, the error in `"err"` with type, message and stack), the copy cut inside the stack',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'pino-cut-err-econnrefused-service-ip',
    text: '{"level":50,"time":1718000000000,"pid":1,"hostname":"9c2d1e","err":{"type":"Error","message":"connect ECONNREFUSED 172.19.0.2:5432","stack":"Error: connect ECONNREFUSED 172.19.0.2:5432\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
  },
  {
    source: 'winston\'s JSON format with an Error object (logform errors: name and message under "error"), whole line',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'winston-nested-error-whole',
    text: '{"error":{"name":"MongoNetworkError","message":"connect ECONNREFUSED 172.18.0.4:27017"},"level":"error"}',
  },
  {
    source: 'bunyan (trentm/node-bunyan: "msg", "err" with message, name, stack), a failed lookup of the service',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'bunyan-err-enotfound-redis',
    text: '{"name":"api","hostname":"e1f2a3","pid":7,"level":50,"err":{"message":"getaddrinfo ENOTFOUND redis","name":"Error"},"time":"2024-05-01T10:00:00.000Z","v":0}',
  },
  {
    source: 'winston JSON whose message carries the stack, cut by the copy (mongodb driver MongoServerSelectionError at 127.0.0.1)',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'winston-cut-message-localhost',
    text: '> {"level":"error","message":"MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017\\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38)\\n    at listOnTimeout (node:internal/timers:573:17)',
  },
  {
    source: "a cut container inspect on one line (docker inspect's keys Id, Name, State): no logger's key, read as the inspect (its Name)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-cut-inspect-one-line',
    text: '{"Id":"4f2a","Name":"/shop-web-1","State":{"Status":"running","Error":"connect ECONNREFUSED 172.18.0.2:5432"',
  },
];

const envRows: Row[] = [
  {
    source: "node-postgres's `connect ECONNREFUSED` retold after its DATABASE_URL (Prisma/pg docs name the variable), in a sentence",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'database-url-localhost-sentence-refused',
    text: 'My api container has DATABASE_URL=postgres://app:secret@localhost:5432/app and it keeps failing with Connection refused.',
  },
  {
    source: 'Spanish, a Redis host in the .env (REDIS_HOST, bitnami/redis clients), the refusal in a code span',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'redis-host-127-spanish-refused',
    text: 'Tengo `REDIS_HOST=127.0.0.1` en el .env y el worker dice `Connection refused` al arrancar.',
  },
  {
    source: "mongo-express's ME_CONFIG_MONGODB_SERVER (its README), a connection that failed, in a chat line",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'me-config-mongodb-server-localhost-failed',
    text: 'set ME_CONFIG_MONGODB_SERVER=localhost but mongo-express is unable to connect and restarts',
  },
  {
    source: 'a database URL shown in prose with no failure beside it: a setting, no peer refused',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-database-url-sentence-no-failure',
    text: 'In my .env I wrote DATABASE_URL=postgres://app:secret@localhost:5432/app as the tutorial says.',
  },
];

const laterRows: Row[] = [
  {
    source:
      'node net errors (lib/internal/errors.js): `connect ECONNREFUSED 127.0.0.1:5432`, then after the fix `getaddrinfo ENOTFOUND postgres`',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'node-localhost-then-enotfound',
    text: 'api-1  | Error: connect ECONNREFUSED 127.0.0.1:5432\nI changed the host to postgres, now:\napi-1  | Error: getaddrinfo ENOTFOUND postgres',
  },
  {
    source: 'Go net: `dial tcp 127.0.0.1:6379: connect: connection refused`, later `dial tcp: lookup cache on 127.0.0.11:53: no such host`',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'go-localhost-then-lookup',
    text: 'worker-1  | dial tcp 127.0.0.1:6379: connect: connection refused\n---- after editing REDIS_ADDR ----\nworker-1  | dial tcp: lookup cache on 127.0.0.11:53: no such host',
  },
  {
    source: "the mongodb driver 3.x (`failed to connect to server [%s] on first connect`), localhost then the service's name, at compose",
    check: 'compose',
    want: ['problem', 'upstream-host-not-found'],
    id: 'mongo-localhost-then-enotfound-compose',
    text: 'MongoError: failed to connect to server [localhost:27017] on first connect [MongoError: connect ECONNREFUSED 127.0.0.1:27017]\nstill failing:\nMongoError: failed to connect to server [db:27017] on first connect [MongoError: getaddrinfo ENOTFOUND db db:27017]',
  },
  {
    source: 'the reverse order: the lookup first, the loopback refusal last (CONVENTIONS §2.0, the later state)',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-enotfound-then-localhost',
    text: 'api-1  | Error: getaddrinfo ENOTFOUND postgres\napi-1  | Error: connect ECONNREFUSED 127.0.0.1:5432',
  },
];

const lsRows: Row[] = [
  {
    source: 'docker/compose 2.0-2.1 cmd/compose/list.go (NAME, STATUS; CONFIG FILES came later, docker/compose#8573)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'ls-v20-two-columns-other-project',
    text: '$ docker compose ls\nNAME                STATUS\nmyshop              running(3)',
  },
  {
    source: 'the same, combinedStatus of two states (pkg/compose/ls.go: `exited(1), running(2)`), at networks',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'ls-v20-combined-status-networks',
    text: 'docker compose ls\nNAME       STATUS\nwiki       exited(1), running(2)\nmonitor    running(4)',
  },
  {
    source: "the lesson's project in the 2.0 layout with a container exited (compose-short.ts composeLsState)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'ls-v20-lesson-exited',
    text: '$ docker compose ls\nNAME                STATUS\ndash-app            exited(1), running(2)',
  },
  {
    source: "another tool's two-column table headed NAME and STATUS (states without counts): not ls",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-name-status-table-not-ls',
    text: 'NAME        STATUS\nnginx       Active\nredis       Active',
  },
];

const emptyRows: Row[] = [
  {
    source:
      'moby daemon/names.go reserveName `Invalid container name (%s), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, v2 names of an empty project',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'empty-project-v2-db-1',
    text: 'PS D:\\项目> docker compose up -d\n[+] Running 0/0\n - Container -db-1   Creating\n - Container -app-1  Creating\nError response from daemon: Invalid container name (-db-1), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
  },
  {
    source: "the same at networks, the daemon's error alone",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'empty-project-networks',
    text: 'Error response from daemon: Invalid container name (-redis-1), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
  },
  {
    source: "Compose v1 (compose/container.py `<project>_<service>_<n>`) under `ERROR: for`, the daemon's reason",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'empty-project-v1-underscore',
    text: 'Creating _web_1 ... error\n\nERROR: for _web_1  Cannot create container for service web: Invalid container name (_web_1), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
  },
  {
    source: "compose-go's refusal of an empty project name, as a Vietnamese note quotes it (`project name must not be empty`)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'compose-go-project-name-empty',
    text: '> docker-compose -f docker-compose.dev.yml up -d\nproject name must not be empty',
  },
];

const spanRows: Row[] = [
  {
    source: "a v2 container name in a code span, then the word container (langgenius/dify#20359's layout), another project",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'span-v2-name-then-container',
    text: 'Inside the `blog-web-1` container, `curl http://localhost:8050` fails with `curl: (7) Failed to connect to localhost port 8050`.',
  },
  {
    source: 'Chinese: 容器 (container) after a v1 name in a code span (compose/container.py `<project>_<service>_<n>`)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'span-v1-name-zh',
    text: '进入 `mall_web_1` 容器之后访问 8050 端口没有响应',
  },
  {
    source: 'French: le conteneur before the span, at networks',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'span-v2-name-fr-networks',
    text: 'Dans le conteneur `wiki-db-1`, psql ne répond pas.',
  },
  {
    source: "the lesson's own v2 name so retold: shows nothing of its state, no other project",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-span-lesson-name',
    text: 'I opened a shell in the `dash-app-web-1` container and it looks fine.',
  },
];

const families: [string, Row[]][] = [
  ["Compose's health checks and dependencies, every version's words", healthRows],
  ['structured (JSON) log lines, whole, nested or cut', jsonLogRows],
  ["a database's address at loopback retold in a sentence with its refusal", envRows],
  ['two failures of one app: the later state', laterRows],
  ["docker compose ls, 2.0's two columns", lsRows],
  ['a project whose name came out empty', emptyRows],
  ["a Compose container's name in a sentence", spanRows],
];

describe.each(families)('cw108 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
