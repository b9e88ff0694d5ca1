/*
 * cw56: what any server says about where it listens, read by its shape rather than by a list of programs (the reach chunk's
 * logLine, step-reach.ts, after parse-logs.ts' named servers). holdout47–50 missed nine pastes of "Does the app listen on
 * 0.0.0.0?" whose servers were not in the lists (django-extensions' runserver_plus, Gogs, Wt, SFTPGo, gunicorn's bind failure, a
 * JVM that never started); engine/README.md "holdout47–50: what a server says about where it listens (cw56)".
 */
import type { Listen } from './types';

/** The address and port after the words (cw95: `port :80`, audiobookshelf's `Listening on port :80`, advplyr/audiobookshelf#3868; cw77: a colon after the port that ends the words, `running on port 80:`, introduces a list): `http://0.0.0.0:3000`, `[::]:5672`, `"0.0.0.0", port 5432`, `'::' port: 33060`, `:8080`, `port 27017`. */
const addr =
  /["'`]?(?:[a-z][a-z\d+]{1,9}:\/\/)?(\[[\da-fA-F:.]{2,45}\]|::|\*|(?:\d{1,3}\.){3}\d{1,3}|localhost|[A-Za-z][\w.-]{0,252}|)["'`]?(?::|,?\s{1,3}port\s?:?\s?)(\d{1,5})(?![\d.]|:\S)/
    .source;
/**
 * A start line in any server's words: a word of listening or starting (listening, listener, running, started, starting, serving,
 * bound, binding, accepting or waiting for connections), up to four words (a name, "server", "TCP listener", "registered"), then
 * on/at/to/@ or a colon, an address key (`address:`, `addr=`, postgres' `IPv4 address`), and the address with its port:
 * RabbitMQ's `started TCP listener on [::]:5672`, unicorn's `listening on addr=0.0.0.0:8080 fd=9`, postgres' `listening on IPv4
 * address "0.0.0.0", port 5432`, django-extensions' runserver_plus `Development server is running at http://0.0.0.0:8000/`
 * (cookiecutter/cookiecutter-django#1076), Wt's `wthttp: started server: http://0.0.0.0:5082` (epoupon/lms#97), SFTPGo's
 * `server listener registered, address: [::]:8080` (drakkan/sftpgo#331), mongod's `waiting for connections on port 27017`.
 * cw68: or available at: VS Code's CLI `code serve-web` (`Web UI available at http://127.0.0.1:8010`, microsoft/vscode-remote-release
 * #9285), Hugo's `Web Server is available at http://localhost:1313/`, a server telling where its UI is.
 * cw89: up to six words, an app's full name and what it serves (stephondoestech/unraid-config-guardian#29: `🌐 Starting Unraid Config
 * Guardian Web GUI on http://0.0.0.0:7842`, its web GUI's start line).
 * cw147: an article between the preposition and the URL, Express templates' `App listening on the http://localhost:${port}` (mr-guard/
 * dayz-server-manager src/interface/rest.ts REST.start: `App listening on the http://${this.host}:${this.port}`, 127.0.0.1 unless
 * publishWebServer): the address is the URL's, as without the word.
 */
// cw175 (stop 57): `Ready on <URL>`, Next.js custom servers' and Nuxt 1's start line (vercel/next.js examples/custom-server server.ts:
// console.log(`> Ready on http://${hostname}:${port}`); nuxt/nuxt.js 1.x bin/nuxt-dev), only with "on" after it.
// cw193 (stop 59): `ready to accept connections on port N`, Redis 2.x–3.x's start line (src/server.c / redis.c main: `serverLog(
// LL_NOTICE,"The server is now ready to accept connections on port %d", server.port)`, redisLog before 3.2), the port only, as
// mongod's `waiting for connections on port 27017` (Redis binds every address unless `bind` is set; 4.0+ says `Ready to accept
// connections` with no port, which names nothing). Its unix socket's `… at /tmp/redis.sock` has no port and stays unread.
const addrKey = String.raw`(?:IPv[46] )?(?:address|addr)\b[:=]?\s?`;
const verbWords = String.raw`\b(?:[Ll]isten(?:ing|er)|LISTENING|[Rr]unning|[Ss]tart(?:ed|ing)|[Ss]erving|[Bb]ound|[Bb]inding|[Aa]ccepting connections|[Rr]eady to accept connections|[Ww]aiting for connections|[Aa]vailable|[Rr]eady(?= on\b))\b(?:,? [\w-]{1,30}){0,6}?(?:\s?,)?\s?(?:(?:on|at|to|@)\b:?\s?(?:the )?(?:${addrKey})?|:\s?(?:${addrKey})?|${addrKey})`;
const verb = new RegExp(verbWords + addr);
/**
 * cw106: a start line at loopback whose port is JavaScript's rendering of an unset value (`http://localhost:${port}` with the variable
 * undefined: vercel/serve's `Accepting connections at http://localhost:undefined`, krestaino/my-dash#1; `NaN` from Number(undefined),
 * `null`): where it binds is said, loopback, the port is not. Loopback is the problem whatever the port.
 */
const unsetPort = new RegExp(
  verbWords + String.raw`["'\`]?(?:https?:\/\/)?(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])["'\`]?:(?:undefined|NaN|null)\b`,
);
/**
 * A key that names where the server listens, with its value (a configuration printed at start, a config file, a log's field):
 * Gogs' `[ INFO] Listen: http://0.0.0.0:3000` (soulteary's Gogs notes), MySQL 8's X Plugin `Bind-address: '::' port: 33060`,
 * `listen_addr = 0.0.0.0:9000`, `bind_address: 127.0.0.1:5000`, `"listen":":8080"`.
 */
const keyed = new RegExp(
  String.raw`(?:^\s*(?:- )?["']?|\]\s{1,4}|[.;]\s{1,2}|[{,]\s?["']?)(?:[Ll]isten(?:ing)?|LISTEN|[Bb]ind|BIND)(?:[ _.-]?(?:[Aa]ddr(?:ess)?|ADDR(?:ESS)?|[Hh]ost|HOST|[Oo]n|[Uu]rl|URL))?["']?\s?[:=]\s?` +
    addr,
);
/**
 * cw147: a logfmt line (logrus' TextFormatter, Go's log/slog TextHandler: `key=value`, a value with spaces quoted) whose message says
 * the server is up and whose field says where: navidrome server/server.go Run (`log.Info(ctx, "Navidrome server is ready!",
 * "address", addr, "startupTime", …)`, logged as `level=info msg="Navidrome server is ready!" address="0.0.0.0:4533"`, later `msg="---->
 * Navidrome server is ready!"`), `msg="Server started" addr=":8080"`. The message's word of being up, then up to six other fields.
 */
const logfmt = new RegExp(
  String.raw`\bmsg="[^"]{0,120}?\b(?:[Rr]eady|[Ss]tarted|[Ll]istening|[Rr]unning|[Ss]erving|[Uu]p and running)\b[^"]{0,80}"(?:\s{1,3}[\w.-]{1,30}=(?:"[^"]{0,200}"|\S{0,200})){0,6}?\s{1,3}(?:address|addr|listen(?:_?addr(?:ess)?)?|bind(?:_?addr(?:ess)?)?)=` +
    addr,
);
/**
 * The classic notebook's banner with a wildcard ip (jupyter/notebook notebookapp.py display_url: `http://(<hostname> or
 * 127.0.0.1):8888/`), also without its `[I … NotebookApp]` prefix, indented under "to login with a token:" (tensorflow#24305).
 */
const notebook = /\bhttps?:\/\/\([\w.-]{1,253} or 127\.0\.0\.1\):(\d{1,5})\//;
/**
 * cw62: Jupyter Server's URLs (jupyter_server serverapp.py display_url, under "Or copy and paste one of these URLs:", indented without
 * a prefix): for a wildcard ip (`""`, `0.0.0.0`, docker-stacks' `c.ServerApp.ip = "0.0.0.0"`) the host is `socket.gethostname()`, which
 * in a container is its short ID (moby sets the hostname to the ID's first 12 digits), then the local `http://127.0.0.1:8888/…`
 * (takezoe's gist: `http://32d91455c145:8888/lab?token=…`; `jupyter lab list`'s `http://2a5133ff908b:8888/?token=… :: /home/jovyan`).
 * A URL at a container ID is every address.
 */
const serverAtId = /^\s*(?:or )?https?:\/\/[0-9a-f]{12}:(\d{1,5})\/(?:lab|tree|notebooks)?\/?\?token=/;
/**
 * MinIO's banner (minio cmd/server-startup-msg.go printServerCommonMsg: `API: http://172.17.0.2:9000  http://127.0.0.1:9000`, one
 * URL per interface, when it binds every address, its default `:9000`): loopback and another address at one port.
 */
const everyUrl = /^\s*(?:API|S3-API|Console|WebUI|Endpoint):\s+((?:https?:\/\/[\w.[\]:-]{1,260}\s*){2,8})$/;
/**
 * cw61: a URL without a port is at its scheme's (RFC 3986 §3.2.3; 80 for http, 443 for https), as a server prints it when it binds
 * that port: Racket's web-server (serve/servlet's `Your Web application is running at http://localhost.`, herbie-fp/herbie#252's
 * image listening on 80), a link a learner copied. Only an address that says where (loopback, every address), not a domain.
 */
const bareUrl = /\b(http(s?):\/\/(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]))(?:\.(?=\s|$))?(?=\/?(?:[\s.,;!)"'`]|$))/g;
/**
 * cw68: a server saying in its own words that only this machine may connect, without an address: mosquitto 2.x with no listener
 * configured (src/mosquitto.c: `Starting in local only mode. Connections will only be possible from clients running on this
 * machine.`, eclipse-mosquitto/mosquitto#3181), mongod 3.6+ on its default bind_ip (src/mongo/db/startup_warnings_mongod.cpp:
 * `** WARNING: This server is bound to localhost.` / `Remote systems will be unable to connect to this server.`, also in 4.4+'s
 * JSON `"msg":"This server is bound to localhost. …"`). Loopback, read before the words of an error or a client below.
 */
export const localOnly =
  /\bStarting in local only mode\b|\bConnections will only be possible from clients running on this machine\b|\bThis server is bound to localhost\b|\bRemote systems will be unable to connect to this server\b/;
/**
 * cw151 (stop 51): mosquitto's own line for each socket it opens (eclipse/mosquitto src/net.c net__socket_listen: `log__printf(NULL,
 * MOSQ_LOG_INFO, "Opening ipv4 listen socket on port %d.", …)`, the same with `ipv6`; 1.x's src/websockets.c `Opening websockets
 * listen socket on port %d.`), after its log's timestamp (`1774931926: `). The port of a listener, not its address (the listener's
 * bind_address, or every interface, is not printed): the port only, as mongod's `waiting for connections on port 27017`.
 */
const brokerSocket = /\bOpening (?:ipv4|ipv6|websockets) listen socket on port (\d{1,5})\.?\s*$/;
/**
 * cw206 (stop 60): the server-configuration banner of HashiCorp's Go servers, one line a TCP listener (hashicorp/vault
 * command/server.go ServerCommand.Run / initListeners: `key := fmt.Sprintf("listener %d", i+1)`, the listener's props as `%s: %q`
 * sorted, then `info[key] = fmt.Sprintf("%s (%s)", lnConfig.Type, strings.Join(propsList, ", "))`, printed title-cased and padded
 * under `==> Vault server configuration:`; the same in its fork OpenBao and in hashicorp/boundary internal/cmd/base/servers.go
 * SetupListeners): `Listener 1: tcp (addr: "0.0.0.0:8200", cluster address: "0.0.0.0:8201", …, tls: "disabled")`. Sorted, `addr`
 * comes first; the line is the listener's bind, as any start line's address. A unix socket's listener has no port and stays unread.
 */
const hashiListener =
  /^\s*Listener \d{1,2}: tcp \((?:[\w ]{1,40}: "[^"]{0,200}", ){0,8}?addr: "(\[[\da-fA-F:.]{2,45}\]|(?:\d{1,3}\.){3}\d{1,3}|localhost|[A-Za-z][\w.-]{0,252}|):(\d{1,5})"/;
/**
 * cw151 (stop 51): a loopback address said in the future or as a supposition: a modal and "be" before the word of running (a README's
 * "The frontend server will be running on `http://localhost:3333`", "the app should be available at http://localhost:8000"). That is
 * the address a reader opens, not where the server binds (CONVENTIONS §2.4): not read at all. A program's own announcement of every
 * address (`Dashboard will be available at http://0.0.0.0:8050`, h110-readme-bdd-analysis) keeps its port, as any shape's reading.
 */
const modal = /\b(?:will|would|should|shall|can|could|may|might|must)(?: (?:now|then|also|still|only|usually|normally))? be\s$/i;
/** Not a start line: an error, Docker's own proxy or API, a client, a proxy's upstream, a comment. */
const not =
  /\b(?:[Ee]rror|ERROR|[Ff]ail(?:ed|ure)?|FAIL|[Cc]annot|[Cc]an't|[Uu]nable|[Rr]efused|[Dd]enied|[Ii]nvalid|in use|[Ee]xception|[Tt]imed? ?out|[Ww]arn(?:ing)?|WARN|[Uu]pstream|[Cc]onnect(?:ing|ed)? to|[Pp]roxy(?:ing)? to|[Ff]orward(?:ing)?|[Rr]edirect|[Cc]lient|[Rr]emote|[Pp]eer|docker-proxy|userland proxy|API listen on|[Aa]dmin)\b|^\s*(?:#|\/\/)/;
/** A learner's sentence: a retelling counts for its port only (CONVENTIONS §2.4), and the address a learner opens is not where it binds. */
const prose =
  /(?:^|\s)(?:I(?= [a-z])|I'm|I've|[Mm]y|mine|[Ww]e|[Oo]ur|[Yy]ou|[Yy]our|me|[Bb]ut|[Ww]hen|[Ii]f|tried|trying|see|says?|shows?)(?=\s|$)/;

/**
 * cw106: the app or its output saying something, the subject before a word of showing (`It shows that`, `the console says`).
 * cw164 (stop 55): also the container as the subject (what its program prints is its log: `docker logs` shows the container's own
 * output), and a writer's word of what it will print (a README's "Note: the container will say it is running on
 * http://172.17.0.2:8050/", what werkzeug's run_simple prints for each address at 0.0.0.0: serving.py log_startup's `Running on
 * %s://%s:%d`): the app's start line retold, its port only, never an ok (CONVENTIONS §2.4 cw61, cw80).
 */
const appSays =
  /(?:^|[\s>])(?:[Ii]t|[Tt]he (?:app|application|server|container|logs?|console|terminal|output)|[Nn]odemon|[Cc]onsole|[Ll]ogs?) (?:shows|says|prints|displays|outputs|tells me|(?:will|would|should) (?:show|say|print|display|output))\b(?: that)?[^.!?]{0,40}$/;

/** cw61: a server telling its user where it runs, the line's first words (Racket's serve/servlet `Your Web application is running at`). */
/**
 * cw175 (stop 57): or the Angular CLI dev server's banner, addressed to its user after the address (angular/angular-cli build_angular
 * src/builders/dev-server: `** Angular Live Development Server is listening on ${host}:${port}, open your browser on ${url} **`).
 */
const yours =
  /^\s*Your (?:[\w-]{1,20} ){0,3}(?:is|are) (?:now )?(?:running|listening|served|serving|available)\b|^\s*(?:\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}\S{0,20}\s{1,3})?(?:\*\* )?Angular Live Development Server is listening on \S{1,260}, open your browser on \S{1,300}(?: \*\*)?\s*$/;
/** A service of data stores by its Compose name (the lesson's db, a cache): its own start line is not the app's. */
const store =
  /^(?:db|database|postgres\w{0,20}|pg|mysql|mariadb|mongo\w{0,10}|redis|cache|memcached|rabbitmq|mq|elasticsearch|es|kafka|zookeeper)$/i;
/**
 * A port said without an address (mongod's `waiting for connections on port 27017`, `Started server on port 9000`): the port, not
 * where; an empty reply at the published port still answers (CONVENTIONS §2.4, h24-onebody482's WEBrick `port=3000`; reach.ts).
 */
export const portWithout = new WeakSet<Listen>();
/** cw61: the listens read from a retelling (a learner's sentence): at lesson 5's panel the run line answers before them. */
export const retold = new WeakSet<Listen>();
/** The listens this reader filled: weaker than a named server's line, so another service's named line wins (reach.ts). */
export const byShape = new WeakSet<Listen>();

/**
 * cw77: a start line that ends with a colon, the addresses it serves listed below it, one URL an item (dtcooper/tuxracer-web#2: `Web
 * server running on port 80:`, then `    - http://localhost/`; http-server's `Available on:` list of one URL per interface): the
 * port the header said, for the items at that port. Loopback only → loopback; another address among them → not loopback only.
 */
const listedAt = new WeakMap<Listen, number>();
const fromList = new WeakSet<Listen>();
const item =
  /^\s*(?:[-*•➜]\s{1,4})?(?:[A-Z][\w ]{0,20}:\s{1,6})?(https?):\/\/(\[[\da-fA-F:.]{2,45}\]|[\w.-]{1,253})(?::(\d{1,5}))?(?:\/\S{0,200})?\s*$/;
function listItem(text: string, listen: Listen): boolean {
  const under = listedAt.get(listen);
  if (under === undefined) return false;
  const m = item.exec(text);
  if (!m) {
    if (text.trim()) listedAt.delete(listen);
    return !text.trim();
  }
  if ((m[3] ? +m[3] : m[1] === 'https' ? 443 : 80) !== under) return true;
  if (/^(?:127\.[\d.]+|localhost|\[::1\])$/.test(m[2]!)) {
    if (!listen.all && listen.loop === undefined) {
      listen.loop = true;
      fromList.add(listen);
    }
  } else if (fromList.has(listen)) {
    // Another address at the port: the server binds beyond loopback (the port stays; no address kept, as any shape's reading).
    listen.loop = undefined;
    fromList.delete(listen);
    listedAt.delete(listen);
  }
  return true;
}

/** True when the line said where the server listens (its port, and every address or loopback when the host says so). */
export function anyStart(text: string, listen: Listen, key = ''): boolean {
  if (text.length < 600 && listItem(text, listen)) return true;
  if (text.length > 2000 || listen.all || listen.loop || store.test(key)) return false;
  if (localOnly.test(text)) {
    listen.loop = true;
    byShape.add(listen);
    return true;
  }
  if (listen.port !== undefined) return false;
  const broker = brokerSocket.exec(text);
  if (broker) {
    const read = mark(listen, '', +broker[1]!, false);
    if (read) portWithout.add(listen);
    return read;
  }
  const hashi = text.length < 800 ? hashiListener.exec(text) : null;
  if (hashi) return mark(listen, hashi[1]!, +hashi[2]!, false);
  const line = text.replace(/[“”]/g, '"').replace(bareUrl, (_, url: string, tls?: string) => `${url}:${tls ? 443 : 80}`);
  const jupyter = notebook.exec(line) ?? serverAtId.exec(line.replace(/^\[JupyterServerListApp\]\s*/, ''));
  if (jupyter) return mark(listen, '0.0.0.0', +jupyter[1]!, false);
  const urls = everyUrl.exec(line)?.[1]?.match(/https?:\/\/[^\s]+/g) ?? [];
  const at = urls.map((u) => /\/\/([^/]+):(\d{1,5})/.exec(u)).filter((m) => m);
  if (
    at.length > 1 &&
    new Set(at.map((m) => m![2])).size === 1 &&
    at.some((m) => /^127\./.test(m![1]!)) &&
    at.some((m) => !/^127\./.test(m![1]!))
  )
    return mark(listen, '0.0.0.0', +at[0]![2]!, false);
  if (not.test(line)) {
    // cw61: a learner's sentence that says why it fails ("but I can never connect to the server") around the start line it quotes
    // (tokio-rs/axum#1485: "because it prints `listening on 127.0.0.1:8080`"): the quoted line alone is read, as retold.
    for (const [, span] of prose.test(line) ? line.matchAll(/[`"]([^`"]{6,200})[`"]/g) : []) {
      const q = not.test(span!) ? null : (verb.exec(span!) ?? keyed.exec(span!));
      if (q) return mark(listen, q[1]!, +q[2]!, true);
    }
    return false;
  }
  const m = verb.exec(line) ?? keyed.exec(line) ?? logfmt.exec(line);
  // cw106: no port, loopback said in a server's own words (not a learner's sentence): a problem, never an ok.
  if (!m && unsetPort.test(line) && !prose.test(line)) {
    listen.loop = true;
    byShape.add(listen);
    return true;
  }
  if (!m) return false;
  if (modal.test(line.slice(0, m.index)) && /^(?:127\.[\d.]+|localhost|\[::1\])$/.test(m[1]!)) return false;
  // In a sentence: only in quotes (a start line retold), and then its port only.
  // cw61: a program's own words to its user (`Your Web application is running at …`, Racket's web-server) are no learner's.
  const told = !yours.test(line) && (prose.test(line.slice(0, m.index)) || prose.test(line.slice(m.index + m[0].length)));
  // cw106: or unquoted after the app's output as the subject of a word of showing ("It shows that it is listening to a port 3000 via
  // node mon in the console", justadudewhohacks/opencv-express#4): the app's start line retold, its port only (CONVENTIONS §2.4 cw61's
  // "a word of the app giving it"), never an ok. What the learner sees ("I see …") is not such a subject.
  const shown = appSays.test(line.slice(0, m.index));
  if (told && !shown && !/["'`][^"'`]{0,80}$/.test(line.slice(0, m.index + 1))) return false;
  const read = mark(listen, m[1]!, +m[2]!, told);
  if (read && !m[1] && !/:\s?\d{1,5}$/.test(m[0])) portWithout.add(listen);
  if (read && !told && !m[1] && /^:\s*$/.test(line.slice(m.index + m[0].length))) listedAt.set(listen, +m[2]!);
  return read;
}

function mark(listen: Listen, host: string, port: number, told: boolean): boolean {
  if (port < 1 || port > 65535) return false;
  listen.port = port;
  byShape.add(listen);
  // cw61: a loopback address retold in quotes is where the app listens, a problem, never an ok (CONVENTIONS §2.4, cw43's Kestrel
  // rule; tokio-rs/axum#1485: "because it prints `listening on 127.0.0.1:8080`"); every address retold stays its port only.
  if (told && /^(?:127\.[\d.]+|localhost|\[::1\])$/.test(host)) listen.loop = true;
  if (told) retold.add(listen);
  if (told) return true;
  // Weaker evidence than the named servers' lines: every address is not kept (at another port the port answers, wrong-container-port;
  // at 8050 the port is shown, the address not: shows-part.port, never an ok). Loopback is a problem, kept.
  if (/^(?:127\.[\d.]+|localhost|\[::1\])$/.test(host)) listen.loop = true;
  return true;
}
