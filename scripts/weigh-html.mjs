// What a built page's HTML weighs (gzip -9) and what it is made of: the whole document, without its
// inline critical CSS, the article's text alone, each part of the chrome removed in turn, and the
// page's floor: its text, tags and links with every attribute, SVG, highlighting span, script and
// template removed. The floor is what no markup change can go under; issue 20 asked for the Dash
// lesson's HTML at 12 KB, and this is how that goal was weighed against the lessons' content.
//
// Usage: npm run build && npm run bench:weight [-- page.html …]
// (default: every lesson in .next/server/pages/lessons/).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => (bytes / 1000).toFixed(1);

const lessonsDir = '.next/server/pages/lessons';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(lessonsDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(lessonsDir, f));

/** Parts of the page, removed one at a time: what each costs is the whole minus the rest. */
const parts = {
  code: 'figure:has(pre), pre',
  'nav, aside': 'nav, aside',
  svg: 'svg',
  quiz: 'ld-quiz',
  drills: 'ld-drill',
  'check panels': 'ld-check-work',
  header: 'body > header, header',
};

function without(html, selector) {
  const { document } = new Window();
  document.write(html);
  for (const element of document.querySelectorAll(selector)) element.remove();
  return '<!DOCTYPE html>' + document.documentElement.outerHTML;
}

/** Text, tags and links only: every attribute but href, and SVG, spans, scripts, templates and head gone. */
function floor(html) {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '<head><title></title></head>')
    .replace(/<(script|template|svg)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?span\b[^>]*>/g, '')
    .replace(/<\/?ld-[\w-]+\b[^>]*>/g, '')
    .replace(/<(\w[\w-]*)(\s[^>]*?)?(\/?)>/g, (_, tag, attributes = '', close) => {
      const href = / href="[^"]*"/.exec(attributes);
      return `<${tag}${href ? href[0] : ''}${close}>`;
    });
}

const rows = [];
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const noStyle = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  const base = gz(noStyle);
  const { document } = new Window();
  document.write(noStyle);
  const text = document.querySelector('article')?.textContent ?? '';
  // A static export's `x/index.html` is named by its folder.
  const name = basename(file) === 'index.html' ? basename(dirname(file)) : basename(file, '.html');
  const row = [name, kb(gz(html)), kb(base), kb(gz(text)), kb(gz(floor(noStyle)))];
  for (const selector of Object.values(parts)) row.push(kb(base - gz(without(noStyle, selector))));
  rows.push(row);
}

const head = ['page', 'whole', 'without CSS', 'article text', 'floor', ...Object.keys(parts)];
console.log('KB gzip -9. "floor": text, tags and links, no attribute, SVG, span, script or template.');
console.log(`| ${head.join(' | ')} |\n|${head.map((_, i) => (i ? '--:' : '---')).join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
