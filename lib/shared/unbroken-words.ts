/**
 * Where a line of code may break, for code set in running text (inline code in a lesson, a
 * command "Explain a command" echoes). A browser may break a line after a hyphen, so on a phone
 * `ls -l` became "ls -" at the end of one line and "l" at the start of the next, and `dash-app`
 * "dash-" / "app": what the reader sees is no longer what they would type. A word with a hyphen
 * inside it (not at its end) is kept whole (`unbroken`: set in `unbrokenWordClass`). Lines still
 * break between words; a word longer than `longest` characters (an image reference, a URL) breaks
 * after its slashes (`wbr`), and anywhere if it must, so it cannot push the column sideways at
 * 375 px (about 40 characters of bold monospace fit there).
 */
export type CodeRun = { text: string; unbroken?: true } | { wbr: true };

/** The class of a word that must not break (styles/globals.css). */
export const unbrokenWordClass = 'nobreak';

export function codeRuns(text: string, longest = 24): CodeRun[] {
  const out: CodeRun[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ text: plain });
    plain = '';
  };
  const piece = (part: string) => {
    if (part.length <= longest && /-(?=\S)/.test(part)) {
      flush();
      out.push({ text: part, unbroken: true });
    } else plain += part;
  };
  for (const part of text.split(/(\s+)/)) {
    if (part.length <= longest || !part.includes('/')) piece(part);
    else
      part.split(/(?<=\/)(?=.)/).forEach((segment, i) => {
        if (i > 0) {
          flush();
          out.push({ wbr: true });
        }
        piece(segment);
      });
  }
  flush();
  return out;
}
