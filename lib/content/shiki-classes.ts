import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transformerStyleToClass } from '@shikijs/transformers';
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
  styleToClass,
  {
    name: 'learn-docker:drop-theme-classes',
    pre(node) {
      const value = node.properties.class;
      const names = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
      node.properties.class = names.filter((name) => !themeClasses.has(name)).join(' ');
    },
  },
];

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
