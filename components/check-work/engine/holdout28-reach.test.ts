/*
 * cw30: holdout28's classes at "Is the container running?", "Is port 8050 published?", "Does the app listen on 0.0.0.0?" and
 * lesson 5's run step, each tested on a variation (another server, port, name or layout) rather than the paste; the real pastes
 * are in ../corpus/ (h28-*), and the README's "holdout28's classes, reach (cw30)" lists them.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const ts = '[2025-03-01 12:00:00 +0000]';

describe('cw30: one container shown by several commands (reach.ts)', () => {
  // Modelled on intel/cc-oci-runtime#48 (`docker run … -p 8080:80 --name test`, its docker ps row, then `docker port test`).
  const row = (name: string, ports: string) =>
    `CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS         ${'PORTS'.padEnd(ports.length)}   NAMES\n4f2a9c1b7d4e   img       "app"     5 seconds ago   Up 4 seconds   ${ports}   ${name}`;
  it('reads a docker ps row and docker port of the same name as one container', async () => {
    const text = `$ docker run -d -p 3000:5000 --name shop img\n4f2a9c1b7d4e\n$ docker ps\n${row('shop', '0.0.0.0:3000->5000/tcp')}\n$ docker port shop\n5000/tcp -> 0.0.0.0:3000`;
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { target: 5000 } });
  });
  it('still reads two publishers of different names as another container', async () => {
    const text = `$ docker ps\n${row('shop', '0.0.0.0:3000->5000/tcp')}\n$ docker port cart\n80/tcp -> 0.0.0.0:8081`;
    expect((await check('reach:published', text)).id).toBe('container-not-found');
  });
});

describe('cw30: a port in use in a program’s words, not a sentence’s (parse-errors.ts)', () => {
  // Modelled on jonaswinkler/paperless-ng#229 (prose "port 8000 is in use" above gunicorn's `Connection in use: ('localhost', 8000)`).
  it('reads Vite’s capitalised sentence, not a learner’s lower-case retelling', async () => {
    expect((await check('reach:listening', 'error when starting dev server:\nError: Port 8050 is already in use')).id).toBe(
      'port-already-allocated',
    );
    const told = `it keeps saying that port 5000 is in use\n${ts} [9] [ERROR] Connection in use: ('127.0.0.1', 5000)`;
    expect((await check('reach:listening', told)).id).toBe('app-listens-on-loopback');
  });
});

describe('cw30: a server’s last words when it stops at start (parse-logs.ts crashLine)', () => {
  it('reads gunicorn’s halt with an error (App failed to load) as the app stopped', async () => {
    // Modelled on loelkes/jire#2 (`Reason: Worker failed to boot.`); here 20.x's other reason, at lesson 5's run too.
    const text = `${ts} [1] [INFO] Starting gunicorn 20.1.0\n${ts} [1] [INFO] Listening at: http://0.0.0.0:8050 (1)\n${ts} [1] [ERROR] Shutting down: Master\n${ts} [1] [ERROR] Reason: App failed to load.`;
    expect(await check('reach:listening', text)).toMatchObject({ id: 'container-exited', details: { variant: 'crash' } });
    expect((await check('run', text)).id).toBe('container-exited');
  });
  it('reads nginx’s [emerg] at start as the server stopped, not its info lines', async () => {
    // Modelled on TomBursch/kitchenowl#105 (`socket() [::]:80 failed (97: …)`); here another directive it refuses.
    const text = 'nginx: [emerg] "server" directive is not allowed here in /etc/nginx/nginx.conf:12';
    expect((await check('reach:listening', text)).id).toBe('container-exited');
    expect((await check('reach:listening', '2025/03/01 12:00:00 [notice] 1#1: start worker processes')).id).not.toBe('container-exited');
  });
});

describe('cw30: start-up lines (parse-logs.ts, step-reach.ts)', () => {
  const at = (text: string) => check('reach:listening', text);
  it('reads gunicorn’s own start lines without the address as started', async () => {
    // Modelled on tiangolo/meinheld-gunicorn-flask-docker#43 (three "Booting worker" lines); here its first line alone.
    expect(await at(`${ts} [1] [INFO] Starting gunicorn 22.0.0`)).toMatchObject({ kind: 'partial', details: { variant: 'started' } });
  });
  it('reads "listening at/on" a bare address after a logger’s level (Python’s default format, others)', async () => {
    // Modelled on strob/gentle#270 (`INFO:root:listening at 0.0.0.0:8765`).
    expect((await at('INFO:__main__:listening on 0.0.0.0:5000')).details).toMatchObject({ appPort: 5000 });
    expect((await at('2025-03-01T12:00:00Z INFO listening on 127.0.0.1:8050')).id).toBe('app-listens-on-loopback');
    // A sentence's bare address after "listening on" stays unread.
    expect((await at('the app is listening on 0.0.0.0:8050 I think')).kind).not.toBe('ok');
  });
  it('reads a Go program’s printed config key for its listen address', async () => {
    // Modelled on sentriz/gonic#281 (`listen-addr 127.0.0.1:4747`); here another key and every address.
    expect((await at('2024/05/01 10:00:00     http-addr    0.0.0.0:9000')).details).toMatchObject({ appPort: 9000 });
    expect((await at('2024/05/01 10:00:00 bind 127.0.0.1:8050')).id).toBe('app-listens-on-loopback');
  });
  it('reads a start line whose port is no number as no port given', async () => {
    // Modelled on lwsjs/local-web-server#179 (`Listening on http://8ab29995624f:null, …`); here Node's unset $PORT.
    expect(await at('Server listening on port undefined')).toMatchObject({
      id: 'ports-swapped',
      details: { variant: 'no-port', port: 'undefined' },
    });
    // cw106 (stop 42): at localhost it binds loopback whatever port it gets (h88-mydash1's `localhost:undefined`, both experts).
    expect((await at('> app@1.0.0 start\n> node index.js\n\nApp running at http://localhost:NaN')).id).toBe('app-listens-on-loopback');
    expect((await at('App running at http://0.0.0.0:NaN')).details).toMatchObject({ variant: 'no-port' });
  });
  it('reads http-server’s list of interfaces as every address, one URL as its port only', async () => {
    // Modelled on olivia-ai/olivia#170 (127.0.0.1:120 and 172.19.0.3:120); here another port, and a list at 8050.
    expect(
      (await at('Available on:\n  http://127.0.0.1:3000\n  http://10.0.0.5:3000\nHit CTRL-C to stop the server')).details,
    ).toMatchObject({
      appPort: 3000,
    });
    expect((await at('Available on:\n  http://127.0.0.1:8050\n  http://172.17.0.4:8050')).id).toBe('app-listens-on-all');
    expect((await at('Available on:\n  http://172.17.0.4:8050')).kind).not.toBe('ok');
  });
  it('reads a server’s "Running/Starting <name> server on" and its bare address, at the line’s start only', async () => {
    // Modelled on jolibrain/deepdetect#110 (`Running DeepDetect HTTP server on 0.0.0.0:8080`).
    expect((await at('Starting Foo API server on 127.0.0.1:8050')).id).toBe('app-listens-on-loopback');
    expect((await at('I tried running the server on 0.0.0.0:8050')).kind).not.toBe('ok');
  });
  it('takes the one service at the lesson’s port among several that say where they listen', async () => {
    // Modelled on a tutorial's compose logs (stored readme 43444012918: api on 0.0.0.0:8050 beside Triton and Gradio).
    const svc = (name: string, line: string) => `shop-${name}-1  | ${line}`;
    const text = [
      svc('admin', 'Running on local URL:  http://127.0.0.1:7860'),
      svc('api', 'INFO:     Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit)'),
    ].join('\n');
    expect((await at(text)).id).toBe('app-listens-on-all');
    // Two at 8050, one of them on loopback: which is the app is not shown.
    const two = `${text}\n${svc('api2', 'INFO:     Uvicorn running on http://127.0.0.1:8050 (Press CTRL+C to quit)')}`;
    expect((await at(two)).kind).not.toBe('ok');
  });
});

describe('cw30: a run line with its own command, then the app (diagnose-run.ts)', () => {
  // Modelled on amineHY/docker-streamlit-app#1 (`docker run -ti --rm <image> streamlit run main.py`, then its Network URL).
  it('reads it as nothing published when it has no -p', async () => {
    const text = '$ docker run -it --rm myimg python app.py\n * Running on http://0.0.0.0:5000/ (Press CTRL+C to quit)';
    expect((await check('run', text)).id).toBe('no-port-published');
    const all = '$ docker run -it --rm -P myimg python app.py\n * Running on http://0.0.0.0:5000/ (Press CTRL+C to quit)';
    expect((await check('run', all)).id).not.toBe('no-port-published');
  });
});

describe('cw30: an entrypoint with CRLF in coreutils 8.25+’s words (parse-errors.ts noProgram)', () => {
  // Modelled on CISC-CMPE-327/Information#106 (`/usr/bin/env: ‘bash\r’: No such file or directory` in a Compose v1 log).
  it('reads the escaped carriage return in the quoted name', async () => {
    const text = "web-1  | /usr/bin/env: 'python3\\r': No such file or directory";
    expect(await check('reach:listening', text)).toMatchObject({ id: 'container-exited', details: { variant: 'no-file' } });
  });
});

describe('cw30: docker ps in fewer columns (parse-table.ts namesOnly, read.ts)', () => {
  it('reads a names-only listing, and the text after it', async () => {
    // Modelled on getsentry/self-hosted#3410 (`docker ps -a --format "{{.Names}}"`, eight containers, no web).
    const text = '$ docker ps --format {{.Names}}\nshop-web-1\nshop-db-1\nand the page still does not load';
    expect((await check('reach:running', text)).id).toBe('container-not-found');
    expect((await check('reach:running', '$ docker ps -a --format "{{.Names}}"\ndash-app\n$')).id).not.toBe('container-not-found');
  });
  it('reads a STATUS cell under its docker ps, with or without its column’s name', async () => {
    // Modelled on docker-library/docs#1262 (`Status: Exited (0) 2 seconds ago`); here a restart loop and the bare cell.
    expect(await check('reach:running', '$ docker ps -a\nStatus: Restarting (1) 5 seconds ago')).toMatchObject({
      id: 'container-exited',
      details: { state: 'restarting' },
    });
    expect((await check('reach:running', '$ docker container ls -a\nExited (137) 2 minutes ago')).id).toBe('container-exited');
  });
});
