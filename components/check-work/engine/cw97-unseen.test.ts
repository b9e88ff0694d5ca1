/*
 * cw97: holdout78's compose and networks misses (README "holdout78: compose and networks (cw97)"). Each row is a variation a
 * learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste itself, which moved to
 * ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const handRows: Row[] = [
  {
    source:
      'docker/docs content/get-started/workshop/07_multi_container.md (network create todo-app, mysql:8.0 with --network-alias, node:18-alpine on it)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'getting-started-todo-app-node18',
    text: '$ docker network create todo-app\n$ docker run -d \\\n    --network todo-app --network-alias mysql \\\n    -v todo-mysql-data:/var/lib/mysql \\\n    -e MYSQL_ROOT_PASSWORD=secret \\\n    -e MYSQL_DATABASE=todos \\\n    mysql:8.0\n$ docker run -dp 127.0.0.1:3000:3000 \\\n  -w /app -v "$(pwd):/app" \\\n  --network todo-app \\\n  -e MYSQL_HOST=mysql \\\n  node:18-alpine \\\n  sh -c "yarn install && yarn run dev"\n$ docker logs -f 6f1d3c1a2b7e\nWaiting for mysql:3306.\nConnected!\nConnected to mysql db at host mysql\nListening on port 3000',
  },
  {
    source: "docker/cli docs reference/commandline/network_create.md (`--driver bridge`, the new network's ID printed), then a run on it",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'network-create-driver-bridge-run-dash-app',
    text: '$ docker network create --driver bridge my-net\n1f0e8b3a9c1d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f\n$ docker run -d --name web --net=my-net -p 8050:8050 dash-app\n9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
  },
  {
    source: 'docker/cli network create (its one NAME argument; the ID is all it prints), a network of its own name',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'network-create-alone-app-nw',
    text: '$ docker network create app_nw\n3c2ba5b1e4d7c8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3',
  },
  {
    source: 'a WordPress-on-a-network tutorial in Japanese (docker network create, mysql:5.7 and wordpress on it, -p 8080:80)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'ja-wordpress-net-mysql57',
    text: 'ネットワークを作成します。\n$ docker network create wordpress-net\n$ docker run -d --name mysql --network wordpress-net -e MYSQL_ROOT_PASSWORD=pass -e MYSQL_DATABASE=wordpress mysql:5.7\n$ docker run -d --name wordpress --network wordpress-net -p 8080:80 -e WORDPRESS_DB_HOST=mysql wordpress\nブラウザで http://localhost:8080 を開きます。',
  },
  {
    source: 'docker/cli run --network=NAME (the = form), a Flask app on a network made earlier, its Werkzeug start line at 8050',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'run-network-equals-backend-net-werkzeug',
    text: "$ docker run -d --network=backend-net -p 8050:8050 --name web e4l-python-graph\n$ docker logs web\n * Serving Flask app 'app'\n * Running on all addresses (0.0.0.0)\n * Running on http://0.0.0.0:8050",
  },
  {
    source: 'docker/cli network connect NETWORK CONTAINER (docs reference/commandline/network_connect.md: prints nothing)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'network-connect-multi-host-network',
    text: '$ docker network create multi-host-network\n5bd8a6cbd3c5c5d4e4e6f2a1f1e9d7e2b3a4c5d6e7f8a9b0c1d2e3f4a5b6c7d8\n$ docker network connect multi-host-network web',
  },
  {
    source: "guard: the run step keeps the run line's mapping (cw92/h78-killercoda05net: wrong-container-port, the alias ports-swapped)",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-run-dp-3000-on-todo-app',
    text: '$ docker network create todo-app\n$ docker run -dp 3000:3000 --network todo-app -e MYSQL_HOST=mysql --name my-todo rogallo/101-todo-app:1.0.0\n$ docker logs my-todo\nListening on port 3000',
  },
  {
    source: "guard: `--network host` is no network of anyone's project (cw69 reads it)",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-run-network-host',
    text: '$ docker run -d --network host --name web e4l-python-graph\nWARNING: Published ports are discarded when using host network mode',
  },
  {
    source: "guard: moby libnetwork NetworkNameError on the lesson's own network name (source-sweep.ts), made by hand",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-network-create-dash-app-frontend-exists',
    text: '$ docker network create dash-app_frontend\nError response from daemon: network with name dash-app_frontend already exists',
  },
];

const urlRows: Row[] = [
  {
    source:
      'RocketChat/Docker.Official.Image compose.yml (ROOT_URL=http://localhost:3000, MONGO_URL=mongodb://mongodb:27017/rocketchat), docker compose config',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'rocketchat-root-url-list-form',
    text: 'name: rocketchat\nservices:\n  rocketchat:\n    image: registry.rocket.chat/rocketchat/rocket.chat:6.5.0\n    environment:\n      - ROOT_URL=http://localhost:3000\n      - MONGO_URL=mongodb://mongodb:27017/rocketchat?replicaSet=rs0\n      - PORT=3000\n    ports:\n      - "3000:3000"\n  mongodb:\n    image: docker.io/bitnami/mongodb:5.0',
  },
  {
    source: 'grafana docs "Run Grafana behind a reverse proxy" (GF_SERVER_ROOT_URL), a monitoring project\'s compose config',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'grafana-gf-server-root-url',
    text: 'name: monitoring\nservices:\n  grafana:\n    environment:\n      GF_SERVER_ROOT_URL: http://localhost:3000/grafana/\n      GF_SERVER_SERVE_FROM_SUB_PATH: "true"\n    image: grafana/grafana-oss\n    ports:\n      - "3000:3000"\n  prometheus:\n    image: prom/prometheus',
  },
  {
    source: 'go-gitea/gitea docs installation/install-with-docker.md (GITEA__server__ROOT_URL, GITEA__database__HOST=db:5432)',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'gitea-double-underscore-root-url',
    text: 'name: gitea\nservices:\n  server:\n    image: gitea/gitea:1.21\n    environment:\n      - GITEA__server__ROOT_URL=http://localhost:3000/\n      - GITEA__database__DB_TYPE=postgres\n      - GITEA__database__HOST=db:5432\n    ports:\n      - "3000:3000"\n  db:\n    image: postgres:14',
  },
  {
    source: "next-auth docs (NEXTAUTH_URL, the site's canonical URL) and Ghost's official image (`url: http://localhost:2368`)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'nextauth-and-ghost-url',
    text: 'name: blog\nservices:\n  ghost:\n    image: ghost:5-alpine\n    environment:\n      database__client: mysql\n      database__connection__host: db\n      url: http://localhost:2368\n  app:\n    image: my-next-app\n    environment:\n      NEXTAUTH_URL: "http://localhost:3000"\n      DATABASE_URL: mysql://root:example@db:3306/app\n  db:\n    image: mysql:8.0',
  },
  {
    source: 'guard: a database URL at localhost stays the peer at loopback (CONVENTIONS §2.6, directus/docker#27)',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-database-url-localhost',
    text: 'name: shop\nservices:\n  api:\n    image: shop-api\n    environment:\n      ROOT_URL: http://localhost\n      DATABASE_HOST: localhost\n  db:\n    image: postgres:16',
  },
  {
    source: "guard: a peer's API address at loopback in another service (API_URL, not the app's own address)",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-api-url-localhost-frontend',
    text: 'name: shop\nservices:\n  frontend:\n    image: shop-frontend\n    environment:\n      - API_URL=http://localhost:8000/api\n  api:\n    image: shop-api',
  },
];

const initdbRows: Row[] = [
  {
    source:
      'postgres src/bin/initdb/initdb.c 12+ pg_log_error (`initdb: error: directory "%s" exists but is not empty`, then `initdb: hint:`), Compose v2 prefixes',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg16-initdb-error-not-empty-v2',
    text: 'db-1  | The files belonging to this database system will be owned by user "postgres".\ndb-1  | This user must also own the server process.\ndb-1  | initdb: error: directory "/var/lib/postgresql/data" exists but is not empty\ndb-1  | initdb: hint: If you want to create a new database system, either remove or empty the directory "/var/lib/postgresql/data" or run initdb with an argument other than "/var/lib/postgresql/data".\ndb-1 exited with code 1',
  },
  {
    source: 'postgres initdb.c before 12 (`%s: could not change permissions of directory "%s": %s`), a Windows bind mount, Compose v1',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg96-initdb-chmod-operation-not-permitted-v1',
    text: 'postgres_1  | fixing permissions on existing directory /var/lib/postgresql/data ... initdb: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted\npostgres_1  | initdb: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted',
  },
  {
    source: 'postgres initdb.c before 12 (`%s: directory "%s" exists but is not empty`), Compose v1',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg11-initdb-not-empty-v1',
    text: 'db_1   | initdb: directory "/var/lib/postgresql/data" exists but is not empty\ndb_1   | If you want to create a new database system, either remove or empty\ndb_1   | the directory "/var/lib/postgresql/data" or run initdb\ndb_1   | with an argument other than "/var/lib/postgresql/data".',
  },
  {
    source:
      'postgres initdb.c cleanup (`removing data directory "%s"`, 15: pg_log_info), bootstrap failing with wait_error.c\'s `child process exited with exit code 1`',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg15-initdb-removing-data-directory',
    text: 'postgres-1  | running bootstrap script ... 2023-05-02 10:11:12.345 UTC [72] FATAL:  could not write to file "pg_wal/xlogtemp.72": No space left on device\npostgres-1  | child process exited with exit code 1\npostgres-1  | initdb: removing data directory "/var/lib/postgresql/data"\npostgres-1 exited with code 1',
  },
  {
    source: 'the same initdb error in `docker logs` of a container (no Compose prefix), at reach:running',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'docker-logs-initdb-error-chmod',
    text: '$ docker logs pg\nfixing permissions on existing directory /var/lib/postgresql/data ... initdb: error: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted',
  },
  {
    source:
      'guard: a successful initdb (its warning about trust authentication, `Success.`), then the server ready (docker-library/postgres entrypoint)',
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-initdb-warning-then-ready',
    text: 'db-1  | fixing permissions on existing directory /var/lib/postgresql/data ... ok\ndb-1  | initdb: warning: enabling "trust" authentication for local connections\ndb-1  | initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\ndb-1  | Success. You can now start the database server using:\ndb-1  | 2024-01-01 00:00:01.000 UTC [1] LOG:  database system is ready to accept connections',
  },
  {
    source: "guard: CONVENTIONS §2.5 (cw46): Compose v1 ps of another project's container_name rows, all Up (consul1-3)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-v1-ps-consul-rows-up',
    text: '$ docker-compose ps\n Name              Command               State                        Ports\n----------------------------------------------------------------------------------------------\nconsul1   docker-entrypoint.sh agent   Up      0.0.0.0:32775->8500/tcp, 0.0.0.0:32774->8600/udp\nconsul2   docker-entrypoint.sh agent   Up      0.0.0.0:32777->8500/tcp, 0.0.0.0:32776->8600/udp\nconsul3   docker-entrypoint.sh agent   Up      0.0.0.0:32779->8500/tcp, 0.0.0.0:32778->8600/udp',
  },
];

const families: [string, Row[]][] = [
  ["a network made by hand in the paste's own commands", handRows],
  ["an app's own public URL at localhost in its environment", urlRows],
  ["PostgreSQL's initdb stopping at its own error", initdbRows],
];

describe.each(families)('cw97 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
