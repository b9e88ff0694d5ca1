import {
  composeYaml,
  effectiveNetworks,
  exampleNetworks,
  exampleProject,
  exampleServices,
  pairVerdict,
  reachability,
} from '@/components/explorers/compose-networks';
import { verdict } from '@/lib/browser/runtime';
import { explorerCode, pairDetail, pairKey, serviceChoices, serviceNetworks, servicePair, verdictMark } from './explorers.contract';

/** Keeps the network explorer (network-explorer.tsx, <ld-network-explorer>) in step with its checkboxes. */
export function connect(explorer: HTMLElement): void {
  const render = () => {
    const services = exampleServices.map((service) => {
      const fieldset = explorer.querySelector(`[${serviceChoices.name}="${service.name}"]`);
      const ticked = new Set([...(fieldset?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((input) => input.value));
      // Kept in the order of the top-level key, whatever the order of the clicks.
      const networks = exampleNetworks.filter((network) => ticked.has(network));
      const on = fieldset?.querySelector(serviceNetworks.selector);
      if (on) on.textContent = `On: ${effectiveNetworks({ networks }).join(', ')}`;
      return { ...service, networks };
    });
    for (const pair of reachability(services)) {
      const item = explorer.querySelector(`[${servicePair.name}="${pairKey(pair.a, pair.b)}"]`);
      const { ok, verdict: words, detail } = pairVerdict(pair);
      item?.querySelector(verdictMark.selector)?.replaceWith(verdict(ok ? 'right' : 'wrong', words));
      const tail = item?.querySelector(pairDetail.selector);
      if (tail) tail.textContent = detail;
    }
    const code = explorer.querySelector(`[${explorerCode.name}="compose"]`);
    if (code) code.textContent = composeYaml(services, exampleNetworks, exampleProject);
  };
  explorer.addEventListener('change', render);
  render();
}
