/*
 * cw161 (stop 54): holdout152 and holdout153's misses, by class, each row a short paste on a real program's format (`source` names
 * it), never a holdout paste:
 * - TensorBoard's own start line (tensorflow/tensorboard tensorboard/program.py print_serving_message and get_url): a host name for a
 *   wildcard bind (every address), its localhost warning, 127.0.0.1 (loopback);
 * - Rocket's configuration banner (rwf2/Rocket 0.4 rocket.rs Rocket::configured, 0.5 config.rs pretty_print): loopback only;
 * - moby's check of a network's address settings (api/types/network/ipam.go ValidateIPAM): network-address-pool, variant ipam;
 * - Compose v1's `build path … either does not exist` (compose/config/config.py validate_paths): compose-file-invalid;
 * - click's BadParameter with no parameter (`Error: Invalid value: …`) under its usage hint: the container's program refused to start;
 * - a shell's not-found line told after more verbs of telling (`it prompts: /bin/sh: 1: …: not found`): the container's crash.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };
const lines = (...l: string[]) => l.join('\n');

const tensorBoardRows: Row[] = [
  {
    source: 'tensorboard program.py get_url: `--bind_all` prints socket.getfqdn(), in a container its ID; another port than 8050',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'tb2-bind-all-container-name',
    text: lines('$ docker logs tb', 'TensorBoard 2.16.2 at http://3c9e1f0a7b2d:6006/ (Press CTRL+C to quit)'),
  },
  {
    source: 'tensorboard program.py: --host 127.0.0.1 prints the host as given, at the lesson port',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'tb2-host-loopback',
    text: lines('$ docker logs dash-app', 'TensorBoard 2.15.1 at http://127.0.0.1:8050/ (Press CTRL+C to quit)'),
  },
  {
    source: 'tensorboard program.py print_serving_message: no --host, no --bind_all: the localhost warning, then localhost',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'tb2-localhost-warned',
    text: lines(
      'Serving TensorBoard on localhost; to expose to the network, use a proxy or pass --bind_all',
      'TensorBoard 2.10.0 at http://localhost:8050/ (Press CTRL+C to quit)',
    ),
  },
  {
    source: 'tensorboard 1.x get_url: the empty default host is a wildcard bind, printed as socket.gethostname(), at 8050',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'tb1-hostname-lesson-port',
    text: lines('$ docker logs dash-app', 'TensorBoard 1.14.0 at http://a1b2c3d4e5f6:8050 (Press CTRL+C to quit)'),
  },
  {
    source: 'tensorboard program.py get_url falls back to localhost for a wildcard bind it cannot reach: alone, the port only',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-tb-localhost-alone',
    text: lines('$ docker logs dash-app', 'TensorBoard 2.16.2 at http://localhost:8050/ (Press CTRL+C to quit)'),
  },
  {
    source: 'the same line quoted in a sentence in a code span (what the learner expected): never an ok',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-tb-quoted-in-sentence',
    text: 'I expected to see `TensorBoard 1.14.0 at http://a1b2c3d4e5f6:8050 (Press CTRL+C to quit)` but the page does not load',
  },
  {
    source: 'the line, then a Python traceback ending the program (TensorBoard stopped): never an ok',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'guard-tb-then-traceback',
    text: lines(
      '$ docker logs dash-app',
      'TensorBoard 1.14.0 at http://a1b2c3d4e5f6:8050 (Press CTRL+C to quit)',
      'Traceback (most recent call last):',
      '  File "/usr/local/bin/tensorboard", line 8, in <module>',
      'OSError: [Errno 28] No space left on device',
    ),
  },
  {
    source: "the line cut short before its port and its `(Press CTRL+C to quit)`: not TensorBoard's line",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-tb-cut-short',
    text: lines('$ docker logs dash-app', 'TensorBoard 1.14.0 at http://a1b2c3d4e5f6'),
  },
  {
    source: 'the line as a code span that opens its line, then the sentence goes on (what it should print): never an ok',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-tb-code-span-then-sentence',
    text: '`TensorBoard 1.14.0 at http://a1b2c3d4e5f6:8050 (Press CTRL+C to quit)` is what the docs say it should print',
  },
  {
    source: 'the line under a wish (cw95: "I want …"), the learner\'s words, not the output: never an ok',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-tb-wished',
    text: 'I want TensorBoard 1.14.0 at http://a1b2c3d4e5f6:8050 (Press CTRL+C to quit)',
  },
];

const rocketRows: Row[] = [
  {
    source: 'Rocket 0.5 config.rs pretty_print: `🔧 Configured:` then `   >> address: 127.0.0.1`, `   >> port: 8000`',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'rocket05-configured-loopback',
    text: lines('$ docker logs dash-app', '🔧 Configured:', '   >> address: 127.0.0.1', '   >> port: 8000', '   >> workers: 4'),
  },
  {
    source: 'Rocket 0.4 rocket.rs Rocket::configured: `🔧 Configured for production.` with address 0.0.0.0: the banner alone is no bind',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-rocket04-all-banner-alone',
    text: lines('🔧 Configured for production.', '    => address: 0.0.0.0', '    => port: 8050', '    => log: critical'),
  },
  {
    source: 'an `address: localhost` item of some other program, with no Rocket header above it: not read',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-address-item-without-header',
    text: lines('Settings loaded', '    => address: localhost', '    => port: 8050'),
  },
];

const networkRows: Row[] = [
  {
    source: "moby api/types/network/ipam.go ValidateIPAM: a subnet that is not its block's start, `docker network create --subnet`",
    check: 'networks',
    want: ['problem', 'network-address-pool'],
    id: 'ipam-subnet-not-masked',
    text: lines(
      '$ docker network create --subnet 172.28.5.1/24 backend',
      'Error response from daemon: invalid network config:',
      'invalid subnet 172.28.5.1/24: it should be 172.28.5.0/24',
    ),
  },
  {
    source: 'ValidateIPAM validateAddress: a gateway outside the subnet, under Compose v2 `failed to create network`',
    check: 'compose',
    want: ['problem', 'network-address-pool'],
    id: 'ipam-gateway-compose',
    text: lines(
      '$ docker compose up -d',
      ' Network shop_backend  Creating',
      'failed to create network shop_backend: Error response from daemon: invalid network config:',
      "invalid gateway 10.9.0.1: parent subnet 10.8.0.0/16 doesn't contain this address",
    ),
  },
  {
    source: "a learner's sentence about an invalid subnet, no daemon words: not read",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ipam-prose',
    text: 'I think my invalid subnet setting is the reason, what should it be?',
  },
];

const composeRows: Row[] = [
  {
    source: 'docker/compose 1.x config.py validate_paths, a path with a space in it (`ERROR: build path %s either does not exist…`)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-build-path-space',
    text: lines(
      '$ docker-compose -f docker-compose.dev.yml up',
      'ERROR: build path /home/me/My Projects/shop/frontend either does not exist, is not accessible, or is not a valid URL.',
    ),
  },
];

const crashRows: Row[] = [
  {
    source: "click exceptions.py UsageError.show + BadParameter.format_message (`Invalid value: {message}`), a Flask CLI's own check",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'click-invalid-value-no-param',
    text: lines(
      '$ docker logs dash-app',
      'Usage: manage.py serve [OPTIONS] APP',
      "Try 'manage.py serve --help' for help.",
      '',
      'Error: Invalid value: Could not import "app.py".',
    ),
  },
  {
    source: "`Error: Invalid value: …` alone, without click's usage hint: any program's words, not read as a start failure",
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-invalid-value-alone',
    text: lines('$ docker logs dash-app', 'Error: Invalid value: 42'),
  },
  {
    source: 'dash exec.c `%s: %d: %s: not found` told after "displays:" in a sentence (cw121\'s telling, another verb)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'told-displays-shell-not-found',
    text: 'After docker run the log displays: /bin/sh: 1: uvicorn: not found',
  },
  {
    source: 'bash\'s not-found of a tool the learner typed to look (lookingTool), told after "it returns:": not the container\'s crash',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-told-returns-looking-tool',
    text: 'Inside the container it returns: bash: curl: command not found',
  },
];

const families: [string, Row[]][] = [
  ["TensorBoard's start line", tensorBoardRows],
  ["Rocket's configuration banner", rocketRows],
  ["the daemon's check of a network's address settings", networkRows],
  ["Compose v1's build path check", composeRows],
  ["a program's refusal and a shell's not-found, told", crashRows],
];

describe.each(families)('cw161 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
