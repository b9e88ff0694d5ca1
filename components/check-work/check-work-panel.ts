import { checkReach, checkWork, fillMessage, messageKey, type Check, type Diagnosis, type ReachStepId, type Step } from '@/components/check-work/engine';
import { setChecked } from '@/components/progress/progress';
import type { VerdictKind as StyleKind } from '@/lib/shared/verdict-style';
import { h, progress, verdict } from '@/lib/browser/runtime';

// partial: what it shows is fine, the rest is unknown; it does not mark progress (only ok does).
const styles: Record<Diagnosis['kind'], StyleKind> = { ok: 'right', partial: 'unsure', problem: 'wrong', unreadable: 'unsure' };

const run = (check: Check, text: string) =>
  check.startsWith('reach:') ? checkReach(check.slice('reach:'.length) as ReachStepId, text) : checkWork(check as Step, text);

type Message = { title: string; explanation: string; fix?: string; commands?: string[] };
type Messages = Record<string, Record<string, Message>>;

let messages: Promise<Messages> | undefined;

/** The answers' words, written at build time (lib/content/site-files.ts); a failure is forgotten, so the next check retries. */
function loadMessages(): Promise<Messages> {
  messages ??= fetch('/check-messages.json').then((response) => {
    if (!response.ok) throw new Error(`check messages: HTTP ${response.status}`);
    return response.json() as Promise<Messages>;
  });
  messages.catch(() => (messages = undefined));
  return messages;
}

const code = (text: string) => h('pre', { className: 'mt-2 overflow-x-auto rounded-md border border-line bg-page p-2 font-mono text-sm' }, h('code', {}, text));

/** The answer: the words of its message for this check, with the details found in the paste. */
function answer(all: Messages, check: Check, diagnosis: Diagnosis): Node[] {
  const own = all[check] ?? {};
  const message = own[messageKey(diagnosis)] ?? own[diagnosis.id] ?? own.unreadable;
  if (!message) return [h('p', {}, 'This check has no answer for that yet.')];
  const fill = (text: string | undefined) => fillMessage(text ?? '', diagnosis.details);
  const { lastLines } = diagnosis.details;
  const nodes: Node[] = [h('p', {}, verdict(styles[diagnosis.kind], fill(message.title))), h('p', { className: 'mt-1' }, fill(message.explanation))];
  if (lastLines?.length) nodes.push(h('p', { className: 'mt-2 text-sm text-muted' }, 'The last lines it printed:'), code(lastLines.join('\n')));
  if (message.fix) nodes.push(h('p', { className: 'mt-2' }, fill(message.fix)));
  const commands = (message.commands ?? []).map(fill).filter(Boolean);
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
    const words = await loadMessages().catch(() => undefined);
    // A slower check of an older paste must not overwrite the answer to the newer one.
    if (asked !== latest || !result) return;
    if (!words) {
      result.replaceChildren(h('p', {}, verdict('unsure', 'The answers could not load.'), ' You may be offline: check your connection, then press Check again. Your paste is still here.'));
      return;
    }
    result.replaceChildren(...answer(words, check, diagnosis));
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
  void loadMessages().catch(() => undefined);
  for (const panel of panels) panel.querySelectorAll<HTMLFormElement>('form[data-check]').forEach(enhanceForm);
}
