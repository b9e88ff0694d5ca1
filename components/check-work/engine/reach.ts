/*
 * Answers to the questions of "It runs but I can't reach it" (reach-steps.ts), with the same
 * parsers and the same checks as checkWork, narrowed to the question; a chunk of its own
 * (step-reach.ts). Like every step's check, it is asked after the error checks (check.ts).
 */
import { generatedName } from './moby-names';
import type { Lib } from './lib';
import { byShape, portWithout } from './listen-lines';
import { listenGate, portFreeGate } from './reach-gate';
import type { ReachStepId } from './reach-steps';
import type { CommandLine, Container, Diagnosis, Facts, Listen } from './types';

/** `lib`: the entry's helpers and checks (lib.ts), as this module is in a chunk of its own. */
/** `id`: a question of the path (reach-steps.ts); one it does not know is read as the first, 'running'. */
export function reachAnswer(facts: Facts, lib: Lib, id: ReachStepId): Diagnosis | undefined {
  const {
    d,
    expected,
    appListen,
    listenCheck,
    listensRight,
    notFound,
    onlyStopped,
    ownFailed,
    crashedAfter,
    goneNamed,
    pickContainer,
    portCheck,
    showPort,
    stateCheck,
    endedByHand,
    splitName,
    listingOf,
  } = lib;
  const { container, publish } = expected.run;
  // cw160 (stop 53): at "Does the app listen?", a server's own line that its port is taken (host-clients.ts bindInUse: nginx's
  // src/core/ngx_connection.c ngx_open_listening_sockets `bind() to %V failed (%d: %s)` and its `still could not bind()`, lighttpd's
  // src/network.c `can't bind to port: %s %s` with strerror(EADDRINUSE), glibc's "Address already in use" or musl's "Address in
  // use"), and no line of where it listens: it listens nowhere because its port is taken, so the port's answer comes before the
  // crash its exit makes (CONVENTIONS §2.4 cw56: "an address in use stays the port's answer"). Not a second copy run by hand in a
  // shell of the container (logLine's execShell: the container's own server holds the port), nor beside dash-app shown (its state or
  // lines answer), nor where a start line says where it listens (gunicorn's loopback `Connection in use`, parse-logs.ts).
  const inUse = facts.bindInUse;
  const heardAny = Object.values(facts.listen).some((l) => l.all || l.loop || l.port || l.served);
  // cw168 (stop 55): not a Rust program's panic on AddrInUse (host-clients.ts): the process ended there, its crash answers (cw50).
  if (id === 'listening' && inUse && !inUse.docker && !inUse.panic && !facts.execShell && !heardAny && !pickContainer(facts))
    return d('port-already-allocated', inUse.port ? { port: inUse.port, appPort: publish!.container } : { variant: 'unknown' });
  if (facts.crash && id !== 'port-free' && !pickContainer(facts))
    return d('container-exited', { variant: 'crash', lastLines: facts.lastLines[''] });
  // cw46: a log that ends with the server's own "Exiting" (railties' server command: `puts "Exiting"` in its ensure, after `A server
  // is already running. Check …/server.pid.` and exit(1); Unicorn's and Puma's the same at a failed boot), nothing shown running: the
  // container stopped there, before the start line between says where it would listen (samvera/hyku#1261; as diagnose-compose.ts).
  // Only after a failure it names (Rails prints Exiting for every stop: Ctrl+C, or `docker stop`'s SIGTERM after WEBrick's `going to
  // shutdown ...`, h31-redmine82, is no crash).
  // cw119: or Compose's own exit line for that service with a code no stop by hand gives (h96-notes12533035887: webpacker's yarn
  // integrity banner, more lines than the last ones kept, then `Exiting` and Compose v1's `rails-postgre-sample_web_1 exited with code
  // 1`; compose v1 compose/cli/log_printer.py "%s exited with code %s", v2 pkg/compose/printer.go "exited with code %d"). Ctrl+C and
  // docker stop end Rails with 0, 130 (SIGINT) or 143 (SIGTERM), a kill with 137: those are no crash.
  const exitedOf = (key: string) =>
    facts.containers.some(
      (x) =>
        x.state === 'exited' &&
        !!x.exitCode &&
        ![130, 137, 143].includes(x.exitCode) &&
        (x.name === key ||
          x.service === key ||
          (key.length < 64 && x.name.length < 200 && new RegExp(`[_-]${key.replace(/[^\w-]/g, '\\$&')}[_-]\\d{1,3}$`).test(x.name))),
    );
  const ended = Object.entries(facts.lastLines).find(
    ([key, l]) =>
      /^\s*Exiting\b/.test(l.at(-1) ?? '') &&
      (l.some((x) => /A server is already running|\b(?:Error|Exception|FATAL)\b|\bfailed\b|[Aa]borting/.test(x)) || exitedOf(key)) &&
      !l.some((x) => /going to shutdown|Gracefully stopping|Goodbye!/i.test(x)),
  )?.[1];
  if (ended && id !== 'port-free' && !pickContainer(facts) && !facts.containers.some((x) => x.state === 'running'))
    return d('container-exited', { variant: 'crash', lastLines: ended });
  // cw195 (stop 59): at "Does the app listen?", the one service whose own log lines the paste shows under Compose's prefix, then
  // Compose's own exit line for it at a code no stop by hand gives (docker/compose pkg/compose/printer.go Run: on
  // api.ContainerEventExit `p.consumer.Status(container, fmt.Sprintf("exited with code %d", event.ExitCode))`, later releases adding
  // ` (restarting)` when the restart policy starts it again; v1 compose/cli/log_printer.py "%s exited with code %s"): its program
  // ended there, so it listens nowhere (Spring Boot's `APPLICATION FAILED TO START` banner, filebrowser's cobra `Error: open …:
  // permission denied`). As reach:running answers it by its state (diagnose-container.ts onlyStopped). Not beside a container shown
  // running or a line that says where a server listens, nor after a stop by hand (Ctrl+C's `Gracefully stopping`), nor another
  // service's exit: only the one exited container the paste shows, its lines there.
  if (id === 'listening' && !pickContainer(facts)) {
    const shown = [...new Set(facts.containers.map((x) => x.name))];
    const [only] = facts.containers;
    const lines = only && shown.length === 1 ? (facts.lastLines[only.name] ?? facts.lastLines[only.service ?? '']) : undefined;
    const heard = Object.values(facts.listen).some((l) => l.all || l.loop || l.port || l.served);
    if (
      only &&
      lines?.some((l) => l.trim()) &&
      facts.containers.every((x) => x.state === 'exited' && !!x.exitCode && ![130, 137, 143].includes(x.exitCode)) &&
      !heard &&
      !facts.commands.some((l) => /^container (?:stop|kill|rm)$|^compose (?:stop|down|kill|rm)$/.test(l.command)) &&
      !lines.some((x) => /Gracefully stopping|received (?:SIGINT|SIGTERM)|Shutting down|Stopping\b/i.test(x))
    )
      return d('container-exited', { variant: 'crash', lastLines: lines });
  }
  // dash-app by name or image; the one container `docker port` showed without naming it (its output alone).
  const c = pickContainer(facts);
  // Stop 52: dash-app listed Up, then not in a later listing: not there now, whatever else the listing shows.
  if (!c && id !== 'port-free' && goneNamed(facts, container)) return notFound();
  // cw39: `docker port <ID>` names no container (read.ts), but a host port is published by one container only (moby's
  // portallocator refuses a second: "port is already allocated"), so a nameless container whose published mappings are all
  // another shown container's is that container (stored notes 18224547980: docker ps's exciting_ganguly `0.0.0.0:8080->80/tcp`,
  // then `docker port 809019f71618` and `docker port 809019f71618 80`). Shown once, it is one; its IPv6 line (`[::]:8080`, which
  // Docker binds for the same mapping) beside a listing's IPv4 one too.
  const holds = (y: Container, z: Container) =>
    y.ports!.every((p) => z.ports?.some((q) => q.host === p.host && q.container === p.container));
  const containers = facts.containers.filter(
    (y, i, all) =>
      y.name ||
      !y.ports?.length ||
      !y.ports.every((p) => p.host > 0) ||
      !all.some((z, j) => z !== y && (z.name ? !!z.ports : j < i) && holds(y, z)),
  );
  // The one container shown without a name (docker port's, a listing without NAMES); of several, which is which is unknown.
  const [first, second] = containers.filter((x) => !x.name);
  const nameless = second ? undefined : first;
  // A container shown stopped (dash-app; or one whose name a cut `docker inspect` lost): it is not running, so neither
  // does it listen nor answer. Its state answers at every question but whether the port is free; never an ok.
  // cw92: not a docker ps row whose NAMES the copy lost (an image of its own) among rows that show theirs (open-learning-exchange/
  // planet#7188: project vi's rows, then acme.sh's `Exited (0) 2 weeks ago` cut before its name): one more of the listing's other
  // containers, as cw46's nameless row of another image at published (CONVENTIONS §2.3, cw92).
  const among = !!nameless?.image && nameless.image.split(':')[0] !== expected.run.image && containers.some((y) => y.name);
  // cw146 (stop 50): at "Does the app listen?" also the learner's own container that failed (diagnose-container.ts ownFailed: the
  // stopped row a command of the paste names, or the row of the ID its detached run printed, exited with an error of its own or
  // restarting), as at "Is it running?" (runRow below): a container that exited listens nowhere, its state answers. moby's
  // daemon/list.go lists a stopped container only with -a, as `Exited (N) … ago`; docker ps prints the first 12 digits of the ID that
  // docker/cli run.go printed (`fmt.Fprintln(stdout, containerID)`) for a detached run.
  const stopped = [c ?? (among ? undefined : nameless) ?? (id === 'listening' ? ownFailed(facts) : undefined)].find(
    (x) => x?.state && x.state !== 'running',
  );
  const down =
    stopped && id !== 'port-free' && stateCheck(stopped, stopped.name || container!, facts.lastLines[stopped.name] ?? facts.lastLines['']);
  if (down) return down;
  // Stop 52: listed Up, then its own logs after the row end in its program's failure (diagnose-container.ts crashedAfter).
  if (c && id !== 'port-free' && crashedAfter(c, facts)) return d('container-exited', { variant: 'crash', lastLines: facts.lastLines[''] });
  if (id === 'listening') {
    // The app's lines by its own name (docker run's, web's) or, in another project's logs, the one service that says where it listens.
    const heard = Object.values(facts.listen).filter((l) => l.all || l.loop || l.port);
    // cw56: a line read by its shape only (listen-lines.ts) gives way to another service's named server line.
    const named = heard.filter((l) => !byShape.has(l));
    const says = named.length ? named : heard;
    const [only, more] = says;
    // Of several services, the one at the lesson's port is the app (a tutorial's `tutorials-api-1 | INFO: Uvicorn running on
    // http://0.0.0.0:8050` beside Triton's 0.0.0.0:8000 and Gradio's localhost:8888, stored readme 43444012918); two there: unknown.
    const [at, twice] = says.filter((l) => l.port === publish!.container);
    // cw61: else the one service whose log shows requests through Docker (v1's `app_1  |`, v2's `api-1  |`, not the lesson's web).
    const [servedOnly, servedTwice] = Object.values(facts.listen).filter((l) => l.served);
    // cw109: several services, none at the lesson's port, that all say the same (each on every address at 5000: two Azure Cognitive
    // Services containers' Kestrel `Now listening on: http://0.0.0.0:5000`, h87-docs-azuredocs-itit): whichever is the app, so is its answer.
    const alike = (l: Listen) => l.port === only?.port && !!l.all === !!only?.all && !!l.loop === !!only?.loop;
    const same = more && !at && only?.port && says.every(alike) ? only : undefined;
    // cw160 (stop 53): several services each on every address at a port of its own, none at the lesson's, and no forward shown to
    // the lesson's container port (a listing's, a run line's, a compose file's): whichever is the app, it listens at another port
    // (cw109's rule where the ports differ: uvicorn's `Uvicorn running on http://0.0.0.0:8000` beside Next.js' `- Network:` at 3001
    // under one `docker compose up`; CONVENTIONS §2.4 cw129: the lesson's forward is not there). A loopback line among them is
    // another answer (loopback), so it leaves the question as it was.
    const toLesson = [
      ...facts.containers.flatMap((x) => x.ports ?? []),
      ...facts.commands.flatMap((l) => (/^container (?:run|create)$/.test(l.command) ? (l.publish ?? []) : [])),
      ...(facts.filePorts ?? []),
    ].some((p) => p.container === publish!.container);
    // cw177 (stop 57): an every-address service's own loopback URL is no loopback line: Werkzeug's log_startup (serving.py) prints
    // `Running on all addresses (0.0.0.0)`, then `Running on http://127.0.0.1:<port>` and the container's address under it, a
    // copy often cut after the loopback one. Such a service is one of those on every address, unless an empty reply at the
    // published port says nothing answers beyond its loopback (cw61's rule, below).
    const everywhere = (l: Listen) => l.all && (!l.loop || facts.reply !== 'empty');
    const apart =
      more && !at && !same && !toLesson && says.every((l) => everywhere(l) && l.port && l.port !== publish!.container) ? only : undefined;
    // cw170 (stop 56): the lesson's service name (web) picks the app only in the lesson's project. Compose's log prefix is the container's
    // name less its project (v1 `web_1  |`, v2 `web-1  |`: docker/compose formatter/logs.go; container_name as given), so a `web` of
    // another project shown by its rows (`<project>_web_1` created, none of the lesson's project's) is one more of that project's
    // services: with requests only (an access log, no line of where it listens), the one service that says where it listens
    // answers, as in any other project's logs (above).
    const ownWeb = appListen(facts);
    const otherWeb =
      !!ownWeb &&
      ownWeb === facts.listen.web &&
      !ownWeb.port &&
      !ownWeb.all &&
      !ownWeb.loop &&
      !facts.listen['']?.served &&
      !more &&
      !!only?.all &&
      !!only.port &&
      facts.containers.some((x) => x.service === 'web' && !!x.project && x.project !== expected.compose.project) &&
      !facts.containers.some((x) => x.project === expected.compose.project);
    const listen =
      (otherWeb ? undefined : ownWeb) ??
      (more ? (twice ? undefined : (at ?? same ?? apart)) : only) ??
      (servedTwice ? undefined : servedOnly);
    // ok needs port 8050 shown: all addresses at 8050, or a request through Docker's forward to 8050.
    // Requests without the port, or Flask's banner without the address line (yet): these logs show only part.
    // cw47: the lesson's port said without where (a start line retold in a sentence, whose every-address never counts, CONVENTIONS
    // §2.4; a line of the port alone): right so far, the address not shown (h45-report6586610119's “Dash is running on
    // http://0.0.0.0:8050/” in a Chinese sentence).
    const portOnly = listen?.port === publish!.container && !listen.all && !listen.loop;
    // cw163 (stop 54): every address said by the server's own line and no port (Werkzeug's log_startup, serving.py: `Running on all
    // addresses (0.0.0.0)` first, then one `Running on <URL>` per address, the lines that carry the port; those cut or hidden by the
    // learner): right so far, its port not shown.
    const allOnly = !!listen?.all && !listen.port && !listen.loop && !listen.served;
    const part = listen?.served ? 'logs' : facts.started ? 'started' : facts.requests ? 'requests' : portOnly ? 'port' : allOnly && 'all';
    // cw175 (stop 57): kubectl port-forward's forwarder refused inside the pod at the port it leads to (pod-forward.ts: containerd's and
    // dockershim's dial of localhost:PORT in the pod's network namespace): nothing there accepts at that port on any address, so the
    // server listens at another port (or not yet) → wrong-container-port, as a client in the container refused there (CONVENTIONS §2.4
    // stop 57). The app's own line of where it listens comes first.
    const podRefused = facts.podForward?.refused;
    if (podRefused && !listen) return d('ports-swapped', { variant: 'pod-forward', target: podRefused });
    // Else what a client got at the host's port (curl's error, step-reach.ts), unless the app answered through Docker: an
    // empty reply or a reset is Docker's proxy finding nothing at the container's port (the app on its 127.0.0.1); refused,
    // nothing at the host's port.
    // Refused at the container's own address (qiuhaotc/WebSSH#8: netcat at 172.17.0.2 80): the app is not at that port of its
    // eth0, on its 127.0.0.1 or at another port, which its log says.
    const inner = facts.refusedInside;
    let reply =
      !listen?.served &&
      (inner
        ? // cw80: the learner says the same port answers at the container's loopback: loopback only (told, as cw37's inside reply).
          // cw115: or a reset (an empty reply) at the published port beside it (NapNeko/NapCat-Docker#8: curl's `(56) Recv failure:
          // Connection reset by peer` at 127.0.0.1:3000 under `3000:3000`, then `(7) Failed to connect to 172.17.0.2 port 3000:
          // Connection refused`): both say nothing answers at the container's eth0; the reset's rule stands (CONVENTIONS §2.4: loopback),
          // and the refusal inside confirms it rather than turning it into "another port or loopback".
          facts.toldInsideAt === inner || facts.reply === 'empty'
          ? d('app-listens-on-loopback')
          : d('ports-swapped', { variant: 'inside', target: inner })
        : facts.reply === 'answered'
          ? // cw33: an HTTP answer at the host's port (host-clients.ts): the app answers; where it listens is not shown.
            d('shows-part', { variant: 'requests' })
          : facts.reply && d(facts.reply === 'empty' ? 'app-listens-on-loopback' : 'no-port-published'));
    // A start line whose port is no number (`Listening on http://…:null`, `listening on port undefined`), nothing else said: the
    // app was given no port (parse-logs.ts noPortLine), so not the one the published port leads to.
    const none = !listen && Object.values(facts.listen).find((l) => l.noPort)?.noPort;
    if (none) return d('ports-swapped', { variant: 'no-port', port: none, target: publish!.container });
    // cw43: requests through Docker (a client other than loopback: the bridge's gateway 172.17.0.1, Desktop's 192.168.65.1) answered,
    // its port not said, and the one forward shown (the container's mapping, or the run line's one -p: readme 48672686613's `docker
    // run -p 8080:80 …`, then nginx's access log `172.17.0.1 - - […] "GET / HTTP/1.1" 200`) leads to another container port: the app
    // answers at that port on an address beyond loopback, so it listens there, not at 8050 (CONVENTIONS §1's ok, the other way).
    const lines = facts.commands.filter((l) => /^container (?:run|create)$/.test(l.command));
    // cw56: one container shown by its name several times (docker ps, then docker ps -a, then docker port NAME) is one: its last.
    const shown = containers
      .filter((y) => y.ports?.some((p) => p.host > 0))
      .filter((y, i, all) => !y.name || all.findLastIndex((z) => z.name === y.name) === i);
    // cw61: of several services listed, the one whose log shows the requests (Compose's `web_1  |` prefix, its row
    // `<project>_web_1` or `<project>-web-1`; devopsacademyau's obrientimothya: Apache's `172.24.0.1 - - […] "GET / HTTP/1.1" 200`
    // under web_1 beside docker-compose ps' db 3306->3306 and web 8100->80).
    const service = listen?.served ? Object.entries(facts.listen).find(([, l]) => l === listen)?.[0] : undefined;
    const its = service
      ? shown.filter(
          (y) => y.name === service || new RegExp(`^[\\w.-]{1,100}[_-]${service.replace(/[.]/g, '\\.')}[_-]\\d{1,3}$`).test(y.name ?? ''),
        )
      : [];
    const forward = (
      (c ?? nameless ?? (shown.length === 1 ? shown[0] : its.length === 1 ? its[0] : undefined))?.ports ??
      (lines.length === 1 ? lines[0]!.publish : [])
    )
      .filter((p) => p.host > 0)
      // cw56: one forward, whatever addresses it is bound on (docker/cli's formatter DisplayablePorts prints one entry per host IP,
      // `0.0.0.0:8081->80/tcp, [::]:8081->80/tcp`; `docker port` one line each).
      .filter((p, i, all) => all.findIndex((q) => q.host === p.host && q.container === p.container) === i);
    // cw61: a client on the host got an HTTP answer at a published port (host-clients.ts answeredAt: docker/for-mac#5809's `curl -v
    // --head http://localhost:3000`, `HTTP/1.0 200 OK`) whose forward leads to another container port: the app answers there on an
    // address beyond loopback (Docker's proxy reaches the container's eth0), so it listens there, not at 8050 (CONVENTIONS §2.4's
    // requests through Docker, told by the client). A forward to 8050 is left as it was (no ok from a client's answer alone).
    // cw73: several run lines, the forward is the last one's (§2.0: the later try stands; aws-microservices-deploy-options#111's
    // three `-p 8080:8080` runs, the last one's page answering).
    const lastRun = forward.length || lines.length < 2 ? [] : (lines.at(-1)?.publish ?? []);
    // cw159 (stop 53): an empty reply is Docker's proxy finding nothing behind a published port (docker-proxy, or the userland proxy of
    // Desktop, accepts at the host ports a container publishes and nowhere else). One got at a host port that no forward shown publishes
    // came from something else (docker/compose#5645: the page's `POST http://192.168.99.100:5000/login net::ERR_EMPTY_RESPONSE` under
    // `-p 4200:4200`): it says nothing of where the app listens. Only when every empty reply names its port.
    const hostPorts = [...forward, ...lastRun].map((p) => p.host);
    if (
      facts.reply === 'empty' &&
      hostPorts.length &&
      facts.emptyAt?.length &&
      facts.emptyAt.every((p) => p !== null && !hostPorts.includes(p))
    ) {
      facts.reply = undefined;
      if (!inner) reply = undefined;
    }
    const via = facts.answeredAt
      ? [...forward, ...lastRun, ...(forward.length ? [] : (facts.filePorts ?? []))].find((p) => p.host === facts.answeredAt)
      : undefined;
    // cw80: also over the app's own loopback line at that same container port (nodejs.org's Docker guide, copied in
    // muneebaahmad/dockerTest: `Running on http://localhost:8080`, then `curl -i localhost:49160` under `-p 49160:8080` answering
    // `HTTP/1.1 200 OK`): an app on its 127.0.0.1 only is never reached through Docker's forward, so the line's address is only
    // words (the guide's server.js listens on HOST 0.0.0.0), and the answer says where it listens. Not with an empty reply or
    // reset (trailbase#77's rule, below), nor at 8050 (no ok from a client's answer).
    // cw115: a refusal at a host port whose forward is shown (the run line's -p, a listing's, the compose file's ports), and the
    // learner's word that the service answers inside the container (step-reach.ts toldInsideOnly, or toldInside's loopback URL at that
    // forward's container port): it listens, only not where Docker's forward reaches (the container's eth0), so on its 127.0.0.1
    // (fiorix/freegeoip#164, nasa/openmct#4567's browser refused at the host's address; CONVENTIONS §2.4 cw115, as cw37's inside reply).
    const ports = [...forward, ...lastRun, ...(facts.filePorts ?? [])];
    const toldIn = facts.toldInsideOk ? ports.length > 0 : ports.some((p) => p.container === facts.toldInsideAt);
    if (!listen && !inner && facts.reply === 'refused' && !facts.answeredAt && toldIn) return d('app-listens-on-loopback');
    // cw182 (stop 58): a refusal at a host port that the one container's shown forward publishes, its forwards all to other container
    // ports than 8050, nothing read of where the app listens: Docker holds that host port (moby's DNAT rule, the userland proxy), so
    // what refused is behind it in the container, and the lesson's forward is not there (CONVENTIONS §2.4 cw129, as cw37's reset
    // beside a wrong mapping). Every refusal must name its port, one of those (SteveLTN/https-portal#11's `Failed to connect to … port
    // 443: Connection refused` under Compose v1's `0.0.0.0:443->443/tcp, 0.0.0.0:80->80/tcp`); a refusal elsewhere keeps its answer.
    if (
      !listen &&
      !inner &&
      facts.reply === 'refused' &&
      !facts.answeredAt &&
      forward.length &&
      forward.every((p) => p.container !== publish!.container) &&
      facts.refusedAt?.length &&
      facts.refusedAt.every((p) => p !== null && forward.some((q) => q.host === p))
    )
      return d('ports-swapped', {
        variant: 'forwards',
        found: forward.map((p) => `${p.host}->${p.container}`).join(', '),
        target: publish!.container,
      });
    const heardLoop = !!listen?.loop && !listen.all && listen.port === via?.container && facts.reply !== 'empty';
    if (
      via &&
      via.container !== publish!.container &&
      ((!listen?.port && !listen?.loop) || heardLoop) &&
      (facts.reply !== 'empty' || facts.answeredLast)
    )
      return d('ports-swapped', { variant: 'app-port', appPort: via.container, target: publish!.container });
    // cw73: else the compose file's one ports entry pasted on the reach path (mealie-recipes/mealie#192: `- '$MEALIE_PORT:9000'`
    // above uvicorn's requests from 192.168.29.99), its container side where Docker forwards.
    const files = facts.filePorts?.filter((p, i, all) => all.findIndex((q) => q.container === p.container) === i) ?? [];
    const one = forward.length === 1 ? forward[0] : !forward.length && !lines.length && files.length === 1 ? files[0] : undefined;
    const elsewhere = listen?.served && !listen.port && one && one.container !== publish!.container ? one : undefined;
    // cw43: a client inside the container got the page at one port and nothing at the port the one forward leads to (inside-reply.ts):
    // the app listens at the port that answered (a Netology homework: nginx moved to 81, `docker port` 80/tcp -> 127.0.0.1:8081).
    const inPorts = facts.insidePorts;
    const to = forward.length === 1 ? forward[0]!.container : undefined;
    const moved = to && inPorts?.refused.includes(to) ? inPorts.answered.find((p) => p !== to) : undefined;
    if (moved && !listen?.port) return d('ports-swapped', { variant: 'app-port', appPort: moved, target: publish!.container });
    // cw56: a port said without an address (listen-lines.ts) beside an empty reply at the published port: the reply answers.
    if (listen && portWithout.has(listen) && !listen.loop && facts.reply === 'empty' && reply) return reply;
    if (elsewhere && !listenCheck(listen))
      return d('ports-swapped', { variant: 'app-port', appPort: elsewhere.container, target: publish!.container });
    // cw61: the app's loopback line and an every-address line of it both shown (a retold other setup, a second start), and a reset
    // or an empty reply at the published port: the reset says nothing answers beyond the container's loopback, so the loopback line
    // is this run's (trailbaseio/trailbase#77), before "another port" (CONVENTIONS §2.4).
    if (listen?.loop && listen.all && !listen.served && facts.reply === 'empty') return d('app-listens-on-loopback');
    return (
      listenCheck(listen) ??
      (listensRight(listen, (c ?? nameless)?.ports)
        ? // cw144: every address by a line the server printed (reach-gate.ts).
          (listenGate(listen, facts, lib) ?? d('app-listens-on-all'))
        : reply || (part ? d('shows-part', { variant: part }) : undefined))
    );
  }
  if (id === 'port-free') {
    const holder = facts.containers.find(
      (x) => x.name !== container && x.ports?.some((p) => p.host <= publish!.host && publish!.host <= (p.hostEnd ?? p.host)),
    );
    if (holder) return d('port-already-allocated', { variant: 'holder', name: holder.name });
    // Stop 46: or a row the listing shows publishing the port that no reader read (a Compose row whose NAME was left blank): the
    // mapping is shown, its container's name is not (CONVENTIONS §1 stop 46).
    if (facts.unreadHostPorts?.some((port) => port === publish!.host)) return d('port-already-allocated', { variant: 'answers' });
    // cw33: the host's tools at the lesson's host port (host-tools-read.ts, host-clients.ts): Docker's own process (a container publishes it),
    // Windows' excluded range, another program by name, or by its PID only; an answer there (nc, telnet, an HTTP response).
    const { name, pid, docker, variant, free } = facts.hostPort ?? {};
    if (variant) return d('port-already-allocated', { variant, name });
    if (docker) return d('port-already-allocated', { variant: 'docker', name });
    // Another program, by a socket listing of the host (step-reach.ts).
    if (facts.portHolder || name) return d('port-already-allocated', { variant: 'program', name: name ?? facts.portHolder });
    if (pid || free === false || facts.reply === 'answered') return d('port-already-allocated', { variant: 'answers', pid });
    // A server or a program that found its port taken, in its own words (step-reach.ts logLine): that port is not free.
    const taken = facts.bindInUse;
    if (taken) return d('port-already-allocated', taken.port ? { port: taken.port, appPort: publish!.container } : { variant: 'unknown' });
    // cw83: a stack's own containers failing (CONVENTIONS §2.0 at port-free): every row named alike (the same first word:
    // unageanu/jiji2#324's `docker ps -a`, jiji_jiji and jiji_mongodb Up, jiji_nginx `Exited (1)`), one still running, one exited
    // with an error. A stop's or a kill's codes (130, 137, 143) are no failure, and stopped rows under Docker's random names stay
    // past tries, not a failure of this paste (h48-revardmicroservices, h61-tsuyopondocker: ok, both experts).
    // cw101: each container by its last row (the later state stands, §2.0): one listed Exited (1), then Up in a later listing after the
    // daemon's restart (its restart policy), is running (h84-notes14070456906: exited_manually and exited_with_0, named alike).
    const named = [...new Map(facts.containers.filter((x) => x.name && x.name !== container).map((x) => [x.name, x])).values()];
    // Stop 47: the stack's first word may be a name of its own (sameersbn/docker-gitlab#590: gitlab Exited (2), gitlab-redis and
    // gitlab-postgresql Up).
    const word = (n: string) => /^([A-Za-z0-9]+)(?:[_-]|$)/.exec(n)?.[1];
    // Stop 48: or the containers the paste's own Compose started (its progress lines name each: emartapp's client, webapi, api,
    // nginx, emartdb and emongo under `docker compose up -d`), or rows created at once (one CREATED cell, cw57) under names of their
    // own: not Docker's random `adjective_surname` (moby's namesgenerator), which stay cw83's past tries.
    const alike = !!word(named[0]?.name ?? '') && named.every((x) => word(x.name) === word(named[0]!.name));
    const composed = named.every((x) => facts.progressNames?.includes(x.name));
    const generated = (n: string) => generatedName(n) && !facts.progressNames?.includes(n);
    const together = !!named[0]?.created && named.every((x) => x.created === named[0]!.created && !generated(x.name));
    // cw203 (stop 60): or Compose's own listing alone, which lists the containers of one project only (docker/compose v2
    // cmd/compose/ps.go "List containers" of the project; v1 compose/cli/main.py ps: `project.containers(service_names, stopped=True)`):
    // its rows are one stack whatever their names (dockersamples/example-voting-app#97: v1's `examplevotingappmaster_vote_1 … Exit 2`
    // beside container_name's `db` and `redis` Up).
    const oneProject = facts.kinds.includes('docker compose ps') && !facts.kinds.includes('docker ps');
    const stack = named.length > 1 && (alike || composed || together || oneProject);
    // Stop 54: or nothing of it running, every row stopped in the same minute (one STATUS time, `Exited (2) 7 minutes ago` beside
    // `Exited (0) 7 minutes ago`: h153-nextcloudaio8311's AIO containers, both experts container-crashed): the stack went down
    // together now, and the one that exited with an error is why. Rows stopped at different times stay past tries (§2.0).
    const down = named.every((x) => x.state === 'exited') && !!named[0]?.stopped && named.every((x) => x.stopped === named[0]!.stopped);
    const failed =
      stack &&
      (named.some((x) => x.state === 'running') || down) &&
      named.find((x) => x.state === 'exited' && !!x.exitCode && ![130, 137, 143].includes(x.exitCode));
    if (failed) return stateCheck(failed, failed.name, facts.lastLines[failed.name]);
    // cw85: the learner's own container that failed, named by a command of the paste (diagnose-container.ts ownFailed): its state.
    const mine = ownFailed(facts);
    if (mine) return stateCheck(mine, mine.name, facts.lastLines[mine.name]);
    // A listing with nothing at the port, or a client refused there: the port is free on the host, no container shown.
    // cw40: a listing of the latest containers only shows no more than its rows (CONVENTIONS §1): partial, as a host tool's row.
    if (facts.listed && facts.latestOnly) return d('shows-part', { variant: 'latest' });
    // cw96: a listing filtered to some containers (step-reach.ts filteredOnly) shows no more than them.
    if (facts.listed && facts.filteredOnly) return d('shows-part', { variant: 'filter' });
    // Stop 45: Compose's listing only (`docker compose ps`, v1's `docker-compose ps`) lists the containers of one project ("Lists
    // containers for a Compose project", docs.docker.com's compose ps reference): a container of another project, or one `docker run`
    // started, may still publish the port (h102-dwd-aezakmi, both experts; CONVENTIONS §1).
    if (facts.listed && facts.kinds.includes('docker compose ps') && !facts.kinds.includes('docker ps'))
      return d('shows-part', { variant: 'project' });
    // cw83: a listing the copy cut inside a row (CONVENTIONS §1): what follows it may hold the port, so no more than partial.
    // cw106's header cut at PORTS lost columns, not rows: the rows are all there, their names are not.
    if (facts.listed && facts.listingCut) return d('shows-part', { variant: facts.listingCut === 'columns' ? 'cut-right' : 'cut' });
    // Docker's own proxy or NAT rule at a host port that no container listed publishes (`ps ax | grep docker-proxy`'s -host-port 9292
    // beside headerless rows that publish nothing, h84-notes48976246584, Russian homework notes; both experts): a container the listing
    // leaves out publishes there, so the listing is not every container and one left out may hold the port (CONVENTIONS §1).
    const unlisted = facts.dockerHostPorts?.some(
      (port) => !facts.containers.some((x) => x.ports?.some((p) => p.host <= port && port <= (p.hostEnd ?? p.host))),
    );
    if (facts.listed && unlisted) return d('shows-part', { variant: 'unlisted' });
    // cw57: rows quoted from STATUS on, without the header (parse-table.ts rowTail): the poster's choice of rows, partial as -l's.
    // After Docker's proxy at a port no row publishes (above): that names what the rows leave out.
    if (facts.listed && facts.rowsOnly) return d('shows-part', { variant: 'rows' });
    // cw47: a template of the learner's own without {{.Ports}} (docker/cli formatter/container.go prints only the fields asked for).
    if (facts.listed && facts.portsUnseen && !facts.containers.some((x) => x.ports)) return d('shows-part', { variant: 'no-ports' });
    // cw144: the gate of positive evidence, the last word before the ok (reach-gate.ts).
    if (facts.listed) return portFreeGate(facts, lib) ?? d('healthy');
    if (free || facts.reply === 'refused') return d('shows-part', { variant: 'free' });
    // cw105: a host tool that looked at another port only and found nothing there (sap-tutorials/Tutorials#2971's Get-NetTCPConnection
    // -LocalPort 50070): says nothing of the lesson's port or of what Docker publishes; partial, as a listing free at the port.
    // cw110: a port scan of the host's loopback without the lesson's port (nmap's default top ports): it does not show 8050, nor what
    // Docker publishes (host-tools-read.ts nmapScan; CONVENTIONS §2.4 cw110).
    if (facts.hostPort?.scan) return d('shows-part', { variant: 'scan' });
    // cw175 (stop 57): kubectl port-forward's `Forwarding from 127.0.0.1:PORT -> …` (client-go portforward.go getListener, printed once
    // its listener is open) or `Handling connection for PORT`: kubectl holds that host port. The lesson's port: kubectl is the program
    // there; another: a host tool's lines with nothing at the lesson's port, partial (CONVENTIONS §1, stop 57).
    const kubectlAt = facts.podForward?.local;
    if (kubectlAt === publish!.host) return d('port-already-allocated', { variant: 'program', name: 'kubectl' });
    if (kubectlAt) return d('shows-part', { variant: 'pod-forward', port: String(kubectlAt) });
    const elsewhere = facts.hostPort?.elsewhere;
    if (elsewhere) return d('shows-part', { variant: 'elsewhere', port: String(elsewhere) });
    // cw111: the learner's own word that a port is in use (step-reach.ts toldInUse), nothing else of ports shown: told, not shown
    // (CONVENTIONS §2.4 cw68), so partial, and the answer asks for the listing that shows what holds the lesson's port.
    // cw147: unless Docker's own refusal to publish is shown, its cause cut (step-reach.ts connectivityCut): the daemon failed at a host
    // port and the learner says what holds one, so the port taken is the answer the two make (CONVENTIONS §2.4, cw147).
    if ((facts.toldInUse || facts.toldConflict) && facts.connectivityCut) return d('port-already-allocated', { variant: 'unknown' });
    if (facts.toldInUse) return d('shows-part', { variant: 'told', port: String(facts.toldInUse) });
    // cw201 (stop 60): a port conflict stated without its number (step-reach.ts toldConflict): told all the same, no port to name.
    return facts.toldConflict ? d('shows-part', { variant: 'told' }) : undefined;
  }
  const published = id === 'published';
  // Asked where the port leads, no dash-app: the one other container that publishes, an app on one port, answers.
  // One container shown by several commands is one (intel/cc-oci-runtime#48: `docker ps -a`'s row of test, then `docker port
  // test`): only a publisher under another name (or none) is another.
  // cw74: not one the paste's own `docker stop` stopped, whose later row shows it so (class notes 61180060133: sleepy_roentgen Up with
  // 80->80, `docker stop` of its ID, then `Exited (0)` beside two more stopped): it publishes nothing now (§2.0, the later state).
  // cw98: nor one the learner's own `docker rm` removed, whatever it published before (endedByHand). One that published nothing while
  // it ran keeps that answer, no-port-published (h78-ssafykwonch4's mysql000ex7: `3306/tcp` only, then stop and rm; both experts).
  // cw139: or one stopped so that no row of it is read after the stop (an empty `docker ps` after `docker stop 2c0a3943aefa` or `docker
  // kill vigilant_merkle`): endedByHand already lets a row Up after the stop undo it, so the stop stands (CONVENTIONS §2.2 cw98: "the
  // state at the paste's end stands"; a mapping it had is no publisher now).
  const handStopped = (x: Container) => {
    const ended = endedByHand(x, facts);
    const state = facts.containers.findLast((y) => y.name === x.name)?.state;
    return ended === 'removed' || (ended === 'stopped' && (state === 'exited' || state === 'dead' || state === 'running'));
  };
  // cw85: nor a row that does not run (Created, Exited, Dead) beside one that does: a container holds its host port only while it
  // runs (moby releases it at the stop, and a Created one never started; docker ps still prints a Created row's bindings, as
  // qq20004604/docker-learning's `docker ps -a` shows elastic_brown `Created` with `0.0.0.0:3000->3000/tcp` below musing_sinoussi Up
  // with the same mapping, which Docker would have refused twice). The one running publisher answers (CONVENTIONS §2.3, cw85).
  const publishers = containers.filter((x) => x.ports?.some((p) => p.host > 0) && !handStopped(x));
  const idle = (x: Container) => /^(?:created|exited|dead)$/.test(x.state ?? '');
  const [o, ...rest] = publishers.some((x) => x.state === 'running') ? publishers.filter((x) => !idle(x)) : publishers;
  const more = rest.find((y) => !o?.name || y.name !== o.name);
  // Another container showing that same container port unpublished (`5000/tcp` beside `0.0.0.0:5000->5000/tcp`: a dev
  // container of the same app): which of the two runs the app the listing does not say, so the publisher is not "the one".
  // (A row read twice, as a table collapsed onto its command's line may be, is one container: its name again is no twin.)
  const same = (y: Container, z?: Container) => y === z || (!!y.name && y.name === z?.name);
  const twin = containers.some((y) => !same(y, o) && y.ports?.some((p) => !p.host && o?.ports!.some((q) => q.container === p.container)));
  // No publisher and one container listed, its ports exposed only (`80/tcp`, docker/for-win#204): it is the one asked about, and
  // it publishes nothing.
  // cw139: the one container by its last row (cw56: one container shown by several commands is one; Compose v1's `Creating posgtres_12.10
  // ... done` and then docker ps' row of it with `5432/tcp`), and an empty PORTS cell of a running row publishes nothing as much as an
  // exposed port does: the one container the learner runs, whatever its name, is the one asked about (CONVENTIONS §2.3 cw139).
  const [shown] = containers;
  const lone = shown?.name ? (containers.findLast((y) => y.name === shown.name) ?? shown) : shown;
  const other = containers.find((y) => !same(y, lone));
  // An empty cell only for a container the paste's own run line started (by its --name, its image, or the ID it printed): a lone row no
  // command of the paste made may be a CI's or a tool's own (ir-shippable2570's Shippable runner, labelled container-not-found).
  // Stop 49: or its own Compose started or lists (its progress lines name it, or its `docker compose ps`/`docker-compose ps` lists it,
  // which lists one project's containers only: docs.docker.com's compose ps reference): the learner's project, not a tool's
  // (h117-weavescope2842: `docker ps` and `docker-compose ps` both show tmp_scope_1 Up, nothing published; both experts
  // no-port-published).
  const ranThis = (y: Container) =>
    !!facts.progressNames?.includes(y.name) ||
    !!facts.composeListed?.includes(y.name) ||
    facts.commands.some(
      (l) =>
        /^container (?:run|create)$/.test(l.command) &&
        (l.name ? l.name === y.name : !!l.image && !!y.image && y.image.split(':')[0] === l.image.split(':')[0]),
    ) ||
    (!!facts.ranId && !!y.id && facts.ranId.startsWith(y.id));
  const unpublishedRow = (y: Container) =>
    !!y.ports && y.ports.every((p) => !p.host) && (y.ports.length > 0 || (y.state === 'running' && ranThis(y)));
  const exposed = !o && !other && lone && unpublishedRow(lone) ? lone : undefined;
  // cw111: so is the one container running, listed first, beside rows that do not (`Exited`, `Created`, `Dead`), none publishing: a stopped row
  // holds no port and forwards nothing (cw85's idle rows), so the running one is the container asked about, and it publishes nothing
  // (marttivesalainen/devops-with-docker's Part 1.1 `docker ps -a`: nginx's wonderful_wescoff Up with `80/tcp` above two nginx
  // `Exited (0)`; moby daemon/list.go lists every container with -a, the running and the stopped). Rows the paste's own `docker stop`
  // stopped after showing them Up keep the answer they had (cw98's handStopped: three nginx running, then two stopped, stay several);
  // a stopped row that answers by its state (diagnose-container.ts onlyStopped: listed first, named by a command) comes first.
  const live = containers.filter((y) => !idle(y) || handStopped(y));
  const [alive] = live;
  // Only the newest, listed first (moby daemon/list.go sorts by creation, newest first): the one just started. Listed below stopped
  // rows it is the oldest of several (holdout65's h65-luisnvrrdwd11: two nginx `Exited (0)` above sleepy_einstein Up with `80/tcp`,
  // both experts container-not-found by §2.3's "several").
  const exposedAlone =
    !o &&
    alive === containers[0] &&
    alive?.state === 'running' &&
    live.every((y) => same(y, alive)) &&
    containers.every((y) => same(y, alive) || !y.ports?.some((p) => p.host)) &&
    unpublishedRow(alive)
      ? alive
      : undefined;
  // The container of a pasted `docker run` without --name (Docker named it at random), by its image: its state answers, never ok.
  // cw43: the last such line and the last container of its image listed, the later state (CONVENTIONS §2.0; Portuguese notes 47402928485:
  // a `-P` run's gracious_chatelet listed first, then `docker run -p 5065:80 -d dockersamples/static-site` and hopeful_elion), as
  // it was first listed (one container listed twice, Up then stopped by hand, h7-vic5610, keeps its first row's answer).
  // cw44: not among several stopped, where the listing's rule answers (diagnose-container.ts onlyStopped; CONVENTIONS §2.3).
  const stoppedRows = facts.containers.filter((y) => y.state && y.state !== 'running');
  // cw78: the last run line itself, when it has no --name: a named line after it (anaguerra/dockercourse's Spanish notes: `-p 8888:80
  // nginx`, `-p 9999:80 httpd`, then `--name postgres -p 5432:5432`, three rows Up) is the later run, and the listing's rule answers.
  const lastRun = facts.commands.findLast((l) => /^container (?:run|create)$/.test(l.command));
  const run = lastRun && !lastRun.name && stoppedRows.length < 2 ? lastRun : undefined;
  // cw149 (stop 50): not a row that publishes what another run line of that image asked for, and none of what this one asked (`-p
  // 8081:80 httpd`, then `-p 80:80 httpd` last, the listing's httpd on 8081->80): docker/cli's run publishes exactly its -p mappings
  // (opts/port.go ParsePortSpecs into HostConfig.PortBindings), so that row is the earlier run's container, and the listing's own rule
  // answers. A row whose ports no run line asked for stays the run's (colima's forward on 49153 for `-p 8080:8080`, h50-colima119).
  const asked = (run?.publish ?? []).filter((q) => q.host > 0);
  const hostOf = (z: Container) => (z.ports ?? []).filter((p) => p.host > 0).map((p) => p.host);
  const agrees = (z: Container) =>
    !asked.length ||
    asked.some((q) => hostOf(z).includes(q.host)) ||
    !facts.commands.some(
      (l) =>
        l !== run &&
        /^container (?:run|create)$/.test(l.command) &&
        l.image === run?.image &&
        l.publish.some((q) => q.host > 0 && hostOf(z).includes(q.host)),
    );
  const ofRun = (z: Container) =>
    !!z.name && !!z.image && z.image === run?.image && !z.image.startsWith('hello-world') && !endedByHand(z, facts) && agrees(z);
  const lastOfRun = facts.containers.findLast(ofRun);
  // cw111: only when the listing that shows it holds no other container of that image (a notes' `docker run -it -p 2000:2000 app`, then
  // `docker container ls` with three rows of app beside mongo, redis and mysql): the image names no one row there, and the last of
  // them is the oldest (docker ps lists the newest first), so the listing's own rule answers (several publishers, CONVENTIONS §2.3).
  // One row of its image in each later listing stays the run's (cw43's gracious_chatelet, then hopeful_elion), and so does the row of
  // the ID a detached run printed (cw69's ranId: mojotv's notes, `docker run -d -p 5000:5000 training/webapp` and its ID above two
  // training/webapp rows, reverent_swirles that ID's).
  const ofImage = lastOfRun ? listingOf(lastOfRun, facts.containers).filter(ofRun) : [];
  const runRow =
    new Set(ofImage.map((z) => z.name)).size < 2 ? lastOfRun : ofImage.find((z) => !!facts.ranId && !!z.id && facts.ranId.startsWith(z.id));
  // The one container listed, publishing to one container port whatever else its image exposes (nginx/docker-nginx#54:
  // `443/tcp, 0.0.0.0:8080->80/tcp`, its only row): the one asked about.
  // cw106: beside other containers that publish nothing as well (docker/compose#8012: odoo14's `0.0.0.0:8069->8069/tcp, 8071-8072/tcp`
  // above db's `5432/tcp`): the ports its image only exposes lead nowhere, so it still publishes one app port (CONVENTIONS §2.3's first
  // rule, h18-dockernginx54's row). A twin's (the same container port unpublished in another row) is read apart (twin below).
  // cw153 (stop 51): its tcp mappings only, when it has one: a udp mapping forwards no browser's request (CONVENTIONS §1, "a udp mapping
  // does not count"; docker/cli's PORTS cell ends each in its proto, formatter/container.go DisplayablePorts), so a DNS server's
  // `53/tcp, 0.0.0.0:53->53/udp, 0.0.0.0:10000->10000/tcp` publishes one app port, as cw84's run line with `-p 53:53/udp` does.
  const one = (y: Container) => {
    const mapped = y.ports!.filter((p) => p.host > 0);
    const tcp = mapped.filter((p) => p.proto !== 'udp' && p.proto !== 'sctp');
    const counted = tcp.length ? tcp : mapped;
    return counted.every((p) => p.container === counted[0]!.container);
  };
  // The one publisher whose own `docker run --name X -P` (or -p) the paste shows: the learner started it here, under another
  // name, so where its mappings lead answers (moby/moby#23087's indented block: `docker run -d -P --name static-site`, then
  // `docker port static-site` → 80 and 443). `docker port test` alone (a man page's example) stays another container.
  // cw62: with fixed host ports (`-p 80:8888 -p 8011:80`, `-p 12375:2375 -p 12376:2376`) and a listing, the listing's rule answers:
  // one other container with several mappings is another container (CONVENTIONS §2.3; hectorcanto/docker_exercises' my-nginx2,
  // docker-library/docker#170's dind, both experts). Docker's random ports (-P, `-p 3000`) keep §4's -P split.
  // cw203 (stop 60): or a line without --name whose image is the row's, the only row of that image (boot2docker/windows-installer#56:
  // `docker run -Pd nginx`, then docker ps' `nginx:latest … 0.0.0.0:49157->443/tcp, 0.0.0.0:49158->80/tcp   focused_fermi`): docker/cli
  // names such a container with moby's namesgenerator, and the listing shows the image as the reference it was run by, `:latest`
  // added by docker 1.x (distribution/reference's default tag).
  const tagged = (i?: string) => (i && !/:[\w.-]{1,128}$/.test(i.replace(/^.*\//, '')) ? `${i}:latest` : i);
  const byImage = (l: CommandLine, y: Container) =>
    !l.name &&
    !!l.image &&
    generatedName(y.name) &&
    tagged(l.image) === tagged(y.image) &&
    facts.containers.filter((z) => tagged(z.image) === tagged(y.image)).length === 1;
  const ranHere = (y: Container) =>
    facts.commands.some(
      (l) =>
        /^container (?:run|create)$/.test(l.command) &&
        (l.name === y.name || byImage(l, y)) &&
        (l.publishAll || (l.publish.length > 0 && (!facts.listed || l.publish.length < 2 || l.publish.some((p) => !p.host)))),
    );
  // cw57: of several run lines the last is the learner's current one (CONVENTIONS §2.0, §2.3's "the later run stands"): its container
  // by its --name, shown with its mappings (Vietnamese notes: `--name db4 -P` and `docker port db4`, then `--name db5 -p 3306:3306`
  // and `docker port db5`), answers where they lead, not the earlier try's beside it.
  const runLines = facts.commands.filter((l) => /^container (?:run|create)$/.test(l.command));
  // Not beside a listing, whose rules answer (several publishers listed: h23-formac7796's n1 and n2).
  const lastName = runLines.length > 1 && !facts.listed ? runLines.at(-1)!.name : undefined;
  const current = lastName ? facts.containers.findLast((y) => y.name === lastName && y.ports?.some((p) => p.host > 0)) : undefined;
  // cw101: the last run line after the last listing, publishing nothing (no -p, -P, nor host network) and starting a server (no
  // command of its own, or detached under a name), its container in no listing: that run is the learner's latest, the listing older
  // (CONVENTIONS §2.0, §2.3 cw101: h84-notes15049438005's `docker run couchbase:latest` after docker ps' testcontainer 5000->5000).
  // Not a foreground line the paste ends on (cw92: nothing shows it ran).
  // cw169 (stop 56): lesson 3's `docker run hello-world` is no run of a server (docker-library/hello-world hello.c: one write of its
  // greeting, then exit; it listens on nothing), as its row is none of the learner's (CONVENTIONS §2.3 cw47, cw98): its line without
  // -p publishes nothing because nothing is to be published, and says nothing of dash-app. The image by any reference to it.
  const greeter = (l: CommandLine) => /^(?:(?:docker\.io\/)?library\/)?hello-world(?::[\w.-]{1,128})?$/.test(l.image ?? '');
  const newest = runLines.at(-1);
  const laterBare =
    published &&
    !c &&
    facts.ranAfterListing &&
    newest &&
    !greeter(newest) &&
    !newest.publish.length &&
    !newest.publishAll &&
    !newest.hostNetwork &&
    !newest.afterImage &&
    (!newest.hasCommand || (newest.detach && !!newest.name)) &&
    !(newest.endsPaste && !newest.detach) &&
    !facts.containers.some((y) => (!!newest.name && y.name === newest.name) || (!!y.image && y.image === newest.image))
      ? newest
      : undefined;
  if (laterBare) return d('no-port-published', { name: laterBare.name ?? laterBare.image ?? '' });
  // cw190 (stop 58): at "Is 8050 published?", the restart loop that "Is it running?" answers by (diagnose-container.ts onlyStopped: the
  // one row Restarting, or one project's) before the other publishers: moby releases a container's ports at each exit
  // (daemon/container_operations.go releaseNetwork, `NetworkSettings.Ports = nil`), so the looping row's empty PORTS cell says nothing
  // of what it publishes, and its failing is what the paste shows (CONVENTIONS §2.0). Not an Exited row (cw139's several stay several).
  const stoppedOne = published ? onlyStopped(facts) : undefined;
  const looping = stoppedOne?.state === 'restarting' && !stoppedOne.ports?.some((p) => p.host > 0) ? stoppedOne : undefined;
  const x =
    c ??
    (published ? current : undefined) ??
    facts.containers.find(
      // cw98: not hello-world's, which exits by design (CONVENTIONS §2.3 cw47): its own `docker run hello-world` names no container.
      (y) => y.name && y.name === runRow?.name,
    ) ??
    (published
      ? ((among ? undefined : nameless) ??
        exposed ??
        looping ??
        (!more && !twin && o && (one(o) || ranHere(o)) ? o : undefined) ??
        (o ? undefined : (onlyStopped(facts) ?? exposedAlone)))
      : (facts.heldBy && facts.containers.findLast((y) => y.name === facts.heldBy)) || onlyStopped(facts));
  // Listed, or shown by docker port or logs under another name: not dash-app.
  // No container shown: a pasted `docker run` whose -p leads elsewhere (a problem only: the line alone does not show it
  // ran), or a client refused at the host's port (curl's error, step-reach.ts), which shows nothing published there.
  // A pasted `docker run` alone: one without -p (nor -P) publishes nothing; one named otherwise is not dash-app.
  if (!x) {
    const runs = facts.commands.filter((l) => /^container (?:run|create)$/.test(l.command));
    const line = published && runs.find((l) => l.publish.length);
    // cw81: no run line, the compose file's ports entries pasted (step-reach.ts filePorts; akeneo/Dockerfiles#328: httpd's `-
    // '9000:9000'`, then ERR_EMPTY_RESPONSE at localhost:9000) ask Docker for those forwards, as a run line's -p does: answered by
    // where they lead, before what a client got there (CONVENTIONS §2.3, cw81). Not with a host side from the environment (unknown).
    const filed = !runs.length && facts.filePorts?.every((p) => p.host > 0) ? facts.filePorts : undefined;
    const asked = line ? line.publish : published && filed?.map((p) => ({ ip: '', ...p, proto: 'tcp' }));
    const v = asked ? portCheck(asked, publish!, line ? (line.name ?? line.image ?? '') : '') : undefined;
    // The same image run first without -p, then with another -p (tomcat#122: "it works" at -p 8888:8080): the first run is
    // the one that failed, and it published nothing; the later line is what the learner tried next. Then the first may run a
    // command of its own too (gatsby-docker#13: `docker run -d --rm img .`, then "does" with -p 80:80): it is the same server.
    const later = (l: CommandLine) => !!line && l.image === line.image && runs.indexOf(l) < runs.indexOf(line);
    // cw62: so does a line whose -p or --name went after the image (command-line.ts lateOptions; ollama/ollama#1671: `-v ollama serve
    // -p 11434:11434 --name ollama ollama/ollama`, `serve` the image): docker/cli read no option after it, nothing is published.
    // cw92: or a detached line with a command of its own (jupyterhub/jupyterhub#751: `docker run -d --name jupyterhub jupyterhub/
    // jupyterhub jupyterhub --no-ssl`): a server started in the background (a client runs in the foreground), and nothing published
    // (CONVENTIONS §2.2 cw57's detached line, at published as at run).
    const unpublished = (l: CommandLine) =>
      !greeter(l) && !l.publish.length && !l.publishAll && (!l.hasCommand || (l.detach && !!l.name) || later(l) || !!l.afterImage);
    // cw81: a line without -p after the one that publishes, another container (mesudip/nginx-proxy#26: the proxy's `-p 80:80`, then
    // `--expose 80 -d httpd`; nginx-proxy/nginx-proxy#201: `--name proxy -p 8080:80`, then `--name test … nginx`): the later run
    // stands (CONVENTIONS §2.0, §2.2 cw57), as at run, and it publishes nothing. Not a command of its own (`docker run --rm alpine
    // ping proxy`: a client, no server).
    const last = runs.at(-1);
    // The same image again without -p and no name of its own is that try retold or undone (check.test.ts, tomcat#122 reversed).
    // cw120: not a detached one (`docker run -d jetty` after `-d -p 8080:8080 -p 8443:8443 jetty`, appropriate/docker-jetty#47): docker/cli
    // run.go starts a new container in the background for it, a later try, not the earlier retold; the later run stands (§2.0), as
    // the run step answers it.
    // cw192 (stop 59): nor one that asks `--expose` the first did not (status-im/nim-graphql#93: `-p 8547:8547`, then "I have also
    // tried" `--expose 8547`): an option of its own about the port makes it a try of its own, which publishes nothing (the later
    // run stands, §2.0, as lesson 5's run step answers by it).
    const other = (l: CommandLine) =>
      !!line && (l.image !== line.image || (!!l.name && l.name !== line.name) || l.detach || (!!l.expose && !line.expose));
    // cw92: not a foreground line the paste ends on, nothing after it (dani-garcia/vaultwarden#2775: `-d --name vaultwarden -p 8080:80`
    // and its ID, then `docker run valtwar`, where the copy stops): nothing shows it ran, the earlier run stands (CONVENTIONS §2.2, cw92).
    const unshown = (l: CommandLine) => !!l.endsPaste && !l.detach;
    const after = published && line && last && last !== line && unpublished(last) && other(last) && !unshown(last) ? last : undefined;
    const bare = after ?? (published && runs.find(unpublished));
    const before = bare && (bare === after || later(bare));
    // cw78: a run line alone that names another container and gives it several fixed host ports (jenkinsci/docker#656: `--name
    // testJenkins -p 9090:9090 -p 50000:50000 jenkins`) is one other container with several mappings, as its listing would be
    // (CONVENTIONS §2.3, cw62): not dash-app, and starting dash-app is the next step. Docker's random ports keep §4's -P split.
    // cw84: several tcp ones: a udp mapping forwards no browser's request (portCheck), so pi-hole's `-p 53:53/tcp -p 53:53/udp
    // -p 8017:80/udp -p 444:443/udp` is one tcp mapping, another port (pi-hole/docker-pi-hole#528: wrong-container-port, both experts).
    const tcp = line ? line.publish.filter((p) => !p.proto || p.proto === 'tcp') : [];
    const elsewhere = line && line.name && line.name !== container && tcp.length > 1 && line.publish.every((p) => p.host > 0);
    // Listed containers that publish nothing at all, and a client refused at the host (oracle/docker-images#46: `5000/tcp` and
    // `5556/tcp, 7001/tcp`, curl refused at :5000): whichever was asked about, nothing forwards from the host. cw44: an empty
    // PORTS cell is such a row too (eclipse-kura/kura#4092: one tritonserver row, nothing in PORTS, curl refused at :4000);
    // a listing that shows no ports at all (a --format of names only) leaves `ports` unset and says nothing.
    const none =
      published &&
      facts.reply === 'refused' &&
      facts.containers.length > 0 &&
      facts.containers.every((y) => y.ports && y.ports.every((p) => !p.host));
    // cw34: the learner's own `docker run -P` (no -p): Docker published the image's exposed ports on host ports it picked
    // (docker/cli cli/command/container/opts.go: `-P, --publish-all  Publish all exposed ports to random ports`), so a port
    // is published, only not 8050 -> 8050; a client refused at one of them (Toolbox's VM, nginx/docker-nginx#50) does not
    // make it "nothing published". CONVENTIONS.md §2.3/§4 (cw34): wrong-container-port, as when its mappings are shown.
    const random = published && !line && runs.find((l) => l.publishAll && !l.hasCommand);
    // cw69: the last run line with `--network host` (`--net=host`): Docker discards its -p and -P ("WARNING: Published ports are
    // discarded when using host network mode", docker/docs' host network driver; open-webui/open-webui#13784's `-p 3000:8080 --network
    // host`): nothing is published, whatever -p says, as at run (diagnose-run.ts).
    // cw69: docker port's host side alone (step-reach.ts bareSides): the asked port is published there, not on 8050 (CONVENTIONS
    // §2.3, `docker port NAME PORT`). At 8050 which container and which of its ports are not shown: left unread, never an ok
    // (reach.test.ts, holdout5's `0.0.0.0:8050` alone).
    const sides = published && !runs.length ? facts.hostSides : undefined;
    const hostNet = published && runs.at(-1)?.hostNetwork ? runs.at(-1) : undefined;
    // cw120: the one container Compose's progress named (`Creating datamove_web_1 ... done`, no listing), beside the compose file's
    // ports entries of its service (`web:` with `- "127.0.0.1:2001:5000"`): the forwards that up gave it (compose-spec's ports, per
    // service), answered by where they lead as its listing row would be (CONVENTIONS §2.3 cw81's file entries); a problem only.
    const made = published && !facts.listed && !runs.length ? facts.containers.filter((y) => y.name) : [];
    const service = made.length === 1 ? (made[0]!.service ?? splitName(made[0]!.name).service) : undefined;
    const ofFile = service ? facts.filePorts?.filter((p) => p.service === service && p.host > 0) : undefined;
    const fromFile = ofFile?.length
      ? portCheck(
          ofFile.map((p) => ({ ip: '', host: p.host, container: p.container, proto: 'tcp' })),
          publish!,
          made[0]!.name,
        )
      : undefined;
    // cw120: the compose file's ports entries all of one service other than the lesson's web, several fixed host ports
    // (docker/for-win#12853's `webserver:` with `container_name: webserver`, `- 80:80` and `- 443:443`): one other container with
    // several mappings, as cw78's run line (`--name testJenkins -p 9090:9090 -p 50000:50000`) and its listing would be (CONVENTIONS
    // §2.3, cw62): not dash-app. One entry keeps cw81's answer by where it leads (akeneo/Dockerfiles#328's httpd `- '9000:9000'`).
    const fileOther =
      !!filed &&
      filed.length > 1 &&
      !!filed[0]!.service &&
      filed[0]!.service !== 'web' &&
      filed.every((p) => p.service === filed[0]!.service);
    // Stop 47: no run line and no listing, a compose file's service on the host's network (step-reach.ts fileHostNetwork): Compose
    // publishes none of its ports, whatever `ports:` says (CONVENTIONS §2.3 stop 47).
    const fileHost = published && !runs.length && !facts.listed && facts.fileHostNetwork;
    // cw165 (stop 55): a run line whose -p asks for the lesson's forward (its mapping checked above: no problem), and nothing else shown:
    // docker/cli's run publishes what -p asks (opts/port.go ParsePortSpecs into HostConfig.PortBindings) once the container starts, and
    // nothing here shows it started (no ID, no listing, no log): partial, as the run step answers the same line (diagnose-run.ts
    // `shows-part.command`), a line in a sentence or a code span too (command-line.ts toldRuns). Never an ok (no evidence, no ok).
    const askedRight = line && !v ? d('shows-part', { variant: 'command' }) : undefined;
    return none
      ? d('no-port-published')
      : fileHost
        ? d('no-port-published', { variant: 'host-network-file' })
        : fromFile?.kind === 'problem'
          ? fromFile
          : fileOther
            ? notFound()
            : facts.listed || facts.containers.some((y) => y.name)
              ? notFound()
              : sides && !sides.includes(publish!.host)
                ? d('ports-swapped', { variant: 'elsewhere', found: sides.join(', ') })
                : hostNet
                  ? d('no-port-published', { variant: 'host-network', name: hostNet.name ?? container! })
                  : random
                    ? d('ports-swapped', { variant: 'random', name: random.name ?? random.image ?? '' })
                    : v?.kind === 'problem' && !before && !elsewhere
                      ? v
                      : bare
                        ? d('no-port-published', { name: bare.name })
                        : published && (facts.reply === 'refused' || facts.proxyPorts?.every((p) => p !== publish!.host))
                          ? d('no-port-published')
                          : runs.some((l) => l.name && l.name !== container)
                            ? notFound()
                            : published
                              ? (hostShows(facts, lib) ?? askedRight)
                              : // cw38: an inspect cut before its Name, of a running container (jordyv/wait-for-healthy-container#3,
                                // `"State": {"Status": "running", …, "Health": {"Status": "healthy"` then "..."): a container runs, which one
                                // the part shown does not say; dash-app's own name shows it (CONVENTIONS §2.3, cw38).
                                id === 'running' && facts.cutRunning
                                ? d('shows-part', { variant: 'name' })
                                : undefined;
  }
  const { name, ports } = x;
  // 'running', and a question it does not know, which is read as the first; then the ports.
  const v = stateCheck(x, name, facts.lastLines[name]) ?? (published && ports ? portCheck(ports, publish!, name) : undefined);
  if (v?.kind === 'problem') return v;
  // cw33: a client that got an empty reply or a reset at the published port beside a container that runs (CONVENTIONS §2.0,
  // §2.4): Docker's proxy took the connection, and nothing answered at the container's port.
  // cw190 (stop 58): not when the same client at the same host port got the page after it (host-clients.ts answeredLast): the empty
  // reply is past (§2.0 cw118), and the listing answers.
  if (facts.reply === 'empty' && !facts.answeredLast) return d('app-listens-on-loopback');
  // ok needs dash-app's name: its image under another name is another container. (docker port's output, the
  // step's own command, names none: it answers "is 8050 published?" as asked.)
  if (name && name !== container) return notFound();
  // cw46: dash-app's image in a row whose name the copy lost (a row cut after STATUS, a NAMES cell empty): a container of the
  // lesson's image runs, which one is not shown, as a cut inspect's (CONVENTIONS §2.3): never an ok without the name.
  if (!published && !name) return d('shows-part', { variant: 'name' });
  // cw71: a listing that shows the container but no state (`docker ps -a --format "{{.Names}}"`: -a lists stopped ones too), and no
  // mapping that only a running container has: whether it runs is not shown.
  if (!published && !x.state && !x.ports?.some((p) => p.host > 0)) return d('shows-part', { variant: 'state', name });
  if (!published) return d('healthy', { name });
  // cw46: a nameless row of another image (a docker ps row cut after STATUS) is another container; dash-app's own image there has
  // its ports cut off with it: what it publishes is not shown (never "nothing published").
  if (!name && x.image && x !== c) return notFound();
  if (!ports && !name && x.state === 'running') return d('shows-part', { variant: 'ports' });
  if (ports)
    return (
      v ??
      d('healthy', {
        found: ports
          .filter((p) => p.host > 0)
          .map(showPort)
          .join(', '),
      })
    );
}

/**
 * cw33, at "Is port 8050 published?" with no container shown: what the host's tools showed at the host port
 * (host-tools-read.ts, host-clients.ts; step-reach.ts' curl rules). An empty reply or a reset there: Docker's proxy took the connection and
 * nothing answered behind it (the app on the container's 127.0.0.1, CONVENTIONS §2.4). Docker's own process holding the port,
 * or an HTTP answer there: something publishes 8050, which container the paste does not say.
 */
function hostShows(facts: Facts, { d }: Lib): Diagnosis | undefined {
  if (facts.reply === 'empty') return d('app-listens-on-loopback');
  if (facts.hostPort?.docker || facts.reply === 'answered') return d('shows-part', { variant: 'state' });
}
