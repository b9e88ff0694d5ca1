/*
 * cw197 (stop 59): holdout186's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - `docker network ls` narrowed by its own command (`| grep`, `--filter name=`) beside a network made by hand → that network;
 * - the daemon's `error while removing network: … has active endpoints` for a network made by hand → network-wrong-project;
 * - the daemon's `endpoint with name … already exists in network …`: on Docker's bridge → network-wrong-project; with a
 *   container and a network of one project's names → that project;
 * - dockerd stopped at start by its default bridge's overlap: at lesson 8 the network's cause, at lesson 3 the daemon;
 * - `invalid IP address in add-host` is --add-host's, no port spec;
 * - MySQL's refusal at 127.0.0.1 when the file puts every service on the host's network → the peer's refusal;
 * - Compose's `Published ports are discarded when using host network mode` → nothing published.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const lsRows: Row[] = [
  {
    source: "docker/cli cli/command/network/list.go's default table piped into grep, then `docker network connect` of one",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'network-ls-grep-connect-by-hand',
    text: [
      '$ docker network ls | grep shop',
      '2f1c0a9e4b7d   shop-net    bridge    local',
      '$ docker network connect shop-net shop-api',
    ].join('\n'),
  },
  {
    source: "docker/cli network ls --filter name= (list.go's `filter` flag), then a run on that network",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'network-ls-filter-name-run-network',
    text: [
      '$ docker network ls --filter name=appnet',
      'NETWORK ID     NAME      DRIVER    SCOPE',
      '8d3e5b1f2a6c   appnet    bridge    local',
      '$ docker run -d --name api --network appnet node:20 node server.js',
      '5b0c3d2e9f1a7c64e1d2b3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8',
    ].join('\n'),
  },
  {
    source: "the same grep alone, nothing made by hand in the paste: the rows left out may hold the project's (stop 53)",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'guard-network-ls-grep-alone',
    text: [
      '$ docker network ls | grep shop',
      '2f1c0a9e4b7d   shop-net     bridge    local',
      '7a3b9c1d0e2f   shop-cache   bridge    local',
    ].join('\n'),
  },
  {
    source: 'a --filter driver=bridge every Compose network passes: the whole bridge listing, the project missing (cw100)',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-network-ls-filter-driver-bridge',
    text: [
      '$ docker network ls --filter driver=bridge',
      'NETWORK ID     NAME      DRIVER    SCOPE',
      '3761c22399bc   bridge    bridge    local',
      '$ docker run -d --name api --network appnet node:20 node server.js',
      '5b0c3d2e9f1a7c64e1d2b3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8',
    ].join('\n'),
  },
];

const endpointRows: Row[] = [
  {
    source: 'moby daemon/network.go deleteNetwork + libnetwork ActiveEndpointsError (`network %s id %s has active endpoints`)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'network-rm-active-endpoints-by-hand',
    text: [
      '$ docker network rm backend-net',
      'Error response from daemon: error while removing network: network backend-net id 8c31f0a2964f26c9a6add0483b86bb413e74c6e42adb22f4c6a9592165cbde11 has active endpoints',
    ].join('\n'),
  },
  {
    source: 'Docker 25+ libnetwork ActiveEndpointsError (`network %s has active endpoints (name:%q id:%q)`)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'network-rm-active-endpoints-docker25',
    text: [
      '$ docker network rm backend-net',
      'Error response from daemon: error while removing network: network backend-net has active endpoints (name:"api" id:"8ef74b558ace")',
    ].join('\n'),
  },
  {
    source: 'the same words told in a sentence of a Compose pull request: not read',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-active-endpoints-in-sentence',
    text: 'Running `compose down` fails with `error while removing network: network backend-net has active endpoints`, so we skip it.',
  },
  {
    source: "Compose v2's down of a project (`failed to remove network x_default: …`): that project's (compose-errors' project reader)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-active-endpoints-compose-down',
    text: [
      '$ docker compose down',
      'failed to remove network shop_default: Error response from daemon: error while removing network: network shop_default id 721f08eff5d7191f2ef11bf59cc948273a129da596a1d51a032395a616dbe4f2 has active endpoints',
    ].join('\n'),
  },
  {
    source: 'moby libnetwork network.go createEndpoint (`endpoint with name %s already exists in network %s`) on bridge under docker run',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'endpoint-exists-default-bridge',
    text: [
      '$ docker run -d --name cache redis:7',
      '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
      'docker: Error response from daemon: endpoint with name cache already exists in network bridge.',
    ].join('\n'),
  },
  {
    source: "the same refusal with a v2 container name (`<p>-<service>-<n>`) on that project's `<p>_<key>` network",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'endpoint-exists-project-network',
    text: 'Error response from daemon: endpoint with name shop-api-1 already exists in network shop_backend',
  },
  {
    source: 'a hand-made container on a hand-made network: no project read from it (not bridge: no default-bridge answer either)',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-endpoint-exists-hand-made-network',
    text: 'Error response from daemon: endpoint with name cache already exists in network mynet',
  },
];

const daemonRows: Row[] = [
  {
    source: 'moby daemon_unix.go initNetworkController + bridge.go conflictsWithNetworks, wrapped before the second `(%s)`',
    check: 'networks',
    want: ['problem', 'network-address-pool'],
    id: 'daemon-bridge-overlap-wrapped-networks',
    text: [
      '$ sudo dockerd',
      'failed to start daemon: Error initializing network controller: error creating default "bridge" network: cannot create network 0866bc6b5828 (docker0): conflicts with network a20d7f349c72',
      '(br-a20d7f349c72): networks have overlapping IPv4',
    ].join('\n'),
  },
  {
    source: 'the same on one line, at lesson 3: the daemon does not run',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-daemon-bridge-overlap-install',
    text: [
      '$ sudo dockerd',
      'failed to start daemon: Error initializing network controller: error creating default "bridge" network: cannot create network 0866bc6b5828 (docker0): conflicts with network a20d7f349c72 (br-a20d7f349c72): networks have overlapping IPv4',
    ].join('\n'),
  },
  {
    source: "dockerd's other start failure at lesson 8 (no network controller in it): the daemon stays the answer",
    check: 'networks',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-daemon-other-failure-networks',
    text: ['$ sudo dockerd', 'failed to start daemon: error while opening volume store metadata database: timeout'].join('\n'),
  },
  {
    source: 'docker/cli opts/hosts.go ValidateExtraHost (`invalid IP address in add-host: %q`), daemon-side under docker run',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'add-host-invalid-ip-not-port',
    text: [
      '$ docker --version',
      'Docker version 19.03.12, build 48a66213fe',
      '$ docker run --add-host host.docker.internal:host-gateway alpine',
      'docker: Error response from daemon: invalid IP address in add-host: "host-gateway".',
    ].join('\n'),
  },
  {
    source: 'go-connections nat ParsePortSpec: `invalid IP address: %s` in -p stays the port spec',
    check: 'run',
    want: ['problem', 'invalid-port-spec'],
    id: 'guard-publish-invalid-ip',
    text: [
      '$ docker run -d --name dash-app -p 300.1.1.1:8050:8050 dash-app',
      'docker: invalid IP address: 300.1.1.1.',
      "See 'docker run --help'.",
    ].join('\n'),
  },
];

const hostFile = (mode: boolean) => [
  '$ cat docker-compose.yml',
  'services:',
  '  app:',
  '    image: shop-app',
  ...(mode ? ['    network_mode: host'] : ['    ports:', '      - "8080:80"']),
  '  db:',
  '    image: mysql:8',
  '    network_mode: host',
];

const hostRows: Row[] = [
  {
    source: "mysql-server libmysql/errmsg.cc CR_CONN_HOST_ERROR (`ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1'`)",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'mysql-loopback-every-service-host',
    text: [
      ...hostFile(true),
      '$ docker compose logs app',
      "app-1  | ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (111)",
    ].join('\n'),
  },
  {
    source: 'the same refusal where the app has its own network (only db on the host): the app dialled its own container',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-mysql-loopback-app-own-network',
    text: [
      ...hostFile(false),
      '$ docker compose logs app',
      "app-1  | ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (111)",
    ].join('\n'),
  },
  {
    source: "moby's ContainerCreate warning as Compose v2 prints it under the service (` ! grafana Published ports are discarded …`)",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'compose-v2-published-ports-discarded',
    text: [
      '$ docker compose up -d',
      ' ✔ Container grafana  Created                                   0.1s',
      ' ! grafana Published ports are discarded when using host network mode                     0.0s',
      ' ✔ Container grafana  Started                                   0.3s',
    ].join('\n'),
  },
  {
    source: "the same words told in a docs sentence (docker/docs' host driver page quotes the warning): not read",
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-published-ports-discarded-sentence',
    text: 'With host networking, Docker prints a warning instead: Published ports are discarded when using host network mode, and moves on.',
  },
];

const families: [string, Row[]][] = [
  ['a network ls its command narrowed', lsRows],
  ["the daemon's endpoint refusals", endpointRows],
  ["the daemon's own start and --add-host", daemonRows],
  ["the host's network in a compose file", hostRows],
];

describe.each(families)('cw197 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
