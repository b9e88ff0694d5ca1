import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures';
import { storageKeys } from '@/lib/shared/storage-keys';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on one part of the page, in its current state. */
async function expectAccessible(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(wcag).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

function result(explorer: Locator, place: string) {
  return explorer.getByText(place, { exact: true }).locator('..');
}

test('port explorer: listening address and -p decide who can reach the app, and why', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  const explorer = page.getByRole('region', { name: 'Try it: who can reach the Dash app?' });
  const listen = explorer.getByRole('group', { name: 'The app listens on' });
  const started = explorer.getByRole('group', { name: 'The container is started with' });
  const host = result(explorer, 'Browser on your machine');
  const lan = result(explorer, 'Another machine on your network');

  // The lesson's trap: published, but listening on the container's loopback.
  await expect(listen.getByRole('radio', { name: /^127\.0\.0\.1/ })).toBeChecked();
  await expect(started.getByRole('radio', { name: /^-p 8050:8050/ })).toBeChecked();
  await expect(host).toContainText('Not reachable.');
  await expect(host).toContainText('loopback');
  await expect(lan).toContainText('Not reachable.');
  await expect(explorer).toContainText('app.run(host="127.0.0.1", port=8050, debug=False)');
  await expect(explorer).toContainText('$ docker run -p 8050:8050 e4l-python-graph');

  await listen.getByRole('radio', { name: /^0\.0\.0\.0/ }).click();
  await expect(host).toContainText('Reachable.');
  await expect(lan).toContainText('Reachable.');
  await expect(explorer).toContainText('app.run(host="0.0.0.0", port=8050, debug=False)');

  // Arrow keys move through a radio group.
  await started.getByRole('radio', { name: /^-p 8050:8050/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(started.getByRole('radio', { name: /^-p 127\.0\.0\.1:8050:8050/ })).toBeChecked();
  await expect(host).toContainText('Reachable.');
  await expect(lan).toContainText('Not reachable.');
  await expect(explorer).toContainText('$ docker run -p 127.0.0.1:8050:8050 e4l-python-graph');

  await started.getByRole('radio', { name: /^No -p/ }).click();
  await expect(host).toContainText('Not reachable.');
  await expect(host).toContainText('No -p');
  await expect(explorer).toContainText('$ docker run e4l-python-graph');

  // The verdicts sit in a polite live region.
  await expect(explorer.locator('[aria-live="polite"]')).toContainText('Browser on your machine');
});

test('network explorer: networks decide who reaches whom, and the compose.yaml follows', async ({ page }) => {
  await page.goto('/lessons/compose-networks');
  const explorer = page.getByRole('region', { name: 'Try it: which services can reach each other?' });
  const service = (name: string) => explorer.getByRole('group', { name: new RegExp(`^${name}\\b`) });
  const pairs = explorer.locator('[aria-live="polite"]');
  const yaml = explorer.locator('pre');

  // The lesson's example.
  await expect(service('proxy').getByRole('checkbox', { name: 'frontend' })).toBeChecked();
  await expect(service('proxy').getByRole('checkbox', { name: 'backend' })).not.toBeChecked();
  await expect(pairs.getByRole('listitem')).toHaveText([
    'proxy and web: ✓ can reach each other (both on frontend).',
    'proxy and db: ✗ cannot reach each other (no network in common).',
    'web and db: ✓ can reach each other (both on backend).',
  ]);
  await expect(yaml).toContainText('networks:\n  frontend:\n  backend:');

  // Space toggles a focused checkbox: db joins frontend too.
  await service('db').getByRole('checkbox', { name: 'frontend' }).focus();
  await page.keyboard.press('Space');
  await expect(pairs.getByRole('listitem').nth(1)).toHaveText('proxy and db: ✓ can reach each other (both on frontend).');

  // A service with no network ticked joins default, and gets no networks: key.
  await service('proxy').getByRole('checkbox', { name: 'frontend' }).click();
  await expect(service('proxy')).toContainText('On: default');
  await expect(pairs.getByRole('listitem').first()).toHaveText('proxy and web: ✗ cannot reach each other (no network in common).');
  await expect(yaml).toContainText('    depends_on:\n      - web\n  web:');

  // Nobody on frontend any more: it is no longer declared.
  await service('web').getByRole('checkbox', { name: 'frontend' }).click();
  await service('db').getByRole('checkbox', { name: 'frontend' }).click();
  await expect(yaml).toContainText('networks:\n  backend:\n');
  await expect(yaml).not.toContainText('frontend');
});

for (const path of ['/', '/lessons/run-dash-app', '/lessons/compose-networks', '/lessons/what-is-docker']) {
  test(`no sideways scrolling on a 375 px phone: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('combobox')).toBeFocused();
    await page.keyboard.type('docker');
    await expect(page.getByRole('option').first()).toBeVisible();
    const box = await page.getByRole('dialog').boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 375).toBe(true);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`both explorers pass axe: ${theme} theme`, async ({ page }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKeys.theme, theme] as const);
    await page.goto('/lessons/run-dash-app');
    await page.getByRole('radio', { name: /^0\.0\.0\.0/ }).click();
    await expectAccessible(page, 'section[aria-labelledby]');
    await page.goto('/lessons/compose-networks');
    await page.getByRole('group', { name: /^db\b/ }).getByRole('checkbox', { name: 'backend' }).click();
    await expectAccessible(page, 'section[aria-labelledby]');
  });
}
