/*
 * cw129 (stop 46): the answer policy, not a text shape. Before "I can't read this", the step's question is asked once more of the
 * facts already read (reach-fallback.ts): forwards from any reader that none leads to the app's port, containers read with their
 * ports that publish nothing, one output that ends in a failure with nothing shown running, a port said taken in a program's words.
 * Each row is a short paste built on a real source's format (`source` names it), never a holdout paste. Rows whose id starts
 * "guard" must keep their answer: other steps' commands, non-Docker text, an empty paste and a build log stay unreadable, oks stay ok.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const psHead = 'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  NAMES';

const forwardRows: Row[] = [
  {
    source: "docker/cli formatter/container.go's docker ps table of Grafana (grafana/grafana's image, 3000/tcp), no app line",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'grafana-ps-3000',
    text: `$ docker ps\n${psHead}\n1b2c3d4e5f60   grafana/grafana   "/run.sh"   2 minutes ago   Up 2 minutes   0.0.0.0:3000->3000/tcp   grafana\n`,
  },
  {
    source: "docker/compose v2 `docker compose ps` of a stranger project (gitea + postgres, gitea's docs' compose file: 3000:3000, 222:22)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'compose-ps-gitea',
    text: [
      '$ docker compose ps',
      'NAME          IMAGE                COMMAND                  SERVICE   CREATED          STATUS          PORTS',
      'gitea         gitea/gitea:1.21     "/usr/bin/entrypoint…"   server    12 seconds ago   Up 10 seconds   0.0.0.0:222->22/tcp, 0.0.0.0:3000->3000/tcp',
      'gitea-db-1    postgres:14          "docker-entrypoint.s…"   db        12 seconds ago   Up 11 seconds   5432/tcp',
    ].join('\n'),
  },
  {
    source: "a run line with -p 3000:3000 under prose (a Next.js tutorial's `docker run -p 3000:3000 nextjs-docker`), its ID printed",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-run-p-3000-alone-at-listening',
    text: 'I started it like the tutorial says:\n\n$ docker run -d -p 3000:3000 nextjs-docker\n4f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4\n\nbut nothing loads.',
  },
  {
    source: "docker/cli cli/command/container/port.go `docker port NAME`'s `80/tcp -> 0.0.0.0:8080` lines (nginx's docs)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'docker-port-nginx-80',
    text: '$ docker port some-nginx\n80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n',
  },
  {
    source:
      "the lesson's host port forwarded to nginx's 80 (docker ps of `docker run -d -p 8050:80 nginx`): at listening, not the app's port",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'ps-8050-to-80',
    text: `$ docker ps\n${psHead}\n7a8b9c0d1e2f   nginx     "/docker-entrypoint.…"   9 seconds ago   Up 8 seconds   0.0.0.0:8050->80/tcp   eager_turing\n`,
  },
  {
    source: "moby api/types container.InspectResponse: `docker inspect -f '{{json .NetworkSettings.Ports}}'` of a container run without -p",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'inspect-ports-exposed-only',
    text: '$ docker inspect -f \'{{json .NetworkSettings}}\' busybox1\n{"Bridge":"","SandboxID":"ab12","Ports":{},"IPAddress":"172.17.0.2","Gateway":"172.17.0.1"}\n',
  },
];

const crashRows: Row[] = [
  {
    source: "nginx's start refusal under a foreground docker run (ngx_conf_file.c `[emerg] 1#1: unknown directive`), then `nginx: [emerg]`",
    check: 'reach:running',
    want: 'not ok',
    id: 'nginx-emerg-foreground',
    text: '$ docker run --rm -p 8080:80 -v $PWD/nginx.conf:/etc/nginx/nginx.conf mynginx\n2024/05/01 10:00:00 [emerg] 1#1: unknown directive "servr" in /etc/nginx/nginx.conf:3\nnginx: [emerg] unknown directive "servr" in /etc/nginx/nginx.conf:3\n',
  },
  {
    source: "a shell entrypoint's syntax error under `docker run --rm` (bash's `line N: syntax error near unexpected token`)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'entrypoint-syntax-error',
    text: "$ docker run --rm myapp\n/entrypoint.sh: line 12: syntax error near unexpected token `fi'\n/entrypoint.sh: line 12: `fi'\n",
  },
  {
    source: 'postgres docker-entrypoint.sh under docker run: initdb refused, then `FATAL:  data directory "…" has wrong ownership`',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'postgres-fatal-foreground',
    text: '$ docker run --rm -e POSTGRES_PASSWORD=x postgres:16\n2024-05-01 10:00:00.000 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership\n2024-05-01 10:00:00.001 UTC [1] HINT:  The server must be started by the user that owns the data directory.\n',
  },
  {
    source:
      "node's own crash under `docker run` (lib/internal/modules/cjs/loader.js `Error: Cannot find module`), then `Node.js v20` — a Traceback-like fatal",
    check: 'reach:listening',
    want: 'not ok',
    id: 'node-cannot-find-module',
    text: "$ docker run --rm -p 3000:3000 mynode\nnode:internal/modules/cjs/loader:1080\n  throw err;\n  ^\n\nError: Cannot find module '/app/server.js'\n",
  },
  {
    source:
      "Python's traceback under a foreground docker run (CPython's `Traceback (most recent call last):`), a Flask app that failed to import",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'python-traceback-foreground',
    text: '$ docker run --rm web\nTraceback (most recent call last):\n  File "/app/app.py", line 1, in <module>\n    import dash\nModuleNotFoundError: No module named \'dash\'\n',
  },
];

const bindRows: Row[] = [
  {
    source: "Home Assistant Supervisor's add-on refusal (`Port '80' is already in use by something else on the host`) quoted in a question",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'supervisor-port-in-use-quoted',
    text: 'When I start the add-on I get "Port \'8050\' is already in use by something else on the host". What now?',
  },
  {
    source: "Go's net.Listen OpError `listen tcp :8050: bind: address already in use` (net/net.go), a Go server's log.Fatal",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'go-bind-in-use',
    text: '2024/05/01 10:00:00 listen tcp 0.0.0.0:8050: bind: address already in use\n',
  },
  {
    source: "Node's `Error: listen EADDRINUSE: address already in use :::8050` (lib/net.js uvExceptionWithHostPort)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'node-eaddrinuse',
    text: "node:events:495\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRINUSE: address already in use :::8050\n",
  },
  {
    source: "pallets/werkzeug serving.py's refusal `Port 8050 is in use by another program. Either identify and stop that program, …`",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'werkzeug-port-in-use-by-another',
    text: 'Address already in use\nPort 8050 is in use by another program. Either identify and stop that program, or start the server with a different port.\n',
  },
  {
    source: "Python asyncio's `[Errno 98] error while attempting to bind on address ('0.0.0.0', 8050): address already in use` (uvicorn)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'uvicorn-errno-98',
    text: "ERROR:    [Errno 98] error while attempting to bind on address ('0.0.0.0', 8050): address already in use\n",
  },
];

const guardRows: Row[] = [
  { source: 'an empty paste', check: 'reach:listening', want: ['unreadable', 'unreadable'], id: 'guard-empty', text: '' },
  {
    source: "git's `git status` pasted by mistake (git wt-status.c)",
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-git-status',
    text: "$ git status\nOn branch main\nYour branch is up to date with 'origin/main'.\n\nnothing to commit, working tree clean\n",
  },
  {
    source: "moby's classic builder output (`Step 1/5 : FROM python:3.11`, `Successfully built`) pasted at run",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-build-log-at-run',
    text: '$ docker build -t e4l-python-graph .\nStep 1/2 : FROM python:3.11-slim\n ---> 1a2b3c4d5e6f\nStep 2/2 : CMD ["python", "app.py"]\n ---> Running in 0f9e8d7c6b5a\nSuccessfully built 9a8b7c6d5e4f\nSuccessfully tagged e4l-python-graph:latest\n',
  },
  {
    source: "docker/cli's `docker images` table (another step's command) at reach:listening",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-images-at-listening',
    text: '$ docker images\nREPOSITORY         TAG       IMAGE ID       CREATED         SIZE\ne4l-python-graph   latest    9a8b7c6d5e4f   2 minutes ago   180MB\n',
  },
  {
    source: "coreutils' `ls -la` at reach:listening",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ls-la',
    text: '$ ls -la\ntotal 8\ndrwxr-xr-x  2 me me 4096 May  1 10:00 .\ndrwxr-xr-x 10 me me 4096 May  1 10:00 ..\n-rw-r--r--  1 me me  120 May  1 10:00 app.py\n',
  },
  {
    source: "the lesson's own forward 8050->8050 in a listing of another name: the fallback never answers where a forward leads to 8050",
    check: 'reach:listening',
    want: 'not ok',
    id: 'guard-forward-to-8050-not-answered',
    text: `$ docker ps\n${psHead}\n3f2a1b0c9d8e   e4l-python-graph   "python app.py"   2 seconds ago   Up 1 second   0.0.0.0:8050->8050/tcp   dash-app\n`,
  },
  {
    source: "docker/cli's ps listing of dash-app with 8050->8050 at published: the ok stays",
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'guard-ps-ok-published',
    text: `$ docker ps\n${psHead}\n3f2a1b0c9d8e   e4l-python-graph   "python app.py"   2 seconds ago   Up 1 second   0.0.0.0:8050->8050/tcp   dash-app\n`,
  },
  {
    source: "plotly/dash's start line on all addresses at 8050 at listening: the ok stays",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-dash-line-ok',
    text: "$ docker logs dash-app\nDash is running on http://0.0.0.0:8050/\n\n * Serving Flask app 'app'\n * Debug mode: off\n",
  },
];

const families: [string, Row[]][] = [
  ['forwards read, none to the app port', forwardRows],
  ['one output ending in a failure, nothing running', crashRows],
  ["a port said taken in a program's words", bindRows],
  ['guards: unreadable stays, ok stays', guardRows],
];

describe.each(families)('cw129 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
