/*
 * cw111: holdout89-92's misses of listings at reach:running and reach:published, a daemon that answered later (Windows), and lesson
 * 3's reading (README "holdout89–92: listings at reach:running and reach:published, a later answered state, install reading (cw111)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, platforms), never the paste itself, which
 * moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const client = (v: string, os = 'linux/amd64', context = 'default') =>
  `Client: Docker Engine - Community\n Version:           ${v}\n API version:       1.45\n Go version:        go1.21.10\n Git commit:        ab12cd3\n Built:             Thu May 16 08:33:29 2024\n OS/Arch:           ${os}\n Context:           ${context}\n`;

const serverCutRows: Row[] = [
  {
    source:
      'docker/cli cli/command/system/version.go: `{{- if .ServerOK}}` … `Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}`, cut in the name',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'server-desktop-cut-in-name',
    text: `$ docker version\n${client('26.1.1', 'darwin/arm64', 'desktop-linux')}\nServer: Docker Desk`,
  },
  {
    source: 'the same, Docker CE on Linux, cut inside "Docker Engine - Community"',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-server-engine-community-cut',
    text: `me@box:~$ docker version\n${client('27.3.1')}\nServer: Docker Engine - Comm`,
  },
  {
    source: 'the same, Mirantis Container Runtime (Windows Server), cut after its first word',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'server-mirantis-cut',
    text: `PS C:\\> docker version\n${client('20.10.9', 'windows/amd64')}\nServer: Mirantis`,
  },
  {
    source: 'docker/cli version.go: no Server part when the daemon did not answer, the Client part only',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-client-only',
    text: `$ docker version\n${client('26.1.1')}`,
  },
  {
    source: "curl -I's `Server: nginx` after a Client part: another program's header, not docker's",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-client-then-curl-server-header',
    text: `$ docker version\n${client('26.1.1')}$ curl -I localhost\nHTTP/1.1 200 OK\nServer: nginx/1.27.0`,
  },
  {
    source: "docker/cli cli/command/system/info.go: docker info's bare `Server:` and its ERROR line",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-info-server-error',
    text: '$ docker info\nClient:\n Version:    26.1.1\n Context:    default\n Debug Mode: false\n\nServer:\nERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  },
];

const lowerRows: Row[] = [
  {
    source: "docker/cli version.go's default template, every letter lower-cased by a notes page (Docker Desktop on a Mac)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'lower-desktop-mac',
    text: 'me@mac ~ % docker version\nclient:\n version:           27.4.0\n api version:       1.47\n go version:        go1.22.10\n git commit:        bde2b89\n built:             tue dec 10 15:37:30 2024\n os/arch:           darwin/arm64\n context:           desktop-linux\n\nserver: docker desktop 4.37.1 (178610)\n engine:\n  version:          27.4.0\n  api version:      1.47 (minimum version 1.24)\n  go version:       go1.22.10',
  },
  {
    source: 'the same template of 20.10 (Ubuntu), lower-cased, the Server part cut after its API version',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'lower-20-10-ubuntu',
    text: 'client: docker engine - community\n version:           20.10.21\n api version:       1.41\n go version:        go1.18.7\n git commit:        baeda1f\n built:             tue oct 25 18:02:21 2022\n os/arch:           linux/amd64\n context:           default\n experimental:      true\n\nserver: docker engine - community\n engine:\n  version:          20.10.21\n  api version:      1.41 (minimum version 1.12)',
  },
  {
    source: 'the lower-cased Client part alone (docker/cli prints no Server part when the daemon did not answer)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'lower-client-only',
    text: 'client: docker engine - community\n version:           28.0.1\n api version:       1.48\n go version:        go1.23.6\n git commit:        068a01e\n built:             wed feb 26 10:41:08 2025\n os/arch:           linux/amd64\n context:           default',
  },
  {
    source: 'moby client/errors.go "Cannot connect to the Docker daemon at %s" after the lower-cased Client part',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-lower-client-then-cannot-connect',
    text: 'client: docker engine - community\n version:           28.0.1\n api version:       1.48\n context:           default\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  },
];

const pipe = (api: string, path = 'containers/json') =>
  `error during connect: this error may indicate that the docker daemon is not running: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v${api}/${path}": open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.`;
const psTable =
  'CONTAINER ID   IMAGE            COMMAND                  CREATED        STATUS         PORTS                    NAMES\n9f1c2b3a4d5e   redis:7          "docker-entrypoint.s…"   2 days ago     Up 5 seconds   0.0.0.0:6379->6379/tcp   cache\n';

const laterRows: Row[] = [
  {
    source: "moby client/errors.go (24+) on Docker Desktop 4.3x's pipe, then docker/cli container/list.go's table once Desktop was up",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'pwsh-pipe-then-ps-install',
    text: `PS C:\\Users\\ana> docker ps\n${pipe('1.47')}\nPS C:\\Users\\ana> docker ps\n${psTable}`,
  },
  {
    source: 'the same at "Is dash-app running?": the listing answers, another container',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'pwsh-pipe-then-ps-running',
    text: `PS C:\\Users\\ana> docker ps\n${pipe('1.47')}\nPS C:\\Users\\ana> docker ps\n${psTable}`,
  },
  {
    source: 'the same at "Is port 8050 free?": nothing holds it',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'pwsh-pipe-then-ps-port-free',
    text: `PS C:\\Users\\ana> docker ps\n${pipe('1.47')}\nPS C:\\Users\\ana> docker ps\n${psTable}`,
  },
  {
    source: 'moby client/errors.go "Cannot connect to the Docker daemon at %s", `sudo systemctl start docker`, then `docker container ls`',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'linux-socket-start-then-container-ls',
    text: `$ docker container ls\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n$ sudo systemctl start docker\n$ docker container ls\n${psTable}`,
  },
  {
    source: 'Docker Desktop for Mac, the socket in the home folder (docker/cli context desktop-linux), then an empty listing',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'mac-desktop-socket-then-empty-ps',
    text: '% docker ps -a\nCannot connect to the Docker daemon at unix:///Users/ana/.docker/run/docker.sock. Is the docker daemon running?\n% docker ps -a\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
  },
  {
    source: 'the listing first and the error after it (the daemon stopped since): the later state stands (CONVENTIONS §2.0)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-ps-then-pipe-error',
    text: `PS C:\\Users\\ana> docker ps\n${psTable}PS C:\\Users\\ana> docker ps\n${pipe('1.47')}`,
  },
  {
    source:
      "microsoft/WSL#2102's shape: WSL's docker refused at DOCKER_HOST's tcp://, then Windows' own docker.exe listing: another client",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-wsl-tcp-refused-then-docker-exe-listing',
    text: `me@pc:~$ docker ps\nCannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?\nme@pc:~$ docker.exe ps\n${psTable}`,
  },
  {
    source: 'docker/cli\'s `[]` of network inspect printed before its own "Cannot connect": no reply',
    check: 'networks',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-network-inspect-empty-then-cannot-connect',
    text: '$ docker network inspect web_frontend\n[]\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  },
];

const hintRows: Row[] = [
  {
    source:
      'moby client/request.go (20.10): "This error may indicate that the docker daemon is not running." wrapped in "error during connect", its request cut',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'hint-20-10-capitalised-alone',
    text: 'C:\\Users\\li>docker version\nerror during connect: This error may indicate that the docker daemon is not running.',
  },
  {
    source: 'moby client/errors.go (24+): lower-cased, retold in a guide under its "Error:" heading',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'hint-lower-guide',
    text: '## Docker Desktop is not started\n\nError:\n```\nerror during connect: this error may indicate that the docker daemon is not running\n```',
  },
  {
    source: 'the same hint at "Is dash-app running?"',
    check: 'reach:running',
    want: ['problem', 'daemon-not-running'],
    id: 'hint-at-reach-running',
    text: 'PS C:\\dev> docker ps -a\nerror during connect: this error may indicate that the docker daemon is not running',
  },
  {
    source: "moby client/request.go on Windows' pipe refused to the user (cw54): the access error stands before the hint",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-hint-access-denied',
    text: 'error during connect: This error may indicate that the docker daemon is not running.: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: Access is denied.',
  },
];

const exposedRows: Row[] = [
  {
    source: 'moby daemon/list.go with -a: one container Up with its port only exposed (`80/tcp`), two stopped above and below it',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'one-up-exposed-two-exited',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                      PORTS      NAMES\n4b7e1c9a2f30   httpd:2.4      "httpd-foreground"       10 seconds ago   Up 9 seconds                80/tcp     eager_tesla\n1d2e3f4a5b6c   httpd:2.4      "httpd-foreground"       3 minutes ago    Exited (0) 2 minutes ago               sharp_hopper\n',
  },
  {
    source:
      "the same with a Created row and an `Exited (137)`, `docker container ls -a` (docker/cli's table), a database's two exposed ports",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'one-up-two-exposed-created-137',
    text: '$ docker container ls -a\nCONTAINER ID   IMAGE       COMMAND                  CREATED         STATUS                       PORTS                 NAMES\n5e6f7a8b9c0d   mysql:8.0   "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes                 3306/tcp, 33060/tcp   db\n0aa1bb2cc3dd   mysql:8.0   "docker-entrypoint.s…"   5 minutes ago   Created                                            db2\n9c8b7a6f5e4d   mysql:8.0   "docker-entrypoint.s…"   1 hour ago      Exited (137) 50 minutes ago                        db-old\n',
  },
  {
    source: 'the same table with its padding collapsed to single spaces by a Markdown page (one line a row)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'one-up-exposed-collapsed',
    text: 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n\nc0ffee123456 nginx:alpine "/docker-entrypoint.…" 5 seconds ago Up 4 seconds 80/tcp keen_lamport\n\nbadc0de12345 nginx:alpine "/docker-entrypoint.…" 1 minute ago Exited (0) 30 seconds ago focused_boyd\n',
  },
  {
    source: 'the same at "Is dash-app running?": another container Up',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-one-up-exposed-running',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                      PORTS      NAMES\n4b7e1c9a2f30   httpd:2.4      "httpd-foreground"       10 seconds ago   Up 9 seconds                80/tcp     eager_tesla\n1d2e3f4a5b6c   httpd:2.4      "httpd-foreground"       3 minutes ago    Exited (0) 2 minutes ago               sharp_hopper\n',
  },
  {
    source:
      'cw98 (CONVENTIONS §2.2): three nginx Up, the learner stops two (`docker stop`), then `docker ps -a`: they keep the answer they had',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-hand-stopped-stay-several',
    text: '$ docker ps\nCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES\naaa111bbb222   nginx     "/docker-entrypoint.…"   3 seconds ago   Up 2 seconds   80/tcp    one_a\nccc333ddd444   nginx     "/docker-entrypoint.…"   6 seconds ago   Up 5 seconds   80/tcp    two_b\n$ docker stop one_a\none_a\n$ docker ps -a\nCONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                     PORTS     NAMES\naaa111bbb222   nginx     "/docker-entrypoint.…"   30 seconds ago   Exited (0) 9 seconds ago             one_a\nccc333ddd444   nginx     "/docker-entrypoint.…"   33 seconds ago   Up 32 seconds              80/tcp    two_b\n',
  },
  {
    source: 'CONVENTIONS §2.2 cw37: the stopped row listed first (the newest) answers by its state, before the exposed one below it',
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    id: 'guard-newest-crashed-first',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                      PORTS     NAMES\nf00dfeed0001   myapp     "python app.py"          20 seconds ago   Exited (1) 18 seconds ago             sad_kirch\nf00dfeed0002   nginx     "/docker-entrypoint.…"   2 hours ago      Up 2 hours                  80/tcp    web\n',
  },
  {
    source:
      "holdout65's h65-luisnvrrdwd11 shape (both experts): two `Exited (0)` listed above the one Up with `80/tcp`: it is the oldest, several",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-up-exposed-listed-last',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                     PORTS     NAMES\n11aa22bb33cc   nginx     "/docker-entrypoint.…"   25 seconds ago   Exited (0) 3 seconds ago             calm_euler\n44dd55ee66ff   nginx     "/docker-entrypoint.…"   26 seconds ago   Exited (0) 3 seconds ago             brave_noyce\n77aa88bb99cc   nginx     "/docker-entrypoint.…"   29 seconds ago   Up 27 seconds              80/tcp    zen_turing\n',
  },
  {
    source: 'two containers Up with ports only exposed: several, none the one asked about (CONVENTIONS §2.3, h6-canvaslms1817)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-two-up-exposed',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                     PORTS      NAMES\n111aaa222bbb   nginx     "/docker-entrypoint.…"   9 seconds ago    Up 8 seconds               80/tcp     a_one\n333ccc444ddd   redis     "docker-entrypoint.s…"   1 minute ago     Up 1 minute                6379/tcp   b_two\n555eee666fff   nginx     "/docker-entrypoint.…"   2 minutes ago    Exited (0) 1 minute ago               c_three\n',
  },
  {
    source: 'CONVENTIONS §2.2 cw37 (h9-moby19096): one stopped row listed first among rows Up answers at "Is dash-app running?"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-first-row-exited-0-among-up',
    text: 'CONTAINER ID   IMAGE           COMMAND                  CREATED       STATUS                     PORTS                  NAMES\n0145aa28e912   ollama/ollama   "/bin/ollama serve"      3 hours ago   Exited (0) 3 hours ago                            ollama\n39f4bb5fc5e5   grafana/grafana "/run.sh"                3 hours ago   Up 3 hours                 0.0.0.0:3000->3000/tcp   grafana\n58bdcc274f56   prom/prometheus "/bin/prometheus --c…"   3 hours ago   Up 3 hours                 0.0.0.0:9090->9090/tcp   prometheus\n',
  },
  {
    source: 'CONVENTIONS §2.6 cw39, §2.1 cw90: a restart loop whose logs name their cause (an image built for another CPU)',
    check: 'reach:running',
    want: ['problem', 'exec-format-error'],
    id: 'guard-restarting-logs-exec-format',
    text: '$ docker ps\nCONTAINER ID   IMAGE        COMMAND                  CREATED      STATUS                          PORTS     NAMES\n7a7b7c7d7e7f   api:latest   "/entrypoint.sh"         1 hour ago   Restarting (255) 5 seconds ago            api\n$ docker logs api\nexec /entrypoint.sh: exec format error\nexec /entrypoint.sh: exec format error',
  },
];

const imageRows: Row[] = [
  {
    source:
      'a foreground `docker run -it -p 3000:3000 IMAGE` (no --name, no ID printed), then a listing with three rows of that image beside others',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'run-it-three-rows-of-image',
    text: '$ docker run -it -p 3000:3000 shop-api\nlistening on 3000\n\n$ docker ps\nCONTAINER ID   IMAGE      COMMAND                  CREATED          STATUS          PORTS                                       NAMES\n1a2b3c4d5e6f   shop-api   "node index.js"          12 seconds ago   Up 11 seconds   0.0.0.0:3000->3000/tcp, [::]:3000->3000/tcp   jolly_hopper\n2b3c4d5e6f7a   shop-api   "node index.js"          1 hour ago       Up 1 hour       0.0.0.0:4000->4000/tcp, [::]:4000->4000/tcp   modest_noether\n3c4d5e6f7a8b   shop-api   "node index.js"          2 hours ago      Up 2 hours                                                  busy_hertz\n4d5e6f7a8b9c   postgres   "docker-entrypoint.s…"   3 days ago       Up 3 days       0.0.0.0:5432->5432/tcp                        pg\n',
  },
  {
    source: 'the same with two rows of the image, each publishing (the last row of the image, the oldest, is no longer picked)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'run-p-two-rows-of-image-both-publish',
    text: '$ docker run -p 8000:8000 todo-web\n$ docker container ls\nCONTAINER ID   IMAGE      COMMAND           CREATED          STATUS          PORTS                    NAMES\naa11bb22cc33   todo-web   "gunicorn app"    5 seconds ago    Up 4 seconds    0.0.0.0:8000->8000/tcp   quirky_wu\ndd44ee55ff66   todo-web   "gunicorn app"    40 minutes ago   Up 40 minutes   0.0.0.0:9000->8000/tcp   tender_yalow\n',
  },
  {
    source: "CONVENTIONS §2.3's first rule: two rows of the image, one publishing one app port, the other nothing → where it leads",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'two-rows-one-publisher',
    text: '$ docker run -p 8000:8000 todo-web\n$ docker container ls\nCONTAINER ID   IMAGE      COMMAND           CREATED          STATUS          PORTS                    NAMES\naa11bb22cc33   todo-web   "gunicorn app"    5 seconds ago    Up 4 seconds    0.0.0.0:8000->8000/tcp   quirky_wu\ndd44ee55ff66   todo-web   "gunicorn app"    40 minutes ago   Up 40 minutes                            tender_yalow\n',
  },
  {
    source: "cw69 (moby's printed ID): a detached run's ID names its row among two of the image → where its mapping leads",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-detached-id-names-row',
    text: '$ docker run -d -p 5000:5000 training/webapp python app.py\n6be1c0ffee2a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e\n$ docker ps\nCONTAINER ID   IMAGE             COMMAND           CREATED          STATUS          PORTS                     NAMES\n6be1c0ffee2a   training/webapp   "python app.py"   3 seconds ago    Up 2 seconds    0.0.0.0:5000->5000/tcp    clever_bose\n7cf2d1aaff3b   training/webapp   "python app.py"   20 minutes ago   Up 20 minutes   0.0.0.0:32768->5000/tcp   nice_pike\n',
  },
  {
    source: "CONVENTIONS §2.3 cw43: one row of the run's image in the listing after it → where its mapping leads",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-one-row-of-image',
    text: '$ docker run -p 5065:80 -d dockersamples/static-site\n$ docker container ls\nCONTAINER ID   IMAGE                       COMMAND                  CREATED          STATUS          PORTS                  NAMES\n2af8bd5ac8f1   dockersamples/static-site   "/bin/sh -c \'cd /usr…"   36 seconds ago   Up 34 seconds   0.0.0.0:5065->80/tcp   hopeful_elion\n',
  },
];

const toldRows: Row[] = [
  {
    source: "a learner's own sentence that a port is taken (CONVENTIONS §2.4 cw68: no program's line), beside a Client part",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'told-port-already-used-with-version',
    text: `The app fails: port 3000 was already taken by something on my laptop.\n\n$ docker version\n${client('25.0.3', 'darwin/arm64', 'desktop-linux')}`,
  },
  {
    source: "the same, told at the lesson's own port (still told, not shown)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'told-8050-in-use',
    text: 'When I start it, it says port 8050 is already in use, so I cannot open the page.',
  },
  {
    source: "Vite's strictPort error (vitejs/vite packages/vite/src/node/http.ts `Port ${port} is already in use`): a program's line",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-vite-port-in-use',
    text: '$ npm run dev\n\n> web@0.0.0 dev\n> vite --port 8050 --strictPort\n\nerror when starting dev server:\nError: Port 8050 is already in use',
  },
  {
    source: "a whole docker ps with nothing at 8050 beside the learner's sentence: the listing answers (CONVENTIONS §1)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-told-beside-whole-listing',
    text: `I think port 5000 is used by AirPlay.\n$ docker ps\n${psTable}`,
  },
];

/** conhost's copy of a line it wrapped at its width: the line cut every 80 characters (corpus/habits.ts wrapAt). */
const wrap80 = (t: string) =>
  t
    .split('\n')
    .flatMap((l) => l.match(/.{1,80}/g) ?? [''])
    .join('\n');
const cutRows: Row[] = [
  {
    source:
      'docker/cli defaultContainerTableFormat (NAMES after PORTS), its spaces collapsed by a page, the copy ending after the PORTS cell',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'collapsed-last-row-ends-in-port',
    text: 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n1f2e3d4c5b6a grafana/grafana:10.2.0 "/run.sh" 2 days ago Up 2 days 0.0.0.0:3000->3000/tcp grafana\n6a5b4c3d2e1f minio/minio:latest "/usr/bin/docker-ent…" 2 days ago Up 2 days 0.0.0.0:9000-9001->9000-9001/tcp, :::9000-9001->9000-9001/tcp\n',
  },
  {
    source: 'the same table on one line (a page that lost the line breaks too)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'one-line-last-row-ends-in-port',
    text: 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES 1f2e3d4c5b6a grafana/grafana:10.2.0 "/run.sh" 2 days ago Up 2 days 0.0.0.0:3000->3000/tcp grafana 6a5b4c3d2e1f minio/minio:latest "/usr/bin/docker-ent…" 2 days ago Up 2 days 0.0.0.0:9000-9001->9000-9001/tcp, [::]:9000-9001->9000-9001/tcp\n',
  },
  {
    source:
      "Windows' console wrapping a wide table at 80 columns (conhost's copy: NAMES alone on a line), the last row stopping after its PORTS cell",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-hard-wrapped-last-row-ends-in-port',
    text: wrap80(
      [
        'CONTAINER ID   IMAGE                                   COMMAND                  CREATED       STATUS                  PORTS                                                                        NAMES',
        '5d6e7f8a9b0c   ghcr.io/example/search-api:v2.4.1       "/entrypoint.sh"         3 hours ago   Up 3 hours              0.0.0.0:80->80/tcp, :::80->80/tcp, 0.0.0.0:443->443/tcp, :::443->443/tcp   search-api',
        '6a5b4c3d2e1f   quay.io/minio/minio:RELEASE.2024-01-01  "/usr/bin/docker-ent…"   3 hours ago   Up 3 hours              0.0.0.0:9000-9001->9000-9001/tcp, :::9000-9001->9000-9001/tcp',
      ].join('\n'),
    ),
  },
  {
    source: "docker/compose v2's ps (PORTS its last column, docker/compose cmd/formatter): a row ending in a port is whole",
    check: 'reach:port-free',
    // Stop 45: Compose's listing alone shows one project (CONVENTIONS §1): partial at port-free, as shows-part.project, not .cut.
    want: ['partial', 'shows-part'],
    id: 'guard-compose-ps-ports-last',
    text: '$ docker compose ps\nNAME              IMAGE          COMMAND                  SERVICE   CREATED         STATUS         PORTS\nshop-cache-1      redis:7        "docker-entrypoint.s…"   cache     2 minutes ago   Up 2 minutes   0.0.0.0:6379->6379/tcp\n',
  },
  {
    source: 'a `--format "table {{.Names}}\\t{{.Ports}}"` of the learner\'s own: PORTS last, the row whole',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-format-names-ports',
    text: '$ docker ps --format "table {{.Names}}\\t{{.Ports}}"\nNAMES     PORTS\ncache     0.0.0.0:6379->6379/tcp\n',
  },
];

const families: [string, Row[]][] = [
  ["docker version's Server header cut inside its platform name", serverCutRows],
  ['docker version lower-cased by a page', lowerRows],
  ['a daemon error, then a listing the daemon answered', laterRows],
  ["the client's hint that the daemon is not running, alone", hintRows],
  ['one container running with its port only exposed, beside stopped rows', exposedRows],
  ['a run line without --name and several rows of its image', imageRows],
  ["a port told taken in the learner's words", toldRows],
  ["a docker ps' last row ending in its PORTS cell, the table's spaces or lines lost", cutRows],
];

describe.each(families)('cw111 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
