/*
 * cw180 (stop 57): holdout172's misses at run, by class, each row a short paste on a real program's format (`source` names it),
 * never a holdout paste:
 * - a tool's refusal of a file (GNU sed, coreutils, BusyBox: `…: Permission denied`, `Read-only file system`, `Operation not
 *   permitted`), the last thing an attached `docker run` printed, or followed by its script's own report of the failure → the
 *   container's command stopped there (container-exited, tag container-crashed).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

export const attachedRows: Row[] = [
  {
    source: "GNU sed sed/utils.c ck_mkstemp `couldn't open temporary file %s: %s` (sed -i in an entrypoint run as -u, its folder root's)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'sed-temp-file-denied-last',
    text: [
      '$ docker run --rm -u 1000:1000 -v "$PWD/conf:/etc/app" myorg/proxy:2',
      'Rendering configuration',
      "sed: couldn't open temporary file /etc/app/sedK2hQ1a: Permission denied",
    ].join('\n'),
  },
  {
    source: 'coreutils src/copy.c `cannot stat %s` under SELinux, then the script\'s `|| { echo "Error …"; exit 1; }`',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'cp-cannot-stat-then-report',
    text: [
      'docker run -t -v /srv/build/in:/work/in:ro builder:1.4 /work/build.sh',
      'Copying inputs',
      "cp: cannot stat '/work/in/sources': Permission denied",
      'ERROR: could not copy the inputs',
    ].join('\n'),
  },
  {
    source: 'coreutils src/mkdir.c `cannot create directory %s` on a bind mount owned by root, the last line of an attached run',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'mkdir-denied-attached',
    text: [
      'PS C:\\dev\\app> docker run -p 8050:8050 -v ${PWD}/cache:/var/cache/app --name dash-app dash-app',
      "mkdir: cannot create directory '/var/cache/app/tiles': Permission denied",
      'PS C:\\dev\\app>',
    ].join('\n'),
  },
  {
    source: "BusyBox libbb/make_directory.c `can't create directory '%s'` with EROFS (a volume mounted :ro), Alpine's entrypoint",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'busybox-read-only',
    text: [
      '$ docker run -v data:/srv/data:ro -p 8050:8050 dash-app',
      "/entrypoint.sh: line 4: mkdir: can't create directory '/srv/data/run': Read-only file system",
    ].join('\n'),
  },
  {
    source: 'coreutils src/chown-core.c `changing ownership of %s` (EPERM on a rootless mount), then `FATAL` from the script',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'chown-not-permitted-then-fatal',
    text: [
      '$ docker run -it -v ./pgdata:/var/lib/db dbimage',
      "chown: changing ownership of '/var/lib/db': Operation not permitted",
      'FATAL: cannot prepare the data folder',
    ].join('\n'),
  },
  {
    source: "an attached run whose app said where it listens after the error (Dash's start line): the script went on",
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-error-then-listening',
    text: [
      '$ docker run -p 8050:8050 --name dash-app dash-app',
      "mkdir: cannot create directory '/root/.cache': Permission denied",
      'Dash is running on http://0.0.0.0:8050/',
    ].join('\n'),
  },
  {
    source: 'an attached run whose script went on past the error (a line that is no report of failure)',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-error-then-more',
    text: [
      '$ docker run --rm -v ./data:/data worker:3',
      "touch: cannot touch '/data/.probe': Permission denied",
      'Using /tmp for scratch files',
      'Processing 12 jobs',
    ].join('\n'),
  },
  {
    source: 'a detached run, its ID, then `docker logs` with the error once (step-reach.ts cw41: once is no loop)',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-detached-logs-once',
    text: [
      '$ docker run -d --name worker -v ./data:/data worker:3',
      '4f3c2a1b0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b',
      '$ docker logs worker',
      "mkdir: cannot create directory '/data/cache': Permission denied",
    ].join('\n'),
  },
  {
    source: "a command the learner typed at the container's own shell prompt (bash under `docker run -it … bash`): the shell goes on",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-typed-at-container-prompt',
    text: [
      '$ docker run -it -v ./data:/data ubuntu:24.04 bash',
      'root@3f9a1c2b7d4e:/# mkdir /data/x',
      "mkdir: cannot create directory '/data/x': Permission denied",
    ].join('\n'),
  },
  {
    source: 'the error quoted in a sentence, no run printed it',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-quoted-in-sentence',
    text: [
      '$ docker run --rm -v ./data:/data worker:3',
      "Sometimes I see `cp: cannot stat '/data/in': Permission denied` in other projects, but here it just works.",
    ].join('\n'),
  },
];

export const pairRows: Row[] = [
  {
    source:
      "BusyBox coreutils/touch.c bb_simple_perror_msg (`touch: PATH: strerror`) and an image's `if ! touch …; then log \"ERROR: … doesn't seem to be writable …\"; exit 2` (FreeTAKServer's start script)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'busybox-touch-then-not-writable-run',
    text: [
      '$ docker logs fts',
      'params ---------------',
      'touch: /data/.verify_access: Permission denied',
      "ERROR: /data doesn't seem to be writable. Please make sure attached directory is writable by uid=1000",
    ].join('\n'),
  },
  {
    source: 'the same pair at "Is it running?" (step-reach.ts cw41), chmod\'s BusyBox form first',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'busybox-chmod-then-not-writable-reach',
    text: ['chmod: /srv/data: Read-only file system', '[entry] ERROR: /srv/data does not seem to be writable by uid=1000'].join('\n'),
  },
  {
    source: 'the pair, then the server said where it listens: the script went on',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-pair-then-listening',
    text: [
      'touch: /data/.probe: Permission denied',
      "WARN: /data doesn't seem to be writable, using /tmp",
      'Dash is running on http://0.0.0.0:8050/',
    ].join('\n'),
  },
  {
    source: 'BusyBox touch alone (no words that the path is not writable): one error the script may go past',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-busybox-touch-alone',
    text: ['$ docker logs worker', 'touch: /data/.probe: Permission denied'].join('\n'),
  },
  {
    source: 'the pair, then docker ps showing the container Up (a later state: it runs)',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-pair-then-listed-up',
    text: [
      '$ docker logs dash-app',
      'touch: /data/.probe: Permission denied',
      "ERROR: /data doesn't seem to be writable",
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                    NAMES',
      '0f1e2d3c4b5a   dash-app   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["a tool's refusal of a file, the last thing an attached docker run printed", attachedRows],
  ["BusyBox's form of a file error beside the image's words that the path is not writable", pairRows],
];

describe.each(families)('cw180 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
