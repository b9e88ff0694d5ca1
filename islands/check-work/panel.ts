import { checkReach, checkWork, fillMessage, messageKey, type Check, type Diagnosis, type ReachStepId, type Step } from '@/lib/docker-output';
import { setChecked } from '@/lib/progress/progress';
import type { VerdictKind as StyleKind } from '@/lib/verdict-style';
import { h } from '../lib/dom';
import { progress } from '../lib/stores';
import { verdict } from '../lib/verdict';

const styles: Record<Diagnosis['kind'], StyleKind> = { ok: 'right', problem: 'wrong', unreadable: 'unsure' };

const run = (check: Check, text: string) =>
  check.startsWith('reach:') ? checkReach(check.slice('reach:'.length) as ReachStepId, text) : checkWork(check as Step, text);

/** The answer, from the form's own template for it: words from the build, details from the paste. */
function answer(form: HTMLFormElement, diagnosis: Diagnosis): Node[] {
  const template =
    form.querySelector<HTMLTemplateElement>(`template[data-message="${messageKey(diagnosis)}"]`) ??
    form.querySelector<HTMLTemplateElement>(`template[data-message="${diagnosis.id}"]`) ??
    form.querySelector<HTMLTemplateElement>('template[data-message="unreadable"]');
  const part = (name: string) => [...(template?.content.querySelectorAll(`[data-part="${name}"]`) ?? [])].map((el) => fillMessage(el.textContent ?? '', diagnosis.details));
  const [title = ''] = part('title');
  const commands = part('command').filter(Boolean);
  const { lastLines } = diagnosis.details;
  const code = (text: string) => h('pre', { className: 'mt-2 overflow-x-auto rounded-md border border-line bg-page p-2 font-mono text-sm' }, h('code', {}, text));
  const nodes: Node[] = [h('p', {}, verdict(styles[diagnosis.kind], title))];
  for (const text of part('explanation')) nodes.push(h('p', { className: 'mt-1' }, text));
  if (lastLines?.length) nodes.push(h('p', { className: 'mt-2 text-sm text-muted' }, 'The last lines it printed:'), code(lastLines.join('\n')));
  for (const text of part('fix')) if (text) nodes.push(h('p', { className: 'mt-2' }, text));
  if (commands.length) nodes.push(code(commands.join('\n')));
  return nodes;
}

function enhanceForm(form: HTMLFormElement): void {
  const check = form.dataset.check as Check;
  const area = form.querySelector('textarea');
  const result = form.querySelector<HTMLElement>('[data-check-result]');
  const slug = document.querySelector<HTMLElement>('[data-lesson]')?.dataset.lesson;
  let latest = 0;
  const submit = async () => {
    const asked = ++latest;
    const diagnosis = await run(check, area?.value ?? '');
    // A slower check of an older paste must not overwrite the answer to the newer one.
    if (asked !== latest || !result) return;
    result.replaceChildren(...answer(form, diagnosis));
    result.dataset.kind = diagnosis.kind;
    if (diagnosis.kind === 'ok' && slug && !check.startsWith('reach:')) progress.update((p) => setChecked(p, slug));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  area?.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  });
  // Pasted before this code arrived: answer it now.
  if (area?.value.trim()) void submit();
}

export function enhance(panels: HTMLElement[]): void {
  for (const panel of panels) panel.querySelectorAll<HTMLFormElement>('form[data-check]').forEach(enhanceForm);
}
