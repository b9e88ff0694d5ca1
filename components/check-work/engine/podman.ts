/*
 * cw88: a paste whose docker command is Podman, by Podman's own lines (containers/podman#18248: `docker` an alias for podman on a
 * Mac, its help, `Error: missing command 'podman COMMAND'`, then `docker ps` printing Podman's empty table). Podman's output never
 * answers for Docker Engine (CONVENTIONS §2.6, cw70): check.ts turns an ok of such a paste into "another program's output".
 * Podman's lines, not words about Podman (a poster saying they left it is no tell):
 * - its root help (cmd/podman/root.go: "Manage pods, containers and images", the flags' "Connection to use for remote Podman
 *   service", "URL to access Podman service", cobra's "Help for podman" / "version for podman") and its cobra errors
 *   (cmd/podman/validate/args.go: "missing command '%s COMMAND'", "unrecognized command `%s %s`", "Try '%s --help' …");
 * - podman-docker's notice ("Emulate Docker CLI using podman", the shim's own line, parse-version.ts);
 * - podman machine's default connection as Podman prints it (a flag's `(default "podman-machine-default")`, an identity path, a
 *   `system connection list` row);
 * - containers/image's pull lines (copy.go "Getting image source signatures", "Writing manifest to image destination", "Storing
 *   signatures"; "Trying to pull <registry>/…..."; shortnames' `Resolved "x" as an alias (`): Podman's, Buildah's, never Docker's
 *   ("Pull complete", "Status: Downloaded newer image");
 * - its tables' layout: containers/common pkg/report NewWriterDefault is Go's tabwriter with minwidth 12 and padding 2, where
 *   docker/cli's formatter has minwidth 10 (20 before 2020) and padding 3. A table whose every column but the last is
 *   max(12, widest cell + 2) wide, one of them 12 for a cell of 8 characters or fewer (the minimum width at work: docker/cli
 *   would make it 10 or 11, or 20), is Podman's. Docs aligned by hand with two spaces (tabulate's, moby's old docs) have no such
 *   column, so the minimum width is the tell, not the two spaces.
 */

/** podman-docker's notice (containers/podman's `docker` script), the one line of it that says so (here and in check.ts; parse-version.ts, in a lazy chunk, has its own copy). */
export const podmanDockerNotice = /^\s*Emulate Docker CLI using podman\b/m;

const said =
  /^\s*(?:Error: (?:missing command '|unrecognized command `)podman\b|Try 'podman\b[^'\n]{0,60}--help' for more information|Manage pods, containers and images\s*$|(?:-\w, )?--[\w-]{2,30} [^\n]{0,40}?\s(?:Connection to use for remote Podman service|URL to access Podman service|[Hh]elp for podman|version for podman)\b|(?:Getting image source signatures|Writing manifest to image destination|Storing signatures)\s*$|Trying to pull [\w-]+(?:\.[\w-]+)+(?::\d{1,5})?\/\S{1,300}\.\.\.\s*$|Resolved "[^"\n]{1,200}" as an alias \(|podman-machine-default(?:-root)?\*?\s{2,}\S)|(?:\(default "|\/)podman-machine-default\b/m;

/** The header words of the tables docker's commands print, and Podman's alike. */
const header = /^(?:[A-Z][A-Z/]*(?: [A-Z][A-Z/]*)?(?: {2,}|$)){2,}$/;

/** Podman's tabwriter (see above): the header at `at` and the rows under it, every column set as report.NewWriterDefault sets it. */
function podmanTable(lines: string[], at: number): boolean {
  const head = lines[at]!.trimEnd();
  const starts = [...head.matchAll(/\S+(?: \S+)*/g)].map((m) => m.index);
  if (starts.length < 2) return false;
  const rows = [head];
  for (let i = at + 1; i < lines.length && i < at + 200 && /\S {2,}\S/.test(lines[i]!); i++) rows.push(lines[i]!.trimEnd());
  let floor = false;
  for (let c = 0; c < starts.length - 1; c++) {
    const width = starts[c + 1]! - starts[c]!;
    const widest = Math.max(...rows.map((r) => r.slice(starts[c], starts[c + 1]).trimEnd().length));
    // A cell that runs into the next column is no tabwriter's cell.
    if (rows.some((r) => r[starts[c + 1]! - 1] !== undefined && r[starts[c + 1]! - 1] !== ' ')) return false;
    if (width !== Math.max(12, widest + 2)) return false;
    if (widest <= 8) floor = true;
  }
  return floor;
}

/** Whether the paste shows Podman answering for the docker command (see above). */
export function podmanSays(text: string): boolean {
  const t = text.length > 200000 ? text.slice(0, 200000) : text;
  if (podmanDockerNotice.test(t) || said.test(t)) return true;
  const lines = t.split('\n');
  return lines.some((l, i) => l.length < 400 && header.test(l.trim()) && podmanTable(lines, i));
}
