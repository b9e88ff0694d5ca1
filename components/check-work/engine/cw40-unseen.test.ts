/*
 * cw40: the classes holdout35 and holdout36 missed, each tested on variations (another program, name, port, layout, version or
 * language) rather than the paste; the real pastes are in ../corpus/ (h35-*, h36-*; each test names its source), and the
 * README's "holdout35 and holdout36's classes (cw40)" lists them.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw40: Compose’s version printed as its commit, a note after it (step-compose.ts nameVersion)', () => {
  // Real paste: docker/compose#12461 (2.32.3's standalone binary: `Docker Compose version 083f676             ---- version info mssing`).
  it('reads the commit or dev build with the learner’s note after it as Compose there, its project not shown', async () => {
    for (const line of [
      'Docker Compose version 5ab4c0e   <- why no number?',
      'Docker Compose version 1a2b3c4d5e6f - version missing',
      'Docker Compose version dev    (built from source)',
    ])
      expect(await check('compose', `$ docker-compose version\n${line}`), line).toMatchObject({ kind: 'partial', id: 'shows-part' });
  });
});

describe('cw40: a Go program’s listen line without the date (parse-logs.ts bareStart)', () => {
  // Real paste: gusaul/grpcox#8 (`Service started on :6969`).
  it('reads "<words> started|listening on :PORT" and echo’s [::] as every address at that port', async () => {
    for (const [line, port] of [
      ['Service started on :9090', 9090],
      ['Server listening at :3000', 3000],
      ['⇨ http server started on [::]:1323', 1323],
      ['api-gateway starting on :8081', 8081],
    ] as const)
      expect(await check('reach:listening', `$ docker logs api\n${line}`), line).toMatchObject({
        id: 'ports-swapped',
        details: { variant: 'app-port', appPort: port },
      });
  });
  it('does not read a sentence that tells where it was run', async () => {
    for (const text of ['I tried running the server on :8050', 'When starting it on :8050 nothing happens'])
      expect((await check('reach:listening', text)).kind, text).not.toBe('ok');
  });
});

describe('cw40: `docker port NAME PORT` in notes and pages (read.ts, normalize.ts)', () => {
  // Real pastes: stored file 41119904607 (Chinese notes, `127.0.0.1：5001`), gist voltgister/e3d424df (`0.0.0.0:52567 |`).
  it('reads a full-width colon, an indented user@host prompt under a sentence, and a page’s cells on a run of lines', async () => {
    const texts = [
      '\t\tdocker port 命令查看端口绑定。\n\t\t\tme@box:~$ docker port web 80\n\t\t\t127.0.0.1：8080',
      'The notes:\n    alice@lab:~/app$ docker port api 3000\n    0.0.0.0\uff1a49160',
      'Save this gist.\nLearn more about it\n$ docker port shop 8000 | |\n0.0.0.0:32771 |\nSign up for free',
      'Save this gist.\n\n$ docker port shop 8000 | |\n\n0.0.0.0:32771 |\n\nSign up for free',
    ];
    for (const text of texts) expect((await check('reach:published', text)).id, text).toBe('ports-swapped');
  });
});

describe('cw40: docker port’s lines marked with the prompt as well (normalize.ts segments)', () => {
  // Real paste: stored readme 40873801867 (Portuguese, `docker run -d -P … --name container-rails`, `$ 22/tcp -> 0.0.0.0:49154`).
  it('reads them as the output of the docker port above, -P’s random ports answered by where they lead', async () => {
    const text =
      'docker run -d -P --name site nginx\n\ndocker port site\n\n$ 80/tcp -> 0.0.0.0:32768\n$ 80/tcp -> [::]:32768\n$ 443/tcp -> 0.0.0.0:32769\n\ncurl localhost:32768';
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { name: 'site' } });
    expect((await check('reach:published', '$ docker port site 80\n$ 0.0.0.0:49200')).id).toBe('ports-swapped');
  });
});

describe('cw40: a run told in a sentence after sudo (command-line.ts toldRuns)', () => {
  // Real paste: hmlio/vaas-cve-2014-0160#1 (``i ran it with `sudo docker run -d -p 8443:443 hmlio/vaas-cve-2014-0160 ` and nothing``).
  it('reads the run line in a code span or at a line’s end with sudo before it', async () => {
    for (const text of [
      'after the pull i ran `sudo docker run -d -p 9000:80 nginx ` and it exited at once',
      'Then I did sudo docker run -d -p 5000:5000 myorg/api',
      'I typed "sudo docker run --name web -p 3000:3000 shop" and got nothing',
    ])
      expect((await check('run', text)).id, text).toBe('ports-swapped');
  });
});

describe('cw40: cobra’s unknown flag before Compose’s own version lines (step-compose.ts settle)', () => {
  // Real paste: aws/aws-mwaa-local-runner#52 (`docker-compose -v` → `unknown shorthand flag: 'v' in -v`, then v2.0.0-rc.3 and 1.29.2).
  it('answers the version shown, not Compose missing, when docker-compose itself refused a flag', async () => {
    for (const text of [
      "$ docker-compose -v\nunknown shorthand flag: 'v' in -v\n$ docker-compose version\nDocker Compose version v2.1.1",
      '$ docker-compose --short\nunknown flag: --short\n$ docker-compose --version\ndocker-compose version 1.25.0, build 0a186604',
    ])
      expect((await check('compose', text)).id, text).toBe('compose-too-old');
  });
  it('still answers Compose missing when docker’s own parser refused `docker compose`’s flag', async () => {
    const text =
      "$ docker compose -f dev.yml up\nunknown shorthand flag: 'f' in -f\nSee 'docker --help'.\n$ docker-compose --version\ndocker-compose version 1.27.4, build 40524192";
    expect((await check('compose', text)).id).toBe('compose-not-installed');
  });
});

describe('cw40: Compose v1’s "Couldn’t connect" for a port spec it cannot read (step-run.ts settle)', () => {
  // Real paste: docker/compose#2414 (`- '8765a:80'`, Compose 1.5's connection error, `docker: Invalid hostPort: 8765a.`).
  const couldNot = "ERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?";
  it('answers the spec, from docker’s own error or the compose file’s ports entry', async () => {
    for (const text of [
      `% cat docker-compose.yml\nweb:\n  image: nginx\n  ports:\n    - "80:80"\n    - "3000x:3000"\n% docker-compose up -d\nCreating app_web_1\n${couldNot}`,
      `$ docker-compose up\n${couldNot}\n$ docker run --rm -p 8080:80a nginx\ndocker: Invalid containerPort: 80a.\nSee 'docker run --help'.`,
    ])
      expect((await check('run', text)).id, text).toBe('invalid-port-spec');
  });
  it('keeps the daemon’s answer when docker’s own client could not connect either', async () => {
    const text = `% docker-compose up\n${couldNot}\n% docker run -p 8765a:80 busybox\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`;
    expect((await check('run', text)).id).toBe('daemon-not-running');
  });
});

describe('cw40: `docker compose --dry-run` (parse-logs.ts, compose-errors.ts)', () => {
  // Real paste: docker/compose docs/reference/compose.md, "Use Dry Run mode to test your command".
  const dry = (p: string) =>
    `$ docker compose --dry-run up -d\n[+] Running 3/3\n ✔ DRY-RUN MODE -  Network ${p}_default  Created  0.0s\n ✔ DRY-RUN MODE -  Container ${p}-db-1  Created  0.0s\n ✔ DRY-RUN MODE -  Container ${p}-web-1  Started  0.0s`;
  it('names another project at compose and networks', async () => {
    for (const where of ['compose', 'networks'] as const)
      expect(await check(where, dry('shop')), where).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });
  it('never takes a dry run of the lesson’s own project for running services', async () => {
    for (const where of ['compose', 'networks'] as const) expect((await check(where, dry('dash-app'))).kind, where).not.toBe('ok');
  });
});

describe('cw40: networks by a template’s JSON (schemas.ts readNetworkField)', () => {
  // Real pastes: docker/labs' nodejs tutorial (`docker network inspect --format='{{json .Containers}}' d87b8fc4c466 | python -m
  // json.tool`), moby's networkingcontainers tutorial (`docker inspect --format='{{json .NetworkSettings.Networks}}' db`).
  const ep = (ip: string) =>
    `"EndpointID":"0cf0cd3b2e04","Gateway":"172.17.0.1","IPAddress":"${ip}","IPPrefixLen":16,"MacAddress":"02:42:ac:11:00:03"`;
  it('reads the Containers map of a network that is not the lesson’s', async () => {
    const text = `$ docker network inspect -f '{{json .Containers}}' bridge\n{"3f2a":{"Name":"redis","EndpointID":"aa","IPv4Address":"172.17.0.2/16"},"9c1b":{"Name":"api","EndpointID":"bb","IPv4Address":"172.17.0.3/16"}}`;
    expect(await check('networks', text)).toMatchObject({ id: 'network-wrong-project', details: { network: 'bridge' } });
  });
  it('reads a container’s networks: Docker’s or hand-made, another project’s, never the lesson’s as ok', async () => {
    const mine = `$ docker inspect --format '{{json .NetworkSettings.Networks}}' api\n{"backend-net":{"NetworkID":"7d86",${ep('172.18.0.2')}}}`;
    expect(await check('networks', mine)).toMatchObject({ id: 'network-wrong-project', details: { network: 'backend-net' } });
    const other = `$ docker container inspect -f '{{json .NetworkSettings.Networks}}' shop-web-1\n{"shop_default":{"NetworkID":"7d86",${ep('172.19.0.2')}}}`;
    expect(await check('networks', other)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    const ours = `$ docker inspect --format '{{json .NetworkSettings.Networks}}' dash-app-web-1\n{"dash-app_frontend":{"NetworkID":"1",${ep('172.20.0.3')}},"dash-app_backend":{"NetworkID":"2",${ep('172.21.0.3')}}}`;
    expect((await check('networks', ours)).kind).not.toBe('ok');
  });
});

describe('cw40: Jupyter’s "[all ip addresses on your system]" (parse-logs.ts jupyterAll)', () => {
  // Real paste: IBMDataScience/DSx-Desktop#28 (NotebookApp, `http://[all ip addresses on your system]:8888/`).
  it('reads it as every address at its port, on its line or the next', async () => {
    for (const [text, port] of [
      ['[I 10:00:01.000 NotebookApp] The Jupyter Notebook is running at: http://[all ip addresses on your system]:8889/', 8889],
      [
        '[I 10:00:01.000 NotebookApp] The Jupyter Notebook is running at:\n[I 10:00:01.000 NotebookApp] http://[all ip addresses on your system]:9999/?token=abc123',
        9999,
      ],
    ] as const)
      expect(await check('reach:listening', `$ docker logs nb\n${text}`), text).toMatchObject({
        id: 'ports-swapped',
        details: { appPort: port },
      });
  });
});

describe('cw40: Capybara’s test server beside the app’s own line (parse-logs.ts readLogs)', () => {
  // Real paste: toshimaru/RailsTwitterClone#467 (Puma on tcp://0.0.0.0:3000, then `Capybara starting Puma...` on 127.0.0.1:35353).
  it('passes over the test server’s banner: the app’s line answers', async () => {
    const text =
      "web_1  | * Listening on tcp://0.0.0.0:4000\n$ docker-compose run web bundle exec rspec\n..........Capybara starting Puma...\n* Version 5.6.4 , codename: Birdie's Version\n* Min threads: 0, max threads: 4\n* Listening on http://127.0.0.1:41235\n.....\n12 examples, 0 failures";
    expect(await check('reach:listening', text)).toMatchObject({ id: 'ports-swapped', details: { appPort: 4000 } });
  });
  it('does not take the test server alone for an app on loopback', async () => {
    const text = '$ bundle exec rspec\n....Capybara starting Puma...\n* Listening on tcp://127.0.0.1:35353\n....';
    expect((await check('reach:listening', text)).id).not.toBe('app-listens-on-loopback');
  });
});

describe('cw40: a listing of the latest containers only at "Is port 8050 free?" (step-reach.ts, reach.ts)', () => {
  // Real paste: yeasy/docker_practice network/port_mapping.md (`docker container ls -l`; CONVENTIONS §1, decided in cw40).
  const table = (cmd: string) =>
    `$ ${cmd}\nCONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES\n1a2b3c4d5e6f   redis   "docker-entrypoint.s…"   1 minute ago   Up 1 minute   0.0.0.0:6379->6379/tcp   cache`;
  it('answers partial for -l, -n N and --last N, which leave out the other containers', async () => {
    for (const cmd of ['docker ps -l', 'docker container ls --latest', 'docker ps -n 2', 'docker ps -a --last 3', 'docker ps -ql'])
      expect(await check('reach:port-free', table(cmd)), cmd).toMatchObject({ kind: 'partial', details: { variant: 'latest' } });
  });
  it('keeps the ok of a whole listing with nothing at 8050', async () => {
    expect((await check('reach:port-free', table('docker ps'))).kind).toBe('ok');
  });
});

describe('cw40: the daemon started by hand after "Cannot connect" (version-format.ts settle)', () => {
  // Real paste: moby/moby#12104 (Docker 1.5's `FATA[0000] Cannot connect …`, then `docker -d` to `acceptconnections() = OK (0)`).
  const refused = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
  it('answers partial when the daemon’s log shows it ready after the client’s error', async () => {
    const text = `$ docker run hello-world\ndocker: ${refused}\n$ sudo dockerd\nINFO[2024-05-01T10:00:00.000] Loading containers: done.\nINFO[2024-05-01T10:00:01.000] Daemon has completed initialization\nINFO[2024-05-01T10:00:01.000] API listen on /var/run/docker.sock`;
    expect(await check('install', text)).toMatchObject({ kind: 'partial', details: { variant: 'daemon-started' } });
  });
  it('keeps the daemon not running when it failed after starting, or never got ready', async () => {
    const failed = `$ docker info\n${refused}\n$ sudo dockerd\nINFO[0000] API listen on /var/run/docker.sock\nfailed to start daemon: error initializing graphdriver: driver not supported`;
    expect((await check('install', failed)).id).toBe('daemon-not-running');
    const starting = `$ docker info\n${refused}\n$ sudo dockerd\nINFO[0000] Loading containers: start.`;
    expect((await check('install', starting)).id).toBe('daemon-not-running');
  });
});
