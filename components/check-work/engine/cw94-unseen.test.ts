/*
 * cw94: holdout79–80's install, daemon and run-line misses, each by its class (README "holdout77–80: install, the daemon and the run
 * line (cw94)").
 * - **Windows containers' start failure in each of hcsshim's layouts** (docker/for-win#104: `container <id> encountered an error during
 *   Start failed in Win32: The system cannot find the path specified. (0x3)` above a Server part: a false ok) and moby's mount hint
 *   (`Are you trying to mount a directory onto a file (or vice-versa)?`): the runtime could not start it (parse-errors.ts runtime).
 * - **containerd's revert in a daemon's foreground log** (docker/cli#3201: `ERRO[…] revert: kill shim error=no status provided on
 *   response`): the container never ran, whatever the run line publishes (parse-errors.ts runtime).
 * - **Colima's start stopped** (abiosoft/colima#377 `FATA[0024] error provisioning docker: signal: killed` → daemon-not-running;
 *   #263's `unknown flag: --description`, a client older than contexts → client-too-old) (step-install.ts).
 * - **No server OS** (git-artes/docker-gnuradio#11: `docker: unknown server OS: .`): the client's ping got no answer →
 *   daemon-not-running (parse-errors.ts).
 * - **docker info's server figures without `Server Version:`** (moby/moby#8241's 1.2 layout; dani-garcia/vaultwarden#564's Server
 *   part cut after `Images: 1`): the daemon answered (parse-version.ts infoFigures).
 * - **A name conflict quoted with its quotes escaped** (frigg/docker-wrapper-py#13: a Python dict's `\\"dyn-…\\"`, Docker 1.5's
 *   "delete (or rename)") → name-conflict (parse-errors.ts).
 * Each row is a variation (never the holdout paste); `source` names where its words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const id64 = (c: string) => c.repeat(64).slice(0, 64);
const server = (v: string, api = '1.41') =>
  `Server: Docker Engine - Community\n Engine:\n  Version:          ${v}\n  API version:      ${api} (minimum version 1.12)\n  OS/Arch:          linux/amd64`;
const winVersion = `Client:\n Version:      17.06.0-ce\n API version:  1.30\n OS/Arch:      windows/amd64\n\nServer:\n Version:      17.06.0-ce\n API version:  1.30 (minimum version 1.24)\n OS/Arch:      windows/amd64\n Experimental: true`;

const windows: Row[] = [
  {
    source:
      'Microsoft/hcsshim 2016 ContainerError (" failed in Win32: %s (0x%x)"), operation Start, the file not found (0x2), a nanoserver run',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'win32-start-file-not-found-beside-server',
    text: `PS C:\\> docker run microsoft/nanoserver cmd /c echo hi\nC:\\Program Files\\Docker\\docker.exe: Error response from daemon: container ${id64('4c')} encountered an error during Start failed in Win32: The system cannot find the file specified. (0x2).\nPS C:\\> docker version\n${winVersion}`,
  },
  {
    source:
      'hcsshim ContainerError with a Windows errno (": failure in a Windows system call: %s (0x%x)"), operation CreateProcess, extra info',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'createprocess-failure-extra-info',
    text: `PS C:\\Users\\me> docker run mcr.microsoft.com/windows/servercore:ltsc2019 powershel\nC:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe: Error response from daemon: container ${id64('9a')} encountered an error during CreateProcess: failure in a Windows system call: The system cannot find the file specified. (0x2) extra info: {"CommandLine":"powershel","WorkingDirectory":"C:\\\\","CreateStdInPipe":true}.\nPS C:\\Users\\me> docker version\n${winVersion}`,
  },
  {
    source: 'hcsshim ContainerError with another error (": %s"), operation CreateContainer (Windows Server 2016, docker run -it)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'createcontainer-other-error-run',
    text: `PS C:\\dash-app> docker run -d --name dash-app -p 8050:8050 dash-app\ndocker: Error response from daemon: container ${id64('1b')} encountered an error during CreateContainer: The virtual machine could not be started because a required feature is not installed.`,
  },
  {
    source:
      'hcsshim hcs.SystemError ("hcsshim::CreateComputeSystem %s: %s"), the image for another Windows build (moby on Windows Server 2019)',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'createcomputesystem-os-mismatch-beside-server',
    text: `PS C:\\> docker run hello-world:nanoserver-1809\ndocker: Error response from daemon: hcsshim::CreateComputeSystem ${id64('7e')}: The container operating system does not match the host operating system.\n(extra info: {"SystemType":"Container","Name":"7e7e"}).\nPS C:\\> docker version\n${winVersion}`,
  },
  {
    source: 'hcsshim 0.9+ hcs.SystemError ("hcs::CreateComputeSystem %s: %s"), Hyper-V isolation on a host without Hyper-V',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'hcs-createcomputesystem-not-supported',
    text: `PS C:\\> docker run --isolation=hyperv -d --name dash-app -p 8050:8050 dash-app\ndocker: Error response from daemon: hcs::CreateComputeSystem ${id64('3f')}: The request is not supported.`,
  },
  {
    source:
      'hcsshim 2016 " failed in Win32", operation Start, the path not found, Windows 10 anniversary (docker/for-win#104 shape) at run',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'win32-start-path-run',
    text: `PS C:\\> docker run -it -p 8050:8050 --name dash-app dash-app\nC:\\Program Files\\Docker\\Docker\\Resources\\bin\\docker.exe: Error response from daemon: container ${id64('0d')} encountered an error during Start failed in Win32: The system cannot find the path specified. (0x3).`,
  },
  {
    source:
      'moby daemon/start.go hint on ENOTDIR after runc 1.0-rc3’s rootfs_linux.go mount error (Docker 17.03, a file bound on a directory)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'mount-directory-onto-file-linux',
    text: `$ docker run -d --name dash-app -p 8050:8050 -v $(pwd)/config:/app/config.py dash-app\n${id64('5e').slice(0, 12)}\ndocker: Error response from daemon: oci runtime error: container_linux.go:247: starting container process caused "process_linux.go:359: container init caused \\"rootfs_linux.go:53: mounting \\\\\\"/home/me/config\\\\\\" to rootfs \\\\\\"/var/lib/docker/aufs/mnt/5e5e\\\\\\" at \\\\\\"/app/config.py\\\\\\" caused \\\\\\"not a directory\\\\\\"\\"": Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type.`,
  },
  {
    source: 'the same hint on Windows (docker/for-win#104’s words), a hello-world run beside docker version’s Server part',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'mount-hint-beside-server',
    text: `$ docker run -v /tmp/x:/hello hello-world\ndocker: Error response from daemon: failed to create task: mounting "/tmp/x" to rootfs at "/hello": not a directory: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type.\n$ docker version\n${server('20.10.24')}`,
  },
  {
    source: 'guard: hcsshim ContainerError with a Windows errno, hcsshim::System::Start (docker/for-win#1934), already read',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-hcsshim-system-start',
    text: `docker: Error response from daemon: container ${id64('3f')} encountered an error during hcsshim::System::Start: failure in a Windows system call: The compute system exited unexpectedly. (0xc0370106).`,
  },
  {
    source: 'guard: HNS’s "hnsCall failed in Win32" (a host port another process holds, docker/for-win#1951): not the runtime’s',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-hns-failed-in-win32-port',
    text: `PS C:\\dash-app> docker run -d -p 8050:8050 --name dash-app dash-app\nC:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe: Error response from daemon: failed to create endpoint dash-app on network nat: failed during hnsCallRawResponse: hnsCall failed in Win32: The process cannot access the file because it is being used by another process. (0x20).`,
  },
  {
    source: 'guard: docker version alone on Windows (client and server 17.06): the daemon answers',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-windows-version-ok',
    text: `PS C:\\> docker version\n${winVersion}`,
  },
];

const revert: Row[] = [
  {
    source: 'dockerd 18.09 in the foreground with logrus’ text layout when not a terminal (time="…" level=error msg="revert: kill shim")',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'revert-kill-shim-logfmt-run',
    text: `# docker run -d --name dash-app -p 8050:8050 dash-app\ntime="2020-03-02T10:01:02.112Z" level=info msg="shim containerd-shim started" address=/containerd-shim/moby/${id64('ab')}/shim.sock debug=false pid=4411\ntime="2020-03-02T10:01:02.201Z" level=error msg="revert: kill shim" error="no status provided on response: unknown"`,
  },
  {
    source: 'docker/for-linux#813: the client’s own words for it ("Error response from daemon: no status provided on response: unknown")',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'no-status-client-run',
    text: `$ docker start dash-app\nError response from daemon: no status provided on response: unknown\nError: failed to start containers: dash-app`,
  },
  {
    source: 'the same beside docker version’s Server part (a Devuan docker.io 18.09, docker/for-linux#813)',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'no-status-beside-server',
    text: `$ docker run hello-world\ndocker: Error response from daemon: no status provided on response: unknown.\n$ docker version\n${server('18.09.1', '1.39')}`,
  },
  {
    source: 'dockerd’s foreground log at the tty layout: containerd’s revert of the bundle (ERRO[…] revert: delete bundle), at install',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'revert-delete-bundle-install',
    text: `$ sudo docker run hello-world\nINFO[2019-07-01T09:00:00.000000000+08:00] shim containerd-shim started   address="/containerd-shim/moby/${id64('c2')}/shim.sock" debug=false pid=1220\nERRO[2019-07-01T09:00:00.900000000+08:00] revert: delete bundle   error="<nil>"`,
  },
];

const colima: Row[] = [
  {
    source: 'abiosoft/colima app/app.go "error starting vm: %w" through logrus Fatal (colima start on a Mac without QEMU’s entitlements)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'colima-error-starting-vm',
    text: `$ colima start\nINFO[0000] starting colima\nINFO[0000] runtime: docker\nINFO[0000] creating and starting ...                     context=vm\nFATA[0031] error starting vm: error at 'starting': exit status 1`,
  },
  {
    source: 'abiosoft/colima "error starting %s: %w" for the docker runtime (docker did not come up in the VM)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'colima-error-starting-docker',
    text: `$ colima start --cpu 2 --memory 4\nINFO[0025] starting ...                                  context=docker\nFATA[0085] error starting docker: error at 'starting': exit status 1`,
  },
  {
    source: 'abiosoft/colima "error provisioning %s: %w", the containerd runtime, logrus’ logfmt layout (colima start 2>&1 | tee)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'colima-provisioning-containerd-logfmt',
    text: `time="2023-05-11T08:00:12+02:00" level=info msg="provisioning ..." context=containerd\ntime="2023-05-11T08:00:40+02:00" level=fatal msg="error provisioning containerd: error at 'provisioning': exit status 1"`,
  },
  {
    source: 'docker/cli cli/cobra.go FlagErrorFunc: a 18.09 client given `docker context create colima --description …` by hand',
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'context-create-description-refused',
    text: `$ docker context create colima --description "colima" --docker "host=unix://$HOME/.colima/docker.sock"\nunknown flag: --description\nSee 'docker --help'.`,
  },
  {
    source: 'colima#263’s shape on Colima 0.5 with a profile: the provisioning’s exit 125 and the old client’s refusal under it',
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'colima-profile-125-description',
    text: `$ colima start dev\nINFO[0030] provisioning ...                              context=docker\nFATA[0031] error provisioning docker: error at 'provisioning': exit status 125\n$ colima start dev --verbose\nunknown flag: --description\nSee 'docker --help'.\n\nUsage:\tdocker [OPTIONS] COMMAND`,
  },
  {
    source: 'guard: colima status’ own "colima is not running" (logrus Fatal), read since cw28',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-colima-status-not-running',
    text: `$ colima status\nFATA[0000] colima is not running`,
  },
  {
    source: "guard: a 18.09 client’s `docker: 'context' is not a docker command.` (cw58’s subcommand rule)",
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'guard-context-not-a-command',
    text: `$ docker context ls\ndocker: 'context' is not a docker command.\nSee 'docker --help'`,
  },
  {
    source: 'guard: colima start that ends done, then docker version’s Server part (Colima 0.6, Docker 24)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-colima-done-version-ok',
    text: `$ colima start\nINFO[0000] starting colima\nINFO[0031] provisioning ...                              context=docker\nINFO[0032] starting ...                                  context=docker\nINFO[0037] done\n$ docker version\n${server('24.0.7', '1.43')}`,
  },
];

const noServerOs: Row[] = [
  {
    source: 'docker/cli opts.go parseDevice "unknown server OS: %s" with an empty OSType, a serial device passed to docker run',
    check: 'run',
    want: ['problem', 'daemon-not-running'],
    id: 'unknown-server-os-device-run',
    text: `$ docker run -d --name dash-app -p 8050:8050 --device /dev/ttyUSB0 dash-app\ndocker: unknown server OS: .\nSee 'docker run --help'.`,
  },
  {
    source: 'the same from docker create (cli/command/container/create.go prints the error itself), at install',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'unknown-server-os-create-install',
    text: `$ docker create --device=/dev/dri:/dev/dri --name kodi linuxserver/kodi-headless\nunknown server OS: \nSee 'docker create --help'.`,
  },
  {
    source: 'guard: the socket’s permission error beside it says why (docker/cli "permission denied while trying to connect")',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-unknown-server-os-with-permission',
    text: `$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied\n$ docker run --device /dev/snd -it gnuradio bash\ndocker: unknown server OS: .\nSee 'docker run --help'.`,
  },
  {
    source:
      'guard: the same, then systemd’s `Active: active (running)` for docker.service (systemctl status docker): the later state, partial',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-unknown-server-os-then-active',
    text: `$ docker run -it --device /dev/kvm -p 50922:10022 sickcodes/docker-osx:ventura\ndocker: unknown server OS: .\nSee 'docker run --help'.\n$ systemctl status docker\n● docker.service - Docker Application Container Engine\n     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)\n     Active: active (running) since Tue 2024-02-06 09:12:01 CET; 2h ago\n   Main PID: 981 (dockerd)`,
  },
];

const info: Row[] = [
  {
    source:
      'docker info of Docker 1.6 (api/client/info.go then: Containers, Images, Storage Driver, Execution Driver, Kernel Version; no Server Version)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'info-16-aufs',
    text: `$ docker info\nContainers: 3\nImages: 52\nStorage Driver: aufs\n Root Dir: /var/lib/docker/aufs\n Backing Filesystem: extfs\n Dirs: 58\nExecution Driver: native-0.2\nKernel Version: 3.13.0-24-generic\nOperating System: Ubuntu 14.04 LTS\nCPUs: 2\nTotal Memory: 1.955 GiB\nName: vagrant-ubuntu-trusty-64`,
  },
  {
    source: 'docker info of Docker 1.3 on boot2docker (no command line kept, as issue templates show it)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'info-13-boot2docker-no-command',
    text: `Containers: 0\nImages: 15\nStorage Driver: aufs\n Root Dir: /mnt/sda1/var/lib/docker/aufs\n Dirs: 15\nExecution Driver: native-0.2\nKernel Version: 3.16.4-tinycore64\nOperating System: Boot2Docker 1.3.0 (TCL 5.4); master : a083df4 - Thu Oct 16 17:05:03 UTC 2014\nDebug mode (server): true\nDebug mode (client): false`,
  },
  {
    source: 'docker/cli cli/command/system/info.go (19.03+): the Server part cut by the poster after its counts',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'info-server-part-counts-only',
    text: `docker info says:\n\nServer:\n Containers: 4\n  Running: 2\n  Paused: 0\n  Stopped: 2\n Images: 9\n...`,
  },
  {
    source: 'guard: 19.03+ docker info with no daemon (Server: then ERROR: Cannot connect…, docker/cli info.go)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-info-server-error',
    text: `$ docker info\nClient:\n Context:    default\n Debug Mode: false\n\nServer:\nERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nerrors pretty printing info`,
  },
  {
    source: 'guard: two counts alone (a dashboard’s summary retyped: Containers and Images, no figure only the daemon gives)',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-two-counts-alone',
    text: `Containers: 2\nImages: 3`,
  },
  {
    source: 'guard: 1.6’s docker info, then hello-world refused: an error after it rules out ok (§2.0)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-info-then-cannot-connect',
    text: `$ docker info\nContainers: 0\nImages: 0\nStorage Driver: devicemapper\nExecution Driver: native-0.2\nKernel Version: 3.10.0-229.el7.x86_64\n$ docker run hello-world\nCannot connect to the Docker daemon. Is the docker daemon running on this host?`,
  },
];

const conflict: Row[] = [
  {
    source: 'a Python dict of a wrapper’s result (repr doubles the backslash), Docker 1.6’s "You have to delete (or rename)"',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'conflict-python-repr-escaped',
    text: `{'return_code': 1, 'err': 'time="2015-06-02T10:11:12Z" level=fatal msg="Error response from daemon: Conflict. The name \\\\"worker-7\\\\" is already in use by container 1a2b3c4d5e6f. You have to delete (or rename) that container to be able to reuse that name."'}`,
  },
  {
    source: 'a JSON log of a CI step (JSON escapes the quotes: \\"/dash-app\\"), docker/cli 20.10’s words',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'conflict-json-escaped',
    text: `{"level":"error","step":"deploy","stderr":"docker: Error response from daemon: Conflict. The container name \\"/dash-app\\" is already in use by container \\"${id64('4b')}\\". You have to remove (or rename) that container to be able to reuse that name."}`,
  },
  {
    source: 'Go’s %q of a command’s output (exit status 125), a test harness’ failure line',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'conflict-go-quoted',
    text: `--- FAIL: TestRun (0.41s)\n    run_test.go:31: exit status 125: "docker: Error response from daemon: Conflict. The container name \\"/web\\" is already in use by container \\"${id64('9c')}\\". You have to remove (or rename) that container to be able to reuse that name.\\nSee 'docker run --help'.\\n"`,
  },
  {
    source: 'guard: Docker 1.6’s words unquoted (FATA[0000] Error response from daemon: Conflict. The name "x" is already in use …)',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'guard-conflict-16-plain',
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app\nFATA[0000] Error response from daemon: Conflict. The name "dash-app" is already in use by container 8f66603ddf94. You have to delete (or rename) that container to be able to reuse that name.`,
  },
];

describe.each([
  ['windows', windows],
  ['revert', revert],
  ['colima', colima],
  ['no server OS', noServerOs],
  ['docker info', info],
  ['conflict', conflict],
])('cw94 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    expect(await check(where, text)).toMatchObject({ kind: want[0], id: want[1] });
  });
});
