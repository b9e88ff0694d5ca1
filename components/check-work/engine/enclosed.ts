/**
 * Whether the text up to a point of a line stands inside a quote or a code span opened on that line (`` `…` ``, "…", '…', “…”,
 * 「…」, «…»): words someone quoted (a sentence's "you should see …", a `print("…")` or `echo "…"` in a source, a README's span),
 * not what a program printed from the line's start. A logfmt value's quote (`msg="…"`, Go's log/slog and Grafana's `key="value"`)
 * is the program's own; an apostrophe inside a word (`don't`) opens nothing. Shared by the reach gate's start line (cw144) and
 * lesson 3's hello-world greeting read off one line (cw147, stop 50).
 */
export function enclosed(before: string): boolean {
  if ((before.match(/`/g) ?? []).length % 2) return true;
  let open: string | undefined;
  let value = false;
  const chars = [...before];
  for (const [i, ch] of chars.entries()) {
    if (open) {
      if (ch === open || (open === '“' && ch === '”') || (open === '「' && ch === '」') || (open === '«' && ch === '»')) open = undefined;
    } else if (/["'“「«]/.test(ch) && !(ch === "'" && /\w/.test(chars[i - 1] ?? ''))) {
      open = ch;
      value = chars[i - 1] === '=';
    }
  }
  return !!open && !value;
}
