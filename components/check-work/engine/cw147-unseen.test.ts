/*
 * cw147 (stop 50): holdout127's misses, by class, each row a short paste on a real program's or writer's format (`source` names it),
 * never a holdout paste:
 * - asyncio's bind refusal as CPython 3.12+ words it (`… : [errno 13] permission denied`): the server never listened, it stopped;
 * - a start line with an article before its URL (`listening on the http://…`): where the server listens;
 * - a logfmt start line whose field says where (`msg="… ready" address="0.0.0.0:4533"`): where the server listens;
 * - nginx's refusal wrapped by a console, its `upstream:` on the next row, at loopback: compose-localhost-upstream at compose;
 * - docker inspect -f's template lines, a blank line and the writer's prose after them: the container's state, at run too;
 * - `docker logs NAME` of a container Compose named for another project: that project's paste;
 * - a service whose own program said it stopped at start (` ⨯ Failed to start server`, yarn's `Command failed`): not running, at compose;
 * - docker version run onto one line: its Client and Server parts;
 * - hello-world's greeting run onto one line: the daemon ran it;
 * - moby's refusal to publish cut before its cause, with the learner's word that their program holds the port: the port taken.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const bindRows: Row[] = [
  {
    source: "CPython 3.12 Lib/asyncio/base_events.py create_server (str(err).lower()), uvicorn's startup logging it, port 80 as a user",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'uvicorn-errno13-lowered',
    text: [
      '$ docker logs api',
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
      "ERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 80): [errno 13] permission denied",
      'INFO:     Waiting for application shutdown.',
      'INFO:     Application shutdown complete.',
    ].join('\n'),
  },
  {
    source: 'the same message for EADDRNOTAVAIL (an address the container lacks), at "Is it running?"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'uvicorn-errno99-lowered',
    text: [
      '$ docker logs dash-app',
      "ERROR:    [Errno 99] error while attempting to bind on address ('10.1.2.3', 8050): [errno 99] cannot assign requested address",
      'INFO:     Waiting for application shutdown.',
    ].join('\n'),
  },
  {
    source: 'guard: the same message for EADDRINUSE stays the port taken (host-clients.ts, Errno 98)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-errno98-lowered',
    text: [
      '$ uvicorn app:app --port 8050',
      "ERROR:    [Errno 98] error while attempting to bind on address ('127.0.0.1', 8050): [errno 98] address already in use",
    ].join('\n'),
  },
];

const listenRows: Row[] = [
  {
    source: "an Express template's `console.log(`App listening on the http://localhost:${port}`)`, in docker logs",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'article-before-url-localhost',
    text: ['$ docker logs dash-app', 'App listening on the http://localhost:8050'].join('\n'),
  },
  {
    source: 'the same words at every address, another port: the port answers',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'article-before-url-other-port',
    text: ['$ docker logs dash-app', 'Server is listening on the http://0.0.0.0:3000'].join('\n'),
  },
  {
    source: 'logrus TextFormatter of a Go server\'s start line (`log.Info("Server started", "addr", addr)`), port only',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'logfmt-started-addr',
    text: ['$ docker logs dash-app', 'time="2024-05-01T10:00:00Z" level=info msg="HTTP server started" version=1.4 addr=":9090"'].join(
      '\n',
    ),
  },
  {
    source: 'navidrome-style logfmt `msg="… is ready!" address="127.0.0.1:…"`: loopback',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'logfmt-ready-loopback',
    text: [
      '$ docker logs dash-app',
      'time="2024-05-01T10:00:00Z" level=info msg="----> Server is ready!" address="127.0.0.1:8050" startupTime=9ms',
    ].join('\n'),
  },
  {
    source: 'guard: a logfmt line of a client dialling a peer (`msg="Connecting to database" address="db:5432"`) is no start line',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-logfmt-client',
    text: ['time="2024-05-01T10:00:00Z" level=info msg="Connecting to database" address="db:5432"'].join('\n'),
  },
  {
    source: "guard: Dash's own start line keeps its ok",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-dash-start',
    text: ['$ docker logs dash-app', 'Dash is running on http://0.0.0.0:8050/'].join('\n'),
  },
];

const nginxRows: Row[] = [
  {
    source:
      'nginx ngx_http_upstream_log_error (`, upstream: "%V"` in the same entry) wrapped by a 100-column console, the upstream on the next row',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'nginx-wrapped-loopback',
    text: [
      '$ docker exec -it proxy tail /var/log/nginx/error.log',
      '2024/03/01 10:00:00 [error] 29#29: *7 connect() failed (111: Connection refused) while connecting to upstream, client: 172.1',
      '8.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8050/", host: "localhost:8080"',
    ].join('\n'),
  },
  {
    source: 'guard: the same wrap with the upstream at a peer stays the refusal',
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-nginx-wrapped-peer',
    text: [
      '$ docker exec -it proxy tail /var/log/nginx/error.log',
      '2024/03/01 10:00:00 [error] 29#29: *7 connect() failed (111: Connection refused) while connecting to upstream, client: 172.1',
      '8.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost:8080"',
    ].join('\n'),
  },
];

const inspectRows: Row[] = [
  {
    source: "docker/cli inspector.go (one line per object) of a learner's template, then a heading and another command in a fence",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'inspect-template-then-prose-run',
    text: [
      "$ docker inspect -f 'state={{.State.Status}} code={{.State.ExitCode}}' dash-app",
      'state=exited code=1',
      '',
      'Docker info:',
      '',
      '$ docker info',
      'Client: Docker Engine - Community',
      ' Version:    27.3.1',
    ].join('\n'),
  },
  {
    source: 'the same at "Is it running?"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'inspect-template-then-prose-reach',
    text: [
      "$ docker inspect -f 'state={{.State.Status}} code={{.State.ExitCode}}' dash-app",
      'state=exited code=137',
      '',
      'Docker info:',
      '',
      '$ docker info',
      'Client: Docker Engine - Community',
    ].join('\n'),
  },
  {
    source: 'guard: a line the template does not fit before the blank line is still no reading',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-inspect-unfit-line',
    text: ["$ docker inspect -f 'state={{.State.Status}}' dash-app", 'state=running', 'and then it stopped', '', 'more text'].join('\n'),
  },
];

const projectRows: Row[] = [
  {
    source: 'docker/compose v2 getContainerName (`project-service-N`) in a `docker logs` command, another project',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'logs-v2-name-other-project',
    text: ['$ docker logs shop-api-1', 'Server started on port 4000'].join('\n'),
  },
  {
    source: 'Compose v1 build_container_name (`project_service_N`) in the same command',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'logs-v1-name-other-project',
    text: ['$ docker logs -f blog_web_1', 'Listening at: http://0.0.0.0:8000 (1)'].join('\n'),
  },
  {
    source: 'guard: a name of three words and the number is ambiguous (a hyphenated service): no project read',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-logs-ambiguous-name',
    text: ['$ docker logs my-shop-api-1', 'Server started on port 4000'].join('\n'),
  },
];

const stopRows: Row[] = [
  {
    source: "Next.js start-server.ts `console.error(' ⨯ Failed to start server')`, then node's lookup error of its own host, at compose",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'next-failed-to-start-lookup',
    text: [
      'web-1  |  ⨯ Failed to start server',
      'web-1  | Error: getaddrinfo ENOTFOUND myhost',
      'web-1  |     at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)',
    ].join('\n'),
  },
  {
    source: "yarn 1 `error Command failed with exit code 1.` after the app's refused connection (Prisma's P1001), at compose",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'yarn-failed-after-refusal',
    text: [
      "web-1  | Error: P1001: Can't reach database server at `db`:`5432`",
      'web-1  | Error: connect ECONNREFUSED 172.18.0.2:5432',
      'web-1  | error Command failed with exit code 1.',
    ].join('\n'),
  },
  {
    source: 'guard: at networks the lookup keeps its answer (CONVENTIONS §2.6, a lookup before the crash it causes)',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-next-lookup-networks',
    text: ['web-1  |  ⨯ Failed to start server', 'web-1  | Error: getaddrinfo ENOTFOUND db'].join('\n'),
  },
];

const installRows: Row[] = [
  {
    source: "docker/cli version.go's Client part run onto one line (an issue title), cut before the Server part",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'version-client-one-line',
    text: 'docker version gives: Client: Docker Engine - Community Version: 20.10.7 API version: 1.41 Go version: go1.13.15 Git commit: f0df350 Built: Wed Jun 2 11:56:40 2021 OS/Arch: linux/amd64 Context: default Experimental: true',
  },
  {
    source: 'the same with its Server part, run on too',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'version-both-one-line',
    text: 'Client: Docker Engine - Community Version: 24.0.7 API version: 1.43 Go version: go1.20.10 Git commit: afdd53b Built: Thu Oct 26 09:07:41 2023 OS/Arch: linux/amd64 Context: default Server: Docker Engine - Community Engine: Version: 24.0.7 API version: 1.43 (minimum version 1.12) Go version: go1.20.10 Git commit: 311b9ff Built: Thu Oct 26 09:07:41 2023 OS/Arch: linux/amd64 Experimental: false',
  },
  {
    source: 'guard: a sentence with `Client:` and one key is no flattened version',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-version-sentence',
    text: 'The Client: Version: 20.10 is what I have, is that enough?',
  },
  {
    source:
      "guard (stop 50, found by a probe after the merge): the whole template run onto one line inside a quote of the learner's sentence, told",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-version-quoted',
    text: 'I expected "Client: Docker Engine - Community Version: 27.3.1 API version: 1.47 Go version: go1.22.7 OS/Arch: linux/amd64 Server: Docker Engine - Community Engine: Version: 27.3.1 API version: 1.47 (minimum version 1.24) OS/Arch: linux/amd64" but got an error.',
  },
  {
    source: "docker-library/hello-world hello.c's greeting run onto one line with a listing's line numbers",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'hello-one-line-numbered',
    text: '1 $ docker run hello-world 2 3 Hello from Docker! 4 This message shows that your installation appears to be working correctly. 5 6 To generate this message, Docker took the following steps: 7 1. The Docker client contacted the Docker daemon. 8 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
  },
  {
    source: "guard: the greeting's sentence alone, quoted in prose, without its steps",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-hello-sentence-only',
    text: 'The docs say "This message shows that your installation appears to be working correctly." should appear.',
  },
  {
    source:
      "guard (stop 50, found by a probe after the merge): the greeting with its steps quoted in a learner's sentence, told, not printed (enclosed.ts)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-hello-quoted-whole',
    text: 'The tutorial says you should see "Hello from Docker! This message shows that your installation appears to be working correctly. To generate this message, Docker took the following steps: 1. The Docker client contacted the Docker daemon." but I get nothing.',
  },
  {
    source: 'guard (stop 50): the same greeting in a code span of a README line',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-hello-code-span',
    text: 'Expected: `This message shows that your installation appears to be working correctly. To generate this message, Docker took the following steps: 1. The Docker client contacted the Docker daemon.`',
  },
];

const portRows: Row[] = [
  {
    source:
      "moby libnetwork's `driver failed programming external connectivity on endpoint %s (%s): %v` through guzzle's body summary (` (truncated...)`), the learner's program on the port",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'connectivity-cut-told',
    text: [
      "We're already using port 8050 for another app.",
      'Server error: `POST http://localhost/v1.43/containers/dash-app/start` resulted in a `500 Internal Server Error` response: {"message":"driver failed programming external connectivity on endpoint dash-app (3f1e2d4c5b6a (truncated...)',
    ].join('\n'),
  },
  {
    source: 'guard: the cut refusal alone (its cause may be a firewall rule) names no port taken',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-connectivity-cut-alone',
    text: '{"message":"driver failed programming external connectivity on endpoint dash-app (3f1e2d4c5b6a (truncated...)',
  },
  {
    source: "the learner's own program on the port, in the first person, alone: told (cw111's partial)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'told-first-person-alone',
    text: 'I am using port 8050 already for Jupyter.',
  },
];

const families: [string, Row[]][] = [
  ["asyncio's bind refusal with its errno lowered", bindRows],
  ['a start line in other words: an article, a logfmt field', listenRows],
  ["nginx's refusal wrapped by a console", nginxRows],
  ["docker inspect -f's lines before the writer's prose", inspectRows],
  ['a container Compose named, in docker logs', projectRows],
  ["a service's program that said it stopped at start", stopRows],
  ['docker version and hello-world run onto one line', installRows],
  ["Docker's refusal to publish cut before its cause", portRows],
];

describe.each(families)('cw147 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
