/*
 * Lessons 6 and 7: the project name, each expected service running with its port, the app on
 * 0.0.0.0, and in lesson 7 each service on its networks and the proxy reaching web by name.
 * Network names follow Compose: <project>_<network>, labelled com.docker.compose.network.
 * Their chunk's (step-compose.ts), with the reader of compose files (parse-compose-config.ts).
 */
import type { Lib } from './lib';
import type { Diagnosis, Facts } from './types';

const missingNetwork = ({ d }: Lib, name: string, network: string | string[], onDefault?: boolean) =>
  d('compose-service-missing-network', { name, network, variant: onDefault ? 'default' : undefined });

/** `lib`: the entry's helpers and checks (lib.ts), as this module is in a chunk of its own. */
export function diagnoseCompose(facts: Facts, lib: Lib, step: 'compose' | 'networks'): Diagnosis | undefined {
  const { d, expected, splitName, stateCheck, portCheck, appUrl, listenCheck } = lib;
  const notRunning = (name: string, variant: string) => d('compose-service-not-running', { name, variant });
  const e = expected[step];
  const { config, projects, containers } = facts;
  const other = projects.find((p) => p !== e.project);
  if (other && !projects.includes(e.project!)) return d('compose-project-name', { project: other });
  const lesson7 = step === 'networks';
  // nginx says why it fails (and exits): that explains a stopped proxy better than its state.
  const local = lesson7 && (facts.upstreamLocal ?? config?.localhost);
  if (local) return d('compose-localhost-upstream', { upstream: local });
  // A service that exited explains nginx's "host not found" or "connection refused" better than they do.
  const down = containers.find((c) => c.state && c.state !== 'running' && c.exitCode !== 0);
  if (facts.upstreamMissing || facts.upstreamRefused) {
    if (down) return stateCheck(down, down.service ?? splitName(down.name).service ?? down.name, facts.lastLines[down.service ?? ''], true);
    if (facts.upstreamMissing) return d('upstream-host-not-found', { upstream: facts.upstreamMissing });
    return d('upstream-connection-refused', { upstream: facts.upstreamRefused });
  }
  let note: Diagnosis | undefined;
  let url = e.url;
  for (const [name, want] of Object.entries(e.services!)) {
    const c = containers.find((x) => (x.service ?? splitName(x.name).service) === name);
    const cfg = config?.services[name];
    if (!c && facts.listed) return notRunning(name, 'unlisted');
    if (config && !cfg) return notRunning(name, 'undefined');
    const bad = c && stateCheck(c, name, facts.lastLines[name], true);
    if (bad) return bad;
    const ports = c?.ports ?? cfg?.ports;
    if (want.publish && ports) {
      const v = portCheck(ports, want.publish, name);
      if (v?.kind === 'problem') return v;
      note ??= v;
      url = appUrl(ports, want.publish) ?? url;
    }
  }
  const v = listenCheck(facts.listen.web) ?? (lesson7 ? networkCheck(facts, lib) : undefined);
  if (v) return v;
  if (!containers.length && !config && !facts.networks.length && !facts.listen.web?.all) return;
  return note ?? d('healthy', { url, variant: lesson7 && !facts.networks.length && !config ? 'services' : undefined });
}

function networkCheck({ networks, config }: Facts, lib: Lib): Diagnosis | undefined {
  const { expected, splitName } = lib;
  const services = Object.entries(expected.networks.services!);
  for (const n of networks) {
    const key = n.key ?? n.name.slice(n.name.indexOf('_') + 1);
    const members = n.members.map((m) => splitName(m).service ?? m);
    for (const [name, { networks: nets = [] }] of services) {
      if (key === 'default' && members.includes(name)) return missingNetwork(lib, name, nets, true);
      if (nets.includes(key) && !members.includes(name)) return missingNetwork(lib, name, key);
    }
  }
  for (const [name, { networks: nets = [] }] of services) {
    const cfg = config?.services[name];
    const missing = cfg && nets.find((n) => !cfg.networks?.includes(n));
    if (missing) return missingNetwork(lib, name, missing, !cfg.networks);
  }
}
