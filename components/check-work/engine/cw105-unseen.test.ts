/*
 * cw105: holdout86 and holdout88's host tools and a port held on the host at "Is port 8050 free?" (README "holdout85–88: host tools
 * and a port held on the host (port-free) (cw105)"). Each row is a variation a learner would paste (other versions, names, ports,
 * layouts, languages, programs of the same kind), never the paste itself, which moved to ../corpus/; its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const winHead = '\nActive Connections\n\n  Proto  Local Address          Foreign Address        State';
const deHead = '\nAktive Verbindungen\n\n  Proto  Lokale Adresse         Remoteadresse          Status';
const ntHead =
  'Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name';
const psHead = 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES';
const pwshList = (port: number, remote: number, state: string, pid: number) =>
  `LocalAddress   : 0.0.0.0\nLocalPort      : ${port}\nRemoteAddress  : 0.0.0.0\nRemotePort     : ${remote}\nState          : ${state}\nAppliedSetting :\nOwningProcess  : ${pid}\nCreationTime   : 12/1/2025 9:14:02 AM\nOffloadState   : InHost`;
const group = (...ports: [number, number][]) =>
  `Count Name                      Group\n----- ----                      -----\n${ports.map(([l, r]) => `    1 ${l}                     {MSFT_NetTCPConnection (InstanceID = "0.0.0.0??${l}??0.0.0.0??${r}")}`).join('\n')}`;
const notFound = (msg: string, port: number) =>
  `PS C:\\> Get-NetTCPConnection -LocalPort ${port}\nGet-NetTCPConnection : ${msg}\nstrings:1 char:1\n+ Get-NetTCPConnection -LocalPort ${port}\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (${port}:UInt16) [Get-NetTCPConnection], CimJobException\n    + FullyQualifiedErrorId : CmdletizationQuery_NotFound_LocalPort,Get-NetTCPConnection`;

const rows: Row[] = [
  // ── Windows' netstat without -o, or in another language (the State column translated) ──
  {
    source: 'Windows netstat -an (no -o: no PID column), Microsoft Learn "netstat" (-a, -n), nothing at 8050',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'win-netstat-an-free',
    text: `C:\\Users\\dev> netstat -an${winHead}\n  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\n  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING\n  TCP    0.0.0.0:5040           0.0.0.0:0              LISTENING\n  TCP    [::]:135               [::]:0                 LISTENING`,
  },
  {
    source: "Windows netstat -an without its command line, cut inside a row (h86-vslinuxbuildbox4's layout), ports of another host",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'win-netstat-cut-free',
    text: `  Proto  Local Address          Foreign Address        State\n  TCP    0.0.0.0:80             0.0.0.0:0              LISTENING\n  TCP    0.0.0.0:2179           0.0.0.0:0              LISTENING\n  TCP    127.0.0.1:9229         0.0.0.0:0              LISTENING\n  TCP`,
  },
  {
    source: 'Windows netstat -an at 8050, no PID (the port is held, its program not shown)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'win-netstat-an-held',
    text: `> netstat -an | findstr 8050\n  TCP    0.0.0.0:8050           0.0.0.0:0              LISTENING\n  TCP    [::]:8050              [::]:0                 LISTENING`,
  },
  {
    source: 'German Windows netstat -ano ("Aktive Verbindungen", State ABHÖREN; the localised state column, as netstat parsers note)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'win-netstat-de-held',
    text: `C:\\> netstat -ano${deHead}           PID\n  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN         1052\n  TCP    0.0.0.0:8050           0.0.0.0:0              ABHÖREN         14388`,
  },
  {
    source: 'German Windows netstat -an, ABHÖREN rows, nothing at 8050',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'win-netstat-de-free',
    text: `C:\\> netstat -an${deHead}\n  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN\n  TCP    0.0.0.0:445            0.0.0.0:0              ABHÖREN\n  TCP    192.168.0.12:139       0.0.0.0:0              ABHÖREN`,
  },
  {
    source: 'Spanish Windows netstat -ano ("Conexiones activas", State ESCUCHANDO) at 8050',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'win-netstat-es-held',
    text: `C:\\> netstat -ano | findstr :8050\n  TCP    0.0.0.0:8050           0.0.0.0:0              ESCUCHANDO       7420\n  TCP    [::]:8050              [::]:0                 ESCUCHANDO       7420`,
  },
  {
    source: 'Italian Windows netstat -an (State "IN ATTESA", two words), nothing at 8050',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'win-netstat-it-free',
    text: `C:\\> netstat -an\n\nConnessioni attive\n\n  Proto  Indirizzo locale       Indirizzo esterno      Stato\n  TCP    0.0.0.0:135            0.0.0.0:0              IN ATTESA\n  TCP    0.0.0.0:3306           0.0.0.0:0              IN ATTESA`,
  },
  {
    source: 'Windows netstat -ano: a client connection to a remote 8050 (ESTABLISHED, foreign port 8050) is no holder of the local port',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-win-netstat-established-remote-8050',
    text: `C:\\> netstat -ano${winHead}           PID\n  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1104\n  TCP    10.0.0.5:50312         20.14.2.3:8050         ESTABLISHED     9981`,
  },
  {
    source: "Windows netstat -ano then tasklist: com.docker.backend.exe at 8050 (cw33's reader, unchanged)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-win-netstat-tasklist-docker',
    text: `C:\\> netstat -ano | findstr :8050\n  TCP    0.0.0.0:8050           0.0.0.0:0              LISTENING       11848\nC:\\> tasklist /fi "pid eq 11848"\n\nImage Name                     PID Session Name        Session#    Mem Usage\n========================= ======== ================ =========== ============\ncom.docker.backend.exe       11848 Console                    1     52,340 K`,
  },
  // ── PowerShell: Format-List, Group-Object's objects, the not-found record in any language ──
  {
    source: "PowerShell Get-NetTCPConnection -LocalPort 8050 | Format-List (MSFT_NetTCPConnection's list view)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'pwsh-format-list-held',
    text: `PS C:\\Users\\me> Get-NetTCPConnection -LocalPort 8050 | Format-List\n\n${pwshList(8050, 0, 'Listen', 11848)}`,
  },
  {
    source:
      "PowerShell Get-NetTCPConnection | Format-List, then Get-Process -Id … | Format-List Id,ProcessName (docker/for-win#14859's layout)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'pwsh-format-list-get-process-backend',
    text: `PS C:\\> Get-NetTCPConnection -LocalPort 8050 -State Listen | Format-List\n\n${pwshList(8050, 0, 'Listen', 25740)}\n\nPS C:\\> Get-Process -Id 25740 | Format-List Id,ProcessName,Path\n\nId          : 25740\nProcessName : com.docker.backend\nPath        : C:\\Program Files\\Docker\\Docker\\resources\\com.docker.backend.exe`,
  },
  {
    source: 'PowerShell Get-NetTCPConnection -State Established | Format-List: local 54122, remote 8050 (a client, not a holder)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'pwsh-format-list-remote-8050',
    text: `PS C:\\> Get-NetTCPConnection -State Established -RemotePort 8050 | Format-List\n\n${pwshList(54122, 8050, 'Established', 3120)}`,
  },
  {
    source:
      "PowerShell Get-NetTCPConnection -State Bound | Group-Object LocalPort (Group column prints each MSFT_NetTCPConnection's InstanceID)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'pwsh-group-object-free',
    text: `PS C:\\> Get-NetTCPConnection -State Bound | Group-Object LocalPort | Select -First 3\n\n${group([50123, 0], [50124, 0], [50131, 0])}`,
  },
  {
    source: 'PowerShell Group-Object LocalPort with 8050 among the bound ports',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'pwsh-group-object-held',
    text: `PS C:\\> Get-NetTCPConnection -OwningProcess 25740 | Group-Object LocalPort\n\n${group([8050, 0], [50124, 0])}`,
  },
  {
    source: 'PowerShell Group-Object over connections whose remote port is 8050 (InstanceID: local, then remote)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'pwsh-group-object-remote-8050',
    text: `PS C:\\> Get-NetTCPConnection -RemotePort 8050 | Group-Object LocalPort\n\n${group([61002, 8050], [61003, 8050])}`,
  },
  {
    source: "German PowerShell: CDXML's ObjectNotFound in German, its FullyQualifiedErrorId untranslated, at 8050",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'pwsh-not-found-de-8050',
    text: notFound(
      'Es wurden keine MSFT_NetTCPConnection-Objekte gefunden, bei denen die Eigenschaft "LocalPort" gleich "8050" ist.',
      8050,
    ),
  },
  {
    source: 'French PowerShell: "Aucun objet MSFT_NetTCPConnection trouvé avec la propriété « LocalPort » égale à « 3000 »", another port',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'pwsh-not-found-fr-3000',
    text: notFound(
      'Aucun objet MSFT_NetTCPConnection trouvé avec la propriété « LocalPort » égale à « 3000 ». Vérifiez la valeur de la propriété et réessayez.',
      3000,
    ),
  },
  {
    source: "English PowerShell: \"No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '5432'\" (another port)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'pwsh-not-found-en-5432',
    text: notFound(
      "No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '5432'.  Verify the value of the property and retry.",
      5432,
    ),
  },
  {
    source: "English PowerShell at 8050 (cw52's reader, unchanged): free there",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-pwsh-not-found-en-8050',
    text: notFound(
      "No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '8050'.  Verify the value of the property and retry.",
      8050,
    ),
  },
  {
    source: 'lsof -i :5000 that printed nothing (lsof exits 1 silently when no file matches), a prompt after it: another port only',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'lsof-other-port-quiet',
    text: `me@mac ~ % lsof -i :5000\nme@mac ~ % `,
  },
  {
    source: 'Windows netstat -ano | findstr :3000 that printed nothing (findstr exits 1), the prompt after it',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'win-findstr-other-port-quiet',
    text: `C:\\Users\\me> netstat -ano | findstr :3000\nC:\\Users\\me>`,
  },
  // ── A socket listing's header with no rows: nothing listens ──
  {
    source: 'net-tools netstat -tlnp in Ubuntu on WSL 2: "Active Internet connections (only servers)" and the header only',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'netstat-tlnp-header-only',
    text: `me@DESKTOP-7H2K:~$ sudo netstat -tlnp\n${ntHead}\nme@DESKTOP-7H2K:~$`,
  },
  {
    source: "iproute2 ss -ltn 'sport = :8050' (misc/ss.c prints its header, then no row)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ss-filter-header-only',
    text: `$ ss -ltn 'sport = :8050'\nState      Recv-Q     Send-Q         Local Address:Port         Peer Address:Port     Process`,
  },
  {
    source: 'net-tools netstat -tlnp, header then docker-proxy at 8050 (cw33, unchanged)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-netstat-header-docker-proxy',
    text: `$ sudo netstat -tlnp\n${ntHead}\ntcp        0      0 0.0.0.0:8050            0.0.0.0:*               LISTEN      2345/docker-proxy`,
  },
  {
    source: 'docker ps with no container (ps-table-empty, healthy) and an empty netstat -tlnp: the listing answers',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-ps-empty-netstat-header',
    text: `$ docker ps\n${psHead}\n$ sudo netstat -tlnp\n${ntHead}`,
  },
  // ── An error's line broken by a page or a narrow window ──
  {
    source: 'Compose v2 up, moby libnetwork portallocator "Bind for %s:%d failed: port is already allocated", wrapped after "Bind for"',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'compose-v2-bind-for-wrapped',
    text: `$ docker compose up -d\n[+] Running 1/2\n ✔ Network dash-app_default  Created\n ⠿ Container dash-app-web-1  Starting\nError response from daemon: driver failed programming external connectivity on endpoint dash-app-web-1 (5b2c8e1f0a9d): Bind for\n0.0.0.0:8050 failed: port is already allocated`,
  },
  {
    source: 'docker run (docker/cli "docker: Error response from daemon"), the same error wrapped after "connectivity on" and "Bind for"',
    check: 'run',
    want: ['problem', 'port-already-allocated'],
    id: 'run-bind-for-wrapped-twice',
    text: `$ docker run -d --name dash-app -p 8050:8050 dash-app\n6b1f3c0e9a2d4b7c\ndocker: Error response from daemon: driver failed programming external connectivity on\nendpoint dash-app (9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d): Bind for\n0.0.0.0:8050 failed: port is already allocated.`,
  },
  {
    source: 'Compose v1 "ERROR: for web  Cannot start service web: …" wrapped in a Markdown quote, at "Is port 8050 free?"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'v1-quote-wrapped-port-free',
    text: `> ERROR: for shop_web_1  Cannot start service web: driver failed programming external connectivity on endpoint shop_web_1\n(3f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e): Bind for\n0.0.0.0:8050 failed: port is already allocated`,
  },
  {
    source: 'Docker 28\'s port mapper (daemon/libnetwork/portmapper "failed to bind host port for %s: %w"), wrapped after "for"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'portmapper-28-wrapped',
    text: `docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint dash-app (1a2b3c4d5e6f): failed to bind host port for\n0.0.0.0:8050:172.17.0.2:8050/tcp: address already in use`,
  },
  {
    source:
      'uvicorn on Linux, newer CPython asyncio (create_server: str(err).lower() after the address): "[errno 98] address already in use"',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'uvicorn-linux-errno-lower',
    text: `INFO:     Started server process [2841]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\nERROR:    [Errno 98] error while attempting to bind on address ('0.0.0.0', 8050): [errno 98] address already in use\nINFO:     Waiting for application shutdown.`,
  },
  {
    source: 'uvicorn on Windows (WSAEADDRINUSE, "[winerror 10048]"), wrapped after the address\'s "):" at 100 columns',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'uvicorn-win-wrapped',
    text: `(venv) PS C:\\app> uvicorn main:app --host 0.0.0.0 --port 8050\nINFO:     Started server process [15220]\nERROR:    [Errno 10048] error while attempting to bind on address ('0.0.0.0', 8050):\n[winerror 10048] only one usage of each socket address (protocol/network address/port) is normally permitted`,
  },
  {
    source: 'uvicorn on macOS (errno 48), wrapped after "):", an IPv6 4-tuple',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'uvicorn-mac-ipv6-wrapped',
    text: `ERROR:    [Errno 48] error while attempting to bind on address ('::', 8050, 0, 0):\n[errno 48] address already in use`,
  },
  {
    source: 'a learner\'s sentences, one line ending in "for" after "error": prose stays prose (no command, no tool)',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-prose-wrapped',
    text: `I keep getting an error on startup, I have been searching for\nhours and nothing helps, please tell me what to do`,
  },
  {
    source: 'Compose logs: a service\'s line ending in "for" then the next prefixed line (never joined: each is the service\'s own)',
    check: 'compose',
    want: ['ok', 'healthy'],
    id: 'guard-compose-logs-prefix',
    text: `$ docker compose ps\nNAME             IMAGE      COMMAND           SERVICE   CREATED          STATUS          PORTS\ndash-app-web-1   dash-app   "python app.py"   web       10 seconds ago   Up 9 seconds    0.0.0.0:8050->8050/tcp\n$ docker compose logs\nweb-1  | ERROR: connection refused while waiting for\nweb-1  | Dash is running on http://0.0.0.0:8050/`,
  },
];

describe('cw105: host tools and a port held on the host', () => {
  for (const row of rows)
    it(`${row.id} at ${row.check}`, async () => {
      const d = await check(row.check, row.text);
      expect([d.kind, d.id]).toEqual(row.want);
    });
});
