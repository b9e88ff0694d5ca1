/*
 * The real pastes the engine still answers wrongly or partly (README.md lists each and why). The
 * strict corpus test (../corpus/) does not read this folder; here only the worst error is held:
 * none of them may be answered "ok" when the expert's verdict is not ok.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/check';
import { falseOk, loadCorpus } from '../corpus/corpus';

const pastes = loadCorpus(resolve('components/check-work/corpus-misses'));
const cases = pastes.flatMap((p) => p.expects.map((e) => [p.file, e.check, `${e.verdict} ${e.tag}`, p.text, e] as const));

describe('the corpus pastes still missed', () => {
  it('has pastes', () => expect(pastes.length).toBeGreaterThan(0));
  it.each(cases)('%s at %s (%s) is no false ok', async (_file, check, _expected, text, e) => {
    const d = await diagnose(check, text);
    expect(falseOk(e, d), `${d.kind} ${d.id}`).toBe(false);
  });
});
