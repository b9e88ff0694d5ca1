/**
 * Placeholders are tokens such as `<user>` in a command: the reader types a value once and it
 * is used in every command of the page. This module is shared by the build (which records
 * where placeholders are) and the copy island (which fills them in), so it stays tiny.
 */

/**
 * What an empty placeholder copies: a value that still works when pasted as is. A command
 * may only use placeholders listed here (the build says so), so none copies a bare `<name>`,
 * which a shell would read as a redirection.
 */
export const placeholderFallbacks: Readonly<Record<string, string>> = {
  user: '$USER',
  username: '$USER',
};

/** Copy text with holes: literal text, or a placeholder (inside "..." or not). */
export type Part = string | { placeholder: string; fallback: string; quoted: boolean };

/** The text to copy, with each placeholder replaced by what the reader typed or its fallback. */
export function fillParts(parts: readonly Part[], values: Readonly<Record<string, string>>): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const value = values[part.placeholder]?.trim();
      return value ? shellWord(value, part.quoted) : part.fallback;
    })
    .join('');
}

/** The copy-all text: the commands one per line (no trailing newline), placeholders filled. */
export function fillCommands(commands: ReadonlyArray<{ parts: readonly Part[] }>, values: Readonly<Record<string, string>>): string {
  return commands.map((command) => fillParts(command.parts, values)).join('\n');
}

/**
 * Makes a typed value one literal shell word, so `Ada Lovelace` or `o'brien` is passed as
 * typed instead of splitting or breaking the command. Plain names are left as they are.
 */
export function shellWord(value: string, insideDoubleQuotes: boolean): string {
  if (/^[\w@%+=:,./-]+$/.test(value)) return value;
  if (insideDoubleQuotes) return value.replace(/["\\$`]/g, '\\$&');
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
