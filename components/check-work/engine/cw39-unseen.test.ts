/*
 * cw39: the classes holdout34 missed, each tested on variations (another program, name, port, layout or version) rather than the
 * paste; the real pastes are in ../corpus/ (h34-*; each test names its source), and the README's "holdout34's classes (cw39)"
 * lists them.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw39: `docker run -P`, then where its ports went, at run (diagnose-run.ts)', () => {
  // Real paste: a Chinese translation of a Docker book, stored file 13313645159 (`docker container run --name web -P -d nginx:alpine`,
  // `docker container port web` → `80/tcp -> 0.0.0.0:32768`).
  it('answers by where the random ports lead: docker port NAME, with its IPv6 line', async () => {
    const text = [
      '$ docker run -d -P --name shop httpd:2.4',
      'c0ffee1234567890c0ffee1234567890c0ffee1234567890c0ffee1234567890',
      '$ docker port shop',
      '80/tcp -> 0.0.0.0:49153',
      '80/tcp -> [::]:49153',
    ].join('\n');
    expect(await check('run', text)).toMatchObject({ kind: 'problem', id: 'ports-swapped' });
  });
  it('two exposed ports, `docker container port` of the line`s container, on a Mac`s zsh prompt', async () => {
    const text = [
      '% docker container run -P -d --name api myorg/api:2',
      '% docker container port api',
      '443/tcp -> 0.0.0.0:55001',
      '80/tcp -> 0.0.0.0:55002',
    ].join('\n');
    expect(await check('run', text)).toMatchObject({ kind: 'problem', id: 'ports-swapped' });
  });
  it('the -P line alone still shows only the command; another container`s ports are not its', async () => {
    expect(await check('run', '$ docker run -d -P --name shop httpd:2.4')).toMatchObject({ kind: 'partial' });
    const other = ['$ docker run -d -P --name shop httpd:2.4', '$ docker port cache', '6379/tcp -> 0.0.0.0:32770'].join('\n');
    expect((await check('run', other)).kind).not.toBe('ok');
  });
});

describe('cw39: a network template that printed nothing, every quoting (step-compose.ts noNetwork)', () => {
  // Real paste: parsa-epfl/cloudsuite#55 (`{{ .NetworkSettings.Networks.wsnet.IPAddress }}` in one block, `<no value>` under a
  // `result:` label in the next).
  it('reads the output under a label, in a block of its own', async () => {
    const text = [
      'I ran:',
      '```',
      'docker container inspect -f "{{.NetworkSettings.Networks.backend.IPAddress}}" shop_api_1',
      '```',
      'Output:',
      '```',
      '<no value>',
      '```',
    ].join('\n');
    expect(await check('networks', text)).toMatchObject({ id: 'network-not-found', details: { network: 'backend' } });
  });
  it('reads `index .NetworkSettings.Networks "x"` and a json template`s null', async () => {
    const index = `$ docker inspect --format='{{index .NetworkSettings.Networks "dash-app_frontend"}}' proxy\n<no value>`;
    expect(await check('networks', index)).toMatchObject({ id: 'network-not-found', details: { network: 'dash-app_frontend' } });
    const json = `$ docker inspect -f '{{json .NetworkSettings.Networks.frontend}}' web\nnull`;
    expect(await check('networks', json)).toMatchObject({ id: 'network-not-found', details: { network: 'frontend' } });
  });
  it('does not read `null` from a template without json', async () => {
    const text = `$ docker inspect -f '{{.NetworkSettings.Networks.frontend.IPAddress}}' web\nnull`;
    expect((await check('networks', text)).id).not.toBe('network-not-found');
  });
});

describe('cw39: a start line retold in a sentence (parse-logs.ts toldStart)', () => {
  // Real paste: prakhar1989/docker-curriculum#45 ("although I get the message that the site is running on http://0.0.0.0:5000/").
  it('reads its port: another port is the answer, whatever the browser said', async () => {
    const text =
      'After `docker run -p 8050:8050 me/shop` the log says the server is running at http://[::]:3000 but the browser says localhost refused to connect.';
    expect(await check('reach:listening', text)).toMatchObject({ id: 'ports-swapped', details: { appPort: 3000 } });
    const flask = 'I get the message that Flask is running on http://0.0.0.0:8000 and nothing answers at localhost:8050';
    expect(await check('reach:listening', flask)).toMatchObject({ id: 'ports-swapped', details: { appPort: 8000 } });
  });
  it('never makes an ok, at 8050 either; a learner`s own address names no message', async () => {
    const at8050 = 'I get the message that the site is running on http://0.0.0.0:8050/ but I cannot open it.';
    expect((await check('reach:listening', at8050)).kind).not.toBe('ok');
    const mine = 'My app is running on http://0.0.0.0:5000 I think.';
    expect((await check('reach:listening', mine)).id).not.toBe('ports-swapped');
  });
});

describe('cw39: nginx`s upstream without a host (compose-errors.ts nginxMissing)', () => {
  // Real paste: dylanlindgren/docker-laravel-nginx#5 (`nginx: [emerg] no host in upstream ":9000"`, docker logs of a plain run).
  it('is the upstream`s host missing at networks, Compose v2 and v1 prefixes', async () => {
    const v2 = [
      'proxy-1  | 2024/05/01 10:00:00 [emerg] 1#1: no host in upstream ":8050" in /etc/nginx/conf.d/default.conf:3',
      'proxy-1  | nginx: [emerg] no host in upstream ":8050" in /etc/nginx/conf.d/default.conf:3',
      'proxy-1 exited with code 1',
    ].join('\n');
    expect(await check('networks', v2)).toMatchObject({ id: 'upstream-host-not-found' });
    const v1 = 'shop_nginx_1  | nginx: [emerg] no host in upstream ":3000" in /etc/nginx/nginx.conf:22\nshop_nginx_1 exited with code 1';
    expect(await check('networks', v1)).toMatchObject({ id: 'upstream-host-not-found' });
  });
  it('a placeholder left for the name (`--name {myBuildName}`, `<name>`) names no container', async () => {
    for (const name of ['{myBuildName}', '<container-name>']) {
      const d = await check('run', `$ docker run -d -p 80 --name ${name} laravel-nginx`);
      expect(d.details.name).not.toBe(name);
    }
  });
  it('its container still answers the reach path by its crash', async () => {
    const text = '$ docker logs front\nnginx: [emerg] no host in upstream ":8080" in /etc/nginx/nginx.conf:31';
    expect(await check('reach:listening', text)).toMatchObject({ id: 'container-exited' });
  });
});

describe('cw39: v1 ps collapsed to single spaces, a restart loop on its own lookup (step-compose.ts v1Rows, diagnose-compose.ts)', () => {
  // Real paste: Kovah/LinkAce#164 (`linkace_nginx_1 /opt/bitnami/scripts/nginx ... Restarting`, then `docker logs linkace_nginx_1`).
  const rows = [
    'shop_api_1 gunicorn -b 0.0.0.0:8000 ... Up 8000/tcp',
    'shop_cache_1 docker-entrypoint.sh redis ... Up 6379/tcp',
    'shop_proxy_1 /docker-entrypoint.sh ngin ... Restarting',
  ];
  const logs = [
    'docker logs shop_proxy_1',
    '2024/05/01 10:00:00 [emerg] 1#1: host not found in upstream "app:8000" in /etc/nginx/conf.d/default.conf:7',
    'nginx: [emerg] host not found in upstream "app:8000" in /etc/nginx/conf.d/default.conf:7',
  ];
  it('is the stopped service at compose, the failed lookup at networks', async () => {
    const text = ['docker-compose ps shows', '', ...rows, '', ...logs].join('\n');
    expect(await check('compose', text)).toMatchObject({
      id: 'compose-service-not-running',
      details: { name: 'proxy', state: 'restarting' },
    });
    expect(await check('networks', text)).toMatchObject({ id: 'upstream-host-not-found', details: { upstream: 'app' } });
  });
  it('reads the collapsed rows with their ports; a bare Restarting with nothing failing stays another project`s', async () => {
    const text = ['$ docker-compose ps', ...rows].join('\n');
    expect(await check('compose', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });
});

describe('cw39: Compose`s own listing is sorted by name (diagnose-container.ts onlyStopped)', () => {
  // Real paste: ndlrx/hakase-labs#2 (v1 ps: lempcompose_nginx_1 `Exit 1` between mysql and php-fpm, both Up).
  it('one service that exited with an error answers at reach:running, v1 and v2 layouts', async () => {
    const v1 = [
      '$ docker-compose ps',
      '     Name                   Command               State           Ports',
      '---------------------------------------------------------------------------------',
      'blog_db_1       docker-entrypoint.sh postgres   Up      5432/tcp',
      'blog_web_1      python app.py                   Exit 2',
      'blog_worker_1   celery -A app worker            Up',
    ].join('\n');
    expect(await check('reach:running', v1)).toMatchObject({ id: 'container-exited', details: { exitCode: 2 } });
  });
  it('docker ps keeps the newest-first rule: one exited below a running container is not the answer', async () => {
    const ps = [
      '$ docker ps -a',
      'CONTAINER ID   IMAGE      COMMAND                  CREATED          STATUS                      PORTS      NAMES',
      '1a2b3c4d5e6f   postgres   "docker-entrypoint.s…"   2 hours ago      Up 2 hours                  5432/tcp   db',
      '6f5e4d3c2b1a   blog-web   "python app.py"          3 hours ago      Exited (2) 3 hours ago                 web',
    ].join('\n');
    expect(await check('reach:running', ps)).toMatchObject({ id: 'container-not-found' });
  });
});

describe('cw39: `docker port ID` of a listed container is that container (reach.ts)', () => {
  // Real paste: Korean notes, stored file 18224547980 (docker ps's exciting_ganguly 8080->80, then `docker port 809019f71618` twice).
  const ps = [
    '$ docker ps',
    'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                    NAMES',
    '3f2a1b4c5d6e   redis     "docker-entrypoint.s…"   5 minutes ago   Up 5 minutes   0.0.0.0:6380->6379/tcp   cache',
  ];
  it('one publisher, shown by the listing and by its ID, answers by where it leads', async () => {
    const text = [
      ...ps,
      '$ docker port 3f2a1b4c5d6e',
      '6379/tcp -> 0.0.0.0:6380',
      '6379/tcp -> [::]:6380',
      '$ docker port 3f2a1b4c5d6e 6379',
      '0.0.0.0:6380',
    ].join('\n');
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { name: 'cache' } });
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-not-found' });
  });
  it('an ID that publishes another host port is not the listed one: answered by its own mapping', async () => {
    const text = [...ps, '$ docker port 9e8d7c6b5a49', '80/tcp -> 0.0.0.0:8081'].join('\n');
    expect(await check('reach:published', text)).toMatchObject({
      id: 'ports-swapped',
      details: { name: '', found: '0.0.0.0:8081->80/tcp' },
    });
  });
});

describe('cw39: compose-go`s decoding errors (compose-errors.ts)', () => {
  // Real paste: zanfranceschi/rinha-de-backend-2024-q1, participantes/duke-bank (`4 error(s) decoding:`, cpus as float64).
  it('reads mitchellh/mapstructure`s and go-viper/mapstructure`s wordings, naming the key', async () => {
    const old = [
      '2 error(s) decoding:',
      '',
      "* 'services[web].deploy.resources.limits.memory' expected type 'string', got unconvertible type 'int', value: '512'",
      '* cannot parse \'services[worker].deploy.replicas\' as int: strconv.ParseInt: parsing "two": invalid syntax',
    ].join('\n');
    expect(await check('compose', old)).toMatchObject({
      id: 'compose-file-invalid',
      details: { variant: 'type', name: 'services[web].deploy.resources.limits.memory' },
    });
    const viper = [
      '$ docker compose up -d',
      'decoding failed due to the following error(s):',
      '',
      "'services[proxy].ports[0]' expected a map, got 'bool'",
    ].join('\n');
    expect(await check('compose', viper)).toMatchObject({ id: 'compose-file-invalid', details: { variant: 'type' } });
  });
  it('does not read another program`s decoding error', async () => {
    const text = "1 error(s) decoding:\n\n* 'receivers[otlp].protocols' expected a map, got 'string'";
    expect((await check('compose', text)).id).not.toBe('compose-file-invalid');
  });
});

describe('cw39: a refusal, then the project taken down (diagnose-compose.ts stopCause)', () => {
  // Real paste: zanfranceschi/rinha-de-backend-2024-q1, participantes/renan-norba (nginx's `connect() failed (111 …)` and
  // `no live upstreams`, then every service `exited with code 0` after SIGTERM).
  const refused =
    'proxy-1  | 2024/05/01 10:00:05 [error] 21#21: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: , request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost"';
  it('peers that exited 0 after it did not cause it', async () => {
    const text = [
      'Attaching to db-1, proxy-1, web-1',
      refused,
      'web-1    | [2024-05-01 10:04:00 +0000] [1] [INFO] Handling signal: term',
      'proxy-1 exited with code 0',
      'web-1 exited with code 0',
      'db-1 exited with code 0',
    ].join('\n');
    expect(await check('networks', text)).toMatchObject({ id: 'upstream-connection-refused' });
  });
  it('a peer that exited 0 before the proxy failed is its cause', async () => {
    const text = ['Attaching to proxy-1, web-1', 'web-1 exited with code 0', refused, 'proxy-1 exited with code 1'].join('\n');
    expect(await check('networks', text)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'web' } });
  });
});
