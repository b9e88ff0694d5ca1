/*
 * cw167 (stop 55): holdout163's misses (Raspberry Pi, ARM boards, Apple silicon), by class, each row a short paste on a real
 * program's format (`source` names it), never a holdout paste:
 * - apt with no Docker Engine package to install (apt-private/private-cacheset.cc `Package '%s' has no installation candidate`,
 *   apt-pkg/cacheset.cc `Unable to locate package %s`) → docker-not-found at install;
 * - systemd's word that docker.service died by a signal (`Main process exited, code=killed, status=11/SEGV`) or systemd < 227's
 *   `Unit docker.service entered failed state.` → daemon-not-running;
 * - Docker's platform warning with its apostrophe lost in the copy (`The requested images platform …`), read as the warning;
 * - Python's platform.platform() printed by a container (`Linux-<release>-<machine>-with-glibc…`) → the daemon ran it, ok at install;
 * - a Raspberry Pi named by its short names (RPi, Raspbian) is a board for the platform warning;
 * - a Zig program's segfault handler (`Segmentation fault at address 0x…`) → the container crashed;
 * - `compose up` refused at the socket, then run again with sudo: what Compose made is the later state past lesson 3.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const warn = (img: string, host: string, apostrophe = "'") =>
  `WARNING: The requested image${apostrophe}s platform (${img}) does not match the detected host platform (${host}) and no specific platform was requested`;
const id64 = '3f9c1e7a2b4d5c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6';

const aptRows: Row[] = [
  {
    source: "apt on Ubuntu without Docker's repository (apt-pkg/cacheset.cc canNotFindPackage): `E: Unable to locate package docker-ce`",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'apt-unable-to-locate-docker-ce',
    text: [
      '$ sudo apt-get install -y docker-ce',
      'Reading package lists... Done',
      'Building dependency tree       ',
      'Reading state information... Done',
      'E: Unable to locate package docker-ce',
    ].join('\n'),
  },
  {
    source: "apt-private/private-cacheset.cc canNotFindCandidateVer for the engine's older package name (docker-engine), Debian armhf",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'apt-no-candidate-docker-engine',
    text: ['pi@pi:~ $ sudo apt install docker-engine', "E: Package 'docker-engine' has no installation candidate"].join('\n'),
  },
  {
    source: "guard: the apt error quoted in a sentence (no line of apt's own), then docker version with its Server part",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-apt-quoted-then-server',
    text: [
      'First I got "E: Package \'docker-ce\' has no installation candidate", then I used get.docker.com:',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           24.0.7',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          24.0.7',
    ].join('\n'),
  },
];

const systemdRows: Row[] = [
  {
    source: 'systemd src/core/service.c service_sigchld_event: dockerd killed by SIGABRT, a core dumped (`code=dumped`)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'systemd-main-process-dumped',
    text: [
      'Mar 02 10:01:11 host systemd[1]: Started Docker Application Container Engine.',
      'Mar 02 10:01:12 host systemd[1]: docker.service: Main process exited, code=dumped, status=6/ABRT',
    ].join('\n'),
  },
  {
    source: 'systemd before v227 (src/core/unit.c unit_notify): `Unit docker.service entered failed state.`',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'systemd-old-entered-failed',
    text: [
      'Jan 10 09:00:01 pi systemd[1]: Starting Docker Application Container Engine...',
      'Jan 10 09:00:02 pi systemd[1]: Unit docker.service entered failed state.',
    ].join('\n'),
  },
];

const platformRows: Row[] = [
  {
    source: "docker/cli's create printing the daemon's warning (moby daemon/create.go), its apostrophe lost in a copy, then run -d's ID",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'platform-no-apostrophe-id',
    text: ['$ docker run -d -p 3000:3000 myapp', warn('linux/amd64', 'linux/arm64/v8', ''), id64].join('\n'),
  },
  {
    source: 'guard: the warning without its apostrophe and no ID (the copy cut short): the warning alone stays partial',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-platform-no-apostrophe-cut',
    text: ['$ docker run -d -p 3000:3000 myapp', warn('linux/amd64', 'linux/arm64/v8', '')].join('\n'),
  },
  {
    source: 'guard: the warning and an ID told in a sentence, not printed',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-platform-no-apostrophe-sentence',
    text: `It said "${warn('linux/amd64', 'linux/arm64/v8', '')}" and then printed ${id64}`,
  },
  {
    source: 'guard: the warning and the ID, then the daemon gone at the next command: its error, never an ok',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-platform-no-apostrophe-then-error',
    text: [
      '$ docker run -d -p 3000:3000 myapp',
      warn('linux/amd64', 'linux/arm64/v8', ''),
      id64,
      '$ docker start other',
      'Error response from daemon: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
  {
    source: 'the warning on a board named by its short name (`RPi 4`), nothing after it: the image is not for the board',
    check: 'run',
    want: ['problem', 'no-arm64-manifest'],
    id: 'platform-rpi-short-name',
    text: ['Trying the image on my RPi 4:', '$ docker run -d myimage', warn('linux/amd64', 'linux/arm64/v8')].join('\n'),
  },
  {
    source: 'guard: the warning alone where nothing names a board (gRPC is no RPi): emulated, partial',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-platform-grpc-not-board',
    text: ['My gRPC server image:', warn('linux/amd64', 'linux/arm64/v8')].join('\n'),
  },
];

const pythonRows: Row[] = [
  {
    source: 'CPython Lib/platform.py platform() inside an arm64 container: `Linux-<release>-aarch64-with-glibc2.36`',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'python-platform-aarch64',
    text: [
      "$ docker run --rm python:3.12 python3 -c 'import platform; print(platform.platform())'",
      'Linux-6.6.12-linuxkit-aarch64-with-glibc2.36',
    ].join('\n'),
  },
  {
    source: "guard: the host's own python (no docker run): not the daemon's answer",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-python-platform-host',
    text: ["$ python3 -c 'import platform; print(platform.platform())'", 'Linux-6.8.0-36-generic-x86_64-with-glibc2.39'].join('\n'),
  },
  {
    source: 'guard: the run line with its output cut off',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-python-platform-cut',
    text: '$ docker run --rm python python -c "import platform;print(platform.platform())"',
  },
  {
    source: "guard: a line the host's shell splits (`;` after the run): the host's python could have printed it",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-python-platform-split',
    text: [
      '$ docker run --rm python true; python -c "import platform;print(platform.platform())"',
      'Linux-6.8.0-36-generic-x86_64-with-glibc2.39',
    ].join('\n'),
  },
  {
    source: "guard: a Mac's own platform string (macOS, not a container's Linux) under the run line",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-python-platform-macos',
    text: ['$ docker run --rm python python -c "import platform;print(platform.platform())"', 'macOS-14.1-arm64-arm-64bit'].join('\n'),
  },
];

const crashRows: Row[] = [
  {
    source: 'Zig lib/std/debug.zig handleSegfaultPosix: `Illegal instruction at address 0x…` then its trace, a foreground run',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'zig-illegal-instruction',
    text: ['$ docker run myzigapp', 'Illegal instruction at address 0x10a3f2c', '/src/main.zig:12:5: 0x10a3f2c in main (myzigapp)'].join(
      '\n',
    ),
  },
  {
    source: 'guard: the words told inside a sentence, not alone on a line',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-zig-told',
    text: ['$ docker run -d myzigapp', id64, 'Sometimes it prints Segmentation fault at address 0x0 but not now.'].join('\n'),
  },
];

const sudoRows: Row[] = [
  {
    source:
      "docker/compose refused at the socket, then the same `compose up -d` with sudo: pkg/progress's `Container x  Started` of another project",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'sudo-compose-up-other-project',
    text: [
      'me@host:~/site $ docker compose up -d',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      'me@host:~/site $ sudo docker compose up -d',
      '[+] Running 2/2',
      ' ✔ Network site_default  Created   0.1s',
      ' ✔ Container site-web-1  Started   0.4s',
    ].join('\n'),
  },
  {
    source: 'guard: the same at lesson 3, which asks whether the user reaches the daemon: the refusal stands',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-compose-up-install',
    text: [
      'me@host:~/site $ docker compose up -d',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      'me@host:~/site $ sudo docker compose up -d',
      ' ✔ Container site-web-1  Started   0.4s',
    ].join('\n'),
  },
  {
    source: 'guard: a listing run again with sudo makes nothing: the refusal stands (cw159)',
    check: 'compose',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-compose-ps',
    text: [
      'me@host:~/site $ docker compose ps',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      'me@host:~/site $ sudo docker compose ps',
      'NAME         IMAGE     COMMAND   SERVICE   CREATED   STATUS    PORTS',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['apt with no Docker package to install', aptRows],
  ["systemd's word that docker.service died", systemdRows],
  ["Docker's platform warning without its apostrophe, a board's short names", platformRows],
  ["Python's platform.platform() from a container", pythonRows],
  ["a Zig program's segfault handler", crashRows],
  ['compose up run again with sudo', sudoRows],
];

describe.each(families)('cw167 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
