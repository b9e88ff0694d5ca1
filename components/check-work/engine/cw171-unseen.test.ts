/*
 * cw171 (stop 56): holdout164's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - Compose v1's connection error (docker-py's words, compose/cli/errors.py: `Couldn't connect to Docker daemon at … - is it
 *   running?`), then the same Compose command under sudo that the daemon answered (compose/network.py's `Creating network "…" with
 *   the default driver`, service.py's `Creating … ... done`, the daemon's build and pull streams) → the socket's permission at lesson 3,
 *   and the sudo run's project the later state at Compose;
 * - a JSON body under a typed HTTP client (FastAPI's JSONResponse, Flask's jsonify, an array of objects) at a published port that is
 *   not 8050 → the app answers there, beyond loopback, at another container port.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const refused = [
  "ERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?",
  '',
  "If it's at a non-standard location, specify the URL with the DOCKER_HOST environment variable.",
];

const sudoRows: Row[] = [
  {
    source:
      'docker-compose 1.8 (docker-py 1.x names the socket localunixsocket), `up -d` then under sudo: service.py `Creating … ... done`',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'v1-up-d-sudo-created',
    text: [
      '$ docker-compose up -d',
      ...refused,
      '$ sudo docker-compose up -d',
      'Creating network "blog_default" with the default driver',
      'Creating blog_db_1 ... done',
      'Creating blog_web_1 ... done',
    ].join('\n'),
  },
  {
    source: 'the same at Compose: the sudo run made project blog (compose/network.py `<project>_default`), the later state (cw167)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-up-d-sudo-created-compose',
    text: [
      '$ docker-compose up -d',
      ...refused,
      '$ sudo docker-compose up -d',
      'Creating network "blog_default" with driver "bridge"',
      'Creating blog_db_1 ... done',
      'Creating blog_web_1 ... done',
    ].join('\n'),
  },
  {
    source: 'Compose v1 `up` under sudo still pulling: only the network made so far (compose/network.py Network.ensure), project shop',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'v1-up-sudo-network-then-pull',
    text: [
      '$ docker-compose up',
      ...refused,
      '$ sudo docker-compose up',
      'Creating network "shop_default" with the default driver',
      'Pulling db (postgres:16)...',
      '16: Pulling from library/postgres',
      'a2abf6c4d29d: Pull complete',
    ].join('\n'),
  },
  {
    source: "docker-compose 1.x `build`, then under sudo the daemon's build stream (`Step 1/4 : FROM …`)",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'v1-build-sudo-step',
    text: [
      '$ docker-compose build',
      ...refused,
      '$ sudo docker-compose build',
      'Building web',
      'Step 1/4 : FROM python:3.11-slim',
      ' ---> 2b2c2e4a1f3d',
    ].join('\n'),
  },
  {
    source: 'guard: the sudo retry cut short, its first line only (`Building web` is printed before the daemon is asked, service.py build)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-sudo-cut-short',
    text: ['$ docker-compose up', ...refused, '$ sudo docker-compose up', 'Building web'].join('\n'),
  },
  {
    source: 'guard: the sudo retry refused the same way (no daemon at all)',
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-sudo-refused-too',
    text: ['$ docker-compose up', ...refused, '$ sudo docker-compose up', ...refused].join('\n'),
  },
  {
    source: "guard: the daemon's words told in a sentence, no sudo run shown",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-told-in-prose',
    text: [
      '$ docker-compose up',
      ...refused,
      'With sudo it should print `Creating network "blog_default" with the default driver` but I have not tried.',
    ].join('\n'),
  },
  {
    source: 'guard: another Compose command under sudo (a pull) answered: not the refused `up` run again',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-sudo-other-verb',
    text: [
      '$ docker-compose up',
      ...refused,
      '$ sudo docker-compose pull',
      'Pulling db ... done',
      'Creating network "blog_default" with the default driver',
    ].join('\n'),
  },
];

const jsonRows: Row[] = [
  {
    source: 'FastAPI JSONResponse (compact JSON) under `curl` at a published 5000 of a run line',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'fastapi-json-5000',
    text: ['$ docker run -d -p 5000:5000 items-api', '$ curl http://localhost:5000/items', '[{"id":1,"name":"pen"}]'].join('\n'),
  },
  {
    source: "Flask's jsonify pretty-printed (a `{` alone on its line) under `curl`, at a published 8080",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'flask-json-pretty-8080',
    text: ['$ docker run -d -p 8080:8080 flask-api', '$ curl localhost:8080/health', '{', '  "status": "healthy"', '}'].join('\n'),
  },
  {
    source: "guard: JSON from Docker's own API through its socket (`--unix-socket`), no app's answer",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-daemon-socket-json',
    text: ['$ curl --unix-socket /var/run/docker.sock http://localhost/_ping', '{"message":"page not found"}'].join('\n'),
  },
  {
    source: "guard: the lesson's own port answering JSON: no evidence of where the app listens, never an ok",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-json-at-8050',
    text: ['$ docker run -d --name dash-app -p 8050:8050 dash-app', '$ curl localhost:8050/health', '{"status":"ok"}'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["Compose v1's connection error, then the same command under sudo that the daemon answered", sudoRows],
  ['a JSON body under a typed HTTP client', jsonRows],
];

describe.each(families)('cw171 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
