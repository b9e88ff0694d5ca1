/*
 * Turns a paste into clean segments: one per command pasted above its output. The paste is
 * capped first (head and tail, because errors and exit lines come last), so that a 5 MB
 * paste costs no more than a 64 KB one of at most 2,000 lines (a full docker inspect is about
 * 8 KB and 250 lines); every regex below is linear on a line, and no paste gets more than
 * maxSegments commands.
 */

import { enclosed } from './enclosed';
import { targetOf } from './daemon-target';

export const maxChars = 1 << 16;
const maxSegments = 24;

/** `sudo`: the command line ran docker with sudo (stripped from `cmd`), so what it shows is root's, not the learner's user's. */
/** `ended`: a bare prompt came after the command's output (the shell waited for the next one: the command had finished). */
// cw43: `inside`, a command typed at a container's root prompt: Docker names a container's host after its ID's first 12 digits
// (moby daemon/container.go newBaseContainer/initializeNetworking: `config.Hostname = id[:12]`), so `root@1654c7f7fe27:/#` is a shell in one.
// cw82: `folder`, the working folder a prompt shows (`[root@VM-16-4-centos zabbix]#`, `me@host:~/dash-app$`, `PS C:\src\app>`): Compose
// names a project after it (docker/compose: the working directory's base name, lower-cased, other characters than [a-z0-9_-] dropped).
export type Segment = {
  cmd: string;
  lines: string[];
  sudo?: boolean;
  ended?: boolean;
  /** cw189 (stop 58): the bare prompt after it was a container's shell, its host the container's short ID (an interactive run's). */
  entered?: boolean;
  inside?: boolean;
  /** cw70, stop 48: a Docker-compatible CLI the learner typed (podman, nerdctl, finch), its command read as docker's. */
  compatible?: string;
  folder?: string;
  /**
   * cw164 (stop 55): the machine's name a `user@host` prompt shows (bash's `\u@\h`, the host name up to its first dot), for a scan
   * of that machine by its own name (host-tools-read.ts nmapScan).
   */
  host?: string;
  /** cw90: the command ran under winpty (Git Bash's wrapper), which its own refusal needs (read.ts). */
  winpty?: boolean;
  /**
   * Stop 45: the command is named by its output's title (an issue template's `**Output of \`docker version\`:**`), not typed at a
   * prompt: whether it ran with sudo, and as whom, is not shown (read.ts, CONVENTIONS §2.1).
   */
  titled?: boolean;
  /** cw178 (stop 57): the daemon the command line named (`--context x`, `-H …`, `DOCKER_HOST=… docker`; daemon-target.ts targetOf). */
  target?: string;
  /** cw156 (stop 52): the command's output quoted in a sentence's code span on the command's line (docker port's): retold, never an ok. */
  retold?: boolean;
};

/** cw82: the last folder of a prompt's path, as Compose would name a project after it; none for a home folder or a root. */
function promptFolder(p: string): string | undefined {
  const path =
    /^\[[^\]\s]+ ([^\]]+)\][$#]/.exec(p)?.[1] ??
    /^[\w.-]+@[\w.-]+:(\S+?)[$#%] ?$/.exec(p.trim())?.[1] ??
    /^(?:PS )?[A-Z]:\\(\S[^>]*)> ?$/.exec(p.trim())?.[1];
  const base = path?.split(/[\\/]/).filter(Boolean).pop();
  if (!base || base === '~') return undefined;
  const name = base.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  return /^[a-z0-9]/.test(name) ? name : undefined;
}

/** cw164 (stop 55): the host of a `user@host:path$` or `[user@host path]$` prompt (conda's `(base) ` before it too); none for a container's ID. */
function promptHost(p: string): string | undefined {
  const host = /^(?:\([\w.-]{1,60}\) )?\[?[\w.-]{1,60}@([a-zA-Z][\w-]{0,62})(?:\.[\w.-]{0,190})?[: ]/.exec(p.trim())?.[1];
  return host && !/^[0-9a-f]{12}$/.test(host) ? host.toLowerCase() : undefined;
}

const maxLines = 2000;

/** Colour codes, also as they arrive when the escape byte was lost or shown (`[36m`, `←[36m`, `ESC[36m`, `^[[36m`). */
// cw37: a bare `[m` is not the start of a user@host prompt (`[mvoropaiev@voyageur muse-docker (feature/dev-env)]$ curl …`, gist
// mvoropaiev/8d70a188…, bash's `[\u@\h \W]\$` on Fedora/CentOS): the reset code eats the user's first letter otherwise.
// cw93: nor a list's bracket after a parenthesis (Compose's `Found orphan containers ([my-site-cache-1 …])`, Go's %v of a slice).
const colour = /(?:\x1b|\bESC|←|\^\[)\[[0-9;]{0,12}m|\[[0-9;]{1,12}m|(?<!\()\[m(?![\w.-]{1,40}@)|\x1b\[[0-9;?]{0,12}[ -/]{0,4}[@-~]/g;
/** Zero-width characters a chat or a web page adds. */
const invisible = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * cw162 (stop 54): or a fence whose info string has words after its language (CommonMark 0.31 §4.5: the text after the opening fence
 * is the info string, "the first word … typically used to specify the language"; GitHub renders the rest nowhere): ```` ```docker bash````,
 * ```` ```shell script````, ```` ```bash session````, ```` ```bash title="run.sh"````. Only when every word after the first is a language
 * or a label of the block (a key=value attribute): a command written on the fence line (```` ```docker ps````, ```` ```docker-compose up
 * -d````) stays the command the writer meant (line 291).
 */
const fenceLang =
  '(?:ba|z|fi|c)?sh|shell(?:-?session)?|console|terminal|powershell|pwsh|ps1|cmd|bat|batch|te?xt|plain(?:-?text)?|output|log|docker(?:file)?|ya?ml|json|script|session';
const fenceLine = new RegExp(`^\\s*(?:\`\`\`|~~~)[\\w+-]*(?:[ \\t]+(?:${fenceLang}|[\\w-]{1,30}=\\S{1,80}))*\\s*$`);

/**
 * cw36: the marker every line of a block has (a block: lines between a blank line, a fence, the paste's start and end; a
 * question's sentence around the paste is a block of its own, scripts/check-work-habits.ts), taken off: `pick` names it.
 */
function byBlock(lines: string[], pick: (block: string[]) => RegExp | null): (RegExp | null)[] {
  const at: (RegExp | null)[] = [];
  for (let i = 0, end = 0; i < lines.length; i = Math.max(end, i + 1)) {
    for (end = i; end < lines.length && lines[end]!.trim() && !fenceLine.test(lines[end]!);) end++;
    const re = end > i ? pick(lines.slice(i, end)) : null;
    for (let k = i; k < Math.max(end, i + 1); k++) at[k] = re;
  }
  return at;
}
const unmarked = (lines: string[], at: (RegExp | null)[]) => lines.map((l, n) => (at[n] ? l.replace(at[n]!, '') : l));

/**
 * A chat's bullet list (Slack's and Teams' `- `, Word's, Outlook's and Google Docs' `• ` when the paste lands in a list): its
 * marker at the margin. A compose file's `- "8050:8050"` sits under its key, never a block alone; an issue template's task list
 * (`- [X] WSL 2`) is the form's.
 */
const listMark = (block: string[]) => (block.every((l) => /^[-*\u2022] (?!\[[ xX]\] )/.test(l)) ? /^[-*\u2022] / : null);
/** A quote (`> `) on every line of a block: one quoted line between a reply's sentences too. */
// cw153 (stop 51): or the bar some writers quote with instead (a mail's or Usenet's `| ` quoting, reStructuredText's line block `| `,
// as a plain-text page keeps it: `| WARNING: The requested image's platform …` under "I got this error message"), on every line of a
// block and never closing one (a Markdown table's row ends in `|` as well, and stays: markdownTables()).
const quoteMark = (block: string[]) =>
  block.every((l) => /^\s*> ?/.test(l))
    ? /^\s*(?:> ?)+/
    : block.every((l) => /^\| \S/.test(l) && !/\|\s*$/.test(l))
      ? /^\| /
      : lazyQuoted(block)
        ? lazyHeader
        : null;
/**
 * cw189 (stop 58): a table's header quoted and its rows under it without the marker (`> CONTAINER ID   IMAGE …`, then the row:
 * microsoft/mssql-docker#402). CommonMark's laziness (spec 5.1, "paragraph continuation text") keeps the unmarked lines after a
 * quoted line in the quote's paragraph, so a writer marks the first line only and the page shows the whole table quoted. The one
 * quoted line of its block, a header of upper-case column names two spaces or more apart, with a line under it: its marker goes.
 */
const lazyHeader = /^\s*> ?(?=[A-Z]{2,}(?: [A-Z]{2,})*(?: {2,}[A-Z]{2,}(?: [A-Z]{2,})*){2,}\s*$)/;
const lazyQuoted = (block: string[]) => {
  const quoted = block.filter((l) => /^\s*>/.test(l));
  const at = block.findIndex((l) => lazyHeader.test(l));
  return quoted.length === 1 && at >= 0 && at < block.length - 1;
};
/**
 * A web page's table cells after every line (a gist as a search index or a reader view renders it: `$ docker version | |`, the
 * last line ` |`; gists jbergstroem/36fcd967…, ngsmrk/4dbcca01…): two lines or more, every one ending in `|`, one in `| |`; in
 * the whole paste or a block of it.
 */
// cw37: or every line but the last, where the copy was cut (gist dmpanch/90d7c9bc…, a network inspect ending in `"IPv4Address`).
const cellsAt = (block: string[]) =>
  block.length > 1 &&
  block.slice(0, block.length > 2 ? -1 : undefined).every((l) => /\|\s*$/.test(l)) &&
  block.some((l) => /\|\s*\|\s*$/.test(l));
const cellMark = /(?:\s*\|)+\s*$/;

/**
 * cw47: a CI job's log (GitHub Actions' and Azure Pipelines' runner: every line after its UTC time, `2026-07-03T02:15:08.1965387Z `,
 * the commands it ran after `##[command]`, its folds `##[group]…`/`##[endgroup]`; actions/runner's logging commands, a stored
 * GitHub Actions log of a postgres service container, file 67004501382): the time goes when nearly every line has it (three lines
 * or more), a command line becomes a prompt's (`$ docker …`, the runner's path to docker gone), a fold's marker a blank line, and
 * `##[error]`/`##[warning]` leave their text.
 */
// cw95: or a log viewer's columns, the time, then the stream and a tab before the text (moby jsonfilelog's fields time, stream, log;
// mrlt8/docker-wyze-bridge#562: `2022-10-14T10:40:28.852276880Z\tstderr\tTry 'flask run --help' for help.`): both columns go.
// cw146 (stop 50): or Gradle's log in its debug layout (gradle/gradle's logging console StyledTextOutputBackedRenderer: the time in
// `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, then `[LEVEL]` and `[category]`; a child process's stderr relayed under the category `system.err`,
// as a Compose plugin relays docker compose's progress: `2022-04-06T21:25:51.756+0200 [ERROR] [system.err] Container db  Created`):
// the three columns go, the child's line stays.
const ciTime =
  /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z(?:\s{1,4}(?:stdout|stderr)(?:\t| {1,4})|[ \t])?|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4} \[(?:ERROR|WARN|LIFECYCLE|QUIET|INFO|DEBUG)\] \[[\w.$-]{1,200}\] ?)/;
function ciLog(lines: string[]): string[] {
  // A fence or a page's tag around the log is the page's (its own lines are counted; a list's or a quote's markers went before);
  // so is a sentence around it, in a block of its own.
  const timed = (list: string[]) => {
    const full = list.filter((l) => l.trim() && !fenceLine.test(l) && !/^\s*<\/?[a-z]/i.test(l));
    return full.length > 2 && full.filter((l) => ciTime.test(l)).length >= full.length * 0.85;
  };
  const at = timed(lines) ? lines.map(() => ciTime) : byBlock(lines, (b) => (timed(b) ? ciTime : null));
  if (!at.some(Boolean)) return lines;
  return lines.map((l, n) =>
    !at[n]
      ? l
      : l
          .replace(ciTime, '')
          .replace(/^##\[command\]\s*(?:"?(?:[A-Za-z]:)?[\w\\/ .()-]{0,200}?[\\/])?(docker(?:-compose)?)(?:\.exe)?"?(?= )/, '$ $1')
          .replace(/^##\[command\]/, '$ ')
          .replace(/^##\[(?:group|endgroup|section)\].*$/, '')
          .replace(/^##\[(?:error|warning|notice|debug)\]/, ''),
  );
}

/** cw90: a run line that stops before its image (`docker run`, `$ docker run -d`), to read its options from the lines under it. */
// cw189 (stop 58): also after options that take a value, each with its value (`docker run -d -ti --name psa_car_controller1`, then
// `--publish 5000:5000` on the next line: flobz/psa_car_controller#289): docker/cli cli/command/container/opts.go addFlags declares
// these with a value (`flags.StringVar(&copts.name, "name", …)`, `flags.VarP(&copts.publish, "publish", "p", …)`, -e, -v, --restart,
// --network, …), so the word after one is its value, not the image; the line still stops before its image.
const valueFlag =
  '(?:--name|-p|--publish|-e|--env|--env-file|-v|--volume|--mount|--restart|--network|--net|-w|--workdir|-u|--user|-h|--hostname|-l|--label|--entrypoint|--platform|-m|--memory|--add-host|--device|--gpus|--log-driver|--log-opt|--cap-add|--shm-size)';
const runStart = new RegExp(
  String.raw`^(?:.{0,200}?[$#%>] )?(?:sudo +)?docker (?:container )?(?:run|create)(?: +(?:-{1,2}[a-zA-Z][\w-]*=\S+|${valueFlag} +(?!-)\S+|-{1,2}[a-zA-Z][\w-]*))*$`,
);
/** cw196 (stop 59): such a run line that ends in an option that takes a value, with no value (a hard wrap after `-v`). */
const wrappedValue = new RegExp(String.raw`\s${valueFlag}$`);
/** cw189: an option at the line's start under such a run line (`--publish 5000:5000`, `-v /docker/config:/config`). */
const marginOption = /^-{1,2}[a-zA-Z][\w-]*(?:[= ]\S+)?\s*$/;
/** cw189: the image at the line's start after such options (`flobz/psa_car_controller`). */
const marginImage = /^['"]?[a-z0-9][\w./:@-]*['"]?\s*$/;
/** An indented option with its value, if any (`  -p '5010:5000/tcp'`, `  --name='lidify'`, `  -e TZ="Europe/Berlin"`). */
const runOption = /^\s+-{1,2}[a-zA-Z][\w-]*(?:[= ]\S.*)?$/;
/** An indented image alone (`  nginx:1.25`, `  'ghcr.io/me/app:latest'`). */
const runImage = /^\s+['"]?[a-z0-9][\w./:@-]*['"]?\s*$/;

/**
 * Copying habits undone line by line: Markdown fences (```bash, or one fence around a
 * one-line paste), code spans and **emphasis**; a quote (`> `) marker of two lines or more (or
 * on a block), a list (`- `, `• `) marker that every line of the paste or of a block has, a
 * script's comment (`#`) on nearly every line; a rich-text editor's blank lines (paragraphs());
 * a command continued over lines with ` \` (or PowerShell's backtick) joined back.
 */
/**
 * Stop 49: a Markdown emphasis a writer put around pasted output (`_Attaching to docker-spotweb-master_mysql_1, …` down to
 * `… with the 'db' log driver_`, docker-spotweb#43): CommonMark's `_` or `*` opens glued to a word at a line's start and closes glued
 * to one at a later line's end, within one paragraph (no blank line between). Both marks go; the words stay as the program printed
 * them. Not `**`, which the loop below takes per line, and not a mark with a space after it (a list's `* `).
 */
function emphasis(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const mark = /^\s*([_*])(?=[A-Za-z0-9])(?![_*])/.exec(out[i]!)?.[1];
    if (!mark) continue;
    const close = new RegExp(`(?<=[\\w.,:;!?)\\]'"])\\${mark}\\s*$`);
    for (let j = i; j < out.length && j < i + 40 && out[j]!.trim(); j++)
      if (close.test(j === i ? out[j]!.replace(/^\s*[_*]/, '') : out[j]!)) {
        out[i] = out[i]!.replace(/^(\s*)[_*]/, '$1');
        out[j] = out[j]!.replace(close, '');
        i = j;
        break;
      }
  }
  return out;
}

function unmark(input: string[]): string[] {
  // A chat's or an editor's list around the paste (its bullets outermost), then a Markdown quote, then a list the quote holds.
  const every = (list: string[], re: RegExp) => list.filter((l) => l.trim()).every((l) => re.test(l));
  const listed = (list: string[]) =>
    unmarked(list, every(list, /^\s*[-*\u2022] /) ? list.map(() => /^\s*[-*\u2022] /) : byBlock(list, listMark));
  const marked = listed(input);
  // cw38: a quote's marker at every quoted line's end as well (`>         "State": {> `, docker-library/memcached#100 quoting an
  // inspect from #99: each line break kept its `> `): three quoted lines or more, every one but a cut last ending in `>` after
  // its text (not an HTML tag's), lose it; then the quote's own markers go as below.
  const quotedText = marked.filter((l) => /^\s*> ?.*\S/.test(l) && !/^\s*(?:> ?)+$/.test(l));
  const tail = /(?<![<>]|<[^<>]{0,200})> ?$/;
  const tailed = quotedText.length > 2 && quotedText.slice(0, -1).every((l) => tail.test(l));
  const outer = tailed ? marked.map((l) => (/^\s*> ?.*\S/.test(l) ? l.replace(tail, '') : l)) : marked;
  // A Markdown quote of two lines or more between prose, or a block of them: all its markers, a reply's quote of a quote or of
  // bash's own `> ` (a continued command, a quote in the paste).
  const quoted = every(outer, /^\s*> ?/) || outer.filter((l) => /^\s*> /.test(l)).length > 1;
  let lines = ciLog(listed(unmarked(outer, quoted ? outer.map(() => /^\s*(?:> ?)+/) : byBlock(outer, quoteMark))));
  // A session pasted into a script as comments (stored file 20147787846: `#(base) me@pc:~/wsl$ docker info`, then `#Server:`, `#
  // Server Version: 19.03.4`): `#` on nearly every line, the script's own commands between (a root prompt's `# ` marks commands only);
  // `# ` with its space when every commented line has it (`# Client:`).
  // cw47: notes that keep each command's output as comments right under it (an Azure VM's setup notes, stored file 6180628785:
  // `git version`, `# git version 2.34.1`, `docker --version / version`, `# Client: Docker Engine - Community`, `# Version: 24.0.7`):
  // two commands or more at the margin so followed, their comment lines are their output (a root prompt's `# docker …` stays a command).
  const command = /^(?:sudo +)?[a-z][\w.-]{0,30}(?: |$)(?!.*[.:]$)/;
  // The line above, past a rich-text editor's blank line after each (paragraphs() takes those out below).
  const above = (i: number) => {
    let k = i - 1;
    while (k > 0 && !lines[k]!.trim() && lines[k - 1]!.trim()) k--;
    return k;
  };
  const under = lines.map((l, i) => i > 0 && /^#(?: |$)/.test(l) && !/^# ?(?:sudo +)?docker\b/.test(l));
  for (let i = 1; i < lines.length; i++)
    if (under[i] && !under[above(i)] && !command.test(lines[above(i)]!.replace(prompt, ''))) under[i] = false;
  const heads = lines.filter((l, i) => !under[i] && under.some((u, n) => u && above(n) === i)).length;
  // cw152 (stop 51): the output so kept with the notes' own label before it (`docker port web`, then `# Result: 5000/tcp -> 0.0.0.0:5000`;
  // `# Output: …`, `# => …`): the label is the writer's, the rest the command's output as the program prints it (docker/cli
  // cli/command/container/port.go prints `PORT/PROTO -> HOST:PORT` from the line's start). Only on the comment lines cw47 reads as output.
  const label = /^(?:(?:Results?|Output|Returns?|Prints?|Shows?|Gives)\s{0,3}:|=>|→)\s+(?=\S)/i;
  if (heads > 1) lines = lines.map((l, i) => (under[i] ? l.replace(/^# ?/, '').replace(label, '') : l));
  // cw78: or one docker command whose first comment line is its table's header, `#` right before it or a space (Dok-dev/devops-netology's
  // Russian notes: `docker ps`, then `#CONTAINER ID   IMAGE   COMMAND …` and its rows `#ed1e8482b69a   …`): only Docker's own output
  // starts with its header's capitals so spaced, so the comment lines down to the next other line are that output.
  const table = /^# ?(?:CONTAINER ID|NAME|NETWORK ID|REPOSITORY|VOLUME NAME|DRIVER|IMAGE ID)\s{2,}[A-Z]/;
  // cw124: past a rich-text editor's blank line after each line too (above(), and one blank line between two comment lines).
  // cw149 (stop 50): the command commented too, its prompt kept (a Python file's notes: `# PS D:\…\Lambda> docker network ls`, then
  // `# NETWORK ID     NAME …` and its rows): a session kept whole in a source file's comment, the command uncommented with its output.
  // Its prompt is what tells a command (`# docker …` alone is a root prompt's, as above, and stays as it is).
  // cw188 (stop 58): or a caption comment of the writer's between the command and its commented table (`docker ps`, then `# Expected
  // output:` and `# CONTAINER ID   IMAGE …`; `# Output:`, `# Sample output :`): a comment line of words that ends in a colon is no
  // output of docker's, so the command above it is the table's own. The caption stays a comment; the listing under it is marked as
  // what its writer expects where the caption says so (listing-whole.ts, CONVENTIONS §1 stop 58: never an ok).
  const caption = /^# ?[^#:\n]{1,60}\S\s?:\s*$/;
  for (let i = 1; i < lines.length; i++) {
    if (!table.test(lines[i]!)) continue;
    const next = above(i);
    const at = caption.test(lines[next]!) && next > 0 ? above(next) : next;
    const own = lines[at]!;
    const kept = /^# ?/.test(own) ? own.replace(/^# ?/, '') : '';
    const bare = (l: string) => l.replace(prompt, '').trim();
    const typed = /^(?:sudo +)?docker(?:-compose)? \S/;
    const commented = !!kept && bare(kept) !== kept.trim() && typed.test(bare(kept));
    if (!typed.test(bare(own)) && !commented) continue;
    if (commented) lines[at] = kept;
    for (let k = i; k < lines.length && (/^#/.test(lines[k]!) || (!lines[k]!.trim() && /^#/.test(lines[k + 1] ?? ''))); k++)
      lines[k] = lines[k]!.replace(/^# ?/, '');
  }
  const full = lines.filter((l) => l.trim());
  const hashes = full.filter((l) => l.startsWith('#'));
  const hashed = full.length > 5 && hashes.length >= full.length * 0.85;
  const comment = hashes.every((l) => /^#(?: |\s*$)/.test(l)) ? /^# ?/ : /^#/;
  const marker = hashed ? comment : null;
  const cells = cellsAt(full);
  const strip = cells ? lines.map(() => cellMark) : byBlock(lines, (b) => (cellsAt(b) ? cellMark : null));
  // cw40: or a run of such lines inside a block, the page's own lines around it without cells (gist voltgister/e3d424df…: `$ docker
  // port boston1 21212 | |`, `0.0.0.0:52567 |` under the page's "Learn more about bidirectional Unicode characters"); not a
  // Markdown table's rows, which start with `|`; a rich-text editor's blank lines between them kept out of the count.
  const cell = (l: string) => /\|\s*$/.test(l) && !/^\s*\|/.test(l);
  for (let i = 0, end = 0; i < lines.length; i = Math.max(end, i + 1)) {
    for (end = i; end < lines.length && (cell(lines[end]!) || (end > i && !lines[end]!.trim()));) end++;
    const run = lines.slice(i, end).filter(cell);
    if (run.length > 1 && run.some((l) => /\|\s*\|\s*$/.test(l))) for (let k = i; k < end; k++) if (cell(lines[k]!)) strip[k] ??= cellMark;
  }
  // cw63: an author's `>>> ` before each line of output, the commands bare (gist khaerulumam42/ba9a9486: `sudo docker network ls | |`,
  // then `>>> NETWORK ID NAME DRIVER SCOPE | |`): three such lines or more, each run of them right under a docker command; not a Python session,
  // whose `>>> ` lines are what was typed.
  const arrow = /^\s*>>>(?: |$)/;
  const docker = /^\s*(?:\$ )?(?:sudo +)?docker(?:-compose)?\b/;
  const runs = lines.map((l, i) => arrow.test(l) && !arrow.test(lines[i - 1] ?? ''));
  const head = (i: number) => lines.slice(0, i).findLast((l) => l.trim()) ?? '';
  if (lines.filter((l) => arrow.test(l)).length > 2 && runs.every((r, i) => !r || docker.test(head(i))))
    lines = lines.map((l) => l.replace(arrow, ''));
  // A rich-text editor's blank lines go once the marks are off: a quoted line between two sentences is a block of its own.
  const bare = emphasis(paragraphs(unmarked(marker ? lines.map((l) => l.replace(marker, '')) : lines, strip)));
  const out: string[] = [];
  let open: 'start' | 'option' | 'margin' | 'wrap' | false = false;
  // cw37: a page's line numbers (pastebin.com's paste view numbers each line in a list: `  1. # docker version`, `  2. Client:`,
  // `10.  ` for a blank one): three lines or more in a row, counting up by one (a sentence or a fence around them is not numbered).
  const number = bare.map((l) => /^\s*(\d{1,5})\.(?: |$)/.exec(l)?.[1]);
  const numbered = bare.map(() => false);
  for (let i = 0, j = 0; i < bare.length; i = j + 1) {
    for (j = i; j + 1 < bare.length && number[j] !== undefined && +number[j + 1]! === +number[j]! + 1;) j++;
    if (j - i >= 2) numbered.fill(true, i, j + 1);
  }
  for (const [at, copied] of bare.entries()) {
    let raw = numbered[at] ? copied.replace(/^\s*\d{1,5}\.(?: |$)/, '') : copied;
    // cw37: the terminal's echo of Ctrl-C (`^C`) before the next prompt on its line (gist addisonj/9061565: `^C^Croot@codetrain-base:~#
    // docker run -i -t -p 3000:3000 ubuntu /bin/bash`): the prompt starts the line.
    raw = raw.replace(/^(?:\^C)+(?=\S)/, '');
    // cw36: GitHub's and Discourse's collapsible section and HTML's code tags around a paste (`<details><summary>Output</summary>`,
    // `<pre>`, `</code></pre>`): the page's, never a program's.
    let line = raw.replace(
      /^\s*(?:<\/?(?:details|summary|pre|code)\b[^>]{0,40}>(?:[^<]{0,200}<\/summary>)?)+|(?:<\/(?:details|summary|pre|code)>)+\s*$/gi,
      '',
    );
    if (!line.trim() && /<\/?(?:details|pre|code)/i.test(raw)) continue;
    if (fenceLine.test(line)) continue;
    // reStructuredText's literal block markers (Sphinx docs, a README.rst): `.. code-block:: console`, `.. code:: bash`,
    // `.. sourcecode::`, `.. prompt:: bash $`, or `::` alone; its block is indented, which segments() reads.
    if (/^\s*(?:\.\. (?:code-block|code|sourcecode|prompt|highlight)::.*|::)\s*$/.test(line)) continue;
    // A fence with text on its line has no language there: the text starts at once (```` ```container "ac48…". You have to
    // remove ```` , jdvelasq/courses#25).
    line = line.replace(/^\s*```(?=\S)/, '').replace(/```\s*$/, '');
    // cw159 (stop 53): a code span that is the whole line with a space typed after its opening backtick (`` ` docker run … ` ``):
    // CommonMark keeps that space as the span's content (spec 6.1 strips one only when both ends have one), the shell would not.
    if (/^\s*`+ \S(?:[^`]*\S)? ?`+\s*$/.test(line)) line = line.replace(/^(\s*)`+ /, '$1').replace(/ `+\s*$/, '`');
    // Stop 53: not before hello-world's greeting, which docker-library/hello-world's hello.c prints at a line's start: a code span opened
    // on it (one or two backticks; a fence's three went above) is the message quoted as text, what a guide says should appear (an
    // Arabic cheat sheet: "if this message appears", then `` `Hello from Docker! … correctly.` ``), no output (no evidence, no ok).
    line = line.replace(/^(\s*)`+(?=\S)(?<!^\s*`{1,2}(?=Hello from Docker!))/, '$1').replace(/(\S)`+\s*$/, '$1');
    // Stop 47: a writer's check marks after a line of output (a report's `quantum_backend   0.0.0.0:8000->8000/tcp ✅`): theirs, never
    // Docker's, which prints its own marks first on a line (Compose v2's `✔ Container web-1  Started`).
    line = line.replace(/(\S)(?:\s+[✅✔✓☑❌✗✘⚠]\uFE0F?)+\s*$/u, '$1');
    // An editor's link of a URL to itself (`[http://127.0.0.1:5000](http://127.0.0.1:5000/)`): the URL as the terminal showed it.
    if (line.length < 2001)
      line = line.replace(/\*\*([^*\n]{1,200}?)\*\*/g, '$1').replace(/\[(https?:\/\/[^\]\s]{1,300})\]\(https?:\/\/[^)\s]{1,300}\)/g, '$1');
    const prev = out.at(-1);
    // Also after a prompt (`15:18 $ docker run -d \`, its next lines after bash's `> `, which the quote marker took: logspout#136).
    // cw48: cmd.exe's caret too, and the continuation prompt the shell printed before each next line: PowerShell's `>> ` (its
    // default prompt function's nested prompt), cmd.exe's `More? `, bash's and zsh's `> ` when it was not taken as a quote. Left
    // in, `>>` read as a redirection ate the rest of the command (`docker run --rm \`` then `>>   -p 8050:8050 \``: no -p).
    // cw66: cmd.exe's own prompt has no space before the command (`C:\Users\me\dash-app>docker run --rm ^`).
    // cw84: bash drops a backslash-newline wherever it stands, so a value glued to it continues too (`-e ServerIP=192.168.0.194\`,
    // pi-hole/docker-pi-hole#528's docker_run.sh); and a command that is a list's step (`2. docker run -d \`, orbstack/orbstack#1402).
    // cw166 (stop 55): also a step numbered by hand with no mark after its number (`1 docker run -d --name=x \`, a poster's plain
    // list), one space then docker. Not bash's `history` listing: builtins/history.def prints `%5d%c %s` (the number, a modification
    // mark `*` or a space, a space), two characters between the number and the command.
    if (
      prev !== undefined &&
      (/\s[\\`^]$/.test(prev) || /\S\\$/.test(prev)) &&
      /^\s*(?:\d{1,2}[.)] +)?(?:(?:sudo +)?docker|-)|^\s*\d{1,2} (?=(?:sudo +)?docker )|[$#%>] (?:sudo +)?docker |:\\[^>]{0,200}>(?:sudo +)?docker /.test(
        prev,
      )
    ) {
      out[out.length - 1] = prev.slice(0, -1).trimEnd() + ' ' + line.replace(/^\s*(?:>>?|More\?)(?=\s)/, '').trim();
      continue;
    }
    // cw90: a run line printed one option per line with no backslash (Unraid's dockerman command laid out by hand: `docker run`
    // alone, then `  -d`, `  --name='lidify'`, `  -p '5010:5000/tcp'`, `  --user 99:100 'thewicklowwolf/lidify:latest'`;
    // TheWicklowWolf/Lidify#8): each indented line that is one option (and its value) belongs to the run line above it, and so does
    // one indented image after them. Not docker's help (`  -d, --detach   Run container in background`: a comma, or two spaces
    // before its words), nor a line at the margin (the container's ID, the app's output).
    if (prev !== undefined && open && runOption.test(line) && !/^\s*-\w, --|\S {2,}\S/.test(line)) {
      out[out.length - 1] = prev + ' ' + line.trim();
      // An option takes one value at most: a third word is the image (`--user 99:100 'image'`), and the options end there.
      open = line.trim().split(/\s+/).length < 3 ? 'option' : false;
      continue;
    }
    if (prev !== undefined && open === 'option' && runImage.test(line)) {
      out[out.length - 1] = prev + ' ' + line.trim();
      open = false;
      continue;
    }
    // cw189 (stop 58): the same layout at the line's start (a poster's `docker run -d -ti --name psa_car_controller1`, then
    // `--publish 5000:5000`, `-v /docker/config:/config`, `--restart unless-stopped`, `flobz/psa_car_controller`, each on its own
    // line: flobz/psa_car_controller#289). CommonMark reads a backslash at a line's end as a hard line break (spec 6.7) and drops it,
    // so a command copied from the rendered page comes without its ` \`. One option (and its value) a line, as above; then one image.
    if (prev !== undefined && open && marginOption.test(line)) {
      out[out.length - 1] = prev + ' ' + line.trim();
      open = 'margin';
      continue;
    }
    if (prev !== undefined && (open === 'margin' || open === 'wrap') && marginImage.test(line)) {
      out[out.length - 1] = prev + ' ' + line.trim();
      open = false;
      continue;
    }
    // cw196 (stop 59): a run line hard-wrapped at a space by a mail or an editor (a reply by e-mail at 72 columns: `docker run -idt
    // --name jenkins  -v`, then `/var/run/docker.sock:/var/run/docker.sock  -p 8080:8080 -p 50000:50000`, then the image), its line
    // ending in an option that takes a value (opts.go addFlags, valueFlag) with none after it: docker/cli would refuse it so
    // (pflag's `flag needs an argument: 'v' in -v`), so the next line's first word is that value. Only a line of a value, options and
    // at most one word after them (no sentence); then one image at the margin, as cw189's.
    if (
      prev !== undefined &&
      open &&
      wrappedValue.test(prev.trimEnd()) &&
      /^\s*['"]?[\w./:@=~$-]+['"]?(?:\s+-{1,2}[a-zA-Z][\w-]*(?:[= ](?!-)\S+)?)*(?:\s+\S+)?\s*$/.test(line)
    ) {
      const joined = prev.trimEnd() + ' ' + line.trim();
      out[out.length - 1] = joined;
      open = runStart.test(joined) ? 'wrap' : false;
      continue;
    }
    open = runStart.test(line.trimEnd()) ? 'start' : false;
    out.push(line);
  }
  return out;
}

/**
 * cw36: the spaces a terminal's selection keeps to the window's width (Windows' legacy console, PuTTY's, xterm's block
 * selection; scripts/check-work-habits.ts' `trailing`): when nine lines with text in ten end in whitespace, the run every one
 * has is the selection's and goes, and the rest too when as many still end in it (a window's edge pads each line its own
 * amount). A line that keeps its last space had it before: a line a tool wrapped between two words (`Got permission denied
 * while trying to `, loki#329).
 */
function padded(lines: string[]): string[] {
  const padding = (list: string[]) => {
    const full = list.filter((l) => l.trim());
    const ends = full.map((l) => /\s*$/.exec(l)![0].length);
    return full.length > 1 && ends.filter((n) => n > 0).length >= full.length * 0.9 ? Math.min(...ends) : -1;
  };
  const common = padding(lines);
  if (common < 0) return lines;
  const out = lines.map((l) => (l.trim() ? l.slice(0, l.length - common) : ''));
  return padding(out) < 0 ? out : out.map((l) => l.trimEnd());
}

/**
 * A rich-text editor's copy (Word, Google Docs, Outlook, a CMS's editor: each line its own paragraph, scripts/check-work-habits.ts'
 * `paragraphs`): a blank line after every line. When nearly no two lines with text touch (at most one pair in 20), one blank line
 * after each is the editor's and goes; a longer run keeps half (the paste's own blank line came back as three).
 */
function paragraphs(lines: string[]): string[] {
  // A copy of a copy (habits' `paragraphs` over a README already doubled, h91-marttivesalainen): doubled again after one pass, once more.
  if (doubled(lines)) {
    const once = collapse(lines);
    return doubled(once) ? collapse(once) : once;
  }
  // Or inside one fence only: the poster wrote the prose around it, and the block came from the editor (stop 47: habits' `fence`
  // around h91-marttivesalainen's README, a `docker ps -a` with a blank line after each line). Three lines at least: one line in a
  // fence between prose (h34-dockerlaravelnginx5's nginx error) is no sign of an editor.
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    if (!fenceLine.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && !fenceLine.test(lines[end]!)) end++;
    if (end === lines.length) continue;
    const inner = lines.slice(i + 1, end);
    out.push(...(inner.filter((l) => l.trim()).length >= 3 && doubled(inner) ? collapse(inner) : inner), lines[end]!);
    i = end;
  }
  return out;
}

/** When nearly no two lines with text touch (at most one pair in 20), a blank line after each. */
function doubled(lines: string[]): boolean {
  const full = lines.filter((l) => l.trim()).length;
  let touching = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i]!.trim() && lines[i - 1]!.trim()) touching++;
  return full >= 2 && touching <= full / 20;
}

/** One blank line after each line is the editor's and goes; a longer run keeps half (the paste's own blank line came back as three). */
function collapse(lines: string[]): string[] {
  const out: string[] = [];
  let blank = 0;
  for (const line of lines) {
    if (!line.trim()) {
      blank++;
      continue;
    }
    if (out.length) for (let k = Math.floor(blank / 2); k > 0; k--) out.push('');
    blank = 0;
    out.push(line);
  }
  return out;
}

/**
 * cw173 (stop 56): a fenced block inside a list item (a course's numbered step, `3. Ahora …` then `   ```bash`): CommonMark 0.31 §4.5,
 * "If the leading code fence is indented N spaces, then up to N spaces of indentation are removed from each line of the content";
 * the list item's indentation is the page's, and the terminal printed each line at the margin (iputils' `ping: NAME: …` starts its
 * line). Up to the closing fence (or the paste's end, where CommonMark closes the block too); a deeper line keeps what is beyond N.
 */
function fenceIndent(lines: string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    // A copy that put a bullet before every line (habits.ts bullets; unmark takes it off later) keeps it before the indentation.
    const [, mark = '', lead] = /^((?:\u2022 )?)( {1,12})(?=```|~~~)/.exec(lines[i]!) ?? [];
    if (!lead || !fenceLine.test(lines[i]!.slice(mark.length))) continue;
    out ??= lines.slice();
    const strip = new RegExp(`^(${mark}) {1,${lead.length}}`);
    let k = i + 1;
    for (; k < lines.length && !fenceLine.test(lines[k]!.slice(mark.length)); k++) out[k] = lines[k]!.replace(strip, '$1');
    i = k;
  }
  return out ?? lines;
}

/**
 * Markdown's indented code block (four spaces or a tab: a forum's, Stack Overflow's, a README's; scripts/check-work-habits.ts'
 * `indent`): after the paste's start or a blank line under a line at the margin, lines all indented by four or more, to the
 * first line with text nearer the margin. Their common indentation is the block's and goes; what is deeper stays (a table's
 * wrapped cells, a traceback's code). Not under an indented line (a compose file's or docker info's blank line between nested
 * keys keeps its nesting), nor under a mapping that opens a compose file (`services:`, then a blank line, then its services).
 */
function dedent(lines: string[]): string[] {
  const out = lines.slice();
  const deep = /^(?: {4}|\t)/;
  let above = '';
  for (let i = 0; i < out.length;) {
    const line = out[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    const opens =
      (i === 0 || !out[i - 1]!.trim()) && !/^\s/.test(above) && !/^(?:services|networks|volumes|configs|secrets):\s*$/.test(above);
    if (!opens || !deep.test(line)) {
      above = line;
      i++;
      continue;
    }
    let end = i;
    let common = /^[ \t]*/.exec(line)![0];
    for (; end < out.length; end++) {
      const l = out[end]!;
      if (!l.trim()) continue;
      const lead = /^[ \t]*/.exec(l)![0];
      if (!deep.test(lead)) break;
      while (!lead.startsWith(common)) common = common.slice(0, -1);
    }
    if (deep.test(common)) for (let k = i; k < end; k++) out[k] = out[k]!.slice(common.length);
    for (let k = end - 1; k >= i; k--)
      if (out[k]!.trim()) {
        above = out[k]!;
        break;
      }
    i = end;
  }
  return out;
}

const entities: Record<string, string> = {
  '&gt;': '>',
  '&lt;': '<',
  '&quot;': '"',
  '&#39;': "'",
  '&#039;': "'",
  '&#x27;': "'",
  '&amp;': '&',
};

/**
 * The Docker-compatible CLIs read as docker (cw70 Podman, stop 48 nerdctl and Finch): their names, one list for every reader of
 * a command line (dockerLine, compatibleCmd, stepLead here; check.ts' compatibleTyped).
 */
export const compatibleNames = ['podman', 'nerdctl', 'finch'].join('|');
/**
 * cw101: an option's hyphens that a page's or an editor's typography turned into a dash (learnitguide.net's `docker run -d -it –name
 * container1 docker.io/httpd`): WordPress' wptexturize makes `--` an en dash (`/(?<!xn)--/` → `&#8211;`) and `---` an em dash, macOS'
 * and Word's smart dashes make `--` an em dash, a PDF's copy gives U+2010/U+2011 hyphens or U+2212 minus signs for `-`. On a docker
 * command line (or an option line continuing one) they are the option the learner typed: an en or em dash before a word is `--`
 * (docker's long options), before one letter or a cluster of docker's one-letter flags (`–d`, `–it`, `–dit`, `–dp`) `-`; each
 * hyphen-like character is one `-`. Prose keeps its dashes: one between spaces (`it – then`) is no option.
 */
const typoDash = /(?<=\s)(?:([\u2013\u2014\u2015]{1,2})|([\u2010\u2011\u2212]{1,2}))([A-Za-z][\w-]*)/g;
const shortFlags = /^(?!ip$)(?:[dit]{1,3}[pev]?|aq|qa|[A-Za-z])$/;
const dockerLine = new RegExp(String.raw`(?:^|[\s>$#%])(?:sudo +)?(?:docker(?:-compose)?|${compatibleNames})(?:\.exe)? +[a-z]`);
// Not where Docker refused the line (`docker: invalid reference format.`: the dash reached it, and took `–p` for the image; cobra's
// `unknown shorthand flag: '–' in -–p`): then the learner's terminal got the dash, which parse-errors.ts' dashFlag names.
const refused = /invalid reference format|flag provided but not defined|unknown (?:shorthand )?flag|repository name must be lowercase/;
function typoDashes(lines: string[]): string[] {
  if (lines.some((l) => l.length < 2000 && refused.test(l))) return lines;
  let going = false;
  return lines.map((l) => {
    const option = dockerLine.test(l) || (going && /^\s*[\u2010-\u2015\u2212]/.test(l));
    going = option && /(?:\\|\^|`)\s*$/.test(l);
    return option && /[\u2010-\u2015\u2212]/.test(l)
      ? l.replace(typoDash, (_, dash: string | undefined, hyphens: string | undefined, word: string) =>
          dash ? (shortFlags.test(word) ? '-' : '--') + word : '-'.repeat(hyphens!.length) + word,
        )
      : l;
  });
}

/**
 * cw105: an error's one line that a page or a narrow window broke mid-sentence (a Markdown quote's lines as the author wrapped them,
 * reaction-development-platform's Common-Issues.md: `…(0f45…): Bind for`, then `0.0.0.0:4000 failed: port is already allocated`;
 * notes at 90 columns, Seavleu/aurex.ai: uvicorn's `… bind on address ('0.0.0.0', 8000): `, then `[winerror 10048] only one usage …`),
 * joined back as the program printed it. Only in an error's span (its line or the one above says error or failed), a line at least
 * 40 characters long that stops where no sentence ends (after a preposition, or a colon after a closing parenthesis), and a next line
 * at the margin that goes on (an address, a digit, a lower-case word or a bracketed one), not a prompt, a command or a log line.
 */
function rewrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const above = out[out.length - 2] ?? '';
    const joins =
      prev !== undefined &&
      prev.trimEnd().length >= 40 &&
      /(?:\b(?:for|to|on|at|of|from|by|with)|\):)\s*$/.test(prev) &&
      /\b(?:[Ee]rror|ERROR|failed)\b/.test(prev + ' ' + above) &&
      /^(?:\d|\[[a-z]|[a-z])/.test(line) &&
      !/^(?:docker|sudo|podman|curl|wget|nc|ss|netstat|lsof|cd|ls|cat|kubectl)\b|^\[\d|^[a-z]{1,12}@[\w.-]{1,40}[:\s]/.test(line);
    // cw153 (stop 51): or a Go error's chain (each cause after `: `, moby's and Desktop's `Ports are not available: listen tcp
    // 0.0.0.0:N: bind: <the system's message>`) that a page or a dialog broke at its separators, each line ending in the colon and
    // the space after it (the space a wrap between two words keeps: padded() above), the next at the margin going on in any case
    // (Windows' messages start with a capital). A line that ends without that space (a heading's `Error:`) is not joined; the
    // joined line keeps its own trailing space for the next break.
    const chained =
      !joins &&
      prev !== undefined &&
      /\S: +$/.test(prev) &&
      /\b(?:[Ee]rror|ERROR|failed|not available)\b/.test(prev + ' ' + above) &&
      /^[A-Za-z\d]/.test(line) &&
      !/^(?:docker|sudo|podman|curl|wget|nc|ss|netstat|lsof|cd|ls|cat|kubectl)\b|^[a-z]{1,12}@[\w.-]{1,40}[:\s]/.test(line);
    // cw162 (stop 54): docker run's report broken after its argv[0] (docker/cli cli/command/container/run.go reportError writes
    // `docker: ` and the daemon's error as one line of its own), what stood before `docker:` on that line another program's output or
    // the writer's words run into it (a reflowed issue: xhost's `access control disabled, …` then `docker: `, the error on the next
    // line): the report is put back on a line of its own, as docker printed it, and the words before it stay where they were.
    // cw183 (stop 58): or a Go *PathError (os/error.go PathError.Error: `op + " " + path + ": " + err`) broken between its op and its
    // path (an issue's inline code span wrapped by its writer: compose-go's `env file docker/.env not found: stat `, then `docker/.env:
    // no such file or directory`): the line ends in the op after `: `, a failure's word on it, and the next starts with the path and
    // its own `: ` cause. Joined with the one space the wrap took.
    const pathOp =
      !joins &&
      !chained &&
      prev !== undefined &&
      prev.length < 600 &&
      /\b(?:not found|[Ee]rror|failed|ERROR)\b.{0,300}: (?:stat|lstat|open|CreateFile|GetFileAttributesEx) *$/.test(prev) &&
      /^\s{0,2}[\w.~/\\-][^\s:]{0,300}(?::\\[^\n:]{0,300})?: [a-zA-Z]/.test(line);
    // cw187 (stop 58): or moby's port allocator's refusal (libnetwork portallocator.go alreadyAllocatedErr.Error: `Bind for %s:%d
    // failed: port is already allocated`) broken between any two of its words (docker-py's APIError, `500 Server Error for …:
    // Internal Server Error ("driver failed programming external connectivity on endpoint …: Bind for 0.0.0.0:8888`, then `failed:
    // port is already allocated")`, a terminal or a page wrapping at its width): the sentence starts on the line above and ends on
    // this one, neither holding it whole. Joined with the one space the wrap took.
    const allocated = !joins && !chained && !pathOp && prev !== undefined && allocSplit(prev.trimEnd().slice(-120), line.trimStart());
    const report =
      prev !== undefined && /\S\s+docker(?:\.exe)?: *$/.test(prev) && /^\s{0,4}Error response from daemon: \S/.test(line)
        ? /^(.*\S)\s+(docker(?:\.exe)?:) *$/.exec(prev)
        : null;
    if (report) {
      out[out.length - 1] = report[1]!;
      out.push(`${report[2]!} ${line.trim()}`);
    } else if (joins) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else if (chained) out[out.length - 1] = `${prev.trimEnd()} ${line.trimStart()}`;
    else if (pathOp || allocated) out[out.length - 1] = `${prev.trimEnd()} ${line.trimStart()}`;
    else out.push(line);
  }
  return out;
}

/** cw187: moby's allocator sentence, begun at the end of `tail` and ended at the start of `head` (neither holds it whole). */
const allocWhole = /Bind for \S{1,80}:\d{1,5} failed: port is already allocated/;
function allocSplit(tail: string, head: string): boolean {
  if (!/\bBind\b/.test(tail) || !/^[\w.:[\]]/.test(head) || allocWhole.test(tail) || allocWhole.test(head)) return false;
  const m = allocWhole.exec(`${tail} ${head.slice(0, 120)}`);
  return !!m && m.index < tail.length && m.index + m[0].length > tail.length + 1;
}

/**
 * cw162 (stop 54): a column a writer left out of a listing, in the header and in each row, as three dots (or `…`) standing where it
 * was (a guide's `CONTAINER ID   IMAGE           ...   STATUS …`, its row `abc123def456   ollama/ollama   ...   Up 2 minutes …`):
 * docker/cli's formatter pads every cell to its column's width (Go's text/tabwriter, cli/command/formatter), so the mark sits at the
 * same place in each line. That span is taken out of the header and of every row under it that has the mark there, and the table is
 * read with the columns it shows (the header names each one). Only under docker ps' header or Compose's (`NAME  IMAGE …`, `NAME
 * COMMAND …`), the mark between two gaps of two spaces at least; a row without the mark there ends it.
 */
const elidedHeader = /^\s*(?:CONTAINER ID|NAME)\s{2,}\S/;
function unelide(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const head = out[i]!;
    if (head.length > 400 || !elidedHeader.test(head)) continue;
    const m = /(?<=\S {2,})(?:\.{3}|…)( {2,})(?=\S)/.exec(head);
    if (!m) continue;
    const from = m.index;
    const to = from + m[0].length;
    const cut = (l: string) => l.slice(0, from) + l.slice(to);
    const marked = (l: string) =>
      /^(?:\.{3}|…) {2,}$/.test(l.slice(from, to)) && / {2}$/.test(l.slice(0, from)) && /\S/.test(l.slice(to, to + 1));
    let j = i + 1;
    while (j < out.length && out[j]!.trim() && marked(out[j]!)) j++;
    // Only where the state and the ports stay shown (STATUS, v1's State; PORTS): rows without them tell no container's state or
    // mapping, and stay unread as before (h34-book13313645159's `CONTAINER ID  IMAGE  ...  PORTS  NAMES`, whose run line answers).
    if (j === i + 1 || !/\s(?:STATUS|State|STATE)\s/.test(cut(head)) || !/\sPORTS\s/.test(cut(head))) continue;
    out[i] = cut(head);
    for (let k = i + 1; k < j; k++) out[k] = cut(out[k]!);
    i = j - 1;
  }
  return out;
}

/** Caps, strips colour codes (Compose and Werkzeug colour their output on a terminal) and copying debris, unifies line ends. */
export function prepare(raw: string): string {
  const text = raw.length > maxChars ? raw.slice(0, maxChars / 2) + '\n' + raw.slice(-maxChars / 2) : raw;
  const lines = text
    .replace(colour, '')
    .replace(invisible, '')
    // A full-width colon (a page machine-translated into Chinese or Japanese, an IME): the ASCII one Docker printed.
    .replace(/\uff1a/g, ':')
    // A rendered page's, a chat's or a word processor's copy (scripts/check-work-habits.ts): non-breaking spaces, typographic
    // quotes, and HTML's entities where a page's source was copied (`0.0.0.0:8050-&gt;8050/tcp`); the characters the terminal printed.
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/&(?:gt|lt|quot|#0?39|#x27|amp);/g, (e) => entities[e] ?? e)
    // cw163 (stop 54): also HTML's tab (`&#x09;`, `&#9;`: a page that indents a code line with the character's reference, as its
    // Markdown export writes a leading tab); the tab the page showed.
    .replace(/&#(?:x0?9|0?9);/gi, '\t')
    // cw43: HTML's line break kept in notes written as Markdown (a README's `docker ps` block with `STATUS    <br>   PORTS` and each
    // row ending in `<br>`): the page's, never a terminal's.
    .replace(/<br\s*\/?>/gi, '')
    // cw36: three dots an editor made one character (macOS' and Word's smart punctuation, Outlook's AutoCorrect) between spaces,
    // as Compose v1 prints them (`Starting web_1 ... done`); Docker's own cut (`"docker-entrypoint.s…"`) ends a word and stays.
    .replace(/(?<= )\u2026(?= |$)/gm, '...')
    .split(/\r\n?|\n/);
  // Many short lines cost more than few long ones; a real paste has a few hundred.
  // cw70: a flattened network ls is split after unmark(), so that a copy's marks before its one line (a list's, a quote's) go first.
  return unwrapTables(
    markdownTables(
      htmlTables(
        unflatten(
          unflattenVersion(
            unflattenPrompts(
              unjoinLogs(
                unjoinStamps(
                  rewrap(
                    unelide(
                      unmark(
                        fenceIndent(
                          dedent(
                            padded(
                              unjoinWidth(
                                unsquash(
                                  wanted(
                                    undiff(
                                      typoDashes(
                                        unalias(
                                          unRprompt(
                                            lines.length > maxLines
                                              ? [...lines.slice(0, maxLines / 2), ...lines.slice(-maxLines / 2)]
                                              : lines,
                                          ),
                                        ),
                                      ),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  ).join('\n');
}

/**
 * cw196 (stop 59): zsh's right prompt copied on the command's line (docker-library/official-images#1487: ` docker run ghost`, many
 * spaces, `10:21:08`). zsh draws RPROMPT (RPS1) at the right edge of the line being typed and leaves it there after Enter unless
 * TRANSIENT_RPROMPT is set (zshparam(1) RPROMPT, zshoptions(1) TRANSIENT_RPROMPT, off by default); themes show the time there (prompt
 * escapes `%*` 24-hour with seconds, `%T`, `%t`/`%@` 12-hour with am/pm: zshmisc(1) "Date and time"). A terminal's copy keeps the
 * padding and the time: docker never sees them. Taken off a docker command's line only, eight spaces or more before it.
 */
const rprompt = /^(.{0,400}?\bdocker(?:-compose)? [^\n]{0,400}?\S)\s{8,}(?:at )?[[(<]?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?[\])>]?\s*$/;
function unRprompt(lines: string[]): string[] {
  return lines.map((l) => (l.length < 1000 ? (rprompt.exec(l)?.[1] ?? l) : l));
}

/**
 * cw188 (stop 58): a shell alias the paste defines for docker, then used for it (kevana/ui-for-docker#156: `alias dock='docker -H
 * tcp://localhost:4243'`, then `dock run -d -p 9000:9000 … dockerui/dockerui …`): bash expands an alias's first word to its value
 * before it runs the line (bash builtins/alias.def, `alias name=value`; zsh the same), so `dock run …` is the docker command the
 * value and the rest make. PowerShell's `Set-Alias [-Name] d [-Value] docker` (Microsoft.PowerShell.Utility) names the program only.
 * Only an alias whose value starts with docker (or sudo docker), then the name as a line's first word after a prompt or indent and
 * before a lower-case word (a command of docker's); the alias line itself stays.
 */
const aliasLine =
  /^\s{0,8}(?:[^\n]{0,80}?[$#%>] )?(?:alias ([A-Za-z_][\w.-]{0,29})=(['"]?)((?:sudo )?docker(?: [^'"\n]{0,200})?)\2|Set-Alias (?:-Name )?([A-Za-z_][\w.-]{0,29}) (?:-Value )?(docker)(?:\.exe)?)\s*$/;
function unalias(lines: string[]): string[] {
  const names = new Map<string, string>();
  for (const l of lines.length < 5000 ? lines : []) {
    const m = l.length < 300 ? aliasLine.exec(l) : null;
    const name = m?.[1] ?? m?.[4];
    if (m && name && !/^(?:docker|sudo)$/.test(name)) names.set(name, (m[3] ?? m[5])!.trimEnd());
  }
  if (!names.size) return lines;
  const names_ = [...names.keys()].map((n) => n.replace(/[.]/g, '\\.')).join('|');
  const use = new RegExp(String.raw`^(\s{0,8}(?:[^\n]{0,80}?[$#%>] )?)(${names_})(?= [a-z])`);
  return lines.map((l) => (aliasLine.test(l) ? l : l.replace(use, (_, head: string, name: string) => head + names.get(name)!)));
}

/**
 * cw62: a docker or compose table an author rewrote as a Markdown table (hectorcanto/docker_exercises lesson_5_build/extra_ex1.md:
 * `CONTAINER ID | IMAGE | … | NAMES`, then `-|-|-|-|-|-|-`, then `794d8be8824b | l5ex1 | … | 0.0.0.0:8011->80/tcp, … | my-nginx2`;
 * GFM's pipes at each end or not, its delimiter row `---`, `:--:`): the table the formatter printed, every cell padded to its column's
 * width as Go's tabwriter does, the delimiter row gone. Only a header of Docker's own words (docker/cli's formatter headers are upper
 * case: `CONTAINER ID`, `NAMES`, `PORTS`; Compose's `NAME`, `SERVICE`), so a table the author wrote of their own stays as it is.
 */
const mdCells = (l: string) =>
  l
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
const mdRule = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
// cw175 (stop 57): and the other listings' headers of docker/cli's formatters (formatter/network.go: `NETWORK ID`, `NAME`, `DRIVER`,
// `SCOPE`; image.go: `REPOSITORY`, `TAG`, `IMAGE ID`; volume.go: `VOLUME NAME`), a `docker network ls` rewritten with pipes and GFM's
// delimiter row under it (kubernetes/minikube#10003) read as the table it was, not as Compose's `name | line` log prefixes.
const mdListHeads = /^(?:NETWORK ID|DRIVER|SCOPE|REPOSITORY|IMAGE ID|VOLUME NAME)$/;
/**
 * cw194 (stop 59): the same table an author kept as HTML in a Markdown page (GFM passes `<table>` through: welchie/docker_images'
 * README, `<tr><th>CONTAINER ID</th>…<th>NAMES</th></tr>`, then a `<tr><td>…</td>…` row a line, blank lines between): each `<tr>`
 * becomes a pipe row, GFM's delimiter row under the first, for markdownTables() to read as it reads cw62's; `&gt;` and the other
 * entities in a cell are the characters the page showed. Only a block from `<table>` to `</table>` (at most 200 lines) whose first
 * row is of `<th>` cells; what markdownTables then does not take (a header of the author's own words) is left as the pipe rows.
 */
const entity = (s: string) =>
  s
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
function htmlTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = /^\s*<table\b[^>]*>/i.test(lines[i]!) ? lines.slice(i, i + 200).findIndex((l) => /<\/table>\s*$/i.test(l)) : -1;
    const rows =
      end >= 0
        ? lines
            .slice(i, i + end + 1)
            .join(' ')
            .split(/<tr\b[^>]*>/i)
            .slice(1)
            .map((r) => [...r.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/gi)].map((m) => ({ th: /h/i.test(m[1]!), text: m[2]! })))
            .filter((r) => r.length)
        : [];
    if (rows.length < 2 || !rows[0]!.every((c) => c.th) || rows[0]!.length < 3) {
      out.push(lines[i]!);
      continue;
    }
    const pipe = (r: { text: string }[]) => `| ${r.map((c) => entity(c.text.replace(/<[^>]*>/g, '')).trim()).join(' | ')} |`;
    out.push(pipe(rows[0]!), `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map(pipe));
    i += end;
  }
  return out;
}

function markdownTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.includes('|') && mdRule.test(lines[i + 1] ?? '') ? mdCells(lines[i]!) : [];
    // cw175 (stop 57): the writer's words joined to the header's first cell (Markdown's hard break, a line ending in `\`, undone
    // above: `docker network ls outputs NETWORK ID | NAME | …`): the words stay a line of their own, the cell is the header's.
    const lead = /^(.*[a-z].*?)\s+(CONTAINER ID|NETWORK ID|REPOSITORY|DRIVER)$/.exec(head[0] ?? '');
    if (lead && head.slice(1).every((c) => /^[A-Z][A-Z0-9 ]*$/.test(c))) head[0] = lead[2]!;
    if (
      head.length < 3 ||
      !head.every((c) => /^[A-Z][A-Z0-9 ]*$/.test(c)) ||
      !head.some((c) => headerWords.test(c) || mdListHeads.test(c))
    ) {
      out.push(lines[i]!);
      continue;
    }
    if (lead && head[0] === lead[2]) out.push(lead[1]!);
    const rows = [head];
    let k = i + 2;
    for (; k < lines.length && lines[k]!.includes('|'); k++) rows.push(mdCells(lines[k]!));
    const widths = head.map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
    for (const r of rows)
      out.push(
        head
          .map((_, j) => (r[j] ?? '').padEnd(widths[j]! + 3))
          .join('')
          .trimEnd(),
      );
    i = k - 1;
  }
  return out;
}

/**
 * cw57: the output the poster wanted, not what they got: a fenced block right under an issue template's "Expected behavior"
 * heading (docker/for-mac's and docker/for-win's templates: `### Expected behavior`, then the `-P` run and telnet's `Connected`,
 * docker/for-mac#3338) or under the poster's own words for it (`but not which i want`, `what I expect:`, `it should show:`;
 * spotify/docker-client#992: `Up 3 minutes   0.0.0.0:3000->51348/tcp   jovial_villani`, wished for). Its lines are left out. Not a
 * README's "Expected output:", which is the program's output as its author saw it (h40-readme67462375061's uvicorn on 127.0.0.1).
 * cw154 (stop 52): nor a guide's hedged sample of what the program prints, "should show something like the following:", "it should
 * print something similar to:" (a README's run step, then the program's banner): "something like", "similar to" say the block is
 * one run's output, which may differ in its details. A poster may hedge a wish too ("It should show something like: …", then "But
 * nothing shows up"), so a hedged block stays a wish when any of the three lines after it goes against it (a contrast, a negation,
 * a failure's word). A question after it ("Any idea what I am doing wrong?") does not: it says nothing of that block.
 */
const hedged = /\b(?:something (?:like|similar)|similar to)\b/i;
const against =
  /\b(?:but|instead|however|actually|nothing|not|never|no longer|unfortunately|fails?|failed|failing|errors?|exits?|exited|crash\w*|get|got|getting|see|seeing)\b|n't\b|n['’]t\b|^\s*#{1,6}\s/i;
const wish =
  /^(?:#{1,6}\s*|\*\*)?(?:expected (?:behaviou?r|result|outcome)|(?:but |and )?(?:not )?(?:which|what) i (?:want|wanted|expect|expected|would expect)|i (?:want|wanted|expect|expected|would expect)(?: to (?:see|get))?|(?:it |this )?should (?:be|show|look like|print|output|return))\b(?![^\n]*\b(?:but|instead|however|actually|got|get|getting|gives?|see|seeing|run|ran|running|try|tried|trying|did|use|used|error|output|log)\b)[^`\n]{0,40}?(?:\*\*)?\s*:?\s*$/i;
const sectionHead =
  /^(?:#{1,6}\s*(?:\*\*)?|\*\*)(?:expected (?:behaviou?r|results?|outcome)|describe the results you expected)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$/i;
const headLine = /^\s*(?:#{1,6}\s+\S|\*\*[^*\n]{2,80}\*\*\s*:?\s*$)/;
// On the lines without a quote's or a list's marks (a copy's habits: `> `, `• `, `- `), a list's only before a space: a bold
// heading's stars stay.
const unquoted = (l: string) => (l.length < 500 ? l.replace(/^\s*(?:(?:>|[-*\u2022](?=\s))[ \t]?)+/, '') : l);
function nextHead(lines: string[], i: number): number {
  for (let n = i + 1; n < lines.length && n <= i + 40; n++) {
    const l = unquoted(lines[n]!);
    if (headLine.test(l) || /^\s*(?:```|~~~)/.test(l)) return n;
  }
  return -1;
}
/**
 * Stop 52: output the poster quotes as someone else's, a tutorial's or a course's (`The tutorial says docker ps prints`, `the docs
 * show:`, `it should look like:`), and then sets their own against (`but mine prints nothing`, `Instead I get:`): the quoted block is
 * not what their Docker printed, and its lines are left out (a tutorial's `Up` row would otherwise stand for a container the learner
 * never ran). Only with both: a README's or a note's "You should see something like:" above its own captured output is the author's
 * output (CONVENTIONS §1), and a learner's "here is my docker ps:" is theirs. The block: a fenced one, or the lines up to a blank one.
 * Returns the block's last line (a fence's closing one), or -1.
 */
const quotedIntro =
  /(?<![-\w])(?:tutorial|docs?|documentation|guide|course|lesson|book|video|instructor|teacher|readme|article|post|example|it|this|that|you)\b[^\n]{0,60}\b(?:says?|shows?|prints?|lists?|expects?|should (?:show|see|print|list|look|display|output|return|be)|will (?:show|see|print|list)|(?:is )?supposed to (?:show|print|list|look))\b[^\n]{0,80}:?\s*$/i;
const contrast =
  /^(?:but|however|instead|whereas|yet)\b[^\n]{0,200}?\b(?:mine|my (?:own|output|terminal|machine|computer|docker)|i (?:get|got|see|only see|only get|am getting)|nothing|empty|no (?:containers?|output|rows?))\b/i;
function contrasted(lines: string[], i: number): number {
  const intro = lines[i]!.trim();
  // A sentence, not a command line (`docker exec -it web … list`, a prompt's or a code span's).
  if (
    intro.length > 200 ||
    /^(?:[`$#>]|\S*>\s*\S)|\bdocker +(?:-\S+ +)*[a-z]+ +-/.test(intro) ||
    !quotedIntro.test(intro) ||
    /\b(?:my|mine|i (?:get|got|see|ran|run))\b/i.test(intro)
  )
    return -1;
  let k = i + 1;
  while (k < lines.length && !lines[k]!.trim()) k++;
  if (k >= lines.length) return -1;
  let end = k;
  if (fenceLine.test(lines[k]!)) {
    end = k + 1;
    while (end < lines.length && !fenceLine.test(lines[end]!)) end++;
    if (end >= lines.length) return -1;
  } else {
    // Up to a blank line, or the contrast itself with no blank line before it (the learner's own lines follow it).
    while (end + 1 < lines.length && lines[end + 1]!.trim() && !(lines[end + 1]!.length < 300 && contrast.test(lines[end + 1]!.trim())))
      end++;
  }
  let next = end + 1;
  while (next < lines.length && !lines[next]!.trim()) next++;
  return next < lines.length && lines[next]!.length < 300 && contrast.test(lines[next]!.trim()) ? end : -1;
}
function wanted(input: string[]): string[] {
  // Under a quote's or a list's marker too (a chat's quote of the question, habits.ts quote-prose, dash-list).
  const lines = input.map((l) => (l.length < 500 ? l.replace(/^\s*(?:(?:>|[-*\u2022])[ \t]?)+/, '') : l));
  const out = [...input];
  for (let i = 0; i < lines.length; i++) {
    const theirs = contrasted(lines, i);
    if (theirs > i) {
      for (let n = i + 1; n <= theirs; n++) out[n] = '';
      i = theirs;
      continue;
    }
    if (lines[i]!.length > 120 || !wish.test(lines[i]!.trim())) continue;
    let k = i + 1;
    while (k < lines.length && !lines[k]!.trim()) k++;
    // cw107: an issue template's own heading for it (docker/compose's bug form `### Expected behavior`, then `### Actual
    // behavior`; docker/cli's, moby's `**Describe the results you expected:**`) opens a section of wishes up to the next heading,
    // prose and quoted lines too (docker/compose#10835: "Since there's not a Dockerfile" and the build error they expected in a
    // code span, above the `depends on undefined service` they got). Its lines up to the next heading or fence, within 40 lines: a
    // fenced block after the poster's prose there is often what they got, put under the wrong heading (h67-forwin6179's images).
    const section = sectionHead.test(unquoted(input[i]!).trim()) ? nextHead(input, i) : -1;
    if (section > 0 && !/^\s*(?:```|~~~)/.test(lines[k] ?? '')) {
      // A line there that names a docker command in a code span is what the poster ran (h46-formac393: "running `docker run -d -p
      // 80:80 --name webserver nginx` should run nginx"): kept, read as a told run.
      for (let n = i + 1; n < section; n++) if (!/`(?:sudo )?docker[\s-]/.test(lines[n]!)) out[n] = '';
      i = section - 1;
      continue;
    }
    if (!/^\s*(?:```|~~~)/.test(lines[k] ?? '')) continue;
    let end = k + 1;
    while (end < lines.length && !fenceLine.test(lines[end]!)) end++;
    if (end >= lines.length) continue;
    // cw154: a hedged sample that nothing after it contradicts is the program's output as the guide shows it: read.
    if (
      hedged.test(lines[i]!) &&
      !lines
        .slice(end + 1)
        .filter((l) => l.trim())
        .slice(0, 3)
        .some((l) => l.length > 500 || against.test(l))
    ) {
      i = end;
      continue;
    }
    for (let n = k; n <= end; n++) out[n] = '';
    i = end;
  }
  return out;
}

/**
 * cw70: a unified diff around output (docker/docs#17895's review of the get-started guide: a ````diff fence whose `+   Creating network
 * "app_default" with the default driver` is the documented output; `git diff`, GitHub's suggested changes): its new side is read. A
 * diff is a fenced block whose language is diff or patch, or the lines after a hunk header (`@@ -12,6 +12,8 @@`, GNU diffutils'
 * unified format) while they start with its marks: `-` lines (removed) go, `+` and ` ` lose their mark, the file headers (`diff
 * --git`, `index`, `--- a/`, `+++ b/`) and hunk headers go. A YAML list's `- "8050:8050"` is no diff without them; a fenced diff
 * without a hunk header keeps its `-` lines too, unmarked.
 */
const diffOpen = /^([\s>*\u2022-]{0,12}?)(`{3,}|~{3,})\s*(?:diff|patch)\s*$/i;
const hunk = /^@@ -\d{1,7}(?:,\d{1,7})? \+\d{1,7}(?:,\d{1,7})? @@/;
function undiff(input: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const l = input[i]!;
    const open = diffOpen.exec(l);
    if (!open && !hunk.test(l)) {
      out.push(l);
      continue;
    }
    // The marks a copy put before the whole block (a quote's `> `, a list's `- `, a tab) stay before each line for unmark().
    const [, lead = '', fence] = open ?? [];
    const inner = (x: string) =>
      x.startsWith(lead) ? x.slice(lead.length) : x.startsWith(lead.trimEnd()) ? x.slice(lead.trimEnd().length) : x;
    const closes = (x: string) => !!fence && new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(inner(x));
    if (fence) out.push(lead + '```');
    // A fenced diff with no hunk header is often Markdown's colouring alone (`- service "x" refers to undefined network …` in red, a
    // README's error; h40-readme42539010988): its `-` lines stay, unmarked. A real diff's removed lines are the old text and go.
    let end = i + 1;
    while (end < input.length && !closes(input[end]!)) end++;
    const real = !fence || input.slice(i + 1, end).some((x) => hunk.test(inner(x)));
    let k = i + 1;
    for (; k < input.length && !closes(input[k]!); k++) {
      const m = inner(input[k]!);
      if (hunk.test(m) || /^(?:diff --git |index [\da-f]{4,40}\.\.|--- (?:a\/|\/dev\/null)|\+\+\+ (?:b\/|\/dev\/null))/.test(m)) continue;
      if (!fence && m && !/^[-+ \\]/.test(m)) break;
      if (/^\\/.test(m) || (real && m.startsWith('-'))) continue;
      out.push(lead + m.replace(/^[-+ ]/, ''));
    }
    if (fence && k < input.length) out.push(lead + '```');
    i = fence ? k : k - 1;
  }
  return out;
}

/**
 * cw57: a docker ps table whose line breaks the copy lost (a PowerShell window's selection pasted into notes: `PS C:\Users\User>
 * docker psCONTAINER ID   IMAGE … NAMESc3df390e1080   mysql:8   "docker-entrypoint.s…" … mysql-containerae959862a4f6   nginx:alpine
 * …`, a Spanish lab's answers): docker/cli's tabwriter still pads every cell, and each row starts with the container's 12-digit short
 * ID (cli/command/formatter/container.go `TruncateID`), two spaces at least and its image, so the rows split there again: the 12 hex
 * digits right before the gap are the ID, whatever the name before them ends with.
 */
/**
 * cw169 (stop 56): a terminal's lines each padded to the window's width by its selection (padded() below: Windows' console, PuTTY's
 * block copy), then joined onto one line by the page that kept them (an issue's inline code, a form that drops line breaks): every
 * line starts at a multiple of the width, the padding between. When three lines' starts or more fall on one width (60 columns or
 * more, each after a run of 40 spaces or more: a table's own columns are narrower) the line is cut there again; its text is as the
 * terminal printed it. A width that varies (h50-msdocswsl2061's `wsl -l -v`, the page's own spacing) is left alone.
 */
const unjoinWidth = (lines: string[]) =>
  lines.flatMap((l) => {
    if (l.length < 180 || l.length > 20000 || !/ {40}/.test(l)) return [l];
    const starts = [...l.matchAll(/ {40,}(?=\S)/g)].map((m) => m.index + m[0].length);
    const at = new Set(starts);
    for (const a of starts)
      for (const b of starts) {
        const w = b - a;
        if (w < 60 || !at.has(b + w)) continue;
        const cuts = [a, b, b + w];
        for (let k = b + 2 * w; at.has(k); k += w) cuts.push(k);
        for (let k = a - w; k > 0 && at.has(k); k -= w) cuts.unshift(k);
        const parts = [0, ...cuts].map((c, i, all) => l.slice(c, all[i + 1]).trimEnd());
        return parts[0]!.trim() ? parts : parts.slice(1);
      }
    return [l];
  });
const squashed = /CONTAINER ID {2,}IMAGE {2,}COMMAND {2,}CREATED {2,}STATUS {2,}PORTS {2,}NAMES(?=[0-9a-f]{12} {2,}\S)/;
/**
 * cw160 (stop 53): the shell's next prompt run onto the last row too (`… 0.0.0.0:80->80/tcp   silly_maxwellpi@raspi2:~ $`, the same
 * lost break after the table): a prompt is no part of a row (moby's container names are `[a-zA-Z0-9][a-zA-Z0-9_.-]+`,
 * daemon/names/names.go RestrictedNameChars, so no `@`, `:` or `\`), but where the name ends and the user's name starts is not in the
 * row: the prompt the paste shows at a line's start elsewhere, verbatim (bash's `user@host:dir $`/`#`, a `[user@host dir]$`,
 * PowerShell's `PS C:\…>`), is taken off the row's end and starts a line of its own. A prompt the paste does not show so stays on
 * the row (the name unsure: the listing stays cut, no ok). The prompt's line may carry a copy's marks before it (a quote's `> `, an
 * indent, a list's bullet), which later passes take off.
 */
const promptAt =
  /^(?:[\s>\u200b\u00a0]|\u2022 |- ){0,8}((?:[\w.-]{1,32}@[\w.-]{1,64}:[^\s$#]{0,200} ?|\[[\w.-]{1,32}@[\w.-]{1,64} [^\]\s]{1,200}\] ?)[$#]|PS [A-Za-z]:\\[^>\n]{0,200}>)(?= \S)/;
const unsquash = (lines: string[]) => {
  let prompts: string[] | undefined;
  return lines.flatMap((l) => {
    const m = l.length < 20000 ? squashed.exec(l) : null;
    if (!m) return [l];
    const before = l.slice(0, m.index).trimEnd();
    const rows = l.slice(m.index + m[0].length).split(/(?=[0-9a-f]{12} {2,}\S+ {2,}")/);
    prompts ??= [...new Set(lines.flatMap((x) => promptAt.exec(x)?.[1] ?? []))];
    const last = rows.at(-1)!.trimEnd();
    const glued = prompts.find((p) => last.endsWith(p) && /[a-zA-Z0-9_.-]$/.test(last.slice(0, -p.length)));
    const tail = glued ? [last.slice(0, -glued.length), glued] : [rows.at(-1)!];
    return [...(before ? [before] : []), m[0], ...rows.slice(0, -1), ...tail];
  });
};
/**
 * cw70: docker network ls flattened into one line with its command (a blog's mirror of Docker 1.9's user guide that lost its breaks
 * and its padding: `$ docker network ls NETWORK ID NAME DRIVER 18a2866682b8 none null c288470c46f6 host host …`): its header
 * (docker/cli formatter/network.go: NETWORK ID, NAME, DRIVER, SCOPE since 1.12), then rows of a 12-digit ID (TruncateID), a name, a
 * driver and the scope when the header has it: each row starts a line again. Only three rows or more, every one of that shape.
 */
const flatNetworks = /^(.{0,300}?)\s*(NETWORK ID\s+NAME\s+DRIVER(\s+SCOPE)?)\s+((?:[0-9a-f]{12}\s+\S+\s+\S+(?:\s+\S+)?\s*){3,})$/;
const unflatten = (lines: string[]) =>
  lines.flatMap((l) => {
    const m = l.length < 5000 ? flatNetworks.exec(l) : null;
    const cells = m?.[3] ? 4 : 3;
    const words = m ? m[4]!.trim().split(/\s+/) : [];
    if (!m || words.length % cells || words.some((w, i) => i % cells === 0 && !/^[0-9a-f]{12}$/.test(w))) return [l];
    const rows = words.flatMap((_, i) => (i % cells ? [] : [words.slice(i, i + cells).join('   ')]));
    return [...(m[1]!.trim() ? [m[1]!.trimEnd()] : []), m[2]!.replace(/\s+(?=NAME|DRIVER|SCOPE)/g, '   '), ...rows];
  });

/**
 * cw153 (stop 51): a page's text run onto one line (a README's or a course page's stored text that lost its breaks: `… using the command
 * shown below. $ docker run -d -p 80:5000 app The application will be …`), a shell's `$ ` prompt (bash's PS1 default for a user, as
 * docs and READMEs print it) before each docker command after a sentence's end: each prompt starts its line again, the command read
 * as typed. Only after `.`, `:`, `!` or `?` and a space, never inside a quote or code span opened before it (enclosed.ts), and only in a
 * line of 80 characters or more with words before its first prompt and two `$ docker` prompts at least (a page's steps; one prompt in a
 * learner's sentence stays the sentence's): a prompt at a line's start is read already.
 */
const flatPrompt = /(?<=[.:!?] {1,3})(?=\$ (?:sudo +)?docker\b)/g;
const unflattenPrompts = (lines: string[]) =>
  lines.flatMap((l) => {
    if (l.length > 5000 || !flatPrompt.test(l)) return [l];
    flatPrompt.lastIndex = 0;
    const parts = l.split(flatPrompt);
    if (!parts[0]!.trim() || (l.match(/(?:^|\s)\$ (?:sudo +)?docker\b/g) ?? []).length < 2 || l.length < 80) return [l];
    const out: string[] = [parts[0]!];
    let seen = parts[0]!;
    for (const p of parts.slice(1)) {
      if (enclosed(seen)) out[out.length - 1] += p;
      else out.push(p);
      seen += p;
    }
    return out.length > 1 ? out.map((o) => o.trimEnd()) : [l];
  });

/**
 * cw147: docker version's output run onto one line (an issue's title that holds the paste, a page that lost its breaks: `Error (in cmd)
 * : Client: Docker Engine - Community Version: 19.03.1 API version: 1.40 Go version: go1.12.5 Git commit: 74b1e89 Built: … OS/Arch:
 * windows/amd64 Experimental: false`). docker/cli cli/command/system/version.go's template prints `Client:` with the platform's name,
 * then one ` Key:\t value` line each (Version, API version, Go version, Git commit, Built, OS/Arch, Context, Experimental), `Server:`
 * and its components (Engine, containerd, runc, docker-init) with their keys indented under them: each key starts its line again.
 * Only after `Client:` and with four of its keys at least, in that template's words, and never inside a quote (enclosed.ts).
 */
const versionKeys = String.raw`(?:Version|API version|Go version|Git commit|GitCommit|Built|OS\/Arch|Context|Experimental|Server|Engine|containerd|runc|docker-init):`;
const flatVersion = new RegExp(String.raw`^(.{0,300}?)\s*\b(Client:(?: [^:\n]{1,60}?)?)\s+(Version:\s.*)$`);
const unflattenVersion = (lines: string[]) =>
  lines.flatMap((l) => {
    const m = l.length < 5000 ? flatVersion.exec(l) : null;
    // Not inside a quote or code span opened before `Client:` (stop 50: `I expected "Client: … Server: …" but got an error.`, told).
    if (!m || enclosed(m[1]!)) return [l];
    const parts = m[3]!.split(new RegExp(String.raw`\s+(?=${versionKeys}(?:\s|$))`));
    const keys = new Set(parts.map((p) => /^[^:]+/.exec(p)![0]));
    if (keys.size < 4) return [l];
    let depth = 1;
    const rows = parts.map((p) => {
      if (/^Server:/.test(p)) return ((depth = 1), p);
      if (/^(?:Engine|containerd|runc|docker-init):/.test(p)) return ((depth = 2), ` ${p}`);
      return `${' '.repeat(depth)}${p}`;
    });
    return [...(m[1]!.trim() ? [m[1]!.trimEnd()] : []), m[2]!, ...rows];
  });

/**
 * cw112: Compose's log lines whose line breaks the copy lost (a chat's export quoting Git Bash's `docker compose logs` on one line:
 * `… level=warning msg="…" ems-web | [Firebase] Initialised … ems-web | * Serving Flask app 'app' ems-web | * Debug mode: on …`):
 * Compose prints each line after the container's name padded and `| ` (docker/compose cmd/formatter/logs.go, v1's
 * compose/cli/log_printer.py the same), so a name that starts `<name> | ` three times or more on one line, after a space, starts a
 * line again each time. Only names of that shape (a container's: letters, digits, `.`, `_`, `-`); the padding may be gone.
 */
const joinedPrefix = /(?:^|\s)([\w.-]{1,100}) {1,60}\| /g;
const unjoinLogs = (lines: string[]) =>
  lines.flatMap((l) => {
    if (l.length > 20000 || !l.includes(' | ') || /^\s*\|/.test(l)) return [l];
    const counts = new Map<string, number>();
    for (const m of l.matchAll(joinedPrefix)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    const names = [...counts].filter(([, n]) => n >= 3).map(([name]) => name.replace(/\./g, '\\.'));
    if (!names.length) return [l];
    const parts = l.split(new RegExp(`\\s+(?=(?:${names.join('|')}) {1,60}\\| )`));
    return parts.length > 3 ? parts : [l];
  });

/**
 * cw165 (stop 55): `docker logs -t`'s (and `docker compose logs -t`'s) lines whose line breaks the copy lost (an issue's code block
 * run onto one line: `Waiting for … 2024-01-08T18:56:08.078170950Z PostgreSQL is available 2024-01-08T18:56:08.115577061Z python: …`).
 * The daemon puts its stamp before each line it returns with --timestamps (docker/cli cli/command/container/logs.go's
 * `--timestamps`; moby daemon/logs.go ContainerLogs formats msg.Timestamp with jsonmessage.RFC3339NanoFixed,
 * "2006-01-02T15:04:05.000000000Z07:00": nine digits always, `Z` in UTC), so each such stamp after a space starts a line again.
 * Only that fixed shape, two stamps on the line at least, and never inside a quote or code span opened before it (enclosed.ts):
 * one date told in a sentence stays the sentence.
 */
const nanoStamp = /\s+(?=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}(?:Z|[+-]\d\d:\d\d) )/;
const nanoStamps = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}(?:Z|[+-]\d\d:\d\d) /g;
const unjoinStamps = (lines: string[]) =>
  lines.flatMap((l) => {
    if (l.length > 20000 || (l.match(nanoStamps) ?? []).length < 2) return [l];
    const parts = l.split(nanoStamp);
    if (parts.length < 3) return [l];
    // Each stamp's text up to it, read from the line's start: a quote or span opened there holds the rest.
    let before = '';
    for (const [i, part] of parts.entries()) {
      if (i > 0 && enclosed(before)) return [l];
      before += part + ' ';
    }
    return parts;
  });

/** The words of docker ps' and docker container ls' header (docker/cli cli/command/formatter/container.go). */
const headerWords =
  /^(?:\s*(?:CONTAINER ID|IMAGE|COMMAND|CREATED|RUNNING FOR|STATUS|PORTS|NAMES|SIZE|LABELS|MOUNTS|NETWORKS|LOCAL VOLUMES))+\s*$/;

/** Every line of the block from `i` to a blank line in pairs, a line at the margin then an indented one (the header's, each row's). */
function pairs(lines: string[], i: number): boolean {
  let k = i;
  for (; k < lines.length && lines[k]!.trim(); k++) if (/^\s/.test(lines[k]!) !== ((k - i) % 2 === 1)) return false;
  return k - i >= 4 && (k - i) % 2 === 0;
}

/** The words of docker compose ps' header (docker/compose cmd/compose/ps.go) and docker ps' (above). */
const composeHeader = /^(?:\s*(?:NAME|IMAGE|COMMAND|SERVICE|CREATED|STATUS|PORTS|CONTAINER ID|RUNNING FOR|NAMES))+\s*$/;

/**
 * A docker ps table that a console wrapped at its width and copied as two lines each (Windows' conhost at 80 or 120 columns,
 * corpus/habits.ts lossyHabits): its header goes on, header words only, on the next line. Every line of the table as long as the
 * header's first part is joined with the line after it, as the terminal printed them. Without this a row's name, cut from its
 * state, was read with the next row's state (a stopped dash-app read as running: a false ok).
 */
function unwrapTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const width = line.length;
    // cw43: a whole header, then rows that go on in the line after them where the page broke them (notes copied from a page that
    // wrapped each row, h39-ragnotes: `03a0c3ff6944   ollama/ollama:latest … 0.0.0.0:11434->11434/tcp, [::]`, then `:11434->11434/tcp
    // banking_ollama`): each line that starts no row (no container ID) joined to the row before, at once where it goes on an address
    // (`[::]` + `:11434`), else as the next column. Only where every row of the block starts with an ID and some line does not.
    if (width >= 40 && /^\s*CONTAINER ID\s+\S/.test(line) && headerWords.test(line)) {
      const block: string[] = [];
      for (let k = i + 1; k < lines.length && lines[k]!.trim(); k++) block.push(lines[k]!);
      const id = /^\s*[0-9a-f]{12}\s/;
      // A row cut inside its PORTS cell (after `[::]`, `0.0.0.0`, a comma, `->` or `/tcp`), the next line no row of its own.
      const cut = /(?:\[::\]|0\.0\.0\.0|,|->|\/(?:tcp|udp))\s*$/;
      const goesOn = block.map((l, j) => j > 0 && !id.test(l) && cut.test(block[j - 1]!) && id.test(block[j - 1]!));
      if (id.test(block[0]!) && goesOn.some(Boolean) && block.every((l, j) => id.test(l) || goesOn[j])) {
        out.push(line);
        for (const [j, l] of block.entries())
          if (!goesOn[j]) out.push(l.trimEnd());
          else out[out.length - 1] = out.at(-1)!.trimEnd() + (/^\s*:\d/.test(l) ? '' : /,\s*$/.test(out.at(-1)!) ? ' ' : '   ') + l.trim();
        i += block.length;
        continue;
      }
    }
    // cw46: a table the terminal wrapped at its width with each line's rest indented on the next line (a status report's `docker
    // compose ps`, h43-report53888613866: `NAME  IMAGE  COMMAND  SERVICE`, then `   CREATED  STATUS  PORTS`; each row's
    // `ai-datasquiz-grafana-1  grafana/grafana:latest  "/run.sh"  grafana`, then `   4 hours ago   Restarting (1) 49 seconds ago`):
    // every indented line goes on the line before it, that one padded to the header's first part, so the cells stand under their
    // headers again (docker/compose cmd/compose/ps.go and docker/cli's formatter print every row on one line).
    const rest = lines[i + 1];
    if (
      /^(?:NAME|CONTAINER ID)\s+\S/.test(line) &&
      composeHeader.test(line) &&
      rest &&
      /^\s+\S/.test(rest) &&
      composeHeader.test(rest) &&
      composeHeader.test(line + rest) &&
      pairs(lines, i)
    ) {
      const w = line.length;
      let k = i;
      for (; k < lines.length && lines[k]!.trim(); k++)
        if (k > i && /^\s/.test(lines[k]!)) out[out.length - 1] = out.at(-1)!.padEnd(w) + lines[k]!;
        else out.push(lines[k]!);
      i = k - 1;
      continue;
    }
    // The header's first part, the rest of its words (a word cut where the console wrapped it) on the next line.
    if (!(width >= 40 && /^\s*CONTAINER ID\s+\S/.test(line) && lines[i + 1]?.trim() && headerWords.test(line + lines[i + 1]))) {
      const fields = /^\s*CONTAINER ID\b/.test(line) ? fieldLines(lines, i, width) : undefined;
      if (fields) {
        out.push(...fields.rows);
        i = fields.end - 1;
      } else out.push(line);
      continue;
    }
    // cw41: a copy that lost the wrapped lines' trailing spaces (a README's block, km1729/python: `… STATUS`, `PORTS   NAMES`, then
    // each row's `f38ab3a0b312 … Up 2 seconds` and `0.0.0.0:80->80/tcp   web`): every row two lines, its first starting with the
    // container's ID, parts shorter than the width. Each first part padded to one width, so the second parts start at one column.
    const block: string[] = [];
    // cw62: up to the next command at its prompt too (PowerShell's `PS C:\wip> docker port …` right under the table, moby/moby#27762).
    for (let k = i; k < lines.length && lines[k]!.trim() && !(k > i && /^PS [^>]*> |^\S*[$#] (?:sudo )?docker /.test(lines[k]!)); k++)
      block.push(lines[k]!);
    const id = /^[0-9a-f]{12}\s/;
    if (
      block.length >= 4 &&
      block.length % 2 === 0 &&
      block.every((l, j) => j < 2 || (j % 2 === 0) === id.test(l)) &&
      block.some((l, j) => j % 2 === 0 && l.length !== width)
    ) {
      // cw62: a header whose second part starts with spaces (`PORTS`, then `          NAMES`: moby/moby#27762, Windows' console at
      // 120 columns) was cut inside its padding at the console's width, which the longest first part shows (a row's `0.0.0.0:4000->4`,
      // then `000/tcp   clever_einstein`): every first part padded to that width, the second part going on where the console cut it.
      // A row cut inside a port (`…->4`, then `000/tcp`) shows it too, also when the header's indent was lost (a blank line after
      // every line, then dedented): the header's rest then goes where the rows' last cell starts.
      const cutIn = block.some(
        (l, j) => j > 1 && j % 2 === 0 && /(?:->|:)\d*$/.test(l.trimEnd()) && /^\d*\/(?:tcp|udp|sctp)\b/.test(block[j + 1]!),
      );
      const atWidth = /^\s/.test(block[1]!) || cutIn;
      const w = Math.max(...block.filter((_, j) => j % 2 === 0).map((l) => l.trimEnd().length)) + (atWidth ? 0 : 3);
      const nameAt = /^\s/.test(block[1]!) || !cutIn ? 0 : block[3]!.search(/\S+\s*$/);
      // cw177 (stop 57): a row broken inside its arrow (`0.0.0.0:32770-`, then `>80/tcp   web`: a page wraps at the hyphen of
      // DisplayablePorts' `->`) goes on at once, one cell again.
      const inArrow = (a: string, b: string) => /:\d{1,5}-$/.test(a.trimEnd()) && /^>\d/.test(b.trimStart());
      for (let j = 0; j < block.length; j += 2)
        out.push(
          j > 0 && inArrow(block[j]!, block[j + 1]!)
            ? block[j]!.trimEnd() + block[j + 1]!.trimStart()
            : block[j]!.trimEnd().padEnd(w) + (j === 0 ? ' '.repeat(Math.max(nameAt, 0)) : '') + block[j + 1]!,
        );
      i += block.length - 1;
      continue;
    }
    const fields = fieldLines(lines, i, width);
    if (fields) {
      out.push(...fields.rows);
      i = fields.end - 1;
      continue;
    }
    // The header and each row: a part as long as the width goes on in the line after it (a row of twice the width, in three).
    for (let k = i; k < lines.length && lines[k]!.trim(); k++) {
      let row = lines[k]!;
      for (let part = row; part.length === width && lines[k + 1]?.trim();) row += part = lines[++k]!;
      out.push(row);
      i = k;
    }
  }
  return out;
}

/**
 * cw44: a table wrapped at a narrower width than its rows' parts, each field or two on a line of its own (a lab report's block copied
 * from Windows' console: `CONTAINER ID   IMAGE   STATUS`, `PORTS`, `NAMES`, then `a9fa9f96d302   nginx`, `Exited (1) About a minute
 * ago`, `load-balancer`; a port cut at its slash, `127.0.0.1:4566->4566` then `/tcp, 5678/tcp`): the header's lines (header words
 * only, two or more) and each row's lines, from one container's ID to the next, joined; their columns lost, the spaces collapsed, as
 * the collapsed-table reader reads a chat's copy (docker/cli's formatter prints every row on one line). Not a console's wrap at the
 * header's width (rows' first parts as long as it: unwrapTables' own).
 */
const atPrompt = /^PS [^>]*> |^\S*[$#] (?:sudo )?docker /;
function fieldLines(lines: string[], i: number, width: number): { rows: string[]; end: number } | undefined {
  const id = /^[0-9a-f]{12}\s/;
  const head: string[] = [];
  let k = i;
  for (; k < lines.length && lines[k]!.trim() && headerWords.test(lines[k]!); k++) head.push(lines[k]!.trim());
  const rows: string[][] = [];
  let long = false;
  // cw177 (stop 57): up to the next command at its prompt (cw62's stop in unwrapTables, `$ sudo docker inspect …` right under the
  // rows of a note): a shell prints its prompt on a line of its own after the command's output, so it is no part of a row. Nor is
  // a line with a letter outside ASCII (a note's sentence in Chinese between the rows and the next command): every cell of docker
  // ps is ASCII but the formatter's `…` (moby daemon/names.go validContainerNamePattern `[a-zA-Z0-9][a-zA-Z0-9_.-]`, image
  // references of distribution/reference, the status and ports docker/cli prints).
  const notRow = (l: string) => atPrompt.test(l) || /(?![a-zA-Z])\p{L}/u.test(l);
  for (; head.length >= 2 && k < lines.length && lines[k]!.trim() && !(rows.length && notRow(lines[k]!)); k++)
    if (id.test(lines[k]!)) {
      rows.push([lines[k]!.trim()]);
      long ||= lines[k]!.length === width;
    } else if (rows.length) rows.at(-1)!.push(lines[k]!.trim());
    else break;
  if (!rows.length || !rows.some((r) => r.length > 1) || long) return undefined;
  // cw177 (stop 57): a port broken inside its arrow (`0.0.0.0:49154-`, then `>5000/tcp`: a page or a PDF wraps at the hyphen of
  // docker/cli formatter DisplayablePorts' `->`) is one cell again, as `->` then the port (cw44) is; also when the copy took the
  // `>` at the line's start for a Markdown quote's mark (a blank line before it): DisplayablePorts ends a host port in `-` only
  // inside its arrow (a range is `8000-8010`).
  const join = (parts: string[]) =>
    parts
      .reduce(
        (a, b) =>
          a +
          (/^\/(?:tcp|udp|sctp)\b/.test(b) || /->$/.test(a)
            ? ''
            : /:\d{1,5}-$/.test(a) && /^>?\d{1,5}\/(?:tcp|udp|sctp)\b/.test(b)
              ? b.startsWith('>')
                ? ''
                : '>'
              : ' ') +
          b,
      )
      .replace(/\s{2,}/g, ' ');
  return { rows: [join(head), ...rows.map(join)], end: k };
}

/**
 * NUL and other control characters (not tab or line ends) mean a binary file, not terminal text. Not U+FFFD: a character
 * that lost its encoding on the way (curly quotes as `���` in a 2016 issue, dchqinc/dchq-on-premise-issue-tracker#12; accents
 * of a terminal in Latin-1) leaves the text around it whole, and binary bytes bring control characters with them.
 */
export function isBinary(text: string): boolean {
  const bad = text.match(/[\0-\x08\x0e-\x1f\x7f]/g);
  return bad !== null && bad.length > text.length / 50;
}

/*
 * Prompts the learner may paste along: `$ `, `% `, `PS C:\Users\me> `, `me@host:~/dash-app$ `,
 * `[me@host dash-app]$ `, macOS's `host:dir me$ ` and BusyBox's `host:~ $ `, zsh's `➜  dash-app ` and pure's `❯❯❯ `, Kali's `└─$ `. `# ` and `> ` are also Markdown
 * and log text, so they only count as a prompt when a docker command follows.
 */
// cw77: a prompt of words, NAME on|in|at FOLDER then `$` or `%` (clue/docker-adminer#2's `mathieu on ~ $ docker.io run …`, then
// `mathieu on ~ $ wget …`; zsh themes' `kim in ~/work %`): a folder after the word (`~` or a path), so never a sentence's words.
// Or the folder alone first (`~ $ podman run …`, meshtastic/web#368; BusyBox ash's `\w $` without its host).
// cw34: after a Python virtualenv's or conda's name, which their activate scripts put before the shell's prompt (virtualenv
// activate.sh `PS1="(${VIRTUAL_ENV_PROMPT}) ${PS1:-}"`, conda's `(base) `; stored readme 17588529337's `(tutorial-env)
// meghana@…:~/Cloud/Understanding_micro$ docker run -d …`).
// cw81: and a part in parentheses between the folder and `$`: Cloud Shell's project (`me@cloudshell:~/helloworld-python (my-proj)$`,
// googlecodelabs/feedback#887), git's __git_ps1 branch (contrib/completion/git-prompt.sh, PS1='\u@\h:\w$(__git_ps1 " (%s)")\$ ').
// cw110: oh-my-zsh's default theme with its arrow lost in the copy (themes/robbyrussell.zsh-theme: PROMPT `➜  %c` then git_prompt_info:
// ZSH_THEME_GIT_PROMPT_PREFIX `git:(`, the branch, CLEAN `)` or DIRTY `) ✗`, SUFFIX a space; the arrow is a coloured glyph that some
// copies drop): the folder's
// name, then `git:(branch) ` and the dirty mark (devopsacademyau's starkmatt notes: `starkmatt git:(starkmatt/c05-compose01) ✗ curl …`).
// cw195 (stop 59): and GitHub's mask of what looks like an e-mail address in a reply sent by mail (`***@***.***`, which the markdown
// reading leaves as `*@*.***`): a `user@host:/path# ` prompt so masked is still one.
// cw203 (stop 60): the second line of a two-line prompt drawn with a rounded corner as well as Kali's square one: oh-my-zsh's
// bira theme (themes/bira.zsh-theme: PROMPT `╭─${user_host}…` then `╰─%B${user_symbol}%b `, `$` or `#`) and Garuda Linux's
// Starship config (`[character] success_symbol = " [╰─λ](bold red)"`): `╰─λ sudo docker inspect …` under `╭─me@host in repo: …`
// (lucaslorentz/caddy-docker-proxy#601). The lambda only with a space after it (a tree's `╰─λd` node is no prompt).
// cw199 (stop 59): macOS's zsh prompt (/etc/zshrc since Catalina: `PS1="%n@%m %1~ %# "`) in a folder whose name has spaces: zsh's
// `%1~` prints the last component of the working directory as it is, spaces kept (zshmisc(1) "Prompt sequences"), so
// `me@Mac-mini Assign-1 my-webapp % docker run …`. Two to four words of folder, then `% `, only before a docker command.
const prompt =
  /^(?:\([\w.-]{1,40}\) )?(?:PS [^>]*> ?|[A-Z]:\\[^>]*> ?|\[[^\]]*\][$#] ?|(?:[\w.-]+@[\w.-]+| ?\*{1,3}@\*{1,3}\.\*{1,3})(?:[: ][^\s$#]*)?(?: \([^\s()]{1,60}\))?\s?[$#%] ?|[\w.-]+@[\w.-]+ [^\s$#%]+(?: [^\s$#%]+){1,3} % ?(?=(?:sudo +)?docker(?:-compose)? )|[\w.-]+@[\w.-]+ [^\s>]*> |[\w.-]+:[^\s$]* (?:[\w.-]+)?\$ ?|[└╰]─(?:[$#] ?|λ )|➜ +\S+ +(?:git:\([^)]*\) +(?:✗ +)?)?|[\w.-]{1,60} +git:\([^\s()]{1,100}\) +(?:✗ +)?|[$%] ?|❯{1,3} ?|[\w.-]{1,40} (?:on|in|at) [~/][^\s$%]{0,80} [$%] ?|~[^\s$%]{0,80} [$%] ?)/;
// A bare folder before `$` (`db$ docker network ls`, docker/compose#3040) also only before a docker command.
// cw43: and a prompt of the learner's own ending in `:` (a saved macOS Terminal session's `bradsimpson@ ~:docker container run …`,
// PS1 `\u@ \w:`), also only before a docker command.
// Stop 54: and fish's own prompt without its login (fish 3.1's share/functions/fish_prompt.fish: `echo -n -s (prompt_pwd)
// (fish_vcs_prompt) $prompt_status $suffix " "`: the shortened folder, fish_git_prompt's ` (main)`, __fish_print_pipestatus' ` [0|1]`
// after a failing command, then `>`, or `#` for root: `~/t/firegex (main) [0|1]> docker ps -n 1`), also only before a docker command.
const rootPrompt =
  /^(?:[#>]|[\w.-]{1,60}\$|[\w.-]{1,60}@ ?[^\s:$#%>]{0,80}:|[~/][^\s$#%>]{0,100}(?: \([^\s()]{1,60}\))?(?: ?\[\d{1,3}(?:\|\d{1,3}){0,8}\])?[>#]) ?(?=(?:sudo )?docker)/;
// Stop 55: a prompt of root's own shell, where a user's `sudo -i`, `sudo su` or `su -` leads (bash's PS1 `\$` prints `#` for uid 0:
// `[root@node01 ~]#`, `root@host:~#`; the `[\u@\h \W]\$` of Fedora/CentOS and the `\u@\h:\w\$` of Debian/Ubuntu): what runs there
// runs as root, as under sudo (CONVENTIONS §2.1 cw44). Not a container's own root prompt (`root@1654c7f7fe27:/#`, cw43's inside).
const rootShell = /^(?:\[root@[\w.-]{1,64}(?: [^\]]{0,100})?\]#|root@(?![0-9a-f]{12}:)[\w.-]{1,64}(?::[^\s#$]{0,100})?#)$/;
// `$ ` and `% ` indented by two spaces or more (a Markdown or reStructuredText code block: docker's port reference, stored file
// 2333477194; moby/moby#23087), only before a docker command; hello-world's own ` $ docker run -it ubuntu bash` has one space.
// cw40: a user@host prompt so indented too (a tutorial's notes kept in a source file's comment, stored file 41119904607:
// `\t\t\trunoob@runoob:~$ docker port adoring_stonebrake 5000` under a sentence).
// cw168 (stop 55): also the bracketed prompt of Fedora's, CentOS's and RHEL's bash (/etc/bashrc PS1 `[\u@\h \W]\\$ `: `[root@host ~]# `,
// `[me@host app]$ `) so indented (a Chinese blog's notes that indent every block by tabs under an indented sentence, where
// dedent() keeps the nesting): the prompt a line at the margin has (`prompt`'s `[…]#`), only before a docker command.
// cw191 (stop 59): or before a Docker-compatible CLI's (podman, nerdctl, finch: cw70 reads their commands as docker's), as a list
// item's continuation indents it (containers/podman#11004's step `3. Run:`, then `   $ podman port -a` outside any fence: the poster's
// earlier fence left open made this one close it).
const blockPrompt = new RegExp(
  String.raw`^(?: {2,}|\t)\s*(?:\[[\w.-]{1,64}@[\w.-]{1,64}(?: [^\]]{0,100})?\][$#] ?|[\w.-]+@[\w.-]+(?::[^\s$#]*)?[$#] ?|[$%] ?)(?=(?:sudo )?(?:docker|(?:${compatibleNames}) ))`,
);
// cw77: also Ubuntu 14.04's and Debian's `docker.io` (the package's binary, /usr/bin/docker.io, before it was linked to docker;
// docs.docker.com's Ubuntu 14.04 page: `sudo ln -sf /usr/bin/docker.io /usr/local/bin/docker`): Docker's own client, read as docker.
// cw156 (stop 52): also with docker's global options that take a value before the command (docker/cli cli/flags/options.go
// ClientOptions.InstallFlags: `-H`/`--host`, `-c`/`--context`, `--config`, `-l`/`--log-level`; `docker -H tcp://master:4000 run …`, a
// remote daemon's or classic Swarm's endpoint): the command after them is docker's, as verbOf (later-state.ts) reads it.
const dockerCmd =
  /^(?:sudo +|winpty +)?docker(?:-compose)?(?:\.exe|\.io)?(?: +(?:-H|--host|-c|--context|--config|-l|--log-level)(?: +|=)[\w.:/@=-]{1,200})* +[a-z]/;
/**
 * cw102: a sentence that starts with the word docker, no prompt before it (kfei/docktorrent#13: "docker container works fine, but in
 * nginx error.log file is coming the error "bind() to 0.0.0.0:80 failed (98: Address already in use)" each second, …"): the word
 * after docker (or after its management command) is no command of docker/cli's, Compose's or their subcommands' (cobra finds none),
 * and the line reads as prose (a comma before a word, or a sentence's end). A line with no sentence's shape stays a command (a typo:
 * docker answers it). Also after a prompt (the lead, at stop 41's merge): the copying habit that puts one before each line starting
 * with docker (habits.ts `prompt`) made the sentence a command again; no one types a sentence at a prompt, and docker's own answer to
 * a typo below it is read either way.
 */
const dockerVerbs = new Set(
  (
    'attach build builder buildx checkpoint commit compose config container context cp create diff events exec export history image images ' +
    'import info init inspect kill load login logout logs manifest network node pause plugin port ps pull push rename restart rm rmi run ' +
    'save scout search secret service stack start stats stop swarm system tag top trust unpause update version volume wait ls list prune ' +
    'connect disconnect df up down scale watch ai debug desktop extension sbom scan model mcp offload help alpha convert publish'
  ).split(' '),
);
const dockerInDocker = new RegExp(
  String.raw`^docker (?:container )?run(?: +(?:--?(?:v|volume|e|env|name|network|net|w|workdir|u|user|env-file|mount|h|hostname|platform|l|label|add-host|dns|m|memory|cpus|group-add|p|publish|expose|link|restart|pull|gpus|ipc|pid|shm-size|log-driver)(?: +|=)\S+|-[a-zA-Z]{1,6}|--(?!entrypoint)[a-z][\w-]{1,30}(?:=\S+)?))* +(?:docker\.io\/)?(?:library\/)?docker(?::[\w.-]{1,60})? +([a-z][\w-]{1,20})((?: .*)?)$`,
);
// cw173 (stop 56): or a report's label, the command's name and a colon before its answer on the same line (a setup script's `docker
// version: Docker version 19.03.13, build …`, `docker-compose version: docker-compose version 1.27.4, …`): no docker verb is typed with a
// colon after it (cobra would refuse `version:` as an unknown command), so the line is the script's output, its answer after the colon.
// Not after a prompt (a copy that puts one before each docker line, habits.ts prompt, keeps the answer the line had).
const reportLabel = /^(?:sudo +)?docker(?:-compose)? +[a-z][\w-]*: +\S/;
const toldDocker = (line: string) => {
  const m =
    /^(?:sudo +|winpty +)?docker(?:-compose)?(?:\.exe|\.io)? +(?:(?:container|image|network|volume|system|compose|builder|context|plugin) +)?([a-z][\w-]*)\b/.exec(
      line,
    );
  return (
    (!!m && !dockerVerbs.has(m[1]!) && line.length < 2000 && (/,\s+\p{L}/u.test(line) || /\p{L}{2}[.!?]\s*$/u.test(line))) ||
    dockerSaid.test(line)
  );
};
/**
 * cw169 (stop 56): a program's own message that starts with the word docker, printed bare on its line: docker/buildx
 * store/storeutil/storeutil.go GetCurrentEndpoint's `docker endpoint for %q not found` (Compose v2's build, `docker buildx`). Its
 * output, never a command (no docker/cli command is named endpoint), read by the error rules (parse-errors.ts).
 */
const dockerSaid = /^docker endpoint for "[^"\s]{1,100}" not found\s*$/;
/**
 * cw73: a themed shell's prompt, by its shape: a symbol first (no letter, digit or ASCII), then up to five words of folder, branch
 * and marks, only before a docker command. oh-my-zsh's cloud theme (`☁  exercises [main] ⚡  docker-compose … up -d`, flataex/
 * docker-study's notes), its lambda (`λ ~/app/ `, a letter but no word), agnoster's powerline glyphs (U+E0B0), a `▶ `, a `→ dash-app `.
 * cw77: a folder as a path (`~` or `/` first) may hold dots, which a sentence's word may not (luis-nvrrdwd/devops-with-docker's
 * `\uf31b \ue0b0 \uf07c ~/c/devops-with-docker/exercise1.7 \ue0b0 docker run web-server`, nerd-font glyphs; `~/go/src/github.com/…`).
 */
const symbolPrompt =
  /^\s{0,4}(?:[^\x00-\x7F\p{L}\p{N}\s]{1,3}|λ)\s+(?:[~/]\S{0,100}\s+|[^\s.!?]{1,60}\s+){0,5}(?=(?:sudo +)?docker(?:-compose)?(?:\.exe|\.io)? +[a-z])/u;

/**
 * cw148 (stop 50): agnoster's prompt (ohmyzsh themes/agnoster.zsh-theme, and the powerline themes after it: powerlevel9k/10k) with
 * its separator glyphs lost in the copy: prompt_segment prints each segment as ` <text> ` and SEGMENT_SEPARATOR (U+E0B0, a private-use
 * glyph many copies drop) between them, prompt_context the user (`%n@%m`, or the user alone in the themes that shorten it), prompt_dir
 * the folder (`%~`), prompt_end a last separator and a space. Without the glyphs: the user, two spaces or more where one stood, the
 * folder as a path (`~` or `/` first), then the command (an in28minutes learner's notes: `<user>  ~ docker run -p 5001:5000 …`). Only
 * before one of docker's own commands (verbAfter), as symbolPrompt; a sentence has no run of spaces before a path.
 */
const bareSegmentPrompt = /^\s{0,2}[\w.-]{1,40}(?:@[\w.-]{1,60})? {2,4}[~/][^\s$#%]{0,100} {1,4}(?=(?:sudo +)?docker(?:-compose)? +[a-z])/;

/**
 * cw116: a code block's caption joined to the block's `$ ` prompt (a course page's titled blocks copied as text, the caption's
 * element and the block's first line run together: ve2cuy's 4204d4 notes, `alpine de façon éphémère (--rm)$ docker run -it --rm
 * alpine`, `docker network ls$ docker network ls`): a `$` right after the caption's last character, then a space and one of docker's
 * own commands (dockerVerbs below, so no sentence's `$` before other words). No `$` in the caption (a shell variable is no caption),
 * at most 200 characters: one pass, no backtracking.
 */
const captionPrompt = /^[^$\n]{1,200}?[^\s$]\$ (?=(?:sudo +)?docker(?:-compose)? +[a-z])/;
/**
 * cw124: upstart's status of its docker job, which `service docker restart` (and `initctl`, `start docker`) prints on Ubuntu 14.04
 * (upstart initctl.c: `JOB GOAL/STATE[, process PID]`, `docker stop/waiting`, `docker start/running, process 3884`): output, no command.
 */
const upstartStatus = /^docker (?:start|stop)\/[a-z-]{3,12}(?:, process \d{1,7})?\s*$/;
const verbAfter = (m: RegExpExecArray | null) =>
  m && dockerVerbs.has(/^(?:sudo +)?docker(?:-compose)? +([a-z][\w-]*)/.exec(m.input.slice(m[0].length))?.[1] ?? '') ? m : undefined;

/**
 * cw70, cw77, stop 48: a Docker-compatible CLI's command that prints what docker's prints (Podman's, nerdctl's, Finch's `run`, `ps`,
 * `port`, `logs`, `inspect`, `network ls`), read as docker's and never an ok (check.ts). Not `version`/`info` (their engine is no Docker's).
 * cw142: also where it is typed as docker's commands are, with no prompt: a line of its own, a list's step, a code span after the step's
 * verb (containerd/nerdctl#4246's ``1. Run `sudo nerdctl run -d -p 8080:80 --name=nginx --restart=always nginx` ``; rancher-desktop#1411's
 * ``1. `nerdctl run -p 8080:80 nginx` ``). nerdctl's own run takes docker's flags (containerd/nerdctl cmd/nerdctl/container/container_run.go
 * `cmd.Flags().StringSliceP("publish", "p", …, "Publish a container's port(s) to the host")`, `--name`, `-d`), so its mapping answers
 * as docker run's. A word that starts a sentence ("podman is …") has no such command after it.
 */
const compatibleCmd = new RegExp(
  String.raw`^(?:sudo +)?(${compatibleNames})(?= +(?:port|ps|logs|inspect|run|container +(?:ls|ps|list|port|logs|inspect|run)|network +(?:ls|list|inspect))\b)`,
);

/**
 * What leads a command that a step, a heading or a runner's echo names (segments below): a report's `## docker …` heading, a list's
 * mark and the step's verb, Task's and scripts' echoes.
 */
const stepLead = new RegExp(
  String.raw`^(?:#{2,6} +(?=(?:sudo +)?docker(?:-compose)? +(?:ps|images|info|version|port|logs|inspect|top|(?:network|volume|context|image|container|system|compose) +(?:ls|list|ps|inspect|show|df|info|logs|port|version|config|images|top))(?: +--?[a-z][\w-]{0,30})*(?: +[\w.:/-]{1,100})?(?: +--?[a-z][\w-]{0,30})*\s*$)|(?:\d{1,2}[.)] *|\d{1,2} (?=(?:sudo +)?docker(?:-compose)? )|[-*+] +)(?:(?:then |and )?(?:run|execute|type|enter)\s+)?\`?|(?:then |and )?(?:run|execute|type|enter|using)\s+\`|task: \[[^\]\s]{1,60}\] +|(?:Running|Executing|Exec|Command|Run(?:ning)? command) ?: +)(?=(?:sudo +)?(?:docker(?:-compose)?|${compatibleNames}) +[a-z])`,
  'i',
);

/**
 * cw164 (stop 55): a docker command run on another machine through OpenSSH (`ssh [options] [user@]host "docker ps …"`; ssh(1): "If a
 * command is specified, it will be executed on the remote host instead of a login shell", its output printed here): the command is
 * docker's, what follows is what it printed. ssh.c's getopt string tells its options: `-o option`, and those that take an argument
 * (`-p port`, `-i identity_file`, `-l login_name`, `-J destination` …) or none (`-t`, `-q`, `-4` …). The remote command quoted whole
 * (its pipe runs there) or its words bare. Only a docker command (or sudo's) as the remote command's first word.
 */
const sshRemote =
  /^((?:.{0,200}?[$#%>] )?)(?:sudo +)?ssh(?: +(?:-[1246AaCfGgKkMNnqsTtVvXxYy]{1,12}|-[BbcDEeFIiJLlmOoPpQRSWw] *[^\s"']{1,300}))* +(?:[\w.-]{1,64}@)?[\w.:[\]-]{1,253} +(?:(["'])((?:sudo +)?docker(?:-compose)? [^\n]{1,2000})\2|((?:sudo +)?docker(?:-compose)? [^"'\n]{1,2000}))\s*$/;
function remoteDocker(line: string): string {
  const m = line.length < 3000 && /\bssh /.test(line) ? sshRemote.exec(line) : null;
  return m ? `${m[1]}${(m[3] ?? m[4])!.trim()}` : line;
}
/**
 * cw164 (stop 55): a caption alone on its line, the writer's label of the output below: a report's nouns only (Output, Result). A
 * learner's verb so placed (`show:`, h77-puter3191) keeps the answer it had: the lines under it are read as before.
 */
const outputCaption = /^\s*(?:Output|Results?)\s{0,3}:\s*$/i;

// cw177 (stop 57): docker port's command with its output run onto the line (segments): the command, its container (a word, or a
// placeholder of up to three words), the port asked, then only bindings (`80/tcp -> 0.0.0.0:32768`) or, with the port asked, host
// addresses (`0.0.0.0:32768`, `[::]:32768`).
const hostSide = String.raw`(?:[\d.]{7,15}|\[[\da-f:]{2,39}\]|::):\d{1,5}`;
const portGlued = new RegExp(
  String.raw`^(docker (?:container )?port) (\S+(?: \S+){0,2}?)(?:( \d{1,5}(?:\/(?:tcp|udp|sctp))?)((?: +${hostSide})+)|((?: +\d{1,5}\/(?:tcp|udp|sctp) -> ${hostSide})+))\s*$`,
);
export function segments(text: string): Segment[] {
  const out: Segment[] = [{ cmd: '', lines: [] }];
  for (const said of text.split('\n')) {
    // cw47: a command named by its output's title (moby's and docker/compose's issue templates: `**Output of \`docker version\`:**`;
    // docker/compose#2949's `**Output of docker inspect --format='{{json .NetworkSettings.Networks}}' b774f0c9cf75 | jq**`, its bold
    // gone with unmark's): the command line above its output.
    const titled = /^\s*(?:Output|Results?) of:?\s+`?((?:sudo +)?docker(?:-compose)?\s[^`]{1,300}?)`?\s*:?\s*$/i.exec(said);
    const line = remoteDocker(titled ? `$ ${titled[1]}` : said);
    // A docker command as a Markdown list's item (`  2. \`docker run …\``, for-mac#1675's steps to reproduce): the command.
    // cw62: also after the step's verb (docker/cli#2148's steps to reproduce: ``3. run `docker run --name nodetest-image -p
    // 127.0.0.1::9229 -P -dt nodetest-image` to start the container``).
    // cw93: or as a runner echoes the command it runs before its output: Task's `task: [docker] docker-compose -p eda … up --detach`
    // (go-task's logger, `task: [%s] %s`; ansible/eda-server#895), a script's `Running: docker compose -p localai … up -d`
    // (coleam00/local-ai-packaged#35's start_services.py), `Executing:`; bash's xtrace `+ docker …` is the list mark above.
    // cw113: or as a report's Markdown heading over its output (`## docker network ls`, then a ```text block: a diagnostics script's
    // layout, h92-notes68695215572's Colima report; `### docker ps -a`): a heading that is one of docker's commands that only show
    // (listings, inspect, logs, versions), its flags and at most one name, nothing else (`## docker logs are empty` is prose).
    // cw166 (stop 55): a list's step whose number has no mark (`1 docker run …`, as above for its continued lines).
    const start = line.trimStart().replace(stepLead, '');
    // A prompt starts its line; `# docker …` and a command may be indented (a man page, a Markdown code block).
    const m =
      prompt.exec(line) ??
      blockPrompt.exec(line) ??
      rootPrompt.exec(start) ??
      symbolPrompt.exec(line) ??
      (verbAfter(bareSegmentPrompt.exec(line)) || null) ??
      (verbAfter(captionPrompt.exec(line)) || null);
    const rest = m ? (m.input === line ? line : start).slice(m[0].length).trim() : start;
    // cw40: docker port's output lines that an author marked with the prompt as well (stored readme 40873801867: `docker port
    // container-rails`, then `$ 22/tcp -> 0.0.0.0:49154`, `$ 3000/tcp -> :::49153`): its output, not commands.
    const last = out[out.length - 1]!;
    if (
      m &&
      /^docker (?:container )?port\b/.test(last.cmd) &&
      /^(?:\d{1,5}\/\w{3,4} -> )?(?:[\d.]{7,15}|\[?[\da-f:]{2,39}\]?):\d{1,5}$/.test(rest)
    ) {
      last.lines.push(rest);
      continue;
    }
    if (
      ((m && !toldDocker(rest)) ||
        (dockerCmd.test(start) && !toldDocker(start) && !reportLabel.test(start)) ||
        compatibleCmd.test(start)) &&
      !upstartStatus.test(m ? rest : start) &&
      out.length < maxSegments
    ) {
      // A prompt alone starts nothing; a prompt with a command starts its output. Output a chat collapsed onto
      // its command's line (`docker inspect x [ { "Name": …`) from its JSON on: Docker's keys are capitalised.
      // A command in a code span after its prompt (`$ \`docker ps\``, its closing backtick gone with unmark's): the command.
      // A command in a code span that a sentence goes on after (`` `docker-compose up` throws the error `no matching manifest …` ``,
      // FEMR/femr#712; unmark took its opening backtick): the command, then the sentence as a line that may quote the output. A
      // closing backtick with punctuation after it (`\`docker run -d img .\`, exposes no site`, gatsby-docker#13) ends the command too.
      // cw62: a shell's command substitution in backticks inside the command (takezoe's gist: ``docker run -v `pwd`:/home/jovyan/work
      // -p 10000:8888 …``) is no code span's end: read as `$(pwd)`, the same substitution (POSIX sh 2.6.3).
      const subst = rest.replace(/(?<=[\s=])`(\w[\w -]{0,38})`(?=[:/])/g, '$$($1)');
      // cw199 (stop 59): a report's line, the command in its code span and what it did after a colon, comma or semicolon, ASCII or
      // full-width (`` `docker compose up --build -d`：未完成；原始错误为 `…` ``, `` `docker compose up -d`: failed, the error was `…` ``):
      // the command, then the sentence as a line that may quote the output, as with a space.
      const [, span, said] = /^([^`]+)`(?:\s+|[:,;：，；]\s*)(\S.*)$/.exec(subst) ?? [];
      // cw92: `docker run` alone in a code span that a sentence goes on after (minio/minio#12830: "`docker run` result" above the
      // server's lines): the command named, no run line (one typed so has no image; Docker refuses it). The line is text.
      if (span && said && /^(?:sudo +)?docker(?: container)? (?:run|create)\s*$/.test(span.trim())) {
        out[out.length - 1]!.lines.push(line);
        continue;
      }
      const [typed = '', json] = (span ?? subst).replace(/^`+(?=[^`]+$)/, '').split(/ (?=(?:\[ ?)?\{ ?"[A-Z])(.*)/);
      // cw177 (stop 57): `docker port`'s output a chat, a forum or a one-line code block ran onto its command's line (`docker
      // container port <id> 80/tcp -> 0.0.0.0:32768`): docker/cli cli/command/container/port.go runPort prints each binding as
      // `fmt.Fprintf(dockerCli.Out(), "%s -> %s\n", …)`, `<port>/<proto> -> <host>:<port>`, a shape no argument of the command has
      // (`docker port CONTAINER [PRIVATE_PORT[/PROTO]]`); with the port asked, the host side alone (`net.JoinHostPort`, `0.0.0.0:32768`).
      // From the first such binding to the line's end, every word a binding's: that is its output. The container named by a
      // placeholder (`<container_id>`, `*insert id*`) names none.
      const glued = portGlued.exec(typed);
      // cw177 (stop 57): the same copy (a chat, a retold zsh session whose line breaks are gone) runs other output onto its command:
      // the daemon's refusal as docker/cli cli/command/container/run.go reportError writes it for run and create (`docker: ` and
      // the error, `Error response from daemon: …`, then `See 'docker run --help'.`), or docker ps' table from its header on
      // (cli/command/formatter/container.go defaultContainerTableFormat: `CONTAINER ID   IMAGE   COMMAND …`), which no argument of
      // the command is. Split there: the command, then its output as one line (the squashed table read as cw57's, parse-table.ts).
      const [runCmd = '', runOut] = glued
        ? []
        : /^(?:sudo +)?docker(?: container)? (?:run|create) /.test(typed)
          ? typed.split(/ (?=docker: Error response from daemon: )(.*)/)
          : /^(?:sudo +)?docker (?:ps|container (?:ls|ps|list))\b/.test(typed)
            ? typed.split(/ (?=CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES\b)(.*)/)
            : [];
      const cmd = glued ? `${glued[1]}${/^[\w.-]+$/.test(glued[2]!) ? ' ' + glued[2] : ''}${glued[3] ?? ''}` : runOut ? runCmd : typed;
      const gluedLines = !glued ? (runOut ? [runOut] : []) : glued[5] ? glued[5].match(/\d+\/\w+ -> \S+/g)! : glued[4]!.trim().split(/ +/);
      // cw70: Podman's commands that print what Docker's print (containers/podman: `podman port`, `ps`, `inspect`, `logs`, `network ls`
      // in docker/cli's formats, the reason podman-docker can alias docker; containers/podman-compose#1563's `podman port echo_web_1
      // 8080`, then `0.0.0.0:8080`): read as docker's, the segment marked, so that no ok comes of them (check.ts): the lessons use
      // Docker Engine. Not `podman version`/`info` (Podman's engine is no Docker's).
      // cw77: `podman run` too (containers/podman docs podman-run.1.md: docker run's options, -p's `8888:80/tcp`, and the new
      // container's ID printed; meshtastic/web#368 on a Raspberry Pi): its mapping answers as docker run's, never an ok.
      // Stop 48: nerdctl and Finch as well, containerd's CLIs made to take docker's commands and print docker's formats (containerd/
      // nerdctl's README: "Docker-compatible CLI for containerd"; runfinch/finch runs nerdctl; containerd/nerdctl#4000: `nerdctl run -d
      // --name nginx -p 8080:80 …`, then `nerdctl ps` in docker ps' table): read the same way, never an ok.
      const compatible = compatibleCmd.exec(cmd.trim())?.[1];
      if (rest)
        out.push({
          ...((/^sudo +/.test(cmd.trim()) || (m && rootShell.test(m[0].trim()))) && { sudo: true }),
          ...(compatible && { compatible }),
          ...(/^(?:sudo +)?winpty +docker/.test(cmd.trim()) && { winpty: true }),
          ...(titled && { titled: true }),
          // cw178 (stop 57): the daemon its global options or variables name (daemon-target.ts), before the options are taken off below.
          ...(targetOf(cmd) && { target: targetOf(cmd) }),
          ...(m && /^root@[0-9a-f]{12}:/.test(m[0]) && { inside: true }),
          ...(m && promptFolder(m[0]) && { folder: promptFolder(m[0]) }),
          ...(m && promptHost(m[0]) && { host: promptHost(m[0]) }),
          cmd: cmd
            .trim()
            .replace(/^sudo +/, '')
            .replace(/^\S+(?= )/, (w) => (w === compatible ? 'docker' : w))
            // cw67: Git Bash's `winpty docker run -it …` (mintty has no TTY of its own: docker/cli's "the input device is not a
            // TTY.  If you are using mintty, try prefixing the command with 'winpty'"): the docker command it runs.
            .replace(/^winpty +(?=docker)/, '')
            // cw77: Ubuntu 14.04's `docker.io` binary is Docker's client (dockerCmd above).
            .replace(/^docker\.io(?= )/, 'docker')
            .replace(/`(?:[\s.,;:!?)].*)?$/, '')
            // cw34: spaces typed twice between docker and its command (moby/moby#11520: `# docker  port bind9`), as the shell reads them.
            .replace(/^(docker(?:-compose)?(?:\.exe)?) {2,}(?=[a-z])/, '$1 ')
            // cw156 (stop 52): docker's global options before the command (dockerCmd above): the command as docker/cli runs it, against
            // whichever daemon they name; what it printed is that command's.
            .replace(/^docker(?: +(?:-H|--host|-c|--context|--config|-l|--log-level)(?: +|=)[\w.:/@=-]{1,200})+ +(?=[a-z])/, 'docker ')
            // cw156 (stop 52): the docker client run from Docker's own image (`docker run -it -v /var/run/docker.sock:/var/run/docker.sock
            // docker:cli inspect x`): docker-library/docker's docker-entrypoint.sh prepends `docker` when its first word is a docker
            // subcommand ("this allows for \"docker run docker ps\", etc"), so what it printed is that command's, as typed on the host.
            // Only docker run's own flags before the image (those that take a value by name; no --entrypoint, which skips the script).
            .replace(dockerInDocker, (all, verb: string, args: string) => (dockerVerbs.has(verb) ? `docker ${verb}${args}` : all)),
          lines: said ? [said] : json ? [json] : gluedLines,
        });
      // cw156 (stop 52): `docker port NAME` named in a sentence that quotes what it printed in a code span of its own (``the line
      // `80/tcp -> 0.0.0.0:32773` when running `$ docker port static-site` ``): docker/cli cli/command/container/port.go runPort prints
      // each binding as `<port>/<proto> -> <host>:<port>` (`fmt.Fprintf(dockerCli.Out(), "%s -> %s\n", …)`), a line no prose has; the
      // spans of that shape on the command's own line are its output, before the command or after it.
      // Not a line the learner expected or wished for ("should be", "I expected", "instead of"): what was printed is not shown then.
      const wish = /\b(?:should|expect(?:s|ed|ing)?|supposed to|instead of|would)\b/i;
      if (
        rest &&
        /^docker (?:container )?port [\w.-]+\s*$/.test(out.at(-1)!.cmd) &&
        line.length < 1000 &&
        line.includes('`') &&
        !wish.test(line)
      ) {
        const shown = [...line.matchAll(/`(\d{1,5}\/(?:tcp|udp|sctp) -> (?:[\d.]{7,15}|\[[\da-f:]{2,39}\]|::):\d{1,5})`/g)].map(
          (x) => x[1]!,
        );
        if (shown.length) Object.assign(out.at(-1)!, { lines: shown, retold: true });
      }
      // A bare prompt (`$ `, `me@host:~$`): the command above it finished, with what it printed, maybe nothing.
      if (!rest && m) out[out.length - 1]!.ended = true;
      // cw189 (stop 58): that bare prompt the container's own (`root@63124cb53c9f:/# ` under `docker run -it ubuntu bash`): the run
      // entered its container (later-state.ts: a run that worked).
      if (!rest && m && /^[\w.-]{1,32}@[0-9a-f]{12}:/.test(m[0])) out[out.length - 1]!.entered = true;
      continue;
    }
    // cw164 (stop 55): a report's caption alone on its line between a docker command and what it printed (`Command:`, the command's
    // block, then `Output:` and the output's block: an operator's step report): the writer's label, no line of the output.
    const own = out[out.length - 1]!;
    if (/^docker\b/.test(own.cmd) && own.lines.every((l) => !l.trim()) && outputCaption.test(line)) continue;
    own.lines.push(line);
  }
  return out.filter((s) => s.cmd || s.lines.some((l) => l.trim()));
}
