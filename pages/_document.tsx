import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { pageStyles as criticalStyles, type PageStyles } from '@/lib/server/critical-css';
import { headScript } from '@/lib/server/head-script';
import { loadAttributes } from '@/lib/shared/page-load';
import { IslandCollector } from '@/lib/server/island';
import { islandScripts } from '@/lib/server/island-manifest';
import type { IslandName } from '@/lib/server/islands';
import { CopyIconSymbols } from '@/components/code-block/code-block';

type CourseDocumentProps = DocumentInitialProps & { islands: IslandName[]; pageStyles: PageStyles | null };

const bodyClass = 'min-h-dvh bg-page font-sans text-ink antialiased';

/**
 * Next's <Head> with the page's critical CSS inlined in place of the render-blocking stylesheet
 * links (lib/server/critical-css.ts); the full sheet is linked in <noscript> for readers without
 * JavaScript, and the head script loads the page's rest sheet after the first paint for everyone else.
 * Made per page rather than given a prop: <Head> writes its props onto <head> as attributes.
 */
function headWithStyles(styles: PageStyles | null): typeof Head {
  return class CourseHead extends Head {
    getCssLinks(files: Parameters<Head['getCssLinks']>[0]): ReturnType<Head['getCssLinks']> {
      if (!styles) return super.getCssLinks(files);
      return [
        <style key="critical" dangerouslySetInnerHTML={{ __html: styles.critical }} />,
        <noscript key="stylesheets">
          {styles.full.map((href) => (
            <link key={href} rel="stylesheet" href={href} />
          ))}
        </noscript>,
      ];
    }
  };
}

/**
 * The HTML around every page. It collects the islands the page's components asked for while
 * rendering (useIsland) and lists them on <html> for the head script, which loads them after the
 * first paint, so a page loads only the JavaScript its own markup needs and nothing before it
 * shows. In `next dev` (which hydrates with React) the stylesheet stays a plain link.
 */
export default class CourseDocument extends Document<CourseDocumentProps> {
  static async getInitialProps(context: DocumentContext): Promise<CourseDocumentProps> {
    const islands = new Set<IslandName>();
    const renderPage = context.renderPage;
    context.renderPage = () =>
      renderPage({
        enhanceApp: (App) =>
          function CollectIslands(props) {
            return (
              <IslandCollector value={islands}>
                <App {...props} />
              </IslandCollector>
            );
          },
      });
    const initialProps = await Document.getInitialProps(context);
    const pageStyles =
      process.env.NODE_ENV === 'production' ? await criticalStyles(`<body class="${bodyClass}">${initialProps.html}</body>`) : null;
    return { ...initialProps, islands: [...islands], pageStyles };
  }

  render() {
    const { islands, pageStyles } = this.props;
    const CourseHead = headWithStyles(pageStyles);
    const scripts = islands.length ? islandScripts(islands) : [];
    const load = {
      [loadAttributes.css]: pageStyles?.rest.join(' ') || undefined,
      [loadAttributes.islands]: scripts.join(' ') || undefined,
    };
    return (
      <Html lang="en" {...load}>
        <CourseHead>
          {/* Before anything paints: the theme, the `js` class, then the loader (lib/server/head-script.ts). */}
          <script dangerouslySetInnerHTML={{ __html: headScript }} />
        </CourseHead>
        <body className={bodyClass}>
          <Main />
          {/* The copy buttons' icons, once for every code block of the page (code-block.tsx). */}
          {islands.includes('code-block') && <CopyIconSymbols />}
          <NextScript />
        </body>
      </Html>
    );
  }
}
