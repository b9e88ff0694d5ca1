/*
 * The error messages of parse-errors.ts, the most fundamental first (a hit's rank). Every check
 * asks these first. (An API mismatch docker version shows without an error line is lesson 3's
 * check, step-install.ts: only its chunk reads docker version.)
 */
import { d } from './diagnosis';
import type { Diagnosis, Facts, Hit } from './types';

export function errorCheck(facts: Facts): Diagnosis | undefined {
  const hit = facts.hits.reduce<Hit | undefined>((a, h) => (a && a.rank <= h.rank ? a : h), undefined);
  if (hit) return d(hit.id, hit.details);
}
