/*
 * cw117 (stop 44): holdout93 and 94's compose, networks and install misses by class (README "holdout93-94: compose, networks and
 * install (cw117)").
 * - a docker-compose the shell may not run (a download not made executable or cut short), and that docker-compose answering later;
 * - a Compose start refused at a host port, then a later `up` whose containers started;
 * - a network the paste's own `docker network create` makes under a name like a project's (`<p>_default`), no Compose in the paste;
 * - a container's crash beside a whole compose file without the lesson's web service.
 * Each row is a variation a learner would paste, never the paste itself (which moved to ../corpus/); its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const curlDownload =
  '$ sudo curl -L "https://github.com/docker/compose/releases/download/1.29.2/docker-compose-$(uname -s)-$(uname -m)" -o /usr/local/bin/docker-compose';

const notExecutableRows: Row[] = [
  {
    source:
      'docs.docker.com "Install Compose standalone" (curl -o /usr/local/bin/docker-compose, then chmod +x) with the chmod skipped; bash execute_cmd.c shell_execve file_error, strerror(EACCES)',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'bash-permission-denied-after-curl',
    text: `${curlDownload}\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n100 12.1M  100 12.1M    0     0  5210k      0  0:00:02  0:00:02 --:--:-- 9120k\n$ docker-compose --version\n-bash: /usr/local/bin/docker-compose: Permission denied`,
  },
  {
    source: "curl's `(18) transfer closed with N bytes remaining to read` (lib/transfer.c), the cut file then run by bash, at lesson 8",
    check: 'networks',
    want: ['problem', 'compose-not-installed'],
    id: 'bash-permission-denied-transfer-closed-networks',
    text: `${curlDownload}\ncurl: (18) transfer closed with 3154222 bytes remaining to read\n$ docker-compose up -d\nbash: /usr/local/bin/docker-compose: Permission denied`,
  },
  {
    source:
      'zsh exec.c execute(): zerr("%e: %s", …) with EACCES, `zsh: permission denied: docker-compose` (macOS, a binary copied by hand)',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'zsh-permission-denied-name',
    text: '➜  myapp docker-compose up\nzsh: permission denied: docker-compose',
  },
  {
    source:
      'the same zsh refusal naming the path it found (`zsh: permission denied: /usr/local/bin/docker-compose`), Korean prose after it',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'zsh-permission-denied-path-korean',
    text: '% docker-compose version\nzsh: permission denied: /usr/local/bin/docker-compose\n권한 문제인 것 같습니다.',
  },
  {
    source: 'fish src/exec.cpp: "The file “%ls” is not executable by this user" (fish 3.x) for a docker-compose without its x bit',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'fish-not-executable',
    text: '~/lab> docker-compose up -d\nfish: The file “/usr/local/bin/docker-compose” is not executable by this user',
  },
  {
    source:
      'curl src/tool_cb_wrt.c: `Failed to create the file %s: %s` (curl 7.x splits it over two `Warning:` lines), the download run without sudo, then `(23) Failure writing output`',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'curl-failed-to-create-file',
    text: `$ curl -L "https://github.com/docker/compose/releases/download/v2.27.0/docker-compose-linux-x86_64" -o /usr/local/bin/docker-compose\nWarning: Failed to create the file\nWarning: /usr/local/bin/docker-compose: Permission denied\ncurl: (23) Failure writing output to destination`,
  },
  {
    source:
      'the same refusal, then `sudo chmod +x` and Compose v1 answering its version (compose/cli/main.py): the later state, an old Compose',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'permission-denied-then-chmod-v1-version',
    text: `${curlDownload}\n$ docker-compose --version\n-bash: /usr/local/bin/docker-compose: Permission denied\n$ sudo chmod +x /usr/local/bin/docker-compose\n$ docker-compose --version\ndocker-compose version 1.29.2, build 5becea4c`,
  },
  {
    source:
      "bash's `docker-compose: command not found`, then Ubuntu's docker-compose package answering 1.29.2 (build unknown): the later state",
    check: 'networks',
    want: ['problem', 'compose-too-old'],
    id: 'command-not-found-then-apt-v1-version',
    text: '$ docker-compose --version\nbash: docker-compose: command not found\n$ sudo apt install -y docker-compose\n$ docker-compose --version\ndocker-compose version 1.29.2, build unknown',
  },
  {
    source: 'the refusal after the version (the binary replaced by a cut download): the refusal is the later state',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'version-then-permission-denied',
    text: '$ docker-compose --version\ndocker-compose version 1.29.2, build 5becea4c\n$ docker-compose --version\n-bash: /usr/local/bin/docker-compose: Permission denied',
  },
  {
    source:
      "the socket's refusal under docker-compose (moby client: `permission denied while trying to connect to the Docker daemon socket`)",
    check: 'compose',
    want: ['problem', 'permission-denied'],
    id: 'guard-socket-permission-denied',
    text: '$ docker-compose up -d\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: permission denied',
  },
  {
    source:
      "a container's own entrypoint refused under Compose's log prefix (bash: `/entrypoint.sh: line 3: /app/start.sh: Permission denied`)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-container-permission-denied',
    text: 'Attaching to dash-app-web-1\ndash-app-web-1  | /entrypoint.sh: line 3: /app/start.sh: Permission denied\ndash-app-web-1 exited with code 126',
  },
];

const laterUpRows: Row[] = [
  {
    source:
      "Docker Desktop's `Ports are not available: exposing port TCP 0.0.0.0:5000 -> 0.0.0.0:0: listen tcp 0.0.0.0:5000: bind: address already in use` (macOS AirPlay on 5000), the port changed, then up's `Started` (docker/compose pkg/progress)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'desktop-ports-not-available-then-started',
    text: '$ docker compose up -d\n[+] Running 2/2\n ✔ Network flaskdemo_default  Created   0.1s\n ✘ Container flaskdemo-web-1    Error     0.2s\nError response from daemon: Ports are not available: exposing port TCP 0.0.0.0:5000 -> 0.0.0.0:0: listen tcp 0.0.0.0:5000: bind: address already in use\n$ docker compose up -d\n[+] Running 1/1\n ✔ Container flaskdemo-web-1  Started   0.4s',
  },
  {
    source:
      "moby portmapper `Bind for 0.0.0.0:8050 failed: port is already allocated` under `driver failed programming external connectivity on endpoint`, then the other holder stopped and up's `Started`, at lesson 8",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'bind-allocated-then-started-networks',
    text: 'user@vm:~/shop$ docker compose up -d\n[+] Running 3/3\n ✔ Network shop_default  Created\n ✔ Container shop-db-1   Started\n ✘ Container shop-web-1  Error\nError response from daemon: driver failed programming external connectivity on endpoint shop-web-1 (5b1c2d3e4f): Bind for 0.0.0.0:8050 failed: port is already allocated\nuser@vm:~/shop$ docker stop old-web\nold-web\nuser@vm:~/shop$ docker compose up -d\n[+] Running 2/2\n ✔ Container shop-db-1   Running\n ✔ Container shop-web-1  Started',
  },
  {
    source:
      'Compose v1 (compose/parallel.py): `Starting shop_web_1 ... error`, `ERROR: for web  Cannot start service web: … port is already allocated`, then `Starting shop_web_1 ... done`',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-start-error-then-done',
    text: '$ docker-compose up -d\nStarting shop_db_1 ... done\nStarting shop_web_1 ... error\n\nERROR: for shop_web_1  Cannot start service web: driver failed programming external connectivity on endpoint shop_web_1 (9f8e7d): Bind for 0.0.0.0:5000 failed: port is already allocated\nERROR: Encountered errors while bringing up the project.\n$ docker-compose up -d\nshop_db_1 is up-to-date\nStarting shop_web_1 ... done',
  },
  {
    source:
      "the same refusal, then `docker compose up` attached: the app's own start lines under Compose's prefix (Werkzeug's `Running on all addresses`, at 5000), at \"Does the app listen?\"",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'refused-then-attached-flask-5000-listening',
    text: "❯ docker compose up\nAttaching to web-1\nError response from daemon: Ports are not available: exposing port TCP 0.0.0.0:5000 -> 0.0.0.0:0: listen tcp 0.0.0.0:5000: bind: address already in use\n❯ docker compose up\n[+] Running 1/1\n ✔ Container flaskdemo-web-1  Recreated\nAttaching to web-1\nweb-1  |  * Serving Flask app 'app'\nweb-1  |  * Running on all addresses (0.0.0.0)\nweb-1  |  * Running on http://127.0.0.1:5000\nweb-1  |  * Running on http://172.19.0.2:5000",
  },
  {
    source:
      "Windows' `only one usage of each socket address (protocol/network address/port) is normally permitted` (Desktop's WSL 2 proxy), then `up -d` with every container Started",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'windows-socket-address-then-started',
    text: 'PS C:\\dev\\blog> docker compose up -d\nError response from daemon: Ports are not available: exposing port TCP 0.0.0.0:3000 -> 0.0.0.0:0: listen tcp 0.0.0.0:3000: bind: Only one usage of each socket address (protocol/network address/port) is normally permitted.\nPS C:\\dev\\blog> docker compose up -d\n[+] Running 2/2\n ✔ Container blog-db-1   Started\n ✔ Container blog-app-1  Started',
  },
  {
    source: "the lesson's own project refused at 8050, then started: no ok without its state and ports",
    check: 'compose',
    want: 'not ok',
    id: 'guard-lesson-refused-then-started-no-ok',
    text: '$ docker compose up -d\nError response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: address already in use\n$ docker compose up -d\n[+] Running 3/3\n ✔ Container dash-app-db-1     Started\n ✔ Container dash-app-web-1    Started\n ✔ Container dash-app-proxy-1  Started',
  },
  {
    source: 'the later up refused again at the same port: the refusal stands',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-refused-twice',
    text: '$ docker compose up -d\nError response from daemon: Ports are not available: exposing port TCP 0.0.0.0:5000 -> 0.0.0.0:0: listen tcp 0.0.0.0:5000: bind: address already in use\n$ docker compose up -d\n[+] Running 1/1\n ✔ Container flaskdemo-db-1  Started\nError response from daemon: Ports are not available: exposing port TCP 0.0.0.0:5000 -> 0.0.0.0:0: listen tcp 0.0.0.0:5000: bind: address already in use',
  },
  {
    source: 'the other order: started first, refused on the next up (the later state is the refusal)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-started-then-refused',
    text: '$ docker compose up -d\n[+] Running 1/1\n ✔ Container flaskdemo-web-1  Started\n$ docker compose -p other up -d\nError response from daemon: driver failed programming external connectivity on endpoint other-web-1 (1a2b3c): Bind for 0.0.0.0:5000 failed: port is already allocated',
  },
  {
    source: 'at "Is port 8050 free?" the refusal stays: the port it names may still be held (cw46, h39-bradsimpsonlog)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-port-free-keeps-refusal',
    text: '$ docker compose up -d\nError response from daemon: driver failed programming external connectivity on endpoint app-web-1 (1a2b3c): Bind for 0.0.0.0:8050 failed: port is already allocated\n$ docker compose up -d\n[+] Running 1/1\n ✔ Container app-web-1  Started',
  },
];

const handMadeRows: Row[] = [
  {
    source:
      "docker/cli network create (its one NAME argument) of a name shaped like a project's default network, then `docker network ls` (NETWORK ID NAME DRIVER SCOPE)",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'create-app-default-then-ls',
    text: '$ docker network create app_default\n8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d\n$ docker network ls\nNETWORK ID     NAME          DRIVER    SCOPE\n3a4b5c6d7e8f   app_default   bridge    local\n1f2e3d4c5b6a   bridge        bridge    local\n2e3d4c5b6a7f   host          host      local\n4d5c6b7a8f9e   none          null      local',
  },
  {
    source:
      "the same with `--driver bridge` and a backend-shaped name, a database and an app run on it with --network (a Chinese note's layout)",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'create-shop-backend-runs-ls',
    text: '# 创建网络\n[root@node1 ~]# docker network create --driver bridge shop_backend\n[root@node1 ~]# docker run -d --name db --network shop_backend -e MYSQL_ROOT_PASSWORD=123456 mysql:8\n[root@node1 ~]# docker run -d --name api --network shop_backend -p 8080:8080 shop-api:1.0\n[root@node1 ~]# docker network ls\nNETWORK ID     NAME           DRIVER    SCOPE\nf297f786d4b5   bridge         bridge    local\nc3509a01b631   shop_backend   bridge    local\nf7f0029f747b   host           host      local\n454e6fbe8a40   none           null      local',
  },
  {
    source: 'the create quoted from a tutorial step (`docker network create -d bridge web_default`) with the ls in PowerShell',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'create-d-bridge-web-default-pwsh',
    text: 'PS C:\\lab> docker network create -d bridge web_default\n5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f\nPS C:\\lab> docker network ls\nNETWORK ID     NAME          DRIVER    SCOPE\n0a1b2c3d4e5f   bridge        bridge    local\n6f7a8b9c0d1e   host          host      local\n7a8b9c0d1e2f   none          null      local\n5e6f7a8b9c0d   web_default   bridge    local',
  },
  {
    source: "a project's default network in network ls with no create in the paste: the project stays (§2.6)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-ls-project-default-no-create',
    text: '$ docker network ls\nNETWORK ID     NAME          DRIVER    SCOPE\n3a4b5c6d7e8f   app_default   bridge    local\n1f2e3d4c5b6a   bridge        bridge    local\n2e3d4c5b6a7f   host          host      local\n4d5c6b7a8f9e   none          null      local',
  },
  {
    source: 'a network made by hand as an external network for Compose, then Compose of that project running: the project stays',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-create-then-compose-up',
    text: '$ docker network create proxy_default\n$ docker compose up -d\n[+] Running 1/1\n ✔ Container proxy-traefik-1  Started\n$ docker network ls\nNETWORK ID     NAME            DRIVER    SCOPE\n1f2e3d4c5b6a   bridge          bridge    local\n2e3d4c5b6a7f   host            host      local\n4d5c6b7a8f9e   none            null      local\n9a8b7c6d5e4f   proxy_default   bridge    local',
  },
  {
    source: "the lesson's own network made by hand stays as cw113 left it: no ok from a hand-made dash-app_frontend",
    check: 'networks',
    want: 'not ok',
    id: 'guard-create-lesson-frontend-no-ok',
    text: '$ docker network create dash-app_frontend\n$ docker network create dash-app_backend\n$ docker network ls\nNETWORK ID     NAME                DRIVER    SCOPE\n1f2e3d4c5b6a   bridge              bridge    local\n5b6c7d8e9f0a   dash-app_backend    bridge    local\n6c7d8e9f0a1b   dash-app_frontend   bridge    local\n2e3d4c5b6a7f   host                host      local\n4d5c6b7a8f9e   none                null      local',
  },
];

const crashFileRows: Row[] = [
  {
    source:
      "Go net (net/ipsock.go): `listen tcp: lookup 0.0.0: no such host` for an address of three numbers, Gin's `[GIN-debug] [ERROR]` (gin debug.go debugPrintError), beside the issue's whole compose file",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'gin-listen-lookup-whole-file',
    text: '**Describe the bug**\n`[GIN-debug] [ERROR] listen tcp: lookup 127.0.0: no such host`\n\n**docker-compose.yml**\n```yaml\nservices:\n  api:\n    build: .\n    ports:\n      - "8080:8080"\n```',
  },
  {
    source:
      "CPython's traceback ending in `ModuleNotFoundError: No module named 'flask'`, then the project's whole file (services app and redis)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'python-traceback-whole-file',
    text: 'Traceback (most recent call last):\n  File "/code/app.py", line 1, in <module>\n    from flask import Flask\nModuleNotFoundError: No module named \'flask\'\n\ncompose.yaml:\nservices:\n  app:\n    build: .\n    ports:\n      - "5000:5000"\n  redis:\n    image: redis:alpine',
  },
  {
    source: "Node's `Error: Cannot find module '/usr/src/app/server.js'` (internal/modules/cjs/loader) above its file, at lesson 8",
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'node-cannot-find-module-whole-file-networks',
    text: "node:internal/modules/cjs/loader:1143\n  throw err;\n  ^\n\nError: Cannot find module '/usr/src/app/server.js'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1140:15)\n    at node:internal/main/run_main_module:28:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v20.11.0\n\nversion: '3.8'\nservices:\n  node:\n    build: .\n    ports:\n      - 3000:3000",
  },
  {
    source: 'a whole file without web and no failure shown: the missing service stays',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-whole-file-no-crash',
    text: 'services:\n  api:\n    build: .\n    ports:\n      - "8080:8080"\n  db:\n    image: postgres:16',
  },
];

const families: [string, Row[]][] = [
  ['a docker-compose the shell may not run, and that docker-compose answering later', notExecutableRows],
  ['a Compose start refused at a host port, then a later up that started', laterUpRows],
  ["a network made by hand under a project's name, no Compose", handMadeRows],
  ['a crash beside a whole compose file without web', crashFileRows],
];

describe.each(families)('cw117 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
