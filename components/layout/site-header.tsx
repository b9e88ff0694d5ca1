import { site } from '@/lib/server/site';
import { Search } from '@/components/search/search';
import { ThemeToggle } from '../theme-toggle/theme-toggle';

/**
 * The bar on every page: home link, search and theme. Opaque on purpose: a blurred translucent
 * sticky bar (backdrop-filter) re-blurs on every scrolled frame and, on software-composited
 * Chromium, held back the page's first contentful paint by a second or more.
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-page">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4 sm:px-6">
        <a href="/" className="mr-auto flex items-center gap-2 rounded-md font-semibold text-ink no-underline">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 text-accent" fill="currentColor">
            <path d="M3 17h26c-.6 5.7-5.7 10-13 10C8.7 27 4 23.2 3 17zm2-6h4v4H5zm5 0h4v4h-4zm5 0h4v4h-4zm-5-5h4v4h-4zm5 0h4v4h-4zm5 5h4v4h-4z" />
          </svg>
          <span>{site.name}</span>
        </a>
        <Search />
        <ThemeToggle />
      </div>
    </header>
  );
}
