import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { staticExport } from '@/tests/site-pages';

/*
 * What a learner downloads: every download link of the Dash lesson answers with its file, the
 * example folder comes whole as a zip (dotfile included), and a dotfile itself is not a server error.
 */
test('every download link of the Dash lesson gives its file, and the zip holds the whole folder', async ({ page, request }) => {
  await page.goto('/lessons/dash-app');
  const links = await page
    .locator('a[download], a[href$=".zip"]')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(links).toContain('/examples/dash-app.zip');
  for (const href of new Set(links)) expect((await request.get(href)).status(), href).toBe(200);

  const zip = unzipSync(new Uint8Array(await (await request.get('/examples/dash-app.zip')).body()));
  expect(Object.keys(zip).sort()).toEqual(
    expect.arrayContaining([
      'dash-app/.dockerignore',
      'dash-app/Dockerfile',
      'dash-app/app.py',
      'dash-app/compose.yaml',
      'dash-app/requirements.txt',
    ]),
  );
  const served = await request.get('/examples/dash-app/Dockerfile');
  expect(new TextDecoder().decode(zip['dash-app/Dockerfile'])).toBe(await served.text());
});

test('a dotfile under public/ answers 404, not a server error', async ({ request }) => {
  test.skip(staticExport, 'a static host decides itself how it serves dotfiles');
  const response = await request.get('/examples/dash-app/.dockerignore');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('This page does not exist');
});
