import path from 'node:path';
import rehypeShiki from '@shikijs/rehype';
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { rehypeInlineCode } from './rehype-inline-code';
import { rehypeSectionBodies } from './rehype-section-bodies';
import remarkGfm from 'remark-gfm';
import { LessonProblem, ContentError } from './content-error';
import { remarkCollectLinks, type LessonLink } from './check-links';
import { shikiAliases, shikiGrammars } from './code-languages';
import { rehypeCollectCommands, type TaughtCommand } from './code-blocks/collect-commands';
import { rehypeCodeBlocks } from './code-blocks/rehype-code-blocks';
import { remarkCodeBlocks } from './code-blocks/remark-code-blocks';
import { rehypeHeadings, type Heading, type LessonOutline, type SearchSection } from './rehype-headings';
import { remarkCheckCodeLanguages } from './remark-check-code-languages';
import { remarkCheckComponents } from './remark-check-components';
import { remarkCheckDockerCommands } from './remark-check-docker-commands';
import { remarkExampleFile } from './remark-example-file';
import { missingShikiClasses, shikiTransformers } from './shiki-classes';

export type CompiledMdx = {
  code: string;
  frontmatter: Record<string, unknown>;
  headings: Heading[];
  sections: SearchSection[];
  links: LessonLink[];
  /** Every docker command the file shows, with its section: what the cheat sheet is built from. */
  commands: TaughtCommand[];
};

const projectRoot = process.cwd();

/** The first problem one of our plugins found while esbuild ran them. */
type Report = { problem?: LessonProblem };
type Transform = (tree: never, file: never) => unknown;

/**
 * Our plugins throw LessonProblem; esbuild wraps whatever a plugin throws in messages of its
 * own. This keeps the problem itself as it is thrown, so the error names the file and the
 * problem exactly as the check wrote it, never recovered from esbuild's text.
 */
function guarded<Options extends unknown[]>(plugin: (...options: Options) => Transform, report: Report) {
  return (...options: Options) => {
    const transform = plugin(...options);
    return (tree: never, file: never): void => {
      try {
        transform(tree, file);
      } catch (error) {
        if (error instanceof LessonProblem) report.problem ??= error;
        throw error;
      }
    };
  };
}

/**
 * Every remark/rehype plugin of the course, in one place. Checks run first, on the author's
 * own tree (components, fence languages, and every docker command read by the CLI model); then example files are inlined, links collected, code blocks wrapped for copying,
 * headings given ids (collected once, with the search sections), anchors added, and code
 * highlighted (light and dark themes, switched by CSS variables set by one class per colour
 * pair, shiki-classes.ts, so no highlighting code reaches the browser). A problem fails with a ContentError naming `file`.
 */
export async function compileMdx(file: string, source: string): Promise<CompiledMdx> {
  const report: Report = {};
  let outline: LessonOutline = { headings: [], sections: [] };
  let links: LessonLink[] = [];
  let commands: TaughtCommand[] = [];
  try {
    const { code, frontmatter } = await bundleMDX<Record<string, unknown>>({
      source,
      cwd: path.join(projectRoot, 'content'),
      // esbuild would also print each failure itself; the error below says it once, with the file.
      esbuildOptions(options) {
        options.logLevel = 'silent';
        return options;
      },
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          guarded(remarkCheckComponents, report),
          [guarded(remarkExampleFile, report), { examplesDir: path.join(projectRoot, 'public', 'examples') }],
          guarded(remarkCheckCodeLanguages, report),
          guarded(remarkCheckDockerCommands, report),
          [remarkCollectLinks, { collect: (found: LessonLink[]) => (links = found) }],
          guarded(remarkCodeBlocks, report),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          [rehypeHeadings, { collect: (found: LessonOutline) => (outline = found) }],
          [rehypeCollectCommands, { collect: (found: TaughtCommand[]) => (commands = found) }],
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
              langAlias: shikiAliases,
              addLanguageClass: true,
              // Colours as classes, not inline styles on every token (shiki-classes.ts).
              transformers: shikiTransformers,
            },
          ],
          rehypeInlineCode,
          rehypeSectionBodies,
          guarded(rehypeCodeBlocks, report),
        ];
        return options;
      },
    });
    if (process.env.NODE_ENV === 'production') {
      const missing = missingShikiClasses();
      if (missing.length > 0) {
        throw new ContentError(file, `styles/shiki.css lacks ${missing.join(', ')}: run npm run build:assets (npm run build does) before next build`);
      }
    }
    return { code, frontmatter, ...outline, links, commands };
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (report.problem) throw new ContentError(file, report.problem.message);
    throw new ContentError(file, describeFailure(error));
  }
}

/** What else can fail: the frontmatter's YAML (read before esbuild runs), or the MDX syntax. */
function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'YAMLException') return `frontmatter: ${error.message}`;
  const first = hasEsbuildErrors(error) ? error.errors[0] : undefined;
  if (first) {
    const line = first.location?.line;
    return `${line ? `line ${line}: ` : ''}${first.text}`;
  }
  return error instanceof Error ? error.message : String(error);
}

type EsbuildMessage = { text: string; location?: { line?: number } | null };

function hasEsbuildErrors(error: unknown): error is { errors: [EsbuildMessage, ...EsbuildMessage[]] } {
  return typeof error === 'object' && error !== null && 'errors' in error && Array.isArray(error.errors) && error.errors.length > 0;
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

