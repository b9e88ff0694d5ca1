/*
 * cw134 (stop 47): the answer policy of cw129 at the panels' steps, install, run, compose and networks. Before "I can't read this",
 * the step's question is asked once more of the facts already read (step-fallback.ts): an error line a reader kept that no rule
 * matched as copied (Markdown's marks, doubled spaces), Compose's and moby's errors no rule had, a detached container's logs ending
 * in its program's failure, a container shown by its own host name at install (the one ok). Each row is a short paste built on a
 * real source's format (`source` names it), never a holdout paste. Rows whose id starts "guard" must keep their answer: other
 * steps' commands, non-Docker text, an empty paste and a build log stay unreadable, oks stay ok.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const installRows: Row[] = [
  {
    source: "ubuntu's image: bash's Debian prompt (`\\u@\\h:\\w\\$`, the host name the container's ID) and `uname -a` in it",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'run-it-ubuntu-uname',
    text: '$ docker run -it ubuntu bash\nroot@3f2a1b0c9d8e:/# uname -a\nLinux 3f2a1b0c9d8e 5.15.0-91-generic #101-Ubuntu SMP x86_64 x86_64 x86_64 GNU/Linux\nroot@3f2a1b0c9d8e:/# exit\n',
  },
  {
    source: "alpine's image: BusyBox ash's `/ #` prompt and `uname -a` under Docker Desktop's linuxkit kernel",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'run-rm-it-alpine-uname',
    text: '```\n$ docker run --rm -it alpine sh\n/ # uname -a\nLinux 9a8b7c6d5e4f 6.6.12-linuxkit #1 SMP Thu Feb  8 06:36:34 UTC 2024 aarch64 Linux\n/ # exit\n```\n',
  },
  {
    source:
      'moby distribution/pull.go writeStatus under docker run, indented as a Markdown code block (a forum post of `docker run redis`)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'pull-status-indented',
    text: "I ran\n\n    docker run --name some-redis -d redis\n\nand got\n\n    Unable to find image 'redis:latest' locally\n    latest: Pulling from library/redis\n    Digest: sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\n    Status: Downloaded newer image for redis:latest\n",
  },
];

const runRows: Row[] = [
  {
    source: 'nginx src/core/ngx_conf_file.c: `[emerg] unknown directive` in `docker logs` of a detached nginx (a typo in default.conf)',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'logs-nginx-emerg-directive',
    text: '$ docker run -d --name web -v $PWD/default.conf:/etc/nginx/conf.d/default.conf nginx nginx -g "daemon off;"\n$ docker logs web\n/docker-entrypoint.sh: Configuration complete; ready for start up\n2024/05/02 10:11:12 [emerg] 1#1: unknown directive "servr" in /etc/nginx/conf.d/default.conf:2\nnginx: [emerg] unknown directive "servr" in /etc/nginx/conf.d/default.conf:2\n',
  },
  {
    source: "postgres' own FATAL (src/backend/utils/init/miscinit.c: data directory has wrong ownership) in docker logs of a detached run",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'logs-postgres-fatal-ownership',
    text: '$ docker run -d --name pg -v /mnt/data:/var/lib/postgresql/data postgres:16\n$ docker logs pg\n2024-05-02 10:11:12.345 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership\n2024-05-02 10:11:12.345 UTC [1] HINT:  The server must be started by the user that owns the data directory.\n',
  },
  {
    source: "Go runtime's `panic: runtime error: invalid memory address or nil pointer dereference` in docker logs of a detached run",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'logs-go-panic',
    text: '$ docker run -d --name api myorg/api:1.2 serve --config /etc/api.yml\n$ docker logs api\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b1c2a]\n',
  },
];

const composeRows: Row[] = [
  {
    source: 'Compose v1 compose/cli/main.py `ERROR: for db  Container "…" is unhealthy.` told in prose, spaces doubled, in backticks',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v1-unhealthy-prose-backticks',
    text: 'When I run docker-compose up it stops with `ERROR: for db  Container  "3f2a1b0c9d8e" is unhealthy.` and nothing else starts.',
  },
  {
    source: 'Compose 2.20+ pkg/compose/convergence.go `container for service "db" is unhealthy`, a chat that doubled its spaces',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'v2-service-unhealthy-doubled-spaces',
    text: 'my stack fails:  **dependency failed to start:  container  for service  "db"  is unhealthy**',
  },
  {
    source: "Compose v1 compose/config/config.py merge's `Version mismatch` of two -f files (2.4 and 3.7)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-version-mismatch-override',
    text: 'Running the override gives:\n\nERROR: Version mismatch: file ./docker-compose.yml specifies version 3.7 but extension file ./docker-compose.override.yml uses version 2.4\n\nany idea?',
  },
  {
    source: "Compose 1.0-1.1's `docker-compose --version` (docopt's `docker-compose %s`), quoted under a prompt in a forum post",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-0-version-line',
    text: 'My versions:\n\n`Docker version 1.6.0, build 4749651`\n\n`docker-compose 1.0.1`\n',
  },
];

const networkRows: Row[] = [
  {
    source: 'moby daemon/container_operations.go `Cannot link to %s, as it does not belong to the default network` under docker run --link',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'run-link-across-networks',
    text: 'I want my adminer to see the compose db, so I tried\n`docker run -d --link db:db -p 8080:8080 --name adminer adminer`\nand got\n`docker: Error response from daemon: Cannot link to /db, as it does not belong to the default network.`\n',
  },
  {
    source: 'the same moby refusal of a link, Docker 1.10 wording with a project-prefixed container name (myapp_db_1) in a sentence',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'link-project-container-prose',
    text: 'It says: Error response from daemon: Cannot link to /myapp_db_1, as it does not belong to the default network. What now?',
  },
];

const guardRows: Row[] = [
  {
    source: "git's `git status` at install (git's wt-status.c)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-git-status-install',
    text: "$ git status\nOn branch main\nYour branch is up to date with 'origin/main'.\n\nnothing to commit, working tree clean\n",
  },
  {
    source: "coreutils' `uname -a` on a host whose name is twelve hex digits, no docker command: the host's own kernel",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-host-uname-hex-name',
    text: '$ uname -a\nLinux 0a1b2c3d4e5f 6.5.0-35-generic #35-Ubuntu SMP x86_64 GNU/Linux\n',
  },
  {
    source: "BuildKit's plain progress (moby/buildkit progressui) at run: another step's output",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-build-log-run',
    text: '$ docker build --progress=plain -t e4l-python-graph .\n#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 215B done\n#1 DONE 0.0s\n',
  },
  {
    source: 'an empty paste',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-empty-compose',
    text: '  \n',
  },
  {
    source: "docker/cli's `docker image ls` table at networks: another step's command",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-images-networks',
    text: '$ docker image ls\nREPOSITORY         TAG       IMAGE ID       CREATED        SIZE\ne4l-python-graph   latest    3f2a1b0c9d8e   2 hours ago    1.02GB\n',
  },
  {
    source: "Compose v1's version mismatch at run: Compose's error is not lesson 5's",
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-version-mismatch-run',
    text: 'ERROR:  Version mismatch: file ./docker-compose.yml specifies version 3.7 but extension file ./docker-compose.override.yml uses version 2.4',
  },
  {
    source: "a detached run and `docker logs` of its name with the app's start line: no failure, nothing from the fallback",
    check: 'run',
    want: 'not ok',
    id: 'guard-logs-no-failure-run',
    text: '$ docker run -d --name web nginx\n$ docker logs web\n/docker-entrypoint.sh: Configuration complete; ready for start up\n',
  },
  {
    source: "docker/cli's `docker version` with a Server part at install: the ok stays",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-version-ok',
    text: '$ docker version\nClient:\n Version:           27.0.3\n API version:       1.46\n\nServer: Docker Engine - Community\n Engine:\n  Version:          27.0.3\n  API version:      1.46 (minimum version 1.24)\n',
  },
];

const families: [string, Row[]][] = [
  ['install: the daemon shown doing work', installRows],
  ["run: a detached container's logs failing", runRows],
  ['compose: error lines no rule matched as copied, and rules none had', composeRows],
  ['networks: a link refused across networks', networkRows],
  ['guards: unreadable stays, ok stays', guardRows],
];

describe.each(families)('cw134 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
