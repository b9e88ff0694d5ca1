/*
 * cw173 (stop 56): holdout166's and holdout169's misses, by class, each row a short paste on a real program's or writer's format
 * (`source` names it), never a holdout paste:
 * - Docker 1.x's daemons refusing a newer client: `Error response from daemon: client is newer than server (client API version: …,
 *   server API version: …)` (moby api/server/server.go makeHttpHandler, 1.7–1.9; api/server/middleware/version.go, 1.10–1.12) →
 *   client-too-old (its server variant: the engine is the older side);
 * - Compose v1's ServicePort refusing one side of a ports entry (compose/config/types.py: `Invalid published port: …`, `Invalid
 *   target port: …`) → invalid-port-spec;
 * - containerd's refusal of an exec into an exited task (`cannot exec in a stopped state: unknown`) at Compose → the service stopped;
 * - a fenced block inside a list item (CommonMark §4.5: the fence's indentation comes off its content);
 * - iptables' missing DOCKER chain under `driver failed programming external connectivity` at docker run → the container did not start;
 * - dnf's or yum's `info` of Docker's package under `Installed Packages` → installed, not shown answering;
 * - a script's report label (`docker version: Docker version …`) → its answer, no command typed;
 * - docker.socket failing (systemd's `docker.socket: Failed with result …`, `Control process exited, … status=216/GROUP`);
 * - docker.service still `activating (start)` minutes after it began → the daemon is not running.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const newer = (client: string, server: string) =>
  `Error response from daemon: client is newer than server (client API version: ${client}, server API version: ${server})`;

const versionRows: Row[] = [
  {
    source: 'moby api/server/middleware/version.go (1.10–1.12): docker ps against a 1.9 daemon, the error alone',
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'newer-ps-alone',
    text: ['$ docker ps', newer('1.22', '1.21')].join('\n'),
  },
  {
    source: 'docker/cli 1.11 docker version: the Client part, then the daemon refusing the version request',
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'newer-version-client-part',
    text: [
      '$ docker version',
      'Client:',
      ' Version:      1.12.1',
      ' API version:  1.24',
      ' Go version:   go1.6.3',
      ' Git commit:   23cf638',
      ' Built:        Thu Aug 18 05:22:43 2016',
      ' OS/Arch:      linux/amd64',
      newer('1.24', '1.22'),
    ].join('\n'),
  },
  {
    source: 'moby api/server/server.go makeHttpHandler (1.7–1.9): docker-machine VM with an old boot2docker, at Compose',
    check: 'compose',
    want: ['problem', 'client-too-old'],
    id: 'newer-machine-at-compose',
    text: ['$ eval $(docker-machine env default)', '$ docker images', newer('1.21', '1.20')].join('\n'),
  },
  {
    source: 'docker-py under Compose v1 (`ERROR: %s`): Compose, not the docker client, is refused (compose-too-old rules)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-compose-v1-error-prefix',
    text: [
      '$ docker-compose version',
      'docker-compose version 1.6.0, build d99cad6',
      '$ docker-compose ps',
      'ERROR: client is newer than server (client API version: 1.22, server API version: 1.21)',
    ].join('\n'),
  },
  {
    source: "a README's known issue retelling the error in a sentence (no line of docker's own)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-newer-in-a-sentence',
    text: 'If you see "Error response from daemon: client is newer than server (client API version: 1.24, server API version: 1.23)", set DOCKER_API_VERSION.',
  },
];

const composeRows: Row[] = [
  {
    source: 'docker/compose 1.x compose/config/types.py ServicePort: `Invalid target port: {}` (a letter in the container side)',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-target-port',
    text: ['$ docker-compose up -d', 'ERROR: Invalid target port: 80a'].join('\n'),
  },
  {
    source: 'docker/compose 1.x ServicePort: `Invalid published port: {}`, the protocol on the host side too',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-published-port',
    text: ['$ docker-compose up', 'ERROR: Invalid published port: 8050/tcp'].join('\n'),
  },
  {
    source:
      'containerd pkg/process/init_state.go stoppedState.Exec ("cannot exec in a stopped state"), a v2 project listed running, then docker exec',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'exec-stopped-state-v2',
    text: [
      '$ docker compose ps',
      'NAME        IMAGE      COMMAND                  SERVICE   CREATED         STATUS         PORTS',
      'shop-api-1  shop-api   "node server.js"         api       5 seconds ago   Up 4 seconds   0.0.0.0:3000->3000/tcp',
      '$ docker exec -it shop-api-1 sh',
      'cannot exec in a stopped state: unknown',
    ].join('\n'),
  },
];

const fenceRows: Row[] = [
  {
    source: "CommonMark 0.31 §4.5: a course's numbered step with a fenced block indented under it; BusyBox ping inside a container",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'list-fence-ping-glibc',
    text: [
      '2. Test from the app container:',
      '',
      '   ```',
      '   $ docker compose exec web ping -c1 db',
      '   ping: db: Name or service not known',
      '   ```',
    ].join('\n'),
  },
  {
    source: "hello-world greeting in a list item's fence, then an error after it (the error stands: CONVENTIONS §2.0)",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-list-fence-greeting-then-error',
    text: [
      '1. First try:',
      '   ```',
      '   $ docker run hello-world',
      '   Hello from Docker!',
      '   This message shows that your installation appears to be working correctly.',
      '   ```',
      '2. After a reboot:',
      '   ```',
      '   $ docker run hello-world',
      '   docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?.',
      '   ```',
    ].join('\n'),
  },
  {
    source: "hello-world's greeting quoted in a list item's sentence, not in a fence (words told, not printed)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-list-greeting-in-sentence',
    text: ['3. You should then see "Hello from Docker!" and a few lines about how it works.'].join('\n'),
  },
  {
    source: "hello-world's greeting in a list item's fence, cut after its first line (a copy short of the rest)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-list-fence-greeting-same-as-margin',
    text: ['1. Run it:', '   ```', '   $ docker run hello-world', '   Hello from Docker!', '   ```'].join('\n'),
  },
];

fenceRows.push({
  source: "hello-world's greeting in a code span inside a list item's fence (Stop 53: a span opened before it quotes it)",
  check: 'install',
  want: ['unreadable', 'unreadable'],
  id: 'guard-list-fence-greeting-code-span',
  text: ['1. The tutorial says:', '   ```', '   `Hello from Docker!`', '   ```'].join('\n'),
});

const firewallRows: Row[] = [
  {
    source:
      'moby libnetwork iptables.go Raw ("iptables failed: iptables %v: %s (%s)") with legacy iptables\' "No chain/target/match by that name."',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'run-dnat-no-chain',
    text: [
      '$ docker run -d -p 8050:8050 --name dash-app dash-app:1.0',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (3f2a9c1b7d4e): (iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 8050 -j DNAT --to-destination 172.17.0.2:8050 ! -i docker0: iptables: No chain/target/match by that name.',
      ' (exit status 1)).',
    ].join('\n'),
  },
  {
    source: "libnetwork's bridge driver refusing a network's own rule (`Failed to Setup IP tables`): the network's, not a container's",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-network-setup-no-chain-at-run',
    text: [
      '$ docker network create backend',
      'Error response from daemon: Failed to Setup IP tables: Unable to enable SKIP DNAT rule:  (iptables failed: iptables --wait -t nat -I DOCKER -i br-1a2b3c4d5e6f -j RETURN: iptables: No chain/target/match by that name.',
      ' (exit status 1))',
    ].join('\n'),
  },
];

const installRows: Row[] = [
  {
    source: 'yum (CentOS 7) `yum info docker-ce`: output.py infoOutput under `Installed Packages`',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'yum-info-docker-ce-installed',
    text: [
      '# yum info docker-ce',
      'Loaded plugins: fastestmirror',
      'Installed Packages',
      'Name        : docker-ce',
      'Arch        : x86_64',
      'Epoch       : 3',
      'Version     : 20.10.7',
      'Release     : 3.el7',
      'Size        : 113 M',
      'Repo        : installed',
    ].join('\n'),
  },
  {
    source: "dnf `info docker-ce` of a repo's package under `Available Packages`: nothing installed",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-dnf-info-available-only',
    text: [
      '$ dnf info docker-ce',
      'Available Packages',
      'Name         : docker-ce',
      'Epoch        : 3',
      'Version      : 24.0.7',
      'Repository   : docker-ce-stable',
    ].join('\n'),
  },
  {
    source: 'a setup script\'s report (`echo "docker version: $(docker -v)"`): the client\'s version line after a label',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'script-label-docker-version',
    text: [
      '==> Checking requirements',
      'docker version: Docker version 24.0.7, build afdd53b',
      'docker-compose version: Docker Compose version v2.21.0',
      'OK',
    ].join('\n'),
  },
  {
    source: 'a script label followed by a daemon that is not running: the error stands',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-script-label-then-cannot-connect',
    text: [
      'docker version: Docker version 24.0.7, build afdd53b',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
  {
    source: 'systemd src/core/socket.c socket_sigchld_event and unit.c (docker.socket, SocketGroup=docker missing) in journalctl -xe',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'docker-socket-failed-group',
    text: [
      '$ journalctl -xe',
      'Mar 02 10:11:12 box systemd[1]: Starting Docker Socket for the API...',
      'Mar 02 10:11:12 box systemd[1]: docker.socket: Control process exited, code=exited, status=216/GROUP',
      "Mar 02 10:11:12 box systemd[1]: docker.socket: Failed with result 'exit-code'.",
      'Mar 02 10:11:12 box systemd[1]: Failed to listen on Docker Socket for the API.',
    ].join('\n'),
  },
  {
    source: 'systemctl-show.c `Active: activating (start) since …; 1h 3min ago` (moby docker.service TimeoutStartSec=0)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'service-activating-an-hour',
    text: [
      '$ systemctl status docker',
      '● docker.service - Docker Application Container Engine',
      '     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)',
      '     Active: activating (start) since Tue 2024-03-05 09:12:44 UTC; 1h 3min ago',
      'TriggeredBy: ● docker.socket',
      '       Docs: https://docs.docker.com',
      '   Main PID: 812 (dockerd)',
    ].join('\n'),
  },
  {
    source: 'systemctl-show.c: a daemon activating for a few seconds is still starting (shows-part.starting)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-service-activating-seconds',
    text: [
      '$ systemctl status docker',
      '● docker.service - Docker Application Container Engine',
      '     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)',
      '     Active: activating (start) since Tue 2024-03-05 09:12:44 UTC; 8s ago',
      '   Main PID: 812 (dockerd)',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Docker 1.x's daemons refusing a newer client", versionRows],
  ["Compose v1's port refusals, containerd's exec into a stopped task", composeRows],
  ['a fenced block inside a list item', fenceRows],
  ["iptables' missing DOCKER chain", firewallRows],
  ["the install step's package, label and systemd layouts", installRows],
];

describe.each(families)('cw173 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
