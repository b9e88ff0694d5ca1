/*
 * cw77: holdout63 to holdout66's listening and run misses (README "holdout63–66: listening and run (cw77)"). Each row is a variation a
 * learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste itself, which moved to
 * ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const id64 = '06e0523ca164bc48787a41d0ed31bc2aace06dca1caf01b1c1304f9e482074da';
const id64b = 'bc0a7ba476c8dc517ebebbcd8308aa7f6a012155291c9591c794e0cfd3d48bb5';

/** Where the command line is: another name for Docker's client, prompts of words and of a themed shell. */
const promptRows: Row[] = [
  {
    source:
      "Ubuntu 14.04's docker.io package (/usr/bin/docker.io; docs.docker.com's Ubuntu install then: `sudo ln -sf /usr/bin/docker.io /usr/local/bin/docker`)",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'dockerio-run-d-p',
    text: `$ sudo docker.io run -d -p 8080:80 nginx\n${id64}`,
  },
  {
    source: "Ubuntu 14.04's docker.io, Docker 1.x's v1 pull (`Pulling repository`), clue/docker-adminer#2's layout",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'dockerio-pull-then-id',
    text: `me@trusty:~$ docker.io run -d -p 5000:80 clue/adminer\nUnable to find image 'clue/adminer' locally\nPulling repository clue/adminer\n7a19cce918dd: Download complete\n511136ea3c5a: Download complete\n${id64}`,
  },
  {
    source: "Ubuntu 14.04's docker.io, docker ps' columns (Docker 1.x)",
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'dockerio-ps-other-name',
    text: 'root@trusty:~# docker.io ps\nCONTAINER ID        IMAGE                 COMMAND                CREATED             STATUS              PORTS                  NAMES\n3f2a9c1b7d4e        clue/adminer:latest   "/usr/bin/supervisor   2 minutes ago       Up 2 minutes        0.0.0.0:8082->80/tcp   jolly_turing',
  },
  {
    source: 'a prompt of words, NAME on FOLDER $ (clue/docker-adminer#2: `mathieu on ~ $ `)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'name-on-folder-prompt',
    text: `anna on ~/src $ docker run -d -p 8082:80 adminer\n${id64}`,
  },
  {
    source: 'a prompt of words, NAME in FOLDER % (zsh)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'name-in-folder-zsh-prompt',
    text: `kim in ~/work/app % docker run -d -p 3000:80 web\n${id64}`,
  },
  {
    source:
      'agnoster/powerlevel prompt with a dotted folder (luis-nvrrdwd devops-with-docker exercise1.7; nerd font glyphs U+F31B U+E0B0 U+F07C)',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'powerline-dotted-folder-no-p',
    text: '\uf31b \ue0b0 \uf07c ~/c/devops-with-docker/exercise1.6 \ue0b0 docker run devopsdockeruh/simple-web-service:alpine server\n[GIN-debug] Listening and serving HTTP on :8080',
  },
  {
    source: 'a themed prompt whose folder has a dot (github.com paths, version folders)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'symbol-prompt-github-com-folder',
    text: `\u279c ~/go/src/github.com/me/api  docker run -d -p 9090:8080 api\n${id64}`,
  },
];

/** Lesson 3: a detached run's ID after the image's pull (docker/cli container/create.go pulls first, then run.go prints the ID). */
const pullRows: Row[] = [
  {
    source: "docker/cli container/create.go (`Unable to find image '%s' locally`), Docker 1.x's v1 pull, Ubuntu 14.04's docker.io",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'v1-pull-then-id-install',
    text: `me on ~ $ docker.io run -d -p 8080:80 nginx\nUnable to find image 'nginx' locally\nPulling repository nginx\n5c82215b03d1: Download complete\n511136ea3c5a: Download complete\n${id64}`,
  },
  {
    source:
      'docker/cli container/create.go and the v2 pull progress (`Pulling from`, `Pull complete`, `Digest:`, `Status: Downloaded newer image for`)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'v2-pull-then-id-install',
    text: `$ docker run -d -p 8080:80 nginx\nUnable to find image 'nginx:latest' locally\nlatest: Pulling from library/nginx\na2abf6c4d29d: Pull complete\na9edb18cadd1: Pull complete\nDigest: sha256:${'0f'.repeat(32)}\nStatus: Downloaded newer image for nginx:latest\n${id64}`,
  },
  {
    source: 'guard: the pull, then the daemon refusing the container (no ID) is no ok',
    check: 'install',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-pull-then-port-refused',
    text: `$ docker run -d -p 80:80 nginx\nUnable to find image 'nginx:latest' locally\nlatest: Pulling from library/nginx\na2abf6c4d29d: Pull complete\nStatus: Downloaded newer image for nginx:latest\n${id64}\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint x (1f): Bind for 0.0.0.0:80 failed: port is already allocated.`,
  },
];

/** An HTTP answer through a forward that is not the lesson's, in every client's words. */
const answerRows: Row[] = [
  {
    source: 'GNU wget src/http.c: `HTTP request sent, awaiting response... ` then the status (clue/docker-adminer#2: 404 at 8082)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'wget-404-elsewhere',
    text: `$ docker run -d -p 8081:80 clue/adminer\n${id64}\n$ wget http://localhost:8081/\n--2014-07-31 10:11:14--  http://localhost:8081/\nResolving localhost (localhost)... 127.0.0.1\nConnecting to localhost (localhost)|127.0.0.1|:8081... connected.\nHTTP request sent, awaiting response... 404 Not Found\n2014-07-31 10:11:14 ERROR 404: Not Found.`,
  },
  {
    source: 'GNU wget src/http.c, a 403 (Apache with no index) at another forward',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'wget-403-elsewhere',
    text: `$ docker run -d -p 9000:80 httpd\n${id64}\n$ wget 127.0.0.1:9000\nConnecting to 127.0.0.1:9000... connected.\nHTTP request sent, awaiting response... 403 Forbidden`,
  },
  {
    source: 'BusyBox wget (networking/wget.c: `server returned error: %s`) in an Alpine shell',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'busybox-wget-404-elsewhere',
    text: `$ docker run -d -p 8088:80 nginx:alpine\n${id64}\n$ wget http://localhost:8088/index.php\nConnecting to localhost:8088 (127.0.0.1:8088)\nwget: server returned error: HTTP/1.1 404 Not Found`,
  },
  {
    source: 'curl -I (curl/src/tool_operate.c prints the status line), a 404 at another forward',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-I-404-elsewhere',
    text: `$ docker run -d -p 8083:5000 api\n${id64}\n$ curl -I http://localhost:8083/\nHTTP/1.1 404 NOT FOUND\nServer: Werkzeug/2.0.1 Python/3.9.6\nContent-Type: text/html; charset=utf-8`,
  },
  {
    source: 'guard: a 404 at the lesson port 8050 is no ok (CONVENTIONS §1)',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-wget-404-at-8050-no-ok',
    text: `$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\n${id64}\n$ wget http://localhost:8050/\nConnecting to localhost (localhost)|127.0.0.1|:8050... connected.\nHTTP request sent, awaiting response... 404 Not Found`,
  },
];

/** A start line whose addresses are listed below it (a colon, then one URL a line). */
const listRows: Row[] = [
  {
    source: 'dtcooper/tuxracer-web#2 layout (`Web server running on port 80:`, `    - http://localhost/`), at another port',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'running-on-port-colon-localhost-list',
    text: '$ docker run -p 6080:8080 web\nWeb server running on port 8080:\n    - http://localhost:8080/',
  },
  {
    source: 'the same shape with 127.0.0.1 and a bullet',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'listening-on-port-colon-127-bullet',
    text: '$ docker run -d -p 3000:3000 --name shop shop\nServer listening on port 3000:\n  * http://127.0.0.1:3000',
  },
  {
    source: 'dtcooper/tuxracer-web#2 layout at run, sudo and a code span (CONVENTIONS §2.2: loopback before the mapping)',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'tux-shape-run',
    text: 'when I run `sudo docker run -p 7000:7000 me/game`, I get:\n```\nGame server running on port 7000:\n    - http://localhost:7000/\n```',
  },
  {
    source:
      'http-server (http-party/http-server bin/http-server: `Available on:` and one URL an interface) shape: a network address beside loopback is not loopback only',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'list-with-network-address',
    text: '$ docker run -p 6080:8080 web\nWeb server running on port 8080:\n    - http://localhost:8080/\n    - http://172.17.0.2:8080/',
  },
  {
    source: 'guard: Vite 5 (packages/vite/src/node/logger.ts printServerUrls: `➜  Local:`, `➜  Network: use --host to expose`)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-vite-local',
    text: '$ docker run -p 5173:5173 web\n  VITE v5.0.0  ready in 300 ms\n\n  ➜  Local:   http://localhost:5173/\n  ➜  Network: use --host to expose',
  },
];

/** A server that could not bind its address for a reason other than a port in use: it never listens and exits. */
const bindRows: Row[] = [
  {
    source: 'php-src sapi/cli/php_cli_server.c: `Failed to listen on %s:%d (reason: %s)` (TimWolla/docker-adminer#75)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'php-failed-to-listen-getaddrinfo-run',
    text: 'docker run -p 8086:8080 adminer:4.7\n[Fri Apr  3 10:00:00 2020] Failed to listen on :::8080 (reason: php_network_getaddresses: getaddrinfo failed: Name or service not known)',
  },
  {
    source: 'php-src sapi/cli/php_cli_server.c, EACCES for port 80 as a user',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'php-failed-to-listen-permission-reach',
    text: '$ docker run -d --name app -p 8080:80 php-app\n$ docker logs app\n[Mon Jan  8 12:00:00 2024] Failed to listen on 0.0.0.0:80 (reason: Permission denied)',
  },
  {
    source: 'php-src sapi/cli/php_cli_server.c, EADDRNOTAVAIL',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'php-failed-to-listen-cannot-assign-reach',
    text: '$ docker logs web\n[Mon Jan  8 12:00:00 2024] Failed to listen on 192.168.1.10:8000 (reason: Cannot assign requested address)',
  },
  {
    source: 'Ruby\'s SystemCallError for bind(2) (ext/socket: `bind(2) for "%s" port %d`), as puma prints it',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'ruby-bind-eaddrnotavail',
    text: '$ docker logs rails\n/usr/local/bundle/gems/puma-5.6.4/lib/puma/binder.rb:334:in `initialize\': Cannot assign requested address - bind(2) for "10.0.0.5" port 3000 (Errno::EADDRNOTAVAIL)',
  },
  {
    // Stop 53 (cw160): the port answer is now given at reach:listening too (reach.ts, a server's own line that its port is taken).
    source: 'guard: php-src sapi/cli/php_cli_server.c with EADDRINUSE is no crash of this class (a port in use is the port answer)',
    check: 'reach:listening',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-php-address-in-use',
    text: '$ docker logs web\n[Mon Jan  8 12:00:00 2024] Failed to listen on 0.0.0.0:8050 (reason: Address already in use)',
  },
];

/** A socket listing at a shell opened in the container, by the shell's own default prompt. */
const insideRows: Row[] = [
  {
    source: "bash's default PS1 `\\s-\\v\\$ ` as root (JPCERTCC/LogonTracer#25: `bash-4.3# netstat -na`)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'bash-version-prompt-netstat',
    text: 'bash-4.4# netstat -tln\nActive Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State\ntcp        0      0 0.0.0.0:5000            0.0.0.0:*               LISTEN',
  },
  {
    source: "bash's default PS1 in a CentOS image (`sh-4.2#`), netstat -an's IPv6 row",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'sh-version-prompt-netstat-ipv6',
    text: 'sh-4.2# netstat -an\nActive Internet connections (servers and established)\nProto Recv-Q Send-Q Local Address           Foreign Address         State\ntcp6       0      0 :::3000                 :::*                    LISTEN',
  },
  {
    source: "bash 5's default PS1 and iproute2's ss -tln",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'bash5-prompt-ss',
    text: 'bash-5.1# ss -tln\nState  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\nLISTEN 0      128          0.0.0.0:8000      0.0.0.0:*',
  },
  {
    source: 'guard: the same prompt, the app on loopback at 8050',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-bash-prompt-loopback-8050',
    text: 'bash-4.4# netstat -tln\nProto Recv-Q Send-Q Local Address           Foreign Address         State\ntcp        0      0 127.0.0.1:8050          0.0.0.0:*               LISTEN',
  },
];

/** Podman's run line, which prints what docker run prints (its ID), its mapping read; never an ok (cw70). */
const podmanRows: Row[] = [
  {
    source: 'containers/podman docs podman-run.1.md (-p 8888:80/tcp; meshtastic/web#368)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'podman-run-dt-name-p',
    text: `~ $ podman run -dt --name web -p 8081:80/tcp docker.io/library/httpd\n${id64b}`,
  },
  {
    source: 'containers/podman docs podman-run.1.md, sudo, no -p',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'podman-run-no-p',
    text: `$ sudo podman run -d --name api registry.example.com/api:1.2\n${id64b}`,
  },
  {
    source: 'podman run with the lesson line and the app on 0.0.0.0:8050 is no ok (the lessons use Docker Engine, cw70)',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'podman-run-lesson-line-no-ok',
    text: `$ podman run -d --name dash-app -p 8050:8050 e4l-python-graph\n${id64b}\n$ podman logs dash-app\nDash is running on http://0.0.0.0:8050/`,
  },
];

/** A run line told in single quotes in a sentence. */
const quoteRows: Row[] = [
  {
    source: "nextcloud/docker#622's words (`After running 'docker run -d -p 8080:80 nextcloud' - no errors.`), another image",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'single-quoted-run',
    text: "After running 'docker run -d -p 8081:80 wordpress' - no errors. but localhost:8081 shows nothing.",
  },
  {
    source: 'a run line in typographic single quotes (a word processor or a chat)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'curly-single-quoted-run',
    text: 'I typed ‘docker run -d -p 5000:80 myapp’ and the browser says nothing.',
  },
  {
    source: "single quotes at reach:published (nextcloud/docker#622's Docker Toolbox)",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'single-quoted-run-published',
    text: "I ran 'sudo docker run -d -p 9000:9000 portainer/portainer' and localhost:9000 cannot connect.",
  },
  {
    source: 'the lesson line in single quotes alone is no ok (CONVENTIONS §1: the line alone is partial)',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'single-quoted-lesson-line-partial',
    text: "I ran 'docker run -d --name dash-app -p 8050:8050 e4l-python-graph' and it printed an ID.",
  },
];

/** Several listings: a container's place is its last listing's. */
const listingRows: Row[] = [
  {
    source: 'run0ut/devops-netology 06-db-02 layout (compose stop, ps -a, a new run, its listing), other names',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'stopped-then-new-run-listed-first',
    text: '$ docker stop mysql\nmysql\n$ docker ps -a\nCONTAINER ID   IMAGE       COMMAND                  CREATED          STATUS                     PORTS     NAMES\n4a1b2c3d4e5f   mysql:8     "docker-entrypoint.s…"   9 minutes ago    Exited (0) 3 seconds ago             mysql\n$ docker run -d --name mysql2 -e MYSQL_ROOT_PASSWORD=x mysql:8\n$ docker ps -a\nCONTAINER ID   IMAGE       COMMAND                  CREATED          STATUS                     PORTS                 NAMES\n9f8e7d6c5b4a   mysql:8     "docker-entrypoint.s…"   5 seconds ago    Up 4 seconds               3306/tcp, 33060/tcp   mysql2\n4a1b2c3d4e5f   mysql:8     "docker-entrypoint.s…"   9 minutes ago    Exited (0) 1 minute ago                          mysql',
  },
  {
    source: 'guard: one listing, the stopped container newest (listed first) above one running (CONVENTIONS §2.2)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-one-listing-stopped-first',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE       COMMAND                  CREATED          STATUS                     PORTS      NAMES\n4a1b2c3d4e5f   myapp       "python app.py"          9 seconds ago    Exited (0) 3 seconds ago              sad_wu\n9f8e7d6c5b4a   postgres    "docker-entrypoint.s…"   2 weeks ago      Up 2 weeks                 5432/tcp   db',
  },
  {
    source: 'guard: dsikkema/learn tutorial layout (ps -a with two stopped, `docker start`, then `docker ps` of the running one only)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-later-ps-running-only',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE           COMMAND                  CREATED       STATUS                     PORTS                    NAMES\n881b6d70d80c   ubuntu:latest   "/bin/bash"              6 days ago    Exited (255) 5 days ago                             box\n6ba2288a2687   postgres        "docker-entrypoint.s…"   3 weeks ago   Exited (255) 5 days ago    0.0.0.0:5432->5432/tcp   pg\n$ docker start box\nbox\n$ docker ps\nCONTAINER ID   IMAGE           COMMAND       CREATED      STATUS         PORTS     NAMES\n881b6d70d80c   ubuntu:latest   "/bin/bash"   6 days ago   Up 4 seconds             box',
  },
];

const families: [string, Row[]][] = [
  ['where the command line is', promptRows],
  ["lesson 3: a run's ID after its pull", pullRows],
  ['an HTTP answer through another forward', answerRows],
  ["a start line's list of addresses", listRows],
  ['a bind failure other than a port in use', bindRows],
  ["a socket listing at a container's shell", insideRows],
  ["podman's run line", podmanRows],
  ['a run line in single quotes', quoteRows],
  ['several listings', listingRows],
];

describe.each(families)('cw77 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
