import { expect, test, type Page } from './fixtures';

/*
 * Every docker command in a lesson explains its parts (lib/content/code-blocks/rehype-code-blocks.ts):
 * each part is a button that opens its one-line explanation with the Popover API, so it works
 * by keyboard, click and tap, and without JavaScript.
 */

const block = (page: Page, text: string) => page.getByRole('figure').filter({ hasText: text });
const background = '$ docker run -d --rm --init --name dash-app -p 8050:8050 e4l-python-graph';

test.beforeEach(async ({ context, page }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  // Positions are measured at rest, not during the popover's short entrance.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a part of a command is a button described by its explanation', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  const session = block(page, background);
  const init = session.getByRole('button', { name: '--init', exact: true });
  await expect(init).toHaveAccessibleDescription(/^--init: .*init process/);
  await expect(session.getByRole('button', { name: 'e4l-python-graph', exact: true })).toHaveAccessibleDescription(
    /^The image to use: e4l-python-graph, tag latest/,
  );
  // The word docker itself is not a stop of its own.
  await expect(session.getByRole('button', { name: 'docker', exact: true })).toHaveCount(0);
});

test('keyboard: Tab to a part, Enter opens its explanation, Escape closes it', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  const session = block(page, background);
  const rm = session.getByRole('button', { name: '--rm', exact: true });
  const init = session.getByRole('button', { name: '--init', exact: true });
  await rm.focus();
  await page.keyboard.press('Tab');
  await expect(init).toBeFocused();
  const tip = page.locator(`[id="${await init.getAttribute('popovertarget')}"]`);
  await expect(tip).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/init process/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(init).toBeFocused();
  await page.keyboard.press('Space');
  await expect(tip).toBeVisible();
});

test('click: a value explains what it means, and a click elsewhere closes it', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  const session = block(page, '$ docker run --rm --name dash-app -p 127.0.0.1:8050:8050 e4l-python-graph');
  const mapping = session.getByRole('button', { name: '127.0.0.1:8050:8050', exact: true });
  // In the middle of the window, so there is room below it (at the window's edge the popover
  // rightly flips above the part). Sections above it lay out only as they near the screen
  // (content-visibility), so one scroll can leave the part elsewhere a frame later (it once sat
  // at the window's bottom edge): centre it again until it stays in the middle half.
  await expect
    .poll(() =>
      mapping.evaluate(async (part) => {
        part.scrollIntoView({ block: 'center' });
        await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
        const { top, bottom } = part.getBoundingClientRect();
        return Math.abs((top + bottom) / 2 - innerHeight / 2) < innerHeight / 4;
      }),
    )
    .toBe(true);
  await mapping.click();
  const tip = page.locator(`[id="${await mapping.getAttribute('popovertarget')}"]`);
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText("Publish container port 8050 on this machine's 127.0.0.1, port 8050 (reachable from this machine only).");
  // Anchored to the part: just below it, not centred in the window. Anchor positioning follows
  // the part live, so this is read once both have settled.
  const gap = async () => {
    const [part, box] = [await mapping.boundingBox(), await tip.boundingBox()];
    return box!.y - (part!.y + part!.height);
  };
  await expect.poll(gap).toBeGreaterThanOrEqual(-1);
  expect(await gap()).toBeLessThan(24);
  await page.getByRole('heading', { level: 1 }).click();
  await expect(tip).toBeHidden();
});

test('the same explanation on a page is one popover', async ({ page }) => {
  await page.goto('/lessons/run-dash-app');
  const targets = await page
    .locator('pre button[popovertarget]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('popovertarget')));
  const tips = await page.locator('.cli-tip').evaluateAll((tips) => tips.map((t) => t.textContent));
  expect(new Set(tips).size).toBe(tips.length);
  expect(new Set(targets).size).toBe(tips.length);
  expect(targets.length).toBeGreaterThan(tips.length);
});

test('without JavaScript the explanations still open', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/lessons/run-dash-app');
  const init = block(page, background).getByRole('button', { name: '--init', exact: true });
  await init.click();
  await expect(page.locator(`[id="${await init.getAttribute('popovertarget')}"]`)).toBeVisible();
  await context.close();
});

test('a tapped explanation fits a 375 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/lessons/run-dash-app');
  const mapping = block(page, background).getByRole('button', { name: 'e4l-python-graph', exact: true });
  await mapping.scrollIntoViewIfNeeded();
  await mapping.click();
  const tip = page.locator(`[id="${await mapping.getAttribute('popovertarget')}"]`);
  await expect(tip).toBeVisible();
  const box = await tip.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
