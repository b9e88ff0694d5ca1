/*
 * Log lines of `docker logs`, `docker run` and `docker compose logs` / `up`. Compose prefixes
 * each line with the container: `web-1  | …` since Compose 2.24 ("Strip project prefix",
 * docker/compose 9c4efbdd), `dash-app-web-1  | …` before, `web_1    | …` in v1
 * (cmd/formatter/logs.go pads the name and adds " | ").
 *
 * What the app listens on comes from its start-up lines: Dash logs "Dash is running on
 * http://0.0.0.0:8050/" (plotly/dash dash.py, host as given to app.run); Werkzeug logs
 * " * Running on all addresses (0.0.0.0)" and then " * Running on http://127.0.0.1:8050" for
 * 0.0.0.0, but only " * Running on http://127.0.0.1:8050" for 127.0.0.1
 * (pallets/werkzeug serving.py log_startup). So a loopback line means loopback only when no
 * all-addresses line is there.
 *
 * nginx's errors in the proxy's log (lesson 7) are read by its chunk's `own` reader
 * (compose-errors.ts), which gets the text of each line.
 */
import { requestFailed } from './diagnose-container';
import { addProject } from './facts';
import { splitName } from './parse-table';
import type { Facts, Listen } from './types';

const prefixed = /^\s*([\w.-]+) +\| ?(.*)$/;
/**
 * cw130: an argument parser's refusal in the words Docker's own CLIs share with the programs built on the same libraries: cobra's
 * (spf13/cobra command.go and args.go: `unknown flag: --x`, `unknown shorthand flag: 'x' in -x`, `flag needs an argument: --x`,
 * `invalid argument "x" for "--port" flag`, `unknown command "x" for "y"`, `accepts 1 arg(s), received 2`), Go's flag package (flag.go
 * failf: `flag provided but not defined: -x`), docker/cli's argument checks (`"docker run" requires at least 1 argument`) and its
 * plugin manager (`'compose' is not a docker command`, `unknown command: docker compose`). The error rules read these as Docker's
 * CLI refusing the learner's command (compose-errors.ts unknownFlag: Compose missing; parse-errors.ts: a client too old for a flag).
 * Other parsers' words (argparse, click, clap, commander…) are read by no such rule (start-failures.ts reads them all).
 */
const cliRefusal =
  /\b(?:unknown (?:shorthand )?flag: |flag provided but not defined: |flag needs an argument: |invalid argument "[^"\n]{0,200}" for "|unknown command(?::| ")|accepts (?:at (?:most|least) |between )?\d{1,2}(?: and \d{1,2})? arg\(s\), received \d|requires (?:at least|at most|exactly|a minimum of) \d{1,2} arguments?\b|is not a docker command)/;
/**
 * cw130: a line under Compose's prefix of a service (`web-1  | `, v1's `web_1  | `, before 2.24 `dash-app-web-1  | `; colour codes
 * are gone by now, normalize.ts) is that service's container's own output (docker/compose cmd/formatter/logs.go): Docker's CLI never
 * prints there. So an argument parser's refusal there is the service's program refusing the command it was started with (a start
 * failure, start-failures.ts), never Docker's CLI refusing the learner's (compose-not-installed, client-too-old): read.ts reads no
 * error rule on it. Docker's own refusal, on a line of its own, keeps its rules.
 */
export const serviceRefusal = (line: string): boolean => {
  const p = line.length < 2000 ? prefixed.exec(line) : null;
  return !!p && cliRefusal.test(p[2]!);
};
// Also quoted in a sentence, in any language (docker-lamp#21: "me devuelve el error: `docker_mysql_1 exited with code 1`").
// cw82: the code as the daemon gave it, -1 too (fig and Compose v1 print the container's ExitCode as it is: docker/compose#707,
// `anentropic_postgres_1 exited with code -1` when the daemon lost the process on a restart).
/** cw121: a stack frame's line under its error (V8's `    at f (file:1:2)`, Java's `\tat …` and `\t... 12 more`, a long-stack separator). */
const stackFrame = /^\s+(?:at \S|\.\.\. \d{1,6} more\s*$|-{4,}\s*$)/;
const exitedLine = /(?:^|[`"“‘'])([\w.-]+) exited with code (-?\d+)/;
/** cw112: Compose's status line for a container it replaced (readLogs). */
const recreatedLine = /^\s*([\w.-]{1,100}) has been recreated\s*$/;
/** Compose's progress lines: v2 ` ✔ Container dash-app-web-1  Running`, v1 `Creating dash-app_web_1 ... done`. */
// Windows' consoles print `-` for the tick (` - Container centos2   Created`, spurin/diveintoansible-lab#36).
// cw40: `--dry-run` (2.19+) prints each step after " DRY-RUN MODE - " (docker/compose pkg/api DRYRUN_PREFIX, docs/reference/
// compose.md "Use Dry Run mode"): the containers and the project are named, but nothing was created or started, so no state.
const dryRun = /^\s*(?:[✔✓✗✘⠿-]\s*)?DRY-RUN MODE -\s+/;
const progressV2 =
  /^\s*(?:[✔✓✗✘⠿-]\s*)?(?:DRY-RUN MODE -\s+)?Container ([\w.-]+)\s+(Running|Started|Healthy|Created|Recreated|Exited|Stopped|Error)(?![a-z])/;
const progressV1 = /^\s*(?:Starting|Creating|Recreating) ([\w.-]+) \.\.\. done/;
const progressState: Record<string, string> = {
  Running: 'running',
  Started: 'running',
  Healthy: 'running',
  Created: 'created',
  Recreated: 'created',
  Exited: 'exited',
  Stopped: 'exited',
};
/**
 * A Python crash: the traceback header, or its last line (ModuleNotFoundError: …, dash.exceptions.ObsoleteAttributeException: …);
 * or gunicorn refusing its bind and exiting 1 (util.parse_address's `'' is not a valid port number.`, printed by app/base.py as
 * `Error: …`: an empty $PORT, googlecodelabs/feedback#644). .NET's unhandled exception (`Unhandled exception. System.IO.IOException:
 * Failed to bind to address http://[::]:80: address already in use.`, Kestrel in dotnet/dotnet-docker#4569).
 * cw30, a server's own last words when it stops at start: gunicorn's master halting with an error (benoitc/gunicorn
 * arbiter.py halt(): `log_func = self.log.info if exit_status == 0 else self.log.error`, then `Shutting down: Master` and
 * `Reason: Worker failed to boot.` / `Reason: App failed to load.`, its WORKER_BOOT_ERROR and APP_LOAD_ERROR; loelkes/jire#2).
 * nginx's `[emerg]` is the reach chunk's (step-reach.ts); Compose's check words it as its own (diagnose-compose.ts).
 * cw68: a Go program's fatal level, which exits: logrus' Fatal calls os.Exit(1) after writing `level=fatal msg="…"` (its text
 * formatter, `time="…" level=fatal …`) or `"level":"fatal"` (its JSON formatter; zap's and zerolog's Fatal the same), the
 * registry image's `level=fatal msg="tls: failed to parse private key"` in a restart loop (distribution/distribution
 * registry/registry.go ListenAndServe errors end in logrus.Fatalln). Not dockerd's own `FATA[0000]` (install's, parse-errors.ts).
 */
// cw89: also a traceback's frame line (CPython Lib/traceback.py StackSummary.format: `  File "%s", line %d, in %s`), the header cut
// above it (yarsa/nepal-compliance#65: `backend-1 |   File "/home/frappe/…/website_settings.py", line 174, in get_website_settings`, the
// issue's excerpt starting inside the traceback): printed only under a header, which is read as a crash.
// cw155 (stop 52): a traceback's last line told in a sentence, quoted after its lead's colon (`I get the response: "PermissionError:
// [Errno 13] Permission denied: '/app/data'"`): CPython Lib/traceback.py format_exception_only's `%s: %s` of the exception's qualified
// name and its str(), the line that ends a crash (CONVENTIONS §2.0 cw124: a failure told in the paste's own words). The colon ends a
// word of the sentence, never a quoted key (`"err": "SequelizeHostNotFoundError: …"` is a JSON member of a log line), and the quote
// ends the line: a sentence that goes on after it (`… "ModuleNotFoundError: …" but now it works`) tells of a past try.
/**
 * cw162 (stop 54): node-fetch's error for a request a Node program on the host made (node-fetch src/index.js: `reject(new
 * FetchError(\`request to ${request.url} failed, reason: ${err.message}\`, 'system', err))`), to the host's own loopback at a port,
 * the socket reset under it (Node's `read ECONNRESET`, `socket hang up`): a client's answer at that port (Docker's proxy took the
 * connection and the app behind it closed it), as curl's `(56) Recv failure: Connection reset by peer` (host-clients.ts clientReply),
 * not the last words of a program that crashed. Group 1: the port.
 */
export const fetchReset =
  /^\s{0,4}FetchError: request to https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):(\d{1,5})(?:[/?#]\S{0,300})? failed, reason: (?:read ECONNRESET|socket hang up)\s*$/;
/** cw189: tornado's log prefix at the warning, info or debug level (`[W 2022-12-27 22:59:05.372 ServerApp]`, `[I 15:02:11.205 NotebookApp]`). */
const tornadoBelowError = /^\[[WID] (?:\d{2,4}-\d\d-\d\d )?\d\d:\d\d:\d\d(?:\.\d{1,6})? [\w.-]{1,60}\] /;
/** Stop 53: a Python traceback's own lines: its header, a frame, the exception's qualified name (with its message or alone). */
const traceLine =
  /^(?:Traceback \(most recent call last\)|File "[^"\n]{1,300}", line \d{1,6}|(?:[a-z_]\w*\.)*[A-Z]\w*(?:Error|Exception)(?::|$))/;
const crashLine =
  /Traceback \(most recent call last\)|(?:^|\s)[^\s"'“”`{}[\],:：]{1,40} ?[:：]\s{0,3}["“`'](?:[a-z_]\w*\.)*[A-Z]\w*(?:Error|Exception): [^"”`\n]{1,400}["”`]?\.?$|^File "[^"\n]{1,300}", line \d{1,6}, in [\w<>.]{1,100}$|^Unhandled exception\. (?:\w{1,40}\.){0,8}\w{1,60}Exception: |^(?:[a-z_]\w*\.)*[A-Z]\w*(?:Error|Exception): |^Error: '[^'\n]{0,20}' is not a valid port number\.|\[ERROR\] Shutting down: Master\b|\bReason: (?:Worker failed to boot|App failed to load)\.|^(?:time="[^"]{1,40}" )?level=fatal msg=|^\{.{0,200}?"level":\s?"fatal"/;
/**
 * A failure in its program's own words that ends it (a shell's syntax error, a fatal log line, a traceback, Go's panic, a segfault,
 * nginx's `[emerg]`, at which its master exits): the fallbacks' one test of a tail of lines (reach-fallback.ts, step-fallback.ts), each
 * line read up to 400 characters by them.
 */
export const programFailed =
  /\b(?:syntax error|Traceback \(most recent call last\)|FATAL|[Ff]atal error|panic:|Segmentation fault)|\[emerg\]/;
const dash = /Dash is running on https?:\/\/([^/:\s]+|\[[^\]]*\])/;
const werkzeugLoop = /^\s*\* Running on https?:\/\/(?:127\.0\.0\.1|localhost)[:/]/;
// Werkzeug before 2.1 names the one address it binds: " * Running on http://0.0.0.0:8050/ (Press CTRL+C to quit)".
/** The port of a start-up line: `Dash is running on http://0.0.0.0:5000/`, ` * Running on http://127.0.0.1:8050`. */
const appPortLine = /(?:Dash is running on|^\s*\* Running on) https?:\/\/([^/:\s[]+|\[[^\]]*\]):(\d{1,5})\b/;
/**
 * Other servers' start-up lines with their address: gunicorn's `Listening at: http://127.0.0.1:8000 (9)` (arbiter.py),
 * uvicorn's `Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)` (server.py), Hypercorn's `[INFO] Running on
 * http://127.0.0.1:8000 (CTRL + C to quit)`, waitress's `Serving on http://127.0.0.1:8080` (print_listen), eventlet,
 * Werkzeug's banner on one line, Go's slog, Django's runserver `Starting development server at http://0.0.0.0:8000/`
 * (runserver.py inner_run prints the address it binds). Also another scheme (Puma's `Listening on tcp://0.0.0.0:9292`) and
 * zap's console encoder with its fields as JSON (`SOCKS5 server listening {"addr": "127.0.0.1:12801"}`, apernet/hysteria's
 * logs) or logfmt (`addr=127.0.0.1:8080`), whose address has none. A start that names its URL (`Starting app on
 * http://127.0.0.1:3000`, KiraLT/torrent-stream-server#8; `Server started at http://0.0.0.0:8080`), with its scheme only; "Starting <something> at"
 * only in Django's words (cc-legal-tools-app's static service, `Starting static webserver at http://127.0.0.1:8006/`, beside
 * the app's `Starting development server at http://0.0.0.0:8005/`, would make two services say where they listen). JupyterDash's `Dash app running on http://127.0.0.1:8050/`
 * (jupyter_dash/jupyter_app.py, the host it was given) and Gradio's `Running on local URL:  http://127.0.0.1:7860` (its
 * server_name; 0.0.0.0 with GRADIO_SERVER_NAME=0.0.0.0) name the address they bind. A logger's line with its level before
 * "running on/at" (xinnan-tech/xiaozhi-esp32-server#260: `…[core.websocket_server] - INFO - Server is running at
 * ws://172.18.0.2:8000`, the container's own address), not a learner's "my app is running at …". Never a bare address after "listening on": nginx's default.conf says `# proxy the PHP
 * scripts to Apache listening on 127.0.0.1:80`. cw46: Puma's bind it took over rather than opened (lib/puma/binder.rb parse:
 * `log "* Inherited #{str}"` for a socket kept across a restart, `"* Activated #{str}"` for systemd's, beside `"* Listening on
 * #{str}"`; mcpa-stlouis/hack-the-arch#25: `* Inherited ssl://0.0.0.0:3000?key=certs/server.key&cert=…` after `* Restarting...`).
 */
const serverLine =
  /(?:[Ll]istening (?:at|on):?|\* (?:Inherited|Activated) (?=[a-z]{2,8}:\/\/)|[Ss]tarting (?:[\w-]{1,30} ){0,2}on:? (?=[a-z]{2,8}:\/\/)|\b[Ss]tarted (?:on|at):? (?=[a-z]{2,8}:\/\/)|starting up on|[Ss]erving on|development server at|(?:^|[*n\]:] )[Rr]unning on|\bINFO\b.{0,80}?\b[Rr]unning (?:on|at)|Dash app running on|Running on local URL: |[Ll]istening\s{1,8}\{"addr(?:ess)?":|addr=) ?"?(?:(?:[a-z]{2,8}:\/\/|(?<=addr(?:ess)?(?:": ?"|="?)))([\w.-]{1,253}|\[[\da-f:]{1,39}\]):|port:? {1,4})(\d{1,5})\b/;
/**
 * A logger's line with its level, then "Running <what> at" a bare address (no scheme): env_logger's `INFO 2024-07-17T18:40:58Z:
 * microservice: Running microservice at 127.0.0.1:8080` (goldsborough/microservice-rs#9, a Rust server under Compose), the
 * address it binds. Only after a level, so a sentence's "running at 10.0.0.5:80" is not read.
 */
// cw30: also "listening at/on" a bare address after the level: Python's logging in its default format (Lib/logging/__init__.py
// BASIC_FORMAT `%(levelname)s:%(name)s:%(message)s`: strob/gentle#270's `INFO:root:listening at 0.0.0.0:8765`), a Go or Rust
// logger's `INFO listening on 127.0.0.1:3000`.
const loggerBare =
  /\b(?:INFO|info|Info)\b.{0,80}?\b(?:[Rr]unning (?:[\w-]{1,30} )?(?:on|at)|[Ll]istening (?:on|at):?) ((?:\d{1,3}\.){3}\d{1,3}|localhost|\[[\da-f:]{2,39}\]):(\d{1,5})\b/;
/** gunicorn retrying a bind it cannot get (arbiter.py, `Connection in use: ('localhost', 8000)`): where it is set to listen. */
const bindLine = /Connection in use: \('([\w.:-]{1,253})', (\d{1,5})\)/;
/**
 * Dev servers' banners: Vite's `➜  Local:   http://localhost:5173/`, Vue CLI's `- Local:   http://localhost:8080/`,
 * webpack-dev-server's `Loopback: http://localhost:8080/`. "Local" is the address to open on the same machine, not
 * the bind (Vue CLI in a container binds every address and still says localhost), so it gives the port only. Next.js pads
 * wider and adds its `- Network:      http://0.0.0.0:3000` (dohsimpson/HabitTrove#167: 3000 inside, "3010:3010" published).
 * cw26: a Network URL is printed only when the server binds beyond loopback, so it is every address with its port: Vite's
 * printServerUrls (packages/vite/src/node/logger.ts) lists each interface's `Network:` only with --host (else "use --host to
 * expose"); Next.js 13.5+ start-server.ts `- Network:`; webpack-dev-server 4+ lib/Server.js logStatus `<i> [webpack-dev-server]
 * On Your Network (IPv4): http://172.17.0.2:8080/`; Streamlit's `Network URL:` and `External URL:` (lib/streamlit/web/
 * bootstrap.py:197-207 _print_url, only when server.address is unset: it binds every address; its `Local URL:` the port only).
 * An address only: Next's standalone server binding Docker's $HOSTNAME prints the container ID as its Network URL
 * (crawlseo/crawlseo#10: `- Network: http://b11e77089501:3000`), the container's own address, not every one.
 */
// cw119: also its labels retold in a learner's list with the URL in parentheses (vitejs/vite#17414: "- Local (http://localhost:5174/ -
// http://127.0.0.1:5174/) open an infinitely loading screen", "- Network (http://172.17.0.3:5174/) works", Vite's own `➜  Network:
// http://172.17.0.3:5174/`, packages/vite/src/node/logger.ts printServerUrls): the same label and URL, so the same reading.
const devLocal =
  /^\s{0,8}(?:[➜>*-]\s{1,4}|<i> \[webpack-dev-server\] )?(Local|Loopback|Network|On Your Network \(IPv[46]\)|(?:Local|Network|External) URL)(?::\s{1,12}|\s\()https?:\/\/([\w.-]{1,253}|\[[\da-f:]{2,39}\]):(\d{1,5})\b/;
/**
 * cw26, start-up lines with a URL in the servers' own words (the host as given to the server): PHP 8's built-in server
 * (php-src sapi/cli/php_cli_server.c, `PHP 8.3.4 Development Server (http://0.0.0.0:8000) started`), Laravel 10+'s artisan serve
 * (`INFO  Server running on [http://127.0.0.1:8000].`), aiohttp's run_app (`======== Running on http://0.0.0.0:8080 ========`),
 * Sanic's `Goin' Fast @ http://0.0.0.0:8000`, webpack-dev-server 3's `ℹ ｢wds｣: Project is running at http://localhost:8080/`
 * (its host option, localhost by default), Streamlit's `  URL: http://0.0.0.0:8501` (bootstrap.py:187, server.address as set; indented as it prints it, not a line of prose).
 */
const urlStart =
  /(?:Development Server \(|Server running on \[|={3,} Running on |Goin' Fast @ |Project is running at |^ {1,4}URL: )(?:https?|tcp):\/\/([\w.-]{1,253}|\[[\da-f:]{2,39}\]):(\d{1,5})\b/;
/**
 * cw26, a bare host:port after the server's own words: Next.js start-server.ts before 13.5 (`ready - started server on
 * 0.0.0.0:3000, url: http://localhost:3000`, 13.4 `- ready started server on [::]:3000`), Phoenix's endpoint (`Running
 * HelloWeb.Endpoint with Bandit 1.5.7 at 0.0.0.0:4000 (http)`, `with cowboy 2.10.0 at 127.0.0.1:4000`), Python's http.server
 * (cpython Lib/http/server.py test(): `Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...`, `Serving HTTP on ::
 * port 8000`), a Go server's `2025/03/01 12:00:00 listening on :8080` (net.Listen: an empty host is every address; only after the log
 * package's date, so a learner's "it is listening on :8050" is not read). Hugo names its bind after the
 * URL (commands/server.go:973 `Web Server is available at http://localhost:1313/ (bind address 0.0.0.0)`).
 */
// cw30: also a line that starts with a server's own "Running/Starting <name> server on" and a bare address (jolibrain/deepdetect#110:
// `Running DeepDetect HTTP server on 0.0.0.0:8080`, the host and port it binds); at the line's start only, not in a sentence.
// cw34: also "… server on address" (martin-helmich/prometheus-nginxlog-exporter main.go: `fmt.Printf("running HTTP server on
// address %s\n", listenAddr)`, its listen.address and port; #86: `running HTTP server on address localhost:4040`).
// cw34: and Hadoop's RPC servers (apache/hadoop NameNodeRpcServer: `LOG.info("RPC server is binding to " + bindHost + ":" +
// rpcAddr.getPort())`; moby/moby#13914, its logger's prefix wrapped onto the line before: `de: RPC server is binding to localhost:8020`).
// cw37: a Go program's own start line after the log package's date (log.LstdFlags, `2009/01/23 01:23:23 `) in other words than
// "listening on": portainer's api/cmd/portainer/main.go `log.Printf("Starting Portainer %s on %s", portainer.APIVersion,
// *flags.Addr)` (portainer/portainer#2860: `2019/05/02 11:14:07 Starting Portainer 1.20.2 on :9000`), "Serving on", "Started …
// at", "Running … on", with up to three words between (a name, a version) and the address Go's net.Listen took (`:9000`, no host:
// every address).
// cw40: the same without the date, a line that is only the start words and Go's address (`:6969`, `[::]:1323`; no other host,
// which a sentence may say; nor a sentence's own words first: `I tried running it on :8050`) at its end: gusaul/grpcox main.go `log.Println("Service started on", port)` with port ":6969" (grpcox#8), echo's
// `⇨ http server started on [::]:1323` (labstack/echo echo.go), `Listening on :8080` (net/http's ListenAndServe(":8080", …)).
const bareStart =
  /(?:^(?:[Rr]unning|[Ss]tarting|[Ss]tarted) (?:[\w.-]{1,30} ){0,3}[Ss]erver on (?:address )?|\bRPC server is binding to |\bstarted server on |\bwith [\w-]{1,20} [\d.]{1,12} at |^Serving HTTP on |^(?:⇨ )?(?!(?:I|[Ww]e|[Yy]ou|[Ii]t|[Ww]hen|[Ii]f|[Aa]fter|[Tt]hen|[Ss]o|[Bb]ut|[Aa]nd|[Nn]ow|[Tt]ried) )(?:[\w-]{1,30} ){0,3}(?:[Ll]istening|[Ss]erving|[Ss]tart(?:ing|ed)|[Rr]unning)(?: [\w-]{1,30}){0,2} (?:on|at):? (?=(?:\[::\]|):\d{1,5}\/?\s*$)|^\d{4}\/\d\d\/\d\d [\d:.]{8,15} .{0,60}?\b(?:[Ll]istening|[Ss]erving|[Ss]tart(?:ing|ed)|[Rr]unning)\b(?: [^:\s]{1,30}){0,3} (?:on|at):? (?=(?:\[[\da-f:]{2,39}\]|::|(?:\d{1,3}\.){3}\d{1,3}|localhost|):\d))(\[[\da-f:]{2,39}\]|::|(?:\d{1,3}\.){3}\d{1,3}|localhost|)(?::| port )(\d{1,5})\b/;
/**
 * cw51: more frameworks' own start lines, each in its program's words (found by trying the listening step on each):
 * gin's debug.go `[GIN-debug] Listening and serving HTTP on 0.0.0.0:8080` (also HTTPS; `:8080` for every address), thin's
 * server.rb `Listening on 0.0.0.0:3000, CTRL+C to stop`, Jetty's connector `Started ServerConnector@6e2c634b{HTTP/1.1, (http/1.1)}
 * {0.0.0.0:8080}` (9.x `{HTTP/1.1,[http/1.1]}{0.0.0.0:8080}`), the Node.js docs' getting-started server `Server running at
 * http://127.0.0.1:3000/`, Rocket's `Rocket has launched from http://127.0.0.1:8000`.
 */
const frameworkStart =
  /(?:\[GIN-debug\] Listening and serving HTTPS? on |^\s*Listening on (?=[^\s,]{1,60}, CTRL\+C to stop)|\bServerConnector@[\da-f]{4,16}\{[^{}]{1,60}\}\{|^\s*Server running at (?:https?:\/\/)|Rocket has launched from (?:https?:\/\/))(\[[\da-f:]{2,39}\]|(?:\d{1,3}\.){3}\d{1,3}|localhost|[\w.-]{1,253}|):(\d{1,5})\b/;
const hugo = /Web Server is available at https?:\/\/[\w.-]{1,253}:(\d{1,5})\/? \(bind address ([\da-f.:]{2,39})\)/;
/**
 * cw26, Jupyter's URLs under "Jupyter Server 2.14.2 is running at:" (jupyter_server serverapp.py:2923, display_url 2416): the
 * ip as given (`localhost` when unset: loopback), then always the local `127.0.0.1` one (the port only); the classic notebook's
 * `http://(3f1c2a9b7d0e or 127.0.0.1):8888/` for a wildcard ip (every address).
 */
const jupyterUrl =
  /^\[[IWD] [\d :.-]{8,30} (?:ServerApp|NotebookApp|LabApp)\]\s{1,8}(?:or )?https?:\/\/(\([\w.-]{1,253} or 127\.0\.0\.1\)|[\w.-]{1,253}|\[[\da-f:]{2,39}\]):(\d{1,5})\//;
/**
 * cw40: the classic notebook's wildcard ip before 5.1 (jupyter/notebook notebookapp.py display_url: `ip = self.ip if self.ip else
 * '[all ip addresses on your system]'`, after "The Jupyter Notebook is running at:" on its line or the next): every address.
 * IBMDataScience/DSx-Desktop#28 (`http://[all ip addresses on your system]:8888/`).
 */
const jupyterAll = /\bhttps?:\/\/()\[all ip addresses on your system\]:(\d{1,5})\b/i;
/**
 * cw142: the running servers Jupyter lists (`jupyter notebook list`, `jupyter server list`, `jupyter lab list`, often through
 * `docker exec`): jupyter/notebook notebookapp.py NbserverListApp.start `print("Currently running servers:")`, then for each
 * `print(url, "::", serverinfo['notebook_dir'])`, the url its server_info() wrote (`connection_url`: the ip as given, `0.0.0.0` for
 * every address, `localhost` when unset); jupyter_server serverapp.py JupyterServerListApp the same with `root_dir`
 * (gevero/py_gmm#26: `http://0.0.0.0:8888/?token=… :: /home/jovyan/notebooks`). The server's own address and port, one a line.
 */
const jupyterList = /^https?:\/\/((?:\d{1,3}\.){3}\d{1,3}|localhost|\[[\da-f:]{2,39}\]|[\w.-]{1,253}):(\d{1,5})\/\S{0,400} :: [~/A-Za-z]/;
/**
 * cw26, a port with no address, where the server's default is every address: Spring Boot's embedded servers (spring-boot
 * TomcatWebServer.start: 2.x `Tomcat started on port(s): 8080 (http) with context path ''`, 3.x `Tomcat started on port 8080
 * (http)`; NettyWebServer, JettyWebServer, UndertowWebServer the same) bind every address unless server.address is set.
 */
const bootPort = /\b(?:Tomcat|Jetty|Undertow|Netty) started on port(?:\(s\))?:? (\d{1,5})\b/;
/** Vite without --host binds loopback only and says so (packages/vite/src/node/logger.ts printServerUrls). */
const viteLoop = /Network: use --host to expose/;
/**
 * cw161 (stop 54): TensorBoard's own start line (tensorflow/tensorboard tensorboard/program.py, TensorBoardServer
 * print_serving_message: `TensorBoard %s at %s (Press CTRL+C to quit)` with WerkzeugServer.get_url()). get_url names the host it
 * was given (`--host`), or for a wildcard bind (2.x `--bind_all`, 1.x's default empty host: `_auto_wildcard`) the machine's own
 * name (socket.getfqdn(), 1.x socket.gethostname(): in a container its ID), so a name that is no address is every address (as
 * cw120 reads an interface's own name). `localhost` is loopback only after its print_serving_message's own warning (2.x, no
 * --host and no --bind_all: `Serving TensorBoard on localhost; to expose to the network, use a proxy or pass --bind_all`): get_url
 * also falls back to `localhost` for a wildcard bind whose name it cannot reach, so alone it gives the port only.
 */
const tensorBoard =
  /^\s*TensorBoard \d[\w.+-]{0,30} at https?:\/\/([\w.-]{1,253}|\[[\da-f:]{2,39}\]):(\d{1,5})\/?\S{0,200} \(Press CTRL\+C to quit\)/;
const tensorBoardLoop = /^\s*Serving TensorBoard on localhost; to expose to the network/;
/**
 * cw161 (stop 54): Rocket's configuration banner before it launches (rwf2/Rocket 0.4 lib/src/rocket.rs Rocket::configured:
 * `launch_info!("{}Configured for {}.", Paint::emoji("🔧 "), config.environment)`, then launch_info_! items its logger prints
 * as `    => address: {}`, `    => port: {}`; 0.5 core/lib/src/config/config.rs pretty_print: `🔧 Configured:` then `   >> address:
 * 127.0.0.1`, `   >> port: 8000`): the address and port it will bind. Only under that header, and loopback only makes a problem
 * (app-listens-on-loopback); every address waits for its own launch line (`Rocket has launched from http://0.0.0.0:8000`, read
 * above), since the banner comes before the bind.
 */
const rocketHead = /^\s*(?:🔧\s{0,2})?Configured(?: for [\w-]{1,30}\.|:)\s*$/u;
const rocketItem = /^\s*(?:=>|>>)\s{1,3}(address|port): ?(\S{1,253})\s*$/;
const werkzeugAll = /^\s*\* Running on https?:\/\/(?:0\.0\.0\.0|\[::\])[:/]/;
/**
 * cw186 (stop 58): Jekyll's own start line (jekyll/jekyll lib/jekyll/commands/serve.rb start_up_webrick, before 3.5 process: `Jekyll.
 * logger.info "Server address:", server_address(server, opts)`; format_url's `%{prefix}://%{address}:%{port}%{baseurl}` from WEBrick's
 * BindAddress, the --host given, 127.0.0.1 by default; lib/jekyll/log_adapter.rb formatted_topic pads the topic to 20 columns:
 * `    Server address: http://127.0.0.1:4000/`). The words are any program's too (a client printing the server it uses), so only
 * beside another of Jekyll's own topic lines in the same output (jekyllTopic: `Configuration file:`, `Auto-regeneration:`,
 * `Incremental build:`, `Server running... press ctrl-c to stop.`). Its `LiveReload address:` is another listener, not read.
 */
const jekyllAddress = /^\s{0,20}Server address:\s{1,4}https?:\/\/(\[[\da-fA-F:]{2,39}\]|[\w.-]{1,253}):(\d{1,5})\b/;
const jekyllTopic = /^\s{0,20}(?:Configuration file:|Auto-regeneration:|Incremental build:|Server running\.\.\. press ctrl-c to stop\.)/;
/**
 * cw186 (stop 58): a logger's start message with its fields printed as one JSON object after it: code-server 1.x (coder/code-server
 * packages/server/src/cli.ts: `logger.info("Starting webserver...", field("host", options.host), field("port", options.port))`,
 * @coder/logger writing `INFO  Starting webserver... {"host":"0.0.0.0","port":8443}`), winston's simple format (logform simple.js:
 * `${level}: ${message} ${stringify(rest)}`: `info: Server started {"host":"127.0.0.1","port":3000}`). Only after the level at the
 * line's start (a sentence is no logger's line), and only the host and port fields' values: the address it binds and its port.
 */
const fieldsStart =
  /^\s*(?:\[[^\]\n]{1,40}\]\s{0,3})?(?:INFO|[Ii]nfo)\b:?\s{1,8}(?:[\w-]{1,30} ){0,3}(?:[Ss]tart(?:ing|ed)|[Ll]istening|[Ss]erving|[Rr]unning)\b[^{}"\n]{0,60}?\s(\{[^{}\n]{0,400}\})\s*$/;
/**
 * cw186 (stop 58): nginx's own line for each listening socket it opens, at its debug level (nginx/nginx src/core/ngx_connection.c
 * ngx_open_listening_sockets: `ngx_log_debug2(NGX_LOG_DEBUG_CORE, log, 0, "bind() %V #%d ", &ls[i].addr_text, s)`, logged as
 * `2016/10/05 09:38:25 [debug] 1#0: bind() 0.0.0.0:8080 #5`): the address and port of its `listen`. After its log's level and
 * pid#tid only (a unix socket's `unix:` path is no port).
 */
const nginxBind = /\[debug\] \d{1,9}#\d{1,9}: bind\(\) (\[[\da-fA-F:]{2,39}\]|(?:\d{1,3}\.){3}\d{1,3}|\*|):(\d{1,5}) #\d{1,9}\s*$/;
const fieldHost = /"(?:host|hostname|address|addr|bind|ip)"\s?:\s?"(\[?[\da-fA-F:.]{0,45}\]?|localhost)"/;
const fieldPort = /"port"\s?:\s?"?(\d{1,5})\b/;
/**
 * cw163 (stop 54): a cloud IDE's forwarded URL in the server's own `* Running on` line (a codespace's Flask prints it in place of the
 * address): GitHub Codespaces names the forwarded port at the end of the host (docs.github.com "Forwarding ports in your codespace":
 * `https://CODESPACE-NAME-PORT.app.github.dev`; before 2023 `.preview.app.github.dev` and `.githubpreview.dev`), Gitpod at its start
 * (gitpod.io docs "Ports": `https://PORT-WORKSPACE.ws-REGION.gitpod.io`). The port the server listens at; the address is not said.
 */
const forwardedUrl =
  /^\s*\* Running on https:\/\/(?:[\w-]{1,200}?-(\d{2,5})\.(?:app\.github\.dev|preview\.app\.github\.dev|githubpreview\.dev)|(\d{2,5})-[\w-]{1,200}\.ws(?:-[a-z\d]{1,10})?\.gitpod\.io)\b/;
/**
 * cw45: a start line quoted after words on the same line: a typographic opening quote after any letter (a Chinese project
 * report's `终端出现 “Dash is running on http://0.0.0.0:8050/” 后`, `「…」`, `«…»`, `„…“`), or an ASCII one after a word and a
 * space (`I get "Running on …"`). Not a structured log's value: `"msg": "Running on …"` and `msg="…"` have no word before
 * the quote's space, and a line that is only the quoted output (a learner's own paste in quotes) has no word before it.
 * cw65: a Markdown code span counts as such a quote (a README's "you should get a message: `Dash is running on
 * http://0.0.0.0:8050/`", holdout57's first run: a false ok).
 */
const startWords = String.raw`(?:Dash is running on|\* Running on|(?:[\w-]{1,30} )?[Rr]unning on|[Ll]istening (?:on|at)|[Ss]erving on)`;
/**
 * cw114: what a server's logger prints before its start words, quoted with them (holdout91's false ok, a Dash README: "The output of
 * this command will include `[INFO] Listening at: http://0.0.0.0:8050`"): gunicorn's `[2024-05-01 10:00:00 +0000] [1] [INFO] `
 * (gunicorn/glogging.py: `%(asctime)s [%(process)d] [%(levelname)s]`), uvicorn's `INFO:     ` (uvicorn/logging.py), a bare ISO time.
 * Up to four such parts, each bounded, so a quote of a whole log line is the same telling as a quote of its words.
 */
const logHead = String.raw`(?:\[[^\]\n]{1,40}\] ?|(?:INFO|DEBUG|NOTICE|WARN(?:ING)?)[:|]? {1,10}|\d{4}-\d\d-\d\d[ T][\d:.,]{5,15}(?:[+-]\d\d:?\d\d|Z)? {1,3}|[\w.-]{1,60} {0,20}\| ){0,4}`;
// cw123: and Compose's prefix of a service's line (`dashboard-1  | `, v1's `web_1  | `: docker/compose cmd/formatter/logs.go), quoted
// after French typography's space before its colon (a plan's "Attendu : `dashboard-1 | Dash is running on …`", holdout99's false ok).
const quotedStart = new RegExp(String.raw`(?:\p{L}[^"“”「」«»„]{0,200}?[“「«„]|\p{L} ?[,:]? ["'‘\x60])\s?${logHead}${startWords}`, 'u');
/**
 * cw128, one reader for a program's line told inside a learner's sentence, whatever the program (the shapes met, each from a real
 * writer: a Dash README's "you should get a message: `Dash is running on …`", cw65; gunicorn's whole line in a code span after "The
 * output of this command will include", cw114; a French plan's "Attendu : `dashboard-1 | …`", cw123; a Chinese report's `终端出现 “…”`,
 * cw45; docker/docs' "you should see" before a sample). What decides is the teller's words and the mark between them and the line,
 * not the program's words: a word of saying, seeing or expecting in the corpus' languages, then a colon (ASCII, or the full-width
 * one a Chinese or Japanese input method types, which normalize.ts makes ASCII), or nothing at all ("it prints Dash is running on
 * …"), then within 200 characters an address with its port (a URL, a dotted quad, Go's `:8050`). A program's own line never has
 * such a word right before its colon: uvicorn's `INFO:     Uvicorn running on`, Python logging's `INFO:werkzeug: * Running on`,
 * gunicorn's `Listening at:`, Vite's `Network:`. Bounded: at most four words between the word and its colon.
 */
const sayWord = String.raw`(?:see|saw|seen|get|got|show|shows|showed|shown|say|says|said|print|prints|printed|display|displays|displayed|output|outputs|include|includes|return|returns|give|gives|gave|looks? like|something like|expected|message|attendu|affiche|affiché|voir|verrez|obtenez|indique|sortie|erwartet|ausgabe|zeigt|sehen|meldung|erscheint|esperad[oa]|ver|verás|muestra|dice|aparece|salida|mensaje|mostra|diz|saída|mensagem)`;
const toldAddress = String.raw`[^\n]{0,200}?(?:https?:\/\/[\w.\[\]:-]{1,60}:\d|\b(?:\d{1,3}\.){3}\d{1,3}:\d|\[::\]:\d|(?:^|\s):\d{2,5}\b)`;
// Stop 46: a word between may be an abbreviation with its dot (German `erwartet u. a.:`, "among others", h108's notes).
const toldAfterWord = new RegExp(
  String.raw`(?:(?:^|[\s*_(])${sayWord}(?:\s[\p{L}'’-]{1,20}\.?){0,4}?\s?:|(?:看到|显示|顯示|输出|輸出|出现|出現|提示|预期|期望|表示|出力)[:：]|\b(?:looks? like|something like|(?:should|will|would) (?:see|get|say|print|show|display|read|output|include)|says?|said|prints?|printed|shows?|showed|displays?|displayed|outputs?)(?: that)?\s)\s{0,3}${toldAddress}`,
  'iu',
);
/**
 * cw73: the same quote opening its line when the sentence wrapped before it (a README's "once complete you should see that\n`Dash
 * is running on http://0.0.0.0:8050/`."): the line before ends in a word, a comma or a colon, not a sentence's end or a log's.
 */
const quotedHead = new RegExp(String.raw`^\s*(?:["'‘\x60“「«„]\s?)?${logHead}${startWords}`, 'u');
/** Its opening quote or its closing one (normalize.ts may take a code span's opening backtick at a line's start away). */
const quotedEnds = (text: string) => /^\s*["'‘`“「«„]/u.test(text) || /\S["'’`”」»“]\s?[.,;:!?)]?\s*$/u.test(text);
/**
 * Or the sentence goes on after the span's closing backtick or quote (`` `Dash is running on http://0.0.0.0:8050/`. ``, `` …`, and
 * the API is ready ``), whatever the line before (a command told in that sentence starts a part of its own: normalize.ts).
 */
// cw128: or a Japanese, Chinese or Korean sentence goes on at once after its closing bracket (`「Dash is running on …」と表示されるはず`).
const spanGoesOn = /\S[`”」』»"]\s?(?:[.,;:!?)]|\s\p{L}|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])/u;
const proseTail = /(?:^|\s)\p{L}[\p{L}'’-]{0,40}[,:]?\s*$/u;
/**
 * cw95: a start line a learner wishes for, written after words of wanting or asking on the same line, without quotes
 * (bmaltais/kohya_ss#230: Gradio printed `Running on local URL:  http://127.0.0.1:7860`, then "i want to Running on local URL:
 * http://0.0.0.0:7860，How to set it up"): what the learner wants is not what the server printed, so it keeps its port only, as a
 * retold line (CONVENTIONS §2.4). In English (any case: a learner's lowercase "i") and in Chinese, the same words.
 */
const wished =
  /^\s*(?:[Ii] (?:(?:really |just )?(?:want(?:ed)?|need(?:ed)?|wish|would like|'d like|expect(?:ed)?|hope)|am expecting)\b|[Hh]ow (?:to|do|can|could|should)\b|(?:[Ii]t |[Tt]his )?[Ss]hould (?:say|show|be|print|read)\b|[Ee]xpected(?: output| result)?:?\s|[Ww]hat I want\b|我想|我希望|希望|期望|如何|怎么)/u;
/**
 * Werkzeug's request lines: `172.17.0.1 - - [13/Apr/2024 20:47:25] "GET / HTTP/1.1" 200 -` (a 4xx or 5xx
 * one coloured, its codes cleaned by normalize.ts). A client other than loopback reached the app from
 * outside its container (Docker's gateway, through the published port): it listens where Docker forwards.
 */
const request = /^([\d.]+|[\da-f:]+) - - \[[^\]]{1,40}\] "(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH) \S{1,2000} HTTP\/[\d.]+" \d{3} /;
/**
 * cw73: other servers' access lines by their shape, the client's address first after a level: uvicorn's AccessFormatter
 * (uvicorn/logging.py `'%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s'`: `INFO:     192.168.29.99:51330 -
 * "GET / HTTP/1.1" 404 Not Found`, mealie-recipes/mealie#192), Hypercorn's and Daphne's `host:port - - [time] "GET / …" 200`,
 * Express morgan's `::ffff:172.17.0.1 - - […]` (an IPv4 client on a dual-stack socket). Any status: the app answered.
 */
/**
 * cw189 (stop 58): Tornado's access line (tornado/web.py Application.log_request: `log_method("%d %s %.2fms", handler.get_status(),
 * handler._request_summary(), request_time)`, _request_summary `"%s %s (%s)" % (method, uri, remote_ip)`), as Bokeh's server logs it
 * (`2021-07-28 20:59:06,819 404 GET /favicon.ico (10.1.2.3) 0.47ms`) and Jupyter's log_request (`[I … ServerApp] 302 GET / (172.17.0.1)
 * 0.52ms`). Any status: the app answered that client. A client the writer masked (`xx.xx.xxx.xxx`: nobody masks a loopback
 * address) is one from elsewhere.
 */
const tornadoAccess =
  /(?:^|\s)[1-5]\d\d (?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH) \S{1,2000} \(((?:[\dx]{1,3}\.){3}[\dx]{1,3}|[\da-fx:]{2,39})\) \d{1,9}(?:\.\d{1,3})?ms\s*$/;
/**
 * cw199 (stop 59): nginx's error-log line for a request it answered itself (src/http/ngx_http_request.c ngx_http_log_error_handler
 * appends `, client: %V`, `, server: %V`, `, request: "%V"`: `[error] 8#8: *1 directory index of "/static/" is forbidden, client:
 * 172.17.0.1, server: localhost, request: "GET / HTTP/1.1", host: "localhost:8080"`): that client reached nginx and nginx answered
 * (403, 404). Not a line naming an upstream (a proxy's failure, read by its own rules).
 */
const nginxClient =
  /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[(?:error|warn|notice|info|crit)\] \d{1,7}#\d{1,7}: \*\d{1,12} (?!.*\bupstream: ).{1,1500}?, client: ((?:\d{1,3}\.){3}\d{1,3}|[\da-f:]{2,39}), server: [^,]{0,200}, request: "(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH) \//;
/**
 * cw202 (stop 60): a Python socket server's accepted peer, as CPython's socket documentation's echo server prints it (Doc/library/
 * socket.rst "Example": `conn, addr = s.accept()`, then `print('Connected by', addr)`), copied into countless course servers with
 * their own verb (`Connected:`, `Connection from`, `Accepted connection from`): the address tuple's repr, `('172.17.0.1', 40186)`
 * (an IPv6 peer's 4-tuple `('::ffff:172.17.0.1', 40186, 0, 0)`), at the line's start. A peer beyond loopback reached the server, as
 * an access line says (Docker's gateway: through the published port). Not a sentence that quotes it.
 */
const pyPeer =
  /^(?:[Cc]onnected|[Cc]onnection|[Aa]ccepted connection|[Nn]ew connection)(?: (?:by|from))?(?: client)?:?,? \('((?:\d{1,3}\.){3}\d{1,3}|[\da-f:.]{2,45})', \d{1,5}(?:, \d{1,10}, \d{1,10})?\)\s*$/;
const accessLine =
  /^(?:(?:INFO|DEBUG|WARNING|ERROR|TRACE):\s{1,10}|\[[\w :.,+-]{1,40}\]\s{1,4}){0,3}((?:::ffff:)?\d{1,3}(?:\.\d{1,3}){3}|\[[\da-f:]{2,39}\])(?::\d{1,5})? - (?:- \[[^\]]{1,40}\] )?"(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH) \S{1,2000}(?: (?:HTTP\/)?[\d.]{1,3})?" [1-5]\d\d\b/;
/**
 * cw102: PHP's built-in server (`php -S`, the adminer image's and many PHP images' CMD), its request lines: php-src sapi/cli/
 * php_cli_server.c logs `[%s] ` (the date, ctime's `%a %b %e %H:%M:%S %Y`) then `%s [%d]: %s %s` (the client's address:port, the
 * status, method and URI; 7.4 and before `%s [%d]: %s`, the URI only), an IPv6 client in brackets (`[::ffff:172.29.0.1]:64670 [302]:
 * POST /?server=db`, natanfelles/adminer-bootstrap-like#11 under Compose). Any status: the app answered that client. Not its
 * `Accepted` and `Closing` lines alone (a connection, no answer).
 */
const phpServer =
  /^(?:\[[A-Z][a-z]{2} [A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d \d{4}\]\s{1,4})?(?:\[([\da-f:.]{2,45})\]|(\d{1,3}(?:\.\d{1,3}){3})):\d{1,5} \[[1-5]\d\d\]: (?:(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH) )?\//;

/**
 * cw115: uWSGI's request log line (unbit/uwsgi core/logging.c uwsgi_logit_simple: `"[pid: %d|app: %d|req: %d/%llu] %.*s (%.*s) {%d
 * vars in %d bytes} [%.*s] %.*s %.*s => generated %llu bytes in %llu %s%s(%.*s %d) …"`: the worker, the app (-1 when none loaded),
 * the client's address (REMOTE_ADDR), the remote user, the date, method and URI). kuruoujou/aniping#1: `[pid: 12|app: 0|req: 3/3]
 * 98.111.8.205 () {46 vars in 839 bytes} [Wed Oct 18 21:54:25 2017] GET / => generated 4567 bytes in 117 msecs (HTTP/1.1 200)`. Any
 * status: the server answered that client, as the access lines above.
 */
const uwsgiRequest =
  /^\[pid: \d{1,7}\|app: -?\d{1,4}\|req: -?\d{1,10}\/\d{1,12}\] ([\da-fA-F:.]{2,45}) \([^)\n]{0,100}\) \{\d{1,6} vars in \d{1,9} bytes\} \[[^\]\n]{1,60}\] [A-Z]{3,10} \S{1,2000} => generated /;

/** coreutils' error on a file (`mkdir: cannot create directory '/data': Permission denied`, `chown: changing ownership of …`). */
const fileError =
  /^[\w.-]{1,40}: (?:cannot \w+(?: \w+){0,2}|changing \w+ of) .{1,300}: (?:Permission denied|Read-only file system|Operation not permitted)\s*$/;

/** web-1 → web; dash-app-web-1 → web (and the project); anything else stays as it is. */
function serviceOf(prefix: string, facts: Facts): string {
  const { project, service } = splitName(prefix);
  addProject(facts, project);
  return service ?? prefix.replace(/[-_]\d+$/, '');
}

/**
 * cw122: a guide's note that quotes an error as the condition of its advice, on the error's own line ("If you see "Cannot connect
 * to the Docker daemon", start Docker Desktop"; a Japanese book's `"Command 'docker' not found"のようなメッセージが出力される場合は、
 * …再度インストールしてください`, under its own `docker --version` that answered): an error that may appear, not one that did. By the
 * conditional's own words, in the reader's person or none, never the writer's (`If I run docker ps I get "…"` is what happened):
 * English, German, French, Spanish, Portuguese, Japanese (〜される場合は, 〜されるとき; a past 〜されたとき tells what happened), Chinese (如果/若 出现), Korean (〜(이)라는 메시지가
 * 나오면). Only with the error in quotes on that line: a guide's sample under "If you get this error:" in a block of its own is the
 * error shown (CONVENTIONS §2.1: h68-dtcfaq011, h39-kbsdk), and stays read. (read.ts reads the error rules with it; readLogs tells a
 * step's own log reader, cw127.)
 */
const ifNote =
  /\b(?:if|in case|should|when(?:ever)?) (?:you|one) (?:see|get|receive|encounter|run into|are (?:seeing|getting|shown))\b|\bif (?:a|an|the) (?:message|error|output)(?: message)? (?:like|such as|similar to)\b|\b(?:falls|wenn) (?:sie|du|eine? (?:meldung|fehlermeldung)|die (?:meldung|fehlermeldung)) |\bsi vous (?:voyez|obtenez|recevez|rencontrez)\b|\bsi (?:ves|obtienes|recibes|te aparece|usted ve)\b|\bse (?:você )?(?:vir|receber|obtiver|aparecer)\b|(?:ような|といった|などの|という|と)(?:エラー)?(?:メッセージ|エラー|表示|出力)?(?:が|は)?(?:出力|表示|出)(?:(?:される|る)(?:場合|とき|時|なら)|(?:された|た)(?:場合|なら))|(?:如果|若是?|假如|要是)(?:你|您)?(?:出现|提示|看到|遇到|报错|显示|输出|得到)|(?:라는|같은|와 같은|과 같은) ?(?:메시지|오류|에러|출력)(?:가|이) ?(?:나오면|뜨면|출력되면|표시되면|나타나면|발생하면)/i;
// cw128: any quote mark a teller types (French and Swiss « », German „ “, single ‘ ’, Japanese 「」『』, a code span), or none: the
// error in the conditional's own sentence ("If you see Cannot connect to the Docker daemon …, start Docker Desktop"), not on a line
// of its own under it (the block form, above, stays read).
const quoteMark = /["“”„「『`«»‘’]/;
const ifUnquoted = /^\W{0,4}(?:if|in case|when|should|falls|wenn|si|se|如果|若|假如|要是)\b/iu;
/** A line that tells an error as the condition of advice: the conditional's words, the error quoted or in its own sentence. */
export const toldAsCondition = (line: string) => line.length < 600 && (quoteMark.test(line) || ifUnquoted.test(line)) && ifNote.test(line);

/** A step's own reader of a log line's text (without its Compose prefix). */
/**
 * `key`, `listen`: the line's service ('' without a Compose prefix) and its Listen; true when the line said where it listens.
 * cw127: `told`, the line quotes what it reads as the condition of advice (ifNote above: "If you see `could not translate host name
 * "db"`, …"), an error that may appear, not one that did.
 */
export type LogLineReader = (text: string, facts: Facts, key?: string, listen?: Listen, told?: boolean) => boolean | void;

/** Reads the lines; returns true when any of them was recognisably a log line. */
/** A test server's banner under way at the end of a part (Capybara's, below), per paste. */
const testBanner = new WeakSet<Facts>();

/**
 * Stop 49: a comment inside a script's or a checklist's block that leads what one should see (`# Should see:`, `// Expected output:`,
 * `REM You will see:`, `# Attendu :`): the lines under it, down to a blank line, are what its writer expects, told as cw128's lead
 * outside the block is (h126-notes53597421258's ```batch checklist: `# Should see:`, then `Dash is running on http://0.0.0.0:8050/`;
 * the first expert partial, "not your container's own log"). An `# Output:` label alone is a command's output (CONVENTIONS cw102).
 */
export const leadComment =
  /^\s{0,20}(?:#|\/\/|REM\s|::)\s{0,4}[^\n:]{0,60}?(?:\b(?:should|will|would|must|you'?ll)\s+(?:see|get|print|show|display|read)\b|\bexpected\b|\battendu|\berwartet|\besperad[oa]|应该看到|预期|預期|期望)[^\n:]{0,40}\s?:\s*$/iu;

export function readLogs(lines: string[], facts: Facts, own?: LogLineReader): boolean {
  let seen = false;
  let led = false;
  const failures: Record<string, number> = {};
  const werkzeugAt = new WeakMap<Listen, { loop?: number; other?: number }>();
  // cw46: kept from one part of the paste to the next (a blank line after each line splits the output: habits.ts paragraphs).
  let test = testBanner.has(facts);
  // cw161: TensorBoard warned it serves on localhost (tensorBoardLoop), read with its start line after it.
  let tbLoop = false;
  // cw161: under Rocket's `Configured for …` banner (rocketHead).
  let rocket = false;
  // cw186: the output holds another of Jekyll's own topic lines (jekyllTopic), so its `Server address:` is Jekyll's.
  const jekyll = lines.some((l) => l.length < 300 && jekyllTopic.test(prefixed.exec(l)?.[2] ?? l));
  const startedBy = new WeakMap<Listen, 'jekyll' | 'fields'>();
  testBanner.delete(facts);
  let prev = '';
  // Stop 53: the services whose last line was a web app's error for one request (diagnose-container.ts requestFailed: uvicorn's
  // `Exception in ASGI application`, Flask's `Exception on / [GET]`, gunicorn's `Error handling request`, Django's `Internal Server
  // Error: /`): the traceback under it is that request's, which the server answers with a 500 and lives through (uvicorn
  // protocols/http/*_impl.py run_asgi logs it and sends the 500; flask app.py handle_exception; gunicorn workers/base.py
  // handle_error). No crash, until a line of its own that is no part of the traceback (an access line, the next request).
  // Only the traceback's own lines (CPython Lib/traceback.py: its header, `  File "…", line N`, the exception's `Name: message`): a
  // server's own last words after it (gunicorn's `Shutting down: Master`, a fatal level) still end it.
  const inRequest: Record<string, boolean> = {};
  const inWarning: Record<string, boolean> = {};
  // cw202 (stop 60): the services whose crash so far is one traceback's, read from its header on; a traceback that ends in a bare
  // `KeyboardInterrupt` (CPython Modules/signalmodule.c: the default SIGINT handler raises KeyboardInterrupt; Lib/traceback.py
  // format_exception_only prints an exception with no message as its name alone) is Ctrl+C's (the terminal's `^C` before it, or
  // `docker kill -s INT`): a stop asked for, as Compose's `Gracefully stopping`, not a crash. Only when nothing else had failed
  // before the traceback, and only its own lines (frames, their indented source) between the header and the name.
  const interruptible: Record<string, boolean> = {};
  for (const line of lines) {
    const before = prev;
    prev = line;
    if (line.length < 300 && leadComment.test(line)) led = true;
    else if (!line.trim()) led = false;
    const exited = exitedLine.exec(line);
    // cw112: Compose's status lines for a container it replaced while attached (docker/compose pkg/compose/printer.go: on
    // api.ContainerEventRecreated, `exited with code %d` then `has been recreated`, as two Status lines of the same container; a
    // student-management README's `up --build` with Desktop's watch: `web-1 has been recreated`, `web-1 exited with code 137`, the
    // two the other way round): the old container stopped to be replaced (137: killed when its stop timeout ran out), and the new
    // one's lines follow. That exit is no failure, whatever its code; a later exit of the same name, not beside it, still is.
    const replaced = recreatedLine.exec(line);
    if (replaced) {
      const last = facts.containers.at(-1);
      if (last && last.name === replaced[1] && last.state === 'exited' && exitedLine.exec(before)?.[1] === replaced[1])
        facts.containers.pop();
      seen = true;
      continue;
    }
    if (exited && recreatedLine.exec(before)?.[1] === exited[1]) {
      serviceOf(exited[1]!, facts);
      seen = true;
      continue;
    }
    if (exited) {
      const service = serviceOf(exited[1]!, facts);
      facts.containers.push({ name: exited[1]!, service, state: 'exited', exitCode: Number(exited[2]) });
      seen = true;
      continue;
    }
    const progress = progressV2.exec(line) ?? progressV1.exec(line);
    if (progress) {
      const state = dryRun.test(line) ? undefined : progressState[progress[2] ?? 'Running'];
      if (state) facts.containers.push({ name: progress[1]!, ...splitName(progress[1]!), state });
      if (state) (facts.progressNames ??= []).push(progress[1]!);
      addProject(facts, splitName(progress[1]!).project);
      // cw183 (stop 58): a container's ✘ `Error` event is the step's own reader's to weigh (compose-errors.ts nginxLine).
      if (progress[2] === 'Error' && !dryRun.test(line)) own?.(line, facts);
      seen = true;
      continue;
    }
    // cw40: the server Capybara starts for a test run (teamcapybara/capybara lib/capybara/registrations/servers.rb: `Capybara
    // starting Puma...`, then Puma's `* Version …`, `* Min threads: …`, `* Listening on tcp://127.0.0.1:35353`, on Capybara's
    // server host, 127.0.0.1 by default, and a random port): not the app's server (toshimaru/RailsTwitterClone#467, after
    // `docker-compose run web rspec`). Its banner's lines are passed over.
    if (/\bCapybara starting \w+/.test(line)) {
      test = true;
      seen = true;
      continue;
    }
    // cw46: also across blank lines and with its `* ` gone (a rich-text editor's paragraph after each line, which then reads as a
    // Markdown list: habits.ts paragraphs), by Puma's banner words (lib/puma/launcher.rb, binder.rb); cw47 found the same.
    if (
      test &&
      (/^\s*\* /.test(line) || !line.trim() || /^\s*(?:Version\b|Min threads|Environment\b|Listening on\b|Use Ctrl-C)/.test(line))
    )
      continue;
    test = false;
    const p = prefixed.exec(line);
    const key = p ? serviceOf(p[1]!, facts) : '';
    // cw93: a container stopped by a signal sent to it (143: SIGTERM, what `docker compose restart`, `stop` and `down` send; 130: SIGINT,
    // Ctrl-C) whose own lines go on after Compose's exit line (docker/compose#8925: `v2-test-1 exited with code 143` after
    // `docker-compose restart test`, then `v2-test-1  | Sun Nov 14 …` again): it was started again, and the later state stands
    // (CONVENTIONS §2.0): the exit goes. Not another code (a restart policy's loop after a crash stays a crash).
    if (p) {
      const stopped = facts.containers.findIndex(
        (c) => c.state === 'exited' && (c.exitCode === 143 || c.exitCode === 130) && (c.name === p[1] || (!!key && c.service === key)),
      );
      if (stopped >= 0) facts.containers.splice(stopped, 1);
    }
    if (p && !(facts.logPrefixes ??= []).includes(p[1]!)) facts.logPrefixes!.push(p[1]!);
    const text = p ? p[2]! : line;
    const listen: Listen = (facts.listen[key] ??= {});
    // cw45: a start line quoted after words of a sentence on its own line is retold, not printed (CONVENTIONS §2.4: a retelling
    // counts for its port and never makes an ok): its every-address is not kept below.
    const hadAll = listen.all;
    // cw128: also any program's line after a word of saying or expecting on its line (toldAfterWord).
    const retold =
      text.length < 2200 &&
      (led ||
        quotedStart.test(text) ||
        toldAfterWord.test(text) ||
        wished.test(text) ||
        (quotedHead.test(text) &&
          (spanGoesOn.test(text) || (quotedEnds(text) && proseTail.test(before) && /\p{L}+\s+\p{L}+/u.test(before)))));
    const host = dash.exec(text)?.[1];
    if (host) {
      if (/^(?:0\.0\.0\.0|\[?::\]?)$/.test(host)) listen.all = true;
      else listen.loop = true;
    }
    if (text.includes('Running on all addresses')) listen.all = true;
    if (werkzeugLoop.test(text)) listen.loop = true;
    if (werkzeugAll.test(text)) listen.all = true;
    const fw = text.length < 2200 && !retold ? forwardedUrl.exec(text) : null;
    if (fw) listen.port ??= Number(fw[1] ?? fw[2]);
    // The port the app listens on, from the same start-up lines: Dash's, Werkzeug's (also a banner
    // collapsed on one line), gunicorn's `Listening at: http://127.0.0.1:5000`, eventlet's `wsgi
    // starting up on http://0.0.0.0:5000`, a Go server's `addr=http://localhost:6001`; or the port alone (Go's
    // `log.Println("Listening on port: ", port)`, Node's `listening on port 3000`), which says no address.
    const at =
      text.length < 2200 ? (appPortLine.exec(text) ?? serverLine.exec(text) ?? bindLine.exec(text) ?? loggerBare.exec(text)) : null;
    if (at) {
      listen.port = Number(at[2]);
      // cw120: Werkzeug bound to 0.0.0.0 prints its loopback URL and then the interface's own (pallets/werkzeug serving.py
      // log_startup: `Running on http://127.0.0.1:5000` and `Running on http://172.17.0.2:5000`, display_hostname from
      // get_interface_ip, only for a wildcard host; its `Running on all addresses` line above them is often left out). Both at one
      // port, in either order: every address, not loopback only.
      const w = /Running on https?:\/\//.test(text) && /^[\d.]{7,15}$|^localhost$/.test(at[1]!) && at[1] !== '0.0.0.0';
      if (w) {
        const seenAt = werkzeugAt.get(listen) ?? {};
        seenAt[/^(?:127\.[\d.]+|localhost)$/.test(at[1]!) ? 'loop' : 'other'] = +at[2]!;
        werkzeugAt.set(listen, seenAt);
        if (seenAt.loop !== undefined && seenAt.loop === seenAt.other && !retold) listen.all = true;
      }
      if (serverLine.test(text) || bindLine.test(text) || loggerBare.test(text)) {
        if (/^(?:0\.0\.0\.0|\[::\])$/.test(at[1]!)) listen.all = true;
        else if (/^(?:127\.[\d.]+|localhost|\[::1\])$/.test(at[1]!)) listen.loop = true;
      }
    }
    const local = text.length < 2200 ? devLocal.exec(text) : null;
    if (local) {
      listen.port ??= Number(local[3]);
      // cw68: a Network URL at loopback is where the server binds, not every address: Next.js' start-server.ts prints its
      // `- Network:` from the hostname it was given (a standalone image whose HOSTNAME is 127.0.0.1 or localhost: NextChat#4682's
      // `- Local: http://127.0.0.1:3000` and `- Network: http://127.0.0.1:3000`), so loopback both times is loopback.
      if (/Network|External/.test(local[1]!) && /^(?:127\.[\d.]+|localhost|\[::1\])$/.test(local[2]!)) listen.loop = true;
      else if (/Network|External/.test(local[1]!) && /^(?:[\d.]+|\[.*\])$/.test(local[2]!)) listen.all = true;
    }
    // cw26's classes: a URL or a bare host:port in a server's own words, Hugo's bind address, Jupyter's URLs, Spring Boot's port.
    const short = text.length < 2200 ? text : '';
    const start =
      urlStart.exec(short) ??
      bareStart.exec(short) ??
      frameworkStart.exec(short) ??
      jupyterUrl.exec(short) ??
      jupyterAll.exec(short) ??
      jupyterList.exec(short.trim());
    const h = hugo.exec(short);
    const boot = bootPort.exec(short);
    if (start || h || boot) {
      const [host, port] = start ? [start[1]!, start[2]!] : h ? [h[2]!, h[1]!] : ['', boot![1]!];
      listen.port ??= Number(port);
      // Spring Boot's line gives the port only. Its default (server.address unset) binds every address, but the line does not
      // show that server.address is unset: the port is read, the address stays unknown (no "ok" without evidence).
      if ((!boot || start || h) && /^(?:0\.0\.0\.0|\[?::\]?|\(.* or 127\.0\.0\.1\)|)$/.test(host)) listen.all = true;
      else if (/^(?:localhost|\[?::1\]?)$/.test(host) || (/^127\./.test(host) && !jupyterUrl.test(short))) listen.loop = true;
    }
    // cw186: Jekyll's `Server address:` beside its other topic lines, and a start message with its fields as JSON (above).
    const jk = jekyll && short && !retold ? jekyllAddress.exec(short) : null;
    const fields = short && !retold ? fieldsStart.exec(short)?.[1] : undefined;
    const fp = fields ? fieldPort.exec(fields) : null;
    const fh = fp ? fieldHost.exec(fields!) : null;
    const nb = short && !retold ? nginxBind.exec(short) : null;
    if (nb) {
      // nginx opens every listen of its configuration: each socket's port (the first kept, as any start line's), its address.
      listen.port ??= Number(nb[2]);
      if (/^(?:0\.0\.0\.0|\[::\]|\*|)$/.test(nb[1]!)) listen.all = true;
      else if (/^(?:127\.[\d.]+|\[::1\])$/.test(nb[1]!)) listen.loop = true;
      seen = true;
    }
    if (jk || fp) {
      const [host, port] = jk ? [jk[1]!, jk[2]!] : [fh ? fh[1]! : undefined, fp![1]!];
      // Each start prints its line once: a second such line of the same program is a later start, which stands (CONVENTIONS §2.0),
      // not a second address of one start (cw61's every-address rule is for one start's several lines).
      if (startedBy.get(listen) === (jk ? 'jekyll' : 'fields')) {
        delete listen.all;
        delete listen.loop;
        delete listen.port;
      }
      startedBy.set(listen, jk ? 'jekyll' : 'fields');
      listen.port ??= Number(port);
      if (host !== undefined && /^(?:0\.0\.0\.0|\[?::\]?|)$/.test(host)) listen.all = true;
      else if (host !== undefined && /^(?:localhost|127\.[\d.]+|\[?::1\]?)$/.test(host)) listen.loop = true;
      seen = true;
    }
    if (viteLoop.test(text)) listen.loop = true;
    // cw161: TensorBoard's start line and its localhost warning (tensorBoard above).
    const tb = short ? tensorBoard.exec(short) : null;
    if (tb) {
      listen.port ??= Number(tb[2]);
      const name = tb[1]!;
      if (/^(?:127\.[\d.]+|\[::1\])$/.test(name) || (name === 'localhost' && tbLoop)) listen.loop = true;
      else if (name !== 'localhost' && !/^(?:\d{1,3}\.){3}\d{1,3}$|^\[/.test(name)) listen.all = true;
      else if (/^(?:0\.0\.0\.0|\[::\])$/.test(name)) listen.all = true;
    }
    // cw161: Rocket's banner (rocketHead above): its items until a line that is none.
    const item = rocket ? rocketItem.exec(short) : null;
    if (item) {
      seen = true;
      if (item[1] === 'port' && /^\d{1,5}$/.test(item[2]!)) listen.port ??= Number(item[2]);
      else if (item[1] === 'address' && /^(?:localhost|127\.[\d.]+|::1|\[::1\])$/.test(item[2]!)) listen.loop = true;
    } else if (text.trim()) rocket = false;
    if (short && rocketHead.test(short)) rocket = true;
    if (short && tensorBoardLoop.test(short)) {
      tbLoop = true;
      seen = true;
    }
    // A program's own error in coreutils' words printed again and again: the entrypoint fails, exits, and its restart policy
    // starts it to fail again (jenkins' `touch: cannot touch '/var/jenkins_home/copy_reference_file.log': Permission denied`
    // on a volume it cannot write, many times, dchqinc/dchq-on-premise-issue-tracker#12).
    const again = fileError.test(text) && (failures[text] = (failures[text] ?? 0) + 1) === 3;
    const failedLine = crashLine.test(text.trim()) && !fetchReset.test(text);
    const traced = traceLine.test(text.trim());
    if (requestFailed(text)) inRequest[key] = true;
    else if (text.trim() && !/^\s/.test(text) && !traced) inRequest[key] = false;
    // cw189 (stop 58): a traceback that a log record at a level below error carries (tornado/log.py LogFormatter, Jupyter Server's and
    // Notebook's: `[%(levelname)1.1s %(asctime)s %(name)s]`, and `formatted.replace("\n", "\n    ")` indents every further line of
    // the record, exc_info's traceback too: `[W 2022-12-27 22:59:05.372 ServerApp] jupyter_server_terminals | error adding extension`,
    // then `    Traceback (most recent call last):`, jupyter/docker-stacks#1851): the program logged it and went on, no crash.
    if (tornadoBelowError.test(text)) inWarning[key] = true;
    else if (text.trim() && !/^ {4}/.test(text)) inWarning[key] = false;
    const logged = inWarning[key] && /^ {4}/.test(text);
    const crashedBefore = !!facts.crash;
    if (again || (failedLine && !(inRequest[key] && traced) && !logged)) {
      facts.crash = true;
      facts.crashIn ??= key;
      if (!crashedBefore && /^Traceback \(most recent call last\):?\s*$/.test(text.trim())) interruptible[key] = true;
    } else if (interruptible[key] && text.trim() && !traced && !/^\s/.test(text)) {
      interruptible[key] = false;
      if (/^KeyboardInterrupt\s*$/.test(text.trim())) {
        facts.crash = false;
        facts.crashIn = undefined;
      }
    }
    const php = text.length < 2200 ? phpServer.exec(text.trim()) : null;
    const client =
      text.length < 2200
        ? ((request.exec(text.trim()) ??
            accessLine.exec(text.trim()) ??
            uwsgiRequest.exec(text.trim()) ??
            tornadoAccess.exec(text.trim()) ??
            nginxClient.exec(text.trim()) ??
            pyPeer.exec(text.trim()))?.[1] ??
          php?.[1] ??
          php?.[2])
        : undefined;
    if (client && !/^(?:127\.|::1$|\[::1\]$|::ffff:127\.)/.test(client)) listen.served = true;
    const mine = own?.(text, facts, key, listen, toldAsCondition(text));
    if (retold && !hadAll) delete listen.all;
    // cw144: the line that first showed every address, as printed: an ok needs it to be the program's own line (reach-gate.ts).
    if (listen.all && !hadAll) (facts.allLines ??= {})[key] ??= text;
    if (p || host || client || at || local || start || h || boot || tb || mine || fw || listen.all || listen.loop || facts.crash)
      seen = true;
    if (text.trim()) {
      const last = (facts.lastLines[key] ??= []);
      last.push(text.trimEnd());
      if (last.length > 5) last.shift();
      // cw121: the error line above its stack, which the last five lines lose under a longer trace (ever-co/ever-traduora#1: node's
      // `Error: getaddrinfo ENOTFOUND mysql mysql:3306`, then ten frames and the mysql driver's long-stack `--------------------`).
      if (!stackFrame.test(text)) (facts.traceHeads ??= {})[key] = text.trimEnd();
    }
  }
  if (test) testBanner.add(facts);
  // What nginx said (own, above) makes log lines, also when a segment before said it.
  if (facts.upstreamLocal || facts.upstreamMissing || facts.upstreamRefused) seen = true;
  return seen;
}
