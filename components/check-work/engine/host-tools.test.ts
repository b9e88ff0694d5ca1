/*
 * cw33: what the host's own tools print beside Docker, from their sources (host-tools.ts), and the classes of line that sweep
 * added (host-tools-read.ts), each tested on a variation (another program, version or platform) rather than the table's paste.
 */
import { describe, it } from 'vitest';
import { hostTools } from './host-tools';
import { expectSweepRow } from './test-pastes';

describe('the host-tools sweep (host-tools.ts)', () => {
  it.each(hostTools.map((c, i) => [i, c.source, c] as const))('%i %s', async (_, __, c) => {
    await expectSweepRow(c);
  });
});
