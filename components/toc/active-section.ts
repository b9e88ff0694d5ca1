/**
 * Which section of a lesson is being read, for "On this page": the last heading that has
 * scrolled past the reading line (the top fifth of the window); at the very bottom of the
 * page, where the last sections may never reach that line, the last heading.
 *
 * `landing` is where following a link puts a heading (the page's scroll padding plus the
 * heading's scroll margin): the line is never above it, with a pixel to spare, so the section a
 * link or the contents has just opened is the one marked, on a short window too and when the
 * browser lands a fraction of a pixel low.
 */
export function activeSection(
  headingTops: readonly number[],
  view: { height: number; scrollY: number; scrollHeight: number; landing?: number },
): number {
  if (headingTops.length === 0) return -1;
  if (view.height + view.scrollY >= view.scrollHeight - 2) return headingTops.length - 1;
  const line = Math.max(view.height / 5, (view.landing ?? 0) + 1);
  let current = 0;
  headingTops.forEach((top, index) => {
    if (top <= line) current = index;
  });
  return current;
}
