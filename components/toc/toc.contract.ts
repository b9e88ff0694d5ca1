import { attribute, oneOf } from '@/lib/shared/contract';

/** "On this page": what toc.tsx renders and toc.island.ts reads. */
export const tocTag = 'ld-toc';

/** On each link: the id of the heading it leads to. */
export const tocLink = attribute('data-toc-link');

/**
 * A lesson's h2/h3 section, its heading first (lib/content/rehype-section-bodies.ts writes it; the
 * value is the heading's rank). Off screen its content is skipped (`content-visibility: auto`),
 * so the island reads the section's box, which is always laid out, rather than the heading's.
 */
export const tocSection = attribute('data-toc-section', oneOf(['2', '3'] as const));
