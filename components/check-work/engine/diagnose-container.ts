/*
 * Checks of one container (lesson 5) or service (lessons 6, 7), shared by lesson 5's check
 * (diagnose-run.ts), the "can't reach it" path (reach.ts) and the Compose checks
 * (diagnose-compose.ts), which get them as `lib`: which container is dash-app, is it running,
 * is the right port published and where, does the app listen on 0.0.0.0.
 */
import { d } from './diagnosis';
import { listingAt, listingStart, rowAt } from './facts';
import { psLine, unwhole } from './listing-whole';
import { expected, type Publish } from './expected';
import { isLoopback, showPort } from './parse-ports';
import { splitName } from './parse-table';
import type { CommandLine, Container, Diagnosis, Facts, Hit, Listen, ListingSeen, Port } from './types';

const { run } = expected;

// cw98: once the learner's own `docker stop dash-app` stopped it, its last row that shows a state (its row Up, the stop, then docker ps -a's
// `Exited (0)`: the later state stands, CONVENTIONS §2.0, §2.2 cw98), never the earlier Up row's ok; none once its own `docker rm`
// removed it, which is gone. Else its first row, as before (cw85: Restarting, then Up with nothing done between, is its restart loop).
// Stop 51: a first row stopped that a later listing shows Up after the paste's own start of it (startedAgain) is that later row; a
// first row Up that a later listing shows stopped or restarting is that later row too (stoppedLater).
export function pickContainer(facts: Facts): Container | undefined {
  const left = facts.containers.filter((c) => endedByHand(c, facts) !== 'removed');
  const mine = left.filter((c) => c.name === run.container);
  const stopped = mine[0] && endedByHand(mine[0], facts) === 'stopped' ? mine.findLast((c) => c.state) : undefined;
  const first = mine[0] ?? left.find((c) => c.image?.split(':')[0] === run.image);
  return stopped ?? (first && (startedAgain(first, facts) ?? stoppedLater(first, facts))) ?? first;
}

/** The same container by its ID (docker ps' 12 digits, a prefix of the full one) or its name (moby's names are unique). */
const sameContainer = (c: Container, y: Container) =>
  y !== c && ((!!c.id && !!y.id && (y.id.startsWith(c.id) || c.id.startsWith(y.id))) || (!!c.name && y.name === c.name));

/**
 * Stop 51 (a probe's false ok): a container listed Up, then listed again later exited, created or restarting (`docker ps`, then
 * `docker ps -a` with `Exited (1) 2 seconds ago`, or `Restarting (1)`): the later state stands (CONVENTIONS §2.0). The first row's
 * ok said nothing of the paste's end. Also a first showing without a state (`docker port dash-app`'s mappings: docker/cli
 * cli/command/container/port.go prints what the daemon's inspect holds, a running container's) that a later listing shows stopped. A stop or kill of the paste's own between is endedByHand's (the learner ended it), never this.
 */
export function stoppedLater(c: Container, { containers }: Pick<Facts, 'containers'>): Container | undefined {
  const at = rowAt.get(c);
  if (at === undefined || (c.state && c.state !== 'running')) return undefined;
  const later = containers.filter((y) => sameContainer(c, y) && y.state && (rowAt.get(y) ?? -1) > at).at(-1);
  return later && later.state !== 'running' ? later : undefined;
}

/**
 * cw148 (stop 50, at Compose's step), stop 51 (lesson 5's and the "can't reach it" path's container too): a container's stopped row
 * that a later listing shows Up again, after a command of the paste that started it (`docker start <ID>`, `restart`, Compose's
 * `up`/`start`/`restart`, between the two listings): the later state (CONVENTIONS §2.0), which this returns (sameContainer).
 * Compose v1's Ctrl+C on an attached `up` (compose/cli/main.py: `Gracefully stopping... (press Ctrl+C again to force)`, then
 * `Stopping x_web_1 ... done`) leaves such an `Exited (137)` row when the app ignores SIGTERM; a learner's `docker start` brings it
 * back. Without a start between (a restart policy's loop, cw85) the stopped row stands.
 */
export function startedAgain(c: Container, { containers, commands }: Pick<Facts, 'containers' | 'commands'>): Container | undefined {
  const at = rowAt.get(c);
  if (at === undefined || c.state === 'running') return undefined;
  const later = containers.filter((y) => sameContainer(c, y) && (rowAt.get(y) ?? -1) > at).at(-1);
  const to = later && rowAt.get(later);
  const started = commands.some(
    (x) =>
      /^(?:container (?:start|restart)|compose (?:up|start|restart))$/.test(x.command) && x.at !== undefined && x.at > at && x.at < to!,
  );
  return later?.state === 'running' && started ? later : undefined;
}

/**
 * Stop 52 (a probe's false ok): a container listed Up, then a later listing of the paste that lists every container it should and not
 * this one: by then it had stopped or was gone, the later state (CONVENTIONS §2.0), as a run's ID and then an empty `docker ps` say;
 * the first row's ok said nothing of the paste's end. check.ts drops such a row, for every step. The later listing: a `docker ps`
 * whose command is shown, with no filter, `-q`, `-l`, `-n`, `--format` or pipe, whole by lib.unwhole (docker/cli lists every running
 * container, `-a` every one); or a bare `docker compose ps` (`docker-compose ps`) after the row's own bare Compose listing, the same
 * project's (Compose lists the project of the folder it runs in). A row of it after that listing (run again, listed again) stands.
 */
const composePs = /^docker[- ]compose ps(?: +(?:-a|--all))?\s*$/;
export function goneLater(c: Container, { containers, listings }: Pick<Facts, 'containers' | 'listings'>): boolean {
  const at = rowAt.get(c);
  if (at === undefined || c.state !== 'running' || !listings) return false;
  const own = listings.find((l) => l.containers.includes(c));
  const judges = (l: ListingSeen) =>
    (listingAt.get(l) ?? -1) > at &&
    l.cmd.length < 200 &&
    (l.compose
      ? !!own?.compose && composePs.test(own.cmd) && composePs.test(l.cmd)
      : psLine.test(l.cmd) && !/\s(?:-[a-z]*[fqln]|--(?:filter|quiet|latest|last|format))\b|[|>]/.test(l.cmd) && !unwhole(l));
  const last = listings.filter(judges).at(-1);
  const to = last && listingAt.get(last)!;
  return (
    !!last &&
    !last.containers.some((y) => sameContainer(c, y)) &&
    !containers.some((y) => sameContainer(c, y) && (rowAt.get(y) ?? -1) > to!)
  );
}

/**
 * Stop 52 (a probe's false ok): a container listed Up, then its own `docker logs` (by its name or ID) after that row, in which its program
 * failed (parse-logs.ts, start-failures.ts: a traceback, `panic:`, gunicorn's `Worker failed to boot`; read.ts' crashAt, which leaves
 * out a request's error the app lived on) and no row of it after: it stopped there (CONVENTIONS §2.0, the later state; §2.3 cw98's own
 * crash). A request from outside in those logs (listen.served) says the app served, and lived on.
 */
export function crashedAfter(c: Container, facts: Facts): boolean {
  const at = rowAt.get(c);
  const q = facts.crashAt;
  if (!facts.crash || at === undefined || q === undefined || q <= at || facts.crashIn !== '' || c.state !== 'running') return false;
  const mine = (x: CommandLine) =>
    x.at === q &&
    x.command === 'container logs' &&
    ((!!x.name && x.name === c.name) || (!!x.id && !!c.id && (x.id.startsWith(c.id) || c.id.startsWith(x.id))));
  return (
    facts.commands.some(mine) && !facts.listen['']?.served && !facts.containers.some((y) => sameContainer(c, y) && (rowAt.get(y) ?? -1) > q)
  );
}

/**
 * Stop 52: a web app's own line for a request that failed, which it prints with the traceback and lives on: Flask's `Exception on /
 * [GET]` (flask/app.py log_exception), gunicorn's `Error handling request` (workers/base.py handle_error), uvicorn's `Exception in
 * ASGI application` (protocols/http/*_impl.py), Django's `Internal Server Error: /` (core/handlers/exception.py
 * response_for_exception). A part of the paste with such a line is no crash's place (read.ts crashAt, for crashedAfter above).
 * cw207 (stop 60): Next.js's server (next/dist/server/lib/start-server.js, the http server's handler: `res.statusCode = 500;
 * res.end('Internal Server Error'); Log.error(\`Failed to handle request for ${req.url}\`)`, Log's `- error ` mark in 13.x, ` ⨯ `
 * from 13.5), the request's URL a path.
 */
const requestError =
  /Exception on \S{1,500} \[[A-Z]{3,7}\]|Error handling request|Exception in ASGI application|Internal Server Error: \/|(?:^|- error |⨯ )Failed to handle request for \/\S{0,500}\s*$/;
export const requestFailed = (line: string): boolean => line.length < 2000 && requestError.test(line);

/** Stop 52: the container of that name was listed Up, then missing from a later whole listing (goneLater; check.ts facts.gone). */
export const goneNamed = (facts: Pick<Facts, 'gone'>, name: string | undefined): boolean =>
  !!name && !!facts.gone?.some((x) => x.name === name);

export const notFound = () => d('container-not-found', { name: run.container });

/**
 * cw111: the rows of the one listing that shows `c` (read.ts marks each table's first row in listingStart): docker ps prints one table a
 * command, its rows newest first (moby daemon/list.go), so two rows of one image in it are two containers of that image at once.
 */
export function listingOf(c: Container, containers: Container[]): Container[] {
  const at = containers.indexOf(c);
  if (at < 0) return [c];
  let from = at;
  while (from > 0 && !listingStart.has(containers[from]!)) from--;
  let to = at + 1;
  while (to < containers.length && !listingStart.has(containers[to]!)) to++;
  return containers.slice(from, to);
}

/**
 * cw74: a container the paste's own `docker stop` (or `kill`) stopped, by its name or a prefix of its ID (Docker resolves either: moby
 * daemon/container.go GetContainer): the learner stopped it, so its `Exited (0)` says nothing failed, and it is no publisher now.
 * It keeps the answer its running row had (h7-vic5610: `docker stop ba`, then pedantic_sinoussi `Exited (0)`, container-not-found).
 * cw98: the last of the paste's commands that act on it decides (a later start, restart or run of it undoes a stop or an rm); `docker
 * rm` (`rm -f`, `container rm`) removed it: 'removed', gone from the paste's end whatever a listing showed before; a stop or a kill:
 * 'stopped', unless its last row exited with an error of its own (not a stop's or a kill's 0, 130, 137, 143: it failed, and the stop
 * found it so, h33-dokku2157). Every one for `$(docker ps -q)`; a command Docker refused ended nothing (CONVENTIONS §2.3, cw98).
 */
export function endedByHand(
  c: Container,
  { commands, containers }: Pick<Facts, 'commands' | 'containers'>,
): 'stopped' | 'removed' | undefined {
  const rows = containers.filter((y) => (c.name ? y.name === c.name : y === c));
  const [first, last] = [rowAt.get(rows[0] ?? c), rowAt.get(rows.at(-1) ?? c)];
  // `$(docker ps -aq)` names the containers there were: a row first read after it is a later container's (kinoxyz1's notes: `docker rm
  // -f $(docker ps -a -q)`, then `docker run -d centos` and happy_banzai `Exited (0)`).
  const is = (w: string | undefined, at?: number) =>
    !!w &&
    ((w === '*' && !(first! > at!)) ||
      w === c.name ||
      (/^[0-9a-f]{2,64}$/.test(w) && !!c.id && (c.id.startsWith(w) || w.startsWith(c.id))));
  const act = commands.findLast((l) =>
    l.targets
      ? !l.refused && l.targets.some((w) => is(w, l.at))
      : /^container (?:start|restart|run|create|unpause)$/.test(l.command) && (is(l.name) || is(l.id)),
  );
  if (!act?.targets) return undefined;
  // A row read after it is the later state: there again after an rm (made anew), Up after a stop (started again).
  const row = rows.at(-1) ?? c;
  const after = last! > act.at!;
  if (/rm$|^compose down$/.test(act.command)) return after ? undefined : 'removed';
  if (after && row.state === 'running') return undefined;
  return row.state === 'exited' && !!row.exitCode && ![130, 137, 143].includes(row.exitCode) ? undefined : 'stopped';
}

/**
 * The error hits, where (cw104) moby's `Container <ID> is not running` (docker exec, daemon/errors.go errNotRunning) is about a
 * container the paste's own `docker stop`/`kill`/`rm` ended (endedByHand, by the ID the error names or its name): the learner ended
 * it, so the error says nothing failed (CONVENTIONS §2.2 cw98). A container the paste lists keeps the answer its running row had (the
 * hit goes); one it never lists is not shown to be dash-app running: container-not-found (h82-bogon, Chinese notes: ubuntu listed
 * Up, `docker stop abcced6d5ee8`, then `docker exec -it abcced6d5ee8` and the error). Any other such error stands.
 */
export function failedOnItsOwn(facts: Facts): Hit[] {
  return facts.hits.flatMap((h): Hit[] => {
    const { state, name } = h.details;
    if (h.id !== 'container-exited' || state !== 'stopped' || typeof name !== 'string' || !name) return [h];
    if (upLater(h, name, facts)) return [];
    const hex = /^[0-9a-f]{12,64}$/.test(name);
    const listed = facts.containers.find((y) => (hex ? !!y.id && (y.id.startsWith(name) || name.startsWith(y.id)) : y.name === name));
    if (!endedByHand(listed ?? { name: hex ? '' : name, id: hex ? name : undefined }, facts)) return [h];
    return listed ? [] : [{ ...notFound(), rank: h.rank }];
  });
}

/**
 * cw116: the container `Container <ID> is not running` names (docker exec into one only created or stopped: moby daemon/errors.go
 * errNotRunning), listed Up in a listing read after the error: the later state stands (CONVENTIONS §2.0), the error says nothing of
 * the paste's end. The container by its ID (a row's 12 digits, or a prefix its author elided with `...` or `…`: a lifecycle blog's
 * `Container 44bd0e9bd9... is not running` in its prose) or its name, and every row under the name of a row of that ID (moby's names
 * are unique among containers: a blog's later listing from another session shows sharp_keldysh Up under a new ID). Its last such row
 * decides; one listed before the error, or stopped after it, leaves the error standing.
 */
function upLater(h: Hit, name: string, { containers }: Pick<Facts, 'containers'>): boolean {
  const at = h.part;
  if (at === undefined) return false;
  const id = /^([0-9a-f]{4,64})(?:\.{2,3}|…)?$/.exec(name)?.[1];
  const byId = (y: Container) => !!id && !!y.id && (y.id.startsWith(id) || id.startsWith(y.id));
  const names = new Set(containers.filter((y) => byId(y) || y.name === name).map((y) => y.name || y));
  const later = containers.filter((y) => (byId(y) || names.has(y.name || y)) && (rowAt.get(y) ?? -1) > at);
  return later.at(-1)?.state === 'running';
}

/**
 * No dash-app listed: the one container the listing shows stopped (docker ps -a, -l) is the one the learner just started
 * under another name (two or more: which is unknown). Its state answers, never an ok. Not lesson 3's hello-world, which
 * exits by design and stays listed by docker ps -a.
 */
export function onlyStopped({ containers, commands, kinds, ranId, namedIds, progressNames }: Facts): Container | undefined {
  // A container listed again and again (docker ps -a run three times) is one: its last row.
  // Containers without a name shown (Docker 0.x's listing, a copy short of NAMES) are each their own.
  // cw85: but a container listed Restarting, then Up in a later listing with no command of the paste between that could change it (a
  // start, restart, run, rm, stop): its restart policy started it again, as it does between crashes, so the loop is what the two
  // listings show (standardnotes/syncing-server#25: `docker-compose ps` "alternates between" app `Restarting` and `Up`, db Up in
  // both; CONVENTIONS §2.3, cw85). Restarting after Up is the later state already.
  const acted = commands.some((l) => /^container (?:start|restart|run|create|rm|stop|kill|update|pause|unpause)$/.test(l.command));
  const looped = new Set(
    acted ? [] : containers.filter((c, i) => c.name && c.state === 'restarting' && containers.slice(i + 1).some((y) => y.name === c.name)),
  );
  const last = [
    ...new Map(containers.map((c) => [c.name || c, [...looped].find((y) => y.name === c.name && c.state === 'running') ?? c])).values(),
  ];
  // cw77: docker ps lists the newest first within one listing; a container listed above another in any listing is the newer. The one
  // no listing shows below another is the newest, first (run0ut/devops-netology's notes: psql `Exited (0)` alone in one listing, then
  // `docker run … --name psql2` and a listing with psql2 Up above psql). A later `docker ps` of the running ones leaves the order as it was.
  const below = new Set<unknown>();
  let listing: unknown[] = [];
  for (const c of containers) {
    if (listingStart.has(c)) listing = [];
    if (listing.length) below.add(c.name || c);
    listing.push(c.name || c);
  }
  const newest = last.find((c) => !below.has(c.name || c));
  if (newest && newest !== last[0]) {
    last.splice(last.indexOf(newest), 1);
    last.unshift(newest);
  }
  const down = last.filter((c) => c.state && c.state !== 'running');
  // cw98: nor a container the learner ended: removed by the paste's own `docker rm` (gone), or stopped by its `docker stop`/`kill` once the
  // paste showed it run (its row Up, its run line's --name, the ID the run printed): it keeps the answer its running row had, no state
  // of its own (cw74). Such rows still count among several. One stopped by hand that the paste never showed running is the one
  // container listed stopped as before (h27-notes57615833219: `docker stop stats-demo`, then `Exited (137)`, container-exited).
  const ranRow = (c: Container) =>
    containers.some((y) => y.state === 'running' && (c.name ? y.name === c.name : y === c)) ||
    commands.some((l) => /^container (?:run|create)$/.test(l.command) && !!c.name && l.name === c.name) ||
    (!!ranId && !!c.id && ranId.startsWith(c.id));
  const ended = (c: Container) => {
    const how = endedByHand(c, { commands, containers });
    return how === 'removed' || (how === 'stopped' && ranRow(c));
  };
  const stopped = down.filter((c) => !c.image?.startsWith('hello-world') && !ended(c));
  // Of several, the one restarting is failing now (its restart policy starts it again and again), the others stopped before
  // (pastebin 713U3biU: madhack-web `Restarting (1)` beside crypto-investor `Exited (111) 10 months ago`).
  // cw69: not one listed below the row of the paste's own `docker run --name X`, running: that container is the learner's, the restart
  // loop an older one's (notes on a gitbook setup: gitbooknodejs Up from the run line, gitlab `Restarting (1) 2 days ago`, created
  // months before, below it).
  const mine = last.findIndex(
    (c) => c.state === 'running' && commands.some((l) => /^container (?:run|create)$/.test(l.command) && l.name === c.name),
  );
  const restarting = stopped.some((c) => c.state === 'restarting' && (mine < 0 || last.indexOf(c) < mine));
  // cw139: in Compose's own listing (sorted by name: cw39 below), a service that exited with an error beside one that exited 0 is still
  // the one that failed; a clean exit is no failure (a one-shot service's job done), so the one failing exit answers (CONVENTIONS §2.3
  // cw39, "the one service that exited with a non-zero code"; dockersamples/example-voting-app#97: result `Exit 0`, vote `Exit 2`).
  const byNameList = kinds.includes('docker compose ps') && !kinds.includes('docker ps') && last.some((c) => c.state === 'running');
  const failing = stopped.filter((c) => c.state === 'exited' && !!c.exitCode && ![130, 137, 143].includes(c.exitCode));
  const single = !restarting && byNameList && failing.length === 1;
  const [one, more] = restarting ? stopped.filter((c) => c.state === 'restarting') : single ? failing : stopped;
  // cw44: hello-world is never the one, but it is one of the stopped containers listed: beside it another stopped one under a name
  // Docker gave it is one of several, which the learner's the listing does not say (a Japanese install log: `lucid_liskov` ubuntu
  // `Exited (127)` above `zen_lalande` hello-world `Exited (0)`; CONVENTIONS §2.3, both experts). The run line's --name still picks it.
  // cw47: not when every container listed is one Compose project's (v1 `p_web_1`, v2 `p-web-1`), created together by one up: the
  // learner's project, whose newest container (listed first) stopped with an error is what the paste shows failing (CONVENTIONS §2.0,
  // §2.3; rsilva4/docker-openmaint#8: `docker ps -a` of dockeropenmaint_openmaint_1 `Exited (137)`, bimserver (56), geoserver (137),
  // postgis Up). Several projects, or containers with names of their own among them, stay several.
  // cw165 (stop 55): lesson 3's hello-world row among them is no other project's container: hello-world prints its greeting and
  // exits 0 by design (docker-library/hello-world hello.c: one write of the message, then exit), so it says nothing of the stack
  // (docker-archive/docker-birthday-3's workshop: `docker ps -a` with hello-world's `Exited (0)` listed first, above the voting app's
  // `examplevotingapp_result-app_1` `Exited (1)` and its worker, redis and db Up). The project's own rows decide, its newest first.
  const stack = last.filter((c) => !c.image?.startsWith('hello-world'));
  const projects = new Set(stack.map((c) => (c.name ? splitName(c.name).project : undefined)));
  // One of them still running: the others stopped on their own, not all at once by a stop or a reboot (137 and 0 side by side:
  // codalab#2348 and zammad-docker-compose#13, a project stopped whole, stay several).
  // cw57: or rows docker ps shows created at once (one CREATED cell for every row, `11 minutes ago`): created together by one up
  // whose services have names of their own (Compose's `container_name:`; an Elasticsearch study's `es7_02` and `es7_01` Exited (78)
  // above cerebro and kibana7 Up, all "11 minutes ago"), the same one project.
  const together = last.length > 1 && !!last[0]?.created && last.every((c) => c.created === last[0]!.created);
  // cw187 (stop 58): or nothing running, every row of the stack stopped at one STATUS time (`Exited (2) 7 minutes ago` beside
  // `Exited (0) 7 minutes ago`, docker/cli formatter/container.go State: moby's FinishedAt as a HumanDuration) under names alike (one
  // first word, nextcloud-aio-*): the stack went down together now, and its newest row, exited with an error (not a stop's or a kill's
  // 130, 137, 143), is why: CONVENTIONS §1 stop 54's rule at reach:port-free (reach.ts), here at reach:running. codalab#2348's
  // `Exited (137)` beside `Exited (0)` (a stop or a reboot) stays several.
  const word = (n: string) => /^([A-Za-z0-9]+)(?:[_-]|$)/.exec(n)?.[1];
  const wentDown =
    stack.length > 1 &&
    stack.every((c) => c.state === 'exited') &&
    !!stack[0]?.stopped &&
    stack.every((c) => c.stopped === stack[0]!.stopped) &&
    !!word(stack[0]?.name ?? '') &&
    stack.every((c) => !c.name || word(c.name) === word(stack[0]!.name)) &&
    !!one?.exitCode &&
    ![130, 137, 143].includes(one.exitCode);
  const oneProject =
    (stack.length > 1 &&
      ((projects.size === 1 && !projects.has(undefined)) || together) &&
      !!one?.exitCode &&
      last.some((c) => c.state === 'running')) ||
    wentDown;
  // cw57: the stopped row the paste's own command names, the last such command's (`docker run --name mysql01 -d mysql`, then
  // `docker ps -a` with mysql01 `Exited (1)` above myTomcat `Exited (143)`; `docker logs 42f09819908b`, a prefix of its ID as Docker
  // resolves one: moby daemon/container.go GetContainer): the learner's own container, whatever else stopped before (CONVENTIONS
  // §2.2, "the run line's own container in a listing"). Not one the learner stopped or removed by hand.
  const running = new Set(last.filter((c) => c.state === 'running').map((c) => c.name));
  const own = ownRow(stopped, { commands, containers, ranId, namedIds }, false, running);
  if (own) return own;
  const several = !restarting && !oneProject && !single && down.length > 1 && !commands.some((l) => l.name && l.name === one?.name);
  // cw37: beside a container listed running under another name, the one stopped or only Created is "the one just started" only
  // when it is the newest, listed first (docker ps lists the newest first: moby daemon/list.go sorts them byCreatedDescending, by creation
  // date, newest first; moby/moby#19096: the container run 8 seconds ago Exited (0) above a postgres Up for weeks). Below a running
  // one (foradian/fluxday#27: fluxday-app Up, goofy_rosalind Created an hour before; gist KushajveerSingh/7311635…: temp_2 Up,
  // temp_1 Exited (0) five minutes before), which is the learner's the listing does not say (CONVENTIONS §2.2, §2.3). One
  // restarting is failing now, and still answers; so does the one the paste's own `docker run --name X` started.
  // cw77: not the paste's own `docker stop X` (cw74: the learner stopped it; a later listing with another container above it).
  // cw101: from the last run line whose container runs on (since): an earlier run's clean exit is a past try.
  const ranHere = commands
    .slice(since(stopped, commands, running))
    .some((l) => l.name && l.name === one?.name && !/^container (?:stop|rm|kill)$/.test(l.command));
  // cw39: Compose's own listing is sorted by name, not by creation (v1 compose/cli/main.py ps: `sorted(…, key=attrgetter('name'))`;
  // v2 pkg/compose/ps.go sorts by name too), so its first row says nothing of which is newest; a service there that exited with
  // an error is what the paste shows failing (CONVENTIONS §2.0; ndlrx/hakase-labs#2: lempcompose_nginx_1 `Exit 1` below
  // lempcompose_mysql_1 Up): it answers, when it is the only one.
  const byName = kinds.includes('docker compose ps') && !kinds.includes('docker ps') && !!one?.exitCode;
  // cw149 (stop 50): rows one up created together (one project, or one CREATED cell: oneProject above), the others running and one
  // stopped with an error: that one failed on its own, wherever docker ps lists it. moby daemon/list.go sorts by creation, newest
  // first, and Compose creates a project's containers in its dependency order (docker/compose pkg/compose/convergence.go), so within
  // one up the order says which service was created last, not which is the learner's: all are (CONVENTIONS §2.3 cw149).
  // Rows created at once count so only beside Compose's own up in the paste (a CI runner's service containers are created together
  // too, by the runner: h38-gistdanielabar's redis Up and postgres `Exited (1)`, several).
  const byUp =
    (projects.size === 1 && !projects.has(undefined)) || kinds.includes('docker compose up') || kinds.includes('docker-compose up');
  const upFailed = oneProject && byUp && failing.length === 1 && one === failing[0] && stopped.length === 1;
  if (
    !(restarting && one?.state === 'restarting') &&
    !ranHere &&
    !byName &&
    !upFailed &&
    (oneProject ? stack[0] : last[0]) !== one &&
    last.some((c) => c.state === 'running')
  )
    return undefined;
  // cw92: several restarting, every one a service of one Compose project (dojot/dojot#654's v1 ps: docker-compose_apigw_1 and
  // docker-compose_auth_1 `Restarting` among the project's rows Up): that project's restart loop is what the paste shows failing,
  // whichever of them is named first (CONVENTIONS §2.3, cw92).
  const project = (c?: Container) => (c?.name ? splitName(c.name).project : undefined);
  // cw151 (stop 51): or every one restarting named by the paste's own Compose progress lines (`✔ Container hospital-backend  Started`):
  // docker/compose pkg/compose/convergence.go names each event by getContainerProgressName, "Container " and the container's own name,
  // its `container_name:` when the file sets one (no project in it, so splitName finds none). The containers one up started are its
  // project's, and their restart loop is what the paste shows failing, as cw92's (CONVENTIONS §2.3 cw92).
  const restartingRows = stopped.filter((c) => c.state === 'restarting');
  const loop =
    restarting &&
    ((!!project(one) && restartingRows.every((c) => project(c) === project(one))) ||
      (!!progressNames?.length && restartingRows.every((c) => progressNames.includes(c.name))));
  return (more && !oneProject && !loop) || several ? undefined : one;
}

// cw85: an ID's prefix shorter than docker ps' 12 digits (`docker logs 5e6f`) names its row too, as endedByHand reads one: the
// command model keeps a word under 12 hex digits as a name, and Docker resolves any unique prefix (moby GetContainer).
const names = (l: Facts['commands'][number], c: Container) =>
  !/^container (?:stop|rm|kill)$/.test(l.command) &&
  ((!!l.name && (l.name === c.name || (/^[0-9a-f]{2,}$/.test(l.name) && !!c.id?.startsWith(l.name)))) ||
    (!!l.id && !!c.id && (l.id.startsWith(c.id) || c.id.startsWith(l.id))));

/**
 * cw101: of several run lines with --name, the learner's current one is the last (CONVENTIONS §2.0): an earlier run's container that
 * exited cleanly (`Exited (0)`, its command done) is a past try, not the learner's own, once a later run line's container is listed
 * running (h84-notes14070456906, a post on restart policies: `--name exited_with_0 … 'sleep 3; exit 0'`, then `--name exited_manually`,
 * Up in the last listing). The commands from that later run on name the learner's container; one that crashed (a non-zero code) is
 * still a failure the paste shows (§2.0) and stays named.
 */
function since(stopped: Container[], commands: Facts['commands'], running: Set<string>): number {
  const at = commands.findLastIndex((l) => /^container (?:run|create)$/.test(l.command) && !!l.name && running.has(l.name));
  if (at <= 0) return 0;
  const clean = (l: Facts['commands'][number]) => stopped.filter((c) => names(l, c)).every((c) => c.state === 'exited' && c.exitCode === 0);
  return commands.slice(0, at).every(clean) ? at : 0;
}

/**
 * cw57: the stopped row the paste's own command names, the last such command's (`docker run --name X`, `docker logs <ID prefix>`,
 * `start`, `inspect`; not `stop`, `rm`, `kill`). cw69: or the row of the ID the last detached run printed (docker ps shows its first 12
 * digits; RealForce1024's notes: `docker run -d ubuntu /bin/bash echo "helo"`, its ID, then compassionate_hermann `Exited (126)` below
 * four containers Up). cw74: not a row the paste's own `docker stop` stopped (class notes 61180060133).
 */
const ownRow = (
  stopped: Container[],
  facts: Pick<Facts, 'commands' | 'containers' | 'ranId' | 'namedIds'>,
  failed?: boolean,
  running = new Set<string>(),
): Container | undefined => {
  const { commands, ranId, namedIds: ids = [] } = facts;
  // cw98: never one the learner stopped or removed by hand (endedByHand), by whichever command names it.
  const mine = stopped.filter((c) => !endedByHand(c, facts) || (failed && endedByHand(c, facts) === 'removed'));
  // cw101: the commands from the last run line whose container runs on (since).
  return (
    [...commands.slice(since(stopped, commands, running))].reverse().flatMap((l) => mine.filter((c) => names(l, c)))[0] ??
    mine.find((c) => !!ranId && !!c.id && ranId.startsWith(c.id)) ??
    mine.find((c) => !!c.id && ids.some((p) => c.id!.startsWith(p) || p.startsWith(c.id!)))
  );
};

/**
 * cw85: at "Is port 8050 free?", the learner's own container that failed: the stopped row a command of the paste names (ownRow), its
 * last row restarting or exited with an error (not a stop's or a kill's 130, 137, 143). That failure is the paste's (CONVENTIONS §2.0,
 * §5: no ok beside a failing command): kinoxyz1/bigdata-learning-notes' `docker run -d -v /app/nginx:/etc/nginx nginx`, then
 * `docker logs 55e97857394f` of kind_roentgen `Exited (1)` and nginx's `[emerg] open() "/etc/nginx/nginx.conf" failed`. Stopped rows
 * no command names stay past tries (cw83: Docker's random names stay ok).
 */
export function ownFailed({ containers, commands, ranId, namedIds }: Facts): Container | undefined {
  // cw195 (stop 59): a row a listing shows without its name (parse-table.ts idOnlyHeader) by its ID, which the command names.
  const last = [...new Map(containers.filter((c) => c.name || c.id).map((c) => [c.name || c.id, c])).values()];
  // cw98: a failure the paste shows stays one after the learner's own `docker rm` of it (never an easier ok at port-free).
  const own = ownRow(
    last.filter((c) => c.state && c.state !== 'running'),
    { commands, containers, ranId, namedIds },
    true,
    new Set(last.filter((c) => c.state === 'running').map((c) => c.name)),
  );
  return own?.state === 'restarting' || (own?.state === 'exited' && !!own.exitCode && ![130, 137, 143].includes(own.exitCode))
    ? own
    : undefined;
}

/** Not running: exited, restarting, created but never started (those two have their own words). */
export function stateCheck({ state, exitCode }: Container, name: string, lastLines?: string[], compose?: boolean): Diagnosis | undefined {
  if (state && state !== 'running') {
    const variant = /^(?:created|restarting)$/.exec(state)?.[0];
    return d(compose ? 'compose-service-not-running' : 'container-exited', { variant, name, state, exitCode, lastLines });
  }
}

/** Where the app answers: the host port that leads to its container port (-p 80:8050 → :80). */
export function appUrl(ports: Port[] | undefined, want: Publish): string | undefined {
  const host = ports?.find((p) => p.host > 0 && p.container === want.container)?.host;
  return host ? `http://localhost:${host}` : undefined;
}

/** Undefined when fine; published on loopback only is an ok diagnosis. */
export function portCheck(ports: Port[], want: Publish, name: string): Diagnosis | undefined {
  // Only a TCP mapping carries the app's HTTP: docker/cli formatter DisplayablePorts prints each with its Type
  // (`fmt.Sprintf("%s->%d/%s", hAddrPort, port.PrivatePort, port.Type)`: "0.0.0.0:8050->8050/udp"), docker port its proto
  // ("8050/udp -> 0.0.0.0:8050"), compose's Publishers its Protocol. A udp or sctp one forwards no browser's request.
  const published = ports.filter((p) => p.host > 0 && (!p.proto || p.proto === 'tcp'));
  const found = (published.length ? published : ports).map(showPort).join(', ') || 'nothing';
  const toApp = published.filter((p) => p.container === want.container);
  if (!published.length) return d('no-port-published', { name, found });
  if (!toApp.length) return d('ports-swapped', { name, found, target: published[0]!.container });
  // The lesson's host port too: -p 80:8050 leads to the app, but not from localhost:8050.
  const { host } = want;
  const right = toApp.filter((p) => p.host <= host && host <= (p.hostEnd ?? p.host));
  if (!right.length) return d('ports-swapped', { variant: 'host', name, found });
  if (right.every((p) => isLoopback(p.ip))) return d('published-on-loopback', { name, url: appUrl(right, want) });
}

/** Where the app listens: `docker logs` (no prefix), else Compose's logs of service web. */
export const appListen = ({ listen }: Facts): Listen | undefined =>
  [listen[''], listen.web].find((l) => l && (l.all || l.loop || l.served || l.port));

/**
 * Where the app listens is wrong: loopback only, or a port other than the one Docker forwards to
 * (Dash on 0.0.0.0:5000 while -p leads to 8050 is not "listens on 0.0.0.0"). A request that came
 * through Docker does not make another port right: Docker forwards to that port, not to 8050.
 */
export function listenCheck(listen?: Listen): Diagnosis | undefined {
  const want = run.publish!.container;
  if (listen?.loop && !listen.all && !listen.served) return d('app-listens-on-loopback');
  if (listen?.port && listen.port !== want) return d('ports-swapped', { variant: 'app-port', appPort: listen.port, target: want });
}

/**
 * The app listens where the lesson's -p forwards, shown positively: on all addresses (or answering a
 * request through Docker) at port 8050; or, its port not shown, answering a request that came
 * through a forward to container port 8050 (`ports`: the container's, or the pasted -p).
 */
export const listensRight = (l?: Listen, ports?: Port[]): boolean =>
  !!(l?.port ? l.port === run.publish!.container && (l.all || l.served) : l?.served && appUrl(ports, run.publish!));
