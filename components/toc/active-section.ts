/**
 * Which section of a lesson is being read, for "On this page": the last heading that has
 * scrolled past the reading line (the top fifth of the window); at the very bottom of the
 * page, where the last sections may never reach that line, the last heading.
 */
export function activeSection(headingTops: readonly number[], view: { height: number; scrollY: number; scrollHeight: number }): number {
  if (headingTops.length === 0) return -1;
  if (view.height + view.scrollY >= view.scrollHeight - 2) return headingTops.length - 1;
  const line = view.height / 5;
  let current = 0;
  headingTops.forEach((top, index) => {
    if (top <= line) current = index;
  });
  return current;
}
