/*
 * cw46: holdout43 and holdout44's missed classes (engine README, "holdout43 and holdout44's classes (cw46)"; CONVENTIONS.md's cw46
 * lines), each tested on variations of its own (other ports, names, programs, layouts), not on the pastes, which are in ../corpus/
 * under their h43-/h44- names.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const psHeader =
  'CONTAINER ID   IMAGE                 COMMAND                  CREATED          STATUS          PORTS                    NAMES';

describe('cw46: another project`s listing before "web is missing" (diagnose-compose.ts, CONVENTIONS §2.5)', () => {
  // h43-coursenotes23368019165 (container_name under v1's up, then ps -a), h44-notes68675884537 (compose ps of apache-logs, …).
  it('docker ps rows of names of their own, one running: compose-project-name, not compose-service-missing', async () => {
    const text = [
      '$ docker ps',
      psHeader,
      'a1b2c3d4e5f6   grafana/grafana       "/run.sh"                3 minutes ago    Up 3 minutes    0.0.0.0:3000->3000/tcp   monitoring-grafana',
      'b1c2d3e4f5a6   prom/prometheus       "/bin/prometheus --c…"   3 minutes ago    Up 3 minutes    0.0.0.0:9090->9090/tcp   monitoring-prom',
    ].join('\n');
    const d = await check('compose', text);
    expect(d.id).toBe('compose-project-name');
  });
  it('compose ps of services none of the lesson`s, with docker port of one of them above it', async () => {
    const text = [
      '$ docker port mailer',
      '25/tcp -> 0.0.0.0:2525',
      '$ docker compose ps',
      'NAME      IMAGE                 COMMAND                  SERVICE   CREATED         STATUS         PORTS',
      'mailer    axllent/mailpit       "/mailpit"               mail      2 minutes ago   Up 2 minutes   0.0.0.0:2525->25/tcp',
      'store     redis:7               "docker-entrypoint.s…"   cache     2 minutes ago   Up 2 minutes   6379/tcp',
    ].join('\n');
    expect((await check('compose', text)).id).toBe('compose-project-name');
  });
  it('a listing of the lesson`s project without web stays "web is missing"', async () => {
    const text = [
      '$ docker compose ps',
      'NAME              IMAGE         COMMAND                  SERVICE   CREATED         STATUS         PORTS',
      'dash-app-db-1     postgres:16   "docker-entrypoint.s…"   db        2 minutes ago   Up 2 minutes   5432/tcp',
    ].join('\n');
    expect((await check('compose', text)).id).toBe('compose-service-missing');
  });
});

describe('cw46: a compose ps wrapped with each line`s rest indented (normalize.ts unwrapTables)', () => {
  // h43-report53888613866: grafana `Restarting (1)` among services Up, every row in two lines.
  const pad = (s: string, w: number) => s.padEnd(w);
  const w = 92;
  const text = [
    '$ docker compose ps',
    pad('NAME                  IMAGE                 COMMAND                  SERVICE', w),
    pad('   CREATED          STATUS                          PORTS', w),
    pad('shop-api-1            shop-api              "uvicorn main:app --…"   api', w),
    pad('   10 minutes ago   Up 10 minutes                   0.0.0.0:8000->8000/tcp', w),
    pad('shop-worker-1         shop-worker           "celery -A tasks wor…"   worker', w),
    pad('   10 minutes ago   Restarting (2) 5 seconds ago', w),
    pad('shop-redis-1          redis:7               "docker-entrypoint.s…"   redis', w),
    pad('   10 minutes ago   Up 10 minutes                   6379/tcp', w),
  ].join('\n');
  it('the one service restarting answers at compose and at "Is it running?"', async () => {
    const compose = await check('compose', text);
    expect(compose.id).toBe('compose-service-not-running');
    expect(compose.details.name).toBe('worker');
    const running = await check('reach:running', text);
    expect(running.id).toBe('container-exited');
    expect(running.details.state).toBe('restarting');
  });
  it('also when the copy lost the first parts` trailing spaces', async () => {
    expect((await check('compose', text.replace(/ +\n/g, '\n'))).id).toBe('compose-service-not-running');
  });
});

describe('cw46: a docker ps row cut after STATUS (parse-table.ts, reach.ts; CONVENTIONS §2.3)', () => {
  // h43-awesomecompose-minecraft: `itzg/minecraft-server … Up 5 minutes (healthy)`, no PORTS, no NAMES.
  const row = (image: string) =>
    ['$ docker ps', psHeader, `0f1e2d3c4b5a   ${image.padEnd(20)}  "/entrypoint.sh"         2 minutes ago    Up 2 minutes`].join('\n');
  it('another program`s image: container-not-found at running, run and published', async () => {
    for (const step of ['reach:running', 'run', 'reach:published'] as const)
      expect((await check(step, row('gitea/gitea:1.21'))).id).toBe('container-not-found');
  });
  it('the lesson`s image: partial, never ok, and never "nothing published"', async () => {
    const running = await check('reach:running', row('e4l-python-graph'));
    expect(running.kind).toBe('partial');
    const published = await check('reach:published', row('e4l-python-graph'));
    expect(published.kind).toBe('partial');
    expect(published.details.variant).toBe('ports');
  });
});

describe('cw46: a row whose cells do not start under their headers (parse-table.ts straddles)', () => {
  // h43-awesomecompose-apachephp: PORTS shortened by hand to `0.0.0.0:80->80/tc`, NAMES' column inside the name.
  it('read by its shape: one other publisher answers by its mapping, its cut `/tc` read as tcp', async () => {
    const text = [
      '$ docker ps',
      'CONTAINER ID        IMAGE          COMMAND                  CREATED          STATUS           PORTS                      NAMES',
      '7c1d2e3f4a5b        shop_api       "gunicorn -b 0.0.0.…"   2 minutes ago    Up 2 minutes     0.0.0.0:9000->9000/t   shop_api_1',
    ].join('\n');
    const d = await check('reach:published', text);
    expect(d.id).toBe('ports-swapped');
    expect(d.details.name).toBe('shop_api_1');
  });
});

describe('cw46: Docker Desktop`s 500 then the daemon answers (read.ts; CONVENTIONS §2.1)', () => {
  const err =
    'request returned 500 Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/version, check if the server supports the requested API version';
  it('the later state stands: ok after a completed pull', async () => {
    const text = [
      'PS C:\\Users\\ana> docker pull nginx',
      err,
      'PS C:\\Users\\ana> docker pull nginx',
      'Using default tag: latest',
      'latest: Pulling from library/nginx',
      'Digest: sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
      'Status: Downloaded newer image for nginx:latest',
    ].join('\n');
    expect((await check('install', text)).kind).toBe('ok');
  });
  it('the 500 after the answer stands', async () => {
    const text = ['$ docker run hello-world', '', 'Hello from Docker!', '$ docker ps', err].join('\n');
    expect((await check('install', text)).id).toBe('engine-not-ready');
  });
});

describe('cw46: a container the daemon created proves it (parse-version.ts)', () => {
  const id = '9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0';
  it('docker run -d`s ID alone, or under the daemon`s platform warning in a script`s output', async () => {
    expect((await check('install', `$ docker run -d --name cache redis:7\n${id}`)).kind).toBe('ok');
    expect((await check('install', `$ docker container create alpine\n${id}`)).kind).toBe('ok');
    const warned = [
      'starting the lab…',
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
      id,
    ].join('\n');
    expect((await check('install', warned)).kind).toBe('ok');
  });
  it('not a bare 64-hex line', async () => {
    expect((await check('install', `the checksum:\n${id}`)).kind).not.toBe('ok');
  });
});

describe('cw46: a later try stands at the reach path (later-state.ts ranThenListed, step-reach.ts settle)', () => {
  // h44-notes337826145: `-p 8001L80` refused by the client, then `-p 8001:80` and its ID, then docker ps.
  it('a spec the client refused, then the retry and a whole listing with nothing at 8050: the port is free', async () => {
    const text = [
      '$ docker run -d --name api -p 9000-9000 myapi',
      'docker: invalid containerPort: 9000-9000.',
      "See 'docker run --help'.",
      '$ docker run -d --name api -p 9000:9000 myapi',
      '1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b',
      '$ docker ps',
      psHeader,
      '1a2b3c4d5e6f   myapi                 "python app.py"          3 seconds ago    Up 2 seconds    0.0.0.0:9000->9000/tcp   api',
    ].join('\n');
    const d = await check('reach:port-free', text);
    expect(d.kind).toBe('ok');
  });
});

describe('cw46: the emulated program`s own failure under QEMU (step-run.ts logLine; CONVENTIONS §2.2)', () => {
  it('SQLPAL`s invalid mapping or jemalloc`s QEMU note after the amd64 warning: no-arm64-manifest', async () => {
    for (const failure of [
      '/palrun: ERROR: Invalid mapping of address 0x40037d9000 in reserved address space below 0x400000000000. Possible causes:',
      '<jemalloc>: (This is the expected behaviour if you are running under QEMU)',
    ]) {
      const text = [
        '$ docker run -d -p 8081:8081 --name cosmos mcr.microsoft.com/cosmosdb/linux/azure-cosmos-emulator',
        "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
        '$ docker logs cosmos',
        failure,
      ].join('\n');
      expect((await check('run', text)).id).toBe('no-arm64-manifest');
    }
  });
});

describe('cw46: start failures and start lines (start-failures.ts, parse-logs.ts, reach.ts)', () => {
  it('bash 5.2`s "cannot execute: required file not found" under an entrypoint: the container crashed', async () => {
    const text = [
      '$ docker logs api',
      '/usr/local/bin/start.sh: line 7: /opt/venv/bin/gunicorn: cannot execute: required file not found',
    ].join('\n');
    for (const step of ['reach:running', 'reach:listening'] as const) expect((await check(step, text)).id).toBe('container-exited');
  });
  it('Puma`s inherited or socket-activated bind is its start line: another port', async () => {
    // Compose v2's prefix with cluster mode's PID, and docker logs of single mode (`docker logs` with the PID prefix alone is not
    // read as a log yet: Puma's `[7] ` before a line, any start line, left for later).
    for (const text of [
      ['api-1  | [7] * Restarting...', 'api-1  | [7] * Inherited tcp://0.0.0.0:9292', 'api-1  | [7] Use Ctrl-C to stop'].join('\n'),
      ['$ docker logs api', '* Restarting...', '* Activated ssl://0.0.0.0:4443?key=k.pem&cert=c.pem', 'Use Ctrl-C to stop'].join('\n'),
    ]) {
      const d = await check('reach:listening', text);
      expect(d.id).toBe('ports-swapped');
      expect(d.details.variant).toBe('app-port');
    }
  });
  it('Rails` Exiting after a failure it names is a crash; after a stop asked for it is not', async () => {
    const failed = [
      'app_1  | => Booting Puma',
      'app_1  | => Rails 7.0.4 application starting in development http://0.0.0.0:3000',
      'app_1  | A server is already running. Check /myapp/tmp/pids/server.pid.',
      'app_1  | Exiting',
    ].join('\n');
    expect((await check('reach:listening', failed)).id).toBe('container-exited');
    const stopped = [
      '=> Rails 6.1.7 application starting in production http://0.0.0.0:3000',
      '- Gracefully stopping, waiting for requests to finish',
      '=== puma shutdown: 2024-01-01 10:00:00 +0000 ===',
      '- Goodbye!',
      'Exiting',
    ].join('\n');
    expect((await check('reach:listening', stopped)).id).not.toBe('container-exited');
  });
});

describe('cw46: docker port of an ID`s prefix is the listed container (read.ts idPrefix)', () => {
  const text = [
    '$ docker run -d -P training/webapp python app.py',
    'c0ffee12345678900f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978',
    '$ docker ps',
    psHeader,
    'c0ffee123456   training/webapp       "python app.py"          9 seconds ago    Up 8 seconds    0.0.0.0:32770->5000/tcp  nostalgic_hopper',
    '$ docker port c0ffee12',
    '5000/tcp -> 0.0.0.0:32770',
  ].join('\n');
  it('at run the listing`s rule answers (the run line`s container under Docker`s name)', async () => {
    expect((await check('run', text)).id).toBe('container-not-found');
  });
  it('at published the mapping answers', async () => {
    expect((await check('reach:published', text)).id).toBe('ports-swapped');
  });
});
