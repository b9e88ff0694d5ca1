/*
 * cw151 (stop 51): holdout132's misses by class, each row a short paste on a real program's or writer's format (`source` names it),
 * never a holdout paste:
 * - mosquitto's own `Opening ipv4 listen socket on port N.` (src/net.c net__socket_listen): a listener's port, not its address;
 * - a sentence that says where a server will be ("will be running on …", a modal and "be"): the writer's, not read;
 * - several containers restarting, all named by the paste's own Compose progress lines (`container_name:`, no project in the name):
 *   that up's restart loop;
 * - df's or free's table chained under docker ps (`docker ps && df -h`): their header ends docker's block;
 * - a docker error under a script's line (`./deploy.sh`), then the same line again whose docker run printed its ID: the later state;
 * - Compose's down naming the containers it removed (v1 `Removing x ... done`, v2 `Container x  Removed`): removed, as by docker rm;
 * - docker run's own `docker: Error response from daemon: network x not found.`: at lesson 5, network-not-found.
 * Rows whose id starts "guard" or "probe" must keep their answer (a probe: a near paste that must never become ok).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');

const brokerRows: Row[] = [
  {
    source: 'eclipse/mosquitto src/net.c net__socket_listen "Opening ipv4 listen socket on port %d." and ipv6, under Compose v2 prefixes',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'mosquitto-ipv4-ipv6-compose',
    text: lines(
      '$ docker compose up',
      'Attaching to broker-1, sensor-1',
      'broker-1  | 1710000000: mosquitto version 2.0.18 starting',
      'broker-1  | 1710000000: Config loaded from /mosquitto/config/mosquitto.conf.',
      'broker-1  | 1710000000: Opening ipv4 listen socket on port 1883.',
      'broker-1  | 1710000000: Opening ipv6 listen socket on port 1883.',
      'broker-1  | 1710000000: mosquitto version 2.0.18 running',
    ),
  },
  {
    source: 'mosquitto 1.x src/websockets.c "Opening websockets listen socket on port %d." through docker logs',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'mosquitto-websockets-logs',
    text: lines(
      '$ docker logs mqtt',
      '1600000000: mosquitto version 1.6.12 starting',
      '1600000000: Opening websockets listen socket on port 9001.',
    ),
  },
  {
    source: 'the same line at the lesson port: the port is shown, the address is not (never an ok)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-mosquitto-at-8050-port-only',
    text: lines('$ docker logs dash-app', '1710000000: Opening ipv4 listen socket on port 8050.'),
  },
];

const uvicorn8000 = 'api-1  | INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)';
const modalRows: Row[] = [
  {
    source: 'a README sentence "The API will be running on http://localhost:8000" above uvicorn server.py\'s own start line',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'will-be-running-then-uvicorn',
    text: lines('The API will be running on `http://localhost:8000`, the docs at /docs.', '', '```', uvicorn8000, '```'),
  },
  {
    source: 'a guide\'s "should be available at" (a modal, not present tense) above Next.js start-server.ts\'s Network line',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'should-be-available-then-next',
    text: lines(
      'Once it starts, the site should be available at http://localhost:3000.',
      'web-1  |   ▲ Next.js 14.2.3',
      'web-1  |   - Local:        http://localhost:3000',
      'web-1  |   - Network:      http://172.18.0.3:3000',
    ),
  },
  {
    source: "probe: a program's announcement of every address at 8050, in the future: its port only, never an ok",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'probe-modal-alone-8050',
    text: 'The app will be running on http://0.0.0.0:8050 once the container starts.',
  },
  {
    source: "probe: the modal sentence beside Dash's own loopback line: the program's line stands",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'probe-modal-then-loopback-line',
    text: lines(
      'It will be running on http://0.0.0.0:8050.',
      '$ docker logs dash-app',
      'Dash is running on http://127.0.0.1:8050/',
      '',
      ' * Running on http://127.0.0.1:8050',
    ),
  },
  {
    source: 'probe: the modal sentence and a start line quoted in a sentence (retold, CONVENTIONS §2.4): never an ok',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'probe-modal-then-retold',
    text: lines(
      'The dashboard will be running on http://localhost:8050.',
      'I get the message "Dash is running on http://0.0.0.0:8050/" but the page does not open.',
    ),
  },
];

const psHead = 'CONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                          PORTS     NAMES';
const restartingRow = (id: string, image: string, code: number, name: string) =>
  `${id}   ${image}   "docker-entrypoint.s…"   12 seconds ago   Restarting (${code}) 3 seconds ago             ${name}`;
const loopRows: Row[] = [
  {
    source:
      'docker/compose pkg/compose/convergence.go progress "Container <container_name>  Started" (v2), then docker/cli ps rows `Restarting (1)`',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v2-progress-container-names-restarting',
    text: lines(
      '$ docker compose up -d',
      '[+] Running 3/3',
      ' ✔ Network shop_default  Created                0.1s',
      ' ✔ Container shop-api    Started                0.4s',
      ' ✔ Container shop-web    Started                0.5s',
      '$ docker ps',
      psHead,
      restartingRow('1a2b3c4d5e6f', 'shop-api-img', 1, 'shop-api'),
      restartingRow('6f5e4d3c2b1a', 'shop-web-img', 127, 'shop-web'),
    ),
  },
  {
    source: 'Compose v1 compose/parallel.py "Creating shop-api ... done" progress, then the same restart loop',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-progress-container-names-restarting',
    text: lines(
      '$ docker-compose up -d',
      'Creating network "shop_default" with the default driver',
      'Creating shop-api ... done',
      'Creating shop-web ... done',
      '$ docker ps',
      psHead,
      restartingRow('1a2b3c4d5e6f', 'shop-api-img', 1, 'shop-api'),
      restartingRow('6f5e4d3c2b1a', 'shop-web-img', 2, 'shop-web'),
    ),
  },
  {
    source: 'guard: two rows restarting that no Compose line of the paste names (several, CONVENTIONS §2.3)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-restarting-unnamed-several',
    text: lines(
      '$ docker ps',
      psHead,
      restartingRow('1a2b3c4d5e6f', 'shop-api-img', 1, 'shop-api'),
      restartingRow('6f5e4d3c2b1a', 'shop-web-img', 2, 'shop-web'),
    ),
  },
  {
    source: "guard: one restarting named by the up's progress, another restarting that it does not name: several",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-restarting-one-named-one-not',
    text: lines(
      '$ docker compose up -d',
      ' ✔ Container shop-api    Started                0.4s',
      '$ docker ps',
      psHead,
      restartingRow('1a2b3c4d5e6f', 'shop-api-img', 1, 'shop-api'),
      restartingRow('6f5e4d3c2b1a', 'legacy-img', 2, 'legacy-worker'),
    ),
  },
];

const wideHead =
  'CONTAINER ID   IMAGE        COMMAND                  CREATED         STATUS         PORTS                                         NAMES';
const upRow = (port: number, name: string) =>
  `7b16aa0d5e34   api-image    "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes   0.0.0.0:${port}->${port}/tcp, [::]:${port}->${port}/tcp   ${name}`;
const dfLines = [
  'Filesystem      Size  Used Avail Use% Mounted on',
  'tmpfs           3.2G  1.2M  3.2G   1% /run',
  '/dev/sda1       387G  6.0G  381G   2% /',
];
const chainedRows: Row[] = [
  {
    source:
      'a report\'s `docker ps && df -h`: coreutils src/df.c get_header ("Filesystem Size Used Avail Use% Mounted on") under the table',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-then-df-h',
    text: lines('$ docker ps && df -h', wideHead, upRow(5000, 'billing-api'), ...dfLines, '$ echo done', 'done'),
  },
  {
    source: 'procps src/free.c header ("total used free shared buff/cache available") chained under docker ps',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-then-free-h',
    text: lines(
      '$ docker ps; free -h',
      wideHead,
      upRow(5000, 'billing-api'),
      '               total        used        free      shared  buff/cache   available',
      'Mem:            31Gi       4.1Gi        22Gi       1.0Mi       5.2Gi        26Gi',
      'Swap:          2.0Gi          0B       2.0Gi',
    ),
  },
  {
    source: 'probe: df chained under a listing whose row publishes 8050: the port is taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'probe-df-after-row-on-8050',
    text: lines('$ docker ps && df -h', wideHead, upRow(8050, 'billing-api'), ...dfLines),
  },
  {
    source: 'probe: df chained under a row the copy cut before NAMES (its ports and the rows after it are not shown)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'probe-df-after-cut-row',
    text: lines(
      '$ docker ps && df -h',
      wideHead,
      '7b16aa0d5e34   api-image    "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes   0.0.0.0:5000->',
      ...dfLines,
    ),
  },
  {
    source: 'probe: a docker row after the df header (rows not one block): no more than partial',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'probe-docker-row-after-df-header',
    text: lines('$ docker ps && df -h', wideHead, upRow(5000, 'billing-api'), dfLines[0]!, upRow(6000, 'other-api'), dfLines[1]!),
  },
];

const allocated = (port: number) => [
  'Starting new container...',
  'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2',
  `docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint dash-app (0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef): Bind for 0.0.0.0:${port} failed: port is already allocated`,
  '',
  "Run 'docker run --help' for more information",
];
const dashPs = lines(
  '$ docker ps',
  'CONTAINER ID   IMAGE      COMMAND           CREATED          STATUS          PORTS                                         NAMES',
  '9f8e7d6c5b4a   dash-app   "python app.py"   12 seconds ago   Up 11 seconds   0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp   dash-app',
);
const rerunRows: Row[] = [
  {
    source:
      "a learner's deploy script typed twice: docker/cli run.go reportError's `docker: ` and `Run 'docker run --help'`, then the ID run.go prints",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'script-rerun-after-allocated',
    text: lines(
      '$ ./deploy.sh',
      ...allocated(8050),
      '$ docker rm -f old-dash',
      'old-dash',
      '$ ./deploy.sh',
      'Starting new container...',
      '4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c',
      dashPs,
    ),
  },
  {
    source: "make's recipe echo (GNU make prints each command) around the same run, typed twice",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'make-rerun-after-allocated',
    text: lines(
      '$ make run',
      'docker run -d --name dash-app -p 8050:8050 dash-app',
      ...allocated(8050).slice(1),
      'make: *** [Makefile:4: run] Error 125',
      '$ docker stop other-app',
      'other-app',
      '$ make run',
      'docker run -d --name dash-app -p 8050:8050 dash-app',
      '4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c',
      dashPs,
    ),
  },
  {
    source: 'probe: the script again, refused again: the port is still taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'probe-rerun-refused-again',
    text: lines('$ ./deploy.sh', ...allocated(8050), '$ ./deploy.sh', ...allocated(8050)),
  },
  {
    source: 'probe: the script again, its output cut before the ID (nothing shows the run worked)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'probe-rerun-cut-before-id',
    text: lines('$ ./deploy.sh', ...allocated(8050), '$ ./deploy.sh', 'Starting new container...'),
  },
  {
    source: 'probe: another script after the refusal, not the same line: no retry of it',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'probe-other-script',
    text: lines(
      '$ ./deploy.sh',
      ...allocated(8050),
      '$ ./deploy-staging.sh',
      '4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c',
    ),
  },
  {
    source: 'probe: the same line again, its ID followed by an error of its own',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'probe-rerun-id-then-error',
    text: lines(
      '$ ./deploy.sh',
      ...allocated(8050),
      '$ ./deploy.sh',
      '4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app: Bind for 0.0.0.0:8050 failed: port is already allocated',
    ),
  },
];

const webHead =
  'CONTAINER ID   IMAGE       COMMAND                  CREATED          STATUS         PORTS                                 NAMES';
const webRow = (name: string, port: number) =>
  `8a2931205c2a   site-img    "/docker-entrypoint.…"   10 seconds ago   Up 9 seconds   0.0.0.0:${port}->80/tcp, [::]:${port}->80/tcp   ${name}`;
const downRows: Row[] = [
  {
    source: 'Compose v1 compose/parallel.py "Removing site_web_1 ... done" under `docker-compose down`, then one publisher left',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'v1-down-removed-then-one-publisher',
    text: lines(
      '$ docker ps',
      webHead,
      webRow('site_web_1', 8080),
      '$ docker-compose down',
      'Stopping site_web_1 ... done',
      'Removing site_web_1 ... done',
      'Removing network site_default',
      '$ docker run -d --name site -p 8080:80 site-img',
      '3569eb44fa37ca0aa07944b3da1474fb50ffb1bdbed87b8457dafda315aa11d0',
      '$ docker ps',
      webHead,
      webRow('site', 8080),
    ),
  },
  {
    source: 'Compose v2 pkg/compose/down.go progress.RemovedEvent "Container site-web-1  Removed", then one publisher left',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'v2-down-removed-then-one-publisher',
    text: lines(
      '$ docker ps',
      webHead,
      webRow('site-web-1', 8080),
      '$ docker compose down',
      '[+] Running 2/2',
      ' ✔ Container site-web-1     Removed                0.3s',
      ' ✔ Network site_default     Removed                0.1s',
      '$ docker run -d --name site -p 8080:80 site-img',
      '3569eb44fa37ca0aa07944b3da1474fb50ffb1bdbed87b8457dafda315aa11d0',
      '$ docker ps',
      webHead,
      webRow('site', 8080),
    ),
  },
  {
    source: 'guard: a down that could not remove it (v1 "Removing site_web_1 ... error"): two publishers, which is the app not shown',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-down-error-not-removed',
    text: lines(
      '$ docker ps',
      webHead,
      webRow('site_web_1', 8080),
      '$ docker-compose down',
      'Removing site_web_1 ... error',
      '$ docker run -d --name site -p 8081:80 site-img',
      '3569eb44fa37ca0aa07944b3da1474fb50ffb1bdbed87b8457dafda315aa11d0',
      '$ docker ps',
      webHead,
      webRow('site', 8081),
      webRow('site_web_1', 8080),
    ),
  },
];

// Probes of the removal: the two publishers stay two (container-not-found) where nothing shows the old one gone.
const twoPublishers = (before: string[]) =>
  lines(
    '$ docker ps',
    webHead,
    webRow('site-web-1', 8080),
    ...before,
    '$ docker run -d --name site -p 8081:80 site-img',
    '3569eb44fa37ca0aa07944b3da1474fb50ffb1bdbed87b8457dafda315aa11d0',
    '$ docker ps',
    webHead,
    webRow('site', 8081),
  );
downRows.push(
  {
    source: "probe: Compose's removal words under another command (`docker compose ps`), no down: nothing removed",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'probe-removed-words-without-down',
    text: twoPublishers(['$ docker compose ps', ' ✔ Container site-web-1     Removed                0.3s']),
  },
  {
    source: 'probe: the down, then an up that made it again (a later row of it): the later row stands',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'probe-down-then-up-again',
    text: lines(
      twoPublishers(['$ docker compose down', ' ✔ Container site-web-1     Removed                0.3s']),
      '$ docker compose up -d',
      ' ✔ Container site-web-1     Started                0.4s',
      '$ docker ps',
      webHead,
      webRow('site', 8081),
      webRow('site-web-1', 8080),
    ),
  },
  {
    source: "probe: the down's words in a sentence of the learner's, no down run: nothing removed",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'probe-down-told-in-sentence',
    text: twoPublishers(['I thought `docker compose down` printed "Container site-web-1 Removed" but it is still there.']),
  },
);

const networkRows: Row[] = [
  {
    source: "docker/cli run.go reportError's `docker: ` and moby daemon/network.go FindNetwork's ErrNoSuchNetwork, the error alone",
    check: 'run',
    want: ['problem', 'network-not-found'],
    id: 'run-network-not-found-alone',
    text: 'docker: Error response from daemon: network dash-net not found.',
  },
  {
    source: "the same under the lesson's run line with a --network of its own (Docker 28+: \"Run 'docker run --help'\")",
    check: 'run',
    want: ['problem', 'network-not-found'],
    id: 'run-line-network-not-found',
    text: lines(
      '$ docker run -d --name dash-app --network dash-net -p 8050:8050 dash-app',
      'docker: Error response from daemon: network dash-net not found',
      '',
      "Run 'docker run --help' for more information",
    ),
  },
  {
    source: 'guard: the network made and the run again, its ID and its row Up (the later state, later-state.ts)',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-network-created-then-run',
    text: lines(
      '$ docker run -d --name dash-app --network dash-net -p 8050:8050 dash-app',
      'docker: Error response from daemon: network dash-net not found.',
      '$ docker network create dash-net',
      '5a9c0f3e2d1b4a6c8e7f9d0b1a2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d',
      '$ docker run -d --name dash-app --network dash-net -p 8050:8050 dash-app',
      '4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c',
      dashPs,
    ),
  },
  {
    source: "guard: the words quoted in a sentence are not docker run's output",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-network-error-in-sentence',
    text: 'If you see "docker: Error response from daemon: network dash-net not found." create the network first.',
  },
];

const families: [string, Row[]][] = [
  ["mosquitto's listen socket line", brokerRows],
  ['a sentence of what a server will be', modalRows],
  ["a restart loop named by the paste's own Compose progress", loopRows],
  ["another program's table chained under docker ps", chainedRows],
  ['the same script line run again after a docker error', rerunRows],
  ["Compose's down naming what it removed", downRows],
  ["docker run's own network not found", networkRows],
];

describe.each(families)('cw151 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
