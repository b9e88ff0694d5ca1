/*
 * Lesson 3's chunk: docker version, docker info and docker run hello-world (parse-version.ts);
 * the client reaches the server, or only a client part came back, or it is too old for it.
 */
import type { Lib } from './lib';
import { stepFallback, type Panel } from './step-fallback';
import { networkFirewall } from './network-firewall';
import type { ContainerWords, ErrorRule } from './parse-errors';
import type { Part, TextReader } from './read';
import { readVersionText } from './parse-version';
import { settle as formatSettle, versionFormat } from './version-format';
import { systemdReaders } from './systemd-state';
import type { Container, Diagnosis, DiagnosisId, Facts, Hit } from './types';

/**
 * cw82: a listing docker/cli prints only from the daemon's reply (as cw74's docker ps, CONVENTIONS §2.1): `docker images` (image ls;
 * cli/command/image/list.go asks the daemon's /images/json, then writes the table, header first, also when it is empty: docker/for-win#6179),
 * `docker network ls`, `docker volume ls`. Only the header right under its own command line: the daemon answered.
 */
const listingHeaders: [RegExp, RegExp][] = [
  [/^(?:images|image (?:ls|list))\b/, /^\s*(?:REPOSITORY\s+TAG\s+(?:DIGEST\s+)?IMAGE ID|IMAGE(?:\/TAGS)?\s+ID\s+DISK USAGE)\b/],
  [/^network (?:ls|list)\b/, /^\s*NETWORK ID\s+NAME\s+DRIVER\b/],
  [/^volume (?:ls|list)\b/, /^\s*DRIVER\s+VOLUME NAME\s*$/],
];
/** cw144: the pastes where such a header was read (installGate). */
const daemonListed = new WeakSet<Facts>();
const daemonListing: TextReader = (cmd, lines, facts, { seen }) => {
  const sub = /^docker (.+)$/.exec(cmd.trim())?.[1];
  const header = listingHeaders.find(([c]) => sub && c.test(sub))?.[1];
  // cw102: past one short label line of the author's own between the command and its table (notes 37314632483: `docker network ls`,
  // then `- output:` and the table in a block of its own): a few words ending in a colon, in any language (`Output:`, `Résultat :`, `输出：`).
  // cw196 (stop 59): or without its colon, four words at most (`I get`, `gives`, `returns`): the header under it must still be the
  // command's own (listingHeaders), which no other program prints.
  const label = (l: string) =>
    l.trim().length <= 40 &&
    (/^[\p{L}\p{M}][\p{L}\p{M} '-]{0,38}\s?[:：]$/u.test(l.trim()) || /^[\p{L}\p{M}]+(?: [\p{L}\p{M}']+){0,3}$/u.test(l.trim()));
  // cw163 (stop 54): past the legend docker/cli 29's image list prints right-aligned above its header (cli/command/image/tree.go,
  // printImageTree: `i Info →   U  In Use`, the keys of its EXTRA column), and the experimental warning the 27-28 tree printed there
  // (`WARNING: This is an experimental feature. …`): the client's own line before the daemon's table.
  const legend = (l: string) =>
    /^\s*(?:i\s{1,3}Info\s{1,3}(?:→|->)\s{1,8})?U\s{1,3}In Use\s*$|^WARNING: This is an experimental feature\b/.test(l);
  let first = lines.findIndex((l) => l.trim());
  // cw187 (stop 58): past sudo's own password prompt, which the terminal keeps on its line under a `sudo docker …` (sudo
  // plugins/sudoers/defaults.c PASSPROMPT "[sudo] password for %p: ", translated by its gettext catalogues: `[sudo] Mot de passe de
  // %p : `, `[sudo] Passwort für %p: `, `[sudo] %p 的密码：`): sudo's line, printed before docker ran, not the daemon's table.
  if (first >= 0 && /^\[sudo\] [^\n]{1,80}[:：]\s*$/.test(lines[first]!.trim())) first = lines.findIndex((l, i) => i > first && l.trim());
  if (first >= 0 && legend(lines[first]!)) first = lines.findIndex((l, i) => i > first && l.trim());
  if (first >= 0 && label(lines[first]!)) first = lines.findIndex((l, i) => i > first && l.trim());
  if (!header || first < 0 || !header.test(lines[first]!) || / -q\b| --quiet\b| --format\b/.test(cmd)) return false;
  facts.listed = true;
  daemonListed.add(facts);
  seen(facts, `docker ${sub!.split(' ')[0]}`);
  const rest = lines.slice(first + 1).findIndex((l) => !l.trim() || /^\S+\s{2,}/.test(l) === false);
  return rest < 0 ? true : lines.slice(first + 1 + rest);
};

/**
 * cw169 (stop 56): a host's socket list with the daemon's own process listening (net-tools netstat.c `-p`: PID/Program name printed
 * `%d/%s`, `9257/dockerd`; iproute2 ss `-p`: `users:(("dockerd",pid=9257,fd=3))`): dockerd runs (a TCP endpoint such as 2375, or
 * its socket), but no client's answer is shown, so as systemd's `active` (cw72): part of it. Only a LISTEN row of that program.
 */
const dockerdSockets = new WeakSet<Facts>();
const dockerdRow =
  /^\s*(?:tcp6?|unix)\s+\d+\s+\d+\s+\S+(?:\s+\S+)?\s+LISTEN(?:ING)?\s+(?:\d+\s+)?\d+\/dockerd\s*$|^\s*(?:tcp\s+)?LISTEN\s+\d+\s+\d+\s+\S+\s+\S+\s+users:\(\("dockerd",pid=\d+,fd=\d+\)/;
const daemonSocket: TextReader = (_, lines, facts, { seen }) => {
  if (!lines.some((l) => l.length < 400 && dockerdRow.test(l))) return false;
  dockerdSockets.add(facts);
  seen(facts, 'a socket listing');
  return false;
};

export const readers = [readVersionText, versionFormat, ...systemdReaders, daemonListing, daemonSocket];

/**
 * cw144: an error the daemon answered a request with (moby client/request.go checkResponseErr: `Error response from daemon: %s`;
 * docker/cli run.go prints it after `docker: `), that no later run of the same command without it made past (CONVENTIONS §2.0: the
 * later try stands). Not a lookup of a name the daemon did not find (`No such container`, `No such image`, `No such object`, an
 * image `not found`): the daemon worked, the name was wrong (CONVENTIONS §2.1, step.beside).
 */
const daemonSaid = /\bError response from daemon\b/;
const lookupOnly = /\b(?:No such (?:container|image|object|id)|not found)\b/i;
/** The commands that have the daemon create, start or pull: lesson 3's own work (an exec into a stopped container is no install failure). */
// cw166 (stop 55): and a plugin's install or enable: docker/cli cli/command/plugin/install.go runInstall has the daemon pull the
// plugin, then enable it unless --disable (moby plugin/backend_linux.go Pull, then manager_linux.go enable: containerd creates and
// starts the plugin's own container from its rootfs); `docker plugin enable` and `upgrade` the same. The daemon's refusal there
// (`Error response from daemon: OCI runtime create failed: …`) is its refusal of that work, no container of the learner's.
const work =
  /^docker (?:(?:container )?(?:run|create|start)|(?:image )?pull|compose (?:up|run|start|create|pull)|plugin +(?:install|enable|upgrade))\b/;
/**
 * cw160 (stop 53): or docker run's own report of it, its command not shown: docker/cli cli/command/container/run.go reportError
 * (1.13 to 19.03: `fmt.Fprintf(stderr, "%s: %s.\n", os.Args[0], str)`; later `docker:`) puts the client's argv[0] in front, the
 * name or the path it was started by: `docker:`, Fedora's and RHEL's `/usr/bin/docker-current:` (their /usr/bin/docker wrapper runs
 * docker-current or docker-latest), Windows' `C:\…\docker.exe:`. run (and create, start) reports a daemon's refusal of the container
 * so: the daemon answered and did not do lesson 3's work. At a line's start only (a sentence that retells it is no output).
 */
const runReport =
  /^\s{0,4}(?:[\w.~-]{0,100}[/\\](?:[^\s:/\\]{1,100}[/\\]){0,12}|[A-Za-z]:\\(?:[^:\n/\\]{1,100}\\){0,12})?docker(?:-current|-latest)?(?:\.exe)?: Error response from daemon: \S/;
/**
 * cw162 (stop 54): run's report glued behind a writer's words in a script written without spaces (Chinese, Japanese, Korean prose:
 * `…后出现docker: Error response from daemon: …`), its argv[0] still in front (the mark of docker's own output, not a retelling): no
 * space or line start can part the output from the sentence there. A Latin sentence that retells it (`I got docker: Error …`) stays
 * unread (cw160). Its other copy habit, the report broken after `docker:`, is put back on a line of its own by normalize.ts rewrap.
 */
const runReportGlued =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]docker(?:\.exe)?: Error response from daemon: \S/u;
// Stop 53 (lead, moby#34575 as its issue opens: the error first, the run line under "Steps to reproduce" later, the poster's prose
// under it): with its command not shown, a later run made it past only when it shows the daemon made its container (the ID `docker
// run -d` and `docker create` print, or hello-world's greeting).
const said = (l: string) => l.length < 2000 && daemonSaid.test(l) && !lookupOnly.test(l);
const made = (q: Part) => q.lines.some((l) => /^\s*[0-9a-f]{64}\s*$|Hello from Docker!/.test(l));
function openDaemonError(list: Part[]): string | undefined {
  const key = (cmd: string) => /^docker(?: compose| container| image)? [\w-]+/.exec(cmd)?.[0];
  for (const [i, p] of list.entries()) {
    const line = p.lines.find((l) => said(l) && (work.test(p.cmd) || runReport.test(l) || runReportGlued.test(l)));
    if (!line) continue;
    const k = work.test(p.cmd) ? key(p.cmd) : undefined;
    // cw160: run's report with its command not shown: a later run, create or start that the daemon did not refuse, and that made
    // its container (made, above), made it past.
    const same = (q: Part) => (k ? key(q.cmd) === k : /^docker (?:container )?(?:run|create|start)\b/.test(q.cmd) && made(q));
    const retried = list.slice(i + 1).some((q) => same(q) && !q.lines.some((l) => daemonSaid.test(l)));
    if (!retried) return line.trim();
  }
  return undefined;
}

/**
 * cw196 (stop 59): the daemon's refusal under a docker command that is not lesson 3's work, at its output line's start, the command
 * line shown: moby's errors for a container's state (daemon/errors.go errNotRunning `Container %s is not running` for an exec into a
 * stopped container, errContainerIsRestarting `Container %s is restarting, wait until the container is running`, exec.go's `Container
 * %s is paused, unpause the container before exec`), which moby client/request.go checkResponseErr prints after `Error response from
 * daemon: `. The daemon answered and did not do what was asked: the same partial as cw160's refusal of a container, when nothing else
 * answers (CONVENTIONS §2.1, stop 59). A lookup (`No such container`) keeps §2.1's answer; the words in a sentence are no output.
 */
function refusalOf(list: Part[]): string | undefined {
  for (const p of list) {
    if (!/^(?:sudo +)?docker(?: container)? +(?:exec|attach|stop|kill|restart|pause|unpause|wait|top|cp|commit|port)\b/.test(p.cmd))
      continue;
    const line = p.lines.find((l) => /^\s{0,4}Error response from daemon: \S/.test(l) && said(l));
    if (line) return line.trim();
  }
  // cw205 (stop 60): or its bridge driver's refusal of a new network's firewall rules (network-firewall.ts), under Compose or
  // `docker network create`: the daemon runs and answered; the network was not made (CONVENTIONS §2.1, stop 60). Also the same
  // missing chain at a container's endpoint (libnetwork endpoint.go `driver failed programming external connectivity on endpoint %s
  // (%s): %v`, cw173's) at a line's start with no command shown: the daemon's answer as under docker run (cw160).
  const endpoint =
    /^\s{0,4}(?:docker: )?Error response from daemon: driver failed programming external connectivity on endpoint [\w.-]{1,200} \([0-9a-f]{1,64}\):\s{0,4}\(?iptables failed: .{0,600}?No chain\/target\/match by that name/;
  for (const p of list) {
    const line = [p.cmd, ...p.lines].find((l) => l.length < 2000 && (networkFirewall.test(l) || endpoint.test(l)));
    if (line) return line.trim();
  }
  return undefined;
}

/**
 * cw193 (stop 59): the daemon's reply to a lookup, alone: moby's `No such container: %s` (daemon/container/view.go, errdefs.NotFound),
 * `No such image: %s` (daemon/images), `No such object` for an inspect of either, which the client prints as the daemon's word (moby
 * client/request.go checkResponseErr: `Error response from daemon: %s`; docker/cli's inspect of a name none of its kinds finds,
 * cli/command/inspect/inspector.go: `Error: No such object: %s`; Docker 1.x's `Error: No such image or container: %s`). A script's
 * `docker inspect`/`docker exec`/`docker logs` of a name it expected (a VPS installer's database container, a quickstart's proxy)
 * answered so: the daemon runs and answers, and the name was not there; lesson 3's own work (a Server part, hello-world) is not shown
 * → `shows-part` (CONVENTIONS §1: the lookup's `No such …` aside, stop 59), never the container's own problem at lesson 3. At a line's
 * start only (a code span's backquote, docker's argv[0] before it), with no other error read.
 */
const lookupReply =
  /^\s{0,4}`?(?:[\w./\\:~-]{0,200}docker(?:\.exe)?: )?(?:Error response from daemon: No such (?:container|image|object): |Error: No such (?:container|image|object|image or container): )[\w./:@-]{1,200}`?\s*$/;
const lookedUp = new WeakMap<Facts, string>();
function lookupAlone(facts: Facts, list: Part[]): void {
  // Alone: not beside another answer of the daemon's (a listing, hello-world), where clearing the lookup would hide an error line
  // behind that answer's ok (cw148's guard-inspect-no-image: an image inspect's `No such image`, then an empty docker ps).
  if (facts.serverOk || facts.hello || facts.listed || !facts.hits.length) return;
  const at = (h: Hit) =>
    h.part === undefined || h.line === undefined ? undefined : h.line < 0 ? list[h.part]?.cmd : list[h.part]?.lines[h.line];
  const lookup = (h: Hit) =>
    (h.id === 'container-not-found' || h.id === 'image-not-found') && !h.details.variant && lookupReply.test(at(h) ?? '');
  if (!facts.hits.every(lookup)) return;
  lookedUp.set(facts, String(facts.hits[0]!.details.name ?? ''));
  facts.hits = [];
}

/** cw33: `docker version --format '{{json .}}'` (version-format.ts); cw144: and the daemon's error that stands (openDaemonError). */
export function settle(facts: Facts, lib: Lib, what: string, list: Part[]): void {
  formatSettle(facts, lib, what, list);
  lookupAlone(facts, list);
  facts.daemonError = openDaemonError(list);
  facts.daemonRefusal = refusalOf(list);
  // cw166 (stop 55): the runtime's refusal under a plugin's install or enable (work, above) is the plugin's container, which the
  // daemon made for the plugin (moby plugin/manager_linux.go enable), not a container the learner ran: the daemon's refusal of that
  // work stands (daemonError), not the runtime answer a learner's container gets.
  facts.hits = facts.hits.filter(
    (h) =>
      !(
        h.id === 'container-exited' &&
        h.part !== undefined &&
        /^docker plugin +(?:install|enable|upgrade)\b/.test(list[h.part]?.cmd ?? '')
      ),
  );
  facts.platformRan = ranAfterPlatform(list);
  // cw162 (stop 54): a command typed at a container's root prompt (normalize.ts `inside`: `root@116d4ab755d1:/# ls`), the prompt's
  // host name the container's own, which segments() takes off as a prompt: read by the fallback as cw134's host name in the output.
  // Only as the paste's last state: no docker command after the last such prompt (a later try stands, CONVENTIONS §2.0), and no
  // refusal of the daemon's or the runtime's anywhere in it (moby's `Container <ID> is not running` for an exec, which lesson 3's
  // rules do not read, runc's `OCI runtime exec failed`).
  const last = list.reduce((at, p, i) => (p.inside ? i : at), -1);
  const later = list.slice(last + 1).some((p) => /^(?:sudo )?docker\b/.test(p.cmd));
  const refused = list.some((p) =>
    p.lines.some((l) => l.length < 2000 && /Error response from daemon|OCI runtime \w+ failed|\bis not running\b/.test(l)),
  );
  if (last >= 0 && !later && !refused) facts.inside = true;
}

/**
 * cw146 (stop 50): Docker's platform warning, then the container it warned about running: the daemon created it (the warning is the
 * create call's, moby daemon/create.go `The requested image's platform (%s) does not match the detected host platform (%s) and no
 * specific platform was requested`, printed by docker/cli's create for each of the reply's Warnings) and started it under emulation.
 * Shown by a shell typed at a container's root prompt later in the paste (normalize.ts `inside`: Docker names a container's host
 * after its ID's first 12 digits). Not the foreground run's own lines under the warning: h118-gdrl36's Jupyter lines there are
 * partial by its first label (the experts disagree), so they give no ok. The warning alone stays partial (cw102).
 */
const platformWarning = /^(?:\d{1,2}[.)] {1,3}|[-*] {1,3})?WARNING: The requested image['’]?s platform \(/;
function ranAfterPlatform(list: Part[]): boolean {
  const at = list.findIndex((p) => p.lines.some((l) => platformWarning.test(l)));
  return at >= 0 && list.slice(at + 1).some((p) => p.inside);
}

/**
 * cw144: the last word before an ok at lesson 3: the daemon's answer (a Server part, hello-world's greeting, a listing with its
 * header and every row read), and no error of the daemon standing. Else what the paste shows: the client's part, or the error.
 */
/** Stop 47: a listing of containers in the paste that is a whole docker ps output (listing-whole.ts unwhole). */
const wholeListing = (facts: Facts, { unwhole }: Lib) =>
  (facts.listings ?? []).some((l) => [undefined, 'project', 'no-ports'].includes(unwhole(l)));

function installGate(facts: Facts, lib: Lib, client: boolean): Diagnosis | undefined {
  const { d, psLine } = lib;
  if (facts.daemonError) return d('shows-part', { variant: 'daemon-error', quote: facts.daemonError });
  if (facts.hello || facts.serverOk) return undefined;
  // A listing docker/cli printed from the daemon's reply: its header (a table, a template's, Compose's; JSON lines), or rows under
  // their own docker ps line. Beside the client's part alone it must be whole too (every row read, nothing cut): the Server part is
  // what lesson 3 asks for, and part of a listing does not stand for it (CONVENTIONS §2.1, stop 47).
  const listings = facts.listings ?? [];
  const shown = client ? wholeListing(facts, lib) : listings.some((l) => l.layout !== 'rows' || psLine.test(l.cmd));
  if (shown || daemonListed.has(facts)) return undefined;
  return d('shows-part', { variant: client ? 'client-only' : 'listing' });
}

/**
 * cw28: lesson 3's own errors (after every step's, parse-errors.ts): an engine set up for Docker, named by the client or by that
 * engine, that is gone or not started. Only lesson 3 sets these up, so only its chunk carries them.
 */
export const errors: ErrorRule[] = [
  // The docker CLI's current context (config.json's currentContext, DOCKER_CONTEXT) whose endpoint is gone: docker/cli
  // cli/context/store/metadatastore.go get ("context %q: %w") around getByID ("context not found: %w", the meta.json not there),
  // printed by cli/command/cli.go Client as `Failed to initialize: unable to resolve docker endpoint: context "desktop-linux":
  // context not found: open …/meta.json: no such file or directory`; 19.03-20.10's `Current context "desktop-linux" is not found on
  // the file system, please check your config file at …`. Docker Desktop's, Colima's or Rancher Desktop's context outlives its
  // engine (uninstalled, deleted): no engine answers. Not minikube's warning about the CLI's context (`Unable to resolve the
  // current Docker CLI context "default": context "default": context not found: …`, kubernetes/minikube main.go): minikube goes
  // on, and "default" is built in, never a file.
  // Other engines' own words for theirs not running: containers/podman cmd/podman/main.go (remote, podman-docker's `docker` too)
  // `Cannot connect to Podman. Please verify your connection to the Linux system using \`podman system connection list\`, or try
  // \`podman machine init\` and \`podman machine start\` to manage a new Linux VM`, then `Error: unable to connect to Podman socket:
  // …`; abiosoft/colima's `colima status` (logrus Fatal) `FATA[0000] colima is not running`.
  // cw94: a docker client older than contexts (19.03) given `docker context create <name> --description …` (Colima's provisioning
  // creates its context so: abiosoft/colima#263, `FATA[0000] error provisioning docker: error at 'provisioning': exit status 125`
  // above): cobra finds no `context` command and parses the flags against docker's own, `unknown flag: --description` then `See
  // 'docker --help'.` (docker/cli cli/cobra.go FlagErrorFunc). Only `docker context create|update` has that flag; a line of its own.
  [/^\s*unknown flag: --description\s*$/, 'client-too-old', undefined, { variant: 'subcommand', name: 'context' }],
  [
    /(?<!Unable to resolve the current Docker CLI context "[^"]{1,100}": )context "(?!default")[^"]{1,100}": context not found|Current context "[^"]{1,100}" is not found on the file system|Cannot connect to Podman\. Please verify your connection|unable to connect to Podman socket|(?:FATA\[\d{1,6}\]|level=fatal msg=")\s*colima(?: \[profile=[\w.-]{1,60}\])? is not running/,
    'daemon-not-running',
  ],
  // Docker Desktop's windows before its engine can start, quoted beside a terminal's lines (Desktop is closed source; its
  // users' threads quote them): Desktop 2.3-3.x's `WSL 2 installation is incomplete.` (the WSL 2 kernel update not installed),
  // Docker for Windows 2.x (Hyper-V)'s `Hardware assisted virtualization and data execution protection must be enabled in the
  // BIOS.`: no engine runs, as parse-errors.ts' "the daemon does not start" (Desktop's own error windows) says.
  // cw94: Colima's start stopped before any engine answers: abiosoft/colima app/app.go Start returns `error starting vm: %w`,
  // `error provisioning %s: %w` or `error starting %s: %w` (the runtime: docker, containerd), which cmd/root logs with logrus Fatal
  // (`FATA[0024] error provisioning docker: signal: killed`, abiosoft/colima#377). No VM's daemon, whatever the reason after it; a
  // client too old for the context Colima creates is read first (the rule above).
  [
    /(?:FATA\[\d{1,6}\]|level=fatal msg=")\s*error (?:starting vm|(?:provisioning|starting) (?:docker|containerd|incus|container))\b/,
    'daemon-not-running',
  ],
  // cw141: Finch's VM (Lima under it) that did not start, so no containerd nor nerdctl answers: runfinch/finch
  // cmd/finch/virtual_machine_init.go (and _start.go) `iva.logger.Errorf("Finch virtual machine failed to start, debug logs:\n%s",
  // logs)` after `limactl start` failed, logrus' `ERROR[0724]` (`ERRO[0025]` when not a terminal) before it; runfinch/finch#1639,
  // #98. Whatever the debug logs say after it, no engine runs.
  [/\bFinch virtual machine failed to start\b/, 'daemon-not-running'],
  // cw169 (stop 56): wsl.exe's own words for the same missing kernel (MicrosoftDocs/WSL troubleshooting.md "Error: WSL 2 requires an
  // update to its kernel component. For information please visit https://aka.ms/wsl2kernel": the kernel package missing from
  // %SystemRoot%\system32\lxss\tools), printed by `wsl --set-default-version 2`, `wsl --set-version` and a distro's first launch
  // (`WslRegisterDistribution failed with error: 0x800701bc`, that HRESULT's own text after `Error: 0x800701bc`). No WSL 2 VM
  // starts, so no Docker engine on WSL 2 does.
  [
    /WSL 2 installation is incomplete|Hardware assisted virtualization and data execution protection must be enabled in the BIOS|^\s*(?:Error: (?:0x800701bc )?)?WSL 2 requires an update to its kernel component\b|\bWslRegisterDistribution failed with error: 0x800701bc\b/i,
    'daemon-not-running',
  ],
  // cw76: hello-world's own process refused by the kernel when runc executes it: runc's libcontainer/standard_init_linux.go `exec
  // user process caused "permission denied"` (before 1.0; `caused: permission denied` in 1.0), runc 1.1+'s `exec /hello: permission
  // denied` (a noexec or SELinux-labelled data root: docker-library/hello-world#19, Oracle Linux on btrfs), and `operation not
  // permitted` (libseccomp too old for the image: Raspberry Pi OS Buster). The daemon answered and still runs no container, so it
  // answers before docker info's or docker version's server part, as the runtime's other failures do, in words of its own
  // (messages.ts: not the WSL advice of `runtime`, which this is not). The other steps read it as
  // the container's own last words (a crash). Not docker exec's (`OCI runtime exec failed: …`: a container that runs).
  [
    /^(?!.*OCI runtime exec failed).*(?:exec user process caused:? "?(?:permission denied|operation not permitted)|(?<![\w/-])exec \/\S{0,300}: (?:permission denied|operation not permitted))/,
    'container-exited',
    undefined,
    { variant: 'exec-refused' },
  ],
  // cw189 (stop 58): the container's program refused a thread by the kernel, EPERM: Docker before 20.10.10 had its default seccomp
  // profile deny clone3 with EPERM, so glibc 2.34+ never falls back to clone (moby/moby#42680, profiles/seccomp/default.json now
  // answers ENOSYS). Each runtime says it in its own words and aborts: libzmq's errno_assert (src/err.hpp `fprintf (stderr, "%s
  // (%s:%d)\n", errstr, __FILE__, __LINE__)`, jupyter/docker-stacks#1800's `Operation not permitted (src/thread.cpp:269)`), OpenBLAS'
  // `blas_thread_init: pthread_create failed for thread 1 of 4: Operation not permitted` (driver/others/blas_server.c), Go's cgo
  // `runtime/cgo: pthread_create failed: Operation not permitted` (runtime/cgo/gcc_libinit.c), Rust's `failed to spawn thread: Os {
  // code: 1, kind: PermissionDenied, …` (std thread::spawn's expect). The container ran and the kernel refused it: as runc's
  // `operation not permitted` above, before the Server part or the client's version alone.
  [
    /^(?:Operation not permitted \((?:\.\.\/)?src\/[\w/.-]{1,100}\.(?:[ch]pp|cc|c):\d{1,6}\)|(?:OpenBLAS )?blas_thread_init: pthread_create failed for thread \d{1,4} of \d{1,4}: Operation not permitted|runtime\/cgo: pthread_create failed: Operation not permitted|.{0,200}failed to spawn thread: Os \{ code: 1, kind: PermissionDenied\b.{0,200})\s*`?\s*$/,
    'container-exited',
    undefined,
    { variant: 'exec-refused' },
  ],
];
/** A container or image not found beside a server that answered (moby/moby#18424: docker inspect's `no such id`, then docker
 * version's Server part): the install works; the ID was wrong. */
export const beside: DiagnosisId[] = ['container-not-found', 'image-not-found'];

/**
 * hello-world pulled, and Docker's runtime could not create its process (`OCI runtime create failed: … getting the final child's
 * pid from pipe caused "EOF"`: Docker Engine in WSL 1, which has no Linux kernel for runc, microsoft/WSL#3927): the server
 * answers, and Docker still runs no container. The paste shows that failure, so it answers before docker version's Server part.
 */
export const containerWords: ContainerWords = {
  runtime: ['container-exited', { variant: 'runtime' }],
  // cw28: hello-world's pull stopped by the client's credential helper (docker/cli vendor/github.com/docker/
  // docker-credential-helpers/client/client.go Get: "error getting credentials - err: %v, out: `%s`"; `exec:
  // "docker-credential-desktop": executable file not found in $PATH`, config.json's credsStore left by Docker Desktop, or its
  // `desktop.exe` in a WSL distro): the client never asked the daemon for the image, so no container ran. Also beside a Server
  // part that answered (check.ts keeps a hit with a variant of its own): lesson 3's hello-world is part of the check.
  credentials: ['image-not-found', { variant: 'credentials' }],
};

/** Docker Hub's hello-world under any of the names docker/cli prints for it (`hello-world`, `hello-world:latest`, `library/…`, `docker.io/…`). */
const helloImage = /^(?:docker\.io\/)?(?:library\/)?hello-world(?::[\w.-]{1,128})?$/;

/** Stop 56: hello-world's rows listed, every one of them only created (never started). */
function neverStarted(containers: Container[]): boolean {
  const hellos = containers.filter((c) => helloImage.test(c.image ?? ''));
  return hellos.length > 0 && hellos.every((c) => c.state === 'created');
}

/** After the error checks (check.ts): with an error message in the paste, that answers. */
export function check(facts: Facts, lib: Lib): Diagnosis | undefined {
  const { d, apiMinor } = lib;
  const { clientApi: client, serverMinApi: server } = facts;
  // An API mismatch docker version shows without an error line (after the error checks, as before).
  if (client && server && apiMinor(client) < apiMinor(server)) return d('client-too-old', { client, server });
  // Stop 56: lesson 3's own container listed and never started: every hello-world row `docker ps -a` shows is `Created` (moby
  // container/state.go StateString: "created" for a container created and not started), and no greeting printed. docker run
  // creates, then starts; a start that fails or never returns leaves the row so, and hello-world prints nothing (docker/machine#4352:
  // blank output, two rows Created beside 17.12's Server part). The daemon answers and runs no container: not lesson 3's ok.
  if (!facts.hello && neverStarted(facts.containers)) return d('container-exited', { variant: 'never-started' });
  // With sudo the server answered root: Docker works, and the learner's own user is not shown (lesson 3's docker group).
  const asClient = !!client || facts.kinds.includes('docker -v');
  if (facts.hello || facts.serverOk) return installGate(facts, lib, asClient) ?? d('healthy', facts.sudo ? { variant: 'sudo' } : {});
  // Stop 47: a listing the copy cut (rows or columns) beside the client's version alone (docker version's Client part, docker -v): the Server part is what lesson 3
  // asks for, and a cut listing is no whole answer to stand for it (h112-compose6196, both experts; h111-cvat5697, first label).
  if (facts.listed && (client || facts.kinds.includes('docker -v')) && facts.listingCut) return d('shows-part', { variant: 'client-only' });
  // cw178 (stop 57): the same for a listing cut in its rows alone (the copy stops inside a row: read.ts/parse-table.ts `cut`, the
  // rows after it not shown), with no other answer of the daemon's: no listing whole beside it (installGate's `unwhole`), no whole
  // `docker images`/`network ls`/`volume ls` (daemonListing). §2.1's reason is the listing's, not the client part's: docker/cli writes
  // the table only from the daemon's reply (cli/command/container/list.go runPs → ContainerList, then formatter.ContainerWrite), and
  // a copy that ends inside it does not show how that reply ended, nor what the paste printed after it. A listing cut at the right
  // (`columns`, cw106) keeps every row it lists and stays as before.
  if (facts.listed && facts.listingCut === 'rows' && !daemonListed.has(facts) && !wholeListing(facts, lib))
    return d('shows-part', { variant: 'listing' });
  if (facts.listed) return installGate(facts, lib, asClient) ?? d('healthy', { variant: 'listed' });
  // cw47: podman-docker's notice, no answer shown: the docker command runs Podman (parse-version.ts), which this course does not use.
  if (facts.kinds.includes('podman-docker')) return d('shows-part', { variant: 'podman' });
  // A Client section and no Server one, without an error line: it neither proves nor disproves the daemon.
  if (client || facts.kinds.includes('docker info') || facts.kinds.includes('docker -v'))
    return d('shows-part', { variant: 'client-only' });
  // cw40: the daemon started by hand after "Cannot connect" (version-format.ts settle): no client's answer shown yet.
  if (facts.daemonStarted) return d('shows-part', { variant: 'daemon-started' });
  // cw191: the daemon's own start log alone, ending ready (version-format.ts settle): the daemon's word, no client's answer shown.
  if (facts.daemonLog) return d('shows-part', { variant: 'daemon-log' });
  // cw72: systemd's word on docker.service (systemd-state.ts), no client's answer shown.
  if (facts.serviceState) return d('shows-part', { variant: facts.serviceState === 'active' ? 'service-active' : facts.serviceState });
  if (dockerdSockets.has(facts)) return d('shows-part', { variant: 'daemon-socket' });
  // cw102: Docker's platform warning alone (parse-version.ts): a client that asked for a container; what the daemon did is not shown.
  // cw146: unless the container it warned about is shown running (ranAfterPlatform): the daemon did the work.
  if (facts.kinds.includes('platform warning'))
    return facts.platformRan && !facts.crash && !facts.daemonError ? d('healthy') : d('shows-part', { variant: 'platform' });
  // WSL's distros listed (wsl -l -v), no docker command: Docker Desktop's may run, whether docker answers in the learner's is not shown.
  if (facts.kinds.includes('wsl -l -v')) return d('shows-part', { variant: 'wsl' });
  // cw149 (stop 50): rootless Docker's setup tool alone (parse-version.ts): the CLI and its context are set up, no daemon answered.
  if (facts.kinds.includes('rootless setuptool')) return d('shows-part', { variant: 'rootless' });
  // cw153 (stop 51): Colima's status alone (parse-version.ts): its VM and runtime run; the learner's docker command is not shown answering.
  if (facts.kinds.includes('colima status')) return d('shows-part', { variant: 'colima' });
  // cw175 (stop 57): docker context ls alone (parse-version.ts): the client's contexts, no engine asked; where docker connects, not an answer.
  if (facts.kinds.includes('docker context ls')) return d('shows-part', { variant: 'context' });
  // cw157 (stop 52): the package manager's list of Docker's packages alone (parse-version.ts): installed, not shown answering.
  if (facts.kinds.includes('package list')) return d('shows-part', { variant: 'packages' });
  // cw204 (stop 60): docker info's Registry Mirrors lines alone (parse-version.ts): a fragment of the server's part, no whole answer.
  if (facts.kinds.includes('info part')) return d('shows-part', { variant: 'info-part' });
  // cw160 (stop 53): the daemon's refusal of a container alone (openDaemonError: under docker run or create, or docker run's own
  // report of it): the daemon answered, and what it refused is not lesson 3's install; the rest is not shown (CONVENTIONS §1, stop 53).
  if (facts.daemonError) return d('shows-part', { variant: 'daemon-error', quote: facts.daemonError });
  // cw196 (stop 59): or its refusal of an exec (or stop, kill, …) for the container's state (refusalOf): the daemon answered.
  if (facts.daemonRefusal) return d('shows-part', { variant: 'daemon-error', quote: facts.daemonRefusal });
  // cw193 (stop 59): the daemon's reply to a lookup alone (lookupAlone): it answered; lesson 3's own test is not shown.
  if (lookedUp.has(facts)) return d('shows-part', { variant: 'lookup', name: lookedUp.get(facts) });
}

/** cw134: the step's question asked once more of the facts read, before "I can't read this" (step-fallback.ts). */
export const fallback = (facts: Facts, lib: Lib, what: string) =>
  stepFallback(lib, facts, what as Panel, lib.ranked(errors, containerWords));
