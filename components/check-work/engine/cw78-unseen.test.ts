/*
 * cw78: holdout63 to holdout66's listings, inspect and install misses (README "holdout63–66: listings, inspect and install (cw78)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste
 * itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer
 * that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const header =
  'CONTAINER ID   IMAGE                 COMMAND                  CREATED          STATUS          PORTS                    NAMES';

// A run line alone that names another container with several fixed ports; the last run line with its --name after nameless ones.
const runRows: Row[] = [
  {
    source: 'jenkinsci/docker README (`docker run -p 8080:8080 -p 50000:50000 … jenkins/jenkins:lts`), CONVENTIONS §2.3 several mappings',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'run-alone-jenkins-lts-two-fixed',
    text: '$ docker run -d --name myjenkins -p 8080:8080 -p 50000:50000 jenkins/jenkins:lts\nand http://localhost:8080 shows nothing',
  },
  {
    source: 'docker-library/docs nginx ("-p 8080:80"), with 443 too; a learner\'s own name',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'run-alone-nginx-80-443',
    text: 'PS C:\\Users\\me> docker run --name web -d -p 8080:80 -p 8443:443 nginx:1.25',
  },
  {
    source: 'rabbitmq image docs (`-p 5672:5672 -p 15672:15672 rabbitmq:3-management`)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'run-alone-rabbitmq-management',
    text: 'me@box:~$ sudo docker run -d --hostname my-rabbit --name some-rabbit -p 5672:5672 -p 15672:15672 rabbitmq:3-management',
  },
  {
    source: 'guard: CONVENTIONS §2.3, one other container with one app port answers where it leads (h4-cmc413)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-run-alone-one-mapping',
    text: '$ docker run -d --name web -p 8080:80 nginx',
  },
  {
    source: 'guard: CONVENTIONS §2.3/§4, `-P` keeps its split (cw34)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-run-alone-publish-all',
    text: '$ docker run -d -P --name static-site dockersamples/static-site',
  },
  {
    source:
      'anaguerra/dockercourse (Spanish notes) layout: two nameless runs, then a named one, three rows Up (mysql image docs for the last)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'nameless-then-named-mysql',
    text: `docker run -d -p 8081:80 nginx\ndocker run -d -p 8082:80 httpd\ndocker run -d --name db -e MYSQL_ROOT_PASSWORD=x -p 3306:3306 mysql:8\n\ndocker ps\n${header}\na1b2c3d4e5f6   mysql:8               "docker-entrypoint.s…"   5 seconds ago    Up 4 seconds    0.0.0.0:3306->3306/tcp   db\nb2c3d4e5f6a7   httpd                 "httpd-foreground"       1 minute ago     Up 1 minute     0.0.0.0:8082->80/tcp     keen_hopper\nc3d4e5f6a7b8   nginx                 "/docker-entrypoint.…"   2 minutes ago    Up 2 minutes    0.0.0.0:8081->80/tcp     happy_turing`,
  },
  {
    source: 'guard: CONVENTIONS §2.3 (h40-notes47402928485), the last run line nameless: its container by the image answers',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-last-run-nameless',
    text: `$ docker run -d -P dockersamples/static-site\n$ docker run -d -p 5065:80 nginx\n$ docker ps\n${header}\nd4e5f6a7b8c9   nginx                 "/docker-entrypoint.…"   5 seconds ago    Up 4 seconds    0.0.0.0:5065->80/tcp     hopeful_elion`,
  },
];

// A docker ps table kept as `#` comments under its command.
const commentRows: Row[] = [
  {
    source: 'Dok-dev/devops-netology layout (`docker ps`, then `#CONTAINER ID …`), two Jenkins rows',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'commented-ps-nothing-at-8050',
    text: `docker run -d --name a -p 8080:8080 jenkins/jenkins\ndocker run -d --name b -p 8081:8080 jenkins/jenkins\n\ndocker ps\n#${header}\n#e1d2c3b4a596   jenkins/jenkins       "/usr/bin/tini -- /u…"   6 seconds ago    Up 5 seconds    0.0.0.0:8081->8080/tcp   b\n#f1e2d3c4b5a6   jenkins/jenkins       "/usr/bin/tini -- /u…"   1 minute ago     Up 1 minute     0.0.0.0:8080->8080/tcp   a\n\ndocker logs a`,
  },
  {
    source: "the same layout with `# ` and a space (a shell script's comments)",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'commented-ps-space-two-publishers',
    text: `docker build -t me/api .\ndocker run -d --name api -p 3000:3000 me/api\ndocker run -d --name redis -p 6379:6379 redis\ndocker ps\n# ${header}\n# 0a1b2c3d4e5f   redis                 "docker-entrypoint.s…"   3 seconds ago    Up 2 seconds    0.0.0.0:6379->6379/tcp   redis\n# 1b2c3d4e5f60   me/api                "node index.js"          9 seconds ago    Up 8 seconds    0.0.0.0:3000->3000/tcp   api`,
  },
  {
    source: 'the same layout, another container holding 8050 (docker/cli formatter, NAMES last)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'commented-ps-holder-8050',
    text: `sudo docker ps\n#${header}\n#2c3d4e5f6071   grafana/grafana       "/run.sh"                2 hours ago      Up 2 hours      0.0.0.0:8050->3000/tcp   grafana`,
  },
  {
    source: 'the same layout at "Is it running?": rows of other containers only',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'commented-ps-running-others',
    text: `docker ps\n#${header}\n#3d4e5f607182   postgres:16           "docker-entrypoint.s…"   4 minutes ago    Up 4 minutes    0.0.0.0:5432->5432/tcp   pg`,
  },
];

// docker inspect cut before its "Name", running, and the command that names the container (or an ID).
const stateJson =
  '[\n    {\n        "Id": "5b1e2f3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7",\n        "Created": "2024-02-01T10:00:00.000000000Z",\n        "Path": "docker-entrypoint.sh",\n        "Args": [\n            "postgres"\n        ],\n        "State": {\n            "Status": "running",\n            "Running": true,\n            "Paused": false,\n            "Restarting": false,\n            "OOMKilled": false,\n            "Dead": false,\n            "Pid": 2211,\n            "ExitCode": 0,\n            "Error": "",\n            "StartedAt": "2024-02-01T10:00:01.000000000Z",\n            "FinishedAt": "0001-01-01T00:00:00Z"\n        },\n        "Image": "sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",';
const inspectRows: Row[] = [
  {
    source: 'docker/cli#4770 layout (`docker inspect ipv4-only`, cut inside the document), another name',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'inspect-cut-named-run',
    text: `$ docker inspect my_postgres\n${stateJson}`,
  },
  {
    source: 'the same at "Is it running?", `docker container inspect` (docker/cli container/inspect.go)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'inspect-cut-container-inspect-running',
    text: `me@vm:~$ sudo docker container inspect redis-cache\n${stateJson}`,
  },
  {
    source: 'the same in PowerShell (microsoft/nav-docker#19 layout), a name',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'inspect-cut-pwsh-named',
    text: `PS C:\\Users\\me> docker inspect navserver\n${stateJson}`,
  },
  {
    source: 'microsoft/nav-docker#19 layout: `docker inspect <ID>` in PowerShell, cut before Name (CONVENTIONS §2.3 cw38)',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'inspect-cut-id-run',
    text: `PS C:\\Users\\me> docker inspect 5b1e2f3a4c5d\n${stateJson}`,
  },
  {
    source: "guard: CONVENTIONS §2.3 cw38, dash-app's own inspect cut before its ports: partial, never ok",
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'guard-inspect-cut-dash-app',
    text: `$ docker inspect dash-app\n${stateJson}`,
  },
  {
    source: 'guard: bad-input.test.ts, a cut inspect without its command stays unreadable at run',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-inspect-cut-no-command-run',
    text: stateJson,
  },
  {
    source: 'guard: a shell variable is no name (gist adamancini/af6ee05e, `docker inspect $c`)',
    check: 'reach:running',
    want: ['partial', 'shows-part'],
    id: 'guard-inspect-cut-variable',
    text: `$ docker inspect $c\n${stateJson}`,
  },
];

// docker ps rows whose NAMES cell a copy moved left (lost spaces), created together.
const driftRows: Row[] = [
  {
    source: 'TophantTechnology/ARL#23 layout (Docker 17.x, names short of NAMES), another stack: worker Restarting first',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'drift-restarting-first',
    text: '# docker ps -a\nCONTAINER ID        IMAGE                 COMMAND                  CREATED             STATUS                          PORTS                    NAMES\n1a2b3c4d5e6f        myapp:latest          "celery -A app worker"   2 days ago          Restarting (1) 5 hours ago                        app_worker\n2b3c4d5e6f70        myapp:latest          "gunicorn app:app"       2 days ago          Restarting (3) 5 hours ago                       app_web\n3c4d5e6f7081        redis:6               "docker-entrypoint.s…"   2 days ago          Up 2 days                       6379/tcp                 app_redis',
  },
  {
    source: 'the same with an exit: `Exited (2)` listed first, its name short of NAMES (docker ps -a of one up, CONVENTIONS §2.3 cw57)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'drift-exited-first',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE            COMMAND                  CREATED          STATUS                      PORTS                    NAMES\n4d5e6f708192   prom/prometheus  "/bin/prometheus --c…"   10 minutes ago   Exited (2) 9 minutes ago                      prometheus\n5e6f708192a3   grafana/grafana  "/run.sh"                10 minutes ago   Up 10 minutes               0.0.0.0:3000->3000/tcp   grafana',
  },
  {
    source: 'guard: rows under their headers, the newest Up (CONVENTIONS §2.3 cw37): several, none dash-app',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-aligned-newest-up',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE            COMMAND                  CREATED          STATUS                      PORTS                    NAMES\n5e6f708192a3   grafana/grafana  "/run.sh"                2 minutes ago    Up 2 minutes                0.0.0.0:3000->3000/tcp   grafana\n4d5e6f708192   prom/prometheus  "/bin/prometheus --c…"   10 minutes ago   Exited (2) 9 minutes ago                             prometheus',
  },
];

// A program that found its port taken, in words without "bind".
const bindRows: Row[] = [
  {
    source: 'dnsmasq src/network.c "failed to create listening socket for %s: %s" (by address), host network',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'dnsmasq-address',
    text: '$ docker logs pihole\ndnsmasq: failed to create listening socket for 127.0.0.1: Address in use',
  },
  {
    source: 'dnsmasq src/network.c "failed to create listening socket for port %d: %s", in FTL\'s log (pi-hole FTL)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'dnsmasq-port-ftl',
    text: '[2024-01-04 10:00:00.123 215M] FATAL ERROR in dnsmasq core: failed to create listening socket for port 8050: Address already in use',
  },
  {
    source: 'Node lib/net.js uvException (`listen EADDRINUSE: address already in use :::8050`)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'node-listen-eaddrinuse',
    text: "$ node server.js\nnode:events:495\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRINUSE: address already in use :::8050",
  },
  {
    source: "a server's own words: `Failed to listen on port N` then strerror (EADDRINUSE)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'failed-to-listen-on-port',
    text: 'E0104 10:00:00.000000 1 server.go:88] Failed to listen on port 8050: Address already in use',
  },
];

// A container's init or a Go server telling its program stopped at start.
const crashRows: Row[] = [
  {
    source: "s6-overlay v2 init-stage2 (`[cmd] %s exited %d`), mikenye/docker-readsb#1's layout under `docker logs`",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 's6-v2-cmd-exited-logs',
    text: '$ docker logs piaware\n[s6-init] making user provided files available at /var/run/s6/etc...exited 0.\n[cont-init.d] done.\n[services.d] starting services\n[services.d] done.\n[cmd] /usr/bin/piaware exited 1\n[cont-finish.d] executing container finish scripts...\n[cont-finish.d] done.\n[s6-finish] waiting for services.\n[s6-finish] sending all processes the TERM signal.',
  },
  {
    source: "s6-overlay v2 under Compose v2's prefix (`name-1  | `), at Compose's step",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 's6-v2-compose-logs',
    text: '$ docker compose logs\ntar1090-1  | [services.d] done.\ntar1090-1  | [cmd] /usr/local/bin/readsb exited 139\ntar1090-1  | [cont-finish.d] executing container finish scripts...\ntar1090-1  | [s6-finish] sending all processes the KILL signal and exiting.',
  },
  {
    source: 's6-overlay v3 rc.init ("fatal: stopping the container."), https-portal\'s log',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 's6-v3-rc-init-fatal',
    text: 'docker logs https-portal\ncont-init: info: /etc/cont-init.d/20-setup exited 1\ncont-init: warning: some scripts exited nonzero\ns6-rc: warning: unable to start service legacy-cont-init: command exited 1\n/run/s6/basedir/scripts/rc.init: warning: s6-rc failed to properly bring all the services up! Check your logs (in /run/uncaught-logs/current if you have in-container logging) for more information.\n/run/s6/basedir/scripts/rc.init: fatal: stopping the container.',
  },
  {
    source: 's6-overlay v3 at "Does the app listen?"',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 's6-v3-listening',
    text: '$ docker logs sonarr\n/run/s6/basedir/scripts/rc.init: fatal: stopping the container.',
  },
  {
    source: 'prometheus cmd/prometheus/main.go 2.x logfmt ("Error loading config (--config.file=%s)", os.Exit(2))',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'prometheus-2x-logfmt',
    text: '$ docker logs prometheus\nts=2023-04-01T10:00:00.000Z caller=main.go:1167 level=error msg="Error loading config (--config.file=/etc/prometheus/prometheus.yml)" file=/etc/prometheus/prometheus.yml err="parsing YAML file /etc/prometheus/prometheus.yml: yaml: line 12: did not find expected key"',
  },
  {
    source: 'prometheus 3.x slog (level=ERROR source=main.go:…)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'prometheus-3x-slog',
    text: 'docker logs prom\ntime=2025-01-10T09:00:00.000Z level=ERROR source=main.go:640 msg="Error loading config (--config.file=/etc/prometheus/prometheus.yml)" file=/etc/prometheus/prometheus.yml err="open /etc/prometheus/prometheus.yml: no such file or directory"',
  },
  {
    source: 'alertmanager cmd/alertmanager/main.go ("Loading configuration file failed", exit 1)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'alertmanager-config-failed',
    text: '$ docker logs alertmanager\nts=2023-04-01T10:00:00.000Z caller=main.go:245 level=info msg="Starting Alertmanager" version="(version=0.25.0)"\nts=2023-04-01T10:00:00.100Z caller=coordinator.go:118 level=error component=configuration msg="Loading configuration file failed" file=/etc/alertmanager/alertmanager.yml err="open /etc/alertmanager/alertmanager.yml: permission denied"\nts=2023-04-01T10:00:00.101Z caller=main.go:412 level=error msg="Loading configuration file failed" err="open /etc/alertmanager/alertmanager.yml: permission denied"',
  },
];

// Compose v1's ps rows under their command, without the header.
const v1Rows: Row[] = [
  {
    source: 'mailcow/mailcow-dockerized#713 layout (`docker-compose ps shows:`, a v1 row), another exit',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-row-exit-1',
    text: 'docker-compose ps\nmyproj_api_1   python app.py                    Exit 1',
  },
  {
    source: 'compose v1 cli/main.py ps State words (`Restarting`), two rows',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'v1-row-restarting',
    text: '$ docker-compose ps\nblog_db_1    docker-entrypoint.sh mysqld   Up        3306/tcp, 33060/tcp\nblog_web_1   /entrypoint.sh                Restarting',
  },
];

const families: [string, Row[]][] = [
  ['run lines: several fixed ports, the last line named', runRows],
  ['a docker ps table kept as comments', commentRows],
  ['a cut docker inspect and the name its command gives', inspectRows],
  ['docker ps rows whose names drifted left', driftRows],
  ['a port taken, in words without bind', bindRows],
  ["an init's or a Go server's own stop", crashRows],
  ["Compose v1's rows without their header", v1Rows],
];

describe.each(families)('cw78 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
