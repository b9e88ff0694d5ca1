/*
 * Every paste of the corpus (components/check-work/corpus/, or CORPUS_DIR=/path for another
 * folder in the same format) gets the expert's verdict and the diagnosis its tag maps to
 * (tags.ts), read through diagnose(), which throws when a reader fails. The accuracy per check
 * and the false "ok" count: npm run check-work:accuracy.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/check';
import { loadCorpus } from './corpus';
import { tagIds } from './tags';

const pastes = loadCorpus();
const cases = pastes.flatMap((p) => p.expects.map((e) => [p.file, e.check, `${e.verdict} ${e.tag}`, p.text, e] as const));

describe('the corpus of real pastes', () => {
  it('has pastes, each with an expectation and tags the table maps', () => {
    expect(pastes.length).toBeGreaterThan(0);
    for (const p of pastes) {
      expect(p.expects.length, p.file).toBeGreaterThan(0);
      for (const e of p.expects) expect(tagIds[e.tag], `${p.file}: tag ${e.tag}`).toBeDefined();
    }
  });

  it.each(cases)('%s at %s: %s', async (_file, check, _expected, text, e) => {
    const d = await diagnose(check, text);
    expect(`${d.kind} ${d.id}`).toBe(`${e.verdict} ${d.kind === e.verdict && tagIds[e.tag]!.includes(d.id) ? d.id : tagIds[e.tag]![0]}`);
  });
});
