/*
 * cw47: holdout45 and holdout46's classes (README "holdout45 and holdout46's classes (cw47)"). Each test is a variation a learner
 * would paste (other ports, names, programs, layouts), never the paste itself, which moved to ../corpus/; its comment names the
 * real source. A test marked "guard" holds an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw47: a CI job`s log, its time before every line and `##[command]` (normalize.ts ciLog)', () => {
  // A GitHub Actions job log of a postgres service container (stored file 67004501382); here Azure Pipelines' runner on Windows
  // and a redis service, the path to docker.exe quoted.
  const azure = [
    '2025-02-11T09:41:07.5512043Z ##[section]Starting: Initialize containers',
    '2025-02-11T09:41:07.6034411Z ##[command]"C:\\Program Files\\Docker\\docker.exe" create --name redis_svc -p 6379:6379 redis:7',
    '2025-02-11T09:41:08.0012345Z 4f1c2a9b7e3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8',
    '2025-02-11T09:41:08.2203311Z ##[command]"C:\\Program Files\\Docker\\docker.exe" port 4f1c2a9b7e3d',
    '2025-02-11T09:41:08.3301020Z 6379/tcp -> 0.0.0.0:6379',
    '2025-02-11T09:41:08.3302214Z 6379/tcp -> [::]:6379',
    '2025-02-11T09:41:08.4000000Z ##[endgroup]',
  ].join('\n');
  it('Azure Pipelines` docker port of a redis service: where it leads, not dash-app', async () => {
    const d = await check('reach:published', azure);
    expect(d.kind).toBe('problem');
    expect(d.id).toBe('ports-swapped');
    expect((await check('reach:running', azure)).id).toBe('container-not-found');
  });
  it('GitHub Actions` `/usr/bin/docker port` of a mysql service at another port', async () => {
    const text = [
      '2026-01-05T10:00:01.1000000Z ##[group]Starting mysql service container',
      '2026-01-05T10:00:01.2000000Z ##[command]/usr/bin/docker port 9a8b7c6d5e4f',
      '2026-01-05T10:00:01.3000000Z 3306/tcp -> 0.0.0.0:32768',
      '2026-01-05T10:00:01.3100000Z ##[endgroup]',
    ].join('\n');
    expect((await check('reach:published', text)).id).toBe('ports-swapped');
  });
});

describe('cw47: a ps template piped through sort (step-reach.ts formatted) and a template without ports (reach.ts)', () => {
  // A French incident report's `docker ps -a --format '{{.Names}}\t{{.Status}}' | sort` of 22 containers (stored file 68637239250).
  const sorted = [
    '$ docker container ls -a --format "{{.Names}} {{.Status}}" | sort -k1',
    'api Exited (1) 2 hours ago',
    'cache Exited (137) 2 hours ago',
    'grafana Up 3 minutes',
    'prometheus Up 3 minutes',
  ].join('\n');
  it('other containers, several stopped: not dash-app', async () => {
    expect((await check('reach:running', sorted)).id).toBe('container-not-found');
  });
  it('rows without {{.Ports}} never make port 8050 free', async () => {
    const d = await check('reach:port-free', sorted);
    expect(d.kind).toBe('partial');
    expect(d.details.variant).toBe('no-ports');
  });
  it('a template with its ports, sorted, reads them', async () => {
    const text = "$ docker ps --format '{{.Names}}\\t{{.Ports}}' | sort\nweb\t0.0.0.0:8080->80/tcp";
    expect((await check('reach:published', text)).id).toBe('ports-swapped');
  });
});

describe('cw47: a docker version cut short by hand (parse-version.ts)', () => {
  // A Spanish course's Docker Desktop 4.27.2 with ` ...` after each part's first lines (stored file 5663976369).
  it('a Linux engine`s Server part cut after its version: the daemon answered', async () => {
    const text = [
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           24.0.7',
      ' ...',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          24.0.7',
      '  ...',
    ].join('\n');
    expect((await check('install', text)).kind).toBe('ok');
  });
  it('guard: the Client part alone, cut the same, stays partial', async () => {
    const text = ['$ docker version', 'Client: Docker Engine - Community', ' Version:           24.0.7', ' ...'].join('\n');
    expect((await check('install', text)).kind).toBe('partial');
  });
});

describe('cw47: outputs kept as comments under their commands (normalize.ts unmark)', () => {
  // An Azure VM's setup notes (stored file 6180628785); here a Raspberry Pi's.
  it('the Client part as comments: partial, not another command`s output', async () => {
    const text = [
      'uname -m',
      '# aarch64',
      '',
      'docker version',
      '# Client: Docker Engine - Community',
      '# Version:           26.1.3',
      '# API version:       1.45',
    ].join('\n');
    const d = await check('install', text);
    expect(d.kind).toBe('partial');
    expect(d.details.variant).toBe('client-only');
  });
});

describe('cw47: lesson 3`s hello-world alone in a listing (diagnose-container.ts onlyStopped)', () => {
  // A Spanish course's `docker ps -a` with quirky_hellman only (stored file 5663976369). Guard: main answered so already.
  it('guard: never the one, dash-app not shown', async () => {
    const text = [
      '$ docker container ls -a',
      'CONTAINER ID   IMAGE         COMMAND    CREATED       STATUS                   PORTS     NAMES',
      '0b1c2d3e4f5a   hello-world   "/hello"   2 hours ago   Exited (0) 2 hours ago             festive_turing',
    ].join('\n');
    expect((await check('reach:running', text)).id).toBe('container-not-found');
  });
});

describe('cw47: one Compose project`s containers, all of them listed (diagnose-container.ts onlyStopped)', () => {
  // rsilva4/docker-openmaint#8: v1 names, openmaint `Exited (137)` listed first, two more stopped, postgis Up. Here v2 names.
  const row = (id: string, name: string, status: string, ports = '') =>
    `${id}   shop/${name}   "/entrypoint.sh"   5 minutes ago   ${status.padEnd(24)}   ${ports.padEnd(22)}   ${name}`;
  const header = 'CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES';
  it('the newest, listed first, crashed: its state', async () => {
    const text = [
      '$ docker ps -a',
      header,
      row('a1b2c3d4e5f6', 'shop-api-1', 'Exited (1) 4 minutes ago'),
      row('b2c3d4e5f6a7', 'shop-worker-1', 'Exited (2) 4 minutes ago'),
      row('c3d4e5f6a7b8', 'shop-db-1', 'Up 5 minutes', '0.0.0.0:5433->5432/tcp'),
    ].join('\n');
    const d = await check('reach:running', text);
    expect(d.id).toBe('container-exited');
    expect(d.details.name).toBe('shop-api-1');
  });
  it('guard: a project stopped whole (137 and 0, none running) stays several', async () => {
    // codalab#2348 (holdout41): every service of one project stopped 27 hours ago, none running.
    const text = [
      '$ docker ps -a',
      header,
      row('a1b2c3d4e5f6', 'shop-api-1', 'Exited (137) 2 hours ago'),
      row('b2c3d4e5f6a7', 'shop-worker-1', 'Exited (0) 2 hours ago'),
      row('c3d4e5f6a7b8', 'shop-db-1', 'Exited (137) 2 hours ago'),
    ].join('\n');
    expect((await check('reach:running', text)).id).toBe('container-not-found');
  });
  it('guard: two projects stay several', async () => {
    const text = [
      '$ docker ps -a',
      header,
      row('a1b2c3d4e5f6', 'shop-api-1', 'Exited (1) 4 minutes ago'),
      row('b2c3d4e5f6a7', 'blog-web-1', 'Exited (2) 4 minutes ago'),
      row('c3d4e5f6a7b8', 'shop-db-1', 'Up 5 minutes', '0.0.0.0:5433->5432/tcp'),
    ].join('\n');
    expect((await check('reach:running', text)).id).toBe('container-not-found');
  });
});

describe('cw47: a layer`s download cut by the network (parse-errors.ts, containerd`s "failed to copy")', () => {
  // Ubuntu notes' Compose pull over IPv6, `network is unreachable` (stored file 55676087621); here IPv4 and a reset, and docker pull.
  it('compose up, a reset from the CDN', async () => {
    const text = [
      '$ docker compose up -d',
      '[+] Running 1/3',
      ' ⠿ db Pulling                                                        41.2s',
      'failed to copy: read tcp 192.168.1.20:51514->104.16.100.207:443: read: connection reset by peer',
    ].join('\n');
    expect((await check('compose', text)).id).toBe('registry-unreachable');
  });
  it('docker pull, the open`s own dial timing out', async () => {
    const text =
      '$ docker pull hello-world\nfailed to copy: httpReadSeeker: failed open: failed to do request: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/c1/c1ec/data": dial tcp 104.16.101.215:443: i/o timeout';
    expect((await check('install', text)).id).toBe('registry-unreachable');
  });
});

describe('cw47: docker port <ID> of the container a listing shows, at run (diagnose-run.ts)', () => {
  // An EC2 README's `docker run -d -p :22 -p :80 article`, hungry_mayer, `docker port e79b…` (stored file 22442241209).
  it('`-p :5000` (a random host port) and its container listed: not dash-app', async () => {
    const text = [
      '$ docker run -d -p :5000 flaskapp',
      '3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND           CREATED          STATUS          PORTS                     NAMES',
      '3c4d5e6f7a8b   flaskapp   "python app.py"   10 seconds ago   Up 9 seconds    0.0.0.0:49154->5000/tcp   eager_noether',
      '$ docker port 3c4d5e6f7a8b',
      '5000/tcp -> 0.0.0.0:49154',
    ].join('\n');
    expect((await check('run', text)).id).toBe('container-not-found');
    expect((await check('reach:published', text)).id).toBe('ports-swapped');
  });
});

describe('cw47: GNU wget tries each address in turn (step-reach.ts)', () => {
  // boot2docker#315: refused at ::1 and fe80::1, then "No data received" at 127.0.0.1:49153.
  const wget = (last: string) =>
    [
      '$ wget http://localhost:8080',
      '--2016-03-01 10:00:00--  http://localhost:8080/',
      'Resolving localhost (localhost)... ::1, 127.0.0.1',
      'Connecting to localhost (localhost)|::1|:8080... failed: Connection refused.',
      ...last.split('\n'),
    ].join('\n');
  it('refused at ::1, then an empty reply at 127.0.0.1: the empty reply', async () => {
    const text = wget(
      'Connecting to localhost (localhost)|127.0.0.1|:8080... connected.\nHTTP request sent, awaiting response... No data received.\nRetrying.',
    );
    expect((await check('reach:listening', text)).id).toBe('app-listens-on-loopback');
  });
  it('guard: refused at both addresses stays refused', async () => {
    const text = wget('Connecting to localhost (localhost)|127.0.0.1|:8080... failed: Connection refused.');
    expect((await check('reach:listening', text)).id).toBe('no-port-published');
  });
});

describe('cw47: a ps row moved off its columns by hand (parse-table.ts)', () => {
  // boot2docker#412: `x hours ago` and `Up x hours` for the real times moved tender_bartik one column left.
  it('`x minutes ago` in CREATED: the name and ports still read', async () => {
    const text = [
      '$ docker ps',
      'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS                    NAMES',
      '5e6f7a8b9c0d        myapp:latest        "npm start"         x minutes ago       Up x minutes       0.0.0.0:3000->3000/tcp   nice_hopper',
    ].join('\n');
    const d = await check('reach:published', text);
    expect(d.id).toBe('ports-swapped');
    expect(d.details.name).toBe('nice_hopper');
  });
});

describe('cw47: a command named by its output`s title (normalize.ts segments)', () => {
  // docker/compose#2949's `**Output of docker inspect --format='{{json .NetworkSettings.Networks}}' b774f0c9cf75 | jq**`.
  it('an issue template`s "Output of `docker inspect -f …`:" above a hand-made network', async () => {
    const text = [
      "**Output of `docker inspect -f '{{json .NetworkSettings.Networks}}' web`:**",
      '```',
      '{"mynet":{"IPAMConfig":null,"Links":null,"Aliases":["web"],"NetworkID":"3f1e","EndpointID":"a1","Gateway":"172.20.0.1","IPAddress":"172.20.0.2","IPPrefixLen":16}}',
      '```',
    ].join('\n');
    expect((await check('networks', text)).id).toBe('network-wrong-project');
  });
});

describe('cw47: podman-docker`s notice (parse-versions.ts, step-install.ts)', () => {
  // tt-installer#126: the notice alone. Here after a command of the learner's.
  it('docker ps answered by Podman`s shim: partial, Podman named', async () => {
    const text = '$ docker ps\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.';
    const d = await check('install', text);
    expect(d.kind).toBe('partial');
    expect(d.details.variant).toBe('podman');
  });
});

describe('cw47: the lesson`s port said without where (reach.ts)', () => {
  // A Chinese project report's “Dash is running on http://0.0.0.0:8050/” in a sentence (stored file 6586610119); here Korean.
  it('a retold every-address line at 8050: partial, never ok', async () => {
    const d = await check('reach:listening', '터미널에 “Dash is running on http://0.0.0.0:8050/” 이 나오면 브라우저를 엽니다.');
    expect(d.kind).toBe('partial');
    expect(d.details.variant).toBe('port');
  });
  it('guard: retold at another port stays that port', async () => {
    const d = await check('reach:listening', '터미널에 “Dash is running on http://0.0.0.0:5000/” 이 나오면 브라우저를 엽니다.');
    expect(d.id).toBe('ports-swapped');
  });
});
