/*
 * cw203 (stop 60): holdout155's and holdout114's misses by class, each row a short paste on a real program's format (`source`
 * names it), never a holdout paste:
 * - a container inspect copied from its `"NetworkSettings": {` member line: the networks it shows, as NetworkSettings alone;
 * - a two-line prompt's rounded second line (bira's `╰─$`, Garuda's Starship `╰─λ`), and an inspect whose own command names a
 *   network of the paste's compose file as Compose names it (`<project>_<key>`): that file's project;
 * - an Engine without the endpoint Compose asks for (Go's `404 page not found` under v1's `ERROR: `): Compose and Engine too old;
 * - Compose's own listing alone (one project's containers) with a row that exited with an error, at "is port 8050 free?";
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const settings = (network: string) => [
  '        "NetworkSettings": {',
  '            "SandboxID": "",',
  '            "SandboxKey": "",',
  '            "Ports": {},',
  '            "Networks": {',
  `                "${network}": {`,
  '                    "IPAMConfig": null,',
  '                    "Links": null,',
  `                    "Aliases": ["shop"],`,
  '                    "DriverOpts": null,',
  '                    "GwPriority": 0,',
  '                    "NetworkID": "5b2c1f0a9d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b",',
  '                    "EndpointID": "",',
  '                    "Gateway": "",',
  '                    "IPAddress": "",',
  '                    "MacAddress": "",',
  '                    "IPPrefixLen": 0,',
  '                    "IPv6Gateway": "",',
  '                    "GlobalIPv6Address": "",',
  '                    "GlobalIPv6PrefixLen": 0,',
  '                    "DNSNames": null',
  '                }',
  '            }',
  '        }',
];

const settingsRows: Row[] = [
  {
    source: "moby api/types/container InspectResponse's NetworkSettings (Docker 29), copied from its member line, a hand-made network",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'networksettings-member-hand-made',
    text: ['`shop` container has this network setup:', '', ...settings('proxy')].join('\n'),
  },
  {
    source: 'the same member under its own command line',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'networksettings-member-under-inspect',
    text: ['$ docker inspect shop | grep -A 30 NetworkSettings', ...settings('edge')].join('\n'),
  },
  {
    source: "the same member holding the lesson's own network: not another project's",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'guard-networksettings-member-lesson-network',
    text: settings('dash-app_frontend').join('\n'),
  },
  {
    source: 'the same member at another check: no container state in it',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-networksettings-member-reach-running',
    text: settings('proxy').join('\n'),
  },
];

const shopFile = ['services:', '  api:', '    image: shop/api:1.4', '    networks:', '      - backend', '    restart: unless-stopped'];

const promptRows: Row[] = [
  {
    source: 'Garuda Linux\'s Starship config (`[character] success_symbol = " [╰─λ](bold red)"`), inspect of `<project>_<key>`',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'starship-lambda-inspect-project-network',
    text: [
      ...shopFile,
      '',
      '╭─me@box in repo: shop on  main [!?]',
      '╰─λ sudo docker network inspect shop_backend | grep Name',
      '        "Name": "shop_backend",',
    ].join('\n'),
  },
  {
    source: "oh-my-zsh themes/bira.zsh-theme (`╰─%B${user_symbol}%b `, `$`), docker inspect of the file's network",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'bira-dollar-inspect-project-network',
    text: [
      '╭─me@box ~/shop ‹main›',
      '╰─$ docker inspect shop_backend --format "{{json .Containers}}"',
      '{}',
      '',
      ...shopFile,
      'networks:',
      '  backend:',
    ].join('\n'),
  },
  {
    source: 'an inspect of a network the file does not name (a hand-made `my_net`): no project, web is missing',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-inspect-hand-made-underscore',
    text: [...shopFile, '', '╰─λ docker network inspect my_net | grep Name', '        "Name": "my_net",'].join('\n'),
  },
  {
    source: "docker/cli's `Error: No such object: shop_backend` under the inspect: nothing by that name, no project read from it",
    check: 'compose',
    want: ['problem', 'container-not-found'],
    id: 'guard-inspect-project-network-no-such-object',
    text: [...shopFile, '', '╰─λ docker inspect shop_backend', '[]', 'Error: No such object: shop_backend'].join('\n'),
  },
  {
    source: "a tree's rounded branch with a lambda node (`╰─λd`): no prompt",
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-tree-lambda-node',
    text: [...shopFile, '', '      ╰─λd docker inspect shop_backend'].join('\n'),
  },
];

const notFoundRows: Row[] = [
  {
    source: "Compose v1 (compose/cli/main.py `ERROR: `) printing docker-py's APIError explanation, Go net/http's `404 page not found`",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-creating-network-404-page-not-found',
    text: ['$ docker-compose up -d', 'Creating network "shop_default" with the default driver', 'ERROR: 404 page not found'].join('\n'),
  },
  {
    source: 'docker-py\'s own exception (docker/errors.py NotFound, `404 Client Error: Not Found ("…")`) at a traceback\'s end',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'docker-py-notfound-404-page-not-found',
    text: [
      '$ docker-compose up',
      'Traceback (most recent call last):',
      '  File "/usr/lib/python2.7/site-packages/compose/network.py", line 52, in ensure',
      '    self.client.create_network(self.full_name)',
      'docker.errors.NotFound: 404 Client Error: Not Found ("404 page not found")',
    ].join('\n'),
  },
  {
    source: 'the same words quoted in a sentence: no output',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-404-page-not-found-in-sentence',
    text: 'When I run compose I get "ERROR: 404 page not found" and nothing else, what does it mean?',
  },
  {
    source: "an app's own 404 under Compose's log prefix (a Go server's NotFound body in its log): the service's, not the Engine's",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-404-page-not-found-app-log',
    text: ['$ docker compose logs web', 'web-1  | 404 page not found'].join('\n'),
  },
];

const v1ps = (rows: string[]) => [
  '$ docker-compose ps',
  '     Name                    Command               State           Ports',
  '---------------------------------------------------------------------------------',
  ...rows,
];

const composePsRows: Row[] = [
  {
    source: "Compose v1's ps (compose/cli/main.py ps: `project.containers(stopped=True)`), container_name rows beside `shop_api_1 Exit 1`",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'v1-ps-one-project-exit-1',
    text: v1ps([
      'cache            docker-entrypoint.sh redis ...   Up      6379/tcp',
      'shop_api_1       node server.js                   Exit 1',
      'shop_worker_1    python worker.py                 Up',
    ]).join('\n'),
  },
  {
    source: "Compose v2's ps -a (cmd/compose/ps.go: NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS), container_name rows",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'v2-ps-a-one-project-exited-2',
    text: [
      '$ docker compose ps -a',
      'NAME      IMAGE          COMMAND                  SERVICE   CREATED         STATUS                     PORTS',
      'api       shop/api:1.4   "node server.js"         api       2 minutes ago   Exited (2) 1 minute ago',
      'cache     redis:7        "docker-entrypoint.s…"   cache     2 minutes ago   Up 2 minutes               6379/tcp',
    ].join('\n'),
  },
  {
    source: 'the same listing with a clean stop only (Exit 0): the listing shows one project, partial',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-v1-ps-one-project-exit-0',
    text: v1ps([
      'cache            docker-entrypoint.sh redis ...   Up      6379/tcp',
      'shop_api_1       node server.js                   Exit 0',
    ]).join('\n'),
  },
  {
    source: "the same listing with a kill's code (Exit 137): no failure",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-v1-ps-one-project-exit-137',
    text: v1ps([
      'cache            docker-entrypoint.sh redis ...   Up      6379/tcp',
      'shop_api_1       node server.js                   Exit 137',
    ]).join('\n'),
  },
  {
    source: 'one row only: no stack',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-v1-ps-one-row-exit-1',
    text: v1ps(['shop_api_1       node server.js                   Exit 1']).join('\n'),
  },
];

const nginxPs = (name: string, extra: string[] = []) => [
  '$ docker run -Pd nginx',
  'e1d2c3b4a5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
  '$ docker ps',
  'CONTAINER ID        IMAGE               COMMAND                CREATED             STATUS              PORTS                                           NAMES',
  `e1d2c3b4a5f6        nginx:latest        "nginx -g 'daemon of   3 seconds ago       Up 3 seconds        0.0.0.0:49153->443/tcp, 0.0.0.0:49154->80/tcp   ${name}`,
  ...extra,
];

const publishAllRows: Row[] = [
  {
    source: "docker/cli run `-P` without --name (docker 1.x's nginx image exposing 80 and 443), its row under moby's namesgenerator name",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'run-P-no-name-ps-generated-two-ports',
    text: nginxPs('focused_hopper').join('\n'),
  },
  {
    source: 'the same row under a name of its own (not the namesgenerator): another container',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-run-P-no-name-ps-own-name',
    text: nginxPs('web').join('\n'),
  },
  {
    source: 'two rows of that image: which one the line made is not shown',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-run-P-no-name-ps-two-rows',
    text: nginxPs('focused_hopper', [
      '0a1b2c3d4e5f        nginx:latest        "nginx -g \'daemon of   2 hours ago         Up 2 hours          0.0.0.0:49151->443/tcp, 0.0.0.0:49152->80/tcp   eager_turing',
    ]).join('\n'),
  },
  {
    source: "another image in the row: not the line's container",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'guard-run-P-no-name-ps-other-image',
    text: nginxPs('focused_hopper')
      .map((l) => l.replace('nginx:latest', 'httpd:2.4   '))
      .join('\n'),
  },
];

const goCrash = [
  'runtime: failed to create new OS thread (have 2 already; errno=22)',
  'fatal error: newosproc',
  '',
  'goroutine 1 [running]:',
  'runtime.systemstack_switch()',
];

const idLogsRows: Row[] = [
  {
    source: "docker/cli run -d prints the ID; moby GetContainer finds it by a prefix (`docker logs 9c4`); Go's runtime throw",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'run-d-id-empty-ps-logs-prefix-go-throw',
    text: [
      '% docker run -d --platform linux/amd64 -p 8050:8050 dash-app',
      '9c4e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6',
      '% docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
      '% docker logs 9c4',
      ...goCrash,
    ].join('\n'),
  },
  {
    source: 'a prefix of no ID the paste shows: another container, the empty listing answers',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-run-d-id-empty-ps-logs-other-prefix',
    text: [
      '% docker run -d --platform linux/amd64 -p 8050:8050 dash-app',
      '9c4e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6',
      '% docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
      '% docker logs 7ab',
      ...goCrash,
    ].join('\n'),
  },
];

const laterPRows: Row[] = [
  {
    source:
      "docker/cli: each run its own container; `docker container ls -l` before the later `-P` run, `docker port` of moby's generated name",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'run-p-ls-l-then-run-P-port-generated',
    text: [
      '$ docker run -d -p 8000:80 nginx',
      '2b7d4c1e9f0a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c',
      '$ docker container ls -l',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS                  NAMES',
      '2b7d4c1e9f0a   nginx     "/docker-entrypoint.…"   20 seconds ago   Up 19 seconds   0.0.0.0:8000->80/tcp   gifted_lovelace',
      '$ docker run -d -P nginx',
      '6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a',
      '$ docker port vibrant_noether',
      '80/tcp -> 0.0.0.0:32768',
    ].join('\n'),
  },
  {
    source: 'the listing after the -P run, its row the earlier one: the listing answers (CONVENTIONS §2.2 cw41)',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-run-P-then-ls-earlier-row',
    text: [
      '$ docker run -d -p 8000:80 nginx',
      '2b7d4c1e9f0a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c',
      '$ docker run -d -P nginx',
      '6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a',
      '$ docker container ls',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS                  NAMES',
      '2b7d4c1e9f0a   nginx     "/docker-entrypoint.…"   20 seconds ago   Up 19 seconds   0.0.0.0:8000->80/tcp   gifted_lovelace',
    ].join('\n'),
  },
];

const dRun = '$ docker run -d --name dash-app -p 8050:8050 dash-app';
const dRows: Row[] = [
  {
    source: 'druntime object.d Throwable.toString (`Name@file.d(line): msg`, `----------------`, frames) under docker logs',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'd-uncaught-exception-trace',
    text: [
      dRun,
      '$ docker logs dash-app',
      'object.Exception@source/app.d(12): config.json not found',
      '----------------',
      '??:? _Dmain [0x55d1c2a3b4c5]',
    ].join('\n'),
  },
  {
    source: "druntime's core.exception.AssertError the same way, at reach:running",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'd-assert-error-trace',
    text: [
      '$ docker logs dash-app',
      'core.exception.AssertError@source/server.d(40): Assertion failure',
      '----------------',
      '??:? _d_assertp [0x5612ab34cd56]',
      '??:? _Dmain [0x5612ab34ce78]',
    ].join('\n'),
  },
  {
    source: 'the exception line alone (a caught one the program logged by its toString, no trace): no crash',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-d-exception-line-alone',
    text: [dRun, '$ docker logs dash-app', 'object.Exception@source/app.d(12): config.json not found, using defaults'].join('\n'),
  },
  {
    source: "a Markdown rule of dashes after a sentence: no D program's",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-dashes-alone',
    text: [dRun, '$ docker logs dash-app', 'Starting the app', '----------------'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['-P without --name, its row by image', publishAllRows],
  ["the detached run's ID prefix in docker logs", idLogsRows],
  ["an earlier run's row before a later -P run and its docker port", laterPRows],
  ["a D program's uncaught exception", dRows],
  ['NetworkSettings copied from its member line', settingsRows],
  ["a rounded two-line prompt and an inspect of the file's network", promptRows],
  ["an Engine without Compose's endpoint (404 page not found)", notFoundRows],
  ["Compose's own listing alone, one row failed", composePsRows],
];

describe.each(families)('cw203 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
