/*
 * How right "Check your work" is on a corpus of real pastes (components/check-work/corpus/, or
 * CORPUS_DIR=/path): per check, right (verdict and diagnosis), partly (verdict only), wrong,
 * and the false "ok" answers (an ok where the expert says otherwise), with the misses listed.
 * Also the slowest paste, measured here rather than asserted in a test.
 *   npm run check-work:accuracy            CORPUS_DIR=/path npm run check-work:accuracy            HOLDOUT=21 npm run check-work:accuracy
 */
import { resolve } from 'node:path';
import { falseOk, loadCorpus, runCheck as check, score, type Score } from '@/components/check-work/corpus/corpus';

// HOLDOUT=21: a whole unseen set as it was gathered, its pastes still in holdouts/holdout21/ and the ones that joined the
// corpus (h21-*, some relabelled there with a `reviewed:` line), as components/check-work/holdouts/README.md says.
const holdout = process.env.HOLDOUT;
const pastes = holdout
  ? [
      ...loadCorpus(resolve(`components/check-work/holdouts/holdout${holdout}`)),
      ...loadCorpus().filter((p) => p.file.startsWith(`h${holdout}-`)),
    ]
  : loadCorpus();
if (!pastes.length) throw new Error(`no pastes${holdout ? ` for HOLDOUT=${holdout}` : ''}`);
const byCheck = new Map<string, Record<Score, number>>();
const byKind = new Map<string, number>();
const misses: string[] = [];
let falseOks = 0;
let slowest = { ms: 0, file: '' };
for (const paste of pastes) {
  byKind.set(paste.kind, (byKind.get(paste.kind) ?? 0) + 1);
  for (const e of paste.expects) {
    const t = performance.now();
    const d = await check(e.check, paste.text);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, file: paste.file };
    const s = score(e, d);
    const row = byCheck.get(e.check) ?? { right: 0, partly: 0, wrong: 0 };
    row[s]++;
    byCheck.set(e.check, row);
    if (falseOk(e, d)) falseOks++;
    if (s !== 'right')
      misses.push(
        `${s.padEnd(6)} ${e.check.padEnd(16)} ${paste.file}: expert ${e.verdict} ${e.tag}, got ${d.kind} ${d.id}${d.details.variant ? '.' + d.details.variant : ''}${falseOk(e, d) ? '   FALSE OK' : ''}`,
      );
  }
}
const pct = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(1)} %`;
console.log(`${pastes.length} pastes (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})\n`);
console.log('check             right  partly  wrong  total  accuracy');
let all = { right: 0, partly: 0, wrong: 0 };
for (const [c, r] of [...byCheck].sort()) {
  const total = r.right + r.partly + r.wrong;
  console.log(
    `${c.padEnd(16)} ${String(r.right).padStart(6)} ${String(r.partly).padStart(7)} ${String(r.wrong).padStart(6)} ${String(total).padStart(6)}  ${pct(r.right, total)}`,
  );
  all = { right: all.right + r.right, partly: all.partly + r.partly, wrong: all.wrong + r.wrong };
}
const total = all.right + all.partly + all.wrong;
console.log(
  `${'all'.padEnd(16)} ${String(all.right).padStart(6)} ${String(all.partly).padStart(7)} ${String(all.wrong).padStart(6)} ${String(total).padStart(6)}  ${pct(all.right, total)}`,
);
console.log(`\nfalse "ok": ${falseOks}`);
console.log(`slowest paste: ${slowest.ms.toFixed(1)} ms (${slowest.file})`);

// Long and hostile input, timed here rather than asserted in a test (engine/bad-input.test.ts).
const mb5 = 5 * 1024 * 1024;
const shapes: Record<string, string> = {
  prompts: '$ docker ps\n'.repeat(mb5 / 12),
  'error lines': 'docker: Error response from daemon: Bind for 0.0.0.0:8050 failed: port is already allocated.\n'.repeat(mb5 / 90),
  'Bind for :1:1:1… (32 lines of 64 KB)': ('Bind for ' + ':1'.repeat(32768) + '\n').repeat(32),
  'one 5 MB line': 'x'.repeat(mb5),
};
for (const [name, text] of Object.entries(shapes)) {
  let worst = 0;
  for (const c of ['install', 'run', 'compose', 'networks', 'reach:published'] as const) {
    const t = performance.now();
    await check(c, text);
    worst = Math.max(worst, performance.now() - t);
  }
  console.log(`${name}: slowest check ${worst.toFixed(1)} ms`);
}
if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);
