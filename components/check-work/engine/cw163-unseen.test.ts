/*
 * cw163 (stop 54): holdout148–151's misses, by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - sudo's own "command not found" in the user's language (sudoers plugin, through gettext) → Docker is not installed there;
 * - docker/cli 29's image list with its legend line (`i Info →   U  In Use`) above the header: the daemon's listing;
 * - Windows' WSAEADDRINUSE in another language (Go's syscall Errno.Error falls back to the system's language): the port is taken;
 * - an HTML tab reference (`&#x09;`) and a tab a page put inside a wrapped daemon message: the message as printed;
 * - Werkzeug's `Running on all addresses` with its URL lines hidden (the port not shown), or a cloud IDE's forwarded URL (the port);
 * - a `docker network ls` table under a template without the ID (NAME DRIVER SCOPE): the names it lists;
 * - the daemon's `No such container: x` for a mistyped name beside a whole listing: the listing answers install and the port's question.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const sudoRows: Row[] = [
  {
    source: "sudo's sudoers plugin `%s: command not found` in German (plugins/sudoers/po/de.po `Befehl nicht gefunden`)",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'sudo-de',
    text: ['user@host:~$ sudo docker version', 'sudo: docker: Befehl nicht gefunden'].join('\n'),
  },
  {
    source: "sudo's sudoers plugin in Spanish (`orden no encontrada`), a listing asked for",
    check: 'reach:running',
    want: ['problem', 'docker-not-found'],
    id: 'sudo-es-ps',
    text: ['$ sudo docker ps -a', 'sudo: docker: orden no encontrada'].join('\n'),
  },
  {
    source: 'sudo in English, the rule that stood',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'guard-sudo-en',
    text: ['$ sudo docker info', 'sudo: docker: command not found'].join('\n'),
  },
];

const legend = '                                                       i Info →   U  In Use';
const imageRows: Row[] = [
  {
    source:
      'docker/cli 29 `docker image ls` (cli/command/image/tree.go: its legend right-aligned above IMAGE ID DISK USAGE CONTENT SIZE EXTRA)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'images-29-legend',
    text: [
      '$ docker image ls',
      legend,
      'IMAGE                ID             DISK USAGE   CONTENT SIZE   EXTRA',
      'hello-world:latest   f7931603f70e       20.3kB         3.96kB    U   ',
      'python:3.12-slim     d5f1a4c3e2b1        199MB         45.1MB        ',
    ].join('\n'),
  },
  {
    source: 'docker/cli 29 `docker images` with an ASCII arrow in its legend, no image used yet',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'images-29-legend-ascii',
    text: [
      '$ docker images',
      '                         i Info ->   U  In Use',
      'IMAGE           ID             DISK USAGE   CONTENT SIZE   EXTRA',
      'nginx:alpine    4c1c50c5cf72       80.2MB         22.6MB        ',
    ].join('\n'),
  },
  {
    source: 'rule 7: the same listing, then the daemon gone at the next command (moby client: `Cannot connect to the Docker daemon`)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-images-29-then-daemon-down',
    text: [
      '$ docker images',
      legend,
      'IMAGE           ID             DISK USAGE   CONTENT SIZE   EXTRA',
      'nginx:alpine    4c1c50c5cf72       80.2MB         22.6MB        ',
      '$ docker run hello-world',
      'docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?.',
    ].join('\n'),
  },
  {
    source: 'rule 7: the legend alone under the command, the table cut before its header',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-images-29-legend-only',
    text: ['$ docker images', legend].join('\n'),
  },
  {
    source: 'rule 7: the legend and header quoted in a sentence, no command run',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-images-29-told',
    text: 'Docker 29 now prints `i Info →   U  In Use` and then `IMAGE   ID   DISK USAGE   CONTENT SIZE   EXTRA` for docker images.',
  },
];

const winsockRows: Row[] = [
  {
    source:
      "a Go server on a German Windows (syscall_windows.go Errno.Error, WSAEADDRINUSE: `Normalerweise darf jede Socketadresse …`) at the lesson's port",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'winsock-de-go-listen',
    text: [
      'C:\\app> server.exe',
      'listen tcp 0.0.0.0:8050: bind: Normalerweise darf jede Socketadresse (Protokoll, Netzwerkadresse oder Anschluss) nur jeweils einmal verwendet werden.',
    ].join('\n'),
  },
  {
    source: 'Docker Desktop on a French Windows: `Ports are not available: exposing port TCP … bind: Une seule utilisation …`',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'winsock-fr-desktop',
    text: [
      'PS C:\\shop> docker compose up -d',
      'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: Une seule utilisation de chaque adresse de socket (protocole/adresse réseau/port) est habituellement autorisée.',
    ].join('\n'),
  },
  {
    source: 'the Spanish message alone on its line, the address above it cut by the poster (`...`)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'winsock-es-cut',
    text: [
      'docker: Error response from daemon: ports are not available: exposing port TCP 0.0.0.0:8050',
      '...',
      'bind: Solo se permite un uso de cada dirección de socket (protocolo/dirección de red/puerto)',
    ].join('\n'),
  },
];

const tabRows: Row[] = [
  {
    source:
      'docker run refused at a host port (libnetwork portallocator `Bind for %s:%d failed: port is already allocated`), a page indenting with `&#x09;` and wrapping with a tab',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'html-tab-wrapped-bind',
    text: [
      '&#x09;docker run -d -p 8050:8050 --name dash-app dash-app',
      '&#x09;docker: Error response from daemon: driver failed programming external \tconnectivity on endpoint dash-app (3c1d2b): Bind for \t0.0.0.0:8050 failed: port is already allocated.',
    ].join('\n'),
  },
];

const flaskRows: Row[] = [
  {
    source:
      'Werkzeug log_startup (serving.py) in a GitHub codespace: every address, then the forwarded URL `https://NAME-PORT.app.github.dev` (docs.github.com)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'codespaces-url-5000',
    text: [
      '$ flask run --host=0.0.0.0',
      ' * Running on all addresses (0.0.0.0)',
      ' * Running on https://fuzzy-train-7x9q-5000.app.github.dev',
      'Press CTRL+C to quit',
    ].join('\n'),
  },
  {
    source: 'the same in Gitpod (gitpod.io docs "Ports": `https://PORT-WORKSPACE.ws-REGION.gitpod.io`)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'gitpod-url-3000',
    text: [
      '$ python -m flask run --host 0.0.0.0 --port 3000',
      ' * Running on all addresses (0.0.0.0)',
      ' * Running on https://3000-learner-dashapp-k2j4h5.ws-eu110.gitpod.io',
    ].join('\n'),
  },
  {
    source: 'Werkzeug: every address, its URL lines left out by the poster (the port not shown)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'all-addresses-no-url',
    text: ['$ docker logs dash-app', ' * Serving Flask app "app"', ' * Running on all addresses (0.0.0.0)', 'Press CTRL+C to quit'].join(
      '\n',
    ),
  },
  {
    source: 'rule 7: the forwarded URL at 8050 retold in a sentence, no log line',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-codespaces-told',
    text: 'I expected to see " * Running on https://fuzzy-train-7x9q-8050.app.github.dev" but nothing opens.',
  },
  {
    source: 'rule 7: the forwarded URL at 8050 alone, the every-address line cut off',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-codespaces-8050-no-all',
    text: ['$ python app.py', ' * Running on https://fuzzy-train-7x9q-8050.app.github.dev'].join('\n'),
  },
  {
    source: "rule 7: every address and the forwarded URL at 8050, then the app's traceback and its exit",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-codespaces-8050-then-crash',
    text: [
      ' * Running on all addresses (0.0.0.0)',
      ' * Running on https://fuzzy-train-7x9q-8050.app.github.dev',
      'Traceback (most recent call last):',
      '  File "/app/app.py", line 12, in <module>',
      "ModuleNotFoundError: No module named 'pandas'",
    ].join('\n'),
  },
];

const networkRows: Row[] = [
  {
    source:
      'docker network ls --format "table {{.Name}}\\t{{.Driver}}\\t{{.Scope}}" (docker/cli network formatter headers), Docker\'s own only',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    id: 'network-ls-name-driver-scope',
    text: [
      '$ docker network ls --format "table {{.Name}}\\t{{.Driver}}\\t{{.Scope}}"',
      'NAME      DRIVER    SCOPE',
      'bridge    bridge    local',
      'host      host      local',
      'none      null      local',
      '',
      '$ docker network inspect bridge',
      '[{"Name": "bridge", "Driver": "bridge", "Containers": {}, "Options": {"com.docker.network.bridge.default_bridge": "true"}, "Labels": {}}]',
    ].join('\n'),
  },
  {
    source: "the same layout listing the lesson's two networks beside Docker's own: not missing",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'guard-network-ls-name-driver-scope-lesson',
    text: [
      'NAME                DRIVER    SCOPE',
      'bridge              bridge    local',
      'dash-app_backend    bridge    local',
      'dash-app_frontend   bridge    local',
      'host                host      local',
      'none                null      local',
    ].join('\n'),
  },
];

const lookupRows: Row[] = [
  {
    source:
      'docker rm of a mistyped name (moby GetContainer `No such container: %s`) after `docker ps -a` (docker/cli prints the table only from the daemon)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'rm-typo-beside-ps-a',
    text: [
      '$ docker ps -a',
      'CONTAINER ID   IMAGE     COMMAND    CREATED         STATUS                     PORTS     NAMES',
      '0b6c1f2e9a44   alpine    "sh"       2 minutes ago   Exited (0) 1 minute ago              eager_lamport',
      '$ docker rm eager_lamprot',
      'Error response from daemon: No such container: eager_lamprot',
    ].join('\n'),
  },
  {
    source: 'docker stop of a mistyped name after a whole `docker ps`: nothing holds 8050',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'stop-typo-beside-ps-port-free',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND    CREATED         STATUS         PORTS                  NAMES',
      '7a1f0e2b3c4d   redis     "redis"    5 minutes ago   Up 5 minutes   6379/tcp               cache',
      '$ docker stop cahce',
      'Error response from daemon: No such container: cahce',
    ].join('\n'),
  },
  {
    source: "rule 7: the lesson's own container not found beside the listing: it stays",
    check: 'reach:port-free',
    want: ['problem', 'container-not-found'],
    id: 'guard-no-such-dash-app-port-free',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND    CREATED         STATUS         PORTS                  NAMES',
      '7a1f0e2b3c4d   redis     "redis"    5 minutes ago   Up 5 minutes   6379/tcp               cache',
      '$ docker logs dash-app',
      'Error response from daemon: No such container: dash-app',
    ].join('\n'),
  },
  {
    source: 'rule 7: the listing cut short by the poster (`...`), then the lookup: no ok (the cut answers)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-typo-beside-cut-listing',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND    CREATED         STATUS         PORTS                  NAMES',
      '7a1f0e2b3c4d   redis     "redis"    5 minutes ago   Up 5 minutes   6379/tcp               cache',
      '...',
      '$ docker stop cahce',
      'Error response from daemon: No such container: cahce',
    ].join('\n'),
  },
  {
    source: 'rule 7: the listing filtered by grep, then the lookup',
    check: 'reach:port-free',
    want: ['problem', 'container-not-found'],
    id: 'guard-typo-beside-grep-listing',
    text: [
      '$ docker ps | grep redis',
      '7a1f0e2b3c4d   redis     "redis"    5 minutes ago   Up 5 minutes   6379/tcp               cache',
      '$ docker stop cahce',
      'Error response from daemon: No such container: cahce',
    ].join('\n'),
  },
  {
    source: 'rule 7: the listing, the lookup, then the daemon gone',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-typo-then-daemon-down',
    text: [
      '$ docker ps -a',
      'CONTAINER ID   IMAGE     COMMAND    CREATED         STATUS                     PORTS     NAMES',
      '0b6c1f2e9a44   alpine    "sh"       2 minutes ago   Exited (0) 1 minute ago              eager_lamport',
      '$ docker rm eager_lamprot',
      'Error response from daemon: No such container: eager_lamprot',
      '$ docker ps',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["sudo's refusal in the learner's locale", sudoRows],
  ["docker/cli 29's image list with its legend", imageRows],
  ["Windows' WSAEADDRINUSE in another language", winsockRows],
  ['an HTML tab and a tab inside a wrapped message', tabRows],
  ["Werkzeug's every address without its URL, a cloud IDE's forwarded URL", flaskRows],
  ['network ls under a template without the ID', networkRows],
  ['a mistyped name beside a whole listing', lookupRows],
];

describe.each(families)('cw163 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
