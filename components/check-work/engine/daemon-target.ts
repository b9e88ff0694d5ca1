/*
 * cw178 (stop 57): which daemon a docker command was aimed at, so that an answer from one daemon does not make another one's
 * "Cannot connect" past (CONVENTIONS §2.0, the later state stands only for the same daemon).
 *
 * docker/cli picks the daemon per command (cli/command/cli.go Initialize → resolveContextName, then the endpoint from the context
 * store): `--host`/`-H` first (opts.Hosts), then `--context`/`-c`, then the DOCKER_HOST and DOCKER_CONTEXT variables, then the
 * config's currentContext that `docker context use` writes (cli/command/context/use.go), else "default" (the local socket). A
 * context or host reached through a helper program (ssh://, cli/connhelper GetConnectionHelper) is dialled by that helper, and the
 * HTTP client is given the dummy host `http://docker` (cli/context/docker/load.go ClientOpts: `client.WithHost("http://docker")`
 * beside the helper's dialer), so moby's client/errors.go connectionFailed prints `Cannot connect to the Docker daemon at
 * http://docker. Is the docker daemon running?`: the words of a helper's daemon, never the local socket's.
 */
import type { Part } from './read';
import type { Hit } from './types';

/** The daemon a command line names itself: its global options before the subcommand, or the variables set on its own line. */
export function targetOf(cmd: string): string | undefined {
  const line = cmd.trim().replace(/^sudo +(?:-E +)?/, '');
  if (line.length > 2000) return undefined;
  // `DOCKER_HOST=ssh://me@box docker ps`, `env DOCKER_CONTEXT=x docker ps`: the shell's assignments before the program.
  const env = /^(?:env +)?((?:[A-Z_][A-Z0-9_]{0,40}=\S{0,300} +){1,6})(?=docker\b)/.exec(line)?.[1] ?? '';
  const host = /(?:^| )DOCKER_HOST=["']?([^\s"']{1,300})/.exec(env)?.[1];
  const context = /(?:^| )DOCKER_CONTEXT=["']?([^\s"']{1,200})/.exec(env)?.[1];
  const words = line
    .slice(env.length)
    .replace(/^env +/, '')
    .split(/\s+/)
    .slice(0, 20);
  if (!/^docker(?:\.exe)?$/.test(words[0] ?? '')) return undefined;
  let flagHost: string | undefined;
  let flagContext: string | undefined;
  for (let i = 1; i < words.length && words[i]!.startsWith('-'); i++) {
    const w = words[i]!;
    const m = /^(--host|-H|--context|-c)(?:=(.*))?$/.exec(w);
    if (!m) {
      // Another global option that takes a value (docker/cli cli/flags/options.go): skip its value.
      if (/^(?:--config|-l|--log-level|--tlscacert|--tlscert|--tlskey)$/.test(w)) i++;
      continue;
    }
    const value = (m[2] ?? words[++i] ?? '').replace(/^["']|["']$/g, '');
    if (m[1] === '--host' || m[1] === '-H') flagHost = value;
    else flagContext = value;
  }
  if (flagHost) return `host ${flagHost}`;
  if (flagContext) return `context ${flagContext}`;
  if (host) return `host ${host}`;
  if (context) return `context ${context}`;
  return undefined;
}

/** `docker context use x` (the config's currentContext), `export DOCKER_HOST=…`, `export DOCKER_CONTEXT=…`: the default from then on. */
function setsDefault(line: string): string | undefined {
  if (line.length > 2000) return undefined;
  const use = /(?:^|[\s`$>])docker(?:\.exe)? +context +use +["']?([\w.-]{1,100})/.exec(line)?.[1];
  if (use) return use === 'default' ? '' : `context ${use}`;
  const host = /(?:^|[\s`$>])(?:export +|set +|\$env:)DOCKER_HOST *= *["']?([^\s"'`]{1,300})/.exec(line)?.[1];
  if (host) return `host ${host}`;
  const context = /(?:^|[\s`$>])(?:export +|set +|\$env:)DOCKER_CONTEXT *= *["']?([\w.-]{1,100})/.exec(line)?.[1];
  if (context) return context === 'default' ? '' : `context ${context}`;
  if (/(?:^|[\s`$>])unset +DOCKER_(?:HOST|CONTEXT)\b/.test(line)) return '';
  return undefined;
}

/** A docker command told in a line of prose (in a code span, after a list mark or a prompt): its words up to the span's end. */
const toldDocker = /(?:^|[\s(*_`"'>$])((?:sudo +)?(?:[A-Z_][A-Z0-9_]{0,40}=\S{1,300} +)*docker(?:\.exe)? +[^`*"\n]{1,300})/g;

type Where = { part: number; line: number };

/** The lines of the paste that set the default daemon, in order, each with its place (a part's command line is line -1). */
const defaults = new WeakMap<Part[], (Where & { set: string })[]>();
function settings(list: Part[]): (Where & { set: string })[] {
  let found = defaults.get(list);
  if (!found) {
    found = list.flatMap((p, part) =>
      [p.cmd, ...p.lines].flatMap((text, i) => {
        const set = /docker|DOCKER_/.test(text) ? setsDefault(text) : undefined;
        return set === undefined ? [] : [{ part, line: i - 1, set }];
      }),
    );
    defaults.set(list, found);
  }
  return found;
}
const before = (a: Where, b: Where) => a.part < b.part || (a.part === b.part && a.line < b.line);

/** A docker command line, the shell's assignments before it. */
const dockerLine = /^(?:sudo +)?(?:env +)?(?:[A-Z_][A-Z0-9_]{0,40}=\S{0,300} +)*docker(?:\.exe)?\b/;

/** The daemon a command at `at` was aimed at: its own words (`own`), else the default the paste set before it ('' the local one). */
function aimed(list: Part[], own: string | undefined, at: Where): string {
  return own || (settings(list).findLast((l) => before(l, at) || (l.part === at.part && l.line === at.line))?.set ?? '');
}

/**
 * The daemon a "Cannot connect" was aimed at, when the paste names one: its command's (the part's command line, else the nearest
 * docker command told before the error in its part, as later-state.ts cw124 reads an error's command), or the connection helper's
 * (`at http://docker`, its context not named: 'helper'). undefined: the default daemon, as before.
 */
const targets = new WeakMap<Hit, string | undefined>();
export function hitTarget(list: Part[], h: Hit): string | undefined {
  if (h.id !== 'daemon-not-running' || h.part === undefined) return undefined;
  if (!targets.has(h)) targets.set(h, findTarget(list, h, h.part));
  return targets.get(h);
}
function findTarget(list: Part[], h: Hit, part: number): string | undefined {
  const p = list[part];
  if (!p) return undefined;
  const at = { part, line: h.line ?? -1 };
  const text = [p.cmd, ...p.lines];
  const error = text[at.line + 1] ?? '';
  // A part's command line lost its global options in normalize.ts (cw156); the segment kept the daemon they named.
  let own = dockerLine.test(p.cmd) ? (p.target ?? targetOf(p.cmd) ?? '') : undefined;
  // Else the nearest docker command told before the error in its part (on the error's own line, before its words).
  for (let i = at.line + 1; own === undefined && i >= 0; i--) {
    const said = i === at.line + 1 ? error.slice(0, Math.max(0, error.search(/Cannot connect|error during connect/))) : (text[i] ?? '');
    const told = [...said.matchAll(toldDocker)]
      .map((m) => m[1]!.trim())
      .filter((c) => !/^(?:sudo +)?docker(?:\.exe)? +context +(?:create|use|ls|inspect)\b/.test(c));
    if (told.length) own = targetOf(told.at(-1)!) ?? '';
  }
  const target = aimed(list, own, at);
  if (target) return target;
  return /\bat http:\/\/docker\b/.test(error) ? 'helper' : undefined;
}

/**
 * Whether the command of part `part` that answered (a Server part, hello-world's greeting, a listing) shows it reached the daemon
 * `target` named: its command line shown (not only named by a title, normalize.ts `titled`), aimed at the same daemon. The helper's
 * error under a command that names none: a command that names none either, run with the same defaults. `cmd` and `line`: a command
 * told in a line of the part (later-state.ts' tries), else the part's command line.
 */
export function sameDaemon(list: Part[], part: number, target: string, cmd = list[part]?.cmd ?? '', line = -1): boolean {
  const p = list[part];
  if (!p || (line < 0 && p.titled) || !dockerLine.test(cmd)) return false;
  const its = aimed(list, (line < 0 ? p.target : undefined) ?? targetOf(cmd), { part, line });
  return target === 'helper' ? its === '' : its === target;
}
