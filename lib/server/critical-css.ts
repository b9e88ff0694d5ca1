import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Beasties from 'beasties';
import postcss, { type AtRule, type ChildNode, type Container } from 'postcss';

/*
 * The page paints from its own HTML: the rules its markup uses are inlined in a <style>, and the
 * rest of the sheet arrives after the first paint (the head script adds it; <noscript> links the
 * whole sheet for readers without JavaScript). A render-blocking stylesheet costs a phone one
 * more round trip before anything shows; measured with Lighthouse's mobile preset it was most of
 * the gap to Starlight (docs/benchmarks.md).
 *
 * The split must keep the cascade: within a layer, the rest sheet's rules now come after every
 * inline rule. So a rule is inline exactly when an element of the page's markup has its classes
 * (its state may come later: `dark:`, `aria-*:`, `open:` variants of a rendered element are
 * inline with their base rule; those of elements the islands create are in the rest, with theirs).
 * Forcing a variant inline for an element that is not rendered would put it before its base rule
 * and lose to it (it did: the quiz's verdict kept its light colour in the dark theme).
 * E2E checks that the rest sheet moves no box (e2e/critical-css.spec.ts).
 */
const keepAlways: RegExp[] = [
  // Rules on pseudo-classes or -elements alone (`:focus-visible`, `::placeholder`, `::backdrop`)
  // apply to any element: left for the rest sheet, they made the browser restyle the whole page
  // when it arrived (one long task after the paint). They sit in the base layer, before every
  // utility, so being inline changes no order that matters.
  /^::?[a-z-]+$/,
  // Rules on the root or body with a state (`html:focus-within`): beasties looks inside <html>.
  /^(html|body)\b/,
  // Rules on an element type (preflight's `hr`, `img,video`, `abbr:where([title])`, `table`): a sheet that adds them makes the
  // browser restyle the whole page too (a type selector has no class to narrow what it may match), measured as one 100 ms
  // UpdateLayoutTree task after the paint (scripts/lantern-tasks.mjs, stop 55). They are few and in the base layer.
  // One compound of a type, with its attributes or states only (`abbr:where([title])`); never one with a class anywhere.
  /^[a-z][a-z0-9-]*(?:[:[][^\s.>+~]*)?$/,
];

/** Tailwind's `dark:` variant as this sheet writes it (styles/globals.css), a state like `:hover`. */
const darkVariant = /:where\(\.dark,\s*\.dark \*\)/g;

/**
 * The selector beasties should match for a rule. Beasties matches a selector with its
 * pseudo-classes removed, arguments and all, so a selector made only of them became empty and
 * its rule was left out although it applies:
 * - wrapped whole in `:where(…)`/`:is(…)` (Tailwind's space-y-*, group-* variants): matched by
 *   what it wraps;
 * - the dark theme of the root and of highlighted code (`:root:where(.dark,.dark *)`,
 *   `:is(.shiki,.shiki span):where(.dark,…)`): the theme is a state of a rendered element, so
 *   inline with its base rule (`:root` as `*`: beasties matches inside <html>, never <html> itself).
 *   Left in the rest sheet, a dark-theme reader saw the light page until it arrived.
 */
export function forMatching(selector: string): string {
  const withoutTheme = selector.replace(darkVariant, '').replace(/^:root(?=$|[\s>+~])/, '*');
  const match = /^:(?:where|is)\((.*)\)$/.exec(withoutTheme);
  return match ? match[1]! : withoutTheme;
}

export type PageStyles = {
  /** The rules this page's markup uses, to inline in <head>. */
  critical: string;
  /** The rest of the sheet for this page (what `critical` lacks), loaded after the first paint. */
  rest: string[];
  /** The full stylesheets, for readers without JavaScript (<noscript>). */
  full: string[];
};

const distDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? '.next');

/** The global stylesheets of the build (`_app`'s CSS in the build manifest). */
function stylesheetFiles(): string[] {
  const manifestFile = path.join(distDir(), 'build-manifest.json');
  let manifest: { pages: Record<string, string[]> };
  try {
    manifest = JSON.parse(readFileSync(/*turbopackIgnore: true*/ manifestFile, 'utf8')) as typeof manifest;
  } catch (error) {
    throw new Error(`critical CSS: cannot read ${manifestFile} (is this a production build?): ${String(error)}`);
  }
  return (manifest.pages['/_app'] ?? []).filter((file) => file.endsWith('.css'));
}

const beasties = new Beasties({
  path: '/',
  publicPath: '/',
  // The stylesheet's link is dropped with the rest of the document; only the <style> is kept.
  preload: 'media',
  pruneSource: false,
  mergeStylesheets: true,
  reduceInlineStyles: false,
  allowRules: keepAlways,
  logLevel: 'warn',
});
/** A selector for readers without JavaScript (the `[html:not(.js)_&]:` variant): they get the full sheet. */
const withoutScriptOnly = (selector: string) => selector.includes('html:not(.js)');

/**
 * The sheet without what cannot apply while the inline rules are the page's only ones: rules for
 * pages without JavaScript (`html:not(.js)`: those readers get the full sheet from <noscript>,
 * render-blocking) and print rules (they travel in the rest sheet, loaded long before anyone prints).
 */
export function screenWithScript(css: string): string {
  const root = postcss.parse(css);
  root.walkAtRules('media', (media) => {
    if (/^\s*print\s*$/.test(media.params)) media.remove();
  });
  root.walkRules((rule) => {
    const selectors = rule.selectors.filter((selector) => !withoutScriptOnly(selector));
    if (!selectors.length) rule.remove();
    else if (selectors.length < rule.selectors.length) rule.selectors = selectors;
  });
  return root.toString();
}

// Beasties' own (untyped) matching step, wrapped; the version is pinned and critical-css.test.ts
// fails if the hook goes away (the space-y rule would no longer be inline).
const matcher = beasties as Beasties & { normalizeCssSelector(selector: string): string };
const normalize = matcher.normalizeCssSelector.bind(beasties);
matcher.normalizeCssSelector = (selector: string) => normalize(forMatching(selector));

// Read from the build folder, where the href `/_next/static/…` points to `<distDir>/static/…`.
beasties.getCssAsset = (href: string) =>
  screenWithScript(readFileSync(/*turbopackIgnore: true*/ path.join(distDir(), href.replace(/^\/_next\//, '')), 'utf8'));

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };

/**
 * The markup with its class attributes unescaped. Beasties parses without decoding entities, and
 * React escapes `&` and `>` in Tailwind's arbitrary variants (`[&>:last-child]:mb-0`): without
 * this, those rules were left out and the boxes they style moved when the rest sheet landed. Only
 * used for matching; the page's own markup is untouched.
 */
function withPlainClasses(html: string): string {
  return html.replace(
    / class="([^"]*)"/g,
    (_, value: string) => ` class="${value.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => entities[entity]!)}"`,
  );
}

/** Where a node sits: its at-rules, outermost first (`layer utilities`, `media (min-width:40rem)`). */
function context(node: ChildNode): string {
  const chain: string[] = [];
  for (let parent = node.parent; parent?.type === 'atrule'; parent = (parent as AtRule).parent)
    chain.unshift(`@${(parent as AtRule).name} ${(parent as AtRule).params.replace(/\s+/g, '')}`);
  return chain.join(' ');
}

const declarations = (node: Container) => (node.nodes ?? []).map((child) => child.toString()).join(';');

/**
 * The sheet minus the page's critical rules, selector by selector (beasties keeps only the
 * matching selectors of a list). Loaded after the first paint, it adds only what the page's own
 * markup does not use, so the browser restyles the few elements it concerns instead of the whole
 * page: adding the full sheet restyled every element in one long task (TBT). Rules for readers
 * without JavaScript are left out (they get the full sheet); print rules stay.
 */
export function restOf(full: string, critical: string): string {
  const inCritical = new Set<string>();
  postcss.parse(critical).walk((node) => {
    if (node.type === 'rule') for (const selector of node.selectors) inCritical.add(`${context(node)}|${selector}|${declarations(node)}`);
    else if (node.type === 'atrule' && node.nodes && !node.nodes.some((child) => child.type === 'rule' || child.type === 'atrule'))
      inCritical.add(`${context(node)}|@${node.name} ${node.params.replace(/\s+/g, '')}|${declarations(node)}`);
  });
  const root = postcss.parse(full);
  root.walk((node) => {
    if (node.type === 'rule') {
      const key = `${context(node)}|`;
      const keep = node.selectors.filter(
        (selector) => !withoutScriptOnly(selector) && !inCritical.has(`${key}${selector}|${declarations(node)}`),
      );
      if (!keep.length) node.remove();
      else if (keep.length < node.selectors.length) node.selectors = keep;
    } else if (
      node.type === 'atrule' &&
      node.nodes &&
      inCritical.has(`${context(node)}|@${node.name} ${node.params}|${declarations(node)}`)
    )
      node.remove();
  });
  // At-rules left empty go too; a statement such as `@layer theme,base;` (no block) stays.
  let removed = true;
  while (removed) {
    removed = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes && atRule.nodes.length === 0) {
        atRule.remove();
        removed = true;
      }
    });
  }
  return root.toString();
}

/** Writes a page's rest sheet into the build's static folder under its hash; returns its URL. */
function writeRest(css: string): string {
  const name = `rest-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  const folder = path.join(distDir(), 'static', 'css');
  mkdirSync(/*turbopackIgnore: true*/ folder, { recursive: true });
  writeFileSync(/*turbopackIgnore: true*/ path.join(folder, name), css);
  return `/_next/static/css/${name}`;
}

/**
 * The critical CSS of a page whose <body> element is `body` (the element itself, with its
 * classes), and the rest of the sheet for it, written into the build (`.next/static/css/`, served
 * and exported with Next's own static files). Build time only: `next dev` keeps Next's own
 * stylesheet links.
 */
export async function pageStyles(body: string): Promise<PageStyles> {
  const files = stylesheetFiles();
  const full = files.map((file) => `/_next/${file}`);
  const links = full.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  // <html class="js">: the head script sets it before the inline rules apply.
  const processed = await beasties.process(`<!DOCTYPE html><html class="js"><head>${links}</head>${withPlainClasses(body)}</html>`);
  const styles = [...processed.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  if (files.length && !styles.length) throw new Error(`critical CSS: no rules were inlined from ${files.join(', ')}`);
  const critical = styles.join('');
  const sheets = files.map((file) => readFileSync(/*turbopackIgnore: true*/ path.join(distDir(), file), 'utf8')).join('\n');
  return { critical, rest: files.length ? [writeRest(restOf(sheets, critical))] : [], full };
}
