/*
 * Stop 46 (lead): the false oks of holdout106–110 at their start, fixed by class (README "Stop 46: false oks by class").
 * - containerd's cgroups library refusing a container's cgroups (the daemon answered, no container starts): never an ok at lesson 3;
 * - a listing's rows read whole or not at all: a NAME header without NAMES (Compose's), a NAMES cell begun inside its name (rows set
 *   off their headers by hand), and any line of the table's block no reader turns into a container, which makes the listing partial;
 * - a program's line after a word of expecting with an abbreviation between (`erwartet u. a.:`).
 * Each row is a short paste built on a real source's format (`source` names it), never a holdout paste. Rows whose id starts
 * "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const version = `Client:
 Version:           18.06.1-ce
 API version:       1.38
 OS/Arch:           linux/amd64

Server:
 Engine:
  Version:          18.06.1-ce
  API version:      1.38 (minimum version 1.12)
  OS/Arch:          linux/amd64
`;

const cgroupRows: Row[] = [
  {
    source:
      'a Fedora 31 install note (search index file 18369147616): hello-world pulled, then `docker: Error response from daemon: cgroups: cgroup mountpoint does not exist: unknown.` and `ERRO[0025] error waiting for container: context canceled`',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'fedora31-hello-mountpoint',
    text: `${version}\n$ docker run hello-world\nUnable to find image 'hello-world:latest' locally\nlatest: Pulling from library/hello-world\n0e03bdcc26d7: Pull complete\nStatus: Downloaded newer image for hello-world:latest\ndocker: Error response from daemon: cgroups: cgroup mountpoint does not exist: unknown.\nERRO[0025] error waiting for container: context canceled\n`,
  },
  {
    source:
      "docker/docs' rootless page: **Error response from daemon: cgroups: cgroup mountpoint does not exist: unknown.** (cgroup v2 hosts)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'rootless-docs-mountpoint-at-run',
    text: '$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\n7d2c1f0e9b8a\ndocker: Error response from daemon: cgroups: cgroup mountpoint does not exist: unknown.\n',
  },
  {
    source:
      "containerd/cgroups errors.go ErrNoCgroupMountDestination (`cgroups: cannot find cgroup mount destination`) as Docker Toolbox's docker.exe prints it on Windows",
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'toolbox-exe-mount-destination',
    text: '$ docker ps -a\nCONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES\n\n$ docker run --rm -it ubuntu bash\nC:\\Program Files\\Docker Toolbox\\docker.exe: Error response from daemon: cgroups: cannot find cgroup mount destination: unknown.\n',
  },
  {
    source:
      "containerd/cgroups before 1.0 spelled it `cannot found cgroup mount destination` (Docker 17.12/18.01, docker/for-linux's reports)",
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'early-containerd-cannot-found',
    text: `${version}\n$ docker run hello-world\ndocker: Error response from daemon: cgroups: cannot found cgroup mount destination: unknown.\n`,
  },
  {
    source:
      'containerd/cgroups errors.go ErrFreezerNotSupported (`cgroups: freezer cgroup not supported on this system`) at a container start',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'freezer-not-supported',
    text: `${version}\n$ docker run hello-world\ndocker: Error response from daemon: cgroups: freezer cgroup not supported on this system: unknown.\n`,
  },
];

const tableRows: Row[] = [
  {
    source:
      "a setup guide's expected `docker-compose ps` trimmed to NAME, STATUS and PORTS (Compose v2's own column names), another project's dashboard on 8050",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'compose-name-status-ports-holder',
    text: '$ docker-compose ps\nNAME                    STATUS              PORTS\nshop_postgres           Up 10 seconds       0.0.0.0:5432->5432/tcp\nshop_dashboard          Up 10 seconds       0.0.0.0:8050->8050/tcp\n',
  },
  {
    source: "the same trimmed compose ps with nothing at 8050: Compose's listing alone shows one project (Stop 45's rule), partial",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'compose-name-status-ports-free',
    text: '$ docker compose ps\nNAME                    STATUS              PORTS\nshop_postgres           Up 10 seconds       0.0.0.0:5432->5432/tcp\nshop_api                Up 10 seconds       0.0.0.0:8000->8000/tcp\n',
  },
  {
    source:
      "a lab guide's expected `docker ps` written by hand (`abc123...` for the ID, `Up` alone), its rows wider than the header: NAMES read by the row's words",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'hand-set-rows-holder',
    text: '$ docker ps\nCONTAINER ID   IMAGE                              STATUS    PORTS                    NAMES\nabc123...      handsonsecurity/seed-ubuntu:large  Up        0.0.0.0:8050->8050/tcp  victim-10.9.0.5\ndef456...      handsonsecurity/seed-ubuntu:large  Up                                attacker-10.9.0.105\n',
  },
  {
    source:
      "docker/compose cmd/compose/ps.go's table (NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS) with a row's NAME left blank by hand, then an empty docker ps: the 8050 mapping is in a row no reader reads, and still shown published",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'unread-row-with-8050',
    text: '$ docker compose ps\nNAME          IMAGE      COMMAND           SERVICE   CREATED         STATUS         PORTS\nshop-db-1     postgres   "docker-ent…"     db        2 minutes ago   Up 2 minutes   5432/tcp\n              shop-web   "python app.py"   web       2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp\n$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
  },
  {
    source: "docker/cli's default table with every row read: nothing at 8050 stays ok",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-whole-listing-free',
    text: '$ docker ps\nCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  NAMES\n4c01db0b339c   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:80->80/tcp     web\n9a8b7c6d5e4f   redis     "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes   6379/tcp               cache\n',
  },
  {
    source: "Compose v1's table (Name, Command, State, Ports over a dashed rule): its rows read as before",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-v1-table-holder',
    text: '$ docker-compose ps\n     Name                   Command               State           Ports         \n-------------------------------------------------------------------------------\nshop_dashboard_1   python app.py                    Up      0.0.0.0:8050->8050/tcp\nshop_db_1          docker-entrypoint.sh postgres    Up      5432/tcp              \n',
  },
];

const toldRows: Row[] = [
  {
    source:
      'German operating notes: a shell comment `#   erwartet u. a.: [INFO] Listening at: http://0.0.0.0:8050` (gunicorn glogging) under `docker logs`',
    check: 'reach:listening',
    want: 'not ok',
    id: 'de-erwartet-u-a',
    text: '```bash\nsudo docker logs --tail 20 finanz-web-1\n#   erwartet u. a.: [INFO] Listening at: http://0.0.0.0:8050\n#                   [INFO] Using worker: gthread\n```\n',
  },
  {
    source: "a French plan's `attendu p. ex. :` before Dash's start line (plotly/dash `Dash is running on {url}`)",
    check: 'reach:listening',
    want: 'not ok',
    id: 'fr-attendu-p-ex',
    text: 'docker logs dash-app\nattendu p. ex.: Dash is running on http://0.0.0.0:8050/\n',
  },
];

const families: [string, Row[]][] = [
  ["containerd's cgroups refusals", cgroupRows],
  ['a listing read whole or not at all', tableRows],
  ['a line told after an abbreviation', toldRows],
];

describe.each(families)('stop 46 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
