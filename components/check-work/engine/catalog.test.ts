import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { catalogWithSources, fixturesDir, loadFixture } from './load-fixture';

describe('catalog', () => {
  it('gives every diagnosis at least one fixture, and the problems an older and a newer format where both exist', () => {
    for (const [id, entries] of Object.entries(catalog)) expect(entries.length, id).toBeGreaterThan(0);
    const twoFormats = [
      'daemon-not-running',
      'permission-denied',
      'client-too-old',
      'container-exited',
      'port-already-allocated',
      'no-arm64-manifest',
      'compose-service-not-running',
      'compose-not-installed',
    ] as const;
    for (const id of twoFormats) expect(new Set(catalog[id].map((e) => e.fixture)).size, id).toBeGreaterThan(1);
  });

  it('lists each diagnosis with its fixture and source', async () => {
    const rows = await catalogWithSources();
    expect(rows.length).toBe(Object.values(catalog).flat().length);
    expect(rows.find((r) => r.id === 'permission-denied')).toMatchObject({
      fixture: 'components/check-work/engine/fixtures/permission-29-version.txt',
      source: expect.stringContaining('cockpit-dockermanager/issues/37'),
    });
  });

  it('names fixtures that exist', () => {
    const files = new Set([...readdirSync(fixturesDir), ...readdirSync(join(fixturesDir, '../../corpus')).map((f) => `../../corpus/${f}`)]);
    for (const entries of Object.values(catalog)) for (const e of entries) expect(files.has(e.fixture), e.fixture).toBe(true);
  });
});

describe('fixtures', () => {
  it.each(readdirSync(fixturesDir))('%s names its source and what was changed', (name) => {
    const f = loadFixture(name);
    expect(f.source.length).toBeGreaterThan(20);
    expect(f.source).toMatch(/github\.com|@ [0-9a-f]{7,40}|@ v\d|this course/);
    expect(f.changed.length).toBeGreaterThan(3);
    expect(f.body.trim().length).toBeGreaterThan(0);
  });

  it('covers the older and newer formats the issue names', () => {
    const bodies = readdirSync(fixturesDir).map((n) => loadFixture(n).body);
    const has = (re: RegExp) => bodies.some((b) => re.test(b));
    expect(has(/^\[\{"ID".*"Service"/m)).toBe(true); // compose ps JSON array (before 2.21)
    expect(has(/^\{"ID".*"Service"/m)).toBe(true); // compose ps JSON Lines (2.21+)
    expect(has(/^web-1 {2}\| /m) && has(/^dash-app-web-1 {2}\| /m)).toBe(true); // compose logs prefixes
    expect(
      has(/permission denied while trying to connect to the docker API/) &&
        has(/Got permission denied while trying to connect to the Docker daemon socket/),
    ).toBe(true);
    expect(has(/failed to connect to the docker API at/) && has(/Cannot connect to the Docker daemon at/)).toBe(true);
    expect(has(/0\.0\.0\.0:8050->8050\/tcp, \[::\]:8050->8050\/tcp/) && has(/127\.0\.0\.1:8050->8050\/tcp/)).toBe(true);
  });
});
