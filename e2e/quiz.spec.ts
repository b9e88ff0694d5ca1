import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures';
import { storageKeys } from '@/lib/shared/storage-keys';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on one part of the page, in its current state. */
async function expectAccessible(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(wcag).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** The first question of a lesson's quiz: its item in the list, its radio group and its Check button. */
function firstQuestion(page: Page) {
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Check', exact: true }) })
    .first();
  return {
    item,
    group: item.getByRole('group'),
    check: item.getByRole('button', { name: 'Check', exact: true }),
    status: item.getByRole('status'),
  };
}

async function choiceLabels(group: Locator) {
  return (await group.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.closest('label')?.textContent?.trim() ?? ''))).filter(
    Boolean,
  );
}

test('checking answers: one choice is right, every other says which is and explains why', async ({ page }) => {
  await page.goto('/lessons/what-is-docker');
  const { group, check, status } = firstQuestion(page);
  await expect(group).toHaveAccessibleName(/\?$/);
  const labels = await choiceLabels(group);
  expect(labels.length).toBeGreaterThanOrEqual(2);

  await check.click();
  await expect(status).toHaveText('Choose an answer first.');

  const verdicts: string[] = [];
  for (const label of labels) {
    await group.getByRole('radio', { name: label, exact: true }).check();
    // A new choice clears the old verdict.
    await expect(status).toHaveText('');
    await check.click();
    await expect(status).toHaveText(/^(✓ )?Correct\.|^(✗ )?Not quite\./);
    verdicts.push((await status.textContent()) ?? '');
  }
  const right = verdicts.filter((v) => /Correct\./.test(v));
  expect(right).toHaveLength(1);
  const correctLabel = labels[verdicts.findIndex((v) => /Correct\./.test(v))];
  const explanation = right[0]!.replace(/^.*Correct\.\s*/, '');
  expect(explanation.length).toBeGreaterThan(20);
  for (const wrong of verdicts.filter((v) => !/Correct\./.test(v))) {
    expect(wrong).toContain(`The answer is “${correctLabel}”.`);
    expect(wrong).toContain(explanation);
  }
});

test('the result is kept with the progress and shown on the next visit', async ({ page }) => {
  await page.goto('/lessons/what-is-docker');
  const { group, check, status } = firstQuestion(page);
  await group.getByRole('radio').first().check();
  await check.click();
  const right = /Correct\./.test((await status.textContent()) ?? '');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), storageKeys.progress);
  expect(stored).toEqual({ version: 2, lessons: { 'what-is-docker': { quiz: { 0: right } } } });

  await page.reload();
  await expect(firstQuestion(page).item).toContainText(
    right ? 'Last time you answered this right.' : 'Last time your answer was not right.',
  );
});

test('every lesson ends with a quiz of fieldsets and radio buttons', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page
    .getByRole('region', { name: 'Lessons' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    await page.goto(href);
    const checks = page.getByRole('button', { name: 'Check', exact: true });
    expect(await checks.count(), href).toBeGreaterThanOrEqual(2);
    const { group } = firstQuestion(page);
    expect(await group.getByRole('radio').count(), href).toBeGreaterThanOrEqual(2);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions and choices are readable; the Check button, which needs JavaScript, is hidden', async ({ page }) => {
    await page.goto('/lessons/what-is-docker');
    const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
    expect(await groups.count()).toBeGreaterThanOrEqual(2);
    await expect(groups.first().getByRole('radio').first()).toBeVisible();
    const checks = page.getByRole('button', { name: 'Check', exact: true, includeHidden: true });
    await expect(checks).toHaveCount(await groups.count());
    await expect(checks.first()).toBeHidden();
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`a quiz with feedback passes axe: ${theme} theme`, async ({ page }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKeys.theme, theme] as const);
    await page.goto('/lessons/what-is-docker');
    const items = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Check', exact: true }) });
    for (let i = 0; i < 2; i++) {
      await items.nth(i).getByRole('radio').nth(i).check();
      await items.nth(i).getByRole('button', { name: 'Check', exact: true }).click();
      await expect(items.nth(i).getByRole('status')).not.toHaveText('');
    }
    await expectAccessible(page, 'ol.not-prose');
  });
}
