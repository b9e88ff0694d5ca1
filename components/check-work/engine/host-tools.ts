/*
 * cw33's sweep: what the host's own tools print beside Docker when a learner checks "why can't I reach it", from each
 * program's source or manual, in the layout it prints: who holds a port (lsof, ss, netstat, fuser, tasklist, PowerShell's
 * Get-NetTCPConnection / Get-Process, netsh's excluded ranges), a port the learner's own app cannot bind on the host
 * (Python's errno 98/48, Windows' 10048/10013, Node's EADDRINUSE, gunicorn, uvicorn, Werkzeug), a request that fails or
 * succeeds (curl, wget, PowerShell's Invoke-WebRequest, the browsers' pages, nc, telnet), and Docker's short answers
 * (`docker version --format`, `docker info --format`, `docker compose version`, v1's `docker-compose version`, `docker context
 * ls`, `docker compose ls`). `want` is an expert's answer by ../corpus/CONVENTIONS.md (a verdict and the diagnosis ids that
 * say it, as in source-sweep.ts); host-tools.test.ts asserts each.
 *
 * The answers, per class: a program at the lesson's host port 8050 (Docker's own: docker-proxy, com.docker.backend, vpnkit,
 * gvproxy, rootlessport, wslrelay; or any other) at "Is port 8050 free?" → port-already-allocated; a listing with nothing at
 * 8050 shows the port free, not the container → partial at best; a client refused at the host's port → no-port-published
 * (§2.3); an empty reply or a reset there → app-listens-on-loopback (§2.4); a 200 at the host's port proves a response only
 * (partial; at "Is port 8050 free?", something holds it); a bare server version is ok only when its template names .Server.
 */
import type { SweepCase } from './source-sweep';

// ── layouts, as the programs print them ──
/** lsof's header (lsof-org/lsof, src/print.c print_header: COMMAND, PID, USER, FD, TYPE, DEVICE, SIZE/OFF, NODE, NAME). */
const lsofHead = 'COMMAND     PID USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME';
/** An lsof -i row: COMMAND cut to 9 characters unless +c 0 (lsof's CmdColW default, man lsof "+c w"). */
const lsofRow = (cmd: string, pid: number, user: string, name: string, type = 'IPv6') =>
  `${cmd.padEnd(9)} ${String(pid).padStart(5)} ${user.padEnd(4)}   23u  ${type} 0x3f1c2e9b7a5d4c01      0t0  TCP ${name} (LISTEN)`;
/** iproute2's ss -ltnp (misc/ss.c: the Process column since 5.x, `users:(("name",pid=N,fd=N))`). */
const ssHead = 'State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process';
const ssRow = (local: string, proc = '') =>
  `LISTEN 0      4096        ${local.padStart(14)}      ${local.startsWith('[') ? '   [::]:*' : '0.0.0.0:*'}    ${proc}`;
/** net-tools' netstat -tulpn (netstat.c: "Active Internet connections (only servers)", PID/Program name). */
const netstatHead = `Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name`;
const netstatRow = (local: string, prog: string, proto = 'tcp') =>
  `${proto.padEnd(5)}      0      0 ${local.padEnd(23)} ${proto === 'tcp6' ? ':::*' : '0.0.0.0:*'.padEnd(23)} LISTEN      ${prog}`;
/** Windows' netstat -ano (Active Connections; Proto, Local Address, Foreign Address, State, PID). */
const winNetstat = (pid: number, port = 8050) => `Active Connections

  Proto  Local Address          Foreign Address        State           PID
  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1104
  TCP    0.0.0.0:${port}           0.0.0.0:0              LISTENING       ${pid}
  TCP    [::]:${port}              [::]:0                 LISTENING       ${pid}`;
/** tasklist /fi "pid eq N" (Image Name, PID, Session Name, Session#, Mem Usage). */
const tasklist = (image: string, pid: number) => `Image Name                     PID Session Name        Session#    Mem Usage
========================= ======== ================ =========== ============
${image.padEnd(25)} ${String(pid).padStart(8)} Console                    1     52,340 K`;
/** PowerShell's Get-NetTCPConnection default table (MSFT_NetTCPConnection's format: LocalAddress … OwningProcess). */
const getNetTcp = (
  pid: number,
  port = 8050,
) => `LocalAddress                        LocalPort RemoteAddress                       RemotePort State       AppliedSetting OwningProcess
------------                        --------- -------------                       ---------- -----       -------------- -------------
::                                  ${port}      ::                                  0          Listen                     ${pid}
0.0.0.0                             ${port}      0.0.0.0                             0          Listen                     ${pid}`;
/** Get-Process -Id N (Handles NPM(K) PM(K) WS(K) CPU(s) Id SI ProcessName). */
const getProcess = (name: string, pid: number) => `Handles  NPM(K)    PM(K)      WS(K)     CPU(s)     Id  SI ProcessName
-------  ------    -----      -----     ------     --  -- -----------
    345      28    45120      52340       2.34  ${String(pid).padStart(5)}   1 ${name}`;

const run = 'docker run -d --name dash-app -p 8050:8050 dash-app';
const runNoP = 'docker run -d --name dash-app dash-app';
const psUp = (
  ports: string,
) => `CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                                       NAMES
3f2a1b9c8d7e   dash-app   "python app.py"   2 minutes ago   Up 2 minutes   ${ports.padEnd(43)} dash-app`;
const dashPage = `<!DOCTYPE html>
<html>
    <head>
        <meta charset="UTF-8">
        <title>Dash</title>
        <link rel="icon" type="image/x-icon" href="/_favicon.ico?v=2.17.1">
    </head>
    <body>
<div id="react-entry-point">
    <div class="_dash-loading">
        Loading...
    </div>
</div>`;

export const hostTools: SweepCase[] = [
  // ── who holds a port: lsof (lsof-org/lsof src/print.c; the macOS build Apple ships, 4.91) ──
  {
    source: 'lsof -i :8050 on macOS, Docker Desktop 4.x: COMMAND cut to 9 characters, "com.docke" (com.docker.backend)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ lsof -i :8050
${lsofHead}
${lsofRow('com.docke', 1453, 'me', '*:8050')}`,
  },
  {
    source: 'lsof +c 0 -i :8050 on macOS: the whole COMMAND (com.docker.backend), IPv4 and IPv6',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ sudo lsof +c 0 -i :8050
COMMAND              PID USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME
com.docker.backend  1453   me  201u  IPv6 0x3f1c2e9b7a5d4c01      0t0  TCP *:8050 (LISTEN)
com.docker.backend  1453   me  202u  IPv4 0x3f1c2e9b7a5d4c02      0t0  TCP *:8050 (LISTEN)`,
  },
  {
    source: 'lsof -i :8050 on macOS, Docker for Mac before 4.x: vpnkit holds the published port',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `${lsofHead}
${lsofRow('vpnkit', 812, 'me', '*:8050', 'IPv4')}`,
  },
  {
    source: 'lsof -iTCP -sTCP:LISTEN -n -P on macOS: every listener, numeric; com.docke at *:8050 among them',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ lsof -iTCP -sTCP:LISTEN -n -P
${lsofHead}
${lsofRow('rapportd', 512, 'me', '*:49152')}
${lsofRow('ControlCe', 598, 'me', '*:7000', 'IPv4')}
${lsofRow('ControlCe', 598, 'me', '*:5000', 'IPv4')}
${lsofRow('com.docke', 1453, 'me', '*:8050')}
${lsofRow('com.docke', 1453, 'me', '127.0.0.1:49321', 'IPv4')}`,
  },
  {
    source: 'sudo lsof -i :8050 on Linux: docker-proxy cut to "docker-pr", run by root',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ sudo lsof -i :8050
${lsofHead}
${lsofRow('docker-pr', 23456, 'root', '*:8050', 'IPv4')}
${lsofRow('docker-pr', 23463, 'root', '*:8050')}`,
  },
  {
    source: 'lsof -i :8050 under rootless Docker: rootlesskit’s port driver (rootlessport, cut to "rootlessp")',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `${lsofHead}
${lsofRow('rootlessp', 3012, 'me', '*:8050')}`,
  },
  {
    source: 'lsof -i :8050 on macOS with Podman’s machine: gvproxy forwards the port',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ lsof -i :8050
${lsofHead}
${lsofRow('gvproxy', 2211, 'me', '*:8050')}`,
  },
  {
    source: 'lsof -i :8050: the learner’s own app run on the host (python), every address',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ lsof -i :8050
${lsofHead}
${lsofRow('python3.1', 48211, 'me', '*:8050', 'IPv4')}`,
  },
  {
    source: 'lsof -i :8050: node on localhost:8050 (the host’s loopback is still the host’s port)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `${lsofHead}
${lsofRow('node', 7702, 'me', 'localhost:8050', 'IPv4')}`,
  },
  {
    source: 'lsof -iTCP -sTCP:LISTEN -n -P on macOS with nothing at 8050 (AirPlay’s ControlCenter at 5000 and 7000)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    text: `$ lsof -iTCP -sTCP:LISTEN -n -P
${lsofHead}
${lsofRow('rapportd', 512, 'me', '*:49152')}
${lsofRow('ControlCe', 598, 'me', '*:7000', 'IPv4')}
${lsofRow('ControlCe', 598, 'me', '*:5000', 'IPv4')}`,
  },
  {
    source: 'lsof -i :8050 that printed nothing (lsof exits 1 with no output when no file matches), a prompt after it',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    text: `me@mac ~ % lsof -i :8050
me@mac ~ % `,
  },
  // ── ss (iproute2 misc/ss.c) ──
  {
    source: 'ss -ltnp (iproute2 5.x+, the Process column): docker-proxy at 0.0.0.0:8050 and [::]:8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ sudo ss -ltnp
${ssHead}
${ssRow('127.0.0.53%lo:53', 'users:(("systemd-resolve",pid=612,fd=14))')}
${ssRow('0.0.0.0:22', 'users:(("sshd",pid=901,fd=3))')}
${ssRow('0.0.0.0:8050', 'users:(("docker-proxy",pid=23456,fd=4))')}
${ssRow('[::]:8050', 'users:(("docker-proxy",pid=23463,fd=4))')}`,
  },
  {
    source: 'ss -ltnp: python3 (the app on the host) at 0.0.0.0:8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ ss -ltnp
${ssHead}
${ssRow('0.0.0.0:8050', 'users:(("python3",pid=48211,fd=6))')}`,
  },
  {
    source: 'ss -ltnp before iproute2 5.x (no Process header; users:(…) at the line’s end)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `State      Recv-Q Send-Q Local Address:Port               Peer Address:Port
LISTEN     0      128          *:22                       *:*                   users:(("sshd",pid=1021,fd=3))
LISTEN     0      128         :::8050                    :::*                   users:(("docker-proxy",pid=4412,fd=4))`,
  },
  {
    source: 'ss -ltn (no -p, so no users): something listens at 0.0.0.0:8050, its program unknown',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ ss -ltn
State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process
LISTEN 0      4096         0.0.0.0:22         0.0.0.0:*
LISTEN 0      4096         0.0.0.0:8050       0.0.0.0:*
LISTEN 0      4096            [::]:8050          [::]:*`,
  },
  {
    source: 'ss -ltnp with nothing at 8050 (sshd, systemd-resolved)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    text: `$ sudo ss -ltnp
${ssHead}
${ssRow('127.0.0.53%lo:53', 'users:(("systemd-resolve",pid=612,fd=14))')}
${ssRow('0.0.0.0:22', 'users:(("sshd",pid=901,fd=3))')}`,
  },
  // ── netstat (net-tools netstat.c; macOS netstat -anv; Windows netstat -ano / -b) ──
  {
    source: 'netstat -tulpn (net-tools): 23456/docker-proxy at 0.0.0.0:8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ sudo netstat -tulpn
${netstatHead}
${netstatRow('0.0.0.0:22', '901/sshd')}
${netstatRow('0.0.0.0:8050', '23456/docker-proxy')}
${netstatRow(':::8050', '23463/docker-proxy', 'tcp6')}
udp        0      0 127.0.0.53:53           0.0.0.0:*                           612/systemd-resolve`,
  },
  {
    source: 'netstat -tulpn (net-tools): 7702/node at 0.0.0.0:8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `${netstatHead}
${netstatRow('0.0.0.0:8050', '7702/node')}`,
  },
  {
    source: 'netstat -tln (net-tools, no -p): 0.0.0.0:8050 LISTEN, its program not shown',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ netstat -tln
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN
tcp        0      0 0.0.0.0:8050            0.0.0.0:*               LISTEN`,
  },
  {
    source: 'netstat -anv on macOS before 13 (BSD netstat: "*.8050", a dot before the port; pid column)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ netstat -anv -p tcp | grep 8050
tcp46      0      0  *.8050                 *.*                    LISTEN      131072 131072   1453      0 0x0100 0x00000006`,
  },
  {
    source: 'netstat -anv on macOS 13+ (process:pid column, "com.docker.backe:1453")',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `Active Internet connections (including servers)
Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)      rxbytes      txbytes  rhiwat  shiwat    process:pid      state   options           gencnt    flags   flags1 usscnt rtncnt fltrs
tcp46      0      0  *.8050                 *.*                    LISTEN             0            0  131072  131072 com.docker.backe:1453  00100 00000006 000000000000a1b2 00000000 00000800      1      0 000001`,
  },
  {
    source: 'Windows netstat -ano: 0.0.0.0:8050 LISTENING, a bare PID (Docker Desktop’s or another program’s: the port is taken)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `C:\\Users\\me> netstat -ano | findstr :8050
  TCP    0.0.0.0:8050           0.0.0.0:0              LISTENING       11848
  TCP    [::]:8050              [::]:0                 LISTENING       11848`,
  },
  {
    source: 'Windows netstat -ano, then tasklist /fi "pid eq 11848": com.docker.backend.exe',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `C:\\Users\\me> netstat -ano
${winNetstat(11848)}

C:\\Users\\me> tasklist /fi "pid eq 11848"

${tasklist('com.docker.backend.exe', 11848)}`,
  },
  {
    source: 'Windows netstat -ano | findstr, then tasklist: wslrelay.exe (WSL’s localhost forwarding holds the port)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `> netstat -ano | findstr 8050
  TCP    127.0.0.1:8050         0.0.0.0:0              LISTENING       20140
> tasklist /fi "pid eq 20140"

${tasklist('wslrelay.exe', 20140)}`,
  },
  {
    source: 'Windows tasklist /fi "pid eq 9120" alone: python.exe (the PID netstat showed at 8050)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `C:\\> netstat -ano | findstr :8050
  TCP    0.0.0.0:8050           0.0.0.0:0              LISTENING       9120
C:\\> tasklist /fi "pid eq 9120"

${tasklist('python.exe', 9120)}`,
  },
  {
    source: 'Windows netstat -abno (run as administrator): the program’s name in brackets under its row',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `Active Connections

  Proto  Local Address          Foreign Address        State           PID
  TCP    0.0.0.0:8050           0.0.0.0:0              LISTENING       11848
 [com.docker.backend.exe]`,
  },
  {
    source: 'Windows netstat -ano with nothing at 8050',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    text: `C:\\Users\\me> netstat -ano
Active Connections

  Proto  Local Address          Foreign Address        State           PID
  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1104
  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4`,
  },
  // ── fuser (psmisc src/fuser.c: "%s/%s:" to stderr, then the PIDs; -v's USER PID ACCESS COMMAND) ──
  {
    source: 'fuser 8050/tcp (psmisc): the name to stderr, the PID to stdout, one line in a terminal',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ sudo fuser 8050/tcp
8050/tcp:            23456`,
  },
  {
    source: 'fuser -v 8050/tcp (psmisc): USER PID ACCESS COMMAND, docker-proxy',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ sudo fuser -v 8050/tcp
                     USER        PID ACCESS COMMAND
8050/tcp:            root      23456 F.... docker-proxy`,
  },
  // ── PowerShell: Get-NetTCPConnection (NetTCPIP module), Get-Process ──
  {
    source: 'PowerShell Get-NetTCPConnection -LocalPort 8050: two Listen rows, OwningProcess 11848',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `PS C:\\Users\\me> Get-NetTCPConnection -LocalPort 8050

${getNetTcp(11848)}`,
  },
  {
    source: 'PowerShell Get-NetTCPConnection -LocalPort 8050, then Get-Process -Id 11848: com.docker.backend',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `PS C:\\> Get-NetTCPConnection -LocalPort 8050

${getNetTcp(11848)}

PS C:\\> Get-Process -Id 11848

${getProcess('com.docker.backend', 11848)}`,
  },
  {
    source: 'PowerShell Get-Process -Id (Get-NetTCPConnection -LocalPort 8050).OwningProcess: python',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `PS C:\\> Get-Process -Id (Get-NetTCPConnection -LocalPort 8050).OwningProcess

${getProcess('python', 9120)}`,
  },
  {
    source: 'PowerShell Get-NetTCPConnection -LocalPort 8050 with nothing there (CIM’s "No matching MSFT_NetTCPConnection objects")',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    text: `PS C:\\> Get-NetTCPConnection -LocalPort 8050
Get-NetTCPConnection : No matching MSFT_NetTCPConnection objects found by CIM query for instances of the
ROOT/StandardCimv2/MSFT_NetTCPConnection class on the  CIM server: SELECT * FROM MSFT_NetTCPConnection  WHERE ((LocalPort =
8050)). Verify query parameters and retry.
At line:1 char:1
+ Get-NetTCPConnection -LocalPort 8050
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (MSFT_NetTCPConnection:String) [Get-NetTCPConnection], CimJobException
    + FullyQualifiedErrorId : CmdletizationQuery_NotFound_LocalPort,Get-NetTCPConnection`,
  },
  // ── netsh: Windows' excluded port ranges (Hyper-V/WinNAT reserve them; a bind there is WSAEACCES 10013) ──
  {
    source: 'netsh interface ipv4 show excludedportrange protocol=tcp: 8050 inside a reserved range (7990-8089)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `C:\\WINDOWS\\system32> netsh interface ipv4 show excludedportrange protocol=tcp

Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
      5357        5357
      7990        8089
      8090        8189
     50000       50059     *

* - Administered port exclusions.`,
  },
  {
    source: 'netsh interface ipv4 show excludedportrange protocol=tcp: no range holds 8050',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    text: `> netsh int ipv4 show excludedportrange protocol=tcp

Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
      1088        1187
      5357        5357
     50000       50059     *

* - Administered port exclusions.`,
  },
  // ── a host tool at the other questions ──
  {
    source: 'lsof -i :8050 on macOS at "Is port 8050 published?": Docker Desktop holds it, for some container (not named)',
    check: 'reach:published',
    want: ['partial', 'shows-part'],
    text: `$ lsof -i :8050
${lsofHead}
${lsofRow('com.docke', 1453, 'me', '*:8050')}`,
  },
  {
    source: 'ss -ltnp at "Is port 8050 published?": docker-proxy at 0.0.0.0:8050 (a container publishes it)',
    check: 'reach:published',
    want: ['partial', 'shows-part'],
    text: `$ sudo ss -ltnp | grep 8050
${ssRow('0.0.0.0:8050', 'users:(("docker-proxy",pid=23456,fd=4))')}
${ssRow('[::]:8050', 'users:(("docker-proxy",pid=23463,fd=4))')}`,
  },
  {
    source: 'netstat -tulpn at "Is port 8050 published?": docker-proxy at 8000 and 5432, none at 8050',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `${netstatHead}
${netstatRow('0.0.0.0:8000', '3301/docker-proxy')}
${netstatRow('0.0.0.0:5432', '3288/docker-proxy')}`,
  },
  {
    source: 'lsof -i :8050 at "Does the app listen on 0.0.0.0?": the app run on the host at localhost:8050 (cw26’s dash#479 class)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ lsof -i :8050
${lsofHead}
${lsofRow('python3.1', 48211, 'me', 'localhost:8050', 'IPv4')}`,
  },
  {
    source: 'docker exec dash-app ss -ltn (inside the container): 127.0.0.1:8050 only',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ docker exec dash-app ss -ltnp
${ssHead}
${ssRow('127.0.0.1:8050', 'users:(("python",pid=1,fd=3))')}`,
  },
  // ── a port the learner's own app cannot bind on the host, beside the container ──
  {
    source: 'CPython socketserver.py server_bind on Linux: OSError: [Errno 98] Address already in use (EADDRINUSE 98)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ python app.py
Traceback (most recent call last):
  File "/home/me/dash-app/app.py", line 20, in <module>
    app.run(host="0.0.0.0", port=8050)
  File "/usr/lib/python3.12/socketserver.py", line 473, in server_bind
    self.socket.bind(self.server_address)
OSError: [Errno 98] Address already in use`,
  },
  {
    source: 'Werkzeug serving.py run_simple: "Address already in use", then "Port 8050 is in use by another program."',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `Dash is running on http://0.0.0.0:8050/

 * Serving Flask app 'app'
 * Debug mode: on
Address already in use
Port 8050 is in use by another program. Either identify and stop that program, or start the server with a different port.`,
  },
  {
    source: 'CPython on macOS: OSError: [Errno 48] Address already in use (Darwin’s EADDRINUSE is 48)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `  File "/opt/homebrew/Cellar/python@3.12/3.12.4/Frameworks/Python.framework/Versions/3.12/lib/python3.12/socketserver.py", line 473, in server_bind
    self.socket.bind(self.server_address)
OSError: [Errno 48] Address already in use`,
  },
  {
    source: 'CPython on Windows: OSError: [WinError 10048] (WSAEADDRINUSE, FormatMessage’s words)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `  File "C:\\Python312\\Lib\\socketserver.py", line 473, in server_bind
    self.socket.bind(self.server_address)
OSError: [WinError 10048] Only one usage of each socket address (protocol/network address/port) is normally permitted`,
  },
  {
    source: 'Python 2 on Windows: socket.error: [Errno 10048] (errno, not WinError, before 3.3)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `    self.socket.bind(self.server_address)
  File "C:\\Python27\\lib\\socket.py", line 228, in meth
    return getattr(self._sock,name)(*args)
socket.error: [Errno 10048] Only one usage of each socket address (protocol/network address/port) is normally permitted`,
  },
  {
    source: 'CPython on Windows: [WinError 10013] (WSAEACCES: a port in an excluded range Hyper-V reserved)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `    self.socket.bind(self.server_address)
PermissionError: [WinError 10013] An attempt was made to access a socket in a way forbidden by its access permissions`,
  },
  {
    source: 'Node (lib/net.js, uvException): Error: listen EADDRINUSE: address already in use :::8050, its error object',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `node:net:1908
    const ex = new UVExceptionWithHostPort(err, 'listen', address, port);
               ^

Error: listen EADDRINUSE: address already in use :::8050
    at Server.setupListenHandle [as _listen2] (node:net:1908:16)
    at listenInCluster (node:net:1965:12)
    at Server.listen (node:net:2067:7) {
  code: 'EADDRINUSE',
  errno: -98,
  syscall: 'listen',
  address: '::',
  port: 8050
}`,
  },
  {
    source: 'Node before 10 (lib/net.js exceptionWithHostPort): Error: listen EADDRINUSE :::8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `events.js:183
      throw er; // Unhandled 'error' event
      ^

Error: listen EADDRINUSE :::8050
    at Object._errnoException (util.js:1022:11)`,
  },
  {
    source: 'Node on Windows: listen EACCES: permission denied 0.0.0.0:8050 (WSAEACCES on a reserved range, libuv UV_EACCES)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `Error: listen EACCES: permission denied 0.0.0.0:8050
    at Server.setupListenHandle [as _listen2] (node:net:1881:21)
    at listenInCluster (node:net:1946:12) {
  code: 'EACCES',
  errno: -4092,
  syscall: 'listen',
  address: '0.0.0.0',
  port: 8050
}`,
  },
  {
    source: 'gunicorn (gunicorn/sock.py create_sockets): "Connection in use: (\'0.0.0.0\', 8050)", "Retrying in 1 second."',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `[2025-03-01 12:00:00 +0000] [5120] [INFO] Starting gunicorn 23.0.0
[2025-03-01 12:00:00 +0000] [5120] [ERROR] Connection in use: ('0.0.0.0', 8050)
[2025-03-01 12:00:00 +0000] [5120] [ERROR] connection to ('0.0.0.0', 8050) failed: [Errno 98] Address already in use
[2025-03-01 12:00:01 +0000] [5120] [ERROR] Retrying in 1 second.`,
  },
  {
    source: 'uvicorn server.py startup: "[Errno 98] error while attempting to bind on address (\'0.0.0.0\', 8050): address already in use"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `INFO:     Started server process [5120]
INFO:     Waiting for application startup.
INFO:     Application startup complete.
ERROR:    [Errno 98] error while attempting to bind on address ('0.0.0.0', 8050): address already in use
INFO:     Waiting for application shutdown.`,
  },
  {
    source: 'the lesson’s run line, then the app run on the host beside it: Werkzeug’s "Port 8050 is in use by another program."',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    text: `$ ${run}
3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a
$ python app.py
Address already in use
Port 8050 is in use by another program. Either identify and stop that program, or start the server with a different port.`,
  },
  {
    source:
      'moby (Desktop on Windows) with WSAEACCES: "bind: An attempt was made to access a socket in a way forbidden by its access permissions."',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    text: `PS C:\\> ${run}
docker: Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:8050 -> 0.0.0.0:0: listen tcp 0.0.0.0:8050: bind: An attempt was made to access a socket in a way forbidden by its access permissions.`,
  },
  // ── requests: curl (curl/curl lib/strerror.c curl_easy_strerror; the message from lib/cf-socket.c, lib/connect.c) ──
  {
    source: 'curl 7.80+ (lib/connect.c "Failed to connect to %s port %u after %ld ms: %s", the system’s words): Connection refused',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ curl http://localhost:8050
curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused`,
  },
  {
    source: 'curl 8.x (lib/strerror.c CURLE_COULDNT_CONNECT "Couldn\'t connect to server" after the port)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ curl localhost:8050
curl: (7) Failed to connect to localhost port 8050 after 2 ms: Couldn't connect to server`,
  },
  {
    source: 'curl 8.6+ (lib/strerror.c: "Could not connect to server")',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `curl: (7) Failed to connect to localhost port 8050 after 0 ms: Could not connect to server`,
  },
  {
    source: 'curl 7.29 (CentOS 7; lib/connect.c "Failed connect to %s:%ld; %s")',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `[me@centos7 ~]$ curl localhost:8050
curl: (7) Failed connect to localhost:8050; Connection refused`,
  },
  {
    source: 'curl 7.58-7.79 ("Failed to connect to %s port %ld: %s")',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `curl: (7) Failed to connect to localhost port 8050: Connection refused`,
  },
  {
    source: 'curl -v 8.x: "Trying", "connect to 127.0.0.1 port 8050 from 127.0.0.1 port 51234 failed: Connection refused"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ curl -v http://localhost:8050/
* Host localhost:8050 was resolved.
* IPv6: ::1
* IPv4: 127.0.0.1
*   Trying [::1]:8050...
* connect to ::1 port 8050 from ::1 port 51233 failed: Connection refused
*   Trying 127.0.0.1:8050...
* connect to 127.0.0.1 port 8050 from 127.0.0.1 port 51234 failed: Connection refused
* Failed to connect to localhost port 8050 after 0 ms: Couldn't connect to server
* Closing connection
curl: (7) Failed to connect to localhost port 8050 after 0 ms: Couldn't connect to server`,
  },
  {
    source: "curl.exe on Windows 10/11 (8.x; ::1 then 127.0.0.1, about 2 s each): Couldn't connect to server",
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `C:\\Users\\me> curl.exe http://localhost:8050
curl: (7) Failed to connect to localhost port 8050 after 2045 ms: Couldn't connect to server`,
  },
  {
    source: 'curl at "Does the app listen on 0.0.0.0?": (7) refused at the host’s port, nothing else (CONVENTIONS §2.3)',
    check: 'reach:listening',
    want: ['problem', 'no-port-published'],
    text: `curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused`,
  },
  {
    source:
      'curl (52) CURLE_GOT_NOTHING (lib/http.c failf "Empty reply from server"; lib/strerror.c: "Server returned nothing"), at "Does the app listen on 0.0.0.0?"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ curl http://localhost:8050
curl: (52) Empty reply from server`,
  },
  {
    source: 'curl (56) CURLE_RECV_ERROR "Recv failure: Connection reset by peer" (lib/cf-socket.c, the system’s words)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ curl localhost:8050
curl: (56) Recv failure: Connection reset by peer`,
  },
  {
    source: 'curl -v: connected, then "* Empty reply from server" (lib/http.c) and (52)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ curl -v localhost:8050
*   Trying 127.0.0.1:8050...
* Connected to localhost (127.0.0.1) port 8050 (#0)
> GET / HTTP/1.1
> Host: localhost:8050
> User-Agent: curl/7.81.0
> Accept: */*
>
* Empty reply from server
* Closing connection 0
curl: (52) Empty reply from server`,
  },
  {
    source:
      'curl (52) at "Is port 8050 published?": Docker’s proxy took the connection, nothing answered behind it (§2.0: the failure first)',
    check: 'reach:published',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ curl http://127.0.0.1:8050
curl: (52) Empty reply from server`,
  },
  {
    source: 'curl (56) at "Is port 8050 published?" on macOS (LibreSSL build): reset by peer',
    check: 'reach:published',
    want: ['problem', 'app-listens-on-loopback'],
    text: `me@mac ~ % curl -i localhost:8050
curl: (56) Recv failure: Connection reset by peer`,
  },
  {
    source: 'curl (6) CURLE_COULDNT_RESOLVE_HOST (lib/hostip.c "Could not resolve host: %s"): the container’s name from the host',
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    left: 'a name the host does not know (the container’s): the course has no answer of its own for it; the port is not shown',
    text: `$ curl http://dash-app:8050
curl: (6) Could not resolve host: dash-app`,
  },
  {
    source: 'curl (28) CURLE_OPERATION_TIMEDOUT (lib/connect.c "Connection timed out after %ld milliseconds"): a VM’s address',
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    left: 'a timeout at another machine’s address (a firewall, a VM) says nothing of the container',
    text: `$ curl -m 10 http://192.168.99.100:8050
curl: (28) Connection timed out after 10001 milliseconds`,
  },
  {
    source:
      'curl -I (HEAD): HTTP/1.1 200 OK from Werkzeug at localhost:8050, at "Does the app listen on 0.0.0.0?" (a response, the mapping unknown)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    text: `$ curl -I http://localhost:8050
HTTP/1.1 200 OK
Server: Werkzeug/3.0.3 Python/3.12.4
Date: Sat, 01 Mar 2025 12:00:00 GMT
Content-Type: text/html; charset=utf-8
Content-Length: 1532
Connection: close`,
  },
  {
    source:
      'curl -v: "< HTTP/1.1 200 OK" and the Dash page at "Is port 8050 published?" (something answers at 8050; which container is not shown)',
    check: 'reach:published',
    want: ['partial', 'shows-part'],
    text: `$ curl -v http://localhost:8050/
*   Trying 127.0.0.1:8050...
* Connected to localhost (127.0.0.1) port 8050 (#0)
> GET / HTTP/1.1
> Host: localhost:8050
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/1.1 200 OK
< Server: Werkzeug/3.0.3 Python/3.12.4
< Content-Type: text/html; charset=utf-8
< Content-Length: 1532
<
${dashPage}`,
  },
  {
    source: 'curl: the Dash page at localhost:8050 at "Is port 8050 free?" (something holds it)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ curl http://localhost:8050
${dashPage}`,
  },
  {
    source:
      'the lesson’s run line, then curl -I 200: a response, not dash-app’s state (CONVENTIONS §1: run needs docker ps or the app’s line)',
    check: 'run',
    want: ['partial', 'shows-part'],
    text: `$ ${run}
3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a
$ curl -I localhost:8050
HTTP/1.1 200 OK
Server: Werkzeug/3.0.3 Python/3.12.4
Content-Type: text/html; charset=utf-8`,
  },
  // ── beside Docker's output: a run line, the learner's prose, a client ──
  {
    source: 'the lesson’s run line, prose, then curl (52): the app on the container’s loopback (§2.2, §2.4)',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ ${run}
3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a
The container starts fine but when I open it I get nothing:
$ curl localhost:8050
curl: (52) Empty reply from server`,
  },
  {
    source: 'a run line with no -p, prose, then curl (7) refused (ir-lazycrownest’s class, §2.2)',
    check: 'run',
    want: ['problem', 'no-port-published'],
    text: `$ ${runNoP}
9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a3f2a1b
it is running but the browser says refused, and curl too:
$ curl http://localhost:8050
curl: (7) Failed to connect to localhost port 8050 after 0 ms: Couldn't connect to server`,
  },
  {
    source: 'a run line with no -p, then curl (7), at "Is port 8050 published?"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ ${runNoP}
9c8d7e6f5a4b
$ curl localhost:8050
curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused`,
  },
  {
    source: 'the lesson’s run line, prose, curl (56) reset, at "Does the app listen on 0.0.0.0?"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ ${run}
3f2a1b9c8d7e
I think it runs. But:
$ curl localhost:8050
curl: (56) Recv failure: Connection reset by peer`,
  },
  {
    source: 'docker ps with dash-app on 0.0.0.0:8050->8050/tcp, then curl (52), at "Does the app listen on 0.0.0.0?"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ docker ps
${psUp('0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp')}
$ curl localhost:8050
curl: (52) Empty reply from server`,
  },
  {
    source: 'docker ps with dash-app’s 8050/tcp exposed only, then curl (7), at "Is port 8050 published?"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ docker ps
${psUp('8050/tcp')}
$ curl localhost:8050
curl: (7) Failed to connect to localhost port 8050 after 0 ms: Connection refused`,
  },
  {
    source: 'docker ps with another container publishing 8050 (web), then lsof’s com.docke at *:8050, at "Is port 8050 free?"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ docker ps
CONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS       PORTS                    NAMES
a1b2c3d4e5f6   my-dashboard   "python index.py"        2 hours ago   Up 2 hours   0.0.0.0:8050->8050/tcp   my-dashboard
$ lsof -i :8050
${lsofHead}
${lsofRow('com.docke', 1453, 'me', '*:8050')}`,
  },
  {
    source: 'an empty docker ps, then lsof’s python at *:8050 (the app left running on the host), at "Is port 8050 free?"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ docker ps
CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
$ lsof -i :8050
${lsofHead}
${lsofRow('Python', 48211, 'me', '*:8050', 'IPv4')}`,
  },
  {
    source: 'curl (7) at "Is port 8050 free?": refused, nothing listens there (the port free; no container shown)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    text: `$ curl localhost:8050
curl: (7) Failed to connect to localhost port 8050 after 0 ms: Couldn't connect to server`,
  },
  {
    source: 'docker ps with dash-app on 0.0.0.0:8050->8050/tcp, then curl (52), at "Is port 8050 published?" (§2.0: the failure first)',
    check: 'reach:published',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ docker ps
${psUp('0.0.0.0:8050->8050/tcp')}
$ curl -s localhost:8050
curl: (52) Empty reply from server`,
  },
  {
    source: 'docker ps with dash-app Up, then curl (56) reset, at "Is the container running?" (§2.0: the failure first)',
    check: 'reach:running',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ docker ps
${psUp('0.0.0.0:8050->8050/tcp')}
$ curl localhost:8050
curl: (56) Recv failure: Connection reset by peer`,
  },
  {
    source: 'docker ps with dash-app Up and 8050 published, then curl -I 200, at "Is port 8050 published?" (the listing answers: ok)',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    text: `$ docker ps
${psUp('0.0.0.0:8050->8050/tcp')}
$ curl -I localhost:8050
HTTP/1.1 200 OK
Server: Werkzeug/3.0.3 Python/3.12.4`,
  },
  // ── wget (GNU wget src/connect.c, src/http.c; BusyBox networking/wget.c) ──
  {
    source: 'GNU wget connect.c: "Connecting to localhost (localhost)|127.0.0.1|:8050... failed: Connection refused."',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ wget localhost:8050
--2025-03-01 12:00:00--  http://localhost:8050/
Resolving localhost (localhost)... ::1, 127.0.0.1
Connecting to localhost (localhost)|::1|:8050... failed: Connection refused.
Connecting to localhost (localhost)|127.0.0.1|:8050... failed: Connection refused.`,
  },
  {
    source: 'GNU wget http.c: "Read error (Connection reset by peer) in headers." then "Retrying."',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ wget http://localhost:8050
--2025-03-01 12:00:00--  http://localhost:8050/
Resolving localhost (localhost)... 127.0.0.1
Connecting to localhost (localhost)|127.0.0.1|:8050... connected.
HTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.
Retrying.`,
  },
  {
    source: 'GNU wget http.c: "HTTP request sent, awaiting response... No data received." (the empty reply)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `Connecting to localhost (localhost)|127.0.0.1|:8050... connected.
HTTP request sent, awaiting response... No data received.
Retrying.`,
  },
  {
    source: 'GNU wget: "HTTP request sent, awaiting response... 200 OK", saved (a response at the host’s port)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    text: `$ wget localhost:8050
--2025-03-01 12:00:00--  http://localhost:8050/
Resolving localhost (localhost)... 127.0.0.1
Connecting to localhost (localhost)|127.0.0.1|:8050... connected.
HTTP request sent, awaiting response... 200 OK
Length: 1532 (1.5K) [text/html]
Saving to: ‘index.html’

index.html          100%[===================>]   1.50K  --.-KB/s    in 0s

2025-03-01 12:00:00 (146 MB/s) - ‘index.html’ saved [1532/1532]`,
  },
  {
    source: 'BusyBox wget (networking/wget.c, via bb_perror_msg): "wget: can\'t connect to remote host (127.0.0.1): Connection refused"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `/ # wget -qO- http://localhost:8050
wget: can't connect to remote host (127.0.0.1): Connection refused`,
  },
  // ── PowerShell's Invoke-WebRequest (5.1: WebException; 7: HttpRequestException) ──
  {
    source: 'Windows PowerShell 5.1 Invoke-WebRequest (its curl alias): WebException "Unable to connect to the remote server"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `PS C:\\Users\\me> curl http://localhost:8050
curl : Unable to connect to the remote server
At line:1 char:1
+ curl http://localhost:8050
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException
    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand`,
  },
  {
    source: 'Windows PowerShell 5.1 Invoke-WebRequest: "The underlying connection was closed: The connection was closed unexpectedly."',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `PS C:\\> Invoke-WebRequest http://localhost:8050
Invoke-WebRequest : The underlying connection was closed: The connection was closed unexpectedly.
At line:1 char:1
+ Invoke-WebRequest http://localhost:8050
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~`,
  },
  {
    source:
      'PowerShell 7 Invoke-WebRequest (HttpClient): "No connection could be made because the target machine actively refused it. (localhost:8050)"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `PS C:\\> Invoke-WebRequest http://localhost:8050
Invoke-WebRequest: No connection could be made because the target machine actively refused it. (localhost:8050)`,
  },
  {
    source: 'PowerShell 7 Invoke-WebRequest: "The response ended prematurely." (HttpIOException)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `PS C:\\> iwr http://localhost:8050
Invoke-WebRequest: The response ended prematurely.`,
  },
  {
    source: 'PowerShell Test-NetConnection -Port 8050: "WARNING: TCP connect to (::1 : 8050) failed", TcpTestSucceeded : False',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `PS C:\\> Test-NetConnection localhost -Port 8050
WARNING: TCP connect to (::1 : 8050) failed
WARNING: TCP connect to (127.0.0.1 : 8050) failed


ComputerName           : localhost
RemoteAddress          : ::1
RemotePort             : 8050
InterfaceAlias         : Loopback Pseudo-Interface 1
SourceAddress          : ::1
PingSucceeded          : True
PingReplyDetails (RTT) : 0 ms
TcpTestSucceeded       : False`,
  },
  {
    source: 'PowerShell Test-NetConnection -Port 8050: TcpTestSucceeded : True, at "Is port 8050 free?" (something accepts there)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `PS C:\\> Test-NetConnection localhost -Port 8050

ComputerName     : localhost
RemoteAddress    : ::1
RemotePort       : 8050
InterfaceAlias   : Loopback Pseudo-Interface 1
SourceAddress    : ::1
TcpTestSucceeded : True`,
  },
  // ── browsers (Chromium net/base/net_error_list.h and its error page strings; Firefox's netError; Safari's) ──
  {
    source:
      'Chrome’s error page (net_error_list.h CONNECTION_REFUSED): "This site can’t be reached", "localhost refused to connect.", ERR_CONNECTION_REFUSED',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `This site can’t be reached
localhost refused to connect.
Try:

Checking the connection
Checking the proxy and the firewall
ERR_CONNECTION_REFUSED`,
  },
  {
    source: 'Chrome’s error page (EMPTY_RESPONSE): "This page isn’t working", "localhost didn’t send any data.", ERR_EMPTY_RESPONSE',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `This page isn’t working
localhost didn’t send any data.
ERR_EMPTY_RESPONSE`,
  },
  {
    source: 'Chrome’s error page (CONNECTION_RESET): "This site can’t be reached", "The connection was reset.", ERR_CONNECTION_RESET',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `This site can’t be reached
The connection was reset.
Try:

Checking the connection
Checking the proxy and the firewall
ERR_CONNECTION_RESET`,
  },
  {
    source:
      'Firefox’s netError (connectionFailure): "Unable to connect", "Firefox can’t establish a connection to the server at localhost:8050."',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `Unable to connect

Firefox can’t establish a connection to the server at localhost:8050.

    The site could be temporarily unavailable or too busy. Try again in a few moments.`,
  },
  {
    source:
      'Firefox’s netError (netReset): "The connection was reset", "The connection to the server was reset while the page was loading."',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `The connection was reset

The connection to the server was reset while the page was loading.

    The site could be temporarily unavailable or too busy. Try again in a few moments.`,
  },
  {
    source:
      'Safari: "Safari Can’t Connect to the Server", "Safari can’t open the page “localhost:8050” because Safari can’t connect to the server “localhost”."',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `Safari Can’t Connect to the Server
Safari can’t open the page “localhost:8050” because Safari can’t connect to the server “localhost”.`,
  },
  {
    source: 'Chrome’s ERR_CONNECTION_REFUSED after the lesson’s run line (name and -p right): refused at the host’s port',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `I ran ${runNoP} and opened http://localhost:8050 in Chrome:
This site can’t be reached
localhost refused to connect.
ERR_CONNECTION_REFUSED`,
  },
  // ── nc (OpenBSD netcat netcat.c; macOS's "connectx"), telnet ──
  {
    source: 'OpenBSD nc -zv (netcat.c warn "connect to %s port %s (%s) failed"): Connection refused',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ nc -zv localhost 8050
nc: connect to localhost (::1) port 8050 (tcp) failed: Connection refused
nc: connect to localhost (127.0.0.1) port 8050 (tcp) failed: Connection refused`,
  },
  {
    source: 'macOS nc -zv ("connectx to %s port %s (%s) failed"): Connection refused',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `me@mac ~ % nc -zv localhost 8050
nc: connectx to localhost port 8050 (tcp) failed: Connection refused
nc: connectx to localhost port 8050 (tcp) failed: Connection refused`,
  },
  {
    source: 'OpenBSD nc -zv (netcat.c "Connection to %s %s port [%s/%s] succeeded!"), at "Is port 8050 free?"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ nc -zv localhost 8050
Connection to localhost 8050 port [tcp/*] succeeded!`,
  },
  {
    source: 'macOS nc -zv ("Connection to %s port %s [%s/%s] succeeded!"), at "Is port 8050 free?"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `me@mac ~ % nc -zv localhost 8050
Connection to localhost port 8050 [tcp/*] succeeded!`,
  },
  {
    source: 'OpenBSD nc -zv refused at "Is port 8050 free?": nothing there (the port free, the container not shown)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    text: `$ nc -zv 127.0.0.1 8050
nc: connect to 127.0.0.1 port 8050 (tcp) failed: Connection refused`,
  },
  {
    source: 'telnet (inetutils/netkit): "Trying 127.0.0.1...", "telnet: Unable to connect to remote host: Connection refused"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `$ telnet localhost 8050
Trying 127.0.0.1...
telnet: Unable to connect to remote host: Connection refused`,
  },
  {
    source:
      'telnet: "Connected to localhost.", "Escape character is \'^]\'.", then "Connection closed by foreign host." at "Does the app listen on 0.0.0.0?"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ telnet localhost 8050
Trying 127.0.0.1...
Connected to localhost.
Escape character is '^]'.
Connection closed by foreign host.`,
  },
  {
    source: 'telnet: "Connected to localhost." at "Is port 8050 free?" (something accepts there)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    text: `$ telnet localhost 8050
Trying 127.0.0.1...
Connected to localhost.
Escape character is '^]'.`,
  },
  {
    source: 'Windows telnet: "Connecting To localhost...Could not open connection to the host, on port 8050: Connect failed"',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    text: `C:\\> telnet localhost 8050
Connecting To localhost...Could not open connection to the host, on port 8050: Connect failed`,
  },
  // ── Docker's short answers (docker/cli cli/command/system/version.go, info.go; docker/compose cmd/compose/version.go; v1) ──
  {
    source: "docker version --format '{{.Server.Version}}' (docker/cli version.go: the template on the server part): 28.5.1",
    check: 'install',
    want: ['ok', 'healthy'],
    text: `$ docker version --format '{{.Server.Version}}'
28.5.1`,
  },
  {
    source: 'docker version -f "{{.Server.Version}}" in cmd.exe (double quotes): 27.3.1',
    check: 'install',
    want: ['ok', 'healthy'],
    text: `C:\\Users\\me>docker version -f "{{.Server.Version}}"
27.3.1`,
  },
  {
    source: "docker version --format '{{.Client.Version}}': the client’s version only",
    check: 'install',
    want: ['partial', 'shows-part'],
    text: `$ docker version --format '{{.Client.Version}}'
28.5.1`,
  },
  {
    source: 'a bare version number with no command: whose it is the paste does not say',
    check: 'install',
    want: ['partial', 'shows-part'],
    text: `28.5.1`,
  },
  {
    source:
      "docker version --format '{{.Server.Version}}' with no daemon: Client part silent, the connection error (moby client/errors.go)",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    text: `$ docker version --format '{{.Server.Version}}'
Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`,
  },
  {
    source: "docker version --format '{{json .}}' (docker/cli version.go versionInfo as JSON: Client and Server)",
    check: 'install',
    want: ['ok', 'healthy'],
    text: `$ docker version --format '{{json .}}'
{"Client":{"Platform":{"Name":"Docker Engine - Community"},"Version":"28.5.1","ApiVersion":"1.51","DefaultAPIVersion":"1.51","GitCommit":"e180ab8","GoVersion":"go1.24.8","Os":"linux","Arch":"amd64","BuildTime":"Wed Oct  8 12:17:26 2025","Context":"default"},"Server":{"Platform":{"Name":"Docker Engine - Community"},"Components":[{"Name":"Engine","Version":"28.5.1","Details":{"ApiVersion":"1.51","Arch":"amd64","BuildTime":"Wed Oct  8 12:17:26 2025","Experimental":"false","GitCommit":"f8215cc","GoVersion":"go1.24.8","KernelVersion":"6.8.0-85-generic","MinAPIVersion":"1.24","Os":"linux"}}],"Version":"28.5.1","ApiVersion":"1.51","MinAPIVersion":"1.24","GitCommit":"f8215cc","GoVersion":"go1.24.8","Os":"linux","Arch":"amd64","KernelVersion":"6.8.0-85-generic","BuildTime":"2025-10-08T12:17:26.000000000+00:00"}}`,
  },
  {
    source: "docker info --format '{{.ServerVersion}}' (docker/cli info.go: the daemon’s /info): 27.3.1",
    check: 'install',
    want: ['ok', 'healthy'],
    text: `$ docker info --format '{{.ServerVersion}}'
27.3.1`,
  },
  {
    source: 'docker info -f \'{{json .ServerVersion}}\': "27.3.1" (quoted by the json function)',
    check: 'install',
    want: ['ok', 'healthy'],
    text: `$ docker info -f '{{json .ServerVersion}}'
"27.3.1"`,
  },
  {
    // Stop 57 (cw175): the client's own list of daemons it could talk to, read as such (partial, its own message), never an ok.
    source: 'docker context ls (docker/cli cli/command/context/list.go: NAME DESCRIPTION DOCKER ENDPOINT ERROR) at install: no server part',
    check: 'install',
    want: ['partial', 'shows-part'],
    text: `$ docker context ls
NAME              DESCRIPTION                               DOCKER ENDPOINT                                  ERROR
default           Current DOCKER_HOST based configuration   unix:///var/run/docker.sock
desktop-linux *   Docker Desktop                            unix:///Users/me/.docker/run/docker.sock`,
  },
  {
    source: 'docker compose version (docker/compose cmd/compose/version.go "Docker Compose version %s"): v2.29.1, at lesson 7',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: `$ docker compose version
Docker Compose version v2.29.1`,
  },
  {
    source: 'docker compose version --short (version.go: the version without its v): 2.29.1',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: `$ docker compose version --short
2.29.1`,
  },
  {
    source: 'docker compose version, Desktop’s build suffix: "Docker Compose version v2.29.2-desktop.2"',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: `PS C:\\> docker compose version
Docker Compose version v2.29.2-desktop.2`,
  },
  {
    source: 'docker compose version before 2.3 (the lesson’s name: key): v2.0.0-rc.3',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    text: `$ docker compose version
Docker Compose version v2.0.0-rc.3`,
  },
  {
    source:
      'docker-compose version (v1 compose/cli/main.py version, utils.get_version_info "full"): 1.29.2 with docker-py, CPython, OpenSSL',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    text: `$ docker-compose version
docker-compose version 1.29.2, build 5becea4c
docker-py version: 5.0.0
CPython version: 3.7.10
OpenSSL version: OpenSSL 1.1.0l  10 Sep 2019`,
  },
  {
    source: 'docker-compose --version (v1 "short" info): the first line only',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    text: `$ docker-compose --version
docker-compose version 1.29.2, build 5becea4c`,
  },
  {
    source: 'docker-compose version from Debian/Ubuntu’s package (build unknown): 1.25.0',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    text: `$ docker-compose version
docker-compose version 1.25.0, build unknown
docker-py version: 4.1.0
CPython version: 3.8.10
OpenSSL version: OpenSSL 1.1.1f  31 Mar 2020`,
  },
  {
    source: 'docker-compose --version, a v1 git build: "docker-compose version 1.27.0dev, build 3e41f5a"',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    text: `docker-compose version 1.27.0dev, build 3e41f5a`,
  },
  {
    source: 'docker-compose version, the v2 binary installed standalone: "Docker Compose version v2.27.0"',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: `$ docker-compose version
Docker Compose version v2.27.0`,
  },
  {
    source: 'docker compose ls (docker/compose cmd/compose/list.go: NAME STATUS CONFIG FILES): dash-app running(3)',
    check: 'compose',
    want: ['partial', 'shows-part'],
    text: `$ docker compose ls
NAME                STATUS              CONFIG FILES
dash-app            running(3)          /home/me/dash-app/compose.yaml`,
  },
  {
    source: 'docker compose ls: another project running (its folder’s name)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    text: `$ docker compose ls
NAME                STATUS              CONFIG FILES
lesson7             running(3)          /home/me/lesson7/compose.yaml`,
  },
  {
    source: 'docker compose ls: dash-app exited(3)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: `$ docker compose ls -a
NAME                STATUS              CONFIG FILES
dash-app            exited(3)           /home/me/dash-app/compose.yaml`,
  },
  {
    source: 'docker compose ls: dash-app exited(1), running(2)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    text: `$ docker compose ls
NAME                STATUS                  CONFIG FILES
dash-app            exited(1), running(2)   /home/me/dash-app/compose.yaml`,
  },
  {
    source: 'docker compose ls: the header only (no project running)',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    text: `$ docker compose ls
NAME                STATUS              CONFIG FILES`,
  },
];
