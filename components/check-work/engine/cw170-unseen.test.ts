/*
 * cw170 (stop 56): holdout162's misses, by class, each row a short paste on a real program's or writer's format (`source` names it),
 * never a holdout paste:
 * - a client container run after a server's: a foreground `docker run` publishing nothing whose own command addresses the earlier
 *   run's container by its --name on their network (ab, curl, psql in a container): the server's run line stands (diagnose-run.ts);
 * - an HTTP client's empty JSON list (`[]` under curl or wget, also one the splitter left in the part before): the app's body, not
 *   docker's "nothing matched" (schemas.ts readScan, read.ts);
 * - a blank line after a listing's rows, then another command's output in the same block: a `...` there elides that output, not the
 *   listing's rows (parse-table.ts rowsLost);
 * - another project's `web` service with requests only (an access log): the one service that says where it listens answers at
 *   "Does the app listen?" (reach.ts).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const id64 = (c: string) => c.repeat(64);

const clientRows: Row[] = [
  {
    source: "docker/docs' bridge network page (containers reach each other by name) with curlimages/curl, whose entrypoint is curl",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'curl-container-by-name',
    text: [
      '$ docker network create web-net',
      id64('a'),
      '$ docker run -d --name web --network web-net -p 8080:80 nginx',
      id64('b'),
      '$ docker run --rm --network web-net curlimages/curl -s http://web:80/',
      '<!DOCTYPE html>',
      '<title>Welcome to nginx!</title>',
    ].join('\n'),
  },
  {
    source: "ApacheBench in a container (ab's usage: options, then the URL) against a named server on a user network, a bare host",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'ab-container-bare-host',
    text: [
      '$ docker run -d --name site --network bench -p 9090:80 httpd:2.4',
      id64('c'),
      '$ docker run --rm --network bench jordi/ab -n 500 -c 10 http://site/',
      'This is ApacheBench, Version 2.3 <$Revision: 1879490 $>',
      'Benchmarking site (be patient)',
      'Complete requests:      500',
      'Failed requests:        0',
    ].join('\n'),
  },
  {
    source: "the postgres image's psql in a second container (`-h db`), docker-library's documented way to reach a named server",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'psql-container-host-flag',
    text: [
      '$ docker run -d --name db --network pg -p 5433:5432 -e POSTGRES_PASSWORD=pw postgres:16',
      id64('d'),
      '$ docker run -it --rm --network pg postgres:16 psql -h db -U postgres',
      'psql (16.3 (Debian 16.3-1.pgdg120+1))',
      'postgres=#',
    ].join('\n'),
  },
  {
    source: "the lesson's own run, then a curl container at it: the server's line stands, its app line not shown, so part only",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'lesson-run-then-client',
    text: [
      '$ docker run -d --name dash-app --network lab -p 8050:8050 dash-app',
      id64('e'),
      '$ docker run --rm --network lab curlimages/curl -s http://dash-app:8050/',
      '<!DOCTYPE html>',
    ].join('\n'),
  },
  {
    source: 'guard: a later foreground run that names no earlier container is a later try (cw57), publishing nothing',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-later-run-names-nothing',
    text: [
      '$ docker run -d --name web -p 8080:80 nginx',
      id64('f'),
      '$ docker run --rm --network web-net curlimages/curl -s http://example.com/',
      '<!doctype html>',
    ].join('\n'),
  },
  {
    source: 'guard: a later run that publishes a port is a server of its own, whatever its command names',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-later-run-publishes',
    text: [
      '$ docker run -d --name web -p 8050:8050 dash-app',
      id64('1'),
      '$ docker run -d --name proxy -p 8080:80 nginx web',
      id64('2'),
    ].join('\n'),
  },
  {
    source: "probe: the client container's curl refused at the lesson's container: never an ok (the server's line stands, part only)",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'probe-client-refused-not-ok',
    text: [
      '$ docker run -d --name dash-app --network lab -p 8050:8050 dash-app',
      id64('3'),
      '$ docker run --rm --network lab curlimages/curl -s http://dash-app:8050/',
      'curl: (7) Failed to connect to dash-app port 8050 after 2 ms: Could not connect to server',
    ].join('\n'),
  },
  {
    source: 'probe: the same lines quoted in a sentence, no output: never an ok',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-probe-client-in-sentence',
    text: 'I ran `docker run -d --name dash-app --network lab -p 8050:8050 dash-app` and then `docker run --rm --network lab curlimages/curl http://dash-app:8050/` but nothing.',
  },
  {
    source: 'probe: the client run cut at its own line (the paste ends there): the server line alone, never an ok',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-probe-client-cut',
    text: [
      '$ docker run -d --name dash-app --network lab -p 8050:8050 dash-app',
      id64('4'),
      '$ docker run --rm --network lab curlimages/curl -s http://dash-app:8050/',
    ].join('\n'),
  },
];

const emptyListRows: Row[] = [
  {
    source: "FastAPI's tutorial app (an empty list at /items/) under curl, uvicorn's startup line in docker logs",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'curl-empty-list-then-logs',
    text: [
      '$ docker run -d -p 8080:8000 --name api fastapi-demo',
      id64('5'),
      '$ curl http://localhost:8080/items/',
      '[]',
      '$ docker logs api',
      'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
    ].join('\n'),
  },
  {
    source: "a list item's indented code block (CommonMark: four spaces in a list item), wget -qO- of an empty JSON list",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'wget-empty-list-indented',
    text: [
      '1. Run:',
      '    $ docker run -d -p 8000:80 --name todo todo-api:1.0',
      '    ' + id64('6'),
      '2. Query:',
      '    $ wget -qO- http://localhost:8000/todos',
      '    []',
      '3. Logs:',
      '    $ docker logs todo',
      '    INFO:     Uvicorn running on http://0.0.0.0:80 (Press CTRL+C to quit)',
    ].join('\n'),
  },
  {
    source: "guard: docker/cli inspect's `[]` for no match (elementsInspector.Flush) with its error: nothing found stays",
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-inspect-empty',
    text: ['$ docker inspect dash-app', '[]', 'Error: No such object: dash-app'].join('\n'),
  },
  {
    source: "guard: the Engine API's own list over its socket (`GET /containers/json`), empty: the daemon's list, nothing running",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-engine-api-empty',
    text: ['$ curl --unix-socket /var/run/docker.sock http://localhost/containers/json', '[]'].join('\n'),
  },
];

const psHeader = 'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                  NAMES';
const nginxRow = (id: string, name: string, port = '0.0.0.0:8080->80/tcp  ') =>
  `${id}   nginx:1.27     "/docker-entrypoint.…"   5 minutes ago   Up 5 minutes   ${port} ${name}`;

const blockEndRows: Row[] = [
  {
    source: "docker/cli's default ps table, then a bare `curl -I` line and nginx's headers elided with `...` in the same block",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-then-curl-headers-elided',
    text: [
      '$ docker ps',
      psHeader,
      nginxRow('4f9a1c2b3d4e', 'site'),
      '',
      'curl -I localhost:8080',
      'HTTP/1.1 200 OK',
      'Server: nginx/1.27.0',
      '...',
    ].join('\n'),
  },
  {
    source: "the same with wget's log (`--2024-… --`, `Resolving`, `HTTP request sent`) elided with `…`",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-then-wget-log-elided',
    text: [
      '$ docker ps',
      psHeader,
      nginxRow('5a0b1c2d3e4f', 'site'),
      '',
      'wget localhost:8080',
      'HTTP request sent, awaiting response... 200 OK',
      '…',
    ].join('\n'),
  },
  {
    source: 'guard: a `...` right after the blank line under the rows is still the listing left out (rows below it)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-ps-blank-then-elision',
    text: ['$ docker ps', psHeader, nginxRow('6b1c2d3e4f5a', 'site'), '', '...'].join('\n'),
  },
  {
    source: 'guard: a `...` right under the rows elides rows',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-ps-elision-under-rows',
    text: ['$ docker ps', psHeader, nginxRow('7c2d3e4f5a6b', 'site'), '...', '', 'curl -I localhost:8080', 'HTTP/1.1 200 OK'].join('\n'),
  },
  {
    source: 'guard: another row after the blank line (a copy that split the table), then `...`: rows left out',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-ps-row-after-blank',
    text: [
      '$ docker ps',
      psHeader,
      nginxRow('8d3e4f5a6b7c', 'site'),
      '',
      nginxRow('9e4f5a6b7c8d', 'site2', '0.0.0.0:8081->80/tcp  '),
      '...',
    ].join('\n'),
  },
  {
    source: 'probe: the listing holds 8050, then curl and an elision: the port is taken, never an ok',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-probe-8050-held',
    text: [
      '$ docker ps',
      psHeader,
      nginxRow('af5a6b7c8d9e', 'other', '0.0.0.0:8050->80/tcp  '),
      '',
      'curl -I localhost:8050',
      'HTTP/1.1 200 OK',
      '...',
    ].join('\n'),
  },
  {
    source: 'probe: the last row cut before NAMES, then curl and an elision: a cut listing stays part',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-probe-row-cut',
    text: [
      '$ docker ps',
      psHeader,
      '4f9a1c2b3d4e   nginx:1.27     "/docker-entrypoint.…"   5 minutes ago   Up 5 minutes',
      '',
      'curl -I localhost:8080',
      'HTTP/1.1 200 OK',
      '...',
    ].join('\n'),
  },
  {
    source: 'probe: the header and rows quoted in a sentence, then curl output: never an ok',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-probe-quoted-row',
    text: [
      'My docker ps shows `4f9a1c2b3d4e nginx:1.27 Up 5 minutes 0.0.0.0:8080->80/tcp site`',
      '',
      'curl -I localhost:8080',
      'HTTP/1.1 200 OK',
      '...',
    ].join('\n'),
  },
];

const otherWebRows: Row[] = [
  {
    source:
      "docker/compose v2's up (`Container <project>-<service>-1  Created`, `<service>-1  | ` prefixes): uvicorn in api, nginx's access log in web",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'v2-other-project-web-access-log',
    text: [
      '$ docker compose up',
      ' ✔ Container shop-api-1  Created',
      ' ✔ Container shop-web-1  Created',
      'Attaching to api-1, web-1',
      'api-1  | INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      'web-1  | 172.19.0.1 - - [03/Mar/2024:10:00:01 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"',
    ].join('\n'),
  },
  {
    source: "docker/compose v1's up (`Creating <project>_web_1 ... done`, `web_1  | `), gunicorn's `Listening at:` in app",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'v1-other-project-web-access-log',
    text: [
      'Creating blog_app_1 ... done',
      'Creating blog_web_1 ... done',
      'Attaching to blog_app_1, blog_web_1',
      'app_1  | [2020-01-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)',
      'web_1  | 172.20.0.1 - - [01/Jan/2020:10:00:05 +0000] "GET / HTTP/1.1" 200 13 "-" "curl/7.68.0" "-"',
    ].join('\n'),
  },
  {
    source: "guard: the lesson's own project (dash-app_web_1) keeps its web service's requests as the app's, whatever another says",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-lesson-project-web',
    text: [
      'Creating dash-app_api_1 ... done',
      'Creating dash-app_web_1 ... done',
      'Attaching to dash-app_api_1, dash-app_web_1',
      'api_1  | [2020-01-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)',
      'web_1  | 172.20.0.1 - - [01/Jan/2020:10:00:05 +0000] "GET / HTTP/1.1" 200 13 "-" "curl/7.68.0" "-"',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a client container run at an earlier run's container by its name", clientRows],
  ["an HTTP client's empty JSON list", emptyListRows],
  ["a blank line after a listing's rows, then another command's output", blockEndRows],
  ["another project's web service with requests only", otherWebRows],
];

describe.each(families)('cw170 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
