/*
 * cw156 (stop 52): holdout139's misses, by class, each row a short paste on a real program's or writer's format (`source` names it),
 * never a holdout paste:
 * - Compose v2 down's network events other than Removed (pkg/compose/down.go removeNetwork: the Warning "Resource is still in use",
 *   the ErrorEvent "Error", then `failed to remove network %s: …`): they name the project, `<project>_<key>`;
 * - compose-cli's `docker compose ls` (2020, ECS and ACI contexts: cli/cmd/compose/list.go printListFormatted, NAME and STATUS, the
 *   backend's one-word status) under its own command;
 * - a network inspect's Containers map cut inside its first entry, the entry's Name a Compose container's of another project;
 * - the docker client run from Docker's own image (docker-library/docker docker-entrypoint.sh: "docker run docker ps"), told after
 *   "Using"; docker's global options before the command (docker/cli cli/flags/options.go: -H, --context);
 * - a retry that worked, told in the sentence that leads to it and ends with a colon;
 * - docker port's output line quoted in a code span of the sentence that names the command (docker/cli port.go runPort).
 * Rows whose id starts "guard" are near shapes: each keeps its answer, or, where a rule of this round could lead to an ok (the lesson's
 * own names and mappings, a line quoted in prose or expected, a retry on the same port), holds one that is no ok.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const inspectCut = (name: string) =>
  [
    '{',
    ' "Containers": {',
    '    "4c1e7d0b9a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d": {',
    `        "Name": "${name}",`,
    '        "EndpointID": "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7',
  ].join('\n');

const downRows: Row[] = [
  {
    source: 'docker/compose pkg/compose/down.go removeNetwork: `Network shop_default` and the Warning "Resource is still in use"',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'down-network-still-in-use',
    text: [
      '$ docker compose down',
      '[+] Running 3/2',
      ' ✔ Container shop-api-1    Removed                                   0.3s',
      ' ✔ Container shop-db-1     Removed                                   0.5s',
      ' ! Network shop_default    Resource is still in use                  0.0s',
    ].join('\n'),
  },
  {
    source: 'the same at the networks step',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'down-network-still-in-use-networks',
    text: ['$ docker compose down', ' ! Network shop_default    Resource is still in use                  0.0s'].join('\n'),
  },
  {
    source:
      "down.go: progress.ErrorEvent (`✘ Network blog_backend  Error`), then `failed to remove network %s: %w` with the daemon's words",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'down-network-error',
    text: [
      '[+] Running 3/3',
      ' ✔ Container blog-web-1    Removed',
      ' ✘ Network blog_backend    Error',
      'failed to remove network blog_backend: Error response from daemon: error while removing network: network blog_backend has active endpoints (name:"x" id:"y")',
    ].join('\n'),
  },
  {
    source: "down.go: the lesson's own project taken down, its network still in use: never an ok",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'guard-down-own-network-still-in-use',
    text: [
      '$ docker compose down',
      ' ✔ Container dash-app-web-1    Removed                               0.4s',
      ' ! Network dash-app_frontend   Resource is still in use              0.0s',
    ].join('\n'),
  },
  {
    source: "the event's words quoted in a sentence, no progress line of Compose's",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-still-in-use-in-prose',
    text: 'I keep seeing that Network shop_default Resource is still in use, what does it mean?',
  },
];

const lsRows: Row[] = [
  {
    source: 'docker/compose-cli cli/cmd/compose/list.go printListFormatted (ACI context): NAME, STATUS `Running`',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'compose-cli-ls-aci',
    text: ['$ docker compose ls', 'NAME                STATUS', 'webshop             Running'].join('\n'),
  },
  {
    source: "the same on ECS: a CloudFormation stack status as the project's",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'compose-cli-ls-ecs',
    text: ['$ docker compose ls --project-name shop', 'NAME                STATUS', 'shop                DELETE_IN_PROGRESS'].join('\n'),
  },
  {
    source: "the lesson's project in that layout: a project listed, its services not shown (never an ok)",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-compose-cli-ls-own',
    text: ['$ docker compose ls', 'NAME                STATUS', 'dash-app            running'].join('\n'),
  },
  {
    source: 'a two-column NAME STATUS table with no command above it',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-name-status-no-command',
    text: ['NAME                STATUS', 'shop                running'].join('\n'),
  },
];

const inspectRows: Row[] = [
  {
    source: 'moby api/types/network EndpointResource (Name first) cut in its EndpointID; Compose v2 getContainerName `shop-web-1`',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'network-inspect-cut-v2-name',
    text: inspectCut('shop-web-1'),
  },
  {
    source: "the same cut, the lesson's own container",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-network-inspect-cut-own',
    text: inspectCut('dash-app-web-1'),
  },
  {
    source: 'the same cut, a name given by hand (--name, container_name)',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-network-inspect-cut-hand-name',
    text: inspectCut('mydb'),
  },
];

const cutInspect = (first: string) =>
  [
    first,
    '```json',
    '[',
    '    {',
    '        "Id": "5b7e2f1c9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c",',
    '        "Created": "2025-02-11T09:12:40.123456789Z",',
    '        "Path": "nginx",',
    '        "State": {',
    '            "Status": "running",',
    '            "Running": true,',
    '            "Paused": false,',
    '            "ExitCode": 0',
    '        },',
    '        "Image": "sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",',
    '        "LogPath": "/var/lib/docker/containers/5b7e2f1c9d8a',
  ].join('\n');

const clientRows: Row[] = [
  {
    source:
      'docker-library/docker docker-entrypoint.sh ("this allows for \\"docker run docker ps\\""): inspect through docker:27-cli, cut before Name',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'docker-cli-image-inspect',
    text: cutInspect('$ docker run --rm -v /var/run/docker.sock:/var/run/docker.sock docker:27-cli inspect webfront'),
  },
  {
    source: 'the same told after "Using" in a code span',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'docker-cli-image-inspect-using',
    text: cutInspect('Using `docker run -it -v /var/run/docker.sock:/var/run/docker.sock docker:cli inspect webfront`'),
  },
  {
    source: 'docker/cli options.go: `--context` before the command, the listing it printed (kept as it was: ok)',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'guard-context-ps-own',
    text: [
      '$ docker --context desktop-linux ps',
      'CONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS                    NAMES',
      '3f2a9c1b7d5e   e4l-python-graph   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app',
    ].join('\n'),
  },
  {
    source: "options.go: `-H` before a detached run of the lesson's mapping and its ID: the run line, no listing (never an ok)",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-host-flag-run-own',
    text: [
      '$ docker -H tcp://10.0.0.5:2375 run -d -p 8050:8050 --name dash-app e4l-python-graph',
      '3f2a9c1b7d5e8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a',
    ].join('\n'),
  },
];

const allocated = (port: string) =>
  `docker: Error response from daemon: driver failed programming external connectivity on endpoint site (b1c2d3e4f5a6): Bind for 0.0.0.0:${port} failed: port is already allocated.`;
const retryRows: Row[] = [
  {
    source: 'moby\'s allocated port, then the poster\'s two run lines, the second led by "It works fine if I change it to:"',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'retry-told-before-run',
    text: [
      allocated('9000'),
      '',
      'I get the error when I run this:',
      'docker --context remote run --name site -p 9000:80 nginx',
      '',
      'It works fine if I change it to:',
      'docker --context remote run --name site -p 9001:80 nginx',
    ].join('\n'),
  },
  {
    source: 'the same at "Is port 8050 free?": the refused port stays taken',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'retry-told-before-run-port-free',
    text: [
      allocated('9000'),
      '',
      'I get the error when I run this:',
      'docker run --name site -p 9000:80 nginx',
      '',
      'It works fine if I change it to:',
      'docker run --name site -p 9001:80 nginx',
    ].join('\n'),
  },
  {
    source: 'the lead negated: the error stands',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-retry-told-negated',
    text: [
      allocated('9000'),
      '',
      'I get the error when I run this:',
      'docker run --name site -p 9000:80 nginx',
      '',
      "It doesn't work either if I change it to:",
      'docker run --name site -p 9001:80 nginx',
    ].join('\n'),
  },
  {
    source: "the lesson's own mapping retried after the lead: nothing shown running (never an ok)",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-retry-told-own-mapping',
    text: [
      allocated('8050'),
      '',
      'I get the error when I run this:',
      'docker run -d --name dash-app -p 8050:8050 e4l-python-graph',
      '',
      'But it works fine if I run it again:',
      'docker run -d --name dash-app -p 8050:8050 e4l-python-graph',
    ].join('\n'),
  },
];

const portRows: Row[] = [
  {
    source: 'docker/cli port.go runPort (`%s -> %s`) quoted before its command in one sentence',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'port-line-quoted-before-command',
    text: 'The site is at the line `5000/tcp -> 0.0.0.0:49153` when running `$ docker port web`, so use 49153.',
  },
  {
    source: "the lesson's mapping quoted so: retold, never an ok",
    check: 'reach:published',
    want: ['partial', 'shows-part'],
    id: 'guard-port-line-quoted-own',
    text: 'It has to be the line `8050/tcp -> 0.0.0.0:8050` when running `$ docker port dash-app`, i.e. `8050`.',
  },
  {
    source: "the lesson's mapping quoted as what was expected, followed by a failure",
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-port-line-expected',
    text: 'I expected `8050/tcp -> 0.0.0.0:8050` when running `$ docker port dash-app`, but it printed nothing.',
  },
  {
    source: "the lesson's mapping quoted under a command of its own that printed nothing shown",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'guard-port-line-quoted-after-prompt',
    text: [
      '$ docker port dash-app',
      'It should be `8050/tcp -> 0.0.0.0:8050` when running `$ docker port dash-app`, but the page does not load.',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Compose v2 down's network events", downRows],
  ["compose-cli's docker compose ls", lsRows],
  ["a network inspect's Containers map cut in its first entry", inspectRows],
  ['the docker client through its image, global options', clientRows],
  ['a retry told before its command', retryRows],
  ["docker port's line quoted in a sentence", portRows],
];

describe.each(families)('cw156 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
