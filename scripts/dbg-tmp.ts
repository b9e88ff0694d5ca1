import { diagnose } from '@/components/check-work/engine/check';
import { loadCorpus } from '@/components/check-work/corpus/corpus';
const only = process.env.ONLY;
for (const p of loadCorpus()) { if (only && !p.file.includes(only)) continue; for (const e of p.expects) { try { const d = await diagnose(e.check, p.text); if (only) console.log(e.check, JSON.stringify(d)); } catch (x) { console.log(p.file, e.check, (x as Error).stack?.split('\n').slice(0,4).join(' | ')); } } }
