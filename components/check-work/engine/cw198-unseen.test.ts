/*
 * cw198 (stop 59): holdout111's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - Docker 1.x's own flag parser (moby pkg/mflag) refusing a flag every current client has for the command typed: the client
 *   predates it → client-too-old (parse-errors.ts mflagRefusal);
 * - `supervisorctl status` run in the container, a program's row FATAL or BACKOFF with "Exited too quickly": that program's crash
 *   loop, as supervisord's `gave up: … entered FATAL state` (start-failures.ts supervised).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const mflagRows: Row[] = [
  {
    source:
      "moby 1.9 pkg/mflag parseOne `flag provided but not defined: -%s` (long name kept with its dash), then api/client's `See 'docker build --help'.`",
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'mflag-build-arg-see-help',
    text: [
      '$ docker build --build-arg PIP_INDEX_URL=https://pypi.org/simple -t dash-app .',
      'flag provided but not defined: --build-arg',
      "See 'docker build --help'.",
    ].join('\n'),
  },
  {
    source: "moby 1.4 pkg/mflag: `-f` refused, then Subcmd's usage `Usage: docker build [OPTIONS] PATH | URL | -` (sudo)",
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'mflag-build-f-usage',
    text: [
      'pi@raspberrypi:~/app $ sudo docker build -f docker/Dockerfile.arm -t dash-app .',
      'flag provided but not defined: -f',
      '',
      'Usage: docker build [OPTIONS] PATH | URL | -',
      '',
      'Build a new image from the source code at PATH',
      '',
      '  --no-cache=false     Do not use cache when building the image',
      '  -t, --tag=""         Repository name (and optionally a tag) to be applied to the resulting image in case of success',
    ].join('\n'),
  },
  {
    source: "moby 1.8 pkg/mflag under `docker run --network` (the flag came with 1.12, `--net` before), then `See 'docker run --help'.`",
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'mflag-run-network',
    text: [
      '$ docker run -d --name dash-app --network lesson -p 8050:8050 dash-app',
      'flag provided but not defined: --network',
      "See 'docker run --help'.",
    ].join('\n'),
  },
  {
    source: 'the same refusal of a flag no docker has (a typo): the typo, not the client, is at fault',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-mflag-typo',
    text: [
      '$ docker build --biuld-arg X=1 -t dash-app .',
      'flag provided but not defined: --biuld-arg',
      "See 'docker build --help'.",
      '$ docker --version',
      'Docker version 1.12.6, build 78d1802',
    ].join('\n'),
  },
  {
    source: "Go's flag package (flag.go failf, then defaultUsage `Usage of %s:`) of the container's own program under a foreground run",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-go-flag-container-program',
    text: [
      '$ docker run --rm --name dash-app dash-app --file /data/app.yml',
      'flag provided but not defined: -file',
      'Usage of /app/server:',
      '  -config string',
      '    \tpath to the config file',
      '$ docker --version',
      'Docker version 27.3.1, build ce12230',
    ].join('\n'),
  },
  {
    source: 'the words quoted in a sentence under the command, no docker usage after them',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-mflag-told',
    text: [
      '$ docker build -f Dockerfile.dev -t dash-app .',
      'it says flag provided but not defined: -f and stops',
      '$ docker --version',
      'Docker version 27.3.1, build ce12230',
    ].join('\n'),
  },
];

const supervisorRows: Row[] = [
  {
    source:
      'supervisor supervisorctl.py _procrepr (`%-32s %-9s %s`), process.py transition: spawnerr "Exited too quickly (process log may have details)", FATAL after startretries',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'supervisorctl-fatal',
    text: [
      '$ docker exec dash-app supervisorctl status',
      'dash                             FATAL     Exited too quickly (process log may have details)',
      'nginx                            RUNNING   pid 9, uptime 0:02:11',
    ].join('\n'),
  },
  {
    source: 'the same row in BACKOFF (supervisord retrying after the program exited before startsecs), at a root prompt in the container',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'supervisorctl-backoff-in-container',
    text: [
      'root@4f2a9c1d7e3b:/app# supervisorctl status',
      'app:gunicorn                     BACKOFF   Exited too quickly (process log may have details)',
      'cron                             RUNNING   pid 14, uptime 0:00:40',
    ].join('\n'),
  },
  {
    source: 'every row RUNNING: supervisord runs its programs; where the app listens is not shown',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-supervisorctl-running',
    text: [
      '$ docker exec dash-app supervisorctl status',
      'dash                             RUNNING   pid 8, uptime 0:05:01',
      'nginx                            RUNNING   pid 9, uptime 0:05:01',
    ].join('\n'),
  },
  {
    source: 'a STOPPED row (`Not started`, autostart=false) is no crash',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-supervisorctl-stopped',
    text: [
      '$ docker exec dash-app supervisorctl status',
      'dash                             RUNNING   pid 8, uptime 0:05:01',
      'docker                           STOPPED   Not started',
    ].join('\n'),
  },
  {
    source: 'the words quoted in a sentence, not the row',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-supervisorctl-told',
    text: 'supervisorctl once said FATAL Exited too quickly (process log may have details) but now it is fine',
  },
];

const families: [string, Row[]][] = [
  ["Docker 1.x's mflag refusing a flag current clients have", mflagRows],
  ["supervisorctl status' FATAL or BACKOFF row", supervisorRows],
];

describe.each(families)('cw198 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
