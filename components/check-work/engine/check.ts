/*
 * The entries of the island: checkWork(step, text) for a panel, checkReach(id, text) for a
 * question of the "can't reach it" path. Reads the paste, then asks the error checks and the
 * step's own checks in turn; whatever is left is "I can't read this". Nothing may throw into
 * the island.
 *
 * What only one step needs is in that step's chunk (step-*.ts), loaded with import() once a
 * paste is to be read: its checks, and the readers and error messages of the outputs only it
 * reads. schemas.ts, and with it zod, loads alongside only when the paste holds JSON. What the
 * chunks share is here, and passed to them as `lib` (lib.ts). An empty or binary paste loads
 * nothing.
 */
import { errorCheck } from './diagnose-errors';
import { fileDenied } from './parse-errors';
import { d } from './diagnosis';
import { daemonUpAt, laterState, pulledAfterLookup } from './later-state';
import { lib, type Lib } from './lib';
import { cutAtGeneratedName } from './listing-whole';
import { compatibleNames, isBinary, maxChars, prepare } from './normalize';
import { parts, read, type Part, type StepReading } from './read';
import { podmanDockerNotice, podmanSays } from './podman';
import type { ReachStepId } from './reach-steps';
import type { Check, Diagnosis, Facts, Hit, Step } from './types';

/**
 * A step's chunk: the readers of the outputs and the error messages only it reads (read.ts),
 * and its checks, given the step (or the question of the reach path) as `what`: a chunk is
 * loaded for its own steps only, so its check may take just those (a method, hence bivariant).
 */
export type StepChunk = StepReading & {
  check(facts: Facts, lib: Lib, what: string): Diagnosis | undefined;
  /** Drops error hits that do not answer `what` (a question of the reach path, Compose's step), before the error checks. */
  settle?(facts: Facts, lib: Lib, what: string, list: Part[]): void;
  /**
   * cw129: the step's question asked once more of the facts read, where neither the error checks nor the step's own check
   * answered: a problem those facts show by the step's rules (CONVENTIONS.md), else nothing (the paste stays unreadable).
   */
  fallback?(facts: Facts, lib: Lib, what: string): Diagnosis | undefined;
};

const compose = (): Promise<StepChunk> => import('./step-compose');
const chunks: Record<Step, () => Promise<StepChunk>> = {
  install: () => import('./step-install'),
  run: () => import('./step-run'),
  compose,
  networks: compose,
  share: () => import('./step-share'),
  volumes: () => import('./step-volumes'),
};
const reachChunk = (): Promise<StepChunk> => import('./step-reach');

/** A Docker-compatible CLI's command typed anywhere in the paste (normalize.ts marks the ones that start a segment): its name and command. */
const compatibleTyped = new RegExp(
  String.raw`(?:^|[\s$#>❯%])(?:sudo +)?((?:${compatibleNames}) +(?:run|ps|port|logs|inspect|container|network)\b)`,
);

/** Why the facts answer nothing: the paste was cut, cut off JSON, another command, or output that does not tell. */
const unreadable = ({ long, cutJson, foreign, kinds }: Facts) =>
  d('unreadable', { variant: long ? 'long' : cutJson ? 'cut' : foreign ? 'foreign' : kinds.length ? 'seen' : undefined, foreign });

/**
 * Reads a paste at a check and answers; throws when a reader fails (a bug), so that the tests,
 * which run every fixture and corpus paste through it, see the exception. The island uses
 * checkWork / checkReach, which turn an exception into an "unreadable" answer.
 */
export async function diagnose(check: Check, text: unknown): Promise<Diagnosis> {
  const reach = check.startsWith('reach:');
  const what = reach ? check.slice('reach:'.length) : Object.hasOwn(chunks, check) ? check : 'install'; // a wrong step from the island still gets an answer
  const load = reach ? reachChunk : chunks[what as Step];
  const clean = typeof text === 'string' ? prepare(text) : '';
  if (!clean.trim() || isBinary(clean)) return d('unreadable', { variant: clean.trim() ? 'binary' : 'empty', readAs: [] });
  const list = parts(clean);
  // cw34: with no command line of its own, a `docker run` told in a sentence (command-line.ts toldRuns).
  // cw62: a sentence that starts with the word docker behind a prompt (`$ docker Start ollama command is docker run …`) is no
  // command line: docker's commands are lower case.
  const said = (p: Part) => /^docker +[A-Z]/.test(p.cmd);
  const told = !list.some((p) => /^docker\b/.test(p.cmd) && !said(p)) && /docker (?:container )?run /.test(clean);
  const [step, schemas, commandLine] = await Promise.all([
    load(),
    list.some((p) => p.json.values.length || p.json.rest) ? import('./schemas') : undefined,
    list.some((p) => /^docker\b/.test(p.cmd)) || told ? import('./command-line') : undefined,
  ]);
  const facts = read(list, schemas?.readScan, step);
  // A name looked up beside a server that answered (step.beside); not a failure of its own kind (a variant: the client's
  // credential helper, cw28), nor an image a run or pull could not get (hello-world's own pull failing: CONVENTIONS.md §2.1),
  // which the paste shows whatever the Server part says.
  const lookup = (h: Hit) => step.beside?.includes(h.id) && !h.details.variant && (h.id !== 'image-not-found' || h.details.lookup);
  if (facts.serverOk) facts.hits = facts.hits.filter((h) => !lookup(h));
  for (const [i, cmd] of (commandLine
    ? [...list.map((p) => p.cmd), ...(told ? commandLine.toldRuns(list.flatMap((p) => (said(p) ? [p.cmd, ...p.lines] : p.lines))) : [])]
    : []
  ).entries()) {
    const [line, ...chained] = cmd ? commandLine!.commandLines(cmd) : [];
    // cw146 (stop 50): the docker commands a list chains after the first (`docker build -t img dir/ && docker run -d img …`), each a
    // command of its own (command-line.ts commandLines), read as the line's, in their order.
    for (const more of chained) if (i < list.length) more.at = i;
    // cw92: the paste's last line, nothing after it (dani-garcia/vaultwarden#2775's copy ends at `docker run valtwar`): it was typed,
    // what it did is not shown. A poster's question or thanks after it (`Any idea what I am doing wrong?`, `Thanks!`) is no output.
    if (line && i === list.length - 1 && !list[i]!.lines.some((l) => l.trim() && !/^[A-Z][^\n]{0,200}[?!]$/.test(l.trim())))
      line.endsPaste = true;
    // cw98: a stop, kill or rm that Docker refused (`Error response from daemon: You cannot remove a running container …`, `No such
    // container`) ended nothing (diagnose-container.ts endedByHand).
    if (line && i < list.length) line.at = i;
    if (line?.targets && list[i]?.lines.some((l) => /\bError\b|\bcannot (?:remove|stop|kill)\b/i.test(l))) line.refused = true;
    // cw151 (stop 51): Compose's down (or rm) names each container it removed in its progress: v1's `Removing x_web_1 ... done`
    // (compose/parallel.py parallel_execute's "Removing" message and its `done`), v2's `Container x-web-1  Removed` (pkg/compose/
    // down.go removeContainers: progress.RemovedEvent of getContainerProgressName, "Container " and the name). Those, and only those
    // it printed done, are the down's targets: removed, as a `docker rm`'s (diagnose-container.ts endedByHand), unless a row after it.
    if (line && /^compose (?:down|rm)$/.test(line.command) && i < list.length) {
      const removed = list[i]!.lines.flatMap((l) =>
        l.length > 400
          ? []
          : [
              /^\s*Removing ([\w.-]{1,128}) +\.\.\. done\s*$/.exec(l)?.[1] ??
                /^\s*[✔✓]?\s*Container ([\w.-]{1,128})\s+Removed\s*(?:[\d.]+s)?\s*$/.exec(l)?.[1],
            ].filter((n): n is string => !!n),
      );
      if (removed.length) line.targets = removed;
    }
    if (line) facts.commands.push(line);
    facts.commands.push(...chained);
    // cw155 (stop 52): a foreground `docker run` returns its container's exit status as its own (docker/cli cli/command/container/
    // run.go runContainer: `cli.StatusError{StatusCode: status}` from waitExitOrRemoved; docs.docker.com's run reference, "Exit
    // status": 125 the daemon's error, 126 and 127 the contained command not invoked or not found, else the contained command's), and
    // the shell tells it: ble.sh's `[ble: exit %d]` (its bleopt exec_errexit_mark, printed when a command exits non-zero), or the
    // learner's `echo $?` right after (bash's special parameter `?`, the last foreground pipeline's status). That container stopped on
    // its own with that code: an exited container of the line's name (none: Docker's own name, not shown). Not 125–127, which
    // Docker or the shell print in words of their own, nor a stop by hand (130 Ctrl-C, 137 kill, 143 SIGTERM; CONVENTIONS §1).
    if (line?.command === 'container run' && !line.detach && i < list.length) {
      // The poster's question or thanks after it (`Any idea what I am doing wrong?`, `Thanks!`: cw92's words) is no output.
      const last = list[i]!.lines.findLast((l) => l.trim() && !/^[A-Z][^\n]{0,200}[?!]$/.test(l.trim()))?.trim() ?? '';
      const next = list[i + 1];
      const echoed =
        next && /^echo +"?\$\?"?$/.test(next.cmd) && !list[i]!.lines.some((l) => l.trim())
          ? next.lines.find((l) => l.trim())?.trim()
          : undefined;
      const code = Number(/^\[ble: exit (\d{1,3})\]$/.exec(last)?.[1] ?? (/^\d{1,3}$/.test(echoed ?? '') ? echoed : 0));
      if (code > 0 && code < 256 && ![125, 126, 127, 130, 137, 143].includes(code))
        facts.containers.push({ name: line.name ?? '', state: 'exited', exitCode: code });
    }
  }
  if (cutAtGeneratedName(facts, list.at(-1)?.lines ?? [])) facts.listingCut = 'rows';
  // Stop 52: a container listed Up that a later listing of the paste no longer shows had stopped or gone by then (diagnose-container.ts
  // goneLater): its row is no evidence of the paste's end, at any step. Not one the learner's own stop, kill, rm or Compose down ended
  // (endedByHand): that one keeps the answer its running row had (CONVENTIONS §2.3 cw98).
  const gone = facts.containers.filter((c) => lib.goneLater(c, facts) && !lib.endedByHand(c, facts));
  if (gone.length) {
    facts.gone = gone;
    facts.containers = facts.containers.filter((c) => !gone.includes(c));
  }
  const own = lib.failedOnItsOwn(facts);
  facts.hits = pulledAfterLookup(list, laterState(list, own, what));
  // cw124: the daemon's refusal made past by the daemon shown started after it (later-state.ts daemonUpAt): no client answered yet.
  const down = (h: Hit) => h.id === 'daemon-not-running';
  if (own.some(down) && !facts.hits.some(down) && daemonUpAt(list) >= 0) facts.daemonStarted = true;
  facts.long = (text as string).length > maxChars;
  step.settle?.(facts, lib, what, list);
  // cw129: before "I can't read this", the step's question asked of what was read (any reader's facts: rows, run lines, logs, error
  // lines). Only a problem: no ok nor partial comes from it (no evidence, no ok), and with no fact that answers it stays unreadable.
  // cw134: at lesson 3 an ok too, which the panels' fallback gives only with the daemon shown doing work (step-fallback.ts).
  const fallback = () => {
    const f = step.fallback?.(facts, lib, what);
    return f?.kind === 'problem' || (f?.kind === 'ok' && !reach && what === 'install') ? f : undefined;
  };
  const answer = errorCheck(facts) ?? step.check(facts, lib, what) ?? fallback() ?? unreadable(facts);
  // cw155 (stop 52): Python's PermissionError naming a file (parse-errors.ts: the program's own file, not Docker's socket) is no
  // socket refusal, but still an error line beside whatever looks healthy (CONVENTIONS §2.0): where nothing else answers it and the
  // answer would be ok, it keeps the answer it had before (permission-denied), never an ok.
  const denied = answer.kind === 'ok' && fileDenied.test(clean.slice(0, 200_000)) ? d('permission-denied', {}) : answer;
  // cw156 (stop 52): docker port's line quoted in a sentence (normalize.ts segments' retold) is what the learner says it printed, or
  // expects it to: it counts for where the port leads, never for an ok (as a retold start line, CONVENTIONS §2.4). At "Is port 8050
  // published?" which container publishes it is then not shown by Docker's own output.
  const found = denied.kind === 'ok' && list.some((p) => p.retold) ? d('shows-part', { variant: 'state' }) : denied;
  // cw70: Podman's output read as docker's (normalize.ts segments) never proves a lesson's condition (the lessons use Docker Engine):
  // such an ok stays what it was before Podman's commands were read, another program's output.
  // cw88: or a docker command that Podman answered, by Podman's own lines (podman.ts: an alias's help and errors, podman-docker's
  // notice, containers/image's pull, Podman's table layout). At lesson 3 podman-docker's notice keeps its own answer (cw47).
  // A podman command the learner typed is named as such; a docker command that Podman answered is told as the docker command
  // being Podman (the alias or podman-docker), which is what the learner has to change.
  // Stop 48: also where no segment starts at it (a copy collapsed onto one line: `❯ nerdctl ps CONTAINER ID …`), its name and command.
  const segment = list.find((p) => p.compatible);
  const typed =
    found.kind === 'ok' &&
    (segment ? segment.cmd.replace(/^docker/, segment.compatible!) : compatibleTyped.exec(clean.slice(0, 200_000))?.[1]);
  const v =
    found.kind !== 'ok'
      ? found
      : typed
        ? d('unreadable', { variant: 'foreign', foreign: typed })
        : !podmanSays(clean)
          ? found
          : what === 'install' && podmanDockerNotice.test(clean)
            ? d('shows-part', { variant: 'podman' })
            : d('unreadable', { variant: 'podman' });
  v.details.readAs = facts.kinds;
  return v;
}

/** What the island asks: never rejects; a reader's exception (or a chunk that fails to load) is an "unreadable" answer. */
async function guarded(check: Check, text: unknown): Promise<Diagnosis> {
  try {
    return await diagnose(check, text);
  } catch {
    return d('unreadable', { variant: 'failed', readAs: [] });
  }
}

export function checkWork(step: Step, text: string): Promise<Diagnosis> {
  return guarded(step, text);
}

export function checkReach(id: ReachStepId, text: string): Promise<Diagnosis> {
  return guarded(`reach:${id}`, text);
}

/** Either: a panel's step or a question of the reach path, as a form names it (check-work.contract.ts). */
export function checkPaste(check: Check, text: string): Promise<Diagnosis> {
  return guarded(check, text);
}
