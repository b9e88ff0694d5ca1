/*
 * cw70: holdout55 to holdout58's compose, networks and install misses (README "holdout55–58: compose, networks and install (cw70)").
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
    source: 'benoitc/gunicorn gunicorn/sock.py create_sockets: log.error("Can\'t connect to %s", str(addr)) after "Retrying in 1 second."',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'gunicorn-cant-connect-v1-prefix',
    text: "$ docker-compose up\nAttaching to app_web_1\nweb_1  | [2021-03-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 20.0.4\nweb_1  | [2021-03-01 10:00:00 +0000] [1] [ERROR] Retrying in 1 second.\nweb_1  | [2021-03-01 10:00:01 +0000] [1] [ERROR] Retrying in 1 second.\nweb_1  | [2021-03-01 10:00:05 +0000] [1] [ERROR] Can't connect to ('10.0.0.5', 8050)",
  },
  {
    source: "benoitc/gunicorn gunicorn/sock.py (IPv6 `::` where the host has none, pgadmin-org/pgadmin4#2601's class) under docker logs",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'gunicorn-cant-connect-ipv6-docker-logs',
    text: "$ docker logs dash-app-web-1\n[2024-05-01 08:00:00 +0000] [1] [INFO] Starting gunicorn 22.0.0\n[2024-05-01 08:00:00 +0000] [1] [ERROR] Retrying in 1 second.\n[2024-05-01 08:00:04 +0000] [1] [ERROR] Can't connect to ('::', 8050)",
  },
  {
    source:
      'benoitc/gunicorn gunicorn/config.py validate_address "Invalid address: %s" (LibrePhotos/librephotos-docker#16) under Compose v2',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'gunicorn-invalid-address-v2',
    text: "web-1  | [2024-01-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0\nweb-1  | [2024-01-01 10:00:00 +0000] [1] [ERROR] Invalid address: ('backend', 8001)",
  },
  {
    source:
      'encode/uvicorn uvicorn/server.py startup: logger.error("[Errno 99] error while attempting to bind on address (…): cannot assign requested address")',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'uvicorn-errno-99-compose',
    text: "api-1  | INFO:     Started server process [1]\napi-1  | INFO:     Waiting for application startup.\napi-1  | INFO:     Application startup complete.\napi-1  | ERROR:    [Errno 99] error while attempting to bind on address ('192.168.1.20', 8000): cannot assign requested address\napi-1  | INFO:     Waiting for application shutdown.",
  },
  {
    source: 'nodejs/node lib/net.js (libuv UV_EADDRNOTAVAIL): `Error: listen EADDRNOTAVAIL: address not available 10.0.0.5:3000`',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'node-eaddrnotavail-compose',
    text: 'frontend_1  | Error: listen EADDRNOTAVAIL: address not available 10.0.0.5:3000\nfrontend_1  |     at Server.setupListenHandle [as _listen2] (node:net:1463:21)\nfrontend_1  |     at listenInCluster (node:net:1528:12)',
  },
  {
    source: 'golang/go net.Listen error `listen tcp 10.0.0.5:8080: bind: cannot assign requested address`, log.Fatal in a Go server',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'go-bind-cannot-assign-compose',
    text: '$ docker compose logs api\napi-1  | 2024/03/01 10:00:00 listen tcp 10.0.0.5:8080: bind: cannot assign requested address',
  },
  {
    source: 'rocker-org/shiny#58 (Shiny Server: `listen EAFNOSUPPORT :::3838`, a pod without IPv6) under Compose',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'shiny-eafnosupport-compose',
    text: 'shiny_1  | [2019-06-01T10:00:00.000Z] [INFO] shiny-server - Starting listener on http://[::]:3838\nshiny_1  | [2019-06-01T10:00:00.010Z] [ERROR] shiny-server - HTTP server error (http://[::]:3838): listen EAFNOSUPPORT :::3838\nshiny_1  | [2019-06-01T10:00:00.011Z] [INFO] shiny-server - Shutting down worker processes',
  },
  {
    source: "guard: CONVENTIONS §2.4 (cw56) gunicorn's Can't connect stays a crash on the reach path",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-gunicorn-cant-connect-reach',
    text: "$ docker logs dash-app\n[2019-05-15 19:00:54 +0000] [1] [INFO] Starting gunicorn 19.9.0\n[2019-05-15 19:00:54 +0000] [1] [ERROR] Retrying in 1 second.\n[2019-05-15 19:00:59 +0000] [1] [ERROR] Can't connect to ('::', 8050)",
  },
  {
    source: "open-cli-tools/concurrently src/logger.ts (prefix `[{name}]` with --names) around Node's `Error: Cannot find module '…'`",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'concurrently-named-cannot-find-module',
    text: "app_1  | [API] Error: Cannot find module '/usr/src/app/dist/server.js'\napp_1  | [API]     at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15)\napp_1  | [API] npm run api exited with code 1",
  },
  {
    source: 'open-cli-tools/concurrently default prefix `[{index}]` around Flask 2.x cli.py NoAppException ("Could not import")',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'concurrently-index-flask-could-not-import',
    text: "web-1  | [0] Error: Could not import 'wsgi'.\nweb-1  | [0] flask run --host=0.0.0.0 exited with code 2",
  },
  {
    source:
      'nickstenning/honcho printer.py (`HH:MM:SS name.1 | `) around Flask 1.x cli.py "Failed to find Flask application or factory in module"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'honcho-prefix-flask-failed-to-find',
    text: "web_1  | 10:00:00 system  | web.1 started (pid=7)\nweb_1  | 10:00:01 web.1   | Error: Failed to find Flask application or factory in module 'app'. Use 'FLASK_APP=app:name' to specify one.\nweb_1  | 10:00:01 system  | web.1 stopped (rc=2)",
  },
  {
    source: 'npm/cli 6 lib/utils/error-handler.js `npm ERR! code ELIFECYCLE`, `npm ERR! errno 1`, `Exit status 1`',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'npm6-elifecycle-compose',
    text: 'frontend_1  | > client@0.1.0 start /app\nfrontend_1  | > react-scripts start\nfrontend_1  | npm ERR! code ELIFECYCLE\nfrontend_1  | npm ERR! errno 1\nfrontend_1  | npm ERR! client@0.1.0 start: `react-scripts start`\nfrontend_1  | npm ERR! Exit status 1',
  },
  {
    source:
      'npm/cli 8 (workspaces) `npm ERR! Lifecycle script `start` failed with error:` and @npmcli/run-script `npm ERR! command failed`',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'npm8-lifecycle-script-failed',
    text: 'web-1  | npm ERR! Lifecycle script `start` failed with error: \nweb-1  | npm ERR! Error: command failed \nweb-1  | npm ERR!   in workspace: server@1.0.0 \nweb-1  | npm ERR!   at location: /app/server ',
  },
  {
    source: 'npm/cli 10 lib/utils/error-message.js (`npm error command failed`, `npm error command sh -c node index.js`) in docker logs',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'npm10-command-failed-docker-logs',
    text: '$ docker logs dash-app-web-1\nnpm error path /app\nnpm error command failed\nnpm error signal SIGSEGV\nnpm error command sh -c node index.js',
  },
  {
    source: 'yarnpkg/yarn src/reporters/lang/en.js commandFailedWithCode "Command failed with exit code $0."',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'yarn1-command-failed-compose',
    text: 'client-1  | yarn run v1.22.19\nclient-1  | $ vite --host\nclient-1  | error Command failed with exit code 1.\nclient-1  | info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
  },
  {
    source: "guard: CONVENTIONS §2.5 (cw63) PostgreSQL's postmaster `[1] FATAL:` keeps its PID prefix",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-postgres-pid1-fatal',
    text: 'db-1  | 2024-01-01 10:00:00.000 UTC [1] FATAL:  database files are incompatible with server\ndb-1  | 2024-01-01 10:00:00.000 UTC [1] DETAIL:  The data directory was initialized by PostgreSQL version 15, which is not compatible with this version 16.1.\ndb-1 exited with code 1',
  },
];

const installRows: Row[] = [
  {
    source: "actions/runner src/Runner.Sdk/Util/WhichUtil.cs `File not found: '{command}'` (a Docker action on a self-hosted runner)",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'actions-runner-file-not-found-error-mark',
    text: "Build container for action use: '/home/runner/work/_actions/org/action/v2/Dockerfile'.\n##[error]File not found: 'docker'",
  },
  {
    source: 'golang/go os/exec LookPath `exec: "docker": executable file not found in $PATH` (a Go tool shelling out to docker)',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'go-lookpath-path',
    text: '$ kind create cluster\nERROR: failed to create cluster: failed to get docker info: command "docker info" failed with error: exec: "docker": executable file not found in $PATH',
  },
  {
    source: 'golang/go os/exec (Windows) LookPath `exec: "docker": executable file not found in %PATH%`',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'go-lookpath-windows',
    text: 'PS C:\\Users\\me\\dash-app> .\\deploy.exe\nError: exec: "docker": executable file not found in %PATH%',
  },
  {
    source: 'nodejs/node lib/internal/child_process.js (`spawn ${file} ENOENT`, errno -2, syscall spawn docker)',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'node-spawn-docker-enoent',
    text: "node:events:495\n      throw er; // Unhandled 'error' event\n      ^\n\nError: spawn docker ENOENT\n    at ChildProcess._handle.onexit (node:internal/child_process:284:19)\n    at onErrorNT (node:internal/child_process:477:16) {\n  errno: -2,\n  code: 'ENOENT',\n  syscall: 'spawn docker',\n  path: 'docker',\n  spawnargs: [ 'version' ]\n}",
  },
  {
    source: "python/cpython Lib/subprocess.py _execute_child raising FileNotFoundError(errno.ENOENT, …, 'docker')",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'python-subprocess-filenotfound-docker',
    text: 'Traceback (most recent call last):\n  File "/home/me/build.py", line 4, in <module>\n    subprocess.run(["docker", "version"], check=True)\n  File "/usr/lib/python3.10/subprocess.py", line 1847, in _execute_child\n    raise child_exception_type(errno_num, err_msg, err_filename)\nFileNotFoundError: [Errno 2] No such file or directory: \'docker\'',
  },
  {
    source:
      'openjdk java.lang.ProcessBuilder.start: `Cannot run program "docker": error=2, No such file or directory` (Maven/Gradle plugins)',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'java-processbuilder-error-2',
    text: '[ERROR] Failed to execute goal io.fabric8:docker-maven-plugin:0.43.0:build (default-cli) on project demo: Execution default-cli of goal failed: java.io.IOException: Cannot run program "docker": error=2, No such file or directory',
  },
  {
    source:
      'openjdk ProcessImpl (Windows) `Cannot run program "docker" (in directory "…"): CreateProcess error=2, The system cannot find the file specified`',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'java-createprocess-error-2',
    text: 'Execution failed for task \':bootBuildImage\'.\n> java.io.IOException: Cannot run program "docker" (in directory "C:\\Users\\me\\demo"): CreateProcess error=2, The system cannot find the file specified',
  },
  {
    source: 'ruby/ruby process.c (Kernel#system/IO.popen raising Errno::ENOENT: `No such file or directory - docker`)',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'ruby-errno-enoent-docker',
    text: "/usr/lib/ruby/3.0.0/open3.rb:221:in `spawn': No such file or directory - docker (Errno::ENOENT)\n\tfrom /usr/lib/ruby/3.0.0/open3.rb:221:in `popen_run'",
  },
  {
    source: 'GNU which (which.c: `which: no %s in (%s)`) on a Fedora/CentOS shell',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'gnu-which-no-docker',
    text: '[me@centos ~]$ which docker\n/usr/bin/which: no docker in (/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin)',
  },
];

const connectRows: Row[] = [
  {
    source:
      "golang/go net/http transport.go dialConn (CONNECT refused: `errors.New(f[1])`, the proxy's status text) via moby client/request.go",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'proxy-forbidden-quoted-url',
    text: '$ docker version\nClient:\n Version:           20.10.7\n API version:       1.41\n OS/Arch:           windows/amd64\nerror during connect: Get "https://192.168.99.100:2376/v1.41/version": Forbidden',
  },
  {
    source: 'golang/go net/http transport.go dialConn (a proxy asking for credentials: `Proxy Authentication Required`), Docker 17.x',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'proxy-auth-required-unquoted',
    text: 'me@LAPTOP MINGW64 ~\n$ docker ps\nerror during connect: Get https://192.168.99.101:2376/v1.35/containers/json: Proxy Authentication Required',
  },
  {
    source: 'golang/go net/http transport.go (Go 1.12+: `proxyconnect tcp: dial tcp …`, the proxy itself not reached)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'proxyconnect-refused',
    text: 'error during connect: Get "https://10.0.0.5:2376/v1.43/info": proxyconnect tcp: dial tcp 10.1.1.1:3128: connect: connection refused',
  },
  {
    source: "golang/go net/http transport.go (a gateway's `Bad Gateway`) on `_ping` (moby client/ping.go uses HEAD)",
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'proxy-bad-gateway-head-ping',
    text: '$ docker compose ps\nerror during connect: Head "https://build-host:2376/_ping": Bad Gateway',
  },
  {
    source: "guard: CONVENTIONS §2.1 (cw58) Desktop's pipe closing with EOF stays engine-not-ready (docker/for-win#14542)",
    check: 'install',
    want: ['problem', 'engine-not-ready'],
    id: 'guard-desktop-eof',
    text: 'error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/version": EOF',
  },
  {
    source:
      'docker/compose 1.x compose/service.py create_container `Cannot create container for service %s: %s` (Docker for Windows file sharing)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-create-drive-not-shared',
    text: "Creating network \"dash-app_default\" with the default driver\nCreating dash-app_web_1 ... error\n\nERROR: for dash-app_web_1  Cannot create container for service web: b'Drive has not been shared'\n\nERROR: for web  Cannot create container for service web: b'Drive has not been shared'\nERROR: Encountered errors while bringing up the project.",
  },
  {
    source:
      'docker/compose 1.x compose/service.py create_container, moby daemon/volumes (`invalid mount config for type "bind": bind source path does not exist`)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-create-bind-source-missing',
    text: 'ERROR: for proxy  Cannot create container for service proxy: invalid mount config for type "bind": bind source path does not exist: /host_mnt/c/Users/me/dash-app/nginx.conf',
  },
];

const layoutRows: Row[] = [
  {
    source: 'GitHub suggested change / docker/docs review threads: a ```diff block whose + lines are Compose v2 output',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'diff-fence-v2-up-other-project',
    text: '```diff\n-$ docker compose up -d\n+$ docker compose up -d --build\n+[+] Running 3/3\n+ ✔ Network getting-started-app_default  Created\n+ ✔ Container getting-started-app-mysql-1  Started\n+ ✔ Container getting-started-app-app-1    Started\n```',
  },
  {
    source: 'GNU diffutils unified format (`@@ -l,s +l,s @@`) of a README under `git diff`, v1 output added',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'git-diff-hunk-v1-network',
    text: '$ git diff README.md\ndiff --git a/README.md b/README.md\nindex 3f2a9c1..7d4e5b2 100644\n--- a/README.md\n+++ b/README.md\n@@ -10,3 +10,6 @@ Start it:\n     docker-compose up -d\n+    Creating network "todo_default" with the default driver\n+    Creating todo_web_1 ... done\n+    Creating todo_db_1  ... done',
  },
  {
    source:
      "guard: a README's ```diff fence used for colour only (h40-readme42539010988's class): compose-go's `service %q refers to undefined network %s: invalid compose project` on a red `-` line",
    check: 'networks',
    want: ['problem', 'compose-undefined-network'],
    id: 'guard-diff-colour-minus-error',
    text: '**Error:**\n```diff\n- service "web" refers to undefined network backnet: invalid compose project\n```\n**Fix:** declare it under the top-level networks.',
  },
  {
    source: 'docker/cli cli/command/formatter/network.go (NETWORK ID, NAME, DRIVER, SCOPE) flattened by a blog mirror',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'network-ls-flat-scope-defaults',
    text: '$ docker network ls NETWORK ID NAME DRIVER SCOPE 1a2b3c4d5e6f bridge bridge local 2b3c4d5e6f7a host host local 3c4d5e6f7a8b none null local',
  },
  {
    source: "docker/cli formatter/network.go flattened, with another project's <p>_default (CONVENTIONS §2.6)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'network-ls-flat-other-default',
    text: 'docker network ls NETWORK ID NAME DRIVER SCOPE 9f8e7d6c5b4a bridge bridge local 8e7d6c5b4a39 host host local 7d6c5b4a3928 none null local 6c5b4a392817 wordpress_default bridge local',
  },
  {
    source: 'docker/compose (compose-go `%s_%s` network names): two networks of one other project under their own keys',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'network-ls-two-keys-other-project',
    text: '$ docker network ls\nNETWORK ID     NAME          DRIVER    SCOPE\n4b1c2d3e4f50   bridge        bridge    local\n5c2d3e4f5061   host          host      local\n6d3e4f506172   shop_public   bridge    local\n7e4f50617283   shop_private  bridge    local\n8f5061728394   none          null      local',
  },
  {
    source: 'docker/compose: one network `<p>_<key>` for a key of the compose file shown (its top-level networks)',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'network-ls-key-of-file',
    text: '$ cat docker-compose.yml\nservices:\n  app:\n    image: nginx\n    networks:\n      - web\nnetworks:\n  web:\n    driver: bridge\n$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n4b1c2d3e4f50   bridge    bridge    local\n5c2d3e4f5061   blog_web  bridge    local',
  },
  {
    source: 'guard: CONVENTIONS §2.6 a hand-made network alone (docker network create my_net) stays network-not-found',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-network-ls-one-hand-made',
    text: '$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n4b1c2d3e4f50   bridge    bridge    local\n5c2d3e4f5061   host      host      local\n6d3e4f506172   my_net    bridge    local\n7e4f50617283   none      null      local',
  },
  {
    source: "containers/podman docs podman-port.1.md (`podman port CONTAINER`: `80/tcp -> 0.0.0.0:8080`, docker/cli's format)",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'podman-port-other-app-port',
    text: '$ podman port web\n5000/tcp -> 0.0.0.0:8080',
  },
  {
    source: 'containers/podman docs podman-ps.1.md (the docker ps columns) with another container',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'podman-ps-other-container',
    text: '$ podman ps\nCONTAINER ID  IMAGE                           COMMAND               CREATED        STATUS        PORTS                 NAMES\n3f2a9c1b7d4e  docker.io/library/nginx:latest  nginx -g daemon o...  2 minutes ago  Up 2 minutes  0.0.0.0:8080->80/tcp  web',
  },
  {
    source: "guard: CONVENTIONS §1 (no ok without Docker's own evidence): Podman's port of dash-app is no ok",
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-podman-port-dash-app-no-ok',
    text: '$ podman port dash-app\n8050/tcp -> 0.0.0.0:8050',
  },
];

const families: [string, Row[]][] = [
  ["a service's start failure in any runner's words", startRows],
  ['install: docker missing in the words of the program that looked for it', installRows],
  ['no daemon behind a proxy; Compose v1 refused a create', connectRows],
  ['layouts: a diff, a flattened network ls, a project under its own keys, Podman', layoutRows],
];

describe.each(families)('cw70 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
