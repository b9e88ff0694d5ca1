/*
 * cw33: Docker's short answers at lesson 3 (step-install.ts' readers and settle; host-tools.ts is the sweep): `docker version
 * --format` and `docker info --format` print the template's value alone (docker/cli cli/command/system/version.go and info.go:
 * the template runs on the whole versionInfo / info struct, so `{{.Server.Version}}` is the daemon's answer and
 * `{{.Client.Version}}` the client's own), and `{{json .}}` prints that struct as one JSON line. Imports types only.
 */
import type { Lib } from './lib';
import type { Part, TextReader } from './read';
import type { Facts } from './types';

/** The command with its template: `docker version --format '{{.Server.Version}}'`, `-f "{{json .ServerVersion}}"` in cmd.exe. */
const template =
  /^docker (?:system )?(version|info)\b.{0,80}?(?:--format|-f)[ =]?(['"]?)\{\{\s*(?:json\s+)?\.(Server\.Version|ServerVersion|Client\.Version)\s*\}\}\2/;
/** One version, as the template prints it (json quotes it): `28.5.1`, `20.10.24+dfsg1`, `27.3.1-rd`, `"27.3.1"`. */
const bare = /^"?(\d{1,2}\.\d{1,3}\.\d{1,3}(?:[-+~][\w.+~-]{1,40})?)"?$/;

/**
 * A version alone under its command: the server's (the template names .Server.Version, or docker info's .ServerVersion, which
 * only the daemon fills) is the daemon answering; the client's, or a number with no command above it (whose, the paste does
 * not say), shows the client only.
 */
export const versionFormat: TextReader = (cmd, lines, facts, { seen }) => {
  const said = lines.filter((l) => l.trim());
  const t = template.exec(cmd);
  if (cmd && !t) return false;
  // cw36: under its command, the version then a blank line and what the learner wrote after it (`Any idea …?`, a question's
  // prose around the paste): the version is read, the rest given back.
  const at = lines.findIndex((l) => l.trim());
  const rest = t && at >= 0 && bare.test(lines[at]!.trim()) && !lines[at + 1]?.trim() ? lines.slice(at + 1) : null;
  if (!rest && (said.length !== 1 || !bare.test(said[0]!.trim()))) return false;
  if (t && t[3] !== 'Client.Version') {
    facts.serverOk = true;
    seen(facts, `docker ${t[1]}`);
  } else seen(facts, 'docker -v');
  return rest ?? true;
};

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** cw82: the release whose client brought each command parse-errors.ts' client-too-old names (docker/cli cli/command/commands, CHANGELOG). */
const builtIn: Record<string, [number, number]> = {
  network: [1, 9],
  volume: [1, 9],
  swarm: [1, 12],
  service: [1, 12],
  node: [1, 12],
  container: [1, 13],
  image: [1, 13],
  system: [1, 13],
  plugin: [1, 13],
  stack: [1, 13],
  secret: [1, 13],
  trust: [17, 3],
  config: [17, 6],
  builder: [17, 6],
  manifest: [18, 2],
  context: [19, 3],
};

/**
 * `docker version --format '{{json .}}'` (versionInfo: Client, and Server with its Version and ApiVersion once the daemon
 * answered; `"Server":null` when not) and `docker info --format '{{json .}}'` (ServerVersion, filled by the daemon's /info):
 * JSON the step's readers do not take (check.ts runs a chunk's settle after reading, before the error checks).
 */
export function settle(facts: Facts, { seen }: Lib, _what: string, list: Part[]): void {
  // cw40: the daemon started by hand after the client found none (moby/moby#12104: `FATA[0000] Cannot connect to the Docker daemon.
  // Is 'docker -d' running on this host?`, then `docker -d` logging `-job acceptconnections() = OK (0)`): the later state stands
  // (CONVENTIONS §2.1). The daemon's own "ready" line, Docker 1.x's acceptconnections job (engine/job.go), later dockerd's
  // `Daemon has completed initialization` and `API listen on /var/run/docker.sock` (cmd/dockerd/daemon.go), with no fatal line
  // after it: no client's answer is shown yet, so partial.
  const text = list.flatMap((p) => [p.cmd, ...p.lines]);
  const last = (re: RegExp) => text.findLastIndex((l) => re.test(l));
  const refused = last(/Cannot connect to the Docker daemon/);
  const ready = last(/acceptconnections\(\) = OK|Daemon has completed initialization|API listen on \S*docker\.sock/);
  const fatal = last(/^FATA\[|level=fatal|\bpanic:|failed to start daemon/i);
  if (refused >= 0 && ready > refused && fatal < ready) {
    facts.hits = facts.hits.filter((h) => h.id !== 'daemon-not-running');
    facts.daemonStarted = true;
  }
  // cw191 (stop 59): the daemon's own start log alone, no client in the paste (orbstack/orbstack#122: OrbStack's dockerd log ending
  // `INFO[…] Daemon has completed initialization`, `INFO[…] API listen on /var/run/docker.sock`): the daemon's word that it is up,
  // as systemd's `active (running)` is (cw72), no command of the learner's answered: partial. Its own log lines only, in logrus' text
  // layouts (a terminal's `INFO[<time>] `, `time="…" level=info msg="…`, the journal's `dockerd[pid]: ` before them; Docker 1.x's
  // `-job acceptconnections() = OK`), the last of them after any fatal line; not the words in a sentence.
  const readyLine =
    /^\s*(?:INFO\[[^\]]{0,40}\]\s{1,60}|(?:\S.{0,120}?\bdockerd?\[\d{1,7}\]:\s{1,4})?(?:time="[^"]{0,60}"\s{1,4}level=info\s{1,4}msg=")?)(?:Daemon has completed initialization|API listen on \S{0,100}docker\.sock)|-job acceptconnections\(\) = OK\b/;
  const readyAt = last(readyLine);
  if (refused < 0 && readyAt >= 0 && fatal < readyAt) facts.daemonLog = true;
  // cw82: systemd's failed start, then the unit `active (running)` after a restart (ceph/ceph-container#1884: `Job for docker.service
  // failed …`, `systemctl restart docker`, `systemctl status docker` saying `Active: active (running)`): the later state stands
  // (CONVENTIONS §2.0), so systemd's word answers (shows-part.service-active), unless a client's "Cannot connect" comes after it.
  if (facts.serviceState === 'active') {
    // systemd's `Active: active (running)` line, or `systemctl is-active docker` answered `active` on the next line.
    const isActive = text.findLastIndex((l, i) => /^systemctl (?:--\S+ )*is-active docker\b/.test(l) && text[i + 1]?.trim() === 'active');
    const active = Math.max(last(/^\s*Active: active \(running\)/), isActive);
    const failed = last(
      /Job for (?:snap\.docker\.)?dockerd?\.(?:service|socket) failed|dockerd?\.service: (?:Failed with result|Main process exited)|Failed to start Docker Application/,
    );
    // cw94: also docker/cli's `unknown server OS: .` (parse-errors.ts: its first ping got no answer, no reason said) before the unit
    // shown running (sickcodes/Docker-OSX#650: then dockerd in ps and `active (running)`): the daemon runs, this user's access is not
    // shown, so systemd's word answers. "Cannot connect" says the daemon is not running, and stands.
    const noOs = last(/\bunknown server OS: ?\.?\s*$/);
    const before = Math.max(failed, noOs);
    if (before >= 0 && active > before && last(/Cannot connect to the Docker daemon|Is the docker daemon running/) < active)
      facts.hits = facts.hits.filter((h) => h.id !== 'daemon-not-running');
  }
  // cw82: a client older than the command typed (`docker: 'network' is not a docker command.`, parse-errors.ts), then a docker version
  // whose Client part is at least the release that brought the command and whose Server part answered (nginx-proxy/nginx-proxy#478:
  // 1.8.2 refuses `docker network`, then 1.9.1 after the upgrade): the later state stands (CONVENTIONS §2.0).
  const refusedCmd = facts.hits.find((h) => h.id === 'client-too-old' && h.details.variant === 'subcommand');
  const refusedAt = last(/is not a docker command/);
  if (refusedCmd && refusedAt >= 0) {
    const since = builtIn[String(refusedCmd.details.name)];
    const after = text.slice(refusedAt + 1);
    // The last Client part's own Version line (the first field under its header), and a Server part under it.
    const client = after.findLastIndex((l) => /^Client\b/.test(l));
    const part = client < 0 ? [] : after.slice(client + 1);
    const version = /^\s*Version:\s+v?(\d+)\.(\d+)/.exec(part.slice(0, 3).find((l) => /^\s*Version:/.test(l)) ?? '');
    const answered = part.some((l) => /^Server\b/.test(l));
    const [major = 0, minor = 0] = version ? [Number(version[1]), Number(version[2])] : [];
    if (since && version && facts.serverOk && answered && (major > since[0] || (major === since[0] && minor >= since[1])))
      facts.hits = facts.hits.filter((h) => h !== refusedCmd);
  }
  // cw74: the daemon's create warning for an arm image on an amd64 host (parse-errors.ts reads it as exec-format-error), then the
  // container's full ID on its own line: the daemon created the container (parse-version.ts, CONVENTIONS §2.1 h44-kezan860devops),
  // so Docker answers; the image's platform is the image's matter, not lesson 3's. The run's own `exec format error` when shown
  // still answers. docker/docs#12818: an image pushed from an M1, run on Play with Docker.
  const warned = text.findIndex(
    (l, i) =>
      /^WARNING: The requested image['’]?s platform \(/.test(l) &&
      /^\s*[0-9a-f]{64}\s*$/.test(text.slice(i + 1).find((n) => n.trim()) ?? ''),
  );
  if (facts.serverOk && warned >= 0 && !text.some((l) => /exec format error/i.test(l)))
    facts.hits = facts.hits.filter((h) => h.id !== 'exec-format-error');
  for (const { json } of list)
    for (const v of json.values) {
      const o = obj(v);
      const server = obj(o?.Server);
      if (o && obj(o.Client) && typeof server?.Version === 'string' && typeof server.ApiVersion === 'string') {
        facts.serverOk = true;
        seen(facts, 'docker version');
      } else if (o && obj(o.Client) && o.Server === null) seen(facts, 'docker -v');
      else if (typeof o?.ServerVersion === 'string' && o.ServerVersion && 'OperatingSystem' in o) {
        facts.serverOk = true;
        seen(facts, 'docker info');
      }
    }
}
