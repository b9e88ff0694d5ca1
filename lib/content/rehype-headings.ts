import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

/** A heading of a lesson, with the id rehype-slug gave it. */
export type Heading = { depth: number; id: string; text: string };

/** An entry of "On this page": the h2 and h3 headings. */
export type TocItem = { depth: 2 | 3; id: string; text: string };

/** One searchable part of a lesson: the text from one h2/h3 heading up to the next. */
export type SearchSection = {
  /** The heading's id on the page ('' for the text before the first heading). */
  id: string;
  heading: string;
  text: string;
};

export type LessonOutline = { headings: Heading[]; sections: SearchSection[] };

/** h2 and h3 start a section (the same headings as the contents); deeper ones stay inside. */
const sectionRanks = new Set([2, 3]);

/** Inline elements: their text joins the words around them without a space. */
const phrasing = new Set(['a', 'abbr', 'b', 'br', 'code', 'del', 'em', 'i', 'kbd', 'mark', 'small', 'span', 'strong', 'sub', 'sup']);

type Node = Root | RootContent | ElementContent | MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * The one pass over a lesson's headings, right after rehype-slug gave them ids and before
 * anything else changes the tree (anchors, highlighting). It yields every heading with its id
 * (the link check's targets, and the contents from its h2/h3) and the search sections, whose
 * text includes the raw code of every block: one id per heading, computed once.
 */
export function rehypeHeadings(options: { collect: (outline: LessonOutline) => void }) {
  return (tree: Root) => {
    const headings: Heading[] = [];
    const sections: SearchSection[] = [];
    let current = { id: '', heading: '', parts: [] as string[] };
    const finish = () => {
      const text = current.parts.join('').replace(/\s+/g, ' ').trim();
      if (text || current.id) sections.push({ id: current.id, heading: current.heading, text });
    };

    const walk = (node: Node) => {
      if (node.type === 'text') {
        current.parts.push(node.value);
        return;
      }
      if (node.type === 'element') {
        const rank = headingRank(node);
        if (rank) {
          const text = toString(node).trim();
          const id = typeof node.properties.id === 'string' ? node.properties.id : '';
          headings.push({ depth: rank, id, text });
          if (sectionRanks.has(rank)) {
            finish();
            current = { id, heading: text, parts: [] };
          } else current.parts.push(` ${text} `);
          return;
        }
        if (node.tagName === 'pre') {
          current.parts.push(` ${toString(node)} `);
          return;
        }
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        // A callout's title is prose the reader sees; other props (quiz data, ids) are not.
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'title' && typeof attribute.value === 'string') {
            current.parts.push(` ${attribute.value} `);
          }
        }
      }
      if ('children' in node) {
        for (const child of node.children as Node[]) walk(child);
        // Block boundaries become spaces, so words of adjacent paragraphs do not run together.
        if (!(node.type === 'element' && phrasing.has((node as Element).tagName)) && node.type !== 'mdxJsxTextElement') current.parts.push(' ');
      }
    };

    walk(tree);
    finish();
    options.collect({ headings, sections });
  };
}

/** The contents of a lesson: its h2 and h3 headings. */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  return headings.filter((h): h is TocItem => h.depth === 2 || h.depth === 3);
}
