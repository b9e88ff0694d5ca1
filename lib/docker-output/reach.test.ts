import { describe, expect, it } from 'vitest';
import { checkReach, reachPath } from '.';
import { body } from './load-fixture';

describe('reachPath', () => {
  it('asks the issue’s four questions in order, each with a read-only command', () => {
    expect(reachPath.map((s) => s.id)).toEqual(['running', 'published', 'listening', 'port-free']);
    for (const s of reachPath) {
      expect(s.command).toMatch(/^docker (ps|port|logs) /);
      expect(s.question.endsWith('?')).toBe(true);
      expect(s.reveals.length).toBeGreaterThan(20);
    }
  });
});

describe('checkReach', () => {
  it('running: yes, and points to the next question', () => {
    expect(checkReach('running', body('ps-table-running'))).toMatchObject({ kind: 'ok', explanation: 'Good. Next: Is port 8050 published?' });
  });

  it('running: gone, or exited with its code', () => {
    expect(checkReach('running', body('ps-table-empty')).id).toBe('container-not-found');
    expect(checkReach('running', body('ps-json-exited')).details?.exitCode).toBe(1);
  });

  it('published: reads docker port, docker ps and docker inspect alike', () => {
    expect(checkReach('published', body('docker-port-all'))).toMatchObject({ kind: 'ok', explanation: '0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp. Next: Does the app listen on 0.0.0.0?' });
    expect(checkReach('published', body('inspect-no-publish')).id).toBe('no-port-published');
    expect(checkReach('published', body('ps-table-swapped')).id).toBe('ports-swapped');
    expect(checkReach('published', body('docker-port-loopback')).id).toBe('published-on-loopback');
  });

  it('listening: loopback is the problem, 0.0.0.0 is fine', () => {
    expect(checkReach('listening', body('logs-loopback')).id).toBe('app-listens-on-loopback');
    expect(checkReach('listening', body('logs-all-addresses'))).toMatchObject({ kind: 'ok', explanation: 'That part is right. Next: Is port 8050 on your machine free?' });
  });

  it('port-free: names the container that holds the port', () => {
    const v = checkReach('port-free', body('ps-table-other-holder'));
    expect(v).toMatchObject({ id: 'port-already-allocated', explanation: 'dash-app-web-1 publishes it, so dash-app cannot.' });
    expect(v.commands[0]).toBe('docker stop dash-app-web-1');
  });

  it('port-free: our own dash-app holding it is fine', () => {
    expect(checkReach('port-free', body('ps-table-running')).kind).toBe('ok');
  });

  it('asks for its own command when it cannot read the paste', () => {
    expect(checkReach('published', 'hello')).toMatchObject({ kind: 'unreadable', fix: 'Paste the output of docker port dash-app.' });
    expect(checkReach('listening', body('ps-table-running')).kind).toBe('unreadable');
    expect(checkReach('nope' as never, '').commands).toEqual([reachPath[0]!.command]);
  });
});
