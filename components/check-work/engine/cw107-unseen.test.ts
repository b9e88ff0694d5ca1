/*
 * cw107: holdout85 and holdout88's misses of Compose v1 and old clients, and the Compose errors of install (README "holdout85–88:
 * Compose v1 and old clients, and the Compose errors of install (compose, install) (cw107)"). Each row is a variation a learner
 * would paste (other versions, names, ports, layouts, programs of the same kind), never the paste itself, which moved to
 * ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const undefinedDb = 'service "web" depends on undefined service db: invalid compose project';
const buildkit =
  'failed to solve: failed to read dockerfile: open /var/lib/docker/tmp/buildkit-mount3021/Dockerfile: no such file or directory';

const wishRows: Row[] = [
  {
    source: "docker/compose's bug form (.github/ISSUE_TEMPLATE/bug_report.yaml: Description, Expected behavior, Actual behavior)",
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'compose-form-expected-prose-and-span',
    text: `### Description\n\ninclude: does not bring db in\n\n### Expected behavior\nIt should fail later, at the build:\n\`${buildkit}\`\n\n### Actual behavior\n\`${undefinedDb}\`\n\n### Compose Version\n\n\`\`\`Text\nDocker Compose version v2.19.1\n\`\`\``,
  },
  {
    source: "docker/compose's bug form, the heading in bold as older templates wrote it (**Expected behavior**)",
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'bold-expected-heading',
    text: `**Expected behavior**\nThe image builds: \`${buildkit}\` is what I thought I would see\n\n**Actual behavior**\n${undefinedDb}`,
  },
  {
    source: 'moby\'s old issue template ("**Describe the results you expected:**", "**Describe the results you received:**")',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'moby-results-you-expected',
    text: '**Describe the results you expected:**\nAn error like `docker: Error response from daemon: No such image: e4l-python-graph:latest.` if anything\n\n**Describe the results you received:**\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (9c1f): Bind for 0.0.0.0:8050 failed: port is already allocated.',
  },
  {
    source: 'GitHub issue forms rendered with ## headings ("## Expected Result", "## Actual Result")',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'h2-expected-result',
    text: `## Expected Result\n\nCompose starts web; at worst \`${buildkit}\`\n\n## Actual Result\n\n\`\`\`\n$ docker compose up -d\n${undefinedDb}\n\`\`\``,
  },
  {
    source: "docker/for-win#6179 (h67-forwin6179): output put under the wrong heading, after the poster's prose, in a fence",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-fenced-output-after-prose-under-expected',
    text: '### Expected behavior\n\nI have installed docker desktop and `docker images` shows nothing\n\n```\n$ docker version\nClient: Docker Engine - Community\n Version:           24.0.7\n API version:       1.43\n\nServer: Docker Desktop 4.26.1 (131620)\n Engine:\n  Version:          24.0.7\n  API version:      1.43 (minimum version 1.12)\n```\n\n### Actual behavior\n\nnothing',
  },
  {
    source: "docker/compose's bug form: what the poster got, under Actual behavior, stays read",
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-actual-section-read',
    text: `### Expected behavior\nserviceb is used as if declared here\n\n### Actual behavior\nI'm getting:\n\`${undefinedDb}\``,
  },
  {
    source:
      'docker/for-mac#393 (h46-formac393, merge): the command the poster ran, named in a code span under Expected behavior, is a told run',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-told-run-under-expected',
    text: '**Expected behavior**\n\nrunning `docker run -d -p 80:80 --name webserver nginx` should run nginx and I should see it at http://localhost\n\n**Actual behavior**\n\nnothing loads',
  },
];

const keyRows: Row[] = [
  {
    source: "docker/compose 1.29 compose/config/validation.py (jsonschema's patternProperties '^x-' on the top level; ever-gauzy#7755)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-include-regexes',
    text: "$ docker-compose up -d\nERROR: The Compose file './compose.yaml' is invalid because:\n'include' does not match any of the regexes: '^x-'\n\nYou might be seeing this error because you're using the wrong Compose file version.",
  },
  {
    source: 'docker/compose 1.x compose/config/validation.py validate_top_level_object: Invalid top-level property "%s"',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-invalid-top-level-include',
    text: 'ERROR: The Compose file \'.\\docker-compose.yml\' is invalid because:\nInvalid top-level property "include". Valid top-level sections for this Compose file are: version, services, networks, volumes, and extensions starting with "x-".',
  },
  {
    source: "Compose spec's top-level models (Compose 2.38) refused by v1's schema, the same jsonschema message",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-models-regexes',
    text: "ERROR: The Compose file './docker-compose.yaml' is invalid because:\n'models' does not match any of the regexes: '^x-'",
  },
  {
    source: "docker/compose 1.29 validation.py; the lesson's networks step reads the same file",
    check: 'networks',
    want: ['problem', 'compose-too-old'],
    id: 'v1-include-at-networks',
    text: "pi@raspberrypi:~/dash-app $ docker-compose up -d\nERROR: The Compose file './compose.yaml' is invalid because:\n'include' does not match any of the regexes: '^x-'",
  },
  {
    // cw183 (stop 58): a v2 that reads the lesson's file refusing a key newer than 2.3 is the file's refusal (CONVENTIONS §2.5, §5).
    source: 'compose-go 2.19 schema (docker/compose#10835 era): "(root) Additional property include is not allowed"',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-v2-include-additional-property',
    text: '$ docker compose up -d\nvalidating /home/me/dash-app/compose.yaml: (root) Additional property include is not allowed',
  },
  {
    source: "docker/compose 1.29 validation.py: a typo's top-level key is the file's fault (CONVENTIONS §2.5 cw63)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-v1-typo-key-regexes',
    text: "ERROR: The Compose file './compose.yaml' is invalid because:\n'servces' does not match any of the regexes: '^x-'",
  },
];

const server1903 =
  '$ docker version\nClient: Docker Engine - Community\n Version:           19.03.8\n API version:       1.40\n\nServer: Docker Engine - Community\n Engine:\n  Version:          19.03.8\n  API version:      1.40 (minimum version 1.12)';
const info113 =
  '$ docker info\nContainers: 2\n Running: 0\n Paused: 0\n Stopped: 2\nImages: 7\nServer Version: 1.13.1\nStorage Driver: overlay2';
const v1Conn = (url: string) =>
  `$ docker-compose up -d\nERROR: Couldn't connect to Docker daemon at ${url} - is it running?\n\nIf it's at a non-standard location, specify the URL with the DOCKER_HOST environment variable.`;

const connectRows: Row[] = [
  {
    source: 'docker/compose 1.2x compose/cli/errors.py conn_error_generic ("http+docker://localhost"), docker/cli 19.03 version layout',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-localhost-beside-own-version',
    text: `${server1903}\n${v1Conn('http+docker://localhost')}`,
  },
  {
    source: 'docker/compose 1.5-1.9 errors.py ("http+docker://localunixsocket", docker/compose#2347), docker 1.13 info layout',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-localunixsocket-beside-info',
    text: `${info113}\n${v1Conn('http+docker://localunixsocket')}`,
  },
  {
    source: 'fig 0.5 ("http+unix://var/run/docker.sock", docker/compose#510), docker 1.3 version layout (Server version:)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'fig-http-unix-beside-version',
    text: "$ docker version\nClient version: 1.3.2\nClient API version: 1.15\nServer version: 1.3.2\nServer API version: 1.15\n$ fig up\nCouldn't connect to Docker daemon at http+unix://var/run/docker.sock - is it running?",
  },
  {
    source: 'docker/compose 1.x errors.py conn_error_docker_machine, docker-machine on a Mac, docker 17.06 version layout',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-docker-machine-wording',
    text: "$ docker version\nClient:\n Version:      17.06.0-ce\n API version:  1.30\n\nServer:\n Version:      17.06.0-ce\n API version:  1.30 (minimum version 1.12)\n$ docker-compose up\nERROR: Couldn't connect to Docker daemon - you might need to run `docker-machine start default`.",
  },
  {
    source: 'docker/compose 1.2x errors.py; the networks step reads the same paste',
    check: 'networks',
    want: ['problem', 'compose-too-old'],
    id: 'v1-localhost-at-networks',
    text: `${server1903}\n${v1Conn('http+docker://localhost')}`,
  },
  {
    source: 'docker/compose#510 (h29-compose510): the server shown under sudo only (CONVENTIONS §2.5 cw38)',
    check: 'compose',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-version',
    text: `${v1Conn('http+docker://localhost')}\n$ sudo docker version\nClient:\n Version:      17.06.0-ce\n API version:  1.30\n\nServer:\n Version:      17.06.0-ce\n API version:  1.30 (minimum version 1.12)`,
  },
  {
    source: 'docker/compose 1.2x errors.py, nothing else shown',
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-v1-connect-alone',
    text: v1Conn('http+docker://localhost'),
  },
  {
    source:
      'docker/cli\'s own refusal ("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?")',
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-docker-cannot-connect',
    text: `${info113}\n$ docker compose up -d\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`,
  },
];

// A file without web beside v1's version: cw107 answered compose-too-old; taken back at the merge (h46-compose6423's experts gave the
// same shape compose-service-missing, CONVENTIONS §4), so two rows hold compose-service-missing. The 1.3 row (a file in v1's own
// top-level layout, no `services:`) still answers compose-too-old.
const fileRows: Row[] = [
  {
    source:
      'the wordpress image\'s example file (docker-library/docs wordpress), docker-compose 1.29 main.py "docker-compose version %s, build %s"',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'wordpress-file-v1-1292',
    text: '```yaml\nservices:\n  wordpress:\n    image: wordpress\n    ports:\n      - 8080:80\n  db:\n    image: mysql:8.0\n```\n\n```\n$ docker-compose --version\ndocker-compose version 1.29.2, build 5becea4c\n```',
  },
  {
    source: 'Debian\'s docker-compose 1.25.0 package ("build unknown"), a redis example file',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'redis-file-v1-1250-unknown',
    text: 'version: \'3\'\nservices:\n  app:\n    build: .\n    ports:\n      - "5000:5000"\n  redis:\n    image: redis:alpine\n\n$ docker-compose version\ndocker-compose version 1.25.0, build unknown',
  },
  {
    source: 'docker/compose 1.3 main.py ("docker-compose version: %s", docker-library/official-images#843)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'file-v1-131-colon',
    text: 'db:\n  image: postgres\nadminer:\n  image: adminer\n  ports:\n    - 8080:8080\n$ docker-compose --version\ndocker-compose version: 1.3.1',
  },
  {
    source: 'h23-formac1824: a file without web and no version shown (CONVENTIONS §2.5 cw35)',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-file-no-version',
    text: "version: '3.1'\nservices:\n  db:\n    image: mariadb\n  adminer:\n    image: adminer\n    ports:\n      - 8080:8080",
  },
  {
    source: 'docker/compose cmd/compose/version.go ("Docker Compose version %s"), a current v2 beside a file without web',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-file-v2-version',
    text: 'services:\n  db:\n    image: mariadb\n  adminer:\n    image: adminer\n    ports:\n      - 8080:8080\n$ docker compose version\nDocker Compose version v2.24.5',
  },
];

const socketRows: Row[] = [
  {
    source:
      'docker/cli cli/command/cli.go "permission denied while trying to connect to the Docker daemon socket", retold in single quotes',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'single-quoted-error-retold',
    text: "Got 'permission denied' error while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock, so I ran:\n\n    sudo usermod -aG docker $USER",
  },
  {
    source: "the same words in typographic quotes, a blog post's paragraph",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'curly-quoted-retold',
    text: 'After installing I get “permission denied” while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/containers/json',
  },
  {
    source: "the same, at lesson 5's run panel",
    check: 'run',
    want: ['problem', 'permission-denied'],
    id: 'quoted-retold-at-run',
    text: 'Got "permission denied" error while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock ...',
  },
  {
    source: "docker/cli's own line (Docker 20.10)",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-real-line',
    text: '$ docker version\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: permission denied',
  },
];

const networkRows: Row[] = [
  {
    source: 'docker/compose#3068 shape: v1 1.6\'s `create` ("Creating x_web_1") makes no networks, the daemon\'s "network %s not found"',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-create-myapp-default-not-found',
    text: '~/myapp$ docker-compose create\nCreating myapp_web_1\nCreating myapp_db_1\nERROR: network myapp_default not found',
  },
  {
    source: 'moby libnetwork "network %s not found" through Compose v2\'s start (no network made)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-start-blog-default-not-found',
    text: '$ docker compose start\n[+] Running 0/1\n ⠿ Container blog-web-1  Starting\nError response from daemon: network blog_default not found',
  },
  {
    source: 'the same paste at the networks step: the network stays the answer',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-myapp-at-networks',
    text: '~/myapp$ docker-compose create\nCreating myapp_web_1\nCreating myapp_db_1\nERROR: network myapp_default not found',
  },
  {
    source: 'h25-gistpdegen: Compose made the network, then each service found none (a Swarm endpoint)',
    check: 'compose',
    want: ['problem', 'network-not-found'],
    id: 'guard-made-then-gone',
    text: 'Creating network "shop_default" with the default driver\nStarting shop_web_1\nERROR: for web  No such network: shop_default',
  },
  {
    source: 'moby "network %s not found" for a network made by hand (docker run --network)',
    check: 'compose',
    want: ['problem', 'network-not-found'],
    id: 'guard-hand-made-network',
    text: '$ docker run -d --network my_net nginx\ndocker: Error response from daemon: network my_net not found.',
  },
];

const families: [string, Row[]][] = [
  ["an issue template's Expected behavior section is a wish, not output", wishRows],
  ["Compose v1's schema refusing the spec's newer top-level keys", keyRows],
  ["Compose v1's and fig's 'Couldn't connect' beside the learner's own answered docker command", connectRows],
  ["a file without web beside Compose v1's own version", fileRows],
  ["the socket's permission error retold in quotes", socketRows],
  ["another project's default network not found", networkRows],
];

describe.each(families)('cw107 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
