import { h, verdict } from '@/lib/browser/runtime';
import type { DrillVerdict } from './drill-check';

/** A drill's verdict as the live region shows it: right or wrong in words and mark, then why. */
export function verdictContent(result: DrillVerdict, { canReveal }: { canReveal: boolean }): Node[] {
  if (result.kind === 'right') return [h('p', {}, verdict('right', 'Right.'), ...result.notes.map((note) => ` ${note}`))];
  const head = result.kind === 'wrong' ? verdict('wrong', 'Not yet.') : verdict('unsure', 'Nothing to check yet.');
  const reasons =
    result.problems.length === 1
      ? [h('p', {}, head, ` ${result.problems[0]}`)]
      : [h('p', {}, head), h('ul', { className: 'mt-1 list-disc space-y-1 pl-5' }, ...result.problems.map((p) => h('li', {}, p)))];
  return canReveal ? [...reasons, h('p', { className: 'mt-1 text-muted' }, 'You can open the model answer now.')] : reasons;
}
