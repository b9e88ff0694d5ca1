/*
 * The corpus of real pastes (for tests and scripts/check-work-accuracy.ts, Node only): each
 * file is header lines (source, kind, platform, versions, changed, expect: <check> <verdict>
 * <tag>, expert, optionally reviewed), a line `---`, then the paste as it was found. CORPUS_DIR
 * points the test and the script at another folder of the same format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkReach, checkWork, type ReachStepId } from '../engine';
import type { Check, Diagnosis, Step } from '../engine/types';
import { tagIds } from './tags';

export type Verdict = 'ok' | 'partial' | 'problem' | 'unreadable';
export type Expectation = { check: Check; verdict: Verdict; tag: string };
export type Paste = { file: string; kind: string; source: string; expects: Expectation[]; text: string };

export const corpusDir = resolve(process.env.CORPUS_DIR ?? 'components/check-work/corpus');

const checks = new Set(['install', 'run', 'compose', 'networks', 'reach:running', 'reach:published', 'reach:listening', 'reach:port-free']);

export function loadCorpus(dir = corpusDir): Paste[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const end = raw.indexOf('\n---\n');
      if (end < 0) throw new Error(`${file}: no --- line`);
      const header = raw.slice(0, end).split('\n');
      const field = (key: string) => header.find((l) => l.startsWith(`${key}:`))?.slice(key.length + 1).trim() ?? '';
      const expects = header
        .filter((l) => l.startsWith('expect:'))
        .map((l) => {
          const [check = '', verdict = '', tag = ''] = l.slice(7).trim().split(/\s+/);
          if (!checks.has(check)) throw new Error(`${file}: unknown check ${check}`);
          return { check: check as Check, verdict: verdict as Verdict, tag };
        });
      return { file, kind: field('kind'), source: field('source'), expects, text: raw.slice(end + 5) };
    });
}

export type Score = 'right' | 'partly' | 'wrong';

export function score(e: Expectation, d: Pick<Diagnosis, 'kind' | 'id'>): Score {
  if (d.kind !== e.verdict) return 'wrong';
  return (tagIds[e.tag] ?? []).includes(d.id) ? 'right' : 'partly';
}

/** An "ok" where the expert says otherwise: the worst answer, it marks progress. */
export const falseOk = (e: Expectation, d: Pick<Diagnosis, 'kind'>) => d.kind === 'ok' && e.verdict !== 'ok';

/** Runs a paste at a panel step or at a step of the reach path, as the panel does. */
export const runCheck = (where: Check, text: string): Promise<Diagnosis> =>
  where.startsWith('reach:') ? checkReach(where.slice(6) as ReachStepId, text) : checkWork(where as Step, text);
