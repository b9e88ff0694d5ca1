/*
 * cw74: holdout59 to holdout62's listings, inspect output and install misses (README "holdout59–62: listings, inspect output and
 * install answers (cw74)"). Each row is a variation a learner would paste (other versions, names, ports, layouts, languages), never
 * the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const hex = (c: string) => c.repeat(64 / c.length);
const tableHead = 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES';

// A container inspect's NetworkSettings cut inside its Networks map, with the poster's notes (json.ts, schemas.ts repair).
const settings = (note: string, port: number, net: string, ip = '172.17.0.4') =>
  `            "LinkLocalIPv6PrefixLen": 0,\n            "Ports": {${note}\n                "${port}/tcp": [\n                    {\n                        "HostIp": "0.0.0.0",\n                        "HostPort": "${port}"\n                    }\n                ]\n            },\n            "SandboxKey": "/var/run/docker/netns/2605534f8e40",\n            "Gateway": "172.17.0.1",\n            "IPAddress": "${ip}",\n            "MacAddress": "02:42:ac:11:00:04",\n            "Networks": {\n                "${net}": {\n                    "IPAMConfig": null,\n                    "Links": null,\n                    "NetworkID": "51f5af98eba61a9dced37947fb7df6e96a53b9f37fa2141b03fbc23f65796018",\n                    "EndpointID": "44bc8e6dd86d5169f4d2ceef664f44fdd398ba0cd6885f2af405632fadaa3f40",\n                    "Gateway": "172.17.0.1",\n                    "IPAddress": "${ip}",`;

const inspectRows: Row[] = [
  {
    source: 'moby api/types/container NetworkSettings (Ports, SandboxKey, Networks map of EndpointSettings); a Chinese note after `{`',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'zh-note-bridge-3000',
    text: settings('        // 端口映射', 3000, 'bridge'),
  },
  {
    source: 'moby api/types/container NetworkSettings; an English `//` note after the bracket (docker inspect output in notes)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'en-note-5000-published',
    text: settings('   // port bindings', 5000, 'bridge'),
  },
  {
    source: 'moby api/types/container NetworkSettings; a `#` note after the bracket',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'hash-note-bridge',
    text: settings('  # ports', 8080, 'bridge'),
  },
  {
    source: 'moby api/types/container NetworkSettings; a `<--` note (moby#31520 style) after the bracket',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'arrow-note-8000-published',
    text: settings('   <-- here', 8000, 'bridge'),
  },
  {
    source: 'moby NetworkSettings cut inside Networks, no note: a hand-made network (docker network create my-net)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'no-note-my-net',
    text: settings('', 80, 'my-net', '172.18.0.2'),
  },
  {
    source: 'moby NetworkSettings cut inside Networks, a Korean note, Docker Desktop addresses',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'ko-note-bridge',
    text: settings('    // 포트 바인딩', 80, 'bridge', '172.17.0.2'),
  },
  {
    source:
      "cw63: a network of the lesson's project in a cut map names nothing; its ports read once the note is left out: partial, never ok",
    check: 'networks',
    want: ['partial', 'shows-part'],
    id: 'own-project-cut-partial',
    text: settings('   // ports', 8050, 'dash-app_frontend', '172.20.0.2'),
  },
];

const denied =
  'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json: dial unix /var/run/docker.sock: connect: permission denied';
const denied28 = 'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock';
const installRows: Row[] = [
  {
    source:
      'moby client "Got permission denied while trying to connect to the Docker daemon socket at %v"; docker/cli list.go table header',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'newgrp-ps-empty',
    text: `$ docker ps\n${denied}\n$ sudo usermod -aG docker $USER\n$ newgrp docker\n$ docker ps\n${tableHead}`,
  },
  {
    source: 'docker/cli 28 "permission denied while trying to connect to the docker API at %s"; a logout and login, then docker ps',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'docker28-api-words-ps',
    text: `user@vm:~$ docker ps\n${denied28}\nuser@vm:~$ sudo gpasswd -a $USER docker\nuser@vm:~$ exit\nuser@vm:~$ docker ps\n${tableHead}`,
  },
  {
    source: 'moby client permission error; docker container ls (docker/cli list.go) with a row after a reboot, Japanese notes',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'ja-container-ls-row',
    text: `$ docker container ls\n${denied}\n# 解決方法\n$ sudo usermod -aG docker \${USER}\n$ sudo reboot\n$ docker container ls\nCONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                   NAMES\n3f1c2d9e8a7b   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web`,
  },
  {
    source: 'moby client permission error; docker ps -a (1.x spacing, 20 columns) after the group fix, Chinese notes',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'zh-ps-a-old-spacing',
    text: `$ docker ps -a\n${denied}\n把用户加入 docker 组:\n$ sudo usermod -aG docker $USER\n重新登录后:\n$ docker ps -a\nCONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES`,
  },
  {
    source: "guard: cw44, the listing with sudo only: the user's own access still not shown",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-ps',
    text: `$ docker ps\n${denied}\n$ sudo docker ps\n${tableHead}`,
  },
  {
    source: 'guard: cw44, the error after the listing stands (the later state)',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-error-after-listing',
    text: `$ docker ps\n${tableHead}\n$ docker images\n${denied}`,
  },
  {
    source: 'guard: rows quoted without their header (parse-table.ts rowTail) prove no answer of the daemon',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-rows-only',
    text: `$ docker ps\n${denied}\n$ sudo usermod -aG docker $USER\n$ docker ps\nUp 3 minutes        0.0.0.0:80->80/tcp       web`,
  },
];

const warning = (img: string, host: string) =>
  `WARNING: The requested image's platform (${img}) does not match the detected host platform (${host}) and no specific platform was requested`;
const platformRows: Row[] = [
  {
    source: 'moby daemon/create.go platform warning, docker/cli run.go prints the ID (docker/docs#12818: an M1 image on Play with Docker)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'arm64-on-amd64-run-d-id',
    text: `$ docker run -dp 3000:3000 someone/getting-started\n${warning('linux/arm64', 'linux/amd64')}\n${hex('a1')}`,
  },
  {
    source: 'moby daemon/create.go platform warning (linux/arm64/v8 variant), an ID without its command line',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'arm64-v8-on-amd64-bare',
    text: `${warning('linux/arm64/v8', 'linux/amd64')}\n${hex('7f')}`,
  },
  {
    source: 'moby daemon/create.go platform warning for an armv7 image on an amd64 CI runner',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'armv7-on-amd64',
    text: `runner@fv-az:~$ docker run -d arm32v7/nginx\n${warning('linux/arm/v7', 'linux/amd64')}\n${hex('3c')}`,
  },
  {
    source: 'moby daemon/create.go platform warning; docker create prints the ID the same way (docker/cli create.go)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'create-arm64-on-amd64',
    text: `PS C:\\> docker create --name web myuser/web:m1\n${warning('linux/arm64', 'linux/amd64')}\n${hex('e9')}`,
  },
  {
    source: "guard: the container's own exec format error after the warning and ID (runc: exec user process caused: exec format error)",
    check: 'install',
    want: ['problem', 'exec-format-error'],
    id: 'guard-exec-format-after',
    text: `$ docker run -d app\n${warning('linux/arm64', 'linux/amd64')}\n${hex('b2')}\n$ docker logs ${'b2'.repeat(6)}\nexec /usr/local/bin/docker-entrypoint.sh: exec format error`,
  },
  {
    source: 'guard: the warning with no ID after it (parse-errors.ts reads it as exec-format-error)',
    check: 'install',
    want: ['problem', 'exec-format-error'],
    id: 'guard-warning-alone',
    text: `$ docker run app\n${warning('linux/arm64', 'linux/amd64')}`,
  },
  {
    source: 'guard: CONVENTIONS §2.1 h44-kezan860devops, amd64 on arm64 and its ID',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-amd64-on-arm64',
    text: `${warning('linux/amd64', 'linux/arm64/v8')}\n${hex('c4')}`,
  },
];

const runId = 'dd8214ef1d133b69118cab674b0a25672fc4cf38f7698d7fe5609fe732a5a35c';
const before = (port: string) => {
  const [h, c] = port.split(':');
  const cell = `0.0.0.0:${h}->${c}/tcp, [::]:${h}->${c}/tcp   `;
  return `$ docker run -it -d -p ${port} nodeapp:latest\n${runId}\n$ docker ps\nCONTAINER ID   IMAGE            COMMAND                  CREATED          STATUS          ${'PORTS'.padEnd(cell.length)}NAMES\ndd8214ef1d13   nodeapp:latest   "/docker-entrypoint.…"   14 seconds ago   Up 13 seconds   ${cell}sleepy_roentgen`;
};
const after = (code = 0) =>
  `$ docker ps -a\nCONTAINER ID   IMAGE            COMMAND                  CREATED         STATUS                      PORTS     NAMES\ndd8214ef1d13   nodeapp:latest   "/docker-entrypoint.…"   3 minutes ago   Exited (${code}) 47 seconds ago             sleepy_roentgen\nac9de54a042b   nginx            "/docker-entrypoint.…"   4 hours ago     Exited (0) 4 hours ago                festive_jepsen\nbffdd12c9989   hello-world      "/hello"                 32 hours ago    Exited (0) 32 hours ago               sad_jepsen`;
const stopRows: Row[] = [];
for (const [id, stop, code] of [
  ['stop-full-id', `$ docker stop ${runId}\n${runId}`, 0],
  ['stop-prefix', '$ docker stop dd82\ndd82', 0],
  ['stop-name', '$ docker stop sleepy_roentgen\nsleepy_roentgen', 0],
  ['container-stop-long', '$ docker container stop dd8214ef1d13\ndd8214ef1d13', 0],
  ['kill-137', '$ docker kill sleepy_roentgen\nsleepy_roentgen', 137],
] as const)
  for (const at of ['run', 'reach:running', 'reach:published'] as const)
    stopRows.push({
      source:
        'docker/cli container/stop.go and kill.go print each name or ID given; moby GetContainer resolves an ID prefix (notes 61180060133)',
      check: at,
      want: ['problem', 'container-not-found'],
      id: `${id}-${at}`,
      text: `${before('8080:80')}\n${stop}\n${after(code)}`,
    });
stopRows.push(
  {
    source: "guard: cw69, the run's ID names its row, not stopped by hand: that row's state answers",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-ran-id-exited-1',
    text: `$ docker run -d -p 8080:80 nodeapp:latest\n${runId}\n${after(1)}`,
  },
  {
    source: "guard: another container stopped by hand; the run's own row (by its ID) crashed on its own",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-other-stopped',
    text: `$ docker run -d -p 8080:80 nodeapp:latest\n${runId}\n$ docker stop festive_jepsen\nfestive_jepsen\n${after(1)}`,
  },
  {
    source: 'guard: h7-vic5610 (one container, Up, `docker stop` of an ID prefix, Exited (0)), busybox without -p',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-vic5610-one',
    text: `$ docker run -dit busybox\n${runId}\n$ docker ps -a\nCONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES\ndd8214ef1d13        busybox             "sh"                54 seconds ago      Up 15 seconds                           pedantic_sinoussi\n$ docker stop dd\ndd\n$ docker ps -a\nCONTAINER ID        IMAGE               COMMAND             CREATED              STATUS                      PORTS               NAMES\ndd8214ef1d13        busybox             "sh"                About a minute ago   Exited (0) 12 seconds ago                       pedantic_sinoussi`,
  },
);

const families: [string, Row[]][] = [
  ['a NetworkSettings excerpt cut in its Networks map, with notes', inspectRows],
  ['the socket refused, fixed, then a listing of the user`s own', installRows],
  ['the platform warning and the created container`s ID at install', platformRows],
  ['a container the paste`s own docker stop stopped', stopRows],
];

describe.each(families)('cw74 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
