/*
 * cw34: the classes the unseen sets (holdout21 to holdout30) still missed at install, run and the reach path, each tested on a
 * variation (another server, port, name, platform or layout) rather than the paste; the real pastes are in ../corpus/ (each
 * test names its source), and the README's "The unseen sets' classes, install/run/reach (cw34)" lists them. The last block
 * checks rules of ../corpus/CONVENTIONS.md §2.2-§2.4 on variations of its own.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const ps = (...rows: string[]) =>
  [
    'CONTAINER ID   IMAGE              COMMAND           CREATED          STATUS                      PORTS                    NAMES',
    ...rows,
  ].join('\n');

describe('cw34: Docker 1.x’s words for -it without a terminal (parse-errors.ts)', () => {
  // Real paste: moby/moby#12469 (h29-moby12469, Toolbox's Git Bash, `docker run -it -p 3000:3000 cantino/huginn`).
  it('answers not-a-tty before the run line’s mapping, whatever the image and ports', async () => {
    const text = '$ docker run -it --rm -p 8050:8050 --name dash-app e4l-python-graph\ncannot enable tty mode on non tty input';
    expect((await check('run', text)).id).toBe('not-a-tty');
    expect((await check('run', 'docker run -ti -p 9000:80 nginx\ncannot enable tty mode on non tty input')).id).toBe('not-a-tty');
  });
});

describe('cw34: a server that found its port taken, at "Is port 8050 free?" (host-clients.ts bindErrors)', () => {
  // Real pastes: h26-braindrive1 (uvicorn on Windows, WinError 10048 at 8080), h27-homework69118217024 (nginx:alpine's musl
  // "Address in use" at 80).
  it('reads asyncio’s bind error as uvicorn logs it, on Windows and with an IPv6 address', async () => {
    const win =
      "INFO:     Started server process [412]\nERROR:    [Errno 10048] error while attempting to bind on address ('127.0.0.1', 8050): only one usage of each socket address (protocol/network address/port) is normally permitted";
    expect(await check('reach:port-free', win)).toMatchObject({ id: 'port-already-allocated', details: { port: '8050' } });
    // Linux's and macOS's lower-case strerror is parse-errors.ts' row at every step (no port read there).
    const mac = "ERROR:    [Errno 48] error while attempting to bind on address ('::', 8000, 0, 0): address already in use";
    expect((await check('reach:port-free', mac)).id).toBe('port-already-allocated');
  });
  it('reads nginx’s bind() failure in glibc’s and musl’s words, and Python’s and Java’s errno', async () => {
    for (const line of [
      'nginx: [emerg] bind() to [::]:8050 failed (98: Address in use)',
      '2025/03/01 12:00:00 [emerg] 1#1: bind() to 0.0.0.0:8050 failed (98: Address already in use)',
    ])
      expect(await check('reach:port-free', line)).toMatchObject({ id: 'port-already-allocated', details: { port: '8050' } });
    const py = 'Traceback (most recent call last):\n  File "app.py", line 9, in <module>\nOSError: [Errno 98] Address already in use';
    expect(await check('reach:port-free', py)).toMatchObject({ id: 'port-already-allocated', details: { variant: 'unknown' } });
    const java = 'Caused by: java.net.BindException: Address already in use';
    expect((await check('reach:port-free', java)).id).toBe('port-already-allocated');
  });
  it('keeps the stopped container’s state at "Is the container running?"', async () => {
    const text =
      '$ docker ps -a --filter name=web --format "{{.Names}} {{.Status}}"\nweb Exited (1) 5 seconds ago\n$ docker logs web\nnginx: [emerg] bind() to 0.0.0.0:8050 failed (98: Address in use)';
    expect((await check('reach:running', text)).id).toBe('container-exited');
  });
});

describe('cw34: "running HTTP server on address" and Hadoop’s "RPC server is binding to" (parse-logs.ts bareStart)', () => {
  // Real pastes: h26-nginxlogexporter86 (`running HTTP server on address localhost:4040`), h24-moby13914 (Hadoop's namenode).
  it('reads the address and port the line names', async () => {
    expect((await check('reach:listening', 'Starting HTTP server on address 127.0.0.1:8050')).id).toBe('app-listens-on-loopback');
    expect(await check('reach:listening', 'running HTTP server on address 0.0.0.0:9113')).toMatchObject({
      id: 'ports-swapped',
      details: { appPort: 9113 },
    });
    expect((await check('reach:listening', 'er: RPC server is binding to localhost:9000')).id).toBe('app-listens-on-loopback');
  });
});

describe('cw34: a name conflict’s holder among several stopped containers (step-reach.ts settle, reach.ts)', () => {
  // Real paste: h26-readme47208649121 (test-ic-webapp Exited (137) among eight stopped rows).
  it('answers by the holder’s state at "Is the container running?"', async () => {
    const text = `docker: Error response from daemon: Conflict. The container name "/shop" is already in use by container "9a8b7c6d5e4f". You have to remove (or rename) that container to be able to reuse that name.
$ docker ps -a
${ps(
  '9a8b7c6d5e4f   shop:2             "node server.js"   3 days ago       Exited (1) 3 days ago                                shop',
  '1b2c3d4e5f60   hello-world        "/hello"           5 days ago       Exited (0) 5 days ago                                eager_hopper',
  '2c3d4e5f6071   redis              "redis-server"     6 days ago       Exited (0) 6 days ago                                cache',
)}`;
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-exited', details: { name: 'shop', exitCode: 1 } });
    expect((await check('run', text)).id).toBe('name-conflict');
  });
});

describe('cw34: Docker’s amd64 warning on a board (step-run.ts)', () => {
  // Real pastes: h30-autocompose27 (linux/arm/v7 and exec format error), h30-influxgrafana56 (a Jetson's lscpu).
  const warn = (host: string) =>
    `WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (${host}) and no specific platform was requested`;
  it('answers no-arm64-manifest for exec format error after the warning, and for a 32-bit ARM host', async () => {
    const exec = `${warn('linux/arm64/v8')}\nexec /usr/local/bin/python: exec format error`;
    expect((await check('run', exec)).id).toBe('no-arm64-manifest');
    expect((await check('run', `${warn('linux/arm/v6')}\n4f2a9c1b7d4e5f60718293a4b5c6d7e8f9012345678901234567890123456789`)).id).toBe(
      'no-arm64-manifest',
    );
  });
  it('reads lscpu’s output as a Linux board, and keeps the warning alone on a Mac partial', async () => {
    const lscpu = `${warn('linux/arm64/v8')}\n$ lscpu\nArchitecture:        aarch64\nByte Order:          Little Endian\nModel name:          Cortex-A72`;
    expect((await check('run', lscpu)).id).toBe('no-arm64-manifest');
    expect((await check('run', warn('linux/arm64/v8'))).kind).toBe('partial');
  });
  it('keeps exec-format-error at the install step', async () => {
    expect((await check('install', `${warn('linux/arm64/v8')}\nexec /hello: exec format error`)).id).toBe('exec-format-error');
  });
});

describe('cw34: the later run stands (step-run.ts settle; CONVENTIONS.md §2.0)', () => {
  // Real paste: h30-understandingmicro (80 in use, the name conflict, then `--name webb -p 86:5000` printed its ID).
  const id = 'a'.repeat(64);
  it('answers the last run that printed its ID, not the tries before it', async () => {
    const text = `(venv) me@box:~/shop$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph
docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "${'b'.repeat(64)}". You have to remove (or rename) that container to be able to reuse that name.
(venv) me@box:~/shop$ docker run -d -p 8051:8050 --name dash-app2 e4l-python-graph
${id}
(venv) me@box:~/shop$ `;
    expect((await check('run', text)).id).not.toBe('name-conflict');
    expect((await check('run', text)).details).toMatchObject({ name: 'dash-app2' });
  });
  it('cw36: with the learner’s question after it (a blank line, then prose with nothing of an output)', async () => {
    const text = `$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph
docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "${'b'.repeat(64)}". You have to remove (or rename) that container to be able to reuse that name.
$ docker run -d -p 8051:8050 --name dash-app2 e4l-python-graph
${id}`;
    expect((await check('run', `${text}\n\nAny idea what I am doing wrong?`)).id).toBe((await check('run', text)).id);
    expect((await check('run', `${text}\n\nIt then says port is already allocated`)).id).toBe('name-conflict');
  });
  it('keeps the error when the last run failed too, or printed an error after its ID', async () => {
    const failed = `$ docker run -d -p 8051:8050 --name web e4l-python-graph\n${id}\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint web (1234): Bind for 0.0.0.0:8051 failed: port is already allocated.`;
    expect((await check('run', failed)).id).toBe('port-already-allocated');
  });
});

describe('cw34: a prompt after a virtualenv’s name (normalize.ts)', () => {
  it('reads `(base) me@host:~$ docker ps` as the command and its table', async () => {
    const text = `(base) me@host:~/dash$ docker ps -a\n${ps('4f2a9c1b7d4e   e4l-python-graph   "python app.py"   2 minutes ago    Up 2 minutes                0.0.0.0:8050->8050/tcp   dash-app')}`;
    expect((await check('reach:running', text)).kind).toBe('ok');
  });
});

describe('cw34: a docker run told in a sentence (command-line.ts toldRuns)', () => {
  // Real pastes: h30-dockernginx49 (in double quotes), h30-explainerdashboard132 (ending its line).
  it('reads a quoted run line and one that ends its line', async () => {
    const quoted = 'I started it with “docker run -d --name shop node-shop” and the page does not load.';
    expect((await check('run', quoted)).id).toBe('no-port-published');
    const ends = 'Then I typed docker run -d -p 5000:8050 e4l-python-graph\nand the browser says it cannot be reached.';
    expect(await check('run', ends)).toMatchObject({ id: 'ports-swapped' });
  });
  it('does not read a run line that a sentence goes on after', async () => {
    expect((await check('run', 'I ran docker run -d -p 5000:8050 e4l-python-graph and it did not work')).kind).toBe('unreadable');
  });
});

describe('cw34: docker port with its own netstat under it, spaces typed twice (normalize.ts, step-reach.ts sockets)', () => {
  // Real paste: h29-moby11520 (`# docker  port bind9`, then `netstat -lnp` of docker-proxy).
  it('reads the mappings as that container’s, and a udp one not as published', async () => {
    const text = `# docker  port dns\n53/tcp -> 0.0.0.0:5353\n53/udp -> 0.0.0.0:5353\n\n# netstat -lnp | grep 5353\ntcp6  0  0 :::5353  :::*  LISTEN  981/docker-proxy`;
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { name: 'dns' } });
  });
});

describe('cw34: docker ps rows without their header (step-reach.ts headless)', () => {
  // Real paste: h30-nginxproxy279 (two rows from IMAGE on, no header, no CONTAINER ID).
  it('reads each row’s state, ports and name', async () => {
    const text = 'e4l-python-graph   "python app.py"   4 minutes ago   Exited (137) 2 minutes ago            dash-app';
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-exited', details: { exitCode: 137 } });
    const two = `redis:7   "redis-server"   2 days ago   Up 2 days   0.0.0.0:6379->6379/tcp   cache\npostgres:16   "postgres"   2 days ago   Up 2 days   5432/tcp   db`;
    expect((await check('reach:running', two)).id).toBe('container-not-found');
  });
});

describe('cw34: the rules of CONVENTIONS.md §2.2-§2.4 on variations', () => {
  it('§2.3: the learner’s own docker run -P, then a refusal, is answered by -P (wrong-container-port), not "nothing published"', async () => {
    // Real paste: h21-dockernginx50 (`docker run --name mynginx1 -P -d nginx`, curl refused at 32791).
    const text =
      '$ docker run --publish-all -d --name site httpd\n$ curl localhost:32770\ncurl: (7) Failed to connect to localhost port 32770: Connection refused';
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { variant: 'random', name: 'site' } });
  });
  it('§2.3: the one listed container only Created answers by its state at "Is port 8050 published?" too', async () => {
    // Real paste: h27-dockerjava819 (busybox "true", Created, PORTS empty).
    const text = `$ docker ps -a\n${ps('303836dd660e   alpine             "sleep 60"        9 seconds ago    Created                                              quirky_noether')}`;
    expect(await check('reach:published', text)).toMatchObject({ id: 'container-exited', details: { variant: 'created' } });
  });
  it('§2.3: several stopped containers stay container-not-found at "Is port 8050 published?"', async () => {
    const text = `$ docker ps -a\n${ps(
      '303836dd660e   alpine             "sleep 60"        9 seconds ago    Created                                              quirky_noether',
      '404836dd660e   alpine             "true"            1 minute ago     Exited (0) 1 minute ago                              calm_hopper',
    )}`;
    expect((await check('reach:published', text)).id).toBe('container-not-found');
  });
  it('§2.3: one other container with one app port (its IPv6 line too) is answered by where it leads', async () => {
    const text = '$ docker port api\n3000/tcp -> 0.0.0.0:49160\n3000/tcp -> [::]:49160';
    expect((await check('reach:published', text)).id).toBe('ports-swapped');
    const two = '$ docker port api\n3000/tcp -> 0.0.0.0:49160\n9229/tcp -> 0.0.0.0:49161';
    expect((await check('reach:published', two)).id).toBe('container-not-found');
  });
  it('§2.2: a run line with one mapping is wrong-container-port whatever its name; none is no-port-published', async () => {
    expect((await check('run', '$ docker run -p 9999:3000 --name todo todo-app\nListening on port 3000')).id).toBe('ports-swapped');
    expect((await check('run', '$ docker run -d --name todo todo-app\n4f2a9c1b7d4e')).id).toBe('no-port-published');
  });
  it('§2.4: all addresses at another port is never ok; a reset with a portless app line is loopback', async () => {
    const flask = ' * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5001\n * Running on http://172.17.0.3:5001';
    expect((await check('reach:listening', flask)).id).toBe('ports-swapped');
    const webrick =
      '$ curl localhost:8050\ncurl: (56) Recv failure: Connection reset by peer\n$ docker logs dash-app\n[2025-03-01 12:00:00] INFO  WEBrick::HTTPServer#start: pid=1 port=8050';
    expect((await check('reach:listening', webrick)).id).toBe('app-listens-on-loopback');
  });
  it('§2.1: hello-world’s pull timing out beside a Server part is registry-unreachable; inspect’s "No such object" beside it is ok', async () => {
    const server =
      'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n  API version:      1.47 (minimum version 1.24)\n  OS/Arch:          linux/amd64';
    const timeout = `$ docker run hello-world\nUnable to find image 'hello-world:latest' locally\ndocker: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\n$ docker version\n${server}`;
    expect((await check('install', timeout)).id).toBe('registry-unreachable');
    expect((await check('install', `$ docker inspect web\n[]\nError: No such object: web\n$ docker version\n${server}`)).kind).toBe('ok');
  });
  it('§2.2: a container only Created because its port is taken is port-already-allocated, at run and reach:running', async () => {
    const text = `$ docker run -d -p 8050:8050 --name dash-app e4l-python-graph\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (abc): Bind for 0.0.0.0:8050 failed: port is already allocated.\n$ docker ps -a\n${ps('9f8e7d6c5b4a   e4l-python-graph   "python app.py"   10 seconds ago   Created                                              dash-app')}`;
    expect((await check('run', text)).id).toBe('port-already-allocated');
    expect((await check('reach:running', text)).id).toBe('port-already-allocated');
  });
  it('§2.4: an empty reply with no app line is loopback; the app’s own line at another port comes before a reset', async () => {
    expect((await check('reach:listening', '$ curl -i http://localhost:3000\ncurl: (52) Empty reply from server')).id).toBe(
      'app-listens-on-loopback',
    );
    const uvicorn =
      'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)\n$ curl localhost:8050\ncurl: (56) Recv failure: Connection reset by peer';
    expect((await check('reach:listening', uvicorn)).id).toBe('ports-swapped');
  });
});
