import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { storageKeys } from '@/lib/shared/storage-keys';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A drill of lesson 6 by the start of its task, with its field, Check button and live region. */
function drill(page: Page, task: RegExp) {
  const root = page.locator('ld-drill').filter({ hasText: task });
  return {
    root,
    field: root.getByRole('textbox', { name: 'Your command' }),
    check: root.getByRole('button', { name: 'Check' }),
    status: root.getByRole('status'),
  };
}

/** Types by keyboard, as a reader would, then Enter, and reads the verdict from the live region. */
async function answer(page: Page, d: ReturnType<typeof drill>, command: string, verdict: RegExp) {
  await d.field.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  await expect(d.status, command).toHaveText(verdict);
}

test('a drill accepts every correct form and names each typical mistake, in its live region', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/lessons/run-dash-app');
  const d = drill(page, /in the background as dash-app, reachable only from this machine/);
  await expect(d.status).toHaveAttribute('role', 'status');
  // The CLI model is not loaded until the drill is used.
  expect(scripts.filter((s) => s.includes('drill-check'))).toEqual([]);

  const cases: Array<[string, RegExp]> = [
    ['docker run -d --rm --name dash-app -p 8050:8050 e4l-python-graph', /✗ Not yet\. Without an address .* every network interface/],
    ['docker run -d --rm --name dash-app -p 0.0.0.0:8050:8050 e4l-python-graph', /with 0\.0\.0\.0/],
    ['docker run --rm --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph', /-d is missing/],
    ['docker run -d --rm --name dash-app e4l-python-graph -p 127.0.0.1:8050:8050', /-p came after e4l-python-graph/],
    ['docker run -d --rm --name dash-app --publsh 127.0.0.1:8050:8050 e4l-python-graph', /did you mean --publish\?/],
    ['docker-compose up -d', /This task needs docker run, not docker-compose up/],
    ['docker run -dit --rm --name=dash-app --publish 127.0.0.1:8050:8050 e4l-python-graph:latest', /✓ Right\./],
    [
      'docker container run --rm --detach --init -p 127.0.0.1:8050:8050 --name dash-app e4l-python-graph',
      /✓ Right\..*same command as docker run/,
    ],
  ];
  for (const [command, verdict] of cases) await answer(page, d, command, verdict);
  expect(scripts.some((s) => s.includes('drill-check'))).toBe(true);

  // The right answer entered review.
  const stored = await page.evaluate((key) => localStorage.getItem(key), storageKeys.review);
  expect(stored).toContain('drill:run-dash-app:background');
});

test('a name that collides, swapped ports, and the model answer after two wrong tries', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  const d = drill(page, /Start a second container/);
  const disclosure = d.root.locator('summary');
  await expect(disclosure).toBeHidden();
  await answer(page, d, 'docker run -d --rm --name dash-app -p 127.0.0.1:8051:8050 e4l-python-graph', /already in use/);
  await expect(disclosure).toBeHidden();
  await answer(
    page,
    d,
    'docker run -d --rm --name dash-app-2 -p 127.0.0.1:8050:8051 e4l-python-graph',
    /ports are swapped.*open the model answer now/,
  );
  await expect(disclosure).toBeVisible();
  await disclosure.click();
  await expect(d.root.locator('details code')).toHaveText('docker run -d --rm --name dash-app-2 -p 127.0.0.1:8051:8050 e4l-python-graph');
});

test('Compose v1 and an unknown flag get their own answers', async ({ page }) => {
  await page.goto('/lessons/docker-compose');
  const up = drill(page, /build the images and start the project in the foreground/);
  await answer(page, up, 'docker-compose up --build', /Compose v1.*docker compose, with a space/);
  const down = drill(page, /Stop the project and remove its containers and network/);
  await answer(page, down, 'docker compose down --volumes', /-v \(--volumes\) is not asked for/);
});

test('without JavaScript a drill reads as a task with its model answer in a disclosure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/keep-your-data');
  const first = page.locator('ld-drill').first();
  await expect(first.getByRole('textbox')).toBeHidden();
  await first.locator('summary').click();
  await expect(first.locator('details code')).toHaveText('docker exec -it dash-app sh');
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`drills pass axe with verdicts shown, ${theme} theme, and fit 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: theme });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKeys.theme, theme] as const);
    await page.goto('/lessons/run-dash-app');
    const d = drill(page, /Start a second container/);
    await answer(page, d, 'docker run -d --rm --name dash-app -p 127.0.0.1:8051:8050 e4l-python-graph', /already in use/);
    await answer(page, d, 'docker run -d --rm --name dash-app-2 -p 8051:8050 e4l-python-graph', /every network interface/);
    await d.root.locator('summary').click();
    const { violations } = await new AxeBuilder({ page }).include('ld-drill').withTags(wcag).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
}
