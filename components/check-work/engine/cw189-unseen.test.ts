/*
 * cw189 (stop 58): holdout118's and holdout122's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - a run line laid out one option a line at the margin (CommonMark's hard break took its backslashes);
 * - a loopback start line at lesson 5 that says `Starting` or names an address key (`on address http://localhost:8080`);
 * - a listing's header quoted, its rows under it without the mark (CommonMark's lazy continuation);
 * - docker info's 1.x figures indented as one block;
 * - a container's thread refused with EPERM (an old Docker's seccomp and clone3) at lesson 3;
 * - one start line per interface, loopback first (kubo's swarm addresses): not loopback only;
 * - a writer's elision mark with a note after it inside a network inspect;
 * - Compose v1's listing with its Command column trimmed by the writer;
 * - an interactive run that entered its container (its shell's prompt, the short ID as host) after a refusal without sudo;
 * - a traceback that a Tornado log record below error carries (Jupyter's extension warning), and Tornado's access line;
 * - a later detached run under the same --name, with a command of its own.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const marginRows: Row[] = [
  {
    source: 'docker/cli opts.go addFlags (--name, --publish take a value); CommonMark 6.7 hard line break drops the trailing backslash',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'margin-options-publish',
    text: [
      'I started it with:',
      '',
      'docker run -d --name web1',
      '--publish 8080:80',
      '-v /srv/site:/usr/share/nginx/html',
      '--restart unless-stopped',
      'nginx:1.25',
    ].join('\n'),
  },
  {
    source: "the same layout with short flags, the lesson's image: nothing published by the first line alone",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'margin-options-short',
    text: ['$ docker run -d --name dash-app', '-p 5000:8050', '-e DEBUG=1', 'dash-app:latest'].join('\n'),
  },
  {
    source: 'guard: a run line with its image, then a margin option line of prose: the line is complete, nothing joins',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-margin-after-image',
    text: ['$ docker run -d --name dash-app dash-app', '-p is what I forgot, I think'].join('\n'),
  },
];

const startRows: Row[] = [
  {
    source:
      'ethersphere/bee-dashboard serve.js: server.listen(8080, "127.0.0.1"), `Starting up Bee Dashboard on address http://localhost:8080`',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'starting-up-on-address-localhost',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      'Starting up Dash App on address http://localhost:8050',
      'Hit CTRL-C to stop the server',
    ].join('\n'),
  },
  {
    source: 'a server in the same words with an address key: `Starting server at addr 127.0.0.1:8050`',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'starting-at-addr-loopback',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      'Starting server at addr 127.0.0.1:8050',
    ].join('\n'),
  },
  {
    source: 'guard: a client starting its connection at loopback is no start line of the app',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-starting-connection-to',
    text: [
      '$ docker run -d --name dash-app -p 8050:80 dash-app',
      '$ docker logs dash-app',
      'Starting connection to redis at localhost:6379',
    ].join('\n'),
  },
];

const lazyRows: Row[] = [
  {
    source: 'CommonMark 5.1 laziness: the quoted header, its row unmarked, docker/cli defaultContainerTableFormat',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'lazy-quoted-ps-header',
    text: [
      '`docker ps` shows it is up:',
      '> CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                    NAMES',
      '3f2a1b4c5d6e   postgres:16    "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes   0.0.0.0:5432->5432/tcp   db',
    ].join('\n'),
  },
  {
    source: 'the same quoted header, its row holding 8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'lazy-quoted-ps-header-8050',
    text: [
      '> CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                    NAMES',
      '3f2a1b4c5d6e   grafana:10     "/run.sh"                2 minutes ago   Up 2 minutes   0.0.0.0:8050->3000/tcp   graf',
    ].join('\n'),
  },
  {
    source: 'guard: a quoted sentence above unmarked lines is no header',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-lazy-quoted-sentence',
    text: ['> I ran docker ps and it printed nothing useful', 'then I restarted the machine'].join('\n'),
  },
];

const infoRows: Row[] = [
  {
    source: 'moby 1.x docker info (no Server Version: Containers, Images, Storage Driver, Execution Driver) indented under a sentence',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'info-1x-indented',
    text: [
      'ran sudo docker info, output as follows:',
      '',
      '        Containers: 2',
      '        Images: 14',
      '        Storage Driver: aufs',
      '         Root Dir: /var/lib/docker/aufs',
      '        Execution Driver: native-0.2',
      '        Kernel Version: 3.13.0-24-generic',
    ].join('\n'),
  },
  {
    source: "guard: indented counts without a third figure of the daemon's (another program's summary)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-info-counts-only',
    text: ['Backup summary:', '', '        Containers: 2', '        Images: 14', '        Volumes: 3'].join('\n'),
  },
];

const epermRows: Row[] = [
  {
    source: 'OpenBLAS driver/others/blas_server.c: `blas_thread_init: pthread_create failed for thread 1 of 4: Operation not permitted`',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'openblas-pthread-eperm',
    text: [
      '$ docker run --rm -it python-ml:3.11 python -c "import numpy"',
      'OpenBLAS blas_thread_init: pthread_create failed for thread 1 of 4: Operation not permitted',
      'OpenBLAS blas_thread_init: RLIMIT_NPROC -1 current, -1 max',
      '$ docker -v',
      'Docker version 20.10.7, build f0df350',
    ].join('\n'),
  },
  {
    source: 'Go runtime/cgo/gcc_libinit.c: `runtime/cgo: pthread_create failed: Operation not permitted`, then SIGABRT',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'cgo-pthread-eperm',
    text: [
      '$ docker run --rm grafana/grafana:10.0.0',
      'runtime/cgo: pthread_create failed: Operation not permitted',
      'SIGABRT: abort',
      'PC=0x7f3b2c1a2b3c m=0 sigcode=18446744073709551610',
    ].join('\n'),
  },
  {
    source: 'guard: the same words told in a sentence under a healthy docker version',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-eperm-told',
    text: [
      'I read that old engines print Operation not permitted (src/thread.cpp:269) for new images, so I checked:',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           24.0.7',
      ' API version:       1.43',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          24.0.7',
      '  API version:      1.43 (minimum version 1.12)',
    ].join('\n'),
  },
];

const interfaceRows: Row[] = [
  {
    source: 'ipfs/kubo cmd/ipfs/kubo/daemon.go printSwarmAddrs: `Swarm listening on %s` for each of InterfaceListenAddresses()',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'kubo-swarm-each-interface',
    text: [
      '$ docker logs ipfs_host',
      'Initializing daemon...',
      'Swarm listening on 127.0.0.1:4001 (TCP+UDP)',
      'Swarm listening on 172.17.0.3:4001 (TCP+UDP)',
      'Daemon is ready',
    ].join('\n'),
  },
  {
    source: "the same at lesson 5 beside the lesson's run line: loopback only no longer answers before the line",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'kubo-swarm-each-interface-run',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      'Swarm listening on 127.0.0.1:4001 (TCP+UDP)',
      'Swarm listening on 172.17.0.3:4001 (TCP+UDP)',
    ].join('\n'),
  },
  {
    source: 'guard: the loopback line alone',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-swarm-loopback-alone',
    text: ['$ docker logs ipfs_host', 'Swarm listening on 127.0.0.1:4001 (TCP+UDP)', 'Daemon is ready'].join('\n'),
  },
  {
    source: 'guard: another address at another port after the loopback line',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-swarm-other-port',
    text: ['$ docker logs ipfs_host', 'Swarm listening on 127.0.0.1:4001 (TCP+UDP)', 'Swarm listening on 172.17.0.3:4002 (TCP+UDP)'].join(
      '\n',
    ),
  },
];

const inspectHead = [
  '$ docker network inspect shop-net',
  '[',
  '    {',
  '        "Name": "shop-net",',
  '        "Id": "2ee565af7c72d6d4e719471138224496e976d5ea5ee4d00681d597f09c0e6560",',
  '        "Created": "2024-03-01T07:43:14.684477356Z",',
  '        "Scope": "local",',
  '        "Driver": "bridge",',
  '        "EnableIPv6": false,',
];
const elisionRows: Row[] = [
  {
    source: "moby api/types/network Inspect printed by docker/cli, a writer's `... (truncated)` where members were left out",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'inspect-elided-with-note',
    text: [...inspectHead, '        ... (truncated)', '    }', ']'].join('\n'),
  },
  {
    source: 'the same with a note in Chinese (`...后面省略`, "the rest left out") after a member\'s comma',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'inspect-elided-zh-note',
    text: [...inspectHead, '        "Internal": false,', '    ...后面省略', '    }', ']'].join('\n'),
  },
];

const v1Rows: Row[] = [
  {
    source: 'compose/cli/main.py ps texttable with its Command column taken out by the writer, the rule kept',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'v1-ps-command-trimmed',
    text: [
      'Run `docker-compose ps`:',
      'Name                     State   Ports',
      '--------------------------------------------------------',
      'blog_db_1       ...   Up      5432/tcp',
      'blog_web_1      ...   Up      0.0.0.0:3000->3000/tcp',
    ].join('\n'),
  },
  {
    source: 'the same listing beside a client version at lesson 3: a trimmed listing is no whole answer',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'v1-ps-command-trimmed-install',
    text: [
      '$ docker --version',
      'Docker version 17.06.0-ce, build 02c1d87',
      '$ docker-compose ps',
      'Name                     State   Ports',
      '--------------------------------------------------------',
      'blog_db_1         Up      5432/tcp',
      'blog_web_1        Up      0.0.0.0:3000->3000/tcp',
    ].join('\n'),
  },
  {
    source: 'the same at lesson 7: another project',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-ps-command-trimmed-compose',
    text: [
      '$ docker-compose ps',
      'Name                     State   Ports',
      '--------------------------------------------------------',
      'blog_db_1         Up      5432/tcp',
      'blog_web_1        Up      0.0.0.0:3000->3000/tcp',
    ].join('\n'),
  },
];

const refused = [
  '$ docker run -it ubuntu bash',
  'docker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.29/containers/create: dial unix /var/run/docker.sock: connect: permission denied.',
  "See 'docker run --help'.",
];
const enteredRows: Row[] = [
  {
    source: "moby daemon/container.go generateHostname (`config.Hostname = id[:12]`), bash's prompt in the container after the sudo run",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'sudo-run-entered-shell',
    text: [
      ...refused,
      '$ sudo docker run -it ubuntu bash',
      "Unable to find image 'ubuntu:latest' locally",
      'latest: Pulling from library/ubuntu',
      'Status: Downloaded newer image for ubuntu:latest',
      'root@0a1b2c3d4e5f:/# ',
    ].join('\n'),
  },
  {
    source: 'guard: lesson 3 asks whether the user may reach the daemon; the sudo run does not say so (cw159)',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-run-entered-install',
    text: [...refused, '$ sudo docker run -it ubuntu bash', 'root@0a1b2c3d4e5f:/# '].join('\n'),
  },
  {
    source: "guard: the host's own prompt after the sudo run (its name no ID): nothing shows the container started",
    check: 'run',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-run-host-prompt',
    text: [...refused, '$ sudo docker run -it ubuntu bash', 'me@laptop:~$ '].join('\n'),
  },
];

const tornadoRows: Row[] = [
  {
    source:
      'tornado/log.py LogFormatter indents every further line of a record (`formatted.replace("\\n", "\\n    ")`), Jupyter Server\'s [W] extension warning',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'tornado-warning-traceback',
    text: [
      '$ docker run --rm -it jupyter/base-notebook',
      'Executing the command: jupyter lab',
      '[W 2023-01-10 10:01:02.345 ServerApp] some_extension | error adding extension (enabled: True): needs Jupyter Server 2.0+',
      '    Traceback (most recent call last):',
      '      File "/opt/conda/lib/python3.10/site-packages/jupyter_server/extension/manager.py", line 320, in add_extension',
      '        extpkg = ExtensionPackage(name=extension_name, enabled=enabled)',
      '    RuntimeError: needs Jupyter Server 2.0+',
    ].join('\n'),
  },
  {
    source: "tornado/web.py log_request `%d %s %.2fms` with _request_summary's `(remote_ip)`, Bokeh's server log",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'tornado-access-line',
    text: ['$ docker logs viz', '2024-05-02 10:11:12,345 200 GET /app (172.17.0.1) 12.40ms'].join('\n'),
  },
  {
    source: 'guard: a traceback under an error-level record is the crash',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-tornado-error-traceback',
    text: [
      '$ docker run --rm -it jupyter/base-notebook',
      '[C 2023-01-10 10:01:02.345 ServerApp] Bad config encountered during initialization:',
      'Traceback (most recent call last):',
      '  File "/opt/conda/bin/jupyter-lab", line 10, in <module>',
      'ValueError: bad config',
    ].join('\n'),
  },
  {
    source: "guard: Tornado's access line from loopback says nothing of Docker's forward",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-tornado-access-loopback',
    text: ['$ docker logs viz', '2024-05-02 10:11:12,345 200 GET /app (127.0.0.1) 12.40ms'].join('\n'),
  },
];

const renamedRows: Row[] = [
  {
    source: 'moby daemon/names.go: one container a name; the later detached run under the same --name, host networking, its own command',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'same-name-later-host-network',
    text: [
      'docker run -p 7860:7860 --name tts -d --gpus all tts-image tail -f /dev/null',
      '',
      'docker run --network host --name tts -d --gpus all tts-image tail -f /dev/null',
    ].join('\n'),
  },
  {
    source: 'guard: a later run under another name with a command of its own is no later try of the first',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-other-name-later',
    text: [
      'docker run -p 7860:7860 --name tts -d --gpus all tts-image tail -f /dev/null',
      '',
      'docker run --network host --name probe -d busybox sleep 3600',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a run line laid out at the margin', marginRows],
  ['a loopback start line that says Starting or an address key', startRows],
  ["a listing's header quoted lazily", lazyRows],
  ["docker info's figures indented", infoRows],
  ["a container's thread refused (EPERM)", epermRows],
  ['one start line per interface', interfaceRows],
  ["a writer's elision with a note", elisionRows],
  ["Compose v1's listing without Command", v1Rows],
  ['an interactive run that entered its container', enteredRows],
  ["Tornado's log records", tornadoRows],
  ['a later run under the same --name', renamedRows],
];

describe.each(families)('cw189 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
