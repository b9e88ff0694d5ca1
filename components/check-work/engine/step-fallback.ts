/*
 * cw134: the panels' questions (lessons 3, 5, 7 and 8: install, run, compose, networks) asked once more of the facts already read,
 * where neither the error checks nor the step's own check answered (check.ts asks the chunk's `fallback` just before "I can't read
 * this"), as reach-fallback.ts does for the reach path. Written per step and per fact, never per text shape: the lines any reader
 * kept (a log's last lines and its head line, whatever command printed them), the run lines read, the hits' rules of the step. A
 * problem comes from here at every step; an ok only at install and only with the daemon shown doing work (CONVENTIONS §1, §2.1);
 * never a partial. When those facts do not answer the question, nothing does.
 */
import type { Lib } from './lib';
import type { ErrorRule } from './parse-errors';
import type { Details, Diagnosis, DiagnosisId, Facts, Hit } from './types';

export type Panel = 'install' | 'run' | 'compose' | 'networks';

/** Every line a reader kept (a log's last lines, its last line that is no stack frame), each under 400 characters: bounded. */
const keptLines = (facts: Facts): string[] =>
  [...Object.values(facts.lastLines).flat(), ...Object.values(facts.traceHeads ?? {})].filter((l) => l.length < 400);

/**
 * A kept line without the copy's debris: Markdown's code marks and emphasis around words, and runs of spaces a page or a chat
 * doubled (`ERROR: for serviceapi  Container  "e6a3e3b4cef9" is unhealthy.`). Only a line this changes is read again: a line as
 * printed was already read by every rule, and the hits the step's settle dropped stay dropped.
 */
const plain = (l: string) =>
  l
    .replace(/`/g, '')
    .replace(/(^|\s)[_*]{1,2}(?=\S)|(?<=\S)[_*]{1,2}(?=\s|$)/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();

/**
 * Errors no rule of the engine has, in their programs' own words, per step (CONVENTIONS §2.5, §2.6 (cw134)):
 * - Compose v1's check of files merged with -f (compose/config/config.py merge: "Version mismatch: file {} specifies version {} but
 *   extension file {} uses version {}"): Compose cannot read the files it was given → compose-file-invalid.
 * - moby's refusal of a legacy link across networks (daemon/container_operations.go: "Cannot link to %s, as it does not belong to the
 *   default network"): the container linked to sits on a network of its own (a Compose project's), the new one on Docker's bridge.
 * - Compose 1.0-1.1's `--version` (compose/cli/main.py's docopt `version="docker-compose %s" % __version__`, no "version" word):
 *   Compose v1, too old for the lesson's file, as its later `docker-compose version 1.x, build …` is.
 */
const composeLines: [RegExp, Panel[], (m: RegExpExecArray) => [DiagnosisId, Details?]][] = [
  [
    /\bVersion mismatch: file \S{1,200} specifies version [\d.]{1,8} but extension file \S{1,200} uses version [\d.]{1,8}/,
    ['compose', 'networks'],
    () => ['compose-file-invalid'],
  ],
  [
    /\bCannot link to \/?([\w.-]{1,100}), as it does not belong to the default network\b/,
    ['compose', 'networks'],
    (m) => ['network-wrong-project', { variant: 'link', name: m[1] }],
  ],
  [/^(?:\$>?\s)?docker-compose v?1\.[01]\.\d{1,2}\s*$/, ['compose'], () => ['compose-too-old']],
];

/** A container's own host name: moby names it after the container's ID, its first 12 digits (`uname -a`'s, a shell prompt's). */
const containerHost = /^(?:Linux [0-9a-f]{12} \d|[\w.-]{1,32}@[0-9a-f]{12}:[~/])/;

/**
 * Imported by the chunks of lessons 3, 5, 7 and 8 only (step-install.ts, step-run.ts, step-compose.ts), so esbuild gives it a chunk
 * those three load, never the page's entry, and the share and volumes panels do without it (stop 48). The entry's code it uses comes
 * through `lib` (lib.ts): imported, those modules would leave the entry for a chunk of their own that loads with the page.
 */
export function stepFallback(lib: Lib, facts: Facts, what: Panel, rules: ErrorRule[]): Diagnosis | undefined {
  const { d, errorHits, programFailed: failed } = lib;
  const lines = keptLines(facts);
  // An error line a reader kept that no rule matched as it was copied (Markdown's marks, doubled spaces): read again without them,
  // by the step's own rules, the most fundamental first (as diagnose-errors.ts ranks the hits).
  const again = lines.flatMap((l) => {
    const p = plain(l);
    return p !== l.trim() ? errorHits(p, rules) : [];
  });
  const hit = again.reduce<Hit | undefined>((a, h) => (a && a.rank <= h.rank ? a : h), undefined);
  if (hit) return d(hit.id, hit.details);
  for (const [re, steps, answer] of composeLines) {
    if (!steps.includes(what)) continue;
    const m = lines.map((l) => re.exec(plain(l))).find((x) => x);
    if (m) return d(...answer(m));
  }
  const running = facts.containers.some((c) => c.state === 'running');
  if (what === 'run' && !running) {
    // A detached run whose container's logs (`docker logs` of its name) end in its program's failure: it stopped there (CONVENTIONS
    // §2.2 (cw134)). Only one log key: a Compose log of several services is another step's.
    const ran = facts.commands.filter((l) => l.command === 'container run' && l.detach && l.name);
    const logs = facts.commands.some((l) => l.command === 'container logs' && ran.some((r) => r.name === l.name));
    const keys = Object.entries(facts.lastLines).filter(([, l]) => l.length);
    if (logs && keys.length === 1 && keys[0]![1].slice(-6).some((l) => l.length < 400 && failed.test(l)))
      return d('container-exited', { variant: 'crash', lastLines: keys[0]![1] });
  }
  if (what === 'install' && !facts.hits.length) {
    // A container the daemon created for a docker run of the paste, shown by its own host name in its output (`uname -a` in it, its
    // shell's prompt): the daemon answered this client (CONVENTIONS §2.1 (cw134)). Nothing failing is shown (no hit).
    const ran = facts.commands.some((l) => /^container (?:run|exec)$/.test(l.command));
    // cw162 (stop 54): or a command typed at that container's root prompt (step-install.ts settle: facts.inside), the prompt being the
    // same host name as a line of its own (`docker exec -it ollama /bin/bash`, then `root@116d4ab755d1:/# ls`).
    if (ran && (facts.inside || lines.some((l) => containerHost.test(l.trim()))))
      return d('healthy', facts.sudo ? { variant: 'sudo' } : {});
  }
  return undefined;
}
