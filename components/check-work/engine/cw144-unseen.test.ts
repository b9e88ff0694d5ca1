/*
 * cw144 (stop 49): an ok only from positive evidence. Each row is a short paste on a real program's format (`source` names it), never
 * a corpus or holdout paste: incomplete or failing shapes that no guard before named, which the gate refuses (reach-gate.ts:
 * port-free's whole listing, its command, the setup's failures; listening's printed start line; step-install.ts: the daemon's error
 * that stands), and rows whose id starts "guard": whole outputs whose ok must stay.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const rows: Row[] = [
  {
    source:
      "a guide's docker ps with its IDs shortened by hand (`3f1c2a…`): docker/cli cuts an ID to 12 digits without a mark (stringid.TruncateID)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ids-shortened-by-hand',
    text: '$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n3f1c2a…        nginx:1.25     "/docker-entrypoint.…"   2 minutes ago    Up 2 minutes               0.0.0.0:8080->80/tcp                        web\n9a8b7c…        postgres:16    "docker-entrypoint.s…"   3 hours ago      Up 3 hours                 5432/tcp                                    db\n',
  },
  {
    source: "a console that wrapped the last row's name at its width (Windows' conhost): the row's rest, one word, right under it",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'name-wrapped-rest',
    text: '$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n9a8b7c6d5e4f   postgres:16    "docker-entrypoint.s…"   3 hours ago      Up 3 hours                 0.0.0.0:5432->5432/tcp                      my-postgre\ns\n',
  },
  {
    source: "Docker 0.x's header without NAMES (gist shamrin/6905324's `ID IMAGE COMMAND CREATED STATUS PORTS`)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'docker-0x-no-names',
    text: '$ docker ps\nID                  IMAGE               COMMAND             CREATED             STATUS              PORTS\n5e6f7a8b9c0d        ubuntu:12.04        /bin/bash           2 minutes ago       Up 2 minutes        49153->22\n',
  },
  {
    source: "PowerShell's Select-Object -First (Microsoft.PowerShell.Utility) after docker ps: the first rows only",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'pwsh-select-first',
    text: 'PS C:\\> docker ps | Select-Object -First 2\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n9a8b7c6d5e4f   postgres:16    "docker-entrypoint.s…"   3 hours ago      Up 3 hours                 0.0.0.0:5432->5432/tcp                      db\n',
  },
  {
    source: "docker/cli's `docker ps` piped through awk (a notes' way to drop the COMMAND column): another program's lines",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'awk-pipe',
    text: '$ docker ps | awk \'NR<3\'\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n9a8b7c6d5e4f   postgres:16    "docker-entrypoint.s…"   3 hours ago      Up 3 hours                 0.0.0.0:5432->5432/tcp                      db\n',
  },
  {
    source:
      "moby's State.String `Restarting (%d) %s ago` in docker ps -a: a container of the learner's own in a restart loop beside one running",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'own-restarting',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n1b2c3d4e5f6a   myapi:latest   "python main.py"         2 minutes ago    Restarting (1) 8 seconds ago                                          api\n7d8e9f0a1b2c   nginx:1.25     "/docker-entrypoint.…"   3 hours ago      Up 3 hours                 0.0.0.0:80->80/tcp                          proxy\n',
  },
  {
    source:
      "docker ps -a after a setup's start: a container of its own `Exited (1)` since the running one started, names and CREATED unlike",
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'own-exited-since',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n1b2c3d4e5f6a   worker:dev     "celery -A app worker"   4 minutes ago    Exited (1) 3 minutes ago                                              queue-worker\n7d8e9f0a1b2c   myweb:dev      "gunicorn app:app"       6 minutes ago    Up 6 minutes               0.0.0.0:5000->5000/tcp                      frontend\n',
  },
  {
    source:
      'Dash\'s own start line as its source writes it (dash.py run: `self.logger.info("Dash is running on %s://%s%s%s\\n", …)`), an app file\'s print of it pasted',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'print-in-source',
    text: 'app.py:\nif __name__ == "__main__":\n    print("Dash is running on http://0.0.0.0:8050/")\n    app.run(host="0.0.0.0", port=8050)\n',
  },
  {
    source: "a Dockerfile's CMD that echoes the start line before the app starts (docker/docs' shell-form CMD)",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'echo-in-cmd',
    text: 'CMD echo "Dash is running on http://0.0.0.0:8050/" && python app.py\n',
  },
  {
    source:
      "docker/for-mac's `error while creating mount source path` under `docker run` (moby daemon/volumes.go), then docker version's Server part",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'daemon-error-mount',
    text: "$ docker run -v /Users/me/data:/data hello-world\ndocker: Error response from daemon: error while creating mount source path '/host_mnt/Users/me/data': mkdir /host_mnt/Users/me/data: file exists.\n$ docker version\nClient:\n Version:           24.0.6\n API version:       1.43\n OS/Arch:           darwin/arm64\n\nServer: Docker Desktop 4.24.2 (124339)\n Engine:\n  Version:          24.0.6\n  API version:      1.43 (minimum version 1.12)\n  OS/Arch:          linux/arm64\n",
  },
  {
    source: "docker/cli's default docker ps table, empty (its header only)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-empty',
    text: '$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n',
  },
  {
    source: "docker/cli's default docker ps table, two rows at other ports",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-two-rows',
    text: '$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n9a8b7c6d5e4f   postgres:16    "docker-entrypoint.s…"   3 hours ago      Up 3 hours                 0.0.0.0:5432->5432/tcp                      db\n7d8e9f0a1b2c   nginx:1.25     "/docker-entrypoint.…"   3 hours ago      Up 3 hours                 0.0.0.0:80->80/tcp, :::80->80/tcp           proxy\n',
  },
  {
    source: "docker ps -a: a container of the learner's own that exited weeks before the running one started (a past try)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-exited-long-ago',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n1b2c3d4e5f6a   worker:dev     "celery -A app worker"   3 weeks ago      Exited (1) 3 weeks ago                                                queue-worker\n7d8e9f0a1b2c   myweb:dev      "gunicorn app:app"       6 minutes ago    Up 6 minutes               0.0.0.0:5000->5000/tcp                      frontend\n',
  },
  {
    source: "docker ps -a: Docker's random names (moby namesgenerator) exited with an error beside one running",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-random-names',
    text: '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS                                       NAMES\n1b2c3d4e5f6a   ubuntu:22.04   "bash"                   30 seconds ago   Exited (1) 20 seconds ago                                             eager_hopper\n7d8e9f0a1b2c   nginx:1.25     "/docker-entrypoint.…"   6 minutes ago    Up 6 minutes               0.0.0.0:80->80/tcp                          web\n',
  },
  {
    source: "docker ps --format with a table of names, status and ports (docker/cli formatter's header)",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-template',
    text: '$ docker ps --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"\nNAMES     STATUS         PORTS\nweb       Up 2 minutes   0.0.0.0:80->80/tcp\ndb        Up 2 minutes   5432/tcp\n',
  },
  {
    source: "the lesson's own question, `docker ps --filter publish=8050`, empty",
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-filter-publish',
    text: '$ docker ps --filter publish=8050\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
  },
  {
    source: 'docker ps -s (docker/cli container.go Size: `2B (virtual 187MB)`), its SIZE column last',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-size',
    text: '$ docker ps -s\nCONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                NAMES     SIZE\n7d8e9f0a1b2c   nginx:1.25     "/docker-entrypoint.…"   3 hours ago     Up 3 hours     0.0.0.0:80->80/tcp   web       2B (virtual 187MB)\n',
  },
  {
    source:
      "gunicorn's start line (glogging.py `%(asctime)s [%(process)d] [%(levelname)s]`, arbiter.py `Listening at: %s (%s)`) under docker logs",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-gunicorn',
    text: '$ docker logs dash-app\n[2024-05-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 22.0.0\n[2024-05-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8050 (1)\n',
  },
  {
    source: "Dash's start line behind Compose v2's log prefix (docker/compose cmd/formatter/logs.go)",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-compose-prefix',
    text: "$ docker compose logs web\nweb-1  | Dash is running on http://0.0.0.0:8050/\nweb-1  | \nweb-1  |  * Serving Flask app 'app'\n",
  },
  {
    source: "Python logging's default format before Werkzeug's line (`INFO:werkzeug: * Running on …`)",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-python-logging',
    text: '$ docker logs dash-app\nINFO:werkzeug:WARNING: This is a development server. Do not use it in a production deployment.\nINFO:werkzeug: * Running on all addresses (0.0.0.0)\nINFO:werkzeug: * Running on http://127.0.0.1:8050\nINFO:werkzeug: * Running on http://172.17.0.2:8050\n',
  },
  {
    source: 'hello-world refused by the daemon, then the same run again greeting (CONVENTIONS §2.0: the later try stands)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-retry-worked',
    text: "$ docker run hello-world\ndocker: Error response from daemon: error while creating mount source path '/x': file exists.\n$ docker run hello-world\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n",
  },
  {
    source: "moby#18424: docker inspect's lookup refused (`No such container`), then docker version's Server part",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-lookup-beside',
    text: '$ docker inspect abc\nError response from daemon: No such container: abc\n$ docker version\nClient:\n Version:      1.9.1\n API version:  1.21\n\nServer:\n Version:      1.9.1\n API version:  1.21\n',
  },
];

describe('cw144: an ok only from positive evidence', () => {
  it.each(rows)('$id ($check): $source', async ({ check: c, text, want }) => {
    const d = await check(c, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
