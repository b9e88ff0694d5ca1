/*
 * The entry point of each panel: checkWork(step, text). Reads the paste, then asks the error
 * diagnoses and the step's own diagnoses in turn; whatever is left is "I can't read this".
 * Nothing may throw into the island, so the whole thing is guarded.
 */
import { diagnoseCompose } from './diagnose-compose';
import { diagnoseRun } from './diagnose-container';
import { daemonDown, errorVerdict } from './diagnose-errors';
import { expectations } from './expectations';
import { isBinary, maxChars, prepare } from './normalize';
import { read } from './read';
import type { Facts, Step, Verdict } from './types';
import { ok, unreadable } from './verdict';

function diagnoseInstall(facts: Facts): Verdict | null {
  if (facts.hello || facts.serverOk) {
    return ok('healthy', 'Docker works', 'The client reaches the server (daemon) and your user may use it. On to lesson 4.');
  }
  if (facts.listed) return ok('healthy', 'Docker works', 'The server (daemon) answered with its list of containers.');
  if ((facts.clientApi || facts.kinds.includes('docker info')) && !facts.hits.length) {
    // A Client section and no Server one, without the error line: the daemon did not answer.
    return daemonDown('The output has the client’s part only: the client reached no server (daemon).');
  }
  return null;
}

/** The facts of a paste, or why there are none. */
export function readPaste(text: unknown): Facts | string {
  const clean = typeof text === 'string' ? prepare(text) : '';
  if (!clean.trim()) return 'Nothing to check yet.';
  if (isBinary(clean)) return 'This looks like binary data, not text a terminal shows.';
  const facts = read(clean);
  facts.long = (text as string).length > maxChars;
  return facts;
}

export function guarded(command: string, accepts: string, text: unknown, diagnose: (facts: Facts) => Verdict | null): Verdict {
  try {
    const facts = readPaste(text);
    if (typeof facts === 'string') return unreadable(command, accepts, undefined, facts);
    const verdict = diagnose(facts) ?? unreadable(command, accepts, facts);
    return { ...verdict, readAs: facts.kinds };
  } catch {
    return unreadable(command, accepts);
  }
}

export function checkWork(step: Step, text: string): Verdict {
  if (!(step in expectations)) step = 'install'; // a wrong step from the island still gets an answer
  const e = expectations[step];
  return guarded(e.command, e.accepts, text, (facts) => {
    const error = errorVerdict(step, facts);
    if (error) return error;
    if (step === 'install') return diagnoseInstall(facts);
    if (step === 'run') return diagnoseRun(facts);
    return diagnoseCompose(step, facts);
  });
}
