import { defineIsland, systemTheme, theme } from '@/lib/browser/runtime';
import { themeButton, themeToggleTag } from './theme-toggle.contract';

/** The header's "Dark theme" button (theme-toggle.tsx). */
defineIsland(themeToggleTag, (toggle) => {
  const button = toggle.querySelector<HTMLButtonElement>(`button${themeButton.selector}`);
  if (!button) return;
  const root = document.documentElement;
  const isDark = () => root.classList.contains('dark');
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));

  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.classList.toggle('dark', next === 'dark');
    theme.store(next);
  });
  // The class on <html> is the truth: the head script, this button and other tabs all set it.
  new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ['class'] });
  // Follow the system while the reader has not chosen.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (theme.stored() === null) root.classList.toggle('dark', systemTheme() === 'dark');
  });
  sync();
});
