/*
 * cw119 (stop 44): holdout95-98's reach:listening and reach:running misses by class (README "holdout95-98: reach:listening and
 * reach:running (cw119)").
 * - Rails' `Exiting` after a failure told more lines above than the log's last ones, and Compose's non-zero exit line of that service;
 * - a Procfile runner (foreman, honcho) telling one of its processes ended with a failing code: it stops them all, and the container;
 * - `docker events` lines hard-wrapped at a Windows console's width;
 * - the daemon's API refusal inside a Go program's own fatal log line (logrus, zerolog): that program's container crashed;
 * - a dev server's Local/Network labels retold with the URL in parentheses, and a start script's "connect to" bridge address retold;
 * - a loopback bind told, and in the same paste the fix told (every address instead of loopback).
 * Each row is a variation a learner would paste, never the paste itself (which moved to ../corpus/); its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

/** A container ID as docker events prints it (64 hex digits). */
const id64 = '9a8b7c6d5e4f3a2b1c0d'.repeat(4).slice(0, 64);
/** A line hard-wrapped at a console's width, as it is copied. */
const wrap = (l: string, w: number) => l.match(new RegExp(`.{1,${w}}`, 'g'))!.join('\n');
type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };
const banner = (p: string) =>
  [
    `${p}=> Booting Puma`,
    `${p}=> Rails 6.1.4 application starting in development`,
    `${p}=> Run \`bin/rails server --help\` for more startup options`,
    `${p}error Integrity check failed`,
    `${p}error Found 1 errors.`,
    `${p}`,
    `${p}========================================`,
    `${p}  Your Yarn packages are out of date!`,
    `${p}  Please run \`yarn install --check-files\` to update.`,
    `${p}========================================`,
    `${p}`,
    `${p}To disable this check, please change \`check_yarn_integrity\``,
    `${p}to \`false\` in your webpacker config file (config/webpacker.yml).`,
    `${p}`,
    `${p}yarn check v1.22.19`,
    `${p}info Visit https://yarnpkg.com/en/docs/cli/check for documentation about this command.`,
    `${p}Exiting`,
  ].join('\n');
const rows: Row[] = [
  {
    id: 'rails-exiting-v2-exit-1',
    source: 'webpacker check_yarn_integrity banner, railties "Exiting", compose v2 printer "exited with code 1"',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    text: `$ docker compose up\n${banner('web-1  | ')}\nweb-1 exited with code 1`,
  },
  {
    id: 'rails-exiting-v1-app-exit-1',
    source: 'the same under compose v1 log_printer ("app_1  | ", "%s exited with code %s")',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    text: `${banner('app_1  | ')}\nmyapp_app_1 exited with code 1`,
  },
  {
    id: 'guard-rails-exiting-ctrl-c-exit-0',
    source: 'Ctrl+C: puma "- Gracefully stopping", railties "Exiting", compose v2 "exited with code 0"',
    check: 'reach:listening',
    want: 'not ok',
    text: `web-1  | => Booting Puma\nweb-1  | * Listening on http://0.0.0.0:3000\nweb-1  | - Gracefully stopping, waiting for requests to finish\nweb-1  | Exiting\nweb-1 exited with code 0`,
  },
  {
    id: 'guard-rails-exiting-sigterm-143',
    source: 'docker compose stop: railties "Exiting", then "exited with code 143"',
    check: 'reach:listening',
    want: 'not ok',
    text: `${banner('web-1  | ')}\nweb-1 exited with code 143`,
  },
  {
    id: 'foreman-worker-exit-1',
    source:
      'ddollar/foreman engine.rb termination_message_for "exited with code %d", terminate_gracefully "sending SIGTERM to all processes"',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: `12:01:07 web.1    | started with pid 8\n12:01:07 worker.1 | started with pid 9\n12:01:09 worker.1 | exited with code 1\n12:01:09 system   | sending SIGTERM to all processes\n12:01:09 web.1    | terminated by SIGTERM`,
  },
  {
    id: 'foreman-terminated-sigsegv-listening',
    source: 'foreman termination_message_for "terminated by SIG%s" (SEGV)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    text: `$ docker logs app\n09:14:02 web.1    | [1] Puma starting in cluster mode...\n09:14:03 web.1    | terminated by SIGSEGV\n09:14:03 system   | sending SIGTERM to all processes`,
  },
  {
    id: 'honcho-stopped-rc-1',
    source: 'nickstenning/honcho manager.py "%s stopped (rc=%s)" under system',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: `10:00:01 system | web.1 started (pid=7)\n10:00:01 system | worker.1 started (pid=8)\n10:00:02 worker.1 | ModuleNotFoundError: No module named 'celery'\n10:00:02 system | worker.1 stopped (rc=1)\n10:00:02 system | sending SIGTERM to web.1 (pid 7)\n10:00:02 system | web.1 stopped (rc=-15)`,
  },
  {
    id: 'guard-foreman-ctrl-c',
    source: 'foreman after Ctrl+C: "SIGINT received", each process then ends',
    check: 'reach:running',
    want: 'not ok',
    text: `12:00:01 web.1    | started with pid 8\n12:05:00 system   | SIGINT received, starting shutdown\n12:05:00 system   | sending SIGTERM to all processes\n12:05:00 worker.1 | exited with code 1\n12:05:00 web.1    | terminated by SIGTERM`,
  },
  {
    id: 'guard-foreman-exit-0',
    source: 'foreman "exited with code 0": a one-off process that finished',
    check: 'reach:running',
    want: 'not ok',
    text: `12:00:01 release.1 | Migrations are up to date\n12:00:01 release.1 | exited with code 0\n12:00:01 system    | sending SIGTERM to all processes`,
  },
  {
    id: 'events-wrapped-80-die-1',
    source: 'docker/cli events.go printOutput, hard-wrapped by a Windows console at 80 columns',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: [
      'PS C:\\> docker events',
      wrap(`2024-05-02T09:00:01.123456789Z container start ${id64} (image=dash-app-img, name=dash-app)`, 80),
      wrap(`2024-05-02T09:00:02.223456789Z container die ${id64} (exitCode=1, image=dash-app-img, name=dash-app)`, 80),
    ].join('\n'),
  },
  {
    id: 'events-wrapped-120-inside-code',
    source: 'the same at 120 columns, a 64-digit ID: the break falls inside the attributes (docker/for-win#1642 layout)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: [
      wrap(`2019-03-11T08:12:44.100000000Z container start ${id64} (image=python:3.11, name=quirky_euler)`, 120),
      wrap(`2019-03-11T08:12:45.400000000Z container die ${id64} (exitCode=0, image=python:3.11, name=quirky_euler)`, 120),
    ].join('\n'),
  },
  {
    id: 'guard-events-unwrapped-start',
    source: 'docker events unwrapped: a start last, the container runs',
    check: 'reach:running',
    want: 'not ok',
    text: `2024-05-02T09:00:01.123456789Z container start 3f1c2b7a9d8e (image=nginx, name=web)`,
  },
  {
    id: 'watchtower-fatal-running',
    source: 'containrrr/watchtower on Docker 29, logrus TextFormatter level=fatal',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: `$ docker logs watchtower\ntime="2025-11-12T08:00:00Z" level=fatal msg="Error response from daemon: client version 1.25 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"`,
  },
  {
    id: 'logrus-json-fatal-listening',
    source: 'logrus JSONFormatter {"level":"fatal"}',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    text: `{"level":"fatal","msg":"Error response from daemon: client version 1.40 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version","time":"2025-11-12T08:00:00Z"}`,
  },
  {
    id: 'zerolog-ftl-running',
    source: 'rs/zerolog ConsoleWriter FTL (Portainer-style)',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: `2025/11/12 08:00AM FTL main.go:100 > failed to connect error="Error response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"`,
  },
  {
    id: 'guard-fatal-install-keeps-client-too-old',
    source: 'the same line at the install step: the API refusal stays',
    check: 'install',
    want: ['problem', 'client-too-old'],
    text: `time="2025-11-12T08:00:00Z" level=fatal msg="Error response from daemon: client version 1.25 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version"`,
  },
  {
    id: 'guard-cli-client-too-old-running',
    source: "the learner's own docker ps refused (docker/cli), no program's log line",
    check: 'reach:running',
    want: ['problem', 'client-too-old'],
    text: `$ docker ps\nError response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version`,
  },
  {
    id: 'guard-traefik-error-retry',
    source: 'Traefik zerolog ERR (it retries, no exit)',
    check: 'reach:running',
    want: ['problem', 'client-too-old'],
    text: `2025-11-12T08:00:00Z ERR Provider error, retrying in 1s error="Error response from daemon: client version 1.24 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version" providerName=docker`,
  },
  {
    id: 'vite-network-parens',
    source: 'vite logger.ts printServerUrls labels retold in a list, URL in parentheses',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `- Local (http://localhost:5173/) keeps loading\n- Network (http://172.18.0.2:5173/) works`,
  },
  {
    id: 'next-network-parens-star',
    source: "Next.js start-server.ts '- Network:' retold with a bullet",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `* Network (http://172.17.0.2:3000) opens fine from the container`,
  },
  {
    id: 'guard-local-parens-8050',
    source: 'a Local label at the lesson port only: no address shown',
    check: 'reach:listening',
    want: 'not ok',
    text: `- Local (http://localhost:8050/) works`,
  },
  {
    id: 'connect-to-bridge',
    source: 'a start script printing its container address, retold',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `The log says "Please connect to http://172.17.0.3:8888 using your browser" but the page never loads.`,
  },
  {
    id: 'guard-connect-to-bridge-8050',
    source: 'the same at 8050: the port only, never ok',
    check: 'reach:listening',
    want: 'not ok',
    text: `It prints: Please connect to http://172.17.0.2:8050 with your web browser`,
  },
  {
    id: 'fix-told-across-127',
    source: 'a bind told, then the fix told on its own line',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `My express server listens on 127.0.0.1:3000.\nCurl from the host gets an empty reply.\n\nIt works once I make the server listen on 0.0.0.0 instead of 127.0.0.1.`,
  },
  {
    id: 'fix-told-before-bind',
    source: 'the fix first, then the bind told',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `Binding to 0.0.0.0 rather than localhost fixed it.\nBefore that the gunicorn app was running on localhost:8000 and nothing answered.`,
  },
  {
    id: 'guard-fix-told-alone',
    source: 'the fix alone (configTold rule: no loopback in use)',
    check: 'reach:listening',
    want: 'not ok',
    text: `I made the app listen on 0.0.0.0 instead of localhost.`,
  },
];

describe('cw119', () => {
  it.each(rows.map((r) => [r.id, r] as const))('%s', async (_, { check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
