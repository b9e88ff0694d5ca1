import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The class of a word of inline code that must not break (styles/globals.css). */
export const unbrokenWordClass = 'nobreak';

/**
 * Inline code keeps its options whole: a browser may break a line after a hyphen, so on a phone
 * `ls -l` became "ls -" at the end of one line and "l" at the start of the next, and
 * `--publish` became "-" / "-publish" — what the reader sees is no longer what they would type.
 * Each word of inline code with a hyphen inside it (not at its end) becomes a span that does not
 * wrap. Lines still break between words; a word longer than `longest` characters (an image
 * reference, a URL) may break after a slash, and anywhere if it must, so it cannot push the column
 * sideways at 375 px (about 40 characters of bold monospace fit there).
 */
export function rehypeInlineCode({ longest = 24 }: { longest?: number } = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName !== 'code' || (parent?.type === 'element' && parent.tagName === 'pre')) return;
      node.children = node.children.flatMap((child) => (child.type === 'text' ? unbrokenWords(child.value, longest) : [child]));
      return 'skip';
    });
  };
}

/** A text split into runs of text and spans for the words that must not break. */
export function unbrokenWords(text: string, longest: number): ElementContent[] {
  const out: ElementContent[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', value: plain });
    plain = '';
  };
  const piece = (part: string) => {
    if (part.length <= longest && /-(?=\S)/.test(part)) {
      flush();
      out.push({ type: 'element', tagName: 'span', properties: { className: [unbrokenWordClass] }, children: [{ type: 'text', value: part }] });
    } else plain += part;
  };
  for (const part of text.split(/(\s+)/)) {
    if (part.length <= longest || !part.includes('/')) piece(part);
    else
      // A long path or image reference (`<user>/e4l-python-graph:1.0`) breaks after a slash, as
      // a URL would, and its hyphenated parts stay whole.
      part.split(/(?<=\/)(?=.)/).forEach((segment, i) => {
        if (i > 0) {
          flush();
          out.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
        }
        piece(segment);
      });
  }
  flush();
  return out;
}
