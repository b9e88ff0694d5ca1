import { start } from '@/lib/browser/start';

/*
 * The explorers of the Dash and networks lessons (components/explorers/). The server renders
 * each in its first state; the code that keeps it up to date loads only when the reader
 * scrolls near it or reaches it with the keyboard, and reads the inputs as they are then.
 */
const loaders = {
  port: () => import('./port-explorer.lazy'),
  network: () => import('./network-explorer.lazy'),
} as const;

start(() => {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-explorer]')];
  const load = (section: HTMLElement) => {
    if (section.dataset.explorerLoading !== undefined) return;
    section.dataset.explorerLoading = '';
    const loader = loaders[section.dataset.explorer as keyof typeof loaders];
    void loader?.().then(
      (module) => module.enhance(section),
      // Offline, or a new deploy replaced the file: let the next scroll, focus or click retry.
      () => delete section.dataset.explorerLoading,
    );
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        load(entry.target as HTMLElement);
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const section of sections) {
    observer.observe(section);
    section.addEventListener('focusin', () => load(section));
    section.addEventListener('pointerdown', () => load(section));
  }
});
