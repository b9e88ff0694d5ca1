import { readFileSync } from 'node:fs';
import path from 'node:path';
import Beasties from 'beasties';
import postcss from 'postcss';

/*
 * The page paints from its own HTML: the rules its markup uses are inlined in a <style>, and the
 * whole stylesheet arrives after the first paint (the theme script adds it; <noscript> links it
 * for readers without JavaScript). A render-blocking stylesheet costs a phone one more round
 * trip before anything shows; measured with Lighthouse's mobile preset it was most of the gap to
 * Starlight (docs/benchmarks.md).
 *
 * Rules for states the server never renders stay inline too, so nothing restyles when the full
 * sheet lands: the dark theme and the `js` class (both set on <html> by the theme script before
 * the first paint), and ARIA/`open`/`hidden` states the islands toggle.
 */
const keepAlways: RegExp[] = [/\.dark\b/, /\.js\b/, /aria-/, /\[open\]/, /\[hidden\]/];

export type PageStyles = {
  /** The rules this page's markup uses, to inline in <head>. */
  critical: string;
  /** The full stylesheets, loaded after the first paint. */
  hrefs: string[];
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
/**
 * The sheet without what cannot apply while the inline rules are the page's only ones: rules for
 * pages without JavaScript (`html:not(.js)`: those readers get the full sheet from <noscript>,
 * render-blocking) and print rules (printing comes after the full sheet has loaded).
 */
export function screenWithScript(css: string): string {
  const root = postcss.parse(css);
  root.walkAtRules('media', (media) => {
    if (/^\s*print\s*$/.test(media.params)) media.remove();
  });
  root.walkRules((rule) => {
    const selectors = rule.selectors.filter((selector) => !selector.includes('html:not(.js)'));
    if (!selectors.length) rule.remove();
    else if (selectors.length < rule.selectors.length) rule.selectors = selectors;
  });
  return root.toString();
}

// Read from the build folder, where the href `/_next/static/…` points to `<distDir>/static/…`.
beasties.getCssAsset = (href: string) =>
  screenWithScript(readFileSync(/*turbopackIgnore: true*/ path.join(distDir(), href.replace(/^\/_next\//, '')), 'utf8'));

/**
 * The critical CSS of a page whose <body> element is `body` (the element itself, with its
 * classes). Build time only: `next dev` keeps Next's own stylesheet links.
 */
export async function pageStyles(body: string): Promise<PageStyles> {
  const files = stylesheetFiles();
  const hrefs = files.map((file) => `/_next/${file}`);
  const links = hrefs.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  const processed = await beasties.process(`<!DOCTYPE html><html><head>${links}</head>${body}</html>`);
  const styles = [...processed.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  if (files.length && !styles.length) throw new Error(`critical CSS: no rules were inlined from ${files.join(', ')}`);
  return { critical: styles.join(''), hrefs };
}
