/*
 * cw144: the last word before an ok on the reach path. An ok was what was left when no guard fired (each guard naming one more
 * shape of an incomplete or failing paste); here it is built the other way round: a small, named set of conditions the paste must
 * positively show, taken from what the programs print when their output is whole (docker/cli's formatter, moby's State.String, the
 * servers' own start lines), not from the pastes that were not. Where one is not shown, the answer is what the paste does show
 * (shows-part, the variant naming what is missing, CONVENTIONS §1 cw144), or the failure it shows (§2.0). The guards before it stay:
 * they give the specific answers; this gate only keeps an ok from standing on less.
 */
import { generatedName } from './moby-names';
import type { Lib } from './lib';
import type { Container, Diagnosis, Facts, Listen } from './types';

/**
 * The command, when the paste shows it, lists every running container: docker/cli container/list.go prints every running one
 * unless told otherwise (`-n`/`--last`, `-l`/`--latest`, `-q`, a `--filter` that moby daemon/list.go matches against each), and a
 * pipe hands the rows to another program. Kept: `-a`/`--all` (the stopped ones too), `-s`, `--no-trunc`, `--format`, and the
 * filters that drop no container that may hold the port (`publish=8050`, the course's `name=dash-app`, a state: CONVENTIONS §1 cw96).
 */
function listsAll(cmd: string, lib: Lib): 'latest' | 'filter' | undefined {
  const { psLine } = lib;
  if (!psLine.test(cmd) || cmd.length > 1000) return undefined;
  // A shell's comment after the command (`docker ps -a   # every container`) is no argument.
  const typed = cmd.replace(/\s#.*$/, '');
  const { publish, container } = lib.expected.run;
  const kept = (v: string) =>
    [`publish=${publish!.host}`, `publish=${publish!.host}/tcp`, `name=${container}`].includes(v.replace(/["']/g, '')) ||
    /^["']?(?:status|exited)=/.test(v);
  const args = typed.replace(psLine, '').match(/"[^"]*"|'[^']*'|\|{1,2}|[^\s"'|]+/g) ?? [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    // The shell's next command (`||`, `&&`, `;`): the listing's own arguments end there.
    if (/^(?:\|\||&&|;)$/.test(a)) return undefined;
    if (a.startsWith('|'))
      return /^\s*(?:sort|column|uniq|cat|less|more)\b/.test(args[i + 1] ?? '') ? undefined : filterOrLatest(args[i + 1]);
    if (/^(?:-[as]{1,2}|--all|--size|--no-trunc)$/.test(a)) continue;
    if (/^--format$/.test(a)) {
      i++;
      continue;
    }
    if (/^--format=/.test(a)) continue;
    const f = /^(?:-f|--filter)(?:=(.+))?$/.exec(a);
    if (f) {
      const v = f[1] ?? args[++i] ?? '';
      if (kept(v)) continue;
      return 'filter';
    }
    if (/^-/.test(a)) return /^(?:-[as]{0,2}[ln]|--latest|--last)/.test(a) ? 'latest' : 'filter';
    // docker ps takes no argument but its flags (docker/cli container/list.go: `Args: cli.NoArgs`): a word is the line told in a
    // sentence (`docker ps gets me:`) or a prompt's decoration, not the command that ran, so it shows no command.
    return undefined;
  }
  return undefined;
}
const filterOrLatest = (next?: string) => (/^(?:head|tail)$/.test(next ?? '') ? 'latest' : 'filter');

/** A STATUS's duration (moby State.String with go-units HumanDuration), and that duration in seconds, about. */
const statusAge =
  /\s(?:Up|(?:Exited|Restarting) \(-?\d{1,3}\)) (Less than a second|About an? (?:minute|hour)|\d{1,4} (?:second|minute|hour|day|week|month|year)s?)\b/;
const unit: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, month: 2592000, year: 31536000 };
function seconds(d: string): number {
  if (/^Less/.test(d)) return 0;
  const m = /^(\d+|About an?) (\w+?)s?$/.exec(d);
  return m ? (/^About/.test(m[1]!) ? 1 : +m[1]!) * (unit[m[2]!] ?? 0) : 0;
}

/**
 * At "Is port 8050 free?": an ok needs (1) a listing that is docker ps' whole output (its header, every row read whole, nothing
 * after its last row that continues it), (2) its command (when shown) listing every running container, and (3) nothing the paste
 * shows failing that the step must report (§2.0): a container of the setup that runs now (a name of its own) restarting, or exited
 * with an error since the oldest running one started (moby's codes 130, 137 and 143 are a stop, not a failure).
 */
export function portFreeGate(facts: Facts, lib: Lib): Diagnosis | undefined {
  const { d, stateCheck, expected } = lib;
  const listings = facts.listings ?? [];
  const why = listings.map(lib.unwhole);
  const ps = listings.filter((l) => !l.compose);
  if (!ps.length) return d('shows-part', { variant: listings.length ? 'project' : 'rows' });
  // cw184 (stop 58): a `table` template's rows the writer chose (no header, under a caption: listing-whole.ts) beside a whole listing
  // of the paste show no less than that one, as `-l` beside a whole docker ps (CONVENTIONS §1 cw69): the whole one stands
  // (h77-puter3191: one row under `show:`, then the template's whole table with nothing at 8050, ok).
  const whole = why.some((w, i) => !w && !listings[i]!.compose && !listsAll(listings[i]!.cmd, lib));
  const broken = why.find((w, i) => w && !listings[i]!.compose && !(whole && listings[i]!.headless));
  if (broken) return d('shows-part', { variant: broken });
  const narrowed = ps.map((l) => listsAll(l.cmd, lib));
  if (narrowed.every(Boolean)) return d('shows-part', { variant: narrowed[0]! });
  const last = [...new Map(facts.containers.filter((x) => x.name).map((x) => [x.name, x])).values()];
  // How long each has run, or since when it stopped, by its row's STATUS (moby's `Up 5 minutes`, `Exited (1) 3 weeks ago`).
  // cw169 (stop 56): by its row in the last listing that shows it, as `last` keeps each container's last row (§2.0, the later state
  // stands): moby container/state.go State.String prints `Exited (%d) %s ago` from FinishedAt at each `docker ps`, so an earlier
  // listing's `About a minute ago` is older than the later one's `3 minutes ago` beside a container started since (Docker Desktop's
  // shutdown leaves its containers `Exited (255)`; a new run after the restart is the setup that runs now).
  const rows = listings.flatMap((l) => l.rows);
  const since = (x: Container) => {
    const name = x.name.length < 200 ? new RegExp(`\\s${x.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) : undefined;
    const row = name && rows.findLast((r) => r.length < 2000 && name.test(r));
    const m = row && statusAge.exec(row);
    return m ? seconds(m[1]!) : undefined;
  };
  const up = Math.max(-1, ...last.filter((y) => y.state === 'running').map((y) => since(y) ?? -1));
  // A failure of the setup that runs now: it stopped after (or about when) the oldest running one started, the minutes Docker's
  // HumanDuration rounds to between; a stop weeks before that is a past try (CONVENTIONS §1, cw83's rows created apart).
  const failing = (x: Container) =>
    x.name !== expected.run.container &&
    !generatedName(x.name) &&
    (x.state === 'restarting' ||
      (x.state === 'exited' && !!x.exitCode && ![130, 137, 143].includes(x.exitCode) && up >= 0 && (since(x) ?? Infinity) <= up + 120));
  const failed = last.find(failing);
  if (failed) return stateCheck(failed, failed.name, facts.lastLines[failed.name]);
  return undefined;
}

/**
 * A server's start line as it printed it, not as someone wrote it: a program writes its line from the line's start, so the address
 * that says every address is neither inside a quote or a code span opened on the line (`` `…` ``, "…", '…', “…”, 「…」, «…»: a
 * sentence's quote, a `print("…")` or `echo "…"` in a source, a README's span) nor on a line a comment mark opens (`#`, `//`: a
 * script's or a notes' comment). A logfmt value's quote (`msg="…"`, Go's log/slog and Grafana's `key="value"`) is the program's own.
 */
const commented = /^\s{0,20}(?:#|\/\/)(?:\s|$)/;
const everyAddress = /0\.0\.0\.0|\[::\]|\ball addresses\b/;
const printed = (line: string, enclosed: Lib['enclosed']) => {
  if (line.length > 2000 || commented.test(line)) return false;
  const at = line.search(everyAddress);
  return !enclosed(at < 0 ? line : line.slice(0, at));
};

/** At "Does the app listen on 0.0.0.0?": every address shown by a line the server printed, not one told (or a request through Docker). */
export function listenGate(listen: Listen | undefined, facts: Facts, lib: Lib): Diagnosis | undefined {
  if (!listen || listen.served || !listen.all) return undefined;
  const key = Object.entries(facts.listen).find(([, l]) => l === listen)?.[0];
  const line = (key !== undefined && facts.allLines?.[key]) || '';
  return printed(line, lib.enclosed) ? undefined : lib.d('shows-part', { variant: 'port' });
}
