/*
 * cw28's sweep: what the docker client (and the engines that stand in for Docker's: Docker Desktop on Windows and macOS, WSL,
 * Colima, Rancher Desktop, OrbStack, Podman's docker shim) print when the client cannot use an engine, from the sources
 * (docker/cli @ 28f756087e, moby/moby @ b985e2313a; older wordings with `git log -S`; Desktop's own lines, which are closed
 * source, as its issue threads quote them), each in the layout its command prints, at lesson 3 (install) and, where it applies,
 * lesson 5 (run). `want` is an expert's answer, as in source-sweep.ts; engine-errors.test.ts asserts each.
 */
import type { SweepCase } from './source-sweep';

const version = (client: string, context = 'default') => `Client:
 Version:           ${client}
 API version:       1.${Number(client.split('.')[0]) >= 29 ? 52 : 45}
 OS/Arch:           darwin/arm64
 Context:           ${context}
`;
const winVersion = (client: string) => `PS C:\\Users\\me> docker version
Client:
 Version:           ${client}
 OS/Arch:           windows/amd64
 Context:           desktop-linux
`;
const serverUp = `Server: Docker Desktop 4.30.0 (149282)
 Engine:
  Version:          26.1.1
  API version:      1.45 (minimum version 1.24)
  OS/Arch:          linux/amd64
`;
const hello = (error: string) => `$ docker run hello-world
Unable to find image 'hello-world:latest' locally
${error}
See 'docker run --help'.`;
const pipe = (name: string, api = '1.24') =>
  `"http://%2F%2F.%2Fpipe%2F${name}/v${api}/version": open //./pipe/${name}: The system cannot find the file specified.`;
const runLine = '$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\n';

const down: SweepCase['want'] = ['problem', 'daemon-not-running'];
const notReady: SweepCase['want'] = ['problem', 'engine-not-ready'];

/** A row at install, and the same error after the lesson's `docker run` line at run (where it applies). */
const both = (c: SweepCase): SweepCase[] => [
  c,
  { ...c, check: 'run', text: runLine + c.text.replace(/^(?:\$|PS [^>]{1,40}>) docker (?:version|info|run hello-world)\n/, '') },
];

export const engineErrors: SweepCase[] = [
  // ── a Unix socket nobody answers on (moby client/errors.go connectionFailed; client/request.go since 29) ──
  ...both({
    source:
      'moby client/errors.go connectionFailed: "Cannot connect to the Docker daemon at %s. Is the docker daemon running?" (Docker Desktop for Mac 4.13+ socket)',
    check: 'install',
    want: down,
    text: `$ docker version\n${version('24.0.6', 'desktop-linux')}Cannot connect to the Docker daemon at unix:///Users/me/.docker/run/docker.sock. Is the docker daemon running?`,
  }),
  ...both({
    source: "moby client/errors.go connectionFailed, Colima's socket (abiosoft/colima: ~/.colima/<profile>/docker.sock)",
    check: 'install',
    want: down,
    text: `$ docker version\n${version('27.3.1', 'colima')}Cannot connect to the Docker daemon at unix:///Users/me/.colima/default/docker.sock. Is the docker daemon running?`,
  }),
  {
    source: "moby client/errors.go connectionFailed, Rancher Desktop's socket (~/.rd/docker.sock)",
    check: 'install',
    want: down,
    text: `$ docker info\nClient:\n Version:    25.0.3-rd\n Context:    rancher-desktop\n Debug Mode: false\n\nServer:\nERROR: Cannot connect to the Docker daemon at unix:///Users/me/.rd/docker.sock. Is the docker daemon running?\nerrors pretty printing info`,
  },
  {
    source: "moby client/errors.go connectionFailed, OrbStack's socket (~/.orbstack/run/docker.sock)",
    check: 'install',
    want: down,
    text: `$ docker version\n${version('27.1.1', 'orbstack')}Cannot connect to the Docker daemon at unix:///Users/me/.orbstack/run/docker.sock. Is the docker daemon running?`,
  },
  {
    source: 'moby client/errors.go connectionFailed, DOCKER_HOST set to a tcp:// host that is gone',
    check: 'install',
    want: down,
    text: `$ docker version\n${version('20.10.21')}Cannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?`,
  },
  {
    source:
      'moby client/errors.go connectionFailed with no host (Docker 1.x-17: "Cannot connect to the Docker daemon. Is the docker daemon running on this host?")',
    check: 'install',
    want: down,
    text: `$ docker version\nClient:\n Version:      17.03.1-ce\n API version:  1.27\nCannot connect to the Docker daemon. Is the docker daemon running on this host?`,
  },
  ...both({
    source:
      'moby client/request.go doRequest (Docker 29, os.ErrNotExist): "failed to connect to the docker API at %v; check if the path is correct and if the daemon is running: %w"',
    check: 'install',
    want: down,
    text: `$ docker version\n${version('29.0.1', 'desktop-linux')}failed to connect to the docker API at unix:///Users/me/.docker/run/docker.sock; check if the path is correct and if the daemon is running: dial unix /Users/me/.docker/run/docker.sock: connect: no such file or directory`,
  }),
  {
    source:
      'moby client/request.go doRequest (Docker 29, a *net.DNSError): "failed to connect to the docker API at %v: %w", a DOCKER_HOST naming a host that is gone',
    check: 'install',
    want: down,
    text: `$ docker version\n${version('29.0.1')}failed to connect to the docker API at tcp://docker:2375: lookup docker on 127.0.0.53:53: no such host`,
  },
  {
    source:
      'moby client/request.go doRequest, "error during connect: %w" around net/http\'s error: a stale DOCKER_HOST (docker-machine VM gone), no route',
    check: 'install',
    want: down,
    text: `$ docker version\n${version('20.10.17')}error during connect: Get "https://192.168.99.100:2376/v1.24/version": dial tcp 192.168.99.100:2376: connect: no route to host`,
  },
  {
    source:
      'moby client/request.go doRequest, "error during connect: %w": a DOCKER_HOST whose port nothing listens on (Windows, connectex)',
    check: 'install',
    want: down,
    text: `${winVersion('24.0.7')}error during connect: Get "http://localhost:2375/v1.24/version": dial tcp [::1]:2375: connectex: No connection could be made because the target machine actively refused it.`,
  },
  // ── Windows named pipes, across versions (moby client/request.go doRequest) ──
  {
    source:
      'moby client/request.go (17.06-19.03): "…The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running."',
    check: 'install',
    want: down,
    text: `${winVersion('19.03.8')}error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/version: open //./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.`,
  },
  {
    source: 'moby client/request.go (20.10): "error during connect: This error may indicate that the docker daemon is not running.: Get …"',
    check: 'install',
    want: down,
    text: `${winVersion('20.10.21')}error during connect: This error may indicate that the docker daemon is not running.: Get ${pipe('dockerDesktopLinuxEngine', '1.24')}`,
  },
  ...both({
    source: 'moby client/request.go (23+, 10c56efa97 lower-cased it): "this error may indicate that the docker daemon is not running: %w"',
    check: 'install',
    want: down,
    text: `${winVersion('24.0.7')}error during connect: this error may indicate that the docker daemon is not running: Get ${pipe('docker_engine')}`,
  }),
  {
    source:
      'moby client/request.go (23+): "in the default daemon configuration on Windows, the docker client must be run with elevated privileges to connect: %w"',
    check: 'install',
    want: down,
    text: `${winVersion('25.0.3')}error during connect: in the default daemon configuration on Windows, the docker client must be run with elevated privileges to connect: Get ${pipe('docker_engine')}`,
  },
  {
    source:
      'moby client/request.go "error during connect: %w", Docker Desktop 4.x\'s pipe (dockerDesktopLinuxEngine) with no engine behind it',
    check: 'install',
    want: down,
    text: `${winVersion('26.1.1')}error during connect: Get ${pipe('dockerDesktopLinuxEngine', '1.45')}`,
  },
  {
    source:
      'moby client/request.go (comment: the message is localized, "open //./pipe/docker_engine: Le fichier spécifié est introuvable.")',
    check: 'install',
    want: down,
    text: `${winVersion('24.0.7')}error during connect: this error may indicate that the docker daemon is not running: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: Le fichier spécifié est introuvable.`,
  },
  {
    source:
      'moby client/request.go (Docker 29, os.ErrNotExist on the pipe): "failed to connect to the docker API at npipe:////./pipe/dockerDesktopLinuxEngine; check if the path is correct and if the daemon is running: …"',
    check: 'install',
    want: down,
    text: `${winVersion('29.0.1')}failed to connect to the docker API at npipe:////./pipe/dockerDesktopLinuxEngine; check if the path is correct and if the daemon is running: open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.`,
  },
  {
    source: 'docker/cli cli/command/system/info.go (Server: ERROR:, "errors pretty printing info") around the pipe error',
    check: 'install',
    want: down,
    text: `PS C:\\Users\\me> docker info\nClient:\n Version:    24.0.7\n Context:    desktop-linux\n Debug Mode: false\n\nServer:\nERROR: error during connect: this error may indicate that the docker daemon is not running: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.24/info": open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.\nerrors pretty printing info`,
  },
  {
    source:
      'Docker Desktop 2.x for Windows (its proxy on //./pipe/docker_engine answered, its Linux engine\'s pipe was not there): "open \\\\.\\pipe\\docker_engine_linux: The system cannot find the file specified."',
    check: 'install',
    want: ['problem', 'engine-not-ready', 'daemon-not-running'],
    text: `${winVersion('19.03.5')}Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: The system cannot find the file specified.`,
  },
  // ── Docker Desktop's endpoint answers, its engine does not (moby client/request.go checkResponseErr; Desktop's proxy) ──
  ...both({
    source:
      'moby client/request.go checkResponseErr (20.10-26): "request returned %s for API route and version %s, check if the server supports the requested API version" (Desktop\'s 500)',
    check: 'install',
    want: notReady,
    text: `${winVersion('24.0.7')}request returned Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.45/version, check if the server supports the requested API version`,
  }),
  {
    source:
      'moby client/request.go checkResponseErr (27+, serverResp.Status): "request returned 500 Internal Server Error for API route and version …"',
    check: 'install',
    want: notReady,
    text: `${winVersion('27.2.0')}request returned 500 Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/version, check if the server supports the requested API version`,
  },
  {
    source:
      'moby client/request.go checkResponseErr without a request URL: "request returned %s; check if the server supports the requested API version"',
    check: 'install',
    want: notReady,
    text: `${winVersion('28.0.1')}request returned 500 Internal Server Error; check if the server supports the requested API version`,
  },
  {
    source:
      "moby client/request.go checkResponseErr (a Server part that answered, then hello-world's run through Desktop's 500): the failure beside the Server part",
    check: 'install',
    want: notReady,
    text: `${winVersion('26.1.1')}\n${serverUp}\nPS C:\\Users\\me> docker run hello-world\ndocker: request returned 500 Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.45/containers/create, check if the server supports the requested API version.\nSee 'docker run --help'.`,
  },
  ...both({
    source:
      'Docker Desktop for Mac\'s proxy (com.docker.backend) with its VM\'s engine down: "Error response from daemon: dial unix docker.raw.sock: connect: connection refused"',
    check: 'install',
    want: notReady,
    text: `$ docker version\n${version('20.10.6', 'default')}Error response from daemon: dial unix docker.raw.sock: connect: connection refused`,
  }),
  {
    source:
      "Docker Desktop for Mac's proxy, the same before its VM's socket exists: \"dial unix docker.raw.sock: connect: no such file or directory\" (in docker info's Server: ERROR:)",
    check: 'install',
    want: notReady,
    text: `$ docker info\nClient:\n Debug Mode: false\n\nServer:\nERROR: Error response from daemon: dial unix docker.raw.sock: connect: no such file or directory\nerrors pretty printing info`,
  },
  {
    source: 'Docker Desktop (2.x-4.x) proxy: "Error response from daemon: Bad response from Docker engine"',
    check: 'install',
    want: notReady,
    text: `$ docker version\n${version('20.10.8')}Error response from daemon: Bad response from Docker engine`,
  },
  ...both({
    source:
      'Docker Desktop 4.2+ paused (whale menu Pause): "Error response from daemon: Docker Desktop is manually paused. Unpause it through the Whale menu or Dashboard."',
    check: 'install',
    want: notReady,
    text: `$ docker version\n${version('24.0.2', 'desktop-linux')}Error response from daemon: Docker Desktop is manually paused. Unpause it through the Whale menu or Dashboard.`,
  }),
  {
    source: 'Docker Desktop 4.x whose engine failed to start: "Error response from daemon: Docker Desktop is unable to start"',
    check: 'install',
    want: notReady,
    text: `${winVersion('28.3.2')}Error response from daemon: Docker Desktop is unable to start`,
  },
  // ── contexts (docker/cli cli/context/store/metadatastore.go, cli/command/cli.go) ──
  {
    source:
      'docker/cli cli/command/cli.go Client ("Failed to initialize:"), initialize ("unable to resolve docker endpoint: %w"), cli/context/store/metadatastore.go get/getByID ("context %q: %w", "context not found: %w")',
    check: 'install',
    want: down,
    text: `$ docker version\nFailed to initialize: unable to resolve docker endpoint: context "desktop-linux": context not found: open /Users/me/.docker/contexts/meta/fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e/meta.json: no such file or directory`,
  },
  {
    source:
      'docker/cli cli/context/store/metadatastore.go on Windows: a context set in config.json whose metadata is gone (Docker Desktop uninstalled, Colima removed)',
    check: 'install',
    want: down,
    text: `PS C:\\Users\\me> docker ps\ncontext "colima": context not found: open C:\\Users\\me\\.docker\\contexts\\meta\\4e1a3e5e3c14ab4a8dbd2a1c31cd6dff4bb7cb55a3d87d5fe2b0c3b3e8e2c6f2\\meta.json: The system cannot find the path specified.`,
  },
  {
    source:
      'docker/cli cli/command/cli.go (19.03-20.10, before the store\'s errors): "Current context %q is not found on the file system, please check your config file at %s"',
    check: 'install',
    want: down,
    text: `$ docker version\nCurrent context "desktop-linux" is not found on the file system, please check your config file at /Users/me/.docker/config.json`,
  },
  {
    source:
      'minikube (kubernetes/minikube main.go:291): a warning naming the "default" context, which is no file; minikube\'s own output, no docker command',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    text: `PS C:\\Users\\me> minikube version\nW0328 11:37:00.035712   25520 main.go:291] Unable to resolve the current Docker CLI context "default": context "default": context not found: open C:\\Users\\me\\.docker\\contexts\\meta\\37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f\\meta.json: The system cannot find the path specified.\nminikube version: v1.33.1\ncommit: 5883c09216182566a63dff4c326a6fc9ed2982ff`,
  },
  // ── WSL (Docker Desktop's stub in a distro without its integration) ──
  {
    source:
      "Docker Desktop's WSL stub (/usr/bin/docker in a WSL 2 distro without the integration): \"The command 'docker' could not be found in this WSL 2 distro.\"",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    text: `me@LAPTOP:~$ docker version\n\nThe command 'docker' could not be found in this WSL 2 distro.\nWe recommend to activate the WSL integration in Docker Desktop settings.\n\nFor details about using Docker Desktop with WSL 2, visit:\n\nhttps://docs.docker.com/go/wsl2/\n`,
  },
  {
    source:
      "Docker Desktop's WSL stub in a WSL 1 distro: \"The command 'docker' could not be found in this WSL 1 distro. We recommend to convert this distro to WSL 2 and activate the WSL integration in Docker Desktop settings.\"",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    text: `me@LAPTOP:~$ docker version\n\nThe command 'docker' could not be found in this WSL 1 distro.\nWe recommend to convert this distro to WSL 2 and activate\nthe WSL integration in Docker Desktop settings.\n\nFor details about using Docker Desktop with WSL 2, visit:\n\nhttps://docs.docker.com/go/wsl2/`,
  },
  {
    source:
      'A docker client in WSL 1 pointed at Docker for Windows\' old TCP endpoint (DOCKER_HOST=tcp://localhost:2375, "Expose daemon on tcp://localhost:2375 without TLS" off)',
    check: 'install',
    want: down,
    text: `me@LAPTOP:~$ docker version\n${version('19.03.6')}Cannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?`,
  },
  // ── Docker Desktop's own windows, quoted in a terminal paste ──
  {
    source:
      'Docker Desktop for Windows 2.x (Hyper-V backend) error window: "Hardware assisted virtualization and data execution protection must be enabled in the BIOS."',
    check: 'install',
    want: ['problem', 'daemon-not-running', 'engine-not-ready'],
    text: `${winVersion('19.03.5')}error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/version: open //./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.\n\nDocker Desktop - Error\nHardware assisted virtualization and data execution protection must be enabled in the BIOS. See https://docs.docker.com/docker-for-windows/troubleshoot/#virtualization`,
  },
  {
    source:
      'Docker Desktop for Windows (2.3-3.x) WSL 2 window: "WSL 2 installation is incomplete." (the kernel update not installed), its engine never started',
    check: 'install',
    want: ['problem', 'daemon-not-running', 'engine-not-ready'],
    text: `Docker Desktop - WSL 2 installation is incomplete.\nThe WSL 2 Linux kernel is now installed using a separate MSI update package. Please click the link and follow the instructions to install the kernel update: https://aka.ms/wsl2kernel.\n\nPress Restart after installing the Linux kernel.`,
  },
  // ── other engines' own words ──
  {
    source:
      'containers/podman cmd/podman/main.go (remote, "unable to connect to Podman"): "Cannot connect to Podman. Please verify your connection to the Linux system using `podman system connection list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM", through podman-docker\'s shim',
    check: 'install',
    want: down,
    text: `$ docker version\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\nCannot connect to Podman. Please verify your connection to the Linux system using \`podman system connection list\`, or try \`podman machine init\` and \`podman machine start\` to manage a new Linux VM\nError: unable to connect to Podman socket: failed to connect: dial tcp 127.0.0.1:52311: connect: connection refused`,
  },
  {
    source: 'abiosoft/colima cmd/status.go (logrus Fatal): "colima is not running"',
    check: 'install',
    want: down,
    text: `$ colima status\nFATA[0000] colima is not running`,
  },
  // ── credential helpers (docker/cli vendor docker-credential-helpers client.go Get: "error getting credentials - err: %v, out: `%s`") ──
  ...both({
    source:
      'docker/cli vendor/github.com/docker/docker-credential-helpers/client/client.go Get: "error getting credentials - err: %v, out: `%s`" (credsStore "desktop" left after Docker Desktop, hello-world\'s pull)',
    check: 'install',
    want: ['problem', 'image-not-found'],
    text: hello('docker: error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``.'),
  }),
  {
    source:
      'docker-credential-helpers client.go Get, Desktop\'s Windows helper named in a WSL distro\'s config.json (credsStore "desktop.exe")',
    check: 'install',
    want: ['problem', 'image-not-found'],
    text: `me@LAPTOP:~$ docker version\n${version('24.0.7')}\n${serverUp}\n${hello('docker: error getting credentials - err: exec: "docker-credential-desktop.exe": executable file not found in $PATH, out: ``.')}`,
  },
  // ── permission on the socket (moby client/request.go) ──
  {
    source: 'moby client/request.go (before 26): "Got permission denied while trying to connect to the Docker daemon socket at %v"',
    check: 'install',
    want: ['problem', 'permission-denied'],
    text: `$ docker version\n${version('20.10.12')}Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: permission denied`,
  },
  {
    source:
      'moby client/request.go (26-28): "permission denied while trying to connect to the Docker daemon socket at %v", Rancher Desktop\'s socket',
    check: 'install',
    want: ['problem', 'permission-denied'],
    text: `$ docker version\n${version('26.1.4')}permission denied while trying to connect to the Docker daemon socket at unix:///home/me/.rd/docker.sock: Get "http://%2Fhome%2Fme%2F.rd%2Fdocker.sock/v1.45/version": dial unix /home/me/.rd/docker.sock: connect: permission denied`,
  },
  ...both({
    source:
      'moby client/request.go (29, 462d0ff5aa): "permission denied while trying to connect to the docker API at %v" (no request error after it)',
    check: 'install',
    want: ['problem', 'permission-denied'],
    text: `$ docker version\n${version('29.0.1')}permission denied while trying to connect to the docker API at unix:///var/run/docker.sock`,
  }),
  {
    source:
      'moby client/request.go (29): "permission denied while trying to connect to the docker API at %v", Podman\'s rootful socket as DOCKER_HOST',
    check: 'install',
    want: ['problem', 'permission-denied'],
    text: `$ docker info\nClient: Docker Engine - Community\n Version:    29.0.1\n Context:    default\n Debug Mode: false\n\nServer:\nERROR: permission denied while trying to connect to the docker API at unix:///run/podman/podman.sock\nerrors pretty printing info`,
  },
  {
    source:
      'moby client/request.go "error during connect: %w" on a pipe a user outside docker-users may not open: "open //./pipe/docker_engine: Access is denied."',
    check: 'install',
    // cw54: its own answer now, permission-denied.pipe, which names Windows' group docker-users.
    want: ['problem', 'permission-denied'],
    text: `${winVersion('20.10.17')}error during connect: This error may indicate that the docker daemon is not running.: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: Access is denied.`,
  },
];
