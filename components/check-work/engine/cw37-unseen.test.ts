/*
 * cw37: the classes holdout31 and holdout32 missed, each tested on variations (another program, name, port, layout or version)
 * rather than the paste; the real pastes are in ../corpus/ (h31-*, h32-*; each test names its source), and the README's
 * "holdout31 and holdout32's classes (cw37)" lists them.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const ps = (...rows: string[]) =>
  [
    'CONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                      PORTS                    NAMES',
    ...rows,
  ].join('\n');

describe('cw37: docker events, every container action and its JSON (events.ts)', () => {
  // Real paste: ticketmaster/googleanalytics_exporter#13 (h31-gaexporter13: `container die containerID (…, exitCode=2, …)`).
  const t = '2024-03-01T10:00:0';
  it('reads a die with its exit code in the default layout, attributes with ", " inside a value', async () => {
    const text = [
      `${t}1.000000000+01:00 container create 9f3c1a2b3c4d (image=shop/api:1.4, name=api)`,
      `${t}1.200000000+01:00 container start 9f3c1a2b3c4d (image=shop/api:1.4, name=api)`,
      `${t}9.300000000+01:00 container die 9f3c1a2b3c4d (exitCode=137, image=shop/api:1.4, maintainer=Jane, the ops team, name=api)`,
    ].join('\n');
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-exited', details: { name: 'api', exitCode: 137 } });
    expect((await check('run', text)).id).toBe('container-exited');
  });
  it('takes the last state: a start after a clean stop runs; a command run with exec is not the container dying', async () => {
    const text = [
      'container kill 1a2b3c4d5e6f (image=nginx, name=web, signal=15)',
      'container die 1a2b3c4d5e6f (exitCode=0, image=nginx, name=web)',
      'container stop 1a2b3c4d5e6f (image=nginx, name=web)',
      'container start 1a2b3c4d5e6f (image=nginx, name=web)',
      'container exec_die 1a2b3c4d5e6f (execID=77aa, exitCode=1, image=nginx, name=web)',
    ].join('\n');
    // web runs; it is not dash-app.
    expect((await check('reach:running', text)).id).toBe('container-not-found');
  });
  it('reads a crash loop (two deaths, then a start) as restarting, and an OOM kill', async () => {
    const loop = ['start', 'die', 'start', 'die', 'start']
      .map((a) => `container ${a} 5e6f7a8b9c0d (${a === 'die' ? 'exitCode=1, ' : ''}image=worker, name=worker)`)
      .join('\n');
    expect(await check('reach:running', loop)).toMatchObject({ id: 'container-exited', details: { state: 'restarting' } });
    const oom =
      'container oom 5e6f7a8b9c0d (image=java-app, name=billing)\ncontainer die 5e6f7a8b9c0d (exitCode=137, image=java-app, name=billing)';
    expect(await check('reach:running', oom)).toMatchObject({ id: 'container-exited', details: { exitCode: 137 } });
  });
  it('reads `docker events --format "{{json .}}"` (moby api/types/events.Message)', async () => {
    const line = (Action: string, attrs: Record<string, string>) =>
      JSON.stringify({
        status: Action,
        id: 'c0ffee000000',
        from: 'redis:7',
        Type: 'container',
        Action,
        Actor: { ID: 'c0ffee000000', Attributes: { image: 'redis:7', name: 'cache', ...attrs } },
        scope: 'local',
        time: 1709287200,
      });
    const text = [line('start', {}), line('die', { exitCode: '1' })].join('\n');
    expect(await check('reach:running', text)).toMatchObject({ id: 'container-exited', details: { name: 'cache', exitCode: 1 } });
  });
  it('never makes a free port of events (no listing)', async () => {
    const text = 'container die 9f3c1a2b3c4d (exitCode=0, image=alpine, name=once)';
    expect((await check('reach:port-free', text)).kind).not.toBe('ok');
  });
});

describe('cw37: a stopped or Created container beside others running (diagnose-container.ts onlyStopped)', () => {
  // Real pastes: foradian/fluxday#27 (h31-fluxday27, Created beside two Up), gist KushajveerSingh (h32-gistkushajveer, Exited (0)
  // beside Up).
  const rows = ps(
    'a1b2c3d4e5f6   api:dev        "uvicorn main:app"       2 minutes ago    Up 2 minutes                0.0.0.0:9000->9000/tcp   api',
    'b2c3d4e5f6a1   api:dev        "uvicorn main:app"       9 minutes ago    Exited (1) 8 minutes ago                             quirky_hopper',
  );
  it('is not "the one just started": container-not-found at run and reach:running', async () => {
    expect((await check('run', rows)).id).toBe('container-not-found');
    expect((await check('reach:running', rows)).id).toBe('container-not-found');
  });
  it('still answers by its state when the paste’s own run line named it (moby/moby#19096)', async () => {
    const text = `$ docker run -p 9001:9000 --name quirky_hopper api:dev\n$ docker ps -a\n${rows}`;
    expect((await check('reach:running', text)).id).toBe('container-exited');
  });
});

describe('cw37: Docker 0.x’s listing without NAMES (parse-table.ts tokenRow)', () => {
  // Real paste: gist shamrin/6905324 (h32-gistshamrin, fourteen `Exit 0` rows, spaces collapsed).
  const head = 'ID IMAGE COMMAND CREATED STATUS PORTS';
  it('reads no name from the STATUS: several stopped are container-not-found, one is its state', async () => {
    // Before, the last word (`0` of `Exit 0`) was every row's name: the rows were one container.
    const three = [
      head,
      '3c1d2e3f4a5b busybox:latest sleep 1 5 seconds ago Exit 0',
      '4d2e3f4a5b6c busybox:latest true 9 minutes ago Exit 0',
      '5e3f4a5b6c7d 9a8b7c6d5e4f /bin/sh -c make 20 minutes ago Exit 0',
    ].join('\n');
    expect((await check('reach:running', three)).id).toBe('container-not-found');
    const one = `${head}\n3c1d2e3f4a5b ubuntu:12.04 /bin/sh -c python 5 seconds ago Exit 2`;
    expect(await check('reach:running', one)).toMatchObject({ id: 'container-exited', details: { exitCode: 2 } });
  });
});

describe('cw37: the amd64 warning under a run line with no -p (diagnose-run.ts)', () => {
  // Real paste: RickdeJager/stegseek#22 (h32-stegseek22, a tool's run line with an argument, the warning, its banner).
  const warn =
    "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested";
  it('is no-port-published, with a command of its own too; the warning alone stays partial', async () => {
    expect((await check('run', `$ docker run --rm -v "$PWD:/data" acme/pdf-tool report.pdf\n${warn}\npdf-tool 2.1`)).id).toBe(
      'no-port-published',
    );
    expect((await check('run', `docker run -it myorg/legacy-app bash\n${warn}\nroot@3f1c2a9b7d0e:/#`)).id).toBe('no-port-published');
    expect((await check('run', warn)).kind).toBe('partial');
    expect((await check('run', `docker run -d -p 9090:80 acme/web\n${warn}`)).id).toBe('ports-swapped');
  });
});

describe('cw37: copying debris (normalize.ts, the smallest changes)', () => {
  it('undoes a page’s line numbers (pastebin.com’s paste view)', async () => {
    // Real paste: pastebin 8TuFCg2i (h32-pastebin8TuFCg2i, docker version 19.03.5-ce numbered 1. to 34.).
    const lines = [
      '$ docker version',
      'Client: Docker Engine - Community',
      ' Version:           24.0.7',
      ' API version:       1.43',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          24.0.7',
      '  API version:      1.43 (minimum version 1.12)',
    ];
    const numbered = lines.map((l, i) => `  ${i + 1}. ${l}`).join('\n');
    expect((await check('install', numbered)).kind).toBe('ok');
  });
  it('keeps a [user@host dir]$ prompt whose user starts with m (not a colour reset)', async () => {
    // Real paste: gist mvoropaiev/8d70a188… (h32-gistmvoropaiev).
    const text = [
      '[maria@devbox shop (main)]$ docker ps | grep web',
      'a1b2c3d4e5f6 shop_web "gunicorn app:app" 3 minutes ago Up 3 minutes 0.0.0.0:8000->8000/tcp shop_web_1',
      '[maria@devbox shop (main)]$ curl -s localhost:8000',
      'curl: (52) Empty reply from server',
    ].join('\n');
    expect((await check('reach:listening', text)).id).toBe('app-listens-on-loopback');
    // A bare reset code is still removed.
    expect((await check('reach:listening', 'Dash is running on http://0.0.0.0:8050/[m')).id).toBe('app-listens-on-all');
  });
  it('reads a prompt after the terminal’s ^C echo', async () => {
    // Real paste: gist addisonj/9061565 (h32-gistaddisonj, `^C^Croot@codetrain-base:~# docker run -i -t -p 3000:3000 ubuntu /bin/bash`).
    const text = '^Cme@laptop:~/app$ docker run -it -p 5000:5000 python:3.12 bash\nroot@3f1c2a9b7d0e:/# python -m http.server 5000 &';
    expect((await check('run', text)).id).toBe('ports-swapped');
  });
  it('reads a cut document whose last line lost the page’s table cells', async () => {
    // Real paste: gist dmpanch/90d7c9bc… (h32-gistdmpanch, syspass_internal's inspect cut inside a container's entry).
    const text = [
      '[ | |',
      '{ | |',
      '"Name": "shop_backend", | |',
      '"Driver": "bridge", | |',
      '"Containers": { | |',
      '"a1b2": { | |',
      '"Name": "shop-db-1", | |',
      '"IPv4Addr',
    ].join('\n');
    expect(await check('networks', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'shop' } });
  });
});

describe('cw37: a docker ps table’s rows, and what was pasted under it (parse-table.ts, reach.ts)', () => {
  // Real pastes: Janusec/janusec#36 (h32-janusec36, a curl line under the collapsed table), gist roberto68 (h32-gistroberto68, a
  // table collapsed onto its command's line, one mapping beside many exposed ports).
  it('reads a curl line under a collapsed table as the client’s, not as a container', async () => {
    const text =
      'docker ps\nCONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES\n0a1b2c3d4e5f acme/admin:2 "/init" 5 minutes ago Up 5 minutes 0.0.0.0:7000->7000/tcp keen_lamport\nwget -O- 127.0.0.1:7000 wget: error getting response: Connection reset by peer\n日志是空的';
    expect((await check('reach:listening', text)).id).toBe('app-listens-on-loopback');
  });
  it('answers one container read twice, one mapping beside exposed ports, by where it leads', async () => {
    // With lines under it, read.ts reads the table on the command's line again: the same row twice, no twin of itself.
    const text =
      'docker ps CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES 1f2e3d4c5b6a acme/node "npm start" 2 minutes ago Up 2 minutes 22/tcp, 80/tcp, 9229/tcp, 0.0.0.0:8080->3000/tcp node-1\nthen curl says\ncurl: (7) Failed to connect to 172.17.0.2 port 80: Connection refused';
    expect(await check('reach:published', text)).toMatchObject({ id: 'ports-swapped', details: { target: 3000 } });
  });
});

describe('cw37: works inside, not outside (inside-reply.ts)', () => {
  // Real pastes: Wikidepia/InstaFix#76 (h32-instafix76: a shell opened with docker exec, then curl), gist mvoropaiev (h32-gistmvoropaiev:
  // `docker exec -it … curl`).
  const row =
    'b504e5fc91db   acme/site      "/app/site"              2 seconds ago    Up 1 second                 0.0.0.0:4000->4000/tcp   brave_kare';
  it('at run: a reset from the host and the page from inside is the app on loopback, before the mapping and name', async () => {
    const exec = `$ docker run -d -p 4000:4000 acme/site\n$ docker ps\n${ps(row)}\n$ curl localhost:4000\ncurl: (56) Recv failure: Connection reset by peer\n$ docker exec brave_kare wget -qO- http://127.0.0.1:4000\n<!doctype html><html><head><title>site</title>`;
    expect((await check('run', exec)).id).toBe('app-listens-on-loopback');
    const shell = `$ docker ps\n${ps(row)}\n$ curl -i localhost:4000\ncurl: (52) Empty reply from server\n$ docker exec -it brave_kare sh\nroot@b504e5fc91db:/app# curl -I localhost:4000\nHTTP/1.1 200 OK`;
    expect((await check('run', shell)).id).toBe('app-listens-on-loopback');
  });
  it('the answer inside is not the host port’s: no ok at "Is port 8050 free?", no answer counted at 8050', async () => {
    const text = '$ docker exec -it web curl -s localhost:8050\n<!DOCTYPE html><html><title>Dash</title>';
    expect((await check('reach:port-free', text)).kind).not.toBe('ok');
  });
  it('without the reset, the mapping answers (the page inside alone does not say the host cannot reach it)', async () => {
    const text = `$ docker run -d -p 4000:4000 acme/site\n$ docker exec brave_kare curl -s localhost:4000\n<html><body>ok</body></html>`;
    expect((await check('run', text)).id).toBe('ports-swapped');
  });
});

describe('cw37: a Go program’s start line after the log package’s date (parse-logs.ts bareStart)', () => {
  // Real paste: portainer/portainer#2860 (h31-portainer2860, `2019/05/02 11:14:07 Starting Portainer 1.20.2 on :9000`).
  it('reads "Starting <name> <version> on", "Serving on", "Running … at", with and without a host', async () => {
    expect(await check('reach:listening', '2024/02/01 09:00:00 Starting gitea-runner v0.2.6 on :8088')).toMatchObject({
      id: 'ports-swapped',
      details: { appPort: 8088 },
    });
    expect((await check('reach:listening', '2024/02/01 09:00:00 Serving on 127.0.0.1:8050'))?.id).toBe('app-listens-on-loopback');
    expect((await check('reach:listening', '2024/02/01 09:00:00 Running dashboard at 0.0.0.0:8050')).kind).toBe('ok');
  });
});

describe('cw37: a run line in a Markdown code span (command-line.ts toldRuns)', () => {
  // Real paste: mikeizbicki/cmc-csci143#634 (h31-cmccsci634, then curl refused at the host port).
  it('is the run line: its mapping answers', async () => {
    const text =
      'When I run `docker run -d -p 8080:5000 flask-app` it prints an ID.\n`curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused`';
    expect((await check('run', text)).id).toBe('ports-swapped');
    expect((await check('run', 'I started it with `docker run --name api myimg` and nothing happens')).id).toBe('no-port-published');
  });
});

describe('cw37: docker container create, then start (command-line.ts)', () => {
  // Real paste: an Indonesian course's notes (h32-idnotes1988147064, with a listing: container-not-found there, CONVENTIONS §2.2).
  it('is a run line when nothing lists its container', async () => {
    const text =
      '$ docker container create --name web1 -p 8080:80 nginx:latest\n3f1c2a9b7d0e3f1c2a9b7d0e3f1c2a9b7d0e3f1c2a9b7d0e3f1c2a9b7d0e1234\n$ docker container start web1\nweb1';
    expect((await check('run', text)).id).toBe('ports-swapped');
  });
});

describe('cw37: Compose (step-compose.ts, diagnose-compose.ts)', () => {
  it('reads v2’s version quoted in a sentence, a release candidate too', async () => {
    // Real paste: getsentry/self-hosted#1100 (h31-sentry1100, install.sh's `… but found Docker Compose version v2.0.0-rc.3`).
    expect((await check('compose', 'Error: this needs Compose 2.20, found Docker Compose version v2.1.1')).id).toBe('compose-too-old');
    expect((await check('compose', 'check failed: found Docker Compose version v2.2.0-rc.1')).id).toBe('compose-too-old');
    expect((await check('compose', 'Expected minimum docker-compose version to be 1.28.0')).id).toBe('unreadable');
  });
  it('names the project by the image Compose built for a service (project-service), container_name or not', async () => {
    // Real paste: stored readme 37061547435 (h32-composenotes, my_app … compose-example-app).
    const text = [
      'NAME      IMAGE          COMMAND                  SERVICE   CREATED         STATUS         PORTS',
      'blog      blog-web       "gunicorn app:app"       web       2 minutes ago   Up 2 minutes   0.0.0.0:8000->8000/tcp',
      'blog-db   postgres:16    "docker-entrypoint.s…"   db        2 minutes ago   Up 2 minutes   5432/tcp',
    ].join('\n');
    expect(await check('compose', text)).toMatchObject({ id: 'compose-project-name', details: { project: 'blog' } });
  });
  it('reads up’s output flattened onto its command’s line: the exit Compose printed', async () => {
    // Real paste: wsvincent/djangoforprofessionals#46 (h32-djangoforpros46, v1, `code_web_1 exited with code 2`).
    const v2 =
      "$ docker compose up Attaching to shop-api-1 shop-api-1 | Error: Cannot find module '/app/server.js' shop-api-1 exited with code 1";
    expect(await check('compose', v2)).toMatchObject({ id: 'compose-service-not-running', details: { name: 'api', exitCode: 1 } });
  });
});
