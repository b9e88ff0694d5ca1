import { portOutcome, reachVerdict, type ListenAddress, type PublishMode, type Reach } from '@/components/explorers/port-publishing';
import { verdict } from '@/lib/browser/verdict';

/** Keeps the port explorer (components/explorers/port-explorer.tsx) in step with its radios. */
export function enhance(section: HTMLElement): void {
  const chosen = (name: string) => section.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  const setCode = (name: string, text: string) => {
    const code = section.querySelector(`[data-explorer-code="${name}"]`);
    if (code) code.textContent = text;
  };
  const setReach = (name: string, reach: Reach) => {
    const result = section.querySelector(`[data-reach="${name}"]`);
    result?.querySelector('[data-verdict]')?.replaceWith(verdict(reach.reachable ? 'right' : 'wrong', reachVerdict(reach)));
    const why = result?.querySelector('[data-why]');
    if (why) why.textContent = reach.why;
  };
  const render = () => {
    const outcome = portOutcome((chosen('port-explorer-listen') ?? '127.0.0.1') as ListenAddress, (chosen('port-explorer-publish') ?? 'all') as PublishMode);
    setCode('run-line', outcome.runLine);
    setCode('command', `$ ${outcome.command}`);
    setReach('host', outcome.host);
    setReach('lan', outcome.lan);
  };
  section.addEventListener('change', render);
  render();
}
