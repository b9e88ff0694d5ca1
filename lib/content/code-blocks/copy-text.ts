import { codeLanguage, type BlockKind } from '../code-languages';
import { parseShell } from './parse-session';
import { fillCommands, placeholderFallbacks, type Part } from '@/components/code-block/placeholders';

/**
 * What a block's copy buttons put on the clipboard, computed at build time from the raw
 * source (never scraped from the highlighted page):
 * - session (```console): each command without its prompt, output dropped, continuation
 *   lines and heredoc bodies kept, commands joined by newlines (no trailing newline, so
 *   nothing runs before the reader presses Enter);
 * - script (```sh): the whole script as written, comments included;
 * - file (anything else): the whole file, ending with a newline like the file on disk.
 * The kind of each fence language is in lib/content/code-languages.ts.
 */
export type { BlockKind };

export type CopyCommand = {
  /** Line (0-based) where the command starts, for its own copy control. */
  line: number;
  root: boolean;
  parts: Part[];
};

export function blockKind(lang: string | null | undefined): BlockKind {
  return codeLanguage(lang).kind;
}

/** The commands of a block with their placeholders as holes. Throws on an unknown placeholder. */
export function copyCommands(lang: string | null | undefined, source: string): CopyCommand[] {
  const kind = blockKind(lang);
  if (kind === 'file') return [{ line: 0, root: false, parts: [`${source.replace(/\r\n?/g, '\n')}\n`] }];
  const { lines, commands } = parseShell(source, kind);
  return commands.map((command) => {
    const parts: Part[] = [];
    for (let n = command.first; n <= command.last; n++) {
      const line = lines[n]!;
      let at = line.prompt.length;
      for (const { name, start, end, quoted } of line.placeholders) {
        const fallback = placeholderFallbacks[name];
        if (fallback === undefined) {
          const known = Object.keys(placeholderFallbacks).map((k) => `<${k}>`).join(', ');
          throw new Error(`placeholder <${name}> has no fallback; use one of ${known} (components/code-block/placeholders.ts)`);
        }
        parts.push(line.text.slice(at, start), { placeholder: name, fallback, quoted });
        at = end;
      }
      parts.push(line.text.slice(at), n < command.last ? '\n' : '');
    }
    return { line: command.first, root: command.root, parts: mergeText(parts) };
  });
}

/** Exactly what the block's copy-all button copies while every placeholder is empty. */
export function copyTextFor(lang: string, source: string): string {
  return fillCommands(copyCommands(lang, source), {});
}

function mergeText(parts: Part[]): Part[] {
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
    else if (part !== '') merged.push(part);
  }
  return merged;
}
