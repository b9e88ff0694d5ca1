import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** One searchable part of a lesson: the text from one h2/h3 heading up to the next. */
export type SearchSection = {
  /** The heading's id on the page ('' for the text before the first heading). */
  id: string;
  heading: string;
  text: string;
};

/** Inline containers: their text joins the words around them without a space. */
const phrasing = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** h2 and h3 start a section (the same headings as the on-page contents); deeper ones stay inside. */
const sectionDepths = new Set([2, 3]);

/**
 * Collects a lesson's sections, code blocks and headings included, for the search index.
 * Runs on the author's tree before code blocks are wrapped, so `code` nodes still hold the
 * raw text. Heading ids are made exactly as rehype-slug makes them later (github-slugger over
 * the heading's text, in document order), so a result links to the anchor on the page.
 */
export function remarkSearchSections(options: { collect: (sections: SearchSection[]) => void }) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const sections: SearchSection[] = [];
    let current: { id: string; heading: string; parts: string[] } = { id: '', heading: '', parts: [] };
    const finish = () => {
      const text = current.parts.join('').replace(/\s+/g, ' ').trim();
      if (text || current.id) sections.push({ id: current.id, heading: current.heading, text });
    };

    const walk = (node: Nodes) => {
      if (node.type === 'heading') {
        const heading = headingText(node);
        const id = slugger.slug(heading);
        if (sectionDepths.has(node.depth)) {
          finish();
          current = { id, heading: heading.trim(), parts: [] };
        } else {
          current.parts.push(` ${heading} `);
        }
        return;
      }
      if (node.type === 'code') {
        current.parts.push(` ${node.value} `);
        return;
      }
      if (node.type === 'inlineCode' || node.type === 'text') {
        current.parts.push(node.value);
        return;
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
        for (const child of node.children) walk(child as Nodes);
        // Block boundaries become spaces so words of adjacent paragraphs do not run together.
        if (!phrasing.has(node.type)) current.parts.push(' ');
      }
    };

    walk(tree);
    finish();
    options.collect(sections);
  };
}

/** The text rehype-slug will see: hast has no image alt text in a heading's string. */
function headingText(node: Heading): string {
  return toString(node, { includeImageAlt: false });
}
