/*
 * Stop 48 (lead): stop 47's review findings.
 * - Compose v1's (docker-py's) refusal of a service with network_mode: host and ports:, which no rule read: the file's two settings
 *   that cannot go together (compose-file-invalid.conflict, as compose-go's own consistency errors);
 * - asyncio's lower-cased OSError of a refused bind, 10048 (taken) and 10013 (forbidden) in one rule.
 * Then the false oks of holdout116–120 at their start (b47ae3f), fixed by class:
 * - a listing piped through grep, its header filtered out with the other rows: part of the containers only;
 * - nerdctl's and Finch's commands (containerd's Docker-compatible CLIs): read as docker's, never an ok, as Podman's;
 * - Docker Desktop's port forwarding answering 500 beside a docker version that answered: the failure stands.
 * - a stack's containers known by their one CREATED cell (created at once), not only by names alike: one failing fails the stack.
 * Each row is a short paste built on a real source's format (`source` names it), never a holdout paste. Rows whose id starts
 * "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string; name?: string };

const rows: Row[] = [
  {
    source: 'coderamp-labs/pad.ws#110: docker-compose 1.29.2 up -d, redis with network_mode: host and ports',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    name: 'redis',
    id: 'host-ports-compose-v1',
    text: 'pad@pi-pad:~/pad.ws$ sudo docker-compose up -d\nkeycloak is up-to-date\nStarting pad ... \npostgres is up-to-date\nCreating redis ... \nStarting pad   ... done\nERROR: for redis  "host" network_mode is incompatible with port_bindings\n\nERROR: for redis  "host" network_mode is incompatible with port_bindings\nTraceback (most recent call last):\n  File "/usr/bin/docker-compose", line 33, in <module>\n',
  },
  {
    source: "mpgirro/docker-pihole-unbound#39: docker-compose up -d on a Raspberry Pi, the error then Compose's traceback",
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    name: 'pihole',
    id: 'host-ports-networks',
    text: 'root@DietPi:~/docker/docker-pihole-unbound/one-container# docker-compose up -d\nCreating volume "one-container_etc_pihole-unbound" with default driver\nCreating pihole ...\n\nERROR: for pihole  "host" network_mode is incompatible with port_bindings\n\nERROR: for pihole  "host" network_mode is incompatible with port_bindings\nTraceback (most recent call last):\n  File "/usr/local/bin/docker-compose", line 8, in <module>\n    sys.exit(main())\n',
  },
  {
    source: "h44z/wg-portal#84: the error's words alone, as a poster quoted them",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'host-ports-alone',
    text: '"host" network_mode is incompatible with port_bindings\n',
  },
  {
    source: "docker/compose#8326's title: docker-py's exception as Python names it",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'host-ports-exception',
    text: 'docker.errors.InvalidArgument: "host" network_mode is incompatible with port_bindings\n',
  },
  {
    source:
      "CPython's asyncio create_server (`'error while attempting to bind on address %r: %s' % (sa, str(err).lower())`), uvicorn on Windows at a reserved port",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'asyncio-winerror-10013',
    text: "INFO:     Started server process [21344]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\nERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 8050): [winerror 10013] an attempt was made to access a socket in a way forbidden by its access permissions\nINFO:     Waiting for application shutdown.\n",
  },
  {
    source: "the same with 10048 (Seavleu/aurex.ai's notes: `[winerror 10048] only one usage of each socket address …`)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-asyncio-winerror-10048',
    text: "ERROR:    [Errno 10048] error while attempting to bind on address ('0.0.0.0', 8050): [winerror 10048] only one usage of each socket address (protocol/network address/port) is normally permitted\n",
  },
  {
    source: "Linux's own words at a port below 1024 (`[errno 13] permission denied`): a user's privilege, not a port taken",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-asyncio-errno-13-linux',
    text: "ERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 80): permission denied\n",
  },
  {
    source: "portainer/portainer#6274's layout: `docker container ls | grep nginx`, the one row grep kept, no header",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'grep-rows-no-header',
    text: '$ docker ps | grep redis\n4c01db0b339c   redis:7   "docker-entrypoint.s…"   3 weeks ago   Up 3 weeks   0.0.0.0:6379->6379/tcp   cache\n',
  },
  {
    source: 'the same listing whole, its header kept: nothing at 8050',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-whole-listing',
    text: '$ docker ps\nCONTAINER ID   IMAGE     COMMAND                  CREATED       STATUS       PORTS                    NAMES\n4c01db0b339c   redis:7   "docker-entrypoint.s…"   3 weeks ago   Up 3 weeks   0.0.0.0:6379->6379/tcp   cache\n',
  },
  {
    source: "containerd/nerdctl#4000: `nerdctl run -d --name nginx -p 8080:80`, then `nerdctl ps` in docker ps' table",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'nerdctl-ps',
    text: '❯ nerdctl ps\nCONTAINER ID    IMAGE                             COMMAND                   CREATED           STATUS    PORTS                   NAMES\nafe089474c5c    docker.io/library/nginx:latest    "/docker-entrypoint.…"    11 seconds ago    Up        0.0.0.0:8080->80/tcp    nginx\n',
  },
  {
    source: "runfinch/finch's README: `finch run --rm public.ecr.aws/finch/hello-finch`, then `finch ps` (nerdctl's table)",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'finch-ps',
    text: '$ finch ps\nCONTAINER ID    IMAGE                                        COMMAND    CREATED          STATUS    PORTS    NAMES\n',
  },
  {
    source: "nerdctl running the lesson's own container: its mapping is read, a problem stays a problem",
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-nerdctl-other-name',
    text: '❯ nerdctl run -d --name nginx -p 8080:80 docker.io/library/nginx:latest\nafe089474c5c6541b87c540b8728946087d0421bfd2a763b59a0263983fc5102\n\n❯ nerdctl ps\nCONTAINER ID    IMAGE                             COMMAND                   CREATED           STATUS    PORTS                   NAMES\nafe089474c5c    docker.io/library/nginx:latest    "/docker-entrypoint.…"    11 seconds ago    Up        0.0.0.0:8080->80/tcp    nginx\n',
  },
  {
    source: "docker/desktop-feedback#526: Desktop 4.82 on WSL, the forward answering 500, then the issue form's docker version",
    check: 'install',
    want: ['problem', 'engine-not-ready'],
    id: 'desktop-forwards-500',
    text: 'ports are not available: exposing port TCP 0.0.0.0:3001 /forwards/expose returned unexpected status: 500\n\nClient:\n Version:           29.6.1\n API version:       1.55\n OS/Arch:           linux/amd64\n Context:           default\n\nServer: Docker Desktop 4.82.0 (233772)\n Engine:\n  Version:          29.6.1\n  API version:      1.55 (minimum version 1.40)\n  OS/Arch:          linux/amd64\n',
  },
  {
    source: "docker/for-win#573: Docker for Windows 17's vpnkit route refusing a port a Windows service held",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-vpnkit-expose-port-500',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (3e5d): Error starting userland proxy: /forwards/expose/port returned unexpected status: 500.\n',
  },
  {
    source:
      "docker/cli's docker ps table under `docker compose up -d` (Compose v2's progress lines), a project's containers under names of their own, all `About a minute ago`",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'stack-created-together',
    text: 'CONTAINER ID   IMAGE             COMMAND                  CREATED              STATUS                          PORTS                                       NAMES\nb8c8011df6a6   shop-webapi       "java -jar app.jar"      About a minute ago   Up 12 seconds                   0.0.0.0:9000->9000/tcp, :::9000->9000/tcp   webapi\n61567bcebdd2   mysql:8.0.33      "docker-entrypoint.s…"   About a minute ago   Exited (1) About a minute ago                                               shopdb\n',
  },
  {
    source: 'the same rows created apart (past tries under names of their own, h48-revardmicroservices): nothing at 8050',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-created-apart',
    text: 'CONTAINER ID   IMAGE             COMMAND                  CREATED          STATUS                      PORTS                                       NAMES\nb8c8011df6a6   shop-webapi       "java -jar app.jar"      2 minutes ago    Up 12 seconds               0.0.0.0:9000->9000/tcp, :::9000->9000/tcp   webapi\n61567bcebdd2   mysql:8.0.33      "docker-entrypoint.s…"   3 weeks ago      Exited (1) 3 weeks ago                                                  shopdb\n',
  },
];

describe('stop 48: the review findings of stop 47', () => {
  it.each(rows)('$id ($check): $source', async ({ check: c, text, want, name }) => {
    const d = await check(c, text);
    expect([d.kind, d.id]).toEqual(want);
    if (name) expect(d.details.name).toBe(name);
  });
});
