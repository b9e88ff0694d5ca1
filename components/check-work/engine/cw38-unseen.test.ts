/*
 * cw38: the classes holdout33 missed (and five left of holdout21 to holdout32), each tested on variations (another program,
 * name, port, layout, version or language) rather than the paste; the real pastes are in ../corpus/ (h33-*, and h21-, h25-,
 * h29-, h30-; each test names its source), and the README's "holdout33's classes (cw38)" lists them.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const ts = '[2025-03-01 12:00:00 +0000]';

describe('cw38: a registry request refused on the way (parse-errors.ts)', () => {
  // Real paste: docker/for-mac#7361 (Desktop 4.32 on Windows, `docker pull curlimages/curl` through a proxy at 127.0.0.1:9000).
  it('reads Desktop’s proxy wrapping a refused or timed-out dial, on Windows and elsewhere, for pull and search', async () => {
    const texts = [
      'PS C:\\> docker pull python:3.12-slim\nError response from daemon: Get "https://registry-1.docker.io/v2/": writing response to registry-1.docker.io:443: connecting to 10.0.0.5:3128: dial tcp 10.0.0.5:3128: connectex: A connection attempt failed because the connected party did not properly respond after a period of time.',
      '$ docker run hello-world\ndocker: Error response from daemon: Get "https://registry-1.docker.io/v2/": writing response to registry-1.docker.io:443: connecting to 127.0.0.1:7890: dial tcp 127.0.0.1:7890: connect: connection refused.',
      '> docker search nginx\nError response from daemon: Get "https://index.docker.io/v1/search?q=nginx&n=25": dial tcp 127.0.0.1:8888: connectex: No connection could be made because the target machine actively refused it.',
    ];
    for (const text of texts) expect((await check('install', text)).id, text).toBe('registry-unreachable');
  });
});

describe('cw38: Desktop’s "Docker Engine stopped" retold, not shown (parse-errors.ts)', () => {
  // Real paste: docker/for-mac#7705 (a Client part only, the window's words in the learner's sentence).
  const client =
    'Client:\n Version:           27.4.0\n API version:       1.47\n Go version:        go1.22.10\n Git commit:        bde2b89\n Built:             Tue Dec 10 21:14:24 2024\n OS/Arch:           windows/amd64\n Context:           desktop-linux';
  it('reads the Client part alone as partial when the window is quoted in a sentence', async () => {
    for (const told of [
      'Desktop keeps showing “Docker Engine stopped” since the update.',
      "I get 'Docker Engine stopped' in the dashboard",
    ])
      expect(await check('install', `${told}\n\n${client}`)).toMatchObject({ kind: 'partial', details: { variant: 'client-only' } });
  });
  it('still reads the window’s own line as the engine not running', async () => {
    expect((await check('install', `Docker Engine stopped\n${client}`)).id).toBe('daemon-not-running');
  });
});

describe('cw38: a host port the daemon could not bind, every wording (parse-errors.ts)', () => {
  // Real pastes: docker-archive/toolbox#610 (OCaml's Unix.EACCES), popmanhe/Node_Dice#5 (Compose v1, "Permission denied"),
  // docker/getting-started#86 (portallocator's message cut by Compose v1's progress line).
  it('reads vpnkit’s "unexpected error" with EACCES or Permission denied at any port as the port taken', async () => {
    const run =
      'C:\\> docker run -d -p 443:443 --name proxy traefik\nC:\\Program Files\\Docker\\docker.exe: Error response from daemon: driver failed programming external connectivity on endpoint proxy (0a1b): Error starting userland proxy: Bind for 0.0.0.0:443: unexpected error Unix.Unix_error(Unix.EACCES, "bind", "").';
    for (const where of ['run', 'reach:port-free'] as const)
      expect(await check(where, run), where).toMatchObject({ id: 'port-already-allocated', details: { port: '443' } });
    const compose =
      'Starting shop_api_1 ... error\n\nERROR: for api  Cannot start service api: driver failed programming external connectivity on endpoint shop_api_1 (77aa): Error starting userland proxy: Bind for 0.0.0.0:8443: unexpected error Permission denied\nERROR: Encountered errors while bringing up the project.';
    for (const where of ['compose', 'reach:port-free'] as const)
      expect(await check(where, compose), where).toMatchObject({ id: 'port-already-allocated', details: { port: '8443' } });
  });
  it('reads portallocator’s message cut after "failed: port" by a progress line written over it', async () => {
    const text =
      'ERROR: for shop_web_1  Cannot start service web: driver failed programming external connectivity on endpoint shop_web_1 (9c1d): Bind for 0.0.0.0:5432 failed: portCreating shop_db_1 ... done\nERROR: Encountered errors while bringing up the project.';
    expect(await check('compose', text)).toMatchObject({ id: 'port-already-allocated', details: { port: '5432' } });
  });
});

describe('cw38: a server’s "address in use" on any address, at "Is port 8050 free?" (host-clients.ts)', () => {
  // Real paste: jonaswinkler/paperless-ng#230 (gunicorn on localhost:8000 under supervisord).
  it('reads gunicorn on 127.0.0.1 or a host name as the port taken there, and still as loopback at "Does the app listen?"', async () => {
    const line = `${ts} [12] [ERROR] Connection in use: ('127.0.0.1', 5000)\n${ts} [12] [ERROR] Retrying in 1 second.`;
    expect(await check('reach:port-free', line)).toMatchObject({ id: 'port-already-allocated', details: { port: '5000' } });
    expect((await check('reach:listening', line)).id).toBe('app-listens-on-loopback');
  });
  it('reads Redis’, PostgreSQL’s, Apache’s and Rust’s words for EADDRINUSE', async () => {
    for (const text of [
      '1:M 01 Mar 2025 12:00:00.000 # Warning: Could not create server TCP listening socket *:6379: bind: Address already in use',
      'LOG:  could not bind IPv4 address "0.0.0.0": Address already in use',
      '(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80',
      'Error: Address already in use (os error 48)',
    ])
      expect((await check('reach:port-free', text)).id, text).toBe('port-already-allocated');
  });
});

describe('cw38: an app server that cannot load its app (start-failures.ts)', () => {
  // Real paste: alephdata/memorious#50 (`docker-compose run ui`, gunicorn's HaltServer and 19.x's "Failed to find application object").
  it('reads gunicorn’s HaltServer, hypercorn’s NoAppError and Flask’s CLI as the service stopped', async () => {
    for (const text of [
      'Traceback (most recent call last):\n  File "/usr/local/bin/gunicorn", line 8, in <module>\ngunicorn.errors.HaltServer: <HaltServer \'Worker failed to boot.\' 3>',
      "Failed to find application object: 'application'",
      "hypercorn.utils.NoAppError: Cannot load application from 'shop.main:app', module not found.",
      "Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: Could not import 'wsgi'.",
    ])
      expect((await check('compose', text)).id, text).toBe('compose-service-not-running');
    expect((await check('run', "gunicorn.errors.HaltServer: <HaltServer 'App failed to load.' 4>")).id).toBe('container-exited');
  });
});

describe('cw38: a quote’s marker at every line’s end (normalize.ts)', () => {
  // Real paste: docker-library/memcached#100 (an inspect quoted from #99, each line ending in `> `).
  it('reads a quoted inspect whose lines end in the marker too, cut off or whole', async () => {
    const lines = [
      '[',
      '    {',
      '        "Id": "4c1f2e",',
      '        "State": {',
      '            "Status": "exited",',
      '            "Running": false,',
      '            "ExitCode": 1,',
      '            "StartedAt": "2025-01-02T10:00:00Z"',
      '        },',
      '        "Name": "/api"',
    ];
    const text = ['> docker inspect api>', ...lines.map((l) => `> ${l}>`)].join('\n');
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-exited', details: { exitCode: 1 } });
    const html = '> <html>\n> <head><title>x</title>\n> </head>';
    expect((await check('reach:running', html)).kind).not.toBe('ok');
  });
});

describe('cw38: an inspect cut before its Name, running (schemas.ts, reach.ts)', () => {
  // Real paste: jordyv/wait-for-healthy-container#3 (a State block with Health, then "...").
  it('answers "Is it running?" as partial: a container runs, which one is not shown; never ok', async () => {
    const text =
      '[\n  {\n    "Id": "77ab",\n    "Path": "/docker-entrypoint.sh",\n    "State": {\n      "Status": "running",\n      "Running": true,\n      "ExitCode": 0,\n      "Health": {\n        "Status": "starting",';
    expect(await check('reach:running', text)).toMatchObject({ kind: 'partial', id: 'shows-part', details: { variant: 'name' } });
    for (const where of ['reach:published', 'run'] as const) expect((await check(where, text)).kind, where).not.toBe('ok');
  });
});

describe('cw38: up attaching to containers of their own names (compose-errors.ts)', () => {
  // Real paste: halverneus/static-file-server#13 (`Attaching to fileserver`).
  it('reads names none of which is proxy, web or db as another project’s, and the lesson’s under any naming as not', async () => {
    expect(await check('compose', 'Attaching to minio, minio-init')).toMatchObject({ id: 'compose-project-name' });
    for (const text of ['Attaching to dash-app-web-1, dash-app-db-1', 'Attaching to web-1'])
      expect((await check('compose', text)).id, text).not.toBe('compose-project-name');
  });
});

describe('cw38: a socket listing inside a container (step-reach.ts)', () => {
  // Real pastes: tolgee/documentation#1120 (BusyBox's `/ # netstat -lnt`, Docker's DNS at 127.0.0.11), gist dinhanhhuy
  // (`ip netns exec <ID> netstat -lnpt`), mozilla-services/syncserver#104 (host network: PID 1's row among the host's).
  const netstat = (...rows: string[]) =>
    [
      'Active Internet connections (only servers)',
      'Proto Recv-Q Send-Q Local Address           Foreign Address         State',
      ...rows,
    ].join('\n');
  it('reads all addresses at other ports as the app on another port, whatever the prompt', async () => {
    const rows = netstat(
      'tcp        0      0 127.0.0.11:41235        0.0.0.0:*               LISTEN',
      'tcp        0      0 0.0.0.0:3000            0.0.0.0:*               LISTEN',
    );
    for (const prompt of ['/app # netstat -tln', '$ docker exec shop netstat -tln', '$ sudo ip netns exec 4f2a9c1b7d3e netstat -tlnp'])
      expect(await check('reach:listening', `${prompt}\n${rows}`), prompt).toMatchObject({
        id: 'ports-swapped',
        details: { variant: 'app-port', appPort: 3000 },
      });
  });
  it('reads loopback in the container’s namespace as the app on its loopback, not Docker’s DNS', async () => {
    const text = `$ sudo nsenter -t 4242 -n ss -ltn\nState  Recv-Q Send-Q Local Address:Port Peer Address:Port\nLISTEN 0      128    127.0.0.1:8050     0.0.0.0:*\nLISTEN 0      4096   127.0.0.11:37011   0.0.0.0:*`;
    expect((await check('reach:listening', text)).id).toBe('app-listens-on-loopback');
    const dnsOnly = `/ # netstat -tln\n${netstat('tcp        0      0 127.0.0.11:37011        0.0.0.0:*               LISTEN')}`;
    expect((await check('reach:listening', dnsOnly)).id).not.toBe('app-listens-on-loopback');
  });
});

describe('cw38: a server run again by hand in the container (step-reach.ts)', () => {
  // Real paste: nginx/docker-nginx#50 (`docker run -P`, curl refused at 32791, then nginx in `docker exec -it … bash`).
  it('reads its taken port as where the container’s server listens, not as a crash', async () => {
    const text = [
      '$ docker run -d -P --name web httpd',
      '$ docker exec -it web sh',
      '# nginx',
      'nginx: [emerg] bind() to 0.0.0.0:8080 failed (98: Address in use)',
    ].join('\n');
    expect(await check('reach:listening', text)).toMatchObject({ id: 'ports-swapped', details: { appPort: 8080 } });
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { variant: 'random' } });
    // Without a shell in the container, nginx's [emerg] is the server that could not take its port: stop 53 (cw160) answers the
    // port at reach:listening too, before the crash its exit makes (h147-npm143, both experts; CONVENTIONS §2.4 cw56, cw160).
    expect((await check('reach:listening', 'nginx: [emerg] bind() to 0.0.0.0:8080 failed (98: Address in use)')).id).toBe(
      'port-already-allocated',
    );
  });
});

describe('cw38: Docker answering under sudo only, at Compose’s step (step-compose.ts)', () => {
  // Real paste: docker/compose#510 (fig 0.5's "Couldn't connect", then `sudo docker version` with its Server version).
  it('reads a client that could not connect beside sudo’s server as a permission error', async () => {
    const text = [
      '$ docker-compose up -d',
      "ERROR: Couldn't connect to Docker daemon at http+docker://localhost - is it running?",
      '$ sudo docker version',
      'Client:',
      ' Version:           20.10.7',
      ' API version:       1.41',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          20.10.7',
      '  API version:      1.41 (minimum version 1.12)',
    ].join('\n');
    expect((await check('compose', text)).id).toBe('permission-denied');
    // Without sudo's answer it stays the daemon.
    expect((await check('compose', text.split('\n$ sudo')[0])).id).toBe('daemon-not-running');
  });
});

describe('cw38: lsof naming a port by its service (host-tools-read.ts)', () => {
  // Real paste: docker/for-mac#843 (`com.docke … TCP *:mysql (LISTEN)`).
  it('reads a row at a named port as a listing with nothing at 8050: partial, never ok', async () => {
    const text =
      '$ sudo lsof -i :5432\nCOMMAND    PID USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME\ncom.docke  812 me     55u  IPv6 0x1a2b3c4d5e6f7a8b      0t0  TCP *:postgresql (LISTEN)';
    expect(await check('reach:port-free', text)).toMatchObject({ kind: 'partial', details: { variant: 'free' } });
  });
});
