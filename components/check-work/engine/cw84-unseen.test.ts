/*
 * cw84: two classes of holdout71 and 72's misses, taken after their end-of-stop measurement (engine README, stop 38):
 * - A docker run continued over lines, read whole when bash would: a backslash glued to a value (`-e ServerIP=192.168.0.194\`,
 *   pi-hole/docker-pi-hole#528's docker_run.sh; bash removes a backslash-newline wherever it stands) and a command that is a
 *   numbered list's step (`2. docker run -d \`, orbstack/orbstack#1402). Before, the -p lines below were lost: no-port-published.
 * - cw78's "several fixed host ports" counts tcp mappings only: a udp one forwards no browser's request (portCheck), so pi-hole's
 *   `-p 53:53/tcp -p 53:53/udp -p 8017:80/udp -p 444:443/udp` is one tcp mapping at another port → wrong-container-port.
 * Rows: the two issues' own lines, and the same lines numbered otherwise or for the lesson; guards keep the answers that must not
 * change. 4 of 12 right before (3 guards and a run line without -p), 12 after.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

// pi-hole/docker-pi-hole#528 (its docker_run.sh, as posted).
const pihole =
  '#!/bin/bash\n\ndocker run -d \\\n    --name pihole \\\n    -e ServerIP=192.168.0.194\\\n    -p 53:53/tcp -p 53:53/udp \\\n    -p 8017:80/udp \\\n    -p 444:443/udp \\\n    -e TZ="America/Los_Angeles" \\\n    -v ~/pihole/:/etc/pihole\\\n    --dns=127.0.0.1 --dns=1.1.1.1 \\\n    pihole/pihole:latest';
// orbstack/orbstack#1402 (its "To Reproduce" list).
const rabbit =
  '1. docker pull rabbitmq:management\n2. docker run -d \\\n  --name rabbitmq \\\n  --hostname shufia \\\n  -p 15672:15672 \\\n  -p 5672:5672 \\\n  -e RABBITMQ_DEFAULT_VHOST=myt \\\n  rabbitmq:management\n  3. google chrom open http://127.0.0.1:15672 work well';

const rows: [Check, string, string, string, string][] = [
  ['run', 'glued-backslash', 'problem', 'ports-swapped', pihole],
  ['reach:published', 'glued-backslash-udp', 'problem', 'ports-swapped', pihole],
  ['run', 'numbered-step', 'problem', 'ports-swapped', rabbit],
  ['run', 'numbered-paren', 'problem', 'ports-swapped', rabbit.replace('2. docker', '2) docker')],
  ['run', 'glued-backslash-lesson', 'partial', 'shows-part', 'docker run -d \\\n  --name dash-app\\\n  -p 8050:8050\\\n  e4l-python-graph'],
  [
    'run',
    'glued-backslash-no-p',
    'problem',
    'no-port-published',
    'docker run -d \\\n  --name dash-app\\\n  -e DEBUG=1\\\n  e4l-python-graph',
  ],
  [
    'run',
    'numbered-lesson',
    'partial',
    'shows-part',
    '1. docker build -t e4l-python-graph .\n2. docker run -d \\\n   --name dash-app \\\n   -p 8050:8050 \\\n   e4l-python-graph',
  ],
  [
    'reach:published',
    'udp-only-several',
    'problem',
    'ports-swapped',
    'docker run -d --name pihole -p 53:53/tcp -p 53:53/udp -p 67:67/udp -p 8017:80/udp pihole/pihole',
  ],
  // Guards: several tcp mappings stay one other container (cw78, jenkinsci/docker#656); a udp 8050 is no publish of the app.
  [
    'reach:published',
    'guard-several-tcp',
    'problem',
    'container-not-found',
    'docker run --name testJenkins -p 9090:9090 -p 50000:50000 jenkins',
  ],
  [
    'reach:published',
    'guard-several-tcp-and-udp',
    'problem',
    'container-not-found',
    'docker run -d --name pihole -p 53:53/tcp -p 53:53/udp -p 80:80/tcp pihole/pihole',
  ],
  ['run', 'guard-udp-8050', 'problem', 'no-port-published', 'docker run -d --name dash-app -p 8050:8050/udp e4l-python-graph'],
  // A numbered step of prose after the command is not joined to it (orbstack#1402's step 3 stays a sentence).
  ['run', 'prose-step-after', 'problem', 'ports-swapped', `${rabbit}\n4. docker ps shows it Up`],
];

describe('cw84: run lines continued as bash reads them; several tcp mappings only', () => {
  it.each(rows)('%s %s', async (where, _id, kind, id, text) => {
    expect(await check(where, text)).toMatchObject({ kind, id });
  });
});
