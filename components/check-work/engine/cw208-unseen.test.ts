/*
 * cw208 (stop 60): holdout186's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - a container's map of networks by `{{json .NetworkSettings.Networks}}`, pretty-printed (json_pp, jq) and copied from its first
 *   network's key on, the map's brace left out, cut inside the endpoint: the networks the container is on;
 * - two runs told in sentences, the first read as the paste's command line: the later one stands;
 * - Go's listen error quoted from its network on (`"tcp 127.0.0.1:8080 already in use"`): the port taken.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const endpoint = (indent: string, sep: string) => [
  `${indent}"IPAMConfig"${sep}null,`,
  `${indent}"Links"${sep}null,`,
  `${indent}"Aliases"${sep}null,`,
  `${indent}"NetworkID"${sep}"3f1c0e5a2b7d9c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e",`,
  `${indent}"EndpointID"${sep}"9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b",`,
  `${indent}"Gateway"${sep}"172.17.0.1",`,
  `${indent}"IPAddress"${sep}"172.17.0.2",`,
  `${indent}"IPPrefixLen"${sep}16,`,
];

const networkRows: Row[] = [
  {
    source: 'Perl JSON::PP `pretty` (json_pp: indent 3, `"key" : value`) of docker/cli\'s `{{json .NetworkSettings.Networks}}`, cut',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'json-pp-networks-bridge-from-key-cut',
    text: [
      "docker inspect -f '{{json .NetworkSettings.Networks}}' web | json_pp",
      '',
      'The output shows which networks the container is on:',
      '',
      '   "bridge" : {',
      ...endpoint('      ', ' : '),
      '      "MacAddress" : "02:42:ac:11:00:02"',
      'So the container sits on the default bridge.',
    ].join('\n'),
  },
  {
    source: 'jq\'s indent (2 spaces, `"key": value`) of the same map, from a hand-made network\'s key, the copy ending inside it',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'jq-networks-handmade-from-key-cut',
    text: ["$ docker inspect --format '{{json .NetworkSettings.Networks}}' api | jq", '  "mynet": {', ...endpoint('    ', ': ')].join('\n'),
  },
  {
    source: 'the same excerpt, its key a network of another Compose project (`shop_default`)',
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'json-pp-networks-other-project-default',
    text: [
      "docker inspect -f '{{json .NetworkSettings.Networks}}' shop-web-1 | json_pp",
      '',
      '   "shop_default" : {',
      ...endpoint('      ', ' : '),
    ].join('\n'),
  },
  {
    source: "the lesson's own network so shown: never an ok from a network read this way",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-json-pp-networks-lesson-frontend',
    text: [
      "docker inspect -f '{{json .NetworkSettings.Networks}}' web | json_pp",
      '',
      '   "dash-app_frontend" : {',
      ...endpoint('      ', ' : '),
    ].join('\n'),
  },
  {
    source: 'a lower-case key over members that are no endpoint (a compose config as JSON): not read as networks',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-lowercase-key-not-endpoint',
    text: ['Here is my config:', '', '  "web": {', '    "image": "nginx",', '    "restart": "always",'].join('\n'),
  },
];

const toldRows: Row[] = [
  {
    source: "an issue's two runs told in code spans (docker/cli run.go `--network host`): the later, on the host's network, stands",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'told-two-runs-later-host-network',
    text: [
      'With `docker run -p 8080:80 httpd:2.4` the page opens on localhost:8080.',
      'When I switch to `docker run --network host httpd:2.4` the page does not load any more.',
    ].join('\n'),
  },
  {
    source: 'the same told in quotes, at reach:published',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'told-two-runs-quoted-later-host-network',
    text: [
      'Running "docker run -p 8080:80 httpd:2.4" works fine.',
      'But running "docker run --net=host httpd:2.4" I cannot reach it.',
    ].join('\n'),
  },
  {
    source: 'one run told, then its own output (no second run told): the run line answers as before',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-one-told-run-no-publish',
    text: ['Using `docker run --name dash-app dash-app` I get:', ' * Running on http://0.0.0.0:8050'].join('\n'),
  },
  {
    source: "a run at its prompt, then a sentence quoting the lesson's run (no sentence before the first): the prompt's run stands",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-prompted-run-then-doc-quote',
    text: [
      '$ docker run --name dash-app dash-app',
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS      NAMES',
      'a1b2c3d4e5f6   dash-app   "python app.py"   5 seconds ago   Up 4 seconds   8050/tcp   dash-app',
      'The lesson says to type `docker run -d -p 8050:8050 --name dash-app dash-app` next.',
    ].join('\n'),
  },
];

const quotedRows: Row[] = [
  {
    source: 'Go net/net.go OpError.Error (`listen tcp ADDR: bind: address already in use`) quoted from its network on in a sentence',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'quoted-tcp-addr-already-in-use',
    text: 'Starting the stack with network_mode: host I get a "tcp 0.0.0.0:8050 already in use" error and it stops.',
  },
  {
    source: 'the same in a code span, at compose',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'quoted-tcp-addr-code-span-compose',
    text: 'docker compose up fails with `tcp 127.0.0.1:8050: bind: address already in use`',
  },
  {
    // Merged with cw201 (stop 60): a learner's own words that a port is in use are a told port (step-reach.ts toldInUse), partial
    // with the listing to run; never Go's error, so never port-already-allocated.
    source: "a sentence's own words without the quote: a retelling, not Go's error",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-unquoted-tcp-port-in-use',
    text: 'I think tcp port 8050 already in use by something else, how can I check it?',
  },
];

const families: [string, Row[]][] = [
  ["a container's networks pretty-printed from a network's key", networkRows],
  ['two runs told in sentences', toldRows],
  ["Go's listen error quoted from its network on", quotedRows],
];

describe.each(families)('cw208 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
