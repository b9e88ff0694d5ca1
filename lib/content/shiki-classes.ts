import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transformerStyleToClass } from '@shikijs/transformers';
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

/**
 * Shiki writes both themes' colours on every token as inline custom properties
 * (`style="--shiki-light:#0A3069;--shiki-dark:#A5D6FF"`): a fifth of a code-heavy page. Here
 * each distinct style becomes one class (`sk-` and a hash of the style, so the same colours
 * get the same name in every process), and the stylesheet gets one rule per class:
 * `npm run build:assets` (scripts/write-site-files.ts) compiles every lesson and content page
 * and writes the rules to styles/shiki.css, which styles/globals.css imports. The global
 * `.shiki` rules there still pick the light or dark variable, as before.
 */
const styleToClass = transformerStyleToClass({ classPrefix: 'sk-' });

/** The classes shiki's dual themes add to every <pre>; no style reads them. */
const themeClasses = new Set(['shiki-themes', 'github-light-default', 'github-dark-default']);

export const shikiTransformers: ShikiTransformer[] = [
  {
    // A token neither theme colours has an empty style, which had no attribute: keep it so.
    name: 'learn-docker:no-empty-style',
    tokens(lines) {
      for (const token of lines.flat()) if (token.htmlStyle && Object.keys(token.htmlStyle).length === 0) delete token.htmlStyle;
    },
  },
  {
    /*
     * Most tokens have the code's own colour, which the <pre> sets already: those become plain
     * text inside their line, which inherits it (the global `.shiki` rules read the variables
     * the pre's class sets). Runs before styleToClass's own pre hook, while the pre's style is
     * still a string to read the default colours from.
     */
    name: 'learn-docker:plain-default-tokens',
    pre(node) {
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      const light = /--shiki-light:([^;]+)/.exec(style)?.[1]?.toLowerCase();
      const dark = /--shiki-dark:([^;]+)/.exec(style)?.[1]?.toLowerCase();
      const registry = styleToClass.getClassRegistry();
      const isDefault = (child: ElementContent): boolean => {
        if (child.type !== 'element' || child.tagName !== 'span' || child.children.length !== 1 || child.children[0]?.type !== 'text') return false;
        const names = classNames(child);
        if (names.length !== 1 || Object.keys(child.properties).length !== 1) return false;
        const own = registry.get(names[0]!);
        if (!own || typeof own === 'string') return false;
        const keys = Object.keys(own);
        return keys.length === 2 && own['--shiki-light']?.toLowerCase() === light && own['--shiki-dark']?.toLowerCase() === dark;
      };
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      for (const line of code?.children ?? []) {
        if (line.type !== 'element') continue;
        line.children = line.children.map((child) => (isDefault(child) ? (child as Element).children[0]! : child));
      }
    },
  },
  styleToClass,
  {
    name: 'learn-docker:drop-theme-classes',
    pre(node) {
      node.properties.class = classNames(node).filter((name) => !themeClasses.has(name)).join(' ');
    },
  },
];

function classNames(node: Element): string[] {
  const value = node.properties.class;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

export const SHIKI_CSS_FILE = path.join(process.cwd(), 'styles', 'shiki.css');

/** The rules for every style seen so far in this process, sorted so the file never churns. */
export function shikiCss(): string {
  const rules = [...styleToClass.getClassRegistry()]
    .map(([name, style]) => `.${name}{${typeof style === 'string' ? style : Object.entries(style).map(([k, v]) => `${k}:${v}`).join(';')}}`)
    .sort();
  return `/* Written by scripts/write-site-files.ts (lib/content/shiki-classes.ts): shiki's colours, one class per style. */\n${rules.join('\n')}\n`;
}

let writing = false;

/** The process that writes styles/shiki.css does not check the file it is about to replace. */
export function writeShikiCss(write: (css: string) => void): () => void {
  writing = true;
  return () => write(shikiCss());
}

/**
 * A class this process gave a token but styles/shiki.css lacks: the file was written before a
 * lesson gained new colours (a new language, a new kind of token). Without its rule the token
 * would silently take the default colour, so `next build` fails instead.
 */
export function missingShikiClasses(): string[] {
  if (writing || !existsSync(SHIKI_CSS_FILE)) return [];
  const css = readFileSync(SHIKI_CSS_FILE, 'utf8');
  return [...styleToClass.getClassRegistry().keys()].filter((name) => !css.includes(`.${name}{`));
}
