/*
 * Lesson 5's check, its chunk's (step-run.ts): the shared checks of diagnose-container.ts on
 * dash-app, or on what the paste shows of the app when it lists no container.
 */
import type { Lib } from './lib';
import { generatedName } from './moby-names';
import type { Container, Diagnosis, Facts, Listen } from './types';

/** `lib`: the entry's helpers and checks (lib.ts), as this module is in a chunk of its own. */
export function diagnoseRun(facts: Facts, lib: Lib): Diagnosis | undefined {
  const {
    d,
    expected: { run },
    appUrl,
    appListen,
    listenCheck,
    listensRight,
    notFound,
    onlyStopped,
    crashedAfter,
    goneNamed,
    pickContainer,
    portCheck,
    stateCheck,
  } = lib;
  // dash-app by name or image, or the one container `docker port <ID>` showed.
  // cw46: not a nameless row of another image (a docker ps row cut after STATUS: `itzg/minecraft-server … Up 5 minutes`), which
  // is another container, as a listed other name is (CONVENTIONS §2.3).
  // Nor `docker port <ID>` of a container the listing shows under its name: a host port is published by one container only
  // (moby's portallocator, "port is already allocated"), so nameless ports that a named row holds are that row's, whose name
  // answers (CONVENTIONS §2.2, as reach.ts' cw39 rule). cw46 found it in h43-notes9068864893 (`docker run -d -P`, docker ps -a's
  // upbeat_ritchie 49153->80, then `docker port 55b12052b84b`), cw47 in stored file 22442241209 (hungry_mayer, `docker port e79b18831557`).
  const listedAs = (x: Container) =>
    !!x.ports?.length &&
    facts.containers.some((z) => z.name && x.ports!.every((p) => z.ports?.some((q) => q.host === p.host && q.container === p.container)));
  // Stop 52: dash-app listed Up, then not in a later listing: not there now, whatever else the listing shows.
  if (goneNamed(facts, run.container) && !pickContainer(facts)) return notFound();
  const c = pickContainer(facts) ?? facts.containers.find((x) => !x.name && !x.image && !listedAs(x));
  const listen = appListen(facts);
  const lines = facts.lastLines[''];
  // An amd64 image on an arm host whose emulated program died (step-run.ts' logLine): its platform, before its exit.
  if (facts.armHost?.warned && facts.armHost.failed && (!c || c.state !== 'running')) return d('no-arm64-manifest', {});
  // cw37: a reset at the published port from the host while a client inside the container gets the app's answer
  // (inside-reply.ts; Wikidepia/InstaFix#76): the app listens on the container's 127.0.0.1. At run it comes before the run
  // line's mapping and name, as the app's own loopback line does (CONVENTIONS §2.2, h21-torrentstream8); a running container only.
  // cw68: no container shown, the answer inside shows one running (moby refuses an exec into a stopped container: "Container … is not
  // running"; GoogleCloudPlatform/cloud-sdk-docker#15: a run line, wget reset at the published 8080, `docker exec` wget's body).
  // cw192 (stop 59): or the inside answer told (step-run.ts logLine, inside-reply.ts toldInsideOnly: typicode/json-server#811's "With a
  // curl request INSIDE the container with docker exec, the api works" under curl's (56) reset at the published 8080).
  const insideOnly =
    facts.reply === 'empty' &&
    (facts.answeredInside || facts.toldInsideOk) &&
    (c ? c.state === 'running' : !facts.containers.some((x) => x.state) || facts.containers.some((x) => x.state === 'running'));
  if (insideOnly) return d('app-listens-on-loopback');
  if (!c) {
    // The one container a listing shows stopped, under another name: its state (diagnose-container.ts' onlyStopped).
    const stopped = onlyStopped(facts);
    // cw37: `docker events` (events.ts) shows containers too, though not every one (no listing: never an ok of a free port).
    // cw62: on a board (a 32-bit host platform in Docker's warning, `linux/arm/v6`: EricJMarti/inventory-hunter#93's Pi Zero), the
    // one listed container that exited with an error right after the warning is the image's CPU failing, as its emulated program's
    // death is on a Mac (CONVENTIONS §2.2: the warning on a board, or followed by a failure): no-arm64-manifest at run.
    if (facts.armHost?.warned && facts.armHost.board && stopped?.state === 'exited' && (stopped.exitCode ?? 0) !== 0)
      return d('no-arm64-manifest', {});
    // cw98: the learner's own container that stopped by itself: `docker logs X` of a run line's --name X, its log ending in its
    // error, and no row of X running (Korean SSAFY notes: mysql000ex11's `unknown variable …` and `Aborting` while docker ps lists
    // wordpress000ex12 only): what the paste shows failing comes first (CONVENTIONS §2.0, §2.3 cw98), before the listing's other name.
    // cw203 (stop 60): or by a prefix of the ID the detached run printed (docker/cli run.go prints it once the container started; moby
    // daemon/container.go GetContainer finds a container by any unique prefix of its ID): docker/for-mac#6137's `docker run --platform
    // linux/amd64 -d elasticsearch:5.6`, its ID, an empty `docker ps`, then `docker logs 813` ending in Go's `fatal error: newosproc`.
    const byId = (n: string) => /^[0-9a-f]{3,64}$/.test(n) && !!facts.detachedId?.startsWith(n);
    const own = (l: Facts['commands'][number]) =>
      !!l.name && (byId(l.name) || facts.commands.some((r) => /^container (?:run|create)$/.test(r.command) && r.name === l.name));
    const crashed =
      facts.crash &&
      facts.crashIn === '' &&
      facts.commands.some((l) => l.command === 'container logs' && own(l) && !facts.containers.some((x) => x.name === l.name));
    if (!stopped && crashed) return d('container-exited', { variant: 'crash', lastLines: lines });
    if (facts.listed || facts.kinds.includes('docker events'))
      return (stopped && stateCheck(stopped, stopped.name, facts.lastLines[stopped.name] ?? lines)) || notFound();
    if (facts.crash) return d('container-exited', { variant: 'crash', lastLines: lines });
    // cw69: docker inspect of a container under another name, whole or cut after its "Name" (sameersbn/docker-gitlab#497's gitlab,
    // EnterpriseDB/docs#6920's my_postgres), and no run line: running, it is not dash-app → container-not-found, as at reach:running
    // and as a listing's row (CONVENTIONS §2.2); stopped, its state answers, as the one stopped row of a listing.
    const byInspect = facts.containers.filter((x) => x.name && x.state);
    if (
      byInspect.length &&
      facts.kinds.includes('docker inspect') &&
      !facts.commands.some((x) => /^container (?:run|create)$/.test(x.command))
    )
      return (stopped && stateCheck(stopped, stopped.name, facts.lastLines[stopped.name] ?? lines)) || notFound();
    // cw78: an inspect cut before its "Name", of a running container, and no run line: a container runs, which one is not shown →
    // partial (CONVENTIONS §2.3, cw38): an ID (microsoft/nav-docker#19's `docker inspect 3fd1a587638d` in PowerShell), dash-app's own
    // name (its ports are cut off), two objects. One other name on the command line already named it (schemas.ts, cw81: docker/cli#4770's
    // `docker inspect ipv4-only` → container-not-found above). Without its command line the cut output stays unreadable here
    // (bad-input.test.ts), as before.
    if (
      facts.cutRunning &&
      facts.commands.some((x) => /inspect$/.test(x.command)) &&
      !facts.commands.some((x) => /^container (?:run|create)$/.test(x.command))
    )
      return d('shows-part', { variant: 'name' });
    // An amd64 image on a board's Docker Engine, which does not emulate it (step-run.ts' logLine).
    if (facts.armHost?.warned && facts.armHost.board) return d('no-arm64-manifest', {});
    const loop = loopAndReset(listen, facts, d) ?? listenCheck(listen);
    if (loop?.id === 'app-listens-on-loopback') return loop;
    // The pasted `docker run` line: its -p says what is published.
    // One with a command of its own counts when the app's start line follows it (amineHY/docker-streamlit-app#1: `docker run
    // -ti --rm <image> streamlit run main.py`, then Streamlit's Network URL): that command is the server, and nothing publishes it.
    const started = !!(listen?.all || listen?.port);
    // The last run that printed its ID after tries that failed (step-run.ts settle): the one that stands.
    // cw57: of several run lines the learner's current one is the last (CONVENTIONS §2.0, the later state stands), whatever printed
    // after each: a saved session's `-P` run and its refusal, then a "workaround" run with `-p 5672:5672` (docker/for-mac#3338);
    // notes with `--name db4 -P`, then `--name db5 -p 3306:3306`. A line that repeats an earlier one (the same image, name and
    // mappings: an issue template's "Steps to reproduce" after its "Actual behavior") is that earlier try retold, not a later one.
    // cw170 (stop 56): a foreground run publishing nothing whose own command addresses an earlier run's container by its --name (a
    // benchmark or curl container on the same user-defined network: `docker run --rm --network srv jordi/ab … http://apache24:80/`,
    // `docker run --rm --network net curlimages/curl http://web:80`) is a client of that container, not a later try at the server:
    // Docker's embedded DNS answers a container's name to the others on its user-defined network (docker/docs, "Bridge network
    // driver": "containers on a user-defined bridge network can resolve each other by name or alias"; legacy --link alike). The
    // server's run line stands.
    const client = (x: (typeof facts.commands)[number]) =>
      !x.detach &&
      !x.publish.length &&
      !x.publishAll &&
      !!x.addresses?.length &&
      facts.commands.some(
        (y, i) =>
          i < facts.commands.indexOf(x) && /^container (?:run|create)$/.test(y.command) && !!y.name && x.addresses!.includes(y.name),
      );
    const first = facts.commands.filter(
      (x) =>
        /^container (?:run|create)$/.test(x.command) &&
        !client(x) &&
        (!x.hasCommand || x.publish.length > 0 || (started && !x.publishAll) || !!x.afterImage),
    );
    // cw189 (stop 58): a later detached run under the --name of one of those, with a command of its own, is the same container made
    // again (moby refuses a second container of one name: daemon/names.go `Conflict. The container name "%s" is already in use`, so the
    // first was removed): the learner's later try at that server (fishaudio/fish-speech#346: `docker run -p 7860:7860 --name x -d …
    // tail -f /dev/null`, then `docker run --network host --name x -d … tail -f /dev/null`), which stands (CONVENTIONS §2.0).
    const tried = facts.commands.filter(
      (x) =>
        first.includes(x) ||
        (/^container (?:run|create)$/.test(x.command) &&
          x.detach &&
          !!x.name &&
          first.some((y) => y.name === x.name && facts.commands.indexOf(y) < facts.commands.indexOf(x))),
    );
    // cw92: a foreground line the paste ends on, nothing after it, after another run (dani-garcia/vaultwarden#2775's copy stops at
    // `docker run valtwar`): nothing shows it ran, so the earlier run stands (CONVENTIONS §2.2, cw92).
    // cw192 (stop 59): unless the learner ended the run before it by hand: a stop, kill or rm Docker did not refuse between the two
    // (docker/cli cli/command/container/stop.go, kill.go, rm.go; LMBroadhurst/docker-udemy's notes: a foreground run, `docker stop
    // exciting_nobel`, `docker ps -a` with it Exited (137), then `docker run -p 3000:80 …` where the notes end). Nothing of the
    // earlier run stands then, and the last line is the try the paste leaves (CONVENTIONS §2.0).
    const ended = (from: (typeof tried)[number], to: (typeof tried)[number]) =>
      facts.commands.some(
        (x, i) => !!x.targets?.length && !x.refused && i > facts.commands.indexOf(from) && i < facts.commands.indexOf(to),
      );
    const lastTry = tried.at(-1);
    const runs = tried.length > 1 && lastTry!.endsPaste && !lastTry!.detach && !ended(tried.at(-2)!, lastTry!) ? tried.slice(0, -1) : tried;
    const key = (x: (typeof runs)[number]) => JSON.stringify([x.image, x.name, x.publish, x.publishAll, x.hostNetwork, x.afterImage]);
    const line = runs.filter((x, i) => runs.findIndex((y) => key(y) === key(x)) === i).at(-1);
    if (line) {
      const name = line.name ?? run.container!;
      // cw62: the line's own container shown running by a command that names it (`docker container inspect sample`, its output cut
      // before "Name": Korean notes, stored file 36580967701), as a listing's row is (CONVENTIONS §2.2, cw44): another name,
      // whatever it publishes → container-not-found; the lesson's run line, name and -p both, is the next step.
      const inspected = facts.cutRunning && facts.commands.some((x) => /inspect$/.test(x.command) && x.name === line.name);
      if (
        line.name &&
        line.name !== run.container &&
        (inspected || facts.containers.some((x) => x.name === line.name && x.state === 'running'))
      )
        return notFound();
      if (line.hostNetwork) return d('no-port-published', { name, variant: 'host-network' });
      // cw49: -p, --name typed after the image went to the app as its arguments (command-line.ts lateOptions): nothing published.
      if (line.afterImage && !line.publish.length && !line.publishAll)
        return d('no-port-published', { name, variant: 'after-image', found: line.afterImage.join(' ') });
      // cw39: `-P` publishes every exposed port on a random host port (docker/cli opts `--publish-all`; moby's portallocator takes
      // them from the kernel's ip_local_port_range, 32768-60999 by default), and `docker port <name>` or `docker container port <name>` (or an
      // inspect's or listing's ports, without a state) of that line's container shows where they went (a Chinese translation of a
      // Docker book, stored file 13313645159: `docker container run --name web -P -d nginx:alpine`, then `80/tcp -> 0.0.0.0:32768`):
      // answered by where they lead, as the reach path's -P (CONVENTIONS §2.3), never an ok (a random port is not 8050).
      // cw48: `-p 80` (a container port with no host port, also `-p 127.0.0.1::80`) publishes that port on a random host port as -P
      // does (docker/cli#402: "When specifying only the container port when publishing a port (-p <container-port>), the randomly
      // assigned host-port …"): the same answer, not "nothing published". And `docker port e19`, the run's container by a prefix of
      // the ID it printed (moby resolves a unique ID prefix, daemon/container.go GetContainer), is that line's container.
      const randomHost = line.publishAll || (line.publish.length > 0 && line.publish.every((p) => !p.host));
      // cw203 (stop 60): or, for a line without --name, a name from moby's namesgenerator (pkg/namesgenerator GetRandomName, which the
      // daemon gives a container created without one) in `docker port happy_galois` after it.
      const ours = (x: { name?: string }) =>
        !x.name || x.name === line.name || (!line.name && (/^[0-9a-f]{2,11}$/.test(x.name) || generatedName(x.name)));
      const shown = randomHost && facts.containers.find((x) => x.ports?.length && !x.state && ours(x));
      const random = shown ? portCheck(shown.ports!, run.publish!, name) : undefined;
      if (random?.kind === 'problem') return random;
      if (!line.publish.length || randomHost)
        return randomHost ? d('shows-part', { variant: 'command' }) : d('no-port-published', { name, found: 'nothing' });
      if (loop) return loop;
      const bad = portCheck(line.publish, run.publish!, name);
      // Another image's own run line with several mappings (q2galaxy#53: -p 8080:80 -p 8021:21 -p 8022:22), none at 8050 and
      // no app line: that image's documented ports, not the lesson's swapped, and the line alone does not show it ran; the
      // command only. One mapping stays answered by where it leads (h4-cmc413's -p 8899:5055): it may be the lesson's run mistyped.
      // cw48: with Docker's platform warning only, as CONVENTIONS §2.2 says (h11-q2galaxy53): without it, the line's mappings answer
      // (linuxserver-style `-p 8765:80 -p 9443:443`, alexjustesen/speedtest-tracker#606: both experts wrong-container-port).
      const foreign =
        !!facts.armHost?.warned &&
        line.publish.length > 1 &&
        line.image?.split(':')[0] !== run.image &&
        line.name !== run.container &&
        !listen?.port &&
        !line.publish.some((p) => p.host === run.publish!.host || p.container === run.publish!.container);
      if (bad?.id === 'ports-swapped' && !bad.details.variant && foreign) return d('shows-part', { variant: 'command' });
      if (bad?.kind === 'problem') return bad;
      // cw33: the run line's mapping right, then a client's empty reply or reset at it (curl's 52/56, step-run.ts' logLine and
      // host-clients.ts): Docker's proxy took the connection, and nothing answered at the container's port (CONVENTIONS §2.4).
      if (facts.reply === 'empty') return d('app-listens-on-loopback');
      // The app's own line that it listens on all addresses shows the container runs; the command alone does not.
      // Named dash-app too: a container of another name (or none, which Docker names at random) is not it.
      if (listensRight(listen, line.publish))
        return line.name !== run.container
          ? notFound()
          : (bad ?? d('healthy', { name, url: appUrl(line.publish, run.publish!) ?? run.url }));
      return d('shows-part', { variant: 'command' });
    }
    // cw37: Docker's platform warning under a run line with a command of its own and no -p (RickdeJager/stegseek#22: `docker run
    // --rm -it -v "$(pwd):/steg" rickdejager/stegseek finalClue.png`, the warning, then the tool's banner). The daemon returns the
    // warning when it creates that line's container (moby daemon/create.go: "The requested image's platform (%s) does not match
    // the detected host platform (%s) and no specific platform was requested", among the create response's Warnings, which
    // docker/cli's run prints), so the line ran, and it published nothing (CONVENTIONS §2.2: a run line with no -p).
    // cw41: so does a client failing at that container's own address (step-run.ts bridgeClient; docker/for-mac#645: `sudo docker run
    // -d nginx /usr/sbin/nginx -g "daemon off;"`, then curl at 172.17.0.2:8080 timing out): the line's container serves, unpublished.
    // cw57: so does the ID that a detached run printed (docker/cli run.go prints it once the container started), a command of its
    // own or not: `docker run -d -i -t eeb6ee3f44bd /bin/bash` and `8ef3409d…` (Chinese notes on exporting a CentOS container to WSL),
    // `docker run -d ubuntu sleep infinity`. Its container runs, publishing nothing.
    // cw189 (stop 58): so does the container's own shell prompt under an interactive run (`root@0a1b2c3d4e5f:/# ` after `docker run -it
    // ubuntu bash`, step-run.ts enteredRun): its container started, and publishes nothing.
    const ran =
      (facts.armHost?.warned || facts.refusedInside || facts.startedDetached || facts.enteredRun) &&
      facts.commands.find((x) => /^container (?:run|create)$/.test(x.command) && !x.publish.length && !x.publishAll && !x.hostNetwork);
    if (ran) return d('no-port-published', { name: ran.name ?? run.container!, found: 'nothing' });
    if (loop) return loop;
    if (listen?.all || listen?.served) return d('shows-part', { variant: 'logs' });
    // The app's log alone, which the panel lists among what it reads, without the address or with the port only (a banner, Spring
    // Boot's `Tomcat started on port 8050`): part shown, never "does not show what this check needs" of an accepted output.
    if (facts.kinds.length && facts.kinds.every((k) => k === 'docker logs')) return d('shows-part', { variant: 'started' });
    // The warning alone (a Mac's Desktop emulates amd64): a container started, emulated; nothing shows it runs.
    return facts.armHost?.warned ? d('shows-part', { variant: 'emulated' }) : undefined;
  }
  const { ports } = c;
  const name = c.name || run.container!;
  const bad = stateCheck(c, name, facts.lastLines[c.name] ?? lines) ?? (ports && portCheck(ports, run.publish!, name));
  if (bad?.kind === 'problem') return bad;
  if (facts.crash && (c.state !== 'running' || crashedAfter(c, facts)))
    return d('container-exited', { variant: 'crash', lastLines: lines });
  const loop = loopAndReset(listen, facts, d) ?? listenCheck(listen);
  if (loop) return loop;
  // No evidence, no ok: running with its ports shown (docker ps, inspect), or the ports alone (docker port) say only part.
  if (!ports || !c.state) return d('shows-part', { variant: ports ? 'state' : 'ports' });
  // A listing without its NAMES column (copied short of it, or --format without it) does not show which container this is.
  if (!c.name) return d('shows-part', { variant: 'name' });
  // dash-app by its image under another name (or a listing without names) is not the lesson's container.
  if (c.name !== run.container) return notFound();
  return bad ?? d('healthy', { name, url: appUrl(ports, run.publish!) ?? run.url });
}

/**
 * cw61: the app's loopback line and an every-address line of it both shown (a retold other setup), and a reset or an empty reply
 * at the published port (trailbaseio/trailbase#77): the reset says nothing answers beyond loopback, so the loopback line stands,
 * before the run line's mapping (CONVENTIONS §2.2, h21-torrentstream8).
 */
function loopAndReset(listen: Listen | undefined, facts: Facts, d: Lib['d']): Diagnosis | undefined {
  if (listen?.loop && listen.all && !listen.served && facts.reply === 'empty') return d('app-listens-on-loopback');
}
