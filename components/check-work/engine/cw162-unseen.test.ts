/*
 * cw162 (stop 54): holdout154 and 155's misses by class, each row a short paste on a real program's or writer's format (`source` names
 * it), never a holdout paste:
 * - the daemon's refusal of a runtime it has none of (moby `unknown or invalid runtime name: %s`, before 23 `Unknown runtime specified
 *   %s`), any runtime's name → the container never ran;
 * - docker run's report as a copy left it: broken after `docker:` (another program's line run into it), glued behind CJK prose;
 * - the daemon's API refusal inside a service's own log line (any level), then Compose's line that the service exited with a failing
 *   code → the service stopped (install keeps client-too-old);
 * - the runtime refusing the legacy builder's RUN container (` ---> Running in <id>` right above) → the build failed;
 * - Compose's (libcompose's) external network refused with its name empty → network-not-found;
 * - node-fetch's reset at the host's loopback (`FetchError: request to http://127.0.0.1:N/… failed, reason: read ECONNRESET`) → a
 *   client's reset, not a crash;
 * - a fence whose info string has words after its language (```` ```docker bash````) → a fence, no command;
 * - a command typed at a container's root prompt after docker exec → the daemon made that container (install);
 * - a column left out of a docker ps table as `...` in the header and each row → the table read with the columns it shows.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const runtimeRows: Row[] = [
  {
    source: 'moby daemon/runtime_unix.go getRuntime (23+), gVisor asked by --runtime=runsc on a daemon without it, Docker 28 (no period)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'runsc-invalid-runtime-28',
    text: [
      '$ docker run --runtime=runsc --name dash-app -p 8050:8050 e4l-python-graph',
      'docker: Error response from daemon: unknown or invalid runtime name: runsc',
      '',
      "Run 'docker run --help' for more information",
    ].join('\n'),
  },
  {
    source: 'moby daemon/daemon_unix.go verifyPlatformContainerSettings (before 23): `Unknown runtime specified %s`, kata-runtime',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'kata-unknown-runtime-specified',
    text: [
      '$ sudo docker run --runtime kata-runtime -d -p 8050:8050 --name dash-app e4l-python-graph',
      'docker: Error response from daemon: Unknown runtime specified kata-runtime.',
      "See 'docker run --help'.",
    ].join('\n'),
  },
  {
    source: "docker/compose v2's up, a service with `runtime: nvidia`, the daemon's refusal under its Creating rows",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'compose-runtime-nvidia',
    text: [
      '$ docker compose up -d',
      '[+] Running 1/2',
      ' ✔ Network dash-app_default  Created     0.1s',
      ' ⠋ Container dash-app-web-1  Creating    0.0s',
      'Error response from daemon: unknown or invalid runtime name: nvidia',
    ].join('\n'),
  },
  {
    source: 'the same refusal at "Is the container running?": the container was never started',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'reach-running-invalid-runtime',
    text: [
      '$ docker run -d --runtime=nvidia --name dash-app -p 8050:8050 e4l-python-graph',
      'docker: Error response from daemon: unknown or invalid runtime name: nvidia.',
    ].join('\n'),
  },
  {
    source: 'CONVENTIONS §1 cw144/cw160: at lesson 3 the daemon answered, and what it refused is not the install',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-install-invalid-runtime',
    text: [
      '$ docker run --rm --runtime=nvidia hello-world',
      'docker: Error response from daemon: unknown or invalid runtime name: nvidia.',
    ].join('\n'),
  },
];

const reportRows: Row[] = [
  {
    source:
      "docker/cli run.go reportError (`docker: ` + the error, one line) as a reflowed issue left it: xhost's line run into `docker:`, the error on the next line",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'report-broken-after-argv0',
    text: [
      'After ./run_docker.sh I get: non-network local connections being added to access control list docker:',
      'Error response from daemon: could not select device driver "" with capabilities: [[gpu]].',
    ].join('\n'),
  },
  {
    source: 'docker/cli run.go reportError glued behind Japanese prose (no space in the script): the GPU refused, not a retelling',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'report-glued-ja',
    text: 'コンテナを起動するとdocker: Error response from daemon: could not select device driver "nvidia" with capabilities: [[gpu]].',
  },
  {
    source: 'cw160: a Latin sentence that retells the report is no output',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-report-retold-in-english',
    text: 'Whenever I start it I got docker: Error response from daemon: could not select device driver "" with capabilities: [[gpu]].',
  },
];

const programRows: Row[] = [
  {
    source:
      "docker/compose pkg/compose/printer.go (`%s exited with code %d`), logrus' TextFormatter at level=error: Watchtower's SDK refused by Engine 29",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'logrus-error-then-exited-1',
    text: [
      '$ docker compose logs',
      'updater-1  | time="2025-11-20T09:00:01Z" level=error msg="Error response from daemon: client version 1.25 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"',
      'updater-1 exited with code 1',
    ].join('\n'),
  },
  {
    source: 'logrus\' JSONFormatter (`"level":"error"`) under Compose\'s prefix, then the service\'s exit line (restarting)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'json-error-then-exited-restarting',
    text: [
      'proxy-1  | {"level":"error","msg":"Error response from daemon: client version 1.24 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version","time":"2025-11-20T09:00:01Z"}',
      'proxy-1 exited with code 1 (restarting)',
    ].join('\n'),
  },
  {
    source: 'CONVENTIONS §2.3 cw119: a program that logs the refusal and retries (no exit line) stays client-too-old',
    check: 'reach:running',
    want: ['problem', 'client-too-old'],
    id: 'guard-no-exit-line',
    text: [
      'updater-1  | time="2025-11-20T09:00:01Z" level=error msg="Error response from daemon: client version 1.25 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"',
      'updater-1  | time="2025-11-20T09:00:31Z" level=info msg="Retrying in 30s"',
    ].join('\n'),
  },
  {
    source: 'an exit by hand (code 0) is no failing code: the refusal stands',
    check: 'compose',
    want: ['problem', 'client-too-old'],
    id: 'guard-exited-0',
    text: [
      'updater-1  | time="2025-11-20T09:00:01Z" level=error msg="Error response from daemon: client version 1.25 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"',
      'updater-1 exited with code 0',
    ].join('\n'),
  },
  {
    source: "another service's exit: the refusal in updater's log is not what stopped web",
    check: 'compose',
    want: ['problem', 'client-too-old'],
    id: 'guard-other-service-exited',
    text: [
      'updater-1  | time="2025-11-20T09:00:01Z" level=error msg="Error response from daemon: client version 1.25 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"',
      'worker-1 exited with code 1',
    ].join('\n'),
  },
  {
    source: 'the install step keeps the refusal (CONVENTIONS §2.3 cw119)',
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'guard-install-keeps-client-too-old',
    text: [
      'updater-1  | time="2025-11-20T09:00:01Z" level=error msg="Error response from daemon: client version 1.25 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"',
      'updater-1 exited with code 1',
    ].join('\n'),
  },
];

const buildRows: Row[] = [
  {
    source:
      "moby builder/dockerfile internals.go (` ---> Running in %s`), then runc 1.1+'s refusal of the step's container (legacy builder, a RUN with --gpus)",
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'running-in-then-oci-create-failed',
    text: [
      '$ docker build -t e4l-python-graph .',
      'Step 4/9 : RUN python -c "import torch"',
      ' ---> Running in 7c2d1e0f9a8b',
      "failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error running hook #0: error running hook: exit status 1, stdout: , stderr: Auto-detected mode as 'legacy': unknown",
    ].join('\n'),
  },
  {
    source: "the runtime's refusal under docker run (no builder's line above) stays the container's",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-run-oci-create-failed',
    text: [
      '$ docker run --name dash-app -p 8050:8050 e4l-python-graph',
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "gunicorn": executable file not found in $PATH: unknown.',
    ].join('\n'),
  },
];

const networkRows: Row[] = [
  {
    source:
      'libcompose docker/network/network.go (`Network %s declared as external, but could not be found. Please create the network manually using docker network create %s and try again`), the name empty, in a Portainer-style log',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'external-network-name-empty',
    text: '2021/03/02 10:11:12 http error: Unable to deploy stack (err=Network  declared as external, but could not be found. Please create the network manually using docker network create  and try again) (code=500)',
  },
  {
    source: 'docker/compose v1 compose/network.py with its name, as before',
    check: 'compose',
    want: ['problem', 'network-not-found'],
    id: 'guard-external-network-named',
    text: [
      '$ docker-compose up -d',
      'ERROR: Network proxy declared as external, but could not be found. Please create the network manually using `docker network create proxy` and try again.',
    ].join('\n'),
  },
];

const fetchRows: Row[] = [
  {
    source:
      "node-fetch src/index.js (`request to ${request.url} failed, reason: ${err.message}`), Node's `socket hang up`, a host client at the published port",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'fetch-socket-hang-up-at-published-port',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE              COMMAND           CREATED          STATUS          PORTS                    NAMES',
      '1a2b3c4d5e6f   e4l-python-graph   "python app.py"   3 minutes ago    Up 3 minutes    0.0.0.0:8050->8050/tcp   dash-app',
      'FetchError: request to http://localhost:8050/ failed, reason: socket hang up',
    ].join('\n'),
  },
  {
    source: "a container's own Node program dying on a request to another host (not the host's loopback): its last words",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-fetch-other-host-crash',
    text: ['$ docker logs dash-app', 'FetchError: request to http://api:3000/health failed, reason: getaddrinfo ENOTFOUND api'].join('\n'),
  },
];

const fenceRows: Row[] = [
  {
    source: 'CommonMark 0.31 §4.5: a fence with an info string of two words (`docker bash`), the rest of the block the output',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'fence-docker-bash-hello',
    text: [
      '```docker bash',
      '$ docker run hello-world',
      '',
      'Hello from Docker!',
      'This message shows that your installation appears to be working correctly.',
      '```',
    ].join('\n'),
  },
  {
    source: 'a command written on the fence line (```` ```docker ps````) stays the command the writer meant',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-fence-command-on-line',
    text: ['```docker ps', 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES', '```'].join('\n'),
  },
];

const insideRows: Row[] = [
  {
    source: "moby names a container's host after its ID: `docker exec -it web sh`, then commands at `root@<12 hex>:/#` (cw134's host name)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'exec-then-root-prompt',
    text: ['$ docker exec -it web bash', 'root@4f0e9b2c7d1a:/# ls', 'bin  boot  dev  etc  home  lib  usr  var'].join('\n'),
  },
  {
    source: 'the prompt alone, no docker run or exec of the paste: no daemon shown answering',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-root-prompt-without-docker',
    text: ['root@4f0e9b2c7d1a:/# ls', 'bin  boot  dev  etc  home  lib  usr  var'].join('\n'),
  },
  {
    source: 'the prompt quoted in a sentence (a code span), not typed at it',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-root-prompt-in-sentence',
    text: ['$ docker exec -it web bash', 'I expected a prompt like `root@4f0e9b2c7d1a:/#` but it hangs.'].join('\n'),
  },
  {
    // cw196 (stop 59): the daemon's refusal of an exec for the container's state is its answer at install (refusalOf): partial.
    source: "exec refused: moby's `Container <ID> is not running` after the prompt's lines",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-root-prompt-then-error',
    text: [
      '$ docker exec -it web bash',
      'root@4f0e9b2c7d1a:/# exit',
      '$ docker exec -it web bash',
      'Error response from daemon: Container 4f0e9b2c7d1a is not running',
    ].join('\n'),
  },
  {
    source: 'a later docker command after the prompt: the later state stands, not the shell before it',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-root-prompt-then-later-command',
    text: ['$ docker exec -it web bash', 'root@4f0e9b2c7d1a:/# exit', '$ docker start web', 'web'].join('\n'),
  },
  {
    source: "runc's exec refusal after a prompt of an earlier session: no ok while a refusal stands in the paste",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-root-prompt-then-exec-failed',
    text: [
      '$ docker exec -it web bash',
      'root@4f0e9b2c7d1a:/# ls',
      'bin  boot  dev',
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown',
    ].join('\n'),
  },
  {
    source: "runc's exec refusal (`OCI runtime exec failed`) under the exec line, no prompt: no container's shell shown",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-exec-failed-no-prompt',
    text: [
      '$ docker exec -it web bash',
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown',
    ].join('\n'),
  },
];

const psHeader = 'CONTAINER ID   IMAGE              ...   STATUS         PORTS                    NAMES';
const elidedRows: Row[] = [
  {
    source:
      "docker/cli's ps table (tabwriter pads each cell), COMMAND and CREATED left out by a writer as `...` in the header and each row; a grep's filter",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'elided-column-grep',
    text: ['$ docker ps | grep web', psHeader, '0a1b2c3d4e5f   nginx:alpine       ...   Up 5 minutes   0.0.0.0:8080->80/tcp     web'].join(
      '\n',
    ),
  },
  {
    source: "the same elision, a whole docker ps with the lesson's app at 8050: the port is taken",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'elided-column-8050-taken',
    text: ['$ docker ps', psHeader, '0a1b2c3d4e5f   nginx:alpine       ...   Up 5 minutes   0.0.0.0:8050->80/tcp     web'].join('\n'),
  },
  {
    source: 'PORTS left out with the others: no mapping shown, the table stays unread (no ok from it)',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-elided-ports',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE              STATUS         ...   NAMES',
      '0a1b2c3d4e5f   nginx:alpine       Up 5 minutes   ...   web',
    ].join('\n'),
  },
  {
    source: 'the elided table followed by the daemon refusing 8050: the error stands',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-elided-then-error',
    text: [
      '$ docker ps',
      psHeader,
      '0a1b2c3d4e5f   nginx:alpine       ...   Up 5 minutes   0.0.0.0:8080->80/tcp     web',
      '$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (1f2e): Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
  {
    source: 'the elided table cut inside its row (the copy stops mid-cell): no ok from part of a row',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-elided-row-cut',
    text: ['$ docker ps', psHeader, '0a1b2c3d4e5f   nginx:alpine       ...   Up 5 minutes   0.0.0.0:80'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['the daemon refusing a runtime it has none of', runtimeRows],
  ["docker run's report as a copy left it", reportRows],
  ["the API refusal in a service's own log, then its exit", programRows],
  ["the runtime refusing the legacy builder's RUN container", buildRows],
  ['an external network refused with its name empty', networkRows],
  ["node-fetch's reset at the host's loopback", fetchRows],
  ['a fence whose info string has several words', fenceRows],
  ["a command at a container's root prompt", insideRows],
  ['a column left out of a docker ps table', elidedRows],
];

describe.each(families)('cw162 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
