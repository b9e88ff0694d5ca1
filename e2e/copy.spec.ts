import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from './fixtures';

/*
 * Copying commands, as a learner does it: real clicks and keys, the real clipboard. The text
 * must be exactly what runs: no prompts, no output, placeholders filled in.
 */

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const block = (page: Page, text: string) => page.getByRole('figure').filter({ hasText: text });

test.beforeEach(async ({ context, baseURL }) => {
  // Nothing here needs the internet; fail fast instead of waiting on it.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
});

test('copies a session’s commands without prompts or output', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  // The run and the app's output after it: only the command is copied.
  const run = block(page, '$ docker run --rm --name dash-app -p 8050:8050 e4l-python-graph').filter({ hasText: 'Press CTRL+C to quit' });
  await run.getByRole('button', { name: 'Copy command', exact: true }).click();
  await expect(run.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
  await expect(run.getByRole('status')).toHaveText('Copied');
  expect(await readClipboard(page)).toBe('docker run --rm --name dash-app -p 8050:8050 e4l-python-graph');

  // Three commands in a row: one per line, without their prompts.
  const session = block(page, '$ docker run -d --rm --init --name dash-app -p 8050:8050 e4l-python-graph');
  await session.getByRole('button', { name: 'Copy commands', exact: true }).click();
  await expect(session.getByRole('status')).toHaveText('Copied');
  expect(await readClipboard(page)).toBe(
    'docker run -d --rm --init --name dash-app -p 8050:8050 e4l-python-graph\ndocker logs dash-app\ndocker stop dash-app',
  );
});

test('copies a file exactly as the file on disk, read from the block at click time', async ({ page }) => {
  await page.goto('/lessons/dash-app');
  const files = ['Dockerfile', 'app.py', 'requirements.txt'];
  for (const name of files) {
    const file = page
      .getByRole('figure')
      .filter({ has: page.locator('figcaption', { hasText: new RegExp(`^${name.replace('.', '\\.')}`) }) })
      .first();
    // The page carries the file once: no copy text beside the code (lib/content/code-blocks/rehype-code-blocks.ts).
    await expect(file).not.toHaveAttribute('data-copy');
    await file.getByRole('button', { name: 'Copy file', exact: true }).click();
    await expect(file.getByRole('status')).toHaveText('Copied');
    expect(await readClipboard(page)).toBe(readFileSync(path.join('public', 'examples', 'dash-app', name), 'utf8'));
  }
});

test('copies one command of a session, root prompt stripped', async ({ page }) => {
  await page.goto('/lessons/installation');
  const session = block(page, '# systemctl start docker.service');
  await expect(session.getByText('root', { exact: true }).first()).toBeVisible();
  await session.getByRole('button', { name: 'Copy command: systemctl start docker.service', exact: true }).click();
  await expect(session.getByRole('status')).toHaveText('Copied');
  expect(await readClipboard(page)).toBe('systemctl start docker.service');
});

test('a placeholder field fills every command of the page and outlives a reload', async ({ page }) => {
  await page.goto('/lessons/installation');
  const fields = page.getByRole('textbox', { name: 'user', exact: true });
  await expect(fields).toHaveCount(2);
  await fields.first().fill('ada');
  await expect(fields.last()).toHaveValue('ada');

  await block(page, 'usermod -a -G docker').getByRole('button', { name: 'Copy command', exact: true }).click();
  expect(await readClipboard(page)).toBe('usermod -a -G docker ada');

  await page.reload();
  await expect(fields.last()).toHaveValue('ada');
  await block(page, 'groups').getByRole('button', { name: 'Copy command', exact: true }).click();
  await expect(block(page, 'groups').getByRole('status')).toHaveText('Copied');
  expect(await readClipboard(page)).toBe('groups ada');

  // Emptied, the field copies a value that still works.
  await fields.first().fill('');
  await block(page, 'usermod -a -G docker').getByRole('button', { name: 'Copy command', exact: true }).click();
  await expect(block(page, 'usermod -a -G docker').getByRole('status')).toHaveText('Copied');
  expect(await readClipboard(page)).toBe('usermod -a -G docker $USER');
});

test('copies with the keyboard: Tab to the button, Enter or Space', async ({ page }) => {
  await page.goto('/lessons/installation');
  const pacman = block(page, '# pacman -S docker');
  const systemctl = block(page, '# systemctl enable docker.service');
  const first = pacman.getByRole('button', { name: 'Copy command', exact: true });
  const second = systemctl.getByRole('button', { name: 'Copy commands', exact: true });
  await expect(second).toBeEnabled(); // hydrated
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(pacman.getByRole('status')).toHaveText('Copied');
  expect(await readClipboard(page)).toBe('pacman -S docker docker-buildx docker-compose');
  await tabTo(page, second);
  await page.keyboard.press('Space');
  await expect(systemctl.getByRole('status')).toHaveText('Copied');
  expect(await readClipboard(page)).toBe('systemctl enable docker.service\nsystemctl start docker.service');
});

test('when the Clipboard API is refused, copies through a selection instead', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto('/lessons/installation');
  const session = block(page, '# pacman -S docker');
  await session.getByRole('button', { name: 'Copy command', exact: true }).click();
  await expect(session.getByRole('status')).toHaveText('Copied');
  expect(await readClipboard(page)).toBe('pacman -S docker docker-buildx docker-compose');
});

test('when copying fails altogether, selects the command and says Press Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    document.execCommand = () => false;
  });
  await page.goto('/lessons/installation');
  const session = block(page, '# pacman -S docker');
  await session.getByRole('button', { name: 'Copy command', exact: true }).click();
  await expect(session.getByRole('status')).toHaveText('Press Ctrl+C to copy');
  const manual = session.getByRole('textbox', { name: 'Press Ctrl+C to copy' });
  await expect(manual).toBeFocused();
  expect(await manual.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd))).toBe(
    'pacman -S docker docker-buildx docker-compose',
  );
  // The reader's own Ctrl+C then copies exactly the command.
  await page.keyboard.press('Control+C');
  await expect.poll(() => readClipboard(page)).toBe('pacman -S docker docker-buildx docker-compose');
});

test('without JavaScript a block still reads <user> and offers no dead buttons', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/lessons/installation');
  const session = block(page, 'usermod -a -G docker');
  await expect(session.locator('pre')).toHaveText('# usermod -a -G docker <user>root');
  await expect(session.getByRole('textbox')).toHaveCount(0);
  await expect(session.getByRole('button')).toBeHidden();
  await context.close();
});

test('code scrolls inside its block, never the page, at 375px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/lessons/dash-app');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

/** Presses Tab until `target` has focus, as a keyboard user would (bounded, so it cannot hang). */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the button');
}
