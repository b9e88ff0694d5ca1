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
import { lib, type Lib } from './lib';
import { isBinary, maxChars, prepare } from './normalize';
import { parts, read, type StepReading } from './read';
import type { ReachStepId } from './reach-steps';
import type { Diagnosis, Facts, Step } from './types';

/**
 * A step's chunk: the readers of the outputs and the error messages only it reads (read.ts),
 * and its checks, given the step (or the question of the reach path) as `what`: a chunk is
 * loaded for its own steps only, so its check may take just those (a method, hence bivariant).
 */
export type StepChunk = StepReading & { check(facts: Facts, lib: Lib, what: string): Diagnosis | undefined };

const compose = (): Promise<StepChunk> => import('./step-compose');
const chunks: Record<Step, () => Promise<StepChunk>> = { install: () => import('./step-install'), run: () => import('./step-run'), compose, networks: compose };
const reachChunk = (): Promise<StepChunk> => import('./step-reach');

/** Why the facts answer nothing: the paste was cut, cut off JSON, another command, or output that does not tell. */
const unreadable = ({ long, cutJson, foreign, kinds }: Facts) =>
  d('unreadable', { variant: long ? 'long' : cutJson ? 'cut' : foreign ? 'foreign' : kinds.length ? 'seen' : undefined, foreign });

async function guarded(text: unknown, what: string, load: () => Promise<StepChunk>): Promise<Diagnosis> {
  let facts: Facts | undefined;
  let v: Diagnosis;
  try {
    const clean = typeof text === 'string' ? prepare(text) : '';
    if (!clean.trim() || isBinary(clean)) {
      v = d('unreadable', { variant: clean.trim() ? 'binary' : 'empty' });
    } else {
      const list = parts(clean);
      const [step, schemas] = await Promise.all([load(), list.some((p) => p.json.values.length) ? import('./schemas') : undefined]);
      facts = read(list, schemas?.readJson, step);
      facts.long = (text as string).length > maxChars;
      v = errorCheck(facts) ?? step.check(facts, lib, what) ?? unreadable(facts);
    }
  } catch {
    facts = undefined;
    v = d('unreadable');
  }
  v.details.readAs = facts?.kinds ?? [];
  return v;
}

export function checkWork(step: Step, text: string): Promise<Diagnosis> {
  const s = Object.hasOwn(chunks, step) ? step : 'install'; // a wrong step from the island still gets an answer
  return guarded(text, s, chunks[s]);
}

export function checkReach(id: ReachStepId, text: string): Promise<Diagnosis> {
  return guarded(text, id, reachChunk);
}
