/*
 * cw33: what the host's own tools print beside Docker, from their sources (host-tools.ts), and the classes of line that sweep
 * added (host-tools-read.ts), each tested on a variation (another program, version or platform) rather than the table's paste.
 */
import { describe, expect, it } from 'vitest';
import { hostTools } from './host-tools';
import { check, expectSweepRow } from './test-pastes';

describe('the host-tools sweep (host-tools.ts)', () => {
  it.each(hostTools.map((c, i) => [i, c.source, c] as const))('%i %s', async (_, __, c) => {
    await expectSweepRow(c);
  });
});

// Each class cw33 added, on another program, version or platform than the table's row.
describe('cw33: who holds the host port, in every listing’s layout (host-tools-read.ts hostListing)', () => {
  const free = (text: string) => check('reach:port-free', text);
  it('names Docker’s own process in any tool’s layout (variant docker)', async () => {
    // lsof +c 0 under Docker Desktop 4.x on Linux (com.docker.backend, IPv4 only); tasklist's "Docker Desktop.exe" by netstat's PID.
    const lsof =
      'COMMAND              PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\ncom.docker.backend 2211   me   51u  IPv4  91311      0t0  TCP *:8050 (LISTEN)';
    expect((await free(lsof)).details).toMatchObject({ variant: 'docker', name: 'com.docker.backend' });
    const win = `> netstat -ano | findstr 8050\n  TCP    [::1]:8050             [::]:0                 LISTENING       4420\n> tasklist /fi "pid eq 4420"\n\nImage Name                     PID Session Name        Session#    Mem Usage\n========================= ======== ================ =========== ============\nDocker Desktop.exe            4420 Console                    1    120,004 K`;
    expect((await free(win)).details).toMatchObject({ variant: 'docker', name: 'Docker Desktop.exe' });
  });
  it('names another program, or a PID only, and Windows’ reservation', async () => {
    // ss -tlnp -a's Netid column; psmisc fuser -v with python3; FreeBSD's netstat (no process column); a one-port range.
    const ss =
      'Netid State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\ntcp   LISTEN 0      128          0.0.0.0:8050      0.0.0.0:*     users:(("node",pid=77,fd=19))';
    expect((await free(ss)).details).toMatchObject({ variant: 'program', name: 'node' });
    expect(
      (await free('                     USER        PID ACCESS COMMAND\n8050/tcp:            me         4811 F.... python3')).details,
    ).toMatchObject({
      variant: 'program',
      name: 'python3',
    });
    expect((await free('tcp4       0      0 *.8050                 *.*                    LISTEN')).details).toMatchObject({
      variant: 'answers',
    });
    const range =
      'Protocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n      8050        8050     *\n\n* - Administered port exclusions.';
    expect((await free(range)).details).toMatchObject({ variant: 'excluded', name: '8050-8050' });
  });
  it('reads a listing with nothing at the port as the port free (shows part), never ok', async () => {
    const quiet = await free('$ sudo ss -ltnp | grep 8050\n$ ');
    expect(quiet.kind).toBe('partial');
    const other = await free(
      'COMMAND   PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\nnginx    1021 root    6u  IPv4  21311      0t0  TCP *:80 (LISTEN)',
    );
    expect(other).toMatchObject({ kind: 'partial', details: { variant: 'free' } });
  });
});

describe('cw33: a client at the host’s port (host-clients.ts, host-tools-read.ts curlRefusedHere)', () => {
  it('reads netcat, telnet and an HTTP answer only at the lesson’s host port', async () => {
    expect((await check('reach:published', 'nc: connectx to 127.0.0.1 port 8050 (tcp) failed: Connection refused')).id).toBe(
      'no-port-published',
    );
    expect((await check('reach:port-free', 'Connection to 127.0.0.1 8050 port [tcp/*] succeeded!')).details).toMatchObject({
      variant: 'answers',
    });
    // curl -I over HTTP/2, and wget's redirect: an answer at 8050; the same at 5000 says nothing of 8050.
    expect((await check('reach:listening', '$ curl -sI localhost:8050\nHTTP/2 200\ncontent-type: text/html')).kind).toBe('partial');
    expect((await check('reach:port-free', '$ curl -I localhost:5000\nHTTP/1.1 200 OK')).id).not.toBe('port-already-allocated');
  });
  it('reads curl’s (7) with a translated "Connection refused", not a timeout', async () => {
    expect(
      (await check('reach:published', 'curl: (7) Failed to connect to localhost port 8050 after 3 ms: Verbindungsaufbau abgelehnt')).id,
    ).toBe('no-port-published');
    expect(
      (
        await check(
          'reach:published',
          'curl: (7) Failed to connect to 10.0.0.5 port 8050 after 75003 ms: Connexion terminée par expiration du délai d’attente',
        )
      ).id,
    ).not.toBe('no-port-published');
  });
  it('answers an empty reply beside dash-app running, at the panel and the reach path (§2.0, §2.4)', async () => {
    const text = `$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\nabc123\n$ curl localhost:8050\ncurl: (56) Recv failure: Connection reset by peer`;
    expect((await check('run', text)).id).toBe('app-listens-on-loopback');
    expect((await check('reach:published', text)).id).toBe('app-listens-on-loopback');
  });
});

describe('cw33: a host program that cannot bind its port (host-clients.ts bindErrors)', () => {
  it('reads each runtime’s words, at the panel and the reach path', async () => {
    expect((await check('run', 'socket.error: [Errno 48] Address already in use')).id).toBe('port-already-allocated');
    // Go on Windows (net.Listen's bind with FormatMessage's words).
    expect(
      (
        await check(
          'reach:port-free',
          'listen tcp :8050: bind: Only one usage of each socket address (protocol/network address/port) is normally permitted.',
        )
      ).id,
    ).toBe('port-already-allocated');
    expect((await check('reach:port-free', 'Error: listen EACCES: permission denied 0.0.0.0:80')).id).not.toBe('port-already-allocated');
    // gunicorn on loopback stays where it listens (the corpus' paperless-ng pastes).
    expect((await check('reach:listening', "[2024-01-02 10:00:00 +0000] [30] [ERROR] Connection in use: ('localhost', 8050)")).id).toBe(
      'app-listens-on-loopback',
    );
  });
});

describe('cw33: Docker’s short answers (version-format.ts, compose-short.ts)', () => {
  it('reads the server’s version by its template, the client’s as part', async () => {
    expect(await check('install', "$ sudo docker version -f '{{.Server.Version}}'\n20.10.24+dfsg1")).toMatchObject({
      kind: 'ok',
      details: { variant: 'sudo' },
    });
    expect((await check('install', '$ docker info --format \'{{json .ServerVersion}}\'\n"26.1.4"')).kind).toBe('ok');
    expect(await check('install', "$ docker version --format '{{.Client.Version}}'\n26.1.4")).toMatchObject({
      kind: 'partial',
      details: { variant: 'client-only' },
    });
    const info = '{"ID":"X","Containers":0,"ServerVersion":"27.3.1","OperatingSystem":"Docker Desktop","OSType":"linux"}';
    expect((await check('install', `$ docker info --format '{{json .}}'\n${info}`)).kind).toBe('ok');
    expect((await check('install', `{"Client":{"Version":"27.3.1","ApiVersion":"1.47"},"Server":null}`)).kind).not.toBe('ok');
  });
  it('reads compose version --short and compose ls’s states', async () => {
    expect((await check('compose', '$ docker-compose version --short\n1.29.2')).id).toBe('compose-too-old');
    expect((await check('compose', '$ docker compose version --short\n2.2.3')).id).toBe('compose-too-old');
    const ls = 'NAME                STATUS              CONFIG FILES\ndash-app            restarting(1)       /srv/dash-app/compose.yaml';
    expect(await check('networks', ls)).toMatchObject({
      id: 'compose-service-not-running',
      details: { variant: 'project', state: 'restarting' },
    });
  });
});

describe('cw36: a version under its template, then the learner’s sentence (version-format.ts)', () => {
  it('reads the version and the rest as any text', async () => {
    const asked = "$ docker version --format '{{.Server.Version}}'\n28.5.1";
    expect((await check('install', `${asked}\n\nAny idea what I am doing wrong?`)).kind).toBe('ok');
    expect(
      (
        await check(
          'install',
          `${asked}\n\nError response from daemon: client version 1.52 is too new. Maximum supported API version is 1.47`,
        )
      ).kind,
    ).not.toBe('ok');
    // A number with more under it on the next line is no template's answer, nor one with no command.
    expect((await check('install', `${asked}\nClient: Docker Engine`)).kind).not.toBe('ok');
    expect((await check('install', '28.5.1\n\nAny idea?')).kind).not.toBe('ok');
  });
});
