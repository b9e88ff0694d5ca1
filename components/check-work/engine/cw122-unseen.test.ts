/*
 * cw122 (stop 44): holdout95–98's install misses by class (README "holdout95-98: install (cw122)").
 * - a lookup of an image by name (`No such image: x`, docker rmi's or inspect's) that the paste later shows pulled whole;
 * - Compose v1's `down` finding no network to remove (`WARNING: Network x_default not found.`), a warning, not a failure;
 * - a guide's note that quotes an error as the condition of its advice ("If you see "…", …", `…のようなメッセージが出力される場合は`).
 * Each row is a variation a learner would paste, never the paste itself (which moved to ../corpus/); its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const psHeader =
  'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                                   NAMES';
const pullLines = (ref: string, tag = 'latest') =>
  `${tag}: Pulling from ${ref}\na2abf6c4d29d: Already exists\n0c8a8b1f2f5e: Pull complete\nDigest: sha256:2a6b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b`;

const lookupRows: Row[] = [
  {
    source:
      "a setup script echoing its steps (bipulkkuri/pihole dockeredPihole.sh style: its `docker rmi`, the old client's `Error: No such image:` of moby daemon/images), then distribution/pull.go writeStatus `Status: Image is up to date for %s`, Compose v1 creating another project",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'script-rmi-pull-up-to-date-v1-other-project',
    text: `$ ./start.sh\nremoving old image\nError: No such image: grafana/grafana\nUsing default tag: latest\n${pullLines('grafana/grafana')}\nStatus: Image is up to date for grafana/grafana:latest\nCreating network "monitor_default" with the default driver\nCreating monitor_grafana_1 ... done`,
  },
  {
    source: 'the same script at lesson 3, its docker ps listing after the pull (the daemon answered: ok)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'script-rmi-pull-ps-install',
    text: `$ ./start.sh\nremoving old image\nError: No such image: grafana/grafana\nUsing default tag: latest\n${pullLines('grafana/grafana')}\nStatus: Downloaded newer image for grafana/grafana:latest\n${psHeader}\n9b8a7c6d5e4f   grafana/grafana:latest   "/run.sh"   1 second ago   Up Less than a second   0.0.0.0:3000->3000/tcp   monitor_grafana_1`,
  },
  {
    source:
      'distribution/reference: docker.io/library/ and :latest are what an unqualified name means; `docker image rm docker.io/library/nginx:latest` refused, then `docker pull nginx`, then a container under another name (reach)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'image-rm-qualified-name-then-pull-short-reach',
    text: `$ docker image rm docker.io/library/nginx:latest\nError response from daemon: No such image: docker.io/library/nginx:latest\n$ docker pull nginx\nUsing default tag: latest\n${pullLines('library/nginx')}\nStatus: Downloaded newer image for nginx:latest\ndocker.io/library/nginx:latest\n$ docker ps\n${psHeader}\n3f2a1b0c9d8e   nginx          "/docker-entrypoint.…"   2 seconds ago   Up 1 second    0.0.0.0:8050->8050/tcp                  web`,
  },
  {
    source: 'the lookup of one image, then the pull of another: the lookup stands',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'guard-lookup-then-pull-other-image',
    text: `$ docker rmi redis:7\nError response from daemon: No such image: redis:7\n$ docker pull redis:6\n${pullLines('library/redis', '6')}\nStatus: Downloaded newer image for redis:6\ndocker.io/library/redis:6`,
  },
  {
    source: 'the pull first, then the lookup of that image failing: the lookup is the later state and stands',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'guard-pull-before-lookup',
    text: `$ docker pull redis:7\n${pullLines('library/redis', '7')}\nStatus: Downloaded newer image for redis:7\n$ docker rmi redis:7\nError response from daemon: No such image: redis:7`,
  },
  {
    source: "a pull refused (moby's `pull access denied for x`): no lookup, stays",
    check: 'install',
    want: ['problem', 'image-not-found'],
    id: 'guard-pull-denied-stays',
    text: "$ docker pull myuser/dash-app\nUsing default tag: latest\nError response from daemon: pull access denied for myuser/dash-app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  },
];

const downRows: Row[] = [
  {
    source:
      'docker/compose 1.x compose/network.py ProjectNetworks.remove: `except NotFound: log.warn("Network %s not found.", …)` under `Removing network …`, then `up -d` (`Creating network "…" with the default driver`, `Creating … ... done`)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-down-warning-then-up-other-project',
    text: '$ docker-compose down\nRemoving network blog_default\nWARNING: Network blog_default not found.\n$ docker-compose up -d\nCreating network "blog_default" with the default driver\nCreating blog_web_1 ... done\n$ docker ps\nCONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS                    NAMES\n1a2b3c4d5e6f        blog_web            "python app.py"          2 seconds ago       Up 1 second         0.0.0.0:5000->5000/tcp   blog_web_1',
  },
  {
    source: 'the same warning for a second network of the file (compose/network.py loops over every network), at lesson 8',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'v1-down-warning-two-networks-networks',
    text: '$ docker-compose down --remove-orphans\nStopping shop_web_1 ... done\nRemoving shop_web_1 ... done\nRemoving network shop_front\nWARNING: Network shop_front not found.\nRemoving network shop_back\nWARNING: Network shop_back not found.\n$ docker-compose up -d\nCreating network "shop_front" with the default driver\nCreating network "shop_back" with the default driver\nCreating shop_db_1 ... done\nCreating shop_web_1 ... done',
  },
  {
    source: "Compose v1's own error when a container's network is gone (`ERROR: network x_default not found`, docker/compose#3068): stays",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-v1-error-network-not-found',
    text: '$ docker-compose up -d\nStarting dash-app_web_1 ... error\n\nERROR: for dash-app_web_1  Cannot start service web: network dash-app_default not found\nERROR: network dash-app_default not found',
  },
  {
    source: "the daemon's `No such network:` to a `docker network rm` (moby libnetwork), after the v1 warning (docker/compose#5304): stays",
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'guard-warning-then-network-rm-no-such',
    text: '$ docker-compose down\nRemoving network xyz_default\nWARNING: Network xyz_default not found.\n$ docker network rm xyz_default\nError response from daemon: No such network: xyz_default',
  },
];

const version = '$ docker --version\nDocker version 27.3.1, build ce12230';
const noteRows: Row[] = [
  {
    source:
      "a course's note under its `docker --version` (bash's `docker: command not found` quoted as what may appear, English): docker/cli prints only the client's version",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'en-if-you-see-command-not-found',
    text: `${version}\n\nIf you see "docker: command not found" instead, install Docker Engine again.`,
  },
  {
    source:
      "a Japanese book's note (〜と表示される場合は): moby client/errors.go `Cannot connect to the Docker daemon at %s` quoted in 「」",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'ja-hyouji-sareru-baai-cannot-connect',
    text: `${version}\n\n> 「Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?」と表示される場合は、Docker Engineを起動してください。`,
  },
  {
    source: "a Chinese tutorial's note (如果出现 …，请 …): Ubuntu's command-not-found `Command 'docker' not found` quoted",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'zh-ruguo-chuxian-command-not-found',
    text: `${version}\n\n如果出现 "Command 'docker' not found, but can be installed with:"，请重新安装 Docker。`,
  },
  {
    source:
      "a Korean note (〜 같은 메시지가 나오면): docker/cli's socket refusal `permission denied while trying to connect to the Docker daemon socket` quoted",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'ko-gateun-mesiji-ga-naomyeon-permission',
    text: `${version}\n\n\`permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock\` 같은 메시지가 나오면 docker 그룹에 사용자를 추가하세요.`,
  },
  {
    source:
      "a German course note (Falls Sie „…“ sehen): the client's `Cannot connect to the Docker daemon` quoted, beside the Client part only",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'de-falls-sie-sehen-cannot-connect',
    text: '$ docker version\nClient: Docker Engine - Community\n Version:           27.3.1\n API version:       1.47\n Go version:        go1.22.7\n Git commit:        ce12230\n OS/Arch:           linux/amd64\n\nFalls Sie „Cannot connect to the Docker daemon at unix:///var/run/docker.sock“ sehen, starten Sie den Dienst mit `sudo systemctl start docker`.',
  },
  {
    source: 'the learner\'s own words: `When I run … I get "…"` (first person) is what happened, the error stands',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-en-first-person-i-get',
    text: 'When I run docker ps I get "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"',
  },
  {
    source: "a guide's sample error in a block of its own under `If you get this error:` (h68-dtcfaq011's layout): the error shown",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-en-if-you-get-block',
    text: 'If you get this error:\n\n```\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n```\n\nstart Docker Desktop.',
  },
  {
    source: "a Japanese learner's past (〜と表示されました, 〜と表示されたとき): what happened, the error stands",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-ja-past-hyouji-sareta-toki',
    text: 'ps を実行したとき「Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?」と表示されたときの話です。',
  },
  {
    source: "docker/cli's own `If you are using mintty` hint (cli/streams/in.go CheckTty) is output: not-a-tty stays",
    check: 'run',
    want: ['problem', 'not-a-tty'],
    id: 'guard-mintty-hint-is-output',
    text: "$ docker run -it --name dash-app -p 8050:8050 dash-app\nthe input device is not a TTY.  If you are using mintty, try prefixing the command with 'winpty'",
  },
];

const families: [string, Row[]][] = [
  ['a lookup of an image the paste later shows pulled', lookupRows],
  ["Compose v1's down finding no network to remove", downRows],
  ["a guide's note quoting an error as a condition", noteRows],
];

describe.each(families)('cw122 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
