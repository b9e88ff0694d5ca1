/*
 * cw86: holdout71 to holdout74's compose and networks misses (README "holdout71–74: compose and networks (cw86)"). Each row is a
 * variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste itself,
 * which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer that must
 * not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const nodeLocal =
  'node lib/internal/errors.js exceptionWithHostPort: `${syscall} ${code} ${address}:${port} - Local (${localAddress}:${localPort})`';
const telnet = 'inetutils/netkit telnet commands.c: `Trying %s...`, then `telnet: Unable to connect to remote host: %s`';

const loopbackRows: Row[] = [
  {
    source: `${nodeLocal} (immich-app/immich#1028's words, v2 prefix and another port)`,
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'node-eaddrnotavail-ipv6-v2-prefix',
    text: 'immich-web-1  | Error: connect EADDRNOTAVAIL ::1:3001 - Local (:::0)\nimmich-web-1  |     at internalConnect (node:net:1090:16)\nimmich-web-1  |     at processTicksAndRejections (node:internal/process/task_queues:82:21)',
  },
  {
    source: `${nodeLocal}, IPv4 loopback, an Express app's unhandled rejection`,
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'node-eaddrnotavail-ipv4',
    text: "api_1  | Error: connect EADDRNOTAVAIL 127.0.0.1:5432 - Local (0.0.0.0:0)\napi_1  |     at internalConnect (node:net:953:16) {\napi_1  |   errno: -99,\napi_1  |   code: 'EADDRNOTAVAIL',\napi_1  |   syscall: 'connect',\napi_1  |   address: '127.0.0.1',\napi_1  |   port: 5432\napi_1  | }",
  },
  {
    source: `${nodeLocal}, without Compose's prefix (docker logs of the app)`,
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'node-eaddrnotavail-docker-logs',
    text: '$ docker logs frontend\nError: connect EADDRNOTAVAIL ::1:8080 - Local (:::0)\n    at internalConnect (node:net:1066:16)',
  },
  {
    source: 'node 17+ resolves localhost to ::1 first (nodejs/node#40702): `connect ECONNREFUSED ::1:27017`',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'node-econnrefused-ipv6',
    text: 'backend-1  | MongooseServerSelectionError: connect ECONNREFUSED ::1:27017\nbackend-1  |     at NativeConnection.Connection.openUri',
  },
  {
    source: 'golang/go src/net/net.go OpError: `dial tcp [::1]:6379: connect: cannot assign requested address`',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'go-dial-ipv6-loopback',
    text: 'worker-1  | panic: dial tcp [::1]:6379: connect: cannot assign requested address',
  },
  {
    source: 'guard: CONVENTIONS §2.5 (cw70) node `listen EADDRNOTAVAIL` is a server that cannot bind, a start failure',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-node-listen-eaddrnotavail',
    text: 'api-1  | Error: listen EADDRNOTAVAIL: address not available 10.0.0.5:3000',
  },
  {
    source: `${telnet} at a container's root prompt (backdrop-ops/backdrop-docker#20's layout, PostgreSQL's port)`,
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'telnet-localhost-container-prompt',
    text: 'root@3f2a9c1b7d4e:/app# telnet localhost 5432\nTrying 127.0.0.1...\ntelnet: Unable to connect to remote host: Connection refused',
  },
  {
    source: `${telnet}, localhost resolved to ::1 first`,
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'telnet-ipv6-loopback',
    text: 'root@0c2d6e8f1a3b:/var/www/html# telnet localhost 6379\nTrying ::1...\ntelnet: Unable to connect to remote host: Cannot assign requested address',
  },
  {
    source: `${telnet}, at the compose step`,
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'telnet-loopback-compose',
    text: 'root@b53664645200:/var/www/html# telnet 127.0.0.1 3306\nTrying 127.0.0.1...\ntelnet: Unable to connect to remote host: Connection refused',
  },
  {
    source: "BusyBox networking/telnet.c through libbb/xconnect.c: `telnet: can't connect to remote host (127.0.0.1): Connection refused`",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'busybox-telnet-loopback',
    text: "/ # telnet 127.0.0.1 8050\ntelnet: can't connect to remote host (127.0.0.1): Connection refused",
  },
  {
    source: `guard: ${telnet} at the host's own prompt: the learner's machine, not a container`,
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-telnet-host-prompt',
    text: 'me@laptop:~$ telnet 127.0.0.1 5432\nTrying 127.0.0.1...\ntelnet: Unable to connect to remote host: Connection refused',
  },
];

const inspectRows: Row[] = [
  {
    source:
      "moby api/types/network EndpointSettings in a container inspect; Windows containers' default network `nat` (docker/for-win#3214's layout), cut inside EndpointID",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'nat-cut-inside-endpointid',
    text: 'PS C:\\> docker inspect web\n            "Networks": {\n                "nat": {\n                    "IPAMConfig": null,\n                    "Links": null,\n                    "Aliases": null,\n                    "NetworkID": "5f1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcdef",\n                    "EndpointID": "9c8b7a6f5e4d',
  },
  {
    source: "moby EndpointSettings, Docker's default bridge (docker run without --network), cut inside EndpointID",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'bridge-cut-inside-endpointid',
    text: '"Networks": {\n    "bridge": {\n        "IPAMConfig": null,\n        "Links": null,\n        "Aliases": null,\n        "MacAddress": "02:42:ac:11:00:02",\n        "NetworkID": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",\n        "EndpointID": "fedcba98765',
  },
  {
    source: 'moby EndpointSettings of a Compose network (`<project>_default`, compose-go), cut inside EndpointID',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'project-network-cut-inside-endpointid',
    text: '"Networks": {\n    "wordpress_default": {\n        "IPAMConfig": null,\n        "Links": null,\n        "Aliases": ["wordpress-db-1", "db"],\n        "NetworkID": "aa0ee0c5b606c824b6ba1cd60da31a00bb67d7807cb7c8c23dc65f0c365ce335",\n        "EndpointID": "0ea387f669',
  },
  {
    source: "moby EndpointSettings, nat shown whole with a Windows container's ipconfig before it (docker/for-win#3214's layout)",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'nat-whole-after-ipconfig',
    text: 'C:\\app>ipconfig\n\nWindows IP Configuration\n\nEthernet adapter vEthernet (Ethernet):\n\n   IPv4 Address. . . . . . . . . . . : 172.21.14.3\n\n"Networks": {\n    "nat": {\n        "NetworkID": "5f1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcdef",\n        "EndpointID": "9c8b7a6f5e4d3c2b1a09f8e7d6c5b4a39c8b7a6f5e4d3c2b1a09f8e7d6c5b4a3",\n        "Gateway": "172.21.0.1",\n        "IPAddress": "172.21.14.3"\n    }\n}',
  },
  {
    source: "guard: the lesson's own network cut so is never read (CONVENTIONS §2.6, cw74: no ok from a cut excerpt)",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-lesson-network-cut',
    text: '"Networks": {\n    "dash-app_backend": {\n        "IPAMConfig": null,\n        "NetworkID": "aa0ee0c5b606c824b6ba1cd60da31a00bb67d7807cb7c8c23dc65f0c365ce335",\n        "EndpointID": "0ea387f669',
  },
  {
    source:
      "Go text/template prints `<no value>` for a missing map key; the output told as `returns` (MicrosoftDocs/azure-docs#7169's words)",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'no-value-returns-prose',
    text: 'Running the command:\ndocker inspect -f "{{ .NetworkSettings.Networks.nat.IPAddress }}" myapp\nreturns <no value>',
  },
  {
    source: 'Go text/template `<no value>`; `prints` and a full stop, the index form (docker/cli templates)',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'no-value-prints-index',
    text: 'docker inspect --format \'{{index .NetworkSettings.Networks "backend"}}\' web\nprints <no value>.',
  },
  {
    source: "Go text/template `<no value>`; a learner's `I get` without a colon",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'no-value-i-get',
    text: 'docker container inspect -f "{{.NetworkSettings.Networks.frontend.IPAddress}}" proxy\nI get <no value>',
  },
  {
    source: 'guard: CONVENTIONS §2.6 (cw35) `null` only from a json template: a plain template prints `<no value>`',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-null-without-json',
    text: 'docker inspect -f "{{.NetworkSettings.Networks.nat.IPAddress}}" web\nreturns null',
  },
];

const systemdFailed =
  "$ systemctl status docker\n● docker.service - Docker Application Container Engine\n   Active: failed (Result: exit-code) since Mon 2023-01-02 10:00:00 UTC; 2min ago\nJan 02 10:00:00 pi systemd[1]: docker.service: Start request repeated too quickly.\nJan 02 10:00:00 pi systemd[1]: docker.service: Failed with result 'exit-code'.\nJan 02 10:00:00 pi systemd[1]: Failed to start Docker Application Container Engine.";
const v1Refusal =
  '$ docker-compose up -d\nERROR: Version in "./docker-compose.yml" is unsupported. You might be seeing this error because you\'re using the wrong Compose file version.';

const composeRows: Row[] = [
  {
    source: 'docker/compose 1.8 compose/cli/main.py version_info `docker-compose version %s, build %s`; v1 ps texttable with no rows',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-empty-ps-version-line',
    text: '$ docker-compose ps\nName   Command   State   Ports\n------------------------------\n$ docker-compose version\ndocker-compose version 1.8.0, build f3628c7\ndocker-py version: 1.9.0\nCPython version: 2.7.9',
  },
  {
    source: "docker/compose 1.3 `docker-compose version: 1.3.1` (colon); v1 logs `Attaching to` nothing (docker/compose#2188's layout)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-colon-version-empty-ps',
    text: '$ docker-compose ps\n   Name      Command   State   Ports\n-----------------------------------\n$ docker-compose logs\nAttaching to\n$ docker-compose --version\ndocker-compose version: 1.3.1',
  },
  {
    source: 'guard: CONVENTIONS §2.5 (h4-netbox16) an empty v1 listing with no version shown stays compose-service-missing',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-v1-empty-ps-no-version',
    text: '$ docker-compose ps\nName   Command   State   Ports\n------------------------------',
  },
  {
    source: "guard: an empty v2 listing under Compose v2's version (docker/compose cmd/compose/version.go) stays compose-service-missing",
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-v2-empty-ps-v2-version',
    text: '$ docker compose ps\nNAME      IMAGE     COMMAND   SERVICE   CREATED   STATUS    PORTS\n$ docker compose version\nDocker Compose version v2.24.5',
  },
  {
    source:
      "docker/compose v2 progress (pkg/progress: `Container %s  Removed`) under PowerShell's prompt; the project is the folder's (immich-app/immich#7801's layout)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'pwsh-folder-down-removed',
    text: 'PS C:\\Users\\me\\paperless> docker compose down\n[+] Running 4/4\n ✔ Container paperless_webserver  Removed    10.3s\n ✔ Container paperless_broker     Removed     0.4s\n ✔ Container paperless_db         Removed     0.6s\n ✔ Network paperless-net          Removed     0.2s',
  },
  {
    source:
      "docker/compose v2 progress `Container %s  Stopped` under bash's prompt with the folder (`user@host:~/gitea$`), container_name's names",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'bash-folder-stop-stopped',
    text: 'pi@raspberrypi:~/gitea$ docker compose stop\n[+] Stopping 2/2\n ✔ Container gitea     Stopped   1.2s\n ✔ Container gitea_db  Stopped   0.8s',
  },
  {
    source: 'docker/compose v2 progress `Container %s  Removed`, CentOS prompt `[root@host folder]#`',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'centos-folder-down-networks',
    text: '[root@VM-0-8-centos nextcloud]# docker compose down\n[+] Running 2/2\n ✔ Container nextcloud_app    Removed   2.1s\n ✔ Container nextcloud_mysql  Removed   1.0s',
  },
  {
    source: "guard: the lesson's own containers under a folder of another name (compose.yaml's `name:` sets the project)",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-lesson-names-other-folder',
    text: 'me@host:~/lesson7$ docker compose up -d\n[+] Running 3/3\n ✔ Container dash-app-db-1     Started\n ✔ Container dash-app-web-1    Started\n ✔ Container dash-app-proxy-1  Started',
  },
  {
    source:
      "guard: up's `Created` lines of container_name's names under a folder's prompt stay partial (CONVENTIONS §2.5, h14-diveintoansiblelab36)",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-folder-up-created',
    text: 'PS C:\\ansible-lab> docker compose up\n[+] Running 3/0\n - Container centos1   Created   0.0s\n - Container ubuntu1   Created   0.0s\n - Container docker    Created   0.0s',
  },
  {
    source:
      "moby container/state.go String(): `Exited (%d) %s ago`, quoted in a sentence's code span after v1's up (alexcheng1982/docker-magento2#20's layout)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'prose-exited-code-span',
    text: 'Creating wordpress_db_1 ... done\nCreating wordpress_wordpress_1 ... done\n\nbut docker ps shows the db container as `Exited (1) 3 minutes ago` and there are no logs',
  },
  {
    source: 'moby container/state.go `Exited (%d) %s ago` with `About a minute` (go-units HumanDuration), 137 after an OOM kill',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'prose-exited-137-about-a-minute',
    text: '[+] Running 2/2\n ✔ Container shop-mysql-1  Started\n ✔ Container shop-app-1    Started\nafter a while mysql is Exited (137) About a minute ago',
  },
  {
    source: 'moby container/state.go `Exited (%d) %s ago`, bold in a markdown issue, another language (Spanish)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'prose-exited-bold-spanish',
    text: 'Creating miapp_db_1 ... done\nCreating miapp_web_1 ... done\nEl contenedor de la base de datos queda en **Exited (1) 5 seconds ago**',
  },
  {
    source: 'guard: CONVENTIONS §2.5 code 0 is no failure: another project exited 0 stays compose-project-name',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-prose-exited-0',
    text: 'Creating dockermagento2_db_1 ... done\nCreating dockermagento2_web_1 ... done\nit says Exited (0) 5 seconds ago',
  },
  {
    source:
      'systemd\'s failed unit (`Start request repeated too quickly`, `Failed to start …`), a restart, then Compose v1\'s refusal (compose/config/config.py: `Version in "%s" is unsupported`)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'systemd-failed-then-v1-version-unsupported',
    text: `${systemdFailed}\n$ sudo systemctl restart docker\n${v1Refusal}`,
  },
  {
    source:
      "`Failed to start Docker Application Container Engine.` (systemd), then v1's schema refusing the top-level name (compose/config/validation.py `Invalid top-level property`)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'systemd-failed-then-v1-name-invalid',
    text: 'Jan 02 10:00:00 pi systemd[1]: Failed to start Docker Application Container Engine.\n$ sudo reboot\n$ docker-compose up\nERROR: The Compose file \'./docker-compose.yml\' is invalid because:\nInvalid top-level property "name". Valid top-level sections for this Compose file are: version, services, networks, volumes, secrets, configs, and extensions starting with "x-".',
  },
  {
    source: "guard: the same lines at install: systemd's failure answers there (CONVENTIONS §2.1)",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-systemd-failed-install',
    text: `${systemdFailed}\n${v1Refusal}`,
  },
  {
    source: "guard: Compose's refusal first, then the daemon failed: the later state stands (CONVENTIONS §2.0)",
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-v1-refusal-then-systemd-failed',
    text: `${v1Refusal}\n${systemdFailed}`,
  },
];

const families: [string, Row[]][] = [
  ['a client at loopback inside a container', loopbackRows],
  ["a container's networks: a cut excerpt, a template's `<no value>` told in prose", inspectRows],
  ["Compose: v1's empty listing, a folder's project, an exit in a sentence, a daemon failure before Compose's refusal", composeRows],
];

describe.each(families)('cw86 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
