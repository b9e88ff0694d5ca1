'use client';

import { useId, useState } from 'react';
import { portOutcome, type ListenAddress, type PublishMode, type Reach } from '@/lib/explorers/port-publishing';
import { choiceClass, CodeLines, ExplorerFrame, inputClass, Verdict } from './explorer-parts';

const listenChoices: Array<[ListenAddress, string]> = [
  ['127.0.0.1', 'Dash’s default: the container’s own loopback'],
  ['0.0.0.0', 'every interface of the container, eth0 included'],
];

const publishChoices: Array<[PublishMode, string, string]> = [
  ['none', 'No -p', 'no port published'],
  ['all', '-p 8050:8050', 'on every interface of your machine'],
  ['loopback', '-p 127.0.0.1:8050:8050', 'on your machine’s loopback only'],
];

function Result({ place, url, reach }: { place: string; url: string; reach: Reach }) {
  return (
    <p className="rounded-lg border border-line bg-page p-3">
      <span className="block font-semibold">{place}</span>
      <code className="block font-mono text-sm text-muted [overflow-wrap:anywhere]">{url}</code>
      <span className="mt-2 block">
        <Verdict ok={reach.reachable}>{reach.reachable ? 'Reachable.' : 'Not reachable.'}</Verdict> {reach.why}
      </span>
    </p>
  );
}

/** <PortExplorer />: where the Dash app listens × how the container is started → who can reach it. */
export default function PortExplorerIsland() {
  const id = useId();
  // The trap from the lesson: published, but listening on the container's loopback.
  const [listen, setListen] = useState<ListenAddress>('127.0.0.1');
  const [publish, setPublish] = useState<PublishMode>('all');
  const outcome = portOutcome(listen, publish);

  return (
    <ExplorerFrame id={`${id}-title`} title="Try it: who can reach the Dash app?">
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <fieldset className="min-w-0">
          <legend className="text-sm font-semibold">The app listens on</legend>
          <div className="mt-2 space-y-2">
            {listenChoices.map(([value, note]) => (
              <label key={value} className={choiceClass}>
                <input type="radio" name={`${id}-listen`} value={value} checked={listen === value} onChange={() => setListen(value)} className={inputClass} />
                <span>
                  <code className="font-mono">{value}</code>
                  <span className="block text-sm text-muted">{note}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="min-w-0">
          <legend className="text-sm font-semibold">The container is started with</legend>
          <div className="mt-2 space-y-2">
            {publishChoices.map(([value, flag, note]) => (
              <label key={value} className={choiceClass}>
                <input type="radio" name={`${id}-publish`} value={value} checked={publish === value} onChange={() => setPublish(value)} className={inputClass} />
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <code className="font-mono">{flag}</code>
                  <span className="block text-sm text-muted">{note}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="mt-4 space-y-3">
        <CodeLines label="Last line of app.py">{outcome.runLine}</CodeLines>
        <CodeLines label="Terminal">{`$ ${outcome.command}`}</CodeLines>
      </div>

      <div aria-live="polite" className="mt-4 grid gap-3 sm:grid-cols-2">
        <Result place="Browser on your machine" url="http://localhost:8050" reach={outcome.host} />
        <Result place="Another machine on your network" url="http://<your-ip>:8050" reach={outcome.lan} />
      </div>
    </ExplorerFrame>
  );
}
