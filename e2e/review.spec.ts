import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { storageKeys } from '@/lib/shared/storage-keys';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const start = new Date('2026-03-02T09:00:00');

/** Answers a drill of the current lesson by keyboard and waits for the verdict. */
async function answerDrill(page: Page, task: RegExp, command: string, verdict: RegExp) {
  const root = page.locator('ld-drill').filter({ hasText: task });
  await root.getByRole('textbox', { name: 'Your command' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  await expect(root.getByRole('status')).toHaveText(verdict);
}

/** A drill of lesson 5 right at once (Good), and one of lesson 6 right only after two wrong tries (Again). */
async function answerInLesson(page: Page) {
  await page.goto('/lessons/dash-app');
  await answerDrill(page, /Build the image e4l-python-graph from the Dockerfile/, 'docker build -t e4l-python-graph .', /✓ Right/);
  await page.goto('/lessons/run-dash-app');
  const logs = /Show the output of the container dash-app/;
  await answerDrill(page, logs, 'docker logs dash-app', /--follow\) is missing/);
  await answerDrill(page, logs, 'docker log -f dash-app', /not a command/);
  await answerDrill(page, logs, 'docker logs -f dash-app', /✓ Right/);
  await expect
    .poll(() =>
      page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{"cards":{}}').cards).length, storageKeys.review),
    )
    .toBe(2);
}

const summary = (page: Page) => page.locator('[data-review-summary]');

test('answered items come back on schedule: a review session reschedules them, and the clock brings them due', async ({ page }) => {
  await page.clock.install({ time: start });
  await answerInLesson(page);

  await page.goto('/');
  await expect(page.locator('[data-due-today]')).toHaveText(/^Nothing due for review today; next on Tuesday, March 3\./);

  // The next day: the drill answered only after two wrong tries is due.
  await page.clock.setSystemTime(new Date('2026-03-03T09:00:00'));
  await page.goto('/');
  await expect(page.locator('[data-due-today]')).toHaveText(/^1 review item due today\. Review now$/);
  await page.getByRole('link', { name: 'Review now' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(summary(page)).toHaveText('1 item is due today.');
  await page.getByRole('button', { name: 'Start review' }).click();

  const item = page.locator('[data-review-item]');
  await expect(item.getByRole('heading', { name: 'Item 1 of 1' })).toBeFocused();
  await expect(item).toContainText('Show the output of the container dash-app');
  await page.keyboard.press('Tab'); // the lesson's link
  await page.keyboard.press('Tab'); // the field
  await page.keyboard.type('docker container logs --follow dash-app');
  await page.keyboard.press('Enter');
  await expect(item.getByRole('status')).toHaveText(/✓ Right/);
  await expect(page.getByRole('button', { name: 'Finish' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Session done' })).toBeVisible();
  await expect(page.locator('[data-review-done]')).toContainText('1 of 1 right the first time');
  await expect(summary(page)).toHaveText(/^Nothing is due today\. The next item comes due on /);

  // A month later both are due again.
  await page.clock.setSystemTime(new Date('2026-04-02T09:00:00'));
  await page.reload();
  await expect(summary(page)).toHaveText('2 items are due today.');
});

test('a quiz question answered in its lesson enters review and is asked again', async ({ page }) => {
  await page.clock.install({ time: start });
  await page.goto('/lessons/what-is-docker');
  const form = page.locator('form[data-quiz-question="0"]');
  // The right choice's index, as the quiz's contract writes it (components/quiz/quiz.contract.ts).
  const answer = (JSON.parse((await form.getAttribute('data-quiz-answer')) ?? '{}') as { index?: number }).index;
  await form.locator(`input[value="${answer}"]`).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).toHaveText(/Correct/);
  // The quiz keeps its result with progress; the home page's count enters it into review.
  await page.goto('/');
  await expect(page.locator('[data-due-today]')).toHaveText(/^Nothing due for review today; next on /);

  await page.clock.setSystemTime(new Date('2026-03-20T09:00:00'));
  await page.goto('/review');
  await expect(summary(page)).toHaveText('1 item is due today.');
  await page.getByRole('button', { name: 'Start review' }).click();
  const item = page.locator('[data-review-item="quiz:what-is-docker:0"]');
  await item.locator(`input[value="${answer}"]`).check();
  await item.getByRole('button', { name: 'Check' }).click();
  await expect(item.getByRole('status')).toHaveText(/^✓ Correct\./);
});

test('export, clear storage, import: progress and review state come back; a bad file changes nothing', async ({ page }, testInfo) => {
  await answerInLesson(page);
  await page.goto('/review');
  const stored = () => page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), [storageKeys.progress, storageKeys.review]);
  const before = await stored();
  expect(before[1]).toContain('drill:run-dash-app:logs');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'learn-docker-progress', version: 1 });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(summary(page)).toHaveText(/^Nothing to review yet/);
  const input = page.getByLabel('Import a progress file');
  await input.setInputFiles(file);
  const status = page.locator('ld-progress-file [role=status]');
  await expect(status).toHaveText(/^✓ Imported\. 0 lessons complete, 2 items in review\./);
  expect((await stored())[1]).toEqual(before[1]);
  await expect(summary(page)).toHaveText(/^Nothing is due today/);

  const kept = await stored();
  for (const [name, content, why] of [
    ['notes.txt', 'not json at all', /not a JSON file/],
    ['package.json', '{"name":"x","version":"1.0.0"}', /not a Learn Docker progress file/],
    ['future.json', JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), version: 9 }), /newer version of this site/],
  ] as const) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(status).toHaveText(
      new RegExp(`^✗ Not imported\\. This file was not imported: .*${why.source}.*Nothing in this browser was changed\\.$`),
    );
    expect(await stored()).toEqual(kept);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`the review page passes axe in a session, ${theme} theme, and fits 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKeys.theme, theme] as const);
    await page.clock.install({ time: start });
    await answerInLesson(page);
    await page.clock.setSystemTime(new Date('2026-04-02T09:00:00'));
    await page.goto('/review');
    await page.getByRole('button', { name: 'Start review' }).click();
    const item = page.locator('[data-review-item]');
    await item.getByRole('textbox').fill('docker run --rm e4l-python-graph -p 80:8050');
    await item.getByRole('button', { name: 'Check' }).click();
    await expect(item.getByRole('status')).toHaveText(/✗ Not yet/);
    const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
}

test('a reader back from before lesson 5 was split keeps their progress and schedule, moved to lesson 6', async ({ page }) => {
  await page.clock.install({ time: start });
  // What this browser stored before the split (format 1): lesson 5 done and checked, its question 0
  // (now lesson 6's first) answered, and its logs drill (now in lesson 6) due today.
  const card = {
    due: '2026-03-01T09:00:00.000Z',
    stability: 2,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
  };
  await page.addInitScript(
    ([progressKey, reviewKey, cardJson]) => {
      if (localStorage.getItem(progressKey)) return;
      localStorage.setItem(progressKey, JSON.stringify({ lessons: { 'dash-app': { complete: true, checked: true, quiz: { 0: true } } } }));
      localStorage.setItem(reviewKey, JSON.stringify({ version: 1, cards: { 'drill:dash-app:logs': JSON.parse(cardJson) } }));
    },
    [storageKeys.progress, storageKeys.review, JSON.stringify(card)] as const,
  );
  await page.goto('/lessons/run-dash-app');
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/');
  await expect(page.locator('[data-due-today]')).toHaveText(/^1 review item due today\. Review now$/);
  await page.getByRole('link', { name: 'Review now' }).click();
  await page.getByRole('button', { name: 'Start review' }).click();
  const item = page.locator('[data-review-item]');
  await expect(item).toContainText('Show the output of the container dash-app');
  await expect(item.getByRole('link')).toHaveAttribute('href', /^\/lessons\/run-dash-app/);
});
