/*
 * cw81: holdout67 to holdout70's listings, inspect output and run lines (README "holdout67–70: listings, inspect output and run
 * lines (cw81)"). Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind),
 * never the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard"
 * hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

/** The start of a `docker inspect` (moby api/types ContainerJSONBase: Id, Created, Path, Args, State, Image, paths, then Name). */
const inspectHead = (id: string, path: string, state: string, more = '') =>
  `[\n    {\n        "Id": "${id}",\n        "Created": "2024-03-02T10:11:12.123456789Z",\n        "Path": "${path}",\n        "Args": [],\n        "State": {\n            "Status": "${state}",\n            "Running": ${state === 'running'},\n            "Paused": false,\n            "Restarting": false,\n            "OOMKilled": false,\n            "Dead": false,\n            "Pid": 4242,\n            "ExitCode": 0,\n            "Error": "",\n            "StartedAt": "2024-03-02T10:11:13.5Z",\n            "FinishedAt": "0001-01-01T00:00:00Z"${more}\n        },\n        "Image": "sha256:9b1f6c1d3a0e5b2c7d8e9f00112233445566778899aabbccddeeff0011223344",\n        "ResolvConfPath": "/var/lib/docker/containers/${id}/resolv.conf",\n        "HostnamePath": "/var/lib/docker/containers/${id}/hostname"`;
const id1 = '4f1c2a9e8b7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b';
const id2 = '0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b';

const inspectRows: Row[] = [
  {
    source: 'docker/cli cli/command/container/inspect.go (`docker inspect NAME`), moby ContainerJSONBase field order; nginx',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'inspect-nginx-cut-run',
    text: `$ docker inspect my-nginx\n${inspectHead(id1, '/docker-entrypoint.sh', 'running')}`,
  },
  {
    source: 'docker/cli cli/command/container/inspect.go (`docker inspect NAME`); nginx, cut before Name',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'inspect-nginx-cut-running',
    text: `$ docker inspect my-nginx\n${inspectHead(id1, '/docker-entrypoint.sh', 'running')}`,
  },
  {
    source: 'docker/cli management command `docker container inspect NAME`; redis, with Health (moby State.Health)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'container-inspect-redis-health',
    text: `me@box:~$ docker container inspect redis-cache\n${inspectHead(id2, 'docker-entrypoint.sh', 'running', ',\n            "Health": {\n                "Status": "healthy",\n                "FailingStreak": 0')}`,
  },
  {
    source: 'docker/cli inspect.go flag -s/--size before the name; postgres under sudo',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'inspect-size-sudo-postgres',
    text: `$ sudo docker inspect --size pg-main\n${inspectHead(id1, 'docker-entrypoint.sh', 'running')}`,
  },
  {
    source: 'Compose v1 container name project_service_N (compose/container.py) at docker inspect; cut before Name',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'inspect-v1-compose-name',
    text: `docker inspect blog_wordpress_1\n${inspectHead(id2, 'docker-entrypoint.sh', 'running')}`,
  },
  {
    source: 'Docker Desktop for Windows, PowerShell prompt (`PS C:\\> docker inspect NAME`), cut before Name',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'inspect-powershell-published',
    text: `PS C:\\Users\\me> docker inspect jenkins\n${inspectHead(id1, '/usr/bin/tini', 'running')}`,
  },
  {
    source: 'guard: CONVENTIONS §2.3 (cw38): the lesson’s own name on the command line, its inspect cut before Name, never an ok',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'guard-inspect-dash-app-cut',
    text: `$ docker inspect dash-app\n${inspectHead(id1, 'python', 'running')}`,
  },
  {
    source: 'guard: an ID on the command line names any container (docker/cli looks it up by ID prefix); cw38',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'guard-inspect-id-cut',
    text: `$ docker inspect 4f1c2a9e8b7d\n${inspectHead(id1, 'python', 'running')}`,
  },
  {
    source: 'guard: two objects inspected (docker inspect prints one per argument): the cut one is not named by the line',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'guard-inspect-two-names',
    text: `$ docker inspect web dash-app\n${inspectHead(id1, 'python', 'running')}`,
  },
  {
    source: 'guard: a cut inspect of a stopped container answers by its state (cw69); moby State "exited"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-inspect-exited-cut',
    text: `$ docker inspect worker\n${inspectHead(id2, 'python', 'exited').replace('"ExitCode": 0', '"ExitCode": 1')}`,
  },
];

const runRows: Row[] = [
  {
    source: 'traefik’s quick start: the proxy with -p 80:80, then traefik/whoami without -p (CONVENTIONS §2.0, the later run)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'proxy-then-whoami',
    text: '$ docker run -d --name traefik -p 80:80 -v /var/run/docker.sock:/var/run/docker.sock traefik:v2.10 --providers.docker\n$ docker run -d --name whoami --label traefik.http.routers.whoami.rule=Host`(whoami.localhost)` traefik/whoami',
  },
  {
    source: 'docker/cli run: `--expose` opens a port to other containers only (opts.go "Expose a port or a range of ports")',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'web-then-api-expose',
    text: 'docker run -d -p 8080:80 --name web nginx:1.25\ndocker run -d --expose 5000 --name api my-flask-api',
  },
  {
    source: 'docker/cli management command `docker container run`: a db without -p after the app with -p',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'container-run-second-no-p',
    text: '$ docker container run -d --name app -p 3000:3000 node-app\n$ docker container run -d --name cache redis:7',
  },
  {
    source: 'nginx-proxy/nginx-proxy README: `-p 80:80` for the proxy, then an app with VIRTUAL_HOST and no -p',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'nginx-proxy-virtual-host',
    text: 'docker run -d -p 80:80 -v /var/run/docker.sock:/tmp/docker.sock:ro nginxproxy/nginx-proxy:1.5\ndocker run -d -e VIRTUAL_HOST=foo.bar.com -e VIRTUAL_PORT=8050 e4l-python-graph',
  },
  {
    source: 'guard: docker-library/tomcat#122 (the same image run first without -p, then with it): the first run published nothing',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-bare-then-p',
    text: '$ docker run -d tomcat:9\n$ docker run -d -p 8888:8080 tomcat:9',
  },
  {
    source: 'guard: a later run with a command of its own is a client, not a server (`docker run --rm busybox wget …`)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-later-client-command',
    text: '$ docker run -d --name web -p 8080:80 nginx\n$ docker run --rm busybox wget -qO- http://172.17.0.2/',
  },
  {
    source: 'ddps-lab/jupyter-notebook#1: a template line below the run, its host port written as a word (Korean "포트번호")',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'placeholder-korean-below',
    text: '```\nsudo docker run -d -p 8888:8888 jupyter/base-notebook\n```\n\n이렇게 실행했습니다. 다른 포트를 쓰려면:\n\ndocker run -d -p 포트번호:8888 jupyter/base-notebook',
  },
  {
    source: 'README templates in capitals (`-p PORT:80`), the run the poster made above it',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'placeholder-capitals',
    text: '$ docker run -d --name web -p 8081:80 httpd:2.4\n\nAny port works:\ndocker run -d --name web -p PORT:80 httpd:2.4',
  },
  {
    source: 'Japanese notes with a template line (ポート番号, "port number") below the run they made',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'placeholder-japanese',
    text: 'docker run -d -p 9090:8080 --name api spring-demo\n\n任意のポートで起動する場合:\ndocker run -d -p ポート番号:8080 --name api spring-demo',
  },
  {
    source: 'guard: a real run whose host port comes from the shell ($PORT) is not a template',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-shell-variable-later',
    text: '$ docker run -d -p 9090:8080 --name api spring-demo\n$ docker run -d --name api2 spring-demo',
  },
  {
    source: 'moby daemon/create.go then start: the refused try leaves its container Created, the retry meets its name (Docker 18-27 words)',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'port-then-conflict-modern',
    text: '$ docker run -d --name shop -p 3000:3000 shop-app\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint shop (1f2e3d4c5b6a): Bind for 0.0.0.0:3000 failed: port is already allocated.\n$ docker run -d --name shop -p 3000:3000 shop-app\ndocker: Error response from daemon: Conflict. The container name "/shop" is already in use by container "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b". You have to remove (or rename) that container to be able to reuse that name.',
  },
  {
    source: 'Docker Desktop (Windows) "Ports are not available" on endpoint, then the conflict (docker/for-win issues’ wording)',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'port-then-conflict-desktop',
    text: 'PS C:\\> docker run -d --name dash -p 8050:8050 e4l-python-graph\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint dash (3c2b1a): Error starting userland proxy: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: An attempt was made to access a socket in a way forbidden by its access permissions.\nPS C:\\> docker run -d --name dash -p 8050:8050 e4l-python-graph\ndocker: Error response from daemon: Conflict. The container name "/dash" is already in use by container "5d4c3b2a1f0e". You have to remove (or rename) that container to be able to reuse that name.',
  },
  {
    source: 'guard: the port refusal of another container, a conflict of a name no refusal named: ranks as before',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-conflict-then-port-free',
    text: '$ docker run -d --name shop -p 3000:3000 shop-app\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint shop (1f2e3d4c5b6a): Bind for 0.0.0.0:3000 failed: port is already allocated.\n$ docker run -d --name shop -p 3000:3000 shop-app\ndocker: Error response from daemon: Conflict. The container name "/shop" is already in use by container "9a8b7c6d5e4f". You have to remove (or rename) that container to be able to reuse that name.',
  },
  {
    source: 'guard: a conflict first, then the port refused on the retry under a new name: the port is the later state',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-conflict-then-port',
    text: '$ docker run -d --name shop -p 3000:3000 shop-app\ndocker: Error response from daemon: Conflict. The container name "/shop" is already in use by container "9a8b7c6d5e4f". You have to remove (or rename) that container to be able to reuse that name.\n$ docker run -d --name shop2 -p 3000:3000 shop-app\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint shop2 (7e6d5c4b3a2f): Bind for 0.0.0.0:3000 failed: port is already allocated.',
  },
];

const promptRows: Row[] = [
  {
    source: 'Google Cloud Shell prompt `user@cloudshell:~/dir (project-id)$`; gunicorn 21 "Listening at: http://0.0.0.0:8080"',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'cloudshell-gunicorn-published',
    text: 'jane_doe@cloudshell:~/hello-app (my-proj-123456)$ docker run -p 8080:8080 $IMAGE\n[2024-02-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0\n[2024-02-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)',
  },
  {
    source: 'git contrib/completion/git-prompt.sh: PS1 with `$(__git_ps1 " (%s)")` before `\\$`; docker/cli run',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'git-branch-prompt-run',
    text: 'me@laptop:~/dash-app (main)$ docker run -d --name dash-app -p 80:8050 -e "MSG=hello there" e4l-python-graph\n3f2a9c1d0b7e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
  },
  {
    source: 'git-prompt.sh branch with a slash (`(feature/login)`); docker ps (docker/cli formatter)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'git-branch-slash-ps',
    text: 'dev@ubuntu:~/src/dash-app (feature/login)$ docker ps -a\nCONTAINER ID   IMAGE              COMMAND           CREATED         STATUS                     PORTS     NAMES\n3f2a9c1d0b7e   e4l-python-graph   "python app.py"   2 minutes ago   Exited (1) 1 minute ago              dash-app',
  },
  {
    source: 'Cloud Shell prompt; uvicorn "Uvicorn running on http://127.0.0.1:8080" (uvicorn/server.py)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'cloudshell-uvicorn-loopback',
    text: 'sam@cloudshell:~ (demo-project)$ docker run -p 8080:8080 "${REGION}-docker.pkg.dev/demo-project/repo/fastapi-demo"\nINFO:     Started server process [1]\nINFO:     Uvicorn running on http://127.0.0.1:8080 (Press CTRL+C to quit)',
  },
];

const clientRows: Row[] = [
  {
    source: 'Chrome’s ERR_CONNECTION_REFUSED page (net_error_list.h) after the poster’s "didn’t send any data" (docker/for-win#6767)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'told-empty-then-refused-code',
    text: '### Actual behavior\nlocalhost:3000 didn’t send any data\n\nThis site can’t be reached\nlocalhost refused to connect.\nERR_CONNECTION_REFUSED',
  },
  {
    source: 'Chrome’s older ERR_EMPTY_RESPONSE title "No data received" told, then Edge’s refused page with its code',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'no-data-told-then-refused-code',
    text: 'I only get "No data received" at http://localhost:8000\n\nHmm… can’t reach this page\nlocalhost refused to connect.\nERR_CONNECTION_REFUSED',
  },
  {
    source: 'guard: Chrome’s ERR_EMPTY_RESPONSE page with its own code, then a refused page: the first code stands (cw33)',
    check: 'reach:published',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-empty-code-then-refused',
    text: 'This page isn’t working\nlocalhost didn’t send any data.\nERR_EMPTY_RESPONSE\n\nThis site can’t be reached\nlocalhost refused to connect.\nERR_CONNECTION_REFUSED',
  },
  {
    source: 'guard: curl’s own (52) Empty reply, then a sentence about a refused browser: curl’s output stands',
    check: 'reach:published',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-curl-empty-then-refused-words',
    text: '$ curl http://localhost:8050\ncurl: (52) Empty reply from server\n\nThe browser says localhost refused to connect.',
  },
  {
    source:
      'Compose file short syntax ports (compose-spec 05-services.md ports), then Chrome’s ERR_EMPTY_RESPONSE (akeneo/Dockerfiles#328)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'compose-file-5000-empty',
    text: 'services:\n  web:\n    build: .\n    ports:\n      - "5000:5000"\n\nhttp://localhost:5000 gives ERR_EMPTY_RESPONSE',
  },
  {
    source: 'Compose file short syntax `8080:80`, then curl (52) Empty reply from server (curl lib/strerror.c CURLE_GOT_NOTHING)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'compose-file-8080-80-curl-empty',
    text: '  nginx:\n    image: nginx:1.25\n    ports:\n      - 8080:80\n\n$ curl localhost:8080\ncurl: (52) Empty reply from server',
  },
  {
    source: 'guard: the lesson’s own mapping in the compose file, then an empty reply: the app is not reached (cw33)',
    check: 'reach:published',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-compose-file-8050-empty',
    text: 'services:\n  web:\n    build: .\n    ports:\n      - "8050:8050"\n\n$ curl localhost:8050\ncurl: (52) Empty reply from server',
  },
];

const v1 = (state: string) =>
  `shop_db_1      docker-entrypoint.sh mysqld      Up           3306/tcp, 33060/tcp\nshop_redis_1   docker-entrypoint.sh redis ...   Up           6379/tcp\nshop_web_1     gunicorn app:app -b 0.0.0.0:80   ${state}`;
const ps =
  'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS                 NAMES\n1a2b3c4d5e6f        mysql:5.7           "docker-entrypoint.s…"   2 hours ago         Up 2 hours          3306/tcp, 33060/tcp   shop_db_1\n2b3c4d5e6f7a        redis:5             "docker-entrypoint.s…"   2 hours ago         Up 2 hours          6379/tcp              shop_redis_1';

const v1Rows: Row[] = [
  {
    source: 'docker-compose 1.x ps rows (compose/cli/main.py, human_readable_state) without header, above docker ps (openware/opendax#149)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-rows-restarting-above-ps',
    text: `${v1('Restarting')}\n\n${ps}`,
  },
  {
    source: 'docker-compose 1.x ps rows without header, `Exit 1` (compose/container.py human_readable_state), under a sentence',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'v1-rows-exit-1-run',
    text: `After docker-compose up -d the web service stops:\n\n${v1('Exit 1')}`,
  },
  {
    source: 'docker-compose 1.x ps rows without header alone, a restarting service among Up',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'v1-rows-alone-run',
    text: v1('Restarting'),
  },
  {
    source: 'docker-compose 1.x ps rows without header alone, `Exit 137` (killed: compose/container.py)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-rows-alone-exit-137',
    text: v1('Exit 137'),
  },
  {
    source: 'guard: CONVENTIONS §4 (c-tencent): another project’s bare Restarting at compose stays the project',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-v1-rows-compose',
    text: `${v1('Restarting')}\n\n${ps}`,
  },
  {
    source: 'guard: every v1 row Up, above docker ps: other containers, none the lesson’s (CONVENTIONS §2.3)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-v1-rows-all-up',
    text: `${v1('Up')}\n\n${ps}`,
  },
];

const families: [string, Row[]][] = [
  ['an inspect cut before its Name, named by its command line', inspectRows],
  ['run lines: the later run stands, templates are no runs, a retry meets its own name', runRows],
  ['a prompt with a part in parentheses', promptRows],
  ['what a client got, by its own code; a compose file’s ports', clientRows],
  ['Compose v1 ps rows without their header', v1Rows],
];

describe.each(families)('cw81 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
