/*
 * The error messages only lessons 6 and 7 read (their chunk, step-compose.ts), ranked by
 * parse-errors.ts between the daemon's and "No such container":
 * - compose-go: "no configuration file provided: not found", `service "web" refers to undefined
 *   network backend: invalid compose project`; docker/cli: "docker: 'compose' is not a docker
 *   command." (older), "docker: unknown command: docker compose" (newer);
 * - moby libnetwork: "network dash-app_backend not found", older "No such network: …";
 * - nginx, in the proxy's log (read with the log reader, parse-logs.ts): "connect() failed (111:
 *   Connection refused) while connecting to upstream, … upstream: "http://127.0.0.1:8050/"",
 *   "host not found in upstream "web"".
 */
import type { ContainerWords, ErrorRule } from './parse-errors';
import type { LogLineReader } from './parse-logs';
import type { Facts } from './types';
import { networkFirewall } from './network-firewall';
import { startFailure } from './start-failures';

/** The errors about one container (parse-errors.ts' containerErrors) in Compose's words: a service not running. */
export const containerWords: ContainerWords = {
  noProgram: ['compose-service-not-running', { variant: 'start-failed' }],
  gpu: ['compose-service-not-running', { variant: 'gpu' }],
  noRuntime: ['compose-service-not-running', { variant: 'no-runtime' }],
  runtime: ['compose-service-not-running', { variant: 'runtime' }],
  restarting: ['compose-service-not-running', { state: 'restarting', variant: 'restarting' }],
  // cw173 (stop 56): containerd's refusal of an exec into a service's exited process (parse-errors.ts' containerErrors).
  execStopped: ['compose-service-not-running', { variant: 'exec-stopped' }],
  credentials: ['image-not-found', { variant: 'credentials' }],
};

/**
 * cobra's refusal of a flag (spf13/cobra flag parsing: `unknown shorthand flag: 'a' in -a`, `unknown flag: --build`). Typed after
 * `docker compose`, it is docker's own parser without the plugin: Compose is missing. cw40: typed after `docker-compose`, it is
 * that binary's own cobra (Compose v2 standalone, or Desktop's compose switch, dropped v1's `-v`: aws/aws-mwaa-local-runner#52's
 * `docker-compose -v` → `unknown shorthand flag: 'v' in -v`), so a Compose version shown in the same paste answers (step-compose.ts
 * settle).
 */
export const unknownFlag = /unknown (?:shorthand )?flag: (?:'\w' in -\w|--[\w-]+)/;

export const composeRules: ErrorRule[] = [
  // A Compose subcommand's own usage names it: that Compose exists and is too old for a flag (ranked first).
  [/See 'docker compose (?:ps|up|logs|config) --help'/, 'compose-too-old'],
  // Without the plugin docker parses `compose ps -a`, `compose up --build` itself: "unknown shorthand flag:
  // 'a' in -a", "unknown flag: --build", then "See 'docker --help'." and its own usage.
  // Also zsh's `command not found: docker-compose`, fish's `Unknown command: docker-compose`; a docker-compose that is no program
  // (a download saved as an error page, a dangling link: bash `docker-compose: line 1: Not: command not found`, `-bash:
  // /usr/local/bin/docker-compose: No such file or directory`); apt without Docker's repository (`E: Unable to locate package
  // docker-compose-plugin`, `Package 'docker-compose-plugin' has no installation candidate`), dnf's `No match for argument`, yum's
  // `No package docker-compose-plugin available`; Ubuntu's command-not-found `Command 'docker-compose' not found, but can be installed`
  // (before 18.04 `The program 'docker-compose' is currently not installed.`).
  // cw93: pip that found no docker-compose for its Python (`Could not find a version that satisfies the requirement docker-compose (from
  // versions: )`, then `No matching distribution found for docker-compose`: docker/compose#5071, Ubuntu 16.04's old pip), snap's `error:
  // snap "docker-compose" not found`: the install failed, so no Compose.
  // cw117: a docker-compose the shell may not run: the release binary downloaded with curl -o (Compose v1's install page, docs.docker.com
  // "Install Compose standalone") before or without its `chmod +x`, or a download the network cut (curl's `(18) transfer closed with N
  // bytes remaining`) and never made executable. bash execute_cmd.c shell_execve's file_error, strerror(EACCES): `-bash:
  // /usr/local/bin/docker-compose: Permission denied` (dash alike, `sh: 1: …: Permission denied`); zsh exec.c zerr("%e: %s") `zsh:
  // permission denied: docker-compose`; fish's `The file “/usr/local/bin/docker-compose” is not executable by this user`. No Compose that
  // runs here, as a dangling link (`No such file or directory`) or another CPU's build.
  // cw79: a docker-compose run as a script by any shell, in the shell's own layout `<file>: <line>: <message>` (dash, Debian's and
  // Ubuntu's sh: `/usr/local/bin/docker-compose: 1: /usr/local/bin/docker-compose: Not: not found`, docker/compose#6828, the colon
  // after the name lost as the poster retyped it; `1: Syntax error: newline unexpected` for a saved HTML page; bash: `line 1: …`), and
  // a build for another CPU (bash's `cannot execute binary file: Exec format error`): no Compose that runs here.
  // macOS refusing an Intel-only docker-compose on Apple silicon without Rosetta (`fork/exec /usr/local/bin/docker-compose-v1: bad CPU
  // type in executable`, docker/for-mac#6232; zsh's `zsh: bad CPU type in executable: docker-compose`): no Compose that runs here.
  // A plugin the CLI cannot run (another CPU's build, a dangling link): `docker help`'s `Invalid Plugins:` then `compose  failed to
  // fetch metadata: fork/exec …/cli-plugins/docker-compose: exec format error` (chicommons/maap-backend#218), `docker info`'s
  // `WARNING: Plugin "/usr/libexec/docker/cli-plugins/docker-compose" is not valid: failed to fetch metadata: …`.
  // Stop 49: the shell's refusal in the language of the learner's locale: bash's error.c error_prolog prints `NAME:<_(" line ")>N: `
  // before the command's name and the message, both through gettext (`./run.sh: 行 286: docker-compose: 未找到命令`, QAnything#275;
  // another translation without spaces, `./byfn.sh:行169: docker-compose: 未找到命令`, a Hyperledger Fabric note; `Zeile`, `ligne`),
  // or interactively `bash: docker-compose: 未找到命令` (dash: `sh: 1: docker-compose: not found`): whatever the words after it (not
  // found, no such file, permission denied), the shell prints this prolog only for what it could not run.
  [
    /\bcompose['’"”]? is not a docker command|The program 'docker-compose' is currently not installed|^\s*(?:-?(?:ba|z|da)?sh|\S{1,200}?:\s?[^\s\d:]{0,12}\s?\d{1,6}): docker-compose: \S|^\s*compose\s+failed to fetch metadata|Plugin "[^"]{0,200}docker-compose(?:\.exe)?" is not valid|unknown command: docker compose|docker-compose(?:\.exe)?: (?:command )?not found|(?:command not found|Unknown command): docker-compose\b|docker-compose:? (?:line )?\d{1,5}: |docker-compose: (?:No such file or directory|cannot execute binary file|Permission denied\s*$)|permission denied: \S{0,200}docker-compose\s*$|[“"']\S{0,200}docker-compose[”"'] is not executable|'docker-compose' is not recognized|[Cc]ommand 'docker-compose' (?:could )?not (?:be )?found|(?:Unable to locate package |Package '|No match for argument: |No package |No matching distribution found for |satisfies the requirement |snap ")docker-compose(?:-plugin)?\b|docker-compose\S{0,20}: [Bb]ad CPU type in executable|(?:bad CPU type in executable|exec format error): \S{0,200}docker-compose/,
    'compose-not-installed',
  ],
  [unknownFlag, 'compose-not-installed'],
  // cw53: `docker-compose` missing in any language, by the shells' layout (parse-errors.ts' docker-not-found for `docker`):
  // PowerShell's record quoting the command it names, cmd.exe's message starting with it, Ubuntu's command-not-found suggesting
  // the docker-compose package with its version, untranslated (`sudo apt  install docker-compose      # version 1.29.2-1`).
  [
    /^docker-compose(?:\.exe)? ?: .{0,80}?[«"'“„「]\s?docker-compose(?:\.exe)?\s?[»"'”“」]|^\s*[«"'“„「]docker-compose(?:\.exe)?[»"'”“」]\s?[^\x00-\x7f]|^\s*sudo apt +install docker-compose\s+# version /,
    'compose-not-installed',
  ],
  // A setup script's own check, logged as an error: `[ERROR] 22:24:32: Docker Compose plugin not found. Consider reinstalling …`
  // beside Ubuntu's `Docker version 28.2.2, build 28.2.2-0ubuntu1~22.04.1` (kossakovsky/selfhost-ai#34; Ubuntu's docker.io has no
  // Compose plugin), `Error: docker compose is not installed`, `❌ Docker Compose не найден`. Only after an error's mark, so a
  // README's "if Docker Compose is not installed, …" is not read.
  [
    /(?:\[?\b(?:ERROR|ERR|FATAL|FAILED)\b\]?|\bError:|[✗✘❌])[^\n]{0,80}?\bdocker[ -]compose (?:v2 )?(?:plugin )?(?:is |was )?(?:not (?:found|installed|available)|missing|не (?:найден|установлен))/i,
    'compose-not-installed',
  ],
  // cw175 (stop 57): the 2020 Compose CLI wrapper (docker/compose-cli, Docker Desktop's edge `docker compose` before Compose v2): its
  // compose command ran only for cloud contexts, refusing the others in cli/cmd/compose/compose.go's check of the current context's type
  // (`errors.Wrapf(errdefs.ErrNotImplemented, "compose command not supported on context type %q", cc.Type())`, the local engine's being
  // "moby"; an ECS context's `use 'docker ecs compose' on context type ecs`). No Compose that runs the project on the engine: not installed.
  [
    /\bcompose command not supported on context type ["'][\w.-]{1,40}["']|\buse 'docker ecs compose' on context type \w/,
    'compose-not-installed',
  ],
  // Compose v1 (docker-compose 1.x) and v2 before 2.3: no top-level name:, no ps --format or config --format (v1's
  // docopt usage, "Usage: config [options]", instead of v2's "Usage:  docker compose config"); old file format
  // versions; v1's Python crashing (a traceback through compose/cli, "Failed to execute script docker-compose")
  // when the daemon answers (its connection errors are ranked above, as daemon-not-running or permission-denied). v1's schema
  // refusing a network's or volume's `name:` (`networks.default value Additional properties are not allowed ('name' was
  // unexpected)`, Python 2's `(u'name' …)`; isard-vdi/isard#199, alpha2phi/python-apps#3): v2 reads it in every file. Likewise a
  // v2 whose schema (compose-go) predates the lesson's `name:` (`(root) Additional property name is not allowed`, before 2.3).
  // cw183 (stop 58): a v2 whose schema predates a key newer than 2.3 (`services.web Additional property develop is not allowed`
  // under 2.21; include, required 2.20; develop 2.22; 2.24+'s `additional properties 'post_start' not allowed`: post_start,
  // pre_stop 2.30, label_file 2.32, gw_priority 2.33, provider 2.36, models 2.38) reads the lesson's file: the refusal is of the
  // file it was given (compose-file-invalid below, CONVENTIONS §2.5 "a key newer than 2.3 is not the lesson's file"), as any
  // other unknown key is.
  // cw107: v1's schema refusing the other top-level keys only Compose v2 reads (compose/config/validation.py's top-level check:
  // `'include' does not match any of the regexes: '^x-'`, ever-co/ever-gauzy#7755 under docker-compose 1.29.2; `Invalid
  // top-level property "include"` before 1.x's patternProperties): the file is the spec's, the Compose too old for it, as for
  // `name:`. secrets and configs stay out: v1 reads them in a 3.x file, so their refusal may be the file's version.
  // Stop 54: Compose v1's interpolation (docker/compose 1.x compose/config/interpolation.py interpolate_environment_variables: `if
  // version <= V2_0: interpolator = Interpolator(Template, environment)`, Python's string.Template, else TemplateWithDefaults). A file
  // read as version 1 (no `version:` key, as the lesson's) or 2.0 refuses the default and required forms every Compose v2 reads
  // (compose-spec interpolation: `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`), interpolate_value's
  // `Invalid interpolation format for "{config_key}" option in {section} "{name}": "{string}"`. The file is the spec's, the Compose
  // too old for it, as for `name:` (cw75). docker/cli's old stack loader said the same words with `You may need to escape any $ with
  // another $.` after them and read the defaults: its refusal is the file's (below); a nested default is refused by v2 too.
  [
    /Invalid interpolation format for "[^"\n]{1,100}" option in \w{1,20} "[^"\n]{1,200}": "[^"\n]{0,300}?\$\{[A-Za-z_]\w{0,100}:?[-?][^${}"\n]{0,300}\}[^"\n]{0,300}"(?!\.? You may need to escape)/,
    'compose-too-old',
    undefined,
    { variant: 'interpolation' },
  ],
  // Stop 54: any other refusal of a `$` in the file, in every Compose's words: v1's above with another template (a shell's `$0` in a
  // command, a regex's `${1}`), v1's `Missing mandatory value for "image" option interpolating … in service "app": …` (a `${VAR:?err}`
  // whose variable is unset), compose-go's `invalid interpolation format for services.web.command.[]` with its hint (template/
  // interpolate.go newPathError) and `required variable X is missing a value` (template.go): the file's `$` or the project's
  // variables, which Compose reads before it creates anything.
  [
    /\b[Ii]nvalid interpolation format for (?:"[^"\n]{1,100}" option in \w{1,20} "|[\w.-]{1,200}[.:\s])|\bMissing mandatory value for "[^"\n]{1,100}" option interpolating |\brequired variable [\w.-]{1,100} is missing a value\b/,
    'compose-file-invalid',
    undefined,
    { variant: 'interpolation' },
  ],
  // cw99: Compose 1.x before 1.27 reads a file without `version:` in the v1 format, every top-level key a service, so the lesson's
  // `name: dash-app` is a service that is no mapping (compose/config/validation.py validate_config_section: `In file './compose.yaml',
  // service 'name' must be a mapping not a string.`); 1.5 and before: `service 'version' doesn't have any configuration options`.
  // cw183 (stop 58): also the top-level `include:` list (a key only v2 reads, 2.20+; cw107) read so: `In file './docker-compose.yml',
  // service 'include' must be a mapping not an array.` (validate_config_section's type check, Python's list named "array").
  [
    /In file '[^']{1,300}',? service '(?:name|version)' (?:must be a mapping|doesn't have any configuration options)|In file '[^']{1,300}',? service 'include' must be a mapping not an array|[Ss]ervice ["'](?:name|version)["'] doesn't have any configuration options/,
    'compose-too-old',
  ],
  [
    /'(?:name|include|models)' does not match any of the regexes|Additional properties are not allowed \(u?'(?:name|include)'(?: was|, [^)]{0,200} were) unexpected|^Usage: (?:ps|up|logs|config) \[options\]|Unsupported config option for (?!services\.(?:networks|volumes|secrets|configs|services|version|name): |[^\n]{0,300}\(did you mean ')|Additional property name is not allowed|Version in "[^"]{1,200}" is unsupported|Invalid top-level property "(?:name|include|models)"|The current Compose file version is not compatible with your engine version/,
    'compose-too-old',
  ],
  // A file named with -f that is not there: v1's Python `IOError: [Errno 2] No such file or directory: u'./amazon.yml'` (also
  // Windows' docker-compose.exe given a WSL path), v2's `open /home/me/app/compose.yml: no such file or directory`. Not a
  // container's own (behind Compose's `web-1  | `, or Go's `panic: `, cw32): the app's config file, a start failure.
  [
    /no configuration file provided|can't find a suitable configuration file|(?<!\s\|\s.{0,300}|panic: )(?:(?:IOError|FileNotFoundError): \[Errno 2\] No such file or directory: u?'[^']{0,300}\.ya?ml'|open \S{0,300}\.ya?ml: no such file or directory)/i,
    'compose-no-file',
  ],
  // cw148: an env file the project names that is not there. compose-go types/project.go WithServicesEnvironmentResolved (loadEnvFile
  // in 2.x): a service's `env_file:` entry (required unless `required: false`) is stat'ed before anything is created, `env file %s
  // not found: %w`, the %w Go's *PathError of os.Stat: `stat /home/me/app/.env: no such file or directory` on Linux and macOS,
  // `CreateFile C:\…\.env: The system cannot find the file specified.` on Windows (the path may hold spaces). Compose v1
  // (compose/config/environment.py env_vars_from_file: `Couldn't find env file: %s`, an env_file entry or --env-file). Compose stops
  // before any container or network, as for a file it cannot read: the fix is in the project's files, not Docker.
  [
    /\benv file \S.{0,300}? not found: (?:stat|lstat|CreateFile|GetFileAttributesEx) \S|\bCouldn't find env file: \S/,
    'compose-file-invalid',
    undefined,
    { variant: 'env-file' },
  ],
  // cw161 (stop 54): Compose v1's check of each service's `build:` path while it reads the file, before any build or container
  // (docker/compose 1.x compose/config/config.py validate_paths: `ConfigurationError("build path %s either does not exist, is not
  // accessible, or is not a valid URL." % build_path)`, printed `ERROR: build path …`): the context folder the file names is not
  // there (a wrong relative path, or Compose run from another folder). The path may hold spaces; a line wrapped before "either" is
  // not read (left).
  [
    /\bbuild path \S.{0,300}? either does not exist, is not accessible, or is not a valid URL\b/,
    'compose-file-invalid',
    undefined,
    { variant: 'build-path' },
  ],
  // cw207 (stop 60): a variable's name with a space in it, refused while Compose reads the project's variables, before anything is
  // created. Compose v1 compose/config/environment.py split_env: `environment variable name '{}' may not contain whitespace.` for an
  // `environment:` list entry (`- AIRCAST_VAR:'-x /config'`, the whole entry a name) and, through env_vars_from_file, `In file {}:
  // {}` for the project's `.env` or an env_file (`TIME_ZONE = Europe/Oslo`, the name `TIME_ZONE `); 1.x before the wording's fix
  // said `may not contains whitespace`. Compose v2 (compose-go dotenv/parser.go parseBytes): `line %d: key cannot contain a space`
  // (2.0's `key cannot contain a space` without the line), wrapped `failed to read .env: …`. The name is quoted in v1's words
  // only (its quotes enclose the space), so a sentence's "may not contain whitespace" is not read.
  [
    /\benvironment variable name '[^\n]{1,300}?' may not contains? ?(?:\([^)\n]{1,12}\) ?)?whitespace\b|(?:^|: |\bline \d{1,6}: )key cannot contain a space\s*$/,
    'compose-file-invalid',
    undefined,
    { variant: 'env-name' },
  ],
  // cw207 (stop 60): Compose v1's conversion of an interpolated value to the type its key takes (compose/config/interpolation.py
  // ConversionMap.convert: `Error while attempting to convert {path} to appropriate type: {e}`, the path `service.web.read_only`,
  // `network.front.external`, e from to_boolean `"{}" is not a valid boolean value`, to_int `… is not a valid integer`, to_float
  // `… is not a valid float`, bytes_to_int `… is not a valid byte value`): most often a variable left blank (`read_only:
  // ${READONLY}` after `The READONLY variable is not set`). The file's value, refused before anything is created.
  [
    /\bError while attempting to convert ((?:service|network|volume|secret|config)\.[^\s]{1,200}) to appropriate type: "[^"\n]{0,300}" is not a valid (?:boolean value|integer|float|byte value)/,
    'compose-file-invalid',
    'name',
    { variant: 'type' },
  ],
  // compose.yaml that Compose cannot read (ranked after compose-too-old, whose v1 schema errors about the lesson's own keys come
  // first). YAML: compose-go's (go-yaml) `yaml: line 12: mapping values are not allowed in this context`, `parsing …/compose.yaml:
  // yaml: line 9: did not find expected key`, `yaml: unmarshal errors:`; v1's PyYAML `ERROR: yaml.scanner.ScannerError: while
  // scanning …`. The schema (compose-go schema.go): 2.24+ `validating …/compose.yaml: services.web additional properties 'prots' not
  // allowed`, before `services.web Additional property prots is not allowed`, a wrong type `services.web.ports must be a list`
  // (v1 1.6+ `services.web.ports contains an invalid type`, 1.5 `Service 'web' configuration key 'ports' contains an invalid type`).
  [/\byaml: (?:line \d{1,6}: |unmarshal errors)|\byaml\.(?:scanner|parser|composer|reader)\.\w{1,20}Error\b/, 'compose-file-invalid'],
  // cw82: v1's schema naming a service after a top-level key (`Unsupported config option for services.networks: 'default'`, Mailu/Mailu#740:
  // `networks:` indented under `services:`; v1 config/validation.py get_unsupported_config_msg joins the path with dots, so a v2+ file's
  // service is `services.<name>`), or its own typo hint (DOCKER_CONFIG_HINTS: `… 'port' (did you mean 'ports'?)`): the file's mistake,
  // not an old Compose (whose v1-format reading says `for services: 'web'`, above).
  [
    /Unsupported config option for (?:services\.(?:networks|volumes|secrets|configs|services|version|name): |[^\n]{0,300}\(did you mean ')/,
    'compose-file-invalid',
  ],
  // cw99: v1's check of each section before its schema (compose/config/validation.py validate_config_section): `In file
  // '{filename}', {section} '{name}' must be a mapping not {type}.` (a key indented one level too high, read as a service, a
  // volume or a network: h83-georchestra1425's `service 'image' must be a mapping not a string`, h83-expressrest95's Windows
  // `'.\docker-compose.dev.yml', service 'environment' must be a mapping not an array`), the section itself (`{section} must be a
  // mapping, not {type}`) and a name that is no string (`the {section} name {name} must be a quoted string`). The lesson's own
  // top-level keys so read are an old Compose (above).
  [
    /In file '[^']{1,300}', (?:(?:service|volume|network|secret|config)s? '([^'\n]{1,100})' must be a mapping|(?:service|volume|network|secret|config)s? must be a mapping|the (?:service|volume|network|secret|config)s? name \S{1,100} must be a quoted string)/,
    'compose-file-invalid',
    'name',
    { variant: 'property' },
  ],
  // cw183 (stop 58): the same refusal of a key the Compose spec added after 2.3 (include, required 2.20; develop 2.22; post_start,
  // pre_stop 2.30; label_file 2.32; gw_priority 2.33; provider 2.36; models 2.38): the file's refusal (above), with its own words
  // (the key is newer than this Compose, not misspelt).
  [
    /Additional property (include|required|develop|start_interval|post_start|pre_stop|label_file|provider|models|gw_priority) is not allowed|additional propert(?:y|ies) '(post_start|pre_stop|label_file|provider|models|gw_priority|develop|include|required)'(?:, '[\w.-]{1,100}'){0,20} not allowed/,
    'compose-file-invalid',
    'name name',
    { variant: 'newer-key' },
  ],
  [
    /Additional property ([\w.-]{1,100}) is not allowed|additional propert(?:y|ies) '([\w.-]{1,100})'(?:, '[\w.-]{1,100}'){0,20} not allowed|\b(?:services|networks|volumes)\.[\w.-]{1,200} (?:must be a|contains an invalid type)|\bService '[\w.-]{1,100}' configuration key '[\w.-]{1,100}' (?:contains an invalid type|is invalid)/,
    'compose-file-invalid',
    'name name',
    { variant: 'property' },
  ],
  // cw39: compose-go's loader decodes the file into its types with mapstructure after the schema passed (compose-go loader.go
  // Transform), and a value it cannot convert is refused field by field: mitchellh/mapstructure error.go `%d error(s) decoding:` then
  // `* '%s' expected type '%s', got unconvertible type '%s', value: '%v'` (decode.go; also `expected a map, got`, `cannot parse
  // '%s' as int`, `has invalid keys`), go-viper/mapstructure v2's header `decoding failed due to the following error(s):`
  // (zanfranceschi/rinha-de-backend-2024-q1's duke-bank: `'services[duke-bank-1].deploy.resources.limits.cpus' expected type
  // 'string', got unconvertible type 'float64', value: '0.35'`, a Compose whose cpus was a string). The field is named by its
  // path in the file, so only a path under a top-level key of compose.yaml is read.
  [
    /(?:^|\s|\* |decoding )'((?:services|networks|volumes|configs|secrets)[[.][^'\s]{1,200})':? (?:expected (?:type '[\w.[\]{} *]{1,60}', got|a (?:map|slice|array), got)|has invalid keys:|could not (?:decode|parse))|cannot parse '((?:services|networks|volumes|configs|secrets)[[.][^'\s]{1,200})' as /,
    'compose-file-invalid',
    'name name',
    { variant: 'type' },
  ],
  // v1's header above its schema's reasons, whatever reason follows (one this list does not read): 1.6+ `The Compose file
  // './docker-compose.yml' is invalid because:`, 1.5 `Validation failed in file './docker-compose.yml', reason(s):` (whose reasons
  // read `Service 'wekandb' configuration key 'ports' contains an invalid type, it should be an array`, wekan/wekan#478, above).
  [/The Compose file '[^']{1,300}' is invalid because:|Validation failed in file '[^']{1,300}', reason\(s\):/, 'compose-file-invalid'],
  // compose-go's project name check (-p, name:, COMPOSE_PROJECT_NAME): `invalid project name "Dash-App": must consist only of
  // lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`.
  // compose-go's loader: a service with neither `image:` nor `build:` (build misspelt or mis-indented): `service "web" has neither
  // an image nor a build context specified: invalid compose project`.
  // A network's or volume's `driver:` that Docker has no driver or plugin for (a typo: `bridg`): the daemon looks the name up as a
  // plugin and refuses it (moby plugin/errors.go errNotFound: `plugin %q not found`), so Compose creates nothing (`failed to create
  // network mosquitto_poc-mqtt-net: Error response from daemon: plugin "bridg" not found`, felipewind/poc-mosquitto-quarkus-angular#1;
  // a volume's `error looking up volume plugin locl: plugin "locl" not found`).
  [/\bplugin "([^"\s]{1,100})" not found/, 'compose-file-invalid', 'name', { variant: 'driver' }],
  [/service "([\w.-]{1,100})" has neither an image nor a build context/, 'compose-file-invalid', 'name', { variant: 'property' }],
  // cw157 (stop 52): compose-go's loader refusing a file whose references loop, before anything is created: YAML anchors and merges
  // resolved by loader/reset.go ResetProcessor (88ca71b, Compose 2.30: `cycle detected at path: %s`, the node's dotted path in the
  // file, `services.web-test.1`; since 3d98bd8 `cycle detected: node at path %s references node at path %s`), services that depend on
  // each other (graph/cycle.go searchCycle: `dependency cycle detected: %s -> %s`, depends_on) and files that include each other
  // (loader/include.go, loader.go: `include cycle detected:` then the files). The path or the arrow is compose-go's own; a sentence's
  // "a cycle" is not read.
  [
    /\bcycle detected at path: [\w.-]{1,100}(?:\.[\w.-]{1,100}){0,20}\s*$|\bcycle detected: node at path \S{1,300} references node at path \S|\bdependency cycle detected: [\w.-]{1,100} -> [\w.-]{1,100}|\binclude cycle detected:\s*$/,
    'compose-file-invalid',
  ],
  // cw112: compose-go's consistency check (loader/validate.go checkConsistency) after the schema passed: two settings of one service
  // that cannot go together, `service %s declares mutually exclusive \`network_mode\` and \`networks\`: invalid compose project`
  // (azerothcore/acore-docker#20, the name unquoted; 1.x wraps the same words with pkg/errors and no suffix), `service %q declares
  // mutualy exclusive dockerfile and dockerfile_inline` (its spelling), v2's `services.%s: can't set distinct values on 'scale' and
  // 'deploy.replicas'` (cpus, mem_limit, mem_reservation, pids_limit against deploy.resources), `can't set container_name and %s as
  // container name must be unique` (its %s the service's name): the file to fix, nothing was started.
  [
    /service "?([\w.-]{1,100})"? declares mutual+y exclusive |services\.([\w.-]{1,100}): can't set distinct values on '|can't set container_name and ([\w.-]{1,100}) as container name must be unique/,
    'compose-file-invalid',
    'name name name',
    { variant: 'conflict' },
  ],
  // Stop 48: the same refusal from docker-py under Compose v1 (1.28+; docker/docker-py#2511, docker/api/container.py
  // create_host_config: `raise errors.InvalidArgument('"host" network_mode is incompatible with port_bindings')`): a service with
  // network_mode: host and ports:, as Compose prints it, `ERROR: for redis  "host" network_mode is incompatible with port_bindings`
  // (coderamp-labs/pad.ws#110, docker-compose 1.29.2; tinkerbell/playground#53's `for 17fbb5905e81_deploy_boots_1`, a container's
  // name, is the line before the service's). The service was not created.
  [
    /(?:\bfor ([\w.-]{1,100}) {1,4})?"host" network_mode is incompatible with port_bindings/,
    'compose-file-invalid',
    'name',
    { variant: 'conflict' },
  ],
  // cw194 (stop 59): a depends_on `condition: service_healthy` on a service that has no healthcheck (none in the file, none in its
  // image): Compose v1 compose/errors.py NoHealthCheckConfigured, `Service "{}" is missing a healthcheck configuration`, raised by
  // service.py is_healthy and printed under `ERROR: for <dependant>` (conbench/conbench#449). The file's dependency asks what the
  // service cannot give, so the dependant was never started: the file to fix (§2.5, a reason shown answers). Not v2's
  // (pkg/compose convergence.go isServiceHealthy, `dependency failed to start: container %s has no healthcheck configured`), which
  // CONVENTIONS §2.5 cw108 answers compose-service-not-running whatever its reason (h127-ties290, h99-lobehub7248: seen labels).
  [/\bService "([\w.-]{1,100})" is missing a healthcheck configuration\b/, 'compose-file-invalid', 'name', { variant: 'no-healthcheck' }],
  [/invalid project name "([^"]{1,100})"/, 'compose-project-name', 'project'],
  // cw99: the daemon's refusal of a network name two networks or more share (moby daemon/network.go FindNetwork: `network %s is
  // ambiguous (%d matches found on name)`; h83-arion156: three arion projects all run as project `store`, so three
  // `store_default`, `ERROR: for traefik  Cannot start service traefik: network store_default is ambiguous (3 matches found on
  // name)`): Compose's `<project>_<key>` names the project that clashes, and its own name is the fix. Not the lesson's own project
  // (a network made twice by one project), nor the ID-prefix form (`… found based on ID prefix`), which names no project.
  [
    /network (?!dash-app_)([a-z0-9][\w.-]{0,62})_[a-zA-Z0-9-]{1,64} is ambiguous \(\d{1,4} matches found on name\)/,
    'compose-project-name',
    'project',
  ],
  // docker compose exec (logs, cp) of a service with no running container (docker/compose pkg/compose/containers.go
  // getSpecifiedContainer): `service "web" is not running` (`… is not running container #2` with --index).
  [/service "([\w.-]{1,100})" is not running/, 'compose-service-not-running', 'name', { state: 'stopped' }],
  // A service's program that is not in its image: a command written as one string, a typo, a package not installed; not docker
  // exec's, not the client's credential helper. The rule and its sources: step-run.ts' errors, lesson 5's words for it.
  [
    /^(?!.{0,200}\bexec failed).{0,2000}?(?<!docker-credential-[\w.-]{1,60}"?:? )executable file (?:\S{1,200} )?not found in \$PATH/,
    'compose-service-not-running',
    undefined,
    { variant: 'no-program' },
  ],
  // cw108: a project whose name came out empty. Compose names containers `<project>-<service>-<n>` (v1 `<project>_<service>_<n>`)
  // and makes the project's name from the folder's, keeping only [a-z0-9_-]: a folder of other letters only (a Chinese name) leaves
  // nothing, and the daemon refuses the name that starts with the separator (moby daemon/names.go reserveName: `Invalid container
  // name (%s), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`; langgenius/dify#59: `-weaviate-1`, beside ` ⠋ Container -web-1
  // Creating`). compose-go's own refusal of it says so (`project name must not be empty`). The cure is a name: `name:` in the file,
  // `-p`, or a folder named in Latin letters (CONVENTIONS §2.5). A name refused for another reason (a container_name with a space) is
  // not this rule.
  [
    /Invalid container name \([-_][\w.-]{0,200}\), only |\bproject name must not be empty\b/,
    'compose-project-name',
    undefined,
    { variant: 'empty' },
  ],
  // postgres without POSTGRES_PASSWORD exits at once (lesson 7's db).
  [
    /Database is uninitialized and superuser password is not specified/,
    'compose-service-not-running',
    undefined,
    { name: 'db', variant: 'db-password' },
  ],
  // cw172 (stop 56): the MySQL and MariaDB images' entrypoint refusing an empty data directory without a root password setting
  // (docker-library/mysql docker-entrypoint.sh: before 8.0.19 `echo >&2 'error: database is uninitialized and password option is
  // not specified '`, then mysql_error's `[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`;
  // MariaDB's docker_verify_minimum_env the same words, MARIADB_* names), then `exit 1`: the database's container stops at start.
  [
    /\b[Dd]atabase is uninitialized and password option is not specified/,
    'compose-service-not-running',
    undefined,
    { variant: 'mysql-password' },
  ],
  // v2's up when a service another depends_on ended: `dependency failed to start: container db exited (1)` (pkg/compose/convergence.go).
  // Both name the container (dash-app-db-1, or v1's ID), not the service: variant `container` says `docker logs` it.
  // cw108: 2.1-2.19 without the prefix (`container x-db-1 exited (1)`, also `up --wait`'s), at a line's start, a code other than 0.
  [
    /dependency failed to start: container ([\w.-]+) exited \(|^\W{0,6}container ([\w.*-]{1,100}) exited \([1-9]\d{0,2}\)/,
    'compose-service-not-running',
    'name name',
    { state: 'exited', variant: 'container' },
  ],
  // A dependency's healthcheck failed: v2 `dependency failed to start: container db is unhealthy`, v1 `ERROR: for web  Container "3f2a" is unhealthy.`
  // cw108: 2.1-2.19 said it without the prefix, also for `up --wait` (pkg/compose/convergence.go then: `fmt.Errorf("container %s is
  // unhealthy", name)`): `container ****_maildev is unhealthy` (maildev/maildev#470, names masked with stars), at a line's start.
  [
    /dependency failed to start: container ([\w.*-]+) is unhealthy|Container "([\w.-]+)" is unhealthy|^\W{0,6}container ([\w.*-]{1,100}) is unhealthy\b/,
    'compose-service-not-running',
    'name name name',
    { state: 'unhealthy', variant: 'container' },
  ],
  // cw108: any other reason a dependency did not start, in Compose's own words before the daemon's (`dependency failed to start: Error
  // response from daemon: No such container: 2c8a…`, Shmayro/dockerify-android#27; `… Cannot start service …`): a service of the stack
  // did not start, so the stack is not up (CONVENTIONS §2.5 cw100: Compose's word that a container did not start). Ranked before the
  // daemon's `No such container` (container-not-found), which here is about a container Compose made, not one the learner named.
  [
    /dependency failed to start: (?!container (?:for service )?"?[\w.*-]+"? (?:is unhealthy|exited))\S/,
    'compose-service-not-running',
    undefined,
    { variant: 'dependency' },
  ],
  // cw31: v2's progress still `Waiting` beside a container after 90 s or more (getsentry/self-hosted#2863: ` ⠏ Container
  // sentry-self-hosted-web-1  Waiting  1636.0s`). Compose shows Waiting on the container another service waits for (docker/compose
  // pkg/compose/convergence.go waitDependencies: `waitingFor := containers.filter(isService(dep), …)`, `containerEvents(waitingFor,
  // waiting)`): that one has not become healthy, so its dependants are not started. Not sooner: at moby's defaults (daemon/health.go
  // defaultProbeInterval 30 s, defaultProbeRetries 3) a health check is judged failing after 90 s, and a paste cut earlier is progress.
  [
    /^\W{0,6}Container ([\w.-]{1,100})\s{1,200}Waiting\s{1,200}(?:9\d|[1-9]\d{2,6})(?:\.\d{1,3})?s\s*$/,
    'compose-service-not-running',
    'name',
    { variant: 'waiting' },
  ],
  // Later v2 name the service: `dependency failed to start: container for service "web" is unhealthy` (or `exited with code 1`;
  // 2.0-2.19 without "dependency failed to start: "); one that had to complete (service_completed_successfully): `service "db"
  // didn't complete successfully: exit 1`.
  [/container for service "([\w.-]+)" is unhealthy/, 'compose-service-not-running', 'name', { state: 'unhealthy' }],
  [
    /container for service "([\w.-]+)" exited|service "([\w.-]+)" didn't complete successfully/,
    'compose-service-not-running',
    'name name',
    { state: 'exited' },
  ],
  // An app that connects to another service at localhost: inside its container that is the container itself (ranked after
  // what stops a service, which may be the cause). node `connect ECONNREFUSED 127.0.0.1:5432` (also logged as JSON, `"code":
  // "ECONNREFUSED", … "address":"127.0.0.1"`), Go `dial tcp 127.0.0.1:5432: connect: connection refused`, libpq `connection
  // to server at "localhost" (::1), port 5432 failed` and before 14 `Is the server running on host "localhost" (127.0.0.1) and
  // accepting`, MySQL's `Can't connect to MySQL server on '127.0.0.1' (111)` and `Can't connect to local MySQL server through
  // socket`, libpq's default, its socket (`connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed`, before 14 `Is
  // the server running locally and accepting`), Npgsql `Failed to connect to 127.0.0.1:5432`, Celery/kombu `Cannot connect to
  // amqp://guest:**@127.0.0.1:5672//`, Prisma `Can't reach database server at \`localhost\`:\`5432\``, the MongoDB driver `failed to
  // connect to server [localhost:27017]`, PHP's PDO for MySQL at localhost (its socket) `SQLSTATE[HY000] [2002] No such file or
  // directory`, redis-py `Error 111 connecting to localhost:6379`, pymongo `localhost:27017: [Errno 111]`, urllib3
  // `host='localhost', port=8050): … Connection refused`, PgJDBC `Connection to localhost:5432 refused`, BusyBox wget `can't
  // connect to remote host (127.0.0.1): Connection refused`. Not the Docker API's own port (DOCKER_HOST=tcp://…:2375).
  // cw27: MySQL 8's client with the port (libmysql/errmsg.cc CR_CONN_HOST_ERROR "… on '%-.100s:%u' (%d)"), MariaDB Connector/C 3's
  // "Can't connect to server on '%-.64s'" (libmariadb/ma_errmsg.c), asyncio's `Connect call failed ('127.0.0.1', 5432)` (cpython
  // Lib/asyncio/selector_events.py _sock_connect_cb; asyncpg's `OSError: Multiple exceptions: [Errno 111] Connect call failed …`).
  // cw86: node's `connect EADDRNOTAVAIL ::1:80 - Local (:::0)` (lib/internal/errors.js exceptionWithHostPort: syscall, code, address,
  // port, then the local address; immich-app/immich#1028): localhost resolved to ::1 in a container without IPv6, so no loopback
  // connection could even be made. Its `listen EADDRNOTAVAIL` is a server's bind, a start failure (not this rule).
  [
    /(?:ECONNREFUSED |connect EADDRNOTAVAIL |dial tcp |Connection to |Error (?:111|99) connecting to )((?:127\.0\.0\.1|localhost|::1|\[::1\]):(?!237[56]\b)\d{1,5})\b(?!\.\d)|ECONNREFUSED\W.{0,100}?address\W{1,4}(127\.0\.0\.1|::1)\W|(?:server at|running on host) "(localhost|127\.0\.0\.1|::1)"|(?:MySQL )?server on '(localhost|127\.0\.0\.1)(?::\d{1,5})?'|Connect call failed \('(127\.0\.0\.1|::1)', \d{1,5}\)|Can't connect to local MySQL server|\[2002\] No such file or directory|server on socket "|Is the server running locally|(?:database server at `|to server \[)((?:127\.0\.0\.1|localhost)`?:`?\d{1,5})|(?:Failed to connect to |Cannot connect to [a-z]{1,10}:\/\/(?:\S{0,100}@)?)((?:127\.0\.0\.1|localhost|\[::1\]):\d{1,5})|((?:localhost|127\.0\.0\.1):\d{1,5}): \[Errno 111\]|host='(localhost|127\.0\.0\.1)', port=\d{1,5}\).{0,300}?(?:Connection refused|Errno 111)|remote host \((127\.0\.0\.1|::1)\): Connection refused/,
    'compose-localhost-upstream',
    'upstream upstream upstream upstream upstream upstream upstream upstream upstream',
    { variant: 'app' },
  ],
  // cw79: a shell's or netcat's connection at loopback inside the container, a wait-for loop in an entrypoint: bash's /dev/tcp
  // redirection (redir.c: the path, then strerror: `/docker-entrypoint.sh: line 14: /dev/tcp/localhost/27017: Address not available`,
  // mongo-express/mongo-express#434, musl's words for EADDRNOTAVAIL, glibc's `Cannot assign requested address`; `Connection refused`),
  // OpenBSD netcat's `nc: connect to localhost port 5432 (tcp) failed: Connection refused` (netcat.c warn("connect to %s port %s (%s)
  // failed")), wait-for-it.sh's `timeout occurred after waiting 15 seconds for localhost:5432`.
  [
    /\/dev\/tcp\/(localhost|127\.0\.0\.1|::1)\/\d{1,5}: (?:Connection refused|Address not available|Cannot assign requested address|Connection timed out|No route to host|Network is unreachable)|nc: connect to (localhost|127\.0\.0\.1|::1) (?:\(\S{1,45}\) )?port \d{1,5} \(tcp\) failed: |timeout occurred after waiting \d{1,5} seconds for (localhost|127\.0\.0\.1):\d{1,5}/,
    'compose-localhost-upstream',
    'upstream upstream upstream',
    { variant: 'app' },
  ],
  // cw86: telnet at loopback from a shell in a container (read.ts joins its `Trying 127.0.0.1...` with the refusal under it, at a
  // container's prompt only): `telnet 127.0.0.1 3306` refused while the service's name connects (backdrop-ops/backdrop-docker#20).
  [
    /^Trying (127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)(?:\.\.\.|…) telnet: Unable to connect to remote host: (?:Connection refused|Connection timed out|Cannot assign requested address|Address not available)/,
    'compose-localhost-upstream',
    'upstream',
    { variant: 'app' },
  ],
  // cw200 (stop 59): redis-cli's refusal at loopback (redis/redis src/redis-cli.c cliConnect: `Could not connect to Redis at `, then
  // `%s:%d: %s\n` with the host, the port and hiredis' errstr, strerror's words; valkey-cli the same with `Valkey`), the whole 127/8
  // as the telnet rule above (Linux routes 127.0.0.0/8 to lo): `redis-cli -h 127.17.0.2` run with --network host is no container's
  // address. At a service's name or address: upstreamRefused.
  [
    /(?:^|\n|\| )(?:\S{0,40}> )?Could not connect to (?:Redis|Valkey) at (127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1):\d{1,5}: (?:Connection refused|Connection timed out|Cannot assign requested address|Address not available)\s*(?:\n|$)/,
    'compose-localhost-upstream',
    'upstream',
    { variant: 'app' },
  ],
  // cw86: docker ps' STATUS of a stopped container quoted in a sentence (alexcheng1982/docker-magento2#20: "I got a **Exited (139) 22
  // seconds ago**"): moby's State.String() `Exited (%d) %s ago` (container/state.go) with a code other than 0, by shape a sentence, not
  // a listing's row: a word, a space and the status (quoted, bold or not), no container ID and no table's column gap on the line.
  // A service stopped with an error, before the project its names show (CONVENTIONS §2.5: non-zero exit → not running).
  [
    /^(?!.*\b[0-9a-f]{12}\b)(?!.*\S {3,}\S).{0,200}?[a-z,:] (?:\*\*|__|[`"'“‘*_])?Exited \((-?[1-9]\d{0,2})\) (?:\d{1,3}|an?|About an?) \w{1,10} ago\b/,
    'compose-service-not-running',
    'exitCode',
    { state: 'exited', variant: 'status' },
  ],
  // v2: `service "web" refers to undefined network backend`; v1: `Service "web" uses an undefined network "backend"`.
  // The service's name as the poster masked it (`service "<SERVICE_NAME>" refers to undefined network internal`, docker/compose#11975).
  [/service "([^"\s]{1,100})" (?:refers to|uses an) undefined network "?([\w.-]+)/i, 'compose-undefined-network', 'name network'],
  // cw191 (stop 59): podman-compose's own check of the same (containers/podman-compose podman_compose.py, PodmanCompose
  // _parse_compose_file: the networks the services join less the file's top-level networks key, `raise RuntimeError(f"missing
  // networks: {missing_nets_str}")`, the names joined by commas; 0.1.x took the difference the other way round), printed as
  // Python's traceback's last line, before any container is made. Not the traceback's source line (its `{missing_nets_str}`).
  [
    /\bRuntimeError: missing networks: ([\w.-]{1,100})(?:,[\w.-]{1,100}){0,20}\s*(?:$|[`'"])/m,
    'compose-undefined-network',
    'network',
    { variant: 'podman-compose' },
  ],
  // compose-go's check of the other top-level keys a service names (loader/validate.go): `service "rabbitmq" refers to undefined
  // volume rabbitmq-data/: invalid compose project` (a trailing slash makes it another name: basedash/basedash#4), also a secret
  // or config: the file to fix (its name in `name`).
  [
    /service "[^"\s]{1,100}" refers to undefined (?:volume|secret|config) ([^\s:]{1,100})/i,
    'compose-file-invalid',
    'name',
    { variant: 'undefined' },
  ],
  // cw58: the same refusal with no name after it (v1 compose/project.py NoSuchService, `ERROR: No such service: ` then the empty
  // name; v2 compose-go `no such service: `): the command asked for a service named "" (a script's empty quoted argument,
  // `docker-compose up "$SERVICES"` with nothing in it, tech-bureau/catapult-service-bootstrap#25). An error of the command, ranked
  // before the project its `Creating network "x_default"` names (CONVENTIONS §2.0).
  [/No such service:\s*$/i, 'compose-service-missing', undefined, { variant: 'unnamed' }],
  // cw183 (stop 58): `up` that found no service to start (docker/compose cmd/compose/up.go upCommand: `if !p.All &&
  // len(project.Services) == 0 { return fmt.Errorf("no service selected") }`, printed alone): the file read, every service left out
  // by its profiles (a plain `up` with each service under `profiles:`, or a `--profile` that names none, cmd.exe passing `'*'` with
  // its quotes). Nothing was created; which services `up` starts is the next step. The line alone, as Compose prints it.
  [/^[\s`'"]{0,4}(?:Error:? )?no service selected[\s`'"]{0,4}$/, 'compose-service-missing', undefined, { variant: 'unselected' }],
  // v1 "ERROR: No such service: web", v2 "no such service: web": compose.yaml defines no such service; also
  // one that depends_on names (`service "nginx" depends on undefined service "web": invalid compose project`).
  // cw44: every Compose's wording of a service that another names and the file does not define (CONVENTIONS §2.5): compose-go's
  // name unquoted too (v2.20's `service "there" depends on undefined service hello: invalid compose project`, docker/compose#10901);
  // Compose v1's compose/config/validation.py validate_depends_on `Service '{s.name}' depends on service '{dep}' which is
  // undefined.` and validate_links `Service '{s.name}' has a link to service '{link}' which is undefined.`
  // (benhutchins/docker-mediawiki#24), quoted or not.
  [
    /(?:No such service: |depends on undefined service "?)([\w.-]+)|\bservice ['"]?[\w.-]{1,100}['"]? (?:depends on|has a link to) service ['"]?([\w.-]{1,100})['"]? which is undefined/i,
    'compose-service-missing',
    'name name',
    { variant: 'undefined' },
  ],
  // cw205 (stop 60): the bridge driver's firewall rules for a new network refused (network-firewall.ts: `Failed to Setup IP tables:
  // Unable to enable SKIP DNAT rule`, `Failed to program FILTER chain`, the DOCKER chain flushed): libnetwork deleted the network
  // again and Compose stopped at it, before any container; the daemon's restart makes the chains again. At networks step-compose.ts
  // settle answers it as the network not made (network-not-found, CONVENTIONS §2.6 stop 60).
  [networkFirewall, 'compose-service-not-running', 'network', { variant: 'network-firewall' }],
  // The daemon could not give a new network a subnet (moby's IPAM, the ranges of dockerd's `default-address-pools`), so Compose made
  // no network and started nothing: every range taken (since Docker 26 `all predefined address pools have been fully subnetted`,
  // before `could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network`, before
  // 18.06 `could not find an available predefined network`: networks left by earlier projects, or a VPN's routes over 172.16/12;
  // docker/compose#2908), or a range that overlaps one in use (`Pool overlaps with other one on this address space`: a fixed
  // `subnet:` or an old network, Mailu/Mailu#3812). The network's name where the same line gives it (`failed to create network
  // x_default: …`); v1's `Creating network "x_default"` above it names the project, not the cause.
  // cw41: also the bridge driver's own refusal of a subnet that another bridge network holds (moby libnetwork/drivers/bridge/
  // bridge.go conflictsWithNetworks / networkConfiguration.conflictsWithNetwork: `cannot create network %s (%s): conflicts with
  // network %s (%s): networks have overlapping IPv4`, also IPv6; Shadowghost/mailcow-mailman3-dockerized#3, Compose v1's `ERROR:`).
  // cw197 (stop 59): also that message wrapped by its writer before the second network's `(%s)`, so a line of its own ends it:
  // `(br-a20d7f349c72): networks have overlapping IPv4` (the bridge's interface name, then the driver's words alone).
  [
    /(?:failed to create network ([\w.-]{1,100}): .{0,80}?)?(?:Pool overlaps with other one on this address space|\bconflicts with network .{1,200}?: networks have overlapping IPv[46]\b|^\s*\([\w.-]{1,100}\): networks have overlapping IPv[46]\s*$)/i,
    'network-address-pool',
    'network',
    { variant: 'overlap' },
  ],
  [
    /(?:failed to create network ([\w.-]{1,100}): .{0,80}?)?(?:all predefined address pools have been fully subnetted|could not find an available,? non-overlapping IPv[46] address pool|could not find an available predefined network)/i,
    'network-address-pool',
    'network',
  ],
  // cw93: a service's fixed address (`ipv4_address:`) outside every subnet of the network it joins: the daemon's `Invalid address
  // 172.20.10.100: It does not belong to any of this network's subnets` (before Docker 25; moderntribe/square-one#325 under Compose v1's
  // `ERROR: for x  Cannot start service y:`, oceanprotocol/barge#76, primihub/primihub#380), Docker 25+'s `invalid endpoint settings:`
  // then `no configured subnet or ip-range contain the IP address 10.0.0.191` (rhastie/easy-nmos#30; `no configured subnet or ip range
  // contains IP address`, amidaware/tacticalrmm#2049). Most often a network an earlier run made with another subnet, which Compose
  // reuses: the network's range, not the service, is what to mend (remove the network, or make the file's subnet and addresses agree).
  // cw206 (stop 60): and the same check's other answer, for a user-defined network with no subnet of its own configured (moby
  // api/types/network/endpoint.go EndpointIPAMConfig.IsInRange: `no configured subnet or ip-range contain …` when a static subnet
  // exists, else `user specified IP address is supported only when connecting to networks with user configured subnets`; before
  // Docker 25 runconfig/errors.go ErrUnsupportedNetworkNoSubnetAndIP, the same words; usc-isi-i2/dig-etl-engine#188 under Compose
  // v1's `ERROR: for x  `): the network Compose reuses or made without the file's `ipam:`. Docker's own networks keep cw58's words.
  [
    /(?:invalid config for network ([\w.-]{1,100}): .{0,80}?)?(?:Invalid address [\d.:a-f]{2,45}: It does not belong to any of this network's subnets|no configured subnet or ip[- ]range contains? (?:the )?IP address|\buser specified IP address is supported only when connecting to networks with user configured subnets\b)/i,
    'network-address-pool',
    'network',
    { variant: 'subnet' },
  ],
  // cw161 (stop 54): the daemon's check of a network's own address settings before it makes it (moby api/types/network/ipam.go
  // ValidateIPAM, Docker 25+: `invalid network config:` then each wrong setting, `invalid subnet %s: it should be %s` (a subnet
  // that is not its block's start), `invalid ip-range %s: it should be %s`, `… CIDR block is bigger than its parent subnet %s`,
  // `… parent subnet %s doesn't contain ip-range`, `… invalid CIDR block notation`, validateAddress's `invalid gateway %s: parent
  // subnet %s doesn't contain this address` and `invalid auxiliary address %s: …`): the file's `ipam:` (or --subnet, --ip-range,
  // --gateway) to mend, and Compose made no network and started nothing. The setting's name and its reason as the daemon joins
  // them, so a sentence's "invalid subnet" is not read.
  [
    /(?:failed to create network ([\w.-]{1,100}): .{0,80}?)?\binvalid (?:subnet|ip-range|gateway|auxiliary address) [\w.:/-]{1,60}: (?:invalid CIDR block notation|it should be [\da-f.:]{2,45}\/\d{1,3}\b|CIDR block is bigger than its parent subnet|parent subnet [\da-f.:]{2,45}\/\d{1,3} doesn't contain|parent subnet is an IPv[46] block|invalid address\b)/i,
    'network-address-pool',
    'network',
    { variant: 'ipam' },
  ],
  // compose's `network x was found but has incorrect label`, and its warning (pkg/compose/create.go) `a network with name x
  // exists but was not created for project "p"` (also as logfmt, time=… level=warning msg="…", diveintoansible-lab#119).
  [
    /network (?:with name )?([\w.-]+) (?:was found but has incorrect label|exists but was not created (?:for project(?: \\?"([\w.-]{1,100}))?|by compose))/i,
    'network-wrong-project',
    'network project',
  ],
  // cw113: the daemon refusing `docker network create` of a name it already has: moby libnetwork's NetworkNameError ("network with
  // name %s already exists", daemon/network.go since 1.9; nerdctl's own the same words), Podman's `network name %s already used:
  // network already exists` (containers/common libnetwork). A network made by hand that is there already (OpenC3/cosmos#783's
  // install script, `openc3-cosmos-network`): no network Compose made for the project (variant other, CONVENTIONS §2.6 cw113;
  // step-compose.ts settle leaves the lesson's own `dash-app_<key>` so refused unread, as cw19's source sweep did).
  // cw146 (stop 50): also with the name a writer hid behind a placeholder in angle brackets (`network with name <name> already exists`,
  // told in a sentence, docker/for-win's issue form), as the not-found rule below reads `network <UUID> not found`.
  [
    /network with name <?([\w.-]{1,100})>? already exists|network name <?([\w.-]{1,100})>? already used: network already exists/i,
    'network-wrong-project',
    'network network',
    { variant: 'other' },
  ],
  // cw197 (stop 59): the daemon refusing `docker network rm` of a network containers are still on: moby daemon/network.go
  // deleteNetwork wraps libnetwork's ActiveEndpointsError (libnetwork/error.go: `network %s id %s has active endpoints`, Docker 25+
  // `network %s has active endpoints (name:%q id:%q, …)`) in `error while removing network: `. The network exists and holds
  // containers run on it by hand (anaguerra/dockercourse's `docker-test-network`): no network Compose made for the project. Not
  // under Compose's own `failed to remove network x:` (a project's down, compose-errors' project reader), nor for a name of
  // Compose's `<project>_<key>` shape, which step-compose.ts reads as that project's; line-anchored, so the words told in a
  // sentence (a Compose pull request's "fails with `error while removing network: …`") are not read.
  [
    /^\s*(?:Error response from daemon: )?error while removing network: network ([\w.-]{1,100})(?<!_(?:default|frontend|backend)) (?:id [\da-f]{12,64} )?has active endpoints\b/i,
    'network-wrong-project',
    'network',
    { variant: 'other' },
  ],
  // cw197 (stop 59): the daemon refusing a container a second endpoint of its name on Docker's default bridge (moby libnetwork
  // network.go createEndpoint: `endpoint with name %s already exists in network %s`, a stale endpoint left by a container removed
  // while the daemon lost track: dokku/dokku-elasticsearch#70, `docker run` under a plugin): the container goes on `bridge`, no
  // network of the project's (CONVENTIONS §2.6's bridge rule). A project's `<p>_<key>` network is read as that project's above.
  [
    /\bendpoint with name [\w.-]{1,200} already exists in network (bridge)\b(?![\w-]|\.[\w-])/i,
    'network-wrong-project',
    'network',
    { variant: 'other' },
  ],
  // cw58: the daemon refusing a container on one of Docker's own networks what only a user-defined one gives (moby
  // daemon/container_operations.go, since 1.10: `if !containertypes.NetworkMode(…).IsUserDefined()`, "network-scoped alias is supported
  // only for containers in user defined networks", "user specified IP address is supported on user defined networks only"; Docker 25+
  // `invalid config for network bridge: invalid endpoint settings:` before it). Compose gives every service's container its service
  // name as an alias, so a compose file that puts a service on the external default `bridge` gets this (docker/compose#11235): the
  // service is on Docker's bridge, not on a network of the project's (CONVENTIONS §2.6's bridge rule).
  [
    /network-scoped alias is supported only for containers in user defined networks|user specified IP address is supported on user defined networks only/i,
    'network-wrong-project',
    undefined,
    { variant: 'default-bridge' },
  ],
  // cw187 (stop 58): moby's refusal of a legacy link across networks (daemon/container_operations.go buildSandboxOptions, since 1.10:
  // `Cannot link to %s, as it does not belong to the default network`, child.Name with its slash) read as an error of the step, no
  // longer only by cw134's fallback: the container linked to is on its project's own network, which a `docker network ls` beside it
  // lists (`starter_default`); that network is no answer of "another project" before the refusal that says why the two do not meet.
  [
    /\bCannot link to \/?([\w.-]{1,100}), as it does not belong to the default network\b/,
    'network-wrong-project',
    'name',
    { variant: 'link' },
  ],
  // cw162 (stop 54): Compose's refusal with the network's name empty, as a program that builds the file itself fills it (libcompose
  // docker/network/network.go, which Portainer 1.x ran stacks with: `Network %s declared as external, but could not be found. Please
  // create the network manually using docker network create %s and try again`, logged under Portainer's `http error:` with an empty
  // name, two spaces left): the same refusal, no name to tell.
  // The daemon's `network service:nginx not found` (Compose 2.0's `compose run` asked for network_mode's `service:` as a
  // network's name, docker/compose#8766): a colon in the name too; an ID the poster replaced by `<UUID>` (Docker 28's `failed to set
  // up container networking: network <UUID> not found`, claude-self-reflect#108).
  // cw122: not Compose v1's `down` that found no network to remove (compose/network.py ProjectNetworks.remove: `except NotFound:
  // log.warn("Network %s not found.", …)`, printed `WARNING: Network pihole_default not found.` under `Removing network …`): a
  // warning of a project already down, the clean-up before an up in scripts (bipulkkuri/pihole's dockeredPihole.sh), no failure.
  [
    /network (?:"?([\w.-]+)"? |"" | )(?:is )?declared as external, but could not be found|(?<!WARNING: )network <?([\w.:-]+)>? not found|No such network: ([\w.-]+)/i,
    'network-not-found',
    'network network network',
  ],
  // The network's bridge is gone (a reboot left the network object without its interface, truenas/middleware#14070): the
  // daemon's `failed to create endpoint x-1 on network x_default: adding interface vethb6475a1 to bridge br-62cbfa232e0b failed:
  // Device does not exist`; `up --force-recreate` keeps the network, down and up make it again.
  [
    /failed to create endpoint \S{1,200} on network ([\w.-]{1,100}): adding interface \S{1,60} to bridge \S{1,60} failed: Device does not exist/i,
    'network-not-found',
    'network',
  ],
  // cw35: a v1 traceback through docker-py's request itself (docker/api/client.py `_get`, `_post`, …: APIClient sends the session's
  // request there and reads the answer in `_result`, a frame of its own; docker/for-win#730: `File "site-packages\docker\api\client.py",
  // line 183, in _get`, then requests' send, cut before its ConnectionError): the request to the daemon got no answer. Before v1's
  // crash below, which it explains.
  [/File "[^"]*docker[/\\]api[/\\]client\.py", line \d+, in _(?:get|post|put|delete|head)\s*$/, 'daemon-not-running'],
  // cw154 (stop 52): v1 against an Engine whose image inspect no longer has `ContainerConfig` (moby dropped the field from the API's
  // image inspect in Engine 25+): recreating a container, docker/compose 1.29.2 compose/service.py get_container_data_volumes reads
  // `container.image_config['ContainerConfig']` and fails with `KeyError: 'ContainerConfig'`; compose/parallel.py parallel_execute
  // then prints each failed service as `ERROR: for {name}  {error}`, the KeyError's str the quoted key alone (`ERROR: for web
  // 'ContainerConfig'`, the two spaces often one in a copy). Compose v1 is too old for the Engine: v2 reads it.
  [/^\s*ERROR: for [\w.-]{1,100} {1,2}'ContainerConfig'\s*$|^\s*KeyError: '?ContainerConfig'?\s*$/m, 'compose-too-old'],
  // cw203 (stop 60): an Engine without the endpoint Compose asks for: the daemon's router answers a path it has no route for with Go's
  // own net/http NotFound (`Error(w, "404 page not found", StatusNotFound)`, gorilla/mux's default NotFoundHandler), the body docker-py
  // raises as the APIError's explanation and v1 prints after `ERROR: ` (compose/cli/main.py), or in docker-py's own words
  // (`docker.errors.NotFound: 404 Client Error: Not Found ("404 page not found")`). Compose 1.6+ makes networks through API 1.21's
  // /networks/create, which Docker before 1.9 lacks (goharbor/harbor#116: 1.7.0's `Creating network "deploy_default"` then
  // `ERROR: 404 page not found` on Docker 1.8.2). Neither is the lesson's: a current Engine with its Compose plugin (CONVENTIONS §2.5
  // "old layouts", cw203). A line of its own, never a web server's page in a log.
  [
    /^\s{0,4}(?:ERROR: 404 page not found|(?:docker\.errors\.)?NotFound: 404 Client Error: Not Found \("?404 page not found"?\))\s*$/m,
    'compose-too-old',
  ],
  // v1's Python crashing (a traceback through compose/cli/main.py, "Failed to execute script docker-compose"), ranked after every
  // error the rules above read: v1 1.7 crashed on reporting them (`ERROR: for rng  No such network: dockercoins_default`, then
  // `AttributeError: 'ProjectError' object has no attribute 'msg'`, gist PDegenPortnoy/3fc63e43…), so they are the reason.
  [/Failed to execute script docker-compose|File "[^"]*compose[/\\]cli[/\\]main\.py"/, 'compose-too-old'],
  // cw193 (stop 59): docker-py's own failure under a newer requests (docker/api/client.py APIClient._retrieve_server_version:
  // `raise DockerException(f'Error while fetching server API version: {e}')`, e requests 2.32's `Not supported URL scheme
  // http+docker`: docker/docker-py#3256, mended in docker-py 7.1.0). Compose v1 is the one Compose built on docker-py (docker/compose
  // 1.x compose/cli/docker_client.py docker_client → APIClient); a distribution's python3-docker-compose beside a newer python3-requests
  // fails so before it asks the daemon anything. Too old: Compose v2 (Go) never prints it. At a line's start, after the exception's
  // class or v1's `ERROR: `: a sentence that names the words is no output.
  [
    /^\s{0,4}`?(?:docker\.errors\.DockerException: |DockerException: |ERROR: )?Error while fetching server API version: Not supported URL scheme http\+docker\b/,
    'compose-too-old',
    undefined,
    { variant: 'docker-py' },
  ],
  // v1 `docker-compose start` (v2 `docker compose start` prints nothing) before any `up`: it starts only containers that exist
  // (ranked last: the reason it gives, such as a network not found, comes first).
  [/No containers to start/, 'compose-service-not-running', undefined, { variant: 'none' }],
  // cw112: any other refusal of compose-go's loader ends in its errdefs.ErrInvalid, `invalid compose project` (compose-go errdefs/
  // errors.go; validate.go's `secret %q must declare either \`file\` or \`environment\``, `service.build.platforms MUST include
  // service.platform %q`, `services.%s.develop.watch: target is required for non-rebuild actions`): Compose read compose.yaml and
  // refused it before starting anything. Ranked last: the refusals read above (an undefined service, network, volume, a service
  // without image) say which.
  [/: invalid compose project\s*$/, 'compose-file-invalid', undefined, { variant: 'conflict' }],
];

/**
 * nginx's upstream at loopback (`upstream: "http://127.0.0.1:8050/"`); cw27: Apache httpd's mod_proxy (modules/proxy/proxy_util.c
 * ap_proxy_connect_backend, APLOGNO(00957) "%s: attempt to connect to %pI (%s) failed": `AH00957: http: attempt to connect to
 * 127.0.0.1:8050 (localhost:8050) failed`). cw176 (stop 57): httpd 2.2's same line before log numbers, its modules' messages led by
 * `proxy: ` (2.2.x modules/proxy/proxy_util.c ap_proxy_connect_backend "proxy: %s: attempt to connect to %pI (%s) failed", after apr's
 * `(111)Connection refused: `; ldoguin/docker-monitoring#1: `[error](111)Connection refused: proxy: HTTP: attempt to connect to
 * 127.0.0.1:8080 (localhost) failed`), and its mod_proxy_http's "proxy: HTTP: failed to make connection to backend: %s" (peerFailed).
 */
const upstreamLocal =
  /upstream:? "([a-z]+:\/\/(?:127\.0\.0\.1|localhost|\[::1\])[^"]*)"|(?:AH00957: |\bproxy: )\w{1,10}: attempt to connect to ((?:127\.0\.0\.1|\[::1\]):\d{1,5})/;
/**
 * cw31: an env file's (`.env`, an `environment:` list, `-e`) address of another service at loopback, a database's, cache's or
 * broker's host or URL (shihjay2/nosh3#1: `COUCHDB_URL=http://127.0.0.1:5984`, then the router's Bad Gateway): inside the app's
 * container that address is the container itself. Read as compose-localhost-upstream at lesson 8's networks step.
 */
const envLocal =
  /^\W{0,12}(?:[A-Z][A-Z\d]*_)*(?:DB|DATABASE|POSTGRES(?:QL)?|PG|MYSQL|MARIADB|MONGO(?:DB)?|COUCH(?:DB)?|REDIS|RABBITMQ|AMQP|ELASTIC(?:SEARCH)?|CACHE|BROKER)(?:_[A-Z\d]+)?_(?:HOST(?:NAME)?|URL|URI|ADDR(?:ESS)?|SERVER)['"]?\s{0,4}[=:]\s{0,4}['"]?((?:[a-z][\w+.-]{0,20}:\/\/(?:[^@\s/'"]{0,100}@)?)?(?:localhost|127\.0\.0\.1)(?::\d{1,5})?)(?![\w.-])/;
/**
 * cw108: the same variable retold inside a sentence with the refusal it led to (mongo-express/mongo-express#1783: "connect mongo server
 * with env ME_CONFIG_MONGODB_URL=mongodb://root:…@localhost:27017 failed with docker-entrypoint.sh: connect: Connection refused"): read
 * mid-line only when the line also says the connection failed, so a setting merely shown in prose is not taken for the peer.
 */
const envLocalInline = new RegExp(envLocal.source.replace(/^\^\\W\{0,12\}/, '(?:^|[\\s`\'"(])'));
const refusalWords = /\bconnection refused\b|\bECONNREFUSED\b|\bErrno 111\b|\brefused to connect\b|\b(?:failed|unable) to connect\b/i;
/**
 * nginx's `host not found in upstream "web"`; its resolver's (a `resolver` directive, OpenResty's lua) `web could not be
 * resolved (3: Host not found)` (ngx_resolver.c: the name, then the DNS rcode and its text). Copied without its name (a line
 * cut at the quote, nginx/docker-nginx#291: `nginx: [emerg] host not found in upstream `), still nginx's failed lookup. A proxy_pass
 * built from a variable, which nginx resolves per request and so only with a `resolver` line (ngx_http_upstream.c: `no resolver
 * defined to resolve ui`, docker/compose#3412): that service's name not resolved (Docker's DNS is 127.0.0.11).
 * cw27, the other proxies' own lookups at start-up or per request: HAProxy (haproxy/haproxy src/server.c srv_iterate_initaddr,
 * `ha_alert("… could not resolve address '%s'.\n", …)`: `'server web' : could not resolve address 'web'.`), Apache httpd's
 * mod_proxy (modules/proxy/proxy_util.c ap_proxy_determine_address, APLOGNO(00898) "DNS lookup failure for: %s returned by %s").
 */
// cw39: and the upstream's address with no host or one nginx cannot parse (src/core/ngx_inet.c ngx_parse_inet_url: u->err = "no
// host", "invalid host"; ngx_http_upstream.c ngx_http_upstream_add logs "%s in upstream \"%V\""): dylanlindgren/docker-laravel-nginx#5,
// `nginx: [emerg] no host in upstream ":9000"`, a template's variable for the PHP container left empty. No name to resolve: the
// upstream's host is missing, as in a failed lookup (both experts of holdout34).
const nginxMissing =
  /host not found in upstream(?: "([^":]+)|\s*$)|\b(?:no|invalid) host in upstream "|([\w-]{1,63}) could not be resolved \(3: Host not found|no resolver defined to resolve ([\w-]{1,63})(?![\w.-])|could not resolve address '([\w-]{1,63})'|AH00898: DNS lookup failure for: ([\w-]{1,63}) returned by/;
/**
 * An app's lookup of another service's name that failed (a name of one label, a service's: never a registry's
 * `registry-1.docker.io`): Go's resolver `dial tcp: lookup db on 127.0.0.11:53: no such host`; libpq (fe-connect.c:
 * psql, psycopg, Rails' PG::ConnectionBad) `could not translate host name "db" to address: <gai_strerror>` (glibc's
 * "Name or service not known", musl's "Name does not resolve", "Temporary failure in name resolution"); node's
 * `${syscall} ${code} ${hostname}`, `getaddrinfo ENOTFOUND db` or `EAI_AGAIN db`; curl's `Could not resolve host: db`;
 * MySQL's client (CR_UNKNOWN_HOST) `Unknown MySQL server host 'db' (-2)`; urllib3's `Failed to resolve 'db' (…)`, and before
 * 2.0 `HTTPConnectionPool(host='api', port=8000): … [Errno -3] Temporary failure in name resolution`; redis-py's `Error -2
 * connecting to redis:6379. Name or service not known.` (-2, -3, -5: getaddrinfo's EAI_NONAME, EAI_AGAIN, EAI_NODATA).
 * Also `host.docker.internal`, which a Linux container resolves only with `extra_hosts: host-gateway` (node's `getaddrinfo
 * ENOTFOUND host.docker.internal`, joplin#11885): another service of the project is reached by its service name instead.
 * And Java's `java.net.UnknownHostException: db` (JDBC, Spring: the host, then glibc's words or none); BusyBox's ping, wget and
 * nc (alpine, busybox images) `ping: bad address 'db'`, `wget: bad address 'web:8050'`. PHP 8's `php_network_getaddresses:
 * getaddrinfo for db failed: <gai_strerror>` (main/network.c; Laravel's PDO errors, whose box may wrap the reason onto a later
 * line: alexjustesen/speedtest-tracker#997): the name is enough. PyMySQL's `(2003, "Can't connect to MySQL server on 'db' ([Errno -2]
 * Name or service not known)")` (its socket's gaierror, not a refusal) and aiohttp's `Cannot connect to host redis:6379 ssl:default
 * [Name or service not known]` (ClientConnectorError, the OS error's text in brackets). telnet's `telnet: could not resolve php/9000:
 * Name or service not known` inside a container (docker/compose#9513). iputils' ping before 2016 (Debian's, Ubuntu 16.04's)
 * `ping: unknown host db` (docker/for-mac#4703, inside `docker exec … ping`; without the name: lookupFailed).
 * cw27: Go's resolver's other failure for a service's name at Docker's DNS (golang/go src/net/dnsclient_unix.go, errServerMisbehaving
 * "server misbehaving": `lookup db on 127.0.0.11:53: server misbehaving`; a dotted name, a registry's, stays registry-unreachable's);
 * iputils' ping since 2016 (iputils/iputils ping/ping.c: `error(2, 0, "%s: %s", target, gai_strerror(ret))`, `ping: db: Name or
 * service not known`, at a line's start); GNU wget (src/host.c lookup_host: `unable to resolve host address %s`, the name quoted).
 * cw113: curl before 7.33 quoted the name (lib/url.c, hostip.c: `failf(data, "Couldn't resolve host '%s'", conn->name)`, moby/moby#28947:
 * `curl: (6) Couldn't resolve host 'serv'` on Docker's default bridge, which resolves no container's name).
 * cw31: netcat 1.10 (Hobbit's, Debian's netcat-traditional; the `nc -z db 3306` of entrypoints waiting for their database),
 * netcat.c gethostpoop: `bail ("%s: forward host lookup failed: ", name)`, then h_errno's text (`Unknown host`, `Host name lookup
 * failure`): martialblog/docker-limesurvey#32, `docker-limesurvey_lime-db_1: forward host lookup failed: Unknown host`.
 */
// cw121: and Go's resolver when Docker's DNS itself did not answer (golang/go src/net/dnsclient_unix.go: DNSError `lookup %s on %s:
// %s` with the exchange's OpError, `read udp 127.0.0.1:41780->127.0.0.11:53: read: connection refused`, `i/o timeout`): the service's
// name did not resolve in that container (docker/compose#2848: Docker 1.10's embedded DNS, a consumer looking up `rabbit`).
// cw121: Windows' ping.exe, whose name lookup failed (its message table's IDS "Ping request could not find host %s. Please check the
// name and try again.", the name quoted since Windows 7; German "Ping-Anforderung konnte Host "%s" nicht finden."): a Windows container
// pinging a service's name (docker/for-win#5758: Windows containers on the nat network, `ping test1`), as iputils' and BusyBox's above.
// cw43: and Go's DNSError with the C library's words, from the cgo resolver (golang/go src/net/cgo_unix.go: `Err: gai_strerror`):
// musl's EAI_AGAIN "Try again" (Alpine images: open-telemetry/opentelemetry-demo#272, `dial tcp: lookup currencyservice: Try again`),
// glibc's "Temporary failure in name resolution" and "Name or service not known", musl's "Name does not resolve", "No address
// associated with hostname"; a one-label service name only, as above.
// cw127: one reader for the family, built from its parts instead of one wording per program. A lookup failed when a resolver's
// words (`gaiWords`: the C library's gai_strerror in glibc, musl, BSD/macOS and the locales glibc translates it to; h_errno's
// hstrerror; Windows' and .NET's; a DNS rcode; Erlang's inet error; Python's negative errno) stand next to a host name of one label
// (`oneLabel`, never a dotted public host: CONVENTIONS §2.6), whichever side the name is on:
// - a verb of lookup, then the name (`lookupVerb`): each program's own words before the host it could not resolve;
// - the name with its port, then the resolver's words (`hostPortFirst`): how clients print the address they dialled, then the OS's
//   error (redis-cli's "Could not connect to Redis at %s:%d: %s", Postgrex's "tcp connect (%s:%d): %s", pymongo's "%s:%d: %s",
//   kombu's "Cannot connect to %s: %s.", Ruby's Net::HTTP "Failed to open TCP connection to %s:%d (%s)");
// - the resolver's words, then the name with its port in brackets (.NET's HttpClient and Npgsql: "{message} ({host}:{port})").
// Each line is read alone and is under 2000 characters (nginxLine); every gap is bounded.
const pingLabel = String.raw`(?:(?:Results?|Output|Returns?|Prints?|Gives|Got|Error)\s{0,3}:\s{1,3}["'\x60]?|(?:=>|→)\s{1,3})?`;
const oneLabel = String.raw`(?!localhost\b)(host\.docker\.internal|[\w-]{1,63})(?![\w-]|\.\w)`;
const gaiWords = [
  // glibc sysdeps/posix/gai_strerror-strs.h (EAI_NONAME, EAI_AGAIN, EAI_NODATA, EAI_FAIL); musl src/network/gai_strerror.c
  'Name or service not known|Temporary failure in name resolution|No address associated with hostname',
  'Non-recoverable failure in name resolution|Name does not resolve',
  // FreeBSD/macOS lib/libc/net/gai_strerror.c (EAI_NONAME); Windows WSAHOST_NOT_FOUND (.NET SocketError.HostNotFound)
  'nodename nor servname provided(?:, or not known)?|No such host is known',
  // h_errno's hstrerror (HOST_NOT_FOUND: BSD ping, netcat 1.10), MongoDB's and Boost.Asio's "Host not found (authoritative)"
  'Unknown host|Host not found',
  // Erlang kernel inet:format_error(nxdomain) (Postgrex, Ecto, Elixir's :gen_tcp); the DNS rcode 3 (RFC 1035) as dig, host,
  // nslookup and HAProxy print it
  'non-existing domain|NXDOMAIN',
  // glibc's po/*.po for "Name or service not known" and "Temporary failure in name resolution" (a host whose LANG is set)
  'Der Name oder der Dienst ist nicht bekannt|Temporärer Fehler bei der Namensauflösung|Nom ou service inconnu',
  // The Italian and Russian catalogues as real output shows them (a JUnit test's expected UnknownHostException message; a Russian
  // wget transcript's `ошибка: Имя или служба не известны.`, found by find_string at the merge of cw127).
  'Nombre o servicio desconocido|Nome ou serviço desconhecido|Nome o servizio sconosciuto|Имя или служба не известны',
  // CPython's socket.gaierror (EAI_NONAME -2, EAI_AGAIN -3, EAI_NODATA -5) and Ruby's and BusyBox's "getaddrinfo: %s"
  String.raw`\[Errno -[235]\]|getaddrinfo(?:\(3\))?: `,
].join('|');
const lookupVerb = [
  // libpq fe-connect.c `could not translate host name "%s" to address`, also with its quotes escaped inside a JSON log record
  String.raw`translate host name \\?"`,
  // node's `${syscall} ${code} ${hostname}` (getaddrinfo, queryA …); PHP 8's main/network.c `getaddrinfo for %s failed`
  String.raw`(?:getaddrinfo|query[A-Za-z]{1,5}) (?:ENOTFOUND|EAI_AGAIN|EAI_FAIL|ENODATA) |getaddrinfo for (?!host ")`,
  // OpenBSD netcat `getaddrinfo for host "%s" port %s: %s`
  String.raw`getaddrinfo for host "`,
  // curl 7.33+ `Could not resolve host: %s`, before 7.33 `Couldn't resolve host '%s'`; OpenSSH `Could not resolve hostname %s:`,
  // nmap's ncat `Could not resolve hostname "%s": %s.`
  String.raw`resolve host: |resolve host '|[Rr]esolve hostname ["']?`,
  // Java's UnknownHostException (JDBC, Kafka, Spring); iputils' ping before 2016 and inetutils' `ping: unknown host %s`
  String.raw`UnknownHostException: |ping: unknown host `,
  // MySQL's CR_UNKNOWN_HOST `Unknown MySQL server host '%s'` (MariaDB: `Unknown server host`); urllib3 2's and Netty's
  // `Failed to resolve '%s'`; BusyBox's ping, wget, nc and telnet `bad address '%s'`; redis-py `Error -2 connecting to %s:%d`
  String.raw`server host '|to resolve '|bad address '|Error -[235] connecting to `,
  // BusyBox nslookup before 1.28 `nslookup: can't resolve '%s'` (only after its own name: webpack says "Can't resolve 'react'")
  String.raw`nslookup: can't resolve '`,
  // ISC BIND's nslookup (and BusyBox's since 1.28) `** server can't find %s: NXDOMAIN`
  String.raw`server can't find `,
  // .NET Framework's WebException NameResolutionFailure (PowerShell 5's Invoke-WebRequest) `The remote name could not be resolved: '%s'`
  String.raw`The remote name could not be resolved: '`,
  // Apache Kafka's ClientUtils `Couldn't resolve server %s from %s as DNS resolution failed for %s`
  String.raw`DNS resolution failed for `,
  // MongoDB's legacy shell and server (HostNotFound) `Could not find address for %s:%d`
  String.raw`Could not find address for `,
].join('|');
const appShapes = [
  // Go's resolver (golang/go src/net/dnsclient_unix.go DNSError `lookup %s on %s: %s`; cgo_unix.go with gai_strerror's words;
  // cw27 "server misbehaving"; cw121 Docker's DNS not answering: `read udp …: read: connection refused`, `i/o timeout`)
  String.raw`lookup (host\.docker\.internal|[\w-]{1,63})(?: on \S{1,80})?: (?:no such host|server misbehaving|Try again|${gaiWords}|(?:read|dial|write) udp \S{1,120}: (?:(?:read|connect|write): )?(?:connection refused|i\/o timeout|network is unreachable))`,
  String.raw`(?:${lookupVerb})${oneLabel}`,
  // the name with its port (or a URL's path after it), then the resolver's words (see above)
  String.raw`(?<![\w.:-])${oneLabel}:\d{1,5}\/{0,2}\)?:? ?\(?(?:${gaiWords})`,
  // .NET's HttpClient/Npgsql `{message} ({host}:{port})`, with EAI_AGAIN as .NET words it on Linux
  String.raw`(?:${gaiWords}|Resource temporarily unavailable)\.? \(${oneLabel}:\d{1,5}\)`,
  // urllib3 before 2 `HTTPConnectionPool(host='api', port=8000): … [Errno -3] …`; PyMySQL's `Can't connect to MySQL server on
  // 'db' ([Errno -2] …)`; aiohttp's `Cannot connect to host redis:6379 ssl:default [Name or service not known]`
  String.raw`host='([\w-]{1,63})', port=\d{1,5}\).{0,400}?\[Errno -[235]\]|MySQL server on '([\w-]{1,63})' \(\[Errno -[235]\]`,
  String.raw`Cannot connect to host ([\w-]{1,63}):\d{1,5} ssl:\S{1,20} \[(?:Name|Temporary failure|No address|nodename)`,
  // telnet (inetutils) `telnet: could not resolve %s/%s: %s`
  String.raw`telnet: could not resolve ([\w-]{1,63})\/\d{1,5}: `,
  // iputils' ping since 2016 (ping/ping.c `error(2, 0, "%s: %s", target, gai_strerror(ret))`), in any of glibc's languages;
  // FreeBSD's and macOS' ping (sbin/ping/ping.c `errx(EX_NOHOST, "cannot resolve %s: %s", target, hstrerror(h_errno))`)
  // cw188 (stop 58): either one after the writer's label of what it printed, the line in quotes or not (portainer/portainer#4137:
  // `Result: "ping: slave: Name or service not known"`; cw152's labels, `Output:`, `=>`): the label and its quote are the writer's.
  String.raw`^${pingLabel}ping: ([\w-]{1,63}): (?:${gaiWords})|^${pingLabel}ping: cannot resolve ${oneLabel}: `,
  // GNU wget (src/host.c lookup_host `unable to resolve host address %s`, the name quoted; French "impossible de résoudre
  // l'adresse de l'hôte « %s »")
  String.raw`(?:unable to resolve host address|impossible de résoudre l['’]adresse de l['’]hôte) [‘'"«]\s?([\w-]{1,63})\s?[’'"»]`,
  // netcat 1.10 (cw31) `%s: forward host lookup failed: `; ISC BIND's host(1) `Host %s not found: %d(%s)`
  String.raw`(?:^|\s)([\w-]{1,63}): forward host lookup failed\b|^Host ${oneLabel} not found: \d{1,2}\(`,
  // Windows' ping.exe (cw121), its message table in English, French, Spanish, Portuguese, Italian ("Ping request could not find
  // host %s. Please check the name and try again.", "La requête Ping n'a pas pu trouver l'hôte %s. …", "La solicitud de ping no
  // pudo encontrar el host %s. …"), the name quoted since Windows 7; German puts the verb after it.
  String.raw`(?:could not find host|pas pu trouver l['’]hôte|no pudo encontrar el host|pôde encontrar o host|impossibile trovare l['’]host) ["“«]?([\w-]{1,63})["”»]?\.(?:\s|$)`,
  String.raw`Ping-Anforderung konnte Host ["„“]?([\w-]{1,63})["“”]? nicht finden\.`,
];
const appMissing = new RegExp(appShapes.join('|'), 'm');
const inspectHost = new RegExp(String.raw`^\s{0,12}hostname: '${oneLabel}',?\s*$`);
/**
 * A lookup that failed without its name: Ruby's and PHP's `getaddrinfo: Name does not resolve` (musl's EAI_NONAME; glibc's
 * "Name or service not known"), PHP before 8 `php_network_getaddresses: getaddrinfo failed: …`, Python's `socket.gaierror:
 * [Errno -2] Name or service not known` (-5: no address), .NET's "No such host is known" (SocketException 11001). Not "Temporary failure in
 * name resolution" (EAI_AGAIN), which a build without a network prints for a registry's name too; but PHP's MySQL driver
 * connecting (`SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Temporary failure in name resolution`,
 * icinga/icinga-playground#8) looks up its database's host, whatever the reason.
 * Python's reason without `gaierror` before it (an app's own log, `ERROR Exception inside application: [Errno -2] Name or
 * service not known`, PrefectHQ/prefect#2324; macOS's `[Errno 8] nodename nor servname provided`, Windows' `[Errno 11001]
 * getaddrinfo failed`); a traceback through a call of getaddrinfo (`for res in socket.getaddrinfo(`, gevent's
 * `resolver.getaddrinfo(`, asyncio's `loop.getaddrinfo(`, a frame `in getaddrinfo`): the only error raised there is the failed
 * lookup, also when the copy stops before it (docker/docs#5602). node's code named without its host, in a sentence (StefanScherer/
 * dockerfiles-windows#349: "a ENOTFOUND is returned from getAddressInfo"; node's own `getaddrinfo ENOTFOUND db` is appMissing's; not a
 * dotted name, npm's `getaddrinfo ENOTFOUND registry.npmjs.org` in a build without a network).
 * cw127: Ruby's and macOS' `getaddrinfo: nodename nor servname provided, or not known` (Ruby 3.3+: `getaddrinfo(3)`); Rust's std
 * (library/std/src/sys_common/net.rs, `failed to lookup address information: {detail}`: reqwest, sqlx, hyper); Postgrex before it
 * named the host (`tcp connect: non-existing domain - :nxdomain`, elixir-ecto/postgrex#164); HAProxy's server put down by its
 * resolver (src/resolvers.c, `is going DOWN for maintenance (DNS NX status)`).
 */
const browserMissing = /https?:\/\/([\w-]{1,63})(?::\d{1,5})?(?:\/\S{0,300})?\s{1,4}net::ERR_NAME_NOT_RESOLVED/;
const lookupFailed =
  /getaddrinfo(?: failed)?: Name (?:does not resolve|or service not known)|\[2002\] php_network_getaddresses: getaddrinfo(?: failed)?: |gaierror: \[Errno -[25]\]|No such host is known|\[Errno -?\d{1,5}\] (?:Name or service not known|No address associated with hostname|nodename nor servname provided|getaddrinfo failed)|(?:socket|resolver|loop)\.getaddrinfo\(|, in getaddrinfo\s*$|ping: `?unknown host\b|\bENOTFOUND\b(?! ?[\w-]{1,63}\.\w)|getaddrinfo(?:\(3\))?: nodename nor servname provided|failed to lookup address information: |non-existing domain - :nxdomain|\(DNS NX status\)/;
/**
 * nginx's (111: Connection refused) with its upstream (also as a poster retyped it, without `connect()` and the colon after
 * upstream: `failed (111: connection refused) while connecting to upstream, … upstream "172.16.238.5:80/"`, nginx-proxy#1411); an app's driver refused by a service not ready yet (or not listening
 * there), by its name or the address it resolved to: MySQL's `Can't connect to MySQL server on 'db' (111)` (or another errno,
 * 115 when the connection never completed), psycopg's `connection to server at "db" (172.18.0.2), port 5432 failed: Connection
 * refused`, Go's `dial tcp 172.24.0.2:5432: connect: connection refused`, node's `connect ECONNREFUSED 172.18.0.3:5432`,
 * redis-py's `Error 111 connecting to redis:6379`, PgJDBC's `Connection to db:5432 refused`, Npgsql's `Failed to connect to
 * 172.18.0.2:5432` (not curl's `Failed to connect to db port 5432`), Prisma's `Can't reach database server at \`db\`:\`5432\``. (At
 * localhost: composeRules.) curl's own `(7)` or `(28)` at another machine's address (`curl: (28) Failed to connect to 172.19.87.209
 * port 9003: Connection timed out` from a container, microsoft/WSL#6175): nothing answers there, refused or dropped.
 * cw27, the same for a connection that timed out or found no route (nothing answers there, dropped rather than refused), and the
 * other programs' words, each from its source:
 * - nginx: `connect() failed (113: No route to host)` (src/event/ngx_event_connect.c ngx_event_connect_peer, "connect() failed");
 *   `upstream timed out (110: Connection timed out) while connecting to upstream` (src/http/ngx_http_upstream.c
 *   ngx_http_upstream_next, "upstream timed out"; not `while reading response header`, which is after connecting); `no live
 *   upstreams while connecting to upstream` (ngx_http_upstream_round_robin.c: every server failed before and is marked down);
 * - MySQL 8's client with the port (mysql/mysql-server libmysql/errmsg.cc CR_CONN_HOST_ERROR "Can't connect to MySQL server on
 *   '%-.100s:%u' (%d)"), MariaDB Connector/C 3 (libmariadb/ma_errmsg.c "Can't connect to server on '%-.64s' (%d)"), MariaDB 10's
 *   own client with the OS's words after the errno (CR_CONN_HOST_ERROR "… on '%-.100s' (%d \"%s\")": `Can't connect to MySQL server on
 *   'klara-db' (111 "Connection refused")`, jpalanco/klara-docker-compose#1);
 * - libpq 14+ (src/interfaces/libpq/fe-connect.c: `connection to server at "db" (…), port 5432 failed: timeout expired` with
 *   connect_timeout, or the OS's `Connection timed out`);
 * - Go (src/net/net.go OpError: `dial tcp 172.18.0.2:5432: i/o timeout`, `connect: connection timed out`, `connect: no route to
 *   host`; before Go 1.11 the op was the syscall that read the socket's error, src/net/fd_unix.go connect:
 *   os.NewSyscallError("getsockopt", err), `dial tcp 172.24.190.65:3306: getsockopt: connection timed out`, google/trillian#1164), also as Traefik logs it (pkg/server/service/proxy.go, `'504 Gateway Timeout' caused by: dial tcp …: i/o timeout`);
 *   node (lib/internal/errors.js exceptionWithHostPort, `connect ETIMEDOUT 172.18.0.2:5432`, `EHOSTUNREACH`);
 * - curl before 7.3x (lib/connect.c "Failed connect to %s:%ld; %s", CentOS 7's 7.29: `Failed connect to web:8050; Connection refused`);
 * - HAProxy's health check (src/check.c set_server_check_status, srv_append_status: `Server backend/web is DOWN, reason: Layer4
 *   connection problem, info: "Connection refused"`, or `Layer4 timeout`; not Layer7, where the app answered), the server's name;
 * - Apache httpd (modules/proxy/proxy_util.c ap_proxy_connect_backend APLOGNO(00957) "%s: attempt to connect to %pI (%s) failed",
 *   the host as configured in brackets, for HTTP and FCGI alike: `AH00957: FCGI: attempt to connect to 172.17.0.155:18001 (php-fpm)
 *   failed`, laradock/laradock#3596; then mod_proxy_http.c APLOGNO(01114) "HTTP: failed to make connection to backend: %s");
 * - asyncio, so asyncpg, aiomysql (cpython Lib/asyncio/selector_events.py _sock_connect_cb: `OSError(err, f'Connect call failed
 *   {address}')`, `[Errno 111] Connect call failed ('172.18.0.2', 5432)`);
 * - urllib3, so requests (src/urllib3/connection.py _new_conn: NewConnectionError "Failed to establish a new connection: [Errno
 *   111] Connection refused" (113 no route, 110 timed out), ConnectTimeoutError "Connection to %s timed out. (connect timeout=%s)",
 *   inside connectionpool.py's `HTTPConnectionPool(host='web', port=8050): Max retries exceeded`);
 * - BusyBox wget (libbb/xconnect.c xconnect: `can't connect to remote host (172.18.0.3): Connection refused`, its address);
 *   GNU wget (src/connect.c connect_to_ip: `Connecting to web (web)|172.18.0.3|:8050... failed: Connection refused.`).
 * - cw79: a shell's wait-for loop in an entrypoint: bash's /dev/tcp redirection (redir.c, the path then strerror: `/dev/tcp/db/5432:
 *   Connection refused`), OpenBSD netcat (netcat.c `nc: connect to db port 5432 (tcp) failed: Connection refused`); at loopback
 *   they are composeRules' compose-localhost-upstream.
 * - cw185 (stop 58): node_redis (NodeRedis/node-redis index.js RedisClient.prototype.on_error: `err.message = 'Redis connection to ' +
 *   this.address + ' failed - ' + err.message`, the address `host:port`; node 0.10's message is `connect ECONNREFUSED` alone).
 * - cw200 (stop 59): Bitnami's nami-era images (bitnami base-functions network.js waitForService, tries 36 and step 10 by default:
 *   `throw new Error(\`Failed to connect to ${host}:${port} after ${options.tries} tries\`)`, under nami's `Error executing
 *   'postInstallation': `): every try's socket error or 1 s timeout counts, so nothing answered there (CONVENTIONS §2.6, stop 59).
 *   Only as the program prints it: the line's start (or a Compose prefix, `Error: `, nami's `Error executing '<hook>': `) up to
 *   its end, not quoted in a sentence. Other `after` words (a time, another client's attempts) stay unread here.
 * - cw200 (stop 59): redis-cli and valkey-cli at a service (redis/redis src/redis-cli.c cliConnect, `Could not connect to Redis at
 *   %s:%d: %s`, also after the interactive prompt `not connected> `), on its line; at loopback it is composeRules'.
 * - cw206 (stop 60): the JVM's clients of Kafka and ZooKeeper, which print the peer as java.net.InetSocketAddress.toString does
 *   (`hostname/literal-IP:port`, `/literal-IP:port` when no name was given): apache/kafka clients NetworkClient.processDisconnection
 *   (`log.warn("Connection to node {} ({}) could not be established. Broker may not be available.", nodeId, remoteAddress)`, `Node
 *   may not be available.` in later releases; any failed connect, refused or timed out), apache/zookeeper ClientCnxn SendThread.run
 *   (`LOG.info("Socket error occurred: {}: {}", serverAddress, e.getMessage())` for a SocketException: `Connection refused`). The
 *   service the client dialled by its name; at localhost or 127/8 not read here (a client on the host, or the container's own).
 * - cw206 (stop 60): Celery's worker giving up a try at its broker (celery/celery celery/worker/consumer/consumer.py: CONNECTION_ERROR
 *   `consumer: Cannot connect to %s: %s.` then CONNECTION_RETRY_STEP `Trying again {when}...`, the broker's URL from kombu's
 *   Connection.as_uri with the password masked, `amqp://guest:**@rabbitmq:5672//`, `redis://redis:6379/0`; the exception's words
 *   after it, py-amqp's `[Errno 111] Connection refused`). The broker's host; redis-py's own `Error 111 connecting to` is read above.
 */
const upstreamRefused =
  /(?:connect\(\) )?failed \((?:11[13]|6[15]|1006[15]): [^)]{1,100}\) while connecting to upstream.*?upstream:? "([^"]*)"|(?:upstream timed out \(110: [^)]{1,40}\)|no live upstreams) while connecting to upstream.*?upstream:? "([^"]*)"|(?:Can't connect to (?:MySQL )?server on '|connection to server at ")([\w.-]+)(?::\d{1,5})?['"](?: \(\d{1,5}(?: "[^"]{1,60}")?\)|.{0,40} failed: (?:Connection refused|timeout expired|Connection timed out|No route to host))|dial tcp ([\w.-]{1,253}):\d{1,5}: (?:(?:connect|getsockopt): (?:connection (?:refused|timed out)|no route to host)|i\/o timeout)|connect (?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH) ([\w.-]{1,253}):\d|Error 111 connecting to ([\w.-]{1,253}):\d|Redis connection to ([\w.-]{1,253}):\d{1,5} failed - (?:connect )?(?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH)\b|Connection to ([\w.-]{1,253}):\d{1,5} refused|Failed to connect to ([\w.-]{1,253}):\d{1,5}\b(?! after)|(?:^|\n|\| |Error(?: executing '[\w-]{1,40}')?: )Failed to connect to ([\w.-]{1,253}):\d{1,5} after \d{1,4} tries\s*(?:\n|$)|(?:^|\n|\| )(?:\S{0,40}> )?Could not connect to (?:Redis|Valkey) at (?!localhost:|127\.|::1:)([\w.-]{1,253}):\d{1,5}: (?:Connection refused|Connection timed out|No route to host)\s*(?:\n|$)|\bConnection to node -?\d{1,6} \((?:(?!localhost\/)([\w.-]{1,253})\/(?!127\.)[\d.]{7,15}|\/((?!127\.)[\d.]{7,15})):\d{1,5}\) could not be established\. (?:Broker|Node) may not be available\b|\bSocket error occurred: (?:(?!localhost\/)([\w.-]{1,253})\/(?!127\.)[\d.]{7,15}|\/((?!127\.)[\d.]{7,15})):\d{1,5}: (?:Connection refused|Connection timed out|No route to host)\b|\bconsumer: Cannot connect to (?:amqps?|pyamqp|redis|rediss|librabbitmq):\/\/(?:[^@\s/]{0,200}@)?(?!localhost\b|127\.|\[::1\])([\w.-]{1,253})(?::\d{1,5})?\/\S{0,200}: (?:\[Errno \d{1,5}\] )?(?:Connection refused|Connection timed out|No route to host|timed out)\b|database server at `([\w.-]{1,253})`|curl: \((?:7|28)\) Failed(?: to)? connect to (?!localhost\b|127\.|0\.0\.0\.0\b)([\w.-]{1,253})(?: port |:)\d{1,5}(?: after \d{1,9} ms)?[:;] (?:Connection refused|Connection timed out|Timed out|No route to host|Couldn't connect to server)|Server [\w.-]{1,100}\/([\w.-]{1,100}) is DOWN, reason: Layer4 (?:connection problem|timeout)|(?:AH00957: |\bproxy: )\w{1,10}: attempt to connect to \S{1,60} \(([\w.-]{1,253})(?::\d{1,5})?\) failed|(?:AH01114: |\bproxy: )HTTP: failed to make connection to backend: ([\w.-]{1,253})|Connect call failed \('([\w.:-]{1,253})', \d{1,5}\)|host='([\w.-]{1,253})', port=\d{1,5}\).{0,300}?(?:\[Errno 11[013]\] |Connection to \S{1,253} timed out)|can't connect to remote host \(([\d.]{7,15})\): (?:Connection refused|Connection timed out|No route to host|Host is unreachable)|Connecting to ([\w.-]{1,253}) \([\w.-]{1,253}\)\|[\d.:a-f]{2,45}\|:\d{1,5}\.\.\. failed: (?:Connection refused|Connection timed out|No route to host)|\/dev\/tcp\/(?!localhost\/|127\.|::1\/)([\w.-]{1,253})\/\d{1,5}: (?:Connection refused|Connection timed out|No route to host)|nc: connect to (?!localhost |127\.|::1 )([\w.-]{1,253}) (?:\(\S{1,45}\) )?port \d{1,5} \(tcp\) failed: (?:Connection refused|Connection timed out|No route to host)/;

/**
 * libpq before PostgreSQL 14 (fe-connect.c): "could not connect to server: Connection refused", then on the next line
 * `\tIs the server running on host "db" (172.18.0.2) and accepting` (also for other errors, hence both lines). cw63: its first line
 * quoted as `Connection refused` alone, the "could not connect to server: " left out (docker-library/postgres#297): the host line
 * after it names the server that refused.
 */
const pgRefused = /could not connect to server: Connection\s{1,80}refused|^\s*Connection refused\s*$/;
const pgHost = /^\s*Is the server running on host "([\w.-]{1,253})"/;
/**
 * cw185 (stop 58): a database's refusal in words that name no host.
 * - libpq 14+ (src/interfaces/libpq/fe-connect.c connectFailureMessage: the OS's words, then `\tIs the server running on that host
 *   and accepting TCP/IP connections?` for a TCP address; psycopg 3's `connection failed: Connection refused` keeps only those two
 *   when the copy drops the `connection to server at "…"` part that names the host).
 * - PHP's mysqlnd, whose connect error 2002 (CR_CONNECTION_ERROR) carries the stream's words: mysqli's warning (ext/mysqli
 *   mysqli_nonapi.c mysqli_common_connect, `php_error_docref(NULL, E_WARNING, "(%s/%d): %s", …)`: `mysqli::__construct():
 *   (HY000/2002): Connection refused`), PDO's `SQLSTATE[HY000] [2002] Connection refused` (ext/pdo_mysql), the images' wait loop
 *   (docker-library/wordpress docker-entrypoint.sh's PHP `fwrite($stderr, "\n" . 'MySQL Connection Error: (' .
 *   $mysql->connect_errno . ') ' . $mysql->connect_error . "\n")`, copied by BookStack's, TAO's, Discuz's and Moodle's images),
 *   php.net's mysqli_connect_error example (`echo "Failed to connect to MySQL: " . mysqli_connect_error()`). 2002 is also a failed
 *   lookup (`php_network_getaddresses: …`, lookupFailed): only `Connection refused` after it is read here.
 * The host is then the one the paste sets for the database (dbHostSet, phpConnect), else none.
 */
const dbRefusal =
  /\bIs the server running on that host and accepting TCP\/IP connections\b|\((?:HY000|08004)\/2002\): Connection refused\b|\[2002\] Connection refused\b|\bConnection Error: \(2002\) Connection refused\b|\bFailed to connect to MySQL: (?:\(2002\) )?Connection refused\b/i;
/**
 * cw190 (stop 58): Python's own refusal, raised inside a database client's connect, the client's wrapping line (which names the host)
 * not shown. CPython maps ECONNREFUSED to ConnectionRefusedError (Objects/exceptions.c; `[Errno 111] Connection refused` on Linux, 61
 * on macOS, `[WinError 10061] No connection could be made because the target machine actively refused it` on Windows); eventlet's
 * green socket raises it with the errno's name for words (eventlet/greenio/base.py socket_checkerr: `raise socket.error(err,
 * errno.errorcode[err])`, `[Errno 111] ECONNREFUSED`); Python 2 printed `socket.error: [Errno 111] Connection refused`. redis-py
 * (redis/connection.py Connection.connect: `except socket.error as e: raise ConnectionError(self._error_message(e))`), PyMySQL
 * (pymysql/connections.py connect), kombu/py-amqp, pika print it first, then "During handling of the above exception" and their own
 * frames: the refusal is the database's when a frame of such a client's connect is in the same paste.
 */
const pyRefusal =
  /^\W{0,4}(?:ConnectionRefusedError|socket\.error): \[(?:Errno (?:111|61)|WinError 10061)\] (?:Connection refused|ECONNREFUSED|No connection could be made because the target machine actively refused it)/;
const pyDbFrame =
  /^\W{0,4}File "[^"]{0,300}[/\\](?:redis|pymysql|MySQLdb|pymongo|kombu|amqp|pika|aioredis|aiomysql|mysql[/\\]connector)[/\\][\w/\\]{0,100}\.py", line \d{1,6}, in (?:_?connect|get_connection|_connect_\w{1,30}|__init__|connection)\b/;
/** cw190: the two halves of pyRefusal's traceback, read line by line. */
const pySeen = new WeakMap<object, { refused?: boolean; frame?: boolean }>();
/**
 * cw185: the database's host a setting names: an env file's, an `environment:` entry's or a compose config's (`WORDPRESS_DB_HOST:
 * db:3306`, `- DB_HOST=mysql`, `MYSQL_HOST=127.0.0.1`), its port taken off.
 */
const dbHostSet =
  /^\W{0,12}(?:[A-Z][A-Z\d]*_)*(?:DB|DATABASE|MYSQL|MARIADB|POSTGRES(?:QL)?|PG)_HOST(?:NAME)?['"]?\s{0,4}[=:]\s{0,4}['"]?([\w.-]{1,253}?)(?::\d{1,5})?['"]?\s*$/;
/**
 * cw185: the host PHP's own connect call names: a PDO data source (`mysql:host=127.0.0.1;dbname=…`, `pgsql:host=db`: ext/pdo_mysql
 * mysql_driver.c pdo_mysql_handle_factory and ext/pdo_pgsql read `host` from it; Laravel's Connector.php passes it to
 * `PDO->__construct`, which its stack trace prints), mysqli's first argument (`new mysqli("127.0.0.1", …)`, `mysqli_connect('db', …)`).
 * PHP's own trace cuts a string argument at 15 characters (`PDO->__construct('mysql:host=loca...', …)`): no host is read from that.
 */
const phpConnect =
  /\b(?:mysql|pgsql):host=([\w-]{1,63}(?:\.[\w-]{1,63}){0,8}|::1)(?=[;'"\s,)]|$)|\bnew mysqli\s?\(\s?["']([\w.-]{1,253})["']|\bmysqli_connect\s?\(\s?["']([\w.-]{1,253})["']/;
/** A loopback host, its port optional: every 127/8 address (as the telnet and redis-cli rules read it), localhost, ::1 bare or bracketed. */
export const loopHost = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1|\[::1\])(?::\d{1,5})?$/;
/** cw185: PHP's connect call's host on a line (also a command line: `$mysqli = new mysqli(…)` reads as a prompt's), into facts. */
export const phpHost = (line: string, facts: Facts): void => {
  const php = line.length < 2000 ? phpConnect.exec(line)?.slice(1).find(Boolean) : undefined;
  if (php && loopHost.test(php)) facts.phpLocal ??= php;
  facts.dbHost ??= php;
};
/**
 * cw185: node's error object printed one field a line (JSON.stringify with indentation, util.inspect of a long one: lib/internal/
 * errors.js exceptionWithHostPort sets `code`, `errno`, `syscall`, `address`, `port`; mysqljs adds `fatal`): the `code` line, then the
 * `address` line within a few lines.
 */
const nodeRefusedCode = /^\s{0,12}"?code"?\s?:\s?["']ECONNREFUSED["'],?\s*$/;
const nodeAddress = /^\s{0,12}"?address"?\s?:\s?["']((?:\d{1,3}\.){3}\d{1,3}|[\da-f:]{2,39})["'],?\s*$/i;
/** The address such an error names, read over every line of the paste (step-compose.ts settle: also lines inside a run's part). */
export const nodeRefusal = (lines: string[]): string | undefined => {
  let left = 0;
  for (const l of lines) {
    if (l.length > 300) left = 0;
    else if (nodeRefusedCode.test(l)) left = 6;
    else if (left-- > 0) {
      const address = nodeAddress.exec(l)?.[1];
      if (address) return address;
    }
  }
  return undefined;
};
/**
 * cw185: a database's URL at loopback on an app's own line that says the connection failed, in English or the app's language
 * (eshengsky/iBlog's `ERROR 连接MongoDB失败！mongoUrl: mongodb://localhost:27017/xxx`): the app dialled its own container.
 */
const dbUrlLocal =
  /\b(?:mongodb(?:\+srv)?|postgres(?:ql)?|mysql|mariadb|rediss?|amqps?):\/\/(?:[^@\s/'"]{0,100}@)?((?:localhost|127\.0\.0\.1)(?::\d{1,5})?)(?![\w.-])/;
const connectFailed =
  /\b(?:connection refused|ECONNREFUSED|(?:failed|unable|cannot|can't|could not|couldn't) (?:to )?connect|connect(?:ion)? (?:failed|error))\b|连接[^\s，。！]{0,20}失败|連線[^\s，。！]{0,20}失敗|无法连接|無法連線|接続(?:に失敗|できません)/i;

/**
 * The networks Compose creates name the project, also when containers have a container_name: v2 ` ✔ Network lab13_backend
 * Created`; v1 (network.py) `Creating network "hello_default" with the default driver`, 1.5's --x-networking (project.py)
 * the project's own name, `Creating network "wildfly" with driver "None"`; and so do the ones down removes (v2 ` ✔ Network
 * x_default Removed`, v1 `Removing network x_default`, or fails to: `network x_default id … has active endpoints`). So does busybox nslookup's answer from Docker's
 * DNS, `Address 1: 172.20.0.2 stc_users-db_1_f435854a8c88.stc_default` (the container's name, then its network's). So does
 * a container inspect's NetworkSettings.Networks key, `"web_default" : {` (docker-dns#20, its JSON cut above).
 * cw75: v1's line is also quoted inside a sentence or a title (`# docker start "Creating network "liquidsoap_default" with the
 * default driver"`, TrunkRecorder/trunk-recorder#639): read wherever it starts a word, with v1's own ending (network.py: `with the
 * default driver` or `with driver "x"`), so a retelling without those words is not taken for it.
 * cw79: Compose v1's `--verbose` log, docker-py's calls as compose/cli/verbose_proxy.py logs them (`log.info("%s %s <- %s", obj_name,
 * method, format_call(args, kwargs))`): `compose.cli.verbose_proxy.proxy_callable: docker inspect_network <- (u'tangled_default')`
 * (docker/compose#3980, Python 2's u''; #3896 under `> ` quote marks; 1.2x's Python 3 without it), `docker create_network <-
 * (name='x_default', …)`, and the label filter it lists a project's containers by, `docker containers <- (all=False, filters={'label':
 * ['com.docker.compose.project=x', …]})`: each names the project Compose works on. Only v1 logs so (v2 has no such proxy).
 * cw91: also that list's API request as urllib3 logs it under --verbose (`"GET /v1.30/containers/json?limit=-1&all=1&…&filters=%7B%22label
 * %22%3A+%5B%22com.docker.compose.project%3Dtrans-cat%22%2C+…` HTTP/1.1" 200`, Hapyr/trans-cat#6), and so the daemon's debug log of any
 * Compose's request (`Calling GET /v1.41/containers/json?all=1&filters=%7B%22label%22%3A%7B%22com.docker.compose.project%3Dx%22…`):
 * the label filter URL-encoded in a containers list's query names the project it lists.
 * cw141: nerdctl compose (containerd/nerdctl pkg/composer/up_network.go: `log.G(ctx).Infof("Creating network %s", fullName)`, "fullName
 * is like \"compose-wordpress_default\"", logrus' `INFO[0000] Creating network mr_default` on a terminal, `time="…" level=info
 * msg="…"` otherwise; containerd/nerdctl#4810): the project's name before the network's, as v1's line. Finch's compose is nerdctl's.
 * cw156 (stop 52): and v2's other events for such a network on down (docker/compose pkg/compose/down.go removeNetwork: `eventName :=
 * fmt.Sprintf("Network %s", name)`, `progress.NewEvent(eventName, progress.Warning, "Resource is still in use")` for one something
 * still uses, `progress.ErrorEvent(eventName)` then `fmt.Errorf("failed to remove network %s: %w", name, err)` for a removal that
 * failed): ` ! Network x_default  Resource is still in use`, ` ✘ Network x_key  Error`, `failed to remove network x_key: …`.
 * cw197 (stop 59): and the daemon's refusal of a second endpoint of one name on a network (moby libnetwork network.go
 * createEndpoint: `endpoint with name %s already exists in network %s`) where both are Compose's names of one project: the
 * container `<p>-<service>-<n>` (v2's, pkg/api `Separator`) or `<p>_<service>_<n>` (v1's) on a network `<p>_<key>` (an updater
 * recreating `service-pocket-id-1` on `service_media`, Quenary/tugtainer#153). A hand-made name on either side names no project.
 */
const networkLine =
  /verbose_proxy\.proxy_callable: docker (?:inspect|create|remove)_network <- \((?:name=)?u?'([\w.-]+)_[\w-]+'|verbose_proxy\.proxy_callable: docker containers <- \(.{0,80}?com\.docker\.compose\.project=([\w.-]+)'|\/containers\/json\?\S{0,300}?filters=\S{0,300}?com\.docker\.compose\.project%3D([\w.-]+)%22|^\s*"([\w.-]+)_default" ?: ?\{|^\W*(?:DRY-RUN MODE -\s+)?Network ([\w.-]+)_[\w-]+\s+(?:Created|Removed|Removing|Resource is still in use|Error\s*(?:[\d.]+s)?\s*$)|^failed to remove network ([\w.-]+)_[\w-]+: |(?:^|[\s"'`(])Creating network "([\w.-]+?)(?:_[^_"]+)?" with (?:the default driver|driver ")|^Address \d+: \S+ [\w.-]+\.([\w-]+?)_(?:default|frontend|backend)$|^Removing network ([\w.-]+)_(?:default|frontend|backend)\b|^\s{0,8}Removing network ([\w.-]+)_[\w-]+\s*$|endpoint with name [\w.-]+ already exists in network ([\w.-]+)_default\b|endpoint with name (?<own>[\w.-]+?)[-_][\w.-]+[-_]\d{1,3} already exists in network \k<own>_[\w.-]+|network ([\w.-]+)_(?:default|frontend|backend) id [\da-f]{12,64} has active endpoints|^\s*(?:INFO\[\d{1,6}\]|time="[^"]{1,40}" level=info msg=")\s*Creating network ([\w.-]+?)_[^_\s"]{1,63}"?\s*$/;

/**
 * Compose v2's warning that a service's image is for another platform (` ! web The requested image's platform (linux/amd64) does
 * not match …`, a spinner `⠦` before it while it runs: JordanKnott/taskcafe#191, cortezaproject/corteza#967): the service, its
 * state not shown. Docker Desktop emulates amd64, so it is no error (arm64 on amd64 is the entry's exec-format-error).
 */
const platformLine = /^\s*(?:[!⠀-⣿]\s*)?([\w.-]{1,63}) The requested image['’]?s platform \(/;

/**
 * A log line that is a failed connection to another service (a lookup, a refusal, a timeout while connecting), by any program
 * above: diagnose-compose.ts takes a service that stopped after printing one as stopped by it (cw27).
 */
/** cw165 (stop 55): the project a line of Compose's own names by the network it creates or removes (networkLine above), if any. */
export const networkProject = (line: string): string | undefined =>
  line.length < 2000 ? networkLine.exec(line)?.slice(1).find(Boolean) : undefined;

// cw172 (stop 56): also libpq's second line of its refusal (fe-connect.c connectFailureMessage before PostgreSQL 14: `could not
// connect to server: Connection refused` then `\tIs the server running on host "database" (172.18.0.2) and accepting` and `\tTCP/IP
// connections on port 5432?`): psycopg2's and every libpq client's, so a service's last five lines hold the host line where the first
// one scrolled out. Loopback hosts are left to the localhost rules.
export const peerFailed = (line: string): boolean =>
  line.length < 2000 &&
  (nginxMissing.test(line) ||
    appMissing.test(line) ||
    upstreamRefused.test(line) ||
    /^\s*Is the server running on host "(?!localhost"|127\.|::1")[\w.-]{1,253}" \([\d.:a-f]{2,45}\) and accepting\s*$/.test(line));

/** cw108: the service name a line's failed lookup names (appMissing's), for step-compose.ts' order of two errors. */
export const appLookup = (line: string): string | undefined =>
  line.length < 2000 ? appMissing.exec(line)?.slice(1).find(Boolean) : undefined;

/** cw202 (stop 60): the host and port a line's refusal names (upstreamRefused's, the port right after its host), for the same order. */
export const refusalAt = (line: string): { host: string; port?: number } | undefined => {
  const m = line.length < 2000 ? upstreamRefused.exec(line) : null;
  const host = m?.slice(1).find(Boolean);
  if (!m || !host) return undefined;
  const port = new RegExp(`^.{0,300}?${host.replace(/[.]/g, '\\.')}:(\\d{1,5})\\b`).exec(line.slice(m.index))?.[1];
  return { host, port: port ? Number(port) : undefined };
};

/** Lesson 7's services (expected.ts, which this chunk does not import) at a container name's end, under any Compose's naming. */
const lessonService = /(?:^|[-_])(?:proxy|web|db)(?:[-_]\d+)?$/;

/**
 * cw44: nginx's error line cut by a copy right after a field's opening quote (`…, request: "GET /?new HTTP/1.1", upstream: "`, then
 * `http://127.0.0.1:3000/?new", host: "bot-tunnel.com"` on the next line: localtunnel/server#56): read with the next line, as nginx
 * logged it (src/http/ngx_http_upstream.c ngx_http_upstream_log_error: `, upstream: "%V"` after the request, then `, host: "%V"`).
 */
const cutLines = new WeakMap<object, string>();
/** cw172: a container inspect's `"Networks": {` line was the last one read (below). */
const networksOpen = new WeakSet<object>();
/** cw157: the last container Compose v2's progress showed still being created or started (below). */
const inFlight = new WeakMap<object, string>();

export const nginxLine: LogLineReader = (line, facts, key, _listen, told) => {
  const cut = cutLines.get(facts);
  cutLines.delete(facts);
  const text = cut === undefined ? line : cut + line.trimStart();
  if (text.length < 2000 && /while connecting to upstream, .{0,1500}\b(?:upstream|request|host): "$/.test(text)) {
    cutLines.set(facts, text);
    return;
  }
  startFailure(text, facts, key);
  const service = platformLine.exec(text)?.[1];
  if (service) facts.containers.push({ name: service, service });
  const net = networkLine.exec(text);
  // cw91: a service's own log line that names a network Compose made for a project (`error adding container d60615318259: unknown
  // network mode%!(EXTRA string=drupal7_default)`, gliderlabs/resolvable#24: the container's HostConfig.NetworkMode, which Compose sets
  // to `<project>_default`): under Compose's prefix only, the word network on the line, v1's and v2's default network's name.
  // cw191 (stop 59): or a logrus line about a network that names it in a field (sirupsen/logrus text_formatter.go: the level's four
  // letters, the message, then each field `key=value`; OrbStack's agent logs each Docker network it wires, `INFO… adding Docker network
  // config="{…}" name=alfa-e2e_default`, then `ERRO… failed to add Docker network error="bridges disabled"`, orbstack/orbstack#373,
  // its level tag run into a custom timestamp, `INFO06-20 07:37:08]`, under its own `agent:docker |` prefix; logrus' non-terminal
  // `level=info msg="…"` alike): the network Compose made, `<project>_default`, in a `name=` or `network=` field, on a line whose
  // words are about a network.
  const fielded =
    text.length < 600 && /\b(?:INFO|WARN|ERRO|DEBU)(?=[\s[\d])|\blevel=\w/.test(text) && /\bnetwork\b/i.test(text)
      ? /\s(?:name|network)="?([a-z0-9][a-z0-9-]{0,62})_default"?(?:\s|$)/.exec(text)?.[1]
      : undefined;
  const named =
    (key && text.length < 600 && /\bnetwork\b/i.test(text)
      ? /(?:^|[\s=:"'(])([a-z0-9][a-z0-9-]{0,62})_default\b/.exec(text)?.[1]
      : undefined) ?? fielded;
  // cw172 (stop 56): a container inspect's NetworkSettings.Networks, its first key any network Compose made (compose-go and v1 name
  // a file's network `<project>_<key>`, docker/compose pkg/compose/create.go getNetworksForService; v1 network.py `'{0}_{1}'.format(
  // project, name)`), not only `_default` (networkLine): read only right under the `"Networks": {` line, so no other JSON key
  // counts. A project's name and its key may both hold `_`: the name up to the first one is taken. The lesson's own network so cut
  // stays unread (cw86's guard, CONVENTIONS §2.6 cw74: no answer from a cut excerpt of it), as the ambiguous-network rule above.
  const underNetworks = networksOpen.has(facts);
  networksOpen.delete(facts);
  if (text.length < 300 && /^\s*"Networks" ?: ?\{\s*$/.test(text)) networksOpen.add(facts);
  const keyed = underNetworks ? /^\s*"(?!dash-app_)([a-z0-9][\w.-]{0,62}?)_[\w.-]{1,64}" ?: ?\{\s*$/.exec(text)?.[1] : undefined;
  const project = net?.slice(1).find(Boolean) ?? named ?? keyed;
  if (project && !facts.projects.includes(project)) facts.projects.push(project);
  // cw79: docker-py's verbose proxy is Compose v1's alone (networkLine): whatever project it names, that Compose cannot read the
  // lesson's file (its top-level name:), so the lesson's own project seen through it is never an ok.
  if (/verbose_proxy\.proxy_callable: docker /.test(text)) facts.composeOld = true;
  facts.upstreamLocal ??= upstreamLocal.exec(text)?.slice(1).find(Boolean);
  facts.envLocal ??=
    text.length < 500 ? (envLocal.exec(text) ?? (refusalWords.test(text) ? envLocalInline.exec(text) : null))?.[1] : undefined;
  facts.unusedNetworks ??= /Some networks were defined but are not used by any service: (.{1,300})/.exec(text)?.[1]!.split(', ');
  facts.dbReady ||= text.includes('system is ready to accept');
  facts.up5 ||= /^\[\+\] up \d/.test(text);
  // `up` without -d attaches before it starts (docker/compose pkg/compose/attach.go: `fmt.Fprintf(s.stdout(), "Attaching to
  // %s\n", …)`), and Compose 2.x printed no Started line then: its Created / Recreated are containers being started.
  facts.attached ||= /^Attaching to [\w.-]/.test(text);
  // cw35: v1's list names the project (compose/cli/main.py up(): `print("Attaching to", list_containers(…))`; `Attaching to flask-on-docker_web_1`, mikeizbicki/cmc-csci143#426:
  // its log lines then say only `web_1  |`): a container named project_service_N (compose/container.py, v1's naming). v2's
  // names (`x-web-1`, 2.2x's `web-1`) do not tell a hyphenated service from the project, so they are not read here.
  // cw79: also quoted inside a sentence, the line's end or any other mark after the list (docker/compose#7483: `我查看nginx日志报Attaching
  // to cosin_nginx_1，查看不了`, a CJK text with no space before it and a full-width comma after): v1's naming is specific enough.
  const attaching = /(?:^|[^\w.-])Attaching to ([\w.-]+_[\w.-]+_\d+(?:, [\w.-]+_[\w.-]+_\d+)*)(?![\w-]|\.\w)/.exec(text)?.[1];
  for (const n of attaching ? attaching.split(', ') : []) {
    const p = /^([^_]+(?:_[^_]+)*?)_[^_]+_\d+$/.exec(n)?.[1];
    if (p && !facts.projects.includes(p)) facts.projects.push(p);
  }
  // cw93: v1's progress line quoted the same way (mikeizbicki/cmc-csci143#27: ``the command exits with `Starting flask-on-docker_web_1 ...
  // done` ``; compose/cli/main.py and parallel.py print `Creating x_web_1 ... done`, `Starting`, `Recreating`, `Stopping`, `Removing`,
  // `... error` when it failed): the container's v1 name names its project.
  // cw141: and Compose 1.0-1.4's (fig's) own form of it, the name then three dots and nothing after (compose/service.py
  // `log.info("Creating %s..." % self._next_container_name(containers))`, `Recreating %s...`, `Starting %s...`, `Stopping %s...`;
  // docker/compose#1485: `Creating composetest_redis_1...`): the line ends there, so a sentence's trailing dots are not it. A copy may
  // turn the three dots into one `…` (habits' ellipsis).
  const progress =
    /(?:^|[^\w.-])(?:Starting|Creating|Recreating|Stopping|Removing) ([\w.-]+)_[\w.-]+?_\d+(?: +\.\.\. +(?:done|error)\b|(?:\.\.\.|…)\s*$)/.exec(
      text,
    )?.[1];
  // cw172 (stop 56): and v1's start of a stopped container as its own whole line, no dots (compose/service.py
  // start_container_if_stopped: `log.info("Starting %s" % container.name)`, which `run` prints for each dependency it starts
  // and 1.x's `up` for a stopped container): the v1 name `project_service_N` alone on the line, so a sentence is not it.
  const started = /^\s*Starting ([\w.-]+)_[\w.-]+?_\d+\s*$/.exec(text)?.[1];
  // cw194 (stop 59): willfarrell/docker-autoheal's line for a container it restarts or leaves (docker-entrypoint: `echo "$DATE
  // Container ${CONTAINER_NAME} (${CONTAINER_SHORT_ID}) found to be unhealthy - Restarting container now with ${TIMEOUT}s
  // timeout"`, `… found to be restarting - don't restart`; the Go and Rust ports print the same): the name is the API's (`.Names[0]`,
  // a `/` before it), the container exists and is being restarted; a Compose name (`/compose_web_1`, `/x-web-1`) names its project,
  // as v1's progress line does. Not a hand-given name (`-01`, cw168).
  const healed =
    /(?:^|\s)Container \/([\w.-]{1,200}) \([0-9a-f]{12}\) found to be (?:unhealthy - Restarting container now|restarting - don't restart)\b/.exec(
      text,
    )?.[1];
  const healedProject =
    healed && !/[-_]0\d+$/.test(healed)
      ? (/^([^_]+(?:_[^_]+)*?)_[^_]+_\d+$/.exec(healed) ?? /^(.+)-[^-]+-\d+$/.exec(healed))?.[1]
      : undefined;
  // cw196 (stop 59): and v1's word for a container it had nothing to do for (compose/service.py execute_convergence_plan, the 'noop'
  // action: `log.info("%s is up-to-date" % c.name)`; docker-library/wordpress#565: `docker-wordpress_db_1 is up-to-date`): that
  // project's container exists and runs as its file says. The whole line only.
  const upToDate = /^\s*([\w.-]+)_[\w.-]+?_\d+ is up-to-date\s*$/.exec(text)?.[1];
  for (const p of [progress, started, healedProject, upToDate]) if (p && !facts.projects.includes(p)) facts.projects.push(p);
  // cw100: Compose v1's own word that a container did not start (compose/parallel.py writes `Starting x_nginx_1 ... error`, also
  // Creating and Recreating; project.py then raises `Encountered errors while bringing up the project.`), the daemon's reason left
  // out (iurygdeoliveira/novos_caminhos#210, quoted in Portuguese): a service that is not running, before the project its name names
  // (CONVENTIONS §2.0). Ranked after every error rule: a reason Compose prints below it (a port taken, a name in use, a subnet, a
  // start refused) answers when shown.
  const failed = /(?:^|[^\w.-])(?:Starting|Creating|Recreating) [\w.-]+?_([a-zA-Z0-9-]+)_\d+ +\.\.\. +error\b/.exec(text);
  if (failed || /\bEncountered errors while bringing up the project\b/.test(text))
    facts.hits.push({ id: 'compose-service-not-running', rank: 1e6, details: { name: failed?.[1], variant: 'not-started' } });
  // cw157 (stop 52): Compose v2's the same, in its progress: a container's line still in flight (pkg/compose/convergence.go
  // createContainer and startService emit progress.CreatingEvent / StartingEvent, `⠋ Container x-web-1  Creating`, and no Created
  // or Started when the daemon refuses it; pkg/progress/tty.go draws the spinner), then the daemon's refusal as the CLI prints an
  // error (`Error response from daemon: …`, docker/cli's cli.StatusError text at the end of the run). The container was not made or
  // not started, so the stack is not up (CONVENTIONS §2.0: what failed comes first), the reason a rule above may name ranked first.
  // Not the refusal with no such line before it, nor one whose container's line went on to Created or Started, nor one that names a
  // project's network (`network blog_default not found`: that project answers, cw107).
  const pending = /^\s*[⠀-⣿]\s{0,3}Container ([\w.-]{1,100})\s{1,200}(?:Creating|Starting|Recreate|Recreating)\b/.exec(text);
  if (pending) inFlight.set(facts, pending[1]!);
  else if (
    inFlight.has(facts) &&
    !project &&
    /^\s*Error response from daemon: \S/.test(text) &&
    !/\bnetwork [a-z0-9][\w.-]{0,62}_[\w.-]{1,64}\b/.test(text)
  ) {
    const name = inFlight.get(facts)!;
    inFlight.delete(facts);
    if (!facts.containers.some((c) => c.name === name && (c.state === 'running' || c.state === 'created')))
      facts.hits.push({ id: 'compose-service-not-running', rank: 1e6, details: { variant: 'not-started' } });
  }
  // cw183 (stop 58): the same container's own end in Compose v2's progress, its ✘ `Error` event (pkg/progress event.go ErrorEvent /
  // ErrorMessageEvent, drawn with ✘ by tty.go; pkg/compose/convergence.go emits it when the daemon refuses to start the container or
  // a dependency's wait fails, 2.40+'s `Error dependency <service> failed to start`), with the daemon's words cut off or not shown:
  // the container did not start, the stack is not up (§2.0), ranked after every rule that names a reason. Not a removal's error
  // (down's `Error while Removing`): that container was being taken down, not started. parse-logs.ts hands only these lines here.
  if (/^\s{0,4}(?:[✘✗]\s{1,3})?Container [\w.-]{1,100}\s{1,200}Error\b(?!\s+while\b)/.test(text))
    facts.hits.push({ id: 'compose-service-not-running', rank: 1e6, details: { variant: 'not-started' } });
  // cw38: a list of names of their own (container_name's: `Attaching to fileserver`, halverneus/static-file-server#13), none of
  // them one of the lesson's services under any Compose's naming (`web`, v2's `dash-app-web-1`, 2.2x's `web-1`): containers of
  // another project, which up attaches to as it starts them (diagnose-compose.ts ownNames; CONVENTIONS §2.5).
  const own = attaching ? undefined : /^Attaching to ([\w.-]{1,100}(?:, [\w.-]{1,100}){0,20})\s*$/.exec(text)?.[1]?.split(', ');
  if (own && !own.some((n) => lessonService.test(n))) for (const name of own) facts.containers.push({ name });
  // Compose 2.25+'s `WARN[0000] /x/compose.yml: the attribute \`version\` is obsolete, it will be ignored` (archiveteam/
  // archiveteam-warrior-dockerfile#1): a Compose that reads the lesson's file read one; what it started is not shown.
  if (/the attribute .version. is obsolete/.test(text)) facts.composeOld ??= false;
  // So does v2's pull of a service it then builds (pkg/compose/pull.go's warning: ` ! php Warning pull access denied for app-php,
  // …`, dunglas/symfony-docker#664: an image built here is in no registry), and Docker's amd64 warning alone, without a service
  // (`"The requested image's platform (linux/amd64) does not match …"` in backticks, then a slow emulated build, unlock-protocol/unlock#7507;
  // Desktop emulates it): nothing failed, what runs is not shown.
  if (/^\W{0,6}[\w.-]{1,63}\s{1,40}Warning\s{1,40}pull access denied for /.test(text)) facts.composeOld ??= false;
  if (!service && /requested image['’]?s platform \(linux\/amd64\) does not match the detected host platform \(linux\/arm/.test(text))
    (facts.armHost ??= {}).warned = true;
  // cw127: a lookup quoted as advice's condition (`told`: "If you see `could not translate host name "db"`, put them on one network")
  // is no lookup that failed (CONVENTIONS §2.6).
  if (told) return;
  // cw183 (stop 58): compose-go's warning for a `$VAR` it found no value for (template/template.go substituteWithConfig:
  // `logrus.Warnf("The %q variable is not set. Defaulting to a blank string.", substitution)`), as logrus prints it on a terminal
  // (`WARN[0000] The "host" variable is not set. …`) or not (`time="…" level=warning msg="The \"PWD\" variable is not set. …"`):
  // Compose v2 read a project's file and went on, as for the obsolete `version` above; nothing failed, what runs is not shown.
  // Only logrus' own line (its level mark before it). cw207 (stop 60): and Compose v1's (compose/config/environment.py
  // Environment.__getitem__: `log.warning("The {} variable is not set. Defaulting to a blank string.")`, the name unquoted), which
  // v1's console handler prints after `WARNING: ` on a terminal and bare when its stderr is piped or copied without the level: the
  // same reading (CONVENTIONS §2.5 stop 60), at a line's start only (a sentence retelling it is not output).
  if (
    /(?:^\W{0,3}WARN\[\d{1,6}\]\s{1,4}|\blevel=warning msg=")The \\?"[\w.-]{1,100}\\?" variable is not set\. Defaulting to a blank string\b|^\W{0,3}(?:WARNING: )?The [A-Za-z_]\w{0,100} variable is not set\. Defaulting to a blank string\.\s*$/.test(
      text,
    )
  )
    facts.composeOld ??= false;
  const resolver = nginxMissing.exec(text);
  const nginx = resolver?.[1] ?? resolver?.[2] ?? resolver?.[3] ?? resolver?.[4] ?? resolver?.[5];
  facts.lookup ||= resolver && !nginx ? 'proxy' : lookupFailed.test(text) ? 'app' : undefined;
  const app = nginx || text.length > 2000 ? undefined : appMissing.exec(text);
  const byApp = app?.slice(1).find(Boolean);
  if (!facts.upstreamMissing && byApp) facts.upstreamApp = true;
  // A browser's (Chrome's console: `GET http://backend/ net::ERR_NAME_NOT_RESOLVED`, docker/compose#10219): a frontend's code runs
  // on the learner's machine, where no service name resolves (Docker's DNS answers only containers on the project's networks).
  const browser = nginx || byApp || text.length > 2000 ? undefined : browserMissing.exec(text)?.[1];
  if (!facts.upstreamMissing && browser) facts.upstreamApp = 'browser';
  facts.upstreamMissing ??= nginx ?? byApp ?? browser;
  // cw127: node's DNSException as util.inspect prints it, one field a line (lib/internal/errors.js: `code: 'ENOTFOUND'`, `syscall:
  // 'getaddrinfo'`, `hostname: 'redis-server'`; redis/docker-library-redis#255): the name comes after the code lookupFailed read.
  if (facts.lookup === 'app' && !facts.upstreamMissing && text.length < 200) {
    const host = inspectHost.exec(text)?.[1];
    if (host) {
      facts.upstreamMissing = host;
      facts.upstreamApp = true;
    }
  }
  // cw63: nginx's lookup as an `[emerg]`, which stops it at start (diagnose-compose.ts lookupEmerg): the service whose log says it.
  if (nginx && /\[emerg\]/.test(text)) facts.upstreamEmerg ??= service ?? '';
  const refused = text.length < 2000 ? upstreamRefused.exec(text) : null;
  if (refused && facts.upstreamRefused === undefined && /^curl: /.test(refused[0]))
    facts.upstreamCurlPort = Number(/(?: port |:)(\d{1,5})\b/.exec(refused[0])?.[1]);
  // cw82: curl at the loopback (its command, `curl http://127.0.0.1:7860`, or its own `Failed to connect to localhost port 7860`).
  const loop = text.length < 500 ? /\bcurl\b.{0,200}?(?:localhost|127\.0\.0\.1|\[::1\])(?::| port )(\d{1,5})\b/.exec(text) : null;
  if (loop) (facts.curlLoopPorts ??= []).push(Number(loop[1]));
  facts.upstreamRefused ??= refused?.slice(1).find(Boolean) ?? (facts.pgRefused ? pgHost.exec(text)?.[1] : undefined);
  // cw35: nginx's words quoted in a sentence or a code span without the rest of its line (alessandromr/medium-go-nginx-docker#1:
  // `*1 connect() failed (111: Connection refused) while connecting to upstream`; nginx-proxy/nginx-proxy#1591, also `no live
  // upstreams while connecting to upstream, client:`; nginx src/event/ngx_event_connect.c "connect() failed", ngx_http_upstream.c
  // "no live upstreams"): a refusal at the proxy's upstream, whose address the paste does not show.
  // cw75: also quoted from its errno on (`(111: Connection refused) while connecting to upstream, client: 10.127.255.66`,
  // certsocietegenerale/FIR#260), and in the errno's number and words of the OS nginx runs on (ngx_connect_peer logs ngx_errno with
  // strerror: ECONNREFUSED is 111 on Linux, 61 on FreeBSD and macOS, WSAECONNREFUSED 10061 on Windows, "No connection could be made
  // because the target machine actively refused it").
  // cw176 (stop 57): HAProxy's check status of a server without the server's name (eclipse-steady/steady#51: "in haproxy I see:
  // `Layer4 connection problem: Connection refused`"): src/check.c check_statuses[HCHK_STATUS_L4CON] "Layer4 connection problem", its
  // info the connect's strerror, joined by `, info: "…"` in the DOWN log line (srv_append_status) or by `: ` as the stats page shows
  // a check's status and info: the proxy's backend refused, whose address the paste does not show. Not Layer7 (the app answered).
  facts.proxyRefused ||=
    !refused &&
    text.length < 2000 &&
    /(?:connect\(\) failed )?\((?:111|61|10061): (?:Connection refused|No connection could be made[^)]{0,80})\) while connecting to upstream|no live upstreams while connecting to upstream|\bLayer4 connection problem(?:: |, info: ")Connection refused\b/i.test(
      text,
    );
  facts.pgRefused ||= text.length < 2000 && pgRefused.test(text);
  // cw185 (stop 58): the refusals that name no host, the host the paste's settings give, node's error one field a line, a database URL
  // at loopback on a failing line (see above). diagnose-compose.ts joins them.
  if (text.length < 2000) {
    facts.dbRefused ||= dbRefusal.test(text);
    facts.refusalSaid ||= refusalWords.test(text);
    // cw190 (stop 58): Python's refusal under a database client's connect frame (pyRefusal above).
    const py = pyRefusal.test(text) ? 'refused' : pyDbFrame.test(text) ? 'frame' : undefined;
    if (py) {
      const seen = pySeen.get(facts) ?? {};
      seen[py] = true;
      pySeen.set(facts, seen);
      facts.dbRefused ||= !!seen.refused && !!seen.frame;
    }
    phpHost(text, facts);
    facts.dbHost ??= dbHostSet.exec(text)?.[1];
    const url = text.length < 500 ? dbUrlLocal.exec(text)?.[1] : undefined;
    if (url && connectFailed.test(text)) facts.upstreamRefused ??= url;
  }
};
