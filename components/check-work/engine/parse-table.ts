/*
 * The tables of `docker ps` (CONTAINER ID … NAMES) and `docker compose ps` (NAME … SERVICE …
 * STATUS PORTS; before Compose 2.21 without IMAGE and CREATED). Both come from Go's tabwriter,
 * which pads every column to one width, so a cell starts where its header starts; an empty
 * cell (no PORTS) is just spaces. Splitting on runs of spaces would lose those empty cells.
 */
import { expected } from './expected';
import { portsFromColumn } from './parse-ports';
import type { Container, ListingCut } from './types';

/** `start`, `end`: the index of the table's header (0 without one) and of the first line after it, where other pasted output may be. */
/** cw57: `tail`, rows' last cells only (STATUS, PORTS, NAMES) with no header: rows the poster chose, not the whole listing. */
/** cw83: `cut`, the table's last row ends before its NAMES column (the copy ended inside a row): rows after it are not shown. */
export type Table = {
  compose: boolean;
  containers: Container[];
  start: number;
  end: number;
  tail?: boolean;
  /** Stop 45: whole rows, no header in the text: chosen rows unless their docker ps line is right above them (read.ts). */
  headerless?: boolean;
  cut?: ListingCut;
  /** Stop 46: host ports the block shows published in rows that were not read. */
  unread?: number[];
};

/**
 * cw106: docker ps' default header up to PORTS (docker/cli formatter defaultContainerTableFormat ends in NAMES, never empty). Both
 * readers below, the laid-out table and the one collapsed onto one line, find a header cut there with it.
 */
const headerToPorts = 'CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS';
const headerCutAtPorts = new RegExp(`^\\s*${headerToPorts}\\s*$`);
const collapsedCutAtPorts = new RegExp(`\\b${headerToPorts} +(?!NAMES\\b)`);

/** moby's container states from a STATUS cell: "Up 3 seconds", "Exited (1) 5 seconds ago", "exited (0)", "running". */
export function stateOf(status: string): { state?: string; exitCode?: number } {
  const s = status.trim().toLowerCase();
  // Compose v1's State column: "Up", "Exit 137", "Restarting".
  const v1 = /^exit (-?\d+)/.exec(s);
  if (v1) return { state: 'exited', exitCode: +v1[1]! };
  // moby daemon/container/state.go State.String: `if s.RemovalInProgress { return "Removal In Progress" }` (docker rm under
  // way), beside "Dead", "Created", "Restarting (%d) %s ago", "Exited (%d) %s ago": the state removing, never running.
  if (s.startsWith('removal in progress')) return { state: 'removing' };
  // cw62: Docker 0.6-0.7's "Ghost" (state.go String: a container the daemon found marked running after it restarted, its process
  // gone; boot2docker/boot2docker#17's `docker ps -notrunc` after a reboot, stop and kill failing with exit status 255): it runs no
  // more, dead as moby's later "Dead" is.
  if (s.startsWith('ghost')) return { state: 'dead' };
  const m = /^(?:up|(created|running|paused|restarting|removing|exited|dead))(?: \((-?\d+)\))?/.exec(s);
  // "Up 5 minutes (Paused)" is paused; only exited and restarting give an exit code.
  const state = m && (m[1] ?? (s.includes('paused') ? 'paused' : 'running'));
  return state ? { state, ...(m[2] && /^[er]/.test(state) && { exitCode: +m[2] }) } : {};
}

/** Every Compose service the lessons name (lesson 7 has them all), to split names like dash-app-web-1. */
const composeName = new RegExp(`^(.+)[-_](${Object.keys(expected.networks.services!).join('|')})[-_]\\d+$`);

/** dash-app-web-1 (Compose v2), dash-app_web_1 (v1 and --compatibility) → project and service. */
export function splitName(name: string): { project?: string; service?: string } {
  // The lesson's services first; then any project_service_1 (Compose v1) or project-service-1 (v2).
  // cw159 (stop 53): or a one-off container of `run`, named `project_service_run_<slug>` by v1 (compose/service.py build_container_name:
  // `bits.extend(['run', truncate_id(slug)])`) and `project-service-run-<slug>` by v2 (pkg/compose/run.go prepareRun: `%[1]s%[4]srun…`
  // with stringid.TruncateID, 12 hex digits, api.Separator): the project's container too.
  // cw168 (stop 55): Compose numbers its containers from 1 without padding (v1 compose/service.py build_container_name:
  // `str(number)`; v2 pkg/compose/convergence.go getContainerName: `strconv.Itoa(number)` joined by api.Separator), so a name ending in `-01`, `_02` was chosen by hand
  // (`docker run --name tomcat-net-01`), no project's.
  if (/[-_]0\d+$/.test(name)) return {};
  const m =
    composeName.exec(name) ??
    /^([^_]+(?:_[^_]+)*?)_([^_]+)_\d+$/.exec(name) ??
    /^(.+)-([^-]+)-\d+$/.exec(name) ??
    /^([^_]+)_([\w.-]+)_run_[0-9a-f]{12}$/.exec(name) ??
    /^(.+)-([^-]+)-run-[0-9a-f]{12}$/.exec(name);
  return m ? { project: m[1], service: m[2] } : {};
}

/**
 * A STATUS (or v1 State) cell anywhere in a row whose columns were collapsed: every wording of moby's State.String ("Up …" with
 * " (Paused)", " (healthy)", " (unhealthy)", " (health: starting)"; "Removal In Progress"; "Dead"), Compose v1's and 2.0-2.14's.
 */
const statusIn =
  /\b(Up(?: [\w ]+?)?(?: \((?:healthy|unhealthy|Paused|health: starting)\))?|Removal In Progress|Dead|Ghost|Exited \(-?\d+\)[\w ]*? ago|Exit -?\d+|Created|Restarting(?: \(-?\d+\)[\w ]*? ago)?|running|exited \(-?\d+\)|restarting)(?=\s|$)/;
// cw46: also a published port whose `/tcp` the copy cut (`0.0.0.0:80->80/tc` in awesome-compose's apache-php README), read as tcp.
const portsIn = /(?:(?:[\d.]+|\[?::\]?):\d+(?:-\d+)?->)?\d+(?:-\d+)?\/(?:tcp|udp|sctp|tc?(?=\s))/g;
const cutTcp = (ports: string[]) => ports.map((p) => p.replace(/\/tc?$/, '/tcp'));

/**
 * Stop 49: `docker ps -s`'s SIZE cell after NAMES (docker/cli formatter container.go Size(): the writable layer's
 * `units.HumanSizeWithPrecision(…, 3)`, then `fmt.Sprintf("%s (virtual %s)", srw, sv)` when the image has a size; go-units before
 * 0.2 put a space before the unit, `2 B (virtual 125.1 MB)`). Where spaces were collapsed its words would end the row, where the
 * name is read: `emartdb 0B (virtual 565MB)` named the container `565MB)`. The `(virtual …)` form is no name's shape; a size
 * alone is taken off only under a header that has SIZE.
 */
const sizeCell = /\s+\d+(?:\.\d+)? ?[kMGTPEZY]?B \(virtual \d+(?:\.\d+)? ?[kMGTPEZY]?B\)\s*$/;
const bareSize = /\s+\d+(?:\.\d+)? ?[kMGTPEZY]?B\s*$/;

/** A row of a table whose spaces were collapsed (a chat, a forum): the name is the first (v1) or last word, ports and status by their shape. */
function tokenRow(row: string, v1: boolean, compose: boolean, named = true, header = ''): Container | null {
  const cut = row.replace(sizeCell, '');
  const words = (/\bNAMES\s+SIZE\b/.test(header) ? cut.replace(bareSize, '') : cut).trim().split(/\s+/);
  const name = v1 || compose ? words[0]! : words.at(-1)!;
  if (!name || /^-+$/.test(name)) return null;
  // cw37: a header without NAMES (Docker 0.x's `ID IMAGE COMMAND CREATED STATUS PORTS`, before container names; gist
  // shamrin/6905324's `… Exit 0`): the last word is the STATUS's or a port's, no name. A row with a state is a container
  // whose name the paste does not show (''), as in a padded table below.
  if (!named) {
    const status = stateOf(statusIn.exec(row)?.[1] ?? '');
    if (!status.state) return null;
    const ports = row.match(portsIn) ?? [];
    return { name: '', ...status, ports: ports.length || status.state === 'running' ? portsFromColumn(ports.join(', ')) : undefined };
  }
  const status = stateOf(statusIn.exec(row)?.[1] ?? '');
  const ports = cutTcp(row.match(portsIn) ?? []);
  // A docker ps row's image, its second word after the ID (a pasted `docker run` without --name finds its container by it:
  // QT-DevOps/DevOpsIssues#613, rows between blank lines).
  const image = v1 || compose ? undefined : /^[0-9a-f]{12}\s+(\S+)/.exec(row.trim())?.[1];
  // cw85: and its ID, as a row read by columns has it: `docker logs <ID>` names the row (diagnose-container.ts ownRow) in a table
  // whose spaces a chat collapsed too.
  const id = image ? row.trim().slice(0, 12) : undefined;
  // Stop 49: and its CREATED, the cell between the quoted command and the status (go-units HumanDuration + ` ago`), as a row read by
  // columns has it under its header: rows created at once are one up's (reach.ts' stack, cw57), also in a table a copy collapsed
  // onto one line. Not in rows quoted without the header: those are the poster's choice (cw57's rows, h106-kimai2-319).
  const created =
    image && /\bCREATED\b/.test(header)
      ? /^[0-9a-f]{12}\s+\S+\s+"[^"]{0,200}"\s+((?:\d+|About an?|Less than a) [a-z]{3,7} ago)\s/.exec(row.trim())?.[1]
      : undefined;
  return {
    name,
    ...(image && { image }),
    ...(id && { id }),
    ...(created && { created }),
    ...splitName(name),
    ...status,
    ports: ports.length || status.state === 'running' ? portsFromColumn(ports.join(', ')) : undefined,
  };
}

/**
 * A docker ps row: its ID, image and quoted command (the rest by its shape, as in tokenRow). Older Docker cut the command to 20
 * characters with no closing quote (1.5's `docker ps -a`, moby#12328: `"env JCFDUMP=jcf-dum   9 days ago`): then the cell
 * ends at tabwriter's gap.
 */
/**
 * Stop 53: a line a poster put in place of rows they left out: three dots or `…` (cw92), or a mark in words, bracketed or between
 * dots or dashes, as notes and issue threads write it (h146's Japanese notes: `(..snip..)` under docker container ls and under
 * docker network ls; `[...]`, `<snip>`, `-- snip --`, `(omitted)`, `[truncated]`, Japanese and Chinese `（省略）`, `略`, Korean
 * `(생략)`). Only a line of its own: in a sentence such words are prose. Docker prints none of these (docker/cli's tabwriter rows).
 */
const elision = new RegExp(
  String.raw`(?:\.{3,}|…+|[([<{（【]\s*(?:\.{3,}|…+)\s*[)\]>}）】]|(?:[([<{（【]|-{2,}|—)?\s*(?:\.{2,}|…)?\s*(?:snip(?:ped)?|omitted|truncated|trimmed|elided|省略|中略|以下略|以下省略|略|생략|이하 생략)\s*(?:\.{2,}|…)?\s*(?:[)\]>}）】]|-{2,}|—)?)`,
  'i',
);
const elidedRow = new RegExp(String.raw`^\s*${elision.source}(?:\s{2,}\S.*)?$`, 'i');
const elidedLine = new RegExp(String.raw`^\s*${elision.source}(?=\s|$)`, 'i');
const elisionAlone = new RegExp(String.raw`^\s*${elision.source}\s*$`, 'i');
/** A line that is only a mark of rows left out (elision): any of Docker's tables shown so is not whole. Not `...` as a cell (a guide's IDs). */
export const elided = (line: string): boolean => line.length < 200 && elisionAlone.test(line);

const psRow = /^[0-9a-f]{12}\s+\S+\s+"(?:[^"\n]{0,200}"\s|[^\n]{1,40}?\s{2})/;
const oneLineHeader = 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES ';
/**
 * cw92: a docker ps row from its IMAGE on (the ID not copied): an image reference, the quoted COMMAND (docker/cli formatter
 * container.go: quoted, cut with `…`), CREATED (go-units HumanDuration + ` ago`), then a STATUS in moby's words, tabwriter's gaps between.
 */
// Its first word with a `/` or a `:` (a repository path, a tag), which no container name has (moby's names are `[a-zA-Z0-9][\w.-]`): a
// name first is another layout (Compose v2's `open-outcry-app   "/exchange"   …`, tolyo/open-outcry#9), read as before.
const imageRow =
  /^[a-z0-9][\w.-]{0,100}[/:][\w.:/@-]{0,200} {2,}"[^"\n]{0,200}" {2,}(?:\d+|About an?|Less than a) [\w ]{1,30}? ago {2,}(?:Up |Exited \(|Restarting \(|Created\b|Dead\b)/;
/** cw92: a docker ps row's start, ID, image and quoted COMMAND, its STATUS not reached (the copy ended inside CREATED or before it). */
// Nothing after the command but its CREATED cell, whole or cut: a row that goes on to a state and a name is whole, whatever its
// engine calls the state (vmware/vic's `Running`, `Stopped`: vmware/vic#2187).
const startOnly = (row: string) =>
  /^\s*[0-9a-f]{12}\s+\S+\s+"/.test(row) &&
  !/\b(?:Up|Exited|Restarting|Created|Dead|Removal|Paused|Exit)\b/.test(row) &&
  /^(?:(?:\d{1,4}|About an?|Less than a) ?[a-z]{0,7}(?: ago)?|[A-Za-z]{0,12})$/.test(
    /^[^"]*"(?:[^"\\]|\\.)*"?(.*)$/s.exec(row)?.[1]?.trim() ?? '',
  );
const rowTail =
  /^\s{0,8}(?:Up (?:\d+|About an?|Less than a) [\w ]{1,30}?(?: \((?:healthy|unhealthy|Paused|health: starting)\))?|(?:Exited|Restarting) \(-?\d{1,3}\) [\w ]{1,30}? ago|Created)(?: {2,}(?:[\d.:\[\]]{0,40}(?:->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp|sctp)(?:, )?)+)? {2,}[a-zA-Z0-9][\w.-]{0,127}\s*$/;

const nameStatus =
  /^\s{0,8}[a-zA-Z0-9][\w.-]{0,127}(?: +|\t+)(?:Exited|Restarting) \(-?\d{1,3}\) [\w ]{1,30}? ago(?:(?: +|\t+)(?:[\d.:[\]]{0,40}(?:->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp|sctp)(?:, )?)+)?\s*$/;

/** cw92: a line of ports only (`8302/udp, 0.0.0.0:8500->8500/tcp, 8600/tcp,`): a wrapped Ports cell's rest. */
const portsOnly = /^(?:[\d.:[\]]{0,40}(?:->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp|sctp),?\s*)+$/;
/** What a terminal may wrap onto the next line of a docker ps row: its PORTS cell's ports, then one name (cw69). */
const cellsRest = /^(?:(?:[\d.:[\]]{0,40}(?:->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp|sctp),?\s*)+\s)?\s*[a-zA-Z0-9][\w.-]{0,127}$/;
/**
 * cw69: a docker ps row of Docker before 1.1 without its header, COMMAND unquoted (docker 1.0 api/client CmdPs printed
 * `out.Get("Command")` as it was; ncadou/docker-syncthing#1: `0537488155b0   ncadou/syncthing:latest   /usr/local/bin/init   47 seconds
 * ago   Exited (1) 43 seconds ago   syncthing`): its ID, image, a command cell, CREATED, then STATUS by statusIn and the name.
 */
const bareRow =
  /^[0-9a-f]{12}(?: {2,}|\t)\S+(?: {2,}|\t)\S[^\t\n]{0,100}?(?: {2,}|\t)[\w ]{1,30}? ago(?: {2,}|\t)\S.{0,400}? {2,}[a-zA-Z0-9][\w.-]{0,127}$/;

/**
 * docker ps rows without their header (a row quoted alone), or a whole table collapsed on one line (a title).
 * A row the terminal wrapped (`… 26 minut` / `es ago   Exited (1) …   dash-app`) has no status on its first line:
 * the next line is its rest. Other lines below a row are not (a sentence there must not name the container).
 */
function headless(lines: string[]): Table | null {
  const text = lines.join('\n');
  const at = text.indexOf(oneLineHeader);
  const rows = text.slice(at < 0 ? 0 : at + oneLineHeader.length).split(/\s(?=[0-9a-f]{12}\s+\S+\s+")/);
  const containers = rows
    .map((r) => {
      const [first = '', rest = ''] = r.split('\n');
      return statusIn.test(first) ? first : first + rest;
    })
    .filter((r) => r.length < 2000 && psRow.test(r))
    .map((r) => tokenRow(r, false, false, true, at < 0 ? '' : oneLineHeader))
    .filter((c) => c !== null);
  // cw57: or a row's last cells alone, STATUS, PORTS and NAMES as tabwriter set them (spotify/docker-client#992: `Up 3 minutes
  // 51348/tcp   jovial_villani`, the poster's copy from STATUS on): a container, its state and ports by their shape.
  const tail = !containers.length;
  if (tail)
    for (const l of lines) {
      const t = l.trim();
      if (l.length < 600 && (rowTail.test(l) || (bareRow.test(t) && statusIn.test(t)))) containers.push(tokenRow(t, false, false)!);
      // cw101: or a name, then its STATUS (and PORTS), as `docker ps -a --format "{{.Names}} {{.Status}}"` (or `\t`) prints a row, its
      // command left out (h84-notes70567950290: `pg-practica Exited (1) 3 seconds ago` under the run line's `docker logs`): that
      // container and its state. A stopped STATUS only, in moby's words with its time (State.String: `Exited (1) 3 seconds ago`,
      // `Restarting (1) 5 seconds ago`): `{{.Image}} {{.Status}}` prints an image first (h77-puter3191's `puter   Up 5 minutes`).
      else if (l.length < 600 && nameStatus.test(l)) containers.push(tokenRow(t, true, false)!);
      // cw92: or a row quoted from IMAGE to STATUS, its ID and NAMES left out (n8n-io/n8n#17877: `docker.n8n.io/n8nio/n8n   "tini --
      // /docker-ent…"   About a minute ago   Restarting (1) 5 seconds ago`): a container of that image, its state by its shape.
      else if (l.length < 600 && imageRow.test(t)) {
        const c = tokenRow(t, false, false, false);
        if (c) containers.push({ ...c, image: t.split(/\s/)[0] });
      }
    }
  // cw106: the same default header cut at PORTS (parseTable's rightCut), its spaces and lines lost (a table collapsed on one line).
  const rightCut = !tail && collapsedCutAtPorts.test(text) && containers.some((c) => c.state === 'running');
  // cw111: the last row ending in a whole mapping where the paste ends, under the whole header: its NAMES was cut (parseTable's).
  const lastRow = rows.at(-1)?.trimEnd() ?? '';
  // Stop 47: or the copy stopped inside the next row's CONTAINER ID, its first digits alone on the last line under whole rows
  // (docker/compose#6196's stored copy: nginx's row, then `91`), as cw106's under a header: the rows from there on are not shown.
  const idStart = /\n\s*([0-9a-f]{1,12})\s*$/.exec(text)?.[1];
  const lastCut =
    (!tail && at >= 0 && psRow.test(lastRow) && wholePort.test(/\S*$/.exec(lastRow)![0]) && !/\b(?:Exited|Created|Dead)\b/.test(lastRow)) ||
    (!tail && !!idStart && /\d/.test(idStart) && containers.some((c) => c.state === 'running'));
  // Stop 47: a row whose last cells the poster left out by hand (`5917eac21c36   ubuntu:15.10   "/bin/sh -c 'while t…"   ...`, runoob's
  // docker ps under a header cut the same way, in HanQing's notes): `...` is no name, and the state, ports and names are not shown.
  const elided = containers.filter((c) => /^(?:\.{3}|…)$/.test(c.name));
  for (const c of elided) c.name = '';
  const cut = lastCut ? ('rows' as const) : rightCut || elided.length ? ('columns' as const) : undefined;
  // Stop 45: whole rows with no header above them (a report's `## Current Services:` over six rows, h103-notes17816767858) are rows the
  // poster chose as much as their last cells are (CONVENTIONS §1, cw57), unless their own docker ps line is right above them (read.ts:
  // the copy lost the header, h96-notes48308995037's header fused onto the command line). A header found in the text (a table
  // collapsed onto one line) makes them the table.
  const headerless = !tail && at < 0;
  if (containers.length)
    return {
      compose: false,
      containers,
      start: 0,
      end: lines.length,
      ...(tail && { tail }),
      ...(headerless && { headerless }),
      ...(cut && { cut }),
    };
  // cw81: Compose v1's ps rows without their header and rule, a paragraph of them (openware/opendax#149: `opendax_vault_1
  // docker-entrypoint.sh serve ...   Restarting` among six, above a docker ps table): v1's texttable row (compose/cli/main.py ps:
  // name_N, command, human_readable_state `Up`, `Exit N`, `Restarting`, `Paused`, then the ports), two spaces or more apart. At
  // lesson 7 step-compose.ts' v1Rows reads such rows with what follows them; this is the whole block, at every step.
  // A paragraph of its own: blank lines (or the part's edges) around it, the lines above and below read on as any text.
  const row = (l = '') => l.length < 600 && v1Row.test(l);
  const start = lines.findIndex((l) => row(l));
  let end = start;
  while (end >= 0 && end < lines.length && end - start < 60 && row(lines[end])) end++;
  if (start < 0 || lines[start - 1]?.trim() || lines[end]?.trim()) return null;
  return { compose: true, containers: lines.slice(start, end).map((l) => tokenRow(l, true, false)!), start, end };
}

/**
 * A Compose v1 ps row without its header (compose/cli/main.py ps' texttable): Name (project_service_N), Command, State in v1's words
 * (`Up`, `Exit N`, `Restarting`, `Paused`) and Ports, two spaces apart at least. One pattern for the entry's paragraph of such rows
 * (headlessV1, cw81) and the reach chunk's rows under their command (step-reach.ts, cw78, through lib): groups name, state, ports.
 */
export const v1Row =
  /^\s{0,4}([\w.-]{1,200}_\d{1,3}) {2,}\S.{0,300}? {2,}(Up(?: \((?:healthy|unhealthy|health: starting)\))?|Exit -?\d{1,3}|Restarting|Paused)(?: {2,}(\S.{0,400}?))?\s*$/;

/*
 * cw126: a listing's row read by what each cell IS, in the order of its header's columns, not by where the header's columns start.
 * Go's tabwriter pads every cell to its column, but a copy does not keep that: a cell wider than its header (Compose's CREATED `About a
 * minute ago` under a header padded for `4 hours ago`), spaces lost or turned into tabs or no-break spaces, a proportional font's
 * realignment by hand. Each column's cell has its own grammar, from the program that prints it:
 * - CONTAINER ID: 12 hex digits, 64 with --no-trunc (docker/cli cli/command/formatter/container.go ID, stringid.TruncateID);
 * - IMAGE: a reference, no spaces (distribution/reference), or an image ID;
 * - COMMAND: quoted (container.go Command: strconv.Quote, cut to 20 with `…`), Docker 1.5's cut without its closing quote
 *   (moby#12328), or unquoted (Docker before 1.1's CmdPs; podman 0.x: containers/podman#407 `bash -c exit 0`, #1223 `date`);
 * - CREATED, RUNNING FOR: go-units HumanDuration + ` ago` (`Less than a second`, `N seconds`, `About a minute`, `N minutes`, `About an
 *   hour`, `N hours|days|weeks|months|years`); CREATED AT: `2018-02-26 20:41:35 +0000 UTC` (container.go CreatedAt; podman#407);
 * - STATUS: moby daemon/container/state.go State.String (`Up <d>` with ` (Paused)`, ` (healthy)`, ` (unhealthy)`, ` (health:
 *   starting)`; `Restarting (N) <d> ago`; `Exited (N) <d> ago`; `Created`; `Dead`; `Removal In Progress`), podman's `Up <d> ago`,
 *   and Compose 2.0–2.20's own words (cmd/compose/ps.go: `running`, `running (healthy)`, `exited (N)`, `dead (N)`, `restarting`, as
 *   docs/reference/compose_ps.md still shows `exited (0)` under the newer header); cw193 (stop 59): `Up` without its duration, a
 *   writer's trim of a cell that changes at each run (a README's expected table: "the other columns vary"; Compose v1's State word
 *   is `Up` alone, compose/container.py human_readable_state), still running;
 * - STATE: moby's ContainerState words; SIZE: `2B (virtual 187MB)` (container.go Size);
 * - PORTS: DisplayablePorts, a `, ` list of `0.0.0.0:8050->8050/tcp`, `:::80->80/tcp`, `[::]:80->80/tcp`, ranges `9000-9001`, or
 *   `5432/tcp`; empty when nothing is published (so the cell may be missing);
 * - NAMES (docker ps, last), NAME and SERVICE (compose ps): moby's names `[a-zA-Z0-9][\w.-]`, NAMES a `,` list with --no-trunc's links.
 * Each pattern is bounded; free cells (IMAGE, an unquoted COMMAND) are the only ones without a shape of their own, and are delimited by
 * the cells around them. A column this reader does not know (MOUNTS, LABELS, a {{.Label}}) leaves the row to the readers below.
 */
const dur = '(?:Less than a second|About an? (?:minute|hour)|\\d{1,4} (?:second|minute|hour|day|week|month|year)s?)';
const onePort =
  '(?:(?:[\\d.]{7,15}|\\[[\\da-f:.]{0,45}\\]|::|[\\da-f:]{2,39}):\\d{1,5}(?:-\\d{1,5})?->)?\\d{1,5}(?:-\\d{1,5})?\\/(?:tcp|udp|sctp)';
const cellName = '[a-zA-Z0-9][\\w.-]{0,127}';
const grammar: Record<string, { re: string; optional?: boolean }> = {
  'CONTAINER ID': { re: '[0-9a-f]{12}(?:[0-9a-f]{52})?' },
  IMAGE: { re: '[^\\s"]{1,255}' },
  COMMAND: { re: '(?:"(?:[^"\\\\\\n]|\\\\.){0,400}"|"[^"\\n]{1,40}?|[^\\s"][^\\n]{0,100}?)' },
  CREATED: { re: `${dur} ago` },
  'RUNNING FOR': { re: `${dur} ago` },
  'CREATED AT': { re: '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: [+-]\\d{4})?(?: [A-Z]{1,5})?' },
  STATUS: {
    re: `(?:Up(?: ${dur}(?: ago)?)?(?: \\((?:healthy|unhealthy|health: starting|Paused)\\))?|(?:Exited|Restarting) \\(-?\\d{1,3}\\) ${dur} ago|Created|Dead|Paused|Removal In Progress|running(?: \\((?:healthy|unhealthy|starting)\\))?|(?:exited|dead) \\(-?\\d{1,3}\\)|restarting|paused|created|removing)`,
  },
  STATE: { re: '(?:running|exited|created|paused|restarting|removing|dead)' },
  SIZE: { re: '\\d[\\d.]{0,10} ?[kMGTP]?B(?: \\(virtual \\d[\\d.]{0,10} ?[kMGTP]?B\\))?' },
  PORTS: { re: `${onePort}(?:, ?${onePort}){0,60}`, optional: true },
  NETWORKS: { re: `${cellName}(?:,${cellName}){0,20}`, optional: true },
  NAMES: { re: `${cellName}(?:,[\\w./-]{1,200}){0,20}` },
  NAME: { re: cellName },
  SERVICE: { re: cellName },
};
/** A header's column names in order, also where a copy joined two of them (`PORTS NAMES`) or lost every gap (docker/cli's names). */
const headerNames = (header: string): string[] =>
  header.toUpperCase().match(/CONTAINER ID|CREATED AT|RUNNING FOR|LOCAL VOLUMES|[A-Z]+/g) ?? [];
const rowGrammars = new Map<string, RegExp | null>();
function rowGrammar(names: string[]): RegExp | null {
  const key = names.join('\t');
  if (!rowGrammars.has(key)) {
    const parts = names.map((n) => grammar[n]);
    // Cells one gap or more apart (spaces, tabs, no-break spaces: `\s`); an optional cell takes its gap with it.
    const body = parts.every(Boolean)
      ? parts.map((g, i) => (g!.optional ? `(?:${i ? '\\s+' : ''}(${g!.re}))?` : `${i ? '\\s+' : ''}(${g!.re})`)).join('')
      : '';
    rowGrammars.set(key, body ? new RegExp(`^\\s{0,8}${body}\\s*$`) : null);
  }
  return rowGrammars.get(key)!;
}
/** The grammar of one column's cell, whole: does the cell a position gave fit it? */
export const cellFits = (column: string, cell: string) => {
  const g = grammar[column];
  return !g || (g.optional && !cell) || new RegExp(`^(?:${g.re})$`).test(cell);
};

/** cw126: a row by the grammar of its cells under a header's names (rowGrammar); null when the whole row does not read so. */
export function cellRow(header: string, row: string): Container | null {
  const names = headerNames(header);
  const re = row.length < 600 && names.length > 1 ? rowGrammar(names) : null;
  const m = re?.exec(row);
  if (!m) return null;
  const cell = (n: string) => (names.includes(n) ? (m[names.indexOf(n) + 1] ?? '') : '');
  const name = (cell('NAMES') || cell('NAME')).split(',')[0]!;
  const id = cell('CONTAINER ID').slice(0, 12);
  return fromCells(cell, name, id, cell('CREATED') || cell('RUNNING FOR'), names.includes('PORTS'));
}

/**
 * cw130: one container from its row's cells, however the row was read: by position under its header (parseTable) or by the
 * grammar of its cells (cellRow). Both meant the same thing by a row, so it is said once: the name, ID and CREATED each reader
 * found its own way; IMAGE and SERVICE; the project and service the name tells (splitName after SERVICE, as before); STATUS or
 * STATE. `portsShown`: the row shows a PORTS cell at all. docker ps shows no ports for a stopped container, which says nothing
 * about -p, so an empty cell is "nothing published" only for a running one.
 */
function fromCells(
  cell: (column: string) => string,
  name: string,
  id: string | undefined,
  created: string | undefined,
  portsShown: boolean,
): Container {
  const status = stateOf(cell('STATUS') || cell('STATE'));
  const ports = cell('PORTS');
  // Stop 54: and when it stopped, the time moby's State.String prints after an exit's code (`Exited (2) 7 minutes ago`, go-units
  // HumanDuration): rows stopped in one minute stopped together (reach.ts' stack at port-free).
  const stopped = /^\s*Exited \(-?\d+\) ((?:\d+|About an?|Less than a) [a-z]{3,7}) ago\b/.exec(cell('STATUS'))?.[1];
  // cw166 (stop 55): a swarm service's row (docker/cli cli/command/service/formatter.go defaultServiceTableFormat `table {{.ID}}\t
  // {{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}`, shared by `docker service ls` and `docker stack services`): its
  // Replicas() prints `%d/%d`, the tasks running and those desired (then ` (max %d per node)`, or a job's ` (%d/%d completed)`).
  const count = /^(\d{1,5})\/(\d{1,5})(?:\s|$)/.exec(cell('REPLICAS').trim());
  const replicas = count ? { running: +count[1]!, desired: +count[2]! } : undefined;
  return {
    name,
    ...(id && { id }),
    ...(created && { created }),
    ...(stopped && { stopped }),
    ...(replicas && { replicas }),
    image: cell('IMAGE') || undefined,
    service: cell('SERVICE') || undefined,
    ...splitName(name),
    ...status,
    ports: portsShown && (ports || status.state === 'running') ? portsFromColumn(ports) : undefined,
  };
}

/**
 * Stop 55: or a `table` template's header of docker ps' or compose ps' own columns only, with a state and the container's name
 * (docker/cli cli/command/formatter/container.go's header map, `--format "table {{.Names}}\t{{.Status}}"`: `NAMES   STATUS`;
 * docker/compose cmd/compose/ps.go's `table {{.Name}}\t{{.Status}}`: `NAME   STATUS`, a guide's trimmed compose ps). Every name one
 * of grammar's, so not compose ls' `NAME STATUS CONFIG FILES`, images' REPOSITORY, network ls' NETWORK ID or stats' CPU %. A table
 * without names (`CONTAINER ID   IMAGE   STATUS`) is left as before: which row is the lesson's is not shown.
 */
const templateHeader = (l: string) => {
  const names = l.length < 300 ? headerNames(l) : [];
  return (
    names.length > 1 &&
    names.every((n) => Object.hasOwn(grammar, n)) &&
    names.some((n) => n === 'STATUS' || n === 'STATE') &&
    names.some((n) => /^(?:NAMES?|SERVICE)$/.test(n))
  );
};
/**
 * Such a header (unless it names STATE or SERVICE, which compose ls has not) only above a row in moby's own words for a state
 * (State.String: `Up 2 minutes`, `Exited (1) …`, `Restarting (1) …`, `Created`): Compose 2.0's `docker compose ls` printed
 * `NAME   STATUS` too, its rows a project's `running(2)`, `exited(1), running(2)` (cw108, cw156), and another tool's two columns
 * say `Active`.
 */
const mobyStateRow = (l = '') => l.length < 600 && /\S\s{2,}(?:Up\b|(?:Exited|Restarting) \(|Created\b|Dead\b)/.test(l);
/**
 * cw195 (stop 59): docker ps' header with columns left out by hand or by a template (`CONTAINER ID   IMAGE   CREATED   STATUS`, no
 * PORTS nor NAMES; a course's `docker container ls -a` whose COMMAND cells became `...`), every name one of docker/cli's
 * (formatter/container.go's header map), CONTAINER ID first and STATUS among them, over a row of 12 hex digits in moby's words for a
 * state: its rows are read by ID and state, nameless (a command of the paste that names the ID picks one: diagnose-container.ts
 * ownRow), and the listing is marked cut (`columns`): what a column it lacks would say (ports, names) is not shown.
 */
const idOnlyHeader = (l: string, next?: string) => {
  const names = l.length < 300 ? headerNames(l) : [];
  return (
    /^\s*CONTAINER ID\s{2,}/.test(l) &&
    // Not docker ps' default header up to STATUS (CONTAINER ID, IMAGE, COMMAND, CREATED, STATUS): a terminal's wrap, PORTS and
    // NAMES on a later line (h90-notes28413591403), or a copy cut on the right, which the readers below know.
    names.join(' ') !== 'CONTAINER ID IMAGE COMMAND CREATED STATUS' &&
    names.length > 2 &&
    names.every((n) => Object.hasOwn(grammar, n)) &&
    names.includes('STATUS') &&
    !names.some((n) => /^(?:NAMES?|PORTS|SERVICE)$/.test(n)) &&
    /^\s*[0-9a-f]{12}\s/.test(next ?? '') &&
    mobyStateRow(next)
  );
};
const psHeader = (l: string, next?: string) =>
  /^[A-Z ]+$/.test(l.trim()) &&
  (/\bNAMES\b/.test(l) ||
    (/\bNAME\b/.test(l) && /\b(?:PORTS|SERVICE)\b/.test(l)) ||
    /\bSTATUS\b.*\bPORTS\b/.test(l) ||
    idOnlyHeader(l, next) ||
    (/\S {2,}\S/.test(l.trim()) && templateHeader(l) && (/\b(?:STATE|SERVICE)\b/.test(l) || mobyStateRow(next))));

export function parseTable(lines: string[]): Table | null {
  // An upper-case header with NAMES (docker ps), or NAME with PORTS or SERVICE (compose ps, not compose ls);
  // Compose v1's "Name  Command  State  Ports" above a dashed rule.
  const at = lines.findIndex((l, i) => {
    const t = l.trim();
    // Without its rule only when a chat collapsed its spaces (the header alone is then still distinctive).
    // cw92: or above a v1 row of its own (dojot/dojot#654: the rule left out of the copy).
    if (/^Name\s+Command\s+State\s+Ports$/.test(t))
      return /^-{10,}/.test(lines[i + 1]?.trim() ?? '') || t === 'Name Command State Ports' || v1Row.test(lines[i + 1] ?? '');
    // cw189 (stop 58): the same header with its Command column trimmed by the writer (a blog's `Name  State  Ports` over v1's dashed
    // rule, the rows' commands left as `...` or taken out), as stop 46 reads v2's trimmed NAME/STATUS/PORTS: over the rule only.
    if (/^Name\s{2,}State\s{2,}Ports$/.test(t)) return /^-{10,}$/.test(lines[i + 1]?.trim() ?? '');
    // Or STATUS with PORTS: a table with its NAMES column left out (`--format "table {{.ID}}\t{{.Status}}\t{{.Ports}}"`, a
    // copy that stops before it, Docker 0.x's `ID IMAGE COMMAND CREATED STATUS PORTS`).
    return psHeader(l, lines[i + 1]);
  });
  if (at < 0) return headless(lines);
  const v1 = /^\s*Name\b/.test(lines[at]!);
  const trimmed = v1 && !/\bCommand\b/.test(lines[at]!);
  const header = v1 ? lines[at]!.toUpperCase().replace('STATE', 'STATUS') : lines[at]!;
  const cols = [...header.matchAll(/\S+(?: \S+)*/g)];
  // Stop 46: or NAME without NAMES, Compose's column (a guide's `docker-compose ps` trimmed to NAME, STATUS, PORTS).
  const compose = /\bSERVICE\b/.test(header) || (!v1 && /\bNAME\b/.test(header) && !/\bNAMES\b/.test(header));
  // Go's tabwriter pads with two spaces at least: a header with single spaces only lost them.
  const collapsed = !/\S  +\S/.test(header.trim());
  // cw116: a header cell of two column names one space apart (`PORTS NAMES`, `STATUS PORTS`) in a padded header: docker/cli pads
  // every cell with three spaces (cli/command/formatter/formatter.go postFormat: tabwriter.NewWriter(…, 10, 1, 3, ' ', 0)), so a copy
  // or a README's hand lost them there, and that cell holds two (a Dash project's README: `PORTS NAMES`, then
  // `0.0.0.0:8050->8050/tcp zen_lamarr`). Its rows read by their shape, as a row cut off its columns. Not a name of two words docker
  // prints itself (CONTAINER ID, CREATED AT, RUNNING FOR, LOCAL VOLUMES, IMAGE ID, NETWORK ID, VOLUME NAME).
  const joinedHead =
    !v1 &&
    !collapsed &&
    cols.some((c) =>
      /^(?:IMAGE|COMMAND|CREATED|STATUS|PORTS|NAMES|SIZE|MOUNTS|NETWORKS|LABELS)(?: (?:IMAGE|COMMAND|CREATED|STATUS|PORTS|NAMES|SIZE|MOUNTS|NETWORKS|LABELS))+$/.test(
        c[0],
      ),
    );
  const containers: Container[] = [];
  let end = at + (v1 && /^-{10,}/.test(lines[at + 1]?.trim() ?? '') ? 2 : 1);
  let lastCut = false;
  let elided = false;
  // A row above that reached NAMES' column: the table's rows are padded to it, so one far short of it was cut (below).
  const namesIdx = cols.find((c) => c[0] === 'NAMES')?.index ?? 0;
  let reached = false;
  let portCut: { at: number; line: number } | undefined;
  for (let row; (row = lines[end]?.trimEnd()); end++) {
    if (end > at + 1) reached ||= namesIdx > 0 && (lines[end - 1]?.trimEnd().length ?? 0) >= namesIdx;
    // cw149 (stop 50): a docker ps row the terminal wrapped inside an address of its PORTS cell (a `watch docker ps` at its width:
    // `Up 3 days   10.1.10.` / `98:9180->8080/tcp   plantuml_server`): an address never ends at a dot or a colon (docker/cli
    // DisplayablePorts prints `ip:host->container/proto`), and the next line goes on with the rest of that mapping, then NAMES (cellsRest):
    // one row, joined back where the wrap cut it, read by its cells (cellRow) as any row whose cells left their columns.
    const wrapped = lines[end + 1]?.trim() ?? '';
    if (
      !v1 &&
      !compose &&
      /^[0-9a-f]{12}\s/.test(row) &&
      /\s{2,}[\d.:[\]]{1,40}[.:]$/.test(row) &&
      /^[\d.:[\]]{0,40}(?:->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp|sctp)/.test(wrapped) &&
      cellsRest.test(wrapped)
    ) {
      row = row + wrapped;
      end++;
    }
    // tabwriter sets cells two spaces apart at least: a line without such a gap is no row but what was pasted below the table
    // without a blank line (a fence's end, which unmark removed, then prose and a traceback: derek-adair/nfldb#14).
    // Rows left out by hand (`...`) are skipped.
    // cw92: Compose v1's texttable wraps a long Ports cell onto lines of their own under that column (compose/cli/formatter.py
    // Formatter.table: texttable at the terminal's width; Baloneo/sanic-ms' README: consul's ports on three lines): the row's rest.
    if (v1 && containers.length && portsOnly.test(row.trim())) {
      const prev = containers.at(-1)!;
      prev.ports = [...(prev.ports ?? []), ...portsFromColumn(row.trim().replace(/,$/, ''))];
      continue;
    }
    // cw92: rows the poster left out (`...` or another mark, elision above, alone or with a cell kept: SignalK/signalk-server#2618's `...   thirsty_mcnulty`): one of
    // them may hold the port, so the listing does not show it all (CONVENTIONS §1), as a copy cut inside a row.
    if (row.length < 200 && elidedRow.test(row)) {
      elided = true;
      continue;
    }
    if (!collapsed && cols.length > 1 && !/\S {2,}\S/.test(row)) break;
    // cw159 (stop 53): another listing's header right under these rows (docker/cli's formatter and Compose print a table's header once,
    // its first line: a second `docker ps --format "table {{.Names}}…"` pasted with no blank line): that listing starts there.
    if (!v1 && psHeader(row, lines[end + 1])) break;
    // v1 centres its headers: its cells are the runs between two spaces or more (Name, Command, State, Ports).
    if (v1 && !collapsed) {
      // cw85: the State cell is the first after the command in v1's words: v1 cuts a command longer than 30 to `'%s ...' %
      // command[:26]` (compose/cli/main.py ps), so one cut after a space shows two before its dots (standardnotes/syncing-server#25:
      // `bash -c bundle exec rails  ...   Restarting`), one more gap than the columns have.
      const cells = row.trim().split(/\s{2,}/);
      const at = cells.findIndex((c, i) => i > (trimmed ? 0 : 1) && /^(?:Up(?: \([\w :]+\))?|Exit -?\d+|Restarting|Paused|Ghost)$/.test(c));
      const [name = '', , state = '', ports = ''] = at > 2 || (trimmed && at > 0) ? [cells[0], '', cells[at], cells[at + 1]] : cells;
      const status = stateOf(state);
      if (name && !/^-+$/.test(name))
        containers.push({
          name,
          ...splitName(name),
          ...status,
          ports: ports || status.state === 'running' ? portsFromColumn(ports) : undefined,
        });
      continue;
    }
    if (collapsed) {
      // cw37: a docker ps table's rows start with their ID or show a state; a line with neither is what was pasted below the
      // table (Janusec/janusec#36: `curl 127.0.0.1:9080/janusec-admin/ curl: (56) Recv failure: …`, then a sentence), not a
      // container named by its last word.
      if (!v1 && !compose && /\bCONTAINER ID\b/.test(header) && !/^[0-9a-f]{12}\s/.test(row.trim()) && !statusIn.test(row)) break;
      const c = tokenRow(row, v1, compose, v1 || compose || /\bNAMES\b/.test(header), header);
      if (c) containers.push(c);
      continue;
    }
    const cellOf = (r: string, name: string) => {
      const i = cols.findIndex((c) => c[0] === name);
      if (i < 0) return '';
      // cw193 (stop 59): a PORTS column that starts inside a word of the row takes that word whole (a README's table trimmed by hand
      // to IMAGE, STATUS, PORTS, NAMES, its cells no longer under their headers: `Up       0.0.0.0:9324-9325->9324-9325/tcp` with
      // PORTS' column at `4-9325->…`). docker/cli's tabwriter pads every cell (cli/command/formatter/formatter.go postFormat), so its
      // own PORTS cell never starts inside a word; by position the cut mapping read as host ports 4 to 9325, a range that holds any
      // port (a false holder of 8050 at reach:port-free). Not back past the column before.
      let from = cols[i]!.index;
      if (name === 'PORTS' && from > 0 && /\S\S/.test(r.slice(from - 1, from + 1))) {
        const start = r.lastIndexOf(' ', from - 1) + 1;
        if (start > (cols[i - 1]?.index ?? 0)) from = start;
      }
      return r.slice(from, cols[i + 1]?.index).trim();
    };
    // Stop 45: a chat or an editor that turned `...` into `…` (habits' ellipsis) shortens a row of Docker before 17.06, which cut a
    // command with `...` (h64-arl23's `"sh -c 'celery -A ..."`), by two columns per mark, so every cell after it starts left of its
    // header. Read with the marks as they were when that alone puts CREATED and STATUS back under their headers (Docker's own `…`
    // since 17.06 is aligned by tabwriter, and fits as it is).
    const fits = (r: string) => ['CREATED', 'STATUS'].every((n) => !cols.some((c) => c[0] === n) || cellFits(n, cellOf(r, n)));
    if (row.includes('…') && !fits(row) && fits(row.replace(/…/g, '...'))) row = row.replace(/…/g, '...');
    const cell = (name: string) => cellOf(row!, name);
    /** The row ends before the column's header starts, a column after it as well (docker ps' NAMES, never empty): the copy cut it. */
    const before = (name: string) => {
      const i = cols.findIndex((c) => c[0] === name);
      return i >= 0 && i < cols.length - 1 && row!.length <= cols[i]!.index;
    };
    const name = cell(compose || v1 ? 'NAME' : 'NAMES')
      .split(',')[0]!
      .trim();
    // cw83: docker ps never leaves NAMES empty, so a last row that ends before it is where the copy stopped (docker/for-mac#670:
    // a maintainer's quote ends at the second row's `0.0.0.0:80-`). Only a running one's, or one cut before its state: its own
    // ports are not all shown. A
    // stopped one publishes nothing (tldr-pages/tldr#18938's `docker ps -a` ending at `Exited (0) 5`: ok, both experts). Not in a
    // table the terminal wrapped (its header on two lines, no CONTAINER ID beside NAMES: flogo#67).
    const namesAt = cols.findIndex((c) => c[0] === 'NAMES');
    lastCut =
      namesAt > 0 &&
      /^\s*CONTAINER ID\b/.test(header) &&
      /^[0-9a-f]{12}\s/.test(row) &&
      !name &&
      row.length <= cols[namesAt]!.index! &&
      !/\b(?:Exited|Created|Dead)\b/.test(row);
    const ports = cell('PORTS');
    const status = stateOf(cell('STATUS') || cell('STATE'));
    // cw126: positions are the first reading while every cell they give fits its column's grammar; a cell that does not (h100-spec's
    // compose ps: CREATED's `About a minute ago` three wider than its header, so STATUS began inside it and `Restarting (1)` was lost),
    // or a header whose names a copy joined, reads the row by what its cells are (cellRow). A row that does not read so whole (cut by
    // the copy, wrapped, a cell in no grammar) goes on to the readers below, as before.
    const misfit =
      joinedHead ||
      ['CONTAINER ID', 'CREATED', 'STATUS', 'STATE', 'PORTS', 'NAMES', 'NAME'].some(
        (n) => cols.some((c) => c[0] === n) && !cellFits(n, cell(n)),
      );
    // Stop 47: the table's last row (a docker ps with CONTAINER ID first), that ends well short of NAMES where a row above reached it:
    // the copy stopped inside its PORTS (cvat-ai/cvat#5697's `Up 20 minutes   8080` at the paste's end, a `…` in COMMAND one column
    // short). Whichever reader below takes the row, a port it took for the name is none (docker ps never leaves NAMES empty), and the
    // rows after it are not shown, as cw83's cut.
    const shortLast =
      namesIdx > 0 &&
      reached &&
      /^[0-9a-f]{12}\s/.test(row) &&
      /^\s*CONTAINER ID\b/.test(header) &&
      row.length < namesIdx - 2 &&
      !/\S {2,}\S/.test(lines[end + 1]?.trim() ?? '') &&
      !/\b(?:Exited|Created|Dead)\b/.test(row);
    if (shortLast) portCut = { at: containers.length, line: end };
    const read = misfit ? cellRow(header, row) : null;
    if (read) {
      // Its CREATED only where it still sits under its header, as cw78's rows read by shape: rows created at once are one up
      // (diagnose-container.ts together), and a CREATED cell that moved off its column may be a hand's filler (cw47's guard).
      const created = / ago$/.test(cell('CREATED')) && cellFits('CREATED', cell('CREATED')) ? cell('CREATED') : undefined;
      delete read.created;
      containers.push({ ...read, ...(created && { created }) });
      lastCut = false;
      continue;
    }
    // A row whose cells do not start under their headers (a cell shortened by hand or by a chat): read by its shape. cw46: also
    // when a header's column starts inside one of the row's words (awesome-compose's apache-php README: PORTS cut to `0.0.0.0:80->80/tc`
    // by hand, so NAMES' column starts at `p-docker_web_1`); tabwriter pads every cell, so a real row never runs into the next.
    // cw47: the same found in boot2docker#412 (`x hours ago` and `Up x hours` for the real times put tender_bartik one column left);
    // Docker before 1.1 printed the command without quotes (`ruby /src/app.rb`): a row cut so starts with its ID.
    // cw78: or a name that a copy's lost spaces moved left into PORTS, NAMES' own cell empty (TophantTechnology/ARL#23: `Restarting (1)
    // 36 hours ago` then `arl_web` ten columns short of NAMES): a PORTS cell holds ports (`80/tcp`, `->`), never a bare name.
    const drift = !compose && !v1 && !name && /\bNAMES\b/.test(header) && /^[\w.-]+$/.test(ports) && !/^\d/.test(ports);
    const cut = drift || joinedHead || cols.slice(1).some((c) => c.index! > 0 && /\S\S/.test(row!.slice(c.index! - 1, c.index! + 1)));
    if ((!status.state || (cut && !compose)) && (psRow.test(row) || (cut && /^[0-9a-f]{12}\s/.test(row))) && statusIn.test(row)) {
      const c = tokenRow(row, false, false);
      // cw78: its ID and CREATED cells, when they still sit under their headers (the drift is further right), as a row read by
      // columns has them: CREATED tells rows created together by one up (diagnose-container.ts onlyStopped, cw57).
      const id = /^[0-9a-f]{12}$/.exec(cell('CONTAINER ID'))?.[0];
      const created = /^\S[\w ]{0,30} ago$/.test(cell('CREATED')) ? cell('CREATED') : undefined;
      if (c) containers.push({ ...c, ...(id && !c.id && { id }), ...(created && !c.created && { created }) });
      continue;
    }
    // Without a name column, a row with a state is a container whose name the paste does not show (''); so is a docker ps
    // row whose NAMES cell is empty (Docker names every container: the copy lost it, tobegit3hub/seagull#9), unless the
    // next line, not a row of its own, may be the rest the terminal wrapped.
    // cw69: nor when that next line cannot be a row's rest, a sentence of the poster's (itzg/docker-minecraft-server#1324: `d63485fa82d5
    // itzg/minecraft-server "/start" … Exited (1) 32 seconds ago`, then the fence and "What am I doing wrong?"): a wrapped rest is the
    // PORTS and NAMES cells, ports and one name.
    // Stop 46: a NAMES cell, last, that begins inside a word of the row, or otherwise than moby's names do (`[a-zA-Z0-9][a-zA-Z0-9_.-]+`,
    // daemon/names/names.go RestrictedNamePattern: `-10.9.0.105`), is the row's cells set off their headers by hand (a guide's
    // `abc123...` for an ID, `Up` for a status, h110's seed lab): read by its words, NAMES last, as a row a chat collapsed.
    const namesCol = cols.find((c) => c[0] === 'NAMES');
    const inName = !!namesCol && namesCol.index > 0 && /\S\S/.test(row.slice(namesCol.index - 1, namesCol.index + 1));
    if (name && /\bNAMES\s*$/.test(header) && (inName || !/^[a-zA-Z0-9]/.test(name))) {
      const c = tokenRow(row, false, false);
      if (c) containers.push(c);
      continue;
    }
    const next = lines[end + 1]?.trim();
    const lost = /^[0-9a-f]{12}\s/.test(row) && (!next || /^[0-9a-f]{12}\s/.test(next) || !cellsRest.test(next));
    if (name || ((!/\bNAMES?\b/.test(header) || lost) && status.state)) {
      const id = /^[0-9a-f]{12}$/.exec(cell('CONTAINER ID'))?.[0];
      const created = / ago$/.test(cell('CREATED')) ? cell('CREATED') : undefined;
      // cw46: a row the copy cut before its PORTS cell (awesome-compose's minecraft README: `7f696c2fb101  itzg/minecraft-server
      // "/start"  5 minutes ago  Up 5 minutes (healthy)`, no PORTS, no NAMES) does not show its ports, which is not "nothing published".
      containers.push(fromCells(cell, name, id, created, /\bPORTS\b/.test(header) && !before('PORTS')));
    }
  }
  const portName = portCut && portCut.line === end - 1 ? containers[portCut.at] : undefined;
  if (portName && /^(?:[\d.:[\]]{0,40}\d|\S{0,60}->\S{0,20})$/.test(portName.name)) {
    portName.name = '';
    delete portName.ports;
    lastCut = true;
  }
  // cw88: any layout's last row that visibly stops short, the paste ending there (hassio-addons/app-nginx-proxy-manager#678's
  // `Up 21 minu`; Compose ps and v1's PORTS last, a table whose spaces a chat collapsed): a status or a port cut at the row's end
  // (cutEnd). Running, or its state not shown: as cw83's, its ports and the rows after it are not shown. A stopped row keeps the ok.
  // cw111: or a whole mapping last under docker ps' header, whose NAMES follows PORTS (docker/cli defaultContainerTableFormat): a
  // name has no `:` nor `/` (moby daemon/names.go validContainerNamePattern), so the row stops before its name, in a table whose
  // spaces a chat collapsed too (infiniflow/ragflow#281: minio's row ending at `:::9000-9001->9000-9001/tcp`).
  // Stop 46: a host port the table's block shows published (`8050->`, docker/cli DisplayablePorts' `host->container`) that no row read
  // carries is in a row not read (h110's guides: rows under NAME without NAMES, hand-set cells): still shown published (reach.ts).
  const carried = (port: number) => containers.some((c) => c.ports?.some((p) => p.host <= port && port <= (p.hostEnd ?? p.host)));
  const shown = lines.slice(at + 1, end).flatMap((l) => (l.length < 2000 ? [...l.matchAll(/(?<![\d.])(\d{1,5})->\d/g)] : []));
  const unread = shown.map((m) => Number(m[1])).filter((port) => !carried(port));
  const last = lines[end - 1]?.trimEnd() ?? '';
  if (
    end > at + 1 + (v1 ? 1 : 0) &&
    /^\s*(?:`{3,}|~{3,})?\s*$/.test(lines[end] ?? '') &&
    (cutEnd(last) || startOnly(last) || (/\bPORTS\s+NAMES\s*$/.test(header) && wholePort.test(/\S*$/.exec(last)![0]))) &&
    !/\b(?:Exited|Created|Dead|Exit -?\d)/.test(last)
  )
    lastCut = true;
  if (elided) lastCut = true;
  // cw106: the copy stopped inside the next row's CONTAINER ID cell or right after it (EricJMarti/inventory-hunter#102: `docker ps -a`'s
  // third row is `ceac9acadf87` alone at the paste's end): a row cut before its state, as cw92's (CONTAINER ID first: docker/cli's
  // default table). A row so short has no tabwriter gap, so the loop above stopped there; docker ps -q's IDs stand under their own
  // command line, never under a table's rows. An ID needs a digit (a word such as `cafe` or `deed` is prose).
  const idOnly = lines[end]?.trim() ?? '';
  if (
    /^\s*CONTAINER ID\b/.test(header) &&
    containers.length &&
    /^[0-9a-f]{4,12}$/.test(idOnly) &&
    /\d/.test(idOnly) &&
    /^\s*(?:`{3,}|~{3,})?\s*$/.test(lines[end + 1] ?? '')
  )
    lastCut = true;
  // cw106: docker ps' default table ends in NAMES (docker/cli formatter defaultContainerTableFormat: ID, image, command, created,
  // status, ports, names), which is never empty. Its header stopping at PORTS, NAMES neither on it nor on the next line (a terminal's
  // wrap puts it there: h45-lab53343351991), is a copy cut on the right (clusterzx/intellissh#2: `… STATUS   PORTS`, the row ending at
  // `[::]:8080->8080/tcp`): a running row's name, and what the poster cut with it, are not shown. Not Docker 0.x's `ID IMAGE …` header.
  const rightCut =
    headerCutAtPorts.test(header) && !/\bNAMES\b/.test(lines[at + 1] ?? '') && containers.some((c) => c.state === 'running' && !c.name);
  // Stop 45: the paste ends inside the last row's name (dyc3/opentogethertube#436's `watch docker ps -a` copy: `… 6379/tcp   opento`
  // under `opentogethertube_postgres`; h104, both experts): a last name that only begins another listed name is cut, and so may be the
  // rows after it. Docker names a container whole (moby's names are unique per daemon), so one name is a proper prefix of another
  // only by chance, and a cut falls inside a word: not kind's `local-worker` beside `local-worker2`, nor `web` beside `web-proxy`
  // (h91-notes19173556754). Only at the paste's end, nothing after the row.
  const lastName = containers.at(-1)?.name;
  if (
    lastName &&
    lastName.length >= 3 &&
    end === lines.length - (/^\s*(?:`{3,}|~{3,})?\s*$/.test(lines.at(-1) ?? 'x') ? 1 : 0) &&
    /[a-z]$/i.test(lastName) &&
    containers.slice(0, -1).some((c) => !!c.name && c.name.startsWith(lastName) && /^[a-z]/i.test(c.name.slice(lastName.length)))
  )
    lastCut = true;
  // Rows cut as well (a lone ID after them) is the larger loss: rows, each with its columns, not shown.
  // cw189: a v1 header with its Command column taken out by hand shows the rows without a column the program printed.
  // cw195: so does docker ps' header without PORTS and NAMES (idOnlyHeader).
  const lessColumns = idOnlyHeader(lines[at]!, lines[at + 1]);
  const cut: ListingCut | undefined = lastCut ? 'rows' : rightCut || trimmed || lessColumns ? 'columns' : undefined;
  return { compose: compose || v1, containers, start: at, end, ...(cut && { cut }), ...(unread.length && { unread }) };
}

/**
 * cw92: the same two tells in a docker ps whose lines the copy lost (a console's hard wrap, spaces collapsed, all on one line), read
 * on the part's text: a poster's `...` or `…` standing alone (docker/cli cuts a cell with `…` joined to its word, Docker 1.13 with
 * `...` joined), or the part ending in a row's start (its ID, image and quoted command) with no state after it. Not Compose's tables
 * (v1 cuts a command to `… ...` standing alone; their headers have no CONTAINER ID nor NAMES).
 */
export function rowsLost(lines: string[]): boolean {
  const text = lines.join('\n');
  if (!/CONTAINER ID|\bNAMES\b/.test(text) || text.length > 100_000) return false;
  // Where rows still start lines (a hard wrap, collapsed spaces), the poster's `...` starts one too; a `...` inside a line there is
  // prose or Compose v1's progress (`Starting x_web_1 ... done`, cookiecutter/cookiecutter-flask#493). All on one line, anywhere
  // but before v1's outcome.
  const rowsStartLines = lines.some((l) => /^\s*[0-9a-f]{12}\s/.test(l));
  // cw120: only inside the listing's own block: a fence that closes after its header, or a Markdown heading (CommonMark's ATX heading,
  // up to three spaces, 1–6 `#` and a space) ends it, and a `...` in a later block (a notes' elided compose file under the next
  // heading, h97-lab1758891418's `...` above `networks:`) elides that file, not the listing's rows.
  const head = lines.findIndex((l) => /CONTAINER ID|\bNAMES\b/.test(l));
  const fence = lines.findIndex((l, i) => i > head && /^\s*(?:`{3,}|~{3,})\s*$|^ {0,3}#{1,6} \S/.test(l));
  // cw170 (stop 56): docker/cli writes a listing's rows one under the other with no blank line among them (formatter.go postFormat,
  // one tabwriter over the table), so a blank line after its rows, then a line that is neither a row (an ID first) nor an elision mark,
  // starts what another command printed (a bare `curl` line and its headers in the same block): a `...` after it elides that output,
  // not the listing's rows. A mark right after the blank line is still the listing's (rows left out below it).
  const rowStart = (l: string) => /^\s*[0-9a-f]{12}\s/.test(l);
  const gap = lines.findIndex((l, i) => {
    if (i <= head || l.trim() || !lines.slice(head + 1, i).some(rowStart)) return false;
    const next = lines.slice(i + 1).find((x) => x.trim());
    return next !== undefined && next.length < 200 && !rowStart(next) && !elidedLine.test(next) && !/CONTAINER ID|\bNAMES\b/.test(next);
  });
  const close = gap > head && (fence < 0 || gap < fence) ? gap : fence;
  const own = close > head ? lines.slice(0, close) : lines;
  if (
    rowsStartLines
      ? own.some((l) => l.length < 200 && elidedLine.test(l))
      : /(?:^|\s)(?:\.{3}|…)(?=\s|$)(?!\s+(?:done|error|failed)\b)/.test(text)
  )
    return true;
  const start = /(?:^|\s)[0-9a-f]{12}\s+[a-z0-9][\w.:/@-]*\s+"/g;
  const at = lines.findLastIndex((l) => l.search(start) >= 0);
  if (at < 0) return false;
  // The row from its ID on, the wrapped pieces after it joined back as the wrap split them.
  const line = lines[at]!;
  const row = line.slice([...line.matchAll(start)].at(-1)!.index) + lines.slice(at + 1).join('');
  // cw111: or a running row ending in a whole mapping under a header whose NAMES follows PORTS (parseTable's, its pieces joined as
  // the wrap split them): infiniflow/ragflow#281's minio row at `:::9000-9001->9000-9001/tcp`, hard-wrapped at 80 columns.
  const named = /\bPORTS\s+NAMES\b/.test(lines.join('\n')) && /\sUp\s/.test(row) && wholePort.test(/\S*$/.exec(row.trimEnd())![0]);
  return row.length < 300 && (startOnly(row) || named);
}

/** DisplayablePorts' mapping whole (docker/cli): `0.0.0.0:8050->8050/tcp`, `[::]:80-81->80-81/tcp`, `:::80->80/tcp`, `5432/tcp`. */
const wholePort =
  /^(?:(?:[\d.]{7,15}|\[[\da-f:]{0,39}\]|::|[\da-f:]{2,39}):\d{1,5}(?:-\d{1,5})?->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp|sctp)$/;
/**
 * cw88: a row's end where the copy stopped: its last word a mapping begun and not whole (`0.0.0.0:80-`, `0.0.0.0:8000->80`,
 * `80/t`, a list ending in a comma), or a status cut (moby's State.String: `Up 21 minu`, `Up About a`, `Up 4`, a health cut
 * inside its parentheses). go-units HumanDuration's units are whole words; Compose v1's bare `Up` is a whole State.
 */
export function cutEnd(row: string): boolean {
  const word = /[^\s,]*,?$/.exec(row.trimEnd())![0];
  const mapping =
    /,$/.test(word) ||
    (!wholePort.test(word) &&
      (/^(?:\d{1,3}\.){3}\d{1,3}(?::[\d-]{0,11}(?:->?[\d-]{0,11}(?:\/[a-z]{0,3})?)?)?$/.test(word) ||
        /^(?:\[[\da-f:]{0,39}\]?|:{2,3})(?::?[\d-]{0,11}(?:->?[\d-]{0,11}(?:\/[a-z]{0,3})?)?)?$/.test(word) ||
        /^\d{1,5}(?:-\d{1,5})?(?:-|->\d{0,5}(?:-\d{0,5})?|\/[a-z]{0,3})$/.test(word)));
  return (
    mapping ||
    /(?:^|\s)Up(?: \d{1,4}| About(?: an?)?| Less(?: than(?: a)?)?)(?: (?!(?:second|minute|hour|day|week|month|year)s?\b)[a-z]{1,6})?$/.test(
      row,
    ) ||
    /(?:^|\s)Up [\w ]{1,30}? \((?:h|u|P)[\w: ]{0,15}$/.test(row)
  );
}
