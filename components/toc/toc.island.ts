import { activeSection } from '@/components/toc/active-section';
import { defineIsland } from '@/lib/browser/runtime';
import { tocLink, tocSection, tocTag } from './toc.contract';

/** Where following a link puts a heading: the page's scroll padding (the sticky header) and the heading's scroll margin. */
function landing(heading: HTMLElement): number {
  const px = (value: string) => parseFloat(value) || 0;
  return px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(heading).scrollMarginTop);
}

/** Marks the "On this page" link of the section being read (aria-current="true"). */
defineIsland(tocTag, (toc) => {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>(`a${tocLink.selector}`)];
  const headings = links.map((link) => document.getElementById(tocLink.get(link) ?? '')).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  // A lesson's section box starts where its heading does and is laid out even while its content
  // is skipped off screen; the heading inside it is not, and reading its box would lay it out.
  const boxes = headings.map((heading) => heading.closest<HTMLElement>(tocSection.selector) ?? heading);
  let frame = 0;
  const update = () => {
    frame = 0;
    const index = activeSection(
      boxes.map((box) => box.getBoundingClientRect().top),
      {
        height: window.innerHeight,
        scrollY: window.scrollY,
        scrollHeight: document.documentElement.scrollHeight,
        landing: landing(headings[0]!),
      },
    );
    const current = headings[index];
    for (const link of links) {
      if (tocLink.get(link) === current?.id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(update);
  };
  // Not at once: reading the headings' positions now would force a layout in this task, before
  // the browser's own frame (after the rest stylesheet, the whole page's). In the frame, it is
  // the layout the frame does anyway.
  schedule();
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
});
