/*
 * cw154 (stop 52): holdout136–137's misses, by class, each row a short paste on a real program's or writer's format (`source` names
 * it), never a holdout paste:
 * - a Docker client before 1.13 refused at a TCP DOCKER_HOST, net/http's error printed bare (`Get http://…/v1.NN/…: dial tcp …:
 *   ConnectEx tcp: …`, no `error during connect:`) → the daemon is not running (parse-errors.ts);
 * - pywin32's error 5 (ERROR_ACCESS_DENIED) opening Desktop's pipe, in any Windows language → permission denied (parse-errors.ts);
 * - Compose v1's `KeyError: 'ContainerConfig'` against an Engine 25+ (its per-service `ERROR: for web  'ContainerConfig'`) → too old
 *   (compose-errors.ts);
 * - an image not found, then a retry that names another image and fails before the image (an invalid reference): the retry's error
 *   is the later state (later-state.ts);
 * - the daemon's name conflict broken by a page after any word of `is already in use by container` (parse-errors.ts);
 * - a guide's hedged sample under "should show something like the following:" is output unless what follows it goes against it
 *   (normalize.ts).
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const oldClientRows: Row[] = [
  {
    source:
      "Docker Toolbox's FAQ (docker 1.8, Windows): `Post http://127.0.0.1:2375/v1.20/containers/create: dial tcp 127.0.0.1:2375: ConnectEx tcp: …`, then the client's two hints",
    check: 'run',
    want: ['problem', 'daemon-not-running'],
    id: 'toolbox-post-create-connectex-hints',
    text: [
      '$ docker run -d -p 8050:8050 --name dash-app dash-app',
      'Post http://127.0.0.1:2375/v1.20/containers/create?name=dash-app: dial tcp 127.0.0.1:2375: ConnectEx tcp: No connection could be made because the target machine actively refused it..',
      '* Are you trying to connect to a TLS-enabled daemon without TLS?',
      '* Is your docker daemon up and running?',
    ].join('\n'),
  },
  {
    source: 'docker 1.10-1.12 on Windows: `An error occurred trying to connect: Get http://localhost:2375/v1.22/version: … connectex: …`',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'toolbox-error-occurred-connectex',
    text: [
      'C:\\> docker version',
      'Client:',
      ' Version:      1.10.3',
      ' API version:  1.22',
      'An error occurred trying to connect: Get http://localhost:2375/v1.22/version: dial tcp 127.0.0.1:2375: connectex: No connection could be made because the target machine actively refused it.',
    ].join('\n'),
  },
  {
    source: 'docker 1.x on Linux with DOCKER_HOST=tcp://…:2375 and no daemon there: Go 1.6-1.8 `getsockopt: connection refused`',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'old-client-linux-getsockopt-refused',
    text: [
      '$ docker ps',
      'Get http://192.168.99.100:2375/v1.24/containers/json: dial tcp 192.168.99.100:2375: getsockopt: connection refused',
    ].join('\n'),
  },
  {
    source: "kubectl's own refused request (`/api/v1/…`, no Engine API version in the path) is not Docker's daemon",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-kubectl-refused',
    text: 'Get http://localhost:8080/api/v1/nodes: dial tcp 127.0.0.1:8080: connect: connection refused',
  },
];

const pipeRows: Row[] = [
  {
    source:
      "docker-py docker/transport/npipesocket.py NpipeSocket.connect: win32file.CreateFile's pywintypes.error (5, 'CreateFile', 'Access is denied.') under docker-compose v1",
    check: 'compose',
    want: ['problem', 'permission-denied'],
    id: 'pywintypes-5-createfile-english',
    text: [
      'PS C:\\app> docker-compose up -d',
      'Traceback (most recent call last):',
      '  File "site-packages\\docker\\transport\\npipesocket.py", line 59, in connect',
      "pywintypes.error: (5, 'CreateFile', 'Access is denied.')",
      '[9412] Failed to execute script docker-compose',
    ].join('\n'),
  },
  {
    source: "the same error 5 in a German Windows (FormatMessage's text in the user's language: 'Zugriff verweigert')",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'pywintypes-5-createfile-german',
    text: "pywintypes.error: (5, 'CreateFile', 'Zugriff verweigert')",
  },
  {
    source: "error 2 (ERROR_FILE_NOT_FOUND): Desktop's pipe is not there, Desktop not started",
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-pywintypes-2-createfile',
    text: "pywintypes.error: (2, 'CreateFile', 'The system cannot find the file specified.')",
  },
];

const containerConfigRows: Row[] = [
  {
    source:
      'docker/compose 1.29.2 compose/parallel.py parallel_execute `ERROR: for {}  {}` with the KeyError of compose/service.py get_container_data_volumes',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-error-for-service-containerconfig',
    text: [
      '$ docker-compose up -d',
      'Recreating shop_db_1 ... ',
      'Recreating shop_db_1 ... error',
      '',
      "ERROR: for shop_db_1  'ContainerConfig'",
      '',
      "ERROR: for db  'ContainerConfig'",
    ].join('\n'),
  },
  {
    source: "the traceback's last line alone, as a note quotes it (`KeyError: 'ContainerConfig'`)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-keyerror-containerconfig-line',
    text: ['$ docker-compose up -d --build', "KeyError: 'ContainerConfig'"].join('\n'),
  },
  {
    source: "the app's own KeyError in its log under Compose v2's prefix (docker/compose pkg/compose/printer.go): the service's crash",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-app-keyerror-in-log',
    text: ["web-1  | KeyError: 'DATABASE_URL'", 'web-1 exited with code 1'].join('\n'),
  },
];

const retryRows: Row[] = [
  {
    source:
      "docker/cli run.go: a retry naming another image in capitals (`invalid reference format: repository name must be lowercase`) after moby's pull access denied for the first",
    check: 'run',
    want: ['problem', 'invalid-reference'],
    id: 'image-not-found-then-other-image-invalid',
    text: [
      '$ docker run -d -p 8050:8050 --name dash-app dash_app',
      "Unable to find image 'dash_app:latest' locally",
      "docker: Error response from daemon: pull access denied for dash_app, repository does not exist or may require 'docker login'.",
      "See 'docker run --help'.",
      '$ docker run -d -p 8050:8050 --name dash-app Dash-App',
      'docker: invalid reference format: repository name must be lowercase.',
      "See 'docker run --help'.",
    ].join('\n'),
  },
  {
    source: 'the same image on the retry, refused at its -p before the daemon: the image is still not found (cw81 stages)',
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'guard-same-image-retry-stage-zero',
    text: [
      '$ docker run foo',
      "Unable to find image 'foo:latest' locally",
      "docker: Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login'.",
      "See 'docker run --help'.",
      '$ docker run -p 8050:8050:8050 foo',
      'docker: Invalid ip address: 8050.',
      "See 'docker run --help'.",
    ].join('\n'),
  },
];

const conflictRows: Row[] = [
  {
    source: 'moby daemon/names.go (since 1.13) as a narrow page broke it after "is already"',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'conflict-broken-after-is-already',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker: Error response from daemon: Conflict. The container name "/dash-app" is already',
      'in use by container "7a1c3e9d0b2f". You have to remove (or rename) that container to be able to reuse that name.',
    ].join('\n'),
  },
  {
    source: 'Docker 1.10-1.12\'s `FATA[0000]`-era wording broken after "is" (`You have to delete (or rename)`)',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'conflict-broken-after-is',
    text: [
      'Error response from daemon: Conflict. The name "/web" is',
      'already in use by container 0f3a2b1c4d5e. You have to delete (or rename)',
      'that container to be able to reuse that name.',
    ].join('\n'),
  },
];

const hedgeRows: Row[] = [
  {
    source: "a README's run step, then \"It should print something similar to:\" and Dash's banner behind Werkzeug's lines",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'readme-similar-to-loopback',
    text: [
      '```',
      'python app.py',
      '```',
      'It should print something similar to:',
      '```',
      'Dash is running on http://127.0.0.1:8050/',
      '',
      ' * Running on http://127.0.0.1:8050/ (Press CTRL+C to quit)',
      '```',
    ].join('\n'),
  },
  {
    source: 'an issue\'s hedged wish ("It should show something like:") and the poster\'s "But nothing shows up": a wish',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-hedged-wish-then-but',
    text: [
      'It should show something like:',
      '```',
      'Dash is running on http://0.0.0.0:8050/',
      '```',
      'But nothing shows up, the page does not load.',
    ].join('\n'),
  },
  {
    source: 'the same hedged wish followed by an "Actual behavior" heading (an issue template\'s)',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-hedged-wish-then-actual-heading',
    text: [
      'It should show something like:',
      '```',
      'Dash is running on http://0.0.0.0:8050/',
      '```',
      '',
      '### Actual behavior',
      'The page is blank.',
    ].join('\n'),
  },
  {
    source: 'the hedged sample, then the error the poster got (a name conflict): the error stands',
    check: 'reach:listening',
    want: ['problem', 'name-conflict'],
    id: 'guard-hedged-sample-then-error',
    text: [
      'It should print something similar to:',
      '```',
      'Dash is running on http://0.0.0.0:8050/',
      '```',
      'but I get:',
      '```',
      'docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "3f2a9c1b7d6e". You have to remove (or rename) that container to be able to reuse that name.',
      '```',
    ].join('\n'),
  },
  {
    source: 'the sample\'s words quoted in a sentence ("It should show something like `Dash is running on …`"): the port, no ok',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-hedged-sample-in-sentence',
    text: 'It should show something like `Dash is running on http://0.0.0.0:8050/` but mine shows nothing.',
  },
  {
    source: "another app's sample (Werkzeug on 0.0.0.0:5000) under the hedge: another port, never ok",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-hedged-sample-other-app',
    text: [
      '```',
      'docker logs other-app',
      '```',
      'This should show something like the following:',
      '```',
      ' * Running on http://0.0.0.0:5000/ (Press CTRL+C to quit)',
      '```',
    ].join('\n'),
  },
  {
    source: "the sample cut short inside its port (`…0.0.0.0:80`): not the lesson's port, never ok",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-hedged-sample-cut',
    text: ['This should show something like the following:', '```', 'Dash is running on http://0.0.0.0:80', '```'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a client before 1.13 refused at a TCP DOCKER_HOST', oldClientRows],
  ["pywin32's error 5 at Desktop's pipe", pipeRows],
  ["Compose v1's KeyError 'ContainerConfig'", containerConfigRows],
  ['a retry naming another image', retryRows],
  ['a name conflict broken by a page', conflictRows],
  ["a guide's hedged sample of the output", hedgeRows],
];

describe.each(families)('cw154 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
