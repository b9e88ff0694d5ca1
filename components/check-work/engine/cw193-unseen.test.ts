/*
 * cw193 (stop 59): holdout178's and holdout181's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - Redis 2.x–3.x's start line, `The server is now ready to accept connections on port N`: the port, no address;
 * - the daemon's reply to a lookup alone (`No such container`, `No such image`, `No such object`) at lesson 3: it answered;
 * - docker-py under requests 2.32+ (`Not supported URL scheme http+docker`): Compose v1 too old, no word about the daemon;
 * - a listing trimmed by hand (a README's IMAGE/STATUS/PORTS/NAMES, `Up` without its duration, cells off their headers);
 * - a program's own stop because of an error (`shutting down, because … error`, `exiting with error`, `Error starting application`).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const redisRows: Row[] = [
  {
    source:
      'redis 3.2 src/server.c main: serverLog(LL_NOTICE,"The server is now ready to accept connections on port %d"), under docker logs',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'redis-3-ready-port',
    text: [
      '$ docker logs cache',
      '1:C 02 Mar 10:00:00.001 # Warning: no config file specified, using the default config.',
      '1:M 02 Mar 10:00:00.003 # Server started, Redis version 3.2.12',
      '1:M 02 Mar 10:00:00.003 * The server is now ready to accept connections on port 6379',
    ].join('\n'),
  },
  {
    source: 'redis 2.8 redis.c main: redisLog(REDIS_NOTICE,"The server is now ready to accept connections on port %d"), its [pid] prefix',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'redis-2-ready-port',
    text: [
      '$ docker logs my-redis',
      '[1] 02 Mar 10:00:00.003 # Server started, Redis version 2.8.23',
      '[1] 02 Mar 10:00:00.003 * The server is now ready to accept connections on port 6380',
    ].join('\n'),
  },
  {
    source: 'redis 4.0+ `Ready to accept connections` (7.x `Ready to accept connections tcp`): no port, nothing said of where',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-redis-7-ready-no-port',
    text: ['$ docker logs cache', '1:M 02 Mar 2024 10:00:00.003 * Ready to accept connections tcp'].join('\n'),
  },
  {
    source: "redis' unix socket line (`… ready to accept connections at /tmp/redis.sock`): no port",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-redis-unix-socket',
    text: ['$ docker logs cache', '1:M 02 Mar 10:00:00.003 * The server is now ready to accept connections at /tmp/redis.sock'].join('\n'),
  },
];

const lookupRows: Row[] = [
  {
    source:
      'moby client/request.go checkResponseErr (`Error response from daemon: %s`) over daemon/container/view.go `No such container: %s`',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'lookup-exec-no-such-container',
    text: ['$ docker exec -it app-db psql -U postgres', 'Error response from daemon: No such container: app-db'].join('\n'),
  },
  {
    source: 'docker/cli cli/command/inspect/inspector.go: `Error: No such object: %s` for a name no kind holds',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'lookup-inspect-no-such-object',
    text: ['$ docker inspect proxy', 'Error: No such object: proxy'].join('\n'),
  },
  {
    source: "a script's lookup of its container in a code span, its own wait line after it (the reply alone of the daemon's)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'lookup-script-code-span',
    text: ['`Error response from daemon: No such container: vpn-proxy', 'Waiting for container to start...', '`'].join('\n'),
  },
  {
    source: 'the same reply at reach:running: the container is not there',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-lookup-at-reach-running',
    text: ['$ docker exec -it app-db psql -U postgres', 'Error response from daemon: No such container: app-db'].join('\n'),
  },
  {
    source: "the reply, then the client's `Cannot connect to the Docker daemon` later: the later state stands, no daemon answers",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-lookup-then-cannot-connect',
    text: [
      '$ docker logs web',
      'Error response from daemon: No such container: web',
      '$ docker ps',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
  {
    source: "the reply beside a Server part: the install works (moby/moby#18424's rule, unchanged)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-lookup-beside-server',
    text: [
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           27.3.1',
      ' API version:       1.47',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          27.3.1',
      '  API version:      1.47 (minimum version 1.24)',
      '$ docker inspect web',
      'Error: No such object: web',
    ].join('\n'),
  },
];

const dockerPyRows: Row[] = [
  {
    source: "docker-py docker/api/client.py _retrieve_server_version under requests 2.32 (docker/docker-py#3256), Compose v1's traceback",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'docker-py-http-docker-compose-v1',
    text: [
      '$ docker-compose up -d',
      'Traceback (most recent call last):',
      '  File "/usr/bin/docker-compose", line 33, in <module>',
      '  File "/usr/lib/python3/dist-packages/compose/cli/main.py", line 81, in main',
      '  File "/usr/lib/python3/dist-packages/compose/cli/docker_client.py", line 170, in docker_client',
      '  File "/usr/lib/python3/dist-packages/docker/api/client.py", line 221, in _retrieve_server_version',
      'docker.errors.DockerException: Error while fetching server API version: Not supported URL scheme http+docker',
    ].join('\n'),
  },
  {
    source: 'the last line alone, as a forum post quotes it under its docker-compose command',
    check: 'networks',
    want: ['problem', 'compose-too-old'],
    id: 'docker-py-http-docker-last-line',
    text: [
      '$ sudo docker-compose ps',
      'docker.errors.DockerException: Error while fetching server API version: Not supported URL scheme http+docker',
    ].join('\n'),
  },
  {
    source: "docker-py's own refusal by a missing socket (`FileNotFoundError(2, …)`) stays the daemon's, at lesson 3",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-docker-py-socket-missing',
    text: [
      '$ docker-compose up -d',
      "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))",
    ].join('\n'),
  },
  {
    source: 'the http+docker words at lesson 3 beside a Server part: nothing of the daemon fails (no "Cannot connect")',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-docker-py-http-docker-install',
    text: [
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           24.0.7',
      ' API version:       1.43',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          24.0.7',
      '  API version:      1.43 (minimum version 1.12)',
      '$ docker-compose up -d',
      'docker.errors.DockerException: Error while fetching server API version: Not supported URL scheme http+docker',
    ].join('\n'),
  },
];

const trimmedRows: Row[] = [
  {
    source: "a README's expected docker ps trimmed by hand to IMAGE/STATUS/PORTS/NAMES, a port range's cell left of its header",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'trimmed-table-range-off-header',
    text: [
      '$ docker ps',
      '',
      'IMAGE                             STATUS              PORTS                              NAMES',
      'minio/minio:RELEASE.2024-01-01   Up       0.0.0.0:9000-9001->9000-9001/tcp               minio',
    ].join('\n'),
  },
  {
    source: "the same trim, `Up` without its duration, container_name's names (none of the lesson's) after a compose up",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'trimmed-table-up-alone-own-names',
    text: [
      '$ docker compose up -d',
      '$ docker ps',
      '',
      'IMAGE                           STATUS              PORTS                              NAMES',
      'minio/minio:latest                Up       0.0.0.0:9000->9000/tcp       minio',
      'minio/mc:latest                   Up                                        mc',
    ].join('\n'),
  },
  {
    source: 'the same trimmed header with its spaces collapsed by a chat (`IMAGE STATUS PORTS NAMES`): still a trim, never a whole listing',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'trimmed-table-spaces-collapsed',
    text: ['$ docker ps', 'IMAGE STATUS PORTS NAMES', 'minio/minio:latest Up 0.0.0.0:9000->9000/tcp minio', 'minio/mc:latest Up mc'].join(
      '\n',
    ),
  },
  {
    source: "docker/cli's default header with its spaces collapsed, nothing at 8050: whole, as before",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-default-header-spaces-collapsed',
    text: [
      '$ docker ps',
      'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES',
      '3f2a1b4c5d6e minio/minio "/usr/bin/docker-ent…" 2 minutes ago Up 2 minutes 0.0.0.0:9000->9000/tcp minio',
    ].join('\n'),
  },
  {
    source: "docker/cli's own table (tabwriter, every cell under its header): a range that holds 8050 is another container's",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-cli-table-range-holds-8050',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                              NAMES',
      '3f2a1b4c5d6e   grafana/loki   "/usr/bin/loki -conf…"   2 minutes ago   Up 2 minutes   0.0.0.0:8040-8060->8040-8060/tcp   loki',
    ].join('\n'),
  },
];

const stopRows: Row[] = [
  {
    source:
      "a worker's wait for its database (SUSE/Portus bin/background.rb: `[Database] Timeout reached, exiting with error.`) under Compose v1's prefix",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'exiting-with-error-compose',
    text: [
      '$ docker-compose up',
      'worker_1  | [Database] Not ready yet. Waiting...',
      'worker_1  | [Database] Not ready yet. Waiting...',
      'worker_1  | [Database] Timeout reached, exiting with error. Check the logs...',
    ].join('\n'),
  },
  {
    source: "a bot's own stop after its lookup failed (`… is shutting down, because handler loading throw error`), in its log's brackets",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'shutting-down-because-error',
    text: [
      '$ docker compose logs bot',
      'bot-1  | [ 02/03/2025 | 10:00:00 ] [ MongoDB | ERROR ] Connection error while connecting:',
      'bot-1  | MongooseServerSelectionError: getaddrinfo ENOTFOUND mongodb',
      'bot-1  | [ 02/03/2025 | 10:00:00 ] [ Handlers ] Bot is shutting down, because handler loading throw error',
    ].join('\n'),
  },
  {
    source: "an app's own `Error starting application.` (a framework's init failing), its reason after it, under a foreground docker run",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'error-starting-application-run',
    text: [
      '$ docker run -p 8080:8080 acme/analytics',
      '10:00:00.100Z  INFO app: Loading modules',
      'Error starting application. This error occurred while trying to initialize the framework.',
      'Exception details:  [Error: connect ECONNREFUSED 127.0.0.1:5672]',
    ].join('\n'),
  },
  {
    source: 'a graceful stop with no error named (`Received SIGTERM, shutting down`): no failure, the lookup before it answers',
    check: 'compose',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-graceful-shutdown',
    text: [
      '$ docker compose logs bot',
      'bot-1  | MongooseServerSelectionError: getaddrinfo ENOTFOUND mongodb',
      'bot-1  | Received SIGTERM, shutting down gracefully',
    ].join('\n'),
  },
  {
    source: 'a stop that says it will retry (`exiting with error, will retry in 5 seconds`): it goes on',
    check: 'compose',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-exiting-will-retry',
    text: [
      '$ docker compose logs bot',
      'bot-1  | MongooseServerSelectionError: getaddrinfo ENOTFOUND mongodb',
      'bot-1  | connection loop exiting with error, will retry in 5 seconds',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Redis 2.x–3.x's start line at its port", redisRows],
  ["the daemon's reply to a lookup alone at lesson 3", lookupRows],
  ['docker-py under requests 2.32 (Compose v1)', dockerPyRows],
  ['a listing trimmed by hand', trimmedRows],
  ["a program's own stop because of an error", stopRows],
];

describe.each(families)('cw193 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
