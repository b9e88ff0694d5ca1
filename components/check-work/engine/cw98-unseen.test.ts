/*
 * cw98: holdout78's learner's own stopped or removed container (README "holdout78: a learner's own stopped or removed container (cw98)").
 * Each row is a variation a learner would paste (other images, names, ports, prompts, `docker container stop/rm`, `rm -f`, `kill`,
 * `$(docker ps -q)`), never the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id
 * starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const H =
  'CONTAINER ID   IMAGE              COMMAND                  CREATED          STATUS                      PORTS                    NAMES';
const H1 =
  'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS                      PORTS                  NAMES';
const stop = 'docker/cli docs/reference/commandline/container_stop.md (`docker stop my_container`; the CLI prints each name it stopped)';
const rm = 'docker/cli docs/reference/commandline/container_rm.md (`docker rm /redis`, `docker rm --force redis`)';
const kill = 'docker/cli docs/reference/commandline/container_kill.md (`docker kill my_container`: SIGKILL, Exited (137))';
const nginxRow = (age: string, status: string, ports: string, name: string, id = '4ea55871346b') =>
  `${id}   nginx              "/docker-entrypoint.…"   ${age}   ${status}   ${ports}   ${name}`;
const ID = '4ea55871346bea8332fdd1aee1c23620aff366895fbc573144b5cf4bd246d710';

const endedRows: Row[] = [
  {
    source: `${stop}: the learner's own run, Up, stopped, then docker ps -a`,
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'run-name-p-stop-ps-a-exited-0',
    text: `$ docker run -d --name web -p 8080:80 nginx\n${ID}\n$ docker ps\n${H}\n${nginxRow('12 seconds ago', 'Up 11 seconds              ', '0.0.0.0:8080->80/tcp', 'web')}\n$ docker stop web\nweb\n$ docker ps -a\n${H}\n${nginxRow('40 seconds ago', 'Exited (0) 4 seconds ago   ', '                    ', 'web')}`,
  },
  {
    source: `${stop}: the same at "Is 8050 published?": a stopped container publishes nothing (moby releases its ports at the stop)`,
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'published-name-p-stop-ps-a-exited-0',
    text: `$ docker run -d --name web -p 8080:80 nginx\n${ID}\n$ docker ps\n${H}\n${nginxRow('12 seconds ago', 'Up 11 seconds              ', '0.0.0.0:8080->80/tcp', 'web')}\n$ docker stop web\nweb\n$ docker ps -a\n${H}\n${nginxRow('40 seconds ago', 'Exited (0) 4 seconds ago   ', '                    ', 'web')}`,
  },
  {
    source: `${stop} and ${rm}, \`docker container\` forms, at a PowerShell prompt; the last \`docker container ls -a\` empty`,
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'pwsh-container-stop-rm-ls-a-empty',
    text: `PS C:\\Users\\lee> docker container run --name httpd01 -d -p 8081:80 httpd\n${ID}\nPS C:\\Users\\lee> docker container ls\n${H}\n4ea55871346b   httpd              "httpd-foreground"       9 seconds ago    Up 8 seconds                0.0.0.0:8081->80/tcp     httpd01\nPS C:\\Users\\lee> docker container stop httpd01\nhttpd01\nPS C:\\Users\\lee> docker container rm httpd01\nhttpd01\nPS C:\\Users\\lee> docker container ls -a\n${H}`,
  },
  {
    source: `${rm}: \`docker rm -f\` of a running container, no listing after it`,
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'published-rm-f-running-no-listing-after',
    text: `$ docker run -d --name myredis -p 6379:6379 redis\n${ID}\n$ docker ps\n${H}\n4ea55871346b   redis              "docker-entrypoint.s…"   2 minutes ago    Up 2 minutes                0.0.0.0:6379->6379/tcp   myredis\n$ docker rm -f myredis\nmyredis`,
  },
  {
    source: `${kill}: the learner's own container killed, Exited (137)`,
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'kill-exited-137',
    text: `$ docker run -dit --name box busybox\n${ID}\n$ docker ps\n${H}\n4ea55871346b   busybox            "sh"                     5 seconds ago    Up 4 seconds                                         box\n$ docker kill box\nbox\n$ docker ps -a\n${H}\n4ea55871346b   busybox            "sh"                     30 seconds ago   Exited (137) 2 seconds ago                           box`,
  },
  {
    source: `${stop}: \`docker stop $(docker ps -q)\` stops every running container (the docs' "stop all" idiom)`,
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'stop-all-ps-q-two-exited',
    text: `$ docker ps\n${H1}\n9bf0cabc6009        nginx               "/docker-entrypoint.…"   2 minutes ago       Up 2 minutes                0.0.0.0:8080->80/tcp   web1\nbf72baa93e19        nginx               "/docker-entrypoint.…"   3 minutes ago       Up 3 minutes                0.0.0.0:8081->80/tcp   web2\n$ docker stop $(docker ps -q)\n9bf0cabc6009\nbf72baa93e19\n$ docker ps -a\n${H1}\n9bf0cabc6009        nginx               "/docker-entrypoint.…"   2 minutes ago       Exited (0) 3 seconds ago                           web1\nbf72baa93e19        nginx               "/docker-entrypoint.…"   3 minutes ago       Exited (0) 3 seconds ago                           web2`,
  },
  {
    source: `${stop}: by a prefix of the ID the run printed (moby resolves a unique prefix, daemon/container.go GetContainer), cmd's prompt`,
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'cmd-stop-id-prefix-one-exited-0',
    text: `C:\\Users\\kim>docker run -d -p 8082:80 nginx\n${ID}\n\nC:\\Users\\kim>docker stop 4ea5\n4ea5\n\nC:\\Users\\kim>docker ps -a\n${H}\n${nginxRow('1 minute ago  ', 'Exited (0) 5 seconds ago   ', '                    ', 'vibrant_kepler')}`,
  },
  {
    source: `${stop}: Tomcat's JVM ends on SIGTERM with 143 (128+15)`,
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'run-tomcat-stop-exited-143',
    text: `$ docker run -d --name tomcat1 -p 8888:8080 tomcat:9\n${ID}\n$ docker ps\n${H}\n4ea55871346b   tomcat:9           "catalina.sh run"        20 seconds ago   Up 19 seconds               0.0.0.0:8888->8080/tcp   tomcat1\n$ docker stop tomcat1\ntomcat1\n$ docker ps -a\n${H}\n4ea55871346b   tomcat:9           "catalina.sh run"        1 minute ago     Exited (143) 3 seconds ago                           tomcat1`,
  },
  {
    source:
      'docker-library/hello-world hello.c greeting; docker run hello-world told in a Markdown heading, then its one row (exits by design)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'hello-world-heading-ps-a-one-row',
    text: `## 2. \`docker run hello-world\`\n\n\`\`\`\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n\`\`\`\n\n## 3. \`docker ps -a\`\n\n\`\`\`\n${H}\n0e1f2a3b4c5d   hello-world        "/hello"                 3 minutes ago    Exited (0) 3 minutes ago                             jolly_morse\n\`\`\``,
  },
  {
    source: 'docker-library/hello-world: `$ docker run hello-world`, its greeting, then `docker container ls -a`',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'hello-world-run-ls-a-run-step',
    text: `$ docker run hello-world\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n\n$ docker container ls -a\n${H}\n0e1f2a3b4c5d   hello-world        "/hello"                 8 seconds ago    Exited (0) 7 seconds ago                             elated_turing`,
  },
  {
    source: `${stop} and ${rm}: a run line with no -p, Up with 80/tcp, stopped and removed: it published nothing while it ran (cw44, cw98)`,
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'published-no-p-stop-rm-ps-a-empty',
    text: `$ docker run --name apache01 -d httpd\n${ID}\n$ docker ps\n${H}\n4ea55871346b   httpd              "httpd-foreground"       12 seconds ago   Up 11 seconds               80/tcp                   apache01\n$ docker stop apache01\napache01\n$ docker rm apache01\napache01\n$ docker ps -a\n${H}`,
  },
];

const crashRows: Row[] = [
  {
    source:
      "MySQL 9.x error log (mysqld's ER_MY_UNKNOWN_VARIABLE `[MY-000067] unknown variable`, then `[MY-010119] Aborting`), docker logs of the learner's own --name",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'run-mysql9-logs-unknown-variable-aborting',
    text: `$ docker run --name db -d -e MYSQL_ROOT_PASSWORD=secret mysql --default-authentication-plugin=mysql_native_password\n${ID}\n$ docker run --name blog -d -p 8085:80 wordpress\n9b2d0c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c\n$ docker ps\n${H}\n9b2d0c1e2f3a   wordpress          "docker-entrypoint.s…"   20 seconds ago   Up 19 seconds               0.0.0.0:8085->80/tcp     blog\n$ docker logs db\n2025-01-10T10:00:05.435282Z 0 [ERROR] [MY-000067] [Server] unknown variable 'default-authentication-plugin=mysql_native_password'.\n2025-01-10T10:00:05.435725Z 0 [ERROR] [MY-010119] [Server] Aborting`,
  },
  {
    source: "MySQL 8.3+ error log (`[MY-000068] unknown option '--skip-host-cache'`, then Aborting), at a cmd prompt",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'run-mysql8-logs-unknown-option-aborting',
    text: `C:\\Users\\park>docker run --name mysql01 -dit -e MYSQL_ROOT_PASSWORD=1234 mysql:8.4 --skip-host-cache\n${ID}\n\nC:\\Users\\park>docker run --name web01 -dit -p 8090:80 nginx\n9b2d0c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c\n\nC:\\Users\\park>docker ps\n${H}\n9b2d0c1e2f3a   nginx              "/docker-entrypoint.…"   9 seconds ago    Up 8 seconds                0.0.0.0:8090->80/tcp     web01\n\nC:\\Users\\park>docker logs mysql01\n2025-02-01T01:00:03.112233Z 0 [ERROR] [MY-000068] [Server] unknown option '--skip-host-cache'.\n2025-02-01T01:00:03.112300Z 0 [ERROR] [MY-010119] [Server] Aborting`,
  },
  {
    source: "guard: the run line's own container listed `Exited (1)`, no stop (CONVENTIONS §2.2 cw44): its state",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-run-name-ps-a-exited-1',
    text: `$ docker run -d --name api -p 5000:5000 myapi\n${ID}\n$ docker ps -a\n${H}\n4ea55871346b   myapi              "python app.py"          30 seconds ago   Exited (1) 28 seconds ago                            api`,
  },
  {
    source: `guard: ${stop}; an error exit listed after the stop is no stop's code (cw98): its state`,
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-stop-then-exited-1',
    text: `$ docker run -d --name api -p 5000:5000 myapi\n${ID}\n$ docker stop api\napi\n$ docker ps -a\n${H}\n4ea55871346b   myapi              "python app.py"          2 minutes ago    Exited (1) 2 minutes ago                             api`,
  },
  {
    source: 'guard: docker/cli container_start.md: a start after the stop undoes it; the row then `Exited (1)` answers by its state',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-stop-start-exited-1',
    text: `$ docker stop worker\nworker\n$ docker start worker\nworker\n$ docker ps -a\n${H}\n4ea55871346b   myworker           "node index.js"          1 hour ago       Exited (1) 3 seconds ago                             worker`,
  },
  {
    source: `guard: ${stop}, a stop of a container the listing already showed stopped (dokku/dokku#2157's shape): the one stopped row, its state`,
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-listed-exited-then-stop',
    text: `root@box:~# docker ps -a\n${H1}\nef08e96f02b4        ubuntu              "bash"                   2 hours ago         Exited (0) 2 hours ago                             quirky_noether\nroot@box:~# docker stop quirky_noether\nquirky_noether`,
  },
  {
    source:
      'guard: `docker rm -f $(docker ps -a -q)` names the containers there were; a later `docker run -d centos` and its row stay (cw69)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-rm-all-then-run-d-exited',
    text: `# docker rm -f $(docker ps -a -q)\n3b1c2d3e4f5a\n# docker run -d centos\n${ID}\n# docker ps -a\n${H1}\n4ea55871346b        centos              "/bin/bash"              6 seconds ago       Exited (0) 5 seconds ago                           silly_lamport`,
  },
  {
    source: `guard: ${rm}: Docker's refusal ("You cannot remove a running container … Stop the container before attempting removal or force remove") removes nothing`,
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-rm-refused-running-publisher',
    text: `$ docker ps\n${H}\n${nginxRow('5 minutes ago ', 'Up 5 minutes               ', '0.0.0.0:8080->80/tcp', 'web')}\n$ docker rm web\nError response from daemon: You cannot remove a running container 4ea55871346b. Stop the container before attempting removal or force remove`,
  },
  {
    source:
      "guard: kinoxyz1-style `docker logs` of the own container's nginx [emerg], then `docker rm`: still a failure at port-free (cw85), never an ok",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'guard-port-free-crashed-then-rm',
    text: `$ docker run -d --name web -v /srv/nginx:/etc/nginx nginx\n${ID}\n$ docker ps -a\n${H}\n4ea55871346b   nginx              "/docker-entrypoint.…"   20 seconds ago   Exited (1) 18 seconds ago                            web\n$ docker logs web\n2025/01/10 10:00:00 [emerg] 1#1: open() "/etc/nginx/nginx.conf" failed (2: No such file or directory)\n$ docker rm web\nweb`,
  },
];

const dashRows: Row[] = [
  {
    source: `${stop}: dash-app itself Up, then the learner's \`docker stop dash-app\` and \`Exited (0)\`: the later state (CONVENTIONS §2.0)`,
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'dash-app-stop-run',
    text: `$ docker ps\n${H}\n4ea55871346b   e4l-python-graph   "python app.py"          20 seconds ago   Up 19 seconds               0.0.0.0:8050->8050/tcp   dash-app\n$ docker stop dash-app\ndash-app\n$ docker ps -a\n${H}\n4ea55871346b   e4l-python-graph   "python app.py"          1 minute ago     Exited (0) 5 seconds ago                             dash-app`,
  },
  {
    source: `${stop}: the same at "Is the container running?"`,
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'dash-app-stop-running',
    text: `$ docker ps\n${H}\n4ea55871346b   e4l-python-graph   "python app.py"          20 seconds ago   Up 19 seconds               0.0.0.0:8050->8050/tcp   dash-app\n$ docker stop dash-app\ndash-app\n$ docker ps -a\n${H}\n4ea55871346b   e4l-python-graph   "python app.py"          1 minute ago     Exited (0) 5 seconds ago                             dash-app`,
  },
  {
    source: `${rm}: dash-app removed by the learner's own \`docker rm -f dash-app\`, no listing after`,
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'dash-app-rm-f-published',
    text: `PS C:\\dash> docker ps\n${H}\n4ea55871346b   e4l-python-graph   "python app.py"          20 seconds ago   Up 19 seconds               0.0.0.0:8050->8050/tcp   dash-app\nPS C:\\dash> docker rm -f dash-app\ndash-app`,
  },
  {
    source: 'guard: docker/cli container_start.md: dash-app stopped, then started again and listed Up: the later state',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'guard-dash-app-stop-start-up',
    text: `$ docker stop dash-app\ndash-app\n$ docker start dash-app\ndash-app\n$ docker ps\n${H}\n4ea55871346b   e4l-python-graph   "python app.py"          5 minutes ago    Up 2 seconds                0.0.0.0:8050->8050/tcp   dash-app`,
  },
];

const families: [string, Row[]][] = [
  ["the learner's own container stopped or removed on purpose", endedRows],
  ['a container that stopped by itself', crashRows],
  ['dash-app stopped or removed by the learner', dashRows],
];

describe.each(families)('cw98 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
