/*
 * cw142 (stop 48): run and the reach path, the new sets' misses, by class (CONVENTIONS §2.2, §2.4 cw142 notes):
 * - a Docker-compatible CLI's command (nerdctl, Finch, Podman) typed with no prompt: a line of its own, a list's step, a code span
 *   after the step's verb, read as docker's (never an ok);
 * - a numbered step whose number has no space after it (`1.docker pull …`, `2.docker run …`): the command;
 * - a native program's own abort before it listens: V8's fatal error, glibc's and libzmq's assertions, and a program's error-level
 *   "Exiting..." → the container crashed;
 * - Jupyter's list of running servers (`jupyter notebook list`, `jupyter server list`): the server's own address and port.
 * Each row is a short paste built on a real program's or writer's format (`source` names it), never a holdout paste. Rows whose id
 * starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const compatibleRows: Row[] = [
  {
    source: "containerd/nerdctl README's first example, typed as a line of its own: `nerdctl run -d --name nginx -p 80:80 nginx:alpine`",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'nerdctl-readme-bare-line',
    text: 'nerdctl run -d --name nginx -p 80:80 nginx:alpine',
  },
  {
    source:
      "Podman's basic tutorial (docs/tutorials/podman_tutorial.md): `podman run -dt -p 8080:80/tcp docker.io/library/httpd` as a step",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'podman-tutorial-list-step',
    text: ['Steps:', '1. `podman run -dt -p 8080:80/tcp docker.io/library/httpd`', '2. `curl http://localhost:8080` hangs'].join('\n'),
  },
  {
    source: 'runfinch/finch issue template "Steps to reproduce", a step\'s verb before the code span: Run `finch run …`',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'finch-run-verb-code-span',
    text: ['### Steps to reproduce', '1. Run `finch run -d -p 8080:80 --name web nginx` ', '2. Open http://localhost:8080'].join('\n'),
  },
  {
    source: 'Rancher Desktop docs (nerdctl on containerd), a run with no -p under sudo: `sudo nerdctl run -d --name web nginx`',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'sudo-nerdctl-run-no-publish',
    text: ['- `sudo nerdctl run -d --name web nginx`', '- curl localhost is refused'].join('\n'),
  },
  {
    source: "containerd/nerdctl README with the lesson's own mapping and name: never an ok from a compatible CLI",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-nerdctl-lessons-mapping-no-ok',
    text: ['nerdctl run -d --name dash-app -p 8050:8050 e4l-python-graph', 'Dash is running on http://0.0.0.0:8050/'].join('\n'),
  },
  {
    source: 'a sentence that starts with the word podman (no command after it) stays prose',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-podman-sentence',
    text: 'podman is what our servers use, and the page stays blank.',
  },
];

const stepRows: Row[] = [
  {
    source: 'a Markdown numbered step typed without its space (CommonMark makes it text; docker/cli README steps), `1.docker run …`',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'numbered-no-space-run',
    text: ['## Steps', '1.docker pull jupyter/base-notebook', '2.docker run -it --rm -p 10000:8888 jupyter/base-notebook'].join('\n'),
  },
  {
    source: "the same with a parenthesis for the number (`2)docker run …`, CommonMark's other ordered-list mark)",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'numbered-paren-no-space-no-p',
    text: ['1)docker build -t myapp .', '2)docker run -d --name myapp myapp'].join('\n'),
  },
];

const abortRows: Row[] = [
  {
    source: 'v8 src/base/logging.cc V8_Fatal: `# Fatal error in <file>, line <n>` then the check that failed (a debug build)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'v8-fatal-error-file-line',
    text: [
      '$ docker logs web',
      '',
      '#',
      '# Fatal error in ../deps/v8/src/api/api.cc, line 6412',
      '# Check failed: !value_obj->IsJSReceiver() || value_obj->IsTemplateInfo().',
      '#',
    ].join('\n'),
  },
  {
    source:
      "glibc assert/assert.c __assert_fail_base, Node's on a seccomp that refuses clone3 (nodejs/docker-node issues): `node: ../src/node_platform.cc:61: … Assertion `…' failed.`",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'glibc-assert-node-platform',
    text: [
      '$ docker logs app',
      "node: ../src/node_platform.cc:61: std::unique_ptr<long unsigned int> node::WorkerThreadsTaskRunner::DelayedTaskScheduler::Start(): Assertion `(0) == (uv_thread_create(t.get(), start_thread, this))' failed.",
      'Aborted (core dumped)',
    ].join('\n'),
  },
  {
    source: "libzmq src/err.hpp zmq_assert: `Assertion failed: %s (%s:%d)` (pyzmq's kernel in a Jupyter image)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'libzmq-zmq-assert',
    text: [
      '[I 12:00:01.120 NotebookApp] Kernel started: 5f0e8c1a-1111-2222-3333-444455556666',
      'Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:265)',
    ].join('\n'),
  },
  {
    source: "Koenkk/zigbee2mqtt lib/controller.ts start(): `logger.error('Exiting...')` in 1.x's `Zigbee2MQTT:error <time>: ` format",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'z2m-1x-error-exiting',
    text: [
      'Zigbee2MQTT:error 2023-01-15 09:12:44: Failed to start zigbee',
      'Zigbee2MQTT:error 2023-01-15 09:12:44: Check https://www.zigbee2mqtt.io/guide/installation/20_zigbee2mqtt-fails-to-start.html for possible solutions',
      'Zigbee2MQTT:error 2023-01-15 09:12:44: Exiting...',
    ].join('\n'),
  },
  {
    source: 'an info-level "Exiting..." is a clean stop (a supervisor\'s shutdown line), not a crash',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-info-exiting',
    text: ['2023-01-15 09:12:44 INFO: Exiting...'].join('\n'),
  },
];

const jupyterRows: Row[] = [
  {
    source: 'jupyter_server serverapp.py JupyterServerListApp: `Currently running servers:`, then `url :: root_dir`, through docker exec',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'jupyter-server-list-all-addresses',
    text: [
      '$ docker exec -it lab jupyter server list',
      'Currently running servers:',
      'http://0.0.0.0:8888/?token=0123456789abcdef0123456789abcdef0123456789abcdef :: /home/jovyan',
    ].join('\n'),
  },
  {
    source: 'jupyter/notebook notebookapp.py NbserverListApp, the ip unset (`localhost`): loopback',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'jupyter-notebook-list-localhost',
    text: [
      '$ docker exec nb jupyter notebook list',
      'Currently running servers:',
      'http://localhost:8888/?token=fedcba9876543210fedcba9876543210fedcba9876543210 :: /home/jovyan/work',
    ].join('\n'),
  },
  {
    source: 'jupyter notebook list with no server running: its header only (nothing printed after it)',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-jupyter-list-empty',
    text: ['$ jupyter notebook list', 'Currently running servers:'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a Docker-compatible CLI's command with no prompt", compatibleRows],
  ['a numbered step with no space after its number', stepRows],
  ["a native program's own abort before it listens", abortRows],
  ["Jupyter's list of running servers", jupyterRows],
];

describe.each(families)('cw142 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
