/*
 * The error messages of parse-errors.ts, the most fundamental first (a hit's rank), and an API
 * mismatch docker version shows without an error line. Every check asks these first.
 */
import { d } from './diagnosis';
import { apiMinor } from './parse-version';
import type { Diagnosis, Facts, Hit } from './types';

export function errorCheck(facts: Facts): Diagnosis | undefined {
  const hit = facts.hits.reduce<Hit | undefined>((a, h) => (a && a.rank <= h.rank ? a : h), undefined);
  if (hit) return d(hit.id, hit.details);
  const { clientApi: client, serverMinApi: server } = facts;
  if (client && server && apiMinor(client) < apiMinor(server)) return d('client-too-old', { client, server });
}

