/*
 * cw37: `docker events`, the daemon's stream of what happened to each container, in its two layouts (docker/cli
 * cli/command/system/events.go):
 * - the default line, printOutput: the time (RFC 3339 with nanoseconds, left out when copied short), then `fmt.Fprintf(output,
 *   "%s %s %s", event.Type, event.Action, event.Actor.ID)`, then the actor's attributes sorted by key, `(k=v, k=v)`, unescaped
 *   (a label's value may hold ", "): `2020-06-05T10:00:00.000000000+02:00 container die 7a3c… (exitCode=2, image=ganalytics,
 *   name=googleanalytics)` (ticketmaster/googleanalytics_exporter#13, without the time and with its ID as `containerID`);
 *   before Docker 1.10 `2015-05-12T11:51:30.999999999Z07:00 4386fb97867d: (from ubuntu:14.04) die`, no name;
 * - `--format '{{json .}}'` (or `--format json`, Docker 23+): moby api/types/events.Message, `{"status":"die","id":"…","from":
 *   "img","Type":"container","Action":"die","Actor":{"ID":"…","Attributes":{"exitCode":"2","image":"img","name":"web"}},…}`.
 * The container actions of moby daemon/events (LogContainerEvent, LogContainerEventWithAttributes): create, start, restart,
 * die (with exitCode), kill (signal), stop, oom, pause, unpause, destroy, rename, health_status: healthy|unhealthy, and
 * exec_create/exec_start/exec_die (a command run in it: its exitCode is that command's, not the container's), attach, detach,
 * resize, top, update, commit, copy, export, archive-path, extract-to-dir. Per container, the last of the actions that change
 * its state stands: start, restart, unpause → running; die → exited with its code; oom → exited (137, the kernel's kill);
 * pause → paused; create with nothing after → created; destroy → removed (no longer a container). A start after two deaths or
 * more, the last with a code other than 0, is a restart policy starting a crashing program again: restarting.
 */
import type { Part } from './read';
import type { Lib } from './lib';
import type { Container, Facts } from './types';

type Event = { name: string; image?: string; action: string; exitCode?: number };

const actions =
  'create|start|restart|die|kill|stop|oom|pause|unpause|destroy|rename|health_status(?:: \\w+)?|exec_\\w+(?:: [^(]{0,200})?|attach|detach|resize|top|update|commit|copy|export|archive-path|extract-to-dir';
const line = new RegExp(`(?:^|\\s)container (${actions}) (\\S{1,80}) \\(([^\\n]{0,2000})\\)\\s*$`);
const oldLine = new RegExp(`^(?:\\S{20,40} )?([0-9a-f]{12,64}): \\(from ([^)\\s]{1,200})\\) (${actions})\\s*$`);

/** The attributes `(k=v, k=v)`: a value runs to the next `, key=` (docker/cli does not escape them). */
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/, (?=[\w.-]{1,100}=)/)) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

function fromJson(v: unknown): Event | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return;
  const m = v as {
    Type?: unknown;
    Action?: unknown;
    status?: unknown;
    id?: unknown;
    from?: unknown;
    Actor?: { ID?: unknown; Attributes?: Record<string, unknown> };
  };
  const action = typeof m.Action === 'string' ? m.Action : typeof m.status === 'string' ? m.status : undefined;
  if (!action || (m.Type !== undefined && m.Type !== 'container') || !new RegExp(`^(?:${actions})$`).test(action)) return;
  const attrs = m.Actor?.Attributes ?? {};
  const name = typeof attrs.name === 'string' ? attrs.name : '';
  const image = typeof attrs.image === 'string' ? attrs.image : typeof m.from === 'string' ? m.from : undefined;
  const code = typeof attrs.exitCode === 'string' && /^-?\d{1,3}$/.test(attrs.exitCode) ? +attrs.exitCode : undefined;
  return { name, image, action, exitCode: code };
}

function fromText(text: string): Event | undefined {
  if (text.length > 2400) return;
  const m = line.exec(text);
  if (m) {
    const a = attributes(m[3]!);
    const code = a.exitCode && /^-?\d{1,3}$/.test(a.exitCode) ? +a.exitCode : undefined;
    return { name: a.name ?? '', image: a.image, action: m[1]!, exitCode: code };
  }
  const old = oldLine.exec(text.trim());
  if (old) return { name: '', image: old[2], action: old[3]! };
}

/**
 * cw119: an event line hard-wrapped by the console it was copied from: Windows' console host breaks a line at its buffer's width
 * (120 columns on Windows 10 and later, 80 before) wherever the column falls, inside a word or a number, and the copy keeps the breaks
 * (docker/for-win#1642's PowerShell `docker events`: `… container die 651dd… (exitCode=` then `0, image=microsoft/windowsservercore,
 * name=elastic_hugle)`). A line that starts with the event's RFC 3339 time, at least 80 columns long and not closed by its `)`, is
 * joined without a space to the lines after it that start no event of their own, up to three, until one closes it.
 */
const eventTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) /;
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    if (l.length >= 80 && l.length < 400 && eventTime.test(l) && !/\)\s*$/.test(l))
      for (let k = 0; k < 3 && i + 1 < lines.length && !eventTime.test(lines[i + 1]!) && lines[i + 1]!.length < 400; k++) {
        l += lines[++i]!.trimStart();
        if (/\)\s*$/.test(l)) break;
      }
    out.push(l);
  }
  return out;
}

/** The state the events leave each container in, added as containers (lib.addContainer): read in lesson 5's and the reach path's settle. */
export function readEvents(list: Part[], facts: Facts, addContainer: Lib['addContainer']): void {
  const events: Event[] = [];
  for (const { cmd, lines, json } of list) {
    for (const l of [cmd, ...unwrap(lines)]) {
      const e = l && fromText(l);
      if (e) events.push(e);
    }
    for (const v of json.values)
      for (const x of Array.isArray(v) ? v : [v]) {
        const e = fromJson(x);
        if (e) events.push(e);
      }
  }
  if (!events.length) return;
  const by = new Map<string, { c: Container; deaths: number; failed: boolean }>();
  for (const e of events) {
    const key = e.name;
    const was = by.get(key);
    const c: Container = was?.c ?? { name: e.name, ...(e.image && { image: e.image }) };
    const s = was ?? { c, deaths: 0, failed: false };
    const a = e.action;
    if (a === 'start' || a === 'restart' || a === 'unpause') {
      const again = s.deaths > 1 && s.failed;
      Object.assign(c, again ? { state: 'restarting' } : { state: 'running', exitCode: undefined });
    } else if (a === 'die') {
      s.deaths++;
      s.failed = e.exitCode !== undefined && e.exitCode !== 0;
      Object.assign(c, { state: 'exited', exitCode: e.exitCode ?? c.exitCode });
    } else if (a === 'oom') Object.assign(c, { state: 'exited', exitCode: 137 });
    else if (a === 'pause') c.state = 'paused';
    else if (a === 'create') c.state ??= 'created';
    else if (a === 'destroy') {
      by.delete(key);
      continue;
    } else continue; // kill, stop (a die follows), exec_*, health_status, attach, …: not the container's own state
    by.set(key, s);
  }
  for (const { c } of by.values()) if (c.state) addContainer(facts, c, 'docker events');
}
