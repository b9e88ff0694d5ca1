/*
 * cw19's sweep: error messages the docker CLI (docker/cli), the daemon (moby/moby) and Compose (docker/compose,
 * compose-go) print on the course's commands, each in the layout its command prints (command line, error, exit text),
 * with the source that prints it and the step a learner would paste it into. `want` is an expert's answer: a verdict and
 * the diagnosis ids that say it (tags as in ../corpus/tags.ts). source-sweep.test.ts asserts each.
 */
import type { Check, DiagnosisId, VerdictKind } from './types';

export type SweepCase = {
  /** Repository and file (and function) that print it; older wordings found with `git log -S`. */
  source: string;
  check: Check;
  want: [VerdictKind, ...DiagnosisId[]];
  text: string;
  /** Left unread on purpose, and why (the test asserts only that it is no "ok"). */
  left?: string;
};

export const sweep: SweepCase[] = [
  // ── the daemon and the client (docker version, docker info) ──
  {
    source: 'moby client/errors.go errConnectionFailed (Docker 29: client/request.go "failed to connect to the docker API")',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    text: `$ docker version
Client: Docker Engine - Community
 Version:           29.0.1
 API version:       1.52
failed to connect to the docker API at unix:///var/run/docker.sock; check if the path is correct and if the daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory`,
  },
  {
    source: 'docker/cli cli/command/system/info.go (Server: ERROR: … errors pretty printing info)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    text: `$ docker info
Client:
 Version:    24.0.7
 Context:    default
 Debug Mode: false

Server:
ERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?
errors pretty printing info`,
  },
  {
    source: 'moby client/errors.go (Windows named pipe, "This error may indicate that the docker daemon is not running.")',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    text: `PS C:\\Users\\me> docker version
Client:
 Version:           20.10.17
error during connect: This error may indicate that the docker daemon is not running.: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: The system cannot find the file specified.`,
  },
  {
    source: 'moby client/request.go (permission denied … docker daemon socket)',
    check: 'install',
    want: ['problem', 'permission-denied'],
    text: `$ docker version
Client: Docker Engine - Community
 Version:           26.1.4
permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/version": dial unix /var/run/docker.sock: connect: permission denied`,
  },
  {
    source: 'moby daemon/server/middleware/version.go (client version too old)',
    check: 'install',
    want: ['problem', 'client-too-old'],
    text: `$ docker version
Client:
 Version:           20.10.24
Error response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version`,
  },
  {
    source: 'docker/cli cmd/docker/docker.go (docker: unknown command: docker x; before 28 "docker: \'x\' is not a docker command.")',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    text: `$ docker verison
docker: 'verison' is not a docker command.
See 'docker --help'`,
  },
  // ── docker run ──
  {
    source: 'moby daemon/errors.go nameConflictError (Conflict. The container name …)',
    check: 'run',
    want: ['problem', 'name-conflict'],
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app
docker: Error response from daemon: Conflict. The container name "/dash-app" is already in use by container "3f2a9c1b7d4e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901234567". You have to remove (or rename) that container to be able to reuse that name.
See 'docker run --help'.`,
  },
  {
    source: 'moby daemon/libnetwork/endpoint.go ("driver failed programming external connectivity") + portallocator',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app
0d5c3b1e2f4a
docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c): Bind for 0.0.0.0:8050 failed: port is already allocated.`,
  },
  {
    source: 'moby daemon/container_operations.go (Docker 25+: "failed to set up container networking: driver failed programming …")',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app
a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2
docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint dash-app (c0ffee0123456789): failed to bind host port for 0.0.0.0:8050:172.17.0.2:8050/tcp: address already in use

Run 'docker run --help' for more information`,
  },
  {
    source: 'moby daemon/libnetwork/portmapper (userland proxy: "Error starting userland proxy: listen tcp4 …")',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app
docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (5e6f): Error starting userland proxy: listen tcp4 0.0.0.0:8050: bind: address already in use.
ERRO[0000] error waiting for container: context canceled`,
  },
  {
    source: "moby daemon/internal/distribution/errors.go (pull access denied … may require 'docker login')",
    check: 'run',
    want: ['problem', 'image-not-found'],
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app
Unable to find image 'dash-app:latest' locally
docker: Error response from daemon: pull access denied for dash-app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.
See 'docker run --help'.`,
  },
  {
    source: 'moby daemon/containerd/image_pull.go (containerd store: failed to resolve reference … not found)',
    check: 'run',
    want: ['problem', 'image-not-found'],
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app:1.0
Unable to find image 'dash-app:1.0' locally
docker: Error response from daemon: failed to resolve reference "docker.io/library/dash-app:1.0": docker.io/library/dash-app:1.0: not found

Run 'docker run --help' for more information`,
  },
  {
    source: 'distribution/reference (invalid reference format: repository name must be lowercase)',
    check: 'run',
    want: ['problem', 'invalid-reference'],
    text: `$ docker run -d --name dash-app -p 8050:8050 Dash-App
docker: invalid reference format: repository name (library/Dash-App) must be lowercase.

Run 'docker run --help' for more information`,
  },
  {
    source: 'docker/go-connections nat/nat.go ParsePortSpec (invalid containerPort / hostPort)',
    check: 'run',
    want: ['problem', 'invalid-port-spec'],
    text: `$ docker run -d --name dash-app -p 8050:eight dash-app
docker: Error response from daemon: invalid containerPort: eight.
See 'docker run --help'.`,
  },
  {
    source: 'docker/go-connections nat/nat.go ParsePortSpec ("No port specified: 8050:<empty>")',
    check: 'run',
    want: ['problem', 'invalid-port-spec'],
    text: `$ docker run -d --name dash-app -p 8050: dash-app
docker: No port specified: 8050:<empty>.
See 'docker run --help'.`,
  },
  {
    source: 'docker/cli cli/required.go RequiresMinArgs',
    check: 'run',
    want: ['problem', 'missing-image-argument'],
    text: `$ docker run -d --name dash-app -p 8050:8050
docker: 'docker run' requires at least 1 argument

Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

See 'docker run --help' for more information`,
  },
  {
    source: 'runc libcontainer (OCI runtime create failed: exec: "python": executable file not found in $PATH)',
    check: 'run',
    want: ['problem', 'container-exited'],
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app
5b6c7d8e9f0a
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "python": executable file not found in $PATH: unknown.`,
  },
  {
    source:
      'runc before 1.0 (container_linux.go:349: starting container process caused "exec: \\"python\\": executable file not found in $PATH")',
    check: 'run',
    want: ['problem', 'container-exited'],
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app
docker: Error response from daemon: OCI runtime create failed: container_linux.go:349: starting container process caused "exec: \\"python\\": executable file not found in $PATH": unknown.
ERRO[0000] error waiting for container: context canceled`,
  },
  {
    source: 'moby daemon/errors.go errNotRunning ("container %s is not running"; before 23 "Container %s is not running")',
    check: 'run',
    want: ['problem', 'container-exited'],
    text: `$ docker exec -it dash-app sh
Error response from daemon: container 3f2a9c1b7d4e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901234567 is not running`,
  },
  {
    source: 'moby daemon/errors.go errExecPaused ("Container %s is paused, unpause the container before exec")',
    check: 'run',
    want: ['problem', 'container-exited'],
    left: 'no lesson pauses a container (only Docker Desktop’s pause button does); its fix, docker unpause, would need words of its own',
    text: `$ docker exec -it dash-app sh
Error response from daemon: Container 3f2a9c1b7d4e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901234567 is paused, unpause the container before exec`,
  },
  {
    source: 'moby daemon/errors.go (Container %s is restarting, wait until the container is running)',
    check: 'run',
    want: ['problem', 'container-exited'],
    text: `$ docker exec -it dash-app sh
Error response from daemon: Container 3f2a9c1b7d4e is restarting, wait until the container is running`,
  },
  {
    source: 'moby daemon/container/view.go (No such container) via docker logs',
    check: 'run',
    want: ['problem', 'container-not-found'],
    text: `$ docker logs dash-app
Error response from daemon: No such container: dash-app`,
  },
  {
    source: 'docker/cli cli/command/container/port.go ("no public port … published for …")',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ docker port dash-app 8050
Error: No public port '8050/tcp' published for dash-app`,
  },
  {
    source: 'moby daemon/internal/distribution/errors.go (toomanyrequests, Docker Hub rate limit) via docker run',
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    text: `$ docker run -d --name dash-app -p 8050:8050 python:3.12-slim
Unable to find image 'python:3.12-slim' locally
docker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit.
See 'docker run --help'.`,
  },
  {
    source: 'moby registry (Get "https://registry-1.docker.io/v2/": net/http: request canceled … Client.Timeout) via docker pull',
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    text: `$ docker pull python:3.12-slim
Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
  },
  {
    source: 'moby registry (dial tcp: lookup registry-1.docker.io … no such host)',
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    text: `$ docker pull python:3.12-slim
Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving`,
  },
  {
    source: 'moby registry (net/http: TLS handshake timeout)',
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    text: `$ docker run -d --name dash-app -p 8050:8050 python:3.12-slim
Unable to find image 'python:3.12-slim' locally
docker: Error response from daemon: Get https://registry-1.docker.io/v2/: net/http: TLS handshake timeout.
See 'docker run --help'.`,
  },
  {
    source: 'BuildKit solver (failed to solve: … failed to resolve source metadata … lookup registry-1.docker.io … no such host)',
    check: 'run',
    want: ['problem', 'registry-unreachable'],
    text: `$ docker build -t dash-app .
[+] Building 10.1s (3/3) FINISHED
 => ERROR [internal] load metadata for docker.io/library/python:3.12-slim   10.0s
------
 > [internal] load metadata for docker.io/library/python:3.12-slim:
------
ERROR: failed to solve: python:3.12-slim: failed to resolve source metadata for docker.io/library/python:3.12-slim: failed to do request: Head "https://registry-1.docker.io/v2/library/python/manifests/3.12-slim": dial tcp: lookup registry-1.docker.io: no such host`,
  },
  {
    source: 'moby distribution pull_v2.go (no matching manifest for linux/arm64/v8)',
    check: 'run',
    want: ['problem', 'no-arm64-manifest'],
    text: `$ docker run -d --name dash-app -p 8050:8050 someone/dash-app
Unable to find image 'someone/dash-app:latest' locally
latest: Pulling from someone/dash-app
docker: no matching manifest for linux/arm64/v8 in the manifest list entries.
See 'docker run --help'.`,
  },
  // ── docker build ──
  {
    source: 'BuildKit dockerfile frontend (failed to read dockerfile: open Dockerfile: no such file or directory)',
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app .
[+] Building 0.0s (1/1) FINISHED
 => [internal] load build definition from Dockerfile       0.0s
 => => transferring dockerfile: 2B                         0.0s
ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory`,
  },
  {
    source:
      'docker/cli cli/command/image/build.go legacy builder (unable to prepare context: unable to evaluate symlinks in Dockerfile path)',
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app .
unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /home/me/Dockerfile: no such file or directory`,
  },
  {
    source: 'BuildKit (process "/bin/sh -c …" did not complete successfully: exit code: 1)',
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app .
 => ERROR [4/5] RUN pip install -r requirements.txt          3.2s
------
 > [4/5] RUN pip install -r requirements.txt:
2.901 ERROR: Could not find a version that satisfies the requirement dash==9.9.9
------
ERROR: failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1`,
  },
  {
    source: "moby builder/dockerfile (legacy: The command '/bin/sh -c …' returned a non-zero code: 1)",
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app .
Step 4/6 : RUN pip install -r requirements.txt
 ---> Running in 4c5d6e7f8a9b
ERROR: Could not find a version that satisfies the requirement dash==9.9.9
The command '/bin/sh -c pip install -r requirements.txt' returned a non-zero code: 1`,
  },
  {
    source: 'BuildKit (failed to compute cache key: failed to calculate checksum of ref …: "/requirements.txt": not found)',
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app .
 => ERROR [3/5] COPY requirements.txt .                         0.0s
------
 > [3/5] COPY requirements.txt .:
------
ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 6f7a8b9c::abc: "/requirements.txt": not found`,
  },
  {
    source: 'moby builder (legacy: COPY failed: file not found in build context or excluded by .dockerignore)',
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app .
Step 3/6 : COPY requirements.txt .
COPY failed: file not found in build context or excluded by .dockerignore: stat requirements.txt: file does not exist`,
  },
  {
    source: 'docker/cli cli/required.go ExactArgs ("docker buildx build" requires exactly 1 argument)',
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app
ERROR: "docker buildx build" requires exactly 1 argument.
See 'docker buildx build --help'.

Usage:  docker buildx build [OPTIONS] PATH | URL | -

Start a build`,
  },
  // ── lesson 6: push and pull to the local registry ──
  {
    source: 'moby daemon/internal/distribution/push.go ("An image does not exist locally with the tag: …")',
    check: 'share',
    want: ['problem', 'image-not-tagged'],
    text: `$ docker push localhost:5000/e4l-python-graph:1.0
The push refers to repository [localhost:5000/e4l-python-graph]
An image does not exist locally with the tag: localhost:5000/e4l-python-graph`,
  },
  {
    source: 'moby daemon/internal/distribution/push_v2.go ("tag does not exist: …")',
    check: 'share',
    want: ['problem', 'image-not-tagged'],
    text: `$ docker push localhost:5000/e4l-python-graph:1.0
The push refers to repository [localhost:5000/e4l-python-graph]
tag does not exist: localhost:5000/e4l-python-graph:1.0`,
  },
  {
    source: 'moby registry (push: Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused)',
    check: 'share',
    want: ['problem', 'container-not-found', 'container-exited'],
    text: `$ docker push localhost:5000/e4l-python-graph:1.0
The push refers to repository [localhost:5000/e4l-python-graph]
Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused`,
  },
  {
    source: 'moby distribution (manifest for … not found: manifest unknown)',
    check: 'share',
    want: ['problem', 'image-not-found', 'image-not-tagged'],
    text: `$ docker pull localhost:5000/e4l-python-graph:1.0
Error response from daemon: manifest for localhost:5000/e4l-python-graph:1.0 not found: manifest unknown: manifest unknown`,
  },
  // ── Compose (lesson 7) ──
  {
    source: 'compose-go cli/options.go (no configuration file provided: not found)',
    check: 'compose',
    want: ['problem', 'compose-no-file'],
    text: `$ docker compose up -d
no configuration file provided: not found`,
  },
  {
    source: 'compose-go loader (service "web" refers to undefined network backend: invalid compose project)',
    check: 'compose',
    want: ['problem', 'compose-undefined-network'],
    text: `$ docker compose up -d
service "web" refers to undefined network backend: invalid compose project`,
  },
  {
    source: 'compose-go loader (service "proxy" depends on undefined service "web")',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    text: `$ docker compose up -d
service "proxy" depends on undefined service "web": invalid compose project`,
  },
  {
    source: 'docker/compose cmd/compose/ps.go ("no such service: %s")',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    text: `$ docker compose logs wbe
no such service: wbe`,
  },
  {
    source: 'docker/compose pkg/compose/containers.go ("service %q is not running")',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: `$ docker compose exec web sh
service "web" is not running`,
  },
  {
    source: 'docker/compose pkg/compose/create.go ("network %s declared as external, but could not be found")',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    text: `$ docker compose up -d
network dash-app_frontend declared as external, but could not be found`,
  },
  {
    source: 'moby daemon/libnetwork/error.go ErrNoSuchNetwork ("network %s not found") via docker network inspect',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    text: `$ docker network inspect dash-app_backend
[]
Error response from daemon: network dash-app_backend not found`,
  },
  {
    source: 'docker/cli network inspect before 23 ("Error: No such network: …")',
    check: 'networks',
    want: ['problem', 'network-not-found'],
    text: `$ docker network inspect dash-app_frontend
[]
Error: No such network: dash-app_frontend`,
  },
  {
    source: 'compose-go loader (yaml: line N: mapping values are not allowed in this context)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    text: `$ docker compose up -d
yaml: line 12: mapping values are not allowed in this context`,
  },
  {
    source: 'compose-go loader (newer: yaml: unmarshal errors / "did not find expected key")',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    text: `$ docker compose up -d
parsing /home/me/dash-app/compose.yaml: yaml: line 9: did not find expected key`,
  },
  {
    source: "Compose v1 compose/config/config.py (ERROR: yaml.scanner.ScannerError: … found character '\\t')",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    text: `$ docker-compose up -d
ERROR: yaml.scanner.ScannerError: while scanning for the next token
found character '\\t' that cannot start any token
  in "./docker-compose.yml", line 8, column 1`,
  },
  {
    source: "compose-go schema (validating …: services.web additional properties 'prots' not allowed)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    text: `$ docker compose up -d
validating /home/me/dash-app/compose.yaml: services.web additional properties 'prots' not allowed`,
  },
  {
    source: 'compose-go schema before 2.24 (services.web Additional property prots is not allowed)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    text: `$ docker compose up -d
services.web Additional property prots is not allowed`,
  },
  {
    source: 'compose-go (invalid project name: must consist only of lowercase alphanumeric characters…)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    text: `$ docker compose -p Dash-App up -d
invalid project name "Dash-App": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
  },
  {
    source:
      'docker/compose v2 up (Error response from daemon: driver failed programming external connectivity … port is already allocated)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    text: `$ docker compose up -d
[+] Running 3/4
 ✔ Network dash-app_frontend  Created
 ✔ Network dash-app_backend   Created
 ✔ Container dash-app-db-1    Started
 ⠿ Container dash-app-web-1   Starting
Error response from daemon: driver failed programming external connectivity on endpoint dash-app-web-1 (d4e5f6): Bind for 0.0.0.0:8050 failed: port is already allocated`,
  },
  {
    source: 'BuildKit via docker compose up --build (failed to solve: process … did not complete successfully)',
    check: 'compose',
    want: ['problem', 'build-failed'],
    text: `$ docker compose up -d --build
[+] Building 3.4s (8/9)
 => ERROR [web 4/5] RUN pip install -r requirements.txt    3.2s
------
failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1`,
  },
  {
    source: "Compose v1 compose/cli/main.py (ERROR: Service 'web' failed to build)",
    check: 'compose',
    want: ['problem', 'build-failed'],
    text: `$ docker-compose up -d --build
Building web
Step 4/6 : RUN pip install -r requirements.txt
ERROR: Could not find a version that satisfies the requirement dash==9.9.9
ERROR: Service 'web' failed to build: The command '/bin/sh -c pip install -r requirements.txt' returned a non-zero code: 1`,
  },
  {
    source: 'compose-go types/project.go WithServicesEnvironmentResolved (env file … not found), read since cw148',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    text: `$ docker compose up -d
env file /home/me/dash-app/.env not found: stat /home/me/dash-app/.env: no such file or directory`,
  },
  {
    source: 'docker/cli cli-plugins/manager/cobra.go (docker: unknown command: docker compose)',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    text: `$ docker compose up -d
docker: unknown command: docker compose

Run 'docker --help' for more information`,
  },
  // ── more wordings: real captures of this machine's client, older daemons, Compose's pull ──
  {
    source: "docker/cli cli/required.go ExactArgs, docker 28.2.2 legacy builder (docker: 'docker build' requires 1 argument), captured",
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app
DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/

docker: 'docker build' requires 1 argument

Usage:  docker build [OPTIONS] PATH | URL | -

Run 'docker build --help' for more information`,
  },
  {
    source: 'docker/go-connections nat/nat.go ParsePortSpec (lower-cased "no port specified: 8050:<empty>"), docker 28.2.2, captured',
    check: 'run',
    want: ['problem', 'invalid-port-spec'],
    text: `$ docker run -d --name dash-app -p 8050: dash-app
docker: no port specified: 8050:<empty>

Run 'docker run --help' for more information`,
  },
  {
    source: 'moby daemon/errors.go before 23 ("Container %s is not running")',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    text: `$ docker exec dash-app cat /proc/net/tcp
Error response from daemon: Container 3f2a9c1b7d4e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901234567 is not running`,
  },
  {
    source: 'moby daemon/inspect (Error: No such object) via docker inspect',
    check: 'run',
    want: ['problem', 'container-not-found'],
    text: `$ docker inspect dash-app
[]
Error: No such object: dash-app`,
  },
  {
    source: 'docker/compose pkg/compose/pull.go (a service\'s pull error: Get "https://registry-1.docker.io/v2/": … Client.Timeout)',
    check: 'compose',
    want: ['problem', 'registry-unreachable'],
    text: `$ docker compose up -d
[+] Running 1/3
 ✘ db Error  Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)   15.0s
 ✘ proxy Error context canceled                                                                                        15.0s
Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
  },
  {
    source: 'Compose v1 compose/service.py pull (ERROR: … toomanyrequests)',
    check: 'compose',
    want: ['problem', 'registry-unreachable'],
    text: `$ docker-compose up -d
Pulling db (postgres:18)...
ERROR: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`,
  },
  {
    source:
      'docker/cli push (docker.io: "denied: requested access to the resource is denied"), the lesson\'s image without localhost:5000/',
    check: 'share',
    want: ['problem', 'image-not-tagged'],
    text: `$ docker push e4l-python-graph:1.0
The push refers to repository [docker.io/library/e4l-python-graph]
5f70bf18a086: Preparing
denied: requested access to the resource is denied`,
  },
  {
    source: 'moby registry (login: unauthorized: incorrect username or password)',
    check: 'share',
    want: ['unreadable', 'unreadable'],
    left: 'docker login is no step of the course (its registry at localhost:5000 asks for none)',
    text: `$ docker login
Username: me
Password:
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`,
  },
  {
    source: 'moby daemon/libnetwork/error.go NetworkNameError ("network with name %s already exists") via docker network create',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    left: 'the course creates no network by hand (Compose does), so the fix is not the lesson’s',
    text: `$ docker network create dash-app_frontend
Error response from daemon: network with name dash-app_frontend already exists`,
  },
  // ── the second round: a shell the image lacks, Git Bash, the Dockerfile's own errors ──
  {
    source: 'moby daemon/exec.go (OCI runtime exec failed: exec failed: … exec: "bash": executable file not found in $PATH)',
    check: 'run',
    want: ['unreadable', 'unreadable'],
    text: `$ docker exec -it dash-app bash
OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown`,
  },
  {
    source: 'docker/cli cli/streams/in.go CheckTty (the input device is not a TTY.  If you are using mintty, …)',
    check: 'install',
    want: ['problem', 'not-a-tty'],
    text: `me@LAPTOP MINGW64 ~
$ docker run -it --rm archlinux bash -c "echo hello world"
the input device is not a TTY.  If you are using mintty, try prefixing the command with 'winpty'`,
  },
  {
    source: 'BuildKit frontend/dockerfile/instructions/parse.go (dockerfile parse error on line N: unknown instruction)',
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app .
[+] Building 0.1s (2/2) FINISHED
 => [internal] load build definition from Dockerfile       0.0s
Dockerfile:3
--------------------
   1 |     FROM python:3.12-slim
   2 |     WORKDIR /app
   3 | >>> COPPY requirements.txt .
--------------------
ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: COPPY (did you mean copy?)`,
  },
  {
    source: 'BuildKit client/llb/sourceresolver/imageresolver.go (failed to resolve source metadata for … : not found)',
    check: 'run',
    want: ['problem', 'build-failed'],
    text: `$ docker build -t dash-app .
 => ERROR [internal] load metadata for docker.io/library/python:3.12-slm   1.1s
------
ERROR: failed to solve: python:3.12-slm: failed to resolve source metadata for docker.io/library/python:3.12-slm: docker.io/library/python:3.12-slm: not found`,
  },
  {
    source: 'compose-go loader (service "web" has neither an image nor a build context specified)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    text: `$ docker compose up -d
service "web" has neither an image nor a build context specified: invalid compose project`,
  },
  {
    source: 'Compose v2 (unable to prepare context: path "…/web" not found), a build: path that is not there',
    check: 'compose',
    want: ['problem', 'build-failed'],
    left: 'the lesson’s compose.yaml builds from `.`, the folder it is in, so a missing build path is not the lesson’s file',
    text: `$ docker compose up --build
unable to prepare context: path "/home/me/dash-app/web" not found`,
  },
  {
    source: 'moby builder (legacy: Step 1/6 : FROM python:3.12-slm, then manifest for … not found)',
    check: 'run',
    want: ['problem', 'image-not-found', 'build-failed'],
    text: `$ docker build -t dash-app .
Sending build context to Docker daemon  5.12kB
Step 1/6 : FROM python:3.12-slm
manifest for python:3.12-slm not found: manifest unknown: manifest unknown`,
  },
  {
    source: 'runc via docker compose up (OCI runtime create failed: … exec: "gunicorn": executable file not found in $PATH)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: `$ docker compose up -d
[+] Running 3/4
 ✔ Container dash-app-db-1     Started
 ✘ Container dash-app-web-1    Error
Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "gunicorn": executable file not found in $PATH: unknown`,
  },
  {
    source: 'runc via docker compose up (OCI runtime create failed: … error mounting … not a directory)',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    text: `$ docker compose up -d
Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/home/me/dash-app/nginx.conf" to rootfs at "/etc/nginx/nginx.conf": not a directory: unknown`,
  },
];
