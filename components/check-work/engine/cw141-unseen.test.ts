/*
 * cw141 (stop 48): the misses of holdout116-120 at install, compose and networks, fixed by class (engine/README.md, Stop 48 cw141):
 * - an engine that never came up, in its own program's words: Finch's VM that failed to start, docker/cli's SSH connection helper
 *   whose ssh exited (any DOCKER_HOST or context over ssh, Podman machine's too) → daemon-not-running;
 * - the project named by older and other Composes' progress: Compose 1.0-1.4's `Creating x_web_1...`, nerdctl compose's logrus
 *   `Creating network x_default` → compose-project-name;
 * - the daemon's answer in Compose v2's pull (` ✔ redis Pulled`) → install ok;
 * - Docker 1.x's `Cannot start container <ID>:` with its reason on the next line, the ID behind a writer's placeholder → the runtime;
 * - a cut member string in a cut inspect closed at its line's end;
 * - a program's failure in its own format: an issue title's quoted shell line after its `[tags]`, V8's fatal error, libzmq's assertion;
 * - Docker's platform warning as a writer's list item.
 * Each row is a short paste built on a real program's or writer's format (`source` names it), never a holdout paste. Rows whose id
 * starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const engineRows: Row[] = [
  {
    source: 'runfinch/finch cmd/finch/virtual_machine_start.go: `Finch virtual machine failed to start, debug logs:` after limactl start',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'finch-vm-start-failed',
    text: [
      '$ finch vm start',
      'INFO[0000] Starting existing Finch virtual machine...',
      'ERRO[0041] Finch virtual machine failed to start, debug logs:',
      'time="2024-03-02T09:12:44Z" level=info msg="Using the existing instance \\"finch\\""',
      'time="2024-03-02T09:13:20Z" level=fatal msg="did not receive an event with the \\"running\\" status"',
    ].join('\n'),
  },
  {
    source: 'docker/cli commandconn.go handleEOF before 23.0 (`please make sure`), DOCKER_HOST=ssh:// and a key ssh refused',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'ssh-helper-publickey',
    text: [
      '% export DOCKER_HOST=ssh://builder@10.0.0.12',
      '% docker version',
      'error during connect: Get "http://docker.example.com/v1.24/version": command [ssh -l builder -- 10.0.0.12 docker system dial-stdio] has exited with exit status 255, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=builder@10.0.0.12: Permission denied (publickey).',
    ].join('\n'),
  },
  {
    source: 'docker/cli commandconn.go handleEOF since 23.0 (`make sure`), a context over ssh timing out, under docker compose up',
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'ssh-helper-timeout-compose',
    text: [
      '$ docker --context prod compose up -d',
      'error during connect: Get "http://docker.example.com/v1.47/containers/json?all=1": command [ssh -o ConnectTimeout=30 -T -l deploy --',
      '192.0.2.7 docker system dial-stdio] has exited with exit status 255, make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=ssh: connect to host 192.0.2.7 port 22: Connection timed out',
    ].join('\n'),
  },
];

const projectRows: Row[] = [
  {
    source: 'Compose 1.3 compose/service.py `log.info("Recreating %s..." % container.name)` (fig-era naming project_service_N)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-3-recreating-dots',
    text: ['$ docker-compose up -d', 'Recreating myapp_db_1...', 'Recreating myapp_web_1...'].join('\n'),
  },
  {
    source: 'Compose 1.2 compose/service.py `log.info("Creating %s..." % self._next_container_name(containers))`, at networks',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'v1-2-creating-dots-networks',
    text: ['$ docker-compose up', 'Creating blog_db_1...', 'Creating blog_web_1...', 'Attaching to blog_db_1, blog_web_1'].join('\n'),
  },
  {
    source: 'containerd/nerdctl pkg/composer/up_network.go `log.G(ctx).Infof("Creating network %s", fullName)`, logrus without a terminal',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'nerdctl-compose-network-plain-logrus',
    text: [
      '$ nerdctl compose up -d',
      'time="2024-05-10T08:01:02Z" level=info msg="Creating network shop_default"',
      'time="2024-05-10T08:01:02Z" level=info msg="Ensuring image redis:7"',
      'time="2024-05-10T08:01:03Z" level=info msg="Creating container shop-cache-1"',
    ].join('\n'),
  },
  {
    source: 'runfinch/finch `finch compose` runs nerdctl compose: `INFO[0000] Creating network todo_backend` on a terminal',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'finch-compose-network-tty',
    text: [
      '❯ finch compose up -d',
      'INFO[0000] Creating network todo_backend',
      'INFO[0000] Ensuring image postgres:16',
      'INFO[0001] Creating container todo-db-1',
    ].join('\n'),
  },
];

const daemonRows: Row[] = [
  {
    source: 'docker/compose pkg/compose/pull.go `Text: "Pulled"`, Compose 2.1x before ✔ drew `⠿`, with the layer lines',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'compose-v2-pulled-spinner',
    text: [
      '$ docker compose pull',
      '[+] Running 3/3',
      ' ⠿ redis Pulled                                                                  4.2s',
      '   ⠿ 2cba5c1f2ec7 Pull complete                                                  1.1s',
      '   ⠿ 5b4a1d3e9f0c Pull complete                                                  1.9s',
    ].join('\n'),
  },
  {
    source:
      "Docker 1.9 daemon/start.go: `Cannot start container %s: %v` with libcontainer's `[8] System error`, the ID left out by a writer",
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'docker-19-cannot-start-placeholder',
    text: [
      '$ docker start web',
      'Error response from daemon: Cannot start container <container-id>:',
      '[8] System error: write /sys/fs/cgroup/memory/docker/memory.memsw.limit_in_bytes: invalid argument',
    ].join('\n'),
  },
  {
    source: "moby daemon/create.go platform warning as a writer's bullet under a run line (no ID, no output shown)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'platform-warning-bullet',
    text: [
      'Steps:',
      '- docker run -it ubuntu:16.04-i386 bash',
      "- WARNING: The requested image's platform (linux/386) does not match the detected host platform (linux/amd64) and no specific platform was requested",
    ].join('\n'),
  },
];

const readRows: Row[] = [
  {
    source: "docker inspect (moby container JSON) whose copy cut a member string at its line's end, Name after it",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'inspect-cut-member-string',
    text: [
      '$ docker inspect shop_db_1',
      '[',
      '    {',
      '        "Id": "5f3e2d1c0b9a8f7e6d5c4b3a29180716f5e4d3c2b1a09f8e7d6c5b4a39281706",',
      '        "State": {',
      '            "Status": "running",',
      '            "Running": true,',
      '            "ExitCode": 0',
      '        },',
      '        "LogPath": "/var/lib/docker/containers/5f3e2d1c0b9a8f7e6d5c4b3a29180716f5e4d3c2b1a09f8e7d6c5b4a3928',
      '        "Name": "/shop_db_1",',
      '        "RestartCount": 0,',
    ].join('\n'),
  },
];

const failureRows: Row[] = [
  {
    source: 'BusyBox ash shellexec `sh: %s: not found` quoted in an issue title after its [Bug] tag',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'title-tag-busybox-not-found',
    text: ['# [Bug] sh: uvicorn: not found', '', 'docker compose up exits right away, the image is python:3.12-alpine.'].join('\n'),
  },
  {
    source: 'v8 src/base/logging.cc V8_Fatal (`# Fatal error in %s, line %d`), a release build, under docker compose logs',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v8-fatal-compose-logs',
    text: ['$ docker compose logs app', '#', '# Fatal error in , line 0', '# Check failed: !IsFreeSpaceOrFiller(object).', '#', '#'].join(
      '\n',
    ),
  },
  {
    source: 'zeromq/libzmq src/err.hpp errno_assert `"%s (%s:%d)\\n"` then abort, under docker logs of a detached run',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'zmq-assert-docker-logs',
    text: [
      '$ docker run -d --name lab -p 8888:8888 jupyter/base-notebook',
      '8c1f2e3d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
      '$ docker logs lab',
      '[I 2023-01-10 10:00:00.000 ServerApp] Writing Jupyter server cookie secret to /home/jovyan/.local/share/jupyter/runtime/jupyter_cookie_secret',
      'Resource temporarily unavailable (src/signaler.cpp:301)',
    ].join('\n'),
  },
];

const guardRows: Row[] = [
  {
    source: 'a sentence ending in three dots, no Compose v1 name (project_service_N) in it',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-creating-prose-dots',
    text: ['Creating the containers...', 'then nothing happens for a long time.'].join('\n'),
  },
  {
    source: 'docker/cli commandconn.go: a daemon over ssh that answered (docker version with its Server part)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-ssh-host-answered',
    text: [
      '$ DOCKER_HOST=ssh://me@192.0.2.5 docker version',
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
    source: 'docker/cli version template alone, its `Key: value` lines (no compose file after it) at compose',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-old-version-alone',
    text: [
      'Client:',
      ' Version:      18.09.2',
      ' API version:  1.39',
      '',
      'Server:',
      ' Engine:',
      '  Version:      18.09.2',
      '  API version:  1.39 (minimum version 1.12)',
    ].join('\n'),
  },
  {
    source: 'Compose v2 pull that failed (`✘ web Error`, pkg/compose/pull.go): no ok at install',
    check: 'install',
    want: ['problem', 'image-not-found'],
    id: 'guard-compose-pull-error',
    text: [
      '$ docker compose pull',
      '[+] Pulling 1/1',
      ' ✘ web Error                                                                     1.2s',
      "Error response from daemon: pull access denied for myapp, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['an engine that never came up, in its own program’s words', engineRows],
  ['the project named by older and other Composes’ progress', projectRows],
  ['the daemon’s answer or refusal in other layouts', daemonRows],
  ['a cut inspect read past a cut member string', readRows],
  ['a program’s failure in its own format', failureRows],
  ['guards: answers that stay', guardRows],
];

describe.each(families)('cw141 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
