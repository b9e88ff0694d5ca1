/*
 * cw32: a container's own command that fails to start, in the words of the program that failed (the shells, the runtime in the
 * container's output, the language runtimes), from each program's source. The log-line readers of the steps that answer a crash
 * (step-run.ts' and step-reach.ts' logLine, compose-errors.ts' nginxLine) call startFailure() on each line's text (without
 * Compose's prefix, the service as `key`): a line of these classes is a crash, as a traceback is (parse-logs.ts' crashLine),
 * which each step words in its terms (container-exited at lesson 5 and the reach path, compose-service-not-running at
 * Compose's). In the steps' chunks, not the entry: lesson 3 never reads a container's output.
 * crash-lines.ts holds the sweep's table (each row's source and layout); crash-lines.test.ts asserts each row.
 */
import type { Facts } from './types';

/**
 * What a learner types to look, in a shell of the host or of a running container (`bash: curl: command not found` after `docker
 * exec dash-app bash -c "curl …"`, `zsh: command not found: docker-compose`): not the container's own program failing.
 * cw61: nor a browser the app tries to open at its own URL once it listens, which an image has none of: R's utils::browseURL
 * (shiny's runApp(launch.browser = TRUE) calls it after `Listening on http://127.0.0.1:4554`, the R_BROWSER default xdg-open:
 * `/bin/sh: 1: xdg-open: not found`, roblanf/sangeranalyseR#77), Python's webbrowser, Node's `open` package: the server goes on.
 */
const lookingTool =
  /^(?:docker(?:-compose)?|compose|sudo|curl|wget|ss|netstat|lsof|nc|ncat|telnet|ip|ifconfig|nslookup|dig|host|ping|ps|top|jq|wsl|systemctl|service|apt(?:-get)?|yum|apk|brew|vim?|nano|less|git|code|xdg-open|sensible-browser|x-www-browser|www-browser|gnome-open|kde-open|open|firefox|google-chrome|chromium(?:-browser)?)$/;

/**
 * A shell that cannot run the container's program. dash (Debian's /bin/sh): src/exec.c shellexec `exerror(EXEND, "%s: %s",
 * argv[0], errmsg(e, E_EXEC))`, errmsg's "not found" (ENOENT) and "Permission denied" (EACCES), after src/error.c exvwarning2's
 * `"%s: %d: ", arg0, errlinno` (`/bin/sh: 1: gunicorn: not found`, `/entrypoint.sh: 5: exec: gunicorn: not found`). BusyBox ash
 * (Alpine): shell/ash.c shellexec `ash_msg_and_raise(EXEND, "%s: %s", prog, errmsg(e, "not found"))`, ash_vmsg's `"%s: ", arg0`
 * and in a script `"line %d: "` (`sh: gunicorn: not found`, `/docker-entrypoint.sh: line 3: gunicorn: not found`). bash:
 * execute_cmd.c execute_disk_command `internal_error (_("%s: command not found"), pathname)` and shell_execve's file_error
 * (`bash: line 1: gunicorn: command not found`, `/entrypoint.sh: line 5: /app/start.sh: Permission denied`). The name before is
 * a shell's or a script's (a path, or a name ending .sh); the program that was not found is not one a learner types to look.
 * cw46: bash 5.2's words for a program that is there but whose interpreter is not (execute_cmd.c shell_execve, ENOENT for a file
 * that exists: `internal_error (_("%s: cannot execute: required file not found"), command)`: a venv's script whose python path
 * is the build machine's, a CRLF shebang, a glibc binary on musl): `/app/scripts/docker-entrypoint.sh: line 84: /app/.venv/bin/
 * uvicorn: cannot execute: required file not found` (wassim249/fastapi-langgraph-agent-production-ready-template#18).
 */
const shellMiss =
  /^(?:(?:\/usr)?\/bin\/)?(?:ba|da|a)?sh(?:: (?:\d{1,5}|line \d{1,5}))?: (?:exec: )?(\S{1,200}): (?:not found|command not found|Permission denied|cannot execute: required file not found)\s*$|^(?:\S{0,200}\/\S{1,200}|[\w.-]{1,100}\.sh)(?:: (?:\d{1,5}|line \d{1,5})): (?:exec: )?(\S{1,200}): (?:not found|command not found|Permission denied|cannot execute: required file not found)\s*$/;

/**
 * cw113: a database server's own stop at start, read also as one of failure's classes below: PostgreSQL's postmaster on its data
 * directory or socket, initdb, mysqld's `[ERROR] Aborting`, mongod's initAndListen, Redis' configuration. A database dials no peer,
 * so its stop is a cause: the app's failed lookup of it (`nc: bad address 'db'`) and the proxy's after it follow from it
 * (diagnose-compose.ts, CONVENTIONS §2.6 cw113).
 */
export const dbStop = new RegExp(
  [
    /^(?:[\d:. -]{0,30}[A-Z]{1,5} )?\[1\] (?:FATAL|PANIC): |^(?:[\d:. -]{0,30}[A-Z]{1,5} )?(?:\[\d{1,7}\] )?FATAL: {1,2}(?:database files are incompatible with server|data directory "[^"\n]{1,200}" has (?:wrong ownership|invalid permissions)|lock file "[^"\n]{1,200}" already exists|could not create any TCP\/IP sockets)/,
    // cw97: PostgreSQL's initdb (the official image's docker-entrypoint.sh runs it on an empty data directory, under set -e) stopping
    // at its own error: src/bin/initdb/initdb.c's `%s: removing contents of data directory "%s"` / `removing data directory` (its
    // cleanup on exit after a failure), `directory "%s" exists but is not empty`, `could not change permissions of directory`, 12+'s
    // pg_log_error `initdb: error: …` (h78-maratonafc3p3: `initdb: removing contents of data directory "/var/lib/postgresql/data"`
    // after `could not link file "pg_xlog/…": Operation not permitted` on a Windows folder). The container exits before postgres starts.
    // Also after initdb's own step on the same line (`fixing permissions on existing directory … ... initdb: error: …`: the step is
    // printed without its newline before the error, on the two streams a log merges).
    /^(?:[a-z][\w /."-]{0,200} \.\.\. )?initdb: (?:error: |could not |removing (?:contents of )?data directory "|directory "[^"\n]{1,200}" exists but is not empty|data directory "[^"\n]{1,200}" not removed at user's request)/,
    // cw172 (stop 56): mongod's every catch of initAndListen's wrapper (mongo/db/db.cpp: `exception in initAndListen: ` for a
    // DBException, `exception in initAndListen std::exception: ` and `… int: ` for the others, each `, terminating`; 4.4+ LOGV2
    // capitalised `Exception in initAndListen …` and the JSON `"msg":"std::exception in initAndListen, terminating"`): 3.x's
    // `std::exception: open: Permission denied, terminating` on a data directory it may not write is the same stop.
    // cw172 (stop 56): InnoDB finding no checkpoint in its redo log at start (storage/innobase/log/log0recv.cc
    // recv_find_max_checkpoint: `InnoDB: No valid checkpoint found.` then its advice lines, DB_ERROR, and mysqld aborts): the data
    // directory (a volume) holds files it cannot start on.
    /\bInnoDB: No valid checkpoint found\b/,
    /\[ERROR\] (?:\[MY-010119\] \[Server\] )?Aborting\s*$|\b[Ee]xception in initAndListen(?::| std::exception:| int:) .{1,300}, terminating\s*$|"msg":"(?:DBException|std::exception) in initAndListen, terminating"|\bFATAL CONFIG FILE ERROR \(Redis |Fatal error, can't open config file/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/**
 * The classes read as a start failure (each quoted from its source; the table's rows are crash-lines.ts'):
 * - env on a shebang's program: coreutils src/env.c `error (EXIT_ENOENT, errno, "%s", quote (argv[optind]))`, the \r of a CRLF
 *   line quoted (`/usr/bin/env: 'python\r': No such file or directory`; before 8.x ‘…’); BusyBox coreutils/env.c
 *   `bb_perror_msg_and_die("can't execute '%s'", …)` (`env: can't execute 'bash': No such file or directory`);
 * - runc's exec of the entrypoint refused (EACCES: no x bit), in the container's output: runc 1.1+ libcontainer/
 *   standard_init_linux.go `&os.PathError{Op: "exec", Path: name, Err: err}` (`exec /docker-entrypoint.sh: permission denied`),
 *   before 1.1 `newSystemErrorWithCause(err, "exec user process")` (`standard_init_linux.go:211: exec user process caused
 *   "permission denied"`). ENOENT is parse-errors.ts' noProgram, ENOEXEC its exec format error;
 * - CPython's Modules/main.c pymain_run_file `"%ls: can't open file %R: [Errno %d] %s\n"` (`python: can't open file
 *   '/app/app.py': [Errno 2] No such file or directory`);
 *   cw80: and its other refusals before any code runs, each `"%s: …"` after the interpreter's path: a directory or zip without a
 *   __main__.py given as the script (Lib/runpy.py _get_main_module_details: `can't find '__main__' module in %r`;
 *   `/usr/local/bin/python: can't find '__main__' module in 'docker_quickstart.py'` when `-v file.py:/code/file.py` had no path, so
 *   Docker made a directory: InstaPy/instapy-docker#15), `-m` with no such module (`/usr/bin/python3: No module named uvicorn`,
 *   runpy's `Error while finding module specification for 'app.main' (ModuleNotFoundError: …)`);
 * - cw80: a server's own words that it did not start, at the line's start after a log level or a mark (Next.js 13.5+'s Log.error
 *   prefix ` ⨯ ` in `⨯ Failed to start server` before the error that stopped it, labring/FastGPT#844's `getaddrinfo ENOTFOUND`;
 *   the Express and Fastify skeletons' `console.error('Failed to start server:', err); process.exit(1)`, `Error starting server`,
 *   `Could not start server`, `Unable to start HTTP server`, also after Go's log.Printf date): the process exits. Not a line that says it retries.
 * - gunicorn's arbiter.py halt `self.log.info("Reason: %s", reason)` with "Worker failed to boot." / "App failed to load."
 *   (after its `Listening at:` line: the master bound the port, then exited), util.py import_app `"Failed to find attribute %r
 *   in %r."`; uvicorn's config.py load `logger.error("Error loading ASGI app. %s", exc)`;
 * - cw38, every WSGI/ASGI server's "cannot load the app" (alephdata/memorious#50, `docker-compose run ui`): gunicorn's HaltServer
 *   as its traceback ends (errors.py `HaltServer.__str__`: `<HaltServer %r %d>`, `gunicorn.errors.HaltServer: <HaltServer 'App
 *   failed to load.' 4>`, 'Worker failed to boot.' 3), gunicorn 19's util.py import_app `"Failed to find application object %r in
 *   %r"` (20.0's `Failed to find application object: %r`, AppImportError's `Failed to find application: %r`); hypercorn's
 *   utils.py load_application `NoAppError(f"Cannot load application from '{path}', module not found.")` (or "application not
 *   found."); Flask's CLI (cli.py NoAppException, printed by click as `Error: …`): `Could not import 'app'.`, 1.0's `Could not
 *   locate a Flask application.`, `Failed to find Flask application or factory in module 'x'.`;
 * - Node: lib/internal/modules/cjs/loader.js Module._resolveFilename `Cannot find module '${request}'` (`Error: Cannot find
 *   module '/app/index.js'`), its `node:internal/modules/cjs/loader:1080` header (12-14 `internal/modules/cjs/loader.js:883`);
 *   npm's lib/commands/run-script.js `Missing script: "${event}"` (`npm ERR! Missing script: "start"`, npm 6 `npm ERR! missing
 *   script: start`, npm 10 `npm error Missing script: "start"`);
 *   cw70: the script npm (or yarn) ran exiting non-zero, so npm exits too: npm 5-6's `npm ERR! code ELIFECYCLE` (then `npm ERR!
 *   errno 2`, `Exit status 2`), npm 7-8's `npm ERR! Lifecycle script \`start\` failed with error:` (workspaces) and `npm ERR! command
 *   failed` (@npmcli/run-script's error, lib/utils/error-message.js), npm 9+'s `npm error command failed`, yarn 1's `error Command
 *   failed with exit code 1.` (cookiecutter-flask/cookiecutter-flask#651, a Flask server run by `npm start`);
 * - Java's launcher (src/java.base/share/classes/sun/launcher/resources/launcher.properties): java.launcher.cls.error1 `Error:
 *   Could not find or load main class {0}`, java.launcher.jar.error3 `no main manifest attribute, in {0}`, java.c `Error: Unable
 *   to access jarfile %s`; an uncaught exception, ThreadGroup.uncaughtException's `Exception in thread "main" `;
 * - Go: runtime/traceback.go's `goroutine 1 [running]:` after runtime/panic.go printpanics' `panic: ` (the main goroutine's
 *   panic: the program exits 2);
 * - Ruby: error.c's `%s:%d:in '%s': %s (%s)` of an uncaught error (`…:in 'require': cannot load such file -- sinatra
 *   (LoadError)`); bundler's `Run \`bundle install\` to install missing gems.`; railties server_command.rb `A server is
 *   already running (pid: %s, file: %s).` (before 6 `A server is already running. Check %s.`), outside Compose's prefix only:
 *   Compose's logs of it end with the server's `Exiting`, which diagnose-compose.ts reads as the service exited;
 * - PHP: main/main.c php_error_cb's `PHP Fatal error:  Uncaught …` and `PHP Parse error:` (the CLI's log to stderr);
 *   sapi/cli/php_cli.c `Could not open input file: %s`;
 * - cw50: Rust's default panic hook (rust-lang/rust library/std/src/panicking.rs default_hook: `thread '{name}' panicked at
 *   {location}:` since 1.73, `thread '{name}' panicked at '{msg}', {location}` before; the process exits 101); Deno's uncaught error
 *   (`error: Uncaught (in promise) Error: …`, `error: Uncaught Error: …`); Perl's `Can't locate Foo/Bar.pm in @INC` (perl's
 *   pp_ctl.c require); Elixir/Mix's `** (Mix) Could not start application x:`;
 * - .NET's host (dotnet/runtime src/native/corehost): fx_resolver.messages.cpp `It was not possible to find any compatible
 *   framework version` (3.x-5), `You must install or update .NET to run this application.` (6+), hostfxr's `The application to
 *   execute does not exist: '%s'.`.
 * - cw61: a program's own command-line parser refusing its arguments, which exits (2) before it serves: CPython's Lib/optparse.py
 *   OptionParser.error `"%s: error: %s\n" % (self.get_prog_name(), msg)` with BadOptionError's `no such option: %s` (an app that
 *   parses sys.argv under gunicorn, which reads gunicorn's own `-b`: `gunicorn: error: no such option: -b` after gunicorn's
 *   `Listening at: http://127.0.0.1:8000`, a Japanese README's notes), Lib/argparse.py ArgumentParser.error `'%(prog)s: error:
 *   %(message)s\n'` (`unrecognized arguments: …`, `the following arguments are required: …`, `argument --port: invalid int
 *   value: …`), click's UsageError (`Error: No such option: '-b'.`, click 7 `Error: no such option: -b`).
 * - cw63: a database server that refuses to start. PostgreSQL's postmaster, PID 1 in the official image (docker-entrypoint.sh execs
 *   it), in its default log_line_prefix '%m [%p] ' (10+): `2018-12-16 19:33:49.954 UTC [1] FATAL:  database files are incompatible
 *   with server` (src/backend/utils/init/miscinit.c ValidatePgVersion; prisma/prisma1#3716, a volume PostgreSQL 10 made), and before
 *   10 without a prefix its own startup refusals (miscinit.c checkDataDir `data directory "%s" has wrong ownership`, `has invalid
 *   permissions`; CreateLockFile `lock file "%s" already exists`; postmaster.c `could not create any TCP/IP sockets`). A backend's
 *   FATAL (another PID: a client's password refused) is not the server's. MySQL and MariaDB's `[ERROR] Aborting` (5.7, MariaDB)
 *   and 8.0's `[ERROR] [MY-010119] [Server] Aborting` (sql/mysqld.cc unireg_abort); MongoDB's `exception in initAndListen: …,
 *   terminating` (mongo/db/db.cpp, 4.4+ JSON `"msg":"DBException in initAndListen, terminating"`); Redis' `FATAL CONFIG FILE
 *   ERROR` and `Fatal error, can't open config file` (src/config.c).
 * - cw78: s6-overlay, the init of many images (linuxserver's, mikenye's), telling its CMD's non-zero exit: v2's init-stage2 `[cmd] %s
 *   exited %d` (mikenye/docker-readsb#1: `[cmd] /usr/local/bin/readsb exited 267`, 256 + SIGSEGV, then `[s6-finish] …` and the
 *   container stops), v3's rc.init when a service or cont-init script failed (`/run/s6/basedir/scripts/rc.init: fatal: stopping
 *   the container.`, https-portal's log). Its `exited 0` is a clean stop, not a crash.
 * - cw78: a Go server's error logged from its main.go, where go-kit's and slog's programs stop at start: Prometheus' cmd/prometheus/
 *   main.go `level.Error(logger).Log("msg", fmt.Sprintf("Error loading config (--config.file=%s)", …), …)` then os.Exit(2)
 *   (dbluxo/quickstart-thanos#164: `caller=main.go:438 level=error msg="Error loading config …" err="open …: permission denied"`; 3.x's
 *   slog `level=ERROR source=main.go:…`), Alertmanager's and Thanos' main.go the same. An error from another file may be a request's.
 * - cw93: a program's own command line naming a command it does not have (the container's command or its image's CMD; the program exits
 *   before it serves): n8n's `Error: Command "start" not found` (coleam00/local-ai-packaged#146, a restart loop every 20 seconds; its
 *   CLI's command lookup), oclif's `Error: command start not found` (@oclif/core), yarn 1's `error Command "start" not found.` (cli/
 *   commands/run.js, the script missing, as npm's `Missing script` above), commander.js' `error: unknown command 'serve'`, cobra's
 *   `Error: unknown command "serve" for "app"` (not docker's nor Compose's own: those are Compose not installed), click's `Error: No
 *   such command 'run'.`, Django's management `Unknown command: 'runserver'`.
 * - cw89: QEMU's user-mode emulator when the program it runs dies of a signal (linux-user/signal.c dump_core_and_abort: `qemu: uncaught
 *   target signal %d (%s) - %s` with strsignal's name and "core dumped" or "no core"): an image of another CPU run under emulation
 *   (Docker Desktop on Apple silicon, binfmt on a Raspberry Pi) crashed, docker/for-mac#5257's `qemu: uncaught target signal 11
 *   (Segmentation fault) - core dumped`; the process is gone.
 * - cw115: a web server refusing the words after the image as its own arguments (the image's ENTRYPOINT is the server, or an
 *   entrypoint that passes `-…` words to it: docker-library/php's docker-php-entrypoint `set -- apache2-foreground "$@"`), so it prints
 *   how to call it and exits before it serves. Apache httpd's server/main.c usage() logs `"Usage: %s [-D name] [-d directory] [-f
 *   file]"` with argv[0] (`/usr/sbin/apache2` on Debian and Ubuntu, `apache2` under apache2-foreground, `httpd` in the httpd image,
 *   `httpd.exe` on Windows), then its option list, then destroy_and_exit_process(process, 1): every path to usage() exits 1 (a word
 *   left after the options, `bash`: ansible/ansible-docker-base#12; `-e APP_NAME=…` read as the -e log level it is not: docker-library/
 *   php#1159). nginx's src/core/nginx.c ngx_get_options: `ngx_log_stderr(0, "invalid option: \"%s\"", argv[i])` (its `nginx: ` prefix)
 *   and NGX_ERROR, so main returns 1.
 */
/**
 * cw147: a program's own word that it stopped at start, the line failure reads first among its words: a server's (Next.js
 * packages/next/src/server/lib/start-server.ts: `console.error(' ⨯ Failed to start server')` then the error and process.exit(1);
 * `Error starting server`, `Could not start the HTTP server`) and a package runner's for the script it ran as the container's command
 * (yarn 1 src/cli/index.js: `error Command failed with exit code %s.`; npm's `npm ERR! code ELIFECYCLE`, `npm error command failed`).
 * Kept apart (stopIn) so Compose's step can tell the service stopped by its own program from one that only logged a failed call.
 */
const serverStop =
  /^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? )?(?:\s?[⨯✖✗×❌]\s{1,2}|\[?(?:ERROR|[Ee]rror|FATAL|[Ff]atal)\]?:?\s{1,4})?(?:Failed to start (?:the )?(?:server|app|application|HTTP server|web server)|Error starting (?:the )?(?:server|application)|Could not start (?:the )?(?:server|HTTP server|web server)|Unable to start (?:the )?(?:server|HTTP server|web server))\b(?!.{0,40}\b(?:retry|retrying|(?<!while )trying)\b)/;
/**
 * cw193 (stop 59): a program's own word that it stops because of an error, in its log's words: a shutdown or an exit followed, in
 * the same clause, by the error that causes it. AlexInCube/AlCoTest's handlers loader (a discord bot: `loggerSend('Bot is shutting
 * down, because handler loading throw error', …)` then process.exit()), SUSE/Portus' wait for the database (lib/portus/db.rb
 * wait_until under Rails.logger.tagged("Database"): `Timeout reached, exiting with error. Check the logs...`, then raise; 2.3's
 * bin/background.rb `puts` and exit 1; its compose examples' init `echo "Timeout reached, exiting with error"`), Go services'
 * `logger.Error("Timeout reached, exiting with error")`. The stop and its cause on one line, the cause an error, a failure or an
 * exception: a graceful stop (`Gracefully shutting down, code: 0`, `Received SIGTERM, shutting down`) names none and stays no
 * failure. Not a line that goes on (`retry`, `will try`).
 * And joola's `Error starting application.` (joola.init's `joola.config.init` callback: `console.log('Error starting application.
 * This error occurred while trying to initalize the framework.')`, then process.exit()) in serverStop above, whose guard against a
 * retry no longer rejects `while trying to`.
 */
const ownStop =
  /\b(?:[Ss]hutting down|[Ee]xiting|[Tt]erminating|[Aa]borting)(?:,? (?:because|due to|with|after|on)\b)[^.;\n]{0,100}?\b(?:errors?|failures?|failed|exceptions?)\b(?![^\n]{0,60}\b(?:retry|retrying|restarting|will try)\b)/;
const runnerExit =
  /^npm (?:ERR!|error) (?:code ELIFECYCLE|command failed|Lifecycle script `[^`\n]{1,80}` failed with error:?)\s*$|^error Command failed with exit code [1-9]\d{0,2}\.$/;
const failure = new RegExp(
  [
    /^(?:(?:\/usr)?\/bin\/)?env: ['‘][^'’\n]{1,200}['’]: No such file or directory|^env: can't execute '[^'\n]{1,200}': No such file or directory/,
    /^exec \S{1,300}: permission denied\s*$|exec user process caused:? "?permission denied/,
    /^\S{0,100}python[\d.]{0,5}(?:\.exe)?: (?:can't open file .{1,300}: \[Errno \d{1,3}\] |can't find '__main__' module in |No module named [\w.]{1,200}\s*$|Error while finding module specification for )/,
    serverStop,
    ownStop,
    /\bReason: (?:Worker failed to boot|App failed to load)\.|^Failed to find attribute '[^'\n]{1,100}' in '[^'\n]{1,200}'\.|Error loading ASGI app\. /,
    /<HaltServer '(?:App failed to load|Worker failed to boot)\.' \d{1,3}>|^(?:[\w.]{0,60}(?:Error|AppImportError): )?Failed to find application(?: object)?(?::? '[^'\n]{1,100}'(?: in '[^'\n]{1,200}')?|: )/,
    /\bNoAppError: Cannot load application from '[^'\n]{1,200}', (?:module|application) not found\.|^Error: (?:Could not import ['"]|Could not locate a Flask application\.|Failed to find Flask application or factory in module )/,
    /^Error: Cannot find module '|^(?:node:)?internal\/modules\/cjs\/loader(?:\.js)?:\d{1,6}$|^npm (?:ERR!|error) [Mm]issing script: /,
    // cw181 (stop 57): the package runner finding no package.json where it was started (the container's working directory, a bind
    // mount of the wrong folder), so it exits 1 before any script runs: yarn 1 src/config.js readRootManifest throws
    // MessageError(reporter.lang('couldntFindPackagejson', dir)), src/reporters/lang/en.js `Couldn't find a package.json file in $0`,
    // printed by the console reporter as `error Couldn't find a package.json file in "/app"`; npm 7+ lib/utils/error-message.js
    // `Could not read package.json: Error: ENOENT: …` under `npm ERR! enoent` (npm 10 `npm error enoent`), npm 6 `npm ERR! enoent
    // ENOENT: no such file or directory, open '/app/package.json'`.
    /^error Couldn't find a package\.json file in "?\/|^npm (?:ERR!|error) enoent (?:Could not read package\.json\b|ENOENT: no such file or directory, open '[^'\n]{0,300}\/package\.json')/,
    runnerExit,
    /^Error: Could not find or load main class |^no main manifest attribute, in |^Error: Unable to access jarfile |^Exception in thread "main" /,
    /^goroutine 1 \[running\]:$/,
    /^\S{1,300}:\d{1,6}:in [`'][^'\n]{1,100}': .{1,500} \((?:[A-Z]\w{0,40}::){0,4}[A-Z]\w{0,40}(?:Error|Exception)\)$|^Run `bundle install` to install missing gems\./,
    /^PHP (?:Fatal|Parse) error: |^Could not open input file: /,
    /^thread '[^'\n]{1,100}' panicked at |^error: Uncaught (?:\(in promise\) )?\w{0,40}(?:Error|Exception)\b|^Can't locate \S{1,200}\.pm in @INC|^\*\* \(Mix\) Could not start application /,
    /^[\w.-]{1,80}: error: (?:no such option: |unrecognized arguments: |the following arguments are required: |argument \S{1,80}: |option \S{1,80}: |\S{1,80} option (?:requires|does not take) )|^Error: [Nn]o such option: /,
    /^It was not possible to find any compatible framework version|^You must install or update \.NET to run this application\.|^The application to execute does not exist: /,
    dbStop,
    /^\[cmd\] \S{1,200} exited [1-9]\d{0,2}\.?$|\/rc\.init: fatal: stopping the container\.$/,
    // cw146 (stop 50): or one of s6's own programs dying at boot, before any service runs: skalibs' strerr_dief* print `PROG: fatal: `
    // then the reason (skalibs strerr2.h; s6's and s6-rc's tools set PROG to their name), and s6-overlay v3 compiles the image's
    // s6-rc.d source at each start, so a bad definition stops the container there (skarnet/s6-rc src/s6-rc/s6-rc-compile.c:
    // `s6-rc-compile: fatal: invalid …/type: must be oneshot, longrun, or bundle`; `s6-overlay-suexec: fatal: can only run as pid
    // 1`). A `warning:` is no stop.
    /^s6-[\w-]{1,40}: fatal: \S/,
    // cw166 (stop 55): a Procfile supervisor that is the container's command ending every process when one dies: goreman's startProc
    // (mattn/goreman, vendored in sourcegraph/server's cmd/server as its ProcDiedAction Shutdown: `log.Printf("%s died. Shutting
    // down...", proc)`, then SIGINT to itself; each process `Terminating …` after it), so the container stops with it. Go's log
    // puts its date and time first unless its flags are off. An editor's `…` for the three dots (a copying habit) the same.
    /^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? )?[\w.-]{1,60} died\. Shutting down(?:\.\.\.|…)\s*$/,
    /^(?=.{0,300}\blevel=(?:error|ERROR|fatal|FATAL)\b)(?=.{0,300}\b(?:caller|source)=main\.go:\d{1,5}\b)/,
    // cw95: a server's own CLI refusing the command it was started with, so the container stops at once: n8n's `Error: Command
    // "start" not found` (coleam00/local-ai-packaged#146, an entrypoint and an n8n version that disagree), oclif's `Error: command
    // start not found` (@oclif/config, after its ` ›   ` mark), click's `Error: No such command 'runserver'.` (click core.py
    // resolve_command), cobra's `Error: unknown command "serve" for "app"` (spf13/cobra command.go Find). Not Docker's own CLI.
    // cw93: and yarn 1's `error Command "x" not found.`, commander's `error: unknown command 'x'`, Django's `Unknown command: 'x'`
    // (coleam00/local-ai-packaged#146 read at compose). One reader for both rounds.
    /^(?:›\s{1,4})?(?:Error: [Cc]ommand "?[\w:.-]{1,80}"? not found\.?|error Command "[\w:.-]{1,80}" not found\.|error: unknown command '[\w:.-]{1,80}'|Error: unknown command "[\w:.-]{1,80}" for "(?!docker\b|docker-compose\b|compose\b)[\w .-]{1,80}"|Error: No such command ['"][\w:.-]{1,80}['"]\.|Unknown command: '[\w:.-]{1,80}')\s*$/,
    /^qemu: uncaught target signal \d{1,2} \([\w -]{1,40}\) - (?:core dumped|no core)\s*$/,
    // cw142: a native program's own abort, the process gone with it (SIGABRT, or V8's trap), in the words each prints before it dies:
    // V8's fatal error (v8 src/base/logging.cc V8_Fatal: `OS::PrintError("\n\n#\n# Fatal error in %s, line %d\n# ", file, line)`,
    // release builds `# Fatal error in , line 0` then `# unreachable code`: wg-easy#174's Node on a Pi 3); glibc's assert (assert/
    // assert.c __assert_fail_base: `"%s%s%s:%u: %s%sAssertion `%s' failed.\n"`, the program's name, file, line, function); libzmq's
    // (src/err.hpp errno_assert: `fprintf (stderr, "%s (%s:%d)\n", errstr, __FILE__, __LINE__)` then zmq_abort; zmq_assert's
    // `"Assertion failed: %s (%s:%d)\n"`: jupyter/docker-stacks#1800's `Operation not permitted (src/thread.cpp:269)`, a kernel's
    // seccomp refusing clone3). A source file under src/ with its line, nothing after it: no sentence quotes it so.
    // cw142: a program's own word that it exits, logged at its error level as the whole message (Koenkk/zigbee2mqtt lib/controller.ts
    // start(): `logger.error('Failed to start zigbee')`, `logger.error('Exiting...')`, then `process.exit(1)`; its logger's
    // `zigbee2mqtt:error 2020-03-20 21:48:17: Exiting...`, #3166; the same words at `[ERROR]`, `ERROR:` or `level=error`): the program
    // stops there. At an info level it is a clean stop, not read.
    /^[^\n]{0,80}?\b(?:error|ERROR|Error|fatal|FATAL|Fatal)\b[^\n]{0,60}?[:\]|=-]\s{1,4}"?[Ee]xiting(?:\.{1,3}|…)?"?\s*$/,
    /^#\s{0,3}Fatal error in [^\n,]{0,200}, line \d{1,7}\s*$|^\S{1,200}: \S{1,200}:\d{1,6}: [^\n]{0,200}Assertion [`'][^\n]{1,300}' failed\.\s*$|^(?:Assertion failed: [^\n]{1,200}|[A-Z][a-z]{1,20}(?: [a-z]{1,20}){0,6}) \((?:\.\.\/)?src\/[\w/.-]{1,100}\.(?:[ch]pp|cc|c):\d{1,6}\)\s*$/,
    /^Usage: \S{0,200}?\b(?:apache2|httpd)(?:\.exe)? \[-D name\] \[-d directory\] \[-f file\]|^nginx: invalid option: "[^"\n]{1,200}"\s*$/,
    // cw158 (stop 53): Apache httpd refusing its own configuration at start, then exiting 1 before it listens: server/config.c
    // ap_process_config_tree logs `APLOGNO(00526) "Syntax error on line %d of %s:"` and the directive's error on the next line
    // (`DocumentRoot '/usr/local/apache2/htdocs' is not a directory, or is not readable`), main.c then destroy_and_exit_process(process,
    // 1); 2.2 printed the same line without its AH number. A file's parse, ap_read_config: `"%s: %s", ap_server_argv0, errmsg` with
    // process_resource_config's `Syntax error on line %d of %s: %s` (`httpd: Syntax error on line 52 of /usr/local/apache2/conf/
    // httpd.conf: Cannot load modules/…`, `apache2: …` on Debian), main.c exits 1 when server_conf is NULL.
    /^(?:AH00526: )?Syntax error on line \d{1,6} of \S{1,300}:\s*$|^(?:\S{0,200}\/)?(?:apache2|httpd)(?:\.exe)?: Syntax error on line \d{1,6} of \S{1,300}: \S/,
    // cw149 (stop 50): a static-site generator's dev server that refuses its config and exits before it serves (the run or the
    // image's CMD `serve`/`server`, its port published all the same). MkDocs' config/base.py load_config raises Abort (SystemExit,
    // exit 1) after logging each `Config value …` line: 1.2+ `f"Aborted with {len(errors)} configuration errors!"` (1.5+ `Aborted
    // with a configuration error!`), 1.0-1.1 `"Aborted with {} Configuration Errors!"`, in strict mode `"Aborted with {} configuration
    // warnings in 'strict' mode!"` (0.x-1.1 `Configuration Warnings`), and commands/build.py's `Aborted with {n} warnings in strict
    // mode!`. Hugo's commands/hugobuilder.go loadConfig (0.11x; hugolib/config.go ErrNoConfigFile before) `errors.New("Unable to
    // locate config file or config directory. Perhaps you need to create a new site.\nRun \`hugo help new\` for details.")`, printed
    // by cobra as `Error: …` (0.1xx's logger `ERROR …`, `… a new project.`; before 0.4x `Unable to locate Config file.`), exit 1.
    /^Aborted with (?:\d{1,4}|a) (?:[Cc]onfiguration (?:[Ee]rrors?|[Ww]arnings in 'strict' mode)|warnings in strict mode)!\s*$|^(?:Error:|ERROR) {1,2}Unable to locate [Cc]onfig file(?: or config directory)?\. Perhaps you need to create a new (?:site|project)\./,
  ]
    .map((r) => r.source)
    .join('|'),
);

/**
 * A server that could not bind the address it was given, in the container (so it never listens; it exits or retries forever):
 * gunicorn's sock.py/arbiter.py `Invalid address: ('backend', 8001)` and `Can't connect to ('10.0.0.5', 8000)` after `Retrying in 1
 * second.` (LibrePhotos/librephotos-docker#16: a service name that is not the container's own), uvicorn's `[Errno 99] error while
 * attempting to bind on address (…): cannot assign requested address`, Node's `listen EADDRNOTAVAIL`, Go's `listen tcp …: bind:
 * cannot assign requested address` and `listen tcp: lookup backend …: no such host`; the JVM that never started (hotspot's java.c
 * `Error: Could not create the Java Virtual Machine.`, Elasticsearch's bootstrap `bootstrap checks failed` and `Elasticsearch did not
 * exit normally`). An address in use is the port's answer (port-already-allocated), not one of these.
 * cw61: an address family the container's kernel does not offer (no IPv6 in a pod or a VM): Node's lib/net.js `listen EAFNOSUPPORT
 * :::3838` (libuv UV_EAFNOSUPPORT; Shiny Server's `HTTP server error (http://[::]:3838): listen EAFNOSUPPORT :::3838`, then `Shutting
 * down worker processes`, rocker-org/shiny#58), CPython's `[Errno 97] … Address family not supported by protocol` (EAFNOSUPPORT, as
 * uvicorn's bind logs it), Go's net.Listen `listen tcp6 [::]:8080: socket: address family not supported by protocol`. nginx's own
 * `socket() [::]:80 failed (97: …)` is its [emerg] (step-reach.ts).
 * cw70: moved here from listen-lines.ts (the reach chunk only), so Compose's and lesson 5's log readers read it too: pgadmin's
 * gunicorn `[ERROR] Can't connect to ('::', 80)` under `docker logs pgadmin` (pgadmin-org/pgadmin4#2601, no IPv6 on the host) is
 * the service that stopped at Compose's step as it is the container that crashed on the reach path.
 * cw77: PHP's built-in server, the adminer image's (php-src sapi/cli/php_cli_server.c php_cli_server_ctor: `Failed to listen on %s:%d
 * (reason: %s)`, then exit 1): `Failed to listen on :::8080 (reason: php_network_getaddresses: getaddrinfo failed: Name does not
 * resolve)` (TimWolla/docker-adminer#75: no IPv6 in that container), `Permission denied`, `Cannot assign requested address`; Ruby's
 * bind(2) refused (ext/socket raising SystemCallError `… - bind(2) for "10.0.0.5" port 3000 (Errno::EADDRNOTAVAIL)`, puma's and
 * WEBrick's binder). Not the reason `Address already in use` (EADDRINUSE), the port's answer. cw68 (the same move, merged
 * into this one): at lesson 5's run it comes before the run line's mapping as any crash does (pgadmin-org/pgadmin4#4290: `docker
 * run -p 8083:80 … dpage/pgadmin4`, then gunicorn's `Retrying in 1 second.` and `Can't connect to ('::', 80)`).
 * cw87: Go's net.OpError is `listen <net> <addr>: bind: …` for every network the server opens (net/net.go OpError.Error: Op, Net,
 * Addr, Err), so a DNS or syslog server's UDP socket fails in the same words as a TCP one, and its address may be IPv6 in brackets:
 * AdGuard Home's `[fatal] couldn't start forwarding DNS server: listening to udp socket: listen udp [::1]:55: bind: cannot assign
 * requested address` (hassio-addons/app-adguard-home#408, no IPv6 loopback in that namespace); the server exits there. Also
 * the other errnos of an address the host lacks: `bind: invalid argument` (a link-local IPv6 without its zone, uxbh/ztdns#1's `listen
 * udp6 [fe80::…]:53`) and Windows' WSAEADDRNOTAVAIL text (DNSCrypt/dnscrypt-proxy#1078's `[FATAL] listen udp 10.1.200.10:53: bind: The
 * requested address is not valid in its context.`). Not `address already in use` (the port's answer) nor `permission denied`.
 * cw89: the same refusal in the words of servers that print the errno's number: Apache httpd's make_sock (server/listen.c: `ap_log_perror(…
 * APLOGNO(00072) "make_sock: could not bind to address %pI", …)` after apr's `(%d)%s: ` of the status: `(13)Permission denied: AH00072:
 * make_sock: could not bind to address 0.0.0.0:80`, karlomikus/bar-assistant#89, an image whose Apache runs as a user that may not
 * bind 80; `(99)Cannot assign requested address`, `(97)Address family not supported by protocol`), then it exits (AH00451). Linux's
 * errnos only: `(98)Address already in use` is the port's answer and Windows' `(OS 10013)…` a host's reserved port (CONVENTIONS
 * §2.2). CherryPy's and cheroot's bind (cheroot/server.py bind: `No socket could be created -- (%s: %s)` with the address and the
 * socket error, raised as socket.error, rembo10/headphones#3122: `No socket could be created -- (('LOCAL IP', 8118): [Errno 99]
 * Address not available)`, musl's words for EADDRNOTAVAIL; glibc's `Cannot assign requested address`), and any Python bind's errno
 * 13/97/99 after the word bind (uvicorn's `[Errno 13] error while attempting to bind on address ('0.0.0.0', 80): permission denied`).
 * Not Errno 98 (in use), nor a client's `[Errno 99]` (a connect, no bind: compose-errors.ts' loopback clients).
 * cw95: a Go server's own listen refused by the kernel (net.Listen's OpError `listen tcp :9000: socket: permission denied`, a
 * seccomp or AppArmor profile refusing socket(2), minio/minio#7929; `listen tcp :80: bind: permission denied`, a user without
 * CAP_NET_BIND_SERVICE on a port below 1024): the server stops at start. Not Docker's own proxy nor rootlessport's line with the
 * same words (the host port's answer, parse-errors.ts), nor the daemon's.
 * cw102: a Go server given a listen address it cannot parse, refused before any socket (net/ipsock.go SplitHostPort's AddrError
 * `address %s: missing port in address`, `too many colons in address`, `missing ']' in address`, `unexpected '[' in address`; net/
 * port.go parsePort's `invalid port`, lookupPort's DNSError `lookup tcp/%s: unknown port`, all inside net.Listen's OpError `listen tcp:
 * …`): jovandeginste/workout-tracker#175's `panic: listen tcp: address "[::]:8070": too many colons in address` (WT_BIND given with
 * its quotes). Node's the same (lib/internal/errors.js ERR_SOCKET_BAD_PORT: `RangeError [ERR_SOCKET_BAD_PORT]: Port should be >= 0
 * and < 65536. Received 80500.`, 16+ `options.port should be …`). The server stops at start; nothing listens.
 * cw147: asyncio's bind message since CPython 3.12 (Lib/asyncio/base_events.py create_server: `msg = 'error while attempting to bind on
 * address %r: %s' % (sa, str(err).lower())`, where 3.11 had err.strerror.lower()) carries the errno in brackets, lowered: `[Errno 13]
 * error while attempting to bind on address ('0.0.0.0', 80): [errno 13] permission denied` as uvicorn logs it before `Waiting for
 * application shutdown.` (a user without CAP_NET_BIND_SERVICE on a port below 1024). The same refusal, with or without `[errno N] `.
 */
/** cw187: a shell opened in a container (step-reach.ts logLine's cw38 test) and gunicorn's bind retried there (sock.py). */
const execShellLine = /docker (?:container )?exec\b.{0,200}?\s(?:\/bin\/)?(?:ba|a|z)?sh\b/;
const gunicornInUse = /\[ERROR\] Connection in use: \('[^']{0,253}', \d{1,5}\)/;
const secondCopy = new WeakMap<Facts, Set<string>>();
const bindFail =
  /\blisten (?:tcp|udp)[46]?: (?:address \S{1,260}: (?:(?:missing port|too many colons|missing '\]'|unexpected '[[\]]') in address|invalid port)|lookup (?:tcp|udp)[46]?\/\S{1,60}: unknown port)|\bRangeError \[ERR_SOCKET_BAD_PORT\]: |\[ERROR\] (?:Invalid address: \(|Can't connect to \()|error while attempting to bind on address .{1,120}: (?:\[errno \d{1,3}\] )?cannot assign requested address|\blisten (?:EADDRNOTAVAIL|EAFNOSUPPORT)\b|\[Errno 97\] .{0,200}[Aa]ddress family not supported by protocol|\blisten (?:tcp|udp)6? \S{1,260}: socket: address family not supported by protocol|\blisten (?:tcp|udp)[46]? (?:[^\s:]{0,253}|\[[\w:.%]{2,60}\]):\d{1,5}: bind: (?:cannot assign requested address|invalid argument|The requested address is not valid in its context)|\blisten tcp[46]?: lookup \S{1,253}(?: on \S{1,60})?: no such host|^Error: Could not create the Java Virtual Machine\.|\bbootstrap checks failed\b|\bElasticsearch did not exit normally\b|\bFailed to listen on \S{1,260}:\d{1,5} \(reason: (?![Aa]ddress already in use)|\bbind\(2\) for "[^"\n]{0,253}" port \d{1,5} \(Errno::E(?:ADDRNOTAVAIL|ACCES|AFNOSUPPORT)\)|\((?:13|22|97|99)\)[\w ]{1,60}: AH00072: make_sock: could not bind to address\b|\b(?:bind|No socket could be created)\b.{0,200}?\[Errno (?:13|97|99)\]|\berror while attempting to bind on address .{1,120}: (?:\[errno \d{1,3}\] )?permission denied|^(?!.{0,300}(?:rootlessport|userland proxy|from daemon|driver failed|docker-proxy|dockerd))(?=.{0,300}\blisten (?:tcp|udp)[46]? (?:[^\s:]{0,253}|\[[\w:.%]{2,60}\]):\d{1,5}: (?:socket|bind): (?:permission denied|operation not permitted))/;

/**
 * A timestamp before the program's own words: `docker logs -t`'s RFC 3339 (docker/cli container/logs.go --timestamps, the
 * daemon's jsonfilelog `2024-03-27T23:54:24.123456789Z `), Docker Desktop's Logs tab (`2024-03-27 23:54:24 `,
 * docker/getting-started-app#39).
 * cw95: or the log's three fields laid out as columns, time, stream and text, a tab between them (a log viewer's copy of the
 * daemon's json-file entry `{"log":…,"stream":"stderr","time":…}`, moby daemon/logger/jsonfilelog; mrlt8/docker-wyze-bridge#562:
 * `2022-10-14T10:39:25.383403623Z\tstderr\tError: Could not locate a Flask application. …`), and the db/local drivers' two spaces.
 */
const stamp = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?(?:\s{1,4}(?:stdout|stderr))?\s{1,4}/;

/**
 * cw43: a process supervisor's words for its program crashing: supervisord's `exited: gunicorn (exit status 1; not expected)`
 * (Supervisor/supervisor supervisor/process.py), twice for one program, or its `gave up: x entered FATAL state, too many start retries
 * too quickly`; pm2's lib/God.js `App [web:0] exited with code [1] via signal [SIGINT]` twice, or its `Script … had too many unstable
 * restarts (16). Stopped.`; nodemon's lib/monitor/run.js `[nodemon] app crashed - waiting for file changes before starting...`. The
 * container stays up under its supervisor, the app in it does not run (GitLab's Open Streaming Platform #90: gunicorn in a loop).
 * cw89: also a program a signal killed (supervisor/process.py decode_wait_status: `terminated by %s` with signame(sig), `(core
 * dumped)` after it when it dumped; finish(): `exited: %s (%s)` with `; not expected`): docker/for-mac#5257's `exited: elasticmq
 * (terminated by SIGSEGV; not expected)` twice, an amd64 JVM under QEMU on an M1.
 * cw188 (stop 58): s6's supervisor failing to start a service's ./run at all (skarnet/s6 src/supervision/s6-supervise.c trystart():
 * the forked child, PROG `s6-supervise (child)`, dies in strerr_dieexec(127, "run") when execve fails, `s6-supervise (child): fatal:
 * unable to exec run: No such file or directory`, and the supervisor then logs strerr_warnwu1x("spawn ./run - waiting 10 seconds"),
 * `s6-supervise <service>: warning: unable to spawn ./run - waiting 10 seconds`, and tries again every ten seconds). Twice for one
 * service, as supervisord's exits: the service's program never runs (a run script missing or not executable: rocker's rstudio
 * `Permission denied`, an image's services.d overwritten). The child's own `fatal:` names no service and is not counted.
 * cw198 (stop 59): the same state in supervisorctl's words, `supervisorctl status` run in the container (`docker exec X supervisorctl
 * status`): supervisor/supervisorctl.py DefaultControllerPlugin._procrepr lays each process out as a row, `%-32s %-9s %s` of its name
 * (`group:name`), its state name and its description, and supervisor/process.py Subprocess.transition sets the description of a
 * process that exited before startsecs to `Exited too quickly (process log may have details)` (its spawnerr) as it goes to BACKOFF and,
 * after startretries, to FATAL (give_up, the `gave up: … entered FATAL state` above): the row is that program's crash loop, read once.
 * Only the row's own layout, at the line's start: a sentence quoting the words, a RUNNING or STOPPED row (`Not started`), are not.
 */
const supervised =
  /\bexited: ([\w.:-]{1,60}) \((?:exit status [1-9]\d{0,2}|terminated by SIG[A-Z\d]{2,8}(?: \(core dumped\))?); not expected\)|\bApp \[([\w.-]{1,60}:\d{1,4})\] exited with code \[[1-9]\d{0,2}\]|\bgave up: [\w.:-]{1,60} entered FATAL state\b|\bhad too many unstable restarts \(\d{1,5}\)\. Stopped\b|\[nodemon\] app crashed\b|\bs6-supervise ([\w.@-]{1,60}): warning: unable to spawn \.\/run - waiting 10 seconds|^[\w.:-]{1,60}\s{1,40}(?:FATAL|BACKOFF)\s{1,20}Exited too quickly \(process log may have details\)\s*$/;
/** A supervised program's non-zero exits so far, per paste. */
const exits = new WeakMap<Facts, Record<string, number>>();

/**
 * cw119: a Procfile runner telling one of its processes ended: foreman's lib/foreman/engine.rb termination_message_for (`exited with
 * code #{status.exitstatus}`, `terminated by SIG#{…}`) under the process' own `HH:MM:SS name.N | ` prefix, and honcho's manager.py
 * `%s stopped (rc=%s)` under its `system | ` prefix (rc negative for a signal, multiprocessing's). Both then stop every other process
 * (foreman's terminate_gracefully `sending SIGTERM to all processes`, honcho's `sending SIGTERM to …`) and exit, and the runner is the
 * container's command (Procfile images: Heroku-style Rails apps, madelaine-maz/siteinspector#31's `worker.1 | Segmentation fault`,
 * `worker.1 | exited with code 139`, `system | sending SIGTERM to all processes`): the container stops. Not code 0, nor a stop after
 * the runner's own `SIGINT received` or `ctrl-c detected` (Ctrl+C: each process then ends by the signal, 130 or 143, -2 or -15).
 */
const runnerStop =
  /^(?:\d\d:\d\d:\d\d )?(?:[\w.-]{1,30}\s{0,20}\| (?:exited with code (?!(?:0|130|143)\s*$)\d{1,3}|terminated by SIG(?:SEGV|ABRT|BUS|ILL|FPE|KILL))|system\s{0,20}\| [\w.-]{1,30} stopped \(rc=(?!(?:0|130|143|-2|-15)\))-?\d{1,3}\))\s*$/;
const runnerInterrupt = /^(?:\d\d:\d\d:\d\d )?system\s{0,20}\| (?:SIG(?:INT|TERM) received|ctrl-c detected)/;
/**
 * cw202 (stop 60): s6-overlay v1/v2 stopping the container because one of its init scripts failed (pihole's, linuxserver's images
 * of 2017–2022). just-containers/s6-overlay builder/overlay-rootfs/etc/s6/init/init-stage2 runs each /etc/cont-init.d script (and each
 * fix-attrs.d file) and echoes `[cont-init.d] ${i}: exited ${?}.` after it (the script's last output may stand before it on the same
 * line, `::: Testing pihole-FTL DNS: [cont-init.d] 20-start.sh: exited 1.`); with S6_BEHAVIOUR_IF_STAGE2_FAILS=2 a non-zero exit skips
 * `[services.d] starting services` and the CMD and brings the supervision tree down (`s6-svscanctl -t`), so init-stage3 runs:
 * `[cont-finish.d] executing container finish scripts...`, `[s6-finish] syncing disks.`, `[s6-finish] sending all processes the TERM
 * signal.`, then `… the KILL signal and exiting.`, and the container exits. Read as the stop only when stage 3 follows the failed
 * script with no `[services.d] starting services` between (behaviour 0 goes on to the services; 1 stays up with `init-stage2
 * failed.`): a failed script alone, or a stage 3 after services started (a `docker stop`), is not.
 */
const s6InitFail = /\[(?:cont-init|fix-attrs)\.d\] \S{1,200}: exited [1-9]\d{0,2}\.\s*$/;
const s6Stage3 =
  /^\[(?:cont-finish\.d\] executing container finish scripts\.\.\.|s6-finish\] (?:syncing disks\.|sending all processes the (?:TERM|KILL) signal))/;
/** Per paste: the services (Compose keys) whose s6 init script failed, stage 3 not yet seen. */
const s6Failed = new WeakMap<Facts, Set<string>>();
/** Pastes whose Procfile runner was interrupted by hand (runnerInterrupt), before any process ended. */
const interrupted = new WeakSet<Facts>();

/**
 * cw121: a word of an error, then (a colon, up to four spaces) a shell's own line to the line's end, from the shell's or script's
 * name (a path, `x.sh:`, `sh:`/`bash:`): startFailure reads it as shellMiss, which decides.
 * cw161 (stop 54): the other verbs a learner tells a program's output with (`it prompts: /bin/sh: 1: …: not found`, the English of
 * Chinese 提示; displays, outputs, returns, reports): the same telling, the shell's line to the line's end still decides.
 */
const toldShell =
  /\b(?:[Ee]rrors?|[Mm]essage|says?|said|got|get|gets|getting|shows?|showed|prints?|printed|fails? with|failed with|prompts?|prompted|displays?|displayed|outputs?|returns?|returned|reports?|reported)\b:?[ \t]{1,4}["'“]?((?:\/|[\w.-]{1,100}\.sh: |(?:ba|da|a)?sh: )[^\n"”]{3,300}?)["'”]?\s*$/;

/**
 * cw125 (stop 45): the container's own program failing at start, read by the shape of the failure, whatever the program (CONVENTIONS
 * §2.6 cw125). Earlier rounds read one parser or one logger at a time (argparse's and click's words cw61, Apache's usage cw115, logrus'
 * level cw68/cw119); these are the shapes the libraries themselves print, so the next program built on one of them is read too.
 * An argument parser refusing the words it was started with (the image's CMD, the run line's words after the image, an env that
 * the entrypoint passes as flags), which exits before the program serves:
 * - `prog: error: <message>` about a flag, an option, an argument or a command: CPython's argparse ArgumentParser.error and optparse
 *   OptionParser.error (`'%(prog)s: error: %(message)s\n'`), alecthomas/kingpin's Application.Fatalf (`"%s: error: "+format`, its
 *   `required flag --x not provided`, `unknown long flag '--x'`, FatalIfError's `…, try --help`) and alecthomas/kong's Kong.Errorf
 *   (`"%s: error: %s\n"`; mapper.go's `expected string value but got "--timeout" (long flag); perhaps try --interface="--timeout"?`,
 *   synfinatic/udp-proxy-2020#102, then kong's `Usage: udp-proxy-2020`);
 * - urfave/cli's `Incorrect Usage: flag provided but not defined: -port` (v1 `Incorrect Usage.`; help.go), click's other UsageErrors
 *   (click/exceptions.py: `Error: Missing option '--x'.`, `Error: Missing argument 'X'.`, `Error: Invalid value for '--port': …`,
 *   `Error: Got unexpected extra argument (x)`), commander.js' lib/command.js (`error: unknown option '--x'`, `error: missing required
 *   argument 'x'`, `error: option '--x <v>' argument missing`, `error: required option '--x' not specified`, `error: too many
 *   arguments. Expected 0 arguments but got 1.`), yargs' lib/validation.js (`Unknown argument: x`, `Unknown arguments: a, b`,
 *   `Missing required argument: x`, `Not enough non-option arguments: got 0, need at least 1`), clap's error kinds (4.x `error:
 *   unexpected argument '--x' found`, `error: invalid value 'x' for '--port <PORT>'`, `error: the following required arguments were
 *   not provided:`, `error: unrecognized subcommand 'x'`; 2.x `error: Found argument '--x' which wasn't expected, or isn't valid in
 *   this context`), picocli's CommandLine (`Unknown option: '--x'`, `Missing required option: '--x=<x>'`, `Unmatched argument at index
 *   0: 'x'`): words no Docker CLI prints, read at once;
 * - shapes Docker's own CLIs share (docker 1.x's mflag `flag provided but not defined: --x`, podman's cobra `Error: unknown flag: --x`,
 *   a host tool's getopt refusal), read only with the program's own usage or help hint in the paste, of a program that is not
 *   Docker's: Go's flag package (flag.go failf: `flag provided but not defined: -x`, `invalid value "x" for flag -port: …`, `flag needs
 *   an argument: -x`, then its defaultUsage `Usage of %s:`), cobra (command.go: `Error: unknown flag: --x`, `Error: unknown shorthand
 *   flag: 'x' in -x`, `Error: flag needs an argument: --x`, `Error: invalid argument "x" for "--port" flag: …`, `Error: required
 *   flag(s) "x" not set`, args.go `Error: accepts 1 arg(s), received 2`, then `Usage:` and `  prog [flags]`), glibc's getopt
 *   (posix/getopt.c: `%s: invalid option -- '%c'`, `%s: unrecognized option '%s'`, `%s: option requires an argument -- '%c'`, `%s:
 *   option '%s' requires an argument`; BSD's `illegal option -- x`), then `Try '%s --help' for more information.` or its usage;
 * - an init-style usage alone, `Usage: /entrypoint.sh {start|stop|restart}` (the `case "$1"` of an entrypoint or an init.d script
 *   that got a command it has no branch for; Debian's /etc/init.d/skeleton `echo "Usage: $SCRIPTNAME {start|stop|…}" >&2; exit 3`).
 *   Not the usage a learner asked for with --help (no refusal and no braces: a full help text is no failure), nor Docker's own.
 * A logger's fatal level or a runtime's fatal end, which exits the program:
 * - `[FATAL]`, `[PANIC]`, `[CRITICAL]` after a timestamp (dnscrypt-proxy's dlog, many Go and C++ servers), a level column after a
 *   timestamp (zap's console encoder `…Z\tFATAL\tmain.go:30\t…`, also once the log's stamp is taken off; log4j's `%d %p`), Python logging's basicConfig `CRITICAL:root:…`
 *   and `… - CRITICAL - …` (its documented `%(asctime)s - %(name)s - %(levelname)s - %(message)s`); not gunicorn's `[CRITICAL]
 *   WORKER TIMEOUT` (the arbiter kills a slow worker and boots another), nor PostgreSQL's `FATAL:` (a backend's, dbStop's reading);
 * - glog and klog's fatal line (`F1206 10:00:00.000000       1 main.go:42] …`: glog.go's header, severity F, then os.Exit(255));
 * - Go's panic or runtime throw (runtime/panic.go printpanics `panic: `, runtime/panic.go throw `fatal error: `) then any goroutine's
 *   trace (`goroutine 23 [running]:`), not net/http's recovered `http: panic serving …` (the server goes on);
 * - Node's fatal exception: its source line header (`/app/server.js:5`, lib/internal/process/execution.js's arrow message) and since
 *   18 its `Node.js v18.17.0` last line (src/node_errors.cc PrintUncaughtException), or `[UnhandledPromiseRejection: …` (15+);
 * - a signal that ended the program, as its shell or runner tells it: bash's jobs.c `%s: line %d: %5d Segmentation fault (core
 *   dumped) …` (pretty_print_job, strsignal's name), `Segmentation fault (core dumped)`, `Aborted (core dumped)`, `Bus error`,
 *   `Illegal instruction`, and `Killed` alone on its line (SIGKILL, the OOM killer's);
 * - cw167 (stop 55): a Zig program's own segfault handler, which dumps a stack trace and aborts (Zig lib/std/debug.zig
 *   handleSegfaultPosix: `Segmentation fault at address 0x{x}`, `Illegal instruction at …`, `Bus error at …`, `Arithmetic exception
 *   at …`, each alone on its line): the whole line, nothing after the address.
 */
const parserNow = new RegExp(
  [
    /^([\w./-]{1,80}): error: (?=.{0,300}?(?:\b(?:arguments?|options?|flags?|commands?|usage|value)\b|[\s'"‘(=]--?[A-Za-z][\w-]{0,40}))/,
    /^Incorrect Usage[.:]|^Error: (?:Missing (?:option|argument|parameter) ['"‘]|Invalid value for ['"‘]|Got unexpected extra arguments? \(|No such option: )/,
    /^error: (?:unknown option '|missing required argument '|option '[^'\n]{1,80}' argument missing|required option '[^'\n]{1,80}' not specified|too many arguments(?: for '[^'\n]{1,80}')?\. Expected \d)/,
    /^(?:Unknown arguments?|Missing required arguments?|Not enough non-option arguments): \S/,
    /^error: (?:unexpected argument '|Found argument '[^'\n]{1,80}' which wasn't expected|[Tt]he following required arguments? (?:was|were) not provided|invalid value '[^'\n]{0,200}' for '|unrecognized subcommand '|a value is required for ')/,
    /^(?:Unknown options?: ['"]|Missing required (?:options?|parameters?):? ['"<]|Unmatched arguments? (?:from|at) index \d{1,3}: ')/,
    /^Usage: (?!(?:\S{0,200}\/)?docker(?:d|\.io)? )\S{1,200} \{[\w-]{1,30}(?:\|[\w-]{1,30}){1,12}\}\s*$/,
  ]
    .map((r) => r.source)
    .join('|'),
);
// cw161 (stop 54): also click's BadParameter raised by the program's own check with no parameter named (click/exceptions.py
// BadParameter.format_message: `_("Invalid value: {message}")` when it has neither param_hint nor param, else `Invalid value for
// {param_hint}: …`, read at once above), which UsageError.show prints as `Error: …` under the command's usage and `Try '{command}
// --help' for help.` (Streamlit's `streamlit run` on a file that is not there: `Error: Invalid value: File does not exist: app.py`).
// Its words alone are any program's, so only with that usage hint, as the other paired refusals.
const parserPaired =
  /^(?:flag provided but not defined: -{1,2}[\w.-]{1,60}|invalid value "[^"\n]{0,200}" for flag -{1,2}[\w.-]{1,60}: |flag needs an argument: -{1,2}[\w.-]{1,60}$|Error: (?:Invalid value: \S|unknown (?:shorthand )?flag: |flag needs an argument: |invalid argument "[^"\n]{0,200}" for "|required flag\(s\) "|accepts (?:at (?:most|least) |between )?\d{1,2}(?: and \d{1,2})? arg\(s\), received \d{1,3})|([\w./-]{1,80}): (?:invalid option -- |unrecognized option[: ]|option requires an argument -- |option '[^'\n]{1,80}' requires an argument|illegal option -- ))/;
/** A parser's usage or help hint, and its program: argparse's `usage: prog`, `Usage: prog`, Go's `Usage of prog:`, cobra's `  prog [flags]`, urfave's `USAGE:`, `Try 'prog --help' …`, clap's `For more information, try '--help'.`. */
const usageHint =
  /^(?:[Uu]sage: {1,2}(\S{1,200})|Usage of (\S{1,200}):$|\s{0,4}(\S{1,80})(?: \[command\])? \[flags\]|USAGE:$|Try '(\S{1,80})[^'\n]{0,80}--help' for (?:more information|help)|For more information,? try '--help'|Run '(\S{1,80})[^'\n]{0,80}--help' for usage)/;
/** Docker's own command lines (docker/cli, Compose, podman, nerdctl) and a host's tools: their refusals are the learner's command, not the container's. */
const dockerOwn = /^(?:\S{0,200}\/)?(?:docker(?:-compose)?|podman|nerdctl|compose|buildx)(?:\.exe)?$/;
const fatalLine = new RegExp(
  [
    /^(?:\[?[\d/:.TZ+, -]{6,40}\]?\s{1,4})?(?:\[\d{1,7}\] )?\[(?:FATAL|[Ff]atal|PANIC|CRITICAL|[Cc]ritical)\]:?\s(?!.{0,40}WORKER TIMEOUT)/,
    /^\d[\d/:.TZ+, -]{5,39}\s{1,4}(?:FATAL|PANIC|DPANIC|CRITICAL)\s|^(?:FATAL|PANIC|DPANIC)\t/,
    /^CRITICAL:[\w.-]{1,80}:|^[^\n]{0,120}? - (?:CRITICAL|FATAL) - /,
    /^F\d{4} \d\d:\d\d:\d\d\.\d{6}\s{1,10}\d{1,7} [\w.-]{1,100}:\d{1,6}\] /,
    /^Node\.js v\d{1,2}\.\d{1,3}\.\d{1,3}\s*$|^(?:file:\/\/)?\/\S{1,300}\.(?:[cm]?[jt]s|[jt]sx):\d{1,6}$|^\[UnhandledPromiseRejection: /,
    /^\S{1,200}: line \d{1,5}: {1,8}\d{1,7} (?:Segmentation fault|Aborted|Bus error|Illegal instruction|Killed)\b|^(?:Segmentation fault|Aborted|Bus error|Illegal instruction)(?: {1,20}\(core dumped\))?\s*$|^Killed\s*$/,
    /^(?:Segmentation fault|Illegal instruction|Bus error|Arithmetic exception) at address 0x[\da-fA-F]{1,16}\s*$/,
  ]
    .map((r) => r.source)
    .join('|'),
);
/** Per paste: a paired refusal seen (of a program not Docker's), a usage of a program not Docker's, a Go panic's first line. */
const parsing = new WeakMap<Facts, { refused?: boolean; usage?: boolean; panic?: boolean; thrown?: boolean }>();
/**
 * cw203 (stop 60): a D program's uncaught exception, as druntime prints it and ends the program (dlang/dmd druntime/src/object.d
 * Throwable.toString: `typeid(this).name`, `@`, the file, `(line)`, `: ` and the message, then `\n----------------` and one line per
 * frame of its trace info, `??:? [0x6a80f7]` without debug symbols; rt/dmain2.d _d_run_main2 prints it through _d_print_throwable and
 * returns EXIT_FAILURE): the class's qualified name, a D source (`.d`, `.di`) and its line, then the dashes line. Either line alone is
 * no failure (a caught exception logged by its message, a Markdown rule).
 */
const dThrown = /^(?:[a-z_]\w{0,60}\.){0,8}(?:[A-Z]\w{0,60})?(?:Exception|Error)@\S{1,300}\.di?\(\d{1,6}\): \S/;

/**
 * cw125: whether this line (its prefixes gone) is, or completes, the family's failure; records what a later line may complete.
 * cw130: `key`, the line's Compose service ('' without that prefix): a paired refusal there needs no usage beside it, since Docker's
 * own CLIs never print under a service's prefix (parse-logs.ts serviceRefusal); a copy often keeps the refusal and not its usage.
 */
function programFails(line: string, facts: Facts, key: string): boolean {
  if (line.length > 600) return false;
  const st = parsing.get(facts) ?? {};
  parsing.set(facts, st);
  const now = parserNow.exec(line);
  if (now && !(now[1] && (dockerOwn.test(now[1]) || lookingTool.test(now[1].replace(/^.*\//, ''))))) return true;
  const paired = parserPaired.exec(line);
  if (paired && !(paired[1] && (dockerOwn.test(paired[1]) || lookingTool.test(paired[1].replace(/^.*\//, ''))))) {
    if (key) return true;
    st.refused = true;
  }
  const usage = usageHint.exec(line);
  const prog = usage && (usage[1] ?? usage[2] ?? usage[3] ?? usage[4] ?? usage[5]);
  if (usage && !(prog && (dockerOwn.test(prog) || lookingTool.test(prog.replace(/^.*\//, ''))))) st.usage = true;
  if (/^(?:panic|fatal error): \S/.test(line)) st.panic = true;
  if (st.panic && /^goroutine \d{1,7} \[running\]:\s*$/.test(line)) return true;
  if (st.thrown && /^-{16}\s*$/.test(line)) return true;
  st.thrown = dThrown.test(line);
  return (!!st.refused && !!st.usage) || fatalLine.test(line);
}

/** Marks a start failure on one log line's text (Compose's prefix removed), as parse-logs.ts marks a traceback. */
// cw146 (stop 50): a program's child shell that found no program, its server going on: libc's popen() and system() run `sh -c CMD`
// with argv[0] `sh` (musl src/stdio/popen.c `(char *[]){"sh", "-c", (char *)cmd, 0}`; glibc the same), so BusyBox ash prints
// `sh: locale: not found` (PostgreSQL's collation import runs `locale -a` through popen, src/backend/commands/collationcmds.c, on an
// Alpine image without it, then logs `WARNING:  no usable system locales were found` and starts). The line alone stays a crash; a
// start line of the same log after it (the server listening at a port, or ready for connections) shows the server went on,
// and nothing else failed in between: that line was no stop. Docker's shell form runs `/bin/sh -c` (argv[0] `/bin/sh`), not this.
const childMiss = /^sh: ([\w.+-]{1,100}): not found\s*$/;
/**
 * cw166 (stop 55): Alertmanager's configuration that failed to load (prometheus/alertmanager config/coordinator.go Reload: `Loading
 * configuration file failed` under go-kit's logfmt, `component=configuration`; `Loading configuration failed` since its log/slog move),
 * logged under coordinator.go's caller, not main.go's: cmd/alertmanager/main.go run() then `if err := configCoordinator.Reload(); err
 * != nil { return 1 }`, so the first load failing ends the program (prometheus-webhook-dingtalk's main the same). A reload asked later
 * (SIGHUP, POST /-/reload) logs the same words and the server lives on: only where its log said nothing of listening before it.
 */
const configLoadFail = /^(?=.{0,300}\blevel=(?:error|ERROR)\b).{0,400}\bmsg="?Loading configuration (?:file )?failed\b/;
const pendingChild = new WeakMap<Facts, { key: string; count: number }>();
const crashLines = new WeakMap<Facts, Set<string>>();
// A start line by its shape (as listen-lines.ts reads them on the reach path): a word of listening or accepting, then a port
// (PostgreSQL's postmaster.c `listening on IPv4 address "0.0.0.0", port 5432`, `database system is ready to accept connections`).
const wentOn =
  /\b(?:[Ll]isten(?:ing|er)|[Aa]ccepting connections|[Ww]aiting for connections|[Ss]erving)\b.{0,80}?(?:\bport,?\s?:?\s?\d{1,5}\b|:\d{1,5}\b)|\bready to accept connections\b/;

/**
 * cw41: a start script stopped on a file it may not write: the error in coreutils' words (src/mkdir.c `cannot create directory %s`,
 * chown's `changing ownership of %s`, touch's `cannot touch %s`) or BusyBox's (libbb/make_directory.c `can't create directory '%s'`),
 * beside the image's own words that a path is not writable: grafana/grafana packaging/docker/run.sh (`#!/bin/bash -e`) prints
 * `GF_PATHS_DATA='/var/lib/grafana' is not writable.`, then its `mkdir "$GF_PATHS_PLUGINS"` fails and ends the script
 * (masknetgoal634/near-prometheus-exporter#4, `sudo docker logs grafana`); jenkinsci/docker's jenkins.sh `touch
 * "${COPY_REFERENCE_FILE_LOG}" || { echo "Can not write to ${COPY_REFERENCE_FILE_LOG}. Wrong volume permissions?"; exit 1; }`.
 * The error alone may be one the entrypoint goes past (check.test.ts: once is no loop); three times is parse-logs.ts' restart
 * loop. A stop only where nothing said where the app listens afterwards (step-reach.ts settle; diagnose-compose.ts at Compose's step).
 */
// cw180 (stop 57): and BusyBox's own form, the path then strerror (coreutils/touch.c and chmod.c `bb_simple_perror_msg(path)`:
// `touch: /data/.probe: Read-only file system`, `chmod: /data: Read-only file system`), an absolute path only; and an image's check
// that ends its start script in the same words (itzg/docker-minecraft-server's start scripts, copied by others: `if ! touch
// /data/.verify_access; then log "ERROR: /data doesn't seem to be writable. Please make sure attached directory is writable by
// uid=$(id -u)"; exit 2; fi`).
export const fileStop =
  /^(?:[\w.\/-]{0,60}: (?:line \d{1,5}: )?)?(?:mkdir|chown|chmod|touch|cp|ln|mv|install): (?:(?:(?:cannot|can't) (?:create directory|touch|create regular file|create|open|change|access)\b|changing (?:ownership|permissions) of) .{1,300}|\/[^\s:]{0,300}): (?:Permission denied|Read-only file system|Operation not permitted)\s*$/;
export const notWritable =
  /\bis not (?:writable|readable)\b|\b(?:doesn't|does not) seem to be writable\b|^Can not write to \S.{0,300}Wrong volume permissions\?/;
/**
 * cw166 (stop 55): the image's own words that the configuration file it will start its server with is not readable, alone: grafana/
 * grafana packaging/docker/run.sh tests `[ ! -r "$GF_PATHS_CONFIG" ]` and echoes `GF_PATHS_CONFIG='…' is not readable.`, goes on,
 * then `exec grafana server … --config="$GF_PATHS_CONFIG"`; the server's pkg/setting/setting.go loadSpecifiedConfigFile returns
 * `failed to parse %q` from ini.Load for a file it cannot read (a missing one too: a --config given is never skipped), and the server
 * exits at start. A variable that names a configuration (`…CONFIG…='path'`), as such scripts print it. The data folder's `is not
 * writable` alone is no stop (the server may still start); it is cw41's pair above.
 */
export const configUnreadable = /^[A-Z][A-Z0-9_]{0,60}CONFIG[A-Z0-9_]{0,60}='[^'\n]{1,300}' is not readable\.?\s*$/;
const fileStops = new WeakMap<Facts, string>();
const fileWarned = new WeakSet<Facts>();
/** cw166 (stop 55): fileStop and its words beside it, or configUnreadable, by service, for Compose's step (Facts fileStopIn). */
function fileStopLine(text: string, facts: Facts, key: string): void {
  if (text.length >= 2200) return;
  const line = text.trim();
  if (fileStop.test(line) && !fileStops.has(facts)) fileStops.set(facts, key);
  if (notWritable.test(line)) fileWarned.add(facts);
  if (configUnreadable.test(line)) facts.configUnreadableIn ??= key;
  if (fileStops.has(facts) && fileWarned.has(facts)) facts.fileStopIn ??= fileStops.get(facts);
  if (facts.configUnreadableIn !== undefined) facts.fileStopIn ??= facts.configUnreadableIn;
}

export function startFailure(text: string, facts: Facts, key = ''): void {
  fileStopLine(text, facts, key);
  if (text.length > 2000) return;
  // cw187 (stop 58): cw38's second copy in gunicorn's words. A shell opened in the container (`docker exec -it superset bash`, in a
  // sentence or a code span too), then gunicorn started there by hand: sock.py create_sockets logs `Connection in use: ('0.0.0.0',
  // 8088)` and `Retrying in 1 second.` while the container's own server holds the address, then `Can't connect to ('0.0.0.0', 8088)`
  // and exits (1): that process ends, in the shell; the container and its own server go on. Its `Can't connect to` is no crash then.
  facts.execShell ||= execShellLine.test(text);
  if (facts.execShell && gunicornInUse.test(text)) (secondCopy.get(facts) ?? secondCopy.set(facts, new Set()).get(facts)!).add(key);
  if (secondCopy.get(facts)?.has(key) && /\[ERROR\] (?:Can't connect to \(|Retrying in \d)/.test(text)) return;
  const pending = pendingChild.get(facts);
  if (pending && pending.key === key && (crashLines.get(facts)?.size ?? 0) === pending.count && wentOn.test(text)) {
    pendingChild.delete(facts);
    if (pending.count === 1) {
      facts.crash = false;
      facts.crashIn = undefined;
    }
  }
  // cw58: the failure quoted as inline code in a sentence (docker/python-docker#8: "When running `docker compose up --build -d` the
  // error", then "`/bin/sh: 1: gunicorn: not found`  is displayed"): each code span is read as a line of its own, also the one
  // that starts the line, whose opening backtick normalize.ts' unmark took.
  // The line itself is read too (bundler's "Run `bundle install` to install missing gems." is a failure as a whole).
  const lead = key ? null : /^\s*([^`]{3,300})`(?=[\s.,;:!?)]|$)/.exec(text);
  const rest = text.slice(lead?.[0].length ?? 0);
  const spans = key ? [] : [...rest.matchAll(/`([^`]{3,300})`/g)].map((m) => m[1]!);
  // cw99, cw102 (the same class, found by both rounds; merged): and the span that ends the line, whose closing backtick unmark took
  // the same way (h83-dejacode73's list item "3. Observe `gunicorn: error: unrecognized arguments:  --workers 4`";
  // EricJMarti/inventory-hunter#56: "I get an error `run.py: error: the following arguments are required: -a/--alerter` "): an odd
  // backtick count leaves the last one open, and the text after it to the line's end is that span.
  const open = key || (rest.match(/`/g)?.length ?? 0) % 2 === 0 ? undefined : /`([^`]{3,300})$/.exec(rest.trimEnd())?.[1];
  // cw121: or the shell's own line told after a word of an error in a sentence, no backticks (docker/docs#19382: "following the
  // instruction I got the error  /bin/sh: 1: gunicorn: not found"): dash's `%s: %d: %s: not found`, bash's and ash's, an entrypoint
  // script's (shellMiss above), to the line's end. Not a tool the learner typed to look (lookingTool).
  const told = key ? null : toldShell.exec(rest);
  // cw141: or an issue's title, a Markdown heading, that quotes the line after the tags its writer put in brackets (docker/python-docker#4:
  // `# [EXIT CODE 127] /bin/sh: 1: gunicorn: not found`; `[BUG]`, `[Question]`): the heading's marks and the tags are the writer's.
  const title = key ? null : /^#{1,6} +(?:\[[^\]\n]{1,40}\] *){1,3}(\S.{2,300})$/.exec(text.trim());
  const quoted = [lead?.[1], ...spans, open, told?.[1], title?.[1]].some((q) => {
    const miss = q && shellMiss.exec(q.trim());
    return (miss && !lookingTool.test(miss[1] ?? miss[2] ?? '')) || (q && failure.test(q.trim()));
  });
  // cw70: a process runner's own prefix before its program's line (cookiecutter-flask/cookiecutter-flask#651: `flask-dev_1 | [FLASK]
  // Error: Could not locate a Flask application.`): concurrently's `[name] ` or `[0] ` (open-cli-tools/concurrently src/logger.ts,
  // its default prefix `[{index}]`, `[{name}]` with --names), foreman's and honcho's `12:00:00 web.1  | ` (ddollar/foreman
  // lib/foreman/engine/cli.rb, nickstenning/honcho printer.py). PostgreSQL's `[1] FATAL:` keeps its PID: the line is read as it is too.
  const line = text.trim().replace(stamp, '');
  const runner = line.replace(/^(?:\[[\w.:-]{1,30}\]|\d\d:\d\d:\d\d [\w.-]{1,30}\s{0,20}\|) (?=\S)/, '');
  // cw149 (stop 50): not a command the learner typed at the container's own shell prompt (`root@<ID>:/dir# ll`, read.ts' part inside,
  // a `docker exec -it X bash` or `docker run -it … bash` session) that the shell did not know: bash's execute_cmd.c
  // execute_disk_command `internal_error (_("%s: command not found"), pathname)` under an interactive shell, which names no script and
  // no line (error.c get_name_for_error: the shell's own name; `line %d: ` only when not interactive), dash's and ash's `sh: 1: x: not
  // found`, `sh: x: not found`. That shell goes on at its next prompt; the container's program did not fail.
  const typed =
    facts.atContainerPrompt && /^(?:(?:\/usr)?\/bin\/)?(?:ba|da|a)?sh(?:: 1)?: \S{1,200}: (?:command )?not found\s*$/.test(line);
  const shell = typed ? null : shellMiss.exec(line);
  const rails = !key && /^A server is already running[ .(]/.test(line);
  const down = supervised.exec(line);
  const program = down && (down[1] ?? down[2] ?? down[3]);
  const counts = exits.get(facts) ?? {};
  exits.set(facts, counts);
  const loops = !!down && (!program || (counts[program] = (counts[program] ?? 0) + 1) >= 2);
  if (runnerInterrupt.test(line)) interrupted.add(facts);
  const ranOut = runnerStop.test(line) && !interrupted.has(facts);
  const s6 = s6Failed.get(facts) ?? new Set<string>();
  s6Failed.set(facts, s6);
  if (s6InitFail.test(line)) s6.add(key);
  else if (/^\[services\.d\] starting services\b/.test(line)) s6.delete(key);
  const s6Stop = s6.has(key) && s6Stage3.test(line);
  if (s6Stop) s6.delete(key);
  if (
    s6Stop ||
    quoted ||
    (shell && !lookingTool.test(shell[1] ?? shell[2] ?? '')) ||
    failure.test(line) ||
    failure.test(runner) ||
    bindFail.test(line) ||
    bindFail.test(runner) ||
    rails ||
    loops ||
    ranOut ||
    (configLoadFail.test(line) && !Object.values(facts.listen).some((l) => l.all || l.loop || l.port || l.served)) ||
    programFails(line, facts, key) ||
    (runner !== line && programFails(runner, facts, key))
  ) {
    // Each line's text once (a line may be read by more than one reader of the step, a log pasted again after a restart).
    const seenLines = crashLines.get(facts) ?? new Set<string>();
    crashLines.set(facts, seenLines.add(line));
    const count = seenLines.size;
    const child = count === 1 && !quoted && !failure.test(line) && childMiss.test(line) && !lookingTool.test(shell?.[1] ?? '');
    if (child) pendingChild.set(facts, { key, count });
    facts.crash = true;
    facts.crashIn ??= key;
    if (dbStop.test(line) || dbStop.test(runner)) facts.dbStopIn ??= key;
    if ([serverStop, ownStop, runnerExit].some((r) => r.test(line) || r.test(runner))) facts.stopIn ??= key;
  }
}
