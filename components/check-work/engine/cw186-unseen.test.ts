/*
 * cw186 (stop 58): holdout183's and holdout184's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - Jekyll's own `Server address:` line beside its other topic lines (lib/jekyll/commands/serve.rb), a later start standing;
 * - a logger's start message with its fields as one JSON object (code-server 1.x's @coder/logger, winston's simple format);
 * - nginx's debug line for each listening socket (src/core/ngx_connection.c `bind() %V #%d `);
 * - apt refusing containerd.io, or listing docker-ce's dependency as not installable: nothing installed;
 * - systemctl refusing a masked docker unit: the daemon cannot start;
 * - Docker 1.x's iptables refusal without its parenthesis (no DOCKER chain): the container did not start;
 * - the pre-1.13 "Cannot connect … on this host?" under a run typed without sudo, after the same run under sudo printed output.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const jekyllOut = (address: string) =>
  [
    'Configuration file: /srv/jekyll/_config.yml',
    '            Source: /srv/jekyll',
    '       Destination: /srv/jekyll/_site',
    ' Incremental build: disabled. Enable with --incremental',
    '      Generating...',
    '                    done in 0.412 seconds.',
    " Auto-regeneration: enabled for '/srv/jekyll'",
    `    Server address: ${address}`,
    '  Server running... press ctrl-c to stop.',
  ].join('\n');

const jekyllRows: Row[] = [
  {
    source: 'jekyll lib/jekyll/commands/serve.rb start_up_webrick "Server address:", its default host 127.0.0.1, under the run line',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'jekyll-default-host-run',
    text: [
      '$ docker run --rm -p 4000:4000 -v "$PWD:/srv/jekyll" my-site bundle exec jekyll serve',
      jekyllOut('http://127.0.0.1:4000/'),
    ].join('\n'),
  },
  {
    source: 'jekyll serve.rb, its default host, at listening',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'jekyll-default-host-listening',
    text: ['$ docker logs site', jekyllOut('http://127.0.0.1:4000/')].join('\n'),
  },
  {
    source: 'jekyll serve.rb with --host 0.0.0.0 (the jekyll/jekyll image), another port',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'jekyll-all-4000',
    text: ['$ docker logs site', jekyllOut('http://0.0.0.0:4000/')].join('\n'),
  },
  {
    source: 'jekyll 3.7+ serve.rb with --livereload: `LiveReload address:` is its reload server, not the site',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'jekyll-livereload-beside',
    text: [
      '$ docker logs site',
      'Configuration file: /srv/jekyll/_config.yml',
      " Auto-regeneration: enabled for '/srv/jekyll'",
      'LiveReload address: http://0.0.0.0:35729',
      '    Server address: http://127.0.0.1:4000/',
      '  Server running... press ctrl-c to stop.',
      '        LiveReload: Browser connected',
    ].join('\n'),
  },
  {
    source: 'two starts of jekyll serve, loopback then --host 0.0.0.0: the later start stands',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'jekyll-later-start-all',
    text: ['$ docker logs site', jekyllOut('http://127.0.0.1:4000/'), '^C', jekyllOut('http://0.0.0.0:4000/')].join('\n'),
  },
  {
    source: 'two starts of jekyll serve, --host 0.0.0.0 then bundle exec on its default host: the later start stands',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'jekyll-later-start-loop',
    text: ['$ docker logs site', jekyllOut('http://0.0.0.0:4000/'), '^C', jekyllOut('http://127.0.0.1:4000/')].join('\n'),
  },
  {
    source: "a client's own print of the server it uses (Python's print('Server address:', …)), no Jekyll topic line",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-server-address-no-jekyll',
    text: ['$ python client.py', 'Server address: http://127.0.0.1:8050', 'Filename: data.csv'].join('\n'),
  },
  {
    source: "Jekyll's line retold in a sentence with a word of saying: not read as Jekyll's own (never an ok)",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-jekyll-line-retold-8050',
    text: ['Configuration file: /srv/jekyll/_config.yml', 'It says "Server address: http://0.0.0.0:8050/" but nothing opens.'].join('\n'),
  },
  {
    source:
      'jekyll serve.rb at 8050 on every address, then WEBrick refusing the port (`Address already in use - bind(2)`, not read): no ok',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-jekyll-then-in-use',
    text: [
      '$ docker logs site',
      jekyllOut('http://0.0.0.0:8050/'),
      'jekyll 3.8.5 | Error:  Address already in use - bind(2) for 0.0.0.0:8050',
    ].join('\n'),
  },
  {
    source: 'the same start at 8050, then a later docker ps -a with the container exited: the later state, no ok',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-jekyll-all-8050-then-exited',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      jekyllOut('http://0.0.0.0:8050/'),
      '$ docker ps -a',
      'CONTAINER ID   IMAGE      COMMAND                  CREATED         STATUS                     PORTS     NAMES',
      'a1b2c3d4e5f6   dash-app   "jekyll serve --host…"   2 minutes ago   Exited (1) 5 seconds ago             dash-app',
    ].join('\n'),
  },
  {
    source: 'jekyll output at lesson 3 (install): not a Docker answer',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-jekyll-at-install',
    text: jekyllOut('http://127.0.0.1:4000/'),
  },
  {
    source: "jekyll serve.rb at 8050 on every address (the jekyll/jekyll image's --host 0.0.0.0), the lesson's run line and docker ps",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'jekyll-all-8050-ok-probe',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND                  CREATED         STATUS         PORTS                                       NAMES',
      'a1b2c3d4e5f6   dash-app   "jekyll serve --host…"   5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp, :::8050->8050/tcp   dash-app',
      '$ docker logs dash-app',
      jekyllOut('http://0.0.0.0:8050/'),
    ].join('\n'),
  },
];

const fieldRows: Row[] = [
  {
    source: 'coder/code-server 1.x packages/server/src/cli.ts logger.info("Starting webserver...", field("host"), field("port"))',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'code-server-all-8443',
    text: [
      '$ docker logs code',
      'INFO  code-server v1.939',
      'INFO  Starting shared process [1/5]...',
      'INFO  Starting webserver... {"host":"0.0.0.0","port":8443}',
      'WARN  No certificate specified. This could be insecure.',
    ].join('\n'),
  },
  {
    source: 'code-server 1.x with --host 127.0.0.1',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'code-server-loopback-run',
    text: [
      '$ docker run -it -p 8443:8443 codercom/code-server --host 127.0.0.1',
      'INFO  code-server v1.939',
      'INFO  Starting webserver... {"host":"127.0.0.1","port":8443}',
    ].join('\n'),
  },
  {
    source: 'winston logform simple.js `${level}: ${message} ${stringify(rest)}`, an Express app on its default loopback',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'winston-simple-loopback',
    text: ['$ docker logs api', 'info: Server started {"host":"localhost","port":3000}'].join('\n'),
  },
  {
    source: "a logger's line with a client's fields (no word of starting): the database it connects to",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-fields-client-connect',
    text: ['$ docker logs api', 'info: Connecting to database {"host":"127.0.0.1","port":5432}'].join('\n'),
  },
  {
    source: 'the same start message at a warning level is no start line the reader takes',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-fields-warn-level',
    text: ['$ docker logs code', 'WARN  Starting webserver... {"host":"127.0.0.1","port":8443}'].join('\n'),
  },
];

const nginxRows: Row[] = [
  {
    source: 'nginx src/core/ngx_connection.c ngx_open_listening_sockets debug "bind() %V #%d ", under -p 80:80 and curl (56)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'nginx-debug-bind-8080',
    text: [
      '$ docker run -d -p 80:80 my-nginx',
      '$ curl http://localhost',
      'curl: (56) Recv failure: Connection reset by peer',
      '$ docker logs my-nginx',
      '2024/03/01 10:00:00 [debug] 1#1: bind() 0.0.0.0:8080 #6 ',
      '2024/03/01 10:00:00 [notice] 1#1: nginx/1.25.4',
      '2024/03/01 10:00:00 [notice] 1#1: start worker processes',
    ].join('\n'),
  },
  {
    source: "nginx's emerg when the bind fails (ngx_connection.c: `bind() to %V failed`): the port's answer stays",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-nginx-bind-failed',
    text: [
      '$ docker logs my-nginx',
      '2024/03/01 10:00:00 [emerg] 1#1: bind() to 0.0.0.0:8050 failed (98: Address already in use)',
      'nginx: [emerg] bind() to 0.0.0.0:8050 failed (98: Address already in use)',
    ].join('\n'),
  },
];

const aptRows: Row[] = [
  {
    source: "apt-private/private-cacheset.cc canNotFindCandidateVer for containerd.io (Docker's repository has none for the release)",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'apt-containerd-no-candidate',
    text: [
      '$ sudo apt-get install docker-ce docker-ce-cli containerd.io',
      'Reading package lists... Done',
      'Building dependency tree',
      'Reading state information... Done',
      'Package containerd.io is not available, but is referred to by another package.',
      "E: Package 'containerd.io' has no installation candidate",
    ].join('\n'),
  },
  {
    source: "apt-private/private-output.cc ShowBroken: docker-ce's dependency not installable",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'apt-docker-ce-unmet',
    text: [
      '$ sudo apt-get install docker-ce',
      'The following packages have unmet dependencies:',
      ' docker-ce : Depends: containerd.io (>= 1.4.1) but it is not installable',
      'E: Unable to correct problems, you have held broken packages.',
    ].join('\n'),
  },
  {
    source: "another package's unmet dependency: nothing of Docker's named",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-apt-other-unmet',
    text: [
      '$ sudo apt-get install nginx',
      'The following packages have unmet dependencies:',
      ' nginx : Depends: nginx-core (>= 1.18.0) but it is not going to be installed',
      'E: Unable to correct problems, you have held broken packages.',
    ].join('\n'),
  },
];

const maskedRows: Row[] = [
  {
    source: 'systemd transaction.c BUS_ERROR_UNIT_MASKED "Unit %s is masked.", printed by systemctl start',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'systemctl-docker-masked',
    text: ['$ sudo systemctl start docker', 'Failed to start docker.service: Unit docker.service is masked.'].join('\n'),
  },
  {
    source: 'the same, then unmasked and started: docker version answers (the later state)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-masked-then-unmasked',
    text: [
      '$ sudo systemctl start docker',
      'Failed to start docker.service: Unit docker.service is masked.',
      '$ sudo systemctl unmask docker.service docker.socket',
      '$ sudo systemctl start docker',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           27.3.1',
      ' API version:       1.47',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          27.3.1',
      '  API version:      1.47 (minimum version 1.24)',
    ].join('\n'),
  },
  {
    source: "another unit masked (containerd's own), nothing of docker's",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-other-unit-masked',
    text: ['$ sudo systemctl start containerd', 'Failed to start containerd.service: Unit containerd.service is masked.'].join('\n'),
  },
];

const iptablesOld =
  'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (3f2a9c1d0b7e): iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 8050 -j DNAT --to-destination 172.17.0.2:8050 ! -i docker0: iptables: No chain/target/match by that name.';
const firewallRows: Row[] = [
  {
    source: 'moby 1.x libnetwork iptables.go Raw `iptables failed: iptables %v: %s (%s)` inside endpoint.go, no parenthesis before it',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'iptables-no-chain-1x',
    text: ['$ docker run -d -p 8050:8050 --name web dash-app', iptablesOld, ' (exit status 1).'].join('\n'),
  },
  {
    source: 'the same at install: the daemon answered, the container did not start',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-iptables-no-chain-1x-install',
    text: ['$ docker run -d -p 8050:8050 --name web dash-app', iptablesOld, ' (exit status 1).'].join('\n'),
  },
];

const oldConnect = 'Cannot connect to the Docker daemon. Is the docker daemon running on this host?';
const sudoRows: Row[] = [
  {
    source: 'docker/engine-api client/errors.go ErrConnectionFailed (before 1.13) after the same run under sudo printed its output',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'old-connect-after-sudo-run',
    text: [
      'sudo docker run --rm alpine whoami',
      '[sudo] password for ana:',
      'root',
      'docker run --rm alpine whoami',
      `docker: ${oldConnect}`,
    ].join('\n'),
  },
  {
    source: "NVIDIA nvidia-docker 1.x's wrapper, its log prefix before the same error",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'nvidia-docker-old-connect-after-sudo',
    text: [
      'sudo nvidia-docker run --rm nvidia/cuda nvidia-smi -L',
      'GPU 0: Tesla K80 (UUID: GPU-1a2b3c4d)',
      'nvidia-docker run --rm nvidia/cuda nvidia-smi -L',
      `nvidia-docker | 2017/01/10 10:00:00 Error: ${oldConnect}`,
    ].join('\n'),
  },
  {
    source: 'the error with no sudo run before it',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-old-connect-alone',
    text: ['docker run --rm alpine whoami', `docker: ${oldConnect}`].join('\n'),
  },
  {
    source: 'the sudo run failed as well: no answer of the daemon',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-old-connect-sudo-failed',
    text: ['sudo docker run --rm alpine whoami', `docker: ${oldConnect}`, 'docker run --rm alpine whoami', `docker: ${oldConnect}`].join(
      '\n',
    ),
  },
  {
    source: "17.x's wording with the socket's address (permission has its own words since 1.13)",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-new-connect-after-sudo',
    text: [
      'sudo docker run --rm alpine whoami',
      'root',
      'docker run --rm alpine whoami',
      'docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?.',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Jekyll's Server address line", jekyllRows],
  ["a logger's start message with JSON fields", fieldRows],
  ["nginx's debug bind line", nginxRows],
  ['apt refusing containerd.io or docker-ce', aptRows],
  ['systemctl refusing a masked docker unit', maskedRows],
  ["Docker 1.x's iptables refusal", firewallRows],
  ['an old "Cannot connect" after a sudo run answered', sudoRows],
];

describe.each(families)('cw186 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
