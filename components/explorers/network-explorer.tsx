import {
  composeYaml,
  DEFAULT_NETWORK,
  effectiveNetworks,
  exampleNetworks,
  exampleProject,
  exampleServices,
  pairVerdict,
  reachability,
} from '@/components/explorers/compose-networks';
import { choiceClass, CodeLines, ExplorerFrame, inputClass, Verdict } from './explorer-parts';
import { pairDetail, pairKey, serviceChoices, serviceNetworks, servicePair } from './explorers.contract';

const roles: Record<string, string> = { proxy: 'nginx', web: 'the Dash app', db: 'PostgreSQL' };

/** <NetworkExplorer />: tick the networks each service joins; see who reaches whom, and the compose.yaml. */
export function NetworkExplorer() {
  // Starts as the lesson's example: proxy on frontend, web on both, db on backend.
  const services = exampleServices;
  return (
    <ExplorerFrame explorer="network" title="Try it: which services can reach each other?">
      <p className="mt-1 text-sm text-muted">
        Tick the networks each service joins. A service with none ticked has no <code className="font-mono">networks:</code> key and joins{' '}
        <code className="font-mono">{DEFAULT_NETWORK}</code>.
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        {services.map((service) => (
          <fieldset key={service.name} {...serviceChoices.set(service.name)} className="min-w-0 rounded-lg border border-line bg-page p-3">
            <legend className="px-1 font-semibold">
              <code className="font-mono">{service.name}</code>{' '}
              <span className="text-sm font-normal text-muted">({roles[service.name]})</span>
            </legend>
            <div className="space-y-2">
              {exampleNetworks.map((network) => (
                <label key={network} className={choiceClass}>
                  <input type="checkbox" value={network} defaultChecked={service.networks.includes(network)} className={inputClass} />
                  <span className="font-mono">{network}</span>
                </label>
              ))}
            </div>
            <p {...serviceNetworks.set(true)} className="mt-2 text-sm text-muted">
              On: {effectiveNetworks(service).join(', ')}
            </p>
          </fieldset>
        ))}
      </div>

      <div className="mt-4">
        <p className="text-sm font-semibold">Reachable by service name?</p>
        <ul aria-live="polite" className="mt-2 space-y-1">
          {reachability(services).map((pair) => {
            const { ok, verdict, detail } = pairVerdict(pair);
            return (
              <li key={`${pair.a}-${pair.b}`} {...servicePair.set(pairKey(pair.a, pair.b))}>
                <code className="font-mono">{pair.a}</code> and <code className="font-mono">{pair.b}</code>:{' '}
                <Verdict ok={ok}>{verdict}</Verdict>
                <span {...pairDetail.set(true)}>{detail}</span>
              </li>
            );
          })}
        </ul>
      </div>

      <div className="mt-4">
        <CodeLines label="compose.yaml" name="compose">
          {composeYaml(services, exampleNetworks, exampleProject)}
        </CodeLines>
      </div>
    </ExplorerFrame>
  );
}
