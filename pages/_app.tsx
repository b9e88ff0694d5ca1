import type { AppProps } from 'next/app';
import Head from 'next/head';
import { useEffect } from 'react';
import { SiteLayout } from '@/components/layout/site-layout';
import { HYDRATED_EVENT } from '@/lib/browser/start';
import { site } from '@/lib/server/site';
import '@/styles/globals.css';

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
        <link rel="icon" href="/icon.svg" />
      </Head>
      <SiteLayout>
        <Component {...pageProps} />
      </SiteLayout>
    </>
  );
}
