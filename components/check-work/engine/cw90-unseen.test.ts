/*
 * cw90: holdout75–76's install and run-line misses, each by its class (README "holdout75–76: install and the run line (cw90)").
 * - **A run line one option per line, no backslash** (TheWicklowWolf/Lidify#8: Unraid's command laid out by hand, `docker run`, then
 *   `  -d`, `  -p '5010:5000/tcp'`, …, then the container's ID): normalize.ts joins the indented options (and one indented image) to it.
 * - **Desktop's window title retold in a sentence** (docker/for-win#14591: `Opening desktop shows this error: Unexpected WSL error.`
 *   above a Client part alone): the title counts only at its line's start (parse-errors.ts); CONVENTIONS §2.1 cw38.
 * - **winpty's own refusal** (docker/for-win#1588: `winpty docker run hello-world`, then `stdin is not a tty`): rprichard/winpty's
 *   unix adapter, under a winpty command line → not-a-tty (read.ts).
 * - **docker-machine ls with no machine running** (docker/machine#1908: Stopped and Saved rows, DOCKER_HOST empty) →
 *   daemon-not-running.machine (read.ts), as cw58's machine that cannot be reached.
 * - **The shell refusing a docker client for another CPU, then a client that answers** (docker/compose-cli#1514): the later state
 *   stands (read.ts refusedClient).
 * Each row is a variation (never the holdout paste); `source` names where its words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const id64 = (c: string) => c.repeat(64).slice(0, 64);
const client = (v: string, os = 'linux/amd64') =>
  `Client:\n Version:           ${v}\n API version:       1.47\n Go version:        go1.22.11\n Git commit:        9f9e405\n OS/Arch:           ${os}\n Context:           default`;
const server = (v: string) =>
  `Server: Docker Engine - Community\n Engine:\n  Version:          ${v}\n  API version:      1.47 (minimum version 1.24)\n  OS/Arch:          linux/amd64`;

const runLines: Row[] = [
  {
    source: 'Unraid dockerman template of linuxserver/sonarr (its Command line), laid out one option per line by the learner',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'unraid-sonarr-one-per-line-id',
    text: `docker run\n  -d\n  --name='sonarr'\n  --net='bridge'\n  -e TZ="America/New_York"\n  -e 'PUID'='99'\n  -p '8989:8989/tcp'\n  -v '/mnt/user/appdata/sonarr':'/config':'rw'\n  'lscr.io/linuxserver/sonarr'\n${id64('3f9a')}`,
  },
  {
    source: 'the same layout at run with the lesson name and another container port; gunicorn glogging "Listening at: %s (%s)"',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'one-per-line-dash-app-8050-5000-gunicorn',
    text: `$ docker run\n    -d\n    --name dash-app\n    -p 8050:5000\n    dash-app\n${id64('a1b2')}\n$ docker logs dash-app\n[2024-05-02 10:01:12 +0000] [1] [INFO] Starting gunicorn 22.0.0\n[2024-05-02 10:01:12 +0000] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)`,
  },
  {
    source: 'the same with the lesson’s own mapping and Dash’s start line (dash.Dash.run: "Dash is running on http://0.0.0.0:8050/")',
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'one-per-line-dash-app-8050-ok',
    text: `$ docker run\n  --rm\n  --name dash-app\n  -p 8050:8050\n  dash-app\nDash is running on http://0.0.0.0:8050/\n\n * Serving Flask app 'app'\n * Debug mode: off`,
  },
  {
    source: 'the same with Unraid’s quoted mapping and the image on the last option’s line (TheWicklowWolf’s other apps: lidatube)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'one-per-line-image-on-user-line',
    text: `docker run\n  -d\n  --name='lidatube'\n  -p '5020:5000/tcp'\n  --user 99:100 'thewicklowwolf/lidatube:latest'\n${id64('77c0')}`,
  },
  {
    source: 'sudo and a prompt, Docker 1.x’s pull before the ID (cw77: docker/cli pulls first), options one per line',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'one-per-line-sudo-pull-id',
    text: `pi@raspberrypi:~ $ sudo docker run\n   -d\n   --restart unless-stopped\n   -p 9000:9000\n   portainer/portainer-ce\nUnable to find image 'portainer/portainer-ce:latest' locally\nlatest: Pulling from portainer/portainer-ce\n772227786281: Pull complete\nStatus: Downloaded newer image for portainer/portainer-ce:latest\n${id64('9e0f')}`,
  },
  {
    source: 'docker/cli `docker run --help` (cobra usage: "  -d, --detach   Run container in background and print container ID")',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-run-help-options',
    // A bare `docker run` read as a run with no -p (the answer before cw90): its help lines are not options joined to it.
    text: `$ docker run\n  -d, --detach                         Run container in background and print container ID\n  -p, --publish list                   Publish a container's port(s) to the host`,
  },
  {
    source: 'the Unraid layout at reach:listening with gunicorn on another port (glogging "Listening at: %s (%s)")',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'one-per-line-listening-gunicorn-5000',
    text: `docker run\n  -d\n  --name='dash-app'\n  -p '8050:5000/tcp'\n  'me/dash-app:latest'\n${id64('5c5c')}\n\n[2024-03-20 07:44:46 +0100] [1] [INFO] Starting gunicorn 21.2.0\n[2024-03-20 07:44:46 +0100] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)`,
  },
  {
    source: 'PowerShell’s prompt, `docker run` alone and options indented without backticks (a README’s layout copied)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'one-per-line-powershell-id',
    text: `PS C:\\Users\\me> docker run\n    -d\n    -p 8080:80\n    --name web\n    nginx:1.27\n${id64('0d1e')}`,
  },
  {
    source: 'docker/cli cli/required.go RequiresMinArgs ("docker run" requires at least 1 argument) under a bare run line',
    check: 'run',
    want: ['problem', 'missing-image-argument'],
    id: 'guard-bare-run-requires-argument',
    text: `$ docker run\n"docker run" requires at least 1 argument.\nSee 'docker run --help'.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`,
  },
];

const retold: Row[] = [
  {
    source:
      'docker/for-win issues: Desktop’s "Unexpected WSL error" dialog retold after a colon, docker version’s Client part (docker/cli)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'wsl-error-told-after-colon-client',
    text: `When I open Docker Desktop it shows the error: Unexpected WSL error\n\n$ docker version\n${client('27.4.0', 'windows/amd64')}`,
  },
  {
    source: 'docker/for-mac: "Docker Engine stopped" retold without quotes, then docker version’s Client part',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'engine-stopped-told-no-quotes-client',
    text: `After the update Docker Desktop only says Docker Engine stopped.\n$ docker version\n${client('28.0.1', 'darwin/arm64')}`,
  },
  {
    source: 'the dialog’s title copied on its own line (Docker Desktop 4.3x)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-wsl-error-own-line',
    text: `Unexpected WSL error\n${client('27.5.1', 'windows/amd64')}`,
  },
  {
    source: 'the window’s title bar: "Docker Desktop - Unexpected WSL error"',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-wsl-error-title-bar',
    text: `Docker Desktop - Unexpected WSL error\nAn unexpected error occurred while executing a WSL command.`,
  },
  {
    source: 'Docker Desktop’s dialog text (docker/for-win#14573): "An unexpected error occurred while executing a WSL command."',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-wsl-command-error-in-sentence',
    text: `I keep getting: An unexpected error occurred while executing a WSL command.\n${client('27.5.1', 'windows/amd64')}`,
  },
];

const winpty: Row[] = [
  {
    source: 'rprichard/winpty unix-adapter (`stdin is not a tty`) under Git Bash, `winpty docker run -it ubuntu bash`',
    check: 'install',
    want: ['problem', 'not-a-tty'],
    id: 'winpty-run-it-ubuntu-stdin',
    text: `me@LAPTOP MINGW64 ~\n$ winpty docker run -it ubuntu bash\nstdin is not a tty`,
  },
  {
    source: 'winpty’s `stdout is not a tty` when its output is piped (git-for-windows issues), docker exec',
    check: 'install',
    want: ['problem', 'not-a-tty'],
    id: 'winpty-exec-piped-stdout',
    text: `$ winpty docker exec -it web sh | tee out.txt\nstdout is not a tty`,
  },
  {
    source: 'winpty.exe by its full name in MSYS2, docker run hello-world',
    check: 'install',
    want: ['problem', 'not-a-tty'],
    id: 'winpty-exe-hello-world',
    text: `user@PC MSYS ~\n$ winpty.exe docker run hello-world\nstdin is not a tty`,
  },
  {
    source: 'Ubuntu root’s .profile `mesg n` under a non-interactive ssh (`stdin: is not a tty`): not winpty, not docker',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-mesg-stdin-not-tty',
    text: `$ vagrant ssh -c "uptime"\nstdin: is not a tty\n 10:02:11 up 3 min,  0 users,  load average: 0.10, 0.05, 0.01`,
  },
  {
    source: 'docker/cli cli/streams/in.go CheckTty, as before',
    check: 'install',
    want: ['problem', 'not-a-tty'],
    id: 'guard-docker-own-not-a-tty',
    text: `$ docker run -it --rm alpine sh\nthe input device is not a TTY.  If you are using mintty, try prefixing the command with 'winpty'`,
  },
];

const machineHead = 'NAME      ACTIVE   DRIVER       STATE     URL                         SWARM   DOCKER    ERRORS';
const machine: Row[] = [
  {
    source: 'docker/machine commands/ls.go (NAME ACTIVE DRIVER STATE URL SWARM DOCKER ERRORS), Toolbox’s default Stopped',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'machine-ls-default-stopped',
    text: `$ docker-machine ls\n${machineHead}\ndefault   -        virtualbox   Stopped                                       Unknown`,
  },
  {
    source: 'the same on Windows (docker-machine.exe), libmachine/state Saved',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'machine-exe-ls-saved',
    text: `C:\\Users\\me>docker-machine.exe ls\n${machineHead}\ndefault   -        virtualbox   Saved                                         Unknown`,
  },
  {
    source: 'libmachine/state Error with ls.go’s ERRORS column (machine does not exist)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'machine-ls-error-state',
    text: `$ docker-machine ls\n${machineHead}\ndev       -        hyperv       Error                                         Unknown   machine does not exist`,
  },
  {
    source: 'a running machine with its tcp:// URL: its daemon may answer',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-machine-ls-running',
    text: `$ docker-machine ls\n${machineHead}\ndefault   *        virtualbox   Running   tcp://192.168.99.100:2376           v19.03.12`,
  },
  {
    source: 'one machine Stopped, another Running',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-machine-ls-one-running',
    text: `$ docker-machine ls\n${machineHead}\nold       -        virtualbox   Stopped                                       Unknown\ndefault   *        virtualbox   Running   tcp://192.168.99.100:2376           v19.03.12`,
  },
  {
    source:
      'Stopped, then docker-machine start and env (commands/start.go, env.go), then docker version with its Server part: the later state',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-machine-stopped-then-started-version',
    text: `$ docker-machine ls\n${machineHead}\ndefault   -        virtualbox   Stopped                                       Unknown\n$ docker-machine start default\nStarting "default"...\nMachine "default" was started.\n$ eval "$(docker-machine env default)"\n$ docker version\n${client('19.03.12')}\n\n${server('19.03.12')}`,
  },
];

const refused: Row[] = [
  {
    source:
      'bash’s execute_cmd.c "cannot execute binary file" for a static docker of another CPU (download.docker.com static builds), then the right one',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'static-aarch64-refused-then-armhf-version',
    text: `$ ./docker/docker --version\n-bash: ./docker/docker: cannot execute binary file: Exec format error\n$ ./docker-armhf/docker --version\nDocker version 24.0.7, build afdd53b`,
  },
  {
    source: 'zsh’s "exec format error: ./docker", then docker version with Client and Server parts',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'zsh-refused-then-version-server',
    text: `% ./docker version\nzsh: exec format error: ./docker\n% /usr/bin/docker version\n${client('27.3.1')}\n\n${server('27.3.1')}`,
  },
  {
    source: 'the refusal alone (/usr/local/bin/docker of another CPU)',
    check: 'install',
    want: ['problem', 'exec-format-error'],
    id: 'guard-refused-alone',
    text: `$ docker version\n-bash: /usr/local/bin/docker: cannot execute binary file: Exec format error`,
  },
  {
    source: 'a version first, then the refusal: the later state is the refusal',
    check: 'install',
    want: ['problem', 'exec-format-error'],
    id: 'guard-version-then-refused',
    text: `$ docker --version\nDocker version 20.10.5, build 55c4c88\n$ ./docker-linux-arm64 --version\n-bash: ./docker-linux-arm64: cannot execute binary file: Exec format error`,
  },
  {
    source: 'runc’s standard_init_linux.go "exec user process caused: exec format error" (a container’s) beside a client version',
    check: 'install',
    want: ['problem', 'exec-format-error'],
    id: 'guard-container-exec-format-after-version',
    text: `$ docker --version\nDocker version 20.10.5, build 55c4c88\n$ docker run hello-world\nstandard_init_linux.go:228: exec user process caused: exec format error`,
  },
  {
    source: 'a run told, never shown (go-ethereum#14863’s shape): uname -a only',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-told-error-uname-only',
    text: `I ran sudo docker run hello-world and got an error.\n$ uname -a\nLinux pi 5.10.103-v7+ #1529 SMP Tue Mar 8 12:21:37 GMT 2022 armv7l GNU/Linux`,
  },
];

describe.each([
  ['run line', runLines],
  ['retold', retold],
  ['winpty', winpty],
  ['machine', machine],
  ['refused client', refused],
])('cw90 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    expect(await check(where, text)).toMatchObject({ kind: want[0], id: want[1] });
  });
});
