/*
 * cw41: the classes holdout37 and holdout38 missed, each tested on variations (another program, name, port, layout or version)
 * rather than the paste; the real pastes are in ../corpus/ (h37-*, h38-*; each test names its source), and the README's
 * "holdout37 and holdout38's classes (cw41)" lists them.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const listening = (text: string) => check('reach:listening', text);

describe('cw41: a server`s structured start line, logfmt or JSON (step-reach.ts structuredStart)', () => {
  // Real pastes: jlight99/docker-jig#4 and ksator/junos_monitoring_with_a_TIG_stack#5 (Grafana's `msg="HTTP Server Listen"
  // logger=http.server address=0.0.0.0:3000`).
  it('Grafana 10`s logfmt on [::] at another port, and at 8050', async () => {
    const line = (port: number) =>
      `logger=http.server t=2024-05-01T10:00:00.000Z level=info msg="HTTP Server Listen" address=[::]:${port} protocol=http subUrl= socket=`;
    expect(await listening(line(3000))).toMatchObject({ id: 'ports-swapped', details: { appPort: 3000 } });
    expect(await listening(line(8050))).toMatchObject({ kind: 'ok', id: 'app-listens-on-all' });
  });
  it('Grafana`s JSON handler, Prometheus`s logfmt, Go slog`s text and JSON with Go`s ":port"', async () => {
    expect(
      await listening('{"address":"[::]:3001","level":"info","logger":"http.server","msg":"HTTP Server Listen","protocol":"http"}'),
    ).toMatchObject({ id: 'ports-swapped', details: { appPort: 3001 } });
    expect(
      await listening(
        'ts=2024-05-01T10:00:00.000Z caller=web.go:570 level=info component=web msg="Start listening for connections" address=0.0.0.0:9090',
      ),
    ).toMatchObject({ id: 'ports-swapped', details: { appPort: 9090 } });
    expect(await listening('time=2024-05-01T10:00:00.000Z level=INFO msg="starting server" addr=:8050')).toMatchObject({ kind: 'ok' });
    expect(await listening('{"time":"2024-05-01T10:00:00Z","level":"INFO","msg":"listening","addr":"127.0.0.1:8050"}')).toMatchObject({
      id: 'app-listens-on-loopback',
    });
  });
  it('not a client`s or a database`s address, nor a message about something else', async () => {
    expect((await listening('level=info msg="connecting to database" address=db:5432')).kind).not.toBe('problem');
    expect((await listening('level=info msg="request served" remote_addr=172.17.0.1:50412 status=200')).kind).not.toBe('ok');
  });
  it('the app`s log under the host`s netstat in one block is read on (ksator/junos_monitoring_with_a_TIG_stack#5)', async () => {
    const text = [
      'admin$ sudo netstat -plnt',
      'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
      'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      812/sshd',
      'tcp6       0      0 :::8081                 :::*                    LISTEN      1203/docker-proxy',
      '',
      'level=info ts=2024-05-01T10:00:00Z msg="Listening" address=:9093',
    ].join('\n');
    expect(await listening(text)).toMatchObject({ id: 'ports-swapped', details: { appPort: 9093 } });
  });
});

describe('cw41: a netstat in a container after a shell opened behind the learner`s own prompt (step-reach.ts sockets)', () => {
  // Real paste: pastebin dDqUjNP7 (`19:44:32 homebox:~ λ docker exec -ti folexamamka bash`, then nginx on 0.0.0.0:80).
  it('a fish-like prompt, then ss inside on every address at another port', async () => {
    const text = [
      'me@box ~> docker exec -it shop sh',
      '/app # ss -ltnp',
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process',
      'LISTEN 0      511          0.0.0.0:3000      0.0.0.0:*     users:(("node",pid=7,fd=18))',
    ].join('\n');
    expect(await listening(text)).toMatchObject({ id: 'ports-swapped', details: { appPort: 3000 } });
  });
});

describe('cw41: an entrypoint that stopped on a file it may not write (step-reach.ts fileStop)', () => {
  // Real paste: masknetgoal634/near-prometheus-exporter#4 (Grafana's `GF_PATHS_DATA='/var/lib/grafana' is not writable.`, then
  // BusyBox's `mkdir: can't create directory '/var/lib/grafana/plugins': Permission denied`).
  it('Grafana`s words with coreutils` mkdir (its Debian image), Jenkins` touch and its "Wrong volume permissions?"', async () => {
    const grafana = [
      '$ docker logs monitoring-grafana-1',
      "GF_PATHS_DATA='/var/lib/grafana' is not writable.",
      'You may have issues with file permissions, more information here:',
      "mkdir: cannot create directory '/var/lib/grafana/plugins': Permission denied",
    ].join('\n');
    expect(await listening(grafana)).toMatchObject({ id: 'container-exited', details: { variant: 'crash' } });
    const jenkins = [
      "touch: cannot touch '/var/jenkins_home/copy_reference_file.log': Permission denied",
      'Can not write to /var/jenkins_home/copy_reference_file.log. Wrong volume permissions?',
    ].join('\n');
    expect(await check('reach:running', jenkins)).toMatchObject({ id: 'container-exited' });
  });
  it('the error once, without the image`s words, is not a stop (the entrypoint may go on)', async () => {
    expect((await listening("$ docker logs cache\nchown: changing ownership of '/data': Operation not permitted")).id).not.toBe(
      'container-exited',
    );
  });
  it('not when the app says where it listens afterwards, nor a listing`s running container', async () => {
    const after = [
      "GF_PATHS_DATA='/data' is not writable.",
      "mkdir: cannot create directory '/cache': Permission denied",
      ' * Running on http://0.0.0.0:8050/',
    ].join('\n');
    expect((await listening(after)).id).not.toBe('container-exited');
  });
});

describe('cw41: docker version`s Client part without its header (parse-version.ts)', () => {
  // Real paste: ijmarshall/robotreviewer#42 ("Docker Ver:", then the client's fields of 20.10.2).
  it('24.0`s client fields under a label of the learner`s', async () => {
    const text = [
      'my docker:',
      ' Version:           24.0.7',
      ' API version:       1.43',
      ' Go version:        go1.20.10',
      ' Git commit:        afdd53b',
      ' Built:             Thu Oct 26 09:07:41 2023',
      ' OS/Arch:           linux/amd64',
      ' Context:           default',
    ].join('\n');
    expect(await check('install', text)).toMatchObject({ kind: 'partial', details: { variant: 'client-only' } });
  });
  it('a Server part`s fields (its API with a minimum) are not a client', async () => {
    const text = [' Version:          24.0.7', ' API version:      1.43 (minimum version 1.12)', ' Go version:       go1.20.10'].join('\n');
    expect((await check('install', text)).details.variant).not.toBe('client-only');
  });
});

describe('cw41: the bridge driver`s "networks have overlapping IPv4" (compose-errors.ts)', () => {
  // Real paste: Shadowghost/mailcow-mailman3-dockerized#3 (v1's `cannot create network <hash>: conflicts with network <hash>: …`).
  it('v2 with the networks` IDs and bridges, and IPv6', async () => {
    const v2 =
      'Error response from daemon: cannot create network 59311db0203b (br-59311db0203b): conflicts with network b7f26df0e17e (br-b7f26df0e17e): networks have overlapping IPv4';
    expect(await check('networks', ` ✘ Network dash-app_backend  Error\n${v2}`)).toMatchObject({
      id: 'network-address-pool',
      details: { variant: 'overlap' },
    });
    expect(
      await check(
        'compose',
        'ERROR: cannot create network 1a2b (br-1a2b): conflicts with network 3c4d (br-3c4d): networks have overlapping IPv6',
      ),
    ).toMatchObject({ id: 'network-address-pool' });
  });
});

describe('cw41: `docker ps --format` with a template of the learner`s (step-reach.ts formatted)', () => {
  // Real paste: devops-heros course notes (`docker ps --format "{{.Names}} PORTS='{{.Ports}}'"`).
  it('docker docs` table of names, status and ports: one other publisher', async () => {
    const text = [
      '$ docker ps --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"',
      'NAMES     STATUS         PORTS',
      'shop      Up 3 minutes   0.0.0.0:8080->80/tcp',
    ].join('\n');
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped' });
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-not-found' });
  });
  it('words of its own between the fields, several containers publishing nothing; port-free', async () => {
    const text = ['$ docker ps --format "name={{.Names}} ports=[{{.Ports}}]"', 'name=cache ports=[6379/tcp]', 'name=worker ports=[]'].join(
      '\n',
    );
    expect(await check('reach:published', text)).toMatchObject({ id: 'container-not-found' });
    expect(await check('reach:port-free', text)).toMatchObject({ kind: 'ok' });
    const taken = ['$ docker ps --format "{{.Names}}: {{.Ports}}"', 'shop: 0.0.0.0:8050->80/tcp'].join('\n');
    expect(await check('reach:port-free', taken)).toMatchObject({ id: 'port-already-allocated' });
  });
});

describe('cw41: a network template`s output under its commands (step-compose.ts networkTemplate)', () => {
  // Real paste: devops-heros course notes (`docker network inspect frontend-net -f '{{range .Containers}}…'`).
  it('a hand-made network by --format, and another project`s by its name', async () => {
    const text = ['$ docker network inspect shopnet --format "{{len .Containers}}"', '2'].join('\n');
    expect(await check('networks', text)).toMatchObject({ id: 'network-wrong-project', details: { network: 'shopnet' } });
    const other = ["$ docker network inspect -f '{{range .Containers}}{{.Name}} {{end}}' blog_default", 'blog-web-1 blog-db-1'].join('\n');
    expect(await check('networks', other)).toMatchObject({ id: 'compose-project-name' });
  });
  it('the lesson`s own networks by a template are never an ok', async () => {
    const text = [
      "$ docker network inspect dash-app_frontend -f '{{range .Containers}}{{.Name}} {{end}}'",
      'dash-app-proxy-1 dash-app-web-1',
    ];
    expect((await check('networks', text.join('\n'))).kind).not.toBe('ok');
  });
});

describe('cw41: a network inspect with the poster`s elisions as comments (read.ts withJson, schemas.ts networkElided)', () => {
  // Real paste: gist ukchukx/3cb94f9c (`# Sample output`, `# ...` lines, the Driver elided).
  it('a hand-made network, its members elided in part', async () => {
    const text = [
      '$ docker network inspect shopnet',
      '# output (trimmed)',
      '[',
      '  {',
      '    "Name": "shopnet",',
      '    "Id": "' + 'ab'.repeat(32) + '",',
      '    # ...',
      '    "Containers": {',
      '      # ... "' + 'cd'.repeat(32) + '": {',
      '        "Name": "shop",',
      '        "IPv4Address": "172.20.0.2/16",',
      '      },',
      '    },',
      '  }',
      ']',
    ].join('\n');
    expect(await check('networks', text)).toMatchObject({ id: 'network-wrong-project', details: { network: 'shopnet' } });
  });
});

describe('cw41: run lines told after a label or with their prompt, and the one that started its container (command-line.ts, step-run.ts)', () => {
  // Real pastes: docker/for-mac#645 (`Run command: **$ sudo docker run -d nginx /usr/sbin/nginx -g "daemon off;"**`, curl at
  // 172.17.0.2:8080 timing out), yandexdataschool/Practical_RL#71 and hemberg-lab/scRNA.seq.course#188 (a later run's log).
  it('a run with a command of its own, no -p, then a client at the container`s address', async () => {
    const text = [
      'Step 2: $ docker run -d httpd:2.4 httpd-foreground',
      'curl http://172.17.0.3:80',
      'curl: (7) Failed to connect to 172.17.0.3 port 80 after 75002 ms: Connection timed out',
    ].join('\n');
    expect(await check('run', text)).toMatchObject({ id: 'no-port-published' });
  });
  it('a run in backticks behind its prompt', async () => {
    expect(await check('run', 'Then I started it with `$ sudo docker run --name shop -p 8080:80 shop:1` and nothing')).toMatchObject({
      id: 'ports-swapped',
    });
  });
  it('the last run`s own log stands over the tries before it', async () => {
    const text = [
      '$ docker run -p 3000:3000 --name shop shop:1',
      'docker: Error response from daemon: Conflict. The container name "/shop" is already in use by container "0123456789ab".',
      '$ docker run shop:1',
      '> shop@1.0.0 start',
      '> node server.js',
      'Server ready, waiting for requests',
    ].join('\n');
    expect(await check('run', text)).toMatchObject({ id: 'no-port-published' });
  });
});

describe('cw41: a docker ps table wrapped at the terminal, its trailing spaces lost (normalize.ts unwrapTables)', () => {
  // Real paste: km1729/python's README (`… STATUS`, `PORTS   NAMES`, each row in two lines).
  it('one other publisher read with its ports', async () => {
    const text = [
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS',
      'PORTS                                   NAMES',
      '1a2b3c4d5e6f   shop:1    "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes',
      '0.0.0.0:3000->3000/tcp, :::3000->3000/tcp   shop',
    ].join('\n');
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped' });
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-not-found' });
  });
});
