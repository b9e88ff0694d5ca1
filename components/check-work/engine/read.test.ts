import { describe, expect, it } from 'vitest';
import { body } from './load-fixture';
import { prepare } from './normalize';
import { parts, read } from './read';
import { readScan } from './schemas';

const facts = (name: string) => read(parts(prepare(body(name))), readScan);

describe('read', () => {
  it('validates JSON shapes against the real field names', () => {
    expect(facts('docs-ps-json').containers).toEqual([
      { name: 'boring_keldysh', image: 'nginx', state: 'running', ports: [{ ip: '', host: 0, container: 80, proto: 'tcp' }] },
    ]);
    expect(facts('docs-compose-ps-json').containers.map((c) => [c.name, c.service, c.project, c.state])).toEqual([
      ['example-bar-1', 'bar', 'example', 'exited'],
      ['example-foo-1', 'foo', 'example', 'running'],
    ]);
    expect(facts('docs-network-inspect-bridge').networks).toEqual([
      { name: 'bridge', project: undefined, key: undefined, members: ['container2', 'container1'] },
    ]);
    expect(facts('inspect-running').containers[0]).toMatchObject({
      name: 'dash-app',
      image: 'e4l-python-graph',
      state: 'running',
      exitCode: 0,
    });
  });

  it('takes the requested bindings of a stopped container (NetworkSettings.Ports is empty then)', () => {
    expect(facts('inspect-exited').containers[0]!.ports).toEqual([{ ip: '', host: 8050, container: 8050, proto: 'tcp' }]);
    expect(facts('inspect-no-publish').containers[0]!.ports).toEqual([{ ip: '', host: 0, container: 8050, proto: 'tcp' }]);
  });

  it('reads Compose labels of networks', () => {
    expect(facts('network-inspect-ok').networks.map((n) => [n.key, n.project, n.members])).toEqual([
      ['frontend', 'dash-app', ['dash-app-proxy-1', 'dash-app-web-1']],
      ['backend', 'dash-app', ['dash-app-db-1', 'dash-app-web-1']],
    ]);
  });

  it('ignores JSON of other shapes', () => {
    const f = read(parts('[{"Id":"sha256:54e6","RepoTags":["hello-world:latest"]}]'), readScan);
    expect(f.kinds).toEqual([]);
    expect(f.containers).toEqual([]);
  });

  it('remembers an unrelated command pasted above its output', () => {
    expect(facts('git-status').foreign).toBe('git status');
    expect(facts('ps-table-running').foreign).toBeUndefined();
  });

  it('marks cut JSON', () => {
    expect(facts('inspect-truncated').cutJson).toBe(true);
  });

  it('finds the JSON of each segment before reading, so the caller knows whether to load the schemas', () => {
    expect(parts(prepare(body('ps-table-running'))).map((p) => p.json.values.length)).toEqual([0]);
    expect(parts(prepare(body('ps-json-running'))).map((p) => p.json.values.length)).toEqual([1]);
    // Without the schemas, JSON adds nothing (check.ts loads them whenever some part has JSON).
    expect(read(parts(prepare(body('ps-json-running')))).containers).toEqual([]);
  });

  it('reads the container of docker port from its command line', () => {
    expect(facts('docker-port-all').containers).toEqual([
      {
        name: 'dash-app',
        ports: [
          { ip: '0.0.0.0', host: 8050, container: 8050, proto: 'tcp' },
          { ip: '[::]', host: 8050, container: 8050, proto: 'tcp' },
        ],
      },
    ]);
  });

  it('names logs after the command that printed them', () => {
    expect(facts('compose-logs-exited').kinds).toEqual(['docker compose up']);
    expect(facts('logs-loopback').kinds).toEqual(['docker run']);
    expect(facts('compose-logs-old-prefix-loopback').kinds).toEqual(['docker compose logs']);
  });
});
