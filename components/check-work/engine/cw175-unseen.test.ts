/*
 * cw175 (stop 57): holdout174's and holdout167's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - kubectl port-forward's own lines (client-go tools/portforward portforward.go; the kubelet's and the runtime's refusal inside the
 *   pod): refused at the pod's port → wrong-container-port at "Does the app listen?"; kubectl's own listener at "Is the port free?";
 * - `docker context ls` alone (docker/cli formatter/context.go): the client's contexts, no engine asked → install partial;
 * - the 2020 Compose CLI wrapper refusing a local context (docker/compose-cli cli/cmd/compose/compose.go) → Compose not installed;
 * - a docker listing rewritten as a Markdown table with other headers than docker ps' (network ls, images), prose joined to its header;
 * - the Angular CLI dev server's banner, `Ready on <URL>` (Next.js custom servers, Nuxt 1): start lines.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const forwardRows: Row[] = [
  {
    source: 'containerd CRI sandbox_portforward_linux.go portForward under kubectl 1.30+ (klog "Unhandled Error"), another pod and port',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'containerd-refused-structured',
    text: [
      '$ kubectl port-forward svc/web 8050:5000',
      'Forwarding from 127.0.0.1:8050 -> 5000',
      'Forwarding from [::1]:8050 -> 5000',
      'Handling connection for 8050',
      'E1203 09:12:01.004512   2211 portforward.go:424] "Unhandled Error" err="an error occurred forwarding 8050 -> 5000: error forwarding port 5000 to pod 0a1b2c3d4e5f, uid : failed to execute portforward in network namespace \\"/var/run/netns/cni-1\\": failed to connect to localhost:5000 inside namespace \\"0a1b2c3d4e5f\\", IPv4: dial tcp4 127.0.0.1:5000: connect: connection refused IPv6 dial tcp6 [::1]:5000: connect: connection refused "',
      'error: lost connection to pod',
    ].join('\n'),
  },
  {
    source: 'dockershim docker_streaming_others.go portForward (nsenter … socat), kubectl before 1.30, the output without its command',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'socat-refused-no-command',
    text: [
      'Handling connection for 9090',
      'E0512 10:01:02.123456   4312 portforward.go:400] an error occurred forwarding 9090 -> 9090: error forwarding port 9090 to pod 5e6f7a8b9c0d, uid : exit status 1: 2021/05/12 10:01:02 socat[2231] E connect(5, AF=2 127.0.0.1:9090, 16): Connection refused',
    ].join('\n'),
  },
  {
    source: "client-go getListener's `Forwarding from %s -> %d`: kubectl holds the host port, at another port than the lesson's",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'kubectl-listener-elsewhere',
    text: ['$ kubectl port-forward pod/api 5000:80', 'Forwarding from 127.0.0.1:5000 -> 80', 'Forwarding from [::1]:5000 -> 80'].join('\n'),
  },
  {
    source: "client-go getListener's `Forwarding from %s -> %d` at the lesson's host port: kubectl is the program there",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'kubectl-listener-8050',
    text: ['$ kubectl port-forward deploy/dash 8050:8050', 'Forwarding from 127.0.0.1:8050 -> 8050'].join('\n'),
  },
  {
    source: "guard: the pod's forward refused, but the app's own start line says where it listens: the start line answers",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-start-line-first',
    text: [
      'Handling connection for 8050',
      'E0512 10:01:02.123456   4312 portforward.go:400] an error occurred forwarding 8050 -> 8050: error forwarding port 8050 to pod 5e6f7a8b9c0d, uid : exit status 1: 2021/05/12 10:01:02 socat[2231] E connect(5, AF=2 127.0.0.1:8050, 16): Connection refused',
      '$ docker logs dash-app',
      'Dash is running on http://127.0.0.1:8050/',
    ].join('\n'),
  },
  {
    source: 'guard: kubectl forwarding, no refusal and no app line: nothing said of where the app listens',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-forward-no-refusal',
    text: ['Forwarding from 127.0.0.1:8050 -> 8050', 'Handling connection for 8050'].join('\n'),
  },
];

const contextRows: Row[] = [
  {
    source: 'docker/cli formatter/context.go 20.10 header (KUBERNETES ENDPOINT, ORCHESTRATOR), another context current',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'context-ls-2010',
    text: [
      '$ docker context ls',
      'NAME                DESCRIPTION                               DOCKER ENDPOINT                  KUBERNETES ENDPOINT   ORCHESTRATOR',
      'default             Current DOCKER_HOST based configuration   unix:///var/run/docker.sock                            swarm',
      'colima *            colima                                    unix:///Users/ana/.colima/docker.sock',
    ].join('\n'),
  },
  {
    source: 'docker/cli formatter/context.go since 23.0 (ERROR column), rootless context current',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'context-ls-error-column',
    text: [
      '$ docker context list',
      'NAME         DESCRIPTION                               DOCKER ENDPOINT                     ERROR',
      'default      Current DOCKER_HOST based configuration   unix:///var/run/docker.sock',
      'rootless *   Rootless mode                             unix:///run/user/1000/docker.sock',
    ].join('\n'),
  },
  {
    source: "guard: the context listing beside docker version's Server part: the engine answered, ok stays",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-context-ls-server-part',
    text: [
      '$ docker context ls',
      'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR',
      'default *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           27.3.1',
      ' API version:       1.47',
      ' Go version:        go1.22.7',
      ' Git commit:        ce12230',
      ' Built:             Fri Sep 20 11:41:00 2024',
      ' OS/Arch:           linux/amd64',
      ' Context:           default',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          27.3.1',
      '  API version:      1.47 (minimum version 1.24)',
      '  Go version:       go1.22.7',
      '  Git commit:       41ca978',
      '  Built:            Fri Sep 20 11:41:00 2024',
      '  OS/Arch:          linux/amd64',
    ].join('\n'),
  },
  {
    source: "guard: the context listing then the daemon's refusal: the refusal stands",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-context-ls-cannot-connect',
    text: [
      '$ docker context ls',
      'NAME              DESCRIPTION                               DOCKER ENDPOINT                               ERROR',
      'default           Current DOCKER_HOST based configuration   unix:///var/run/docker.sock',
      'desktop-linux *   Docker Desktop                            unix:///home/ana/.docker/desktop/docker.sock',
      '$ docker ps',
      'Cannot connect to the Docker daemon at unix:///home/ana/.docker/desktop/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
];

const composeRows: Row[] = [
  {
    source: "docker/compose-cli cli/cmd/compose/compose.go: an ECS context's refusal of the wrapper's compose command",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'compose-cli-ecs-context',
    text: ['$ docker compose up -d', "use 'docker ecs compose' on context type ecs"].join('\n'),
  },
  {
    source: 'docker/cli formatter/image.go headers rewritten as a Markdown table, prose joined to the header by a hard break',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'markdown-network-ls-pipes-both-ends',
    text: [
      'my networks: NETWORK ID | NAME | DRIVER | SCOPE |',
      '|---|---|---|---|',
      '| 1a2b3c4d5e6f | bridge | bridge | local |',
      '| 2b3c4d5e6f7a | host | host | local |',
      '| 3c4d5e6f7a8b | none | null | local |',
    ].join('\n'),
  },
];

const startRows: Row[] = [
  {
    source: 'angular/angular-cli build_angular dev-server banner on every address at 4200 (ng serve --host 0.0.0.0)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'angular-banner-0000-4200',
    text: [
      '$ docker logs web',
      '** Angular Live Development Server is listening on 0.0.0.0:4200, open your browser on http://localhost:4200/ **',
      '✔ Compiled successfully.',
    ].join('\n'),
  },
  {
    source: 'angular-cli dev-server banner at its default host, localhost',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'angular-banner-localhost',
    text: '** Angular Live Development Server is listening on localhost:4200, open your browser on http://localhost:4200/ **',
  },
  {
    source: 'vercel/next.js examples/custom-server: `> Ready on http://${hostname}:${port}` at loopback',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'next-custom-ready-on-localhost',
    text: ['$ docker logs web', '> Ready on http://localhost:3000'].join('\n'),
  },
  {
    source: 'guard (ok probe): the Angular banner at 0.0.0.0:8050, read by its shape: the port only, never an ok',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-angular-8050-no-ok',
    text: '** Angular Live Development Server is listening on 0.0.0.0:8050, open your browser on http://localhost:8050/ **',
  },
  {
    source:
      'guard (ok probe): `Ready on` at 0.0.0.0:8050 quoted in a sentence of the learner: retold, its port only (CONVENTIONS §2.4 cw47): partial, never an ok',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-ready-on-prose',
    text: 'I see "Ready on http://0.0.0.0:8050" but my browser shows nothing',
  },
  {
    source: "guard (ok probe): `Ready on` at 0.0.0.0:8050 followed by the program's crash: the crash answers",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-ready-on-then-crash',
    text: [
      '$ docker logs web',
      '> Ready on http://0.0.0.0:8050',
      '/app/server.js:14',
      '    throw err',
      '    ^',
      '',
      "Error: Cannot find module 'next'",
      '    at Module._resolveFilename (node:internal/modules/cjs/loader:1140:15)',
      '    at Module._load (node:internal/modules/cjs/loader:981:27)',
      'Node.js v20.11.0',
    ].join('\n'),
  },
  {
    source: 'guard: "Ready to accept connections" (redis, postgres) has no "on" and no port: not a start line of the app',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ready-to-accept',
    text: ['$ docker logs cache', '1:M 01 Dec 2026 10:00:00.000 * Ready to accept connections tcp'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["kubectl port-forward's own lines", forwardRows],
  ['docker context ls alone', contextRows],
  ["the Compose CLI wrapper's context refusal, a Markdown-table listing", composeRows],
  ["the Angular dev server's banner and `Ready on`", startRows],
];

describe.each(families)('cw175 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
