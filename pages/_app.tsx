import type { AppProps } from 'next/app';
import Head from 'next/head';
import { useEffect } from 'react';
import { SiteLayout } from '@/components/layout/site-layout';
import { HYDRATED_EVENT } from '@/lib/browser/start';
import { site } from '@/lib/server/site';
import '@/styles/globals.css';

/*
 * The site icon, in the page itself: a browser fetches a linked icon while the page loads, one
 * more request before the first paint on a slow phone (e2e/page-weight.spec.ts).
 */
const siteIcon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1a5bd1"/><path fill="#fff" d="M4 17h24c-.6 5.2-5.3 9-12 9-6.5 0-10.9-3.5-12-9zm2-5h3.5v3.5H6zm4.5 0H14v3.5h-3.5zm4.5 0h3.5v3.5H15zm-4.5-4.5H14V11h-3.5zm4.5 0h3.5V11H15zm4.5 4.5H23v3.5h-3.5z"/></svg>',
)}`;

/**
 * Every page, around its own content. In production no React runs in the browser
 * (`unstable_runtimeJS: false` on each page), so the effect below only ever runs in
 * `next dev`, where it tells the islands that hydration is done (lib/browser/start.ts).
 */
export default function CourseApp({ Component, pageProps }: AppProps) {
  useEffect(() => {
    window.__learnDockerHydrated = true;
    dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
        <meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#0d1117" media="(prefers-color-scheme: dark)" />
        <meta name="application-name" content={site.name} />
        <link rel="icon" href={siteIcon} />
      </Head>
      <SiteLayout>
        <Component {...pageProps} />
      </SiteLayout>
    </>
  );
}
