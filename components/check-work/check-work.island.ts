import { start } from '@/lib/browser/runtime';

/*
 * "Check your work" panels (components/check-work/). Their code, and the readers of Docker's
 * output with it, loads only when the reader scrolls near a panel or reaches it with the
 * keyboard or a pointer; a paste made before it arrives is checked once it has. Until then a
 * press of the form's button only asks for that code: the paste never leaves the page (the
 * forms are method="dialog" too, so even a failed script cannot send them anywhere).
 */
start(() => {
  const panels = [...document.querySelectorAll<HTMLElement>('[data-check-panel]')];
  let loading: Promise<void> | undefined;
  const load = () => {
    loading ??= import('./check-work-panel').then(
      (module) => module.enhance(panels),
      // Offline, or a new deploy replaced the file: forget it, so the next try loads again.
      () => {
        loading = undefined;
      },
    );
    return loading;
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load();
    },
    { rootMargin: '600px 0px' },
  );
  for (const panel of panels) {
    observer.observe(panel);
    panel.addEventListener('focusin', () => void load());
    panel.addEventListener('pointerdown', () => void load());
    panel.addEventListener('submit', (event) => {
      event.preventDefault();
      void load();
    });
  }
});
