/* Lesson 5's chunk: its panel's check (diagnose-run.ts) and the error of a container that cannot start. */
import type { ContainerWords, ErrorRule } from './parse-errors';
import type { LogLineReader } from './parse-logs';
import { startFailure } from './start-failures';
import { toldBind, toldStart } from './told-start';
import { bindErrors, clientReply } from './host-clients';
import { insideReply, toldInside, toldInsideOnly } from './inside-reply';
import { perInterface } from './per-interface';
import { readEvents } from './events';
import { readInspectTemplate } from './inspect-template';
import type { Lib } from './lib';
import { stepFallback, type Panel } from './step-fallback';
import type { Part } from './read';
import type { Facts } from './types';

export { diagnoseRun as check } from './diagnose-run';

/**
 * The image's program is not there (a CMD written as one string, a typo): runc "exec: "x": executable file not found in $PATH",
 * crun "executable file `x` not found in $PATH", Docker 1.x "Container command 'x' not found". Not docker exec's `OCI runtime exec
 * failed: exec failed: … exec: "bash": executable file not found in $PATH` (moby daemon/exec.go): the container runs, the image
 * has no such shell. Not the client's credential helper (`exec: "docker-credential-desktop": executable file not found in
 * $PATH`, parse-errors.ts' containerErrors.credentials): no container was made. The same rule is Compose's in compose-errors.ts,
 * written twice because a value shared by two lazy chunks would be a chunk of its own.
 */
export const errors: ErrorRule[] = [
  [
    /^(?!.{0,200}\bexec failed).{0,2000}?(?<!docker-credential-[\w.-]{1,60}"?:? )executable file (?:\S{1,200} )?not found in \$PATH|Container command .{0,200}not found/,
    'container-exited',
    undefined,
    { variant: 'start-failed' },
  ],
  // cw148: the daemon's IPAM refusing the container an IP address another endpoint holds (moby libnetwork/ipamapi/contract.go:
  // `ErrIPAlreadyAllocated = types.ForbiddenErrorf("Address already in use")`, capitalised, no port: a `--ip`/`ipv4_address` taken, a
  // macvlan or a NAS's network whose address is still held; minikube's oci.go reads the same `docker: Error response from daemon:
  // Address already in use.` as ErrIPinUse). The container did not start; the experts tag it as a taken port (an address on the host
  // side held by something else), its own words say which (variant address). Go's EADDRINUSE of a bind is lower-case
  // (parse-errors.ts). Run's own rule, not every step's: at install, a pull that worked already shows the daemon answering.
  [
    /(?:Error response from daemon|failed to set up container networking|failed to create endpoint \S{1,200} on network \S{1,200}): Address already in use\b/,
    'port-already-allocated',
    undefined,
    { variant: 'address' },
  ],
  // cw151 (stop 51): docker run's own refusal of a --network that does not exist: docker/cli cli/command/container/run.go reportError
  // prints the daemon's error after `docker: ` (a run's, no other command's), and moby daemon/network.go FindNetwork answers
  // `errdefs.NotFound(libnetwork.ErrNoSuchNetwork(term))`, "network %s not found". No container was made, so its network is the answer
  // (the tag the networks step gives it, variant run for run's own message). A later run that worked makes it past (later-state.ts).
  [/^\s*docker: Error response from daemon: network ([\w.-]{1,128}) not found\.?\s*$/, 'network-not-found', 'network', { variant: 'run' }],
  // cw33: a program on the host that cannot bind its port (host-clients.ts).
  ...bindErrors,
];

/** cw33: what a client got at the host's port (nc, telnet, an HTTP answer; host-clients.ts). */
export const readers = [insideReply, clientReply];

/** The errors about one container (parse-errors.ts' containerErrors): no program to run (a CRLF script), restarting. */
export const containerWords: ContainerWords = {
  noProgram: ['container-exited', { variant: 'no-file' }],
  restarting: ['container-exited', { state: 'restarting', variant: 'restarting' }],
  stopped: ['container-exited', { state: 'stopped' }],
  // cw173 (stop 56): iptables refused the port's rule, Docker's chain gone (parse-errors.ts firewall).
  firewall: ['container-exited', { variant: 'firewall' }],
  // cw174 (stop 57): the daemon or the client refused a -v/--mount value (parse-errors.ts mount): no container ran.
  mount: ['container-exited', { variant: 'mount' }],
  gpu: ['container-exited', { variant: 'gpu' }],
  noRuntime: ['container-exited', { variant: 'no-runtime' }],
  runtime: ['container-exited', { variant: 'runtime' }],
  credentials: ['image-not-found', { variant: 'credentials' }],
};

/**
 * Docker's warning of an amd64 image on an arm host (`WARNING: The requested image's platform (linux/amd64) does not match the
 * detected host platform (linux/arm64/v8) …`), and a board named in the paste (a Raspberry Pi, a Jetson): Docker Desktop on a
 * Mac emulates amd64, a board's Docker Engine does not (fletchto99/nicotine-plus-docker#9: "The container then exists but does
 * not work. I am using a Raspberry Pi 5."). On a Mac the warning followed by a failure, the emulated program dying (`container
 * status Exited (255)`, wyveo/nginx-php-fpm#14; 139, a segfault; qemu's `uncaught target signal`), is the image's platform too;
 * the warning alone there shows only that an emulated container started (memgraph/memgraph#217: "Memgraph works normally").
 */
// cw34, a board by what only a board's Linux shows: a 32-bit ARM host platform in the warning itself (`detected host platform
// (linux/arm/v7)`: Docker Desktop's VM on Apple silicon is linux/arm64, so arm/v5-v7 is a board's Engine; Red5d/
// docker-autocompose#27), lscpu's output (util-linux, Linux only: its `Byte Order:` and `Model name:` rows; a Mac has no lscpu),
// NVIDIA's ARM boards by their names (`Vendor ID: Nvidia`, Tegra; philhawthorne/docker-influxdb-grafana#56, a Jetson-class board).
// cw167 (stop 55): and the board's common short names, `RPi` (`RPi 4`, `RPis`, a host named `rpi`) and Raspberry Pi OS's former
// name Raspbian (its /etc/os-release `PRETTY_NAME="Raspbian GNU/Linux 11 (bullseye)"`): no Mac is either.
const board =
  /\bRPi(?:[ -]?[0-5]|s)?\b|\bRaspbian\b|Raspberry ?Pi|\bPi [2-5]\b|Jetson|\bTegra\b|Vendor ID:\s{1,30}Nvidia|^Byte Order:\s{1,30}Little Endian|detected host platform \(linux\/arm\/v[5-7]\)/i;

/**
 * cw34: at lesson 5's run, `exec format error` after Docker's warning of an amd64 image on an arm host is that image's platform
 * failing (CONVENTIONS.md §2.2: the warning followed by a failure → no-arm64-manifest; Red5d/docker-autocompose#27's
 * `standard_init_linux.go:228: exec user process caused: exec format error` on linux/arm/v7). Other steps keep exec-format-error.
 */
/**
 * cw180 (stop 57): a tool's refusal of a file, in its own words, the last thing an attached `docker run` printed. docker/cli
 * cli/command/container/run.go runContainer: without -d the client stays attached to the container's streams until its process
 * ends, so what the run printed last is what the container's command said before it stopped. A start script run by `sh -e` (or one
 * that checks each step: `cmd || { echo "Error …"; exit 1; }`) stops at the first such error: GNU sed sed/utils.c ck_mkstemp
 * `panic (_("couldn't open temporary file %s: %s"), …)` (sed -i, exit 4), coreutils' error() with strerror: cp copy.c `cannot stat
 * %s`, mkdir.c `cannot create directory %s`, touch.c `cannot touch %s`, chown-core.c `changing ownership of %s`; BusyBox's
 * `can't create …` (libbb). The bind-mounted folder the user of -u or SELinux may not write or read (EACCES, EROFS, EPERM).
 * Only when nothing after it went on: the run's output ends there, or the next line is the script's own report of the failure
 * (`Error …`, `Failed …`, `FATAL …`), nothing in the paste says where an app listens and no container is shown running. Once under
 * a detached run, in `docker logs` or Compose's log, the error alone stays what it was (step-reach.ts cw41: the entrypoint may go on).
 */
const toolFileError =
  /^(?:[\w.\/-]{0,60}: (?:line \d{1,5}: )?)?[a-z][\w.-]{0,20}: (?:(?:cannot|can't|couldn't|could not|unable to) [a-z]{2,12}(?: [a-z]{2,12}){0,3}|changing (?:ownership|permissions) of) .{1,300}: (?:Permission denied|Read-only file system|Operation not permitted)\s*$/;
const scriptReport = /^\s*(?:\[?(?:Error|ERROR|Failed|FAILED|Fatal|FATAL)\b|\w{1,20}: (?:error|fatal):)/;
const detachFlag = /^docker (?:container )?run\b.*\s(?:-[a-zA-Z]*d[a-zA-Z]*|--detach)\b/;
function attachedFileStop(facts: Facts, list: Part[]): void {
  if (facts.crash || facts.started || facts.atContainerPrompt) return;
  if (Object.values(facts.listen).some((l) => l.all || l.loop || l.port || l.served)) return;
  if (facts.containers.some((c) => c.state === 'running')) return;
  const stopped = list.some((p) => {
    if (p.inside || !/^docker (?:container )?run\b/.test(p.cmd) || detachFlag.test(p.cmd)) return false;
    const out = p.lines.map((l) => l.trim()).filter(Boolean);
    const at = out.findLastIndex((l) => l.length < 600 && toolFileError.test(l));
    return at >= 0 && (at === out.length - 1 || scriptReport.test(out[at + 1]!));
  });
  // Or, in any layout (a log alone), the pair step-reach.ts cw41 reads as a stop: the tool's error on a file and the image's own
  // words that the path is not writable (start-failures.ts fileStopLine, Facts fileStopIn), as "Is it running?" does.
  if (stopped || facts.fileStopIn !== undefined) {
    facts.crash = true;
    facts.crashIn ??= facts.fileStopIn ?? '';
  }
}

export function settle(facts: Facts, lib: Lib, _what: string, list: Part[]): void {
  // cw37: what `docker events` says of each container (events.ts).
  readEvents(list, facts, lib.addContainer);
  // cw147: and what `docker inspect -f TEMPLATE NAME` printed of a container's state (inspect-template.ts, the reach path's reader):
  // `status=exited exit=2` through `status={{.State.Status}} exit={{.State.ExitCode}}` is a container that stopped with an error,
  // as a docker ps -a row's `Exited (2)` is. Only lines with a state (its ports alone answer nothing here).
  readInspectTemplate(list, facts, lib, true);
  // cw124: an error whose command a later try ran again and worked on another host port (later-state.ts `past`): at lesson 5's run
  // the later run stands and its mapping answers (CONVENTIONS §2.2 cw34, cw43); "Is port 8050 free?" keeps the port.
  facts.hits = facts.hits.filter((h) => !h.past);
  // cw187 (stop 58): a server's own bind refused (bindErrors, read from host-clients.ts) after a shell was opened in the container
  // (`docker exec -it superset bash`, start-failures.ts' cw187 test): a second copy run there by hand, the container's own server
  // holding the address (CONVENTIONS §2.4 cw38), so no host port is taken and the run line's mapping answers. Docker's own refusals
  // (`port is already allocated`, moby's userland proxy: a variant) keep theirs.
  if (facts.execShell) facts.hits = facts.hits.filter((h) => h.id !== 'port-already-allocated' || h.details.variant !== undefined);
  // cw49: docker run's own options typed after the image (command-line.ts lateOptions) became the container's command, so runc
  // could not start it: `exec: "-p": executable file not found in $PATH` (s1ntaxe770r/SSH-dockerfile#3). That failure is the
  // misplaced options, answered by diagnose-run.ts, not a CMD to fix.
  if (facts.commands.some((c) => c.afterImage))
    facts.hits = facts.hits.filter(
      (h) => h.id !== 'container-exited' || !['start-failed', 'no-file', 'runtime'].includes(String(h.details.variant)),
    );
  // cw115: or the program itself refused them and exited (Apache httpd's usage after `myimg:0 -e APP_NAME=…`, docker-library/php#1159;
  // argparse's `error: unrecognized arguments: -p 8050:8050`): the last run line's misplaced options are the cause, answered before the
  // crash they made (CONVENTIONS §2.2 cw49, cw115). Its log only (no Compose service's), and only when that line is the last run.
  const lastRun = facts.commands.filter((c) => /^container (?:run|create)$/.test(c.command)).at(-1);
  if (lastRun?.afterImage && facts.crash && facts.crashIn === '') facts.crash = false;
  attachedFileStop(facts, list);
  if (facts.armHost?.warned)
    for (const h of facts.hits) if (h.id === 'exec-format-error') Object.assign(h, { id: 'no-arm64-manifest', details: {} });
  // cw40: Compose v1's "Couldn't connect to Docker daemon" (compose/cli/errors.py, docker-py's ConnectionError) beside a port
  // spec Docker cannot read, docker's `Invalid hostPort: 8765a` (docker/cli opts, nat.ParsePortSpec) or a compose file's ports
  // entry that is no port (`- '8765a:80'`): Compose 1.x reported that spec as a connection error (docker/compose#2414), while the
  // daemon ran. The spec is the answer, unless docker's own client could not connect either.
  const all = list.flatMap((p) => [p.cmd, ...p.lines]);
  const composeOnly =
    all.some((l) => /Couldn't connect to Docker daemon/.test(l)) &&
    !all.some((l) => /Cannot connect to the Docker daemon|Is the docker daemon running|docker\.sock: connect/i.test(l));
  const badEntry = all.some((l, i) => {
    const spec = /^\s*-\s*['"]?([^'"\s#]{1,60})['"]?\s*$/.exec(l)?.[1];
    const under = all.slice(Math.max(0, i - 8), i).reverse();
    const key = under.findIndex((u) => /^\s*ports:\s*$/.test(u));
    return (
      spec !== undefined &&
      key >= 0 &&
      under.slice(0, key).every((u) => /^\s*-\s/.test(u)) &&
      !/^(?:(?:[\d.]{7,15}|\[[\da-f:]{2,39}\]):)?(?:\d{1,5}(?:-\d{1,5})?:)?\d{1,5}(?:-\d{1,5})?(?:\/(?:tcp|udp|sctp))?$/.test(spec) &&
      !/\$\{?\w/.test(spec)
    );
  });
  if (composeOnly && (badEntry || facts.hits.some((h) => h.id === 'invalid-port-spec'))) {
    facts.hits = facts.hits.filter((h) => h.id !== 'daemon-not-running');
    if (!facts.hits.some((h) => h.id === 'invalid-port-spec')) facts.hits.push({ id: 'invalid-port-spec', rank: 0, details: {} });
  }
  // cw81: a host port refused to a container, then a name conflict for that same container's name (ylliac/doc's French notes: `Bind
  // for 0.0.0.0:80` refused on endpoint webserver, then `The name "/webserver" is already in use`): moby creates the container before
  // it starts it, so the refused try left it Created under that name, and the retry stops at the name first (§2.0, the later state
  // stands). At run the name is the answer; "Is port 8050 free?" keeps the port (step-reach.ts).
  const endpoints = all.flatMap((l) => [...l.matchAll(/connectivity on endpoint ([\w.-]{1,100}) \(/g)].map((m) => m[1]!));
  const port = facts.hits.findIndex((h) => h.id === 'port-already-allocated');
  const conflict = facts.hits.findLastIndex((h) => h.id === 'name-conflict' && endpoints.includes(h.details.name as string));
  if (port >= 0 && conflict > port) facts.hits = facts.hits.filter((h) => h.id !== 'port-already-allocated');
  // cw57: a listing shown only before the last `docker run` line is past (CONVENTIONS §2.0, the later state stands): it could not
  // show that run's container, so it does not answer for it (yaptide/yaptide#71's review: an empty `docker ps`, then `docker run -dp
  // 5000:5000 yaptide` and its ID, then a `docker ps` whose output was not kept). The run line answers, as alone.
  const runAt = list.findLastIndex((p) => /^docker (?:container )?(?:run|create)\b/.test(p.cmd));
  const listAt = list.findLastIndex(
    (p) => /^docker (?:container )?(?:ps|ls|list)\b/.test(p.cmd) && p.lines.some((l) => /^\s*(?:CONTAINER ID|[0-9a-f]{12})\s/.test(l)),
  );
  const since = list.slice(runAt).some((p) => /^docker (?:container )?(?:inspect|port)\b/.test(p.cmd) || p.json.values.length);
  // Not when that listing shows the run line's own container (its --name, or its image: notes that list before they run,
  // h23-pndhkm's `docker ps -a` with webserver Up above `docker run -d --name webserver -p 8080:80 nginx:latest`).
  const ranLine = facts.commands.findLast((c) => /^container (?:run|create)$/.test(c.command));
  // cw73: by its image only when the row could be that line's container, the row's published ports the line's (moby/moby#15740:
  // `docker ps -a` with some-nginx at `80/tcp, 443/tcp`, then "I also tried" `docker run -p 81:80 -d nginx`: a later try, the row an
  // earlier container of the same image).
  const samePorts = (c: (typeof facts.containers)[number]) =>
    !ranLine?.publish.length || ranLine.publish.every((p) => c.ports?.some((q) => q.host === p.host && q.container === p.container));
  // cw203 (stop 60): nor a row whose forwards are an earlier line's fixed -p of that image while the last line asks others (a
  // Chinese WSL note: `docker run -d -p 8000:80 docker/getting-started`, `docker container ls -l` with its hopeful_faraday at
  // `0.0.0.0:8000->80/tcp`, then `docker run -d -P docker/getting-started`): docker/cli gives each run a container of its own, so the
  // row is the earlier line's, and the last line's container is not in the listing.
  const earlierOwn = (c: (typeof facts.containers)[number]) =>
    facts.commands.some(
      (l) =>
        l !== ranLine &&
        /^container (?:run|create)$/.test(l.command) &&
        l.image === ranLine?.image &&
        l.publish.length > 0 &&
        l.publish.every((p) => p.host > 0 && c.ports?.some((q) => q.host === p.host && q.container === p.container)) &&
        JSON.stringify(l.publish) !== JSON.stringify(ranLine?.publish),
    );
  const shown = facts.containers.some(
    (c) =>
      (ranLine?.name && c.name === ranLine.name) ||
      (ranLine?.image && c.image?.split(':')[0] === ranLine.image.split(':')[0] && samePorts(c) && !earlierOwn(c)),
  );
  // cw203: an earlier line's row (earlierOwn) is past even with a `docker port` after the later run: what that port shows stays (a
  // container without a state, by docker/cli's `docker port` lines), the listing goes.
  const pastOnly =
    since && facts.containers.some(earlierOwn) && facts.containers.every((c) => earlierOwn(c) || (!c.state && !!c.ports?.length));
  if (runAt > listAt && listAt >= 0 && facts.listed && (!since || pastOnly) && !shown && !facts.kinds.includes('docker events'))
    Object.assign(facts, { listed: false, containers: pastOnly ? facts.containers.filter((c) => !earlierOwn(c)) : [] });
  // cw57: docker/cli's run prints the container's ID alone once a detached container started (cli/command/container/run.go:
  // `fmt.Fprintln(stdout, containerID)` with -d): that line's container runs.
  const idRun = list.findLast(
    (p) =>
      /^docker (?:container )?run\b.*\s(?:-[a-zA-Z]*d[a-zA-Z]*|--detach)\b/.test(p.cmd) &&
      /^\s*[0-9a-f]{64}\s*$/.test(p.lines.find((l) => l.trim()) ?? ''),
  );
  facts.startedDetached ||= !!idRun;
  // cw203 (stop 60): and that ID, by which a later command may name the container (moby daemon/container.go GetContainer: a unique
  // prefix of it).
  if (idRun) facts.detachedId = idRun.lines.find((l) => l.trim())!.trim();
  // cw189 (stop 58): an interactive run whose container's own shell prompt came back under it (normalize.ts `entered`: the host name
  // the container's short ID, moby daemon/container.go generateHostname): that line's container was created and started.
  facts.enteredRun ||= list.some((p) => /^docker (?:container )?run\b/.test(p.cmd) && !!p.entered);
  // cw57: an app server started on the host before the last `docker run` line (`$ gunicorn "my_module:app"`, `python app.py`, `flask
  // run`, `npm start`: a command of its own, not at a container's prompt) printed its start line there, not in the container
  // (tbeadle/docker-gunicorn#1: gunicorn's `Listening at: http://127.0.0.1:8000` in a fresh virtualenv, then `docker run -d -p
  // 8001:80 my_app:v0`). With no start line after that run, the container's own listening is not shown, and the run line answers.
  const hostApp =
    /^(?:sudo )?(?:gunicorn|uvicorn|hypercorn|daphne|waitress-serve|flask|python[\d.]*|py|node|nodemon|npm|yarn|pnpm|deno|bun|rails|bundle|php|java|dotnet|go|streamlit|jupyter)\b/;
  const startAfter = list
    .slice(runAt + 1)
    .some((p) => p.lines.some((l) => /\b(?:[Ll]istening|[Rr]unning|[Ss]erving|[Ss]tarted)\b.{0,40}\b(?:on|at)\b/.test(l)));
  // Only under a detached run, which prints its ID and nothing of the container's log (an attached one's console may be where the
  // poster saw "the exact same message": h34-readmekonradh's `docker run -p 5000:5000`).
  const detached = facts.commands.findLast((c) => c.command === 'container run')?.detach;
  if (runAt > 0 && detached && !startAfter && list.slice(0, runAt).some((p) => !p.inside && hostApp.test(p.cmd))) delete facts.listen[''];
  // cw34, the later state stands (CONVENTIONS.md §2.0): the last output of the paste is a `docker run` that printed its
  // container's ID and nothing else (docker/cli cli/command/container/run.go: with -d, `fmt.Fprintln(stdout, containerID)` once
  // the container started; an error after the ID is a start that failed), so the errors of the tries before it are past: a
  // taken port, then the name that try left behind (stored readme 17588529337: `-p 80:5000 --name web` refused, the name
  // conflict, then `-p 86:5000 --name webb` printed its ID). Its -p answers (diagnose-run.ts reads the run lines).
  const said = list.filter((p) => p.cmd || p.lines.some((l) => l.trim()));
  const last = said[said.length - 1];
  const lines = last?.lines ?? [];
  const first = lines.findIndex((l) => l.trim());
  // cw36: after a blank line, the learner's question (a question's prose around the paste: `Any idea what I am doing wrong?`),
  // short and with nothing an output or an error would show.
  const rest = lines
    .slice(first + 1)
    .join(' ')
    .trim();
  const prose =
    lines[first + 1]?.trim() === '' &&
    rest.length < 400 &&
    !/error|denied|refused|not found|no such|fail|cannot|unable|exit|warn|conflict|in use|allocat|\d{2}|[|{}[\]<>$#:]| {2}/i.test(rest);
  const out = prose ? [lines[first]!] : lines.filter((l) => l.trim());
  if (said.length > 1 && last && /^docker (?:container )?run\b/.test(last.cmd) && out.length === 1 && /^\s*[0-9a-f]{64}\s*$/.test(out[0]!))
    Object.assign(facts, { hits: [], ranLast: true });
  // cw43: or such a run followed only by listings of what runs, nothing failing in them (a saved macOS session of a Docker class:
  // `docker container run -d -p 8080:80 nginx`, its ID and then `Bind for 0.0.0.0:8080 failed: port is already allocated`, then
  // `-p 8000:80` printing its ID alone, then `docker container ls` with both nginx Up): that run started, the listing is the later
  // state, and it answers (a listing's rules, CONVENTIONS §2.2).
  else if (lib.ranThenListed(said)) Object.assign(facts, { hits: [], ranLast: true });
  // cw41: or the container's own log under the last `docker run`, nothing failing in it (yandexdataschool/Practical_RL#71: `docker
  // run 491528bcff41` refused, `pull access denied`, then `docker run justheuristic/practical_rl:latest` and Jupyter's NotebookApp
  // lines; hemberg-lab/scRNA.seq.course#188: a run with -p 8888:8888, then one without and the log it printed): that run started its
  // container, so it stands, and the tries before it are past.
  else if (
    said.length > 1 &&
    last &&
    /^docker (?:container )?run\b/.test(last.cmd) &&
    out.length >= 3 &&
    facts.commands.filter((x) => x.command === 'container run').length > 1 &&
    !out.some((l) =>
      /error|denied|refused|not found|no such|fail|cannot|can't|unable|exit|conflict|in use|allocat|panic|fatal|traceback/i.test(l),
    )
  )
    Object.assign(facts, { hits: [], ranLast: true });
}

/**
 * cw41: a client that could not reach a container at its own address on Docker's bridges (172.17.0.2; Compose's 172.18-31), curl's
 * `curl: (7) Failed to connect to 172.17.0.2 port 8080: Operation timed out` (docker/for-mac#645: on Docker Desktop the VM's bridge
 * is not routed from the host; docs.docker.com desktop networking "I can't ping my containers": use published ports), also
 * refused, no route, or wget's `failed: Connection timed out`: the learner reached for the container itself, as for a server.
 */
const bridgeClient =
  /(?:Failed (?:to )?connect to |\|)172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}\|?(?: port |:)(\d{1,5})\b.{0,80}?(?:Connection refused|timed out|No route to host|connect to server)/i;

/**
 * cw61: a server's start line on loopback, by its shape (a word of listening or running, on/at, a loopback URL with or without its
 * port: RFC 3986's default is the scheme's, 80 or 443).
 * cw189 (stop 58): `Starting` and an address key after on/at, as the reach chunk's listen-lines.ts verbWords reads them (cw56):
 * ethersphere/bee-dashboard's serve script, `server.listen(8080, '127.0.0.1', …)` then `console.log('Starting up Bee Dashboard on
 * address http://localhost:8080')`, http-server's `Starting up http-server, serving ./` family.
 */
const loopStart =
  /\b(?:[Ll]isten(?:ing)?|[Rr]unning|[Ss]erving|[Ss]tart(?:ed|ing)|[Aa]vailable)\b.{0,40}?\b(?:on|at):? (?:(?:IPv[46] )?(?:address|addr)\b[:=]? ?)?((?:https?:\/\/)?)(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::(\d{1,5}))?(?![\w:-]|\.\d)/;
const learner = /(?:^|\s)(?:I|I'm|my|[Ww]e|[Oo]ur|[Yy]ou|me|[Bb]ut|[Ww]hen|[Ii]f|tried|see|says?|shows?)(?=\s|$)/;
/**
 * cw77: a start line that ends with a colon at a port, its URLs listed below it one an item (dtcooper/tuxracer-web#2: `Web server
 * running on port 80:`, then `    - http://localhost/`): loopback when the items at that port are loopback only (listen-lines.ts
 * reads the same on the reach path, and another address among them there).
 */
const listHead = /\b(?:[Ll]isten(?:ing)?|[Rr]unning|[Ss]erving|[Ss]tarted)\b.{0,40}?\b(?:on|at) port (\d{1,5}):\s*$/;
const listItem =
  /^\s*(?:[-*•➜]\s{1,4})?(https?):\/\/(localhost|127(?:\.\d{1,3}){3}|\[::1\]|[\w.[\]:-]{1,253}?)(?::(\d{1,5}))?(?:\/\S{0,200})?\s*$/;
const heads = new WeakMap<Facts, number>();
const fromList = new WeakSet<object>();

export const logLine: LogLineReader = (text, facts, key, listen) => {
  const bridge = text.length < 2200 ? bridgeClient.exec(text) : null;
  if (bridge) facts.refusedInside ??= +bridge[1]!;
  // cw192 (stop 59): the learner's word that the app answers inside the container (inside-reply.ts, cw80/cw115), cw37's inside reply
  // told: with a reset at the published port (diagnose-run.ts) the app listens on the container's loopback (typicode/json-server#811).
  if (text.length < 2200 && (toldInside(text) !== undefined || toldInsideOnly(text))) facts.toldInsideOk = true;
  startFailure(text, facts, key);
  const portBefore = listen?.port;
  toldStart(text, listen, false);
  // cw61: a loopback start line in any server's words (Racket's `Your Web application is running at http://localhost.`, trailbase's
  // `Listening on http://localhost:4000`; the reach chunk's listen-lines.ts reads every address too), which comes before the run
  // line's mapping and name (CONVENTIONS §2.2, h21-torrentstream8). Not a line toldStart read, nor a learner's sentence: a retelling
  // does not come before the run line at this step (h39-aspnetdocker132).
  const head = text.length < 400 && !learner.test(text) ? listHead.exec(text) : null;
  const at = heads.get(facts);
  const listed = at !== undefined && text.length < 400 ? listItem.exec(text) : null;
  if (head) heads.set(facts, +head[1]!);
  else if (listed && listen && !listen.all && (listed[3] ? +listed[3] : listed[1] === 'https' ? 443 : 80) === at) {
    // Another address listed at the port after loopback: not loopback only.
    if (/^(?:localhost|127\.|\[::1\])/.test(listed[2]!)) {
      if (listen.loop === undefined) fromList.add((listen.loop = true) && listen);
    } else if (fromList.has(listen)) listen.loop = undefined;
    listen.port ??= at;
  } else if (text.trim() && !listed) heads.delete(facts);
  const loop = listen && !listen.all && !listen.loop && listen.port === portBefore && text.length < 400 ? loopStart.exec(text) : null;
  if (
    loop &&
    !learner.test(text) &&
    // cw80: nor a loopback bind the learner tells ("Inside container is running http server on 127.0.0.1:3001"): the run line first.
    !toldBind(text) &&
    !/\b(?:[Ee]rror|[Ff]ail|[Cc]annot|[Rr]efused|[Cc]onnect(?:ing|ed|ion)? to|[Pp]roxy|[Uu]pstream)/.test(text)
  )
    Object.assign(listen!, { loop: true, port: listen!.port ?? (loop[2] ? +loop[2] : /^https/.test(loop[1]!) ? 443 : 80) });
  perInterface(text, listen);
  const arm = (facts.armHost ??= {});
  arm.warned ||= /does not match the detected host platform \(linux\/arm/.test(text);
  arm.board ||= board.test(text);
  // cw46: or the emulated program's own words for failing under QEMU's user-mode emulation (Docker Desktop's amd64 on arm64): SQL
  // Server's and the Cosmos DB emulator's SQLPAL `Invalid mapping of address 0x4003917000 in reserved address space below
  // 0x400000000000. Possible causes:` (sqlservr, /palrun; microsoft/mssql-docker#668), jemalloc's `(This is the expected behaviour
  // if you are running under QEMU)`.
  // cw116: or a system call the emulator does not implement, ENOSYS in the program's own words (only after the warning: `warned`):
  // nginx's `io_setup() failed (38: Function not implemented)` (src/event/modules/ngx_epoll_module.c, ngx_log_error's ` (%d: %s)`;
  // prakhar1989/docker-curriculum#340 on an M1), CPython's `OSError: [Errno 38] Function not implemented`, libuv's `ENOSYS: function
  // not implemented, watch …` (Node); or the emulator's own refusal to start it: QEMU linux-user's `qemu-x86_64: Could not open
  // '/lib64/ld-linux-x86-64.so.2'`, Rosetta's `rosetta error: failed to open elf at /lib64/ld-linux-x86-64.so.2`.
  arm.failed ||=
    /\bExited \((?:255|139)\)|\bexit(?:ed with)? code:? (?:255|139)\b|qemu: uncaught target signal|Invalid mapping of address 0x[\da-f]{1,16} in reserved address space below|expected behaviou?r if you are running under QEMU|\bFunction not implemented\b|\bqemu-x86_64: Could not open '|\brosetta error: /i.test(
      text,
    );
};

/** cw134: the step's question asked once more of the facts read, before "I can't read this" (step-fallback.ts). */
export const fallback = (facts: Facts, lib: Lib, what: string) =>
  stepFallback(lib, facts, what as Panel, lib.ranked(errors, containerWords));
