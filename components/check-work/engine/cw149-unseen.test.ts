/*
 * cw149 (stop 50): holdout130–131's misses, by class, each row a short paste on a real program's format (`source` names it), never
 * a holdout paste:
 * - a static-site generator's dev server refusing its config and exiting (MkDocs' load_config Abort, Hugo's no-config error);
 * - Docker 1.x's v1 pull refusal with its tag (`Error: image x:tag not found`), and the same repository pulled later under a namespace;
 * - one up's rows created together, one stopped with an error wherever listed;
 * - the shell's "command not found" for what the learner typed at the container's own prompt;
 * - the Compose v2 plugin's own API refused beside a newer docker client;
 * - rootless Docker's setup tool without systemd;
 * - a listing kept in a source file's comment, its prompt and command commented too;
 * - curl's (35) when the TLS handshake met the connection's end at a published port;
 * - a docker ps row wrapped inside an address of its PORTS cell; a nameless run line's row by its image only where its -p agrees.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const siteRows: Row[] = [
  {
    source:
      "MkDocs 1.2+ config/base.py load_config `Aborted with {n} configuration errors!` after `Config value …` (mkdocs serve in the image's CMD)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'mkdocs-config-errors',
    text: [
      '$ docker run --rm -p 8000:8000 -v ${PWD}:/docs squidfunk/mkdocs-material',
      "ERROR    -  Config value 'nav': Expected nav to be a list, got a str: 'index.md'",
      '',
      'Aborted with 1 configuration errors!',
    ].join('\n'),
  },
  {
    source: 'MkDocs 1.5+ `Aborted with a configuration error!`, at reach:listening (docker logs of the container)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'mkdocs-a-config-error-logs',
    text: [
      '$ docker logs docs',
      "ERROR    -  Config value 'theme': Unrecognised theme name: 'materail'.",
      'Aborted with a configuration error!',
    ].join('\n'),
  },
  {
    source: "Hugo 0.1xx's logger (`ERROR Unable to locate config file or config directory. Perhaps you need to create a new project.`)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'hugo-error-logger-project',
    text: [
      '$ docker run -p 1313:1313 -v $(pwd):/src hugomods/hugo server --bind 0.0.0.0',
      'ERROR Unable to locate config file or config directory. Perhaps you need to create a new project.',
      'Run `hugo help new` for details.',
    ].join('\n'),
  },
  {
    source: 'MkDocs building with success: its `Serving on http://0.0.0.0:8000/` and no abort',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'guard-mkdocs-serving',
    text: [
      '$ docker run --rm -p 8000:8000 -v ${PWD}:/docs squidfunk/mkdocs-material',
      'INFO    -  Building documentation...',
      'INFO    -  Documentation built in 0.31 seconds',
      'INFO    -  [12:00:00] Serving on http://0.0.0.0:8000/',
    ].join('\n'),
  },
];

const pullRows: Row[] = [
  {
    source: 'moby 1.10-1.12 distribution/pull_v1.go `"Error: image %s:%s not found"`, a `docker pull` with its tag',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'v1-pull-tagged',
    text: [
      '$ docker pull someone/webapp:1.0',
      'Pulling repository docker.io/someone/webapp',
      'Error: image someone/webapp:1.0 not found',
    ].join('\n'),
  },
  {
    source: 'the same refusal for a library name, then the repository pulled under its publisher (moby distribution/pull.go `Status: …`)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'v1-then-namespace-pulled',
    text: [
      '$ docker run -d ghost',
      "Unable to find image 'ghost:latest' locally",
      'Pulling repository docker.io/library/ghost',
      'docker: Error: image library/ghost:latest not found.',
      '$ docker run -d tryghost/ghost',
      "Unable to find image 'tryghost/ghost:latest' locally",
      'latest: Pulling from tryghost/ghost',
      'Digest: sha256:3b1f0c8e4a0c2d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e',
      'Status: Downloaded newer image for tryghost/ghost:latest',
      '5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c',
    ].join('\n'),
  },
  {
    source: 'a refusal of the image the learner builds, then its base image pulled: another repository, the refusal stands',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'guard-other-image-pulled',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      "Unable to find image 'dash-app:latest' locally",
      "docker: Error response from daemon: pull access denied for dash-app, repository does not exist or may require 'docker login'.",
      '$ docker pull python:3.12-slim',
      '3.12-slim: Pulling from library/python',
      'Status: Downloaded newer image for python:3.12-slim',
    ].join('\n'),
  },
];

const stateRows: Row[] = [
  {
    source: "moby daemon/list.go (newest first), one Compose up's rows (one CREATED cell), the stopped one listed last",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'up-rows-failed-last',
    text: [
      '$ docker compose up -d',
      '$ docker ps -a',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS                     PORTS                    NAMES',
      'a1b2c3d4e5f6   shop-web       "gunicorn app:app"       5 minutes ago   Up 5 minutes               0.0.0.0:8000->8000/tcp   shop_web',
      'b2c3d4e5f6a7   redis:7        "docker-entrypoint.s…"   5 minutes ago   Up 5 minutes               6379/tcp                 shop_cache',
      'c3d4e5f6a7b8   postgres:16    "docker-entrypoint.s…"   5 minutes ago   Exited (1) 4 minutes ago                            shop_db',
    ].join('\n'),
  },
  {
    source: 'rows created at different times (several containers of the learner, not one up): the listing rule',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-rows-apart',
    text: [
      '$ docker ps -a',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS                     PORTS                    NAMES',
      'a1b2c3d4e5f6   nginx          "/docker-entrypoint.…"   5 minutes ago   Up 5 minutes               0.0.0.0:8080->80/tcp     web',
      'b2c3d4e5f6a7   redis:7        "docker-entrypoint.s…"   2 days ago      Up 2 days                  6379/tcp                 cache',
      'c3d4e5f6a7b8   postgres:16    "docker-entrypoint.s…"   3 weeks ago     Exited (1) 3 weeks ago                              db',
    ].join('\n'),
  },
  {
    source: "bash execute_cmd.c `%s: command not found` at a container's root prompt after `docker exec -it … bash`",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'typed-at-container-prompt',
    text: [
      '$ docker run -d -p 8080:80 --name web nginx',
      '7d1e0c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d',
      '$ docker exec -it web bash',
      'root@7d1e0c2b3a4f:/# vim /etc/nginx/conf.d/default.conf',
      'bash: vim: command not found',
      'root@7d1e0c2b3a4f:/# exit',
    ].join('\n'),
  },
  {
    source: "the container's own program missing in its foreground run (bash -c's `bash: line 1: gunicorn: command not found`)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-entrypoint-not-found',
    text: ['$ docker run --name dash-app -p 8050:8050 dash-app', 'bash: line 1: gunicorn: command not found'].join('\n'),
  },
];

const setupRows: Row[] = [
  {
    source: 'docker/compose v2 vendoring an older API client: `docker compose up` refused, docker version Client API 1.47',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'plugin-api-refused',
    text: [
      '$ docker compose up -d',
      'Error response from daemon: client version 1.40 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version',
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           27.3.1',
      ' API version:       1.47',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          27.3.1',
      '  API version:      1.47 (minimum version 1.24)',
    ].join('\n'),
  },
  {
    source: 'the docker client itself too old (docker ps refused, no Compose line): the client',
    check: 'compose',
    want: ['problem', 'client-too-old'],
    id: 'guard-docker-client-refused',
    text: [
      '$ docker ps',
      'Error response from daemon: client version 1.40 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version',
    ].join('\n'),
  },
  {
    source: 'moby contrib/dockerd-rootless-setuptool.sh install_nonsystemd and its context lines, another user and path',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'rootless-no-systemd',
    text: [
      '$ dockerd-rootless-setuptool.sh install',
      '[INFO] systemd not detected, /usr/bin/dockerd-rootless.sh needs to be started manually:',
      '',
      'PATH=/usr/bin:/sbin:/usr/sbin:$PATH /usr/bin/dockerd-rootless.sh',
      '',
      '[INFO] CLI context "rootless" already exists',
      '[INFO] Using CLI context "rootless"',
    ].join('\n'),
  },
];

const readRows: Row[] = [
  {
    source: 'a `docker network ls` session kept in a shell script as comments, a bash prompt before the command',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'commented-session-bash-prompt',
    text: [
      '#!/bin/sh',
      'set -e',
      '# me@box:~/shop$ docker network ls',
      '# NETWORK ID     NAME           DRIVER    SCOPE',
      '# 1a2b3c4d5e6f   bridge         bridge    local',
      '# 2b3c4d5e6f7a   host           host      local',
      '# 3c4d5e6f7a8b   none           null      local',
      '# 4d5e6f7a8b9c   shop_default   bridge    local',
      'docker compose up -d',
    ].join('\n'),
  },
  {
    source: 'curl -v with OpenSSL (lib/vtls/openssl.c): connected, then `SSL_ERROR_SYSCALL` at the published port',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'curl-35-openssl-syscall',
    text: [
      '$ curl -v https://localhost:8443/',
      '*   Trying 127.0.0.1:8443...',
      '* Connected to localhost (127.0.0.1) port 8443 (#0)',
      '* OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to localhost:8443',
      'curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to localhost:8443',
    ].join('\n'),
  },
  {
    source: 'watch docker ps (procps watch at the terminal width): a row wrapped inside its PORTS address, two containers',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-row-wrapped-in-address',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE            COMMAND                  CREATED       STATUS       PORTS                  NAMES',
      'a1b2c3d4e5f6   nginx            "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:8081->80/tcp   web',
      'b2c3d4e5f6a7   grafana/grafana  "/run.sh"                3 days ago    Up 3 days    192.168.',
      '1.20:3000->3000/tcp   grafana',
    ].join('\n'),
  },
  {
    source: 'a nameless run line whose -p differs from the row of its image, which an earlier run line asked for (docker/cli opts/port.go)',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'run-line-mapping-disagrees',
    text: [
      '$ docker run -d -p 8081:80 nginx',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS                  NAMES',
      'a1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   2 minutes ago    Up 2 minutes    0.0.0.0:8081->80/tcp   eager_turing',
      'b2c3d4e5f6a7   redis     "docker-entrypoint.s…"   3 days ago       Up 3 days       0.0.0.0:6379->6379/tcp  cache',
      '$ docker run -p 80:80 nginx',
    ].join('\n'),
  },
  {
    source: 'the same with the run line asking for the row’s mapping: that row is the run’s container (cw43)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-run-line-mapping-agrees',
    text: [
      '$ docker run -d -p 8081:80 nginx',
      'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2',
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS          PORTS                  NAMES',
      'a1b2c3d4e5f6   nginx     "/docker-entrypoint.…"   2 minutes ago    Up 2 minutes    0.0.0.0:8081->80/tcp   eager_turing',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a static-site generator's refusal to start", siteRows],
  ["Docker 1.x's pull refusal, and the name retried", pullRows],
  ["one up's failed row; a learner's typing at the container's prompt", stateRows],
  ["the Compose plugin's API, rootless Docker's setup tool", setupRows],
  ['a commented session, a TLS handshake cut, a wrapped row, a run line’s mapping', readRows],
];

describe.each(families)('cw149 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
