/*
 * cw121 (stop 44): holdout95–98's compose and networks misses by class (README "holdout95-98: compose and networks (cw121)").
 * - Windows' ping.exe, whose lookup of a service's name failed (`Ping request could not find host …`);
 * - Go's resolver when Docker's DNS itself did not answer (`lookup x on 127.0.0.11:53: read udp …: read: connection refused`);
 * - a failed lookup whose stack trace pushed it out of a stopped service's last five lines;
 * - the shell's `not found` for the container's program, told after a word of an error in a sentence;
 * - Compose's refusal to build with a buildx older than it needs.
 * Each row is a variation a learner would paste, never the paste itself (which moved to ../corpus/); its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const pingRows: Row[] = [
  {
    source: 'Windows ping.exe\'s message "Ping request could not find host %s. Please check the name and try again." (docker/for-win#5758)',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'win-ping-unquoted-powershell',
    text: 'PS C:\\lab> docker exec -it web ping db\nPing request could not find host db. Please check the name and try again.',
  },
  {
    source: 'the same ping.exe line at lesson 7 (Windows containers on the nat network)',
    check: 'compose',
    want: ['problem', 'upstream-host-not-found'],
    id: 'win-ping-compose',
    text: 'PS C:\\lab> docker exec -it web ping db\nPing request could not find host db. Please check the name and try again.',
  },
  {
    source: 'ping.exe\'s German message table: Ping-Anforderung konnte Host "%s" nicht finden.',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'win-ping-german',
    text: 'C:\\>docker exec proxy ping web\nPing-Anforderung konnte Host "web" nicht finden. Überprüfen Sie den Namen, und versuchen Sie es erneut.',
  },
  {
    source: 'a dotted public host is no service name (CONVENTIONS §2.6, "Failed lookup of a one-label service name")',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-win-ping-dotted-host',
    text: 'C:\\>ping www.example.com\nPing request could not find host www.example.com. Please check the name and try again.',
  },
  {
    source: "ping.exe's answer when the name resolves (`Pinging web [172.18.0.3] with 32 bytes of data:`): no lookup failed",
    check: 'networks',
    want: 'not ok',
    id: 'guard-win-ping-resolves',
    text: 'C:\\>docker exec proxy ping web\n\nPinging web [172.18.0.3] with 32 bytes of data:\nReply from 172.18.0.3: bytes=32 time<1ms TTL=128',
  },
];

const dnsRows: Row[] = [
  {
    source: "golang/go net/dnsclient_unix.go DNSError `lookup %s on %s: %s` with the exchange's OpError `read udp …: i/o timeout`",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'go-lookup-embedded-dns-timeout',
    text: 'web-1  | 2024/05/02 10:00:01 dial tcp: lookup db on 127.0.0.11:53: read udp 127.0.0.1:50602->127.0.0.11:53: i/o timeout',
  },
  {
    source: "the same DNSError with `read: connection refused` (docker/compose#2848, Docker 1.10's embedded DNS), under v1's prefix",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'go-lookup-embedded-dns-refused-panic',
    text: 'api_1    | panic: dial tcp: lookup redis on 127.0.0.11:53: read udp 127.0.0.1:41780->127.0.0.11:53: read: connection refused',
  },
  {
    source: "the daemon's pull through a DNS that timed out, a registry's dotted name: registry-unreachable as before",
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'guard-registry-lookup-timeout',
    text: '$ docker pull python:3.12-slim\nError response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 192.168.65.5:53: read udp 192.168.65.3:41234->192.168.65.5:53: i/o timeout',
  },
];

const frames = (prefix: string, frame: (i: number) => string) => Array.from({ length: 7 }, (_, i) => `${prefix}${frame(i)}`).join('\n');
const nodeFrames = frames('app_1  |     ', (i) => `at Module._compile (node:internal/modules/cjs/loader:${1100 + i}:14)`);
const javaFrames = frames(
  'web-1  | \t',
  (i) => `at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:${200 + i})`,
);

const traceRows: Row[] = [
  {
    source: "node's `Error: getaddrinfo ENOTFOUND db db:5432` (lib/dns.js) above seven V8 frames, then Compose v1's exit line",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'node-enotfound-long-trace-networks',
    text: `app_1  | Error: getaddrinfo ENOTFOUND db db:5432\n${nodeFrames}\napp_app_1 exited with code 1`,
  },
  {
    source: "PgJDBC's `Caused by: java.net.UnknownHostException: postgres` above Java's tab-indented frames, Compose v2's exit line",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'java-unknownhost-long-trace-networks',
    text: `web-1  | org.postgresql.util.PSQLException: The connection attempt failed.\nweb-1  | Caused by: java.net.UnknownHostException: postgres\n${javaFrames}\nweb-1 exited with code 1`,
  },
  {
    source: 'the same at lesson 7: the stopped service first (CONVENTIONS §2.6, h28-botpress1699)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-node-enotfound-long-trace-compose',
    text: `app_1  | Error: getaddrinfo ENOTFOUND db db:5432\n${nodeFrames}\napp_app_1 exited with code 1`,
  },
  {
    source: "node's `Error: Cannot find module 'express'` above the same frames: no lookup, the stop stays",
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-node-crash-long-trace-networks',
    text: `app_1  | Error: Cannot find module 'express'\n${nodeFrames}\napp_app_1 exited with code 1`,
  },
];

const toldRows: Row[] = [
  {
    source: 'dash src/exec.c `%s: %d: %s: not found` told after "the error:" in a sentence (docker/docs#19382\'s shape), uvicorn',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'told-dash-not-found-compose',
    text: 'When I run docker compose up the web container stops with the error: /bin/sh: 1: uvicorn: not found',
  },
  {
    source: 'the same at lesson 8',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'told-dash-not-found-networks',
    text: 'When I run docker compose up the web container stops with the error: /bin/sh: 1: uvicorn: not found',
  },
  {
    source: "dash as `sh`, the learner's fix in the next paragraph",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'told-sh-not-found-fix-after',
    text: 'Following the tutorial I get the error sh: 1: flask: not found\n\nAdding flask to requirements.txt fixed it.',
  },
  {
    source: 'bash execute_cmd.c `%s: command not found` in an entrypoint script (`line N:`), told after "this message:"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'told-entrypoint-command-not-found',
    text: 'The container logs show this message: /docker-entrypoint.sh: line 7: gunicorn: command not found',
  },
  {
    source: "a tool the learner typed to look (curl) is not the container's program (start-failures.ts lookingTool)",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-told-curl-not-found',
    text: 'I got the error  /bin/sh: 1: curl: not found',
  },
];

const buildxRows: Row[] = [
  {
    source: 'docker/compose pkg/compose getBuildxPlugin `compose build requires buildx %s or later` (buildxMinVersion 0.17.0)',
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'compose-buildx-too-old-up-build',
    text: '$ docker compose up -d --build\ncompose build requires buildx 0.17.0 or later',
  },
  {
    source: 'the same under docker-compose (Compose v2 as the standalone binary) in PowerShell, the version as "0.17", at lesson 8',
    check: 'networks',
    want: ['problem', 'build-failed'],
    id: 'compose-buildx-too-old-networks',
    text: 'PS C:\\dash-app> docker-compose up --build\ncompose build requires buildx 0.17 or later',
  },
  {
    source: "the wording with the installed plugin after it (`.` then `Installed docker-buildx: … (plugin path: …)`, ddev's check)",
    check: 'compose',
    want: ['problem', 'build-failed'],
    id: 'compose-buildx-installed-version-after',
    text: '$ docker compose build web\ncompose build requires buildx 0.17.0 or later.\nInstalled docker-buildx: 0.11.2 (plugin path: "/usr/libexec/docker/cli-plugins/docker-buildx")',
  },
  {
    source: "Compose's warning that it falls back from bake (no failure: the build goes on)",
    check: 'compose',
    want: 'not ok',
    id: 'guard-bake-warning',
    text: "WARN[0000] Docker Compose is configured to build using Bake, but buildx isn't installed",
  },
];

const families: [string, Row[]][] = [
  ["Windows ping's failed lookup", pingRows],
  ["Go's lookup when Docker's DNS did not answer", dnsRows],
  ['a failed lookup above a long stack trace', traceRows],
  ["the shell's not found told in a sentence", toldRows],
  ['Compose refusing to build with an old buildx', buildxRows],
];

describe.each(families)('cw121 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
