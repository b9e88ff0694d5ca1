/*
 * Answers to the questions of "It runs but I can't reach it" (reach-steps.ts), with the same
 * parsers and the same checks as checkWork, narrowed to the question; a chunk of its own
 * (step-reach.ts). Like every step's check, it is asked after the error checks (check.ts).
 */
import type { Lib } from './lib';
import type { ReachStepId } from './reach-steps';
import type { Diagnosis, Facts } from './types';

/** `lib`: the entry's helpers and checks (lib.ts), as this module is in a chunk of its own. */
/** `id`: a question of the path (reach-steps.ts); one it does not know is read as the first, 'running'. */
export function reachAnswer(facts: Facts, lib: Lib, id: ReachStepId): Diagnosis | undefined {
  const { d, expected, appListen, listenCheck, listensRight, notFound, pickContainer, portCheck, showPort, stateCheck } = lib;
  const { container, publish } = expected.run;
  if (facts.crash && id !== 'port-free' && !pickContainer(facts))
    return d('container-exited', { variant: 'crash', lastLines: facts.lastLines[''] });
  if (id === 'listening') {
    const listen = appListen(facts);
    // ok needs the port too: all addresses at port 8050, or a request that came through Docker.
    // Started (Flask's banner) without the address line (yet): these logs show only part.
    return (
      listenCheck(listen) ??
      (listensRight(listen) ? d('app-listens-on-all') : facts.started ? d('shows-part', { variant: 'started' }) : undefined)
    );
  }
  if (id === 'port-free') {
    const holder = facts.containers.find(
      (x) =>
        x.name !== container &&
        x.ports?.some((p) => p.host === publish!.host || (p.host < publish!.host && publish!.host <= (p.hostEnd ?? 0))),
    );
    if (holder) return d('port-already-allocated', { variant: 'holder', name: holder.name });
    return facts.listed ? d('healthy') : undefined;
  }
  const c = pickContainer(facts) ?? (id === 'published' ? facts.containers.find((x) => !x.name) : undefined);
  // Listed, or shown by docker port or logs under another name: not dash-app.
  if (!c) return facts.listed || facts.containers.some((x) => x.name) ? notFound() : undefined;
  const { name, ports } = c;
  const down = stateCheck(c, name, facts.lastLines[name]);
  // 'running', and a question it does not know, which is read as the first.
  if (down || id !== 'published') return down ?? d('healthy', { name });
  if (ports)
    return (
      portCheck(ports, publish!, name) ??
      d('healthy', {
        found: ports
          .filter((p) => p.host > 0)
          .map(showPort)
          .join(', '),
      })
    );
}
