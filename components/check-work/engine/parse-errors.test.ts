import { describe, expect, it } from 'vitest';
import { composeRules } from './compose-errors';
import { errorHits, ranked } from './parse-errors';
import { body } from './load-fixture';
import { errors as runRules } from './step-run';

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

  it('reads each error in its older wordings and in Compose v1’s, with the details the messages name', () => {
    const first = (line: string) => {
      const best = errorHits(line, rules).sort((a, b) => a.rank - b.rank)[0];
      return best && { id: best.id, ...best.details };
    };
    // Docker 1.0-1.9, 1.10-1.12 and since 1.13 (moby#9765, moby#25932).
    expect(
      first(
        'Error response from daemon: Conflict, The name dash-app is already assigned to 5b54d0ba65de. You have to delete (or rename) that container',
      ),
    ).toEqual({ id: 'name-conflict', name: 'dash-app' });
    expect(
      first('docker: Error response from daemon: Conflict. The name "/dash-app" is already in use by container 3c1b4fd63f2a.'),
    ).toEqual({ id: 'name-conflict', name: 'dash-app' });
    // 1.x, 17.x and since 18.x.
    expect(first('docker: Error: image library/e4l-python-graph not found.')).toEqual({
      id: 'image-not-found',
      name: 'library/e4l-python-graph',
    });
    expect(first('Error response from daemon: repository e4l-python-graph not found: does not exist or no pull access')).toEqual({
      id: 'image-not-found',
      name: 'e4l-python-graph',
    });
    expect(first('Error parsing reference: "E4L" is not a valid repository/tag')?.id).toBe('invalid-reference');
    expect(first('docker: "run" requires a minimum of 1 argument.')?.id).toBe('missing-image-argument');
    expect(first('Error: No such image or container: dash-app')).toEqual({ id: 'container-not-found', name: 'dash-app' });
    // Docker for Mac before 2019, Docker 1.x.
    expect(first('Error starting userland proxy: Bind for 0.0.0.0:8050: unexpected error (Failure EADDRINUSE)')).toEqual({
      id: 'port-already-allocated',
      port: '8050',
      appPort: 8050,
    });
    expect(first('Error: Cannot start container 3c1b4fd63f2a: port has already been allocated')?.id).toBe('port-already-allocated');
    // The daemon in Docker 1.x and in Compose v1's Python client; a PermissionError there is permission.
    expect(first('Get http:///var/run/docker.sock/v1.19/version: dial unix /var/run/docker.sock: no such file or directory.')?.id).toBe(
      'daemon-not-running',
    );
    expect(first("ERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?")?.id).toBe(
      'daemon-not-running',
    );
    expect(
      first("requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionRefusedError(111, 'Connection refused'))")?.id,
    ).toBe('daemon-not-running');
    expect(
      first(
        "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', PermissionError(13, 'Permission denied'))",
      )?.id,
    ).toBe('permission-denied');
    expect(first('Post http:///var/run/docker.sock/v1.17/containers/create: dial unix /var/run/docker.sock: permission denied.')?.id).toBe(
      'permission-denied',
    );
    // Compose: no plugin (docker parses the flags), v1, v2 before 2.3.
    expect(first("unknown shorthand flag: 'a' in -a")?.id).toBe('compose-not-installed');
    expect(first('unknown flag: --build')?.id).toBe('compose-not-installed');
    expect(first('Service "web" uses an undefined network "backend"')).toEqual({
      id: 'compose-undefined-network',
      name: 'web',
      network: 'backend',
    });
    expect(first('ERROR: No such service: web')).toEqual({ id: 'compose-service-missing', name: 'web', variant: 'undefined' });
    expect(first('ERROR: Version in "./compose.yaml" is unsupported.')?.id).toBe('compose-too-old');
    expect(first('(root) Additional property name is not allowed')?.id).toBe('compose-too-old');
    expect(first('[16109] Failed to execute script docker-compose')?.id).toBe('compose-too-old');
  });

  it('reads Compose v1’s usage for a flag it lacks as compose-too-old, and not v2’s', () => {
    const first = (line: string) => errorHits(line, rules).sort((a, b) => a.rank - b.rank)[0];
    // Modelled on WordPress/openverse#1160 (docker-compose 1.x, `config --format=json`), here `logs --no-log-prefix`:
    // v1's docopt prints the subcommand's usage (compose/cli/main.py, TopLevelCommand.logs).
    expect(first('Usage: logs [options] [--] [SERVICE...]')?.id).toBe('compose-too-old');
    expect(first('Usage: up [options] [--scale SERVICE=NUM...] [--] [SERVICE...]')?.id).toBe('compose-too-old');
    // v2's own usage (docker/cli cobra) is no sign of v1.
    expect(first('Usage:  docker compose config [OPTIONS] [SERVICE...]')).toBeUndefined();
  });

  it('reads a program the image lacks (executable file not found) as a container that could not start', () => {
    // Modelled on okomarov/dash_on_flask#1 (Docker 18.09, CMD written as one string), here Docker 24's and crun's wording
    // and Docker 1.x's (moby#9813).
    // Lesson 5's chunk reads it (step-run.ts).
    const id = (line: string) => errorHits(line, ranked(runRules)).map((h) => `${h.id}.${h.details.variant}`);
    expect(
      id(
        'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "gunicorn -b 0.0.0.0:8050 app:server": executable file not found in $PATH: unknown.',
      ),
    ).toEqual(['container-exited.start-failed']);
    expect(
      id(
        'Error: executable file `./entrypoint.sh` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found',
      ),
    ).toEqual(['container-exited.start-failed']);
    expect(id("Error response from daemon: Container command 'python3 app.py' not found or does not exist.")).toEqual([
      'container-exited.start-failed',
    ]);
  });

  it('finds nothing in healthy output', () => {
    expect(hits(body('version-29-ok'))).toEqual([]);
    expect(hits(body('inspect-running'))).toEqual([]);
  });
});

describe('holdout10: an arm64-only image on an amd64 host', () => {
  // docker/docs#14296 quotes the warning for linux/arm64/v8; here the bare linux/arm64 and curly quotes.
  it('is the exec format error to come; amd64 on arm64 (emulated by Docker Desktop) is not', () => {
    const warn = (image: string, host: string) =>
      hits(
        `WARNING: The requested image’s platform (${image}) does not match the detected host platform (${host}) and no specific platform was requested`,
      );
    expect(warn('linux/arm64', 'linux/amd64').map((h) => h.id)).toEqual(['exec-format-error']);
    expect(warn('linux/amd64', 'linux/arm64/v8')).toEqual([]);
  });
});
