/*
 * cw88: holdout75–76's false oks, each by its class (README "holdout75–76: two false oks by class (cw88)").
 * - **The docker command is Podman** (containers/podman#18248: `docker` an alias for podman on a Mac, Podman's help, `Error:
 *   missing command 'podman COMMAND'`, then `docker ps` printing Podman's empty table): Podman's output never answers for Docker
 *   Engine, so what would be ok is another program's output (CONVENTIONS §2.6 cw70, §2.1 cw47). Podman's own lines: its root
 *   help (cmd/podman/root.go), its cobra errors (cmd/podman/validate/args.go), containers/image's pull lines, podman machine's
 *   default connection, podman-docker's notice, and its tables' layout (containers/common pkg/report NewWriterDefault: Go's
 *   tabwriter with minwidth 12 and padding 2, where docker/cli's formatter has minwidth 10 and padding 3).
 * - **A listing cut inside its last running row, any layout** (hassio-addons/app-nginx-proxy-manager#678: `docker ps --format
 *   "table {{.Names}}\t{{.Status}}\t{{.Ports}}"` ending `homeassistant Up 21 minu`): a status or a port cut mid-word at the
 *   listing's end is where the copy stopped, so the rows after it, and that row's own ports, are not shown → partial, as cw83's
 *   default table. A stopped row so cut keeps the ok (cw83, tldr-pages/tldr#18938).
 * Each row is a variation (never the holdout paste); `source` names where its words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { message } from './messages';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

/** Go's text/tabwriter as both programs call it: every cell but the last padded to max(minwidth, widest cell + padding). */
function tab(minwidth: number, padding: number, rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(minwidth, ...rows.map((r) => (r[i] ?? '').length + padding)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}
/** containers/common pkg/report NewWriterDefault: NewWriter(output, 12, 2, 2, ' ', 0). */
const podmanTable = (rows: string[][]) => tab(12, 2, rows);
/** docker/cli cli/command/formatter: tabwriter.NewWriter(ctx.Output, 10, 1, 3, ' ', 0); before 2020, minwidth 20. */
const dockerTable = (rows: string[][], minwidth = 10) => tab(minwidth, 3, rows);
const psHead = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

// containers/podman cmd/podman/root.go (the root command's flags and Long) and cmd/podman/validate/args.go SubCommandExists.
const podmanHelpLinux = `Manage pods, containers and images

Usage:
  podman [options] [command]

Options:
      --cgroup-manager string       Cgroup manager to use ("cgroupfs"|"systemd") (default "systemd")
      --conmon string               Path of the conmon binary
  -c, --connection string           Connection to use for remote Podman service
      --help                        Help for podman
      --log-level string            Log messages above specified level (trace, debug, info, warn, warning, error, fatal, panic) (default "warn")
      --url string                  URL to access Podman service (CONTAINER_HOST) (default "unix:///run/user/1000/podman/podman.sock")
  -v, --version                     version for podman
Error: missing command 'podman COMMAND'
Try 'podman --help' for more information.`;

// containers/image copy/copy.go ("Getting image source signatures", "Writing manifest to image destination", "Storing
// signatures"), docker/docker-transport's "Trying to pull %s..." (podman pull, libimage/pull.go), shortnames' "Resolved … as an alias".
const podmanPull = `Resolved "hello-world" as an alias (/etc/containers/registries.conf.d/000-shortnames.conf)
Trying to pull docker.io/library/hello-world:latest...
Getting image source signatures
Copying blob 719385e32844 done   |
Copying config 9c7a54a9a4 done   |
Writing manifest to image destination
Storing signatures`;

const podmanRows: Row[] = [
  {
    source: 'containers/podman root.go and validate/args.go on Linux; an alias docker=podman, then `docker ps` (report.NewWriterDefault)',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'alias-help-missing-command-empty-ps',
    text: `me@fedora:~$ docker\n${podmanHelpLinux}\nme@fedora:~$ docker ps\n${podmanTable([psHead])}`,
  },
  {
    source: 'the same, at lesson 3 (cw74 reads a docker ps header as the daemon answering)',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'alias-help-missing-command-empty-ps-install',
    text: `me@fedora:~$ docker\n${podmanHelpLinux}\nme@fedora:~$ docker ps\n${podmanTable([psHead])}`,
  },
  {
    source: 'containers/podman cmd/podman/validate/args.go: "unrecognized command `%s %s`\\nTry \'%s --help\' for more information."',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'unrecognized-command-then-ps-a',
    text: `$ docker compsoe ps\nError: unrecognized command \`podman compsoe\`\nTry 'podman --help' for more information.\n$ docker ps -a\n${podmanTable([psHead])}`,
  },
  {
    source: "report.NewWriterDefault (minwidth 12, padding 2): Podman's empty `ps` table alone, under docker",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'empty-podman-table-alone',
    text: `PS C:\\Users\\ana> docker ps\n${podmanTable([psHead])}`,
  },
  {
    source: "report.NewWriterDefault: Podman's empty `ps -a` table at lesson 3",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'empty-podman-table-install',
    text: `$ docker ps -a\n${podmanTable([psHead])}`,
  },
  {
    source: 'podman images (cmd/podman/images/list.go headers REPOSITORY TAG IMAGE ID CREATED SIZE), report.NewWriterDefault',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'empty-podman-images',
    text: `$ docker images\n${podmanTable([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']])}`,
  },
  {
    source: 'podman ps rows (Podman prints the command unquoted and the image by its full name), PORTS empty: report.NewWriterDefault',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'podman-rows-no-ports',
    text: `~ % docker ps\n${podmanTable([
      psHead,
      ['5f1c9a3e7b20', 'docker.io/library/redis:7', 'redis-server', '3 minutes ago', 'Up 3 minutes', '', 'cache'],
      ['a9d04e6c2f11', 'localhost/myapp:latest', 'python app.py', '3 minutes ago', 'Up 3 minutes', '', 'myapp'],
    ])}`,
  },
  {
    source:
      'podman network ls (cmd/podman/networks/list.go: NETWORK ID NAME DRIVER), report.NewWriterDefault; the default network `podman`',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'podman-network-ls-then-ps',
    text: `$ docker network ls\n${podmanTable([
      ['NETWORK ID', 'NAME', 'DRIVER'],
      ['2f259bab93aa', 'podman', 'bridge'],
    ])}\n$ docker ps\n${podmanTable([psHead])}`,
  },
  {
    source:
      'containers/podman\'s `docker` script (podman-docker): "Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg."',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'shim-notice-then-docker-shaped-ps',
    text: `$ docker ps\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\n${dockerTable([psHead])}`,
  },
  {
    source: "podman-docker's notice (cw47: partial at lesson 3, worded for Podman), then a listing",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'shim-notice-then-ps-install',
    text: `$ sudo docker ps\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\n${podmanTable([psHead])}`,
  },
  {
    source: 'containers/image copy.go and libimage pull.go: `docker pull hello-world` through an alias for podman',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'podman-pull-through-alias',
    text: `$ docker pull hello-world\n${podmanPull}\nd2c94e258dcb3c5ac2798d32e1249e42ef01cba4841c2234249495f87264ac5a`,
  },
  {
    source: "podman run hello-world (the image's greeting, docker-library/hello-world hello.c) after containers/image's pull lines",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'podman-run-hello-world-greeting',
    text: `PS C:\\> docker run hello-world\n${podmanPull.split('\n').slice(1).join('\n')}\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.`,
  },
  {
    source:
      'podman machine on macOS: `--identity` default (cmd/podman/root.go) and `podman system connection list` (podman-machine-default)',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'machine-connection-then-ps',
    text: `% docker system connection list\nName                         URI                                                          Identity                                    Default  ReadWrite\npodman-machine-default       ssh://core@127.0.0.1:50314/run/user/501/podman/podman.sock   /Users/me/.ssh/podman-machine-default       true     true\npodman-machine-default-root  ssh://root@127.0.0.1:50314/run/podman/podman.sock            /Users/me/.ssh/podman-machine-default       false    true\n% docker ps\n${podmanTable([psHead])}`,
  },
  {
    source: "Podman's Dutch-speaking user, the help cut to its flags (root.go), then the empty table; written for the class",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'help-flags-only-nl',
    text: `ik krijg dit:\n      --help                      Help for podman\n  -v, --version                   version for podman\nError: missing command 'podman COMMAND'\n\`\`\`\n$ docker ps\n${podmanTable([psHead])}\n\`\`\``,
  },
  {
    source: "docker/cli formatter (minwidth 10, padding 3): Docker's own empty table",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-docker-empty-table',
    text: `$ docker ps\n${dockerTable([psHead])}`,
  },
  {
    source: 'docker/cli before 2020 (minwidth 20, padding 3): the old empty table at lesson 3 (cw74)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-old-docker-empty-table-install',
    text: `$ docker ps\n${dockerTable([psHead], 20)}`,
  },
  {
    source: "docker/cli formatter: Docker's rows, the poster saying they left Podman (prose is no Podman output)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-prose-mentions-podman',
    text: `I removed podman and the podman-docker alias and installed Docker Engine, now:\n$ docker ps\n${dockerTable([
      psHead,
      ['4c01db0b339c', 'nginx', '"/docker-entrypoint.…"', '2 minutes ago', 'Up 2 minutes', '0.0.0.0:8080->80/tcp', 'web'],
    ])}`,
  },
  {
    source:
      'docker/cli version template (Server part) beside Docker\'s pull (distribution: "Pull complete", "Status: Downloaded newer image")',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-docker-pull-and-version',
    text: `$ docker pull hello-world\nUsing default tag: latest\nlatest: Pulling from library/hello-world\n719385e32844: Pull complete\nDigest: sha256:88ec0acaa3ec199d3b7eaf73588f4518c25f9d34f58ce9a0df68429c5af48e8d\nStatus: Downloaded newer image for hello-world:latest\ndocker.io/library/hello-world:latest\n$ docker version\nClient: Docker Engine - Community\n Version:           24.0.7\n API version:       1.43\n\nServer: Docker Engine - Community\n Engine:\n  Version:          24.0.7\n  API version:      1.43 (minimum version 1.12)`,
  },
];

// go-units HumanDuration (docker/go-units duration.go) and moby's State.String for STATUS; docker/cli DisplayablePorts for PORTS.
const rowsRunning: string[][] = [
  ['proxy', 'Up 2 hours', '0.0.0.0:80->80/tcp, [::]:80->80/tcp'],
  ['grafana', 'Up 2 hours', '0.0.0.0:3000->3000/tcp'],
  ['homeassistant', 'Up 21 minutes', ''],
];
const tableNSP = (rows: string[][]) => dockerTable([['NAMES', 'STATUS', 'PORTS'], ...rows]);
const nsp = '--format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"';

const cutRows: Row[] = [
  {
    source: 'docker/docs container ls "Format the output" (table {{.Names}}\\t{{.Status}}\\t{{.Ports}}), cut inside STATUS',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'names-status-ports-cut-in-status',
    text: `$ docker ps ${nsp}\n${tableNSP(rowsRunning).replace(/Up 21 minutes$/, 'Up 21 minu')}`,
  },
  {
    source: 'the same, spaces collapsed by a forum, cut in go-units\' "About a minute"',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'collapsed-cut-about-a',
    text: `➜ ~ docker ps ${nsp}\nNAMES STATUS PORTS\nproxy Up 2 hours 0.0.0.0:80->80/tcp\nworker Up About a`,
  },
  {
    source: 'moby State.String with health (" (healthy)"), cut inside it; PowerShell prompt',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'cut-in-health',
    text: `PS C:\\dev> docker ps ${nsp}\n${tableNSP([rowsRunning[0]!, ['postgres', 'Up 5 hours (healthy)', '5432/tcp']]).replace(/\(healthy\)\s+5432\/tcp$/, '(heal')}`,
  },
  {
    source: "docker/cli DisplayablePorts, a range cut inside its mapping (for-mac#670's `0.0.0.0:80-` in a custom table)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'cut-in-ports-range',
    text: `$ docker ps ${nsp}\n${tableNSP([rowsRunning[1]!, ['mosquitto', 'Up 21 minutes', '0.0.0.0:1883-1884->1883-1884/tcp']]).replace(/1883-1884->1883-1884\/tcp$/, '1883-')}`,
  },
  {
    source: 'a template without Status (docker ps lists running containers only: docker/cli container/list.go), cut in PORTS after a comma',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'names-ports-cut-after-comma',
    text: `$ docker ps --format "table {{.Names}}\\t{{.Ports}}"\n${dockerTable([
      ['NAMES', 'PORTS'],
      ['web', '0.0.0.0:80->80/tcp'],
      ['db', '0.0.0.0:5432->5432/tcp, 0.0.0.0:44'],
    ])}`,
  },
  {
    source: 'docker/docs container ls ({{.ID}}: {{.Command}} style), a plain template `{{.Names}}: {{.Status}} {{.Ports}}` cut in STATUS',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'plain-template-cut',
    text: `$ docker ps --format "{{.Names}}: {{.Status}} {{.Ports}}"\nweb: Up 3 hours 0.0.0.0:8080->80/tcp\nredis: Up 3 ho`,
  },
  {
    source: "docker container ls (docker/cli: the same command as ps) with a template, cut in the port's protocol",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'container-ls-cut-in-proto',
    text: `$ docker container ls --format "table {{.ID}}\\t{{.Names}}\\t{{.Status}}\\t{{.Ports}}"\n${dockerTable([
      ['CONTAINER ID', 'NAMES', 'STATUS', 'PORTS'],
      ['4c01db0b339c', 'api', 'Up 9 minutes', '0.0.0.0:3000->3000/tcp'],
      ['d7886598dbe2', 'front', 'Up 9 minutes', '0.0.0.0:8081->80/tcp'],
    ]).replace(/8081->80\/tcp$/, '8081->80/t')}`,
  },
  {
    source: "docker ps default layout with its spaces collapsed (a chat), the last row cut inside its ports (for-mac#670's cut)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'collapsed-default-cut-in-ports',
    text: '$ docker ps\nCONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\nfb645029f4dc krzysiaczek/web "apache2-foreground" 14 minutes ago Up 14 minutes 0.0.0.0:88->80/tcp foundry_subs_1\n9284e7140f5a krzysiaczek/web "apache2-foreground" 3 days ago Up 14 minutes 0.0.0.0:80-',
  },
  {
    source: "docker compose ps (Compose 2.21+: NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS, docker/cli's formatter), PORTS last, cut",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'compose-ps-cut-in-ports',
    text: `$ docker compose ps\n${dockerTable([
      ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
      ['shop-db-1', 'postgres:16', '"docker-entrypoint.s…"', 'db', '2 minutes ago', 'Up 2 minutes', '5432/tcp'],
      ['shop-api-1', 'shop-api', '"uvicorn main:app --…"', 'api', '2 minutes ago', 'Up 2 minutes', '0.0.0.0:8000->8000/tcp'],
    ]).replace(/0\.0\.0\.0:8000->8000\/tcp$/, '0.0.0.0:8000->80')}`,
  },
  {
    source: 'docker compose ps before 2.21 (NAME COMMAND SERVICE STATUS PORTS), STATUS cut ("running" and "Up" both printed by 2.x)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'compose-ps-old-cut-in-status',
    text: `$ docker compose ps\n${dockerTable([
      ['NAME', 'COMMAND', 'SERVICE', 'STATUS', 'PORTS'],
      ['blog-db-1', '"docker-entrypoint.s…"', 'db', 'running', '3306/tcp'],
      ['blog-wordpress-1', '"docker-entrypoint.s…"', 'wordpress', 'Up 4 minutes', '0.0.0.0:8000->80/tcp'],
    ]).replace(/Up 4 minutes\s+0\.0\.0\.0:8000->80\/tcp$/, 'Up 4 mi')}`,
  },
  {
    source: 'docker-compose (v1) ps: texttable "Name Command State Ports" with its rule, the last row cut in Ports',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'compose-v1-cut-in-ports',
    text: '$ docker-compose ps\n     Name                   Command               State           Ports         \n-------------------------------------------------------------------------------\nblog_db_1          docker-entrypoint.sh mysqld      Up      3306/tcp, 33060/tcp\nblog_wordpress_1   docker-entrypoint.sh apach ...   Up      0.0.0.0:8000->8',
  },
  {
    source:
      'the h76 layout at reach:running: a container of the lesson not among the rows shown stays container-not-found (CONVENTIONS §2.3)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-running-cut-elsewhere',
    text: `$ docker ps ${nsp}\n${tableNSP(rowsRunning).replace(/Up 21 minutes$/, 'Up 21 minu')}`,
  },
  {
    source: "cw83's precedent (tldr-pages/tldr#18938): a stopped row cut publishes nothing; with -a and a template",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-stopped-row-cut',
    text: `$ docker ps -a ${nsp}\n${tableNSP([rowsRunning[0]!, ['old-job', 'Exited (0) 3 days ago', '']]).replace(/Exited \(0\) 3 days ago$/, 'Exited (0) 3 da')}`,
  },
  {
    source: 'docker/docs container ls: the same listing whole',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-template-whole',
    text: `$ docker ps ${nsp}\n${tableNSP(rowsRunning)}`,
  },
  {
    source: 'the same whole, collapsed (a forum), every status whole',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-collapsed-whole',
    text: `$ docker ps ${nsp}\nNAMES STATUS PORTS\nproxy Up 2 hours 0.0.0.0:80->80/tcp\nworker Up About a minute\nhomeassistant Up 21 minutes`,
  },
  {
    source: 'a cut listing whose earlier row holds 8050 (docker/cli DisplayablePorts): the port stays taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-cut-holds-8050',
    text: `$ docker ps ${nsp}\n${tableNSP([['old-dash', 'Up 2 hours', '0.0.0.0:8050->8050/tcp'], ...rowsRunning.slice(1)]).replace(/Up 21 minutes$/, 'Up 21 minu')}`,
  },
  {
    source: 'docker compose ps whole (Compose 2.21+)',
    check: 'reach:port-free',
    // Stop 45: Compose's listing alone shows one project (CONVENTIONS §1): partial at port-free, as shows-part.project, not .cut.
    want: ['partial', 'shows-part'],
    id: 'guard-compose-ps-whole',
    text: `$ docker compose ps\n${dockerTable([
      ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
      ['shop-db-1', 'postgres:16', '"docker-entrypoint.s…"', 'db', '2 minutes ago', 'Up 2 minutes', '5432/tcp'],
      ['shop-api-1', 'shop-api', '"uvicorn main:app --…"', 'api', '2 minutes ago', 'Up 2 minutes', '0.0.0.0:8000->8000/tcp'],
    ])}`,
  },
];

describe.each([
  ['podman', podmanRows],
  ['cut', cutRows],
])('cw88 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    expect(await check(where, text)).toMatchObject({ kind: want[0], id: want[1] });
  });
});

// The answer says what the learner must change: the docker command runs Podman (an alias or podman-docker), not "podman ps".
describe('cw88 podman: the words', () => {
  it.each(podmanRows.filter((row) => row.want[0] === 'unreadable' && row.check !== 'install'))(
    '$id at $check says the docker command runs Podman',
    async ({ check: where, text }) => {
      const answer = message(where, await check(where, text));
      expect(answer.title).toBe('Your docker command runs Podman');
      expect(answer.fix).toMatch(/^Install Docker Engine or Docker Desktop and make docker run it \(unalias docker;/);
    },
  );
});
