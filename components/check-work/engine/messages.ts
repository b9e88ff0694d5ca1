/*
 * Every word of "Check your work": the panel texts and, per check, one message for each key a
 * diagnosis can have (messageKey: its id, or id.variant). The server renders these into the
 * site at build time (/check-messages.json, lib/content/site-files.ts); the island never imports this module,
 * it only fills the {placeholders} with fillMessage (fill.ts) from the diagnosis' details.
 *
 * Wording in the lessons' terms: container dash-app, image e4l-python-graph, project dash-app,
 * services web, proxy and db, networks frontend and backend, each from lib/shared/course.ts.
 *
 * messages.test.ts checks that each key a check can produce has a message here, that each of
 * those is produced by some paste, and that each placeholder is a detail the diagnosis gives.
 */
import { composeProject, dashApp, localRegistry } from '@/lib/shared/course';
import { expectations, runCommand, type Publish } from './expectations';
import { fillMessage, messageKey } from './fill';
import { maxChars } from './normalize';
import { reachPath, type ReachStepId } from './reach-steps';
import type { Check, Diagnosis, Step } from './types';

/**
 * `excerpt`: lines to write into a file, shown as a block of their own under the fix (Stop 48: YAML written inline in a sentence,
 * `ports: - "8050:8050"`, reads as neither prose nor YAML one can copy).
 */
export type Message = { title: string; explanation: string; fix?: string; excerpt?: Excerpt; commands?: string[] };
export type Excerpt = { file: string; text: string };
export type Messages = Record<string, Message>;
/** A message with its placeholders filled, fix and commands empty for an ok answer; an excerpt only where the message has one. */
export type FilledMessage = Required<Omit<Message, 'excerpt'>> & Pick<Message, 'excerpt'>;

/** A service's port mapping in the Compose file, as the lesson writes it. */
const portsExcerpt = (service: string, want: Publish): Excerpt => ({
  file: 'compose.yaml',
  text: `services:\n  ${service}:\n    ports:\n      - "${want.host}:${want.container}"`,
});

const { run, compose, networks, share, volumes } = expectations;
const app = run.publish!;
const { container, folder, port } = dashApp;
const [frontend, backend] = composeProject.networks;
const [dbService, { port: dbPort }] = Object.entries(composeProject.services).find(
  ([, s]) => 'image' in s && s.image.startsWith('postgres'),
)!;

/** Panel text: what each step's command shows, and what it doesn't. */
export const reveals: Record<Step, string> = {
  install:
    'Shows the versions of the Docker client and server and whether the client reaches the server; nothing about your containers or files.',
  run: `Shows whether ${container} runs or how it exited, and which ports it publishes; not its logs or environment variables.`,
  compose: `Run in the ${folder} folder, it shows the project name, each service’s state and exit code, and published ports; not logs or environment variables.`,
  networks:
    'Shows which containers are on each network and their addresses; not their settings or environment variables (such as POSTGRES_PASSWORD).',
  share: `Shows whether the ${localRegistry.container} container runs or how it exited, and where its port ${localRegistry.port} is published; not the images in it.`,
  volumes: `Lists the volumes whose names contain ${composeProject.name}, with their driver; not what is in them.`,
};

/** The outputs each step's text area also reads, named in the "I can't read this" answer. */
export const accepts: Record<Step, string> = {
  install: 'docker version, docker info or docker run hello-world',
  run: `docker ps, docker inspect ${container}, docker logs ${container}, or a docker run line with what it printed`,
  compose: 'docker compose ps, docker compose logs or docker compose config',
  networks: 'docker network inspect, docker compose ps, docker compose logs or docker compose config',
  share: 'docker ps or docker image ls',
  volumes: 'docker volume ls',
};

/** The questions of the "can't reach it" path, and what each one's command shows. */
export const reachText: Record<ReachStepId, { question: string; reveals: string }> = {
  running: { question: `Is ${container} running?`, reveals: 'Lists the container with its state and ports.' },
  published: { question: `Is port ${app.host} published?`, reveals: 'Lists its published ports and where they listen.' },
  listening: { question: 'Does the app listen on 0.0.0.0?', reveals: 'Shows what the app printed, including where it listens.' },
  'port-free': {
    question: `Is port ${app.host} on your machine free?`,
    reveals: `Lists the running containers that publish port ${app.host}.`,
  },
};

const upDetached = ['docker compose up -d'];

// ---- Answers every check can give: Docker's error messages (Compose's: composeErrors, below).

const daemon: Message = {
  title: 'The Docker daemon is not running',
  explanation: 'The docker client works, but nothing answers on the Docker socket: the server (daemon) is not running.',
  fix: 'On Linux, start the service. With Docker Desktop, start it and wait until the engine runs.',
  commands: ['sudo systemctl enable --now docker.service'],
};

const portTaken = 'Port {port} on your machine is already taken';

/** The client's credential helper failed, so no pull was made (parse-errors.ts' containerErrors.credentials), at the steps that pull. */
const credentialsFailed: Message = {
  title: 'Docker could not pull the image: its credential helper is missing',
  explanation:
    'The image is not on your machine, and before pulling it Docker asks the credential helper that credsStore names in ~/.docker/config.json, which this shell does not have (in WSL, Docker Desktop’s docker-credential-desktop.exe).',
  fix: 'In WSL, turn on Docker Desktop’s integration for this distribution (Settings → Resources → WSL integration); otherwise remove the credsStore line from ~/.docker/config.json. Then run the command again.',
  commands: ['cat ~/.docker/config.json'],
};

const errors = (arm64: string[]): Messages => ({
  'permission-denied': {
    title: 'Permission denied on the Docker socket',
    explanation: 'The daemon runs, but your user may not use its socket: it belongs to root and the group docker.',
    fix: 'Add your user to the group docker, then log out and in again (or run newgrp docker in this terminal).',
    commands: ['sudo usermod -a -G docker $USER', 'newgrp docker'],
  },
  'permission-denied.pipe': {
    title: 'Windows does not let your user use Docker',
    explanation:
      'Docker Desktop runs, but its engine answers on a named pipe that only the group docker-users may open (“Access is denied”). An installer run as another administrator account does not add your user.',
    // PowerShell's variable, not cmd.exe's %USERNAME%: lesson 3 has Windows learners type their commands in PowerShell, where
    // %USERNAME% stays literal and net answers "The user name could not be found."
    fix: 'Add your user to docker-users in PowerShell opened as administrator, then sign out of Windows and in again.',
    commands: ['net localgroup docker-users $env:USERNAME /add', 'docker version'],
  },
  // cw191: Podman's refusal of a short image name (parse-errors.ts, containers/image pkg/shortnames), any step that pulls.
  'image-not-found.short-name': {
    title: 'Podman could not tell which registry the image{?name: {name}} comes from',
    explanation:
      'Your docker command is Podman (podman-docker), and Podman does not guess a registry for a short image name: registries.conf names no registry to search, so no image was pulled. The lessons use Docker Engine, which looks on Docker Hub.',
    fix: 'Install Docker Engine and run the command again; with Podman, give the full name (docker.io/…) or add unqualified-search-registries = ["docker.io"] to /etc/containers/registries.conf.',
    commands: ['docker version'],
  },
  'daemon-not-running': daemon,
  'daemon-not-running.machine': {
    title: 'docker-machine cannot reach its virtual machine',
    explanation:
      'Docker Toolbox runs the daemon in a VirtualBox machine that docker-machine reaches over SSH; it could not (no IP, the machine stopped or broken), so no docker command has a daemon to talk to.',
    fix: 'Restart the machine (docker-machine restart default, then eval $(docker-machine env default)); if it stays broken, recreate it (docker-machine rm default, then reopen the Quickstart Terminal). On Windows 10 or 11, Docker Desktop replaces Toolbox.',
    commands: ['docker-machine ls', 'docker version'],
  },
  // cw70: a proxy refused the client's CONNECT to a daemon on TCP (parse-errors.ts, docker-archive/toolbox#700).
  'daemon-not-running.proxy': {
    title: 'A proxy stands between Docker and its daemon',
    explanation:
      'DOCKER_HOST points at a daemon over TCP (a docker-machine VM, a remote host) and this shell sends that request through an HTTP proxy (HTTPS_PROXY), which refused it: no daemon answered.',
    fix: 'Exclude the daemon’s address from the proxy (NO_PROXY=192.168.99.100, the IP of docker-machine ls), or unset HTTPS_PROXY in this shell, then run docker version until its Server part shows.',
    commands: ['docker-machine ls', 'docker version'],
  },
  'client-too-old': {
    title: 'Your Docker client is too old for the server',
    explanation: 'The client speaks API {client}, the server needs at least {server}.',
    fix: 'Update the Docker client and Docker Compose. If one is current already, an old copy may come first in your PATH.',
    commands: ['docker version', 'which -a docker'],
  },
  'client-too-old.subcommand': {
    title: 'Your Docker is older than docker {name}',
    explanation:
      'docker answered that {name} is not a docker command, yet every current Docker has it (docker network and docker volume came with Docker 1.9, docker container and docker system with 1.13, docker context with 19.03): this Docker client predates it.',
    fix: 'Install a current Docker Engine (or Docker Desktop, with Compose v2), then check that docker version shows a recent client and server.',
    commands: ['docker version'],
  },
  'client-too-old.flag': {
    title: 'Your Docker is older than the flag --{name}',
    explanation:
      'docker answered "unknown flag: --{name}", a flag every current Docker has (docker build --iidfile came with Docker 17.06, which Compose v1 passes to docker build when it builds; docker run --gpus with 19.03): this Docker client predates it.',
    fix: 'Install a current Docker Engine (or Docker Desktop, with Compose v2), then check that docker version shows a recent client and server.',
    commands: ['docker version'],
  },
  'client-too-old.server': {
    title: 'Your Docker engine is older than its client',
    explanation: 'The client speaks API {client}, the engine (the server) at most {server}, so it refuses the request.',
    fix: 'Update Docker Engine (or Docker Desktop) so that client and server match. Until then, DOCKER_API_VERSION={server} makes the client speak the older API.',
    commands: ['docker version'],
  },
  'no-arm64-manifest': {
    title: 'No image for your processor (arm64)',
    explanation: 'Your machine has an arm64 processor (such as Apple silicon), and the archlinux image exists for amd64 only.',
    fix: 'Build and run for amd64 (emulated, slower), or use the python:3.12-slim variant of the Dockerfile (lesson 5).',
    commands: arm64,
  },
  'no-arm64-manifest.windows': {
    title: 'Docker Desktop runs Windows containers',
    explanation: 'It is switched to Windows containers, and the lesson’s images exist for Linux only, so none matches this platform.',
    fix: 'Switch Docker Desktop back to Linux containers (right-click its whale icon: Switch to Linux containers…), then try again.',
    commands: ['docker version'],
  },
  // Docker's port allocator says "already allocated": another container publishes the port.
  'port-already-allocated.allocated': {
    title: portTaken,
    explanation: `Another container already publishes port {port}, usually one from an earlier try: the lesson-5 container ${container} or Compose’s ${composeProject.name}-web-1.`,
    fix: 'Find it and stop it (or run docker compose down in its folder), then start again.',
    commands: ['docker ps --filter publish={port}', `docker stop ${container}`],
  },
  'port-already-allocated': {
    title: portTaken,
    explanation: 'Another program on your machine already listens on port {port}.',
    fix: 'Stop that program, or publish another host port, such as -p 8051:{appPort}.',
    commands: ['lsof -i :{port}'],
  },
  'port-already-allocated.rootless': {
    title: 'Rootless Docker could not open that host port',
    explanation:
      'Rootless Docker publishes ports through RootlessKit’s port driver, which runs as your user: it may not open a port below 1024 (net.ipv4.ip_unprivileged_port_start is 1024 by default), nor one another program holds.',
    fix: 'Publish a host port of 1024 or above, as the lesson’s 8050:8050 does. To keep a low port, allow it: sudo sysctl net.ipv4.ip_unprivileged_port_start=80 (Docker’s rootless-mode docs).',
    commands: ['sysctl net.ipv4.ip_unprivileged_port_start', 'docker ps'],
  },
  'port-already-allocated.unknown': {
    title: 'A port on your machine is already taken',
    explanation: 'Docker could not publish a port: another program or container already listens on it.',
    fix: 'Find what holds it and stop it, or publish another host port.',
    commands: ['docker ps', `lsof -i :${app.host}`],
  },
  'no-port-published': {
    title: 'No port is published',
    explanation: 'No port of your machine leads into the container{?name: {name}} (EXPOSE alone publishes nothing).',
    fix: `Start it again with -p ${app.host}:${app.container}.`,
    commands: [runCommand],
  },
  'docker-not-found': {
    title: 'This shell has no docker command',
    explanation: 'Docker is not installed here, or (on Windows with WSL) Docker Desktop’s integration with this distribution is off.',
    fix: 'Install Docker (lesson 3); with Docker Desktop, turn on Settings → Resources → WSL integration for this distribution, then open a new terminal.',
    commands: ['docker version'],
  },
  'docker-not-found.script': {
    title: 'Docker’s install script installed nothing here',
    explanation:
      'The script from get.docker.com installs Docker Engine only on the Linux distributions it knows (Debian, Ubuntu, Fedora, CentOS, RHEL and a few more). On macOS or Windows, or another distribution, it stops with this error.',
    fix: 'On a Mac or Windows, install Docker Desktop; on Arch Linux, install the docker package as lesson 3 shows. Then check it.',
    commands: ['docker version'],
  },
  'docker-not-found.apt': {
    title: 'apt found no Docker package to install',
    explanation:
      'apt has no candidate for Docker’s packages (docker-ce): Docker’s apt repository is not set up, or it is set up for another architecture or release than this system’s, so nothing was installed.',
    fix: 'Set up Docker’s repository as its page for your distribution shows (check `dpkg --print-architecture` and `cat /etc/os-release` against the repository line), or use the script from get.docker.com; then check it.',
    commands: ['docker version'],
  },
  'engine-not-ready': {
    title: 'Docker Desktop’s engine is not ready',
    explanation:
      'The client reached Docker Desktop, but the engine behind it failed (500 Internal Server Error). Despite the wording, your versions are fine.',
    fix: 'Restart Docker Desktop and wait until it says the engine is running; if it is set to Windows containers, switch back to Linux containers.',
    commands: ['docker version'],
  },
  'engine-not-ready.desktop': {
    title: 'Docker Desktop’s engine is not ready',
    explanation:
      'Docker Desktop answered, but the engine behind it (in its virtual machine or WSL) is not running: it is still starting, or it failed to start.',
    fix: 'Wait until Docker Desktop says the engine is running; if it does not, restart Docker Desktop (Troubleshoot → Restart), then try again.',
    commands: ['docker version'],
  },
  'engine-not-ready.forwards': {
    title: 'Docker Desktop could not forward port {port}',
    explanation:
      'Docker Desktop’s port-forwarding service failed (it answered 500) while publishing the container’s port. The engine itself may answer; nothing here shows another program holding the port.',
    fix: 'Restart Docker Desktop (on Windows, run wsl --shutdown first), then start the container again.',
    commands: ['docker ps'],
  },
  'engine-not-ready.paused': {
    title: 'Docker Desktop is paused',
    explanation: 'Docker Desktop was paused from its whale menu or Dashboard, so its engine answers nothing until it is resumed.',
    fix: 'Resume it: click the whale icon (or the Dashboard) and choose Resume, then try again.',
    commands: ['docker version'],
  },
  'exec-format-error': {
    title: 'The image was built for another processor',
    explanation:
      'exec format error: the program in the image is for another CPU architecture than your machine’s (amd64 on an ARM machine, or the reverse).',
    fix: 'Build the image on this machine (docker build), or build and run it for your platform with --platform.',
    commands: [`docker build -t ${run.image} .`, runCommand],
  },
  'image-not-found': {
    title: 'No image{?name: {name}} here',
    explanation: 'Docker found no image of that name on your machine and could not pull it either: it exists only once you build it.',
    fix: 'Build the image first (lesson 5), in the folder with the Dockerfile, then run it.',
    commands: [`docker build -t ${run.image} .`, runCommand],
  },
  'name-conflict': {
    title: 'A container named {name} already exists',
    explanation: 'Container names are unique: an earlier container of that name is still there (stopped or running).',
    fix: 'Remove it, then start the new one.',
    commands: ['docker rm -f {name}', runCommand],
  },
  'invalid-reference': {
    title: 'Docker cannot read the image name',
    explanation: 'An image name is lower case, without spaces; a word or option in the wrong place is read as the image too.',
    fix: 'Type the lesson’s command as it is.',
    commands: [runCommand],
  },
  'invalid-port-spec': {
    title: 'Docker cannot read the -p option',
    explanation: `-p takes the host port, a colon and the container port: -p ${app.host}:${app.container}.`,
    fix: 'Type the lesson’s command as it is.',
    commands: [runCommand],
  },
  'invalid-port-spec.compose': {
    title: 'Compose cannot read a ports entry in compose.yaml',
    explanation: `A ports entry is the host port, a colon and the container port, as web’s "${app.host}:${app.container}"; an address may come first. A word or an empty variable there is no port.`,
    fix: 'Correct the entry (or the variable it uses), check the file with docker compose config, then start the project again.',
    commands: ['docker compose config', 'docker compose up -d'],
  },
  'missing-image-argument': {
    title: 'docker run got no image',
    explanation: 'docker run needs the image’s name after its options.',
    fix: 'Name the image at the end.',
    commands: [runCommand],
  },
  // docker build stopped (parse-errors.ts): what the Dockerfile or the folder lacks.
  'build-failed': {
    title: 'The image was not built',
    explanation:
      'A RUN step of the Dockerfile failed: the lines just above the error say why, often a package in requirements.txt that pip cannot find, or no network.',
    fix: 'Read those lines, fix the Dockerfile or requirements.txt, then build again.',
    commands: [`docker build -t ${run.image} .`],
  },
  'build-failed.buildx': {
    title: 'Compose needs a newer buildx to build',
    explanation:
      'Docker Compose builds images through the buildx plugin and refused to start the build: the buildx it found is older than {name}, or missing. Nothing was built or started.',
    fix: 'Update Docker Desktop (or install the current docker-buildx-plugin on Linux), check the version buildx reports, then build and start again.',
    commands: ['docker buildx version', 'docker compose up -d --build'],
  },
  // cw191: the buildx plugin there but not runnable (parse-errors.ts): a link left by Docker Desktop, another CPU's build.
  'build-failed.buildx-broken': {
    title: 'The buildx plugin cannot run, so nothing was built',
    explanation:
      'Docker builds images through its buildx plugin, and the plugin file could not be run: often ~/.docker/cli-plugins/docker-buildx is a link left by Docker Desktop that points nowhere after moving to Colima or OrbStack, or a build for another processor. Nothing was built or started.',
    fix: 'Remove the broken link (or file) and install buildx for this machine (Homebrew: brew install docker-buildx; Linux: the docker-buildx-plugin package), check that docker buildx version answers, then build again.',
    commands: ['ls -l ~/.docker/cli-plugins', 'docker buildx version', 'docker compose up -d --build'],
  },
  'build-failed.no-dockerfile': {
    title: 'There is no Dockerfile here',
    explanation: `docker build reads the Dockerfile from the folder it is given (the . at the end): this folder has none, or it is named otherwise (dockerfile, Dockerfile.txt).`,
    fix: `Change into the ${folder} folder, where the Dockerfile is, then build again.`,
    commands: [`cd ${folder}`, `docker build -t ${run.image} .`],
  },
  'build-failed.context': {
    title: 'Docker could not unpack the folder it was building from',
    explanation:
      'docker build sent the folder (the build context) to the Docker daemon, and the daemon failed to unpack it (Error processing tar file): the upload was cut short or the engine could not write it out. Nothing was built.',
    fix: 'Check the disk space of the Docker host (docker system df), keep large or changing files out of the folder with a .dockerignore, update Docker, then build again.',
    commands: ['docker system df', 'docker compose up -d --build'],
  },
  'build-failed.no-context': {
    title: 'docker build got no folder',
    explanation: 'docker build needs the folder to build from as its last word: the . (this folder) at the end of the command is missing.',
    fix: 'Add the dot at the end.',
    commands: [`docker build -t ${run.image} .`],
  },
  'build-failed.copy': {
    title: 'A file the Dockerfile copies is not there',
    explanation: 'COPY found no {?name:{name}, the }file it names in the folder docker build was given (or .dockerignore leaves it out).',
    fix: `Build in the ${folder} folder, next to the file, and check its name in the Dockerfile.`,
    commands: [`cd ${folder}`, `docker build -t ${run.image} .`],
  },
  'build-failed.dockerfile': {
    title: 'The Dockerfile has an error',
    explanation:
      'docker build could not read a line of the Dockerfile, the one the error names: an instruction misspelt (COPPY for COPY) or a line broken in two.',
    fix: 'Compare that line with the lesson’s Dockerfile, then build again.',
    commands: [`docker build -t ${run.image} .`],
  },
  'build-failed.base': {
    title: 'The Dockerfile’s FROM names no image there is{?name:: {name}}',
    explanation: 'Docker Hub has no image of that name and tag: a typo in the FROM line, or a tag that does not exist.',
    fix: 'Write the FROM line as the lesson does (such as python:3.12-slim), then build again.',
    commands: [`docker build -t ${run.image} .`],
  },
  'not-a-tty': {
    title: 'This terminal gives docker no TTY',
    explanation:
      'docker run -it asks for a terminal (-t), and this shell has none to give: Git Bash’s window (mintty) on Windows, or input from a pipe.',
    fix: 'In Git Bash, put winpty before the command; or run it in PowerShell or Windows Terminal.',
    commands: ['winpty docker run -it --rm archlinux bash -c "echo hello world"'],
  },
  // A base image pulled from Docker Hub (python, postgres, nginx, registry): Docker could not reach it.
  'registry-unreachable': {
    title: 'Docker cannot reach Docker Hub',
    explanation:
      'The daemon could not download an image: no network, a name that does not resolve (DNS), a timeout, or a proxy or firewall in the way.',
    fix: 'Check your connection (and, behind a proxy, Docker Desktop’s Settings → Resources → Proxies or the daemon’s proxy settings), then try again.',
    commands: ['docker pull python:3.12-slim'],
  },
  'registry-unreachable.rate-limit': {
    title: 'Docker Hub’s pull limit is reached',
    explanation: 'Docker Hub limits how many images may be pulled without logging in, per address, over six hours.',
    fix: 'Log in with a (free) Docker Hub account, or wait, then try again.',
    commands: ['docker login'],
  },
  'container-not-found': {
    title: 'No container named {name}',
    explanation: 'Docker lists no such container: it is not running, and with --rm Docker removes it as soon as it stops.',
    fix: 'Start it again and read the last lines it prints.',
    commands: [runCommand],
  },
});

const arm64Install = ['docker run --platform linux/amd64 -it --rm archlinux bash -c "echo hello world"'];
const arm64Build = [`docker build --platform linux/amd64 -t ${run.image} .`, runCommand.replace('run ', 'run --platform linux/amd64 ')];

function unreadable(accepted: string, command: string): Messages {
  const m = (explanation: string): Message => ({
    title: `I can’t read this as the output of ${accepted}`,
    explanation,
    fix: `Paste the output of ${command}.`,
    commands: [command],
  });
  return {
    unreadable: m('It has none of the lines those commands print.'),
    'unreadable.empty': m('Nothing to check yet.'),
    'unreadable.binary': m('This looks like binary data, not text a terminal shows.'),
    'unreadable.long': m(`This paste is too long to read whole (over ${maxChars >> 10} KB).`),
    'unreadable.cut': m('The JSON is cut off: copy all of it, from the first [ or { to the last ] or }.'),
    'unreadable.foreign': m('This looks like the output of {foreign}.'),
    // cw88: Podman's own lines under a docker command (podman.ts): an alias or the podman-docker package.
    'unreadable.podman': {
      title: 'Your docker command runs Podman',
      explanation:
        'Podman printed this (its help, its errors or its table layout), not Docker Engine: docker is an alias for podman or the podman-docker package, so nothing here shows Docker answering. The lessons use Docker Engine (Compose, published ports and the docker group behave differently under Podman).',
      fix: `Install Docker Engine or Docker Desktop and make docker run it (unalias docker; on Ubuntu, sudo apt remove podman-docker), then paste the output of ${command}.`,
      commands: [command],
    },
    'unreadable.seen': m('This is {readAs}, which does not show what this check needs.'),
    'unreadable.failed': m('Something in this paste stopped the checker. Your paste is still here; try the command’s output alone.'),
  };
}

// ---- One container (lesson 5, the reach path) or service (lessons 6, 7).

const whyCreated = 'It was created but never started, often because its port was taken.';
const whyRestarting = 'It keeps stopping and starting again: the app inside ends or crashes.';
const whyEnded = 'The app inside ended or crashed; its last lines usually say why.';
const state = '({state}{?exitCode:, exit code {exitCode}})';

/** The three messages of a container or service that is not running, by its state. */
function stopped(id: string, rest: Omit<Message, 'explanation'>): Messages {
  return {
    [id]: { ...rest, explanation: whyEnded },
    [`${id}.created`]: { ...rest, explanation: whyCreated },
    [`${id}.restarting`]: { ...rest, explanation: whyRestarting },
  };
}

/** A container that finds no program to run (parse-errors.ts' containerErrors.noProgram). */
const noFile: Message = {
  title: 'The container could not start its program',
  explanation:
    'It found no file to run: the CMD or ENTRYPOINT names a script that is not in the image, or one saved with Windows line endings (CRLF), whose first line then names an interpreter such as /bin/sh followed by a carriage return, which does not exist.',
  fix: 'Save the script with LF line endings (your editor’s CRLF → LF, or git config core.autocrlf input and check it out again), check its path, then build the image again and start it.',
  commands: [`docker build -t ${run.image} .`, runCommand],
};

// cw173 (stop 56): the daemon's port rule refused by iptables, its DOCKER chain gone (parse-errors.ts firewall); lesson 5's step only.
const firewallMessage: Message = {
  title: 'Docker could not open the container’s port in the firewall',
  explanation:
    'Docker answered, but its iptables rule for the published port failed: “No chain/target/match by that name” means Docker’s own chain (DOCKER) is gone, as when firewalld or nftables reloaded the firewall after Docker started. The container was not started.',
  fix: 'Restart Docker so it creates its chains again (sudo systemctl restart docker), then start the container again.',
  commands: ['sudo systemctl restart docker', runCommand],
};

// cw174 (stop 57): the daemon or the client refused a -v/--mount value (parse-errors.ts mount); lesson 5's step only.
const mountMessage: Message = {
  title: 'Docker refused the container’s volume (-v)',
  explanation:
    'Docker did not make the container: it could not read or use a -v or --mount value. A relative path (./data, ~) is read as a volume name before Docker 23; a Windows path’s drive letter (C:\\…) splits at its colon; Git Bash rewrites a container path such as /app into C:/Program Files/Git/app; Docker Desktop refuses a folder it does not share (Mounts denied).',
  fix: 'Give the host folder as an absolute path (in Git Bash set MSYS_NO_PATHCONV=1, or write //app), share it in Docker Desktop’s Resources → File sharing, or drop the -v: the lesson’s run needs no volume.',
  commands: [runCommand],
};

const containerStopped: Messages = {
  ...stopped('container-exited', {
    title: `{name} is not running ${state}`,
    fix: 'Read its logs, fix the cause, remove it and start it again.',
    commands: ['docker logs {name}', 'docker rm {name}', runCommand],
  }),
  'container-exited.no-file': noFile,
  'container-exited.gpu': {
    title: 'The container asks for a GPU',
    explanation:
      'Docker could not give it the graphics card it asks for (could not select device driver “nvidia”): this machine has no NVIDIA driver for Docker (a Mac never has). The container was created and never started. The lesson’s app needs no GPU.',
    fix: 'Start it without --gpus (or, in compose.yaml, without deploy.resources.reservations.devices).',
    commands: ['docker ps -a', runCommand],
  },
  // cw162 (stop 54): the daemon has no runtime of the name asked (parse-errors.ts noRuntime).
  'container-exited.no-runtime': {
    title: 'The container asks for a runtime Docker does not have',
    explanation:
      'Docker refused to start it: the run asks for a runtime (--runtime=nvidia, or runtime: in compose.yaml) that this daemon has not registered (unknown or invalid runtime name), so the container never ran. The nvidia runtime comes with the NVIDIA Container Toolkit; the lesson’s app needs no special runtime.',
    fix: 'Start it without --runtime (and without --gpus).',
    commands: ['docker ps -a', runCommand],
  },
  'container-exited.runtime': {
    title: 'The container could not start',
    explanation:
      'Docker’s runtime failed to create its process (OCI runtime … failed), before the app could run: the lines after “caused” say why. On WSL 2 an old kernel or a broken Docker install often causes it.',
    fix: 'Read the whole error; update WSL (wsl --update) or restart Docker, then start the container again.',
    commands: ['docker ps -a', runCommand],
  },
  'container-exited.crash': {
    title: 'The app stopped with an error',
    explanation: 'Its last lines show why.',
    fix: 'Fix the cause, build the image again and start it.',
    commands: [runCommand],
  },
};

/** The port answers; `fix` says how to publish the port the lesson's way. */
const ports = (want: Publish, fix: string, commands: string[], excerpt?: Excerpt): Messages => ({
  'no-port-published': {
    title: 'No port is published',
    explanation: 'The container{?name: {name}} runs, but no port of your machine leads into it (EXPOSE alone publishes nothing).',
    fix,
    excerpt,
    commands,
  },
  'ports-swapped': {
    title: 'The port leads to the wrong container port',
    explanation: `The app listens on port ${want.container} inside {name}, but the published port leads to {target}. The host port comes first, the container port second.`,
    fix,
    excerpt,
    commands,
  },
  'ports-swapped.host': {
    title: `Port ${want.host} is not published`,
    explanation: `{name} publishes its port ${want.container} on {found} instead. The host port comes first, the container port second.`,
    fix,
    excerpt,
    commands,
  },
  'published-on-loopback': {
    title: '{name} runs, published on 127.0.0.1 only',
    explanation:
      'Open {url} on this machine. Other devices cannot connect: the port is published on your machine’s loopback only (without 127.0.0.1: in -p, it would be shared).',
  },
});

/** The app listens on 0.0.0.0 but on a port other than the container port Docker forwards to. */
const appPortMessage: Message = {
  title: 'The app listens on port {appPort}, not {target}',
  explanation:
    'It listens on 0.0.0.0, but on port {appPort}, while the published port leads to port {target} in the container, where nothing listens.',
  fix: `Start the app on port {target} (app.run(host="0.0.0.0", port={target})), or publish the port it uses (-p ${app.host}:{appPort}).`,
};

const runPorts = ports(app, `Stop it (docker stop ${run.container}), then start it again with -p ${app.host}:${app.container}.`, [
  runCommand,
]);

const hostNetwork: Message = {
  title: 'With --network host, no port is published',
  explanation:
    'The container shares the host’s network, so Docker discards -p and -P (it warns: “Published ports are discarded when using host network mode”). On Docker Desktop (Mac, Windows) that host is Docker’s own virtual machine, not your computer, so nothing reaches the app from your browser.',
  fix: `Start it again without --network host, publishing the port with -p ${app.host}:${app.container}.`,
  commands: [`docker rm -f ${container}`, runCommand],
};

const listensOnLoopback = (rebuild: string): Message => ({
  title: 'The app listens on the container’s 127.0.0.1',
  explanation: 'Dash listens on the container’s own loopback only, but published traffic arrives on its eth0, so nothing answers.',
  fix: `In app.py, use app.run(host="0.0.0.0", port=${port}), then build and start it again.`,
  commands: [`docker build -t ${run.image} .`, rebuild],
});

const open = 'Open {url} in your browser.';

// ---- Compose (lessons 6 and 7).

/** Compose's error messages, which only lessons 6 and 7 read (compose-errors.ts). */
const composeErrors: Messages = {
  'image-not-found.credentials': credentialsFailed,
  'compose-not-installed': {
    title: 'Docker Compose is not installed',
    explanation: 'docker compose is a plugin of the Docker client, and yours does not have it.',
    fix: 'Docker Desktop includes it; on Arch Linux, install the package docker-compose.',
    commands: ['sudo pacman -S docker-compose'],
  },
  'compose-no-file': {
    title: 'Compose finds no compose.yaml here',
    explanation: 'docker compose reads compose.yaml from the current folder.',
    fix: `Change into the ${folder} folder first.`,
    commands: [`cd ${folder}`, 'docker compose up --build'],
  },
  'compose-undefined-network': {
    title: 'Service {name} uses an undefined network: {network}',
    explanation: 'Every network a service lists must also be defined under the top-level networks key.',
    fix: 'Add {network}: under the top-level networks in compose.yaml.',
    commands: upDetached,
  },
  // cw191: podman-compose's `RuntimeError: missing networks: x` (compose-errors.ts): it names no service.
  'compose-undefined-network.podman-compose': {
    title: 'podman-compose finds no network {network} in the file',
    explanation:
      'podman-compose stopped before making any container: a service joins the network {network}, and the file’s top-level networks key does not define it as podman-compose reads it (older podman-compose versions also miss the implicit default network and the old external: name: form). The lessons use Docker’s docker compose.',
    fix: 'Run the lesson with Docker’s docker compose in the project folder; with podman-compose, define {network}: under the top-level networks key (or update podman-compose).',
    commands: upDetached,
  },
  'compose-too-old.v2-0': {
    title: 'This Compose v2 is older than 2.3, too old for the lesson',
    explanation:
      'Its own binary refused -v: only Compose 2.0.0 did (2.0.1 reads it as version). Compose before 2.3 cannot read the lesson’s compose.yaml (its name: key).',
    fix: 'Update Docker Desktop, or on Linux the docker-compose-plugin package, then type docker compose, with a space.',
    commands: ['docker compose version'],
  },
  'compose-too-old.api': {
    title: 'Your docker-compose is too old for this Docker engine',
    explanation:
      'The engine refused docker-compose: it speaks API {client}, and the engine needs at least {server}. Compose v1 (docker-compose) fixes the API version it speaks, so only a newer Compose mends it.',
    fix: 'Install the Compose v2 plugin (Docker Desktop has it; on Linux the package docker-compose-plugin) and type docker compose, with a space.',
    commands: ['docker compose version', 'docker version'],
  },
  'compose-too-old.v1-connect': {
    title: 'Docker answers you, but the old docker-compose cannot reach it',
    explanation:
      'Your own docker command got the engine’s answer, so the daemon runs and you may use it. "Couldn’t connect to Docker daemon" is the wording of Compose v1 (docker-compose) and of fig, its ancestor: the old program fails where docker works, and it could not read the lesson’s compose.yaml (its name: key) anyway.',
    fix: 'Install the Compose v2 plugin (Docker Desktop has it; on Linux the package docker-compose-plugin) and type docker compose, with a space.',
    commands: ['docker compose version', 'docker compose up -d'],
  },
  // cw193 (stop 59): docker-py under requests 2.32+ (compose-errors.ts).
  'compose-too-old.docker-py': {
    title: 'The old docker-compose cannot talk to Docker any more',
    explanation:
      '“Not supported URL scheme http+docker” comes from docker-py, the Python library Compose v1 (docker-compose) is built on: a newer requests library (2.32 and later) no longer lets it reach the engine, so it fails before asking anything. The engine itself may be fine; Compose v1 is too old anyway for the lesson’s compose.yaml (its name: key).',
    fix: 'Remove the distribution’s docker-compose package, install the Compose v2 plugin (Docker Desktop has it; on Linux the package docker-compose-plugin) and type docker compose, with a space.',
    commands: ['docker compose version', 'docker compose up -d'],
  },
  'compose-too-old': {
    title: 'This is Compose v1 (docker-compose), too old for the lesson',
    explanation: 'The old docker-compose program cannot read the lesson’s compose.yaml (its name: key) nor print ps as JSON.',
    fix: 'Install the Compose v2 plugin (Docker Desktop has it; on Linux the package docker-compose-plugin) and type docker compose, with a space.',
    commands: ['docker compose version'],
  },
  // Stop 54: v1's string.Template refusing `${VAR:-default}` in a file it reads as version 1 or 2.0 (compose-errors.ts).
  'compose-too-old.interpolation': {
    title: 'This is Compose v1 (docker-compose), too old for this file’s variables',
    explanation:
      'The old docker-compose reads a file without a version: line (as the lesson’s) in its first format, which does not allow a default written after a variable’s name (VAR:-value) nor a required mark (VAR:?message). Every Compose v2 reads both.',
    fix: 'Install the Compose v2 plugin (Docker Desktop has it; on Linux the package docker-compose-plugin) and type docker compose, with a space.',
    commands: ['docker compose version', 'docker compose config'],
  },
  'network-wrong-project.default-bridge': {
    title: 'A service is on Docker’s default bridge, where Compose cannot put it',
    explanation:
      'The daemon refused it: the alias Compose gives each service (its name, which the others reach it by) works only on a network made with a name, not on Docker’s own bridge. A compose.yaml that lists bridge (external: true) among its networks does this.',
    fix: 'Take bridge out of compose.yaml and put each service on the project’s own networks (lesson 8’s frontend and backend), then start the project again.',
    commands: ['docker compose up -d', networks.command],
  },
  // cw134: moby's "Cannot link to /app, as it does not belong to the default network" (step-fallback.ts).
  'network-wrong-project.link': {
    title: 'Docker will not link a container to {name} across networks',
    explanation:
      'The container started by hand is on Docker’s default bridge, and {name} is on a network of its own (the one Compose made for its project): a --link works only on the default bridge, and containers on different networks do not see each other.',
    fix: 'Put the services in the lesson’s compose.yaml, where they share the project’s networks and reach each other by their service names, then start the project again.',
    commands: ['docker compose up -d', networks.command],
  },
  'network-wrong-project': {
    title: 'A network {network} exists, but Compose did not create it for this project',
    explanation: 'An earlier try (or another project) left a network with that name; Compose will not take it over.',
    fix: 'Remove the old network, then start the project again.',
    commands: ['docker compose down', 'docker network rm {network}', 'docker compose up -d'],
  },
  'compose-file-invalid': {
    title: 'Compose cannot read compose.yaml',
    explanation:
      'The file is not valid YAML at the line the error names: indentation with spaces only (no tabs), a colon and a space after each key, lists under their key.',
    fix: 'Compare that line and the ones above it with the lesson’s compose.yaml, then check the file.',
    commands: ['docker compose config'],
  },
  'compose-file-invalid.property': {
    title: 'compose.yaml has a key Compose does not know{?name:: {name}}',
    explanation:
      'A key is misspelt or at the wrong indentation (a service’s key at the top, or the reverse), or a value has the wrong type (ports is a list).',
    fix: 'Compare it with the lesson’s compose.yaml, then check the file.',
    commands: ['docker compose config'],
  },
  // cw183 (stop 58): a key newer than this Compose v2 (compose-errors.ts: develop, include, post_start, …).
  'compose-file-invalid.newer-key': {
    title: 'This Compose does not know the key {name} yet',
    explanation:
      'The file uses {name}, which newer Compose releases added (develop 2.22, include 2.20, post_start 2.30, …), so this Compose refused the whole file and created nothing. The lesson’s compose.yaml does not need it.',
    fix: 'Use the lesson’s compose.yaml, or update Docker Desktop or the Compose plugin (docker compose version shows which you have), then start the project again.',
    commands: ['docker compose version', 'docker compose up -d'],
  },
  'compose-file-invalid.type': {
    title: 'compose.yaml gives {name} a value of the wrong type',
    explanation:
      "Compose read the file, then could not turn that value into the type it expects for the key (a string, a number, a list, a map). A number where the error says it expected type 'string' (cpus: 0.5) is the usual case.",
    fix: 'Write the value as the key expects it (quote a number meant as a string: cpus: "0.5"), or update Compose, then check the file.',
    commands: ['docker compose config'],
  },
  'compose-file-invalid.undefined': {
    title: 'compose.yaml uses {name} without defining it',
    explanation:
      'Every named volume, secret or config a service lists must be declared under the top-level key of the same kind, spelt exactly the same (a trailing slash makes another name).',
    fix: 'Declare it at the top level, or correct the name in the service, then check the file.',
    commands: ['docker compose config'],
  },
  // cw112: compose-go's consistency check (compose-errors.ts): the YAML and its keys are fine, two settings of it are not together.
  'compose-file-invalid.conflict': {
    title: 'Compose read compose.yaml, then refused it{?name: (service {name})}',
    explanation:
      'After reading the file Compose checks that its parts fit together, and these do not: the error names what it found, most often two settings one service cannot have together (network_mode beside networks, network_mode: host beside ports, dockerfile beside dockerfile_inline, container_name on a service with several replicas). Nothing was started.',
    fix: 'Keep one of the two settings the error names (the lesson’s compose.yaml gives its services networks and no network_mode), then check the file and start the project.',
    commands: ['docker compose config', 'docker compose up -d'],
  },
  // cw194 (stop 59): Compose v1's `Service "x" is missing a healthcheck configuration` (compose-errors.ts).
  'compose-file-invalid.no-healthcheck': {
    title: 'A service waits for {name} to be healthy, and {name} has no healthcheck',
    explanation:
      'The compose file makes a service wait for {name} with depends_on and condition: service_healthy, but neither the file nor {name}’s image gives {name} a healthcheck, so Docker never calls it healthy and Compose refused to start the service that waits. The lesson’s compose.yaml has no such condition.',
    fix: 'Give {name} a healthcheck: in compose.yaml (or wait with condition: service_started), then start the project again.',
    commands: ['docker compose config', 'docker compose up -d'],
  },
  'compose-file-invalid.driver': {
    title: 'compose.yaml names a driver Docker does not have: {name}',
    explanation:
      'Docker looks a network’s or volume’s driver up by its name, and a name it does not know (a typo) is no driver at all, so Compose created nothing. Networks need no driver line: bridge is the default (volumes: local).',
    fix: 'Correct the driver (or remove the line) in compose.yaml, then start the project again.',
    commands: ['docker compose config', 'docker compose up -d'],
  },
  // Stop 54: a `$` Compose could not replace, or a required variable without a value (compose-errors.ts).
  'compose-file-invalid.interpolation': {
    title: 'Compose could not fill in a variable in the compose file',
    explanation:
      'Compose replaces each $ and the variable’s name after it, everywhere in the file, with the variable’s value before it creates anything. A $ meant for the program itself (a shell’s $0, a pattern’s capture group) is no variable, and a variable marked as required (a ? after its name) stops Compose when it is not set. The lesson’s compose.yaml uses no variables.',
    fix: 'Write $$ for a $ that should stay as it is, or set the variable (in the shell or the project’s .env file), then check the file.',
    commands: ['docker compose config'],
  },
  // cw148: compose-go's `env file … not found`, v1's `Couldn't find env file:` (compose-errors.ts).
  'compose-file-invalid.env-file': {
    title: 'Compose cannot find an env file the project names',
    explanation:
      'The compose file (a service’s env_file:) or the --env-file option names a file of settings that is not in the folder, so Compose stopped before creating anything. Such files are often left out of a repository on purpose and made from an example file. The lesson’s compose.yaml names none.',
    fix: 'Create the file the error names (often by copying the project’s example env file), or remove the env_file entry, then start the project again.',
    commands: ['docker compose config', 'docker compose up -d'],
  },
  // cw207 (stop 60): v1's `environment variable name '…' may not contain whitespace`, v2's `key cannot contain a space`.
  'compose-file-invalid.env-name': {
    title: 'A variable’s name has a space in it',
    explanation:
      'Compose reads every variable the project sets (the .env file beside the compose file, an env_file, an environment: list) before it creates anything, and a name may not hold a space: `NAME = value` makes the name `NAME ` (spaces round the =), and an environment: list entry written `NAME: value` makes the whole line a name. So Compose stopped. The lesson’s compose.yaml sets no variables.',
    fix: 'Write each variable as NAME=value with no spaces round the = (quote a value that has spaces: NAME="a b"), or in a list entry - NAME=value, then check the file.',
    commands: ['docker compose config'],
  },
  // cw161: Compose v1's `build path … either does not exist` (compose-errors.ts).
  'compose-file-invalid.build-path': {
    title: 'A build folder the compose file names is not there',
    explanation:
      'A service’s build: names the folder to build its image from, relative to the compose file, and Compose found no such folder, so it stopped before building or starting anything.',
    fix: 'Correct the build: path (or run Compose in the folder the file expects), then start the project again.',
    commands: ['docker compose config', 'docker compose up -d --build'],
  },
  'network-not-found': {
    title: 'Docker has no network{?network: {network}}',
    explanation: 'Either the project is not running, or it has another name, so its networks are named differently.',
    fix: `Start it in the ${folder} folder, then list the networks.`,
    commands: ['docker compose up -d', 'docker network ls'],
  },
  'network-address-pool': {
    title: 'Docker has no free address range for the network{?network: {network}}',
    explanation:
      'Each network gets a subnet from Docker’s address pools, and every range in them is taken: networks left by earlier projects (each holds one), or a VPN whose routes cover the same addresses. Compose could not make the project’s network, so no container started.',
    fix: 'Remove the networks no container uses, then start the project again. If a VPN is on, try without it; if that is the cause, give Docker other ranges with default-address-pools in its daemon.json.',
    commands: ['docker network ls', 'docker network prune', 'docker compose up -d'],
  },
  'network-address-pool.overlap': {
    title: 'The network{?network: {network}} overlaps a network that exists',
    explanation:
      'Its subnet (a fixed subnet: in the compose file, or the range Docker chose) is already used by another network, often one an earlier run of the project left behind. Compose could not make it, so no container started.',
    fix: 'Stop the project and remove the networks no container uses, then start it again. If the file fixes a subnet, choose one no other network uses.',
    commands: ['docker compose down', 'docker network prune', 'docker compose up -d'],
  },
  'network-address-pool.ipam': {
    title: 'The address settings of the network{?network: {network}} are invalid',
    explanation:
      'Docker checks a network’s subnet, ip_range and gateway before it makes it, and one of them does not fit: a range that does not start its block (Docker names the one it should be), or a range or gateway outside the subnet. The network was not made, so no container started.',
    fix: 'Correct the ipam settings under networks: in the compose file as the error says, or remove them and let Docker choose a subnet. Then start the project again.',
    commands: ['docker compose down', 'docker compose up -d'],
  },
  'network-address-pool.subnet': {
    title: 'A fixed address is outside the subnet of the network{?network: {network}}',
    explanation:
      'A service asks for an address of its own (ipv4_address), and the network it joins has no subnet holding it: most often a network an earlier run made with another range, which Compose reuses. That container was not started.',
    fix: 'Take the project down so its networks are made again from the file, then start it. If it still fails, make the subnet under networks: and the addresses agree.',
    commands: ['docker compose down', 'docker network ls', 'docker compose up -d'],
  },
};

function composeStep(step: 'compose' | 'networks', label: string): Messages {
  const e = expectations[step];
  const project = e.project!;
  const [service, { publish }] = Object.entries(e.services!).find(([, s]) => s.publish) as [string, { publish: Publish }];
  const notRunning = {
    title: 'Service {name} is not running',
    fix: `Start the project in the ${project} folder and read what it prints.`,
    commands: ['docker compose up --build'],
  };
  return {
    ...composeErrors,
    'compose-project-name': {
      title: `The project is called {project}, not ${project}`,
      explanation: `Compose names the project after its folder (unless -p, COMPOSE_PROJECT_NAME or name: say otherwise), and the lesson’s names, such as ${project}_${frontend} and ${project}-web-1, follow from it.`,
      fix: `Run Compose in the ${project} folder, or add name: ${project} at the top of compose.yaml.`,
      commands: ['docker compose down', 'docker compose up -d'],
    },
    // cw108: Compose's project name came out empty (the daemon refused `-web-1`): a folder whose name has none of [a-z0-9_-].
    'compose-project-name.empty': {
      title: 'The project has no name',
      explanation: `Compose names the project after its folder, keeping only lowercase letters, digits, - and _. Nothing was left of this folder’s name, so the containers were called -web-1 and the like, which Docker refuses.`,
      fix: `Add name: ${project} at the top of compose.yaml (or run Compose with -p ${project}, or in a folder called ${project}).`,
      commands: ['docker compose up -d', 'docker compose ps'],
    },
    'compose-project-name.unnamed': {
      title: `These services belong to another project, not ${project}`,
      explanation: `None of the lesson’s services (${Object.keys(e.services!).join(', ')}) is listed: this is another Compose project, started in another folder.`,
      fix: `Run Compose in the ${project} folder, or add name: ${project} at the top of compose.yaml.`,
      commands: ['docker compose up -d', 'docker compose ps'],
    },
    ...stopped('compose-service-not-running', {
      title: `Service {name} is not running ${state}`,
      fix: 'Read its logs, fix the cause, then start the project again.',
      commands: ['docker compose logs {name}', 'docker compose up --build'],
    }),
    // cw33: docker compose ls's STATUS of the lesson's project with a container exited, dead or restarting (compose-short.ts).
    'compose-service-not-running.project': {
      title: `A service of project ${project} is not running ({state})`,
      explanation: 'docker compose ls counts the project’s containers by state; it does not say which service stopped.',
      fix: 'List the services with their state, read the stopped one’s logs, fix the cause, then start the project again.',
      commands: ['docker compose ps -a', 'docker compose up -d'],
    },
    // Compose's "dependency failed to start: container dash-app-db-1 …" names a container: docker compose logs wants a
    // service (`no such service: dash-app-db-1`), docker logs takes the container's name or ID.
    'compose-service-not-running.container': {
      title: `Container {name} is not running ${state}`,
      explanation: 'Another service depends on it, so Compose stopped starting the project there; its last lines usually say why.',
      fix: 'Read its logs, fix the cause, then start the project again.',
      commands: ['docker logs {name}', 'docker compose up --build'],
    },
    'compose-service-not-running.waiting': {
      title: 'Container {name} has not become healthy',
      explanation:
        'Compose shows Waiting beside a container that another service waits for (depends_on with condition: service_healthy). After this long its health check has still not passed, so the services that depend on it are not started.',
      fix: 'Read its logs and the health check’s last results, fix the cause, then start the project again.',
      commands: ['docker logs {name}', 'docker inspect {name}', 'docker compose ps -a'],
    },
    // cw108: Compose's `dependency failed to start: <the daemon's reason>` with no container named (`No such container: 2c8a…`, a
    // container Compose made and lost): the stack stopped at a service another depends on.
    'compose-service-not-running.dependency': {
      title: 'A service the others depend on did not start',
      explanation:
        'Compose starts the services in the order of depends_on; one of them failed to start (its reason follows “dependency failed to start:”), so the services after it were not started. “No such container” there means a container Compose created earlier is gone: it must be made again.',
      fix: 'Take the project down and start it again, so Compose creates every container anew; then list the services with their state.',
      commands: ['docker compose down', 'docker compose up -d', 'docker compose ps -a'],
    },
    'compose-service-not-running.none': {
      title: 'No service runs',
      explanation: 'docker compose start starts only containers that up created before; there are none yet.',
      fix: `In the ${project} folder, create and start them with up.`,
      commands: ['docker compose up -d', 'docker compose ps -a'],
    },
    'compose-service-not-running.nginx': {
      title: 'Service {name} stopped: nginx refused its configuration',
      explanation: 'nginx exits at start when its configuration has an error ([emerg]); its last lines name the file and the line.',
      fix: 'Fix that line of nginx.conf, then start the project again.',
      commands: ['docker compose logs proxy', 'docker compose up -d'],
    },
    'compose-service-not-running.crash': {
      title: 'Service {name} stopped with an error',
      explanation: 'Its log shows a traceback; its last lines say why.',
      fix: 'Fix the cause, then build and start the project again.',
      commands: ['docker compose up --build'],
    },
    // cw173 (stop 56): containerd's refusal of an exec into a service's exited process (parse-errors.ts execStopped).
    'compose-service-not-running.exec-stopped': {
      title: 'A service stopped right after it started',
      explanation:
        'docker exec was refused with “cannot exec in a stopped state”: the container was still listed as running, but its program had already exited. The app inside ends or crashes at start; its last lines usually say why.',
      fix: 'Read the logs of the service you exec into, fix the cause, then start the project again.',
      commands: ['docker compose ps -a', 'docker compose logs', 'docker compose up --build'],
    },
    'compose-service-not-running.log': {
      title: 'A container stopped with an error',
      explanation:
        'Its output ends in an error (a traceback, or a program its command names that could not start), so it is not running; its last lines say why. The output does not show which service it is.',
      fix: 'Fix the cause, then build and start the project again; docker compose ps -a shows which service stopped.',
      commands: ['docker compose ps -a', 'docker compose up --build'],
    },
    // cw86: a container's status quoted in a sentence (`I got a **Exited (139) 22 seconds ago**`), no row or name with it.
    'compose-service-not-running.status': {
      title: 'A container exited with code {exitCode}',
      explanation:
        'Its status, Exited ({exitCode}), says its program stopped with an error (139 is a crash, 137 a kill, often for memory); the paste does not show which service it is.',
      fix: 'List the services with their state, read the stopped one’s logs, fix the cause, then start the project again.',
      commands: ['docker compose ps -a', 'docker compose logs', 'docker compose up -d'],
    },
    // cw166 (stop 55): a service whose start script stopped on a file it could not write or read (Grafana's run.sh).
    'compose-service-not-running.file': {
      title: 'Service {name} stopped: it could not write or read a file',
      explanation:
        'Its start script found a folder it may not write or a configuration file it may not read, most often a host folder or file mounted into the container that belongs to another user, and the program did not start. Its last lines name the path.',
      fix: 'Give that path to the user the container runs as (or use a named volume instead of a host folder), then start the project again.',
      commands: ['docker compose logs {name}', 'docker compose up -d'],
    },
    // cw166 (stop 55): a swarm service at none of its replicas (`docker stack services`' REPLICAS 0/1).
    'compose-service-not-running.replicas': {
      title: 'Service {name} runs none of its replicas',
      explanation:
        'The listing counts the service’s tasks running against those it wants, and none runs: swarm starts a failed task again and again, so its container keeps stopping. Its tasks’ errors and its logs say why.',
      fix: 'Read why its tasks failed, fix the cause (often its configuration file), then deploy the stack again.',
      commands: ['docker service ps {name} --no-trunc', 'docker service logs {name}'],
    },
    'compose-service-missing.unlisted': {
      ...notRunning,
      title: 'Service {name} is missing',
      explanation: 'Compose lists no container for {name}.',
    },
    'compose-service-missing.unnamed': {
      ...notRunning,
      title: 'Compose was asked for a service with no name',
      explanation:
        'No such service: with nothing after it: the command gave docker compose an empty service name, often a script’s variable that was empty or an extra pair of quotes, so Compose started nothing.',
      fix: `In the ${project} folder, run up without service names (it starts every service of compose.yaml), or check the name the script passes.`,
    },
    // cw183 (stop 58): Compose's `no service selected` (compose-errors.ts).
    'compose-service-missing.unselected': {
      ...notRunning,
      title: 'Compose found no service to start',
      explanation:
        'no service selected: Compose read the file, but every service in it was left out, most often because each one sits behind a profile that was not turned on (or --profile named none of them), so up created nothing.',
      fix: `In the ${project} folder, run docker compose up -d with no --profile: the lesson’s services have no profile. For another project, name its profile (in cmd.exe with double quotes).`,
    },
    'compose-service-missing.undefined': {
      ...notRunning,
      title: 'Service {name} is missing',
      explanation: 'compose.yaml has no service {name}.',
    },
    'compose-service-not-running.no-program': {
      title: 'A service could not start its program',
      explanation:
        'Docker found no program of that name in its image (executable file not found): a command written as one string, a typo, or a package the image does not install.',
      fix: 'Check the service’s command and the Dockerfile’s CMD (written as ["gunicorn", "app:server"]), then build and start the project again.',
      commands: ['docker compose up --build'],
    },
    'compose-service-not-running.gpu': {
      title: 'A service asks for a GPU',
      explanation:
        'Docker could not give it the graphics card its compose file asks for (could not select device driver “nvidia”): this machine has no NVIDIA driver for Docker (a Mac never has). Its container was created and never started.',
      fix: 'Remove the service’s deploy.resources.reservations.devices (or use the project’s profile without a GPU), then start the project again.',
      commands: ['docker compose ps -a', 'docker compose up -d'],
    },
    // cw162 (stop 54): the daemon has no runtime of the name a service asks for (parse-errors.ts noRuntime).
    'compose-service-not-running.no-runtime': {
      title: 'A service asks for a runtime Docker does not have',
      explanation:
        'Docker refused to create its container: its compose file asks for a runtime (runtime: nvidia) that this daemon has not registered (unknown or invalid runtime name), so it never ran. The nvidia runtime comes with the NVIDIA Container Toolkit.',
      fix: 'Remove the service’s runtime: line (or install and register that runtime), then start the project again.',
      commands: ['docker compose ps -a', 'docker compose up -d'],
    },
    'compose-service-not-running.runtime': {
      title: 'A service’s container could not start',
      explanation:
        'Docker’s runtime failed to create its process (OCI runtime … failed), before the app could run: the lines after “caused” say why. On WSL 2 an old kernel or a broken Docker install often causes it.',
      fix: 'Read the whole error; update WSL (wsl --update) or restart Docker, then start the project again.',
      commands: ['docker compose ps -a', 'docker compose up -d'],
    },
    // cw100: Compose v1's `Starting x_nginx_1 ... error` or `Encountered errors while bringing up the project.`, its reason not shown.
    'compose-service-not-running.not-started': {
      title: 'A service did not start{?name: ({name})}',
      explanation:
        'Compose v1 reported “... error” for a container it was starting, or “Encountered errors while bringing up the project”: the daemon refused to start it, and the reason (most often a port another program holds, a name in use or a mount) is printed just below those lines.',
      fix: 'Run docker compose up again without -d, or docker compose logs for that service, and read the line that says why; fix it (free the port, remove the old container), then start the project again.',
      commands: ['docker compose ps -a', 'docker compose up'],
    },
    'compose-service-not-running.start-failed': {
      title: 'A service could not start its program',
      explanation:
        'Its container found no file to run: the entrypoint or command names a script that is not in the image, or one saved with Windows line endings (CRLF), whose first line then names an interpreter such as /bin/sh followed by a carriage return, which does not exist.',
      fix: 'Save the script with LF line endings (your editor’s CRLF → LF, or git config core.autocrlf input and check it out again), check its path, then build and start the project again.',
      commands: ['docker compose up --build'],
    },
    'compose-localhost-upstream.app': {
      title: 'A service looks for another on localhost',
      explanation: `It connects to {?upstream:{upstream}, }its own container: inside a container, localhost (127.0.0.1) is that container itself, not the database. Services reach each other by service name: ${dbService}, port ${dbPort}.`,
      fix: `Set the host in the app’s settings (DB_HOST, DATABASE_URL, …) to the service’s name, ${dbService}, not localhost or 127.0.0.1; then start the project again.`,
      commands: upDetached,
    },
    'compose-service-not-running.db-password': {
      title: 'Service db stops at once',
      explanation:
        'postgres needs a password: without POSTGRES_PASSWORD it exits as soon as it starts, and every service that needs it fails after it.',
      fix: 'Under services.db in compose.yaml, set environment: POSTGRES_PASSWORD, then start the project again.',
      commands: ['docker compose up -d'],
    },
    'compose-service-not-running.mysql-password': {
      title: 'The database stops at once',
      explanation:
        'The MySQL (or MariaDB) image will not set up an empty database without a root password setting: it exits as soon as it starts, and every service that needs it fails after it.',
      fix: 'In compose.yaml, under the database service, set environment: MYSQL_ROOT_PASSWORD (MARIADB_ROOT_PASSWORD for mariadb), or MYSQL_ALLOW_EMPTY_PASSWORD or MYSQL_RANDOM_ROOT_PASSWORD; remove the stopped container and start the project again.',
      commands: ['docker compose up -d'],
    },
    'shows-part.state': {
      title: 'What this shows is fine',
      explanation: `It does not show that the services run. Start them, then paste the output of ${e.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: ['docker compose up -d', e.command],
    },
    ...(step === 'compose' && {
      'shows-part.project': {
        title: 'The services run',
        explanation: `This does not show that they are project ${project}’s (with container_name, the names do not say). Paste the output of docker compose ps --format json.`,
        fix: 'Run the command below and paste what it prints.',
        commands: ['docker compose ps --format json'],
      },
      'shows-part.ports': {
        title: `Service ${service} runs`,
        explanation: `This does not show its published ports. Paste the output of ${e.command} to see them.`,
        fix: 'Run the command below and paste what it prints.',
        commands: [e.command],
      },
    }),
    ...(step === 'networks' && {
      'network-wrong-project.other': {
        title: 'This is network {network}, not one of the project’s',
        explanation: `Compose makes the project’s networks itself and names them after it (${project}_${frontend} and the others); {network} is another one, such as Docker’s default bridge or one made with docker network create.`,
        fix: 'Inspect the project’s networks; if Docker has none, start the project in its folder first.',
        commands: ['docker compose up -d', networks.command],
      },
      'shows-part.networks': {
        title: 'The services run',
        explanation: `This does not show the networks. Paste the output of ${networks.command}.`,
        fix: 'Run the command below and paste what it prints.',
        commands: [networks.command],
      },
      // Stop 53: a docker network ls with rows left out (`...`, `(..snip..)`): the project's networks may be among them.
      'shows-part.cut': {
        title: 'This network listing leaves rows out',
        explanation: `Rows were left out of it (“...”, “snip”), so it does not show whether ${project}_${frontend} and ${project}_${backend} exist.`,
        fix: 'Run the command below and paste everything it prints.',
        commands: ['docker network ls'],
      },
    }),
    ...ports(
      publish,
      `Under services.${service} in compose.yaml, publish the port as below, then run the project again.`,
      upDetached,
      portsExcerpt(service, publish),
    ),
    'ports-swapped.app-port': appPortMessage,
    'app-listens-on-loopback': listensOnLoopback('docker compose up --build'),
    healthy: { title: `${label} runs`, explanation: open },
    'upstream-host-not-found': {
      title: 'The proxy cannot find the host {upstream}',
      explanation: `nginx looks the name up on its networks: the service is not running, not on a network the proxy shares (${frontend}), or its name is written differently.`,
      fix: `Check that {upstream} runs and is on ${frontend} with the proxy, then restart the project.`,
      commands: ['docker compose ps -a', networks.command],
    },
    'upstream-host-not-found.app': {
      title: 'A service cannot find the host {upstream}',
      explanation: `The app looks the name up on its networks: {upstream} is not running, is in another project (a one-off run or up from another folder), is on no network the app shares (${backend}), or its name is written differently.`,
      fix: `Start the whole project in its folder, check that {upstream} runs and shares ${backend} with the app, and use its service name as the host.`,
      commands: ['docker compose ps -a', networks.command],
    },
    'upstream-host-not-found.browser': {
      title: 'Your browser cannot find the host {upstream}',
      explanation: `A service’s name resolves only inside the project’s containers (Docker’s DNS on its networks). Code running in your browser, such as a frontend’s request to http://{upstream}/, looks the name up on your machine, which does not know it.`,
      fix: `Send the browser’s requests to an address your machine knows: through the proxy’s published port (http://localhost:${app.host}/…), or a port the service publishes.`,
      commands: ['docker compose ps'],
    },
    'upstream-host-not-found.proxy': {
      title: 'The proxy cannot find the host it forwards to',
      explanation: `nginx could not look up its upstream’s name (proxy_pass) on its networks: the service is not running, not on a network the proxy shares (${frontend}), or its name is written differently.`,
      fix: `Use the service’s name in proxy_pass, check that it runs and is on ${frontend} with the proxy, then restart the project.`,
      commands: ['docker compose ps -a', networks.command],
    },
    'upstream-host-not-found.lookup': {
      title: 'A service cannot find a host it looks up',
      explanation: `A name lookup failed (getaddrinfo), most often of another service’s name: it is not running, is in another project, is on no network the app shares (${backend}), or its name is written differently.`,
      fix: `Start the whole project in its folder, check that the service the app needs runs and shares ${backend} with it, and use its service name as the host.`,
      commands: ['docker compose ps -a', networks.command],
    },
    'upstream-connection-refused.proxy': {
      title: 'Nothing answers the proxy at its upstream',
      explanation:
        'nginx found the address it forwards to, but nothing accepted the connection there (111: Connection refused; “no live upstreams” once every server of the upstream failed): the app is not (yet) running, listens on another port, or on 127.0.0.1 only.',
      fix: `Check that web runs and listens on 0.0.0.0:${port}, and that the proxy’s address says http://web:${port}.`,
      commands: ['docker compose ps', 'docker compose logs web'],
    },
    'upstream-connection-refused.app': {
      title: 'A service’s database refuses its connection',
      explanation:
        'The app’s database driver reached a host, but nothing accepted the connection there (Connection refused): the database is not (yet) running or still starting, listens on another port, or the app’s host setting points somewhere else, such as its own container’s localhost.',
      fix: 'Check that the database service runs and is ready (its log says it accepts connections), and that the app’s host setting (DB_HOST, DATABASE_URL, …) names that service, not localhost; then start the app again.',
      commands: ['docker compose ps -a', 'docker compose logs'],
    },
    'upstream-connection-refused': {
      title: 'Nothing answers the proxy at {upstream}',
      explanation:
        'nginx found the service, but nothing listens at that address and port: the app is not (yet) running there, listens on another port, or on 127.0.0.1 only.',
      fix: `Check that web runs and listens on 0.0.0.0:${port}, and that the proxy’s address says http://web:${port}.`,
      commands: ['docker compose logs web'],
    },
  };
}

const missingNetwork = {
  title: '{name} is not on the network {network}',
  fix: 'In compose.yaml, list {network} under services.{name}.networks, then run docker compose up -d.',
  commands: upDetached,
};
const lesson7Puts = 'The lesson puts {name} on {network}; without it, {name} cannot reach the services there by name, nor they it.';

// ---- Each check's own messages.

const next = (id: ReachStepId) => {
  const i = reachPath.findIndex((s) => s.id === id) + 1;
  return reachPath[i] ? ` Next: ${reachText[reachPath[i]!.id].question}` : '';
};

// ---- Lesson 6 (share): the registry of your own; lesson 9 (volumes): the named volume.

const registryRun = `docker run -d -p 127.0.0.1:${localRegistry.port}:${localRegistry.port} --name ${localRegistry.container} ${localRegistry.image}`;
const pushed = `${share.repository}:${share.tag}`;
const pasteShare = { fix: 'Run the command below and paste what it prints.', commands: [share.command] };

const shareMessages: Messages = {
  healthy: {
    title: 'Your registry runs',
    explanation: `{name} is up, with port ${localRegistry.port} published on 127.0.0.1 only: this machine can push to it and pull from it, as ${pushed}.`,
  },
  'healthy.network': {
    title: 'Your registry runs, reachable from your network too',
    explanation: `{name} is up and works, but its port is published on every address of your machine ({found}): other machines on your network can push to it and pull from it, without a password. The lesson publishes it with -p 127.0.0.1:${localRegistry.port}:${localRegistry.port}.`,
  },
  'container-exited': {
    title: `{name} is not running ${state}`,
    explanation: 'The registry container stopped, so nothing answers on localhost:5000 and push and pull fail.',
    fix: 'Start it again; if it stops again, its logs say why.',
    commands: [`docker start ${localRegistry.container}`, `docker logs ${localRegistry.container}`],
  },
  'container-not-found': {
    title: 'No container named {name}',
    explanation: `Docker lists no such container: the registry was never started, or it was removed (docker rm -f -v ${localRegistry.container} at the end of the section).`,
    fix: 'Start the registry as the lesson does, then push your image again.',
    commands: [registryRun, `docker push ${pushed}`],
  },
  'no-port-published': {
    title: `Port ${localRegistry.port}{?name: of {name}} is not published`,
    explanation: `No port ${localRegistry.port} of your machine leads to the registry’s port ${localRegistry.port}{?found: (found: {found})}, so localhost:${localRegistry.port} in the image’s name reaches nothing.`,
    fix: 'Remove it and start it again with the lesson’s -p.',
    commands: [`docker rm -f ${localRegistry.container}`, registryRun],
  },
  'image-not-tagged.push': {
    title: `No image ${pushed} to push`,
    explanation: 'docker push sends an image that has the registry’s name; your machine has none named {name}.',
    fix: 'Tag your image with that name, then push it.',
    commands: [`docker tag ${run.image} ${pushed}`, `docker push ${pushed}`],
  },
  'image-not-tagged.hub': {
    title: 'This push went to Docker Hub, not to your registry',
    explanation: `An image name without a registry in front ({name}) means Docker Hub, which refuses it. The name that pushes to your registry starts with localhost:${localRegistry.port}/.`,
    fix: 'Tag your image with that name, then push it.',
    commands: [`docker tag ${run.image} ${pushed}`, `docker push ${pushed}`],
  },
  'container-not-found.refused': {
    title: `Nothing answers at localhost:${localRegistry.port}`,
    explanation: `The registry container ${localRegistry.container} is not running (or not published on port ${localRegistry.port}), so push and pull have nothing to talk to.`,
    fix: 'See whether it exists; start it, or run it as the lesson does.',
    commands: [`docker ps -a --filter name=${localRegistry.container}`, `docker start ${localRegistry.container}`, registryRun],
  },
  'image-not-tagged': {
    title: `No image ${pushed}`,
    explanation: `docker image ls lists no image of that name and tag{?found:, only {found}}. Docker pushes an image to the registry its name starts with, so it needs the name {name}.`,
    fix: 'Tag your image with that name, then push it.',
    commands: [`docker tag ${run.image} ${pushed}`, `docker push ${pushed}`],
  },
  'shows-part.image': {
    title: `${pushed} is there`,
    explanation: `The image has its registry name. This does not show the registry running: paste the output of ${share.command}.`,
    ...pasteShare,
  },
  'shows-part.ports': {
    title: 'The registry is listed',
    explanation: `This does not show its ports. Paste the output of ${share.command}.`,
    ...pasteShare,
  },
  'shows-part.state': {
    title: `Port ${localRegistry.port} is published`,
    explanation: `This does not show whether the registry runs. Paste the output of ${share.command}.`,
    ...pasteShare,
  },
};

const volumeMessages: Messages = {
  healthy: {
    title: 'The volume {name} is there',
    explanation: 'db keeps its data in it: docker compose down leaves it, docker compose down -v removes it.',
  },
  'volume-missing': {
    title: 'No volume {name}',
    explanation: `Docker lists no volume of that name{?found: (only {found})}. Either docker compose up has not run with the lesson’s compose.yaml (its top-level volumes key and db-data:/var/lib/postgresql under db), or docker compose down -v removed it with the data in it.`,
    fix: `In the ${folder} folder, check compose.yaml against the lesson, then start the project: Compose creates the volume, empty.`,
    commands: ['docker compose up -d', volumes.command],
  },
};

const own: Record<Check, Messages> = {
  share: shareMessages,
  volumes: volumeMessages,
  install: {
    healthy: { title: 'Docker works', explanation: 'The client reaches the server (daemon) and your user may use it. On to lesson 4.' },
    'healthy.listed': { title: 'Docker works', explanation: 'The server (daemon) answered with its list of containers.' },
    'healthy.sudo': {
      title: 'Docker works, with sudo',
      explanation:
        'The client reaches the server (daemon) when run as root. Using sudo is a safe way to work; to run docker as yourself, this lesson shows the docker group (which makes your user root-equivalent) and rootless mode. On to lesson 4.',
    },
    // cw72: systemd's word on docker.service (systemd-state.ts): `systemctl is-active docker.service`, lesson 3's own check, and
    // `systemctl status docker`.
    'daemon-not-running.systemd': {
      title: 'systemd reports docker.service {state}',
      explanation:
        'The daemon is not running, so nothing answers on the Docker socket. “failed” means it started and stopped with an error; its log says why. (With only docker.socket enabled, “inactive” is expected until a docker command starts it: docker version does.)',
      fix: 'Start the service and enable it at boot. If it fails again, read the last lines of its log.',
      commands: ['sudo systemctl enable --now docker.service', 'journalctl -u docker.service -b --no-pager | tail -n 30'],
    },
    'shows-part.service-active': {
      title: 'The Docker daemon runs',
      explanation:
        'systemd reports docker.service active. This does not show that your docker command reaches it as your own user (the docker group, or sudo).',
      fix: 'Run the command below as your user and paste its whole output: its Server part proves it.',
      commands: ['docker version'],
    },
    // cw169: netstat -p / ss -p with dockerd listening, no client's answer.
    'shows-part.daemon-socket': {
      title: 'The Docker daemon is listening',
      explanation:
        'The socket list shows dockerd itself listening, so the daemon runs. It does not show that your docker command reaches it (the same endpoint, your own user), nor what it answers.',
      fix: 'Run the command below and paste its whole output: its Server part proves it.',
      commands: ['docker version'],
    },
    'shows-part.socket': {
      title: 'Docker starts on first use',
      explanation:
        'docker.service is inactive and docker.socket is active: systemd starts the daemon when a docker command first connects, as with the socket enabled. Nothing has answered yet.',
      fix: 'Run the command below (it starts the daemon) and paste its whole output.',
      commands: ['docker version'],
    },
    'shows-part.starting': {
      title: 'The Docker daemon is starting',
      explanation: 'systemd reports docker.service activating: it has not finished starting, and nothing has answered yet.',
      fix: 'Wait a few seconds, then run the command below and paste its output. If the service stays activating, journalctl -u docker.service says why.',
      commands: ['docker version'],
    },
    'shows-part.wsl': {
      title: 'WSL’s distributions',
      explanation:
        'wsl -l -v lists WSL’s distributions (Docker Desktop’s own runs as docker-desktop); it does not show that docker answers in yours. Yours must be at VERSION 2 (wsl --set-version <name> 2) with WSL Integration on in Docker Desktop’s Settings > Resources.',
      fix: 'In your distribution, run the command below and paste what it prints: its Server part proves it.',
      commands: ['docker version'],
    },
    // cw149: rootless Docker's setup tool without systemd (step-install.ts).
    // cw175 (stop 57): docker context ls alone (parse-version.ts).
    'shows-part.context': {
      title: 'These are your docker client’s contexts',
      explanation:
        'docker context ls lists where your docker commands would connect (the current context is starred). It asks no engine, so it does not show that one answers.',
      fix: 'Run the command below and paste its whole output: its Server part proves it. If you meant another engine, run docker context use NAME first.',
      commands: ['docker version'],
    },
    'shows-part.colima': {
      title: 'Colima runs',
      explanation:
        'colima status reports its virtual machine running with the docker runtime. That is Colima’s own word: it does not show that your docker command reaches the engine in it (its context, colima, must be the current one).',
      fix: 'Run the command below and paste its whole output: its Server part proves it. If it cannot connect, run docker context use colima first.',
      commands: ['docker version'],
    },
    // cw157: the package manager's list of Docker's packages (step-install.ts).
    'shows-part.packages': {
      title: 'Docker’s packages are installed',
      explanation:
        'Your package manager lists Docker’s packages as installed. That shows the files are on the machine, not that the Docker daemon runs or that your user can reach it.',
      fix: 'Run the command below and paste its whole output: its Server part proves it.',
      commands: ['docker version'],
    },
    'shows-part.rootless': {
      title: 'Rootless Docker is set up, not started',
      explanation:
        'dockerd-rootless-setuptool.sh made the CLI context, but it found no systemd for your user, so it started no daemon: nothing has answered yet. The tool looks for it with systemctl --user: that fails on a system without systemd, and in a session opened with su or sudo instead of a login of that user (no user manager: XDG_RUNTIME_DIR is not /run/user/<uid>).',
      fix: 'Log in as that user directly (ssh, or machinectl shell user@) and run the setup tool again, or start dockerd-rootless.sh by hand as it says; then run the command below and paste its whole output.',
      commands: ['docker version'],
    },
    'container-exited.runtime': {
      title: 'Docker answers, but cannot start a container',
      explanation:
        'Docker’s runtime (runc) failed to create the container’s process (OCI runtime … failed): the lines after “caused” say why. Docker Engine inside WSL 1 always fails so, since WSL 1 has no Linux kernel; on WSL 2 an old kernel or a broken install can.',
      fix: 'On Windows, use WSL 2: Docker Desktop with its WSL 2 engine, or a distribution at VERSION 2 (wsl --set-version <name> 2), and update WSL. Then start hello-world again.',
      commands: ['wsl -l -v', 'wsl --update', 'docker run hello-world'],
    },
    // Stop 56: hello-world's containers listed only Created, no greeting (step-install.ts neverStarted).
    'container-exited.never-started': {
      title: 'Docker answers, but hello-world never started',
      explanation:
        'The listing shows hello-world’s containers as Created: Docker created them and never started them, so hello-world printed nothing. The daemon’s log, right after a docker run hello-world, says why (often a storage driver, a runtime or a security setting the daemon cannot use).',
      fix: 'Run hello-world again, then read the daemon’s last log lines (on Docker Desktop: Troubleshoot, then its logs); fix what they name and run hello-world until it prints its greeting.',
      commands: ['docker run hello-world', 'sudo journalctl -u docker.service -n 50'],
    },
    // cw76: runc's refusal to execute the image's program (step-install.ts): the host's mount, labels or seccomp, not WSL.
    'container-exited.exec-refused': {
      title: 'Docker answers, but cannot run a container’s program',
      explanation:
        'The daemon created the container, and the kernel refused to execute its program (“permission denied” or “operation not permitted” after “exec”). Usually the host is the cause: Docker’s data directory on a noexec mount or with the wrong SELinux labels, or, for “operation not permitted”, a seccomp library older than the image needs.',
      fix: 'Run the busybox test below. If it fails the same way, check how Docker’s data directory is mounted (no noexec) and its SELinux labels, and update Docker and libseccomp2; then run hello-world again.',
      commands: ['docker run --rm busybox echo ok', 'findmnt -T /var/lib/docker', 'docker run hello-world'],
    },
    'image-not-found.credentials': credentialsFailed,
    // Lesson 3 pulls hello-world, it builds nothing: a failed pull there is a name no registry has (moby's "pull access denied for
    // %s, repository does not exist or may require 'docker login'", distribution's "manifest unknown"), not lesson 5's unbuilt image.
    'image-not-found': {
      title: 'Docker could not get the image{?name: {name}}',
      explanation:
        'The server answered, but no registry gave it an image of that name: “pull access denied … repository does not exist” and “manifest … not found” mean the name or the tag is misspelt, or the image is private (docker login). This lesson’s test image is hello-world.',
      fix: 'Check the spelling, then run the lesson’s test again.',
      commands: ['docker run hello-world'],
    },
    'shows-part.daemon-started': {
      title: 'The daemon started after the error',
      explanation:
        'The client found no daemon, then the daemon’s own log shows it started and listening. Nothing shows a command that it answered yet; it runs only while that terminal stays open.',
      fix: 'Leave it running (or start it as a service: sudo service docker start) and run the lesson’s test again in another terminal.',
      commands: ['docker run hello-world'],
    },
    // cw191: the daemon's own start log alone (version-format.ts settle).
    'shows-part.daemon-log': {
      title: 'The daemon says it started',
      explanation:
        'This is the Docker daemon’s own log: it finished starting and listens on its socket. That is the daemon’s word; nothing here shows a docker command of yours that it answered.',
      fix: 'Run the commands below in your terminal and paste what they print: the Server part and hello-world’s greeting prove Docker works.',
      commands: ['docker version', 'docker run hello-world'],
    },
    // cw47: containers/podman's `docker` script prints this notice, then runs podman with the same arguments.
    'shows-part.podman': {
      title: 'Your docker command is Podman',
      explanation:
        '“Emulate Docker CLI using podman” is printed by the podman-docker package: the docker command runs Podman, not Docker Engine, and nothing here shows an engine that answered. The lessons use Docker Engine (Compose, published ports, the docker group behave differently under Podman).',
      fix: 'Install Docker Engine (on Ubuntu, remove podman-docker first: sudo apt remove podman-docker), then run docker version and paste its whole output.',
      commands: ['docker version'],
    },
    // cw102: the daemon's platform warning alone (step-install.ts).
    'shows-part.platform': {
      title: 'An image built for another processor',
      explanation:
        'Docker warns that the image is built for another processor than your machine’s (an amd64 image on an Apple silicon Mac, or the other way round): it runs under emulation, slower, or not at all. Nothing failed, but nothing here shows the server’s answer or a container that ran.',
      fix: 'Run the commands below and paste what they print: the Server part and hello-world’s greeting prove Docker works.',
      commands: ['docker version', 'docker run hello-world'],
    },
    // cw144: the gate before an ok at lesson 3 (step-install.ts installGate).
    'shows-part.daemon-error': {
      title: 'Docker answered with an error',
      explanation:
        'The server (daemon) answered, and it also refused or failed one of the commands here (the error below), which no later try of that command made right. That error comes first: the lesson’s test has to run without it.',
      fix: 'Read the error’s words after “Error response from daemon:”, fix what they name, then run the lesson’s test again and paste its whole output.',
      commands: ['docker run hello-world'],
    },
    // cw193 (stop 59): the daemon's reply to a lookup alone (step-install.ts lookupAlone).
    'shows-part.lookup': {
      title: 'Docker answered: nothing named {name}',
      explanation:
        'The server (daemon) answered a lookup (“No such container” or “No such image”): it runs, and the name asked for was not there (a script or a command that expected a container it never made). That says nothing against the install, but it does not show the lesson’s test either.',
      fix: 'Run the lesson’s test below and paste its whole output: hello-world’s greeting proves Docker works.',
      commands: ['docker run hello-world'],
    },
    'shows-part.listing': {
      title: 'Part of a listing',
      explanation:
        'These lines look like rows of a Docker listing, but without its header (or with rows that do not read whole) they do not show that the server (daemon) printed them.',
      fix: 'Run the command below and paste its whole output: its Server part proves that the daemon answers.',
      commands: ['docker version'],
    },
    'shows-part.info-part': {
      title: 'A few lines of docker info',
      explanation:
        'These are docker info’s registry mirror lines only: they show how the daemon is configured, not the rest of its answer nor a pull through the mirror.',
      fix: 'Paste the whole output of docker version, with its Server part, or run hello-world to see a pull complete.',
      commands: ['docker version', 'docker run hello-world'],
    },
    'shows-part.client-only': {
      title: 'The client is installed',
      explanation: 'This shows the client’s part only and no error, so it neither proves nor disproves that the server (daemon) answers.',
      fix: 'Paste the whole output of docker version, with its Server part. If there is none, start Docker (Docker Desktop) and try again.',
      commands: ['docker version'],
    },
  },
  run: {
    // cw148: libnetwork IPAM's ErrIPAlreadyAllocated (step-run.ts: run's own rule, so run's own message): an address, not a port.
    'port-already-allocated.address': {
      title: 'The address the container needs is already taken',
      explanation:
        'Docker could not give the container its network address (“Address already in use” with a capital A is Docker’s address allocator, not a port): another container or network endpoint holds it, often a fixed --ip or ipv4_address, or a network left over from an earlier run.',
      fix: 'Remove the container that holds the address (or give this one another), or recreate the network; the lesson’s run needs no fixed address.',
      commands: ['docker ps -a', 'docker network ls', runCommand],
    },
    // cw151: docker run's --network naming a network that does not exist (step-run.ts: run's own rule, so run's own message).
    'network-not-found.run': {
      title: 'No network {network}',
      explanation:
        'docker run was told to join a network (--network) that does not exist, so Docker made no container. A network made by hand or by another project is not there until it is created again.',
      fix: 'List the networks and create the one the command names (docker network create), or name one that exists; the lesson’s run needs no --network.',
      commands: ['docker network ls', runCommand],
    },
    'image-not-found.credentials': credentialsFailed,
    ...containerStopped,
    'container-exited.firewall': firewallMessage,
    'container-exited.mount': mountMessage,
    ...runPorts,
    'ports-swapped.app-port': appPortMessage,
    'app-listens-on-loopback': listensOnLoopback(runCommand),
    'no-port-published.after-image': {
      title: 'The options after the image name went to the app',
      explanation:
        'Docker reads its own options only before the image name. Everything after the image name ({found}) was handed to the app as its arguments, so no port was published and the container did not get that name.',
      fix: `Put every option before the image name: ${runCommand}.`,
      commands: [runCommand],
    },
    'no-port-published.host-network': hostNetwork,
    'container-exited.start-failed': {
      title: 'The container could not start its program',
      explanation: 'Docker found no program of that name in the image (executable file not found): a CMD written as one string, or a typo.',
      fix: 'Write CMD with separate words, as CMD ["python", "app.py"], build the image again and start it.',
      commands: [`docker build -t ${run.image} .`, runCommand],
    },
    'shows-part.logs': {
      title: 'The app listens on 0.0.0.0',
      explanation: `That part is right, but the logs do not show whether port ${app.host} is published. Paste the output of ${run.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    'shows-part.started': {
      title: 'The app’s log',
      explanation: `It does not show where the app listens (the line “Running on http://0.0.0.0:${app.container}”), nor whether ${container} runs with port ${app.host} published. Paste the output of ${run.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    'shows-part.command': {
      title: 'The command looks right',
      explanation: `It publishes port ${app.host}, but nothing here shows the container running. Paste the output of ${run.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    'shows-part.emulated': {
      title: 'The image is for amd64, emulated here',
      explanation: `Docker warns that the image is not for your arm64 processor; it runs it emulated (slower, and some programs crash). This does not show whether ${container} runs. Paste the output of ${run.command}.`,
      fix: `If it exits, build the image on this machine (docker build -t ${run.image} .) so that it is arm64, then run it again.`,
      commands: [run.command],
    },
    'shows-part.ports': {
      title: `${container} is listed`,
      explanation: `This does not show its ports. Paste the output of ${run.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    'shows-part.name': {
      title: 'A container runs',
      explanation: `The columns copied leave out NAMES, so this does not show that it is ${container}. Paste the whole output of ${run.command}.`,
      fix: 'Run the command below and paste all it prints, up to the NAMES column.',
      commands: [run.command],
    },
    'shows-part.state': {
      title: `Port ${app.host} is published`,
      explanation: `This does not show whether ${container} runs. Paste the output of ${run.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    healthy: { title: '{name} runs', explanation: open },
  },
  compose: {
    ...composeStep('compose', 'Service web'),
    // cw99: a proxy refused at its own loopback (diagnose-compose.ts selfRefused), answered at lesson 6 as at lesson 7.
    'compose-localhost-upstream': {
      title: 'A proxy looks for its app on localhost',
      explanation:
        'It connects to {upstream}, but inside the proxy’s container localhost (127.0.0.1) is the proxy itself, where nothing listens on that port. Services reach each other by service name, such as web.',
      fix: 'Replace localhost (or 127.0.0.1) in the proxy’s upstream (proxy_pass, fastcgi_pass) with the service’s name, then start the project again.',
      commands: upDetached,
    },
    // cw205 (stop 60): the bridge driver's firewall rules for the project's network refused (network-firewall.ts).
    'compose-service-not-running.network-firewall': {
      title: 'Compose could not make the project’s network{?network: {network}}',
      explanation:
        'Docker refused to set up the network’s firewall rules (Failed to Setup IP tables, Failed to program … chain): its own iptables chain (DOCKER) is gone, as when firewalld, nftables or an iptables reload replaced the rules after Docker started. Without the network, no service was started.',
      fix: 'Restart Docker so it creates its chains again (sudo systemctl restart docker), then start the project again.',
      commands: ['sudo systemctl restart docker', 'docker compose up -d'],
    },
  },
  networks: {
    // cw205 (stop 60): the same refusal at lesson 7: libnetwork deleted the network it could not set up.
    'network-not-found.firewall': {
      title: 'Docker could not make the network{?network: {network}}',
      explanation:
        'Docker refused to set up the network’s firewall rules (Failed to Setup IP tables, Failed to program … chain), so the network was not made: its own iptables chain (DOCKER) is gone, as when firewalld, nftables or an iptables reload replaced the rules after Docker started.',
      fix: 'Restart Docker so it creates its chains again (sudo systemctl restart docker), then start the project again and list its networks.',
      commands: ['sudo systemctl restart docker', 'docker compose up -d', 'docker network ls'],
    },
    ...composeStep('networks', 'The project'),
    'compose-localhost-upstream': {
      title: 'The proxy looks for web on localhost',
      explanation: `It connects to {upstream}, but inside the proxy container, localhost is the proxy itself. Services reach each other by service name: http://web:${port}.`,
      fix: 'Replace localhost (or 127.0.0.1) with web in the proxy’s address, then restart the project.',
      commands: upDetached,
    },
    'compose-service-missing-network': { ...missingNetwork, explanation: lesson7Puts },
    'compose-service-missing-network.default': {
      ...missingNetwork,
      explanation: `{name} is on the default network, so it has no networks key. ${lesson7Puts}`,
    },
  },
  'reach:running': {
    ...containerStopped,
    // cw33: a reset or an empty reply beside dash-app running (reach.ts): the failure first.
    'app-listens-on-loopback': listensOnLoopback(runCommand),
    // cw38: docker inspect cut before its "Name" (reach.ts): a container runs, its name is not shown.
    'shows-part.name': {
      title: 'A container is running, but which one?',
      explanation: `This part shows a running container, but not its name (docker inspect's "Name" field comes after "State"; a docker ps row cut after STATUS loses PORTS and NAMES), so it does not show that it is ${container}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    // cw71: a listing with the container's name and no state (`docker ps -a --format "{{.Names}}"`, reach.ts).
    'shows-part.state': {
      title: `${container} is listed`,
      explanation: `This does not show whether it runs: docker ps -a lists stopped containers too, and this listing shows no STATUS. Paste the output of ${run.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    healthy: { title: 'Yes, {name} is running', explanation: `Good.${next('running')}` },
  },
  'reach:published': {
    ...containerStopped,
    ...runPorts,
    // cw34: `docker run -P` without -p (reach.ts): docker/cli's flag help, `Publish all exposed ports to random ports`.
    // cw69: docker port's host side pasted alone (reach.ts): published, not on the lesson's host port.
    'ports-swapped.elsewhere': {
      title: `Port ${app.host} is not published`,
      explanation: `docker port printed host port {found} only: the container port you asked about is published on that port of your machine, not on ${app.host}. The host port comes first in -p, the container port second.`,
      fix: `Stop it (docker stop ${run.container}), then start it again with -p ${app.host}:${app.container}.`,
      commands: [runCommand],
    },
    // cw69: a run line with --network host (reach.ts), as at run.
    'no-port-published.host-network': hostNetwork,
    // Stop 47: a compose file's service with network_mode: host (reach.ts fileHost).
    'no-port-published.host-network-file': {
      title: 'With network_mode: host, no port is published',
      explanation:
        'The service shares the host’s network, so Compose publishes none of its ports, whatever its ports: list says. On Docker Desktop (Mac, Windows) that host is Docker’s own virtual machine, not your computer, so nothing reaches the app from your browser.',
      fix: 'Remove network_mode: host from the service, publish its port as below, then start the project again.',
      excerpt: portsExcerpt('web' satisfies keyof typeof composeProject.services, app),
      commands: ['docker compose up -d', 'docker compose ps'],
    },
    'ports-swapped.random': {
      title: `-P published random ports, not ${app.host}`,
      explanation: `{name} was started with -P, which publishes each port the image exposes on a free host port Docker picks, so nothing leads from port ${app.host} of your machine to the app.`,
      fix: `Stop it, then start it with the port given: -p ${app.host}:${app.container}.`,
      commands: [runCommand],
    },
    // cw33: an empty reply or a reset at the host port (reach.ts hostShows): Docker's proxy, nothing behind it.
    'app-listens-on-loopback': listensOnLoopback(runCommand),
    // cw33: Docker's own process at the host port, or an HTTP answer there (reach.ts hostShows): which container, not shown.
    'shows-part.state': {
      title: `Something publishes port ${app.host}`,
      explanation: `Docker (or a program) answers at port ${app.host} on this computer, but this does not show which container publishes it, nor that it is ${container}. Paste the output of ${run.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    // cw165 (stop 55): a run line alone whose -p asks for the lesson's forward (reach.ts askedRight): nothing shows it ran.
    'shows-part.command': {
      title: 'The command asks for the right port',
      explanation: `Its -p publishes port ${app.host} to port ${app.container} in the container, but nothing here shows the container started with it. Paste the output of ${run.command}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    // cw46: a docker ps row of the lesson's image cut after STATUS (reach.ts): its PORTS and NAMES cells are not shown.
    'shows-part.ports': {
      title: 'A container is running, but what does it publish?',
      explanation: `This docker ps row stops after STATUS: its PORTS and NAMES cells are cut off, so it does not show that ${container} publishes port ${app.host}.`,
      fix: 'Run the command below and paste what it prints.',
      commands: [run.command],
    },
    healthy: { title: `Yes, port ${app.host} is published`, explanation: `{found}.${next('published')}` },
  },
  'reach:listening': {
    ...containerStopped,
    'shows-part.started': {
      title: 'The app starts',
      explanation: `These lines do not say where it listens: the line “Running on http://0.0.0.0:${port}” comes after them.`,
      fix: `Wait a few seconds, then paste the output of docker logs ${container} again.`,
      commands: [`docker logs ${container}`],
    },
    'shows-part.requests': {
      title: 'The app answers requests',
      explanation: `These lines show requests it answered, not where it listens: the line “Running on http://0.0.0.0:${port}” is among the first lines of its log.`,
      fix: `Paste the first lines of docker logs ${container}.`,
      commands: [`docker logs ${container}`],
    },
    'shows-part.port': {
      title: `The app is at port ${port}`,
      explanation: `This says the port, not that the app listens on all addresses: a line retold in a sentence, or one without the address, is not its log line “Running on http://0.0.0.0:${port}”.`,
      fix: `Paste the first lines of docker logs ${container} as they are printed.`,
      commands: [`docker logs ${container}`],
    },
    // cw163: every address said, the port not (Werkzeug's URL lines cut or hidden, reach.ts).
    'shows-part.all': {
      title: 'The app listens on all addresses, but at which port?',
      explanation: `This says all addresses (0.0.0.0), not the port: the line with its URL, “Running on http://…:${port}”, is not shown. The lesson’s app must listen at port ${port}.`,
      fix: `Paste the first lines of docker logs ${container} as they are printed.`,
      commands: [`docker logs ${container}`],
    },
    'shows-part.logs': {
      title: 'The app answers requests through Docker',
      explanation: `These lines do not say on which port it listens: the line “Running on http://0.0.0.0:${port}” came before them.`,
      fix: `Paste the whole output of docker logs ${container}.`,
      commands: [`docker logs ${container}`],
    },
    'app-listens-on-loopback': listensOnLoopback(runCommand),
    // cw129: forwards read (rows, docker port, a run line's -p, a compose file's ports) and none to the app's port (reach-fallback.ts).
    'ports-swapped.forwards': {
      title: `No forward leads to port ${app.container} in the container`,
      explanation: `The ports published here are {found}: none of them leads from port ${app.host} of your machine to port ${app.container} in the container, where the lesson’s app listens. A container that is not ${container}, or one published to another container port, is not the lesson’s forward.`,
      fix: `Start the lesson’s container with -p ${app.host}:${app.container}, then check that docker ps shows ${container} with 0.0.0.0:${app.host}->${app.container}/tcp.`,
      commands: [runCommand, run.command],
    },
    'ports-swapped.app-port': appPortMessage,
    // cw30: a start line whose port is "null", "undefined" or "NaN" (parse-logs.ts noPortLine).
    'ports-swapped.no-port': {
      title: 'The app was given no port',
      explanation:
        'Its start line says port “{port}”: the setting it reads its port from (an environment variable, an argument) was empty or not passed, so it does not listen at port {target}, where the published port leads.',
      fix: `Give the app its port: the lesson’s app.run(host="0.0.0.0", port=${port}). In a Dockerfile’s CMD each argument is its own string (["ws", "--port", "${port}"], not ["ws", "--port ${port}"]); an environment variable needs -e or ENV.`,
      commands: [`docker logs ${container}`],
    },
    'ports-swapped.inside': {
      title: 'Nothing answers at port {target} in the container',
      explanation:
        'The container’s own address refused the connection, so the app does not listen there at port {target}: it listens at another port, or on the container’s 127.0.0.1 only. The first lines of its log say which.',
      fix: `Make the app listen on 0.0.0.0 at the port the container’s side of -p names (the lesson’s: app.run(host="0.0.0.0", port=${port}), -p ${app.host}:${app.container}).`,
      commands: [`docker logs ${container}`],
    },
    // cw175 (stop 57): kubectl port-forward's forwarder refused inside the pod (pod-forward.ts).
    'ports-swapped.pod-forward': {
      title: 'Nothing answers at port {target} inside the pod',
      explanation:
        'kubectl port-forward reached the pod, but the connection to port {target} inside it was refused. The forward dials that port on the pod’s own 127.0.0.1, so nothing there listens at port {target} on any address: the server listens at another port, or has not started yet. Its start line says which.',
      fix: `Forward to the port the server’s start line names. For the lesson, the app must say it runs on 0.0.0.0:${port}, the container port -p ${app.host}:${app.container} leads to.`,
      commands: [`docker logs ${container}`],
    },
    'app-listens-on-all': { title: 'Yes, the app listens on 0.0.0.0', explanation: `That part is right.${next('listening')}` },
  },
  'reach:port-free': {
    'container-exited.no-file': noFile,
    'container-exited.runtime': containerStopped['container-exited.runtime']!,
    'container-exited.gpu': containerStopped['container-exited.gpu']!,
    'container-exited.no-runtime': containerStopped['container-exited.no-runtime']!,
    'container-exited.restarting': { ...containerStopped['container-exited.restarting']!, title: '{name} is not running ({state})' },
    // docker exec's "Container <ID> is not running" (parse-errors.ts' containerErrors.stopped), which names no exit code.
    'container-exited': { ...containerStopped['container-exited']!, title: '{name} is not running ({state})' },
    'port-already-allocated.program': {
      title: `Port ${app.host} is taken by another program`,
      explanation: `{name} listens on it, so Docker cannot publish it for ${run.container}.`,
      fix: `Stop {name}, or publish another host port, such as -p 8051:${app.container}.`,
      commands: [`lsof -i :${app.host}`],
    },
    // cw33: the host's tools at the host port (reach.ts, host-tools-read.ts).
    'port-already-allocated.docker': {
      title: `Docker itself holds port ${app.host}`,
      explanation: `{name} is Docker’s own process: it listens there for a container that publishes the port (an earlier ${run.container}, another container, or a Compose project), so a new container cannot publish it.`,
      fix: `Find that container with docker ps and stop it (docker rm -f <name>; for Compose’s ${compose.project}-web-1, docker compose down in its folder), then start ${run.container} again.`,
      commands: ['docker ps', runCommand],
    },
    'port-already-allocated.excluded': {
      title: `Windows reserves port ${app.host}`,
      explanation: `netsh lists it in an excluded range ({name}): Windows (Hyper-V, WSL 2, WinNAT) keeps those ports, so no program may listen there, Docker neither (“forbidden by its access permissions”).`,
      fix: `Publish a host port outside the ranges, such as -p 8100:${app.container}; or, in a terminal run as administrator, net stop winnat then net start winnat, which often frees them.`,
      commands: ['netsh interface ipv4 show excludedportrange protocol=tcp'],
    },
    'port-already-allocated.answers': {
      title: `Something already listens at port ${app.host}`,
      explanation: `This shows the port in use on your computer{?pid: by process {pid}}, so Docker cannot publish it for ${run.container}.`,
      fix: `Find the program (lsof -i :${app.host} on a Mac or Linux; on Windows netstat -ano | findstr :${app.host}, then tasklist /fi "pid eq <PID>"), stop it, or publish another host port, such as -p 8051:${app.container}.`,
      commands: [`lsof -i :${app.host}`],
    },
    'shows-part.latest': {
      title: 'This lists only the latest containers',
      explanation: `docker ps -l (or -n) shows the last containers created, not every one running, so another may still publish port ${app.host}.`,
      fix: 'Run docker ps without -l and paste what it prints.',
      commands: ['docker ps'],
    },
    // cw96: docker ps --filter (or a grep) keeps only the rows that match.
    'shows-part.filter': {
      title: 'This listing is filtered',
      explanation: `Its filter keeps only the containers it names, so another container may still publish port ${app.host}.`,
      fix: 'Run docker ps without a filter (or the command below) and paste what it prints.',
      commands: [`docker ps --filter publish=${app.host}`],
    },
    // Stop 45: docker compose ps lists one project's containers.
    'shows-part.project': {
      title: 'This lists the containers of one Compose project',
      explanation: `docker compose ps shows only the containers of the project in its folder, so a container of another project, or one started with docker run, may still publish port ${app.host}.`,
      fix: 'Run docker ps (it lists every running container) and paste everything it prints, its header too.',
      commands: ['docker ps'],
    },
    'shows-part.rows': {
      title: 'This shows some rows of docker ps, not the whole listing',
      explanation: `Rows quoted without their header may leave out other containers, one of which may still publish port ${app.host}.`,
      fix: 'Run docker ps and paste everything it prints, its header too.',
      commands: ['docker ps'],
    },
    // Docker forwards a host port (docker-proxy, its NAT rule) that no listed container publishes: the listing leaves some out.
    'shows-part.unlisted': {
      title: 'Docker publishes a port that no container listed here publishes',
      explanation: `Docker's proxy forwards a host port for a container this listing does not show, so some containers are left out; one of them may still publish port ${app.host}.`,
      fix: 'Run docker ps (no filter, no grep) and paste everything it prints, its header too.',
      commands: ['docker ps'],
    },
    'shows-part.cut': {
      title: 'This listing is cut off',
      explanation: `It is not docker ps whole as it prints: a row ends before the container’s name, rows were left out (“...”, “snip”), or columns were taken out of its header, so some containers may not be shown; one of them may still publish port ${app.host}.`,
      fix: 'Run docker ps again and paste everything it prints, down to its last row.',
      commands: ['docker ps'],
    },
    // cw106: a docker ps whose header stops at PORTS (parse-table.ts headerCutAtPorts): a narrow window or a copy lost the right side.
    'shows-part.cut-right': {
      title: 'This listing is cut off on the right',
      explanation: `Its header stops at PORTS, so the NAMES column is not shown: which container publishes which port, and whether one of them is ${container}, cannot be told from it.`,
      fix: 'Widen the terminal window, run docker ps again and paste everything it prints, its NAMES column too.',
      commands: ['docker ps'],
    },
    // cw47: docker/cli formatter/container.go executes the template on each container: only the fields it names are printed.
    'shows-part.no-ports': {
      title: 'This listing leaves out the ports',
      explanation: `Its --format template prints no {{.Ports}}, so it shows which containers there are, not whether one publishes port ${app.host}.`,
      fix: 'Run docker ps without --format and paste what it prints.',
      commands: ['docker ps'],
    },
    'shows-part.free': {
      title: `Nothing listens at port ${app.host} on your computer`,
      explanation: `That part is free; this does not show whether a container publishes it. Paste the output of docker ps.`,
      fix: 'Run the command below and paste what it prints.',
      commands: ['docker ps'],
    },
    // cw110: nmap's table (host-tools-read.ts nmapScan) shows only the ports it scanned and did not find closed.
    'shows-part.scan': {
      title: `This port scan does not show port ${app.host}`,
      explanation: `nmap lists only the ports it scanned (by default the 1000 most common ones, which may leave ${app.host} out), and a scan never says which container publishes a port.`,
      fix: 'Run the command below and paste what it prints.',
      commands: ['docker ps'],
    },
    // cw175 (stop 57): kubectl port-forward's own listener at another host port (pod-forward.ts).
    'shows-part.pod-forward': {
      title: `kubectl holds port {port}, not ${app.host}`,
      explanation: `kubectl port-forward listens at port {port} on your computer. That says nothing about port ${app.host} or what a container publishes there.`,
      fix: 'Run the command below and paste what it prints.',
      commands: ['docker ps'],
    },
    'shows-part.elsewhere': {
      title: `This looks at port {port}, not ${app.host}`,
      explanation: `Nothing holds port {port} on your computer; that says nothing about port ${app.host} or what a container publishes.`,
      fix: 'Run the command below and paste what it prints.',
      commands: ['docker ps'],
    },
    // cw111: a port said taken in the learner's own words (step-reach.ts toldInUse), no program's line nor listing to show it.
    'shows-part.told': {
      // cw201: a port conflict told without its number gives no port.
      title: `This says a port{?port: ({port})} is in use, but shows nothing that holds it`,
      explanation: `A sentence is not what a program printed: no program or container is shown at{?port: port {port}, nor at} port ${app.host}.`,
      fix: `Run docker ps (and lsof -i :${app.host} on a Mac or Linux) and paste what it prints.`,
      commands: ['docker ps', `lsof -i :${app.host}`],
    },
    'port-already-allocated.holder': {
      title: `Port ${app.host} is taken by another container`,
      explanation: `{name} publishes it, so ${run.container} cannot.`,
      fix: `Stop {name} (for Compose’s ${compose.project}-web-1: docker compose down), then start ${run.container} again.`,
      commands: ['docker stop {name}', runCommand],
    },
    healthy: {
      title: `No other container holds port ${app.host}`,
      explanation: `If the browser still cannot connect, another program may: lsof -i :${app.host} shows it.`,
    },
  },
};

/** The command a check asks for, and the outputs it names when it cannot read a paste. */
function asks(check: Check): [accepted: string, command: string] {
  if (check in expectations) return [accepts[check as Step], expectations[check as Step].command];
  const command = reachPath.find((s) => `reach:${s.id}` === check)!.command;
  return [command, command];
}

/** Every message a check can show, by messageKey: what the server renders into its panel. */
export function messagesFor(check: Check): Messages {
  return { ...errors(check === 'install' ? arm64Install : arm64Build), ...unreadable(...asks(check)), ...own[check] };
}

/** The words of one diagnosis at one check, filled in (for the server, the tests, a page without JavaScript). */
export function message(check: Check, diagnosis: Pick<Diagnosis, 'id' | 'details'>): FilledMessage {
  const all = messagesFor(check);
  const m = all[messageKey(diagnosis)] ?? all[diagnosis.id] ?? all.unreadable!;
  const fill = (text: string) => fillMessage(text, diagnosis.details);
  const excerpt = m.excerpt && { file: m.excerpt.file, text: fill(m.excerpt.text) };
  return {
    title: fill(m.title),
    explanation: fill(m.explanation),
    fix: fill(m.fix ?? ''),
    excerpt,
    commands: (m.commands ?? []).map(fill),
  };
}
