/*
 * cw93: holdout77–80's compose and networks misses, each by its class (README "holdout77–80: compose and networks (cw93)").
 * - **A fixed address outside the network's subnet** (moby's `Invalid address %s: It does not belong to any of this network's
 *   subnets`, Docker 25+'s `no configured subnet or ip-range contain the IP address`): network-address-pool (variant subnet).
 * - **pip and snap without a docker-compose**: compose-not-installed.
 * - **Compose's own command that names its project** (`-p x`, `--project-name x`, before its subcommand), also as a runner echoes it (`task: [x] …`,
 *   `Running: …`, xtrace's `+ …`), and the orphan warning's containers under Compose's names: that project.
 * - **v1's progress line quoted in a sentence** (`Starting x_web_1 ... done`): project x.
 * - **A container stopped by a signal whose own lines go on** (143, 130): it was started again; the exit goes.
 * - **A network named `<p>_<key>` whose containers shown have names of another shape** (cut before its labels): made by hand.
 * - **`docker-compose -v` refused, the call named** (a tool's `'docker-compose -v' returned exit code 16`): Compose v2.0.0.
 * - **A program's own refusal of the command it was started with** (n8n's, oclif's, yarn's, commander's, cobra's, click's,
 *   Django's): a start failure.
 * Each row is a variation (never the holdout paste); `source` names where its words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const subnetRows: Row[] = [
  {
    source: 'oceanprotocol/barge#76: Compose v1 `ERROR: for x  Cannot start service y: Invalid address …` (moby before 25)',
    check: 'compose',
    want: ['problem', 'network-address-pool'],
    id: 'v1-invalid-address-172-15',
    text: `$ docker-compose up -d\nCreating network "ocean_backend" with driver "bridge"\nCreating ocean_aquarius_1 ... error\n\nERROR: for ocean_aquarius_1  Cannot start service aquarius: Invalid address 172.15.0.5: It does not belong to any of this network's subnets\nERROR: Encountered errors while bringing up the project.`,
  },
  {
    source: "primihub/primihub#380: the daemon's `Error response from daemon: Invalid address …` under a deploy script (Compose v2.6)",
    check: 'compose',
    want: ['problem', 'network-address-pool'],
    id: 'v2-error-response-invalid-address',
    text: `# sh deploy.sh\nDocker Compose version v2.6.0\n[+] Running 1/2\n ⠿ Network deploy_default   Created\n ⠿ Container mysql        Starting\nError response from daemon: Invalid address 172.28.1.30: It does not belong to any of this network's subnets`,
  },
  {
    source: 'rhastie/easy-nmos#30: Docker 25+ `invalid config for network x: invalid endpoint settings:` then the address line',
    check: 'compose',
    want: ['problem', 'network-address-pool'],
    id: 'docker25-no-configured-subnet',
    text: `~/easy-nmos$ docker-compose up\n[+] Running 0/0\n ⠋ Container nmos-registry  Creating                                       0.0s\nError response from daemon: invalid config for network easy-nmos_external: invalid endpoint settings:\nno configured subnet or ip-range contain the IP address 10.0.0.191`,
  },
  {
    source: 'amidaware/tacticalrmm#2049: v1 `Cannot create container for service` with the `ip range contains IP address` wording',
    check: 'networks',
    want: ['problem', 'network-address-pool'],
    id: 'v1-create-ip-range-contains',
    text: `ERROR: for tactical-nginx  Cannot create container for service tactical-nginx: invalid config for network tacticalrmm_proxy: invalid endpoint settings:\nno configured subnet or ip range contains IP address 172.20.0.20`,
  },
  {
    source: "moby daemon: `docker run --network --ip` outside the network's subnet (Invalid address, Docker 19.03)",
    check: 'networks',
    want: ['problem', 'network-address-pool'],
    id: 'run-ip-invalid-address',
    text: `$ docker run -d --name cache --network appnet --ip 10.10.0.50 redis\n3b1f0c9e2a7d4c1b8e6f5a4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b\ndocker: Error response from daemon: Invalid address 10.10.0.50: It does not belong to any of this network's subnets.`,
  },
  {
    source: "Mailu/Mailu#3812 (cw41's class): Pool overlaps keeps its own variant",
    check: 'compose',
    want: ['problem', 'network-address-pool'],
    id: 'guard-pool-overlaps',
    text: `$ docker compose up -d\n[+] Running 0/1\n ⠿ Network mailu_default  Error\nfailed to create network mailu_default: Error response from daemon: Pool overlaps with other one on this address space`,
  },
];

const pipRows: Row[] = [
  {
    source: 'docker/compose#5071 (pip 9 on Ubuntu 16.04), pip 20+ with its ERROR: marks',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'pip20-error-from-versions-none',
    text: `$ pip3 install docker-compose\nERROR: Could not find a version that satisfies the requirement docker-compose (from versions: none)\nERROR: No matching distribution found for docker-compose`,
  },
  {
    source: 'pip 9 under sudo -H on a Raspberry Pi (the same two lines, no ERROR:)',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'pip9-sudo-h-pi',
    text: `pi@raspberrypi:~ $ sudo -H pip install docker-compose\nCollecting docker-compose\n  Could not find a version that satisfies the requirement docker-compose (from versions: )\nNo matching distribution found for docker-compose`,
  },
  {
    source: 'snapd: `error: snap "docker-compose" not found`',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'snap-not-found',
    text: `$ sudo snap install docker-compose\nerror: snap "docker-compose" not found`,
  },
];

const projectRows: Row[] = [
  {
    source: "go-task `task: [name] cmd` echo (ansible/eda-server#895's layout), another project and v2's logrus warning",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'task-echo-p-shop',
    text: `❯ task up\ntask: [up] docker compose -p shop -f deploy/compose.dev.yml up -d\nWARN[0000] The "STRIPE_KEY" variable is not set. Defaulting to a blank string.`,
  },
  {
    source: "a start script's `Running:` echo (coleam00/local-ai-packaged#35's start_services.py), orphans under container_name",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'running-echo-p-supabase',
    text: `Running: docker compose -p supabase -f docker/docker-compose.yml up -d\ntime="2025-04-02T09:10:11+02:00" level=warning msg="Found orphan containers ([n8n ollama open-webui]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up."`,
  },
  {
    source: "bash xtrace (`set -x`) before a CI script's compose call; --project-name=",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'xtrace-project-name-equals',
    text: `+ docker compose --project-name=ci-1234 up -d --wait\nWARN[0000] Found orphan containers ([mailhog]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`,
  },
  {
    source: 'Compose v1 (compose/project.py) `WARNING: Found orphan containers (…) for this project.` under `-p`',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-p-orphans-warning',
    text: `$ docker-compose -p blog up -d\nWARNING: Found orphan containers (blog_legacy_1) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.\nblog_db_1 is up-to-date`,
  },
  {
    source: "Compose v2 pkg/compose/create.go orphan warning alone: the orphans' names, a hyphenated project",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'orphans-name-hyphenated-project',
    text: `$ docker compose up -d\nWARN[0000] Found orphan containers ([my-site-cache-1 my-site-mailer-1]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`,
  },
  {
    source: 'a Makefile-free `Executing:` echo of a deploy script, v1 binary, -p then down',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'executing-echo-v1-down',
    text: `Executing: docker-compose -p staging down\nStopping staging_worker_1 ... done\nRemoving staging_worker_1 ... done\nRemoving network staging_default`,
  },
  {
    source: "the lesson's own project named by -p, an orphan of its own file: no other project",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-p-dash-app-orphan',
    text: `$ docker compose -p dash-app up -d\nWARN[0000] Found orphan containers ([dash-app-old-1]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.\n[+] Running 3/3\n ✔ Container dash-app-db-1     Started\n ✔ Container dash-app-web-1    Started\n ✔ Container dash-app-proxy-1  Started`,
  },
  {
    source: "psql's own -p after Compose's subcommand (exec): not the project",
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-exec-psql-p-5432',
    text: `$ docker compose exec db psql -U postgres -p 5432\npsql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory`,
  },
];

const quotedRows: Row[] = [
  {
    source: "mikeizbicki/cmc-csci143#27's layout: v1 `Creating x_db_1 ... done` in a code span of a sentence",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'span-creating-myblog-db',
    text: 'After `docker-compose up -d` it prints `Creating myblog_db_1 ... done` and then nothing, and the page does not load.',
  },
  {
    source: 'compose/cli/main.py `Recreating x ... done` quoted in single quotes',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'single-quoted-recreating',
    text: "The last thing it says is 'Recreating todo_app_1 ... done' and then the prompt comes back.",
  },
  {
    source: "docker/compose#7483's layout (a CJK sentence, full-width comma) with v1's Starting line",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'zh-starting-shop-web',
    text: '执行 docker-compose start 后显示 Starting shop_web_1 ... done，但是 nginx 访问不到 web',
  },
];

const signalRows: Row[] = [
  {
    source: "docker/compose#8925's layout: v2 `x exited with code 143` (docker compose restart), then its lines again",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-143-restart-blog',
    text: `$ docker compose logs -f\nblog-web-1  | [2024-02-01 10:00:00] GET / 200\nblog-web-1 exited with code 143\nblog-web-1  | [2024-02-01 10:00:05] Listening on :3000\nblog-web-1  | [2024-02-01 10:00:09] GET / 200`,
  },
  {
    source: 'Compose v1 log printer: `x_web_1 exited with code 143` then `web_1  |` again (docker-compose restart web)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-143-then-web-1-prefix',
    text: `Attaching to shop_web_1\nweb_1  | Booting worker with pid: 8\nshop_web_1 exited with code 143\nweb_1  | Booting worker with pid: 9`,
  },
  {
    source: "v2 `exited with code 130` (SIGINT) then the container's lines again",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-130-then-lines',
    text: `[+] Running 2/2\n ✔ Container notes-api-1  Started\n ✔ Container notes-db-1   Started\nnotes-api-1 exited with code 130\nnotes-api-1  | Server started on port 4000`,
  },
  {
    source: 'a crash loop: exit 1, then the same lines again (restart: always): the crash stands',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-exit-1-then-lines',
    text: `blog-web-1  | Error: Cannot find module '/app/server.js'\nblog-web-1 exited with code 1\nblog-web-1  | Error: Cannot find module '/app/server.js'`,
  },
];

const networkRows: Row[] = [
  {
    source: "jeff1evesque/machine-learning#2628's layout: a hand-made `web_net` (Docker 1.12 inspect, cut before Labels)",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'handmade-web-net-nginx-api',
    text: `$ docker network inspect web_net\n[\n    {\n        "Name": "web_net",\n        "Id": "9f3c0d2b7a1e",\n        "Scope": "local",\n        "Driver": "bridge",\n        "IPAM": {\n            "Driver": "default",\n            "Config": [ { "Subnet": "172.25.0.0/16" } ]\n        },\n        "Containers": {\n            "a1b2c3d4e5f6": {\n                "Name": "nginx",\n                "IPv4Address": "172.25.0.2/16"\n            },\n            "f6e5d4c3b2a1": {\n                "Name": "api",\n                "IPv4Address": "172.25.0.3/16"\n            }\n        }`,
  },
  {
    source: 'a Compose v1 network so cut: its containers named `<project>_<service>_1`: that project stays',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'guard-v1-network-project-members',
    text: `$ docker network inspect shop_default\n[\n    {\n        "Name": "shop_default",\n        "Id": "9f3c0d2b7a1e",\n        "Scope": "local",\n        "Driver": "bridge",\n        "Containers": {\n            "a1b2c3d4e5f6": {\n                "Name": "shop_web_1",\n                "IPv4Address": "172.19.0.2/16"\n            }\n        }`,
  },
];

const v200Rows: Row[] = [
  {
    source: "palantir/docker-compose-rule#661's layout, another tool's words (Testcontainers-like: `Command … failed`)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'tool-quoted-docker-compose-v',
    text: `org.example.ComposeException: 'docker-compose -v' returned exit code 16\nThe output was:\nunknown shorthand flag: 'v' in -v`,
  },
  {
    source: 'Compose v2.0.0 standalone at a shell: `docker-compose --version` → cobra `unknown flag: --version`',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'shell-docker-compose-dash-dash-version',
    text: `$ docker-compose --version\nunknown flag: --version`,
  },
  {
    source: "u-airscore (cw40): `docker compose -v` is docker's own parser: not installed",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-docker-compose-spaced-v',
    text: `$ docker compose -v\nunknown shorthand flag: 'v' in -v\nSee 'docker --help'.`,
  },
];

const commandRows: Row[] = [
  {
    source: "n8n's CLI (coleam00/local-ai-packaged#146's restart loop) under `docker compose logs`",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'n8n-command-start-not-found-logs',
    text: `$ docker compose logs n8n\nn8n-1  | Permissions 0644 for n8n settings file /home/node/.n8n/config are too wide.\nn8n-1  | Error: Command "start" not found`,
  },
  {
    source: 'yarn 1 cli/commands/run.js: `error Command "start" not found.` in a container\'s log',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'yarn-command-start-not-found',
    text: `$ docker logs frontend\nyarn run v1.22.19\nerror Command "start" not found.\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.`,
  },
  {
    source: "commander.js `error: unknown command 'serve'` under Compose v2's prefix",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'commander-unknown-command',
    text: `api-1  | error: unknown command 'serve'\napi-1  | (Did you mean server?)`,
  },
  {
    source: 'cobra `Error: unknown command "serve" for "app"` (a Go image\'s CMD), Compose v1 prefix',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'cobra-unknown-command-for-app',
    text: `worker_1  | Error: unknown command "serve" for "app"\nworker_1  | Run 'app --help' for usage.`,
  },
  {
    source: "Django core/management `Unknown command: 'runservr'` (a typo in the compose command)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'django-unknown-command',
    text: `web-1  | Unknown command: 'runservr'\nweb-1  | Type 'manage.py help' for usage.`,
  },
  {
    source: "click `Error: No such command 'runserver'.` (a Flask CLI without it)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'click-no-such-command',
    text: `$ docker compose logs api\napi-1  | Usage: flask [OPTIONS] COMMAND [ARGS]...\napi-1  | Try 'flask --help' for help.\napi-1  | \napi-1  | Error: No such command 'runserver'.`,
  },
  {
    source: 'docker/cli without the Compose plugin (newer wording): still Compose not installed',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-docker-unknown-command-compose',
    text: `$ docker compose up -d\ndocker: unknown command: docker compose\n\nRun 'docker --help' for more information`,
  },
];

describe.each([
  ['subnet', subnetRows],
  ['pip', pipRows],
  ['project', projectRows],
  ['quoted', quotedRows],
  ['signal', signalRows],
  ['network', networkRows],
  ['v200', v200Rows],
  ['command', commandRows],
])('cw93 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    expect(await check(where, text)).toMatchObject({ kind: want[0], id: want[1] });
  });
});
