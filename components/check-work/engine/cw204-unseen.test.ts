/*
 * cw204 (stop 60): holdout191's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - a private registry that speaks plain HTTP where the daemon speaks TLS (Go's `http: server gave HTTP response to HTTPS client`,
 *   crypto/tls's `oversized record received`, `first record does not look like a TLS handshake`) → registry-unreachable;
 * - a pull cut while its layers came in, its error bare under the progress (`unexpected EOF`, a read reset, an expired token's
 *   `unauthorized: authentication required`), or in dockerd's `Download failed, retrying (n/m): …` → registry-unreachable;
 * - the registry's UNAUTHORIZED on the manifest's request (`unauthorized: authentication required`, Docker Hub's `incorrect username
 *   or password`) → image-not-found, as `pull access denied`;
 * - docker info's `Registry Mirrors:` lines alone → partial shows-part.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const plainHttpRows: Row[] = [
  {
    source: "Go net/http client.go send: `http: server gave HTTP response to HTTPS client`, moby 20.10+'s quoted URL",
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'pull-http-response-https-client',
    text: [
      '$ docker pull 10.0.0.5:5000/team/api:1.2',
      'Error response from daemon: Get "https://10.0.0.5:5000/v2/": http: server gave HTTP response to HTTPS client',
    ].join('\n'),
  },
  {
    source: "Compose v1 (docker-compose 1.29) `ERROR: for <service>  …` around the daemon's words, then its own `ERROR: …`",
    check: 'compose',
    want: ['problem', 'registry-unreachable'],
    id: 'compose-v1-pull-http-response',
    text: [
      '$ docker-compose pull',
      'Pulling db  ... done',
      'Pulling api ... error',
      '',
      'ERROR: for api  Get "https://reg.lan:5000/v2/": http: server gave HTTP response to HTTPS client',
      'ERROR: Get "https://reg.lan:5000/v2/": http: server gave HTTP response to HTTPS client',
    ].join('\n'),
  },
  {
    source: 'moby 1.7 registry/endpoint.go: both pings wrapped, crypto/tls conn.go `tls: oversized record received with length %d`',
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'docker17-ping-oversized-record',
    text: [
      '$ docker pull 192.168.10.4:5000/web',
      'Error response from daemon: invalid registry endpoint https://192.168.10.4:5000/v0/: unable to ping registry endpoint https://192.168.10.4:5000/v0/',
      'v2 ping attempt failed with error: Get https://192.168.10.4:5000/v2/: tls: oversized record received with length 20527',
      ' v1 ping attempt failed with error: Get https://192.168.10.4:5000/v1/_ping: tls: oversized record received with length 20527',
    ].join('\n'),
  },
  {
    source: 'crypto/tls conn.go readRecordOrCCS (Go 1.12+): `tls: first record does not look like a TLS handshake`, under docker run',
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    id: 'run-first-record-not-tls',
    text: [
      '$ docker run -d -p 8080:80 registry.lan:5000/shop/web',
      "Unable to find image 'registry.lan:5000/shop/web:latest' locally",
      'docker: Error response from daemon: Get "https://registry.lan:5000/v2/": tls: first record does not look like a TLS handshake.',
      "See 'docker run --help'.",
    ].join('\n'),
  },
  {
    source: "the lesson's own registry at localhost:5000 (the daemon's insecure default): not a registry beyond the host",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-localhost-registry',
    text: [
      '$ docker pull localhost:5000/my-app',
      'Error response from daemon: Get "https://localhost:5000/v2/": http: server gave HTTP response to HTTPS client',
    ].join('\n'),
  },
  {
    source: 'the refusal, then insecure-registries set and the same pull to its `Status: Downloaded newer image for …`',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-http-response-then-pulled',
    text: [
      '$ docker pull 10.0.0.5:5000/team/api:1.2',
      'Error response from daemon: Get "https://10.0.0.5:5000/v2/": http: server gave HTTP response to HTTPS client',
      '$ sudo systemctl restart docker',
      '$ docker pull 10.0.0.5:5000/team/api:1.2',
      '1.2: Pulling from team/api',
      'a1b2c3d4e5f6: Pull complete',
      `Digest: sha256:${'7a'.repeat(32)}`,
      'Status: Downloaded newer image for 10.0.0.5:5000/team/api:1.2',
    ].join('\n'),
  },
  {
    source: "the same words in a guide's sentence, no request of the daemon's",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-http-response-in-a-sentence',
    text: 'If a pull says http: server gave HTTP response to HTTPS client, add the registry to "insecure-registries" in daemon.json.',
  },
];

const pullCutRows: Row[] = [
  {
    source: "docker/cli pull.go → jsonmessage.DisplayJSONMessagesStream: the stream's error on its own line, Go's io.ErrUnexpectedEOF",
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'pull-downloading-unexpected-eof',
    text: [
      '$ docker pull python:3.12',
      '3.12: Pulling from library/python',
      'a1b2c3d4e5f6: Pull complete',
      'b2c3d4e5f6a7: Downloading [=======>                                           ]  7.34MB/48.5MB',
      'c3d4e5f6a7b8: Waiting',
      'unexpected EOF',
    ].join('\n'),
  },
  {
    source: "distribution errcode UNAUTHORIZED (`unauthorized: authentication required`) on a blob after the pull's token expired",
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'pull-token-expired-midway',
    text: [
      '$ docker pull acme/big-model:2.0',
      '2.0: Pulling from acme/big-model',
      '0a1b2c3d4e5f: Pull complete',
      '1b2c3d4e5f60: Extracting [=================>                                 ]  512.1MB/1.4GB',
      '2c3d4e5f6071: Downloading [====>                                              ]  201.4MB/2.9GB',
      '',
      'unauthorized: authentication required',
    ].join('\n'),
  },
  {
    source: "Go's net error for a read of the registry's CDN connection, bare under the progress",
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'pull-read-reset',
    text: [
      '$ docker pull node:20',
      '20: Pulling from library/node',
      '9f8e7d6c5b4a: Retrying in 5 seconds',
      'read tcp 192.168.1.20:51544->104.16.101.215:443: read: connection reset by peer',
    ].join('\n'),
  },
  {
    source: 'moby distribution/xfer/download.go: `logrus.Infof("Download failed, retrying (%d/%d): %v", …)` in journalctl -u docker',
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'dockerd-download-failed-retrying',
    text: [
      '$ journalctl -u docker --since "5 min ago"',
      'Mar 02 10:14:03 box dockerd[812]: time="2024-03-02T10:14:03.112233445Z" level=info msg="Download failed, retrying (2/5): unexpected EOF"',
    ].join('\n'),
  },
  {
    source: 'the cut pull, then the same pull again to its `Status: Downloaded newer image for …` (moby distribution/pull.go)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-pull-cut-then-complete',
    text: [
      '$ docker pull python:3.12',
      '3.12: Pulling from library/python',
      'b2c3d4e5f6a7: Downloading [=======>                                           ]  7.34MB/48.5MB',
      'unexpected EOF',
      '$ docker pull python:3.12',
      '3.12: Pulling from library/python',
      'a1b2c3d4e5f6: Already exists',
      'b2c3d4e5f6a7: Pull complete',
      `Digest: sha256:${'4f'.repeat(32)}`,
      'Status: Downloaded newer image for python:3.12',
      'docker.io/library/python:3.12',
    ].join('\n'),
  },
  {
    source: "the cut pull, then the client's ErrorConnectionFailed (moby client/errors.go): the later error answers",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-pull-cut-then-daemon-down',
    text: [
      '$ docker pull python:3.12',
      'b2c3d4e5f6a7: Downloading [=======>                                           ]  7.34MB/48.5MB',
      'unexpected EOF',
      '$ docker pull python:3.12',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
  {
    source: "the same bare line under no pull's progress (a docker login's answer cut)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-unexpected-eof-no-progress',
    text: ['$ docker login', 'unexpected EOF'].join('\n'),
  },
  {
    source: "a sentence between the progress and the words: the pull's stream ended before it",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-progress-then-sentence',
    text: [
      'b2c3d4e5f6a7: Downloading [=======>                                           ]  7.34MB/48.5MB',
      'and then the browser said',
      'unexpected EOF',
    ].join('\n'),
  },
  {
    source: "another program's `Download failed, retrying (1/3)` (a Python logger), not dockerd's logrus line",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-other-download-retry',
    text: 'WARNING:fetch:Download failed, retrying (1/3): unexpected EOF',
  },
];

const unauthorizedRows: Row[] = [
  {
    source: "moby's pull wrapping the manifest's request, Docker Hub's UNAUTHORIZED message for stored credentials it refuses",
    check: 'install',
    want: ['problem', 'image-not-found'],
    id: 'pull-manifest-incorrect-password',
    text: [
      '$ docker pull acme/app',
      'Using default tag: latest',
      'Error response from daemon: Head "https://registry-1.docker.io/v2/acme/app/manifests/latest": unauthorized: incorrect username or password',
    ].join('\n'),
  },
  {
    source: 'distribution errcode ErrorCodeUnauthorized `authentication required` under docker run (Docker 18, URL unquoted)',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'run-manifest-authentication-required',
    text: [
      '$ docker run -d -p 9200:9200 registry.example.com/search/engine:7.9',
      "Unable to find image 'registry.example.com/search/engine:7.9' locally",
      'docker: Error response from daemon: Get https://registry.example.com/v2/search/engine/manifests/7.9: unauthorized: authentication required.',
      "See 'docker run --help'.",
    ].join('\n'),
  },
  {
    source: "docker login's refusal (its request is /v2/ itself, no manifest): not an image's name",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-login-incorrect-password',
    text: [
      '$ docker login -u acme',
      'Password:',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    ].join('\n'),
  },
];

const mirrorRows: Row[] = [
  {
    source: 'docker/cli cli/command/system/info.go prettyPrintServerInfo: ` Registry Mirrors:`, then `  <url>` each',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'info-registry-mirrors-alone',
    text: ['$ docker info | grep -A 2 "Registry Mirrors"', ' Registry Mirrors:', '  https://mirror.gcr.io/'].join('\n'),
  },
  {
    source: 'the same lines kept as `#` comments under the command in a script',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'info-registry-mirrors-commented',
    text: ['sudo docker info 2>&1 | grep -A 3 "Registry Mirrors"', '# Registry Mirrors:', '#   https://mirror.example.cn/'].join('\n'),
  },
  {
    source: "docker info's whole Server part with its mirrors: the daemon's answer",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-info-whole-with-mirrors',
    text: [
      '$ docker info',
      'Server:',
      ' Containers: 2',
      '  Running: 1',
      '  Paused: 0',
      '  Stopped: 1',
      ' Images: 5',
      ' Server Version: 27.3.1',
      ' Storage Driver: overlay2',
      ' Registry Mirrors:',
      '  https://mirror.gcr.io/',
      ' Live Restore Enabled: false',
    ].join('\n'),
  },
  {
    source: 'the heading in a sentence, no mirror under it',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-mirrors-heading-sentence',
    text: ['Check the output for Registry Mirrors:', 'it should list the mirror you set.'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a registry that speaks plain HTTP', plainHttpRows],
  ['a pull cut while its layers came in', pullCutRows],
  ["the registry's UNAUTHORIZED on the manifest", unauthorizedRows],
  ["docker info's registry mirrors alone", mirrorRows],
];

describe.each(families)('cw204 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
