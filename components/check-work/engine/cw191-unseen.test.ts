/*
 * cw191 (stop 59): holdout179's misses by class (Docker-compatible runtimes), each row a short paste on a real program's format
 * (`source` names it), never a holdout paste:
 * - Podman's refusal of a short image name (containers/image pkg/shortnames Resolve) → image-not-found, at run and at install;
 * - podman-compose's `RuntimeError: missing networks: x` (podman_compose.py _parse_compose_file) → compose-undefined-network;
 * - a writer's elision mark between a client's command and the page's element it printed (host-clients.ts pageAfter);
 * - dockerd that could not start its containerd (cmd/dockerd/daemon.go initContainerd) → daemon-not-running;
 * - the buildx plugin there but not runnable (Compose's bake exec, docker/cli's builder.go) → build-failed;
 * - the daemon's own start log alone, ending ready → partial at install;
 * - a logrus line about a network naming `<project>_default` in a field → that project;
 * - Podman's `port --all` (one line per mapping, led by the container's short ID) → several publishers;
 * - a prompt before a Docker-compatible CLI indented as a list item's continuation.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const notice = 'Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.';

const shortNameRows: Row[] = [
  {
    source: 'containers/image pkg/shortnames/shortnames.go Resolve (no alias, registries.conf naming no search registry), podman-docker',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'short-name-registries-conf',
    text: [
      '$ docker run -d -p 8050:8050 --name dash-app acme/dash-app',
      notice,
      'Error: short-name "acme/dash-app" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    ].join('\n'),
  },
  {
    source: 'the same at lesson 3: the notice and the refusal of hello-world',
    check: 'install',
    want: ['problem', 'image-not-found'],
    id: 'short-name-install',
    text: [
      '$ docker run hello-world',
      notice,
      'Error: short-name "hello-world" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    ].join('\n'),
  },
  {
    source: 'the same function with no registries.conf at all: `… and no containers-registries.conf(5) was found`',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'short-name-no-conf',
    text: [
      '$ podman run -p 8050:8050 dash-app',
      'Error: short-name "dash-app" did not resolve to an alias and no containers-registries.conf(5) was found',
    ].join('\n'),
  },
  {
    source:
      'the same function in enforcing mode without a terminal (a script, CI): `short-name resolution enforced but cannot prompt without a TTY`',
    check: 'install',
    want: ['problem', 'image-not-found'],
    id: 'short-name-enforcing-no-tty',
    text: ['$ docker run hello-world', notice, 'Error: short-name resolution enforced but cannot prompt without a TTY'].join('\n'),
  },
  {
    source: "the refusal, then podman-docker removed and Docker Engine's hello-world greeting: the later state stands (§2.0)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-short-name-then-docker-hello',
    text: [
      '$ docker run hello-world',
      'Error: short-name "hello-world" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
      '$ sudo apt remove podman-docker && sudo apt install docker-ce',
      '$ docker run hello-world',
      "Unable to find image 'hello-world:latest' locally",
      'latest: Pulling from library/hello-world',
      'c1ec31eb5944: Pull complete',
      'Status: Downloaded newer image for hello-world:latest',
      '',
      'Hello from Docker!',
      'This message shows that your installation appears to be working correctly.',
    ].join('\n'),
  },
  {
    source: "containers/image's alias resolved and the pull's own lines (copy.go): no refusal, podman-docker's notice stays partial",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-short-name-resolved-alias',
    text: [
      '$ docker pull hello-world',
      notice,
      'Resolved "hello-world" as an alias (/etc/containers/registries.conf.d/000-shortnames.conf)',
      'Trying to pull quay.io/podman/hello:latest...',
      'Getting image source signatures',
    ].join('\n'),
  },
];

const podmanCompose = (names: string) => [
  '$ podman-compose up -d',
  "['podman', '--version', '']",
  'using podman version: 4.3.1',
  'Traceback (most recent call last):',
  '  File "/usr/bin/podman-compose", line 33, in <module>',
  "    sys.exit(load_entry_point('podman-compose==1.0.6', 'console_scripts', 'podman-compose')())",
  '  File "/usr/lib/python3/dist-packages/podman_compose.py", line 1741, in run',
  '    self._parse_compose_file()',
  '  File "/usr/lib/python3/dist-packages/podman_compose.py", line 1927, in _parse_compose_file',
  '    raise RuntimeError(f"missing networks: {missing_nets_str}")',
  `RuntimeError: missing networks: ${names}`,
];

const networkRows: Row[] = [
  {
    source: 'containers/podman-compose podman_compose.py PodmanCompose._parse_compose_file, its traceback under `podman-compose up`',
    check: 'compose',
    want: ['problem', 'compose-undefined-network'],
    id: 'podman-compose-missing-networks',
    text: podmanCompose('backend').join('\n'),
  },
  {
    source: 'the same at lesson 7, two names joined by a comma (`",".join(missing_nets)`)',
    check: 'networks',
    want: ['problem', 'compose-undefined-network'],
    id: 'podman-compose-missing-networks-two',
    text: podmanCompose('frontend,backend').join('\n'),
  },
  {
    source: 'the exception line quoted in a sentence with its code span (a pull request\'s "Purpose")',
    check: 'compose',
    want: ['problem', 'compose-undefined-network'],
    id: 'podman-compose-missing-networks-told',
    text: 'Running `podman-compose up` in the project folder stops with `RuntimeError: missing networks: default` here.',
  },
  {
    source: "the traceback's source line alone, the copy cut before the exception: no network named, a program that stopped",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-podman-compose-source-line-only',
    text: podmanCompose('backend').slice(0, -1).join('\n'),
  },
  {
    source: "compose-go's own refusal keeps its service's name (loader/validate.go)",
    check: 'compose',
    want: ['problem', 'compose-undefined-network'],
    id: 'guard-compose-go-undefined-network',
    text: ['$ docker compose up -d', 'service "web" refers to undefined network backend: invalid compose project'].join('\n'),
  },
];

const elisionRows: Row[] = [
  {
    source: "curl printing nginx's welcome page, the writer's `...` over its head and under its title (a VM's address)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-elided-page-title',
    text: [
      '$ nerdctl run -d --name web -p 0.0.0.0:8080:80 nginx',
      '$ curl 192.168.5.15:8080',
      '...',
      '<title>Welcome to nginx!</title>',
      '...',
    ].join('\n'),
  },
  {
    source: 'the same with the ellipsis character and a heading element (httpd\'s "It works!")',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-elided-h1',
    text: ['$ docker run -d --name web -p 8080:80 httpd', '$ curl localhost:8080', '…', '<h1>It works!</h1>'].join('\n'),
  },
  {
    source: "a writer's elision, then plain words: not read as the page (the cut may have taken curl's own error)",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-curl-elided-plain-words',
    text: ['$ docker run -d --name web -p 8080:80 nginx', '$ curl localhost:8080', '...', 'It hangs for a minute'].join('\n'),
  },
];

const containerdRows: Row[] = [
  {
    source:
      'moby cmd/dockerd/daemon.go initContainerd `failed to start containerd` + libcontainerd/supervisor `timeout waiting for containerd to start`',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'dockerd-rootless-containerd-timeout',
    text: [
      '$ ~/bin/dockerd-rootless.sh',
      'INFO[2024-03-02T10:11:12.000000000Z] Starting up',
      'INFO[2024-03-02T10:11:12.100000000Z] containerd not running, starting managed containerd',
      'failed to start containerd: timeout waiting for containerd to start',
    ].join('\n'),
  },
  {
    source: "the same under logrus' non-terminal layout (level=fatal), the exec's own error",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'dockerd-containerd-exec-fatal',
    text: [
      '$ sudo dockerd',
      'time="2024-03-02T10:11:12Z" level=fatal msg="failed to start containerd: exec: \\"containerd\\": executable file not found in $PATH"',
    ].join('\n'),
  },
  {
    source: "a script's own check of that line (grep in a shell script), beside a docker version whose Server answered",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-containerd-words-in-a-script',
    text: [
      '$ cat fix.sh',
      'if grep -q "failed to start containerd: timeout" "$LOG"; then rm -rf /run/containerd/*; fi',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           27.3.1',
      ' API version:       1.47',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          27.3.1',
      '  API version:      1.47 (minimum version 1.24)',
    ].join('\n'),
  },
];

const buildxRows: Row[] = [
  {
    source: "docker/compose pkg/compose/build_bake.go doBuildBake's cmd.Start(): Go's os/exec on a dangling ~/.docker/cli-plugins link",
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'compose-buildx-dangling-link',
    text: ['$ docker compose up --build', 'fork/exec /Users/me/.docker/cli-plugins/docker-buildx: no such file or directory'].join('\n'),
  },
  {
    source: "the same for another CPU's plugin (`exec format error`)",
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'compose-buildx-exec-format',
    text: ['$ docker compose build', 'fork/exec /usr/libexec/docker/cli-plugins/docker-buildx: exec format error'].join('\n'),
  },
  {
    source: "docker/cli cmd/docker/builder.go's refusal under docker build (DOCKER_BUILDKIT=1)",
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'docker-build-buildx-missing-or-broken',
    text: [
      '$ DOCKER_BUILDKIT=1 docker build -t dash-app .',
      'ERROR: BuildKit is enabled but the buildx component is missing or broken.',
      '       Install the buildx component to build images with BuildKit:',
      '       https://docs.docker.com/go/buildx/',
    ].join('\n'),
  },
  {
    source: "docker/cli's plugin manager listing the same broken plugin (docker info's warning), beside the lesson's project running",
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-buildx-plugin-warning-only',
    text: [
      '$ docker info 2>&1 | grep WARNING',
      'WARNING: Plugin "/Users/me/.docker/cli-plugins/docker-buildx" is not valid: failed to fetch metadata: fork/exec /Users/me/.docker/cli-plugins/docker-buildx: no such file or directory',
      '$ docker compose ps',
      'NAME                IMAGE             COMMAND           SERVICE   CREATED          STATUS          PORTS',
      'dash-app-web-1      dash-app-web      "python app.py"   web       10 seconds ago   Up 9 seconds    0.0.0.0:8050->8050/tcp',
    ].join('\n'),
  },
];

const daemonLogRows: Row[] = [
  {
    source: "moby cmd/dockerd/daemon.go's start log (logrus' terminal layout): `Daemon has completed initialization`, `API listen on …`",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'dockerd-log-ready',
    text: [
      'INFO[2024-05-01T08:20:17.857497458Z] Loading containers: done.',
      'INFO[2024-05-01T08:20:17.897957875Z] Daemon has completed initialization',
      'INFO[2024-05-01T08:20:18.082993167Z] API listen on /var/run/docker.sock',
    ].join('\n'),
  },
  {
    source: "the same in journalctl -u docker's layout (`dockerd[pid]: time=… level=info msg=…`)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'dockerd-journal-ready',
    text: [
      '$ journalctl -u docker --no-pager | tail -2',
      'May 01 08:20:17 host dockerd[1089]: time="2024-05-01T08:20:17.897957875Z" level=info msg="Daemon has completed initialization"',
      'May 01 08:20:18 host dockerd[1089]: time="2024-05-01T08:20:18.082993167Z" level=info msg="API listen on /run/docker.sock"',
    ].join('\n'),
  },
  {
    source: 'the same log, then a fatal line: the daemon stopped after it',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-dockerd-log-then-fatal',
    text: [
      'INFO[2024-05-01T08:20:17.897957875Z] Daemon has completed initialization',
      'INFO[2024-05-01T08:20:18.082993167Z] API listen on /var/run/docker.sock',
      'failed to start daemon: error while opening volume store metadata database: timeout',
    ].join('\n'),
  },
  {
    source: "the same log, then the learner's docker version with its Client part only: the client's answer comes first",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-dockerd-log-then-client-only',
    text: [
      'INFO[2024-05-01T08:20:17.897957875Z] Daemon has completed initialization',
      'INFO[2024-05-01T08:20:18.082993167Z] API listen on /var/run/docker.sock',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           27.3.1',
      ' API version:       1.47',
    ].join('\n'),
  },
  {
    source: 'the words retold in a sentence, no log line',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-dockerd-words-in-a-sentence',
    text: 'I checked the log and it ends with Daemon has completed initialization, so I think the daemon is fine.',
  },
];

const networkFieldRows: Row[] = [
  {
    source: "sirupsen/logrus text_formatter.go fields after the message: OrbStack's agent wiring another project's network",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'logrus-network-name-field',
    text: [
      'INFO[06-20 07:37:08] adding Docker network    config="{172.19.0.0/16 172.19.0.1 br-5c308f83b87e}" name=shop_default',
      'ERRO[06-20 07:37:08] failed to add Docker network    error="bridges disabled"',
    ].join('\n'),
  },
  {
    source: "logrus' non-terminal layout, a `network=` field",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'logrus-network-field-level',
    text: 'time="2024-06-20T07:37:08Z" level=warning msg="failed to wire network" network=blog_default',
  },
  {
    source: 'a logrus line naming `<x>_default` in a field with no word about a network: not read',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-logrus-field-not-network',
    text: 'INFO[0000] container started    name=shop_default',
  },
];

const podmanPortRows: Row[] = [
  {
    source: 'containers/podman cmd/podman/containers/port.go with --all: `%s\\t` (the short ID), then `%d/%s -> %s:%d`',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'podman-port-all-two',
    text: ['$ podman port --all', '3f2a1b0c9d8e\t8081/tcp -> 127.0.0.1:8063', '7e6d5c4b3a29\t6379/tcp -> 127.0.0.1:6379'].join('\n'),
  },
  {
    source: "the same, `-a`, under a list item (its prompt indented as the item's continuation, outside a fence)",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'podman-port-all-list-item',
    text: [
      '1. Run `docker-compose up`',
      '2. Then:',
      '   $ podman port -a',
      '   3f2a1b0c9d8e    5000/tcp -> 0.0.0.0:5000',
      '   7e6d5c4b3a29    5432/tcp -> 0.0.0.0:5432',
    ].join('\n'),
  },
  {
    source: "one container's mapping of the lesson's port: Podman's output, never an ok",
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'guard-podman-port-all-one-lesson',
    text: ['$ podman port --all', '3f2a1b0c9d8e\t8050/tcp -> 0.0.0.0:8050'].join('\n'),
  },
  {
    source: "docker port's own output of one container (docker/cli container-port golden files)",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-docker-port-one',
    text: ['$ docker port web', '80/tcp -> 0.0.0.0:8050'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Podman's refusal of a short image name", shortNameRows],
  ["podman-compose's missing networks", networkRows],
  ["a writer's elision between a client and the page", elisionRows],
  ['dockerd that could not start its containerd', containerdRows],
  ['the buildx plugin there but not runnable', buildxRows],
  ["the daemon's own start log alone", daemonLogRows],
  ['a logrus line naming a network in a field', networkFieldRows],
  ["Podman's port --all", podmanPortRows],
];

describe.each(families)('cw191 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
