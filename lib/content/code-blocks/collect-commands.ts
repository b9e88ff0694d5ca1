import type { Element, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { explainCommand } from '@/lib/shared/docker-cli/explain';
import { parseShell } from './parse-session';

/** A docker command a lesson shows, with the section (h2/h3) that teaches it. */
export type TaughtCommand = {
  /** The simple command as typed, without prompt: `docker run --rm -p 8050:8050 app`. */
  text: string;
  /** The model's canonical path (`container run`, `compose up`), or null if it knows none. */
  path: string | null;
  section: { id: string; heading: string };
};

/**
 * Collects every docker command of a lesson's sessions and scripts with the heading above it,
 * for the cheat sheet (lib/content/cheat-sheet.ts), which is therefore built from the lessons
 * themselves and cannot drift from them. Runs after rehype-slug (headings have their ids) and
 * before highlighting (a block's code is still its raw text).
 */
export function rehypeCollectCommands(options: { collect: (commands: TaughtCommand[]) => void }) {
  return (tree: Root) => {
    const commands: TaughtCommand[] = [];
    let section = { id: '', heading: '' };
    const walk = (node: Root | RootContent | MdxJsxFlowElementHast) => {
      if (node.type === 'element') {
        const rank = headingRank(node);
        if (rank === 2 || rank === 3) {
          section = { id: typeof node.properties.id === 'string' ? node.properties.id : '', heading: toString(node).trim() };
          return;
        }
      }
      if (node.type === 'mdxJsxFlowElement' && node.name === 'CodeBlock') {
        const kind = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind')?.value;
        const pre = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
        if ((kind === 'session' || kind === 'script') && pre) commands.push(...blockCommands(toString(pre), kind, section));
        return;
      }
      if ('children' in node) for (const child of node.children) walk(child as RootContent);
    };
    walk(tree);
    options.collect(commands);
  };
}

function blockCommands(source: string, kind: 'session' | 'script', section: TaughtCommand['section']): TaughtCommand[] {
  // The code element's text ends with the fence's last new line; the block's lines do not.
  const { lines, commands } = parseShell(source.replace(/\n$/, ''), kind);
  return commands.flatMap((command) => {
    const text = lines
      .slice(command.first, command.last + 1)
      .map((line) => line.text.slice(line.prompt.length))
      .join('\n');
    return explainCommand(text).map((explained) => ({
      text: text.slice(explained.start, explained.end),
      path: explained.parsed.command?.path ?? null,
      section,
    }));
  });
}
