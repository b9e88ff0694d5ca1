/*
 * cw113: holdout89–92's networks misses (README "holdout89–92: networks (cw113)"). Each row is a variation a learner would paste
 * (other versions, names, layouts, languages, programs of the same kind), never the paste itself, which moved to ../corpus/; its
 * `source` names where the words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; variant?: string | null; id: string; text: string };

const existsRows: Row[] = [
  {
    source: 'moby libnetwork error.go NetworkNameError: "network with name %s already exists" (daemon/network.go), `docker network create`',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    variant: 'other',
    id: 'create-exists-linux',
    text: '$ docker network create app-net\nError response from daemon: network with name app-net already exists',
  },
  {
    source: 'the same under PowerShell on Docker Desktop, an install script creating its network again (OpenC3/cosmos#783 layout)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'create-exists-powershell',
    text: 'PS C:\\projects\\lab> docker network create --driver bridge lab_net\nError response from daemon: network with name lab_net already exists\nPS C:\\projects\\lab>',
  },
  {
    source: 'nerdctl pkg/cmd/network/create.go: fmt.Errorf("network with name %s already exists", options.Name), logrus FATA prefix',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'create-exists-nerdctl',
    text: '$ nerdctl network create backend-net\nFATA[0000] network with name backend-net already exists',
  },
  {
    source: 'Podman (containers/common libnetwork): "network name %s already used: network already exists", exit 125',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'create-exists-podman',
    text: '$ podman network create homelab\nError: network name homelab already used: network already exists',
  },
  {
    source: 'the same refusal quoted in a sentence of an issue (OpenC3/cosmos#783: "I repeatedly seem to get the following error")',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'create-exists-told',
    text: 'Every time I run the setup script I get `Error response from daemon: network with name traefik-public already exists` but it keeps going.',
  },
  {
    source:
      "the lesson's own network made by hand (`docker network create dash-app_frontend` twice): left unread, as cw19's source sweep (row 67) and cw97's guard",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-create-exists-lesson-name',
    text: '$ docker network create dash-app_frontend\nError response from daemon: network with name dash-app_frontend already exists',
  },
  {
    source: "the same refusal at the compose step: the plain message (variant other is lesson 8's words)",
    check: 'compose',
    want: ['problem', 'network-wrong-project'],
    variant: null,
    id: 'create-exists-at-compose',
    text: '$ docker network create proxy\nError response from daemon: network with name proxy already exists',
  },
  {
    source: 'docker/compose pkg/compose/create.go: `network %s was found but has incorrect label` (cw58 rule, unchanged)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    variant: null,
    id: 'guard-incorrect-label',
    text: 'network dash-app_backend was found but has incorrect label com.docker.compose.network set to ""',
  },
  {
    source: 'compose-go: `network backend declared as external, but could not be found` stays network-not-found',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-external-not-found',
    text: '$ docker compose up -d\nnetwork proxy-net declared as external, but could not be found',
  },
];

const bridgeElided = (dots: string) =>
  `$ docker network inspect bridge\n[\n    {\n        "Name": "bridge",\n        ${dots}\n        "Driver": "bridge",\n        "IPAM": {\n            "Driver": "default",\n            "Config": [\n                {\n                    "Subnet": "172.17.0.0/16",\n                    "Gateway": "172.17.0.1"\n                }\n            ]\n        },\n        ${dots}\n        "Containers": {\n            "3f1c9a1e5b2d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6": {\n                ${dots}\n                "IPv4Address": "172.17.0.2/16",\n                "IPv6Address": ""\n            }\n        },\n    }\n]`;

const elidedRows: Row[] = [
  {
    source: "a course note's sample `docker network inspect bridge` with the author's `...` lines (moby api/types/network Inspect keys)",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'inspect-bridge-dots',
    text: bridgeElided('...'),
  },
  {
    source: 'the same with a typographic ellipsis (a blog that turned three dots into …)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'inspect-bridge-ellipsis',
    text: bridgeElided('…'),
  },
  {
    source:
      'a hand-made network (`docker network create my-net`) inspected and elided, members named by hand (docker/docs network tutorial)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'inspect-handmade-dots',
    text: '$ docker network inspect my-net\n[\n  {\n    "Name": "my-net",\n    "Driver": "bridge",\n    ...\n    "Containers": {\n      "9b2e1d0c8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c": {\n        "Name": "alpine1",\n        ...\n      },\n    },\n    "Labels": {}\n  }\n]',
  },
  {
    source: "another project's network elided, its Compose labels kept (compose-go: com.docker.compose.project)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'inspect-other-project-dots',
    text: '$ docker network inspect shop_default\n[\n    {\n        "Name": "shop_default",\n        ...\n        "Driver": "bridge",\n        "Containers": {},\n        ...\n        "Labels": {\n            "com.docker.compose.network": "default",\n            "com.docker.compose.project": "shop",\n        }\n    }\n]',
  },
  {
    source: "the lesson's two networks inspected and elided: a member may be elided, so never an ok (as a cut inspect, CONVENTIONS §1)",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'guard-lesson-networks-elided-no-ok',
    text: '$ docker network inspect dash-app_frontend dash-app_backend\n[\n    {\n        "Name": "dash-app_frontend",\n        ...\n        "Driver": "bridge",\n        "Containers": {\n            "1111111111111111111111111111111111111111111111111111111111111111": {\n                "Name": "dash-app-proxy-1",\n                ...\n                "IPv4Address": "172.20.0.2/16"\n            },\n            "2222222222222222222222222222222222222222222222222222222222222222": {\n                "Name": "dash-app-web-1",\n                ...\n                "IPv4Address": "172.20.0.3/16"\n            }\n        },\n        ...\n        "Labels": {\n            "com.docker.compose.network": "frontend",\n            "com.docker.compose.project": "dash-app",\n        }\n    },\n    {\n        "Name": "dash-app_backend",\n        ...\n        "Driver": "bridge",\n        "Containers": {\n            "1111111111111111111111111111111111111111111111111111111111111111": {\n                "Name": "dash-app-web-1",\n                ...\n                "IPv4Address": "172.20.0.2/16"\n            },\n            "2222222222222222222222222222222222222222222222222222222222222222": {\n                "Name": "dash-app-db-1",\n                ...\n                "IPv4Address": "172.20.0.3/16"\n            }\n        },\n        ...\n        "Labels": {\n            "com.docker.compose.network": "backend",\n            "com.docker.compose.project": "dash-app",\n        }\n    }\n]',
  },
  {
    source: 'a broken document (a brace missing, no elision) stays unread as before',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-broken-json-no-elision',
    text: '$ docker network inspect my-net\n[\n  {\n    "Name": "my-net"\n    "Driver": "bridge"\n  }\n]',
  },
];

const curlRows: Row[] = [
  {
    source:
      "curl before 7.33 lib/url.c: failf(data, \"Couldn't resolve host '%s'\"), from a container on Docker's default bridge (moby/moby#28947)",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'curl-old-quoted-bridge',
    text: "$ docker run --rm --network bridge appropriate/curl api:3000\ncurl: (6) Couldn't resolve host 'api'",
  },
  {
    source: 'the same from the proxy, CentOS 6 curl 7.19 inside `docker exec`',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'curl-old-quoted-exec',
    text: "[root@host ~]# docker exec -it proxy curl -sS http://web:8050/\ncurl: (6) Couldn't resolve host 'web'",
  },
  {
    source: 'the same at the compose step (lookup beside no listing)',
    check: 'compose',
    want: ['problem', 'upstream-host-not-found'],
    id: 'curl-old-quoted-compose',
    text: "$ docker compose exec proxy curl db:5432\ncurl: (6) Couldn't resolve host 'db'",
  },
  {
    source: "a registry's dotted name is no service's lookup (compose-errors.ts appMissing: one label only)",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-curl-old-dotted',
    text: "$ curl https://registry-1.docker.io/v2/\ncurl: (6) Couldn't resolve host 'registry-1.docker.io'",
  },
];

const downRows: Row[] = [
  {
    source: "Compose v2 down (pkg/compose/down.go: ` ✔ Network x_default  Removed`), then docker network ls with Docker's own rows",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'v2-down-then-ls',
    text: '$ docker compose down\n[+] Running 3/3\n ✔ Container shop-web-1  Removed\n ✔ Container shop-db-1   Removed\n ✔ Network shop_default    Removed\n$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n4ab3c27fb94f   bridge    bridge    local\nbbf16d6760e4   host      host      local\ne148dbfb9c3c   none      null      local',
  },
  {
    source: 'Compose v1 (compose/network.py `Removing network %s`) with -p, a hand-made network left in the ls',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'v1-down-p-then-ls-handmade',
    text: '$ docker-compose -p blog down\nStopping blog_web_1 ... done\nRemoving blog_web_1 ... done\nRemoving network blog_default\n$ docker network ls\nNETWORK ID          NAME                DRIVER              SCOPE\n1a2b3c4d5e6f        bridge              bridge              local\n2b3c4d5e6f7a        host                host                local\n3c4d5e6f7a8b        my-net              bridge              local\n4d5e6f7a8b9c        none                null                local',
  },
  {
    source: "the same shape up, ls, down, ls (a workshop's slides, Japanese headings between)",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'v1-up-ls-down-ls',
    text: '$ docker-compose up -d\nCreating network "wiki_default" with the default driver\nCreating wiki_db_1 ... done\n$ docker network ls\nNETWORK ID     NAME           DRIVER    SCOPE\n4fd29d0834ee   wiki_default   bridge    local\n### 環境クリア\n$ docker-compose down\nStopping wiki_db_1 ... done\nRemoving wiki_db_1 ... done\nRemoving network wiki_default\n$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n4ab3c27fb94f   bridge    bridge    local\nbbf16d6760e4   host      host      local\ne148dbfb9c3c   none      null      local',
  },
  {
    source: 'the same paste at compose: the project that ran answers (CONVENTIONS §2.5)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-v2-down-then-ls-at-compose',
    text: '$ docker compose down\n[+] Running 2/2\n ✔ Container shop-web-1  Removed\n ✔ Network shop_default    Removed\n$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n4ab3c27fb94f   bridge    bridge    local\nbbf16d6760e4   host      host      local\ne148dbfb9c3c   none      null      local',
  },
  {
    source: 'down, ls, then up again (Compose output after the ls is the later state: cw100)',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-down-ls-then-up',
    text: '$ docker-compose down\nRemoving network blog_default\n$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n2b3c4d5e6f7a   bridge    bridge    local\n3c4d5e6f7a8b   host      host      local\n4d5e6f7a8b9c   none      null      local\n$ docker-compose up -d\nCreating network "blog_default" with the default driver\nCreating blog_web_1 ... done',
  },
  {
    source: "an ls that still lists the project's network after down refused (`has active endpoints`)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-down-refused-ls-lists-it',
    text: '$ docker-compose down\nRemoving network blog_default\nERROR: network blog_default id 3c4d5e6f7a8b has active endpoints\n$ docker network ls\nNETWORK ID     NAME           DRIVER    SCOPE\n2b3c4d5e6f7a   bridge         bridge    local\n5e6f7a8b9c0d   blog_default   bridge    local',
  },
];

const dbRows: Row[] = [
  {
    source: "PostgreSQL 12+ initdb (src/bin/initdb/initdb.c) refusing a non-empty directory, then node's `getaddrinfo ENOTFOUND db`",
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'initdb-then-app-enotfound',
    text: 'db log:\ninitdb: error: directory "/var/lib/postgresql/data" exists but is not empty\ninitdb: hint: If you want to create a new database system, either remove or empty the directory\napi log:\nError: getaddrinfo ENOTFOUND db\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)',
  },
  {
    source: 'the same under Compose prefixes, PHP 8 PDO (main/network.c `getaddrinfo for db failed`) and BusyBox nc',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'initdb-prefixed-php-lookup',
    text: 'db-1   | initdb: error: directory "/var/lib/postgresql/data" exists but is not empty\ndb-1 exited with code 1\napp-1  | nc: bad address \'db\'\napp-1  | SQLSTATE[08006] [7] could not translate host name "db" to address: Name does not resolve',
  },
  {
    source: "MySQL 8 sql/mysqld.cc unireg_abort `[ERROR] [MY-010119] [Server] Aborting`, then nginx's `host not found in upstream`",
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'mysqld-aborting-nginx-lookup',
    text: '2024-05-01T10:00:00.000000Z 0 [ERROR] [MY-010119] [Server] Aborting\n2024/05/01 10:00:03 [emerg] 1#1: host not found in upstream "app" in /etc/nginx/conf.d/default.conf:12',
  },
  {
    source: "MongoDB before 4.4 (mongo/db/db.cpp: `exception in initAndListen: %s, terminating`, DBPathInUse), then mongoose's EAI_AGAIN",
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'mongod-initandlisten-app-eai-again',
    text: '2019-03-01T10:00:00.000+0000 E STORAGE  [initandlisten] exception in initAndListen: DBPathInUse: Unable to lock the lock file: /data/db/mongod.lock (Resource temporarily unavailable). Another mongod instance is already running on the /data/db directory, terminating\nMongooseServerSelectionError: getaddrinfo EAI_AGAIN mongo',
  },
  {
    source:
      "an app's own lookup failure and its traceback, no database's stop (CONVENTIONS §2.6: a lookup comes before the crash it causes)",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-lookup-then-own-traceback',
    text: 'Traceback (most recent call last):\n  File "/app/app.py", line 9, in <module>\n    r.ping()\nredis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known.',
  },
  {
    source: 'the database shown running beside the failed lookup: its stop is not the cause',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-db-listed-running',
    text: '$ docker compose ps\nNAME         IMAGE         COMMAND                  SERVICE   CREATED         STATUS         PORTS\nshop-db-1    postgres:16   "docker-entrypoint.s…"   db        2 minutes ago   Up 2 minutes   5432/tcp\n$ docker compose logs app\napp-1  | Error: getaddrinfo ENOTFOUND database',
  },
];

const conflictRows: Row[] = [
  {
    source:
      'moby daemon/names.go `Conflict. The container name "/%s" is already in use by container "%s"` on a run that joins a network made by hand, then its inspect',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'run-conflict-handmade-network-inspect',
    text: '$ docker network create ci-net\n5b7e0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b\n$ docker run -d --name jenkins --network ci-net -p 8080:8080 jenkins/jenkins:lts\ndocker: Error response from daemon: Conflict. The container name "/jenkins" is already in use by container "0a1b2c3d4e5f". You have to remove (or rename) that container to be able to reuse that name.\n$ docker network inspect ci-net\n[\n    {\n        "Name": "ci-net",\n        "Driver": "bridge",\n        "Containers": {},\n        "Labels": {}\n    }\n]',
  },
  {
    source: 'the same without the inspect: the run on a hand-made network, Docker 1.x wording (`--net`)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'run-conflict-net-flag-no-inspect',
    text: '$ docker network create lab\n$ docker run -d --name sonar --net lab sonarqube\ndocker: Error response from daemon: Conflict. The container name "/sonar" is already in use by container "7d6e5f4a3b2c". You have to remove (or rename) that container to be able to reuse that name.',
  },
  {
    source: 'the same paste at run: the run step keeps its answer (CONVENTIONS §2.2)',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'guard-run-conflict-at-run',
    text: '$ docker network create lab\n$ docker run -d --name sonar --net lab sonarqube\ndocker: Error response from daemon: Conflict. The container name "/sonar" is already in use by container "7d6e5f4a3b2c". You have to remove (or rename) that container to be able to reuse that name.',
  },
  {
    source: "Compose's own conflict (v1 `Cannot create container for service directory: Conflict.`) stays (§2.0, h86-mutillidae15)",
    check: 'networks',
    want: ['problem', 'name-conflict'],
    id: 'guard-compose-conflict',
    text: 'Creating network "lab_default" with the default driver\nERROR: for db  Cannot create container for service db: Conflict. The container name "/db" is already in use by container "c511d89c38b2". You have to remove (or rename) that container to be able to reuse that name.',
  },
  {
    source: "a lesson's name refused on a hand-made network (`--name web`): the lesson's service name, kept",
    check: 'networks',
    want: ['problem', 'name-conflict'],
    id: 'guard-conflict-lesson-name',
    text: '$ docker network create mynet\n$ docker run -d --name web --network mynet e4l-python-graph\ndocker: Error response from daemon: Conflict. The container name "/web" is already in use by container "7d6e5f4a3b2c". You have to remove (or rename) that container to be able to reuse that name.',
  },
  {
    source: 'a conflict with no network made by hand in the paste stays the conflict (§2.0)',
    check: 'networks',
    want: ['problem', 'name-conflict'],
    id: 'guard-conflict-no-network',
    text: '$ docker run -d --name portainer -p 9000:9000 portainer/portainer-ce\ndocker: Error response from daemon: Conflict. The container name "/portainer" is already in use by container "7d6e5f4a3b2c". You have to remove (or rename) that container to be able to reuse that name.',
  },
];

const headingRows: Row[] = [
  {
    source: "a diagnostics report's Markdown headings over each command's output (`### docker network ls`, `### docker info`)",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'heading-h3-network-ls-before-info',
    text: '### docker volume ls\nDRIVER    VOLUME NAME\n\n### docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n1f2e3d4c5b6a   bridge    bridge    local\n2e3d4c5b6a7f   host      host      local\n3d4c5b6a7f8e   none      null      local\n\n### docker info\nClient: Docker Engine - Community\n Version:    27.3.1\n Context:    default\n\nServer:\n Containers: 0\n Server Version: 27.3.1',
  },
  {
    source: "the same report with another project's network listed under `## sudo docker network ls`",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'heading-sudo-network-ls-other-project',
    text: '## docker version\nClient:\n Version:           24.0.7\n API version:       1.43\n\n## sudo docker network ls\nNETWORK ID     NAME             DRIVER    SCOPE\n1f2e3d4c5b6a   bridge           bridge    local\n4b5c6d7e8f9a   immich_default   bridge    local',
  },
  {
    source: 'a heading that names a docker command in prose (`## docker logs are empty`) stays prose',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-heading-prose',
    text: '## docker logs are empty\nI started everything and nothing shows up.',
  },
];

const families: [string, Row[]][] = [
  ['a network created again by hand', existsRows],
  ['a network inspect elided by its author', elidedRows],
  ["curl's old lookup wording", curlRows],
  ['a project taken down, then network ls', downRows],
  ["a database's own stop before its peers' lookups", dbRows],
  ["a run's name conflict beside a hand-made network", conflictRows],
  ["a report's headings as command lines", headingRows],
];

describe.each(families)('cw113 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, variant, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
    if (variant !== undefined) expect(d.details.variant ?? null).toBe(variant);
  });
});
