/*
 * cw174 (stop 57): holdout172's misses at lesson 5's run, by class, each row a short paste on a real program's format (`source`
 * names it), never a holdout paste:
 * - the daemon's or the client's refusal of a -v/--mount value (moby volume/local validateName, volume/mounts' parsers and Setup,
 *   Docker Desktop's file sharing, docker/cli's flags through pflag): no container ran → container-exited (the experts'
 *   container-crashed), variant mount; other steps keep their answer (install: the daemon answered, partial).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');

const mountRows: Row[] = [
  {
    source:
      'moby volume/local/local.go validateName: a relative host path before Docker 23 is read as a volume name (docker/cli 23 made it absolute)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'local-name-relative',
    text: lines(
      '$ docker run -d -p 8050:8050 --name dash-app -v ./data:/srv/data dash-app',
      'docker: Error response from daemon: create ./data: "./data" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path.',
      "See 'docker run --help'.",
    ),
  },
  {
    source: 'the same validateName under cmd.exe, where `$(pwd)` is no expansion and stays literal (a blog on Windows and $(pwd))',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'local-name-cmd-literal-pwd',
    text: lines(
      'C:\\Users\\me\\dash-app>docker run -d -p 8050:8050 -v $(pwd):/code dash-app',
      'docker: Error response from daemon: create $(pwd): "$(pwd)" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path.',
    ),
  },
  {
    source: 'moby volume/mounts errInvalidMode: a drive letter splitting the -v value at its colon (PowerShell `${PWD}`), Desktop’s client',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'invalid-mode-drive-letter',
    text: lines(
      'PS C:\\work\\dash-app> docker run -d -p 8050:8050 -v ${PWD}:/code dash-app',
      'C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe: Error response from daemon: invalid mode: /code.',
      "See 'C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe run --help'.",
    ),
  },
  {
    source: 'moby volume/mounts errMountConfig + errBindSourceDoesNotExist at docker run --mount (a variant the set does not show)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'mount-bind-source-missing',
    text: lines(
      '$ docker run -d -p 8050:8050 --mount type=bind,source=/srv/dash/data,target=/data dash-app',
      'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /srv/dash/data.',
      "See 'docker run --help'.",
    ),
  },
  {
    source: 'moby volume/mounts errInvalidSpec then errMountConfig, a Windows path without its backslashes read as a named volume',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'invalid-spec-mount-path-relative',
    text: lines(
      '$ docker run -d -p 8050:8050 -v C:Usersmedash:code dash-app',
      "docker: Error response from daemon: invalid volume specification: 'C:Usersmedash:code': invalid mount config for type \"volume\": invalid mount path: 'code' mount path must be absolute.",
    ),
  },
  {
    source: 'Docker for Mac 17.x (docker/for-mac, osxfs namespaces): `Mounts denied:` then `The paths … are not shared from OS X`',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'mounts-denied-os-x-plural',
    text: lines(
      'docker: Error response from daemon: Mounts denied: ',
      'The paths /opt/dash/data and /opt/dash/logs',
      'are not shared from OS X and are not known to Docker.',
      'You can configure shared paths from Docker -> Preferences... -> File Sharing.',
    ),
  },
  {
    source: "moby volume/mounts Setup: `error while creating mount source path '%s': %v` (Docker Desktop's host mount)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'creating-mount-source-path',
    text: lines(
      '$ docker run -d -p 8050:8050 -v /d/data:/data dash-app',
      '4f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0',
      "docker: Error response from daemon: error while creating mount source path '/run/desktop/mnt/host/d/data': mkdir /run/desktop/mnt/host/d: file exists.",
    ),
  },
  {
    source: "docker/cli opts/mount.go MountOpt.Set through pflag's `invalid argument %q for %q flag: %v` (the client's refusal)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'client-mount-flag',
    text: lines(
      '$ docker run -d -p 8050:8050 --mount type=bind,src,dst=/data dash-app',
      'invalid argument "type=bind,src,dst=/data" for "--mount" flag: invalid field \'src\' must be a key=value pair',
      "See 'docker run --help'.",
    ),
  },
  {
    source: 'guard: the same refusal at install: the daemon answered, no container was made (CONVENTIONS §1, cw160)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-install-daemon-answered',
    text: lines(
      '$ docker run -d -p 8050:8050 -v ./data:/srv/data dash-app',
      'docker: Error response from daemon: create ./data: "./data" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path.',
    ),
  },
  {
    source: 'guard: the words told in a sentence, no daemon or client printed them',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-sentence',
    text: 'My friend said "invalid mode: /code" and "Mounts denied" come from a bad -v, but I did not use -v at all.',
  },
  {
    source: 'guard: the words in a code span of a question, no output',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-code-span',
    text: 'What does `invalid volume specification` mean in the docs? I have not run anything yet.',
  },
  {
    source: 'guard: the refusal, then the lesson’s run without -v that worked and its docker ps row Up: the later state answers',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-later-run-worked',
    text: lines(
      '$ docker run -d -p 8050:8050 --name dash-app -v ./data:/srv/data dash-app',
      'docker: Error response from daemon: create ./data: "./data" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path.',
      '$ docker run -d -p 8050:8050 --name dash-app dash-app',
      '9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b',
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                    NAMES',
      '9c8b7a6f5e4d   dash-app   "python app.py"   5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp   dash-app',
    ),
  },
  {
    source: 'the refusal, then docker ps listing another project’s container Up: still no dash-app',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'refused-other-container-up',
    text: lines(
      '$ docker run -d -p 8050:8050 --name dash-app -v ./data:/srv/data dash-app',
      'docker: Error response from daemon: create ./data: "./data" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path.',
      '$ docker ps',
      'CONTAINER ID   IMAGE   COMMAND                  CREATED       STATUS       PORTS                  NAMES',
      '1f2e3d4c5b6a   nginx   "/docker-entrypoint.…"   2 hours ago   Up 2 hours   0.0.0.0:8080->80/tcp   web',
    ),
  },
  {
    source: 'guard: a port taken under a run with -v: its own rule answers (the mount was read)',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-port-taken-with-volume',
    text: lines(
      '$ docker run -d -p 8050:8050 -v /srv/data:/data dash-app',
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (1a2b3c4d5e6f): Bind for 0.0.0.0:8050 failed: port is already allocated.',
    ),
  },
];

const families: [string, Row[]][] = [["the daemon's or the client's refusal of a -v/--mount value", mountRows]];

describe.each(families)('cw174 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
