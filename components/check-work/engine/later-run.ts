/*
 * cw46: the later try stands (CONVENTIONS §2.0, §2.2): of several `docker run` lines, the last one that printed its container's ID
 * alone and after it only listings of what runs, nothing failing in them. Read by lesson 5's run step (step-run.ts settle, cw43)
 * and the reach path's steps (step-reach.ts settle, cw46: a refused `-p 8001L80` then `-p 8001:80` and its ID, then docker ps,
 * at "Is port 8050 free?"). Its own module, so each step's chunk carries it without the other's rules.
 */
import type { Part } from './read';

/** cw43: the last `docker run` that printed its container's ID alone, after an earlier one, and after it only listings without an error. */
export function ranThenListed(said: Part[]): boolean {
  const onlyId = (p: Part) => {
    const out = p.lines.filter((l) => l.trim());
    return out.length === 1 && /^\s*[0-9a-f]{64}\s*$/.test(out[0]!);
  };
  const at = said.findLastIndex((p) => /^docker (?:container )?run\b/.test(p.cmd) && onlyId(p));
  const after = said.slice(at + 1);
  return (
    at > 0 &&
    after.length > 0 &&
    said.slice(0, at).some((p) => /^docker (?:container )?run\b/.test(p.cmd)) &&
    after.every(
      (p) =>
        /^docker (?:container )?(?:ps|ls|list)\b/.test(p.cmd) &&
        p.lines.some((l) => /^\s*CONTAINER ID\s/.test(l)) &&
        !p.lines.some((l) => /error|denied|refused|no such|fail|cannot|unable|conflict|in use|allocat/i.test(l)),
    )
  );
}
