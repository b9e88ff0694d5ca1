import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { codeToHast } from 'shiki';
import { describe, expect, it } from 'vitest';
import { rehypeCodeHtml } from './rehype-code-html';

const attribute = (node: MdxJsxFlowElementHast, name: string) =>
  node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

describe('rehypeCodeHtml', () => {
  it("moves a CodeBlock's highlighted pre into its html attribute, markup unchanged", async () => {
    const hast = await codeToHast('$ docker ps -a\nCONTAINER ID', {
      lang: 'shellsession',
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    });
    const block: MdxJsxFlowElementHast = {
      type: 'mdxJsxFlowElement',
      name: 'CodeBlock',
      attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: 'session' }],
      children: [hast as unknown as MdxJsxFlowElementHast['children'][number]],
    };
    const tree: Root = { type: 'root', children: [block] };
    rehypeCodeHtml()(tree);
    const html = attribute(block, 'html');
    expect(block.children).toEqual([]);
    expect(attribute(block, 'kind')).toBe('session');
    expect(typeof html).toBe('string');
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light-default github-dark-default"[^>]*tabindex="0"><code>/);
    expect(html).toContain('--shiki-dark:');
    // The text survives, escaped where HTML needs it.
    expect((html as string).replace(/<[^>]+>/g, '')).toBe('$ docker ps -a\nCONTAINER ID');
  });

  it('escapes markup in the code so it can never become elements', async () => {
    const hast = await codeToHast('echo "<script>alert(1)</script>" & done', { lang: 'sh', theme: 'github-light-default' });
    const block: MdxJsxFlowElementHast = { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes: [], children: [hast as unknown as Element] };
    rehypeCodeHtml()({ type: 'root', children: [block] });
    const html = attribute(block, 'html') as string;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>');
  });

  it('leaves other elements and empty blocks alone', () => {
    const other: MdxJsxFlowElementHast = { type: 'mdxJsxFlowElement', name: 'Callout', attributes: [], children: [{ type: 'text', value: 'x' }] };
    const empty: MdxJsxFlowElementHast = { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes: [], children: [] };
    rehypeCodeHtml()({ type: 'root', children: [other, empty] });
    expect(other.children).toHaveLength(1);
    expect(empty.attributes).toEqual([]);
  });
});
