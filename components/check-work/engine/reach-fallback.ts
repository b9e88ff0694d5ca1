/*
 * cw129: the questions of the reach path asked once more of the facts already read, where reachAnswer found no rule that matched
 * them exactly (check.ts asks it just before "I can't read this"). Written per question and per fact, never per text shape: the
 * forwards any reader gave (a listing's rows, `docker port`, a run line's -p, a compose file's ports entries), the log lines any
 * reader kept, the containers it saw. Only a problem comes from here; when those facts do not answer the question, nothing does.
 * A port said taken is no fallback: host-clients.ts' bind lists, which the reach path reads first, hold every program's words for it
 * (stop 47: cw129's own pattern here read nothing they did not, but the Supervisor's quoted port, now one of theirs).
 */
import type { Lib } from './lib';
import type { ReachStepId } from './reach-steps';
import type { Diagnosis, Facts } from './types';

type Forward = { host: number; container: number };

/** Every forward read that may stand now: a stopped row holds no port (moby releases it at the stop), so only rows not shown stopped. */
function forwards(facts: Facts, id: ReachStepId): Forward[] {
  // At reach:listening a run line's -p alone says what was asked, not what answers (cw110's guards: a run line and a page of the
  // learner's own, or a settings file, stay unreadable): it counts there once a client got an answer at its host port.
  // cw135: or at the container's own address (`curl 172.17.0.2:66` under `-p 6666:66`): the app answered at that forward's container port.
  const asked = (p: Forward) =>
    id !== 'listening' || p.host === facts.answeredAt || (facts.answeredBridge !== undefined && p.container === facts.answeredBridge);
  const rows = facts.containers.filter((c) => !c.state || c.state === 'running').flatMap((c) => c.ports ?? []);
  const runs = facts.commands
    .filter((l) => /^container (?:run|create)$/.test(l.command) && !l.hostNetwork)
    .flatMap((l) => l.publish.filter(asked));
  const all = [...rows, ...runs, ...(facts.filePorts ?? [])].filter((p) => p.host > 0 && p.container > 0);
  // One forward bound on IPv4 and IPv6, or shown by two readers, is one.
  return all.filter((p, i) => all.findIndex((q) => q.host === p.host && q.container === p.container) === i);
}

/*
 * A failure in its program's own words (parse-logs.ts programFailed, through lib: imported here it would be a chunk of its own): only in the output of a foreground `docker run`, which shows the
 * container's output until it exits (one error line elsewhere is no stop: an entrypoint may go on, check.test.ts' coreutils rows; a
 * supervisor's `exit status 1` is one exit, cw43).
 */

/**
 * cw135: in `docker logs` of any container, where an entrypoint may print an error and go on, a stop needs the program's own word:
 * nginx's `[emerg]` (ngx_log_error at NGX_LOG_EMERG: the master exits at start, nginx's docs "Debugging"), or a failure line followed
 * in the same tail by the program saying it stops (tandoor's entrypoint: `Database not reachable. Maximum attempts exceeded.`, then
 * `Shutting down container.`; s6-overlay's `… and exiting.`). Bounded: lines under 400 characters, words from a closed list.
 */
const failing =
  /\b(?:not reachable|unreachable|failed|[Ee]rror|ERROR|could not|[Cc]annot|can't|[Rr]efused|[Mm]aximum attempts exceeded|[Tt]imed out)\b/;
const stopping = /\b(?:[Ss]hutting down|[Ee]xiting|[Aa]borting|[Gg]iving up)\b/;
function stopsAfterFailure(tail: string[], failed: RegExp): boolean {
  const short = tail.filter((l) => l.length < 400);
  if (short.some((l) => failed.test(l))) return true;
  const fail = short.findIndex((l) => failing.test(l));
  return fail >= 0 && short.slice(fail).some((l) => stopping.test(l));
}

export function reachFallback(facts: Facts, { d, expected, programFailed: failed }: Lib, id: ReachStepId): Diagnosis | undefined {
  const { publish } = expected.run;
  const want = publish!;
  const shown = forwards(facts, id);
  const found = shown.map((p) => `${p.host}->${p.container}`).join(', ');
  const running = facts.containers.some((c) => c.state === 'running');
  if (id === 'listening' || id === 'published') {
    // At listening, forwards were read and none leads to the app's port in the container: whatever listens behind them, the lesson's
    // forward is not there (CONVENTIONS §2.4 cw129). One to 8050 leaves the question open. (At published the listing's own rules answer
    // forwards elsewhere; what is left there unanswered is a container read with ports that publish nothing, below.)
    const leads = shown.some((p) => p.container === want.container);
    if (id === 'listening' && shown.length && !leads) return d('ports-swapped', { variant: 'forwards', found, target: want.container });
    // At published, containers read with their ports (an inspect's empty Ports, rows of exposed ports only) and none publishes one.
    const told = facts.containers.filter((c) => c.ports);
    if (
      id === 'published' &&
      told.length &&
      !shown.length &&
      told.every((c) => c.ports!.every((p) => !p.host)) &&
      !facts.commands.some((l) => l.publish.length)
    )
      return d('no-port-published');
  }
  if (id === 'running' || id === 'listening') {
    // The one output shown ends in a failure, and nothing is shown running: the container stopped there (CONVENTIONS §2.3 cw129).
    const keys = Object.entries(facts.lastLines).filter(([, l]) => l.length);
    const [only, more] = keys;
    const tail = only && !more ? only[1].slice(-6) : [];
    const foreground = facts.commands.some((l) => /^container run$/.test(l.command) && !l.detach);
    // cw202 (stop 60): not a traceback that ends in Ctrl+C's bare `KeyboardInterrupt` (parse-logs.ts interruptible): a stop asked for.
    const interrupted = /^KeyboardInterrupt\s*$/.test(tail.findLast((l) => l.trim())?.trim() ?? '');
    if (foreground && !running && !shown.length && !interrupted && tail.some((l) => l.length < 400 && failed.test(l)))
      return d('container-exited', { variant: 'crash', lastLines: only![1] });
    // cw135: the one output is `docker logs` of a container (a detached run's, any ID's) and it ends in its program's stop after a
    // failure; nothing shown running, no forward: that container stopped there (CONVENTIONS §2.3 cw135).
    const logs = facts.commands.some((l) => l.command === 'container logs');
    if (logs && !running && !shown.length && stopsAfterFailure(tail, failed))
      return d('container-exited', { variant: 'crash', lastLines: only![1] });
  }
  return undefined;
}
