/*
 * cw207 (stop 60): holdout195's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - a variable's name with a space, refused while Compose reads the project's variables (v1 compose/config/environment.py
 *   split_env `environment variable name '…' may not contain whitespace.`, env_vars_from_file's `In file …:` before it; compose-go
 *   dotenv/parser.go `line N: key cannot contain a space`) → compose-file-invalid;
 * - Compose v1's conversion of an interpolated value (compose/config/interpolation.py ConversionMap.convert: `Error while
 *   attempting to convert service.web.read_only to appropriate type: "" is not a valid boolean value`) → compose-file-invalid;
 * - Compose v1's unset-variable warning alone (environment.py Environment.__getitem__, `WARNING: The X variable is not set.
 *   Defaulting to a blank string.`, the name unquoted, the level left out when copied from a pipe) → partial, as v2's.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const healthyPs = [
  '$ docker compose ps',
  'NAME              IMAGE          COMMAND                  SERVICE   CREATED         STATUS         PORTS',
  'dash-app-web-1    dash-app-web   "python app.py"          web       5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp',
  'dash-app-proxy-1  nginx:alpine   "/docker-entrypoint.…"   proxy     5 seconds ago   Up 4 seconds   0.0.0.0:80->80/tcp',
  'dash-app-db-1     postgres:16    "docker-entrypoint.s…"   db        5 seconds ago   Up 4 seconds   5432/tcp',
];

const envNameRows: Row[] = [
  {
    source:
      "Compose v1 environment.py env_vars_from_file: `In file ./.env: environment variable name 'DEBUG ' may not contain whitespace.`",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-dotenv-name-space',
    text: ['$ docker-compose up -d', "ERROR: In file ./.env: environment variable name 'DEBUG ' may not contain whitespace."].join('\n'),
  },
  {
    source: "Compose v1 before the wording's fix: `may not contains whitespace`, an env_file entry's file",
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-env-file-contains',
    text: ['$ docker-compose up -d', "ERROR: In file web.env: environment variable name 'TZ ' may not contains whitespace."].join('\n'),
  },
  {
    source: "Compose v1 split_env on an environment: list entry written `- API_KEY: 'a b'` (the whole entry a name, quotes in it)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-environment-list-colon',
    text: ['$ docker-compose up', "ERROR: environment variable name 'API_KEY:'a b'' may not contain whitespace"].join('\n'),
  },
  {
    source: 'compose-go dotenv/parser.go parseBytes: `line %d: key cannot contain a space`, wrapped `failed to read .env:`',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v2-dotenv-line-key-space',
    text: ['$ docker compose up -d', 'failed to read /home/me/dash-app/.env: line 3: key cannot contain a space'].join('\n'),
  },
  {
    source: "Compose 2.0's same refusal without the line number, under `docker compose config`",
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'v2-key-space-bare',
    text: ['% docker compose config', 'key cannot contain a space'].join('\n'),
  },
  {
    source: "a README's sentence about the rule (no program's line)",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-sentence-key-space',
    text: 'Names in .env may not contain whitespace, or Compose says that a key cannot contain a space in it.',
  },
  {
    source: 'the refusal, then the fixed file and the same up: Compose ps healthy (the later state)',
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-key-space-then-healthy',
    text: [
      '$ docker compose up -d',
      'failed to read /home/me/dash-app/.env: line 3: key cannot contain a space',
      '$ docker compose up -d',
      ' ✔ Container dash-app-db-1     Started',
      ' ✔ Container dash-app-web-1    Started',
      ' ✔ Container dash-app-proxy-1  Started',
      ...healthyPs,
    ].join('\n'),
  },
];

const conversionRows: Row[] = [
  {
    source: 'Compose v1 interpolation.py ConversionMap.convert with to_boolean, after the unset-variable warning',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-read-only-blank-boolean',
    text: [
      '$ docker-compose up -d',
      'WARNING: The WEB_READONLY variable is not set. Defaulting to a blank string.',
      'ERROR: Error while attempting to convert service.web.read_only to appropriate type: "" is not a valid boolean value',
    ].join('\n'),
  },
  {
    source: "Compose v1 ConversionMap.convert with to_boolean on a network's external (re_path_basic), networks check",
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-network-external-boolean',
    text: [
      '$ docker-compose up',
      'ERROR: Error while attempting to convert network.front.external to appropriate type: "maybe" is not a valid boolean value',
    ].join('\n'),
  },
];

const warningRows: Row[] = [
  {
    source: "Compose v1 environment.py Environment.__getitem__'s warning on a terminal, alone after up",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'v1-warning-alone',
    text: ['$ docker-compose up -d', 'WARNING: The SECRET_KEY variable is not set. Defaulting to a blank string.'].join('\n'),
  },
  {
    source: "the same warnings copied from a pipe (v1's level left out), two variables",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'v1-warning-bare',
    text: [
      'The DB_USER variable is not set. Defaulting to a blank string.',
      'The DB_PASSWORD variable is not set. Defaulting to a blank string.',
    ].join('\n'),
  },
  {
    source: "a guide's sentence quoting the warning (not at a line's start)",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-warning-in-sentence',
    text: 'If Compose prints The DB_USER variable is not set. Defaulting to a blank string. then create the .env file first.',
  },
  {
    source: "the warning, then the project's healthy listing: the listing answers",
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-warning-then-healthy-ps',
    text: ['$ docker-compose up -d', 'WARNING: The SECRET_KEY variable is not set. Defaulting to a blank string.', ...healthyPs].join('\n'),
  },
  {
    source: 'the warning, then a YAML refusal: the error answers',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-warning-then-yaml-error',
    text: [
      'WARNING: The SECRET_KEY variable is not set. Defaulting to a blank string.',
      'ERROR: yaml.scanner.ScannerError: mapping values are not allowed here',
    ].join('\n'),
  },
];

const nextRequest = [
  'TypeError: fetch failed',
  '    at Object.fetch (node:internal/deps/undici/undici:11576:11)',
  '    at async invokeRequest (/app/node_modules/next/dist/server/lib/server-ipc/invoke-request.js:21:12)',
  '  cause: Error: connect ECONNREFUSED 127.0.0.1:40111',
];

const nextRows: Row[] = [
  {
    source: "Next.js 13.4 start-server.js: `Log.error(`Failed to handle request for ${req.url}`)` (`- error `), one request's 500",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'next-13-4-request-error-beside-3000',
    text: [
      '$ docker run --rm -p 3000:3000 shop-web',
      '- ready started server on 4f2a9c1b7e0d:3000, url: http://4f2a9c1b7e0d:3000',
      'Listening on port 3000 url: http://4f2a9c1b7e0d:3000',
      '- error Failed to handle request for /',
      ...nextRequest,
    ].join('\n'),
  },
  {
    source: 'Next.js 13.5+ Log.error mark ` ⨯ `, the same request error, at run',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'next-13-5-request-error-run',
    text: [
      '$ docker run --rm -p 3000:3000 shop-web',
      ' ✓ Ready in 120ms',
      '- ready started server on 4f2a9c1b7e0d:3000, url: http://4f2a9c1b7e0d:3000',
      ' ⨯ Failed to handle request for /',
      ...nextRequest,
    ].join('\n'),
  },
  {
    source: "the request error, then the container's row Exited (1): the later state answers",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-next-request-then-exited',
    text: [
      '$ docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker logs dash-app',
      '- error Failed to handle request for /',
      ...nextRequest,
      '$ docker ps -a',
      'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS                     PORTS     NAMES',
      '4f2a9c1b7e0d   dash-app   "python app.py"   2 minutes ago   Exited (1) 5 seconds ago             dash-app',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Next.js's error for one request", nextRows],
  ["a variable's name with a space", envNameRows],
  ["Compose v1's conversion of an interpolated value", conversionRows],
  ["Compose v1's unset-variable warning", warningRows],
];

describe.each(families)('cw207 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
