/*
 * cw182 (stop 58): holdout177's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - the ssh helper's stderr (docker/cli commandconn.go handleEOF `… installed on the remote host: stderr=%s`) naming the remote
 *   shell's missing docker: this host's docker ran, the remote daemon was not reached → daemon-not-running, not docker-not-found;
 * - the client's request answered by something that is no HTTP server (Go's net/http `HTTP/1.x transport connection broken:
 *   malformed HTTP …` under moby's `error during connect:`) → daemon-not-running;
 * - the daemon's name not resolved in the resolver's other words (Go's `server misbehaving`, the cgo resolver's gai_strerror:
 *   musl's `Try again`, glibc's `Temporary failure in name resolution`) → daemon-not-running; at networks a lookup that names no
 *   server, of a one-label name, is Docker's embedded DNS (CONVENTIONS §2.6 stop 51) → upstream-host-not-found;
 * - a CI job's own daemon that never came up (GitLab Runner's `*** WARNING: Service …-docker-0 probably didn't start properly.` for
 *   a dind service, the dind images' `dockerd is not running after max time`) → daemon-not-running;
 * - a refusal at a host port the one listed container publishes to another port than 8050 → the forward's answer at reach:listening.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const helperError = (stderr: string) =>
  'error during connect: Get "http://docker.example.com/v1.45/containers/json": command [ssh -o ConnectTimeout=30 -T -l deploy -- ' +
  `10.0.0.7 docker system dial-stdio] has exited with exit status 127, make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=${stderr}`;

const sshRows: Row[] = [
  {
    source: "docker/cli 23+ commandconn.go handleEOF (no `please`), bash -c's `bash: line 1: docker: command not found` as stderr",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'ssh-helper-remote-bash-not-found',
    text: ['$ docker context use build-box', 'build-box', '$ docker ps', helperError('bash: line 1: docker: command not found')].join('\n'),
  },
  {
    source: "the same with dash's `sh: 1: docker: not found` (a Debian account whose shell is /bin/sh)",
    check: 'reach:running',
    want: ['problem', 'daemon-not-running'],
    id: 'ssh-helper-remote-dash-not-found',
    text: ['$ docker -H ssh://deploy@10.0.0.7 ps', helperError('sh: 1: docker: not found')].join('\n'),
  },
  {
    source: "Go's `stderr=%s` over two lines: ssh's known-hosts warning first, then the remote zsh's `zsh:1: command not found: docker`",
    check: 'run',
    want: ['problem', 'daemon-not-running'],
    id: 'ssh-helper-remote-stderr-two-lines',
    text: [
      '$ DOCKER_HOST=ssh://deploy@10.0.0.7 docker run -d --name dash-app -p 8050:8050 dash-app',
      helperError("Warning: Permanently added '10.0.0.7' (ED25519) to the list of known hosts."),
      'zsh:1: command not found: docker',
    ].join('\n'),
  },
  {
    source: "docker/cli before 23.0 (`please make sure …`), Windows' PowerShell prompt, the remote's bash 4",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'ssh-helper-please-bash4',
    text: [
      'PS C:\\Users\\me> docker -H ssh://pi@raspberrypi.local version',
      'error during connect: Get "http://docker/v1.41/version": command [ssh -l pi -- raspberrypi.local docker system dial-stdio] has exited with exit status 127, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=bash: docker: command not found',
    ].join('\n'),
  },
  {
    source: "the local shell's own `zsh: command not found: docker`, no helper: this host has no docker",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'guard-local-zsh-not-found',
    text: ['$ docker version', 'zsh: command not found: docker'].join('\n'),
  },
  {
    source: "the helper's error, a blank line, then the local shell's own refusal of another program's `docker` in a script",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'guard-local-not-found-after-blank',
    text: [
      '$ ./deploy.sh',
      helperError('bash: line 1: docker: command not found'),
      '',
      './deploy.sh: line 12: docker: command not found',
    ].join('\n'),
  },
];

const malformedRows: Row[] = [
  {
    source:
      "Go net/http response.go ReadResponse `malformed HTTP response` (a remote .bashrc's echo in the ssh helper's stream) under moby's `error during connect:`",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'malformed-response-ssh-bashrc',
    text: [
      '$ export DOCKER_HOST=ssh://ubuntu@203.0.113.9',
      '$ docker info',
      'Client:',
      ' Version:    24.0.7',
      ' Context:    default',
      '',
      'Server:',
      'ERROR: error during connect: Get "http://docker.example.com/v1.43/info": net/http: HTTP/1.x transport connection broken: malformed HTTP response "Welcome"',
    ].join('\n'),
  },
  {
    source: "an sshd's banner behind a tcp:// DOCKER_HOST at port 22: `malformed HTTP status code` of the banner's second word",
    check: 'reach:running',
    want: ['problem', 'daemon-not-running'],
    id: 'malformed-status-sshd-banner',
    text: [
      '$ docker -H tcp://198.51.100.4:22 ps',
      'error during connect: Head "http://198.51.100.4:22/_ping": net/http: HTTP/1.x transport connection broken: malformed HTTP status code "Ubuntu-3ubuntu0.10"',
    ].join('\n'),
  },
  {
    source:
      "the daemon's own answer about a registry that speaks TLS (`Error response from daemon: Get http://…:5000/v2/: … malformed HTTP response`): the daemon answered",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-daemon-registry-malformed',
    text: [
      '$ docker pull 172.19.19.16:5000/nginx:alpine',
      'Error response from daemon: Get "http://172.19.19.16:5000/v2/": net/http: HTTP/1.x transport connection broken: malformed HTTP response "\\x15\\x03\\x01\\x00\\x02\\x02"',
    ].join('\n'),
  },
  {
    source: 'the same client error, then the remote login fixed and `docker version` answering with its Server part: the later state',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-malformed-then-server',
    text: [
      '$ docker -H ssh://ubuntu@203.0.113.9 version',
      'error during connect: Get "http://docker.example.com/v1.43/version": net/http: HTTP/1.x transport connection broken: malformed HTTP status code "pid"',
      '$ docker -H ssh://ubuntu@203.0.113.9 version',
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
];

const lookupRows: Row[] = [
  {
    source: "Go's pure resolver dnsclient_unix.go errServerMisbehaving, a dind service's name asked of the runner host's resolver",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'lookup-server-misbehaving',
    text: [
      '$ docker info',
      'error during connect: Get "http://docker:2375/v1.41/info": dial tcp: lookup docker on 10.0.0.2:53: server misbehaving',
    ].join('\n'),
  },
  {
    source: "Go's cgo resolver (cgo_unix.go) with glibc's gai_strerror EAI_AGAIN `Temporary failure in name resolution`",
    check: 'reach:running',
    want: ['problem', 'daemon-not-running'],
    id: 'lookup-glibc-temporary-failure',
    text: [
      '$ docker ps',
      'error during connect: Get "https://docker:2376/v1.43/containers/json": dial tcp: lookup docker: Temporary failure in name resolution',
    ].join('\n'),
  },
  {
    source: "musl's EAI_AGAIN `Try again` (an Alpine job image), at lesson 8's networks step: no server named, a one-label name",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'lookup-musl-try-again-networks',
    text: ['$ docker network ls', 'error during connect: Get "http://docker:2375/v1.24/networks": dial tcp: lookup docker: Try again'].join(
      '\n',
    ),
  },
  {
    source: "the same at install: the job's client reached no daemon",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'lookup-musl-try-again-install',
    text: ['$ docker network ls', 'error during connect: Get "http://docker:2375/v1.24/networks": dial tcp: lookup docker: Try again'].join(
      '\n',
    ),
  },
  {
    source: "stop 51: a resolver named that is not Docker's embedded DNS stays the daemon at networks (`on 8.8.8.8:53`)",
    check: 'networks',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-lookup-named-resolver-networks',
    text: [
      '$ docker network ls',
      'error during connect: Get "http://docker:2375/v1.24/networks": dial tcp: lookup docker on 8.8.8.8:53: no such host',
    ].join('\n'),
  },
  {
    source: 'a dotted host name (a remote machine, not a service on a network) with no server named stays the daemon at networks',
    check: 'networks',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-lookup-dotted-networks',
    text: [
      '$ docker network ls',
      'error during connect: Get "https://build.example.com:2376/v1.43/networks": dial tcp: lookup build.example.com: Temporary failure in name resolution',
    ].join('\n'),
  },
];

const runnerHead = [
  'Running with gitlab-runner 16.6.1 (f5da3c5a)',
  '  on docker-runner-1 xYz12AbC, system ID: s_0123456789ab',
  'Preparing the "docker" executor',
  'Using Docker executor with image docker:24.0.7 ...',
  'Starting service docker:24.0.7-dind ...',
  'Pulling docker image docker:24.0.7-dind ...',
  'Waiting for services to be up and running (timeout 30 seconds)...',
];

const ciRows: Row[] = [
  {
    source:
      "gitlab-runner executors/docker waitForServiceContainer: `*** WARNING: Service <container> probably didn't start properly.`, a docker:dind service (`…-docker-0`)",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'gitlab-dind-service-health-check',
    text: [
      ...runnerHead,
      "*** WARNING: Service runner-xyz12abc-project-42-concurrent-0-5f1e2d3c4b5a6978-docker-0 probably didn't start properly.",
      '',
      'Health check error:',
      'service "runner-xyz12abc-project-42-concurrent-0-5f1e2d3c4b5a6978-docker-0-wait-for-service" timeout',
      '',
      'Health check container logs:',
      '2023-12-01T10:00:00.000000000Z waiting for TCP connection to 172.17.0.3 on [2375 2376]...',
      '2023-12-01T10:00:00.100000000Z dialing 172.17.0.3:2376...',
    ].join('\n'),
  },
  {
    source: "a dind image of its own name (the slug keeps `dind`, `/` as `__`), the service's dockerd log cut by the copy",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'gitlab-own-dind-image-service',
    text: [
      'Starting service registry.example.com/ci/dind-custom:1.2 ...',
      'Waiting for services to be up and running...',
      '',
      "*** WARNING: Service runner-ab12cd34-project-7-concurrent-0-registry.example.com__ci__dind-custom-0 probably didn't start properly.",
      '',
      '2023-05-02T08:00:01.000000000Z time="2023-05-02T08:00:01.000000000Z" level=info msg="Starting up"',
    ].join('\n'),
  },
  {
    source: 'cruizba/ubuntu-dind startup.sh wait_for_process: `ERROR "$process is not running after max time"` after its retries',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'ubuntu-dind-startup-max-time',
    text: [
      '[INFO] Starting supervisor',
      '[INFO] Waiting for processes to be running',
      '[INFO] Process dockerd is not running yet. Retrying in 1 seconds',
      '[INFO] Waited 29 seconds of 30 seconds',
      '[ERROR] dockerd is not running after max time',
    ].join('\n'),
  },
  {
    source: 'actions-runner-dind\'s entrypoint (`echo "❌ dockerd is not running after max time"`)',
    check: 'reach:running',
    want: ['problem', 'daemon-not-running'],
    id: 'actions-runner-dind-max-time',
    text: ['🔄 Waiting for docker to be running', '❌ dockerd is not running after max time'].join('\n'),
  },
  {
    source: "the runner's warning for a postgres service: that service's program, not the job's daemon",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-gitlab-postgres-service',
    text: [
      'Starting service postgres:15 ...',
      'Waiting for services to be up and running (timeout 30 seconds)...',
      "*** WARNING: Service runner-xyz12abc-project-42-concurrent-0-5f1e2d3c4b5a6978-postgres-0 probably didn't start properly.",
      'Health check error:',
      'service "runner-xyz12abc-project-42-concurrent-0-5f1e2d3c4b5a6978-postgres-0-wait-for-service" timeout',
    ].join('\n'),
  },
  {
    source: "the dind service's warning, then the job's `docker info` with its Server part: the service came up later (GitLab's docs)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-gitlab-dind-warning-then-info',
    text: [
      ...runnerHead,
      "*** WARNING: Service runner-xyz12abc-project-42-concurrent-0-5f1e2d3c4b5a6978-docker-0 probably didn't start properly.",
      '$ docker info',
      'Client:',
      ' Version:    24.0.7',
      ' Context:    default',
      '',
      'Server:',
      ' Containers: 0',
      '  Running: 0',
      ' Images: 0',
      ' Server Version: 24.0.7',
    ].join('\n'),
  },
  {
    source: "a README's advice quoting the runner's warning as a condition (cw122's `If you see …`) under a docker version that answered",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-gitlab-warning-told-as-condition',
    text: [
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           24.0.7',
      ' API version:       1.43',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          24.0.7',
      '  API version:      1.43 (minimum version 1.12)',
      '',
      "If you see `*** WARNING: Service runner-abc-project-1-concurrent-0-docker-0 probably didn't start properly.`, raise wait_for_services_timeout in config.toml.",
    ].join('\n'),
  },
  {
    source: "the runner's warning cut by the copy before its verdict (`… probab`)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-gitlab-warning-cut',
    text: [...runnerHead, '*** WARNING: Service runner-abc-project-1-concurrent-0-docker-0 probab'].join('\n'),
  },
  {
    source: "startup.sh's retries, then its `dockerd is running`: no failure",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ubuntu-dind-started',
    text: [
      '[INFO] Waiting for processes to be running',
      '[INFO] Process dockerd is not running yet. Retrying in 1 seconds',
      '[INFO] Waited 1 seconds of 30 seconds',
      '[INFO] dockerd is running',
    ].join('\n'),
  },
];

const psOther = [
  '$ docker ps',
  'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                  NAMES',
  'a1b2c3d4e5f6   nginx:1.25     "/docker-entrypoint.…"   3 minutes ago   Up 3 minutes   0.0.0.0:8080->80/tcp   web',
];

const refusedRows: Row[] = [
  {
    source:
      "curl 7.79+ lib/connect.c `Failed to connect to %s port %d after %d ms: Connection refused` at the listed container's host port",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'refused-at-listed-forward',
    text: [
      ...psOther,
      '$ curl http://203.0.113.20:8080/',
      'curl: (7) Failed to connect to 203.0.113.20 port 8080 after 12 ms: Connection refused',
    ].join('\n'),
  },
  {
    source: "curl 7.68's wording without the time, Compose v1's ps layout with two fixed mappings",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'refused-at-v1-listed-forward',
    text: [
      '$ docker-compose ps',
      '    Name              Command          State                    Ports',
      '------------------------------------------------------------------------------------------',
      'shop_proxy_1   /docker-entrypoint.sh   Up      0.0.0.0:443->443/tcp, 0.0.0.0:80->80/tcp',
      '$ curl https://shop.example.org/',
      'curl: (7) Failed to connect to shop.example.org port 443: Connection refused',
    ].join('\n'),
  },
  {
    source: "a refusal at the lesson's 8050, which the listing does not publish: nothing there",
    check: 'reach:listening',
    want: ['problem', 'no-port-published'],
    id: 'guard-refused-at-unpublished-port',
    text: [
      ...psOther,
      '$ curl http://localhost:8050/',
      'curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused',
    ].join('\n'),
  },
  {
    source: "a refusal that names no port (Chrome's page: `localhost refused to connect.`, net_error_list.h's ERR_CONNECTION_REFUSED)",
    check: 'reach:listening',
    want: ['problem', 'no-port-published'],
    id: 'guard-refused-no-port',
    text: [...psOther, 'This site can’t be reached', 'localhost refused to connect.', 'ERR_CONNECTION_REFUSED'].join('\n'),
  },
  {
    source: 'the same listing and refusal at reach:published: the listing answers there (one other container, one app port)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-refused-at-listed-forward-published',
    text: [
      ...psOther,
      '$ curl http://203.0.113.20:8080/',
      'curl: (7) Failed to connect to 203.0.113.20 port 8080 after 12 ms: Connection refused',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["the ssh helper's stderr from the remote shell", sshRows],
  ['a reply that is no HTTP under the client', malformedRows],
  ["the daemon's name not resolved, in the resolver's other words", lookupRows],
  ["a CI job's own daemon that never came up", ciRows],
  ["a refusal at the listed container's forward", refusedRows],
];

describe.each(families)('cw182 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
