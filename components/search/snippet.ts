/** A run of text; `mark` runs are the matched terms, rendered as <mark>. */
export type TextPart = { text: string; mark: boolean };

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(terms: string[]): RegExp | undefined {
  const unique = [...new Set(terms.filter(Boolean).map((term) => term.toLowerCase()))];
  if (!unique.length) return undefined;
  // Longest first, so "0.0.0.0" is marked whole rather than as its first "0".
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(unique.map(escapeRegExp).join('|'), 'gi');
}

/** Splits text into plain and marked runs, marking every occurrence of the terms. */
export function highlight(text: string, terms: string[]): TextPart[] {
  const pattern = termPattern(terms);
  if (!pattern) return text ? [{ text, mark: false }] : [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/**
 * About `length` characters of the text around the first match, cut at word boundaries,
 * with "…" where it was cut, and the terms marked.
 */
export function snippet(text: string, terms: string[], length = 160): TextPart[] {
  const pattern = termPattern(terms);
  const first = pattern ? text.search(pattern) : -1;
  let start = first <= 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < (first === -1 ? end : first)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, first)) end = space;
  }
  const parts = highlight(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
