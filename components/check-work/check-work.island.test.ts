// @vitest-environment happy-dom
import { createElement, Fragment } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { CheckYourWork } from '@/components/check-work/check-work';
import { LessonList } from '@/components/layout/lesson-list';
import type { CheckPanel } from '@/components/check-work/engine/check-panels';
import type { Progress } from '@/components/progress/progress';
import { checkMessages } from '@/lib/content/site-files';
import { storageKeys } from '@/lib/shared/storage-keys';
import { checkKind, checkWorkTag } from './check-work.contract';
import { $, deferred, press, renderPage, setUpPage, startIsland, stubIntersectionObserver, text } from '@/lib/browser/test-dom';

const slug = 'install-docker';
const lessons = [{ slug, title: 'Install Docker', order: 3 }];

const pastes = {
  hello: '$ docker run hello-world\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.',
  noDaemon: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  words: 'asdf qwer zxcv',
  published: '$ docker port dash-app\n8050/tcp -> 0.0.0.0:8050\n8050/tcp -> [::]:8050',
};

/** /check-messages.json, as lib/content/site-files.ts writes it; `online` false: the fetch fails. */
function stubMessages() {
  const state = { online: true, status: 200 };
  const fetch = vi.fn(async (url: string) => {
    expect(url).toBe('/check-messages.json');
    if (!state.online) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(checkMessages()), { status: state.status });
  });
  vi.stubGlobal('fetch', fetch);
  return Object.assign(state, { fetch });
}

/** A lesson with its sidebar (progress marks) and a panel; the progress island runs too. */
async function openLesson(check: CheckPanel = 'install') {
  const observer = stubIntersectionObserver();
  renderPage(
    createElement(
      Fragment,
      null,
      createElement('nav', null, createElement(LessonList, { lessons, currentSlug: slug })),
      createElement('article', { 'data-lesson': slug }, createElement(CheckYourWork, { check })),
    ),
  );
  await startIsland(async () => {
    await import('../progress/progress.island');
    await import('./check-work.island');
  });
  return observer;
}

const panel = () => $(checkWorkTag);
const form = (check = 'install') => $<HTMLFormElement>(`form[data-check="${check}"]`);
const area = (check = 'install') => $<HTMLTextAreaElement>('textarea', form(check));
const result = (check = 'install') => $('[data-check-result]', form(check));
const submit = (check = 'install') => $<HTMLButtonElement>('button[type=submit]', form(check)).click();
const answer = (check = 'install') => text(result(check));
// The first answer waits for the engine's chunks, which Vite transforms on first import: over 6 s on a loaded two-core machine
// (it failed there once at 5 s). A limit for waiting, not a measure of speed.
const answered = (check = 'install') => vi.waitFor(() => expect(answer(check)).not.toBe(''), { interval: 5, timeout: 20_000 });
const stored = () => (JSON.parse(localStorage.getItem(storageKeys.progress) ?? '{"lessons":{}}') as Progress).lessons[slug];

/** Counts the checks the panel runs (and lets a test hold back the one of a given paste until `release`). */
function spyChecks(hold?: { paste: string; until: Promise<void> }) {
  const asked = vi.fn<(paste: string) => void>();
  const finished = vi.fn<(paste: string) => void>();
  vi.doMock('@/components/check-work/engine', async (importOriginal) => {
    const real = await importOriginal<typeof import('@/components/check-work/engine')>();
    return {
      ...real,
      checkPaste: async (...args: Parameters<typeof real.checkPaste>) => {
        asked(args[1]);
        if (args[1] === hold?.paste) await hold.until;
        const diagnosis = await real.checkPaste(...args);
        finished(args[1]);
        return diagnosis;
      },
    };
  });
  onTestFinished(() => vi.doUnmock('@/components/check-work/engine'));
  return { asked, finished };
}

/** Every promise reaction queued so far has run: a macrotask comes only after them (no timing involved). */
const afterPendingReactions = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The reader scrolled near the panel, and its code has arrived (it asks for the answers at once). */
async function near(observer: ReturnType<typeof stubIntersectionObserver>, messages: ReturnType<typeof stubMessages>) {
  observer.intersect(panel());
  await vi.waitFor(() => expect(messages.fetch).toHaveBeenCalled(), { interval: 5 });
}
const paragraphs = (check = 'install') => [...result(check).querySelectorAll('p')].map((p) => text(p));

describe('check-work island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('loads nothing until the panel comes near; a paste made before is checked once it arrives', async () => {
    const messages = stubMessages();
    const observer = await openLesson();
    expect(observer.observed()).toEqual(new Set([panel()]));
    area().value = pastes.hello;
    // Had the island asked for the panel's code, the import would settle here and its enhance() fetch the answers.
    await vi.dynamicImportSettled();
    expect(messages.fetch).not.toHaveBeenCalled();

    observer.intersect(panel());
    await answered();
    expect(paragraphs()).toEqual(['✓ Docker works', 'The client reaches the server (daemon) and your user may use it. On to lesson 4.']);
    expect(messages.fetch).toHaveBeenCalledTimes(1);
  });

  it('a passing check says so and marks the lesson "checked on my machine"', async () => {
    const messages = stubMessages();
    await near(await openLesson(), messages);
    expect(result().childElementCount).toBe(0);

    area().value = pastes.hello;
    submit();
    await answered();
    const verdict = $('[data-verdict]', result());
    expect(text(verdict)).toBe('✓ Docker works');
    expect(verdict.className).toContain('text-emerald-800');
    expect(result().dataset.kind).toBe('ok');
    expect(stored()).toEqual({ checked: true });
    expect(text($(`nav [data-lesson-status="${slug}"]`))).toBe('checked (checked on my machine)');
  });

  it('a partial answer (the client part only) says what is fine and what to paste, and marks nothing', async () => {
    const messages = stubMessages();
    await near(await openLesson(), messages);
    area().value = 'Client:\n Version:           29.4.1\n API version:       1.54\n OS/Arch:           linux/amd64';
    submit();
    await answered();
    expect(result().dataset.kind).toBe('partial');
    expect(text($('[data-verdict]', result()))).toContain('The client is installed');
    expect(stored()).not.toEqual({ checked: true });
  });

  it('a problem: what is wrong, how to fix it and the command, and no checked mark', async () => {
    const messages = stubMessages();
    await near(await openLesson(), messages);
    area().value = pastes.noDaemon;
    submit();
    await answered();

    expect(paragraphs()).toEqual([
      '✗ The Docker daemon is not running',
      'The docker client works, but nothing answers on the Docker socket: the server (daemon) is not running.',
      'On Linux, start the service. With Docker Desktop, start it and wait until the engine runs.',
    ]);
    expect($('[data-verdict]', result()).className).toContain('text-red-700');
    expect(text($('pre code', result()))).toBe('sudo systemctl enable --now docker.service');
    expect(result().dataset.kind).toBe('problem');
    expect(stored()).toBeUndefined();
  });

  it('an error the daemon answered with is quoted under the answer, as pasted', async () => {
    const messages = stubMessages();
    await near(await openLesson(), messages);
    // docker/for-mac's mount error under docker run (moby daemon/volumes.go), then a docker version whose Server part answered.
    const error = "docker: Error response from daemon: error while creating mount source path '/host_mnt/Users/me/data': file exists.";
    area().value = `$ docker run -v /Users/me/data:/data hello-world\n${error}\n$ docker version\nClient:\n Version:           24.0.6\n API version:       1.43\n\nServer: Docker Desktop 4.24.2 (124339)\n Engine:\n  Version:          24.0.6\n  API version:      1.43 (minimum version 1.12)\n`;
    submit();
    await answered();
    expect(result().dataset.kind).toBe('partial');
    expect(paragraphs()).toContain('From your paste:');
    expect(text($('pre code', result()))).toBe(error);
    expect(stored()).toBeUndefined();
  });

  it('a paste it cannot read: "?" and what to paste instead', async () => {
    const messages = stubMessages();
    await near(await openLesson(), messages);
    area().value = pastes.words;
    submit();
    await answered();
    expect(text($('[data-verdict]', result()))).toBe(
      '? I can’t read this as the output of docker version, docker info or docker run hello-world',
    );
    expect(result().dataset.kind).toBe('unreadable');
    expect(stored()).toBeUndefined();
  });

  it('Ctrl+Enter in the text area checks too; Enter alone is a new line', async () => {
    const checks = spyChecks();
    const messages = stubMessages();
    await near(await openLesson(), messages);
    area().value = pastes.hello;
    expect(press(area(), 'Enter').defaultPrevented).toBe(false);
    expect(checks.asked).not.toHaveBeenCalled(); // a check starts at once when asked for

    expect(press(area(), 'Enter', { ctrlKey: true }).defaultPrevented).toBe(true);
    await answered();
    expect(answer()).toMatch(/^✓ Docker works/);
    expect(checks.asked).toHaveBeenCalledTimes(1); // Ctrl+Enter's, not Enter's
  });

  it('offline: says the answers could not load and keeps the paste; the next Check tries again', async () => {
    const messages = stubMessages();
    messages.online = false;
    await near(await openLesson(), messages);
    area().value = pastes.hello;
    submit();
    await answered();
    expect(answer()).toBe(
      '? The answers could not load. You may be offline: check your connection, then press Check again. Your paste is still here.',
    );
    expect(area().value).toBe(pastes.hello);
    expect(stored()).toBeUndefined();

    messages.online = true;
    submit();
    await vi.waitFor(() => expect(answer()).toMatch(/^✓ Docker works/), { interval: 5 });
    expect(stored()).toEqual({ checked: true });
  });

  it('an HTTP error for the answers is the same as offline', async () => {
    const messages = stubMessages();
    messages.status = 404;
    await near(await openLesson(), messages);
    area().value = pastes.hello;
    submit();
    await answered();
    expect(answer()).toMatch(/^\? The answers could not load\./);
  });

  it('the "can’t reach it" questions answer with the details found, and never mark the lesson checked', async () => {
    const messages = stubMessages();
    await near(await openLesson('reach'), messages);
    expect(document.querySelectorAll('form[data-check]')).toHaveLength(4);

    area('reach:published').value = pastes.published;
    submit('reach:published');
    await answered('reach:published');
    expect(paragraphs('reach:published')).toEqual([
      '✓ Yes, port 8050 is published',
      '0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp. Next: Does the app listen on 0.0.0.0?',
    ]);
    expect(answer('reach:running')).toBe('');
    expect(stored()).toBeUndefined();
  });

  it('an older check that finishes later does not overwrite the answer to the newer paste', async () => {
    const slow = deferred<void>();
    const checks = spyChecks({ paste: pastes.words, until: slow.promise });
    const messages = stubMessages();
    await near(await openLesson(), messages);

    area().value = pastes.words;
    submit();
    expect(checks.asked).toHaveBeenCalledWith(pastes.words); // the older check is under way, held back
    expect(answer()).toBe('');
    area().value = pastes.hello;
    submit();
    await answered();
    expect(answer()).toMatch(/^✓ Docker works/);

    slow.resolve();
    await vi.waitFor(() => expect(checks.finished).toHaveBeenCalledWith(pastes.words), { interval: 5 });
    // The answers are loaded: what the panel does with the older diagnosis is promise reactions only.
    await afterPendingReactions();
    expect(answer()).toMatch(/^✓ Docker works/);
    expect(checkKind.get(result())).toBe('ok');
  });

  // BUG (components/check-work/check-work.island.ts): until the panel's code has arrived its forms have no submit
  // handler, so Check submits the form natively, a GET to this page with the paste in the URL.
  // Fails today: location.search is "?paste=Hello+from+Docker%21".
  it('Check pressed before the panel’s code has arrived keeps the paste in the page, and answers it once the code is there', async () => {
    const messages = stubMessages();
    await openLesson();
    area().value = pastes.hello;
    const button = $<HTMLButtonElement>('button[type=submit]', form());
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })); // starts loading the code
    button.click();
    await vi.waitFor(() => expect(messages.fetch).toHaveBeenCalled(), { interval: 5 });
    expect(location.search).toBe('');
    await answered();
    expect(answer()).toMatch(/^✓ Docker works/);
  });
});
