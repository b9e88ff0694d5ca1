/*
 * cw32's sweep: what a container prints when its own command fails to start, from each program's source (the shells, the
 * runtime, the language runtimes), in the layouts the course's steps see it: `docker logs dash-app` (lesson 5's reach steps,
 * with and without its command line), the foreground `docker run` (lesson 5's run step), `docker compose logs web` (lesson 7)
 * and `docker compose up` ending in Compose's `web-1 exited with code N` (lessons 7 and 8). `want` is an expert's answer in
 * cw19's `SweepCase` shape (source-sweep.ts), by the corpus's conventions (corpus/CONVENTIONS.md): a start failure is
 * `container-exited` (tag container-crashed) at reach:listening, reach:running and at run when the paste is about dash-app;
 * `compose-service-not-running` at compose; at networks the stopped peer is the cause (§2.6). exec format error keeps its own
 * answer (`exec-format-error`, c-chatfiles-exec-format-v2-up). crash-lines.test.ts asserts each row.
 *
 * Each line carries its source (repository, file, function, the format string). Exit codes are the program's own: 127 for a
 * shell's "not found", 126 for "Permission denied", Python's 1 (2 for "can't open file"), gunicorn's 3 (Worker failed to boot) and
 * 4 (App failed to load), Go's panic 2, .NET's host 150/145.
 */
import type { SweepCase } from './source-sweep';
import type { DiagnosisId } from './types';

type Line = {
  source: string;
  /** The container's own output, as `docker logs` prints it. */
  text: string;
  /** Compose's `exited with code N`. */
  code: number;
  /** Another answer than a crash's (exec format error). */
  id?: DiagnosisId;
};

const gts = '[2025-03-01 12:00:00 +0000]';

export const crashOutputs: Line[] = [
  // ── dash (the Debian/Ubuntu /bin/sh): src/exec.c shellexec `exerror(EXEND, "%s: %s", argv[0], errmsg(e, E_EXEC))`, errmsg's
  // "not found" for ENOENT; src/error.c exvwarning2 prefixes `"%s: %d: ", arg0, errlinno` ──
  {
    source: 'dash src/exec.c shellexec + error.c exvwarning2 ("%s: %d: " then "%s: not found")',
    code: 127,
    text: '/bin/sh: 1: gunicorn: not found',
  },
  {
    source: 'dash src/exec.c (a script run by sh: its name and line, then "exec: %s: not found" from the exec builtin)',
    code: 127,
    text: '/docker-entrypoint.sh: 5: exec: gunicorn: not found',
  },
  { source: 'dash src/exec.c errmsg(EACCES, E_EXEC) "Permission denied"', code: 126, text: '/bin/sh: 1: ./start.sh: Permission denied' },
  { source: 'dash src/exec.c errmsg(ENOENT) on a path: "%s: not found"', code: 127, text: '/bin/sh: 1: /app/start.sh: not found' },
  // cw46: bash 5.2 execute_cmd.c shell_execve, ENOENT for a file that exists (its interpreter is not there) ──
  {
    source: 'bash 5.2 execute_cmd.c shell_execve: internal_error ("%s: cannot execute: required file not found")',
    code: 127,
    text: '/entrypoint.sh: line 12: /opt/venv/bin/gunicorn: cannot execute: required file not found',
  },
  // ── BusyBox ash (Alpine's sh): shell/ash.c shellexec `ash_msg_and_raise(EXEND, "%s: %s", prog, errmsg(e, "not found"))`;
  // ash_vmsg prefixes `"%s: ", arg0` and, in a script, `"line %d: ", lineno` ──
  { source: 'busybox shell/ash.c shellexec (interactive -c: "sh: %s: not found")', code: 127, text: 'sh: gunicorn: not found' },
  {
    source: 'busybox shell/ash.c ash_vmsg ("%s: line %d: " in a script) + shellexec',
    code: 127,
    text: '/docker-entrypoint.sh: line 3: gunicorn: not found',
  },
  { source: 'busybox shell/ash.c errmsg(EACCES) "Permission denied"', code: 126, text: 'sh: ./start.sh: Permission denied' },
  {
    source:
      "busybox coreutils/env.c `bb_perror_msg_and_die(\"can't execute '%s'\", argv[0])` (the shebang `#!/usr/bin/env bash` on Alpine)",
    code: 127,
    text: "env: can't execute 'bash': No such file or directory",
  },
  // ── bash: execute_cmd.c execute_disk_command `internal_error (_("%s: command not found"), pathname)`; error.c
  // get_name_for_error and "line %d: " when not interactive ──
  {
    source: 'bash execute_cmd.c execute_disk_command "%s: command not found" (bash -c: "bash: line 1: ")',
    code: 127,
    text: 'bash: line 1: gunicorn: command not found',
  },
  { source: 'bash 4 and before: "bash: %s: command not found" (no line for -c)', code: 127, text: 'bash: gunicorn: command not found' },
  {
    source: "bash execute_cmd.c (a CRLF script: each line's \\r is a command, shown $'\\r' by ansic_quote)",
    code: 127,
    text: "/docker-entrypoint.sh: line 2: $'\\r': command not found\n/docker-entrypoint.sh: line 7: syntax error: unexpected end of file",
  },
  {
    source: 'bash execute_cmd.c shell_execve EACCES "%s: Permission denied" (file_error)',
    code: 126,
    text: '/docker-entrypoint.sh: line 5: /app/start.sh: Permission denied',
  },
  {
    source: 'bash execute_cmd.c shell_execve "%s: %s: bad interpreter" (the shebang #!/bin/bash\\r, shown ^M)',
    code: 126,
    text: 'bash: /app/start.sh: /bin/bash^M: bad interpreter: No such file or directory',
  },
  // ── coreutils env: src/env.c `error (exit_status, errno, "%s", quote (argv[optind]))`, the \r of a CRLF shebang quoted ──
  {
    source: 'coreutils src/env.c main: error (EXIT_ENOENT, errno, "%s", quote (argv[optind])) — \'python\\r\'',
    code: 127,
    text: "/usr/bin/env: 'python\\r': No such file or directory",
  },
  {
    source: 'coreutils src/env.c 8.30+: the hint after a shebang with options ("use -[v]S to pass options in shebang lines")',
    code: 127,
    text: "/usr/bin/env: 'bash\\r': No such file or directory\n/usr/bin/env: use -[v]S to pass options in shebang lines",
  },
  // ── the runtime, in the container's own output: runc libcontainer/standard_init_linux.go Init ──
  {
    source: 'runc 1.1+ libcontainer/standard_init_linux.go `return &os.PathError{Op: "exec", Path: name, Err: err}` (ENOENT)',
    code: 255,
    text: 'exec /app/start.sh: no such file or directory',
  },
  {
    source: 'runc 1.1+ libcontainer/standard_init_linux.go (EACCES: the entrypoint without its x bit)',
    code: 255,
    text: 'exec /docker-entrypoint.sh: permission denied',
  },
  {
    source: 'runc 1.1+ libcontainer/standard_init_linux.go (ENOEXEC: another CPU’s binary)',
    code: 1,
    id: 'exec-format-error',
    text: 'exec /usr/local/bin/python3: exec format error',
  },
  {
    source: 'runc 1.0 standard_init_linux.go:228 `newSystemErrorWithCause(err, "exec user process")` ("caused: …")',
    code: 1,
    text: 'standard_init_linux.go:228: exec user process caused: no such file or directory',
  },
  {
    source: 'runc before 1.0-rc93 standard_init_linux.go:190 (`caused "…"`, quoted)',
    code: 1,
    text: 'standard_init_linux.go:190: exec user process caused "no such file or directory"',
  },
  {
    source: 'runc before 1.0-rc93 standard_init_linux.go:211 (EACCES, quoted)',
    code: 1,
    text: 'standard_init_linux.go:211: exec user process caused "permission denied"',
  },
  {
    source: 'runc 1.0 standard_init_linux.go:219 (ENOEXEC)',
    code: 1,
    id: 'exec-format-error',
    text: 'standard_init_linux.go:219: exec user process caused: exec format error',
  },
  // ── Python: Python/pythonrun.c PyErr_Print (the traceback, "%s: %s" of the last exception); Modules/main.c pymain_run_file ──
  {
    source:
      'CPython Python/pythonrun.c print_exception ("Traceback (most recent call last):", then "ModuleNotFoundError: No module named \'dash\'")',
    code: 1,
    text: `Traceback (most recent call last):
  File "/app/app.py", line 1, in <module>
    from dash import Dash, html
ModuleNotFoundError: No module named 'dash'`,
  },
  {
    source: 'CPython Python/import.c (ImportError "cannot import name %R from %R (%S)": Flask 1.x with Jinja2 3.1)',
    code: 1,
    text: `Traceback (most recent call last):
  File "/app/app.py", line 1, in <module>
    from flask import Flask
  File "/usr/local/lib/python3.9/site-packages/flask/__init__.py", line 14, in <module>
    from jinja2 import escape
ImportError: cannot import name 'escape' from 'jinja2' (/usr/local/lib/python3.9/site-packages/jinja2/__init__.py)`,
  },
  {
    source: 'CPython Python/pythonrun.c print_exception of a SyntaxError in the main script (no "Traceback" header: the file, the caret)',
    code: 1,
    text: `  File "/app/app.py", line 12
    app.run(host="0.0.0.0" port=8050)
                           ^^^^^^^^^
SyntaxError: invalid syntax. Perhaps you forgot a comma?`,
  },
  {
    source: 'CPython Modules/main.c pymain_run_file "%ls: can\'t open file %R: [Errno %d] %s" (exit 2)',
    code: 2,
    text: "python: can't open file '/app/app.py': [Errno 2] No such file or directory",
  },
  {
    source: "CPython 2.7/3.x before 3.9 Modules/main.c (\"can't open file '%s'\", the name as typed)",
    code: 2,
    text: "python3: can't open file 'app.py': [Errno 2] No such file or directory",
  },
  {
    source: 'CPython Objects/exceptions.c (OSError\'s str "[Errno %S] %S: %R": the app\'s own config.yaml missing, FileNotFoundError)',
    code: 1,
    text: `Traceback (most recent call last):
  File "/app/app.py", line 5, in <module>
    with open("config.yaml") as f:
FileNotFoundError: [Errno 2] No such file or directory: 'config.yaml'`,
  },
  {
    source: 'gunicorn arbiter.py halt (`self.log.info("Reason: %s", reason)`, WORKER_BOOT_ERROR: "Worker failed to boot.", exit 3)',
    code: 3,
    text: `${gts} [1] [INFO] Starting gunicorn 21.2.0
${gts} [1] [INFO] Listening at: http://0.0.0.0:8050 (1)
${gts} [1] [INFO] Using worker: sync
${gts} [7] [INFO] Booting worker with pid: 7
${gts} [7] [ERROR] Exception in worker process
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/gunicorn/arbiter.py", line 609, in spawn_worker
    worker.init_process()
ModuleNotFoundError: No module named 'app'
${gts} [7] [INFO] Worker exiting (pid: 7)
${gts} [1] [ERROR] Worker (pid:7) exited with code 3
${gts} [1] [ERROR] Shutting down: Master
${gts} [1] [ERROR] Reason: Worker failed to boot.`,
  },
  {
    source:
      'gunicorn util.py import_app `AppImportError("Failed to find attribute %r in %r." % (name, module))`, arbiter "App failed to load." (exit 4)',
    code: 4,
    text: `${gts} [1] [INFO] Starting gunicorn 22.0.0
${gts} [1] [INFO] Listening at: http://0.0.0.0:8050 (1)
${gts} [1] [INFO] Using worker: sync
${gts} [7] [INFO] Booting worker with pid: 7
Failed to find attribute 'server' in 'app'.
${gts} [7] [INFO] Worker exiting (pid: 7)
${gts} [1] [ERROR] Worker (pid:7) exited with code 4
${gts} [1] [ERROR] Shutting down: Master
${gts} [1] [ERROR] Reason: App failed to load.`,
  },
  {
    source:
      'uvicorn config.py load `logger.error("Error loading ASGI app. %s", exc)`, importer.py \'Could not import module "{module_str}".\'',
    code: 1,
    text: 'ERROR:    Error loading ASGI app. Could not import module "main".',
  },
  {
    source: 'uvicorn importer.py import_from_string \'Attribute "{attrs_str}" not found in module "{module_str}".\'',
    code: 1,
    text: 'ERROR:    Error loading ASGI app. Attribute "app" not found in module "main".',
  },
  // ── Node: lib/internal/modules/cjs/loader.js Module._resolveFilename (`Cannot find module '${request}'`, code MODULE_NOT_FOUND) ──
  {
    source: 'node lib/internal/modules/cjs/loader.js Module._resolveFilename "Cannot find module \'%s\'" (node 16+, node: prefix)',
    code: 1,
    text: `node:internal/modules/cjs/loader:1080
  throw err;
  ^

Error: Cannot find module '/app/index.js'
    at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15)
    at Module._load (node:internal/modules/cjs/loader:922:27)
    at node:internal/main/run_main_module:23:47 {
  code: 'MODULE_NOT_FOUND',
  requireStack: []
}

Node.js v18.17.0`,
  },
  {
    source: 'node 12-14 internal/modules/cjs/loader.js (no node: prefix; a dependency not installed, with its require stack)',
    code: 1,
    text: `internal/modules/cjs/loader.js:883
  throw err;
  ^

Error: Cannot find module 'express'
Require stack:
- /app/server.js
    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:880:15)
    at Function.Module._load (internal/modules/cjs/loader.js:725:27)`,
  },
  {
    source: 'npm 7+ lib/commands/run-script.js `throw new Error(`Missing script: "${event}"`)` (npm ERR! prefix, npm 10 "npm error")',
    code: 1,
    text: `npm ERR! Missing script: "start"
npm ERR!
npm ERR! Did you mean one of these?
npm ERR!     npm star # Mark your favorite packages
npm ERR!
npm ERR! To see a list of scripts, run:
npm ERR!   npm run

npm ERR! A complete log of this run can be found in: /root/.npm/_logs/2025-03-01T12_00_00_000Z-debug-0.log`,
  },
  {
    source: 'npm 6 lib/run-script.js ("missing script: %s")',
    code: 1,
    text: `npm ERR! missing script: start

npm ERR! A complete log of this run can be found in:
npm ERR!     /root/.npm/_logs/2025-03-01T12_00_00_000Z-debug.log`,
  },
  {
    source: 'node (V8) SyntaxError "Cannot use import statement outside a module" (lib/internal/modules/cjs/loader.js wrapSafe)',
    code: 1,
    text: `/app/index.js:1
import express from 'express';
^^^^^^

SyntaxError: Cannot use import statement outside a module
    at internalCompileFunction (node:internal/vm:73:18)

Node.js v20.11.0`,
  },
  // ── Java: the launcher (src/java.base/share/classes/sun/launcher/resources/launcher.properties, LauncherHelper) ──
  {
    source:
      'OpenJDK launcher.properties java.launcher.cls.error1 "Error: Could not find or load main class {0}" (LauncherHelper.loadMainClass)',
    code: 1,
    text: `Error: Could not find or load main class com.example.App
Caused by: java.lang.ClassNotFoundException: com.example.App`,
  },
  {
    source: 'OpenJDK launcher.properties java.launcher.jar.error3 "no main manifest attribute, in {0}"',
    code: 1,
    text: 'no main manifest attribute, in /app/app.jar',
  },
  {
    source:
      'OpenJDK launcher.properties java.launcher.jar.error1 "Error: An unexpected error occurred while trying to open file {0}" / java.c "Error: Unable to access jarfile %s"',
    code: 1,
    text: 'Error: Unable to access jarfile /app/target/app.jar',
  },
  // ── Go: runtime/panic.go printpanics ("panic: "), traceback.go ("goroutine 1 [running]:"), exit 2 ──
  {
    source: 'go runtime/panic.go printpanics "panic: " + runtime/traceback.go "goroutine %d [%s]:"',
    code: 2,
    text: `panic: open config.yaml: no such file or directory

goroutine 1 [running]:
main.main()
	/app/main.go:21 +0x1d4`,
  },
  {
    source: 'go runtime/panic.go (a runtime error with its signal line, runtime/signal_unix.go "[signal %s: …]")',
    code: 2,
    text: `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1f2b]

goroutine 1 [running]:
main.main()
	/app/main.go:12 +0x2b`,
  },
  // ── cw50: Rust: library/std/src/panicking.rs default_hook, the process exits 101 ──
  {
    source: 'rust library/std/src/panicking.rs default_hook "thread \'{name}\' panicked at {location}:" (1.73+), then the message',
    code: 101,
    text: `thread 'main' panicked at src/main.rs:14:10:
called \`Result::unwrap()\` on an \`Err\` value: Os { code: 98, kind: AddrInUse, message: "Address in use" }
note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace`,
  },
  {
    source: "rust library/std/src/panicking.rs default_hook before 1.73: \"thread '{name}' panicked at '{msg}', {location}\"",
    code: 101,
    text: `thread 'main' panicked at 'DATABASE_URL must be set: NotPresent', src/main.rs:9:41
note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace`,
  },
  // ── cw50: Deno's uncaught error, Perl's require, Elixir's Mix ──
  {
    source: 'deno runtime: an uncaught error printed as "error: Uncaught (in promise) …" and the process exits 1',
    code: 1,
    text: `error: Uncaught (in promise) Error: Module not found "file:///app/main.ts".
    at async file:///app/server.ts:1:8`,
  },
  {
    source: 'perl pp_ctl.c require: "Can\'t locate %s in @INC (you may need to install the %s module)", exit 2',
    code: 2,
    text: "Can't locate Mojolicious/Lite.pm in @INC (you may need to install the Mojolicious::Lite module) (@INC contains: /etc/perl /usr/local/lib/perl5) at app.pl line 2.",
  },
  {
    source: 'elixir lib/mix/lib/mix/tasks/app.start.ex "** (Mix) Could not start application %s: %s"',
    code: 1,
    text: `** (Mix) Could not start application myapp: exited in: MyApp.Application.start(:normal, [])
    ** (EXIT) an exception was raised:`,
  },
  // ── Ruby / Rails ──
  {
    source: 'railties lib/rails/commands/server/server_command.rb "A server is already running (pid: %s, file: %s)." then "Exiting"',
    code: 1,
    text: `=> Booting Puma
=> Rails 7.0.4 application starting in development
=> Run \`bin/rails server --help\` for more startup options
A server is already running (pid: 1, file: /app/tmp/pids/server.pid).
Exiting`,
  },
  {
    source:
      'bundler lib/bundler/definition.rb / errors.rb GemNotFound "Could not find %s in locally installed gems" + "Run `bundle install` to install missing gems."',
    code: 7,
    text: `Could not find rake-13.0.6 in locally installed gems
Run \`bundle install\` to install missing gems.`,
  },
  {
    source: 'ruby load.c rb_load_fail "cannot load such file -- %s" (LoadError), printed by error.c "%s:%d:in `%s\': %s (%s)"',
    code: 1,
    text: "/usr/local/lib/ruby/3.2.0/bundled_gems.rb:74:in `require': cannot load such file -- sinatra (LoadError)\n\tfrom /app/app.rb:1:in `<main>'",
  },
  // ── PHP: main/main.c php_error_cb "PHP %s:  %s in %s on line %d" (log to stderr, the CLI's "PHP " prefix); sapi/cli ──
  {
    source: 'php-src main/main.c php_error_cb ("PHP Fatal error:  Uncaught Error: …", display to stderr)',
    code: 255,
    text: `PHP Fatal error:  Uncaught Error: Class "App\\Kernel" not found in /app/public/index.php:5
Stack trace:
#0 {main}
  thrown in /app/public/index.php on line 5`,
  },
  { source: 'php-src sapi/cli/php_cli.c "Could not open input file: %s"', code: 1, text: 'Could not open input file: artisan' },
  // ── .NET: dotnet/runtime src/native/corehost (hostfxr's messages) ──
  {
    source:
      'dotnet/runtime corehost fx_resolver.messages.cpp (3.x-5): "It was not possible to find any compatible framework version" (exit 150)',
    code: 150,
    text: `It was not possible to find any compatible framework version
The framework 'Microsoft.AspNetCore.App', version '3.1.0' (x64) was not found.
  - The following frameworks were found:
      6.0.16 at [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]`,
  },
  {
    source: 'dotnet/runtime corehost fx_resolver.messages.cpp (6+): "You must install or update .NET to run this application."',
    code: 150,
    text: `You must install or update .NET to run this application.

App: /app/MyApp.dll
Architecture: x64
Framework: 'Microsoft.NETCore.App', version '8.0.0' (x64)
.NET location: /usr/share/dotnet/

The following frameworks were found:
  7.0.14 at [/usr/share/dotnet/shared/Microsoft.NETCore.App]`,
  },
  {
    source: 'dotnet/runtime corehost fxr_resolver / hostfxr "The application to execute does not exist: \'%s\'." (exit 145)',
    code: 145,
    text: "The application to execute does not exist: '/app/MyApp.dll'.",
  },
];

/** The runtime's errors that the daemon returns (the process never started, so nothing is in its logs). */
export const daemonErrors: Line[] = [
  {
    source:
      'runc 1.1+ via moby (failed to create task … OCI runtime create failed: runc create failed: unable to start container process: exec: "gunicorn": executable file not found in $PATH)',
    code: 127,
    text: 'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "gunicorn": executable file not found in $PATH: unknown',
  },
  {
    source: 'runc before 1.0 container_linux.go:349 "starting container process caused \\"exec: …: permission denied\\""',
    code: 126,
    text: 'OCI runtime create failed: container_linux.go:349: starting container process caused "exec: \\"/app/start.sh\\": permission denied": unknown',
  },
  {
    source: 'runc 1.0 container_linux.go:380 "starting container process caused: exec: …: stat …: no such file or directory"',
    code: 127,
    text: 'OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "/app/start.sh": stat /app/start.sh: no such file or directory: unknown',
  },
  {
    source: 'runc 1.1+ (EACCES on the entrypoint: "exec: \\"/docker-entrypoint.sh\\": permission denied")',
    code: 126,
    text: 'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/docker-entrypoint.sh": permission denied: unknown',
  },
];

const exitedAnswer = (l: Line): [SweepCase['want'][0], ...DiagnosisId[]] => ['problem', l.id ?? 'container-exited'];
const composeAnswer = (l: Line): [SweepCase['want'][0], ...DiagnosisId[]] => ['problem', l.id ?? 'compose-service-not-running'];
const prefix = (text: string) =>
  text
    .split('\n')
    .map((t) => `web-1  | ${t}`)
    .join('\n');

const upHead = `$ docker compose up
[+] Running 4/4
 ✔ Network dash-app_backend    Created
 ✔ Container dash-app-db-1     Created
 ✔ Container dash-app-web-1    Created
 ✔ Container dash-app-proxy-1  Created
Attaching to db-1, proxy-1, web-1
db-1     | 2025-03-01 12:00:00.000 UTC [1] LOG:  database system is ready to accept connections`;

export const crashLines: SweepCase[] = [
  ...crashOutputs.flatMap((l): SweepCase[] => [
    { source: `${l.source} — docker logs, bare`, check: 'reach:listening', want: exitedAnswer(l), text: l.text },
    {
      source: `${l.source} — docker logs dash-app`,
      check: 'reach:running',
      want: exitedAnswer(l),
      text: `$ docker logs dash-app\n${l.text}`,
    },
    {
      source: `${l.source} — the lesson’s docker run, in the foreground`,
      check: 'run',
      want: exitedAnswer(l),
      text: `$ docker run --name dash-app -p 8050:8050 dash-app\n${l.text}`,
    },
    {
      source: `${l.source} — docker compose logs web`,
      check: 'compose',
      want: composeAnswer(l),
      text: `$ docker compose logs web\n${prefix(l.text)}`,
    },
    {
      source: `${l.source} — docker compose up, web exited with code ${l.code}`,
      check: 'networks',
      want: composeAnswer(l),
      text: `${upHead}\n${prefix(l.text)}\nweb-1 exited with code ${l.code}`,
    },
  ]),
  ...daemonErrors.flatMap((l): SweepCase[] => [
    {
      source: `${l.source} — docker run -d`,
      check: 'run',
      want: exitedAnswer(l),
      text: `$ docker run -d --name dash-app -p 8050:8050 dash-app\n5b6c7d8e9f0a1b2c\ndocker: Error response from daemon: ${l.text}.`,
    },
    {
      source: `${l.source} — docker start dash-app`,
      check: 'reach:running',
      want: exitedAnswer(l),
      text: `$ docker start dash-app\nError response from daemon: ${l.text}\nError: failed to start containers: dash-app`,
    },
    {
      source: `${l.source} — docker compose up -d`,
      check: 'compose',
      want: composeAnswer(l),
      text: `$ docker compose up -d\n[+] Running 3/4\n ✔ Container dash-app-db-1     Started\n ✘ Container dash-app-web-1    Error\nError response from daemon: ${l.text}`,
    },
  ]),
];
