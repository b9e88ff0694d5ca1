import { defineIsland } from '@/lib/browser/runtime';
import { checkWorkTag } from './check-work.contract';

/*
 * "Check your work" panels (components/check-work/), each an <ld-check-work>. Their code, and
 * the readers of Docker's output with it, loads only when the reader scrolls near a panel or
 * reaches it with the keyboard or a pointer; a paste made before it arrives is checked once it
 * has. Until then a press of the form's button only asks for that code: the paste never leaves
 * the page (the forms are method="dialog" too, so even a failed script cannot send them anywhere).
 */
type PanelCode = typeof import('./check-work-panel');

/** The panels of the page; once the code has arrived, each is enhanced once. */
const panels = new Set<HTMLElement>();
const enhanced = new WeakSet<HTMLElement>();
let code: Promise<PanelCode | undefined> | undefined;
let observer: IntersectionObserver | undefined;

async function load(): Promise<void> {
  // Offline, or a new deploy replaced the file: forget it, so the next try loads again.
  code ??= import('./check-work-panel').catch(() => (code = undefined));
  const panelCode = await code;
  for (const panel of panelCode ? panels : []) {
    if (enhanced.has(panel)) continue;
    enhanced.add(panel);
    panelCode!.enhance(panel);
  }
}

defineIsland(checkWorkTag, (panel) => {
  panels.add(panel);
  observer ??= new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer?.disconnect();
      void load();
    },
    { rootMargin: '600px 0px' },
  );
  observer.observe(panel);
  panel.addEventListener('focusin', () => void load());
  panel.addEventListener('pointerdown', () => void load());
  panel.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
});
