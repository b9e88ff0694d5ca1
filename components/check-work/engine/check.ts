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
import { d } from './diagnosis';
import { daemonUpAt, laterState, pulledAfterLookup, sudoComposeAnswered, sudoRunAnswered } from './later-state';
import { lib, type Lib } from './lib';
import { cutAtGeneratedName, daemonListed } from './listing-whole';
import { unproven } from './ok-evidence';
import { isBinary, maxChars, prepare } from './normalize';
import { parts, read, type Part, type StepReading } from './read';
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
  // cw188 (stop 58): nor one whose words after the command are a sentence's, lower case with no option, path, digit or quote, ending
  // in its stop (monokal/docker-tinyproxy#11: `docker logs has some logs,but not satisfy to me.`): docker/cli's commands that take
  // words take names (logs, port, inspect: cli.ExactArgs(1) or a container's name), and Docker's names hold no `,` nor end in `.`.
  const said = (p: Part) => /^docker +[A-Z]/.test(p.cmd) || /^docker [a-z]+(?: [a-z]+,?){2,}(?:,[a-z]+)*(?: [a-z]+)* ?[.!?]$/.test(p.cmd);
  const told = !list.some((p) => /^docker\b/.test(p.cmd) && !said(p)) && /docker (?:container )?run /.test(clean);
  // cw208 (stop 60): a report that tells two runs in sentences, each in a code span or quotes (docker/for-mac#6185: "Using `docker run
  // -p 80:80 nginx:latest` I can access nginx …", then "But when I use the host network mode with `docker run --network host
  // nginx:latest` I cannot …"): the first was read as the paste's one command line (normalize.ts segments, a code span a sentence
  // goes on after), the later ones stay sentences in its output. They are runs told after it, in the paste's order (§2.0: the later
  // try stands). Only when that run is the paste's one docker command, and only a run delimited in a sentence with words before it.
  const runParts = list.filter((p) => /^docker\b/.test(p.cmd) && !said(p));
  const runFirst = runParts.length === 1 && /^docker (?:container )?run /.test(runParts[0]!.cmd) ? list.indexOf(runParts[0]!) : -1;
  const toldAfter =
    runFirst < 0
      ? []
      : list
          .slice(runFirst)
          .flatMap((p) => p.lines)
          .filter(
            (l) =>
              /^\s*[^\s`'"“‘$#>]/.test(l) && !/^\s*(?:sudo )?docker\b/.test(l) && /[`'"“‘]\s?(?:sudo )?docker (?:container )?run /.test(l),
          );
  const [step, schemas, commandLine] = await Promise.all([
    load(),
    list.some((p) => p.json.values.length || p.json.rest) ? import('./schemas') : undefined,
    list.some((p) => /^docker\b/.test(p.cmd)) || told || toldAfter.length ? import('./command-line') : undefined,
  ]);
  const facts = read(list, schemas?.readScan, step);
  // A name looked up beside a server that answered (step.beside); not a failure of its own kind (a variant: the client's
  // credential helper, cw28), nor an image a run or pull could not get (hello-world's own pull failing: CONVENTIONS.md §2.1),
  // which the paste shows whatever the Server part says.
  const lookup = (h: Hit) => step.beside?.includes(h.id) && !h.details.variant && (h.id !== 'image-not-found' || h.details.lookup);
  // cw163 (stop 54): or beside a whole listing the daemon printed (docker ps' or images' header with its rows: docker/cli writes the
  // table only from the daemon's reply, step-install.ts daemonListing and read.ts' listedHere): as much the server's answer as its
  // Server part (`docker rm` of a mistyped name, moby daemon/container.go GetContainer's `No such container: %s`, beside `docker ps -a`).
  // A container's name only: an image looked up beside a listing stays (cw148's guard, `docker image inspect dash-app`).
  if (facts.serverOk) facts.hits = facts.hits.filter((h) => !lookup(h));
  else if (daemonListed(facts)) facts.hits = facts.hits.filter((h) => !lookup(h) || h.id !== 'container-not-found');
  // The command lines and what their output tells of each (command-line.ts commandsOf): cw34's runs told in a sentence after them.
  if (commandLine) {
    const { commands, exited } = commandLine.commandsOf(
      list,
      told
        ? commandLine.toldRuns(list.flatMap((p) => (said(p) ? [p.cmd, ...p.lines] : p.lines)))
        : // Not docker's own hint under its refusal (`See 'docker run --help'.`, cli/required.go): a run told with a word that is no option.
          commandLine.toldRuns(toldAfter).filter((r) => /\s[^-\s]/.test(r.replace(/^(?:sudo )?docker (?:container )?run\b/, ''))),
    );
    facts.commands.push(...commands);
    facts.containers.push(...exited);
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
  // cw171 (stop 56): Compose v1's "Couldn't connect", then the same command under sudo that the daemon answered: the socket's permission.
  sudoComposeAnswered(list, facts.hits);
  // cw186 (stop 58): the same for docker run before 1.13 ("Cannot connect … on this host?") after its sudo run had output.
  sudoRunAnswered(list, facts.hits);
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
  // An ok whose evidence is not Docker's own output of the learner's run becomes what that evidence is (ok-evidence.ts).
  const v = answer.kind === 'ok' ? unproven(answer, clean, list, what, text as string) : answer;
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
