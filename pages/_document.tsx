import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { IslandCollector } from '@/lib/server/island';
import { islandAssets } from '@/lib/server/island-manifest';
import type { IslandName } from '@/lib/server/islands';
import { themeScript } from '@/components/theme-toggle/theme-script';
import { CopyIconSymbols } from '@/components/code-block/code-block';

type CourseDocumentProps = DocumentInitialProps & { islands: IslandName[] };

/**
 * The HTML around every page. It collects the islands the page's components asked for while
 * rendering (useIsland) and writes one module script for each, with preloads for the chunks
 * they share, so a page loads only the JavaScript its own markup needs.
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
    return { ...initialProps, islands: [...islands] };
  }

  render() {
    const { scripts, preloads } = islandAssets(this.props.islands);
    return (
      <Html lang="en">
        <Head>
          {/* Before anything paints: the theme and the `js` class (components/theme-toggle/theme-script.ts). */}
          <script dangerouslySetInnerHTML={{ __html: themeScript }} />
          {preloads.map((href) => (
            <link key={href} rel="modulepreload" href={href} />
          ))}
          {scripts.map((src) => (
            <script key={src} type="module" src={src} />
          ))}
        </Head>
        <body className="min-h-dvh bg-page font-sans text-ink antialiased">
          <Main />
          {/* The copy buttons' icons, once for every code block of the page (code-block.tsx). */}
          {this.props.islands.includes('code-block') && <CopyIconSymbols />}
          <NextScript />
        </body>
      </Html>
    );
  }
}
