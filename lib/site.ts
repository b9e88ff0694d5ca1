/** Facts about the site that pages, metadata and the sitemap share. */
export const site = {
  name: 'Learn Docker',
  description:
    'A free, hands-on course that takes you from “what is a container?” to running a Python web app with Docker Compose.',
  /** Absolute URLs (sitemap, OpenGraph) need an origin; deployments set SITE_URL. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
} as const;

export function lessonPath(slug: string): string {
  return `/lessons/${slug}`;
}
