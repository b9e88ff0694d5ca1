import { composeProject } from '@/lib/shared/course';

/*
 * The rules behind <NetworkExplorer />, from the Compose Specification: a service without a
 * `networks` key joins the project's `default` network; a service with one joins only the
 * networks it lists. Two services reach each other by service name when they share at least
 * one network.
 */

export type ServiceSpec = {
  name: string;
  /** The service's own keys (image, ports, ...), as YAML lines indented under the service. */
  body: string[];
  /** The networks it joins; empty means `default`. */
  networks: string[];
};

export type Pair = { a: string; b: string; shared: string[]; reachable: boolean };

export const DEFAULT_NETWORK = 'default';

export function effectiveNetworks(service: Pick<ServiceSpec, 'networks'>): string[] {
  return service.networks.length ? service.networks : [DEFAULT_NETWORK];
}

/** Every pair of services, in the order given, with the networks they share. */
export function reachability(services: Array<Pick<ServiceSpec, 'name' | 'networks'>>): Pair[] {
  return services.flatMap((a, i) =>
    services.slice(i + 1).map((b) => {
      const theirs = new Set(effectiveNetworks(b));
      const shared = effectiveNetworks(a).filter((network) => theirs.has(network));
      return { a: a.name, b: b.name, shared, reachable: shared.length > 0 };
    }),
  );
}

/**
 * The compose.yaml for these services. A service that only joins `default` gets no
 * `networks` key; the top-level `networks` key declares only the networks some service uses,
 * in `networkOrder` (`default` is never declared: Compose creates it by itself).
 */
export function composeYaml(services: ServiceSpec[], networkOrder: string[], project?: string): string {
  const lines = [...(project ? [`name: ${project}`, ''] : []), 'services:'];
  for (const service of services) {
    lines.push(`  ${service.name}:`, ...service.body.map((line) => `    ${line}`));
    if (service.networks.length) lines.push('    networks:', ...sortBy(service.networks, networkOrder).map((n) => `      - ${n}`));
  }
  const used = sortBy([...new Set(services.flatMap((s) => s.networks))], networkOrder);
  if (used.length) lines.push('', 'networks:', ...used.map((network) => `  ${network}:`));
  return `${lines.join('\n')}\n`;
}

function sortBy(names: string[], order: string[]): string[] {
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...names].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
}

/** The lesson's example project (content/lessons/08-compose-networks.mdx), from the course's facts. */
export const exampleNetworks: string[] = [...composeProject.networks];

export const exampleProject = composeProject.name;

const { proxy, db } = composeProject.services;

export const exampleServices: ServiceSpec[] = [
  {
    name: 'proxy',
    body: [
      `image: ${proxy.image}`,
      'ports:',
      `  - "${proxy.publish.host}:${proxy.publish.container}"`,
      'volumes:',
      '  - ./proxy.conf:/etc/nginx/conf.d/default.conf:ro',
      'depends_on:',
      '  - web',
    ],
    networks: [...proxy.networks],
  },
  { name: 'web', body: ['build: .', 'init: true'], networks: [...composeProject.services.web.networks] },
  { name: 'db', body: [`image: ${db.image}`, 'environment:', '  POSTGRES_PASSWORD: example'], networks: [...db.networks] },
];

/** A pair's verdict and the reason after it, as the explorer words them. */
export function pairVerdict(pair: Pair): { ok: boolean; verdict: string; detail: string } {
  return pair.reachable
    ? { ok: true, verdict: 'can reach each other', detail: ` (both on ${pair.shared.join(' and ')}).` }
    : { ok: false, verdict: 'cannot reach each other', detail: ' (no network in common).' };
}
