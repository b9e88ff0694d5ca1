/*
 * The entries of the island: checkWork(step, text) for a panel, checkReach(id, text) for a
 * question of the "can't reach it" path. Reads the paste (loading schemas.ts, and with it zod,
 * only when the paste holds JSON), then asks the error checks and the step's own checks in
 * turn; whatever is left is "I can't read this". Nothing may throw into the island.
 */
import { diagnoseCompose } from './diagnose-compose';
import { diagnoseRun } from './diagnose-container';
import { errorCheck } from './diagnose-errors';
import { d } from './diagnosis';
import { expectations } from './expectations';
import { isBinary, maxChars, prepare } from './normalize';
import { reachAnswer } from './reach';
import { reachPath, type ReachStepId } from './reach-steps';
import { parts, read } from './read';
import type { Diagnosis, Facts, Step } from './types';

/** Lesson 3: the client reaches the server, or only a client part came back. */
function diagnoseInstall(facts: Facts): Diagnosis | undefined {
  if (facts.hello || facts.serverOk) return d('healthy');
  if (facts.listed) return d('healthy', { variant: 'listed' });
  // A Client section and no Server one, without the error line: the daemon did not answer.
  if ((facts.clientApi || facts.kinds.includes('docker info')) && !facts.hits.length) return d('daemon-not-running', { variant: 'client-only' });
}

/** Why the facts answer nothing: the paste was cut, cut off JSON, another command, or output that does not tell. */
const unreadable = ({ long, cutJson, foreign, kinds }: Facts) =>
  d('unreadable', { variant: long ? 'long' : cutJson ? 'cut' : foreign ? 'foreign' : kinds.length ? 'seen' : undefined, foreign });

async function guarded(text: unknown, diagnose: (facts: Facts) => Diagnosis | undefined): Promise<Diagnosis> {
  let facts: Facts | undefined;
  let v: Diagnosis;
  try {
    const clean = typeof text === 'string' ? prepare(text) : '';
    if (!clean.trim() || isBinary(clean)) {
      v = d('unreadable', { variant: clean.trim() ? 'binary' : 'empty' });
    } else {
      const list = parts(clean);
      const json = list.some((p) => p.json.values.length) ? (await import('./schemas')).readJson : undefined;
      facts = read(list, json);
      facts.long = (text as string).length > maxChars;
      v = diagnose(facts) ?? unreadable(facts);
    }
  } catch {
    facts = undefined;
    v = d('unreadable');
  }
  v.details.readAs = facts?.kinds ?? [];
  return v;
}

export function checkWork(step: Step, text: string): Promise<Diagnosis> {
  const s = Object.hasOwn(expectations, step) ? step : 'install'; // a wrong step from the island still gets an answer
  return guarded(text, (facts) => errorCheck(facts) ?? (s === 'install' ? diagnoseInstall(facts) : s === 'run' ? diagnoseRun(facts) : diagnoseCompose(s, facts)));
}

export function checkReach(id: ReachStepId, text: string): Promise<Diagnosis> {
  const s = reachPath.find((r) => r.id === id)?.id ?? 'running';
  return guarded(text, (facts) => reachAnswer(s, facts));
}
