/*
 * cw79: holdout63 to holdout66's compose and networks misses (README "holdout63–66: compose and networks (cw79)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, languages, programs of the same kind), never
 * the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const proxy = 'docker/compose 1.x compose/cli/verbose_proxy.py (`log.info("%s %s <- %s", obj_name, method, format_call(args, kwargs))`)';

/** Compose v1's --verbose log: the networks and label filters docker-py's calls name (CONVENTIONS §2.6, cw79). */
const verboseRows: Row[] = [
  {
    source: `${proxy}; a 1.29.2 log under Python 3 (no u'' prefixes), stored file 10005750727`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'py3-inspect-network-shop-default',
    text: "compose.cli.command.get_client: docker-compose version 1.29.2, build 5becea4c\ncompose.cli.verbose_proxy.proxy_callable: docker inspect_network <- ('shop_default')\ncompose.cli.verbose_proxy.proxy_callable: docker inspect_network -> {'Attachable': True,\n 'Containers': {},\n 'Driver': 'bridge',\n...",
  },
  {
    source: `${proxy}; create_network's keyword call in the same 1.29.2 log (compose/network.py Network.ensure)`,
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'py3-create-network-name-kwarg',
    text: "compose.network.ensure: Creating network \"blog_backend\" with the default driver\ncompose.cli.verbose_proxy.proxy_callable: docker create_network <- (name='blog_backend', driver=None, options=None, ipam=None, internal=False, enable_ipv6=False, labels={'com.docker.compose.project': 'blog', 'com.docker.compose.network': 'backend', 'com.docker.compose.version': '1.29.2'}, attachable=True, check_duplicate=True)\ncompose.cli.verbose_proxy.proxy_callable: docker create_network -> {'Id': '48da91b0e48d', 'Warning': ''}",
  },
  {
    source: `${proxy}; the label filter v1 lists a project's containers by (compose/project.py containers), stored file 47619874962`,
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'py2-containers-label-filter',
    text: "compose.cli.verbose_proxy.proxy_callable: docker containers <- (all=False, filters={u'label': [u'com.docker.compose.project=easynodeauthentication', u'com.docker.compose.oneoff=False']})\ncompose.cli.verbose_proxy.proxy_callable: docker containers -> (list with 0 items)",
  },
  {
    source: `${proxy}; docker/compose#3896's layout, each line under a \`> \` quote mark, Docker for Windows' nat network`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'quoted-inspect-network-nat',
    text: "> compose.cli.command.get_client: docker-compose version 1.18.0, build 8dd22a96\n> compose.cli.verbose_proxy.proxy_callable: docker inspect_network <- (u'webshop_default')\n> compose.cli.verbose_proxy.proxy_callable: docker inspect_network -> {u'Attachable': False,\n>  u'Containers': {},\n>  u'Driver': u'nat',",
  },
  {
    source: `${proxy}; down's remove_network (compose/network.py Network.remove), a Korean note above it`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'remove-network-ko-note',
    text: "down 할 때 로그입니다\ncompose.cli.verbose_proxy.proxy_callable: docker remove_network <- (u'todo_frontend')\ncompose.cli.verbose_proxy.proxy_callable: docker remove_network -> None",
  },
  {
    source: `${proxy}; docker/compose#3980's layout with the result's container on it (u'Name': u'x_db_1')`,
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'py2-inspect-network-members',
    text: "compose.cli.verbose_proxy.proxy_callable: docker inspect_network <- (u'notes_default')\ncompose.cli.verbose_proxy.proxy_callable: docker inspect_network -> {u'Containers': {u'5be2c1d7a9f0': {u'EndpointID': u'47e474d2b7dd',\n  u'IPv4Address': u'172.19.0.2/16',\n  u'Name': u'notes_db_1'}},\n u'Driver': u'bridge',",
  },
  {
    source: `${proxy} of the lesson's folder, with the pre-1.21 name v1 also looks up (compose/cli/command.py normalize_name); v1 cannot read the lesson's file`,
    check: 'networks',
    want: ['problem', 'compose-too-old'],
    id: 'lesson-project-legacy-name',
    text: "compose.cli.verbose_proxy.proxy_callable: docker inspect_network <- ('dashapp_frontend')\ncompose.cli.verbose_proxy.proxy_callable: docker inspect_network <- ('dash-app_frontend')\ncompose.cli.verbose_proxy.proxy_callable: docker containers <- (all=False, filters={'label': ['com.docker.compose.project=dash-app', 'com.docker.compose.oneoff=False']})",
  },
  {
    source: `${proxy} of the lesson's project only: never an ok through Compose v1`,
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'lesson-project-v1-verbose',
    text: "compose.cli.verbose_proxy.proxy_callable: docker containers <- (all=False, filters={'label': ['com.docker.compose.project=dash-app', 'com.docker.compose.oneoff=False']})\ncompose.cli.verbose_proxy.proxy_callable: docker containers -> (list with 0 items)",
  },
];

const dash = 'dash src/error.c exerror / exec.c (`%s: %d: %s: not found`: the script, its line, the word run)';

/** A docker-compose that is no program, run as a script by the shell, in each shell's layout (CONVENTIONS §2.5, cw79). */
const scriptRows: Row[] = [
  {
    source: `${dash}; docker/compose#6828's words with the colon after the file`,
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'dash-not-found-page',
    text: '$ sudo docker-compose --version\n/usr/local/bin/docker-compose: 1: /usr/local/bin/docker-compose: Not: not found',
  },
  {
    source: `${dash} (newer dash, the file once): a "Not Found" page saved by curl -L of a wrong release URL`,
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'dash-short-not-found',
    text: 'ubuntu@vm:~$ docker-compose up -d\n/usr/local/bin/docker-compose: 1: Not: not found',
  },
  {
    source: `${dash}; an HTML page saved instead of the binary (dash's parser: \`Syntax error: newline unexpected\`)`,
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'dash-html-syntax-error',
    text: '$ docker-compose version\n/usr/local/bin/docker-compose: 1: Syntax error: newline unexpected',
  },
  {
    source:
      'bash execute_cmd.c: a binary of another CPU (`cannot execute binary file: Exec format error`), an x86_64 download on a Raspberry Pi',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'bash-exec-format-pi',
    text: 'pi@raspberrypi:~ $ docker-compose up -d\n-bash: /usr/local/bin/docker-compose: cannot execute binary file: Exec format error',
  },
  {
    source: 'bash (macOS /bin/sh) running the saved page as a script: `line 1: Not: command not found` (CONVENTIONS §2.5 before cw79)',
    check: 'networks',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-bash-line-1-not-found',
    text: '$ docker-compose -f compose.yaml up -d\n/usr/local/bin/docker-compose: line 1: Not: command not found',
  },
  {
    source: "zsh's exec.c (`zsh: exec format error: %s`) for a docker-compose built for another CPU (an amd64 download on an arm64 VM)",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'zsh-exec-format-docker-compose',
    text: '$ docker-compose up -d\nzsh: exec format error: docker-compose',
  },
  {
    source:
      "guard: a service's own program built for another CPU (`exec /usr/local/bin/gunicorn: exec format error`, runc's words) stays the image's",
    check: 'compose',
    want: ['problem', 'exec-format-error'],
    id: 'guard-service-exec-format',
    text: 'dash-app-web-1  | exec /usr/local/bin/gunicorn: exec format error\ndash-app-web-1 exited with code 1',
  },
  {
    source: 'guard: Compose v1 1.29.2 `docker-compose version 1.29.2, build 5becea4c` (compose/cli/main.py), too old, not missing',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-v1-version-line',
    text: '$ docker-compose --version\ndocker-compose version 1.29.2, build 5becea4c',
  },
];

/** Compose 1.2 to 1.4's version lines, `docker-compose version: 1.3.1` (CONVENTIONS §2.5, cw79). */
const versionRows: Row[] = [
  {
    source: 'docker/compose 1.4 compose/cli/main.py version ("docker-compose version: %s", then CPython and OpenSSL lines)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-4-2-with-cpython',
    text: '$ docker-compose --version\ndocker-compose version: 1.4.2\nCPython version: 2.7.9\nOpenSSL version: OpenSSL 1.0.1j 15 Oct 2014',
  },
  {
    source: 'docker/compose 1.2 `docker-compose --version` (the version line alone), on Windows under boot2docker',
    check: 'networks',
    want: ['problem', 'compose-too-old'],
    id: 'v1-2-0-alone',
    text: 'C:\\Users\\me\\dash-app> docker-compose --version\ndocker-compose version: 1.2.0',
  },
  {
    source: 'docker/compose 1.3.3 in an issue template with Docker 1.7.1 (boot2docker), a note in Spanish',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-3-3-issue-template-es',
    text: 'Versiones que uso:\n```\nDocker version 1.7.1, build 786b29d\n```\n```\ndocker-compose version: 1.3.3\nCPython version: 2.7.9\nOpenSSL version: OpenSSL 1.0.1e 11 Feb 2013\n```',
  },
  {
    source: 'guard: Compose v2 (cmd/compose/version.go `Docker Compose version v2.27.0`): recent enough, what runs not shown',
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-v2-version-line',
    text: '$ docker compose version\nDocker Compose version v2.27.0',
  },
];

const attach = 'docker/compose 1.x compose/cli/main.py up (`print("Attaching to", list_containers(…))`), v1\'s project_service_N names';

/** v1's `Attaching to` quoted inside a sentence, in any language (CONVENTIONS §2.5, cw79). */
const attachRows: Row[] = [
  {
    source: `${attach}; a Japanese note with no space before it or after it`,
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'ja-attaching-shop-web-1',
    text: 'ログにAttaching to shop_web_1と出たまま、その後何も表示されません',
  },
  {
    source: `${attach}; two containers quoted in an English sentence`,
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'en-backticks-two-names',
    text: 'When I run it I only get `Attaching to blog_db_1, blog_wordpress_1` and then nothing happens, the page never loads.',
  },
  {
    source: `${attach}; Chinese corner brackets around the line`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'zh-corner-brackets',
    text: '日志只显示「Attaching to mall_nginx_1」就卡住了',
  },
  {
    source: `${attach}; a Korean sentence, a full stop right after the name`,
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'ko-attaching-period',
    text: '로그에는 Attaching to chat_redis_1. 만 나오고 멈춥니다',
  },
  {
    source: "guard: the words `Attaching to` in a sentence without v1's project_service_N name name no project",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-attaching-prose',
    text: 'I see Attaching to the container and then it hangs',
  },
];

const redir = 'bash redir.c (a /dev/tcp path that fails: the path, then strerror)';

/** A wait-for loop's connection at loopback, or at a service, inside a container (CONVENTIONS §2.6, cw79). */
const waitRows: Row[] = [
  {
    source: `${redir}; glibc's words for EADDRNOTAVAIL, a postgres wait in an entrypoint`,
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'bash-dev-tcp-cannot-assign',
    text: 'api_1  | /entrypoint.sh: line 9: /dev/tcp/localhost/5432: Cannot assign requested address\napi_1  | waiting for postgres...',
  },
  {
    source: `${redir}; Connection refused at 127.0.0.1, MySQL's port`,
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'bash-dev-tcp-127-refused',
    text: 'web-1  | /usr/local/bin/wait.sh: connect: Connection refused\nweb-1  | /usr/local/bin/wait.sh: line 5: /dev/tcp/127.0.0.1/3306: Connection refused',
  },
  {
    source: 'OpenBSD netcat netcat.c (`connect to %s port %s (%s) failed`), an `nc -z localhost 6379` loop',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'nc-openbsd-localhost-redis',
    text: 'worker-1  | nc: connect to localhost port 6379 (tcp) failed: Connection refused\nworker-1  | redis not ready, retrying',
  },
  {
    source:
      'vishnubob/wait-for-it wait-for-it.sh (`timeout occurred after waiting $WAITFORIT_TIMEOUT seconds for $WAITFORIT_HOST:$WAITFORIT_PORT`)',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'wait-for-it-timeout-localhost',
    text: 'web_1  | wait-for-it.sh: waiting 15 seconds for localhost:5432\nweb_1  | wait-for-it.sh: timeout occurred after waiting 15 seconds for localhost:5432',
  },
  {
    source: `${redir}; musl's words (Alpine), MongoDB's port, as mongo-express's entrypoint logs it`,
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'alpine-dev-tcp-mongo',
    text: 'Waiting for 127.0.0.1:27017...\n/docker-entrypoint.sh: line 14: /dev/tcp/127.0.0.1/27017: Address not available',
  },
  {
    source: `${redir} at a service's name: the service refused (not localhost)`,
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'bash-dev-tcp-db-refused',
    text: 'web-1  | /app/wait.sh: line 3: /dev/tcp/db/5432: Connection refused',
  },
  {
    source: "OpenBSD netcat at a service's name and its address",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'nc-openbsd-service-refused',
    text: 'web_1  | nc: connect to db (172.18.0.2) port 5432 (tcp) failed: Connection refused',
  },
];

const ping = "BusyBox networking/ping.c (`PING %s (%s): %d data bytes`, `bad address '%s'`) and iputils ping/ping.c";

/** A name that resolves from one container and not from another: the networks' isolation (CONVENTIONS §2.6, cw79). */
const isolationRows: Row[] = [
  {
    source: `${ping}; Compose v2's progress lines (docker/compose pkg/compose) of another project, its proxy kept off the backend`,
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'v2-shop-proxy-ping-db',
    text: "$ docker compose up -d\n ✔ Network shop_front  Created\n ✔ Network shop_back   Created\n ✔ Container shop-db-1     Started\n ✔ Container shop-app-1    Started\n ✔ Container shop-proxy-1  Started\n$ docker compose exec app ping -c 1 db\nPING db (172.21.0.2): 56 data bytes\n64 bytes from 172.21.0.2: seq=0 ttl=64 time=0.101 ms\n$ docker compose exec proxy ping -c 1 db\nping: bad address 'db'",
  },
  {
    source: 'iputils ping/ping.c (`PING %s (%s) 56(84) bytes of data.`, `ping: %s: Name or service not known`), Debian images',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'iputils-frontend-database',
    text: '$ docker compose up -d\n ✔ Network tp3_frontend  Created\n ✔ Network tp3_backend   Created\n$ docker compose exec api ping -c 1 database\nPING database (172.23.0.2) 56(84) bytes of data.\n64 bytes from tp3-database-1.tp3_backend (172.23.0.2): icmp_seq=1 ttl=64 time=0.090 ms\n$ docker compose exec frontend ping -c 1 database\nping: database: Name or service not known',
  },
  {
    source: "getent(1) hosts (`<address>  <name>`) from one service, BusyBox ping from another, v1's network line of the project",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'getent-then-bad-address-v1',
    text: 'Creating network "lab_backend" with the default driver\n$ docker-compose exec api getent hosts cache\n172.24.0.3      cache\n$ docker-compose exec nginx ping cache\nping: bad address \'cache\'',
  },
  {
    source: 'guard: BusyBox ping failing from the only container that asked (peer-errors.ts rows), the lookup stands',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-bad-address-alone',
    text: "$ docker compose exec web ping -c 1 db\nping: bad address 'db'",
  },
  {
    source:
      'guard: the same container resolving and then failing after its peer was removed (docker compose rm -sf db): a lookup that fails now',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-same-container-later',
    text: "$ docker compose exec web ping -c 1 db\nPING db (172.19.0.2): 56 data bytes\n64 bytes from 172.19.0.2: seq=0 ttl=64 time=0.088 ms\n$ docker compose rm -sf db\n$ docker compose exec web ping -c 1 db\nping: bad address 'db'",
  },
];

const families: [string, Row[]][] = [
  ["Compose v1's --verbose log", verboseRows],
  ['a docker-compose that is no program', scriptRows],
  ["Compose 1.2-1.4's version lines", versionRows],
  ["v1's Attaching to inside a sentence", attachRows],
  ["a wait-for loop's connection inside a container", waitRows],
  ['a name that resolves from one container and not another', isolationRows],
];

describe.each(families)('cw79 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
