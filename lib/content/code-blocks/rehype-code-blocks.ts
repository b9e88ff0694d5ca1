import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { LessonProblem } from '../content-error';
import { explainedParts, type LinePart } from './docker-commands';
import { parseShell, type ParsedShell } from './parse-session';

/**
 * Runs after shiki. A file block whose copy text is its own text loses its `copy` attribute
 * (dropOwnCopyText). On the highlighted lines of sessions and scripts, it marks what the
 * copy feature and its styles need (components/code-block/code-block.tsx styles these attributes):
 * - every `span.line` gets `data-kind`: command, continuation, heredoc or output;
 * - a prompt (`$ ` or `# `) is wrapped in `span[data-prompt=user|root]`, so it can be made
 *   unselectable;
 * - a placeholder such as `<user>` becomes `span[data-placeholder=user]`, which the copy
 *   island turns into a text field (without JavaScript it still reads `<user>`);
 * - a root command ends with a `root` badge;
 * - each part of a docker command (subcommand, flag, value, argument), read by the CLI model
 *   (docker-commands.ts), becomes a `<button popovertarget>` that opens its one-line
 *   explanation: the Popover API needs no JavaScript, and opens by click, tap, Enter or Space.
 *   The explanation is also the button's accessible description. Identical explanations on a
 *   page share one popover, appended after the page's content, so the page carries each
 *   sentence once.
 * It reads the lines' own text, which is the raw source, so it agrees with the copy text the
 * remark plugin computed. Highlighting itself is left as shiki made it. Shiki output of another
 * shape (a new shiki version, a transformer) fails the build at the block's line: a block whose
 * prompts could be selected or whose placeholders stayed plain text must not ship silently.
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    const tips = new Map<string, string>();
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElementHast) => {
      if (node.name !== 'CodeBlock') return;
      const kind = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind')?.value;
      if (kind === 'file') return dropOwnCopyText(node);
      if (kind !== 'session' && kind !== 'script') return;
      const at = node.position?.start.line;
      const code = findElement(node.children, 'pre')?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code) throw new LessonProblem('the highlighter gave this code block no <pre><code>; expected shiki\'s markup', at);
      const lines = code.children.filter((c): c is Element => c.type === 'element' && hasClass(c, 'line'));
      const parsed = parseShell(lines.map((line) => toString(line)).join('\n'), kind);
      if (parsed.lines.length !== lines.length) {
        throw new LessonProblem(`the highlighter gave ${lines.length} line spans for a block of ${parsed.lines.length} lines; expected one span.line per line`, at);
      }
      const explained = explainedParts(parsed);
      lines.forEach((line, n) => markLine(line, n, parsed, at, explained.filter((part) => part.line === n), tips));
    });
    if (tips.size > 0) tree.children.push(...[...tips].map(([text, id]) => tipElement(id, text)));
  };
}

/**
 * A file block copies its whole text, which the page already shows: when the copy text the
 * remark plugin computed is exactly the code's text and a final newline, the `copy` attribute
 * is dropped and the copy island reads the code's textContent at click time
 * (components/code-block/code-block.island.ts), instead of the page carrying every file twice.
 * Checked here, after shiki, on the very text the browser will read.
 */
function dropOwnCopyText(node: MdxJsxFlowElementHast): void {
  const index = node.attributes.findIndex((a) => a.type === 'mdxJsxAttribute' && a.name === 'copy');
  const copy = node.attributes[index]?.value;
  const code = findElement(node.children, 'pre')?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  if (typeof copy !== 'string' || !code) return;
  if (copy === JSON.stringify([{ line: 0, root: false, parts: [`${toString(code)}\n`] }])) node.attributes.splice(index, 1);
}

/** The id prefix of explanation popovers; ids are numbered per page in order of first use. */
export const tipIdPrefix = 'cli-tip-';

/** One popover with one explanation, shared by every button on the page that explains the same. */
function tipElement(id: string, text: string): Element {
  return { type: 'element', tagName: 'div', properties: { id, popover: 'auto', className: ['cli-tip'] }, children: [{ type: 'text', value: text }] };
}

type Range = { start: number; end: number; wrap: (children: ElementContent[]) => Element };

const span = (properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties,
  children,
});

function markLine(
  element: Element,
  n: number,
  { lines, commands }: ParsedShell,
  at: number | undefined,
  explained: LinePart[],
  tips: Map<string, string>,
): void {
  const line = lines[n]!;
  element.properties.dataKind = line.kind;
  const ranges: Range[] = [];
  if (line.prompt) {
    const who = line.prompt.startsWith('#') ? 'root' : 'user';
    // Text the highlighter left plain (lib/content/shiki-classes.ts) gets a span of its own:
    // the muted colour of a prompt is set on the spans inside it (styles/globals.css).
    const spanned = (children: ElementContent[]) => children.map((c) => (c.type === 'text' ? span({}, [c]) : c));
    ranges.push({ start: 0, end: line.prompt.length, wrap: (children) => span({ dataPrompt: who }, spanned(children)) });
  }
  for (const { name, start, end } of line.placeholders) {
    ranges.push({
      start,
      end,
      wrap: () => span({ dataPlaceholder: name }, [span({ dataPlaceholderText: '' }, [{ type: 'text', value: `<${name}>` }])]),
    });
  }
  // A part holding a prompt or a placeholder is not explained: a placeholder becomes a text
  // field, which must not sit inside a button.
  const taken: Array<{ start: number; end: number }> = ranges.map(({ start, end }) => ({ start, end }));
  for (const part of explained) {
    if (taken.some((r) => r.start < part.end && part.start < r.end)) continue;
    taken.push(part);
    let id = tips.get(part.explanation);
    if (id === undefined) tips.set(part.explanation, (id = `${tipIdPrefix}${tips.size + 1}`));
    const tip = id;
    ranges.push({
      start: part.start,
      end: part.end,
      wrap: (children) => ({
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', popoverTarget: tip, ariaDescribedBy: [tip] },
        children,
      }),
    });
  }
  ranges.sort((a, b) => a.start - b.start);
  if (ranges.length > 0) wrapRanges(element, ranges, at === undefined ? undefined : at + 1 + n);
  const command = commands[line.command];
  if (command?.root && command.lastCode === n) {
    element.children.push(span({ dataRootBadge: '', title: 'Run as root, or prefix the command with sudo' }, [{ type: 'text', value: 'root' }]));
  }
}

/**
 * Wraps character ranges of a highlighted line, splitting shiki's token spans where a range
 * starts or ends inside one (a placeholder `<user>` is three tokens: `<`, `user`, `>`).
 */
function wrapRanges(line: Element, ranges: Range[], sourceLine: number | undefined): void {
  const tokens: Array<{ value: string; make: (value: string) => ElementContent }> = [];
  for (const child of line.children) {
    if (child.type === 'text') {
      tokens.push({ value: child.value, make: (value) => ({ type: 'text', value }) });
    } else if (child.type === 'element' && child.children.every((c) => c.type === 'text')) {
      tokens.push({ value: toString(child), make: (value) => ({ ...child, children: [{ type: 'text', value }] }) });
    } else {
      throw new LessonProblem('the highlighter nested spans inside a token; expected shiki\'s flat token spans', sourceLine);
    }
  }
  const out: ElementContent[] = [];
  let inside: ElementContent[] | null = null;
  let range = 0;
  let offset = 0;
  for (const token of tokens) {
    let at = 0;
    while (at < token.value.length) {
      const current = ranges[range];
      const boundary = !current ? Infinity : inside ? current.end : current.start;
      const take = Math.min(token.value.length - at, boundary - offset);
      if (take > 0) {
        (inside ?? out).push(token.make(token.value.slice(at, at + take)));
        at += take;
        offset += take;
      }
      if (current && offset === boundary) {
        if (inside) {
          out.push(current.wrap(inside));
          inside = null;
          range++;
        } else {
          inside = [];
        }
      }
    }
  }
  const last = ranges[range];
  if (inside && last) out.push(last.wrap(inside));
  line.children = out;
}

/** Depth-first search; shiki puts its `pre` inside a `root` node of its own. */
function findElement(nodes: ReadonlyArray<{ type: string }>, tagName: string): Element | undefined {
  for (const node of nodes) {
    if (node.type === 'element' && (node as Element).tagName === tagName) return node as Element;
    if ('children' in node && Array.isArray(node.children)) {
      const found = findElement(node.children, tagName);
      if (found) return found;
    }
  }
  return undefined;
}

/** Shiki writes `class` as a string; hast's own utilities write `className` as an array. */
function hasClass(element: Element, name: string): boolean {
  const value: unknown = element.properties.className ?? element.properties.class;
  return Array.isArray(value) ? value.includes(name) : typeof value === 'string' && value.split(/\s+/).includes(name);
}
