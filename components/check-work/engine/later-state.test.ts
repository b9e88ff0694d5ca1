/*
 * cw118: the later state stands, by command (later-state.ts, CONVENTIONS §2.0 cw118). Rows are variations of what learners paste
 * when a first try fails and a second one works or fails otherwise (never a holdout's paste itself); ids starting "guard" hold
 * what must not change: a retry that shows nothing, prose under a command line, a retry on another host port.
 */
import { describe, expect, it } from 'vitest';
import { verbOf } from './later-state';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; id: string; at: Check; text: string; want?: string; not?: string };

const id64 = 'b3f1c2d4e5a6978812ab34cd56ef7890a1b2c3d4e5f60718293a4b5c6d7e8f90';

const rows: Row[] = [
  {
    source:
      'docker/cli opts: an image name with capitals (`invalid reference format: repository name must be lowercase`), then the lower-case retry and its ID',
    id: 'run-uppercase-then-id',
    at: 'run',
    not: 'invalid-reference',
    text: `$ docker run -d -p 8050:8050 --name dash-app Dash-App\ndocker: invalid reference format: repository name must be lowercase.\nSee 'docker run --help'.\n$ docker run -d -p 8050:8050 --name dash-app dash-app\n${id64}`,
  },
  {
    source:
      "docker/docs#9328's shape: options without dashes, then the retry pulling its image (create.go `Unable to find image '%s' locally`)",
    id: 'run-no-dashes-then-pulling',
    at: 'run',
    not: 'invalid-reference',
    text: "% docker run --detach publish=8050:8050 --name=dash-app dash-app\ndocker: invalid reference format.\nSee 'docker run --help'.\n% docker run -d -p 8050:8050 --name dash-app myuser/dash-app\nUnable to find image 'myuser/dash-app:latest' locally\nlatest: Pulling from myuser/dash-app\n81033e7c1d6a: Pull complete\n",
  },
  {
    source: 'docker/compose v2 cli: `no configuration file provided: not found`, then `-f` naming the file and the project starting',
    id: 'compose-no-file-then-f',
    at: 'compose',
    not: 'compose-no-file',
    text: '$ docker compose up -d\nno configuration file provided: not found\n$ docker compose -f dash.yml up -d\n[+] Running 2/2\n ✔ Network dash-app_default  Created\n ✔ Container dash-app-web-1   Started',
  },
  {
    source: "Compose v1's `Can't find a suitable configuration file`, then `docker-compose -f` (v1 `Creating x ... done`)",
    id: 'compose-v1-no-file-then-f',
    at: 'compose',
    not: 'compose-no-file',
    text: '$ docker-compose up -d\nERROR:\n        Can\'t find a suitable configuration file in this directory or any\n        parent. Are you in the right directory?\n\n        Supported filenames: docker-compose.yml, docker-compose.yaml\n$ docker-compose -f dash.yml up -d\nCreating network "dash-app_default" with the default driver\nCreating dash-app_web_1 ... done',
  },
  {
    source: "docs.docker.com post-install: the socket's permission denied, then `newgrp docker` and hello-world's greeting",
    id: 'install-denied-then-hello',
    at: 'install',
    want: 'healthy',
    text: '$ docker run hello-world\ndocker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": dial unix /var/run/docker.sock: connect: permission denied.\n$ newgrp docker\n$ docker run hello-world\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.',
  },
  {
    source: 'a retry that fails otherwise: permission denied, then the registry behind a proxy timing out (moby registry errors)',
    id: 'install-denied-then-registry',
    at: 'install',
    want: 'registry-unreachable',
    text: `$ docker run hello-world\ndocker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.39/containers/create: dial unix /var/run/docker.sock: connect: permission denied.\n$ sudo usermod -aG docker $USER\n$ docker run hello-world\nUnable to find image 'hello-world:latest' locally\ndocker: Error response from daemon: Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).`,
  },
  {
    source: 'guard: the retry typed, nothing after it: the error stands',
    id: 'guard-retry-without-output',
    at: 'run',
    want: 'invalid-reference',
    text: "$ docker run -d -p 8050:8050 --name dash-app Dash-App\ndocker: invalid reference format: repository name must be lowercase.\nSee 'docker run --help'.\n$ docker run -d -p 8050:8050 --name dash-app dash-app",
  },
  {
    source: "guard: an issue's numbered steps (`1. docker ps`, then the next step's sentence) are no answer (docker/for-win#7396's shape)",
    id: 'guard-numbered-steps',
    at: 'reach:running',
    want: 'daemon-not-running',
    text: '```\nC:\\> docker ps\nerror during connect: Get https://192.168.99.100:2376/v1.40/containers/json: dial tcp 192.168.99.100:2376: connectex: A connection attempt failed because the connected party did not properly respond after a period of time.\n```\n\n### Steps to reproduce\n\n1. Install Docker Desktop\n1. `docker ps`\n1. Switch to Windows containers: the same.',
  },
  {
    source: 'guard: a refused host port, then a retry on another host port that runs: the first port is still taken',
    id: 'guard-other-port-retry',
    at: 'reach:port-free',
    want: 'port-already-allocated',
    text: `$ docker run -d -p 8050:8050 --name dash-app dash-app\n${id64}\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (0f1e): Bind for 0.0.0.0:8050 failed: port is already allocated.\n$ docker rm dash-app\ndash-app\n$ docker run -d -p 8051:8050 --name dash-app dash-app\n${id64.replace('b3', 'c4')}`,
  },
  {
    source: 'guard: a retry whose output shows a failure the rules do not name (`Error: …`) proves nothing',
    id: 'guard-retry-unknown-error',
    at: 'run',
    want: 'invalid-reference',
    text: "$ docker run -d -p 8050:8050 --name dash-app Dash-App\ndocker: invalid reference format: repository name must be lowercase.\nSee 'docker run --help'.\n$ docker run -d -p 8050:8050 --name dash-app dash-app\nError: something the rules do not know\n",
  },
];

describe('cw118 the later state stands, by command', () => {
  it.each(rows)('$id ($source)', async ({ at, text, want, not }) => {
    const d = await check(at, text);
    const got = d.kind === 'ok' ? 'healthy' : d.id;
    if (want) expect(got).toBe(want);
    if (not) expect(got).not.toBe(not);
  });
});

describe('verbOf', () => {
  it.each([
    ['docker run -d -p 8050:8050 dash-app', 'run'],
    ['docker container run --rm dash-app', 'run'],
    ['docker -H tcp://x:2375 ps -a', 'ps'],
    ['docker container ls', 'ps'],
    ['docker image pull nginx', 'pull'],
    ['docker network create dash-net', 'network create'],
    ['docker-compose -f a.yml -p demo up -d', 'compose up'],
    ['docker compose --project-name x ps', 'compose ps'],
    ['docker.exe version', 'version'],
    ['podman run x', undefined],
    ['docker', undefined],
  ])('%s → %s', (cmd, verb) => expect(verbOf(cmd)).toBe(verb));
});
