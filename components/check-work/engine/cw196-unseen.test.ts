/*
 * cw196 (stop 59): holdout190's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - `docker start` of a name the daemon has no container for, the name as typed (an image's reference with `/` or `:`), or long
 *   enough that the daemon's line reaches 60 columns: the summary `Error: failed to start containers: …` names no failure of its own;
 * - the daemon's refusal of an exec (or kill, …) for the container's state at lesson 3: the daemon answered, partial;
 * - `docker images` named on a line of its own, then a few words with no colon, then its table;
 * - docker-machine that cannot check its VM's certificates, or never made the VM (a pre-create check, the driver's create);
 * - a run line hard-wrapped after an option that takes a value;
 * - the name conflict cut by the writer with an elision mark;
 * - zsh's right prompt (a time) copied on the command's line;
 * - the socket's refusal, then the same run with sudo that the daemon answered with a later failure;
 * - Compose v1's `<project>_<service>_N is up-to-date` beside a file without web.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const startRows: Row[] = [
  {
    source: 'moby daemon/errors.go containerNotFound (`No such container: %s`, the name as passed) under docker/cli start.go',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'start-image-reference-slash',
    text: [
      '$ docker start bitnami/redis',
      'Error response from daemon: No such container: bitnami/redis',
      'Error: failed to start containers: bitnami/redis',
    ].join('\n'),
  },
  {
    source: 'the same with a tag, at "Is the container running?"',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'start-image-reference-tag',
    text: [
      'PS C:\\Users\\me> docker start nginx:1.25',
      'Error response from daemon: No such container: nginx:1.25',
      'Error: failed to start containers: nginx:1.25',
    ].join('\n'),
  },
  {
    source: "a name long enough that the daemon's line is 60 columns or more, then start.go's summary on its own line",
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'start-long-name-summary',
    text: [
      '% docker start my-tutorial-postgres-db',
      'Error response from daemon: No such container: my-tutorial-postgres-db',
      'Error: failed to start containers: my-tutorial-postgres-db',
    ].join('\n'),
  },
  {
    source: 'two names typed one after the other, each refused (docker/cli start.go prints each error, then its summary)',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'start-two-long-names',
    text: [
      '% docker start course-tutorial-database',
      'docker start course-tutorial-webserver',
      'Error response from daemon: No such container: course-tutorial-database',
      'Error: failed to start containers: course-tutorial-database',
      'Error response from daemon: No such container: course-tutorial-webserver',
      'Error: failed to start containers: course-tutorial-webserver',
    ].join('\n'),
  },
  {
    source: "the start's summary after a runtime's refusal of a container that exists: that failure is the container's",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-start-summary-after-runtime-refusal',
    text: [
      '$ docker start my-tutorial-postgres-db',
      'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "postgress": executable file not found in $PATH: unknown',
      'Error: failed to start containers: my-tutorial-postgres-db',
    ].join('\n'),
  },
  {
    source: 'a word after a slash in a sentence is no name: "No such container: web/" keeps the name before it',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-start-name-without-reference',
    text: ['$ docker start web', 'Error response from daemon: No such container: web', 'Error: failed to start containers: web'].join('\n'),
  },
];

const refusalRows: Row[] = [
  {
    source: 'moby daemon/errors.go errNotRunning under `docker exec` (client/request.go checkResponseErr prefix)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'exec-not-running-install',
    text: [
      '$ docker exec -it web sh',
      'Error response from daemon: Container 3f2a1b0c9d8e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0 is not running',
    ].join('\n'),
  },
  {
    source: 'moby daemon/errors.go errContainerIsRestarting under `docker container exec`',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'exec-restarting-install',
    text: [
      '$ docker container exec web ls',
      'Error response from daemon: Container 3f2a1b0c9d8e is restarting, wait until the container is running',
    ].join('\n'),
  },
  {
    source: "moby daemon/kill.go: `Cannot kill container: %s: %s` with errNotRunning's words",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'kill-not-running-install',
    text: ['$ sudo docker kill web', 'Error response from daemon: Cannot kill container: web: Container 3f2a1b0c9d8e is not running'].join(
      '\n',
    ),
  },
  {
    source: 'the same refusal beside a Server part: the daemon answered whole',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-exec-refusal-beside-server',
    text: [
      '$ docker version',
      'Client:',
      ' Version:           27.3.1',
      ' API version:       1.47',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          27.3.1',
      '  API version:      1.47 (minimum version 1.24)',
      '$ docker exec -it web sh',
      'Error response from daemon: Container 3f2a1b0c9d8e is not running',
    ].join('\n'),
  },
  {
    // Merged with cw193 (stop 59): a lookup's reply alone at install is the daemon answering (CONVENTIONS §1, stop 59), so partial.
    source: "a lookup under exec is cw193's lookup alone: the daemon answered, lesson 3's own test not shown",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-exec-lookup-install',
    text: ['$ docker exec -it web sh', 'Error response from daemon: No such container: web'].join('\n'),
  },
  {
    source: 'the words retold in a sentence, no command line: no output',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-exec-refusal-told',
    text: 'When I try to get a shell it says Error response from daemon: Container 3f2a1b0c9d8e is not running, why?',
  },
];

const imagesRows: Row[] = [
  {
    source: 'docker/cli cli/command/image/list.go table under its command named in a code span, then "I get" (no colon)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'images-code-span-i-get',
    text: [
      'and I do a:',
      '`docker images`',
      'I get',
      '```',
      'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE',
      'myapp        latest    0c1d2e3f4a5b   2 minutes ago   148MB',
      '```',
    ].join('\n'),
  },
  {
    source: 'the same with "it returns" under a prompt',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'images-prompt-returns',
    text: [
      '$ docker image ls',
      'it returns',
      'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE',
      '<none>       <none>    0c1d2e3f4a5b   2 minutes ago   148MB',
    ].join('\n'),
  },
  {
    source: "a sentence between them (more than four words) is the writer's, not a label: the table is not read as the command's",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-images-sentence-between',
    text: [
      '`docker images`',
      'after a long while and a reboot it finally shows me this',
      '```',
      'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE',
      'myapp        latest    0c1d2e3f4a5b   2 minutes ago   148MB',
      '```',
    ].join('\n'),
  },
];

const machineRows: Row[] = [
  {
    source:
      'docker/machine libmachine/check.go `Error checking and/or regenerating the certs: %s` around ErrCertInvalid, under `docker-machine env`',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'machine-env-certs-timeout',
    text: [
      '$ eval "$(docker-machine env default)"',
      'Error checking TLS connection: Error checking and/or regenerating the certs: There was an error validating certificates for host "192.168.99.100:2376": dial tcp 192.168.99.100:2376: i/o timeout',
      "You can attempt to regenerate them using 'docker-machine regenerate-certs [name]'.",
      'Be advised that this will trigger a Docker daemon restart which might stop running containers.',
    ].join('\n'),
  },
  {
    source: 'docker/machine commands/create.go `Error with pre-create check: %q`, drivers/virtualbox ErrMustEnableVTX',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'machine-create-pre-create-vtx',
    text: [
      '$ docker-machine create --driver virtualbox dev',
      'Running pre-create checks...',
      'Error with pre-create check: "This computer doesn\'t have VT-X/AMD-v enabled. Enabling it in the BIOS is mandatory"',
    ].join('\n'),
  },
  {
    source: 'libmachine/libmachine.go `Error in driver during machine creation: %s` (printed by create, Toolbox start.sh)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'machine-create-driver-error',
    text: [
      'Creating machine...',
      '(default) Creating VirtualBox VM...',
      'Error creating machine: Error in driver during machine creation: Unable to start the VM: VBoxManage.exe: error: VT-x is not available (VERR_VMX_NO_VMX)',
    ].join('\n'),
  },
  {
    source: "minikube's own words for the same driver error (`creating host: create: precreate: …`): not docker-machine's",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-minikube-precreate',
    text: [
      '$ minikube start --driver=virtualbox',
      "! StartHost failed, but will try again: creating host: create: precreate: This computer doesn't have VT-X/AMD-v enabled. Enabling it in the BIOS is mandatory",
    ].join('\n'),
  },
  {
    source: 'the pre-create error retold inside a sentence: no output',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-pre-create-told',
    text: 'On my laptop I keep getting Error with pre-create check: "VBoxManage not found" whenever I try, any idea?',
  },
];

const wrapRows: Row[] = [
  {
    source: 'docker/cli opts.go addFlags (-v takes a value), the line hard-wrapped at a space by a mail client',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'run-wrapped-after-v',
    text: ['docker run -d --name web  -v', '/srv/data:/data  -p 8080:80 -p 8443:443', 'nginx:1.25'].join('\n'),
  },
  {
    source: 'the same after -p, the value and the image on the next line',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'run-wrapped-after-p',
    text: ['docker run -d --name web -p', '8080:80 nginx:1.25'].join('\n'),
  },
  {
    source: 'a sentence under a line ending in -v is no value of it: the run line stays as typed',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'guard-run-wrapped-sentence',
    text: ['docker run -d --name dash-app -v', 'and then it says nothing at all'].join('\n'),
  },
];

const conflictRows: Row[] = [
  {
    source: 'moby daemon/names.go `Conflict. The container name "%s" is already in use …` cut by the writer with an elision',
    check: 'run',
    want: ['problem', 'name-conflict'],
    id: 'conflict-cut-elision',
    text: [
      'I ran `docker run --name dash-app dash-app` again and got',
      '`docker: Error response from daemon: Conflict. The container name "/dash-app" is already …`',
    ].join('\n'),
  },
];

const nginxLines = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
  '2024/05/01 20:04:52 [notice] 1#1: nginx/1.25.5',
  '2024/05/01 20:04:52 [notice] 1#1: start worker processes',
];

const rpromptRows: Row[] = [
  {
    source: "zsh RPROMPT (`%*`) left on the command's line (TRANSIENT_RPROMPT off), then nginx's docker-entrypoint.sh and notices",
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'rprompt-time-run',
    text: [`➜  blog docker run nginx${' '.repeat(60)}22:04:51`, ...nginxLines].join('\n'),
  },
  {
    source: 'a time two spaces after the command is no right prompt (an argument, or the writer’s): the line stays as it is',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'guard-rprompt-two-spaces',
    text: ['➜  blog docker run nginx  22:04:51', ...nginxLines].join('\n'),
  },
  {
    source: 'a 12-hour time in brackets (`%t`)',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'rprompt-12h-run',
    text: ['% docker run -d --name dash-app dash-app                         [9:05 PM]', '7c9e6679f1a2'].join('\n'),
  },
];

const sudoRows: Row[] = [
  {
    source: "the socket's refusal, then `sudo docker run` that the daemon answered: pull access denied (docker/cli run.go)",
    check: 'run',
    want: ['problem', 'image-not-found'],
    id: 'sudo-retry-image-not-found',
    text: [
      '$ docker run -d -p 8050:8050 --name dash-app dashapp',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": dial unix /var/run/docker.sock: connect: permission denied.',
      '$ sudo docker run -d -p 8050:8050 --name dash-app dashapp',
      "Unable to find image 'dashapp:latest' locally",
      "docker: Error response from daemon: pull access denied for dashapp, repository does not exist or may require 'docker login'.",
    ].join('\n'),
  },
  {
    source: "lesson 3 keeps the user's own refusal (cw159)",
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-sudo-retry-install',
    text: [
      '$ docker run -d -p 8050:8050 --name dash-app dashapp',
      'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": dial unix /var/run/docker.sock: connect: permission denied.',
      '$ sudo docker run -d -p 8050:8050 --name dash-app dashapp',
      "Unable to find image 'dashapp:latest' locally",
      "docker: Error response from daemon: pull access denied for dashapp, repository does not exist or may require 'docker login'.",
    ].join('\n'),
  },
];

const composeFile = [
  '$ cat docker-compose.yml',
  'services:',
  '  db:',
  '    image: postgres:16',
  '  app:',
  '    image: ghost:5',
  '    ports:',
  '      - "2368:2368"',
];

const upToDateRows: Row[] = [
  {
    source: 'docker/compose 1.x compose/service.py execute_convergence_plan noop: `log.info("%s is up-to-date" % c.name)`',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v1-up-to-date-other-project',
    text: ['$ docker-compose up -d', 'blog_db_1 is up-to-date', 'blog_app_1 is up-to-date', ...composeFile].join('\n'),
  },
  {
    source: 'the same file alone: web is missing',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-up-to-date-file-alone',
    text: composeFile.join('\n'),
  },
  {
    source: 'the words inside a sentence are no line of Compose',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'guard-up-to-date-told',
    text: ['Compose tells me that blog_db_1 is up-to-date but nothing works.', ...composeFile].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['docker start of a name the daemon has no container for', startRows],
  ["the daemon's refusal of an exec at lesson 3", refusalRows],
  ['docker images after a few words without a colon', imagesRows],
  ['docker-machine that cannot check or make its VM', machineRows],
  ['a run line hard-wrapped after an option that takes a value', wrapRows],
  ['the name conflict cut with an elision mark', conflictRows],
  ["zsh's right prompt on the command's line", rpromptRows],
  ['a sudo retry the daemon answered', sudoRows],
  ["Compose v1's up-to-date lines beside a file without web", upToDateRows],
];

describe.each(families)('cw196 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
