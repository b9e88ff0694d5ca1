/*
 * cw59: what `docker inspect --format TEMPLATE NAME…` printed, read through its own template (reach chunk, step-reach.ts).
 *
 * docker/cli fills the Go template once per object it inspects and prints one line each (cli/command/inspect/inspector.go, in the
 * order of the names given). So the template, with each action `{{…}}` as a hole, is the pattern of each line, and a hole's
 * field says what its text is. Learners type the docs' one-field forms and their own mixes (`{{.Name}} {{.State.Status}}`,
 * `{{.State.Status}} {{.State.ExitCode}}`, `{{.Name}} - Ports: {{.NetworkSettings.Ports}}` over `$(docker ps -q)`), and Go prints
 * what is no string its own way (text/template's printValue: fmt's %v of the value a pointer points at):
 * - a State struct in its fields' order (moby api/types/container State: Status, Running, Paused, Restarting, OOMKilled, Dead,
 *   Pid, ExitCode, Error, StartedAt, FinishedAt, Health): `{running true false false false false 4525 0  2016-07-14T17:44:14Z
 *   0001-01-01T00:00:00Z}`; before Status existed (Docker 1.8 and older) it began at Running;
 * - a PortMap (map[Port][]PortBinding{HostIP, HostPort}): `map[8080/tcp:[{0.0.0.0 8080} {:: 8080}]]`, `map[8080/tcp:[]]` when
 *   exposed but not published, `map[]` when nothing is; HostConfig.PortBindings' empty HostIp prints as `{ 8080}`.
 * `{{json …}}` of one field is JSON, read by schemas.ts; this reads the rest. A line that does not fit its template is not read.
 */
import type { Lib } from './lib';
import type { Part } from './read';
import type { Container, Facts, Port } from './types';

// The entry's helpers come in as `lib` (a step chunk that imported parse-ports.ts would split off a chunk shared with the entry).
type Helpers = Pick<Lib, 'port' | 'addContainer' | 'idPrefix'>;

const states = /^(?:created|running|paused|restarting|removing|exited|dead)$/;
const bool = (v: string) => (v === 'true' ? true : v === 'false' ? false : undefined);

/** A Go-printed PortMap, or its JSON (`{{json .NetworkSettings.Ports}}` inside a longer template); undefined if it is neither. */
export function portMapText(v: string, { port }: Pick<Helpers, 'port'>): Port[] | undefined {
  if (v.startsWith('{')) {
    try {
      const map = JSON.parse(v) as Record<string, { HostIp?: string; HostPort?: string }[] | null>;
      return Object.entries(map).flatMap(([key, list]) => {
        const [container = '', proto = 'tcp'] = key.split('/');
        return list?.length ? list.map((b) => port(b.HostIp ?? '', b.HostPort, container, proto)) : [port('', 0, container, proto)];
      });
    } catch {
      return undefined;
    }
  }
  const body = /^map\[(.*)\]$/.exec(v)?.[1];
  if (body === undefined) return undefined;
  const ports: Port[] = [];
  for (const [, container, proto, list = ''] of body.matchAll(/(\d{1,5})\/(tcp|udp|sctp):(?:\[([^\]]*)\]|<nil>)/g)) {
    const bindings = [...list.matchAll(/\{([\d.a-f:]*) (\d{1,5})\}/g)];
    ports.push(...(bindings.length ? bindings.map((b) => port(b[1]!, b[2], container!, proto!)) : [port('', 0, container!, proto!)]));
  }
  return ports.length || body === '' ? ports : undefined;
}

/** The Go print of a State: Status (when the version had it), the five flags, Pid, ExitCode. */
function stateStruct(v: string): Pick<Container, 'state' | 'exitCode'> | undefined {
  const f = /^\{(\w+ )?(true|false) (true|false) (true|false) (?:true|false) (true|false) (\d+) (-?\d+) /.exec(v);
  if (!f || (f[1] && !states.test(f[1].trim()))) return undefined;
  const state = f[1]?.trim() ?? (f[2] === 'true' ? (f[4] === 'true' ? 'restarting' : 'running') : f[5] === 'true' ? 'dead' : 'exited');
  return { state, exitCode: +f[7]! };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `docker inspect` command's template and the names it asked for; undefined for any other command. */
function parseCommand(cmd: string): { template: string; names: string[]; single: boolean } | undefined {
  if (!/^docker (?:container )?inspect /.test(cmd) || cmd.length > 2000) return undefined;
  const words = cmd.match(/(?:[^\s'"]+|'[^']*'|"[^"]*")+/g)?.slice(2) ?? [];
  if (words[0] === 'inspect') words.shift();
  let template: string | undefined;
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const f = /^(?:-f|--format)(?:=(.*))?$/.exec(w);
    if (f) template = f[1] ?? words[++i];
    else if (/^-/.test(w)) {
      if (/^--type$/.test(w)) i++;
    } else names.push(w);
  }
  // One `{{json …}}` alone prints JSON, which schemas.ts reads; cw71: but for a PortMap (`{{json .NetworkSettings.Ports}}`, the
  // docs' way to ask for the mappings), which no schema there describes: its line is read here (portMapText).
  if (
    !template ||
    /^['"]?\{\{-?\s*json\s+\.(?!State\.|Name\b|NetworkSettings\.Ports\b|HostConfig\.PortBindings\b)[^}]*\}\}['"]?$/.test(template)
  )
    return undefined;
  return { template: template.replace(/^'(.*)'$|^"(.*)"$/s, '$1$2'), names, single: template.startsWith("'") };
}

/**
 * The template as a pattern of one output line: each action a hole named by its field (`range`/`if` blocks one hole up to their
 * `end`, whose text is not read); undefined for a template with no field this reads.
 */
function linePattern(template: string): { re: RegExp; fields: string[] } | undefined {
  const fields: string[] = [];
  let src = '';
  let depth = 0;
  let last = 0;
  for (const m of template.matchAll(/\{\{-?\s*(.*?)\s*-?\}\}/g)) {
    const text = template.slice(last, m.index);
    last = m.index + m[0].length;
    const action = m[1]!;
    if (depth) {
      if (/^(?:range|if|with)\b/.test(action)) depth++;
      else if (action === 'end') depth--;
      continue;
    }
    src += escape(text).replace(/\s+/g, '\\s+');
    if (/^(?:range|if|with)\b/.test(action)) {
      depth = 1;
      fields.push('');
    } else fields.push(/^(?:json\s+)?(\.[\w.]+)$/.exec(action)?.[1] ?? '');
    src += '(.*?)';
  }
  if (depth || !fields.some((f) => /^\.(?:Name|State\b|NetworkSettings\.Ports|HostConfig\.PortBindings)/.test(f))) return undefined;
  src += escape(template.slice(last)).replace(/\s+/g, '\\s+');
  return { re: new RegExp(`^\\s*${src.replace(/^(?:\\s\+)+|(?:\\s\+)+$/g, '')}\\s*$`), fields };
}

/** What the holes of one line say of its container; undefined when a hole holds what its field never prints. */
function containerOf(fields: string[], values: string[], name: string, running: boolean, lib: Helpers): Container | undefined {
  const c: Container = { name };
  for (const [i, field] of fields.entries()) {
    const v = values[i]!.trim().replace(/^"(.*)"$/, '$1');
    if (!field) continue;
    if (field === '.Name') c.name = v.replace(/^\//, '').replace(lib.idPrefix, '');
    else if (field === '.State.Status') {
      if (!states.test(v)) return undefined;
      c.state = v;
    } else if (field === '.State.Running' || field === '.State.Restarting' || field === '.State.Dead') {
      const b = bool(v);
      if (b === undefined) return undefined;
      if (b) c.state = field.slice(7).toLowerCase();
      else if (field === '.State.Running') c.state ??= 'exited';
    } else if (field === '.State.Health.Status') {
      // cw194 (stop 59): moby api/types/container Health.Status. The monitor probes a running container only (daemon/health.go
      // initHealthMonitor sets `starting`; container/health.go CloseMonitorChannel sets `unhealthy` when it stops): `starting` and
      // `healthy` show it runs, `unhealthy` shows no state.
      if (!/^(?:starting|healthy|unhealthy)$/.test(v)) return undefined;
      if (v !== 'unhealthy') c.state ??= 'running';
    } else if (field === '.State.ExitCode') {
      if (!/^-?\d+$/.test(v)) return undefined;
      c.exitCode = +v;
    } else if (field === '.State.OOMKilled') {
      const b = bool(v);
      if (b === undefined) return undefined;
      if (b) c.exitCode ??= 137; // the kernel's SIGKILL
    } else if (field === '.State') {
      const s = stateStruct(v);
      if (!s) return undefined;
      Object.assign(c, s);
    } else if (field === '.NetworkSettings.Ports' || field === '.HostConfig.PortBindings') {
      const ports = portMapText(v, lib);
      if (!ports) return undefined;
      c.ports = ports;
    }
  }
  // Only a state answers "is it running?" (a name or an exit code alone does not, nor PortBindings, which a stopped container
  // keeps); elsewhere a state or its ports.
  return c.state || (!running && c.ports) ? c : undefined;
}

/** An odd number of single or double quotes outside the other kind: a quote still open at the line's end. */
const openQuote = (s: string) =>
  (s.replace(/"[^"]*"/g, '').match(/'/g)?.length ?? 0) % 2 === 1 || (s.replace(/'[^']*'/g, '').match(/"/g)?.length ?? 0) % 2 === 1;

/**
 * cw195 (stop 59): an inspect command line whose words go on under it. docker/cli's inspect takes one name at least
 * (cli/command/system/inspect.go `cli.RequiresMinArgs(1)`), so `docker inspect` alone at a line's end, its name and `--format` on the
 * next, is a line a mail reader or an issue's editor wrapped at its width (GitHub's e-mail replies at 72 columns); and a quote
 * left open goes on to its close, as the shell reads it (POSIX 2.2.2: the newline inside single quotes is the string's). The lines
 * so joined are the command's (at most six, none a prompt's); the rest is its output.
 */
function wrapped({ cmd, lines }: Part): { cmd: string; lines: string[] } {
  if (!/^docker (?:container )?inspect(?: |$)/.test(cmd) || cmd.length > 2000) return { cmd, lines };
  if (!/^docker (?:container )?inspect$/.test(cmd.trim()) && !openQuote(cmd)) return { cmd, lines };
  let joined = cmd.trim();
  let i = 0;
  while (i < lines.length && i < 6 && (openQuote(joined) || i === 0)) {
    const next = lines[i]!.trim();
    if (!next || /^[$#>]\s|[$#]\s*$/.test(next)) break;
    joined += ` ${next}`;
    i++;
  }
  return !openQuote(joined) && parseCommand(joined) ? { cmd: joined, lines: lines.slice(i) } : { cmd, lines };
}

/**
 * Adds the containers an inspect template's lines tell of. A line names its container by `{{.Name}}`, else by the name asked in the
 * same place of the command (one line per name; an ID names none: the name stays empty, as for docker port).
 */
export function readInspectTemplate(list: Part[], facts: Facts, lib: Helpers, running: boolean): void {
  for (const part of list) {
    const { cmd, lines } = wrapped(part);
    const command = parseCommand(cmd);
    const pattern = command && linePattern(command.template);
    if (!command || !pattern) continue;
    // cmd.exe passes single quotes on to docker, which prints them around each line (`'running'`): taken off again.
    const bare = (l: string) => (command.single ? l.trim().replace(/^'(.*)'$/, '$1') : l.trim());
    const readLines = (from: string[]) => {
      const out = from.filter((l) => l.trim()).slice(0, 64);
      return { out, read: out.map((l) => (l.length < 4000 ? pattern.re.exec(bare(l)) : null)) };
    };
    let { out, read } = readLines(lines);
    // cw147: docker/cli prints one line per object and nothing between them (cli/command/inspect/inspector.go TemplateInspector.
    // Inspect: the template's text, then Flush adds one "\n" after each); so a blank line after its lines ends the output, and what
    // follows it that the template does not fit is the writer's own (a heading "System info:" above the next command, the fence
    // between them taken off by normalize.ts).
    const first = lines.findIndex((l) => l.trim());
    const blank = first < 0 ? -1 : lines.findIndex((l, i) => i > first && !l.trim());
    if (read.some((m) => !m) && blank > 0) ({ out, read } = readLines(lines.slice(0, blank)));
    const asked = command.names.filter((n) => /^[\w.-]{1,100}$/.test(n));
    // cw195 (stop 59): one object's text on several lines: a template with a newline in it (a quote the shell kept open across
    // lines) prints it there (docker/cli TemplateInspector.Inspect executes the whole template once per object), and a mail reader's
    // wrap breaks the printed line at a space as it broke the command. One name asked: its lines up to a blank one, read as one.
    if (read.some((m) => !m) && asked.length === 1 && !pattern.fields.includes('.Name')) {
      const whole = (blank > 0 ? lines.slice(0, blank) : lines).filter((l) => l.trim());
      if (whole.length > 1 && whole.length <= 8) ({ out, read } = readLines([whole.map((l) => l.trim()).join(' ')]));
    }
    if (!out.length || read.some((m) => !m)) continue;
    const named = pattern.fields.includes('.Name');
    if (!named && asked.length !== out.length) continue;
    const found = read.map((m, i) => {
      const name = named ? '' : asked[i]!;
      return containerOf(pattern.fields, m!.slice(1), lib.idPrefix.test(name) ? '' : name, running, lib);
    });
    for (const c of found) if (c) lib.addContainer(facts, c, 'docker inspect');
  }
}
