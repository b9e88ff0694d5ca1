import type { ReactNode } from 'react';
import { extraPages, site, sitePath } from '@/lib/server/site';
import { SiteHeader } from './site-header';

/** What every page has around its <main>: the skip link, the header and the footer. */
export function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-semibold text-page focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <SiteHeader />
      {children}
      <footer className="border-t border-line">
        {/* Its items flow from the start, not spread to the ends: an item at the far end moves when its
            content arrives after a paint (e2e/layout-shift.spec.ts). */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted sm:px-6">
          <p>{site.name}: a free course, no account, no trackers.</p>
          <nav aria-label="More of the course">
            <ul className="flex gap-4">
              <li>
                <a href={sitePath(extraPages.cheatSheet)} className="text-accent underline underline-offset-2">
                  Cheat sheet
                </a>
              </li>
              <li>
                <a href={sitePath(extraPages.teaching)} className="text-accent underline underline-offset-2">
                  Teaching this course
                </a>
              </li>
            </ul>
          </nav>
          <p>Docker is a trademark of Docker, Inc. This course is not affiliated with Docker, Inc.</p>
        </div>
      </footer>
    </>
  );
}
