/*
 * Copying habits, tried on every paste of the corpus: each habit rewrites a paste the way a learner's
 * chat, forum, editor or terminal does (a Markdown fence, prose around it, CRLF, a quote, …), and the
 * answer must not change. Prints, per habit, the expectations whose answer changed.
 *   npm run check-work:habits            HABITS=crlf,quote npm run check-work:habits
 */
import { falseOk, loadCorpus, runCheck, score } from '@/components/check-work/corpus/corpus';
import { habits, lossyHabits } from '@/components/check-work/corpus/habits';

const only = process.env.HABITS?.split(',');
const pastes = loadCorpus();
// Each paste's expectations right on the original, once (the habits each try them).
const right = new Map<(typeof pastes)[number], (typeof pastes)[number]['expects']>();
for (const paste of pastes) {
  const expects = [];
  for (const e of paste.expects) if (score(e, await runCheck(e.check, paste.text)) === 'right') expects.push(e);
  right.set(paste, expects);
}
// The lossy habits may change an answer (counted, not a failure); a false ok is a failure under every habit.
for (const [name, habit] of Object.entries({ ...habits, ...lossyHabits })) {
  if (only && !only.includes(name)) continue;
  let tried = 0;
  let falseOks = 0;
  const changed: string[] = [];
  for (const paste of pastes) {
    const text = habit(paste.text);
    if (text === undefined) continue;
    for (const e of right.get(paste)!) {
      tried++;
      const d = await runCheck(e.check, text);
      if (falseOk(e, d)) {
        falseOks++;
        changed.push(`  FALSE OK ${e.check.padEnd(16)} ${paste.file}: ${d.kind} ${d.id}`);
        continue;
      }
      if (score(e, d) !== 'right')
        changed.push(`  ${e.check.padEnd(16)} ${paste.file}: ${d.kind} ${d.id}${d.details.variant ? '.' + d.details.variant : ''}`);
    }
  }
  console.log(`${name.padEnd(14)} ${tried - changed.length}/${tried} unchanged${falseOks ? `, ${falseOks} FALSE OK` : ''}`);
  // habits.test.ts samples the corpus (a stride per habit); this runs every paste, so a false ok it finds fails the run.
  if (falseOks) process.exitCode = 1;
  if (process.env.VERBOSE) for (const line of changed) console.log(line);
}
