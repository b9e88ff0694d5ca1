import type { Check } from '@/components/check-work/engine/types';
import { IslandControl } from '@/lib/server/island';
import { checkForm, checkResult } from './check-work.contract';

/**
 * One "paste what Docker printed" form: the text area, Check, and the answer in a live region
 * (components/check-work/check-work-panel.ts). The answers' words are written at build time into
 * /check-messages.json (lib/content/site-files.ts), which the panel fetches when it is first used.
 */
/**
 * The paste field's box, its height fixed for the box that stands in for it until the island comes:
 * five lines of text-sm (5 × 1.25rem), its padding (1rem) and border (2px) = 7.375rem.
 */
const pasteBox = 'mt-1 block h-[7.375rem] w-full rounded-md border border-line bg-page';

export function CheckForm({ check, accepts, id }: { check: Check; accepts: string; id: string }) {
  return (
    // method="dialog": a form that can never be sent anywhere, whatever happens to the script.
    <form {...checkForm.set(check)} method="dialog" className="mt-3">
      <label htmlFor={`${id}-paste`} className="block text-sm font-semibold text-ink [html:not(.js)_&]:hidden">
        Paste what Docker printed
      </label>
      <p id={`${id}-accepts`} className="text-sm text-muted">
        Also read: the output of {accepts}. Prompts and blank lines are fine.
      </p>
      <IslandControl box={pasteBox}>
        <textarea
          id={`${id}-paste`}
          name="paste"
          aria-describedby={`${id}-accepts`}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          className={`${pasteBox} p-2 font-mono text-sm text-ink`}
        />
      </IslandControl>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 [html:not(.js)_&]:hidden">
        {/* Not just "Check": the quiz's buttons are called that, and a screen reader's list of buttons must tell them apart. */}
        <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-page hover:bg-accent-strong">
          Check what I pasted
        </button>
        <span className="text-sm text-muted">or Ctrl+Enter in the text area</span>
      </div>
      <p className="mt-2 text-sm text-muted [.js_&]:hidden">
        Checking what you paste needs JavaScript; the command above works without it.
      </p>
      <div role="status" {...checkResult.set(true)} className="mt-3 text-pretty empty:hidden" />
    </form>
  );
}
