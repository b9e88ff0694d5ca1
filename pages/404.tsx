import type { PageConfig } from 'next';
import { PageHead } from '@/components/layout/page-head';

/** No Next or React script in the browser: the page is HTML, CSS and its islands. */
export const config: PageConfig = { unstable_runtimeJS: false };

export default function NotFoundPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-20 outline-none sm:px-6">
      <PageHead title="Page not found" noindex />
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mt-4 text-muted">The link may be old, or the address mistyped. The course itself is one click away.</p>
      <p className="mt-8">
        <a href="/" className="inline-flex rounded-lg bg-accent px-5 py-3 font-semibold text-page no-underline hover:bg-accent-strong">
          Go to the course home
        </a>
      </p>
    </main>
  );
}
