/*
 * cw166 (stop 55): holdout160's misses by class, each row a short paste on a real program's or writer's format (`source` names it),
 * never a holdout paste:
 * - a list's step numbered by hand with no mark after its number (`1 docker run -d \`) → the command and its continued lines;
 * - the daemon's refusal under `docker plugin install` / `enable` (the plugin's own container) → lesson 3's daemon-error, not a
 *   learner's container that the runtime refused;
 * - a swarm service at none of its replicas (`docker service ls`, `docker stack services`: REPLICAS `0/N`) → a service not running;
 * - Alertmanager's configuration that failed to load at start (config/coordinator.go, then main.go's `return 1`) → the container stopped;
 * - a Procfile supervisor's `<proc> died. Shutting down...` (goreman's ProcDiedAction Shutdown) → the container stopped;
 * - Grafana's run.sh that stopped on a file (cw41's pair, or `GF_PATHS_CONFIG='…' is not readable.` alone) → at Compose's step the
 *   service not running, at "Does the app listen?" the container stopped.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const numberedRows: Row[] = [
  {
    source: "a poster's steps numbered by hand (`2 docker run -d \\`), the run line continued over lines, another app's mapping",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'number-no-mark-run',
    text: ['2 docker run -d --name=kuma \\', '  -p 3001:3001 \\', '  -v kuma:/app/data \\', '  louislam/uptime-kuma:1'].join('\n'),
  },
  {
    source: 'the same with sudo after the number, at "Is it published?"',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'number-no-mark-sudo',
    text: ['1 sudo docker run -d \\', '  --name adminer \\', '  -p 9000:8080 \\', '  adminer'].join('\n'),
  },
  {
    source:
      "bash's `history` listing (builtins/history.def `%5d%c %s`: two characters between the number and the command): no step of a list",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-bash-history',
    text: ['  501  docker run -d \\', '  -p 8050:8050 --name dash-app dash-app'].join('\n'),
  },
  {
    source: 'a numbered step cut after its first continued line: the command alone, no ok',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-number-cut',
    text: ['1 docker run -d \\', '  -p 8050:8050 \\'].join('\n'),
  },
  {
    source: "a numbered step's run refused by the daemon after it (moby's name conflict): the refusal, not the run line",
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'guard-number-then-error',
    text: [
      '1 docker run -d \\',
      '  -p 8050:8050 --name dash-app dash-app',
      'docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "4f1c2d3e4b5a".',
    ].join('\n'),
  },
];

const runtimeRefusal =
  'Error response from daemon: OCI runtime create failed: container_linux.go:349: starting container process caused "process_linux.go:449: container init caused \\"rootfs_linux.go:58: mounting \\\\\\"\\\\\\" to rootfs \\\\\\"/var/lib/docker/plugins/9a8b7c6d/rootfs\\\\\\" caused \\\\\\"invalid argument\\\\\\"\\"": unknown';

const pluginRows: Row[] = [
  {
    source: "docker/cli plugin enable (moby plugin/manager_linux.go enable: the plugin's container) refused by runc",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'plugin-enable-refused',
    text: ['$ docker plugin enable loki', runtimeRefusal].join('\n'),
  },
  {
    source: "the refusal under plugin install, then docker version's Server part: the daemon's refusal stands (cw144's gate)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-plugin-then-version',
    text: [
      '$ docker plugin install grafana/loki-docker-driver:2.9.1 --alias loki --grant-all-permissions',
      runtimeRefusal,
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           24.0.7',
      ' API version:       1.43',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          24.0.7',
      '  API version:      1.43 (minimum version 1.12)',
    ].join('\n'),
  },
  {
    source: "the plugin installed, then a run of hello-world that runc refused: the run's own refusal keeps its answer",
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'guard-plugin-then-run-refused',
    text: [
      '$ docker plugin install grafana/loki-docker-driver:2.9.1 --alias loki',
      'Installed plugin grafana/loki-docker-driver:2.9.1',
      '$ docker run hello-world',
      `docker: ${runtimeRefusal}.`,
    ].join('\n'),
  },
  {
    source: 'the plugin command and the refusal retold in one sentence: no command line, the runtime answer as before',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'guard-plugin-sentence',
    text: `I ran docker plugin install loki and got ${runtimeRefusal}`,
  },
];

const swarmRows: Row[] = [
  {
    source:
      'docker/cli cli/command/service/formatter.go defaultServiceTableFormat under `docker service ls`: one service at 0 of 2 replicas',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'service-ls-none-running',
    text: [
      '$ docker service ls',
      'ID             NAME         MODE         REPLICAS   IMAGE            PORTS',
      'x1abc2def3gh   shop_api     replicated   0/2        shop/api:1.4     *:8000->8000/tcp',
      'k9mno8pqr7st   shop_front   replicated   2/2        shop/front:1.4   *:80->80/tcp',
    ].join('\n'),
  },
  {
    source: 'the same listing with one task of two running: the service still serves, no failure shown',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-service-ls-one-of-two',
    text: [
      '$ docker service ls',
      'ID             NAME         MODE         REPLICAS   IMAGE            PORTS',
      'x1abc2def3gh   shop_api     replicated   1/2        shop/api:1.4     *:8000->8000/tcp',
      'k9mno8pqr7st   shop_front   replicated   2/2        shop/front:1.4   *:80->80/tcp',
    ].join('\n'),
  },
  {
    source: '`docker stack services` with every service at its replicas (a global one 3/3): as before',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-stack-services-all-up',
    text: [
      '$ docker stack services shop',
      'ID             NAME         MODE         REPLICAS   IMAGE            PORTS',
      'x1abc2def3gh   shop_api     replicated   2/2        shop/api:1.4     *:8000->8000/tcp',
      'k9mno8pqr7st   shop_front   global       3/3        shop/front:1.4   *:80->80/tcp',
    ].join('\n'),
  },
];

const alertmanagerRows: Row[] = [
  {
    source:
      'prometheus/alertmanager since log/slog (config/coordinator.go Reload: `Loading configuration failed`), `docker logs alertmanager`',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'alertmanager-slog-config-failed',
    text: [
      '$ docker logs alertmanager',
      'time=2025-03-02T10:00:01.000Z level=INFO source=main.go:191 msg="Starting Alertmanager" version="(version=0.28.0)"',
      'time=2025-03-02T10:00:01.010Z level=INFO source=coordinator.go:112 msg="Loading configuration" source=/etc/alertmanager/alertmanager.yml',
      'time=2025-03-02T10:00:01.011Z level=ERROR source=coordinator.go:117 msg="Loading configuration failed" source=/etc/alertmanager/alertmanager.yml err="yaml: line 4: did not find expected key"',
    ].join('\n'),
  },
  {
    source: 'a reload that failed after the server said it listens (SIGHUP, /-/reload): the server lives on, where it listens answers',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-alertmanager-reload-after-listening',
    text: [
      '$ docker logs alertmanager',
      'ts=2023-11-17T11:24:48.374Z caller=coordinator.go:113 level=info component=configuration msg="Loading configuration file" file=/etc/alertmanager/alertmanager.yml',
      'ts=2023-11-17T11:24:48.380Z caller=main.go:525 level=info msg=Listening address=:9093',
      'ts=2023-11-17T12:00:00.000Z caller=coordinator.go:118 level=error component=configuration msg="Loading configuration file failed" file=/etc/alertmanager/alertmanager.yml err="yaml: line 3: mapping values are not allowed in this context"',
    ].join('\n'),
  },
];

const goremanRows: Row[] = [
  {
    source: 'mattn/goreman\'s startProc with Go log\'s date (`log.Printf("%s died. Shutting down...", proc)`), one process then the rest',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'goreman-died-dated',
    text: [
      '$ docker run -p 7080:7080 --rm sourcegraph/server:3.9.4',
      '2019/11/13 14:58:04 frontend died. Shutting down...',
      '2019/11/13 14:58:04 Terminating gitserver',
    ].join('\n'),
  },
  {
    source: "the words in a sentence after the app started: no supervisor's line, the start stands",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-died-in-sentence',
    text: [
      '$ docker run -p 8050:8050 --name dash-app dash-app',
      'Dash is running on http://0.0.0.0:8050/',
      'the old server died. Shutting down the VM helped.',
    ].join('\n'),
  },
];

const grafanaRows: Row[] = [
  {
    source: 'grafana/grafana packaging/docker/run.sh under Compose v1 (`Creating x ... done`, `Attaching to`): the config unreadable',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'grafana-config-unreadable-compose',
    text: [
      'Creating monitoring_grafana ... done',
      'Attaching to monitoring_grafana',
      "monitoring_grafana | GF_PATHS_CONFIG='/etc/grafana/grafana.ini' is not readable.",
      'monitoring_grafana | You may have issues with file permissions, more information here: http://docs.grafana.org/installation/docker/#migrate-to-v51-or-later',
    ].join('\n'),
  },
  {
    source: "the same script's lines under `docker logs grafana` (config and data both named)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'grafana-config-unreadable-logs',
    text: [
      '$ docker logs grafana',
      "GF_PATHS_CONFIG='/etc/grafana/grafana.ini' is not readable.",
      "GF_PATHS_DATA='/var/lib/grafana' is not writable.",
      'You may have issues with file permissions, more information here: http://docs.grafana.org/installation/docker/#migrate-to-v51-or-later',
    ].join('\n'),
  },
  {
    source: "the config line, then Grafana's own `HTTP Server Listen` (the server went on): no stop at Compose's step",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-grafana-config-then-listen',
    text: [
      'Attaching to grafana',
      "grafana    | GF_PATHS_CONFIG='/etc/grafana/grafana.ini' is not readable.",
      'grafana    | t=2021-01-01T00:00:00+0000 lvl=info msg="HTTP Server Listen" logger=http.server address=[::]:3000 protocol=http subUrl= socket=',
    ].join('\n'),
  },
  {
    source: 'the config line, then docker ps showing the container Up: the later listing stands',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-grafana-config-then-listed-up',
    text: [
      'Attaching to grafana',
      "grafana    | GF_PATHS_CONFIG='/etc/grafana/grafana.ini' is not readable.",
      '$ docker ps',
      'CONTAINER ID   IMAGE             COMMAND     CREATED         STATUS         PORTS                    NAMES',
      'a1b2c3d4e5f6   grafana/grafana   "/run.sh"   2 minutes ago   Up 2 minutes   0.0.0.0:3000->3000/tcp   grafana',
    ].join('\n'),
  },
  {
    source: "the data folder's `is not writable` alone, then the server listening: cw41 needs the refused write beside it",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-grafana-not-writable-then-listen',
    text: [
      'Attaching to grafana',
      "grafana    | GF_PATHS_DATA='/var/lib/grafana' is not writable.",
      'grafana    | t=2021-01-01T00:00:00+0000 lvl=info msg="HTTP Server Listen" logger=http.server address=[::]:3000 protocol=http subUrl= socket=',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a list step numbered with no mark', numberedRows],
  ["the daemon's refusal under a plugin's install or enable", pluginRows],
  ['a swarm service at none of its replicas', swarmRows],
  ["Alertmanager's configuration failing at start", alertmanagerRows],
  ["a Procfile supervisor's shutdown when a process died", goremanRows],
  ["Grafana's start script stopped on a file", grafanaRows],
];

describe.each(families)('cw166 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
