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
  if (refused >= 0 && ready > refused && last(/^FATA\[|level=fatal|\bpanic:|failed to start daemon/i) < ready) {
    facts.hits = facts.hits.filter((h) => h.id !== 'daemon-not-running');
    facts.daemonStarted = true;
  }
  // cw74: the daemon's create warning for an arm image on an amd64 host (parse-errors.ts reads it as exec-format-error), then the
  // container's full ID on its own line: the daemon created the container (parse-version.ts, CONVENTIONS §2.1 h44-kezan860devops),
  // so Docker answers; the image's platform is the image's matter, not lesson 3's. The run's own `exec format error` when shown
  // still answers. docker/docs#12818: an image pushed from an M1, run on Play with Docker.
  const warned = text.findIndex(
    (l, i) =>
      /^WARNING: The requested image's platform \(/.test(l) && /^\s*[0-9a-f]{64}\s*$/.test(text.slice(i + 1).find((n) => n.trim()) ?? ''),
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
