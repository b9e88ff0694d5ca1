import type { CheckPanel } from '@/components/check-work/engine/check-panels';
import { expectations } from '@/components/check-work/engine/expectations';
import { accepts, reachText, reveals } from '@/components/check-work/engine/messages';
import { reachPath } from '@/components/check-work/engine/reach-steps';
import type { Step } from '@/components/check-work/engine/types';
import type { ReactNode } from 'react';
import { Island } from '@/lib/server/island';
import { CheckForm } from './check-form';
import { checkWorkTag } from './check-work.contract';
import { CommandBlock } from './command-block';

const privacy = 'Nothing you paste leaves this page: the check runs in your browser.';

/** `<ld-check-work>` around the panel: the island's element (a box of its own, so that it can come into view). */
function Frame({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Island island="check-work" tag={checkWorkTag} className="block">
      <section aria-labelledby={id} className="not-prose my-8 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <h3 id={id} className="text-lg font-semibold text-ink">
          {title}
        </h3>
        {children}
      </section>
    </Island>
  );
}

/**
 * <CheckYourWork check="run" />: the end of a hands-on step. The learner copies one read-only
 * command, pastes what their own Docker printed, and the page says what is wrong and how to
 * fix it, or that all is well (components/check-work/engine reads it; components/check-work/check-work.island.ts runs it).
 * check="reach" is lesson 6's "It runs but I can't reach it": the same, one question at a time.
 */
export function CheckYourWork({ check }: { check: CheckPanel }) {
  if (check === 'reach') return <ReachPath />;
  const step: Step = check;
  const id = `check-${step}`;
  return (
    <Frame id={id} title="Check your work">
      <p className="mt-1 text-muted">Run this read-only command, then paste what it printed below. {reveals[step]}</p>
      <CommandBlock command={expectations[step].command} />
      <CheckForm check={step} accepts={accepts[step]} id={id} />
      <p className="mt-3 text-sm text-muted">
        {privacy} When it passes, this lesson is marked “checked on my machine” in your progress (in this browser). That is a self-check of
        what you pasted, not a proof.
      </p>
    </Frame>
  );
}

function ReachPath() {
  return (
    <Frame id="check-reach" title="It runs but I can’t reach it">
      <p className="mt-1 text-muted">
        Four questions, in this order. For each, run its read-only command and paste what it printed; the answer says whether that is the
        problem and what to do. {privacy}
      </p>
      <ol className="mt-4 space-y-6">
        {reachPath.map(({ id, command }, index) => (
          <li key={id}>
            <h4 className="font-semibold text-ink">
              <span className="text-muted">{index + 1}. </span>
              {reachText[id].question}
            </h4>
            <p className="text-sm text-muted">{reachText[id].reveals}</p>
            <CommandBlock command={command} />
            <CheckForm check={`reach:${id}`} accepts={command} id={`check-reach-${id}`} />
          </li>
        ))}
      </ol>
    </Frame>
  );
}
