import { defineIsland } from '@/lib/browser/runtime';
import { lessonPagerTag, nearEndRules, nextLinkSelector } from './lesson-pager.contract';

/**
 * Once the reader comes within a screen of the pager, asks the browser to prerender the next
 * lesson, so that "Next" opens it instantly. Browsers without speculation rules skip this;
 * the hover rule in the markup covers the rest.
 */
defineIsland(lessonPagerTag, (pager) => {
  if (!HTMLScriptElement.supports?.('speculationrules') || !pager.querySelector(nextLinkSelector)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      const script = document.createElement('script');
      script.type = 'speculationrules';
      script.textContent = nearEndRules;
      pager.append(script);
    },
    { rootMargin: '0px 0px 100% 0px' },
  );
  observer.observe(pager);
});
