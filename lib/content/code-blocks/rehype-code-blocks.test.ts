import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { codeToHast } from 'shiki';
import { describe, expect, it } from 'vitest';
import { copyCommands } from './copy-text';
import { rehypeCodeBlocks } from './rehype-code-blocks';

/** A CodeBlock element around real shiki output, as the MDX pipeline hands it over. */
async function highlighted(kind: string, lang: string, source: string) {
  const hast = await codeToHast(source, { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
  const block: MdxJsxFlowElementHast = {
    type: 'mdxJsxFlowElement',
    name: 'CodeBlock',
    attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: kind }],
    // @shikijs/rehype replaces the pre with the root it highlighted, which holds the pre.
    children: [hast as unknown as MdxJsxFlowElementHast['children'][number]],
  };
  const tree: Root = { type: 'root', children: [block] };
  rehypeCodeBlocks()(tree);
  const pre = hast.children[0] as Element;
  const code = pre.children[0] as Element;
  const lines = code.children.filter((c): c is Element => c.type === 'element');
  return { tree, lines, select: (name: string) => lines.flatMap((line) => find(line, name)) };
}

function find(node: Element, property: string): Element[] {
  const own = property in node.properties ? [node] : [];
  return own.concat(node.children.flatMap((c) => (c.type === 'element' ? find(c, property) : [])));
}

describe('rehypeCodeBlocks', () => {
  it('marks command and output lines, and wraps prompts', async () => {
    const { lines, select } = await highlighted('session', 'shellsession', '$ docker run -p 8050:8050 e4l-python-graph\nDash is running');
    expect(lines.map((l) => l.properties.dataKind)).toEqual(['command', 'output']);
    expect(select('dataPrompt').map((p) => [p.properties.dataPrompt, toString(p)])).toEqual([['user', '$ ']]);
    expect(toString(lines[0]!)).toBe('$ docker run -p 8050:8050 e4l-python-graph');
  });

  it('turns <user> into one placeholder span across shiki tokens, and badges root commands', async () => {
    const { lines, select } = await highlighted('session', 'shellsession', '# usermod -a -G docker <user>\n$ groups <user>');
    expect(select('dataPlaceholder').map((p) => [p.properties.dataPlaceholder, toString(p)])).toEqual([
      ['user', '<user>'],
      ['user', '<user>'],
    ]);
    expect(select('dataPrompt').map((p) => p.properties.dataPrompt)).toEqual(['root', 'user']);
    expect(select('dataRootBadge').map(toString)).toEqual(['root']);
    expect(toString(lines[0]!)).toBe('# usermod -a -G docker <user>root');
    expect(toString(lines[1]!)).toBe('$ groups <user>');
  });

  it('puts the root badge after the last line of a continued command', async () => {
    const { lines } = await highlighted('session', 'shellsession', '# docker run \\\n  hello-world\nHello');
    expect(lines.map((l) => [l.properties.dataKind, find(l, 'dataRootBadge').length])).toEqual([
      ['command', 0],
      ['continuation', 1],
      ['output', 0],
    ]);
  });

  it('reads `#` in a script as a comment: no prompt, no badge', async () => {
    const { lines, select } = await highlighted('script', 'shellscript', '# add yourself\nusermod -a -G docker <user>');
    expect(lines.map((l) => l.properties.dataKind)).toEqual(['command', 'command']);
    expect(select('dataPrompt')).toEqual([]);
    expect(select('dataRootBadge')).toEqual([]);
    expect(select('dataPlaceholder')).toHaveLength(1);
  });

  it('makes each part of a docker command a button for its explanation, one popover per distinct explanation', async () => {
    const { tree, lines, select } = await highlighted('session', 'shellsession', '$ docker run --rm -p 8050:8050 app\n$ docker run --rm app\nDash is running');
    const buttons = select('popoverTarget');
    expect(buttons.map((b) => [toString(b), b.tagName])).toEqual([
      ['run', 'button'],
      ['--rm', 'button'],
      ['-p', 'button'],
      ['8050:8050', 'button'],
      ['app', 'button'],
      ['run', 'button'],
      ['--rm', 'button'],
      ['app', 'button'],
    ]);
    // Text, prompts and copy stay as they were: only wrapped.
    expect(toString(lines[0]!)).toBe('$ docker run --rm -p 8050:8050 app');
    expect(select('dataPrompt')).toHaveLength(2);
    const tips = tree.children.filter((c): c is Element => c.type === 'element' && c.properties.popover === 'auto');
    expect(tips).toHaveLength(5);
    expect(buttons[1]!.properties.popoverTarget).toBe(buttons[6]!.properties.popoverTarget);
    for (const button of buttons) {
      const tip = tips.find((t) => t.properties.id === button.properties.popoverTarget);
      expect(tip, toString(button)).toBeDefined();
      expect(button.properties.ariaDescribedBy).toEqual([tip!.properties.id]);
    }
    expect(toString(tips.find((t) => t.properties.id === buttons[3]!.properties.popoverTarget)!)).toMatch(/^Publish container port 8050/);
  });

  it('never puts a placeholder inside a button', async () => {
    const { select } = await highlighted('session', 'shellsession', '$ docker push <user>/e4l-python-graph:1.0');
    expect(select('popoverTarget').map(toString)).toEqual(['push']);
    expect(select('dataPlaceholder')).toHaveLength(1);
  });

  it('leaves files alone', async () => {
    const { lines } = await highlighted('file', 'dockerfile', 'FROM python:3.12-slim\n# <user>');
    expect(lines.map((l) => l.properties.dataKind)).toEqual([undefined, undefined]);
  });
});

describe('rehypeCodeBlocks on a file block', () => {
  async function file(source: string, copy: string) {
    const hast = await codeToHast(source, { lang: 'dockerfile', themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
    const block: MdxJsxFlowElementHast = {
      type: 'mdxJsxFlowElement',
      name: 'CodeBlock',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'kind', value: 'file' },
        { type: 'mdxJsxAttribute', name: 'copy', value: copy },
      ],
      children: [hast as unknown as MdxJsxFlowElementHast['children'][number]],
    };
    rehypeCodeBlocks()({ type: 'root', children: [block] });
    return block.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : ''));
  }

  it('drops the copy text when it is the code’s own text, which the island then copies', async () => {
    const source = 'FROM python:3.12-slim\n\n# <user> & "quotes"\tCMD ["python", "app.py"]';
    expect(await file(source, JSON.stringify(copyCommands('dockerfile', source)))).toEqual(['kind']);
  });

  it('keeps copy text that differs from what the page shows', async () => {
    expect(await file('FROM python:3.12-slim', JSON.stringify([{ line: 0, root: false, parts: ['FROM python:3.12\n'] }]))).toEqual(['kind', 'copy']);
  });
});

describe('rehypeCodeBlocks on output of another shape', () => {
  it('fails at the block’s line instead of leaving it unmarked', () => {
    const line: Element = { type: 'element', tagName: 'span', properties: { className: ['line'] }, children: [{ type: 'text', value: '$ one\n$ two' }] };
    const code: Element = { type: 'element', tagName: 'code', properties: {}, children: [line] };
    const block: MdxJsxFlowElementHast = {
      type: 'mdxJsxFlowElement',
      name: 'CodeBlock',
      attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: 'session' }],
      children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }],
      position: { start: { line: 12, column: 1 }, end: { line: 15, column: 4 } },
    };
    expect(() => rehypeCodeBlocks()({ type: 'root', children: [block] })).toThrow(/^line 12: the highlighter gave 1 line spans for a block of 2 lines/);
  });
});
