/*
 * cw148 (stop 50): holdout128–129's misses, by class, each row a short paste on a real program's or writer's format (`source` names
 * it), never a holdout paste:
 * - Compose v1's down naming a network of any key (`Removing network <project>_<key>`, also indented), the daemon's `endpoint with
 *   name … already exists in network <project>_default` → the project's name;
 * - compose-go's `env file … not found` (stat on Unix, CreateFile on Windows) and v1's `Couldn't find env file:` → compose-file-invalid;
 * - libnetwork IPAM's `Address already in use` (capitalised, no port) at run → port-already-allocated.address;
 * - the daemon's pull stream under the user's own command after the socket's permission error → the error is past;
 * - `No such image` under `docker rmi`/`docker image rm` → no failure;
 * - agnoster's prompt with its glyphs lost, before a docker command → a command line;
 * - a run refused at a host port, then its retry on another one that started → at "Does the app listen?" the retry answers;
 * - a Compose container listed stopped, started again by the paste's own command and listed Up → the later state.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');
const bind = (port: number, endpoint = 'eager_hopper (1f2e3d4c5b6a)') =>
  `docker: Error response from daemon: driver failed programming external connectivity on endpoint ${endpoint}: Bind for 0.0.0.0:${port} failed: port is already allocated.`;
const socket = (path: string) =>
  `docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.43/${path}": dial unix /var/run/docker.sock: connect: permission denied.`;
const sudoVersion = [
  '$ sudo docker version',
  'Client: Docker Engine - Community',
  ' Version:           24.0.7',
  ' API version:       1.43',
  'Server: Docker Engine - Community',
  ' Engine:',
  '  Version:          24.0.7',
  '  API version:      1.43 (minimum version 1.12)',
];

const networkRows: Row[] = [
  {
    source:
      'docker/compose 1.x compose/network.py Network.remove `Removing network {full_name}` indented in a quote, then the daemon refusing',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-down-indented-active-endpoints',
    text: lines(
      ' Removing network blog_proxy',
      'ERROR: error while removing network: network blog_proxy id 3f9a2c1b7d4e has active endpoints',
    ),
  },
  {
    source: 'the same line at networks, a network key of the file (`internal`), not default/frontend/backend',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'v1-down-other-key',
    text: lines('  Removing network shop_internal', 'ERROR: network shop_internal id 9e8d7c6b5a41 has active endpoints'),
  },
  {
    source:
      "moby libnetwork network.go: `endpoint with name %s already exists in network %s`, a `docker network connect` to a project's `<project>_default`",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'endpoint-exists-project-default',
    text: lines(
      '$ docker network connect wiki_default wiki-db-1',
      'Error response from daemon: endpoint with name wiki-db-1 already exists in network wiki_default',
    ),
  },
  {
    // cw197 (stop 59): moby daemon/network.go's `has active endpoints` refusal of a hand-made network is read (h186, both experts).
    source: "docker/cli network rm of a network made by hand (no Compose line): not the lesson's network, never ok",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'guard-network-rm-by-hand',
    text: lines(
      '$ docker network rm my_net',
      'Error response from daemon: error while removing network: network my_net id 8c31f1a4964f has active endpoints',
    ),
  },
  {
    source: "a teardown script's own echo, `Removing network 'hub'...OK`: not Compose's line",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-script-echo',
    text: lines('$ ./teardown.sh', "Removing network 'hub'...OK"),
  },
];

const envRows: Row[] = [
  {
    source: 'compose-go types/project.go WithServicesEnvironmentResolved `env file %s not found: %w`, os.Stat on macOS',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'env-file-stat-macos',
    text: lines(
      '$ docker compose up -d',
      'env file /Users/me/shop/.env.local not found: stat /Users/me/shop/.env.local: no such file or directory',
    ),
  },
  {
    source: "docker/compose 1.x compose/config/environment.py env_vars_from_file: `Couldn't find env file: %s`",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'env-file-v1',
    text: lines('$ docker-compose up -d', "ERROR: Couldn't find env file: /home/me/shop/.env"),
  },
  {
    source: "the compose-go error on Windows (Go's os.Stat through CreateFile), PowerShell's prompt, at networks",
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'env-file-createfile-powershell',
    text: lines(
      'PS C:\\Users\\me\\shop> docker compose up -d',
      'env file C:\\Users\\me\\shop\\config\\app.env not found: CreateFile C:\\Users\\me\\shop\\config\\app.env: The system cannot find the file specified.',
    ),
  },
  {
    source: "an app's own log line about its env file under Compose's prefix: no Compose error",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-app-env-log',
    text: lines(
      '$ docker compose logs web',
      'web-1  | env file .env not found, using defaults',
      'web-1  | Dash is running on http://0.0.0.0:8050/',
    ),
  },
];

const addressRows: Row[] = [
  {
    source:
      'moby libnetwork/ipamapi/contract.go ErrIPAlreadyAllocated (`Address already in use`) for a fixed --ip; docker/cli run.go reportError',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'ipam-fixed-ip',
    text: lines(
      '$ docker run -d --name web --network lan --ip 192.168.1.50 nginx',
      'docker: Error response from daemon: Address already in use.',
      "See 'docker run --help'.",
    ),
  },
  {
    source:
      'the same error wrapped by the endpoint it was for (moby daemon: `failed to create endpoint %s on network %s: %v`), docker start',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'ipam-endpoint-start',
    text: lines(
      '$ docker start web',
      'Error response from daemon: failed to create endpoint web on network lan: Address already in use',
      'Error: failed to start containers: web',
    ),
  },
  {
    source: "nginx's own bind in the container's log (glibc strerror, capitalised, not the daemon's): unchanged",
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-nginx-bind-log',
    text: lines(
      '$ docker logs web',
      '2024/05/01 10:00:00 [emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address already in use)',
      'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)',
    ),
  },
  {
    source: "at install a pull that worked, then the IPAM error: the daemon's error stands as cw144's partial (run's rule only)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-ipam-at-install',
    text: lines(
      '$ docker pull nginx',
      'Using default tag: latest',
      'latest: Pulling from library/nginx',
      'a2abf6c4d29d: Pull complete',
      'Status: Downloaded newer image for nginx:latest',
      'docker.io/library/nginx:latest',
      '$ docker run -d --ip 172.20.0.5 --network lan nginx',
      'docker: Error response from daemon: Address already in use.',
    ),
  },
];

const laterRows: Row[] = [
  {
    source:
      "moby distribution pull's `Status: Downloaded newer image for %s` under the user's own `docker container run hello-world` after usermod (Docker 24's socket wording)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'permission-then-own-pull',
    text: lines(
      ...sudoVersion,
      '$ docker container run hello-world',
      socket('containers/create'),
      "See 'docker run --help'.",
      '$ sudo usermod -aG docker $USER',
      '$ newgrp docker',
      '$ docker container run hello-world',
      "Unable to find image 'hello-world:latest' locally",
      'latest: Pulling from library/hello-world',
      'c1ec31eb5944: Pull complete',
      'Digest: sha256:d211f485f2dd1dee407a80973c8f129f00d54604d2c90732e8e320e5038a0348',
      'Status: Downloaded newer image for hello-world:latest',
    ),
  },
  {
    source: 'the same pull under sudo: the user’s own access is still not shown (CONVENTIONS §2.1 cw44)',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-permission-then-sudo-pull',
    text: lines(
      ...sudoVersion,
      '$ docker pull alpine',
      socket('images/create?fromImage=alpine&tag=latest'),
      '$ sudo docker pull alpine',
      'Using default tag: latest',
      'latest: Pulling from library/alpine',
      'Status: Image is up to date for alpine:latest',
    ),
  },
  {
    source:
      'docker/cli image/remove.go: `docker image rm -f` printing `Untagged:`/`Deleted:` and moby image_delete.go `No such image: %s` for one already gone',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'image-rm-already-gone',
    text: lines(
      '$ docker image rm -f 4f1d2c3b5a6e 9c8b7a6d5e4f',
      'Untagged: redis:7',
      'Deleted: sha256:4f1d2c3b5a6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607182',
      'Error response from daemon: No such image: 9c8b7a6d5e4f:latest',
      '$ docker ps -a',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
    ),
  },
  {
    source:
      '`docker rmi -f $(docker images -q)` before a rebuild (an ID listed twice, deleted with its first tag), at "Is port 8050 free?"',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'rmi-bulk-gone-port-free',
    text: lines(
      '$ docker rmi -f $(docker images -q)',
      'Untagged: dash-app:latest',
      'Untagged: dash-app:v1',
      'Deleted: sha256:9c8b7a6d5e4f30718293a4b5c6d7e8f90a1b2c3d4e5f607182930a4b5c6d7e8f',
      'Error response from daemon: No such image: 9c8b7a6d5e4f:latest',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
    ),
  },
  {
    source: 'a `docker rmi` that removed nothing stays a lookup (cw122), at run',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'guard-rmi-removed-nothing',
    text: lines('$ docker rmi redis:7', 'Error response from daemon: No such image: redis:7'),
  },
  {
    source: 'a lookup by `docker image inspect` (not a removal) keeps its answer',
    check: 'install',
    want: ['problem', 'image-not-found'],
    id: 'guard-inspect-no-image',
    text: lines(
      '$ docker image inspect dash-app',
      '[]',
      'Error response from daemon: No such image: dash-app:latest',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
    ),
  },
];

const promptRows: Row[] = [
  {
    source: "ohmyzsh themes/agnoster.zsh-theme's `user@host  ~/path ` with its U+E0B0 separators dropped by the copy; the retry's ID",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'agnoster-user-host-retry',
    text: lines(
      '$ docker run -d -p 8050:8050 --name dash-app dash-app',
      bind(8050),
      'dev@laptop  ~/code/dash-app  docker run -d -p 8051:8050 --name dash-app2 dash-app',
      '5c1d7f0e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5',
    ),
  },
  {
    source: 'the same theme showing the user alone and `~`, then a Werkzeug start line (its app on 5000)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'agnoster-user-only-flask',
    text: lines(
      '$ docker run -p 5000:5000 shop',
      bind(5000),
      'me  ~ docker run -p 5001:5000 shop',
      ' * Running on http://0.0.0.0:5000/ (Press CTRL+C to quit)',
    ),
  },
  {
    source: 'a sentence with two spaces before a word that is no path: no prompt, the refusal stands',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-prose-two-spaces',
    text: lines(
      '$ docker run -p 5000:5000 shop',
      bind(5000),
      'I tried  this docker run -p 5001:5000 shop',
      ' * Running on http://0.0.0.0:5000/ (Press CTRL+C to quit)',
    ),
  },
];

const retryRows: Row[] = [
  {
    source: 'libnetwork portallocator `Bind for … failed: port is already allocated`, then the retry on 8051 and Dash’s start line',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'retry-other-host-port-listening',
    text: lines(
      '$ docker run -p 8050:8050 dash-app',
      bind(8050),
      '$ docker run -p 8051:8050 dash-app',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      ' * Serving Flask app "app"',
      ' * Running on all addresses (0.0.0.0)',
    ),
  },
  {
    source: 'the same at "Is port 8050 free?": the port the refusal names stays held',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-retry-port-free',
    text: lines(
      '$ docker run -p 8050:8050 dash-app',
      bind(8050),
      '$ docker run -p 8051:8050 dash-app',
      'Dash is running on http://0.0.0.0:8050/',
    ),
  },
  {
    source: 'a retry refused as well: the refusal stands at "Does the app listen?"',
    check: 'reach:listening',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-retry-refused-too',
    text: lines(
      '$ docker run -p 8050:8050 dash-app',
      bind(8050),
      '$ docker run -p 8051:8050 dash-app',
      bind(8051, 'eager_hopper (1f2e3d4c5b6b)'),
    ),
  },
  {
    source: "docker/cli's ps table: a Compose container `Exited (137)`, `docker start <ID>` (its ID echoed), then listed Up",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'started-again-by-id',
    text: lines(
      '$ docker ps -a',
      'CONTAINER ID   IMAGE      COMMAND                  CREATED          STATUS                       PORTS     NAMES',
      '7a1b2c3d4e5f   shop-web   "gunicorn app:app"       5 minutes ago    Exited (137) 8 seconds ago             shop-web-1',
      '$ docker start 7a1b2c3d4e5f',
      '7a1b2c3d4e5f',
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND              CREATED         STATUS         PORTS                    NAMES',
      '7a1b2c3d4e5f   shop-web   "gunicorn app:app"   6 minutes ago   Up 5 seconds   0.0.0.0:8000->8000/tcp   shop-web-1',
    ),
  },
  {
    source: "docker/compose ps' table, `Exited (1)`, then `docker compose start` (v2's ` ✔ Container x  Started`) and ps Up",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'started-again-compose-start',
    text: lines(
      '$ docker compose ps -a',
      'NAME         IMAGE      COMMAND              SERVICE   CREATED         STATUS                       PORTS',
      'shop-web-1   shop-web   "gunicorn app:app"   web       5 minutes ago   Exited (1) 8 seconds ago',
      '$ docker compose start',
      '[+] Running 1/1',
      ' ✔ Container shop-web-1  Started',
      '$ docker compose ps',
      'NAME         IMAGE      COMMAND              SERVICE   CREATED         STATUS         PORTS',
      'shop-web-1   shop-web   "gunicorn app:app"   web       6 minutes ago   Up 4 seconds   0.0.0.0:8000->8000/tcp',
    ),
  },
  {
    source: 'Exited then Up with no command between (a restart policy’s loop, cw85): the stopped row stands',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-exited-then-up-no-start',
    text: lines(
      '$ docker ps -a',
      'CONTAINER ID   IMAGE      COMMAND                  CREATED          STATUS                       PORTS     NAMES',
      '7a1b2c3d4e5f   shop-web   "gunicorn app:app"       5 minutes ago    Exited (1) 8 seconds ago               shop-web-1',
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND              CREATED         STATUS         PORTS                    NAMES',
      '7a1b2c3d4e5f   shop-web   "gunicorn app:app"   6 minutes ago   Up 5 seconds   0.0.0.0:8000->8000/tcp   shop-web-1',
    ),
  },
];

const families: [string, Row[]][] = [
  ["Compose's network lines that name another project", networkRows],
  ['an env file the project names that is not there', envRows],
  ["the daemon's address allocator refusing an address", addressRows],
  ['the later state: a pull of the user’s own, a removal of what is gone', laterRows],
  ["agnoster's prompt without its glyphs", promptRows],
  ['a retry that started, a container started again', retryRows],
];

describe.each(families)('cw148 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
