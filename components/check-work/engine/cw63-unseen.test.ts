/*
 * cw63: holdout51 to holdout54's compose, networks and install misses (README "holdout51–54: compose, networks, install (cw63)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste
 * itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer
 * that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const installRows: Row[] = [
  {
    source: 'moby cmd/dockerd/daemon.go (before 20.10) "Error starting daemon: %v", logged FATA by logrus (docker/machine#3936)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'fata-graphdriver-overlay',
    text: '$ sudo dockerd\nINFO[0000] libcontainerd: new containerd process, pid: 812\nFATA[0001] Error starting daemon: error initializing graphdriver: driver not supported',
  },
  {
    source: 'moby cmd/dockerd/daemon.go (before 20.10) "Error starting daemon: %v", logged FATA by logrus (docker/machine#3936)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'fata-network-controller',
    text: 'root@pi:~# dockerd --debug\nDEBU[2017-05-01T10:00:00.000000000Z] Listener created for HTTP on unix (/var/run/docker.sock)\nINFO[0000] Loading containers: start.\nFATA[0002] Error starting daemon: Error initializing network controller: list bridge addresses failed: no available network',
  },
  {
    source: 'moby cmd/dockerd/daemon.go "Error starting daemon: %v" in logrus\' logfmt (level=fatal), via journalctl',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'logfmt-fatal-pidfile',
    text: '$ sudo journalctl -u docker\nMay 01 10:00:00 host dockerd[912]: time="2018-05-01T10:00:00.1Z" level=fatal msg="Error starting daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid"',
  },
  {
    source: 'moby cmd/dockerd/daemon.go "Error starting daemon: %v" in logrus\' logfmt (level=fatal), via journalctl',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'logfmt-fatal-devices-cgroup',
    text: "docker version\nClient:\n Version:      17.03.1-ce\n API version:  1.27\n Go version:   go1.7.5\n OS/Arch:      linux/arm\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n$ sudo dockerd\nINFO[0000] libcontainerd: new containerd process, pid: 1201\nFATA[0000] Error starting daemon: Devices cgroup isn't mounted",
  },
  {
    source: 'moby cmd/dockerd/daemon.go (20.10+) errors.Wrap(err, "failed to start daemon")',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: '2010-failed-to-start',
    text: '$ sudo dockerd\nINFO[2023-01-01T00:00:00.000000000Z] Starting up\nfailed to start daemon: error initializing graphdriver: driver not supported: overlay2',
  },
  {
    source: 'moby cmd/dockerd/daemon.go "Error starting daemon: %v" after the client\'s --version (docker/machine#3936)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'version-then-fata-aufs',
    text: 'Docker version 1.13.1, build 092cba3\n# dockerd -s aufs\nDEBU[0000] [graphdriver] trying provided driver "aufs"\nFATA[0000] Error starting daemon: error initializing graphdriver: driver not supported',
  },
  {
    source: 'moby cmd/dockerd/daemon.go (before 20.10) "Error starting daemon: %v", logged FATA by logrus (docker/machine#3936)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'fata-btrfs',
    text: '$ sudo docker daemon -s btrfs\nFATA[0000] Error starting daemon: error initializing graphdriver: prerequisites for driver not satisfied (wrong filesystem?)',
  },
  {
    source: 'moby cmd/dockerd/daemon.go (before 20.10) "Error starting daemon: %v", logged FATA by logrus (docker/machine#3936)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'fata-iptables',
    text: 'pi@raspberrypi:~ $ sudo dockerd\nINFO[0000] Loading containers: start.\nFATA[0001] Error starting daemon: Error initializing network controller: error obtaining controller instance: failed to create NAT chain DOCKER: iptables failed',
  },
  {
    source: 'node lib/net.js afterConnect: "connect ENOENT|ECONNREFUSED <path>" (dockerode, Serverless Devs: devsapp/fc#986)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'node-enoent',
    text: 'Error: connect ENOENT /var/run/docker.sock\n    at PipeConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)',
  },
  {
    source: 'node lib/net.js afterConnect: "connect ENOENT|ECONNREFUSED <path>" (dockerode, Serverless Devs: devsapp/fc#986)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'node-enoent-zh',
    text: '项目 helloworld 执行失败: ERROR: connect ENOENT /var/run/docker.sock\n请确认 Docker 已经启动',
  },
  {
    source: 'node lib/net.js afterConnect: "connect ENOENT|ECONNREFUSED <path>" (dockerode, Serverless Devs: devsapp/fc#986)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'node-econnrefused',
    text: '$ node index.js\n(node:1234) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED /var/run/docker.sock\n    at PipeConnectWrap.afterConnect [as oncomplete] (net.js:1146:16)',
  },
  {
    source: 'node lib/net.js afterConnect: "connect ENOENT|ECONNREFUSED <path>" (dockerode, Serverless Devs: devsapp/fc#986)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'node-pipe-enoent',
    text: "PS C:\\app> npm start\nError: connect ENOENT //./pipe/docker_engine\n    at PipeConnectWrap.afterConnect [as oncomplete] (node:net:1300:16) {\n  errno: -4058,\n  code: 'ENOENT',\n  syscall: 'connect',\n  address: '//./pipe/docker_engine'\n}",
  },
  {
    source: 'node lib/net.js afterConnect: "connect ENOENT|ECONNREFUSED <path>" (dockerode, Serverless Devs: devsapp/fc#986)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'node-home-sock',
    text: 's local invoke\nError: connect ENOENT /Users/me/.docker/run/docker.sock',
  },
  {
    source: 'node lib/net.js connect error, uv EACCES on the socket',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'node-eacces',
    text: 'Error: connect EACCES /var/run/docker.sock\n    at PipeConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)',
  },
  {
    source: 'Ruby docker-api over Excon: "No such file or directory - connect(2) for <path> (Errno::ENOENT)"',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'ruby-enoent',
    text: 'Excon::Error::Socket: No such file or directory - connect(2) for /var/run/docker.sock (Errno::ENOENT)',
  },
  {
    source: 'Ruby docker-api over Excon: "No such file or directory - connect(2) for <path> (Errno::ENOENT)"',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'ruby-eacces',
    text: 'Excon::Error::Socket: Permission denied - connect(2) for /var/run/docker.sock (Errno::EACCES)',
  },
  {
    source: 'bollard src/errors.rs SocketNotFoundError "Socket not found: {0}"',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'bollard',
    text: 'Error: Socket not found: /var/run/docker.sock',
  },
  {
    source: 'testcontainers-java DockerClientProviderStrategy "Could not find a valid Docker environment"',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'testcontainers',
    text: 'java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check configuration',
  },
  {
    source: 'docker-py (docker SDK for Python) api/client.py "Error while fetching server API version: %s"',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'py-filenotfound',
    text: "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))",
  },
  {
    source: 'Go net Dial on the socket, wrapped by moby client/request.go',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'go-dial-unix',
    text: 'Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: no such file or directory',
  },
  {
    source: 'Compose v1 traceback through docker-py transport/unixconn.py',
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'v1-traceback-unixconn',
    text: '$ docker-compose up -d\nTraceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/docker/transport/unixconn.py", line 43, in connect\n    sock.connect(self.unix_socket)\nFileNotFoundError: [Errno 2] No such file or directory',
  },
  {
    source: 'node lib/net.js afterConnect: "connect ENOENT|ECONNREFUSED <path>" (dockerode, Serverless Devs: devsapp/fc#986)',
    check: 'compose',
    want: ['problem', 'daemon-not-running'],
    id: 'node-enoent-compose',
    text: '$ npx some-tool up\nError: connect ENOENT /var/run/docker.sock',
  },
  {
    source: 'guard: node net error at another socket or a TCP address',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-node-enoent-other-sock',
    text: 'Error: connect ENOENT /tmp/app.sock',
  },
  {
    source: 'guard: CONVENTIONS §2.1 (h35-moby12104), dockerd started by hand and ready',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-daemon-ready',
    text: '$ docker run hello-world\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n$ sudo dockerd\nINFO[0000] Daemon has completed initialization\nINFO[0000] API listen on /var/run/docker.sock',
  },
  {
    source: "guard: hello-world's greeting",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-hello-ok',
    text: '$ docker run hello-world\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.',
  },
  {
    source: 'guard: node net error at another socket or a TCP address',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-node-econnrefused-tcp',
    text: 'Error: connect ECONNREFUSED 127.0.0.1:5432',
  },
  {
    source:
      'moby daemon/create.go platform warning, docker/cli container/create.go "WARNING: %s" then run.go the ID (prakhar1989/docker-curriculum#399)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'warning-id-one-line',
    text: "docker run -d -P --name static-site prakhar1989/static-site\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested b040bc6f28a20bc0f80517b4d0ff7085d2bb3b28a894567f94d646074710a1e7",
  },
  {
    source:
      'moby daemon/create.go platform warning, docker/cli container/create.go "WARNING: %s" then run.go the ID (prakhar1989/docker-curriculum#399)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'warning-id-one-line-nginx',
    text: "$ docker run -d -p 8080:80 nginx:1.25\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested 4f2a9c1d0e3b5a6c7d8e9f00112233445566778899aabbccddeeff0011223344",
  },
  {
    source:
      'moby daemon/create.go platform warning, docker/cli container/create.go "WARNING: %s" then run.go the ID (prakhar1989/docker-curriculum#399)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'warning-id-next-line',
    text: "$ docker run -d --name web httpd\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nb040bc6f28a20bc0f80517b4d0ff7085d2bb3b28a894567f94d646074710a1e7",
  },
  {
    source: 'guard: the platform warning without a full ID (no ok; cw102: partial, CONVENTIONS §2.1, both experts of h84-prototool577)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-warning-alone',
    text: "$ docker run -d --name web httpd\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
  },
  {
    source: 'guard: the platform warning without a full ID (no ok; cw102: partial, CONVENTIONS §2.1, both experts of h84-prototool577)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'guard-warning-short-id',
    text: "$ docker run -d --name web httpd\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested b040bc6f28a2",
  },
];

const composeRows: Row[] = [
  {
    source:
      'moby api/server/middleware/version.go "client version %s is too old. Minimum supported API version is %s…", Compose v1 log.error "ERROR: " (docker/for-win#268, bitnami/bitnami-docker-wordpress#108)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'api-1.22-docker-compose up',
    text: '$ docker-compose up\nERROR: client version 1.22 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version',
  },
  {
    source:
      'moby api/server/middleware/version.go "client version %s is too old. Minimum supported API version is %s…", Compose v1 log.error "ERROR: " (docker/for-win#268, bitnami/bitnami-docker-wordpress#108)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'api-1.21-docker-compose ps',
    text: '$ docker-compose ps\nERROR: client version 1.21 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version',
  },
  {
    source:
      'moby api/server/middleware/version.go "client version %s is too old. Minimum supported API version is %s…", Compose v1 log.error "ERROR: " (docker/for-win#268, bitnami/bitnami-docker-wordpress#108)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'api-1.25-sudo docker-compose ',
    text: '$ sudo docker-compose up -d\nERROR: client version 1.25 is too old. Minimum supported API version is 1.40, please upgrade your client to a newer version',
  },
  {
    source:
      'moby api/server/middleware/version.go "client version %s is too old. Minimum supported API version is %s…", Compose v1 log.error "ERROR: " (docker/for-win#268, bitnami/bitnami-docker-wordpress#108)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'api-1.22-docker-compose -f do',
    text: '$ docker-compose -f docker-compose.prod.yml up --build\nERROR: client version 1.22 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version',
  },
  {
    source:
      'moby api/server/middleware/version.go "client version %s is too old. Minimum supported API version is %s…", Compose v1 log.error "ERROR: " (docker/for-win#268, bitnami/bitnami-docker-wordpress#108)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'api-1.23-docker-compose.exe u',
    text: '$ docker-compose.exe up\nERROR: client version 1.23 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version',
  },
  {
    source:
      'moby api/server/middleware/version.go "client version %s is too old. Minimum supported API version is %s…", Compose v1 log.error "ERROR: " (docker/for-win#268, bitnami/bitnami-docker-wordpress#108)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'api-1.30-docker-compose build',
    text: '$ docker-compose build\nERROR: client version 1.30 is too old. Minimum supported API version is 1.40, please upgrade your client to a newer version',
  },
  {
    source:
      'moby api/server/middleware/version.go "client version %s is too old. Minimum supported API version is %s…", Compose v1 log.error "ERROR: " (docker/for-win#268, bitnami/bitnami-docker-wordpress#108)',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'api-no-cmd-v1-error',
    text: 'ERROR: client version 1.22 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version',
  },
  {
    source:
      'moby api/server/middleware/version.go "client version %s is too old. Minimum supported API version is %s…", Compose v1 log.error "ERROR: " (docker/for-win#268, bitnami/bitnami-docker-wordpress#108)',
    check: 'networks',
    want: ['problem', 'compose-too-old'],
    id: 'api-networks',
    text: 'PS C:\\app> docker-compose up -d\nERROR: client version 1.22 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version',
  },
  {
    source: 'guard: the docker CLI\'s own "Error response from daemon: client version … is too old"',
    check: 'compose',
    want: ['problem', 'client-too-old'],
    id: 'guard-docker-cli-too-old',
    text: '$ docker compose up\nError response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version',
  },
  {
    source: 'guard: the docker CLI\'s own "Error response from daemon: client version … is too old"',
    check: 'install',
    want: ['problem', 'client-too-old'],
    id: 'guard-install-docker-too-old',
    text: '$ docker ps\nError response from daemon: client version 1.40 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version',
  },
  {
    source:
      'docker/compose 1.x compose/config/validation.py format_ports "Invalid port \\"%s\\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]" (prisma/prisma1#1946)',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-port-0.0.0.0:local:local',
    text: '$ docker-compose up -d\nERROR: The Compose file \'./docker-compose.yml\' is invalid because:\nservices.web.ports is invalid: Invalid port "0.0.0.0:local:local", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]',
  },
  {
    source:
      'docker/compose 1.x compose/config/validation.py format_ports "Invalid port \\"%s\\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]" (prisma/prisma1#1946)',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-port-8050:8050:8050',
    text: '$ docker-compose up -d\nERROR: The Compose file \'./docker-compose.yml\' is invalid because:\nservices.web.ports is invalid: Invalid port "8050:8050:8050", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]',
  },
  {
    source:
      'docker/compose 1.x compose/config/validation.py format_ports "Invalid port \\"%s\\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]" (prisma/prisma1#1946)',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-port-${WEB_PORT}:80',
    text: '$ docker-compose up -d\nERROR: The Compose file \'./docker-compose.yml\' is invalid because:\nservices.web.ports is invalid: Invalid port "${WEB_PORT}:80", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]',
  },
  {
    source:
      'docker/compose 1.x compose/config/validation.py format_ports "Invalid port \\"%s\\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]" (prisma/prisma1#1946)',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-port-:80',
    text: '$ docker-compose up -d\nERROR: The Compose file \'./docker-compose.yml\' is invalid because:\nservices.web.ports is invalid: Invalid port ":80", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]',
  },
  {
    source:
      'docker/compose 1.x compose/config/validation.py format_ports "Invalid port \\"%s\\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]" (prisma/prisma1#1946)',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-port-808o:80',
    text: '$ docker-compose up -d\nERROR: The Compose file \'./docker-compose.yml\' is invalid because:\nservices.web.ports is invalid: Invalid port "808o:80", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]',
  },
  {
    source:
      'docker/compose 1.x compose/config/validation.py format_ports "Invalid port \\"%s\\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]" (prisma/prisma1#1946)',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-port-127.0.0.1:abc:80',
    text: '$ docker-compose up -d\nERROR: The Compose file \'./docker-compose.yml\' is invalid because:\nservices.web.ports is invalid: Invalid port "127.0.0.1:abc:80", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]',
  },
  {
    source:
      'docker/compose 1.x compose/config/validation.py format_ports "Invalid port \\"%s\\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]" (prisma/prisma1#1946)',
    check: 'compose',
    want: ['problem', 'invalid-port-spec'],
    id: 'v1-invalid-port-margin',
    text: 'The Compose file\n !    \'C:\\app\\docker-compose.yml\'\n !    is invalid because:\n !    services.db.ports is invalid: Invalid port "0.0.0.0::", should be\n !    [[remote_ip:]remote_port[-remote_port]:]port[/protocol]',
  },
  {
    source:
      'PostgreSQL src/backend/utils/init/miscinit.c (ValidatePgVersion, checkDataDir, CreateLockFile) logged by PID 1 with log_line_prefix "%m [%p] " (prisma/prisma1#3716)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg-incompatible-v2',
    text: 'db-1  | 2024-05-01 10:00:00.123 UTC [1] FATAL:  database files are incompatible with server\ndb-1  | 2024-05-01 10:00:00.123 UTC [1] DETAIL:  The data directory was initialized by PostgreSQL version 15, which is not compatible with this version 16.2 (Debian 16.2-1.pgdg120+2).\ndb-1 exited with code 1',
  },
  {
    source:
      'PostgreSQL src/backend/utils/init/miscinit.c (ValidatePgVersion, checkDataDir, CreateLockFile) logged by PID 1 with log_line_prefix "%m [%p] " (prisma/prisma1#3716)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg-incompatible-nolog-exit',
    text: 'db_1  | 2019-03-01 09:00:00.000 UTC [1] FATAL:  database files are incompatible with server\ndb_1  | 2019-03-01 09:00:00.000 UTC [1] DETAIL:  The data directory was initialized by PostgreSQL version 9.6, which is not compatible with this version 11.2.',
  },
  {
    source:
      'PostgreSQL src/backend/utils/init/miscinit.c (ValidatePgVersion, checkDataDir, CreateLockFile) logged by PID 1 with log_line_prefix "%m [%p] " (prisma/prisma1#3716)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg-ownership-96',
    text: 'postgres_1  | FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership\npostgres_1  | HINT:  The server must be started by the user that owns the data directory.',
  },
  {
    source:
      'PostgreSQL src/backend/utils/init/miscinit.c (ValidatePgVersion, checkDataDir, CreateLockFile) logged by PID 1 with log_line_prefix "%m [%p] " (prisma/prisma1#3716)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg-lockfile',
    text: 'db-1  | 2023-01-01 00:00:00.000 UTC [1] FATAL:  lock file "postmaster.pid" already exists\ndb-1  | 2023-01-01 00:00:00.000 UTC [1] HINT:  Is another postmaster (PID 1) running in data directory "/var/lib/postgresql/data"?',
  },
  {
    source:
      'PostgreSQL src/backend/utils/init/miscinit.c (ValidatePgVersion, checkDataDir, CreateLockFile) logged by PID 1 with log_line_prefix "%m [%p] " (prisma/prisma1#3716)',
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'pg-perms-networks',
    text: 'database-1  | 2024-02-02 12:00:00.000 UTC [1] FATAL:  data directory "/var/lib/postgresql/data/pgdata" has invalid permissions\ndatabase-1  | 2024-02-02 12:00:00.000 UTC [1] DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).',
  },
  {
    source: 'MySQL sql/mysqld.cc unireg_abort "[ERROR] [MY-010119] [Server] Aborting" (5.7 "[ERROR] Aborting")',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'mysql8-aborting',
    text: 'db-1  | 2024-01-01T00:00:00.000000Z 0 [ERROR] [MY-010119] [Server] Aborting\ndb-1 exited with code 1',
  },
  {
    source: 'MySQL sql/mysqld.cc unireg_abort "[ERROR] [MY-010119] [Server] Aborting" (5.7 "[ERROR] Aborting")',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'mysql57-aborting',
    text: 'mysql_1  | 2019-01-01T00:00:00.000000Z 0 [ERROR] Aborting\nmysql_1  |',
  },
  {
    source: 'MongoDB src/mongo/db/db.cpp "exception in initAndListen: …, terminating"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'mongo-initandlisten',
    text: 'mongo_1  | 2019-01-01T00:00:00.000+0000 E STORAGE  [initandlisten] exception in initAndListen: DBPathInUse: Unable to lock the lock file, terminating',
  },
  {
    source: 'Redis src/config.c loadServerConfigFromString "*** FATAL CONFIG FILE ERROR (Redis %s) ***"',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'redis-config',
    text: 'redis-1  | *** FATAL CONFIG FILE ERROR (Redis 7.2.4) ***\nredis-1  | Reading the configuration file, at line 2',
  },
  {
    source: "guard: a backend's FATAL (a client's password refused) is the web service's crash",
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-pg-backend-password',
    text: 'web-1  | psycopg2.OperationalError: connection to server at "db" (172.18.0.2), port 5432 failed: FATAL:  password authentication failed for user "dash"\nweb-1 exited with code 1',
  },
  {
    source:
      'nginx src/core/nginx.c: ngx_init_cycle fails on [emerg] and nginx exits (10up/wp-local-docker-v2#162); CONVENTIONS §2.6 at compose',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'nginx-emerg-proxy-web',
    text: 'proxy  | 2024/01/01 00:00:00 [emerg] 1#1: host not found in upstream "web" in /etc/nginx/conf.d/default.conf:12\nproxy  | nginx: [emerg] host not found in upstream "web" in /etc/nginx/conf.d/default.conf:12',
  },
  {
    source:
      'nginx src/core/nginx.c: ngx_init_cycle fails on [emerg] and nginx exits (10up/wp-local-docker-v2#162); CONVENTIONS §2.6 at compose',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'nginx-emerg-nginx-php',
    text: 'nginx  | 2024/01/01 00:00:00 [emerg] 1#1: host not found in upstream "php" in /etc/nginx/conf.d/default.conf:12\nnginx  | nginx: [emerg] host not found in upstream "php" in /etc/nginx/conf.d/default.conf:12',
  },
  {
    source:
      'nginx src/core/nginx.c: ngx_init_cycle fails on [emerg] and nginx exits (10up/wp-local-docker-v2#162); CONVENTIONS §2.6 at compose',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'nginx-emerg-nginx_1-app',
    text: 'nginx_1  | 2024/01/01 00:00:00 [emerg] 1#1: host not found in upstream "app" in /etc/nginx/conf.d/default.conf:12\nnginx_1  | nginx: [emerg] host not found in upstream "app" in /etc/nginx/conf.d/default.conf:12',
  },
  {
    source:
      'nginx src/core/nginx.c: ngx_init_cycle fails on [emerg] and nginx exits (10up/wp-local-docker-v2#162); CONVENTIONS §2.6 at compose',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'nginx-emerg-bare-memcacheadmin',
    text: '2024/01/01 00:00:00 [emerg] 1#1: host not found in upstream "memcacheadmin" in /etc/nginx/conf.d/default.conf:12\nnginx: [emerg] host not found in upstream "memcacheadmin" in /etc/nginx/conf.d/default.conf:12',
  },
  {
    source: "guard: CONVENTIONS §2.6, nginx's lookup at networks / a runtime [error] lookup",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-nginx-emerg-networks',
    text: 'proxy-1  | 2024/01/01 00:00:00 [emerg] 1#1: host not found in upstream "web" in /etc/nginx/conf.d/default.conf:12',
  },
  {
    source: "guard: CONVENTIONS §2.6, nginx's lookup at networks / a runtime [error] lookup",
    check: 'compose',
    want: ['problem', 'upstream-host-not-found'],
    id: 'guard-nginx-error-lookup-compose',
    text: 'proxy-1  | 2024/01/01 00:00:00 [error] 29#29: *1 web could not be resolved (3: Host not found), client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1"',
  },
  {
    source:
      'libpq fe-connect.c connectFailureMessage "Is the server running on host \\"%s\\" … and accepting" (docker-library/postgres#297)',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'libpq-refused-alone',
    text: 'Connection refused\n    Is the server running on host "db" (172.19.0.2) and accepting\n    TCP/IP connections on port 5432?',
  },
  {
    source: 'guard: v1 refusing the long port syntax under a file version before 3.2 (h22-firefoxsyncserver1) stays compose-file-invalid',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-v1-long-syntax',
    text: "ERROR: The Compose file './docker-compose.yml' is invalid because:\nservices.web.ports is invalid: Invalid port \"{'target': 8050, 'protocol': 'tcp', 'mode': 'host', 'published': 8050}\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]",
  },
];

const portRows: Row[] = [
  {
    source: 'rootless-containers/rootlesskit pkg/port/slirp4netns "cannot expose slirp4net port" (gitpod-io/gitpod#2410)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'slirp-v1-compose',
    text: '$ docker-compose up\nCreating app_web_1 ... error\n\nERROR: for app_web_1  Cannot start service web: driver failed programming external connectivity on endpoint app_web_1 (3f0c): Error starting userland proxy: cannot expose slirp4net port: error reply: map[desc:bad request: add_hostfwd: slirp_add_hostfwd failed]\nERROR: Encountered errors while bringing up the project.',
  },
  {
    source: 'rootless-containers/rootlesskit pkg/port/slirp4netns "cannot expose slirp4net port" (gitpod-io/gitpod#2410)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'slirp-run-compose',
    text: '$ docker run -d -p 443:443 nginx\n4b1c2d3e4f5a\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint quirky_hopper (4b1c): Error starting userland proxy: cannot expose slirp4net port: error reply: map[desc:bad request: add_hostfwd: slirp_add_hostfwd failed].',
  },
  {
    source:
      'rootless-containers/rootlesskit pkg/port/builtin "cannot expose privileged port %d, you can add \'net.ipv4.ip_unprivileged_port_start=%d\'…" (docker/docs rootless troubleshoot)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'builtin-priv-80-compose',
    text: "$ docker run -d -p 80:80 nginx\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint web (abc): Error starting userland proxy: error while calling PortManager.AddPort(): cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), or set CAP_NET_BIND_SERVICE on rootlesskit binary, or choose a larger port number (>= 1024): listen tcp4 0.0.0.0:80: bind: permission denied.",
  },
  {
    source:
      'rootless-containers/rootlesskit pkg/port/builtin "cannot expose privileged port %d, you can add \'net.ipv4.ip_unprivileged_port_start=%d\'…" (docker/docs rootless troubleshoot)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'builtin-priv-443-v2-compose',
    text: "$ docker compose up -d\n ✘ Container app-proxy-1  Error\nError response from daemon: driver failed programming external connectivity on endpoint app-proxy-1 (9f1e): error while calling RootlessKit PortManager.AddPort(): cannot expose privileged port 443, you can add 'net.ipv4.ip_unprivileged_port_start=443' to /etc/sysctl.conf (currently 1024), or set CAP_NET_BIND_SERVICE on rootlesskit binary, or choose a larger port number (>= 1024): listen tcp4 0.0.0.0:443: bind: permission denied",
  },
  {
    source: 'containers/podman pkg/rootlessport "rootlessport …" (the same RootlessKit port driver)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'podman-rootlessport-compose',
    text: "$ podman-compose up -d\nError: rootlessport cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), or choose a larger port number (>= 1024): listen tcp 0.0.0.0:80: bind: permission denied",
  },
  {
    source: 'containers/podman pkg/rootlessport "rootlessport …" (the same RootlessKit port driver)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'podman-rootlessport-inuse-compose',
    text: 'Error: rootlessport listen tcp 0.0.0.0:8050: bind: address already in use',
  },
  {
    source: 'rootlesskit builtin driver: its listen refused, address already in use',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'rootlesskit-inuse-compose',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (1a2b): Error starting userland proxy: error while calling PortManager.AddPort(): listen tcp4 0.0.0.0:8050: bind: address already in use.',
  },
  {
    source: 'vpnkit (Docker for Mac/Windows 2016-2019) "Bind for %s:%d: unexpected error %s"',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'vpnkit-eaddrinuse-compose',
    text: 'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint app_web_1 (d1): Error starting userland proxy: Bind for 0.0.0.0:8050: unexpected error (Failure EADDRINUSE)',
  },
  {
    source: 'vpnkit (Docker for Mac/Windows 2016-2019) "Bind for %s:%d: unexpected error %s"',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'vpnkit-eacces-compose',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (a1): Error starting userland proxy: Bind for 0.0.0.0:80: unexpected error Permission denied.',
  },
  {
    source: 'moby docker-proxy (userland proxy) listen error',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'docker-proxy-inuse-compose',
    text: 'Error response from daemon: driver failed programming external connectivity on endpoint dash-app (e3): Error starting userland proxy: listen tcp4 0.0.0.0:8050: bind: address already in use',
  },
  {
    source: 'Docker Desktop "Ports are not available: exposing port TCP …" with Windows WSAEACCES',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'desktop-forbidden-compose',
    text: 'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
  },
  {
    source: 'moby libnetwork portallocator ErrPortAlreadyAllocated',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'allocated-compose',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (f2): Bind for 0.0.0.0:8050 failed: port is already allocated.',
  },
  {
    source: 'vpnkit /forwards/expose/port returned unexpected status: 500 (docker/for-win#573)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'vpnkit-500-compose',
    text: 'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint app_web_1 (c9): Error starting userland proxy: /forwards/expose/port returned unexpected status: 500',
  },
  {
    source: "guard: CONVENTIONS §2.4 (cw58) vpnkit's port filesystem stuck, docker/compose#6505",
    check: 'compose',
    want: ['problem', 'engine-not-ready'],
    id: 'guard-vpnkit-io-compose',
    text: 'ERROR: for db  Cannot start service db: driver failed programming external connectivity on endpoint app_db_1 (77): Error starting userland proxy: mkdir /port/tcp:0.0.0.0:3306:tcp:172.18.0.2:3306: input/output error',
  },
  {
    source: 'rootless-containers/rootlesskit pkg/port/slirp4netns "cannot expose slirp4net port" (gitpod-io/gitpod#2410)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'slirp-v1-reach:port-free',
    text: '$ docker-compose up\nCreating app_web_1 ... error\n\nERROR: for app_web_1  Cannot start service web: driver failed programming external connectivity on endpoint app_web_1 (3f0c): Error starting userland proxy: cannot expose slirp4net port: error reply: map[desc:bad request: add_hostfwd: slirp_add_hostfwd failed]\nERROR: Encountered errors while bringing up the project.',
  },
  {
    source: 'rootless-containers/rootlesskit pkg/port/slirp4netns "cannot expose slirp4net port" (gitpod-io/gitpod#2410)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'slirp-run-reach:port-free',
    text: '$ docker run -d -p 443:443 nginx\n4b1c2d3e4f5a\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint quirky_hopper (4b1c): Error starting userland proxy: cannot expose slirp4net port: error reply: map[desc:bad request: add_hostfwd: slirp_add_hostfwd failed].',
  },
  {
    source:
      'rootless-containers/rootlesskit pkg/port/builtin "cannot expose privileged port %d, you can add \'net.ipv4.ip_unprivileged_port_start=%d\'…" (docker/docs rootless troubleshoot)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'builtin-priv-80-reach:port-free',
    text: "$ docker run -d -p 80:80 nginx\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint web (abc): Error starting userland proxy: error while calling PortManager.AddPort(): cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), or set CAP_NET_BIND_SERVICE on rootlesskit binary, or choose a larger port number (>= 1024): listen tcp4 0.0.0.0:80: bind: permission denied.",
  },
  {
    source:
      'rootless-containers/rootlesskit pkg/port/builtin "cannot expose privileged port %d, you can add \'net.ipv4.ip_unprivileged_port_start=%d\'…" (docker/docs rootless troubleshoot)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'builtin-priv-443-v2-reach:port-free',
    text: "$ docker compose up -d\n ✘ Container app-proxy-1  Error\nError response from daemon: driver failed programming external connectivity on endpoint app-proxy-1 (9f1e): error while calling RootlessKit PortManager.AddPort(): cannot expose privileged port 443, you can add 'net.ipv4.ip_unprivileged_port_start=443' to /etc/sysctl.conf (currently 1024), or set CAP_NET_BIND_SERVICE on rootlesskit binary, or choose a larger port number (>= 1024): listen tcp4 0.0.0.0:443: bind: permission denied",
  },
  {
    source: 'containers/podman pkg/rootlessport "rootlessport …" (the same RootlessKit port driver)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'podman-rootlessport-reach:port-free',
    text: "$ podman-compose up -d\nError: rootlessport cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), or choose a larger port number (>= 1024): listen tcp 0.0.0.0:80: bind: permission denied",
  },
  {
    source: 'containers/podman pkg/rootlessport "rootlessport …" (the same RootlessKit port driver)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'podman-rootlessport-inuse-reach:port-free',
    text: 'Error: rootlessport listen tcp 0.0.0.0:8050: bind: address already in use',
  },
  {
    source: 'rootlesskit builtin driver: its listen refused, address already in use',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'rootlesskit-inuse-reach:port-free',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (1a2b): Error starting userland proxy: error while calling PortManager.AddPort(): listen tcp4 0.0.0.0:8050: bind: address already in use.',
  },
  {
    source: 'vpnkit (Docker for Mac/Windows 2016-2019) "Bind for %s:%d: unexpected error %s"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'vpnkit-eaddrinuse-reach:port-free',
    text: 'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint app_web_1 (d1): Error starting userland proxy: Bind for 0.0.0.0:8050: unexpected error (Failure EADDRINUSE)',
  },
  {
    source: 'vpnkit (Docker for Mac/Windows 2016-2019) "Bind for %s:%d: unexpected error %s"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'vpnkit-eacces-reach:port-free',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (a1): Error starting userland proxy: Bind for 0.0.0.0:80: unexpected error Permission denied.',
  },
  {
    source: 'moby docker-proxy (userland proxy) listen error',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'docker-proxy-inuse-reach:port-free',
    text: 'Error response from daemon: driver failed programming external connectivity on endpoint dash-app (e3): Error starting userland proxy: listen tcp4 0.0.0.0:8050: bind: address already in use',
  },
  {
    source: 'Docker Desktop "Ports are not available: exposing port TCP …" with Windows WSAEACCES',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'desktop-forbidden-reach:port-free',
    text: 'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
  },
  {
    source: 'moby libnetwork portallocator ErrPortAlreadyAllocated',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'allocated-reach:port-free',
    text: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (f2): Bind for 0.0.0.0:8050 failed: port is already allocated.',
  },
  {
    source: 'vpnkit /forwards/expose/port returned unexpected status: 500 (docker/for-win#573)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'vpnkit-500-reach:port-free',
    text: 'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint app_web_1 (c9): Error starting userland proxy: /forwards/expose/port returned unexpected status: 500',
  },
  {
    source: "guard: CONVENTIONS §2.4 (cw58) vpnkit's port filesystem stuck, docker/compose#6505",
    check: 'reach:port-free',
    want: ['problem', 'engine-not-ready'],
    id: 'guard-vpnkit-io-reach:port-free',
    text: 'ERROR: for db  Cannot start service db: driver failed programming external connectivity on endpoint app_db_1 (77): Error starting userland proxy: mkdir /port/tcp:0.0.0.0:3306:tcp:172.18.0.2:3306: input/output error',
  },
  {
    source: 'rootless-containers/rootlesskit pkg/port/slirp4netns "cannot expose slirp4net port" (gitpod-io/gitpod#2410)',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'slirp-run-run',
    text: '$ docker run -d --name dash-app -p 80:8050 e4l-python-graph\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint dash-app (4b1c): Error starting userland proxy: cannot expose slirp4net port: error reply: map[desc:bad request: add_hostfwd: slirp_add_hostfwd failed].',
  },
];

const families: [string, Row[]][] = [
  ['install: what proves the daemon answers or not', installRows],
  ["compose's own errors and a service's start failure, every version", composeRows],
  ["a host port refused to Docker, in every driver's words", portRows],
];

describe.each(families)('cw63 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
