/*
 * cw168 (stop 55): holdout165's misses (non-English sources and systems), by class, each row a short paste on a real program's
 * format (`source` names it), never a holdout paste:
 * - bash's "command not found" for docker in the user's language, without the shell's prefix or after a script's line mark;
 * - the client's own `Docker version …, build …` after that refusal: docker is found now (the later state);
 * - Windows' socket errors in the user's language: WSAEADDRINUSE in Japanese and Korean, WSAEACCES after Go's `bind: `;
 * - a Rust program's io::Error `Os { code: …, kind: AddrInUse, … }` (its `.unwrap()` panic);
 * - a container named by hand with a zero-padded number (`web-01`): no Compose project's (Compose numbers from 1, unpadded);
 * - the bracketed prompt of Fedora's and CentOS's bash (`[root@host ~]# `) indented in a notes' code block.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');

const notFound: Row[] = [
  {
    source: "bash's zh_CN catalogue (execute_cmd.c `%s: command not found` → `未找到命令`), the shell's `bash: ` left out of the copy",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'zh-bare',
    text: lines('# 检查 Docker', 'docker: 未找到命令'),
  },
  {
    source: "bash's es catalogue (`orden no encontrada`) under a setup script's line mark (error.c error_prolog `%s: línea %d: `)",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'es-script-line-mark',
    text: lines('$ ./setup.sh', './setup.sh: línea 12: docker: orden no encontrada'),
  },
  {
    source: "bash's fr catalogue (`commande introuvable`, `ligne`), a script run with bash",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'fr-script-line-mark',
    text: lines('$ bash deploy.sh', 'deploy.sh: ligne 4: docker: commande introuvable'),
  },
  {
    source: "bash's ru catalogue (`команда не найдена`) without its prefix, a Russian notes' block",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'ru-bare',
    text: lines('docker: команда не найдена'),
  },
  {
    source: 'an install script: the refusal, its own install, then docker/cli `Docker version {{.Version}}, build {{.GitCommit}}`',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'version-after-refusal',
    text: lines(
      'Check that Docker is installed.....',
      './install.sh: line 40: docker: command not found',
      'Installing docker ......',
      'Docker version 24.0.7, build afdd53b',
    ),
  },
  {
    source: 'docker --version first, then the refusal: the refusal is the later state',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'guard-version-before-refusal',
    text: lines(
      '$ docker --version',
      'Docker version 24.0.7, build afdd53b',
      '$ ./run.sh',
      './run.sh: строка 3: docker: команда не найдена',
    ),
  },
  {
    source: 'a sentence that names a version after the refusal: no client printed it',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'guard-version-in-sentence',
    text: lines('bash: docker: command not found', 'The guide says you need Docker version 24.0.7, build afdd53b or newer.'),
  },
  {
    source: "docker/cli run.go reportError's own `docker: Error response from daemon` is no shell's refusal",
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'guard-docker-own-error',
    text: lines(
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "0123456789ab". You have to remove (or rename) that container to be able to reuse that name.',
    ),
  },
];

const socket: Row[] = [
  {
    source: 'Docker Desktop on a German Windows: `Ports are not available: listen tcp …: bind: ` with WSAEACCES (Go syscall Errno.Error)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'de-wsaeacces-desktop',
    text: 'docker: Error response from daemon: Ports are not available: listen tcp 0.0.0.0:8050: bind: Der Zugriff auf einen Socket war aufgrund der Zugriffsrechte des Sockets unzulässig.',
  },
  {
    source: 'a Go server on a French Windows (net.Listen): `listen tcp 127.0.0.1:8050: bind: ` with WSAEACCES',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'fr-wsaeacces-go',
    text: "listen tcp 127.0.0.1:8050: bind: Une tentative d'accès à un socket de manière interdite par ses autorisations d'accès a été tentée.",
  },
  {
    source: 'Docker Desktop on a Japanese Windows: `exposing port TCP …: bind: ` with WSAEADDRINUSE',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'ja-wsaeaddrinuse-desktop',
    text: 'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 127.0.0.1:0: listen tcp 0.0.0.0:8050: bind: 通常、各ソケット アドレスに対してプロトコル、ネットワーク アドレス、またはポートのどれか 1 つのみを使用できます。',
  },
  {
    source: 'CPython asyncio create_server on a Korean Windows (uvicorn): the errno line, then the system words on their own line',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'ko-wsaeaddrinuse-uvicorn-wrapped',
    text: lines(
      "ERROR:    [Errno 10048] error while attempting to bind on address ('0.0.0.0', 8050):",
      '각 소켓 주소(프로토콜/네트워크 주소/포트)는 하나만 사용할 수 있습니다.',
    ),
  },
  {
    source:
      "Go's dial on a German Windows (`connectex: ` with WSAEACCES): a firewall's refusal of an outgoing connection, no port of this host",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-de-wsaeacces-connectex',
    text: 'dial tcp 10.0.0.5:443: connectex: Der Zugriff auf einen Socket war aufgrund der Zugriffsrechte des Sockets unzulässig.',
  },
];

const rust: Row[] = [
  {
    source: 'a Rust server on Linux (std io::Error Debug `Os { code: 98, kind: AddrInUse, message: "Address in use" }`, unwrap panic)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'linux-addrinuse',
    text: lines(
      "thread 'main' panicked at src/main.rs:20:51:",
      'called `Result::unwrap()` on an `Err` value: Os { code: 98, kind: AddrInUse, message: "Address already in use" }',
    ),
  },
  {
    source: 'a Rust client whose connect was refused (ErrorKind::ConnectionRefused): no bind, no port held',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-connection-refused',
    text: 'called `Result::unwrap()` on an `Err` value: Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }',
  },
];

const names: Row[] = [
  {
    source: 'docker ps of containers run by hand with zero-padded names (`docker run -d --name web-01 …`): no Compose project',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'zero-padded-names',
    text: lines(
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES',
      'a1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   5 seconds ago   Up 4 seconds   80/tcp    web-01',
      'b2c3d4e5f6a7   nginx     "/docker-entrypoint.…"   9 seconds ago   Up 8 seconds   80/tcp    web-02',
      '$ docker network ls',
      'NETWORK ID     NAME      DRIVER    SCOPE',
      '0123456789ab   bridge    bridge    local',
      '123456789abc   host      host      local',
      '23456789abcd   none      null      local',
    ),
  },
  {
    source: "docker/compose v2 getContainerName (`strconv.Itoa(number)` joined by `-`): another project's `shop-web-1`",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-compose-numbered',
    text: lines(
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES',
      'a1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   5 seconds ago   Up 4 seconds   80/tcp    shop-web-1',
    ),
  },
];

const tabbed = (...l: string[]) => l.map((x) => (x ? `\t\t${x}` : x)).join('\n');

const prompts: Row[] = [
  {
    source: "CentOS bash (/etc/bashrc PS1 `[\\u@\\h \\W]\\$ `) in a blog's notes, each block indented by tabs under an indented sentence",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'tabbed-bracket-prompt-ps',
    text: [
      '\t查看容器：',
      '',
      tabbed('[root@node1 ~]# docker ps', 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES'),
    ].join('\n'),
  },
  {
    source: "the same layout with a user's `[me@host app]$ ` prompt and docker network ls (docker/cli network list table)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'tabbed-user-bracket-network-ls',
    text: [
      '\t查看网络：',
      '',
      tabbed(
        '[me@host app]$ docker network ls',
        'NETWORK ID          NAME                DRIVER              SCOPE',
        'b6b0664a7260        bridge              bridge              local',
        'fbefa9342c84        host                host                local',
        '7c5a4eaacb63        none                null                local',
      ),
    ].join('\n'),
  },
  {
    source: 'the indented prompt, then the socket refusal (moby client: `permission denied while trying to connect`)',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-tabbed-prompt-then-error',
    text: [
      '\t查看网络：',
      '',
      tabbed(
        '[me@host ~]$ docker network ls',
        'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/networks": dial unix /var/run/docker.sock: connect: permission denied',
      ),
    ].join('\n'),
  },
  {
    source: "the indented prompt, ps' header, then moby client's `Cannot connect to the Docker daemon at …` (spaces, not tabs)",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-spaced-prompt-header-then-cannot-connect',
    text: lines(
      '\t查看容器：',
      '',
      '    [root@node1 ~]# docker ps',
      '    CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
      '    Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ),
  },
  {
    source: 'the indented prompt and command with no output (cut before docker answered)',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-tabbed-prompt-cut',
    text: ['\t查看网络：', '', tabbed('[root@node1 ~]# docker network ls')].join('\n'),
  },
  {
    source: 'the prompt and command told in a sentence, an expected output quoted after it: no terminal',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-prompt-in-sentence',
    text: '\t然后输入 [root@node1 ~]# docker run hello-world 应该会看到 Hello from Docker!',
  },
  {
    source: 'the indented prompt, then the client alone (docker version with no Server part: the daemon is not running)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-tabbed-prompt-client-only',
    text: [
      '\t查看版本：',
      '',
      tabbed(
        '[root@node1 ~]# docker version',
        'Client: Docker Engine - Community',
        ' Version:           24.0.7',
        ' API version:       1.43',
        'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      ),
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["bash's command not found for docker in the user's language, and the version line after it", notFound],
  ["Windows' socket errors in the user's language", socket],
  ["a Rust program's AddrInUse", rust],
  ['a container named with a zero-padded number', names],
  ["the bracketed prompt of CentOS's bash, indented", prompts],
];

describe.each(families)('cw168 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
