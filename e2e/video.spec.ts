import { expect, test, type Locator, type Page } from './fixtures';

/*
 * The video player, offline: every request that is not to our server is aborted, and the
 * YouTube embed is a stub page that answers like the real player (onReady, infoDelivery with
 * currentTime, starting at the `start` param and moving on seekTo) and records what it receives
 * in `window.received`.
 */

const LESSON = '/lessons/video-walkthrough';
const ID = 'iqqDU2crIEQ';
const OTHER_ID = '8fi7uSYlOdc';

const PLAYER_STUB = `<!doctype html><title>Player stub</title><script>
window.received = [];
let time = Number(new URLSearchParams(location.search).get('start') || 0);
const say = (message) => parent.postMessage(JSON.stringify(message), '*');
window.report = (seconds) => { time = seconds; say({ event: 'infoDelivery', info: { currentTime: time } }); };
addEventListener('message', (event) => {
  let message;
  try { message = JSON.parse(event.data); } catch { return; }
  received.push(message);
  if (message.event === 'listening') { say({ event: 'onReady', id: message.id, channel: 'widget' }); report(time); }
  if (message.event === 'command' && message.func === 'seekTo') report(message.args[0]);
});
</script>`;

/** An embed that loads but never answers, like a blocked or broken player. */
const SILENT_STUB =
  '<!doctype html><title>Silent</title><script>window.received = []; addEventListener("message", (e) => received.push(e.data));</script>';

const isOurs = (url: URL) => url.protocol === 'data:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost';

async function open(page: Page, path = LESSON, stub = PLAYER_STUB) {
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (!isOurs(new URL(request.url()))) thirdParty.push(request.url());
  });
  await page.route('**/*', (route) => (isOurs(new URL(route.request().url())) ? route.fallback() : route.abort('blockedbyclient')));
  await page.route('https://www.youtube-nocookie.com/embed/**', (route) => route.fulfill({ contentType: 'text/html', body: stub }));
  await page.goto(path);
  return { thirdParty };
}

/** Clicking before the video island has run would follow the link to youtube.com. */
async function hydrated(page: Page) {
  await expect(page.locator('[data-video][data-ready]').first()).toBeAttached();
}

/** A chapter link by its time; its accessible name is "<time> <title>", e.g. "5:04 The Dockerfile". */
const chapter = (scope: Locator | Page, time: string) => scope.getByRole('link', { name: new RegExp(`^${time} \\S`) });
/** The DockerCon talk: the video whose chapters include 5:04. */
const talk = (page: Page) => page.getByRole('figure').filter({ has: chapter(page, '5:04') });

function player(page: Page) {
  return page.frames().find((frame) => frame.url().startsWith(`https://www.youtube-nocookie.com/embed/${ID}`));
}

/** What the stub player has received so far ([] before it exists). */
async function received(page: Page): Promise<unknown[]> {
  return (await player(page)?.evaluate(() => (window as unknown as { received: unknown[] }).received)) ?? [];
}

async function playerReady(page: Page) {
  await expect.poll(() => received(page)).toContainEqual(expect.objectContaining({ event: 'listening' }));
}

test('nothing is loaded from YouTube or Google before play; the poster keeps its box', async ({ page, baseURL }) => {
  const { thirdParty } = await open(page);
  const video = talk(page);
  const play = video.getByRole('button', { name: /^Play video: / });
  await expect(play).toBeVisible();
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  expect(thirdParty).toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(video).toContainText('9 chapters');

  const box = await video.locator('[data-video]').boundingBox();
  expect(box && box.width / box.height).toBeCloseTo(16 / 9, 1);

  await play.focus();
  await page.keyboard.press('Enter');
  const frame = video.locator('iframe');
  await expect(frame).toHaveCount(1);
  await expect(frame).toBeFocused();
  // Same box (focus may have scrolled the page, so compare sizes, not positions).
  const after = await video.locator('[data-video]').boundingBox();
  expect([after?.width, after?.height]).toEqual([box?.width, box?.height]);
  const frameBox = await frame.boundingBox();
  expect([frameBox?.width, frameBox?.height]).toEqual([box?.width, box?.height]);

  const src = new URL((await frame.getAttribute('src')) ?? '');
  expect(src.origin + src.pathname).toBe(`https://www.youtube-nocookie.com/embed/${ID}`);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    enablejsapi: '1',
    origin: new URL(baseURL ?? '').origin,
    autoplay: '1',
    playsinline: '1',
  });
  await expect(frame).toHaveAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen');
  await expect(frame).toHaveAttribute('title', /^YouTube video player: \S/);
  await playerReady(page);
  expect(thirdParty.every((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
});

test('a chapter plays the embedded video from its second', async ({ page }) => {
  await open(page);
  await hydrated(page);
  const video = talk(page);
  const dockerfile = chapter(video, '5:04');
  await dockerfile.click();

  await expect(video.locator('iframe')).toHaveCount(1);
  expect(new URL((await video.locator('iframe').getAttribute('src')) ?? '').searchParams.get('start')).toBe('304');
  await expect(dockerfile).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/\?t=304$/);
});

test('a second chapter seeks the same player, without a new iframe or a reload', async ({ page }) => {
  await open(page);
  await hydrated(page);
  const video = talk(page);
  await chapter(video, '5:04').click();
  await playerReady(page);

  const createImage = chapter(video, '8:43');
  await createImage.press('Enter');
  await expect.poll(() => received(page)).toContainEqual(expect.objectContaining({ event: 'command', func: 'seekTo', args: [523, true] }));
  await expect.poll(() => received(page)).toContainEqual(expect.objectContaining({ event: 'command', func: 'playVideo' }));
  // The stub's record starts with the handshake: the same document got the seek.
  expect((await received(page))[0]).toMatchObject({ event: 'listening' });
  await expect(page.locator('iframe')).toHaveCount(1);
  expect(new URL((await video.locator('iframe').getAttribute('src')) ?? '').searchParams.get('start')).toBe('304');
  await expect(createImage).toHaveAttribute('aria-current', 'true');
  await expect(chapter(video, '5:04')).not.toHaveAttribute('aria-current');
  await expect(page).toHaveURL(/\?t=523$/);
});

test('a deep link ?t=304 selects its chapter and play starts there', async ({ page }) => {
  const { thirdParty } = await open(page, `${LESSON}?t=304`);
  const video = talk(page);
  await expect(chapter(video, '5:04')).toHaveAttribute('aria-current', 'true');
  await expect(video.locator('[aria-current]')).toHaveCount(1);
  expect(thirdParty).toEqual([]);

  await video.getByRole('button', { name: /^Play video: / }).click();
  expect(new URL((await video.locator('iframe').getAttribute('src')) ?? '').searchParams.get('start')).toBe('304');
});

test('a deep link for another video (?v=<id>&t=) plays that one from there, not the talk', async ({ page }) => {
  await open(page, `${LESSON}?v=${OTHER_ID}&t=60`);
  await hydrated(page);
  await expect(talk(page).locator('[aria-current]')).toHaveCount(0);
  const deepDive = page.getByRole('figure').filter({ has: page.locator(`[data-video="${OTHER_ID}"]`) });
  await deepDive.getByRole('button', { name: /^Play video: / }).click();
  const src = new URL((await deepDive.locator('iframe').getAttribute('src')) ?? '');
  expect([src.pathname, src.searchParams.get('start')]).toEqual([`/embed/${OTHER_ID}`, '60']);
});

test('the current chapter follows the time the player reports', async ({ page }) => {
  await open(page);
  await hydrated(page);
  const video = talk(page);
  await video.getByRole('button', { name: /^Play video: / }).click();
  await playerReady(page);
  const report = (seconds: number) =>
    player(page)?.evaluate((s) => (window as unknown as { report: (s: number) => void }).report(s), seconds);

  await report(930);
  await expect(chapter(video, '15:18')).toHaveAttribute('aria-current', 'true');
  await report(170.4);
  await expect(chapter(video, '2:47')).toHaveAttribute('aria-current', 'true');
  await expect(video.locator('[aria-current]')).toHaveCount(1);
  await report(5);
  await expect(video.locator('[aria-current]')).toHaveCount(0);
});

test('when the player never answers, the reader is told and offered YouTube', async ({ page }) => {
  await page.clock.install();
  await open(page, LESSON, SILENT_STUB);
  await hydrated(page);
  const video = talk(page);
  await video.getByRole('button', { name: /^Play video: / }).click();
  await expect(video.locator('iframe')).toHaveCount(1);
  await expect(video.getByRole('alert')).toHaveCount(0);
  await page.clock.fastForward(11_000);
  await expect(video.getByRole('alert')).toContainText('did not load');
  await expect(video.getByRole('alert').getByRole('link', { name: 'Watch it on YouTube' })).toHaveAttribute(
    'href',
    `https://www.youtube.com/watch?v=${ID}`,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('chapters are links to the second on youtube.com', async ({ page }) => {
    const { thirdParty } = await open(page);
    const video = talk(page);
    await expect(chapter(video, '5:04')).toHaveAttribute('href', `https://www.youtube.com/watch?v=${ID}&t=304s`);
    const links = video.getByRole('list').getByRole('link');
    await expect(links).toHaveCount(9);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^https://www\\.youtube\\.com/watch\\?v=${ID}&t=\\d+s$`));
    }
    await expect(video.getByRole('button')).toHaveCount(0);
    await expect(video.getByRole('link', { name: /^Watch on YouTube/ })).toHaveAttribute('href', `https://www.youtube.com/watch?v=${ID}`);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(thirdParty).toEqual([]);
  });
});
