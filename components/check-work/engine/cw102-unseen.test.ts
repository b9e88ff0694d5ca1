/*
 * cw102: holdout81–84's misses of the app-logs, crashes and install family (README "holdout81–84: app logs, crashes and install
 * (holdout81, holdout82, holdout84) (cw102)"). Each row is a variation a learner would paste (other versions, names, ports, layouts,
 * programs of the same kind), never the paste itself, which moved to ../corpus/; its `source` names where the words come from.
 * Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const spanRows: Row[] = [
  {
    source: 'CPython Lib/argparse.py ArgumentParser.error ("%(prog)s: error: %(message)s"), quoted at the end of a sentence',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'argparse-required-port-trailing-span',
    text: 'My container stops right after docker start. The log says `app.py: error: the following arguments are required: --port` ',
  },
  {
    source: 'CPython Lib/argparse.py ("unrecognized arguments: %s"), a French sentence, the span ending the line',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'argparse-unrecognized-fr',
    text: "Le conteneur s'arrête tout de suite, et `docker logs dash-app` affiche `main.py: error: unrecognized arguments: --host=0.0.0.0`",
  },
  {
    source: 'CPython Modules/main.c pymain_run_file ("%ls: can\'t open file %R: [Errno %d] %s"), quoted after a Japanese sentence',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'python-cant-open-ja-span',
    text: "コンテナがすぐに停止し、ログは `python3: can't open file '/app/app.py': [Errno 2] No such file or directory`",
  },
  {
    source: 'dash src/exec.c shellexec ("%s: %d: " then "%s: not found"), quoted at the end of the line',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'dash-not-found-span',
    text: 'The container exits with code 127 and the only log line is `/bin/sh: 1: gunicorn: not found`',
  },
  {
    source: 'click core.py UsageError ("Error: No such option: %s"), after a sentence that names the command in its own span',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'click-no-such-option-span',
    text: 'When I run `docker logs web` I see `Error: No such option: --bind` ',
  },
  {
    source: "guard: a learner's own tool missing in a trailing span (start-failures.ts lookingTool): not the container's program",
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-curl-not-found-span',
    text: 'Inside the container I tried to test it but got `bash: curl: command not found`',
  },
];

const goRows: Row[] = [
  {
    source: 'Go net/ipsock.go SplitHostPort AddrError "missing port in address", in net.Listen\'s OpError (panic)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'go-missing-port-panic',
    text: '$ docker logs api\npanic: listen tcp: address 8050: missing port in address\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:42 +0x1c5',
  },
  {
    source: 'Go net/port.go parsePort AddrError "invalid port", logged by log.Fatal with its date',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'go-invalid-port-log-fatal',
    text: '2024/05/01 10:00:00 listen tcp: address 80500: invalid port',
  },
  {
    source: 'Go net lookupPort DNSError "lookup tcp/%s: unknown port" (a PORT variable left unexpanded)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'go-unknown-port-env',
    text: 'Error: listen tcp: lookup tcp/$PORT: unknown port',
  },
  {
    source: 'Go net/ipsock.go "too many colons in address" (an IPv6 address without brackets) under Compose v2\'s prefix',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'go-too-many-colons-compose',
    text: '$ docker compose logs web\nweb-1  | 2024/07/10 08:00:01 Starting server on :::8050\nweb-1  | 2024/07/10 08:00:01 listen tcp: address :::8050: too many colons in address\nweb-1 exited with code 1',
  },
  {
    source: 'Node lib/internal/errors.js ERR_SOCKET_BAD_PORT (16+: "options.port should be >= 0 and < 65536. Received type number (%s).")',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'node16-bad-port',
    text: "node:net:1817\n    throw new ERR_SOCKET_BAD_PORT('options.port', port, true);\n    ^\n\nRangeError [ERR_SOCKET_BAD_PORT]: options.port should be >= 0 and < 65536. Received type number (80500).\n    at Server.listen (node:net:1817:5)",
  },
  {
    source: 'Node 10-12 lib/internal/errors.js ERR_SOCKET_BAD_PORT ("Port should be >= 0 and < 65536. Received %s.")',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'node12-bad-port',
    text: 'RangeError [ERR_SOCKET_BAD_PORT]: Port should be >= 0 and < 65536. Received 805000.',
  },
  {
    source: "guard: Go's listen on an address in use (syscall EADDRINUSE) is the port's answer, not a crash of its own kind",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-go-address-in-use',
    text: 'panic: listen tcp 0.0.0.0:8050: bind: address already in use',
  },
];

const sentenceRows: Row[] = [
  {
    source: 'nginx src/core/ngx_connection.c ("bind() to %V failed" with the errno), told in a sentence that starts with docker',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'docker-compose-sentence-nginx-bind',
    text: 'docker compose is running fine, but nginx keeps logging "bind() to 0.0.0.0:8050 failed (98: Address already in use)" in a loop.',
  },
  {
    source: 'CPython OSError "[Errno 98] Address already in use", told after "docker seems ok,"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'docker-seems-ok-errno-98',
    text: 'docker seems ok, but my app says OSError: [Errno 98] Address already in use when it starts.',
  },
  {
    source: 'CPython Modules/main.c in a span, after a sentence that starts "docker container keeps restarting,"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'docker-container-keeps-restarting-span',
    text: "docker container keeps restarting, the log shows `python: can't open file '/app/app.py': [Errno 2] No such file or directory`",
  },
  {
    source: "guard: a mistyped docker command with no sentence's shape stays a command (docker/cli answers `unknown command`)",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-docker-typo-command',
    text: 'docker rn -p 8050:8050 --name dash-app e4l-python-graph',
  },
];

const clientRows: Row[] = [
  {
    source: 'curl (a bare host is http, port 80: RFC 9110 §4.2) printing a Flask body under `docker run -p 80:5000`',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-localhost-no-port-flask-body',
    text: '$ docker run -d -p 80:5000 --name hello flask-hello\n$ curl localhost\nHello, World!',
  },
  {
    source: 'wget -qO- (GNU wget, the body on stdout) at http://localhost under a compose file\'s "80:80", nginx\'s page',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'wget-qo-localhost-compose-80',
    text: 'services:\n  web:\n    image: nginx:alpine\n    ports:\n      - "80:80"\n$ wget -qO- http://localhost\n<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>',
  },
  {
    source: "curl -k https://localhost (https' port 443) answering under `-p 443:8443`",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-https-localhost-443-8443',
    text: '$ docker run -d -p 443:8443 --name api my-api\n$ curl -k https://localhost\nOK',
  },
  {
    source: "Express' finalhandler 404 body (`Cannot GET /`) at a port given in the URL, under `-p 3000:3000`",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-express-cannot-get',
    text: '$ docker run -d -p 3000:3000 node-app\n$ curl http://127.0.0.1:3000\nCannot GET /',
  },
  {
    source: "Docker's getting-started (docker run -d -p 80:80 docker/getting-started), curl's bare URL in quotes",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-quoted-url-getting-started',
    text: '$ docker run -d -p 80:80 docker/getting-started\n$ curl "http://localhost/"\n<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
  },
  {
    source: "guard: curl's own refusal at port 80 (curl 7.80+ `Failed to connect to localhost port 80 after 0 ms`) is no answer",
    check: 'reach:listening',
    // Stop 58 (cw182): a refusal at the one port the run publishes, which leads elsewhere than 8050, is that mapping's answer.
    want: ['problem', 'ports-swapped'],
    id: 'guard-curl-localhost-refused',
    text: '$ docker run -d -p 80:80 nginx\n$ curl http://localhost\ncurl: (7) Failed to connect to localhost port 80 after 0 ms: Connection refused',
  },
  {
    source: "guard: a body at the lesson's own port is never an ok (no ok from a client's answer alone)",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-curl-8050-body',
    text: '$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph\n$ curl localhost:8050\nHello from Dash',
  },
];

const phpRows: Row[] = [
  {
    source: 'php-src sapi/cli/php_cli_server.c 8.x ("[%s] %s [%d]: %s %s": date, client, status, method, URI)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'php8-cli-server-request',
    text: '$ docker logs adminer\n[Tue Mar  5 09:15:30 2024] 172.17.0.1:40512 Accepted\n[Tue Mar  5 09:15:30 2024] 172.17.0.1:40512 [200]: GET /\n[Tue Mar  5 09:15:30 2024] 172.17.0.1:40512 Closing',
  },
  {
    source: 'php-src sapi/cli/php_cli_server.c 7.3 and before ("%s [%d]: %s", the URI only, and " - %s" for an error)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'php7-cli-server-404',
    text: '[Wed Jun 12 14:02:11 2019] 172.18.0.1:54230 [200]: /\n[Wed Jun 12 14:02:11 2019] 172.18.0.1:54232 [404]: /favicon.ico - No such file or directory',
  },
  {
    source: "php-src php_cli_server.c under Compose v1's prefix, an IPv6-mapped Docker client in brackets",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'php-compose-v1-ipv6-mapped',
    text: 'adminer_1  | [Sun Feb  6 03:26:18 2022] [::ffff:172.20.0.1]:51234 [200]: GET /?server=db',
  },
  {
    source: "guard: PHP's requests from the container's own loopback are no requests through Docker",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-php-loopback-requests',
    text: '[Tue Mar  5 09:15:30 2024] [::1]:40512 [200]: GET /\n[Tue Mar  5 09:15:31 2024] 127.0.0.1:40514 [200]: GET /index.php',
  },
];

const installRows: Row[] = [
  {
    source: "docker/cli image/list.go (the header only from the daemon's reply), under the author's `Output:` label",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'images-output-label',
    text: '$ docker images\nOutput:\nREPOSITORY    TAG       IMAGE ID       CREATED        SIZE\nhello-world   latest    d2c94e258dcb   7 months ago   13.3kB',
  },
  {
    source: 'docker/cli volume/list.go, a French label (`Résultat :`)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'volume-ls-resultat-fr',
    text: '$ docker volume ls\nRésultat :\nDRIVER    VOLUME NAME\nlocal     pgdata',
  },
  {
    source: 'docker/cli network/list.go, a Chinese label with a full-width colon',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'network-ls-zh-label',
    text: 'docker network ls\n\n输出：\n\nNETWORK ID     NAME      DRIVER    SCOPE\n3c2b1a0f9e8d   bridge    bridge    local\n7d6e5f4a3b2c   host      host      local\n1a2b3c4d5e6f   none      null      local',
  },
  {
    source: "guard: the client's error under the label (docker/cli's `Cannot connect to the Docker daemon …`)",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-images-label-daemon-down',
    text: '$ docker images\nOutput:\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  },
  {
    source: 'moby daemon/create.go platform warning alone (docker/cli prints `WARNING: %s`), an M1 without /v8',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'platform-warning-alone-arm64',
    text: "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64) and no specific platform was requested",
  },
  {
    source: 'moby daemon/create.go platform warning under the run line, the learner asking how to install',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'platform-warning-run-line-question',
    text: "$ docker run -it ubuntu:18.04 bash\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nIs Docker installed correctly?",
  },
  {
    source: 'guard: cw46, the warning then the full ID of the container the daemon created (docker run -d)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-platform-warning-then-id',
    text: "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\n4f2a1b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a",
  },
];

const families: [string, Row[]][] = [
  ["a crash line quoted at a sentence's end (its closing backtick taken)", spanRows],
  ['a server refused the listen address it was given', goRows],
  ['a sentence that starts with the word docker', sentenceRows],
  ["a client's answer at a URL's default port, or a body of plain text", clientRows],
  ["PHP's built-in server's request lines", phpRows],
  ['lesson 3: a listing under a label, the platform warning alone', installRows],
];

describe.each(families)('cw102 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
