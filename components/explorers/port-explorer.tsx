import {
  portOutcome,
  publishFlags,
  reachVerdict,
  type ListenAddress,
  type PublishMode,
  type Reach,
} from '@/components/explorers/port-publishing';
import { dashApp } from '@/lib/shared/course';
import { choiceClass, CodeLines, ExplorerFrame, inputClass, Verdict } from './explorer-parts';
import { portFields, reachPlace, reachWhy, type ReachPlace } from './explorers.contract';

type Choice<T extends string> = { value: T; label: string; note: string };

const listenChoices: Array<Choice<ListenAddress>> = [
  { value: '127.0.0.1', label: '127.0.0.1', note: 'Dash’s default: the container’s own loopback' },
  { value: '0.0.0.0', label: '0.0.0.0', note: 'every interface of the container, eth0 included' },
];

const publishChoices: Array<Choice<PublishMode>> = [
  { value: 'none', label: 'No -p', note: 'no port published' },
  { value: 'all', label: publishFlags.all, note: 'on every interface of your machine' },
  { value: 'loopback', label: publishFlags.loopback, note: 'on your machine’s loopback only' },
];

// The trap from the lesson: published, but listening on the container's loopback.
const initial = { listen: '127.0.0.1', publish: 'all' } as const;

/** One of the explorer's two questions: radios whose labels are the code they stand for. */
function RadioChoices<T extends string>({
  legend,
  name,
  choices,
  selected,
}: {
  legend: string;
  name: string;
  choices: Array<Choice<T>>;
  selected: T;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-2 space-y-2">
        {choices.map(({ value, label, note }) => (
          <label key={value} className={choiceClass}>
            <input type="radio" name={name} value={value} defaultChecked={selected === value} className={inputClass} />
            <span className="min-w-0 [overflow-wrap:anywhere]">
              <code className="font-mono">{label}</code>
              <span className="block text-sm text-muted">{note}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Result({ place, url, reach, name }: { place: string; url: string; reach: Reach; name: ReachPlace }) {
  return (
    <p {...reachPlace.set(name)} className="rounded-lg border border-line bg-page p-3">
      <span className="block font-semibold">{place}</span>
      <code className="block font-mono text-sm text-muted [overflow-wrap:anywhere]">{url}</code>
      <span className="mt-2 block">
        <Verdict ok={reach.reachable}>{reachVerdict(reach)}</Verdict> <span {...reachWhy.set(true)}>{reach.why}</span>
      </span>
    </p>
  );
}

/** <PortExplorer />: where the Dash app listens × how the container is started → who can reach it. */
export function PortExplorer() {
  const outcome = portOutcome(initial.listen, initial.publish);
  return (
    <ExplorerFrame explorer="port" title="Try it: who can reach the Dash app?">
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <RadioChoices legend="The app listens on" name={portFields.listen} choices={listenChoices} selected={initial.listen} />
        <RadioChoices
          legend="The container is started with"
          name={portFields.publish}
          choices={publishChoices}
          selected={initial.publish}
        />
      </div>

      <div className="mt-4 space-y-3">
        <CodeLines label="Last line of app.py" name="run-line">
          {outcome.runLine}
        </CodeLines>
        <CodeLines label="Terminal" name="command">{`$ ${outcome.command}`}</CodeLines>
      </div>

      <div aria-live="polite" className="mt-4 grid gap-3 sm:grid-cols-2">
        <Result place="Browser on your machine" url={dashApp.url} reach={outcome.host} name="host" />
        <Result place="Another machine on your network" url="http://<your-ip>:8050" reach={outcome.lan} name="lan" />
      </div>
    </ExplorerFrame>
  );
}
