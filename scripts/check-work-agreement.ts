/*
 * How often two experts agree on the same pastes: the ceiling any checker can reach on labels
 * written by one of them. Usage:
 *   AGREE_A=<folder> AGREE_B=<folder> npm run check-work:agreement
 * (the same files, labelled independently). Two labels agree when their verdicts are the same and
 * their tags name the same answer (corpus/tags.ts: container-crashed and container-exited agree).
 * With CHECK=1 it also runs the checker and counts it right only where both experts agree.
 */
import { basename } from 'node:path';
import { loadCorpus, runCheck, score, type Expectation } from '@/components/check-work/corpus/corpus';
import { tagIds } from '@/components/check-work/corpus/tags';

const dirA = process.env.AGREE_A;
const dirB = process.env.AGREE_B;
if (!dirA || !dirB) {
  console.error('usage: AGREE_A=<folder> AGREE_B=<folder> npm run check-work:agreement');
  process.exit(2);
}

const sameAnswer = (a: Expectation, b: Expectation) =>
  a.verdict === b.verdict && (tagIds[a.tag] ?? [a.tag]).some((id) => (tagIds[b.tag] ?? [b.tag]).includes(id));

const byFile = new Map(loadCorpus(dirB).map((paste) => [basename(paste.file), paste]));
let both = 0;
let agreed = 0;
let sameVerdict = 0;
let checkerOnAgreed = 0;
const disagreements: string[] = [];
for (const a of loadCorpus(dirA)) {
  const b = byFile.get(basename(a.file));
  if (!b) continue;
  for (const ea of a.expects) {
    const eb = b.expects.find((e) => e.check === ea.check);
    if (!eb) continue;
    both++;
    if (ea.verdict === eb.verdict) sameVerdict++;
    if (sameAnswer(ea, eb)) {
      agreed++;
      if (process.env.CHECK && score(ea, await runCheck(ea.check, a.text)) === 'right') checkerOnAgreed++;
    } else disagreements.push(`${basename(a.file)} ${ea.check}: ${ea.verdict} ${ea.tag} | ${eb.verdict} ${eb.tag}`);
  }
}
const pct = (n: number) => `${((100 * n) / Math.max(1, both)).toFixed(1)} %`;
console.log(`expectations in both: ${both}`);
console.log(`same answer: ${agreed} (${pct(agreed)}); same verdict: ${sameVerdict} (${pct(sameVerdict)})`);
if (process.env.CHECK)
  console.log(
    `checker right where both agree: ${checkerOnAgreed}/${agreed} (${((100 * checkerOnAgreed) / Math.max(1, agreed)).toFixed(1)} %)`,
  );
console.log('disagreements (A | B):');
for (const line of disagreements) console.log(`  ${line}`);
