/*
 * cw192 (stop 59): holdout173's and holdout183's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - BuildKit's tty line of a COPY or ADD step that failed, Compose v2's service before the stage, and the checksum's ref elided;
 * - the builder's `no build stage in current context`, and a FROM whose name it could not parse (`invalid reference format` under
 *   Compose v1's `failed to build:` or BuildKit's `failed to parse stage name`);
 * - (guards only) at lesson 3, the runtime's refusal for the image's own program (Go os/exec's `exec: "x": executable file not
 *   found in $PATH`): holdout173's experts answer partial, holdout118's and holdout154's container-crashed by CONVENTIONS §2.1 cw94
 *   (a label question, engine/README.md's cw192 section): the engine keeps cw94's answer;
 * - at "Is the port published?", runc's refusal of options typed after the image (`exec: "-p"`);
 * - dash's `exec: x: not found` from an entrypoint script;
 * - a later run line with `--expose` of its own, a try of its own;
 * - the earlier run ended by hand, then a last foreground line: that line stands;
 * - the inside answer told ("INSIDE the container … works") beside a reset at the published port, at lesson 5's run.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const buildRows: Row[] = [
  {
    source:
      "BuildKit progressui display.go (`ERROR ` + the vertex's name), Compose v2's bake target before the stage, the cause not copied",
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'buildkit-compose-copy-error-line',
    text: [
      '$ docker compose up --build',
      ' => ERROR [web builder 3/6] COPY requirements.txt .                                  0.0s',
      ' => CANCELED [web stage-1 2/4] RUN apt-get update                                   0.3s',
      '------',
    ].join('\n'),
  },
  {
    source: "BuildKit's tty display of an ADD step of a plain `docker build`, one stage",
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'buildkit-add-error-line',
    text: [
      '$ docker build -t dash-app .',
      ' => ERROR [3/5] ADD dist.tar.gz /srv/                                      0.0s',
      '------',
    ].join('\n'),
  },
  {
    source: 'BuildKit\'s `failed to calculate checksum of ref <id>::<id>: "/x": not found`, the ref elided by the writer',
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'buildkit-checksum-ref-elided',
    text: ['failed to solve: failed to compute cache key: failed to calculate checksum of ref ... "/package.json": not found'].join('\n'),
  },
  {
    source: "the FROM step's own line (BuildKit's `ERROR [1/4] FROM …`): its cause answers (the registry not reached), not the ERROR line",
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    id: 'guard-buildkit-from-error-line',
    text: [
      '$ docker build -t dash-app .',
      ' => ERROR [1/4] FROM docker.io/library/python:3.12                                      0.9s',
      'ERROR: failed to solve: DeadlineExceeded: failed to do request: Head "https://registry-1.docker.io/v2/library/python/manifests/3.12": dial tcp: lookup registry-1.docker.io: no such host',
    ].join('\n'),
  },
  {
    source: "Compose v1 compose/cli/main.py over moby's vendored BuildKit instructions CurrentStage (`No build stage in current context`)",
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'v1-no-build-stage',
    text: ['$ docker-compose up --build', 'Building web', 'ERROR: No build stage in current context'].join('\n'),
  },
  {
    source: "the legacy builder's answer (`Error response from daemon: No build stage in current context`, Docker 17.x)",
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'legacy-no-build-stage',
    text: [
      '$ docker build -t dash-app .',
      'Sending build context to Docker daemon  3.584kB',
      'Error response from daemon: No build stage in current context',
    ].join('\n'),
  },
  {
    source: 'BuildKit through the dockerfile.v0 frontend (2020): `failed to create LLB definition: no build stage in current context`',
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'buildkit-no-build-stage',
    text: [
      '$ docker build -t dash-app .',
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: no build stage in current context',
    ].join('\n'),
  },
  {
    source: 'Compose v1 BuildError (`Service %s failed to build: %s`): a FROM whose variable was unset',
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'v1-from-invalid-reference',
    text: [
      '$ docker-compose up --build',
      'WARNING: The BASE variable is not set. Defaulting to a blank string.',
      'Building web',
      'Step 1/4 : ARG BASE',
      'Step 2/4 : FROM ${BASE}-slim',
      "ERROR: Service 'web' failed to build: invalid reference format",
    ].join('\n'),
  },
  {
    source: 'BuildKit dockerfile2llb (`failed to parse stage name %q`)',
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'buildkit-stage-name-invalid-reference',
    text: ['$ docker build -t dash-app .', 'ERROR: failed to solve: failed to parse stage name "-slim": invalid reference format'].join(
      '\n',
    ),
  },
  {
    source: "docker run's own refusal of the image's name (docker/cli: `docker: invalid reference format.`): not a build",
    check: 'run',
    want: ['problem', 'invalid-reference'],
    id: 'guard-run-invalid-reference',
    text: ['$ docker run -d --name dash-app -p 8050:8050 Dash-App', 'docker: invalid reference format.'].join('\n'),
  },
];

const serverPart = [
  '$ docker version',
  'Client: Docker Engine - Community',
  ' Version:           24.0.7',
  ' API version:       1.43',
  '',
  'Server: Docker Engine - Community',
  ' Engine:',
  '  Version:          24.0.7',
  '  API version:      1.43 (minimum version 1.12)',
];

const installRows: Row[] = [
  {
    source:
      'runc 1.1 exec.LookPath, Go os/exec Error (`exec: "python": executable file not found`) beside a Server part: cw94 keeps it the runtime\'s',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'guard-install-runc-program-not-found',
    text: [
      ...serverPart,
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "python": executable file not found in $PATH: unknown.',
    ].join('\n'),
  },
  {
    source: 'runc before 1.0 (`container_linux.go:348: starting container process caused "exec: \\"/app/run\\": permission denied"`)',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'guard-install-runc-program-permission-denied',
    text: [
      '$ docker run -d --name dash-app dash-app',
      'docker: Error response from daemon: OCI runtime create failed: container_linux.go:348: starting container process caused "exec: \\"/app/run\\": permission denied": unknown.',
    ].join('\n'),
  },
  {
    source: 'the runtime\'s own failure (runc on WSL 1, `caused "EOF"`): the install\'s, as before',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'guard-install-runtime-eof',
    text: [
      ...serverPart,
      '$ docker run hello-world',
      'docker: Error response from daemon: OCI runtime create failed: container_linux.go:349: starting container process caused "process_linux.go:319: getting the final child\'s pid from pipe caused \\"EOF\\"": unknown.',
    ].join('\n'),
  },
  {
    source: 'the same program lookup at lesson 5: the container did not start',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-run-program-not-found',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "python": executable file not found in $PATH: unknown.',
    ].join('\n'),
  },
];

const publishRows: Row[] = [
  {
    source: 'docker/cli run.go SetInterspersed(false): `-p` after the image, runc then `exec: "-p": executable file not found` (20.10)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'published-after-image-exec-p',
    text: [
      '$ docker run -d dash-app -p 8050:8050',
      'docker: Error response from daemon: OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "-p": executable file not found in $PATH: unknown.',
    ].join('\n'),
  },
  {
    source: 'the same refusal for a run line with -p before the image (a CMD the image lacks): the container did not start',
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    id: 'guard-published-program-not-found',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: Error response from daemon: OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "gunicorn": executable file not found in $PATH: unknown.',
    ].join('\n'),
  },
  {
    source: 'docker/cli opts.go `--expose` (marked exposed, nothing published), a later try of the same image after a -p line',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'later-expose-try',
    text: [
      'I ran it with `docker run -p 8050:8050 -t dash-app` and it does not answer.',
      'I have also tried `docker run --expose 8050 -t dash-app` with the same result.',
    ].join('\n'),
  },
];

const dashRows: Row[] = [
  {
    source: 'dash src/exec.c shellexec under src/error.c exvwarning (`<script>: <line>: exec: <name>: not found`), docker logs',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'dash-exec-not-found-logs',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a',
      '$ docker logs dash-app',
      '/docker-entrypoint.sh: 14: exec: gunicorn: not found',
    ].join('\n'),
  },
  {
    source: "the same line at reach:listening: the entrypoint's exec replaced the container's process, which ended",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'dash-exec-not-found-listening',
    text: ['$ docker logs dash-app', '/usr/local/bin/start: 22: exec: python: not found'].join('\n'),
  },
];

const laterRows: Row[] = [
  {
    source: 'docker/cli stop.go after a foreground run, `docker ps -a` Exited (137), then the last run line where the notes end',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'ended-by-hand-then-last-run',
    text: [
      '$ docker run dash-app',
      '$ docker stop quirky_hopper',
      'quirky_hopper',
      '$ docker ps -a',
      'CONTAINER ID   IMAGE      COMMAND            CREATED         STATUS                       PORTS     NAMES',
      'a1b2c3d4e5f6   dash-app   "python app.py"    2 minutes ago   Exited (137) 5 seconds ago             quirky_hopper',
      '$ docker run -p 3000:80 dash-app',
    ].join('\n'),
  },
  {
    source: "cw92's case kept: no stop between, the last foreground line the paste ends on, after a detached run that printed its ID",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-no-stop-earlier-run-stands',
    text: [
      '$ docker run -d --name dash-app -p 8080:80 dash-app',
      '3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a',
      '$ docker run dashap',
    ].join('\n'),
  },
  {
    source:
      "curl's (56) reset at the published port (lib/vtls, `Recv failure: Connection reset by peer`), the inside answer told in capitals",
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'told-inside-capitals-reset-run',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ curl http://localhost:8050/',
      'curl: (56) Recv failure: Connection reset by peer',
      'With a curl request INSIDE the container with docker exec, the app works.',
    ].join('\n'),
  },
  {
    source: 'the same told answer beside a refusal (curl (7)), no reset: cw37 at run needs the reset; the answer stays partial',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-told-inside-refused-run',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ curl http://localhost:8050/',
      'curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused',
      'With a curl request INSIDE the container with docker exec, the app works.',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["the builder's words for a build that stopped", buildRows],
  ["lesson 3: the runtime's refusal for the image's own program (label question, kept by cw94)", installRows],
  ['what a run line publishes', publishRows],
  ["dash's exec not found", dashRows],
  ['the later try, the inside answer told', laterRows],
];

describe.each(families)('cw192 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
