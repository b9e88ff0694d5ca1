import { describe, expect, it } from 'vitest';
import { composeRules } from './compose-errors';
import { errorHits, ranked } from './parse-errors';
import { body } from './load-fixture';

// Every step's rules and Compose's (lessons 6 and 7), as their chunk reads them.
const rules = ranked(composeRules);
const hits = (text: string) => text.split('\n').flatMap((line) => errorHits(line, rules));

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

  it('reads what the messages name, as details', () => {
    const details = (name: string, id: string) => hits(body(name)).find((h) => h.id === id)?.details;
    expect(details('client-too-old-compose', 'client-too-old')).toEqual({ client: '1.42', server: '1.44' });
    expect(details('compose-port-allocated-28', 'port-already-allocated')).toEqual({ port: '8050', variant: 'allocated', appPort: 8050 });
    expect(details('run-address-in-use', 'port-already-allocated')).toEqual({ port: '8050', appPort: 8050 });
    expect(details('compose-undefined-network', 'compose-undefined-network')).toEqual({ name: 'web', network: 'backend' });
    expect(details('network-not-found', 'network-not-found')).toEqual({ network: 'dash-app_frontend' });
    expect(details('inspect-missing', 'container-not-found')).toEqual({ name: 'dash-app' });
    expect(errorHits('Bind for 0.0.0.0:8080 failed: port is already allocated', rules)[0]!.details.appPort).toBe(80);
  });

  it('ranks the messages, most fundamental first', () => {
    const [daemon] = errorHits('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', rules);
    const [missing] = errorHits('Error: No such container: dash-app', rules);
    expect(daemon!.rank).toBeLessThan(missing!.rank);
  });

  it('reads Compose’s messages only with Compose’s rules, as lessons 6 and 7 do', () => {
    expect(errorHits("docker: 'compose' is not a docker command.", ranked())).toEqual([]);
    expect(errorHits("docker: 'compose' is not a docker command.", rules).map((h) => h.id)).toEqual(['compose-not-installed']);
  });

  it('finds nothing in healthy output', () => {
    expect(hits(body('version-29-ok'))).toEqual([]);
    expect(hits(body('inspect-running'))).toEqual([]);
  });
});
