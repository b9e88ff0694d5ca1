/* The chunk of lesson 5's "It runs but I can't reach it" path (reach.ts), and its readers of start-up lines and sockets. */
import type { ContainerWords } from './parse-errors';
import type { LogLineReader } from './parse-logs';
import { fileStop, notWritable, startFailure } from './start-failures';
import { toldAcross, toldStart } from './told-start';
import { bindInUse, clientReply, fragment, page, toldReset } from './host-clients';
import { insideReply, toldInside, toldInsideOnly } from './inside-reply';
import { podForward } from './pod-forward';
import { anyStart } from './listen-lines';
import { perInterface } from './per-interface';
import { readEvents } from './events';
import { readInspectTemplate } from './inspect-template';
import { curlRefusedHere, hostListing } from './host-tools-read';
import type { Part, TextReader } from './read';
import type { Lib } from './lib';
import type { Container, Facts, Hit, Listen } from './types';

export { reachAnswer as check } from './reach';

/**
 * cw179 (stop 57): the header a `docker ps --format "table …"` prints, its columns from docker/cli cli/command/formatter/container.go
 * (containerIDHeader `CONTAINER ID`, imageHeader `IMAGE`, commandHeader `COMMAND`, runningForHeader `CREATED`, createdAtHeader
 * `CREATED AT`, statusHeader `STATUS`, stateHeader `STATE`, portsHeader `PORTS`, namesHeader `NAMES`, sizeHeader `SIZE`, labelsHeader
 * `LABELS`, mountsHeader `MOUNTS`, localVolumes `LOCAL VOLUMES`, networksHeader `NETWORKS`), tab-separated and padded by tabwriter.
 * One with NAMES or PORTS: Compose ps' own (`NAME … SERVICE`) is not docker ps'.
 */
const psCols = 'CONTAINER ID|IMAGE|COMMAND|CREATED AT|CREATED|STATUS|STATE|PORTS|NAMES|SIZE|LABELS|MOUNTS|LOCAL VOLUMES|NETWORKS';
const psHeaderShape = new RegExp(`^\\s{0,8}(?:${psCols})(?:(?:\\s{2,}|\\t)(?:${psCols}))*\\s*$`);
const psHeader = { test: (l: string) => l.length < 300 && psHeaderShape.test(l) && /\b(?:NAMES|PORTS)\b/.test(l) };
/** A docker ps line under a script's or a log's mark (`>>> CMD:`, `+`, `Running:`, a prompt), or bare at a line's start. */
const embeddedPs = /^\s{0,8}(?:[^\s`'"]{1,40}(?:\s[^\s`'"]{1,40})?\s*[:>$#+]\s*)?(docker (?:container )?(?:ps|ls)\b[^`]{0,400})$/;

/**
 * cw183 (stop 58): a port refusal made past by a retry that worked (later-state.ts `past`), then a docker ps (or `container ls`) whose
 * header and a row are shown in a part after the last such refusal's: docker/cli writes the table from the daemon's reply
 * (cli/command/container/list.go), so it shows what runs after the retry.
 */
function retriedThenListed(facts: Facts, list: Part[]): boolean {
  const past = facts.hits.filter((h) => h.past && h.id === 'port-already-allocated' && h.part !== undefined);
  if (!past.length) return false;
  const from = Math.max(...past.map((h) => h.part!));
  return list.some(
    (p, j) =>
      j > from &&
      /^(?:sudo +)?docker (?:ps|container (?:ls|list|ps))\b(?![^|]*\|)/.test(p.cmd.trim()) &&
      p.lines.some((l, i) => psHeader.test(l) && /\S\s{2,}\S/.test(p.lines[i + 1] ?? '')),
  );
}

/**
 * At "Is the container running?", a name conflict whose holder a listing shows stopped (stored file 5670043944: a wrapper's
 * `docker run --name validator` refused, then `docker ps -a` with validator `Exited (255) 3 minutes ago`): the holder's state
 * answers what was asked (and its message says to remove or restart it).
 */
export function settle(facts: Facts, lib: Lib, what: string, list: Part[]): void {
  const { addContainer } = lib;
  const told = toldPage(list);
  if (told && told !== lib.expected.run.publish!.host) facts.answeredAt ??= told;
  // cw37: what `docker events` says of each container (events.ts).
  readEvents(list, facts, addContainer);
  // cw46: a later `docker run` that printed its ID, then listings with nothing failing: the client's refusals of the tries before it
  // (a spec it could not parse, an image reference) are past (later-state.ts ranThenListed; h44-notes337826145: `-p 8001L80` refused, docker/cli
  // opts/port.go `invalid publish opts format (should be name=value but got '8001L80')`, then `-p 8001:80` and docker ps), and the
  // listing answers. A port another container holds stays (the listing still shows it: h39-bradsimpsonlog).
  if (lib.ranThenListed(list.filter((p) => p.cmd || p.lines.some((l) => l.trim()))))
    facts.hits = facts.hits.filter((h) => h.id !== 'invalid-port-spec' && h.id !== 'invalid-reference');
  // cw117: a Compose start refused at a host port, then a later `up` whose containers started (later-state.ts upAfterRefusal): past at
  // "Does the app listen?", which the later run's start lines answer. Not at "Is port 8050 free?", where the port the refusal names may
  // still be held, nor at the listing questions, which read v2's `Recreated` as a container only created (parse-logs.ts).
  if (what === 'listening' && lib.upAfterRefusal(list)) facts.hits = facts.hits.filter((h) => h.id !== 'port-already-allocated');
  // cw148 (stop 50): the same for `docker run`: a run refused at a host port (`Bind for 0.0.0.0:5000 failed: port is already
  // allocated`), then a retry of it on another host port that started (later-state.ts laterState marks the refusal `past`: the retry's
  // ID or its app's start lines, nothing failing): at "Does the app listen?" the retry's start lines answer, as at lesson 5's run
  // (step-run.ts). At "Is port 8050 free?" and the listing questions the port the refusal names stays held.
  // cw183 (stop 58): and at the listing questions (running, published) when a docker ps listing after the retry shows what runs
  // now (h180-notes24661807727, both experts: the refused run removed, run again on 90:80, then a listing of two publishers): that
  // listing is the later state (CONVENTIONS §2.0); with no listing after the retry the refused port still answers there.
  const listedAfter = what !== 'listening' && what !== 'port-free' && retriedThenListed(facts, list);
  if (what === 'listening' || listedAfter) facts.hits = facts.hits.filter((h) => !(h.past && h.id === 'port-already-allocated'));
  // cw146 (stop 50): at "Is the port published?", the last run line's options typed after the image (command-line.ts lateOptions)
  // became the container's command, and its entrypoint failed on them (`exec: -p: not found`): the crash is what they made, and
  // nothing was published (docker/cli run.go reads no option after the image), as lesson 5's run step answers (step-run.ts, cw115).
  const lastRun = facts.commands.filter((c) => /^container (?:run|create)$/.test(c.command)).at(-1);
  if (what === 'published' && lastRun?.afterImage && facts.crash && facts.crashIn === '') facts.crash = false;
  // cw192 (stop 59): and the runtime's refusal they made (`exec: "-p": executable file not found in $PATH`, runc's lookup of the
  // container's first argument, libcontainer/standard_init_linux.go): nothing was published either, as step-run.ts (cw49) answers.
  if (what === 'published' && lastRun?.afterImage)
    facts.hits = facts.hits.filter(
      (h) => h.id !== 'container-exited' || !['start-failed', 'no-file', 'runtime'].includes(String(h.details.variant)),
    );
  // cw40: `-l` (--latest) lists the last created container only, `-n N` (--last) the last N (docker/cli cli/command/container/
  // list.go): what holds a port may be among the others (yeasy/docker_practice's `docker container ls -l`), reach.ts.
  const latest = /^docker (?:container )?(?:ps|ls)\b.*\s(?:-[aqs]*l[aqs]*|--latest|-n[ =]?\d+|--last[ =]\d+)(?:\s|$)/;
  // cw69: not beside a whole listing of the same paste (`docker ps`, `docker ps -a`: every running container, so every one that holds
  // a port; RealForce1024's notes: an empty `docker ps`, then `-l`, then `-a`): that listing shows what the latest one leaves out.
  // cw179 (stop 57): or the header of a `table` template of the learner's own (`--format "table {{.Names}}\t{{.Status}}\t{{.Ports}}"`:
  // docker/cli cli/command/formatter/container.go names each field's column, NAMES, STATUS, PORTS, …), the rows under it the same.
  const header = (p: { lines: string[] }) => p.lines.some((l) => /^\s*CONTAINER ID\s/.test(l) || psHeader.test(l));
  // cw179 (stop 57): a docker ps line the paste shows inside a part's output, under a script's or a log's own mark (`>>> CMD: docker ps
  // --filter …`, `+ docker ps` of `set -x`, a prompt the reader did not take), its table's header the next line: a listing of its own.
  // The part's own command (a title read as one: `### docker ps output`) owns the lines above such a line only.
  const upTo = (p: Part) => p.lines.findIndex((l) => l.length < 600 && embeddedPs.test(l));
  const shown: { cmd: string; lines: string[] }[] = list.map((p) => (upTo(p) < 0 ? p : { cmd: p.cmd, lines: p.lines.slice(0, upTo(p)) }));
  for (const p of list)
    for (const [i, l] of p.lines.entries()) {
      const cmd = l.length < 600 ? embeddedPs.exec(l)?.[1]?.trim() : undefined;
      const next = p.lines.slice(i + 1, i + 4).find((x) => x.trim() && !/^\s*(?:```|~~~)/.test(x));
      if (
        cmd &&
        next !== undefined &&
        (psHeader.test(next) || /^\s*CONTAINER ID\s/.test(next) || (/\|/.test(cmd) && /^\s*[0-9a-f]{12}\s/.test(next)))
      )
        shown.push({ cmd, lines: [next] });
    }
  // A filter or a pipe leaves rows out too.
  const whole = shown.some(
    (p) => /^docker (?:container )?(?:ps|ls)\b/.test(p.cmd) && !latest.test(p.cmd) && !/\s(?:-f|--filter)\b|\|/.test(p.cmd) && header(p),
  );
  if (!whole && shown.some((p) => latest.test(p.cmd) && header(p))) facts.latestOnly = true;
  // cw96: a listing filtered by anything but the lesson's own port, the course's name or a state (`docker ps -f name=nginx-exposed`,
  // `--filter ancestor=nginx`, `label=…`; docker/cli opts/filter.go reads each `key=value`, and moby's daemon/list.go keeps the
  // rows that match every one), or piped through a text filter (grep, findstr, Select-String) by a word not the port, shows only the
  // containers it names: one of the others may hold the port (h78-hgleeeedocker: `docker ps -f name=nginx-exposed` with its one row).
  // `--filter publish=8050` is the lesson's own question, `name=dash-app` the course's own listing (expectations.ts, fixtures/
  // ps-table-empty.txt: no dash-app, nothing of it at 8050), and `status=running` what docker ps shows anyway.
  const port = String(lib.expected.run.publish!.host);
  const own = lib.expected.run.container!;
  // A filter by the exit state (`status=exited`, `exited=0`) is left as it was read: holdout40's h40-dockercli-ls-a-filter-exited-0
  // (docker/cli's own `exited=0` example) is labelled ok, and no written rule says otherwise yet (README cw96, for the lead).
  const kept = (v: string) =>
    [`publish=${port}`, `publish=${port}/tcp`, `name=${own}`].includes(v.replace(/["']/g, '')) || /^["']?(?:status|exited)=/.test(v);
  const filters = (cmd: string) => [...cmd.matchAll(/\s(?:-[aqs]*f|--filter)(?:\s+|=)["']?([^\s"']+)/g)].map((m) => m[1]!);
  const grep = /\|\s*(?:e?grep|findstr|select-string|sls)\b(.*)$/i;
  const narrowed = (cmd: string) =>
    /^docker (?:container )?(?:ps|ls)\b/.test(cmd) &&
    (filters(cmd).some((v) => !kept(v)) || (!!grep.exec(cmd) && !new RegExp(`\\b${port}\\b`).test(grep.exec(cmd)![1]!)));
  // Stop 48: a grep's rows come without the header it filtered out (portainer/portainer#6274: `docker container ls | grep nginx` and
  // nginx's one row), and a grep that matched nothing printed nothing: filtered all the same.
  if (!whole && shown.some((p) => narrowed(p.cmd) && (header(p) || !!grep.exec(p.cmd)))) facts.filteredOnly = true;
  // The same collapsed onto one line (habits.ts one-line), as cw45's -l above.
  const flat =
    /\bdocker (?:container )?(?:ps|ls)(?: -{1,2}[\w=-]+)*? (?:-[aqs]*f|--filter)[ =]["']?([^\s"']+)["']?(?: -{1,2}[\w=-]+)*? CONTAINER ID /;
  const folded = (l: string) => (l.length < 100_000 ? flat.exec(l)?.[1] : undefined);
  if (list.some((p) => [p.cmd, ...p.lines].some((l) => !!folded(l) && !kept(folded(l)!)))) facts.filteredOnly = true;
  // cw163 (stop 54): at "Is port 8050 free?", a name the daemon did not find (moby daemon/container.go GetContainer's `No such container:
  // %s`: a `docker rm` or `stop` of a mistyped name) that is not the lesson's, beside a whole listing of the paste: what holds a port is
  // what the listing shows (CONVENTIONS §1 cw35's rule, at compose, as at this question); a missing container holds none.
  if (what === 'port-free' && (whole || lib.everyContainerListed(facts)))
    facts.hits = facts.hits.filter((h) => h.id !== 'container-not-found' || !h.details.name || h.details.name === own);
  // cw179 (stop 57): at "Is port 8050 free?", a last row cut inside its NAMES (a strict beginning of the run's own --name, where the
  // paste or its fence ends: listing-whole.ts cutAtOwnName) is a cut listing: the rows after it are not shown (CONVENTIONS §1, cw83). Not after a `docker rename`: the later name is no run's.
  const renamed = list.some((p) => /^docker (?:container )?rename\b/.test(p.cmd));
  if (
    what === 'port-free' &&
    !renamed &&
    lib.cutAtOwnName(
      facts,
      list.at(-1)?.lines ?? [],
      list.flatMap((p) => [p.cmd, ...p.lines]),
    )
  )
    facts.listingCut = 'rows';
  // cw101: the last run line after the last listing (a Udemy student's PowerShell notes: `docker ps` with testcontainer 5000->5000,
  // then `docker pull couchbase` and `docker run couchbase:latest` with its start lines): the listing shows the containers before that
  // run, which is the later state (CONVENTIONS §2.0, §2.3 cw101; reach.ts).
  const listing = (p: Part) =>
    p.lines.some((l) => /^\s*CONTAINER ID\s/.test(l)) || /^docker (?:container )?(?:ps|ls)\b|^docker[- ]compose\b.*\bps\b/.test(p.cmd);
  const ranAt = list.findLastIndex((p) => /^docker (?:container )?(?:run|create)\b/.test(p.cmd));
  if (ranAt > list.findLastIndex(listing) && list.some(listing)) facts.ranAfterListing = true;
  // cw45: the same command with its listing collapsed onto one line (a page's prose copied back, habits.ts one-line).
  const collapsed =
    /\bdocker (?:container )?(?:ps|ls)(?: -{1,2}[\w=-]+)*? (?:-[aqs]*l[aqs]*|--latest|-n[ =]?\d+|--last[ =]\d+) CONTAINER ID /;
  if (list.some((p) => [p.cmd, ...p.lines].some((l) => l.length < 100_000 && collapsed.test(l)))) facts.latestOnly = true;

  // cw41: an entrypoint that stopped on a file it may not write, in its own words too (fileStop, notWritable, below), nothing after
  // it saying where the app listens and no container shown running: the container stopped there.
  const says = Object.values(facts.listen).some((l) => l.all || l.loop || l.port || l.served);
  // cw166 (stop 55): or the configuration file its server is to read said unreadable by the image's own script (start-failures.ts
  // configUnreadable): the server exits on it.
  // Compose's progress (`Starting grafana ... done`, `Attaching to`) showed it started before its log, no listing after: the later
  // state is its log's (CONVENTIONS §2.0, as diagnose-compose.ts cw155).
  const pair = stops.has(facts) && warned.has(facts);
  const stoppedIn = pair ? stops.get(facts) : facts.configUnreadableIn;
  const progressOnly = (c: Container) => !pair && !facts.listed && !!facts.progressNames?.includes(c.name);
  if (stoppedIn !== undefined && !says && !facts.started && !facts.containers.some((c) => c.state === 'running' && !progressOnly(c))) {
    facts.crash = true;
    facts.crashIn ??= stoppedIn;
  }
  // `docker port NAME` that printed nothing, shown by a prompt or a command after it: docker/cli
  // cli/command/container/port.go runPort prints its lines only `if len(out) > 0`, and no error when nothing is published
  // (a stopped container's NetworkSettings.Ports is empty too: "nothing published now", never an ok).
  for (const [i, { cmd, lines, ended }] of list.entries()) {
    const quiet = /^docker (?:container )?port ([\w.-]+)$/.exec(cmd);
    if (quiet && !lines.some((l) => l.trim()) && (ended || list[i + 1]?.cmd))
      addContainer(facts, { name: lib.idPrefix.test(quiet[1]!) ? '' : quiet[1]!, ports: [] }, 'docker port');
  }
  // cw55, cw59: `docker inspect -f '{{.State.Status}}' dash-app` (docs' way to ask one field), and any template of State, Name and
  // port fields: each line read through its template (inspect-template.ts).
  readInspectTemplate(list, facts, lib, what === 'running');
  // cw56: at "Does the app listen?", a container's own program that failed to start (a crash line, a server that could not bind,
  // a JVM that never started) answers before Docker's refusal of a host port (Elasticsearch's `Could not create the Java Virtual
  // Machine` beside moby's portmapper refusal `Error starting userland proxy: listen tcp4 0.0.0.0:9042: bind: address already in use`,
  // TheHive's notes): the port is the host's, "Is port 8050 free?" answers it.
  // cw80: nor a pull refused for a run line's image (`pull access denied for instapy, repository does not exist`): that try created
  // no container, so it is not the one whose log shows the crash (InstaPy/instapy-docker#15: `docker logs instapy` with CPython's
  // `can't find '__main__' module`, then the same run with the image `instapy`, refused). CONVENTIONS §2.4's crash answers.
  // cw119: the daemon's refusal of an API version inside a program's fatal log line (read.ts programFatal): the container's program
  // stopped there, so at "Is the container running?" and "Does the app listen?" the container crashed; the install step keeps it.
  // cw162 (stop 54): or inside its log line at any level, then Compose's own line that the service exited with a failing code
  // (facts.ts exitedProgram): the program stopped on it all the same.
  // Its state answers then, as Compose's line gave it (its name, its code, its own last lines).
  if (what === 'listening' || what === 'running') facts.hits = facts.hits.filter((h) => !lib.exitedProgram(h, facts));
  if ((what === 'listening' || what === 'running') && facts.hits.some((h) => h.fatal)) {
    facts.hits = facts.hits.filter((h) => !h.fatal);
    facts.crash = true;
  }
  if (what === 'listening' && facts.crash)
    facts.hits = facts.hits.filter((h) => h.id !== 'port-already-allocated' && h.id !== 'image-not-found');
  if (what !== 'running') return;
  // cw176 (stop 57): a docker inspect's State whose `Error` holds the failure of a start (moby container/state.go State.Error, "last
  // known error during container start, stop, or remove", set by daemon/start.go's containerStart on a failed start; microsoft/
  // navcontainerhelper#946: `"Status": "exited"` and `"Error": "failed to create endpoint … on network nat: hnsCall failed …"`)
  // beside its `"Status": "exited"`: the container ran and stopped, and a later start of it failed. At "Is it running?" its state
  // answers (not running), as for any stopped container; the error's own answer stays at the other questions. Not a `created`
  // container's (never started: the error is why, CONVENTIONS §2.2's Created because a port is taken) nor an error printed elsewhere.
  const stateError = (h: Hit) => {
    const lines = h.part !== undefined && h.line !== undefined && h.line >= 0 ? list[h.part]?.lines : undefined;
    return (
      !!lines && /^\s*"Error"\s*:\s*"[^"]/.test(lines[h.line!] ?? '') && lines.some((l) => /^\s*"Status"\s*:\s*"exited",?\s*$/.test(l))
    );
  };
  facts.hits = facts.hits.filter((h) => !stateError(h));
  const stopped = (name: unknown) => facts.containers.some((c) => c.name === name && c.state && c.state !== 'running');
  // cw34: among several stopped containers too (a French Debian session, stored readme 47208649121: `Conflict. The container name
  // "/test-ic-webapp" is already in use`, then `docker ps -a` with eight stopped rows, test-ic-webapp `Exited (137)`): the holder
  // is the one the conflict names (reach.ts), not "several, none dash-app".
  for (const h of facts.hits) if (h.id === 'name-conflict' && stopped(h.details.name)) facts.heldBy ??= h.details.name as string;
  facts.hits = facts.hits.filter((h) => h.id !== 'name-conflict' || !stopped(h.details.name));
}

/**
 * cw110: the page a browser showed, told in the learner's sentence that introduces it (a colon at its end) with the address it opened
 * at a host port, then the body itself below, its first line: JSON (an API's answer; aykutcihan/devops-with-docker's exercise 1.10:
 * "Opening `http://localhost:8080` in the browser returns:", then `{"message":"You connected to the following path: /",…}` in a
 * fence) or HTML (cw73's page, cw110's fragment). A browser shows what the server sent at that port, so the server answered through
 * the forward there, as a typed client's body does (host-clients.ts pageAfter; CONVENTIONS §2.4 cw110). A browser, or the verb of
 * opening an address, in English, French, Spanish, German, Chinese or Japanese; not a sentence about a setting (`My settings for …:`).
 */
const toldOpen =
  /\b(?:browser|navigateur|navegador|Browser)\b|浏览器|ブラウザ|\b(?:[Oo]pen(?:ing|ed|s)?|[Vv]isit(?:ing|ed|s)?|[Nn]avigat(?:e|ing|ed) to|[Bb]rows(?:e|ing) to|[Oo]uvr(?:ant|ir|e)|[Aa]br(?:iendo|ir|o)|[Öö]ffne[nt]?)\b/;
const toldAt = /(?:^|[\s(`"'])(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):(\d{1,5})\b/;
function toldPage(list: Part[]): number | undefined {
  const all = list.flatMap((p) => [...(p.cmd ? [`$ ${p.cmd}`] : []), ...p.lines]).filter((l) => l.trim());
  for (const [i, l] of all.entries()) {
    const t = l.trim();
    if (t.length > 400 || !/[:：]$/.test(t) || !toldOpen.test(t)) continue;
    const at = toldAt.exec(t);
    const body = all[i + 1]?.trim() ?? '';
    if (at && (/^(?:\{\s*"|\[\s*[{"\d]|\{$)/.test(body) || page.test(body) || fragment.test(body))) return +at[1]!;
  }
  return undefined;
}

/**
 * What a client got at a port of the host, read when nothing else says where the app listens (reach.ts). An empty reply
 * or a reset: curl's `curl: (52) Empty reply from server` (CURLE_GOT_NOTHING, lib/strerror.c) and `curl: (56) Recv
 * failure: Connection reset by peer` (CURLE_RECV_ERROR with the system's words), wget's `Read error (Connection reset by
 * peer) in headers.`, Chrome's ERR_EMPTY_RESPONSE ("localhost didn’t send any data.") and ERR_CONNECTION_RESET, Firefox's
 * "The connection was reset": Docker's proxy took the connection at the published port and nothing answered at the
 * container's port, the sign of an app on the container's 127.0.0.1.
 */
// Also PowerShell's Invoke-WebRequest (its `curl` alias): 5.1's WebException "The underlying connection was closed: The
// connection was closed unexpectedly.", 7's HttpClient "The response ended prematurely."; GNU wget's "No data received.";
// BusyBox wget's `wget: error getting response: Connection reset by peer`; Safari's "the server unexpectedly dropped the connection".
// curl's numbers in any language: `curl: (56) Recv failure: 连接被对方重设` (the system's strerror, localized; jimeng-api's issue).
// cw61: also the system's words told as a sentence of their own after the address (trailbaseio/trailbase#77: "it's not accessible from
// http://localhost:4000/_/admin/. Connection reset by peer.").
// cw149 (stop 50): and curl's (35), CURLE_SSL_CONNECT_ERROR, when the TLS handshake met the connection's end (an https URL at the
// published port: Docker's proxy accepted, then closed it, nothing behind it): OpenSSL's and LibreSSL's `SSL_connect: SSL_ERROR_SYSCALL
// in connection to …` (lib/vtls/openssl.c ossl_connect_step2), OpenSSL 3's `unexpected eof while reading`, older curl's `Unknown SSL
// protocol error in connection to …`, macOS SecureTransport's (lib/vtls/sectransp.c, errSSLInternal) `Internal SSL engine error
// encountered during the SSL handshake` and `Server aborted the SSL handshake` (errSSLClosedAbort). Not `wrong version number`,
// a plain-HTTP server answering (something listens there).
// cw172 (stop 56): and a database client's words for a connection its server end closed before any answer: libpq's (psql and
// every libpq client; src/interfaces/libpq/fe-misc.c pqReadData: `server closed the connection unexpectedly` then `\tThis probably
// means the server terminated abnormally`), MySQL's client library (sql-common/client.c, CR_SERVER_LOST_EXTENDED: `Lost connection
// to MySQL server at 'reading initial communication packet'`): at a published port, Docker's proxy accepted and nothing behind it did.
const empty =
  /server closed the connection unexpectedly|Lost connection to MySQL server at '(?:reading initial communication packet|handshake: reading initial communication packet)'|curl: \(35\) (?:(?:Open|Libre|Boring)SSL SSL_connect: SSL_ERROR_SYSCALL|Unknown SSL protocol error|Internal SSL engine error|Server aborted the SSL handshake|.{0,120}unexpected eof while reading)|curl: \(56\) Recv failure|(?:^|[.!]\s{1,3}|\b(?:says?|said|gets?|got|shows?)\s{1,3}["'`]?)Connection reset by peer\.?["'`]?\s*$|Empty reply from server|(?:failure: |error \(|response: )Connection reset by peer|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|connection was reset|t send any data|closed unexpectedly|ended prematurely|No data received|dropped the connection/i;
/**
 * Refused: curl's `curl: (7) Failed to connect to localhost port 8080: Connection refused` (since 7.80 `… port 8080 after
 * 0 ms: Connection refused`, curl 8's `… after 0 ms: Could not connect to server`, before it `Couldn't connect to server`;
 * curl 7.29's `Failed connect to localhost:8080; Connection refused`), Chrome's ERR_CONNECTION_REFUSED: nothing listens at
 * that port of the host, so no port is published there.
 */
// Also GNU wget's `Connecting to localhost (localhost)|127.0.0.1|:8050... failed: Connection refused.`, BusyBox wget's `wget:
// can't connect to remote host (127.0.0.1): Connection refused`, PowerShell's Invoke-WebRequest (5.1: "Unable to connect to the
// remote server"; 7: "No connection could be made because the target machine actively refused it."), the browsers' pages
// in words (Chrome's and Edge's "localhost refused to connect.", Firefox's "can’t establish a connection to the server",
// Safari's "can’t connect to the server"), PowerShell's Test-NetConnection (`WARNING: TCP connect to (::1 : 8050) failed`, `TcpTestSucceeded : False`).
// And a sentence that says so (docker/for-win#13182: "any attempts to `curl http://127.0.0.1:8020` from inside the WSL2
// environment … fail with a "Connection refused"": a port published on Desktop's 127.0.0.1 only).
const refused =
  /Failed (?:to )?connect to \S{1,260}.{0,60}?(?:Connection refused|connect to server)|ERR_CONNECTION_REFUSED|\|:\d{1,5}\.\.\. failed: Connection refused|remote host \([^)]{1,80}\): Connection refused|Unable to connect to the remote server|actively refused|refused to connect|t (?:establish a connection|connect) to the server|TcpTestSucceeded\s*:\s*False|WARNING: TCP connect to .{1,260}? failed|\bcurl (?:-\S{1,20} ){0,6}\S{1,260} .{0,200}?\bConnection refused/i;

/**
 * cw30: gunicorn's lines before or after its address (benoitc/gunicorn arbiter.py start(): `Starting gunicorn %s`, then
 * `Listening at: %s (%s)`; spawn_worker(): `Booting worker with pid: %s`), a paste of its workers only
 * (tiangolo/meinheld-gunicorn-flask-docker#43): started, address unknown.
 * Flask's banner (` * Serving Flask app 'app'`), supervisord's `success: uwsgi entered RUNNING state`, or uvicorn's lines before
 * its address (`Started server process [1]`, `Application startup complete.`, fastapi-admin#18 `INFO:uvicorn.error:…`): started,
 * address unknown. Werkzeug's request lines from any client, also behind a logging prefix (`2020-05-03 … - INFO - 127.0.0.1 - - […]
 * "GET / HTTP/1.1" 200 -`): the app answers, address unknown.
 */
/**
 * A client refused at a container's own address, on Docker's bridges (172.17.0.2; Compose's 172.18-31): netcat's `(UNKNOWN)
 * [172.17.0.2] 80 (http) : Connection refused` (qiuhaotc/WebSSH#8, ping answering beside it), curl's `Failed to connect to
 * 172.17.0.2 port 80 …: Connection refused`. The container is there; nothing listens at that port on its address.
 */
const inside =
  /(?:\[|Failed to connect to )172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}\]? (?:port )?(\d{1,5})\b.{0,80}?(?:Connection refused|connect to server)/i;

/**
 * cw30: nginx's `[emerg]`, the level at which ngx_init_cycle's failures stop it before it serves (src/core/nginx.c main: a
 * cycle that fails to initialise returns 1), in its stderr form `nginx: [emerg] …` or its error log's `2022/12/07 15:50:52
 * [emerg] 1#1: …` (TomBursch/kitchenowl#105: `socket() [::]:80 failed (97: Address family not supported by protocol)`): the
 * server stopped, so nothing listens. Its failed lookups and taken ports are answered before (their own errors).
 */
// cw176 (stop 57): also under a process manager's own prefix inside the container's log, forego's (ddollar/forego outlet.go
// OutletFactory.WriteLine: the process's name and index, `nginx.1`, padded, then ` | `), as jwilder/nginx-proxy runs nginx and
// docker-gen from its Procfile: Compose's prefix, then forego's (`nginxproxy_1 | nginx.1    | 2015/11/26 … [emerg] 13#13: …`).
const emerg = /^(?:[\w-]{1,40}\.\d{1,3} {1,40}\| ?)?(?:nginx: \[emerg\] |\d{4}\/\d\d\/\d\d [\d:]{8} \[emerg\] \d{1,9}#\d{1,9}: )/;

/**
 * cw30, a server's configuration as it prints it at start: a Go program's flags after the log package's date (sentriz/gonic#281:
 * gonic's `2023/01/12 23:21:55     listen-addr               127.0.0.1:4747`, its flag set printed with log.Printf by
 * name and value), a key that names where it listens (listen, listen-addr, http-addr, bind, bind-address), then host:port.
 */
const configAddr =
  /^\d{4}\/\d\d\/\d\d [\d:.]{8,15}\s{1,40}(?:listen|http|bind)(?:[-_.](?:addr(?:ess)?|host|listen))?:?\s{1,40}((?:\d{1,3}\.){3}\d{1,3}|localhost|\[[\da-f:]{2,39}\]|):(\d{1,5})\s*$/;
/**
 * cw30, a start line whose port is no number: Node's template of an unset variable (`App listening on port undefined`, the
 * app's `process.env.PORT` never set; `server.listen(undefined)` takes a random port, net.js), lws's `Listening on
 * http://8ab29995624f:null, http://127.0.0.1:null` (lwsjs/local-web-server#179: `CMD ["ws", "--port 30"]` passed the flag and
 * its value as one argument), `NaN`: the app was given no port, so not the one Docker forwards to.
 */
const noPortLine =
  /\b(?:[Ll]istening|[Rr]unning|[Ss]tarted|[Ss]erving)\b.{0,40}?\b(?:on|at):? (?:(?:https?|tcp):\/\/[\w.-]{1,253}:|\[[\da-f:]{2,39}\]:|port:? ?)(undefined|null|NaN)\b/;
/**
 * cw30, http-server's list (http-party/http-server bin/http-server, its listen callback: `Available on:`, then one indented
 * URL per IPv4 interface when it binds every address, its default; only the address given with -a otherwise). Loopback and
 * another address under it (olivia-ai/olivia#170: `  http://127.0.0.1:120`, `  http://172.19.0.3:120`) is that list, every
 * address; one URL alone gives the port (it may be the -a address).
 */
const availableOn = /^`?Available on:\s*$/;
const availableUrl = /^\s{0,4}https?:\/\/((?:\d{1,3}\.){3}\d{1,3}):(\d{1,5})\/?`?\s*$/;
/** http-server's "Available on:" list per paste and service: '' at its header, then l (loopback) or o (another address) per URL. */
const under = new WeakMap<Facts, Record<string, string>>();

/**
 * cw41: a server's structured start line, logfmt or JSON, its message about listening and its address in a key of its own:
 * Grafana's pkg/api/http_server.go `hs.log.Info("HTTP Server Listen", "address", listener.Addr().String(), "protocol", …)`, printed
 * by its logfmt handler as `msg="HTTP Server Listen" logger=http.server address=0.0.0.0:3000 protocol=http` (since 9.x `address=[::]:3000`,
 * jlight99/docker-jig#4 and ksator/junos_monitoring_with_a_TIG_stack#5) or by its JSON one as `"msg":"HTTP Server Listen",
 * "address":"[::]:3000"`; Prometheus' web.go `msg="Start listening for connections" address=0.0.0.0:9090`, Alertmanager's `msg=Listening
 * address=:9093`, Go's log/slog TextHandler and JSONHandler (`msg="listening" addr=:8080`, `"msg":"listening","addr":":8080"`), zap's
 * and zerolog's JSON. The key names where it binds (addr, address, listen, bind, http, with a prefix such as http_ or listen-); the
 * message must speak of listening or of a server starting, so a client's `remote_addr=` or a database's `address=db:5432` is not read.
 * An empty host (Go's net.Listen ":8080") or 0.0.0.0 / [::] is every address; loopback is loopback; any other host the port only.
 */
const structMsg = /(?:\bmsg=|"(?:msg|message)":\s?)(?:"[^"]{0,120}"|[^\s"]{1,60})/;
const structAddr =
  /(?:^|[\s,{])"?(?:[\w-]{1,20}[_.-])?(?:addr|address|listen|bind|http)"?(?:=|":\s?)"?(\[[\da-f:]{2,39}\]|::|(?:\d{1,3}\.){3}\d{1,3}|localhost|[\w.-]{0,253}):(\d{1,5})\b/;
function structuredStart(text: string, listen: Listen): boolean {
  const msg = text.length < 2200 ? structMsg.exec(text.replace(/[“”]/g, '"'))?.[0] : undefined;
  if (!msg || !(/listen|serving/i.test(msg) || (/serv(?:er|ice)|http|api|web/i.test(msg) && /start|running|\bup\b/i.test(msg))))
    return false;
  const at = structAddr.exec(text.replace(/[“”]/g, '"'));
  if (!at) return false;
  listen.port ??= Number(at[2]);
  if (/^(?:0\.0\.0\.0|\[::\]|::|)$/.test(at[1]!)) listen.all = true;
  else if (/^(?:127\.[\d.]+|localhost|\[::1\])$/.test(at[1]!)) listen.loop = true;
  return true;
}

/** cw30's start lines, at "Does the app listen on 0.0.0.0?" (the reach chunk's): true when the line said where it listens. */
function startLine(text: string, facts: Facts, key: string, listen: Listen): boolean {
  const short = text.length < 2200 ? text : '';
  const config = configAddr.exec(short);
  if (config) {
    listen.port ??= Number(config[2]);
    if (/^(?:0\.0\.0\.0|\[::\]|)$/.test(config[1]!)) listen.all = true;
    else if (/^(?:127\.[\d.]+|localhost|\[::1\])$/.test(config[1]!)) listen.loop = true;
  }
  const none = noPortLine.exec(short);
  if (none) listen.noPort ??= none[1];
  // cw106: every address so said loopback (`App listening at http://localhost:undefined`; not lws's list with its container's hostname,
  // h28-lws179): the app binds loopback, a problem whatever port it gets (CONVENTIONS §2.4 cw106), as listen-lines.ts unsetPort.
  const hosts = none ? [...short.matchAll(/\/\/([\w.-]{1,253}|\[[\da-f:]{2,39}\]):(?:undefined|null|NaN)\b/g)].map((h) => h[1]!) : [];
  if (hosts.length && hosts.every((h) => /^(?:127\.[\d.]+|localhost|\[::1\])$/.test(h))) listen.loop = true;
  const blocks = under.get(facts) ?? {};
  under.set(facts, blocks);
  const listed = blocks[key] !== undefined ? availableUrl.exec(short) : null;
  // cw201 (stop 60): the list closed by the callback's next lines (`Unhandled requests will be served from: …` with --proxy, then
  // `Hit CTRL-C to stop the server`), loopback URLs only: the every-interface list would name the container's own interface too
  // (os.networkInterfaces(), eth0 on any Docker network), so the one address is -a's, loopback (matrix-riot-docker#6's `Available
  // on:` then `https://127.0.0.1:8765` alone). A list cut before that line keeps its port only.
  const proxied = blocks[key] && /^`?Unhandled requests will be served from: \S/.test(short.trim()) ? blocks[key] : undefined;
  if (blocks[key] && /^`?Hit CTRL-C to stop the server`?$/.test(short.trim()) && /^l+$/.test(blocks[key]!)) listen.loop = true;
  const block = availableOn.test(short.trim()) ? '' : listed ? `${blocks[key]}${/^127\./.test(listed[1]!) ? 'l' : 'o'}` : proxied;
  if (block === undefined) delete blocks[key];
  else blocks[key] = block;
  if (listed) {
    listen.port ??= Number(listed[2]);
    // Loopback and another interface under one "Available on:": the list of every interface, so every address.
    if (block!.includes('l') && block!.includes('o')) listen.all = true;
  }
  return !!(config || none || listed) || structuredStart(short, listen);
}

/**
 * cw61: a compose file's short-syntax ports (`ports:`, then `- 3000:3000`, `- "127.0.0.1:8080:80"`, compose-spec's
 * `[[HOST:]PUBLISHED:]TARGET`), pasted beside a client's answer (docker/for-mac#5809: `cat docker-compose.yml`, `docker compose up -d`,
 * then curl's `HTTP/1.0 200 OK` at localhost:3000): the forwards of the file's services, read where no container shows its own.
 */
const fileKey = new WeakMap<Facts, boolean>();
/**
 * cw120: the service a ports list belongs to, the last key without a value above it no deeper than the one before (compose-spec's
 * `services:` → `  webserver:` → `    ports:`; a service's own `volumes:`, `depends_on:` are deeper and do not replace it).
 */
const fileService = new WeakMap<Facts, { name: string; indent: number }>();
function filePorts(text: string, facts: Facts): void {
  // cw197 (stop 59): Compose v2's own statement of it: the daemon's warning for a container on the host's network with port
  // bindings (moby daemon/container.go verifyContainerSettings, `Published ports are discarded when using host network mode`,
  // returned in ContainerCreate's Warnings; docker/cli prints it `WARNING: %s` under a run line, whose --network host answers) that
  // Compose shows as a progress warning under the service's name (` ! grafana Published ports are discarded …`, ⠋ while it
  // runs, its duration padded far right): that service's `ports:` publish nothing, as stop 47's `network_mode: host`.
  if (
    text.length < 1000 &&
    /^\W{0,4}(?:[!⠀-⣿]\s*)?[\w.-]{1,63} Published ports are discarded when using host network mode\b(?:\s+[\d.]+s)?\W{0,2}$/.test(text)
  )
    facts.fileHostNetwork = true;
  if (text.length > 200) return;
  // cw81: also at the margin, and a blank line between the key and its items: a rich-text editor's paragraphs (corpus/habits.ts),
  // each a paragraph that normalize.ts dedented on its own, the list still open.
  if (/^\s{0,8}ports:\s*$/.test(text)) return void fileKey.set(facts, true);
  const key = /^(\s{0,8})`?([\w.-]{1,60}):\s*$/.exec(text);
  if (key) {
    const was = fileService.get(facts);
    // `services:` itself opens the map: its first key is a service at whatever indent the copy kept.
    if (key[2] === 'services') fileService.set(facts, { name: '', indent: Infinity });
    else if (!was || key[1]!.length <= was.indent) fileService.set(facts, { name: key[2]!, indent: key[1]!.length });
  }
  if (!text.trim()) return;
  // Stop 47: a service on the host's network (compose-spec's `network_mode: host`): Compose publishes none of its ports, as `docker run
  // --network host` discards -p (jellyfin/jellyfin#1553's file, esphome's with `ports:` beside it, both experts no-port-published).
  if (/^\s{0,12}network_mode:\s*["']?host["']?\s*$/.test(text)) facts.fileHostNetwork = true;
  // cw73: a host side from the environment (`'$MEALIE_PORT:9000'`, `${PORT:-8080}:80`: Compose interpolates it): its default, else
  // unknown (-1, no client's port matches it), the container side read as any other.
  const item =
    fileKey.get(facts) &&
    /^\s{0,12}- ["']?(?:(?:\d{1,3}\.){3}\d{1,3}:)?(\d{1,5}|\$\{?\w{1,60}(?::?-(\d{1,5}))?\}?):(\d{1,5})(?:\/tcp)?["']?\s*$/.exec(text);
  if (item)
    (facts.filePorts ??= []).push({
      host: /^\d/.test(item[1]!) ? +item[1]! : +(item[2] ?? -1),
      container: +item[3]!,
      service: fileService.get(facts)?.name || undefined,
    });
  else fileKey.set(facts, false);
}

/** The paste's file error, by the line's service ('' without Compose's prefix); and the image's words that a path is not writable. */
const stops = new WeakMap<Facts, string>();
const warned = new WeakSet<Facts>();
const wgetTried = new WeakSet<Facts>();
/** cw111: "port 5000 is (already) used", "… is in use", "… is taken": a port said taken, not a dev server that moves on (`, trying 3001`). */
// cw120: also with an adverb of the teller's before it (nigelpoulton/gsd#9: "Port 5000 is apparently used now by CommandCenter (for
// AirPlay)", macOS 12's AirPlay Receiver in ControlCenter holding 5000 and 7000; "is now used", "is probably taken", "is still in use").
// cw128: one reader for the state told in any of the corpus' languages, the port before or after its word of being taken: "port 8050
// is busy", "8050 is already taken by another process" (the number alone, with "already"), "something else is already using port
// 8050" (a subject holding it), "port 8050 is already allocated" (Docker's word retold), French "le port 8050 est déjà utilisé",
// Spanish "el puerto 8050 ya está en uso", Portuguese "a porta 8050 já está em uso", German "Port 8050 ist bereits belegt", Chinese
// "8050端口被占用" / "端口8050已被占用", Japanese "ポート8050は既に使われています". Never a negation ("is not used": no word of
// its own between). Each alternative one port, bounded words.
// cw147: or the teller's own program holding it, in the first person with "already" ("I am using port 80 and 443 already for apache",
// nextcloud/all-in-one#54: Apache on the host holds 80 and 443, so moby's `driver failed programming external connectivity` for a
// container publishing them): the first port said. Not "I am using port 8050" alone (the port a learner publishes).
// cw146 (stop 50): the state told in a participle clause too ("an error occurs due to port 5000 being in use", docker/docs#14226 on
// macOS 12's AirPlay Receiver): the same words, `being` for the verb.
const toldInUse = new RegExp(
  [
    String.raw`\bport (\d{1,5}) (?:(?:is|was|'s) (?:(?:[a-z]{2,12}ly|now|still|also) )?(?:already )?(?:being )?|being (?:already )?)(?:in use|used|taken|occupied|busy|allocated|bound)\b(?!, trying)`,
    String.raw`(?:^|[\s(])(\d{2,5}) (?:is|was) (?:(?:[a-z]{2,12}ly|now|still|also) )?already (?:being )?(?:in use|used|taken|occupied|allocated)\b`,
    String.raw`\b(?:something(?: else)?|someone|some(?: other)? (?:process|app|application|program|service)|another (?:app|application|process|program|service|container)|other (?:apps?|applications?|processes|programs?|services?)|else) (?:(?:is|was) )?(?:already )?(?:using|occupying|holding|running on|listening on|bound to) (?:the )?port (\d{1,5})\b`,
    String.raw`\b(?:I|[Ww]e)(?:'m|'re| am| are)? (?:already using (?:the )?ports? (\d{1,5})|using (?:the )?ports? (\d{1,5})(?:(?:,\s?| and | & )\d{1,5}){0,4} already)\b`,
    String.raw`\bport (\d{1,5}) (?:est|était) (?:déjà )?(?:utilisé|occupé|pris|en cours d'utilisation)`,
    String.raw`\bpuerto (\d{1,5}) (?:ya )?(?:está|estaba) (?:ya )?(?:en uso|ocupado|siendo usado)`,
    String.raw`\bporta (\d{1,5}) (?:já )?(?:está|estava) (?:já )?(?:em uso|ocupada|sendo usada)`,
    String.raw`\bPort (\d{1,5}) (?:ist|war) (?:bereits |schon )?(?:belegt|besetzt|vergeben|in Verwendung|in Benutzung)`,
    String.raw`(\d{2,5}) ?(?:端口)?(?:号)?(?:已经|已)?被[^\s，。,.]{0,8}?(?:占用|使用|占)|端口 ?(\d{2,5}) ?(?:已经|已)?被[^\s，。,.]{0,8}?(?:占用|使用|占)`,
    String.raw`ポート ?(\d{2,5}) ?(?:番)?(?:が|は)(?:既に|すでに)?(?:使用|使われ)`,
    // cw201 (stop 60): a program's "port N already in use" retold without its verb, as the learner read it off a prompt or a status
    // line ("after entering docker port: 8080 already in use", m1k1o/neko-rooms#150), never asked (`is port 8050 already in use?`,
    // "check if port 8050 already in use").
    String.raw`(?<!\b(?:is|if|whether|check(?:ing)?|see) (?:the )?)\bport:? (\d{1,5}):? already (?:in use|used|taken|occupied|allocated)\b(?!\?)`,
    // cw201: Docker's own process named as the holder (docker/for-win#753: "Docker is using port 5000 which I need for another
    // service", "com.docker.slirp.exe listening on tcp port 5000"): Desktop's port forwarder (com.docker.slirp.exe, vpnkit, 17.x;
    // com.docker.backend.exe since 2.x; wslrelay.exe under WSL 2) and moby's userland proxy (cmd/docker-proxy) hold every published
    // host port, so a learner who names one holding a port tells it taken by Docker. Not "Docker is not using …" (no word between).
    String.raw`\b(?:Docker(?: Desktop)?|docker-proxy|com\.docker\.(?:slirp|backend|proxy|vpnkit)(?:\.exe)?|vpnkit(?:\.exe)?|wslrelay(?:\.exe)?) (?:(?:is|was) )?(?:(?:[a-z]{2,12}ly|now|still|also) )?(?:already )?(?:using|occupying|holding|listening on|bound to) (?:the )?(?:tcp |TCP )?port (\d{1,5})\b`,
  ].join('|'),
  'i',
);
/**
 * cw201 (stop 60): a port conflict stated as what happened, its number not said (ChrispyBacon-dev/DockFlare#31: "It turned out to be a
 * port conflict, I'm so sorry."): "it/this/that was (turned out to be, seems to be) a port conflict", "there is/was a port conflict",
 * "I had a port conflict". Not advice or a condition ("to avoid a port conflict", "if there is a port conflict", "no port conflict").
 */
const toldConflict =
  /(?:^|[.!?]\s{1,3}|,\s|\b(?:and|but|so)\s)(?:it|this|that|there|I|we)(?:'s|'re| (?:is|was|were|had|have|got|found|turned out to be|(?:seems|seemed|appears|appeared) to be))(?: (?:just|actually|probably|simply|indeed|really))? (?:a|an) (?:(?:simple|stupid|silly|actual) )?port (?:conflict|collision|clash)\b/i;
/** cw81: the empty reply was told in words only, no client's code or program (Chrome's page text retold). */
const toldEmpty = new WeakSet<Facts>();

export const logLine: LogLineReader = (text, facts, key, listen) => {
  // cw38: a shell opened in a container, in a sentence too (nginx/docker-nginx#50: "If I connect to the docker container with
  // ```docker exec -it mynginx1 bash``` and run ```nginx``` I get"): a server run there by hand that finds its port taken (nginx's
  // `bind() to 0.0.0.0:80 failed (98: Address already in use)`) is a second copy, the container's own server already listening
  // on that address: not the container's crash, and where the app listens.
  facts.execShell ||= /docker (?:container )?exec\b.{0,200}?\s(?:\/bin\/)?(?:ba|a|z)?sh\b/.test(text);
  const again =
    facts.execShell && emerg.test(text.trim())
      ? /\bbind\(\) to (\S{1,80}):(\d{1,5}) failed \((?:98|48): Address (?:already )?in use\)/.exec(text)
      : null;
  if (again) {
    const app = (facts.listen[''] ??= {});
    if (!app.port) Object.assign(app, /^(?:0\.0\.0\.0|\[::\])$/.test(again[1]!) ? { all: true, port: +again[2]! } : { port: +again[2]! });
    return true;
  }
  if (emerg.test(text.trim())) facts.crash = true;
  // A server or a program on the host that found its port taken (host-clients.ts bindErrors): the answer at "Is port 8050
  // free?"; at the other steps the container's state stays the answer (h27-homework69118217024: nginx's bind() on the host
  // network, its container Exited (1), is container-crashed at "Is it running?").
  if (text.length < 2200 && !facts.bindInUse) {
    facts.bindInUse = bindInUse(text);
    // cw160: Docker's own refusal of a host port (moby's userland proxy `Error starting userland proxy: listen tcp4 …: bind: address
    // already in use`, under `driver failed programming external connectivity`, Desktop's `ports are not available`): the host's
    // port, no server's bind inside the container (reach.ts reads that one at "Does the app listen?").
    if (
      facts.bindInUse &&
      /userland proxy|programming external connectivity|ports are not available|Error response from daemon/i.test(text)
    )
      facts.bindInUse.docker = true;
  }
  // cw111: a learner's own sentence that a port is taken (dockersamples/example-voting-app#332: "Port 5000 is used by one of the Mac OSX
  // operating system tasks", "Failed because port 5000 is already used."; docker/for-mac#1393's "saying that port 8080 is in use"): told,
  // not a program's line (CONVENTIONS §2.4 cw68), so the port is not shown taken; "Is port 8050 free?" then asks for what shows it.
  const told = text.length < 600 ? toldInUse.exec(text) : null;
  if (told) facts.toldInUse ??= +told.slice(1).find((g) => g)!;
  else if (text.length < 600 && toldConflict.test(text)) facts.toldConflict = true;
  // cw147: moby's refusal to publish a container's ports (libnetwork: `driver failed programming external connectivity on endpoint %s
  // (%s): %v`, the cause after the endpoint's ID) cut before its cause: an API client that quotes the daemon's body summarized (guzzle
  // src/Exception/RequestException.php via Psr7 Message::bodySummary, 120 characters then ` (truncated...)`), a copy that ends there.
  // The cause may be a port taken or a firewall's rule, so the cut line alone names neither (reach.ts reads it with a port told taken).
  if (
    text.length < 4000 &&
    /driver failed programming external connectivity on endpoint [\w.-]{1,200} \([0-9a-f]{0,64}(?:\s?\(truncated(?:\.{3}|…)\)|…|\.{3}|\s*$)/.test(
      text,
    )
  )
    facts.connectivityCut = true;
  startFailure(text, facts, key);
  if (text.length < 2200 && fileStop.test(text.trim()) && !stops.has(facts)) stops.set(facts, key ?? '');
  if (text.length < 2200 && notWritable.test(text.trim())) warned.add(facts);
  toldStart(text, listen);
  toldAcross(text, facts, listen);
  facts.started ||=
    /Serving Flask|RUNNING state|Application startup complete|Started server process|\b(?:Tomcat|Jetty|Undertow|Netty) started on port|\[INFO\] (?:Starting gunicorn \d|Booting worker with pid: \d)/.test(
      text,
    );
  // cw80: a wait-for wrapper's last word before it execs the app (the entrypoint waits for the database, then starts the server):
  // ufoscout/docker-compose-wait src/lib.rs `docker-compose-wait - Everything's fine, the application can now start!` (veops/cmdb#269:
  // its log alone, no start line after it), vishnubob/wait-for-it's `wait-for-it.sh: db:5432 is available after 0 seconds`, jwilder/
  // dockerize's `Connected to tcp://db:5432`. The app starts; where it listens is not shown yet (shows-part.started).
  facts.started ||=
    text.length < 2200 &&
    /\bEverything's fine, the application can now start!|^\S{0,100}wait-for-it(?:\.sh)?: \S{1,260}:\d{1,5} is available after \d{1,6} seconds?\b|^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )?Connected to (?:tcp|tcp4|tcp6|unix|http|https):\/\/\S{1,260}\s*$/.test(
      text.trim(),
    );
  // cw206 (stop 60): the banner's last line of HashiCorp's Go servers once their listeners are up (hashicorp/vault command/server.go
  // Run: `c.UI.Output("==> Vault server started! Log data will stream in below:\n")`, after initListeners; OpenBao's `==> OpenBao
  // server started!`; hashicorp/boundary internal/cmd/base/servers.go StartedOutput `==> Boundary server started! …`): started,
  // where it listens is its `Listener 1:` line above (listen-lines.ts hashiListener), not shown when the paste drops it.
  facts.started ||=
    text.length < 400 && /^==> (?:Vault|OpenBao|Boundary) server started! Log data will stream in below:?\s*$/.test(text.trim());
  // cw194 (stop 59): and the same wrapper's first word, before it has waited (wait-for-it.sh wait_for: `echoerr "$WAITFORIT_cmdname:
  // waiting $WAITFORIT_TIMEOUT seconds for $WAITFORIT_HOST:$WAITFORIT_PORT"`, `… waiting for $WAITFORIT_HOST:$WAITFORIT_PORT without
  // a timeout`; owncloud-docker/server#64): the container's entrypoint runs and the app comes after it, where it listens not shown yet.
  // Its timeout (`timeout occurred after waiting …`) is a failure, read where it stands (compose-errors.ts).
  facts.started ||=
    text.length < 2200 &&
    /^\S{0,100}wait-for-it(?:\.sh)?: waiting (?:\d{1,6} seconds for \S{1,260}:\d{1,5}|for \S{1,260}:\d{1,5} without a timeout)\s*$/.test(
      text.trim(),
    );
  facts.requests ||= text.length < 2200 && / - - \[[^\]]{1,40}\] "[A-Z]{3,7} \S{1,2000} HTTP\/[\d.]+" \d{3} /.test(text);
  // cw73: uvicorn's access line (uvicorn/logging.py: `INFO:     192.168.29.99:51330 - "GET / HTTP/1.1" 404 Not Found`).
  facts.requests ||= text.length < 2200 && /^\s*INFO:\s{1,10}\S{2,60}:\d{1,5} - "[A-Z]{3,7} \S{1,2000} HTTP\/[\d.]+" \d{3}\b/.test(text);
  // cw44: Tornado's access log, so every Jupyter server's and JupyterHub's (tornado/web.py Application.log_request: `"%d %s %.2fms"`
  // with RequestHandler._request_summary `"%s %s (%s)"`, method, uri, remote_ip; jupyter_server/log.py log_request the same,
  // `{status} {method} {uri} ({ip}) {request_time:.2f}ms`; JupyterHub's `302 GET /hub/ -> /hub/login (@127.0.0.1) 0.52ms`), after
  // its `[I 2022-05-26 23:04:47.626 ServerApp]` prefix (objectiv/objectiv-analytics#772): requests answered, where it listens not said.
  facts.requests ||=
    text.length < 2200 &&
    /^\[[IWED] [\d :.-]{8,30} [\w. :-]{1,40}\]\s{1,8}[1-5]\d\d (?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH) \S{1,2000}(?: -> \S{1,2000})? \(@?[\w.:%\[\]-]{1,60}\) \d+(?:\.\d+)?ms\b/.test(
      text.trim(),
    );
  // cw80: the learner's word that the app answers inside the container at its loopback (MrGreyfun/Local-Code-Interpreter#6:
  // "我尝试在容器内部访问`http://127.0.0.1:7860`好像没有问题", "inside the container http://127.0.0.1:7860 works").
  const said = text.length < 2200 ? toldInside(text) : undefined;
  if (said) facts.toldInsideAt ??= said;
  if (text.length < 2200 && !said && toldInsideOnly(text)) facts.toldInsideOk = true;
  const at = text.length < 2200 ? inside.exec(text) : null;
  if (at) facts.refusedInside ??= +at[1]!;
  else {
    const got =
      text.length < 2200 ? (empty.test(text) || toldReset.test(text) ? 'empty' : refused.test(text) ? 'refused' : undefined) : undefined;
    // cw47: GNU wget tries each address the name resolves to in turn (src/connect.c connect_to_host: `Connecting to
    // localhost|::1|:49153... failed: Connection refused.`, then the next): a refusal at one address, then an empty reply at the
    // next (`…|127.0.0.1|:49153... connected.`, "No data received."), is the empty reply (boot2docker#315: Docker publishing on IPv4 only).
    // cw159 (stop 53): the port the empty reply came from, where its line names the URL (Chrome's console: `POST http://host:5000/login
    // net::ERR_EMPTY_RESPONSE`, the request's method and URL before net_error_list.h's code; wget's `Connecting to host|ip|:port...`).
    if (got === 'empty') {
      const url = /(?:https?:\/\/|\|)(?:\[[\da-f:]{2,39}\]|[\w.-]{1,253})\|?:(\d{1,5})(?![\d.])/i.exec(text);
      (facts.emptyAt ??= []).push(url ? +url[1]! : null);
    }
    // cw182 (stop 58): and the port of each refusal, by curl's own words (lib/connect.c, lib/cf-socket.c: `Failed to connect to %s port
    // %d` since 7.x, `… after %d ms: …` since 7.79) or the URL on its line (null: neither).
    if (got === 'refused') {
      const port =
        /Failed (?:to )?connect to \S{1,260} port (\d{1,5})\b|(?:https?:\/\/|\|)(?:\[[\da-f:]{2,39}\]|[\w.-]{1,253})\|?:(\d{1,5})(?![\d.])/i.exec(
          text,
        );
      (facts.refusedAt ??= []).push(port ? +(port[1] ?? port[2])! : null);
    }
    if (got === 'empty' && facts.reply === 'refused' && wgetTried.has(facts)) facts.reply = 'empty';
    // cw81: Chrome's and Edge's own code names the page they showed (net_error_list.h: ERR_CONNECTION_REFUSED); an empty reply told
    // in words only before it ("localhost:5050 didn't send any data" as the poster's summary, docker/for-win#6767, then the page's
    // "localhost refused to connect." and ERR_CONNECTION_REFUSED) is the poster's retelling, and the code stands. Not a code against
    // a code, nor curl's or wget's own words (each client's output stands as it came).
    else if (got === 'refused' && facts.reply === 'empty' && toldEmpty.has(facts) && /\bERR_CONNECTION_REFUSED\b/.test(text))
      facts.reply = 'refused';
    else facts.reply ??= got;
    if (got === 'empty' && facts.reply === 'empty' && /t send any data|No data received/i.test(text) && !/\bERR_|curl|wget/i.test(text))
      toldEmpty.add(facts);
    else if (/\bERR_EMPTY_RESPONSE\b/.test(text)) toldEmpty.delete(facts); // the page's own code, under its words
    if (got === 'refused' && /\|[\w.:%-]{1,60}\|:\d{1,5}\.\.\. failed: Connection refused/.test(text)) wgetTried.add(facts);
  }
  filePorts(text, facts);
  // cw56: else any server's start line by its shape (listen-lines.ts).
  const read = !!listen && (startLine(text, facts, key ?? '', listen) || anyStart(text, listen, key));
  perInterface(text, listen);
  return read;
};

/**
 * A listing of listening sockets with the app's port (or, inside its container, PID 1's) on loopback only: lsof -i :8050 (`python 51406 me 3u IPv4 …
 * TCP localhost:8050 (LISTEN)`), netstat -tlnp (`tcp 0 0 127.0.0.1:8050 0.0.0.0:* LISTEN 1/python`), ss -tlnp.
 * Docker's own proxy (docker-proxy, com.docker.backend, vpnkit) is the published port, not the app; an address
 * on all interfaces is never read as the app's (on the host it would be Docker's).
 */
/**
 * cw38: a listing that shows it ran in a container: in the container's network namespace from the host (iproute2's `ip netns exec
 * c84ad4878642 netstat -lnpt`, gist dinhanhhuy; util-linux's `nsenter -t PID -n`; `docker exec NAME netstat …`), or at BusyBox
 * ash's root prompt `/ # ` in a container (Alpine images; tolgee/documentation#1120), which normalize.ts leaves in the lines.
 * cw77: or bash's default prompt as root (bash's PS1 `\s-\v\$ `, `bash-4.3# `, `sh-4.2# `), which an image without a PS1 of its own
 * shows after `docker exec -it NAME bash` (JPCERTCC/LogonTracer#25: `bash-4.3# netstat -na`, Neo4j at 7687, 7473, 7474).
 */
const within =
  /^(?:sudo )?(?:ip netns exec \S{1,100}|nsenter\b.{0,100}?\s(?:-n|--net)\b.{0,100}?|docker (?:container )?exec\b.{0,200}?)\s(?:netstat|ss|lsof)\b|^(?:\/[\w./-]{0,100}|~) # (?:netstat|ss)\b|^(?:ba|z|k|a)?sh-\d{1,2}(?:\.\d{1,2}){0,2}# (?:netstat|ss)\b/;

const sockets: TextReader = (cmd, lines, facts, { expected, seen }) => {
  // cw34: `docker port`'s own output first (moby/moby#11520: `docker port bind9`, then the netstat it pasted under it in one
  // block): its lines are that container's mappings (read.ts), not the listing's.
  if (/^docker (?:container )?port\b/.test(cmd) && lines.some((l) => /^\s*\d{1,5}\/\w+ -> /.test(l))) return false;
  // cw38: not Docker's embedded DNS server, which listens on 127.0.0.11 at a port of its own in every container on a user-defined
  // network (moby libnetwork/resolver.go, `resolverIP = "127.0.0.11"`): not the app on loopback.
  const rows = lines.filter((l) => /LISTEN/.test(l) && !/docker|vpnkit|wslrelay|rootlesskit/i.test(l) && !/\b127\.0\.0\.11:\d/.test(l));
  const words = (list: string[]) => list.flatMap((l) => l.split(/\s+/));
  // On the host, a program at the lesson's host port by its name (lsof's COMMAND, ss's users:(("node",…)), netstat -p's
  // 4242/node; not Windows' netstat -ano, whose bare PID may be Docker Desktop's): the port is not free for Docker.
  const held = /"([^"]{1,60})"|\d\/(\S{1,60})|^(\S{1,60}) +\d.*\(LISTEN\)/.exec(
    rows.find((l) => l.includes(`:${expected.run.publish!.host} `)) ?? '',
  );
  facts.portHolder ??= held?.[1] ?? held?.[2] ?? held?.[3];
  let at = words(rows).filter((w) => w.endsWith(`:${expected.run.publish!.container}`));
  // None at the app's port: the container's own process, PID 1 (netstat -p's `1/python2`, ss -p's `pid=1,`), at any port;
  // not the host's init, which holds sockets for socket-activated services (`1/systemd`, `users:(("systemd",pid=1,…`).
  // Or any listing after a shell opened in a container (`docker exec -it nginx-consul /bin/sh`, then `netstat -an`, no PIDs:
  // starsliao/TenSunS#102), in an earlier segment or above it in this one.
  const shell = /^docker (?:container )?exec\b.{0,200}?\s(?:\/bin\/)?(?:ba|a)?sh\b/;
  // cw44: or told in a sentence, in quotes or a code span (imperva/imperva-web-api-composer#3: `I connected with "docker exec -t -i
  // 6eb0910db4e0 /bin/sh" and netstat -n showed:`, then the row in quotes): the listing under it ran there too.
  const told = /(?:^|[\s"'`(])(?:sudo )?docker (?:container )?exec\b.{0,200}?\s(?:(?:\/(?:usr\/)?bin\/)?(?:ba|a|z)?sh|netstat|ss)\b/;
  const open = [cmd, ...lines].findIndex((l) => shell.test(l.replace(/^\W{0,4}\s*/, '')) || within.test(l) || told.test(l));
  // cw41: or a shell opened in a segment before behind a prompt of the learner's own (a pastebin session's `19:44:32 homebox:~ λ
  // docker exec -ti folexamamka bash`, then `root@87a46935c52b:/# /tmp/netstat -plunt`): logLine's execShell, read with that segment.
  if (open >= 0 || facts.execShell) facts.inside = true;
  const inside = !at.length;
  // PID 1's rows when the listing names it (cw38: a container on the host's network lists the host's services too, mozilla-
  // services/syncserver#104), else every row after the shell.
  const pid1 = rows.filter((l) => /\s1\/\S|pid=1,/.test(l) && !/systemd|\binit\b/.test(l));
  if (inside)
    at = words(pid1.length ? pid1 : rows.filter((l) => facts.inside && lines.indexOf(l) >= open - 1)).filter((w) => /:\d{1,5}$/.test(w));
  const loop = at.length > 0 && at.every((w) => /^(?:(?:ip6-)?localhost|127\.0\.0\.1|\[?::1\]?):/.test(w));
  // PID 1 inside on every address at another port (netstat's `0.0.0.0:81`, `:::81`; ss's `*:81`, `[::]:81`): the app listens
  // there, not at the port -p forwards to (an nginx whose listen was changed to 81 under -p 8080:80, a Netology homework).
  const port = inside && !loop && at.length > 0 && at.every((w) => /^(?:0\.0\.0\.0|\*|\[?::\]?):\d+$/.test(w)) && /\d+$/.exec(at[0]!)![0];
  if (loop) (facts.listen[''] ??= {}).loop = true;
  // (The app's own lines, read before, may have made its entry without a port: nginx's notices.)
  const app = port ? (facts.listen[''] ??= {}) : undefined;
  if (app && !app.port) Object.assign(app, { all: true, port: Number(port) });
  // Docker's proxy by its name (netstat -p's `230803/docker-proxy`, ss -p's `"docker-proxy"`): the host ports published, each
  // at its local address (litespeedtech/ols-docker-env#22: 80, 8080, 443 … and no 8050).
  const proxy = lines
    .filter((l) => /LISTEN.{0,80}docker-proxy/.test(l))
    .flatMap((l) => words([l]).slice(0, 5))
    .flatMap((w) => /^(?:[\d.]{7,15}|\*|\[?::\]?):(\d{1,5})$/.exec(w)?.[1] ?? [])
    .map(Number);
  if (proxy.length) facts.proxyPorts = [...(facts.proxyPorts ?? []), ...proxy];
  if (loop || port || facts.portHolder || proxy.length) seen(facts, 'a socket listing');
  const got = loop || !!port || !!facts.portHolder || proxy.length > 0;
  // cw41: what follows the listing in the same block is read on (read.ts): the app's log pasted under the host's netstat
  // (ksator/junos_monitoring_with_a_TIG_stack#5: docker-proxy at 9081, then Grafana's `msg="HTTP Server Listen" address=0.0.0.0:3000`).
  const last = lines.findLastIndex((l) => /LISTEN/.test(l));
  const rest = lines.slice(last + 1);
  return got && last >= 0 && rest.some((l) => l.trim()) ? rest : got;
};

/**
 * cw30: a STATUS cell copied alone under its docker ps, with or without its column's name (docker-library/docs#1262: `$docker
 * ps -a`, then `Status: Exited (0) 2 seconds ago`): one container's state in moby's words (State.String), its name left behind.
 */
const statusCell =
  /^(?:(?:STATUS|Status|status):? {0,4})?((?:Exited|Restarting) \(-?\d{1,3}\) [\w ]{1,30}?ago|Up (?:\d+|About an?|Less than a) [\w ]{1,30}?(?: \((?:healthy|unhealthy|Paused|health: starting)\))?|Created|Dead|Removal In Progress)$/;
const statusLine: TextReader = (cmd, lines, facts, { addContainer, stateOf, psLine }) => {
  const status = psLine.test(cmd) ? lines.flatMap((l) => statusCell.exec(l.trim())?.[1] ?? []) : [];
  if (status.length === 1) addContainer(facts, { name: '', ...stateOf(status[0]!) }, 'docker ps');
  return false;
};

/**
 * cw34: docker ps rows copied without their header (and without CONTAINER ID: nginx-proxy/nginx-proxy#279, `jwilder/nginx-proxy:latest
 * "forego start -r"  4 months ago  Up 4 months  0.0.0.0:80->80/tcp, 443/tcp  sharp_franklin`): the columns docker/cli's formatter
 * prints (IMAGE, COMMAND in quotes, CREATED, STATUS, PORTS, NAMES), read by the STATUS cell in moby's words, the PORTS cell after
 * it and the name that ends the row. Only where no listing with its header was read.
 */
const headlessRow =
  /^(?:[0-9a-f]{12}\s+)?(\S+)\s+"[^"]{0,60}"\s+[\w ]{1,30}? ago\s{2,}((?:Exited|Restarting) \(-?\d{1,3}\) [\w ]{1,30}?ago|Up (?:\d+|About an?|Less than a) [\w ]{1,30}?(?: \((?:healthy|unhealthy|Paused|health: starting)\))?|Created|Dead)\s{2,}(?:(\S.{0,300}?\/(?:tcp|udp))\s{2,})?([\w.-]{1,128})\s*$/;
// cw78: Compose v1's ps rows under their command without the header and its rule (mailcow/mailcow-dockerized#713: `docker-compose ps
// shows:`, then `mailcowdockerized_dockerapi-mailcow_1   python2 -u /server.py   Exit 0`), by the entry's v1Row (parse-table.ts).
const headless: TextReader = (cmd, lines, facts, { addContainer, portsFromColumn, stateOf, splitName, v1Row }) => {
  if (facts.listed) return false;
  const v1 = /^docker(?:-compose| compose) ps\b/.test(cmd);
  for (const l of lines) {
    const row = v1 && l.length < 800 ? v1Row.exec(l.trim()) : null;
    if (row) {
      const [, name = '', state = '', ports] = row;
      addContainer(facts, { name, ...splitName(name), ...stateOf(state), ports: ports ? portsFromColumn(ports) : [] }, 'docker compose ps');
      continue;
    }
    const [, image, status, ports, name] = (l.length < 600 && headlessRow.exec(l.trim())) || [];
    if (name) addContainer(facts, { name, image, ...stateOf(status!), ports: ports ? portsFromColumn(ports) : [] }, 'docker ps');
  }
  return false;
};

/**
 * cw69: `docker port NAME PORT`'s output without its command line: the host side of each binding only, `net.JoinHostPort(HostIP,
 * HostPort)` a line (docker/cli cli/command/container/port.go runPort; testdata container-port-ipv6-and-ipv4-443-udp.golden's
 * `0.0.0.0:5678` / `[::]:5678`; Docker 17-20.10's `:::5678`). Every line of the part so, a few: where the asked port is published,
 * which container and which of its ports not shown (reach.ts).
 */
const hostSide = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[\da-f:]{2,39}\]|::):(\d{1,5})$/;
const bareSides: TextReader = (cmd, lines, facts, { seen }) => {
  if (cmd || facts.containers.length || lines.length > 60) return false;
  // One paragraph of such lines (blank lines around it), the poster's sentences around it, no other such line.
  const trimmed = lines.map((l) => l.trim());
  const at = trimmed.filter((l) => hostSide.test(l));
  const start = trimmed.findIndex((l) => hostSide.test(l));
  const block = start < 0 ? [] : trimmed.slice(start, start + at.length);
  const around = [trimmed[start - 1], trimmed[start + at.length]].every((l) => !l);
  if (!at.length || at.length > 8 || !block.every((l) => hostSide.test(l)) || !around) return false;
  facts.hostSides = [...new Set(at.map((l) => +hostSide.exec(l)![1]!))];
  seen(facts, 'docker port');
  return lines.filter((_, i) => i < start || i >= start + at.length);
};

export const readers = [podForward, insideReply, hostListing, curlRefusedHere, clientReply, sockets, statusLine, headless, bareSides];

/** The errors about one container (parse-errors.ts' containerErrors): it does not run, so neither listens nor answers. */
export const containerWords: ContainerWords = {
  noProgram: ['container-exited', { variant: 'no-file' }],
  restarting: ['container-exited', { state: 'restarting', variant: 'restarting' }],
  stopped: ['container-exited', { state: 'stopped' }],
  gpu: ['container-exited', { variant: 'gpu' }],
  noRuntime: ['container-exited', { variant: 'no-runtime' }],
  runtime: ['container-exited', { variant: 'runtime' }],
};

/** cw129: the question asked of the facts read, before "I can't read this" (reach-fallback.ts). */
export { reachFallback as fallback } from './reach-fallback';
