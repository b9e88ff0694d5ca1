// @vitest-environment happy-dom
import { createElement } from 'react';
import { Rating } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, setUpPage, startIsland, text, $ } from '@/lib/browser/test-dom';
import { storageKeys } from '@/lib/shared/storage-keys';
import { DueToday } from './due-today';
import { emptyReview, withCard } from './review-state';
import { schedule } from './scheduler';

const load = () => startIsland(() => import('./due-today.island'));

describe('due today island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('says nothing before anything was answered (nor without JavaScript)', async () => {
    renderPage(createElement(DueToday));
    expect($('[data-due-today]').hidden).toBe(true);
    await load();
    expect($('[data-due-today]').hidden).toBe(true);
  });

  it('counts the items due by the end of today and links to the review', async () => {
    const yesterday = new Date(Date.now() - 2 * 86_400_000);
    const state = withCard(
      withCard(emptyReview, 'drill:a:b', schedule(undefined, Rating.Again, yesterday)),
      'quiz:a:0',
      schedule(undefined, Rating.Good, new Date()),
    );
    localStorage.setItem(storageKeys.review, JSON.stringify(state));
    renderPage(createElement(DueToday));
    await load();
    expect($('[data-due-today]').hidden).toBe(false);
    expect(text($('[data-due-today]'))).toBe('1 review item due today. Review now');
    expect($('[data-due-today] a').getAttribute('href')).toBe('/review');
  });

  it('enters quiz answers kept with progress into review', async () => {
    localStorage.setItem(storageKeys.progress, JSON.stringify({ version: 2, lessons: { 'dash-app': { quiz: { 0: true, 1: false } } } }));
    renderPage(createElement(DueToday));
    await load();
    await vi.waitFor(() => expect(text($('[data-due-today]'))).toMatch(/^Nothing due for review today; next on /));
    expect(Object.keys(JSON.parse(localStorage.getItem(storageKeys.review) ?? '{}').cards)).toEqual(['quiz:dash-app:0', 'quiz:dash-app:1']);
  });
});
