/*
 * cw181 (stop 57): holdout167's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - a package runner that finds no package.json where it starts (yarn 1's `error Couldn't find a package.json file in "…"`, npm's
 *   `enoent` lines for package.json): the container's command ends before any script runs → a stopped container;
 * - a compose file without the lesson's web beside Compose's log lines under names of their own (container_name): that file's
 *   project ran, another project → its name before "web is missing".
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const yarnLogs = [
  'yarn install v1.22.22',
  '[1/4] Resolving packages...',
  'success Already up-to-date.',
  'Done in 0.05s.',
  'yarn run v1.22.22',
  'error Couldn\'t find a package.json file in "/usr/src/app"',
  'info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
];

const packageRows: Row[] = [
  {
    source: 'yarn 1 src/reporters/lang/en.js couldntFindPackagejson, thrown by src/config.js readRootManifest, under docker logs',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'yarn-no-package-json-logs',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 -v "$PWD:/usr/src/app" node:20 yarn start',
      '$ docker logs dash-app',
      ...yarnLogs,
    ].join('\n'),
  },
  {
    source: "npm 10 lib/utils/error-message.js: `npm error enoent Could not read package.json: Error: ENOENT: …` (npm 7+'s wording)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'npm10-enoent-package-json',
    text: [
      '$ docker logs dash-app',
      'npm error code ENOENT',
      'npm error syscall open',
      'npm error path /app/package.json',
      'npm error errno -2',
      "npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'",
      'npm error enoent This is related to npm not being able to find a file.',
    ].join('\n'),
  },
  {
    source: "npm 6's `npm ERR! enoent ENOENT: no such file or directory, open '…/package.json'` (the image's WORKDIR empty)",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'npm6-enoent-package-json',
    text: [
      '$ docker logs dash-app',
      'npm ERR! path /usr/src/app/package.json',
      'npm ERR! code ENOENT',
      'npm ERR! errno -2',
      'npm ERR! syscall open',
      "npm ERR! enoent ENOENT: no such file or directory, open '/usr/src/app/package.json'",
    ].join('\n'),
  },
  {
    source: "Compose v2's log prefix (cmd/formatter/logs.go) over yarn 1's line, the service's bind mount of another folder",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'yarn-no-package-json-compose',
    text: [
      '$ docker compose up',
      'web-1  | yarn run v1.22.22',
      'web-1  | error Couldn\'t find a package.json file in "/app"',
      'web-1  | info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
      'web-1 exited with code 1',
    ].join('\n'),
  },
  {
    source: 'the same yarn line quoted in a question, the app shown running: a sentence, no line of the output',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-yarn-line-quoted',
    text: [
      'Earlier yarn said error Couldn\'t find a package.json file in "/app" but I fixed the mount.',
      '$ docker logs dash-app',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      ' * Serving Flask app "app"',
      ' * Running on all addresses (0.0.0.0)',
    ].join('\n'),
  },
  {
    source: "yarn 1's warning about package.json fields (`warning package.json: No license field`): no stop",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-yarn-warning-package-json',
    text: [
      '$ docker logs dash-app',
      'warning package.json: No license field',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      ' * Serving Flask app "app"',
      ' * Running on all addresses (0.0.0.0)',
    ].join('\n'),
  },
];

const composeFile = [
  '$ docker compose config',
  'services:',
  '  api:',
  '    container_name: shop-api',
  '    image: shop/api:latest',
  '    ports:',
  '      - 4000:4000',
  '  ui:',
  '    container_name: shop-ui',
  '    image: shop/ui:latest',
  '    ports:',
  '      - 5173:5173',
];

const ownLogRows: Row[] = [
  {
    source: "docker/compose cmd/formatter/logs.go: the container's name (container_name's) padded, then ' | ', under a file without web",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'file-without-web-own-name-logs',
    text: [
      ...composeFile,
      '$ docker compose logs ui',
      'shop-ui  |   VITE v5.4.2  ready in 412 ms',
      'shop-ui  |   ➜  Local:   http://localhost:5173/',
      'shop-ui  |   ➜  Network: http://172.18.0.3:5173/',
    ].join('\n'),
  },
  {
    source: "Compose v2's numbered prefix (`ui-1  | `) names a service only: the file's missing web stays",
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-file-without-web-numbered-logs',
    text: [
      ...composeFile,
      '$ docker compose logs ui',
      'ui-1  |   VITE v5.4.2  ready in 412 ms',
      'ui-1  |   ➜  Local:   http://localhost:5173/',
      'ui-1  |   ➜  Network: http://172.18.0.3:5173/',
    ].join('\n'),
  },
  {
    source: 'the same file, its own-named container stopping on a crash: what failed comes first (CONVENTIONS §2.0)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-file-without-web-own-name-crash',
    text: [
      ...composeFile,
      '$ docker compose up',
      'shop-ui  | yarn run v1.22.22',
      'shop-ui  | error Couldn\'t find a package.json file in "/app"',
      'shop-ui exited with code 1',
    ].join('\n'),
  },
  {
    source: 'the same file alone: web is missing',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-file-without-web-alone',
    text: composeFile.join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a package runner that finds no package.json', packageRows],
  ["a file without web beside Compose's logs under names of their own", ownLogRows],
];

describe.each(families)('cw181 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
