/*
 * cw188 (stop 58): holdout134's and holdout112's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - a docker table commented under its command with the writer's caption between (`# Expected output:`): the command's table, and
 *   where the caption leads what one should see, never an ok (stop 49's lead comment);
 * - s6's supervisor that cannot spawn a service's ./run, again and again: the service never runs;
 * - a `docker run` told in a sentence with the container's one word after the image, or in square brackets; a sentence that starts
 *   with `docker logs` is no command line;
 * - a shell alias the paste defines for docker, then used for it;
 * - iputils ping's failed lookup after the writer's `Result:` label, in quotes;
 * - dockerd's own API port (2375, 2376) in a socket listing is no container's port left out of the listing.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const header = 'CONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS                    NAMES';
const dashRow = '3f2a1b9c8d7e   e4l-python-graph   "python app.py"   5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp   dash-app';
const grafanaRow = 'a1b2c3d4e5f6   grafana/grafana    "/run.sh"         2 minutes ago   Up 2 minutes   0.0.0.0:8050->3000/tcp   grafana';
const promRow = 'b2c3d4e5f6a7   prom/prometheus    "/bin/prometheus" 2 minutes ago   Up 2 minutes   0.0.0.0:9090->9090/tcp   prometheus';
const commented = (lines: string[]) => lines.map((l) => `# ${l}`);

const captionRows: Row[] = [
  {
    source: "docker/cli formatter's default table kept as comments under `docker ps`, the notes' `# Expected output:` caption between",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'expected-caption-other-holds-8050',
    text: [
      '```bash',
      'docker compose up -d',
      'docker ps',
      '',
      '# Expected output:',
      ...commented([header, grafanaRow, promRow]),
      '```',
    ].join('\n'),
  },
  {
    source: 'the same notes at "Is the container running?": two other containers listed',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'expected-caption-others-running',
    text: ['docker compose up -d', 'docker ps', '', '# Expected output:', ...commented([header, grafanaRow, promRow])].join('\n'),
  },
  {
    source: 'stop 49: a comment that leads what one should see makes the table its writer expects: never an ok',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'expected-caption-dash-app-no-ok',
    text: [
      'docker run -d --name dash-app -p 8050:8050 e4l-python-graph',
      'docker ps',
      '# Expected output:',
      ...commented([header, dashRow]),
    ].join('\n'),
  },
  {
    source: 'stop 49 the same, the table under the comment not commented',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'expected-caption-uncommented-no-ok',
    text: ['```bash', 'docker ps', '# Expected output:', header, dashRow, '```'].join('\n'),
  },
  {
    source: "cw102/cw152: an `# Output:` label alone is the command's output",
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'guard-output-caption-dash-app-ok',
    text: ['docker ps', '# Output:', ...commented([header, dashRow])].join('\n'),
  },
  {
    source: 'cw128: a heading that leads, then the table in a block of its own, is the output pasted',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'guard-heading-lead-own-block-ok',
    text: ['```bash', 'docker ps', '```', '', '#### Expected output:', '```', header, dashRow, '```'].join('\n'),
  },
];

const s6Rows: Row[] = [
  {
    source: 'skarnet/s6 src/supervision/s6-supervise.c trystart(): strerr_dieexec in the child, then "spawn ./run - waiting 10 seconds"',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 's6-spawn-loop-logs',
    text: [
      '$ docker logs rstudio',
      '[services.d] starting services',
      's6-supervise (child): fatal: unable to exec run: Permission denied',
      's6-supervise rstudio: warning: unable to spawn ./run - waiting 10 seconds',
      '[services.d] done.',
      's6-supervise (child): fatal: unable to exec run: Permission denied',
      's6-supervise rstudio: warning: unable to spawn ./run - waiting 10 seconds',
    ].join('\n'),
  },
  {
    source: "the same under Compose v2's `name-1  | ` prefix (cmd/formatter/logs.go)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 's6-spawn-loop-compose',
    text: [
      '$ docker compose logs plex',
      'plex-1  | s6-supervise (child): fatal: unable to exec run: Permission denied',
      'plex-1  | s6-supervise avahi: warning: unable to spawn ./run - waiting 10 seconds',
      'plex-1  | s6-supervise (child): fatal: unable to exec run: Permission denied',
      'plex-1  | s6-supervise avahi: warning: unable to spawn ./run - waiting 10 seconds',
    ].join('\n'),
  },
  {
    source: 'one warning is one try: no loop yet',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-s6-spawn-once',
    text: ['$ docker logs app', 's6-supervise app: warning: unable to spawn ./run - waiting 10 seconds'].join('\n'),
  },
  {
    source: 'one warning for each of two services: no service tried twice',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-s6-spawn-two-services-once',
    text: [
      '$ docker logs app',
      's6-supervise nginx: warning: unable to spawn ./run - waiting 10 seconds',
      's6-supervise php-fpm: warning: unable to spawn ./run - waiting 10 seconds',
    ].join('\n'),
  },
];

const toldRows: Row[] = [
  {
    source: 'docker/cli run.go NewRunCommand `run [OPTIONS] IMAGE [COMMAND] [ARG...]`: one word after the image, the sentence ending',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'told-run-command-word',
    text: 'I started it with docker run -d --name proxy -p 8888:8888 vimagick/tinyproxy ANY',
  },
  {
    source: 'the same at "Is port 8050 published?"',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'told-run-command-word-published',
    text: 'I started it with docker run -d --name proxy -p 8888:8888 vimagick/tinyproxy ANY',
  },
  {
    source: "the run line in a sentence, then a sentence starting `docker logs` with a sentence's words (no command line)",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'told-run-beside-said-logs',
    text: 'i ran docker run -d --name proxy -p 8888:8888 vimagick/tinyproxy\n\ndocker logs shows nothing,i do not know why.',
  },
  {
    source: 'a run line in square brackets in a sentence',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'bracket-run',
    text: 'I followed the docs [docker run -d -p 8080:80 --name web nginx] but the page does not open.',
  },
  {
    source: 'in the lenticular brackets of Chinese prose, `--network host` (the run line publishes nothing)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'lenticular-run-host-network',
    text: '按照文档运行了【docker run -d --network host --name web nginx】，但是打不开 localhost。',
  },
  {
    source: "a Markdown link's text is no run line",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-markdown-link-run',
    text: 'See [docker run -p 8080:80 nginx](https://docs.docker.com/engine/reference/run/) for the options.',
  },
  {
    source: "a sentence's words after the image are no command",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-told-run-sentence-words',
    text: 'I started it with docker run -d -p 8888:8888 vimagick/tinyproxy and then nothing',
  },
  {
    source: 'a real `docker logs NAME` command line stays one',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-logs-command-line',
    text: '$ docker logs proxy\nStarting tinyproxy\n$ docker run -d --name proxy -p 8888:8888 vimagick/tinyproxy',
  },
];

const aliasRows: Row[] = [
  {
    source: "bash builtins/alias.def `alias name=value`, the value docker: the alias' first word expanded before the line runs",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'alias-docker-run',
    text: ["$ alias d='docker'", '$ d run -d -p 9000:9000 --name ui portainer/portainer', 'f1e2d3c4b5a69788776655443322110'].join('\n'),
  },
  {
    source: 'an alias with sudo in its value',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'alias-sudo-docker-run',
    text: ["alias dk='sudo docker'", 'dk run --rm --name dash-app -p 8050:80 e4l-python-graph'].join('\n'),
  },
  {
    source: "PowerShell's Set-Alias (Microsoft.PowerShell.Utility) at its prompt",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'set-alias-docker-run',
    text: ['PS C:\\> Set-Alias d docker', 'PS C:\\> d run -d -p 8080:80 --name web nginx', '4c5d6e7f8a9b'].join('\n'),
  },
  {
    source: "an alias for another program's command is not docker's",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-alias-kubectl',
    text: ["alias k='kubectl'", 'k run nginx --image=nginx --port=80', 'pod/nginx created'].join('\n'),
  },
];

const pingRows: Row[] = [
  {
    source: 'iputils ping/ping.c `error(2, 0, "%s: %s", target, gai_strerror(ret))` after the writer\'s `Result:`, in quotes',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'ping-result-label-quoted',
    text: ['I exec into web and run `ping db`', 'Result: "ping: db: Name or service not known"'].join('\n'),
  },
  {
    source: "the same after `Output:`, glibc's EAI_AGAIN words, at compose",
    check: 'compose',
    want: ['problem', 'upstream-host-not-found'],
    id: 'ping-output-label',
    text: ['Inside the api container:', 'Output: ping: cache: Temporary failure in name resolution'].join('\n'),
  },
  {
    source: 'a dotted public name is no service (CONVENTIONS §2.6)',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ping-result-dotted-name',
    text: 'Result: "ping: example.com: Name or service not known"',
  },
  {
    source: 'the words inside a sentence, no label',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ping-in-sentence',
    text: 'I always get an error like ping: db: Name or service not known when the stack is down',
  },
];

const netstatHead = [
  '$ sudo netstat -tlnp',
  'Active Internet connections (only servers)',
  'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
  'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      812/sshd',
];
const psWhole = (row: string) => [
  '$ docker ps',
  'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES',
  row,
];
const apiRows: Row[] = [
  {
    source: "moby opts/hosts.go DefaultTLSHTTPPort 2376: net-tools netstat -p's `dockerd` at the daemon's TLS API port, a whole docker ps",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'dockerd-tls-api-port-whole-listing',
    text: [
      ...netstatHead,
      'tcp6       0      0 :::2376                 :::*                    LISTEN      1201/dockerd',
      ...psWhole(
        '885d4b467d29        grafana/grafana     "/run.sh"           2 minutes ago       Up 2 minutes        3000/tcp            grafana',
      ),
    ].join('\n'),
  },
  {
    source: 'the plain API port 2375 (DefaultHTTPPort) the same',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'dockerd-api-port-2375-whole-listing',
    text: [
      ...netstatHead,
      'tcp        0      0 0.0.0.0:2375            0.0.0.0:*               LISTEN      1201/dockerd',
      ...psWhole(
        '885d4b467d29        grafana/grafana     "/run.sh"           2 minutes ago       Up 2 minutes        3000/tcp            grafana',
      ),
    ].join('\n'),
  },
  {
    source: "cw84: Docker's proxy at a host port no listed container publishes: a container left out of the listing",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-docker-proxy-port-unlisted',
    text: [
      ...netstatHead,
      'tcp6       0      0 :::9292                 :::*                    LISTEN      2210/docker-proxy',
      ...psWhole(
        '885d4b467d29        grafana/grafana     "/run.sh"           2 minutes ago       Up 2 minutes        3000/tcp            grafana',
      ),
    ].join('\n'),
  },
  {
    source: "dockerd at another port than its API's (an old daemon's own proxy) stays unlisted",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-dockerd-other-port-unlisted',
    text: [
      ...netstatHead,
      'tcp6       0      0 :::9292                 :::*                    LISTEN      1201/dockerd',
      ...psWhole(
        '885d4b467d29        grafana/grafana     "/run.sh"           2 minutes ago       Up 2 minutes        3000/tcp            grafana',
      ),
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a commented table under the writer's caption", captionRows],
  ["s6's supervisor that cannot spawn ./run", s6Rows],
  ['a run line told with its command word or in brackets', toldRows],
  ['a shell alias for docker', aliasRows],
  ["ping's failed lookup after a label", pingRows],
  ["dockerd's own API port in a socket listing", apiRows],
];

describe.each(families)('cw188 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
