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
    /(?:Creating|Starting|Recreating|Restarting) \S+ +\.\.\. done|Container \S+ +(?:Started|Running|Created|Recreated|Healthy)|^Attaching to /,
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

/** Drops each hit of a part whose command a later part ran again, answered without an error or failing at least as far on. */
export function laterState(list: Part[], hits: Hit[]): Hit[] {
  // The program too: WSL's docker refused, then Windows' docker.exe answering, is another client (cw111).
  const keys = list.map((p) => {
    const v = verbOf(p.cmd);
    return v && evidence.some(([verb]) => verb.test(v)) ? `${/^\S+\.exe\b/i.test(p.cmd.trim()) ? 'exe ' : ''}${v}` : undefined;
  });
  const own = (j: number) => hits.filter((h) => h.part === j);
  const worked = (j: number) => {
    const shows = evidence.find(([verb]) => verb.test(keys[j]!.replace(/^exe /, '')))![1];
    const out = list[j]!.lines.filter((l) => l.trim() && !pulling.test(l));
    return !own(j).length && out.some((l) => shows.test(l)) && !out.some((l) => failing.test(l));
  };
  // A run whose image is being pulled got past the reading of its line: its reference and options were taken.
  const pulled = (j: number) =>
    /(?:^| )(?:run|create)$/.test(keys[j]!) &&
    !own(j).length &&
    list[j]!.lines.some((l) => pulling.test(l) || /Pull complete|Pulling fs layer/.test(l));
  // With sudo or without it, as the earlier try: a user's permission error is no later state of root's missing daemon (§2.1).
  const further = (h: Hit, j: number) =>
    own(j).length > 0 && !list[j]!.sudo === !list[h.part!]!.sudo && Math.min(...own(j).map(stage)) >= stage(h);
  // A port refused to one host port is still taken when the retry published another (bradsimpson's notes: 8080 refused, then
  // `-p 8000:80` runs): only a retry on that same host port shows it free.
  const samePort = (h: Hit, j: number) => {
    const port = h.details.port;
    // An error's port is its digits; anything else (a rule that captured more) cannot be matched against a -p and keeps the error.
    if (!port) return true;
    return /^\d{1,5}$/.test(port) && new RegExp(`(?:^|[\\s:])${port}:`).test(list[j]!.cmd);
  };
  // The socket refused to the user, then the same command with sudo: the user still cannot (CONVENTIONS §2.1 cw44, cw74).
  const sudoOnly = (h: Hit, j: number) => h.id === 'permission-denied' && !!list[j]!.sudo && !list[h.part!]!.sudo;
  return hits.filter((h) => {
    const k = h.part === undefined ? undefined : keys[h.part];
    return (
      !k ||
      !keys.some(
        (w, j) =>
          j > h.part! && w === k && !sudoOnly(h, j) && samePort(h, j) && (worked(j) || further(h, j) || (stage(h) === 0 && pulled(j))),
      )
    );
  });
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
 * cw122: a lookup of an image by name (`Error: No such image: pihole/pihole`, docker rmi's or inspect's answer in moby
 * daemon/images: a clean-up that removes an image before pulling it again, bipulkkuri/pihole's dockeredPihole.sh) is void once a
 * later line of the paste shows that image pulled whole (moby distribution/pull.go's `Status: …` line naming it): the daemon then
 * holds it, the later state. Any part of the paste, also one script's output holding both (no command line of docker's between).
 */
export function pulledAfterLookup(list: Part[], hits: Hit[]): Hit[] {
  const lines = list.flatMap((p, i) => [p.cmd, ...p.lines].map((l) => ({ part: i, l })));
  return hits.filter((h) => {
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
