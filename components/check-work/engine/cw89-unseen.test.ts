/*
 * cw89: holdout75–76's misses of "Does the app listen on 0.0.0.0?" where the app's own log tells a crash or where it listens, each by
 * its class (README "holdout75–76: the app's start and listening (crashes told by logs) (cw89)").
 * - **A log line read as JSON**: Elasticsearch's `ERROR: [1] bootstrap checks failed` (a level, a colon, a bracketed count: a bare key and
 *   its list to json.ts) and its `[1]: max virtual memory areas …` (a bracketed count starting the line): words follow the value on the
 *   same line, so it is text, and the bootstrap failure is read as the crash it is (SonarQube's, Elasticsearch's own).
 * - **A bind refused in a server's own words with the errno's number**: Apache's `(13)Permission denied: AH00072: make_sock: could not
 *   bind to address`, CherryPy's and cheroot's `No socket could be created -- ((…): [Errno 99] …)`, uvicorn's `[Errno 13] … permission
 *   denied`: the server never listens (not an address in use, the port's answer).
 * - **A program a signal killed**: supervisord's `exited: x (terminated by SIGSEGV; not expected)` twice, QEMU's `qemu: uncaught target
 *   signal 11 (Segmentation fault) - core dumped`.
 * - **A Python traceback cut above its header**: its frame lines `  File "…", line N, in f` (Compose's prefix or not).
 * - **A start line naming a long app** (`Starting Unraid Config Guardian Web GUI on http://0.0.0.0:7842`): up to six words.
 * - **The app's configuration told to hold loopback** ("uses 127.0.0.1 in the flask configuration").
 * Each row is a variation (never the holdout paste); `source` names where its words come from. Rows whose id starts "guard" hold an
 * answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };
const L: Check = 'reach:listening';
const crashed: [string, string] = ['problem', 'container-exited'];

const jsonRows: Row[] = [
  {
    source: 'elastic/elasticsearch 6.x BootstrapChecks.check: "[" + errors.size() + "] bootstrap checks failed", then "[%d]: %s" per check',
    check: L,
    want: crashed,
    id: 'es6-two-checks',
    text: `$ docker logs es01
[2019-03-01T10:00:00,001][INFO ][o.e.n.Node               ] [es01] starting ...
ERROR: [2] bootstrap checks failed
[1]: max file descriptors [4096] for elasticsearch process is too low, increase to at least [65536]
[2]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]
[2019-03-01T10:00:02,114][INFO ][o.e.n.Node               ] [es01] stopping ...`,
  },
  {
    source:
      'elastic/elasticsearch 7.x BootstrapChecks ("bootstrap check failure [%d] of [%d]: …") and ERROR: Elasticsearch did not exit normally',
    check: L,
    want: crashed,
    id: 'es7-failure-of',
    text: `$ sudo docker logs elasticsearch
ERROR: [1] bootstrap checks failed. You must address the points described in the following [1] lines before starting Elasticsearch.
bootstrap check failure [1] of [1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]
ERROR: Elasticsearch did not exit normally - check the logs at /usr/share/elasticsearch/logs/docker-cluster.log`,
  },
  {
    source:
      'SonarQube 8 official image, docker logs (o.s.a.p.AbstractManagedProcess "Process exited with exit value [%s]: %d", SchedulerImpl)',
    check: L,
    want: crashed,
    id: 'sonarqube8-docker-logs',
    text: `$ docker logs sonarqube
2021.06.01 10:00:00 INFO  app[][o.s.a.SchedulerImpl] Waiting for Elasticsearch to be up and running
ERROR: [1] bootstrap checks failed
[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]
2021.06.01 10:00:05 WARN  app[][o.s.a.p.AbstractManagedProcess] Process exited with exit value [es]: 78
2021.06.01 10:00:05 INFO  app[][o.s.a.SchedulerImpl] SonarQube is stopped`,
  },
  {
    source: 'the same log read inside the container (docker exec -it sonarqube bash, then less; bitnami/sonarqube logs/sonar.log)',
    check: L,
    want: crashed,
    id: 'sonar-exec-tail',
    text: `I have no name!@3f2a1b9c0d4e:/$ tail -n 4 /opt/bitnami/sonarqube/logs/sonar.log
ERROR: [1] bootstrap checks failed
[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]
2022.02.10 08:12:40 WARN  app[][o.s.a.p.AbstractManagedProcess] Process exited with exit value [es]: 78
2022.02.10 08:12:40 INFO  app[][o.s.a.SchedulerImpl] SonarQube is stopped`,
  },
  {
    source: 'Graylog/OpenSearch image with the same check (opensearch-project/OpenSearch BootstrapChecks, inherited wording)',
    check: L,
    want: crashed,
    id: 'opensearch-bootstrap',
    text: `opensearch-node1  | ERROR: [1] bootstrap checks failed
opensearch-node1  | [1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]
opensearch-node1  | ERROR: OpenSearch did not exit normally - check the logs at /usr/share/opensearch/logs/opensearch-cluster.log
opensearch-node1 exited with code 78`,
  },
  {
    source: 'docker inspect (moby: a JSON array of one container): still a document',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'guard-inspect-array',
    text: `$ docker inspect dash-app
[
    {
        "Name": "/dash-app",
        "State": { "Status": "running", "Running": true },
        "NetworkSettings": { "Ports": { "8050/tcp": [ { "HostIp": "0.0.0.0", "HostPort": "8050" } ] } }
    }
]`,
  },
];

const bindRows: Row[] = [
  {
    source: 'apache/httpd server/listen.c make_sock APLOGNO(00072) after apr "(%d)%s" (httpd image run as a non-root --user)',
    check: L,
    want: crashed,
    id: 'apache-13-both',
    text: `$ docker logs web
(13)Permission denied: AH00072: make_sock: could not bind to address [::]:80
(13)Permission denied: AH00072: make_sock: could not bind to address 0.0.0.0:80
no listening sockets available, shutting down
AH00015: Unable to open logs`,
  },
  {
    source: 'apache/httpd 2.4 error log format ([core:emerg] [pid]) with EADDRNOTAVAIL: a Listen on an address the container lacks',
    check: L,
    want: crashed,
    id: 'apache-99-errorlog',
    text: `[Mon Jan 08 10:00:00.123456 2024] [core:emerg] [pid 1:tid 140] (99)Cannot assign requested address: AH00072: make_sock: could not bind to address 192.168.1.20:8080
[Mon Jan 08 10:00:00.123500 2024] [mpm_event:alert] [pid 1:tid 140] no listening sockets available, shutting down`,
  },
  {
    source: 'apache/httpd make_sock with EAFNOSUPPORT (no IPv6 in the container), php:apache image',
    check: L,
    want: crashed,
    id: 'apache-97',
    text: `$ docker logs dash-app
(97)Address family not supported by protocol: AH00072: make_sock: could not bind to address [::]:80
no listening sockets available, shutting down`,
  },
  {
    source: "apache/httpd make_sock with EADDRINUSE on the host (the port is taken: the port's answer)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-apache-98-host',
    text: `$ sudo apachectl start
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:8050
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:8050
no listening sockets available, shutting down`,
  },
  {
    source: 'cherrypy wsgiserver / cheroot server.py bind: "No socket could be created -- (%s: %s)" with glibc\'s EADDRNOTAVAIL text',
    check: L,
    want: crashed,
    id: 'cherrypy-99-glibc',
    text: `$ docker logs headphones
socket.error: No socket could be created -- (('192.168.1.10', 8181): [Errno 99] Cannot assign requested address)`,
  },
  {
    source: 'cheroot 8+ (Python 3): OSError("No socket could be created -- …"), musl\'s "Address not available" in an Alpine image',
    check: L,
    want: crashed,
    id: 'cheroot-99-musl',
    text: `$ docker logs sabnzbd
OSError: No socket could be created -- (('10.0.0.2', 8080): [Errno 99] Address not available)`,
  },
  {
    source: 'the same told in a sentence (a forum post quoting the log)',
    check: L,
    want: crashed,
    id: 'cherrypy-told',
    text: 'The container keeps stopping, the log says "No socket could be created -- ((\'172.17.0.5\', 5050): [Errno 99] Cannot assign requested address)" every time.',
  },
  {
    source: 'uvicorn server.py startup: logger.error(exc) of "[Errno 13] error while attempting to bind on address (…): permission denied"',
    check: L,
    want: crashed,
    id: 'uvicorn-13',
    text: `$ docker logs api
INFO:     Started server process [1]
INFO:     Waiting for application startup.
INFO:     Application startup complete.
ERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 80): permission denied
INFO:     Waiting for application shutdown.
INFO:     Application shutdown complete.`,
  },
  {
    source:
      "urllib3 connection.py NewConnectionError (a client's connect, no bind): its exception line is read as before (a crash line), not as a bind",
    check: L,
    want: crashed,
    id: 'guard-client-errno-99',
    text: `$ docker logs worker
requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=9200): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 99] Cannot assign requested address'))`,
  },
];

const signalRows: Row[] = [
  {
    source: 'Supervisor/supervisor process.py finish + decode_wait_status ("terminated by %s"), an app the kernel killed (SIGKILL, OOM)',
    check: L,
    want: crashed,
    id: 'supervisord-sigkill',
    text: `$ docker logs app
2024-02-01 09:00:01,001 INFO spawned: 'web' with pid 12
2024-02-01 09:00:04,220 INFO exited: web (terminated by SIGKILL; not expected)
2024-02-01 09:00:05,230 INFO spawned: 'web' with pid 31
2024-02-01 09:00:08,410 INFO exited: web (terminated by SIGKILL; not expected)`,
  },
  {
    source: 'Supervisor decode_wait_status with " (core dumped)" (WCOREDUMP), php-fpm segfaulting',
    check: L,
    want: crashed,
    id: 'supervisord-sigsegv-core',
    text: `2023-11-12 14:02:10,551 INFO exited: php-fpm (terminated by SIGSEGV (core dumped); not expected)
2023-11-12 14:02:11,557 INFO spawned: 'php-fpm' with pid 58
2023-11-12 14:02:11,902 INFO exited: php-fpm (terminated by SIGSEGV (core dumped); not expected)`,
  },
  {
    source: 'QEMU linux-user/signal.c dump_core_and_abort "qemu: uncaught target signal %d (%s) - %s" (amd64 image on Apple silicon)',
    check: L,
    want: crashed,
    id: 'qemu-abort',
    text: `$ docker run --platform linux/amd64 --name dash-app -p 8050:8050 dash-app
qemu: uncaught target signal 6 (Aborted) - core dumped`,
  },
  {
    source: 'QEMU dump_core_and_abort with SIGILL (an AVX binary emulated: mongo 5 on an M1)',
    check: L,
    want: crashed,
    id: 'qemu-sigill',
    text: `$ docker logs mongo
qemu: uncaught target signal 4 (Illegal instruction) - core dumped`,
  },
  {
    source: 'Supervisor: a program that stopped by itself, expected (exit status 0; expected): no crash',
    check: L,
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-supervisord-expected',
    text: `$ docker logs dash-app
2024-02-01 09:00:01,001 INFO spawned: 'setup' with pid 7
2024-02-01 09:00:01,500 INFO exited: setup (exit status 0; expected)
Dash is running on http://0.0.0.0:8050/`,
  },
];

const traceRows: Row[] = [
  {
    source: "CPython Lib/traceback.py StackSummary.format frames, Compose v2 prefix (docker compose up, Django's manage.py), header cut",
    check: L,
    want: crashed,
    id: 'compose-django-frames',
    text: `web-1  |   File "/usr/local/lib/python3.11/site-packages/django/core/management/__init__.py", line 442, in execute_from_command_line
web-1  |     utility.execute()
web-1  |   File "/usr/local/lib/python3.11/site-packages/django/core/management/__init__.py", line 416, in execute
web-1  |     django.setup()`,
  },
  {
    source: 'the same frames under docker logs (a Dash app failing at import), cut before the exception line',
    check: L,
    want: crashed,
    id: 'logs-dash-frames',
    text: `$ docker logs dash-app
  File "/app/app.py", line 3, in <module>
    from pages import layout
  File "/app/pages/layout.py", line 9, in <module>
    import plotly.express as px`,
  },
  {
    source: "Compose v1 prefix (web_1 |), gunicorn's worker import",
    check: L,
    want: crashed,
    id: 'compose-v1-frames',
    text: `web_1  |   File "/usr/local/lib/python3.9/site-packages/gunicorn/util.py", line 359, in import_app
web_1  |     mod = importlib.import_module(module)
web_1  |   File "/usr/local/lib/python3.9/importlib/__init__.py", line 127, in import_module`,
  },
];

const startRows: Row[] = [
  {
    source: "a start line naming its app in five words (stephondoestech/unraid-config-guardian's shape), loopback at 8050",
    check: L,
    want: ['problem', 'app-listens-on-loopback'],
    id: 'long-name-loopback',
    text: `$ docker logs dash-app
Starting Sales Analytics Dashboard Web UI on http://127.0.0.1:8050`,
  },
  {
    source: 'the same shape at another port, every address (the container port is not 8050)',
    check: L,
    want: ['problem', 'ports-swapped'],
    id: 'long-name-other-port',
    text: `$ docker logs dash-app
🚀 Starting Home Lab Config Backup Web GUI on http://0.0.0.0:7842`,
  },
];

const toldRows: Row[] = [
  {
    source: "a learner's words (geopython/pywps#239's shape): the app uses loopback in its configuration",
    check: L,
    want: ['problem', 'app-listens-on-loopback'],
    id: 'told-config-flask',
    text: 'My Dash app uses 127.0.0.1 in its configuration, and from the browser on the host nothing loads.',
  },
  {
    source: 'the same with localhost and its port, "in the settings"',
    check: L,
    want: ['problem', 'app-listens-on-loopback'],
    id: 'told-config-localhost',
    text: 'The server is set to localhost:8050 in the settings file it reads at start.',
  },
  {
    source: "a database host in a configuration: a client's address, not where the app listens",
    check: L,
    want: ['unreadable', 'unreadable'],
    id: 'guard-told-db-config',
    text: 'The app uses localhost in the config for the database, is that a problem?',
  },
];

describe.each([
  ['json', jsonRows],
  ['bind', bindRows],
  ['signal', signalRows],
  ['traceback', traceRows],
  ['start', startRows],
  ['told', toldRows],
])('cw89 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    expect(await check(where, text)).toMatchObject({ kind: want[0], id: want[1] });
  });
});
