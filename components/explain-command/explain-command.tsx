import { useId } from 'react';
import { Island, IslandControl } from '@/lib/server/island';
import { explainForm, explainInput, explainOutput, explainTag } from './explain-command.contract';

const hiddenWithoutJs = '[html:not(.js)_&]:hidden';
const hiddenWithJs = '[html.js_&]:hidden';
/** The field's box, its height fixed (two lines of text-sm, padding and border: 2 × 1.25rem + 1rem + 2px) for the box that stands in for it until the island comes. */
const inputBox = 'mt-2 block h-[3.625rem] w-full rounded-md border border-line bg-page';

/**
 * "Explain a command": a learner pastes any docker or docker compose command and gets each part
 * explained by the course's model of the CLI (lib/shared/docker-cli/explain.ts), unknown parts
 * named with the closest known flag. The model loads only when the box is first used
 * (explain-command.island.ts); without JavaScript the box says it needs it.
 */
export function ExplainCommand() {
  const id = useId();
  return (
    <Island island="explain-command" tag={explainTag} className="not-prose my-8 block rounded-lg border border-line bg-surface p-4">
      <div role="group" aria-labelledby={`${id}-title`}>
        <p id={`${id}-title`} className="font-semibold text-ink">
          Explain a command
        </p>
        <p className={`mt-1 text-sm text-muted ${hiddenWithJs}`}>
          This box explains a docker command you paste into it, part by part. It needs JavaScript, which is off in this browser; every
          command in the lessons explains itself without it: select a part of it.
        </p>
        <form {...explainForm.set(true)} className={`mt-2 ${hiddenWithoutJs}`}>
          <label htmlFor={`${id}-input`} className="block text-sm text-muted">
            Paste a docker or docker compose command, from a lesson or from anywhere else.
          </label>
          <IslandControl box={inputBox}>
            <textarea
              id={`${id}-input`}
              {...explainInput.set(true)}
              rows={2}
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              placeholder="docker run -d -p 8080:80 --name web nginx"
              className={`${inputBox} resize-y px-3 py-2 font-mono text-sm text-ink placeholder:text-muted`}
            />
          </IslandControl>
          <button
            type="submit"
            className="mt-2 inline-flex items-center rounded-md bg-accent px-4 py-2 text-sm font-semibold text-page hover:bg-accent-strong"
          >
            Explain
          </button>
        </form>
        <div {...explainOutput.set(true)} role="status" aria-live="polite" className={`mt-3 text-sm ${hiddenWithoutJs}`} />
      </div>
    </Island>
  );
}
