import { expect, test, type Page } from './fixtures';

/** The course outline as the home page lists it, in order. */
async function lessonLinks(page: Page) {
  await page.goto('/');
  const list = page.getByRole('region', { name: 'Lessons' }).getByRole('link');
  const count = await list.count();
  const lessons: { title: string; href: string }[] = [];
  for (let i = 0; i < count; i++) {
    const link = list.nth(i);
    lessons.push({
      title: (await link.locator('span').nth(1).innerText()).trim(),
      href: (await link.getAttribute('href')) ?? '',
    });
  }
  return lessons;
}

test('home introduces the course, lists every lesson in order and starts at the first', async ({ page }) => {
  const lessons = await lessonLinks(page);
  expect(lessons.length).toBeGreaterThanOrEqual(7);
  expect(lessons[0]?.title).toBe('What Docker is');
  await expect(page).toHaveTitle(/Learn Docker/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);

  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(new RegExp(`${lessons[0]?.href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]?.title ?? '');
});

test('every lesson link on the home page opens that lesson', async ({ page }) => {
  const lessons = await lessonLinks(page);
  for (const lesson of lessons) {
    const response = await page.goto(lesson.href);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expect(page).toHaveTitle(`${lesson.title} · Learn Docker`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', lesson.title);
  }
});

test('next and previous links walk the course in order, and the sidebar marks the current lesson', async ({ page }) => {
  const lessons = await lessonLinks(page);
  await page.goto(lessons[0]?.href ?? '/');
  await expect(page.getByRole('link', { name: /Previous lesson/ })).toHaveCount(0);
  for (let i = 1; i < lessons.length; i++) {
    await page.getByRole('link', { name: /Next lesson/ }).click();
    await expect(page).toHaveURL(new RegExp(`${lessons[i]?.href}$`));
    await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('a[aria-current="page"]')).toHaveText(
      new RegExp(lessons[i]?.title ?? ''),
    );
  }
  await expect(page.getByRole('link', { name: /Next lesson/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Previous lesson/ }).click();
  await expect(page).toHaveURL(new RegExp(`${lessons.at(-2)?.href}$`));
});

for (const size of [
  { width: 1400, height: 900 },
  // A laptop's short window: the top fifth (144 px) is above where a link puts a heading.
  { width: 1280, height: 720 },
]) {
  test(`the table of contents jumps to its heading and marks it (${size.width}×${size.height})`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/lessons/installation');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThan(2);
    const target = links.nth(2);
    const id = ((await target.getAttribute('href')) ?? '').slice(1);
    await target.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    await expect(target).toHaveAttribute('aria-current', 'true');
  });
}

test('sections far down are not rendered until the reader nears them, and a link to one lands on its heading', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/lessons/dash-app');
  const last = page.getByRole('heading', { level: 2, name: 'Check yourself' });
  const rendered = () => last.evaluate((heading) => heading.checkVisibility({ contentVisibilityAuto: true }));
  expect(await rendered()).toBe(false);
  await last.scrollIntoViewIfNeeded();
  await expect.poll(rendered).toBe(true);

  // A fresh load straight to a section in the middle of the page.
  await page.goto('/lessons/run-dash-app#clean-up');
  const heading = page.getByRole('heading', { level: 2, name: 'Clean up' });
  await expect(heading).toBeInViewport();
  // Where the link put it (its scroll margin below the page's scroll padding), and still there
  // once the sections around it have rendered.
  const offset = () =>
    heading.evaluate((h) => {
      const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      return Math.abs(Math.round(h.getBoundingClientRect().top - padding - parseFloat(getComputedStyle(h).scrollMarginTop)));
    });
  await expect.poll(offset).toBe(0);
  await page.waitForTimeout(500);
  expect(await offset()).toBe(0);
});

test('a link deep into a lesson lays out everything above its target, so nothing there can move it', async ({ page }) => {
  // The flaky "Enter lands on the heading" (e2e/search.spec.ts): a box above a deep target
  // rendered after the browser's scroll to it, changed from its estimated to its real size and
  // pushed the heading off screen. What decides it is whether every box above the target is
  // rendered when the page first lays out; sections, code blocks and figures off screen are
  // otherwise skipped (content-visibility: auto) and sized by estimate.
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/'); // so that the link below loads the lesson afresh, not as a same-page jump
    await page.goto('/lessons/run-dash-app#never-debug-mode-on-0000');
    const heading = page.locator('[id="never-debug-mode-on-0000"]');
    await expect(heading).toBeInViewport();
    const skipped = await heading.evaluate((target) => {
      const section = target.closest('[data-toc-section]');
      if (!section) return ['the target is in no section'];
      const above: Element[] = [];
      for (let box = section.previousElementSibling; box; box = box.previousElementSibling)
        if (box.matches('[data-toc-section]')) above.push(box);
      const boxes = [section, ...above].flatMap((box) => [box, ...box.querySelectorAll('[data-code-block], [data-heavy-figure]')]);
      return boxes
        .filter((box) => box.firstElementChild && !box.firstElementChild.checkVisibility({ contentVisibilityAuto: true }))
        .map((box) => box.firstElementChild?.textContent?.trim().slice(0, 40) ?? box.tagName);
    });
    expect(skipped, `${width} px: boxes above the target still skipped`).toEqual([]);
    expect(await heading.evaluate((h) => h.closest('[data-toc-section]')?.previousElementSibling !== null)).toBe(true);
  }
  // A page opened at its top still skips what is far below.
  await page.goto('/lessons/run-dash-app');
  const far = page.locator('[id="never-debug-mode-on-0000"]');
  expect(await far.evaluate((h) => h.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
});

test('an unknown lesson answers 404 with a way home', async ({ page }) => {
  const response = await page.goto('/lessons/does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  // Search engines are told not to index it, once.
  await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByRole('link', { name: 'Go to the course home' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the theme toggle overrides the system theme and persists across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/lessons/what-is-docker');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(html).not.toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(html).not.toHaveClass(/\bdark\b/);
});

test('with no choice made, the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the Menu button opens and closes the lesson list', async ({ page }) => {
    await page.goto('/lessons/architecture');
    const nav = page.getByRole('navigation', { name: 'Lessons' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    const installation = nav.getByRole('link', { name: /Installing Docker/ });
    await expect(installation).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(installation).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(installation).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await installation.click();
    await expect(page).toHaveURL(/\/lessons\/installation\/?$/);
  });

  test('no page scrolls sideways', async ({ page }) => {
    const pages = ['/', ...(await lessonLinks(page)).map((l) => l.href), '/lessons/nope'];
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });

  test('inline code wraps only between words, never after a hyphen (`ls -` / `l`)', async ({ page }) => {
    for (const { href } of await lessonLinks(page)) {
      await page.goto(href);
      // Every section as the reader will see it once near it (far ones are skipped until then).
      await page.addStyleTag({ content: '[data-toc-section]{content-visibility:visible!important}' });
      const badBreaks = await page.evaluate(() => {
        const found: string[] = [];
        for (const code of document.querySelectorAll('main code:not(pre code)')) {
          if (code.getClientRects().length < 2) continue;
          // Where each line of the code starts: the characters whose box is lower than the one before.
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          let lastChar = '';
          let lastTop: number | null = null;
          for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
            for (let i = 0; i < text.data.length; i++) {
              const char = text.data[i]!;
              const range = document.createRange();
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              const box = range.getBoundingClientRect();
              // A space at the end of a line has no box: the next character's line is compared with the last one seen.
              if (box.width > 0) {
                if (lastTop !== null && box.top > lastTop + 4 && lastChar === '-') found.push(`${code.textContent} (breaks after "-")`);
                lastTop = box.top;
              }
              lastChar = char;
            }
          }
        }
        return found;
      });
      expect(badBreaks, `${href}: inline code broken inside a word`).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });

  test('a lesson is readable and its lesson list is reachable', async ({ page }) => {
    await page.goto('/lessons/dash-app');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('pre').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Docker Compose/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the theme follows the system: ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/lessons/installation');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
    });
  }
});
