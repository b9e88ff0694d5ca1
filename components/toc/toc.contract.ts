import { attribute } from '@/lib/shared/contract';

/** "On this page": what toc.tsx renders and toc.island.ts reads. */
export const tocTag = 'ld-toc';

/** On each link: the id of the heading it leads to. */
export const tocLink = attribute('data-toc-link');
