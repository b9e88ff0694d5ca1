import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import chromiumFlags from './scripts/chromium-flags.json';

/*
 * Playwright cannot download its own browser on every machine (our CI has no internet but
 * Debian's packages), so use Debian's chromium where it exists and Playwright's otherwise.
 */
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROME_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

if (!executablePath && !existsSync(chromium.executablePath())) {
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: on Debian/Ubuntu `sudo apt-get install chromium`, ' +
      'elsewhere `npx playwright install chromium` (or set CHROME_PATH to a Chromium or Chrome binary).',
  );
}

const port = Number(process.env.PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** `E2E_STATIC=1` runs the same suite against the static export in out/ instead of `next start`. */
const staticExport = Boolean(process.env.E2E_STATIC);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  // Generous: CI runs two workers and the server on two cores; a slow page is not a failure.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: chromiumFlags,
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: staticExport ? `node scripts/serve-static.mjs out ${port}` : `npx next start -p ${port} -H 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
