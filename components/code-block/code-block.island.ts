import { fillCommands, fillParts, placeholderFallbacks, type Part } from '@/components/code-block/placeholders';
import { copyToClipboard } from '@/lib/browser/clipboard';
import { h } from '@/lib/browser/dom';
import { start } from '@/lib/browser/start';
import { placeholders } from '@/lib/browser/stores';

/*
 * Copy buttons of every code block (components/code-block/code-block.tsx). What they copy comes from the
 * build (`data-copy`: each command's text with placeholders as holes), never from the page;
 * only the values typed into placeholder fields are added here.
 */

const COPIED_MS = 2000;
const shortcut = () => (/Mac|iP(hone|ad)/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C');

function enhanceBlock(figure: HTMLElement): void {
  const commands = (JSON.parse(figure.dataset.copy ?? '[]') as Part[][]).map((parts) => ({ parts }));
  const status = figure.querySelector<HTMLElement>(':scope > [role=status]');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let manual: HTMLElement | undefined;

  const copy = async (button: HTMLButtonElement, index: number | undefined) => {
    const values = placeholders.get();
    const text = index === undefined ? fillCommands(commands, values) : fillParts(commands[index]?.parts ?? [], values);
    const ok = await copyToClipboard(text);
    clearTimeout(timer);
    figure.querySelectorAll('[data-copied]').forEach((b) => b.removeAttribute('data-copied'));
    manual?.remove();
    manual = undefined;
    if (status) status.textContent = ok ? 'Copied' : `Press ${shortcut()} to copy`;
    if (ok) {
      button.toggleAttribute('data-copied', true);
      timer = setTimeout(() => {
        button.removeAttribute('data-copied');
        if (status) status.textContent = '';
      }, COPIED_MS);
      return;
    }
    // Neither the Clipboard API nor the old selection way: select the text for the reader's own copy.
    manual = showManual(figure, text, status?.textContent ?? '');
  };

  figure.querySelectorAll<HTMLButtonElement>('button[data-copy-all], button[data-copy-command]').forEach((button) => {
    const index = button.dataset.copyCommand;
    button.addEventListener('click', () => void copy(button, index === undefined ? undefined : Number(index)));
    button.disabled = false;
  });
}

function showManual(figure: HTMLElement, text: string, label: string): HTMLElement {
  const id = `manual-copy-${Math.random().toString(36).slice(2)}`;
  const area = h('textarea', {
    id,
    readonly: true,
    rows: String(Math.min(text.split('\n').length, 8)),
    className: 'mt-1 block w-full resize-none rounded border border-line bg-page p-2 font-mono text-sm text-ink',
  });
  area.value = text;
  const box = h('div', { className: 'border-t border-line px-3 py-2' }, h('label', { for: id, className: 'block text-xs font-semibold text-ink' }, label), area);
  figure.append(box);
  area.addEventListener('blur', () => box.remove());
  area.focus();
  area.select();
  return box;
}

/** Each `span[data-placeholder]` of a block becomes a text field; every field of a name shows the same value. */
function enhancePlaceholders(): void {
  const fields: HTMLInputElement[] = [];
  const width = (input: HTMLInputElement) => `${Math.max(input.value.length, input.placeholder.length) + 1}ch`;
  for (const slot of document.querySelectorAll<HTMLElement>('[data-code-block] [data-placeholder]')) {
    const name = slot.dataset.placeholder ?? '';
    const input = h('input', {
      type: 'text',
      'aria-label': name,
      placeholder: name,
      title: `Your ${name}, used in every command of the page. Left empty, the copy uses ${placeholderFallbacks[name]}.`,
      spellcheck: 'false',
      autocomplete: 'off',
      autocapitalize: 'none',
      className:
        'box-content h-5 rounded-sm border border-dashed border-current bg-transparent px-1 py-0 align-baseline leading-5 placeholder:italic placeholder:opacity-70 focus:border-solid',
    });
    input.value = placeholders.get()[name] ?? '';
    input.style.width = width(input);
    input.addEventListener('input', () => placeholders.set(name, input.value));
    slot.append(input);
    fields.push(input);
  }
  placeholders.subscribe(() => {
    const values = placeholders.get();
    for (const input of fields) {
      const value = values[input.placeholder] ?? '';
      if (input.value !== value) input.value = value;
      input.style.width = width(input);
    }
  });
}

start(() => {
  document.querySelectorAll<HTMLElement>('figure[data-copy]').forEach(enhanceBlock);
  enhancePlaceholders();
});
