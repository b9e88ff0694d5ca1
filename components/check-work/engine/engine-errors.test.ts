/*
 * cw28: what the client prints when it cannot use an engine, from the sources (engine-errors.ts), and the classes that sweep
 * added, each tested on another wording, engine or version than the table's row.
 */
import { describe, expect, it } from 'vitest';
import { engineErrors } from './engine-errors';
import { check, expectSweepRow } from './test-pastes';

describe('the engine-state sweep (engine-errors.ts)', () => {
  it.each(engineErrors.map((c, i) => [i, c.check, c.source, c] as const))('%i %s %s', async (_, __, ___, c) => {
    await expectSweepRow(c);
  });
});

describe('cw28: Docker Desktop answers, its engine does not (engine-not-ready)', () => {
  // Desktop's proxy on macOS, in docker info's Server part and on a run (docker.raw.sock refused); Desktop 4.x on Windows at run.
  it('reads Desktop’s own words at other steps and in other layouts, with their variants', async () => {
    const raw =
      'Server:\nERROR: Error response from daemon: dial unix docker.raw.sock: connect: connection refused\nerrors pretty printing info';
    expect(await check('install', raw)).toMatchObject({ kind: 'problem', id: 'engine-not-ready', details: { variant: 'desktop' } });
    const paused = 'docker: Error response from daemon: Docker Desktop is manually paused. Unpause it through the Whale menu or Dashboard.';
    expect(await check('compose', paused)).toMatchObject({ id: 'engine-not-ready', details: { variant: 'paused' } });
    expect((await check('run', 'docker: Error response from daemon: Docker Desktop is unable to start.')).details.variant).toBe('desktop');
  });
  // moby client/request.go checkResponseErr: any 5xx with no body, "request returned %s", also 503 and 502 (Desktop's proxy).
  it('reads the client’s 5xx wordings other than 500, without a request URL too', async () => {
    for (const text of [
      'request returned 503 Service Unavailable for API route and version http://%2Fvar%2Frun%2Fdocker.sock/v1.47/version, check if the server supports the requested API version',
      'Error: request returned Bad Gateway; check if the server supports the requested API version',
    ])
      expect(await check('install', text)).toMatchObject({ kind: 'problem', id: 'engine-not-ready' });
  });
  // The client's own "Cannot connect" ranks first, and Desktop's proxy answering ("from daemon") does not undo it.
  it('keeps an earlier "Cannot connect" before Desktop’s proxy', async () => {
    const text =
      'Cannot connect to the Docker daemon at unix:///Users/me/.docker/run/docker.sock. Is the docker daemon running?\nError response from daemon: Bad response from Docker engine';
    expect(await check('install', text)).toMatchObject({ id: 'daemon-not-running' });
  });
});

describe('cw28: the client reaches no engine (daemon-not-running)', () => {
  // moby client/request.go doRequest "error during connect: %w": Go's dial errors other than refused or a timeout.
  it('reads a DOCKER_HOST whose network is unreachable or whose name is gone', async () => {
    for (const text of [
      'error during connect: Get "http://10.0.0.5:2375/v1.45/containers/json": dial tcp 10.0.0.5:2375: connect: network is unreachable',
      'error during connect: Get "http://docker:2375/_ping": dial tcp: lookup docker on 127.0.0.11:53: no such host',
    ])
      expect(await check('run', text)).toMatchObject({ kind: 'problem', id: 'daemon-not-running' });
  });
  // docker/cli metadatastore.go, another context's name and Windows' path; not minikube's warning, nor the built-in "default".
  it('reads a current context that is gone (Rancher Desktop’s), not minikube’s warning about it', async () => {
    const rd =
      'context "rancher-desktop": context not found: open C:\\Users\\me\\.docker\\contexts\\meta\\0b6d\\meta.json: The system cannot find the path specified.';
    expect(await check('install', rd)).toMatchObject({ kind: 'problem', id: 'daemon-not-running' });
    const minikube =
      'W1106 14:20:33.749780  214725 main.go:291] Unable to resolve the current Docker CLI context "desktop-linux": context "desktop-linux": context not found: open /home/me/.docker/contexts/meta/fe9c/meta.json: no such file or directory';
    expect((await check('install', minikube)).id).not.toBe('daemon-not-running');
  });
  // containers/podman cmd/podman/main.go's error line alone; abiosoft/colima's fatal log in logfmt, with a profile.
  it('reads Podman’s socket error alone and Colima’s not running in logfmt', async () => {
    const podman = 'Error: unable to connect to Podman socket: failed to connect: dial tcp 127.0.0.1:52311: connect: connection refused';
    expect(await check('install', podman)).toMatchObject({ id: 'daemon-not-running' });
    expect(await check('install', 'time="2024-05-01T10:00:00+02:00" level=fatal msg="colima [profile=dev] is not running"')).toMatchObject({
      id: 'daemon-not-running',
    });
  });
});

describe('cw28: hello-world stopped by the credential helper, at lesson 3', () => {
  // docker-credential-helpers client.go Get, macOS's keychain helper, after a Server part that answered: no container ran.
  it('answers the helper’s failure beside a Server part, never healthy', async () => {
    const text = `Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n  API version:      1.47 (minimum version 1.24)\n$ docker run hello-world\nUnable to find image 'hello-world:latest' locally\ndocker: error getting credentials - err: exec: "docker-credential-osxkeychain": executable file not found in $PATH, out: \`\`.`;
    expect(await check('install', text)).toMatchObject({ kind: 'problem', id: 'image-not-found', details: { variant: 'credentials' } });
  });
});
