/*
 * cw44: the classes holdout41 and holdout42 missed (and holdout39/40's listings of the run line's own container), each tested on
 * variations (another program, name, port, layout or version) rather than the paste; the real pastes are in ../corpus/ (h39-, h41-,
 * h42-*; each test names its source), and the README's "holdout41 and holdout42's classes (cw44)" lists them.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw44: a service that another names and the file does not define, in every Compose`s words (compose-errors.ts)', () => {
  // Real paste: benhutchins/docker-mediawiki#24 (`ERROR: Service 'web' depends on service 'db' which is undefined.`).
  it('Compose v1`s depends_on and links (compose/config/validation.py), another service, at compose and networks', async () => {
    for (const text of [
      "$ docker-compose up -d\nERROR: Service 'proxy' depends on service 'app' which is undefined.",
      "docker-compose -f prod.yml config\nERROR: Service 'worker' has a link to service 'redis' which is undefined.",
    ])
      for (const step of ['compose', 'networks'] as const)
        expect(await check(step, text)).toMatchObject({
          kind: 'problem',
          id: 'compose-service-missing',
          details: { variant: 'undefined' },
        });
  });
  it('compose-go`s name unquoted (Compose 2.20, docker/compose#10901) and quoted', async () => {
    expect(
      await check('compose', '$ docker compose up\nservice "web" depends on undefined service cache: invalid compose project'),
    ).toMatchObject({ id: 'compose-service-missing', details: { name: 'cache' } });
    expect(await check('networks', 'service "proxy" depends on undefined service "api": invalid compose project')).toMatchObject({
      id: 'compose-service-missing',
      details: { name: 'api' },
    });
  });
});

describe('cw44: a proxy`s upstream at loopback, its line cut after the opening quote (compose-errors.ts nginxLine)', () => {
  // Real paste: localtunnel/server#56 (nginx, `upstream: "` then `http://127.0.0.1:3000/?new"` on the next line).
  it('nginx at localhost:8080 and [::1]:5000, each cut where the copy wrapped it', async () => {
    for (const upstream of ['http://localhost:8080/api', 'http://[::1]:5000/'])
      expect(
        await check(
          'networks',
          `proxy-1  | 2024/03/02 10:00:00 [error] 22#22: *7 connect() failed (111: Connection refused) while connecting to upstream, client: 172.20.0.1, server: _, request: "GET /api HTTP/1.1", upstream: "\n${upstream}", host: "localhost"`,
        ),
      ).toMatchObject({ kind: 'problem', id: 'compose-localhost-upstream' });
  });
  it('Caddy`s and Traefik`s words for a loopback upstream (dial tcp 127.0.0.1:…)', async () => {
    const caddy =
      '{"level":"error","ts":1709370000.1,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:3000: connect: connection refused","request":{"remote_ip":"172.18.0.1","method":"GET","uri":"/"},"status":502}';
    const traefik =
      'time="2024-03-02T10:00:00Z" level=debug msg="\'502 Bad Gateway\' caused by: dial tcp 127.0.0.1:8000: connect: connection refused"';
    for (const text of [caddy, traefik]) expect(await check('networks', text)).toMatchObject({ id: 'compose-localhost-upstream' });
  });
  it('a refusal at a service`s name stays upstream-connection-refused', async () => {
    expect(
      await check(
        'networks',
        '[error] 5#5: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.2, server: , request: "GET / HTTP/1.1", upstream: "\nhttp://web:8050/", host: "example.org"',
      ),
    ).toMatchObject({ id: 'upstream-connection-refused', details: { upstream: 'http://web:8050/' } });
  });
});

describe('cw44: a socket listing in a container told in a sentence (step-reach.ts sockets)', () => {
  // Real paste: imperva/imperva-web-api-composer#3 (`I connected with "docker exec -t -i 6eb0910db4e0 /bin/sh" and netstat -n
  // showed:`, then the row in quotes).
  it('ss`s row after a shell opened in a code span, and netstat run by docker exec told in a sentence', async () => {
    expect(
      await check(
        'reach:listening',
        'I opened a shell with `docker exec -it api bash` and ss -ltn says:\n`LISTEN 0      4096         0.0.0.0:5000      0.0.0.0:*`',
      ),
    ).toMatchObject({ kind: 'problem', id: 'ports-swapped', details: { appPort: 5000 } });
    expect(
      await check(
        'reach:listening',
        'Then I ran docker exec web netstat -tln inside, it printed\n"tcp        0      0 127.0.0.1:8050          0.0.0.0:*               LISTEN"',
      ),
    ).toMatchObject({ id: 'app-listens-on-loopback' });
  });
});

describe('cw44: listed containers that publish nothing, an empty PORTS cell too, and a client refused (reach.ts)', () => {
  // Real paste: eclipse-kura/kura#4092 (one tritonserver row, nothing in PORTS, curl refused at :4000).
  it('one redis row with an empty PORTS cell and curl refused at 8080: nothing is published', async () => {
    const text = [
      '$ docker ps',
      'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS     NAMES',
      '1a2b3c4d5e6f   redis:7        "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes             cache',
      '$ curl http://localhost:8080',
      'curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused',
    ].join('\n');
    expect(await check('reach:published', text)).toMatchObject({ kind: 'problem', id: 'no-port-published' });
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-not-found' });
  });
  it('without the refusal, the one row of another name stays another container', async () => {
    const text = [
      'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS     NAMES',
      '1a2b3c4d5e6f   redis:7        "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes             cache',
    ].join('\n');
    expect((await check('reach:published', text)).kind).not.toBe('ok');
  });
});

describe('cw44: a docker ps table wrapped with each field or two on a line of its own (normalize.ts unwrapTables)', () => {
  // Real paste: a cloud-computing lab report (stored file 46408112533: load-balancer `Exited (1)` above backend1, backend2 Up).
  const wrapped = (first: string) =>
    [
      `docker run -d --name ${first} -p 8081:5000 shop/api`,
      '5f2c9e1a7b3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6',
      'docker ps -a',
      'CONTAINER ID   IMAGE          STATUS',
      'PORTS',
      'NAMES',
      '5f2c9e1a7b3d   shop/api',
      'Exited (2) 10 seconds ago',
      first,
      '9a8b7c6d5e4f   postgres:16',
      'Up 3 minutes                    0.0.0.0:5432->5432',
      '/tcp',
      'shop-db',
    ].join('\n');
  it('the run line`s container, listed first and stopped, answers by its state at run and reach:running', async () => {
    for (const step of ['run', 'reach:running'] as const)
      expect(await check(step, wrapped('api'))).toMatchObject({ kind: 'problem', id: 'container-exited', details: { exitCode: 2 } });
  });
  it('a dash-app read so is never ok when it stopped', async () => {
    expect(await check('run', wrapped('dash-app'))).toMatchObject({ kind: 'problem', id: 'container-exited' });
  });
});

describe('cw44: several stopped containers, hello-world among them (diagnose-container.ts onlyStopped)', () => {
  // Real paste: a Japanese install log (stored file 11120499957: `docker run -it ubuntu bash`, `lucid_liskov` Exited (127) above
  // hello-world's `zen_lalande` Exited (0)).
  const listing = (name: string) =>
    [
      '$ docker ps -a',
      'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS                      PORTS               NAMES',
      `7d1e2f3a4b5c        alpine              "sh"                2 minutes ago       Exited (1) 1 minute ago                         ${name}`,
      '0c9d8e7f6a5b        hello-world         "/hello"            5 minutes ago       Exited (0) 5 minutes ago                        eager_hopper',
    ].join('\n');
  it('a random name beside hello-world: which is the learner`s the listing does not say', async () => {
    expect(await check('reach:running', '$ docker run -it alpine sh\n/ # exit 1\n' + listing('vibrant_kepler'))).toMatchObject({
      id: 'container-not-found',
    });
    expect(await check('run', listing('vibrant_kepler'))).toMatchObject({ id: 'container-not-found' });
  });
  it('the one the paste`s own run line named still answers by its state', async () => {
    expect(await check('reach:running', '$ docker run --name shell alpine sh\n' + listing('shell'))).toMatchObject({
      id: 'container-exited',
      details: { exitCode: 1 },
    });
  });
  it('a Colima-style named run line, its container listed first Exited (1) above another Up, answers by its state at run', async () => {
    // h40-notes57925025406's layout with Docker's own times (its "~1 min ago" cells are cw43's reader's).
    const text = [
      'docker run --name api-broken api:broken',
      "Error: Cannot find module '/srv/index.js'",
      'CONTAINER ID   IMAGE        COMMAND                  CREATED          STATUS                      PORTS                                         NAMES',
      '2d4815505c1f   api:broken   "docker-entrypoint.s…"   2 minutes ago    Exited (1) 2 minutes ago                                                  api-broken',
      'c65dfe976438   api:v1       "docker-entrypoint.s…"   30 minutes ago   Up 30 minutes               0.0.0.0:4000->4000/tcp, [::]:4000->4000/tcp   api-test',
    ].join('\n');
    expect(await check('run', text)).toMatchObject({ kind: 'problem', id: 'container-exited' });
  });
});

describe('cw44: Tornado`s access log, every Jupyter server`s (step-reach.ts logLine)', () => {
  // Real paste: objectiv/objectiv-analytics#772 (`objectiv_notebook   | [I 2022-05-26 23:04:47.626 ServerApp] 302 GET / (127.0.0.1) 0.71ms`).
  it('the classic notebook`s and JupyterHub`s request lines: requests, where it listens not said', async () => {
    for (const text of [
      '[I 12:30:01.123 NotebookApp] 200 GET /api/contents?type=directory (172.17.0.1) 4.52ms\n[W 12:30:05.001 NotebookApp] 404 GET /favicon.ico (172.17.0.1) 1.02ms',
      'jupyterhub-1  | [I 2023-04-01 10:00:00.000 JupyterHub log:191] 302 GET /hub/ -> /hub/login?next=%2Fhub%2F (@::ffff:172.18.0.1) 0.85ms',
    ])
      expect(await check('reach:listening', text)).toMatchObject({ kind: 'partial', id: 'shows-part' });
  });
});

describe('cw44: the socket`s permission error, then the fix and a docker command of the user`s own that the daemon answered (read.ts)', () => {
  // Real paste: a blog post in Markdown (stored file 445297071: 18.09's permission error, the docker group, hello-world's greeting).
  const denied =
    'me@box:~$ docker ps\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.41/containers/json": dial unix /var/run/docker.sock: connect: permission denied';
  const server = (sudo: string) =>
    `me@box:~$ ${sudo}docker version\nClient:\n Version:           24.0.7\n API version:       1.43\n\nServer:\n Engine:\n  Version:          24.0.7\n  API version:      1.43 (minimum version 1.12)`;
  it('docker version`s Server part after `sudo usermod -aG docker me` and a new login: ok', async () => {
    expect(
      await check('install', `${denied}\nme@box:~$ sudo usermod -aG docker $USER\nme@box:~$ newgrp docker\n${server('')}`),
    ).toMatchObject({
      kind: 'ok',
    });
  });
  it('the same answered with sudo only: the user`s own access is still not shown', async () => {
    expect(await check('install', `${denied}\n${server('sudo ')}`)).toMatchObject({ kind: 'problem', id: 'permission-denied' });
  });
  it('the error after the daemon`s answer stands (the later state)', async () => {
    expect(await check('install', `${server('')}\n${denied}`)).toMatchObject({ kind: 'problem', id: 'permission-denied' });
  });
});
