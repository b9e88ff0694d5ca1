import { readFileSync } from 'node:fs';
import { diagnose } from './components/check-work/engine/check';
const f = process.env.F!;
let t = readFileSync(f, 'utf8').split(/^---$/m).slice(1).join('---');
for (const [name, txt] of Object.entries({ orig: t, noExited: t.replace(/^.*Exited.*$/gm, ''), noCreated: t.replace(/^.*Created.*$/gm, ''), noPs: t.slice(t.indexOf('$ sudo docker network')) })) {
  const a = await diagnose('networks', txt);
  console.log(name, a.kind, a.id, JSON.stringify(a.details).slice(0, 200));
}
