/*
 * cw71: `docker ps --format TEMPLATE` (and `docker container ls`), read through the learner's own template at every step.
 *
 * docker/cli cli/command/formatter/container.go executes the Go template once per container and prints one line each; `table`
 * first prints the fields' upper-case names and aligns the columns with tabwriter (three spaces at least), and formatter.go's
 * preFormat turns a typed `\t` into a tab and trims the template's spaces. So the template, each `{{.Field}}` a hole, is the
 * pattern of every row, and each hole takes its field's own shape (moby's State.String for Status, the PORTS cell's list for
 * Ports, go-units' HumanDuration for RunningFor): `{{.Names}} {{.Status}} {{.Ports}}` splits "dash-app Up 4 seconds
 * 0.0.0.0:8050->8050/tcp" where the status ends, not at its first space. A template with any other action (`{{json .}}`,
 * `{{.Label "x"}}`, `{{if …}}`) is not read here; JSON is schemas.ts'.
 *
 * What it shows: the containers listed, their names (the first of `Names`, or none from an ID), states and ports where the
 * template asked for them. Without a state field, `docker ps` without -a lists running containers only (docker/cli
 * container/list.go: `--all` "Show all containers (default shows just running)"), so each row is running; with -a, -n, -l or a
 * status filter, the state stays unknown. Piped through grep, findstr, Select-String, head or tail, the rows are the poster's
 * choice (`rowsOnly`); through sort or column, the whole listing in another order.
 */
import { splitName, stateOf } from './parse-table';
import { portsFromColumn } from './parse-ports';
import type { Container } from './types';

// go-units HumanDuration's words only (duration.go: "Less than a second", "About a minute", "About an hour", "%d seconds" … "%d
// years"), so that a status the copy cut inside its unit (`Up 21 minu`, cw88) is no whole cell.
const duration = '(?:Less than a second|About an? (?:minute|hour)|\\d+ (?:second|minute|hour|day|week|month|year)s?)';
const port =
  '(?:(?:[\\d.]{7,15}|\\[[\\da-f:]{0,39}\\]|::|[\\da-f:]{2,39}):\\d{1,5}(?:-\\d{1,5})?->)?\\d{1,5}(?:-\\d{1,5})?\\/(?:tcp|udp|sctp)';
/** Each field's cell, as container.go prints it. */
const cells: Record<string, string> = {
  ID: '([0-9a-f]{12,64})',
  Names: '([a-zA-Z0-9][\\w.-]{0,127}(?:,[\\w./-]{1,128})*)',
  Image: '(\\S{1,300})',
  Command: '("[^"\\n]{0,400}(?:"|…)|\\S{1,300})',
  CreatedAt: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d{4} \\w{1,6}|.{1,60}?)',
  RunningFor: `(${duration} ago)`,
  Ports: `((?:${port})(?:, ?${port}){0,200}|)`,
  Status: `((?:Up|(?:Exited|Restarting) \\(-?\\d{1,3}\\)) ${duration}(?: ago)?(?: \\((?:Paused|healthy|unhealthy|health: starting)\\))?|Created|Dead|Removal In Progress|Exit -?\\d{1,3})`,
  State: '(created|running|paused|restarting|removing|exited|dead)',
  Size: '(.{1,80}?)',
  Labels: '(.{0,2000}?)',
  Mounts: '(\\S{0,2000})',
  Networks: '(\\S{0,2000})',
  LocalVolumes: '(\\d{1,5})',
  Platform: '(\\S{0,100})',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * cw88: `cut`, the listing ends inside a row of a running container (or one whose state is not shown): see psTemplate.
 * cw184: `headless`, a `table` template's rows without the header it prints, after a caption of the writer's (see psTemplate).
 */
export type Listing = {
  containers: Container[];
  end: number;
  rowsOnly: boolean;
  portsUnseen: boolean;
  cut?: boolean;
  headless?: boolean;
};

/** The rows of `docker ps --format TEMPLATE` under its command, up to the first line that is no row (`end`); null for any other command. */
export function psTemplate(cmd: string, lines: string[]): Listing | null {
  const m =
    cmd.length < 1000
      ? /^docker (?:container )?(?:ps|ls|list)\b(.*?)--format(?:=| +)(?:(["'])(.{1,400}?)\2|([^\s"'|]{1,400}))(.*)$/.exec(cmd)
      : null;
  if (!m) return null;
  const [, flags = '', quote, quoted, bare, after = ''] = m;
  const pipes = after
    .split('|')
    .slice(1)
    .map((p) => p.trim().split(/\s/)[0]!.toLowerCase());
  // Only filters that print the rows themselves (never `| wc -l`, whose count is no row).
  if (pipes.some((p) => !/^(?:sort|column|uniq|cat|less|more|grep|egrep|findstr|select-string|sls|head|tail)$/.test(p))) return null;
  const options = `${flags} ${after.split('|')[0]}`;
  let template = (quoted ?? bare!).trim();
  const table = /^table\b/.test(template);
  template = template.replace(/^table\b\s*/, '').replace(/\\t/g, '\t');
  if (/\\n/.test(template)) return null;
  const fields: string[] = [];
  /** The pattern up to each field's cell (cw88: a row cut after it). */
  const sources: string[] = [];
  let source = '';
  let last = 0;
  for (const a of template.matchAll(/\{\{-?\s*(.*?)\s*-?\}\}/g)) {
    const field = /^\.(\w{1,20})$/.exec(a[1]!)?.[1];
    if (!field || !cells[field]) return null;
    const text = template.slice(last, a.index);
    // Whitespace alone between two cells may be any run of spaces or a tab the copy turned into them, or none before an empty cell.
    source += /^\s*$/.test(text) && last ? '\\s*' : escape(text).replace(/\s+/g, '\\s+');
    source += cells[field];
    fields.push(field);
    sources.push(source);
    last = a.index + a[0].length;
  }
  if (!fields.length) return null;
  source += escape(template.slice(last)).replace(/\s+/g, '\\s+');
  const row = new RegExp(`^${source}$`);
  // cmd.exe hands single quotes on to docker, which prints them around each row (`'dash-app'`).
  const bareRow = (l: string) => (quote === "'" ? l.trim().replace(/^'(.*)'$/, '$1') : l.trim()).trim();
  const all = /(?:^|\s)(?:-[a-zA-Z]*[aln][a-zA-Z]*\b|--all\b|--latest\b|--last\b)|\b(?:status|exited)=/.test(options);
  const containers: Container[] = [];
  let end = 0;
  let cut = false;
  /**
   * cw88: the listing's last line, no row, the copy cut inside it (hassio-addons/app-nginx-proxy-manager#678: `table {{.Names}}\t
   * {{.Status}}\t{{.Ports}}` ending `homeassistant Up 21 minu`): the fields before the cut whole, then the start of a STATUS
   * (moby's State.String: Up, Exited, Restarting, Created) or of a PORTS cell (an address or a port), not whole. Its container's
   * ports, and the rows after it, are not shown, unless it is stopped (a stopped container publishes nothing: cw83's precedent,
   * tldr-pages/tldr#18938). A sentence below the rows starts with neither.
   */
  const cutRow = (l: string): boolean => {
    for (let k = fields.length - 1; k >= 1; k--) {
      const m = new RegExp(`^${sources[k - 1]}(.{1,400})$`).exec(l);
      const rest = m?.at(-1)?.replace(/^\s*[^\w\s[]{0,3}\s*/, '');
      if (!m || !rest) continue;
      const next = fields[k]!;
      const said = ['Status', 'State'].map((f) => fields.indexOf(f)).find((i) => i >= 0 && i < k);
      const status = said === undefined ? undefined : m[said + 1];
      // A health cut inside its parentheses (`Up 5 hours (heal`): the status before it says running.
      if (fields[k - 1] === 'Status' && /^\s*\([hup]/i.test(m.at(-1)!)) return stateOf(status!).state === 'running';
      if (next === 'Status' || next === 'State') {
        if (!/^(?:Up|Ex|Re|Cr|De|Pa|ru|ex|re|cr|de|pa)/.test(rest)) return false;
        return !/^(?:Exited|Created|Dead|exited|created|dead)/.test(rest);
      }
      if (next !== 'Ports' || !/^(?:[\d[]|::)/.test(rest)) return false;
      return status ? stateOf(status).state !== 'exited' && stateOf(status).state !== 'created' : true;
    }
    return false;
  };
  let prev: string | undefined;
  // cw184 (stop 58): whether the header a `table` template prints came before the rows, and whether a caption of the writer's did.
  let headed = false;
  let caption = false;
  for (let i = 0; i < lines.length; i++) {
    let l = bareRow(lines[i]!);
    if (!l || (!containers.length && /^[A-Z][A-Z ]{1,300}$/.test(l) && (table || /\b(?:NAMES|STATUS|PORTS|CONTAINER ID)\b/.test(l)))) {
      if (l) headed = true;
      end = i + 1;
      prev = undefined;
      continue;
    }
    // cw184 (stop 58): a writer's caption between the command and its rows (`Excerpt:`, `Output:`, `Result (trimmed):`): words ending
    // in a colon, which no row of a template ends in (no cell of container.go's ends so, nor a template's text after the last cell
    // here). Before it was read as a row (a name and a one-character image `:`); it is no container.
    if (!containers.length && l.length < 80 && /^\p{L}[\p{L}\p{N} ()'’,-]{0,60}[:：]$/u.test(l)) {
      caption = true;
      end = i + 1;
      prev = undefined;
      continue;
    }
    let cellsOf = l.length < 4000 ? row.exec(l) : null;
    // The copy's end: nothing below, a blank line (the poster's words may follow it) or a fence.
    const blank = (from: number) => /^\s*(?:`{3,}|~{3,})?\s*$/.test(lines[from] ?? '');
    let last = blank(i + 1);
    // cw88: a row a terminal or an editor wrapped (its PORTS list on the next lines, at a space or not): the lines are one row,
    // this one with the row above it, or with up to three lines below.
    const joins: [joined: string, above: number, ends: boolean][] = [];
    if (!cellsOf && prev) joins.push([`${prev} ${l}`, 1, last], [prev + l, 1, last]);
    // Stop 47: or a PORTS list set one port a line by a writer, the commas gone (a report's `quantum_backend   0.0.0.0:8000->8000/tcp`,
    // then `0.0.0.0:8050->8050/tcp` under it): the ports are one cell.
    if (!cellsOf && prev && /^(?:[\d[]|::)\S{0,60}->\d{1,5}\/(?:tcp|udp|sctp)$/.test(l)) joins.push([`${prev}, ${l}`, 1, last]);
    for (let n = 1; !cellsOf && n <= 3 && lines[i + n]?.trim(); n++) {
      const more = lines.slice(i + 1, i + 1 + n).map(bareRow);
      joins.push([[l, ...more].join(' '), -n, blank(i + 1 + n)], [[l, ...more].join(''), -n, blank(i + 1 + n)]);
    }
    for (const [joined, above, ends] of joins) {
      const again = joined.length < 4000 ? row.exec(joined) : null;
      if (!again && !(above < 0 && ends && containers.length && cutRow(joined))) continue;
      if (above > 0) containers.pop();
      else i -= above;
      [l, cellsOf, last] = [joined, again, ends];
      break;
    }
    if (!cellsOf) {
      cut = containers.length > 0 && last && cutRow(l);
      break;
    }
    prev = l;
    end = i + 1;
    const value = (f: string) => (fields.includes(f) ? cellsOf[fields.indexOf(f) + 1]! : undefined);
    const name = value('Names')?.split(',')[0] ?? '';
    const status = value('Status') ?? value('State');
    // An empty PORTS cell of a container that may be stopped says nothing (a stopped container publishes nothing), as tokenRow's.
    const state = status ? stateOf(status) : all ? {} : { state: 'running' };
    const ports = value('Ports') || (state.state === 'running' ? value('Ports') : undefined);
    containers.push({
      name,
      ...(name && splitName(name)),
      ...(value('ID') && { id: value('ID')!.slice(0, 12) }),
      ...(value('Image') && { image: value('Image') }),
      ...state,
      ...(ports !== undefined && { ports: portsFromColumn(ports) }),
    });
  }
  if (!containers.length) return null;
  // A template without Names under a name filter (`docker ps -a --filter name=dash-app --format "{{.Status}}"`, the docs' way to ask
  // one container's state): its one row is the container the filter names (moby daemon/list.go matches the name's pattern; a name
  // alone is the learner's question about that container).
  const filtered = /(?:--filter|-f)(?:=| +)["']?name=\^?\/?([\w.-]{1,128}?)\$?["']?(?=\s|$)/.exec(options)?.[1];
  if (filtered && containers.length === 1 && !fields.includes('Names') && !fields.includes('ID'))
    Object.assign(containers[0]!, { name: filtered, ...splitName(filtered) });
  return {
    containers,
    end,
    rowsOnly: pipes.some((p) => !/^(?:sort|column|uniq|cat|less|more)$/.test(p)),
    portsUnseen: !fields.includes('Ports'),
    ...(cut && { cut }),
    // cw184 (stop 58): a `table` template prints its header first (formatter.go Context.postFormat), so rows set under a caption
    // without it were chosen by the writer. Right under their command with no caption the copy lost the header, as default rows
    // right under their docker ps line (CONVENTIONS §1 stop 45): those stand.
    ...(table && !headed && caption && { headless: true }),
  };
}

/** An image reference's marks (distribution/reference: a tag after `:`, a registry or a namespace before `/`), which no name has. */
const imageLike = /[:/]/;

/**
 * cw152 (stop 51): `docker ps --format` rows copied without the command that printed them (a notes' block under a sentence, `watch`
 * run over it): a template without `table` prints no header (docker/cli cli/command/formatter/formatter.go Context.postFormat writes the
 * header only where Format.IsTable()), one line per container, the template's text between the cells (a tab, spaces or a comma), and
 * container.go's Ports() cell last (DisplayablePorts: `0.0.0.0:8050->80/tcp, 21027/udp`). The template is read back off the rows:
 * one cell or two before the ports, each without a space; which one is the image is told by its marks (a tag's `:`, a registry's
 * `/`), which moby's names never hold (daemon/names.go validContainerNamePattern `[a-zA-Z0-9][a-zA-Z0-9_.-]`). Read only where the
 * rows are the whole block (a blank line, a fence or the paste's edge on each side), two at least, one publishing a port, and no row
 * names the lesson's container or project (`dash-app`): such rows without their command show no lesson's container, never its ok.
 */
export function headlessRows(lines: string[], lesson: string[]): { listing: Listing; start: number; end: number } | null {
  if (lines.length > 2000) return null;
  const edge = (l: string | undefined) => l === undefined || /^\s*(?:`{3,}\w*|~{3,}\w*)?\s*$/.test(l);
  const ports = `(?:${port})(?:, ?${port}){0,200}`;
  const shape = new RegExp(`^(\\S{1,300}?)(?:(\\t|\\s{2,}|,)(\\S{1,300}?))?(\\t|\\s{2,}|,)\\s*(${ports})$`);
  for (let start = 0; start < lines.length; start++) {
    if (!edge(lines[start - 1]) || edge(lines[start])) continue;
    let end = start;
    while (!edge(lines[end])) end++;
    if (!edge(lines[end]) || end - start < 2) continue;
    const rows = lines.slice(start, end).map((l) => (l.length < 4000 ? shape.exec(l.trim()) : null));
    if (rows.some((r) => !r) || !rows.some((r) => r![5]!.includes('->'))) continue;
    // A cell that is (or starts) a lesson's name, or an image of a lesson's repository, any registry or tag (`registry:2`, `dash-app-web-1`).
    const ofLesson = (cell: string | undefined) =>
      !!cell &&
      lesson.some(
        (n) =>
          cell === n ||
          cell.startsWith(`${n}-`) ||
          cell.startsWith(`${n}_`) ||
          cell
            .replace(/:[\w.-]{1,128}$/, '')
            .split('/')
            .at(-1) === n,
      );
    if (rows.some((r) => ofLesson(r![1]) || ofLesson(r![3]))) continue;
    const two = rows.every((r) => r![3] !== undefined);
    if (!two && rows.some((r) => r![3] !== undefined)) continue;
    const comma = rows.every((r) => r![4] === ',' && (!two || r![2] === ','));
    if (!comma && rows.some((r) => r![4] === ',' || r![2] === ',')) continue;
    const marked = (k: number) => rows.some((r) => imageLike.test(r![k]!));
    const fields = !two
      ? marked(1) && ['Image']
      : marked(1) && !marked(3)
        ? ['Image', 'Names']
        : marked(3) && !marked(1)
          ? ['Names', 'Image']
          : undefined;
    if (!fields) continue;
    const template = [...fields, 'Ports'].map((f) => `{{.${f}}}`).join(comma ? ',' : '\\t');
    const listing = psTemplate(`docker ps --format "${template}"`, lines.slice(start, end));
    if (listing && listing.end === end - start) return { listing, start, end };
  }
  return null;
}
