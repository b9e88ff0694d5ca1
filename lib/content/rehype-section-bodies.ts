import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { tocSection } from '@/components/toc/toc.contract';

/**
 * Wraps each h2 and h3 of a lesson, with what follows it up to the next one, in
 * `<div data-toc-section>`, which the stylesheet gives `content-visibility: auto`.
 *
 * Why: a lesson's HTML arrives in one piece; the browser paints the first screen early, then
 * styles and lays out the rest of the page in one task (the Dash lesson: 35-57 ms of CPU,
 * unthrottled, which a phone's slower CPU turns into blocking time). A section off screen costs
 * nothing until the reader scrolls near it. The text before the first heading (the first
 * screen) is never wrapped. "On this page" reads the sections' boxes, which are laid out even
 * when their content is skipped (components/toc/toc.island.ts).
 *
 * `--section-lines` estimates the section's height in lines of body text, so that the
 * scrollbar is about right before a section is seen; once seen, `contain-intrinsic-size: auto`
 * remembers its real size.
 */
export function rehypeSectionBodies() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    const sections: { element: Element; rank: '2' | '3' }[] = [];
    let open: Element | null = null;
    for (const node of tree.children) {
      const rank = node.type === 'element' ? headingRank(node) : undefined;
      if (node.type === 'element' && (rank === 2 || rank === 3)) {
        open = { type: 'element', tagName: 'div', properties: {}, children: [node] };
        sections.push({ element: open, rank: rank === 2 ? '2' : '3' });
        out.push(open);
      } else if (open && wrappable(node)) open.children.push(node);
      else {
        open = null;
        out.push(node);
      }
    }
    for (const { element, rank } of sections) {
      element.properties = {
        [hastName(tocSection.name)]: rank,
        style: `--section-lines:${estimatedLines(element.children.slice(1))}`,
      };
    }
    tree.children = out;
  };
}

/** ESM (imports, exports) must stay at the top of the module MDX compiles to; the rest is content. */
const unwrappable: ReadonlySet<string> = new Set(['mdxjsEsm', 'doctype']);
function wrappable(node: RootContent): node is ElementContent {
  return !unwrappable.has(node.type);
}

/** hast's name of a data attribute: data-toc-section → dataTocSection. */
function hastName(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/*
 * Components whose size is not in the lesson's text, in lines of a phone's column (measured
 * 2026-12-03 at 412 px, 47.6 px a line): the panels, explorers, diagrams and the video.
 */
const fixedLines: Record<string, number | ((props: Record<string, string>) => number)> = {
  CheckYourWork: (props) => (props.check === 'reach' ? 57 : 18),
  PortExplorer: 27,
  NetworkExplorer: 35,
  ArchitectureDiagram: 5,
  PortPublishingDiagram: 5,
  ComposeNetworksDiagram: 5,
  ExplainCommand: 5,
  Video: 12,
};
/** Widgets whose text is their props (a quiz's questions, a drill's task) take more room than prose. */
const airyText: ReadonlySet<string> = new Set(['Quiz', 'Drill']);

/**
 * Lines of body text the section takes in the lesson's column (about 65 characters): its text,
 * a code block's lines as they are, a component's text and props, a block's margins. Rough on
 * purpose: it only sizes a section not yet seen.
 */
export function estimatedLines(nodes: readonly ElementContent[]): number {
  let lines = 0;
  for (const node of nodes) {
    if (node.type === 'text') lines += node.value.trim().length / 65;
    else if (node.type === 'element' && node.tagName === 'pre') lines += toString(node).split('\n').length + 3;
    else if (node.type === 'element') lines += toString(node).length / 65 + 1;
    else if (node.type === 'mdxJsxFlowElement') {
      const name = node.name ?? '';
      const text = toString(node as unknown as Element);
      if (name === 'CodeBlock' || name === 'ExampleFile') {
        lines += text.split('\n').length + 3;
        continue;
      }
      const props: Record<string, string> = {};
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        const value = attribute.value;
        props[attribute.name] = typeof value === 'string' ? value : (value?.value ?? '');
      }
      const fixed = fixedLines[name];
      if (fixed !== undefined) {
        lines += typeof fixed === 'number' ? fixed : fixed(props);
        continue;
      }
      const characters = text.length + Object.values(props).reduce((sum, value) => sum + value.length, 0);
      lines += (characters / 65) * (airyText.has(name) ? 2 : 1.4) + 3;
    }
  }
  return Math.max(1, Math.round(lines));
}
