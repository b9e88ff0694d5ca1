/*
 * cw29: how Docker and Compose print a container's state and its published ports, from the formatters' sources
 * (state-layouts.ts), and the classes of layout that sweep fixed, each tested on a variation rather than the table's paste.
 */
import { describe, expect, it } from 'vitest';
import { stateLayouts } from './state-layouts';
import { check, expectSweepRow, psJson } from './test-pastes';

describe('the state and port layout sweep (state-layouts.ts)', () => {
  it.each(stateLayouts.map((c, i) => [i, c.source, c] as const))('%i %s', async (_, __, c) => {
    await expectSweepRow(c);
  });
});

// Each class the sweep added, on another wording, name or layout than the table's.
describe('cw29: states and ports by class', () => {
  // parse-table.ts stateOf / statusIn (moby State.String): "Removal In Progress" is no running container, also in a row a chat
  // collapsed; so is "Dead".
  it('reads "Removal In Progress" and "Dead" as not running, in a table and in a collapsed row', async () => {
    const row = (status: string) => `a1b2c3d4e5f6 dash-app "python app.py" 5 minutes ago ${status} dash-app`;
    expect(
      await check('reach:running', 'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n' + row('Removal In Progress')),
    ).toMatchObject({
      kind: 'problem',
      id: 'container-exited',
    });
    expect((await check('run', row('Dead'))).kind).not.toBe('ok');
    expect((await check('reach:running', row('Up 4 seconds (health: starting)'))).id).toBe('healthy');
  });
  // diagnose-container.ts portCheck: only a TCP mapping is published for the app (DisplayablePorts' Type, docker port's proto,
  // Publishers' Protocol); udp or sctp beside tcp changes nothing.
  it('never reads a udp or sctp mapping as the app published', async () => {
    expect((await check('reach:published', '$ docker port dash-app\n8050/sctp -> 0.0.0.0:8050')).id).toBe('no-port-published');
    expect((await check('run', psJson(['dash-app', 'Up 1 second', '[::]:8050->8050/udp, 8050/tcp']))).id).toBe('no-port-published');
    expect((await check('reach:published', '$ docker port dash-app\n8050/udp -> 0.0.0.0:8050\n8050/tcp -> 0.0.0.0:8050')).kind).toBe('ok');
    expect((await check('reach:published', '$ docker container port dash-app 8050/udp\n[::]:8050')).id).toBe('no-port-published');
  });
  // parse-errors.ts: "no public port" with the port as typed (no /tcp), never a udp one.
  it('reads "no public port" with the port as typed, tcp only', async () => {
    expect((await check('reach:published', "Error: No public port '8050' published for dash-app")).id).toBe('no-port-published');
    expect((await check('reach:published', "no public port '8050/udp' published for dash-app")).id).not.toBe('no-port-published');
  });
  // step-reach.ts settle: docker port that printed nothing, shown by a bare prompt or the next command; the command alone is
  // no output (it may be the command pasted without what it printed).
  it('reads an empty docker port as nothing published only when a prompt shows it finished', async () => {
    expect((await check('reach:published', 'PS C:\\Users\\me> docker port dash-app\nPS C:\\Users\\me> ')).id).toBe('no-port-published');
    expect((await check('reach:published', '$ docker port dash-app')).kind).toBe('unreadable');
    expect((await check('reach:published', '$ docker port other\n$ ')).id).toBe('container-not-found');
  });
  // compose-errors.ts attached / diagnose-compose.ts: Compose 2.x's `up` without -d, Created or Recreated then Attaching to:
  // started, its ports not shown; without Attaching to, Created stays never started.
  it('reads v2’s attached up as started, not created', async () => {
    const up = '[+] Running 2/2\n ⠿ Network dash-app_default  Created  0.1s\n ⠿ Container dash-app-web-1  Created  0.2s\n';
    expect(
      await check('compose', up + 'Attaching to dash-app-web-1\ndash-app-web-1  | Dash is running on http://0.0.0.0:8050/'),
    ).toMatchObject({
      kind: 'partial',
    });
    expect((await check('compose', up)).id).toBe('compose-service-not-running');
  });
});
