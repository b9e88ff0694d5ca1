import { site } from '@/lib/server/site';
import { Search } from '@/components/search/search';
import { ThemeToggle } from '../theme-toggle/theme-toggle';

/**
 * The bar on every page: home link, search and theme. Opaque on purpose: a blurred translucent
 * sticky bar (backdrop-filter) re-blurs on every scrolled frame and, on software-composited
 * Chromium, held back the page's first contentful paint by a second or more.
 *
 * A grid of fixed tracks, not a flex row pushed right: a browser may paint the page before it has
 * parsed all of it, and in a right-aligned row every later part (the button's label, the theme
 * button) pushed the search button left as it arrived, a layout shift (0.0019 at 375 px, seen
 * when the HTML came in two pieces; e2e/layout-shift.spec.ts cuts it there). The tracks fit the
 * search button's label and, from `sm`, its shortcut, with room for wider system fonts.
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-page">
      <div className="mx-auto grid h-14 max-w-7xl grid-cols-[1fr_6.5rem_2.5rem] items-center gap-2 px-4 sm:grid-cols-[1fr_10.5rem_2.5rem] sm:px-6">
        <a href="/" className="flex items-center gap-2 justify-self-start rounded-md font-semibold text-ink no-underline">
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
