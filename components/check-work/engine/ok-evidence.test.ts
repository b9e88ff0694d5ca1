/*
 * ok-evidence.ts: every ok is asked last whether its evidence is Docker's own output. Each rule turns a healthy-looking answer into
 * what the paste's evidence is, and leaves an ok alone when none applies (the "none" rows must fail if a rule grew too wide).
 */
import { describe, expect, it } from 'vitest';
import { d } from './diagnosis';
import { unproven } from './ok-evidence';

const ok = d('healthy', {});
type Part = { cmd: string; retold?: boolean; compatible?: string };
const answer = (clean: string, list: Part[] = [{ cmd: '' }], what = 'run') => {
  const v = unproven(ok, clean, list, what);
  return [v.kind, v.id, v.details.variant ?? ''];
};

describe('unproven', () => {
  it("turns an ok beside Python's PermissionError on a file into permission-denied (CPython OSError_str's layout)", () => {
    expect(answer("PermissionError: [Errno 13] Permission denied: '/app/data/cache.db'")).toEqual(['problem', 'permission-denied', '']);
  });
  it('keeps the socket’s own PermissionError for the readers (the rule is for the program’s own file)', () => {
    expect(answer("PermissionError: [Errno 13] Permission denied: '/var/run/docker.sock'")).toEqual(['ok', 'healthy', '']);
  });
  it("turns docker port's line quoted in a sentence into shows-part (what the learner says it printed)", () => {
    expect(answer('docker port dash-app', [{ cmd: 'docker port dash-app', retold: true }])).toEqual(['partial', 'shows-part', 'state']);
  });
  it('names a compatible CLI the learner typed, by its segment or in a collapsed line', () => {
    expect(answer('', [{ cmd: 'docker ps', compatible: 'nerdctl' }])).toEqual(['unreadable', 'unreadable', 'foreign']);
    expect(answer('❯ nerdctl ps CONTAINER ID   IMAGE')).toEqual(['unreadable', 'unreadable', 'foreign']);
  });
  it("reads Podman answering as docker, and at lesson 3 podman-docker's notice as shows-part", () => {
    const notice = 'Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.';
    expect(answer(notice, [{ cmd: 'docker version' }], 'install')).toEqual(['partial', 'shows-part', 'podman']);
    expect(answer(notice, [{ cmd: 'docker ps' }], 'run')).toEqual(['unreadable', 'unreadable', 'podman']);
  });
  it('leaves an ok whose evidence is none of these', () => {
    expect(answer('CONTAINER ID   IMAGE   STATUS\n3f2a1b9c8d7e   dash-app   Up 3 seconds', [{ cmd: 'docker ps' }])).toEqual([
      'ok',
      'healthy',
      '',
    ]);
  });
});
