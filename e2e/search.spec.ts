import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { storageKeys } from '@/lib/shared/storage-keys';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on one part of the page, in its current state. */
async function expectAccessible(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(wcag).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search the lessons' });
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the lessons' });

test('the header button opens search; it loads only then, finds a command inside code, and Escape gives the focus back', async ({
  page,
}) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-index.json')) indexRequests.push(request.url());
  });
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
  await expect(button).toContainText(/K/);
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);

  await button.click();
  await expect(searchDialog(page)).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('usermod');
  const first = searchDialog(page).getByRole('option').first();
  await expect(first).toContainText('Installing Docker');
  await expect(first.locator('mark').first()).toHaveText(/usermod/i);
  await expect(searchDialog(page).getByRole('status')).toHaveText(/\d+ results?\./);
  expect(indexRequests).toHaveLength(1);

  // "usermod" is also in the lesson's prose; "is-active" is only inside a code block
  // (`systemctl is-active docker.service`), so finding it shows that code is searched.
  await searchBox(page).fill('is-active');
  const inCode = searchDialog(page).getByRole('option').filter({ hasText: 'systemctl is-active docker.service' }).first();
  await expect(inCode).toContainText('Installing Docker');
  await expect(
    inCode
      .locator('mark')
      .filter({ hasText: /^is-active$/i })
      .first(),
  ).toBeVisible();
  expect(indexRequests).toHaveLength(1);

  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('Ctrl+K opens search; arrow keys move through the results and Enter lands on the heading', async ({ page }) => {
  await page.goto('/lessons/what-is-docker');
  await page.keyboard.press('Control+K');
  const box = searchBox(page);
  await expect(box).toBeFocused();
  await page.keyboard.type('0.0.0.0');
  const options = searchDialog(page).getByRole('option');
  await expect(options.first()).toContainText('Running your Dash app');
  expect(await options.count()).toBeGreaterThan(1);

  // The combobox points at the active option; the arrows move it, and wrap.
  const activeId = async () => box.getAttribute('aria-activedescendant');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  expect(await activeId()).toBe(await options.first().getAttribute('id'));
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
  expect(await activeId()).toBe(await options.nth(1).getAttribute('id'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');

  const heading = (await options.first().locator('span').nth(1).textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/run-dash-app\/?#[\w-]+$/);
  await expect(searchDialog(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Running your Dash app');
  const id = new URL(page.url()).hash.slice(1);
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toHaveText(new RegExp(heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(target).toBeInViewport();
});

test('"/" opens search from the page but types a slash in a text field; Escape returns the focus', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: /Start the course/ });
  await start.focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(start).toBeFocused();

  // A text field of the page keeps its slash.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'A field');
    document.querySelector('main')?.prepend(input);
  });
  await page.getByRole('textbox', { name: 'A field' }).click();
  await page.keyboard.type('a/b');
  await expect(page.getByRole('textbox', { name: 'A field' })).toHaveValue('a/b');
  await expect(searchDialog(page)).toBeHidden();
});

test('keys typed while search is still loading are kept', async ({ page }) => {
  // Hold back the dialog's code for a moment, as a slow network would.
  await page.route(/\/islands\/.*\.js$/, async (route) => {
    const body = await (await route.fetch()).text();
    if (body.includes('Search the lessons')) await new Promise((resolve) => setTimeout(resolve, 800));
    await route.fulfill({ body, contentType: 'text/javascript' });
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+K');
  await page.keyboard.type('usermod');
  await expect(searchBox(page)).toHaveValue('usermod');
  await expect(searchDialog(page).getByRole('option').first()).toContainText('Installing Docker');
  await page.keyboard.type(' group');
  await expect(searchBox(page)).toHaveValue('usermod group');
});

test('a click on a result opens it, and a search without matches says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await searchBox(page).fill('xyzzy-nothing');
  await expect(searchDialog(page).getByRole('status')).toHaveText('No results for “xyzzy-nothing”.');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');

  await searchBox(page).fill('usermod');
  await searchDialog(page).getByRole('option').first().click();
  await expect(page).toHaveURL(/\/lessons\/installation\/?#[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Installing Docker');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open dialog with results passes axe: ${theme} theme`, async ({ page }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKeys.theme, theme] as const);
    await page.goto('/');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.keyboard.type('docker run');
    await expect(searchDialog(page).getByRole('option').nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(searchDialog(page).getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(page, 'dialog');
  });
}
