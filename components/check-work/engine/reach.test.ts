import { describe, expect, it } from 'vitest';
import { checkReach, checkWork } from '.';
import { body } from './load-fixture';
import { reachPath } from './reach-steps';

describe('reachPath', () => {
  it('asks the issue’s four questions in order, each with a read-only command', () => {
    expect(reachPath.map((s) => s.id)).toEqual(['running', 'published', 'listening', 'port-free']);
    for (const s of reachPath) expect(s.command).toMatch(/^docker (ps|port|logs) /);
  });
});

describe('checkReach', () => {
  it('running: yes, with its name', async () => {
    expect(await checkReach('running', body('ps-table-running'))).toMatchObject({
      kind: 'ok',
      id: 'healthy',
      details: { name: 'dash-app' },
    });
  });

  it('running: gone, or exited with its code', async () => {
    expect((await checkReach('running', body('ps-table-empty'))).id).toBe('container-not-found');
    expect((await checkReach('running', body('ps-json-exited'))).details.exitCode).toBe(1);
  });

  it('published: reads docker port, docker ps and docker inspect alike', async () => {
    expect(await checkReach('published', body('docker-port-all'))).toMatchObject({
      kind: 'ok',
      details: { found: '0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp' },
    });
    expect((await checkReach('published', body('inspect-no-publish'))).id).toBe('no-port-published');
    expect((await checkReach('published', body('ps-table-swapped'))).id).toBe('ports-swapped');
    expect((await checkReach('published', body('docker-port-loopback'))).id).toBe('published-on-loopback');
  });

  it('listening: loopback is the problem, 0.0.0.0 is fine', async () => {
    expect((await checkReach('listening', body('logs-loopback'))).id).toBe('app-listens-on-loopback');
    expect(await checkReach('listening', body('logs-all-addresses'))).toMatchObject({ kind: 'ok', id: 'app-listens-on-all' });
  });

  it('port-free: names the container that holds the port', async () => {
    expect(await checkReach('port-free', body('ps-table-other-holder'))).toMatchObject({
      id: 'port-already-allocated',
      details: { variant: 'holder', name: 'dash-app-web-1' },
    });
  });

  it('port-free: our own dash-app holding it is fine', async () => {
    expect((await checkReach('port-free', body('ps-table-running'))).kind).toBe('ok');
  });

  it('listening: a start-up banner without the address line shows part, and never says ok', async () => {
    // Modelled on tzelleke/flask-dash-app#3 (Flask 2.0's banner only) and p0bailey/docker-flask#13 (supervisord's
    // RUNNING lines); here Flask 2.3 through Compose's prefix and supervisord with gunicorn.
    const flask = "web-1  |  * Serving Flask app 'dashboard'\nweb-1  |  * Debug mode: off";
    expect(await checkReach('listening', flask)).toMatchObject({ kind: 'partial', id: 'shows-part', details: { variant: 'started' } });
    const supervisord =
      "2024-02-11 08:01:12,431 INFO spawned: 'gunicorn' with pid 9\n2024-02-11 08:01:13,433 INFO success: gunicorn entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)";
    expect((await checkReach('listening', supervisord)).id).toBe('shows-part');
    // With the address line, the answer is about the address.
    expect((await checkReach('listening', `${flask}\nweb-1  |  * Running on http://127.0.0.1:8050`)).id).toBe('app-listens-on-loopback');
    expect(
      (
        await checkReach(
          'listening',
          `${flask}\nweb-1  |  * Running on all addresses (0.0.0.0)\nweb-1  |  * Running on http://127.0.0.1:8050`,
        )
      ).id,
    ).toBe('app-listens-on-all');
  });

  it('listening: no ok without port 8050 shown, also when requests came through Docker', async () => {
    // Modelled on a Chinese Docker notes README (stored file 29868498141: docker port 80/tcp -> 0.0.0.0:4000, then
    // docker logs with " * Running on http://0.0.0.0:80/" and requests from a public address); here port 5000, Docker's gateway.
    const requests = '172.17.0.1 - - [02/May/2024 09:12:03] "GET / HTTP/1.1" 200 -';
    const other = `$ docker port web\n5000/tcp -> 0.0.0.0:3000\n$ docker logs web\n * Running on http://0.0.0.0:5000/ (Press CTRL+C to quit)\n${requests}`;
    expect(await checkReach('listening', other)).toMatchObject({
      kind: 'problem',
      id: 'ports-swapped',
      details: { variant: 'app-port', appPort: 5000, target: 8050 },
    });
    // Requests alone: where Docker forwards is not shown, so only part.
    expect(await checkReach('listening', requests)).toMatchObject({ kind: 'partial', id: 'shows-part', details: { variant: 'logs' } });
    // Requests with dash-app's forward to container port 8050 shown: ok.
    expect((await checkReach('listening', `${body('docker-port-all')}\n$ docker logs dash-app\n${requests}`)).id).toBe(
      'app-listens-on-all',
    );
    expect((await checkReach('listening', `$ docker port web\n5000/tcp -> 0.0.0.0:8050\n${requests}`)).kind).not.toBe('ok');
  });

  it('published: the one other container that publishes one app port is answered by where it leads, else not found', async () => {
    // Modelled on miguelgrinberg/flasky#448 (docker ps: flasky_flasky_1 0.0.0.0:8000->5000/tcp beside mysql's
    // unpublished ports); here another app on 8080->80 beside redis.
    const ps =
      'CONTAINER ID   IMAGE    COMMAND   CREATED   STATUS         PORTS                  NAMES\n' +
      'a1             shop     "x"       now       Up 2 minutes   0.0.0.0:8080->80/tcp   shop_web_1\n' +
      'b2             redis    "x"       now       Up 2 minutes   6379/tcp               shop_redis_1';
    expect(await checkReach('published', ps)).toMatchObject({ id: 'ports-swapped', details: { name: 'shop_web_1', target: 80 } });
    // Its ports right but its name another: not dash-app, never ok.
    expect(await checkReach('published', ps.replace('8080->80', '8050->8050'))).toMatchObject({ id: 'container-not-found' });
    // Two container ports (not recognisably an app) or two publishing containers: not dash-app.
    expect((await checkReach('published', '$ docker port test\n7890/tcp -> 0.0.0.0:4321\n9876/tcp -> 0.0.0.0:1234')).id).toBe(
      'container-not-found',
    );
    expect((await checkReach('published', ps.replace('6379/tcp    ', '0.0.0.0:6379->6379/tcp'))).id).toBe('container-not-found');
    // docker port's output alone (the step's own command) names no container: it answers the question as asked,
    // and says nothing of whether the container runs.
    const port = '8050/tcp -> 0.0.0.0:8050';
    expect((await checkReach('published', port)).kind).toBe('ok');
    expect((await checkReach('running', port)).kind).not.toBe('ok');
  });

  it('cannot read what does not answer the question, and takes an unknown question as the first', async () => {
    expect(await checkReach('published', 'hello')).toMatchObject({ kind: 'unreadable', details: { variant: undefined } });
    expect((await checkReach('listening', body('ps-table-running'))).details).toMatchObject({ variant: 'seen', readAs: ['docker ps'] });
    expect(await checkReach('nope' as never, body('ps-table-running'))).toMatchObject({ id: 'healthy', details: { name: 'dash-app' } });
  });
});

describe('holdout5’s classes (2026-12)', () => {
  it('published: reads `docker port NAME PORT`, which prints only the host side', async () => {
    // Modelled on a Chinese Docker notes README (`docker port redisDynamic 6379` → 0.0.0.0:32768, a run with -p 6379); here a web app.
    const other = '$ docker run -d --name web -p 80 nginx\n5f2c\n$ docker port web 80\n0.0.0.0:49153\n[::]:49153';
    expect(await checkReach('published', other)).toMatchObject({ id: 'ports-swapped', details: { name: 'web', target: 80 } });
    const ours = '$ docker port dash-app 8050/tcp\n0.0.0.0:8050\n[::]:8050';
    expect(await checkReach('published', ours)).toMatchObject({
      kind: 'ok',
      details: { found: '0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp' },
    });
    // Host sides without the command that asked for a port say nothing.
    expect((await checkReach('published', '0.0.0.0:8050')).kind).toBe('unreadable');
  });

  it('listening: reads a server that names only its port, after a prompt of several ❯', async () => {
    // Modelled on google/battery-historian#155 (❯❯❯ docker run -p 8000:9999 …, then Go's "Listening on port:  9999").
    const text = '❯❯❯ docker run -p 3000:3000 shop\nlistening on port 3000';
    expect(await checkReach('listening', text)).toMatchObject({ id: 'ports-swapped', details: { variant: 'app-port', appPort: 3000 } });
    // The lesson's port alone says no address: never ok.
    expect((await checkReach('listening', 'Listening on port 8050')).kind).not.toBe('ok');
  });

  it('listening: reads lsof, netstat or ss with the app’s port on loopback only; Docker’s proxy and all addresses are not read', async () => {
    // Modelled on plotly/dash#479 (lsof -i :8050: python … TCP ip6-localhost:8050 (LISTEN)); here netstat in the container.
    const netstat =
      '$ docker exec dash-app netstat -tlnp\nProto Recv-Q Send-Q Local Address   Foreign Address  State   PID/Program name\n' +
      'tcp        0      0 127.0.0.1:8050  0.0.0.0:*        LISTEN  1/python';
    expect(await checkReach('listening', netstat)).toMatchObject({ id: 'app-listens-on-loopback' });
    expect((await checkReach('listening', netstat.replace('127.0.0.1:8050', '0.0.0.0:8050 '))).kind).not.toBe('ok');
    const proxy = 'docker-pr 4242 root 4u IPv4 0x1 0t0 TCP localhost:8050 (LISTEN)';
    expect((await checkReach('listening', proxy)).id).not.toBe('app-listens-on-loopback');
  });

  it('published: reads docker port’s "No public port" also quoted without its container', async () => {
    // Modelled on rogaha/docker-desktop#32 ("Error: No public port '22/tcp'." in a sentence, after -P).
    const text = "I ran it with -P and get: Error: no public port '8050/tcp'. Any idea?";
    expect(await checkReach('published', text)).toMatchObject({ id: 'no-port-published', details: { port: '8050' } });
    expect((await checkReach('running', text)).kind).not.toBe('ok');
  });

  it('listening: reads request lines behind a logging prefix as the app answering, not where it listens', async () => {
    // Modelled on pallets/werkzeug#1832 (2020-05-03 … - INFO - 127.0.0.1 - - [03/May/2020 …] "←[37mGET /result HTTP/1.1←[0m" 200 -).
    const text = '[2024-04-13 20:47:25,101] INFO in _internal: 127.0.0.1 - - [13/Apr/2024 20:47:25] "GET / HTTP/1.1" 200 -';
    expect(await checkReach('listening', text)).toMatchObject({ kind: 'partial', details: { variant: 'requests' } });
  });

  it('running: the container of a pasted `docker run` without --name, found by its image, answers by its state, never ok', async () => {
    // Modelled on Nick-Hopps/v2-ui-plus#13 (docker run -d --network host v2-ui, then ps -a: silly_hodgkin Exited (1)).
    const text =
      '$ docker run -d -p 8050:8050 shop\n0f1e2d3c4b5a\n$ docker ps -a\n' +
      'CONTAINER ID   IMAGE   COMMAND           CREATED         STATUS                     PORTS   NAMES\n' +
      '0f1e2d3c4b5a   shop    "python app.py"   6 seconds ago   Exited (1) 4 seconds ago           eager_turing';
    expect(await checkReach('running', text)).toMatchObject({ id: 'container-exited', details: { name: 'eager_turing', exitCode: 1 } });
    const up = text.replace('Exited (1) 4 seconds ago', 'Up 5 seconds            ');
    expect(await checkReach('running', up)).toMatchObject({ id: 'container-not-found' });
  });
});

describe('holdout6’s classes (2026-12)', () => {
  it('listening: reads uvicorn’s and gunicorn’s banners on 127.0.0.1, also in another service’s Compose logs, as loopback', async () => {
    // Modelled on encode/uvicorn#736 (`Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)`) and a Django
    // tutorial's Compose logs (gunicorn `Listening at: http://127.0.0.1:8000 (9)` behind `dsz01 |`); here port 8050.
    const uvicorn = 'INFO:     Uvicorn running on http://127.0.0.1:8050 (Press CTRL+C to quit)\nINFO:     Started reloader process [1]';
    expect(await checkReach('listening', uvicorn)).toMatchObject({ id: 'app-listens-on-loopback' });
    const gunicorn = 'api-1  | [2024-05-02 10:00:00 +0000] [1] [INFO] Listening at: http://127.0.0.1:8050 (1)';
    expect(await checkReach('listening', gunicorn)).toMatchObject({ id: 'app-listens-on-loopback' });
    // On all addresses at 8050: the app is right there (uvicorn's line names it); two services that listen: neither is taken,
    // unless one of them is at the lesson's port (cw30: that one is the app).
    expect(await checkReach('listening', uvicorn.replace('127.0.0.1', '0.0.0.0'))).toMatchObject({ kind: 'ok' });
    const two = `${gunicorn}\nworker-1  | [2024-05-02 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:9000 (1)`;
    expect((await checkReach('listening', two)).id).toBe('app-listens-on-loopback');
    expect((await checkReach('listening', two.replace(':8050', ':5000'))).id).not.toBe('app-listens-on-loopback');
  });

  it('listening: reads waitress’s and Hypercorn’s banners with their address', async () => {
    // Modelled on waitress's print_listen ("Serving on http://{}:{}") and Hypercorn's "Running on … (CTRL + C to quit)"
    // behind its logging prefix (hypercorn/asyncio/run.py, as a README quoted it); here the app's port.
    const waitress = 'INFO:waitress:Serving on http://127.0.0.1:8050';
    expect(await checkReach('listening', waitress)).toMatchObject({ id: 'app-listens-on-loopback' });
    const hypercorn = 'web-1  | [2024-05-02 10:00:00 +0000] [1] [INFO] Running on http://127.0.0.1:8050 (CTRL + C to quit)';
    expect(await checkReach('listening', hypercorn)).toMatchObject({ id: 'app-listens-on-loopback' });
    expect(await checkReach('listening', waitress.replace('127.0.0.1', '0.0.0.0'))).toMatchObject({ kind: 'ok' });
    // A sentence that says a server runs is not where it listens.
    expect((await checkReach('listening', 'The Server running on http://localhost:3000 is mine')).id).not.toBe('app-listens-on-loopback');
  });
});

describe('holdout7’s classes (2026-12)', () => {
  it('listening: an empty reply or a reset at the published port is the app on the container’s loopback', async () => {
    // Modelled on thelounge/thelounge-docker#194 (`host: "127.0.0.1"`, ports 9000:9000: `curl: (56) Recv failure: Connection
    // reset by peer`, wget's `Read error (Connection reset by peer) in headers.`) and docker-curriculum#183 (`curl: (52) Empty
    // reply from server`); here other ports, a prompt, a browser's words.
    const reset = '$ curl http://localhost:9000/\ncurl: (56) Recv failure: Connection reset by peer';
    expect(await checkReach('listening', reset)).toMatchObject({ kind: 'problem', id: 'app-listens-on-loopback' });
    const pastes = [
      'curl -s 127.0.0.1:8050\ncurl: (52) Empty reply from server',
      'HTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.',
      'Chrome says: localhost didn’t send any data. ERR_EMPTY_RESPONSE',
      'Firefox shows "The connection was reset" for http://localhost:8050',
    ];
    for (const text of pastes) expect((await checkReach('listening', text)).id, text).toBe('app-listens-on-loopback');
    // The app's own line answers first; requests it answered through Docker are not a reset; never ok from a client's error.
    expect(await checkReach('listening', `${reset}\n * Running on http://0.0.0.0:8050/`)).toMatchObject({ kind: 'ok' });
    const served = '172.17.0.1 - - [02/May/2024 09:12:03] "GET / HTTP/1.1" 200 -';
    expect((await checkReach('listening', `${served}\n${reset}`)).id).not.toBe('app-listens-on-loopback');
    expect((await checkReach('running', reset)).kind).toBe('unreadable');
  });

  it('published: curl refused at a port of the host is no port published there', async () => {
    // Modelled on docker/docs#13209 (language/java/run-containers.md: `curl: (7) Failed to connect to localhost port 8080:
    // Connection refused`, "our container is running in isolation", then the run with a published port) and
    // docker-library/python#95 (curl 7.29's `Failed connect to IP:8955; Connection refused`); here curl 8's words too.
    const pastes = [
      '$ curl --request GET http://localhost:8050/\ncurl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused',
      'curl: (7) Failed to connect to 127.0.0.1 port 3000 after 2 ms: Could not connect to server',
      "curl: (7) Failed to connect to localhost port 8050 after 1 ms: Couldn't connect to server",
      'curl: (7) Failed connect to 10.0.0.5:8050; Connection refused',
    ];
    for (const text of pastes)
      expect(await checkReach('published', text), text).toMatchObject({ kind: 'problem', id: 'no-port-published' });
    // docker ps answers first: dash-app publishing 8050 is what the question asks, whatever a client said before.
    const ps =
      'CONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS                    NAMES\n' +
      '4b1e0c2d9a7f   e4l-python-graph   "python app.py"   5 seconds ago   Up 4 seconds   0.0.0.0:8080->8050/tcp   dash-app';
    expect(await checkReach('published', `${pastes[0]}\n${ps}`)).toMatchObject({ id: 'ports-swapped', details: { variant: 'host' } });
    // A sentence about a refusal, or a service's database driver refused, is not curl's answer at the host's port.
    expect((await checkReach('published', 'it shows connection refused')).kind).toBe('unreadable');
    const driver = 'psycopg2.OperationalError: connection to server at "db" (172.18.0.2), port 5432 failed: Connection refused';
    expect((await checkReach('published', driver)).id).not.toBe('no-port-published');
  });

  it('listening: a socket listing in the container with PID 1 on loopback at another port', async () => {
    // Modelled on mozilla-services/syncserver#104 (busybox `netstat -tupln`: `127.0.0.1:5000 … LISTEN 1/python2` among the
    // host's rows with `-`); here ss and another port.
    const ss =
      'State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\n' +
      'LISTEN 0      128        127.0.0.1:8000       0.0.0.0:*     users:(("gunicorn",pid=1,fd=5))';
    expect(await checkReach('listening', ss)).toMatchObject({ id: 'app-listens-on-loopback' });
    // PID 1 on all addresses, or only other processes on loopback (a host's resolver): not read.
    expect((await checkReach('listening', ss.replace('127.0.0.1:8000', '0.0.0.0:8000'))).kind).not.toBe('ok');
    const host = 'tcp        0      0 127.0.0.53:53     0.0.0.0:*      LISTEN      812/systemd-resolve';
    expect((await checkReach('listening', host)).id).not.toBe('app-listens-on-loopback');
  });
});

describe('holdout7’s classes: a pasted run line', () => {
  it('published: a pasted `docker run` whose -p leads elsewhere, no container shown, is a problem, never ok', async () => {
    // Modelled on eclipse/hawkbit#1292 (`docker run -d -p 8080:8080 hawkbit/hawkbit-update-server` between prose); here another app.
    const text = 'I started it with\n\ndocker run -d -p 3000:3000 shop\n\nbut nothing answers.';
    expect(await checkReach('published', text)).toMatchObject({ kind: 'problem', id: 'ports-swapped', details: { target: 3000 } });
    const host = 'docker run -d -p 80:8050 --name dash-app e4l-python-graph';
    expect(await checkReach('published', host)).toMatchObject({ id: 'ports-swapped', details: { variant: 'host' } });
    // The lesson's -p alone does not show the container runs with it.
    expect((await checkReach('published', 'docker run -d -p 8050:8050 --name dash-app e4l-python-graph')).kind).not.toBe('ok');
  });
});

describe('what other clients say at the host’s port (2026-12)', () => {
  // curl's words are read since holdout7 (step-reach.ts); here the other clients a learner may use, in their own words:
  // GNU wget (src/connect.c "failed: %s", src/http.c "No data received"), BusyBox wget (networking/wget.c), PowerShell's
  // Invoke-WebRequest (.NET WebException, HttpClient), and the browsers' error pages as copied text.
  it.each([
    'Connecting to localhost (localhost)|127.0.0.1|:8050... failed: Connection refused.',
    "wget: can't connect to remote host (127.0.0.1): Connection refused",
    'Invoke-WebRequest : Unable to connect to the remote server\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://localhost:8050',
    'Invoke-WebRequest: No connection could be made because the target machine actively refused it. (localhost:8050)',
    'This site can’t be reached\nlocalhost refused to connect.',
    'Unable to connect\n\nFirefox can’t establish a connection to the server at localhost:8050.',
    'Safari can’t open the page “localhost:8050” because Safari can’t connect to the server “localhost”.',
  ])('refused: %s', async (text) => {
    expect(await checkReach('published', text)).toMatchObject({ id: 'no-port-published' });
  });

  it.each([
    'HTTP request sent, awaiting response... No data received.\nRetrying.',
    'wget: error getting response: Connection reset by peer',
    'curl : The underlying connection was closed: The connection was closed unexpectedly.\r\nAt line:1 char:1',
    'Invoke-WebRequest: The response ended prematurely.',
    'Safari can’t open the page “localhost:8050” because the server unexpectedly dropped the connection.',
  ])('an empty reply or a reset: %s', async (text) => {
    expect(await checkReach('listening', text)).toMatchObject({ id: 'app-listens-on-loopback' });
  });

  it('does not take an app’s own refused database for the host’s port', async () => {
    const db = 'psycopg2.OperationalError: connection to server at "db" (172.18.0.2), port 5432 failed: Connection refused';
    expect((await checkReach('published', db)).id).not.toBe('no-port-published');
  });
});

describe('a program at the host port, by a socket listing (2026-12)', () => {
  // The port-free answer names "lsof -i :8050" for a program that is not a container; its output, and ss's and netstat -p's
  // (lsof's COMMAND PID … NAME with "(LISTEN)", ss's users:(("name",pid=…)), net-tools' PID/Program name), are read here.
  it.each([
    [
      'python3',
      'COMMAND   PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\npython3 51406   me    3u  IPv4 0x9f1c      0t0  TCP localhost:8050 (LISTEN)',
    ],
    ['node', 'LISTEN 0      511          *:8050            *:*    users:(("node",pid=4242,fd=20))'],
    ['java', 'tcp6       0      0 :::8050                 :::*                    LISTEN      3131/java'],
  ])('%s holds it', async (name, text) => {
    expect(await checkReach('port-free', text)).toMatchObject({ id: 'port-already-allocated', details: { variant: 'program', name } });
  });

  // cw33 (host-tools.ts, the brief's rule): Docker's own proxy at the port is a container publishing it (variant docker, which
  // says to find it with docker ps), a bare PID something that listens there (variant answers): neither is "another program".
  it('does not take Docker’s own proxy, or a bare PID, for another program', async () => {
    const proxy = 'tcp        0      0 0.0.0.0:8050            0.0.0.0:*               LISTEN      2312/docker-proxy';
    expect((await checkReach('port-free', proxy)).details).toMatchObject({ variant: 'docker', name: 'docker-proxy' });
    const windows = '  TCP    0.0.0.0:8050           0.0.0.0:0              LISTENING       12345';
    expect((await checkReach('port-free', windows)).details).toMatchObject({ variant: 'answers', pid: '12345' });
  });
});

describe('holdout8/9’s classes: the reach path (2026-12)', () => {
  const ps = (name: string, status: string, ports = '') =>
    `CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS                     PORTS               NAMES\n33d8191ad02c        my/app              "python app.py"     7 seconds ago       ${status.padEnd(27)}${ports.padEnd(20)}${name}`;

  it('answers "is it running?" by the one container a listing shows stopped, under another name', async () => {
    // Modelled on apocas/dockerode#192, tatsushid/docker-tinycore#2 and moby/moby#19096 (`docker ps -a` / `-l` with the
    // container just run `Exited (0) 8 seconds ago`, beside a running postgres); here another name and code.
    expect(await checkReach('running', ps('my-dash', 'Exited (1) 8 seconds ago'))).toMatchObject({
      id: 'container-exited',
      details: { name: 'my-dash', exitCode: 1 },
    });
    // Two stopped: which is the learner's is unknown; one running of another name: not dash-app.
    const two = `${ps('a', 'Exited (0) 1 second ago')}\n44d8191ad02c        my/app              "python app.py"     7 seconds ago       Exited (0) 2 seconds ago                       b`;
    expect(await checkReach('running', two)).toMatchObject({ id: 'container-not-found' });
    expect(await checkReach('running', ps('my-dash', 'Up 8 seconds', '0.0.0.0:8050->8050/tcp'))).toMatchObject({
      id: 'container-not-found',
    });
    // Lesson 3's hello-world exits by design: not the container the learner asks about.
    const hello = ps('jolly_hopper', 'Exited (0) 2 days ago').replace('my/app', 'hello-world');
    expect(await checkReach('running', hello)).toMatchObject({ id: 'container-not-found' });
  });

  it('reads a pasted docker run alone: without -p it publishes nothing, under another name it is not dash-app', async () => {
    // Modelled on docker/for-win#6610 (`docker run -d nginx:alpine`, then curl to the container's address) and
    // miguelgrinberg/microblog#65 (`docker run --name microblog -d -p 8000:5000 --rm microblog:latest`, then an empty ps).
    expect(await checkReach('published', '$ docker run -d e4l-python-graph\n9f4ff65a76ee')).toMatchObject({ id: 'no-port-published' });
    expect(await checkReach('running', '$ docker run --name web -d -p 8050:8050 e4l-python-graph')).toMatchObject({
      id: 'container-not-found',
    });
    // A run of its own command (a shell, a ping) says nothing of the app's ports.
    expect((await checkReach('published', '$ docker run --rm alpine ping -c 1 web')).id).not.toBe('no-port-published');
  });

  it('reads a command in a code span after its prompt, and a row whose cells left their columns', async () => {
    // Modelled on dvf/blockchain#126 (``me@mac:~/blockchain$ `docker run --rm -p 80:5000 blockchain` ``) and
    // MicrosoftDocs/Virtualization-Documentation#435 (a docker ps row shortened by hand under wider headers).
    expect(await checkReach('published', 'me@mac:~/dash-app$ `docker run --rm -p 80:5000 e4l-python-graph`')).toMatchObject({
      id: 'ports-swapped',
    });
    const row =
      'CONTAINER ID        IMAGE                           COMMAND                  CREATED             STATUS              PORTS                  NAMES\n5eb5146185ad        e4l:1   "python app.py"   4 minutes ago       Up 4 minutes        0.0.0.0:80->5000/tcp   my-dash';
    expect(await checkReach('published', row)).toMatchObject({ id: 'ports-swapped', details: { name: 'my-dash', target: 5000 } });
  });

  it('reads gunicorn retrying a bind to localhost, and an editor’s link of Werkzeug’s address', async () => {
    // Modelled on jonaswinkler/paperless-ng#227 (`[ERROR] Connection in use: ('localhost', 8000)`) and
    // championshuttler/docker-basicLearning#6 (`* Running on [http://127.0.0.1:5000](http://127.0.0.1:5000/)`).
    const gunicorn = "web-1  | [2024-01-02 10:00:00 +0000] [30] [ERROR] Connection in use: ('127.0.0.1', 8050)";
    expect(await checkReach('listening', gunicorn)).toMatchObject({ id: 'app-listens-on-loopback' });
    const link = ' * Running on all addresses (0.0.0.0)\n * Running on [http://127.0.0.1:5000](http://127.0.0.1:5000/)';
    expect(await checkReach('listening', link)).toMatchObject({ id: 'ports-swapped', details: { variant: 'app-port', appPort: 5000 } });
  });
});

describe('holdout8/9’s classes: PowerShell’s Test-NetConnection (2026-12)', () => {
  it('reads a failed TCP test as refused at the host’s port', async () => {
    // Modelled on MicrosoftDocs/Virtualization-Documentation#435 (`WARNING: TCP connect to 172.23.150.200:80 failed`,
    // `TcpTestSucceeded : False`); here PowerShell 7's words at the lesson's port.
    const ps =
      'PS C:\\> Test-NetConnection localhost -Port 8050\nWARNING: TCP connect to (::1 : 8050) failed\nComputerName     : localhost\nTcpTestSucceeded : False';
    expect(await checkReach('published', ps)).toMatchObject({ id: 'no-port-published' });
  });
});

describe('holdout8/9’s classes: a container restarting (2026-12)', () => {
  it('reads moby’s "cannot remove a restarting container" and "is restarting, wait" as the container not running', async () => {
    // Modelled on docker/for-win#2587 (`You cannot remove a restarting container 9fd1…. Stop the container before attempting
    // removal or force remove`); here docker exec's words (moby daemon/exec.go) at the lesson's container.
    const exec = 'Error response from daemon: Container dash-app is restarting, wait until the container is running';
    expect(await checkReach('running', exec)).toMatchObject({ id: 'container-exited', details: { name: 'dash-app', state: 'restarting' } });
    const rm = 'You cannot remove a restarting container 9fd113232786. Stop the container before attempting removal or force remove';
    expect(await checkReach('listening', rm)).toMatchObject({ id: 'container-exited', details: { variant: 'restarting' } });
    expect(await checkWork('compose', exec)).toMatchObject({ id: 'compose-service-not-running', details: { state: 'restarting' } });
  });
});

// holdout10's misses (2026-12): dev servers' banners, each a variation of a real one.
describe('checkReach: dev servers’ banners', () => {
  it('Vite without --host (iam-veeramalla/devsecops-demo#8, here Vite 6 on localhost:4173): loopback', async () => {
    const vite = ' VITE v6.0.1  ready in 240 ms\n\n  ➜  Local:   http://localhost:4173/\n  ➜  Network: use --host to expose\n';
    expect((await checkReach('listening', vite)).id).toBe('app-listens-on-loopback');
  });
  it('Vue CLI in a container (vchaptsev/cookiecutter-django-vue#44, here port 3000): its port, not loopback', async () => {
    const vue =
      'web_1  |   App running at:\nweb_1  |   - Local:   http://localhost:3000/\nweb_1  |   It seems you are running Vue CLI inside a container.\n';
    expect(await checkReach('listening', vue)).toMatchObject({ id: 'ports-swapped', details: { variant: 'app-port', appPort: 3000 } });
  });
  it('Django runserver (wsvincent/djangoforprofessionals#45, here 127.0.0.1:8050 and 0.0.0.0:5000)', async () => {
    const django = (at: string) =>
      `Django version 4.2, using settings 'app.settings'\nStarting development server at http://${at}/\nQuit the server with CONTROL-C.\n`;
    expect((await checkReach('listening', django('127.0.0.1:8050'))).id).toBe('app-listens-on-loopback');
    expect(await checkReach('listening', django('0.0.0.0:5000'))).toMatchObject({ id: 'ports-swapped', details: { appPort: 5000 } });
  });
});

describe('checkReach: a PORTS cell of docker ps copied alone', () => {
  // laravel/vite-plugin#28 pasted `0.0.0.0:80->80/tcp, 0.0.0.0:5173->5173/tcp, 8000/tcp`; here another app's 3000 and 9229.
  it('answers where it leads; prose with an arrow is not a cell', async () => {
    const cell = 'From `docker ps` I get\n`0.0.0.0:3000->3000/tcp, :::9229->9229/tcp`\n';
    expect((await checkReach('published', cell)).id).toBe('ports-swapped');
    expect((await checkReach('published', 'I mapped 8050 -> 8050, it fails\n')).kind).toBe('unreadable');
  });
});

describe('holdout11’s classes: a PORTS cell quoted beside the app’s own line (2026-12)', () => {
  it('reads the app’s line too: another port at all addresses is the app’s port', async () => {
    // Modelled on odysseus-dev/odysseus#1232 (`127.0.0.1:7000->7000/tcp`, then uvicorn's `Uvicorn running on http://0.0.0.0:7000`
    // in its own paragraph); here Django's runserver.
    const text =
      'It is published on:\n\n`0.0.0.0:8000->8000/tcp`\n\nThe logs say:\n\n`Starting development server at http://0.0.0.0:8000/`';
    expect(await checkReach('listening', text)).toMatchObject({ id: 'ports-swapped', details: { variant: 'app-port', appPort: 8000 } });
  });

  it('and the lesson’s port on loopback only as listening on loopback', async () => {
    const text = '`0.0.0.0:8050->8050/tcp`\n\nand the app logs `Uvicorn running on http://127.0.0.1:8050`';
    expect(await checkReach('listening', text)).toMatchObject({ id: 'app-listens-on-loopback' });
  });
});

describe('holdout11’s classes: the ports template of docker inspect (2026-12)', () => {
  // Modelled on docker/compose#5782 ("it returns:  8000/tcp -> 8000", the docs' "list all port bindings" template); here after
  // its command line, two ports on the line.
  const cmd = "$ docker inspect --format='{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> {{(index $conf 0).HostPort}} {{end}}'";

  it('reads where each container port is published', async () => {
    expect(await checkReach('published', `${cmd} web\n 8050/tcp -> 8080 `)).toMatchObject({ id: 'ports-swapped' });
    // Another container publishing two ports is no attempt at the lesson's (the corpus's convention, h5-readme70977271776).
    const two = `${cmd} web\n 22/tcp -> 2222  8050/tcp -> 8080 `;
    expect(await checkReach('published', two)).toMatchObject({ id: 'container-not-found' });
    expect(await checkReach('published', `${cmd} dash-app\n 8050/tcp -> 8050 `)).toMatchObject({ kind: 'ok' });
    expect(await checkReach('published', 'When I list the bindings it returns:  8000/tcp -> 8000')).toMatchObject({ id: 'ports-swapped' });
  });

  it('is no ok at lesson 5, which needs the container shown running', async () => {
    expect(await checkWork('run', `${cmd} dash-app\n 8050/tcp -> 8050 `)).not.toMatchObject({ kind: 'ok' });
  });
});

describe('holdout13’s classes (2026-12)', () => {
  it('reads docker ps’s "Restarting (N) … ago" quoted in a sentence as a container that keeps restarting', async () => {
    // Modelled on portainer/portainer#8844 (`The output of \`docker ps\` shows "Restarting (134) 21 seconds ago"`).
    const text = 'My container dash-app never stays up: its status is “Restarting (1) 3 seconds ago”.';
    expect(await checkReach('running', text)).toMatchObject({ id: 'container-exited', details: { variant: 'restarting' } });
    expect(await checkWork('compose', text)).toMatchObject({ id: 'compose-service-not-running', details: { variant: 'restarting' } });
  });

  it('reads a docker run continued after a prompt, its lines after bash’s "> ", as one command', async () => {
    // Modelled on gliderlabs/logspout#136 (`15:18 $ docker run -d --name="logspout" \` then `>     --publish=127.0.0.1:8000:80 \`).
    const text =
      '10:41 $ docker run -d \\\n>     --name dash-app \\\n>     -p 127.0.0.1:8050:80 \\\n>     e4l-python-graph\n3f9c0a1b2c3d4e5f';
    expect(await checkReach('published', text)).toMatchObject({ id: 'ports-swapped' });
  });

  it('reads Windows containers’ HNS "being used by another process" as the host port taken', async () => {
    // Modelled on docker/for-win#1745 and Dynatrace/superdump#231 (`failed to create endpoint X on network nat: failed during
    // hnsCallRawResponse: hnsCall failed in Win32: The process cannot access the file because it is being used by another process. (0x20)`).
    const text =
      'PS C:\\dash-app> docker run -d -p 8050:8050 --name dash-app e4l-python-graph\nC:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe: Error response from daemon: failed to create endpoint dash-app on network nat: failed during hnsCallRawResponse: hnsCall failed in Win32: The process cannot access the file because it is being used by another process. (0x20).';
    expect(await checkReach('port-free', text)).toMatchObject({ id: 'port-already-allocated' });
  });
});

describe('holdout14’s classes (2026-12)', () => {
  it('does not take the one publisher for the app when another container shows the same port unpublished', async () => {
    // Modelled on a macOS user's notes (stored file 44964481568: a VS Code dev container with `5000/tcp` beside a bash container
    // publishing `0.0.0.0:5000->5000/tcp`); here port 8000. Which runs the app the listing does not say: not "the one".
    const text = [
      'CONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS          PORTS                    NAMES',
      'a1b2c3d4e5f6   vsc-shop-1f2e   "/bin/sh -c \'echo Co…"   5 minutes ago    Up 5 minutes    8000/tcp                 eager_hopper',
      '0f9e8d7c6b5a   shop:1.0       "/bin/bash"              40 minutes ago   Up 40 minutes   0.0.0.0:8000->8000/tcp   calm_turing',
    ].join('\n');
    expect((await checkReach('published', text)).id).toBe('container-not-found');
    // Another port unpublished (a database's 3306/tcp, h4-flasky448) leaves the one publisher answering by where it leads.
    const db = text.replace('8000/tcp                 eager', '3306/tcp                 eager');
    expect(await checkReach('published', db)).toMatchObject({ id: 'ports-swapped', details: { target: 8000 } });
  });
});

describe('holdout14’s classes: PID 1 on every address at another port (2026-12)', () => {
  it('reads a socket listing inside the container with PID 1 on all addresses at another port as the app’s port', async () => {
    // Modelled on a Netology homework log (stored file 21317297396: nginx's listen changed to 81, `netstat -ntulp` inside shows
    // `0.0.0.0:81 … LISTEN 1/nginx: master pro`, then curl refused at the published 8080); here ss -tlnp and node at 3000.
    const text =
      'root@5f2c:/app# ss -tlnp\nState  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\nLISTEN 0      511    *:3000             *:*               users:(("node",pid=1,fd=18))\nroot@5f2c:/app# exit\n$ curl localhost:8050\ncurl: (56) Recv failure: Connection reset by peer';
    expect(await checkReach('listening', text)).toMatchObject({ id: 'ports-swapped', details: { variant: 'app-port', appPort: 3000 } });
    // The host's init holds sockets for socket-activated services: not the app.
    const host =
      'tcp        0      0 0.0.0.0:111             0.0.0.0:*               LISTEN      1/systemd\n$ curl localhost:8050\ncurl: (56) Recv failure: Connection reset by peer';
    expect((await checkReach('listening', host)).id).toBe('app-listens-on-loopback');
  });
});

describe('holdout14’s classes: a container the runtime could not start (2026-12)', () => {
  it('reads OCI runtime create failed, and docker start’s "failed to start containers", as a container that did not start', async () => {
    // Modelled on antoniomika/sish#260 (WSL: `docker: Error response from daemon: failed to create shim: OCI runtime create
    // failed: runc create failed: unable to start container process: waiting for init preliminary setup: EOF: unknown.`) and
    // microsoft/WSL2-Linux-Kernel#20 (`docker start` then `Error: failed to start containers: …`); here dash-app.
    const run =
      '$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\n3f9c0a1b2c3d\ndocker: Error response from daemon: failed to create shim: OCI runtime create failed: runc create failed: unable to start container process: waiting for init preliminary setup: EOF: unknown.';
    const start = '$ docker start dash-app\nError: failed to start containers: dash-app';
    for (const text of [run, start]) {
      expect(await checkReach('running', text), text).toMatchObject({ id: 'container-exited', details: { variant: 'runtime' } });
      expect(await checkWork('run', text), text).toMatchObject({ id: 'container-exited', details: { variant: 'runtime' } });
    }
    // A reason a rule names stays that rule's: the port taken.
    const port = `${start}\nError response from daemon: driver failed programming external connectivity on endpoint dash-app: Bind for 0.0.0.0:8050 failed: port is already allocated`;
    expect((await checkReach('running', port)).id).toBe('port-already-allocated');
  });
});

describe('holdout14’s classes: start-up lines with their address in a field, curl’s numbers in any language (2026-12)', () => {
  it('reads zap’s JSON fields and logfmt’s addr= as where the app listens', async () => {
    // Modelled on apernet/hysteria#1172 (Compose logs: `hy2-client | … INFO SOCKS5 server listening {"addr": "127.0.0.1:12801"}`);
    // here one service, its HTTP listener, and Go slog's logfmt.
    const zap = 'proxy-1  | 2024-07-31T19:46:16+08:00  INFO  HTTP proxy server listening  {"addr": "127.0.0.1:8050"}';
    const logfmt = 'api-1  | time=2024-07-31T19:46:16Z level=INFO msg="server listening" addr=127.0.0.1:8050';
    for (const text of [zap, logfmt]) expect((await checkReach('listening', text)).id, text).toBe('app-listens-on-loopback');
    // Prose in a config file's comment is no start-up line (nginx's default.conf).
    const comment = '    # proxy the PHP scripts to Apache listening on 127.0.0.1:80';
    expect((await checkReach('listening', comment)).id).not.toBe('app-listens-on-loopback');
  });

  it('reads curl’s (56) Recv failure with the system’s words in another language as a reset', async () => {
    // Modelled on iptag/jimeng-api#123 (`curl: (56) Recv failure: 连接被对方重设`); here glibc's German strerror.
    const text = '$ curl http://localhost:8050\ncurl: (56) Recv failure: Die Verbindung wurde vom Kommunikationspartner zurückgesetzt';
    expect((await checkReach('listening', text)).id).toBe('app-listens-on-loopback');
  });
});

describe('holdout15’s classes (2026-12)', () => {
  it('reads the one container listed with its ports exposed only, and no publisher, as publishing nothing', async () => {
    // Modelled on docker/for-win#204 (`docker run -d --name MyWebServer httpd`, then docker ps: `80/tcp` and curl refused);
    // here a Flask image at 5000 and two exposed ports (docker.machine#371 lists `80/tcp, 22/tcp`).
    const text = [
      'CONTAINER ID   IMAGE       COMMAND           CREATED         STATUS         PORTS                NAMES',
      'a1b2c3d4e5f6   shop:1.0    "flask run"       2 minutes ago   Up 2 minutes   5000/tcp, 22/tcp     shop',
    ].join('\n');
    expect(await checkReach('published', text)).toMatchObject({ id: 'no-port-published', details: { name: 'shop' } });
    // Two containers, none publishing: which is the app the listing does not say.
    const two = `${text}\n0f9e8d7c6b5a   redis:7     "redis-server"    2 minutes ago   Up 2 minutes   6379/tcp             cache`;
    expect((await checkReach('published', two)).id).toBe('container-not-found');
  });
  it('reads uvicorn’s lines before its address as an app that started, where it listens not shown', async () => {
    // Modelled on fastapi-admin#18 (`api_1  | INFO:uvicorn.error:Application startup complete.` alone); here uvicorn's own format.
    const text =
      'web-1  | INFO:     Started server process [1]\nweb-1  | INFO:     Waiting for application startup.\nweb-1  | INFO:     Application startup complete.';
    expect(await checkReach('listening', text)).toMatchObject({ kind: 'partial', id: 'shows-part', details: { variant: 'started' } });
    const all = `${text}\nweb-1  | INFO:     Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit)`;
    expect((await checkReach('listening', all)).kind).not.toBe('partial');
  });
});

describe('holdout16’s classes (2026-12)', () => {
  it('reads JupyterDash’s and Gradio’s start-up lines as where the app listens', async () => {
    // Modelled on plotly/jupyter-dash#58 (`Dash app running on http://127.0.0.1:8050/` quoted in prose) and
    // liltom-eth/llama2-webui#20 (Gradio's `Running on local URL:  http://127.0.0.1:7861`); here other ports and prefixes.
    const jupyter = 'web-1  | Dash app running on http://127.0.0.1:8051/';
    const gradio = 'Running on local URL:  http://localhost:7860\n\nTo create a public link, set `share=True` in `launch()`.';
    for (const text of [jupyter, gradio]) expect((await checkReach('listening', text)).id, text).toBe('app-listens-on-loopback');
    // Gradio with GRADIO_SERVER_NAME=0.0.0.0 names every address: not loopback.
    const all = 'Running on local URL:  http://0.0.0.0:7860';
    expect((await checkReach('listening', all)).id).not.toBe('app-listens-on-loopback');
  });
});

describe('holdout16’s classes: a port in use in a program’s own words (2026-12)', () => {
  it('reads "Port N is in use by …" as the host port taken, with its number', async () => {
    // Modelled on agntcy/docs#328 (a setup script's `Port 5000 is in use by PID 714 (ControlCe).`: macOS's AirPlay Receiver);
    // here Werkzeug's own words (serving.py) at the lesson's port, and the script's at 8050.
    const werkzeug =
      'Address already in use\nPort 8050 is in use by another program. Either identify and stop that program, or start the server with a different port.';
    const script = 'Checking ports...\n  Port 8050 is in use by PID 402 (python3).';
    for (const text of [werkzeug, script])
      expect(await checkReach('port-free', text), text).toMatchObject({ id: 'port-already-allocated', details: { port: '8050' } });
  });
});

describe('holdout16’s classes: curl refused, said in a sentence (2026-12)', () => {
  it('reads a sentence where curl to the host’s port gets "Connection refused" as nothing published there', async () => {
    // Modelled on docker/for-win#13182 ("any attempts to `curl http://127.0.0.1:8020` from inside the WSL2 environment … fail
    // with a "Connection refused"", a port published on 127.0.0.1 only); here curl with a flag, at the lesson's port.
    const text =
      'I started it with `-p 127.0.0.1:8050:8050` and now `curl -s localhost:8050` in Ubuntu (WSL 2) just gives Connection refused.';
    expect((await checkReach('published', text)).id).toBe('no-port-published');
    // A sentence that names no client is not read as one.
    expect((await checkReach('published', 'The database said Connection refused at first.')).id).not.toBe('no-port-published');
  });
});

describe('holdout16’s classes: a sentence about the app is no start-up line (2026-12)', () => {
  it('does not read "the app running on http://localhost:8050" in prose as where it listens', async () => {
    // The counterpart of JupyterDash's `Dash app running on http://127.0.0.1:8050/` (plotly/jupyter-dash#58): a learner's own words.
    const text = 'I cannot open the app running on http://localhost:8050 in my browser.';
    expect((await checkReach('listening', text)).id).not.toBe('app-listens-on-loopback');
  });
});

describe('holdout17’s classes: Docker’s proxy in a socket listing (2026-12)', () => {
  it('reads docker-proxy’s ports in netstat or ss without 8050 as the port not published', async () => {
    // Modelled on litespeedtech/ols-docker-env#22 (netstat -tlnp with docker-proxy on 80, 8080, 443 …, no 8050); here ss -tlnp.
    const ss = [
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process',
      'LISTEN 0      4096         0.0.0.0:5432      0.0.0.0:*    users:(("docker-proxy",pid=2211,fd=4))',
      'LISTEN 0      4096            [::]:5432         [::]:*    users:(("docker-proxy",pid=2218,fd=4))',
    ].join('\n');
    expect((await checkReach('published', ss)).id).toBe('no-port-published');
    // With 8050 among them, it is published (by some container): not "no port".
    expect((await checkReach('published', ss.replaceAll('5432', '8050'))).id).not.toBe('no-port-published');
  });
});

describe('holdout17’s classes: Compose v1’s exec finds no running container (2026-12)', () => {
  it('reads "No container found for web_1" as the service’s container not running', async () => {
    // Modelled on docker/compose#3985 (`ERROR: No container found for app_1`: the container had exited); here the lesson's web.
    const text = '$ docker-compose exec web sh\nERROR: No container found for web_1';
    expect(await checkReach('running', text)).toMatchObject({ id: 'container-exited', details: { name: 'web_1' } });
  });
});

describe('holdout17’s classes: a run without --name, its container found by image in rows between blank lines (2026-12)', () => {
  it('answers where the one mapping of the pasted run’s container leads', async () => {
    // Modelled on QT-DevOps/DevOpsIssues#613 (`docker run -d -i -t -p 8045:8080 nginx:latest /bin/bash`, then `docker ps -a`
    // with a blank line between every line: `80/tcp, 443/tcp, 0.0.0.0:8045->8080/tcp`); here httpd, its port 80 unpublished.
    const text = [
      '$ docker run -d -p 8050:8050 httpd:2.4',
      '',
      '$ docker ps',
      '',
      'CONTAINER ID        IMAGE               COMMAND              CREATED             STATUS              PORTS                            NAMES',
      '',
      '1f2e3d4c5b6a        httpd:2.4           "httpd-foreground"   5 seconds ago       Up 4 seconds        80/tcp, 0.0.0.0:8050->8050/tcp   eager_curie',
    ].join('\n');
    expect(await checkReach('published', text)).toMatchObject({ id: 'container-not-found' });
    const swapped = text.replaceAll('8050:8050', '8050:8080').replace('8050->8050', '8050->8080');
    expect(await checkReach('published', swapped)).toMatchObject({ id: 'ports-swapped', details: { name: 'eager_curie', target: 8080 } });
  });
});

describe('holdout17’s classes: start-up lines naming another port (2026-12)', () => {
  it('reads Next.js’s padded Network line and a logger’s "INFO … running at" as the port the app listens on', async () => {
    // Modelled on dohsimpson/HabitTrove#167 (Next.js 15's `- Local:        http://localhost:3000` and `- Network:      http://
    // 0.0.0.0:3000` under "3010:3010") and xinnan-tech/xiaozhi-esp32-server#260 (`[core.websocket_server] - INFO - Server is
    // running at ws://172.18.0.2:8000`); here other ports and a logging prefix of Python's logging.
    const next = '$ docker logs shop\n   ▲ Next.js 14.1.0\n   - Network:        http://0.0.0.0:3001\n\n ✓ Ready in 412ms';
    const logger = '2025-01-02 10:00:01,123 - INFO - Server is running at http://172.17.0.2:9000';
    for (const [text, port] of [
      [next, 3001],
      [logger, 9000],
    ] as const)
      expect(await checkReach('listening', text), text).toMatchObject({
        id: 'ports-swapped',
        details: { variant: 'app-port', appPort: port },
      });
    // A learner's own sentence is no start-up line.
    expect((await checkReach('listening', 'My server is running at http://localhost:9000 now.')).id).not.toBe('ports-swapped');
  });
});
