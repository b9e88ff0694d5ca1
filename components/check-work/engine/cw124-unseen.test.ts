/*
 * cw124: the later state in whatever form the paste writes it (later-state.ts, CONVENTIONS §2.0 cw124). Each row is a short paste
 * built on a real program's or writer's format (`source`), never a holdout's paste: an error block with no command line of its own,
 * a result given under a label or in a code span, a retry told in a sentence, the daemon restarted by its init system. Ids starting
 * "guard" hold answers that must not change: a retry told with a negation, a daemon that stopped again, a journal's old lines, a
 * taken port at "Is port 8050 free?", and no false ok.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; id: string; at: Check; text: string; want?: string; not?: string };

const id64 = '4c1f9e2a7b3d5e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7';
const refused = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
const conflict =
  'docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "9f1c2b3a4d5e". You have to remove (or rename) that container to be able to reuse that name.';
const allocated =
  'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (5e6f7a8b9c0d): Bind for 0.0.0.0:8050 failed: port is already allocated.';

const rows: Row[] = [
  {
    source: "upstart's job status after `service docker restart` on Ubuntu 14.04 (initctl.c: `docker start/running, process N`)",
    id: 'upstart-restart-start-running',
    at: 'install',
    want: 'shows-part',
    text: `$ docker ps\n${refused}\n$ sudo service docker restart\ndocker stop/waiting\ndocker start/running, process 2817\n`,
  },
  {
    source: 'the Debian/Ubuntu LSB init script under WSL (contrib/init/sysvinit-debian: ` * Starting Docker: docker   [ OK ]`)',
    id: 'sysvinit-wsl-starting-ok',
    at: 'install',
    want: 'shows-part',
    text: `me@LAPTOP:~$ docker version\n${refused}\nme@LAPTOP:~$ sudo service docker start\n * Starting Docker: docker                                     [ OK ]\n`,
  },
  {
    source: "Alpine's OpenRC (`rc-service docker start`: ` * Starting docker ...  [ ok ]`, openrc's einfo/eend)",
    id: 'openrc-starting-ok-run',
    at: 'run',
    not: 'daemon-not-running',
    text: `alpine:~# docker run -d -p 8050:8050 --name dash-app dash-app\ndocker: ${refused}\nSee 'docker run --help'.\nalpine:~# rc-service docker start\n * Starting docker ...                                   [ ok ]\nalpine:~# docker run -d -p 8050:8050 --name dash-app dash-app\n${id64}\n`,
  },
  {
    source:
      "systemd's `systemctl status docker` (systemctl-show.c: `● docker.service - …`, `Active: active (running) since …`) after a restart",
    id: 'systemd-active-running-at-run',
    at: 'run',
    not: 'daemon-not-running',
    text: `$ docker run -p 8050:8050 dash-app\ndocker: ${refused}\n$ sudo systemctl restart docker\n$ systemctl status docker\n● docker.service - Docker Application Container Engine\n     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)\n     Active: active (running) since Tue 2024-03-05 10:12:01 UTC; 3s ago\n`,
  },
  {
    source: "Homebrew's services (`brew services start colima`: `==> Successfully started \`colima\` (label: homebrew.mxcl.colima)`)",
    id: 'brew-services-started-colima',
    at: 'install',
    not: 'daemon-not-running',
    text: `% docker ps\n${refused}\n% brew services start colima\n==> Successfully started \`colima\` (label: homebrew.mxcl.colima)\n`,
  },
  {
    source:
      'a course notes layout: the error under an "Error:" heading with no command line, the retry in a fence and its ID in a code span',
    id: 'notes-error-block-then-result-code-span',
    at: 'run',
    not: 'name-conflict',
    text: `### Problem 2: name in use\n**Error:**\n\`\`\`\n${conflict}\n\`\`\`\n**Fix:** \`docker rm dash-app\`\n\n### Final check\n\`\`\`bash\ndocker run -d -p 8050:8050 --name dash-app dash-app\n\`\`\`\n**Result:** \`${id64}\`\n`,
  },
  {
    source: 'Spanish notes: "Salida:" over the error block, the retry on the same host port, "Resultado:" and the ID cut with an ellipsis',
    id: 'es-salida-same-port-id-ellipsis',
    at: 'run',
    not: 'port-already-allocated',
    text: `Ejecuté el contenedor y falló.\nSalida:\n\`\`\`\n${allocated}\n\`\`\`\nDetuve el otro contenedor con \`docker stop viejo\`.\n\`\`\`\ndocker run -d -p 8050:8050 --name dash-app dash-app\n\`\`\`\nResultado: \`4c1f9e2a7b3d…\`\n`,
  },
  {
    source: "Chinese notes: 报错 over the error block, then the retry and 输出： with ps' twelve-character ID",
    id: 'zh-baocuo-shuchu-short-id',
    at: 'run',
    not: 'name-conflict',
    text: `报错：\n${conflict}\n删除旧容器后重新运行：\n$ docker run -d -p 8050:8050 --name dash-app dash-app\n输出：4c1f9e2a7b3d\n`,
  },
  {
    source:
      "docker/cli run.go reportError: the error's own `See 'docker run --help'.` names its command, under a `docker rm` the notes typed before it",
    id: 'help-hint-names-run-under-rm',
    at: 'run',
    not: 'name-conflict',
    text: `$ docker rm -f old-dash\nold-dash\nThen the run failed:\n${conflict}\nSee 'docker run --help'.\n$ docker rm dash-app\ndash-app\n$ docker run -d -p 8050:8050 --name dash-app dash-app\n${id64}\n`,
  },
  {
    source:
      "Docker 28's hint (docker/cli: `Run 'docker run --help' for more information`) on an invalid reference, then the retry told in prose",
    id: 'docker28-hint-retry-told-worked',
    at: 'run',
    not: 'invalid-reference',
    text: `My first try printed:\n\ndocker: invalid reference format: repository name (library/Dash-App) must be lowercase\n\nRun 'docker run --help' for more information\n\nI then ran \`docker run -d -p 8050:8050 --name dash-app dash-app\` and it worked.\n`,
  },
  {
    source:
      'a README\'s list of issues: the error told in a sentence, "so I used port 8060 instead", then the retry in a code span that ran successfully',
    id: 'readme-retry-other-port-told-success',
    at: 'run',
    not: 'port-already-allocated',
    text: `* When I ran the container I got: docker: Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: address already in use.\n* So I used port 8060 instead: \`docker run -p 8060:8050 --name dash-app dash-app\` and this successfully ran.\n`,
  },
  {
    source: 'German notes: the retry in Markdown emphasis, "lief erfolgreich"',
    id: 'de-emphasis-erfolgreich',
    at: 'run',
    not: 'invalid-reference',
    text: `Fehler:\ndocker: invalid reference format.\nSee 'docker run --help'.\nDanach habe ich *docker run -d -p 8050:8050 --name dash-app dash-app* ausgeführt, das lief erfolgreich.\n`,
  },
  {
    source: 'French notes: the retry in a code span, « a fonctionné »',
    id: 'fr-code-span-a-fonctionne',
    at: 'run',
    not: 'name-conflict',
    text: `Erreur obtenue :\n${conflict}\nAprès \`docker rm dash-app\`, la commande \`docker run -d -p 8050:8050 --name dash-app dash-app\` a fonctionné.\n`,
  },
  {
    source: 'a Portuguese blog: "Saída:" error block without its command, then the retry and its ID alone',
    id: 'pt-saida-then-id',
    at: 'run',
    not: 'port-already-allocated',
    text: `Saída:\n${allocated}\n\nParei o outro container e rodei de novo:\n\n$ docker run -d -p 8050:8050 --name dash-app dash-app\n${id64}\n`,
  },
  // Guards.
  {
    source:
      "loft-sh/devpod#1007's shape: the client refused, systemd's `active (running) since … 3 weeks ago` with no start typed (a state, no restart)",
    id: 'guard-systemd-active-without-start',
    at: 'install',
    want: 'daemon-not-running',
    text: `docker ps: Cannot connect to the Docker daemon at tcp://10.0.0.5:2375. Is the docker daemon running?\nroot@srv:~# systemctl status docker\n● docker.service - Docker Application Container Engine\n   Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)\n   Active: active (running) since Thu 2024-03-21 15:50:45 CST; 3 weeks 4 days ago\n`,
  },
  {
    source: 'a README: the retry told, but it still failed (a negation)',
    id: 'guard-told-retry-still-failed',
    at: 'run',
    want: 'port-already-allocated',
    text: `I ran \`docker run -p 8050:8050 dash-app\` and got:\n${allocated}\nI then ran \`docker run -p 8050:8050 dash-app\` again but it still didn't work.\n`,
  },
  {
    source: "systemd's status: the unit failed, its journal's older `acceptconnections() = OK` under the Active line (moby 1.6)",
    id: 'guard-journal-ready-under-failed',
    at: 'install',
    want: 'daemon-not-running',
    text: `● docker.service - Docker Application Container Engine\n   Loaded: loaded (/lib/systemd/system/docker.service; enabled)\n   Active: failed (Result: exit-code) since Fri 2015-06-05 09:10:46 UTC; 4min ago\nJun 05 09:10:46 box docker[1089]: time="2015-06-05T09:10:46Z" level=info msg="-job acceptconnections() = OK (0)"\n`,
  },
  {
    source: 'upstart: the job started, then stopped again (`docker stop/waiting` after `start/running`)',
    id: 'guard-upstart-stopped-again',
    at: 'install',
    want: 'daemon-not-running',
    text: `$ docker ps\n${refused}\n$ sudo service docker start\ndocker start/running, process 3001\n$ sudo status docker\ndocker stop/waiting\n`,
  },
  {
    source: 'a retry on another host port told in prose: at "Is port 8050 free?" the port stays taken (CONVENTIONS §2.2)',
    id: 'guard-port-free-keeps-taken-port',
    at: 'reach:port-free',
    want: 'port-already-allocated',
    text: `* When I ran the container I got: docker: Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: address already in use.\n* So I used port 8060 instead: \`docker run -p 8060:8050 --name dash-app dash-app\` and this successfully ran.\n`,
  },
  {
    source: "a told success is no ok: the lesson's run line told as working, nothing of the app shown",
    id: 'guard-told-success-no-ok',
    at: 'run',
    not: 'healthy',
    text: `Error:\n${conflict}\nAfter removing it, \`docker run -d -p 8050:8050 --name dash-app dash-app\` worked fine.\n`,
  },
  {
    source: 'the socket refused to the user, then the same command with sudo told as working (CONVENTIONS §2.1 cw44)',
    id: 'guard-sudo-told-keeps-permission',
    at: 'install',
    want: 'permission-denied',
    text: `Error:\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: permission denied\nWith \`sudo docker version\` it worked.\n`,
  },
  {
    source: "upstart's status lines are output, no commands: a plain daemon refusal with nothing after stays",
    id: 'guard-refusal-alone',
    at: 'install',
    want: 'daemon-not-running',
    text: `Error:\n${refused}\n`,
  },
];

describe('cw124 the later state in whatever form the paste writes it', () => {
  it.each(rows)('$id ($source)', async ({ at, text, want, not }) => {
    const d = await check(at, text);
    const got = d.kind === 'ok' ? 'healthy' : d.id;
    if (want) expect(got).toBe(want);
    if (not) expect(got).not.toBe(not);
  });
});
