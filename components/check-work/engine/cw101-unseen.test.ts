/*
 * cw101: holdout82's and holdout84's listings and run-line misses (README "holdout81–84: listings and the run line (holdout82,
 * holdout84) (cw101)"). Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same
 * kind), never the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts
 * "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

/** A docker ps table as Go's tabwriter lays it out (docker/cli formatter: padding 3 since Docker 17.06): every cell padded to its column. */
const ps = (...rows: string[][]) => {
  const all = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], ...rows];
  const width = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(width[i]! + 3) : c)).join('')).join('\n');
};
const fmt =
  'docker/cli cli/command/formatter/container.go (ID, Image, quoted Command cut with …, RunningFor + " ago", Status, Ports, Names)';
const state = 'moby daemon/container/state.go State.String ("Up %s", "Exited (%d) %s ago", "Restarting (%d) %s ago")';

// 1. docker ps rows without their header: the poster's choice of rows, not the whole listing (CONVENTIONS §1, §2.3 cw57/cw69).
const rowsAlone: Row[] = [
  {
    source: `guard: ${fmt}: a row alone that publishes 8050 names its holder (CONVENTIONS §1: "nothing shown holding 8050")`,
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-row-holds-8050',
    text: `4c8d2e1f0a9b   grafana/grafana   "/run.sh"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->3000/tcp   grafana\n`,
  },
  {
    source: 'guard: the whole docker ps (header and rows), nothing at 8050, stays ok (CONVENTIONS §1, ir-shippable2570)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-whole-ps',
    text: `$ docker ps\n${ps(['4c8d2e1f0a9b', 'nginx', '"/docker-entrypoint.…"', '2 minutes ago', 'Up 2 minutes', '0.0.0.0:8080->80/tcp', 'web1'])}\n`,
  },
  {
    source:
      "guard: PowerShell's squashed table (one-line header, each row's ID after the last name) is the whole table (CONVENTIONS §2.3 cw57)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-squashed-table',
    text: `PS C:\\Users\\ana> docker psCONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS                    NAMESc3df390e1080   mysql:8   "docker-entrypoint.s…"   5 minutes ago    Up 5 minutes    3306/tcp, 33060/tcp      db1\n`,
  },
];

// 2. A command line whose `--` a blog's or a word processor's typography turned into a dash (WordPress wptexturize: `--` → en dash
// `&#8211;`, `---` → em dash; macOS/Word/Google Docs smart dashes: `--` → em dash): the option the shell got from the learner's copy.
const wp = 'WordPress wp-includes/formatting.php wptexturize (`/(?<!xn)--/` → &#8211;, `---` → &#8212;)';
const dashes: Row[] = [
  {
    source: `${wp}: \`docker run -d –name web nginx\`, curl's page at the container's address`,
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'en-dash-name-no-p',
    text: `[root@centos7 ~]# docker run -d –name web nginx\n3b1c2d4e5f60718293a4b5c6d7e8f9012345678901234567890abcdef0123456\n[root@centos7 ~]# curl 172.17.0.2\n<h1>Welcome to nginx!</h1>\n`,
  },
  {
    source: `${wp}: the same at reach:published`,
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'en-dash-name-no-p-published',
    text: `[root@centos7 ~]# docker run -d –name web nginx\n3b1c2d4e5f60718293a4b5c6d7e8f9012345678901234567890abcdef0123456\n`,
  },
  {
    source: 'macOS and Word smart dashes (`--` → em dash): `docker run —name dash-app -p 8050:80`, the host port right, the app port not',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'em-dash-name-swapped',
    text: `$ docker run -d —name dash-app -p 8050:80 e4l-python-graph\n9c0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901\n`,
  },
  {
    source: `${wp}: \`–publish\` (en dash) and \`–name\`: the long options, read as docker/cli reads \`--publish 8080:80\``,
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'en-dash-publish-long',
    text: `ubuntu@vm:~$ docker run –detach –publish 8080:80 –name site httpd\n5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70819a2b\n`,
  },
  {
    source: "Word-pasted tutorials' single-letter options with an en dash (`docker run –d –p 8080:80 nginx`): one letter is a short option",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'en-dash-short-d-p',
    text: `C:\\Users\\li>docker run –d –p 8080:80 –name web nginx\n1f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901abcd\n`,
  },
  {
    source: 'Unicode minus (U+2212) and non-breaking hyphen (U+2011) from a PDF copy: `docker run −d ‑‑name dash-app ‑p 8050:80 …`',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'minus-and-nb-hyphen',
    text: `$ docker run −d ‑‑name dash-app ‑p 8050:80 e4l-python-graph\n0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901234567890abcdef012345\n`,
  },
  {
    source: `${wp}: \`–it\` (docker run's -i and -t together, en dash) with \`–rm\`: a client run with a command of its own, no server`,
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'en-dash-it-rm-client',
    text: `$ docker run –it –rm –name tmp ubuntu bash\nroot@4f5e6d7c8b9a:/# exit\n$ docker ps\n${ps(['7d8e9f0a1b2c', 'nginx', '"/docker-entrypoint.…"', '2 hours ago', 'Up 2 hours', '0.0.0.0:8080->80/tcp', 'web'])}\n`,
  },
  {
    source: 'guard: an en dash in prose between words (`– then`) is no option',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-prose-dash',
    text: `I ran it – then nothing:\n$ docker run -d --name web nginx\n3b1c2d4e5f60718293a4b5c6d7e8f9012345678901234567890abcdef0123456\n`,
  },
];

// 3. A run line after the listing, publishing nothing: the later run stands (CONVENTIONS §2.0, §2.3 cw101).
const laterRun: Row[] = [
  {
    source:
      'docker-library/couchbase entrypoint ("Starting Couchbase Server -- Web UI available at http://<ip>:8091") after a docker ps of testcontainer 5000->5000',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'ps-then-foreground-run-couchbase',
    text: `PS C:\\app> docker ps\n${ps(['53d98310f07b', 'flaskimage', '"/bin/sh -c \'python …"', '3 minutes ago', 'Up 3 minutes', '0.0.0.0:5000->5000/tcp', 'testcontainer'])}\nPS C:\\app> docker run couchbase:community\nStarting Couchbase Server -- Web UI available at http://<ip>:8091\nand logs available in /opt/couchbase/var/lib/couchbase/logs\n`,
  },
  {
    source: 'redis server.c\'s "Ready to accept connections tcp" after a docker ps of another publisher (Redis 7)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'ps-then-foreground-run-redis',
    text: `me@laptop:~$ docker ps\n${ps(['2b3c4d5e6f70', 'nginx', '"/docker-entrypoint.…"', '1 hour ago', 'Up 1 hour', '0.0.0.0:8080->80/tcp', 'proxy'])}\nme@laptop:~$ docker run redis:7\n1:C 05 Dec 2025 10:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n1:M 05 Dec 2025 10:00:00.001 * Ready to accept connections tcp\n`,
  },
  {
    source: "docker/cli run.go prints a detached run's ID: `docker run -d --name api myapi` after a docker ps of another publisher",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'ps-then-detached-named-run',
    text: `$ docker ps\n${ps(['2b3c4d5e6f70', 'nginx', '"/docker-entrypoint.…"', '1 hour ago', 'Up 1 hour', '0.0.0.0:8080->80/tcp', 'proxy'])}\n$ docker run -d --name api myapi\n8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f\n`,
  },
  {
    source: 'guard: the run line before the listing, its container not in it: the listing answers (CONVENTIONS §2.3)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-run-then-ps-other-publisher',
    text: `$ docker run couchbase:community\nStarting Couchbase Server -- Web UI available at http://<ip>:8091\n$ docker ps\n${ps(['53d98310f07b', 'flaskimage', '"/bin/sh -c \'python …"', '3 minutes ago', 'Up 3 minutes', '0.0.0.0:5000->5000/tcp', 'testcontainer'])}\n`,
  },
  {
    source:
      'guard: a client run after the listing (`docker run --rm -it alpine sh`, a command of its own) starts no server: the listing answers',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-ps-then-client-run',
    text: `$ docker ps\n${ps(['53d98310f07b', 'flaskimage', '"/bin/sh -c \'python …"', '3 minutes ago', 'Up 3 minutes', '0.0.0.0:5000->5000/tcp', 'testcontainer'])}\n$ docker run --rm -it alpine sh\n/ # exit\n`,
  },
];

// 4. Several run lines with --name: the last one's container running stands over an earlier one's clean exit (CONVENTIONS §2.0, §2.2).
const later: Row[] = [
  {
    source: `${state}: docs' restart policies (on-failure): \`--name once\` exits 0 by design, \`--name web\` later Up`,
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'two-runs-first-exit-0-second-up',
    text: `$ docker run -d --name once alpine sh -c 'sleep 1; exit 0'\n$ docker run -d --restart on-failure --name web nginx\n$ docker ps -a\n${ps(['6a7b8c9d0e1f', 'nginx', '"/docker-entrypoint.…"', '5 seconds ago', 'Up 4 seconds', '80/tcp', 'web'], ['1a2b3c4d5e6f', 'alpine', '"sh -c \'sleep 1; exi…"', '9 seconds ago', 'Exited (0) 7 seconds ago', '', 'once'])}\n`,
  },
  {
    source: `${state}: one container listed Exited (1), then Up after the daemon's restart (restart policy); names alike (test_a, test_b)`,
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'stack-names-later-up',
    text: `$ docker ps -a\n${ps(['3d46d036d7aa', 'centos:7', '"/bin/bash -c \'sleep…"', '17 seconds ago', 'Exited (1) 3 seconds ago', '', 'test_a'], ['20f039939274', 'centos:7', '"/bin/bash -c \'sleep…"', '30 seconds ago', 'Up 25 seconds', '', 'test_b'])}\n$ sudo systemctl restart docker\n$ docker ps -a\n${ps(['3d46d036d7aa', 'centos:7', '"/bin/bash -c \'sleep…"', '5 minutes ago', 'Up 2 seconds', '', 'test_a'], ['20f039939274', 'centos:7', '"/bin/bash -c \'sleep…"', '5 minutes ago', 'Up 2 seconds', '', 'test_b'])}\n`,
  },
  {
    source: "guard: the stack's own failure in the last listing still answers at port-free (CONVENTIONS §1 cw83, h71-jiji2324)",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'guard-stack-still-failing',
    text: `$ docker ps -a\n${ps(['3d46d036d7aa', 'nginx', '"/docker-entrypoint.…"', '5 minutes ago', 'Exited (1) 3 minutes ago', '', 'jiji_nginx'], ['20f039939274', 'mongo', '"docker-entrypoint.s…"', '5 minutes ago', 'Up 5 minutes', '27017/tcp', 'jiji_mongodb'])}\n`,
  },
  {
    source:
      "guard: an earlier run's container that crashed (Exited (1)) beside a later one Up is a failure the paste shows (CONVENTIONS §2.0)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-two-runs-first-crashed',
    text: `$ docker run -d --name db -e POSTGRES_PASSWORD=x postgres:16\n$ docker run -d --name web nginx\n$ docker ps -a\n${ps(['6a7b8c9d0e1f', 'nginx', '"/docker-entrypoint.…"', '5 seconds ago', 'Up 4 seconds', '80/tcp', 'web'], ['1a2b3c4d5e6f', 'postgres:16', '"docker-entrypoint.s…"', '9 seconds ago', 'Exited (1) 7 seconds ago', '', 'db'])}\n`,
  },
];

// 5. A container's name and STATUS alone on a line (a `--format "{{.Names}} {{.Status}}"` row, its command left out).
const nameStatus: Row[] = [
  {
    source: `${state}: \`docker ps -a --format "{{.Names}} {{.Status}}"\`'s row under the run line's logs, Exited (1)`,
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'name-status-exited-1-running',
    text: `docker run -d --name mydb -e MYSQL_ROOT_PASSWORD=x mysql:8\ndocker logs mydb\n\nmydb Exited (1) 5 seconds ago\n`,
  },
  {
    source: `${state}: the same at run`,
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'name-status-exited-1-run',
    text: `docker run -d --name mydb -e MYSQL_ROOT_PASSWORD=x mysql:8\ndocker logs mydb\n\nmydb Exited (1) 5 seconds ago\n`,
  },
  {
    source: `${state}: \`--format "{{.Names}}\\t{{.Status}}"\` rows, tab apart, Restarting (1)`,
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'name-status-tab-restarting',
    text: `docker run -d --restart always --name worker myworker\n\nworker\tRestarting (1) 12 seconds ago\n`,
  },
  {
    source: `${state}: such a row alone at port-free is the poster's choice of rows (CONVENTIONS §1), never ok`,
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'name-status-up-port-free',
    text: `web Exited (1) 3 minutes ago\n`,
  },
];

const families: [string, Row[]][] = [
  ['docker ps rows without their header', rowsAlone],
  ['a command line whose -- a typographer made a dash', dashes],
  ['a run line after the listing', laterRun],
  ["the last run line's container running", later],
  ["a container's name and STATUS alone", nameStatus],
];

describe.each(families)('cw101 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
