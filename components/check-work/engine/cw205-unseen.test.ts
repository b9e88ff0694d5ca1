/*
 * cw205 (stop 60): holdout192's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - a new network whose firewall rules the bridge driver could not set (moby libnetwork drivers/bridge/setup_ip_tables.go
 *   setupIPTables: `Failed to Setup IP tables: Unable to enable SKIP DNAT rule`, `Failed to program FILTER chain`, `Failed to program
 *   NAT chain`), under Compose v2 (`failed to create network x:`), Compose v1 (`ERROR: `) or `docker network create`: no service
 *   started at compose, the network not made at networks, the daemon answered at install;
 * - a container's endpoint refused by the same missing chain (libnetwork endpoint.go), alone at a line's start: the daemon answered.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const skipDnat =
  'Failed to Setup IP tables: Unable to enable SKIP DNAT rule:  (iptables failed: iptables --wait -t nat -I DOCKER -i br-3f9c2a71d0e4 -j RETURN: iptables: No chain/target/match by that name.';
const v2 = [
  '$ docker compose up -d',
  '[+] Running 0/1',
  ' ✘ Network dash-app_default  Error                                                0.0s',
  `failed to create network dash-app_default: Error response from daemon: ${skipDnat}`,
  ' (exit status 1))',
];
const v1Filter = [
  '$ docker-compose up -d',
  'Creating network "dash-app_default" with the default driver',
  "ERROR: Failed to program FILTER chain: iptables failed: iptables --wait -I FORWARD -o br-77e0c1d2a3b4 -j DOCKER: iptables v1.8.7 (nf_tables): Chain 'DOCKER' does not exist",
  "Try `iptables -h' or 'iptables --help' for more information.",
  ' (exit status 2)',
];

const networkRows: Row[] = [
  {
    source: 'docker/compose v2 pkg/compose/create.go ensureNetworks `failed to create network %s: %w` around moby setupIPTables',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v2-skip-dnat-compose',
    text: v2.join('\n'),
  },
  {
    source: 'the same at lesson 7: libnetwork NewNetwork deletes the network its driver could not create',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'v2-skip-dnat-networks',
    text: v2.join('\n'),
  },
  {
    source: 'the same at lesson 3: the daemon runs and answered',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'v2-skip-dnat-install',
    text: v2.join('\n'),
  },
  {
    source: "Compose v1's `Creating network` then log.error's `ERROR: ` and setupIPTables' `Failed to program FILTER chain` (nf_tables)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-filter-chain-compose',
    text: v1Filter.join('\n'),
  },
  {
    source: 'the same at lesson 7',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'v1-filter-chain-networks',
    text: v1Filter.join('\n'),
  },
  {
    source: "Compose v1's `ERROR: ` before `Failed to program NAT chain: Failed to inject DOCKER in PREROUTING chain` (iptables-legacy)",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'v1-nat-chain-networks',
    text: [
      'Creating network "dash-app_backend" with driver "bridge"',
      'ERROR: Failed to program NAT chain: Failed to inject DOCKER in PREROUTING chain: iptables failed: iptables --wait -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER: iptables: No chain/target/match by that name.',
      ' (exit status 1)',
    ].join('\n'),
  },
  {
    source: "docker network create: moby client/request.go `Error response from daemon: %s` around setupIPTables' SKIP DNAT refusal",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'network-create-skip-dnat',
    text: ['$ docker network create dash-net', `Error response from daemon: ${skipDnat}`, ' (exit status 1))'].join('\n'),
  },
  {
    source: 'the same at lesson 3',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'network-create-skip-dnat-install',
    text: ['$ docker network create dash-net', `Error response from daemon: ${skipDnat}`, ' (exit status 1))'].join('\n'),
  },
  {
    source: 'the refusal, then the daemon restarted and Compose v2 up again: the network and the services made (the later state)',
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-restart-then-up',
    text: [
      ...v2,
      '$ sudo systemctl restart docker',
      '$ docker compose up -d',
      '[+] Running 2/2',
      ' ✔ Network dash-app_default    Created                                          0.1s',
      ' ✔ Container dash-app-web-1    Started                                          0.4s',
      '$ docker compose ps',
      'NAME               IMAGE          COMMAND           SERVICE   CREATED         STATUS         PORTS',
      'dash-app-web-1     dash-app-web   "python app.py"   web       5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp',
    ].join('\n'),
  },
  {
    source: 'a guide quoting the words in a sentence: no output of the learner’s',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-sentence',
    text: 'If docker-compose up prints ERROR: Failed to Setup IP tables: Unable to enable SKIP DNAT rule, restart the Docker service.',
  },
  {
    source: 'dockerd\'s own start refused at the default bridge (`Error creating default "bridge" network: Failed to program NAT chain`)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-daemon-start-default-bridge',
    text: [
      '$ sudo dockerd',
      'INFO[2024-03-02T10:00:01.000000000Z] Loading containers: start.',
      'failed to start daemon: Error initializing network controller: error creating default "bridge" network: Failed to program NAT chain: Failed to inject DOCKER in PREROUTING chain: iptables failed: iptables --wait -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER: iptables: No chain/target/match by that name.',
    ].join('\n'),
  },
  {
    source: "docker run refused at its endpoint by the same missing chain keeps cw173's answer at run",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-run-endpoint-no-chain',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '3c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (3c1f0e2d9b8a): (iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 8050 -j DNAT --to-destination 172.17.0.2:8050 ! -i docker0: iptables: No chain/target/match by that name.',
      ' (exit status 1)).',
    ].join('\n'),
  },
];

const endpointLine =
  'Error response from daemon: driver failed programming external connectivity on endpoint shop (4b2a9c1d7e3f): (iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 8443 -j DNAT --to-destination 172.17.0.3:443 ! -i docker0: iptables: No chain/target/match by that name.';

const endpointRows: Row[] = [
  {
    source: "libnetwork endpoint.go's refusal alone at a line's start (a `docker start` whose line was not copied): the daemon answered",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'endpoint-no-chain-alone-install',
    text: [endpointLine, ' (exit status 1))'].join('\n'),
  },
  {
    source: 'the same words quoted in a sentence: not the daemon’s answer',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-endpoint-no-chain-sentence-install',
    text: `After a firewalld reload docker start fails with "${endpointLine}" until the daemon restarts.`,
  },
];

const families: [string, Row[]][] = [
  ["a new network's firewall rules refused by the bridge driver", networkRows],
  ["a container's endpoint refused by the same missing chain, alone, at install", endpointRows],
];

describe.each(families)('cw205 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
