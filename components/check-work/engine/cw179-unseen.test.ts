/*
 * cw179 (stop 57): holdout180's misses at "Is port 8050 free?", by class, each row a short paste on a real program's format (`source`
 * names it), never a holdout paste:
 * - a docker ps narrowed to some containers (`--filter name=`/`label=`/`ancestor=`…), its command shown inside a part's output (a
 *   script's `>>> CMD:` mark, bash's `set -x` `+`) or with a `table` template's header (docker/cli formatter/container.go) → partial;
 * - a listing's last row whose NAMES the copy cut short of the run's own `--name` (docker/cli never shortens a name) → partial.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const psHead =
  'CONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS          PORTS                                     NAMES';
const webRow = (name: string, image = 'nginx:1.27') =>
  `3f2a9c1b7d4e   ${image.padEnd(13)}  "/docker-entrypoint.…"   2 minutes ago    Up 2 minutes    0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   ${name}`;

const filterRows: Row[] = [
  {
    source:
      "a PowerShell proof script's log (each command echoed after `>>> CMD:`), docker ps narrowed by a Compose label, a table template",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'cmd-mark-filter-label-table',
    text: [
      '### status',
      '>>> CMD: docker ps --filter "label=com.docker.compose.project=shop" --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"',
      'NAMES        STATUS          PORTS',
      'shop-api-1   Up 3 minutes    0.0.0.0:5000->5000/tcp',
      'shop-db-1    Up 3 minutes    5432/tcp',
    ].join('\n'),
  },
  {
    source: "bash's `set -x` trace (`+ ` before each command a script runs): docker ps narrowed by its image (`ancestor=`), default table",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'set-x-filter-ancestor',
    text: ['+ docker ps --filter ancestor=nginx:1.27', psHead, webRow('web')].join('\n'),
  },
  {
    source: 'docker ps at a prompt with a name filter and a `table` template of its own (docker/cli docs container_ls.md --format)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'prompt-filter-name-table-template',
    text: [
      '$ docker ps -f name=api --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"',
      'NAMES     STATUS         PORTS',
      'api       Up 4 minutes   0.0.0.0:5000->5000/tcp',
    ].join('\n'),
  },
  {
    source: "the same script mark with a filter by the lesson's port (docker/cli ps `publish=`): a row there holds it",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-cmd-mark-filter-publish-holder',
    text: [
      '>>> CMD: docker ps --filter "publish=8050" --format "table {{.Names}}\\t{{.Ports}}"',
      'NAMES      PORTS',
      'old-dash   0.0.0.0:8050->8050/tcp',
    ].join('\n'),
  },
  {
    source: "a script's mark before `--filter status=running` (every running container: CONVENTIONS stop 55), nothing at 8050",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-cmd-mark-status-running',
    text: ['>>> CMD: docker ps --filter status=running', psHead, webRow('web')].join('\n'),
  },
  {
    source: 'a plain docker ps at a prompt (the default table), nothing at 8050',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-plain-ps',
    text: ['$ docker ps', psHead, webRow('web')].join('\n'),
  },
  {
    source: 'adversarial: `docker ps -l` (latest only), the table template named in a sentence, no listing of its own under it',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-latest-template-in-sentence',
    text: [
      '$ docker ps -l',
      psHead,
      webRow('web'),
      'I also tried `docker ps --format "table {{.Names}}\\t{{.Ports}}"` but forgot to copy it.',
    ].join('\n'),
  },
  {
    source: 'adversarial: a script mark before a filtered docker ps, its one row cut where the paste ends',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-cmd-mark-filter-row-cut',
    text: [
      '>>> CMD: docker ps --filter name=web',
      psHead,
      '3f2a9c1b7d4e   nginx:1.27     "/docker-entrypoint.…"   2 minutes ago    Up 2 min',
    ].join('\n'),
  },
  {
    source: "adversarial: a script mark before a plain docker ps, then the daemon's refusal of the next run at 8050",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-cmd-mark-then-bind-error',
    text: [
      '>>> CMD: docker ps',
      psHead,
      webRow('web'),
      '>>> CMD: docker run -d -p 8050:8050 dash-app',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint x (abc): Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
];

const cutNameRows: Row[] = [
  {
    source:
      'docker run --name then docker ps (docker/cli formatter/container.go Names(): never shortened), the last NAMES cut at the paste end',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'run-name-ps-last-name-cut-paste-end',
    text: [
      '$ docker run -d --name web-frontend-1 -p 8080:80 nginx:1.27',
      '3f2a9c1b7d4e5f60718293a4b5c6d7e8',
      '$ docker ps',
      psHead,
      webRow('web-fr'),
    ].join('\n'),
  },
  {
    source: 'a Markdown note: `docker create --name` then docker ps in a fence, the last NAMES cut before the fence closes',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'create-name-ps-name-cut-fence',
    text: [
      '```',
      'docker create --name web-frontend-1 -p 8080:80 nginx:1.27',
      'docker start web-frontend-1',
      'docker ps',
      '```',
      '```',
      psHead,
      webRow('web-front'),
      '```',
    ].join('\n'),
  },
  {
    source: 'the same run and docker ps, the NAMES cell whole',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-run-name-ps-name-whole',
    text: ['$ docker run -d --name web-frontend-1 -p 8080:80 nginx:1.27', '$ docker ps', psHead, webRow('web-frontend-1')].join('\n'),
  },
  {
    source: 'docker rename (docker/cli container rename): the listing shows the later name, a beginning of the old one',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-rename-to-prefix',
    text: [
      '$ docker run -d --name web-frontend-1 -p 8080:80 nginx:1.27',
      '$ docker rename web-frontend-1 web',
      '$ docker ps',
      psHead,
      webRow('web'),
    ].join('\n'),
  },
  {
    source: "another image's container whose name begins the run's --name (redis `web` beside the run's `web-frontend-1`), listed whole",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-other-image-prefix-name',
    text: [
      '$ docker run -d --name web-frontend-1 -p 8080:80 nginx:1.27',
      '$ docker ps',
      psHead,
      webRow('web-frontend-1'),
      '9a8b7c6d5e4f   redis:7        "docker-entrypoint.s…"   5 minutes ago    Up 5 minutes    6379/tcp                                  web',
    ].join('\n'),
  },
  {
    source: 'a container stopped by name (docker stop prints the name), then a run of the same image as `<name>2`: the old row is whole',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-prefix-name-stopped-earlier',
    text: [
      '$ docker stop web',
      'web',
      '$ docker run -d --name web2 -p 8080:80 nginx:1.27',
      '$ docker ps -a',
      psHead,
      webRow('web2'),
      '5e4f3a2b1c0d   nginx:1.27     "/docker-entrypoint.…"   9 minutes ago    Exited (0) 1 minute ago                                   web',
    ].join('\n'),
  },
  {
    source:
      "docker ps -a, the last row a stopped container of the same image whose name begins the run's --name (cw88: a stopped row keeps ok)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-prefix-name-stopped-last',
    text: [
      '$ docker run -d --name web2 -p 8080:80 nginx:1.27',
      '$ docker ps -a',
      psHead,
      webRow('web2'),
      '5e4f3a2b1c0d   nginx:1.27     "/docker-entrypoint.…"   9 minutes ago    Exited (0) 1 minute ago                                   web',
    ].join('\n'),
  },
  {
    source: 'a row whose name begins the --name but a whole row follows it: not the last row, not cut',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-prefix-name-not-last',
    text: [
      '$ docker run -d --name web-frontend-1 -p 8080:80 nginx:1.27',
      '$ docker run -d --name web -p 8081:80 nginx:1.27',
      '$ docker ps',
      psHead,
      webRow('web'),
      webRow('web-frontend-1'),
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a docker ps narrowed to some containers, its command inside the output or with a table template', filterRows],
  ["a last row's NAMES cut short of the run's own --name", cutNameRows],
];

describe.each(families)('cw179 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
