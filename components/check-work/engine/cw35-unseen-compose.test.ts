/*
 * cw35: the classes the unseen sets (holdout21 to holdout30) still missed at Compose's steps (compose, networks), each tested on
 * a variation of the real paste named in its comment (other names, ports, programs, layouts), not on the paste itself (that one
 * is in the corpus, h2N-*). And CONVENTIONS.md §2.5-§2.6's rules checked on variations of our own.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('the unseen sets’ classes, compose and networks (cw35)', () => {
  // docs.docker.jp v1.9 network_inspect (h23-dockerjp) and the 1.9 networking guide (h27-docs97428116): lower-case keys.
  it('reads Docker 1.9’s network inspect (lower-case keys, members by ID) as a network no project made', async () => {
    const net = (name: string) => `{
    "name": "${name}",
    "id": "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a",
    "driver": "bridge",
    "containers": {
        "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0": {
            "endpoint": "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f",
            "mac_address": "02:42:ac:15:00:02",
            "ipv4_address": "172.21.0.2/16",
            "ipv6_address": ""
        }
    }
}`;
    for (const [text, name] of [
      [`$ docker network inspect my_net\n[\n${net('my_net')}\n]`, 'my_net'],
      [`$ docker network inspect docker0\n${net('bridge')}`, 'bridge'],
    ]) {
      const v = await check('networks', text);
      expect([v.id, v.details.network]).toEqual(['network-wrong-project', name]);
    }
  });

  // moby/moby#24328: docker_gwbridge is Docker's own (libnetwork default_gateway_linux.go), not project "docker"'s.
  it('reads an inspect of docker_gwbridge cut before its labels as Docker’s own network, not another project’s', async () => {
    const text = `$ docker network inspect docker_gwbridge
[
    {
        "Name": "docker_gwbridge",
        "Id": "5e4d3c2b1a0f",
        "Scope": "local",
        "Driver": "bridge",
        "Containers": {
            "gateway_4a3b": {
                "Name": "gateway_4a3b",
                "EndpointID": "77aa",
                "IPv4Address": "172.19.0.3/16"
            }
        },
        "Options": {
            "com.docker.network.bridge.name": "docker_gwbridge"`;
    const v = await check('networks', text);
    expect([v.id, v.details.network]).toEqual(['network-wrong-project', 'docker_gwbridge']);
  });

  // alessandromr/medium-go-nginx-docker#1, nginx-proxy/nginx-proxy#1591: nginx's words quoted without `upstream: "…"`.
  it('reads nginx’s refusal or “no live upstreams” quoted without its upstream as a refusal at the proxy’s upstream', async () => {
    for (const text of [
      'The proxy logs `connect() failed (111: Connection refused) while connecting to upstream` for every request to /app.',
      '2024/03/04 09:10:11 [error] 31#31: *7 no live upstreams while connecting to upstream, client: 10.0.0.5',
      'I keep getting "*12 connect() failed (111: Connection refused) while connecting to upstream, client: 172.20.0.1"',
    ])
      for (const step of ['networks', 'compose'] as const) {
        const v = await check(step, text);
        expect([v.id, v.details.variant], `${step}: ${text}`).toEqual(['upstream-connection-refused', 'proxy']);
      }
  });

  // mikeizbicki/cmc-csci143#426: v1's `Attaching to flask-on-docker_web_1` names the project its `web_1 |` lines lack.
  it('reads the project from v1’s "Attaching to" list, before where its web listens', async () => {
    const text = `$ docker-compose up
Attaching to shop_db_1, shop_web_1
web_1  |  * Running on http://0.0.0.0:8000/ (Press CTRL+C to quit)`;
    const v = await check('compose', text);
    expect([v.id, v.details.project]).toEqual(['compose-project-name', 'shop']);
    // Several containers, Windows' colour debris around the prefix.
    const two = 'Attaching to intranet_db_1, intranet_web_1\n\u001b[36mweb_1  |\u001b[0m  * Running on http://0.0.0.0:5000/';
    expect((await check('compose', two)).details.project).toBe('intranet');
  });

  // realpython/dockerizing-django#19: v1 rows under a header the table reader does not take, then `docker-compose logs`.
  it('reads log lines pasted below v1 ps rows: a traceback in a service listed Restarting', async () => {
    const text = `## Name   Command   State   Ports

blog_worker_1   celery -A blog worker   Up           8000/tcp
blog_web_1      /start.sh               Restarting   8000/tcp

Output of docker-compose logs:

web_1  | Traceback (most recent call last):
web_1  |   File "/app/manage.py", line 8, in <module>
web_1  | ModuleNotFoundError: No module named 'django'`;
    const v = await check('compose', text);
    expect([v.id, v.details.name, v.details.variant]).toEqual(['compose-service-not-running', 'web', 'crash']);
  });

  // docker/compose#7424: an issue template's versions, then its "Observed result" in the same block.
  it('reads what follows the versions in one block: another project’s start after Compose v1’s version', async () => {
    const text = `docker-compose version 1.27.4, build 40524192
docker-py version: 4.3.1
CPython version: 3.7.7

### Observed result
Creating network "api_default" with the default driver
Starting api_web_1 ... done`;
    const v = await check('compose', text);
    expect([v.id, v.details.project]).toEqual(['compose-project-name', 'api']);
  });

  // docker/compose#12463: `Docker Compose version 083f676` (a build without a release tag).
  it('reads Compose v2’s version line with a commit instead of a number as Compose there, the project not shown', async () => {
    for (const text of ['$ docker compose version\nDocker Compose version 1a2b3c4d5e', 'Docker Compose version dev']) {
      const v = await check('compose', text);
      expect(v.kind, text).toBe('partial');
    }
  });

  // geekcap-pluralsight/python-docker#1, AWildLeon/Glance-iCal-Events#2: a container's output without Compose's prefix.
  it('reads a crash or a start failure without a service prefix as a stopped container, at compose and networks', async () => {
    for (const text of [
      `  File "/srv/main.py", line 3, in <module>\n    import pandas\nModuleNotFoundError: No module named 'pandas'`,
      'Log:\n/bin/sh: 1: uvicorn: not found',
      "node:internal/modules/cjs/loader:1080\n  throw err;\n  ^\n\nError: Cannot find module '/app/server.js'",
    ])
      for (const step of ['compose', 'networks'] as const) {
        const v = await check(step, text);
        expect([v.id, v.details.variant], `${step}: ${text}`).toEqual(['compose-service-not-running', 'log']);
      }
    // Not when a listing shows the app running (the crash may be an old one).
    const running = `NAME            IMAGE   COMMAND   SERVICE   CREATED   STATUS         PORTS
dash-app-web-1  web     "python"  web       1 min     Up 1 minute    0.0.0.0:8050->8050/tcp
ModuleNotFoundError: No module named 'pandas'`;
    expect((await check('compose', running)).details.variant).not.toBe('log');
  });

  // docker/for-win#730: a v1 traceback through docker-py's request, cut before its last line.
  it('reads a v1 traceback through docker-py’s request as a daemon that did not answer, before v1’s crash', async () => {
    for (const text of [
      `Traceback (most recent call last):
  File "bin/docker-compose", line 6, in <module>
  File "compose/cli/main.py", line 71, in main
  File "compose/cli/main.py", line 124, in perform_command
  File "compose/project.py", line 110, in from_config
  File "docker/api/client.py", line 205, in _post`,
      `  File "/usr/lib/python3/dist-packages/compose/cli/main.py", line 1077, in up
  File "/usr/lib/python3/dist-packages/docker/api/client.py", line 237, in _get
  File "/usr/lib/python3/dist-packages/requests/sessions.py", line 555, in get`,
    ])
      expect((await check('compose', text)).id).toBe('daemon-not-running');
  });

  // docker-archive-public/docker.labs#426: a network template printing `<no value>`.
  it('reads `<no value>` from a template of NetworkSettings.Networks as no network of that name', async () => {
    const text = `$ docker inspect --format '{{.NetworkSettings.Networks.backend.IPAddress}}' shop-web-1
<no value>`;
    const v = await check('networks', text);
    expect([v.id, v.details.network]).toEqual(['network-not-found', 'backend']);
    // An address printed is no such answer.
    expect((await check('networks', text.replace('<no value>', '172.20.0.3'))).id).not.toBe('network-not-found');
  });

  // wandb/openui#186: `docker exec` of a mistyped name after `up` showed other containers running.
  it('answers the project shown running before a mistyped name’s "No such container" at compose', async () => {
    const text = `$ docker compose up -d
[+] Running 2/2
 ✔ Container blog-db-1   Running
 ✔ Container blog-app-1  Running
$ docker exec -it blog_app_1 sh
Error response from daemon: No such container: blog_app_1`;
    const v = await check('compose', text);
    expect([v.id, v.details.project]).toEqual(['compose-project-name', 'blog']);
    // Alone, the error still answers.
    expect((await check('compose', 'Error response from daemon: No such container: dash-app-web-1')).id).toBe('container-not-found');
  });
});

describe('CONVENTIONS.md §2.5-§2.6 on variations (cw35)', () => {
  it('§2.5: another project’s service that exited 0 is its name; a non-zero exit is the stopped service', async () => {
    const zero = 'Attaching to tools-web-1\ntools-web-1  | done\ntools-web-1 exited with code 0';
    expect((await check('compose', zero)).id).toBe('compose-project-name');
    const one = 'Attaching to tools-web-1\ntools-web-1  | boom\ntools-web-1 exited with code 2';
    expect((await check('compose', one)).id).toBe('compose-service-not-running');
  });

  it('§2.5: an empty listing is a missing service, not an old Compose', async () => {
    const text = '$ docker-compose up -d\n$ docker-compose ps\nName   Command   State   Ports\n------------------------------';
    expect((await check('compose', text)).id).toBe('compose-service-missing');
  });

  it('§2.6: network ls with only Docker’s own and hand-made networks comes before an inspect of a hand-made one', async () => {
    const text = `$ docker network ls
NETWORK ID     NAME      DRIVER    SCOPE
1a2b3c4d5e6f   bridge    bridge    local
2b3c4d5e6f7a   host      host      local
3c4d5e6f7a8b   testnet   bridge    local
4d5e6f7a8b9c   none      null      local
$ docker network inspect testnet
[{"Name": "testnet", "Driver": "bridge", "Labels": {}, "Containers": {}}]`;
    expect((await check('networks', text)).id).toBe('network-not-found');
  });

  it('§2.6: an inspect of a hand-made or default network is network-wrong-project; a stack’s is its project', async () => {
    const own = '[{"Name": "frontend", "Driver": "overlay", "Labels": {}, "Containers": {}}]';
    expect((await check('networks', own)).id).toBe('network-wrong-project');
    const stack = '[{"Name": "shop_backend", "Driver": "overlay", "Labels": {"com.docker.stack.namespace": "shop"}, "Containers": {}}]';
    expect((await check('networks', stack)).id).toBe('compose-project-name');
  });

  it('§2.6: a failed lookup of a one-label name comes before another project’s name', async () => {
    const text = `$ docker compose up -d
 ✔ Network lab_backend  Created
 ✔ Container web        Started
$ docker exec -it web sh
/ # ping cache
ping: cache: Name does not resolve`;
    expect((await check('networks', text)).id).toBe('upstream-host-not-found');
  });
});
