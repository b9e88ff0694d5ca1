/*
 * Bad input never hurts: every step answers "I can't read this as …; paste the output of …"
 * for empty, garbage, truncated, unrelated and binary pastes, never throws, and a 5 MB paste
 * takes under 100 ms. The timing test runs first in this file, so it meets the code cold.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkReach, checkWork, expectations, reachPath, type Step } from '.';
import { body, loadFixture } from './load-fixture';
import { readdirSync } from 'node:fs';
import { fixturesDir } from './load-fixture';

const steps: Step[] = ['install', 'run', 'compose', 'networks'];
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
  'a ps table': () => fill('CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES\n', 'abc   img   "x"   now   Up 1 second   8050/tcp   n\n'),
  'YAML': () => fill('services:\n', '  web:\n    ports:\n      - "8050:8050"\n'),
  'prompts': () => fill('', '$ docker ps\n'),
  'noise': () => noise(mb5),
  'brackets': () => fill('', '['),
  'error lines': () => fill('', 'docker: Error response from daemon: Bind for 0.0.0.0:8050 failed: port is already allocated.\n'),
};

describe('a 5 MB paste', () => {
  const slowest: Record<string, number> = {};
  afterAll(() => console.info('5 MB paste, slowest step per shape (ms):', JSON.stringify(slowest)));

  it.each(Object.keys(huge))('of %s is answered within 100 ms at every step', (shape) => {
    const text = huge[shape]!();
    expect(text.length).toBeGreaterThanOrEqual(mb5);
    // repeat() builds a rope that V8 flattens on first use; a textarea's value is flat already.
    expect(text.charCodeAt(text.length >> 1)).toBeGreaterThanOrEqual(0);
    for (const step of steps) {
      const t0 = performance.now();
      const v = checkWork(step, text);
      const ms = performance.now() - t0;
      slowest[shape] = Math.max(slowest[shape] ?? 0, Math.round(ms * 10) / 10);
      expect(ms, `${shape} at ${step}: ${ms.toFixed(1)} ms`).toBeLessThan(100);
      expect(['ok', 'problem', 'unreadable']).toContain(v.kind);
    }
  });
});

describe('unreadable input', () => {
  const expectUnreadable = (step: Step, text: unknown) => {
    const v = checkWork(step, text as string);
    expect(v.kind).toBe('unreadable');
    expect(v.title).toBe(`I can’t read this as the output of ${expectations[step].accepts}`);
    expect(v.fix).toBe(`Paste the output of ${expectations[step].command}.`);
    expect(v.commands).toEqual([expectations[step].command]);
    return v;
  };

  it.each(steps)('empty and whitespace at %s', (step) => {
    expect(expectUnreadable(step, '').explanation).toBe('Nothing to check yet.');
    expectUnreadable(step, '  \n\t\r\n  ');
  });

  it.each(steps)('garbage and noise at %s', (step) => {
    expectUnreadable(step, 'asdf qwer zxcv');
    expectUnreadable(step, noise(2000, 7));
    expectUnreadable(step, '{}');
    expectUnreadable(step, '[1, 2, {"a": null}]');
    expectUnreadable(step, '|||| ---- :::: ####');
  });

  it.each(steps)('binary noise at %s', (step) => {
    const binary = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 256)).join('');
    expect(expectUnreadable(step, binary).explanation).toMatch(/binary/);
  });

  it.each(steps)('truncated JSON at %s', (step) => {
    expect(expectUnreadable(step, body('inspect-truncated')).explanation).toMatch(/cut off/);
    expectUnreadable(step, body('network-inspect-ok').slice(0, 700));
  });

  it.each(steps)('unrelated commands at %s', (step) => {
    expect(expectUnreadable(step, body('ls-la')).explanation).toBe('This looks like the output of ls -la.');
    expect(expectUnreadable(step, body('git-status')).explanation).toBe('This looks like the output of git status.');
    expect(expectUnreadable(step, body('docker-images')).explanation).toBe('This looks like the output of docker image ls.');
    // Without the command line, it still says it cannot read it.
    expectUnreadable(step, body('docker-images').split('\n').slice(2).join('\n'));
  });

  it('says when a paste is too long to read whole', () => {
    const inspect = body('inspect-running').split('\n').slice(1).join('\n').trim();
    const many = '[' + Array.from({ length: 20 }, () => inspect.slice(1, -1)).join(',') + ']';
    expect(many.length).toBeGreaterThan(70_000);
    expect(checkWork('run', many).explanation).toBe('This paste is too long to read whole (over 64 KB).');
  });

  it('says which output it read when that output cannot answer the step', () => {
    expect(checkWork('networks', body('version-29-ok')).explanation).toBe('This is docker version, which does not show what this check needs.');
    expect(checkWork('compose', body('ps-json-running')).kind).not.toBe('ok');
  });

  it.each(steps)('values that are not text at %s', (step) => {
    for (const v of [undefined, null, 42, {}, ['docker ps']]) expectUnreadable(step, v);
  });
});

describe('never throws', () => {
  const names = readdirSync(fixturesDir);

  it('on any prefix, suffix or middle slice of every fixture, at every step and path step', () => {
    for (const name of names) {
      const text = loadFixture(name).body;
      const cuts = [0.1, 0.33, 0.5, 0.9].map((f) => Math.floor(text.length * f));
      const slices = cuts.flatMap((c) => [text.slice(0, c), text.slice(c), text.slice(c / 2, c)]);
      for (const s of slices) {
        for (const step of steps) expect(() => checkWork(step, s)).not.toThrow();
        for (const r of reachPath) expect(() => checkReach(r.id, s)).not.toThrow();
      }
    }
  });

  it('on fixtures glued to noise and to each other', () => {
    const all = names.map((n) => loadFixture(n).body);
    for (let i = 0; i < all.length; i++) {
      const text = all[i] + noise(300, i) + all[(i * 7) % all.length];
      for (const step of steps) expect(checkWork(step, text).kind).toMatch(/ok|problem|unreadable/);
    }
  });
});
