/*
 * cw75: holdout59 to holdout62's compose, networks and install misses (README "holdout59–62: compose, networks and install (cw75)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste
 * itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer
 * that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const vpnkit = 'vpnkit port filesystem, `mkdir /port/<proto>:<host ip>:<port>:<proto>:<container ip>:<port>` (docker/for-win#573)';

/** Docker for Mac's and Windows' vpnkit port filesystem failing, whatever errno it gives (CONVENTIONS §2.2, cw58 and cw75). */
const vpnkitRows: Row[] = [
  {
    source: `Haufe-Lexware/wicked.haufe.io#11 (Compose v1 on Docker for Windows, "file exists"); ${vpnkit}`,
    check: 'compose',
    want: ['problem', 'engine-not-ready'],
    id: 'v1-up-file-exists-1936',
    text: '$ docker-compose up -d --remove-orphans --force-recreate\nRecreating portalapi_portal_1\nCreating portalapi_publb_1\n\nERROR: for publb  Cannot start service publb: driver failed programming external connectivity on endpoint portalapi_publb_1 (578a9deb553e): Error starting userland proxy: mkdir /port/tcp:0.0.0.0:1936:tcp:172.19.0.9:1936: file exists\nEncountered errors while bringing up the project.',
  },
  {
    source: `dotnet/core#2679's run layout with the errno of TrueBlocks/trueblocks-docker#61; ${vpnkit}`,
    check: 'run',
    want: ['problem', 'engine-not-ready'],
    id: 'run-file-exists-8050',
    text: 'PS C:\\dash-app> docker run -d --name dash-app -p 8050:8050 e4l-python-graph\nC:\\Program Files\\Docker\\Docker\\Resources\\bin\\docker.exe: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (cf2e3198bdaf): Error starting userland proxy: mkdir /port/tcp:0.0.0.0:8050:tcp:172.17.0.2:8050: file exists.',
  },
  {
    source: `TrueBlocks/trueblocks-docker#61 ("file exists" on Docker for Mac); ${vpnkit}`,
    check: 'reach:port-free',
    want: ['problem', 'engine-not-ready'],
    id: 'port-free-file-exists-80',
    text: 'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint dash-app_web_1 (db26db869beb): Error starting userland proxy: mkdir /port/tcp:0.0.0.0:80:tcp:172.19.0.2:8050: file exists\nERROR: Encountered errors while bringing up the project.',
  },
  {
    source: `Compose v2's layout (docker/compose pkg/compose progress "Error response from daemon: …"); ${vpnkit}, a udp forward`,
    check: 'compose',
    want: ['problem', 'engine-not-ready'],
    id: 'v2-up-udp-file-exists',
    text: '[+] Running 1/2\n ✔ Network dash-app_default  Created\n ⠿ Container dash-app-web-1  Starting\nError response from daemon: driver failed programming external connectivity on endpoint dash-app-web-1 (3dffad8e5b8b): Error starting userland proxy: mkdir /port/udp:0.0.0.0:8050:udp:172.18.0.2:8050: file exists',
  },
  {
    source: `docker/for-win#573 (Docker for Windows 17.12, run layout) with another errno of the port filesystem; ${vpnkit}`,
    check: 'run',
    want: ['problem', 'engine-not-ready'],
    id: 'run-no-such-file',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (23e2644665ff): Error starting userland proxy: mkdir /port/tcp:0.0.0.0:8050:tcp:172.17.0.2:8050: no such file or directory.',
  },
  {
    source: 'guard: libnetwork portmapper, `listen tcp4 0.0.0.0:55026: bind: address already in use` (docker/for-linux#1278)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-listen-bind-in-use',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (4b1c): Error starting userland proxy: listen tcp4 0.0.0.0:8050: bind: address already in use.',
  },
  {
    source: "guard: CONVENTIONS §2.2 (cw58) vpnkit's port filesystem, input/output error (dotnet/core#2679)",
    check: 'run',
    want: ['problem', 'engine-not-ready'],
    id: 'guard-run-input-output',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (cf2e): Error starting userland proxy: mkdir /port/tcp:0.0.0.0:8050:tcp:172.17.0.2:8050: input/output error.',
  },
];

const nginx = 'nginx src/event/ngx_event_connect.c "connect() failed" with ngx_errno, ngx_http_upstream.c " while connecting to upstream"';

/** nginx's refusal at its upstream, quoted from anywhere in its line, in the errno of the OS it runs on. */
const nginxRows: Row[] = [
  {
    source: `certsocietegenerale/FIR#260's layout (from the errno on); ${nginx}`,
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'errno-on-client-networks',
    text: 'I keep getting \'502 bad gateway\'. The nginx error log says:\n\n(111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1"',
  },
  {
    source: `certsocietegenerale/FIR#260's layout at compose; ${nginx}`,
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'errno-on-compose',
    text: 'nginx shows 502. error.log:\n(111: Connection refused) while connecting to upstream, client: 192.168.1.20, server: _',
  },
  {
    source: `nginx on macOS/FreeBSD (ngx_kqueue_module "kevent() reported that connect() failed", ECONNREFUSED 61); ${nginx}`,
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'kevent-61-no-upstream',
    text: '2019/03/02 10:11:12 [error] 4242#0: *7 kevent() reported that connect() failed (61: Connection refused) while connecting to upstream, client: 127.0.0.1, server: localhost, request: "GET / HTTP/1.1", host: "localhost:8080"',
  },
  {
    source: `nginx for Windows (WSAECONNREFUSED 10061, FormatMessage's words); ${nginx}`,
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'win-10061-no-upstream',
    text: '2020/05/01 09:00:00 [error] 1234#5678: *1 connect() failed (10061: No connection could be made because the target machine actively refused it) while connecting to upstream, client: 127.0.0.1, server: localhost, request: "GET / HTTP/1.1", host: "localhost"',
  },
  {
    source: `nginx on FreeBSD with its upstream (ECONNREFUSED 61); ${nginx} ", upstream: \\"%V\\""`,
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'kevent-61-upstream-web',
    text: 'proxy-1  | 2024/01/01 00:00:00 [error] 29#29: *1 kevent() reported that connect() failed (61: Connection refused) while connecting to upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost"',
  },
  {
    source: `nginx for Windows with its upstream (10061); ${nginx}`,
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'win-10061-upstream-compose',
    text: 'proxy-1  | 2024/01/01 00:00:00 [error] 29#29: *3 connect() failed (10061: No connection could be made because the target machine actively refused it) while connecting to upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost"',
  },
  {
    source: `guard: CONVENTIONS §2.6 (cw35) the whole line without the upstream (h26-gonginx1); ${nginx}`,
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-connect-failed-111',
    text: '*1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.20.0.1, server: localhost',
  },
];

const v1Network = 'docker/compose 1.x compose/network.py `Creating network "%s" with the default driver` / `with driver "%s"`';

/** Compose v1's network line quoted in a title or a sentence names the project (CONVENTIONS §2.6). */
const networkRows: Row[] = [
  {
    source: `TrunkRecorder/trunk-recorder#639's title layout, another folder; ${v1Network}`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'title-docker-compose-up-quote',
    text: '# docker-compose up "Creating network "myblog_default" with the default driver"\n\nwhat is myblog? i never named anything that',
  },
  {
    source: `TrunkRecorder/trunk-recorder#639's title layout at compose; ${v1Network}`,
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'title-docker-start-quote-compose',
    text: 'docker start "Creating network "downloads_default" with the default driver"',
  },
  {
    source: `docker/compose#2345 (1.5's --x-networking: the project's own name, driver "None") quoted in a sentence; ${v1Network}`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'sentence-x-networking-driver-none',
    text: 'docker-compose --x-networking up -d says "Creating network "wildflymysqljavaee7" with driver "None"" and then nothing',
  },
  {
    source: `a learner's sentence quoting v1's line in backticks; ${v1Network}`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'prose-backticks',
    text: 'When I run it the first line is `Creating network "flaskapp_default" with the default driver` and my networks are not there.',
  },
  {
    source: `guard: v1's own line at its start (h58-docs17895); ${v1Network}`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-v1-line',
    text: '$ docker-compose up -d\nCreating network "app_default" with the default driver\nCreating app_web_1 ... done',
  },
];

/** Compose v1 that runs after docker had no plugin: the later state stands (CONVENTIONS §2.0, §2.5). */
const composeRows: Row[] = [
  {
    source:
      "docker/cli `docker: 'compose' is not a docker command.`, then Compose 1.2x's v3 schema (`Invalid top-level property \"name\"`, compose/config/validation.py)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'no-plugin-then-v1-invalid-top-level-name',
    text: "$ docker compose up -d\ndocker: 'compose' is not a docker command.\nSee 'docker --help'\n$ docker-compose up -d\nERROR: The Compose file './compose.yaml' is invalid because:\nInvalid top-level property \"name\". Valid top-level sections for this Compose file are: version, services, networks, volumes, secrets, configs, and extensions starting with \"x-\".",
  },
  {
    source:
      "plaintextpackets/netprobe_lite#70's steps at networks (v1's schema for a file without version: `'name' does not match any of the regexes: '^x-'`)",
    check: 'networks',
    want: ['problem', 'compose-too-old'],
    id: 'no-plugin-then-v1-regexes-networks',
    text: "pi@raspberrypi:~/dash-app $ docker compose up -d\ndocker: 'compose' is not a docker command.\nSee 'docker --help'\npi@raspberrypi:~/dash-app $ sudo apt install docker-compose\npi@raspberrypi:~/dash-app $ docker-compose up -d\nERROR: The Compose file './compose.yaml' is invalid because:\n'name' does not match any of the regexes: '^x-'",
  },
  {
    source:
      "docker/cli 'compose' is not a docker command, then v1's `Additional properties are not allowed ('name' was unexpected)` (isard-vdi/isard#199)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'no-plugin-then-v1-network-name',
    text: "$ docker compose up\ndocker: 'compose' is not a docker command.\n$ docker-compose up\nERROR: The Compose file './docker-compose.yml' is invalid because:\nnetworks.backend value Additional properties are not allowed ('name' was unexpected)",
  },
  {
    source:
      "docker/cli's `docker: 'compose' is not a docker command.` in Debian's docker.io, then v1's docopt usage for a v2 flag (compose/cli/main.py `Usage: ps [options] [SERVICE...]`)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'no-plugin-then-v1-usage-ps',
    text: "$ docker compose ps --format json\ndocker: 'compose' is not a docker command.\nSee 'docker --help'\n$ docker-compose ps --format json\nList containers.\n\nUsage: ps [options] [SERVICE...]\n\nOptions:\n    -q, --quiet          Only display IDs",
  },
  {
    source: "guard: docker/cli `docker: 'compose' is not a docker command.` alone (CONVENTIONS §2.5)",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-no-plugin-alone',
    text: "$ docker compose up -d\ndocker: 'compose' is not a docker command.\nSee 'docker --help'",
  },
  {
    source: "guard: the plugin missing and docker-compose not found either (bash's `docker-compose: command not found`)",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-no-plugin-no-v1',
    text: "$ docker compose up -d\ndocker: 'compose' is not a docker command.\nSee 'docker --help'\n$ docker-compose up -d\nbash: docker-compose: command not found",
  },
];

/** A container named in Compose v1's layout at a docker command names its project (CONVENTIONS §2.5). */
const nameRows: Row[] = [
  {
    source:
      'moby/moby#32404 (`docker inspect docker_web_1` after `docker-compose up -d`), another folder; Compose v1 compose/container.py project_service_N',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'inspect-v1-name-after-up',
    text: '$ docker-compose up -d\n$ docker inspect shop_web_1\n\nthe IP is 172.18.0.3 but nothing loads on :8050',
  },
  {
    source: 'Compose v1 compose/container.py project_service_N at `docker logs` (docker/cli container/logs.go)',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'logs-v1-name-networks',
    text: '$ docker-compose up -d\n$ docker logs -f myproject_web_1\n * Running on http://0.0.0.0:8050/ (Press CTRL+C to quit)',
  },
  {
    source: 'Compose v1 compose/container.py project_service_N at `docker exec` (docker/cli container/exec.go)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'exec-v1-name',
    text: '$ docker-compose up -d\n$ docker exec -it blog_db_1 psql -U postgres\npsql (13.4)\nType "help" for help.',
  },
  {
    source: "guard: the lesson's own project in v1's layout (dash-app_web_1)",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-lesson-v1-name',
    text: '$ docker-compose up -d\n$ docker logs dash-app_web_1\n * Running on http://0.0.0.0:8050/ (Press CTRL+C to quit)',
  },
];

const tray =
  "the X11 system-tray `docker` (Debian's package docker, later wmdocker; docker.c's banner and usage: Shaked/docker-whatsapp#1)";

/** A `docker` on PATH that is another program: Docker Engine is not installed (CONVENTIONS §2.1). */
const trayRows: Row[] = [
  {
    source: `${tray}, its version asked with --version`,
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'tray-version-15',
    text: 'me@ubuntu:~$ docker --version\ndocker - version 1.5\nCopyright 2003, Ben Jansens <ben@orodu.net>',
  },
  {
    source: `${tray}, hello-world run through it`,
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'tray-usage-run-hello',
    text: '$ docker run hello-world\nUsage: docker [OPTIONS]\n\nOptions:\n  -help             Show this help.\n  -display DISPLAY  The X display to connect to.\n  -border           The width of the border to put around the\n                    system tray icons. Defaults to 1.\n  -wmaker           WindowMaker mode. This makes docker a\n                    fixed size (64x64) to appear nicely in\n                    in WindowMaker.',
  },
  {
    source: `${tray}, its banner under \`docker version\``,
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'tray-banner-version',
    text: '$ sudo docker version\ndocker - version 1.4\nCopyright 2003, Ben Jansens <ben@orodu.net>\n\nUsage: docker [OPTIONS]',
  },
  {
    source: "guard: docker/cli's own `Docker version 24.0.7, build afdd53b` (cli/command/system/version.go)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-docker-version-line',
    text: '$ docker --version\nDocker version 24.0.7, build afdd53b',
  },
];

/** The client's request closed with no answer (EOF): Desktop's own endpoint, or another socket (CONVENTIONS §2.1, cw58 and cw75). */
const eofRows: Row[] = [
  {
    source: 'guard: WhitewaterFoundry/Pengwin#243 layout, a socat relay on /var/run/docker.sock in WSL 1 (h16-pengwin589)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-var-run-sock-eof-relay',
    text: 'Client: Docker Engine - Community\n Version:           19.03.5\n API version:       1.40\n OS/Arch:           linux/amd64\nerror during connect: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/version: EOF',
  },
  {
    source: "guard: CONVENTIONS §2.1 (cw58) Desktop's own pipe closed (docker/for-win#14542)",
    check: 'install',
    want: ['problem', 'engine-not-ready'],
    id: 'guard-desktop-pipe-eof',
    text: 'error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/version": EOF',
  },
];

const families: [string, Row[]][] = [
  ["vpnkit's port filesystem, whatever errno", vpnkitRows],
  ["nginx's refusal at its upstream, in every OS's errno", nginxRows],
  ["Compose v1's network line quoted", networkRows],
  ['Compose v1 that runs after docker had no plugin', composeRows],
  ["a container named in v1's layout at a docker command", nameRows],
  ['a docker that is another program', trayRows],
  ['a request closed with EOF', eofRows],
];

describe.each(families)('cw75 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
