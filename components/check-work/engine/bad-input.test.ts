/*
 * Bad input never hurts: every step answers "I can't read this as …; paste the output of …"
 * (the unreadable diagnosis, with why in its variant) for empty, garbage, truncated, unrelated
 * and binary pastes, never throws (never rejects), and a 5 MB paste takes under 100 ms. The
 * timing test runs first in this file, so it meets the code cold.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReach, checkWork, type Step } from '.';
import { diagnose } from './check';
import { body, fixturesDir, loadFixture } from './load-fixture';
import { message } from './messages';
import { reachPath } from './reach-steps';
import { steps } from './test-pastes';

const mb5 = 5 * 1024 * 1024;

/** Deterministic noise (printable and not), so a failure can be reproduced. */
function noise(length: number, seed = 1) {
  let x = seed;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    codes[i] = x % 0x2500;
  }
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode(...codes.subarray(i, i + 8192));
  return s;
}

const fill = (head: string, unit: string, tail = '') => head + unit.repeat(Math.ceil(mb5 / unit.length)) + tail;

const huge: Record<string, () => string> = {
  'log lines': () => fill('', 'web-1  | Dash is running on http://127.0.0.1:8050/\n'),
  'one long line': () => fill('', 'a'),
  'a JSON array': () => fill('[', '{"Name":"dash-app-web-1","Driver":"bridge","Containers":{}},', '{}]'),
  'a ps table': () =>
    fill('CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES\n', 'abc   img   "x"   now   Up 1 second   8050/tcp   n\n'),
  YAML: () => fill('services:\n', '  web:\n    ports:\n      - "8050:8050"\n'),
  prompts: () => fill('', '$ docker ps\n'),
  noise: () => noise(mb5),
  brackets: () => fill('', '['),
  'error lines': () => fill('', 'docker: Error response from daemon: Bind for 0.0.0.0:8050 failed: port is already allocated.\n'),
};

describe('a 5 MB paste', () => {
  const slowest: Record<string, number> = {};
  // The lazy chunk is loaded first: in the browser that is a fetch, here a transform of zod;
  // neither is the checker's time, and the checker's code still runs cold.
  beforeAll(() => import('./schemas'));
  afterAll(() => console.info('5 MB paste, slowest step per shape (ms):', JSON.stringify(slowest)));

  // No wall-clock budget here (a loaded CI machine would fail it for no fault of the code):
  // npm run check-work:accuracy measures these shapes and prints the slowest. This asserts the
  // answer, through diagnose(), which throws when a reader fails.
  it.each(Object.keys(huge))('of %s is answered at every step, with the paste kept whole', async (shape) => {
    const text = huge[shape]!();
    expect(text.length).toBeGreaterThanOrEqual(mb5);
    // repeat() builds a rope that V8 flattens on first use; a textarea's value is flat already.
    expect(text.charCodeAt(text.length >> 1)).toBeGreaterThanOrEqual(0);
    for (const step of steps) {
      const t0 = performance.now();
      const v = await diagnose(step, text);
      const ms = performance.now() - t0;
      slowest[shape] = Math.max(slowest[shape] ?? 0, Math.round(ms * 10) / 10);
      expect(['ok', 'partial', 'problem', 'unreadable']).toContain(v.kind);
    }
  });
});

describe('unreadable input', () => {
  /** Unreadable, and when given, why (the variant; null for none). */
  const expectUnreadable = async (step: Step, text: unknown, variant?: string | null) => {
    const d = await checkWork(step, text as string);
    expect(d).toMatchObject({ kind: 'unreadable', id: 'unreadable' });
    if (variant !== undefined) expect(d.details.variant).toBe(variant ?? undefined);
    return d;
  };

  it.each(steps)('empty and whitespace at %s', async (step) => {
    await expectUnreadable(step, '', 'empty');
    await expectUnreadable(step, '  \n\t\r\n  ', 'empty');
  });

  it.each(steps)('garbage and noise at %s', async (step) => {
    await expectUnreadable(step, 'asdf qwer zxcv', null);
    await expectUnreadable(step, noise(2000, 7));
    await expectUnreadable(step, '{}', null);
    await expectUnreadable(step, '[1, 2, {"a": null}]', null);
    await expectUnreadable(step, '|||| ---- :::: ####', null);
  });

  it.each(steps)('binary noise at %s', async (step) => {
    const binary = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 256)).join('');
    await expectUnreadable(step, binary, 'binary');
  });

  it.each(steps)('truncated JSON at %s', async (step) => {
    await expectUnreadable(step, body('inspect-truncated'), 'cut');
    // Cut before its Containers: the lesson's network by its name alone shows nothing (what a cut shows is read: check.test.ts).
    await expectUnreadable(step, body('network-inspect-ok').slice(0, 500), 'cut');
  });

  it.each(steps)('unrelated commands at %s', async (step) => {
    expect((await expectUnreadable(step, body('ls-la'), 'foreign')).details.foreign).toBe('ls -la');
    expect((await expectUnreadable(step, body('git-status'), 'foreign')).details.foreign).toBe('git status');
    // Lesson 6 (share) reads docker image ls: its image is tagged there or not. cw82: lesson 3 reads it as the daemon's reply
    // (docker/cli prints the table only from it, CONVENTIONS §2.1, h67-forwin6179).
    if (step === 'share' || step === 'install') return;
    expect((await expectUnreadable(step, body('docker-images'), 'foreign')).details.foreign).toBe('docker image ls');
    // Without the command line, it still says it cannot read it.
    await expectUnreadable(step, body('docker-images').split('\n').slice(2).join('\n'), null);
  });

  it('says when a paste is too long to read whole', async () => {
    const inspect = body('inspect-running').split('\n').slice(1).join('\n').trim();
    const many = '[' + Array.from({ length: 20 }, () => inspect.slice(1, -1)).join(',') + ']';
    expect(many.length).toBeGreaterThan(70_000);
    const d = await expectUnreadable('run', many, 'long');
    expect(message('run', d).explanation).toBe('This paste is too long to read whole (over 64 KB).');
  });

  it('says which output it read when that output cannot answer the step', async () => {
    const d = await expectUnreadable('networks', body('version-29-ok'), 'seen');
    expect(d.details.readAs).toEqual(['docker version']);
    expect((await checkWork('compose', body('ps-json-running'))).kind).not.toBe('ok');
  });

  it.each(steps)('values that are not text at %s', async (step) => {
    for (const v of [undefined, null, 42, {}, ['docker ps']]) await expectUnreadable(step, v, 'empty');
  });
});

describe('never throws', () => {
  const names = readdirSync(fixturesDir);

  it('on any prefix, suffix or middle slice of every fixture, at every step and path step', async () => {
    for (const name of names) {
      const text = loadFixture(name).body;
      const cuts = [0.1, 0.33, 0.5, 0.9].map((f) => Math.floor(text.length * f));
      const slices = cuts.flatMap((c) => [text.slice(0, c), text.slice(c), text.slice(c / 2, c)]);
      for (const s of slices) {
        for (const step of steps) await expect(checkWork(step, s)).resolves.toHaveProperty('kind');
        for (const r of reachPath) await expect(checkReach(r.id, s)).resolves.toHaveProperty('kind');
      }
    }
    // Twelve slices of every fixture at every step: over 30 s on a busy 2-core machine. The limit guards against a hang, not speed.
  }, 180_000);

  it('on fixtures glued to noise and to each other', async () => {
    const all = names.map((n) => loadFixture(n).body);
    for (let i = 0; i < all.length; i++) {
      const text = all[i] + noise(300, i) + all[(i * 7) % all.length];
      for (const step of steps) expect((await diagnose(step, text)).kind).toMatch(/ok|partial|problem|unreadable/);
    }
  });
});
