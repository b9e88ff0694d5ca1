/*
 * cw43: the classes holdout39 and holdout40 missed, each tested on variations (another program, name, port, layout or version)
 * rather than the paste; the real pastes are in ../corpus/ (h39-*, h40-*; each test names its source), and the README's
 * "holdout39 and holdout40's classes (cw43)" lists them.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const listening = (text: string) => check('reach:listening', text);

describe('cw43: a loopback start line retold in a sentence (told-start.ts)', () => {
  // Real paste: aspnet/aspnet-docker#132 ("It displays the message Kestrel is running on http://localhost:5000 then disappears").
  it('Kestrel`s "Now listening on", uvicorn`s and Puma`s lines retold at 127.0.0.1, other ports: loopback on the reach path', async () => {
    const kestrel = 'docker run -it myapp\n\nthe log says Now listening on: http://localhost:8080 and then nothing loads in the browser';
    expect(await listening(kestrel)).toMatchObject({ id: 'app-listens-on-loopback' });
    expect(await listening('It shows the message Uvicorn running on http://127.0.0.1:8000 but the page never opens.')).toMatchObject({
      id: 'app-listens-on-loopback',
    });
    expect(
      await listening('docker run -it myapp\n\nIt displays the message Puma is running on http://127.0.0.1:3000 then stops.'),
    ).toMatchObject({
      id: 'app-listens-on-loopback',
    });
  });
  it('at lesson 5`s panel the run line answers first (no -p), and a learner`s own address names no message', async () => {
    expect(
      await check('run', 'docker run -it myapp\n\nIt displays the message Puma is running on http://127.0.0.1:3000 then stops.'),
    ).toMatchObject({
      id: 'no-port-published',
    });
    expect((await listening('I open http://localhost:8050 and it is running at localhost:8050 I think')).id).not.toBe(
      'app-listens-on-loopback',
    );
  });
});

describe('cw43: a run line quoted in a Markdown blockquote (command-line.ts toldRun)', () => {
  // Real paste: CommunitySolidServer/CommunitySolidServer#939 (``> `docker run --rm -p 3000:3000 -it css:latest -c config/default.json` ``).
  it('in a code span or bare, with a command of its own after the image', async () => {
    const span = 'I tried to run it with:\n> `docker run --rm -p 8080:80 -it myimg:latest --config prod.json`\n\nThe page is empty.';
    expect(await check('run', span)).toMatchObject({ id: 'ports-swapped', details: { found: '8080->80/tcp' } });
    const bare = 'Started it with\n>  docker run -d -p 5000:5000 flaskapp serve\n\nand nothing.';
    expect(await check('run', bare)).toMatchObject({ id: 'ports-swapped' });
  });
});

describe('cw43: docker exec`s own program not found is not the container`s (parse-errors.ts errorHits)', () => {
  // Real paste: a DevOps Q&A's lab with hashicorp/http-echo (`OCI runtime exec failed: … exec: "/bin/sh": stat /bin/sh: no such file`).
  it('runc 1.1`s words for a distroless image, beside a running listing and a loopback log', async () => {
    const text = [
      '$ docker ps',
      'CONTAINER ID   IMAGE        COMMAND      CREATED         STATUS         PORTS                    NAMES',
      '3f2a1b4c5d6e   echo:dist    "/server"    2 minutes ago   Up 2 minutes   0.0.0.0:9000->7000/tcp   echo',
      '$ docker logs echo',
      'level=info msg="listening" addr=127.0.0.1:7000',
      '$ docker exec -it echo bash',
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": stat /bin/bash: no such file or directory: unknown',
    ].join('\n');
    expect(await listening(text)).toMatchObject({ id: 'app-listens-on-loopback' });
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped' });
  });
  it('the container`s own missing program still answers', async () => {
    expect(
      await check(
        'reach:running',
        'docker: Error response from daemon: failed to create task: exec: "/app/start.sh": stat /app/start.sh: no such file or directory: unknown.',
      ),
    ).toMatchObject({ id: 'container-exited', details: { variant: 'no-file' } });
  });
});

describe('cw43: every resolver`s "no such host" for a service name (compose-errors.ts appMissing)', () => {
  // Real paste: open-telemetry/opentelemetry-demo#272 (Go's cgo resolver on musl: `lookup currencyservice: Try again`).
  it('Go through glibc and musl, at another service`s name', async () => {
    for (const words of ['Try again', 'Temporary failure in name resolution', 'Name does not resolve', 'Name or service not known'])
      expect(await check('networks', `checkout-1  | rpc error: dial tcp: lookup paymentsvc: ${words}`)).toMatchObject({
        id: 'upstream-host-not-found',
        details: { upstream: 'paymentsvc' },
      });
  });
  it('not a registry`s dotted name', async () => {
    expect((await check('networks', 'dial tcp: lookup registry-1.docker.io: Try again')).id).not.toBe('upstream-host-not-found');
  });
});

describe('cw43: a docker ps table with HTML`s <br> and rows cut inside PORTS (normalize.ts)', () => {
  // Real paste: RAG-application notes (PowerShell `docker ps` with `STATUS    <br>   PORTS` and `[::]<br>` / `:11434->11434/tcp`).
  it('two rows broken after [::] and after a comma: two other containers, none dash-app', async () => {
    const text = [
      'PS C:\\work> docker ps',
      'CONTAINER ID   IMAGE        COMMAND                  CREATED      STATUS      <br>PORTS                                         NAMES',
      '1a2b3c4d5e6f   redis:7      "docker-entrypoint.s…"   2 days ago   Up 2 days   0.0.0.0:6379->6379/tcp, [::]<br>',
      ':6379->6379/tcp   cache<br>',
      '6f5e4d3c2b1a   nginx:1.27   "/docker-entrypoint.…"   2 days ago   Up 2 days   0.0.0.0:8081->80/tcp,<br>',
      '[::]:8081->80/tcp         front<br><br>',
    ].join('\n');
    expect(await check('reach:published', text)).toMatchObject({ id: 'container-not-found' });
    expect(await check('reach:port-free', text)).toMatchObject({ kind: 'ok' });
  });
  it('one publisher broken after [::], beside one that publishes nothing: its mapping, under its own name', async () => {
    const text = [
      'PS C:\\work> docker ps',
      'CONTAINER ID   IMAGE        COMMAND                  CREATED      STATUS      <br>PORTS                                         NAMES',
      '6f5e4d3c2b1a   nginx:1.27   "/docker-entrypoint.…"   2 days ago   Up 2 days   0.0.0.0:8081->80/tcp, [::]<br>',
      ':8081->80/tcp         front<br>',
      '1a2b3c4d5e6f   redis:7      "docker-entrypoint.s…"   2 days ago   Up 2 days   6379/tcp                                      cache<br><br>',
    ].join('\n');
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { name: 'front' } });
  });
});

describe('cw43: the client`s "cannot connect" after the shell found no docker (read.ts)', () => {
  // Real paste: a Git Bash (MINGW64) session, `bash: docker: command not found`, then the npipe "failed to connect".
  it('Linux`s socket and Windows` pipe: the daemon is the later state', async () => {
    const linux =
      '$ docker ps\nbash: docker: command not found\n$ sudo apt install docker.io\n$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
    expect(await check('install', linux)).toMatchObject({ id: 'daemon-not-running' });
    const win = `PS C:\\> docker version\ndocker : The term 'docker' is not recognized as the name of a cmdlet\nPS C:\\> docker version\nerror during connect: this error may indicate that the docker daemon is not running: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: The system cannot find the file specified.`;
    expect(await check('install', win)).toMatchObject({ id: 'daemon-not-running' });
  });
  it('another program`s words about the daemon do not count (VS Code`s Docker extension)', async () => {
    const text = `PS C:\\app> docker ps\ndocker : The term 'docker' is not recognized as the name of a cmdlet\nError Message: Unable to connect to Docker, is the Docker daemon running?`;
    expect(await check('install', text)).toMatchObject({ id: 'docker-not-found' });
  });
  it('the other way round, not found stays the later state', async () => {
    expect(
      await check(
        'install',
        'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\n$ docker ps\nbash: docker: command not found',
      ),
    ).toMatchObject({
      id: 'docker-not-found',
    });
  });
});

describe('cw43: a build the daemon finished is its answer (parse-version.ts)', () => {
  // Real paste: Korean PowerShell notes, `error during connect` then `[+] Building 51.5s (9/9) FINISHED` … `naming to docker.io/…`.
  it('BuildKit`s plain progress and the legacy builder, after "Cannot connect"', async () => {
    const plain =
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n$ docker build -t web .\n#7 exporting to image\n#7 exporting layers done\n#7 writing image sha256:4f3c done\n#7 naming to docker.io/library/web done\n#7 DONE 0.2s';
    expect(await check('install', plain)).toMatchObject({ kind: 'ok' });
    const legacy =
      'error during connect: This error may indicate that the docker daemon is not running.\n> docker build -t web .\nStep 3/3 : CMD ["python", "app.py"]\n ---> Running in 0c1d\n ---> 9a8b7c6d5e4f\nSuccessfully built 9a8b7c6d5e4f\nSuccessfully tagged web:latest';
    expect(await check('install', legacy)).toMatchObject({ kind: 'ok' });
  });
  it('not Compose`s dry run, nor a build that failed', async () => {
    expect((await check('install', ' ✔ DRY-RUN MODE -  ==> ==> naming to web-app  0.0s')).kind).not.toBe('ok');
    expect(
      (
        await check(
          'install',
          'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\n$ docker build .\nERROR: failed to solve: failed to read dockerfile',
        )
      ).kind,
    ).not.toBe('ok');
  });
});

describe('cw43: a process supervisor`s words for its program crashing (parse-logs.ts supervised)', () => {
  // Real paste: GitLab's Open Streaming Platform #90 (supervisord, `exited: gunicorn (exit status 1; not expected)` in a loop).
  it('supervisord`s FATAL, pm2`s exits and unstable restarts, nodemon`s crash', async () => {
    const sup =
      "2024-01-02 10:00:00,100 INFO spawned: 'uwsgi' with pid 8\n2024-01-02 10:00:01,200 INFO gave up: uwsgi entered FATAL state, too many start retries too quickly";
    expect(await listening(sup)).toMatchObject({ id: 'container-exited', details: { variant: 'crash' } });
    const pm2 =
      'PM2 | App [api:0] exited with code [1] via signal [SIGINT]\nPM2 | App [api:0] starting in -fork mode-\nPM2 | App [api:0] exited with code [1] via signal [SIGINT]';
    expect(await check('run', pm2)).toMatchObject({ id: 'container-exited' });
    expect(
      await listening('[nodemon] starting `node server.js`\n[nodemon] app crashed - waiting for file changes before starting...'),
    ).toMatchObject({
      id: 'container-exited',
    });
  });
  it('one exit, or an exit expected, is no loop', async () => {
    expect((await listening('2024-01-02 10:00:01,200 INFO exited: worker (exit status 1; not expected)')).id).not.toBe('container-exited');
    expect((await listening('INFO exited: migrate (exit status 0; expected)\nINFO exited: migrate (exit status 0; expected)')).id).not.toBe(
      'container-exited',
    );
  });
});

describe('cw43: requests through Docker and one forward to another container port (reach.ts)', () => {
  // Real paste: a React app's README (`docker run -p 8080:80 …`, nginx's entrypoint, `172.17.0.1 - - […] "GET / HTTP/1.1" 200`).
  it('a run line`s -p or a listing`s mapping, Desktop`s gateway', async () => {
    const text = '$ docker run -p 3000:5000 shop\n192.168.65.1 - - [06/Jul/2024:11:13:01 +0000] "GET / HTTP/1.1" 200 378 "-" "curl/8.4.0"';
    expect(await listening(text)).toMatchObject({ id: 'ports-swapped', details: { appPort: 5000 } });
    const ps = [
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND     CREATED         STATUS         PORTS                    NAMES',
      '0a1b2c3d4e5f   shop      "node ."    2 minutes ago   Up 2 minutes   0.0.0.0:8050->3000/tcp   shop',
      '$ docker logs shop',
      '172.17.0.1 - - [06/Jul/2024:11:13:01 +0000] "GET / HTTP/1.1" 200 12 "-" "Mozilla/5.0"',
    ].join('\n');
    expect(await listening(ps)).toMatchObject({ id: 'ports-swapped', details: { appPort: 3000 } });
  });
  it('through a forward to 8050: not another port (never a problem of its own, no new ok)', async () => {
    const text =
      '$ docker run --name dash-app -p 8050:8050 img\n172.17.0.1 - - [06/Jul/2024:11:13:01 +0000] "GET / HTTP/1.1" 200 378 "-" "curl/8.4.0"';
    expect((await listening(text)).kind).toBe('partial');
  });
});

describe('cw43: a client at a container`s root prompt, answered at one port, refused at the forward`s (inside-reply.ts)', () => {
  // Real paste: a Russian Netology homework (nginx moved to 81, `root@1654c7f7fe27:/# curl http://127.0.0.1:81`, docker port 80 -> 8081).
  it('another port and server, the forward from a docker ps row', async () => {
    const text = [
      'root@0a1b2c3d4e5f:/app# curl localhost:3000',
      'curl: (7) Failed to connect to localhost port 3000 after 0 ms: Connection refused',
      'root@0a1b2c3d4e5f:/app# curl -s localhost:4000',
      '<!DOCTYPE html><html><body>api</body></html>',
      'me@box:~$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND     CREATED         STATUS         PORTS                    NAMES',
      '0a1b2c3d4e5f   api       "node ."    2 minutes ago   Up 2 minutes   0.0.0.0:3000->3000/tcp   api',
    ].join('\n');
    expect(await listening(text)).toMatchObject({ id: 'ports-swapped', details: { appPort: 4000 } });
  });
});

describe('cw43: a later run that printed its ID, then only listings (step-run.ts ranThenListed)', () => {
  // Real paste: a saved macOS Terminal session (`bradsimpson@ ~:docker container run -d -p 8080:80 nginx`, allocated, then 8000).
  it('a name conflict first, then another name and a listing of it', async () => {
    const text = [
      '$ docker run -d --name web -p 8050:80 httpd',
      'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "9f8e". You have to remove (or rename) that container to be able to reuse that name.',
      '$ docker run -d --name web2 -p 8050:80 httpd',
      'b'.repeat(64),
      '$ docker ps',
      'CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES',
      'bbbbbbbbbbbb   httpd   "httpd-foreground"   5 seconds ago   Up 4 seconds   0.0.0.0:8050->80/tcp   web2',
    ].join('\n');
    expect(await check('run', text)).toMatchObject({ id: 'container-not-found' });
  });
});

describe('cw43: a container`s State object alone (schemas.ts stateAlone)', () => {
  // Real paste: gist adamancini/af6ee05e (`docker inspect $c | jq '.[].State'` in a loop over `docker-compose ps -aq`). cw78: the
  // gist's own `$c`, no name: `docker inspect web` would name web, another container (cw78-unseen.test.ts).
  const state = (status: string, code: number) =>
    `$ docker inspect $c | jq '.[0].State'\n{\n  "Status": "${status}",\n  "Running": ${status === 'running'},\n  "Paused": false,\n  "Restarting": false,\n  "OOMKilled": false,\n  "Dead": false,\n  "Pid": ${status === 'running' ? 4242 : 0},\n  "ExitCode": ${code},\n  "Error": "",\n  "StartedAt": "2024-05-01T10:00:00Z",\n  "FinishedAt": "0001-01-01T00:00:00Z"\n}`;
  it('running: a container runs, its name not shown; exited: its state', async () => {
    expect(await check('reach:running', state('running', 0))).toMatchObject({ kind: 'partial', details: { variant: 'name' } });
    expect(await check('reach:running', state('exited', 137))).toMatchObject({ id: 'container-exited' });
  });
});

describe('cw43: the last run without --name and the last container of its image (reach.ts)', () => {
  // Real paste: Portuguese notes 47402928485 (a -P run's gracious_chatelet, then `docker run -p 5065:80 …` and hopeful_elion).
  it('a -P container listed first, then the -p run`s container publishing one port', async () => {
    const text = [
      '$ docker run -d -P httpd',
      '$ docker ps',
      'CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES',
      '111111111111   httpd   "httpd-foreground"   1 min ago   Up 1 min   0.0.0.0:32768->80/tcp, 0.0.0.0:32769->443/tcp   calm_turing',
      '$ docker run -d -p 9000:80 httpd',
      '$ docker ps',
      'CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES',
      '222222222222   httpd   "httpd-foreground"   5 seconds ago   Up 4 seconds   0.0.0.0:9000->80/tcp   brave_hopper',
    ].join('\n');
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { name: 'brave_hopper' } });
  });
});
