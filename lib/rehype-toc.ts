import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export type TocItem = { depth: 2 | 3; id: string; text: string };

/** Collects the h2/h3 headings (after rehype-slug gave them ids) for the on-page contents. */
export function rehypeToc(options: { collect: (items: TocItem[]) => void }) {
  return (tree: Root) => {
    const items: TocItem[] = [];
    visit(tree, 'element', (node) => {
      const rank = headingRank(node);
      if (rank !== 2 && rank !== 3) return;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      items.push({ depth: rank, id, text: toString(node).trim() });
    });
    options.collect(items);
  };
}
