import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures';
import { body } from '@/components/check-work/engine/load-fixture';
import { storageKeys } from '@/lib/shared/storage-keys';

/*
 * "Check your work", as a learner uses it: paste what their Docker printed (the real
 * clipboard, real keys), press Check, read the answer. Fixtures are real output
 * (components/check-work/engine/fixtures, each naming its source). Nothing may leave the page.
 */

const panel = (page: Page, name = 'Check your work') => page.getByRole('region', { name });
const pasteArea = (scope: Locator) => scope.getByRole('textbox', { name: 'Paste what Docker printed' });
/** The check's live region (the command's copy button has a status of its own). */
const answerOf = (scope: Locator) => scope.getByRole('status').and(scope.locator('[data-check-result]'));

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
});

/** Puts `text` on the clipboard and pastes it into the panel's text area with Ctrl+V, then checks with the keyboard. */
async function pasteAndCheck(page: Page, scope: Locator, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  const area = pasteArea(scope);
  await area.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await expect(area).toHaveValue(text.replace(/\r\n?/g, '\n'));
  await page.keyboard.press('Tab');
  await expect(scope.getByRole('button', { name: 'Check what I pasted' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('lesson 6: a healthy container says so and what to open; a paste it cannot read says what to paste', async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) outside.push(request.url());
  });
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/islands/chunks/check-work-panel-')) chunks.push(request.url());
  });
  await page.goto('/lessons/run-dash-app');
  await page.waitForLoadState('networkidle');
  // The panel's code loads only once the reader comes near it.
  expect(chunks).toEqual([]);

  const check = panel(page);
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByText('Nothing you paste leaves this page')).toBeVisible();
  await expect(check.getByRole('figure')).toContainText('$ docker ps -a --filter name=dash-app --format json');

  await pasteAndCheck(page, check, body('ps-json-running'));
  const answer = answerOf(check);
  await expect(answer).toContainText('http://localhost:8050');
  await expect(answer.locator('strong')).toContainText('✓');

  await pasteAndCheck(page, check, body('ls-la'));
  await expect(answer).toContainText('docker ps -a --filter name=dash-app --format json');
  await expect(answer.locator('strong')).toContainText('?');
  await expect(pasteArea(check)).toHaveValue(body('ls-la'));

  expect(chunks).toHaveLength(1);
  expect(outside).toEqual([]);
});

test('lesson 6: an app on the container’s loopback and a port held by another container are named, with the fix', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  const check = panel(page);
  await pasteAndCheck(page, check, body('logs-loopback'));
  await expect(answerOf(check)).toContainText('0.0.0.0');
  await expect(answerOf(check).locator('strong')).toContainText('✗');

  await pasteAndCheck(page, check, body('run-port-allocated-old'));
  await expect(answerOf(check)).toContainText('8050');
  await expect(answerOf(check)).toContainText('docker stop dash-app');
});

test('lesson 6: "It runs but I can’t reach it" answers each question from its own paste', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  const path = panel(page, 'It runs but I can’t reach it');
  const questions = path.getByRole('listitem');
  await expect(questions).toHaveCount(4);
  const published = questions.filter({ hasText: 'Is port 8050 published?' });
  await expect(published.getByRole('figure')).toContainText('$ docker port dash-app');
  await pasteAndCheck(page, published, body('docker-port-loopback'));
  await expect(answerOf(published)).toContainText('127.0.0.1');
});

test('lesson 3: an error the daemon answered with is quoted as pasted, and marks nothing', async ({ page }) => {
  await page.goto('/lessons/installation');
  const check = panel(page);
  // docker/for-mac's mount error under docker run (moby daemon/volumes.go), then docker version with its Server part.
  const error = "docker: Error response from daemon: error while creating mount source path '/host_mnt/Users/me/data': file exists.";
  await pasteAndCheck(
    page,
    check,
    `$ docker run -v /Users/me/data:/data hello-world\n${error}\n$ docker version\nClient:\n Version:           24.0.6\n API version:       1.43\n\nServer: Docker Desktop 4.24.2 (124339)\n Engine:\n  Version:          24.0.6\n  API version:      1.43 (minimum version 1.12)\n`,
  );
  const answer = answerOf(check);
  await expect(answer.locator('strong')).toContainText('Docker answered with an error');
  await expect(answer.getByText('From your paste:')).toBeVisible();
  await expect(answer.locator('pre code').first()).toHaveText(error);
  const lessons = page.getByRole('navigation', { name: 'Lessons' });
  await expect(lessons.getByRole('link', { name: /^Installing Docker/ })).toBeAttached();
  await expect(lessons.getByRole('link', { name: /Installing Docker \(checked on my machine\)/ })).toHaveCount(0);
});

test('a passing check marks the lesson “checked on my machine” on the home page and in the sidebar', async ({ page }) => {
  await page.goto('/lessons/installation');
  const check = panel(page);
  await pasteAndCheck(page, check, body('version-29-ok'));
  await expect(answerOf(check).locator('strong')).toContainText('✓');
  await expect(
    page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Installing Docker \(checked on my machine\)/ }),
  ).toBeAttached();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Lessons' }).getByRole('link', { name: /Installing Docker/ })).toContainText(
    'Checked on my machine',
  );
});

test('compose and networks panels read Compose’s and Docker’s JSON', async ({ page }) => {
  await page.goto('/lessons/docker-compose');
  await pasteAndCheck(page, panel(page), body('compose-ps-json-other-project'));
  await expect(answerOf(panel(page))).toContainText('dash-app');
  // A mapping to fix is shown as the YAML to write, in a block of its own under the fix.
  await pasteAndCheck(page, panel(page), body('compose-ps-table-wrong-ports'));
  await expect(answerOf(panel(page))).toContainText('In compose.yaml:');
  await expect(answerOf(panel(page)).locator('pre code').first()).toHaveText('services:\n  web:\n    ports:\n      - "8050:8050"');
  await page.goto('/lessons/compose-networks');
  await pasteAndCheck(page, panel(page), body('network-inspect-web-missing'));
  await expect(answerOf(panel(page)).locator('strong')).toContainText('✗');
  await expect(answerOf(panel(page))).toContainText('web');
});

test('lessons 6 and 9: the registry and the named volume panels', async ({ page }) => {
  await page.goto('/lessons/share-image');
  const share = panel(page);
  await expect(share.getByRole('figure')).toContainText('$ docker ps -a --filter name=registry');
  await pasteAndCheck(page, share, body('share-ps-registry-all'));
  await expect(answerOf(share).locator('strong')).toContainText('✓');
  await expect(answerOf(share)).toContainText('other machines on your network');
  await pasteAndCheck(page, share, body('share-images-29-untagged'));
  await expect(answerOf(share).locator('strong')).toContainText('✗');
  await expect(answerOf(share)).toContainText('docker tag e4l-python-graph localhost:5000/e4l-python-graph:1.0');
  await page.goto('/lessons/keep-your-data');
  const volumes = panel(page);
  await pasteAndCheck(page, volumes, body('volume-ls-empty'));
  await expect(answerOf(volumes).locator('strong')).toContainText('✗');
  await expect(answerOf(volumes)).toContainText('dash-app_db-data');
  await pasteAndCheck(page, volumes, body('volume-ls-ok'));
  await expect(answerOf(volumes).locator('strong')).toContainText('✓');
});

test('a 5 MB paste of noise is answered, and the page stays responsive', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/lessons/run-dash-app');
  const check = panel(page);
  await pasteArea(check).focus();
  await page.evaluate(() => {
    const area = document.querySelector<HTMLTextAreaElement>('[data-check="run"] textarea')!;
    // Bytes of a binary file read as text: control characters, Latin-1, lines of random length.
    const line = (n: number) => String.fromCharCode(...Array.from({ length: 40 + ((n * 37) % 160) }, (_, i) => (n * 131 + i * 7919) % 256));
    const lines: string[] = [];
    for (let n = 0, size = 0; size < 5_000_000; n++) size += lines[lines.push(line(n)) - 1]!.length + 1;
    area.value = lines.join('\n');
  });
  await check.getByRole('button', { name: 'Check what I pasted' }).click();
  await expect(answerOf(check)).toContainText('docker ps -a --filter name=dash-app --format json');
  expect(errors).toEqual([]);
});

test('offline, the panel says the answers could not load and keeps the paste', async ({ page }) => {
  await page.route('**/check-messages.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/lessons/run-dash-app');
  const check = panel(page);
  await pasteAndCheck(page, check, body('ps-json-running'));
  await expect(answerOf(check)).toContainText('could not load');
  await expect(pasteArea(check)).toHaveValue(body('ps-json-running'));
});

for (const theme of ['light', 'dark'] as const) {
  test(`a panel with an answer passes axe: ${theme} theme`, async ({ page }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKeys.theme, theme] as const);
    await page.goto('/lessons/run-dash-app');
    const check = panel(page);
    await pasteAndCheck(page, check, body('ps-json-exited'));
    await expect(answerOf(check)).not.toBeEmpty();
    const { violations } = await new AxeBuilder({ page })
      .include('ld-check-work section')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the command is there to copy by hand, and the page says checking needs JavaScript', async ({ page }) => {
    await page.goto('/lessons/run-dash-app');
    await expect(panel(page).getByRole('figure')).toContainText('docker ps -a --filter name=dash-app --format json');
    await expect(panel(page).getByText('Checking what you paste needs JavaScript')).toBeVisible();
    await expect(panel(page).getByRole('button', { name: 'Check what I pasted' })).toBeHidden();
  });
});
