import { describe, expect, it } from 'vitest';
import { errorHits } from './parse-errors';
import { body } from './load-fixture';

const hits = (text: string) => text.split('\n').flatMap(errorHits);

describe('errorHits', () => {
  it.each([
    ['permission-29-version', 'permission-denied'],
    ['permission-old-run', 'permission-denied'],
    ['daemon-29-version', 'daemon-not-running'],
    ['daemon-old-version', 'daemon-not-running'],
    ['daemon-desktop-windows', 'daemon-not-running'],
    ['client-too-old-compose', 'client-too-old'],
    ['arm64-legacy-build', 'no-arm64-manifest'],
    ['arm64-buildkit', 'no-arm64-manifest'],
    ['run-port-allocated-old', 'port-already-allocated'],
    ['compose-port-allocated-28', 'port-already-allocated'],
    ['run-address-in-use', 'port-already-allocated'],
    ['windows-ports-not-available', 'port-already-allocated'],
    ['compose-no-file', 'compose-no-file'],
    ['compose-undefined-network', 'compose-undefined-network'],
    ['compose-not-installed-old', 'compose-not-installed'],
    ['compose-not-installed-new', 'compose-not-installed'],
    ['network-not-found', 'network-not-found'],
    ['logs-no-such-container', 'container-not-found'],
    ['inspect-missing', 'container-not-found'],
  ])('%s → %s', (fixture, id) => {
    expect(hits(body(fixture)).map((h) => h.id)).toContain(id);
  });

  it('reads what the messages name', () => {
    expect(hits(body('client-too-old-compose'))).toContainEqual({ id: 'client-too-old', arg: '1.42', arg2: '1.44' });
    expect(hits(body('compose-port-allocated-28'))).toContainEqual({ id: 'port-already-allocated', arg: '8050', arg2: 'already allocated' });
    expect(hits(body('run-address-in-use'))).toContainEqual({ id: 'port-already-allocated', arg: '8050', arg2: undefined });
    expect(hits(body('compose-undefined-network'))).toContainEqual({ id: 'compose-undefined-network', arg: 'web', arg2: 'backend' });
    expect(hits(body('network-not-found'))).toContainEqual({ id: 'network-not-found', arg: 'dash-app_frontend', arg2: undefined });
  });

  it('finds nothing in healthy output', () => {
    expect(hits(body('version-29-ok'))).toEqual([]);
    expect(hits(body('inspect-running'))).toEqual([]);
  });
});
