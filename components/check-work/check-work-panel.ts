import { checkPaste, fillMessage, messageKey, type Check, type Diagnosis } from '@/components/check-work/engine';
import { setChecked } from '@/components/progress/progress';
import { quizLesson } from '@/components/quiz/quiz.contract';
import type { VerdictKind as StyleKind } from '@/lib/shared/verdict-style';
import { h, progress, verdict } from '@/lib/browser/runtime';
import { checkForm, checkKind, checkMessagesJson, checkResult, type CheckMessages as Messages } from './check-work.contract';

// partial: what it shows is fine, the rest is unknown; it does not mark progress (only ok does).
const styles: Record<Diagnosis['kind'], StyleKind> = { ok: 'right', partial: 'unsure', problem: 'wrong', unreadable: 'unsure' };

let messages: Promise<Messages> | undefined;

/** The answers' words, written at build time (lib/content/site-files.ts); a failure is forgotten, so the next check retries. */
function loadMessages(): Promise<Messages> {
  messages ??= fetch('/check-messages.json').then(async (response) => {
    if (!response.ok) throw new Error(`check messages: HTTP ${response.status}`);
    const words = checkMessagesJson.decode(await response.text());
    if (!words) throw new Error('check messages: not the expected shape');
    return words;
  });
  messages.catch(() => (messages = undefined));
  return messages;
}

/** A block of commands (kept on their lines, as a terminal takes them) or, `wrap`, a pasted line quoted (read whole at 375 px). */
const code = (text: string, wrap = false) =>
  h(
    'pre',
    {
      className: `mt-2 rounded-md border border-line bg-page p-2 font-mono text-sm ${wrap ? 'whitespace-pre-wrap break-words' : 'overflow-x-auto'}`,
    },
    h('code', {}, text),
  );

/** The answer: the words of its message for this check, with the details found in the paste. */
function answer(all: Messages, check: Check, diagnosis: Diagnosis): Node[] {
  const own = all[check] ?? {};
  const message = own[messageKey(diagnosis)] ?? own[diagnosis.id] ?? own.unreadable;
  if (!message) return [h('p', {}, 'This check has no answer for that yet.')];
  const fill = (text: string | undefined) => fillMessage(text ?? '', diagnosis.details);
  const { lastLines, quote } = diagnosis.details;
  const nodes: Node[] = [
    h('p', {}, verdict(styles[diagnosis.kind], fill(message.title))),
    h('p', { className: 'mt-1' }, fill(message.explanation)),
  ];
  // The line the answer rests on, so the learner sees which of the paste's lines it means (stop 49: "the error" alone named none).
  if (quote) nodes.push(h('p', { className: 'mt-2 text-sm text-muted' }, 'From your paste:'), code(quote, true));
  if (lastLines?.length)
    nodes.push(h('p', { className: 'mt-2 text-sm text-muted' }, 'The last lines it printed:'), code(lastLines.join('\n'), true));
  if (message.fix) nodes.push(h('p', { className: 'mt-2' }, fill(message.fix)));
  if (message.excerpt)
    nodes.push(h('p', { className: 'mt-2 text-sm text-muted' }, `In ${message.excerpt.file}:`), code(fill(message.excerpt.text)));
  const commands = (message.commands ?? []).map(fill).filter(Boolean);
  if (commands.length) nodes.push(code(commands.join('\n')));
  return nodes;
}

function enhanceForm(form: HTMLFormElement, slug: string | undefined): void {
  const check = checkForm.get(form);
  const area = form.querySelector('textarea');
  const result = form.querySelector<HTMLElement>(checkResult.selector);
  if (!check) return;
  let latest = 0;
  const submit = async () => {
    const asked = ++latest;
    const diagnosis = await checkPaste(check, area?.value ?? '');
    const words = await loadMessages().catch(() => undefined);
    // A slower check of an older paste must not overwrite the answer to the newer one.
    if (asked !== latest || !result) return;
    if (!words) {
      result.replaceChildren(
        h(
          'p',
          {},
          verdict('unsure', 'The answers could not load.'),
          ' You may be offline: check your connection, then press Check again. Your paste is still here.',
        ),
      );
      return;
    }
    result.replaceChildren(...answer(words, check, diagnosis));
    result.setAttribute(checkKind.name, diagnosis.kind);
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

/** Enhances the forms of one <ld-check-work>; the lesson it marks is the one its page's article names (the quiz's contract). */
export function enhance(panel: HTMLElement): void {
  void loadMessages().catch(() => undefined);
  const lesson = panel.closest(quizLesson.selector);
  const slug = lesson ? quizLesson.get(lesson) : undefined;
  panel.querySelectorAll<HTMLFormElement>(`form${checkForm.selector}`).forEach((form) => enhanceForm(form, slug));
}
