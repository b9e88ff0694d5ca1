// @vitest-environment happy-dom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeToggle } from '@/components/theme-toggle/theme-toggle';
import { storageKeys } from '@/lib/shared/storage-keys';
import { $, renderPage, setUpPage, startIsland } from '@/lib/browser/test-dom';
import { themeButton } from './theme-toggle.contract';

/** The system's colour scheme, which the test can change while the page is open. */
function stubSystemTheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    media: '(prefers-color-scheme: dark)',
    get matches() {
      return dark;
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => query),
  );
  return {
    change(toDark: boolean) {
      dark = toDark;
      listeners.forEach((listener) => listener());
    },
  };
}

const root = document.documentElement;
const button = () => $<HTMLButtonElement>(`button${themeButton.selector}`);
/** MutationObserver reports after the current task's microtasks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The page as the theme script leaves it: `js`, and `dark` when that theme was chosen. */
async function openPage(themeClass: 'dark' | '') {
  renderPage(createElement(ThemeToggle));
  root.classList.toggle('dark', themeClass === 'dark');
  await startIsland(() => import('./theme-toggle.island'));
}

describe('theme-toggle island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('says the dark theme is on when the theme script set it, and off when not', async () => {
    stubSystemTheme(false);
    await openPage('dark');
    expect(button().getAttribute('aria-pressed')).toBe('true');

    await openPage('');
    expect(button().getAttribute('aria-pressed')).toBe('false');
  });

  it('a click switches the theme, stores the choice, and aria-pressed follows', async () => {
    stubSystemTheme(false);
    await openPage('');

    button().click();
    await settle();
    expect(root.classList.contains('dark')).toBe(true);
    expect(root.classList.contains('js')).toBe(true);
    expect(localStorage.getItem(storageKeys.theme)).toBe('dark');
    expect(button().getAttribute('aria-pressed')).toBe('true');

    button().click();
    await settle();
    expect(root.classList.contains('dark')).toBe(false);
    expect(localStorage.getItem(storageKeys.theme)).toBe('light');
    expect(button().getAttribute('aria-pressed')).toBe('false');
  });

  it('follows the system while the reader has not chosen', async () => {
    const system = stubSystemTheme(false);
    await openPage('');

    system.change(true);
    await settle();
    expect(root.classList.contains('dark')).toBe(true);
    expect(button().getAttribute('aria-pressed')).toBe('true');

    system.change(false);
    await settle();
    expect(root.classList.contains('dark')).toBe(false);
    expect(button().getAttribute('aria-pressed')).toBe('false');
  });

  it('ignores the system once the reader has chosen', async () => {
    const system = stubSystemTheme(false);
    await openPage('');
    button().click(); // dark, stored
    system.change(false);
    await settle();
    expect(root.classList.contains('dark')).toBe(true);

    localStorage.setItem(storageKeys.theme, 'light');
    await openPage('');
    system.change(true);
    await settle();
    expect(root.classList.contains('dark')).toBe(false);
    expect(button().getAttribute('aria-pressed')).toBe('false');
  });

  it('follows a choice made in another tab', async () => {
    stubSystemTheme(false);
    await openPage('');

    localStorage.setItem(storageKeys.theme, 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: storageKeys.theme, newValue: 'dark' }));
    await settle();
    expect(root.classList.contains('dark')).toBe(true);
    expect(button().getAttribute('aria-pressed')).toBe('true');
  });

  // BUG (lib/browser/stores.ts, the storage listener): another tab clearing the site's storage
  // (key null) reloads progress and placeholders, but the theme keeps the cleared choice
  // instead of following the system again. Fails today: the page stays dark.
  it('follows the system again when another tab clears the site’s storage', async () => {
    stubSystemTheme(false);
    localStorage.setItem(storageKeys.theme, 'dark');
    await openPage('dark');

    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    await settle();
    expect(root.classList.contains('dark')).toBe(false);
    expect(button().getAttribute('aria-pressed')).toBe('false');
  });
});
