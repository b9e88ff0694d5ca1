/*
 * cw72: what systemd says of Docker's service at lesson 3 (step-install.ts' readers). Lesson 3 starts the daemon with
 * `systemctl enable --now docker.service` and checks it with `systemctl is-active docker.service`; learners whose daemon does
 * not start paste `systemctl status docker`. Both are systemd's words for the unit's ActiveState (systemd src/systemctl/
 * systemctl-is-active.c prints it alone, one line per unit named; systemctl-show.c's status prints `Active: <state> (<sub>)`
 * under the unit's `● docker.service - Docker Application Container Engine` line, and `TriggeredBy: ● docker.socket` when a
 * socket starts it).
 * - failed, or inactive with no socket that would start it: the daemon is not running (daemon-not-running.systemd).
 * - inactive with docker.socket active (lesson 3's tip: enable only the socket): expected until the first docker command
 *   starts the daemon; no client's answer shown (shows-part.socket).
 * - active (running): the daemon runs; whether the learner's client reaches it (the docker group) is not shown
 *   (shows-part.service-active). Imports types only.
 */
import type { Lib } from './lib';
import type { TextReader } from './read';
import type { Facts } from './types';

type State = 'active' | 'inactive' | 'failed' | 'activating' | 'deactivating' | 'reloading';
const states = /^(active|inactive|failed|activating|deactivating|reloading)$/;

function settleState(service: State | undefined, socket: State | undefined, facts: Facts, seen: Lib['seen'], stuck?: string): boolean {
  if (!service) return false;
  seen(facts, 'systemctl');
  if (service === 'activating' && stuck) {
    facts.hits.push({ id: 'daemon-not-running', rank: 1e3, details: { variant: 'systemd', state: `activating (start) for ${stuck}` } });
    return true;
  }
  if (service === 'active' || service === 'reloading') facts.serviceState = 'active';
  else if (service === 'inactive' && socket === 'active') facts.serviceState = 'socket';
  else if (service === 'failed' || service === 'inactive' || service === 'deactivating')
    facts.hits.push({ id: 'daemon-not-running', rank: 1e3, details: { variant: 'systemd', state: service } });
  else facts.serviceState = 'starting';
  return true;
}

/** `systemctl is-active docker.service [docker.socket]`: one state a line, in the order of the units named. */
const isActive: TextReader = (cmd, lines, facts, { seen }) => {
  const m = /^systemctl (?:--\S+ )*is-active ((?:[\w@.-]+ ?){1,6})$/.exec(cmd.trim());
  if (!m) return false;
  const units = m[1]!.trim().split(' ');
  const said = lines.map((l) => l.trim()).filter(Boolean);
  if (said.length < units.length || !said.slice(0, units.length).every((s) => states.test(s))) return false;
  const of = (name: RegExp) => {
    const i = units.findIndex((u) => name.test(u));
    return i < 0 ? undefined : (said[i] as State);
  };
  if (!settleState(of(/^docker(?:\.service)?$/), of(/^docker\.socket$/), facts, seen)) return false;
  return lines.slice(lines.findIndex((l) => l.trim() === said[units.length - 1]) + 1);
};

/**
 * cw173 (stop 56): `Active: activating (start) since …; 27min ago` (systemctl-show.c: the state entered, then format_timestamp_relative's
 * `%s ago`: `1min 30s`, `27min`, `1h 3min`, `2 days`): dockerd is Type=notify and tells systemd it is ready once it serves its API,
 * within seconds; moby contrib/init/systemd/docker.service sets `TimeoutStartSec=0`, so systemd never gives up on a daemon that never
 * gets there (moby#23289: containerd printing its usage under docker 1.11). Still starting after two minutes or more (past systemd's own
 * default start timeout of 90 s): the daemon is not running. Less than that stays a daemon starting (shows-part.starting).
 */
const stuckFor =
  /^Active: activating \(start\) since [^;]{1,80}; ((?:[2-9]|\d{2,})min(?: \d{1,2}s)?|\d{1,3}h(?: \d{1,2}min)?|\d{1,4} (?:days?|weeks?|months?|years?)(?: \d{1,2}h)?) ago\s*$/;

/** `systemctl status docker`: the docker.service block's `Active:` line, and whether docker.socket triggers it. */
const status: TextReader = (cmd, lines, facts, { seen }) => {
  const head = lines.findIndex((l) => /^\W{0,3}docker\.service(?: - |$)/.test(l.trim()));
  if (head < 0) return false;
  // cw87: the block is systemd's own layout wherever it was printed: the unit's line, then `Loaded: loaded (…/docker.service; …)`
  // (systemctl-show.c prints Loaded: right under it), so it is read under any command that shows it: a saved status cat-ed
  // (tianon/docker-brew-ubuntu-core#157: `cat log`), `service docker status` (Debian's and Ubuntu's service(8) runs `systemctl
  // status` on systemd), short options (`systemctl status -l docker`, `--no-pager`) and several units named. Without that Loaded:
  // line only under systemctl's or service's own status command, as before. It answers partial or a failure, never ok.
  const loaded = lines.slice(head + 1, head + 3).some((l) => /^Loaded: (?:loaded|not-found|masked|error|bad-setting) \(/.test(l.trim()));
  const own = /^(?:systemctl (?:-{1,2}[\w-]+(?:=\S+)? )*status\b|service docker(?:\.service)? status\b)/.test(cmd.trim());
  if (cmd && !own && !loaded) return false;
  let service: State | undefined;
  let socket: State | undefined;
  let end = lines.length;
  let stuck: string | undefined;
  for (let i = head + 1; i < Math.min(lines.length, head + 40); i++) {
    const l = lines[i]!.trim();
    const active = /^Active: (\w+)(?: \(([\w-]+)\))?/.exec(l);
    if (active && !service && states.test(active[1]!)) {
      service = active[1] as State;
      stuck = service === 'activating' ? stuckFor.exec(l)?.[1] : undefined;
    }
    // ● (green) when the socket is active, ○ when not: colour gone, the glyph stays.
    const by = /^TriggeredBy: (\S) docker\.socket/.exec(l);
    if (by) socket = by[1] === '●' ? 'active' : 'inactive';
    if (/^\W{0,3}[\w@.-]+\.(?:service|socket) - /.test(l) && i > head) {
      end = i;
      break;
    }
  }
  if (!settleState(service, socket, facts, seen, stuck)) return false;
  return [...lines.slice(0, head), ...lines.slice(end)];
};

export const systemdReaders = [isActive, status];
