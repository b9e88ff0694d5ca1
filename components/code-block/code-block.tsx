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
  /** JSON of CopyCommand[]: what the copy buttons copy, computed at build time. */
  copy?: string;
  /** Shiki's highlighted <pre>. */
  children?: ReactNode;
};

/*
 * Styles for what the build marks inside shiki's <pre> (lib/content/code-blocks/rehype-code-blocks.ts).
 * Lines are a fixed 1.5rem high and the pre has 0.75rem of padding: the per-command buttons
 * are placed by that arithmetic.
 */
const codeStyles = [
  // Scroll sideways inside the block, never the page; keep the block's own background.
  '[&_pre]:overflow-x-auto [&_pre]:bg-transparent! [&_pre]:px-4 [&_pre]:py-3 [&_pre]:text-sm [&_pre]:leading-6',
  '[&_pre:focus-visible]:-outline-offset-4',
  // Output and prompts are muted (shiki colours output like code); a prompt is never
  // selected along with its command. `!` beats the global `.shiki span` colour rule.
  '[&_[data-kind=output]]:text-muted! [&_[data-kind=output]_span]:text-muted!',
  '[&_[data-prompt]]:select-none [&_[data-prompt]_span]:text-muted!',
  '[&_[data-root-badge]]:ml-3 [&_[data-root-badge]]:rounded [&_[data-root-badge]]:border [&_[data-root-badge]]:px-1 [&_[data-root-badge]]:font-sans [&_[data-root-badge]]:leading-none [&_[data-root-badge]]:text-[0.6875rem] [&_[data-root-badge]]:select-none',
  // `<user>` reads as a placeholder without JavaScript; with it, a text field replaces it.
  '[&_[data-placeholder-text]]:italic [&_[data-placeholder]:has(>input)>[data-placeholder-text]]:hidden',
].join(' ');

const hiddenWithoutJs = '[html:not(.js)_&]:hidden';

/** The build's `copy` prop, checked: a malformed one fails the build here, not a copy in the browser. */
const copyCommands = json((value: unknown): value is CopyCommand[] =>
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
 * (code-block.contract.ts); code-block.island.ts makes the buttons work (they stay disabled
 * until then, hidden without JavaScript) and turns placeholders into text fields.
 */
export function CodeBlock({ lang = 'text', kind = 'file', title, download, copy = '[]', children }: CodeBlockProps) {
  const commands = copyCommands.decode(copy);
  if (!commands) throw new Error(`CodeBlock: the build's copy text is malformed: ${copy.slice(0, 80)}`);
  const hasRoot = kind === 'session' && commands.some((command) => command.root);
  const perCommand = kind === 'session' && commands.length > 1;
  return (
    <Island island="code-block" tag={codeBlockTag}>
      <figure
        {...blockKind.set(kind)}
        {...copyText.set(commands.map(({ parts }) => parts))}
        className={`not-prose relative my-6 overflow-hidden rounded-lg border border-line bg-(--code-bg) ${codeStyles}`}
      >
        <figcaption className="flex min-h-9 flex-wrap items-center gap-x-3 gap-y-0.5 border-b border-line py-1.5 pr-28 pl-3 text-xs text-muted">
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
        <button
          type="button"
          {...copyAll.set(true)}
          disabled
          className={`group absolute top-1 right-1.5 inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-xs font-medium text-ink hover:bg-line/60 disabled:opacity-50 ${hiddenWithoutJs}`}
        >
          <CopyIcon />
          <span className="group-data-copied:hidden">
            Copy<span className="sr-only"> {noun(kind, lang, title, commands)}</span>
          </span>
          <span className="hidden group-data-copied:inline">Copied</span>
        </button>
        <div className="flex">
          {perCommand && (
            <div className={`relative w-8 shrink-0 border-r border-line ${hiddenWithoutJs}`}>
              {commands.map((command, index) => (
                <button
                  key={index}
                  type="button"
                  {...copyCommand.set(index)}
                  disabled
                  aria-label={`Copy command: ${preview(command.parts)}`}
                  title="Copy this command"
                  style={{ top: `${0.75 + command.line * 1.5}rem` }}
                  className="group absolute left-1 inline-flex size-6 items-center justify-center rounded text-muted hover:bg-line/60 hover:text-ink disabled:opacity-50"
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

/** A copy icon that turns into a check mark while its button says it copied. */
function CopyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current stroke-[1.5]">
      <path d="M5.5 5.5V2.5h8v8h-3M2.5 5.5h8v8h-8z" className="group-data-copied:hidden" />
      <path d="M3 8.5l3 3 7-7" className="hidden group-data-copied:block" />
    </svg>
  );
}

/** The copy-all button's accessible name is "Copy " + this. */
function noun(kind: string, lang: string, title: string | undefined, commands: CopyCommand[]): string {
  if (kind === 'session') return commands.length === 1 ? 'command' : 'commands';
  if (title) return 'file';
  if (kind === 'script') return commands.some((c) => c.parts.some((p) => typeof p === 'string' && p.trim().includes('\n'))) ? 'commands' : 'command';
  return lang === 'text' || lang === 'txt' ? 'text' : 'file';
}

/** A command's first line, placeholders as written, short enough for a button's name. */
function preview(parts: CopyCommand['parts']): string {
  const text = parts.map((part) => (typeof part === 'string' ? part : `<${part.placeholder}>`)).join('');
  const line = text.split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
