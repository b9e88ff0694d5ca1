'use client';

import { useEffect } from 'react';

/**
 * Marks the contents link of the section being read (aria-current="true"). The section in
 * view is the last heading that has scrolled past the top fifth of the window.
 */
export function ActiveSection({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;
    const links = new Map(
      [...document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')].map((a) => [a.dataset.tocLink, a]),
    );
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight / 5;
      let current = headings[0];
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading;
      }
      // At the very bottom the last sections may never reach the line: the last one wins.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
        current = headings[headings.length - 1];
      }
      for (const [id, link] of links) {
        if (id === current?.id) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [ids]);
  return null;
}
