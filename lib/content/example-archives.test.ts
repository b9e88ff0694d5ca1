import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveBytes, exampleArchives } from './example-archives';

describe('example archives', () => {
  it('offers the course’s example folder, dotfiles included, under one folder name', () => {
    expect(exampleArchives()).toContainEqual({ name: 'dash-app', path: '/examples/dash-app.zip' });
    const files = unzipSync(archiveBytes('dash-app'));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['dash-app/Dockerfile', 'dash-app/.dockerignore', 'dash-app/app.py', 'dash-app/compose.yaml']));
    expect(new TextDecoder().decode(files['dash-app/requirements.txt'])).toContain('dash');
  });

  it('gives the same bytes for the same files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'examples-'));
    mkdirSync(path.join(dir, 'demo', 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'demo', 'a.txt'), 'a\n');
    writeFileSync(path.join(dir, 'demo', 'sub', '.hidden'), 'h\n');
    expect(archiveBytes('demo', dir)).toEqual(archiveBytes('demo', dir));
    expect(Object.keys(unzipSync(archiveBytes('demo', dir))).sort()).toEqual(['demo/a.txt', 'demo/sub/.hidden']);
  });
});
