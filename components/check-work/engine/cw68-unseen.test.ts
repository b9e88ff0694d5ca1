/*
 * cw68: holdout55 to holdout58's misses of the app's word on where it listens, and of its crash (README "holdout55–58: the app's
 * word on where it listens, and its crash (cw68)"). Each row is a variation a learner would paste (other versions, names, ports,
 * layouts, programs of the same kind), never the paste itself, which moved to ../corpus/; its `source` names where the words come
 * from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const networkRows: Row[] = [
  {
    source:
      'vercel/next.js packages/next/src/server/lib/start-server.ts (13.5+): `- Network:` from the hostname given (HOSTNAME=localhost)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'next-network-localhost',
    text: '$ docker logs web\n  ▲ Next.js 14.2.3\n  - Local:        http://localhost:3000\n  - Network:      http://localhost:3000\n\n ✓ Starting...\n ✓ Ready in 112ms',
  },
  {
    source:
      'next.js start-server.ts (13.5+), standalone server.js with HOSTNAME=127.0.0.1, under the run line (ChatGPTNextWeb/NextChat#4682)',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'next-network-127-run',
    text: '$ docker run -d -p 3000:3000 --name chat yidadaa/chatgpt-next-web\n$ docker logs chat\n   ▲ Next.js 14.1.1\n   - Local:        http://127.0.0.1:3000\n   - Network:      http://127.0.0.1:3000\n\n ✓ Ready in 41ms',
  },
  {
    source: 'next.js start-server.ts (13.5+), `next start -p 8050` with HOSTNAME=127.0.0.1 under Compose v2',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'next-network-127-8050-compose',
    text: 'web-1  |   ▲ Next.js 14.0.4\nweb-1  |   - Local:        http://127.0.0.1:8050\nweb-1  |   - Network:      http://127.0.0.1:8050\nweb-1  | \nweb-1  |  ✓ Ready in 88ms',
  },
  {
    source:
      'guard: next.js start-server.ts with HOSTNAME=0.0.0.0, every address at another port (CONVENTIONS §2.4, dohsimpson/HabitTrove#167)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-next-network-0000',
    text: '  ▲ Next.js 14.2.3\n  - Local:        http://localhost:3000\n  - Network:      http://0.0.0.0:3000\n\n ✓ Ready in 95ms',
  },
  {
    source: 'guard: vite logger.ts printServerUrls without --host ("use --host to expose"), Vite 5',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-vite-use-host',
    text: '  VITE v5.0.10  ready in 312 ms\n\n  ➜  Local:   http://localhost:5173/\n  ➜  Network: use --host to expose\n  ➜  press h + enter to show help',
  },
];

const availableRows: Row[] = [
  {
    source:
      'microsoft/vscode cli/src/commands/serve_web.rs: "Web UI available at {}" with its connection token (1.85+, microsoft/vscode-remote-release#9285)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'serve-web-token',
    text: '$ docker run -p 8000:8000 code-web\n*\n* Visual Studio Code Server\n*\nWeb UI available at http://127.0.0.1:8000?tkn=5c6b0a1e-3f4d-4a8b-9b0e-2d1f0c7e9a11',
  },
  {
    source: 'gitpod-io/openvscode-server (server main: "Web UI available at http://localhost:3000/?tkn=…")',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'openvscode-localhost',
    text: '$ docker logs openvscode\n[main 2023-11-02T10:21:07.112Z] Web UI available at http://localhost:3000/?tkn=0b8ad8a5-23b6-4bfc-a71b-1a8f4f7f14c6',
  },
  {
    source: 'gitpod-io/openvscode-server with --host 0.0.0.0 (every address at another port, CONVENTIONS §2.4)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'openvscode-0000-3000',
    text: '[main 2023-11-02T10:21:07.112Z] Web UI available at http://0.0.0.0:3000/?tkn=0b8ad8a5-23b6-4bfc-a71b-1a8f4f7f14c6',
  },
  {
    source: "VS Code CLI serve-web, the learner's own image at the lesson's port (loopback is a problem at any port)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'serve-web-8050',
    text: 'PS C:\\> docker logs dash-app\nWeb UI available at http://127.0.0.1:8050',
  },
  {
    source: 'gohugoio/hugo commands/server.go: "Web Server is available at %s (bind address %s)"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'hugo-available-bind-127',
    text: 'Built in 48 ms\nEnvironment: "development"\nServing pages from memory\nWeb Server is available at http://localhost:1313/ (bind address 127.0.0.1)\nPress Ctrl+C to stop',
  },
];

const localOnlyRows: Row[] = [
  {
    source:
      'eclipse/mosquitto src/mosquitto.c (2.0+, no listener configured): "Starting in local only mode. Connections will only be possible from clients running on this machine."',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'mosquitto-2018-logs',
    text: '$ docker logs mqtt\n1700000000: mosquitto version 2.0.18 starting\n1700000000: Using default config.\n1700000000: Starting in local only mode. Connections will only be possible from clients running on this machine.\n1700000000: Create a configuration file which defines a listener to allow remote access.\n1700000000: Opening ipv4 listen socket on port 1883.\n1700000000: Opening ipv6 listen socket on port 1883.\n1700000000: mosquitto version 2.0.18 running',
  },
  {
    source: "eclipse/mosquitto src/mosquitto.c (2.0+) under Compose v2's prefix (eclipse-mosquitto image with its config not mounted)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'mosquitto-compose-prefix',
    text: 'mqtt-1  | 1712345678: mosquitto version 2.0.15 starting\nmqtt-1  | 1712345678: Config loaded from /mosquitto/config/mosquitto.conf.\nmqtt-1  | 1712345678: Starting in local only mode. Connections will only be possible from clients running on this machine.\nmqtt-1  | 1712345678: Create a configuration file which defines a listener to allow remote access.\nmqtt-1  | 1712345678: mosquitto version 2.0.15 running',
  },
  {
    source: 'mongodb/mongo src/mongo/db/startup_warnings_mongod.cpp (3.6-4.2): "** WARNING: This server is bound to localhost."',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'mongod-bound-to-localhost',
    text: '$ docker logs app\n2019-03-01T10:00:00.000+0000 I CONTROL  [initandlisten] \n2019-03-01T10:00:00.000+0000 I CONTROL  [initandlisten] ** WARNING: This server is bound to localhost.\n2019-03-01T10:00:00.000+0000 I CONTROL  [initandlisten] **          Remote systems will be unable to connect to this server. \n2019-03-01T10:00:00.000+0000 I CONTROL  [initandlisten] **          Start the server with --bind_ip <address> to specify which IP \n2019-03-01T10:00:00.000+0000 I NETWORK  [initandlisten] waiting for connections on port 27017',
  },
  {
    // cw151 (stop 51): its listen socket lines are now read, the port only (src/net.c net__socket_listen; holdout132, both experts
    // wrong-container-port): still no loopback from them, and another port than 8050 is the answer.
    source: 'guard: eclipse/mosquitto with `listener 1883` in its config: no local-only words (its listen sockets, port only)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-mosquitto-listener',
    text: '$ docker logs mqtt\n1700000000: mosquitto version 2.0.18 starting\n1700000000: Config loaded from /mosquitto/config/mosquitto.conf.\n1700000000: Opening ipv4 listen socket on port 1883.\n1700000000: Opening ipv6 listen socket on port 1883.\n1700000000: mosquitto version 2.0.18 running',
  },
];

const inUseRows: Row[] = [
  {
    source:
      'node-red/node-red red.js (EADDRINUSE: server.unable-to-listen, then server.port-in-use "Error: port in use"; node-red/node-red-docker#88)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'nodered-port-in-use-0000',
    text: '$ docker logs mynodered\n29 Nov 10:00:01 - [info] Starting flows\n29 Nov 10:00:01 - [error] Unable to listen on http://0.0.0.0:1880/\n29 Nov 10:00:01 - [error] Error: port in use',
  },
  {
    source: "node-red red.js server.port-in-use under Compose v1's prefix",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'nodered-v1-prefix',
    text: 'node-red_1  | 3 Feb 09:12:44 - [error] Unable to listen on http://127.0.0.1:1880/\nnode-red_1  | 3 Feb 09:12:44 - [error] Error: port in use',
  },
  {
    source: 'vitejs/vite packages/vite/src/node/http.ts httpServerStart (strictPort): `Port ${port} is already in use`',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'vite-strict-port',
    text: 'error when starting dev server:\nError: Port 5173 is already in use\n    at Server.onError (file:///app/node_modules/vite/dist/node/chunks/dep-abc123.js:62310:28)',
  },
  {
    source:
      'angular/angular-cli packages/angular/build (dev-server check-port): "Port 4200 is already in use. Use \'--port\' to specify a different port."',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'angular-port-in-use',
    text: "$ ng serve --host 0.0.0.0\nAn unhandled exception occurred: Port 4200 is already in use. Use '--port' to specify a different port.",
  },
  {
    source:
      'facebook/create-react-app packages/react-dev-utils/WebpackDevServerUtils.js choosePort: "Something is already running on port 3000."',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'cra-something-running',
    text: '$ npm start\n\n? Something is already running on port 3000.\n\nWould you like to run the app on another port instead? › (Y/n)',
  },
  {
    // cw111: partial since (shows-part.told), as CONVENTIONS §2.4 cw68 says of the sentence ("stays partial") and holdout89's two experts
    // labelled h89-votingapp332; never port-already-allocated, which this row guards.
    source: 'guard: a learner\'s sentence that the port is in use (docker/for-mac#1393: "Fails to start, saying that port 8080 is in use")',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-prose-port-in-use',
    text: 'My container on port 8080 fails to start, saying that port 8080 is in use',
  },
];

const crashRows: Row[] = [
  {
    source:
      'benoitc/gunicorn sock.py create_sockets: "Can\'t connect to %s" after its retries, under the run line (pgadmin-org/pgadmin4#4290)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'gunicorn-cant-connect-run',
    text: "$ docker run -d -p 5050:80 -e PGADMIN_DEFAULT_EMAIL=a@b.c -e PGADMIN_DEFAULT_PASSWORD=x dpage/pgadmin4\n$ docker logs 3f2\n[2022-01-10 09:00:00 +0000] [1] [INFO] Starting gunicorn 20.1.0\n[2022-01-10 09:00:00 +0000] [1] [ERROR] Retrying in 1 second.\n[2022-01-10 09:00:04 +0000] [1] [ERROR] Can't connect to ('::', 80)",
  },
  {
    source:
      'encode/uvicorn server.py startup: CPython asyncio create_server\'s "[Errno 99] error while attempting to bind on address … cannot assign requested address"',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'uvicorn-errno-99-run',
    text: "$ docker run --name dash-app -p 8050:8050 e4l-python-graph\nINFO:     Started server process [1]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\nERROR:    [Errno 99] error while attempting to bind on address ('10.0.0.5', 8050): cannot assign requested address\nINFO:     Waiting for application shutdown.",
  },
  {
    source: 'nodejs/node lib/net.js: "listen EADDRNOTAVAIL: address not available" (a host address given inside the container)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'node-eaddrnotavail-run',
    text: "> docker run -p 8050:8050 --name dash-app myapp\nnode:events:497\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRNOTAVAIL: address not available 192.168.1.10:8050\n    at Server.setupListenHandle [as _listen2] (node:net:1855:21)",
  },
  {
    source: 'golang/go net.Listen: "listen tcp 192.168.1.20:8050: bind: cannot assign requested address" (log.Fatal)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'go-cannot-assign-run',
    text: '$ docker run -p 8050:8050 --name dash-app goapp\n2024/05/01 10:00:00 listen tcp 192.168.1.20:8050: bind: cannot assign requested address',
  },
  {
    source:
      "sirupsen/logrus Fatal (os.Exit(1)) in its text formatter: the registry image's ServeCmd, distribution/distribution registry/registry.go",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'logrus-fatal-registry-cert',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE        COMMAND                  CREATED          STATUS                         PORTS     NAMES\n9b1c2d3e4f50   registry:2   "/entrypoint.sh /etc…"   20 seconds ago   Restarting (1) 3 seconds ago             registry\n$ docker logs registry\ntime="2023-04-01T10:00:00.1Z" level=info msg="redis not configured" go.version=go1.19.9 service=registry version=2.8.2\ntime="2023-04-01T10:00:00.2Z" level=fatal msg="open /certs/domain.crt: no such file or directory"',
  },
  {
    source:
      'sirupsen/logrus Fatal in its JSON formatter (`"level":"fatal"`), Traefik v2\'s log.WithoutContext().Fatalf in --log.format=json',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'logrus-json-fatal',
    text: '$ docker logs proxy\n{"level":"info","msg":"Traefik version 2.10.4 built on 2023-07-24T16:29:12Z","time":"2023-08-01T10:00:00Z"}\n{"level":"fatal","msg":"Error while building configuration: field not found, node: entrypoint","time":"2023-08-01T10:00:00Z"}',
  },
  {
    source: 'rs/zerolog Fatal (os.Exit(1)): `{"level":"fatal",…,"message":…}`',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'zerolog-fatal',
    text: 'web-1  | {"level":"info","time":"2024-02-02T10:00:00Z","message":"loading config"}\nweb-1  | {"level":"fatal","error":"open /app/config.yaml: no such file or directory","time":"2024-02-02T10:00:00Z","message":"cannot start"}',
  },
  {
    source: 'guard: logrus\' warning level is no exit (the registry\'s "No HTTP secret provided"), then its listening line at another port',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-logrus-warning-listening',
    text: 'time="2023-04-01T10:00:00.1Z" level=warning msg="No HTTP secret provided - generated random secret." service=registry version=2.8.2\ntime="2023-04-01T10:00:00.3Z" level=info msg="listening on [::]:5000" go.version=go1.19.9 service=registry version=2.8.2',
  },
];

const resetRows: Row[] = [
  {
    source: 'moby/moby#10900 (docs FAQ): a reset quoted in a sentence, "from the host machine I get "Connection reset by peer""',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'told-reset-got-quoted',
    text: 'I run it with `docker run -p 8050:8050 dash-app`. Inside the container curl works, but from my laptop I got "Connection reset by peer" every time.',
  },
  {
    source: 'a reset quoted in a sentence in single quotes after "returns" (the system\'s strerror(ECONNRESET))',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'told-reset-returns-single',
    text: "Calling http://localhost:5000 from the host returns 'Connection reset by peer' although docker ps shows the port mapped.",
  },
  {
    source:
      'GNU wget src/http.c "Read error (%s) in headers." at lesson 5\'s panel, under a run line (GoogleCloudPlatform/cloud-sdk-docker#15)',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'wget-reset-run-exec-curl-body',
    text: '$ docker run -d --name web -p 8080:8080 myimage\n$ wget -O- http://localhost:8080/\nConnecting to localhost (localhost)|127.0.0.1|:8080... connected.\nHTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.\nRetrying.\n$ docker exec web curl -s http://localhost:8080/\nHello World',
  },
  {
    source:
      'curl lib/strerror.c CURLE_RECV_ERROR (56) at the host, BusyBox wget -qO- in the container printing the body (no container listed)',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'curl-56-run-exec-wget-qo',
    text: '$ docker run -d -p 3000:3000 node-api\n$ curl http://localhost:3000/health\ncurl: (56) Recv failure: Connection reset by peer\n$ docker exec 4c1e2a wget -qO- http://127.0.0.1:3000/health\nok',
  },
  {
    source: "guard: the quiet client inside refused too (curl (7)): nothing answers inside either, the run line's mapping answers",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-run-exec-curl-refused',
    text: '$ docker run -d -p 3000:3000 node-api\n$ curl http://localhost:3000/health\ncurl: (56) Recv failure: Connection reset by peer\n$ docker exec 4c1e2a curl -s http://127.0.0.1:3000/health\ncurl: (7) Failed to connect to 127.0.0.1 port 3000 after 0 ms: Connection refused',
  },
];

const families: [string, Row[]][] = [
  ["a dev server's Network URL at loopback", networkRows],
  ['a server telling where its UI is available', availableRows],
  ["a server's own words that only this machine may connect", localOnlyRows],
  ["a server's own words that its port is in use", inUseRows],
  ["a server that cannot bind, or a Go logger's fatal level, is a crash", crashRows],
  ["a reset told in quotes; a quiet client's body inside", resetRows],
];

describe.each(families)('cw68 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
