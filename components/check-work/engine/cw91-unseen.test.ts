/*
 * cw91: holdout75–76's compose projects and published ports, each by its class (README "holdout75–76: compose projects and
 * published ports (cw91)").
 * - **Another program's "invalid port number"** (libpq's fe-connect.c `invalid port number: \"%s\"`, srid/discourse-docker#20: a
 *   client given `docker port`'s whole answer `0.0.0.0:49155`): not Docker's refusal of a -p spec, so docker port's lines answer.
 * - **Compose's log prefixes of containers of their own** (`up` without -d and `logs`: v1's compose/cli/log_printer.py and v2's
 *   cmd/formatter/logs.go print the container's name padded, then ` | `): none of the lesson's services, nothing failed, no listing →
 *   another project's (CONVENTIONS §2.5), also beside Compose v1's version (before compose-too-old).
 * - **A containers list's label filter URL-encoded in an API request** (urllib3's `"GET /v1.30/containers/json?…&filters=%7B%22label
 *   %22%3A+%5B%22com.docker.compose.project%3Dx%22…` under Compose v1's --verbose; dockerd's debug `Calling GET …`): names project x.
 * Each row is a variation (never the holdout paste); `source` names where its words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

// postgres/postgres src/interfaces/libpq/fe-connect.c: libpq_append_conn_error(conn, "invalid port number: \"%s\"", …) (before 16,
// appendPQExpBuffer(… libpq_gettext("invalid port number: \"%s\"\n"))); docker/cli cli/command/container/port.go prints
// net.JoinHostPort(HostIP, HostPort) for `docker port NAME PORT`, `PORT/tcp -> HOST:PORT` without a port.
const libpq: Row[] = [
  {
    source: 'libpq fe-connect.c under psql; docker port NAME 5432',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'psql-env-port-whole-answer',
    text: `$ docker port pg 5432\n0.0.0.0:32768\n$ PGPORT=0.0.0.0:32768 psql -h localhost -U postgres\npsql: error: invalid port number: "0.0.0.0:32768"`,
  },
  {
    source: 'libpq (psql 9.x wording, no "error:"); docker port ID PORT',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'psql-9-invalid-port-number',
    text: `$ sudo docker port 4f1c2a9b7d3e 5432\n0.0.0.0:49153\n$ psql -h 127.0.0.1 -p "0.0.0.0:49153" -U docker\npsql: invalid port number: "0.0.0.0:49153"`,
  },
  {
    source: 'libpq through Ruby pg (PG::ConnectionBad) under rake; docker port NAME',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'rake-pg-connectionbad',
    text: `$ docker port db\n5432/tcp -> 0.0.0.0:49160\n$ bundle exec rake db:create\ninvalid port number: "0.0.0.0:49160"\nCouldn't create database for {"adapter"=>"postgresql", "port"=>"0.0.0.0:49160"}`,
  },
  {
    source: 'libpq under createdb (scripts/common.c connectDatabase); docker port NAME 5432 with [::]',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'createdb-both-families',
    text: `$ docker port postgres 5432\n0.0.0.0:55000\n[::]:55000\n$ createdb -h localhost -p "0.0.0.0:55000" app\ncreatedb: error: could not connect to database template1: invalid port number: "0.0.0.0:55000"`,
  },
  {
    source: 'libpq 16 (libpq_append_conn_error) under pg_dump; docker container port',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'pgdump-16-container-port',
    text: `$ docker container port timescaledb 5432\n127.0.0.1:15432\n$ pg_dump -h localhost -p "127.0.0.1:15432" mydb > dump.sql\npg_dump: error: connection to server failed: invalid port number: "127.0.0.1:15432"`,
  },
  {
    source: 'docker/cli opts/port.go: the -p spec refused by docker itself (invalid hostPort)',
    check: 'run',
    want: ['problem', 'invalid-port-spec'],
    id: 'guard-docker-invalid-hostport',
    text: `$ docker run -d -p 80a:8050 --name dash-app dash-app\ndocker: invalid hostPort: 80a.\nSee 'docker run --help'.`,
  },
  {
    source: 'docker/go-connections nat ParsePortSpec: invalid containerPort',
    check: 'run',
    want: ['problem', 'invalid-port-spec'],
    id: 'guard-docker-invalid-containerport',
    text: `$ docker run -p 8050:http dash-app\ndocker: Error response from daemon: invalid containerPort: http.\nSee 'docker run --help'.`,
  },
  {
    source: 'docker/cli port.go: docker port dash-app 8050 on the lesson port (both families)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'guard-docker-port-lesson',
    text: `$ docker port dash-app 8050\n0.0.0.0:8050\n[::]:8050`,
  },
];

// Compose v1 compose/cli/log_printer.py (build_log_prefix: the container's name_without_project padded, then ' | '), v2
// cmd/formatter/logs.go (same padding; `web-1` since 2.24, `project-web-1` before); container_name's name as it is.
const pad = (name: string, width: number) => `${name.padEnd(width)} | `;
const prefixRows: Row[] = [
  {
    source:
      "Compose v1 logs (service_1 prefixes); traefik 1.x docker provider's warning (provider/docker: `Could not find network named %q for container %q`) naming shop_default; docker-compose 1.29.2 version",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-traefik-network-named-with-version',
    text: `$ docker-compose version\ndocker-compose version 1.29.2, build 5becea4c\n$ docker-compose logs\n${pad('traefik_1', 9)}time="2021-03-12T10:01:02Z" level=info msg="Starting provider *docker.Provider"\n${pad('traefik_1', 9)}time="2021-03-12T10:01:03Z" level=warning msg="Could not find network named 'shop_default' for container '/shop_api_1'. Maybe you're missing the project's prefix in the label? Defaulting to first available network."`,
  },
  {
    source: 'Compose v2.24+ up (service-N prefixes): mongo and mongo-express',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-mongo-express-up',
    text: `$ docker compose up\nAttaching to mongo-1, mongo-express-1\n${pad('mongo-1', 15)}{"t":{"$date":"2024-02-01T10:00:00.000+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}\n${pad('mongo-express-1', 15)}Mongo Express server listening at http://0.0.0.0:8081`,
  },
  {
    source: 'container_name prefixes (traefik, grafana) under docker-compose up; traefik and grafana log formats',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'container-name-traefik-grafana',
    text: `$ docker-compose up\n${pad('traefik', 7)}time="2022-05-03T08:00:00Z" level=info msg="Configuration loaded from flags."\n${pad('grafana', 7)}logger=http.server t=2022-05-03T08:00:01.12Z level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http`,
  },
  {
    source:
      'Compose v1 1.8 logs of a Rails app with sidekiq under container_name names (rails_app, sidekiq_worker) beside docker-compose -v',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-18-rails-sidekiq',
    text: `$ docker-compose -v\ndocker-compose version 1.8.0, build f3628c7\n$ docker-compose logs\n${pad('rails_app', 14)}=> Booting Puma\n${pad('rails_app', 14)}* Listening on tcp://0.0.0.0:3000\n${pad('sidekiq_worker', 14)}2016-09-01T10:00:00.000Z 1 TID-abc INFO: Booting Sidekiq 4.1.4 with redis options {:url=>"redis://redis:6379"}`,
  },
  {
    source: 'Compose 2.x before 2.24 (project-service-N prefixes) of a wordpress stack',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-wordpress-project-prefix',
    text: `$ docker compose logs\n${pad('blog-wordpress-1', 16)}AH00558: apache2: Could not reliably determine the server's fully qualified domain name\n${pad('blog-wordpress-1', 16)}[Mon Jan 08 10:00:00.000000 2024] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.57 (Debian) configured -- resuming normal operations\n${pad('blog-mysql-1', 16)}2024-01-08T10:00:00.000000Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections.`,
  },
  {
    source: 'container_name prefixes cut mid-line (mysql_server, phpmyadmin); MySQL 8 entrypoint lines',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'container-name-mysql-pma-cut',
    text: `Here is what docker-compose up prints:\n\n${pad('mysql_db', 10)}2023-06-01 08:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.33-1.el8 started.\n${pad('mysql_db', 10)}2023-06-01 08:00:01+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n${pad('phpmyadmin', 10)}AH00094: Command line: 'apache2 -D FOREGROUND'\nmysql_d`,
  },
  {
    source: 'Compose v1 up with a Go service (service_1) and nats, no project named: a numbered prefix names a service (CONVENTIONS cw82)',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-v1-numbered-nats-api',
    text: `$ docker-compose up\n${pad('nats_1', 6)}[1] 2016/01/10 12:00:00.000000 [INF] Starting nats-server version 0.7.2\n${pad('nats_1', 6)}[1] 2016/01/10 12:00:00.000001 [INF] Server is ready\n${pad('api_1', 6)}2016/01/10 12:00:01 listening on :8080`,
  },
  {
    source: 'Compose v2 logs of one container_name of its own (shop-frontend, a node app) on Windows PowerShell',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-pwsh-node-app',
    text: `PS C:\\code\\shop> docker compose logs\n${pad('shop-frontend', 13)}> shop@1.0.0 start\n${pad('shop-frontend', 13)}> node server.js\n${pad('shop-frontend', 13)}Server started on port 3000`,
  },
  {
    source: "German prose around a Compose log of Elastic docs' container_name es01 and kib01 (elasticsearch, kibana)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'de-v1-elastic-kibana',
    text: `Bei docker-compose up bekomme ich:\n\n${pad('es01', 5)}[2019-04-01T10:00:00,000][INFO ][o.e.n.Node] [node-1] started\n${pad('kib01', 5)}{"type":"log","@timestamp":"2019-04-01T10:00:05Z","tags":["info","http","server","listening"],"pid":1,"message":"Server running at http://0:5601"}`,
  },
  {
    source: 'Compose v2.24+ up of app and nginx (service-N prefixes), no project named: services, never a project (CONVENTIONS cw82)',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-v2-numbered-app-nginx',
    text: `$ docker compose up\n${pad('nginx-1', 7)}/docker-entrypoint.sh: Configuration complete; ready for start up\n${pad('nginx-1', 7)}2024/03/01 09:00:00 [notice] 1#1: start worker processes\n${pad('app-1', 7)}INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)`,
  },
  {
    source: 'Spanish prose, container_name prefixes (postgres_container, pgadmin_container); postgres and pgAdmin 4 gunicorn lines',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'es-postgres-pgadmin-container-names',
    text: `Al hacer docker-compose up me sale esto:\n${pad('postgres_container', 18)}2022-10-01 10:00:00.000 UTC [1] LOG:  database system is ready to accept connections\n${pad('pgadmin_container', 18)}[2022-10-01 10:00:02 +0000] [1] [INFO] Listening at: http://[::]:80 (1)`,
  },
  {
    source: 'Compose 2.x before 2.24 (project-service-N) of todo-app with MySQL',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-todo-app-mysql',
    text: `$ docker compose logs -f\n${pad('todo-app-mysql-1', 16)}2023-02-01T10:00:00.000000Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.32'\n${pad('todo-app-app-1', 16)}Listening on port 3000`,
  },
  {
    source: "Compose v2.24+ logs of the lesson's own services (web-1, proxy-1): not another project",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-lesson-web-proxy-logs',
    text: `$ docker compose logs\n${pad('proxy-1', 7)}/docker-entrypoint.sh: Configuration complete; ready for start up\n${pad('web-1', 7)}Dash is running on http://0.0.0.0:8050/`,
  },
  {
    source: "Compose v2 up of another project whose service crashes (node's Cannot find module)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-other-project-crash',
    text: `$ docker compose up\n${pad('api-1', 5)}node:internal/modules/cjs/loader:1080\n${pad('api-1', 5)}  throw err;\n${pad('api-1', 5)}  ^\n${pad('api-1', 5)}\n${pad('api-1', 5)}Error: Cannot find module 'express'\n${pad('api-1', 5)}Require stack:\n${pad('api-1', 5)}- /usr/src/app/server.js\n${pad('api-1', 5)}    at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15)\napi-1 exited with code 1`,
  },
  {
    source: 'Compose v1 version beside its own lesson project logs (dashapp_web_1): still v1',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-v1-lesson-web-logs',
    text: `$ docker-compose --version\ndocker-compose version 1.29.2, build 5becea4c\n$ docker-compose logs web\n${pad('web_1', 5)}Dash is running on http://0.0.0.0:8050/\n${pad('web_1', 5)} * Running on all addresses (0.0.0.0)`,
  },
];

// docker/compose 1.x compose/cli/verbose_proxy.py under --verbose, urllib3 connectionpool's debug line (`%s://%s:%s "%s %s %s" %s
// %s`), docker-py's containers(filters=…) as its query (json.dumps then urlencode: `+` for a space); moby api/server/server.go's
// debug `Calling %s %s` of the request URI (any client: Compose v2's filters map `{"label":{"…":true}}`).
const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
const v1Query = (project: string, api = '1.30') =>
  `urllib3.connectionpool._make_request: http://localhost:None "GET /v${api}/containers/json?limit=-1&all=0&size=0&trunc_cmd=0&filters=${enc(
    JSON.stringify({ label: [`com.docker.compose.project=${project}`, 'com.docker.compose.oneoff=False'] })
      .replace(/,/g, ', ')
      .replace(/:/g, ': '),
  )} HTTP/1.1" 200 3`;
const verboseRows: Row[] = [
  {
    source: 'Compose 1.2x --verbose: urllib3 line of the containers list, project myshop',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'urllib3-myshop',
    text: `$ docker-compose --verbose ps\n${v1Query('myshop')}\ncompose.cli.verbose_proxy.proxy_callable: docker containers -> (list with 0 items)`,
  },
  {
    source: 'Compose 1.2x --verbose up: urllib3 line (API 1.41), then docker-py inspect_container',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'urllib3-networks-api141',
    text: `${v1Query('monitoring', '1.41')}\ncompose.cli.verbose_proxy.proxy_callable: docker containers -> (list with 2 items)\ncompose.cli.verbose_proxy.proxy_callable: docker inspect_container <- ('3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a')`,
  },
  {
    source: "Compose 1.1x with requests' bundled urllib3 (requests.packages.urllib3.connectionpool), project wp",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'requests-packages-urllib3-wp',
    text: `requests.packages.urllib3.connectionpool._make_request: "GET /v1.22/containers/json?all=1&limit=-1&trunc_cmd=0&size=0&filters=%7B%22label%22%3A+%5B%22com.docker.compose.project%3Dwp%22%2C+%22com.docker.compose.oneoff%3DFalse%22%5D%7D HTTP/1.1" 200 2\ncompose.cli.verbose_proxy.proxy_callable: docker containers -> (list with 0 items)`,
  },
  {
    source: "dockerd --debug: Calling GET of Compose v2's containers list (label map filter), project gitea",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'dockerd-debug-calling-get-gitea',
    text: `$ journalctl -u docker\ntime="2023-09-14T10:00:00.123456789Z" level=debug msg="Calling GET /v1.43/containers/json?all=1&filters=%7B%22label%22%3A%7B%22com.docker.compose.config-hash%22%3Atrue%2C%22com.docker.compose.project%3Dgitea%22%3Atrue%7D%7D"`,
  },
  {
    source: 'Compose 1.25 --verbose up (API 1.25, project with an underscore), urllib3 line then proxy_callable',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'urllib3-api125-underscore',
    text: `$ docker-compose --verbose up -d\n${v1Query('my_blog', '1.25')}\ncompose.cli.verbose_proxy.proxy_callable: docker containers -> (list with 1 items)`,
  },
  {
    source: "dockerd --debug: Calling GET of Compose v1's containers list (label list filter), project nextcloud",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'dockerd-debug-v1-list-nextcloud',
    text: `level=debug msg="Calling GET /v1.30/containers/json?all=0&limit=-1&trunc_cmd=0&size=0&filters=%7B%22label%22%3A+%5B%22com.docker.compose.project%3Dnextcloud%22%2C+%22com.docker.compose.oneoff%3DFalse%22%5D%7D"`,
  },
  {
    source: 'Compose v1 --verbose: urllib3 line for the lesson folder dash-app (v1 layout, its own project): compose-too-old',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-urllib3-dash-app',
    text: `${v1Query('dash-app')}\ncompose.cli.verbose_proxy.proxy_callable: docker containers -> (list with 0 items)`,
  },
];

describe.each([
  ['libpq', libpq],
  ['prefixes', prefixRows],
  ['verbose', verboseRows],
])('cw91 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    expect(await check(where, text)).toMatchObject({ kind: want[0], id: want[1] });
  });
});
