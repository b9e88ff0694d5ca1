/*
 * Stop 56 (the lead's): classes found in the first runs of this stop's sets, each on its program's own format, never a holdout paste.
 * Rows whose id starts "guard" are near shapes that must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string, string?]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');

// docker/cli's ps table (formatter/container.go defaultContainerTableFormat) and docker version's Server part as 20.10+ print them.
const head = 'CONTAINER ID   IMAGE         COMMAND    CREATED          STATUS                      PORTS     NAMES';
const created = (id: string, name: string, image = 'hello-world') =>
  `${id}   ${image.padEnd(11)}   "/hello"   2 minutes ago    Created                               ${name}`;
const exited = (id: string, name: string) =>
  `${id}   hello-world   "/hello"   2 minutes ago    Exited (0) 2 minutes ago              ${name}`;
const server = lines(
  'Server: Docker Engine - Community',
  ' Engine:',
  '  Version:          24.0.7',
  '  API version:      1.43 (minimum version 1.12)',
  '  Go version:       go1.20.10',
);
const greeting = lines('Hello from Docker!', 'This message shows that your installation appears to be working correctly.');

// hello-world's containers listed and never started (moby container/state.go StateString "created"): docker run created them, the
// start failed or never came, and nothing was printed. The daemon answers and runs no container (step-install.ts neverStarted).
const neverStarted: Row[] = [
  {
    check: 'install',
    want: ['problem', 'container-exited', 'never-started'],
    id: 'hello-world-created-beside-server',
    text: lines('$ docker run hello-world', '$ docker ps -a', head, created('4f1c2a9e8b7d', 'eager_hopper'), '$ docker version', server),
  },
  {
    check: 'install',
    want: ['problem', 'container-exited', 'never-started'],
    id: 'hello-world-latest-created-listing-alone',
    text: lines(
      '$ docker ps -a',
      head,
      created('4f1c2a9e8b7d', 'eager_hopper', 'hello-world:latest'),
      created('9a8b7c6d5e4f', 'jolly_ride', 'hello-world:latest'),
    ),
  },
  // The greeting printed: the last run worked, whatever older rows still say.
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-greeting-beside-created-row',
    text: lines('$ docker ps -a', head, created('4f1c2a9e8b7d', 'eager_hopper'), '$ docker run hello-world', greeting),
  },
  // One hello-world row ran to its end (Exited (0)): not every row is only Created.
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-one-hello-world-exited-0',
    text: lines('$ docker ps -a', head, created('4f1c2a9e8b7d', 'eager_hopper'), exited('9a8b7c6d5e4f', 'jolly_ride'), server),
  },
  // Another image's row only Created: not lesson 3's container; the Server part answers as before.
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-other-image-created',
    text: lines('$ docker ps -a', head, created('4f1c2a9e8b7d', 'eager_hopper', 'nginx'), '$ docker version', server),
  },
];

describe.each([['hello-world never started', neverStarted]] as [string, Row[]][])('stop 56 %s', (_, rows) => {
  it.each(rows)('$id at $check', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id, d.details.variant].slice(0, want.length)).toEqual(want);
  });
});
