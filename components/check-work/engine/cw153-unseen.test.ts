/*
 * cw153 (stop 51): holdout133's and holdout135's misses, by class, each row a short paste on a real program's or writer's format
 * (`source` names it), never a holdout paste:
 * - the image's configuration blob not fetched (moby ImageConfigPullError) from wherever the registry redirects, in Go's net words;
 * - a Go error chain broken at its `: ` separators, each line keeping the space after the colon (a page's or a dialog's wrap);
 * - Windows' WSAEACCES text alone, no errno, no port: a bind refused (not after a connect);
 * - a listed publisher's udp mapping beside its one tcp mapping: one app port (a udp mapping does not count);
 * - a `| ` bar quoting a block (a mail's or reST's line block), not a Markdown table's row;
 * - git's die() inside a BuildKit step's plain progress (`#N t fatal: unable to access …`): the build failed;
 * - a page's text run onto one line, each `$ docker …` prompt after a sentence's end starting a line again;
 * - a client's host given as `$(docker-machine ip NAME)`: the VM's address Docker publishes on;
 * - Colima's own `colima is running using …`: Colima's word, no docker command answered (partial).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const blob = 'sha256/d2/d2c94e258dcb3c5ac2798d32e1249e42ef01cba4841c2234249495f87264ac5a';

const pullRows: Row[] = [
  {
    source:
      'moby distribution/pull_v2.go ImageConfigPullError ("error pulling image configuration: "), a CDN blob URL and Go\'s dial timeout',
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'config-blob-cdn-timeout',
    text: [
      '$ docker run hello-world',
      "Unable to find image 'hello-world:latest' locally",
      'latest: Pulling from library/hello-world',
      `docker: error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/${blob}/data?verify=1700000000-Zm9v: dial tcp 104.16.99.1:443: i/o timeout.`,
    ].join('\n'),
  },
  {
    source: 'the same error since Docker 20.10 (quoted URL, download retries), a TLS check failing at a proxy',
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    id: 'config-blob-quoted-x509-unknown-authority',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 python:3.12-slim',
      `docker: error pulling image configuration: download failed after attempts=6: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/${blob}/data": x509: certificate signed by unknown authority.`,
    ].join('\n'),
  },
  {
    source: 'guard: the configuration blob the registry answered with an error of its own (distribution errcode BLOB_UNKNOWN)',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-config-blob-unknown',
    text: 'error pulling image configuration: unknown blob',
  },
];

const bindRows: Row[] = [
  {
    source:
      "Docker Desktop's `Ports are not available: listen tcp …: bind: ` + WSAEACCES, broken at each `: ` (a dialog copied line by line)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'chain-wrapped-at-colons',
    text: [
      'docker: Error response from daemon: Ports are not available: ',
      'exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: ',
      'An attempt was made to access a socket in a way forbidden by its access permissions.',
    ].join('\n'),
  },
  {
    source: 'guard: a heading that ends in a colon without the space, then the next sentence (no wrap)',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-heading-colon-no-space',
    text: ['Error:', 'Nothing printed after this, the window closed.'].join('\n'),
  },
  {
    source: "Windows' FormatMessage text for WSAEACCES (10013) quoted alone in a code span, no errno, no port",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'wsaeacces-alone-code-span',
    text: 'What Docker Desktop says is `An attempt was made to access a socket in a way forbidden by its access permissions.`',
  },
  {
    source: "Go's bind on Windows (`listen tcp :8050: bind: ` then the text), the listen cut off above it",
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'wsaeacces-after-bind',
    text: 'bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
  },
  {
    source: "guard: Go's dial on Windows (`connectex: `) refused the same way: an outgoing connection, a registry not reached",
    check: 'reach:port-free',
    want: ['problem', 'registry-unreachable'],
    id: 'guard-wsaeacces-connectex',
    text: 'Get https://registry-1.docker.io/v2/: dial tcp: connectex: An attempt was made to access a socket in a way forbidden by its access permissions.',
  },
];

const header =
  'CONTAINER ID   IMAGE                COMMAND                  CREATED        STATUS        PORTS                                                       NAMES';
const udpRows: Row[] = [
  {
    source:
      'docker/cli formatter DisplayablePorts: a DNS server publishing 53/udp and its web admin on tcp, beside a database exposing 5432',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'udp-beside-one-tcp',
    text: [
      '$ docker ps',
      header,
      'b1c2d3e4f5a6   postgres:16          "docker-entrypoint.s…"   2 hours ago    Up 2 hours    5432/tcp                                                    db',
      'a1b2c3d4e5f6   pihole/pihole        "/s6-init"               2 hours ago    Up 2 hours    53/tcp, 0.0.0.0:53->53/udp, 0.0.0.0:8081->80/tcp            pihole',
    ].join('\n'),
  },
  {
    source: 'guard: two tcp mappings of one other container (docker/cli PORTS): several app ports, not dash-app',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-two-tcp-mappings',
    text: [
      '$ docker ps',
      header,
      'a1b2c3d4e5f6   nginx                "/docker-entrypoint.…"   2 hours ago    Up 2 hours    0.0.0.0:8080->80/tcp, 0.0.0.0:8443->443/tcp                 proxy',
    ].join('\n'),
  },
  {
    source: 'guard (probe): another container publishing 8050 -> 8050 on tcp beside a udp mapping is still not dash-app',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-other-8050-with-udp',
    text: [
      '$ docker ps',
      header,
      'a1b2c3d4e5f6   bind                 "/entrypoint"            2 days ago     Up 2 days     0.0.0.0:53->53/udp, 0.0.0.0:8050->8050/tcp                  web',
    ].join('\n'),
  },
];

const psRow = (name: string, ports = '0.0.0.0:8050->8050/tcp') =>
  `| 66fc6b8bd9cd   e4l-python-graph   "python app.py"   3 seconds ago   Up 3 seconds   ${ports}   ${name}`;
const psHead = '| CONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS                    NAMES';
const barRows: Row[] = [
  {
    source: "Docker's platform warning (daemon/create.go) quoted with a `| ` bar in an issue's plain text, an amd64 image on an arm64 host",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'bar-quoted-platform-warning',
    text: [
      'After `docker run` it said:',
      '',
      "| WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64) and no specific platform was requested",
    ].join('\n'),
  },
  {
    source: 'guard (probe): a bar-quoted docker ps of dash-app followed by the daemon refusing the port: the error answers',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-bar-ps-then-error',
    text: [
      psHead,
      psRow('dash-app'),
      '| docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app: Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
  {
    source: 'guard (probe): a bar-quoted row cut before PORTS and NAMES',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-bar-ps-cut',
    text: [psHead, '| 66fc6b8bd9cd   e4l-python-graph   "python app.py"   3 seconds ago   Up 3 seconds'].join('\n'),
  },
  {
    source: 'guard (probe): a bar-quoted row of another container publishing 8050',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-bar-ps-other-name',
    text: [psHead, psRow('web-app')].join('\n'),
  },
  {
    source: "guard: a Markdown table's rows (each ends in `|`) are no bar quote",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-markdown-table-rows',
    text: [
      '| CONTAINER ID | IMAGE | STATUS | PORTS | NAMES |',
      '| 66fc6b8bd9cd | e4l-python-graph | Up 3 seconds | 0.0.0.0:8050->8050/tcp | dash-app |',
    ].join('\n'),
  },
];

const buildRows: Row[] = [
  {
    source: "buildkit progressui plain printer (`#N t line`), git http.c `unable to access` with curl's reason, a clone in a RUN step",
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'buildkit-git-unable-to-access',
    text: [
      '$ docker compose up --build',
      '#7 [web 3/5] RUN git clone https://gitlab.com/acme/dash-tools.git',
      "#7 0.412 Cloning into 'dash-tools'...",
      "#7 20.51 fatal: unable to access 'https://gitlab.com/acme/dash-tools.git/': Failed to connect to gitlab.com port 443 after 20001 ms: Timeout was reached",
    ].join('\n'),
  },
  {
    source: "git remote-curl.c `repository '%s' not found` under a step's prefix",
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'buildkit-git-repo-not-found',
    text: [
      "#5 0.301 Cloning into '/src'...",
      '#5 1.204 remote: Repository not found.',
      "#5 1.206 fatal: repository 'https://github.com/acme/private-lib.git/' not found",
    ].join('\n'),
  },
  {
    source: "guard: git's own line in a terminal, no build step around it",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-git-fatal-terminal',
    text: [
      '$ git clone https://github.com/acme/dash-app.git',
      "fatal: unable to access 'https://github.com/acme/dash-app.git/': Could not resolve host: github.com",
    ].join('\n'),
  },
];

const flatRows: Row[] = [
  {
    source: "a README's stored text run onto one line (bash's `$ ` prompts kept), a run line publishing another container port",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'flat-readme-run-line',
    text: 'Dash demo Build it first: $ docker build -t dash-demo . Then start it with the command below. $ docker run -d -p 8050:5000 dash-demo Open the browser afterwards.',
  },
  {
    source: 'guard (probe): both prompts inside a quote a sentence opened, then the app line: a retelling, not the commands run',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-flat-prompts-in-quote',
    text: [
      'He wrote: "First this. $ docker build -t e4l-python-graph . Then this. $ docker run --name dash-app -p 8050:8050 e4l-python-graph and you will see it" but I have not run it yet',
      'Dash is running on http://0.0.0.0:8050/',
    ].join('\n'),
  },
  {
    source: 'guard (probe): a flattened page whose run line is followed by the daemon refusing the name: the error answers',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'guard-flat-then-error',
    text: 'Steps from the page: $ docker build -t e4l-python-graph . Then run it. $ docker run --name dash-app -p 8050:8050 e4l-python-graph and then it stopped with docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "3f2a".',
  },
  {
    source: 'guard (probe): a flattened page cut inside the run line, its -p unfinished',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-flat-cut',
    text: 'Steps from the page: $ docker build -t e4l-python-graph . Then run it. $ docker run --name dash-app -p 80',
  },
];

const machineRows: Row[] = [
  {
    source:
      "docker-machine's docs (`docker-machine ip NAME` prints the VM's address) in a URL, another machine's name, a page through -p 4000:80",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'machine-ip-backticks',
    text: [
      '$ docker run -d -p 4000:80 web-demo',
      '$ curl http://$(docker-machine ip dev):4000/',
      '<!DOCTYPE html><html><head><title>Demo</title></head><body>ok</body></html>',
    ].join('\n'),
  },
];

const colimaRows: Row[] = [
  {
    source: 'abiosoft/colima cmd/status.go (logrus Println `colima is running using %s`), a QEMU VM, nothing else',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'colima-status-qemu',
    text: [
      '$ colima status',
      'INFO[0000] colima is running using QEMU',
      'INFO[0000] arch: x86_64',
      'INFO[0000] runtime: docker',
      'INFO[0000] socket: unix:///Users/me/.colima/default/docker.sock',
    ].join('\n'),
  },
  {
    source: "guard (probe): Colima's status, then the learner's docker command cannot connect: the error answers",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-colima-status-then-cannot-connect',
    text: [
      '$ colima status',
      'INFO[0000] colima is running using QEMU',
      '$ docker version',
      'Cannot connect to the Docker daemon at unix:///Users/me/.colima/default/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
  {
    source: "guard: Colima's `colima is not running` (logrus Fatal) keeps its answer",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-colima-not-running',
    text: ['$ colima status', 'FATA[0000] colima is not running'].join('\n'),
  },
  {
    source: "guard (probe): Colima's status line retold in a sentence is no status",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-colima-status-retold',
    text: 'It printed that colima is running using QEMU, so I thought it was fine.',
  },
];

const families: [string, Row[]][] = [
  ["the image's configuration blob not fetched", pullRows],
  ["a Go error chain wrapped at its colons, Windows' WSAEACCES alone", bindRows],
  ["a udp mapping beside a publisher's one tcp mapping", udpRows],
  ['a `| ` bar quoting a block', barRows],
  ["git's die() inside a BuildKit step", buildRows],
  ["a page's text run onto one line with `$ ` prompts", flatRows],
  ["a client's host as docker-machine's address", machineRows],
  ["Colima's own status", colimaRows],
];

describe.each(families)('cw153 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
