import { copyToClipboard } from '@/lib/browser/clipboard';
import { defineIsland, h, placeholders } from '@/lib/browser/runtime';
import { blockKind, codeBlockTag, copied, copyAll, copyCommand, copyText, ownText, placeholderSlot } from './code-block.contract';
import { fillCommands, fillParts, placeholderFallbacks } from './placeholders';

/*
 * A code block's copy buttons and placeholder fields (code-block.tsx). What the buttons copy
 * comes from the build (`copyText`: each command's text with placeholders as holes), never
 * from the page, but for a file block that copies exactly its own text (`ownText`, which the
 * build checked); only the values typed into placeholder fields are added here.
 */

const COPIED_MS = 2000;
const shortcut = () => (/Mac|iP(hone|ad)/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C');

function enhanceButtons(figure: HTMLElement): void {
  // A page cached from an older build may carry copy text this code cannot read: then the
  // buttons stay disabled rather than copy something wrong.
  // A file block without copy text copies its own text, read at click time.
  const code = !figure.hasAttribute(copyText.name) && blockKind.get(figure) === 'file' ? figure.querySelector('pre code') : null;
  const parts = code ? [[ownText(code)]] : copyText.get(figure);
  if (!parts) return;
  const commands = parts.map((command) => ({ parts: command }));
  const status = figure.querySelector<HTMLElement>(':scope > [role=status]');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let manual: HTMLElement | undefined;

  const copy = async (button: HTMLButtonElement, index: number | undefined) => {
    const values = placeholders.get();
    const text = index === undefined ? fillCommands(commands, values) : fillParts(commands[index]?.parts ?? [], values);
    const ok = await copyToClipboard(text);
    clearTimeout(timer);
    figure.querySelectorAll(copied.selector).forEach((b) => b.removeAttribute(copied.name));
    manual?.remove();
    manual = undefined;
    if (status) status.textContent = ok ? 'Copied' : `Press ${shortcut()} to copy`;
    if (ok) {
      button.toggleAttribute(copied.name, true);
      timer = setTimeout(() => {
        button.removeAttribute(copied.name);
        if (status) status.textContent = '';
      }, COPIED_MS);
      return;
    }
    // Neither the Clipboard API nor the old selection way: select the text for the reader's own copy.
    manual = showManual(figure, text, status?.textContent ?? '');
  };

  figure.querySelectorAll<HTMLButtonElement>(`button${copyAll.selector}, button${copyCommand.selector}`).forEach((button) => {
    const index = copyCommand.get(button);
    button.addEventListener('click', () => void copy(button, index));
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
  const box = h(
    'div',
    { className: 'border-t border-line px-3 py-2' },
    h('label', { for: id, className: 'block text-xs font-semibold text-ink' }, label),
    area,
  );
  figure.append(box);
  area.addEventListener('blur', () => box.remove());
  area.focus();
  area.select();
  return box;
}

/**
 * Each placeholder of the block becomes a text field. The fields of every block share the
 * page's one store, so every field of a name shows the same value.
 */
function enhancePlaceholders(figure: HTMLElement): void {
  const fields: HTMLInputElement[] = [];
  const width = (input: HTMLInputElement) => `${Math.max(input.value.length, input.placeholder.length) + 1}ch`;
  for (const slot of figure.querySelectorAll<HTMLElement>(placeholderSlot.selector)) {
    const name = placeholderSlot.get(slot) ?? '';
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
  if (fields.length === 0) return;
  placeholders.subscribe(() => {
    const values = placeholders.get();
    for (const input of fields) {
      const value = values[input.placeholder] ?? '';
      if (input.value !== value) input.value = value;
      input.style.width = width(input);
    }
  });
}

defineIsland(codeBlockTag, (block) => {
  const figure = block.querySelector<HTMLElement>(`figure${blockKind.selector}`);
  if (!figure) return;
  enhanceButtons(figure);
  enhancePlaceholders(figure);
});
