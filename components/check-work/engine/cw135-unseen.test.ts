/*
 * cw135 (stop 47): the reach fallback's leftovers (reach-fallback.ts). The step's question asked once more of facts a reader now
 * keeps: `docker logs` of any container ending in its program's stop after a failure, a client's answer at a container's own address
 * or typed after a prompt the segmenter did not split at, Windows' WSAEACCES in asyncio's lower-cased words. Each row is a short paste
 * built on a real program's or writer's format (`source` names it), never a holdout paste. Rows whose id starts "guard" must keep
 * their answer: a graceful stop, an error the program goes on after, a comment, Linux's errno 13, a container shown running.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const id64 = '4f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4';

const logRows: Row[] = [
  {
    source: 'nginx src/core/ngx_conf_file.c: `[emerg] open() "…" failed (2: No such file or directory)` after `-c` a missing file',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'nginx-emerg-detached-logs',
    text: `$ docker run -d --name web -p 8080:80 nginx:alpine nginx -c /etc/nginx/missing.conf\n${id64}\n$ docker logs web\nnginx: [emerg] open() "/etc/nginx/missing.conf" failed (2: No such file or directory)\n`,
  },
  {
    source: 'gunicorn arbiter.py: `Worker (pid:N) exited with code 3`, `Shutting down: Master`, `Reason: Worker failed to boot.`',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'gunicorn-worker-failed-to-boot',
    text: [
      '$ docker logs api',
      '[2024-05-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0',
      '[2024-05-01 10:00:00 +0000] [7] [ERROR] Exception in worker process',
      '[2024-05-01 10:00:01 +0000] [7] [INFO] Worker exiting (pid: 7)',
      '[2024-05-01 10:00:01 +0000] [1] [ERROR] Worker (pid:7) exited with code 3',
      '[2024-05-01 10:00:01 +0000] [1] [INFO] Shutting down: Master',
      '[2024-05-01 10:00:01 +0000] [1] [INFO] Reason: Worker failed to boot.',
    ].join('\n'),
  },
  {
    source: "MariaDB sql/mysqld.cc: `[ERROR] Can't open and lock privilege tables`, then `[ERROR] Aborting`",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'mariadb-aborting',
    text: "$ docker logs db\n2024-05-01 10:00:00 0 [Note] Starting MariaDB 10.11.7 source revision as process 1\n2024-05-01 10:00:00 0 [ERROR] Can't open and lock privilege tables: Table 'mysql.user' doesn't exist\n2024-05-01 10:00:00 0 [ERROR] Aborting\n",
  },
  {
    source: "Redis src/config.c loadServerConfig: `Fatal error, can't open config file '%s': %s`",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'redis-fatal-config',
    text: "$ docker logs cache\n1:C 01 May 2024 10:00:00.000 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n1:C 01 May 2024 10:00:00.000 # Fatal error, can't open config file '/usr/local/etc/redis/redis.conf': No such file or directory\n",
  },
  {
    source: 'PostgreSQL src/backend/utils/init/miscinit.c: `FATAL:  data directory "…" has wrong ownership` and its HINT',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'postgres-fatal-ownership',
    text: '$ docker logs pg\n2024-05-01 10:00:00.000 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership\n2024-05-01 10:00:00.000 UTC [1] HINT:  The server must be started by the user that owns the data directory.\n',
  },
  {
    source:
      "CPython's traceback (`Traceback (most recent call last):` … `ModuleNotFoundError: No module named 'dash'`) in docker logs of an ID",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'python-traceback-logs-id',
    text: '$ docker logs 3f2a1b0c9d8e\nTraceback (most recent call last):\n  File "/app/app.py", line 1, in <module>\n    import dash\nModuleNotFoundError: No module named \'dash\'\n',
  },
  {
    source: "Go runtime's `panic: runtime error: invalid memory address or nil pointer dereference` and its goroutine dump",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'go-panic-logs',
    text: '$ docker logs worker\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:12 +0x1d\n',
  },
  {
    source: "a wait-for-db entrypoint (vishnubob/wait-for-it's style): `Database not reachable after 30 attempts.`, then `Giving up.`",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'entrypoint-wait-db-giving-up',
    text: '$ docker logs app\nWaiting for database to be ready...\nDatabase not reachable after 30 attempts.\nGiving up.\n',
  },
];

const clientRows: Row[] = [
  {
    source: "Express' hello world (`Hello World!`) by curl at the container's bridge address (docker network inspect bridge's 172.17.0.3)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-bridge-address-express',
    text: '$ docker run -d -p 8080:3000 myexpress\n9a8b7c6d5e4f30211f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a\n$ curl http://172.17.0.3:3000\nHello World!\n',
  },
  {
    source: "BusyBox wget -qO- (networking/wget.c) of nginx's welcome page at a user network's 172.18.0.2",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'wget-bridge-address-nginx',
    text: `$ docker run -d --name web -p 8081:80 nginx\n${id64}\n$ wget -qO- http://172.18.0.2:80\n<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n`,
  },
  {
    source: "fish's default prompt (`me@box ~/app>`), Flask's quickstart `Hello, World!` through -p 5000:5000",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'fish-prompt-curl-flask',
    text: `me@box ~/app> docker run -d -p 5000:5000 flask-hello\n${id64}\nme@box ~/app> curl localhost:5000\nHello, World!\n`,
  },
  {
    source: "git-prompt.sh's `__git_ps1` prompt (`~/web (main)$`), a Node hello server's body through -p 3000:3000",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'git-prompt-curl-node',
    text: `~/web (main)$ sudo docker run -d -p 3000:3000 node-hello\n${id64}\n~/web (main)$ curl localhost:3000\nHello from Node\n`,
  },
];

const bindRows: Row[] = [
  {
    source:
      'uvicorn under CPython 3.12 asyncio base_events.py (`str(err).lower()`): `[winerror 10013] an attempt was made to access a socket`',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'uvicorn-winerror-10013-lower',
    text: "ERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 8000): [winerror 10013] an attempt was made to access a socket in a way forbidden by its access permissions\n",
  },
  {
    source: "Gradio's uvicorn on IPv6 (asyncio's 4-tuple `('::', 7860, 0, 0)`), the same lower-cased WSAEACCES",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'gradio-ipv6-winerror-10013-lower',
    text: "INFO:     Started server process [4242]\nERROR:    [errno 13] error while attempting to bind on address ('::', 7860, 0, 0): [winerror 10013] an attempt was made to access a socket in a way forbidden by its access permissions\n",
  },
];

const guardRows: Row[] = [
  {
    source: "uvicorn on Linux below 1024 (`[errno 13] permission denied`): a user's privilege, not a port held",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-linux-errno-13-port-80',
    text: "ERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 80): [errno 13] permission denied\n",
  },
  {
    source: 'gunicorn arbiter.py on `docker stop` (`Handling signal: term`, `Shutting down: Master`): a stop by hand, no failure',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-gunicorn-graceful-stop',
    text: '$ docker logs api\n[2024-05-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)\n[2024-05-01 11:00:00 +0000] [1] [INFO] Handling signal: term\n[2024-05-01 11:00:00 +0000] [7] [INFO] Worker exiting (pid: 7)\n[2024-05-01 11:00:01 +0000] [1] [INFO] Shutting down: Master\n',
  },
  {
    source:
      'an error line the program goes on after (a warning that `could not read` an optional file, then `Ready to accept connections`)',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-error-then-ready',
    text: '$ docker logs app\nWARN could not read optional config /etc/app/extra.yml, using defaults\nLoaded 12 routes\nReady to accept connections\n',
  },
  {
    source: "a README's commented client (`# curl localhost:3000`) and its expected words: no client typed, no answer",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-commented-curl',
    text: `$ docker run -d -p 3000:3000 node-hello\n${id64}\n# curl localhost:3000\nshould print Hello from Node\n`,
  },
  {
    source: 'docker/cli ps of a container shown Up beside its logs that end shutting a worker down: the listing answers',
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'guard-running-beside-logs',
    text: '$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS   PORTS   NAMES\n3f2a1b0c9d8e   myapp   "python app.py"   2 minutes ago   Up 2 minutes      myapp\n$ docker logs myapp\nERROR: cache unreachable, retrying\nShutting down worker 3\n',
  },
];

const families: [string, Row[]][] = [
  ["docker logs ending in the program's stop after a failure", logRows],
  ["a client's answer at a container's address or after a prompt", clientRows],
  ["Windows' WSAEACCES in asyncio's lower-cased words", bindRows],
  ['guards: unreadable stays, answers stay', guardRows],
];

describe.each(families)('cw135 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
