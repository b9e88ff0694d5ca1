import { start } from './lib/start';

/**
 * Marks the "On this page" link of the section being read (aria-current="true"): the last
 * heading that has scrolled past the top fifth of the window.
 */
start(() => {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')];
  const headings = links.map((link) => document.getElementById(link.dataset.tocLink ?? '')).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = window.innerHeight / 5;
    let current = headings[0];
    for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
    // At the very bottom the last sections may never reach the line: the last one wins.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = headings.at(-1);
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
