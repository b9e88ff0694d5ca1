/*
 * `docker version` and `docker info` (docker/cli system/testdata TestVersionFormat/default.golden,
 * docker-info-*.golden): a Client section, then a Server section when the daemon answered
 * (before 19.03 docker info had no sections: `Containers: 2` … `Server Version: 18.09.2` at the line's start).
 * `docker version` shows each side's API version, the server's with its minimum:
 * " API version:       1.47 (minimum version 1.24)". Also `docker run hello-world`, whose
 * greeting (docker-library/hello-world hello.c) proves the whole chain works.
 */
import type { Lib } from './lib';
import type { TextReader } from './read';
import type { Facts } from './types';

const api = /^\s*API version:\s+(\d+\.\d+)(?:\s+\(minimum version (\d+\.\d+)\))?/;
/**
 * Docker before 1.8 printed one field a line, each named by its side (api/client/version.go then): `Client version: 1.6.2`,
 * `Client API version: 1.18`, … `Server version: 1.6.2`, `Server API version: 1.18` (convox/kernel#129), 0.x without the API
 * lines; the Server lines only when the daemon answered. Indented in a README, or behind a tool's prefix (packer's
 * `digitalocean: Client version: 1.5.0`).
 */
const oldLayout = /^\s*(?:[\w-]+: +)?(Client|Server) (API )?version: +(\d+\.\d+)/;

/**
 * cw111: docker version's field names as docker/cli cli/command/system/version.go writes them (its versionTemplate: `Client:`, ` Version:`,
 * ` API version:`, ` Go version:`, ` Git commit:`, ` Built:`, ` OS/Arch:`, ` Context:`, `Server:`, ` Engine:`, ` Experimental:`,
 * containerd's ` GitCommit:`), for a copy that lower-cased every letter (a notes page's: SadServers "Bharuch" solution notes, `client:
 * docker engine - community`, ` version: 28.1.1`, `  api version: 1.49 (minimum version 1.24)`): read as the layout it was.
 */
const fieldCase: Record<string, string> = {
  client: 'Client',
  server: 'Server',
  engine: 'Engine',
  version: 'Version',
  'api version': 'API version',
  'go version': 'Go version',
  'git commit': 'Git commit',
  gitcommit: 'GitCommit',
  built: 'Built',
  'os/arch': 'OS/Arch',
  context: 'Context',
  experimental: 'Experimental',
  'cloud integration': 'Cloud integration',
};
const lowerField =
  /^(\s{0,4})(client|server|engine|version|api version|go version|git commit|gitcommit|built|os\/arch|context|experimental|cloud integration):/;
const recase = (lines: string[]) =>
  lines.some((l) => /^client:(?: |$)/.test(l)) && lines.some((l) => /^\s{1,4}(?:api )?version:\s+v?\d+\.\d+/.test(l))
    ? lines.map((l) => l.replace(lowerField, (_, indent: string, key: string) => `${indent}${fieldCase[key]}:`))
    : lines;

/** Returns the kind it recognised, or '' when the lines are neither. */
export function readVersion(pasted: string[], facts: Facts, enclosed: Lib['enclosed']): string {
  const lines = recase(pasted);
  // cw47: a field of the Client part at the margin too, its indent lost with a comment's `# ` (stored file 6180628785).
  // cw41: the Client part with its `Client:` header left out or retold (robotreviewer#42: "Docker Ver:", then ` Version: 20.10.2`,
  // ` API version: 1.41`, … ` Context: default`): Context is a field of the client's part only (docker/cli cli/command/system/
  // version.go clientVersionTemplate, 19.03+), and its API version has no "(minimum version …)", which only the server's shows.
  // cw82: also above a Server header (docker/for-win#15029: the Client part from ` Version:` on, then `Server: Docker Desktop 4.56.0 (2`).
  const server = lines.findIndex((l) => /^Server\b|^\s*Engine:\s*$/.test(l));
  const client = server < 0 ? lines : lines.slice(0, server);
  let side =
    !lines.some((l) => /^Client\b/.test(l)) &&
    client.some((l) => /^\s*Context:\s+\S/.test(l)) &&
    client.some((l) => /^\s*API version:\s+\d+\.\d+\s*$/.test(l)) &&
    client.some((l) => /^\s*Go version:\s+go\d/.test(l))
      ? 'Client'
      : '';
  let kind = '';
  const figures = infoFigures(lines);
  let oldClient = false;
  let created = false;
  // cw183: containers Compose's progress showed Created or Recreated (their own log lines below say they ran).
  const createdByCompose = new Set<string>();
  // cw173 (stop 56): under dnf's or yum's `Installed Packages` heading (dnf/cli/output.py, yum's output.py listPkgs/infoOutput).
  let installedHeading = false;
  for (const [at, line] of lines.entries()) {
    // cw46: a container the daemon created: its full ID (64 hex) on a line of its own under the daemon's own create warning (moby
    // daemon/create.go returns `The requested image's platform (%s) does not match the detected host platform (%s) and no specific
    // platform was requested` among ContainerCreate's Warnings; docker/cli container/create.go prints each as `WARNING: %s`, then
    // run -d the ID: h44-kezan860devops's script, three IDs on an M1). The daemon answered, as a completed pull shows.
    // cw63: the same warning and ID on one line, the line break between them lost in the copy (stderr's warning, then stdout's ID:
    // prakhar1989/docker-curriculum#399, an ARM Mac): the warning's own last words, `was requested`, then the full ID and nothing after.
    if (/^WARNING: The requested image['’]?s platform \(.{1,300}was requested[.:]?\s+[0-9a-f]{64}\s*$/.test(line)) {
      facts.serverOk = true;
      kind ||= 'docker run';
      created = false;
    } else if (/^WARNING: The requested image['’]?s platform \(/.test(line)) created = true;
    else if (created && /^[0-9a-f]{64}\s*$/.test(line)) {
      facts.serverOk = true;
      kind ||= 'docker run';
    } else if (line.trim()) created = /^[0-9a-f]{64}\s*$/.test(line) && created;
    // cw82: the Server header after a Client part, with the platform's name that only the daemon's reply gives (docker/cli
    // cli/command/system/version.go: `{{- if .ServerOK}}` … `Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}`; the
    // engine's Platform.Name: `Docker Engine - Community`, `Docker Desktop 4.56.0 (214940)`, `Mirantis Container Runtime`), even
    // cut inside that line (docker/for-win#15029's `Server: Docker Desktop 4.56.0 (2`). Not curl's `Server: nginx` (no Client part).
    // cw111: cut earlier still, inside the platform's name, where the copy ends (dockersamples/example-voting-app#332: `Server: Docker De`,
    // the stored copy's last line; nothing or a blank line after it, where a whole header has ` Engine:`): the name is the daemon's,
    // whole or cut, and no other `Server:` line of docker's has one after it.
    const cut = !lines[at + 1]?.trim() && /^Server: (?:Docker|Mirantis)(?: |$)/.test(line);
    if (side === 'Client' && (cut || /^Server: (?:Docker Desktop \d+\.\d+|Docker Engine - [A-Z]|Mirantis Container Runtime)/.test(line))) {
      kind = 'docker version';
      facts.serverOk = true;
    }
    // The Server section's "Engine:" part stands for it when a paste starts there (Engine first, then Client).
    side = /^(Client|Server)\b/.exec(line)?.[1] ?? (/^\s*Engine:\s*$/.test(line) ? 'Server' : side);
    // docker pull (also before hello-world ran): the daemon pulled it, so it answers. cw134: also indented as a Markdown code block
    // (RocketChat/Docker.Official.Image#4's `    Status: Downloaded newer image for rocketchat/rocket.chat:latest`), bounded.
    if (/^\s{0,8}Status: (?:Downloaded newer image|Image is up to date) for /.test(line)) {
      facts.serverOk = true;
      kind ||= 'docker pull';
    }
    // cw141: Compose v2's pull of a service's image, done (docker/compose pkg/compose/pull.go: `progress.Event{ID: service.Name, Status:
    // progress.Done, Text: "Pulled"}`, drawn by pkg/progress's tty writer as ` ✔ portracker Pulled   8.1s`, `⠿` before 2.17; a failed
    // pull is `✘ x Error`): the daemon pulled that image whole, as docker pull's `Status:` line shows (mostafa-wahied/portracker#4,
    // its layer lines cut after it). The mark or the writer's timing after it, so that no sentence is read so.
    if (/^\s{0,8}(?:[✔⠿✓]\s{1,4}[\w.-]{1,63}\s+Pulled\b|[\w.-]{1,63}\s+Pulled\s{2,}\d{1,4}\.\d{1,2}s\s*$)/.test(line)) {
      facts.serverOk = true;
      kind ||= 'docker pull';
    }
    // cw183 (stop 58): Compose v2's container events, the daemon's work: `Started`, `Running`, `Healthy` (docker/compose
    // pkg/compose/convergence.go emits StartedEvent once ContainerStart returned; `Running` for one already up, `Healthy` after the
    // daemon's health check), drawn as ` ✔ Container x-web-1  Started  0.3s` (`⠿` before 2.17, no mark in the plain layout). Or
    // `Created` / `Recreated` (`up` attached printed no Started before 2.2x) with that container's own output under Compose's log
    // prefix below it (cmd/formatter/logs.go: the name padded, then ` | `): the daemon created and ran it. The event's own layout
    // only (a sentence that names a container is not it; `--dry-run`'s `DRY-RUN MODE -` lines create nothing).
    const event = /^\s{0,8}(?:[✔⠿✓]\s{1,4})?Container ([\w.-]{1,100})\s{2,200}(Started|Running|Healthy|Created|Recreated)\b/.exec(line);
    if (event && /^(?:Started|Running|Healthy)$/.test(event[2]!)) {
      facts.serverOk = true;
      kind ||= 'docker compose up';
    } else if (event) createdByCompose.add(event[1]!);
    const prefix = /^([\w.-]{1,100})\s{1,60}\|\s/.exec(line)?.[1];
    if (prefix && createdByCompose.has(prefix) && line.length < 2000 && /\|\s{0,6}\S/.test(line)) {
      facts.serverOk = true;
      kind ||= 'docker compose up';
    }
    // cw43: a build the daemon finished, in BuildKit's words (moby/buildkit util/progress/progressui printer: the exporter's `=> =>
    // naming to docker.io/library/app:1.0`, exporter/containerimage's "naming to %s") or the legacy builder's (docker/cli
    // cli/command/image/build.go: `Successfully built %s`): the daemon answered, as a completed pull shows (CONVENTIONS §2.1). Not
    // Compose's dry run (`DRY-RUN MODE -  ==> ==> naming to …`), which builds nothing.
    if (
      /^\s*(?:#\d{1,4} )?(?:=> => )?naming to (?:docker\.io\/)?\S+(?: done| {2,}\d|\s*$)|^Successfully built [0-9a-f]{12}\s*$/.test(line)
    ) {
      facts.serverOk = true;
      kind ||= 'docker build';
    }
    // cw147: or its greeting run onto one line (a page's or a slide's text layer that lost the breaks, a listing's line numbers between
    // them, its first words cut): docker-library/hello-world hello.c's message, `Hello from Docker!\n` then `This message shows that your
    // installation appears to be working correctly.\n` and, under "To generate this message, Docker took the following steps:", ` 1. The
    // Docker client contacted the Docker daemon.` Its second line and that step both, in the order the program prints them.
    // Not inside a quote opened on its line (stop 50: `The tutorial says you should see "Hello from Docker! This message shows …"`,
    // words told, not printed: enclosed.ts).
    const greeting =
      line.length < 5000 &&
      /\bThis message shows that your installation appears to be working correctly\.\s.{0,300}?\b1\. The Docker client contacted the Docker daemon\./.exec(
        line,
      );
    if (line.startsWith('Hello from Docker!') || (greeting && !enclosed(line.slice(0, greeting.index)))) {
      facts.hello = true;
      kind = 'docker run hello-world';
    }
    // Only after the client's line or with the API's: MySQL's banner says `Server version: 8.0.36 MySQL Community Server` too.
    const o = oldLayout.exec(line);
    if (o && (o[1] === 'Client' || o[2] || oldClient)) {
      kind = 'docker version';
      oldClient ||= o[1] === 'Client';
      if (o[1] === 'Server') facts.serverOk = true;
      if (o[2]) facts[o[1] === 'Client' ? 'clientApi' : 'serverApi'] = o[3];
    }
    const m = side && api.exec(line);
    if (m) {
      kind = 'docker version';
      if (side === 'Client') facts.clientApi = m[1];
      else {
        facts.serverApi = m[1];
        facts.serverMinApi = m[2];
        facts.serverOk = true;
      }
    }
    // cw47: a Server part cut short by hand (` ...` after each part's first lines, a Spanish course's Docker Desktop 4.27.2, stored
    // file 5663976369): its component's `Version:` under `Server:` (docker/cli cli/command/system/version.go versionTemplate prints
    // the Server part, `Server: {{.Server.Platform.Name}}`, ` Engine:`, `  Version:`, only `{{- if .ServerOK}}`: the daemon answered).
    if (side === 'Server' && !m && /^\s+Version:\s+v?\d+\.\d+/.test(line)) {
      kind = 'docker version';
      facts.serverOk = true;
    }
    // cw47: podman-docker's shim (containers/podman's `docker` script: `[ -e /etc/containers/nodocker ] || echo "Emulate Docker CLI
    // using podman. Create /etc/containers/nodocker to quiet msg." >&2`, then `exec podman "$@"`): docker here is Podman (tt-installer#126).
    // The same line as podman.ts' podmanDockerNotice, written again: this reader is in the install step's lazy chunk, and an import
    // from podman.ts (in the entry) would split a chunk the page then loads with the entry (lazy.test.ts).
    if (/^\s*Emulate Docker CLI using podman\b/.test(line)) kind ||= 'podman-docker';
    // docker -v / docker --version: the client's version line only, also quoted in a sentence ("My docker version: `Docker version …`").
    if (/(?:^|\W)Docker version \d+\.\d+[\w.+~-]*, build \w+/.test(line)) kind ||= 'docker -v';
    // `wsl -l -v` (PowerShell or cmd): WSL's distros, Docker Desktop's own among them (`* docker-desktop  Running  2`,
    // stored file 35998572715: a WSL 1 distro converted to 2 for Desktop's WSL Integration). Not docker answering.
    // cw58: its header and rows collapsed onto one line, after the command or not (a page that lost the line breaks and kept the
    // console's padding: MicrosoftDocs/WSL#2061, `PS C:\WINDOWS\system32> wsl -l -v      NAME   STATE   VERSION   * Ubuntu-24.04
    // Stopped   2   docker-desktop-data   Running   2 …`).
    if (
      /^\s*NAME\s+STATE\s+VERSION\s*$/.test(line) ||
      /(?:^|\s)NAME\s+STATE\s+VERSION\s+(?:\*\s+)?[\w.-]{1,60}\s+(?:Running|Stopped|Installing|Converting|Uninstalling)\s+[12]\b/.test(line)
    )
      kind ||= 'wsl -l -v';
    // cw149 (stop 50): rootless Docker's setup tool (moby contrib/dockerd-rootless-setuptool.sh cmd_entrypoint_install, its INFO's
    // `[INFO] %s`): without systemd, install_nonsystemd's `systemd not detected, ${DOCKERD_ROOTLESS_SH} needs to be started manually:`
    // and the context it makes (`Creating CLI context "rootless"`, `Using CLI context "rootless"`, `CLI context "rootless" already
    // exists`). It starts no daemon then (install_systemd's path runs `docker version` itself): Docker installed, nothing answered.
    if (
      /^\s*\[INFO\] (?:systemd not detected, \S{0,200}dockerd-rootless\.sh needs to be started manually:|(?:Creating|Using) CLI context "[\w.-]{1,64}"$|CLI context "[\w.-]{1,64}" already exists$)/.test(
        line,
      )
    )
      kind ||= 'rootless setuptool';
    // cw153 (stop 51): Colima's own report that its VM runs (abiosoft/colima cmd/status.go: logrus' `colima%s is running using %s`, the
    // profile and the VM type, as `INFO[0000] colima is running using macOS Virtualization.Framework`): Colima's word, as systemd's
    // on docker.service; no docker command of the learner's answered (colima's `server:` line is its own query inside the VM).
    if (/^\s*(?:INFO\[\d{1,6}\]|time="[^"]{0,60}" level=info msg=")\s*colima(?: \[profile=[\w.-]{1,60}\])? is running using \S/.test(line))
      kind ||= 'colima status';
    // cw175 (stop 57): docker context ls / list (docker/cli cli/command/context/list.go, formatter/context.go ClientContextTableFormat):
    // its header, NAME, DESCRIPTION, DOCKER ENDPOINT, with KUBERNETES ENDPOINT and ORCHESTRATOR in 19.03-20.10, ERROR since 23.0. The
    // client's own configuration (the contexts in ~/.docker/contexts, the current one starred): no daemon is asked, so it shows where
    // docker would connect, not that an engine answers (CONVENTIONS §1, stop 57).
    if (/^\s*NAME\s+DESCRIPTION\s+DOCKER ENDPOINT(?:\s+KUBERNETES ENDPOINT)?(?:\s+ORCHESTRATOR)?(?:\s+ERROR)?\s*$/.test(line))
      kind ||= 'docker context ls';
    // cw157 (stop 52): the system's package manager listing Docker's packages as installed: apt's `apt list --installed` (apt-private/
    // private-output.cc ListSingleVersion: `name/suites,now version arch [installed]`, `[installed,automatic]`, `[installed,local]`),
    // dpkg's `dpkg -l` (dpkg-query's list: the `ii` of a package wanted and installed, then its name, version, architecture) and rpm's
    // `rpm -qa` (`name-version-release.arch`). Docker's packages (docker/docker-install: docker-ce, docker-ce-cli; Debian's and
    // Ubuntu's docker.io; Fedora's moby-engine): Docker is installed; no docker command answered, the daemon may not run.
    if (
      /^\s*(?:docker-ce|docker-ce-cli|docker\.io|docker-engine|moby-engine)\/\S{1,100} \S{1,100} [\w-]{1,20} \[installed(?:,[a-z-]{1,20}){0,3}\]\s*$|^ii {1,3}(?:docker-ce|docker-ce-cli|docker\.io|docker-engine|moby-engine)(?::[\w-]{1,20})? {1,60}\d\S{0,100} {1,60}[\w-]{1,20} |^\s*(?:docker-ce|docker-ce-cli|moby-engine)-\d{1,4}\.\d{1,4}\.\d{1,4}-\S{1,60}\.(?:x86_64|aarch64|ppc64le|s390x)\s*$/.test(
        line,
      )
    )
      kind ||= 'package list';
    // cw173 (stop 56): dnf's and yum's `info` of an installed package (dnf/cli/output.py infoOutput: each field's name padded to 12 and
    // `: `, `Name         : moby-engine`, under the `Installed Packages` heading its list prints before the installed ones; a repo's
    // package is under `Available Packages`, never installed): Docker's package installed, as the lists above. Fedora's moby-engine,
    // Docker's docker-ce, docker-ce-cli, RHEL's and CentOS' docker (the heading says installed; the name alone would be any RPM's).
    if (/^\s*Installed Packages\s*$/.test(line)) installedHeading = true;
    else if (/^\s*Available Packages\s*$/.test(line)) installedHeading = false;
    if (installedHeading && /^Name {1,12}: (?:docker-ce|docker-ce-cli|docker-engine|moby-engine|docker)\s*$/.test(line))
      kind ||= 'package list';
    if (/^\s*Server Version:\s*\d/.test(line) || (figures && /^\s*Containers: \d+\s*$/.test(line))) {
      facts.serverOk = true;
      kind = 'docker info';
    } else if (side === 'Client' && !kind && /^\s*(?:Version|Context):\s/.test(line)) kind = 'docker info';
    // cw204 (stop 60): docker info's registry mirrors alone (docker/cli cli/command/system/info.go prettyPrintServerInfo: `
    // Registry Mirrors:`, then `  ` and each mirror's URL; a `grep -A 3 "Registry Mirrors"` of it, a guide's excerpt, the lines kept
    // as `#` comments under the command in a script): a fragment of the server's part, no counts nor version (CONVENTIONS §2.1,
    // stop 60). The next line must be a mirror's URL: the heading alone is daemon.json's key in a sentence as often.
    const next = lines[at + 1] ?? '';
    if (!kind && /^\s*(?:#\s*)?Registry Mirrors:\s*$/.test(line) && /^\s*(?:#\s*)?https?:\/\/[\w.:-]{1,200}\/?\s*$/.test(next))
      kind = 'info part';
  }
  // cw102: the daemon's create warning with nothing after it (uber/prototool#577: the warning, then "apple m1  How to install docker"):
  // the client asked for a container of another platform's image, and no ID, no output, no Server part shows what came of it.
  // CONVENTIONS §1's partial (h17-memgraph217's platform warning alone on a Mac), at lesson 3 too.
  // cw141: also as a writer's numbered step (docker/for-mac#5657: `1. docker run … contiker/contiki-ng`, `2. WARNING: The requested
  // image's platform (linux/386) does not match …`): docker/cli prints the warning at its line's start, so a list marker before it
  // is the writer's, not another program's prefix.
  // cw202 (stop 60): and the warning copied whole between quotes on a line of its own, its `WARNING: ` kept or left out
  // (sickcodes/Docker-OSX#541 under a screenshot: `"The requested image's platform (linux/amd64) does not match the detected host
  // platform (linux/arm64/v8) and no specific platform was requested"`): the daemon's own sentence (moby daemon/create.go), nothing
  // of the writer's around it. Not quoted inside a sentence of the writer's (the quote opens and closes the line).
  const quotedWarning =
    /^\s{0,4}["“](?:WARNING: )?The requested image['’]?s platform \([\w/.-]{1,40}\) does not match the detected host platform \([\w/.-]{1,40}\)(?: and no specific platform was requested)?\.?["”]\.?\s*$/;
  if (
    !kind &&
    lines.some(
      (l) =>
        /^(?:\d{1,2}[.)] {1,3}|[-*] {1,3})?WARNING: The requested image['’]?s platform \(/.test(l) ||
        (l.length < 400 && quotedWarning.test(l)),
    )
  )
    kind = 'platform warning';
  return kind;
}

/**
 * cw94: docker info's server figures without its `Server Version:` line: Docker before 1.7 had none (moby/moby#8241, 1.2.0-dev:
 * `Containers: 0`, `Images: 36`, `Storage Driver: devicemapper`, `Execution Driver: native-0.2`, … at the margin), and a poster
 * keeps the first lines of 19.03+'s Server part only (dani-garcia/vaultwarden#564: `Server:`, ` Containers: 1`, `  Running: 1`,
 * …, ` Images: 1`). The counts and the storage driver come from the daemon's /info (moby daemon/info.go SystemInfo; docker/cli
 * cli/command/system/info.go prints the Server part only from that reply, an error line in its place otherwise): the daemon
 * answered. The container and image counts, each alone on its line, and one more figure of the daemon's (the running ones, the
 * storage or execution driver, the kernel): another program's single `Images: 3` is not it.
 */
function infoFigures(lines: string[]): boolean {
  const has = (re: RegExp) => lines.some((l) => re.test(l));
  if (
    has(/^\s{0,2}Containers: \d+\s*$/) &&
    has(/^\s{0,2}Images: \d+\s*$/) &&
    has(/^\s{0,4}(?:Running: \d+|Storage Driver: \w+|Execution Driver: \S+|Kernel Version: \d\S*)\s*$/)
  )
    return true;
  // cw189 (stop 58): the same figures indented as one block under a writer's sentence (mantl/mantl#922: `ran sudo docker info, output
  // as follows:`, then `           Containers: 9`, `           Images: 25`, … `          Execution Driver: native-0.2`: Markdown's
  // indented code block, or the writer's own indentation). Counted from the count lines' own margin: the container and image counts
  // at the same indentation, the third figure within two columns of it (19.03+'s `  Running: 1` one deeper than ` Containers: 1`).
  const indent = (re: RegExp) => {
    const l = lines.find((x) => re.test(x.trimStart()));
    return l === undefined ? -1 : l.length - l.trimStart().length;
  };
  const c = indent(/^Containers: \d+\s*$/);
  const third = indent(/^(?:Running: \d+|Storage Driver: \w+|Execution Driver: \S+|Kernel Version: \d\S*)\s*$/);
  return c > 2 && indent(/^Images: \d+\s*$/) === c && third >= c - 2 && third <= c + 2;
}

/** A line of docker run's pull before its container's ID (readVersionText). */
const pullLine =
  /^(?:Unable to find image '[^'\s]{1,300}' locally|Pulling repository \S{1,300}|[\w.-]{1,128}: Pulling from \S{1,300}|[0-9a-f]{12}: (?:Pulling (?:fs layer|image|dependent layers|metadata)|Waiting|Verifying Checksum|Download complete|Pull complete|Already exists|Downloading\b.{0,200}|Extracting\b.{0,200})|Digest: sha256:[0-9a-f]{64}|Status: (?:Downloaded newer image for|Image is up to date for) \S{1,300})$/;

/** Lesson 3's reader (its chunk's, step-install.ts; see read.ts): docker version, docker info, docker run hello-world. */
export const readVersionText: TextReader = (cmd, lines, facts, { seen, enclosed }) => {
  // cw46: `docker run -d` or `docker create` and the ID the daemon gave its container (docker/cli container/run.go prints
  // `createResponse.ID` when detached; create.go always): the daemon answered. Its first line of output, alone.
  // cw77: after the image's pull, which docker/cli's run prints first when the image is not there (container/create.go: `Unable to
  // find image '%s' locally`, then the pull's progress: v2's `x: Pulling from`, `<layer>: Pull complete`, `Digest:`, `Status:`; Docker
  // 1.x's v1 `Pulling repository clue/adminer` and `<layer>: Download complete`, clue/docker-adminer#2 on Ubuntu 14.04's docker.io).
  const first = lines.find((l) => l.trim() && !pullLine.test(l.trim()));
  if (/^docker (?:container )?(?:run\b.* (?:-d|--detach|-\w*d\w*)\b|create\b)/.test(cmd) && first && /^[0-9a-f]{64}\s*$/.test(first)) {
    facts.serverOk = true;
    seen(facts, 'docker run');
  }
  // cw58: a container's own output, which only a daemon that pulled the image and started the container can give: `docker run
  // [options] IMAGE echo …` (also /bin/echo, `sh -c 'echo …'`) and the words it echoed on a line of their own
  // (moby/moby#29710: `docker run container4armhf/armhf-alpine /bin/echo 'Hello world'`, then `Hello world`, on a Raspberry Pi),
  // or `uname` in it and the kernel's name (`Linux <container ID> 6.6.12-linuxkit …`). A command line that the host's shell runs in
  // parts (`;`, `&&`, a pipe, a redirection) could have echoed it itself: not read.
  const echoed = containerOutput(cmd);
  if ((echoed && lines.some((l) => echoed.test(l.trim()))) || (ranImage(cmd) && (balloon(lines) || osRelease(cmd, lines)))) {
    facts.serverOk = true;
    seen(facts, 'docker run');
  }
  // cw58: `wsl -l -v` with its table collapsed onto the command's own line (readVersion's wsl rule).
  let kind = readVersion(/^wsl(?:\.exe)? (?:-l -v|-v -l|--list --verbose)\s+NAME\b/.test(cmd) ? [cmd, ...lines] : lines, facts, enclosed);
  // cw146 (stop 50): or its rows under the command without the English header (`wsl -l -v` prints `NAME STATE VERSION` in the
  // system's language, microsoft/WSL's localized resources, which a copy may leave out): each row the default distro's `*` or not,
  // the distro's name, its state, its WSL version 1 or 2 (learn.microsoft.com's "Basic commands for WSL": `wsl --list --verbose`).
  if (!kind && wslRows([cmd, ...lines])) kind = 'wsl -l -v';
  if (kind) seen(facts, kind);
  return kind;
};

/** cw146: `wsl -l -v` (or `--list --verbose`) on a line of its own, then its rows only, at least one, up to a blank line. */
function wslRows(all: string[]): boolean {
  const at = all.findIndex((l) => /^\s*(?:\S{0,80}[>$#] )?wsl(?:\.exe)? (?:-l -v|-v -l|--list --verbose)\s*$/.test(l));
  if (at < 0) return false;
  const end = all.findIndex((l, i) => i > at && !l.trim());
  const rows = all.slice(at + 1, end < 0 ? undefined : end);
  return (
    rows.length > 0 &&
    rows.length < 40 &&
    rows.every((l) => /^\s{0,4}(?:\*\s{1,4})?[\w.-]{1,60}\s{2,}\p{L}[\p{L} ]{0,30}?\s{2,}[12]\s*$/u.test(l))
  );
}

/**
 * cw87: cowsay's balloon and cow, a container's own output of a shape no docker message has (tony-monroe/cowsay's cowsay
 * construct_balloon: a top border of `_` and a bottom one of `-` of the same width, the text between in `< >` on one line or `/ \`,
 * `| |`, `\ /` on several, `( )` for cowthink; then the cow's first lines under it, `\` or `o` for the thoughts; Code-Hex/Neo-cowsay
 * draws the same): grycap/cowsay's fortune (diegopacheco/devops-playground's Colima README), docker/whalesay's `cowsay boo` (Docker's
 * own getting-started tutorial of 2015). Under a docker run line the host's shell did not split (ranImage), only the daemon that
 * pulled the image and started the container can have printed it.
 */
function balloon(lines: string[]): boolean {
  const t = lines.map((l) => l.replace(/\s+$/, ''));
  for (let i = 0; i < t.length - 3; i++) {
    const top = /^ (_{3,})$/.exec(t[i]!);
    if (!top || !/^[<\/(] .* [>\\)]$/.test(t[i + 1]!)) continue;
    const end = t.findIndex((l, j) => j > i + 1 && j < i + 40 && /^ -{3,}$/.test(l));
    if (end < 0 || t[end]!.length !== t[i]!.length) continue;
    const inside = t.slice(i + 1, end);
    const framed = inside.every((l) => /^[<\/|\\(] .* [>\\/|)]$/.test(l));
    if (framed && /^\s+[\\o](?:\s|$)/.test(t[end + 1] ?? '')) return true;
  }
  return false;
}

/**
 * cw87: `cat /etc/os-release` in the container (its own command after the image) and the file's lines (os-release(5): `KEY=value`,
 * NAME, ID, VERSION_ID, PRETTY_NAME…): two such lines under the run line the host's shell did not split are the image's file.
 */
function osRelease(cmd: string, lines: string[]): boolean {
  const arg = ranImage(cmd)?.arg ?? '';
  if (!/^(?:\/bin\/)?cat \/(?:etc|usr\/lib)\/os-release$/.test(arg)) return false;
  return lines.filter((l) => /^(?:NAME|ID|VERSION_ID|PRETTY_NAME|VERSION|ID_LIKE|HOME_URL)=\S/.test(l.trim())).length >= 2;
}

/** A docker run line the host's shell runs whole: its image and the command after it; undefined for another line. */
function ranImage(cmd: string): { image: string; arg: string } | undefined {
  if (/[;&|<>`]|\$\(/.test(cmd.replace(/'[^']*'|"[^"]*"/g, ''))) return undefined;
  const run = /^docker (?:container )?run (.+)$/.exec(cmd.trim());
  if (!run) return undefined;
  // docker run's options before the image (docker/cli container/run.go, opts.go): the ones that take a value skip it.
  const words = run[1]!.split(/ +/);
  let at = 0;
  while (at < words.length && words[at]!.startsWith('-')) {
    const flag = words[at]!;
    at +=
      !flag.includes('=') &&
      /^(?:-[a-zA-Z]*[evpwulmc]|--(?:name|platform|env|volume|publish|workdir|user|network|net|label|memory|cpus|entrypoint|hostname|mount|env-file|add-host|device|gpus|restart|pull))$/.test(
        flag,
      )
        ? 2
        : 1;
  }
  if (at >= words.length || !/^\w[\w./:@-]*$/.test(words[at]!)) return undefined;
  return {
    image: words[at]!,
    arg: words
      .slice(at + 1)
      .join(' ')
      .trim(),
  };
}

/** What `docker run IMAGE echo WORDS` (or `uname`) prints from the container, as a pattern of its whole line; undefined for another command. */
function containerOutput(cmd: string): RegExp | undefined {
  const arg = ranImage(cmd)?.arg;
  if (!arg) return undefined;
  const shell = /^(?:\/bin\/)?(?:ba)?sh -c (['"])(.*)\1$/.exec(arg);
  const command = shell ? shell[2]!.trim() : arg;
  if (/^(?:\/bin\/)?uname(?: -[asr]{1,3})?$/.test(command)) return /^Linux(?: [\w.-]+)?(?: \d\S*)?\b/;
  // cw167 (stop 55): Python's own report of the system it runs in, `python -c "import platform; print(platform.platform())"`: CPython
  // Lib/platform.py platform() joins system, release, machine and the C library with '-' (`Linux-6.8.0-36-generic-x86_64-with-glibc2.36`;
  // before 3.8 the distribution, `-with-debian-10.1`): inside a container always Linux, and the machine is the image's (x86_64 under
  // emulation on an arm host). The whole line, a kernel release that starts with a digit, nothing after the C library's name.
  if (/^python[\d.]{0,5} -c (['"])\s*import platform\s*[;\n]\s*print\(\s*platform\.platform\(\)\s*\)\s*;?\s*\1$/.test(command))
    return /^Linux-\d+\.\d+[\w.+~]*(?:-[\w.+~]+)*-(?:x86_64|aarch64|arm64|armv[5-8]\w{0,2}|i[3-6]86|ppc64le|s390x|riscv64)-with-[\w.]+(?:-[\w.]+)*$/;
  const echo = /^(?:\/bin\/)?echo ((?:'[^']*'|"[^"]*"|[^\s'"]+)(?: +(?:'[^']*'|"[^"]*"|[^\s'"]+))*)$/.exec(command);
  if (!echo) return undefined;
  const said = [...echo[1]!.matchAll(/'([^']*)'|"([^"]*)"|([^\s'"]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]).join(' ');
  if (!/\w/.test(said) || said.startsWith('-') || /\$/.test(said)) return undefined;
  return new RegExp(`^${said.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
