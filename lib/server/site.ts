/** What absolute URLs say when SITE_URL is not set: right for `npm start` on this machine only. */
const DEFAULT_SITE_URL = 'http://localhost:3000';

/** Facts about the site that pages, metadata and the sitemap share. */
export const site = {
  name: 'Learn Docker',
  description: 'A free, hands-on course that takes you from “what is a container?” to running a Python web app with Docker Compose.',
  /** Absolute URLs (sitemap, canonical links, OpenGraph) need an origin; deployments set SITE_URL. */
  url: (process.env.SITE_URL || DEFAULT_SITE_URL).replace(/\/$/, ''),
} as const;

/*
 * The static export writes every page as a folder with index.html, which a plain file host
 * serves at /lessons/x/ (next.config.ts: trailingSlash); `next start` serves /lessons/x.
 */
const trailingSlash = Boolean(process.env.STATIC_EXPORT);

/** What a production build says when it would put the default origin into every absolute URL. */
export function siteUrlWarning(env: { SITE_URL?: string; NODE_ENV?: string }): string | undefined {
  if (env.SITE_URL || env.NODE_ENV === 'development') return undefined;
  return (
    `SITE_URL is not set: the sitemap, robots.txt, canonical links and og:url will say ${DEFAULT_SITE_URL}.\n` +
    '  Set it to the address the site is served from, e.g. SITE_URL=https://learn-docker.example npm run build'
  );
}

/** Where a lesson lives: the one place that knows the URL scheme. */
export function lessonPath(slug: string): string {
  return sitePath(`/lessons/${slug}`);
}

/** A page's path (`/cheat-sheet`) as the build serves it: with the export's trailing slash. */
export function sitePath(path: string): string {
  return path === '/' ? path : `${path}${trailingSlash ? '/' : ''}`;
}

/** Pages beside the lessons, by the path a lesson or the sitemap names them with. */
export const extraPages = { cheatSheet: '/cheat-sheet', teaching: '/teaching' } as const;

/** A site path as an absolute URL on the deployed origin. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path}`;
}
