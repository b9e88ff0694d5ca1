/*
 * cw187 (stop 58): holdout152's and holdout153's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - TensorBoard's own words for a port taken (tensorboard/program.py, TensorBoardPortInUseError);
 * - moby's allocator sentence broken between two of its words by a wrapping terminal or page (docker-py's APIError);
 * - moby's refusal of a legacy link across networks, read as an error of the networks step;
 * - sudo's password prompt between `sudo docker network ls` and the daemon's table;
 * - gunicorn started again by hand in a shell of the container (cw38's second copy): no crash, no host port taken;
 * - a stack that went down together at one STATUS time, its newest row exited with an error, at reach:running.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const tensorBoardRows: Row[] = [
  {
    source: 'tensorboard/program.py WerkzeugServer.__init__: TensorBoardPortInUseError, logged by absl then printed as ERROR:',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'tensorboard-port-in-use',
    text: [
      '$ docker exec -it trainer tensorboard --logdir /logs --host 0.0.0.0 --port 8050',
      'E0411 09:12:03.118201 139871 program.py:298] TensorBoard could not bind to port 8050, it was already in use',
      'ERROR: TensorBoard could not bind to port 8050, it was already in use',
    ].join('\n'),
  },
  {
    source: "tensorboard 2.x program.py: the port scan's end, `could not bind to any port around %s (tried %d times)`",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'tensorboard-port-scan-exhausted',
    text: [
      '$ docker logs tb',
      'tensorboard.program.TensorBoardServerException: TensorBoard could not bind to any port around 8050 (tried 10 times)',
    ].join('\n'),
  },
  {
    source: 'the same words told in a sentence of an issue: not the program printing them',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-tensorboard-told',
    text: 'I read somewhere that TensorBoard could not bind to port 8050, it was already in use, but is that my case?',
  },
  {
    source: 'tensorboard/program.py EACCES: `TensorBoard must be run as superuser to bind to port %d` (no port taken)',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-tensorboard-superuser',
    text: ['$ tensorboard --logdir logs --port 80', 'ERROR: TensorBoard must be run as superuser to bind to port 80'].join('\n'),
  },
];

const allocatedRows: Row[] = [
  {
    source:
      'docker-py errors.py APIError.__str__ (`500 Server Error for <url>: Internal Server Error ("<explanation>")`), moby portallocator\'s `Bind for %s:%d failed: port is already allocated`, wrapped by a terminal',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'docker-py-apierror-wrapped-in-bind',
    text: [
      'docker.errors.APIError: 500 Server Error for http+docker://localhost/v1.45/containers/9b1c0e7d2a4f/start: Internal',
      'Server Error ("driver failed programming external connectivity on endpoint dash-app (5e2f81c0a9d3): Bind for 0.0.0.0:8050',
      'failed: port is already allocated")',
    ].join('\n'),
  },
  {
    source: "docker/cli run.go reportError's `docker: Error response from daemon: …` broken after `failed:` by an 80-column page",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'run-report-wrapped-after-failed',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app',
      '(4c1d9e2b7a60): Bind for 0.0.0.0:8050 failed:',
      'port is already allocated.',
    ].join('\n'),
  },
  {
    source: 'the message cut where the copy ends (`Bind for 0.0.0.0:8050`, nothing after): no cause shown, not joined',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-allocator-cut-before-failed',
    text: [
      'docker.errors.APIError: 500 Server Error for http+docker://localhost/v1.45/containers/9b1c0e7d2a4f/start: Internal',
      'Server Error ("driver failed programming external connectivity on endpoint dash-app (5e2f81c0a9d3): Bind for 0.0.0.0:8050',
    ].join('\n'),
  },
];

const linkRows: Row[] = [
  {
    source:
      "moby daemon/container_operations.go buildSandboxOptions: `Cannot link to %s, as it does not belong to the default network`, under docker/cli's `docker: ` beside `docker network ls`",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'link-refused-beside-network-ls',
    text: [
      '$ docker network ls',
      'NETWORK ID     NAME           DRIVER    SCOPE',
      '3b2f1a0c9d8e   bridge         bridge    local',
      '7c6d5e4f3a2b   shop_default   bridge    local',
      '$ docker run --rm -it --link shop-db-1:db postgres:16 psql -h db -U postgres',
      'docker: Error response from daemon: Cannot link to /shop-db-1, as it does not belong to the default network.',
    ].join('\n'),
  },
  {
    source: 'the same network listing alone: another project (cw40)',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-network-ls-alone',
    text: [
      '$ docker network ls',
      'NETWORK ID     NAME           DRIVER    SCOPE',
      '3b2f1a0c9d8e   bridge         bridge    local',
      '7c6d5e4f3a2b   shop_default   bridge    local',
    ].join('\n'),
  },
];

const sudoRows: Row[] = [
  {
    source: 'sudo plugins/sudoers PASSPROMPT "[sudo] password for %p: " above docker/cli network list.go\'s table',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'sudo-prompt-network-ls',
    text: [
      'ana@box:~$ sudo docker network ls',
      '[sudo] password for ana:',
      'NETWORK ID     NAME      DRIVER    SCOPE',
      '1f2e3d4c5b6a   bridge    bridge    local',
      '6a5b4c3d2e1f   host      host      local',
      '0a1b2c3d4e5f   none      null      local',
    ].join('\n'),
  },
  {
    source: "sudo's French catalogue, `[sudo] Mot de passe de %p : `, above docker volume ls' header",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'sudo-prompt-fr-volume-ls',
    text: ['ana@box:~$ sudo docker volume ls', '[sudo] Mot de passe de ana : ', 'DRIVER    VOLUME NAME', 'local     pgdata'].join('\n'),
  },
  {
    source: "sudo's `Sorry, try again.` after a wrong password: docker never ran",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-sudo-wrong-password',
    text: [
      'ana@box:~$ sudo docker network ls',
      '[sudo] password for ana:',
      'Sorry, try again.',
      '[sudo] password for ana:',
      'sudo: 3 incorrect password attempts',
    ].join('\n'),
  },
];

const gunicornRetry = (port: number) =>
  [0, 1, 2].flatMap((s) => [
    `[2024-05-02 10:00:0${s} +0000] [41] [ERROR] Connection in use: ('0.0.0.0', ${port})`,
    `[2024-05-02 10:00:0${s} +0000] [41] [ERROR] Retrying in 1 second.`,
  ]);

const secondCopyRows: Row[] = [
  {
    source:
      "gunicorn sock.py create_sockets (`Connection in use: %s`, `Retrying in 1 second.`, `Can't connect to %s`) run by hand after `docker exec -it web bash`",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'gunicorn-second-copy-in-exec-shell',
    text: [
      '$ docker run -d --name web -p 8000:8000 shop/web',
      '$ docker exec -it web bash',
      'root@5d2c1b0a9f8e:/app# gunicorn -b 0.0.0.0:8000 app:server',
      '[2024-05-02 10:00:00 +0000] [41] [INFO] Starting gunicorn 21.2.0',
      ...gunicornRetry(8000),
      "[2024-05-02 10:00:05 +0000] [41] [ERROR] Can't connect to ('0.0.0.0', 8000)",
    ].join('\n'),
  },
  {
    source: "the same second copy at lesson 5's run: the run line's mapping answers, no host port taken",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'gunicorn-second-copy-at-run',
    text: [
      '$ docker run -d --name web -p 8000:8000 shop/web',
      '$ docker exec -it web bash',
      'root@5d2c1b0a9f8e:/app# gunicorn -b 0.0.0.0:8000 app:server',
      ...gunicornRetry(8000),
      "[2024-05-02 10:00:05 +0000] [41] [ERROR] Can't connect to ('0.0.0.0', 8000)",
    ].join('\n'),
  },
  {
    source: "gunicorn's retries in the container's own log (docker logs, no shell opened): its server stopped there",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-gunicorn-own-log-cant-connect',
    text: [
      '$ docker logs web',
      '[2024-05-02 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0',
      "[2024-05-02 10:00:00 +0000] [1] [ERROR] Invalid address: ('backend', 8000)",
      "[2024-05-02 10:00:05 +0000] [1] [ERROR] Can't connect to ('backend', 8000)",
    ].join('\n'),
  },
  {
    source: "a shell opened in a container, then Docker's own refusal of a later run (moby portallocator): the host's port is taken",
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-exec-shell-then-daemon-refusal',
    text: [
      '$ docker exec -it old-app sh',
      '/ # exit',
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (0c1d2e3f4a5b): Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
];

const psHead = 'CONTAINER ID   IMAGE              COMMAND                  CREATED          STATUS                      PORTS     NAMES';
const psRow = (id: string, image: string, created: string, status: string, name: string) =>
  `${id}   ${image.padEnd(16)}   "/entrypoint.sh"         ${created.padEnd(14)}   ${status.padEnd(25)}             ${name}`;

const downRows: Row[] = [
  {
    source:
      "docker/cli formatter/container.go State (`Exited (N) <HumanDuration> ago` from moby's FinishedAt): a stack's rows all stopped at one time, its newest with an error",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'stack-down-together-newest-failed',
    text: [
      '$ docker ps -a',
      psHead,
      psRow('a1b2c3d4e5f6', 'shop/web:2', '12 minutes ago', 'Exited (1) 3 minutes ago', 'shop-web'),
      psRow('b2c3d4e5f6a1', 'redis:7', '14 minutes ago', 'Exited (0) 3 minutes ago', 'shop-cache'),
      psRow('c3d4e5f6a1b2', 'postgres:16', '14 minutes ago', 'Exited (0) 3 minutes ago', 'shop-db'),
    ].join('\n'),
  },
  {
    source: 'the same stack stopped by a kill (137) beside clean exits: a stop or a reboot, several (codalab#2348)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-stack-down-killed',
    text: [
      '$ docker ps -a',
      psHead,
      psRow('a1b2c3d4e5f6', 'shop/web:2', '12 minutes ago', 'Exited (137) 3 minutes ago', 'shop-web'),
      psRow('b2c3d4e5f6a1', 'redis:7', '14 minutes ago', 'Exited (0) 3 minutes ago', 'shop-cache'),
    ].join('\n'),
  },
  {
    source: 'rows stopped at different times: past tries, several',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-stack-down-apart',
    text: [
      '$ docker ps -a',
      psHead,
      psRow('a1b2c3d4e5f6', 'shop/web:2', '3 days ago', 'Exited (1) 2 days ago', 'shop-web'),
      psRow('b2c3d4e5f6a1', 'redis:7', '3 days ago', 'Exited (0) 5 minutes ago', 'shop-cache'),
    ].join('\n'),
  },
  {
    source: "Docker's random names (moby namesgenerator) stopped together: no stack of the learner's, several",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-random-names-down-together',
    text: [
      '$ docker ps -a',
      psHead,
      psRow('a1b2c3d4e5f6', 'ubuntu:24.04', '12 minutes ago', 'Exited (1) 3 minutes ago', 'quirky_hellman'),
      psRow('b2c3d4e5f6a1', 'alpine:3', '14 minutes ago', 'Exited (0) 3 minutes ago', 'zen_lalande'),
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["TensorBoard's own words for a port taken", tensorBoardRows],
  ["moby's allocator sentence broken by a wrap", allocatedRows],
  ["moby's refusal of a link across networks", linkRows],
  ["sudo's password prompt above a daemon listing", sudoRows],
  ['gunicorn run again by hand in a shell of the container', secondCopyRows],
  ['a stack that went down together', downRows],
];

describe.each(families)('cw187 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
