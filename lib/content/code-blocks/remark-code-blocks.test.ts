import type { Code, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { remarkCodeBlocks } from './remark-code-blocks';

function run(...codes: Array<Partial<Code>>) {
  const tree: Root = { type: 'root', children: codes.map((c) => ({ type: 'code', value: '', ...c })) };
  remarkCodeBlocks()(tree);
  return tree.children as unknown as MdxJsxFlowElement[];
}

const attributes = (element: MdxJsxFlowElement) =>
  Object.fromEntries(element.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', a.value]));

describe('remarkCodeBlocks', () => {
  it('wraps each code block in CodeBlock with string attributes and the code as only child', () => {
    const code: Code = { type: 'code', lang: 'console', value: '$ docker build -t e4l-python-graph .\n$ docker run -p 8050:8050 e4l-python-graph\nok' };
    const [block] = run(code);
    expect(block).toMatchObject({ type: 'mdxJsxFlowElement', name: 'CodeBlock', children: [code] });
    expect(block!.attributes.every((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')).toBe(true);
    expect(attributes(block!)).toEqual({
      lang: 'console',
      kind: 'session',
      copy: JSON.stringify([
        { line: 0, root: false, parts: ['docker build -t e4l-python-graph .'] },
        { line: 1, root: false, parts: ['docker run -p 8050:8050 e4l-python-graph'] },
      ]),
    });
  });

  it('reads title and download from the fence meta, and treats a missing language as text', () => {
    const [file, text] = run(
      { lang: 'dockerfile', meta: 'title="Dockerfile" download="/examples/dash-app/Dockerfile"', value: 'FROM python:3.12-slim' },
      { lang: null, value: 'plain' },
    );
    expect(attributes(file!)).toMatchObject({ lang: 'dockerfile', kind: 'file', title: 'Dockerfile', download: '/examples/dash-app/Dockerfile' });
    expect(attributes(text!)).toMatchObject({ lang: 'text', kind: 'file', copy: JSON.stringify([{ line: 0, root: false, parts: ['plain\n'] }]) });
  });

  it('fails with the line on unknown fence options, unknown placeholders and sessions without commands', () => {
    const position = { start: { line: 12, column: 1 }, end: { line: 14, column: 4 } };
    expect(() => run({ lang: 'yaml', meta: '{1,3}', position })).toThrow(/line 12: cannot read code fence options/);
    expect(() => run({ lang: 'yaml', meta: 'highlight="1"', position })).toThrow(/line 12: unknown code fence option "highlight"/);
    expect(() => run({ lang: 'console', value: '$ docker stop <container>', position })).toThrow(/line 12: placeholder <container>/);
    expect(() => run({ lang: 'console', value: 'Hello from Docker!', position })).toThrow(/line 12: console block has no command/);
  });
});
