/*
 * Answers to the questions of "It runs but I can't reach it" (reach-steps.ts), with the same
 * parsers and the same checks as checkWork, narrowed to the question.
 */
import { listenCheck, notFound, pickContainer, portCheck, stateCheck } from './diagnose-container';
import { errorCheck } from './diagnose-errors';
import { d } from './diagnosis';
import { expectations } from './expectations';
import { showPort } from './parse-ports';
import type { ReachStepId } from './reach-steps';
import type { Diagnosis, Facts } from './types';

const { container, publish } = expectations.run;

export function reachAnswer(id: ReachStepId, facts: Facts): Diagnosis | undefined {
  const error = errorCheck(facts);
  if (error) return error;
  if (id === 'listening') {
    const listen = facts.listen[''];
    return listenCheck(listen) ?? (listen?.all ? d('app-listens-on-all') : undefined);
  }
  if (id === 'port-free') {
    const holder = facts.containers.find((x) => x.name !== container && x.ports?.some((p) => p.host === publish!.host));
    if (holder) return d('port-already-allocated', { variant: 'holder', name: holder.name });
    return facts.listed ? d('healthy') : undefined;
  }
  const c = pickContainer(facts) ?? (id === 'published' ? facts.containers.find((x) => !x.name) : undefined);
  if (!c) return facts.listed ? notFound() : undefined;
  const { name, ports } = c;
  const down = stateCheck(c, name, facts.lastLines[name]);
  if (down || id === 'running') return down ?? d('healthy', { name });
  if (ports) return portCheck(ports, publish!, name) ?? d('healthy', { found: ports.filter((p) => p.host > 0).map(showPort).join(', ') });
}
