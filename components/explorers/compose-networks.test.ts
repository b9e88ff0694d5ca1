import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCompose } from '@/tests/code-samples/code-samples';
import { composeYaml, exampleNetworks, exampleProject, exampleServices, reachability, type ServiceSpec } from './compose-networks';

const withNetworks = (networks: Record<string, string[]>): ServiceSpec[] =>
  exampleServices.map((service) => ({ ...service, networks: networks[service.name] ?? [] }));

const reach = (networks: Record<string, string[]>) =>
  Object.fromEntries(reachability(withNetworks(networks)).map((p) => [`${p.a}-${p.b}`, p.reachable ? p.shared.join('+') : false]));

describe('reachability', () => {
  it('follows the lesson’s example: web between proxy and db', () => {
    expect(reach({ proxy: ['frontend'], web: ['frontend', 'backend'], db: ['backend'] })).toEqual({
      'proxy-web': 'frontend',
      'proxy-db': false,
      'web-db': 'backend',
    });
  });

  it('puts services without networks on default, where they all meet', () => {
    expect(reach({})).toEqual({ 'proxy-web': 'default', 'proxy-db': 'default', 'web-db': 'default' });
  });

  it('does not put a service with networks on default as well', () => {
    expect(reach({ proxy: ['frontend'] })).toEqual({ 'proxy-web': false, 'proxy-db': false, 'web-db': 'default' });
  });

  it('lists every shared network', () => {
    expect(reach({ proxy: ['frontend', 'backend'], web: ['backend', 'frontend'], db: ['backend'] })).toEqual({
      'proxy-web': 'frontend+backend',
      'proxy-db': 'backend',
      'web-db': 'backend',
    });
  });
});

describe('composeYaml', () => {
  it('writes the lesson’s compose.yaml for the lesson’s example', () => {
    const lesson = readFileSync(path.join(process.cwd(), 'content/lessons/09-compose-networks.mdx'), 'utf8');
    const block = /```yaml title="compose\.yaml"\n([\s\S]*?)```/.exec(lesson)?.[1];
    expect(composeYaml(exampleServices, exampleNetworks, exampleProject)).toBe(block);
  });

  it('leaves out networks: where a service only joins default, and unused networks', () => {
    const yaml = composeYaml(withNetworks({ web: ['backend'], db: ['backend'] }), exampleNetworks);
    expect(yaml).toBe(
      [
        'services:',
        '  proxy:',
        '    image: nginx:stable',
        '    ports:',
        '      - "8080:80"',
        '    volumes:',
        '      - ./proxy.conf:/etc/nginx/conf.d/default.conf:ro',
        '    depends_on:',
        '      - web',
        '  web:',
        '    build: .',
        '    init: true',
        '    networks:',
        '      - backend',
        '  db:',
        '    image: postgres:18',
        '    environment:',
        '      POSTGRES_PASSWORD: example',
        '    networks:',
        '      - backend',
        '',
        'networks:',
        '  backend:',
        '',
      ].join('\n'),
    );
    expect(composeYaml(withNetworks({}), exampleNetworks)).not.toMatch(/networks/);
  });

  it('is a valid Compose file that means the same as the rules, for all 64 choices', () => {
    const subsets = [[], ['frontend'], ['backend'], ['frontend', 'backend']];
    for (const proxy of subsets) {
      for (const web of subsets) {
        for (const db of subsets) {
          const services = withNetworks({ proxy, web, db: [...db].reverse() });
          const yaml = composeYaml(services, exampleNetworks);
          expect(checkCompose(yaml), yaml).toEqual([]);
          // Read back the way Compose does: no key means default.
          const file = parse(yaml) as { services: Record<string, { networks?: string[] }>; networks?: Record<string, null> };
          const readBack = Object.entries(file.services).map(([name, s]) => ({ name, networks: s.networks ?? [] }));
          expect(reachability(readBack)).toEqual(reachability(services));
          expect(Object.keys(file.networks ?? {}).sort()).toEqual([...new Set([...proxy, ...web, ...db])].sort());
        }
      }
    }
  });
});
