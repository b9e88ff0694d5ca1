/*
 * cw33: what the host's own clients print beside Docker (host-tools.ts is the sweep), read in lesson 5's chunk and the reach
 * chunk (step-run.ts' and step-reach.ts' readers and errors): what a client got at the host's port (nc, telnet, an HTTP
 * answer), and a port the learner's own app cannot bind on the host. Each rule names its source. Imports types only.
 */
import type { ErrorRule } from './parse-errors';
import type { TextReader } from './read';

/** The lesson's host port (course.ts' dash-app publishes 8050:8050), as the rules need it in their text. */
const host = 8050;

/**
 * What a client got at a port of the host, in the tools the reach chunk's curl/wget/browser rules do not cover (step-reach.ts'
 * `empty` and `refused`): OpenBSD netcat (netcat.c: `nc: connect to localhost port 8050 (tcp) failed: Connection refused`;
 * macOS's `connectx to`) and its success (`Connection to localhost 8050 port [tcp/*] succeeded!`, macOS's `Connection to
 * localhost port 8050 [tcp/*] succeeded!`), telnet (inetutils/netkit `telnet: Unable to connect to remote host: Connection
 * refused`; Windows' `Could not open connection to the host, on port 8050: Connect failed`; `Connected to localhost.`, then
 * `Connection closed by foreign host.`: accepted, then closed with nothing said, Docker's proxy with nothing behind it),
 * PowerShell's Test-NetConnection (`TcpTestSucceeded : True`), and an HTTP answer at the host's port 8050: curl -i/-I's status
 * line (`HTTP/1.1 200 OK`), -v's `< HTTP/1.1 200 OK`, GNU wget's `HTTP request sent, awaiting response... 200 OK`, or the
 * Dash page itself (`<title>Dash</title>`). 'answered' is a response only: where the app listens inside, the paste does not say.
 */
const ncRefused =
  /^nc: connectx? to \S{1,253} (?:\([\d.:a-f]{2,39}\) )?port \d{1,5} \(tcp\) failed: Connection refused|^telnet: Unable to connect to remote host: Connection refused|Could not open connection to the host, on port \d{1,5}: Connect failed/;
const answered = new RegExp(
  `^Connection to \\S{1,253} (?:${host} port|port ${host}) \\[tcp/[^\\]]{0,20}\\] succeeded!|^TcpTestSucceeded\\s*:\\s*True\\b|^(?:< )?HTTP/[\\d.]{1,3} [23]\\d\\d\\b|awaiting response(?:\\.{3}|…) [23]\\d\\d\\b|<title>Dash</title>`,
);

/** cw77: an HTTP status from a server at a port that is not the lesson's (clientReply's `elsewhere`): 2xx to 4xx. */
const statusAt =
  /^(?:< )?HTTP\/[\d.]{1,3} [234]\d\d\b|awaiting response(?:\.{3}|…) [234]\d\d\b|^wget: server returned error: HTTP\/[\d.]{1,3} [34]\d\d\b/;

/** cw68: a reset quoted after a learner's verb (get, got, see, receive, says), the quote closed: not containerd's `read: connection reset by peer`. */
export const toldReset =
  /\b(?:says?|said|gets?|got|getting|shows?|see|saw|returns?|returned|receive[sd]?|receiving)\s{1,3}(?:an? |the )?["“'`]Connection reset by peer\.?["”'`]/i;

/** Reads the clients' answers of one part into facts.reply (first answer stands, as step-reach.ts' logLine does). */
export const clientReply: TextReader = (cmd, lines, facts, lib) => {
  const text = [cmd, ...lines];
  // The port the client asked: an answer counts only at the lesson's host port.
  const atPort = text.some((l) => new RegExp(`(?:[:\\s]|port )${host}\\b`).test(l));
  let connected = false;
  // cw61: the host port a client asked elsewhere (curl's and wget's URL on its command line; curl -v's `* Connected to localhost
  // (::1) port 3000 (#0)`): an HTTP answer there says the app answers through that forward (reach.ts).
  const asked = (l: string) =>
    /^(?:curl|wget|http|Invoke-WebRequest|iwr)\b.{0,200}?\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):(\d{1,5})\b/.exec(l)?.[1] ??
    /^\* Connected to (?:localhost|127\.0\.0\.1|::1) \([\d.:a-f]{2,39}\) port (\d{1,5})\b/.exec(l)?.[1];
  const elsewhere = !atPort ? text.map((l) => asked(l.trim())).find((p) => p) : undefined;
  for (const raw of lines) {
    const l = raw.trim();
    if (ncRefused.test(l)) facts.reply ??= 'refused';
    // curl's own numbers for an empty reply and a reset (lib/strerror.c CURLE_GOT_NOTHING 52, CURLE_RECV_ERROR 56), for lesson 5's
    // chunk, which has no reader of clients (step-reach.ts' `empty` reads them and the other clients' words on the reach path).
    if (/^curl: \((?:52|56)\) (?:Empty reply from server|Recv failure: )/.test(l)) facts.reply ??= 'empty';
    // cw162 (stop 54): node-fetch's reset at the host's loopback (parse-logs.ts fetchReset), a Node client's (SillyTavern's) request.
    if (l.length < 400 && lib.fetchReset.test(l)) facts.reply ??= 'empty';
    // cw68: GNU wget's the same (src/http.c: `Read error (Connection reset by peer) in headers.`, `No data received.`; BusyBox's
    // `wget: error getting response: Connection reset by peer`), GoogleCloudPlatform/cloud-sdk-docker#15 at lesson 5's panel.
    if (
      /^(?:HTTP request sent, awaiting response(?:\.{3}|…) )?Read error \(Connection reset by peer\) in headers\.|^No data received\.|^wget: error getting response: Connection reset by peer/.test(
        l,
      )
    )
      facts.reply ??= 'empty';
    // cw61: the reset told as a sentence of its own (trailbaseio/trailbase#77: "… from http://localhost:4000/_/admin/. Connection reset by peer.").
    if (l.length < 400 && /(?:^|[.!]\s{1,3}|\b(?:says?|said|gets?|got|shows?)\s{1,3}["'`]?)Connection reset by peer\.?["'`]?$/.test(l))
      facts.reply ??= 'empty';
    // cw68: or quoted after the learner's verb anywhere in a sentence (moby/moby#10900's FAQ: `from the host machine I get "Connection
    // reset by peer".  The port disappears …`).
    else if (l.length < 2000 && toldReset.test(l)) facts.reply ??= 'empty';
    if (/^Connected to \S{1,253}\.$/.test(l)) connected = true;
    else if (connected && /^Connection closed by foreign host\.$/.test(l)) facts.reply ??= 'empty';
    else if (atPort && answered.test(l)) facts.reply ??= 'answered';
    // cw77: whatever the server's status short of its own failure (a 404 or a 403 is the app's answer: clue/docker-adminer#2's `wget
    // http://localhost:8082/`, then `HTTP request sent, awaiting response... 404 Not Found`), in each client's words: curl's status
    // line, GNU wget's (src/http.c), BusyBox wget's `wget: server returned error: HTTP/1.1 404 Not Found` (networking/wget.c).
    else if (elsewhere && statusAt.test(l)) facts.answeredAt ??= +elsewhere;
  }
  if (connected && atPort) facts.reply ??= 'answered';
  pageAfter([cmd, ...lines], facts);
  return false;
};

/**
 * cw73: the app's page itself under a client's line at a host port (curl and wget -O- print the body alone: `<html><head><title>Error
 * </title></head><body>Internal Server Error</body></html>` from aws-samples/aws-microservices-deploy-options#111's `curl
 * http://localhost:8080`, Apache's `<!DOCTYPE html PUBLIC …>` test page): whatever its status, a server answered through that
 * forward, so the app listens beyond its loopback there (CONVENTIONS §2.4). An empty reply at the same port earlier in the paste
 * (curl's 52 at another path) is past: the later answer stands (§2.0). At the lesson's port nothing changes (no ok from a page).
 * cw95: also at a name (a linked or networked host, `docker`, `web`, `host.docker.internal`: moby#24845's `wget -O - docker:80` in a
 * client container linked to docker-in-docker, nginx's welcome page through `-p 80:80`), and past the client's own progress
 * lines between its command and the body (BusyBox wget's `Connecting to docker:80 (172.17.0.2:80)`, networking/wget.c; GNU wget's
 * `--2024-…--  URL`, `Resolving …`, `Connecting to …`, `HTTP request sent, …`, `Length: …`, `Saving to: ‘STDOUT’`; curl's meter).
 */
// cw153 (stop 51): the host given as the shell's substitution of docker-machine's own answer (`curl $(docker-machine ip default):4000`,
// Docker Toolbox's and docker-machine's docs: `docker-machine ip <name>` prints the VM's address, where Docker publishes ports with a
// VM): the host Docker runs on, as its address typed out would be.
// cw190 (stop 58): and the short forms of an IPv4 address curl reads as one (lib/urlapi.c ipv4_normalize, "partial IPv4 numerical
// addresses … like '0x7f.1'"; before 7.77 the resolver's inet_aton did the same): `curl 0:8080` (0.0.0.0), `curl 127.1:8080`.
const clientAt =
  /(?:^|[$#%>] )(?:sudo )?(?:curl|wget|http|Invoke-WebRequest|iwr)\b.{0,200}?(?:(?:\/\/|\s)(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|\d{1,3}(?:\.\d{1,3}){3}|0|127(?:\.0)?\.1|\$\(docker-machine ip(?: [\w.-]{1,64})?\)|[A-Za-z][\w-]{0,62}(?:\.[\w-]{1,63}){0,4}):(\d{1,5})\b|[\s"'](https?:\/\/)?(?:localhost|127\.0\.0\.1|\[::1\])(?=[\/\s"'?#]|$))/;
/**
 * cw102: the port a client asked, its URL's own or, without one, the scheme's (RFC 9110 §4.2: http's 80, https' 443; curl and wget
 * take a bare `localhost` as http): `curl http://localhost` under `-p 80:80` (collabnix/dockerlabs' Compose lab, Elton Stoneman's
 * blog on Windows containers' NAT) asks port 80.
 */
const portAsked = (m: RegExpExecArray) => +(m[1] ?? (m[2] === 'https://' ? 443 : 80));
/**
 * cw102: a body of plain text under the client's command line, the first line it printed (curl and wget -O- print the body alone:
 * `Welcome to Docker Workshop!`, `Hello World!`, Express' `Cannot GET /`): a server answered. Not the client's own words (curl's `curl:
 * (7) …`, -v's `*`, `>`, `<` lines, wget's progress), a prompt, nor a line that says something failed or was refused: those are no
 * answer of the app.
 */
const plainBody = (l: string) =>
  l.length < 300 &&
  /^\p{L}/u.test(l) &&
  !/^(?:curl|wget|Invoke-WebRequest|HTTP\/|Connecting|Resolving|Saving|Length|StatusCode)\b/i.test(l) &&
  !/\b(?:refused|reset|fail(?:ed|ure)?|errors?|timed out|timeout|could ?n[o']t|unable|denied|not found|no route|unreachable|empty reply)\b/i.test(
    l,
  );
/**
 * cw171 (stop 56): a JSON body under a typed client's command line, its first line: an API's answer (FastAPI's JSONResponse renders
 * compact JSON, `{"status":"ok"}`, fastapi/responses.py / starlette/responses.py JSONResponse.render with separators=(",", ":");
 * Flask's jsonify and Express' res.json the same object, pretty-printed from a `{` alone on its line; an array of objects `[{"id":1}]`).
 * curl and wget -O- print the body alone, and no client prints JSON of its own: a server answered at that port, whatever the object
 * says (`{"detail":"Not Found"}` is the app's 404, cw77). Not Docker's own API (moby's documented daemon ports 2375 and 2376, or a
 * `--unix-socket` client: the daemon's JSON, no app's).
 */
const jsonBody = /^(?:\{\s*"[^"\n]{1,200}"\s*:|\{\s*$|\[\s*\{\s*"[^"\n]{1,200}"\s*:|\[\s*$)/;
const progress =
  /^(?:Connecting to |Resolving |--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--\s|HTTP request sent, |Length: |Saving to: |%\s+Total\b|Dload\b|\d{1,3}\s+\d[\d.]*[kMG]?\s+\d{1,3}\s)/;
export const page = /^\s*(?:<!DOCTYPE html\b|<html\b)/i;
/**
 * cw110: a fragment of HTML, the first line a typed client printed: a page the learner wrote without its document around it (nginx and
 * httpd send index.html as it is on disk, so `echo '<h1>Hello</h1>' > index.html` is the whole body curl prints; h90's French TP notes:
 * `<h1>salut ! Bienvenue sur mon serveur</h1>` under `curl http://localhost:8888`, `<h2> coucou …` under `curl http://localhost`). An
 * element of a page's body or head, its tag closed on the line: a server answered as with cw73's page.
 */
export const fragment =
  /^\s*<(?:h[1-6]|p|div|span|a|b|i|em|strong|pre|code|ul|ol|li|table|center|section|main|header|body|head|title|meta|link|style|script|br|hr|img|!--)(?=[\s>\/])[^<>]{0,200}>/i;
/**
 * cw124: what notes put between a client's command and what it printed: a tree of box-drawing lines explaining the command's words
 * (`│    └── URL: …`, `└── Comando: hacer petición HTTP`, as `tree` draws), and a label alone on its line over the result (`Resultado
 * obtenido:`, `Output:`, `结果：`). The page under them is still the client's answer (the later state written as notes write it).
 */
const noteAside = /^[│├└┃┣┗]|^\p{L}[\p{L} ]{0,40}[:：]$/u;
/**
 * cw191 (stop 59): a writer's elision mark alone on its line (`...`, `…`, `[...]`) between the client's command and a line of the page
 * (lima-vm/lima#658: `curl 192.168.5.15:8080`, then `...`, `<title>Welcome to nginx!</title>`, `...`): the head of the body left out,
 * as cw113 drops such a line in JSON. HTML no client prints of its own, so a page's element after the mark is still the server's
 * answer; plain text or JSON after it is not read (the writer's cut may have taken the client's own error before it).
 */
const elision = /^(?:\.{3,}|…+|\[(?:\.{3}|…)\])$/;
const emptyAt = new WeakMap<object, number>();
function pageAfter(lines: string[], facts: Parameters<TextReader>[2]): void {
  let at: number | undefined;
  // cw102: the client was the part's own command line (typed after a prompt), so its next line is what it printed.
  let typed = false;
  let bridgeAsk = false;
  let daemonApi = false;
  let elided = false;
  for (const [i, raw] of lines.entries()) {
    const l = raw.trim();
    if (!l) continue;
    const asked = l.length < 600 ? clientAt.exec(l) : null;
    if (asked) {
      at = portAsked(asked);
      elided = false;
      // cw135: or typed after a shell prompt's end on the line (`~/web$ curl localhost:8000`, `[leo@docker1 ~]$ curl …`: a prompt
      // the segmenter did not split at); a prompt sign after a space (`# curl …`, a comment) is not one.
      typed = i === 0 || (asked.index > 0 && /^[$#%>] /.test(asked[0]) && /\S$/.test(l.slice(0, asked.index)));
      daemonApi = /--unix-socket\b/.test(l) || at === 2375 || at === 2376;
      // cw135: asked at a container's own address on Docker's bridges (172.16-31.x.x): the port is the container's, not the host's.
      bridgeAsk = /(?:\/\/|\s)172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}:/.test(asked[0]);
      continue;
    }
    if (at !== undefined && (progress.test(l) || noteAside.test(l))) continue;
    if (at !== undefined && elision.test(l)) {
      elided = true;
      continue;
    }
    if (at !== undefined && /^curl: \((?:52|56)\) /.test(l)) emptyAt.set(facts, at);
    else if (
      at !== undefined &&
      at !== host &&
      (page.test(l) || (typed && (fragment.test(l) || (!elided && (plainBody(l) || (!daemonApi && jsonBody.test(l)))))))
    ) {
      facts.answeredAt = at;
      if (bridgeAsk) facts.answeredBridge = at;
      if (facts.reply === 'empty' && emptyAt.get(facts) === at) facts.answeredLast = true;
    }
    at = undefined;
  }
}

/**
 * A program on the host that cannot bind its port, in each runtime's words (the learner's app run beside the container, or any
 * server): CPython's OSError with the system's errno (Linux EADDRINUSE 98 `[Errno 98] Address already in use`, macOS 48,
 * Windows `[WinError 10048] Only one usage of each socket address (protocol/network address/port) is normally permitted`,
 * Python 2's `socket.error: [Errno 10048]`), Windows' WSAEACCES 10013 (`An attempt was made to access a socket in a way
 * forbidden by its access permissions`: a port in a range Hyper-V/WinNAT reserves), Node's `listen EACCES: permission denied
 * 0.0.0.0:8050` at a port above 1023 (libuv UV_EACCES: the same reservation on Windows; below 1024 it is a user's privilege),
 * gunicorn's `Connection in use: ('0.0.0.0', 8050)` (gunicorn/sock.py create_sockets: `log.error("Connection in use: %s", str(addr))`). The global rules already read
 * lower-case "address already in use" and EADDRINUSE (parse-errors.ts).
 * cw34, the same from servers in their own words: nginx's `bind() to 0.0.0.0:80 failed (98: Address in use)` (src/core/
 * ngx_connection.c ngx_open_listening_sockets: `bind() to %V failed` with the errno's text; glibc's strerror(EADDRINUSE) "Address
 * already in use", musl's (Alpine images) "Address in use", macOS errno 48, Windows' 10048; h27-homework69118217024: nginx:alpine
 * on the host network beside a kind node publishing 80); Python's asyncio refusing a server's address (CPython Lib/asyncio/
 * base_events.py create_server: `'error while attempting to bind on address %r: %s' % (sa, err.strerror.lower())`), as uvicorn
 * logs it: `[Errno 98] error while attempting to bind on address ('0.0.0.0', 8050): address already in use`, Windows'
 * `[Errno 10048] error while attempting to bind on address ('0.0.0.0', 8080): only one usage of each socket address …`
 * (BrainDriveAI/OpenWebUI_CondaInstaller#1), an IPv6 address's 4-tuple `('::', 8050, 0, 0)`; cw105: newer Pythons put the whole
 * OSError there, lower-cased (`str(err).lower()`: `…, 8000): [winerror 10048] only one usage …`, Seavleu/aurex.ai's notes; `[errno 98]
 * address already in use` on Linux); Java's `java.net.BindException:
 * Address already in use`.
 */
export const bindErrors: ErrorRule[] = [
  // cw202 (stop 60): nginx for Windows names a socket's error by the Windows number (ngx_socket_errno is WSAGetLastError(), src/os/
  // win32/ngx_errno.h) and words it by FormatMessage (src/os/win32/ngx_errno.c ngx_strerror: English first, the system's language
  // where Windows has no English messages): `bind() to 0.0.0.0:80 failed (10013: An attempt was made to access a socket in a way
  // forbidden by its access permissions)`, WSAEACCES, a port another program holds exclusively or Windows reserves (CONVENTIONS
  // §2.2, cw38), or WSAEADDRINUSE 10048 in any language; the number says it, whatever the words.
  [
    /\bbind\(\) to \S{1,80}?:(\d{1,5}) failed \((?:(?:98|48|10048): Address (?:already )?in use\)|100(?:13|48): \S)/,
    'port-already-allocated',
    'port',
  ],
  // cw135: Windows' WSAEACCES there too (`[Errno 13] error while attempting to bind on address ('0.0.0.0', 8080): [winerror 10013] an
  // attempt was made to access a socket …`), a port Windows reserves or another program holds (CONVENTIONS §2.2 cw38); not `[errno
  // 13]` with Linux's own words (a port below 1024).
  [
    /error while attempting to bind on address \('[^']{0,64}', (\d{1,5})(?:, \d+, \d+)?\): (?:\[(?:errno|winerror) \d{1,5}\] )?(?:address already in use|only one usage of each socket address|an attempt was made to access a socket)/,
    'port-already-allocated',
    'port',
  ],
  // cw157 (stop 52): the same asyncio line with its strerror in the system's language (CPython Lib/asyncio/base_events.py
  // create_server raises `OSError(err.errno, 'error while attempting to bind on address %r: %s' % (sa, err.strerror.lower()))`;
  // Windows' FormatMessage words WSAEADDRINUSE in the user's locale, `通常每个套接字地址(协议/网络地址/端口)只允许使用一次。` on a Chinese
  // Windows): the errno in front names the cause in any language, EADDRINUSE (Linux 98, macOS 48) or WSAEADDRINUSE (10048).
  [
    /\[Errno (?:98|48|10048)\] error while attempting to bind on address \('[^']{0,64}', (\d{1,5})(?:, \d+, \d+)?\): \S/,
    'port-already-allocated',
    'port',
  ],
  [/BindException: Address already in use/, 'port-already-allocated'],
  [/\[(?:Errno|WinError) (?:98|48|10048)\] (?:Address already in use|Only one usage of each socket address)/, 'port-already-allocated'],
  [/Only one usage of each socket address \(protocol\/network address\/port\) is normally permitted/, 'port-already-allocated'],
  [
    /\[(?:Errno|WinError) 10013\] An attempt was made to access a socket in a way forbidden by its access permissions/,
    'port-already-allocated',
  ],
  // cw153 (stop 51): Windows' own text for WSAEACCES (10013, FormatMessage's "An attempt was made to access a socket in a way forbidden
  // by its access permissions") with no errno and no port before it: a message's core as a learner copies it, at a line's or a
  // quote's start or after Go's `bind: `. Windows gives it on a bind to a port it reserves or another program holds exclusively
  // (CONVENTIONS §2.2, cw38). Not after a connect (`connectex: An attempt …`, a firewall refusing an outgoing connection), a dial or
  // a send: no port of this host refused there.
  [
    /(?:^|[`"'(>]\s?|\bbind: )An attempt was made to access a socket in a way forbidden by its access permissions/,
    'port-already-allocated',
  ],
  // cw158 (stop 53): the same two Windows socket errors (WSAEACCES 10013, WSAEADDRINUSE 10048) named by their number, whatever
  // language FormatMessage gave their words in: CPython's OSError on Windows prints `[WinError %d] %s` (Objects/exceptions.c
  // OSError_str, winerror then the system's strerror: `[WinError 10013] 액세스 권한에 의해 숨겨진 소켓에 액세스를 시도했습니다` on a
  // Korean Windows), Apache httpd's log prints a Windows status as `(OS %d)` before apr_strerror's words (server/log.c
  // log_error_core, status - APR_OS_START_SYSERR), then make_sock's `AH00072: make_sock: could not bind to address %pI` (server/
  // listen.c). A bind only: not after a connect, a dial or a send (a firewall refusing an outgoing connection is 10013 too).
  [
    /^(?!.{0,400}(?:[Cc]onnect|establish a new connection|\bdial\b|\bsend(?:to)?\b))(?=.{0,400}\[WinError 100(?:13|48)\] \S)/,
    'port-already-allocated',
  ],
  [
    /\(OS 100(?:13|48)\)[^\n]{1,300}?\bAH00072: make_sock: could not bind to address \S{0,60}?:(\d{1,5})\b/,
    'port-already-allocated',
    'port',
  ],
  [/\blisten EACCES: permission denied \S{0,60}?:(\d{4,5})\b/, 'port-already-allocated', 'port'],
  // gunicorn's on every address only, at its log line's start: on loopback (`('localhost', 8000)`) the corpus reads where it
  // listens (parse-logs.ts), and under Compose's prefix it is the container's own port, taken twice inside.
  [/^\[[^\]]{10,40}\] \[\d{1,7}\] \[ERROR\] Connection in use: \('(?:0\.0\.0\.0|::|)', (\d{1,5})\)/, 'port-already-allocated', 'port'],
];

/**
 * cw38, read at "Is port 8050 free?" only (the reach path; at lesson 5's run these lines stay the container's own): a server that
 * found its port taken, on whatever address it binds, in the words of the C library under it. gunicorn's `Connection in use:
 * ('localhost', 8000)` (gunicorn/sock.py create_sockets, on EADDRINUSE at any address, then "Retrying in 1 second." and at last
 * "Can't connect to …"; jonaswinkler/paperless-ng#230: supervisord restarting it on Unraid's host network): on loopback it is also
 * where the app listens, which "Does the app listen on 0.0.0.0?" answers (parse-logs.ts), but the port is taken all the same.
 * glibc's strerror(EADDRINUSE) "Address already in use" (musl's "Address in use") after a bind in each server's words: Redis
 * (server.c listenToPort: `Could not create server TCP listening socket *:6379: bind: Address already in use`), PostgreSQL
 * (pqcomm.c: `could not bind IPv4 address "0.0.0.0": Address already in use`), Apache httpd (listen.c make_sock: `(98)Address
 * already in use: AH00072: make_sock: could not bind to address [::]:80`), MySQL (`Can't start server: Bind on TCP/IP port: Address
 * already in use`), Go's net (`listen tcp :8050: bind: address already in use`, also read globally); Rust's std::io::Error
 * (`Address already in use (os error 98)`, Deno's `AddrInUse: Address already in use (os error 48)` on macOS).
 */
const serverBindErrors: ErrorRule[] = [
  [/\bConnection in use: \('[^']{0,253}', (\d{1,5})\)/, 'port-already-allocated', 'port'],
  // cw187 (stop 58): TensorBoard's own words for EADDRINUSE (tensorboard/program.py WerkzeugServer.__init__: `TensorBoard could not
  // bind to port %d, it was already in use`, raised as TensorBoardPortInUseError since 1.x, printed by absl's logging `E0302 … program.py:
  // …]` and again as `ERROR: …`, also by the notebook extension's `Contents of stderr:`; 2.x's port scan ends in `TensorBoard could not
  // bind to any port around %s (tried %d times)`). At a line's start, after absl's `…]`, `ERROR: ` or the exception's class (a
  // sentence that quotes the words is not read). Not its EACCES (`must be run as superuser to bind to port`) nor EADDRNOTAVAIL.
  [
    /(?:^\s{0,8}|\]\s{1,3}|(?:ERROR|Error|\w{0,40}(?:Exception|Error)):\s{1,3})TensorBoard could not bind to (?:port (\d{1,5}), it was already in use|any port around (\d{1,5}) \(tried \d{1,4} times\))/,
    'port-already-allocated',
    'port',
  ],
  // cw68: a server's own words for EADDRINUSE without the C library's: Node-RED's red.js (`[error] Unable to listen on
  // http://127.0.0.1:1880/`, then `[error] Error: port in use`, its messages.json server.port-in-use; node-red/node-red-docker#88 in
  // ioBroker's log table), Vite's strictPort (`Error: Port 5173 is already in use`), Angular CLI's `Port 4200 is already in use. Use
  // '--port' to specify a different port.`, create-react-app's react-dev-utils choosePort (`Something is already running on port
  // 3000.`). Not a dev server that moves on (Next.js' `Port 3000 is in use, trying 3001 instead.`): it listens at the next one.
  // The program's line, not a learner's sentence ("Fails to start, saying that port 8080 is in use", docker/for-mac#1393): at its start
  // (after a symbol or a log's `[…]`/`…:` prefix), capitalised.
  [
    /(?:^[\s\W]{0,4}|\]\s{1,3}|:\s{1,3})(?:Port (\d{1,5}) is (?:already )?in use\b(?!, trying)|Something is already running on port (\d{1,5})\b)/,
    'port-already-allocated',
    'port',
  ],
  [/(?:^\s*|\]\s{1,3}|\s-\s)Error: port in use\b/, 'port-already-allocated'],
  // cw157 (stop 52): Django's development server (django/core/management/commands/runserver.py Command.inner_run: its ERRORS map
  // gives errno.EADDRINUSE "That port is already in use.", written as `self.stderr.write("Error: %s" % error_text)` under
  // "Starting development server at http://127.0.0.1:8000/"; the same words since Django 1.x), on the host or in a container's
  // shell: the program's own line at a line's start, so a sentence that quotes it stays a sentence. Its siblings (EACCES "You don't
  // have permission to access that port.", EADDRNOTAVAIL "That IP address can't be assigned to.") name no port taken.
  [/^\s{0,8}Error: That port is already in use\.?\s*$/m, 'port-already-allocated'],
  // A host's supervisor refusing to start an add-on whose port is taken (Home Assistant Supervisor's PortInUse, `Port '80' is already in
  // use by something else on the host`, hassio-addons/app-nginx-proxy-manager#122, quoted in a question): its words with the port quoted.
  [/\bPort '(\d{1,5})' is already in use by something else on the host\b/, 'port-already-allocated', 'port'],
  [
    /\bbind\b.{0,120}?\bAddress (?:already )?in use\b|\bAddress already in use(?::| \(os error (?:98|48|10048)\))/i,
    'port-already-allocated',
  ],
  // cw78: or a listen() or a listening socket named before it, without the word bind: dnsmasq (src/network.c `failed to create
  // listening socket for port %d: %s`, `… for %s: %s` by address; pi-hole/docker-pi-hole#1221's FTL.log, host network, port 53),
  // Node's net (`listen EADDRINUSE: address already in use :::3000`), a server's `Failed to listen on port 8050: Address already in use`.
  [
    /\b(?:listen(?:ing)?|socket)\b[^\n]{0,120}?\b(?:for|on) port (\d{1,5})\b[^\n]{0,40}?:\s?Address (?:already )?in use\b/i,
    'port-already-allocated',
    'port',
  ],
  [/\b(?:listen(?:ing)?|socket)\b[^\n]{0,120}?(?:\bAddress (?:already )?in use\b|\bEADDRINUSE\b)/i, 'port-already-allocated'],
  // cw168 (stop 55): a Rust program's bind refused, as `.unwrap()` on the io::Error prints it: Rust's std io/error/repr_bitpacked.rs
  // (`impl fmt::Debug for Repr`) shows an OS error as `Os { code: 10048, kind: AddrInUse, message: "…" }`, its kind from
  // sys::decode_error_kind (EADDRINUSE 98/48, WSAEADDRINUSE 10048 → ErrorKind::AddrInUse) whatever language the message is in.
  // AddrInUse comes from a bind (a listener's port another program holds), not a refused or failed connect. Read on the reach path
  // only, as the words above: at run a container's panic is its crash (crash-lines.ts, cw50).
  [/\bOs \{ code: (?:98|48|10048), kind: AddrInUse\b/, 'port-already-allocated', undefined, { variant: 'panic' }],
];

/** The first of bindErrors a line shows, with its port if it names one (read on the reach path, step-reach.ts). */
export function bindInUse(line: string): { port?: string; panic?: boolean } | undefined {
  for (const [re, , names, details] of [...bindErrors, ...serverBindErrors]) {
    const m = re.exec(line);
    if (m) return { ...(names && { port: m[1] ?? m[2] }), ...(details?.variant === 'panic' && { panic: true }) };
  }
  return undefined;
}
