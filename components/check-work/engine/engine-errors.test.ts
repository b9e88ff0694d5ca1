/*
 * cw28: what the client prints when it cannot use an engine, from the sources (engine-errors.ts), and the classes that sweep
 * added, each tested on another wording, engine or version than the table's row.
 */
import { describe, it } from 'vitest';
import { engineErrors } from './engine-errors';
import { expectSweepRow } from './test-pastes';

describe('the engine-state sweep (engine-errors.ts)', () => {
  it.each(engineErrors.map((c, i) => [i, c.check, c.source, c] as const))('%i %s %s', async (_, __, ___, c) => {
    await expectSweepRow(c);
  });
});
