/*
 * Answers to the questions of "It runs but I can't reach it" (reach-steps.ts), with the same
 * parsers and the same checks as checkWork, narrowed to the question.
 */
import { guarded } from './check';
import { listenCheck, pickContainer, portCheck, runFix, stateCheck } from './diagnose-container';
import { errorVerdict, notFound } from './diagnose-errors';
import { expectations, runCommand } from './expectations';
import { showPort } from './parse-ports';
import { reachPath, type ReachStepId } from './reach-steps';
import type { Facts, Verdict } from './types';
import { ok, problem } from './verdict';

const { publish } = expectations.run;
const next = (id: ReachStepId) => {
  const i = reachPath.findIndex((s) => s.id === id) + 1;
  return reachPath[i] ? ` Next: ${reachPath[i]!.question}` : '';
};

function answer(id: ReachStepId, facts: Facts): Verdict | null {
  const error = errorVerdict('run', facts);
  if (error) return error;
  const c = pickContainer(facts) ?? (id === 'published' ? facts.containers.find((x) => !x.name) : undefined);
  if (id === 'listening') {
    const v = listenCheck(facts.listen[''], runCommand);
    return v ?? (facts.listen['']?.all ? ok('app-listens-on-all', 'Yes, the app listens on 0.0.0.0', `That part is right.${next(id)}`) : null);
  }
  if (id === 'port-free') {
    const holder = facts.containers.find((x) => x.name !== expectations.run.container && x.ports?.some((p) => p.host === publish!.host));
    if (holder) {
      return problem('port-already-allocated', 'Port 8050 is taken by another container', `${holder.name} publishes it, so dash-app cannot.`, `Stop ${holder.name} (for Compose’s dash-app-web-1: docker compose down), then start dash-app again.`, [`docker stop ${holder.name}`, runCommand]);
    }
    return facts.listed ? ok('healthy', 'No other container holds port 8050', 'If the browser still cannot connect, another program may: lsof -i :8050 shows it.') : null;
  }
  if (!c) return facts.listed ? notFound(expectations.run.container!) : null;
  const down = stateCheck(c, c.name, facts.lastLines[c.name], false);
  if (down) return down;
  if (id === 'running') return ok('healthy', `Yes, ${c.name} is running`, `Good.${next(id)}`);
  if (!c.ports) return null;
  const v = portCheck(c.ports, publish!, c.name, runFix);
  const shown = c.ports.filter((p) => p.host > 0).map(showPort).join(', ');
  return v ?? ok('healthy', 'Yes, port 8050 is published', `${shown}.${next(id)}`);
}

export function checkReach(id: ReachStepId, text: string): Verdict {
  const step = reachPath.find((s) => s.id === id) ?? reachPath[0]!;
  return guarded(step.command, step.command, text, (facts) => answer(step.id, facts));
}
