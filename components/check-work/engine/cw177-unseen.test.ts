/*
 * cw177 (stop 57): holdout175's misses (chat and forum debris) by class, each row a short paste on a real program's format (`source`
 * names it), never a holdout paste:
 * - docker port's output run onto its command's line (a one-line code block, a chat): docker/cli port.go runPort's `<port>/<proto> ->
 *   <host>:<port>`, or the host side alone with the port asked, is its output; a placeholder for the container names none;
 * - the same copy running docker run's refusal (run.go reportError's `docker: Error response from daemon: …`) or docker ps' table
 *   (formatter's `CONTAINER ID   IMAGE …` header) onto the command line: split there;
 * - a name conflict, then the name freed (`docker rm NAME`), a `docker run --name NAME` and a listing of NAME Up: the conflict is past;
 * - Werkzeug's `Running on all addresses`, then its loopback URL, among several services each at a port of its own: every address;
 * - a ps row broken inside its arrow (`0.0.0.0:49154-`, then `>5000/tcp`), and a row's continuation ended by a prompt or a
 *   sentence with letters outside ASCII.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const portRows: Row[] = [
  {
    source: 'docker/cli cli/command/container/port.go runPort, a one-line code block with a placeholder for the container',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'port-one-line-placeholder',
    text: ['```', 'docker container port <container_id> 80/tcp -> 0.0.0.0:32768', '```'].join('\n'),
  },
  {
    source: 'docker/cli port.go runPort, both address families (Docker 20.10.6+) pasted through a chat onto one line',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'port-one-line-two-families',
    text: '$ docker port web 5000/tcp -> 0.0.0.0:5000 5000/tcp -> [::]:5000',
  },
  {
    source: 'docker/cli port.go runPort with the port asked: net.JoinHostPort alone, run onto the command line',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'port-one-line-asked',
    text: 'docker port web 80/tcp 0.0.0.0:32768',
  },
  {
    source: 'docker/cli port.go runPort: the lesson container at 8050 on both families, one line',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'port-one-line-lesson',
    text: 'docker port dash-app 8050/tcp -> 0.0.0.0:8050 8050/tcp -> [::]:8050',
  },
  {
    source: 'the same binding quoted in a sentence of what it should print',
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-port-one-line-quoted',
    text: 'It should print `docker port dash-app 8050/tcp -> 0.0.0.0:8050` when it works.',
  },
  {
    source: 'the same line with the learner\'s words after it ("should be printed")',
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-port-one-line-wish',
    text: 'docker port dash-app 8050/tcp -> 0.0.0.0:8050 should be printed',
  },
  {
    source: "the same line, then the daemon's No such container (moby daemon GetContainer) under it",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-port-one-line-then-error',
    text: ['docker port dash-app 8050/tcp -> 0.0.0.0:8050', 'Error response from daemon: No such container: dash-app'].join('\n'),
  },
  {
    source: 'the binding cut after the host address',
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-port-one-line-cut',
    text: 'docker port dash-app 8050/tcp -> 0.0.0.0:',
  },
  {
    source: "another container's binding at 8050",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-port-one-line-other-container',
    text: 'docker port my-web 8050/tcp -> 0.0.0.0:8050',
  },
  {
    source: 'the binding, then the container removed by the learner (docker rm -f)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-port-one-line-then-removed',
    text: ['$ docker port dash-app 8050/tcp -> 0.0.0.0:8050', '$ docker rm -f dash-app', 'dash-app'].join('\n'),
  },
];

const conflictRows: Row[] = [
  {
    source:
      "docker/cli run.go reportError run onto the command line by a chat (`docker: ` and moby daemon/names.go's conflict), bash's prompt",
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'conflict-glued-to-run',
    text: [
      'me@box:~$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "0123456789ab0123456789ab0123456789ab0123456789ab0123456789abcdef". You have to remove (or rename) that container to be able to reuse that name.',
    ].join('\n'),
  },
  {
    source:
      'moby daemon/names.go conflict, daemon/delete.go releasing the name at `docker rm -f`, the retry, then docker ps (formatter) listing it Up',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'conflict-freed-retry-listed',
    text: [
      '$ docker run -d --name web -p 8080:80 nginx',
      'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "0123456789ab0123456789ab0123456789ab0123456789ab0123456789abcdef". You have to remove (or rename) that container to be able to reuse that name.',
      "See 'docker run --help'.",
      '$ docker rm -f web',
      '$ docker run -d --name web -p 8080:80 nginx',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                   NAMES',
      'a1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   3 seconds ago   Up 2 seconds   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web',
    ].join('\n'),
  },
  {
    source: 'docker/cli formatter defaultContainerTableFormat run onto `docker ps` by a chat (its line breaks lost)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-glued-to-command',
    text: '$ docker ps CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES a1b2c3d4e5f6 nginx "/docker-entrypoint.…" 3 seconds ago Up 2 seconds 0.0.0.0:8080->80/tcp web',
  },
  {
    source: 'the same conflict and retry, without the removal: the listed container may be the one that held the name',
    check: 'reach:port-free',
    want: ['problem', 'name-conflict'],
    id: 'guard-conflict-no-rm',
    text: [
      '$ docker run -d --name web -p 8080:80 nginx',
      'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "0123456789ab0123456789ab0123456789ab0123456789ab0123456789abcdef". You have to remove (or rename) that container to be able to reuse that name.',
      '$ docker run -d --name web -p 8080:80 nginx',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED       STATUS       PORTS                  NAMES',
      'a1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:8080->80/tcp   web',
    ].join('\n'),
  },
  {
    source: 'another name removed than the one in conflict',
    check: 'reach:port-free',
    want: ['problem', 'name-conflict'],
    id: 'guard-conflict-other-rm',
    text: [
      '$ docker run -d --name web -p 8080:80 nginx',
      'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "0123456789ab0123456789ab0123456789ab0123456789ab0123456789abcdef". You have to remove (or rename) that container to be able to reuse that name.',
      '$ docker rm -f db',
      '$ docker run -d --name web -p 8080:80 nginx',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  NAMES',
      'a1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   3 seconds ago   Up 2 seconds   0.0.0.0:8080->80/tcp   web',
    ].join('\n'),
  },
  {
    source: 'the name freed, the retry refused again (a port taken: moby portmapper), the listing of another container',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-conflict-retry-fails',
    text: [
      '$ docker run -d --name web -p 8080:80 nginx',
      'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "0123456789ab0123456789ab0123456789ab0123456789ab0123456789abcdef". You have to remove (or rename) that container to be able to reuse that name.',
      '$ docker rm -f web',
      '$ docker run -d --name web -p 8050:80 nginx',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (1f2e3d): Bind for 0.0.0.0:8050 failed: port is already allocated.',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED       STATUS       PORTS                    NAMES',
      'b1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:8050->80/tcp     other',
    ].join('\n'),
  },
  {
    source: 'the name freed and the retry, but the listing shows the name Exited (docker ps -a)',
    check: 'reach:port-free',
    want: ['problem', 'name-conflict'],
    id: 'guard-conflict-listed-exited',
    text: [
      '$ docker run -d --name web -p 8080:80 nginx',
      'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "0123456789ab0123456789ab0123456789ab0123456789ab0123456789abcdef". You have to remove (or rename) that container to be able to reuse that name.',
      '$ docker rm -f web',
      '$ docker run -d --name web -p 8080:80 nginx',
      '$ docker ps -a',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                     PORTS     NAMES',
      'a1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   3 seconds ago   Exited (1) 2 seconds ago             web',
    ].join('\n'),
  },
];

const listenRows: Row[] = [
  {
    source:
      "Werkzeug serving.py log_startup (all addresses, then 127.0.0.1) beside Grafana's `HTTP Server Listen` under docker compose logs' prefix",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'werkzeug-all-loopback-beside-grafana',
    text: [
      'api-1      |  * Running on all addresses (0.0.0.0)',
      'api-1      |  * Running on http://127.0.0.1:5001',
      'grafana-1  | logger=http.server t=2024-05-01T10:00:00Z level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http',
    ].join('\n'),
  },
  {
    source: 'two Flask services, each Werkzeug all addresses with its loopback URL, at ports of their own',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'werkzeug-two-services-all-loopback',
    text: [
      'web-1  |  * Running on all addresses (0.0.0.0)',
      'web-1  |  * Running on http://127.0.0.1:5000',
      'admin-1  |  * Running on all addresses (0.0.0.0)',
      'admin-1  |  * Running on http://127.0.0.1:5002',
    ].join('\n'),
  },
  {
    source: "a loopback-only Werkzeug line (no all-addresses line) beside Grafana's: that service listens on its loopback",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-werkzeug-loopback-only-beside-grafana',
    text: [
      'api-1      |  * Running on http://127.0.0.1:5001',
      'grafana-1  | logger=http.server t=2024-05-01T10:00:00Z level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http',
    ].join('\n'),
  },
];

const rowRows: Row[] = [
  {
    source: "docker/cli formatter DisplayablePorts' `->` broken at its hyphen by a page's wrap, the header's NAMES on a line of its own",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'ps-row-arrow-wrapped',
    text: [
      '$ docker ps',
      'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS',
      'NAMES',
      'a1b2c3d4e5f6 nginx:latest "nginx -g daemon off;" 2 minutes ago Up 2 minutes 0.0.0.0:32770-',
      '>80/tcp web',
      '$ docker logs web',
    ].join('\n'),
  },
  {
    source: 'the same wrap with a sentence in Chinese under the row, then the next command',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'ps-row-arrow-wrapped-then-prose',
    text: [
      '$ docker ps -l',
      'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS',
      'NAMES',
      'a1b2c3d4e5f6 nginx:latest "nginx -g daemon off;" 2 minutes ago Up 2 minutes 0.0.0.0:32770-',
      '>80/tcp web',
      '查看容器的日志',
      '$ docker logs web',
    ].join('\n'),
  },
  {
    source: 'the lesson container, its row broken inside the arrow the same way',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'ps-row-arrow-wrapped-lesson',
    text: [
      '$ docker ps',
      'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS',
      'NAMES',
      'a1b2c3d4e5f6 e4l-python-graph "python app.py" 2 minutes ago Up 2 minutes 0.0.0.0:8050-',
      '>8050/tcp dash-app',
    ].join('\n'),
  },
  {
    source: 'the row cut after the hyphen, its container port never shown',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-ps-row-arrow-cut',
    text: [
      '$ docker ps',
      'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES',
      'a1b2c3d4e5f6 e4l-python-graph "python app.py" 2 minutes ago Up 2 minutes 0.0.0.0:8050-',
    ].join('\n'),
  },
  {
    source: 'the lesson container named, its broken arrow leading to container port 80: no ok',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-ps-row-arrow-other-port',
    text: [
      '$ docker ps',
      'CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS',
      'NAMES',
      'a1b2c3d4e5f6 e4l-python-graph "python app.py" 2 minutes ago Up 2 minutes 0.0.0.0:8050-',
      '>80/tcp dash-app',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["docker port's output run onto its command line", portRows],
  ['a refusal or a listing run onto the command line; a name conflict freed, retried and listed', conflictRows],
  ["Werkzeug's all addresses with its loopback URL among several services", listenRows],
  ['a ps row broken inside its arrow, ended by a prompt or a sentence', rowRows],
];

describe.each(families)('cw177 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
