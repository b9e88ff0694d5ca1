/*
 * For the unit tests only (Node): reads a fixture and splits its header (source, changed)
 * from the body, which is the text exactly as a terminal showed it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Fixture = { source: string; changed: string; body: string };

export const fixturesDir = join(__dirname, 'fixtures');

export function loadFixture(name: string): Fixture {
  const raw = readFileSync(join(fixturesDir, name.endsWith('.txt') ? name : `${name}.txt`), 'utf8');
  const end = raw.indexOf('\n---\n');
  const header = raw.slice(0, end);
  const field = (key: string) => new RegExp(`^${key}: (.+)$`, 'm').exec(header)?.[1] ?? '';
  return { source: field('source'), changed: field('changed'), body: raw.slice(end + 5) };
}

export const body = (name: string) => loadFixture(name).body;

/** Every diagnosis with its fixtures and their sources, e.g. for release notes. */
export async function catalogWithSources() {
  const { catalog } = await import('./catalog');
  return Object.entries(catalog).flatMap(([id, entries]) =>
    entries.map(({ check, fixture }) => {
      const { source, changed } = loadFixture(fixture);
      return { id, check, fixture: `components/check-work/engine/fixtures/${fixture}`, source, changed };
    }),
  );
}
