import path from 'node:path';
import rehypeShiki from '@shikijs/rehype';
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { codeLanguages, shikiGrammars } from './code-languages';
import { rehypeCodeBlocks } from './code-blocks/rehype-code-blocks';
import { remarkCodeBlocks } from './code-blocks/remark-code-blocks';
import { rehypeToc, type TocItem } from './rehype-toc';
import { remarkCheckCodeLanguages } from './remark-check-code-languages';
import { remarkCheckComponents } from './remark-check-components';
import { remarkExampleFile } from './remark-example-file';
import { remarkSearchSections, type SearchSection } from './search/search-sections';

export type CompiledMdx = { code: string; frontmatter: Record<string, unknown>; toc: TocItem[]; sections: SearchSection[] };

const projectRoot = process.cwd();

/**
 * Every remark/rehype plugin of the course, in one place. Checks run first, on the author's
 * own tree; then example files are inlined, code blocks wrapped for copying, headings given
 * ids and anchors, the contents collected, and code highlighted (light and dark themes,
 * switched by CSS variables, so no highlighting code reaches the browser).
 */
export async function compileMdx(source: string): Promise<CompiledMdx> {
  let toc: TocItem[] = [];
  let sections: SearchSection[] = [];
  const { code, frontmatter } = await bundleMDX<Record<string, unknown>>({
    source,
    cwd: path.join(projectRoot, 'content'),
    // esbuild would also print each failure itself; lib/lessons.ts reports it once, with the file.
    esbuildOptions(options) {
      options.logLevel = 'silent';
      return options;
    },
    mdxOptions(options) {
      options.remarkPlugins = [
        ...(options.remarkPlugins ?? []),
        remarkGfm,
        remarkCheckComponents,
        [remarkExampleFile, { examplesDir: path.join(projectRoot, 'public', 'examples') }],
        remarkCheckCodeLanguages,
        // Before code blocks are wrapped: the search index wants their raw text.
        [remarkSearchSections, { collect: (items: SearchSection[]) => (sections = items) }],
        remarkCodeBlocks,
      ];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        [rehypeToc, { collect: (items: TocItem[]) => (toc = items) }],
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['heading-anchor'] },
            content: headingAnchorContent,
          },
        ],
        [
          rehypeShiki,
          {
            // The -default variants keep every token at WCAG AA contrast on their own backgrounds.
            themes: { light: 'github-light-default', dark: 'github-dark-default' },
            defaultColor: false,
            langs: shikiGrammars,
            langAlias: { 'shell-session': 'shellsession', txt: 'text' },
            addLanguageClass: true,
          },
        ],
        rehypeCodeBlocks,
      ];
      return options;
    },
  });
  return { code, frontmatter, toc, sections };
}

/** A visible "#" for sighted readers and a spoken name, so the link is not announced as "#". */
function headingAnchorContent(heading: { children: unknown[] }) {
  const text = collectText(heading);
  return [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section: ${text}` }] },
  ];
}

function collectText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return node.children.map(collectText).join('');
  return '';
}

export { codeLanguages };
