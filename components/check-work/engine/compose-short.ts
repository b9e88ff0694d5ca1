/*
 * cw33: Compose's short answers at lessons 7 and 8 (step-compose.ts' readers; host-tools.ts is the sweep), read before its
 * own docker compose ls reader (both find ls' header with composeLsHeader). Imports types only.
 */
import type { TextReader } from './read';

/**
 * `docker compose version --short` (docker/compose cmd/compose/version.go: `--short` prints the version without "Docker
 * Compose version v"): `2.29.1`, its command above it. v2 before 2.3 cannot read the lesson's file (its name: key), as
 * step-compose.ts' nameVersion says of the long form.
 */
const toldShort = /`(?:\$ )?docker(?:-compose| compose) (?:version|--version|-v) {1,3}--short`[^`]{1,40}?`v?(\d+)\.(\d+)\.\d+[\w.+~-]*`/;
export const composeShort: TextReader = (cmd, lines, facts, { seen }) => {
  const said = lines.filter((l) => l.trim());
  // cw146 (stop 50): or told in a sentence, the command and its answer each in a code span on one line ("my result from `docker
  // compose version --short` is `2.6.0`", moodlehq/moodle-docker's issue form): the answer as the command printed it.
  const told = lines.map((l) => (l.length < 500 ? toldShort.exec(l) : null)).find(Boolean);
  const v = /^docker(?:-compose| compose) (?:version|--version|-v)\b.{0,20}--short\b/.test(cmd)
    ? /^v?(\d+)\.(\d+)\.\d+[\w.+~-]*$/.exec(said.length === 1 ? said[0]!.trim() : '')
    : told;
  if (!v) return false;
  facts.composeOld = +v[1]! * 100 + +v[2]! < 203;
  seen(facts, 'docker compose version');
  return true;
};

/**
 * cw164 (stop 55): Compose v2's own help, which `docker compose` prints with no command (docker/compose cmd/compose/compose.go
 * RootCommand: its RunE returns `cmd.Help()` when args is empty; `--help` and `help` print the same; a typo's help, which
 * `unknown docker command` follows, is not read here): docker/cli's plugin usage line `Usage:  docker compose [OPTIONS] COMMAND`, then the command's Long.
 * The plugin answered, so Compose v2 is installed; which release is told by the description alone: "Define and run multi-container
 * applications with Docker" is the Long restored by docker/compose#10504 (commit 0e375a8c, first in v2.18.0), releases before it
 * print the Short "Docker Compose" (v2.0.0 to v2.17: the version is not shown, and only before 2.3 is it too old for the lesson's
 * file). Nothing of a project is shown either way.
 */
const composeUsage = /^\s*Usage:\s+docker compose \[OPTIONS\] COMMAND\s*$/;
export const composeHelp: TextReader = (cmd, lines, facts, { seen }) => {
  if (cmd && !/^docker compose(?: +(?:--help|-h|help))?\s*$/.test(cmd)) return false;
  const at = lines.findIndex((l) => l.length < 200 && composeUsage.test(l));
  if (at < 0 || at > 3) return false;
  const said = lines
    .slice(at + 1, at + 4)
    .find((l) => l.trim())
    ?.trim();
  if (
    said === 'Define and run multi-container applications with Docker.' ||
    said === 'Define and run multi-container applications with Docker'
  )
    facts.composeOld ??= false;
  else if (said !== 'Docker Compose') return false;
  seen(facts, 'docker compose');
  return true;
};

/**
 * cw108: Compose 2.0-2.1's ls had no CONFIG FILES column yet (docker/compose#8573 asked for it: `NAME                STATUS`, then
 * `override            running(4)`): that header too, when a row under it has ls' own STATUS (pkg/compose/ls.go combinedStatus:
 * `state(count)` joined by `, `), so another two-column table headed NAME and STATUS is not taken for it.
 */
// cw156 (stop 52): or under the paste's own `docker compose ls` line, a row's STATUS one word of the backend's: compose-cli (2020, the
// ECS and ACI contexts' `docker compose`; docker/compose-cli cli/cmd/compose/list.go printListFormatted: `fmt.Fprintf(w, "%s\t%s\n",
// stack.Name, stack.Status)` under "NAME", "STATUS") printed the stack's own status (`running`, `Running`, `DELETE_IN_PROGRESS`), no
// count. Only under the command: a two-column NAME STATUS table with no command above it stays unread.
export const composeLsHeader = (lines: string[], cmd = ''): number => {
  const at = lines.findIndex((l) => /^\s*NAME\s+STATUS(?:\s+CONFIG FILES\s*$|\s*$)/.test(l));
  if (at < 0 || /CONFIG FILES/.test(lines[at]!)) return at;
  const row = /^\s*[\w.-]{1,100}\s+(?:[a-z]{3,12}\(\d{1,4}\)(?:,\s?|\s*$)){1,6}$/;
  if (lines.slice(at + 1, at + 40).some((l) => row.test(l))) return at;
  const cli = /^(?:sudo )?docker(?:-compose| compose) (?:ls|list)(?: --?[\w-]+(?:[ =][\w.-]+)?)*\s*$/.test(cmd);
  const rows = lines.slice(at + 1, at + 40).filter((l) => l.trim());
  return cli && rows.length && rows.every((l) => /^\s*[a-z0-9][\w.-]{0,100}\s+[A-Za-z][A-Za-z_]{2,30}\s*$/.test(l)) ? at : -1;
};

/**
 * docker compose ls's STATUS (docker/compose cmd/compose/list.go, pkg/compose/ls.go combinedStatus: each state with its count,
 * `running(3)`, `exited(1), running(2)`, sorted by state): the lesson's project with a container exited, dead or restarting has
 * a service that does not run (which one, the listing does not say); its header alone (`NAME STATUS CONFIG FILES`, nothing
 * under it) lists no project running. Another project's row is step-compose.ts' composeLs' (its name).
 */
export const composeLsState: TextReader = (cmd, lines, facts, { expected, seen }) => {
  const at = composeLsHeader(lines, cmd);
  if (at < 0) return false;
  const rows = lines.slice(at + 1).filter((l) => l.trim());
  const project = expected.compose.project;
  for (const l of rows) {
    const [name, status = ''] = l.trim().split(/\s{2,}|\s+(?=\w+\(\d)/);
    const down = /\b(exited|dead|restarting)\(\d{1,4}\)/.exec(status);
    if (name === project && down) {
      facts.hits.push({ id: 'compose-service-not-running', rank: 1e3, details: { name: project, state: down[1], variant: 'project' } });
      seen(facts, 'docker compose ls');
    }
  }
  if (!rows.length) facts.listed = true;
  return false;
};
