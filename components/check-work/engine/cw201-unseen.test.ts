/*
 * cw201 (stop 60): holdout121 and holdout117's misses by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - a port told taken in the learner's words, two more forms: a program's "port N already in use" retold without its verb, and
 *   Docker's own port holder named (Desktop's com.docker.slirp.exe / com.docker.backend.exe / vpnkit / wslrelay.exe, moby's
 *   docker-proxy) using or listening on a port; and a port conflict stated without its number;
 * - http-server's `Available on:` list closed by `Hit CTRL-C to stop the server`, loopback URLs only (`-a 127.0.0.1`);
 * - lsof run in the container (`docker exec NAME lsof -i`): the container's own listening sockets.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const dashUp = [
  'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                    NAMES',
  '3f2a1b4c5d6e   dash-app   "python app.py"   5 seconds ago   Up 4 seconds   0.0.0.0:8050->8050/tcp   dash-app',
].join('\n');

const toldRows: Row[] = [
  {
    source: "an installer's prompt and its error retold without the verb (`Port: 8050 already in use`), the learner's sentence",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'verbless-port-colon-already-in-use',
    text: 'The setup script asks for the app port and after I type it, it says port: 8050 already in use. Nothing else is running.',
  },
  {
    source: 'the same retelling without the colon, "already taken"',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'verbless-port-already-taken',
    text: 'Every time I start it I get port 8050 already taken, even after a reboot.',
  },
  {
    source:
      "Docker Desktop 2.x+ for Windows' port forwarder com.docker.backend.exe named in Resource Monitor's Listening Ports as the holder",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'desktop-backend-listening-on-tcp-port',
    text: "Resource Monitor shows com.docker.backend.exe listening on TCP port 8050, so my other app can't start.",
  },
  {
    source: "moby's userland proxy (cmd/docker-proxy) named as the holder by the learner",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'docker-proxy-using-port',
    text: 'After removing the container, docker-proxy is still using port 8050 and I cannot bind it.',
  },
  {
    source: 'Docker itself named as the holder ("Docker is using port N which I need")',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'docker-is-using-port',
    text: 'Docker is using port 8050 which I need for another service.',
  },
  {
    source: 'the question, not the state: "Is port 8050 already in use?"',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-question-port-already-in-use',
    text: 'How do I check: is port 8050 already in use?',
  },
  {
    source: 'the check asked for, not a state told ("check if port N already in use")',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-check-if-port-already-in-use',
    text: 'The docs say to check if port 8050 already in use before starting.',
  },
  {
    source: 'a negation: Docker is not the holder',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-docker-is-not-using-port',
    text: 'Docker is not using port 8050 as far as I can tell.',
  },
  {
    source: 'the told form, then docker ps with dash-app up at 8050: the listing answers (the lesson container holds it)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-verbless-then-listing',
    text: ['It said port: 8050 already in use, so I checked:', '$ docker ps', dashUp].join('\n'),
  },
  {
    source: 'a port conflict stated as what happened, no number ("It was a port conflict")',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'conflict-told-no-number',
    text: 'Update: fixed. It was a port conflict with another stack on the same machine.',
  },
  {
    source: 'the same after a comma, "turned out to be"',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'conflict-turned-out-to-be',
    text: 'I restarted everything, it turned out to be a port conflict.',
  },
  {
    source: 'advice, not a state: "to avoid a port conflict"',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-conflict-advice',
    text: 'Pick a free host port to avoid a port conflict.',
  },
  {
    source: 'a condition, not a state: "If there is a port conflict, …"',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-conflict-condition',
    text: 'If there is a port conflict, Docker prints an error when it starts the container.',
  },
  {
    source: 'the conflict told, then docker ps with dash-app up at 8050: the listing answers',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-conflict-then-listing',
    text: ['It was a port conflict, so I stopped the other app:', '$ docker ps', dashUp].join('\n'),
  },
  {
    source: 'the Desktop holder at another check (reach:listening): nothing of where the app listens',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-desktop-holder-listening-check',
    text: 'Resource Monitor shows com.docker.backend.exe listening on TCP port 8050.',
  },
];

const httpServerRun = 'docker run -d --name dash-app -p 8050:8050 dash-app';
const httpServerRows: Row[] = [
  {
    source:
      'http-party/http-server bin/http-server, its listen callback with `-a 127.0.0.1`: "Available on:" then the one address, then "Hit CTRL-C to stop the server"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'http-server-a-loopback-list-closed',
    text: [
      httpServerRun,
      '$ docker logs dash-app',
      'Starting up http-server, serving ./public',
      'Available on:',
      '  http://127.0.0.1:8050',
      'Hit CTRL-C to stop the server',
    ].join('\n'),
  },
  {
    source: 'the same with --proxy: "Unhandled requests will be served from: …" between the list and its last line',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'http-server-a-loopback-list-proxy-line',
    text: [
      'Starting up http-server, serving ./dist through https',
      'Available on:',
      '  https://127.0.0.1:8050',
      'Unhandled requests will be served from: http://localhost:3000',
      'Hit CTRL-C to stop the server',
    ].join('\n'),
  },
  {
    source: 'http-server binding every address (its default 0.0.0.0): loopback and the container’s eth0, then the last line',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-http-server-every-interface-closed',
    text: [
      httpServerRun,
      'Starting up http-server, serving ./public',
      'Available on:',
      '  http://127.0.0.1:8050',
      '  http://172.17.0.2:8050',
      'Hit CTRL-C to stop the server',
    ].join('\n'),
  },
  {
    source: 'the one loopback URL, the list cut before its last line: the port only, as cw30 read it',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-http-server-loopback-list-cut',
    text: [httpServerRun, 'Starting up http-server, serving ./public', 'Available on:', '  http://127.0.0.1:8050'].join('\n'),
  },
  {
    source: 'the closed loopback list at another check (run): the run line and its container’s log, no listing',
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-http-server-loopback-at-run',
    text: [
      httpServerRun,
      'Starting up http-server, serving ./public',
      'Available on:',
      '  http://127.0.0.1:8050',
      'Hit CTRL-C to stop the server',
    ].join('\n'),
  },
];

const lsofHead = 'COMMAND   PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME';
const lsofRows: Row[] = [
  {
    source:
      'lsof-org/lsof print_file (COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME) run in the container by `docker exec NAME lsof -i`: the app on every address at another port',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'exec-lsof-every-address-other-port',
    text: [
      'docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ docker exec dash-app lsof -i TCP',
      lsofHead,
      'python3   1 root    3u  IPv4  41234      0t0  TCP *:5000 (LISTEN)',
    ].join('\n'),
  },
  {
    source: 'the same, `lsof -i -P -n` in the container: the app on loopback at the lesson’s port',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'exec-lsof-loopback',
    text: [
      'docker run -d --name dash-app -p 8050:8050 dash-app',
      'docker exec dash-app lsof -i -P -n',
      lsofHead,
      'python3   1 root    3u  IPv4  41234      0t0  TCP 127.0.0.1:8050 (LISTEN)',
    ].join('\n'),
  },
  {
    source: 'lsof on the host (no docker exec): a host program at another port says nothing of where the app listens',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-host-lsof-other-port',
    text: [
      'docker run -d --name dash-app -p 8050:8050 dash-app',
      '$ sudo lsof -i TCP -P',
      lsofHead,
      'python3   4242 me    3u  IPv4  41234      0t0  TCP *:5000 (LISTEN)',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['`docker exec NAME lsof -i`: the container’s own sockets', lsofRows],
  ["a port told taken: the verbless retelling and Docker's own holder", toldRows],
  ["http-server's closed `Available on:` list of loopback only", httpServerRows],
];

describe.each(families)('cw201 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
