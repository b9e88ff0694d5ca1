/*
 * cw32: what a container prints when its own command fails to start, from the programs' sources (crash-lines.ts), at every
 * step that reads it.
 */
import { describe, expect, it } from 'vitest';
import { crashLines } from './crash-lines';
import { check, expectSweepRow } from './test-pastes';

describe('the start-failure sweep (crash-lines.ts)', () => {
  it.each(crashLines.map((c, i) => [i, c.source, c] as const))('%i %s', async (_, __, c) => {
    await expectSweepRow(c);
  });
});

// The classes of start-failures.ts, on lines that are not a container's own start failing.
describe('cw32: what is not a start failure (start-failures.ts)', () => {
  it('leaves a tool the learner typed to look, and keeps its own answer', async () => {
    const d = await check('reach:listening', '$ docker exec dash-app bash -c "curl localhost:8050"\nbash: line 1: curl: command not found');
    expect(d.id).not.toBe('container-exited');
    expect((await check('compose', '$ docker-compose up\nbash: docker-compose: command not found')).id).not.toBe(
      'compose-service-not-running',
    );
  });
  it('reads Rails’ stale server.pid under Compose by its Exiting, and bare by the line itself', async () => {
    const log = 'web-1  | => Booting Puma\nweb-1  | A server is already running. Check /app/tmp/pids/server.pid.\nweb-1  | Exiting';
    expect(await check('compose', log)).toMatchObject({ id: 'compose-service-not-running', details: { state: 'exited' } });
    expect((await check('reach:running', 'A server is already running (pid: 1, file: /app/tmp/pids/server.pid).')).id).toBe(
      'container-exited',
    );
  });
  it('keeps Compose’s own missing file, and not a container’s', async () => {
    expect((await check('compose', 'open /home/me/dash-app/compose.yaml: no such file or directory')).id).toBe('compose-no-file');
    expect((await check('compose', 'web-1  | panic: open /app/config.yaml: no such file or directory')).id).not.toBe('compose-no-file');
  });
});

describe('cw32: a timestamp before the program’s words (start-failures.ts)', () => {
  it('reads docker logs -t’s RFC 3339 and Docker Desktop’s local time', async () => {
    const node = "Error: Cannot find module '/app/index.js'";
    expect((await check('reach:listening', `2025-03-01T12:00:00.123456789Z ${node}`)).id).toBe('container-exited');
    expect((await check('reach:running', `2025-03-01 12:00:00 ${node}`)).id).toBe('container-exited');
  });
});
