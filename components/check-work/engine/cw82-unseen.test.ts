/*
 * cw82: holdout67 to holdout70's compose, networks and install misses (README "holdout67–70: compose, networks and install (cw82)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, languages, programs of the same kind), never
 * the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const systemd = 'systemd src/systemctl/systemctl-show.c (`Active: <state> (<sub>)`), systemctl-is-active.c; `Job for %s failed` (job.c)';

/** systemd's failed start, then the unit active after a restart: the later state stands (CONVENTIONS §2.0, §2.1 cw72). */
const restartRows: Row[] = [
  {
    source: `Fedora's moby-engine docker.service failing, then started again (fedora docs, "Docker" quick doc); ${systemd}`,
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'failed-then-is-active',
    text: '$ sudo systemctl start docker\nJob for docker.service failed because the control process exited with error code.\nSee "systemctl status docker.service" and "journalctl -xe" for details.\n$ sudo rm /etc/docker/daemon.json\n$ sudo systemctl start docker\n$ systemctl is-active docker\nactive',
  },
  {
    source: `Ubuntu 22.04's docker.service after a daemon.json typo fixed (moby/moby#44511's layout); ${systemd}`,
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'failed-then-status-bullet',
    text: 'me@box:~$ sudo systemctl restart docker\nJob for docker.service failed because the control process exited with error code.\nSee "systemctl status docker.service" and "journalctl -xeu docker.service" for details.\nme@box:~$ sudo systemctl restart docker\nme@box:~$ systemctl status docker\n● docker.service - Docker Application Container Engine\n     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)\n     Active: active (running) since Tue 2022-11-15 10:02:11 UTC; 3s ago\nTriggeredBy: ● docker.socket\n       Docs: https://docs.docker.com\n   Main PID: 4121 (dockerd)',
  },
  {
    source: `guard: the other order, active first and the failed job after it; ${systemd}`,
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-active-then-failed',
    text: '$ systemctl is-active docker\nactive\n$ sudo systemctl restart docker\nJob for docker.service failed because the control process exited with error code.\nSee "systemctl status docker.service" and "journalctl -xe" for details.',
  },
  {
    source: `guard: the status after the failed start says failed (microsoft/WSL#12307's layout); ${systemd}`,
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-failed-then-status-failed',
    text: '$ sudo systemctl start docker\nJob for docker.service failed because the control process exited with error code.\n$ systemctl status docker\n× docker.service - Docker Application Container Engine\n     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)\n     Active: failed (Result: exit-code) since Mon 2024-11-04 09:12:40 UTC; 5s ago',
  },
  {
    source: `guard: active, then the client's "Cannot connect" (moby client/errors.go); ${systemd}`,
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-active-then-cannot-connect',
    text: '$ sudo systemctl start docker\nJob for docker.service failed because the control process exited with error code.\n$ sudo systemctl restart docker\n$ systemctl status docker\n● docker.service - Docker Application Container Engine\n   Active: active (running) since Mon 2021-04-19 23:04:51 UTC; 6s ago\n$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  },
];

const notCommand =
  "docker/cli cli/cobra.go (\"docker: '%s' is not a docker command.\"), cli/command/system/version.go's Client and Server parts";

/** A client older than the command typed, then upgraded: its later docker version stands when it has the command. */
const upgradeRows: Row[] = [
  {
    source: `nodesource/docker-nsolid#3's 'network' refused by 1.8, then 1.10.3's docker version; ${notCommand}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'volume-18-then-110',
    text: "$ docker volume ls\ndocker: 'volume' is not a docker command.\nSee 'docker --help'.\n$ docker version\nClient:\n Version:      1.10.3\n API version:  1.22\n Go version:   go1.5.3\n Git commit:   20f81dd\n OS/Arch:      linux/amd64\n\nServer:\n Version:      1.10.3\n API version:  1.22\n Go version:   go1.5.3\n Git commit:   20f81dd\n OS/Arch:      linux/amd64",
  },
  {
    source: `'container' before 1.13 (docker/cli's management commands, 1.13.0), then Docker CE 17.03's version; ${notCommand}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'container-112-then-1703',
    text: "$ docker container ls\ndocker: 'container' is not a docker command.\nSee 'docker --help'.\n$ sudo apt-get install docker-ce\n$ docker version\nClient:\n Version:      17.03.1-ce\n API version:  1.27\n Go version:   go1.7.5\n Git commit:   c6d412e\n OS/Arch:      linux/amd64\n\nServer:\n Version:      17.03.1-ce\n API version:  1.27 (minimum version 1.12)\n Go version:   go1.7.5\n Git commit:   c6d412e\n OS/Arch:      linux/amd64",
  },
  {
    source: `'context' before 19.03 (docker/cli 19.03.0 CHANGELOG), then 20.10's version with its Engine part; ${notCommand}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'context-1809-then-2010',
    text: "$ docker context ls\ndocker: 'context' is not a docker command.\nSee 'docker --help'\n$ docker version\nClient: Docker Engine - Community\n Version:           20.10.7\n API version:       1.41\n Go version:        go1.13.15\n Git commit:        f0df350\n OS/Arch:           linux/amd64\n Context:           default\n\nServer: Docker Engine - Community\n Engine:\n  Version:          20.10.7\n  API version:      1.41 (minimum version 1.12)\n  Go version:       go1.13.15",
  },
  {
    source: `guard: upgraded, but to 1.12, still before 'container' (1.13); ${notCommand}`,
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'guard-container-upgrade-still-old',
    text: "$ docker container ls\ndocker: 'container' is not a docker command.\nSee 'docker --help'.\n$ docker version\nClient:\n Version:      1.12.6\n API version:  1.24\n Go version:   go1.6.4\n\nServer:\n Version:      1.12.6\n API version:  1.24\n Go version:   go1.6.4",
  },
  {
    source: `guard: the refusal after the newer version (the later state is the refusal); ${notCommand}`,
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'guard-refusal-after-version',
    text: "$ docker version\nClient:\n Version:      1.8.2\n API version:  1.20\n\nServer:\n Version:      1.8.2\n API version:  1.20\n$ docker network ls\ndocker: 'network' is not a docker command.\nSee 'docker --help'.",
  },
];

const serverHeader =
  'docker/cli cli/command/system/version.go versionTemplate: `{{- if .ServerOK}}` … `Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}`';

/** The Server header with the engine's platform name, under a Client part, whatever follows it. */
const headerRows: Row[] = [
  {
    source: `docker/for-mac#7705's layout with the Server part cut at its header (Desktop 4.27.2 on macOS); ${serverHeader}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'mac-client-then-desktop-header',
    text: 'Client:\n Cloud integration: v1.0.35+desktop.10\n Version:           25.0.3\n API version:       1.44\n Go version:        go1.21.6\n Git commit:        4debf41\n Built:             Tue Feb  6 21:13:00 2024\n OS/Arch:           darwin/arm64\n Context:           desktop-linux\n\nServer: Docker Desktop 4.27.2 (137060)',
  },
  {
    source: `Ubuntu's docker-ce 24.0.7 (docker docs, Install on Ubuntu), the poster cutting after the Server header; ${serverHeader}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'headerless-client-then-community',
    text: ' Version:           24.0.7\n API version:       1.43\n Go version:        go1.20.10\n Git commit:        afdd53b\n OS/Arch:           linux/amd64\n Context:           default\n\nServer: Docker Engine - Community\n ...',
  },
  {
    source: "guard: curl -I's response header `Server: nginx/1.25.3` (nginx's server_tokens), no Client part",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-curl-server-header',
    text: '$ curl -I http://localhost\nHTTP/1.1 200 OK\nServer: nginx/1.25.3\nContent-Type: text/html',
  },
  {
    source: 'guard: a Client part and its error, no Server part (ir-cli-hello-world-no-daemon, moby client/errors.go)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-client-then-cannot-connect',
    text: 'Client: Docker Engine - Community\n Version:           24.0.7\n API version:       1.43\n Context:           default\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  },
];

const pipe =
  "Go's syscall.Errno.Error on Windows (FormatMessage in the system's language) for ERROR_FILE_NOT_FOUND, after docker/cli's `open <pipe>: `";

/** Desktop's pipe not there, in any Windows language and either slash form. */
const pipeRows: Row[] = [
  {
    source: `docker/for-win#7249's layout in French Windows; ${pipe}`,
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'fr-pipe-introuvable',
    text: "C:\\Users\\moi> docker run hello-world\ndocker: Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: Le fichier spécifié est introuvable.\nSee 'docker run --help'.",
  },
  {
    source: `Desktop 4.x's pipe (docker/for-win#13909's layout) in Spanish Windows; ${pipe}`,
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'es-desktop-linux-engine',
    text: 'PS C:\\Users\\ana> docker ps\nerror during connect: this error may indicate that the docker daemon is not running: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.45/containers/json": open //./pipe/dockerDesktopLinuxEngine: El sistema no puede encontrar el archivo especificado.',
  },
  {
    source: `a Chinese Windows' docker version under its Client part; ${pipe}`,
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'zh-pipe-docker-engine',
    text: 'Client:\n Version:           20.10.17\n API version:       1.41\n Context:           default\nerror during connect: In the default daemon configuration on Windows, the docker client must be run with elevated privileges to connect.: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: 系统找不到指定的文件。',
  },
  {
    source: `Japanese Windows, at Compose's step (docker compose up); ${pipe}`,
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'ja-compose-pipe',
    text: 'PS C:\\dash-app> docker compose up -d\nopen //./pipe/dockerDesktopLinuxEngine: 指定されたファイルが見つかりません。',
  },
  {
    source:
      'CONVENTIONS §2.1 (cw54) the pipe refused to the user, in German and the backslash form (ERROR_ACCESS_DENIED): the path widened',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'de-pipe-access-denied-backslash',
    text: 'docker: Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: Zugriff verweigert.',
  },
  {
    source: "guard: CONVENTIONS §2.1 (cw58) Desktop's own pipe closed with EOF (docker/for-win#14542)",
    check: 'install',
    want: ['problem', 'engine-not-ready'],
    id: 'guard-pipe-eof',
    text: 'error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/version": EOF',
  },
];

const snap =
  'canonical/docker-snap (unit snap.docker.dockerd.service), systemd core/service.c ("Main process exited, code=%s, status=%i/%s", "Failed with result")';

/** The snap's dockerd (and dockerd's own fatal listeners) failing in the journal. */
const snapRows: Row[] = [
  {
    source: `docker-snap's unit failing after a refresh (canonical/docker-snap#38's journal layout); ${snap}`,
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'snap-failed-with-result',
    text: "$ sudo journalctl -u snap.docker.dockerd -n 3\nsystemd[1]: snap.docker.dockerd.service: Main process exited, code=exited, status=1/FAILURE\nsystemd[1]: snap.docker.dockerd.service: Failed with result 'exit-code'.\nsystemd[1]: Failed to start Service for snap application docker.dockerd.",
  },
  {
    source: "dockerd's own `failed to load listeners` (moby cmd/dockerd/daemon.go loadListeners) on a host where /run is read-only",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'dockerd-load-listeners',
    text: "$ sudo dockerd\nINFO[2024-02-01T10:00:00.000000000Z] Starting up\nfailed to load listeners: can't create unix socket /var/run/docker.sock: mkdir /var/run: read-only file system",
  },
  {
    source: `docker.service's exit in the journal (Debian 12), no other line; ${snap}`,
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'docker-service-main-exited',
    text: 'dockerd[812]: failed to start daemon: error initializing graphdriver: driver not supported: overlay2\nsystemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
  },
  {
    source: `guard: the snap's unit running (systemctl status snap.docker.dockerd); ${snap}`,
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-snap-active',
    text: '$ systemctl status docker\n● docker.service - Docker Application Container Engine\n     Active: active (running) since Fri 2025-03-07 09:00:00 UTC; 1min ago',
  },
];

const listing =
  "docker/cli cli/command/image/list.go, network/list.go, volume/list.go: the table is written from the daemon's reply, header first";

/** A listing docker/cli prints only from the daemon's reply, at lesson 3 (as cw74's docker ps). */
const listingRows: Row[] = [
  {
    source: `Docker 29's collapsed image list (docker/cli#6566), empty; ${listing}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'images-29-empty',
    text: '$ docker images\nIMAGE   ID   DISK USAGE   CONTENT SIZE   EXTRA',
  },
  {
    source: `docker network ls on a fresh install (docker docs, "Networking with standalone containers"); ${listing}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'network-ls-fresh',
    text: 'PS C:\\Users\\me> docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n17e324f45964   bridge    bridge    local\n6ed54d316334   host      host      local\n7092879f2cc8   none      null      local',
  },
  {
    source: `docker image ls with hello-world after an install (docker docs, Get started); ${listing}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'image-ls-hello',
    text: 'me@laptop:~$ docker image ls\nREPOSITORY    TAG       IMAGE ID       CREATED        SIZE\nhello-world   latest    d2c94e258dcb   8 months ago   13.3kB',
  },
  {
    source: `docker volume ls, empty (docker docs, Volumes); ${listing}`,
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'volume-ls-empty',
    text: '$ docker volume ls\nDRIVER    VOLUME NAME',
  },
  {
    source: "guard: the header quoted in a sentence, no command line (a README's prose)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-header-no-command',
    text: 'The output has the columns\nREPOSITORY   TAG   IMAGE ID   CREATED   SIZE\nand nothing else.',
  },
  {
    source: 'guard: CONVENTIONS §2.1 (cw44, cw74) the socket refused, then the listing with sudo only',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-denied-then-sudo-images',
    text: '$ docker images\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/images/json": dial unix /var/run/docker.sock: connect: permission denied\n$ sudo docker images\nREPOSITORY   TAG       IMAGE ID   CREATED   SIZE',
  },
];

const v1Schema = 'docker/compose 1.x compose/config/validation.py get_unsupported_config_msg (path joined with dots; DOCKER_CONFIG_HINTS)';

/** v1's schema refusing a key: a top-level key under services, or its own typo hint, is the file's mistake. */
const schemaRows: Row[] = [
  {
    source: `volumes: indented under services (a v3 file); ${v1Schema}`,
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'services-volumes-indented',
    text: "$ docker-compose up -d\nERROR: The Compose file './docker-compose.yml' is invalid because:\nUnsupported config option for services.volumes: 'db-data'",
  },
  {
    source: `a typo v1 knows (DOCKER_CONFIG_HINTS 'port' -> 'ports'); ${v1Schema}`,
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'typo-hint-port',
    text: "ERROR: The Compose file './docker-compose.yml' is invalid because:\nUnsupported config option for services.web: 'port' (did you mean 'ports'?)",
  },
  {
    source: `networks: under services at lesson 8's networks step; ${v1Schema}`,
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'networks-step-services-networks',
    text: "The Compose file '.\\docker-compose.yml' is invalid because:\nUnsupported config option for services.networks: 'frontend'",
  },
  {
    source: `guard: cryptosharks131/lndg#67, v1 1.25 reading a file without version as v1's format; ${v1Schema}`,
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-services-bare',
    text: "$ docker-compose up -d\nERROR: The Compose file './docker-compose.yaml' is invalid because:\nUnsupported config option for services: 'lndg'",
  },
  {
    source: `guard: webdevops/TYPO3-docker-boilerplate#177, 1.7.1 not knowing dns_opt; ${v1Schema}`,
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-services-app-newer-key',
    text: "ERROR: The Compose file './docker-compose.yml' is invalid because:\nUnsupported config option for services.app: 'dns_opt'",
  },
];

/** Other shapes of compose and networks misses: a folded error, a -1 exit, a v1 name in a code span, jq's NetworkSettings, a prompt's folder, the host's curl. */
const otherRows: Row[] = [
  {
    source:
      "moby distribution errors (`pull access denied for %s, repository does not exist or may require 'docker login'`) folded in a FAQ's YAML front matter (datatalksclub-faq's layout)",
    check: 'compose',
    want: ['problem', 'image-not-found'],
    id: 'pull-denied-folded',
    text: "---\nquestion: 'Airflow: How to fix docker compose error: Error response from daemon: pull\n  access denied for airflow-custom, repository does not exist or may require ''docker\n  login'': denied: requested access to the resource is denied'\n---\nBuild the image first with docker build -t airflow-custom .",
  },
  {
    source: "Compose v1's log printer (`%s exited with code %s`, compose/cli/log_printer.py) with the daemon's -1",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-exit-minus1',
    text: 'web_1    | Booting worker with pid: 9\nblog_db_1 exited with code -1\nGracefully stopping... (press Ctrl+C again to force)',
  },
  {
    source: "moby/moby#32404's v1 name (project_service_N, compose/container.py) in a sentence's code span",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'span-inspect-v1-name',
    text: 'When I run `docker inspect shop_api_1` I see it only on the default network, and the web container cannot reach it.',
  },
  {
    source: "v1's name in a code span at docker logs (Kovah/LinkAce#164's layout)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'span-logs-v1-name',
    text: 'I started it with `docker-compose up -d` and `docker logs linkace_app_1` shows nothing at all.',
  },
  {
    source: "guard: the lesson's own v1 name in a span (cw75's guard, dash-app_web_1)",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-span-own-name',
    text: 'Then I ran `docker exec -it dash-app_web_1 sh` to look inside.',
  },
  {
    source:
      "jq's whole NetworkSettings (`docker inspect x | jq '.[0].NetworkSettings'`) of a container on a hand-made network (moby api/types NetworkSettings)",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'jq-networksettings-mynet',
    text: '$ docker inspect web | jq \'.[0].NetworkSettings\'\n{\n  "Bridge": "",\n  "SandboxID": "5d1c0a3f",\n  "Ports": {},\n  "SandboxKey": "/var/run/docker/netns/5d1c0a3f",\n  "Networks": {\n    "my-net": {\n      "IPAMConfig": null,\n      "Aliases": ["web"],\n      "NetworkID": "8b0e3c6f2d1a",\n      "EndpointID": "f0a1b2c3d4e5",\n      "Gateway": "172.20.0.1",\n      "IPAddress": "172.20.0.2"\n    }\n  }\n}',
  },
  {
    source:
      "docker/compose's project name from the working folder (`me@host:~/wordpress$`), network ls' `<project>_<key>` (compose-go `%s_%s`)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'folder-prompt-network-ls',
    text: 'me@host:~/wordpress$ docker network ls\nNETWORK ID     NAME               DRIVER    SCOPE\n1b2c3d4e5f60   bridge             bridge    local\n2c3d4e5f6071   host               host      local\n3d4e5f607182   none               null      local\n4e5f60718293   wordpress_wpnet    bridge    local',
  },
  {
    source: "PowerShell's prompt folder (PS C:\\src\\Blog>) lower-cased as Compose names the project; network ls",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'pwsh-folder-network-ls',
    text: 'PS C:\\src\\Blog> docker network ls\nNETWORK ID     NAME            DRIVER    SCOPE\n9a8b7c6d5e4f   blog_internal   bridge    local\n8a7b6c5d4e3f   bridge          bridge    local',
  },
  {
    source: 'guard: CONVENTIONS §2.6 (cw70) a hand-made network alone under a folder of another name stays network-not-found',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-folder-other-name',
    text: '[root@vm tools]# docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n7032404e9d6d   bridge    bridge    local\n30b881f029cd   my_net    bridge    local',
  },
  {
    source:
      "curl's (7) from the host at the machine's address and at 127.0.0.1 (curl lib/connect.c), beside Compose v2's up of another project",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'host-curl-lan-and-loopback',
    text: 'curl http://192.168.1.50:3000\ncurl: (7) Failed to connect to 192.168.1.50 port 3000 after 2 ms: Connection refused\ncurl http://localhost:3000\ncurl: (56) Recv failure: Connection reset by peer\n\ndocker compose up\n[+] Running 1/1\n ✔ Container grafana-grafana-1  Recreated   0.1s\nAttaching to grafana-grafana-1',
  },
  {
    source: "guard: curl refused at a service's name inside the project (compose-errors.ts peer refusal, WSL#6175's layout)",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-curl-peer-refused',
    text: '$ docker compose exec proxy curl http://web:8050\ncurl: (7) Failed to connect to web port 8050 after 3 ms: Connection refused',
  },
];

const families: [string, Row[]][] = [
  ["systemd's failed start, then active", restartRows],
  ['a client older than the command, then upgraded', upgradeRows],
  ["the Server header with the engine's platform", headerRows],
  ["Desktop's pipe not there, in any language", pipeRows],
  ["the snap's dockerd and dockerd's listeners", snapRows],
  ["a listing from the daemon's reply", listingRows],
  ["v1's schema: the file's mistake or an old Compose", schemaRows],
  ['other compose and networks shapes', otherRows],
];

describe.each(families)('cw82 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
