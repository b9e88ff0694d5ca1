/*
 * The chunk of lessons 6 and 7 (compose, networks): Compose's and nginx's error messages, the
 * compose file reader, and the Compose checks.
 */
import {
  appLookup,
  composeRules,
  containerWords,
  loopHost,
  networkProject,
  nginxLine,
  nodeRefusal,
  phpHost,
  refusalAt,
  unknownFlag,
} from './compose-errors';
import { composeHelp, composeLsHeader, composeLsState, composeShort } from './compose-short';
import { readConfigText } from './parse-compose-config';
import type { Lib } from './lib';
import { stepFallback, type Panel } from './step-fallback';
import type { Part, TextReader } from './read';
import type { Facts } from './types';

export { composeRules as errors, nginxLine as logLine, containerWords } from './compose-errors';
export { diagnoseCompose as check } from './diagnose-compose';

/**
 * At the compose step, Compose's warning that a network `exists but was not created for project "milvus"` names the project that
 * ran (stored file 55903159422: `up` of project milvus, its network named milvus by `networks.default.name`): another project's
 * run, which the project gate answers; at the networks step the network stays the answer.
 */
export function settle(
  facts: Facts,
  { expected, addProject, splitName, startedService, upAfterRefusal, serviceRefusal, apiMinor, exitedProgram }: Lib,
  what: string,
  list: Part[] = [],
): void {
  // cw38: Docker that answers under sudo while the command run without it could not connect (docker/compose#510: fig 0.5's
  // "Couldn't connect to Docker daemon at http+unix://var/run/docker.sock - is it running?", then `sudo docker version` with its
  // `Server version: 1.0.1`): the daemon runs, the socket refused the learner's user. docker-py (fig, Compose v1) and the docker
  // client before 1.13 ("Cannot connect to the Docker daemon. Is the docker daemon running on this host?") word that permission
  // error as no daemon; Compose needs the same socket, so the docker group is the fix (CONVENTIONS §2.5, cw38).
  const server = /^\s*Server(?: [Vv]ersion: *\d|: Docker Engine)|^\s*Server API version:|^\s+API version:\s+[\d.]+ \(minimum version/;
  const answered = list.some(
    (p) => p.sudo && /^docker (?:version|info)\b/.test(p.cmd) && p.lines.some((l) => server.test(l.replace(/^\s*>/, ''))),
  );
  if (answered) for (const h of facts.hits) if (h.id === 'daemon-not-running') h.id = 'permission-denied';
  // cw107: the same words beside a docker command of the learner's own, without sudo, that the daemon answered (docker/compose#2347:
  // `docker info`'s `Server Version: 1.9.0`, then docker-compose 1.5's `ERROR: Couldn't connect to Docker daemon at
  // http+docker://localunixsocket - is it running?`; docker/compose#88: `docker version`'s `Server version: 0.8.0`, then fig 0.2.1's
  // `Couldn't connect to Docker daemon at http:/`): the daemon runs and this user reaches it, only the old Compose (docker-py's
  // wording, compose/cli/errors.py; fig's) does not. Compose v2 says "Cannot connect to the Docker daemon", as the docker CLI does:
  // only when every such line of the paste is v1's, and none of docker's own.
  const v1Refused = /Couldn't connect to Docker daemon\b/;
  const ownAnswer = list.some(
    (p) => !p.sudo && /^(?:docker (?:version|info)\b|$)/.test(p.cmd) && p.lines.some((l) => server.test(l.replace(/^\s*>/, ''))),
  );
  const allLines = list.flatMap((p) => p.lines);
  if (
    !answered &&
    ownAnswer &&
    allLines.some((l) => v1Refused.test(l)) &&
    !allLines.some((l) => /Cannot connect to the Docker daemon|permission denied/i.test(l))
  )
    for (const h of facts.hits)
      if (h.id === 'daemon-not-running') Object.assign(h, { id: 'compose-too-old', details: { variant: 'v1-connect' } });
  // cw152 (stop 51): at lesson 8's networks step, a docker client that ran inside a container and could not resolve its DOCKER_HOST's
  // name (`error during connect: Post "https://docker:2376/…": dial tcp: lookup docker on 127.0.0.11:53: no such host`, a Jenkins
  // container's client for a dind service): 127.0.0.11 is Docker's embedded DNS server, which only a container on a user-defined
  // network asks (moby libnetwork/resolver.go, sandbox_dns_unix.go rewrites the container's resolv.conf to that address), and Go's
  // resolver says `lookup NAME on SERVER:53: no such host` when it has no record (net/dnsclient_unix.go, errNoSuchHost). The name
  // is a service's on that network, which did not resolve: the networks step's failed lookup (CONVENTIONS §2.6), not a daemon down.
  // Only when every daemon error line of the paste is such a lookup; at the other steps it stays the daemon not reached (cw28).
  // cw182 (stop 58): the cgo resolver names no server (golang/go src/net/cgo_unix.go: DNSError with gai_strerror's words only, musl's
  // `lookup docker: Try again` in an Alpine job image, gitlab-ci-local#301): the container's resolv.conf is the one asked, Docker's
  // embedded DNS on a user-defined network; a one-label name then is read as above. A named resolver other than 127.0.0.11 stays the
  // daemon's (CONVENTIONS §2.6 stop 51).
  const embedded =
    /error during connect: .{0,400}?\blookup (?:([\w.-]{1,200}) on 127\.0\.0\.11:53: no such host|([\w-]{1,63}): (?:no such host|Try again|Name does not resolve|Temporary failure in name resolution|Name or service not known)\b)/;
  const daemonWords = /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i;
  const clientLines = list.flatMap((p) => [p.cmd, ...p.lines]).filter((l) => daemonWords.test(l));
  const lookedUp = clientLines.length && clientLines.every((l) => embedded.test(l)) ? embedded.exec(clientLines[0]!) : undefined;
  const looked = lookedUp ? (lookedUp[1] ?? lookedUp[2]) : undefined;
  // cw159 (stop 53): Compose v1 ends an `up` that failed with `ERROR: Encountered errors while bringing up the project.` (compose/project.py
  // Project.up raises ProjectError with those words after each service's `ERROR: for <name>  <reason>`; compose/cli/main.py logs it
  // with log.error, which prints `ERROR: `). Errors after one such line and up to the next are a later `up`'s, the paste's later state
  // (CONVENTIONS §2.0): at the compose step the earlier up's errors are past. Only when the last up shows an error of its own; the
  // port questions keep a refused port (its holder may still hold it).
  if (what === 'compose') {
    const base: number[] = [];
    let n = 0;
    for (const p of list) {
      base.push(n);
      n += p.lines.length + 1;
    }
    const at = (h: { part?: number; line?: number }) => (h.part === undefined ? -1 : base[h.part]! + (h.line ?? -1) + 1);
    const ends = list.flatMap((p, j) =>
      p.lines.flatMap((l, i) =>
        l.length < 200 && /^\s*ERROR: Encountered errors while bringing up the project\.?\s*$/.test(l) ? [base[j]! + i + 1] : [],
      ),
    );
    const from = ends.length > 1 ? ends.at(-2)! : undefined;
    if (from !== undefined && facts.hits.some((h) => at(h) > from && at(h) < ends.at(-1)!))
      facts.hits = facts.hits.filter((h) => h.part === undefined || at(h) > from);
  }
  // cw159 (stop 53): a database's own client run inside a container, told to reach its server at loopback, and finding none there: inside
  // a container that address is the container itself (CONVENTIONS §2.6 cw86, as telnet's at a container's prompt). The clients' words:
  // PostgreSQL's pg_isready (src/bin/scripts/pg_isready.c: `printf("%s:%s - ", pghost_str, pgport_str)`, then `no response` or
  // `rejecting connections`), the MongoDB shell's (src/mongo/shell/mongo.js connect: `Error: couldn't connect to server %s`, 2.x with
  // `at src/mongo/shell/mongo.js:145`, 3.x+ with `, connection attempt failed`). Inside is where the paste's last docker command before
  // the line put it: `docker exec` (typed or told: "by doing `docker exec -it <ID> bash`"), Compose's `exec`, a run that is not
  // detached (its output is the container's; docker/cli run.go attaches unless -d), or a container's root prompt; another docker
  // command typed after it is the host's again.
  // cw185 (stop 58): PHP's connect call's host, also on a line the reader took for a command (`$mysqli = new mysqli("127.0.0.1", …)`
  // starts with a prompt's `$`): compose-errors.ts phpHost, joined with a refusal by diagnose-compose.ts.
  if (what === 'networks' || what === 'compose') {
    for (const p of list) for (const l of [p.cmd, ...p.lines]) phpHost(l, facts);
    // and node's error printed one field a line (compose-errors.ts nodeRefusal), `"code": "ECONNREFUSED"` then `"address": "…"`.
    facts.upstreamRefused ??= nodeRefusal(list.flatMap((p) => p.lines));
  }
  if (what === 'networks' || what === 'compose') {
    const enter =
      /(?:^|[\s`"'(])(?:sudo +)?docker(?:-compose| compose| container)? +(exec|run)\b([^`\n]{0,300})|(?:^|[\s`"'(])(?:sudo +)?docker(?:-compose| compose)? +[a-z]/;
    const client =
      /(?:^|\s)((?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1|\[::1\]):\d{1,5}) - (?:no response|rejecting connections)\s*$|\bError: couldn't connect to server ((?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1|\[::1\]):\d{1,5})(?![\d.])/;
    let inside = false;
    let upstream: string | undefined;
    for (const p of list) {
      if (p.inside) inside = true;
      for (const l of [p.cmd, ...p.lines]) {
        if (l.length > 600) continue;
        const m = enter.exec(l);
        if (m) inside = m[1] === 'exec' || (m[1] === 'run' && !/(?:^|\s)-(?:-detach\b|[a-zA-Z]*d[a-zA-Z]*(?=[\s`]|$))/.test(m[2] ?? ''));
        const c = client.exec(l);
        if (c && inside) upstream ??= c[1] ?? c[2];
      }
    }
    if (upstream && !facts.hits.some((h) => h.id === 'compose-localhost-upstream'))
      facts.hits.push({
        id: 'compose-localhost-upstream',
        rank: facts.hits.length ? Math.max(...facts.hits.map((h) => h.rank)) + 1 : 1e6,
        details: { upstream, variant: 'app' },
      });
  }
  if (what === 'networks' && looked)
    for (const h of facts.hits)
      if (h.id === 'daemon-not-running') Object.assign(h, { id: 'upstream-host-not-found', details: { upstream: looked, variant: 'app' } });
  // cw40: cobra's "unknown flag" beside Compose's own version line (v2's `Docker Compose version v2.0.0-rc.3`, v1's
  // `docker-compose version 1.29.2, build 5becea4c`, docker/compose cmd/compose/version.go and v1 compose/cli/main.py): Compose is
  // there and refused a flag (aws/aws-mwaa-local-runner#52: `docker-compose -v`, which v2 dropped); its version answers. Only when
  // every "not installed" line of the paste is such a flag, printed by a `docker-compose` command line: after `docker compose` it
  // is docker's own parser without the plugin (FAI-CIVL/FAI-Airscore#107, u-airscore-compose-f-v1-only).
  const ownVersion = /^\s*(?:Docker Compose version v?\d|docker-compose version:? v?\d)/;
  const notInstalled = composeRules.filter((r) => r[1] === 'compose-not-installed').map((r) => r[0]);
  // A line read as "not installed" (cw130: not a service's own refusal under Compose's prefix, which read.ts reads no rule on).
  const refusesCompose = (l: string) => notInstalled.some((re) => re.test(l)) && !serviceRefusal(l);
  const missing = list.flatMap((p) => p.lines.filter(refusesCompose).map((l) => [p.cmd, l] as const));
  const byCompose = missing.every(([cmd, l]) => /^docker-compose(?:\.exe)? /.test(cmd) && unknownFlag.test(l));
  if (missing.length && byCompose && list.some((p) => [p.cmd, ...p.lines].some((l) => ownVersion.test(l))))
    facts.hits = facts.hits.filter((h) => h.id !== 'compose-not-installed');
  // cw75: docker without the Compose plugin (`docker: 'compose' is not a docker command.`, Debian's docker.io 20.10), then a
  // docker-compose v1 that runs and refuses the lesson's file as too new for it (`'name' does not match any of the regexes: '^x-'`,
  // plaintextpackets/netprobe_lite#70; v1's schema for the top-level `name:`): Compose is there now, too old, and the later state
  // stands (CONVENTIONS §2.0). Only when every "not installed" line is docker's own parser missing the plugin: a docker-compose not
  // found stays not installed.
  const tooOld = facts.hits.find((h) => h.id === 'compose-too-old');
  const noPlugin = /\bcompose['’"”]? is not a docker command|unknown command: docker compose/;
  if (tooOld && missing.length && missing.every(([, l]) => noPlugin.test(l)))
    facts.hits = facts.hits.filter((h) => h.id !== 'compose-not-installed');
  // cw165 (stop 55): the same refusal, then a `docker-compose` command line whose output names the project it brings up by the network
  // v1 creates for it (compose/network.py: `Creating network "%s" with the default driver`, project_default; compose-errors.ts
  // networkProject): a docker-compose is there and ran, and the project it runs is another one than the lesson's: the later state
  // stands (CONVENTIONS §2.0, §2.5 cw75), and the project gate answers. Only when every "not installed" line is docker's own parser
  // missing the plugin, the v1 line comes after the last of them, and the lesson's project is not among those it names (its own
  // project run by v1 answers by cw75's rules, never an ok from here).
  const lastRefusal = list.findLastIndex((p) => p.lines.some(refusesCompose));
  const v1Projects = list
    .slice(lastRefusal + 1)
    .filter((p) => /^docker-compose(?:\.exe)? /.test(p.cmd))
    .flatMap((p) => p.lines.map(networkProject).filter((x): x is string => !!x));
  if (missing.length && missing.every(([, l]) => noPlugin.test(l)) && v1Projects.length && !v1Projects.includes(expected.compose.project!))
    facts.hits = facts.hits.filter((h) => h.id !== 'compose-not-installed');
  // cw112: the same refusal of `docker compose` beside the standalone docker-compose of a current Compose answering its version
  // (docker/compose cmd/compose/version.go `Docker Compose version %s`, the v2+ binary installed as docker-compose and not as a CLI
  // plugin; a Chinese README's `docker compose version  # ❌ docker: unknown command: docker compose` above `docker-compose --version
  // # ✅ Docker Compose version v5.5.1`): Compose is there and reads the lesson's file, by its hyphenated name; what it runs is not
  // shown (nameVersion's composeOld false: 2.3 or later). Only when every "not installed" line, the command lines' too, is docker's
  // own parser missing the plugin, and the paste names docker-compose. That parser's refusal of a flag of Compose's (`unknown
  // shorthand flag: 'f' in -f` for `docker compose -f …`, the README's heading) is the same missing plugin beside its `unknown
  // command`: a Compose of 2.3 or later takes -f, -p, -d and --build.
  const everyLine = list.flatMap((p) => [p.cmd, ...p.lines]);
  const refusals = everyLine.filter(refusesCompose);
  if (
    facts.composeOld === false &&
    refusals.some((l) => noPlugin.test(l)) &&
    refusals.every((l) => noPlugin.test(l) || unknownFlag.test(l)) &&
    everyLine.some((l) => /(?:^|[\s`'"(])docker-compose(?:\.exe)? /.test(l))
  )
    facts.hits = facts.hits.filter((h) => h.id !== 'compose-not-installed');
  // cw117: the shell's refusal of a docker-compose it could not run (not found, no such file, not executable: compose-errors.ts), then,
  // later in the paste, that docker-compose answering its own version (`docker-compose version 1.29.2, build 5becea4c`, Compose v1's
  // compose/cli/main.py; `Docker Compose version v2.27.0`, docker/compose cmd/compose/version.go): the learner installed it or made it
  // executable (docs.docker.com's standalone install: curl -o, then `chmod +x`), and the later state stands (CONVENTIONS §2.0). The
  // version answers (v1 is compose-too-old). Only when every "not installed" line is such a shell's refusal, all before the version.
  const shellRefusal =
    /^\s*(?:-?(?:ba|z|da)?sh|\S{1,200}?:\s?[^\s\d:]{0,12}\s?\d{1,6}): docker-compose: \S|docker-compose(?:\.exe)?: (?:command )?not found|(?:command not found|Unknown command): docker-compose\b|docker-compose: (?:No such file or directory|Permission denied)|permission denied: \S{0,200}docker-compose\s*$|docker-compose[”"'] is not executable|'docker-compose' is not recognized|[Cc]ommand 'docker-compose' (?:could )?not (?:be )?found/;
  const refusedAt = everyLine.findLastIndex(refusesCompose);
  if (
    refusedAt >= 0 &&
    everyLine.findLastIndex((l) => ownVersion.test(l)) > refusedAt &&
    everyLine.every((l) => !refusesCompose(l) || shellRefusal.test(l))
  )
    facts.hits = facts.hits.filter((h) => h.id !== 'compose-not-installed');
  // cw117: a Compose start refused at a host port, then a later `up` whose containers started (later-state.ts upAfterRefusal): past, and
  // so are v1's own words for that try's service (`Starting x_web_1 ... error`, `Cannot start service web:`: compose-errors.ts and
  // parse-errors.ts' containerWords) when the later up started that service.
  const restarted = upAfterRefusal(list);
  if (restarted)
    facts.hits = facts.hits.filter(
      (h) =>
        h.id !== 'port-already-allocated' &&
        !(
          h.id === 'compose-service-not-running' &&
          (h.details.name ? startedService(restarted, `${h.details.name}`) : h.details.variant === 'not-started')
        ),
    );
  // cw86: a daemon that failed (systemd's `Active: failed`, `Failed to start Docker Application Container Engine`), then, later in
  // the paste, Compose v1's refusal of the lesson's kind of file (`ERROR: Version in "./docker-compose.yml" is unsupported`, its
  // schema's): the learner got past the daemon to Compose (a note's restart steps between them: danielsantander/cyberdev's Pi
  // README), and the later state stands (CONVENTIONS §2.0). Compose v1 is what the compose step must replace; install still
  // answers the daemon. Only when every daemon failure comes before the refusal.
  // Only v1's own refusal of the file, not a v1 traceback that goes on from the daemon's refusal (u-nanosaur-v1-connection-refused).
  const lastDown = facts.hits.map((h) => h.id).lastIndexOf('daemon-not-running');
  const refused = list.some((p) =>
    p.lines.some((l) => /^\s*ERROR: (?:Version in "[^"]{1,300}" is unsupported|The Compose file '[^']{1,300}' is invalid because)/.test(l)),
  );
  if (refused && lastDown >= 0 && facts.hits.findIndex((h, i) => i > lastDown && h.id === 'compose-too-old') > lastDown)
    facts.hits = facts.hits.filter((h) => h.id !== 'daemon-not-running');
  // cw197 (stop 59): at lesson 8, dockerd that stopped at start because its own default bridge could not be made (moby
  // daemon/daemon_unix.go initNetworkController: `Error initializing network controller: error creating default "bridge" network:
  // %v` under cmd/dockerd's `failed to start daemon: `) over a network the bridge driver says overlaps (cw41's `conflicts with network
  // … networks have overlapping IPv4`): the networks' ranges are what to mend, and the step answers their cause (CONVENTIONS §2.6,
  // stop 59). Install keeps the daemon that does not run.
  // cw197 (stop 59): a compose file that puts every one of its services on the host's network (compose-spec `network_mode: host`,
  // two services or more): each one's loopback is the host's, where the others listen too, so an app's refusal at 127.0.0.1 or
  // localhost (MySQL's `ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1'`, docker/compose#4319) is the peer's
  // refusal, not the app dialling its own container (stop 57's exception for 0.0.0.0, cw176, at loopback). A socket path stays.
  const services = Object.keys(facts.config?.services ?? {}).length;
  const hostModes = list.flatMap((p) => p.lines).filter((l) => /^\s{0,12}network_mode:\s*["']?host["']?\s*$/.test(l)).length;
  if ((what === 'networks' || what === 'compose') && services >= 2 && hostModes >= services)
    for (const h of facts.hits)
      if (h.id === 'compose-localhost-upstream' && loopHost.test(`${h.details.upstream ?? ''}`))
        Object.assign(h, { id: 'upstream-connection-refused', details: { upstream: h.details.upstream } });
  // cw205 (stop 60): a network whose firewall rules the bridge driver could not set (compose-errors.ts, `Failed to Setup IP tables`,
  // `Failed to program FILTER chain`) was deleted again by libnetwork: at networks the network is not there (CONVENTIONS §2.6).
  if (what === 'networks')
    for (const h of facts.hits)
      if (h.id === 'compose-service-not-running' && h.details.variant === 'network-firewall')
        Object.assign(h, { id: 'network-not-found', details: { variant: 'firewall', network: h.details.network } });
  const controller = /\bError initializing network controller\b/i;
  if (
    what === 'networks' &&
    facts.hits.some((h) => h.id === 'network-address-pool') &&
    list.some((p) => [p.cmd, ...p.lines].some((l) => controller.test(l)))
  )
    facts.hits = facts.hits.filter((h) => h.id !== 'daemon-not-running');
  // cw58: the refusal of -v (or --version) with the usage of a plugin run by its own name (docker/cli cli-plugins/plugin/plugin.go
  // newPluginCommand, `Short: fullname + " is a Docker CLI plugin"`: `docker-compose is a Docker CLI plugin` under `Usage:  docker
  // [OPTIONS] COMMAND`) is Compose v2's own binary, and one before 2.0.1: v2.0.0 ran every call through plugin.Run, and v2.0.1 (cmd/main.go
  // RunningAsStandalone, docker/compose-switch's redirect; cmd/convert.go since 2.2.2) turns `-v`/`--version` into `version`
  // (docker/compose#8693: `docker-compose -v` on v2.0.0). Compose is there, older than 2.3.
  const lines = list.flatMap((p) => [p.cmd, ...p.lines]);
  const plugin = lines.some((l) => /^\s*docker-compose is a Docker CLI plugin\s*$/.test(l));
  const hit = facts.hits.find((h) => h.id === 'compose-not-installed');
  // cw93: also without that usage, when the paste names the refused call as the hyphenated binary's (palantir/docker-compose-rule#661:
  // Java's `'docker-compose -v' returned exit code 16`, `The output was:`, then the refusal; a command line `docker-compose -v` or
  // `docker-compose --version`): Compose v1 and every v2 from 2.0.1 print their version for it, so only v2.0.0 refuses it. Not when
  // `docker compose -v` (docker's own parser, no plugin: u-airscore) is named too, and only when every "not installed" line is that
  // refusal.
  const versionFlag = /unknown shorthand flag: 'v' in -v\b|unknown flag: --version\b/;
  const hyphenated = lines.some((l) => /(?:^|['"`(\s])docker-compose(?:\.exe)? (?:-v|--version)(?:['"`)\s]|$)/.test(l));
  const spaced = lines.some((l) => /\bdocker compose (?:-v|--version)\b/.test(l));
  const v200 = hyphenated && !spaced && missing.length > 0 && missing.every(([, l]) => versionFlag.test(l));
  if ((plugin || v200) && hit && lines.some((l) => versionFlag.test(l))) {
    facts.hits = facts.hits.filter((h) => h.id !== 'compose-not-installed');
    facts.hits.push({ id: 'compose-too-old', rank: hit.rank, details: { variant: 'v2-0' } });
  }
  // cw79: a name that resolves from one container of the paste (BusyBox's and iputils' `PING api (172.22.0.3): 56 data bytes`, getent's
  // `172.22.0.3      api`) and fails from another (`docker compose exec nginx ping -c 2 database` → `ping: bad address 'database'`,
  // while `exec api ping database` answers; a French exercise report, stored file 62618032986) is a service that exists on a network the
  // asking container is not on: the isolation lesson 9 teaches (proxy and db share no network), not a lookup that failed. What else
  // the paste shows answers. Only when every container that failed differs from every one that resolved it: the same container
  // failing later (its peer removed) is a lookup that fails now.
  const name = facts.upstreamMissing?.replace(/\./g, '\\.');
  // cw139: the asker is also a throwaway container put on a network by hand (`docker run --rm --network day-34_frontend alpine ping db`,
  // then `--network day-34_backend`): the network is where it looks, so two networks are two askers. And the name answers in nslookup's
  // own words (BusyBox's `Name:      app` above its `Address 1:`) or in ping's replies under a command that named it (`64 bytes from
  // 172.21.0.2`, a tutorial's `# => ` output marker before them), as in `PING db (…)` (CONVENTIONS §2.6 cw79, cw139).
  const from = (cmd: string) =>
    /^(?:sudo )?docker(?:-compose| compose| container)? exec(?: -[\w-]{1,20}(?:=\S{1,100})?)* ([\w.-]{1,100}) /.exec(cmd)?.[1] ??
    /^(?:sudo )?docker(?: container)? run\b.{0,300}? --net(?:work)?[= ]([\w.-]{1,100}) /.exec(cmd)?.[1];
  const asked = name ? list.filter((p) => from(p.cmd) && new RegExp(`\\b${name}\\b`).test(p.cmd)) : [];
  const answers = (p: Part) =>
    p.lines.some((l) =>
      new RegExp(
        `^\\s*(?:=>\\s*)?(?:PING ${name} \\(\\d{1,3}(?:\\.\\d{1,3}){3}\\)|[\\d.:a-f]{3,45}\\s+${name}\\s*$|Name:\\s+${name}\\s*$|\\d{1,5} bytes from [\\d.:a-f]{3,45}: )`,
      ).test(l),
    );
  const okFrom = asked.filter(answers).map((p) => from(p.cmd));
  const failFrom = asked.filter((p) => !answers(p) && p.lines.some((l) => l.includes(facts.upstreamMissing!))).map((p) => from(p.cmd));
  if (okFrom.length && failFrom.length && failFrom.every((f) => !okFrom.includes(f))) {
    facts.upstreamMissing = undefined;
    facts.upstreamApp = undefined;
    facts.lookup = undefined;
  }
  // cw108: an app refused at loopback, then, later in the paste, the same app's lookup of a service's name failing (al-sultani/url-tracker#10:
  // `failed to connect to server [localhost:27017] … ECONNREFUSED 127.0.0.1:27017`, the URL changed to the service's name, then
  // `getaddrinfo ENOTFOUND mongodb mongodb:27017`): the learner moved past localhost, and the later state stands (CONVENTIONS §2.0): no
  // service of that name is on the app's network. Not when the loopback refusal comes last.
  const localRules = composeRules.filter((r) => r[1] === 'compose-localhost-upstream').map((r) => r[0]);
  if (facts.upstreamApp === true && facts.upstreamMissing && facts.hits.some((h) => h.id === 'compose-localhost-upstream')) {
    const lines = list.flatMap((p) => [p.cmd, ...p.lines]);
    const last = (f: (l: string) => boolean) => lines.reduce((at, l, i) => (f(l) ? i : at), -1);
    const local = last((l) => l.length < 2000 && localRules.some((re) => re.test(l)));
    const lookup = last((l) => appLookup(l) === facts.upstreamMissing);
    if (local >= 0 && lookup > local) facts.hits = facts.hits.filter((h) => h.id !== 'compose-localhost-upstream');
  }
  // cw202 (stop 60): the other order at a service: an app's lookup of a name failing, then, later, the same client refused at an
  // address at the same port (me-box/databox#57 under Swarm's service log: node's `getaddrinfo ENOTFOUND app-server app-server:8181`,
  // then `connect ECONNREFUSED 10.0.3.4:8181` for the same URL): node's dns.lookup (lib/dns.js, `getaddrinfo ENOTFOUND <host>`) found
  // the name once the peer joined the network, and net.Socket's connect (`connect ECONNREFUSED <address>:<port>`) then found nothing
  // listening there. The later state stands (CONVENTIONS §2.0): the peer is there, not listening yet, so the refusal answers. Only
  // at the lookup's own port, not at loopback (the app's own container: the localhost rules), and not when the lookup comes last.
  if (facts.upstreamApp === true && facts.upstreamMissing && facts.upstreamRefused !== undefined) {
    const name = facts.upstreamMissing;
    const lines = list.flatMap((p) => [p.cmd, ...p.lines]);
    const portOf = new RegExp(`\\b${name.replace(/[.]/g, '\\.')}:(\\d{1,5})\\b`);
    let lookupPort: number | undefined;
    let lookupAt = -1;
    let refusedAt = -1;
    for (const [i, l] of lines.entries()) {
      if (appLookup(l) === name) {
        lookupAt = i;
        lookupPort = Number(portOf.exec(l)?.[1]) || undefined;
        continue;
      }
      const r = refusalAt(l);
      if (r && lookupPort && r.port === lookupPort && !loopHost.test(r.host) && r.host !== '0.0.0.0') refusedAt = i;
    }
    if (lookupAt >= 0 && refusedAt > lookupAt) {
      facts.upstreamMissing = undefined;
      facts.upstreamApp = undefined;
      facts.lookup = undefined;
    }
  }
  // cw63: the daemon's refusal of an API too old (moby api/server/middleware/version.go: "client version %s is too old. Minimum
  // supported API version is %s, please upgrade your client to a newer version") printed by Compose v1, whose docker-py pins the API
  // version it speaks (docker-compose 1.9's 1.22 against Docker 1.13's Windows containers, docker/for-win#268; a WSL client against
  // the Windows host's daemon, bitnami/bitnami-docker-wordpress#108): v1 logs it as `ERROR: …` (compose/cli/main.py log.error), the
  // docker CLI as `Error response from daemon: …`. It is Compose that must be replaced, not the docker client.
  // cw162 (stop 54): the refusal inside a service's own program's log line, then Compose's line that the service exited with a failing
  // code (facts.ts exitedProgram): that program is the client refused, not Compose nor the learner's docker; the service that is not
  // running answers (the install step keeps client-too-old).
  facts.hits = facts.hits.filter((h) => !exitedProgram(h, facts));
  const old = facts.hits.find((h) => h.id === 'client-too-old' && !h.details.variant);
  const byV1 = (p: Part) =>
    p.lines.some((l) => /^\s*ERROR: client version \d+\.\d+ is too old/.test(l)) ||
    (/^(?:sudo )?docker-compose(?:\.exe)?\b/.test(p.cmd) && p.lines.some((l) => /client version \d+\.\d+ is too old/.test(l)));
  // cw149 (stop 50): and the Compose v2 plugin refused so under its own `docker compose` line while the paste's docker client speaks a
  // newer API than the one refused (`docker version`'s Client `API version:`): the plugin carries its own API client (docker/compose
  // v2 vendors github.com/docker/docker/client, whose NegotiateAPIVersion goes no higher than its own api.DefaultVersion: v2.5.0's
  // 1.42 against Engine 29's minimum 1.44, moby api/server/middleware/version.go), so the docker CLI beside it is not the one to
  // replace: Compose is (docker/compose#13389's shape; a plugin older than its engine after an upgrade of docker-ce alone).
  // docker/cli's version template (cli/command/system/version.go) prints the Client part first, its `API version:` the first such line.
  const cliApi =
    facts.clientApi ??
    list
      .filter((p) => /^(?:sudo )?docker(?:\.exe)? (?:version|system version)\b/.test(p.cmd))
      .map((p) => p.lines.find((l) => /^\s*API version:/.test(l)))
      .map((l) => /^\s*API version:\s+(\d+\.\d+)/.exec(l ?? '')?.[1])
      .find((v) => v);
  const byPlugin = (p: Part) =>
    /^(?:sudo )?docker(?:\.exe)? compose\b/.test(p.cmd) &&
    p.lines.some((l) => {
      const v = /client version (\d+\.\d+) is too old/.exec(l);
      return !!v && apiMinor(cliApi) > apiMinor(v[1]);
    });
  if (old && list.some((p) => byV1(p) || byPlugin(p))) old.id = 'compose-too-old';
  if (old?.id === 'compose-too-old') old.details = { ...old.details, variant: 'api' };
  // cw35: a command's "No such container: x" (moby daemon/container/view.go) for a name typed by hand (`docker exec -it
  // openui-ollama-1 …` after `up` showed the containers `openui` and `ollama` Running, wandb/openui#186), beside containers shown
  // running: the name was mistyped; which project runs is what lessons 6 and 7 ask, and the listing shows it.
  const running = facts.containers.filter((c) => c.state === 'running').map((c) => c.name);
  if (running.length) facts.hits = facts.hits.filter((h) => h.id !== 'container-not-found' || running.includes(h.details.name as string));
  // cw75: a container named in Compose v1's layout, project_service_N (compose/container.py; `docker inspect docker_web_1` after
  // `docker-compose up -d` in a folder named docker, moby/moby#32404), typed at a docker command that takes a container: the name
  // is the project's, as v1's `Attaching to` list is (compose-errors.ts). Not when the daemon said there is no such container.
  const byName =
    /^docker (?:container )?(?:inspect|logs|exec|port|start|stop|restart|attach|top|stats|kill|rm)\b(?: -[\w-]{1,40}(?:[ =](?![\w.-]+_[\w.-]+_\d+\b)[^\s-]\S{0,200})?){0,12} ([\w.-]+?)_[\w.-]+_\d+(?:\s|$)/;
  // cw82: also such a command retold in a code span of a sentence (juanjbrown/flask-nginx-gunicorn-docker-sample#2: "If I open a shell
  // with the nginx container `docker exec -ti flasknginxgunicorndockersample_server_1 bash`"): the name is the learner's own, as typed.
  const spans = (l: string) => (l.length < 2000 ? [...l.matchAll(/`(docker [^`\n]{1,300})`/g)].map((m) => m[1]!) : []);
  if (!facts.hits.some((h) => h.id === 'container-not-found'))
    for (const p of list)
      for (const [i, c] of [p.cmd, ...[p.cmd, ...p.lines].flatMap(spans)].entries()) {
        const project = c.length < 1000 ? byName.exec(c)?.[1] : undefined;
        // A span names another project only: the lesson's own name retold in a sentence shows nothing of its state.
        if (project && !project.includes('_') && (i === 0 || project !== expected.compose.project)) addProject(facts, project);
      }
  // cw108: a Compose container's name alone in a sentence's code span, the word container beside it (langgenius/dify#20359: "inside the
  // `docker-web-1` container"; "容器 `x-web-1`", "le conteneur `x_web_1`"): v2's `<project>-<service>-<n>` and v1's
  // `<project>_<service>_<n>` (compose-go and compose/container.py) name the project the learner's containers belong to, as cw82's
  // command in a span does. A hyphenated service leaves the project's own end unsure (`my-app-web-1`), but not whether it is the lesson's:
  // a name that starts with the lesson's project and a hyphen or underscore is the lesson's, and shows nothing of its state.
  const word = '(?:container|Container|容器|コンテナ|conteneur|contenedor|contêiner)';
  const named = new RegExp(
    `${word}\\s{0,2}\`([a-z0-9][\\w.-]{0,100}?[-_][a-z0-9][\\w.]{0,60}[-_]\\d{1,3})\`|\`([a-z0-9][\\w.-]{0,100}?[-_][a-z0-9][\\w.]{0,60}[-_]\\d{1,3})\`\\s{0,2}${word}`,
    'g',
  );
  const lesson = expected.compose.project!;
  for (const p of list)
    for (const l of p.lines.length < 400 ? [p.cmd, ...p.lines] : [])
      for (const m of l.length < 2000 ? l.matchAll(named) : []) {
        const name = m[1] ?? m[2]!;
        const project = splitName(name).project;
        if (project && !name.startsWith(`${lesson}-`) && !name.startsWith(`${lesson}_`)) addProject(facts, project);
      }
  // cw82: a `network ls` row `<folder>_<key>` under a prompt that shows the folder it ran in (a Chinese note's `[root@VM-16-4-centos
  // zabbix]# docker network ls`, its `zabbix_zabbix`): Compose names a project after its folder and each of its networks
  // `<project>_<key>` (compose-go's `%s_%s`), so the row is that project's network, also alone (a hand-made `my_net` is not).
  for (const p of list) {
    if (!p.folder || !/^docker network (?:ls|list)\b/.test(p.cmd) || p.folder === expected.compose.project) continue;
    const names = p.lines.map((l) => l.trim().split(/\s+/)[1] ?? '');
    if (names.some((n) => n.startsWith(`${p.folder}_`) && n.length > p.folder!.length + 1)) addProject(facts, p.folder);
  }
  // cw203 (stop 60): an inspect whose own command names one of the paste's compose file's networks as Compose names it (compose-go
  // loader/normalize.go: a network without `name:` is `fmt.Sprintf("%s_%s", project.Name, key)`; v1 compose/network.py full_name
  // `'{0}_{1}'.format(self.project, self.name)`): `docker inspect kremik-sk_caddy` beside a file whose service lists `networks: -
  // caddy` (lucaslorentz/caddy-docker-proxy#601), the file's project is the words before the key, as cw70's network ls row. Only a
  // key of that file (a hand-made `my_net` names no project), not the lesson's project, nor an inspect the daemon refused (`No such`).
  const fileNets = new Set([
    ...(facts.config?.networks ?? []),
    ...Object.values(facts.config?.services ?? {}).flatMap((s) => s.networks ?? []),
  ]);
  for (const p of fileNets.size ? list : []) {
    const m =
      p.cmd.length < 1000
        ? /^(?:sudo )?docker (?:network |container )?inspect(?: -[\w-]{1,30}(?:[ =]['"]?\S{1,200})?){0,4} ([a-z0-9][\w.-]{0,100}?)_([\w.-]{1,100})(?:\s|$)/.exec(
            p.cmd,
          )
        : null;
    if (m && fileNets.has(m[2]!) && m[1] !== expected.compose.project && !p.lines.some((l) => /\bNo such (?:object|network)\b/i.test(l)))
      addProject(facts, m[1]);
  }
  // cw86: the same for Compose's own command that took a project down under such a prompt (immich-app/immich#7801: `PS D:\Immich>
  // docker compose down`, then ` ✔ Container immich_server  Removed`): the project is the folder's when the command names no other
  // (-p, -f, --project-name) and every container its progress lines show has a name of its own (container_name), none the lesson's
  // project's or services' (a file's `name:` would show in Compose's names: `dash-app-web-1`). Taken down only (CONVENTIONS §2.5):
  // up's `Created` lines under a folder stay what they were (h14-diveintoansiblelab36: the failure not shown yet, partial).
  const own = new Set(Object.keys(expected.networks.services!));
  for (const p of list) {
    if (!p.folder || p.folder === expected.compose.project) continue;
    // cw126: or an `up` whose progress lines show its containers started (v2's `Started`, `Running`, `Healthy`: pkg/compose/start.go
    // events), under names of their own (h48-notes58295383064: `PS C:\…\my_web_server> docker compose up -d`, ` ✔ Container multi-web
    // Started`, its `web` publishing 8080->80): that project ran, not the lesson's; `Created` alone still shows no project run (h14).
    const up = /^(?:sudo )?docker(?:-compose| compose)(?: --?[\w-]+(?:[ =]\S+)?)* up\b/.test(p.cmd);
    if (!up && !/^(?:sudo )?docker(?:-compose| compose)(?: --?[\w-]+(?:[ =]\S+)?)* (?:down|stop|rm|kill)\b/.test(p.cmd)) continue;
    if (/ (?:-p|--project-name|-f|--file|--project-directory)\b/.test(p.cmd)) continue;
    const done = up ? 'Started|Running|Healthy' : 'Removed|Stopped|Killed';
    const names = p.lines.flatMap((l) => new RegExp(`^\\W{0,6}Container ([\\w.-]{1,100})\\s{1,200}(?:${done})\\b`).exec(l)?.[1] ?? []);
    if (names.length && names.every((n) => !n.startsWith(expected.compose.project!) && !own.has(n) && !/[_-]\d+$/.test(n)))
      addProject(facts, p.folder);
  }
  // cw93: Compose's own command that names its project (`-p eda`, `--project-name=eda`, docker/compose's global flag; compose-go
  // ProjectOptions) and printed something: that project ran (ansible/eda-server#895's `docker-compose -p eda … up --detach` and its
  // orphan warning; coleam00/local-ai-packaged#35's `docker compose -p localai … up -d`). A command alone shows nothing run.
  // Compose's orphan warning names containers of the project it ran (pkg/compose/create.go `Found orphan containers (%s) for this
  // project`; v1 compose/project.py the same words): Compose's own names for them, `<project>-<service>-<n>` (v1 `_`), name it too.
  // Only Compose's own flags before its subcommand (`exec db psql -p 5432` is psql's -p): each flag that takes a value takes the next word.
  const projectFlag = (cmd: string) => {
    const words = /^docker(?:-compose| compose)(?:\.exe)? (.{1,600})/.exec(cmd)?.[1]!.split(/\s+/) ?? [];
    for (let i = 0; i < words.length && words[i]!.startsWith('-'); i++) {
      const [flag, value] = words[i]!.split('=', 2);
      const v =
        value ??
        (/^(?:-p|--project-name|-f|--file|--profile|--env-file|--project-directory|--ansi|--progress|--parallel)$/.test(flag!)
          ? words[++i]
          : undefined);
      if (flag === '-p' || flag === '--project-name') return /^["']?([a-z0-9][a-z0-9_-]{0,100})["']?$/.exec(v ?? '')?.[1];
    }
  };
  for (const p of list) {
    const named = projectFlag(p.cmd);
    if (named && p.lines.some((l) => l.trim())) addProject(facts, named);
    // The project is what the names share before a separator (a project's name may hold hyphens: `my-app-web-1`, `my-app-db-1`);
    // one service's names alone, its first word. Not when one is the lesson's project's (an orphan of its own file).
    for (const l of p.lines) {
      const orphans = l.length < 4000 ? /Found orphan containers \(\[?([^)\]]{1,2000})\]?\) for this project/.exec(l) : null;
      const names = orphans?.[1]!.split(/[\s,]+/).filter(Boolean) ?? [];
      const found = names.map((n) => /^([a-z0-9][\w.-]{0,200}?)[-_]\d{1,3}$/.exec(n)?.[1]);
      const bases = [...new Set(found.filter((b) => b !== undefined))];
      if (!bases.length || bases.length < new Set(found).size || bases.some((b) => b.startsWith(expected.compose.project!))) continue;
      let shared = bases[0]!;
      for (const b of bases) while (!b.startsWith(shared)) shared = shared.slice(0, -1);
      const project = bases.length > 1 ? /^(.+)[-_]/.exec(shared)?.[1] : /^([a-z0-9]+)[-_]/.exec(shared)?.[1];
      if (project && /^[a-z0-9][a-z0-9_-]*$/.test(project)) addProject(facts, project);
    }
  }
  // cw147: the container a `docker logs NAME` reads, named as Compose names a service's container (docker/compose v2 pkg/compose
  // convergence.go getContainerName: `strings.Join([]string{projectName, service.Name, strconv.Itoa(number)}, api.Separator)`, the
  // separator "-"; v1 compose/service.py build_container_name: `'_'.join([project, name, str(number)])`): its project is the words
  // before the service. Only where the split is one (two words and the number: `shop-api-1`, `shop_api_1`; a hyphenated service
  // would make a longer v2 name ambiguous, parse-table.ts splitName), not the lesson's project, nor a name the paste gave by hand
  // (`--name`, `container_name:`).
  const given = new Set(facts.commands.map((c) => (c.command === 'container logs' ? undefined : c.name)).filter(Boolean));
  for (const { command, name } of facts.commands) {
    if (command !== 'container logs' || !name || given.has(name)) continue;
    const p =
      /^([a-z0-9][a-z0-9_]{0,62})-[\w.]{1,63}-\d{1,3}$/.exec(name)?.[1] ??
      /^([a-z0-9][a-z0-9-]{0,62})_[a-zA-Z0-9.-]{1,63}_\d{1,3}$/.exec(name)?.[1];
    const named = list.some((x) => x.lines.some((l) => l.length < 400 && /\bcontainer_name:/.test(l) && l.includes(name)));
    if (p && p !== expected.compose.project && !`${expected.compose.project}`.startsWith(`${p}-`) && !named) addProject(facts, p);
  }
  // cw79: Compose v1 before 1.21 named a project after its folder without its hyphens and underscores (compose/cli/command.py
  // normalize_name), and later v1s still look that name up (`docker inspect_network <- ('coursepracticalguideeks_default')` beside
  // `course_practical_guide_eks_default` in a 1.29 --verbose log): the lesson's folder so named is the lesson's project, not another.
  const legacy = expected.compose.project!.replace(/[^a-z0-9]/g, '');
  if (legacy !== expected.compose.project && facts.projects.includes(legacy))
    facts.projects = facts.projects
      .filter((p) => p !== legacy)
      .concat(facts.projects.includes(expected.compose.project!) ? [] : [expected.compose.project!]);
  // cw113: a project Compose took down (v1's project.py `Removing network %s`, v2's ` ✔ Network x_default  Removed`, after `down`),
  // then `docker network ls` with no Compose output after it (h91-notes41642974521, Japanese workshop slides: `docker-compose down`'s
  // `Removing network redmine_default`, then bridge, host and none): the ls is the later state (§2.0), which diagnose-compose.ts' cw100
  // network ls rule reads as it reads an ls with no Compose shown. Compose's output after the ls (`Creating network "blog_default"`)
  // stays the later state.
  const lsPart = (p: Part) => /^docker network (?:ls|list)\b/.test(p.cmd) || p.lines.some((l) => /^\s*NETWORK ID\s+NAME\b/.test(l));
  const lastLs = list.findLastIndex(lsPart);
  const composeCmd = (p: Part) => /^docker(?:-compose| compose)(?:\.exe)? /.test(p.cmd);
  const wentDown = (p: Part) =>
    (composeCmd(p) && /\bdown\b/.test(p.cmd) && p.lines.some((l) => l.trim())) ||
    p.lines.some((l) => l.length < 400 && /^\W{0,6}(?:Removing network [\w.-]|Network [\w.-]{1,200}\s{1,80}Removed\b)/.test(l));
  const ranAfter = (p: Part) =>
    (composeCmd(p) && p.lines.some((l) => l.trim())) ||
    p.lines.some(
      (l) => l.length < 400 && /Creating network |^\W{0,6}(?:Network|Container) [\w.-]{1,200}\s{1,80}(?:Created|Started)\b/.test(l),
    );
  if (lastLs > 0 && list.slice(0, lastLs).some(wentDown) && !list.slice(lastLs + 1).some(ranAfter)) facts.lsAfterDown = true;
  // cw117: a network the paste's own `docker network create` makes (docker/cli cli/command/network/create.go, its one NAME argument)
  // is made by hand, whatever its name: one named like Compose's default network of a project (`docker network create -d bridge
  // docker-mount_default`, a Chinese note's Spring Boot and MySQL on it, then network ls and its inspect) names no project, in a paste
  // with no Compose at all (no Compose command, no container named `<p>_<service>_N` or `<p>-<service>-N`, none of Compose's progress
  // lines). The project's networks are then not there (network ls without them: network-not-found), as for cw97's hand-made names. At
  // lesson 8 only: the compose step reads no network to answer (it would be left with a service's state not shown).
  const created = facts.commands.flatMap((c) => (c.command === 'network create' && c.network ? [c.network] : []));
  const composeSeen =
    facts.kinds.some((k) => k.startsWith('docker compose')) ||
    list.some(
      (p) =>
        composeCmd(p) ||
        p.lines.some(
          (l) => l.length < 2000 && /\bfor service [\w.-]|Creating network "|^\W{0,6}Network [\w.-]{1,200}\s{1,80}Created\b/.test(l),
        ),
    );
  const handProject = (n: string) => /^([\w.-]+)_(?:default|frontend|backend)$/.exec(n)?.[1];
  for (const n of composeSeen || what !== 'networks' ? [] : created) {
    const p = handProject(n);
    if (!p || p === expected.networks.project || facts.containers.some((c) => c.project === p)) continue;
    facts.projects = facts.projects.filter((x) => x !== p);
    for (const net of facts.networks) if (net.name === n) net.project = undefined;
  }
  // cw160 (stop 53): a container the paste's own `docker run --name X` (or create) named is the learner's, not one Compose made, though
  // its name has Compose's shape (`tomcat-bridge-91`: parse-table.ts splitName reads `<project>-<service>-<n>`, docker/compose v2
  // convergence.go getContainerName): in a paste with no Compose at all (cw117's composeSeen), a project read from such names only,
  // with no network of it shown, is no project (the learner's `--name tomcat-mynet-01`, `--name tomcat-bridge-91`, then `docker
  // network inspect` of a network made by hand). Not the lesson's own project.
  const runNamed = new Set(facts.commands.flatMap((c) => (/^container (?:run|create)$/.test(c.command) && c.name ? [c.name] : [])));
  for (const p of composeSeen || !runNamed.size ? [] : [...facts.projects]) {
    const rows = facts.containers.filter((c) => c.project === p);
    if (p === expected.compose.project || !rows.length || !rows.every((c) => runNamed.has(c.name))) continue;
    const ownNets = (n?: string) => !!n && (n === p || n.startsWith(`${p}_`));
    if (facts.networks.some((n) => n.project === p || ownNets(n.name)) || facts.networkNames?.some(ownNets)) continue;
    facts.projects = facts.projects.filter((x) => x !== p);
    for (const c of rows) c.project = undefined;
  }
  // cw113: the project's own network typed by hand and refused as already there (compose-errors.ts: `network with name
  // dash-app_frontend already exists`) stays unread, as cw19's source sweep left it (the course makes no network by hand: its fix is
  // not the lesson's; cw97's guard). Another network so refused keeps its variant other at networks only, whose message it is; at
  // compose the plain message (a network Compose did not make) words it.
  const ownNet = (h: (typeof facts.hits)[number]) =>
    h.id === 'network-wrong-project' && h.details.variant === 'other' && `${h.details.network}`.startsWith(`${expected.networks.project}_`);
  facts.hits = facts.hits.filter((h) => !ownNet(h));
  if (what !== 'networks')
    for (const h of facts.hits) if (h.id === 'network-wrong-project' && h.details.variant === 'other') delete h.details.variant;
  // cw113: at lesson 8, a `docker run --name x` refused by Docker's name conflict (lesson 5's error, the run step's answer) in a paste
  // with no Compose at all, beside a network made by hand that the paste shows or makes (`docker network create cicd-network`, the
  // refused run's own `--network cicd-network`, its inspect: h92-chat55470749282, a French CI lab): the refused container is no
  // service of any project, its name (sonarqube) none Compose gives, so the network is what the step's answer is about (§2.6's
  // hand-made network, cw97). Compose's own conflict (`Cannot create container for service directory: Conflict.`) stays (§2.0,
  // h86-mutillidae15), and so does a name of the lesson's (dash-app…, web, db, proxy).
  if (what === 'networks') {
    const project = expected.networks.project!;
    const services = Object.keys(expected.networks.services!);
    const noCompose =
      !facts.kinds.some((k) => k.startsWith('docker compose')) &&
      !facts.projects.length &&
      !list.some((p) => composeCmd(p) || p.lines.some((l) => l.length < 2000 && /\bfor service [\w.-]/.test(l)));
    const ran = (n: string) => facts.commands.some((c) => /^container (?:run|create)$/.test(c.command) && c.name === n);
    const handMade =
      facts.networks.some((n) => !n.project && !n.name.startsWith(`${project}_`)) ||
      facts.commands.some((c) => c.network && !c.network.startsWith(`${project}_`) && c.network !== 'bridge');
    const theirs = (n: string) => n.startsWith(project) || services.includes(n);
    if (noCompose && handMade)
      facts.hits = facts.hits.filter(
        (h) => h.id !== 'name-conflict' || !h.details.name || theirs(`${h.details.name}`) || !ran(`${h.details.name}`),
      );
  }
  if (what !== 'compose') return;
  const other = (p: unknown) => typeof p === 'string' && p !== expected.compose.project;
  for (const h of facts.hits) if (h.id === 'network-wrong-project' && other(h.details.project)) addProject(facts, h.details.project);
  // cw107: at the compose step, the daemon's `network <p>_default not found` for the default network of another project (Compose
  // names it `<project>_default`, v1's compose/network.py and compose-go alike; docker/compose#3068: v1.6's `create` made
  // `Creating test_web_1`, then `ERROR: network test_default not found`, `create` making no networks) names the project that ran,
  // as `Creating network "x_default"` does (CONVENTIONS §2.6): which project runs is what lesson 7 asks first (§2.5 cw35, before
  // Compose v1's version). The networks step keeps the network.
  // Not when the paste shows Compose making that network (`Creating network "dockercoins_default"`, then `No such network:` for each
  // service: a Swarm endpoint that cannot see it, h25-gistpdegen): a network that was made and is gone is the failure itself.
  const made = list.flatMap((p) => p.lines).join('\n');
  const defaultOf = (h: (typeof facts.hits)[number]) => {
    const n = String(h.details.network ?? '');
    const p = h.id === 'network-not-found' ? /^([a-z0-9][a-z0-9-]{0,100})_default$/.exec(n)?.[1] : undefined;
    if (!p || !other(p) || p === expected.compose.project!.replace(/[^a-z0-9]/g, '')) return undefined;
    return made.includes(`network "${n}"`) || made.includes(`Network ${n} `) ? undefined : p;
  };
  for (const h of facts.hits) if (defaultOf(h)) addProject(facts, defaultOf(h));
  facts.hits = facts.hits.filter((h) => !defaultOf(h));
  facts.hits = facts.hits.filter((h) => h.id !== 'network-wrong-project' || !other(h.details.project));
}

/** cw183: Compose v2's progress event line (pkg/progress: an optional spinner or ✔/✘ mark, `Container <name>`, two spaces, the status). */
const composeProgress =
  /^\s{0,4}(?:[✔✘⠿⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]\s{1,3})?Container [\w.-]{1,100}\s{2,200}(?:Created|Started|Running|Recreated|Healthy|Stopped|Removed|Creating|Starting|Recreate|Waiting|Error)\b/;

/**
 * docker version, docker info and docker run hello-world, named (so that the answer says what
 * the paste is) but not read: only lesson 3 reads them (step-install.ts, parse-version.ts).
 */
export const nameVersion: TextReader = (cmd, lines, facts, { seen }) => {
  const has = (re: RegExp) => lines.some((l) => re.test(l));
  // The lines parse-version.ts goes by, in any order.
  const version = has(/^(?:Client|Server)\b/) && has(/^\s+API version:/);
  const info = has(/^\s*Server Version:\s*\d/) || (has(/^Client\b/) && has(/^\s+(?:Version|Context):/));
  // docker compose version (indented as a Markdown code block too, onyx-dot-app/onyx#2046): v1 and v2 before 2.3 cannot read
  // the lesson's compose.yaml (its name: key). v1's
  // `docker-compose version 1.29.2, build …` looks like a command line.
  // cw37: v2's own words quoted in a line, its `v` kept (getsentry/self-hosted#1100, install.sh's check: `FAIL: Expected minimum
  // docker-compose version to be 1.28.0 but found Docker Compose version v2.0.0-rc.3`): the version found, a release candidate too.
  // cw79: Compose 1.2 to 1.4 printed a colon after "version" (compose/cli/main.py `version` then: "docker-compose version: %s",
  // then `CPython version:` and `OpenSSL version:` lines; docker-library/official-images#843: `docker-compose version: 1.3.1`).
  const compose = [cmd, ...lines]
    .map(
      (l) =>
        /^\s*(?:Docker Compose|docker-compose) version:? v?(\d+)\.(\d+)/.exec(l) ?? /\bDocker Compose version v(\d+)\.(\d+)\.\d+/.exec(l),
    )
    .find(Boolean);
  if (compose) facts.composeOld = +compose[1]! * 100 + +compose[2]! < 203;
  // cw99: v1's own line inside a line, by its shape (compose/cli/main.py: "docker-compose version %s, build %s", the build a commit
  // or `unknown`): after a label (h83-compose4186: `Version: docker-compose version 1.8.1, build 878cff1`), in a sentence or a list
  // of versions. Compose v1 is there (too old); the part is not taken for a version listing, so the lines around it are read on
  // as before (v1's --verbose log prints it after `compose.cli.command.get_client: `, and its proxy lines name the project:
  // h64-compose3896). The words without `, build` are a retelling and are not read.
  const told =
    !compose &&
    [cmd, ...lines].some((l) =>
      /\bdocker-compose version 1\.\d{1,2}\.\d{1,2}(?:-?rc\d{1,2}|dev)?, build (?:[0-9a-f]{7,40}|unknown)\b/.test(l),
    );
  if (told) {
    facts.composeOld ??= true;
    seen(facts, 'docker compose version');
  }
  // cw35: v2's wording with a version that is no number (docker/compose#12463: 2.32.3's packages printed `Docker Compose version
  // 083f676`, the commit): v2 prints "Docker Compose version" since 2.0 (cmd/compose/version.go), and a build without a release
  // tag, its commit, is a recent one. Compose is there; what it runs is not shown. cw40: a learner's note after it on the line
  // (docker/compose#12461: `Docker Compose version 083f676             ---- version info mssing`) is not part of the version.
  const build = !compose && [cmd, ...lines].some((l) => /^\s*Docker Compose version (?:v?[\da-f]{7,40}|dev)(?:\s*$|\s{2,}|\s+-)/.test(l));
  if (build) facts.composeOld = false;
  // A docker client before 19.03 has no CLI plugins (docker/cli#1564), so no `docker compose`: its Compose is v1.
  const client = version && lines.map((l) => /^\s+Version:\s+v?(\d+)\.(\d+)/.exec(l)).find(Boolean);
  if (client && +client[1]! * 100 + +client[2]! < 1903) facts.composeOld ??= true;
  const kind =
    compose || build
      ? 'docker compose version'
      : version
        ? 'docker version'
        : info
          ? 'docker info'
          : has(/^Hello from Docker!/)
            ? 'docker run hello-world'
            : '';
  if (kind) seen(facts, kind);
  // An issue's prose above the versions in one block, no command line between (docker/compose#10219: the browser's `GET
  // http://backend/ net::ERR_NAME_NOT_RESOLVED`, then Compose's version and docker info): its lines are read as log lines.
  const start = lines.findIndex((l) =>
    /^\s*(?:Client|Server)\b|Server Version:|(?:Docker Compose|docker-compose) version|^Hello from/.test(l),
  );
  // cw183 (stop 58): unless Compose v2's own progress stands above the versions, in the block of the command a sentence named or
  // with none (docker/compose's issue form: "Run `docker compose --profile debug up`", its output, then `### Compose Version` and
  // the version line; pkg/progress tty.go and plain.go write each event as `Container <name>  <status>`): those lines are that
  // run's output, given back to be read in full (its containers and their states), not dropped nor read only as log lines.
  const above = kind ? lines.slice(0, Math.max(start, 0)) : [];
  const progressAbove = above.some((l) => l.length < 400 && composeProgress.test(l));
  if (!progressAbove && !cmd) for (const l of above) nginxLine(l, facts);
  // cw35: what comes after the versions in the same block is read on (read.ts): an issue template's "Observed result" (docker/
  // compose#7424: `Starting frontend_web_1 ... done` after `docker-compose version 1.24.0`), without the versions' own lines
  // (`Key: value`, `Client:`, `Server: Docker Engine`, v1's `docker-py version: 3.7.2`).
  const after = lines
    .slice(Math.max(start, 0) + 1)
    .filter((l) => !/^\s*(?:[\w(][\w .()/-]{0,40}:(?:\s|$)|(?:Docker Compose|docker-compose) version)/.test(l));
  return kind && (progressAbove ? [...above, ...after] : after);
};

/**
 * Compose v1's ps rows below their header (a paste that starts there, or a header the reader above does not take: `## Name
 * Command State Ports` in realpython/dockerizing-django#19): name_1, command, state and ports, two spaces apart. cw35: the lines
 * after the last row are given back (read.ts), as `docker-compose logs` pasted below the rows is read on.
 */
export const v1Rows: TextReader = (_, lines, facts, { addContainer, splitName, stateOf, portsFromColumn }) => {
  let last = -1;
  // cw58: v1's (and fig's) texttable wraps a cell inside its column, on the lines under its row with the Name column blank
  // (boot2docker/boot2docker#685's `fig ps`: `0.0.0.0:3000->30`, then `00/tcp` under it): the Ports cell's rest is read from the
  // column where the row's Ports cell starts, joined without a space (a port has none, texttable cut it inside).
  const rows: { row: Parameters<typeof addContainer>[1]; ports: string; at: number }[] = [];
  const add = () => {
    const r = rows.pop();
    if (r) addContainer(facts, { ...r.row, ports: portsFromColumn(r.ports) }, 'docker compose ps');
  };
  lines.forEach((line, i) => {
    const open = rows.at(-1);
    if (open && open.at > 0 && /^\s{8,}\S/.test(line)) {
      const rest = line.slice(open.at).trim();
      if (/^[\w.:[\]>\/,-]{1,40}$/.test(rest)) {
        open.ports += rest;
        last = i;
        return;
      }
    }
    // cw39: a row whose column spacing a page collapsed to one space (Kovah/LinkAce#164's stored copy: `linkace_nginx_1
    // /opt/bitnami/scripts/nginx ... Restarting`): v1's name (project_service_N), its command, then the State column's words
    // (compose/cli/main.py ps: `Up`, `Exit N`, `Restarting`, `Paused`, human_readable_state) and the ports (`9000/tcp`, `a:b->c/tcp`)
    // or nothing at the line's end.
    const flat =
      /^\s*([\w.-]+_\d+) \S.*? (Up(?: \((?:healthy|unhealthy|health: starting)\))?|Exit -?\d{1,3}|Restarting|Paused)((?: [\d.:[\]-]*\d+(?:-\d+)?\/(?:tcp|udp|sctp),?)*)\s*$/.exec(
        line,
      );
    const [name = '', , state = '', ports = ''] =
      !/\S\s{2,}\S/.test(line.trim()) && flat ? [flat[1], '', flat[2], flat[3]!.trim()] : line.split(/\s{2,}/);
    const status = /^[\w.-]+_\d+$/.test(name) ? stateOf(state) : {};
    if (!status.state) return;
    last = i;
    add();
    const at = ports && !flat ? line.lastIndexOf(ports) : -1;
    rows.push({
      row: { name, ...splitName(name), ...status },
      ports: ports.trim(),
      at: at >= 0 && at + ports.length >= line.trimEnd().length ? at : -1,
    });
  });
  add();
  return last >= 0 && lines.slice(last + 1);
};

/**
 * docker network ls (NETWORK ID NAME DRIVER SCOPE, a stray line above it or not): the names, in facts.networkNames.
 * Compose names a project's networks <project>_<network>: its `_default`, or the lesson's frontend and backend
 * under another project's name (`frappedocker_default`), name that project.
 */
export const networkLs: TextReader = (cmd, lines, facts, { seen, addProject, elided, expected }) => {
  let at = lines.findIndex((l) => /^\s*NETWORK ID\s+NAME/.test(l));
  // cw169 (stop 56): its rows copied without the header (a notes page's block under a title of its own): docker/cli
  // cli/command/network/formatter.go's default table, an ID of 12 hex digits (TruncateID), NAME, DRIVER, SCOPE (local, swarm, global)
  // padded by tabwriter. Read only as a whole listing of the engine's: two rows or more, one of them a network the daemon itself
  // makes at start (moby libnetwork's predefined `none`/null and `host`/host, the default `bridge`/bridge; Windows' `nat`/nat), or
  // under their own `docker network ls` line. Rows that show the lesson's project give no ok: a headerless block is the poster's
  // choice of rows (CONVENTIONS §1, as ps rows without their header), so the ls stands as cut then.
  let headless: string[] | undefined;
  if (at < 0 && !lines.some((l) => /^\s*NAME\s{2,}DRIVER\s{2,}SCOPE\s*$/.test(l))) {
    const row = /^\s*[0-9a-f]{12}\s{2,}([\w.-]{1,200})\s{2,}([\w.-]{1,64})\s{2,}(?:local|swarm|global)\s*$/;
    const start = lines.findIndex((l) => row.test(l));
    const end = start < 0 ? -1 : lines.findIndex((l, i) => i > start && !elided(l) && !row.test(l));
    const block = start < 0 ? [] : lines.slice(start, end < 0 ? undefined : end);
    const shown = block.filter((l) => !elided(l)).map((l) => row.exec(l)!.slice(1, 3).join(' '));
    const own = shown.some((r) => /^(?:bridge bridge|host host|none null|nat nat)$/.test(r));
    if (shown.length >= 2 && (own || /^(?:sudo +)?docker(?:\.exe)? network (?:ls|list)\b/.test(cmd))) {
      headless = block;
      at = start - 1;
    }
  }
  // cw163 (stop 54): or its table under a template that leaves the ID out (`docker network ls --format "table {{.Name}}\t{{.Driver}}\t
  // {{.Scope}}"`, docker/cli cli/command/network/formatter.go: the headers NAME, DRIVER, SCOPE; a report script's own layout), its
  // command not always shown: the name is then the first cell, and the table ends at its first line of another shape.
  const named = at < 0 ? lines.findIndex((l) => /^\s*NAME\s{2,}DRIVER\s{2,}SCOPE\s*$/.test(l)) : -1;
  if (named >= 0) at = named;
  if (at >= 0 || headless) {
    const after = lines.slice(at + 1);
    const end = after.findIndex((l) => !elided(l) && !/^\s*[\w.-]{1,200}\s{2,}[\w.-]{1,64}\s{2,}(?:local|swarm|global)\s*$/.test(l));
    const rows = headless ?? (named >= 0 ? (end < 0 ? after : after.slice(0, end)).map((l) => (elided(l) ? l : `- ${l.trim()}`)) : after);
    // Stop 53: rows the poster left out (`...`, `(..snip..)`: parse-table.ts elision) may hold the project's networks; the names
    // shown still name projects, but the ls no longer says a network is missing (CONVENTIONS §1, a cut listing).
    // The last ls stands (cw113: an ls after a down is the later state), so this one's cut or not replaces an earlier one's.
    const project = expected.networks.project;
    const ownRows = !!headless && !!project && rows.some((l) => (l.trim().split(/\s+/)[1] ?? '').startsWith(`${project}_`));
    // cw197 (stop 59): or an ls its own command narrowed: docker/cli cli/command/network/list.go's `--filter`/`-f` (`name=`,
    // `driver=`, …) prints only the networks that match, and a pipe into grep (findstr, Select-String) only the rows with its word
    // (stop 48's filteredOnly for container listings): the project's networks may be among those left out. Not a filter every
    // network of a project passes (Compose makes them with the bridge driver, local and custom: `driver=bridge`, h60-docs8973).
    const filters = [...cmd.matchAll(/\s(?:-f|--filter)(?:\s+|=)["']?([^\s"']+)/g)].map((m) => m[1]!);
    const narrowed =
      filters.some((f) => !/^(?:driver=bridge|scope=local|type=custom)$/i.test(f)) ||
      /\|\s*(?:e?grep|findstr|select-string|sls)\b/i.test(cmd) ||
      undefined;
    facts.networkLsCut = rows.some(elided) || ownRows || narrowed;
    facts.networkNames = rows.filter((l) => !elided(l)).flatMap((l) => l.trim().split(/\s+/)[1] ?? []);
    for (const n of facts.networkNames) addProject(facts, /^([\w.-]+)_(?:default|frontend|backend)$/.exec(n ?? '')?.[1]);
    // cw70: a project's networks under their own keys (a Chinese note's `srv_back`, `srv_front` under a compose file whose networks
    // are front and back): a name `<p>_<key>` for a key of the paste's compose file, or two names or more sharing `<p>_` (Compose
    // prefixes each network of one project so; docker/compose v1 network.py, compose-go's `%s_%s`). Docker's own names have no `_`.
    const keys = facts.config?.networks ?? [];
    const split = facts.networkNames.map((n) => /^([\w.-]+?)_([\w.-]+)$/.exec(n ?? '')).filter((m) => !!m);
    for (const [, p, key] of split) if (keys.includes(key!) || split.filter((m) => m[1] === p).length > 1) addProject(facts, p);
    seen(facts, 'docker network ls');
  }
  return at >= 0 || !!headless;
};

/**
 * docker compose ls (docker/compose cmd/compose/list.go: NAME, STATUS as `running(3)`, CONFIG FILES): the projects it lists.
 * Another project alone is the folder's name at work (compose-project-name); the lesson's shows the project, not its services.
 */
export const composeLs: TextReader = (cmd, lines, facts, { seen, addProject }) => {
  const at = composeLsHeader(lines, cmd);
  for (const l of at < 0 ? [] : lines.slice(at + 1)) addProject(facts, l.trim().split(/\s+/)[0] || undefined);
  if (at >= 0) seen(facts, 'docker compose ls');
  return at >= 0;
};

/**
 * cw35: a container's address on a network by a template (`docker container inspect -f "{{.NetworkSettings.Networks.nap.IPAddress}}"
 * x`, docker-archive-public/docker.labs#426) that printed `<no value>`: Go's text/template prints that for a map key that is not
 * there (NetworkSettings.Networks is keyed by network name), so the container is on no network of that name. Ranked after every
 * error message read.
 */
// cw39: every way of naming the key: `.NetworkSettings.Networks.x…`, `index .NetworkSettings.Networks "x"`, with `json` before it
// (Go's encoding/json prints a nil pointer as `null`), after docker inspect, docker container inspect, `-f`, `--format` or `--format=`.
const networkKey =
  /^docker (?:container )?inspect .*\{\{-?\s*(?:json\s+)?(?:\(?\s*index\s+\.NetworkSettings\.Networks\s+\\?["'`]([\w.-]{1,100})\\?["'`]|\.NetworkSettings\.Networks\.([\w-]{1,100})\b)/;
// The label a poster put between the command and what it printed (parsa-epfl/cloudsuite#55: `result:` between two code blocks), or
// the same label with the output after it; `<no value>` or `null` as printed, or quoted.
// cw86: or the verb alone before it, no colon (MicrosoftDocs/azure-docs#7169: the command, then `returns <no value>`), a full stop after.
const printed =
  /^(?:(?:result|output|returns?|response|it (?:prints|returns|gives)|i get|got|gives|prints)(?:[^:]{0,30}:)?\s*)?["'`]?(<no value>|null)["'`]?\.?$/i;
const label = /^(?:result|output|returns?|response|it (?:prints|returns|gives)|i get|got|gives|prints)[^:]{0,30}:$/i;
export const noNetwork: TextReader = (cmd, lines, facts, { seen }) => {
  const [, quoted, dotted] = networkKey.exec(cmd) ?? [];
  const network = quoted ?? dotted;
  const at = lines.findIndex((l) => l.trim() && !label.test(l.trim()));
  const value = printed.exec(lines[at]?.trim() ?? '')?.[1];
  // `null` only from a json template: the IPAddress of a network the container is not on prints `<no value>`.
  if (!network || !value || (value === 'null') !== /\{\{-?\s*json\s/.test(cmd)) return false;
  facts.hits.push({ id: 'network-not-found', rank: 1e6, details: { network } });
  seen(facts, 'docker inspect');
  return lines.slice(at + 1);
};

/**
 * cw41: `docker network inspect NAME… -f '<template>'` (docker/cli cli/command/network/inspect.go, the template executed on each
 * network: `{{range .Containers}}{{.Name}} {{.IPv4Address}}{{"\n"}}{{end}}`, `Containers attached: {{len .Containers}}`, docker/docs'
 * network tutorials): what it printed says neither the network's labels nor, without `.Labels` in it, who made it; the networks
 * are the ones its command names (devops-heros' course notes: frontend-net, database-net and backend-net, made by hand). Read once
 * some output follows the commands: each network by name, its project only by Compose's `<project>_` prefix, its members unknown
 * (cut). The lesson's own networks by name are not read (a template never shows them whole: no ok from it).
 */
const asked = new WeakMap<Facts, string[]>();
const networkTemplate: TextReader = (cmd, lines, facts, { seen, addProject, expected }) => {
  const m = /^docker network inspect\b(.{0,400}?)\s(?:-f|--format)[= ]?\s*(["'])[\s\S]{0,400}?\2(.{0,200})$/.exec(cmd);
  const names = m ? `${m[1]} ${m[3]}`.split(/\s+/).filter((w) => /^[a-zA-Z0-9][\w.-]{0,100}$/.test(w)) : [];
  const pending = [...(asked.get(facts) ?? []), ...names];
  asked.set(facts, pending);
  if (!m || !lines.some((l) => l.trim())) return !!m;
  const { project } = expected.networks;
  for (const name of pending.filter((n, i) => pending.indexOf(n) === i && !n.startsWith(`${project}_`))) {
    if (facts.networks.some((n) => n.name === name)) continue;
    const of = /^([^_]+)_/.exec(name)?.[1];
    addProject(facts, of);
    facts.networks.push({ name, project: of, members: [], cut: true });
  }
  asked.set(facts, []);
  seen(facts, 'docker network inspect');
  return true;
};

/**
 * cw37: `up`'s output flattened onto its command's line (a page that lost the block's line ends, wsvincent/djangoforprofessionals#46:
 * `$ docker-compose up Recreating code_web_1 ... done Attaching to code_web_1 web_1 | python: can't open file '/code/manage.py':
 * [Errno 2] No such file or directory code_web_1 exited with code 2`): each container's exit as Compose prints it (v1
 * compose/cli/log_printer.py `"%s exited with code %s"`, v2 pkg/compose's printer `%s exited with code %d`), by a container name
 * of Compose's shape (project_service_1, project-service-1).
 */
const flatUp: TextReader = (cmd, _lines, facts, { addContainer, splitName }) => {
  if (!/^docker(?:-compose| compose) up\b/.test(cmd) || cmd.length > 4000) return false;
  for (const [, name = '', code] of cmd.matchAll(/\s([\w.-]{1,200}[_-]\d{1,3}) exited with code (\d{1,3})\b/g))
    addContainer(facts, { name, ...splitName(name), state: 'exited', exitCode: +code! }, 'docker compose up');
  return false;
};

export const readers = [
  flatUp,
  nameVersion,
  composeShort,
  composeHelp,
  readConfigText,
  v1Rows,
  networkLs,
  composeLsState,
  composeLs,
  noNetwork,
  networkTemplate,
];

/** cw134: the step's question asked once more of the facts read, before "I can't read this" (step-fallback.ts). */
export const fallback = (facts: Facts, lib: Lib, what: string) =>
  stepFallback(lib, facts, what as Panel, lib.ranked(composeRules, containerWords));
