import { describe, expect, it } from 'vitest';
import { body } from './load-fixture';
import { lib } from './lib';
import { composeConfig as readConfig } from './parse-compose-config';

// The entry's port readers, which the chunk of lessons 6 and 7 gets as lib.
const composeConfig = (lines: string[]) => readConfig(lines, lib);

const lines = (name: string) =>
  body(name)
    .split('\n')
    .slice(name === 'compose-config-ok' ? 1 : 0);

describe('composeConfig: the YAML it reads', () => {
  it('reads block maps, lists of maps, quoted and plain scalars, and the flow forms', () => {
    const c = composeConfig([
      'name: "dash-app"',
      'services:',
      '  "web":',
      '    ports:',
      '      - target: 8050',
      "        published: '8051'",
      '        host_ip: 127.0.0.1',
      '      - "9000:9000/udp"',
      '    networks: [frontend, "backend"]',
      '  proxy:',
      '    ports: ["8080:80"]',
      '    networks: {}',
      '  db:',
      '    networks:',
      '      backend:',
      '        aliases:',
      '          - database',
    ])!;
    expect(c.name).toBe('dash-app');
    expect(c.services.web).toEqual({
      ports: [
        { ip: '127.0.0.1', host: 8051, container: 8050, proto: 'tcp' },
        { ip: '', host: 9000, container: 9000, proto: 'udp' },
      ],
      networks: ['frontend', 'backend'],
    });
    expect(c.services.proxy).toEqual({ ports: [{ ip: '', host: 8080, container: 80, proto: 'tcp' }], networks: [] });
    expect(c.services.db!.networks).toEqual(['backend']);
  });

  it('reads block scalars as text and skips comments', () => {
    const c = composeConfig([
      '# comment',
      'services:',
      '  proxy:',
      '    # ports: - "1:1"',
      '    command: |',
      '      networks:',
      '        - nope',
      '      curl http://localhost:8050',
      '    image: nginx',
    ])!;
    expect(c.services.proxy).toEqual({ ports: [] });
    expect(c.localhost).toBe('http://localhost:8050');
  });

  it('counts a service once it has a key (or is written {}), not a bare name cut off at the end', () => {
    expect(Object.keys(composeConfig(['services:', '  web: {}', '  db:', '    image: postgres', '  proxy:'])!.services)).toEqual([
      'web',
      'db',
    ]);
  });

  it('survives what is not YAML', () => {
    expect(() => composeConfig(['- a', 'b', '    c: d', ':', '  - '])).not.toThrow();
    expect(composeConfig(['- a', 'b', '    c: d', ':', '  - '])).toBeNull();
    expect(() => composeConfig(['services:', '- x', '  - : :', '    ports:', '  -', '      - target:'])).not.toThrow();
  });
});

describe('composeConfig', () => {
  it('reads docker compose config: name, ports in long form, networks as a map', () => {
    const c = composeConfig(lines('compose-config-ok'))!;
    expect(c.name).toBe('dash-app');
    expect(c.services.proxy).toEqual({ ports: [{ ip: '', host: 8080, container: 80, proto: 'tcp' }], networks: ['frontend'] });
    expect(c.services.web!.networks).toEqual(['backend', 'frontend']);
    expect(c.localhost).toBeUndefined();
  });

  it('reads the lesson’s own compose.yaml too (short syntax)', () => {
    const c = composeConfig(lines('lesson7-compose-yaml'))!;
    expect(c.services.proxy!.ports).toEqual([{ ip: '', host: 8080, container: 80, proto: 'tcp' }]);
    expect(c.services.web!.networks).toEqual(['frontend', 'backend']);
    expect(c.services.db!.networks).toEqual(['backend']);
  });

  it('reads short port forms with an address', () => {
    const c = composeConfig(['services:', '  web:', '    ports:', '      - "127.0.0.1:8050:8050"', '      - 9000'])!;
    expect(c.services.web!.ports).toEqual([
      { ip: '127.0.0.1', host: 8050, container: 8050, proto: 'tcp' },
      { ip: '', host: 0, container: 9000, proto: 'tcp' },
    ]);
  });

  it('finds a localhost URL meant for web, in configs or in another service', () => {
    expect(composeConfig(lines('compose-config-localhost'))!.localhost).toBe('http://localhost:8050');
    expect(composeConfig(['services:', '  proxy:', '    command: ["curl", "http://127.0.0.1:8050/"]'])!.localhost).toBe(
      'http://127.0.0.1:8050/',
    );
    // web checking itself on localhost is fine.
    expect(
      composeConfig(['services:', '  web:', '    healthcheck:', '      test: curl -f http://localhost:8050'])!.localhost,
    ).toBeUndefined();
  });

  it('knows a service without a networks key', () => {
    expect(composeConfig(['services:', '  web:', '    image: x'])!.services.web!.networks).toBeUndefined();
  });

  it('reads the top-level networks, so that a service’s network missing there is seen', () => {
    // Modelled on docker-compose 1.29.2's `config` (the c-cli-v1-config-* pastes): map form, and `{}` for none.
    const v1 = composeConfig([
      'networks:',
      '  public: {}',
      'services:',
      '  api:',
      '    networks:',
      '      private: null',
      "version: '3.9'",
    ])!;
    expect(v1.networks).toEqual(['public']);
    expect(v1.services.api!.networks).toEqual(['private']);
    expect(composeConfig(['networks: {}', 'services:', '  api:', '    image: x'])!.networks).toEqual([]);
    expect(composeConfig(['services:', '  api:', '    image: x'])!.networks).toBeUndefined();
  });

  it('returns null without services', () => {
    expect(composeConfig(['name: x'])).toBeNull();
  });
});
