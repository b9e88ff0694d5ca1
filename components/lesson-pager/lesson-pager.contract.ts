/*
 * The lesson pager: Previous and Next at the end of a lesson. What lesson-pager.tsx renders and
 * lesson-pager.island.ts reads, and the speculation rules both use.
 */
export const lessonPagerTag = 'ld-lesson-pager';

/** The Next link: the only link the rules may prerender, so a page never fetches every lesson. */
export const nextLinkSelector = 'a[rel~="next"]';

const rules = (eagerness: 'moderate' | 'immediate') =>
  JSON.stringify({ prerender: [{ where: { selector_matches: nextLinkSelector }, eagerness }] });

/**
 * In the page from the start: Chromium prerenders the next lesson when the reader holds the
 * pointer over Next (or presses it), so it shows at once when clicked. Works without JavaScript.
 */
export const onHoverRules = rules('moderate');

/** Added by the island once the reader nears the end of the lesson: prerender the next one now. */
export const nearEndRules = rules('immediate');
