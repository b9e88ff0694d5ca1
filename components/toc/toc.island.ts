import { activeSection } from '@/components/toc/active-section';
import { defineIsland } from '@/lib/browser/runtime';
import { tocLink, tocTag } from './toc.contract';

/** Marks the "On this page" link of the section being read (aria-current="true"). */
defineIsland(tocTag, (toc) => {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>(`a${tocLink.selector}`)];
  const headings = links.map((link) => document.getElementById(tocLink.get(link) ?? '')).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const index = activeSection(
      headings.map((heading) => heading.getBoundingClientRect().top),
      { height: window.innerHeight, scrollY: window.scrollY, scrollHeight: document.documentElement.scrollHeight },
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
  update();
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
});
