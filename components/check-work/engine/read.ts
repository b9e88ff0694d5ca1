/*
 * Detects which command printed each segment of a paste and gathers what the parsers read
 * into one Facts object, so several outputs pasted together (docker ps and docker logs, two
 * network inspects) add up. Content decides; a pasted command line only helps with text that
 * has no marks of its own (plain `docker logs` lines). JSON is read by schemas.ts, which the
 * caller loads only when parts() found some (see check.ts).
 */
import { bareMember, endpointKey, jsonValues, member, type JsonScan } from './json';
import { segments, type Segment } from './normalize';
import { dashFlag, errorHits, mflagRefusal, pullProgress, ranked, remoteStderr, type ContainerWords, type ErrorRule } from './parse-errors';
import { readLogs, serviceRefusal, toldAsCondition, type LogLineReader } from './parse-logs';
import { requestFailed } from './diagnose-container';
import { lib, type Lib } from './lib';
import { portFromPortLine, portsFromColumn, portsFromTemplate } from './parse-ports';
import { parseTable, rowsLost, stateOf } from './parse-table';
import { headlessRows, psTemplate } from './ps-template';
import { addContainer, emptyFacts, idPrefix, listingAt, listingStart, rowAt, seen } from './facts';
import type { DiagnosisId, Facts, Hit, Port } from './types';
import { hitTarget, sameDaemon } from './daemon-target';

export type Part = Segment & { json: JsonScan };

/**
 * cw119: a Go program's own log line at its fatal level, which exits the program (sirupsen/logrus' Fatal: os.Exit(1) after its
 * TextFormatter's `level=fatal msg="…"` or JSONFormatter's `"level":"fatal"`; rs/zerolog's Fatal the same, `"level":"fatal"` or its
 * ConsoleWriter's `FTL`). Dozzle, Watchtower and Portainer talk to the daemon with the Docker SDK inside their container, so the
 * daemon's refusal of their API version printed there (amir20/dozzle#4265: `level=fatal msg="Could not connect to Docker Engine: Error
 * response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44, …"` under Docker 29) is that program's,
 * and the container stopped with it: at the reach path the container crashed (step-reach.ts), the install step keeps client-too-old.
 */
const programFatal = /\blevel=(?:fatal|FATAL|panic|PANIC)\b|"level": ?"(?:fatal|panic)"|(?:^|\s)FTL\s/;
/**
 * cw162 (stop 54): the daemon's refusal of an API version inside a program's own log line at any level (logrus' TextFormatter
 * `level=error msg="Error response from daemon: client version 1.25 is too old. …"`, its JSONFormatter's `"level":"error"`) under
 * Compose's log prefix for its service (docker/compose pkg/compose/printer.go: `name | line`, v1's `name_1 | line`): that program is the
 * client refused (Watchtower's Docker SDK pinned at API 1.25 against Engine 29's minimum 1.44). Whether it stopped there is
 * Compose's own line for it (`watchtower exited with code 1 (restarting)`, printer.go "%s exited with code %d"): facts.ts exitedProgram.
 */
const programLog = /^\s{0,4}([\w.-]{1,100})\s{0,40}\|\s.{0,200}?(?:\blevel=\w{1,10} msg="|"level": ?"\w{1,10}")/;
/** What schemas.readJson uses of the entry's code (lib.ts); see there. */
export const jsonLib: JsonLib = lib;
export type JsonLib = Pick<Lib, 'port' | 'portsFromColumn' | 'splitName' | 'stateOf' | 'addContainer' | 'addProject' | 'seen' | 'expected'>;
/** schemas.readScan: what the JSON of one part says, its whole values and a document the paste cut off (JsonScan's rest). */
export type JsonReader = (scan: JsonScan, facts: Facts, lib: JsonLib, cmd: string) => void;

/**
 * Reads one output from a segment's text: truthy when the lines were that output, and the
 * readers after it then skip them. After the table reader come the step's own readers (its
 * chunk's: docker version for lesson 3, parse-version.ts; compose config for lessons 6 and 7,
 * parse-compose-config.ts), then docker port, then the log reader.
 */
export type TextReader = (cmd: string, lines: string[], facts: Facts, lib: Lib) => unknown;

/** What a step's chunk adds to the reading: the readers of its own outputs, its own error messages, its reader of log lines. */
export type StepReading = {
  readers?: TextReader[];
  errors?: ErrorRule[];
  logLine?: LogLineReader;
  containerWords?: ContainerWords;
  /** Errors about a container or an image, which say nothing of the step's question once the server answered (lesson 3's). */
  beside?: DiagnosisId[];
};

/** The segments of a prepared paste (normalize.prepare), each with the JSON at its start. */
export const parts = (text: string): Part[] => segments(text).flatMap(withJson);

/** A JSON document starts a line with `[` or `{` and a character JSON allows after it (not `[+] Running`). */
const jsonStart = /^\s*(?:\[\s*(?:[[{"\]]|$)|\{\s*(?:"|\}|$))/;
/** runc's user lookup refused (libcontainer/user/user.go GetExecUser), and a command that execs into a running container. */
const noPasswdEntry = /unable to find (?:user|group) [^\s:]{1,100}: no matching entries in (?:passwd|group) file/;
const execCommand = /\b(?:docker(?:-compose| compose)? (?:container )?exec|podman exec)\b/;

const elide = (lines: string[]) =>
  lines.filter((l) => !/^\s*#(?!\s*(?:\.{3}|…)\s+")/.test(l)).map((l) => l.replace(/^\s*#\s*(?:\.{3}|…)\s+(?=")/, ''));

/** The segment with the JSON at its start; or, when prose comes first (a sentence, a heading), the prose and then the JSON. */
function withJson(seg: Segment): Part[] {
  const first = jsonValues(seg.lines.join('\n'));
  // cw41: a document with the poster's elisions in it as shell comments (gist ukchukx/3cb94f9c: `# Sample output`, `# ...` lines,
  // `# ... "3a21…": {` before a member, and the comma an elided member left before `}`): read without them, when that parses.
  const lines = !first.values.length && seg.lines.some((l) => /^\s*#\s*(?:\.{3}|…)/.test(l)) ? elide(seg.lines) : undefined;
  const cleaned = lines && jsonValues(lines.join('\n').replace(/,(\s*[}\]])/g, '$1'));
  const [s, json] = lines && cleaned?.values.length ? [{ ...seg, lines }, cleaned] : [seg, first];
  // cw80: a JSON line the program printed at its start, then its log in text, under a docker run or logs (tiangolo's
  // uvicorn-gunicorn images print their gunicorn_conf as JSON, `{"loglevel": "info", "workers": 2, "bind": "0.0.0.0:80", …}`, then
  // gunicorn's `[INFO] Listening at: http://0.0.0.0:80`, fastapi/fastapi#571): the lines after the values are read as text too.
  // cw157 (stop 52): and under any command, or none: a whole JSON value that text follows in the same block (json.ts `end`) is one
  // output and the text another. A coding assistant's session log prints the tool's call as a JSON object (`tool_use Bash`, then
  // `{"command": "docker ps --format 'table …'", "description": …}`) and the command's output after it (`tool_result`, then the
  // listing); a JSON document then the next command's output with its prompt lost. The text is read as text, as a paste of it alone.
  if (json.values.length && json.end !== undefined && !json.excerpt) {
    const joined = s.lines.join('\n');
    const after = joined.slice(json.end).split('\n');
    return [
      { ...s, lines: joined.slice(0, json.end).split('\n'), json: { ...json, end: undefined } },
      { cmd: '', lines: after, json: { values: [], cut: false } },
    ];
  }
  if (json.values.length || json.cut) return [{ ...s, json }];
  // cw208 (stop 60): or a network's key over its EndpointSettings, the map's brace left out (json.ts endpointKey).
  const at = s.lines.findIndex(
    (l, i) =>
      i > 0 &&
      (jsonStart.test(l) ||
        member.test(l.trimStart()) ||
        bareMember.test(l.trimStart()) ||
        endpointKey.test(`${l.trimStart()}\n${s.lines[i + 1] ?? ''}`)),
  );
  if (at < 0) return [{ ...s, json }];
  const rest = jsonValues(s.lines.slice(at).join('\n'));
  if (!rest.values.length && !rest.cut) return [{ ...s, json }];
  const prose = { ...s, lines: s.lines.slice(0, at), json: { values: [], cut: false } };
  // cw157 (stop 52): the text after the value too, as above (a session log's heading, then its tool call's JSON, then the output).
  if (rest.end !== undefined && !rest.excerpt) {
    const joined = s.lines.slice(at).join('\n');
    return [
      prose,
      { cmd: '', lines: joined.slice(0, rest.end).split('\n'), json: { ...rest, end: undefined } },
      { cmd: '', lines: joined.slice(rest.end).split('\n'), json: { values: [], cut: false } },
    ];
  }
  return [prose, { cmd: '', lines: s.lines.slice(at), json: rest }];
}

/**
 * cw112: the daemon's own json-file log, one entry a line, as the file under /var/lib/docker/containers/<id>/<id>-json.log holds it
 * (moby daemon/logger/jsonfilelog/jsonlog JSONLog: `Log string \`json:"log,omitempty"\``, `Stream … "stream"`, `Created … "time"`,
 * `Attrs … "attrs"`; paperless-ngx/paperless-ngx#3801: `{"log":"[…] [ERROR] Can't connect to ('::', 8000)\n","stream":"stderr",
 * "time":"…"}`), or as the fluentd driver sends it (daemon/logger/fluentd: `log` beside `container_name`, `container_id`, `source`):
 * the container's own output is the text under "log", with its newline. Only beside one of the driver's other keys, so another
 * program's "log" field (a nested object, a level) is not taken for it.
 */
const driverLog = (v: Record<string, unknown>): string[] =>
  typeof v.log === 'string' && ['stream', 'time', 'attrs', 'source', 'container_name', 'container_id'].some((k) => k in v)
    ? v.log.split('\n').filter((l) => l.trim())
    : [];

const logText = (v: object): string[] => {
  const daemon = driverLog(v as Record<string, unknown>);
  if (daemon.length) return daemon;
  const { message, msg, error, err } = v as Record<string, unknown>;
  // cw108: an error logged as an object of its own (winston's `{"error":{"name":"MongoNetworkError","message":"failed to connect …"}}`,
  // pino's and bunyan's `"err":{"type":…,"message":…}`, nosqlclient/nosqlclient#456) carries the words in its own message.
  const inner = [error, err].map((e) => (e && typeof e === 'object' ? (e as Record<string, unknown>).message : undefined));
  const text = typeof message === 'string' ? message : typeof msg === 'string' ? msg : inner.find((m) => typeof m === 'string');
  // cw41: with the address in a key of its own (Grafana's JSON handler: `"msg":"HTTP Server Listen","address":"[::]:3000"`), the
  // object as one line too, for the reach chunk's structured start lines (step-reach.ts structuredStart).
  const keyed = Object.keys(v).some((k) => /^(?:[\w-]{1,20}[_.-])?(?:addr|address|listen|bind)$/i.test(k));
  // cw68: and at a Go logger's fatal level, which exits (logrus', zap's, zerolog's Fatal: parse-logs.ts crashLine reads the object).
  const fatal = /^fatal$/i.test(String((v as Record<string, unknown>).level));
  return typeof text === 'string' ? (keyed || fatal ? [text, JSON.stringify(v)] : [text]) : [];
};

// cw112: also the json-file driver's entry, which opens with its "log" (driverLog above), cut before its stream or time.
const loggerLine = /^\s*\{\s*(?:"log"\s*:\s*"|"[\w.@-]{1,40}"\s*:.{0,4000}?"(?:level|severity|levelname|message|msg)"\s*:)/;
const driverEntry = /^\s*\{\s*"log"\s*:\s*"((?:[^"\\]|\\.){1,4000})(?:"|$)/;
const cutLogText = (lines: string[]): string[] =>
  lines
    .filter((l) => l.length < 20000 && loggerLine.test(l))
    .flatMap((l) => {
      const entry = driverEntry.exec(l);
      const found = entry ? [entry] : [...l.matchAll(/"(?:message|msg)"\s*:\s*"((?:[^"\\]|\\.){1,4000})(?:"|$)/g)];
      return found.flatMap((m) =>
        m[1]!.replace(/\\(["\\/bfnrt])/g, (_, c: string) => ({ b: '', f: '', n: '\n', r: '', t: '\t' })[c] ?? c).split('\n'),
      );
    });

const logCommand = /^docker(?:-compose| compose)? (?:container )?(?:logs|run|up)\b/;

/** `readScan` (schemas.ts) is needed only when some part has JSON, whole or cut; `step`: see StepReading. */
export function read(list: Part[], readScan?: JsonReader, step: StepReading = {}): Facts {
  const facts = emptyFacts();
  const rules = ranked(step.errors, step.containerWords);
  // cw90: the shell's refusal of a docker client built for another CPU (bash's `./docker-linux-arm64: cannot execute binary file: Exec
  // format error`, zsh's `exec format error: ./docker`): a later client of the paste that answers (its `Docker version …`, a Client
  // part, the server's answer) is the later state (§2.0), and that refusal no longer stands (docker/compose-cli#1514: the arm64
  // build refused on an armv7 Pi, then the armv7 one's version).
  let refusedClient: Hit[] = [];
  // cw111: the program of the last command the daemon refused (`docker`, `docker.exe`; '' when the error stands under no command line
  // the paste shows), for a listing after it (listedHere).
  let refusedBy: string | undefined;
  const clientAnswer = () => [facts.kinds.includes('docker -v'), !!facts.clientApi, !!facts.serverOk, !!facts.hello].join();
  for (const [part, { cmd, lines, json: scan, sudo, inside, winpty, titled, host }] of list.entries()) {
    const rows = facts.containers.length;
    const listingsBefore = facts.listings?.length ?? 0;
    const crashBefore = !!facts.crash;
    facts.atContainerPrompt = inside;
    facts.promptHost = host;
    const answeredBefore = clientAnswer();
    const refusedHere: Hit[] = [];
    // cw69: a run's printed ID, its first line (docker/cli run.go `fmt.Fprintln(stdout, containerID)`), names its container's row.
    const ran = /^docker (?:container )?run\b/.test(cmd)
      ? /^\s*([0-9a-f]{64})\s*$/.exec(lines.find((l) => l.trim()) ?? '')?.[1]
      : undefined;
    if (ran) facts.ranId = ran;
    // cw85: an ID that `docker logs`, `start` or `inspect` names anywhere in a line, also mid-line (a sentence, a chat that joined every
    // line into one): that container is the learner's (diagnose-container.ts ownRow), as when the command starts its own line.
    for (const l of [cmd, ...lines])
      for (const m of l.matchAll(/\bdocker (?:container )?(?:logs|start|inspect) (?:--?[\w-]+ (?:\d+ )?)*([0-9a-f]{4,64})\b/g))
        (facts.namedIds ??= []).push(m[1]!);
    const before = facts.kinds.length + facts.hits.length;
    const hitsBefore = new Set(facts.hits);
    const answered = [facts.hello, facts.serverOk, facts.listed && !facts.rowsOnly];
    // cw178 (stop 57): a "Cannot connect" aimed at a daemon the paste names (daemon-target.ts: `--context x`, `-H …`, DOCKER_HOST=…, the
    // ssh helper's `http://docker`) stands against an answer of this part unless its command line shows the same daemon. Not the
    // refused command's own part: docker/cli returns on the client's connection error (moby client/errors.go connectionFailed, then
    // cli/command/system/version.go prints no Server part), so an answer below it there is another command's, whose line is not shown.
    const elsewhere = (h: Hit) => {
      const target = hitTarget(list, h);
      return target !== undefined && (h.part === part || !sameDaemon(list, part, target));
    };
    // The command's line too: a sentence may go on into the error (data-dot-all/dataall#263: `docker-compose up fails with Error
    // response from daemon: Ports are not available: …`), and a chat collapses output onto its command.
    let above = cmd;
    const all = cmd.includes(': ') ? [cmd, ...lines] : lines;
    let contextSent = false;
    let lastProgress = '';
    // cw182 (stop 58): the ssh helper's stderr (parse-errors.ts remoteStderr) goes on over the lines Go's `stderr=%s` printed after
    // the first, to a blank line: the remote shell's, so no docker-not-found there either.
    let inRemoteStderr = false;
    for (const [at, line] of all.entries()) {
      // cw130: a service's program refusing its own flags, under Compose's prefix (parse-logs.ts serviceRefusal), is no error of
      // Docker's: none of the rules reads it, alone or joined with a line next to it (its start failure is read with the logs).
      const own = serviceRefusal(line);
      let hits = own ? [] : errorHits(line, rules);
      // cw195 (stop 59): the user lookup's refusal (runc libcontainer/user/user.go GetExecUser `unable to find user %s: %v` with
      // ErrNoPasswdEntries) under `docker exec -u x`: moby resolves an exec's user in the running container (daemon/exec.go), so
      // that container runs; only a run's or a start's refusal is the container's start failing (parse-errors.ts runtime).
      if (hits.length && noPasswdEntry.test(line) && execCommand.test(cmd)) hits = [];
      // cw198 (stop 59): Docker 1.x's mflag refusing a flag of its own command line (parse-errors.ts mflagRefusal).
      const mflag = !hits.length && !own ? mflagRefusal(cmd, line, all.slice(at + 1, at + 4).join('\n')) : undefined;
      if (mflag) hits = errorHits(mflag, rules);
      // A console that wrapped the message at its width and copied it as two lines (Windows' conhost, 80 or 120 columns: `Error
      // response from daemon: client version 1.40 is too ol` / `d. Minimum supported API version is 1.41, …`): a long line read with
      // the next, as the terminal printed it (corpus/habits.ts lossyHabits).
      const next = all[at + 1];
      if (!hits.length && !own && line.length >= 60 && next?.trim() && !serviceRefusal(next)) hits = errorHits(line + next, rules);
      // cw146 (stop 50): or a message hard-wrapped at a space (a writer's editor, a mail or an issue body at 80 columns: docker/for-win's
      // `error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.35/version: open` / `//./pipe/docker_engine: Access is
      // denied. …`, moby client/errors.go wrapping the pipe's own error): read with the next line after a space, when that names a
      // more precise cause than the first part alone (a rule ranked before every one the first part matched).
      // cw196 (stop 59): not when the next line is a message of the client's own (docker/cli cmd/docker/docker.go main prints each
      // error on its line, `Error response from daemon: …`, 1.x and `docker start`'s summary `Error: …`): the two are not one wrapped
      // message (`No such container: flexmeasures-tutorial-db`, 62 columns, then `Error: failed to start containers: …`).
      if (
        hits.length &&
        !own &&
        line.length >= 60 &&
        /\S$/.test(line) &&
        next?.trim() &&
        !serviceRefusal(next) &&
        !/^\s*(?:Error: |Error response from daemon: )/.test(next)
      ) {
        const joined = errorHits(`${line} ${next.trim()}`, rules);
        const best = Math.min(...hits.map((h) => h.rank));
        if (joined.some((h) => h.rank < best)) hits = joined;
      }
      // cw86: telnet prints the address it tries on a line of its own, then its refusal without it (inetutils/netkit telnet
      // commands.c: `Trying %s...`, then `telnet: Unable to connect to remote host: %s`): both are read as one line, only at a
      // container's root prompt (a shell in a service: backdrop-ops/backdrop-docker#20), where loopback is that container itself. Its
      // three dots may have become one `…` on the way (a chat's or an editor's typography: corpus/habits.ts ellipsis).
      if (
        !hits.length &&
        inside &&
        /^\s*telnet: Unable to connect to remote host: /.test(line) &&
        /^\s*Trying \S{1,45}?(?:\.\.\.|…)\s*$/.test(above)
      )
        hits = errorHits(`${above.trim()} ${line.trim()}`, rules);
      // cw90: winpty (Git Bash's wrapper for a Windows console program) refuses before docker runs when its own input or output is no
      // terminal (rprichard/winpty src/unix-adapter/main.cc: `stdin is not a tty`, `stdout is not a tty`, a line of its own; docker/for-win#1588,
      // `winpty docker run hello-world` under mintty): the same failure as docker's own "the input device is not a TTY". Only under a
      // winpty command line: many programs print those words.
      if (
        !hits.length &&
        /^\s*std(?:in|out) is not a tty\s*$/.test(line) &&
        (winpty || /(?:^|[\s$#>])winpty(?:\.exe)? +(?:-\S+ +)*\S*docker/.test(`${cmd}\n${above}`))
      )
        hits = errorHits('the input device is not a TTY', rules);
      // docker inspect looks an ID up and pulls nothing: its `Error: No such image: 2b81d178e32a` (`--type image`, moby/moby#18424,
      // under its command line) is no image a run failed to get.
      if (/\bdocker (?:image )?inspect\b/.test(above)) hits = hits.filter((h) => h.id !== 'image-not-found');
      // cw158 (stop 53): the daemon's refusal to unpack a build context (parse-errors.ts, the rule with variant context) is read with
      // the legacy builder's `Sending build context to Docker daemon` the same command printed before it.
      if (/^\s*Sending build context to Docker daemon\b/.test(line)) contextSent = true;
      else if (!hits.length && contextSent && /\bError processing tar file\(/.test(line))
        hits = errorHits(`Sending build context to Docker daemon ${line.trim()}`, rules);
      // cw204 (stop 60): a pull's error printed bare under its progress (parse-errors.ts, cw204's rule): read with the last progress line
      // the same output showed, blank lines between them kept; any other line in between ends the pull's stream.
      if (pullProgress.test(line)) lastProgress = line.trim();
      else if (!hits.length && lastProgress && line.trim()) {
        hits = errorHits(`${lastProgress} ${line.trim()}`, rules).filter((h) => h.id === 'registry-unreachable');
        lastProgress = '';
      }
      if (hits.length && toldAsCondition(line)) hits = [];
      if (!line.trim()) inRemoteStderr = false;
      else if (inRemoteStderr) hits = hits.filter((h) => h.id !== 'docker-not-found');
      if (remoteStderr.test(line)) inRemoteStderr = true;
      // cw162 (stop 54): the runtime refusing the legacy builder's own container for a RUN step (moby builder/dockerfile
      // internals.go: `fmt.Fprintf(b.Stdout, " ---> Running in %s\n", stringid.TruncateID(container.ID))` before it starts the
      // step's container; its start failing prints the runtime's `OCI runtime create failed: …` right under that line, the nvidia
      // prestart hook's `requirement error: unsatisfied condition: cuda>=10.2` on a host whose driver is older): the build stopped
      // there, no container of the learner's ran. The RUN step failed, whatever the runtime said.
      if (/^\s{0,4}---> Running in [0-9a-f]{12}\s*$/.test(above))
        hits = hits.map((h) =>
          h.details.variant === 'runtime' && (h.id === 'container-exited' || h.id === 'compose-service-not-running')
            ? { ...h, id: 'build-failed', details: {} }
            : h,
        );
      if (line.trim()) above = line;
      if (
        hits.some((h) => h.id === 'exec-format-error') &&
        /(?:^|[\s/\\])docker(?:[-.][\w.-]{0,40})?(?:\.exe)?: cannot execute binary file|exec format error: \S{0,200}docker(?![\w-]*compose)[\w.-]{0,40}\s*$/i.test(
          line,
        )
      )
        refusedHere.push(...hits.filter((h) => h.id === 'exec-format-error'));
      // cw168 (stop 55): the client's own version line after the shell found no docker (an install script's `./install.sh: line 78:
      // docker: command not found`, then its install, then `docker --version`): docker is found now, and the later state stands, as
      // with cw43's "cannot connect" below. Only the line docker/cli prints (cli/cobra.go's version template `Docker version
      // {{.Version}}, build {{.GitCommit}}`), not a sentence naming a version.
      if (/^\s*Docker version \d{1,3}\.\d{1,3}\.\d{1,3}[\w.+~-]{0,40}, build [0-9a-f]{7,40}\s*$/.test(line))
        facts.hits = facts.hits.filter((h) => h.id !== 'docker-not-found');
      if (hits.length) {
        // The daemon answered with an error read here (a port taken, a name in use, no such image): Docker was started
        // since an earlier "Cannot connect", which no longer stands.
        // Not Docker Desktop's own endpoint saying its engine is not there (engine-not-ready: `Error response from daemon: dial
        // unix docker.raw.sock: …`, `… Docker Desktop is manually paused`): no engine answered.
        if (line.includes('from daemon') && hits.some((h) => h.id !== 'engine-not-ready'))
          facts.hits = facts.hits.filter((h) => h.id !== 'daemon-not-running' || elsewhere(h));
        // cw43: the client's own "cannot connect" after the shell found no docker (Git Bash's `bash: docker: command not found`, then
        // `failed to connect to the docker API at npipe:////./pipe/docker_engine`): docker is found now, and the later state stands.
        // Only the client's own words, as it prints them (moby client/errors.go `Cannot connect to the Docker daemon at %s`, docker/cli's
        // `failed to connect to the docker API at %s`, `error during connect: %w`), not another program's about the daemon (VS Code's Docker
        // extension: `Unable to connect to Docker, is the Docker daemon running?`, h21-vscodedocker562), nor a diagnostic's line.
        if (/Cannot connect to the Docker daemon at |failed to connect to the docker API at |error during connect: /.test(line))
          facts.hits = facts.hits.filter((h) => h.id !== 'docker-not-found');
        // cw124: and its line in the part (-1: the command's own line), for the command nearest before it (later-state.ts).
        for (const h of hits) Object.assign(h, { part, line: all === lines ? at : at - 1 });
        if (programFatal.test(line)) for (const h of hits) if (h.id === 'client-too-old') h.fatal = true;
        // (A hit read with the next line joined above is that line's when the refusal is whole there, not in this one.)
        const fromNext = !!next && /client version \S{1,20} is too old/.test(next) && !/client version \S{1,20} is too ol/.test(line);
        const logOf = programLog.exec(fromNext ? next : line)?.[1];
        if (logOf) for (const h of hits) if (h.id === 'client-too-old') h.logOf = logOf;
        facts.hits.push(...hits);
        seen(facts, 'an error message');
      }
    }
    // cw146 (stop 50): `docker start`'s last line is a summary, not a reason: docker/cli cli/command/container/start.go
    // (startContainersWithoutAttachments) prints each container's own error as the daemon gave it, then returns `failed to start
    // containers: a, b` for them all (1.x: `[a b]`; vmware/vic's Docker Start test shows the pair, `Error response from daemon: No
    // such container: fakeContainer` then `Error: failed to start containers: fakeContainer`). When the daemon's reason for a name is
    // that no such container exists, nothing was started or crashed: the summary for that name is not read as a runtime failure.
    const startGone = new Set(
      facts.hits.filter((h) => !hitsBefore.has(h) && h.id === 'container-not-found').map((h) => String(h.details.name ?? '')),
    );
    if (startGone.size)
      facts.hits = facts.hits.filter((h) => {
        if (hitsBefore.has(h) || h.details.variant !== 'runtime' || h.line === undefined) return true;
        const text = all === lines ? lines[h.line] : all[h.line + 1];
        // (cw196: an image's reference passed as the name keeps its `/`, `:` and `@`.)
        const names = /failed to start containers?: \[?([\w.,/:@ -]{1,300})\]?\s*$/
          .exec(text ?? '')?.[1]
          ?.split(/[\s,]+/)
          .filter(Boolean);
        return !names?.length || !names.every((n) => startGone.has(n));
      });
    // The shell's bare "command not found" right under a docker command (docker/for-mac#451, an issue template's `$ docker
    // version` then `command not found`): the name the shell would print is the command's.
    if (/^docker\b/.test(cmd) && /^\s*command not found\s*$/.test(lines.find((l) => l.trim()) ?? '')) {
      facts.hits.push({ id: 'docker-not-found', rank: rules.findIndex(([, id]) => id === 'docker-not-found'), details: {} });
      seen(facts, 'an error message');
    }
    if (/^docker\b/.test(cmd) && dashFlag.test(cmd)) {
      facts.hits.push({ id: 'invalid-port-spec', rank: rules.findIndex(([, id]) => id === 'invalid-reference') - 0.5, details: {} });
      seen(facts, 'an error message');
    }
    const nets = facts.networks.length;
    // cw170 (stop 56): JSON split off into a part of its own right under a client's line that stayed in the part before (an indented
    // `$ curl …` in a list item's code block is no command line of the splitter's): that line asked for it (schemas.ts readScan).
    const askedBy = cmd ? '' : (list[part - 1]?.lines.findLast((l) => l.trim()) ?? '').trim().replace(/^(?:[$#%>]|PS [^>]{0,200}>)\s*/, '');
    readScan?.(
      scan,
      facts,
      lib,
      cmd || (/^(?:sudo )?(?:curl|wget|https?|Invoke-WebRequest|iwr|Invoke-RestMethod|irm) /i.test(askedBy) ? askedBy : ''),
    );
    // cw113: a network whose document the author elided (json.ts) may hide a member, as a cut one (no ok from it).
    if (scan.elided) for (const n of facts.networks.slice(nets)) n.cut = true;
    if (scan.cut) facts.cutJson = true;
    const up = facts.hello || facts.serverOk;
    // An excerpt from inside a document is read as text too (a network's name, h15-dockerdns20's `"web_default"`).
    // cw171 (stop 56): the JSON an HTTP client printed under its own command line (curl and wget -O- print the body alone; an API's
    // `{"status":"ok"}`, FastAPI's JSONResponse) is a server's answer at the port it asked, no document of Docker's: read as text too,
    // for the client's readers (host-clients.ts pageAfter's jsonBody).
    const clientJson = scan.values.length > 0 && !scan.cut && /^(?:sudo +)?(?:curl|wget|http|https)\b/.test(cmd);
    if ((!scan.values.length && !scan.cut) || scan.excerpt || clientJson) {
      const listedBefore = facts.listed;
      readText(cmd, lines, facts, step);
      // cw92: a docker ps whose lines the copy lost, read on the whole part (parse-table.ts rowsLost): rows left out or cut.
      if (facts.listed && !listedBefore && rowsLost([cmd, ...lines])) facts.listingCut = 'rows';
    }
    // Structured logs, one JSON object a line (winston's and Node loggers' `{"message":"Starting app on http://127.0.0.1:3000",
    // "level":"info"}`, KiraLT/torrent-stream-server#8; pino's, bunyan's, zap's and logrus' `"msg"`): their message is the log line.
    const said = scan.values.flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? logText(v) : []));
    if (said.length) readText(cmd, said, facts, step);
    // cw108: such a line the copy cut (an issue's quote stops inside the stack trace the message carries, nosqlclient/nosqlclient#456:
    // `{"error":{…},"level":"error","message":"uncaughtException: failed to connect to server [mongodb:27017] … ECONNREFUSED
    // 172.27.0.3:27017]\nMongoError: …\n    at Pool.<anonymous> (…` and no closing brace): no JSON value parses, so the logger's own
    // fields are taken by their shape, a line that opens an object with a key and has a logger's level or message key, and each
    // message's text (its escapes undone, JSON's `\n` a line) is read as the log's lines, the last one cut or not.
    else if (scan.cut && !scan.values.length) readText(cmd, cutLogText(lines), facts, step);
    // cw112: and the one the copy cut after whole ones (the last entry of a json-file log stops mid-line): its text too.
    if (said.length && scan.cut && scan.rest) readText(cmd, cutLogText(scan.rest.split('\n')), facts, step);
    // The daemon answered after an earlier "not running" (`service docker start`, then hello-world's greeting or a Server
    // part; MicrosoftDocs/WSL#416): that no longer stands either. cw46: nor Docker Desktop's engine not ready yet (its 500 for
    // `/_ping` while the engine starts, h43-tp13494435932: two `docker images` refused, then hello-world's pull and greeting).
    // cw111: so does a listing with its header that a docker command of the paste printed after the error (docker/cli
    // container/list.go prints `CONTAINER ID   IMAGE …` only from the daemon's reply, as cw74 reads it for the socket's permission):
    // a Windows session's `docker ps` refused at the pipe (`error during connect: … open //./pipe/docker_engine: The system cannot
    // find the file specified.`) before Docker Desktop was up, then the same `docker ps` listing kind's nodes; Linux' `Cannot connect
    // … docker.sock`, `systemctl start docker`, then the listing alike. A listing before the error leaves it standing (its hits come later).
    // Not the hits of this part (the client's own `[]` of `docker network inspect`, printed before its "Cannot connect", is no reply),
    // and only docker ps' header, which docker/cli prints from the reply (formatter.ContainerWrite after ContainerList).
    // The same client as the error's: another one (WSL's docker refused at tcp://0.0.0.0:2375, then cmd's `docker.exe ps` listing,
    // microsoft/WSL#2102) reached the daemon by another way, and the first client's failure stands.
    const program = cmd.split(' ')[0];
    const listedHere =
      !answered[2] &&
      facts.listed &&
      !facts.rowsOnly &&
      /^docker\b/.test(cmd) &&
      (refusedBy === undefined || refusedBy === program) &&
      lines.some((l) => /^\s*CONTAINER ID\s+IMAGE\s/.test(l));
    // Desktop's port forwarding that failed (engine-not-ready.forwards) is no engine that was down: an answer does not mend it.
    const gone = (h: Hit) =>
      h.id === 'daemon-not-running' || h.id === 'docker-not-found' || (h.id === 'engine-not-ready' && h.details.variant !== 'forwards');
    if (!up && (facts.hello || facts.serverOk)) facts.hits = facts.hits.filter((h) => !gone(h) || elsewhere(h));
    else if (listedHere) facts.hits = facts.hits.filter((h) => !hitsBefore.has(h) || !gone(h) || elsewhere(h));
    if (facts.hits.some((h) => !hitsBefore.has(h) && h.id === 'daemon-not-running')) refusedBy = program;
    // cw44: the socket's permission error, then a docker command of the learner's own user (no sudo) that the daemon answered
    // (hello-world's greeting, a Server part) after the fix (the user added to the docker group, a new login): the fix worked, and
    // the error no longer stands (CONVENTIONS §2.1). With sudo the user's own access is still not shown (h29-compose510).
    // cw74: also a listing with its header (`docker ps`' `CONTAINER ID   IMAGE …`, empty or not; docker/cli container/list.go prints
    // it only from the daemon's reply), after `usermod -aG docker` and a reboot (DrMaemi/study-legacy's INSTALL.md). Not rows alone.
    // Stop 45: a command named by its output's title (an issue template's `**Output of \`docker version\`:**`, moby/moby#30762: the
    // user's own `docker info` refused at the socket, the template's version answered with its Server part) does not show as whom
    // it ran, so it is no proof of the user's access; both experts keep permission-denied.
    // cw148 (stop 50): also a pull the daemon carried out for that command: its stream's last status (moby distribution/pull_v2.go
    // writeStatus: `Status: Downloaded newer image for %s`, `Status: Image is up to date for %s`, as docker/cli jsonmessage
    // DisplayJSONMessagesStream prints it) comes only from the daemon, so the user's own `docker run hello-world` or `docker pull`
    // printing it reached the socket, though the copy ends before hello-world's greeting (a blog's hello-world block cut there).
    const listedNow = facts.listed && !facts.rowsOnly;
    const pulledNow = lines.some((l) => l.length < 400 && /^\s*Status: (?:Downloaded newer image|Image is up to date) for \S/.test(l));
    const mended = (!answered[0] && facts.hello) || (!answered[1] && facts.serverOk) || (!answered[2] && listedNow);
    // The pull mends only the refusals before it: an error of this part after its pull stands.
    if (/^docker\b/.test(cmd) && !sudo && !titled && (mended || pulledNow))
      facts.hits = facts.hits.filter((h) => h.id !== 'permission-denied' || (!mended && !hitsBefore.has(h)));
    // cw148 (stop 50): the daemon's `No such image: %s` (moby daemon/images/image_delete.go ImageDelete, GetImage's errdefs.NotFound) under
    // a removal (`docker rmi`, `docker image rm`/`remove`, docker/cli image/remove.go printing each failed name after the others'
    // `Untagged:`/`Deleted:`): what it was to remove is already gone (`rmi -f $(docker images -aq)` lists parent layers that went with
    // their tags), the daemon answered, and no run or pull lacks an image. Only beside that removal's own `Untagged:`/`Deleted:` lines
    // (an ID it had already deleted): a removal that removed nothing stays a lookup (cw122's guards). Inspect's and history's stay.
    if (/\bdocker (?:rmi|image (?:rm|remove))\b/.test(cmd) && lines.some((l) => /^\s*(?:Untagged|Deleted): \S/.test(l)))
      facts.hits = facts.hits.filter((h) => hitsBefore.has(h) || h.id !== 'image-not-found' || !h.details.lookup);
    // cw75: a line taken for a docker command that quotes Compose's own output (an issue's title, `# docker start "Creating network
    // "liquidsoap_default" with the default driver"`, TrunkRecorder/trunk-recorder#639): the quote is the output, read as a log line.
    // Also when the line itself was read as a command (`docker-compose up "Creating network …"`): its quote is still not read.
    const projects = facts.projects.length;
    if (/"Creating network "/.test(cmd)) {
      readLogs([cmd.slice(cmd.indexOf('"Creating network "') + 1)], facts, step.logLine);
      if (facts.projects.length > projects) seen(facts, 'docker compose up');
    }
    // cw90: `docker-machine ls` where no machine runs (docker/machine commands/ls.go: its header `NAME ACTIVE DRIVER STATE URL …`,
    // libmachine/state's Stopped, Saved, Paused, Error, Timeout, Stopping, Starting; a running one has Running and its tcp:// URL):
    // Docker Toolbox's daemon lives in such a VM, and none is up to answer (docker/machine#1908: contrib Stopped, demo and dev Saved,
    // DOCKER_HOST empty) → daemon-not-running, as cw58's machine that cannot be reached. A daemon that answers later still stands (§2.0).
    if (/^docker-machine(?:\.exe)? (?:ls|list)\b/.test(cmd)) {
      const head = lines.findIndex((l) => /^\s*NAME\s+ACTIVE\s+DRIVER\s+STATE\b/.test(l));
      const rows: string[] = [];
      for (const l of head < 0 ? [] : lines.slice(head + 1)) {
        if (!l.trim() || /^\s*[$#>]|^\S+@\S+[:~]/.test(l)) break;
        rows.push(l);
      }
      const state = /\s(?:Running|Stopped|Saved|Paused|Error|Timeout|Stopping|Starting)(?:\s|$)/;
      if (rows.length && rows.every((r) => state.test(r) && !/\sRunning(?:\s|$)|tcp:\/\//.test(r))) {
        facts.hits.push(...errorHits('Error checking TLS connection: Host is not running', rules));
        seen(facts, 'docker-machine ls');
      }
    }
    if (cmd && facts.kinds.length + facts.hits.length === before) facts.foreign ??= cmd;
    if (refusedClient.length && clientAnswer() !== answeredBefore) {
      facts.hits = facts.hits.filter((h) => !refusedClient.includes(h));
      refusedClient = [];
    }
    refusedClient.push(...refusedHere);
    // cw98: where each container's row was read, beside its command lines' places (check.ts), for what the learner did after it.
    for (const c of facts.containers.slice(rows)) rowAt.set(c, part);
    // Stop 52: and each listing's, and the crash's (diagnose-container.ts goneLater, crashedAfter), unless the part shows a request
    // that failed while the app lived on (diagnose-container.ts requestFailed).
    for (const l of facts.listings?.slice(listingsBefore) ?? []) listingAt.set(l, part);
    if (facts.crash && !crashBefore && ![cmd, ...lines].some(requestFailed)) facts.crashAt = part;
    // cw116: and each error hit's (Hit.part), for a listing after it (diagnose-container.ts failedOnItsOwn) and a retry (later-state.ts).
    for (const h of facts.hits) if (!hitsBefore.has(h)) h.part ??= part;
  }
  // Every docker command pasted ran with sudo: what they show is root's use of Docker, not the learner's user's (lesson 3).
  const docker = list.filter((p) => /^docker\b/.test(p.cmd));
  if (docker.length && docker.every((p) => p.sudo)) facts.sudo = true;
  // Docker Hub not reached on a pull (parse-errors.ts' registry-unreachable) is a failure the paste shows, also beside a Server
  // part that answered (docker/for-win#1432: docker version fine, hello-world's pull timing out): the course pulls images from
  // the next lesson on, so it is answered. Only hello-world's greeting, a pull that then worked, makes it past.
  if (facts.hello) facts.hits = facts.hits.filter((h) => h.id !== 'registry-unreachable');
  // docker ps's STATUS of a stopped container quoted in a sentence (`docker ps shows "Restarting (134) 21 seconds ago"`,
  // portainer#8844): one container's state, its name left behind (a table's cell has no quote before it). Only when nothing
  // else shows a container, nor a traceback, which says more of why it stops. cw30: also with its column's name in the quote
  // (docker-library/docs#1262: `` `Status: Exited (0) 2 seconds ago` `` after `docker ps -a`).
  const quoted =
    !facts.containers.length &&
    !facts.crash &&
    /["“'`](?:(?:STATUS|Status|status):? {0,4})?((?:Restarting|Exited) \(-?\d{1,3}\) [\w ]{1,30}?ago)["”'`]/.exec(
      list
        .map((p) => p.lines.join('\n'))
        .join('\n')
        .slice(0, 20000),
    );
  if (quoted) addContainer(facts, { name: '', ...stateOf(quoted[1]!) }, 'docker ps');
  // cw152 (stop 51): or a listing's row retold after the command named in the sentence (`docker-compose ps shows: backend    Restarting
  // (1) 5 seconds ago`, a notes' symptom): the name cell, then moby's State.String (`Restarting (%d) %s ago`, `Exited (%d) %s ago`,
  // container/state.go) as docker ps' STATUS and Compose's ps print it. One container's state, by its name; only when nothing else
  // shows a container nor a traceback, as the quoted one.
  const told =
    !quoted && !facts.containers.length && !facts.crash
      ? /\b(docker(?:-compose| compose)? (?:container )?ps)(?: -a)? (?:shows|says|gives|reports|prints|returns):?\s+["“'`]?([a-zA-Z0-9][\w.-]{0,127})\s+((?:Restarting|Exited) \(-?\d{1,3}\) (?:Less than a second|About an? (?:minute|hour)|\d{1,4} (?:second|minute|hour|day|week|month|year)s?) ago)["”'`]?\s*$/m.exec(
          list
            .map((p) => [p.cmd, ...p.lines].join('\n'))
            .join('\n')
            .slice(0, 20000),
        )
      : null;
  if (told) {
    const compose = told[1] !== 'docker ps' && told[1] !== 'docker container ps';
    addContainer(
      facts,
      { name: told[2]!, ...(compose && { service: told[2] }), ...stateOf(told[3]!) },
      compose ? 'docker compose ps' : 'docker ps',
    );
  }
  // PowerShell's `Get-Command docker` (or `where docker`) resolving docker to a file without an extension (docker/for-win#15031:
  // `C:\Windows\System32\Docker`): it shadows docker.exe, so this shell runs no docker (as `'docker' failed to run`).
  const all = list
    .map((p) => [p.cmd, ...p.lines].join('\n'))
    .join('\n')
    .slice(0, 20000);
  if (/(?:Get-Command|where(?:\.exe)?) docker\b/i.test(all) && /^\s*[A-Z]:\\(?:[^\\\n]{1,100}\\){0,10}docker\s*$/im.test(all)) {
    facts.hits.push({ id: 'docker-not-found', rank: rules.findIndex(([, id]) => id === 'docker-not-found'), details: {} });
    seen(facts, 'an error message');
  }
  return facts;
}

function readText(cmd: string, lines: string[], facts: Facts, step: StepReading): void {
  // cw30, cw41, cw47, cw71: `docker ps --format TEMPLATE`, each row read through its template (ps-template.ts).
  const listing = psTemplate(cmd, lines);
  if (listing) {
    facts.listed = true;
    if (listing.rowsOnly) facts.rowsOnly = true;
    // cw47: rows without their ports (no `{{.Ports}}` in the template) show which containers there are, not what they publish.
    if (listing.portsUnseen) facts.portsUnseen = true;
    // cw88: its last row cut inside a running container's STATUS or PORTS (ps-template.ts cutRow), as parse-table.ts' `cut`.
    if (listing.cut) facts.listingCut = 'rows';
    seen(facts, 'docker ps');
    for (const c of listing.containers) addContainer(facts, c, 'docker ps');
    // cw144: what an ok needs of it, kept as read (reach-gate.ts).
    (facts.listings ??= []).push({
      cmd,
      layout: 'template',
      rows: lines.slice(0, listing.end),
      after: lines[listing.end],
      containers: listing.containers,
      ports: !listing.portsUnseen,
      ...(listing.cut && { cut: true }),
      ...(listing.headless && { headless: true }),
    });
    const rest = lines.slice(listing.end);
    return rest.some((l) => l.trim()) ? readText('', rest, facts, step) : undefined;
  }
  // cw152 (stop 51): `docker ps --format` rows copied without their command (ps-template.ts headlessRows): the containers they list,
  // the lines around them read on. Kept out of facts.listings: rows whose command is not shown are no whole listing (reach-gate.ts).
  const headless = /^docker\b/.test(cmd)
    ? null
    : headlessRows(lines, [
        lib.expected.run.container!,
        lib.expected.run.image!,
        lib.expected.compose.project!,
        lib.expected.share.container!,
        lib.expected.share.image!.split(':')[0]!,
      ]);
  if (headless) {
    facts.listed = true;
    seen(facts, 'docker ps');
    for (const c of headless.listing.containers) addContainer(facts, c, 'docker ps');
    const around = [...lines.slice(0, headless.start), '', ...lines.slice(headless.end)];
    return around.some((l) => l.trim()) ? readText(cmd, around, facts, step) : undefined;
  }
  // A table collapsed onto its command's line (`docker ps CONTAINER ID IMAGE … NAMES 93b4… name`).
  const inLines = parseTable(lines);
  const table = inLines ?? (cmd.includes(' CONTAINER ID IMAGE ') ? parseTable([cmd]) : null);
  if (table) {
    const src = inLines ? lines : [cmd];
    const kind = table.compose ? 'docker compose ps' : 'docker ps';
    facts.listed = true;
    if (table.tail || (table.headerless && !lib.psLine.test(cmd))) facts.rowsOnly = true;
    if (table.cut) facts.listingCut = table.cut;
    if (table.unread) (facts.unreadHostPorts ??= []).push(...table.unread);
    seen(facts, kind);
    if (table.containers[0]) listingStart.add(table.containers[0]);
    for (const c of table.containers) addContainer(facts, c, kind);
    // cw144: what an ok needs of it, kept as read: its header and the lines of its block (reach-gate.ts).
    const rowsAlone = !!table.tail || !!table.headerless;
    (facts.listings ??= []).push({
      cmd,
      layout: rowsAlone ? 'rows' : 'table',
      ...(table.compose && { compose: true }),
      ...(!rowsAlone && { header: src[table.start], above: src[table.start - 1] }),
      rows: src.slice(rowsAlone ? table.start : table.start + 1, table.end),
      after: src[table.end],
      containers: table.containers,
      ...(table.cut && { cut: true }),
    });
    // Output pasted above the table in the same block, its command lines joined with && (`docker-compose up -d && curl …;
    // docker logs nginx-proxy && docker ps`, nginx-proxy/nginx-proxy#1548): read as log lines.
    // cw81: Compose v1's ps rows without their header above a docker ps table (openware/opendax#149: `docker-compose ps`' rows,
    // then `docker ps`): the project's containers, as their table would be (parse-table.ts headless).
    const above = table.start > 0 ? parseTable(lines.slice(0, table.start)) : null;
    if (above?.compose && !table.compose) {
      seen(facts, 'docker compose ps');
      for (const c of above.containers) addContainer(facts, c, 'docker compose ps');
    } else if (table.start > 0) readLogs(lines.slice(0, table.start), facts, step.logLine);
    // cw109: a line the table read that holds far more than rows (a paste whose line breaks were all lost, corpus/habits.ts one-line):
    // the step's readers read it too, for what else it holds (`ps ax | grep docker-proxy`'s row after the listing's).
    for (const l of lines.slice(table.start, table.end))
      if (l.length >= 400) for (const r of step.readers ?? []) if (r(cmd, [l], facts, lib)) break;
    // Output pasted below the table without its command line (docker logs, say).
    const rest = lines.slice(table.end);
    return rest.some((l) => l.trim()) ? readText(cmd, rest, facts, step) : undefined;
  }
  const had = facts.config;
  for (const reader of step.readers ?? []) {
    const got = reader(cmd, lines, facts, lib);
    if (!got) continue;
    // A compose file with what followed it in the same block (prose, a cut inspect: docker/compose#2724): its lines are read on
    // as log lines (a project's network, an error), not named as logs.
    if (!had && facts.config && !/^docker/.test(cmd)) readLogs(lines, facts, step.logLine);
    // cw35: a reader that read only part of the lines gives back the rest (an issue template's versions, then its "Observed
    // result"; v1 ps rows, then `docker-compose logs`), read on as any text.
    else if (Array.isArray(got) && got.length < lines.length && got.some((l) => l.trim())) readText('', got, facts, step);
    return;
  }
  // docker port NAME, or an ID (then it may be dash-app: the name stays empty). `docker port NAME 6379` prints only
  // the host side, `0.0.0.0:32768` (docker/cli port.go, net.JoinHostPort): read with the container port it asked for. A period
  // after the port is a sentence's, not Docker's (notes quoting it: `127.0.0.1:49155.`, stored file 40442001, a Chinese study note).
  // The port asked with its protocol (`docker port NAME 8050/udp` prints the udp mapping's address: no TCP forward).
  // cw40: a note typed with a full-width colon between address and port (`127.0.0.1：5001`, stored file 41119904607's Chinese notes).
  // cw191 (stop 59): Podman's `port --all` (docker's port has no such flag; normalize.ts reads podman's command as docker's): each
  // mapping of every container, its line led by the container's short ID (containers/podman cmd/podman/containers/port.go: with
  // --all `fmt.Printf("%s\t", report.Id[:12])`, then the `%d/%s -> %s:%d` docker port prints). One container per ID.
  // Of one ID it is docker port's one container shown without a name (cw39: it may be dash-app); of several, each is a container of
  // its own, told apart by its ID, which names it here (several publishers, CONVENTIONS §2.3).
  if (/^docker (?:container )?port (?:-a|--all)\s*$/.test(cmd)) {
    const byId = new Map<string, Port[]>();
    for (const l of lines) {
      const m = /^\s*([0-9a-f]{12})\s+(\d{1,5}\/\w{3,4} -> \S{1,60}:\d{1,5})\s*$/.exec(l);
      const p = m && portFromPortLine(m[2]!);
      if (p) byId.set(m[1]!, [...(byId.get(m[1]!) ?? []), p]);
    }
    for (const [id, ports] of byId) addContainer(facts, { name: byId.size > 1 ? id : '', id, ports }, 'docker port');
    if (byId.size) return;
  }
  const [, named = '', asked, proto = 'tcp'] = /^docker (?:container )?port ([\w.-]+)(?: (\d+)(?:\/(\w+))?)?/.exec(cmd) ?? [];
  const ports = lines
    .map((l) =>
      l
        .trim()
        .replace(/(?<=:\d{1,5})\.$/, '')
        .replace(/^([\d.]{7,15}|\[[\da-f:]{2,39}\])\uff1a(?=\d{1,5}$)/, '$1:'),
    )
    .map((l) => portFromPortLine(asked ? `${asked}/${proto} -> ${l}` : l))
    .filter((p) => p !== null);
  // cw46: any unique prefix of an ID names it too (docker/cli and moby look a container up by name, full ID or ID prefix: moby
  // daemon/container.go GetContainer, TruncIndex; readme 29515000067's `docker port 1b2970bb` of the listed 1b2970bb07a4): hex with
  // a digit, six or more, is no name a learner gives (db, cafe).
  if (ports.length) return addContainer(facts, { name: idPrefix.test(named) ? '' : named, ports }, 'docker port');
  // The ports template's output (parse-ports.ts), the container named last on its inspect line (an ID names none).
  const bound = lines.flatMap(portsFromTemplate);
  const inspected = /^docker (?:container )?inspect .* ([\w.-]+)$/.exec(cmd)?.[1] ?? '';
  if (bound.length)
    return addContainer(facts, { name: /^[0-9a-f]{12,64}$/.test(inspected) ? '' : inspected, ports: bound }, 'docker inspect');
  // A PORTS cell of docker ps copied alone (`0.0.0.0:80->80/tcp, 0.0.0.0:5173->5173/tcp, 8000/tcp`, laravel/vite-plugin#28):
  // one container's ports, its name left behind. Every part must be a port and one published, so prose never reads as it.
  const cells = lines.filter((l) => l.includes('->') && /^[\w.:[\]/>, -]{1,400}$/.test(l.trim()));
  const cell = cells.length === 1 ? cells[0]!.trim() : '';
  const inCell = cell ? portsFromColumn(cell) : [];
  // The lines around it are read on: a post quotes the app's own log line beside it (odysseus#1232, uvicorn's address).
  if (inCell.length && inCell.length === cell.split(',').length && inCell.some((p) => p.host))
    addContainer(facts, { name: '', ports: inCell }, 'docker ps');
  const logs = readLogs(lines, facts, step.logLine);
  const logged = logCommand.exec(cmd)?.[0].replace('-compose', ' compose').replace(' container', '');
  if (logged) seen(facts, logged);
  else if (logs) seen(facts, lines.some((l) => / +\| /.test(l)) ? 'docker compose logs' : 'docker logs');
}
