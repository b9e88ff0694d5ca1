import { describe, expect, it } from 'vitest';
import { body } from './load-fixture';
import { composeConfig, parseYaml } from './parse-compose-config';

const lines = (name: string) => body(name).split('\n').slice(name === 'compose-config-ok' ? 1 : 0);

describe('parseYaml', () => {
  it('reads block maps, lists of maps, scalars and flow forms', () => {
    expect(parseYaml(['a:', '  b: "1"', '  c:', '    - x: 2', '      y: z', '    - plain', '  d: {}', '  e: [p, q]', '  f: null'])).toEqual({
      a: { b: '1', c: [{ x: '2', y: 'z' }, 'plain'], d: {}, e: ['p', 'q'], f: '' },
    });
  });

  it('reads block scalars as text and skips comments', () => {
    expect(parseYaml(['# comment', 'c: |', '  line one', '  line two', 'd: x'])).toEqual({ c: 'line one\nline two', d: 'x' });
  });

  it('survives what is not YAML', () => {
    expect(() => parseYaml(['- a', 'b', '    c: d', ':', '  - '])).not.toThrow();
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
    expect(composeConfig(['services:', '  proxy:', '    command: ["curl", "http://127.0.0.1:8050/"]'])!.localhost).toBe('http://127.0.0.1:8050/');
    // web checking itself on localhost is fine.
    expect(composeConfig(['services:', '  web:', '    healthcheck:', '      test: curl -f http://localhost:8050'])!.localhost).toBeUndefined();
  });

  it('knows a service without a networks key', () => {
    expect(composeConfig(['services:', '  web:', '    image: x'])!.services.web!.networks).toBeUndefined();
  });

  it('returns null without services', () => {
    expect(composeConfig(['name: x'])).toBeNull();
  });
});
