/*
 * The unseen sets of real pastes (README.md): each was run once on an engine that had not seen it, then its missed classes were
 * fixed and the pastes that showed them moved to ../corpus/, where the strict test holds them. What stays here is held to the
 * worst error only: no paste may be answered "ok" when the expert's verdict is not ok. `HOLDOUT=21 npm run
 * check-work:accuracy` prints a whole set's accuracy (this folder and its pastes in the corpus).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/check';
import { falseOk, loadCorpus } from '../corpus/corpus';

const root = resolve('components/check-work/holdouts');
const sets = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());

describe.each(sets.map((s) => [s.name]))('the unseen set %s', (name) => {
  const pastes = loadCorpus(join(root, name));
  const cases = pastes.flatMap((p) => p.expects.map((e) => [p.file, e.check, `${e.verdict} ${e.tag}`, p.text, e] as const));
  it('has pastes, each with an expectation', () => {
    expect(pastes.length).toBeGreaterThan(0);
    for (const p of pastes) expect(p.expects.length, p.file).toBeGreaterThan(0);
  });
  it.each(cases)('%s at %s (%s) is no false ok', async (_file, check, _expected, text, e) => {
    const d = await diagnose(check, text);
    expect(falseOk(e, d), `${d.kind} ${d.id}`).toBe(false);
  });
});
