/*
 * The JSON outputs, validated with zod/mini. The island loads this module (and zod) with
 * `await import('./schemas')` only when a paste holds JSON; nothing else may import it
 * statically but the tests. The shapes use the field names of the real types:
 * - container inspect: moby api/types/container InspectResponse (Name, State{Status, ExitCode},
 *   Config{Image}, HostConfig.PortBindings, NetworkSettings.Ports; a port map's values are
 *   lists of network.PortBinding{HostIp, HostPort}, api/types/network/port.go);
 * - network inspect: moby api/types/network Inspect (Name, Driver, Labels, Containers{id:
 *   EndpointResource{Name, IPv4Address}});
 * - `docker ps --format json`: docker/cli formatter.ContainerContext (Names, Image, State,
 *   Status, Ports, all strings);
 * - `docker compose ps --format json`: docker/compose pkg/api ContainerSummary (Name, Service,
 *   Project, State, ExitCode, Publishers[PortPublisher{URL, TargetPort, PublishedPort, Protocol}]).
 *
 * Only zod's object, string, number, unknown and optional: maps and lists are walked by hand
 * (entries()) and each of their items is validated with a schema here.
 *
 * A document the paste cut off (an excerpt that stops mid-object) is closed by repair() and read
 * with the same shapes: its scalars are whole (a pair cut inside is dropped), its maps and lists
 * may lack members, so those are used only when whole (no ports, no "service missing" from them).
 */
import * as z from 'zod/mini';
import type { JsonScan } from './json';
import type { JsonLib } from './read';
import type { Container, Facts, Port } from './types';

const str = z.optional(z.string());
const num = z.optional(z.number());
const any = z.optional(z.unknown());

// Name is optional for a cut document only: it comes after State in docker inspect's output.
export const containerInspect = z.object({
  Name: str,
  State: z.object({ Status: z.string(), ExitCode: num }),
  Config: z.optional(z.object({ Image: str })),
  HostConfig: z.optional(z.object({ PortBindings: any })),
  NetworkSettings: z.optional(z.object({ Ports: any })),
});

/**
 * An excerpt of docker inspect without its State (robertpsoane/ducker#170, containerd/nerdctl#130: from `"NetworkSettings": {`
 * to its Ports; or from `"Ports": {` itself): one container's ports, its name and state not shown.
 */
export const portsExcerpt = z.object({
  Ports: any,
  PortBindings: any,
  HostConfig: z.optional(z.object({ PortBindings: any })),
  NetworkSettings: z.optional(z.object({ Ports: any })),
});

export const portBinding = z.object({ HostIp: str, HostPort: str });

export const networkInspect = z.object({ Name: z.string(), Driver: z.string(), Labels: any, Containers: any });
/**
 * cw41: a network inspect with its Driver elided by the poster (gist ukchukx/3cb94f9c's "# Sample output", `# ...` for the members
 * between Id and Containers): its network Id (64 hex digits, moby's stringid) and its Containers map stand for it.
 */
export const networkElided = z.object({ Name: z.string(), Id: z.string(), Labels: any, Containers: any });

/**
 * cw155 (stop 52): a network inspect its author trimmed to its Name and IPAM (a blog's `docker network inspect` with `...` for the
 * members between, Driver, Labels and Containers among them): moby api/types/network Inspect's IPAM is IPAM{Driver, Options,
 * Config []IPAMConfig{Subnet, IPRange, Gateway, AuxAddress}}, which only a network prints (a container's endpoint has IPAMConfig).
 * The network by its name; its members and labels are not shown.
 */
export const networkIpam = z.object({ Name: z.string(), IPAM: z.object({ Driver: z.string(), Config: any }) });

export const endpoint = z.object({ Name: z.string() });

export const psLine = z.object({ Names: z.string(), Image: z.string(), State: str, Status: z.string(), Ports: z.string() });

export const composePsLine = z.object({
  Name: z.string(),
  Service: z.string(),
  Project: str,
  State: z.string(),
  ExitCode: num,
  Publishers: any,
  Networks: str,
});

export const publisher = z.object({ URL: str, TargetPort: z.number(), PublishedPort: z.number(), Protocol: str });

/** The items of a list or the values of a map that fit `schema`; anything else yields none. */
export function entries<T>(schema: z.ZodMiniType<T>, value: unknown): [string, T][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]): [string, T][] => {
    const r = z.safeParse(schema, v);
    return r.success ? [[k, r.data]] : [];
  });
}

const values = <T>(schema: z.ZodMiniType<T>, value: unknown): T[] => entries(schema, value).map(([, v]) => v);

/** A moby PortMap: {"8050/tcp": [{"HostIp": "", "HostPort": "8050"}]}, null for a port only exposed. */
export type PortMap = [string, { HostIp?: string; HostPort?: string }[]][];

export function portMap(value: unknown): PortMap {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).map(([key, list]) => [key, values(portBinding, list)]);
}

export function portsFromMap(map: PortMap, { port }: Pick<JsonLib, 'port'>): Port[] {
  return map.flatMap(([key, bindings]) => {
    const [container = '', proto = 'tcp'] = key.split('/');
    // An empty HostIp in HostConfig.PortBindings means every interface, like 0.0.0.0.
    return bindings.length ? bindings.map((b) => port(b.HostIp ?? '', b.HostPort, container, proto)) : [port('', 0, container, proto)];
  });
}

const legacy = z.object({ name: z.string(), id: z.string(), driver: z.string(), containers: any });

/**
 * cw35: Docker 1.9's network inspect, libnetwork's first API, as its reference page's example prints it (docker/docker v1.9
 * docs/reference/commandline/network_inspect.md, also in the 1.9 networking user guide: lower-case `"name"`, `"id"`, `"driver"`,
 * `"containers"` keyed by container ID with `"endpoint"`, `"mac_address"`, `"ipv4_address"`, no container name; later releases
 * print Name, Containers{…: {Name, …}}, Labels): read as the later shape, each member by its short ID, with no labels.
 */
function legacyNetwork(item: unknown): unknown {
  const n = z.safeParse(legacy, item).data;
  if (!n || (item as { Name?: unknown }).Name !== undefined) return item;
  const ids = n.containers && typeof n.containers === 'object' ? Object.keys(n.containers) : [];
  return { Name: n.name, Driver: n.driver, Labels: {}, Containers: Object.fromEntries(ids.map((id) => [id, { Name: id.slice(0, 12) }])) };
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** A `docker network ls` JSON row: its short ID, Name, Driver and Scope, Labels a string (an inspect has a map, IPAM, Containers). */
const lsRow = (v: unknown) => {
  const o = obj(v);
  return (
    !!o &&
    typeof o.Name === 'string' &&
    typeof o.ID === 'string' &&
    typeof o.Scope === 'string' &&
    typeof o.Driver === 'string' &&
    (o.Labels === undefined || typeof o.Labels === 'string') &&
    o.Containers === undefined
  );
};

/** Real outputs list a few containers or networks; more would only cost time. */
const maxItems = 32;

/** The marker repair() puts into each object (as a key) and list (as an item) that the cut left open. */
const marker = '\0cut';
const cutJson = JSON.stringify(marker).slice(1, -1);

/** A value that holds every member it had: not cut, nor anything in it. */
const whole = (v: unknown) => v !== undefined && !JSON.stringify(v).includes(cutJson);

/**
 * The document a paste cut off, closed after its last whole member: the text up to the last comma or bracket outside a
 * string (each follows a whole value, or opens a container), then for each bracket still open the marker and its closer.
 * One pass, nesting capped; undefined when the text is no JSON even so.
 */
export function repair(cutText: string, noted = false): unknown {
  // cw141: a member's string value the copy cut at its line's end (docker/compose#6303's stored copy: `"LogPath": "C:\\ProgramData\\…
  // \\0d5ce61ed61b6`, then `"Name": "/dist_database_1",` on the next line): JSON holds no raw line break in a string (RFC 8259 §7), so
  // the string ends where its line does, with the comma the cut took when a member follows; the members after it are read.
  const text = cutText.replace(/^([ \t]*"[^"\n]{1,100}"[ \t]*:[ \t]*"(?:[^"\\\n]|\\.){0,2000})$(\n(?=[ \t]*"))?/gm, (_, line, next) =>
    next ? `${line}",\n` : `${line}"`,
  );
  let open = '';
  let keep = { at: 0, open: '', comma: false };
  for (let i = 0, inString = false; i < text.length && open.length < 64; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    // cw60: the poster's prose after the excerpt (orbiter#59: `"Ports": {},` then "And i cannot access the container, the only
    // way…"): the document ends at a line no JSON line begins like, so a comma in a sentence is not taken for the document's.
    else if (
      c === '\n' &&
      /^[ \t]*[^\s"{}[\]\d.,:-]/.test(text.slice(i + 1, i + 40)) &&
      !/^[ \t]*(?:true|false|null)\b/.test(text.slice(i + 1, i + 40))
    )
      break;
    else if (c === '[' || c === '{') keep = { at: i + 1, open: (open += c === '[' ? ']' : '}'), comma: false };
    else if (c === ']' || c === '}') keep = { at: i + 1, open: (open = open.slice(0, -1)), comma: true };
    else if (c === ',') keep = { at: i, open, comma: true };
  }
  let out = text.slice(0, keep.at);
  for (const closer of [...keep.open].reverse()) {
    out += `${keep.comma ? ',' : ''}"${cutJson}"${closer === '}' ? ':1' : ''}${closer}`;
    keep.comma = true;
  }
  try {
    return JSON.parse(out);
  } catch {
    // cw74: a note the poster wrote after a member's bracket or a value (`"Ports": {        // 端口绑定`, bingoogolapple.github.io#102's
    // Chinese notes) in a document the paste cut, as json.ts leaves it out of a whole one; tried only when the text does not parse.
    const bare = noted ? text : text.replace(/([\w"\]}[{],?)[ \t]+(?:<[-=]|\/\/|#)[^\n]*/g, '$1');
    return bare === text ? undefined : repair(bare, true);
  }
}

/**
 * One field of a container by its command (`docker inspect --format '{{json .State}}' dash-app`, or `.NetworkSettings.Ports`,
 * `.HostConfig.PortBindings`; docker/cli's templates): the field alone, of the container the command names.
 */
const inspectField =
  /^docker (?:container )?inspect (?:.* )?(?:-f|--format)[ =]['"]?\{\{ ?json \.(State|NetworkSettings\.Ports|HostConfig\.PortBindings) ?\}\}\S* ([\w.-]{1,100})$/;
const stateField = z.object({ Status: z.string(), ExitCode: num });
const stateAlone = z.object({
  Status: z.string(),
  Running: z.boolean(),
  Restarting: z.boolean(),
  Pid: num,
  ExitCode: num,
  StartedAt: z.string(),
});

/**
 * cw40: a network's or a container's networks by a template (docker/docs' and moby's tutorials): `docker network inspect
 * --format='{{json .Containers}}' NET` prints the network's Containers map (moby api/types/network Inspect.Containers, keyed by
 * container ID, each an EndpointResource with its Name; docker/labs' nodejs tutorial, piped through `python -m json.tool`), and
 * `docker inspect --format='{{json .NetworkSettings.Networks}}' NAME` the container's map of network name to EndpointSettings
 * (moby's networkingcontainers tutorial: `{"my-bridge-network":{…}}`, `{"bridge":{…}}`). Read as the networks they show, with
 * no labels: never the lesson's (a name of project dash-app shown this way is left unread, no ok from a name alone).
 */
const networkField =
  /^docker (?:(network)|container) inspect .*\{\{ ?json \.(Containers|NetworkSettings\.Networks) ?\}\}\S* +([\w.-]{1,100})(?: *\|.*)?$/;
const endpointSettings = z.object({ NetworkID: str, EndpointID: str });

/**
 * cw93: a network named `<p>_<x>` whose containers shown all have names of another shape (jeff1evesque/machine-learning#2628: `app_nw`
 * holding `redis` and `database`, cut before its labels): Compose names a project's containers after it (`app_web_1`, `app-web-1`; a
 * container_name of the project's mostly starts with it too), so the network was made by hand (`docker network create app_nw`), no
 * project's. Not Compose's default network nor one under the lesson's keys (`x_default`, `x_frontend`: container_name's names are
 * common there).
 */
function madeByHand(name: string, members: string[]): boolean {
  const prefix = /^([^_]+)_/.exec(name)?.[1];
  return (
    !!prefix &&
    !/_(?:default|frontend|backend)$/.test(name) &&
    members.length > 0 &&
    members.every((m) => !m.replace(/^\//, '').startsWith(prefix))
  );
}

/** The network a paste's last `docker [network] inspect NAME` asked for (cw109), while no other command came after it. */
const lastInspected = new WeakMap<Facts, string | undefined>();

/** A network these outputs show, with no labels, and its members: never the lesson's (no ok from a name alone). */
function addShown(n: string, members: string[], facts: Facts, lib: JsonLib): void {
  if (n.startsWith(`${lib.expected.networks.project}_`)) return;
  const project = madeByHand(n, members) ? undefined : /^([^_]+)_/.exec(n)?.[1];
  lib.addProject(facts, project);
  const net = facts.networks.find((x) => x.name === n) ?? facts.networks[facts.networks.push({ name: n, project, members: [] }) - 1]!;
  net.members.push(...members);
}

function readNetworkField(value: unknown, cmd: string, facts: Facts, lib: JsonLib): boolean {
  const [, network, field, name = ''] = networkField.exec(cmd.replace(/^docker inspect /, 'docker container inspect ')) ?? [];
  if (!field || (field === 'Containers') !== !!network || !whole(value)) return false;
  const add = (n: string, members: string[]) => addShown(n, members, facts, lib);
  if (network) {
    const members = values(endpoint, value).map((c) => c.Name);
    if (!members.length) return false;
    add(name, members);
  } else {
    const nets = entries(endpointSettings, value).filter(([, e]) => e.NetworkID !== undefined || e.EndpointID !== undefined);
    if (!nets.length) return false;
    for (const [n] of nets) add(n, [name]);
  }
  lib.seen(facts, network ? 'docker network inspect' : 'docker inspect');
  return true;
}

/**
 * cw63: a container inspect cut down to its `"Networks": {` member (nginx-proxy/nginx-proxy#729: a `docker run -d … --name nginx-proxy`
 * line, then only `"Networks": { "bridge": { "NetworkID": …, "Gateway": "172.24.26.1", … } }` of its inspect): the container's map of
 * network name to EndpointSettings, as the template's JSON above, its container unnamed. Only a whole map, each value an endpoint.
 */
function readNetworksExcerpt(value: unknown, facts: Facts, lib: JsonLib, cut = false): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value).filter((k) => k !== marker);
  const map = (value as Record<string, unknown>).Networks;
  if ((!cut && (keys.length !== 1 || keys[0] !== 'Networks' || !whole(map))) || !map || typeof map !== 'object') return false;
  const shown = Object.keys(map).filter((k) => k !== marker);
  // cw86: or the last endpoint cut inside its EndpointID's value (docker/for-win#3214: a Windows container's `"nat": { …,
  // "NetworkID": "aa0e…", "EndpointID": "0ea387f6` and the copy ends): repair() keeps it up to its NetworkID, the object still open.
  const nets = entries(endpointSettings, map).filter(
    ([n, e], i, all) =>
      e.NetworkID !== undefined &&
      (e.EndpointID !== undefined || (cut && i === all.length - 1 && !whole((map as Record<string, unknown>)[n]))),
  );
  if (!nets.length || nets.length !== shown.length) return false;
  for (const [n] of nets) {
    if (n.startsWith(`${lib.expected.networks.project}_`)) return false;
    const project = /^([^_]+)_/.exec(n)?.[1];
    lib.addProject(facts, project);
    if (!facts.networks.some((x) => x.name === n)) facts.networks.push({ name: n, project, members: [] });
  }
  lib.seen(facts, 'docker inspect');
  return true;
}

/**
 * cw69: Docker before 1.9 printed a container's State without "Status" (API 1.21 added it: moby/moby#6711's 1.7 `"State": {"Running":
 * false, …, "ExitCode": 1, …}`). Its word from the flags as moby container/state.go StateString gives it: running (paused, restarting),
 * dead, created when never started, else exited. Only for a State with Running and Restarting as booleans.
 */
const legacyFlags = z.object({
  Running: z.boolean(),
  Restarting: z.boolean(),
  Paused: z.optional(z.boolean()),
  Dead: z.optional(z.boolean()),
});
function withStatus(state: unknown): unknown {
  const f = z.safeParse(legacyFlags, state);
  if (!f.success || (state as { Status?: unknown }).Status !== undefined) return state;
  const { Running, Restarting, Paused, Dead } = f.data;
  const never = /^0001-01-01/.test(String((state as { StartedAt?: unknown }).StartedAt ?? ''));
  const Status = Running ? (Paused ? 'paused' : Restarting ? 'restarting' : 'running') : Dead ? 'dead' : never ? 'created' : 'exited';
  return { ...(state as object), Status };
}
const legacyState = (v: unknown): unknown => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return withStatus(v);
  const o = v as { State?: unknown };
  return o.State && typeof o.State === 'object' ? { ...o, State: withStatus(o.State) } : withStatus(v);
};

/**
 * cw194 (stop 59): a container's Health alone (`docker inspect --format '{{json .State.Health}}' NAME`, `| jq`; the object without
 * its command). moby api/types/container Health: Status (`starting`, `healthy`, `unhealthy`), FailingStreak, Log of
 * HealthcheckResult{Start, End, ExitCode, Output}; no other output prints it. The daemon probes only a running container: its monitor
 * starts with the container (daemon/health.go initHealthMonitor, `starting`) and container/health.go CloseMonitorChannel sets
 * `unhealthy` when it stops ("unhealthy when the monitor has stopped for compatibility reasons"). So `starting` and `healthy` show a
 * container that runs; `unhealthy` may be one that stopped. Under its own command naming one container (not an ID: any container),
 * that name is the container (cw81), running or of a state not shown; else a container whose name is not shown (cw38's cutRunning,
 * partial). The lessons' own names stay "which one is not shown" (never an ok from a command line's word).
 */
const healthAlone = z.object({
  Status: z.enum(['starting', 'healthy', 'unhealthy']),
  FailingStreak: z.number(),
  Log: z.nullable(z.array(z.unknown())),
});
const healthCommand =
  /^docker (?:container )?inspect (?:-f|--format)[ =](['"]?)\{\{ ?json \.State\.Health ?\}\}\1 +([a-zA-Z0-9][\w.-]{0,127})(?: *\| *jq\b.*)?$/;

function readHealth(value: unknown, cmd: string, facts: Facts, lib: JsonLib): boolean {
  const h = z.safeParse(healthAlone, value);
  if (!h.success) return false;
  const [, , named = ''] = healthCommand.exec(cmd) ?? [];
  const asked = Object.values(lib.expected).map((s) => s.container);
  const running = h.data.Status !== 'unhealthy';
  if (named && !/^(?=[0-9a-f]*\d)[0-9a-f]{1,64}$/.test(named) && !asked.includes(named))
    lib.addContainer(facts, { name: named, ...lib.splitName(named), ...(running ? { state: 'running' } : {}) }, 'docker inspect');
  else {
    facts.cutRunning = true;
    lib.seen(facts, 'docker inspect');
  }
  return true;
}

/** read.ts's JsonReader: the whole values of a part, then what a document the paste cut off holds. */
export function readScan({ values, cut, rest }: JsonScan, facts: Facts, lib: JsonLib, cmd: string): void {
  const { listed } = facts;
  // cw170 (stop 56): `[]` is docker's "nothing matched" (docker/cli cli/command/inspect/inspector.go: elementsInspector.Flush, what
  // NewIndentedInspector returns, writes `[]` when no object was found; checked on docker/cli 28064c2) only as a docker command's output. Under an HTTP client's own line (curl, wget, HTTPie, PowerShell's
  // Invoke-WebRequest/Invoke-RestMethod) it is the app's body, an empty JSON list (a REST endpoint with no items yet): no listing, so
  // nothing is shown missing. Not a client asking the Engine API itself (`--unix-socket /var/run/docker.sock`, tcp 2375/2376, a
  // `/containers/json` path): that `[]` is the daemon's list of containers, empty.
  const appClient =
    /^(?:sudo )?(?:curl|wget|https?|Invoke-WebRequest|iwr|Invoke-RestMethod|irm)\b/i.test(cmd) &&
    !/--unix-socket|docker\.sock|:237[56]\b|\/containers\/json\b/.test(cmd);
  if (appClient && !rest && values.length && values.every((v) => Array.isArray(v) && !v.length)) return;
  if (values.length && readNetworkField(values[0], cmd, facts, lib)) return;
  if (values.length === 1 && !rest && readHealth(values[0], cmd, facts, lib)) return;
  // cw99: that template's JSON without its command (h83-compose11533: two lines of `{"proxynet":{"IPAMConfig":null,…,"NetworkID":…,
  // "EndpointID":…,"Gateway":…,"IPAddress":…,"DNSNames":[…]}}`, a container recreated on an external network): by the shape of moby's
  // EndpointSettings (api/types/network; Docker 1.9's first one already had EndpointID, Gateway, IPAddress and MacAddress), every
  // value of every whole line one endpoint. Read as the excerpt below: the networks the container is on, the lesson's never.
  const endpointMap = (v: unknown) =>
    !!v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.keys(v).length > 0 &&
    Object.values(v).every(
      (e) =>
        !!e && typeof e === 'object' && ['EndpointID', 'Gateway', 'IPAddress', 'MacAddress'].every((k) => k in e) && !('Containers' in e),
    );
  if (values.length && !cut && !rest && values.every(endpointMap)) {
    const nets = values.map((v) =>
      Object.fromEntries(Object.entries(v as object).map(([n, e]) => [n, { NetworkID: '', ...(e as object) }])),
    );
    if (nets.every((v) => readNetworksExcerpt({ Networks: v }, facts, lib))) return;
  }
  // cw208 (stop 60): that map pretty-printed and copied from its first key on, its brace left out and cut inside its last endpoint
  // (json.ts endpointKey: a blog's `docker inspect -f '{{json .NetworkSettings.Networks}}' NAME | json_pp`, a sentence, then
  // `"bridge" : { "GlobalIPv6PrefixLen" : 0, …, "EndpointID" : "5d72…", "NetworkID" : "e6c2…", …` and the post's next sentence):
  // each key whose endpoint shows its NetworkID and EndpointID is a network the container is on, as cw86's cut member. Only when
  // every key shown is such an endpoint (a member of another object is not read).
  if (!values.length && rest && /^\{\s*"[a-zA-Z0-9][\w.-]{0,100}"\s*:\s*\{/.test(rest)) {
    const map = obj(repair(rest));
    const keys = Object.keys(map ?? {}).filter((k) => k !== marker);
    const endpoint = (v: unknown) => typeof obj(v)?.NetworkID === 'string' && typeof obj(v)?.EndpointID === 'string';
    if (map && keys.length && keys.every((k) => endpoint(map[k])) && readNetworksExcerpt({ Networks: map }, facts, lib, true)) return;
  }
  // cw109: the entries of a network inspect's Containers map alone, under the command that names that network (h87-notes48765769002,
  // Spanish exam answers: `docker inspect bin9_subnet`, then only `"4e86…": { "Name": "asir_bind9", "EndpointID": …, "MacAddress": …,
  // "IPv4Address": "172.28.5.1/24", "IPv6Address": "" },` and one more): moby api/types/network EndpointResource, which no other output
  // prints (a container's EndpointSettings has IPAddress, no Name). The members of the one network named, as cw40's template.
  const resource = (v: unknown) => {
    const o = obj(v);
    return !!o && ['Name', 'EndpointID', 'MacAddress', 'IPv4Address'].every((k) => typeof o[k] === 'string');
  };
  // The map is whole, or cut (repair() closes it after its last whole entry; one cut inside it is left out).
  // Its command may stand apart, a sentence between (`docker inspect bin9_subnet`, prose, then the excerpt with no command of its own).
  const asks = /^docker (?:network )?inspect +([a-zA-Z0-9][\w.-]{0,100})\s*$/.exec(cmd)?.[1];
  if (cmd) lastInspected.set(facts, asks);
  const inspected = asks ?? lastInspected.get(facts);
  // Whole or cut; also as the `"Containers": {` member itself.
  const found = obj(values.length === 1 && !rest ? values[0] : !values.length && rest ? repair(rest) : undefined);
  const inner =
    found &&
    Object.keys(found)
      .filter((k) => k !== marker)
      .join() === 'Containers'
      ? obj(found.Containers)
      : undefined;
  const map = inner ?? found;
  const byId = Object.entries(map ?? {}).filter(([k]) => k !== marker);
  const shownWhole = byId.filter(([k, v]) => /^[0-9a-f]{64}$/.test(k) && resource(v));
  if (inspected && shownWhole.length && shownWhole.length >= byId.length - (whole(map) ? 0 : 1)) {
    const members = shownWhole.map(([, v]) => String((v as { Name: unknown }).Name));
    addShown(inspected, members, facts, lib);
    lib.seen(facts, 'docker network inspect');
    return;
  }
  // cw156 (stop 52): that map cut inside its first entry, no command naming the network (an issue's copy stops inside the EndpointID,
  // the entry's Name whole before it): moby api/types/network EndpointResource puts Name first, and Compose names each container of a
  // project `<project>_<service>_<n>` (v1 compose/service.py build_container_name) or `<project>-<service>-<n>` (v2 pkg/compose
  // convergence.go getContainerName). Such a Name, none of the lesson's project, shows another project's container on the network;
  // the network itself is not read (no member list, no ok). A hand-given name (`--name`, container_name) names no project.
  if (!inspected && byId.length && (inner || byId.every(([k]) => /^[0-9a-f]{64}$/.test(k)))) {
    const names = byId.flatMap(([k, v]) => {
      const o = obj(v);
      return /^[0-9a-f]{64}$/.test(k) && o && typeof o.Name === 'string' && Object.keys(o)[0] === 'Name' ? [o.Name] : [];
    });
    const lesson = lib.expected.networks.project ?? lib.expected.compose.project ?? '';
    const projects = names.map((n) => (/^[\w.-]{1,200}[_-]\d{1,3}$/.test(n) ? lib.splitName(n).project : undefined));
    if (names.length === byId.length && projects.every((p) => p && p !== lesson && !p.startsWith(`${lesson}_`)))
      for (const p of new Set(projects)) lib.addProject(facts, p);
  }
  // cw86: that member alone and cut inside it (docker/for-win#3214) is read as cw74's cut excerpt: the networks it shows.
  const networksOnly = (v: unknown) =>
    !!v &&
    typeof v === 'object' &&
    Object.keys(v)
      .filter((k) => k !== marker)
      .join() === 'Networks';
  if (!values.length && rest && /^\{"Networks"\s*:/.test(rest.replace(/\s+/g, ''))) {
    const v = repair(rest);
    if (readNetworksExcerpt(v, facts, lib, networksOnly(v) && !whole(v))) return;
  }
  // cw74: an excerpt from inside NetworkSettings cut within its Networks map (bingoogolapple.github.io#102's notes: `"Ports": {…}`,
  // `"SandboxKey"`, `"IPAddress": "172.17.0.4"`, then `"Networks": { "bridge": { "NetworkID": …, "EndpointID": …` and the copy ends):
  // each network shown (an endpoint by its NetworkID and EndpointID, whole or cut after them) is one the container is on, as the
  // whole map above; none of the lesson's project, or nothing is read of it. Never an ok (a network read this way has no labels).
  // Only NetworkSettings' own members beside it, not a whole container (its Name and State are read below).
  // cw82: the same object whole, as jq prints it (`docker inspect 9045fd6a4335 | jq '.[0].NetworkSettings'`, a jb51.net article): the
  // container's NetworkSettings alone, its Networks map in it.
  const found2 = !values.length && rest ? repair(rest) : values.length === 1 && !cut && !rest ? values[0] : undefined;
  // cw203 (stop 60): the same object copied from its own member line, `"NetworkSettings": {` (json.ts reads a member excerpt as an
  // object whose opening the poster left out: coollabsio/coolify#7216's copy, docker 29's inspect from SandboxID to the Networks
  // map and its closing brace): moby api/types/container InspectResponse's NetworkSettings, the one member shown, read as cw82's
  // NetworkSettings alone.
  const wrapped = obj(found2);
  const only = wrapped && Object.keys(wrapped).filter((k) => k !== marker);
  const excerpt = only?.length === 1 && only[0] === 'NetworkSettings' && obj(wrapped!.NetworkSettings) ? wrapped!.NetworkSettings : found2;
  const settings = excerpt && typeof excerpt === 'object' && !Array.isArray(excerpt) ? Object.keys(excerpt) : [];
  if (settings.includes('Networks') && settings.some((k) => /^(?:Ports|SandboxKey|SandboxID|IPAddress|Gateway|MacAddress|Bridge)$/.test(k)))
    if (!settings.some((k) => /^(?:Name|Id|State|Config)$/.test(k))) readNetworksExcerpt(excerpt, facts, lib, true);
  const [, field, name = ''] = inspectField.exec(cmd) ?? [];
  const s = field === 'State' ? z.safeParse(stateField, legacyState(values[0])) : undefined;
  const c = { name, ...lib.splitName(name) };
  if (s?.success) return lib.addContainer(facts, { ...c, state: s.data.Status, exitCode: s.data.ExitCode }, 'docker inspect');
  if (field && field !== 'State' && values.length)
    return lib.addContainer(facts, { ...c, ports: portsFromMap(portMap(values[0]), lib) }, 'docker inspect');
  const cutBefore = facts.cutRunning;
  facts.cutRunning = false;
  for (const v of values.slice(0, maxItems)) readJson(v, facts, lib);
  if (rest) readJson(repair(rest), facts, lib);
  // cw81: an inspect cut before its "Name" (moby's ContainerJSONBase prints Id, Created, Path, Args, State, Image, the paths, then
  // Name), of a running container, under its own command line naming one container (docker/cli inspect.go: `docker inspect NAME`,
  // `docker container inspect NAME`; immich-app/immich#28414's immich_server, oracle/docker-images#1605's wlsadmin): that name is
  // the container, as a whole inspect's Name would be (CONVENTIONS §2.3, cw81). Not an ID (any container), and not a name the
  // lessons ask for: dash-app or registry there stays "which one is not shown" (cw38), never an ok on a command line's word.
  const [, named = ''] =
    /^docker (?:container )?inspect (?:(?:-s|--size|--type[ =]container) )*([a-zA-Z0-9][\w.-]{0,127})$/.exec(cmd) ?? [];
  const asked = Object.values(lib.expected).map((s) => s.container);
  // Hex with a digit, of any length, may be an ID prefix (`docker inspect 4f2c`: moby resolves any unique prefix): left as it was.
  if (facts.cutRunning && named && !/^(?=[0-9a-f]*\d)[0-9a-f]{1,64}$/.test(named) && !asked.includes(named)) {
    facts.cutRunning = cutBefore;
    lib.addContainer(facts, { name: named, ...lib.splitName(named), state: 'running' }, 'docker inspect');
  } else facts.cutRunning ||= cutBefore;
  // A listing the paste cut off (JSON Lines, an array) may hold more: what it lacks is not shown missing.
  if (cut) facts.listed = listed;
}

/**
 * Adds what one JSON value of a paste says to the facts; values of other shapes add nothing.
 * `lib` is the entry's own helpers, passed in rather than imported, so that this chunk shares
 * no module with the entry and the bundler splits off no third chunk.
 */
export function readJson(value: unknown, facts: Facts, lib: JsonLib): void {
  const { port, portsFromColumn, splitName, stateOf, addContainer, addProject, seen, expected } = lib;
  if (Array.isArray(value) && !value.length) facts.listed = true; // `[]`: nothing matched
  // cw43: a container's State alone, by its shape (moby api/types/container State: Status, Running, Paused, Restarting, OOMKilled,
  // Dead, Pid, ExitCode, Error, StartedAt, FinishedAt), whatever printed it: `docker inspect x | jq '.[].State'` (gist adamancini/
  // af6ee05e, in a loop over `docker-compose ps -aq`), `jq '.[0].State'`, a template's `{{json .State}}` without its command. One
  // container's state, its name not shown: running, as an inspect cut before its Name (cw38's cutRunning); stopped, its state.
  const state = z.safeParse(stateAlone, legacyState(value));
  if (state.success && state.data.Status === 'running') {
    facts.cutRunning = true;
    return seen(facts, 'docker inspect');
  }
  if (state.success) return addContainer(facts, { name: '', state: state.data.Status, exitCode: state.data.ExitCode }, 'docker inspect');
  for (const raw of (Array.isArray(value) ? value : [value]).slice(0, maxItems)) {
    const item = legacyState(legacyNetwork(raw));
    // A map or list of a cut document is read only when whole.
    const all = whole(item);
    const known = (v: unknown) => all || whole(v);
    const compose = z.safeParse(composePsLine, item);
    const ps = z.safeParse(psLine, item);
    const inspect = z.safeParse(containerInspect, item);
    const full = z.safeParse(networkInspect, item);
    const elided = z.safeParse(networkElided, item);
    const net =
      full.success || !elided.success || !/^[0-9a-f]{64}$/.test(elided.data.Id) || typeof elided.data.Containers !== 'object'
        ? full
        : elided;
    const ipam = !full.success && !elided.success && z.safeParse(networkIpam, item).success;
    const e = z.safeParse(portsExcerpt, item).data;
    // The live ports, else the requested ones; a map only when whole (`"80/tcp": null`: exposed, not published).
    const excerpt =
      e &&
      [e.NetworkSettings?.Ports, e.Ports, e.HostConfig?.PortBindings, e.PortBindings].find((m) => m && typeof m === 'object' && known(m));
    if (compose.success) {
      const c = compose.data;
      const ports = known(c.Publishers)
        ? values(publisher, c.Publishers).map((p) => port(p.URL ?? '', p.PublishedPort, p.TargetPort, p.Protocol ?? 'tcp'))
        : undefined;
      facts.listed = true;
      addContainer(
        facts,
        { name: c.Name, service: c.Service, project: c.Project, state: c.State, exitCode: c.ExitCode, ports },
        'docker compose ps',
      );
      // Its Networks field (Compose 2.21+): a running container is a member of each.
      for (const name of c.State === 'running' && c.Networks ? c.Networks.split(',') : []) {
        const n =
          facts.networks.find((x) => x.name === name) ??
          facts.networks[facts.networks.push({ name, project: c.Project, members: [] }) - 1]!;
        n.members.push(c.Name);
      }
    } else if (ps.success) {
      const c = ps.data;
      const status = stateOf(c.Status);
      const state = c.State || status.state;
      const name = c.Names.split(',')[0]!;
      facts.listed = true;
      // docker ps shows no ports for a stopped container, which says nothing about -p.
      const ports = c.Ports || state === 'running' ? portsFromColumn(c.Ports) : undefined;
      const row: Container = { name, image: c.Image, ...splitName(name), ...status, state, ports };
      addContainer(facts, row, 'docker ps');
      // cw144: a JSON line is a whole row by its schema (reach-gate.ts).
      (facts.listings ??= []).push({ cmd: '', layout: 'json', rows: [], containers: [row] });
    } else if (inspect.success) {
      const c = inspect.data;
      const name = c.Name?.replace(/^\//, '') ?? '';
      const state = c.State.Status;
      // Cut before its Name and running: which container, and nothing failing, is shown.
      // cw38: remembered, so "Is it running?" can ask for the name (reach.ts), never taken for dash-app.
      if (!name && state === 'running') {
        facts.cutRunning = true;
        continue;
      }
      const live = c.NetworkSettings?.Ports;
      const asked = c.HostConfig?.PortBindings;
      // A stopped container's NetworkSettings.Ports is empty: take the requested bindings then.
      const map = state === 'running' && known(live) && portMap(live).length ? live : asked;
      // Running with its live ports cut off and none requested: -P may have published them; not shown.
      const shown = known(map) && (state !== 'running' || known(live) || portMap(map).length);
      const ports = shown ? portsFromMap(portMap(map), lib) : undefined;
      addContainer(facts, { name, image: c.Config?.Image, ...splitName(name), state, exitCode: c.State.ExitCode, ports }, 'docker inspect');
      // cw100: a whole container inspect's own map of networks (NetworkSettings.Networks, keyed by network name; collabnix/dockerlabs'
      // `docker inspect a1b` of a debian shell on `bridge` only), read as cw40's template JSON of it: the running container is a member
      // of each, Docker's bridge or nat, a hand-made network, or `<project>_<key>`. Not when one of them is the lesson's project's
      // (never an ok from a container's view), nor a stopped container's (it is on none).
      const nets = state === 'running' && name ? entries(endpointSettings, obj(obj(item)?.NetworkSettings)?.Networks) : [];
      const own = (n: string) => n.startsWith(`${expected.networks.project}_`);
      if (known(obj(obj(item)?.NetworkSettings)?.Networks) && !nets.some(([n]) => own(n)))
        for (const [n, e] of nets) {
          if (e.NetworkID === undefined && e.EndpointID === undefined) continue;
          const project = /^([^_]+)_/.exec(n)?.[1];
          addProject(facts, project);
          const net =
            facts.networks.find((x) => x.name === n) ?? facts.networks[facts.networks.push({ name: n, project, members: [] }) - 1]!;
          net.members.push(name);
        }
    } else if (lsRow(item)) {
      // cw100: a row of `docker network ls --format json` (docker/cli 23+; `--format '{{json .}}'` before): formatter/network.go's
      // ID, Name, Driver, Scope, and Labels as one string, each `k=v` joined with "," (docker/compose#10797's
      // `"Labels":"com.docker.compose.network=tripleperformance_traefik,com.docker.compose.project=tripleperformance_prod,…"`). A
      // listing of networks, as networkLs reads the table (step-compose.ts): its names, and the project a label or Compose's
      // `<project>_default|frontend|backend` names. No members: network ls shows none.
      const r = item as { Name: string; Labels?: string };
      const labels = Object.fromEntries(
        (r.Labels ?? '').split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
      );
      const project = labels['com.docker.compose.project'];
      // A network Compose made under a `name:` of its own (traefik's `proxy`) is listed also as what its labels say it is,
      // `<project>_<key>`, so that the listing shows that project's network (diagnose-compose.ts).
      const key = labels['com.docker.compose.network'];
      (facts.networkNames ??= []).push(r.Name, ...(project && key && !r.Name.startsWith(`${project}_`) ? [`${project}_${key}`] : []));
      addProject(facts, project ?? /^([\w.-]+)_(?:default|frontend|backend)$/.exec(r.Name)?.[1]);
      seen(facts, 'docker network ls');
    } else if (net.success || ipam) {
      const n = net.success ? net.data : { Name: (item as { Name: string }).Name, Labels: undefined, Containers: undefined };
      const ours = /^([^_]+)_/.exec(n.Name)?.[1] === expected.networks.project;
      // Cut before its Containers (and Labels, which come after): the lesson's network by name says nothing yet.
      if (!all && !n.Containers && ours) continue;
      const read = !ipam && known(n.Labels);
      const labels = Object.fromEntries(entries(z.string(), read ? n.Labels : undefined));
      // A swarm stack's network is its stack's, named <stack>_<network> as Compose's are. Labels cut off: the name
      // tells another project's network (never the lesson's: no ok from a name alone).
      // cw35: not Docker's own gateway bridge of overlay networks, `docker_gwbridge` (moby libnetwork/default_gateway_linux.go
      // `const libnGWNetwork = "docker_gwbridge"`, createGWNetwork; moby/moby#24328, its inspect cut before the labels).
      // cw93: nor one made by hand (madeByHand).
      const prefix = /^([^_]+)_/.exec(n.Name)?.[1];
      const members = values(endpoint, n.Containers).map((c) => c.Name);
      const project =
        labels['com.docker.compose.project'] ??
        labels['com.docker.stack.namespace'] ??
        (read || ours || madeByHand(n.Name, members) || n.Name === 'docker_gwbridge' ? undefined : prefix);
      addProject(facts, project);
      facts.networks.push({
        name: n.Name,
        project,
        key: labels['com.docker.compose.network'],
        members: values(endpoint, n.Containers).map((c) => c.Name),
        cut: ipam || !known(n.Containers) || undefined,
      });
      seen(facts, 'docker network inspect');
    } else if (excerpt) addContainer(facts, { name: '', ports: portsFromMap(portMap(excerpt), lib) }, 'docker inspect');
  }
}
