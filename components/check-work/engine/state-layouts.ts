/*
 * cw29's sweep: how Docker and Compose print a container's state and its published ports, in every layout since Docker 17
 * and Compose 1, from the formatters' sources and their golden test data, at the steps that read them: "Is the container
 * running?" (reach:running, `docker ps -a --filter name=dash-app`), "Is port 8050 published?" (reach:published, `docker port
 * dash-app`), lesson 5's panel (run) and lesson 6's (compose). `want` is an expert's answer (a verdict and the diagnosis ids
 * that say it, as in source-sweep.ts); state-layouts.test.ts asserts each.
 *
 * Sources (docker/cli @ 28f756087e, docker/compose @ f72979427, moby/moby's daemon/container/state.go State.String):
 * - STATUS: moby State.String(): "Up " + units.HumanDuration(…) (go-units: "Less than a second", "About a minute", "2 minutes"),
 *   + " (Paused)" when paused, + " (healthy)" / " (unhealthy)" / " (health: starting)" from the health check; "Restarting (%d)
 *   %s ago"; "Removal In Progress"; "Dead"; "Created"; "Exited (%d) %s ago"; "" for a container never created.
 * - PORTS: docker/cli cli/command/formatter/container.go DisplayablePorts (golden: container_test.go TestDisplayablePorts):
 *   "4.3.2.1:9988->9988/tcp", "[::1]:9988->9988/tcp" (net.JoinHostPort; before it, docker 20.10's `:::9988->9988/tcp`),
 *   ranges "1.2.3.4:9998-9999->9998-9999/udp", exposed only "9988/tcp".
 * - docker port: cli/command/container/port.go runPort: "%s -> %s" (port, net.JoinHostPort(HostIP, HostPort)); with a port,
 *   the address only; nothing published prints nothing; `no public port '%s' published for %s` (before: "Error: No public
 *   port '%s' published for %s", the port as parsed, with /tcp).
 * - Compose v1: compose/container.py human_readable_state ("Paused", "Restarting", "Up" + " (healthy)" / " (health:
 *   starting)", "Exit %s"), human_readable_ports ("0.0.0.0:8050->8050/tcp", "8050/tcp"), the `Name Command State Ports` table.
 * - Compose v2: cmd/compose/ps.go before bc568eeb9 (2.0-2.14): NAME COMMAND SERVICE STATUS PORTS, STATUS "running",
 *   "running (healthy)", "exited (1)"; since (2.15+): NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS with docker's Status;
 *   cmd/formatter/container.go Ports() (DisplayablePorts over Publishers); `--format json`: one array before 2.21, one
 *   object a line after, with Publishers [{URL, TargetPort, PublishedPort, Protocol}].
 */
import type { SweepCase } from './source-sweep';

/** A table as Go's tabwriter prints it (cells padded to their column, three spaces apart in docker ps since 20.10). */
const table = (gap: number, ...rows: string[][]) => {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i < r.length - 1 ? c.padEnd(w[i]! + gap) : c))
        .join('')
        .trimEnd(),
    )
    .join('\n');
};
const psHead = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
/** `docker ps -a --filter name=dash-app`, one row of dash-app with that STATUS and PORTS. */
const ps = (status: string, ports: string, cmd = '$ docker ps -a --filter name=dash-app') =>
  `${cmd}\n` + table(3, psHead, ['3f2a9c1b7d4e', 'dash-app', '"python app.py"', '2 minutes ago', status, ports, 'dash-app']);
const published = '0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp';

/** `docker compose ps` 2.15+ (NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS). */
const cps = (status: string, ports: string) =>
  '$ docker compose ps -a\n' +
  table(
    3,
    ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
    ['dash-app-web-1', 'dash-app-web', '"python app.py"', 'web', '2 minutes ago', status, ports],
  );
/** `docker compose ps` 2.0-2.14 (NAME COMMAND SERVICE STATUS PORTS, column gap of tabwriter's padding 3? no: 17-wide cells). */
const cpsOld = (status: string, ports: string) =>
  '$ docker compose ps\n' +
  table(3, ['NAME', 'COMMAND', 'SERVICE', 'STATUS', 'PORTS'], ['dash-app-web-1', '"python app.py"', 'web', status, ports]);
/** docker-compose 1.x `ps`: centred headers over a dashed rule. */
const v1 = (state: string, ports: string) => {
  const row = `dash-app_web_1   python app.py   ${state.padEnd(8)}   ${ports}`;
  return `$ docker-compose ps\n     Name           Command       State           Ports\n${'-'.repeat(Math.max(row.length, 60))}\n${row}`;
};

const inspect = (
  state: string,
  ports: string,
  bindings = '{"8050/tcp": [{"HostIp": "", "HostPort": "8050"}]}',
) => `$ docker inspect dash-app
[
    {
        "Id": "3f2a9c1b7d4e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901234567",
        "Created": "2025-03-01T12:00:00.000000000Z",
        "Path": "python",
        "Args": ["app.py"],
        "State": ${state},
        "Image": "sha256:4b5c6d7e8f9012345678901234567893f2a9c1b7d4e8f0a1b2c3d4e5f607182",
        "Name": "/dash-app",
        "HostConfig": {
            "PortBindings": ${bindings}
        },
        "NetworkSettings": {
            "Ports": ${ports}
        }
    }
]`;
const running = `{
            "Status": "running",
            "Running": true,
            "Paused": false,
            "Restarting": false,
            "OOMKilled": false,
            "Dead": false,
            "Pid": 4242,
            "ExitCode": 0,
            "Error": "",
            "StartedAt": "2025-03-01T12:00:01.000000000Z",
            "FinishedAt": "0001-01-01T00:00:00Z"
        }`;
const stateWith = (status: string, more: string) =>
  running
    .replace('"running"', `"${status}"`)
    .replace('"Running": true', `"Running": ${status === 'running' || status === 'paused' || status === 'restarting'}`)
    .replace('"Error": ""', more);
const bound = `{
                "8050/tcp": [
                    {"HostIp": "0.0.0.0", "HostPort": "8050"},
                    {"HostIp": "::", "HostPort": "8050"}
                ]
            }`;

export const stateLayouts: SweepCase[] = [
  // ── docker ps STATUS (moby daemon/container/state.go State.String) at "Is the container running?" ──
  {
    source: 'moby State.String "Up " + HumanDuration: "Up 2 minutes"',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: ps('Up 2 minutes', published),
  },
  {
    source: 'moby State.String, go-units HumanDuration 1 min: "Up About a minute"',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: ps('Up About a minute', published),
  },
  {
    source: 'moby State.String, go-units HumanDuration < 1 s: "Up Less than a second"',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: ps('Up Less than a second', published),
  },
  {
    source: 'moby State.String health: "Up 3 hours (healthy)"',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: ps('Up 3 hours (healthy)', published),
  },
  {
    source: 'moby State.String health: "Up 3 hours (unhealthy)" (running; its check fails)',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: ps('Up 3 hours (unhealthy)', published),
  },
  {
    source: 'moby State.String health: "Up 5 seconds (health: starting)"',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: ps('Up 5 seconds (health: starting)', published),
  },
  {
    source: 'moby State.String paused: "Up 2 minutes (Paused)" (its processes frozen: it answers nothing)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: ps('Up 2 minutes (Paused)', published),
  },
  {
    source: 'moby State.String restarting: "Restarting (%d) %s ago"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: ps('Restarting (1) 5 seconds ago', ''),
  },
  {
    source: 'moby State.String exited: "Exited (%d) %s ago" (137: killed)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: ps('Exited (137) 2 hours ago', ''),
  },
  {
    source: 'moby State.String exited, HumanDuration < 1 s: "Exited (0) Less than a second ago"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: ps('Exited (0) Less than a second ago', ''),
  },
  {
    source: 'moby State.String: "Created" (created, never started)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: ps('Created', ''),
  },
  {
    source: 'moby State.String: "Removal In Progress" (docker rm under way)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: ps('Removal In Progress', ''),
  },
  {
    source: 'moby State.String: "Dead" (a removal that failed)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: ps('Dead', ''),
  },
  {
    source: 'docker/cli ps with a filter that matches nothing: the header alone',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    text: `$ docker ps -a --filter name=dash-app\n${psHead.join('   ')}`,
  },
  {
    source: 'docker/cli ps --format json (formatter.ContainerContext): State and Status',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: `$ docker ps -a --filter name=dash-app --format json\n{"Command":"\\"python app.py\\"","CreatedAt":"2025-03-01 12:00:00 +0000 UTC","ID":"3f2a9c1b7d4e","Image":"dash-app","Labels":"","LocalVolumes":"0","Mounts":"","Names":"dash-app","Networks":"bridge","Ports":"0.0.0.0:8050-\\u003e8050/tcp, [::]:8050-\\u003e8050/tcp","RunningFor":"2 minutes ago","Size":"0B","State":"running","Status":"Up 2 minutes"}`,
  },
  {
    source: 'docker/cli ps --format json, a container exited',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: `{"Command":"\\"python app.py\\"","ID":"3f2a9c1b7d4e","Image":"dash-app","Names":"dash-app","Ports":"","State":"exited","Status":"Exited (1) 3 seconds ago"}`,
  },
  {
    source: 'docker/cli ps --format "table {{.Names}}\\t{{.Status}}" (formatter NAMES, STATUS headers)',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: `$ docker ps -a --format "table {{.Names}}\\t{{.Status}}"\n${table(3, ['NAMES', 'STATUS'], ['dash-app', 'Up 2 minutes'])}`,
  },
  {
    source: 'docker/cli ps --format "table {{.Names}}\\t{{.Status}}", exited',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: `$ docker ps -a --format "table {{.Names}}\\t{{.Status}}"\n${table(3, ['NAMES', 'STATUS'], ['dash-app', 'Exited (1) 4 minutes ago'])}`,
  },
  // ── docker inspect's State (moby api/types/container State) ──
  {
    source: 'moby api/types/container State: Status running, Running true',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: inspect(running, bound),
  },
  {
    source: 'moby State: exited, ExitCode 137, OOMKilled true',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: inspect(
      stateWith('exited', '"Error": ""').replace('"OOMKilled": false', '"OOMKilled": true').replace('"ExitCode": 0', '"ExitCode": 137'),
      '{}',
    ),
  },
  {
    source: 'moby State: restarting, ExitCode 1',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: inspect(
      stateWith('restarting', '"Error": ""').replace('"Restarting": false', '"Restarting": true').replace('"ExitCode": 0', '"ExitCode": 1'),
      '{}',
    ),
  },
  {
    source: 'moby State: created (never started), Error from the runtime',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: inspect(
      stateWith(
        'created',
        '"Error": "failed to create task for container: exec: \\"python\\": executable file not found in $PATH"',
      ).replace('"ExitCode": 0', '"ExitCode": 127'),
      '{}',
    ),
  },
  {
    source: 'moby State: paused, Running true, Paused true',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: inspect(stateWith('paused', '"Error": ""').replace('"Paused": false', '"Paused": true'), bound),
  },
  {
    source: 'moby State: dead',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: inspect(stateWith('dead', '"Error": ""').replace('"Dead": false', '"Dead": true'), '{}'),
  },
  {
    source: 'moby State.Health (types.Health): running, Status "healthy"',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    text: inspect(
      running.replace('"Error": ""', '"Error": "",\n            "Health": {"Status": "healthy", "FailingStreak": 0, "Log": []}'),
      bound,
    ),
  },
  // ── docker port (docker/cli cli/command/container/port.go runPort) at "Is port 8050 published?" ──
  {
    source: 'docker/cli port.go runPort "%s -> %s", JoinHostPort (golden container-port-all-ports)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: '$ docker port dash-app\n8050/tcp -> 0.0.0.0:8050\n8050/tcp -> [::]:8050',
  },
  {
    source: 'docker/cli port.go before JoinHostPort (Docker 17-20.10): "8050/tcp -> :::8050"',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: '$ docker port dash-app\n8050/tcp -> 0.0.0.0:8050\n8050/tcp -> :::8050',
  },
  {
    source: 'docker/cli port.go runPort, IPv6 only: "8050/tcp -> [::]:8050"',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: '$ docker port dash-app\n8050/tcp -> [::]:8050',
  },
  {
    source: 'docker/cli port.go runPort, -p 127.0.0.1:8050:8050',
    check: 'reach:published',
    want: ['ok', 'published-on-loopback'],
    text: '$ docker port dash-app\n8050/tcp -> 127.0.0.1:8050',
  },
  {
    source: 'docker/cli port.go runPort with a port: the address only (JoinHostPort)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: '$ docker port dash-app 8050\n0.0.0.0:8050\n[::]:8050',
  },
  {
    source: 'docker/cli port.go runPort with a port, Docker before 20.10: "0.0.0.0:8050"',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: '$ docker port dash-app 8050/tcp\n0.0.0.0:8050',
  },
  {
    source: 'docker/cli port.go runPort with a port, published elsewhere: -p 80:8050',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    text: '$ docker port dash-app 8050\n0.0.0.0:80\n[::]:80',
  },
  {
    source: 'docker/cli port.go runPort: nothing published prints nothing (len(out) == 0)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: '$ docker port dash-app\n$ ',
  },
  {
    source: 'docker/cli port.go runPort (before 2023): "Error: No public port \'%s\' published for %s", the port parsed with /tcp',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: "$ docker port dash-app 8050\nError: No public port '8050/tcp' published for dash-app",
  },
  {
    source: 'docker/cli port.go runPort: "no public port \'%s\' published for %s" (the port as typed)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: "$ docker port dash-app 8050\nno public port '8050' published for dash-app",
  },
  {
    source: 'docker/cli port.go runPort, -p 8050:80 (the wrong container port)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    text: '$ docker port dash-app\n80/tcp -> 0.0.0.0:8050\n80/tcp -> [::]:8050',
  },
  {
    source: 'docker/cli port.go runPort, -p 5000:8050 (the wrong host port)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    text: '$ docker port dash-app\n8050/tcp -> 0.0.0.0:5000',
  },
  {
    source: 'moby daemon errNotFound via ContainerInspect: "Error: No such container: dash-app"',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    text: '$ docker port dash-app\nError: No such container: dash-app',
  },
  {
    source: 'moby errNotFound, Docker 23+: "Error response from daemon: No such container: dash-app"',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    text: '$ docker port dash-app\nError response from daemon: No such container: dash-app',
  },
  {
    source: 'docker/cli port.go runPort, udp only (-p 8050:8050/udp): no TCP forward, a browser gets nothing',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: '$ docker port dash-app\n8050/udp -> 0.0.0.0:8050',
  },
  {
    source: 'docker/cli port.go runPort with a port and its proto (network.ParsePort "8050/udp"): the udp mapping\'s address',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: '$ docker port dash-app 8050/udp\n0.0.0.0:8050',
  },
  {
    source: "docker/cli port.go runPort prints nothing, then the next command (the shell's prompt)",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: 'me@laptop:~$ docker port dash-app\nme@laptop:~$ docker ps --format "{{.Names}} {{.Ports}}"\ndash-app 8050/tcp',
  },
  // ── the PORTS column (docker/cli formatter DisplayablePorts; golden TestDisplayablePorts) ──
  {
    source: 'DisplayablePorts, Docker 20.10: IPv4 and ":::" IPv6',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: ps('Up 2 minutes', '0.0.0.0:8050->8050/tcp, :::8050->8050/tcp'),
  },
  {
    source: 'DisplayablePorts JoinHostPort (23+): "[::]:8050->8050/tcp" only (an IPv6-only daemon)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: ps('Up 2 minutes', '[::]:8050->8050/tcp'),
  },
  {
    source: 'DisplayablePorts, "4.3.2.1:9988->9988/tcp" with 127.0.0.1',
    check: 'reach:published',
    want: ['ok', 'published-on-loopback'],
    text: ps('Up 2 minutes', '127.0.0.1:8050->8050/tcp'),
  },
  {
    source: 'DisplayablePorts, "[::1]:9988->9988/tcp": loopback IPv6',
    check: 'reach:published',
    want: ['ok', 'published-on-loopback'],
    text: ps('Up 2 minutes', '[::1]:8050->8050/tcp'),
  },
  {
    source: 'DisplayablePorts formGroup range "1.2.3.4:9998-9999->9998-9999/udp", tcp from 0.0.0.0',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: ps('Up 2 minutes', '0.0.0.0:8050-8051->8050-8051/tcp'),
  },
  {
    source: 'DisplayablePorts, exposed only "9988/tcp"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: ps('Up 2 minutes', '8050/tcp'),
  },
  {
    source: 'DisplayablePorts, exposed range "9998-9999/udp" shape with tcp',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: ps('Up 2 minutes', '8050-8051/tcp'),
  },
  {
    source: 'DisplayablePorts, udp only "0.0.0.0:8050->8050/udp"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: ps('Up 2 minutes', '0.0.0.0:8050->8050/udp'),
  },
  {
    source: 'DisplayablePorts, tcp and udp "…/tcp, …/udp" (golden: 1.2.3.4:8899->9988/udp beside tcp)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: ps('Up 2 minutes', '0.0.0.0:8050->8050/tcp, 0.0.0.0:8050->8050/udp'),
  },
  {
    source: 'DisplayablePorts hostMappings (PublicPort != PrivatePort): "0.0.0.0:80->8050/tcp"',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    text: ps('Up 2 minutes', '0.0.0.0:80->8050/tcp, :::80->8050/tcp'),
  },
  {
    source: 'DisplayablePorts, a column cut by a narrow window: "0.0.0.0:8050->8050/tcp, :::80…"',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: ps('Up 2 minutes', '0.0.0.0:8050->8050/tcp, :::80…'),
  },
  {
    source: 'DisplayablePorts, a column cut before its container port: "0.0.0.0:8050->80…"',
    check: 'reach:published',
    want: ['partial', 'shows-part'],
    left: 'the container port is cut off: where 8050 leads the paste does not show',
    text: ps('Up 2 minutes', '0.0.0.0:8050->80…'),
  },
  {
    source: 'docker/cli ps --format "table {{.Names}}\\t{{.Ports}}" (NAMES, PORTS headers)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: `$ docker ps --format "table {{.Names}}\\t{{.Ports}}"\n${table(3, ['NAMES', 'PORTS'], ['dash-app', published])}`,
  },
  // ── docker inspect's NetworkSettings.Ports (moby nat.PortMap) and HostConfig.PortBindings ──
  {
    source: 'moby NetworkSettings.Ports: arrays of HostIp/HostPort (0.0.0.0 and ::)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: inspect(running, bound),
  },
  {
    source: 'moby NetworkSettings.Ports: "8050/tcp": null (EXPOSE, no -p)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: inspect(running, '{\n                "8050/tcp": null\n            }', '{}'),
  },
  {
    source: 'moby NetworkSettings.Ports: {} (nothing exposed, nothing published)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: inspect(running, '{}', '{}'),
  },
  {
    source: 'moby NetworkSettings.Ports {} of a stopped container; HostConfig.PortBindings still 8050',
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    text: inspect(stateWith('exited', '"Error": ""').replace('"ExitCode": 0', '"ExitCode": 1'), '{}'),
  },
  {
    source: 'moby NetworkSettings.Ports: HostIp 127.0.0.1',
    check: 'reach:published',
    want: ['ok', 'published-on-loopback'],
    text: inspect(
      running,
      '{"8050/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8050"}]}',
      '{"8050/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8050"}]}',
    ),
  },
  {
    source: 'docker inspect --format "{{json .NetworkSettings.Ports}}" (the PortMap alone)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: `$ docker inspect --format '{{json .NetworkSettings.Ports}}' dash-app\n{"8050/tcp":[{"HostIp":"0.0.0.0","HostPort":"8050"},{"HostIp":"::","HostPort":"8050"}]}`,
  },
  // ── lesson 5's panel (run): the docker ps row after the lesson's docker run ──
  {
    source: 'moby State.String "Up 2 minutes" + DisplayablePorts 0.0.0.0 and [::]',
    check: 'run',
    want: ['ok', 'healthy'],
    text: ps('Up 2 minutes', published, '$ docker ps'),
  },
  {
    source: 'moby State.String "Up About a minute (healthy)", Docker 20.10 ":::"',
    check: 'run',
    want: ['ok', 'healthy'],
    text: ps('Up About a minute (healthy)', '0.0.0.0:8050->8050/tcp, :::8050->8050/tcp', '$ docker ps'),
  },
  {
    source: 'moby State.String "Up (Paused)"',
    check: 'run',
    want: ['problem', 'container-exited'],
    text: ps('Up 10 minutes (Paused)', published, '$ docker ps'),
  },
  {
    source: 'moby State.String "Removal In Progress"',
    check: 'run',
    want: ['problem', 'container-exited'],
    text: ps('Removal In Progress', '', '$ docker ps -a'),
  },
  { source: 'moby State.String "Dead"', check: 'run', want: ['problem', 'container-exited'], text: ps('Dead', '', '$ docker ps -a') },
  {
    source: 'DisplayablePorts udp only, at lesson 5',
    check: 'run',
    want: ['problem', 'no-port-published'],
    text: ps('Up 2 minutes', '0.0.0.0:8050->8050/udp', '$ docker ps'),
  },
  {
    source: 'moby State.String "Restarting (1) 5 seconds ago"',
    check: 'run',
    want: ['problem', 'container-exited'],
    text: ps('Restarting (1) 5 seconds ago', '', '$ docker ps'),
  },
  // ── Compose v1 (compose/container.py human_readable_state / human_readable_ports; cli/formatter.py) ──
  {
    source: 'compose v1 human_readable_state "Up", human_readable_ports',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: v1('Up', '0.0.0.0:8050->8050/tcp'),
  },
  {
    source: 'compose v1 human_readable_health_status "Up (healthy)"',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: v1('Up (healthy)', '0.0.0.0:8050->8050/tcp'),
  },
  {
    source: 'compose v1 human_readable_health_status "Up (health: starting)"',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: v1('Up (health: starting)', '0.0.0.0:8050->8050/tcp'),
  },
  {
    source: 'compose v1 human_readable_state "Exit %s"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: v1('Exit 1', ''),
  },
  {
    source: 'compose v1 human_readable_state "Restarting"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: v1('Restarting', ''),
  },
  {
    source: 'compose v1 human_readable_state "Paused"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: v1('Paused', '0.0.0.0:8050->8050/tcp'),
  },
  {
    source: 'compose v1 human_readable_ports, exposed only "8050/tcp"',
    check: 'compose',
    want: ['problem', 'no-port-published'],
    text: v1('Up', '8050/tcp'),
  },
  // ── Compose v2 2.0-2.14 (cmd/compose/ps.go before bc568eeb9: State, "%s (%s)" health, "%s (%d)" exit code) ──
  {
    source: 'compose 2.0-2.14 ps.go: "running", ports 0.0.0.0 and ":::"',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: cpsOld('running', '0.0.0.0:8050->8050/tcp, :::8050->8050/tcp'),
  },
  {
    source: 'compose 2.0-2.14 ps.go: "running (healthy)"',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: cpsOld('running (healthy)', '0.0.0.0:8050->8050/tcp'),
  },
  {
    source: 'compose 2.0-2.14 ps.go: "running (starting)" (Health "starting")',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: cpsOld('running (starting)', '0.0.0.0:8050->8050/tcp'),
  },
  {
    source: 'compose 2.0-2.14 ps.go: "exited (1)"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: cpsOld('exited (1)', ''),
  },
  {
    source: 'compose 2.0-2.14 ps.go: "restarting"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: cpsOld('restarting', ''),
  },
  {
    source: 'compose 2.0-2.14 ps.go: "dead (137)"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: cpsOld('dead (137)', ''),
  },
  {
    source: 'compose 2.0-2.14 ps.go: "paused"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: cpsOld('paused', '0.0.0.0:8050->8050/tcp'),
  },
  // ── Compose 2.15+ (docker's Status; cmd/formatter/container.go Ports) ──
  { source: 'compose 2.15+ ps: "Up 3 seconds", [::]', check: 'compose', want: ['ok', 'healthy'], text: cps('Up 3 seconds', published) },
  {
    source: 'compose 2.15+ ps: "Up 3 minutes (unhealthy)"',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: cps('Up 3 minutes (unhealthy)', published),
  },
  {
    source: 'compose 2.15+ ps: "Up 5 seconds (health: starting)"',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: cps('Up 5 seconds (health: starting)', published),
  },
  {
    source: 'compose 2.15+ ps -a: "Exited (1) 2 minutes ago"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: cps('Exited (1) 2 minutes ago', ''),
  },
  {
    source: 'compose 2.15+ ps -a: "Created"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: cps('Created', ''),
  },
  {
    source: 'compose 2.15+ ps: "Restarting (1) 10 seconds ago"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: cps('Restarting (1) 10 seconds ago', ''),
  },
  {
    source: 'compose 2.15+ ps: "Up 2 minutes (Paused)"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: cps('Up 2 minutes (Paused)', published),
  },
  {
    source: 'compose 2.15+ ps: udp only',
    check: 'compose',
    want: ['problem', 'no-port-published'],
    text: cps('Up 2 minutes', '0.0.0.0:8050->8050/udp'),
  },
  // ── Compose ps --format json (api.ContainerSummary: State, Health, ExitCode, Publishers) ──
  {
    source: 'compose 2.0-2.20 ps --format json: one array, Publishers',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: `$ docker compose ps --format json\n[{"ID":"3f2a9c1b7d4e","Name":"dash-app-web-1","Command":"python app.py","Project":"dash-app","Service":"web","State":"running","Health":"","ExitCode":0,"Publishers":[{"URL":"0.0.0.0","TargetPort":8050,"PublishedPort":8050,"Protocol":"tcp"},{"URL":"::","TargetPort":8050,"PublishedPort":8050,"Protocol":"tcp"}]}]`,
  },
  {
    source: 'compose 2.0-2.20 ps --format json: exited, ExitCode 1, Publishers with PublishedPort 0',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: `[{"ID":"3f2a9c1b7d4e","Name":"dash-app-web-1","Command":"python app.py","Project":"dash-app","Service":"web","State":"exited","Health":"","ExitCode":1,"Publishers":[{"URL":"","TargetPort":8050,"PublishedPort":0,"Protocol":"tcp"}]}]`,
  },
  {
    source: 'compose 2.21+ ps --format json: one object a line, Status and Publishers',
    check: 'compose',
    want: ['ok', 'healthy'],
    text: `$ docker compose ps --format json\n{"Command":"\\"python app.py\\"","CreatedAt":"2025-03-01 12:00:00 +0000 UTC","ExitCode":0,"Health":"","ID":"3f2a9c1b7d4e","Image":"dash-app-web","Labels":"","LocalVolumes":"0","Mounts":"","Name":"dash-app-web-1","Names":"dash-app-web-1","Networks":"dash-app_default","Ports":"0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp","Project":"dash-app","Publishers":[{"URL":"0.0.0.0","TargetPort":8050,"PublishedPort":8050,"Protocol":"tcp"},{"URL":"::","TargetPort":8050,"PublishedPort":8050,"Protocol":"tcp"}],"RunningFor":"2 minutes ago","Service":"web","Size":"0B","State":"running","Status":"Up 2 minutes"}`,
  },
  {
    source: 'compose 2.21+ ps --format json: exposed only (Publishers PublishedPort 0)',
    check: 'compose',
    want: ['problem', 'no-port-published'],
    text: `{"Command":"\\"python app.py\\"","ExitCode":0,"Health":"","ID":"3f2a9c1b7d4e","Image":"dash-app-web","Name":"dash-app-web-1","Project":"dash-app","Publishers":[{"URL":"","TargetPort":8050,"PublishedPort":0,"Protocol":"tcp"}],"Service":"web","State":"running","Status":"Up 2 minutes"}`,
  },
  // ── compose up's progress lines (pkg/progress: "Container %s  %s"; v1 "Creating %s ... done") ──
  {
    source: 'compose v2 pkg/progress tty: " ✔ Container dash-app-web-1  Started" (state only, no ports)',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: '$ docker compose up -d\n[+] Running 2/2\n ✔ Network dash-app_default    Created    0.1s\n ✔ Container dash-app-web-1     Started    0.4s',
  },
  {
    source: 'compose v2 progress plain: "Container dash-app-web-1  Running"',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: '$ docker compose up -d\n[+] Running 1/0\n ⠿ Container dash-app-web-1  Running                                    0.0s',
  },
  {
    source: 'compose v2 progress: "Container dash-app-web-1  Recreated", then Started',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: '[+] Running 1/1\n ✔ Container dash-app-web-1  Recreated  0.2s\nAttaching to web-1',
  },
  {
    source: 'compose v1 cli/main.py up: "Creating dash-app_web_1 ... done"',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: '$ docker-compose up -d\nCreating network "dash-app_default" with the default driver\nCreating dash-app_web_1 ... done',
  },
  // ── cw30 (holdout28's classes, reach) ──
  {
    source:
      'docker/cli formatter/container.go Names, `docker ps -a --format "{{.Names}}"`: no dash-app among them (getsentry/self-hosted#3410)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    text: '$ docker ps -a --format "{{.Names}}"\nshop-db-1\nshop-cache-1\n$',
  },
  {
    source: 'docker/cli formatter/container.go Names, the table form: NAMES, then one name a line',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    text: "$ docker container ls --format 'table {{.Names}}'\nNAMES\nrelaxed_turing\nregistry",
  },
  {
    source:
      'moby State.String "Exited (%d) %s ago", a STATUS cell copied under its docker ps -a with its column name (docker-library/docs#1262)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: '$ docker ps -a\nSTATUS: Exited (1) 3 minutes ago',
  },
  // cw34: rows copied without the header (and CONTAINER ID), the formatter's columns from IMAGE on
  {
    source: 'docker/cli formatter/container.go, rows without their header: dash-app Exited (1), its ports unshown (nginx-proxy#279 layout)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: 'e4l-python-graph   "python app.py"   2 minutes ago   Exited (1) 1 minute ago             dash-app',
  },
  {
    source: 'docker/cli formatter/container.go, rows without their header: two other containers, one Up publishing 80 (nginx-proxy#279)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    text: `### before
jwilder/nginx-proxy:latest   "forego start -r"      4 months ago        Up 4 months         0.0.0.0:80->80/tcp, 443/tcp   sharp_franklin
### after
jwilder/nginx-proxy:latest   "/app/docker-entrypoi"   7 seconds ago       Up 6 seconds        0.0.0.0:80->80/tcp, 443/tcp   kickass_panini`,
  },
  {
    source: 'docker/cli formatter/container.go, one row without its header, CONTAINER ID kept: dash-app Up, 8050 -> 8050',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: '3f2a9c1b7d4e   e4l-python-graph   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app',
  },
];
