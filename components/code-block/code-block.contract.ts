import { attribute, flag, integer, json } from '@/lib/shared/contract';
import type { Part } from './placeholders';

/** A code block: what code-block.tsx renders and code-block.island.ts reads. */
export const codeBlockTag = 'ld-code-block';

/** A piece of copy text: literal text, or a placeholder the reader may fill in. */
export function isPart(value: unknown): value is Part {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  const { placeholder, fallback, quoted } = value as Record<string, unknown>;
  return typeof placeholder === 'string' && typeof fallback === 'string' && typeof quoted === 'boolean';
}

const isCommandParts = (value: unknown): value is Part[][] =>
  Array.isArray(value) && value.every((parts) => Array.isArray(parts) && parts.every(isPart));

/** On the <figure>: the kind of block (file, session, script); styles/globals.css reads it too. */
export const blockKind = attribute('data-code-block');

/**
 * On the <figure>: what the copy buttons copy, each command's parts with placeholders as
 * holes. Computed at build time, so the copy never depends on what the page shows.
 */
export const copyText = attribute('data-copy', json(isCommandParts));

/**
 * A file block without `copyText` copies its own text: its code's textContent and a final
 * newline, which the build checked equals the copy text it computed
 * (lib/content/code-blocks/rehype-code-blocks.ts).
 */
export function ownText(code: Element): string {
  return `${code.textContent ?? ''}\n`;
}

/** The block's "Copy" button: every command. */
export const copyAll = attribute('data-copy-all', flag);

/** A per-command button of a session: the index of its command in `copyText`. */
export const copyCommand = attribute('data-copy-command', integer);

/** On the button that copied last, for two seconds: it shows "Copied" and a check mark. */
export const copied = attribute('data-copied', flag);

/**
 * A `<user>` placeholder in the code, named after it. Written by the build
 * (lib/content/code-blocks/rehype-code-blocks.ts), not by code-block.tsx; the island puts a
 * text field in it.
 */
export const placeholderSlot = attribute('data-placeholder');
