/*
 * cw118: the later state stands, by command (CONVENTIONS §2.0). An error that a part of the paste printed is void once a later
 * part ran the same command again and printed output without an error: the learner fixed it and tried again (a `docker run
 * --detach publish=80:80` refused as an invalid reference, then `docker run -d -p 80:80 …` and its ID, docker/docs#9328; a
 * `docker-compose up -d` without its file, then `docker-compose -f ashu.yml up -d` creating the project). Earlier rounds wrote
 * this rule one class at a time (ranThenListed and upAfterRefusal below, a daemon error before a listing, a refused client before one that answers); this
 * is the rule itself, for every command a retry replaces. Only an output the engine reads as failing nothing, with no failing
 * word in it, counts as the retry's success: an undetected failure keeps the earlier error.
 */
import type { Part } from './read';
import type { Hit } from './types';
import { hitTarget, sameDaemon } from './daemon-target';

/** docker's global options that take a value (docker/cli cli/flags/options.go), and Compose's (docker/compose cmd/compose/compose.go). */
const dockerValued = new Set(['-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey']);
const composeValued = new Set([
  '-f',
  '--file',
  '-p',
  '--project-name',
  '--project-directory',
  '--env-file',
  '--profile',
  '--ansi',
  '--parallel',
  '--progress',
]);
/** docker's management commands whose verb is the next word (`docker container run`, `docker image pull`). */
const groups = new Set(['container', 'image', 'network', 'volume', 'builder', 'buildx']);
/**
 * The commands a retry replaces, each with what its output shows when it worked: a line the command prints only then. Prose under
 * a command line (`1. docker ps` in an issue's numbered steps, then the next step's sentence) is no answer.
 * - run, create, network create: the new object's ID (docker/cli run.go `fmt.Fprintln(stdout, containerID)` with -d; create.go;
 *   network/create.go), or an attached run's program starting (Werkzeug's `Running on`, gunicorn's `Listening at`, hello-world);
 * - start, restart, volume create: the names they were given, echoed one per line (docker/cli container/start.go, volume/create.go);
 * - pull: `Status: Downloaded newer image for …`, `… Image is up to date for …`, `Pull complete` (moby distribution/pull.go);
 * - build: `Successfully built …` (the classic builder), BuildKit's `naming to …`, `writing image sha256:…`;
 * - ps, images, network ls: the listing's header; version: the Server part; info: `Server Version:`;
 * - compose up, start, create, run: v1's `Creating x ... done`, v2's `Container x  Started` (docker/compose pkg/progress), `Attaching to`.
 */
const evidence: [RegExp, RegExp][] = [
  [
    /^(?:run|create|network create)$/,
    /^\s*[0-9a-f]{64}\s*$|\* Running on |Listening (?:at|on):? |Hello from Docker!|Dash is running on |Uvicorn running on /,
  ],
  [/^(?:start|restart|volume create)$/, /^\s*[\w.-]{1,128}\s*$/],
  [/^(?:pull|compose pull)$/, /Status: Downloaded newer image for |Image is up to date for |Pull complete|\bPulled\b/],
  [/^(?:build|compose build)$/, /Successfully built [0-9a-f]|naming to |writing image sha256:|\bBuilt\b/],
  [/^(?:ps|images|network ls|compose ps)$/, /^\s*(?:CONTAINER ID|REPOSITORY|NETWORK ID|NAME|Name)\s{2,}\S/],
  [/^(?:version|compose version)$/, /^\s*Server:|[Cc]ompose version v?\d/],
  [/^info$/, /^\s*Server Version: /],
  [
    /^compose (?:up|start|create|run|restart)$/,
    // cw171 (stop 56): or the project's network made (compose/network.py Network.ensure logs `Creating network "<project>_default" with
    // the default driver` only after the daemon's inspect said NotFound, then creates it; v2's `Network <project>_default  Created`).
    /(?:Creating|Starting|Recreating|Restarting) \S+ +\.\.\. done|Container \S+ +(?:Started|Running|Created|Recreated|Healthy)|^Attaching to |^\s*Creating network "[^"\n]{1,200}" with (?:the default driver|driver "[^"\n]{1,100}")\s*$|^\s*[✔✓]?\s*Network \S+ +Created\s*$/,
  ],
  // cw183 (stop 58): compose down and stop: v2's progress of what it took down (docker/compose pkg/compose/down.go and stop.go:
  // progress.StoppedEvent, RemovedEvent, `✔ Container x  Removed`, `✔ Network x_default  Removed`), v1's `Stopping x ... done`,
  // `Removing x ... done`, `Removing network x_default` (compose/project.py down, parallel.py).
  [
    /^compose (?:down|stop)$/,
    /^\s*(?:[✔✓]\s*)?(?:Container|Network|Volume) \S+ +(?:Removed|Stopped)\b|(?:Stopping|Removing) \S+ +\.\.\. done|^\s*Removing network \S+\s*$/,
  ],
];

function skip(words: string[], i: number, valued: Set<string>): number {
  while (i < words.length && words[i]!.startsWith('-')) i += valued.has(words[i]!) ? 2 : 1;
  return i;
}

/** The command a part's line ran, as its verb (`run`, `network create`, `compose up`), or undefined for another program. */
export function verbOf(cmd: string): string | undefined {
  const words = cmd.trim().split(/\s+/).slice(0, 40);
  const head = words[0]?.replace(/\.exe$/i, '');
  let compose = head === 'docker-compose';
  let i = 1;
  if (!compose) {
    if (head !== 'docker') return undefined;
    i = skip(words, i, dockerValued);
    if (words[i] === 'compose') {
      compose = true;
      i++;
    }
  }
  if (compose) {
    i = skip(words, i, composeValued);
    return words[i] ? `compose ${words[i]}` : undefined;
  }
  const sub = words[i];
  if (!sub) return undefined;
  if (groups.has(sub)) {
    const verb = words[i + 1];
    if (!verb) return undefined;
    // `docker container ls` is `docker ps`, `docker image ls` is `docker images` (docker/cli's aliases).
    if (sub === 'container') return /^(?:ls|list)$/.test(verb) ? 'ps' : verb;
    if (sub === 'image') return /^(?:ls|list)$/.test(verb) ? 'images' : verb;
    return `${sub} ${verb}`;
  }
  return sub;
}

/** Words of a failure the error rules may not know: such an output is no proof that the retry worked. */
const failing =
  /\berror\b|\bdenied\b|\brefused\b|\bnot found\b|\bno such\b|\bfailed\b|\bcannot\b|\bcan't\b|\bunable\b|\binvalid\b|\bexited?\b|\bconflict\b|\bin use\b|\ballocated\b|\bunknown\b|\busage:/i;

/** docker/cli's pull before a run, on its way (cli/command/container/create.go: `Unable to find image '%s' locally`): no failure. */
const pulling = /^\s*Unable to find image '[^']{1,300}' locally\s*$/;
/** The pull's stream (docker/cli jsonmessage DisplayJSONMessagesStream of moby's distribution/pull_v2.go progress and status). */
const pullStream =
  /^\s*(?:Unable to find image '[^']{1,300}' locally|[\w.-]{1,128}: Pulling from \S{1,300}|[0-9a-f]{12}: (?:Pull complete|Pulling fs layer|Waiting|Verifying Checksum|Download complete|Already exists)|Digest: sha256:[0-9a-f]{64}|Status: (?:Downloaded newer image|Image is up to date) for \S{1,300})\s*$/;

/**
 * How far a command got when it failed, in the order docker/cli and the daemon go (cli/command/container/create.go, run.go): the
 * client reads its line, reaches the daemon, gets the image, makes the container, starts it. A retry that fails stands for the
 * later state only if it got as far as the earlier error: a name conflict on the retry says nothing of the port the first try
 * found taken (moby made that container before it started it, cw81).
 */
const stages: [RegExp, number][] = [
  [/^(?:invalid-reference|invalid-port-spec|missing-image-argument|not-a-tty)$/, 0],
  [/^(?:docker-not-found|daemon-not-running|permission-denied|client-too-old|engine-not-ready)$/, 1],
  [/^(?:image-not-found|registry-unreachable|no-arm64-manifest|build-failed)$/, 2],
  [/^name-conflict$/, 3],
];
const stage = (h: Hit) => stages.find(([ids]) => ids.test(h.id))?.[1] ?? 4;

/**
 * cw124: the same story in a learner's notes rather than a terminal's transcript. A command told inside a line of prose (in a code
 * span or Markdown emphasis, `I then ran **_docker run -p 5001:5001 img_** and this successfully ran`, a list item's `` `docker run …` ``):
 * docker's or Compose's words after a mark or a space, up to the mark that closes them or the sentence's next clause. Bounded: at most
 * 300 characters a command, tried only where `docker` starts a word. `--help` is docker/cli's hint under its own errors, no command.
 */
const toldCmd =
  /(?:^|[\s(*_`"“'‘>])((?:sudo +)?docker(?:-compose|\.exe)?(?: +compose)? +[a-z][^`*_"”’\n]{0,300}?)(?=[`*_"”’]|\s+(?:and|then|but|which|so|y|et|und|e|и)\s|[.,;:](?:\s|$)|\s*$)/g;
const toldCmds = (line: string) =>
  line.length > 2000 ? [] : [...line.matchAll(toldCmd)].map((m) => ({ cmd: m[1]!.trim(), after: line.slice(m.index + m[0].length) }));

/**
 * What an error's own words say of the command that printed it: docker/cli's hint under a command's error (`See 'docker run
 * --help'.`, cli/command/container/run.go reportError; Docker 28's `Run 'docker run --help' for more information`), or run.go's own
 * `docker: ` before a daemon's or the client's refusal (reportError prints it only for `docker run`). An error block pasted under
 * "Error:" with no command line still names its command so.
 */
const helpHint = /\b(?:See|Run) '(?:docker|docker\.exe) ([a-z][\w -]{0,40}?) --help'/;
const runPrefix = /(?:^|\s)docker: (?:Error response from daemon|invalid |unknown |Cannot connect)/;

/**
 * A retry's success told in words, after its command or on the next line (`… and this successfully ran`, "it worked", "funcionó",
 * "成功"), in the languages of the corpus' notes; not under a negation ("it still didn't work", "no funcionó", "没有成功"). Also a
 * result given as the ID itself after a label or in a code span (`Result: \`3f2a…\``, `Resultado: e3b2…`, `输出：…`): unwrap() below.
 * cw183 (stop 58): or a note's verdict alone on its line under the command (`**Worked.**` after one try, `**Did NOT work.**` after
 * the other: a training notes file marking each try), its emphasis and stop allowed, nothing else on the line.
 */
const toldWorked =
  /^[\s*_]{0,4}(?:it )?worked[.!]?[\s*_]{0,4}$|\b(?:successfully|succeeded|it worked|worked (?:fine|now|perfectly)|works now|(?:it|this|that) works (?:fine|perfectly|ok|okay)|(?:ran|runs|started) (?:fine|ok|okay|without (?:any )?errors?)|printed (?:the|its|a) (?:container(?:'s)? )?id)\b|funcion[óo]|con éxito|exitosamente|funcionou|com sucesso|a fonctionné|avec succès|erfolgreich|hat funktioniert|успешно|заработал|成功|正常运行|起動しました|성공/i;
const negated =
  /\b(?:not|n't|never|no longer|still (?:fails|failing|the same))\b|\bno funcion|\bnão funcion|\bne (?:marche|fonctionne)|\bnicht\b|\bне\s|没有|未能|不成功|失败|失敗|できません|실패/i;
/** A result line as notes write it: a list mark, a short label and its colon, code-span or quote marks around the output. */
const unwrap = (l: string) =>
  l.length > 300
    ? l
    : l
        .trim()
        .replace(/^(?:[-*>]\s+)?(?:[\p{L}\p{N} ()]{1,30}[:：]\s*)?/u, '')
        .replace(/^[`'"“]+|[`'"”]+[.。]?$/g, '');
/** docker run -d's ID as notes give it: whole, as ps' twelve characters, or cut with an ellipsis (`3f2a…`). */
const noteId = /^(?:[0-9a-f]{64}|[0-9a-f]{12}|[0-9a-f]{4,63}(?:…|\.\.\.))$/;

/**
 * cw124: the daemon shown running after it failed, in the words of the program that started it: upstart's job status after `service
 * docker restart` (initctl.c `docker start/running, process 3884`), systemd's `Active: active (running)` under docker's unit
 * (systemctl-show.c), the LSB init script's `* Starting Docker: docker  [ OK ]` (Debian/Ubuntu contrib/init/sysvinit-debian, OpenRC's
 * `* Starting docker ... [ ok ]`), Homebrew's `Successfully started \`docker\``, dockerd's own ready lines (engine/job.go's
 * `acceptconnections() = OK`, cmd/dockerd `Daemon has completed initialization`, `API listen on …docker.sock`). A daemon that stops
 * again after it (`docker stop/waiting`, `Active: failed`, a fatal line of dockerd's) is not running.
 */
const daemonUp =
  /^\s*(?:#\s*)?docker start\/running\b|^\s*Active: active \(running\)|^\s*\*?\s*Starting (?:Docker|docker)\b[^\n]{0,80}\[ ?(?:OK|ok) ?\]\s*$|Successfully started `?(?:docker|colima)\b|acceptconnections\(\) = OK|Daemon has completed initialization|API listen on \S{0,100}docker\.sock/;
const daemonDown = /^\s*(?:#\s*)?docker stop\/waiting\b|^\s*Active: (?:failed|inactive)\b|^\s*FATA\[|level=fatal|failed to start daemon/;
const journal = /^\s*[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S{1,64} [\w.-]{1,40}\[\d{1,7}\]:/;
const dockerUnit = /docker(?:d|\.service|\.socket)?\b/;

/**
 * Where the paste last shows the daemon running after line `from` (a line's place: each part's command line, then its lines), not
 * stopped after it; -1. systemd's Active line is a state, not a start (loft-sh/devpod#1007: `active (running) since … 3 weeks ago` on the
 * server while the client could not reach it): it counts only after a command that started the daemon since `from`.
 */
export function daemonUpAt(list: Part[], from = -1): number {
  const text = list.flatMap((p) => [p.cmd, ...p.lines]);
  const up = text.findLastIndex((l, i) => {
    // Not a journal's line (`Jun 05 09:10:46 host docker[1089]: …`, systemd's `status` prints the unit's recent log under its Active
    // line, journalctl its history): what the daemon logged then, before the state the status gives.
    if (i <= from || l.length > 2000 || !daemonUp.test(l) || journal.test(l)) return false;
    // systemd's Active line belongs to docker's unit (its `● docker.service` line or `systemctl status docker` above it), after a start.
    return (
      !/^\s*Active:/.test(l) ||
      (text.slice(Math.max(0, i - 8), i).some((u) => dockerUnit.test(u)) &&
        text.slice(from + 1, i).some((u) => u.length < 400 && startCmd.test(u)))
    );
  });
  return up >= 0 && !text.slice(up + 1).some((l) => l.length < 2000 && daemonDown.test(l)) ? up : -1;
}
/** A command that starts the daemon: systemd's, SysV's `service` and init script, OpenRC's, snap's, upstart's `start docker`, dockerd. */
const startCmd =
  /\bsystemctl (?:--?\S+ )*(?:re)?start (?:\S+ )*docker|\bservice docker (?:re)?start|\/etc\/init\.d\/docker (?:re)?start|\brc-service docker (?:re)?start|\bsnap (?:re)?start docker|^(?:sudo )?(?:start|restart) docker\b|(?:^|\s)dockerd\b/;

type Try = {
  at: number;
  end: number;
  key: string;
  cmd: string;
  sudo: boolean;
  part?: number;
  lines: string[];
  rerun?: boolean;
  before?: string;
  /** cw178: the part and line its command stands on (-1: the part's command line). */
  from: [number, number];
};

/**
 * Drops each hit whose command a later try ran again, answered without an error or failing at least as far on. `step` is the
 * check's step (check.ts `what`): the socket's refusal stands against a sudo retry at lesson 3 only (sudoOnly below).
 */
export function laterState(list: Part[], hits: Hit[], step = 'install'): Hit[] {
  // Every line's place in the paste: a part's command line, then its lines.
  const base: number[] = [];
  let n = 0;
  for (const p of list) {
    base.push(n);
    n += p.lines.length + 1;
  }
  const pos = (part: number, line = -1) => base[part]! + line + 1;
  const where = (h: Hit) => (h.part === undefined ? -1 : pos(h.part, h.line ?? -1));
  const keyOf = (cmd: string) => {
    const v = verbOf(cmd.replace(/^sudo +/, ''));
    // The program too: WSL's docker refused, then Windows' docker.exe answering, is another client (cw111).
    return v && evidence.some(([verb]) => verb.test(v)) ? `${/^(?:sudo +)?\S+\.exe\b/i.test(cmd.trim()) ? 'exe ' : ''}${v}` : undefined;
  };
  // The tries: each part's command line, and in a part without one of docker's, each command its prose tells (cw124).
  const tries: Try[] = [];
  list.forEach((p, j) => {
    const key = keyOf(p.cmd);
    const end = pos(j + 1 < list.length ? j + 1 : j, j + 1 < list.length ? -1 : p.lines.length);
    const before = list[j - 1]?.lines.findLast((l) => l.trim());
    if (key) tries.push({ at: pos(j), end, key, cmd: p.cmd, sudo: !!p.sudo, part: j, lines: p.lines, before, from: [j, -1] });
    if (verbOf(p.cmd)) return;
    const told: Try[] = [];
    p.lines.forEach((l, i) => {
      for (const c of toldCmds(l)) {
        const k = keyOf(c.cmd);
        if (k && !/\s--help\b/.test(c.cmd))
          told.push({
            at: pos(j, i),
            end,
            key: k,
            cmd: c.cmd.replace(/^sudo +/, ''),
            sudo: /^sudo /.test(c.cmd),
            lines: [c.after],
            from: [j, i],
          });
      }
    });
    told.forEach((t, x) => {
      t.end = told[x + 1]?.at ?? end;
      const from = t.at - base[j]! - 1;
      // cw159 (stop 53): six lines of its output, not counting the pull a run made first (docker/cli container/create.go pullImage
      // after `Unable to find image '%s' locally`: the daemon's stream as jsonmessage prints it, `latest: Pulling from …`, a line per
      // layer, `Digest:`, `Status:`), which would push a detached run's ID out of them.
      const rest = p.lines.slice(from + 1, t.end - base[j]! - 1);
      let kept = 0;
      const cut = rest.findIndex((l) => !pullStream.test(l) && ++kept > 6);
      t.lines.push(...(cut < 0 ? rest : rest.slice(0, cut)));
    });
    tries.push(...told);
  });
  tries.sort((a, b) => a.at - b.at);
  const own = (t: Try) => hits.filter((h) => (t.part !== undefined ? h.part === t.part : where(h) >= t.at && where(h) < t.end));
  // The command that printed a hit: its own words, its part's command line, or the nearest command told before it (cw124).
  const keyOfHit = (h: Hit): { key?: string; sudo: boolean } => {
    if (h.part === undefined) return { sudo: false };
    const p = list[h.part]!;
    const at = h.line ?? -1;
    const near = [p.cmd, ...p.lines].slice(at + 1, at + 4).join('\n');
    const hint = helpHint.exec(near)?.[1];
    const named = hint ? keyOf(`docker ${hint}`) : runPrefix.test([p.cmd, ...p.lines][at + 1] ?? '') ? 'run' : undefined;
    if (named) return { key: named, sudo: !!p.sudo };
    if (verbOf(p.cmd)) return { key: keyOf(p.cmd), sudo: !!p.sudo };
    const before = tries.filter((t) => t.at < where(h)).at(-1);
    return { key: before?.key, sudo: !!before?.sudo };
  };
  const worked = (t: Try) => {
    const shows = evidence.find(([verb]) => verb.test(t.key.replace(/^exe /, '')))![1];
    const out = t.lines.filter((l) => l.trim() && !pulling.test(l));
    const run = /(?:^| )(?:run|create)$/.test(t.key);
    // cw189 (stop 58): or, for a run, the container's own shell prompt right after it (normalize.ts `entered`): moby
    // daemon/container.go generateHostname sets `config.Hostname = id[:12]` when the run names none, and bash's prompt shows it
    // (`root@63124cb53c9f:/# ` after `sudo docker run -it ubuntu bash`): the container was created and started.
    const shown =
      (run && t.part !== undefined && !!list[t.part]?.entered) ||
      out.some((l) => shows.test(l) || shows.test(unwrap(l)) || (run && noteId.test(unwrap(l))));
    // Told in words: on the command's own line or the next one, and the words of a failure read without the success's.
    // cw156 (stop 52): or in the sentence that leads to it, ended by a colon ("But, it works fine if I change it to:", then the run
    // line): the poster introduces the command that worked, as a retry's line itself is told after it (cw124).
    const lead = t.before && t.before.length < 600 && /[:：]\s*$/.test(t.before) ? [t.before] : [];
    // Such a leading sentence below a command is the next command's, not this one's.
    const next = (l: string) => l === t.lines.at(-1) && /[:：]\s*$/.test(l);
    const said = [...out.slice(0, 2).filter((l) => !next(l)), ...lead].some(
      (l) => l.length < 600 && toldWorked.test(l) && !negated.test(l),
    );
    const quiet = (l: string) => !failing.test(l.length < 600 ? l.replace(new RegExp(toldWorked.source, 'gi'), ' ') : l);
    return !own(t).length && (shown || said) && out.every(quiet);
  };
  // A run whose image is being pulled got past the reading of its line: its reference and options were taken.
  const pulled = (t: Try) =>
    /(?:^| )(?:run|create)$/.test(t.key) &&
    !own(t).length &&
    t.lines.some((l) => pulling.test(l) || /Pull complete|Pulling fs layer/.test(l));
  // With sudo or without it, as the earlier try: a user's permission error is no later state of root's missing daemon (§2.1).
  // cw154 (stop 52): an image the daemon could not find is that reference's failure only (moby's `repository %s not found`, `pull access
  // denied for %s` name it; docker/cli run.go takes the image from the run's first positional argument): a retry whose line no longer
  // names that image failed at something else, which is the later state even before the image stage (a build context `.` typed where
  // the image goes, `Error parsing reference: "." is not a valid repository/tag`).
  const otherImage = (h: Hit, t: Try) => {
    const name = h.details.name;
    if (h.id !== 'image-not-found' || h.details.variant || typeof name !== 'string' || !/(?:^| )(?:run|create)$/.test(t.key)) return false;
    const base = name.split('/').at(-1)!.split(/[:@]/)[0]!;
    return !!base && !new RegExp(`(?:^|[\\s/=])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s:@]|$)`).test(t.cmd);
  };
  // cw196 (stop 59): the socket's refusal, then the same run with sudo that the daemon answered with a failure of a later stage (the
  // image it has not: moby's `repository viper not found: does not exist or no pull access`, docker/cli run.go printing it after
  // `Unable to find image … locally`): sudo reached the daemon, and what the daemon said is the later state at the steps after lesson 3,
  // as cw159's container made (sudoOnly keeps install's answer).
  const further = (h: Hit, t: Try, sudo: boolean) =>
    own(t).length > 0 &&
    (!t.sudo === !sudo || (h.id === 'permission-denied' && t.sudo && !sudo)) &&
    (Math.min(...own(t).map(stage)) >= stage(h) || otherImage(h, t));
  // A port refused to one host port is still taken when the retry published another (bradsimpson's notes: 8080 refused, then
  // `-p 8000:80` runs): only a retry on that same host port shows it free. An error's port is its digits; anything else (a rule that
  // captured more) cannot be matched against a -p and keeps the error.
  const samePort = (h: Hit, t: Try) => {
    const port = h.details.port;
    if (!port) return true;
    return /^\d{1,5}$/.test(port) && new RegExp(`(?:^|[\\s:])${port}:`).test(t.cmd);
  };
  // The socket refused to the user, then the same command with sudo: the user still cannot (CONVENTIONS §2.1 cw44, cw74).
  // cw159 (stop 53): that is lesson 3's question (may this user reach the daemon?). A run refused so and run again with sudo made its
  // container (docker/cli run.go `fmt.Fprintln(stdout, containerID)` after a detached create and start): at the other steps that
  // container is what Docker did, the later state (CONVENTIONS §2.0 cw118; h144-notes45364859615, both experts). A listing or any
  // other command run again with sudo creates nothing: the refusal stands at every step (h43-notes10916137190's `sudo docker ps`,
  // both experts permission-denied at "Is port 8050 free?").
  // cw167 (stop 55): so does `compose up` (also create, run) run again with sudo: Compose creates the project's network and containers
  // and prints each one's progress (docker/compose pkg/compose/create.go, the `Network x  Created`, `Container x  Started` events of
  // pkg/progress), the evidence above; what it made is the later state at the other steps as a run's container is.
  const sudoOnly = (h: Hit, t: Try, sudo: boolean) =>
    h.id === 'permission-denied' &&
    t.sudo &&
    !sudo &&
    (step === 'install' || !/(?:^| )(?:run|create|compose (?:up|create|run))$/.test(t.key));
  // cw151 (stop 51): a docker error printed under a command line of another program (a learner's `./deploy.sh` whose docker run
  // docker/cli refused: run.go's `docker: ` before the daemon's error, `Run 'docker run --help'`), then that same line typed again:
  // the script ran its docker commands again, and what they printed the second time is the later state (CONVENTIONS §2.0), judged
  // by the evidence of the command the error named (a detached run's ID, run.go `fmt.Fprintln(stdout, containerID)`). The same line
  // runs the same -p, so a port it found taken is the port the retry asked for.
  // The command the error names, on its line or the three after it (a reader may place the hit on the line above: the ID a failed
  // run still printed); else the hit's own key.
  const reran = (h: Hit, fallback?: string): Try[] => {
    const p = h.part === undefined ? undefined : list[h.part];
    const line = p?.cmd.trim() ?? '';
    if (!p || !line || verbOf(line.replace(/^sudo +/, ''))) return [];
    const near = p.lines.slice(Math.max(0, h.line ?? 0), Math.max(0, h.line ?? 0) + 4);
    const hint = near.map((l) => helpHint.exec(l)?.[1]).find(Boolean);
    const key = (hint ? keyOf(`docker ${hint}`) : near.slice(0, 2).some((l) => runPrefix.test(l)) ? 'run' : undefined) ?? fallback;
    if (!key) return [];
    return list.flatMap((q, j) =>
      j > h.part! && q.cmd.trim() === line
        ? [
            {
              at: pos(j),
              end: pos(j, q.lines.length),
              key,
              cmd: q.cmd,
              sudo: !!q.sudo,
              part: j,
              lines: q.lines,
              rerun: true,
              from: [j, -1] as [number, number],
            },
          ]
        : [],
    );
  };
  return hits.flatMap((h) => {
    if (h.id === 'name-conflict' && freedThenListed(list, h)) return [];
    // The daemon shown running, and not stopped again, after the error (cw124).
    if (h.id === 'daemon-not-running' && where(h) >= 0 && daemonUpAt(list, where(h)) >= 0) return [];
    const { key, sudo } = keyOfHit(h);
    const again = reran(h, key);
    if (!key && !again.length) return [h];
    // cw178 (stop 57): a "Cannot connect" aimed at a daemon the paste names (daemon-target.ts) is made past only by a try aimed at
    // the same one: `docker --context x ps` refused, then `docker ps` at the local socket, says nothing of x.
    const target = hitTarget(list, h);
    const same = (t: Try) => target === undefined || sameDaemon(list, t.from[0], target, t.cmd, t.from[1]);
    const later = [...tries.filter((t) => t.key === key), ...again].filter((t) => t.at > where(h) && !sudoOnly(h, t, sudo) && same(t));
    const past = later.filter((t) => worked(t) || further(h, t, sudo) || (stage(h) === 0 && pulled(t)));
    if (past.some((t) => t.rerun || samePort(h, t))) return [];
    // cw124: a retry that worked on another host port: the port was taken, and stays so where another program's hold counts; at
    // lesson 5's run the later run stands (CONVENTIONS §2.2 cw34, cw43), so it is marked past there (step-run.ts settle).
    if (past.some((t) => worked(t))) h.past = true;
    return [h];
  });
}

/**
 * cw177 (stop 57): a name conflict, then the name freed and taken again, shown by a listing rather than by the retry's own ID (a
 * session retold in notes, a chat's copy, where the run's output was left out). moby daemon/names.go reserves a container's name
 * until the container is removed (daemon/delete.go releases it: `docker rm NAME`, or the conflicting container's ID or its prefix,
 * which moby's GetContainer takes as well); a later `docker run --name NAME` then creates a container under it, and docker ps
 * (cli/command/formatter/container.go) lists it by that name with its status `Up …`. The three in that order after the conflict,
 * the retry without a failing word under it, and the listing's row of the name running: the conflict is past (CONVENTIONS §2.0, the
 * later state). A listing without the removal before it is no proof: the container that held the name may be the one listed.
 */
function freedThenListed(list: Part[], h: Hit): boolean {
  const name = typeof h.details.name === 'string' ? h.details.name.replace(/^\//, '') : '';
  if (!name || h.part === undefined || !/^[\w.-]{1,100}$/.test(name)) return false;
  const hex = /^[0-9a-f]{12,64}$/.test(name);
  const names = (w: string) => w === name || (hex && /^[0-9a-f]{4,64}$/.test(w) && (w.startsWith(name) || name.startsWith(w)));
  const args = (cmd: string) => cmd.trim().split(/\s+/).slice(0, 40);
  const rm = list.findIndex(
    (p, j) => j > h.part! && /^(?:rm|container rm|container remove)$/.test(verbOf(p.cmd) ?? '') && args(p.cmd).some(names),
  );
  if (rm < 0) return false;
  const word = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const run = list.findIndex(
    (p, j) =>
      j > rm &&
      /^(?:run|container run)$/.test(verbOf(p.cmd) ?? '') &&
      new RegExp(`\\s--name[ =]${word}(?:\\s|$)`).test(p.cmd) &&
      !p.lines.some((l) => l.length > 2000 || failing.test(l)),
  );
  if (run < 0) return false;
  const row = new RegExp(`(?:^|\\s)${word}(?:\\s|$)`);
  return list.some(
    (p, j) =>
      j > run &&
      verbOf(p.cmd) === 'ps' &&
      p.lines.some((l) => l.length < 4000 && /^\s*CONTAINER ID\s/.test(l)) &&
      p.lines.some((l) => l.length < 4000 && row.test(l) && /\bUp (?:\d+|About|Less)\b/.test(l)),
  );
}

/** An image reference as a pull names it: docker.io/library/ and the tag latest are what an unqualified name means (distribution/reference). */
const imageKey = (ref: string) =>
  ref
    .replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
    .replace(/^library\//, '')
    .replace(/:latest$/, '');
/** moby distribution/pull.go writeStatus: the pull's last line, `Status: Downloaded newer image for %s` or `… Image is up to date for %s`. */
const pulledLine = /Status: (?:Downloaded newer image for|Image is up to date for) ([\w./:-]{1,200})/;

/**
 * cw149 (stop 50): a pull refused for a name without a namespace (docker/cli normalizes it to Docker Hub's `library/` one,
 * distribution/reference ParseNormalizedNamed: `Error: image library/x:latest not found`, `pull access denied for x`), then, later in the
 * paste, the same repository pulled whole under a publisher's namespace (moby distribution/pull.go's `Status: Downloaded newer image
 * for y/x:latest`): the learner named the image right on the retry, and the refusal is past (CONVENTIONS §2.0, the later state). Only
 * that shape: another image pulled later says nothing of the one refused.
 */
function renamedPull(lines: { part: number; l: string }[], h: Hit, raw: string): boolean {
  const name = imageKey(raw).replace(/:[\w.-]{1,128}$/, '');
  if (name.includes('/')) return false;
  const from = lines.findIndex((x) => (h.part === undefined || x.part === h.part) && x.l.includes(raw) && /not found|denied/.test(x.l));
  return (
    from >= 0 &&
    lines.slice(from + 1).some((x) => {
      const m = pulledLine.exec(x.l);
      const got = m ? imageKey(m[1]!).replace(/:[\w.-]{1,128}$/, '') : '';
      return /^[\w.-]{1,100}\/[\w.-]{1,100}$/.test(got) && got.split('/')[1] === name;
    })
  );
}

/**
 * cw122: a lookup of an image by name (`Error: No such image: pihole/pihole`, docker rmi's or inspect's answer in moby
 * daemon/images: a clean-up that removes an image before pulling it again, bipulkkuri/pihole's dockeredPihole.sh) is void once a
 * later line of the paste shows that image pulled whole (moby distribution/pull.go's `Status: …` line naming it): the daemon then
 * holds it, the later state. Any part of the paste, also one script's output holding both (no command line of docker's between).
 */
export function pulledAfterLookup(list: Part[], hits: Hit[]): Hit[] {
  const lines = list.flatMap((p, i) => [p.cmd, ...p.lines].map((l) => ({ part: i, l })));
  return hits.filter((h) => {
    if (h.id === 'image-not-found' && !h.details.lookup && !h.details.variant && typeof h.details.name === 'string')
      return !renamedPull(lines, h, h.details.name);
    if (h.id !== 'image-not-found' || !h.details.lookup || typeof h.details.name !== 'string') return true;
    const name = imageKey(h.details.name);
    const from = lines.findIndex((x) => (h.part === undefined || x.part === h.part) && x.l.includes(`No such image: ${h.details.name}`));
    return (
      from < 0 ||
      !lines.slice(from + 1).some((x) => {
        const m = pulledLine.exec(x.l);
        return !!m && imageKey(m[1]!) === name;
      })
    );
  });
}

/*
 * cw46: the later `docker run` stands (CONVENTIONS §2.0, §2.2): of several `docker run` lines, the last one that printed its
 * container's ID alone and after it only listings of what runs, nothing failing in them. Read by lesson 5's run step (step-run.ts
 * settle, cw43) and the reach path's steps (step-reach.ts settle, cw46: a refused `-p 8001L80` then `-p 8001:80` and its ID, then
 * docker ps, at "Is port 8050 free?").
 */
/** cw43: the last `docker run` that printed its container's ID alone, after an earlier one, and after it only listings without an error. */
export function ranThenListed(said: Part[]): boolean {
  const onlyId = (p: Part) => {
    const out = p.lines.filter((l) => l.trim());
    return out.length === 1 && /^\s*[0-9a-f]{64}\s*$/.test(out[0]!);
  };
  const at = said.findLastIndex((p) => /^docker (?:container )?run\b/.test(p.cmd) && onlyId(p));
  const after = said.slice(at + 1);
  return (
    at > 0 &&
    after.length > 0 &&
    said.slice(0, at).some((p) => /^docker (?:container )?run\b/.test(p.cmd)) &&
    after.every(
      (p) =>
        /^docker (?:container )?(?:ps|ls|list)\b/.test(p.cmd) &&
        p.lines.some((l) => /^\s*CONTAINER ID\s/.test(l)) &&
        !p.lines.some((l) => /error|denied|refused|no such|fail|cannot|unable|conflict|in use|allocat/i.test(l)),
    )
  );
}

/*
 * cw117: the later Compose `up` stands (CONVENTIONS §2.0, §2.5 cw117): a start refused at a host port, then a later `up` whose
 * containers started. Read by lessons 7 and 8 (step-compose.ts settle) and the reach path's "Does the app listen?" (step-reach.ts
 * settle).
 */
/**
 * Compose's `up` (also `start`, `restart`, `run`) by either name, after its global options (-f FILE, -p NAME, --env-file …). An option's
 * value never starts with `-`, so each word is read one way only (no backtracking over a long line of options).
 */
const composeStart =
  /^docker(?:-compose| compose)(?: +(?:-[fp]|--file|--project-name|--env-file|--profile|--project-directory) +[^\s-]\S*| +--?[\w-]+(?:=\S+)?)* +(?:up|start|restart|run)\b/;
/** A host port refused at a start (moby portmapper's `Bind for 0.0.0.0:5000 failed: port is already allocated`, `listen tcp 0.0.0.0:5000: bind: address already in use`, Docker Desktop's `Ports are not available: exposing port TCP …`, Windows' `only one usage of each socket address`). */
const portRefused = /port is already allocated|Ports are not available|address already in use|only one usage of each socket address/i;
/**
 * A container Compose started: v2's progress (docker/compose pkg/progress: `✔ Container x  Started`, `Running`, `Healthy`; printed after
 * ContainerStart returned, the host ports bound), v1's `Starting x ... done` (compose/parallel.py, after create and start; a refused start
 * is `... error`), or the container's own output under Compose's log prefix (v1 log_printer.py, v2 cmd/formatter/logs.go: `web-1  | …`).
 */
const started =
  /^\s*(?:[✔✓⠿]\s*)?Container [\w.-]+\s+(?:Started|Running|Healthy)\b|^\s*(?:Starting|Creating|Recreating) [\w.-]+ +\.\.\. +done\b|^\s*[\w.-]{1,100}\s+\|\s{0,4}\S/;
/** Compose's own failure lines (not a container's output under its prefix). */
const failed = /^\s*(?:Error response from daemon|ERROR:|Error:? )|\.\.\. +error\b|^\s*(?:[✘✗]\s*)?Container [\w.-]+\s+Error\b/;

/**
 * cw117: a Compose start refused at a host port, then a later `up` (or start) whose containers started, with nothing refused in it
 * or after it (a learner's notes: Docker Desktop's `Ports are not available: exposing port TCP 0.0.0.0:5000 …: address already in
 * use`, the ports changed, then `docker-compose up` with `Container docker_compose_example-web-1  Recreated` and Flask's start lines
 * under `web-1  |`): the refusal is past, the later state stands (CONVENTIONS §2.0, as cw43's later `docker run` for lesson 5). What the
 * later run shows answers (its project, where its app listens). Not at "Is port 8050 free?", where a port another program holds stays.
 */
export function upAfterRefusal(list: Part[]): string[] | undefined {
  const at = list.findLastIndex(
    (p) => p.cmd.length < 2000 && composeStart.test(p.cmd) && p.lines.some((l) => l.length < 2000 && started.test(l)),
  );
  if (at <= 0) return undefined;
  const own = (l: string) => !/^\s*[\w.-]{1,100}\s+\|/.test(l);
  const later = list.slice(at).flatMap((p) => [p.cmd, ...p.lines].filter((l) => l.length < 2000));
  const past =
    !later.some((l) => portRefused.test(l) || (own(l) && failed.test(l))) &&
    list
      .slice(0, at)
      .some((p) => p.cmd.length < 2000 && composeStart.test(p.cmd) && p.lines.some((l) => l.length < 2000 && portRefused.test(l)));
  return past ? list[at]!.lines.filter((l) => l.length < 2000 && started.test(l)) : undefined;
}

/** Whether one of those lines is of a container of service `name`: v1's `x_web_1`, v2's `x-web-1`, 2.2x's `web-1`, or container_name's. */
export function startedService(lines: string[], name: string): boolean {
  const re = new RegExp(`(?:^|[\\s_-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[_-]\\d{1,3})?(?=[\\s|]|$)`);
  return lines.some((l) => re.test(l));
}

/**
 * cw171 (stop 56): Compose v1's connection error, then the same Compose command run again with sudo that the daemon answered. v1
 * talks to the daemon through docker-py, and compose/cli/errors.py (handle_connection_errors) words any failure to reach the socket,
 * the user's EACCES included, as `ERROR: Couldn't connect to Docker daemon at http+docker://localhost - is it running?` (the socket's
 * URL as docker-py names it: `localunixsocket` in 1.x before 1.21). Run under sudo, the same command goes on with lines only the
 * daemon's reply makes: compose/network.py Network.ensure inspects the network and only on NotFound logs `Creating network "<p>_default"
 * with the default driver` (or `with driver "…"`) and creates it; compose/service.py's `Creating <name> ... done`; the daemon's own
 * build stream (`Step 1/7 : FROM …`) and pull stream (`<layer>: Pull complete`, `Digest: sha256:…`); v2's progress events
 * (`Network x  Created`, `Container x  Started`, pkg/progress). Then the daemon runs and refused only the learner's user: the socket's
 * permission (CONVENTIONS §2.1, cw38's `sudo docker version` answered alike), and what the sudo run made is the later state at the other
 * steps (cw167). Only the same Compose command (its first word after `docker-compose` or `docker compose`), typed after the error.
 */
const v1Connect = /\bCouldn't connect to Docker daemon\b/;
const composeVerb = (cmd: string) =>
  /^(?:sudo +)?docker(?:-compose| compose)(?: +-{1,2}[\w-]+(?:[ =](?!-)\S+)?)* +([a-z]+)\b/.exec(cmd.trim())?.[1];
const daemonMade =
  /^\s*(?:Creating network "[^"\n]{1,200}" with (?:the default driver|driver "[^"\n]{1,100}")|(?:Creating|Starting|Recreating) [\w.-]{1,200}\s+\.\.\. done|Step \d{1,4}\/\d{1,4} : [A-Z]{2,}\b|[0-9a-f]{12}: Pull complete|Digest: sha256:[0-9a-f]{64}|[✔✓]?\s*(?:Network|Container|Volume) [\w.-]{1,200}\s+(?:Created|Started|Running|Healthy)\s*$)/;
/**
 * cw186 (stop 58): the same for the docker client before 1.13, whose one wording for any failure to reach the socket, the user's
 * EACCES included, was `Cannot connect to the Docker daemon. Is the docker daemon running on this host?` (docker/engine-api
 * client/errors.go ErrConnectionFailed; 1.13 gave permission its own `Got permission denied while trying to connect`), also through
 * NVIDIA's nvidia-docker 1.x wrapper (NVIDIA/nvidia-docker tools/src/nvidia-docker main.go, its log's `nvidia-docker | ` prefix): the
 * line of a `docker run` (or `nvidia-docker run`) typed without sudo just above it, and above that the same program's run under sudo
 * whose output came (the container's own lines; sudo's password prompt passed over, none of docker's errors). The daemon ran that
 * container, so it runs: the socket refused only the learner's user (CONVENTIONS §2.1 cw94, h29-compose510's sudo answer beside it).
 * Lines of one part, as a terminal copied without prompts shows them.
 */
const oldConnect = /Cannot connect to the Docker daemon\. Is the docker daemon running on this host\?/;
const runLine = /^\s*(?:\$\s+)?(sudo\s+(?:-\S+\s+)*)?((?:nvidia-)?docker)\s+run\b/;
const dockerError =
  /^\s*(?:nvidia-docker \| .*)?(?:docker(?:\.exe)?: |Error response from daemon|Cannot connect to the Docker daemon|Got permission denied|permission denied|Unable to find image|.*\bError\b)/i;
export function sudoRunAnswered(list: Part[], hits: Hit[]): void {
  for (const h of hits) {
    if (h.id !== 'daemon-not-running' || h.part === undefined || h.line === undefined) continue;
    // The paste's lines in order, each part's command line (with its sudo) before its output: a run typed at a prompt is a part's.
    const lines: string[] = [];
    let from = 0;
    for (const [i, p] of list.entries()) {
      if (p.cmd) lines.push(`${p.sudo ? 'sudo ' : ''}${p.cmd}`);
      if (i === h.part) from = lines.length;
      lines.push(...p.lines);
    }
    // The hit's line, or the line under it when the reader joined the command's line to its error (a wrapped line's reading).
    const err = [from + h.line, from + h.line + 1].find((i) => oldConnect.test(lines[i] ?? ''));
    if (err === undefined) continue;
    let at = err - 1;
    while (at >= 0 && !lines[at]!.trim()) at--;
    const own = runLine.exec(lines[at] ?? '');
    if (!own || own[1]) continue;
    const answered = lines.slice(0, at).some((l, i) => {
      const m = runLine.exec(l);
      if (!m || !m[1] || m[2] !== own[2]) return false;
      const out = lines.slice(i + 1, i + 4).filter((o) => o.trim() && !/^\s*\[sudo\] password for /.test(o));
      return out.length > 0 && !runLine.test(out[0]!) && !dockerError.test(out[0]!);
    });
    if (answered) h.id = 'permission-denied';
  }
}

export function sudoComposeAnswered(list: Part[], hits: Hit[]): void {
  for (const h of hits) {
    if (h.id !== 'daemon-not-running' || h.part === undefined) continue;
    const p = list[h.part];
    if (!p || p.sudo) continue;
    const verb = composeVerb(p.cmd);
    if (!verb || !p.lines.some((l) => l.length < 400 && v1Connect.test(l))) continue;
    const again = list
      .slice(h.part + 1)
      .some((q) => q.sudo && composeVerb(q.cmd) === verb && q.lines.some((l) => l.length < 400 && daemonMade.test(l)));
    if (again) h.id = 'permission-denied';
  }
}
