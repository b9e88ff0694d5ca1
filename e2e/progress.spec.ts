import AxeBuilder from '@axe-core/playwright';
import { expect, test, watchLayoutShifts, type Page } from './fixtures';
import { storageKeys } from '@/lib/shared/storage-keys';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on one part of the page, in its current state. */
async function expectAccessible(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(wcag).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

const KEY = storageKeys.progress;

async function lessonCount(page: Page) {
  await page.goto('/');
  return page.getByRole('region', { name: 'Lessons' }).getByRole('link').count();
}

async function markComplete(page: Page, path: string) {
  await page.goto(path);
  const toggle = page.getByRole('button', { name: 'Mark as complete' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Lesson complete.' })).toBeVisible();
}

test('mark a lesson complete: it survives a reload, the home page counts it and Continue goes on', async ({ page }) => {
  const total = await lessonCount(page);
  await markComplete(page, '/lessons/what-is-docker');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/');
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress).toContainText(`1 of ${total} lessons complete`);
  await expect(progress).not.toContainText('not saved');
  const lessons = page.getByRole('region', { name: 'Lessons' });
  await expect(lessons.getByRole('link', { name: /What Docker is/ })).toContainText('Completed');
  await expect(lessons.getByRole('link', { name: /Docker’s architecture/ })).not.toContainText('Completed');

  await progress.getByRole('link', { name: /^Continue/ }).click();
  await expect(page).toHaveURL(/\/lessons\/architecture\/?$/);

  // Unmarking takes it back.
  await page.goto('/lessons/what-is-docker');
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Your progress' })).toContainText(`0 of ${total} lessons complete`);
});

test('Continue goes to the next unfinished lesson after the last finished one', async ({ page }) => {
  const total = await lessonCount(page);
  await markComplete(page, '/lessons/what-is-docker');
  await markComplete(page, '/lessons/installation');
  await page.goto('/');
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress).toContainText(`2 of ${total} lessons complete`);
  await progress.getByRole('link', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Video walkthrough');
});

test('reset progress asks first; Cancel keeps it, confirming clears it', async ({ page }) => {
  const total = await lessonCount(page);
  await markComplete(page, '/lessons/what-is-docker');
  await page.goto('/');
  const progress = page.getByRole('region', { name: 'Your progress' });
  const reset = progress.getByRole('button', { name: 'Reset progress', exact: true });
  const confirm = page.getByRole('alertdialog', { name: 'Reset progress?' });

  await reset.click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('cannot be undone');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(progress).toContainText(`1 of ${total} lessons complete`);

  await reset.click();
  await confirm.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(confirm).toBeHidden();
  await expect(progress).toContainText(`0 of ${total} lessons complete`);
  await expect(progress.getByRole('status')).toHaveText('Progress reset.');
  await expect(reset).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your progress' })).toContainText(`0 of ${total} lessons complete`);
});

test('corrupt stored progress: the site still works, says progress is not saved, and Reset recovers', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"lessons": {oops');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  const total = await lessonCount(page);
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress).toContainText(`0 of ${total} lessons complete`);
  await expect(progress).toContainText('Progress is not saved');

  await page.goto('/lessons/what-is-docker');
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Your progress' })).toContainText('Progress is not saved');
  // The unreadable data is left alone, not silently replaced.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"lessons": {oops');

  await page.goto('/');
  await progress.getByRole('button', { name: 'Reset progress', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, reset' }).click();
  await expect(progress).not.toContainText('not saved');
  await markComplete(page, '/lessons/what-is-docker');
  await page.goto('/');
  await expect(progress).toContainText(`1 of ${total} lessons complete`);
});

test('storage that throws (private mode, blocked): the site still works and says progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = blocked;
    Storage.prototype.setItem = blocked;
    Storage.prototype.removeItem = blocked;
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/lessons/what-is-docker');
  const toggle = page.getByRole('button', { name: 'Mark as complete' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Your progress' })).toContainText('Progress is not saved');
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`progress controls pass axe, marked and confirming: ${theme} theme`, async ({ page }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKeys.theme, theme] as const);
    await markComplete(page, '/lessons/what-is-docker');
    await expectAccessible(page, 'section[aria-label="Your progress"]');
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Your progress' })).toContainText('1 of');
    await expectAccessible(page, 'main');
    await page.getByRole('button', { name: 'Reset progress', exact: true }).click();
    await expectAccessible(page, 'dialog');
  });
}

for (const width of [375, 1280]) {
  test(`reading stored progress moves nothing on the home page at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const layoutShift = await watchLayoutShifts(page);
    await page.goto('/');
    await expect(page.getByText(/^0 of \d+ lessons complete$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reset progress' })).toBeEnabled();
    const { sum, moved } = await layoutShift();
    expect(sum, moved.join(', ')).toBe(0);
  });
}

test('a returning reader’s Continue link moves nothing on a wide screen', async ({ page }) => {
  await markComplete(page, '/lessons/what-is-docker');
  const layoutShift = await watchLayoutShifts(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Continue:/ })).toBeVisible();
  const { sum, moved } = await layoutShift();
  expect(sum, moved.join(', ')).toBe(0);
});

test('the sidebar marks completed lessons, in words for screen readers', async ({ page }) => {
  await markComplete(page, '/lessons/what-is-docker');
  await page.goto('/lessons/installation');
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  await expect(sidebar.getByRole('link', { name: 'What Docker is (completed)' })).toBeAttached();
  await expect(sidebar.getByRole('link', { name: /Docker’s architecture/ })).not.toContainText('completed');
  // Unmarked elsewhere (another tab, here the same page after a change), the mark goes.
  await page.goto('/lessons/what-is-docker');
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /What Docker is/ })).not.toContainText(
    'completed',
  );
});
