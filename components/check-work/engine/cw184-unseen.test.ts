/*
 * cw184 (stop 58): holdout182's and holdout185's false oks at "Is port 8050 free?" by class, each row a short paste on a real
 * program's format (`source` names it), never a holdout paste:
 * - a `docker ps --format "table …"` whose rows come under a caption of the writer's without the header a `table` template always
 *   prints (docker/cli formatter.go Context.postFormat): rows the writer chose → partial;
 * - a `docker ps` asking for no template under a header of docker/cli's column names in another order or with a column the default
 *   has not (container/list.go runPs: the default table is defaultContainerTableFormat): columns set by hand → partial.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const tableCmd = '$ docker ps --format "table {{.Names}}\\t{{.Image}}\\t{{.Ports}}"';
const rows3 = [
  'gitea       gitea/gitea:1.22     0.0.0.0:3000->3000/tcp, 0.0.0.0:2222->22/tcp',
  'postgres    postgres:16          5432/tcp',
  'adminer     adminer:4            0.0.0.0:8081->8080/tcp',
];
const header3 = 'NAMES       IMAGE                PORTS';

const templateRows: Row[] = [
  {
    source: 'docker/cli formatter.go postFormat: a `table` template prints its header first; the rows set under `Excerpt:` without it',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'table-template-rows-under-excerpt',
    text: ['Running containers:', '```bash', tableCmd, '```', 'Excerpt:', '```text', ...rows3, '```'].join('\n'),
  },
  {
    source: 'the same with Status and another caption (`Output (trimmed):`), docker container ls',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'container-ls-table-status-caption',
    text: [
      '$ docker container ls --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"',
      'Output (trimmed):',
      'traefik     Up 3 hours      0.0.0.0:80->80/tcp, 0.0.0.0:443->443/tcp',
      'whoami      Up 3 hours      80/tcp',
    ].join('\n'),
  },
  {
    source: 'the same rows, the caption in German (`Auszug:`)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'table-template-rows-under-german-caption',
    text: [tableCmd, 'Auszug:', ...rows3].join('\n'),
  },
  {
    source: 'guard: the same rows under their header (the whole table the template prints)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-table-template-with-header',
    text: [tableCmd, header3, ...rows3].join('\n'),
  },
  {
    source: 'guard: a caption, then the header and the rows (`Output:` above the whole table)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-caption-then-header',
    text: [tableCmd, 'Output:', header3, ...rows3].join('\n'),
  },
  {
    source: 'guard: rows right under their command, no caption (the copy lost the header, CONVENTIONS §1 stop 45)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-rows-right-under-command',
    text: [tableCmd, ...rows3].join('\n'),
  },
  {
    source: 'guard: a template without `table` prints no header (formatter.go: only where Format.IsTable()); a caption changes nothing',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-plain-template-caption',
    text: ['$ docker ps --format "{{.Names}}\\t{{.Image}}\\t{{.Ports}}"', 'Output:', ...rows3].join('\n'),
  },
  {
    source: 'guard: the chosen rows show 8050 held (DisplayablePorts `0.0.0.0:8050->8050/tcp`)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-excerpt-row-at-8050',
    text: [tableCmd, 'Excerpt:', ...rows3, 'grafana     grafana/grafana:11   0.0.0.0:8050->3000/tcp'].join('\n'),
  },
  {
    source: 'guard: one chosen row under a caption, then the same template whole (header and rows): the whole one stands (cw69)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-excerpt-then-whole-table',
    text: [
      '$ docker ps -a --format "table {{.Image}}\\t{{.Status}}\\t{{.Ports}}"',
      'before:',
      'gitea/gitea:1.22    Up 5 minutes (unhealthy)   0.0.0.0:3000->3000/tcp',
      '',
      'after the restart:',
      '',
      '$ docker ps -a --format "table {{.Image}}\\t{{.Status}}\\t{{.Ports}}"',
      'IMAGE               STATUS                  PORTS',
      'gitea/gitea:1.22    Up 2 minutes (healthy)  0.0.0.0:3000->3000/tcp',
      'postgres:16         Up 2 minutes            5432/tcp',
    ].join('\n'),
  },
  {
    source: "guard: another check, dash-app's row under the caption is still read (reach:running)",
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'guard-excerpt-dash-app-running',
    text: [
      '$ docker ps --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"',
      'Excerpt:',
      'dash-app    Up 2 minutes    0.0.0.0:8050->8050/tcp',
    ].join('\n'),
  },
];

const trimmedRows: Row[] = [
  {
    source:
      "docker/cli container/list.go runPs: a docker ps with no --format prints defaultContainerTableFormat; `NAMES IMAGE STATUS PORTS` is a hand's",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-header-names-first',
    text: [
      '$ docker ps',
      'NAMES       IMAGE          STATUS         PORTS',
      'blog        ghost:5        Up 3 minutes   0.0.0.0:2368->2368/tcp, [::]:2368->2368/tcp',
    ].join('\n'),
  },
  {
    source: 'the same columns reordered otherwise, docker container ls (`IMAGE   NAMES   PORTS`)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'container-ls-header-image-names-ports',
    text: [
      '$ docker container ls',
      'IMAGE      NAMES      PORTS',
      'nginx:1    web        0.0.0.0:8080->80/tcp',
      'redis:7    cache      6379/tcp',
    ].join('\n'),
  },
  {
    source: 'a column the default has not (formatter.go StateHeader `STATE`), under a plain docker ps -a',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-a-header-with-state',
    text: ['$ docker ps -a', 'CONTAINER ID   NAMES     STATE     PORTS', 'a1b2c3d4e5f6   web       running   0.0.0.0:8080->80/tcp'].join(
      '\n',
    ),
  },
  {
    source: "the reordered header with its spaces collapsed by a chat's copy",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-header-reordered-collapsed',
    text: ['$ docker ps', 'NAMES IMAGE STATUS PORTS', 'blog ghost:5 Up 3 minutes 0.0.0.0:2368->2368/tcp'].join('\n'),
  },
  {
    source: 'the reordered header, one name that lost a letter (`STATS`): still set by hand',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-header-reordered-lost-letter',
    text: [
      '$ docker ps',
      'NAMES       IMAGE          STATS          PORTS',
      'blog        ghost:5        Up 3 minutes   0.0.0.0:2368->2368/tcp, [::]:2368->2368/tcp',
    ].join('\n'),
  },
  {
    source: "guard: the default header that lost a letter (`ONTAINER ID`), in docker/cli's order: read whole as before",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-default-header-lost-letter',
    text: [
      '$ docker ps',
      'ONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                    NAMES',
      'c0ffee123456   ghost:5   "docker-entrypoint.s…"   3 minutes ago   Up 3 minutes   0.0.0.0:2368->2368/tcp   blog',
    ].join('\n'),
  },
  {
    source: "guard: docker/cli's default header (defaultContainerTableFormat), nothing at 8050",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-default-header',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                       NAMES',
      'c0ffee123456   ghost:5   "docker-entrypoint.s…"   3 minutes ago   Up 3 minutes   0.0.0.0:2368->2368/tcp, [::]:2368->2368/tcp   blog',
    ].join('\n'),
  },
  {
    source: 'guard: the same header asked for by a `--format "table …"` on the same command',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-header-of-own-template',
    text: [
      '$ docker ps --format "table {{.Names}}\\t{{.Image}}\\t{{.Status}}\\t{{.Ports}}"',
      'NAMES       IMAGE          STATUS         PORTS',
      'blog        ghost:5        Up 3 minutes   0.0.0.0:2368->2368/tcp, [::]:2368->2368/tcp',
    ].join('\n'),
  },
  {
    source: 'guard: a reordered header whose row holds 8050 (a host port published there is held, CONVENTIONS §1 stop 46)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-reordered-row-at-8050',
    text: [
      '$ docker ps',
      'NAMES       IMAGE          STATUS         PORTS',
      'grafana     grafana:11     Up 3 minutes   0.0.0.0:8050->3000/tcp',
    ].join('\n'),
  },
  {
    source: "guard: Compose's own listing (docker/compose formatter, `NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS`) stays a project's",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-compose-ps-header',
    text: [
      '$ docker compose ps',
      'NAME          IMAGE     COMMAND                  SERVICE   CREATED         STATUS         PORTS',
      'blog-ghost-1  ghost:5   "docker-entrypoint.s…"   ghost     3 minutes ago   Up 3 minutes   0.0.0.0:2368->2368/tcp',
    ].join('\n'),
  },
  {
    source: "guard: another check, dash-app's row under the reordered header (reach:running reads it as before)",
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'guard-reordered-dash-app-running',
    text: [
      '$ docker ps',
      'NAMES       IMAGE          STATUS         PORTS',
      'dash-app    dash-app       Up 3 minutes   0.0.0.0:8050->8050/tcp',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a table template's rows under a caption, without its header", templateRows],
  ["a plain docker ps under a header of docker/cli's names set by hand", trimmedRows],
];

describe.each(families)('cw184 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
