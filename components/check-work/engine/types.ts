/*
 * Shared types of "Check your work": what the parsers read out of a paste (Facts) and what
 * the checks answer (Diagnosis). Field names of the Docker objects follow moby's API types
 * (api/types/container, api/types/network) and docker/compose's pkg/api, see schemas.ts.
 * A Diagnosis carries no words: messages.ts holds them, keyed by messageKey(diagnosis).
 */
import type { ReachStepId } from './reach-steps';

/** The hands-on steps that end with a panel: lessons 3, 5, 7 and 8; share (lesson 6, the local registry) and volumes (lesson 9, the named volume). */
export type Step = 'install' | 'run' | 'compose' | 'networks' | 'share' | 'volumes';

/** What a paste is checked for: a panel step, or a step of the "can't reach it" path. */
export type Check = Step | `reach:${ReachStepId}`;

/** ok: the paste shows every condition the step checks; partial: some of them and nothing wrong. */
export type VerdictKind = 'ok' | 'partial' | 'problem' | 'unreadable';

/** Every answer the checker can give; catalog.ts maps each one to its fixtures. */
export type DiagnosisId =
  | 'healthy'
  | 'published-on-loopback'
  | 'app-listens-on-all'
  | 'daemon-not-running'
  | 'permission-denied'
  | 'client-too-old'
  | 'container-exited'
  | 'container-not-found'
  | 'no-port-published'
  | 'ports-swapped'
  | 'app-listens-on-loopback'
  | 'port-already-allocated'
  | 'no-arm64-manifest'
  | 'compose-service-not-running'
  | 'compose-service-missing-network'
  | 'compose-project-name'
  | 'compose-localhost-upstream'
  | 'compose-no-file'
  | 'compose-undefined-network'
  | 'compose-not-installed'
  | 'network-not-found'
  | 'network-address-pool'
  | 'network-wrong-project'
  | 'compose-too-old'
  | 'compose-service-missing'
  | 'upstream-host-not-found'
  | 'upstream-connection-refused'
  | 'docker-not-found'
  | 'engine-not-ready'
  | 'exec-format-error'
  | 'image-not-found'
  | 'name-conflict'
  | 'invalid-reference'
  | 'invalid-port-spec'
  | 'missing-image-argument'
  | 'build-failed'
  | 'registry-unreachable'
  | 'not-a-tty'
  | 'compose-file-invalid'
  | 'image-not-tagged'
  | 'volume-missing'
  | 'shows-part'
  | 'unreadable';

/**
 * What a diagnosis found, for the message's {placeholders} and for the island to show
 * (lastLines as code). Only data, never words; which fields each diagnosis gives is tested
 * against the placeholders of its messages (messages.test.ts).
 */
export type Details = {
  /** Picks one of the id's messages when the id has several, e.g. 'created' or 'crash'. */
  variant?: string;
  /** The container (lesson 5) or Compose service (lessons 6, 7) it is about. */
  name?: string;
  state?: string;
  exitCode?: number;
  /** The last lines the container (or service) printed, when the paste had them. */
  lastLines?: string[];
  /** The line of the paste the answer rests on, shown under it as pasted (an error the daemon answered with). */
  quote?: string;
  /** What to open in the browser when things work. */
  url?: string;
  /** The ports that were found, as docker ps prints them. */
  found?: string;
  /** cw33: the process a host's listing shows at the lesson's host port by its PID only (Windows' netstat -ano, Get-NetTCPConnection). */
  pid?: string;
  /** The container port the published port leads to instead of the app's. */
  target?: number;
  /** A port an error message names, and the container port the lesson publishes it to. */
  port?: string;
  appPort?: number;
  /** API versions: the client's, and the minimum the server accepts. */
  client?: string;
  server?: string;
  /** A network (or the networks, shown joined by "and"). */
  network?: string | string[];
  /** The project name that was found instead of the lesson's. */
  project?: string;
  /** The localhost address the proxy connects to. */
  upstream?: string;
  /** The command pasted above output the checker does not read. */
  foreign?: string;
  /** Which outputs were recognised in the paste, e.g. ['docker ps']. */
  readAs?: string[];
  /** An image looked up by name or ID (`No such image`), not pulled: beside a Server part that answered, only the name was wrong. */
  lookup?: boolean;
};

export type Diagnosis = { kind: VerdictKind; id: DiagnosisId; details: Details };

/** One published (host > 0) or merely exposed (host 0) container port. */
export type Port = {
  ip: string;
  host: number;
  container: number;
  proto: string;
  /** The last host port of a published range. */ hostEnd?: number;
};

export type Container = {
  name: string;
  service?: string;
  project?: string;
  image?: string;
  /** moby's ContainerState: created, running, paused, restarting, removing, exited, dead. */
  state?: string;
  exitCode?: number;
  /** Undefined when the output does not say (a stopped container's PORTS column is empty). */
  ports?: Port[];
  /** cw57: docker ps' CONTAINER ID (12 digits) and CREATED cells, where the table shows them: `docker logs <ID>` names the row, and
   * rows created at once (one CREATED) were created together. */
  id?: string;
  created?: string;
  /** Stop 54: how long ago an exited row stopped (its STATUS cell's `Exited (2) 7 minutes ago`), where a table shows it. */
  stopped?: string;
  /**
   * cw166 (stop 55): a swarm service's REPLICAS cell (`docker service ls`, `docker stack services`: docker/cli
   * cli/command/service/formatter.go, `%d/%d` tasks running of those desired), where a table shows it.
   */
  replicas?: { running: number; desired: number };
};

/** `cut`: its members were cut off the paste (network inspect), so one not listed may yet be there. */
/** Where a copy cut a listing: below its last row, or on the right of its columns. */
export type ListingCut = 'rows' | 'columns';

/**
 * cw144: one listing of containers as it was read (read.ts, schemas.ts), the positive evidence an ok at "Is port 8050 free?" is
 * measured by (reach-gate.ts): its command, its header and its block's lines as pasted, and the containers read from them.
 */
export type ListingSeen = {
  /** The command line above it ('' when the paste shows none). */
  cmd: string;
  /** 'table': a header and its rows; 'rows': rows without a header; 'template': `--format` rows under their command; 'json': JSON lines. */
  layout: 'table' | 'rows' | 'template' | 'json';
  compose?: boolean;
  header?: string;
  /** The line above the header (a terminal that wrapped the header puts its first columns there). */
  above?: string;
  /** The block's lines under the header, as pasted (each a row, unless read otherwise). */
  rows: string[];
  /** The first line after the block in its part; undefined where the part ends with it. */
  after?: string;
  containers: Container[];
  /** A template's listing: its template prints the ports. */
  ports?: boolean;
  cut?: boolean;
  /** cw184: a `table` template's rows without the header it always prints, after the writer's caption (ps-template.ts). */
  headless?: boolean;
};

export type Network = { name: string; project?: string; key?: string; members: string[]; cut?: boolean };

export type ComposeService = { ports: Port[]; networks?: string[] };

export type ComposeConfig = {
  name?: string;
  services: Record<string, ComposeService>;
  /** A localhost URL in any service but web (or in top-level configs), e.g. proxy_pass. */
  localhost?: string;
  /** A service's database host set to localhost (`DATABASE_HOST: localhost`, `- DB_HOST=127.0.0.1`), web's too. */
  dbLocalhost?: string;
  /** cw185 (stop 58): a service's database host under environment, whatever it is (`WORDPRESS_DB_HOST: db:3306` → db). */
  dbHostName?: string;
  /** The top-level networks key's networks, when there is one. */
  networks?: string[];
  /** cw73: pasted from its first service, its `services:` line cut (parse-compose-config.ts cutServices). */
  cut?: boolean;
};

/** An error message Docker, Compose or nginx printed; rank orders them, most fundamental first. */
/** `part`: the index of the paste's part (read.ts) whose output printed the error, when read there (later-state.ts). */
/** `fatal`: cw119, the error inside a program's own fatal log line (read.ts programFatal): the container's program is the client. */
/**
 * `part`/`line`: where the error was read (line -1: the part's command line); `past`: a later try of the same command worked on
 * another host port (later-state.ts, cw124): past at lesson 5's run, still standing where a port taken by another program counts.
 */
/** `logOf`: cw162, the error inside a program's own log line under Compose's prefix for its service (read.ts programLog): that name. */
export type Hit = {
  id: DiagnosisId;
  details: Details;
  rank: number;
  part?: number;
  line?: number;
  fatal?: boolean;
  logOf?: string;
  past?: boolean;
};

/** What the app says it listens on, from Dash's and Werkzeug's start-up lines. */
/** Where the app listens: `all` (0.0.0.0), `loop` (127.0.0.1 only, unless all), `served`: it answered a request from another address (through Docker's published port). */
/** `port`: the port the app's start-up line names (Dash's, Werkzeug's, gunicorn's). */
export type Listen = {
  all?: boolean;
  loop?: boolean;
  served?: boolean;
  port?: number;
  /** cw30: the start line's port is no number (`:null`, `port undefined`): the app was given none. */
  noPort?: string;
};

/** A pasted docker command line, as command-line.ts reads it. */
export type CommandLine = {
  /** The model's path: 'container run', 'container port', 'container logs', … */
  command: string;
  /** --name, or the container argument (docker port dash-app); an ID goes to `id`. */
  name?: string;
  id?: string;
  image?: string;
  publish: Port[];
  publishAll: boolean;
  /** cw192 (stop 59): `--expose PORT`: marked exposed, nothing published. */
  expose?: boolean;
  detach: boolean;
  /** --network host: no port is published, whatever -p says. */
  hostNetwork?: boolean;
  /** cw97: the network a run joins (--network NAME) or `docker network create|connect` names. */
  network?: string;
  hasCommand: boolean;
  /**
   * cw170 (stop 56): the host names the run's own command (the words after its image) addresses: a URL's host (`http://web:80/`), a
   * `name:port` word, or a bare name (`ping web`). A container on a user-defined network reaches another by its name there.
   */
  addresses?: string[];
  /** cw49: docker run's own options typed after the image (`docker run e4l-python-graph -p 8050:8050`): Docker passed them to the app. */
  afterImage?: string[];
  /** cw92: the paste's last line, no output after it: what it did is not shown. */
  endsPaste?: boolean;
  /** cw98: the containers a stop, kill or rm names ('*': every one, `$(docker ps -q)`); `refused`: its output is Docker's error. */
  targets?: string[];
  refused?: boolean;
  /** cw98: the part of the paste it heads (read.ts' rowAt: which rows were read after it). */
  at?: number;
};

export type Facts = {
  /** cw144: per log key (as `listen`), the line (its Compose prefix taken off) that first showed every address (reach-gate.ts). */
  allLines?: Record<string, string>;
  /** cw144: every listing of containers read (ListingSeen): an ok at port-free needs a whole one (reach-gate.ts). */
  listings?: ListingSeen[];
  /** cw144: an error line of the daemon or of the client's connection that no later answer of the same command made past (step-install.ts). */
  daemonError?: string;
  /** cw196 (stop 59): the daemon's refusal under a docker command that is not lesson 3's work (an exec into a stopped container). */
  daemonRefusal?: string;
  /** cw146 (stop 50): Docker's platform warning, then the container's own output (step-install.ts ranAfterPlatform). */
  platformRan?: boolean;
  /** Stop 48: the containers Compose's progress lines of the paste name (`✔ Container nginx  Started`, `Creating x ... done`). */
  progressNames?: string[];
  /** Stop 49: the names a Compose listing of the paste lists (`docker compose ps`, v1's `docker-compose ps`): its own project's containers. */
  composeListed?: string[];
  /** The docker command lines pasted above their output. */
  commands: CommandLine[];
  kinds: string[];
  hits: Hit[];
  clientApi?: string;
  serverApi?: string;
  serverMinApi?: string;
  /** The server answered (docker version's Server part, docker info's Server Version). */
  serverOk?: boolean;
  hello?: boolean;
  /** Every docker command line of the paste ran with sudo (normalize.ts' Segment). */
  sudo?: boolean;
  /** True once a listing (docker ps, docker compose ps) was read, even an empty one. */
  listed?: boolean;
  /** cw57: rows' last cells quoted without their header (parse-table.ts rowTail): the rows the poster chose, not every container. */
  rowsOnly?: boolean;
  /**
   * cw83: a listing the copy cut (parse-table.ts `cut`): 'rows' when its last row stops before NAMES (the rows after it are not
   * shown), 'columns' when its header stops at PORTS (cw106: NAMES and any column after it are not shown).
   */
  listingCut?: ListingCut;
  /** cw40: a listing of the latest containers only (`docker ps -l`, `-n 3`): it does not show what else holds a port. */
  latestOnly?: boolean;
  /** cw96: the only listings with a header are filtered by a name, an image, a state or a grep (step-reach.ts). */
  filteredOnly?: boolean;
  /** cw101: the paste's last `docker run`/`create` line comes after its last listing (step-reach.ts settle): the listing is older. */
  ranAfterListing?: boolean;
  /** cw47: a listing whose own template leaves the ports out (`docker ps --format '{{.Names}}\t{{.Status}}'`): it does not show what holds a port. */
  portsUnseen?: boolean;
  /** cw40: the daemon's own start log completed after the client's "Cannot connect" (version-format.ts settle). */
  daemonStarted?: boolean;
  /** cw191: the daemon's own start log ends ready, no client's "Cannot connect" in the paste (version-format.ts settle). */
  daemonLog?: boolean;
  /** cw72: systemd's word on docker.service (systemd-state.ts): active, inactive with its socket active, or starting. */
  serviceState?: 'active' | 'socket' | 'starting';
  containers: Container[];
  networks: Network[];
  config?: ComposeConfig;
  /** Keyed by Compose service, '' for plain docker logs. */
  listen: Record<string, Listen>;
  lastLines: Record<string, string[]>;
  /** cw121: per log key, its last line that is no stack frame (`    at f (file:1:2)`, node's `    ----`, Java's `... 12 more`). */
  traceHeads?: Record<string, string>;
  /** cw91: Compose's log prefixes as printed (`mysql_server`, `web-1`, `resolvable_1`), before serviceOf reads a service from them. */
  logPrefixes?: string[];
  projects: string[];
  upstreamLocal?: string;
  /** cw31: an env file's peer address at loopback (`COUCHDB_URL=http://127.0.0.1:5984`), compose-errors.ts' envLocal. */
  envLocal?: string;
  /** Compose v1's `WARNING: Some networks were defined but are not used by any service: a, b` (compose/network.py). */
  unusedNetworks?: string[];
  upstreamMissing?: string;
  /** cw63: the service (its log's key, '' unprefixed) whose nginx logged its failed lookup as `[emerg]`, which stops nginx at start. */
  upstreamEmerg?: string;
  /** upstreamMissing was an app's lookup (a database driver, node, Go), not nginx's; 'browser': a browser's, on the learner's machine. */
  upstreamApp?: boolean | 'browser';
  /**
   * A lookup failed without naming the host: an app's (`getaddrinfo: Name does not resolve`), or nginx's `host not found in
   * upstream` copied without its name ('proxy'). Compose's chunk.
   */
  lookup?: 'app' | 'proxy';
  /** An upstream nginx could not connect to (111: Connection refused), not on localhost. */
  upstreamRefused?: string;
  /** cw58: the port of that refusal when curl's `(7)`/`(28)` said it, to tell the host's curl at a published port (a reach question). */
  upstreamCurlPort?: number;
  /** cw82: ports curl asked at the host's own loopback (`curl http://127.0.0.1:7860`), the learner trying a published port from the host. */
  curlLoopPorts?: number[];
  /** cw35: nginx's refusal (or `no live upstreams`) quoted without its `upstream: "…"`: refused, the address not shown. */
  proxyRefused?: boolean;
  /** libpq before PostgreSQL 14 said "could not connect to server: Connection refused"; its next line names the host. */
  pgRefused?: boolean;
  /**
   * cw185 (stop 58): an app's database refused it in words that name no host: libpq 14+'s `Is the server running on that host and
   * accepting TCP/IP connections?`, PHP mysqlnd's 2002 `Connection refused` (mysqli's warning, PDO's SQLSTATE, the images'
   * `MySQL Connection Error: (2002)`). compose-errors.ts dbRefusal.
   */
  dbRefused?: boolean;
  /** cw185: the database's host as the paste sets it (an env's `WORDPRESS_DB_HOST: db:3306`, PDO's `mysql:host=…`, mysqli's first argument). */
  dbHost?: string;
  /** cw185: the host PHP's own connect call names at loopback (PDO's DSN, mysqli), read with any refusal the paste shows. */
  phpLocal?: string;
  /** cw185: some line of the paste says a connection was refused (compose-errors.ts refusalWords). */
  refusalSaid?: boolean;
  /** Compose 5's display (`[+] up 5/5`), which shows no Started under up: a container's Created there says nothing of its state. */
  /** Compose's `Attaching to …` (up without -d): its progress lines' Created is a container it then starts. */
  attached?: boolean;
  up5?: boolean;
  /** The name of a command pasted above output that is not one the checker reads. */
  foreign?: string;
  cutJson?: boolean;
  /** cw38: a `docker inspect` cut before its Name, of a running container: which container is not shown (schemas.ts). */
  cutRunning?: boolean;
  /** A server's start-up lines without its address (Flask's banner, supervisord's RUNNING), read on the reach path. */
  started?: boolean;
  /** Request lines the app answered, from any client (also behind a logging prefix), read on the reach path. */
  requests?: boolean;
  /**
   * Lesson 5's chunk: Docker's warning of an amd64 image on an arm host ('warned'), a board that no Desktop emulates for named
   * ('board'), and an emulated container's failure (Exited (255) or (139), qemu's crash: 'failed').
   */
  armHost?: { warned?: boolean; board?: boolean; failed?: boolean };
  /** What a client got at a port of the host (curl's, a browser's error), read on the reach path: an empty reply or a reset, or refused. */
  reply?: 'empty' | 'refused' | 'answered';
  /** cw159: the host port of each empty reply or reset, by the URL on its line (null: not on it). */
  emptyAt?: (number | null)[];
  /** cw182: the host port of each refusal, by curl's words or the URL on its line (null: not on it). */
  refusedAt?: (number | null)[];
  /** cw61: the host port other than the lesson's at which a client got an HTTP answer (host-clients.ts clientReply). */
  answeredAt?: number;
  /** cw135: that answer was at a container's own address (Docker's bridges, 172.16-31.x.x): the port answered is a container port. */
  answeredBridge?: number;
  /** cw73: that answer came after an empty reply at the same host port (host-clients.ts pageAfter): the empty reply is past. */
  answeredLast?: boolean;
  /** cw61: a compose file's short-syntax ports pasted on the reach path (step-reach.ts filePorts). */
  filePorts?: { host: number; container: number; service?: string }[];
  /** Stop 47: a compose file's service on the host's network (`network_mode: host`, step-reach.ts filePorts): nothing published. */
  fileHostNetwork?: boolean;
  /** cw37: a client run inside the container (`docker exec … curl`, or in a shell opened there) got the app's answer (inside-reply.ts). */
  answeredInside?: boolean;
  /** cw175 (stop 57): kubectl port-forward's lines (pod-forward.ts): the host port kubectl holds, the pod's port, and that port when the pod refused it. */
  podForward?: { local?: number; remote?: number; refused?: number };
  /** cw43: the ports a client in the container got the app's answer at, and was refused at (inside-reply.ts). */
  insidePorts?: { answered: number[]; refused: number[] };
  /** cw43: the segment being read was typed at a container's own root prompt (`root@1654c7f7fe27:/#`, normalize.ts segments). */
  atContainerPrompt?: boolean;
  /** cw164 (stop 55): the machine's name the segment's `user@host` prompt shows (normalize.ts promptHost), for host-tools-read.ts nmapScan. */
  promptHost?: string;
  /** cw38: a shell opened in a container (`docker exec -it NAME bash`), on a command line or told in a sentence: what follows ran there. */
  execShell?: boolean;
  /**
   * cw33: what the host's tools showed at the lesson's host port (host-tools-read.ts): its holder by name (docker: one of Docker's
   * own processes) or PID, Windows' excluded range holding it (variant 'excluded', name the range), or a listing with none there.
   */
  hostPort?: {
    name?: string;
    pid?: string;
    docker?: boolean;
    variant?: 'excluded';
    free?: boolean;
    elsewhere?: number;
    /** cw110: a port scan (nmap) of the host's loopback that does not show the lesson's port (host-tools-read.ts nmapScan). */
    scan?: boolean;
  };
  /** Host ports Docker's own proxy or NAT rule forwards (a docker-proxy process or socket, iptables' DNAT): some container publishes each. */
  dockerHostPorts?: number[];
  /** Stop 46: host ports a listing shows published (`8050->`) in rows no reader read (parse-table.ts unread): some container holds each. */
  unreadHostPorts?: number[];
  /** The port a client was refused at on a container's own address (Docker's bridges, 172.16-31.x.x): nothing listens there. */
  refusedInside?: number;
  /** cw80: the loopback port a learner says answers inside the container (step-reach.ts toldInside). */
  toldInsideAt?: number;
  /** cw115: a learner's word that the service answers inside the container, no address said (step-reach.ts toldInsideOnly). */
  toldInsideOk?: boolean;
  /** cw111: the port a learner says is in use, in a sentence of their own, no program's words (step-reach.ts toldInUse). */
  toldInUse?: number;
  /** cw201: a port conflict the learner states, no number ("It turned out to be a port conflict"; step-reach.ts toldConflict). */
  toldConflict?: boolean;
  /** cw147: moby's `driver failed programming external connectivity on endpoint x (id` with its cause cut off (step-reach.ts). */
  connectivityCut?: boolean;
  /** cw57: a `docker run -d` line that printed its container's ID (the daemon created and started that line's container). */
  startedDetached?: boolean;
  /** cw203: the ID the last such line printed (64 hex digits). */
  detachedId?: string;
  /** cw189: an interactive `docker run` followed by its container's own shell prompt (normalize.ts `entered`): that container started. */
  enteredRun?: boolean;
  /** cw69: the container ID the last `docker run` printed (docker/cli run.go, with -d): a listing's row of that ID is its container. */
  ranId?: string;
  /** cw85: ID prefixes a `docker logs|start|inspect <ID>` names anywhere in a line (prose, a chat that joined the lines). */
  namedIds?: string[];
  /** cw69: host ports of `docker port NAME PORT`'s output pasted without its command (its host side only: which container, not shown). */
  hostSides?: number[];
  /** A program other than Docker's that a socket listing shows at the lesson's host port (lsof, ss -p, netstat -p), read on the reach path. */
  portHolder?: string;
  /** Lesson 5's run: the paste ends with a `docker run` that printed its ID after tries that failed; that line stands (step-run.ts settle). */
  ranLast?: boolean;
  /** At "Is the container running?", the container a name conflict named as the name's holder, which a listing shows stopped (step-reach.ts settle). */
  heldBy?: string;
  /** A server's or host program's own "address in use" (host-clients.ts bindErrors), its port if it says: read on the reach path. */
  /** cw160: `docker`, the line is the daemon's refusal of a host port (its userland proxy), not a server's own bind. */
  /** cw168: a Rust program's panic on its io::Error AddrInUse: the port's answer at port-free only, its crash elsewhere. */
  bindInUse?: { port?: string; docker?: boolean; panic?: boolean };
  /** A shell opened in a container (`docker exec -it x sh`): a socket listing after it is the container's, read on the reach path. */
  inside?: boolean;
  /** The host's ports that Docker's proxy listens on in a socket listing (netstat -p's `230803/docker-proxy`), read on the reach path. */
  proxyPorts?: number[];
  /** A Python traceback or its last line was in the logs. */
  crash?: boolean;
  /** The first Compose service whose log had one ('' for plain docker logs). */
  crashIn?: string;
  /** Stop 52: rows listed Up that a later listing no longer shows (check.ts, diagnose-container.ts goneLater), taken out of containers. */
  gone?: Container[];
  /** Stop 52: the part of the paste the crash was first read in (read.ts), as rowAt (diagnose-container.ts crashedAfter). */
  crashAt?: number;
  /**
   * cw166 (stop 55): the first service ('' unprefixed) whose start script stopped on a file (start-failures.ts fileStopLine: cw41's
   * pair of a write refused and the image's own words, or the configuration file it names unreadable), read at Compose's step.
   */
  fileStopIn?: string;
  /** cw166 (stop 55): the first service whose entrypoint said the configuration file it passes its server is not readable. */
  configUnreadableIn?: string;
  /** cw113: the first service whose log had a database server's own stop at start (initdb's refusal, mysqld's Aborting; '' unprefixed). */
  dbStopIn?: string;
  /** cw147: the first service whose log had its program's own word that it stopped at start (start-failures.ts serverStop, runnerExit). */
  stopIn?: string;
  /** The paste was longer than normalize.maxChars, so only its head and tail were read. */
  long?: boolean;
  /** docker image ls (lesson 6's chunk): each image as name:tag, once a listing was read. */
  images?: string[];
  /** postgres logged "database system is ready to accept connections" (Compose's chunk): a db runs. */
  dbReady?: boolean;
  /** docker compose version (Compose's chunk): v1, or v2 before 2.3, which cannot read the lesson's file. */
  composeOld?: boolean;
  /** docker network ls (Compose's chunk): the names listed. */
  networkNames?: string[];
  /** Stop 53: a docker network ls with rows the poster left out (parse-table.ts elision): it shows no network missing. */
  networkLsCut?: boolean;
  /** cw113: the last network ls comes after Compose took a project down (down's `Removing network`), and no Compose output after it. */
  lsAfterDown?: boolean;
  /** docker volume ls (lesson 9's chunk): the volume names, once a listing was read (even an empty one). */
  volumes?: string[];
};
