/*
 * cw150 (stop 51, the lead's): lesson 5's and the "can't reach it" path's container started again. cw148's rule (a stopped row that
 * a later listing shows Up, after the paste's own `docker start`/`restart` or Compose `up`/`start`/`restart` between the two: the
 * later state, CONVENTIONS §2.0) answered at Compose's step only; pickContainer (diagnose-container.ts) read dash-app's first row, so
 * `docker ps -a` with dash-app `Exited`, `docker start dash-app`, then `docker ps` with it Up on 8050 was container-exited (a probe
 * after stop 50's merge). Each row a short paste on docker/cli's ps table (cli/command/formatter/container.go: CONTAINER ID, IMAGE,
 * COMMAND, CREATED, STATUS, PORTS, NAMES; `Exited (0) 2 minutes ago`, `Up 3 seconds`), never a holdout paste.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');
const head = 'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS                     PORTS     NAMES';
const exited = (code: number, name = 'dash-app') =>
  `3f2a1b9c8d7e   dash-app   "python app.py"   5 minutes ago   Exited (${code}) 2 minutes ago             ${name}`;
const up = (name = 'dash-app') =>
  `3f2a1b9c8d7e   dash-app   "python app.py"   5 minutes ago   Up 3 seconds   0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp   ${name}`;
const startedThenUp = (start: string, code = 0) =>
  lines('$ docker ps -a', head, exited(code), `$ ${start}`, start.split(' ').at(-1)!, '$ docker ps', head, up());

const rows: Row[] = [
  { check: 'run', want: ['ok', 'healthy'], id: 'start-by-name', text: startedThenUp('docker start dash-app') },
  { check: 'reach:running', want: ['ok', 'healthy'], id: 'start-by-name-running', text: startedThenUp('docker start dash-app') },
  { check: 'reach:published', want: ['ok', 'healthy'], id: 'start-by-name-published', text: startedThenUp('docker start dash-app', 1) },
  { check: 'run', want: ['ok', 'healthy'], id: 'restart-by-id', text: startedThenUp('docker restart 3f2a1b9c8d7e', 137) },
  { check: 'run', want: ['ok', 'healthy'], id: 'container-start', text: startedThenUp('docker container start dash-app', 1) },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-up-then-no-start',
    // cw85: Exited then Up with nothing of the learner's between (a restart policy's loop): the stopped row stands.
    text: lines('$ docker ps -a', head, exited(1), '$ docker ps', head, up()),
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-start-then-exited-again',
    // Started, and listed stopped again: the later state is the stopped one.
    text: lines('$ docker ps -a', head, exited(1), '$ docker start dash-app', 'dash-app', '$ docker ps -a', head, exited(1)),
  },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-start-of-another',
    // A start of another container, and no later row of dash-app: its stopped row stands.
    text: lines('$ docker ps -a', head, exited(1), '$ docker start web', 'web'),
  },
];

describe('cw150 a container started again, at lesson 5 and the "can\'t reach it" path', () => {
  it.each(rows)('$id at $check', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
