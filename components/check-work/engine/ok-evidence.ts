/*
 * No evidence, no ok (issue 19; CONVENTIONS §2.0): an ok the facts reached stands only when what reached it is Docker's own output
 * of the learner's run. Each rule here is a kind of paste whose facts can look healthy while that evidence is missing, and says
 * what the ok becomes instead. check.ts asks this of every ok, last, so one place holds them all (they were answer overrides
 * spread through check.ts until stop 53).
 */
import { d } from './diagnosis';
import { compatibleNames } from './normalize';
import { fileDenied } from './parse-errors';
import { leadComment } from './parse-logs';
import { podmanDockerNotice, podmanSays } from './podman';
import type { Part } from './read';
import type { Diagnosis } from './types';

/** A Docker-compatible CLI's command typed anywhere in the paste (normalize.ts marks the ones that start a segment): its name and command. */
const compatibleTyped = new RegExp(
  String.raw`(?:^|[\s$#>❯%])(?:sudo +)?((?:${compatibleNames}) +(?:run|ps|port|logs|inspect|container|network)\b)`,
);

/**
 * cw188: a lead comment (parse-logs.ts leadComment) right above a docker table's header, commented or not, blank lines between at
 * most, in the paste as pasted: a comment inside the block. A Markdown heading (`#### Ejemplo de salida esperada:`) or a fence
 * between them makes the table a block of its own under a lead, which stays read as printed (CONVENTIONS cw128).
 */
function expectedTable(raw: string): boolean {
  const lines = raw.slice(0, 200_000).split(/\r?\n/);
  return lines.some((l, i) => {
    if (l.length > 2000 || !/^\s{0,20}(?:# ?)?(?:CONTAINER ID|NAME|NETWORK ID|REPOSITORY|IMAGE ID)\s{2,}[A-Z]/.test(l)) return false;
    const above = lines.slice(Math.max(0, i - 3), i).findLast((a) => a.trim());
    return above !== undefined && above.length < 300 && !/^\s*##/.test(above) && leadComment.test(above);
  });
}

/** `ok`, or what it becomes when the paste's evidence for it is not Docker's own output (each rule below, in order). */
export function unproven(
  ok: Diagnosis,
  clean: string,
  list: Pick<Part, 'cmd' | 'retold' | 'compatible'>[],
  what: string,
  raw = clean,
): Diagnosis {
  const head = clean.slice(0, 200_000);
  // cw155 (stop 52): Python's PermissionError naming a file (parse-errors.ts: the program's own file, not Docker's socket) is no
  // socket refusal, but still an error line beside whatever looks healthy (CONVENTIONS §2.0): where nothing else answers it, the
  // answer it had before (permission-denied), never an ok.
  if (fileDenied.test(head)) return d('permission-denied', {});
  // cw156 (stop 52): docker port's line quoted in a sentence (normalize.ts segments' retold) is what the learner says it printed, or
  // expects it to: it counts for where the port leads, never for an ok (as a retold start line, CONVENTIONS §2.4). At "Is port 8050
  // published?" which container publishes it is then not shown by Docker's own output.
  if (list.some((p) => p.retold)) return d('shows-part', { variant: 'state' });
  // cw188 (stop 58): a docker table under a comment that leads what one should see (`# Expected output:`, then `# CONTAINER ID …`,
  // normalize.ts' cw78 caption): its writer's expectation, told as stop 49's lead comment makes a start line (CONVENTIONS §1 stop
  // 58): what it shows held or missing counts, never an ok.
  // At lesson 3 such a table does not show that the daemon printed it (install's `listing`).
  if (expectedTable(raw)) return d('shows-part', { variant: what === 'install' ? 'listing' : 'state' });
  // cw70: Podman's output read as docker's (normalize.ts segments) never proves a lesson's condition (the lessons use Docker Engine):
  // such an ok stays what it was before Podman's commands were read, another program's output.
  // A podman command the learner typed is named as such (stop 48: also where no segment starts at it, a copy collapsed onto one
  // line: `❯ nerdctl ps CONTAINER ID …`, its name and command).
  const segment = list.find((p) => p.compatible);
  const typed = segment ? segment.cmd.replace(/^docker/, segment.compatible!) : compatibleTyped.exec(head)?.[1];
  if (typed) return d('unreadable', { variant: 'foreign', foreign: typed });
  // cw88: a docker command that Podman answered, by Podman's own lines (podman.ts: an alias's help and errors, podman-docker's
  // notice, containers/image's pull, Podman's table layout), is told as the docker command being Podman (the alias or
  // podman-docker), which is what the learner has to change. At lesson 3 podman-docker's notice keeps its own answer (cw47).
  if (!podmanSays(clean)) return ok;
  return what === 'install' && podmanDockerNotice.test(clean)
    ? d('shows-part', { variant: 'podman' })
    : d('unreadable', { variant: 'podman' });
}
