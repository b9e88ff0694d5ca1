import type { CopyCommand } from '@/lib/code-blocks/copy-text';
import { CopyControls, type IslandCommand } from './code-block/copy-controls';

/** The attributes lib/code-blocks/remark-code-blocks.ts puts on every fenced block. */
type CodeBlockProps = {
  lang?: string;
  kind?: string;
  title?: string;
  download?: string;
  /** JSON of CopyCommand[]: what the copy buttons copy, computed at build time. */
  copy?: string;
  /** Shiki's highlighted `<pre class="shiki">` as HTML (lib/code-blocks/rehype-code-html.ts). */
  html?: string;
};

const languageNames: Record<string, string> = {
  console: 'Terminal',
  'shell-session': 'Terminal',
  sh: 'Shell script',
  bash: 'Shell script',
  shell: 'Shell script',
  dockerfile: 'Dockerfile',
  yaml: 'YAML',
  yml: 'YAML',
  python: 'Python',
  py: 'Python',
  json: 'JSON',
  ini: 'INI',
  go: 'Go',
};

/*
 * Styles for what the build marks inside shiki's <pre> (lib/code-blocks/rehype-code-blocks.ts).
 * Lines are a fixed 1.5rem high and the pre has 0.75rem of padding: the per-command buttons
 * in copy-controls.tsx are placed by that arithmetic.
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

/**
 * A fenced code block: caption (file name or kind of block), the highlighted code, and the
 * copy island. Server component; everything but the buttons and fields is static HTML.
 */
export function CodeBlock({ lang = 'text', kind = 'file', title, download, copy = '[]', html = '' }: CodeBlockProps) {
  const commands = JSON.parse(copy) as CopyCommand[];
  const hasRoot = kind === 'session' && commands.some((command) => command.root);
  const island: IslandCommand[] = commands.map(({ line, parts }) => ({ line, parts, label: `Copy command: ${preview(parts)}` }));
  return (
    <figure
      data-code-block={kind}
      className={`not-prose relative my-6 overflow-hidden rounded-lg border border-line bg-(--code-bg) ${codeStyles}`}
    >
      <figcaption className="flex min-h-9 flex-wrap items-center gap-x-3 gap-y-0.5 border-b border-line py-1.5 pr-28 pl-3 text-xs text-muted">
        <span className={title ? 'font-mono font-semibold text-ink' : 'font-semibold'}>{title ?? languageNames[lang] ?? 'Text'}</span>
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
      {/* Keyed by its text: a block that shows other code after a client navigation starts afresh. */}
      <CopyControls key={copy} commands={island} noun={noun(kind, lang, title, commands)} perCommand={kind === 'session' && commands.length > 1} html={html} />
    </figure>
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
