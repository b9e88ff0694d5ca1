import { composeYaml, effectiveNetworks, exampleNetworks, exampleProject, exampleServices, pairVerdict, reachability } from '@/components/explorers/compose-networks';
import { verdict } from '@/lib/browser/verdict';

/** Keeps the network explorer (components/explorers/network-explorer.tsx) in step with its checkboxes. */
export function enhance(section: HTMLElement): void {
  const render = () => {
    const services = exampleServices.map((service) => {
      const fieldset = section.querySelector(`[data-service="${service.name}"]`);
      const ticked = new Set([...(fieldset?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((input) => input.value));
      // Kept in the order of the top-level key, whatever the order of the clicks.
      const networks = exampleNetworks.filter((network) => ticked.has(network));
      const on = fieldset?.querySelector('[data-on]');
      if (on) on.textContent = `On: ${effectiveNetworks({ networks }).join(', ')}`;
      return { ...service, networks };
    });
    for (const pair of reachability(services)) {
      const item = section.querySelector(`[data-pair="${pair.a} ${pair.b}"]`);
      const { ok, verdict: words, detail } = pairVerdict(pair);
      item?.querySelector('[data-verdict]')?.replaceWith(verdict(ok ? 'right' : 'wrong', words));
      const tail = item?.querySelector('[data-pair-detail]');
      if (tail) tail.textContent = detail;
    }
    const code = section.querySelector('[data-explorer-code="compose"]');
    if (code) code.textContent = composeYaml(services, exampleNetworks, exampleProject);
  };
  section.addEventListener('change', render);
  render();
}
