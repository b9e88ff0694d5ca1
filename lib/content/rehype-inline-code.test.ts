import type { Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeInlineCode } from './rehype-inline-code';

/** The tree as HTML, enough of it for these trees (elements with classes, text). */
const toHtml = (node: Root | RootContent): string => {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map(toHtml).join('');
  if (node.type !== 'element') return '';
  const className = node.properties.className as string[] | undefined;
  const attrs = className ? ` class="${className.join(' ')}"` : '';
  return `<${node.tagName}${attrs}>${node.children.map(toHtml).join('')}</${node.tagName}>`;
};
const run = (tree: Root) => {
  rehypeInlineCode()(tree);
  return toHtml(tree);
};
const inline = (text: string): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: text }] }] }],
});

describe('rehypeInlineCode', () => {
  it('keeps each option of inline code on one line, and breaks between words', () => {
    expect(run(inline('docker exec dash-app ls -l'))).toBe(
      '<p><code>docker exec <span class="nobreak">dash-app</span> ls <span class="nobreak">-l</span></code></p>',
    );
    expect(run(inline('--publish'))).toBe('<p><code><span class="nobreak">--publish</span></code></p>');
  });

  it('leaves words without an inner hyphen, a trailing hyphen and long words as they are', () => {
    expect(run(inline('docker ps'))).toBe('<p><code>docker ps</code></p>');
    expect(run(inline('a -'))).toBe('<p><code>a -</code></p>');
    expect(run(inline('e4l-python-graph-and-more-words:1.0'))).toBe('<p><code>e4l-python-graph-and-more-words:1.0</code></p>');
  });

  it('breaks a long path or image reference after its slashes, its hyphenated parts whole', () => {
    expect(run(inline('<user>/e4l-python-graph:1.0'))).toBe('<p><code><user>/<wbr></wbr><span class="nobreak">e4l-python-graph:1.0</span></code></p>');
    expect(run(inline('registry-1.docker.io/library/python:3.12-slim'))).toBe(
      '<p><code><span class="nobreak">registry-1.docker.io/</span><wbr></wbr>library/<wbr></wbr><span class="nobreak">python:3.12-slim</span></code></p>',
    );
  });

  it('does not touch code blocks', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'ls -l' }] }] }],
    };
    expect(run(tree)).toBe('<pre><code>ls -l</code></pre>');
  });
});
