/*
 * cw100: holdout81–82's compose and networks misses (README "holdout81–84: compose and networks (holdout81, holdout82) (cw100)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste
 * itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer that
 * must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

/** A whole container inspect (moby api/types/container InspectResponse, as `docker inspect NAME` prints it), running, on `nets`. */
const inspect = (name: string, image: string, nets: Record<string, string>, ports = '{}') =>
  JSON.stringify(
    [
      {
        Id: 'f2a1c3d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2',
        Created: '2024-03-02T10:11:12.123456789Z',
        Path: '/docker-entrypoint.sh',
        Args: [],
        State: {
          Status: 'running',
          Running: true,
          Paused: false,
          Restarting: false,
          OOMKilled: false,
          Dead: false,
          Pid: 4242,
          ExitCode: 0,
          Error: '',
          StartedAt: '2024-03-02T10:11:13.2Z',
          FinishedAt: '0001-01-01T00:00:00Z',
        },
        Image: 'sha256:7383c266ef252ad70806f3072ee8e63d2a16d1e6bafa6146a2da867fc7c41759',
        Name: `/${name}`,
        RestartCount: 0,
        HostConfig: { NetworkMode: Object.keys(nets)[0] === 'bridge' ? 'default' : Object.keys(nets)[0], PortBindings: JSON.parse(ports) },
        Config: { Hostname: 'f2a1c3d4e5b6', Image: image, Labels: {} },
        NetworkSettings: {
          Bridge: '',
          SandboxID: '9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
          Ports: JSON.parse(ports),
          SandboxKey: '/var/run/docker/netns/9c1d2e3f4a5b',
          Networks: Object.fromEntries(
            Object.entries(nets).map(([n, ip]) => [
              n,
              {
                IPAMConfig: null,
                Links: null,
                Aliases: null,
                NetworkID: '4084e5ed851e9e39d029bdc91919879893a3dd5c769b804c5b99a8600f48548e',
                EndpointID: 'f5b8b162d69f5c364f62a75b9583a477a36b45971fc99a13c6f4cf1a3a7592fe',
                Gateway: ip.replace(/\.\d+$/, '.1'),
                IPAddress: ip,
                IPPrefixLen: 16,
                MacAddress: '02:42:ac:11:00:02',
                DriverOpts: null,
              },
            ]),
          ),
        },
      },
    ],
    null,
    4,
  );

const inspectRows: Row[] = [
  {
    source:
      'moby api/types/container InspectResponse (docker/docs reference/commandline/container_inspect.md), nginx run with no --network',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'inspect-nginx-web1-bridge',
    text: `$ docker inspect web1\n${inspect('web1', 'nginx:1.25', { bridge: '172.17.0.3' }, '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"}]}')}`,
  },
  {
    source: 'docker/docs network tutorial standalone (docker run --network alpine-net), its container inspected whole',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'container-inspect-alpine1-alpine-net',
    text: `$ docker container inspect alpine1\n${inspect('alpine1', 'alpine', { 'alpine-net': '172.18.0.2' })}`,
  },
  {
    source: 'Windows containers: the default network is nat (docker/docs windows networking), `docker inspect iis` in PowerShell',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'pwsh-inspect-iis-nat',
    text: `PS C:\\Users\\me> docker inspect iis\n${inspect('iis', 'mcr.microsoft.com/windows/servercore/iis', { nat: '172.29.208.5' })}`,
  },
  {
    source: 'a Japanese WordPress note: `docker run --name mysql01 --net wp-net …`, then its inspect (Docker 24)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'ja-inspect-mysql01-wp-net',
    text: `コンテナのネットワークを確認します。\n$ docker container inspect mysql01\n${inspect('mysql01', 'mysql:8.0', { 'wp-net': '172.20.0.2' })}`,
  },
  {
    source: "guard: a Compose v2 container (myshop-api-1) inspected, on its project's default network",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-inspect-myshop-api-1-default',
    text: `$ docker inspect myshop-api-1\n${inspect('myshop-api-1', 'myshop-api', { myshop_default: '172.21.0.3' })}`,
  },
  {
    source: "guard: the lesson's own web inspected, on dash-app_frontend and dash-app_backend: no ok from a container inspect",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'guard-inspect-dash-app-web-1-both',
    text: `$ docker inspect dash-app-web-1\n${inspect('dash-app-web-1', 'dash-app-web', { 'dash-app_backend': '172.22.0.3', 'dash-app_frontend': '172.23.0.3' }, '{"8050/tcp":[{"HostIp":"0.0.0.0","HostPort":"8050"}]}')}`,
  },
];

/** `docker network ls --format json` (docker/cli 23+; `--format '{{json .}}'` before): formatter/network.go's fields, Labels joined `k=v,k=v`. */
const lsJson = (...rows: [string, string, string][]) =>
  rows
    .map(([Name, Driver, Labels], i) =>
      JSON.stringify({
        CreatedAt: '2024-05-06 09:10:11.123456789 +0000 UTC',
        Driver,
        ID: `${'0a1b2c3d4e5f'.slice(i)}${'6789ab'.slice(0, i)}`,
        IPv6: 'false',
        Internal: 'false',
        Labels,
        Name,
        Scope: 'local',
      }),
    )
    .join('\n');

const lsRows: Row[] = [
  {
    source: 'docker/cli formatter/network.go (Labels: "k=v" joined with ","), `docker network ls --format json` of a Compose 2.24 project',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'network-ls-json-wordpress-default',
    text: `$ docker network ls --format json\n${lsJson(['bridge', 'bridge', ''], ['host', 'host', ''], ['none', 'null', ''], ['wordpress_default', 'bridge', 'com.docker.compose.network=default,com.docker.compose.project=wordpress,com.docker.compose.version=2.24.6'])}`,
  },
  {
    source: "the same before docker 23 (`--format '{{json .}}'`), a network named by its own `name:` (traefik's `proxy`), project traefik",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'network-ls-json-dot-proxy-label-traefik',
    text: `$ docker network ls --format '{{json .}}' --filter name=proxy\n${lsJson(['proxy', 'bridge', 'com.docker.compose.network=proxy,com.docker.compose.project=traefik,com.docker.compose.version=2.17.2'])}`,
  },
  {
    source: 'the same, at the compose step (a network of project monitoring, made by Compose 1.29.2)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'network-ls-json-monitoring-compose',
    text: `docker network ls --format=json\n${lsJson(['monitoring_back', 'bridge', 'com.docker.compose.network=back,com.docker.compose.project=monitoring,com.docker.compose.version=1.29.2'])}`,
  },
  {
    source: "docker network ls --format json on a fresh engine: Docker's own networks only (CONVENTIONS §2.6, network ls of the defaults)",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'network-ls-json-defaults-only',
    text: `$ docker network ls --format json\n${lsJson(['bridge', 'bridge', ''], ['host', 'host', ''], ['none', 'null', ''])}`,
  },
  {
    source: 'docker network ls --format json with a network made by hand (`docker network create my-net`, no labels)',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'network-ls-json-handmade-my-net',
    text: `$ docker network create my-net\n$ docker network ls --format json\n${lsJson(['bridge', 'bridge', ''], ['my-net', 'bridge', ''], ['host', 'host', ''], ['none', 'null', ''])}`,
  },
  {
    source: "the lesson's own networks in network ls --format json (labels of project dash-app): their members are not shown, partial",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'network-ls-json-dash-app-own-no-members',
    text: `$ docker network ls --format json\n${lsJson(['dash-app_backend', 'bridge', 'com.docker.compose.network=backend,com.docker.compose.project=dash-app,com.docker.compose.version=2.29.1'], ['dash-app_frontend', 'bridge', 'com.docker.compose.network=frontend,com.docker.compose.project=dash-app,com.docker.compose.version=2.29.1'])}`,
  },
];

const stopRows: Row[] = [
  {
    source:
      'docker/compose pkg/compose/up.go (`--abort-on-container-exit`: "Aborting on container exit...", then stop), v2 log prefixes of container_name',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-abort-on-exit-migrate-exited-0',
    text: '$ docker compose up --abort-on-container-exit\nmigrate   | Applying 0001_initial... OK\nmigrate   | Applying 0002_users... OK\napi       | listening on :9000\nmigrate exited with code 0\nAborting on container exit...\n[+] Stopping 2/2\n ✔ Container api      Stopped                 0.4s\n ✔ Container migrate  Stopped                 0.0s',
  },
  {
    source: 'the same at the networks step',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'v2-abort-on-exit-migrate-exited-0-networks',
    text: '$ docker compose up --abort-on-container-exit\nmigrate   | Applying 0001_initial... OK\nmigrate   | Applying 0002_users... OK\napi       | listening on :9000\nmigrate exited with code 0\nAborting on container exit...\n[+] Stopping 2/2\n ✔ Container api      Stopped                 0.4s\n ✔ Container migrate  Stopped                 0.0s',
  },
  {
    source: 'docker/compose v2 Ctrl-C (cmd/compose/up.go "Gracefully stopping... (press Ctrl+C again to force)"), grafana and prometheus',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-ctrl-c-grafana-prometheus-stopped',
    text: 'prometheus  | ts=2024-05-01T10:00:00.000Z caller=main.go:1129 level=info msg="Server is ready to receive web requests."\ngrafana     | logger=http.server t=2024-05-01T10:00:01Z level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http\n^CGracefully stopping... (press Ctrl+C again to force)\n[+] Stopping 2/2\n ✔ Container grafana     Stopped    0.3s\n ✔ Container prometheus  Stopped    0.2s',
  },
  {
    source: 'Compose v1 compose/cli/main.py Ctrl-C ("Gracefully stopping..."), then `Stopping x ... done`, mongo and mongo-express',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-ctrl-c-mongodb-mongo-express-stopping-done',
    text: 'mongodb          | {"t":{"$date":"2024-01-01T00:00:00.000+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}\nmongo-express    | Mongo Express server listening at http://0.0.0.0:8081\nmongo-express exited with code 0\n^CGracefully stopping... (press Ctrl+C again to force)\nStopping mongo-express ... done\nStopping mongodb       ... done',
  },
  {
    source: 'guard: the same v2 abort, the container that ended with code 1 (its tests failed): what fails comes first',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-v2-exit-code-from-tests-exited-1',
    text: '$ docker compose up --exit-code-from tests\ntests     | FAILED tests/test_api.py::test_health - AssertionError\ntests     | 1 failed, 12 passed in 3.21s\ntests exited with code 1\nAborting on container exit...\n[+] Stopping 2/2\n ✔ Container tests     Stopped     0.0s\n ✔ Container postgres  Stopped     0.5s',
  },
];

const flagRows: Row[] = [
  {
    source: "Compose 1.25+'s CLI build (compose/service.py _CLIBuilder: `--iidfile`), docker 17.03's cobra refusing it, Ubuntu",
    check: 'compose',
    want: ['problem', 'client-too-old'],
    id: 'v1-cli-build-iidfile-ubuntu',
    text: "me@box:~/shop$ COMPOSE_DOCKER_CLI_BUILD=1 docker-compose build\nBuilding app\nunknown flag: --iidfile\nSee 'docker build --help'.\nERROR: Service 'app' failed to build : Build failed",
  },
  {
    source: 'the same refusal at the networks step (docker-compose up --build)',
    check: 'networks',
    want: ['problem', 'client-too-old'],
    id: 'v1-up-build-iidfile-networks',
    text: "$ docker-compose up -d --build\nBuilding api\nunknown flag: --iidfile\nSee 'docker build --help'.\nERROR: Service 'api' failed to build",
  },
  {
    source: 'docker/cli cli/command/image/build.go (--target, a multi-stage build; docker 17.03 predates it)',
    check: 'run',
    want: ['problem', 'client-too-old'],
    id: 'build-target-docker-1703',
    text: "$ docker build --target prod -t myapp .\nunknown flag: --target\nSee 'docker build --help'.",
  },
  {
    source: 'docker/cli cli/command/container/opts.go (`gpus`, annotation version 1.40: Docker 19.03), refused by 18.09',
    check: 'run',
    want: ['problem', 'client-too-old'],
    id: 'run-gpus-all-docker-1809',
    text: "$ docker run --gpus all nvidia/cuda:11.0-base nvidia-smi\nunknown flag: --gpus\nSee 'docker run --help'.",
  },
  {
    source: 'docker/cli container/opts.go (`init`, annotation 1.25: Docker 1.13), refused by 1.12',
    check: 'run',
    want: ['problem', 'client-too-old'],
    id: 'run-init-docker-112',
    text: "$ docker run -d --init -p 8050:8050 --name dash-app dash-app\nunknown flag: --init\nSee 'docker run --help'.",
  },
  {
    source: "docker/cli image/build.go (`platform`, annotation 1.38), a Mac user's old Toolbox client",
    check: 'run',
    want: ['problem', 'client-too-old'],
    id: 'build-platform-toolbox',
    text: "$ docker build --platform linux/amd64 -t dash-app .\nunknown flag: --platform\nSee 'docker build --help'.",
  },
  {
    source: "guard: docker without the Compose plugin refusing up's own flag (CONVENTIONS §2.5, u-airscore)",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-docker-compose-up-build-no-plugin',
    text: "$ docker compose up --build\nunknown flag: --build\nSee 'docker --help'.",
  },
];

const errorRows: Row[] = [
  {
    source:
      "Compose v1 compose/parallel.py (`… ... error`) and project.py ProjectError('Encountered errors while bringing up the project.')",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-starting-db-error-encountered',
    text: '$ docker-compose up -d\nStarting blog_db_1 ... error\n\nERROR: Encountered errors while bringing up the project.',
  },
  {
    source: 'the same quoted in a Spanish issue (`Recreating`), at networks',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'es-v1-recreating-redis-error-networks',
    text: 'Al levantar el proyecto me sale: `Recreating tienda_redis_1 ... error` y luego ERROR: Encountered errors while bringing up the project.',
  },
  {
    source: "Compose v1's summary alone, the failed container's line above it cut by the poster",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-encountered-errors-alone',
    text: '$ sudo docker-compose up -d\nERROR: Encountered errors while bringing up the project.',
  },
  {
    source: "guard: v1's `... error` with the daemon's reason after it (a port taken): the reason answers",
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-v1-creating-web-error-port-allocated',
    text: '$ docker-compose up -d\nCreating shop_web_1 ... error\n\nERROR: for shop_web_1  Cannot start service web: driver failed programming external connectivity on endpoint shop_web_1 (3f1c…): Bind for 0.0.0.0:8000 failed: port is already allocated\nERROR: Encountered errors while bringing up the project.',
  },
  {
    source: "guard: v1's `... done` quoted names its project (CONVENTIONS §2.5, cw93)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-v1-starting-done-quoted',
    text: 'the command exits with `Starting blog_web_1 ... done` and nothing else',
  },
];

const lsFirstRows: Row[] = [
  {
    source: 'docker/cli network ls with a network made by hand, beside docker ps rows of Compose v1 names (a note gathered at two times)',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'network-ls-app-net-ps-elk-kibana-1',
    text: '$ docker network create app-net\n$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n1a2b3c4d5e6f   app-net   bridge    local\n2b3c4d5e6f7a   bridge    bridge    local\n3c4d5e6f7a8b   host      host      local\n4d5e6f7a8b9c   none      null      local\n$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS       PORTS                    NAMES\n5e6f7a8b9c0d   elk_kibana     "/usr/local/bin/dumb…"   2 hours ago   Up 2 hours   0.0.0.0:5601->5601/tcp   elk_kibana_1\n6f7a8b9c0d1e   nginx:1.25     "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:80->80/tcp       nginx',
  },
  {
    source: "guard: network ls listing another project's network beside its containers → that project (CONVENTIONS §2.6)",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-network-ls-elk-default-ps',
    text: '$ docker network ls\nNETWORK ID     NAME          DRIVER    SCOPE\n2b3c4d5e6f7a   bridge        bridge    local\n7a8b9c0d1e2f   elk_default   bridge    local\n3c4d5e6f7a8b   host          host      local\n4d5e6f7a8b9c   none          null      local\n$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS       PORTS                    NAMES\n5e6f7a8b9c0d   elk_kibana     "/usr/local/bin/dumb…"   2 hours ago   Up 2 hours   0.0.0.0:5601->5601/tcp   elk_kibana_1',
  },
  {
    source: "guard: network ls of the defaults, then v1's up creating another project's network: the later state names the project",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-network-ls-then-v1-creating-network-blog-default',
    text: '$ docker network ls\nNETWORK ID     NAME      DRIVER    SCOPE\n2b3c4d5e6f7a   bridge    bridge    local\n3c4d5e6f7a8b   host      host      local\n4d5e6f7a8b9c   none      null      local\n$ docker-compose up -d\nCreating network "blog_default" with the default driver\nCreating blog_db_1 ... done\nCreating blog_web_1 ... done',
  },
];

const families: [string, Row[]][] = [
  ["a whole container inspect's networks", inspectRows],
  ['network ls --format json, its Labels as docker/cli joins them', lsRows],
  ['containers of their own names that ran and were stopped by Compose', stopRows],
  ['a docker client older than a flag Compose or the learner gives it', flagRows],
  ["Compose v1's `... error` and its summary", errorRows],
  ['network ls of no project before containers of another', lsFirstRows],
];

describe.each(families)('cw100 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
