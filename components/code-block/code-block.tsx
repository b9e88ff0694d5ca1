import type { ReactNode } from 'react';
import type { CopyCommand } from '@/lib/content/code-blocks/copy-text';
import { codeLanguage } from '@/lib/content/code-languages';
import { Island } from '@/lib/server/island';
import { json } from '@/lib/shared/contract';
import { blockKind, codeBlockTag, copyAll, copyCommand, copyText, isPart } from './code-block.contract';

/** The attributes lib/content/code-blocks/remark-code-blocks.ts puts on every fenced block. */
type CodeBlockProps = {
  lang?: string;
  kind?: string;
  title?: string;
  download?: string;
  /**
   * JSON of CopyCommand[]: what the copy buttons copy, computed at build time. A file block
   * whose copy text is its own text has none (lib/content/code-blocks/rehype-code-blocks.ts).
   */
  copy?: string;
  /** Shiki's highlighted <pre>. */
  children?: ReactNode;
};

/*
 * The block's styles live in styles/globals.css (`.code-block` and its parts), once for the
 * whole site rather than as utilities repeated on every block of the page. Lines are a fixed
 * 1.5rem high and the pre has 0.75rem of padding: the per-command buttons are placed by that
 * arithmetic.
 */

/** The build's `copy` prop, checked: a malformed one fails the build here, not a copy in the browser. */
const copyCommands = json(
  (value: unknown): value is CopyCommand[] =>
    Array.isArray(value) &&
    value.every((command: unknown) => {
      if (typeof command !== 'object' || command === null) return false;
      const { line, root, parts } = command as Record<string, unknown>;
      return typeof line === 'number' && typeof root === 'boolean' && Array.isArray(parts) && parts.every(isPart);
    }),
);

/**
 * A fenced code block: caption (file name or kind of block), the highlighted code, and the
 * copy controls. The text to copy is computed at build time and travels in `data-copy`
 * (code-block.contract.ts), but for a file block that copies exactly its own text;
 * code-block.island.ts makes the buttons work (they stay disabled until then, hidden without
 * JavaScript) and turns placeholders into text fields.
 */
export function CodeBlock({ lang = 'text', kind = 'file', title, download, copy, children }: CodeBlockProps) {
  // Without `copy`, a file block copies its own text (ownText in code-block.contract.ts).
  if (copy === undefined && kind !== 'file') throw new Error(`CodeBlock: a ${kind} block needs the build's copy text`);
  const commands = copy === undefined ? [] : copyCommands.decode(copy);
  if (!commands) throw new Error(`CodeBlock: the build's copy text is malformed: ${(copy ?? '').slice(0, 80)}`);
  const hasRoot = kind === 'session' && commands.some((command) => command.root);
  const perCommand = kind === 'session' && commands.length > 1;
  return (
    <Island island="code-block" tag={codeBlockTag}>
      <figure
        {...blockKind.set(kind)}
        {...(copy === undefined ? {} : copyText.set(commands.map(({ parts }) => parts)))}
        className="not-prose code-block"
      >
        <figcaption className="code-caption">
          <span className={title ? 'font-mono font-semibold text-ink' : 'font-semibold'}>{title ?? codeLanguage(lang).label}</span>
          {hasRoot && (
            <span>
              <span className="rounded border px-1">root</span>: run as root or with <code className="font-mono">sudo</code>
            </span>
          )}
          {download && (
            <a href={download} download className="text-accent underline underline-offset-2">
              Download<span className="sr-only"> {title}</span>
            </a>
          )}
        </figcaption>
        <button type="button" {...copyAll.set(true)} disabled className="code-copy-all">
          <CopyIcon />
          <span className="code-copy-label">
            Copy<span className="sr-only"> {noun(kind, lang, title, commands)}</span>
          </span>
          <span className="code-copied-label">Copied</span>
        </button>
        <div className="flex">
          {perCommand && (
            <div className="code-gutter">
              {commands.map((command, index) => (
                <button
                  key={index}
                  type="button"
                  {...copyCommand.set(index)}
                  disabled
                  aria-label={`Copy command: ${preview(command.parts)}`}
                  title="Copy this command"
                  style={{ top: `${0.75 + command.line * 1.5}rem` }}
                  className="code-copy-command"
                >
                  <CopyIcon />
                </button>
              ))}
            </div>
          )}
          <div className="min-w-0 flex-1">{children}</div>
        </div>
        <div role="status" className="sr-only" />
      </figure>
    </Island>
  );
}

/** The ids of the copy buttons' two icons, defined once per page by CopyIconSymbols. */
export const copyIconId = 'ld-copy-icon';
export const copiedIconId = 'ld-copied-icon';

/**
 * The copy and check-mark icons once per page, for every copy button's `<use>`: written by
 * pages/_document.tsx on a page with a code block.
 */
export function CopyIconSymbols() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
      <symbol id={copyIconId} viewBox="0 0 16 16">
        <path d="M5.5 5.5V2.5h8v8h-3M2.5 5.5h8v8h-8z" />
      </symbol>
      <symbol id={copiedIconId} viewBox="0 0 16 16">
        <path d="M3 8.5l3 3 7-7" />
      </symbol>
    </svg>
  );
}

/** A copy icon that turns into a check mark while its button says it copied (styles/globals.css). */
function CopyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="code-icon">
      <use href={`#${copyIconId}`} />
      <use href={`#${copiedIconId}`} />
    </svg>
  );
}

/** The copy-all button's accessible name is "Copy " + this. */
function noun(kind: string, lang: string, title: string | undefined, commands: CopyCommand[]): string {
  if (kind === 'session') return commands.length === 1 ? 'command' : 'commands';
  if (title) return 'file';
  if (kind === 'script')
    return commands.some((c) => c.parts.some((p) => typeof p === 'string' && p.trim().includes('\n'))) ? 'commands' : 'command';
  return lang === 'text' || lang === 'txt' ? 'text' : 'file';
}

/** A command's first line, placeholders as written, short enough for a button's name. */
function preview(parts: CopyCommand['parts']): string {
  const text = parts.map((part) => (typeof part === 'string' ? part : `<${part.placeholder}>`)).join('');
  const line = text.split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
