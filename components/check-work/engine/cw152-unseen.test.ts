/*
 * cw152 (stop 51): holdout134's misses, by class, each row a short paste on a real program's or writer's format (`source` names
 * it), never a holdout paste:
 * - `docker ps --format` rows copied without the command that printed them (ps-template.ts headlessRows): the containers listed;
 * - notes that keep a command's output as a comment under it with their own label (`# Result: …`, `# Output: …`; normalize.ts);
 * - a listing's row retold after the command named in a sentence (`docker compose ps says: db   Exited (1) 3 minutes ago`; read.ts);
 * - a docker client in a container that could not resolve its DOCKER_HOST on Docker's embedded DNS (127.0.0.11), at networks;
 * - nginx's own `[emerg]` lookup copied alone beside a listing where exactly one container stopped with an error, at networks.
 * Rows whose id starts "guard" must keep their answer (each was run before the change and kept as it answered then).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const csv = ['ghcr.io/acme/shop:1.4,shop-api,0.0.0.0:8050->8000/tcp', 'postgres:16,shop-db,5432/tcp'].join('\n');
const tabs = ['web-frontend\tnginx:1.25\t0.0.0.0:8050->80/tcp', 'api\tmyorg/api:2.1\t0.0.0.0:5000->5000/tcp'].join('\n');
const spaced = ['nginx:latest        0.0.0.0:8050->80/tcp', 'redis:7             6379/tcp'].join('\n');

const headlessRowsCases: Row[] = [
  {
    source: 'docker/cli formatter: `docker ps --format "{{.Image}},{{.Names}},{{.Ports}}"` (no table: no header), its command not copied',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'csv-image-name-ports-holder',
    text: `The stack now:\n\n${csv}\n`,
  },
  {
    source: 'the same rows: none of them is dash-app',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'csv-image-name-ports-running',
    text: `The stack now:\n\n${csv}\n`,
  },
  {
    source: 'docker/cli formatter: `{{.Names}}\\t{{.Image}}\\t{{.Ports}}`, the names first (an image told by its tag or registry path)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'tabs-names-image-ports-holder',
    text: `Containers on the box:\n\n${tabs}\n`,
  },
  {
    source:
      'docker/cli formatter: `{{.Image}}  {{.Ports}}` rows in a fenced block, no names at all: the one publishing may be dash-app, 8050 to 80',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'spaced-image-ports-published',
    text: `\`\`\`\n${spaced}\n\`\`\``,
  },
  {
    source: 'one row alone: no listing read off it (two rows at least)',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-one-row',
    text: 'web-frontend\tnginx:1.25\t0.0.0.0:8050->80/tcp\n',
  },
  {
    source: "rows naming the lesson's container: never read without their command (no ok from them)",
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-rows-name-dash-app',
    text: 'dash-app,e4l-python-graph,0.0.0.0:8050->8050/tcp\nredis,redis:7,6379/tcp\n',
  },
  {
    source: "rows naming the lesson's container: at reach:running too",
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-rows-name-dash-app-running',
    text: 'dash-app,e4l-python-graph,0.0.0.0:8050->8050/tcp\nredis,redis:7,6379/tcp\n',
  },
  {
    source: 'rows inside prose, no blank line or fence around them: no whole block (the answer it had)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-rows-in-prose',
    text: `Here is what I see:\n${spaced}\nand then it hangs\n`,
  },
];

const labelRows: Row[] = [
  {
    source:
      'notes keeping each output as a comment under its command with an `# Output:` label (docker/cli port.go `PORT/PROTO -> HOST:PORT`)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'output-label-port',
    text: [
      '```bash',
      '# check the mapping',
      'docker port web',
      '# Output: 8000/tcp -> 0.0.0.0:8050',
      '',
      '# check it runs',
      'docker ps --filter name=web',
      '# Output: web Up 3 minutes',
      '```',
    ].join('\n'),
  },
  {
    source: 'the same label: docker port of another container, not dash-app',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'output-label-other-container',
    text: [
      '```bash',
      'docker port web',
      '# Result: 8000/tcp -> 0.0.0.0:8050',
      '',
      'docker ps --filter name=web',
      '# Result: web Up 3 minutes',
      '```',
    ].join('\n'),
  },
  {
    source: 'the label quoted in a sentence, no command line above it: nothing read (no ok)',
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-label-quoted-in-sentence',
    text: 'The guide says to expect "# Result: 8050/tcp -> 0.0.0.0:8050" after docker port dash-app.',
  },
  {
    source: "the label's output cut short (`0.0.`): no port read, no ok",
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-label-cut',
    text: ['```bash', 'docker port dash-app', '# Result: 8050/tcp -> 0.0.', '', 'curl localhost:8050', '# Result: (cut)', '```'].join('\n'),
  },
  {
    source: "the label's words around the port (the writer's sentence): no port line, no ok",
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-label-sentence',
    text: [
      '```bash',
      'docker port dash-app',
      '# Result: it printed 8050/tcp -> 0.0.0.0:8050 I think',
      '',
      'docker ps',
      '# Result: see above',
      '```',
    ].join('\n'),
  },
  {
    source: "moby's `No such container` under the label: the error, no ok",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-label-error',
    text: [
      '```bash',
      'docker port dash-app',
      '# Result: Error response from daemon: No such container: dash-app',
      '',
      'docker ps',
      '# Result: nothing',
      '```',
    ].join('\n'),
  },
  {
    source: "another container's mapping at 8050 under the label: not dash-app's, no ok",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-label-another-container',
    text: [
      '```bash',
      'docker port api',
      '# Result: 8050/tcp -> 0.0.0.0:8050',
      '',
      'docker ps --filter name=api',
      '# Result: api Up 2 minutes',
      '```',
    ].join('\n'),
  },
];

const toldRows: Row[] = [
  {
    source: "moby container/state.go State.String `Exited (%d) %s ago` retold after `docker compose ps says:` with the service's name",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'told-compose-ps-exited',
    text: 'Symptom:\ndocker compose ps says: db   Exited (1) 3 minutes ago\n',
  },
  {
    source: 'the same, at reach:running: that container exited',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'told-compose-ps-exited-running',
    text: 'Symptom:\ndocker compose ps says: db   Exited (1) 3 minutes ago\n',
  },
  {
    source: 'the state told in words, no STATUS cell: nothing read',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-told-in-words',
    text: 'Symptom: docker-compose ps shows the backend restarting every few seconds\n',
  },
];

const lookupRows: Row[] = [
  {
    source:
      'moby client/request.go "error during connect: %w" with Go net/dnsclient_unix.go `lookup NAME on 127.0.0.11:53: no such host` (a client in a container, dind)',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'embedded-dns-dind',
    text: '+ docker info\nerror during connect: Get "http://dind:2375/v1.43/info": dial tcp: lookup dind on 127.0.0.11:53: no such host\n',
  },
  {
    source: 'the same line at lesson 3: the daemon not reached (cw28)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-embedded-dns-install',
    text: '+ docker info\nerror during connect: Get "http://dind:2375/v1.43/info": dial tcp: lookup dind on 127.0.0.11:53: no such host\n',
  },
  {
    source: "a host's resolver (8.8.8.8), not Docker's embedded DNS: the daemon not reached",
    check: 'networks',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-host-resolver',
    text: '+ docker info\nerror during connect: Get "https://docker:2376/v1.43/info": dial tcp: lookup docker on 8.8.8.8:53: no such host\n',
  },
  {
    source: "the embedded DNS line beside docker's own `Cannot connect to the Docker daemon`: the daemon not reached",
    check: 'networks',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-embedded-dns-and-socket',
    text: [
      '+ docker info',
      'error during connect: Get "http://dind:2375/v1.43/info": dial tcp: lookup dind on 127.0.0.11:53: no such host',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
];

const v1ps = (api: string) =>
  [
    'It fails with',
    '`nginx: [emerg] host not found in upstream "api" in /etc/nginx/conf.d/app.conf:12`',
    '',
    '```',
    '$ docker-compose ps',
    '     Name                   Command               State           Ports',
    '---------------------------------------------------------------------------------',
    `shop_api_1     python app.py                    ${api}`,
    'shop_proxy_1   /docker-entrypoint.sh ngin ...   Exit 1',
    '```',
  ].join('\n');

const emergRows: Row[] = [
  {
    source: 'nginx src/core/nginx.c (exits at start on [emerg]) copied alone above Compose v1 ps, only the proxy stopped',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'lone-emerg-one-stopped',
    text: v1ps('Up      5000/tcp'),
  },
  {
    source: 'the same at lesson 7: the proxy stopped (CONVENTIONS §2.6)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-lone-emerg-compose',
    text: v1ps('Up      5000/tcp'),
  },
  {
    source: 'two containers stopped with an error: the [emerg] is no one container’s, the stopped service stays first',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-lone-emerg-two-stopped',
    text: v1ps('Exit 1'),
  },
];

const families: [string, Row[]][] = [
  ['docker ps --format rows without their command', headlessRowsCases],
  ["a notes' label before the output kept as a comment", labelRows],
  ["a listing's row retold after its command in a sentence", toldRows],
  ["a client's failed lookup on Docker's embedded DNS", lookupRows],
  ["nginx's [emerg] lookup copied alone", emergRows],
];

describe.each(families)('cw152 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
