/*
 * cw56: holdout47–50's listening family (README "holdout47–50: what a server says about where it listens (cw56)"): a reader of
 * servers' start lines by their shape (listen-lines.ts), a server that could not bind as a crash, and three readers around it.
 * Each test is a variation a learner would paste (other servers, ports, layouts), never the paste itself, which moved to
 * ../corpus/; its comment names the real source. A test marked "guard" holds an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const listening = async (text: string) => {
  const d = await check('reach:listening', text);
  return `${d.kind} ${d.id}`;
};

describe('cw56: any server`s start line by its shape (listen-lines.ts anyStart)', () => {
  // django-extensions' runserver_plus (cookiecutter/cookiecutter-django#1076, `django_1 | Development server is running at
  // http://0.0.0.0:8000/`); Wt's `wthttp: started server: http://0.0.0.0:5082` quoted in a blockquote (epoupon/lms#97); SFTPGo's JSON
  // `server listener registered, address: [::]:8080` (drakkan/sftpgo#331); Gogs' `[ INFO] Listen: http://0.0.0.0:3000` (soulteary's notes).
  it.each([
    ['RabbitMQ`s TCP listener', '2024-05-01 10:00:00.123456+00:00 [info] <0.600.0> started TCP listener on [::]:5672'],
    ['postgres` IPv4 address and port', '2024-05-01 10:00:00.000 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432'],
    [
      'MySQL 8`s X Plugin Bind-address',
      "2024-05-01T10:00:00Z 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060",
    ],
    ['a Go server`s Listen: key with a URL', '2024/05/01 10:00:00 [ INFO] Listen: http://0.0.0.0:4000'],
    ['a config dump`s listen_addr', 'listen_addr = 0.0.0.0:9000'],
    ['a C++ server`s "started server:" in quotes', '> "wthttp: started server: http://0.0.0.0:9090"'],
    [
      'a JSON listener address in a message',
      '{"level":"info","sender":"webdavd","message":"server listener registered, address: [::]:9090"}',
    ],
    [
      'runserver_plus under a v1 prefix at 8001',
      'web_1  | Development server is running at http://0.0.0.0:8001/\nweb_1  | Quit the server with CONTROL-C.',
    ],
    [
      'mongod`s waiting for connections on port',
      '2024-05-01T10:00:00.000+0000 I NETWORK  [initandlisten] waiting for connections on port 27017',
    ],
    ['Traefik`s logfmt "Starting server on :80"', 'time="2024-05-01T10:00:00Z" level=info msg="Starting server on :80"'],
    ['a server bound to every address', 'INFO  Server bound to 0.0.0.0:7000'],
    ['MinIO`s API line of every interface', 'API: http://172.17.0.2:9000  http://127.0.0.1:9000'],
  ])('%s: every address at another port → wrong-container-port', async (_, text) => {
    expect(await listening(text)).toBe('problem ports-swapped');
  });
  it.each([
    ['postgres on loopback', '2024-05-01 10:00:00.000 UTC [1] LOG:  listening on IPv4 address "127.0.0.1", port 5432'],
    ['a yaml bind_address', '  bind_address: 127.0.0.1:5000'],
    ['a JSON listener on loopback', '{"level":"info","sender":"httpd","message":"server listener registered, address: 127.0.0.1:8090"}'],
    ['binding to loopback', '[INFO] binding to 127.0.0.1:7070'],
  ])('%s → app-listens-on-loopback', async (_, text) => {
    expect(await listening(text)).toBe('problem app-listens-on-loopback');
  });
  it('guard: never an ok from a line read by its shape, at 8050 either; a learner`s sentence is not read', async () => {
    expect(await listening('2024/05/01 10:00:00 [ INFO] Listen: http://0.0.0.0:8050')).toBe('partial shows-part');
    expect(await listening("My app is listening on 0.0.0.0:8050 but I can't reach it")).not.toMatch(/^ok/);
    expect(await listening('I see "server listening on 0.0.0.0:8050" in the logs')).not.toMatch(/^ok/);
    expect(await listening('    # proxy the PHP scripts to Apache listening on 127.0.0.1:80')).toBe('unreadable unreadable');
  });
  it('guard: a port said without an address beside an empty reply: the reply answers (holdout41`s forwin10311, holdout34`s gitlabrunner3381)', async () => {
    expect(await listening('`Server started on port 4000` (expected)\nlocalhost didn’t send any data.\nERR_EMPTY_RESPONSE')).toBe(
      'problem app-listens-on-loopback',
    );
    // A setting told in a sentence is not the server's output: the reset answers.
    expect(
      await listening('After adding bind_address = ":9100" to the config I get\ncurl: (56) Recv failure: Connection reset by peer'),
    ).toBe('problem app-listens-on-loopback');
  });
  it('guard: Docker`s own proxy saying listen is its refusal, not the app', async () => {
    const text =
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (abc): Error starting userland proxy: listen tcp4 0.0.0.0:8050: bind: address already in use.';
    expect(await listening(text)).toBe('problem port-already-allocated');
  });
  it('guard: a database`s start line beside the app`s (microservice-rs#9): the app`s named line answers', async () => {
    const text = [
      'db-1      | 2024-07-17 18:40:58.092 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      'api-1     | INFO:     Uvicorn running on http://127.0.0.1:9000 (Press CTRL+C to quit)',
    ].join('\n');
    expect(await listening(text)).toBe('problem app-listens-on-loopback');
  });
});

describe('cw56: the classic notebook`s "(host or 127.0.0.1)" URL without its prefix (listen-lines.ts notebook)', () => {
  // tensorflow/tensorflow#24305: indented under "to login with a token:", then "127.0.0.1 didn’t send any data." through an SSH forward.
  it('every address at 9999, before an empty reply', async () => {
    const text = [
      '    to login with a token:',
      '        http://(abcdef123456 or 127.0.0.1):9999/?token=abc',
      '',
      'curl: (52) Empty reply from server',
    ].join('\n');
    expect(await listening(text)).toBe('problem ports-swapped');
  });
});

describe('cw56: a server that cannot bind its address is a crash (listen-lines.ts bindFailure)', () => {
  // LibrePhotos/librephotos-docker#16: gunicorn's `Invalid address: ('backend', 8001)` and `Retrying in 1 second.`
  it.each([
    [
      'gunicorn`s Invalid address for a service name',
      "[2024-05-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0\n[2024-05-01 10:00:00 +0000] [1] [ERROR] Invalid address: ('web', 8050)\n[2024-05-01 10:00:00 +0000] [1] [ERROR] Retrying in 1 second.",
    ],
    [
      'gunicorn`s Can`t connect to an address not its own',
      "[2024-05-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 20.0.4\n[2024-05-01 10:00:05 +0000] [1] [ERROR] Can't connect to ('10.0.0.5', 8000)",
    ],
    [
      'uvicorn`s errno 99',
      "INFO:     Started server process [1]\nERROR:    [Errno 99] error while attempting to bind on address ('10.1.2.3', 8000): cannot assign requested address",
    ],
    [
      'Node`s EADDRNOTAVAIL',
      'Error: listen EADDRNOTAVAIL: address not available 192.168.1.50:3000\n    at Server.setupListenHandle [as _listen2] (node:net:1817:21)',
    ],
    [
      'Go`s bind: cannot assign requested address',
      '2024/05/01 10:00:00 listen tcp 192.168.1.50:8080: bind: cannot assign requested address',
    ],
    ['Go`s listen on a name it cannot look up', '2024/05/01 10:00:00 listen tcp: lookup backend on 127.0.0.11:53: no such host'],
    [
      'the JVM that never started',
      'Error: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.',
    ],
    [
      'Elasticsearch 8`s exit',
      'ERROR: Elasticsearch did not exit normally - check the logs at /usr/share/elasticsearch/logs/docker-cluster.log',
    ],
  ])('%s → container-crashed', async (_, text) => {
    expect(await listening(text)).toBe('problem container-exited');
  });
  it('a crash answers before Docker`s refusal of a host port at "Does the app listen?", not at "Is port 8050 free?"', async () => {
    // TheHive/Cortex notes: the userland proxy at 9042, then Elasticsearch's JVM failure; here Kafka's port and a JVM's main class.
    const text = [
      'Error starting userland proxy: listen tcp4 0.0.0.0:9092: bind: address already in use',
      '',
      '$ docker logs 3c1d2e4f5a6b',
      'Error: Could not create the Java Virtual Machine.',
      'Error: A fatal exception has occurred. Program will exit.',
    ].join('\n');
    expect(await listening(text)).toBe('problem container-exited');
    expect((await check('reach:port-free', text)).id).toBe('port-already-allocated');
  });
});

describe('cw56: requests through Docker behind one forward bound on IPv4 and IPv6 (reach.ts forward)', () => {
  // Korean study notes: `docker run --name webserver1 -d -p 8081:80 nginx:1.18`, docker ps `0.0.0.0:8081->80/tcp, [::]:8081->80/tcp`,
  // then nginx's access log from 172.17.0.1. Here httpd behind 9090:8080 and Docker Desktop's gateway.
  it('the one forward leads to another container port → wrong-container-port', async () => {
    const text = [
      '$ docker run --name site -d -p 9090:8080 my-httpd',
      '$ docker ps',
      'CONTAINER ID   IMAGE      COMMAND              CREATED         STATUS         PORTS                                       NAMES',
      'ab12cd34ef56   my-httpd   "httpd-foreground"   5 seconds ago   Up 4 seconds   0.0.0.0:9090->8080/tcp, [::]:9090->8080/tcp   site',
      '$ docker logs site',
      '192.168.65.1 - - [08/Sep/2025:09:29:49 +0000] "GET / HTTP/1.1" 200 45 "-" "curl/8.5.0"',
    ].join('\n');
    expect(await listening(text)).toBe('problem ports-swapped');
  });
});

describe('cw56: several clients on one line in the container (inside-reply.ts)', () => {
  // A Netology homework (stored file 47456122354): `curl http://127.0.0.1:80 ; curl http://127.0.0.1:81` at the container's prompt,
  // nginx moved to 81 under `docker port` 80/tcp -> 0.0.0.0:8080. Here && and 3000 moved to 3001.
  it('refused at the forwarded port, the page at another → wrong-container-port', async () => {
    const text = [
      'me@laptop:~$ docker port web',
      '3000/tcp -> 0.0.0.0:3000',
      'root@3f2a1b4c5d6e:/app# curl -s localhost:3000 && curl -s localhost:3001',
      'curl: (7) Failed to connect to localhost port 3000 after 0 ms: Connection refused',
      '<!DOCTYPE html>',
      '<html><body>hello</body></html>',
      'me@laptop:~$ curl localhost:3000',
      'curl: (56) Recv failure: Connection reset by peer',
    ].join('\n');
    expect(await listening(text)).toBe('problem ports-swapped');
  });
});
