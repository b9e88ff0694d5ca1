/*
 * cw150 (stop 51, the lead's): lesson 5's and the "can't reach it" path's container started again. cw148's rule (a stopped row that
 * a later listing shows Up, after the paste's own `docker start`/`restart` or Compose `up`/`start`/`restart` between the two: the
 * later state, CONVENTIONS §2.0) answered at Compose's step only; pickContainer (diagnose-container.ts) read dash-app's first row, so
 * `docker ps -a` with dash-app `Exited`, `docker start dash-app`, then `docker ps` with it Up on 8050 was container-exited (a probe
 * after stop 50's merge). Each row a short paste on docker/cli's ps table (cli/command/formatter/container.go: CONTAINER ID, IMAGE,
 * COMMAND, CREATED, STATUS, PORTS, NAMES; `Exited (0) 2 minutes ago`, `Up 3 seconds`), never a holdout paste.
 * And a layer's download whose request failed, whatever Go's error after it (containerd core/remotes/docker/resolver.go request.do:
 * `failed to do request: %w`, under fetcher's `httpReadSeeker: failed open:`): Docker Desktop's proxy words before it and a CDN's
 * signed URL of 500 characters and more (holdout132's first run: a false ok at install and "Is port 8050 free?").
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');
const head = 'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS                     PORTS     NAMES';
const exited = (code: number, name = 'dash-app') =>
  `3f2a1b9c8d7e   dash-app   "python app.py"   5 minutes ago   Exited (${code}) 2 minutes ago             ${name}`;
const up = (name = 'dash-app') =>
  `3f2a1b9c8d7e   dash-app   "python app.py"   5 minutes ago   Up 3 seconds   0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp   ${name}`;
const startedThenUp = (start: string, code = 0) =>
  lines('$ docker ps -a', head, exited(code), `$ ${start}`, start.split(' ').at(-1)!, '$ docker ps', head, up());

const rows: Row[] = [
  { check: 'run', want: ['ok', 'healthy'], id: 'start-by-name', text: startedThenUp('docker start dash-app') },
  { check: 'reach:running', want: ['ok', 'healthy'], id: 'start-by-name-running', text: startedThenUp('docker start dash-app') },
  { check: 'reach:published', want: ['ok', 'healthy'], id: 'start-by-name-published', text: startedThenUp('docker start dash-app', 1) },
  { check: 'run', want: ['ok', 'healthy'], id: 'restart-by-id', text: startedThenUp('docker restart 3f2a1b9c8d7e', 137) },
  { check: 'run', want: ['ok', 'healthy'], id: 'container-start', text: startedThenUp('docker container start dash-app', 1) },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-up-then-no-start',
    // cw85: Exited then Up with nothing of the learner's between (a restart policy's loop): the stopped row stands.
    text: lines('$ docker ps -a', head, exited(1), '$ docker ps', head, up()),
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-start-then-exited-again',
    // Started, and listed stopped again: the later state is the stopped one.
    text: lines('$ docker ps -a', head, exited(1), '$ docker start dash-app', 'dash-app', '$ docker ps -a', head, exited(1)),
  },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-start-of-another',
    // A start of another container, and no later row of dash-app: its stopped row stands.
    text: lines('$ docker ps -a', head, exited(1), '$ docker start web', 'web'),
  },
];

const signed =
  'https://docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com/registry-v2/docker/registry/v2/blobs/sha256/aa/' +
  'a'.repeat(64) +
  '/data?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=' +
  'b'.repeat(40) +
  '%2F20251018%2Fauto%2Fs3%2Faws4_request&X-Amz-Date=20251018T042937Z&X-Amz-Expires=1200&X-Amz-SignedHeaders=host&X-Amz-Signature=' +
  'c'.repeat(64);
const failedOpen = (url: string, cause: string) =>
  `docker: failed to copy: httpReadSeeker: failed open: failed to do request: Get "${url}": ${cause}`;
const pull = [
  '$ docker run -p 8050:8050 python:3.12-slim',
  "Unable to find image 'python:3.12-slim' locally",
  '3.12-slim: Pulling from library/python',
];
const cdn = 'docker-images-prod.r2.cloudflarestorage.com';

const downloadRows: Row[] = [
  {
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'desktop-proxy-words-lookup',
    text: lines(
      ...pull,
      failedOpen(
        `https://${cdn}/registry-v2/docker/registry/v2/blobs/sha256/79/${'7'.repeat(64)}/data`,
        `dialing ${cdn}:443 container via direct connection because static system has no HTTPS proxy: connecting to ${cdn}:443: dial tcp: lookup ${cdn}: no such host`,
      ),
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
    ),
  },
  {
    check: 'reach:port-free',
    want: ['problem', 'registry-unreachable'],
    id: 'signed-url-timeout',
    text: lines(...pull, failedOpen(signed, 'dial tcp 104.18.2.3:443: i/o timeout')),
  },
  {
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    id: 'signed-url-reset',
    text: lines(...pull, failedOpen(signed, 'read tcp 10.0.0.5:51234->104.18.2.3:443: read: connection reset by peer')),
  },
  {
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'signed-url-hard-wrapped',
    // A console's hard wrap at 120 columns cuts the URL (corpus/habits.ts wrapAt), then an empty listing.
    text: lines(
      ...pull,
      ...(failedOpen(signed, 'dial tcp 104.18.2.3:443: i/o timeout').match(/.{1,120}/g) ?? []),
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
    ),
  },
  {
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-own-registry',
    // The learner's own registry on localhost is no Docker Hub out of reach (as the rule's other forms: `(?!localhost\b|127\.)`).
    text: lines(
      '$ docker pull localhost:5000/dash-app',
      failedOpen(
        `https://localhost:5000/v2/dash-app/blobs/sha256/${'d'.repeat(64)}`,
        'dial tcp 127.0.0.1:5000: connect: connection refused',
      ),
    ),
  },
];

// A container listed Up, then listed again stopped or restarting with nothing of the learner's between (a probe's false ok at stop 51:
// pickContainer read the first row): the later state stands.
const laterRows: Row[] = [
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'up-then-exited',
    text: lines('$ docker ps', head, up(), '$ docker ps -a', head, exited(1)),
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'up-then-restarting',
    text: lines(
      '$ docker ps',
      head,
      up(),
      '$ docker ps',
      head,
      exited(1).replace('Exited (1) 2 minutes ago', 'Restarting (1) 2 seconds ago'),
    ),
  },
  {
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    id: 'up-then-exited-0',
    text: lines('$ docker ps', head, up(), '$ docker ps -a', head, exited(0)),
  },
  {
    check: 'reach:published',
    want: ['problem', 'container-exited'],
    id: 'port-then-exited',
    // docker port's mappings (a state it does not print), then the container listed stopped.
    text: lines('$ docker port dash-app', '8050/tcp -> 0.0.0.0:8050', '$ docker ps -a --filter name=dash-app', head, exited(1)),
  },
  {
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'guard-port-then-up',
    text: lines('$ docker port dash-app', '8050/tcp -> 0.0.0.0:8050', '$ docker ps', head, up()),
  },
  { check: 'run', want: ['ok', 'healthy'], id: 'guard-up-then-up', text: lines('$ docker ps', head, up(), '$ docker ps', head, up()) },
];

// A listing's last row cut inside a name Docker generated (moby pkg/namesgenerator GetRandomName: `left_right`): the paste's own run
// had no --name, the row's NAMES is one word where the paste ends (h139's first run: a false ok at "Is port 8050 free?").
const nginxHead =
  'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS               NAMES';
const nginxRow = (name: string) =>
  `c3f226db226a        nginx               "nginx -g 'daemon off"   5 minutes ago       Up 5 minutes        80/tcp, 443/tcp     ${name}`;
const generatedRows: Row[] = [
  {
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'generated-name-cut',
    text: lines('$ docker run -t -i nginx', '$ docker ps', nginxHead, nginxRow('amazi')),
  },
  {
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'generated-name-cut-tagged',
    text: lines('$ docker run -d nginx:latest', '$ docker ps', nginxHead, nginxRow('eloq')),
  },
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-generated-name-whole',
    text: lines('$ docker run -t -i nginx', '$ docker ps', nginxHead, nginxRow('amazing_bell')),
  },
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-own-name',
    text: lines('$ docker run -d --name proxy nginx', '$ docker ps', nginxHead, nginxRow('proxy')),
  },
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-other-image-run',
    text: lines('$ docker run -d redis', '$ docker ps', nginxHead, nginxRow('proxy')),
  },
];

const families: [string, Row[]][] = [
  ['a container started again, at lesson 5 and the "can\'t reach it" path', rows],
  ['a layer download whose request failed', downloadRows],
  ['a container listed Up, then stopped', laterRows],
  ['a generated name cut where the paste ends', generatedRows],
];

describe.each(families)('cw150 %s', (_, rows) => {
  it.each(rows)('$id at $check', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
