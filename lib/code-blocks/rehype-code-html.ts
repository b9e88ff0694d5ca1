import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/**
 * Runs last: turns each `<CodeBlock>`'s highlighted `<pre>` into one HTML string, its `html`
 * attribute. Rendered with dangerouslySetInnerHTML, a block's hundreds of token spans are
 * static markup that React neither serializes span by span into the RSC payload nor walks
 * while hydrating, which was most of the main-thread time of code-heavy lessons on a phone.
 * The markup itself is exactly what shiki and rehypeCodeBlocks made.
 */
export function rehypeCodeHtml() {
  return (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElementHast) => {
      if (node.name !== 'CodeBlock' || node.children.length === 0) return;
      const html = toHtml({ type: 'root', children: node.children as RootContent[] });
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'html', value: html });
      node.children = [];
    });
  };
}
