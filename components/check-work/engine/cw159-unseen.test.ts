/*
 * cw159 (stop 53): holdout144 and holdout145's misses, by class, each row a short paste on a real program's or writer's format
 * (`source` names it), never a holdout paste:
 * - Compose's one-off `run` containers (v1 `<project>_<service>_run_<slug>`, v2 `<project>-<service>-run-<slug>`) name their project;
 * - another listing's header right under a table's rows (no blank line) starts that listing;
 * - a Procfile runner's own prefix (foreman's, honcho's `HH:MM:SS web.1 | `) before a server's `Exiting` under Compose's prefix;
 * - a whole-line code span opened with a space (`` ` docker run … ` ``) is the command;
 * - the socket's refusal of a run, then the same run with sudo that made its container: past at every step but lesson 3 (a listing
 *   retried with sudo creates nothing: the refusal stands);
 * - Compose v1's `Encountered errors while bringing up the project.` ends an up: a later up's errors stand at compose;
 * - a run told in a sentence that goes on to introduce its output with a colon;
 * - an empty reply at a host port that nothing shown publishes is no sign of the app's loopback;
 * - a database's own client (pg_isready, the MongoDB shell) at loopback inside a container.
 * Rows whose id starts "guard" must keep their answer; rows whose id starts "probe" are adversarial shapes next to a new way to an
 * answer, which must not become ok.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const oneoffRows: Row[] = [
  {
    source:
      'docker/compose pkg/compose/run.go prepareRun: a one-off container `<project>-<service>-run-<12 hex>` (stringid.TruncateID), another project (blog)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-oneoff-v2-web',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND                  CREATED          STATUS          PORTS      NAMES',
      '0a1b2c3d4e5f   blog-web   "bundle exec rails c"    40 seconds ago   Up 39 seconds   3000/tcp   blog-web-run-5e1c2a9b7d40',
    ].join('\n'),
  },
  {
    source:
      'docker/compose 1.x compose/service.py build_container_name: `<project>_<service>_run_<truncate_id(slug)>`, beside a container_name `db`',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'oneoff-v1-hex-header',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE            COMMAND            CREATED         STATUS         PORTS     NAMES',
      '9f8e7d6c5b4a   shop_worker      "celery -A shop…"   2 minutes ago   Up 2 minutes             shop_worker_run_1a2b3c4d5e6f',
      '1b2c3d4e5f60   redis:7          "docker-entrypoint.s…"   2 hours ago   Up 2 hours   6379/tcp   db',
    ].join('\n'),
  },
  {
    source:
      "the lesson's own project run one-off (docs/reference/compose_run.md: `run` creates none of the service's ports unless --service-ports): web runs, 8050 unpublished",
    check: 'compose',
    want: ['problem', 'no-port-published'],
    id: 'oneoff-lesson-run-no-ports',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE          COMMAND            CREATED          STATUS          PORTS      NAMES',
      '0a1b2c3d4e5f   dash-app-web   "python app.py"    40 seconds ago   Up 39 seconds   8050/tcp   dash-app-web-run-5e1c2a9b7d40',
    ].join('\n'),
  },
  {
    source: 'a name of its own that only looks like a run (no 12-digit slug): not read as a project',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-oneoff-short-slug',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND            CREATED          STATUS          PORTS      NAMES',
      '0a1b2c3d4e5f   tools      "sh"               40 seconds ago   Up 39 seconds              tools_run_abc',
    ].join('\n'),
  },
];

const headerRows: Row[] = [
  {
    source: 'two `--format table` listings one under the other (already read so)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-second-header-ps-template-then-names',
    text: [
      'NAMES           STATUS       PORTS',
      'notes-api-1     Up 2 hours   127.0.0.1:8000->8000/tcp',
      'NAMES           PORTS',
      'notes-api-1     127.0.0.1:8000->8000/tcp',
      'grafana         0.0.0.0:3000->3000/tcp',
    ].join('\n'),
  },
  {
    source: "Compose v2 ps, then docker ps' default table (docker/cli defaultContainerTableFormat) with no blank line",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'second-header-compose-v2-then-ps',
    text: [
      '$ docker compose ps',
      'NAME            IMAGE          COMMAND                  SERVICE   CREATED       STATUS       PORTS',
      'notes-api-1     notes-api      "uvicorn main:app --…"   api       2 hours ago   Up 2 hours   127.0.0.1:8000->8000/tcp',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS       PORTS                      NAMES',
      '4c3b2a190817   notes-api      "uvicorn main:app --…"   2 hours ago   Up 2 hours   127.0.0.1:8000->8000/tcp   notes-api-1',
      '5d4c3b2a1908   grafana/grafana "/run.sh"                3 days ago    Up 3 days    0.0.0.0:3000->3000/tcp     grafana',
    ].join('\n'),
  },
  {
    source: "docker ps' default table, then a `table {{.Names}}\\t{{.Ports}}` listing under it (already read so)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-second-header-ps-then-names-ports',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS       PORTS                    NAMES',
      '4c3b2a190817   nginx:1.25     "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:8080->80/tcp     web-proxy',
      'NAMES       PORTS',
      'web-proxy   0.0.0.0:8080->80/tcp',
      'cache       6379/tcp',
    ].join('\n'),
  },
  {
    source:
      'Compose v2 ps (SERVICE column), then docker/cli `docker ps --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"` with no blank line: the whole host listed, nothing at 8050',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'second-header-compose-then-names',
    text: [
      'NAME            IMAGE          COMMAND                  SERVICE   CREATED       STATUS       PORTS',
      'notes-api-1     notes-api      "uvicorn main:app --…"   api       2 hours ago   Up 2 hours   127.0.0.1:8000->8000/tcp',
      'NAMES           STATUS       PORTS',
      'notes-api-1     Up 2 hours   127.0.0.1:8000->8000/tcp',
      'grafana         Up 3 days    0.0.0.0:3000->3000/tcp',
    ].join('\n'),
  },
  {
    source: 'the second listing shows a container publishing 8050: the port is taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-second-header-holds-8050',
    text: [
      'NAME            IMAGE          COMMAND                  SERVICE   CREATED       STATUS       PORTS',
      'notes-api-1     notes-api      "uvicorn main:app --…"   api       2 hours ago   Up 2 hours   127.0.0.1:8000->8000/tcp',
      'NAMES           STATUS       PORTS',
      'notes-api-1     Up 2 hours   127.0.0.1:8000->8000/tcp',
      'dashboard       Up 3 days    0.0.0.0:8050->8050/tcp',
    ].join('\n'),
  },
  {
    source: "the second listing's last row cut inside its PORTS: not the whole listing",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-second-header-cut',
    text: [
      'NAME            IMAGE          COMMAND                  SERVICE   CREATED       STATUS       PORTS',
      'notes-api-1     notes-api      "uvicorn main:app --…"   api       2 hours ago   Up 2 hours   127.0.0.1:8000->8000/tcp',
      'NAMES           STATUS       PORTS',
      'notes-api-1     Up 2 hours   127.0.0.1:8000->8000/tcp',
      'grafana         Up 3 days    0.0.0.0:30',
    ].join('\n'),
  },
  {
    source:
      "the second listing followed by docker run's refusal at 8050 (moby's `Bind for 0.0.0.0:8050 failed: port is already allocated`)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-second-header-then-error',
    text: [
      'NAME            IMAGE          COMMAND                  SERVICE   CREATED       STATUS       PORTS',
      'notes-api-1     notes-api      "uvicorn main:app --…"   api       2 hours ago   Up 2 hours   127.0.0.1:8000->8000/tcp',
      'NAMES           STATUS       PORTS',
      'notes-api-1     Up 2 hours   127.0.0.1:8000->8000/tcp',
      '',
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (3f1e…): Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
  {
    source: "a Compose listing alone lists one project's containers (CONVENTIONS §1): partial",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-second-header-compose-alone',
    text: [
      'NAME            IMAGE          COMMAND                  SERVICE   CREATED       STATUS       PORTS',
      'notes-api-1     notes-api      "uvicorn main:app --…"   api       2 hours ago   Up 2 hours   127.0.0.1:8000->8000/tcp',
    ].join('\n'),
  },
];

const runnerRows: Row[] = [
  {
    source: 'foreman under Compose v2 with the exit line (`app-1 exited with code 1`): already read so',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-foreman-v2-prefix-exiting',
    text: [
      '$ docker compose up',
      'app-1  | 14:22:10 web.1    | started with pid 9',
      'app-1  | 14:22:10 web.1    | A server is already running (pid: 7, file: /app/tmp/pids/server.pid).',
      'app-1  | 14:22:10 web.1    | Exiting',
      'app-1 exited with code 1',
    ].join('\n'),
  },
  {
    source:
      "Rails 5's `A server is already running. Check %s.` and `Exiting` under honcho's `HH:MM:SS web.1 | ` (nickstenning/honcho printer.py) inside Compose v1's `web_1  | `",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'honcho-prefix-exiting',
    text: [
      '$ docker-compose up',
      'web_1  | 09:15:44 web.1   | A server is already running. Check /srv/tmp/pids/server.pid.',
      'web_1  | 09:15:44 web.1   | Exiting',
    ].join('\n'),
  },
  {
    source: "an `Exiting` under foreman's prefix, then v1's ps listing web Up: the later state stands",
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-foreman-exiting-then-up',
    text: [
      '$ docker-compose up -d',
      'web_1  | 09:15:44 web.1   | Exiting',
      '$ docker-compose ps',
      '    Name              Command          State           Ports',
      '-----------------------------------------------------------------',
      'dash-app_web_1   python app.py      Up      0.0.0.0:8050->8050/tcp',
    ].join('\n'),
  },
];

const spanRows: Row[] = [
  {
    source: 'a code span with a space at both ends (CommonMark 6.1 strips one from each): already read so',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-span-space-both-ends-ps',
    text: ['` docker ps `', 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES'].join('\n'),
  },
  {
    source: 'a run in a whole-line code span opened with a space, after another command line (`docker pull`)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'span-space-run',
    text: [
      '$ docker pull dash-app',
      'Then I started it:',
      '` docker run -d --name dash-app -p 8080:8050 dash-app`',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
    ].join('\n'),
  },
  {
    source: "docker/cli run.go's name conflict under the spaced span: the error stands",
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'guard-span-space-run-error',
    text: [
      '` docker run -d --name dash-app -p 8050:8050 dash-app`',
      'docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "3f1e2d". You have to remove (or rename) that container to be able to reuse that name.',
      "See 'docker run --help'.",
    ].join('\n'),
  },
  {
    source: 'the spaced span inside a sentence, no output: as before',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-span-space-in-sentence',
    text: ['I typed ` docker run -d --name dash-app -p 8050:8050 dash-app` but nothing happened'].join('\n'),
  },
  {
    source: 'the spaced run line alone, nothing printed: as before',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-span-space-run-no-output',
    text: ['` docker run -d --name dash-app -p 8050:8050 dash-app`'].join('\n'),
  },
];

const sudoRows: Row[] = [
  {
    source:
      'docker ps refused at the socket, then `sudo docker ps` with its header: a listing creates nothing, the refusal stands (both experts of h43-notes10916137190)',
    check: 'reach:port-free',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-ps-after-denied-port-free',
    text: [
      '$ docker ps',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      '$ sudo docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
    ].join('\n'),
  },
  {
    source: "lesson 3 keeps the user's own refusal (CONVENTIONS §2.1 cw44)",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-ps-after-denied-install',
    text: [
      '$ docker ps',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      '$ sudo docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
    ].join('\n'),
  },
  {
    source: 'sudo only advised in a sentence, nothing printed: the refusal stands',
    check: 'reach:port-free',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-told-no-output',
    text: [
      '$ docker ps',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      'Try `sudo docker ps` instead.',
    ].join('\n'),
  },
  {
    source: 'the sudo retry refused by a daemon that does not run: the later error',
    check: 'reach:port-free',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-sudo-refused-again',
    text: [
      '$ docker ps',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      '$ sudo docker ps',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
  {
    source: "the sudo retry's listing cut inside a running row's PORTS: not the whole listing, no ok",
    check: 'reach:port-free',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-ps-cut',
    text: [
      '$ docker ps',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
      '$ sudo docker ps',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS       PORTS                    NAMES',
      '4c3b2a190817   nginx:1.25     "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:80',
    ].join('\n'),
  },
  {
    source:
      "docker run refused at the socket, then the same run with sudo: the pull's stream (moby distribution/pull_v2.go) and the ID docker/cli run.go prints",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'sudo-run-id-after-denied-run',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create?name=dash-app": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      '$ sudo docker run -d --name dash-app -p 8050:8050 dash-app',
      "Unable to find image 'dash-app:latest' locally",
      'latest: Pulling from library/dash-app',
      '1a2b3c4d5e6f: Pull complete',
      '2b3c4d5e6f70: Pull complete',
      '3c4d5e6f7081: Pull complete',
      '4d5e6f708192: Pull complete',
      '5e6f708192a3: Pull complete',
      '6f708192a3b4: Pull complete',
      '708192a3b4c5: Pull complete',
      'Digest: sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'Status: Downloaded newer image for dash-app:latest',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
    ].join('\n'),
  },
  {
    source:
      "docker run refused at the socket (docker/cli run.go's `docker: ` and `See 'docker run --help'.`), the same run with sudo printing its ID, then `sudo docker ps`",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'sudo-run-other-port-free',
    text: [
      '$ docker run -d -p 8080:80 nginx',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      '$ sudo docker run -d -p 8080:80 nginx',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
      '$ sudo docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                   NAMES',
      '6c1f0e2d9b8a   nginx     "/docker-entrypoint.…"   5 seconds ago   Up 4 seconds   0.0.0.0:8080->80/tcp, :::8080->80/tcp   eager_hopper',
    ].join('\n'),
  },
  {
    source: 'the same at "Is it running?": the sudo run\'s container is another, dash-app is not there',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'sudo-run-other-running',
    text: [
      '$ docker run -d -p 8080:80 nginx',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      '$ sudo docker run -d -p 8080:80 nginx',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
      '$ sudo docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                   NAMES',
      '6c1f0e2d9b8a   nginx     "/docker-entrypoint.…"   5 seconds ago   Up 4 seconds   0.0.0.0:8080->80/tcp, :::8080->80/tcp   eager_hopper',
    ].join('\n'),
  },
  {
    source: "lesson 3 keeps the user's own refusal beside the sudo run (CONVENTIONS §2.1 cw44)",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-run-install',
    text: [
      '$ docker run -d -p 8080:80 nginx',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      '$ sudo docker run -d -p 8080:80 nginx',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
    ].join('\n'),
  },
  {
    // cw196 (stop 59): a sudo retry the daemon answered is the later state (later-state.ts `further`); its refusal answers, never ok.
    source: "the sudo run refused in its turn (moby's `port is already allocated`): no ok",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-sudo-run-refused-again',
    text: [
      '$ docker run -d -p 8080:80 nginx',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      '$ sudo docker run -d -p 8080:80 nginx',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint eager_hopper (3f1e…): Bind for 0.0.0.0:8080 failed: port is already allocated.',
    ].join('\n'),
  },
  {
    source: 'the sudo run only advised in a sentence: the refusal stands',
    check: 'reach:port-free',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-run-told-only',
    text: [
      '$ docker run -d -p 8080:80 nginx',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      'With `sudo docker run -d -p 8080:80 nginx` it should work.',
    ].join('\n'),
  },
  {
    source: 'the sudo run line with nothing under it: the refusal stands',
    check: 'reach:port-free',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-run-no-output',
    text: [
      '$ docker run -d -p 8080:80 nginx',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      '$ sudo docker run -d -p 8080:80 nginx',
    ].join('\n'),
  },
  {
    source: "the sudo run's container listed, then the user's own docker ps refused again: that later refusal stands",
    check: 'reach:port-free',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-run-then-error',
    text: [
      '$ docker run -d -p 8080:80 nginx',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      '$ sudo docker run -d -p 8080:80 nginx',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
      '$ sudo docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                   NAMES',
      '6c1f0e2d9b8a   nginx     "/docker-entrypoint.…"   5 seconds ago   Up 4 seconds   0.0.0.0:8080->80/tcp, :::8080->80/tcp   eager_hopper',
      '$ docker ps',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
    ].join('\n'),
  },
  {
    source: 'the sudo run publishes 8050 for another app, listed: the port is taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'probe-sudo-run-lesson-port',
    text: [
      '$ docker run -d -p 8050:8050 other-app',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
      "See 'docker run --help'.",
      '$ sudo docker run -d -p 8050:8050 other-app',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
      '$ sudo docker ps',
      'CONTAINER ID   IMAGE       COMMAND           CREATED         STATUS         PORTS                                       NAMES',
      '6c1f0e2d9b8a   other-app   "python app.py"   5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp, :::8050->8050/tcp   eager_hopper',
    ].join('\n'),
  },
];

const v1Rows: Row[] = [
  {
    source:
      "docker-compose 1.x: a first up refused at 8050, then a second up's `Cannot start service web: OCI runtime create failed …` (compose/project.py ProjectError after each)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-second-up-entrypoint',
    text: [
      'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint dash-app_web_1 (9e1c…): Bind for 0.0.0.0:8050 failed: port is already allocated',
      'ERROR: Encountered errors while bringing up the project.',
      '',
      'After I stopped the other app:',
      '',
      'ERROR: for web  Cannot start service web: OCI runtime create failed: container_linux.go:349: starting container process caused "exec: \\"./start.sh\\": permission denied": unknown',
      'ERROR: Encountered errors while bringing up the project.',
    ].join('\n'),
  },
  {
    source: 'the same two ups at "Is port 8050 free?": the refused port stays taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-v1-second-up-port-free',
    text: [
      'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint dash-app_web_1 (9e1c…): Bind for 0.0.0.0:8050 failed: port is already allocated',
      'ERROR: Encountered errors while bringing up the project.',
      '',
      'After I stopped the other app:',
      '',
      'ERROR: for web  Cannot start service web: OCI runtime create failed: container_linux.go:349: starting container process caused "exec: \\"./start.sh\\": permission denied": unknown',
      'ERROR: Encountered errors while bringing up the project.',
    ].join('\n'),
  },
  {
    source: 'one up with two errors: ranked as before',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-v1-one-up',
    text: [
      'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint dash-app_web_1 (9e1c…): Bind for 0.0.0.0:8050 failed: port is already allocated',
      'ERROR: for db  Cannot create container for service db: invalid bind mount spec "pg:var/lib/postgresql/data:rw": invalid volume specification: \'pg:var/lib/postgresql/data:rw\': invalid mount config for type "volume": invalid mount path: \'var/lib/postgresql/data\' mount path must be absolute',
      'ERROR: Encountered errors while bringing up the project.',
    ].join('\n'),
  },
];

const toldRows: Row[] = [
  {
    source: 'a run told in a sentence ending with a colon, then the ID docker/cli run.go prints for a detached run',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'told-run-colon-id',
    text: [
      'I started the container with docker run -d -p 8080:8050 dash-app and it printed:',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
    ].join('\n'),
  },
  {
    source: "the lesson's run told so with its ID: no ok from a sentence",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'probe-told-run-colon-ok-shape',
    text: [
      'I ran docker run -d --name dash-app -p 8050:8050 dash-app and got:',
      '6c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
    ].join('\n'),
  },
  {
    source: "the run told so, then moby's port refusal: the error",
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-told-run-colon-error',
    text: [
      'I ran docker run -d --name dash-app -p 8050:8050 dash-app and got:',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (3f1e…): Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
  {
    source: 'a run quoted from docs before a colon with nothing under it: no ok',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'probe-told-run-colon-nothing',
    text: ['The docs say docker run -d --name dash-app -p 8050:8050 dash-app should print something like:'].join('\n'),
  },
];

const emptyRows: Row[] = [
  {
    source:
      "Chrome's console (`METHOD URL net::ERR_EMPTY_RESPONSE`, net_error_list.h) at a port the told run does not publish; the app's `running on port 3000`",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'empty-reply-unpublished-chrome2',
    text: [
      'I run it with docker run -p 3000:3000 shop-ui and I get:',
      '> shop-ui@1.0.0 start',
      '> node server.js',
      'server running on port 3000',
      '',
      'In the browser console:',
      'GET http://localhost:8081/api/cart net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: 'the same under a typed run line',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'empty-reply-unpublished-chrome3',
    text: [
      '$ docker run -p 3000:3000 shop-ui',
      '> shop-ui@1.0.0 start',
      '> node server.js',
      'server running on port 3000',
      '',
      'In the browser console:',
      'GET http://localhost:8081/api/cart net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: "the empty reply at the published port: Docker's proxy found nothing (CONVENTIONS §2.4): loopback",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-empty-reply-published3',
    text: [
      '$ docker run -p 3000:3000 shop-ui',
      'server running on port 3000',
      'GET http://localhost:3000/api/cart net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: "curl's `(52) Empty reply from server` (no URL on its line): as before",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-empty-reply-noport3',
    text: [
      '$ docker run -p 3000:3000 shop-ui',
      'server running on port 3000',
      '$ curl localhost:3000',
      'curl: (52) Empty reply from server',
    ].join('\n'),
  },
  {
    source: 'empty replies at an unpublished and at the published port: the published one answers',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-empty-reply-both3',
    text: [
      '$ docker run -p 3000:3000 shop-ui',
      'server running on port 3000',
      'GET http://localhost:8081/api/cart net::ERR_EMPTY_RESPONSE',
      'GET http://localhost:3000/ net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: "the lesson's port said without an address, an empty reply at an unpublished port: the port only, never an ok",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'probe-empty-reply-unpublished-8050',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      'server running on port 8050',
      '',
      'GET http://localhost:9000/api net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: 'Dash at 127.0.0.1 beside an empty reply elsewhere: the loopback line stands',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-empty-reply-unpublished-8050-all',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      'Dash is running on http://127.0.0.1:8050/',
      '',
      'GET http://localhost:9000/api net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: 'a start line that says its port beside an empty reply elsewhere: as before',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-empty-reply-unpublished-chrome',
    text: [
      '$ docker run -p 3000:3000 shop-ui',
      '> shop-ui@1.0.0 start',
      '> node server.js',
      'Server listening on port 3000',
      '',
      'In the browser console:',
      'GET http://localhost:8081/api/cart net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: 'a start line that says its port, beside an empty reply at the published port: as before',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-empty-reply-published',
    text: [
      '$ docker run -p 3000:3000 shop-ui',
      'Server listening on port 3000',
      '',
      'In the browser console:',
      'GET http://localhost:3000/api/cart net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: "Dash's every-address line at 8050 with an empty reply at 8050: as before",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-empty-reply-lesson-all',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      'GET http://localhost:8050/ net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: "curl's (52) beside a start line: as before",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-empty-reply-no-port',
    text: [
      '$ docker run -p 3000:3000 shop-ui',
      'Server listening on port 3000',
      '$ curl localhost:3000',
      'curl: (52) Empty reply from server',
    ].join('\n'),
  },
  {
    source: 'both ports beside a start line: as before',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-empty-reply-both',
    text: [
      '$ docker run -p 3000:3000 shop-ui',
      'Server listening on port 3000',
      'GET http://localhost:8081/api/cart net::ERR_EMPTY_RESPONSE',
      'GET http://localhost:3000/ net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
  {
    source: "Dash's every-address line with an empty reply at an unpublished port: as before",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-empty-reply-unpublished-lesson',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      'GET http://localhost:9000/api net::ERR_EMPTY_RESPONSE',
    ].join('\n'),
  },
];

const insideRows: Row[] = [
  {
    source:
      "PostgreSQL's pg_isready (src/bin/scripts/pg_isready.c `%s:%s - no response`) at a container's shell after `docker exec -it … sh`",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'exec-pg-isready-loopback',
    text: ['$ docker exec -it shop-api-1 sh', '/app # pg_isready -h 127.0.0.1 -p 5432', '127.0.0.1:5432 - no response'].join('\n'),
  },
  {
    source:
      "the MongoDB shell 4.4 (src/mongo/shell/mongo.js `couldn't connect to server %s, connection attempt failed`) as an interactive run's command",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'run-mongo3-shell-loopback',
    text: [
      '$ docker run -it --rm mongo:4.4 mongo',
      'MongoDB shell version v4.4.29',
      'connecting to: mongodb://127.0.0.1:27017/?compressors=disabled&gssapiServiceName=mongodb',
      "Error: couldn't connect to server 127.0.0.1:27017, connection attempt failed: SocketException: Error connecting to 127.0.0.1:27017 :: caused by :: Connection refused :",
      'exception: connect failed',
      'exiting with code 1',
    ].join('\n'),
  },
  {
    source: "pg_isready on the host after a detached run: no container's loopback",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-pg-isready-host',
    text: ['$ docker run -d --name pg -p 5432:5432 postgres:16', '$ pg_isready -h localhost -p 5432', 'localhost:5432 - no response'].join(
      '\n',
    ),
  },
  {
    source: "pg_isready inside the database's own container, accepting: nothing failed",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-exec-pg-isready-accepting',
    text: [
      '$ docker exec -it shop-db-1 bash',
      'root@3b3f7becd13d:/# pg_isready -h localhost -p 5432',
      'localhost:5432 - accepting connections',
    ].join('\n'),
  },
  {
    source: "a docker command typed after the exec is the host's again",
    check: 'networks',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-exec-then-host-ps',
    text: [
      '$ docker exec shop-api-1 env',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
      'localhost:5432 - no response',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Compose's one-off run containers named after their project", oneoffRows],
  ["another listing's header right under a table's rows", headerRows],
  ["a Procfile runner's prefix before a server's Exiting", runnerRows],
  ['a whole-line code span opened with a space', spanRows],
  ["a sudo retry's later state past lesson 3", sudoRows],
  ["a later Compose v1 up's errors at compose", v1Rows],
  ['a run told in a sentence that ends with a colon', toldRows],
  ['an empty reply at a host port nothing publishes', emptyRows],
  ["a database's client at loopback inside a container", insideRows],
];

describe.each(families)('cw159 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text, id }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
    if (id.startsWith('probe-')) expect(d.kind).not.toBe('ok');
  });
});
