import { test as base, type Page } from '@playwright/test';
import { loadAttributes } from '@/lib/shared/page-load';

export * from '@playwright/test';

/**
 * Resolves once the page's stylesheet and islands have loaded: the head script loads them after
 * the first paint (lib/server/head-script.ts), which can come after the `load` event
 * `page.goto` waits for. A reader waits for the page too; a test that clicked before would test
 * the unenhanced markup by accident. Pages without islands or stylesheet to load resolve at once.
 */
export async function pageReady(page: Page): Promise<void> {
  await page.waitForFunction(({ css, islands, ready }) => {
    const root = document.documentElement;
    return root.hasAttribute(ready) || (!root.hasAttribute(css) && !root.hasAttribute(islands));
  }, loadAttributes);
}

/**
 * Watches the page's layout shifts from navigation on, as CLS counts them (shifts right after input
 * excluded). The returned function gives their sum and what moved (element and its text), for the
 * failure message.
 */
export async function watchLayoutShifts(page: Page): Promise<() => Promise<{ sum: number; moved: string[] }>> {
  await page.addInitScript(() => {
    const scope = window as unknown as { layoutShifts: { sum: number; moved: string[] } };
    scope.layoutShifts = { sum: 0, moved: [] };
    new PerformanceObserver((list) => {
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> };
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        scope.layoutShifts.sum += entry.value;
        scope.layoutShifts.moved.push(
          ...entry.sources.map((source) => `${source.node?.nodeName ?? '?'} «${(source.node?.textContent ?? '').trim().slice(0, 40)}»`),
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShifts: { sum: number; moved: string[] } }).layoutShifts);
}

/** Playwright's test, whose `page.goto` and `page.reload` also wait for pageReady (with JavaScript on). */
export const test = base.extend({
  // `use` is Playwright's fixture callback, not a React hook.
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await pageReady(page);
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await pageReady(page);
        return response;
      };
    }
    await provide(page);
  },
});
