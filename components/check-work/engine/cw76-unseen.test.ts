/*
 * cw76: hello-world's process refused by the kernel when runc executes it, at lesson 3 (step-install.ts): runc's
 * libcontainer/standard_init_linux.go `exec user process caused "permission denied"` (before 1.0; `caused: permission denied` in
 * 1.0; runc 1.1+ `exec /hello: permission denied`) and `operation not permitted` (an old libseccomp on Raspberry Pi OS Buster).
 * holdout63's first run had one false ok of this class (docker-library/hello-world#19: the error, then docker info's Server
 * Version 1.12.0-rc5, read as "Docker works"). The daemon answered and still runs no container: Docker is not ready for the
 * lessons. The other steps already read these lines as the container's crash (rows kept as guards). 5 of 12 rows were false oks
 * or unread before.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

const info =
  'Containers: 9\n Running: 1\n Paused: 0\n Stopped: 8\nImages: 3\nServer Version: 1.12.0-rc5\nStorage Driver: overlay\nKernel Version: 4.1.12\nOperating System: Oracle Linux Server 7.0';
const version =
  'Client:\n Version:           20.10.7\n API version:       1.41\n\nServer:\n Engine:\n  Version:          20.10.7\n  API version:      1.41 (minimum version 1.12)';

const rows: [Check, string, string, string, string][] = [
  [
    'install',
    'runc-old-quoted-info',
    'problem',
    'container-exited',
    `# docker run hello-world\nstandard_init_linux.go:175: exec user process caused "permission denied"\n# docker info\n${info}`,
  ],
  [
    'install',
    'runc-10-colon',
    'problem',
    'container-exited',
    `$ docker run hello-world\nstandard_init_linux.go:228: exec user process caused: permission denied\n$ docker version\n${version}`,
  ],
  [
    'install',
    'runc-11-exec',
    'problem',
    'container-exited',
    `$ docker run hello-world\nexec /hello: permission denied\n$ docker version\n${version}`,
  ],
  [
    'install',
    'pi-seccomp',
    'problem',
    'container-exited',
    `pi@raspberrypi:~ $ docker run hello-world\nstandard_init_linux.go:211: exec user process caused "operation not permitted"\npi@raspberrypi:~ $ docker version\n${version}`,
  ],
  [
    'install',
    'alone-quoted',
    'problem',
    'container-exited',
    '$ docker run hello-world\nstandard_init_linux.go:190: exec user process caused "permission denied"',
  ],
  [
    'run',
    'entrypoint-not-executable',
    'problem',
    'container-exited',
    '$ docker run --rm --name dash-app -p 8050:8050 e4l-python-graph\nexec /app/start.sh: permission denied',
  ],
  [
    'run',
    'entrypoint-old-runc',
    'problem',
    'container-exited',
    '$ docker run --rm --name dash-app -p 8050:8050 e4l-python-graph\nstandard_init_linux.go:228: exec user process caused: permission denied',
  ],
  [
    'reach:running',
    'ps-then-logs',
    'problem',
    'container-exited',
    '$ docker ps -a\nCONTAINER ID   IMAGE              COMMAND          CREATED          STATUS                      PORTS     NAMES\n3f2a9c1d0b7e   e4l-python-graph   "/app/start.sh"   10 seconds ago   Exited (126) 9 seconds ago             dash-app\n$ docker logs dash-app\nexec /app/start.sh: permission denied',
  ],
  [
    'compose',
    'compose-v2',
    'problem',
    'compose-service-not-running',
    '$ docker compose up\n[+] Running 3/3\n ✔ Container dash-app-db-1     Created\n ✔ Container dash-app-web-1    Created\nAttaching to db-1, web-1\nweb-1  | exec /app/start.sh: permission denied\nweb-1 exited with code 126',
  ],
  [
    'install',
    'guard-socket',
    'problem',
    'permission-denied',
    '$ docker version\nClient:\n Version:           27.3.1\n API version:       1.47\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/version": dial unix /var/run/docker.sock: connect: permission denied',
  ],
  [
    'install',
    'guard-ok',
    'ok',
    'healthy',
    `$ docker run hello-world\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n$ docker version\n${version}`,
  ],
  [
    'reach:running',
    'guard-exec-into-running',
    'ok',
    'healthy',
    '$ docker exec -it dash-app /bin/bash\nOCI runtime exec failed: exec failed: unable to start container process: exec: "/bin/bash": permission denied: unknown\n$ docker ps\nCONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS                    NAMES\n3f2a9c1d0b7e   e4l-python-graph   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app',
  ],
];

describe('cw76: runc refused to execute the container’s program', () => {
  it.each(rows)('%s %s', async (where, _id, kind, id, text) => {
    expect(await check(where, text)).toMatchObject({ kind, id });
  });
});
