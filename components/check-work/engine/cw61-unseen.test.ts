/*
 * cw61: holdout51–54's listening family (README "holdout51–54: the app's own word on where it listens (cw61)"): the app's own word
 * on where it listens, told in any way (a log, a sentence, a link, a URL without its port), and what comes before the mapping at
 * lesson 5's panel. Each test is a variation a learner would paste (other servers, ports, layouts), never the paste itself, which
 * moved to ../corpus/; each describe's comment names the real source. A test marked "guard" holds an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from './types';
import { check } from './test-pastes';

const answer = async (where: Check, text: string) => {
  const d = await check(where, text);
  return `${d.kind} ${d.id}`;
};

// herbie-fp/herbie#252: Racket's `Your Web application is running at http://localhost.` under `docker run -p 8000:80`, then curl 52.
describe("cw61: a URL without its port is at the scheme's (listen-lines.ts bareUrl, step-run.ts loopStart)", () => {
  it.each([
    [
      'racket at http://127.0.0.1 (run, -p 8080:80, empty reply)',
      'run',
      '$ docker run -it --rm -p 8080:80 myorg/racket-app\nYour Web application is running at http://127.0.0.1.\nStop this program at any time to terminate the Web Server.\n$ curl http://localhost:8080\ncurl: (52) Empty reply from server\n',
      ['problem app-listens-on-loopback'],
    ],
    [
      'racket logs at localhost/',
      'reach:listening',
      '$ docker logs web\nYour Web application is running at http://localhost/.\n',
      ['problem app-listens-on-loopback'],
    ],
    [
      "node 'Server running at http://localhost/' (run -p 9000:80)",
      'run',
      '$ docker run -p 9000:80 --name site nodeapp\nServer running at http://localhost/\n',
      ['problem app-listens-on-loopback'],
    ],
    [
      "'Listening on https://localhost' logs",
      'reach:listening',
      '$ docker logs api\nListening on https://localhost\n',
      ['problem app-listens-on-loopback'],
    ],
    [
      'guard: every address without port at run keeps mapping',
      'run',
      '$ docker run -p 9000:80 nodeapp\nServer running at http://0.0.0.0/\n',
      ['problem ports-swapped'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});

// rocker-org/shiny#58: Shiny Server's `listen EAFNOSUPPORT :::3838` then `Shutting down worker processes` in a pod.
describe('cw61: a server that cannot use the address family (listen-lines.ts bindFail)', () => {
  it.each([
    [
      'node EAFNOSUPPORT',
      'reach:listening',
      '$ docker logs web\nError: listen EAFNOSUPPORT: address family not supported :::3000\n    at Server.setupListenHandle [as _listen2] (node:net:1313:21)\n',
      ['problem container-exited'],
    ],
    [
      'shiny EAFNOSUPPORT at 3939 in compose prefix',
      'reach:listening',
      '$ docker compose logs shiny\nshiny-1  | [2024-01-01T10:00:00.000] [INFO] shiny-server - Starting listener on http://[::]:3939\nshiny-1  | [2024-01-01T10:00:00.010] [ERROR] shiny-server - HTTP server error (http://[::]:3939): listen EAFNOSUPPORT :::3939\nshiny-1  | [2024-01-01T10:00:00.011] [INFO] shiny-server - Shutting down worker processes\n',
      ['problem container-exited'],
    ],
    [
      'python errno 97 uvicorn',
      'reach:listening',
      "$ docker logs api\nINFO:     Started server process [1]\nERROR:    [Errno 97] error while attempting to bind on address ('::', 8000, 0, 0): address family not supported by protocol\n",
      ['problem container-exited'],
    ],
    [
      'go tcp6 socket',
      'reach:listening',
      '$ docker logs api\n2024/01/01 10:00:00 listen tcp6 [::]:8080: socket: address family not supported by protocol\n',
      ['problem container-exited'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});

// a Japanese README (stored notes 42713736846): gunicorn's `Listening at: http://127.0.0.1:8000`, then the app's optparse `gunicorn: error: no such option: -b`.
describe("cw61: a program's own argument parser refusing its arguments (start-failures.ts)", () => {
  it.each([
    [
      'gunicorn 0.0.0.0 then argparse unrecognized',
      'reach:listening',
      '$ docker logs web\n[2024-01-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 22.0.0\n[2024-01-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)\n[2024-01-01 10:00:00 +0000] [7] [INFO] Booting worker with pid: 7\nusage: gunicorn [-h] [--config CONFIG]\ngunicorn: error: unrecognized arguments: -b 0.0.0.0:5000 app:app\n',
      ['problem container-exited'],
    ],
    [
      'app.py argparse required',
      'reach:listening',
      '$ docker logs web\nusage: app.py [-h] --model MODEL\napp.py: error: the following arguments are required: --model\n',
      ['problem container-exited'],
    ],
    [
      'click no such option',
      'reach:listening',
      "$ docker logs web\nUsage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: No such option: '--hots' (Possible options: --host)\n",
      ['problem container-exited'],
    ],
    [
      'optparse no such option -w under uwsgi-like',
      'reach:listening',
      '$ docker logs web\n*** Starting uWSGI 2.0.21 ***\nUsage: uwsgi [options]\n\nuwsgi: error: no such option: --http\n',
      ['problem container-exited'],
    ],
    [
      'argparse invalid int at run',
      'run',
      "$ docker run --name dash-app -p 8050:8050 e4l-python-graph\nusage: app.py [-h] [--port PORT]\napp.py: error: argument --port: invalid int value: 'abc'\n",
      ['problem container-exited'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});

// roblanf/sangeranalyseR#77: shiny's `Listening on http://127.0.0.1:4554`, then `/bin/sh: 1: xdg-open: not found` in an R session.
describe('cw61: a browser the app opens is not the app (start-failures.ts lookingTool)', () => {
  it.each([
    [
      'R shiny 127 random port + xdg-open',
      'reach:listening',
      "> shiny::runApp('app')\n\nListening on http://127.0.0.1:7311\n/bin/sh: 1: xdg-open: not found\n",
      ['problem app-listens-on-loopback'],
    ],
    [
      'sensible-browser not found after loopback',
      'reach:listening',
      '$ docker logs app\nServing on http://127.0.0.1:8000\nsh: 1: sensible-browser: not found\n',
      ['problem app-listens-on-loopback'],
    ],
    [
      'guard: gunicorn not found stays crash',
      'reach:listening',
      '$ docker logs web\n/bin/sh: 1: gunicorn: not found\n',
      ['problem container-exited'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});

// tokio-rs/axum#1485: "because it prints `listening on 127.0.0.1:8080`, but I can never connect to the server".
describe('cw61: a start line quoted in a sentence that says why it fails (listen-lines.ts)', () => {
  it.each([
    [
      "axum-like 'it prints' with 'can't connect'",
      'reach:listening',
      "The server starts and it prints `listening on 127.0.0.1:3000`, but I can't connect to it from the browser.",
      ['problem app-listens-on-loopback'],
    ],
    [
      'quoted localhost in sentence with error',
      'reach:listening',
      'My app logs "Server listening on localhost:4000" but I get an error when I open it.',
      ['problem app-listens-on-loopback'],
    ],
    [
      'guard: quoted every-address at 8050 in a failure sentence is no ok',
      'reach:listening',
      "It prints `listening on 0.0.0.0:8050` but I can't connect to the server.",
      ['partial shows-part', 'problem no-port-published'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});

// gradio-app/gradio#7944: "it's not producing the link (http://127.0.0.1/7860)" under `docker run -p 8080:8080 app`.
describe("cw61: the app's link retold (told-start.ts link)", () => {
  it.each([
    [
      'gradio link retold :7860',
      'reach:listening',
      'When I run the container it shows the link http://127.0.0.1:7860 but nothing opens.',
      ['problem app-listens-on-loopback'],
    ],
    [
      'streamlit-ish gives the URL localhost:8501',
      'reach:listening',
      'It gives me the URL (http://localhost:8501) in the terminal, but the page never loads.',
      ['problem app-listens-on-loopback'],
    ],
    [
      'mistyped link localhost/3000',
      'reach:listening',
      'The app is not producing the link (http://localhost/3000) until I press Ctrl+C.',
      ['problem app-listens-on-loopback'],
    ],
    [
      "guard: learner opens the link (not read as app's)",
      'reach:listening',
      'I open the link http://localhost:8050 in my browser and it is blank.',
      ['unreadable unreadable', 'partial shows-part'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});

// trailbaseio/trailbase#77: `> Listening on http://localhost:4000`, "Connection reset by peer.", then another guide's `> Listening on http://0.0.0.0:4000`.
describe('cw61: a loopback line and an every-address line, and a reset (reach.ts, diagnose-run.ts)', () => {
  it.each([
    [
      'two quoted lines loop then all + reset (reach)',
      'reach:listening',
      '$ docker run -p 5000:5000 myapp\n\n> Listening on http://localhost:5000\n\nAnd the browser says Connection reset by peer.\nWith the other guide everything works:\n\n> Listening on http://0.0.0.0:5000\n',
      ['problem app-listens-on-loopback'],
    ],
    [
      'two lines loop+all + curl 56 (run)',
      'run',
      '$ docker run -p 4000:4000 tb\nListening on http://localhost:4000\n$ curl localhost:4000\ncurl: (56) Recv failure: Connection reset by peer\nOn my laptop it says:\nListening on http://0.0.0.0:4000\n',
      ['problem app-listens-on-loopback'],
    ],
    [
      'guard: loop+all without reset stays app-port',
      'reach:listening',
      '$ docker logs tb\nListening on http://localhost:4000\nListening on http://0.0.0.0:4000\n',
      ['problem ports-swapped'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});

// devopsacademyau/academy (obrientimothya): Apache's `web_1 | 172.24.0.1 - - […] "GET / HTTP/1.1" 200` beside docker-compose ps' db 3306->3306 and web 8100->80.
describe('cw61: requests through Docker in the log of one of several listed services (reach.ts)', () => {
  it.each([
    [
      'v2 prefix nginx requests, compose ps two services',
      'reach:listening',
      '$ docker compose logs web\nweb-1  | 172.18.0.1 - - [01/Jan/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.4.0"\n$ docker compose ps\nNAME          IMAGE     COMMAND                  SERVICE   CREATED         STATUS         PORTS\nshop-db-1     mysql:8   "docker-entrypoint.s\u2026"   db        2 minutes ago   Up 2 minutes   0.0.0.0:3306->3306/tcp, 33060/tcp\nshop-web-1    nginx     "/docker-entrypoint.\u2026"   web       2 minutes ago   Up 2 minutes   0.0.0.0:8081->80/tcp\n',
      ['problem ports-swapped'],
    ],
    [
      'v1 prefix app_1 requests, docker ps two rows',
      'reach:listening',
      'app_1  | 172.19.0.1 - - [01/Jan/2024:10:00:00 +0000] "GET /index.php HTTP/1.1" 200 1200 "-" "Mozilla/5.0 (X11; Linux x86_64)"\n$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS   PORTS   NAMES\nabc123def456   php:8-apache   "docker-php-entrypoi\u2026"   3 minutes ago   Up 3 minutes   0.0.0.0:9090->80/tcp   blog_app_1\n123abc456def   redis   "docker-entrypoint.s\u2026"   3 minutes ago   Up 3 minutes   0.0.0.0:6379->6379/tcp   blog_cache_1\n',
      ['problem ports-swapped'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});

// docker/for-mac#5809: a compose file's `- 3000:3000`, `docker compose up -d`, then `curl -v --head http://localhost:3000` and `HTTP/1.0 200 OK`.
describe("cw61: a client's HTTP answer at a published port (host-clients.ts answeredAt, step-reach.ts filePorts)", () => {
  it.each([
    [
      'run -p 8000:5000 + curl -i 200',
      'reach:listening',
      '$ docker run -d -p 8000:5000 flaskapp\n9a8b7c6d5e4f\n$ curl -i http://127.0.0.1:8000/\nHTTP/1.1 200 OK\nServer: Werkzeug/3.0.1 Python/3.12.0\n',
      ['problem ports-swapped'],
    ],
    [
      'listing 8888->8888 + wget-free curl -I',
      'reach:listening',
      '$ docker ps\nCONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES\n1a2b3c4d5e6f   jupyter/base-notebook   "tini -g -- start-no\u2026"   1 minute ago   Up 1 minute   0.0.0.0:8888->8888/tcp   nb\n$ curl -I localhost:8888\nHTTP/1.1 302 Found\n',
      ['problem ports-swapped'],
    ],
    [
      'compose file quoted ports + curl -v',
      'reach:listening',
      '$ cat compose.yaml\nservices:\n  api:\n    build: .\n    ports:\n      - "8080:3000"\n$ docker compose up -d\n \u2714 Container demo-api-1  Started\n$ curl -v http://localhost:8080\n* Connected to localhost (127.0.0.1) port 8080 (#0)\n< HTTP/1.1 200 OK\n',
      ['problem ports-swapped'],
    ],
    [
      'guard: curl 200 at a forward to 8050 is no ok',
      'reach:listening',
      '$ docker run -d -p 3000:8050 dashimg\n9a8b7c6d5e4f\n$ curl -I http://localhost:3000\nHTTP/1.1 200 OK\n',
      ['unreadable unreadable', 'partial shows-part'],
    ],
  ] as [string, Check, string, string[]][])('%s', async (_, where, text, wants) => {
    expect(wants).toContain(await answer(where, text));
  });
});
