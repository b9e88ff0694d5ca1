import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import { estimatedLines } from './rehype-section-bodies';
import { loadLessons } from './lessons';

const lesson = (body: string) => ({
  file: 'content/lessons/01-a.mdx',
  source: `---\ntitle: A lesson\ndescription: A lesson that exists to test sections.\nobjectives:\n  - Test\nminutes: 1\n---\n\n${body}`,
});

async function html(body: string): Promise<string> {
  const [compiled] = await loadLessons([lesson(body)]);
  return renderToStaticMarkup(createElement(MdxContent, { code: compiled!.code }));
}

/** The page's structure: each top-level element's tag, a section's rank and what it holds. */
function outline(markup: string): string[] {
  // The MDX compiler (esbuild) needs Node's own environment, so the DOM is a window of our own.
  const root = new Window().document.createElement('div');
  root.innerHTML = markup;
  return [...root.children].map((child) =>
    child.hasAttribute('data-toc-section')
      ? `section ${child.getAttribute('data-toc-section')}: ${[...child.children].map((c) => c.tagName.toLowerCase()).join(' ')}`
      : child.tagName.toLowerCase(),
  );
}

describe('rehypeSectionBodies', () => {
  it('puts each h2 and h3 with what follows it in a section box, and leaves the text before the first heading alone', async () => {
    const markup = await html('Intro.\n\nMore intro.\n\n## First\n\nOne.\n\n- a\n- b\n\n### Detail\n\nTwo.\n\n#### Deeper\n\nThree.\n\n## Second\n\nFour.\n');
    expect(outline(markup)).toEqual(['p', 'p', 'section 2: h2 p ul', 'section 3: h3 p h4 p', 'section 2: h2 p']);
  });

  it('wraps components and code blocks with their section, and a heading with nothing after it; explanations stay outside', async () => {
    const markup = await html('## Run\n\n<Callout variant="note" title="Note">\nText.\n</Callout>\n\n```console\n$ docker ps\n```\n\n## Last\n');
    // The last div is the shared popover explaining `ps`, which must not sit in a skipped box.
    expect(outline(markup)).toEqual(['section 2: h2 div ld-code-block', 'section 2: h2', 'div']);
    expect(markup).toMatch(/<div id="cli-tip-1" popover="auto"[^>]*>List containers/);
  });

  it('estimates a section\'s height from its text and code lines', async () => {
    const markup = await html(`## Short\n\nOne line.\n\n## Long\n\n${'Words and more words. '.repeat(30)}\n\n\`\`\`console\n$ docker ps\n$ docker images\n$ docker info\n\`\`\`\n`);
    const lines = [...markup.matchAll(/--section-lines:(\d+)/g)].map((m) => Number(m[1]));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBeLessThanOrEqual(2);
    // ~660 characters of text (about 10 lines of 65) and a 3-line block with its margins.
    expect(lines[1]).toBeGreaterThanOrEqual(14);
    expect(lines[1]).toBeLessThanOrEqual(20);
    expect(estimatedLines([])).toBe(1);
  });
});
