/*
 * Lessons 6 and 7: the project name, each expected service running with its port, the app on
 * 0.0.0.0, and in lesson 7 each service on its networks and the proxy reaching web by name.
 * Network names follow Compose: <project>_<network>, labelled com.docker.compose.network.
 * Their chunk's (step-compose.ts), with the reader of compose files (parse-compose-config.ts).
 */
import { peerFailed } from './compose-errors';
import { configUnreadable, fileStop } from './start-failures';
import type { Lib } from './lib';
import type { Container, Diagnosis, Facts } from './types';

const missingNetwork = ({ d }: Lib, name: string, network: string | string[], onDefault?: boolean) =>
  d('compose-service-missing-network', { name, network, variant: onDefault ? 'default' : undefined });

/** `lib`: the entry's helpers and checks (lib.ts), as this module is in a chunk of its own. */
export function diagnoseCompose(facts: Facts, lib: Lib, step: 'compose' | 'networks'): Diagnosis | undefined {
  const { d, expected, splitName, stateCheck, portCheck, appUrl, listenCheck, startedAgain } = lib;
  const e = expected[step];
  const { config, containers } = facts;
  // cw37: a service's image Compose built and named after its project (docker/compose pkg/api GetImageNameOrDefault: `projectName
  // + "-" + service.Name` in v2, `project_service` in v1): a compose ps row of service app with image compose-example-app is
  // project compose-example's, also when container_name hides the project (stored readme 37061547435: my_app, my_db, my_redis).
  for (const c of containers) {
    const image = c.service && !c.project ? c.image?.split(':')[0] : undefined;
    const built = image?.endsWith(`-${c.service}`) || image?.endsWith(`_${c.service}`) ? image.slice(0, -c.service!.length - 1) : '';
    if (built && /^[a-z0-9][a-z0-9_-]{0,62}$/.test(built)) {
      c.project = built;
      if (!facts.projects.includes(built)) facts.projects.push(built);
    }
  }
  const { projects } = facts;
  // The refusal at a service's address, or nginx's without it (cw35).
  // cw58: curl refused at a port the listing shows published on the host (boot2docker/boot2docker#685: fig ps' `0.0.0.0:3000->3000/tcp`,
  // then `curl 192.168.59.103:3000` from the Mac, refused): the host reaching a published port, the reach path's question (where the
  // app listens in its container), not one service refused by another; the listing answers at compose and networks.
  const atPublished = (port?: number) => !!port && containers.some((c) => c.ports?.some((p) => p.host === port));
  // cw82: also when curl tried that port at the host's loopback in the same paste (oobabooga/text-generation-webui#4696: `curl
  // http://<the machine's IP>:7860` refused, `curl http://127.0.0.1:7860` reset): the learner testing a published port from the host.
  const fromHost = (port?: number) => !!port && !!facts.curlLoopPorts?.includes(port);
  // cw185 (stop 58): a database's refusal that names no host (libpq 14+'s hint, PHP mysqlnd's 2002: compose-errors.ts dbRefusal) is
  // the refusal of the host the paste sets for the database (`WORDPRESS_DB_HOST: db:3306`, PDO's `mysql:host=…`), else of an unnamed
  // one; PHP's own connect call at loopback (`new mysqli("127.0.0.1", …)`, a trace's `PDO->__construct('mysql:host=127.0.0.1;…')`)
  // beside any refusal the paste tells is the app's own container refusing it.
  const dbPeer =
    facts.dbRefused && facts.upstreamRefused === undefined
      ? (facts.dbHost ?? config?.dbHostName ?? '')
      : facts.phpLocal && facts.refusalSaid && facts.upstreamRefused === undefined
        ? facts.phpLocal
        : undefined;
  const refused =
    atPublished(facts.upstreamCurlPort) || fromHost(facts.upstreamCurlPort)
      ? undefined
      : (facts.upstreamRefused ?? (facts.proxyRefused ? '' : dbPeer));
  const refusal = () =>
    d('upstream-connection-refused', {
      upstream: refused || undefined,
      variant: refused ? undefined : facts.proxyRefused ? 'proxy' : 'app',
    });
  // cw99: the refusal itself at loopback (nginx's `upstream: "fastcgi://127.0.0.1:9000"`, `no live upstreams … upstream:
  // "http://localhost/…"`, Apache's `AH00957: … attempt to connect to 127.0.0.1:8050 (localhost) failed`): the proxy dialled its own
  // container, so no peer refused it and no peer's state explains it. compose-localhost-upstream at compose as at networks (CONVENTIONS
  // §2.6 cw44, §2.5 cw79), also in another project's paste, before its name (h83-awsfargatephp2: `docker logs
  // aws-fargate-with-php_nginx_1`; h83-rinhabackend76 at compose).
  // cw147: or nginx's refusal read without its address (proxyRefused) beside its `upstream: "http://127.0.0.1:…"` (upstreamLocal): nginx
  // writes the upstream into the same entry (src/http/ngx_http_upstream.c ngx_http_upstream_log_error: `, upstream: "%V"` after
  // `client:`, `server:`, `request:`), which a terminal of fixed width wraps onto its next rows (`tail error.log` in a console:
  // `server: localho` / `st, request: …, upstream: "http://127.0.0.1:81/health"`). The refusal's own upstream, at loopback.
  // cw176 (stop 57): also the unspecified address dialled (Caddy's `dial tcp 0.0.0.0:8080: connect: connection refused`, its
  // reverse_proxy upstream written as a listen address): a connect to 0.0.0.0 or :: reaches the dialler's own machine (Go's
  // net/dial.go Dial: "if the host is empty or a literal unspecified IP address, as in \":80\", \"0.0.0.0:80\" or \"[::]:80\" …
  // the local system is assumed"; Linux's ip_route_output_key_hash_rcu turns a zero daddr into loopback), so inside the proxy's
  // container it is that container, as 127.0.0.1 is. Not where a service of the paste says it listens on every address (a start
  // line's 0.0.0.0, h34-rinharenannorba: Bandit `at 0.0.0.0:4000`, the proxy pointed at `http://0.0.0.0:4001`) or a compose file puts
  // one on the host's network: services that reach each other at 0.0.0.0 share the host's network (network_mode: host), where the
  // address is the other service's too, and its refusal is that service's.
  const shared = !!facts.fileHostNetwork || Object.entries(facts.listen).some(([k, l]) => k && l.all);
  const selfRefused =
    refused &&
    new RegExp(
      String.raw`^(?:[a-z]{2,10}:\/\/)?(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]|::1${shared ? '' : String.raw`|0\.0\.0\.0|\[::\]`})(?![\w.-])`,
    ).test(refused)
      ? refused
      : refused === '' && facts.upstreamLocal && !facts.upstreamRefused
        ? facts.upstreamLocal
        : undefined;
  const selfRefusal = () => d('compose-localhost-upstream', { upstream: selfRefused });
  const serviceOf = (c: Container) => c.service ?? splitName(c.name).service ?? c.name;
  const other = projects.find((p) => p !== e.project);
  // Compose 5 shows no Started under `[+] up` (5.0: never; 5.1+: unless -d; docker/compose cmd/display/tty.go), so its
  // progress lines' Created (a container there has no ports) leave the state unknown; so does Compose 2.x's `up` that attaches
  // (Created, Recreated, then `Attaching to …`, compose-errors.ts).
  for (const c of facts.up5 || facts.attached ? containers : []) if (!c.ports && c.state === 'created') c.state = undefined;
  // A service that exited with an error, also one the step does not ask about (db, say): reported first.
  // One restarting (failing now) before one that exited long ago (pastebin 713U3biU, as onlyStopped).
  // cw31: also one that exited with 0 right after its own log's failed connection to another service (botpress/v12#1699: `getaddrinfo
  // ENOTFOUND postgres`, `NLU Server exits after an error occured`, then `botpress-nlu exited with code 0`): it stopped for that peer.
  // cw39: a container's own log is its service's prefixed lines, or the unprefixed ones under the paste's `docker logs <its name>`
  // (Kovah/LinkAce#164: `docker logs linkace_nginx_1`, nginx's failed lookup, beside v1's ps).
  const logged = (c: Container) => facts.commands.some((x) => x.command === 'container logs' && !!c.name && x.name === c.name);
  // cw121: with the line its trailing stack frames pushed out of the last five (traceHeads, parse-logs.ts): the error above the trace.
  const ownLog = (c: Container) => {
    const key = facts.lastLines[serviceOf(c)] ? serviceOf(c) : logged(c) ? '' : undefined;
    const head = key === undefined ? undefined : facts.traceHeads?.[key];
    const last = key === undefined ? undefined : facts.lastLines[key];
    return head && last && !last.includes(head) ? [head, ...last] : last;
  };
  // cw109: nginx's `[emerg]` of its own failed lookup anywhere in a container's log (it exits at start on it), also when the last
  // lines are the author's prose after the output (h87-notes71012861579, a Spanish report: `docker logs catalogo-frontend`, nginx's
  // `host not found in upstream "catalogo-api"`, then a paragraph on why).
  const ownKey = (c: Container) => (facts.lastLines[serviceOf(c)] ? serviceOf(c) : logged(c) ? '' : undefined);
  const peerStop = (c: Container) => c.exitCode === 0 && !!ownLog(c)?.some(peerFailed);
  // cw39: v1's bare `Restarting` (no code: compose/cli/main.py ps prints the state only) of a container whose own log shows why it
  // fails, a failed connection to another service (the LinkAce paste: nginx's `host not found in upstream "php"`): a restart
  // loop, failing now, as `Restarting (1)` is (CONVENTIONS §2.6: the proxy stopped on its own lookup is compose-service-not-running
  // at compose). A bare Restarting with nothing failing shown stays as before (§4, c-tencent-v1-wordpress-restarting).
  const looping = (c: Container) => c.state === 'restarting' && c.exitCode === undefined && !!ownLog(c)?.some(peerFailed);
  const errored = containers.filter(
    (c) =>
      !startedAgain(c, facts) &&
      (looping(c) ||
        (c.state && c.state !== 'running' && c.exitCode !== undefined && (c.exitCode !== 0 || peerStop(c)) && c.state !== 'created')),
  );
  const failed = errored.find((c) => c.state === 'restarting') ?? errored[0];
  // cw166 (stop 55): a swarm service that runs none of the tasks it wants (REPLICAS `0/1` in `docker stack services` or `docker service
  // ls`, parse-table.ts): swarm's orchestrator starts a task again each time one fails (moby swarmkit manager/orchestrator/restart, the
  // default restart condition `any`), so a service at none running is one whose tasks keep failing, a failure the listing shows
  // (CONVENTIONS §2.0), answered as a stopped service is. One task of several running still serves.
  const idle = containers.find((c) => c.replicas && c.replicas.desired > 0 && c.replicas.running === 0);
  const idleDown = () => d('compose-service-not-running', { name: idle!.name, variant: 'replicas' });
  // cw176 (stop 57): a stopped service whose own last lines are its server's refusal of a port in use, in the words host-clients.ts
  // bindErrors reads on the reach path (kept short here, that list is the reach chunk's): Apache httpd's `(98)Address already in use:
  // AH00072: make_sock: could not bind to address 0.0.0.0:443` (server/listen.c make_sock after apr's `(%d)%s: ` of the errno, then
  // `no listening sockets available, shutting down`), nginx's `bind() to 0.0.0.0:80 failed (98: Address already in use)`
  // (ngx_connection.c ngx_open_listening_sockets), Go's `listen tcp :443: bind: address already in use`, lighttpd's `can't bind to
  // port: … Address already in use`, Node's `EADDRINUSE`, Python's `[Errno 98]`: it exited because the port was taken, the port's
  // answer at compose as at reach:port-free (CONVENTIONS cw56: an address in use stays the port's answer). Not `(13)Permission
  // denied` (cw89). Its last five lines only: a bind refused long before, then more of the server's life, is not why it stopped.
  const addrInUse =
    /\((?:98|48|10048)\)Address already in use: AH00072: make_sock: could not bind to address \S{0,60}?:(\d{1,5})\b|\bbind\(\) to \S{1,80}?:(\d{1,5}) failed \((?:98|48|10048): Address (?:already )?in use\)|\blisten tcp[46]? \S{0,60}?:(\d{1,5}): bind: address already in use|\b(?:listen(?:ing)?|socket|bind)\b.{0,120}?(?:\bAddress (?:already )?in use\b|\bEADDRINUSE\b)|\[Errno (?:98|48|10048)\]/i;
  const inUse = (c: Container) =>
    c.state === 'exited' && c.exitCode !== undefined && c.exitCode !== 0
      ? (facts.lastLines[serviceOf(c)] ?? [])
          .slice(-5)
          .map((l) => (l.length < 2200 ? addrInUse.exec(l) : null))
          .find(Boolean)
      : undefined;
  const down = (c: Container) => {
    const bind = inUse(c);
    const port = bind?.slice(1).find(Boolean);
    if (bind) return d('port-already-allocated', port ? { port, appPort: port === '8080' ? 80 : 8050 } : { variant: 'unknown' });
    return stateCheck(c, serviceOf(c), facts.lastLines[serviceOf(c)], true);
  };

  // A failed lookup: its name (nginx's or an app's), or only that an app's lookup failed.
  const missing = facts.upstreamMissing ?? facts.lookup;
  const notFound = () =>
    d('upstream-host-not-found', {
      upstream: facts.upstreamMissing,
      variant: !facts.upstreamMissing
        ? facts.lookup === 'proxy'
          ? 'proxy'
          : 'lookup'
        : facts.upstreamApp === 'browser'
          ? 'browser'
          : facts.upstreamApp
            ? 'app'
            : undefined,
    });
  // A service that exited with an error, even in another project and without its traceback (`Exit 1` in v1's ps, `x exited
  // with code 1`): what the paste shows failing is answered first (issue 14; cfexdrupal23, magento2-20 in holdout15). Then a
  // service's name that did not resolve (an app in a one-off `compose run`, on no network with db), then the project's name.
  // nginx's `[emerg]` (a configuration it refuses, other than a lookup: it exits at start), in a service's log that no listing
  // shows running: that service stopped (nginx-proxy/nginx-proxy#1548: `[emerg] no servers are inside upstream`, then only whoami
  // in docker ps). The lookup nginx could not make is upstream-host-not-found's.
  const up = (name: string) => containers.some((c) => serviceOf(c) === name && c.state === 'running');
  const emerg = Object.keys(facts.lastLines).find(
    (k) =>
      facts.lastLines[k]!.some((l) => /\[emerg\]/.test(l) && !/(?:host not found|\b(?:no|invalid) host) in upstream/.test(l)) && !up(k),
  );
  const nginxDown = () =>
    d('compose-service-not-running', { name: emerg || 'proxy', variant: 'nginx', lastLines: facts.lastLines[emerg!] });
  // cw63: at lesson 7's compose step, nginx's `[emerg]` of its own failed lookup (`host not found in upstream "memcacheadmin"`) is the
  // proxy that stopped on it (nginx exits at start on any [emerg]: src/core/nginx.c, ngx_init_cycle failing), as keymetrics/on-premise#26's
  // nginx with its exit line and Kovah/LinkAce#164's in its restart loop (CONVENTIONS §2.6: the proxy stopped on its own lookup is
  // compose-service-not-running at compose, upstream-host-not-found at networks): with no listing showing that service running,
  // also without Compose's exit line (10up/wp-local-docker-v2#162: the entrypoint's lines again after the [emerg], a restart).
  const lookupEmerg =
    step !== 'networks' && facts.upstreamEmerg !== undefined && !up(facts.upstreamEmerg) ? facts.upstreamEmerg : undefined;
  const lookupDown = () =>
    lookupEmerg !== undefined
      ? d('compose-service-not-running', { name: lookupEmerg || 'proxy', variant: 'nginx', lastLines: facts.lastLines[lookupEmerg] })
      : notFound();
  // A stopped service the proxy looks for is the cause; the proxy stopped by nginx's own error is not. At lesson 7 the proxy is
  // also the service under any name whose own log holds nginx's failed lookup (`nginx_1 | … host not found in upstream
  // "realtime"`, then `on-premise_nginx_1 exited with code 1`, another project's: keymetrics/on-premise#26).
  // cw27: any service whose own last lines hold a failed connection to another service (compose-errors.ts peerFailed: HAProxy's
  // `could not resolve address 'web'` at start, an app's driver refused or timed out, google/trillian#1164's signer that exits
  // after `dial tcp …:3306: getsockopt: connection timed out`): it stopped because of that peer, which is the cause to name.
  // cw152 (stop 51): nginx's own `nginx: [emerg] host not found in upstream "web"` copied alone, under no service's prefix and no
  // `docker logs` line (an issue's "the error is" before v1's ps, allegro/ralph#3666's shape): nginx exits at start on any [emerg]
  // (src/core/nginx.c, ngx_init_cycle failing), so it is the log of a container that stopped; where the listing shows exactly one
  // stopped with an error, it is that container's (a running one printed no [emerg] at its start).
  const lone = errored.length === 1 && facts.upstreamEmerg === '' && facts.lastLines[''] ? errored[0] : undefined;
  const lookedUp = (c: Container) =>
    step === 'networks' && (!!ownLog(c)?.some(peerFailed) || (ownKey(c) !== undefined && facts.upstreamEmerg === ownKey(c)) || c === lone);
  // At lesson 7's compose step the stopped proxy is what fails (as keymetrics/on-premise#26's nginx).
  // cw31: the proxy's own container seen twice (docker ps's `Restarting (1)` row and v1's `rengine_proxy_1 exited with code 1`,
  // yogeshojha/rengine#853) is one container, not another service that stopped.
  const same = (c: Container) => c === failed || c.name === failed!.name || (!!c.service && serviceOf(c) === serviceOf(failed!));
  // cw39: a peer that exited cleanly (0) is the cause only when it stopped before the proxy did (Compose's `x exited with code 0`
  // lines are in the order they happened: c-laravel-php-exited-host-not-found's web, PHP with no script, then proxy's failed
  // lookup). One that stopped with 0 after it, when the project was taken down (zanfranceschi/rinha-de-backend-2024-q1's
  // renan-norba: nginx's `connect() failed (111 …)` and `no live upstreams`, then nginx, api02, api01 `exited with code 0` after
  // SIGTERM), stopped nothing: the refusal is the answer.
  const before = (c: Container) => c.exitCode !== 0 || peerStop(c) || containers.indexOf(c) < containers.indexOf(failed!);
  // cw113: or, with no container shown stopped, a database server's own stop at start in a log (start-failures.ts dbStop: initdb's
  // `directory "/var/lib/postgresql/data" exists but is not empty` under a notes' "Database Log" heading, h92-notes59783646388), its
  // service not shown running: a database dials no peer, so the app's failed lookup of it (`nc: bad address 'db'`) and nginx's after
  // it follow from its stop (CONVENTIONS §2.6, a stopped service versus the peer that stopped it).
  const dbKey = facts.dbStopIn;
  const dbDown =
    dbKey !== undefined && (dbKey ? !up(dbKey) : !containers.some((c) => c.state === 'running'))
      ? d(
          'compose-service-not-running',
          dbKey ? { name: dbKey, variant: 'crash', lastLines: facts.lastLines[dbKey] } : { variant: 'log', lastLines: facts.lastLines[''] },
        )
      : undefined;
  // cw147: at compose, a service whose own program said it stopped at start (start-failures.ts stopIn: Next.js's ` ⨯ Failed to start
  // server`, yarn's `error Command failed with exit code 1.`), not shown running: the failed call in its log (a lookup, a refusal)
  // is why, and the service not running is Compose's answer (CONVENTIONS §2.6: at compose the stopped service stays first). At
  // networks the call keeps its answer (§2.6, a lookup comes before the crash it causes).
  const stopKey = step === 'compose' ? facts.stopIn : undefined;
  const selfDown =
    stopKey !== undefined && (stopKey ? !up(stopKey) : !containers.some((c) => c.state === 'running'))
      ? d(
          'compose-service-not-running',
          stopKey
            ? { name: stopKey, variant: 'crash', lastLines: facts.lastLines[stopKey] }
            : { variant: 'log', lastLines: facts.lastLines[''] },
        )
      : undefined;
  const stopCause = () =>
    failed && ((step === 'networks' && failed.service === 'proxy') || lookedUp(failed))
      ? containers.find((c) => !same(c) && c.state && c.state !== 'running' && c.state !== 'created' && before(c))
      : failed;
  // A service's log with a traceback (docker compose logs web), when no listing shows it running; nginx's [emerg]; a log that
  // ends with the server's own "Exiting" (Rails, Unicorn, Puma: a stale server.pid, a failed boot), with no exit line from Compose
  // (v1 `up` stopped as it printed). cw31: in another project's paste too, before its name.
  // cw155 (stop 52): a service shown running only by Compose's progress before its log (v1's `Creating x ... done` and `Attaching to x`,
  // compose/cli/main.py; v2's `✔ Container x  Started`), whose own log then ends in a traceback (its header, a frame, or the
  // exception's line, CPython Lib/traceback.py), no listing after: the program stopped after Compose started it (CONVENTIONS §2.0,
  // the later state stands), though the copy ends before Compose's `x exited with code 1`. A traceback with more log after it (a
  // request's error that the server logged and lived on) leaves the progress line's state.
  // cw195 (stop 59): or Node's uncaught exception (src/node_errors.cc PrintUncaughtException: the throwing source line, `^`, then
  // err.stack, whose frames V8 prints `    at fn (file:line:col)` or `    at file:line:col`; lib/internal/modules/cjs/loader.js's
  // `Error: Cannot find module '…'` thrown so) and the package runner's summary of the script that failed after it: yarn 1's
  // src/util/child.js spawn (`Command failed.`, `Exit code: N`, `Command: …`, `Arguments: …`, `Directory: …`, `Output:` one a line,
  // reported as `error An unexpected error occurred: "Command failed.` or src/cli/commands/run.js's `error Command failed with exit
  // code N.`), npm's `npm ERR!` (npm 10: `npm error`) lines, which it prints for a failed run only. The runner's detail lines after
  // its error line are its own; the lines before them decide.
  const traced =
    /Traceback \(most recent call last\)|^File "[^"\n]{1,300}", line \d{1,6}, in |^(?:[a-z_]\w*\.)*[A-Z]\w*(?:Error|Exception): /;
  // Node's and the runners' only as the log's last line (a frame, or the runner's error line before its own detail lines): a
  // request's stack that the server logged, then more of its log (an access line), lived on.
  const nodeEnd =
    /^at (?:\S.{0,200} \()?\S{1,300}:\d{1,6}:\d{1,6}\)?$|^error (?:An unexpected error occurred: "Command failed\.|Command failed with exit code [1-9]\d{0,2}\.)|^npm (?:ERR!|error) /;
  const yarnDetail = /^(?:Exit (?:code|signal): \S{1,10}|Command: \S{1,200}|Arguments: .{0,400}|Directory: \S{1,300}|Output:)$/;
  const diedAfterStart = (name: string) => {
    // `Attaching to x` names the container with no state of its own (compose-errors.ts): only the states shown count.
    const mine = containers.filter((c) => serviceOf(c) === name && c.state);
    const own = facts.lastLines[name] ?? [];
    let end = own.length;
    while (end > 0 && yarnDetail.test(own[end - 1]!.trim()) && own.slice(0, end).some((l) => /^error An unexpected error/.test(l.trim())))
      end--;
    const last = own[end - 1]?.trim() ?? '';
    return (
      !facts.listed &&
      mine.length > 0 &&
      mine.every((c) => c.state === 'running' && !!facts.progressNames?.includes(c.name)) &&
      (own.slice(-3).some((l) => l.length < 400 && traced.test(l.trim())) || (last.length < 400 && nodeEnd.test(last)))
    );
  };
  // cw166 (stop 55): a service whose start script stopped on a file (start-failures.ts fileStopLine: cw41's refused write beside the
  // image's own words, Grafana's `GF_PATHS_CONFIG='…' is not readable.`), shown running by Compose's progress alone or only attached
  // (`Attaching to`, `Starting x ... done`: no listing after), nothing in its log saying where it listens: it stopped there, a service
  // not running before the project's name (CONVENTIONS §2.6 cw91: a crashed service stays compose-service-not-running).
  const fileDown = (): Diagnosis | undefined => {
    const k = facts.fileStopIn;
    if (!k || facts.listed) return undefined;
    const heard = facts.listen[k];
    if (heard && (heard.all || heard.loop || heard.port || heard.served)) return undefined;
    // Its stop among its last lines, and none after it that says the server went on (listening, serving, ready).
    const last = facts.lastLines[k] ?? [];
    const at = last.findIndex((l) => l.length < 2200 && (fileStop.test(l.trim()) || configUnreadable.test(l.trim())));
    if (at < 0 || last.slice(at + 1).some((l) => /\b(?:listen(?:ing)?|serving|started|ready)\b/i.test(l))) return undefined;
    const mine = containers.filter((c) => serviceOf(c) === k && c.state);
    if (!mine.every((c) => c.state === 'running' && !!facts.progressNames?.includes(c.name))) return undefined;
    if (!mine.length && !containers.some((c) => serviceOf(c) === k)) return undefined;
    return d('compose-service-not-running', { name: k, variant: 'file', lastLines: facts.lastLines[k] });
  };
  const crashedOrEnded = (): Diagnosis | undefined => {
    const crashed = facts.crashIn;
    if (crashed && (!up(crashed) || diedAfterStart(crashed)))
      return d('compose-service-not-running', { name: crashed, variant: 'crash', lastLines: facts.lastLines[crashed] });
    // cw35: a container's output without Compose's prefix (`docker logs`, the container's log copied alone) that ends in a crash or
    // a program that could not start (geekcap-pluralsight/python-docker#1: a traceback's `ImportError: cannot import name 'escape'
    // from 'jinja2'`; AWildLeon/Glance-iCal-Events#2: `/bin/sh: [gunicorn,: not found`, start-failures.ts), with nothing shown
    // running: a service stopped, its name not shown.
    if (crashed === '' && !containers.some((c) => c.state === 'running'))
      return d('compose-service-not-running', { variant: 'log', lastLines: facts.lastLines[''] });
    if (emerg !== undefined) return nginxDown();
    // cw159 (stop 53): also under a Procfile runner's own prefix inside the container (foreman lib/foreman/engine/cli.rb: the time, the
    // padded `name.N`, then ` | `; honcho's printer the same): foreman stops every process and exits when one ends (engine.rb
    // terminate_gracefully), so the container stops with it.
    // cw194 (stop 59): not after the server's own words for a stop asked for (puma lib/puma/launcher.rb graceful_stop: `=== puma
    // shutdown: <time> ===`, `- Goodbye!`; WEBrick's `going to shutdown ...`; Compose's `Gracefully stopping...`), as the reach path
    // already reads it (reach.ts cw46): Rails prints Exiting for every stop, docker stop's and docker restart's SIGTERM too
    // (willfarrell/docker-autoheal's `Container /x (id) found to be unhealthy - Restarting container now`, h189-openprojectcompose15).
    const ended = Object.keys(facts.lastLines).find(
      (k) =>
        k &&
        /^\s*(?:\d\d:\d\d:\d\d [\w.-]{1,30}\s{0,20}\| )?Exiting\b/.test(facts.lastLines[k]!.at(-1)!) &&
        !up(k) &&
        !facts.lastLines[k]!.some((x) => /going to shutdown|Gracefully stopping|Goodbye!|=== puma shutdown: /i.test(x)),
    );
    if (ended) return d('compose-service-not-running', { name: ended, state: 'exited', lastLines: facts.lastLines[ended] });
  };
  // Another project's paste: its failed lookup or refusal (cw27: a MariaDB client's `Can't connect to MySQL server on 'klara-db'
  // (111 "Connection refuse")` under klara-web_1, jpalanco/klara-docker-compose#1) is what fails, before the project's name.
  if (other && !projects.includes(e.project!)) {
    const cause = missing || refused !== undefined ? stopCause() : failed;
    if (cause) return down(cause);
    if ((missing || refused !== undefined) && dbDown) return dbDown;
    if ((missing || refused !== undefined) && selfDown) return selfDown;
    if (missing) return lookupDown();
    if (selfRefused) return selfRefusal();
    if (refused !== undefined) return refusal();
    // cw31: at lesson 8, a peer's address at loopback (nginx's upstream, an env file's URL: shihjay2/nosh3#1) before the name.
    const loop = step === 'networks' && (facts.upstreamLocal ?? config?.localhost);
    if (loop) return d('compose-localhost-upstream', { upstream: loop });
    const envLoop = step === 'networks' && (config?.dbLocalhost ?? facts.envLocal);
    if (envLoop) return d('compose-localhost-upstream', { upstream: envLoop, variant: 'app' });
    // cw100: at lesson 8, `docker network ls` (the host's every network) with none of a project named in the paste, only Docker's
    // own and hand-made ones, beside containers named after another project (docker ps' `kibana_kibana_1`) or an inspected network
    // it lists (Compose 1.5's --x-networking named a project's network after the project alone: docker/compose#2345, kept): the
    // project's networks do not exist (CONVENTIONS §2.6: network ls before an inspect of a hand-made network;
    // h82-notes7953156639's my-net). Not when Compose's own output shows it ran (`Creating network "blog_default"` after the ls).
    const lsNone =
      step === 'networks' &&
      !!facts.networkNames?.length &&
      !facts.networkLsCut &&
      !facts.networkNames.some((n) => projects.some((p) => n === p || n.startsWith(`${p}_`))) &&
      facts.networks.every((n) => facts.networkNames!.includes(n.name)) &&
      // cw113: unless that output took the project down before the ls (v1's `Removing network redmine_default`, then `docker network
      // ls` with bridge, host and none: h91-notes41642974521): the ls is the later state (§2.0), the project's networks gone.
      (facts.lsAfterDown || !facts.kinds.some((k) => k.startsWith('docker compose')));
    if (lsNone) return crashedOrEnded() ?? d('network-not-found', { network: `${e.project}_${wantedNetworks(lib)[0]}` });
    return crashedOrEnded() ?? d('compose-project-name', { project: other });
  }
  // Compose v1's config prints a service's network the top-level networks key lacks (v2 refuses it, as compose-errors.ts reads).
  const nets = config?.networks;
  for (const [name, s] of Object.entries(nets ? config.services : {})) {
    const network = s.networks?.find((n) => n !== 'default' && !nets!.includes(n));
    if (network) return d('compose-undefined-network', { name, network });
  }
  const lesson7 = step === 'networks';
  // docker network ls without one of the project's networks (only Docker's own, or ones made by hand): answered before an
  // inspect of one of those, as the project's networks do not exist at all.
  const unlisted =
    lesson7 &&
    facts.networkNames &&
    !facts.networkLsCut &&
    wantedNetworks(lib).find((k) => !facts.networkNames!.includes(`${e.project}_${k}`));
  if (unlisted) return d('network-not-found', { network: `${e.project}_${unlisted}` });
  // cw97: no network shown, but the paste's own commands make one by hand (`docker network create todo-app`) or run containers on one
  // (`docker run --network todo-app …`, Docker's getting-started "multi-container apps"): a network Compose did not make for the
  // project (not `<project>_<key>`), before what its app logs (h78-killercoda05net: `Listening on port 3000` on todo-app).
  const byHand =
    lesson7 &&
    !facts.networks.length &&
    // cw197 (stop 59): or an ls cut or narrowed (`docker network ls | grep test`) that shows none of the project's: the rows it
    // leaves out say nothing, and the command's own network is made by hand (before stop 53's cut ls, which has nothing else).
    (!facts.networkNames?.length || (facts.networkLsCut && !facts.networkNames.some((n) => n.startsWith(`${e.project}_`)))) &&
    !projects.includes(e.project!) &&
    // What fails comes first (§2.0): a failed lookup or refusal on that network (h67-dockerpractice403: `ping: bad address`), a
    // stopped container, a crash.
    !failed &&
    !missing &&
    refused === undefined &&
    facts.crashIn === undefined &&
    facts.commands.map((c) => c.network).find((n) => n && !n.startsWith(`${e.project}_`));
  // Stop 53: a network ls with rows left out (step-compose.ts networkLsCut) that shows none of the project's: they may be among them.
  const cutLs =
    lesson7 &&
    facts.networkLsCut &&
    !facts.networks.length &&
    !facts.networkNames?.some((n) => n.startsWith(`${e.project}_`)) &&
    !facts.containers.some((c) => c.state === 'running' && (c.project === e.project || c.name.startsWith(`${e.project}`)));
  if (cutLs && !byHand && !failed && !missing && refused === undefined && facts.crashIn === undefined)
    return d('shows-part', { variant: 'cut' });
  // Compose v1 warns of a network the file defines that no service lists (compose/network.py): one of the lesson's is then
  // on none of its services (another project's, named by what it creates, is answered above as that project).
  const unused = lesson7 && facts.unusedNetworks?.find((n) => wantedNetworks(lib).includes(n));
  const onIt = unused && Object.keys(e.services!).find((k) => e.services![k]!.networks?.includes(unused));
  if (onIt) return missingNetwork(lib, onIt, unused);
  // network inspect of a network Compose did not make for a project (no labels): Docker's bridge, one made by hand.
  const foreign = lesson7 && !facts.networks.some((n) => n.key || n.name.startsWith(e.project!)) && facts.networks.find((n) => !n.project);
  if (foreign) return d('network-wrong-project', { network: foreign.name, variant: 'other' });
  if (byHand) return d('network-wrong-project', { network: byHand, variant: 'other' });
  // A service's database host set to localhost in the file: the app's own words for it, before a proxy's URL beside it.
  // cw185 (stop 58): at compose too when the paste says the connection failed (refusalWords: directus/docker#96, `DIRECTUS_DATABASE_HOST:
  // "127.0.0.1"` then `Failed to connect to the database` under `docker-compose run`): the failure and its cause, before a file
  // without web (CONVENTIONS §2.5: an error that names its own cause comes first).
  const dbLocal = config?.dbLocalhost ?? (step === 'networks' || facts.refusalSaid ? facts.envLocal : undefined);
  if (dbLocal) return d('compose-localhost-upstream', { upstream: dbLocal, variant: 'app' });
  // nginx says why it fails (and exits): that explains a stopped proxy better than its state.
  const local = lesson7 && (facts.upstreamLocal ?? config?.localhost);
  if (local) return d('compose-localhost-upstream', { upstream: local });
  // A service that exited explains nginx's "host not found" or "connection refused" better than they do.
  if (missing || refused !== undefined) {
    const cause = stopCause();
    if (cause) return down(cause);
    if (dbDown) return dbDown;
    if (selfDown) return selfDown;
    if (missing) return lookupDown();
    return selfRefused ? selfRefusal() : refusal();
  }
  // Compose v2's progress lines of containers that run under names of their own (container_name), no listing and none of the
  // lesson's services among them (stratum-mining/benchmarking-tool#4: ` ✔ Container prometheus  Started`): another project's.
  // cw38: or up's `Attaching to` a list of them (compose-errors.ts), which it starts.
  const ownNames =
    !facts.listed && !config && !facts.networks.length && containers.some((x) => x.state === 'running' || (facts.attached && !x.state));
  // cw183 (stop 58): each container by its last event (pkg/compose/convergence.go emits Creating, Created, Starting, Started for one
  // container in turn, and the plain layout prints each on a line of its own: ` Container x  Created`, then ` Container x  Started`).
  const lastEvents = containers.filter((x, i) => !containers.slice(i + 1).some((y) => y.name === x.name && y.state));
  if (
    ownNames &&
    lastEvents.every((x) => !x.project && (!x.state || x.state === 'running') && !((x.service ?? x.name) in expected.networks.services!))
  )
    return (
      fileDown() ??
      (facts.crashIn && diedAfterStart(facts.crashIn) ? crashedOrEnded() : undefined) ??
      d('compose-project-name', { variant: 'unnamed' })
    );
  const notLesson = (x: Container) =>
    !x.project && !(serviceOf(x) in expected.networks.services!) && !x.name.startsWith(e.project!) && !x.image?.startsWith(e.project!);
  /** cw181: Compose's log prefixes all names of their own (container_name's), none the lesson's, at least two lines logged. */
  const ownNamesLogged = () => {
    const own = facts.logPrefixes ?? [];
    const lesson = new RegExp(`^(?:${Object.keys(expected.networks.services!).join('|')})$|^${e.project}|^${e.project!.replace(/-/g, '')}`);
    return (
      own.length > 0 &&
      !facts.listed &&
      containers.every(notLesson) &&
      Object.values(facts.lastLines).reduce((n, l) => n + l.length, 0) >= 2 &&
      own.every((x) => !/[-_]\d+$/.test(x) && !lesson.test(x))
    );
  };
  let note: Diagnosis | undefined;
  let url = e.url;
  /** What the paste does not show of the step: a service's state, its ports, the networks. */
  const unseen: string[] = [];
  for (const [name, want] of Object.entries(e.services!)) {
    // The project's service, not another project's of the same name shown beside it.
    const c = [...containers].reverse().find((x) => serviceOf(x) === name && (x.project ?? e.project) === e.project);
    const cfg = config?.services[name];
    // A listed service that failed is reported before the ones the listing lacks.
    // A compose ps table by SERVICE without its project (`--format 'table {{.Service}}…'`) that lists none of the project's
    // services (lesson 7's proxy, web, db at either step): another project's, whose name the table does not show (a listing of
    // the lesson's project lacks one or two).
    // cw46: the same rule for every listing (compose ps, docker ps, ps -a, `docker port NAME` beside it) as for up's own names
    // above: no row is one of the lesson's (no project shown, no service or name of lesson 7's proxy, web, db, none named after
    // the project) and one of them runs: another project's, whose name comes before "web is missing" (CONVENTIONS §2.5:
    // container_name's `flask-helloworld-app` under v1's `up`, `rsyslog-server`/`meu_mariadb` in compose ps, `sysreptor-app`).
    // Stopped rows only, with names of their own, stay "missing" (c-pastebin-rpi-v1-all-exit0).
    const foreign =
      containers.length &&
      (containers.every((x) => x.service && !x.project && !(x.service in expected.networks.services!)) ||
        (containers.some((x) => x.state === 'running') && containers.every(notLesson)));
    if (!c && facts.listed)
      return failed
        ? down(failed)
        : idle
          ? idleDown()
          : foreign
            ? d('compose-project-name', { variant: 'unnamed' })
            : // cw86: an empty listing beside Compose v1's own version (docker/compose#2188: 1.4.2's empty `Name Command State Ports`
              // table and `Attaching to` nothing): v1 cannot read the lesson's file (its `name:`), so the version is the next step; an
              // empty listing without a version shown stays "missing" (h4-netbox16: docker-compose's name alone shows no version).
              !containers.length && facts.composeOld
              ? d('compose-too-old')
              : d('compose-service-missing', { name, variant: 'unlisted' });
    // cw73: an excerpt of a file (its first service, `services:` cut above) beside the crash its log shows: the crash first, as
    // for a whole file the experts read the failure before the missing service (h30-glanceical2's `/bin/sh: [gunicorn,: not found`).
    // A file without web beside Compose v1's own version line stays "missing" (cw107 read it as compose-too-old for mariadb-docker#140,
    // both experts' label there, but h46-compose6423's experts gave the same shape compose-service-missing: taken back at the merge,
    // CONVENTIONS §4).
    // cw172 (stop 56): and a container Compose saw stop with an error (up's attached `mongodb_1 exited with code 1`, any service of
    // that file): what failed comes before what the file lacks (CONVENTIONS §2.0), as for a listing above; a clean stop (0) does not.
    // cw181 (stop 57): a file without web beside Compose's log lines of containers under names of their own (the cw91 rule below:
    // docker/compose cmd/formatter/logs.go and v1's log_printer.py print the container's name, container_name's when the file sets
    // one, padded, then " | "; no replica number), none of them the lesson's, nothing failing: that file's project ran, another
    // project, whose name comes before "web is missing" as for a listing (cw46, CONVENTIONS §2.5). A numbered prefix names a service
    // only: the file's missing web stays.
    if (config && !cfg && !failed && !crashedOrEnded() && ownNamesLogged()) return d('compose-project-name', { variant: 'unnamed' });
    if (config && !cfg) return crashedOrEnded() ?? (failed ? down(failed) : d('compose-service-missing', { name, variant: 'undefined' }));
    const bad = c && down(c);
    if (bad) return bad;
    // On lesson 7 a network's member is a running container (network inspect lists no stopped one).
    const member = lesson7 && facts.networks.some((n) => n.members.some((m) => (splitName(m).service ?? m) === name));
    if (!c?.state && !member) unseen.push('state');
    const ports = c?.ports ?? cfg?.ports;
    if (want.publish && ports) {
      const v = portCheck(ports, want.publish, name);
      // Another host port (-p 8085:80) after what stops a service.
      if (v?.kind === 'problem' && v.details.variant !== 'host') return v;
      if (!note || v?.kind === 'problem') note = v ?? note;
      url = appUrl(ports, want.publish) ?? url;
    } else if (want.publish && !lesson7) unseen.push('ports');
  }
  if (failed) return down(failed);
  if (idle) return idleDown();
  const stopped = crashedOrEnded();
  if (stopped) return stopped;
  if (note?.kind === 'problem') return note;
  const v = listenCheck(facts.listen.web ?? facts.listen['']) ?? (lesson7 ? networkCheck(facts, lib) : undefined);
  if (v) return v;
  // cw91: Compose's log prefixes (`up` without -d, `logs`: v1's compose/cli/log_printer.py and v2's cmd/formatter/logs.go pad the
  // container's name, then " | ") that are container_name's names of their own (no replica number: `mysql_server     |`,
  // `nginx-proxy      |`), none of them the lesson's proxy, web or db (a name of its own that ends so is not: §2.5) nor named after
  // dash-app: containers of another project that
  // ran (they logged), with no listing or file beside them and nothing failing (above) → its name, before Compose v1's version
  // (CONVENTIONS §2.5, nginx-proxy/nginx-proxy#1513). A numbered prefix (`redmine_1`, `web-1`) names a service, never a project
  // (cw82): it stays as it was.
  const prefixes = facts.logPrefixes ?? [];
  const lessonName = new RegExp(
    `^(?:${Object.keys(expected.networks.services!).join('|')})$|^${e.project}|^${e.project!.replace(/-/g, '')}`,
  );
  // cw100: also with those containers shown stopped by Compose itself after they ran, nothing failing (above): `up --exit-code-from
  // reporting-tests`'s `reporting-tests exited with code 0`, `Aborting on container exit...` and ` ✔ Container test-target-db
  // Stopped` (docker/compose#9594), Ctrl-C's `Gracefully stopping...` then v2's `Stopped` or v1's `Stopping x ... done`: each of
  // them another project's (not the lesson's by name, service or project).
  if (
    prefixes.length &&
    !facts.listed &&
    !config &&
    containers.every(notLesson) &&
    Object.values(facts.lastLines).reduce((n, l) => n + l.length, 0) >= 2 &&
    prefixes.every((x) => !/[-_]\d+$/.test(x) && !lessonName.test(x))
  )
    return d('compose-project-name', { variant: 'unnamed' });
  if (facts.composeOld) return d('compose-too-old');
  // Nothing of the project shown: no listing, file, network (inspected or listed by network ls), address, postgres ready;
  // no Compose version (fine).
  if (
    !containers.length &&
    !config &&
    !facts.networks.length &&
    !facts.networkNames?.some((n) => n.startsWith(`${e.project}_`)) &&
    !projects.includes(e.project!) &&
    !facts.listen.web?.all &&
    !facts.listen['']?.all &&
    !facts.dbReady &&
    facts.composeOld == null &&
    !facts.armHost?.warned
  )
    return;
  if (lesson7 && !networksShown(facts, lib)) unseen.push('networks');
  // No evidence, no ok: what the paste shows is fine, the rest needs another command.
  if (unseen.length) return d('shows-part', { variant: unseen.includes('state') ? 'state' : unseen[0], readAs: facts.kinds });
  // ok names the project: services of no project shown (container_name) may be another project's.
  return projects.includes(e.project!) ? (note ?? d('healthy', { url })) : d('shows-part', { variant: 'project' });
}

/** Both networks of lesson 7 listed, with their members (network inspect): what "ok" needs besides the services. */
function networksShown({ networks }: Facts, lib: Lib): boolean {
  const { project } = lib.expected.networks;
  // The project's networks only: another project's frontend is not dash-app_frontend. Not one whose members were cut off
  // (network inspect copied in part): the cut may hide that a service is not there.
  const keys = networks
    .filter((n) => (n.project ?? project) === project && !n.cut)
    .map((n) => n.key ?? n.name.slice(n.name.indexOf('_') + 1));
  return wantedNetworks(lib).every((k) => keys.includes(k));
}

/** Lesson 7's networks (frontend, backend; each once per service that is on it). */
const wantedNetworks = ({ expected }: Lib) => Object.values(expected.networks.services!).flatMap((s) => s.networks ?? []);

function networkCheck({ networks, config }: Facts, lib: Lib): Diagnosis | undefined {
  const { expected, splitName } = lib;
  const services = Object.entries(expected.networks.services!);
  for (const n of networks) {
    const key = n.key ?? n.name.slice(n.name.indexOf('_') + 1);
    const members = n.members.map((m) => splitName(m).service ?? m);
    for (const [name, { networks: nets = [] }] of services) {
      if (key === 'default' && members.includes(name)) return missingNetwork(lib, name, nets, true);
      if (nets.includes(key) && !members.includes(name) && !n.cut) return missingNetwork(lib, name, key);
    }
  }
  for (const [name, { networks: nets = [] }] of services) {
    const cfg = config?.services[name];
    const missing = cfg && nets.find((n) => !cfg.networks?.includes(n));
    if (missing) return missingNetwork(lib, name, missing, !cfg.networks);
  }
}
