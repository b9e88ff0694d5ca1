/*
 * cw95: holdout77–80's misses of the app's start and where it listens (README "holdout77–80: the app's start and listening (cw95)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste
 * itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer
 * that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const startRows: Row[] = [
  {
    source: 'advplyr/audiobookshelf server/Server.js `Listening on port :${this.Port}` (its Docker default PORT=80), Logger prefix',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'abs-port-colon-13378',
    text: '[2024-06-02 09:14:51.201] INFO: [Server] Init v2.10.1\n[2024-06-02 09:14:51.950] INFO: Listening on port :13378',
  },
  {
    source: 'advplyr/audiobookshelf (as above), `docker logs audiobookshelf` with its npm start banner',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'abs-port-colon-80-npm',
    text: '$ docker logs audiobookshelf\n> audiobookshelf@2.17.5 start\n> node index.js\n\nRunning in production mode.\n[2024-12-01 18:00:02.113] INFO: Listening on port :80',
  },
  {
    source: "a Node server's `console.log(`Server listening on port :${port}`)` (express generator variants), a port without an address",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'node-server-listening-port-colon-3000',
    text: 'web-1  | Server listening on port :3000',
  },
  {
    source: "audiobookshelf's words at the lesson's port say no address: never an ok (CONVENTIONS §1)",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'port-colon-8050-no-ok',
    text: '[2024-06-02 09:14:51.950] INFO: Listening on port :8050',
  },
];

const wishRows: Row[] = [
  {
    source:
      "gradio-app/gradio networking.py `Running on local URL:  {url}` (127.0.0.1 by default), then the learner's wish (bmaltais/kohya_ss#230's layout)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'gradio-loopback-then-i-want-0000',
    text: 'Running on local URL:  http://127.0.0.1:7861\n\nTo create a public link, set `share=True` in `launch()`.\ni want it to say Running on local URL:  http://0.0.0.0:7861 so docker can reach it',
  },
  {
    source: 'pallets/werkzeug serving.py ` * Running on http://127.0.0.1:5000`, then a learner asking for 0.0.0.0',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'werkzeug-loopback-then-how-to-0000',
    text: " * Serving Flask app 'app'\n * Debug mode: off\n * Running on http://127.0.0.1:5000\nPress CTRL+C to quit\nHow to make it * Running on http://0.0.0.0:5000 ?",
  },
  {
    source: 'encode/uvicorn main.py `Uvicorn running on %s://%s:%d (Press CTRL+C to quit)`, then a wish in Chinese',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'uvicorn-loopback-then-zh-wish',
    text: 'INFO:     Started server process [1]\nINFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)\n我想 Uvicorn running on http://0.0.0.0:8000',
  },
  {
    source: 'plotly/dash `Dash is running on http://127.0.0.1:8050/`, then "I need Dash is running on http://0.0.0.0:8050/"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'dash-loopback-then-i-need-0000-8050',
    text: 'Dash is running on http://127.0.0.1:8050/\n\nI need Dash is running on http://0.0.0.0:8050/ instead',
  },
  {
    source: "a wished every-address line at the lesson's port alone is no evidence (CONVENTIONS §2.4, retold: never an ok)",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'wish-alone-8050-no-ok',
    text: 'i want Running on local URL:  http://0.0.0.0:8050',
  },
  {
    source: 'guard: Gradio on every address at its own port is that port (gradio server_name="0.0.0.0")',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-gradio-0000-7860',
    text: 'Running on local URL:  http://0.0.0.0:7860\n\nTo create a public link, set `share=True` in `launch()`.',
  },
];

const columnRows: Row[] = [
  {
    source:
      "moby daemon/logger/jsonfilelog (time, stream, log) as a log viewer's columns; pallets/flask cli.py NoAppException text (mrlt8/docker-wyze-bridge#562's layout, oldest first)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'columns-flask-no-app-oldest-first',
    text: "2023-03-02T08:00:01.100000000Z\tstderr\tUsage: flask run [OPTIONS]\n2023-03-02T08:00:01.100100000Z\tstderr\tTry 'flask run --help' for help.\n2023-03-02T08:00:01.100200000Z\tstderr\t\n2023-03-02T08:00:01.100300000Z\tstderr\tError: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.",
  },
  {
    source: "jsonfilelog columns as above; Node's `Error: Cannot find module '/app/server.js'` (lib/internal/modules/cjs/loader.js)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'columns-node-cannot-find-module',
    text: "2024-05-10T12:00:00.000000001Z\tstderr\tnode:internal/modules/cjs/loader:1080\n2024-05-10T12:00:00.000000002Z\tstderr\t  throw err;\n2024-05-10T12:00:00.000000003Z\tstderr\t  ^\n2024-05-10T12:00:00.000000004Z\tstderr\t\n2024-05-10T12:00:00.000000005Z\tstderr\tError: Cannot find module '/app/server.js'",
  },
  {
    source: "jsonfilelog columns; CPython `python: can't open file '/app/app.py': [Errno 2] No such file or directory` (Modules/main.c)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'columns-python-cant-open-file',
    text: "2022-11-01T09:30:12.441002310Z\tstderr\tpython: can't open file '/app/app.py': [Errno 2] No such file or directory",
  },
  {
    source: "jsonfilelog columns, stdout: werkzeug's loopback start line (serving.py) in three timed lines",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'columns-stdout-werkzeug-loopback',
    text: "2022-10-14T10:39:25.100000000Z\tstdout\t * Serving Flask app 'app'\n2022-10-14T10:39:25.100000001Z\tstdout\t * Debug mode: off\n2022-10-14T10:39:25.100000002Z\tstderr\t * Running on http://127.0.0.1:5000",
  },
  {
    source: "docker logs -t with the db driver's two spaces after the time (markdumay/synology-docker#3); flask NoAppException",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'two-spaces-flask-no-app',
    text: '2021-11-28T20:32:08.859717886Z  Error: Could not locate a Flask application. You did not provide the "FLASK_APP" environment variable',
  },
];

const listenFailRows: Row[] = [
  {
    source:
      "Go net.Listen OpError `listen tcp :9000: socket: permission denied` (a seccomp profile refusing socket(2); minio/minio#7929's words) in a log",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'minio-socket-permission-denied-log',
    text: '$ docker logs minio1\nERROR Unable to start the server: listen tcp :9000: socket: permission denied',
  },
  {
    source: "caddyserver/caddy as a non-root user at 80 (`listening on :80: listen tcp :80: bind: permission denied`, caddy's run error)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'caddy-bind-permission-denied-80',
    text: 'Error: loading initial config: loading new config: http app module: start: listening on :80: listen tcp :80: bind: permission denied',
  },
  {
    source: 'Go log.Fatal(http.ListenAndServe(":443", nil)) as a user without CAP_NET_BIND_SERVICE: log\'s date prefix, the OpError',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'go-log-fatal-bind-443',
    text: '2024/02/11 15:04:05 listen tcp :443: bind: permission denied',
  },
  {
    source: 'Go net.Listen with tcp4 and EPERM (`socket: operation not permitted`, a seccomp profile returning EPERM)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'go-tcp4-socket-eperm',
    text: 'app-1  | 2023/07/01 08:00:00 listen tcp4 0.0.0.0:8080: socket: operation not permitted\napp-1 exited with code 1',
  },
  {
    source:
      "guard: rootlessport's own bind at a privileged host port stays the host port's (parse-errors.ts, rootless-containers/rootlesskit)",
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-rootlessport-bind-80',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (3f2a): Error starting userland proxy: error while calling PortManager.AddPort(): rootlessport listen tcp 0.0.0.0:80: bind: permission denied.',
  },
  {
    source: "guard: Docker's own userland proxy refused a host port is not the app's crash (moby portmapper)",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-userland-proxy-bind-80',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (ab12): Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: permission denied.',
  },
];

const cliRows: Row[] = [
  {
    source: 'n8n\'s own CLI `Error: Command "start" not found` (coleam00/local-ai-packaged#146), another command name',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'n8n-command-worker-not-found',
    text: '$ docker logs n8n-worker\nError: Command "worker" not found',
  },
  {
    source: 'pallets/click core.py resolve_command `No such command {name!r}.` with its usage lines (a flask subcommand typo)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'click-no-such-command',
    text: "Usage: flask [OPTIONS] COMMAND [ARGS]...\nTry 'flask --help' for help.\n\nError: No such command 'rn'.",
  },
  {
    source: "spf13/cobra command.go Find `unknown command %q for %q` (Hugo's CLI), then `Run 'hugo --help' for usage.`",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'cobra-unknown-command',
    text: 'Error: unknown command "serve" for "hugo"\n\nDid you mean this?\n\tserver\n\nRun \'hugo --help\' for usage.',
  },
  {
    source: 'oclif @oclif/config `command ${id} not found`, printed after its ` ›   ` mark (older n8n and Heroku-style CLIs)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'oclif-command-not-found',
    text: ' ›   Error: command start not found',
  },
  {
    source: "guard: Docker's own CLI refusing a command is no container's crash (docker/cli: `docker: 'runn' is not a docker command.`)",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-docker-not-a-command',
    text: "$ docker runn -p 8050:8050 dash-app\ndocker: 'runn' is not a docker command.\nSee 'docker --help'",
  },
];

const clientRows: Row[] = [
  {
    source: "BusyBox networking/wget.c `Connecting to %s (%s)` then the body with -O - (moby/moby#24845's dind layout), another port",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'busybox-wget-name-8080-page',
    text: '$ docker run -d -p 8080:80 httpd:alpine\n/ # wget -O - docker:8080\nConnecting to docker:8080 (172.17.0.2:8080)\n<html><body><h1>It works!</h1></body></html>',
  },
  {
    source:
      'GNU wget src/http.c progress lines (`--time--  URL`, `Resolving`, `Connecting to`, `HTTP request sent`, `Length`, `Saving to`) before the page',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'gnu-wget-progress-localhost-3000',
    text: "$ docker run -d -p 3000:80 nginx\n$ wget -O - http://localhost:3000/\n--2024-03-01 10:00:00--  http://localhost:3000/\nResolving localhost (localhost)... 127.0.0.1\nConnecting to localhost (localhost)|127.0.0.1|:3000... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 615 [text/html]\nSaving to: 'STDOUT'\n<!DOCTYPE html>\n<html>",
  },
  {
    source:
      "curl at host.docker.internal (Docker Desktop's name for the host, which its host resolves too), nginx's welcome page through -p 8080:80",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-host-docker-internal-8080-page',
    text: '$ docker run -d -p 8080:80 nginx\n$ curl http://host.docker.internal:8080\n<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>',
  },
  {
    source: "guard: a page at the lesson's port from a name is not an ok (no address shown, CONVENTIONS §2.4)",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-curl-name-8050-page',
    text: '$ curl web:8050\n<!DOCTYPE html>\n<html>',
  },
];

const indentedRows: Row[] = [
  {
    source: "net-tools netstat.c rows under a sentence, four spaces, no blank line (moby/moby#2174's layout), other ports",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'indented-netstat-docker-proxy-other-ports',
    text: 'after restart netstat shows:\n    # netstat -tlnp | grep docker-proxy\n    tcp6       0      0 :::5432                 :::*                    LISTEN      1902/docker-proxy\n    tcp        0      0 0.0.0.0:5432            0.0.0.0:*               LISTEN      1911/docker-proxy',
  },
  {
    source: 'iproute2 ss -tlnp rows (`users:(("docker-proxy",pid=…,fd=4))`) indented under a sentence, at 8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'indented-ss-docker-proxy-8050',
    text: 'the port is still taken, ss says:\n    LISTEN 0      4096         0.0.0.0:8050      0.0.0.0:*    users:(("docker-proxy",pid=2211,fd=4))',
  },
  {
    source: "lsof -i -P rows (lsof's COMMAND PID USER FD TYPE …) indented under a sentence, python at 8050",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'indented-lsof-python-8050',
    text: 'lsof gives:\n    COMMAND   PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n    python3 41233 me    3u  IPv4 0x9c1      0t0  TCP *:8050 (LISTEN)',
  },
  {
    source: 'netstat -tlnp rows indented under a sentence, docker-proxy at 8050 (net-tools netstat.c)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'indented-netstat-docker-proxy-8050',
    text: 'still bound:\n    tcp        0      0 0.0.0.0:8050            0.0.0.0:*               LISTEN      3333/docker-proxy',
  },
];

const runRows: Row[] = [
  {
    source:
      "guard: CONVENTIONS §2.2 (cw37, cw77): the app's loopback start line before the run line's mapping (Werkzeug 2.x, another port)",
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-run-p-then-werkzeug-127-other-port',
    text: "$ docker run -p 5000:8080 --rm myapp\n * Serving Flask app 'main'\n * Debug mode: off\n * Running on http://127.0.0.1:8081/ (Press CTRL+C to quit)",
  },
];

const families: [string, Row[]][] = [
  ['a start line with `port :N`', startRows],
  ["a learner's wish beside the server's own line", wishRows],
  ["a log viewer's columns: time, stream, text", columnRows],
  ["a server's own listen refused by the kernel", listenFailRows],
  ["a server's CLI refusing the command it was started with", cliRows],
  ["a client's page at a name, past its progress lines", clientRows],
  ['socket listing rows indented under a sentence', indentedRows],
  ['the run line and a loopback start line', runRows],
];

describe.each(families)('cw95 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
