/*
 * cw36: every copying habit (habits.ts: a fence, prose around, an indented block, a quote, a rich-text editor's paragraphs, …)
 * leaves every answer of the corpus that is right on the original paste right on the rewrite, and makes no false "ok". Read
 * through diagnose(), which throws when a reader fails. Every paste under every habit is about 25,000 checks, 40 s on this 2-core
 * machine under load: each habit tries a fixed third of the pastes (the k-th habit those whose index is k modulo 3, so the three thirds
 * are all tried, each by a third of the habits); HABITS_ALL=1 tries every paste under every habit, as npm run
 * check-work:habits does (VERBOSE=1 lists the changed answers).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/check';
import { loadCorpus, falseOk, score } from './corpus';
import { habits, lossyHabits } from './habits';

const pastes = loadCorpus();
type Paste = (typeof pastes)[number];
const stride = process.env.HABITS_ALL ? 1 : 3;
/** The expectations right on the original paste (all of them, while check-work:accuracy is 100 %), computed once a paste. */
const right = new Map<Paste, Promise<Paste['expects']>>();
const original = (paste: Paste) => {
  let got = right.get(paste);
  if (!got)
    right.set(
      paste,
      (got = (async () => {
        const expects = [];
        for (const e of paste.expects) if (score(e, await diagnose(e.check, paste.text)) === 'right') expects.push(e);
        return expects;
      })()),
    );
  return got;
};

/**
 * Tries a habit on its third of the pastes (k: its place among the habits), at the expectations `at` gives for a paste; `miss`
 * names an answer that fails the habit's test. Both describes below use it.
 */
async function tryHabit(
  habit: (text: string) => string | undefined,
  k: number,
  at: (paste: Paste) => Promise<Paste['expects']> | Paste['expects'],
  miss: (e: Paste['expects'][number], d: Awaited<ReturnType<typeof diagnose>>) => string | undefined,
) {
  const misses: string[] = [];
  let tried = 0;
  for (const [i, paste] of pastes.entries()) {
    if (i % stride !== k % stride) continue;
    const text = habit(paste.text);
    if (text === undefined) continue;
    for (const e of await at(paste)) {
      tried++;
      const why = miss(e, await diagnose(e.check, text));
      if (why) misses.push(`${e.check} ${paste.file}: ${why}`);
    }
  }
  return { tried, misses };
}

describe('copying habits leave the answers unchanged', () => {
  it.each(Object.keys(habits).map((name, k) => [name, k] as const))('%s', async (name, k) => {
    const { tried, misses } = await tryHabit(habits[name]!, k, original, (e, d) =>
      falseOk(e, d) ? 'FALSE OK' : score(e, d) !== 'right' ? `${d.kind} ${d.id}` : undefined,
    );
    expect(tried).toBeGreaterThan(40);
    expect(misses).toEqual([]);
  });
});

describe('lossy habits never make a false ok (habits.ts lossyHabits: a console’s hard wrap)', () => {
  it.each(Object.keys(lossyHabits).map((name, k) => [name, k] as const))('%s', async (name, k) => {
    const { tried, misses } = await tryHabit(
      lossyHabits[name]!,
      k,
      (paste) => paste.expects,
      (e, d) => (falseOk(e, d) ? 'FALSE OK' : undefined),
    );
    expect(tried).toBeGreaterThan(40);
    expect(misses).toEqual([]);
  });
});
