import { describe, expect, it } from 'vitest';
import { body } from './load-fixture';
import { parseTable, splitName, stateOf } from './parse-table';

const lines = (name: string) => body(name).split('\n');

describe('parseTable: docker ps', () => {
  it('reads docker/cli’s own golden table, empty PORTS cells included', () => {
    const t = parseTable(lines('golden-container-list'))!;
    expect(t.compose).toBe(false);
    expect(t.containers.map((c) => c.name)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(t.containers[0]).toMatchObject({ image: 'busybox:latest', state: 'running', ports: [] });
    expect(t.containers[4]!.ports).toEqual([{ ip: '8.8.8.8', host: 82, container: 82, proto: 'tcp' }]);
  });

  it('reads header-less rows the terminal wrapped, and no sentence below a row as its name', () => {
    // Modelled on meteorhacks/meteord#75 (docker ps -a at 80 columns, wrapped inside CREATED); here 100 columns,
    // wrapped inside STATUS, with a second row that fits.
    const wrapped = [
      '3c9e1f0a7b2d   e4l-python-graph   "python app.py"   About an hour ago   Exited (137) 12 minut',
      'es ago                         dash-app',
      '9b8a7c6d5e4f   postgres:18   "docker-entrypoint.s…"   2 hours ago   Up 2 hours   5432/tcp   pg',
      'why does dash-app stop?',
    ];
    expect(parseTable(wrapped)?.containers.map(({ name, state, exitCode }) => ({ name, state, exitCode }))).toEqual([
      { name: 'dash-app', state: 'exited', exitCode: 137 },
      { name: 'pg', state: 'running', exitCode: undefined },
    ]);
  });

  it('takes the first of several NAMES (--no-trunc lists links too)', () => {
    expect(parseTable(lines('golden-container-list-no-trunc'))!.containers[1]!.name).toBe('c2');
  });

  it('reads the older, wider padding and an exited container without PORTS', () => {
    const c = parseTable(lines('ps-table-exited-old'))!.containers;
    expect(c).toEqual([
      {
        name: 'dash-app',
        id: 'b3e1c0ed5bfe',
        created: '12 seconds ago',
        image: 'e4l-python-graph',
        state: 'exited',
        exitCode: 1,
        stopped: '5 seconds',
        ports: undefined,
      },
    ]);
  });

  it('reads a docker ps -s table whose spaces a copy collapsed by its name, not its SIZE cell', () => {
    // The SIZE cell as docker/cli's formatter prints it (container.go Size(): `%s (virtual %s)`), in go-units' newer form (h122's
    // course notes, `docker ps -as`) and its older one with a space before the unit (Docker 1.x).
    const t = parseTable([
      'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES SIZE',
      '1206928ce4ba nginx:latest "/docker-entrypoint.…" About a minute ago Restarting (1) 3 seconds ago nginx 0B (virtual 187MB)',
      '61567bcebdd2 mysql:8.0.33 "docker-entrypoint.s…" About a minute ago Exited (2) About a minute ago emartdb 0B',
      '4c2d8f1a9b3e redis "redis-server" 2 hours ago Up 2 hours 6379/tcp cache 2 B (virtual 125.1 MB)',
    ])!;
    expect(t.containers.map(({ name, state, exitCode }) => ({ name, state, exitCode }))).toEqual([
      { name: 'nginx', state: 'restarting', exitCode: 1 },
      { name: 'emartdb', state: 'exited', exitCode: 2 },
      { name: 'cache', state: 'running', exitCode: undefined },
    ]);
  });

  it('reads an empty listing as a listing', () => {
    expect(parseTable(lines('ps-table-empty'))).toEqual({ compose: false, containers: [], start: 1, end: 2 });
  });
});

describe('parseTable: docker compose ps', () => {
  it('reads the table since Compose 2.21 (docs example)', () => {
    const t = parseTable(lines('docs-compose-ps-all'))!;
    expect(t.compose).toBe(true);
    expect(t.containers).toMatchObject([
      { name: 'example-foo-1', service: 'foo', state: 'running', ports: [{ ip: '0.0.0.0', host: 8080, container: 80 }] },
      { name: 'example-bar-1', service: 'bar', state: 'exited', exitCode: 0 },
    ]);
  });

  it('reads the older table without IMAGE and CREATED, and project and service from the name', () => {
    expect(parseTable(lines('compose-ps-table-old-exited'))!.containers[0]).toMatchObject({
      name: 'dash-app-web-1',
      project: 'dash-app',
      service: 'web',
      state: 'exited',
      exitCode: 1,
    });
  });

  it('does not read docker compose ls or docker images as a container list', () => {
    expect(
      parseTable([
        'NAME                STATUS              CONFIG FILES',
        'dash-app            running(1)          /home/me/dash-app/compose.yaml',
      ]),
    ).toBeNull();
    expect(parseTable(lines('docker-images'))).toBeNull();
  });
});

describe('stateOf', () => {
  it.each([
    ['Up 2 minutes', 'running', undefined],
    ['Up 5 minutes (Paused)', 'paused', undefined],
    ['Up 3 seconds (healthy)', 'running', undefined],
    ['Exited (137) 5 seconds ago', 'exited', 137],
    ['exited (0)', 'exited', 0],
    ['Restarting (1) 2 seconds ago', 'restarting', 1],
    ['Created', 'created', undefined],
    ['running', 'running', undefined],
  ])('%s → %s', (status, state, exitCode) => {
    expect(stateOf(status)).toEqual(exitCode === undefined ? { state } : { state, exitCode });
  });

  it('knows nothing of other text', () => {
    expect(stateOf('About a minute ago')).toEqual({});
  });
});

describe('splitName', () => {
  it('splits Compose container names of v2 and v1', () => {
    expect(splitName('dash-app-web-1')).toEqual({ project: 'dash-app', service: 'web' });
    expect(splitName('dash-app_proxy_1')).toEqual({ project: 'dash-app', service: 'proxy' });
    expect(splitName('dash-app')).toEqual({});
  });
});
