import { listenAddresses, portOutcome, publishModes, reachVerdict, type Reach } from '@/components/explorers/port-publishing';
import { verdict } from '@/lib/browser/runtime';
import { oneOf } from '@/lib/shared/contract';
import { explorerCode, portFields, reachPlace, reachWhy, verdictMark, type CodeName, type ReachPlace } from './explorers.contract';

// A radio's value, checked against the choices the server rendered rather than cast.
const listenAddress = oneOf(listenAddresses);
const publishMode = oneOf(publishModes);

/** Keeps the port explorer (port-explorer.tsx, <ld-port-explorer>) in step with its radios. */
export function connect(explorer: HTMLElement): void {
  const chosen = (name: string) => explorer.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  const setCode = (name: CodeName, text: string) => {
    const code = explorer.querySelector(`[${explorerCode.name}="${name}"]`);
    if (code) code.textContent = text;
  };
  const setReach = (place: ReachPlace, reach: Reach) => {
    const result = explorer.querySelector(`[${reachPlace.name}="${place}"]`);
    result?.querySelector(verdictMark.selector)?.replaceWith(verdict(reach.reachable ? 'right' : 'wrong', reachVerdict(reach)));
    const why = result?.querySelector(reachWhy.selector);
    if (why) why.textContent = reach.why;
  };
  const render = () => {
    // The lesson's trap is what the server renders first; it stands in for a radio that is gone.
    const outcome = portOutcome(
      listenAddress.decode(chosen(portFields.listen)) ?? '127.0.0.1',
      publishMode.decode(chosen(portFields.publish)) ?? 'all',
    );
    setCode('run-line', outcome.runLine);
    setCode('command', `$ ${outcome.command}`);
    setReach('host', outcome.host);
    setReach('lan', outcome.lan);
  };
  explorer.addEventListener('change', render);
  render();
}
