/*
 * Lessons 6 and 7: the project name, each expected service running with its port, the app on
 * 0.0.0.0, and in lesson 7 each service on its networks and the proxy reaching web by name.
 * Network names follow Compose: <project>_<network>, labelled com.docker.compose.network.
 */
import { appUrl, healthy, listenCheck, portCheck, stateCheck } from './diagnose-container';
import { expectations } from './expectations';
import { splitName } from './parse-table';
import type { Facts, Verdict } from './types';
import { problem } from './verdict';

type ComposeStep = 'compose' | 'networks';

function missingNetwork(service: string, network: string, onDefault: boolean): Verdict {
  return problem(
    'compose-service-missing-network',
    `${service} is not on the network ${network}`,
    `${onDefault ? `${service} is on the default network, so it has no networks key. ` : ''}The lesson puts ${service} on ${network}; without it, ${service} cannot reach the services there by name, nor they it.`,
    `In compose.yaml, list ${network} under services.${service}.networks, then run docker compose up -d.`,
    ['docker compose up -d'],
  );
}

function notRunning(service: string, why: string): Verdict {
  return problem('compose-service-not-running', `Service ${service} is not running`, why, 'Start the project in the dash-app folder and read what it prints.', ['docker compose up --build']);
}

export function diagnoseCompose(step: ComposeStep, facts: Facts): Verdict | null {
  const e = expectations[step];
  const project = e.project!;
  const services = Object.entries(e.services!);
  const other = facts.projects.find((p) => p !== project);
  if (other && !facts.projects.includes(project)) {
    return problem(
      'compose-project-name',
      `The project is called ${other}, not ${project}`,
      `Compose names the project after its folder (unless -p, COMPOSE_PROJECT_NAME or name: say otherwise), and the lesson’s names, such as ${project}_frontend and ${project}-web-1, follow from it.`,
      `Run Compose in the ${project} folder, or add name: ${project} at the top of compose.yaml.`,
      ['docker compose down', 'docker compose up -d'],
    );
  }
  // nginx says why it fails (and exits): that explains a stopped proxy better than its state.
  const upstream = step === 'networks' ? upstreamCheck(facts) : null;
  if (upstream) return upstream;
  let note: Verdict | null = null;
  let url = e.url!;
  const config = facts.config;
  for (const [service, want] of services) {
    const c = facts.containers.find((x) => (x.service ?? splitName(x.name).service) === service);
    const cfg = config?.services[service];
    if (!c && facts.listed) return notRunning(service, `Compose lists no container for ${service}.`);
    if (config && !cfg) return notRunning(service, `compose.yaml has no service ${service}.`);
    const bad = c && stateCheck(c, service, facts.lastLines[service], true);
    if (bad) return bad;
    const ports = c?.ports ?? cfg?.ports;
    if (want.publish && ports) {
      const fix = `Under services.${service} in compose.yaml, write ports: - "${want.publish.host}:${want.publish.container}", then run the project again.`;
      const v = portCheck(ports, want.publish, service, [fix, 'docker compose up -d']);
      if (v?.kind === 'problem') return v;
      note ??= v;
      url = appUrl(ports, want.publish) ?? url;
    }
  }
  const loop = listenCheck(facts.listen.web, 'docker compose up --build');
  if (loop) return loop;
  if (step === 'networks') {
    const v = networkCheck(facts);
    if (v) return v;
  }
  const seenServices = facts.containers.length || config || facts.networks.length;
  if (!seenServices && !facts.listen.web?.all) return null;
  return (
    note ??
    healthy(
      step === 'networks' ? 'The project' : 'Service web',
      url,
      step === 'networks' && !facts.networks.length && !config ? ` To check the networks too, paste the output of ${e.command}.` : '',
    )
  );
}

function upstreamCheck(facts: Facts): Verdict | null {
  const local = facts.upstreamLocal ?? facts.config?.localhost;
  if (local) {
    return problem(
      'compose-localhost-upstream',
      'The proxy looks for web on localhost',
      `It connects to ${local}, but inside the proxy container, localhost is the proxy itself. Services reach each other by service name: http://web:8050.`,
      'Replace localhost (or 127.0.0.1) with web in the proxy’s address, then restart the project.',
      ['docker compose up -d'],
    );
  }
  return facts.upstreamMissing ? missingNetwork(facts.upstreamMissing, 'frontend', false) : null;
}

function networkCheck(facts: Facts): Verdict | null {
  const services = Object.entries(expectations.networks.services!);
  for (const n of facts.networks) {
    const key = n.key ?? n.name.slice(n.name.indexOf('_') + 1);
    const members = n.members.map((m) => splitName(m).service ?? m);
    for (const [service, want] of services) {
      const nets = want.networks ?? [];
      if (key === 'default' && members.includes(service)) return missingNetwork(service, nets.join(' and '), true);
      if (nets.includes(key) && !members.includes(service)) return missingNetwork(service, key, false);
    }
  }
  for (const [service, want] of services) {
    const nets = facts.config?.services[service]?.networks;
    const missing = (want.networks ?? []).find((n) => facts.config?.services[service] && !(nets ?? []).includes(n));
    if (missing) return missingNetwork(service, missing, !nets);
  }
  return null;
}
