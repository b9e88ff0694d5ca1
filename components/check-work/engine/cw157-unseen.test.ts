/*
 * cw157 (stop 52): holdout140's and holdout142's misses, by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - Django's development server that found its port taken (`Error: That port is already in use.`), on the host or in a container's
 *   shell → the port is not free;
 * - asyncio's bind error (uvicorn's log) with the system's words in another language: the errno in front (98, 48, 10048) names it;
 * - BuildKit's tty line of the RUN step that failed (`=> ERROR [4/5] RUN …`) and pip's own `Command "python setup.py egg_info"
 *   failed with error code 1 in /tmp/pip-…` → the image was not built;
 * - compose-go's loader refusing a file whose references loop (`cycle detected at path: …`, `dependency cycle detected: a -> b`);
 * - Compose v2's progress still `Creating` or `Starting` a container, then the daemon's refusal → a service that did not start;
 * - a JSON value and then text in one block (a coding assistant's tool call, then its output): the text is read;
 * - the package manager's list of Docker's packages (apt list --installed, dpkg -l, rpm -qa) → installed, not shown answering.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');

const djangoRows: Row[] = [
  {
    source: 'django/core/management/commands/runserver.py inner_run (Django 4.2): the EADDRINUSE text under its banner, port 8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'django-runserver-8050',
    text: lines(
      '$ python manage.py runserver 0.0.0.0:8050',
      'Watching for file changes with StatReloader',
      'Performing system checks...',
      '',
      'System check identified no issues (0 silenced).',
      'March 03, 2025 - 10:12:44',
      "Django version 4.2.11, using settings 'mysite.settings'",
      'Starting development server at http://0.0.0.0:8050/',
      'Quit the server with CONTROL-C.',
      '',
      'Error: That port is already in use.',
    ),
  },
  {
    source: 'the same line alone, as a learner copies the error only',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'django-error-line-only',
    text: 'Error: That port is already in use.',
  },
  {
    source: "runserver's EACCES text (the same ERRORS map): a port the user may not bind, not one taken",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-django-eacces',
    text: lines('$ python manage.py runserver 0.0.0.0:80', "Error: You don't have permission to access that port."),
  },
  {
    source: 'a sentence that quotes the words mid-line',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-django-quoted-in-sentence',
    text: 'When I start it Django says Error: That port is already in use. but nothing runs on it',
  },
];

const errnoRows: Row[] = [
  {
    source: 'CPython asyncio base_events.py create_server under uvicorn, Japanese Windows (FormatMessage for WSAEADDRINUSE)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'uvicorn-10048-japanese',
    text: lines(
      'INFO:     Started server process [11234]',
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
      "ERROR:    [Errno 10048] error while attempting to bind on address ('0.0.0.0', 8050): 通常、各ソケット アドレスに対してプロトコル、ネットワーク アドレス、またはポートのどれか 1 つのみを使用できます。",
      'INFO:     Waiting for application shutdown.',
    ),
  },
  {
    source: 'the same on Linux with a German locale (glibc strerror EADDRINUSE: "Die Adresse wird bereits verwendet", lower-cased)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'uvicorn-98-german',
    text: "ERROR:    [Errno 98] error while attempting to bind on address ('0.0.0.0', 8050): die adresse wird bereits verwendet",
  },
  {
    source: 'asyncio with EADDRNOTAVAIL (99): an address not on this host, no port taken',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-uvicorn-99',
    text: "ERROR:    [Errno 99] error while attempting to bind on address ('10.9.8.7', 8050): cannot assign requested address",
  },
];

const buildRows: Row[] = [
  {
    source: 'buildkit progressui display.go: a failed vertex is named "ERROR " + its name, `[stage i/n] RUN …` in a multi-stage file',
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'buildkit-tty-error-run-stage',
    text: lines(
      '$ docker build -t dash-app .',
      '[+] Building 14.2s (9/11)',
      ' => [internal] load build definition from Dockerfile                   0.0s',
      ' => CACHED [builder 2/5] WORKDIR /app                                  0.0s',
      ' => ERROR [builder 4/5] RUN pip install -r requirements.txt          12.9s',
    ),
  },
  {
    source: 'the same line copied alone into a question, no prefix',
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'buildkit-error-run-alone',
    text: 'ERROR [3/6] RUN npm ci',
  },
  {
    source: "buildkit's CANCELED vertex (display.go: `CANCELED ` + name when the error is context.Canceled): not the step that failed",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-buildkit-canceled',
    text: ' => CANCELED [3/6] RUN npm ci                                          3.1s',
  },
  {
    source: "pip 10-18 _internal/utils/misc.py call_subprocess: InstallationError with the command and pip's build folder",
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'pip-legacy-egg-info',
    text: lines(
      'Collecting psycopg2==2.7.3',
      '  Downloading psycopg2-2.7.3.tar.gz (425kB)',
      '    Complete output from command python setup.py egg_info:',
      '    Error: pg_config executable not found.',
      '    ----------------------------------------',
      'Command "python setup.py egg_info" failed with error code 1 in /tmp/pip-install-8w1k2b3c/psycopg2/',
    ),
  },
  {
    source: 'another program\'s "Command … failed with error code" outside pip\'s folder',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-command-failed-not-pip',
    text: 'Command "npm start" failed with error code 1 in /app',
  },
];

const cycleRows: Row[] = [
  {
    source: 'compose-go loader/reset.go since 3d98bd8: `cycle detected: node at path %s references node at path %s`',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'compose-go-reset-cycle-node',
    text: lines('$ docker compose up -d', 'cycle detected: node at path x-base.web.environment references node at path x-base.web'),
  },
  {
    source: 'compose-go graph/cycle.go searchCycle: services that depend on each other',
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'compose-go-dependency-cycle',
    text: lines('$ docker compose up -d', 'dependency cycle detected: web -> db -> web'),
  },
  {
    source: 'compose-go loader/reset.go 88ca71b (Compose 2.30): `cycle detected at path: %s`, another service and index',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'compose-go-reset-cycle-at-path',
    text: lines('PS C:\\dash-app> docker compose up', 'cycle detected at path: services.proxy.depends_on.0'),
  },
  {
    source: 'a sentence that names a cycle, no path of the file',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-cycle-sentence',
    text: 'I think a cycle detected at path resolution is why compose hangs',
  },
];

const inFlightRows: Row[] = [
  {
    source: 'docker/compose pkg/compose/convergence.go createContainer: CreatingEvent, then the daemon refuses the mount',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v2-creating-then-daemon-error',
    text: lines(
      '$ docker compose up -d',
      '[+] Running 2/3',
      ' ✔ Network dash-app_backend  Created                0.1s',
      ' ✔ Container dash-app-db-1    Started                0.4s',
      ' ⠙ Container dash-app-web-1   Creating               0.1s',
      'Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /srv/dash-app/data',
    ),
  },
  {
    source: 'the same at networks, Starting (startService: StartingEvent) and the daemon refusing the start',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'v2-starting-then-daemon-error',
    text: lines(
      '$ docker compose up -d',
      ' ✔ Container dash-app-db-1     Started               0.4s',
      ' ⠸ Container dash-app-proxy-1  Starting              0.3s',
      "Error response from daemon: error while creating mount source path '/run/desktop/mnt/host/c/data': mkdir /run/desktop: file exists",
    ),
  },
  {
    source: 'a port taken under the same progress: its own rule answers first',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-v2-starting-port-allocated',
    text: lines(
      '$ docker compose up -d',
      ' ⠸ Container dash-app-proxy-1  Starting              0.3s',
      'Error response from daemon: driver failed programming external connectivity on endpoint dash-app-proxy-1 (3f2a1b9c8d7e): Bind for 0.0.0.0:8050 failed: port is already allocated',
    ),
  },
  {
    source: 'the daemon error alone, no progress line in flight before it',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-daemon-error-no-progress',
    text: lines(
      '$ docker compose up -d',
      'Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /srv/dash-app/data',
    ),
  },
];

const session = (cmd: string, ...out: string[]) =>
  lines(
    'tool_use Bash',
    'id: toolu_01AbCdEfGh',
    '```json',
    `{"command": ${JSON.stringify(cmd)}, "description": "List containers"}`,
    '```',
    '',
    'tool_result',
    '```',
    ...out,
    '```',
  );
const psHead = 'NAMES      STATUS         PORTS';
const jsonRows: Row[] = [
  {
    source: "a coding assistant's session log: the tool call as JSON, then docker ps --format table's output (no dash-app)",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'session-json-then-ps-table-other',
    text: session(
      "docker ps --format 'table {{.Names}}\\t{{.Status}}\\t{{.Ports}}'",
      psHead,
      'blog       Up 2 hours     0.0.0.0:3000->3000/tcp',
      'redis      Up 2 hours     6379/tcp',
    ),
  },
  {
    source: 'the same with dash-app Up on 8050: the listing answers',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'session-json-then-ps-table-dash-app',
    text: session(
      "docker ps --format 'table {{.Names}}\\t{{.Status}}\\t{{.Ports}}'",
      psHead,
      'dash-app   Up 2 minutes   0.0.0.0:8050->8050/tcp',
    ),
  },
  {
    source: 'a probe: the same listing with dash-app Exited (1)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-session-json-then-exited',
    text: session("docker ps -a --format 'table {{.Names}}\\t{{.Status}}\\t{{.Ports}}'", psHead, 'dash-app   Exited (1) 5 seconds ago   '),
  },
  {
    source: 'a probe: the listing then the daemon refusing a later command',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-session-json-then-error',
    text: lines(
      session(
        "docker ps --format 'table {{.Names}}\\t{{.Status}}\\t{{.Ports}}'",
        psHead,
        'dash-app   Up 2 minutes   0.0.0.0:8050->8050/tcp',
      ),
      session('docker restart dash-app', 'Error response from daemon: Cannot restart container dash-app: No such container: dash-app'),
    ),
  },
  {
    source: 'a probe: the listing cut inside its row, in the name',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-session-json-then-cut-row',
    text: session("docker ps --format 'table {{.Names}}\\t{{.Status}}\\t{{.Ports}}'", psHead, 'dash-ap'),
  },
  {
    source: "a probe: another container's row Up on 8050, named like the lesson's",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-session-json-then-other-name',
    text: session(
      "docker ps --format 'table {{.Names}}\\t{{.Status}}\\t{{.Ports}}'",
      psHead,
      'dash-app-old   Up 2 minutes   0.0.0.0:8050->8050/tcp',
    ),
  },
  {
    source: 'a probe: the row quoted in a sentence after the JSON, no listing',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-session-json-then-sentence',
    text: lines(
      '{"command": "docker ps", "description": "List containers"}',
      'I expected to see `dash-app   Up 2 minutes   0.0.0.0:8050->8050/tcp` but got nothing.',
    ),
  },
];

const packageRows: Row[] = [
  {
    source: 'apt-private/private-output.cc ListSingleVersion (`apt list --installed`), Debian 12',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'apt-list-installed-bookworm',
    text: lines(
      '$ apt list --installed 2>/dev/null | grep -i docker',
      'docker-ce-cli/bookworm,now 5:26.1.4-1~debian.12~bookworm arm64 [installed]',
      'docker-ce/bookworm,now 5:26.1.4-1~debian.12~bookworm arm64 [installed]',
    ),
  },
  {
    source: "dpkg-query's `dpkg -l` rows (ii: wanted and installed), Ubuntu's docker.io",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'dpkg-l-docker-io',
    text: lines('$ dpkg -l | grep docker', 'ii  docker.io      24.0.7-0ubuntu4   amd64   Linux container runtime'),
  },
  {
    source: 'rpm -qa on Fedora/RHEL (name-version-release.arch)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'rpm-qa-docker-ce',
    text: lines('$ rpm -qa | grep docker', 'docker-ce-27.3.1-1.el9.x86_64', 'docker-ce-cli-27.3.1-1.el9.x86_64'),
  },
  {
    source: 'a probe: the package list, then docker version refused by the daemon',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-apt-list-then-daemon-down',
    text: lines(
      'docker-ce/noble,now 5:27.3.1-1~ubuntu.24.04~noble amd64 [installed]',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           27.3.1',
      ' API version:       1.47',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ),
  },
  {
    source: 'a probe: the package list quoted in a sentence',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-apt-list-in-sentence',
    text: 'apt says docker-ce/noble,now 5:27.3.1-1~ubuntu.24.04~noble amd64 [installed] so why does nothing work',
  },
];

const families: [string, Row[]][] = [
  ['django runserver', djangoRows],
  ['asyncio errno', errnoRows],
  ['build', buildRows],
  ['compose cycles', cycleRows],
  ['v2 in flight', inFlightRows],
  ['json then text', jsonRows],
  ['packages', packageRows],
];

describe.each(families)('cw157 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
