import { start } from '@/lib/browser/start';
import { systemTheme, theme } from '@/lib/browser/stores';

/** The header's "Dark theme" button (components/theme-toggle/theme-toggle.tsx). */
start(() => {
  const root = document.documentElement;
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  const isDark = () => root.classList.contains('dark');
  const sync = () => buttons.forEach((button) => button.setAttribute('aria-pressed', String(isDark())));

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      root.classList.toggle('dark', next === 'dark');
      theme.store(next);
    });
  }
  // The class is the truth: the head script, this button and other tabs all set it.
  new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ['class'] });
  // Follow the system while the reader has not chosen.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (theme.stored() === null) root.classList.toggle('dark', systemTheme() === 'dark');
  });
  sync();
});
