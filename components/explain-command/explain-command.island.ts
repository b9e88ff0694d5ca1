import { defineIsland, h } from '@/lib/browser/runtime';
import type { ExplainedCommand } from '@/lib/shared/docker-cli/explain';
import { codeRuns, unbrokenWordClass } from '@/lib/shared/unbroken-words';
import { explainForm, explainInput, explainOutput, explainTag } from './explain-command.contract';

/*
 * "Explain a command". The model of the CLI (lib/shared/docker-cli, about 20 KB gzip) is not
 * part of this island: it loads with import() when the learner first focuses or types in the
 * box, so a page that shows the box but never uses it pays a few hundred bytes.
 */
type Explain = (text: string) => ExplainedCommand[];
let model: Promise<Explain> | undefined;
const loadModel = (): Promise<Explain> =>
  (model ??= import('@/lib/shared/docker-cli/explain').then(
    (module) => module.explainCommand,
    (error: unknown) => {
      // Offline, or a new deploy replaced the file: the next use tries again.
      model = undefined;
      throw error;
    },
  ));

defineIsland(explainTag, (box) => {
  const form = box.querySelector<HTMLFormElement>(explainForm.selector);
  const input = box.querySelector<HTMLTextAreaElement>(explainInput.selector);
  const output = box.querySelector<HTMLElement>(explainOutput.selector);
  if (!form || !input || !output) return;

  const warm = () => void loadModel().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', warm, { once: true });

  const explain = async () => {
    const text = input.value.trim();
    if (!text) {
      output.replaceChildren(h('p', {}, 'Paste a command first, for example docker ps -a.'));
      return;
    }
    let explainCommand: Explain;
    try {
      explainCommand = await loadModel();
    } catch {
      output.replaceChildren(h('p', {}, 'The explanations could not be loaded. Check your connection and try again.'));
      return;
    }
    output.replaceChildren(...render(text, explainCommand(text)));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void explain();
  });
  // Enter alone would start a new line; Ctrl+Enter (⌘+Enter) explains, as in most comment boxes.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void explain();
    }
  });
});

/** The explanation of each docker command in the text: a summary line, then one item per part. */
export function render(text: string, commands: ExplainedCommand[]): Node[] {
  if (commands.length === 0) {
    return [
      h(
        'p',
        {},
        `No docker command found in “${text.length > 60 ? `${text.slice(0, 59)}…` : text}”. A command to explain starts with docker, docker compose or docker-compose.`,
      ),
    ];
  }
  return commands.flatMap((command) => {
    const unknown = command.parts.filter((part) => part.kind === 'unknown').length;
    const missing = command.unknown.filter((part) => part.kind === 'missing-value');
    const summary =
      unknown + missing.length === 0
        ? `${command.parts.length} parts, all known.`
        : `${command.parts.length} parts, ${unknown + missing.length} not understood.`;
    return [
      h(
        'p',
        { className: 'font-semibold text-ink' },
        h('code', { className: 'font-mono wrap-anywhere' }, ...asCode(text.slice(command.start, command.end))),
        ` — ${summary}`,
      ),
      h(
        'ul',
        { className: 'mt-2 space-y-2' },
        ...command.parts.map((part) =>
          h(
            'li',
            { className: part.kind === 'unknown' ? 'border-l-2 border-accent pl-2' : 'pl-2.5' },
            h('code', { className: 'font-mono font-semibold wrap-anywhere text-ink' }, ...asCode(part.text)),
            part.kind === 'unknown' ? h('span', { className: 'font-semibold' }, ' Not known: ') : ' ',
            h('span', { className: 'text-muted' }, part.explanation),
          ),
        ),
        ...missing.map((part) =>
          h('li', { className: 'border-l-2 border-accent pl-2' }, h('span', { className: 'font-semibold' }, 'Missing: '), part.message),
        ),
      ),
    ];
  });
}

/**
 * A command as the reader typed it, broken only between its words: `dash-app` never becomes
 * "da" / "sh-app" (lib/shared/unbroken-words.ts). A word too long for the line still breaks
 * (wrap-anywhere) rather than push the page sideways.
 */
function asCode(text: string): (Node | string)[] {
  return codeRuns(text).map((run) =>
    'wbr' in run ? h('wbr') : run.unbroken ? h('span', { className: unbrokenWordClass }, run.text) : run.text,
  );
}
