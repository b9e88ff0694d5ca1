/*
 * Error messages the Docker client and the daemon print, as their sources word them (older and
 * newer texts). Compose's, which only lessons 6 and 7 read, are in compose-errors.ts, and
 * nginx's are read with the logs (parse-logs.ts):
 * - moby client/request.go (Docker 29): "permission denied while trying to connect to the docker
 *   API at …", "failed to connect to the docker API at …; check if … the daemon is running";
 *   older CLIs: "Got permission denied while trying to connect to the Docker daemon socket at …",
 *   client/errors.go "Cannot connect to the Docker daemon at …. Is the docker daemon running?";
 *   Docker Desktop on Windows: "error during connect: … open //./pipe/dockerDesktopLinuxEngine:
 *   The system cannot find the file specified.";
 * - moby daemon/server/middleware/version.go: "client version 1.41 is too old. Minimum supported
 *   API version is 1.44, please upgrade your client to a newer version"; and "client version 1.41
 *   is too new. Maximum supported API version is 1.39" (an engine older than its client);
 * - moby libnetwork portallocator: "Bind for 0.0.0.0:8050 failed: port is already allocated";
 *   userland proxy: "listen tcp4 0.0.0.0:8050: bind: address already in use"; Docker Desktop:
 *   "Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: …";
 * - moby distribution pull_v2.go / containerd image_pull.go: "no matching manifest for
 *   linux/arm64/v8 in the manifest list entries"; BuildKit: "no match for platform in manifest";
 * - moby daemon/container/view.go: "No such container: dash-app".
 */
import type { Details, DiagnosisId, Hit } from './types';

/** A pattern, its diagnosis, the names of the details its groups give, and details it always gives. */
export type ErrorRule = [RegExp, DiagnosisId, string?, Details?];

/*
 * Most fundamental first (a hit's rank is its index in the list errorHits is given, see
 * ranked()): without a reachable daemon nothing else can be judged, and a missing image
 * explains a missing container. The third field names the details the groups give, in order; a
 * name given twice takes the first group that matched.
 */
/** cw204: a layer's line of a pull's progress (moby distribution/pull_v2.go, distribution/xfer download.go's `Retrying in %d seconds`);
 * read.ts joins a bare error with the last one, the pull-cut rule below reads the two. */
export const pullProgress =
  /^\s*[0-9a-f]{12}: (?:Pulling fs layer|Waiting|Downloading\b|Extracting\b|Verifying Checksum|Download complete|Pull complete|Already exists|Retrying in \d{1,4} seconds?)/;

const first: ErrorRule[] = [
  // No docker command at all: bash, zsh (`zsh: command not found: docker`, in a function `docker:10: command not found: …`),
  // cmd, PowerShell, Docker Desktop's WSL stub, Ubuntu's command-not-found (`Command 'docker' not found, but can be installed with:`,
  // for-win#6230; before 18.04 `The program 'docker' is currently not installed.`). In any language: bash says nothing else of a bare `docker` (`bash: docker:
  // Befehl nicht gefunden`, `bash: docker: 未找到命令`; a broken docker is named by its path), PowerShell's record keeps its
  // English category (`+ CategoryInfo : ObjectNotFound: (docker:String) [], CommandNotFoundException`); cmd's words in
  // German, French and Spanish (`Der Befehl "docker" ist entweder falsch geschrieben`, `'docker' n'est pas reconnu en tant
  // que commande interne`, `"docker" no se reconoce como un comando interno`; PowerShell's French and Spanish too). PowerShell's
  // `Program 'docker' failed to run: No application is associated with the specified file for this operation`: a file named
  // `docker` without an extension earlier in PATH shadows docker.exe, so this shell runs no docker (docker/for-win#5776).
  // cw158 (stop 53): bash -c's line mark in the user's language too: bash error.c error_prolog prints `_("%s: line %d: ")` through
  // gettext, so a Russian locale gives `/bin/bash: строка 1: docker: команда не найдена` (po/ru.po), Chinese `行 1:`, German `Zeile 1:`,
  // French `ligne 1:`, Korean `줄 1:`: one word (no digit, no colon) and the line's number before the command's name.
  // cw163 (stop 54): sudo's own refusal in the user's language: sudo's sudoers plugin (plugins/sudoers/sudoers.c, the command
  // lookup's `U_("%s: command not found")`, prefixed with `sudo: ` by sudo_warnx) through gettext, Portuguese `sudo: docker: comando
  // não encontrado` (plugins/sudoers/po/pt_BR.po), German `Befehl nicht gefunden`; like bash, sudo says nothing else of a bare
  // `docker` (an exec that fails names the path: `sudo: unable to execute /usr/bin/docker: …`).
  // cw168 (stop 55): bash's "command not found" itself in the user's language when the copy leaves out the shell's or the script's
  // prefix, or when a script's line mark (error.c error_prolog `_("%s: line %d: ")` with the script's name, not `bash:`) stands in
  // front: bash's execute_cmd.c execute_disk_command reports `_("%s: command not found")` through gettext, so the po files give
  // zh_CN `docker: 未找到命令`, es `docker: orden no encontrada`, de `Kommando nicht gefunden`, fr `commande introuvable`, pt_BR
  // `comando não encontrado`, ru `команда не найдена`, it `comando non trovato`, ja `コマンドが見つかりません`. Any words after a script's
  // line mark and `docker: ` (the shell says nothing else of a bare `docker`); docker's own `docker: Error response …` has no line mark.
  [
    /(?<![\w-])docker: (?:未找到命令|orden no encontrada|Kommando nicht gefunden|Befehl nicht gefunden|commande introuvable|comando n[ãa]o encontrado|команда не найдена|comando non trovato|コマンドが見つかりません)|^\s*\S{1,200}?:\s?[^\s\d:]{1,12}\s?\d{1,6}: docker: (?!Error\b|invalid\b|unknown\b|'|")\S/,
    'docker-not-found',
  ],
  [
    /(?<![\w-])sudo: docker: (?!unable|\S*\/)\S|[Cc]ommand '?docker(?:\.exe)?'? (?:could )?not (?:be )?found|The program 'docker' is currently not installed|(?<![\w-])docker(?:\.exe)?: (?:command )?not found|command not found: docker(?![\w-])|'docker(?:\.exe)?' is not recognized as an internal or external command|The term 'docker(?:\.exe)?' is not recognized|bash: (?:[^\s\d:]{1,12}\s?\d{1,6}: )?docker: |ObjectNotFound: \(docker(?:\.exe)?:String\)|(?<![\w-])docker(?:\.exe)?\W{1,4}(?:ist entweder falsch|n'est pas reconnu|no se reconoce)|'docker(?:\.exe)?' failed to run: No application/,
    'docker-not-found',
  ],
  // cw70: a program that looks `docker` up on PATH to run it and finds none, in its own words (SpicyPizza/create-envfile#20: a
  // Docker action on a self-hosted runner without Docker): GitHub's actions/runner WhichUtil.Which(require: true) `File not found:
  // '{command}'` (src/Runner.Sdk/Util/WhichUtil.cs), Go's os/exec LookPath `exec: "docker": executable file not found in $PATH` (in
  // %PATH% on Windows), Node's child_process `spawn docker ENOENT`, CPython's subprocess `FileNotFoundError: [Errno 2] No such file
  // or directory: 'docker'`, Java's ProcessBuilder `Cannot run program "docker": error=2, No such file or directory` (Windows
  // `CreateProcess error=2`), Ruby's `No such file or directory - docker (Errno::ENOENT)`, GNU which's `which: no docker in (…)`.
  // The name is docker alone (never docker-compose, docker-credential-desktop: their own rules).
  [
    /File not found: '(?:\S{0,200}[\/\\])?docker(?:\.exe)?'|exec: "docker(?:\.exe)?": executable file not found in [$%]PATH|\bspawn docker(?:\.exe)? ENOENT\b|No such file or directory: '(?:\/usr\/(?:local\/)?bin\/)?docker'|Cannot run program "docker(?:\.exe)?"(?: \(in directory "[^"\n]{0,200}"\))?: (?:CreateProcess )?error=2\b|No such file or directory - docker \(Errno::ENOENT\)|\bwhich: no docker in \(/,
    'docker-not-found',
  ],
  // cw75: a `docker` on PATH that is another program: the X11 system-tray dock of the same name (Debian's and old Ubuntu's package
  // `docker`, later `wmdocker`; its docker.c prints `docker - version 1.4`, `Copyright 2003, Ben Jansens`, then `Usage: docker
  // [OPTIONS]` with `-display DISPLAY`, `-wmaker`; Shaked/docker-whatsapp#1). Docker's own client never prints "docker - version"
  // (docker/cli: `Docker version 24.0.7, build afdd53b`): Docker Engine is not installed, whatever answers to the name.
  [/^\s*docker - version \d+\.\d+\s*$|Copyright 2003,? Ben Jansens|^\s*-wmaker\s+WindowMaker mode/, 'docker-not-found'],
  // cw53: the same in any language, by the shells' own layout rather than their words: PowerShell's record names the command
  // before its message and the message quotes it (5.1's `docker : Die Benennung "docker" wurde nicht …`, 7's `docker: O termo
  // 'docker' não é reconhecido …`; docker's own errors never quote the bare word docker); cmd.exe's message starts with the quoted
  // name (`'docker' 不是内部或外部命令，…`); Ubuntu's command-not-found suggests its packages with their versions, untranslated
  // (CommandNotFound.py: `sudo snap install docker         # version 24.0.5, or`, `sudo apt  install docker.io      # version …`): the
  // apt line only, docker.io being suggested for `docker` alone (a missing `docker-compose` is suggested snap's docker too).
  [
    /^docker(?:\.exe)? ?: .{0,80}?[«"'“„「]\s?docker(?:\.exe)?\s?[»"'”“」]|^\s*[«"'“„「]docker(?:\.exe)?[»"'”“」]\s?[^\x00-\x7f]|^\s*sudo apt +install docker\.io\s+# version /,
    'docker-not-found',
  ],
  // cw54: Windows refusing the user Docker Desktop's named pipe (`open //./pipe/docker_engine: Access is denied.`, Windows' error 5,
  // ERROR_ACCESS_DENIED, in the system's language: `Zugriff verweigert`, `Accès refusé`, `Acceso denegado`, `Acesso negado`,
  // `拒绝访问。`, `アクセスが拒否されました。`, `액세스가 거부되었습니다.`, `Отказано в доступе.`): the engine runs, and the user is not
  // in the group docker-users (docker/docs, Install Docker Desktop on Windows: "If your administrator account is different from your
  // user account, you must add the user to the docker-users group"). Before "error during connect" on the same line reads it as not running.
  [
    /open (?:\/\/\.\/|\\\\\.\\)pipe[\\/](?:docker_engine|dockerDesktop\w{0,30}Engine)\w{0,20}: (?:Access is denied|Zugriff verweigert|Accès refusé|Acceso denegado|Acesso negado|Accesso negato|拒绝访问|拒絕存取|アクセスが拒否されました|액세스가 거부되었습니다|Отказано в доступе)/,
    'permission-denied',
    undefined,
    { variant: 'pipe' },
  ],
  // Docker's install script (get.docker.com, docker/docker-install install.sh) on a system it does not install Docker Engine on:
  // `ERROR: Unsupported distribution 'rocky'` (or `' '` where it found none: macOS, docker/docker-install#165), newer ones `ERROR:
  // Unsupported operating system 'macOS'` (and its `Please get Docker Desktop from …`): it exits having installed nothing.
  [/^\s*ERROR: Unsupported (?:distribution|operating system) '[^']{0,60}'/, 'docker-not-found', undefined, { variant: 'script' }],
  // cw167 (stop 55): apt with no Docker Engine package to install (Docker's apt repository not set up, or set up for another
  // architecture or release: `[arch=i386]` on a Pi, a Raspbian release it does not serve). apt's own errors, apt-private/
  // private-cacheset.cc CacheSetHelperAPTGet::canNotFindCandidateVer `E: Package '%s' has no installation candidate` and apt-pkg/
  // cacheset.cc canNotFindPackage `E: Unable to locate package %s`, for the engine's or the client's own package (docker-ce,
  // docker-ce-cli, docker-engine, docker.io), at a line's start as apt prints it: apt installed no docker. (docker-compose-plugin
  // alone is compose-errors.ts' compose-not-found.)
  // cw186 (stop 58): also containerd.io, the runtime package Docker's install steps name beside them (`apt-get install docker-ce
  // docker-ce-cli containerd.io`; docker-ce Depends on it, from the same repository: none for the release means no docker-ce either),
  // and apt's list of broken packages naming docker's own (apt-private/private-output.cc ShowBroken: ` docker-ce : Depends:
  // containerd.io (>= 1.2.2-3) but it is not installable`): apt installed no docker.
  [
    /^\s*E: (?:Package '(?:docker-ce(?:-cli)?|docker-engine|docker\.io|containerd\.io)' has no installation candidate|Unable to locate package (?:docker-ce(?:-cli)?|docker-engine|docker\.io|containerd\.io)\s*$)|^\s{0,4}(?:docker-ce(?:-cli)?|docker-engine|docker\.io) : (?:Pre)?Depends: \S{1,60}(?: \([^)]{1,40}\))? but it is not (?:installable|going to be installed)\b/,
    'docker-not-found',
    undefined,
    { variant: 'apt' },
  ],
  // Docker Desktop's endpoint answers, the engine behind it fails (despite "API version" in it).
  // Its port-forwarding service timing out (`Ports are not available: unable to list exposed ports: Get
  // http://unix/forwards/list: net/http: request canceled (Client.Timeout exceeded …)`, docker/for-win#6262, even for
  // hello-world): its backend is stuck. (Refused at backend.sock is Desktop not running for a WSL distro, below.) Docker for
  // Windows 2.0's vpnkit port filesystem failing (`Error starting userland proxy: mkdir /port/tcp:0.0.0.0:50000:tcp:172.17.0.9:50000:
  // input/output error`, docker/compose#6505, after a resume): the same stuck forwarding; a restart of Desktop mends it.
  // cw75: whatever errno the port filesystem gives (`mkdir /port/tcp:0.0.0.0:80:tcp:172.19.0.2:80: file exists`, a stale forward
  // left from an earlier container, TrueBlocks/trueblocks-docker#61, Haufe-Lexware/wicked.haufe.io#11; udp forwards too): the
  // directory is vpnkit's own record of a forward, not the host's port, so no other program on the host is the cause.
  // The client's words for any 5xx its endpoint answered with no body (moby client/request.go checkResponseErr: 20.10-26 "request
  // returned %s for API route and version %s, check if the server supports the requested API version" with http.StatusText, 27+
  // with serverResp.Status, `request returned 500 Internal Server Error for API route …`; without a request URL "request returned
  // %s; check if the server supports the requested API version"; "… with a message (> %d bytes) …"): Desktop's proxy, not the API.
  [
    /mkdir \/port\/(?:tcp|udp):\S{1,120}: (?:input\/output error|file exists|no such file or directory|device or resource busy|[a-z][a-z ]{3,40}\b)|request returned (?:5\d\d )?(?:Internal Server Error|Bad Gateway|Service Unavailable)\b|\/forwards\/list\W{0,3} ?net\/http: (?:request canceled|timeout)|\/forwards\/list\b.{0,80}?(?:Client\.Timeout|deadline exceeded)/,
    'engine-not-ready',
  ],
  // Stop 48: Desktop 4's port-forwarding service answering its own request with a 5xx (`ports are not available: exposing port TCP
  // 0.0.0.0:3001 /forwards/expose returned unexpected status: 500`, docker/desktop-feedback#526, Desktop 4.82 on WSL): no bind
  // reason, so not a port another program holds (that is `… -> 0.0.0.0:0: listen tcp …: bind: …`, below); Docker for Windows
  // 17-18's vpnkit route `/forwards/expose/port` keeps its own answer (below). The engine may answer all the same (a docker version
  // beside it), so this one stays when a Server part is shown (read.ts).
  [
    /exposing port TCP \S{0,80}?:(\d{1,5}) \/forwards\/expose returned unexpected status: 5\d\d\b/,
    'engine-not-ready',
    'port',
    { variant: 'forwards' },
  ],
  // cw58: Docker Desktop's own endpoint that took the connection and closed it with no answer (`error during connect: Get
  // "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/version": EOF` after a Client part, docker/for-win#14542: Desktop 4.37.1,
  // "engine linux/wsl failed to run"; moby client/request.go doRequest wraps net/http's io.EOF as "error during connect: %w"). The pipe
  // (or Desktop's socket, ~/.docker/run/docker.sock on macOS, ~/.docker/desktop/docker.sock on Linux) is there, so Desktop runs: its
  // engine is what is not ready, as with its 500 above. A pipe that is not there ("cannot find the file specified") stays
  // daemon-not-running, below; EOF on another socket too (a WSL 1 bridge, Pengwin#589).
  [
    /error during connect: (?:[^:\n]{0,160}: )?(?:Get|Post|Head|Delete) "?http:\/\/(?:%2F%2F\.%2Fpipe%2F(?:docker_engine|dockerDesktop\w{0,30}Engine)|%2F\S{0,160}?%2F\.docker%2F(?:run|desktop)%2Fdocker\.sock)\/\S{0,200}?"?: (?:unexpected )?EOF\b/i,
    'engine-not-ready',
    undefined,
    { variant: 'desktop' },
  ],
  // No daemon on the socket in the client's words (client/errors.go). Ranked before a permission error: in one paste the two
  // are a daemon that is not running (root or sudo is refused too, docker/for-linux#852: the socket a dead dockerd left), and a
  // permission error shows no daemon behind the socket.
  // cw82: Desktop's pipe opened with any error but access denied (ranked above) and EOF (engine-not-ready, above): Windows' words
  // for ERROR_FILE_NOT_FOUND come in the system's language (Go's syscall.Errno.Error asks FormatMessage: `Das System kann die
  // angegebene Datei nicht finden.`, `Le fichier spécifié est introuvable.`, `系统找不到指定的文件。`, docker/for-win#7249), and the
  // path in either slash form (`\\.\pipe\docker_engine_linux`, Desktop 2.x's Linux engine).
  // cw111: and the client's own hint before its request, alone (moby client/errors.go since 20.10 wraps every failed connection as
  // `error during connect: This error may indicate that the docker daemon is not running.: Get …`, 24+ lower-cased with `: %w`): a guide's
  // copy that keeps only those words (an IoT dashboard's troubleshooting "Issue 1: Docker is not running", Windows) is that failure.
  [
    /Cannot connect to the Docker daemon|failed to connect to the docker API|error during connect:.*(?:pipe|cannot find the file)|error during connect: this error may indicate that the docker daemon is not running|open \S{0,12}pipe[\\/](?:docker_engine|dockerDesktop\w{0,30}Engine)\w{0,20}: \S|Is the docker daemon running\?|An error occurred trying to connect:/i,
    'daemon-not-running',
  ],
  // cw169 (stop 56): buildx (Compose v2 builds and `docker buildx`) that finds no Docker endpoint for the CLI's "default" context:
  // docker/buildx store/storeutil/storeutil.go GetCurrentEndpoint, `errors.Errorf("docker endpoint for %q not found", name)` when
  // the context store lists no docker endpoint for it (Docker Desktop's context store broken or half-removed on WSL): no engine is
  // reached at all, as the client's own "Cannot connect".
  [/\bdocker endpoint for "[^"\s]{1,100}" not found\b/, 'daemon-not-running'],
  // cw28 (ranked below the client's own "Cannot connect", which says no engine answered at all): Docker Desktop's own endpoint
  // (its proxy, com.docker.backend on macOS, the pipe's server on Windows) answered in its own words, with no engine behind it
  // (Desktop is closed source; the lines as its users' threads quote them): macOS's proxy to the
  // VM's socket, `Error response from daemon: dial unix docker.raw.sock: connect: connection refused` (`… no such file or
  // directory` before the VM made it), 2.x-4.x's `Error response from daemon: Bad response from Docker engine`, 4.x's `Error
  // response from daemon: Docker Desktop is unable to start`. (Desktop 2.x for Windows' `Error response from daemon: open
  // \\.\pipe\docker_engine_linux: The system cannot find the file specified.` stays daemon-not-running, as the corpus' experts
  // label it: h7-forwin7186, ir-forwin7545.)
  [
    /dial unix (?:\S*\/)?docker\.raw\.sock: (?:connect: )?(?:connection refused|no such file)|Bad response from Docker engine|Docker Desktop is unable to start/,
    'engine-not-ready',
    undefined,
    { variant: 'desktop' },
  ],
  // Desktop 4.2+ paused from its whale menu: `Error response from daemon: Docker Desktop is manually paused. Unpause it through the
  // Whale menu or Dashboard.` Its engine answers again once resumed.
  [/Docker Desktop is manually paused/, 'engine-not-ready', undefined, { variant: 'paused' }],
  // The client's request that no engine answered, wherever DOCKER_HOST points: a socket closed on it (`error during connect: Get
  // http://%2Fvar%2Frun%2Fdocker.sock/v1.40/networks/bridge: EOF`, a WSL 1 bridge, WhitewaterFoundry/Pengwin#589) or a
  // docker-machine VM long gone (`error during connect: Get https://192.168.99.126:2376/v1.40/containers/json: dial tcp
  // 192.168.99.126:2376: connectex: A connection attempt failed …`, docker/for-win#7396: a stale DOCKER_HOST).
  // cw28: any of Go's dial errors there (moby client/request.go doRequest wraps net/http's error as "error during connect: %w"):
  // `connect: no route to host`, `network is unreachable`, `host is down` (a docker-machine or remote VM gone), a name no longer
  // resolved (`dial tcp: lookup docker on 127.0.0.11:53: no such host`).
  // cw182 (stop 58): the name's lookup failing in the resolver's other words: Go's DNSError from the pure resolver
  // (src/net/dnsclient_unix.go errServerMisbehaving `server misbehaving`) or from the cgo one, whose Err is the C library's
  // gai_strerror (src/net/cgo_unix.go): musl's EAI_AGAIN `Try again` and EAI_NONAME `Name does not resolve` (src/network/gai_strerror.c;
  // the docker:dind job images are Alpine: gitlab-ci-local#301 `error during connect: Post "http://docker:2375/v1.24/auth": dial tcp:
  // lookup docker: Try again`), glibc's `Temporary failure in name resolution`, `Name or service not known` (gai_strerror-strs.h).
  [
    /error during connect: (?:Get|Post|Head|Delete) "?(?:https?|tcp):\/\/\S{1,300}?:(?: dial tcp(?: \S{1,260}?)?:)? (?:EOF\b|connectex: |connect: (?:connection refused|no route to host|network is unreachable|host is down)|i\/o timeout|lookup \S{1,200}(?: on \S{1,80})?: (?:no such host|server misbehaving|Try again|Name does not resolve|Temporary failure in name resolution|Name or service not known)|proxyconnect tcp: )/i,
    'daemon-not-running',
  ],
  // cw154 (stop 52): the same refusal from a client before 1.13, which printed net/http's error bare, with no `error during connect:`
  // (moby 1.8-1.12 api/client clientRequest returned the http.Client's `Get <url>: dial tcp …` as is, at most behind `An error occurred
  // trying to connect: `; docker-archive/toolbox#250, Toolbox's own FAQ: `Post http://127.0.0.1:2375/v1.20/containers/create: dial tcp
  // 127.0.0.1:2375: ConnectEx tcp: No connection could be made …`, then `* Is your docker daemon up and running?`). Go before 1.6 on
  // Windows said `ConnectEx tcp:`, later `connectex:`; on Linux `connection refused`, once behind `getsockopt: `. Only a request to the
  // Engine API (its versioned path `/v1.NN/`), so another program's refused request (kubectl's `/api/v1/…`) is not read as Docker's.
  [
    /\b(?:Get|Post|Head|Delete|Put) "?(?:https?|tcp):\/\/[^\s/]{1,260}\/v1\.\d{1,2}\/\S{0,400}?"?: dial tcp \S{1,260}?: (?:ConnectEx tcp: |connectex: |(?:getsockopt: |connect: )?connection refused|(?:connect: )?no route to host|i\/o timeout)/i,
    'daemon-not-running',
  ],
  // cw141: a daemon over SSH (DOCKER_HOST or a context `ssh://…`, Podman machine's connection) that no engine answered: docker/cli
  // cli/connhelper/commandconn/commandconn.go handleEOF `command %v has exited with %v, make sure the URL is valid, and Docker 18.09 or
  // later is installed on the remote host: stderr=%s` (before 23.0 `please make sure …`), the ssh command's own failure after it
  // (`kex_exchange_identification: … Connection refused`, `Permission denied (publickey)`, `Connection timed out`);
  // podman-desktop/podman-desktop#4714. Read on its own line: a copy breaks the long `command [ssh …]` before it.
  [
    /\bhas exited with (?:exit status \d{1,3}|signal: [\w ]{1,20}), (?:please )?make sure the URL is valid, and Docker 18\.09 or later is installed on the remote host\b/,
    'daemon-not-running',
  ],
  // cw182 (stop 58): the client's request answered by something that speaks no HTTP (a text the remote login shell prints into the
  // ssh helper's stream, an sshd's banner or a TLS daemon behind a tcp:// DOCKER_HOST): Go's net/http response.go ReadResponse
  // `badStringError("malformed HTTP response", line)` / `("malformed HTTP status code", statusCode)` / `("malformed HTTP version",
  // …)`, wrapped by transport.go (persistConn.mapRoundTripError) `net/http: HTTP/1.x transport connection broken: %w` and by moby's
  // client (client/request.go doRequest) `error during connect: %w`; docker/cli#3019 `error during connect: Get
  // http://docker/v1.40/containers/json: net/http: HTTP/1.x transport connection broken: malformed HTTP status code "pid"`. No daemon
  // answered. Only under the client's `error during connect:` (a daemon's `Error response from daemon: Get http://registry:5000/v2/:
  // net/http: … malformed HTTP response` is a registry's, the daemon answered).
  [
    /error during connect: (?:Get|Post|Head|Delete|Put) "?(?:https?|tcp):\/\/\S{1,300}?"?: net\/http: HTTP\/1\.x transport connection broken: malformed HTTP (?:response|status code|version) /,
    'daemon-not-running',
  ],
  // cw182 (stop 58): a CI job's own Docker daemon that never came up. GitLab Runner's Docker executor waits for each service's
  // ports with a helper container and, failing, prints (executors/docker/docker.go waitForServiceContainer) `*** WARNING: Service
  // <container> probably didn't start properly.`, then `Health check error:` and the service's log; the container's name is
  // makeContainerName(serviceSlug-N), the slug the service image's name without its tag, `/` as `__` (`…-docker-0` for
  // docker:dind or docker:20.10-dind, `…-lordgaav__dind-options-0`). Only a Docker-in-Docker service (the image docker, or a name
  // with dind): the job's docker client has no daemon to talk to (another service, postgres or redis, is that program's). And the
  // dind images' startup scripts that start dockerd and wait for it (cruizba/ubuntu-dind startup.sh wait_for_process, copied by the
  // actions-runner-dind images: `ERROR "$process is not running after max time"`, `logger.error …`, `❌ dockerd is not running
  // after max time`): dockerd did not start in that container.
  [
    /\bWARNING:\s{1,4}Service \S{0,400}?(?:-docker|dind\S{0,200}?)-\d{1,3} probably didn['’]t start properly\b|(?<![\w-])dockerd is not running after max time\b/i,
    'daemon-not-running',
  ],
  // cw70: an HTTP proxy between the client and a daemon on TCP (HTTPS_PROXY set, a docker-machine VM not in NO_PROXY): Go's net/http
  // Transport sends CONNECT and, refused, returns the proxy's status text alone as the error (transport.go dialConn: `f :=
  // strings.SplitN(resp.Status, " ", 2)`, `errors.New(f[1])`: `Tunnel Connection Failed`, `Forbidden`, `Proxy Authentication
  // Required`, `Bad Gateway`; docker-archive/toolbox#700), newer Go's `proxyconnect tcp: …` above. No daemon answered: its status
  // text is the last thing on the line, a capitalised phrase (the pipe's own words, `The system cannot find …`, are a sentence).
  [
    /error during connect: (?:Get|Post|Head|Delete) "?(?:https?|tcp):\/\/\S{1,300}?"?: (?:[A-Z][A-Za-z]{1,20} ){0,4}[A-Z][A-Za-z]{1,20}\s*$/,
    'daemon-not-running',
    undefined,
    { variant: 'proxy' },
  ],
  // Compose v1 (Python): PermissionError on the socket; Docker before 17.x: "dial unix …docker.sock: permission denied". Also
  // wrapped by a tool or a narrow terminal: its first line ends "Got permission denied while trying to" (or "…: permission").
  // cw107: also retold with the words marked as a quote and called an error (frozflame's notes: `Got "permission denied" error while
  // trying to connect to the Docker daemon socket at unix:///var/run/docker.sock ...`; `‘permission denied’`, `**permission denied**`).
  // cw154 (stop 52): Compose v1 and docker-py on Windows refused Desktop's named pipe: docker-py docker/transport/npipesocket.py
  // NpipeSocket.connect opens `\\.\pipe\docker_engine` with win32file.CreateFile and re-raises pywin32's error, whose tuple is
  // (winerror, function, FormatMessage's text): 5 is ERROR_ACCESS_DENIED, its text in the user's Windows language (`'Access is
  // denied.'`, Japanese `'アクセスが拒否されました。'`), so the number and the function are read, not the words (the user not in
  // docker-users; 2, the pipe missing, is daemon-not-running below).
  [/pywintypes\.error: \(5, '(?:CreateFile|WaitNamedPipe)', /, 'permission-denied'],
  [
    /permission denied(?:["'”’*`]{1,2}(?: errors?)?)? while trying to (?:connect to the docker|(?:c\w{0,6})?\s*$)|PermissionError(?:\(13, |: \[Errno 13\] )'?Permission denied(?!: ['"](?![^'"\n]{0,200}docker\.sock))|dial unix \S*docker\.sock: (?:connect: )?permission(?: denied|\s*$)|\bconnect EACCES \S*docker\.sock|connect\(2\) for \S*docker\.sock \(Errno::EACCES\)/i,
    'permission-denied',
  ],
  // cw94: the client's first ping got no answer, so it knows no server OS: docker/cli's `docker run`/`create` with --device
  // parses it for that OS (cli/command/container/opts.go parseDevice: `unknown server OS: %s` of ServerInfo().OSType, empty when
  // cli.go's initial ping failed, which it does not print), `docker: unknown server OS: .` (git-artes/docker-gnuradio#11). No
  // reason shown, so "Cannot connect" (CONVENTIONS §2.1 cw63: a permission error is only read from its own words, so ranked
  // below the socket's refusal: beside it, that says why).
  [/\bunknown server OS: ?\.?\s*$/, 'daemon-not-running'],
  // Docker 1.x: "dial unix /var/run/docker.sock: no such file or directory. Are you trying to connect to a
  // TLS-enabled daemon without TLS?"; Compose v1 (Python): "Couldn't connect to Docker daemon …", "Error while
  // fetching server API version: ('Connection aborted.', FileNotFoundError(2, …))", and its traceback through
  // docker/transport/unixconn.py (a PermissionError there is ranked above, as permission-denied). Docker Desktop's backend
  // in a WSL 2 distro (`Ports are not available: unable to list exposed ports: … dial unix /mnt/wsl/docker-desktop/shared-sockets/
  // host-services/backend.sock: connect: connection refused`): Desktop is not running for this distro.
  // cw63: the socket (or Desktop's pipe) missing or refused in any client's words: Node's net module (dockerode, Serverless Devs:
  // `Error: connect ENOENT /var/run/docker.sock`, `connect ECONNREFUSED /var/run/docker.sock`, `connect ENOENT //./pipe/docker_engine`;
  // node lib/net.js and uv's errno names, devsapp/fc#986), Ruby's (docker-api over Excon: `No such file or directory - connect(2) for
  // /var/run/docker.sock (Errno::ENOENT)`), Rust bollard's `Socket not found: /var/run/docker.sock` (bollard src/errors.rs
  // SocketNotFoundError) and Testcontainers' `Could not find a valid Docker environment` (testcontainers-java
  // DockerClientProviderStrategy). Its EACCES is permission-denied (above).
  // cw193 (stop 59): not docker-py's `Error while fetching server API version: Not supported URL scheme http+docker` (docker/api/
  // client.py _retrieve_server_version wraps any exception so): requests 2.32 no longer lets docker-py's adapter take its own scheme
  // (docker/docker-py#3256, mended in docker-py 7.1.0), so the client fails before it asks; nothing about the daemon is said
  // (compose-errors.ts reads it as Compose v1's at lesson 6).
  [
    /dial unix \S*(?:docker|backend)\.sock: (?:connect: )?(?:no such file|connection refused)|\bconnect (?:ENOENT|ECONNREFUSED) (?:\S*docker\.sock|\/\/\.\/pipe\/docker\w*)|connect\(2\) for \S*docker\.sock \(Errno::(?:ENOENT|ECONNREFUSED)\)|Socket not found: \S*docker\.sock|Could not find a valid Docker environment|TLS-enabled daemon without TLS|Couldn't connect to Docker daemon|Error while fetching server API version(?!: Not supported URL scheme)|(?:FileNotFoundError|ConnectionRefusedError)\((?:2|111), |docker[/\\]transport[/\\](?:unix|npipe)conn\.py|^failure: docker ps failed: /i,
    'daemon-not-running',
  ],
  // The same, in other reports of it. Docker for Mac's diagnostics (docker-diagnose, 2016-2017: `[ERROR] docker-cli`, then
  // `Connection refused (ECONNREFUSED) connecting to /var/run/docker.sock: check if service is running`, `/var/run/docker.sock does
  // not exist`, docker/for-mac#47, #1535; com.docker.diagnose since 2.x: `[FAIL] DD0004: is the Docker engine running?`). Compose
  // v1's traceback through its own handler of connection errors (`File "compose/cli/errors.py", line 56, in
  // handle_connection_errors`, docker/for-mac#33: the handler itself crashed on a timeout), and through pywin32's named pipe (`pywintypes.error:
  // (2, 'WaitNamedPipe', 'The system cannot find the file specified.')`: Docker for Windows not started).
  [
    /connecting to \S*docker\.sock: check if service is running|\/var\/run\/docker\.sock does not exist|^\s*\[ERROR\]\s+docker-cli\b|\[FAIL\] DD0004: is the Docker engine running|\bin handle_connection_errors\s*$|pywintypes\.error: \(2, '(?:WaitNamedPipe|CreateFile)'/,
    'daemon-not-running',
  ],
  // cw58: docker-machine (Docker Toolbox's VM, 2015-2020) that cannot reach the VM holding the daemon: docker/machine
  // libmachine/check.go `Error checking TLS connection: %s` and commands/ip.go's `Error getting IP address: %s` around the driver's
  // error (`Host is not running`, `ssh command error:` with `command : ip addr show`, `err     : exit status 255`: drivers/utils,
  // the VM's SSH refused), `Host does not exist: "default"` (libmachine/persist); Toolbox's start.sh then printing `docker is
  // configured to use the default machine with IP` with no IP after it (`$(docker-machine ip ${VM})` empty):
  // docker-archive/toolbox#887. No DOCKER_HOST is set, so no docker command reaches a daemon.
  // cw196 (stop 59): and the certificate check behind it, whatever its cause (libmachine/check.go Check: `Error checking and/or
  // regenerating the certs: %s` around ErrCertInvalid's `There was an error validating certificates for host %q: %s`, an x509 name
  // mismatch after the VM's address changed, a refused or timed-out dial at 2376): `docker-machine env` stops there, so no DOCKER_HOST.
  // Not `Error creating machine: Error checking the host: …` (create's own check, the machine made). And a VM never made: create's
  // driver check failing (commands/create.go `Error with pre-create check: %q`, virtualbox.go ErrMustEnableVTX `This computer doesn't
  // have VT-X/AMD-v enabled. …`, `VBoxManage not found`) or the driver's create (libmachine/libmachine.go `Error in driver during
  // machine creation: %s`, printed by create as `Error creating machine: …`; Toolbox's start.sh runs it). minikube's own words for the
  // same driver error (`creating host: create: precreate: …`) are no docker-machine's.
  [
    /Error (?:checking TLS connection|getting IP address): (?:ssh command error|Host is not running|machine does not exist|Something went wrong running an SSH command|Error checking and\/or regenerating the certs: )|^\s*Host does not exist: "[\w.-]{1,60}"|\bis configured to use the [\w.-]{1,60} machine with IP\s*$|^\W{0,4}Error with pre-create check: "|^\W{0,4}Error creating machine: Error in driver during machine creation: /,
    'daemon-not-running',
    undefined,
    { variant: 'machine' },
  ],
  // `docker run` (or create) without its image: the CLI's usage error (docker/cli cli/required.go RequiresMinArgs, `"docker run"
  // requires at least 1 argument.`, since 25 `docker: 'docker run' requires at least 1 argument`; 1.12's `… 1 argument(s).`;
  // Docker 1.x's `docker: "run" requires a minimum of 1 argument.`; quotes a chat or editor made curly). Ranked before the
  // daemon that does not start (below): the typed command's own answer, which the CLI gives without asking the daemon, over a
  // Desktop window's or systemd's words from elsewhere in the paste (docker/for-win#14372: both in one issue template). The
  // client's own "Cannot connect" (above) still comes first.
  [
    /["'“”‘’]docker (?:container )?(?:run|create)["'“”‘’] requires at least 1 argument|"(?:run|create)" requires a minimum of 1 argument/,
    'missing-image-argument',
  ],
  // The daemon does not start. systemd: `Job for docker.service failed because the control process exited with error code.`
  // (microsoft/WSL#12307), its journal's `docker.service: Failed with result 'exit-code'.` and `Failed to start Docker Application
  // Container Engine.`, dockerd's own `failed to start daemon: …`; systemctl where systemd is not PID 1 (WSL before systemd
  // support): `System has not been booted with systemd as init system (PID 1). Can't operate.`, `Failed to connect to bus: No such
  // file or directory` (WSL#3508; `Host is down` on WSL 2); the init script's ` * Docker is not running`. Docker Desktop's engine
  // that never started, in its error window: `deploying WSL2 distributions` (docker/for-win#14289), `Failed to deploy distro
  // docker-desktop` (before 4.x), `An unexpected error was encountered (occurred) while executing a WSL command`, "Unexpected WSL
  // error", "Docker Engine stopped" (for-win#14573). Desktop's own window when its WSL 2 engine stops: `WSL distro stopped while
  // waiting for Lifecycle server.` (Desktop 2.5-3.x, docker/for-win#11805, #10465), `distro stopped unexpectedly` (for-win#12058),
  // and the .NET stack trace of its backend failing to start or stop the engine (`at Docker.Backend.ContainerEngine.WslEngine.DoStop()`,
  // for-win#5081; Hyper-V's `en Docker.Backend.ContainerEngine.Linux.DoStart(…)`, a Spanish Windows, for-win#561; `at
  // Docker.Engines.WSL2.LinuxWSL2Engine.…`): a frame of the backend at a line's start, never a mention in prose.
  // cw82: the snap's unit (canonical/docker-snap: `snap.docker.dockerd.service: Failed with result 'exit-code'.`, `Main process exited,
  // code=exited, status=1/FAILURE`, `Failed to start Service for snap application docker.dockerd.`) as docker.service's, and dockerd's own
  // `failed to load listeners: can't create unix socket /var/run/docker.sock: …` (moby cmd/dockerd/daemon.go loadListeners, fatal:
  // docker-snap#209, AppArmor refusing the bind).
  // cw167 (stop 55): the daemon killed by a signal (systemd src/core/service.c service_sigchld_event: `Main process exited, code=%s,
  // status=%i/%s`, code from sigchld_code_to_string: `killed`, `dumped` for a core, e.g. `status=11/SEGV` of a dockerd built for
  // another ARM), and systemd before v227's `Unit docker.service entered failed state.` (src/core/unit.c unit_notify; newer
  // `docker.service: Unit entered failed state.` is matched by its `Failed with result` line).
  // cw173 (stop 56): docker.socket failed the same way (systemd src/core/socket.c socket_sigchld_event: `Control process exited,
  // code=%s, status=%i/%s`, as an ExecStartChown= of `SocketGroup=docker` with no group docker: `status=216/GROUP`; unit.c's
  // `Failed with result '%s'.`): moby contrib/init/systemd/docker.service has `Requires=docker.socket`, so the daemon cannot start
  // without it (an Arch package whose sysusers file never made the group, moby#41487).
  // cw63: dockerd before 20.10 worded its fatal start `Error starting daemon: %v` (moby cmd/dockerd/daemon.go, logged as `FATA[0001]
  // Error starting daemon: error initializing graphdriver: driver not supported` or `level=fatal msg="Error starting daemon: …"`;
  // docker/machine#3936, a Raspberry Pi's devicemapper), 20.10+ `failed to start daemon: …` (errors.Wrap): the daemon exited.
  // cw38: Desktop's "Docker Engine stopped" in quotes is a learner's retelling of its window (docker/for-mac#7705: `the error
  // "Docker Engine stopped" appears`, above a `docker version` with its Client part only), not the window's text: what the paste
  // shows answers (CONVENTIONS §2.5: a retelling is not output; §2.1: a Client part with no error is partial).
  // cw90: the window's title only at its line's start (the title bar's `Docker Desktop - ` before it at most): a sentence before it on
  // its line retells it, quoted or not (docker/for-win#14591: `Opening desktop shows this error: Unexpected WSL error.` above a Client
  // part alone; both experts read partial).
  // cw186 (stop 58): systemctl refused to start a masked unit (systemd src/core/transaction.c transaction_add_job_and_dependencies:
  // `sd_bus_error_setf(e, BUS_ERROR_UNIT_MASKED, "Unit %s is masked.", unit->id)`, printed by systemctl's start verb as `Failed to
  // start docker.service: Unit docker.service is masked.`): systemd will not start the daemon until it is unmasked.
  // cw191 (stop 59): dockerd that could not start its own containerd (moby cmd/dockerd/daemon.go initContainerd: `errors.Wrap(err,
  // "failed to start containerd")`, returned by DaemonCli.start before the `failed to start daemon` wrap and printed by main as the
  // daemon exits; the supervisor's libcontainerd/supervisor/remote_daemon.go `timeout waiting for containerd to start`, or the exec's
  // own error): a rootless dockerd-rootless.sh run by hand (moby#41913), dockerd in a terminal. At its line's start (or after
  // logrus' fatal mark): a script's `grep -q "Failed to start containerd"` or systemd's `containerd.service:` are no such line.
  [
    /Failed to (?:re)?start (?:snap\.docker\.)?(?:dockerd?|docker\.dockerd)\.(?:service|socket): Unit (?:snap\.docker\.)?(?:dockerd?|docker\.dockerd)\.(?:service|socket) is masked\b|^\s*(?:at|en|bei|à|в)\s+Docker\.(?:Backend\.ContainerEngine|Engines)\.\w|WSL distro stopped while waiting for Lifecycle server|\bdistro stopped unexpectedly|Job for (?:snap\.docker\.)?dockerd?\.(?:service|socket) failed|(?:snap\.docker\.)?dockerd?\.service: (?:Failed with result|Main process exited, code=(?:exited, status=[1-9]|killed|dumped))|Unit (?:snap\.docker\.)?dockerd?\.service entered failed state|\bdocker\.socket: (?:Failed with result|Control process exited, code=(?:exited, status=[1-9]|killed|dumped))|Unit docker\.socket entered failed state|Failed to start (?:Docker Application Container Engine|Service for snap application docker\.dockerd)|failed to start daemon: |^\s*(?:(?:FATA\[[^\]]{1,40}\]|(?:time="[^"]{1,60}"\s{1,4})?level=fatal msg=")\s*)?failed to start containerd: |\bfailed to load listeners: |\bError starting daemon: |System has not been booted with systemd|Failed to connect to bus: (?:No such file|Host is down)|^\s*\* Docker is not running|deploying WSL2 distributions|Failed to deploy distro docker-desktop|unexpected error (?:was encountered|occurred) while executing a WSL command|^\s*(?:[-*>\u2022]\s*)?(?:Docker Desktop\s*[-–—:|]\s*)?(?:Unexpected WSL error|Docker Engine stopped)(?! ?["”'’`])/i,
    'daemon-not-running',
  ],
  // cw58: a docker client older than the command typed: docker before 28 refused a command it does not have with "docker: '%s' is
  // not a docker command.\nSee 'docker --help'" (docker/cli cli/cobra.go; 1.x api/client/cli.go, `"%s"` in some). Every one named here
  // is built into any current client (docker/cli cli/command/commands: network and volume since 1.9, swarm, service and node since
  // 1.12, container, image, system, plugin, stack and secret since 1.13, config 17.06, trust 17.03, manifest 18.02, context 19.03), so
  // the client predates it (nodesource/docker-nsolid#3: `docker network create`). Not compose, buildx or another plugin, which a
  // current client refuses the same way when the plugin is not installed (compose-errors.ts).
  [
    /\bdocker: ['"](network|volume|swarm|service|node|container|image|system|plugin|stack|secret|config|trust|manifest|context|builder)['"] is not a docker command/,
    'client-too-old',
    'name',
    { variant: 'subcommand' },
  ],
  [/client version (\d+\.\d+) is too old\. Minimum supported API version is (\d+\.\d+)/, 'client-too-old', 'client server'],
  // The reverse (moby api/server/middleware/version.go: "client version %s is too new. Maximum supported API version is %s"):
  // a client newer than the engine, which refuses it (alpinelinux/docker-alpine#85: 19.03's API 1.40 against 18.09's 1.39).
  [
    /client version (\d+\.\d+) is too new\. Maximum supported API version is (\d+\.\d+)/,
    'client-too-old',
    'client server',
    { variant: 'server' },
  ],
  // cw173 (stop 56): the same refusal in the wording of Docker 1.x's daemons (before 1.13 renamed it above): moby
  // api/server/server.go makeHttpHandler (1.7–1.9: `if version.GreaterThan(api.Version)` → "client is newer than server (client API
  // version: %s, server API version: %s)", 400), kept by api/server/middleware/version.go's versionMiddleware in 1.10–1.12; the
  // docker client prints it after `Error response from daemon: ` at its line's start (1.x cli's `Error response from daemon: %s`;
  // a docker version's Client part above it, a docker-machine VM's old engine, a package upgrade whose old daemon still runs). The
  // engine is the older side: client-too-old's server variant. Only docker's own line: another program's client refused so (Compose
  // v1's docker-py, `ERROR: client is newer …`, which compose-too-old's rules read; a tool's log field `error="… Error response from
  // daemon: client is newer …"` beside a docker version whose client negotiated down) says nothing of the docker client.
  [
    /^\W{0,6}Error response from daemon: client is newer than server \(client API version: (\d+\.\d+), server API version: (\d+\.\d+)\)/i,
    'client-too-old',
    'client server',
    { variant: 'server' },
  ],
  // cw100: docker's own parser refusing a flag that every current client has for docker build, run or create (docker/cli's
  // cobra FlagErrorFunc: `unknown flag: --iidfile`, then `See 'docker build --help'.`, 25+ `Run 'docker build --help' for more
  // information`): the client predates the flag. Compose v1 1.25+ passes `--iidfile` (Docker 17.06) to `docker build` when it builds
  // with the CLI (compose/service.py _CLIBuilder; VKSRC/Github-Monitor#110 on CentOS's old docker); --target came with 17.05,
  // --squash, --cache-from, --init and --cpus with 1.13 (API 1.25), --mount with 17.06, --platform with API 1.32/1.38, --gpus with
  // 19.03 (API 1.40). No Compose command has any of them, so docker without the Compose plugin never says so for one.
  [
    /^\W{0,3}unknown flag: --(iidfile|target|squash|cache-from|init|cpus|mount|platform|gpus)\b/,
    'client-too-old',
    'name',
    { variant: 'flag' },
  ],
  // cw198 (stop 59): the same refusal in Docker 1.x's words, which read.ts gives here as `docker mflag: <flag>` (see mflagRefusal).
  [
    /^docker mflag: (file|build-arg|iidfile|target|squash|cache-from|network|init|cpus|mount|platform|gpus)$/,
    'client-too-old',
    'name',
    { variant: 'flag' },
  ],
  // Docker Desktop switched to Windows containers: `no matching manifest for windows/amd64 …` (`… for unknown …` in 18.x), or
  // a Linux image run there: `image operating system "linux" cannot be used on this platform`.
  [
    /no matching manifest for (?:unknown|windows\S*(?: [\d.]{1,20})?) in the manifest list|image operating system "linux" cannot be used on this platform/,
    'no-arm64-manifest',
    undefined,
    { variant: 'windows' },
  ],
  [/no matching manifest for \S*arm\S* in the manifest list|no match for platform in manifest/, 'no-arm64-manifest'],
  // Not the docker CLI's own plugin for another CPU (`Invalid Plugins: compose failed to fetch metadata: fork/exec
  // ~/.docker/cli-plugins/docker-compose: exec format error`): that is Compose missing, which Compose's rules say.
  // cw79: nor a docker-compose binary for another CPU the shell cannot run (bash's `/usr/local/bin/docker-compose: cannot execute
  // binary file: Exec format error`, zsh's `exec format error: docker-compose`): no Compose that runs here (compose-errors.ts).
  [
    /(?<!cli-plugins[/\\][\w.-]{1,40}: |docker-compose(?:\.exe)?: cannot execute binary file: )exec format error(?!: \S{0,200}docker-compose)/i,
    'exec-format-error',
  ],
  // Docker's warning before it runs an arm64-only image (one built on an Apple silicon Mac) on an amd64 host
  // (daemon/create.go): with no emulation installed, the container's first exec fails with "exec format error",
  // which the paste often leaves out. Ranked below the failures it leads to; the other way round (amd64 on arm64)
  // Docker Desktop emulates, so that warning alone is not read.
  [
    /requested image['’]?s platform \(linux\/arm[\w/]{0,12}\) does not match the detected host platform \(linux\/amd64\)/,
    'exec-format-error',
  ],
  // "already in u": a copy that stops mid-word (docker/for-mac#1187's `bind: address already in us`).
  // "already allocated" is Docker's own port allocator: another container publishes the port. Compose v1's
  // progress line (`Creating x_web_1 ... error`) overwrites the message's first letter on a terminal: "ind for".
  // The daemon's port mapper since 27/28 (daemon/libnetwork/portmapper): `failed to bind port 0.0.0.0:5000/tcp: Error starting
  // userland proxy: error while calling PortManager.AddPort(): conflict with ID 1` (projecthorus/radiosonde_auto_rx#916, a
  // Raspberry Pi), `failed to bind host port for 0.0.0.0:8050:172.17.0.2:8050/tcp: address already in use`.
  // cw208 (stop 60): Go's listen error quoted from its network on (net/net.go OpError.Error: Op, " ", Net, " ", Addr, ": ", Err, so
  // `listen tcp 127.0.0.1:8080: bind: address already in use`; a server on the host's network, lucaslorentz/caddy-docker-proxy#392:
  // `I get a "tcp 127.0.0.1:8080 already in use" error`): an opening quote before `tcp`, the address with its port, the OS words'
  // end. Only inside a quote: a sentence's own "tcp port 8080 is already in use" stays a sentence.
  [
    /(?:Bind for|^\s*ind for|exposing port TCP|listen tcp[46]?|failed to bind (?:host )?port(?: for)?|["“'`]tcp[46]?(?= (?:[\d.]{7,15}|\[[\da-f:]{2,39}\]|localhost)?:\d)) \S{0,80}?:(\d+)\b.{0,200}?(?:already (allocated)|already in u|Only one usage|forbidden by its access|AddPort\(\): conflict with ID)/,
    'port-already-allocated',
    'port variant',
  ],
  // Docker Desktop's forward it could not open, `exposing port TCP 0.0.0.0:1200 -> 0.0.0.0:0` (its local side, then port 0), for
  // whatever reason follows (in use, Windows' excluded ranges), also in a translated page (ragflow#1023: `暴露端口 TCP 0.0.0.0：1200
  // -> 0.0.0.0：0`, its colons full-width, which prepare() makes ASCII).
  [/TCP (?:[\d.]{7,15}|\[::\]):(\d+) -> [\d.]{7,15}:0\b/, 'port-already-allocated', 'port'],
  // Its bind refused in the words of a Windows in another language (`ports are not available: exposing port TCP 0.0.0.0:8000: bind:
  // Normalmente é permitida apenas uma utilização de cada endereço de soquete.`, a Portuguese Windows' WSAEADDRINUSE, stored file
  // 61484903211): whatever follows `bind: `, Desktop could not open that host port; not an address the host lacks (`-p
  // 192.168.1.5:8050:8050`, `bind: cannot assign requested address`) nor a port below 1024 refused to a user.
  [/exposing port TCP \S{0,80}?:(\d+): bind: (?!cannot assign|permission denied)\S/i, 'port-already-allocated', 'port'],
  // cw163 (stop 54): WSAEADDRINUSE (10048) in a Windows of another language, wherever it stands: Go's syscall Errno.Error on Windows
  // (src/syscall/syscall_windows.go) asks FormatMessage for English and, when that language's resource is missing, takes the system's
  // own, so Docker Desktop's `bind: ` and any Go server's `listen tcp 127.0.0.1:N: bind: ` end in the user's language: Portuguese
  // `Normalmente é permitida apenas uma utilização de cada endereço de soquete`, Polish `Tylko jedno użycie każdego adresu gniazda`,
  // German `Normalerweise darf jede Socketadresse`, French `Une seule utilisation de chaque adresse de socket`, Spanish `Solo se permite
  // un uso de cada dirección de socket`, Italian `Di norma è consentito un solo utilizzo di ogni indirizzo di socket`, Russian `Обычно
  // разрешается только одно использование адреса сокета`, Chinese `通常每个套接字地址(协议/网络地址/端口)只允许使用一次` (the message
  // table's own sentence, Microsoft's translations). Only that message says it: the port is another program's. Its port when the same
  // line names it.
  [
    /(?:(?:listen tcp[46]?|exposing port TCP) \S{0,80}?:(\d{1,5})\b.{0,200}?)?(?:Normalmente é permitida apenas uma utilização de cada endereço de soquete|Tylko jedno użycie każdego adresu gniazda|Normalerweise darf jede Socketadresse|Une seule utilisation de chaque adresse de socket|S[oó]lo se permite un uso de cada direcci[oó]n de socket|Di norma è consentito un solo utilizzo di ogni indirizzo di socket|Обычно разрешается только одно использование адреса сокета|通常每个套接字地址|各ソケット ?アドレスに対してプロトコル、ネットワーク ?アドレス、またはポートのどれか|각 소켓 주소\(프로토콜\/네트워크 주소\/포트\)는 하나만)/i,
    'port-already-allocated',
    'port',
  ],
  // cw168 (stop 55): the same message table in Japanese (`通常、各ソケット アドレスに対してプロトコル、ネットワーク アドレス、またはポートの
  // どれか 1 つのみを使用できます。`) and Korean (`각 소켓 주소(프로토콜/네트워크 주소/포트)는 하나만 사용할 수 있습니다`), above; and
  // WSAEACCES (10013, English "An attempt was made to access a socket in a way forbidden by its access permissions") in the user's
  // language after Go's `bind: ` (syscall_windows.go Errno.Error, as above; Docker Desktop's `Ports are not available: listen tcp
  // 127.0.0.1:5432: bind: …`, any Go server's `listen tcp …: bind: …`): German `Der Zugriff auf einen Socket war aufgrund der
  // Zugriffsrechte des Sockets unzulässig`, French `Une tentative d'accès à un socket de manière interdite par ses autorisations`,
  // Spanish `Se intentó obtener acceso a un socket de una manera que no está permitida`, Portuguese `Foi feita uma tentativa de acesso
  // a um soquete de uma maneira que é proibida`, Russian `Сделана попытка доступа к сокету методом, запрещенным`, Chinese `以一种访问权限
  // 不允许的方式做了一个访问套接字的尝试`, Japanese `アクセス許可で禁じられた方法でソケットにアクセスしようとしました`, Korean `액세스 권한에
  // 의해 숨겨진 소켓에 액세스를 시도했습니다`. Only after a bind: a port this host refused, reserved or held (CONVENTIONS §2.2, cw38); after
  // a connect (`connectex: …`) the same words are a firewall's refusal, not read here. Only the message's opening words, as a copy
  // wraps or mangles its end (`unzulĂ¤ssig`).
  [
    /(?:(?:listen tcp[46]?|exposing port TCP) \S{0,80}?:(\d{1,5})\b[^\n]{0,200}?)?\bbind: (?:Der Zugriff auf einen Socket war aufgrund der|Une tentative d['’]accès à un socket de manière interdite|Se intentó obtener acceso a un socket de una manera que no|Foi feita uma tentativa de acesso a um soquete de uma maneira|Сделана попытка доступа к сокету методом|以一种访问权限不允许的方式做了一个访问套接字的尝试|アクセス許可で禁じられた方法でソケットにアクセス|액세스 권한에 의해 숨겨진 소켓에 액세스)/i,
    'port-already-allocated',
    'port',
  ],
  // Docker for Mac 2016-2019: "Bind for 0.0.0.0:80: unexpected error (Failure EADDRINUSE)"; Docker 1.x: "port has already been allocated".
  // cw38: vpnkit (Docker for Mac and Windows 2016-2019, OCaml; its userland proxy words every bind error "Bind for %s:%d: unexpected
  // error %s") with any reason: `Permission denied` (popmanhe/Node_Dice#5 under Compose v1), OCaml's `Unix.Unix_error(Unix.EACCES,
  // "bind", "")` (docker-archive/toolbox#610, Windows 10): Windows has no privileged ports, so EACCES there is a port another
  // program holds or reserves (as WSAEACCES "forbidden by its access permissions" above); the host port could not be opened either
  // way, and the next step is the same: free it or publish another (CONVENTIONS §2.2). And libnetwork's portallocator
  // (ErrPortAlreadyAllocated: "Bind for %s:%d failed: port is already allocated") cut after its "failed: port is" by Compose v1's
  // progress lines written over it (docker/getting-started#86: `failed: port is aCreating app_mysql_1 ... done`): only that error
  // has "Bind for …:N failed: port".
  [
    /Bind for \S{0,80}?:(\d+): unexpected error \(?(?:Failure EADDRINUSE|Permission denied|Unix\.Unix_error\(Unix\.E(?:ACCES|ADDRINUSE)\b)|Bind for \S{0,80}?:(\d+) failed: port/,
    'port-already-allocated',
    'port port',
  ],
  // Not ASP.NET Core's Kestrel in the container (`Failed to bind to address http://[::]:80: address already in use.`, then its
  // AddressInUseException, dotnet/dotnet-docker#4569): an app binding a URL is the container's own port taken twice (its
  // ASPNETCORE_URLS and HTTP_PORTS), not the host's; the app crashes, which its log answers.
  [
    /Failed to bind: EADDRINUSE|(?<!Failed to bind to address \S{1,200}: )address already in use|EADDRINUSE|port has already been allocated/,
    'port-already-allocated',
  ],
  // A port in use in a program's own words: Werkzeug's `Port 5000 is in use by another program.` (serving.py), a setup
  // script's `Port 5000 is in use by PID 714 (ControlCe).` (agntcy/docs#328: macOS's AirPlay Receiver, ControlCenter, holds 5000).
  // Programs start that sentence with a capital (Werkzeug's f"Port {port} is in use by another program.", Vite's http.ts
  // `Port ${port} is already in use`); a learner's "complaining that port 8000 is in use" (jonaswinkler/paperless-ng#229, where
  // gunicorn's own line is `Connection in use: ('localhost', 8000)`, a loopback bind) retells it, and is not read.
  [/\bPort (\d{1,5}) is (?:already )?in use\b/, 'port-already-allocated', 'port'],
  // Windows containers (HNS) on a host port another program holds: `failed to create endpoint x on network nat: HNS failed with
  // error : The process cannot access the file because it is being used by another process.` (docker/for-win#1745, #1951), since
  // 2019 `…: hnsCall failed in Win32: The process cannot access the file because it is being used by another process. (0x20)`.
  [/on network nat: .{0,160}?(?:being|been) used by another process/, 'port-already-allocated'],
  // cw63: rootless Docker's port driver (RootlessKit, run as the user) refusing a host port: its slirp4netns driver's `Error starting
  // userland proxy: cannot expose slirp4net port: error reply: map[desc:bad request: add_hostfwd: slirp_add_hostfwd failed]` (no port
  // in it; gitpod-io/gitpod#2410, port 80), its builtin driver's `error while calling RootlessKit PortManager.AddPort(): cannot expose
  // privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), …`
  // (rootless-containers/rootlesskit pkg/port/builtin; docker/docs engine/security/rootless troubleshoot "docker run -p fails with
  // cannot expose privileged port"), Podman's rootlessport (`rootlessport cannot expose privileged port 80`, `rootlessport listen tcp
  // 0.0.0.0:80: bind: permission denied`). A port below 1024, or one another program holds: the host port could not be opened.
  [
    /cannot expose privileged port (\d{1,5})|rootlessport listen tcp[46]? \S{0,80}?:(\d{1,5}): bind: (?:permission denied|address already in use)|cannot expose slirp4net(?:ns)? port|slirp_add_hostfwd failed/,
    'port-already-allocated',
    'port port',
    { variant: 'rootless' },
  ],
  // Docker for Windows 17-18's forwarder (vpnkit) refusing a host port: `Error starting userland proxy: /forwards/expose/port returned
  // unexpected status: 500` (docker/for-win#573: a Windows service held port 80; another port worked).
  [/userland proxy: \/forwards\/expose\/port returned unexpected status: 500/, 'port-already-allocated'],
  // Since 1.13 "Conflict. The container name "/x" is already in use"; 1.10-1.12 "Conflict. The name "/x" is
  // already in use"; 1.0-1.9 "Conflict, The name x is already assigned to <ID>" (moby#9765, moby#25932); wrapped
  // by a terminal or a post after the quoted name, its first line ends there (cw154, stop 52: or after any word of `is already in
  // use by container`, `… The name "webid" is`, then `already in use by container …`: Docker 1.x's FATA[0000] line as a book's notes
  // broke it). Copied without its start, the message's tail is its
  // own (daemon/names.go: `… by container "<ID>". You have to remove (or rename) that container to be able to reuse that name.`,
  // jdvelasq/courses#25): the name is gone, the container's ID (12 digits, as docker ps shows it) names it for `docker rm -f`.
  // cw196 (stop 59): cut there by the writer with an elision mark at the line's end, inside its code span or quotes or not (`… The
  // name "/db" is already ...` then a backtick): the same message, its name whole (cw113's and cw189's marks, `...` or `…`).
  // docker-py (a tool driving Docker from Python) words the daemon's 409 by its URL: `409 Client Error: Conflict for url:
  // http+docker://localhost/v1.41/containers/create?name=x` (canonical/dotrun#105), the name in the query.
  [
    /Conflict[.,] The (?:container )?name \\{0,3}"\/?([^"\\]{1,100})\\{0,3}"(?: is already in use|(?: is(?: already(?: in(?: use(?: by(?: container)?)?)?)?)?)?\s*(?:(?:\.{3}|…)\s*[`'"”’]?\s*)?$)|Conflict[.,] The name \/?([\w.-]{1,100}) is already assigned to|(?:container \\{0,3}"([\da-f]{12})[\da-f]{0,52}\\{0,3}"\. )?You have to (?:remove|delete) \(or rename\) that container|409 Client Error: Conflict for url: \S{0,200}?\/containers\/create\?name=([\w.-]{1,100})/,
    'name-conflict',
    'name name name name',
  ],
  // Since 18.x "pull access denied for x"; 17.x "repository x not found: does not exist or no pull access";
  // 1.x "Error: image library/x not found", "Tag latest not found in repository docker.io/library/x"; the registry's
  // (cw149, stop 50: the v1 pull's 404 names the tag too, moby 1.6 graph/pull.go `fmt.Errorf("Error: image %s not found",
  // utils.ImageReference(repoInfo.RemoteName, askedTag))`, 1.10-1.12 distribution/pull_v1.go `"Error: image %s:%s not found"` when
  // tagged, and `docker run` always asks a tag: `docker: Error: image library/x:latest not found.`; the name is read without it);
  // MANIFEST_UNKNOWN alone, without the image (distribution's errcode; Compose's pull: "Error response from daemon: manifest unknown").
  // With the containerd image store (Docker 29's default, Desktop's option) containerd's resolver words it: `failed to resolve
  // reference "docker.io/library/x:latest": pull access denied, repository does not exist or may require authorization`, or
  // `…: docker.io/library/x:latest: not found` for a tag. Not Compose v2's ` ! web Warning  pull access denied for web, …` (a
  // spinner or `-` on Windows before it): a service with `build:` whose image no registry has is pulled, warned about and built
  // (docker/compose pkg/compose/pull.go, progress.Warning for a buildable service); its failure is `✘ web Error` instead.
  // Compose v1 (docker-py) words the daemon's denial without the image: `ERROR: pull access denied, repository does not exist
  // or may require 'docker login'` (docker/compose#7495). A registry that refuses the manifest (distribution's errcode DENIED,
  // which ghcr.io words alone): `Error response from daemon: Head "https://ghcr.io/v2/ente-io/web/manifests/latest": denied`, in
  // Compose v2's pull as ` ✘ web Error Head "…": denied` after the other services' `! … Interrupted` (ente-io/ente#11258): that
  // image is not public there, or not there.
  // cw82: the message folded at its words by a page (a YAML front matter's question, `… Error response from daemon: pull` / `access denied
  // for spark-3.3.1, repository does not exist …`, frederick-douglas-pearce/datatalksclub-faq): read.ts joins a long line with the next,
  // the fold's indent between the words.
  // cw204 (stop 60): or as UNAUTHORIZED (distribution registry/api/errcode register.go ErrorCodeUnauthorized, `authentication
  // required`; errcode.Error's Error() `<code>: <message>`, Docker Hub's own message for stored credentials it refuses `incorrect
  // username or password`), the manifest's request wrapped by moby's pull (`Error response from daemon: Get
  // https://docker.elastic.co/v2/…/manifests/latest: unauthorized: authentication required`): the image could not be got under that
  // name with those credentials, as `pull access denied … may require 'docker login'`. Only the manifest's URL: `docker login`'s
  // refusal asks `/v2/` itself, and a blob refused mid-pull is a token that expired (the pull-cut rule).
  [
    /(?:Head|Get|GET) "?https?:\/\/[\w.:-]{1,100}\/v2\/([\w./-]{1,200}?)\/manifests\/[^"\s]{1,130}"?: (?:denied\b|unauthorized: (?:authentication required|incorrect username or password))/,
    'image-not-found',
    'name',
  ],
  [
    /(?<!\sWarning\s{1,300})pull\s{1,4}access denied for ([\w./-]{1,100})|pull access denied, repository does not exist or may require 'docker login'|manifest for ([\w./:-]{1,100}) not found|repository ([\w./-]{1,100}) not found: does not exist or no pull access|Error: image ([\w./-]{1,100})(?::[\w.-]{1,128})? not found|Tag \S{1,100} not found in repository ([\w./-]{1,100})|manifest unknown|resolve reference "(?:docker\.io\/library\/)?([\w./-]{1,100})[^"]{0,130}": (?:pull access|\S{1,300}: not found)/,
    'image-not-found',
    'name name name name name name',
  ],
  // cw191 (stop 59): Podman's refusal of a short image name (podman-docker's `docker run x/y` too): containers/image
  // pkg/shortnames/shortnames.go Resolve, with no alias and no unqualified-search registry, `short-name %q did not resolve to an
  // alias and no unqualified-search registries are defined in %q` (a registries.conf that names none, Kali's and Debian's), or
  // `… and no containers-registries.conf(5) was found`; in enforcing mode without a terminal `short-name resolution enforced but
  // cannot prompt without a TTY`. No registry was asked: the name resolved to no image, and the fix is its full name
  // (`docker.io/x/y`), as for a name no registry has.
  [
    /\bshort-name "([\w./:@-]{1,200})" did not resolve to an alias and no (?:unqualified-search registries are defined|containers-registries\.conf)|\bshort-name resolution enforced but cannot prompt without a TTY/,
    'image-not-found',
    'name',
    { variant: 'short-name' },
  ],
  // A lookup of an image by name or ID (`docker inspect`, `docker rmi`, `docker history`: moby daemon/images' "No such image: %s"),
  // not a pull: beside a Server part that answered, only a wrong name (step-install.ts beside).
  [/No such image: ([\w./:-]{1,100})/, 'image-not-found', 'name', { lookup: true }],
  // Before 17.05: "Error parsing reference: "X" is not a valid repository/tag"; 1.x "Invalid repository name (X)".
  // cw192 (stop 59): not a FROM the builder could not parse, which is the build's failure (errorRules' build-failed below): Compose
  // v1's BuildError (compose/cli/main.py: `"Service '%s' failed to build: %s"`, a `FROM ${IMAGE}-onbuild` with IMAGE unset) and
  // BuildKit's dockerfile2llb (`errors.Wrapf(err, "failed to parse stage name %q", …)`).
  [
    /(?<!failed to build: |failed to parse stage name "[^"\n]{0,300}": )invalid reference format|Error parsing reference: .{0,200}is not a valid repository\/tag|Invalid repository name \(/,
    'invalid-reference',
  ],
  // cw63: Compose v1's schema check of a ports entry (docker/compose 1.x compose/config/validation.py format_ports: `services.x.ports
  // is invalid: Invalid port "0.0.0.0:local:local", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]`; prisma/prisma1#1946,
  // its variables substituted by a tool), also where a tool's ` !    ` margin split v1's header over lines; its `Invalid port "8765a:80"`. Not the long syntax
  // refused as a spec (`Invalid port "{'target': 443, …}"`: a file version before 3.2, h22-firefoxsyncserver1), which the header reads.
  [/\bInvalid port "(?!\{)[^"\n]{0,120}", should be(?:\s|$)/, 'invalid-port-spec', undefined, { variant: 'compose' }],
  // cw173 (stop 56): Compose v1's ServicePort refusing one side of a ports entry (docker/compose 1.x compose/config/types.py
  // ServicePort.__new__: `ConfigurationError('Invalid published port: {}')` where the host side is not a number or a range, `'Invalid
  // target port: {}'` the container's; cli/main.py prints it after `ERROR: `): a protocol written on both sides (`"389/tcp:389/tcp"`),
  // a letter in a port. Compose names the entry to correct, as the schema's Invalid port above.
  [/\bInvalid (?:published|target) port: \S/, 'invalid-port-spec', undefined, { variant: 'compose' }],
  // cw91: not `invalid port number: "0.0.0.0:49155"`, libpq's (fe-connect.c `invalid port number: \"%s\"`, srid/discourse-docker#20: a
  // client given docker port's whole answer): many programs word a port they were given so; Docker's own words name the spec's part.
  // Docker 1.x's `Invalid ip address: 8081` retyped with one d, still with docker's `see '… run --help'` (pogo-optimizer#208).
  // Also -p or --publish typed with an en or em dash (a web page's typography): Go's flag package `flag provided but not defined:
  // -–publish`, cobra's `unknown shorthand flag: '–' in -–p`.
  // cw102: nor Go's net.Listen refusing an app's own listen address (net/port.go parsePort: `listen tcp: address 80500: invalid
  // port`): the container's program stopped at start (start-failures.ts), no mapping of Docker's.
  [
    /invalid (?:hostPort|containerPort|IP address(?! in add-host\b)|port(?! number: )(?<!\blisten (?:tcp|udp)[46]?: address \S{1,260}: invalid port)|proto(?:col)?|publish opts format)\b|[Nn]o port specified: \S{0,80}<empty>|Invalid (?:hostPort|containerPort|ip address)|Invalid ip adress: .{0,60}[Ss]ee '.{0,200}run --help'|(?:flag provided but not defined: |unknown (?:shorthand )?flag: (?:'[–—]' in )?)-?[–—]{1,2}(?:p|publish)\b/,
    'invalid-port-spec',
  ],
  // Docker Hub (or any registry but the lesson's own at localhost) not reached when pulling a base image (docker run, pull,
  // build, compose up): moby registry/ and daemon/internal/distribution wrap Go's net/http errors as `Get
  // "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded …)`,
  // `… net/http: TLS handshake timeout`, `… dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving`, `… dial
  // tcp 104.18.1.1:443: i/o timeout`, `… proxyconnect tcp: …`, `… x509: certificate signed by unknown authority` (a proxy that
  // inspects TLS); the URL unquoted before Docker 20.10. BuildKit's `failed to do request: Head "https://…/manifests/3.12-slim": dial
  // tcp: lookup registry-1.docker.io: no such host`; the token's request inside the manifest's, `Get https://registry-1.docker.io/v2/
  // …/manifests/latest: Get https://auth.docker.io/token?…: unexpected EOF` (docker/for-win#6494, WSL 2). Ranked below a refused
  // pull (image-not-found), which did reach the registry.
  // cw38: Docker Desktop's own HTTP proxy in front of the engine wraps the dial to the proxy it was set to use: `Get
  // "https://registry-1.docker.io/v2/": writing response to registry-1.docker.io:443: connecting to 127.0.0.1:9000: dial tcp
  // 127.0.0.1:9000: connectex: No connection could be made because the target machine actively refused it.` (docker/for-mac#7361,
  // Desktop 4.32 on Windows: a system proxy at 127.0.0.1:9000 that is not running); Go's dial error on Windows is `connectex:`
  // (net/fd_windows.go), elsewhere `connect:`; `docker search` asks the v1 index (`Get "https://index.docker.io/v1/search?q=…"`).
  // cw204 (stop 60): a private registry that speaks plain HTTP where the daemon speaks TLS (not in the daemon's insecure-registries):
  // Go net/http client.go send's `http: server gave HTTP response to HTTPS client`, crypto/tls conn.go readRecordOrCCS's `tls:
  // oversized record received with length %d` (Go before 1.12 and the TLS check of any Go) and `tls: first record does not look
  // like a TLS handshake`; Docker 1.x pinged `/v1/_ping` and wrapped both pings (moby registry/endpoint.go `v2 ping attempt failed
  // with error: Get …`), Compose v1 prints them after `ERROR: for <service>  `. Nothing of the image came back either way.
  [
    /(?:Get|Head|Post) "?https:\/\/(?!localhost\b|127\.)[\w.-]{1,100}(?::\d{1,5})?\/v[12]\/[^\s"]{0,200}"?: (?:(?:Get|Head) "?https:\/\/[^\s"]{1,300}"?: |writing response to \S{1,120}: (?:connecting to \S{1,120}: )?)?(?:net\/http: (?:request canceled|TLS handshake timeout)|unexpected EOF|dial tcp(?: \S{1,80})?: (?:lookup |i\/o timeout|connect(?:ex)?: )|proxyconnect tcp|x509: |EOF\b|context deadline exceeded|read tcp |http: server gave HTTP response to HTTPS client|tls: (?:oversized record received|first record does not look like a TLS handshake))/,
    'registry-unreachable',
  ],
  // cw47: a layer's download cut by the network (containerd core/content/helpers.go Copy: `failed to copy: %w`, its fetcher's
  // remotes/docker/httpreadseeker.go `httpReadSeeker: failed open: …`; Go's net errors at the registry's or CDN's :443): Compose
  // 2.x's `failed to copy: read tcp [2405:…]:58729->[2600:9000:…]:443: read: network is unreachable` (notes 55676087621, an IPv6
  // route that does not carry), also `connection reset by peer`, `i/o timeout`, an IPv4 pair, the open's own dial.
  // Stop 51: the open's request failing whatever the cause: containerd core/remotes/docker/resolver.go request.do wraps only the HTTP
  // client's own error so (`failed to do request: %w`; a status the registry answered is worded otherwise), so nothing came back.
  // Docker Desktop's proxy puts its own words before Go's (`dialing <host>:443 container via direct connection because static system
  // has no HTTPS proxy: connecting to <host>:443: dial tcp: lookup <host>: no such host`, h132-notes47376852838, Windows 11), and a
  // CDN's signed URL runs to 500 characters and more (`…r2.cloudflarestorage.com/…?X-Amz-Algorithm=…&X-Amz-Signature=…`), which a
  // console's hard wrap cuts: the URL may run to the line's end (habits.test.ts' hard-wrap-120 made the first form a false ok).
  [
    /failed to copy: (?:read tcp \S{1,120}->\S{1,120}:443: (?:read: )?(?:network is unreachable|connection reset by peer|connection timed out|i\/o timeout|no route to host)|httpReadSeeker: failed open: failed to do request: (?:Get|Head) "?https:\/\/(?!localhost\b|127\.)[^\s"]{1,2000}(?:"?: \S|$))/,
    'registry-unreachable',
  ],
  // cw204 (stop 60): a pull cut while its layers came in, its error bare under the progress: docker/cli's pull prints the stream's
  // error as it came (cli/command/image/pull.go → jsonmessage.DisplayJSONMessagesStream returns the JSONError, cmd/docker prints it on
  // its own line), the daemon's download wording Go's `unexpected EOF` (io.ErrUnexpectedEOF: the body ended early), a read of the
  // connection reset or timed out, or the registry's `unauthorized: authentication required` (distribution errcode UNAUTHORIZED) on a
  // later blob once the pull's token expired (a clock far off). read.ts joins the line with the last progress line before it
  // (`<layer>: Downloading …`, `Extracting`, `Waiting`, `Retrying in N seconds`); the same words on any other line stay unread here.
  [
    new RegExp(
      String.raw`${pullProgress.source}.{0,300} (?:unexpected EOF|read tcp \S{1,120}->\S{1,120}: read: (?:connection reset by peer|connection timed out|i\/o timeout)|net\/http: TLS handshake timeout|unauthorized: authentication required)\s*$`,
    ),
    'registry-unreachable',
  ],
  // cw204: the same cut in dockerd's own log (moby distribution/xfer/download.go: `logrus.Infof("Download failed, retrying (%d/%d):
  // %v", retries, ldm.maxDownloadAttempts, err)`, at the end `logrus.Errorf("Download failed after %d attempts: %v", …)`; the client
  // meanwhile shows `Retrying in N seconds`), only in logrus's `msg="…"` form: many programs word a download's retry so.
  [
    /\bmsg="Download failed(?:, retrying \(\d{1,2}\/\d{1,2}\)| after \d{1,2} attempts): (?:unexpected EOF|read tcp \S{1,120}->\S{1,120}: read: (?:connection reset by peer|connection timed out|i\/o timeout)|net\/http: TLS handshake timeout)/,
    'registry-unreachable',
  ],
  // cw153 (stop 51): the image's configuration blob not fetched (moby distribution/pull_v2.go ImageConfigPullError.Error: `"error
  // pulling image configuration: " + e.Err.Error()`), its request to wherever the registry redirects blobs (Docker Hub's CDN,
  // `Get https://<cdn host>/registry-v2/docker/registry/v2/blobs/sha256/…/data?Expires=…&Signature=…`, a path without /v2/ first)
  // failing in Go's net/http words: the TLS check (`x509: certificate has expired or is not yet valid`, a VM's clock), a dial, a
  // timeout. A status the CDN answered is worded otherwise and stays unread here.
  [
    /error pulling image configuration: (?:download failed after attempts=\d{1,3}: )?(?:Get|Head) "?https:\/\/(?!localhost\b|127\.)[^\s"]{1,2000}"?: (?:net\/http: (?:request canceled|TLS handshake timeout)|unexpected EOF|dial tcp(?: \S{1,80})?: (?:lookup |i\/o timeout|connect(?:ex)?: )|proxyconnect tcp|x509: |EOF\b|context deadline exceeded|read tcp |remote error: tls)/,
    'registry-unreachable',
  ],
  // Docker Hub's pull limit for anonymous pulls (distribution errcode TOOMANYREQUESTS): `toomanyrequests: You have reached your pull
  // rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit` (since
  // 2020-11), since 2025 `… your unauthenticated pull rate limit.`
  [/toomanyrequests\b|reached your (?:unauthenticated )?pull rate limit/i, 'registry-unreachable', undefined, { variant: 'rate-limit' }],
  // `docker run -it` where stdin is no terminal: Git Bash's mintty on Windows, a pipe (docker/cli cli/streams/in.go CheckTty: `the
  // input device is not a TTY.  If you are using mintty, try prefixing the command with 'winpty'`; since 526dfffc26, 2026, `cannot
  // attach stdin to a TTY-enabled container because stdin is not a terminal`). Lesson 3's `docker run -it --rm archlinux …`.
  // cw34: Docker 1.x's client before docker/cli, the same check in other words (moby api/client/cli.go CheckTtyInput: `cannot
  // enable tty mode on non tty input`; moby/moby#12469, Docker Toolbox's Git Bash on Windows).
  [
    /the input device is not a TTY|TTY-enabled container because stdin is not a terminal|cannot enable tty mode on non tty input/,
    'not-a-tty',
  ],
  // docker build that stops (every step, the compose steps through up --build too), ranked last of the first errors: a daemon, a
  // registry, another CPU explain it. No Dockerfile in the folder: BuildKit's `failed to read dockerfile: open Dockerfile: no such
  // file or directory` (before 0.11 `failed to read dockerfile: open /var/lib/docker/tmp/buildkit-mount…/Dockerfile: no such file
  // or directory`), the legacy builder's (docker/cli cli/command/image/build.go) `unable to prepare context: unable to evaluate
  // symlinks in Dockerfile path: lstat /home/me/Dockerfile: no such file or directory`, 1.x `Cannot locate specified Dockerfile`.
  [
    /failed to read dockerfile: open \S{0,300}: no such file|unable to evaluate symlinks in Dockerfile path|Cannot locate specified Dockerfile/i,
    'build-failed',
    undefined,
    { variant: 'no-dockerfile' },
  ],
  // The build context (the `.`) left out: docker/cli cli/required.go ExactArgs, `docker: 'docker build' requires 1 argument` (since c60b360c33, 2024),
  // `"docker build" requires exactly 1 argument.` (17-27), buildx's `ERROR: "docker buildx build" requires exactly 1 argument.`
  [
    /["'“”‘’]docker (?:buildx |image )?build["'“”‘’] requires (?:exactly )?1 argument/,
    'build-failed',
    undefined,
    { variant: 'no-context' },
  ],
  // cw158 (stop 53): the legacy builder's context refused by the daemon as it unpacked it: docker/cli cli/command/image/build.go sends
  // the folder as a tar after printing `Sending build context to Docker daemon  %s`, and moby's builder/remotecontext (FromArchive)
  // untars it through pkg/chrootarchive (archive_unix.go invokeUnpack: `fmt.Errorf("Error processing tar file(%v): %s", err,
  // output)`), answered as `Error response from daemon: Error processing tar file(exit status 1): unexpected EOF` (Compose v2 with
  // the legacy builder: `1 error occurred:` and `* Error response …` under it; Tencent/CodeAnalysis#195). No image was built. The
  // same words after a pull (`failed to register layer: …`), a `docker load` or a `docker cp` are no build: read.ts joins the line
  // with the context line only when the same command's output showed it (contextSent).
  [
    /^Sending build context to Docker daemon\b.{0,300}?(?<!failed to register layer: )Error processing tar file\(exit status \d{1,3}\)/,
    'build-failed',
    undefined,
    { variant: 'context' },
  ],
  // A file COPY names that is not in the folder: BuildKit `failed to compute cache key: failed to calculate checksum of ref …:
  // "/requirements.txt": not found` (0.8-0.10: `failed to compute cache key: "/requirements.txt" not found: not found`),
  // the legacy builder's `COPY failed: file not found in build context or excluded by .dockerignore: stat requirements.txt: file does
  // not exist` (20.10+; before, `COPY failed: stat /var/lib/docker/tmp/docker-builder…/requirements.txt: no such file or directory`).
  // cw192 (stop 59): the ref's ID left out by the writer (`ref ... "/if": not found`, an elision mark for the long `<id>::<id>:`).
  [
    /failed to calculate checksum of ref (?:\S{1,200}:|\.{3}|…) "\/?([^"]{1,200})": not found|failed to compute cache key: "\/?([^"]{1,200})" not found|COPY failed: (?:file not found in build context or excluded by \.dockerignore: stat ([^:\s]{1,200}):|stat \S{0,200}?docker-builder\d{0,20}\/([^:\s]{1,200}): no such file)/,
    'build-failed',
    'name name name name',
    { variant: 'copy' },
  ],
  // The Dockerfile itself: BuildKit's parser (vendor/github.com/moby/buildkit/frontend/dockerfile/instructions/parse.go) `dockerfile
  // parse error on line 3: unknown instruction: COPPY`, the legacy builder's (since 8f282cdea5, 2017) `Dockerfile parse error line 3:
  // unknown instruction: COPPY`. Its FROM naming no image there is (BuildKit client/llb/sourceresolver: `failed to resolve source
  // metadata for docker.io/library/python:3.12-slm: docker.io/library/python:3.12-slm: not found`, or `failed to solve:
  // python:3.12-slm: docker.io/library/python:3.12-slm: not found`), the image in `name`; not reached, registry-unreachable above.
  [/[Dd]ockerfile parse error (?:on )?line \d/, 'build-failed', undefined, { variant: 'dockerfile' }],
  [
    /failed to resolve source metadata for (?:docker\.io\/library\/)?([\w./:@-]{1,200}): \S{1,300}: not found|failed to solve: ([\w./:@-]{1,200}): \S{1,300}: not found/,
    'build-failed',
    'name name',
    { variant: 'base' },
  ],
  // cw121: Compose's build refused before it starts, for a buildx plugin older than it needs (docker/compose pkg/compose
  // getBuildxPlugin: `compose build requires buildx %s or later`, buildxMinVersion 0.17.0 since Compose builds through bake;
  // docker/for-win#15045: every `docker compose` that builds on a Desktop 4.62 whose plugin was older; ddev's
  // CheckDockerBuildxVersion says the same, `: <err>` or `.` with the installed version after it). Nothing was built.
  [/\bcompose build requires buildx (\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)\+? or later\b/, 'build-failed', 'name', { variant: 'buildx' }],
  // cw191 (stop 59): the buildx plugin there but not runnable, so no build starts: Compose v2 runs it (docker/compose pkg/compose
  // build_bake.go doBuildBake: `exec.CommandContext(ctx, buildx.Path, args...)`, then `cmd.Start()`, whose error it returns as it is),
  // Go's os.StartProcess wording it `fork/exec <path>/cli-plugins/docker-buildx: no such file or directory` for a link whose target is
  // gone (Docker Desktop's ~/.docker/cli-plugins links after moving to Colima or OrbStack), `exec format error` for another CPU's,
  // `permission denied`, macOS' `bad CPU type in executable`; docker build itself says so in docker/cli cmd/docker/builder.go
  // (`ERROR: BuildKit is enabled but the buildx component is missing or broken.`, at its line's start: a note's hint that quotes it in
  // a sentence is no such line). Not the plugin manager's `failed to fetch metadata: fork/exec …` (docker info's warning, `docker
  // help`'s Invalid Plugins): that lists plugins and builds nothing.
  [
    /(?<!failed to fetch metadata: )\bfork\/exec \S{0,300}cli-plugins[\\/]docker-buildx(?:\.exe)?: (?:no such file or directory|exec format error|permission denied|bad CPU type in executable)|^\s*ERROR: BuildKit is enabled but the buildx component is missing or broken\b/i,
    'build-failed',
    undefined,
    { variant: 'buildx-broken' },
  ],
  // A RUN step that failed: BuildKit `failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete
  // successfully: exit code: 1` (0.10+; before, `executor failed running [/bin/sh -c …]: exit code: 1`), the legacy builder's `The
  // command '/bin/sh -c …' returned a non-zero code: 1`, Compose v1's `ERROR: Service 'web' failed to build`.
  [
    /did not complete successfully: exit code: \d|executor failed running \[|returned a non-zero code: \d|Service '[\w.-]{1,100}' failed to build/,
    'build-failed',
  ],
  // cw157 (stop 52): BuildKit's tty display of the RUN step that failed (buildkit util/progress/progressui display.go displayInfo:
  // a vertex with an error is named `"ERROR " + j.name`, printed after the ` => ` prefix; dockerfile2llb names each step `[i/n]
  // INSTRUCTION …`, `[stage i/n]` in a multi-stage file), the line a learner copies out of the build's last screen when the
  // `failed to solve` line below it is not copied. Only a RUN: a COPY's or a FROM's own errors answer with their cause above.
  // cw192 (stop 59): also a COPY's or an ADD's line copied without its cause (then nothing above answers), and Compose v2's names,
  // which put the service before the stage (`[web node-build 8/8]`: compose builds through bake, one target per service, and
  // progressui prefixes each vertex with its target). Not a FROM's (an image not found, a registry: their own words answer).
  [/^\s{0,4}(?:=> )?ERROR \[(?:[\w.-]{1,64} ){0,2}\d{1,3}\/\d{1,3}\] (?:RUN|COPY|ADD)\s\S/, 'build-failed'],
  // cw192 (stop 59): a Dockerfile with no FROM the builder can read (an empty folder's, an ENV above FROM, a FROM left out):
  // BuildKit frontend/dockerfile/instructions/parse.go CurrentStage, `errors.New("no build stage in current context")` (moby's
  // vendored copy before 2019 capitalised: `No build stage in current context`), through the legacy builder (`Error response from
  // daemon: …`), Compose v1 (`ERROR: …`), BuildKit (`failed to solve with frontend dockerfile.v0: failed to create LLB definition:
  // …`). And a FROM whose name the builder could not parse (the invalid-reference rule above leaves these to the build).
  [/\b[Nn]o build stage in current context\b|\bfailed to parse stage name "[^"\n]{0,300}": invalid reference format/, 'build-failed'],
  // cw157 (stop 52): pip's own failure of a package it was installing, the line pip ends with (pip 10-18 pip/_internal/utils/misc.py
  // call_subprocess, pip 1.x-9 pip/utils/__init__.py: `raise InstallationError('Command "%s" failed with error code %s in %s' %
  // (command_desc, proc.returncode, cwd))`, the command `python setup.py egg_info` or `… install --record …`, in pip's temporary build
  // folder): in this course pip runs in the Dockerfile's RUN, so the image was not built. Only with pip's folder (`/tmp/pip-build-…`,
  // `/tmp/pip-install-…`, `/tmp/pip-req-build-…`), which no app's own command names.
  [/\bCommand "[^"\n]{1,300}" failed with error code \d{1,3} in \S{0,100}\/pip-(?:build|install|req-build)-\w/, 'build-failed'],
  // cw153 (stop 51): a RUN step's git that died, in BuildKit's plain progress (buildkit util/progress/progressui printer.go: each
  // line of a step's output as `#<step> <seconds> <line>`, Compose's and `--progress=plain`'s layout), the copy cut before the step's
  // `did not complete successfully`: git's die() (usage.c die_builtin, "fatal: ") for a remote it could not fetch (http.c
  // `unable to access '%s': %s` with curl's reason, remote-curl.c `repository '%s' not found`, `Authentication failed for '%s'`,
  // `could not read Username …`). git exits 128 there, and the RUN step with it. Only under a step's prefix: git's own line in a
  // terminal is no build.
  [
    /^#\d{1,4} \d{1,5}\.\d{1,3} fatal: (?:unable to access '[^']{1,500}': \S|repository '[^']{1,500}' not found|Authentication failed for '|could not read (?:Username|Password) for ')/,
    'build-failed',
  ],
];
const last: ErrorRule[] = [
  // Docker 1.x: "Error: No such image or container: dash-app".
  // Quoted in a sentence, also lower-cased (play-with-docker.github.io#100: `it says "no such container: mydb"`).
  // Not a tool's own "No such container: WARNING: The requested image's platform …" (cs50/cli50#127: the wrapper read Docker's
  // platform warning as the container's name): no name ends in a colon.
  // cw196 (stop 59): the name as the client passed it (moby daemon/errors.go containerNotFound → objNotFoundError `"No such " +
  // e.object + ": " + e.id`), so an image's reference where the learner started an image (`docker start dunbar/cyphon`,
  // `nginx:latest`, `app@sha256:…`) is whole, its `/`, `:` and `@` each followed by a word's character.
  [/No such (?:container|object|image or container): ([\w.-]+(?:[/:@]\w[\w.-]*)*)(?![\w.-]|: )/i, 'container-not-found', 'name'],
  // docker port, when nothing is published: "Error: No public port '8050/tcp' published for dash-app" (Docker 1.x to
  // 29; docker/cli port.go, newer CLIs "no public port"), also quoted without its container. Only TCP: `docker port test 7890/udp`'s
  // error (docker's port reference, stored file 2333477194) says nothing of the TCP port an app serves on.
  // The port as the learner typed it: `docker port dash-app 8050` → `no public port '8050' published for dash-app` (port.go
  // runPort `fmt.Errorf("no public port '%s' published for %s", opts.port, opts.container)`, since c0e37dda14, 2025; before
  // `"Error: No public port '%s' published for %s"`, and Docker 1.x's nat.NewPort "8050/tcp"), tcp by default.
  [/[Nn]o public port '?(\d+)(?:\/tcp)?(?![\d/])'?(?: published for ([\w.-]+))?/, 'no-port-published', 'port name'],
];

/**
 * cw155 (stop 52): CPython's OSError with a filename (Objects/exceptions.c OSError_str: `[Errno %S] %S: %R`, the path quoted after
 * the reason) is the program's own access to that file: a container's app that may not write its bind-mounted data folder, not a
 * client refused at Docker's socket (a socket's connect() sets no filename: `PermissionError: [Errno 13] Permission denied` alone,
 * or docker-py's `PermissionError(13, 'Permission denied')`). Only the socket's own path stays the socket's.
 */
export const fileDenied = /PermissionError: \[Errno 13\] Permission denied: ['"](?![^'"\n]{0,200}docker\.sock)/;

/**
 * -p or --publish typed with an en or em dash on a pasted command line (a web page's typography): no option to docker, so the
 * image (`docker: invalid reference format.`); ranked just before that error, which it explains.
 */
export const dashFlag = /\s-?[–—]{1,2}(?:p|publish)\b/;

/**
 * Errors about one container, which the steps whose chunk names an answer (StepReading.containerWords: lesson 5's, the reach
 * path's, Compose's) each word in their own terms (container-exited, compose-service-not-running), ranked after the step's own.
 * The pattern, and the names of the details its groups give.
 *
 * noProgram: a container that finds no program to run: its entrypoint script is not there, or (most often, a clone on Windows) it has
 * CRLF line endings, so its `#!/bin/sh` names `/bin/sh\r`. runc since Docker 23: `exec /app/entrypoint.sh: no such file or
 * directory` (not `fork/exec`, a client's own); before, `standard_init_linux.go:228: exec user process caused: no such file or
 * directory`; the daemon's `exec: "/app/entrypoint.sh": stat /app/entrypoint.sh: no such file or directory`; the interpreter's
 * words, which the carriage return garbles on a terminal (`/usr/bin/env: 'bash\r': No such file or directory` shows as `': No
 * such file or directory`), `/bin/sh^M: bad interpreter`, `/bin/sh: /entrypoint.sh: not found`, and bash running such a script
 * (`./start.sh: line 2: $'\r': command not found`). cw30 and cw31 (found apart, merged as one rule): coreutils 8.25+ quote the name with its carriage return escaped
 * (src/env.c `error (…, "%s", quote (argv[optind]))`, gnulib quotearg's locale style writes a control character as `\r`):
 * `/usr/bin/env: ‘bash\r’: No such file or directory` as printed (CISC-CMPE-327/Information#106, in a Compose v1 log).
 * noProgram also in Docker 1.x's words, `Container command './entrypoint.sh' not found or does not exist.` (docker/compose#3333).
 * cw192 (stop 59): and an entrypoint script's last `exec "$@"`-style line that finds no program, in dash's words (Debian's and
 * Ubuntu's /bin/sh: src/exec.c shellexec `exerror(EXEND, "%s: %s", argv[0], errmsg(e, E_EXEC))`, ENOENT under E_EXEC being "not
 * found", prefixed by src/error.c exvwarning with the script's name, its line and the builtin's name): `/usr/local/bin/go-wrapper:
 * 89: exec: app: not found` (golang:1.8-onbuild's wrapper, docker-library/golang#141), `/docker-entrypoint.sh: 12: exec: gunicorn:
 * not found`. The script's exec replaces the container's process, so the container stops there.
 * cw195 (stop 59): a CRLF script's lines under a shell that prints the carriage return raw, so a terminal shows the message written
 * over the start of its own prefix: BusyBox ash (Alpine's sh; shell/ash.c ash_vmsg `"%s: line %d: "` then shellexec's `"%s: %s"`,
 * errmsg "not found": `./start.sh: line 2: \r: not found` shows `: not found line 2:`), dash (src/error.c exvwarning2 `"%s: %d: "`:
 * `: not found 2:`), bash before 4.2's $'…' quoting (`: command not found 2:`, a longer name's tail before it: `: not foundint.sh:
 * line 2:`). Only the whole line so: the message first, then the rest of a prefix ending in a line number.
 * stopped: moby's `Container <ID> is not running` (docker exec into a stopped container, arkasa/arkasa#70): its ID, as ps shows it;
 * lower-cased, `container <ID> is not running` (moby daemon/errors.go errNotRunning; `git log -S`: 12485d62ee, 2017);
 * Compose v1's `docker-compose exec`, which looks among the running containers only: `ERROR: No container found for app_1`
 * (docker/compose#3985: the service's container had exited).
 * restarting: moby's `You cannot remove a restarting container <ID>. Stop the container …` (docker rm) and `Container <ID> is
 * restarting, wait until the container is running` (docker exec): it keeps stopping and starting again.
 * cw57: moby prints the container's ID there (daemon/exec.go `errContainerIsRestarting(ctr.ID)`, daemon/errors.go `errNotRunning`),
 * which learners hide behind a word of their own, in any script (`Container 该容器 is restarting, …`, thesadboy/x-ui-docker#4;
 * `Container <コンテナ> is not running`): the name is any word up to a space or a quote.
 */
// runtime: the container's process could not be created at all, for a reason the more precise rules (a port, no program, another
// CPU) do not name: the daemon's `OCI runtime create failed: … caused "EOF"` (runc on an early WSL 2 kernel, microsoft/WSL#3927),
// `failed to create shim: OCI runtime create failed: runc create failed: … EOF` (antoniomika/sish#260, WSL), `docker start`'s `Error: failed to start containers: x` (1.x `[x]`),
// 1.x's `Cannot start container x: [8] System error: …`, Compose v1's `Cannot start service x: …` (whose precise reasons, a port
// taken or no program, rank above), Windows containers' `encountered an error during Start: failure in a Windows system call: The
// compute system exited unexpectedly. (0xc0370106)` (hcsshim, docker/for-win#1934), and Docker 1.5-1.7's own rendering of
// libcontainer's error, a `Code: System error` line between `Timestamp:` and `Message:` (docker/libcontainer generic_error.go's
// errorTemplate `Timestamp: {{.Timestamp}} / Code: {{.ECode}} / Message: …`; docker-library/hello-world#4, hello-world pulled and
// its filesystem not set up on btrfs). Ranked last of these: it is what the others explain.
// cw141: 1.x's line as a copy breaks it, the reason (`[8] System error: open /sys/fs/cgroup/…: no such file or directory`, libcontainer's
// SystemError code 8 that daemon/start.go quoted) on the next line after `Cannot start container <ID>:`, and the ID hidden by a
// writer behind a placeholder (`{id}`, `<id>`, `[container]`; a French note on Debian bug 798778): no name then.
// cw94: hcsshim's ContainerError in each of its layouts (Microsoft/hcsshim errors.go: `container <id> encountered an error during
// <operation>`, then `: failure in a Windows system call: …` for a Windows error, `: <error>` for another, and 2016's ` failed in
// Win32: … (0x3)`, docker/for-win#104, which once read as no error beside a Server part: a false ok), the operation any (Start,
// CreateContainer, CreateProcess, hcsshim::System::Start); its SystemError (`hcsshim::CreateComputeSystem <id>: …`, `hcs::` since
// 0.9). moby's own hint on a start failed by a mount (daemon/start.go: `…: Are you trying to mount a directory onto a file (or
// vice-versa)? Check if the specified host path exists and is the expected type`), on Linux too. In a daemon's log the user runs in
// the foreground: containerd's revert of a task it could not create (`revert: kill shim`, `revert: delete bundle`, as docker/cli#3201's
// dockerd 18.09 log prints them right after `shim containerd-shim started`) and the shim's `no status provided on response` (runc answered nothing: docker/cli#3201, a binary
// install on arm64; docker/for-linux#813, the client's `Error response from daemon: no status provided on response: unknown`).
// cw70: Compose v1's create refused by the daemon for a reason no rule above names (compose/service.py create_container
// `OperationFailedError("Cannot create container for service %s: %s" % (self.name, ex.explanation))`: Docker for Windows' file
// sharing refusing a bind mount, `status code not OK but 500: … (E_ACCESSDENIED)`, RonRole/learn_dotnet's README): no container.
// cw125: the runtime's refusal in its other wordings, each also cut mid-line or nested in another error (as the daemon and the client
// quote it): runc before 1.0 through Docker 17.x's containerd shim `oci runtime error: container_linux.go:247: starting container
// process caused "…"` (lower-case, no create/start: ApolloAuto/apollo#4221, inside Go net/http's `invalid header field value "…"`
// when the message held a newline), runc libcontainer/process_linux.go's hooks (`running prestart hook 0 caused \"fork/exec …\"`,
// 1.1+ `error running hook #0: …`, the OCI hook names createRuntime/createContainer/startContainer), 1.1+'s `error during container
// init` and container_linux.go's `starting container process caused` alone, as a copy cut before the OCI words keeps them. Not
// `OCI runtime exec failed` (docker exec into a running container: errorHits' exec guard).
// credentials: the client's credential helper failed, so no pull could even ask the registry: `error getting credentials - err:
// exec: "docker-credential-desktop.exe": executable file not found in $PATH` and docker-py's `docker.credentials.errors.
// InitializationError: docker-credential-desktop.exe not installed or not available in PATH` (docker/compose#7495: the credsStore
// of ~/.docker/config.json names Desktop's helper, which a WSL distro without Desktop's integration lacks). A registry not reached
// at all is registry-unreachable (errorRules above). Only the steps that run or pull images word it (lesson 5's, Compose's): at
// lesson 3 a hello-world that could not be pulled says nothing of the install its docker version shows working (docker/for-win#1432).
// Stop 46: or containerd's cgroups library refusing to set the container's cgroups up (containerd/cgroups errors.go:
// ErrMountPointNotExist `cgroups: cgroup mountpoint does not exist`, ErrNoCgroupMountDestination `cgroups: cannot find cgroup mount
// destination`, early releases `cannot found`; docker/docs' rootless page: "This error occurs mostly when the host is running in cgroup
// v2"): the daemon answered, and no container can start.
// gpu: the container asks for a GPU that Docker cannot give (`--gpus all`, Compose's deploy.resources.reservations.devices): the
// daemon's `could not select device driver "nvidia" with capabilities: [[gpu]]` (daemon/devices.go; on a Mac, which has no NVIDIA
// driver, AbdBarho/stable-diffusion-webui-docker#616): the container is created and never starts.
// cw162 (stop 54): noRuntime: the container asks for a runtime the daemon has none of (`--runtime=nvidia`, Compose's `runtime:
// nvidia`), refused before any process is made. moby daemon/runtime_unix.go getRuntime (23+): `errdefs.InvalidParameter(errors.Errorf(
// "unknown or invalid runtime name: %s", name))`, printed by the client as `docker: Error response from daemon: unknown or invalid
// runtime name: nvidia.` (28+ without the period); before, daemon/daemon_unix.go verifyPlatformContainerSettings `fmt.Errorf("Unknown
// runtime specified %s", hostConfig.Runtime)`. Any runtime's name (nvidia from nvidia-docker2, runsc from gVisor, kata-runtime,
// sysbox-runc): the container never ran.
// cw173 (stop 56): execStopped: containerd's shim refusing an exec into a task whose process has already exited (containerd
// pkg/process/init_state.go, before 1.5 runtime/v1/linux/proc/init_state.go: `func (s *stoppedState) Exec` → `errors.New("cannot exec
// in a stopped state")`; the daemon passes it on with grpc's code, `cannot exec in a stopped state: unknown`). moby's own check
// (daemon/exec.go: `Container … is not running`) passed, so the daemon still had the container running: its program died on its own
// (a container docker stop ended answers `is not running`), as a listing's `Up` just before it shows. Only the steps that name a
// service's failure word it (Compose's).
// cw173 (stop 56): firewall: the daemon's rule for a published port refused by iptables because Docker's own chain is gone (moby
// libnetwork/iptables/iptables.go Raw: `fmt.Errorf("iptables failed: iptables %v: %s (%s)", args, output, err)`; legacy iptables'
// libiptc iptc_strerror for ENOENT "No chain/target/match by that name."), inside the endpoint's error (libnetwork endpoint.go
// `driver failed programming external connectivity on endpoint %s (%s): %v`): firewalld or nftables flushed the DOCKER chain after
// the daemon made it, so the container was not started. Only the endpoint's (a container's): a network's own setup refused so
// (`Failed to Setup IP tables: Unable to enable … rule`) is the network's, not one container's. Only lesson 5's step words it.
// cw174 (stop 57): mount: the daemon's or the client's refusal of a -v/--mount value, so no container was made (or none started):
// moby volume/local/local.go validateName (`create <name>: "<name>" includes invalid characters for a local volume name, only
// "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`: a relative path, a `~`, or
// Git Bash's MSYS path conversion turning `/etc/x` into `C:/Program Files/Git/etc/x`, docker/docs' troubleshoot MSYS_NO_PATHCONV);
// moby volume/mounts errors.go and its parsers (errInvalidSpec `invalid volume specification: '%s'`, errInvalidMode `invalid mode:
// %v`, errMountConfig `invalid mount config for type %q: %v` with `bind source path does not exist: %s` or `invalid mount path: '%s'
// mount path must be absolute`; Docker 1.12's `invalid bind mount spec "…": invalid mode: …`, `invalid volume spec "…"`); mounts.go
// Setup's `error while creating mount source path '%s': …`; Docker Desktop's file sharing (docker/for-mac, docker/docs' file-sharing
// page: `Mounts denied: ` then `The path … is not shared from the host and is not known to Docker`, older `from OS X`, both cases of
// its first letter); docker/cli's flags through pflag (`invalid argument "…" for "-v, --volume" flag: …`, `"--mount"`). Each only
// after the daemon's or the client's own words (`Error response from daemon: `, the client's argv[0] `docker:`, or the daemon's own
// nesting `…": invalid volume specification: '…'` a terminal's wrap put at a line's start), never in a sentence.
const containerErrors: Record<
  'noProgram' | 'restarting' | 'stopped' | 'execStopped' | 'firewall' | 'mount' | 'gpu' | 'noRuntime' | 'runtime' | 'credentials',
  [RegExp, string?]
> = {
  noProgram: [
    /Container command '[^']{1,300}' not found or does not exist|(?<![\w/])exec \S{1,300}: no such file or directory|exec user process caused:? "?no such file or directory|exec: "[^"]{1,300}": stat \S{1,300}: no such file or directory|^\W{0,3}['’]: No such file or directory|[‘'][\w./-]{1,100}\\r[’']: No such file or directory|bad interpreter: No such file|\$'\\r': command not found|\bsh: (?:\d{1,5}: )?\S{1,200}\.sh: not found|(?:^|\s)\/?[\w./-]{1,200}: \d{1,5}: exec: [^\s:]{1,200}: not found\b|^: (?:command )?not found(?:[\w./-]{0,60}:)?(?: line)? \d{1,5}: ?$/,
  ],
  restarting: [
    /You cannot remove a restarting container ([^\s"'`“”]{1,100})|Container ([^\s"'`“”]{1,100}) is restarting, wait until the container is running/,
    'name name',
  ],
  stopped: [
    /[Cc]ontainer ([\da-f]{12})[\da-f]{52} is not running|[Cc]ontainer ([^\s"'`“”]{1,100}) is not running|No container found for ([\w.-]{1,100}_\d{1,4})\b/,
    'name name name',
  ],
  execStopped: [/\bcannot exec in a stopped state\b/],
  firewall: [
    /driver failed programming external connectivity on endpoint ([\w.-]{1,200}) \([0-9a-f]{1,64}\):\s{0,4}\(?iptables failed: .{0,600}?No chain\/target\/match by that name/,
    'name',
  ],
  mount: [
    /(?:Error response from daemon|^\s{0,8}(?:[>*-]\s{1,4})?(?:\S{0,200}[\\/])?docker(?:-current|\.exe)?): (?:(?:invalid (?:bind mount|volume) spec "[^"]{0,400}"?:? ?)?(?:invalid volume specification: '|invalid mode: \S|invalid mount config for type "\w{1,20}": |[Mm]ounts denied: ?|error while creating mount source path ')|create \S{1,400}: "[^"]{1,400}" includes invalid characters for a local volume name\b)|(?:^|": )invalid volume specification: '|^\s{0,8}(?:(?:\S{0,200}[\\/])?docker(?:\.exe)?: )?invalid argument "[^"]{0,600}" for "(?:-v, )?--(?:volume|mount)" flag: /,
  ],
  gpu: [/could not select device driver "[\w.-]{0,60}" with capabilities/],
  noRuntime: [/\bunknown or invalid runtime name: [\w.-]{1,100}|\bUnknown runtime specified [\w.-]{1,100}/],
  credentials: [/error getting credentials - err|docker-credential-[\w.-]{1,60} not installed or not available in PATH/],
  runtime: [
    /failed to start containers?: \[?([\w.-]{1,100})|Cannot start (?:container|service) (?:([\w.-]{1,100})|[{<[][\w -]{1,40}[}>\]]):(?: |\s*$)|Cannot create container for service ([\w.-]{1,100}): |OCI runtime (?:create|start) failed|\b[Oo][Cc][Ii] runtime error: |\brunning (?:(?:prestart|poststart|createRuntime|createContainer|startContainer) )?hook #?\d{1,3}(?: caused|: )|\berror during container init\b|\bstarting container process caused\b|encountered an error during (?:Start|CreateContainer|CreateProcess|hcsshim::[\w:]{1,60})(?:: | failed in Win32: )|hcs(?:shim)?::CreateComputeSystem [\w-]{1,100}: |: Are you trying to mount a directory onto a file \(or vice-versa\)\?|\brevert: (?:kill shim|delete bundle)\b|\bno status provided on response\b|^\s{0,4}Code: System error\s*$|\bError response from daemon: .{0,200}?unable to find (?:user|group) [^\s:]{1,100}: no matching entries in (?:passwd|group) file|\bcgroups: (?:cgroup mountpoint does not exist|cannot f(?:i|ou)nd cgroup mount destination|cgroup deleted|\w{1,20} cgroup not supported on this system)\b/,
    'name name name',
  ],
};

/** A step's words for the errors about one container: the diagnosis and its details, by error. */
export type ContainerWords = Partial<Record<keyof typeof containerErrors, [DiagnosisId, Details]>>;

/** Every step's rules, with a step's own (Compose's, compose-errors.ts) and its words for containerErrors ranked between them. */
export const ranked = (own: ErrorRule[] = [], words: ContainerWords = {}): ErrorRule[] => [
  ...first,
  ...own,
  ...(Object.keys(containerErrors) as (keyof typeof containerErrors)[]).flatMap((k): ErrorRule[] => {
    const [re, names] = containerErrors[k];
    return words[k] ? [[re, words[k][0], names, words[k][1]]] : [];
  }),
  ...last,
];

/**
 * cw198 (stop 59): Docker 1.x's client (1.0–1.12, before docker/cli moved to cobra in 1.13) parsed its flags with moby's own
 * pkg/mflag, whose parseOne refuses an unknown one with `f.failf("flag provided but not defined: -%s", name)` (long names are kept
 * with their dash, so `--file` prints `--file`, `-f` prints `-f`), then api/client's Subcmd usage (`Usage: docker build [OPTIONS]
 * PATH | URL | -`). Go's flag package of any other program says the same (cw125, cw130: a service's own refusal), so only under the
 * part's own `docker build|run|create` command line, and only a flag every current client has for that command (build `-f`/`--file`
 * 1.5, `--build-arg` 1.9, `--network`, `--squash`, `--cache-from` 1.13, `--target` 17.05, `--iidfile` 17.06, `--platform`; run and
 * create `--network` 1.12, `--init`, `--cpus` 1.13, `--mount` 17.06, `--platform`, `--gpus` 19.03): the client predates it, as
 * cobra's `unknown flag: --iidfile` above. A typo (`-pp`) or a flag no docker has is not read. And only with docker's own words after
 * it (`after`, the next lines): 1.5–1.12's `See 'docker build --help'.` (cli's Subcmd ErrorHandling) or 1.0–1.4's `Usage: docker
 * build …`; a container's Go program under a foreground `docker run` prints its flag package's `Usage of /app/server:` instead.
 */
export function mflagRefusal(cmd: string, line: string, after: string): string | undefined {
  const flag = /^\W{0,3}flag provided but not defined: -(-?[a-z][\w-]{0,30})\s*$/.exec(line)?.[1];
  if (!flag) return undefined;
  if (!/^\s*(?:See '(?:sudo )?docker(?:\.exe)? [a-z ]{2,30} --help'\.|Usage:\s+docker [a-z]{2,20}\b)/m.test(after)) return undefined;
  const command =
    /^(?:sudo +)?docker(?:\.exe)? +(?:(?:image|builder) +)?(build)\b|^(?:sudo +)?docker(?:\.exe)? +(?:container +)?(run|create)\b/.exec(
      cmd.trim(),
    );
  if (!command) return undefined;
  const name = flag === 'f' ? 'file' : flag.replace(/^-/, '');
  if (flag !== 'f' && !flag.startsWith('-')) return undefined;
  const known = command[1]
    ? ['file', 'build-arg', 'iidfile', 'target', 'squash', 'cache-from', 'network', 'platform']
    : ['network', 'init', 'cpus', 'mount', 'platform', 'gpus'];
  if (flag === 'f' && !command[1]) return undefined;
  return known.includes(name) ? `docker mflag: ${name}` : undefined;
}

/** cw182: docker/cli commandconn.go handleEOF's tail before the ssh helper's own stderr (`please` before 23.0). */
export const remoteStderr =
  /\bhas exited with .{1,80}?, (?:please )?make sure the URL is valid, and Docker 18\.09 or later is installed on the remote host: stderr=/;

export function errorHits(raw: string, rules: ErrorRule[]): Hit[] {
  const hits: Hit[] = [];
  // cw163 (stop 54): a message a page wrapped and re-indented, a tab after a space inside it (a notes page's `driver failed programming
  // external \tconnectivity … Bind for \t0.0.0.0:8080 failed`): one space, as the program printed it.
  const line = raw.includes(' \t') ? raw.replace(/ \t+/g, ' ') : raw;
  // Real messages are short; a capped paste has at most 2,000 lines, so ten tests each stay cheap.
  if (line.length < 2001) {
    // cw43: `docker exec`'s program not found in a running container (runc's `OCI runtime exec failed: exec failed: …: exec: "/bin/sh":
    // stat /bin/sh: no such file or directory`, an image without a shell such as hashicorp/http-echo): moby daemon/exec.go refuses an
    // exec into a stopped container before (`Container … is not running`), so the container runs; not its own missing program.
    // cw125: also Docker 17's wording of it (`oci runtime error: exec failed: container_linux.go:247: starting container process
    // caused …`), which the runtime rule's wider reading would otherwise take for the container's own start.
    const exec = /\bOCI runtime exec failed\b|\b[Oo][Cc][Ii] runtime error: exec failed\b/.test(line);
    // cw182 (stop 58): what the ssh helper's command wrote to its stderr, which docker/cli's commandconn.go handleEOF appends after
    // `… installed on the remote host: stderr=` (`zsh:1: command not found: docker`, `bash: line 1: docker: command not found`), is
    // the remote host's shell not finding docker: this host's docker ran and printed it, so no docker-not-found is read there.
    const remote = remoteStderr.exec(line)?.index;
    rules.forEach(([re, id, names, fixed], rank) => {
      if (exec && (re === containerErrors.noProgram[0] || re === containerErrors.runtime[0])) return;
      const m = re.exec(id === 'docker-not-found' && remote !== undefined ? line.slice(0, remote) : line);
      if (!m) return;
      const details: Record<string, unknown> = { ...fixed };
      names?.split(' ').forEach((n, i) => (details[n] ??= m[i + 1]));
      // The container port the lesson publishes that host port to, for "-p 8051:…".
      if (details.port) details.appPort = details.port === '8080' ? 80 : 8050;
      else if (id === 'port-already-allocated') details.variant ??= 'unknown';
      hits.push({ id, rank, details: details as Details });
    });
  }
  return hits;
}
