// Loaded after the islands' runtime and part of it: importing it here keeps the contract
// codecs and the storage keys in the runtime's one chunk (esbuild would otherwise split them
// into a further file that every page loads, since this module reaches them on its own).
import '@/lib/browser/runtime';
import { drillItemId } from '@/components/review/review-state';
import { drillData, revealable } from './drill.contract';

/*
 * A drill: checks the typed command with the CLI model and says why in the live region. This
 * loads when the reader comes near the drill (drill.island.ts), and it runs no model and no
 * scheduler yet: the checker (drill-check.ts, which brings the CLI model, ~20 KB gzip) is
 * imported when the reader first focuses or types in the field, and the review scheduler when
 * the reader first submits an answer.
 */
export function connect(element: HTMLElement): void {
  const data = drillData.get(element);
  const form = element.querySelector('form');
  const input = form?.querySelector('input');
  const status = form?.querySelector<HTMLElement>('[role=status]');
  const answer = element.querySelector('details');
  if (!data || !form || !input || !status || !answer) return;
  const slug = document.querySelector<HTMLElement>('[data-lesson]')?.dataset.lesson ?? '';

  let modules: Promise<[typeof import('./drill-check'), typeof import('./drill-verdict')]> | undefined;
  const load = () => (modules ??= Promise.all([import('./drill-check'), import('./drill-verdict')]));
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void load(), { once: true });

  let wrongTries = 0;
  let revealed = false;
  let solved = false;
  const canReveal = () => answer.hasAttribute(revealable);
  answer.addEventListener('toggle', () => {
    if (answer.open && !solved) revealed = true;
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = input.value;
    // The scheduler loads with the first answer, beside the checker, so the verdict that schedules waits for it the least.
    const scheduler = slug ? import('@/components/review/enter-review') : undefined;
    void load().then(async ([{ checkDrill }, { verdictContent }]) => {
      const result = checkDrill(data, typed);
      if (result.kind === 'wrong') wrongTries++;
      // After two wrong tries (or once right) the model answer may be opened.
      if ((wrongTries >= 2 || result.kind === 'right') && !canReveal()) answer.setAttribute(revealable, '');
      const first = !solved && scheduler && (result.kind === 'right' || revealed);
      if (result.kind === 'right') solved = true;
      // Scheduled before the verdict shows: a reader who reads "Right" and moves on at once keeps the item in review
      // (the verdict used to show first, and a quick click on Next lost the item while the scheduler was still loading).
      if (first) (await scheduler).enterReview(drillItemId(slug, data.id), { right: result.kind === 'right', wrongTries, revealed });
      status.replaceChildren(...verdictContent(result, { canReveal: result.kind !== 'right' && wrongTries === 2 }));
    });
  });
}
