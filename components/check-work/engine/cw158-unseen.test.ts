/*
 * cw158 (stop 53): holdout141 and 143's misses, by class, each row a short paste on a real program's format (`source` names it),
 * never a holdout paste:
 * - bash's refusal of a bare `docker` with its line mark in the user's language (error.c error_prolog `_("%s: line %d: ")` through
 *   gettext: `строка 1:`, `줄 1:`, `Zeile 1:`) → Docker is not installed;
 * - the daemon refusing to unpack a legacy build's context (moby pkg/chrootarchive `Error processing tar file(%v): %s` after
 *   docker/cli's `Sending build context to Docker daemon`) → the image was not built;
 * - Windows' socket errors 10013 and 10048 named by their number whatever the words' language (CPython's `[WinError %d]`,
 *   Apache httpd's `(OS %d)` before make_sock's AH00072) → the port is taken;
 * - Apache httpd refusing its configuration at start (config.c AH00526 `Syntax error on line %d of %s:`, ap_read_config's
 *   `httpd: Syntax error on line …: …`), then exiting 1 → the container stopped.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const shellRows: Row[] = [
  {
    source: 'bash error.c error_prolog in a Russian locale (po/ru.po "%s: строка %d: "), bash -c running docker',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'bash-ru-line-mark',
    text: ['$ bash -c "docker version"', 'bash: строка 1: docker: команда не найдена'].join('\n'),
  },
  {
    source: 'bash error.c error_prolog in a Korean locale (po/ko.po `줄 %d`), the shell named by its path',
    check: 'run',
    want: ['problem', 'docker-not-found'],
    id: 'bash-ko-line-mark-path',
    text: ['/usr/bin/bash: 줄 1: docker: 명령어를 찾을 수 없음'].join('\n'),
  },
  {
    source: "bash's German catalogue (`Zeile` for error_prolog's line) under bash -c",
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'bash-de-line-mark',
    text: ['$ bash -c "docker ps"', 'bash: Zeile 1: docker: Befehl nicht gefunden'].join('\n'),
  },
  {
    source: 'guard: the same line mark for docker-compose stays Compose not installed (cw145)',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'guard-bash-ru-docker-compose',
    text: ['$ bash -c "docker-compose up -d"', 'bash: строка 1: docker-compose: команда не найдена'].join('\n'),
  },
  {
    source: 'guard: the English line mark keeps its answer',
    check: 'install',
    want: ['problem', 'docker-not-found'],
    id: 'guard-bash-en-line-mark',
    text: ['$ bash -c "docker version"', 'bash: line 1: docker: command not found'].join('\n'),
  },
];

const contextRows: Row[] = [
  {
    source:
      "docker/cli build.go `Sending build context to Docker daemon  %s`, then moby chrootarchive invokeUnpack's error as the daemon's answer",
    check: 'run',
    want: ['problem', 'build-failed'],
    id: 'legacy-build-context-eof',
    text: [
      '$ docker build -t myapp .',
      'Sending build context to Docker daemon  2.048kB',
      'Error response from daemon: Error processing tar file(exit status 1): unexpected EOF',
    ].join('\n'),
  },
  {
    source: "docker-compose v1 building with the legacy builder (`Building web`, then `ERROR: ` before the daemon's error), a disk full",
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'compose-v1-build-context-no-space',
    text: [
      '$ docker-compose up -d --build',
      'Building web',
      'Sending build context to Docker daemon  45.06MB',
      'ERROR: Error processing tar file(exit status 1): write /app/data/big.bin: no space left on device',
    ].join('\n'),
  },
  {
    source: 'guard: a pull whose layer the daemon could not unpack (moby layer store `failed to register layer: …`) is no build',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-pull-register-layer',
    text: [
      '$ docker build -t myapp .',
      'Sending build context to Docker daemon  2.048kB',
      'Successfully built 0123456789ab',
      '$ docker pull nginx',
      'Using default tag: latest',
      'latest: Pulling from library/nginx',
      'failed to register layer: Error processing tar file(exit status 1): unexpected EOF',
      '$ docker pull nginx',
      'Using default tag: latest',
      'latest: Pulling from library/nginx',
      'Digest: sha256:0e188877aa60537d1a1c6484b8c3929cfe09988145327ee47e8e91ddf6f76f5c',
      'Status: Downloaded newer image for nginx:latest',
    ].join('\n'),
  },
  {
    source: 'guard: docker cp into a container refused with the same words (moby archive PUT, chrootarchive) under its own command',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-cp-tar-error',
    text: [
      '$ docker cp ./site web:/usr/share/nginx/html',
      'Error response from daemon: Error processing tar file(exit status 1): unexpected EOF',
    ].join('\n'),
  },
];

const winsockRows: Row[] = [
  {
    source: "CPython Objects/exceptions.c OSError_str `[WinError %d] %s`, WSAEACCES in a Japanese Windows' words (uvicorn's bind)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'winerror-10013-ja',
    text: [
      'PS C:\\app> python -m uvicorn main:app --port 8050',
      'ERROR:    [WinError 10013] アクセス許可で禁じられた方法でソケットにアクセスしようとしました。',
    ].join('\n'),
  },
  {
    source: "CPython's `[WinError 10048]` (WSAEADDRINUSE) in a Chinese Windows' words, a Flask server on the host",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'winerror-10048-zh',
    text: ['OSError: [WinError 10048] 通常每个套接字地址(协议/网络地址/端口)只允许使用一次。'].join('\n'),
  },
  {
    source: 'Apache httpd server/log.c `(OS %d)` for a Windows status, then listen.c make_sock AH00072 with the address',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'apache-os-10048-make-sock',
    text: [
      'C:\\Apache24\\bin> httpd.exe',
      '(OS 10048)Only one usage of each socket address (protocol/network address/port) is normally permitted.  : AH00072: make_sock: could not bind to address 0.0.0.0:8050',
      'AH00451: no listening sockets available, shutting down',
    ].join('\n'),
  },
  {
    source: 'guard: urllib3 connecting, refused by a firewall with WSAEACCES (`Failed to establish a new connection: [WinError 10013]`)',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-winerror-10013-connect',
    text: [
      "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8050): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x000001>: Failed to establish a new connection: [WinError 10013] 액세스 권한에 의해 숨겨진 소켓에 액세스를 시도했습니다'))",
    ].join('\n'),
  },
  {
    source: "guard: Apache on Linux, `(13)Permission denied` before AH00072, stays the server's own failure at start (cw89), no port taken",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-apache-linux-13',
    text: ['(13)Permission denied: AH00072: make_sock: could not bind to address 0.0.0.0:80'].join('\n'),
  },
];

const httpdRows: Row[] = [
  {
    source: "Apache httpd config.c ap_process_config_tree APLOGNO(00526) and the directive's error, a foreground docker run",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'httpd-ah00526-run',
    text: [
      '$ docker run -p 8050:80 my-site',
      'AH00526: Syntax error on line 52 of /usr/local/apache2/conf/httpd.conf:',
      "Invalid command 'RewriteEngine', perhaps misspelled or defined by a module not included in the server configuration",
    ].join('\n'),
  },
  {
    source: 'Apache httpd config.c ap_read_config `"%s: %s", ap_server_argv0, errmsg` (a module it cannot load), in docker logs',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'httpd-read-config-logs',
    text: [
      '$ docker logs dash-app',
      'httpd: Syntax error on line 150 of /usr/local/apache2/conf/httpd.conf: Cannot load modules/mod_foo.so into server: /usr/local/apache2/modules/mod_foo.so: cannot open shared object file: No such file or directory',
    ].join('\n'),
  },
  {
    source: "Debian's apache2 (ap_server_argv0 `apache2`) refusing an Include, in docker logs",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'apache2-debian-read-config',
    text: [
      '$ docker logs dash-app',
      'apache2: Syntax error on line 225 of /etc/apache2/apache2.conf: Could not open configuration file /etc/apache2/sites-enabled/site.conf: No such file or directory',
    ].join('\n'),
  },
  {
    source: "guard: the words quoted in a sentence are no program's line",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-httpd-quoted',
    text: ['My container says "AH00526: Syntax error on line 52 of httpd.conf:" and I do not know why.'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["bash's refusal of docker with its line mark in the user's language", shellRows],
  ["the daemon refusing to unpack a legacy build's context", contextRows],
  ["Windows' socket errors 10013 and 10048 by their number", winsockRows],
  ['Apache httpd refusing its configuration at start', httpdRows],
];

describe.each(families)('cw158 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
