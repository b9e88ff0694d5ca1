/*
 * Lesson 5's check, its chunk's (step-run.ts): the shared checks of diagnose-container.ts on
 * dash-app, or on what the paste shows of the app when it lists no container.
 */
import type { Lib } from './lib';
import type { Diagnosis, Facts } from './types';

// A Python crash: the traceback header or its last line (ModuleNotFoundError: …), not Docker's "Error response".
const crashed = /Traceback \(most recent call last\)|^[A-Z]\w*Error: /;

/** `lib`: the entry's helpers and checks (lib.ts), as this module is in a chunk of its own. */
export function diagnoseRun(facts: Facts, lib: Lib): Diagnosis | undefined {
  const { d, expected: { run }, appUrl, listenCheck, notFound, pickContainer, portCheck, stateCheck } = lib;
  const c = pickContainer(facts);
  const listen = facts.listen[''];
  const lines = facts.lastLines[''];
  if (!c) {
    if (facts.listed) return notFound();
    if (lines?.some((l) => crashed.test(l))) return d('container-exited', { variant: 'crash', lastLines: lines });
    return listen?.all ? d('app-listens-on-all') : listenCheck(listen);
  }
  const { name, ports } = c;
  const bad = stateCheck(c, name, facts.lastLines[name] ?? lines) ?? (ports && portCheck(ports, run.publish!, name));
  if (bad?.kind === 'problem') return bad;
  return listenCheck(listen) ?? bad ?? d('healthy', { name, url: appUrl(ports, run.publish!) ?? run.url });
}
