/*
 * cw155 (stop 52): holdout138's misses, by class, each row a short paste on a real program's or writer's format (`source` names it),
 * never a holdout paste:
 * - a network inspect trimmed to its Name and IPAM (moby api/types/network Inspect's IPAM{Driver, Options, Config}) → that network,
 *   its members and labels not shown (schemas.ts networkIpam);
 * - the shell's report of a foreground `docker run`'s exit status (ble.sh's `[ble: exit %d]`, `echo $?` right after; docker/cli
 *   run.go returns the container's status) → the container exited with that code (check.ts);
 * - CPython's PermissionError naming a file (`[Errno 13] Permission denied: '/path'`, OSError_str with a filename): the program's own
 *   file, not Docker's socket (parse-errors.ts fileDenied), never an ok where it stood;
 * - a traceback's last line told in a sentence, quoted after its lead's colon (parse-logs.ts crashLine);
 * - a service Compose's progress showed started whose own log then ends in a traceback (diagnose-compose.ts diedAfterStart).
 * Rows whose id starts "guard" must keep their answer; "probe" rows are adversarial pastes that must not become ok.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const ipamDoc = (name: string, subnet: string, elide = true) =>
  [
    `$ docker network inspect ${name}`,
    '[',
    '    {',
    `        "Name": "${name}",`,
    ...(elide ? ['        ...'] : []),
    '        "IPAM": {',
    '            "Driver": "default",',
    '            "Options": null,',
    '            "Config": [',
    '                {',
    `                    "Subnet": "${subnet}.0/16",`,
    `                    "Gateway": "${subnet}.1"`,
    '                }',
    '            ]',
    `        }${elide ? ',' : ''}`,
    ...(elide ? ['        ...'] : []),
    '    }',
    ']',
  ].join('\n');

const ipamRows: Row[] = [
  {
    source: "moby api/types/network Inspect trimmed by a notes' author to Name and IPAM (`...` between), another project's default network",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'ipam-elided-other-project',
    text: ipamDoc('shop_default', '172.21.0'),
  },
  {
    source: 'the same trim with no `...` left (the members deleted outright), Compose v2 naming, at Compose’s step',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'ipam-no-dots-other-project',
    text: ipamDoc('blog_backend', '172.22.0', false),
  },
  {
    source: 'probe: the lesson’s own network trimmed to Name and IPAM shows no member: never an ok',
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'probe-ipam-lesson-network',
    text: ipamDoc('dash-app_backend', '172.19.0'),
  },
  {
    source: 'probe: the lesson’s frontend trimmed so, no `...`',
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'probe-ipam-lesson-frontend-no-dots',
    text: ipamDoc('dash-app_frontend', '172.20.0', false),
  },
  {
    source: 'guard: a container inspect’s endpoint has IPAMConfig, not IPAM (moby EndpointSettings): no network read from it',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ipamconfig-not-network',
    text: ['$ docker inspect -f "{{json .NetworkSettings.Networks.x}}" web', '{"IPAMConfig": null, "Links": null, "Aliases": null}'].join(
      '\n',
    ),
  },
];

const exitRows: Row[] = [
  {
    source: "ble.sh's exec_errexit_mark `[ble: exit %d]` under a foreground docker run that segfaulted (139), another image and port",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'ble-exit-139',
    text: ['❯ docker run --rm -it -p 7860:7860 some/gradio-app:cu121', '[ble: exit 139]'].join('\n'),
  },
  {
    source: 'ble.sh under the lesson’s own run line: the app printed its start, then the run returned 1',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'ble-exit-1-lesson-line',
    text: ['$ docker run --name dash-app -p 8050:8050 e4l-python-graph', 'Dash is running on http://0.0.0.0:8050/', '[ble: exit 1]'].join(
      '\n',
    ),
  },
  {
    source: "bash's special parameter `?` echoed right after the foreground run (the container's status as docker run's)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'echo-status-after-run',
    text: ['$ docker run -p 8050:8050 e4l-python-graph', '$ echo $?', '2'].join('\n'),
  },
  {
    source: 'guard: Ctrl-C on a foreground run (SIGINT, 130) is a stop by hand (CONVENTIONS §1): the run line answers as before',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-ble-exit-130',
    text: ['$ docker run --name dash-app -p 8050:8050 e4l-python-graph', 'Dash is running on http://0.0.0.0:8050/', '[ble: exit 130]'].join(
      '\n',
    ),
  },
  {
    source: 'guard: 125 is docker’s own failure (run reference "Exit status"), in its own words: no container exited',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-ble-exit-125',
    text: ['$ docker run -p 8080:8080 some/app', '[ble: exit 125]'].join('\n'),
  },
  {
    source: 'guard: a detached run returns once the container started (its ID): a status after it is not the container’s',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-ble-after-detached',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph',
      '4f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0',
      '[ble: exit 1]',
    ].join('\n'),
  },
  {
    source: 'guard: ble.sh’s mark quoted in a sentence is no status of the run',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-ble-quoted',
    text: [
      '$ docker run --name dash-app -p 8050:8050 e4l-python-graph',
      'Dash is running on http://0.0.0.0:8050/',
      'My shell sometimes prints `[ble: exit 139]` after other commands.',
    ].join('\n'),
  },
];

const permissionRows: Row[] = [
  {
    source: "CPython OSError_str with a filename: a Flask app's traceback ending in PermissionError on its bind-mounted folder",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'permissionerror-file-traceback',
    text: [
      '$ docker run -p 5000:5000 -v $(pwd)/data:/app/data some/flask-app',
      'Traceback (most recent call last):',
      '  File "/app/app.py", line 8, in <module>',
      '    os.makedirs("/app/data/uploads", exist_ok=True)',
      "PermissionError: [Errno 13] Permission denied: '/app/data/uploads'",
    ].join('\n'),
  },
  {
    source: 'the same under Compose v2’s prefix, docker compose logs of a stopped worker (reach path)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'permissionerror-file-compose-logs',
    text: [
      '$ docker compose logs worker',
      'worker-1  | Traceback (most recent call last):',
      'worker-1  |   File "/srv/worker.py", line 3, in <module>',
      "worker-1  | PermissionError: [Errno 13] Permission denied: '/srv/logs/worker.log'",
    ].join('\n'),
  },
  {
    source: 'guard: docker-py refused at the socket (`PermissionError: [Errno 13] Permission denied`, no filename) stays the socket’s',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-socket-no-filename',
    text: [
      '$ docker-compose up',
      'Traceback (most recent call last):',
      '  File "urllib3/connectionpool.py", line 677, in urlopen',
      '  File "docker/transport/unixconn.py", line 43, in connect',
      'PermissionError: [Errno 13] Permission denied',
    ].join('\n'),
  },
  {
    source: 'guard: the socket’s own path as the filename stays the socket’s',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-socket-path',
    text: [
      '$ python3 -c "import docker; docker.from_env().ping()"',
      "PermissionError: [Errno 13] Permission denied: '/var/run/docker.sock'",
    ].join('\n'),
  },
  {
    source:
      'probe: dash-app listed Up with a file’s PermissionError in its log: never ok; its own logs after its row end in the failure (stop 52, crashedAfter)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'probe-up-with-file-permissionerror',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS                    NAMES',
      '3f2a1b4c5d6e   e4l-python-graph   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app',
      '$ docker logs dash-app',
      'Dash is running on http://0.0.0.0:8050/',
      "PermissionError: [Errno 13] Permission denied: '/app/cache/figure.json'",
    ].join('\n'),
  },
  {
    source: 'probe: the same at the reach path’s published port',
    check: 'reach:published',
    want: ['problem', 'permission-denied'],
    id: 'probe-up-with-file-permissionerror-published',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS                    NAMES',
      '3f2a1b4c5d6e   e4l-python-graph   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app',
      "PermissionError: [Errno 13] Permission denied: '/app/cache/figure.json'",
    ].join('\n'),
  },
  {
    source: 'probe: a Server part beside the file’s PermissionError (lesson 3): never ok',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'probe-version-with-file-permissionerror',
    text: [
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           27.3.1',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          27.3.1',
      '$ python app.py',
      "PermissionError: [Errno 13] Permission denied: '/home/me/app/out.csv'",
    ].join('\n'),
  },
];

const toldRows: Row[] = [
  {
    source: "CPython traceback.py's last line (`%s: %s`) quoted after a sentence's colon, under a run line in a code span",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'told-exception-after-run',
    text: [
      'When I run `docker run -p 8501:8501 my-streamlit`',
      '',
      "the container stops and I get: “ModuleNotFoundError: No module named 'streamlit'”",
    ].join('\n'),
  },
  {
    source: 'guard: a log line’s JSON member (`"err": "XError: …"`) is no sentence’s quote',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-json-member-err',
    text: [
      '$ docker run --name dash-app -p 8050:8050 e4l-python-graph',
      'Dash is running on http://0.0.0.0:8050/',
      '{"level":"warn","err": "TimeoutError: upstream slow"}',
    ].join('\n'),
  },
  {
    source: 'guard: a sentence that goes on after the quote tells of a past try',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-told-past-try',
    text: [
      '$ docker run --name dash-app -p 8050:8050 e4l-python-graph',
      'Dash is running on http://0.0.0.0:8050/',
      'Before I fixed it I got: "ModuleNotFoundError: No module named \'dash\'" but now it works.',
    ].join('\n'),
  },
];

const composeRows: Row[] = [
  {
    source: "Compose v2's `✔ Container x  Started` (getContainerProgressName), then the service's log ending in a traceback, copy cut",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v2-started-then-traceback',
    text: [
      '$ docker compose up',
      '[+] Running 1/1',
      ' ✔ Container notebook  Started',
      'Attaching to notebook',
      'notebook  | Traceback (most recent call last):',
      'notebook  |   File "/opt/conda/bin/jupyter-lab", line 6, in <module>',
      'notebook  |     from jupyterlab.labapp import main',
    ].join('\n'),
  },
  {
    source: "Compose v1's `Creating x ... done` and `Attaching to x` (compose/cli/main.py), the log ending in the exception's line",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-creating-then-exception',
    text: [
      '$ docker-compose up',
      'Creating api ... done',
      'Attaching to api',
      'api    | Traceback (most recent call last):',
      'api    |   File "/srv/main.py", line 2, in <module>',
      "api    | KeyError: 'DATABASE_URL'",
    ].join('\n'),
  },
  {
    source: 'guard: a request’s traceback the server logged and lived on (more log after it): the progress line’s state stands',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-traceback-then-requests',
    text: [
      '$ docker compose up',
      ' ✔ Container notebook  Started',
      'Attaching to notebook',
      'notebook  | Traceback (most recent call last):',
      'notebook  |   File "/srv/handlers.py", line 40, in get',
      "notebook  | KeyError: 'x'",
      'notebook  | [I 10:00:01.000 ServerApp] 200 GET /api/status (172.18.0.1) 1.20ms',
      'notebook  | [I 10:00:02.000 ServerApp] 200 GET /api/kernels (172.18.0.1) 1.10ms',
      'notebook  | [I 10:00:03.000 ServerApp] 200 GET /lab (172.18.0.1) 2.00ms',
    ].join('\n'),
  },
  {
    source: 'guard: a listing after the traceback shows the service Up (its restart policy): the listing stands',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-traceback-then-listed-up',
    text: [
      '$ docker-compose up -d',
      'Creating api ... done',
      '$ docker-compose logs api',
      'api    | Traceback (most recent call last):',
      "api    | KeyError: 'DATABASE_URL'",
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND            CREATED          STATUS         PORTS                    NAMES',
      '1a2b3c4d5e6f   api       "python main.py"   10 seconds ago   Up 3 seconds   0.0.0.0:9000->9000/tcp   api',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a network inspect trimmed to Name and IPAM', ipamRows],
  ["the shell's report of a foreground docker run's exit status", exitRows],
  ["Python's PermissionError naming a file", permissionRows],
  ["a traceback's last line told in a sentence", toldRows],
  ['a service Compose started whose log ends in a traceback', composeRows],
];

describe.each(families)('cw155 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
