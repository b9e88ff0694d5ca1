// @vitest-environment happy-dom
import { createElement, Fragment } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { Search } from '@/components/search/search';
import type { SearchDocument } from '@/lib/content/search-documents';
import { $, press, renderPage, setUpPage, startIsland, text, type } from '@/lib/browser/test-dom';
import { searchButton, searchModifier } from './search.contract';

/** A tiny /search-index.json; "docker" finds all three, best first in this order. */
const index: SearchDocument[] = [
  {
    url: '/lessons/install#docker-group',
    lesson: 'Install Docker',
    heading: 'The docker group',
    text: 'Add yourself to the docker group with sudo usermod -aG docker $USER, then log in again.',
  },
  { url: '/lessons/first-container', lesson: 'Your first container', heading: '', text: 'docker run starts a container from an image.' },
  {
    url: '/lessons/compose#networks',
    lesson: 'Docker Compose',
    heading: 'Networks',
    text: 'Services on one network reach each other by name.',
  },
];
const ranked = ['/lessons/install#docker-group', '/lessons/compose#networks', '/lessons/first-container'];

function stubIndex(responses: Array<'ok' | 'offline'> = ['ok']) {
  let call = 0;
  const fetch = vi.fn(async (url: string) => {
    expect(url).toBe('/search-index.json');
    if ((responses[Math.min(call++, responses.length - 1)] ?? 'ok') === 'offline') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function openPage(extra?: ReturnType<typeof createElement>) {
  renderPage(
    createElement(
      Fragment,
      null,
      createElement('header', null, createElement(Search)),
      createElement('main', null, createElement('input', { id: 'other-field' }), extra),
    ),
  );
  await startIsland(() => import('./search.island'));
}

/**
 * The real dialog module, its openSearch counted. The island hands the loaded module to each
 * opening it began, in the order they began (one promise, its callbacks in order): once a
 * later opening has reached the dialog, every earlier one has too, with no waiting on time.
 */
function countOpenings() {
  const openSearch = vi.fn<(typed: string) => void>();
  vi.doMock('./search-dialog', async (importOriginal) => {
    const real = await importOriginal<typeof import('./search-dialog')>();
    openSearch.mockImplementation(real.openSearch);
    return { ...real, openSearch };
  });
  onTestFinished(() => vi.doUnmock('./search-dialog'));
  return openSearch;
}

const button = () => $<HTMLButtonElement>(`button${searchButton.selector}`);
const dialog = () => document.querySelector<HTMLDialogElement>('dialog[aria-labelledby="search-label"]');
const input = () => $<HTMLInputElement>('#search-input');
const status = () => text($('dialog p[role=status]'));
const options = () => [...document.querySelectorAll<HTMLElement>('#search-results [role=option]')];
const selected = () => options().findIndex((option) => option.getAttribute('aria-selected') === 'true');

/** The dialog's code has loaded and it is open. */
const opened = () => vi.waitFor(() => expect(dialog()?.open).toBe(true), { interval: 5 });
/** The index has loaded and the dialog shows what it found (or said why not). */
const answered = () => vi.waitFor(() => expect(status()).not.toBe('Loading the search index…'), { interval: 5 });

describe('search island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('Ctrl+K opens the dialog, which loads the index once', async () => {
    const fetch = stubIndex();
    await openPage();
    expect(dialog()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();

    expect(press(document.body, 'k', { ctrlKey: true }).defaultPrevented).toBe(true);
    await opened();
    await answered();
    expect(status()).toBe('Search every lesson: words, commands, addresses like 0.0.0.0.');
    expect(input().getAttribute('aria-expanded')).toBe('false');

    dialog()!.close();
    press(document.body, 'K', { metaKey: true });
    await opened();
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('the button and "/" open it too; "/" typed in a field and Ctrl+Shift+K do not', async () => {
    stubIndex();
    const openSearch = countOpenings();
    await openPage();
    expect(press($('#other-field'), '/').defaultPrevented).toBe(false);
    expect(press(document.body, 'K', { ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false);

    button().click();
    await opened();
    // Had either key begun an opening, it would have reached the dialog before the button's.
    expect(openSearch).toHaveBeenCalledTimes(1);
    dialog()!.close();

    expect(press(document.body, '/').defaultPrevented).toBe(true);
    await opened();
    expect(openSearch).toHaveBeenCalledTimes(2);
  });

  it('keeps the keys typed while the dialog’s code loads, Backspace included', async () => {
    stubIndex();
    await openPage();
    press(document.body, 'k', { ctrlKey: true });
    const typed = [...'usex'].map((key) => press(document.body, key));
    typed.push(press(document.body, 'Backspace'), press(document.body, 'r'), press(document.body, 'm'));
    expect(typed.every((event) => event.defaultPrevented)).toBe(true);

    await opened();
    expect(input().value).toBe('userm');
    await answered();
    expect(options().map((option) => option.dataset.url)).toEqual(['/lessons/install#docker-group']);
    expect(status()).toBe('1 result. Arrow keys choose, Enter opens.');

    // Once the dialog is open, keys belong to its field again.
    expect(press(input(), 'o').defaultPrevented).toBe(false);
  });

  it('arrow keys move the active result, wrapping at both ends; Enter opens it', async () => {
    stubIndex();
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => {});
    await openPage();
    press(document.body, 'k', { ctrlKey: true });
    await opened();
    await answered();

    type(input(), 'docker');
    expect(options().map((option) => option.dataset.url)).toEqual(ranked);
    expect(status()).toBe('3 results. Arrow keys choose, Enter opens.');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(input().getAttribute('aria-activedescendant')).toBe('search-result-0');
    expect(selected()).toBe(0);

    press(input(), 'ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('search-result-1');
    expect(selected()).toBe(1);
    press(input(), 'ArrowDown');
    press(input(), 'ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('search-result-0');
    press(input(), 'ArrowUp');
    expect(input().getAttribute('aria-activedescendant')).toBe('search-result-2');
    expect(selected()).toBe(2);

    expect(press(input(), 'Enter').defaultPrevented).toBe(true);
    expect(assign).toHaveBeenCalledWith('/lessons/first-container');
    expect(dialog()!.open).toBe(false);
  });

  it('a click on a result opens it; what matched is marked', async () => {
    stubIndex();
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => {});
    await openPage();
    press(document.body, '/');
    await opened();
    await answered();
    type(input(), 'network');

    const [option] = options();
    expect([...option!.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase())).toContain('network');
    $('mark', option).click();
    expect(assign).toHaveBeenCalledWith('/lessons/compose#networks');
  });

  it('says when nothing matches, and typing a new query starts from the first result', async () => {
    stubIndex();
    await openPage();
    press(document.body, '/');
    await opened();
    await answered();

    type(input(), 'docker');
    press(input(), 'ArrowDown');
    type(input(), 'docker ');
    expect(input().getAttribute('aria-activedescendant')).toBe('search-result-0');

    type(input(), 'zzz');
    expect(status()).toBe('No results for “zzz”.');
    expect(options()).toHaveLength(0);
    expect($('#search-results').hidden).toBe(true);
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('offline: says search could not load, and the next opening tries again', async () => {
    const fetch = stubIndex(['offline', 'ok']);
    await openPage();
    press(document.body, 'k', { ctrlKey: true });
    await opened();
    await answered();
    expect(status()).toBe('Search could not load. Check your connection, then open search again.');

    dialog()!.close();
    press(document.body, 'k', { ctrlKey: true });
    await opened();
    await vi.waitFor(() => expect(status()).toBe('Search every lesson: words, commands, addresses like 0.0.0.0.'), { interval: 5 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('when the dialog’s code cannot load: typing works again, and the next opening retries', async () => {
    vi.doMock('./search-dialog', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    onTestFinished(() => vi.doUnmock('./search-dialog'));
    stubIndex();
    await openPage();
    press(document.body, 'k', { ctrlKey: true });
    await vi.waitFor(() => expect(press($('#other-field'), 'a').defaultPrevented).toBe(false), { interval: 5 });
    expect(dialog()).toBeNull();

    vi.doUnmock('./search-dialog');
    press(document.body, 'k', { ctrlKey: true });
    await opened();
  });

  it('another open dialog keeps the keyboard', async () => {
    const fetch = stubIndex();
    const openSearch = countOpenings();
    await openPage(createElement('dialog', { open: true, id: 'confirm' }, 'Reset progress?'));
    expect(press(document.body, 'k', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press(document.body, '/').defaultPrevented).toBe(false);
    button().click();

    // Once the confirmation is answered, the button opens search: the first opening of the page.
    $<HTMLDialogElement>('#confirm').close();
    button().click();
    await opened();
    await answered();
    expect(openSearch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows ⌘ K on a Mac, Ctrl K elsewhere', async () => {
    await openPage();
    expect(text($(searchModifier.selector))).toBe('Ctrl K');

    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    await openPage();
    expect(text($(searchModifier.selector))).toBe('⌘ K');
  });
});
