import { expect, test } from './fixtures';

/* "Teaching this course" (/teaching): content/teaching.mdx through the lessons' pipeline. */

test.beforeEach(async ({ context }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
});

test('the home page leads to it, and it reads like a lesson', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Teaching a class?', exact: true }).click();
  await expect(page).toHaveURL(/\/teaching\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching this course');
  await expect(page.getByRole('heading', { level: 2, name: /The day before/ })).toBeVisible();
  // Its commands explain themselves, as in the lessons.
  const save = page.getByRole('figure').filter({ hasText: 'docker save -o docker-course.tar' });
  await expect(save.getByRole('button', { name: '-o', exact: true })).toHaveAccessibleDescription(/Write the archive to this file/);
  // Its links lead into the lessons.
  await page.getByRole('link', { name: 'lesson 3' }).first().click();
  await expect(page).toHaveURL(/\/lessons\/installation\/?#run-docker-without-root$/);
});

test('lesson 3 links to it', async ({ page }) => {
  await page.goto('/lessons/installation');
  await page.getByRole('link', { name: 'Teaching this course', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching this course');
});
