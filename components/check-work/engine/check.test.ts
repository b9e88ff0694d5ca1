import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { kindOf } from './diagnosis';
import type { DiagnosisId } from './types';
import { checkReach, checkWork, type Step } from '.';
import { body } from './load-fixture';
import { message } from './messages';
import { check } from './test-pastes';

describe('every diagnosis, from its fixtures', () => {
  const cases = Object.entries(catalog).flatMap(([id, entries]) => entries.map((e) => [id, e.check, e.fixture] as const));
  it.each(cases)('%s: %s with %s', async (id, where, fixture) => {
    const d = await check(where, body(fixture));
    expect(d.id).toBe(id);
    expect(d.kind).toBe(kindOf(id as DiagnosisId));
    expect(Object.keys(d)).toEqual(['kind', 'id', 'details']);
  });
});

describe('checkWork details', () => {
  it('names the exit code and the last lines of a crashed container', async () => {
    expect((await checkWork('run', body('ps-table-exited-old'))).details).toEqual({
      name: 'dash-app',
      state: 'exited',
      exitCode: 1,
      lastLines: [
        'Traceback (most recent call last):',
        '  File "/home/e4l/app/app.py", line 1, in <module>',
        '    import dash',
        "ModuleNotFoundError: No module named 'dash'",
      ],
      readAs: ['docker ps', 'docker logs'],
    });
  });

  it('gives a service’s last lines from docker compose up', async () => {
    const d = await checkWork('compose', body('compose-logs-exited'));
    expect(d).toMatchObject({ id: 'compose-service-not-running', details: { name: 'web', state: 'exited', exitCode: 1 } });
    expect(d.details.lastLines?.at(-1)).toBe("ModuleNotFoundError: No module named 'dash'");
  });

  it('says what to open when things work', async () => {
    expect((await checkWork('run', body('ps-json-running'))).details).toMatchObject({ name: 'dash-app', url: 'http://localhost:8050' });
    expect((await checkWork('compose', body('compose-ps-table'))).details.url).toBe('http://localhost:8050');
    expect((await checkWork('networks', body('compose-ps-networks-ok'))).details).toMatchObject({ variant: 'networks' });
    expect((await checkWork('networks', body('network-inspect-ok'))).details).toMatchObject({ url: 'http://localhost:8080' });
  });

  it('is no ok for another host port (-p 80:8050): the lesson publishes 8050:8050', async () => {
    const text =
      'CONTAINER ID   IMAGE              COMMAND   CREATED   STATUS         PORTS                  NAMES\nabc            e4l-python-graph   "x"       now       Up 1 second    0.0.0.0:80->8050/tcp   dash-app';
    const host = { kind: 'problem', id: 'ports-swapped', details: { variant: 'host', found: '0.0.0.0:80->8050/tcp' } };
    expect(await checkWork('run', text)).toMatchObject(host);
    expect(await checkReach('published', text)).toMatchObject(host);
  });

  it('says ok only for dash-app by name, and for Compose only with the project shown', async () => {
    // Modelled on plotly/dash's docker-desktop run (h2-desktoplinux256: docker run --name dash-app -p 8050:8050 and
    // Werkzeug's all-addresses lines); here the container named web, or not named at all.
    const logs = 'Dash is running on http://0.0.0.0:8050/\n * Running on all addresses (0.0.0.0)';
    const run = (name: string) => `$ docker run --rm ${name}-p 8050:8050 e4l-python-graph\n${logs}`;
    expect((await checkWork('run', run('--name dash-app '))).id).toBe('healthy');
    expect((await checkWork('run', run('--name web '))).id).toBe('container-not-found');
    expect((await checkWork('run', run(''))).id).toBe('container-not-found');
    // Modelled on docker/compose#8711's compose ps (dash-app-web-1 running, 8050 published); here with
    // container_name: web, so nothing names the project.
    const ps = 'NAME   COMMAND           SERVICE   STATUS    PORTS\nweb    "python app.py"   web       running   0.0.0.0:8050->8050/tcp';
    expect(await checkWork('compose', ps)).toMatchObject({ kind: 'partial', details: { variant: 'project' } });
    const named = ps.replace('NAME  ', 'NAME            ').replace(/^web   /m, 'dash-app-web-1  ');
    expect((await checkWork('compose', named)).id).toBe('healthy');
  });

  it('says no ok for the registry image under another name, nor for another project’s web beside dash-app', async () => {
    // Modelled on the docker ps layout of docker/cli's container-list golden file (as ps-table-running); here the
    // registry image run as my-registry.
    const reg =
      'CONTAINER ID   IMAGE        COMMAND                  CREATED   STATUS         PORTS                      NAMES\n' +
      'a1b2c3d4e5f6   registry:3   "/entrypoint.sh /etc…"   now       Up 2 minutes   127.0.0.1:5000->5000/tcp   my-registry';
    expect(await checkWork('share', reg)).toMatchObject({ id: 'container-not-found', details: { name: 'registry' } });
    expect((await checkWork('share', reg.replace(' my-registry', ' registry'))).kind).toBe('ok');
    // Modelled on docker/compose#8711's compose ps; here another project's web holds 8050 and dash-app's web is not listed.
    const ps =
      'NAME             COMMAND           SERVICE   STATUS    PORTS\n' +
      'shop-web-1       "python app.py"   web       running   0.0.0.0:8050->8050/tcp\n' +
      'dash-app-db-1    "postgres"        db        running   5432/tcp';
    expect((await checkWork('compose', ps)).kind).not.toBe('ok');
  });

  it('gives the address to open for a loopback-only port', async () => {
    expect(await checkWork('run', body('ps-table-loopback'))).toMatchObject({
      kind: 'ok',
      id: 'published-on-loopback',
      details: { name: 'dash-app', url: 'http://localhost:8050' },
    });
  });

  it('shows the published ports it found for swapped ports, and where they lead', async () => {
    expect((await checkWork('run', body('ps-table-swapped'))).details).toMatchObject({
      found: '0.0.0.0:8050->80/tcp, [::]:8050->80/tcp',
      target: 80,
    });
    expect((await checkWork('run', body('ps-table-exposed-only'))).details).toMatchObject({ found: '8050/tcp' });
  });

  it('finds the app on loopback in ps and logs pasted together', async () => {
    expect(await checkWork('run', body('ps-and-logs-loopback'))).toMatchObject({
      id: 'app-listens-on-loopback',
      details: { readAs: ['docker ps', 'docker logs'] },
    });
  });

  it('tells a container from a program holding the port', async () => {
    expect((await checkWork('run', body('run-port-allocated-old'))).details).toMatchObject({ variant: 'allocated', port: '8050' });
    expect((await checkWork('run', body('run-address-in-use'))).details).toMatchObject({ variant: undefined, port: '8050', appPort: 8050 });
  });

  it('reads the API versions of a too old client', async () => {
    expect((await checkWork('install', body('client-too-old-version'))).details).toMatchObject({ client: '1.38', server: '1.44' });
  });

  it('names the project and the network that are wrong', async () => {
    expect((await checkWork('compose', body('compose-ps-json-other-project'))).details).toMatchObject({ project: 'lesson6' });
    expect((await checkWork('networks', body('network-inspect-web-missing'))).details).toMatchObject({ name: 'web', network: 'backend' });
    expect((await checkWork('networks', body('network-inspect-default'))).details).toMatchObject({
      variant: 'default',
      name: 'web',
      network: ['frontend', 'backend'],
    });
    expect((await checkWork('networks', body('compose-undefined-network'))).details).toMatchObject({ name: 'web', network: 'backend' });
    expect((await checkWork('networks', body('network-not-found'))).details).toMatchObject({ network: 'dash-app_frontend' });
  });

  it('names the localhost address the proxy uses', async () => {
    expect((await checkWork('networks', body('nginx-upstream-localhost'))).details.upstream).toBe('http://127.0.0.1:8050/');
    expect((await checkWork('networks', body('compose-config-localhost'))).details.upstream).toBe('http://localhost:8050');
  });

  it('tells what it read', async () => {
    expect((await checkWork('run', body('inspect-running'))).details.readAs).toEqual(['docker inspect']);
    expect((await checkWork('networks', body('network-inspect-ok'))).details.readAs).toEqual(['docker network inspect']);
    expect((await checkWork('install', body('daemon-old-version'))).details.readAs).toEqual(['an error message', 'docker version']);
  });

  it('reads a client without a server part and no error as showing part (it neither proves nor disproves the daemon)', async () => {
    const text = body('daemon-old-version').replace(/^Cannot connect.*$/m, '');
    expect(await checkWork('install', text)).toMatchObject({ kind: 'partial', id: 'shows-part', details: { variant: 'client-only' } });
  });

  it('reads a crash in the output of docker run', async () => {
    const text =
      "$ docker run --rm --name dash-app -p 8050:8050 e4l-python-graph\nTraceback (most recent call last):\nModuleNotFoundError: No module named 'dash'";
    expect(await checkWork('run', text)).toMatchObject({
      id: 'container-exited',
      details: { variant: 'crash', lastLines: ['Traceback (most recent call last):', "ModuleNotFoundError: No module named 'dash'"] },
    });
  });

  it('tells a created or restarting container by its variant', async () => {
    const ps = (status: string) => `{"Names":"dash-app","Image":"e4l-python-graph","Status":"${status}","Ports":""}`;
    expect((await checkWork('run', ps('Created'))).details).toMatchObject({ variant: 'created', state: 'created' });
    expect((await checkWork('run', ps('Restarting (1) 2 seconds ago'))).details).toMatchObject({ variant: 'restarting', exitCode: 1 });
  });
});

describe('pastes as learners make them', () => {
  it('answers a step it does not know like the install step', async () => {
    expect((await checkWork('lesson9' as Step, body('version-29-ok'))).id).toBe('healthy');
    expect((await checkWork('toString' as Step, body('version-29-ok'))).id).toBe('healthy');
  });

  it('reads several outputs pasted together without their command lines', async () => {
    const ps = body('ps-table-running').split('\n').slice(1).join('\n');
    const logs = body('logs-loopback').split('\n').slice(1).join('\n');
    expect((await checkWork('run', `${ps}\n\n${logs}`)).id).toBe('app-listens-on-loopback');
  });

  it('picks dash-app when the name filter also matches Compose’s dash-app-web-1', async () => {
    const text = [
      '$ docker ps -a --filter name=dash-app --format json',
      '{"Command":"\\"python app.py\\"","Image":"dash-app-web","Names":"dash-app-web-1","Ports":"0.0.0.0:8050->8050/tcp","State":"running","Status":"Up 2 hours"}',
      '{"Command":"\\"python app.py\\"","Image":"e4l-python-graph","Names":"dash-app","Ports":"","State":"exited","Status":"Exited (1) 3 seconds ago"}',
    ].join('\n');
    expect(await checkWork('run', text)).toMatchObject({ id: 'container-exited', details: { exitCode: 1 } });
  });

  it('finds a container started without --name by its image, and says it is not dash-app (no ok for another name)', async () => {
    const text = body('ps-table-running').replace(/ dash-app$/m, ' eager_turing');
    const notFound = { kind: 'problem', id: 'container-not-found', details: { name: 'dash-app' } };
    expect(await checkWork('run', text)).toMatchObject(notFound);
    expect(await checkReach('running', text)).toMatchObject(notFound);
    expect(await checkReach('published', text)).toMatchObject(notFound);
    // Its state still counts: exited is exited, whatever its name.
    expect((await checkWork('run', text.replace(/Up \d+ \w+/, 'Exited (1) 2 seconds ago'))).id).toBe('container-exited');
  });

  it('reads the lesson’s own permission message of docker info', async () => {
    const text =
      'Client:\n ...\nServer:\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: ...';
    expect((await checkWork('install', text)).id).toBe('permission-denied');
  });

  it('reads another step’s own outputs only where that step is checked', async () => {
    // Compose's messages and compose files are lessons 6 and 7's; docker version is lesson 3's.
    expect(await checkWork('install', body('compose-no-file'))).toMatchObject({
      id: 'unreadable',
      details: { variant: 'seen', readAs: ['docker compose up'] },
    });
    expect((await checkWork('compose', body('compose-no-file'))).id).toBe('compose-no-file');
    expect(await checkWork('run', body('compose-config-ok'))).toMatchObject({
      id: 'unreadable',
      details: { variant: 'foreign', foreign: 'docker compose config' },
    });
    expect(await checkWork('run', body('version-29-ok'))).toMatchObject({
      id: 'unreadable',
      details: { variant: 'foreign', foreign: 'docker version' },
    });
    // Lessons 6 and 7 still name docker version, without reading it.
    expect((await checkWork('compose', body('version-29-ok'))).details).toMatchObject({ variant: 'seen', readAs: ['docker version'] });
  });

  it('answers a v1 config whose service uses a network the top-level networks lack', async () => {
    // Modelled on c-cli-v1-config-undefined-backend (docker-compose 1.29.2 prints it without complaint), with
    // frontend left out instead of backend.
    const config = [
      '$ docker-compose config',
      'networks:',
      '  backend: {}',
      'services:',
      '  proxy:',
      '    image: nginx:stable',
      '    networks:',
      '      frontend: null',
      '  web:',
      '    networks:',
      '      backend: null',
      "version: '3.8'",
    ].join('\n');
    expect(await checkWork('networks', config)).toMatchObject({
      id: 'compose-undefined-network',
      details: { name: 'proxy', network: 'frontend' },
    });
  });

  it('answers network inspect of a network no Compose project made (a default or hand-made one) as not the project’s', async () => {
    // Modelled on friendbear/docker-mastery's `docker network inspect bridge` and vmware/vic#3736's empty mynet:
    // here Docker 24's host network with nothing on it, and a user network with one plain container.
    const inspect = (name: string, containers: string) =>
      `$ docker network inspect ${name}\n[\n  {\n    "Name": "${name}",\n    "Id": "5a1f0c9e7d2b",\n    "Scope": "local",\n    "Driver": "${name === 'host' ? 'host' : 'bridge'}",\n    "EnableIPv6": false,\n    "Internal": false,\n    "Containers": {${containers}},\n    "Options": {},\n    "Labels": {}\n  }\n]`;
    expect(await checkWork('networks', inspect('host', ''))).toMatchObject({
      id: 'network-wrong-project',
      details: { network: 'host', variant: 'other' },
    });
    const one = '"9f3c": { "Name": "alpine2", "EndpointID": "e1", "MacAddress": "", "IPv4Address": "172.19.0.2/16", "IPv6Address": "" }';
    expect((await checkWork('networks', inspect('isolated_nw', one))).details).toMatchObject({ network: 'isolated_nw' });
    // The project's own network, inspected by hand, is not that.
    expect((await checkWork('networks', inspect('dash-app_frontend', one))).id).not.toBe('network-wrong-project');
  });

  it('answers Compose logs of a service ending in a traceback, their colour codes mangled, as the service not running', async () => {
    // Modelled on RCOSDP/RDM-osf.io#568 (codes without their escape byte); here Windows' ←[33m and a db that is fine.
    const logs = [
      'PS C:\\dash-app> docker compose logs --tail 8',
      '←[33mdb-1   | ←[0m2025-03-02 09:14:01.120 UTC [1] LOG:  database system is ready to accept connections',
      '←[36mweb-1  | ←[0mTraceback (most recent call last):',
      '←[36mweb-1  | ←[0m  File "/home/e4l/app/app.py", line 3, in <module>',
      '←[36mweb-1  | ←[0m    from dash import Dash, html',
      "←[36mweb-1  | ←[0mImportError: cannot import name 'html' from 'dash' (/usr/lib/python3/dist-packages/dash/__init__.py)",
    ].join('\n');
    const d = await checkWork('compose', logs);
    expect(d).toMatchObject({ id: 'compose-service-not-running', details: { name: 'web', variant: 'crash' } });
    expect(d.details.lastLines?.at(-1)).toMatch(/^ImportError: cannot import name 'html'/);
    // Listed running after it (restarted, and fine now), the traceback is history.
    const running = `${logs}\nNAME             IMAGE          COMMAND           SERVICE   CREATED          STATUS          PORTS\ndash-app-web-1   dash-app-web   "python app.py"   web       10 minutes ago   Up 10 seconds   0.0.0.0:8050->8050/tcp`;
    expect((await checkWork('compose', running)).id).not.toBe('compose-service-not-running');
  });

  it('names another project from Compose v1 and v2 up output and from v1 ps rows without their header', async () => {
    // Modelled on TandoorRecipes/recipes#1295 (v1 up, indented), a Lab13 README (Compose 5 up, container_name) and a
    // microservice README's wrapped v1 ps (rows below the header): here projects wiki, shop and blog.
    const v1Up = [
      'first run:',
      '    Creating network "wiki_default" with the default driver',
      '    Creating wiki_db_1 ... done',
      '    Creating wiki_app_1 ... done',
      '    Attaching to wiki_db_1, wiki_app_1',
      '    db_1   | PostgreSQL init process complete; ready for start up.',
    ].join('\n');
    expect(await checkWork('compose', v1Up)).toMatchObject({ id: 'compose-project-name', details: { project: 'wiki' } });
    const v2Up =
      '> docker compose up -d\n[+] up 3/3\n ✔ Network shop_default Created   0.1s\n ✔ Container redis   Created   0.2s\n ✔ Container api     Created   0.2s';
    expect(await checkWork('compose', v2Up)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    const v1Rows = [
      '                                                   8301/tcp, 0.0.0.0:8500->8500/tcp',
      'blog_db_1    docker-entrypoint.sh postgres   Up      5432/tcp',
      'blog_web_1   gunicorn -b 0.0.0.0:8000 app    Up      0.0.0.0:8050->8000/tcp',
    ].join('\n');
    expect(await checkWork('compose', v1Rows)).toMatchObject({ id: 'compose-project-name', details: { project: 'blog' } });
    expect(await checkWork('compose', v1Rows.replaceAll('blog_', 'dash-app_'))).toMatchObject({ id: 'ports-swapped' });
  });

  it('answers a service that crashed with its traceback before another project’s name', async () => {
    // Modelled on wsvincent/djangoforprofessionals_30#1 (v1 up, web exits with code 1), here project shop and Flask.
    const up = [
      'Creating network "shop_default" with the default driver',
      'Creating shop_web_1 ... done',
      'Attaching to shop_web_1',
      'web_1  | Traceback (most recent call last):',
      'web_1  |   File "/code/app.py", line 1, in <module>',
      'web_1  |     from flask import Flask',
      "web_1  | ModuleNotFoundError: No module named 'flask'",
      'shop_web_1 exited with code 1',
    ].join('\n');
    expect(await checkWork('compose', up)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'web', exitCode: 1 } });
    // Without a traceback too (holdout15, cw16): what the paste shows failing comes first. Exited with code 0, the project's name.
    const bare = up.split('\n').slice(0, 3).join('\n');
    expect((await checkWork('compose', `${bare}\nshop_web_1 exited with code 1`)).id).toBe('compose-service-not-running');
    expect((await checkWork('compose', `${bare}\nshop_web_1 exited with code 0`)).id).toBe('compose-project-name');
  });

  it('does not mistake a healthy lesson-6 project for a problem at the networks step', async () => {
    // Lesson 6's project has web only; at lesson 7 proxy and db are missing from the listing.
    expect(await checkWork('networks', body('compose-ps-json-lines'))).toMatchObject({
      id: 'compose-service-missing',
      details: { name: 'proxy', variant: 'unlisted' },
    });
  });
});

describe('holdout4’s classes (2026-12)', () => {
  it('reads a Compose file whose depends_on names a service it does not define', async () => {
    // Modelled on TeamPiped/Piped#3678 (nginx depends on undefined service "pipedfrontend"); here proxy and webapp.
    const text = '$ docker compose up -d\nservice "proxy" depends on undefined service "webapp": invalid compose project';
    expect(await checkWork('compose', text)).toMatchObject({
      id: 'compose-service-missing',
      details: { name: 'webapp', variant: 'undefined' },
    });
  });

  it('reads Go’s "lookup <service>: no such host" as the host not found, not a registry’s DNS failure', async () => {
    // Modelled on sosedoff/pgweb#216 (Error: dial tcp: lookup db on 192.168.65.1:53: no such host); here Docker's DNS.
    const text = 'web-1  | Error: dial tcp: lookup database on 127.0.0.11:53: no such host';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'database' } });
    const pull =
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 192.168.65.5:53: no such host';
    expect((await checkWork('networks', pull)).id).not.toBe('upstream-host-not-found');
  });

  it('reads docker network ls, a stray line or a prompt around it, without the project’s networks as not found', async () => {
    // Modelled on moby/moby#31324 (a stray line above the header, swarm networks) and a README (stored file 9874809231:
    // docker network create, then a prompt, then docker network ls); here the project's frontend only.
    const ls = (rows: string) =>
      `$ docker network create shop\n6f1e2d3c4b5a\nme@mac:~/shop[10:01:02]>\n$ docker network ls\nsome stray line"\nNETWORK ID     NAME      DRIVER    SCOPE\n0a1b2c3d4e5f   bridge    bridge    local\n${rows}`;
    expect(await checkWork('networks', ls('1a2b3c4d5e6f   dash-app_frontend   bridge   local'))).toMatchObject({
      id: 'network-not-found',
      details: { network: 'dash-app_backend' },
    });
    const both = await checkWork(
      'networks',
      ls('1a2b3c4d5e6f   dash-app_frontend   bridge   local\n2b3c4d5e6f7a   dash-app_backend   bridge   local'),
    );
    expect(both.id).not.toBe('network-not-found');
    expect(both.kind).not.toBe('ok');
  });

  it('reads v1’s "No containers to start" (start before up) as nothing running, after the reason it gives', async () => {
    // Modelled on docker/compose#5469 (Starting mongo ... done lines, then ERROR: No containers to start); here the lesson's services.
    const start = 'Starting dash-app_db_1 ... done\nStarting dash-app_web_1 ... done\nERROR: No containers to start';
    expect(await checkWork('compose', start)).toMatchObject({ id: 'compose-service-not-running', details: { variant: 'none' } });
    const net = `ERROR: for web  Cannot start service web: network dash-app_backend not found\n${start}`;
    expect((await checkWork('networks', net)).id).toBe('network-not-found');
  });

  it('reads a database driver refused (the db not ready yet) as the connection refused, before the crash it causes', async () => {
    // Modelled on docker/compose#749 (fig: web_1 | OperationalError: (2003, "Can't connect to MySQL server on '172.17.0.173' (111)"));
    // here psycopg 3's wording for the lesson's db.
    const text =
      'web-1  | Traceback (most recent call last):\nweb-1  | psycopg.OperationalError: connection to server at "db" (172.18.0.3), port 5432 failed: Connection refused\n' +
      'db-1   | LOG:  database system is ready to accept connections';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-connection-refused', details: { upstream: 'db' } });
    // A traceback without a refused connection is still the crash.
    expect((await checkWork('networks', 'web-1  | Traceback (most recent call last):\nweb-1  | KeyError: x')).details.variant).toBe(
      'crash',
    );
  });

  it('reads docker compose version: v2.3 and later shows part, v1 and v2 before 2.3 are too old', async () => {
    // Modelled on docker/for-win#12928 (WSL: Docker Compose version v2.10.2 for both docker compose and docker-compose).
    expect(await checkWork('compose', '$ docker compose version\nDocker Compose version v2.29.1')).toMatchObject({
      kind: 'partial',
      details: { variant: 'state' },
    });
    expect((await checkWork('compose', '$ docker compose version\nDocker Compose version v2.2.3')).id).toBe('compose-too-old');
    expect((await checkWork('networks', '$ docker-compose version\ndocker-compose version 1.29.2, build 5becea4c')).id).toBe(
      'compose-too-old',
    );
  });

  it('reads postgres ready in a v1 log as a service running, shows part; another app’s log stays unreadable', async () => {
    // Modelled on sameersbn/docker-gitlab-ci#38 (postgresql_1 | … database system is ready to accept connections); here db_1.
    const ready = 'db_1 | 2024-05-02 09:12:03 UTC [1] LOG:  database system is ready to accept connections';
    expect(await checkWork('networks', ready)).toMatchObject({ kind: 'partial', id: 'shows-part' });
    expect((await checkWork('compose', "web_1  | 0.0 (1): SELECT * FROM thing WHERE key='/'")).kind).toBe('unreadable');
  });

  it('reads output quoted with Markdown’s > between prose', async () => {
    // Modelled on IIC2143-2018-1/project#47 (> Creating network "grupo-11_default" …, in Spanish prose); here English.
    const text =
      'When I run docker-compose up I get\n\n> Creating network "shop_default" with the default driver\n> Creating shop_db_1 ... done\n> Creating shop_web_1 ... done\n\nwhich it did not print before.';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });

  it('reads "requires at least 1 argument" with curly quotes, and a BusyBox prompt `host:~ $`', async () => {
    // Modelled on docker/for-mac#2959 (“docker run” requires at least 1 argument., smart quotes as posted); here `container run`.
    const quotes =
      '$ docker container run -it -p 8050:8050 -v /data:/data\n“docker container run” requires at least 1 argument.\nSee ‘docker container run --help’.';
    expect((await checkWork('run', quotes)).id).toBe('missing-image-argument');
    // Modelled on mikeizbicki/cmc-csci143#413 (lambda-server:~ $ docker run -d -p 8899:5055 …, then only the ID); here a Pi.
    const detached =
      'pi:~ $ docker run -d --name dash-app -p 8050:5000 e4l-python-graph\ne11462ac7d50ee1b4d9732ad865fe57020186876be51c6062828c268297a8ed7';
    expect(await checkWork('run', detached)).toMatchObject({ id: 'ports-swapped', details: { target: 5000 } });
  });
});

describe('holdout5’s classes (2026-12)', () => {
  it('reads Compose v1’s port error whose first letter its progress line overwrote ("ind for …"), before the project', async () => {
    // Modelled on docker/docs#8736 (Creating composetest_web_1 ... error, then "ind for 0.0.0.0:5000 failed"); here the lesson's port.
    const text =
      'Creating network "shop_default" with the default driver\nCreating shop_web_1 ... error\n\nind for 0.0.0.0:8050 failed: port is already allocated';
    expect(await checkWork('compose', text)).toMatchObject({ id: 'port-already-allocated', details: { port: '8050' } });
  });

  it('reads docker network ls with another project’s networks as that project, not as networks not found', async () => {
    // Modelled on frappe/frappe_docker#27 (network ls with frappedocker_default); here the lesson's networks under another folder's name.
    const ls =
      '$ docker network ls\nNETWORK ID     NAME             DRIVER    SCOPE\n1a2b3c4d5e6f   bridge           bridge    local\n' +
      '2b3c4d5e6f70   shop_backend     bridge    local\n3c4d5e6f7081   shop_frontend    bridge    local\n4d5e6f708192   host             host      local';
    expect(await checkWork('networks', ls)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    // A network made by hand (no project's name pattern) is still a network not found.
    expect((await checkWork('networks', ls.replace(/shop_(?:backend|frontend)/g, 'mynet'))).id).toBe('network-not-found');
  });

  it('reads network inspect collapsed onto its command’s line (a chat or an inline code span)', async () => {
    // Modelled on distribution/distribution#3426 (`# docker inspect broker_net-conquest [ { "Name": … } ]` on one line).
    const text =
      'I see this:\n`$ docker network inspect shop_backend [ { "Name": "shop_backend", "Driver": "bridge", "Containers": {}, ' +
      '"Labels": { "com.docker.compose.network": "backend", "com.docker.compose.project": "shop" } } ]`';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });

  it('reads libpq’s older "could not connect to server: Connection refused" with the host on its next line', async () => {
    // Modelled on benhutchins/docker-taiga-example#11 (psycopg2 under PostgreSQL < 14, the words spread by a wide terminal);
    // here the lesson's web and db.
    const refused =
      'web_1  | psycopg2.OperationalError: could not connect to server: Connection       refused\n' +
      'web_1  |   Is the server running on host "db" (172.18.0.3) and accepting\nweb_1  |   TCP/IP connections on port 5432?';
    expect(await checkWork('compose', `web_1  | Traceback (most recent call last):\n${refused}`)).toMatchObject({
      id: 'upstream-connection-refused',
      details: { upstream: 'db' },
    });
    // The same host line after another error (a timeout) is not a refused connection: the crash answers.
    expect(
      (await checkWork('compose', `web_1  | Traceback (most recent call last):\n${refused.replace('refused', 'timed out')}`)).details
        .variant,
    ).toBe('crash');
  });

  it('reads a Compose service whose log ends with the server’s own "Exiting" as not running', async () => {
    // Modelled on docker/compose#6304 (web_1 | => Booting Unicorn … web_1 | Exiting, no exit line); here Puma's stale pid.
    const log = 'web-1  | => Booting Puma\nweb-1  | A server is already running. Check /app/tmp/pids/server.pid.\nweb-1  | Exiting';
    expect(await checkWork('compose', log)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'web', state: 'exited' } });
    // "Exiting" in the middle of a log, or another word starting the last line, is not the end of the service.
    expect((await checkWork('compose', `${log}\nweb-1  | => Booting Puma`)).id).not.toBe('compose-service-not-running');
  });

  it('reads docker --version quoted in a sentence as the client only', async () => {
    // Modelled on vidardb/vidardb-engine#6 ("My docker version: `Docker version 19.03.3, build a872fc2f86`").
    const text = 'On Ubuntu 22.04 I have (`Docker version 24.0.7, build afdd53b`) and it still fails.';
    expect(await checkWork('install', text)).toMatchObject({ kind: 'partial', details: { variant: 'client-only' } });
  });

  it('reports a listed service that failed before the services the listing lacks', async () => {
    // Modelled on laravel/sail#331 (compose ps with laravel.test exited (137) alone); here db exited (1) alone at lesson 7.
    const ps =
      'NAME              COMMAND                  SERVICE   STATUS       PORTS\ndash-app-db-1     "docker-entrypoint.s…"   db        exited (1)';
    expect(await checkWork('networks', ps)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'db', exitCode: 1 } });
    // Listed and running: the missing ones are still missing.
    expect((await checkWork('networks', ps.replace('exited (1)', 'running'))).id).toBe('compose-service-missing');
  });

  it('reads a name conflict wrapped after the quoted name', async () => {
    // Modelled on matterhorn-chat/mattermost-api#15 (…The container name "/mattermost-preview" then "is already in use" on the next line).
    const text =
      'docker: Error response from daemon: Conflict. The container name "/dash-app"\nis already in use by container\n0f1e2d3c4b5a.';
    expect(await checkWork('run', text)).toMatchObject({ id: 'name-conflict', details: { name: 'dash-app' } });
  });

  it('reads Compose 5’s `[+] up` progress, which shows no Started, as not showing the state; v2’s Created is not started', async () => {
    // Modelled on a Lab13 README's Compose 5.0.2 `up -d` (every container "Created"; docker/compose cmd/display/tty.go skips
    // Started under up before 5.1, and without -d since); here `up` attached, with the lesson's services.
    const up5 =
      '[+] up 4/4\n ✔ Network dash-app_default   Created 0.0s\n ✔ Container dash-app-db-1    Created 0.1s\n' +
      ' ✔ Container dash-app-web-1   Created 0.1s\nAttaching to db-1, web-1';
    expect(await checkWork('compose', up5)).toMatchObject({ kind: 'partial', details: { variant: 'state' } });
    // (cw29: without its `Attaching to`: v2's attached up creates under the progress and starts after, printing no Started,
    // docker/compose v2.20.0 pkg/compose/up.go; state-layouts.test.ts.)
    const v2 = up5.replace('[+] up 4/4', '[+] Running 3/3').replace(/\nAttaching to .*$/, '');
    expect(await checkWork('compose', v2)).toMatchObject({ id: 'compose-service-not-running', details: { variant: 'created' } });
  });
});

describe('holdout6’s classes (2026-12)', () => {
  it('reads a service name that did not resolve, in any client’s words, as the host not found (also before another project)', async () => {
    // Modelled on docker/compose#5919 and rails7ondocker (libpq through Rails: `PG::ConnectionBad: could not translate host
    // name "pg" to address`), opensanctions (psycopg2 on Alpine: `Name does not resolve`), jtl-reporter (node: `getaddrinfo
    // ENOTFOUND db`); here other names, clients and wrappings.
    const pastes: [string, string][] = [
      [
        'web-1  | sqlalchemy.exc.OperationalError: could not translate host name "database" to address: Temporary failure in name resolution',
        'database',
      ],
      [
        '$ docker compose run --rm web flask db upgrade\npsql: error: could not translate host name "pgdb" to address: Name or service not known',
        'pgdb',
      ],
      ['api_1  | Error: getaddrinfo EAI_AGAIN postgres-main\napi_1  |     at GetAddrInfoReqWrap.onlookupall', 'postgres-main'],
      ['worker-1  | MySQLdb.OperationalError: (2005, "Unknown MySQL server host \'mysql\' (-2)")', 'mysql'],
      ['web-1  | curl: (6) Could not resolve host: api', 'api'],
      ['worker-1  | redis.exceptions.ConnectionError: Error -3 connecting to cache:6379. Temporary failure in name resolution.', 'cache'],
      [
        "web_1  | requests.exceptions.ConnectionError: HTTPConnectionPool(host='backend', port=8000): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno -2] Name or service not known'))",
        'backend',
      ],
    ];
    for (const [text, upstream] of pastes)
      expect(await checkWork('networks', text), text).toMatchObject({
        id: 'upstream-host-not-found',
        details: { upstream, variant: 'app' },
      });
    // A one-off run from another folder (project "src"): the name that did not resolve, not the project's name.
    const run =
      'Starting src_db_1 ... done\nPG::ConnectionBad: could not translate host name "db" to address: No address associated with hostname';
    expect(await checkWork('compose', run)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'db' } });
    // nginx keeps its own words; a registry's or a public host's name (with dots), or localhost, is not a service.
    expect(await checkWork('networks', 'proxy-1  | host not found in upstream "web:8050"')).toMatchObject({
      details: { variant: undefined },
    });
    for (const other of [
      'npm ERR! getaddrinfo ENOTFOUND registry.npmjs.org',
      'could not translate host name "db.example.com" to address: Name or service not known',
      'could not translate host name "localhost" to address: Name or service not known',
      "HTTPConnectionPool(host='backend', port=8000): Max retries exceeded (Caused by NewConnectionError('…: Failed to establish a new connection: [Errno 111] Connection refused'))",
      'redis.exceptions.ConnectionError: Error 111 connecting to cache:6379. Connection refused.',
    ])
      expect((await checkWork('networks', other)).id, other).not.toBe('upstream-host-not-found');
  });
});

describe('holdout6’s classes: what follows', () => {
  it('reads the daemon’s own answer after an earlier "Cannot connect" (Docker started since), not the reverse', async () => {
    // Modelled on docker/for-mac#1114 (Cannot connect, then the same run: an ID and "port is already allocated"); here 8050 and a name conflict.
    const down = 'docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
    const taken =
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (3f2a): Bind for 0.0.0.0:8050 failed: port is already allocated.';
    expect(
      await checkWork(
        'run',
        `$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph\n${down}\n$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph\n4b1e0c2d9a7f\n${taken}`,
      ),
    ).toMatchObject({ id: 'port-already-allocated' });
    const conflict = 'docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "4b1e".';
    expect(await checkWork('run', `${down}\n${conflict}`)).toMatchObject({ id: 'name-conflict' });
    // Docker Desktop's backend down (its socket missing: no error read here) does not undo the earlier "Cannot connect".
    const raw = 'docker: Error response from daemon: dial unix docker.raw.sock: connect: no such file or directory.';
    expect(await checkWork('run', `${down}\n${raw}`)).toMatchObject({ id: 'daemon-not-running' });
    // The daemon down after the port error: that is what stands now.
    expect(await checkWork('run', `${taken}\n${down}`)).toMatchObject({ id: 'daemon-not-running' });
  });

  it('reads a registry’s "manifest unknown" without the image’s name as an image not found', async () => {
    // Modelled on guydavis/machinaris#509 (docker-compose pull: `[+] Running 0/10`, ` - x Error`, "Error response from daemon:
    // manifest unknown"); here the lesson's services.
    const pull =
      '$ docker compose pull\n[+] Pulling 0/3\n - db Error  1.1s\n - proxy Error  1.1s\nError response from daemon: manifest unknown';
    expect(await checkWork('compose', pull)).toMatchObject({ id: 'image-not-found', details: { name: undefined } });
    expect(await checkWork('run', 'Error response from daemon: manifest unknown: manifest unknown')).toMatchObject({
      id: 'image-not-found',
    });
  });

  it('reads the network Compose v1 creates as naming the project (also 1.5’s --x-networking, named after the project alone)', async () => {
    // Modelled on docker/compose#2345 (`Creating network "wildflymysqljavaee7" with driver "None"`, then docker network ls);
    // here other projects, v1's `<project>_default` with the default driver, and 1.5's.
    const v1 = 'Creating network "my_shop_default" with the default driver\nCreating my_shop_web_1 ... done';
    expect(await checkWork('networks', v1)).toMatchObject({ id: 'compose-project-name', details: { project: 'my_shop' } });
    const x = 'Creating network "shop" with driver "None"\n$ docker network ls\nNETWORK ID  NAME  DRIVER\n1a2b3c4d5e6f  shop  bridge';
    expect(await checkWork('networks', x)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    // The lesson's own project creating its networks is no other project.
    const own = 'Creating network "dash-app_frontend" with the default driver\nCreating network "dash-app_backend" with the default driver';
    expect((await checkWork('networks', own)).id).not.toBe('compose-project-name');
  });

  it('reads an indented command line (a Markdown code block, a leading space) as the command', async () => {
    // Modelled on a README's "Run as service" (stored file 29965785642: `    docker run -d -p 8050:8050 … --name
    // hsdashboard …` between prose) and a comment's ` docker port static-site`; here the lesson's names.
    const readme = 'Start it:\n\n    docker run -d -p 8050:8050 --name dash-app e4l-python-graph\n\nthen open the page.';
    expect(await checkWork('run', readme)).toMatchObject({ kind: 'partial', details: { variant: 'command' } });
    const port = 'I typed\n\n docker port web2\n5000/tcp -> 0.0.0.0:32768\n8443/tcp -> 0.0.0.0:32769';
    expect(await checkReach('published', port)).toMatchObject({ id: 'container-not-found' });
  });
});

describe('holdout7’s classes (2026-12)', () => {
  it('reads a failed lookup of host.docker.internal, a nameless getaddrinfo error and nginx’s resolver as the host not found', async () => {
    // Modelled on laurent22/joplin#11885 (node: `getaddrinfo ENOTFOUND host.docker.internal`, Linux without extra_hosts),
    // yogeshojha/rengine#284 (musl: `getaddrinfo: Name does not resolve`) and syhily/docker-orange#15 (OpenResty's resolver:
    // `orange-database could not be resolved (3: Host not found)`); here other clients, names and prefixes.
    expect(await checkWork('networks', 'web-1  | dial tcp: lookup host.docker.internal on 127.0.0.11:53: no such host')).toMatchObject({
      id: 'upstream-host-not-found',
      details: { upstream: 'host.docker.internal', variant: 'app' },
    });
    const php = 'web_1  | PHP Warning:  mysqli::__construct(): php_network_getaddresses: getaddrinfo failed: Name or service not known';
    expect(await checkWork('networks', php)).toMatchObject({ id: 'upstream-host-not-found', details: { variant: 'lookup' } });
    expect(await checkWork('compose', 'getaddrinfo: Name does not resolve (SocketError)')).toMatchObject({
      details: { variant: 'lookup' },
    });
    const resolver =
      '2024/05/02 10:00:00 [error] 7#7: *3 web could not be resolved (3: Host not found), client: 172.18.0.1, server: localhost';
    expect(await checkWork('networks', resolver)).toMatchObject({
      id: 'upstream-host-not-found',
      details: { upstream: 'web', variant: undefined },
    });
    // A public host's name, a temporary failure without a name (a build without a network), busybox nslookup's own null: not read.
    for (const other of [
      'getaddrinfo ENOTFOUND host.docker.internal.example.com',
      'getaddrinfo: Temporary failure in name resolution',
      "nslookup: can't resolve '(null)': Name does not resolve",
    ])
      expect((await checkWork('networks', other)).id, other).not.toBe('upstream-host-not-found');
  });

  it('reads zsh’s "command not found: docker" as no docker command, not docker-compose’s', async () => {
    // Modelled on tiangolo/babun-docker#26 (zsh in a wrapper function: `docker:10: command not found: docker not found`); here zsh itself.
    expect(await checkWork('install', 'zsh: command not found: docker')).toMatchObject({ id: 'docker-not-found' });
    expect((await checkWork('install', 'zsh: command not found: docker-compose')).id).not.toBe('docker-not-found');
  });

  it('reads Compose v2’s "dependency failed to start" as that service not running', async () => {
    // Modelled on docker/compose#11125 (` Container hrm_database  Error`, `dependency failed to start: container hrm_database
    // exited (0)`); here the lesson's db with another code.
    const up =
      ' Container dash-app-db-1  Started\n Container dash-app-db-1  Error\ndependency failed to start: container dash-app-db-1 exited (1)';
    const answer = await checkWork('compose', up);
    expect(answer).toMatchObject({
      id: 'compose-service-not-running',
      details: { name: 'dash-app-db-1', state: 'exited', variant: 'container' },
    });
    // It names a container, not a service: `docker compose logs dash-app-db-1` would answer "no such service".
    expect(message('compose', answer).commands).toEqual(['docker logs dash-app-db-1', 'docker compose up --build']);
  });
});

describe('holdout7’s classes: a dependency unhealthy', () => {
  it('reads Compose’s "is unhealthy" of a dependency as that service not running', async () => {
    // Modelled on docker/compose#6625 (v1 `up -d`: `ERROR: for api  Container "925e231df5aa" is unhealthy.`); here v2's words too.
    const v1 = 'ERROR: for web  Container "4b1e0c2d9a7f" is unhealthy.\nERROR: Encountered errors while bringing up the project.';
    expect(await checkWork('compose', v1)).toMatchObject({ id: 'compose-service-not-running', details: { name: '4b1e0c2d9a7f' } });
    const v2 = 'dependency failed to start: container dash-app-db-1 is unhealthy';
    expect(await checkWork('networks', v2)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'dash-app-db-1' } });
  });
});

describe('holdout7’s classes: nslookup', () => {
  it('reads busybox nslookup’s answer from Docker’s DNS as naming the network, and so its project', async () => {
    // Modelled on yogeshojha/rengine#284 (`Address 1: 172.20.0.2 stc_users-db_1_f435854a8c88.stc_default`); here Compose v2's names.
    const other = '/app # nslookup db\nName:      db\nAddress 1: 172.18.0.3 shop-db-1.shop_default';
    expect(await checkWork('networks', other)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    const own = 'Name:      db\nAddress 1: 172.19.0.2 dash-app-db-1.dash-app_backend';
    expect((await checkWork('networks', own)).id).not.toBe('compose-project-name');
  });
});

describe('cut JSON (2026-12)', () => {
  // docker inspect's fields in moby's order (api/types/container InspectResponse: State before Name, HostConfig before
  // NetworkSettings), as docker/cli man/src/inspect.md prints them; cut where a stored excerpt or a chat stops.
  const inspect = (state: string, exitCode: number, tail = '') =>
    `$ docker inspect 4f2c\n[\n    {\n        "Id": "4f2c9e1b",\n        "State": {\n            "Status": "${state}",\n            "Running": ${state === 'running'},\n            "ExitCode": ${exitCode},\n            "Error": ""\n        },${tail}`;

  it('answers a cut docker inspect by the state it shows, never ok', async () => {
    // Modelled on EricJMarti/inventory-hunter#69 (exit 139 after an empty docker logs) and rnurgaliyev/kmip-server-dsm#27
    // (exit 1), both cut after State, before Name; here exit 137 and each question.
    const cut = inspect('exited', 137);
    expect(await checkWork('run', cut)).toMatchObject({ id: 'container-exited', details: { exitCode: 137 } });
    for (const id of ['running', 'published', 'listening'] as const)
      expect(await checkReach(id, cut), id).toMatchObject({ id: 'container-exited', details: { state: 'exited', exitCode: 137 } });
    // Running, its name cut off: which container, and nothing failing, is shown. cw38: at "Is it running?" a container runs, which
    // one is not shown: partial, asking for dash-app by name (CONVENTIONS §2.3, h33-waitforhealthy3); the other questions as before.
    expect(await checkReach('running', inspect('running', 0))).toMatchObject({
      kind: 'partial',
      id: 'shows-part',
      details: { variant: 'name' },
    });
    for (const id of ['published', 'listening'] as const)
      expect(await checkReach(id, inspect('running', 0)), id).toMatchObject({ id: 'unreadable', details: { variant: 'cut' } });
    // Named and running, cut inside its port bindings: a list cut there may lack the binding, so the ports are not shown.
    const bindings =
      '\n        "Name": "/dash-app",\n        "HostConfig": {\n            "PortBindings": {\n                "8050/tcp": [\n';
    expect(await checkWork('run', inspect('running', 0, bindings))).toMatchObject({ kind: 'partial', details: { variant: 'ports' } });
    // None requested (-P publishes them) and its live ports cut off: not shown, not "no port published".
    const publishAll =
      '\n        "Name": "/dash-app",\n        "HostConfig": {\n            "PortBindings": {},\n            "PublishAllPorts": true\n        },\n        "NetworkSettings": {\n            "Ports": {\n                "8050/tcp": [';
    expect(await checkWork('run', inspect('running', 0, publishAll))).toMatchObject({ kind: 'partial', details: { variant: 'ports' } });
    // Cut after its whole HostConfig: every condition is in what was read.
    const whole = `${bindings}                    { "HostIp": "", "HostPort": "8050" }\n                ]\n            }\n        },\n        "Mounts": [`;
    expect(await checkWork('run', inspect('running', 0, whole))).toMatchObject({ id: 'healthy' });
  });

  // docker network inspect's fields in moby's order (api/types/network Inspect: Containers, then Options, then Labels),
  // as docker/cli docs/reference/commandline/network_inspect.md prints them.
  const network = (name: string, members: string[], cutAfter = '') =>
    `$ docker network inspect ${name}\n[\n    {\n        "Name": "${name}",\n        "Driver": "bridge",\n        "Containers": {\n${members
      .map(
        (m, i) =>
          `            "${i}abc": {\n                "Name": "${m}",\n                "IPv4Address": "172.20.0.${i + 2}/16"\n            }`,
      )
      .join(',\n')}${cutAfter}`;

  it('reads a cut network inspect: members shown are members, none is missing for the cut', async () => {
    // Modelled on iiab/iiab#2946 (the frontend network by its ID, cut inside its second container); here the lesson's
    // frontend with only the proxy before the cut, which must not read as web missing from it.
    const proxyOnly = network('dash-app_frontend', ['dash-app-proxy-1'], ',\n            "9def": {\n');
    expect(await checkWork('networks', proxyOnly)).toMatchObject({ kind: 'partial', id: 'shows-part' });
    // A whole Containers map, cut in Options: web really is missing from frontend.
    const whole = network('dash-app_frontend', ['dash-app-proxy-1'], '\n        },\n        "Options": {\n            "com.docker');
    expect(await checkWork('networks', whole)).toMatchObject({ id: 'compose-service-missing-network', details: { name: 'web' } });
  });

  it('reads a cut inspect of Docker’s bridge, or of another project’s or stack’s network, as not the lesson’s', async () => {
    // Modelled on mviereck/dockerfile-x11docker-deepin#7 and moby/moby#17615 (`network inspect bridge`, cut in Options and in
    // Containers) and moby/moby#24186 (a swarm stack's overlay sandbox-swarm_dmz cut before Containers); here others.
    const bridge = network('bridge', ['festive_hopper'], ',\n            "9def": {\n                "Name": "');
    expect(await checkWork('networks', bridge)).toMatchObject({ id: 'network-wrong-project', details: { network: 'bridge' } });
    const stack =
      '[\n    {\n        "Name": "shop_backend",\n        "Id": "q8x2",\n        "Scope": "swarm",\n        "Driver": "overlay",\n        "Internal": false,\n';
    expect(await checkWork('networks', stack)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    // Whole, a stack's network carries its stack in com.docker.stack.namespace (docker/cli cli/compose/convert/compose.go).
    const labelled = JSON.stringify([
      { Name: 'shop_backend', Driver: 'overlay', Containers: {}, Labels: { 'com.docker.stack.namespace': 'shop' } },
    ]);
    expect(await checkWork('networks', labelled)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });

  it('gives no ok from a network cut before a service it should hold, whatever else the paste shows', async () => {
    // Compose 2.21+'s ps lines (docker/compose pkg/api ContainerSummary) with the lesson's ports, then network inspect of
    // frontend (whole) and backend cut after web: db may or may not be on it.
    const svc = (s: string, ports: string) =>
      `{"Name":"dash-app-${s}-1","Service":"${s}","Project":"dash-app","State":"running","Publishers":[${ports}]}`;
    const ps = [
      svc('db', ''),
      svc('proxy', '{"URL":"0.0.0.0","TargetPort":80,"PublishedPort":8080,"Protocol":"tcp"}'),
      svc('web', '{"URL":"0.0.0.0","TargetPort":8050,"PublishedPort":8050,"Protocol":"tcp"}'),
    ].join('\n');
    const net = (key: string, members: string[]) =>
      `{"Name":"dash-app_${key}","Driver":"bridge","Containers":{${members.map((m, i) => `"${i}a":{"Name":"dash-app-${m}-1"}`).join(',')}`;
    const whole = `${ps}\n[${net('frontend', ['proxy', 'web'])}},"Labels":{"com.docker.compose.project":"dash-app","com.docker.compose.network":"frontend"}},`;
    expect(
      await checkWork(
        'networks',
        `${whole}${net('backend', ['web', 'db'])}},"Labels":{"com.docker.compose.project":"dash-app","com.docker.compose.network":"backend"}}]`,
      ),
    ).toMatchObject({ id: 'healthy' });
    expect(await checkWork('networks', `${whole}${net('backend', ['web'])},`)).toMatchObject({
      kind: 'partial',
      details: { variant: 'networks' },
    });
  });

  it('does not take services a cut listing lacks for missing', async () => {
    // Compose before 2.21 prints `ps --format json` as one array (docker/compose pkg/api ContainerSummary); cut after web.
    const ps = (s: string) => `{"Name":"dash-app-${s}-1","Service":"${s}","Project":"dash-app","State":"running","Publishers":[]}`;
    const cut = `[${ps('proxy')},${ps('web')},{"Name":"dash-app-db-1","Serv`;
    expect((await checkWork('compose', cut)).id).not.toBe('compose-service-missing');
  });
});

describe('tables without NAMES (2026-12)', () => {
  // docker/cli's formatter heads a column "CONTAINER ID", "STATUS", "PORTS" (cli/command/formatter/container.go); a
  // `--format "table {{.ID}}\t{{.Status}}\t{{.Ports}}"` or a copy that stops before NAMES leaves the name out.
  const table = (...rows: [status: string, ports: string][]) =>
    `CONTAINER ID   STATUS          PORTS\n${rows.map(([s, p], i) => `${i}b2e0c7d41a9   ${s.padEnd(15)} ${p}`).join('\n')}`;

  it('reads the rows of a listing without NAMES as containers whose name is not shown', async () => {
    // Modelled on docker/for-linux#1302 (COMMAND CREATED STATUS PORTS copied alone); here an ID, status and ports format.
    const right = table(['Up 2 minutes', '0.0.0.0:8050->8050/tcp, :::8050->8050/tcp']);
    expect(await checkWork('run', right)).toMatchObject({ kind: 'partial', details: { variant: 'name' } });
    expect(await checkWork('run', table(['Up 2 minutes', '0.0.0.0:8080->80/tcp']))).toMatchObject({ id: 'ports-swapped' });
    expect(await checkWork('run', table(['Exited (1) 3 seconds ago', '']))).toMatchObject({ id: 'container-exited' });
    // At "Is port 8050 published?" the one container answers as asked (as docker port's output); of two, neither is ok.
    expect(await checkReach('published', right)).toMatchObject({ id: 'healthy' });
    const two = table(['Up 2 minutes', '0.0.0.0:8050->8050/tcp'], ['Up 5 minutes', '0.0.0.0:5432->5432/tcp']);
    expect((await checkReach('published', two)).kind).not.toBe('ok');
  });

  it('reads Docker 0.5’s ports without address or protocol', async () => {
    // Modelled on jbfink/docker-wordpress#1 (2013: `ID IMAGE COMMAND CREATED STATUS PORTS`, `49154->80`); here another image.
    const old =
      'ID             IMAGE          COMMAND        CREATED        STATUS        PORTS\n3f1c2d9a8b7e   me/app:latest  python app.py  2 minutes ago  Up 2 minutes  49155->5000';
    expect(await checkReach('published', old)).toMatchObject({ id: 'ports-swapped', details: { target: 5000 } });
  });
});

describe('a docker client before 19.03 at the Compose steps (2026-12)', () => {
  it('reads docker version’s client before CLI plugins as a Compose v1 there', async () => {
    // Modelled on docker/compose#6254 (Docker for Windows 18.06.1-ce, `docker-compose version` printing nothing); here 17.09's
    // layout. CLI plugins, and with them `docker compose`, came with Docker 19.03 (docker/cli#1564).
    const version = (v: string) =>
      `Client:\n Version:      ${v}\n API version:  1.32\n Go version:   go1.8.3\n\nServer:\n Version:      ${v}\n API version:  1.32 (minimum version 1.12)`;
    expect(await checkWork('compose', version('17.09.0-ce'))).toMatchObject({ id: 'compose-too-old' });
    expect((await checkWork('compose', version('20.10.7'))).id).not.toBe('compose-too-old');
    // Lesson 3 reads the same output as a healthy Docker.
    expect(await checkWork('install', version('17.09.0-ce'))).toMatchObject({ id: 'healthy' });
  });
});

describe('more clients’ failed lookups (2026-12)', () => {
  it('reads Java’s, Python’s socket and .NET’s failed lookups as the host not found', async () => {
    // The readers of holdout6's class (compose-errors.ts) in the words of other runtimes: Java's UnknownHostException (JDBC,
    // Spring), CPython's socket.gaierror (socketmodule.c, set_gaierror), .NET's SocketException 11001 (WSAHOST_NOT_FOUND).
    expect(await checkWork('networks', 'web-1  | Caused by: java.net.UnknownHostException: db: Name or service not known')).toMatchObject({
      id: 'upstream-host-not-found',
      details: { upstream: 'db', variant: 'app' },
    });
    for (const text of [
      'web-1  | socket.gaierror: [Errno -2] Name or service not known',
      'web_1  | System.Net.Sockets.SocketException (11001): No such host is known.',
    ])
      expect(await checkWork('networks', text), text).toMatchObject({ id: 'upstream-host-not-found', details: { variant: 'lookup' } });
    // EAI_AGAIN, which a build without a network prints too, is not read.
    expect((await checkWork('networks', 'socket.gaierror: [Errno -3] Temporary failure in name resolution')).id).not.toBe(
      'upstream-host-not-found',
    );
  });
});

describe('no docker command, in other languages (2026-12)', () => {
  it.each([
    // bash under LANG=de_DE / zh_CN (bash's "command not found" is translated; its `bash: name: ` prefix is not).
    'bash: docker: Befehl nicht gefunden',
    'bash: docker: 未找到命令',
    // PowerShell's error record in German: the message is translated, its CategoryInfo is not.
    'docker : Die Benennung "docker" wurde nicht als Name eines Cmdlet erkannt.\r\nIn Zeile:1 Zeichen:1\r\n+ docker version\r\n    + CategoryInfo          : ObjectNotFound: (docker:String) [], CommandNotFoundException',
    // cmd.exe in German, French and Spanish; PowerShell's first line in French.
    'Der Befehl "docker" ist entweder falsch geschrieben oder\r\nkonnte nicht gefunden werden.',
    "'docker' n'est pas reconnu en tant que commande interne\r\nou externe, un programme exécutable ou un fichier de commandes.",
    '"docker" no se reconoce como un comando interno o externo,\r\nprograma o archivo por lotes ejecutable.',
    "docker : Le terme «docker» n'est pas reconnu comme nom d'applet de commande, fonction, fichier de script ou programme exécutable.",
  ])('%s', async (text) => {
    expect(await checkWork('install', text)).toMatchObject({ id: 'docker-not-found' });
  });

  it('does not take bash’s words about docker-compose, or a path, for no docker', async () => {
    expect((await checkWork('install', 'bash: docker-compose: Befehl nicht gefunden')).id).not.toBe('docker-not-found');
    expect((await checkWork('install', 'bash: /usr/bin/docker: Permission denied')).id).not.toBe('docker-not-found');
  });
});

describe('docker network ls with the project’s networks (2026-12)', () => {
  it('shows part: the networks exist, their members and the services are not shown', async () => {
    // docker/cli's `network ls` table (NETWORK ID, NAME, DRIVER, SCOPE; cli/command/formatter/network.go), with Windows' CRLF.
    const ls =
      'NETWORK ID     NAME                DRIVER    SCOPE\r\n1a2b3c4d5e6f   bridge              bridge    local\r\n2b3c4d5e6f7a   dash-app_backend    bridge    local\r\n3c4d5e6f7a8b   dash-app_frontend   bridge    local\r\n';
    expect(await checkWork('networks', ls)).toMatchObject({ kind: 'partial', id: 'shows-part' });
    expect((await checkWork('networks', ls.replace(/.*dash-app_backend.*\r\n/, ''))).id).toBe('network-not-found');
  });
});

describe('the containerd image store’s words (2026-12)', () => {
  it('reads containerd’s "failed to resolve reference" as the image not found', async () => {
    // Modelled on rexray/rexray#1379 and infiniflow/ragflow#4830 (containerd's resolver: "pull access denied, repository does
    // not exist or may require authorization: server message: insufficient_scope"); here docker run of the unbuilt image.
    const run = `Unable to find image 'e4l-python-graph:latest' locally\ndocker: Error response from daemon: failed to resolve reference "docker.io/library/e4l-python-graph:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
    expect(await checkWork('run', run)).toMatchObject({ id: 'image-not-found', details: { name: 'e4l-python-graph' } });
    const tag =
      'Error response from daemon: failed to resolve reference "docker.io/library/python:3.99-slim": docker.io/library/python:3.99-slim: not found';
    expect(await checkWork('run', tag)).toMatchObject({ id: 'image-not-found', details: { name: 'python' } });
    // A registry's refusal of another kind (403, a token it could not fetch) is not a missing image.
    const forbidden =
      'Error response from daemon: unknown: failed to resolve reference "ghcr.io/me/app:latest": unexpected status from HEAD request to https://ghcr.io/v2/me/app/manifests/latest: 403 Forbidden';
    expect((await checkWork('run', forbidden)).id).not.toBe('image-not-found');
  });
});

describe('docker inspect --format with one field as JSON (2026-12)', () => {
  it('reads the State or the port map of the container the command names', async () => {
    // docker/cli's `--format '{{json .State}}'` (docs/reference/commandline/inspect.md, "Get an instance's …" examples): the
    // field alone, so the name comes from the command line.
    const state = (s: string, code: number) =>
      `$ docker inspect --format '{{json .State}}' dash-app\n{"Status":"${s}","Running":${s === 'running'},"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":0,"ExitCode":${code},"Error":""}`;
    expect(await checkReach('running', state('exited', 137))).toMatchObject({ id: 'container-exited', details: { exitCode: 137 } });
    expect(await checkReach('running', state('running', 0))).toMatchObject({ id: 'healthy', details: { name: 'dash-app' } });
    const ports = `$ docker inspect -f '{{json .NetworkSettings.Ports}}' dash-app\n{"8050/tcp":[{"HostIp":"0.0.0.0","HostPort":"8051"}]}`;
    expect(await checkReach('published', ports)).toMatchObject({ id: 'ports-swapped', details: { variant: 'host' } });
    // The same JSON without its command names no container.
    expect((await checkReach('running', state('running', 0).split('\n')[1]!)).kind).not.toBe('ok');
  });
});

describe('docker compose ls (2026-12)', () => {
  it('reads the projects it lists: another alone is the project name at work, the lesson’s shows part', async () => {
    // docker/compose cmd/compose/list.go's table (NAME, STATUS as "running(3)", CONFIG FILES).
    const ls = (name: string) =>
      `NAME                STATUS              CONFIG FILES\n${name.padEnd(20)}running(3)          /home/me/${name}/compose.yaml`;
    expect(await checkWork('compose', ls('lesson7'))).toMatchObject({ id: 'compose-project-name', details: { project: 'lesson7' } });
    expect(await checkWork('compose', ls('dash-app'))).toMatchObject({ kind: 'partial', id: 'shows-part' });
  });
});

describe('holdout8/9’s classes: Compose (2026-12)', () => {
  it('reads an app that connects to another service at localhost as compose-localhost-upstream, in every driver’s words', async () => {
    // Modelled on MichalZalecki/docker-compose-node-postgres#1 (node-postgres `connect ECONNREFUSED 127.0.0.1:5432`),
    // NASA-AMMOS/MMGIS#74 (the same logged as JSON), angristan/dockerfiles#1 (libpq before 14: `Is the server running on host
    // "localhost" (127.0.0.1) and accepting`); here the lesson's web and db, and other drivers.
    for (const [line, upstream] of [
      ['web-1  | Error: connect ECONNREFUSED 127.0.0.1:5432', '127.0.0.1:5432'],
      ['{"level":50,"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"::1","port":5432}', '::1'],
      ['web-1  | time="2025-01-02T10:00:00Z" level=fatal msg="dial tcp [::1]:5432: connect: connection refused"', '[::1]:5432'],
      ['web_1  | \tIs the server running on host "localhost" (::1) and accepting', 'localhost'],
      [`web-1  | psycopg.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused`, '127.0.0.1'],
      ['web-1  | redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.', 'localhost:6379'],
      ["web-1  | SQLSTATE[HY000] [2002] Can't connect to local MySQL server through socket '/run/mysqld/mysqld.sock' (2)", undefined],
      ['web-1  | connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory', undefined],
      ['web-1  | Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432', '127.0.0.1:5432'],
      ['worker-1  | consumer: Cannot connect to amqp://guest:**@127.0.0.1:5672//: [Errno 111] Connection refused.', '127.0.0.1:5672'],
      ["web-1  | Can't reach database server at `localhost`:`5432`", 'localhost`:`5432'],
      ['web-1  | MongoNetworkError: failed to connect to server [localhost:27017] on first connect', 'localhost:27017'],
      ['web-1  | SQLSTATE[HY000] [2002] No such file or directory (SQL: select * from users)', undefined],
    ] as const) {
      const d = await checkWork('networks', line);
      expect(d, line).toMatchObject({ id: 'compose-localhost-upstream', details: { variant: 'app', upstream } });
      expect(message('networks', d).explanation).toContain('db, port 5432');
    }
    // The Docker API's own port (DOCKER_HOST=tcp://localhost:2375) is not another service.
    const api = 'error during connect: Get "http://127.0.0.1:2375/v1.24/info": dial tcp 127.0.0.1:2375: connect: connection refused';
    expect((await checkWork('compose', api)).id).not.toBe('compose-localhost-upstream');
  });

  it('reads an app’s driver refused at another service’s address as upstream-connection-refused', async () => {
    // Modelled on tolyo/open-outcry#9 (Go: `dial tcp 172.24.0.2:5432: connect: connection refused`) and MySQL's 2003 with an
    // errno other than 111; here the lesson's names.
    for (const line of [
      'web-1  | level=fatal msg="dial tcp 172.19.0.3:5432: connect: connection refused"',
      "web-1  | #<Mysql2::Error: Can't connect to MySQL server on 'db' (115)>",
      'web-1  | Error: connect ECONNREFUSED 172.19.0.3:5432',
      'web-1  | org.postgresql.util.PSQLException: Connection to db:5432 refused. Check that the hostname and port are correct',
      'web-1  | Npgsql.NpgsqlException (0x80004005): Failed to connect to 172.19.0.3:5432',
      "web-1  | Error: P1001: Can't reach database server at `db`:`5432`",
    ])
      expect(await checkWork('networks', line), line).toMatchObject({ id: 'upstream-connection-refused' });
  });

  it('reads a service whose container finds no program (CRLF scripts) as that service not starting', async () => {
    // Modelled on VonHoltenCodes/SlowBooks-Pro-2026#5 (`exec ./docker-entrypoint.sh: no such file or directory`, exit 255),
    // juanluisbaptiste/docker-otrs#51 (`standard_init_linux.go:190: exec user process caused "no such file or directory"`) and
    // mobidevke/mifos-docker#3 (`/bin/sh: /entrypoint.sh: not found`); here the lesson's web, and another project's.
    for (const text of [
      'web-1  | exec /app/start.sh: no such file or directory\nweb-1 exited with code 255',
      'web_1  | standard_init_linux.go:228: exec user process caused: no such file or directory',
      'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/start.sh": stat /app/start.sh: no such file or directory: unknown',
      "Attaching to shop-web-1\n': No such file or directory\nshop-web-1 exited with code 127",
      'web-1  | /bin/sh: /app/start.sh: not found',
      "web-1  | /app/start.sh: line 2: $'\\r': command not found",
      "web-1  | /usr/bin/env: 'bash\r': No such file or directory",
    ])
      expect(await checkWork('compose', text), text).toMatchObject({
        id: 'compose-service-not-running',
        details: { variant: 'start-failed' },
      });
    // The client's own plugin, not a container's program.
    const plugin = 'fork/exec /usr/libexec/docker/cli-plugins/docker-compose: no such file or directory';
    expect((await checkWork('compose', plugin)).details.variant).not.toBe('start-failed');
  });

  it('reads Compose’s "container for service … is unhealthy" and "exited with code" as that service not running', async () => {
    // Compose v2.2x's wording (a DSM Container Manager report, wger-project/docker#67); here the lesson's db.
    expect(await checkWork('compose', 'dependency failed to start: container for service "db" is unhealthy')).toMatchObject({
      id: 'compose-service-not-running',
      details: { name: 'db', state: 'unhealthy' },
    });
    expect(await checkWork('networks', 'dependency failed to start: container for service "db" exited with code 1')).toMatchObject({
      details: { name: 'db', state: 'exited' },
    });
    // Compose 2.0-2.19, without its prefix; a service that had to complete (service_completed_successfully).
    expect(await checkWork('compose', 'Error response from daemon: container for service "db" is unhealthy')).toMatchObject({
      details: { name: 'db', state: 'unhealthy' },
    });
    expect(await checkWork('compose', ' ✘ Container dash-app-db-1  service "db" didn\'t complete successfully: exit 1')).toMatchObject({
      id: 'compose-service-not-running',
      details: { name: 'db', state: 'exited' },
    });
  });

  it('reads a docker-compose that is no program, zsh’s and fish’s words and apt without Docker’s repository as Compose not installed', async () => {
    // Modelled on container-desktop/container-desktop#31 (`/usr/local/bin/docker-compose: line 1: Not: command not found`) and
    // docker/docs#18274 (`E: Unable to locate package docker-compose-plugin`); here other shells and package managers.
    for (const text of [
      "/usr/local/bin/docker-compose: line 1: syntax error near unexpected token `<'",
      '-bash: /usr/local/bin/docker-compose: No such file or directory',
      'zsh: command not found: docker-compose',
      'fish: Unknown command: docker-compose',
      "E: Package 'docker-compose-plugin' has no installation candidate",
      "Command 'docker-compose' not found, but can be installed with:\n\nsudo snap install docker",
      'No package docker-compose-plugin available.',
      'Error: Unable to find a match: docker-compose-plugin\nNo match for argument: docker-compose-plugin',
    ])
      expect(await checkWork('compose', text), text).toMatchObject({ id: 'compose-not-installed' });
  });

  it('reads a -f file that is not there as no compose file', async () => {
    // Modelled on hackoregon/civic-devops#38 (docker-compose.exe: `IOError: [Errno 2] No such file or directory: u'.\\amazon.yml'`).
    for (const text of [
      "ERROR: .IOError: [Errno 2] No such file or directory: u'./docker-compose.prod.yml'",
      'open /home/me/dash-app/compose.yml: no such file or directory',
    ])
      expect(await checkWork('compose', text), text).toMatchObject({ id: 'compose-no-file' });
  });

  it('reads BusyBox’s "bad address" of a service name as the host not found, not a public host’s', async () => {
    // Modelled on docker-library/busybox#118 (`wget: bad address 'kubernetes.io'`) and docs.docker.com's standalone networking
    // tutorial (`ping: bad address 'alpine3'`); here the lesson's web.
    expect(await checkWork('networks', "/ # wget -qO- http://web:8050\nwget: bad address 'web:8050'")).toMatchObject({
      id: 'upstream-host-not-found',
      details: { upstream: 'web', variant: 'app' },
    });
    expect((await checkWork('networks', "wget: bad address 'github.com'")).id).not.toBe('upstream-host-not-found');
  });

  it('reads the networks down removes as naming the project', async () => {
    // Modelled on docker/docs#6992 (v1 `Removing network bruteforceme_default`, `… has active endpoints`); here v2's line too.
    expect(await checkWork('networks', ' ✔ Network shop_default  Removed')).toMatchObject({
      id: 'compose-project-name',
      details: { project: 'shop' },
    });
    const v1 =
      'Removing network shop_backend\nERROR: network shop_backend id 88f4153dbabb77d638eff097795a6443c39c3a47 has active endpoints';
    expect(await checkWork('networks', v1)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });

  it('answers a network list without the project’s networks before an inspect of another network', async () => {
    // Modelled on docs.docker.com's standalone networking tutorial (network ls, then inspect alpine-net with no containers).
    const text =
      'NETWORK ID          NAME                DRIVER              SCOPE\ne9261a8c9a19        my-net              bridge              local\n17e324f45964        bridge              bridge              local\n\n[{"Name": "my-net", "Id": "e9261a8c9a19", "Driver": "bridge", "Containers": {}, "Labels": {}}]';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'network-not-found', details: { network: 'dash-app_frontend' } });
  });
});

describe('holdout8/9’s classes: every step (2026-12)', () => {
  it('reads a permission error a tool wrapped, and Docker Desktop’s backend socket refused in WSL', async () => {
    // Modelled on oblador/loki#329 (`Got permission denied while trying to` / `connect to the Docker daemon socket at` /
    // `… dial unix` / `/var/run/docker.sock: connect: permission` / `denied…`) and apache/incubator-resilientdb#15.
    const wrapped =
      '       Got permission denied while trying to \n       connect to the Docker daemon socket at \n       unix:///var/run/docker.sock';
    expect(await checkWork('install', wrapped)).toMatchObject({ id: 'permission-denied' });
    expect(await checkWork('install', 'dial unix /var/run/docker.sock: connect: permission\n denied')).toMatchObject({
      id: 'permission-denied',
    });
    const backend =
      'docker: Error response from daemon: Ports are not available: unable to list exposed ports: Get "http://unix/forwards/list": dial unix /mnt/wsl/docker-desktop/shared-sockets/host-services/backend.sock: connect: connection refused.';
    expect(await checkWork('run', backend)).toMatchObject({ id: 'daemon-not-running' });
  });

  it('reads a manifest for Windows (Docker Desktop on Windows containers) with its own words', async () => {
    // Modelled on docker/for-win#2753 (18.06: `no matching manifest for unknown in the manifest list entries`); here 19.03's.
    const d = await checkWork('run', 'docker: no matching manifest for windows/amd64 10.0.19045 in the manifest list entries.');
    expect(d).toMatchObject({ id: 'no-arm64-manifest', details: { variant: 'windows' } });
    expect(message('run', d).fix).toContain('Linux containers');
    const os = 'docker: Error response from daemon: image operating system "linux" cannot be used on this platform.';
    expect(await checkWork('run', os)).toMatchObject({ id: 'no-arm64-manifest', details: { variant: 'windows' } });
  });

  it('reads -p typed with an en or em dash as the -p option Docker cannot read', async () => {
    // Modelled on sameersbn/docker-redmine#150 (`flag provided but not defined: -–publish`, Docker 1.8's flag package); here
    // cobra's words and a command line whose –p Docker took for the image.
    for (const text of [
      "unknown shorthand flag: '–' in -–p\nSee 'docker run --help'.",
      'flag provided but not defined: —publish',
      '$ docker run -d –p 8050:8050 --name dash-app e4l-python-graph\ndocker: invalid reference format.',
    ])
      expect(await checkWork('run', text), text).toMatchObject({ id: 'invalid-port-spec' });
    expect(await checkWork('run', '$ docker run -d –name dash-app e4l-python-graph\ndocker: invalid reference format.')).toMatchObject({
      id: 'invalid-reference',
    });
  });
});

describe('holdout8/9’s classes: a container that finds no program, at lesson 5 (2026-12)', () => {
  it('reads runc’s "exec …: no such file or directory" (a CRLF script) as the container not starting, with its own words', async () => {
    // Modelled on bodleian/iiif-static-choices#20 (`exec /docker-entrypoint.sh: no such file or directory`, a restart loop) and
    // testdrivenio/testdriven-app-2.4#15 (`standard_init_linux.go:207: exec user process caused "no such file or directory"`).
    for (const text of [
      '$ docker logs dash-app\nexec /home/e4l/start.sh: no such file or directory',
      'standard_init_linux.go:207: exec user process caused "no such file or directory"',
    ]) {
      const d = await checkWork('run', text);
      expect(d, text).toMatchObject({ id: 'container-exited', details: { variant: 'no-file' } });
      expect(message('run', d).explanation).toContain('CRLF');
      expect(await checkReach('running', text)).toMatchObject({ id: 'container-exited', details: { variant: 'no-file' } });
    }
  });

  it('answers lesson 5’s panel by the one container a listing shows stopped, under another name', async () => {
    // Modelled on moby/moby#19096 (docker ps -a: the container just run `Exited (0) 8 seconds ago`, a postgres Up beside it).
    const ps =
      'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS                     PORTS               NAMES\n91f635db1773        my/dash             "/bin/bash"         8 seconds ago       Exited (0) 8 seconds ago                       my-dash\n1d1dcc7f84e4        postgres            "docker-entrypoint" 4 weeks ago         Up 23 hours                5432/tcp            pg';
    expect(await checkWork('run', ps)).toMatchObject({ id: 'container-exited', details: { name: 'my-dash', exitCode: 0 } });
  });
});

describe('holdout11’s classes: a pasted command line that is not the lesson’s swapped ports (2026-12)', () => {
  it('reads gunicorn’s "not a valid port number" after a foreground run as the app stopping at once', async () => {
    // Modelled on googlecodelabs/feedback#644 (`Error: '' is not a valid port number.`, an empty $PORT); here the lesson's line.
    const text = "$ docker run --name dash-app -p 8050:8050 e4l-python-graph\nError: '' is not a valid port number.";
    expect(await checkWork('run', text)).toMatchObject({ id: 'container-exited', details: { variant: 'crash' } });
  });

  it('reads Docker 1.x’s "Invalid ip address" retyped with one d, with docker’s see … run --help, as a -p Docker cannot read', async () => {
    // Modelled on justinleewells/pogo-optimizer#208 (Docker Toolbox: `Invalid ip adress: 8081 see '…Docker .exe run --help'`).
    const text = "$ docker run -d -p 8050:8050 e4l-python-graph\nInvalid ip adress: 8050 see 'docker run --help' .";
    expect(await checkWork('run', text)).toMatchObject({ id: 'invalid-port-spec' });
    expect(await checkWork('run', 'Invalid IP adress: 10.0.0.300')).not.toMatchObject({ id: 'invalid-port-spec' });
  });

  it('answers another image’s run line with several mappings, none at 8050, as the command only', async () => {
    // Modelled on qiime2/q2galaxy#53 (`docker run -d -p 8080:80 -p 8021:21 -p 8022:22 … quay.io/qiime2/q2galaxy` and the
    // amd64 platform warning); one mapping stays answered by where it leads.
    const warn = "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8)";
    expect(await checkWork('run', `$ docker run -d -p 3000:80 -p 2222:22 grafana/grafana\n${warn}`)).toMatchObject({
      kind: 'partial',
      id: 'shows-part',
      details: { variant: 'command' },
    });
    expect(await checkWork('run', '$ docker run -d -p 3000:80 grafana/grafana')).toMatchObject({ id: 'ports-swapped' });
    expect(await checkWork('run', '$ docker run -d -p 3000:80 -p 2222:22 e4l-python-graph')).toMatchObject({ id: 'ports-swapped' });
  });

  it('answers "Is port 8050 published?" by a first run without -p when the same image ran later with another -p', async () => {
    // Modelled on docker-library/tomcat#122 (`docker run -it --rm tomcat:8.0.52-jre8`, then "it works" with -p 8888:8080).
    const text = '$ docker run -it --rm e4l-python-graph\nit did not work\n$ docker run -it --rm -p 8888:8050 e4l-python-graph\nit works';
    expect(await checkReach('published', text)).toMatchObject({ id: 'no-port-published' });
    const reversed = '$ docker run -it --rm -p 8888:8050 e4l-python-graph\n$ docker run -it --rm e4l-python-graph';
    expect(await checkReach('published', reversed)).toMatchObject({ id: 'ports-swapped' });
  });
});

describe('holdout12’s classes: pasted commands in prose and lists, a daemon that does not start, a port Desktop cannot open (2026-12)', () => {
  it('answers "Is port 8050 published?" by a first run in a code span, with a command of its own, before the same image with -p', async () => {
    // Modelled on gatsbyjs/gatsby-docker#13 (`docker run -d --rm myproject/website .` exposes no site …, but with -p 80:80 it
    // does): the closing backtick ends the command, and the first run published nothing; never ports-swapped for it.
    const text =
      '`docker run -d --rm e4l-python-graph python app.py` shows nothing at localhost:8050\n\nbut\n\n`docker run -d -p 8050:8050 --rm e4l-python-graph python app.py` works.';
    expect(await checkReach('published', text)).toMatchObject({ id: 'no-port-published' });
  });

  it('reads a docker command that is a Markdown list’s item, in a code span', async () => {
    // Modelled on docker/for-mac#1675's steps to reproduce (`  2. \`docker run --name ds_dev -i -p 80:8080 myimage\``, then
    // curl's refusal at 8080): the -p is read, and where it leads answers.
    const text =
      '  1. `docker build -t web .`\n  2. `docker run --name web -p 8080:8050 web`\n  3. `curl localhost:8050`\n  4. Observe result: `curl: (7) Failed to connect to localhost port 8050: Connection refused`';
    expect(await checkReach('published', text)).toMatchObject({ id: 'ports-swapped', details: { variant: 'host' } });
    expect(await checkReach('published', '- `docker run -d -p 3000:80 web`')).toMatchObject({ id: 'ports-swapped' });
  });

  it('reads a docker ps row whose NAMES cell the copy lost as one nameless container', async () => {
    // Modelled on tobegit3hub/seagull#9 (a 2014 `docker ps` whose only row stops after `0.0.0.0:2386->10086/tcp`).
    const ps =
      'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS                    NAMES\n' +
      '4f1e2d3c4b5a        e4l-python-graph    "python app.py"     2 minutes ago       Up 2 minutes        0.0.0.0:8050->5000/tcp   ';
    expect(await checkReach('published', ps)).toMatchObject({ id: 'ports-swapped', details: { target: 5000 } });
  });

  it('reads "no such container" quoted lower-case in a sentence', async () => {
    // Modelled on play-with-docker/play-with-docker.github.io#100 (`it says "no such container: mydb"`, a typo in the name).
    const text = 'I ran "docker logs dash_app" and it says "no such container: dash_app"';
    expect(await checkReach('running', text)).toMatchObject({ id: 'container-not-found', details: { name: 'dash_app' } });
  });

  it('reads the daemon failing to start under systemd, systemctl without systemd, and Docker Desktop’s engine as not running', async () => {
    // Modelled on microsoft/WSL#12307 (`service docker start` → `Job for docker.service failed because the control process exited
    // with error code.`), microsoft/WSL#3508 (`Failed to connect to bus: No such file or directory`) and docker/for-win#14573
    // (Desktop's "Unexpected WSL error" window: `deploying WSL2 distributions` …), each beside a client-only docker version.
    const client =
      'Client:\n Version:           27.5.1\n API version:       1.47\n OS/Arch:           windows/amd64\n Context:           desktop-linux';
    const texts = [
      '$ sudo service docker start\nJob for docker.service failed because start of the service was attempted too often.\n$ docker --version\nDocker version 27.5.1, build 9f9e405',
      "$ sudo systemctl start docker\nSystem has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down",
      `An unexpected error occurred while executing a WSL command.\n\ndeploying WSL2 distributions\nensuring data disk is available: exit code: 4294967295\n${client}`,
    ];
    for (const text of texts) expect(await checkWork('install', text), text).toMatchObject({ id: 'daemon-not-running' });
    expect(await checkWork('install', client)).toMatchObject({ id: 'shows-part', details: { variant: 'client-only' } });
  });

  it('reads Docker Desktop’s forward it cannot open, after a sentence on the command’s line and translated, as the port taken', async () => {
    // Modelled on data-dot-all/dataall#263 (`docker-compose up fails with Error response from daemon: Ports are not available:
    // exposing port TCP 0.0.0.0:5000 -> 0.0.0.0:0: …`) and infiniflow/ragflow#1023 (the same, machine-translated into Chinese).
    const prose =
      'docker compose up -d fails with Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: An attempt was made to access a socket in a way forbidden by its access permissions.';
    expect(await checkWork('compose', prose)).toMatchObject({ id: 'port-already-allocated', details: { port: '8050' } });
    const translated =
      '> 来自守护程序的错误响应：端口不可用：暴露端口 TCP 0.0.0.0：8080 -> 0.0.0.0：0：监听 TCP 0.0.0.0：8080：bind：尝试以套接字访问权限禁止的方式访问套接字。';
    expect(await checkWork('compose', translated)).toMatchObject({ id: 'port-already-allocated', details: { port: '8080' } });
  });

  it('reads PHP 8’s "getaddrinfo for db failed", its reason wrapped onto a later line, as a service’s name not found', async () => {
    // Modelled on alexjustesen/speedtest-tracker#997 (Laravel's boxed `SQLSTATE[HY000] [2002] php_network_getaddresses:
    // getaddrinfo for db failed:` with "Temporary failure in name resolution" on the box's next line).
    const text =
      'In Connector.php line 65:\n\n  SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed:\n\n   Name or service not known';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'mysql' } });
    const registry = 'php_network_getaddresses: getaddrinfo for registry-1.docker.io failed: Temporary failure in name resolution';
    expect((await checkWork('networks', registry)).id).not.toBe('upstream-host-not-found');
  });
});

describe('holdout11’s classes: errors retold, cut or inline (2026-12)', () => {
  it('reads docker’s "is not a docker command" for compose without its quotes as Compose not installed', async () => {
    // Modelled on rs-loves-bugs/xsshunter#15 ("I get `compose is not a docker command`"); docker/cli words it
    // `docker: 'compose' is not a docker command.`, retold here with the whole command and curly quotes.
    for (const text of [
      'running docker compose up gives: docker compose is not a docker command',
      'it says “compose” is not a docker command',
    ])
      expect(await checkWork('compose', text), text).toMatchObject({ id: 'compose-not-installed' });
    expect(await checkWork('compose', "docker: 'buildx' is not a docker command.")).not.toMatchObject({ id: 'compose-not-installed' });
  });

  it('reads a name conflict copied without its start by its tail, named by the container’s ID', async () => {
    // Modelled on jdvelasq/courses#25 (only `container "<ID>". You have to remove (or rename) …` copied); here wrapped after the ID.
    const id = '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c';
    const text = `by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`;
    expect(await checkWork('run', text)).toMatchObject({ id: 'name-conflict', details: { name: id.slice(0, 12) } });
    const wrapped = `is already in use by container "${id}".\nYou have to remove (or rename) that container to be able to reuse that name.`;
    expect(await checkWork('run', wrapped)).toMatchObject({ id: 'name-conflict' });
    // In a fence that starts on its line, the first word is the message's, not the fence's language.
    expect(await checkWork('run', '```' + text + '```')).toMatchObject({ details: { name: id.slice(0, 12) } });
  });

  it('reads PowerShell’s "No application is associated" for docker as no docker command in this shell', async () => {
    // Modelled on docker/for-win#5776 (a file named `docker` earlier in PATH shadows docker.exe); here docker.exe itself.
    const text = "Program 'docker.exe' failed to run: No application is associated with the specified file for this operation";
    expect(await checkWork('install', text)).toMatchObject({ id: 'docker-not-found' });
    expect(await checkWork('install', "Program 'notepad' failed to run: No application is associated")).not.toMatchObject({
      id: 'docker-not-found',
    });
  });

  it('reads nginx’s "host not found in upstream" cut before its name as the proxy’s failed lookup', async () => {
    // Modelled on nginx/docker-nginx#291 (`nginx: [emerg] host not found in upstream ` alone); here behind Compose's prefix.
    const text = 'proxy-1  | 2024/01/01 10:00:00 [emerg] 1#1: host not found in upstream';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-host-not-found', details: { variant: 'proxy' } });
    expect(await checkWork('compose', text)).toMatchObject({ id: 'upstream-host-not-found', details: { variant: 'proxy' } });
  });

  it('reads an error quoted in the sentence after a command in a code span', async () => {
    // Modelled on FEMR/femr#712 (`` `docker-compose up` throws the error `no matching manifest for linux/arm64/v8 …` ``).
    const text = '`docker compose up -d` fails with `no matching manifest for linux/arm64/v8 in the manifest list entries`';
    expect(await checkWork('compose', text)).toMatchObject({ id: 'no-arm64-manifest' });
    // A command with a command substitution is still one command.
    expect(await checkWork('run', '$ docker rm -f `docker ps -aq`')).not.toMatchObject({ kind: 'ok' });
  });

  it('ends a table at the first line that is no row, so a traceback pasted below it is read', async () => {
    // Modelled on derek-adair/nfldb#14 (docker ps in a fence, then prose and psycopg2's traceback with no blank line between).
    const text = [
      'CONTAINER ID   IMAGE      COMMAND                  CREATED        STATUS        PORTS      NAMES',
      'b99289fc4048   postgres   "docker-entrypoint.s…"   2 hours ago    Up 2 hours    5432/tcp   shop_db_1',
      'then from the app:',
      'sqlalchemy.exc.OperationalError: could not translate host name "shop-db" to address: Name or service not known',
    ].join('\n');
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'shop-db' } });
  });
});

describe('holdout11’s classes: Docker before 1.8’s docker version (2026-12)', () => {
  // Modelled on convox/kernel#129 (Docker 1.6.2); here 1.7.0's, as in kubernetes' docs, and 0.10's without Go lines.
  const client =
    'Client version: 1.7.0\nClient API version: 1.19\nGo version (client): go1.4.2\nGit commit (client): 0baf609\nOS/Arch (client): linux/amd64';
  const server =
    'Server version: 1.7.0\nServer API version: 1.19\nGo version (server): go1.4.2\nGit commit (server): 0baf609\nOS/Arch (server): linux/amd64';

  it('reads the Server lines as the daemon answering', async () => {
    expect(await checkWork('install', `$ docker version\n${client}\n${server}`)).toMatchObject({ kind: 'ok', id: 'healthy' });
    const v010 =
      '    $ docker version\n    Client version: 0.10.0\n    Client API version: 1.10\n    Server version: 0.10.0\n    Server API version: 1.10';
    expect(await checkWork('install', v010)).toMatchObject({ kind: 'ok', id: 'healthy' });
  });

  it('reads the client’s lines alone as the client only, and its daemon error first', async () => {
    expect(await checkWork('install', client)).toMatchObject({ id: 'shows-part', details: { variant: 'client-only' } });
    const down = `${client}\nFATA[0000] Get http:///var/run/docker.sock/v1.19/version: dial unix /var/run/docker.sock: no such file or directory. Are you trying to connect to a TLS-enabled daemon without TLS?`;
    expect(await checkWork('install', down)).toMatchObject({ id: 'daemon-not-running' });
  });

  it('does not read MySQL’s banner as a Docker server', async () => {
    const mysql =
      'Welcome to the MySQL monitor.  Commands end with ; or \\g.\nYour MySQL connection id is 8\nServer version: 8.0.36 MySQL Community Server - GPL';
    expect(await checkWork('install', mysql)).not.toMatchObject({ kind: 'ok' });
  });
});

describe('holdout11’s classes: docker ps rows of older Docker without their header (2026-12)', () => {
  // Modelled on moby/moby#12328 (Docker 1.5's `docker ps -a` rows, their command cut to 20 characters without a closing quote).
  const row = (id: string, name: string, status: string) =>
    `${id}        busybox:latest      "/bin/sh -c 'while tr   2 hours ago         ${status}                        ${name}`;

  it('reads them: two stopped containers of other names are no dash-app', async () => {
    const text = [
      row('4f2a9c81d3e7', 'sleepy_turing', 'Exited (0) 2 hours ago'),
      row('9d0e1b2c3a4f', 'jolly_hopper', 'Exited (137) 1 hours ago'),
    ];
    expect(await checkReach('running', text.join('\n'))).toMatchObject({ id: 'container-not-found' });
  });

  it('answers the one stopped container by its state', async () => {
    expect(await checkReach('running', row('4f2a9c81d3e7', 'sleepy_turing', 'Exited (1) 2 hours ago'))).toMatchObject({
      id: 'container-exited',
    });
  });
});

describe('holdout11’s classes: a note written into a network inspect (2026-12)', () => {
  it('reads the network: one made by hand is no network of the project', async () => {
    // Modelled on moby/moby#31520 (a swarm overlay made with `docker network create`, `"Containers": null,    **<===== Not in list**`).
    const text =
      '$ docker network inspect mynet\n[\n    {\n        "Name": "mynet",\n        "Driver": "bridge",\n        "Containers": {},   <-- web is not here\n        "Labels": {}\n    }\n]';
    expect(await checkWork('networks', text)).toMatchObject({
      id: 'network-wrong-project',
      details: { network: 'mynet', variant: 'other' },
    });
  });
});

describe('holdout13’s classes (2026-12)', () => {
  it('reads Python’s failed lookup without gaierror, a traceback through getaddrinfo and libpq’s dotted host as a lookup that failed', async () => {
    // Modelled on PrefectHQ/prefect#2324 (`ERROR    Exception inside application: [Errno -2] Name or service not known`),
    // docker/docs#5602 and patrickloeber/python-docker-tutorial#7 (tracebacks copied up to `socket.getaddrinfo(`) and
    // (tokern/data-lineage#103's libpq lookup of an RDS name has dots: a public host's, not a service's, holdout6's rule.)
    const texts = [
      'worker_1  | [2023-02-01 10:00:01,002: ERROR/MainProcess] consumer: Cannot connect: [Errno -5] No address associated with hostname.',
      'web-1  | Traceback (most recent call last):\nweb-1  |   File "/usr/lib/python3.11/asyncio/base_events.py", line 1069, in create_connection\nweb-1  |     infos = await self._ensure_resolved(\nweb-1  |   File "/usr/lib/python3.11/asyncio/base_events.py", line 867, in getaddrinfo  \nweb-1  |     return await self.run_in_executor(',
      'api_1  | Traceback (most recent call last):\napi_1  |   File "/usr/local/lib/python3.12/socket.py", line 829, in create_connection\napi_1  |     for res in getaddrinfo(host, port, 0, SOCK_STREAM):\napi_1  |   File "/usr/local/lib/python3.12/site-packages/eventlet/support/greendns.py", line 530, in x\napi_1  |     return resolver.getaddrinfo(host, port)',
    ];
    for (const text of texts)
      expect(await checkWork('networks', text), text).toMatchObject({ id: 'upstream-host-not-found', details: { variant: 'lookup' } });
    // A traceback that went nowhere near a lookup stays a crash.
    const crash =
      'web-1  | Traceback (most recent call last):\nweb-1  |   File "/app/app.py", line 3, in <module>\nweb-1  |     import dash\nweb-1  | ModuleNotFoundError: No module named \'dash\'';
    expect(await checkWork('networks', crash)).toMatchObject({ id: 'compose-service-not-running', details: { variant: 'crash' } });
  });

  it('reads Compose’s warning about a network of the same name, and a network name with a colon, in the daemon’s words', async () => {
    // Modelled on spurin/diveintoansible-lab#119 (logfmt `level=warning msg="a network with name diveinto.io exists but was not
    // created for project \"diveintoansible-lab\"`) and docker/compose#8766 (`Error response from daemon: network service:nginx not found`).
    const warned =
      'WARN[0000] a network with name dash-app_backend exists but was not created for project "dash-app".\nSet `external: true` to use an existing network';
    expect(await checkWork('networks', warned)).toMatchObject({ id: 'network-wrong-project', details: { network: 'dash-app_backend' } });
    const run = '$ docker compose run --rm web sh\nError response from daemon: network service:db not found';
    expect(await checkWork('networks', run)).toMatchObject({ id: 'network-not-found', details: { network: 'service:db' } });
  });

  it('reads Ubuntu’s command-not-found for docker, and no daemon beside a permission error, in either order', async () => {
    // Modelled on docker/for-win#6230 (a WSL 2 distro without Desktop's integration: `Command 'docker' not found, but can be
    // installed with:`) and docker/for-linux#852 (WSL 1: `docker info` refused on permissions, `sudo docker run` finds no daemon).
    const apt =
      "$ docker ps\n\nCommand 'docker' not found, but can be installed with:\n\nsudo snap install docker     # version 20.10.24\nsudo apt  install docker.io  # version 24.0.5";
    expect(await checkWork('install', apt)).toMatchObject({ id: 'docker-not-found' });
    const compose = "Command 'docker-compose' not found, but can be installed with:\n\nsudo apt install docker-compose";
    expect((await checkWork('install', compose)).id).not.toBe('docker-not-found');
    const denied =
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.41/containers/json": dial unix /var/run/docker.sock: connect: permission denied';
    const none = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
    for (const text of [`$ docker ps\n${denied}\n$ sudo docker ps\n${none}`, `$ sudo docker ps\n${none}\n$ docker ps\n${denied}`])
      expect(await checkWork('install', text), text).toMatchObject({ id: 'daemon-not-running' });
    expect(await checkWork('install', denied)).toMatchObject({ id: 'permission-denied' });
  });

  it('reads a compose plugin the CLI cannot run as Compose missing, not as an image for another CPU', async () => {
    // Modelled on chicommons/maap-backend#218 (`docker help`: `Invalid Plugins:` / `compose  failed to fetch metadata: fork/exec
    // …/cli-plugins/docker-compose: exec format error`) and docker/cli's info.go (`WARNING: Plugin "…" is not valid: …`).
    const info =
      'Client:\n Context:    default\n Debug Mode: false\n\nWARNING: Plugin "/usr/local/lib/docker/cli-plugins/docker-compose" is not valid: failed to fetch metadata: fork/exec /usr/local/lib/docker/cli-plugins/docker-compose: exec format error';
    expect(await checkWork('compose', info)).toMatchObject({ id: 'compose-not-installed' });
    const help =
      'Invalid Plugins:\n  compose     failed to fetch metadata: fork/exec /home/me/.docker/cli-plugins/docker-compose: no such file or directory';
    expect(await checkWork('networks', help)).toMatchObject({ id: 'compose-not-installed' });
    const image = 'web-1  | exec /usr/local/bin/python: exec format error';
    expect(await checkWork('compose', image)).toMatchObject({ id: 'exec-format-error' });
  });

  it('reads a port error the copy cut off mid-word, and Compose’s platform warnings alone as services whose state is not shown', async () => {
    // Modelled on docker/for-mac#1187 (`listen tcp 0.0.0.0:6379: bind: address already in us`, the post's last line) and
    // JordanKnott/taskcafe#191, cortezaproject/corteza#967 (` ! web The requested image's platform (linux/amd64) does not match …`).
    const cut =
      'ERROR: for db  Cannot start service db: driver failed programming external connectivity on endpoint dash-app_db_1 (3c0d…): Error starting userland proxy: listen tcp 0.0.0.0:5432: bind: address already in u';
    expect(await checkWork('compose', cut)).toMatchObject({ id: 'port-already-allocated', details: { port: '5432' } });
    const warned =
      "[+] Running 2/2\n ⠦ proxy The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested 0.0s\n ! db The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested 0.0s";
    expect(await checkWork('compose', warned)).toMatchObject({ kind: 'partial', id: 'shows-part', details: { variant: 'state' } });
  });

  it('reads PyMySQL’s and aiohttp’s failed lookups of a service by its name, and Ubuntu’s older command-not-found', async () => {
    // PyMySQL (err.py: `(2003, "Can't connect to MySQL server on 'db' ([Errno -2] Name or service not known)")`, its socket's
    // gaierror) and aiohttp (ClientConnectorError: `Cannot connect to host redis:6379 ssl:default [Name or service not known]`);
    // Ubuntu before 18.04 (command-not-found: `The program 'docker' is currently not installed. You can install it by typing:`).
    const mysql =
      "web-1  | pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db' ([Errno -2] Name or service not known)\")";
    expect(await checkWork('networks', mysql)).toMatchObject({
      id: 'upstream-host-not-found',
      details: { upstream: 'db', variant: 'app' },
    });
    const refused =
      "web-1  | pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")";
    expect((await checkWork('networks', refused)).id).not.toBe('upstream-host-not-found');
    const aiohttp =
      'bot_1  | aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host cache:6379 ssl:default [Temporary failure in name resolution]';
    expect(await checkWork('networks', aiohttp)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'cache' } });
    const old = "The program 'docker' is currently not installed. You can install it by typing:\nsudo apt install docker.io";
    expect(await checkWork('install', old)).toMatchObject({ id: 'docker-not-found' });
    const compose =
      "The program 'docker-compose' is currently not installed. You can install it by typing:\nsudo apt install docker-compose";
    expect(await checkWork('compose', compose)).toMatchObject({ id: 'compose-not-installed' });
  });
});

describe('holdout14’s classes (2026-12)', () => {
  it('answers docker run or create without its image before a Desktop window’s "engine did not start", in every CLI’s wording', async () => {
    // Modelled on docker/for-win#14372 (Desktop's `deploying WSL2 distributions … The network name cannot be found.` above
    // `"docker run" requires at least 1 argument.` in one issue template); the wordings are docker/cli cli/required.go's
    // (RequiresMinArgs; since 25 `docker: 'docker run' requires at least 1 argument`) and moby 1.12's `… 1 argument(s).`.
    const desktop = 'An unexpected error was encountered while executing a WSL command.\n\n';
    const texts = [
      "PS C:\\> docker create --name dash-app -p 8050:8050\ndocker: 'docker create' requires at least 1 argument\n\nUsage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker create --help' for more information",
      '$ docker run -d -p 8050:8050\n"docker run" requires at least 1 argument(s).\nSee \'docker run --help\'.',
    ];
    for (const text of texts) expect((await checkWork('run', desktop + text)).id, text).toBe('missing-image-argument');
    // The client's own "Cannot connect" is still answered first: the daemon is not there for the next command either.
    const down = `${texts[1]}\n$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`;
    expect((await checkWork('run', down)).id).toBe('daemon-not-running');
  });
});

describe('holdout14’s classes: another project’s Compose output (2026-12)', () => {
  it('reads Compose v2’s "! web Warning … pull access denied" before a build as no error: the project that started answers', async () => {
    // Modelled on a student's homework log (stored file 26777303392: ` ! web Warning  pull access denied for mywebapp, …`, then
    // `✔ web Built` and the project's containers Started); docker/compose pkg/compose/pull.go warns, not fails, for a service
    // with build:. Here Windows' `-` glyph and project shop.
    const text =
      " - db Pulled     3.1s\n - web Warning   pull access denied for shopweb, repository does not exist or may require 'docker login'   0.6s\n[+] Running 3/3\n - Network shop_default  Created  0.1s\n - Container shop-db-1   Started  0.6s\n - Container shop-web-1  Started  1.0s";
    expect(await checkWork('compose', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    // Compose's failure for an image no registry has and no build makes stays a missing image.
    const failed = " ✘ web Error pull access denied for shopweb, repository does not exist or may require 'docker login'";
    expect((await checkWork('compose', failed)).id).toBe('image-not-found');
  });

  it('reads a compose ps table by SERVICE that lists none of the project’s services as another project, unnamed', async () => {
    // Modelled on a Chinese install guide (stored file 71575712618: `docker compose ps --format 'table {{.Service}}\t{{.Status}}
    // \t{{.Ports}}'` of a Supabase stack); here another stack, one port published.
    const text = [
      "$ docker compose ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Ports}}'",
      'SERVICE   STATUS                   PORTS',
      'redis     Up 2 minutes             6379/tcp',
      'worker    Up 2 minutes (healthy)',
      'api       Up 2 minutes             0.0.0.0:3000->3000/tcp',
    ].join('\n');
    for (const step of ['compose', 'networks'] as const)
      expect(await checkWork(step, text)).toMatchObject({ id: 'compose-project-name', details: { variant: 'unnamed' } });
    // One of the project's services listed: the lesson's project lacking the others.
    const ours = text.replace('api   ', 'db    ');
    expect((await checkWork('networks', ours)).id).toBe('compose-service-missing');
  });
});

describe('holdout14’s classes: Compose v1 refusing a name: key (2026-12)', () => {
  it('reads v1’s "Additional properties are not allowed (\'name\' was unexpected)" under networks or volumes as Compose too old', async () => {
    // Modelled on isard-vdi/isard#199 (`ERROR: The Compose file './docker-compose.yml' is invalid because:\nnetworks.isard_network
    // value Additional properties are not allowed ('name' was unexpected)`) and alpha2phi/python-apps#3 (volumes.data); here
    // Python 2's u'' and two networks.
    const text =
      "$ docker-compose up -d\nERROR: The Compose file './compose.yaml' is invalid because:\nnetworks.frontend value Additional properties are not allowed (u'name' was unexpected)\nnetworks.backend value Additional properties are not allowed (u'name' was unexpected)";
    for (const step of ['compose', 'networks'] as const) expect((await checkWork(step, text)).id).toBe('compose-too-old');
    // Another key refused is the file's own mistake, not the version: not read as too old.
    const typo = text.replaceAll("u'name'", "'web'");
    expect((await checkWork('compose', typo)).id).not.toBe('compose-too-old');
  });
});

describe('holdout14’s classes: a compose file after a sentence, a database host at localhost (2026-12)', () => {
  it('reads a database’s host variable set to loopback in a compose.yaml pasted after prose, version: first', async () => {
    // Modelled on directus/docker#27 ("when I run `docker-compose up` with the following `docker-compose.yml`", `version: "3"`,
    // `DATABASE_HOST: localhost`, then `nginx: waiting for database...`); here web, the list form of environment.
    const text = [
      'My web service never finds the database, with this compose file:',
      "version: '3.8'",
      'services:',
      '  web:',
      '    build: .',
      '    environment:',
      '      - VIRTUAL_HOST=localhost',
      '      - DB_HOST=127.0.0.1',
      '    ports:',
      '      - "8050:8050"',
      '  db:',
      '    image: postgres:18',
    ].join('\n');
    for (const step of ['compose', 'networks'] as const)
      expect(await checkWork(step, text)).toMatchObject({
        id: 'compose-localhost-upstream',
        details: { variant: 'app', upstream: 'DB_HOST=127.0.0.1' },
      });
    // A proxy's name to serve (VIRTUAL_HOST) is no upstream.
    const served = text.replace('      - DB_HOST=127.0.0.1\n', '');
    expect((await checkWork('networks', served)).id).not.toBe('compose-localhost-upstream');
  });
});

describe('holdout14’s classes: Compose v1’s warning of a network no service uses (2026-12)', () => {
  it('reads "Some networks were defined but are not used by any service" naming a lesson’s network as a service off it', async () => {
    // Modelled on sous-chef#830 (`docker-compose exec web bash` then `WARNING: Some networks were defined but are not used by
    // any service: frontend`), compose/network.py's log.warn; here backend, with the project's containers starting.
    const text =
      '$ docker-compose up -d\nWARNING: Some networks were defined but are not used by any service: backend\nStarting dash-app_db_1 ... done\nStarting dash-app_web_1 ... done';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'compose-service-missing-network', details: { network: 'backend' } });
    // Another project's, named by the containers it starts (a stored readme's `Starting postgres_fhirdb_1 ... done`): that project.
    const other =
      'docker-compose up -d\nWARNING: Some networks were defined but are not used by any service: frontend\nStarting postgres_fhirdb_1 ... done';
    expect(await checkWork('networks', other)).toMatchObject({ id: 'compose-project-name', details: { project: 'postgres' } });
  });
});

describe('holdout14’s classes: Compose v2’s progress on Windows consoles (2026-12)', () => {
  it('reads progress lines whose tick a Windows console printed as "-"', async () => {
    // Modelled on spurin/diveintoansible-lab#36 (PowerShell: `[+] Running 9/0` then ` - Container centos2   Created   0.0s`);
    // here another project's containers started.
    const text =
      'PS C:\\shop> docker compose up -d\n[+] Running 2/2\n - Container shop-db-1   Started   0.6s\n - Container shop-web-1  Started   1.0s';
    expect(await checkWork('compose', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });
});

describe('holdout15’s classes (2026-12)', () => {
  it('reads docker-py’s 409 "Conflict for url: …/containers/create?name=x" as a name in use, before its traceback', async () => {
    // Modelled on canonical/dotrun#105 (a tool driving Docker through docker-py: `requests.exceptions.HTTPError: 409 Client
    // Error: Conflict for url: http+docker://localhost/v1.41/containers/create?name=dotrun-anbox-cloud.io` in a traceback);
    // here API 1.43 and dash-app.
    const text = [
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/docker/api/client.py", line 268, in _raise_for_status',
      '    response.raise_for_status()',
      'requests.exceptions.HTTPError: 409 Client Error: Conflict for url: http+docker://localhost/v1.43/containers/create?name=dash-app',
    ].join('\n');
    expect(await checkWork('run', text)).toMatchObject({ id: 'name-conflict', details: { name: 'dash-app' } });
    // Another 409 (a container not running, `…/containers/x/exec`) is no name in use.
    const exec = text.replace('create?name=dash-app', 'dash-app/exec');
    expect((await checkWork('run', exec)).id).not.toBe('name-conflict');
  });
  it('reads Desktop’s port-forwarding service timing out as an engine not ready, its backend refused as Desktop not running', async () => {
    // Modelled on docker/for-win#6262 (`docker run hello-world` → `Ports are not available: unable to list exposed ports: Get
    // http://unix/forwards/list: net/http: request canceled (Client.Timeout exceeded while awaiting headers).`); here Desktop
    // 4.x's quoted URL and dash-app's run.
    const text =
      '$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\ndocker: Error response from daemon: Ports are not available: unable to list exposed ports: Get "http://unix/forwards/list": context deadline exceeded (Client.Timeout exceeded while awaiting headers).';
    expect((await checkWork('run', text)).id).toBe('engine-not-ready');
    // h8-resilientdb15's WSL 2 distro: the backend's socket refused is Desktop not running for it.
    const refused = text.replace(
      /context deadline.*$/,
      'dial unix /mnt/wsl/docker-desktop/shared-sockets/host-services/backend.sock: connect: connection refused',
    );
    expect((await checkWork('run', refused)).id).toBe('daemon-not-running');
  });

  it('does not take a tool’s "No such container: WARNING: …" for a container named WARNING', async () => {
    // Modelled on cs50/cli50#127 (the wrapper read Docker's platform warning as a name: `Error: No such container: WARNING: The
    // requested image's platform (linux/amd64) does not match …`, then its mappings); here one mapping to port 5000.
    const text =
      "Error: No such container: WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\n0.0.0.0:8050->5000/tcp";
    expect(await checkReach('published', text)).toMatchObject({ id: 'ports-swapped', details: { target: 5000 } });
    expect(await checkWork('run', 'Error: No such container: dash-app')).toMatchObject({
      id: 'container-not-found',
      details: { name: 'dash-app' },
    });
  });

  it('reads the daemon answering after an earlier "not running" (the service started, then hello-world) as working', async () => {
    // Modelled on MicrosoftDocs/WSL#416 (`sudo service docker status` → ` * Docker is not running`, `service docker start`, then
    // hello-world's greeting); here systemd's failure first.
    const hello =
      '$ docker run hello-world\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.';
    const down = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
    const text = `$ docker ps\n${down}\n$ sudo systemctl start docker\n${hello}`;
    expect(await checkWork('install', text)).toMatchObject({ kind: 'ok', id: 'healthy' });
    // The other way round, the daemon gone since: not ok.
    expect((await checkWork('install', `${hello}\n$ docker ps\n${down}`)).id).toBe('daemon-not-running');
  });
  it('reads Compose 2.25+’s "the attribute `version` is obsolete" alone, and an indented compose version, as showing part', async () => {
    // Modelled on archiveteam/archiveteam-warrior-dockerfile#1 (`WARN[0000] /tank/…/compose.yml: the attribute \`version\` is
    // obsolete, …` and then `...`) and onyx-dot-app/onyx#2046 (`    Docker Compose version v2.29.1`, a Markdown code block);
    // here the lesson's folder.
    const warn =
      '$ docker compose up -d\nWARN[0000] /home/me/dash-app/compose.yaml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion';
    expect(await checkWork('compose', warn)).toMatchObject({ kind: 'partial', id: 'shows-part', details: { variant: 'state' } });
    expect(await checkWork('compose', 'docker compose version\n\n    Docker Compose version v2.27.0')).toMatchObject({
      kind: 'partial',
      details: { variant: 'state' },
    });
    expect((await checkWork('compose', '    docker-compose version 1.29.2, build 5becea4c')).id).toBe('compose-too-old');
  });

  it('reads the shell’s bare "command not found" under a docker command, and docker resolved to a file without .exe', async () => {
    // Modelled on docker/for-mac#451 (an issue template: `$ docker version` then `command not found`) and docker/for-win#15031
    // (PowerShell's `Get-Command docker` → `C:\Windows\System32\Docker`, a stray file shadowing docker.exe); here `docker ps`
    // and a file in the user's folder.
    expect((await checkWork('install', '$ docker ps\ncommand not found')).id).toBe('docker-not-found');
    expect((await checkWork('install', '$ docker ps\nCONTAINER ID   IMAGE\ncommand not found')).id).not.toBe('docker-not-found');
    const pwsh = 'PS C:\\> Get-Command docker\n\nC:\\Users\\me\\bin\\docker\n';
    expect((await checkWork('install', pwsh)).id).toBe('docker-not-found');
    const exe = pwsh.replace('bin\\docker', 'bin\\docker.exe');
    expect((await checkWork('install', exe)).id).not.toBe('docker-not-found');
  });

  it('reads Compose’s "x exited with code 1" quoted in a sentence in another language', async () => {
    // Modelled on docker-lamp#21 (Spanish: "me devuelve el error: `docker_mysql_1 exited with code 1`"); here German and db.
    const text = 'Beim Start bekomme ich den Fehler: `dash-app_db_1 exited with code 1` und sonst nichts.';
    expect(await checkWork('compose', text)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'db', exitCode: 1 } });
  });
  it('reads PHP’s MySQL driver failing to look up its host, whatever the reason, as a service’s name not found', async () => {
    // Modelled on icinga/icinga-playground#8 (`PDOException … SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo
    // failed: Temporary failure in name resolution`); here Laravel's log line and the reason Name or service not known.
    const text =
      'web-1  | [2026-12-03 10:00:00] production.ERROR: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for db failed: Name or service not known';
    expect((await checkWork('networks', text)).id).toBe('upstream-host-not-found');
    const again = 'web-1  | SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Temporary failure in name resolution';
    expect((await checkWork('networks', again)).id).toBe('upstream-host-not-found');
  });

  it('reads curl’s (7) or (28) at another machine’s address as nothing answering there; not at localhost', async () => {
    // Modelled on microsoft/WSL#6175 (inside a container: `curl: (28) Failed to connect to 172.19.87.209 port 9003: Connection
    // timed out`); here a service's name, refused.
    const text = 'root@4ded615f2e7a:/# curl db:5432\ncurl: (7) Failed to connect to db port 5432 after 3 ms: Connection refused';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-connection-refused', details: { upstream: 'db' } });
    const local = 'curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused';
    expect((await checkWork('networks', local)).id).not.toBe('upstream-connection-refused');
  });

  it('reads docker exec’s "Container <ID> is not running" and Docker 1.x’s "Container command … not found" as a stopped container', async () => {
    // Modelled on arkasa/arkasa#70 (`Error response from daemon: Container fdb9…58 is not running`) and docker/compose#3333 (v1:
    // `ERROR: for poc  Container command './entrypoint.sh' not found or does not exist.`); here dash-app and web.
    const exec = '$ docker exec dash-app cat /etc/hosts\nError response from daemon: Container dash-app is not running';
    expect(await checkReach('running', exec)).toMatchObject({ id: 'container-exited', details: { name: 'dash-app' } });
    expect(await checkWork('run', exec.replace('dash-app is', `${'ab12'.repeat(16)} is`))).toMatchObject({
      id: 'container-exited',
      details: { name: 'ab12ab12ab12' },
    });
    const v1 =
      "$ docker-compose up\nCreating dash-app_web_1\n\nERROR: for web  Container command '/app/start.sh' not found or does not exist.";
    expect(await checkWork('compose', v1)).toMatchObject({ id: 'compose-service-not-running', details: { variant: 'start-failed' } });
  });

  it('reads "network <UUID> not found" with the ID left out by the poster as a network not found', async () => {
    // Modelled on claude-self-reflect#108 (Docker 28: `Error response from daemon: failed to set up container networking: network
    // <UUID> not found` under Compose's progress); here <ID>.
    const text =
      ' ✔ Container dash-app-db-1  Started  0.2s\nError response from daemon: failed to set up container networking: network <ID> not found';
    expect((await checkWork('compose', text)).id).toBe('network-not-found');
  });
  it('reads a container inspect’s Networks key "<project>_default" as that project, and a folder prompt before docker', async () => {
    // Modelled on docker-dns#20 (`docker inspect gogs`, its JSON cut above `"NetworkSettings"`, a key `"web_default" : {`) and
    // docker/compose#3040 (`db$ docker network ls` after a compose file); here project shop.
    const inspect = '...\n"Networks" : {\n    "shop_default" : {\n        "IPAMConfig" : null,\n        "IPAddress" : "172.18.0.3",';
    expect(await checkWork('networks', inspect)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    const ls = [
      'services:',
      '  api:',
      '    image: shop/api',
      'shop$ docker network ls',
      'NETWORK ID     NAME           DRIVER    SCOPE',
      '91c122cc8b54   shop_default   bridge    local',
      '15aa47f83c6f   bridge         bridge    local',
    ].join('\n');
    expect(await checkWork('networks', ls)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });

  it('reads telnet’s "could not resolve x/port" inside a container as a service’s name not found', async () => {
    // Modelled on docker/compose#9513 (`root@482d3315c663:/# telnet php 9000` → `telnet: could not resolve php/9000: Name or
    // service not known`, both services on network_mode: bridge); here web looking up db.
    const text = 'root@5f1c2a3b4d5e:/app# telnet db 5432\ntelnet: could not resolve db/5432: Name or service not known';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'db' } });
  });
  it('reads on past a compose file in the same block: a cut inspect’s "<project>_default" below it names the project', async () => {
    // Modelled on docker/compose#2724 (a two-service docker-compose.yml, a sentence, then a cut `docker inspect` whose Networks
    // key is `"testing_default": {`); here project shop with api and worker.
    const text = [
      'services:',
      '  api:',
      '    image: shop/api',
      '  worker:',
      '    image: shop/worker',
      'After docker-compose up -d the inspect shows no IPAddress:',
      '            "Networks": {',
      '                "shop_default": {',
      '                    "IPAMConfig": null,',
    ].join('\n');
    expect(await checkWork('networks', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    // The file alone still answers by the services it lacks.
    expect((await checkWork('networks', text.split('\nAfter')[0]!)).id).toBe('compose-service-missing');
  });
});

describe('holdout16’s classes (2026-12)', () => {
  it('reads "error during connect" to a host that does not answer, or a socket that closes (EOF), as no daemon', async () => {
    // Modelled on docker/for-win#7396 (cmd `docker ps` against a stale DOCKER_HOST, `dial tcp 192.168.99.126:2376: connectex: A
    // connection attempt failed …`) and WhitewaterFoundry/Pengwin#589 (WSL 1, `Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/
    // networks/bridge: EOF`); here a run's Post refused, a ps's EOF and Go's quoted URL.
    const refused =
      '$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\nerror during connect: Post "https://192.168.99.100:2376/v1.41/containers/create?name=dash-app": dial tcp 192.168.99.100:2376: connect: connection refused';
    const eof = '$ docker ps\nerror during connect: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/containers/json: EOF';
    expect((await checkWork('run', refused)).id).toBe('daemon-not-running');
    expect((await checkReach('running', eof)).id).toBe('daemon-not-running');
    expect((await checkWork('networks', eof.replace('containers/json', 'networks/dash-app_backend'))).id).toBe('daemon-not-running');
  });
});

describe('holdout16’s classes: ping’s unknown host inside a container (2026-12)', () => {
  it('reads iputils’ `ping: unknown host` as a name the network does not resolve, with the name or without', async () => {
    // Modelled on docker/for-mac#4703 (`docker exec -ti named_container_1 ping named_container_2`, then "Ping result is ping:
    // `unknown host`" in the issue's template); here lesson 7's web pinging db, in the shell and in prose.
    const named = '$ docker exec -it dash-app-web-1 ping db\nping: unknown host db';
    expect(await checkWork('networks', named)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'db' } });
    const prose = '$ docker compose exec web ping db\n\nWhat I get is ping: `unknown host` every time.';
    expect((await checkWork('networks', prose)).id).toBe('upstream-host-not-found');
  });
});

describe('holdout16’s classes: an amd64 image’s warning on a board (2026-12)', () => {
  it('reads the platform warning on a Raspberry Pi or a Jetson as no image for its processor, not on a Mac', async () => {
    // Modelled on fletchto99/nicotine-plus-docker#9 (the warning after `docker run`, "The container then exists but does not
    // work. I am using a Raspberry Pi 5."); here the lesson's run and a Jetson.
    const warning =
      "$ docker run -d --name dash-app -p 8050:8050 someone/e4l-python-graph\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\n4c1f0e2d9a7b";
    for (const board of ['This is on my Raspberry Pi 4 (64-bit OS).', 'Host: Jetson Orin Nano, JetPack 6.'])
      expect((await checkWork('run', `${warning}\n\n${board}`)).id, board).toBe('no-arm64-manifest');
    // On a Mac Docker Desktop emulates amd64: the warning alone says nothing of the run (q2galaxy#53 in the corpus).
    expect((await checkWork('run', `${warning}\n\nOn my M1 MacBook.`)).id).not.toBe('no-arm64-manifest');
  });
});

describe('holdout16’s classes: another project’s progress lines under names of their own (2026-12)', () => {
  it('reads Compose v2’s Started lines of containers with their own names, none of the lesson’s, as another project', async () => {
    // Modelled on stratum-mining/benchmarking-tool#4 (` ✔ Container prometheus   Started1.5s`, the time glued to the state by
    // very wide padding, container_name: for every service); here a logging stack and its spacing.
    const text =
      ' ✔ Container loki          Started2.1s \n ✔ Container grafana       Started2.4s \n ✔ Container promtail      Started0.9s ';
    expect(await checkWork('compose', text)).toMatchObject({ id: 'compose-project-name', details: { variant: 'unnamed' } });
    // The lesson's own service by a name of its own is not another project.
    expect((await checkWork('compose', ' ✔ Container web   Started1.2s')).id).not.toBe('compose-project-name');
  });
});

describe('holdout17’s classes: a pull that failed before the registry answered (2026-12)', () => {
  it('reads a registry request that ended in EOF or a timeout as Docker Hub not reached, a missing credential helper as the image not pulled', async () => {
    // Modelled on docker/for-win#6494 (`Get https://registry-1.docker.io/v2/…/manifests/latest: Get https://auth.docker.io/
    // token?…: unexpected EOF`, WSL 2) and docker/compose#7495 (credsStore names Desktop's helper, which the WSL distro lacks);
    // here the lesson's postgres with a TLS timeout, and the CLI's own credential error.
    const timeout =
      'Unable to find image \'postgres:18\' locally\ndocker: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout.';
    const helper = 'error getting credentials - err: exec: "docker-credential-desktop.exe": executable file not found in $PATH, out: ``';
    expect(await checkWork('run', timeout)).toMatchObject({ id: 'registry-unreachable' });
    expect(await checkWork('run', helper)).toMatchObject({ id: 'image-not-found', details: { variant: 'credentials' } });
    // Compose's pull asks the same helper (docker/compose#11584): not a service whose program is missing from its image.
    const composeHelper = ` ⠋ web Pulling    0.0s\n${helper.replace('.exe', '')}`;
    expect(await checkWork('compose', composeHelper)).toMatchObject({ id: 'image-not-found', details: { variant: 'credentials' } });
    // The token's request nested in the manifest's, as for-win#6494 printed it, here for the lesson's python base image.
    const nested =
      'docker: Error response from daemon: Get https://registry-1.docker.io/v2/library/python/manifests/3.12-slim: Get https://auth.docker.io/token?scope=repository%3Alibrary%2Fpython%3Apull&service=registry.docker.io: unexpected EOF.';
    expect(await checkWork('run', nested)).toMatchObject({ id: 'registry-unreachable' });
    // Compose v1's denial without the image's name is the plain image-not-found.
    const v1 = "Pulling db (postgres:1.8)...\nERROR: pull access denied, repository does not exist or may require 'docker login'";
    const d = await checkWork('compose', v1);
    expect([d.id, d.details.variant]).toEqual(['image-not-found', undefined]);
  });
});

describe('holdout17’s classes: an endpoint on a network whose bridge is gone (2026-12)', () => {
  it('reads "adding interface … to bridge … failed: Device does not exist" as the network to recreate', async () => {
    // Modelled on truenas/middleware#14070 (after a reboot, `up --force-recreate` keeps a network whose bridge interface is
    // gone); here the lesson's backend network and web's container.
    const text =
      'Error response from daemon: failed to create endpoint dash-app-web-1 on network dash-app_backend: adding interface veth3c1a9f2 to bridge br-1d2e3f4a5b6c failed: Device does not exist';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'network-not-found', details: { network: 'dash-app_backend' } });
  });
});

describe('holdout17’s classes: an amd64 image on a Mac, its warning then its failure (2026-12)', () => {
  it('reads the platform warning followed by Exited (255) or (139) as no image for the processor, the warning alone as part', async () => {
    // Modelled on wyveo/nginx-php-fpm#14 (the warning in prose, then "container status Exited (255)", Apple Silicon) and
    // memgraph/memgraph#217 (the warning, then the program's own banner: it runs, emulated); here the lesson's image.
    const warning =
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested";
    for (const end of ['The container stops at once: Exited (139) 3 seconds ago', 'exit code 255'])
      expect((await checkWork('run', `${warning}\n${end}`)).id, end).toBe('no-arm64-manifest');
    expect(await checkWork('run', `${warning}\nDash is starting…`)).toMatchObject({ kind: 'partial', details: { variant: 'emulated' } });
    // Exited (255) without the warning is no platform's.
    expect((await checkWork('run', 'the container status is Exited (255)')).id).not.toBe('no-arm64-manifest');
  });
});

describe('holdout17’s classes: node’s ENOTFOUND named in a sentence (2026-12)', () => {
  it('reads ENOTFOUND without its host as a lookup that failed, not a registry’s dotted name', async () => {
    // Modelled on StefanScherer/dockerfiles-windows#349 ("a ENOTFOUND is returned from getAddressInfo", a mongo service on a nat
    // network); here the lesson's web and db.
    const text = 'web can ping db, but the app logs ENOTFOUND when it connects to postgres://db:5432.';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-host-not-found', details: { variant: 'lookup' } });
    // npm in a build without a network looks up its registry: no service's name.
    const npm = 'npm ERR! request to https://registry.npmjs.org/dash failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org';
    expect((await checkWork('networks', npm)).id).not.toBe('upstream-host-not-found');
  });
});

describe('holdout17’s classes: nginx’s [emerg] in a log that no listing shows running (2026-12)', () => {
  it('reads nginx refusing its configuration as that service stopped, also above a docker ps in the same block', async () => {
    // Modelled on nginx-proxy/nginx-proxy#1548 (`docker-compose up -d && curl …; docker logs nginx-proxy && docker ps` in one
    // block: `[emerg] no servers are inside upstream`, then docker ps lists only whoami); here the lesson's proxy, another directive.
    const logs = [
      'proxy-1  | /docker-entrypoint.sh: Configuration complete; ready for start up',
      'proxy-1  | 2026/12/01 10:00:00 [emerg] 1#1: unknown directive "proxy_passs" in /etc/nginx/conf.d/default.conf:5',
      'proxy-1  | nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/conf.d/default.conf:5',
    ].join('\n');
    expect(await checkWork('compose', logs)).toMatchObject({
      id: 'compose-service-not-running',
      details: { name: 'proxy', variant: 'nginx' },
    });
    const block = [
      '~/shop$ docker-compose up -d && docker logs shop_gateway_1 && docker ps',
      'Creating network "shop_default" with the default driver',
      'Creating shop_api_1 ... done',
      'Creating shop_gateway_1 ... done',
      'nginx: [emerg] invalid number of arguments in "server_name" directive in /etc/nginx/conf.d/shop.conf:3',
      'CONTAINER ID   IMAGE      COMMAND       CREATED         STATUS         PORTS      NAMES',
      '5c4b3a291807   shop-api   "node app"    2 seconds ago   Up 1 second    3000/tcp   shop_api_1',
    ].join('\n');
    expect(await checkWork('compose', block)).toMatchObject({ id: 'compose-service-not-running', details: { variant: 'nginx' } });
    // nginx's failed lookup stays the name it could not resolve.
    const lookup = 'proxy-1  | nginx: [emerg] host not found in upstream "web" in /etc/nginx/conf.d/default.conf:3';
    expect((await checkWork('networks', lookup)).id).toBe('upstream-host-not-found');
  });
});

describe('an install shown working with sudo (2026-12)', () => {
  // Modelled on moby/moby#31262 (`$ sudo docker version`, 17.03 on Ubuntu 14.04, a corpus paste): the server answered root.
  const version = (prompt: string) =>
    `${prompt}docker version\nClient:\n Version:      17.03.1-ce\n API version:  1.27\n\nServer:\n Version:      17.03.1-ce\n API version:  1.27 (minimum version 1.12)\n`;
  it('says Docker works, with sudo, when every docker command ran with sudo', async () => {
    expect(await checkWork('install', version('$ sudo '))).toMatchObject({ kind: 'ok', id: 'healthy', details: { variant: 'sudo' } });
    expect((await checkWork('install', version('me@box:~$ sudo '))).details.variant).toBe('sudo');
  });
  it('says plainly that Docker works when a command ran as the learner, or none is shown', async () => {
    expect((await checkWork('install', version('$ '))).details.variant).toBeUndefined();
    expect((await checkWork('install', version(''))).details.variant).toBeUndefined();
    const both = `${version('$ sudo ')}$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n`;
    expect((await checkWork('install', both)).details.variant).toBeUndefined();
  });
});

describe('holdout18’s classes: Docker Desktop that does not start, in its own window (2026-12)', () => {
  it('reads the WSL 2 Lifecycle server stopping, a distro stopped, and the backend’s stack trace as the daemon not running', async () => {
    // Modelled on docker/for-win#11805 and #10465 (`WSL distro stopped while waiting for Lifecycle server.`), #12058 (`distro
    // stopped unexpectedly`, then `at Docker.Engines.WSL2.LinuxWSL2Engine.…`) and #561 (Hyper-V, a Spanish Windows: `en
    // Docker.Backend.ContainerEngine.Linux.DoStart(Settings settings)`); here each alone, as a learner would copy it.
    const texts = [
      'WSL distro stopped while waiting for Lifecycle server.\n  >Stdout:\n\n  >Stderr:',
      'System.InvalidOperationException:\ndistro stopped unexpectedly',
      'Docker hv-sock proxy (vsudd) is not reachable\n   en Docker.Backend.ContainerEngine.Linux.ConnectToVsud(TaskCompletionSource`1 vmId)\n   en Docker.Backend.ContainerEngine.Linux.DoStart(Settings settings)',
      '   at Docker.Engines.WSL2.LinuxWSL2Engine.<DoStartAsync>d__28.MoveNext()',
    ];
    for (const text of texts) expect((await checkWork('install', text)).id, text).toBe('daemon-not-running');
    // The class named in prose is no frame of a stack trace.
    expect((await checkWork('install', 'I think Docker.Backend.ContainerEngine is broken')).id).not.toBe('daemon-not-running');
  });
});

describe('holdout18’s classes: a registry that refuses a manifest (2026-12)', () => {
  it('reads `Head "https://ghcr.io/v2/…/manifests/…": denied` as the image not there, in docker pull’s and Compose’s words', async () => {
    // Modelled on ente-io/ente#11258 (Compose v2's pull: the other services `! … Interrupted`, then `✘ web Error Head
    // "https://ghcr.io/v2/ente-io/web/manifests/latest": denied`); here the lesson's web from a private image and docker pull.
    const compose =
      '[+] Pulling 2/2\n ! db   Interrupted   0.1s\n ✘ web Error Head "https://ghcr.io/v2/someone/dash-app/manifests/1.0": denied   0.1s\nError response from daemon: Head "https://ghcr.io/v2/someone/dash-app/manifests/1.0": denied';
    expect(await checkWork('compose', compose)).toMatchObject({ id: 'image-not-found', details: { name: 'someone/dash-app' } });
    const pull = 'Error response from daemon: Get "https://registry.example.com:5000/v2/team/e4l-python-graph/manifests/1.0": denied';
    expect(await checkWork('run', pull)).toMatchObject({ id: 'image-not-found', details: { name: 'team/e4l-python-graph' } });
  });
});

describe('holdout18’s classes: the daemon’s port mapper refusing a host port (2026-12)', () => {
  it('reads `failed to bind port …: PortManager.AddPort(): conflict` and `failed to bind host port for …` as the port taken', async () => {
    // Modelled on projecthorus/radiosonde_auto_rx#916 (Docker 27 on a Raspberry Pi, `docker run -d … -p 5000:5000`, its ID, then
    // the error); here the lesson's 8050, and moby 28's wording of the same bind (daemon/libnetwork/portmapper).
    const conflict =
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (99acf304ff1e): failed to bind port 0.0.0.0:8050/tcp: Error starting userland proxy: error while calling PortManager.AddPort(): conflict with ID 3.';
    const inUse =
      'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint dash-app (0f1e): failed to bind host port for 0.0.0.0:8050:172.17.0.2:8050/tcp: address already in use';
    for (const text of [conflict, inUse])
      expect(await checkReach('port-free', text)).toMatchObject({ id: 'port-already-allocated', details: { port: '8050' } });
  });
});

describe('holdout18’s classes: Kestrel’s own port taken inside its container (2026-12)', () => {
  it('reads .NET’s unhandled exception "Failed to bind to address http://…: address already in use" as the app crashing', async () => {
    // Modelled on dotnet/dotnet-docker#4569 (`docker run -it --rm -p 8800:80 … aspnetapp`, Kestrel binding [::]:80 twice: its
    // ASPNETCORE_URLS and HTTP_PORTS); here the address 0.0.0.0:8050, without the run line.
    const text =
      'Unhandled exception. System.IO.IOException: Failed to bind to address http://0.0.0.0:8050: address already in use.\n ---> Microsoft.AspNetCore.Connections.AddressInUseException: Address in use\n   at Microsoft.AspNetCore.Server.Kestrel.Core.Internal.AddressBinder.BindEndpointAsync(ListenOptions endpoint, AddressBindContext context)';
    expect(await checkWork('run', text)).toMatchObject({ id: 'container-exited', details: { variant: 'crash' } });
    // The daemon's own words for a host port taken stay port-already-allocated.
    const host = 'Error starting userland proxy: listen tcp4 0.0.0.0:8050: bind: address already in use';
    expect((await checkWork('run', host)).id).toBe('port-already-allocated');
  });
});

describe('holdout18’s classes: Docker for Windows’ port forwarding broken (2026-12)', () => {
  it('reads the userland proxy’s `mkdir /port/tcp:…: input/output error` as Desktop’s engine not ready', async () => {
    // Modelled on docker/compose#6505 (cmd.exe, `docker run -p 8080:8080 -p 50000:50000 … jenkins`, Docker for Windows 2.0 after a
    // resume); here the lesson's run.
    const text =
      'C:\\Users\\me>docker run -d --name dash-app -p 8050:8050 e4l-python-graph\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (ea43): Error starting userland proxy: mkdir /port/tcp:0.0.0.0:8050:tcp:172.17.0.2:8050: input/output error.';
    expect((await checkWork('run', text)).id).toBe('engine-not-ready');
  });
});

describe('holdout18’s classes: docker inspect’s not found beside an answering server (2026-12)', () => {
  it('reads inspect’s "No such image" as no pull failure, and leaves an install whose server answered ok', async () => {
    // Modelled on moby/moby#18424 (Docker 1.9.1: `docker inspect --type image <ID>` → `Error: No such image: <ID>`, `--type
    // container` → `no such id`, then docker version with its Server part); here dash-app, a newer wording, and docker version.
    const inspect =
      '$ docker inspect --type image dash-app\nError: No such image: dash-app\n[]\n$ docker inspect dash-app\nError: No such object: dash-app';
    expect(await checkReach('running', inspect)).toMatchObject({ id: 'container-not-found' });
    const version = `${inspect}\n$ docker version\n${body('version-29-ok').split('\n').slice(1).join('\n')}`;
    expect(await checkWork('install', version)).toMatchObject({ kind: 'ok', id: 'healthy' });
    // A run's missing image (a pull) is no inspect's: still image-not-found at lesson 5.
    const run = "Unable to find image 'e4l-python-graf:latest' locally\nError response from daemon: No such image: e4l-python-graf:latest";
    expect((await checkWork('run', run)).id).toBe('image-not-found');
  });
});

describe('holdout18’s classes: a listing of one other container, or of containers that publish nothing (2026-12)', () => {
  it('answers the only container listed by where its one mapping leads, and refused beside no publisher as nothing published', async () => {
    // Modelled on nginx/docker-nginx#54 (one row, `443/tcp, 0.0.0.0:8080->80/tcp`: nginx exposes 443 too) and oracle/docker-images
    // #46 (two rows, `5000/tcp` and `5556/tcp, 7001/tcp, 8001/tcp`, then curl refused at :5000); here other images and ports.
    const one = [
      'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                           NAMES',
      'a1b2c3d4e5f6   traefik:v3     "/entrypoint.sh --ap…"   2 minutes ago   Up 2 minutes   443/tcp, 0.0.0.0:8050->80/tcp   proxy',
    ].join('\n');
    expect(await checkReach('published', one)).toMatchObject({ id: 'ports-swapped' });
    const none = [
      'CONTAINER ID   IMAGE         COMMAND           CREATED          STATUS          PORTS                NAMES',
      'd47d453179a6   myapp         "python app.py"   17 seconds ago   Up 16 seconds   8050/tcp             app',
      '08e88ed803c7   redis:7       "redis-server"    3 hours ago      Up 17 minutes   6379/tcp             cache',
      '',
      '$ curl http://localhost:8050/',
      'curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused',
    ].join('\n');
    expect(await checkReach('published', none)).toMatchObject({ id: 'no-port-published' });
    // Two containers, one publishing to two container ports (its image's own and another): which is asked about is unknown.
    const two =
      one + '\nf6e5d4c3b2a1   postgres:18    "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes   0.0.0.0:5432->5432/tcp          db';
    expect((await checkReach('published', two)).id).toBe('container-not-found');
  });
});

describe('holdout18’s classes: where an app listens, in a Rust logger’s line and in netstat inside its container (2026-12)', () => {
  it('reads a level, then "Running … at 127.0.0.1:8080", and a PID-less netstat after docker exec … sh', async () => {
    // Modelled on goldsborough/microservice-rs#9 (env_logger's ` INFO …: microservice: Running microservice at 127.0.0.1:8080`
    // under Compose v2's Created lines) and starsliao/TenSunS#102 (`docker exec -it nginx-consul /bin/sh`, then `netstat -an|grep
    // 1026` without PIDs); here the lesson's web and port.
    const rust =
      ' ✔ Container dash-app-web-1  Created\nAttaching to web-1\nweb-1  |  INFO 2026-12-04T10:00:00Z: server: Running server at 127.0.0.1:8050';
    expect((await checkReach('listening', rust)).id).toBe('app-listens-on-loopback');
    const shell =
      '# docker exec -it dash-app sh\n/app # netstat -an | grep LISTEN\ntcp        0      0 0.0.0.0:5000            0.0.0.0:*               LISTEN';
    expect(await checkReach('listening', shell)).toMatchObject({ id: 'ports-swapped', details: { variant: 'app-port', appPort: 5000 } });
    // The same listing on the host (no shell opened) is Docker's or another program's, not the app's.
    const host = 'tcp        0      0 0.0.0.0:5000            0.0.0.0:*               LISTEN';
    expect((await checkReach('listening', host)).id).not.toBe('ports-swapped');
  });
});

describe('holdout18’s classes: docker port’s host side quoted with a period (2026-12)', () => {
  it('reads `127.0.0.1:49155.` under `docker port NAME 5000` as that port', async () => {
    // Modelled on a Chinese study note (stored file 40442001: `docker port nostalgic_morse 5000`, then `127.0.0.1:49155.`);
    // here another container and port.
    const text = '$ docker port web 8080\n0.0.0.0:32768.';
    expect(await checkReach('published', text)).toMatchObject({ id: 'ports-swapped', details: { found: '0.0.0.0:32768->8080/tcp' } });
  });
});

describe('holdout18’s classes: Compose’s warnings alone (2026-12)', () => {
  it('reads a buildable service’s pull warning, or the amd64 warning without a service, as nothing failed and no state shown', async () => {
    // Modelled on dunglas/symfony-docker#664 (` ! php Warning pull access denied for app-php, …`, `up --pull always`) and
    // unlock-protocol/unlock#7507 (the platform warning in backticks, a slow emulated build); here the lesson's web.
    const pull =
      " ! web Warning pull access denied for dash-app-web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
    const platform =
      '`"The requested image\'s platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested"`';
    for (const text of [pull, platform])
      expect(await checkWork('compose', text), text).toMatchObject({ kind: 'partial', details: { variant: 'state' } });
  });
});

describe('holdout18’s classes: a browser that cannot resolve a service’s name (2026-12)', () => {
  it('reads Chrome’s `net::ERR_NAME_NOT_RESOLVED` for a bare name as the browser’s lookup, above docker info', async () => {
    // Modelled on docker/compose#10219 (the frontend's JavaScript fetching http://backend/, then Compose's version and docker
    // info in one block); here the lesson's web at its port.
    const text =
      'The page loads but its data does not: GET http://web:8050/_dash-layout net::ERR_NAME_NOT_RESOLVED\n\nDocker Compose version v2.29.1';
    expect(await checkWork('networks', text)).toMatchObject({
      id: 'upstream-host-not-found',
      details: { upstream: 'web', variant: 'browser' },
    });
    // A dotted host is the Internet's, not a service's.
    expect((await checkWork('networks', 'GET https://cdn.example.com/x.js net::ERR_NAME_NOT_RESOLVED')).details.variant).not.toBe(
      'browser',
    );
  });
});

describe('holdout19’s classes: a host port refused in a Windows of another language (2026-12)', () => {
  it('reads `exposing port TCP …:8050: bind:` and any words after it as the port taken', async () => {
    // Modelled on stored file 61484903211 (a Portuguese bug report: `ports are not available: exposing port TCP 0.0.0.0:8000: bind:
    // Normalmente é permitida apenas uma utilização de cada endereço de soquete.`); here a Spanish Windows, the lesson's run.
    const text =
      'docker: Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 127.0.0.1:0: listen tcp 0.0.0.0:8050: bind: Solo se permite un uso de cada dirección de socket (protocolo/dirección de red/puerto).';
    expect(await checkReach('port-free', text)).toMatchObject({ id: 'port-already-allocated', details: { port: '8050' } });
    const compose =
      'Error response from daemon: ports are not available: exposing port TCP 0.0.0.0:8080: bind: Normalerweise darf jede Socketadresse nur jeweils einmal verwendet werden.';
    expect(await checkWork('compose', compose)).toMatchObject({ id: 'port-already-allocated', details: { port: '8080' } });
    // An address the host does not have is no port taken.
    const address =
      'Error response from daemon: ports are not available: exposing port TCP 192.168.1.5:8050: bind: cannot assign requested address';
    expect((await checkWork('run', address)).id).not.toBe('port-already-allocated');
  });
});

describe('holdout19’s classes: nginx without a resolver for a name built at request time (2026-12)', () => {
  it('reads `no resolver defined to resolve web` as the name not resolved', async () => {
    // Modelled on docker/compose#3412 (`[error] 5#0: *3 no resolver defined to resolve ui, client: 10.0.2.2, …`, a proxy_pass
    // with a variable); here the lesson's proxy and web in Compose's log prefix.
    const text =
      'proxy-1  | 2026/12/04 10:00:00 [error] 29#29: *1 no resolver defined to resolve web, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", host: "localhost:8080"';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'web' } });
  });
});

describe('holdout19’s classes: a session pasted into a script as comments (2026-12)', () => {
  it('reads `#` on nearly every line as a comment marker, and a root prompt’s `# ` as a prompt', async () => {
    // Modelled on stored file 20147787846 (`#(base) me@pc:~/my_docker_wsl$ docker info`, `#Server:`, `# Server Version: 19.03.4`,
    // the script's own `docker info` between); here docker version.
    const version = body('version-29-ok')
      .split('\n')
      .slice(1)
      .map((l) => `#${l}`)
      .join('\n');
    expect(await checkWork('install', `docker version\n#\n#me@pc:~$ docker version\n${version}`)).toMatchObject({ id: 'healthy' });
    // Commented with `# `, its space on every line.
    const spaced = version.replace(/^#/gm, '# ');
    expect(await checkWork('install', `# $ docker version\n${spaced}`)).toMatchObject({ id: 'healthy' });
    // A root shell: `#` marks its commands only, the output stays as printed.
    const root = `# docker version\n${body('version-29-ok').split('\n').slice(1).join('\n')}`;
    expect(await checkWork('install', root)).toMatchObject({ id: 'healthy' });
  });
});

describe('holdout19’s classes: WSL’s distributions listed, no docker command (2026-12)', () => {
  it('reads `wsl -l -v` as part of lesson 3 shown: Docker Desktop’s distro is not docker answering', async () => {
    // Modelled on stored file 35998572715 (PowerShell, `wsl -l -v` with docker-desktop at 2 and Ubuntu-20.04 at 1, converted);
    // here cmd and Debian.
    const text =
      'C:\\Users\\me>wsl -l -v\n  NAME                   STATE           VERSION\n* Debian                 Running         2\n  docker-desktop         Stopped         2';
    expect(await checkWork('install', text)).toMatchObject({ kind: 'partial', id: 'shows-part', details: { variant: 'wsl' } });
  });
});

describe('holdout19’s classes: a name conflict whose holder is listed stopped (2026-12)', () => {
  it('answers "Is it running?" with the holder’s state, and lesson 5 with the conflict', async () => {
    // Modelled on stored file 5670043944 (a wrapper's `docker run --name validator` refused with the conflict, then docker ps -a
    // with validator `Exited (255) 3 minutes ago`); here dash-app.
    const text = [
      'docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "4f2a9c1e7b3d8a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f". You have to remove (or rename) that container to be able to reuse that name.',
      '$ docker ps -a',
      'CONTAINER ID   IMAGE              COMMAND           CREATED       STATUS                     PORTS     NAMES',
      '4f2a9c1e7b3d   e4l-python-graph   "python app.py"   2 hours ago   Exited (1) 2 minutes ago             dash-app',
    ].join('\n');
    expect(await checkReach('running', text)).toMatchObject({ id: 'container-exited', details: { name: 'dash-app', exitCode: 1 } });
    expect((await checkWork('run', text)).id).toBe('name-conflict');
    // Its holder running: the conflict still answers.
    expect((await checkReach('running', text.replace('Exited (1) 2 minutes ago', 'Up 2 hours              '))).id).toBe('name-conflict');
  });
});

describe('holdout19’s classes: a network "not created for project" of another project (2026-12)', () => {
  it('answers the compose step with the project that ran, the networks step with the network', async () => {
    // Modelled on stored file 55903159422 (Compose's `WARN[0000] a network with name milvus exists but was not created for project
    // "milvus".`, then `[+] up 3/3` of project milvus); here another project and its network.
    const text =
      'WARN[0000] a network with name shop_net exists but was not created for project "shop".\nSet `external: true` to use an existing network\n[+] Running 2/2\n ✔ Container shop-api-1  Started  0.4s\n ✔ Container shop-db-1   Started  0.3s';
    expect(await checkWork('compose', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
    expect(await checkWork('networks', text)).toMatchObject({ id: 'network-wrong-project', details: { network: 'shop_net' } });
    // The lesson's own project: its network is the answer at both steps.
    const own = text.replace(/shop/g, 'dash-app');
    expect((await checkWork('compose', own)).id).toBe('network-wrong-project');
  });
});

describe('holdout19’s classes: a GPU that Docker cannot give (2026-12)', () => {
  it('reads `could not select device driver "nvidia"` as the container never started', async () => {
    // Modelled on AbdBarho/stable-diffusion-webui-docker#616 (an M1 Mac: `✔ Container webui-docker-invoke-1 Created`, then
    // `Error response from daemon: could not select device driver "nvidia" with capabilities: [[compute utility]]`); here docker
    // run --gpus, whose driver is unnamed, and the lesson's web.
    const run =
      '$ docker run -d --gpus all --name dash-app -p 8050:8050 e4l-python-graph\n7c1e0f\ndocker: Error response from daemon: could not select device driver "" with capabilities: [[gpu]].';
    expect(await checkWork('run', run)).toMatchObject({ id: 'container-exited', details: { variant: 'gpu' } });
    const compose =
      '[+] Running 1/1\n ✔ Container dash-app-web-1  Created  0.1s\nAttaching to web-1\nError response from daemon: could not select device driver "nvidia" with capabilities: [[gpu]]';
    expect(await checkWork('compose', compose)).toMatchObject({ id: 'compose-service-not-running', details: { variant: 'gpu' } });
  });
});

describe('holdout19’s classes: a client refused at the container’s own address (2026-12)', () => {
  it('reads netcat’s and curl’s refusal at 172.17-31.x.x as nothing listening at that port in the container', async () => {
    // Modelled on qiuhaotc/WebSSH#8 (`netcat -vzn 172.17.0.2 80`, `(UNKNOWN) [172.17.0.2] 80 (http) : Connection refused`, ping
    // answering); here curl at the lesson's port on a Compose network.
    const curl = '$ curl http://172.18.0.3:8050/\ncurl: (7) Failed to connect to 172.18.0.3 port 8050 after 0 ms: Connection refused';
    expect(await checkReach('listening', curl)).toMatchObject({ id: 'ports-swapped', details: { variant: 'inside', target: 8050 } });
    // At the host's port it stays nothing published there.
    const host = 'curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused';
    expect((await checkReach('listening', host)).id).toBe('no-port-published');
  });
});

describe('holdout22’s classes: a network Docker cannot give a subnet (2026-12)', () => {
  it('reads every range taken, in each wording since Docker 18, as no free address range, before the project’s name', async () => {
    // Modelled on docker/compose#2908 (v1: `Creating network "recruiter_default" with the default driver`, then `ERROR: could not
    // find an available, non-overlapping IPv4 address pool among the defaults to assign to the network`); here the lesson's project
    // with Compose v2 and the daemon's newer wording.
    const v2 =
      '[+] Running 1/1\n ✘ Network dash-app_frontend  Error                                                  0.0s\nfailed to create network dash-app_frontend: Error response from daemon: all predefined address pools have been fully subnetted';
    for (const step of ['compose', 'networks'] as const)
      expect(await checkWork(step, v2)).toMatchObject({
        kind: 'problem',
        id: 'network-address-pool',
        details: { network: 'dash-app_frontend' },
      });
    // Another project's v1 run: the cause is the pool, not the name.
    const v1 =
      'Creating network "shop_default" with the default driver\nERROR: could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network';
    expect(await checkWork('compose', v1)).toMatchObject({ id: 'network-address-pool' });
    expect((await checkWork('networks', 'Error response from daemon: could not find an available predefined network')).id).toBe(
      'network-address-pool',
    );
  });

  it('reads a subnet that overlaps a network in use as its own variant', async () => {
    // Modelled on Mailu/Mailu#3812 (`failed to create network mailu_default: Error response from daemon: Pool overlaps with other one
    // on this address space`) and juliusknorr/nextcloud-docker-dev#298 (v1's `ERROR: Pool overlaps …`); here the lesson's backend.
    const text =
      ' Network dash-app_frontend  Creating\n Network dash-app_frontend  Created\n Network dash-app_backend  Creating\n Network dash-app_backend  Error\nfailed to create network dash-app_backend: Error response from daemon: invalid pool request: Pool overlaps with other one on this address space';
    expect(await checkWork('networks', text)).toMatchObject({
      id: 'network-address-pool',
      details: { variant: 'overlap', network: 'dash-app_backend' },
    });
    expect(await checkWork('compose', 'ERROR: Pool overlaps with other one on this address space')).toMatchObject({
      id: 'network-address-pool',
      details: { variant: 'overlap' },
    });
  });
});

describe('holdout22’s classes: Compose 1.5’s schema errors and nginx’s refusal as retyped (2026-12)', () => {
  it('reads `Validation failed in file` and its `configuration key … contains an invalid type` as the file invalid', async () => {
    // Modelled on wekan/wekan#478 (docker-compose 1.5.2: `ERROR: Validation failed in file './docker-compose.yml', reason(s):`, then
    // `Service 'wekandb' configuration key 'ports' contains an invalid type, it should be an array`); here the lesson's web.
    const typed =
      "$ docker-compose up\nERROR: Validation failed in file './docker-compose.yml', reason(s):\nService 'web' configuration key 'ports' contains an invalid type, it should be an array";
    expect(await checkWork('compose', typed)).toMatchObject({ id: 'compose-file-invalid', details: { variant: 'property' } });
    // 1.6+'s header over a reason no rule reads still names the file as the problem.
    const header =
      "ERROR: The Compose file './docker-compose.yml' is invalid because:\nservices.web.healthcheck value Additional properties are not allowed ('tset' was unexpected)";
    expect(await checkWork('compose', header)).toMatchObject({ kind: 'problem', id: 'compose-file-invalid' });
  });

  it('reads nginx’s refusal without `connect()` and the colon after upstream as the upstream refused', async () => {
    // Modelled on nginx-proxy/nginx-proxy#1411 (retyped: `failed (111: connection refused) while connecting to upstream, client
    // 172.16.238.1; upstream "172.16.238.5:80/"`); here the lesson's web at the wrong port.
    const text =
      'docker logs proxy\nfailed (111: connection refused) while connecting to upstream, client 172.18.0.1; upstream "172.18.0.3:80/"';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'upstream-connection-refused', details: { upstream: '172.18.0.3:80/' } });
  });
});

describe("holdout20's classes: a code block indented under reStructuredText's or Markdown's markers (2026-12)", () => {
  it('reads an indented `$ docker …` or `% docker …` as its command, and drops `::` and `.. code-block::` lines', async () => {
    // Modelled on docker's port docs (stored file 2333477194: four-space-indented `$ docker port test 7890/tcp`, then
    // `0.0.0.0:4321`) and an RST literal block; here the lesson's container in each layout.
    const rst = '::\n\n    $ docker port dash-app 8050\n    0.0.0.0:8050\n';
    expect(await checkReach('published', rst)).toMatchObject({ kind: 'ok', id: 'healthy' });
    const directive = '.. code-block:: console\n\n    % docker port dash-app 8050\n    127.0.0.1:8080\n';
    expect(await checkReach('published', directive)).toMatchObject({ id: 'ports-swapped' });
    const sphinx = 'Check it::\n\n    $ sudo docker port dash-app\n    8050/tcp -> 0.0.0.0:8050\n';
    expect(await checkReach('published', sphinx)).toMatchObject({ kind: 'ok', id: 'healthy' });
    // A man page's example of another container stays another container (ir-man-port-test-other).
    const other = '.. code:: bash\n\n    $ docker port test\n    7890/tcp -> 0.0.0.0:4321\n    9876/tcp -> 0.0.0.0:1234\n';
    expect(await checkReach('published', other)).toMatchObject({ id: 'container-not-found' });
    // A UDP port's "No public port" (the same page's `docker port test 7890/udp`) says nothing of the TCP port asked about.
    const udp = `${other}    $ docker port test 7890/udp\n    Error: No public port '7890/udp' published for test\n`;
    expect(await checkReach('published', udp)).toMatchObject({ id: 'container-not-found' });
  });

  it('answers a container the paste runs with its ports published, under another name, by where they lead', async () => {
    // Modelled on moby/moby#23087 (`docker run -d -P --name static-site …`, then `docker port static-site`: 443 and 80 on
    // random host ports); here nginx with -p.
    const port = '$ docker port web\n443/tcp -> 0.0.0.0:8443\n80/tcp -> 0.0.0.0:8080\n';
    const ran = `$ docker run -d -p 8080:80 -p 8443:443 --name web nginx\n${port}`;
    expect(await checkReach('published', ran)).toMatchObject({ id: 'ports-swapped' });
    // Without its run line it is some other container.
    expect(await checkReach('published', port)).toMatchObject({ id: 'container-not-found' });
  });
});

describe("holdout20's classes: a setup script's error that the Compose plugin is missing (2026-12)", () => {
  it('reads the error as compose-not-installed, prose as nothing', async () => {
    // Modelled on kossakovsky/selfhost-ai#34 (`[ERROR] 22:24:32: Docker Compose plugin not found.` beside Ubuntu's Docker
    // 28.2.2); here other scripts' wordings.
    for (const line of [
      'Error: docker compose is not installed. Install the docker-compose-plugin package.',
      '❌ Docker Compose не найден',
      'FATAL: docker-compose v2 plugin missing',
    ])
      expect(await checkWork('compose', line)).toMatchObject({ id: 'compose-not-installed' });
    const prose = 'If Docker Compose is not installed, follow the install guide.';
    expect((await checkWork('compose', prose)).id).not.toBe('compose-not-installed');
  });
});

/** docker version 27.3.1 whose Server part answered: the install works (lesson 3's tests beside it). */
const dockerVersion27 = [
  '$ docker version',
  'Client: Docker Engine - Community',
  ' Version:           27.3.1',
  ' API version:       1.47',
  'Server: Docker Engine - Community',
  ' Engine:',
  '  Version:          27.3.1',
  '  API version:      1.47 (minimum version 1.24)',
].join('\n');

describe('holdout23’s classes: a failure beside a Server part that answered, at lesson 3 (2026-12)', () => {
  it('answers Docker Hub not reached on hello-world’s pull, though docker version shows the server', async () => {
    // Modelled on docker/for-win#1432 (cmd: `docker run hello-world`, `Get https://registry-1.docker.io/v2/: net/http: request
    // canceled while waiting for connection (Client.Timeout exceeded …)`, then docker version's Client and Server 17.09.1-ce); here
    // Linux, a DNS failure, and docker version first.
    const text = [
      dockerVersion27,
      '$ docker run hello-world',
      "Unable to find image 'hello-world:latest' locally",
      'docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving.',
    ].join('\n');
    expect(await checkWork('install', text)).toMatchObject({ kind: 'problem', id: 'registry-unreachable' });
  });

  it('answers a runtime that cannot create hello-world’s process, though the pull and the server worked', async () => {
    // Modelled on microsoft/WSL#3927 (WSL 1, Docker 18.09.3: hello-world pulled, then `OCI runtime create failed: container_linux.go:344:
    // starting container process caused "process_linux.go:297: getting the final child's pid from pipe caused \"EOF\"": unknown.`, then
    // docker version's Server part); here runc's newer shim wording.
    const text = [
      '$ docker run hello-world',
      'Status: Downloaded newer image for hello-world:latest',
      "docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: can't get final child's PID from pipe: EOF: unknown.",
      '$ docker version',
      'Client:',
      ' Version:           20.10.21',
      ' API version:       1.41',
      'Server:',
      ' Engine:',
      '  Version:          20.10.21',
      '  API version:      1.41 (minimum version 1.12)',
    ].join('\n');
    expect(await checkWork('install', text)).toMatchObject({ kind: 'problem', id: 'container-exited', details: { variant: 'runtime' } });
    // docker version alone still says Docker works.
    expect((await checkWork('install', text.split('\n').slice(3).join('\n'))).id).toBe('healthy');
  });
});

describe('holdout23’s classes: the daemon not reached, in Docker for Mac’s diagnostics and Compose v1’s tracebacks (2026-12)', () => {
  it('reads docker-diagnose’s socket lines, com.docker.diagnose’s engine check and v1’s connection handler as the daemon not running', async () => {
    // Modelled on docker/for-mac#1535 (`[ERROR]   docker-cli       Connection refused (ECONNREFUSED) connecting to
    // /var/run/docker.sock: check if service is running`) and #47 (`/var/run/docker.sock does not exist`); here other lines of each.
    const diag =
      '[OK]      Moby booted\n[ERROR]   docker-cli       Connection refused (ECONNREFUSED) connecting to /var/run/docker.sock: check if service is running';
    expect((await checkWork('install', diag)).id).toBe('daemon-not-running');
    expect((await checkWork('install', '[ERROR] docker-cli\n        /var/run/docker.sock does not exist')).id).toBe('daemon-not-running');
    expect((await checkWork('install', '[FAIL] DD0004: is the Docker engine running? engine is not running')).id).toBe(
      'daemon-not-running',
    );
    // docker/for-mac#33: v1's traceback through compose/cli/errors.py's handler of connection errors; here Windows' pipe, as pywin32 says it.
    const v1 = [
      '$ docker-compose up',
      'Traceback (most recent call last):',
      '  File "compose/cli/main.py", line 61, in main',
      '  File "compose/cli/errors.py", line 56, in handle_connection_errors',
      'TypeError: log_timeout_error() takes exactly 1 argument (0 given)',
    ].join('\n');
    expect((await checkWork('compose', v1)).id).toBe('daemon-not-running');
    expect((await checkWork('compose', "pywintypes.error: (2, 'WaitNamedPipe', 'The system cannot find the file specified.')")).id).toBe(
      'daemon-not-running',
    );
  });
});

describe('holdout23’s classes: installs that install nothing, and containers that cannot start (2026-12)', () => {
  it('reads get.docker.com’s unsupported system as no docker installed, in its own words', async () => {
    // Modelled on docker/docker-install#165 (macOS: `ERROR: Unsupported distribution ' '`); here a distribution it does not know.
    const text =
      "Executing docker install script, commit: 7cae5f8b0decc17d6571f9f52eb840fbc13b2737\n\nERROR: Unsupported distribution 'rocky'\n";
    expect(await checkWork('install', text)).toMatchObject({ id: 'docker-not-found', details: { variant: 'script' } });
    // Another script's prose "Error: Unsupported distribution" without the quoted name is not Docker's.
    expect((await checkWork('install', 'Error: Unsupported distribution for jq')).id).not.toBe('docker-not-found');
  });

  it('reads an Intel-only docker-compose on Apple silicon as no Compose that runs', async () => {
    // Modelled on docker/for-mac#6232 (`fork/exec /usr/local/bin/docker-compose-v1: bad CPU type in executable`); here zsh's words.
    expect((await checkWork('compose', 'zsh: bad CPU type in executable: docker-compose')).id).toBe('compose-not-installed');
  });

  it('reads Compose v1’s `Cannot start service x:` and Windows’ compute system errors as the service not started', async () => {
    // Modelled on docker/for-win#1934 (`ERROR: for web  Cannot start service web: container … encountered an error during Start:
    // failure in a Windows system call: The compute system exited unexpectedly. (0xc0370106)`); here an unknown reason.
    const text =
      'ERROR: for web  Cannot start service web: oci runtime error: container_linux.go:265: starting container process caused "process_linux.go:368: container init caused \\"rootfs_linux.go:57: mounting \\\\\\"proc\\\\\\" to rootfs caused \\\\\\"permission denied\\\\\\"\\""\nERROR: Encountered errors while bringing up the project.';
    expect(await checkWork('compose', text)).toMatchObject({ id: 'compose-service-not-running', details: { variant: 'runtime' } });
    const win =
      'docker: Error response from daemon: container 3f1a encountered an error during hcsshim::System::Start: failure in a Windows system call: The compute system exited unexpectedly. (0xc0370106).';
    expect(await checkWork('run', win)).toMatchObject({ id: 'container-exited', details: { variant: 'runtime' } });
    // A port taken is the more precise reason.
    const port =
      'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint dash-app_web_1 (3c2f): Bind for 0.0.0.0:8050 failed: port is already allocated';
    expect((await checkWork('compose', port)).id).toBe('port-already-allocated');
  });

  it('reads Docker for Windows’ forwarder refusing a host port as the port taken', async () => {
    // Modelled on docker/for-win#573 (`-p 80:80`: `Error starting userland proxy: /forwards/expose/port returned unexpected status:
    // 500.`, fixed by another port); here the lesson's run.
    const text =
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (9a1b): Error starting userland proxy: /forwards/expose/port returned unexpected status: 500.';
    expect((await checkReach('port-free', text)).id).toBe('port-already-allocated');
  });

  it('reads `--network host` with -p as no port published: Docker discards it', async () => {
    // Modelled on docker/for-mac#2716 (`docker run -d --name docker-nginx --net=host -p 80:80 nginx`, then curl refused on the Mac);
    // here the lesson's own run with --network host.
    const text =
      '$ docker run -d --name dash-app --network host -p 8050:8050 e4l-python-graph\nWARNING: Published ports are discarded when using host network mode\n4f1c0e0d2b7a';
    expect(await checkWork('run', text)).toMatchObject({ id: 'no-port-published', details: { variant: 'host-network' } });
  });
});

describe('holdout24’s classes: compose-go’s undefined names (2026-12)', () => {
  it('reads a volume, secret or config a service names and the file does not define as the file to fix', async () => {
    // Modelled on basedash/basedash#4 (`service "rabbitmq" refers to undefined volume rabbitmq-data/: invalid compose project`);
    // here the lesson's db and a secret.
    const volume = 'service "db" refers to undefined volume db_data: invalid compose project';
    expect(await checkWork('compose', volume)).toMatchObject({
      id: 'compose-file-invalid',
      details: { variant: 'undefined', name: 'db_data' },
    });
    const secret = '$ docker compose up -d\nservice "web" refers to undefined secret api_key: invalid compose project';
    expect(await checkWork('networks', secret)).toMatchObject({
      id: 'compose-file-invalid',
      details: { variant: 'undefined', name: 'api_key' },
    });
  });

  it('reads an undefined network whose service name the poster masked', async () => {
    // Modelled on docker/compose#11975 (`service "<SERVICE_NAME>" refers to undefined network internal: invalid compose project`).
    const text = 'service "<name>" refers to undefined network backend: invalid compose project';
    expect(await checkWork('networks', text)).toMatchObject({ id: 'compose-undefined-network', details: { network: 'backend' } });
  });
});

describe("holdout21's classes: an excerpt of docker inspect that starts at a member (2026-12)", () => {
  it('reads `"NetworkSettings": {` or `"Ports": {` without its opening bracket as one container’s ports', async () => {
    // Modelled on robertpsoane/ducker#170 (`"NetworkSettings": {` … `"80/tcp": null`, cut off mid-Networks) and
    // containerd/nerdctl#130 (80/tcp on 0.0.0.0 and ::); here other ports, layouts and cuts.
    const exposed = '"NetworkSettings": {\n  "Bridge": "",\n  "Ports": {\n    "5000/tcp": null\n  },\n  "SandboxKey": "/var/run/docker/ne';
    expect(await checkReach('published', exposed)).toMatchObject({ id: 'no-port-published' });
    expect(await checkWork('run', exposed)).toMatchObject({ id: 'no-port-published' });
    const elsewhere =
      'Here is what inspect says:\n\n"Ports" : {\n    "3000/tcp" : [ { "HostIp" : "0.0.0.0", "HostPort" : "49153" } ]\n},\n...';
    expect(await checkReach('published', elsewhere)).toMatchObject({ id: 'ports-swapped', details: { target: 3000 } });
    const requested = '"HostConfig": {\n  "PortBindings": {\n    "8050/tcp": [{ "HostIp": "", "HostPort": "8080" }]\n  },\n';
    expect(await checkReach('published', requested)).toMatchObject({ id: 'ports-swapped', details: { found: '8080->8050/tcp' } });
    // Quoted prose is no member: `"Hello": {` needs Docker's capitalised key, a sentence stays text.
    expect((await checkReach('published', '"it works": {sort of}')).id).not.toBe('ports-swapped');
  });
});

describe("holdout21's classes: a client newer than its engine, and mojibake that is not binary (2026-12)", () => {
  it('answers "client version … is too new" as client-too-old, variant server, with both API versions', async () => {
    // Modelled on alpinelinux/docker-alpine#85 (19.03.9's API 1.40, maximum 1.39) and IceWhaleTech/CasaOS#115 (1.41 / 1.39);
    // here other versions and wrappers (a tool's `ERROR`, Go's `Error: Error response from daemon:`).
    for (const [line, client, server] of [
      ['ERROR  Error response from daemon: client version 1.43 is too new. Maximum supported API version is 1.41', '1.43', '1.41'],
      ['Error: Error response from daemon: client version 1.52 is too new. Maximum supported API version is 1.47', '1.52', '1.47'],
    ])
      expect(await checkWork('install', line!)).toMatchObject({ id: 'client-too-old', details: { variant: 'server', client, server } });
    expect(
      message('install', await checkWork('install', 'client version 1.44 is too new. Maximum supported API version is 1.40')),
    ).toMatchObject({
      title: 'Your Docker engine is older than its client',
    });
  });

  it('reads text whose quotes lost their encoding (U+FFFD) instead of calling it binary', async () => {
    // Modelled on dchqinc/dchq-on-premise-issue-tracker#12 (jenkins' `touch: cannot touch ���/var/…���: Permission denied`);
    // here docker ps with its name in mangled quotes.
    const ps =
      'Container \ufffd\ufffd\ufffddash-app\ufffd\ufffd\ufffd:\nCONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS                    NAMES\n' +
      '3f2a1b9c8d7e   e4l-python-graph   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app\n';
    expect((await checkReach('running', ps)).details.variant).not.toBe('binary');
    expect(await checkReach('running', ps)).toMatchObject({ kind: 'ok' });
  });
});

describe("holdout21's classes: structured logs, a start-up line with its URL, a retyped State, an error printed again and again (2026-12)", () => {
  it('reads a JSON log line’s message (winston’s `message`, pino’s and zap’s `msg`) as the log line', async () => {
    // Modelled on KiraLT/torrent-stream-server#8 (`{"message":"Starting app on http://127.0.0.1:3000","level":"info"}` under
    // `docker run -p 3000:3000`); here pino's and zap's shapes and other ports.
    const pino = '{"level":30,"time":1700000000000,"pid":1,"msg":"Server listening at http://127.0.0.1:8050"}\n';
    expect(await checkReach('listening', pino)).toMatchObject({ id: 'app-listens-on-loopback' });
    const zap = '{"level":"info","ts":1700000000.1,"msg":"Starting server on http://0.0.0.0:9000"}\n';
    expect(await checkReach('listening', zap)).toMatchObject({ id: 'ports-swapped', details: { variant: 'app-port', appPort: 9000 } });
    // A docker ps --format json line is no log line.
    const ps =
      '{"Names":"dash-app","Image":"e4l-python-graph","State":"running","Status":"Up 2 minutes","Ports":"0.0.0.0:8050->8050/tcp"}\n';
    expect(await checkReach('running', ps)).toMatchObject({ kind: 'ok' });
  });

  it('reads "Starting <app> on <URL>" and "started at <URL>" as where the app listens, with the URL’s scheme only', async () => {
    // Modelled on KiraLT/torrent-stream-server#8 (`Starting app on http://127.0.0.1:3000`); here Node's usual wordings.
    expect(await checkReach('listening', 'Starting web server on http://localhost:8050\n')).toMatchObject({
      id: 'app-listens-on-loopback',
    });
    expect(await checkReach('listening', 'Server started at http://127.0.0.1:4000/\n')).toMatchObject({ id: 'app-listens-on-loopback' });
    // A sentence without a URL says nothing of an address.
    expect((await checkReach('listening', 'Starting app on my laptop, port 8050\n')).id).not.toBe('app-listens-on-loopback');
  });

  it('reads a State retyped with bare keys (`State:{ … Status:"exited" }`) as a stopped container', async () => {
    // Modelled on coderaiser/cloudcmd#440 (`State:{ Dead:false, … ExitCode:137, … Status:"exited" }` in backticks); here
    // another exit code and layout.
    const state = 'My container stops:\n\n`State: {\n  Status: "exited",\n  Running: false,\n  ExitCode: 1,\n  OOMKilled: false\n}`\n';
    expect(await checkReach('running', state)).toMatchObject({ id: 'container-exited', details: { exitCode: 1 } });
    // A capitalised label with a brace that is no object stays text.
    expect((await checkReach('running', 'Note: {see below}\nNothing else.\n')).id).toBe('unreadable');
  });

  it('reads a coreutils error on a file printed again and again as a container that keeps failing', async () => {
    // Modelled on dchqinc/dchq-on-premise-issue-tracker#12 (jenkins' `touch: cannot touch '/var/jenkins_home/…': Permission
    // denied`, many times); here mkdir and chown on other volumes.
    const mkdir = "mkdir: cannot create directory '/data/db': Permission denied\n".repeat(4);
    expect(await checkReach('running', mkdir)).toMatchObject({ id: 'container-exited', details: { variant: 'crash' } });
    const chown = "chown: changing ownership of '/var/lib/postgresql/data': Operation not permitted\n".repeat(3);
    expect(await checkReach('listening', chown)).toMatchObject({ id: 'container-exited' });
    // Once is no loop: the entrypoint may go on.
    expect((await checkReach('running', mkdir.split('\n')[0]!)).id).not.toBe('container-exited');
  });
});

describe("holdout25's classes (2026-12)", () => {
  it('reads a web page’s table cells after every line (` | |`) as the lines themselves', async () => {
    // Modelled on gists jbergstroem/36fcd967… (docker version) and ngsmrk/4dbcca01… (sudo docker ps) as rendered with ` | |`;
    // here other versions, names and ports.
    const ps =
      '$ docker ps | |\nCONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES | |\n' +
      '0f1e2d3c4b5a e4l-python-graph "python app.py" 2 minutes ago Up 2 minutes 0.0.0.0:8050->8050/tcp dash-app |';
    expect(await checkWork('run', ps)).toMatchObject({ kind: 'ok' });
    const version =
      'docker version | |\nClient: | |\nVersion: 20.10.7 | |\nAPI version: 1.41 | |\nServer: | |\nEngine: | |\n' +
      'Version: 20.10.7 | |\nAPI version: 1.41 (minimum version 1.12) | |\nOS/Arch: linux/amd64 |';
    expect(await checkWork('install', version)).toMatchObject({ kind: 'ok' });
    // Compose's log prefix ends an empty log line with `|`: one such line among others is no table.
    const logs = 'web-1  | Dash is running on http://0.0.0.0:8050/\nweb-1  |\nweb-1  |  * Serving Flask app "app"';
    expect((await checkWork('compose', logs)).id).not.toBe('unreadable');
  });

  it('reads docker version whose indentation a paste site removed', async () => {
    // Modelled on pastebin 9QN0CXHv (19.03.15 on linux/arm) and q866LHRc (17.09.0-ce on macOS); here 24.0 on Windows, and a
    // client whose server did not answer.
    const flat =
      'Client:\nCloud integration: v1.0.35\nVersion: 24.0.6\nAPI version: 1.43\nOS/Arch: windows/amd64\n\n' +
      'Server: Docker Desktop 4.25.0 (126437)\nEngine:\nVersion: 24.0.6\nAPI version: 1.43 (minimum version 1.12)\nOS/Arch: linux/amd64';
    expect(await checkWork('install', flat)).toMatchObject({ kind: 'ok' });
    const down =
      'Client:\nVersion: 24.0.6\nAPI version: 1.43\nOS/Arch: linux/amd64\n' +
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
    expect(await checkWork('install', down)).toMatchObject({ id: 'daemon-not-running' });
  });

  it('takes the proxy under any name whose own log holds nginx’s failed lookup as stopped by it', async () => {
    // Modelled on keymetrics/on-premise#26 (`nginx_1 | … host not found in upstream "realtime"`, then `on-premise_nginx_1
    // exited with code 1`); here Compose v2's names and another upstream.
    const v2 =
      'shop-gateway-1  | nginx: [emerg] host not found in upstream "api:8000" in /etc/nginx/conf.d/default.conf:3\n' +
      'shop-gateway-1 exited with code 1';
    expect(await checkWork('networks', v2)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'api' } });
    // At lesson 6 a service stopped.
    expect(await checkWork('compose', v2)).toMatchObject({ id: 'compose-service-not-running' });
    // The upstream's own service that stopped too is the cause.
    const both = 'shop-api-1 exited with code 3\n' + v2;
    expect(await checkWork('networks', both)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'api' } });
  });

  it('answers the error Compose v1 printed before crashing on it, not the crash', async () => {
    // Modelled on gist PDegenPortnoy/3fc63e43… (`ERROR: for rng  No such network: dockercoins_default`, then a traceback through
    // compose/cli/main.py); here the lesson's network and v1's PyInstaller ending.
    const text =
      '$ docker-compose up -d\nERROR: for web  No such network: dash-app_backend\nTraceback (most recent call last):\n' +
      '  File "bin/docker-compose", line 6, in <module>\n  File "compose/cli/main.py", line 72, in main\n' +
      "AttributeError: 'ProjectError' object has no attribute 'msg'\n[1234] Failed to execute script docker-compose";
    expect(await checkWork('networks', text)).toMatchObject({ id: 'network-not-found', details: { network: 'dash-app_backend' } });
    // The traceback alone is still v1's crash.
    const alone = text.replace(/^ERROR: .*\n/m, '');
    expect(await checkWork('compose', alone)).toMatchObject({ id: 'compose-too-old' });
  });

  it('reads a driver Docker has no plugin for as the compose file to fix', async () => {
    // Modelled on felipewind/poc-mosquitto-quarkus-angular#1 (`failed to create network mosquitto_poc-mqtt-net: Error response
    // from daemon: plugin "bridg" not found`); here the lesson's network and a volume's driver.
    const network =
      ' ✘ Network dash-app_backend  Error  0.1s\nfailed to create network dash-app_backend: Error response from daemon: plugin "brige" not found';
    expect(await checkWork('networks', network)).toMatchObject({
      id: 'compose-file-invalid',
      details: { variant: 'driver', name: 'brige' },
    });
    const volume = 'Error response from daemon: create dash-app_db-data: error looking up volume plugin locl: plugin "locl" not found';
    expect(await checkWork('compose', volume)).toMatchObject({ id: 'compose-file-invalid', details: { variant: 'driver', name: 'locl' } });
  });

  it('answers the one container restarting now before others that stopped long ago, each listed once', async () => {
    // Modelled on pastebin 713U3biU (madhack-web `Restarting (1)` in three docker ps -a beside crypto-investor `Exited (111) 10
    // months ago`); here other names, images and codes.
    const cols = (...c: string[]) => c.map((x, i) => (i < 6 ? x.padEnd(i === 4 ? 32 : 18) : x)).join('') + '\n';
    const row = (state: string) =>
      cols('CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES') +
      cols('a1b2c3d4e5f6', 'shop_api', '"node server.js"', '2 minutes ago', state, '', 'shop-api') +
      cols('0a9b8c7d6e5f', 'redis:6', '"redis-server"', '3 weeks ago', 'Exited (0) 3 weeks ago', '', 'old-cache');
    const text = `$ docker ps -a\n${row('Restarting (137) 5 seconds ago')}$ docker ps -a\n${row('Restarting (137) 9 seconds ago')}`;
    expect(await checkReach('running', text)).toMatchObject({
      id: 'container-exited',
      details: { variant: 'restarting', name: 'shop-api' },
    });
    expect(await checkWork('compose', 'api-1 exited with code 2\n' + text)).toMatchObject({
      id: 'compose-service-not-running',
      details: { variant: 'restarting' },
    });
  });

  it('reads a run line with a command of its own and -p as what it publishes', async () => {
    // Modelled on MarcSkovMadsen/awesome-streamlit#15 (`docker run -ti -p 80:80 --entrypoint "streamlit" image run app.py`);
    // here another port and command.
    const text = 'docker run --rm -p 8501:8501 myapp streamlit run app.py --server.port 8501\nStarting server...';
    expect(await checkWork('run', text)).toMatchObject({ id: 'ports-swapped', details: { target: 8501 } });
    // Without -p the command is a one-off, not the lesson's server: not read as a run that publishes nothing.
    expect((await checkWork('run', 'docker run --rm myapp ls /app\napp.py')).id).not.toBe('no-port-published');
  });
});

describe('lesson 5’s panel: the app’s log alone, which the panel lists among what it reads (2026-12)', () => {
  it('answers part shown, never “does not show what this check needs”', async () => {
    // The issue's rule: that sentence is never said of an output the panel lists as accepted (docker logs dash-app is).
    const boot = "o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat started on port 8050 (http) with context path '/'";
    expect(await checkWork('run', `$ docker logs dash-app\n${boot}`)).toMatchObject({
      kind: 'partial',
      id: 'shows-part',
      details: { variant: 'started' },
    });
    // Another port is still the wrong port.
    expect((await checkWork('run', boot.replace('8050', '8080'))).id).toBe('ports-swapped');
  });
});

describe('lesson 3’s panel: an image that cannot be got, beside a Server part that answered', () => {
  const server = dockerVersion27;

  it('answers the failed pull of the run the lesson asks for, not ok (CONVENTIONS.md §2.1)', async () => {
    // The class of docker/for-win#2535 (`docker run hello-word`: `pull access denied for hello-word, repository does not exist or
    // may require 'docker login'`): the daemon answered, and hello-world did not run. Here beside the Server part, another typo.
    const denied =
      "$ docker run helo-world\nUnable to find image 'helo-world:latest' locally\ndocker: Error response from daemon: pull access denied for helo-world, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.";
    const answer = await checkWork('install', `${server}\n${denied}`);
    expect(answer).toMatchObject({ kind: 'problem', id: 'image-not-found' });
    // In lesson 3's words: the name, and the lesson's test image; not lesson 5's "build it first".
    expect(message('install', answer).title).toBe('Docker could not get the image helo-world');
    expect(message('install', answer).commands).toEqual(['docker run hello-world']);
    const tag =
      '$ docker pull hello-world:lastest\nError response from daemon: manifest for hello-world:lastest not found: manifest unknown: manifest unknown';
    expect(await checkWork('install', `${server}\n${tag}`)).toMatchObject({ kind: 'problem', id: 'image-not-found' });
  });

  it('still answers ok when an image was only looked up by a wrong name (moby/moby#18424)', async () => {
    expect(
      await checkWork('install', `${server}\n$ docker rmi 4f2a\nError response from daemon: No such image: 4f2a:latest`),
    ).toMatchObject({
      kind: 'ok',
    });
  });
});

describe('an error message a console wrapped at its width, beside a Server part', () => {
  it('is read as one line: no ok from the Server part while the error stands (corpus/habits.ts lossyHabits)', async () => {
    // The class of ir-dapper45 (client too old) and docker/for-win#1432 (a registry timeout) copied from Windows' conhost at 80
    // columns: the message cut in the middle of a word. Here the API error of a newer client.
    const message = 'Error response from daemon: client version 1.47 is too new. Maximum supported API version is 1.43';
    const wrapped = message.match(/.{1,70}/g)!.join('\n');
    const server =
      'Server: Docker Engine - Community\n Engine:\n  Version:          24.0.7\n  API version:      1.43 (minimum version 1.12)';
    expect((await checkWork('install', `${server}\n$ docker run hello-world\n${wrapped}`)).kind).not.toBe('ok');
  });
});
