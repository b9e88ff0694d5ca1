import { activeSection } from '@/components/toc/active-section';
import { start } from '@/lib/browser/start';

/** Marks the "On this page" link of the section being read (aria-current="true"). */
start(() => {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')];
  const headings = links.map((link) => document.getElementById(link.dataset.tocLink ?? '')).filter((h): h is HTMLElement => h !== null);
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
      if (link.dataset.tocLink === current?.id) link.setAttribute('aria-current', 'true');
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
