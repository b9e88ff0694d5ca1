/*
 * cw144: whether one listing of containers (ListingSeen, as read.ts and schemas.ts kept it) is a whole docker ps output, by what
 * docker/cli prints when it is: the reach path's gate (reach-gate.ts) and lesson 3's (step-install.ts) ask it through lib.
 */
import type { Facts, ListingSeen } from './types';

export const psLine = /^docker (?:container )?(?:ps|ls|list)\b/;

/**
 * docker/cli cli/command/formatter/container.go: `defaultContainerTableFormat = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t
 * {{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}"`, its header names `CONTAINER ID`, `IMAGE`, `COMMAND`, `CREATED`, `STATUS`,
 * `PORTS`, `NAMES` (containerIDHeader, …, namesHeader); `-s` adds `{{.Size}}` (`SIZE`). The same since Docker 1.x.
 */
const defaultCols = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
const defaultHeader = /^\s{0,8}CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES(?:\s+SIZE)?\s*$/;
/**
 * Any other header that shows PORTS (a `table` template's field names in upper case, container.go's header map; another engine's
 * table, as labelled: VMware vic's, Apple container's): the rows show what each publishes.
 */
const portsHeader = (h: string) => h.length < 400 && /^\s{0,8}[A-Z][A-Z ]{0,300}$/.test(h) && /\bPORTS\b/.test(h);
/**
 * cw184 (stop 58): every column name docker/cli's container formatter writes in a header (cli/command/formatter/container.go's
 * namesHeader, commandHeader, runningForHeader `CREATED`, mountsHeader, localVolumes, networksHeader, platformHeader, and
 * formatter.go's ContainerIDHeader, ImageHeader, CreatedAtHeader, StatusHeader, PortsHeader, SizeHeader, LabelsHeader, StateHeader),
 * the two-word ones first.
 */
const headerNames = [
  'CONTAINER ID',
  'CREATED AT',
  'LOCAL VOLUMES',
  'NAMES',
  'IMAGE',
  'COMMAND',
  'CREATED',
  'STATUS',
  'PORTS',
  'SIZE',
  'LABELS',
  'STATE',
  'MOUNTS',
  'NETWORKS',
  'PLATFORM',
];
/** A column name as written, or with one letter lost by the copy (`ONTAINER ID`, `STATS`: h43's header stays read as docker/cli's). */
const nameOf = (w: string) =>
  headerNames.find((n) => n === w || (w.length === n.length - 1 && [...n].some((_, i) => n.slice(0, i) + n.slice(i + 1) === w)));
/**
 * cw184 (stop 58): a header of docker/cli's column names, each once, that a docker ps asking for no template cannot have printed:
 * its columns in another order than the default's (`NAMES   IMAGE   STATUS   PORTS`), or a column the default has not (`STATE`,
 * `CREATED AT`, `NETWORKS`, …). docker/cli cli/command/container/list.go runPs takes the config file's psFormat, else
 * formatter.TableFormatKey, whose NewContainerFormat is defaultContainerTableFormat (above): the columns were set by hand. Its spaces
 * collapsed or not (a chat's copy), a name that lost a letter read as the name. A header in the default's order that lost a letter
 * is no such header (h43: ok, both experts), nor one with a word docker/cli has not.
 */
function rearranged(header: string): boolean {
  const split = header.trim().split(/\s+/);
  if (split.length > 30) return false;
  const names: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const two = i + 1 < split.length ? nameOf(`${split[i]} ${split[i + 1]}`) : undefined;
    const name = two?.includes(' ') ? two : nameOf(split[i]!);
    if (!name) return false;
    if (name.includes(' ')) i++;
    names.push(name);
  }
  if (new Set(names).size !== names.length || names.length < 2) return false;
  const at = names.map((w) => defaultCols.indexOf(w));
  return at.some((i) => i < 0) || at.some((i, n) => n > 0 && i < at[n - 1]!);
}
/** moby daemon/names.go validContainerNamePattern `[a-zA-Z0-9][a-zA-Z0-9_.-]`: what a NAMES cell starts with. */
const mobyName = /^[a-zA-Z0-9][\w.-]{0,127}(?:\s|$)/;
/**
 * Where a listing's block ends: its part's end, a blank line, a line of marks only (a fence, a code span's backtick, a rule), a line
 * of words (the poster's sentence, a prompt), or a word with a character no cell holds (`Thanks!`). One word of a cell's characters
 * right under the last row (an ID's digits `91`, a name's `er`, a port) may be that row's rest: IDs are hex, names moby's
 * `[a-zA-Z0-9_.-]`, ports DisplayablePorts' `0.0.0.0:80->80/tcp, [::]:…`.
 */
const closed = (l?: string) => l === undefined || !/[A-Za-z0-9]/.test(l) || /\S\s+\S/.test(l.trim()) || /[^\w.:/[\],>-]/.test(l.trim());
/** cw149: a docker ps row that ends inside an address (its PORTS cell wrapped), and the wrapped line's mapping rest then one name. */
const addressCut = /^\s{0,8}[0-9a-f]{12}\s.*\s{2,}[\d.:[\]]{1,40}[.:]$/;
const addressRest =
  /^[\d.:[\]]{0,40}(?:->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp|sctp)(?:,\s?[\d.:[\]]{0,40}(?:->)?\d{1,5}(?:-\d{1,5})?\/(?:tcp|udp|sctp))*\s+[a-zA-Z0-9][\w.-]{0,127}$/;
/**
 * cw151 (stop 51): another command's table chained after docker ps with nothing between (`docker ps && df -h`, a report's one shell
 * line): its header ends docker's block. coreutils' df (src/df.c get_header, its field_data: `Filesystem`, `Type` with -T, `Size` with
 * -h or `1K-blocks`, or `Inodes` with -i, `Used`/`IUsed`, `Avail`/`Available`/`IFree`, `Use%`/`IUse%`/`Capacity`, `Mounted on`) and
 * procps' free (src/free.c: `total        used        free      shared  buff/cache   available`). A header names no container: the
 * lines from it on are that program's rows, not docker's.
 */
const chainedHeader =
  /^\s{0,16}(?:Filesystem\s+(?:Type\s+)?(?:Size|\d{0,4}[KMGTP]?i?B?-blocks|Inodes)\s+I?Used\s+(?:Avail|Available|IFree)\s+(?:I?Use%|Capacity)\s+Mounted on|total\s+used\s+free\s+shared\s+buff\/cache\s+available)\s*$/;
/** A stopped container (moby State: exited, created, dead) holds no port: its row's name is not needed (CONVENTIONS §1, cw83). */
const stopped = (state?: string) => /^(?:exited|created|dead)$/.test(state ?? '');

/**
 * Rows a terminal wrapped at its width (a console at 80 columns: every line of the block as long as the others, the last row's rest
 * on a shorter line under it): read on the block's text joined as the terminal cut it, each row from its ID to a state in moby's
 * words (State.String: Up, Exited, Restarting, Created, Dead). The lines are not rows then, and the short line is the last row's end.
 */
function wrapped({ rows, after }: ListingSeen): boolean {
  const lens = rows.map((r) => r.trimEnd().length);
  if (rows.length < 2 || Math.min(...lens) < 60 || Math.max(...lens) - Math.min(...lens) > 1) return false;
  if (after?.trim() && after.trimEnd().length >= Math.min(...lens)) return false;
  const text = rows.map((r) => r.trimEnd()).join('') + (after?.trim() ?? '');
  const pieces = text.length < 100_000 ? text.split(/(?=\b[0-9a-f]{10,64}\s)/).filter((p) => p.trim()) : [];
  return pieces.length > 0 && pieces.every((p) => /^[0-9a-f]{10,64}\s/.test(p) && /\s(?:Up|Exited|Restarting|Created|Dead)\b/.test(p));
}

/**
 * Stop 55: the paste holds a listing the daemon printed whole, header and rows (docker/cli writes the table only from the daemon's
 * reply, step-install.ts daemonListing and read.ts' listedHere): the server answered, as much as a Server part says so. check.ts asks
 * it beside a lookup that failed (cw163).
 */
export const daemonListed = (f: Facts): boolean => !!f.listed && !f.rowsOnly && !f.listingCut;
/**
 * Stop 55: and that listing shows every container (no `-l`/`-n`, no filter but the lesson's own): what holds a port is what it shows
 * (step-reach.ts, cw163). The stricter of the two.
 */
export const everyContainerListed = (f: Facts): boolean => daemonListed(f) && !f.latestOnly && !f.filteredOnly;

/** Why one listing is not a whole docker ps output, or undefined when it is (its command aside: listsAll). */
export function unwhole(l: ListingSeen): 'rows' | 'cut' | 'no-ports' | 'project' | undefined {
  if (l.compose) return 'project';
  if (l.cut) return 'cut';
  if (l.layout === 'json') return undefined;
  if (l.layout === 'template') {
    if (!l.ports) return 'no-ports';
    // cw184 (stop 58): a `table` template prints its header before any row (docker/cli cli/command/formatter/formatter.go
    // Context.postFormat: where Format.IsTable(), the template run over FullHeader() first, then the rows, through one tabwriter),
    // so its rows without it, set under a caption of the writer's (`Excerpt:`), are rows the writer chose: as rows without their
    // header away from their own docker ps line (CONVENTIONS §1 stop 45).
    if (l.headless) return 'rows';
    return l.containers.every((c) => !c.name || mobyName.test(c.name)) && closed(l.after) ? undefined : 'cut';
  }
  // Rows without a header stand for the listing only right under their own docker ps line (the copy lost the header, CONVENTIONS §1).
  if (l.layout === 'rows' && !psLine.test(l.cmd)) return 'rows';
  const header = l.header ?? 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES';
  // The default header a terminal wrapped at its width (its first columns on the line above), or a table whose line breaks a copy
  // lost (header and rows on one line, split by their IDs): docker/cli's whole header all the same, its rows not one a line.
  const flat = `${l.above ?? ''} ${header}`.replace(/\s+/g, ' ');
  if (!defaultHeader.test(header) && /CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\b/.test(flat) && flat.length < 100_000)
    return undefined;
  if (!defaultHeader.test(header) && !portsHeader(header)) return /\bNAMES?\b/.test(header) ? 'no-ports' : 'rows';
  // Stop 49: a header without NAMES under a docker ps line that asks for no template (`--format`), which prints docker/cli's default
  // one (above): columns left out by hand, so the rows do not show whose they are (h125-dumbways: `docker ps`, then `CONTAINER ID
  // IMAGE   STATUS   PORTS`; both experts partial). A header that lost a letter stays whole (h43: ok, both experts). A header cut at
  // the right (the default's first columns, a copy or a terminal that stopped at PORTS) is cw106's, read as such.
  // cw193 (stop 59): its spaces collapsed too (a chat's copy: `IMAGE STATUS PORTS NAMES`), the names read as rearranged() reads them,
  // docker/cli's two-word names kept whole: the same trim, whatever the gaps (the corpus' habits, spaces-collapsed).
  const cols = /\S {2,}\S/.test(header.trim())
    ? header.trim().split(/\s{2,}/)
    : (header.trim().match(/CONTAINER ID|CREATED AT|LOCAL VOLUMES|RUNNING FOR|\S+/g) ?? []);
  const rightCut = cols.every((c, i) => c === defaultCols[i]);
  // Stop 53 (h146-task69189251624, both experts; CONVENTIONS §1's stop 49 rule as written): with NAMES kept too, a header that is the
  // default's columns with some in the middle left out (`CONTAINER ID   IMAGE   STATUS   PORTS   NAMES`) was trimmed by hand, and
  // its rows may have been: partial. A header whose words are not the default's (one that lost a letter) is not this.
  // Only columns left out between two kept ones: a run of the default's last columns alone (`PORTS   NAMES`) is the rest of a
  // header a terminal wrapped (h90-notes28413591403), not a trim.
  const at = cols.map((c) => defaultCols.indexOf(c));
  const trimmed =
    cols.length < defaultCols.length && at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]!)) && at.at(-1)! - at[0]! >= cols.length;
  if (
    !defaultHeader.test(header) &&
    (!/\bNAMES\b/.test(header) || trimmed || rearranged(header)) &&
    !rightCut &&
    psLine.test(l.cmd) &&
    !/\s--format\b/.test(l.cmd) &&
    l.layout === 'table'
  )
    return 'cut';
  // Every line of a table's block read as one row (rows without a header were read by their shape), and each row that may run
  // with a name where the header has NAMES; nothing right under the last row that may continue it.
  if (wrapped(l)) return undefined;
  // The block's lines up to its first blank line each one row. Rows without a header were read by their shape across the part: from
  // the first to the last that starts with an ID, blank lines between them passed over, and the line after them closes the block.
  const first = l.rows.findIndex((r) => r.trim());
  const last =
    l.layout === 'rows'
      ? l.rows.findLastIndex((r) => /^\s{0,8}[0-9a-f]{12}\s/.test(r))
      : l.rows.findIndex((r, i) => i > first && !r.trim()) - 1;
  // cw149 (stop 50): a row the terminal wrapped inside an address of its PORTS cell (`… Up 3 days   10.1.10.` / `98:9180->8080/tcp
  // plantuml_server`: no address ends at a dot or colon, docker/cli DisplayablePorts), read as one row by parse-table.ts: one row here.
  const rows = first < 0 ? [] : l.rows.slice(first, last < first ? undefined : last + 1).filter((r) => r.trim());
  const chained = rows.findIndex((r) => r.length < 400 && chainedHeader.test(r));
  const lines = chained > 0 ? rows.slice(0, chained) : rows;
  const block = lines.reduce<string[]>((rows, r) => {
    const prev = rows.at(-1);
    if (prev !== undefined && addressCut.test(prev.trimEnd()) && addressRest.test(r.trim()))
      rows[rows.length - 1] = prev.trimEnd() + r.trim();
    else rows.push(r);
    return rows;
  }, []);
  if (block.length !== l.containers.length) return 'cut';
  if (l.layout === 'rows' && last >= first && !closed(l.rows.slice(last + 1).find((r) => r.trim()))) return 'cut';
  // By columns, each row that may run reaches NAMES: docker/cli's tabwriter pads every cell before it to its column (formatter.go
  // postFormat: tabwriter.NewWriter(…, 10, 1, 3, ' ', 0)), so such a row that ends short of it, where the header is laid out, was cut
  // there. A stopped one publishes nothing (cw83).
  const names = header.search(/\bNAMES\b/);
  const short = (r: string, i: number) => /\S {2,}\S/.test(r) && r.trimEnd().length <= names && !stopped(l.containers[i]?.state);
  if (names > 0 && /\S {2,}\S/.test(header) && block.some(short)) return 'cut';
  if (/\bNAMES?\b/.test(header) && !l.containers.every((c) => stopped(c.state) || mobyName.test(c.name))) return 'cut';
  // docker/cli cuts an ID to 12 digits without a mark (stringid.TruncateID): an ID cell ending in `...` or `…` was shortened by hand.
  if (/^\s*CONTAINER ID\b/.test(header) && l.rows.some((r) => /^\s{0,8}\S{1,64}(?:\.{3}|…)\s/.test(r))) return 'cut';
  return !l.containers.length || closed(l.after) ? undefined : 'cut';
}

/**
 * Stop 51 (h139-formac127, both experts): a listing's last row where the paste ends, of a container the paste's own `docker run` made
 * without --name, whose NAMES is one lower-case word. Docker names such a container `<adjective>_<surname>` (moby pkg/namesgenerator
 * GetRandomName: `fmt.Sprintf("%s_%s", left[…], right[…])`, a digit after it on a retry), so a word without `_` is a name the copy
 * cut (`… 80/tcp, 443/tcp     amazi`), and the rows after it are not shown (CONVENTIONS §1's cut listing). `lastLines`: the lines
 * of the paste's last part.
 */
export function cutAtGeneratedName(facts: Facts, lastLines: readonly string[]): boolean {
  const lastRow = facts.containers.at(-1);
  const lastLine = lastLines.findLast((l) => l.trim())?.trimEnd() ?? '';
  const bare = (image?: string) => image?.replace(/:latest$/, '');
  return (
    !!lastRow?.name &&
    !!facts.listed &&
    !facts.listingCut &&
    /^[a-z]{1,30}$/.test(lastRow.name) &&
    lastLine.length < 2000 &&
    lastLine.endsWith(` ${lastRow.name}`) &&
    facts.commands.some((c) => c.command === 'container run' && !c.name && !!c.image && bare(c.image) === bare(lastRow.image))
  );
}

/**
 * cw179 (stop 57): a listing's last row at the paste's end or its fence's close, whose NAMES cell is a strict beginning of the name the
 * paste's own `docker run --name` gave a container of the same image (`--name web-frontend-1`, the row's `web-fr`). docker/cli never
 * shortens a name: cli/command/formatter/container.go's Names() strips the leading `/` and, without --no-trunc, keeps the first name
 * that is not a link's (`other/alias`), whole; --no-trunc's cut is for IDs (stringid.TruncateID) and COMMAND (Ellipsis) only. So the
 * copy cut the row there, and the rows after it are not shown (CONVENTIONS §1's cut listing, cw83, cw88). Not when a run gave that
 * short name itself, nor when the paste renames a container (`docker rename`: the later name is not the run's), nor a name the paste
 * shows elsewhere (a container of its own). `allLines`: every command and line of the paste.
 */
export function cutAtOwnName(facts: Facts, lastLines: readonly string[], allLines: readonly string[]): boolean {
  const lastRow = facts.containers.at(-1);
  const said = lastLines.filter((l) => l.trim());
  const fence = /^\s*(?:```|~~~)\s*$/.test(said.at(-1) ?? '');
  const lastLine = (fence ? said.at(-2) : said.at(-1))?.trimEnd() ?? '';
  const name = lastRow?.name;
  if (!name || !facts.listed || facts.listingCut || lastLine.length >= 2000 || !lastLine.endsWith(` ${name}`)) return false;
  // A stopped row publishes nothing, and its name may be a container of its own (a `--name mybusybox` before `mybusybox2`): cw88 keeps
  // the ok of a stopped cut row (h58-vic2187: VIC's `Stopped` mybusybox under the run's mybusybox2, ok, both experts).
  if (lastRow.state !== 'running') return false;
  if (facts.commands.some((c) => /\brename\b/.test(c.command))) return false;
  // A name the paste shows anywhere else (an earlier listing's row, a `docker stop` of it, Compose's `Stopping psql ... done`) is a
  // container of its own, whole (h65-run0utnetology: psql Exited beside the run's psql2).
  const word = new RegExp(`(?<![\\w.-])${name.replace(/[.]/g, '\\.')}(?![\\w.-])`);
  if (allLines.filter((l) => l.length < 2000 && word.test(l)).length > 1) return false;
  const bare = (image?: string) => image?.replace(/:latest$/, '');
  const runs = facts.commands.filter((c) => /^container (?:run|create)$/.test(c.command) && !!c.name);
  return (
    !runs.some((c) => c.name === name) &&
    runs.some((c) => c.name!.length > name.length && c.name!.startsWith(name) && !!c.image && bare(c.image) === bare(lastRow.image))
  );
}
