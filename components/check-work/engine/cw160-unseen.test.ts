/*
 * cw160 (stop 53): holdout146 and holdout147's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - a server's own line that its port is taken (nginx, lighttpd, PostgreSQL: host-clients.ts bindInUse), no line of where it listens
 *   → port-already-allocated at "Does the app listen?" too, not the crash its exit makes; Docker's own refusal of a host port and a
 *   second copy in a container's shell keep their answers;
 * - several services under one Compose, each on every address at a port of its own, none at 8050, no forward to 8050 shown → another
 *   port (cw109 where the ports differ);
 * - docker run's own report of a daemon's refusal (docker/cli run.go reportError, os.Args[0] in front: `docker:`,
 *   `/usr/bin/docker-current:`, `…\docker.exe:`), its command not shown → at lesson 3 the daemon answered: partial (daemon-error);
 * - the shell's next prompt glued to a squashed docker ps table's last row, the prompt shown at a line's start elsewhere → the name;
 * - containers the paste's own `docker run --name` named in Compose's shape, no Compose in the paste → no project.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const inUseRows: Row[] = [
  {
    source:
      "nginx src/core/ngx_connection.c ngx_open_listening_sockets: `bind() to %V failed (%d: %s)` with glibc's strerror, then `still could not bind()`, in `docker logs` of the container",
    check: 'reach:listening',
    want: ['problem', 'port-already-allocated'],
    id: 'nginx-glibc-bind-in-use-at-8050',
    text: [
      '$ docker logs web',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      'nginx: [emerg] bind() to [::]:8050 failed (98: Address already in use)',
      'nginx: [emerg] bind() to [::]:8050 failed (98: Address already in use)',
      'nginx: [emerg] still could not bind()',
    ].join('\n'),
  },
  {
    source: "lighttpd 1.4.6x src/network.c: `can't bind to socket: %s` with strerror(EADDRINUSE), its log's `(network.c.N)` prefix",
    check: 'reach:listening',
    want: ['problem', 'port-already-allocated'],
    id: 'lighttpd-cant-bind-socket',
    text: [
      '2024-03-01 10:00:01: (server.c.1521) server started (lighttpd/1.4.73)',
      "2024-03-01 10:00:01: (network.c.512) can't bind to socket: 0.0.0.0:8050 Address already in use",
    ].join('\n'),
  },
  {
    source: 'PostgreSQL src/backend/libpq/pqcomm.c StreamServerPort: `could not bind IPv4 address "%s": %m`, then postmaster\'s FATAL',
    check: 'reach:listening',
    want: ['problem', 'port-already-allocated'],
    id: 'postgres-could-not-bind-in-use',
    text: [
      '$ docker logs db',
      '2024-03-01 10:00:00.000 UTC [1] LOG:  could not bind IPv4 address "0.0.0.0": Address already in use',
      '2024-03-01 10:00:00.000 UTC [1] HINT:  Is another postmaster already running on port 5432? If not, wait a few seconds and retry.',
      '2024-03-01 10:00:00.000 UTC [1] FATAL:  could not create any TCP/IP sockets',
    ].join('\n'),
  },
  {
    source:
      "moby's userland proxy refusing the host port (`driver failed programming external connectivity … Error starting userland proxy: listen tcp4 …: bind: address already in use`): Docker's, the host's port",
    check: 'reach:listening',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-docker-userland-proxy',
    text: [
      '$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (4c1e…): Error starting userland proxy: listen tcp4 0.0.0.0:8050: bind: address already in use.',
    ].join('\n'),
  },
  {
    source:
      "nginx run by hand in a shell of the container (`docker exec -it web sh`, then `nginx`): a second copy, the container's own server holds the port (cw38)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-exec-shell-second-nginx',
    text: [
      '$ docker exec -it web sh',
      '/ # nginx',
      'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address in use)',
      'nginx: [emerg] still could not bind()',
    ].join('\n'),
  },
  {
    source: "gunicorn/sock.py create_sockets' `Connection in use: ('localhost', 8050)`: where it listens, loopback (cw38)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-gunicorn-loopback-in-use',
    text: [
      '[2024-03-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0',
      "[2024-03-01 10:00:00 +0000] [1] [ERROR] Connection in use: ('localhost', 8050)",
      '[2024-03-01 10:00:00 +0000] [1] [ERROR] Retrying in 1 second.',
    ].join('\n'),
  },
  {
    source:
      'nginx\'s line quoted in the learner\'s sentence: read as at "Is port 8050 free?" (host-clients.ts serverBindErrors read it there already)',
    check: 'reach:listening',
    want: ['problem', 'port-already-allocated'],
    id: 'quoted-bind-line-as-at-port-free',
    text: ['I think nginx says something like "bind() to 0.0.0.0:8050 failed (98: Address already in use)" but I\'m not sure.'].join('\n'),
  },
];

const servicesRows: Row[] = [
  {
    source:
      "Compose v2's `<project>-<service>-N  | ` prefixes (pkg/compose/printer.go): uvicorn's `Uvicorn running on http://0.0.0.0:8000` beside gunicorn's `Listening at: http://0.0.0.0:5000`, no forward shown",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'two-services-every-address-other-ports',
    text: [
      '$ docker compose up',
      'Attaching to shop-api-1, shop-web-1',
      'shop-api-1  | INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      'shop-web-1  | [2024-03-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)',
    ].join('\n'),
  },
  {
    source: 'the same with gunicorn on 127.0.0.1: a loopback line leaves the question as it was',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-one-service-loopback',
    text: [
      '$ docker compose up',
      'Attaching to shop-api-1, shop-web-1',
      'shop-api-1  | INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      'shop-web-1  | [2024-03-01 10:00:00 +0000] [1] [INFO] Listening at: http://127.0.0.1:5000 (1)',
    ].join('\n'),
  },
  {
    source:
      "the same with `docker compose ps` showing a forward to container port 8050: the lesson's forward is there, the rule stands aside",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-forward-to-8050-shown',
    text: [
      '$ docker compose up',
      'Attaching to shop-api-1, shop-web-1',
      'shop-api-1  | INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      'shop-web-1  | [2024-03-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)',
      '$ docker compose ps',
      'NAME         IMAGE      COMMAND                  SERVICE   CREATED         STATUS         PORTS',
      'shop-api-1   shop-api   "uvicorn main:app --…"   api       2 minutes ago   Up 2 minutes   0.0.0.0:8000->8000/tcp',
      'shop-web-1   shop-web   "gunicorn app:server…"   web       2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp',
    ].join('\n'),
  },
  {
    source: "one of them at 8050 on every address: that one is the app (cw56's `at`)",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-one-service-at-8050',
    text: [
      '$ docker compose up',
      'Attaching to shop-api-1, shop-web-1',
      'shop-api-1  | INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      'shop-web-1  | [2024-03-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8050 (1)',
    ].join('\n'),
  },
];

const reportRows: Row[] = [
  {
    source: "docker/cli run.go reportError (`%s: %s.` with os.Args[0]) under Windows' docker.exe path, an HNS refusal no rule reads",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'run-report-docker-exe-path',
    text: [
      'C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe: Error response from daemon: failed to create endpoint stoic_hopper on network nat: HNS failed with error : The object already exists.',
    ].join('\n'),
  },
  {
    source: "the same with RHEL's docker-latest (its /usr/bin/docker wrapper), `See '/usr/bin/docker-latest run --help'.` after it",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'run-report-docker-latest',
    text: [
      '/usr/bin/docker-latest: Error response from daemon: linux mounts: Could not find source mount of /srv/data.',
      "See '/usr/bin/docker-latest run --help'.",
    ].join('\n'),
  },
  {
    source: "the same words retold inside the learner's sentence: no output",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-run-report-in-sentence',
    text: [
      'When I start it I keep getting docker: Error response from daemon: linux mounts: Could not find source mount of /srv/data. Any idea?',
    ].join('\n'),
  },
  {
    source: 'the report, then `docker run hello-world` greeting: the later run made it past (CONVENTIONS §2.0)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-run-report-then-hello',
    text: [
      '/usr/bin/docker-current: Error response from daemon: linux mounts: Could not find source mount of /srv/data.',
      '$ docker run hello-world',
      '',
      'Hello from Docker!',
      'This message shows that your installation appears to be working correctly.',
    ].join('\n'),
  },
  {
    // cw193 (stop 59): a lookup's reply alone at install is the daemon answering, lesson 3's test not shown (CONVENTIONS §1).
    source: "a lookup's `No such container` in run's report: the name was wrong, the daemon works (§2.1 beside)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-run-report-lookup',
    text: ['docker: Error response from daemon: No such container: web.'].join('\n'),
  },
];

const promptRows: Row[] = [
  {
    source: "PowerShell's prompt glued to a squashed docker ps table's last row (cw57's layout), the prompt shown at a line's start above",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'powershell-prompt-glued-last-row',
    text: [
      'PS C:\\Users\\ana> docker run -d -p 8080:80 nginx',
      'PS C:\\Users\\ana> docker psCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                NAMES1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp   eager_turingPS C:\\Users\\ana>',
    ].join('\n'),
  },
  {
    source: "a `[user@host dir]$` prompt (bash's PS1 on Fedora/RHEL) glued to the last row's name",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'fedora-prompt-glued-last-row',
    text: [
      '[ana@fedora ~]$ docker psCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                NAMES1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp   web[ana@fedora ~]$',
    ].join('\n'),
  },
  {
    source: "the glued prompt not shown at a line's start anywhere in the paste: the name's end unsure, still cut",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-glued-prompt-not-seen',
    text: [
      'docker psCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                NAMES1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp   eager_turingana@box:~$',
    ].join('\n'),
  },
  {
    source: 'the row publishes 8050: the port is taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-glued-prompt-holder-8050',
    text: [
      'ana@box:~$ docker psCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                NAMES1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->80/tcp   eager_turingana@box:~$',
    ].join('\n'),
  },
  {
    source: 'the row cut before its name (PORTS glued to the prompt): still cut',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-glued-prompt-row-without-name',
    text: [
      'ana@box:~$ docker psCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                NAMES1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcpana@box:~$',
    ].join('\n'),
  },
  {
    source: "the prompt's own command after it fails (a name conflict): the error answers",
    check: 'reach:port-free',
    want: ['problem', 'name-conflict'],
    id: 'guard-glued-prompt-then-error',
    text: [
      'ana@box:~$ docker psCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                NAMES1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp   eager_turingana@box:~$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph',
      'docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "9f8e7d6c5b4a". You have to remove (or rename) that container to be able to reuse that name.',
    ].join('\n'),
  },
  {
    source: "the one container, a name of its own, Restarting: its state (cw144's gate)",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'guard-glued-prompt-restarting-own-name',
    text: [
      'ana@box:~$ docker psCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                NAMES1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   2 minutes ago   Restarting (1) 5 seconds ago      webana@box:~$',
    ].join('\n'),
  },
  {
    source: "a remnant word under the glued prompt (`91`, cw144's rest of a cell): still cut",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-glued-prompt-remnant-after',
    text: [
      'ana@box:~$ docker psCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                NAMES1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp   eager_turingana@box:~$',
      '91',
    ].join('\n'),
  },
];

const runNamedRows: Row[] = [
  {
    source:
      "docker/cli run's `--name shop-api-1` and `--name shop-web-1` (Compose v2's shape, convergence.go getContainerName) on a network made by `docker network create`, no Compose in the paste",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'run-named-compose-shape-hand-network',
    text: [
      '$ docker network create shopnet',
      '$ docker run -d --name shop-api-1 --network shopnet nginx',
      '$ docker run -d --name shop-web-1 --network shopnet nginx',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS     NAMES',
      '7a1b2c3d4e5f   nginx     "/docker-entrypoint.…"   5 seconds ago    Up 4 seconds    80/tcp    shop-web-1',
      '1f2e3d4c5b6a   nginx     "/docker-entrypoint.…"   10 seconds ago   Up 9 seconds    80/tcp    shop-api-1',
      "$ docker network inspect shopnet --format '{{range .Containers}}{{.Name}} {{end}}'",
      'shop-web-1 shop-api-1',
    ].join('\n'),
  },
  {
    source: "the same listing without the run lines: Compose's shape names a project (splitName)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-listing-alone-compose-shape',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS     NAMES',
      '7a1b2c3d4e5f   nginx     "/docker-entrypoint.…"   5 seconds ago    Up 4 seconds    80/tcp    shop-web-1',
      '1f2e3d4c5b6a   nginx     "/docker-entrypoint.…"   10 seconds ago   Up 9 seconds    80/tcp    shop-api-1',
    ].join('\n'),
  },
  {
    source: "one run-named container beside Compose's own progress lines: Compose ran",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-compose-in-paste',
    text: [
      '$ docker run -d --name shop-api-1 nginx',
      '$ docker compose up -d',
      '[+] Running 2/2',
      ' ✔ Network shop_default    Created',
      ' ✔ Container shop-web-1    Started',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS     NAMES',
      '7a1b2c3d4e5f   nginx     "/docker-entrypoint.…"   5 seconds ago    Up 4 seconds    80/tcp    shop-web-1',
      '1f2e3d4c5b6a   nginx     "/docker-entrypoint.…"   10 seconds ago   Up 9 seconds    80/tcp    shop-api-1',
    ].join('\n'),
  },
  {
    source: 'only one of the two names given by a run line: the other still names the project',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-one-name-not-run-named',
    text: [
      '$ docker run -d --name shop-api-1 nginx',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS     NAMES',
      '7a1b2c3d4e5f   nginx     "/docker-entrypoint.…"   5 seconds ago    Up 4 seconds    80/tcp    shop-web-1',
      '1f2e3d4c5b6a   nginx     "/docker-entrypoint.…"   10 seconds ago   Up 9 seconds    80/tcp    shop-api-1',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a server's own line that its port is taken, at reach:listening", inUseRows],
  ['several services on every address, none at 8050', servicesRows],
  ["docker run's own report of a daemon's refusal, at install", reportRows],
  ["the shell's prompt glued to a squashed table's last row", promptRows],
  ["containers named by the paste's own run lines in Compose's shape", runNamedRows],
];

describe.each(families)('cw160 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
