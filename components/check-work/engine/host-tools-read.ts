/*
 * cw33: what the host's own tools print beside Docker (host-tools.ts is the sweep), read in the reach chunk (step-reach.ts'
 * readers): who holds the lesson's host port, in every socket listing's layout. What a client got there and a port the learner's
 * own app cannot bind are host-clients.ts' (lesson 5's chunk reads them too). Each rule names its source. Imports types only: a
 * chunk takes what it uses of the entry as `lib`.
 */
import type { TextReader } from './read';
import type { Facts } from './types';

/** The lesson's host port (course.ts' dash-app publishes 8050:8050; lib.expected says so at run time, the rules need it as text). */
const host = 8050;

/**
 * Docker's own processes at a published port, by the name each tool prints: docker-proxy (moby cmd/docker-proxy; lsof cuts
 * COMMAND to 9 characters, `docker-pr`), Docker Desktop's com.docker.backend (`com.docke` in lsof, `com.docker.backe` in
 * macOS 13+'s netstat -anv process:pid, `com.docker.backend.exe` in tasklist), vpnkit (Docker for Mac/Windows before 4.x),
 * rootlesskit's port driver (`rootlessport`, cut `rootlessp`), Podman machine's gvproxy, WSL's localhost relay (wslrelay.exe).
 */
const dockerProcess =
  /^(?:com\.docke\S*|docker-pr\S*|dockerd|vpnkit\S*|rootless(?:p\S*|kit)|gvproxy\S*|wslrelay(?:\.exe)?|Docker Desktop(?:\.exe)?)$/i;

/** A holder of the host port from one listing's row: its program's name or its PID. */
type Row = { port: number; name?: string; pid?: string };

/**
 * One socket-listing row, each layout from its program's source or manual:
 * - lsof (lsof-org/lsof src/print.c print_file: COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME, NAME `*:8050 (LISTEN)`);
 * - iproute2's ss -ltnp (misc/ss.c: `LISTEN 0 4096 0.0.0.0:8050 0.0.0.0:* users:(("docker-proxy",pid=2345,fd=4))`, the
 *   Netid column first with -a);
 * - net-tools' netstat -tlnp (netstat.c: `tcp 0 0 0.0.0.0:8050 0.0.0.0:* LISTEN 2345/docker-proxy`);
 * - BSD/macOS netstat -an(v) (the port after a dot: `tcp46 0 0 *.8050 *.* LISTEN`, 13+'s process:pid `com.docker.backe:1453`);
 * - Windows' netstat -ano (`TCP 0.0.0.0:8050 0.0.0.0:0 LISTENING 11848`);
 * - PowerShell's Get-NetTCPConnection (`0.0.0.0 8050 0.0.0.0 0 Listen 11848`, MSFT_NetTCPConnection's table);
 * - psmisc's fuser (src/fuser.c: `8050/tcp:  2345`, -v's `8050/tcp:  root  2345 F.... docker-proxy`).
 */
function row(line: string): Row | undefined {
  // cw95: also indented, as a block of four spaces right under the sentence that shows it (no blank line between, so normalize.ts
  // keeps the indent: moby/moby#2174's "netstat -anp | grep docker-proxy | grep LISTEN reports:", then `    tcp6  0  0 :::6379 …`).
  const l = line.trim();
  let m = /^(\S{1,60}?)\s+(\d{1,7})\s+\S{1,32}\s+\w{1,8}\s+IPv[46]\s+\S+\s+\S+\s+TCP\s+\S*?:(\d{1,5})\s+\(LISTEN\)$/.exec(l);
  if (m) return { port: +m[3]!, name: m[1]!.replace(/\\x20/g, ' '), pid: m[2] };
  // cw38: lsof without -P names a port that /etc/services lists by its service (`TCP *:mysql (LISTEN)`, docker/for-mac#843's
  // `com.docke` at 3306): a row at another port than the lesson's, which has no name there (IANA lists none for 8050).
  m = /^(\S{1,60}?)\s+(\d{1,7})\s+\S{1,32}\s+\w{1,8}\s+IPv[46]\s+\S+\s+\S+\s+TCP\s+\S*?:[a-z][\w-]{0,30}\s+\(LISTEN\)$/.exec(l);
  if (m) return { port: -1, name: m[1]!.replace(/\\x20/g, ' '), pid: m[2] };
  // cw120: ss prints an IPv6 local address in brackets (misc/ss.c inet_addr_print: `[fc00:abcd::1]:1000`); a copy through text that
  // puts a space after each colon (docker/cli#2898's `[fc00: abcd::1]:1000`) keeps the brackets, so a bracket's spaces stay its own.
  m =
    /^(?:tcp\s+)?LISTEN\s+\d+\s+\d+\s+(?:\[[\da-fA-F:.%]{0,45}(?: [\da-fA-F:.%]{1,45}){0,7}\]|\S*?):(\d{1,5})\s+\S+(?:\s+users:\(\("([^"]{1,60})",pid=(\d{1,7}))?/.exec(
      l,
    );
  if (m) return { port: +m[1]!, name: m[2], pid: m[3] };
  m = /^tcp6?\s+\d+\s+\d+\s+\S*?:(\d{1,5})\s+\S+\s+LISTEN(?:\s+(\d{1,7})\/(\S{1,60}))?/.exec(l);
  if (m) return { port: +m[1]!, name: m[3], pid: m[2] };
  m = /^tcp(?:4|6|46)\s+\d+\s+\d+\s+\S*?\.(\d{1,5})\s+\S+\s+LISTEN\b(?:.*?\s([A-Za-z][\w.-]{0,40}):(\d{1,7})\s)?/.exec(l);
  if (m) return { port: +m[1]!, name: m[2], pid: m[3] };
  // cw105: Windows' netstat by its shape, not its words: a listening row's foreign address ends in port 0 (`0.0.0.0:0`, `[::]:0`),
  // whatever the State column says in the system's language (German `ABHÖREN`, Spanish `ESCUCHANDO`, Italian `IN ATTESA`), and
  // without -o (`netstat -a`, `-an`) the PID column is not printed (h86-vslinuxbuildbox4: `TCP 0.0.0.0:135 0.0.0.0:0 LISTENING`).
  m = /^\s*TCP\s+\S*?:(\d{1,5})\s+(?:[\d.]{7,15}|\[::\]):0\s+[^\d\s][^\d]{0,20}?(?:\s+(\d{1,7}))?$/.exec(l);
  if (m) return { port: +m[1]!, pid: m[2] };
  // cw105: PowerShell's MSFT_NetTCPConnection shown as an object, not a table (Group-Object's Group column, `Select -Expand`, an
  // error record): its InstanceID holds LocalAddress, LocalPort, RemoteAddress, RemotePort, joined by a separator the console may
  // print as `??` (docker/for-win#14859: `{MSFT_NetTCPConnection (InstanceID = "0.0.0.0??54798??0.0.0.0??0")}`, Bound ports).
  m = /MSFT_NetTCPConnection \(InstanceID = "[\d.:a-f%]{2,45}[^\w\s"]{1,3}(\d{1,5})[^\w\s"]{1,3}/.exec(l);
  if (m) return { port: +m[1]! };
  m = /^\s*[\d.:a-f]{2,39}\s+(\d{1,5})\s+[\d.:a-f]{2,39}\s+\d{1,5}\s+Listen\s+(?:\w+\s+)?(\d{1,7})$/.exec(l);
  if (m) return { port: +m[1]!, pid: m[2] };
  m = /^(\d{1,5})\/tcp:\s+(?:[a-z_][\w-]{0,31}\s+)?(\d{1,7})(?:\s+[Fercfm.]{1,6}\s+(\S{1,60}))?$/.exec(l);
  if (m) return { port: +m[1]!, name: m[3], pid: m[2] };
  // cw62: Docker's proxy in a process listing (ps -ef, ps aux, pgrep -a, a process's command line: moby/moby#20243's `ps -aef | grep
  // proxy`, `root 23309 14084 0 08:31 ? 00:00:00 docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8090 -container-ip 172.17.0.2
  // -container-port 80`): moby's cmd/docker-proxy takes the published host port as -host-port (its flags since Docker 1.7), one
  // process for each published port. Its PID is ps' second column, pgrep's first, and ps ax's first (procps' BSD layout: `9241 ?  Sl
  // 0:00 /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 9292 …`, PID TTY STAT TIME COMMAND).
  m =
    /^(?:\S{1,32}\s+(\d{1,7})\s.{0,120}?|(\d{1,7})\s(?:.{0,120}?\s)?)?(?:\/\S{0,80}\/)?docker-proxy\s.{0,200}?-host-port[ =](\d{1,5})\b/.exec(
      l,
    );
  if (m) return { port: +m[3]!, name: 'docker-proxy', pid: m[1] ?? m[2] };
  // Docker's NAT rule for a published port, which dockerd writes into iptables' DOCKER chain (moby libnetwork's portmapper/iptables):
  // `iptables -nvL -t nat`'s `DNAT  tcp  --  !docker0 *  0.0.0.0/0  0.0.0.0/0  tcp dpt:8090 to:172.17.0.2:80`, iptables-save's
  // `-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8090 -j DNAT --to-destination 172.17.0.2:80`: the host port is Docker's.
  m =
    /\bDNAT\s+tcp\b.{0,160}?\bdpt:(\d{1,5})\s+to:[\d.]{7,15}:\d{1,5}\b|^-A DOCKER\b.{0,120}?--dport (\d{1,5}) -j DNAT --to-destination [\d.]{7,15}:\d{1,5}\b/.exec(
      l,
    );
  if (m) return { port: +(m[1] ?? m[2])!, name: 'dockerd' };
}

/**
 * Docker's proxy read through two copying habits (corpus/habits.ts lossyHabits): a row a console hard-wrapped at its width (`… -host-ip
 * 0.0.0.0 -ho`, then `st-port 9292 …`: read with the next line, as read.ts reads a wrapped error), and a paste whose line breaks were all
 * lost, where the process's row is somewhere in one long line: found by the flags moby's portmapper starts it with (`docker-proxy -proto
 * tcp -host-ip 0.0.0.0 -host-port 9292`, libnetwork portmapper/proxy_linux.go newProxyCommand), which nothing else prints.
 */
const wrapped = (line: string, next?: string): Row | undefined =>
  line.length >= 60 && next && /docker-proxy\s/.test(line) && !/-host-port[ =]\d/.test(line) ? row(line + next.trim()) : undefined;
const inLongLine = (line: string): Row | undefined => {
  const m = /docker-proxy\s+-proto\s+(?:tcp|udp|sctp)\s+-host-ip\s+\S{1,45}\s+-host-port[ =](\d{1,5})\b/.exec(line);
  return m ? { port: +m[1]!, name: 'docker-proxy' } : undefined;
};

/**
 * A process's name by its PID: tasklist (`com.docker.backend.exe  11848 Console  1  52,340 K`), Get-Process (`Handles NPM(K)
 * PM(K) WS(K) CPU(s) Id SI ProcessName`), netstat -b's `[com.docker.backend.exe]` under its row (by the row above).
 */
const taskRow = /^(\S.{0,60}?\.exe)\s+(\d{1,7})\s+(?:Console|Services|RDP-Tcp#\d{1,4})\s+\d+\s+[\d,. ]+K$/;
const processRow = /^\s*\d+\s+\d+\s+\d+\s+\d+\s+(?:[\d.,]+\s+)?(\d{1,7})\s+\d+\s+(\S.{0,60})$/;

/** What the host's tools showed at the lesson's host port, across the paste's parts: the PIDs there, each PID's name. */
type State = { pids: Set<string>; names: Map<string, string> };
const states = new WeakMap<Facts, State>();

/** The holder once a name or a PID is known: Docker's own, another program, or a process by its PID only. */
function settleHolder(facts: Facts, s: State, row?: Row): void {
  const name = row?.name ?? [...s.pids].map((p) => s.names.get(p)).find(Boolean);
  const pid = row?.pid ?? [...s.pids][0];
  const docker = !!name && dockerProcess.test(name);
  const held = (facts.hostPort ??= {});
  // A name beats a bare PID; Docker's own beats another's (it is the one Docker's error would name).
  if (name && (!held.name || (docker && !held.docker))) Object.assign(held, { name, docker, pid: undefined });
  else if (!held.name && pid) held.pid = pid;
  held.free = false;
}

/**
 * cw105: PowerShell's Format-List of MSFT_NetTCPConnection (`Get-NetTCPConnection -LocalPort 8050 | Format-List`): one `Name : value`
 * line per property, `LocalPort      : 8050`, and `OwningProcess  : 11848` further down the same block (up to the blank line).
 */
function listRow(lines: string[], i: number): Row | undefined {
  const m = /^\s*LocalPort\s*:\s*(\d{1,5})\s*$/.exec(lines[i]!);
  if (!m) return undefined;
  const block = lines.slice(i + 1, i + 12);
  const end = block.findIndex((x) => !x.trim());
  const own = (end < 0 ? block : block.slice(0, end)).map((x) => /^\s*OwningProcess\s*:\s*(\d{1,7})\s*$/.exec(x)).find(Boolean);
  return { port: +m[1]!, pid: own?.[1] };
}

/**
 * cw105: a socket listing's column header, by each program's source: net-tools' netstat (`Proto Recv-Q Send-Q Local Address Foreign
 * Address State`), iproute2's ss (`State Recv-Q Send-Q Local Address:Port Peer Address:Port`, `Netid` first with -a or -u), Windows'
 * netstat (`Proto  Local Address  Foreign Address  State`).
 */
const listingHead =
  /^\s*(?:Proto\s+Recv-Q\s+Send-Q\s+Local Address\s+Foreign Address|(?:Netid\s+)?State\s+Recv-Q\s+Send-Q\s+Local Address:Port\s+Peer Address:Port|Proto\s+Local Address\s+Foreign Address\s+State)\b/;

/**
 * Windows' excluded port ranges (`netsh interface ipv4 show excludedportrange protocol=tcp`: `Start Port    End Port`, one
 * `  7990        8089` a range, `*` after the administered ones): Hyper-V, WSL 2 and WinNAT reserve them, and a bind there fails
 * with WSAEACCES (10013, "forbidden by its access permissions"), Docker's too.
 */
const range = /^\s*(\d{1,5})\s+(\d{1,5})(?:\s+\*)?\s*$/;

/**
 * cw110: nmap's report of a scan of this machine's loopback (nmap output.cc: `Nmap scan report for localhost (127.0.0.1)`, before 4.85
 * `Interesting ports on localhost (127.0.0.1):`, `Not shown: 998 closed tcp ports (reset)`, its `PORT STATE SERVICE` table with one
 * `80/tcp  filtered http` row a port, and `All 1000 scanned ports on localhost (127.0.0.1) are in ignored states.` (`are closed`
 * before 7.91) when it shows none). A row at the lesson's port says what answered there: open, something listens (a program or
 * Docker's proxy); closed, nothing. No row says nothing of it unless `-p` asked for it: the default scan is nmap-services' top 1000
 * ports, where 8050 sits among those of one frequency that the cut splits (h91-notes27218150104: `docker run -it --network host nmap
 * 127.0.0.1`, 80 filtered and 111 open), and a scan never shows which container publishes a port.
 */
const nmapTarget =
  /^(?:Nmap scan report for|Interesting ports on|All \d{1,6} scanned ports on) (?:localhost|127(?:\.\d{1,3}){3}|::1|0\.0\.0\.0)\b/;
const nmapRow = /^(\d{1,5})\/tcp\s+(open|closed|filtered|unfiltered|open\|filtered|closed\|filtered)\s/;
/** Whether an nmap command line's `-p` list covers the port (`-p 8050`, `-p8000-9000`, `-p 22,80,8050`, `-p-`, `-p T:8050`). */
function nmapAsked(text: string, port: number): boolean {
  const spec = /\bnmap\b[^\n]{0,200}?\s-p\s?(\S{1,200})/.exec(text)?.[1];
  if (!spec) return false;
  if (spec === '-') return true;
  return spec
    .replace(/\b[TU]:/g, '')
    .split(',')
    .some((r) => {
      const [a, b] = r.split('-');
      const lo = a ? +a : 1;
      const hi = b === undefined ? lo : b ? +b : 65535;
      return lo <= port && port <= hi;
    });
}
/**
 * cw164 (stop 55): or of this machine by its own name, the one its `user@host` prompt shows (normalize.ts promptHost): nmap's
 * output.cc write_host_header prints `Nmap scan report for %s (%s)`, the target's reverse-DNS name then its address, so a scan of the
 * machine's LAN address that resolves to its own host name (`Nmap scan report for wayne (192.168.0.162)` at `mike@wayne:~$`), or of
 * its name itself, is a scan of this machine. Docker publishes on every address by default (`-p 8050:8050` binds 0.0.0.0), so a row
 * `open` at the lesson's port there says something listens; a port published to loopback alone is not seen from the LAN address, so
 * no row (or `closed`) there says only that the scan does not show it, never that the port is free.
 */
const nmapReport = /^Nmap scan report for ([a-zA-Z][\w-]{0,62})(?:\.[\w.-]{1,190})? \([\d.]{7,15}\)\s*$/;
function nmapScan(cmd: string, lines: string[], facts: Facts, seen: (f: Facts, kind: string) => void): void {
  const loopback = lines.some((l) => l.length < 200 && nmapTarget.test(l.trim()));
  const self =
    !loopback &&
    !!facts.promptHost &&
    lines.some((l) => l.length < 300 && nmapReport.exec(l.trim())?.[1]?.toLowerCase() === facts.promptHost);
  if (!loopback && !self) return;
  seen(facts, 'nmap');
  const state = lines.map((l) => (l.length < 200 ? nmapRow.exec(l.trim()) : null)).find((m) => m && +m[1]! === host)?.[2];
  if (state === 'open') facts.hostPort = { ...facts.hostPort, free: false };
  else if (facts.hostPort) return;
  else if (loopback && (state === 'closed' || (!state && nmapAsked([cmd, ...lines].join('\n').slice(0, 20000), host))))
    facts.hostPort = { free: true };
  else facts.hostPort = { scan: true };
}

/**
 * The host's listings (lsof, ss, netstat in its three systems' layouts, fuser, Get-NetTCPConnection, tasklist, Get-Process,
 * netsh's ranges) at "Is port 8050 free?" and the other questions: a holder at the lesson's host port (facts.hostPort), or a
 * listing that shows none there (free: the port, not the container). Never consumes the lines: the reach chunk's socket reader
 * after it reads a loopback bind and Docker's proxy ports from the same rows.
 */
export const hostListing: TextReader = (cmd, lines, facts, { seen }) => {
  const s = states.get(facts) ?? { pids: new Set(), names: new Map() };
  states.set(facts, s);
  let rows = 0;
  let at: Row | undefined;
  let listed = false;
  let ranges = false;
  let heading = false;
  nmapScan(cmd, lines, facts, seen);
  // A row glued onto its command's line (every line break lost): Docker's proxy by its flags only.
  const glued = inLongLine(cmd);
  if (glued) (facts.dockerHostPorts ??= []).push(glued.port);
  for (const [i, line] of lines.entries()) {
    const r = line.length < 400 ? (row(line) ?? listRow(lines, i) ?? wrapped(line, lines[i + 1])) : inLongLine(line);
    heading ||= listingHead.test(line);
    if (r) {
      rows++;
      // cw188 (stop 58): not dockerd's own API socket (moby opts/hosts.go DefaultHTTPPort 2375 and DefaultTLSHTTPPort 2376, the ports
      // `-H tcp://` takes; docker-machine's VMs run `dockerd -H tcp://0.0.0.0:2376 --tlsverify`): the daemon's, no container's port.
      const api = r.name === 'dockerd' && (r.port === 2375 || r.port === 2376);
      if (r.port > 0 && (r.name === 'docker-proxy' || r.name === 'dockerd') && !api) (facts.dockerHostPorts ??= []).push(r.port);
      if (r.port === host) {
        at ??= r;
        if (r.pid) s.pids.add(r.pid);
        // netstat -b: the program's name on the line under its row.
        const under = /^\s*\[([^\]]{1,80})\]\s*$/.exec(lines[i + 1] ?? '');
        if (under) r.name ??= under[1];
        if (r.name && (!at.name || dockerProcess.test(r.name))) at = r;
      }
      continue;
    }
    // cw105: Get-Process | Format-List (`Id          : 25740`, then `ProcessName : com.docker.backend` or `Name : …` in its block).
    const id = /^\s*Id\s*:\s*(\d{1,7})\s*$/.exec(line);
    const named =
      id && lines.slice(i + 1, i + 8).find((x, k, a) => !a.slice(0, k).some((y) => !y.trim()) && /^\s*(?:Process)?Name\s*:\s*\S/.test(x));
    if (id && named) {
      s.names.set(id[1]!, named.replace(/^\s*(?:Process)?Name\s*:\s*/, '').trim());
      listed = true;
      continue;
    }
    const t = taskRow.exec(line.trimEnd()) ?? processRow.exec(line.trimEnd());
    if (t) {
      const [pid, name] = taskRow.test(line.trimEnd()) ? [t[2]!, t[1]!] : [t[1]!, t[2]!.trim()];
      s.names.set(pid, name);
      listed = true;
      continue;
    }
    ranges ||= /Port Exclusion Ranges/.test(line);
    const x = ranges ? range.exec(line) : null;
    if (x && +x[1]! <= host && host <= +x[2]! && facts.hostPort?.variant !== 'excluded') {
      facts.hostPort = { ...facts.hostPort, name: `${x[1]}-${x[2]}`, variant: 'excluded', free: false };
      seen(facts, 'netsh excluded ports');
    }
  }
  // CIM's answer when Get-NetTCPConnection finds no socket at the port (`No matching MSFT_NetTCPConnection objects found by CIM
  // query … WHERE ((LocalPort = 8050))`, with -State), also wrapped by the console; cw52: without -State, the cmdlet's own
  // `No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '8050'.` (CDXML's ObjectNotFound).
  const text = lines.join(' ');
  // cw105: in any language, by the error record's own ids, which PowerShell never translates (sap-tutorials/Tutorials#2971, a Russian
  // Windows: `Не найдены объекты MSFT_NetTCPConnection со свойством "LocalPort", равным "50070"`, then `CategoryInfo : ObjectNotFound:
  // (50070:UInt16) [Get-NetTCPConnection], CimJobException` and `FullyQualifiedErrorId : CmdletizationQuery_NotFound_LocalPort,
  // Get-NetTCPConnection`): the port from the record, else from the command line.
  const notFound = /CmdletizationQuery_NotFound\w{0,30},Get-NetTCPConnection/.test(text)
    ? +(/ObjectNotFound: \((\d{1,5}):UInt16\)/.exec(text) ?? /-LocalPort\s+(\d{1,5})\b/.exec(cmd) ?? [])[1]! || undefined
    : undefined;
  const none =
    (/No matching MSFT_NetTCPConnection objects/.test(text) && new RegExp(`LocalPort =\\s*${host}\\b`).test(text)) ||
    new RegExp(`No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '${host}'`).test(text) ||
    notFound === host;
  // A listing filtered to the port that printed nothing (lsof exits 1 silently; `netstat -ano | findstr :8050`).
  const empty = !lines.some((l) => l.trim()) && /^(?:sudo )?(?:lsof\b|fuser\b|ss\b|netstat\b)/.test(cmd);
  const quiet = empty && new RegExp(`[:\\s]${host}\\b`).test(cmd);
  // cw105: the same look at another port only (`Get-NetTCPConnection -LocalPort 50070` finding nothing, `netstat -ano | findstr :5000`
  // printing nothing): no holder there, and nothing about the lesson's port either (shows-part.elsewhere).
  const other =
    (!none && notFound) ||
    +(/No (?:matching )?MSFT_NetTCPConnection objects.{0,80}?LocalPort(?:' equal to '| =\s*)(\d{1,5})\b/.exec(text) ?? [])[1]! ||
    (empty && !quiet ? +(/(?:-i\s*(?:tcp)?:|(?:grep|findstr)\s+(?:"|')?:?)(\d{2,5})\b/.exec(cmd) ?? [])[1]! : 0) ||
    undefined;
  // cw105: a socket listing's header with no rows under it: nothing listens at all (docker/for-win#8319, `sudo netstat -ltup` in a WSL
  // distro: net-tools' "Active Internet connections (only servers)" and its header only; ss prints its header alone too). Not when a
  // TCP row follows that no reader took (a layout not read here).
  const bare = heading && !rows && !lines.some((l) => /^\s*(?:tcp|TCP|LISTEN)\b/.test(l));
  // PowerShell's one-liner `Get-Process -Id (Get-NetTCPConnection -LocalPort 8050).OwningProcess`: the processes it lists hold it.
  const owner = new RegExp(`Get-NetTCPConnection\\b.{0,40}-LocalPort ${host}\\b.{0,40}\\.OwningProcess`).test(cmd);
  if (owner) for (const pid of s.names.keys()) s.pids.add(pid);
  if (at) settleHolder(facts, s, at);
  else if (s.pids.size && listed) settleHolder(facts, s);
  const free = !at && (rows > 0 || none || quiet || bare || (ranges && facts.hostPort?.variant !== 'excluded'));
  if (free && (!facts.hostPort || facts.hostPort.elsewhere)) facts.hostPort = { free: true };
  else if (other && other !== host && !facts.hostPort) facts.hostPort = { elsewhere: other };
  if (rows || listed || none || quiet || bare || other || ranges) seen(facts, 'a socket listing');
  return false;
};

/**
 * curl's CURLE_COULDNT_CONNECT (7) with the system's ECONNREFUSED in the user's language (lib/connect.c appends the C library's
 * strerror, which glibc translates: French `Connexion refusée`, German `Verbindungsaufbau abgelehnt`, Spanish `Conexión rehusada`,
 * Italian `Connessione rifiutata`, Portuguese `Conexão recusada`, Dutch `Verbinding is geweigerd`, Polish `Połączenie odrzucone`,
 * Russian `В соединении отказано`, Chinese `拒绝连接`, Japanese `接続を拒否されました`; appclacks/cabourotte#11's title): refused
 * at that port of the host. Not a timeout or an unreachable host, which (7) also reports.
 */
const curlRefused =
  /^curl: \(7\) Failed to connect to \S{1,253} port \d{1,5}(?: after \d{1,9} ms)?: (?:Connexion refusée|Verbindungsaufbau abgelehnt|Conexión rehusada|Connessione rifiutata|Conexão recusada|Verbinding is geweigerd|Połączenie odrzucone|В соединении отказано|拒绝连接|接続を拒否されました)/;
// (The reach chunk's only: lesson 5's panel answers a refusal by the run line, not by the client.)
export const curlRefusedHere: TextReader = (_, lines, facts) => {
  if (lines.some((l) => curlRefused.test(l.trim()))) facts.reply ??= 'refused';
  return false;
};
