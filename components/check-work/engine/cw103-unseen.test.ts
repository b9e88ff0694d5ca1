/*
 * cw103 (the lead, at the merge of stop 41): holdout84's false ok at "Is port 8050 free?" by class. Docker's own proxy (a docker-proxy
 * process, in any ps layout, or socket) or its NAT rule forwards a host port that no container the paste lists publishes: a container
 * the listing leaves out publishes there, so the listing is not every container (CONVENTIONS §1) → partial, never ok. Each row's words
 * come from the source it names; rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const header = 'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS         PORTS                    NAMES';
const idle =
  '49c41841a4e8   nginx          "nginx -g \'daemon of…"   2 minutes ago   Up 2 minutes                            silly_visvesvar';
const web = '3c1f9e2d7a55   flask-app      "python app.py"          5 minutes ago   Up 5 minutes   0.0.0.0:5000->5000/tcp   web';

const rows: Row[] = [
  {
    source:
      "procps ps ax (BSD layout PID TTY STAT TIME COMMAND); moby cmd/docker-proxy's flags -host-port, -container-ip (h84-notes48976246584)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-ax-headerless-rows',
    text: `${idle}\n\nroot@docker-host:~# ps ax | grep docker-proxy\n 9241 ?        Sl     0:00 /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 9292 -container-ip 10.0.1.2 -container-port 9292`,
  },
  {
    source: "procps ps -ef (UID PID PPID C STIME TTY TIME CMD), moby/moby#20243's `ps -aef | grep proxy`",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-ef-whole-listing-no-publisher',
    text: `$ docker ps\n${header}\n${idle}\n$ ps -ef | grep docker-proxy\nroot     23309 14084  0 08:31 ?        00:00:00 /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8090 -container-ip 172.17.0.2 -container-port 80`,
  },
  {
    source: "procps pgrep -a (PID and command line); moby cmd/docker-proxy's -host-port",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'pgrep-a',
    text: `$ docker ps\n${header}\n${idle}\n$ pgrep -a docker-proxy\n1873 /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 3000 -container-ip 172.18.0.3 -container-port 3000`,
  },
  {
    source:
      "iptables -t nat -nL DOCKER: moby libnetwork's DNAT rule for a published port (`DNAT tcp -- 0.0.0.0/0 0.0.0.0/0 tcp dpt:… to:…`)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'iptables-dnat',
    text: `$ docker ps\n${header}\n${idle}\n$ sudo iptables -t nat -nvL DOCKER\nChain DOCKER (2 references)\n pkts bytes target     prot opt in     out     source               destination\n    0     0 RETURN     all  --  docker0 *       0.0.0.0/0            0.0.0.0/0\n    0     0 DNAT       tcp  --  !docker0 *       0.0.0.0/0            0.0.0.0/0            tcp dpt:6379 to:172.17.0.3:6379`,
  },
  {
    source: 'guard: the listing shows the container that publishes the port the proxy forwards (ps -ef, moby cmd/docker-proxy)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-publisher-listed',
    text: `$ docker ps\n${header}\n${web}\n$ ps -ef | grep docker-proxy\nroot     23309 14084  0 08:31 ?        00:00:00 /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 5000 -container-ip 172.17.0.2 -container-port 5000`,
  },
  {
    source:
      "docker-proxy at the lesson's host port 8050 is Docker holding it (ps ax's layout, not read before cw103; moby cmd/docker-proxy)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'proxy-at-8050',
    text: `$ docker ps\n${header}\n${idle}\n$ ps ax | grep docker-proxy\n 9241 ?        Sl     0:00 /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8050 -container-ip 172.17.0.2 -container-port 8050`,
  },
];

describe('cw103: Docker forwards a port no listed container publishes', () => {
  for (const row of rows)
    it(`${row.id} at ${row.check}`, async () => {
      const d = await check(row.check, row.text);
      expect([d.kind, d.id]).toEqual(row.want);
    });
});
