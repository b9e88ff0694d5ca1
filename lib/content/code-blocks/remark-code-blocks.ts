import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { LessonProblem } from '../content-error';
import { blockKind, copyCommands } from './copy-text';
import { parseFenceMeta } from './fence-meta';

/** Fence options a lesson may write after the language (ExampleFile adds `download`). */
const fenceOptions = ['title', 'download'];

/**
 * Wraps every fenced code block in `<CodeBlock>` (components/code-block/code-block.tsx) and hands it,
 * as plain string attributes, everything the copy buttons need, computed here from the raw
 * source before anything is highlighted:
 * - `lang`: the fence language (missing: `text`);
 * - `kind`: `session`, `script` or `file` (lib/content/code-blocks/copy-text.ts);
 * - `title`, `download`: from the fence meta, when given;
 * - `copy`: JSON of the block's commands (CopyCommand[]): start line, root flag, and the
 *   text to copy with its placeholders as holes.
 */
export function remarkCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'code', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (parent.type === 'mdxJsxFlowElement' && parent.name === 'CodeBlock') return;
      const line = node.position?.start.line;
      const lang = node.lang ?? 'text';
      const kind = blockKind(lang);
      try {
        const meta = parseFenceMeta(node.meta);
        const unknown = Object.keys(meta).find((key) => !fenceOptions.includes(key));
        if (unknown) throw new Error(`unknown code fence option "${unknown}"; use ${fenceOptions.map((k) => `${k}="..."`).join(' or ')}`);
        const commands = copyCommands(lang, node.value);
        if (commands.length === 0) {
          throw new Error(`${lang} block has no command (no line starts with "$ " or "# "); use \`\`\`text for output alone`);
        }
        const attributes: Record<string, string | undefined> = {
          lang,
          kind,
          title: meta.title,
          download: meta.download,
          copy: JSON.stringify(commands),
        };
        const wrapper: MdxJsxFlowElement = {
          type: 'mdxJsxFlowElement',
          name: 'CodeBlock',
          attributes: Object.entries(attributes)
            .filter((entry): entry is [string, string] => entry[1] !== undefined)
            .map(([name, value]): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value })),
          children: [node],
          position: node.position,
        };
        parent.children[index] = wrapper as (typeof parent.children)[number];
      } catch (error) {
        if (error instanceof LessonProblem) throw error;
        throw new LessonProblem(error instanceof Error ? error.message : String(error), line);
      }
      return [SKIP, index + 1];
    });
  };
}
