/*
 * cw125 (stop 45): a container's program failing at start, whatever the program (README "Stop 45"). Each row is a short paste built
 * on one real library's or program's own format (its `source`), in a layout the course's steps see: `docker logs`, the attached
 * `docker run`, `docker run -d` then the log told in prose, Compose's `svc-1  | ` prefix. Never a holdout paste itself (those moved
 * to ../corpus/). Rows whose id starts "guard" hold an answer that must not change: above all, no false ok, and no crash read into
 * Docker's own CLI refusing the learner's command, a usage asked for with --help, or a server's request log.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const crashed: [string, string] = ['problem', 'container-exited'];
const prefix = (svc: string, text: string) =>
  text
    .split('\n')
    .map((l) => `${svc}-1  | ${l}`)
    .join('\n');

const rows: Row[] = [
  {
    source: 'alecthomas/kong Kong.Errorf `%s: error: %s` with mapper.go\'s "expected string value but got %q (%s)" and its `Usage: prog`',
    check: 'run',
    want: crashed,
    id: 'kong-expected-string-value-run-d-told',
    text: `$ docker run -d --name dash-app --net=host dash-app\n0c65efb5aed7ad613280522de302fb13522241b3fe9e0925a8ed4177c3a911db\n\nbut the log later says:\ndash-app: error: --listen: expected string value but got "--debug" (long flag); perhaps try --listen="--debug"?\nUsage: dash-app`,
  },
  {
    source:
      'alecthomas/kingpin Application.Fatalf `"%s: error: "+format` and ParseContext\'s "required flag %s not provided", FatalIfError\'s ", try --help"',
    check: 'reach:running',
    want: crashed,
    id: 'kingpin-required-flag-logs',
    text: '$ docker logs dash-app\nexporter: error: required flag --config.file not provided, try --help',
  },
  {
    source: 'urfave/cli v2 help.go `Incorrect Usage: %s` (flag.go: "flag provided but not defined: -port"), then its NAME/USAGE help',
    check: 'reach:listening',
    want: crashed,
    id: 'urfave-incorrect-usage-logs',
    text: '$ docker logs dash-app\nIncorrect Usage: flag provided but not defined: -port\n\nNAME:\n   dash-app - serve the dashboard\n\nUSAGE:\n   dash-app [global options] command [command options] [arguments...]',
  },
  {
    source: "Go's flag package flag.go failf `flag provided but not defined: -%s`, then defaultUsage `Usage of %s:`",
    check: 'run',
    want: crashed,
    id: 'goflag-not-defined-usage-of-attached',
    text: '$ docker run --name dash-app -p 8050:8050 dash-app -listen :8050\nflag provided but not defined: -listen\nUsage of /usr/local/bin/server:\n  -addr string\n    \tlisten address (default ":8050")',
  },
  {
    source:
      'spf13/cobra command.go `Error: unknown flag: --%s` then the default usage template `Usage:` / `  {{.UseLine}}` with " [flags]"',
    check: 'reach:running',
    want: crashed,
    id: 'cobra-unknown-flag-usage-logs',
    text: '$ docker logs dash-app\nError: unknown flag: --listen\nUsage:\n  caddy-lite [flags]\n\nFlags:\n  -h, --help   help for caddy-lite',
  },
  {
    source: "tj/commander.js lib/command.js unknownOption `error: unknown option '${flag}'` (its whole output)",
    check: 'reach:listening',
    want: crashed,
    id: 'commander-unknown-option-bare-logs',
    text: "$ docker logs dash-app\nerror: unknown option '--prot'",
  },
  {
    source: 'yargs lib/validation.js unknownArguments "Unknown arguments: %s" after its Options: block',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'yargs-unknown-arguments-compose-prefix',
    text: `$ docker compose logs web\n${prefix('web', 'Options:\n  --help     Show help                 [boolean]\n  --port     Port to listen on          [number]\n\nUnknown arguments: host, 0.0.0.0')}`,
  },
  {
    source:
      "clap 4 error.rs ErrorKind::UnknownArgument `error: unexpected argument '%s' found`, `Usage: %s`, `For more information, try '--help'.`",
    check: 'run',
    want: crashed,
    id: 'clap-unexpected-argument-attached',
    text: "$ docker run --name dash-app -p 8050:8050 dash-app --bind 0.0.0.0\nerror: unexpected argument '--bind' found\n\n  tip: to pass '--bind' as a value, use '-- --bind'\n\nUsage: dash-server [OPTIONS]\n\nFor more information, try '--help'.",
  },
  {
    source: "glibc posix/getopt.c `%s: unrecognized option '%s%s'` then coreutils-style `Try '%s --help' for more information.`",
    check: 'reach:running',
    want: crashed,
    id: 'getopt-unrecognized-option-try-help',
    text: "$ docker logs dash-app\nhttp-serve: unrecognized option '--port=8050'\nTry 'http-serve --help' for more information.",
  },
  {
    source: "picocli CommandLine.UnmatchedArgumentException `Unknown option: '%s'` then its `Usage: <command> [-hV]` help",
    check: 'reach:listening',
    want: crashed,
    id: 'picocli-unknown-option-logs',
    text: "$ docker logs dash-app\nUnknown option: '--prot'\nUsage: dash-app [-hV] [--port=<port>]\n  -h, --help          Show this help message and exit.",
  },
  {
    source: 'Debian /etc/init.d/skeleton `echo "Usage: $SCRIPTNAME {start|stop|status|restart|force-reload}" >&2; exit 3` as an entrypoint',
    check: 'reach:running',
    want: crashed,
    id: 'init-style-usage-alone-logs',
    text: '$ docker logs dash-app\nUsage: /docker-entrypoint.sh {start|stop|restart}',
  },
  {
    source: 'jedisct1/dnscrypt-proxy dlog `[%s] [FATAL] %s` (a timestamp, then the level in brackets), whole log',
    check: 'reach:running',
    want: crashed,
    id: 'bracket-fatal-dlog-logs',
    text: '$ docker logs dash-app\n[2024-03-01 12:00:00] [NOTICE] dnscrypt-proxy 2.1.5\n[2024-03-01 12:00:00] [FATAL] Unable to load the configuration file [/config/dnscrypt-proxy.toml]',
  },
  {
    source: 'golang/glog glog.go header `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`, severity F then os.Exit(255) (klog the same)',
    check: 'reach:listening',
    want: crashed,
    id: 'glog-fatal-line-logs',
    text: '$ docker logs dash-app\nI0301 12:00:00.000000       1 main.go:30] starting dash-app\nF0301 12:00:00.100000       1 main.go:42] failed to read config: open /etc/dash/config.yaml: no such file or directory',
  },
  {
    source: "CPython logging basicConfig's default format `%(levelname)s:%(name)s:%(message)s` at CRITICAL, the app then sys.exit(1)",
    check: 'run',
    want: crashed,
    id: 'python-logging-critical-attached',
    text: '$ docker run --name dash-app -p 8050:8050 dash-app\nCRITICAL:root:DATABASE_URL is not set, exiting',
  },
  {
    source: 'uber-go/zap console encoder: ISO8601 time, a tab, the level in capitals (FATAL), the caller, the message, then os.Exit(1)',
    check: 'reach:running',
    want: crashed,
    id: 'zap-console-fatal-logs',
    text: '$ docker logs dash-app\n2024-03-01T12:00:00.000Z\tINFO\tserver/main.go:20\tloading config\n2024-03-01T12:00:00.001Z\tFATAL\tserver/main.go:31\tcannot open database\t{"error": "dial tcp 127.0.0.1:5432: connect: connection refused"}',
  },
  {
    source:
      'node src/node_errors.cc PrintUncaughtException: the source line header, the arrow, the stack and `Node.js v18.17.0` (a plain Error thrown at start)',
    check: 'reach:listening',
    want: crashed,
    id: 'node-uncaught-error-logs',
    text: "$ docker logs dash-app\n/app/server.js:5\n    throw new Error('PORT missing');\n    ^\n\nError: PORT missing\n    at Object.<anonymous> (/app/server.js:5:11)\n    at Module._compile (node:internal/modules/cjs/loader:1256:14)\n\nNode.js v18.17.0",
  },
  {
    source:
      "bash jobs.c pretty_print_job `%s: line %d: %5d %s` with strsignal's `Segmentation fault` and `(core dumped)`, an entrypoint script's child",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'bash-segfault-entrypoint-compose',
    text: `$ docker compose logs web\n${prefix('web', 'starting server\n/entrypoint.sh: line 7:    12 Segmentation fault      (core dumped) ./server --port 8050')}`,
  },
  {
    source:
      'Go runtime/panic.go printpanics `panic: ` then runtime/traceback.go for another goroutine than main (`goroutine 7 [running]:`)',
    check: 'reach:running',
    want: crashed,
    id: 'go-panic-other-goroutine-logs',
    text: '$ docker logs dash-app\npanic: assignment to entry in nil map\n\ngoroutine 7 [running]:\nmain.(*server).register(...)\n\t/app/server.go:41',
  },
  {
    source:
      'runc before 1.0 via Docker 17.x: `oci runtime error: container_linux.go:247: starting container process caused "process_linux.go:334: running prestart hook 0 caused …"` inside net/http\'s `invalid header field value`',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'oci-runtime-error-prestart-hook-header-field',
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app\ndocker: Error response from daemon: invalid header field value "oci runtime error: container_linux.go:247: starting container process caused \\"process_linux.go:334: running prestart hook 0 caused \\\\\\"fork/exec /usr/bin/dockerd (deleted): no such file or directory\\\\\\"\\"\\n".`,
  },
  {
    source: 'the same refusal at lesson 3 (hello-world), the Server part answering: the daemon runs no container',
    check: 'install',
    want: ['problem', 'container-exited'],
    id: 'oci-runtime-error-prestart-hook-install',
    text: `$ docker run hello-world\ndocker: Error response from daemon: invalid header field value "oci runtime error: container_linux.go:247: starting container process caused \\"process_linux.go:334: running prestart hook 0 caused \\\\\\"fork/exec /usr/bin/dockerd (deleted): no such file or directory\\\\\\"\\"\\n".`,
  },
  {
    source: 'runc 1.1+ libcontainer `error during container init: error running hook #0: …` cut before the OCI words by the copy',
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'runc-hook-error-cut-before-oci',
    text: "$ docker run -d --name dash-app -p 8050:8050 dash-app\nunable to start container process: error during container init: error running hook #0: error running hook: exit status 1, stdout: , stderr: Auto-detected mode as 'legacy': unknown",
  },
  // ── guards ──
  {
    source: "argparse's help asked for (`--help`): usage and options, no refusal: no crash read into it",
    check: 'run',
    want: 'not ok',
    id: 'guard-argparse-help-asked',
    text: '$ docker run --rm dash-app --help\nusage: app.py [-h] [--port PORT]\n\noptions:\n  -h, --help   show this help message and exit\n  --port PORT  port to listen on',
  },
  {
    source:
      "podman's own cobra refusal (`Error: unknown flag: --publsh`, `See 'podman run --help'`): the learner's command, not a container's",
    check: 'run',
    want: 'not ok',
    id: 'guard-podman-unknown-flag',
    text: "$ podman run --publsh 8050:8050 dash-app\nError: unknown flag: --publsh\nSee 'podman run --help'",
  },
  {
    source: "docker 1.x mflag's `flag provided but not defined: --publsh` and `See 'docker run --help'.`: Docker's own CLI",
    check: 'run',
    want: 'not ok',
    id: 'guard-docker1-flag-not-defined',
    text: "$ docker run --publsh 8050:8050 dash-app\nflag provided but not defined: --publsh\nSee 'docker run --help'.",
  },
  {
    source: 'gunicorn arbiter.py murder_workers `[CRITICAL] WORKER TIMEOUT (pid:%s)`: a slow worker replaced, the server goes on',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-gunicorn-worker-timeout',
    text: '$ docker logs dash-app\n[2024-03-01 12:00:00 +0000] [1] [INFO] Listening at: http://127.0.0.1:8050 (1)\n[2024-03-01 12:00:30 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:7)\n[2024-03-01 12:00:30 +0000] [9] [INFO] Booting worker with pid: 9',
  },
  {
    source:
      "Docker 17's `docker exec` refused (`oci runtime error: exec failed: … executable file not found`): the container runs, no start failure",
    check: 'reach:running',
    want: 'not ok',
    id: 'guard-oci-runtime-error-exec-failed',
    text: '$ docker exec -it dash-app bash\nrpc error: code = 2 desc = oci runtime error: exec failed: container_linux.go:247: starting container process caused "exec: \\"bash\\": executable file not found in $PATH"',
  },
  {
    source: "a host tool's getopt refusal (`ss: invalid option -- 'Z'`) at port-free: the learner's own command",
    check: 'reach:port-free',
    want: 'not ok',
    id: 'guard-host-tool-getopt',
    text: "$ ss -Z\nss: invalid option -- 'Z'\nUsage: ss [ OPTIONS ]",
  },
  {
    source: "the lesson's container running, and an advice line quoting a fatal level in prose: the listing stands",
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'guard-running-advice-quotes-fatal',
    text: `$ docker ps\nCONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                    NAMES\n3f9c2a7b1d4e   dash-app   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app\n\nIf the log ever shows [FATAL] or Segmentation fault, read it to the end.`,
  },
];

describe('cw125 a container program failing at start', () => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
