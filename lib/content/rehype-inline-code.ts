import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { codeRuns, unbrokenWordClass } from '@/lib/shared/unbroken-words';

/**
 * Inline code keeps its options whole: each word of it with a hyphen inside becomes a span that
 * does not wrap, and a long path breaks after its slashes (the rule and why:
 * lib/shared/unbroken-words.ts). Code blocks are left alone: they scroll sideways instead.
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

/** A text as hast: runs of text, spans for the words that must not break, <wbr> where a long word may. */
export function unbrokenWords(text: string, longest: number): ElementContent[] {
  return codeRuns(text, longest).map((run): ElementContent => {
    if ('wbr' in run) return { type: 'element', tagName: 'wbr', properties: {}, children: [] };
    if (!run.unbroken) return { type: 'text', value: run.text };
    return { type: 'element', tagName: 'span', properties: { className: [unbrokenWordClass] }, children: [{ type: 'text', value: run.text }] };
  });
}
