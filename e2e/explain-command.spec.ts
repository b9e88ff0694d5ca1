import { expect, test, type Page } from './fixtures';

/*
 * "Explain a command" (components/explain-command/): a learner pastes a docker command and reads
 * each part's explanation in a live region. The CLI model loads only once the box is used.
 */

const modelChunk = /\/islands\/chunks\/explain-[A-Z0-9]+\.js$/;
const box = (page: Page) => page.getByRole('group', { name: 'Explain a command' });

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
});

test('loads the model on first use, then explains each part of a command', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (modelChunk.test(request.url())) loaded.push(request.url());
  });
  await page.goto('/lessons/architecture', { waitUntil: 'networkidle' });
  expect(loaded, 'the model is not loaded with the page').toEqual([]);

  const field = box(page).getByRole('textbox', { name: /Paste a docker or docker compose command/ });
  const request = page.waitForRequest(modelChunk);
  await field.focus();
  await request;
  await field.fill('docker run -d -p 8080:80 --name web nginx');
  await box(page).getByRole('button', { name: 'Explain', exact: true }).click();
  const answer = box(page).getByRole('status');
  await expect(answer).toContainText('8 parts, all known.');
  await expect(answer.getByRole('listitem').filter({ hasText: /^8080:80/ })).toContainText('Publish container port 80 on port 8080');
  await expect(answer.getByRole('listitem').filter({ hasText: /^--name/ })).toContainText('name of your choice');
});

test('names a mistyped flag and suggests the right one', async ({ page }) => {
  await page.goto('/cheat-sheet');
  const field = box(page).getByRole('textbox');
  await field.fill('docker run --publsh 8050:8050 e4l-python-graph');
  await field.press('Control+Enter');
  const answer = box(page).getByRole('status');
  await expect(answer).toContainText('not understood');
  await expect(answer.getByRole('listitem').filter({ hasText: /^--publsh/ })).toContainText(
    'Not known: --publsh is not a flag here; did you mean --publish?',
  );
});

test('without JavaScript it says it needs JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/lessons/architecture');
  await expect(box(page)).toContainText('It needs JavaScript');
  await expect(box(page).getByRole('textbox')).toBeHidden();
  await expect(box(page).getByRole('button', { name: 'Explain' })).toBeHidden();
  await context.close();
});
