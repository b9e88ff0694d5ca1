/*
 * cw164 (stop 55): holdout156 and 157's misses by class, each row a short paste on a real program's or writer's format (`source`
 * names it), never a holdout paste:
 * - a docker command run on another machine through OpenSSH (`ssh [options] [user@]host "docker …"`), and a report's `Output:`
 *   caption alone between a command and what it printed (normalize.ts remoteDocker, outputCaption);
 * - Compose v2's own help, which `docker compose` prints with no command (compose-short.ts composeHelp);
 * - nmap's scan of this machine by the name its prompt shows (host-tools-read.ts nmapScan);
 * - the container (or a writer's "will say") as the subject that tells the app's start line (listen-lines.ts appSays).
 * Rows whose id starts "guard" must keep their answer: near shapes, and the ways a new ok must not be reached (rule 7).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const psTemplate = "docker ps --format '{{.Names}} {{.Status}} {{.Ports}}'";
const dashRow = 'dash-app Up 3 minutes 0.0.0.0:8050->8050/tcp';

const sshRows: Row[] = [
  {
    source:
      'OpenSSH ssh(1) `ssh -i file user@host command`, the remote docker ps through its --format template (docker/cli formatter/container.go)',
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'ssh-template-dash-up',
    text: [`$ ssh -i ~/.ssh/id_ed25519 ubuntu@203.0.113.7 "${psTemplate}"`, dashRow].join('\n'),
  },
  {
    source: 'the same at reach:published: the remote row publishes 8050 to 8050',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'ssh-template-dash-published',
    text: [`$ ssh -i ~/.ssh/id_ed25519 ubuntu@203.0.113.7 "${psTemplate}"`, dashRow].join('\n'),
  },
  {
    source: "ssh's `-p port` and the remote command's words bare (ssh joins them), docker ps' default table",
    check: 'reach:running',
    want: ['ok', 'healthy'],
    id: 'ssh-port-bare-table',
    text: [
      'me@laptop:~$ ssh -p 2222 root@vps docker ps',
      'CONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                    NAMES',
      '3f2a1b0c9d8e   dash-app   "python app.py"   2 minutes ago   Up 2 minutes   0.0.0.0:8050->8050/tcp   dash-app',
    ].join('\n'),
  },
  {
    source: "an operator's step report: `Command:`, the ssh line in its block, `Output:`, the rows in theirs; grep's rows, none dash-app",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'ssh-report-caption-grep',
    text: [
      'Command:',
      '',
      '```bash',
      `ssh -o BatchMode=yes admin@198.51.100.4 "docker ps --format '{{.Names}} {{.Status}}' | grep web"`,
      '```',
      '',
      'Output:',
      '',
      '```text',
      'web-proxy Up 4 hours',
      'web-api Exited (1) 3 hours ago',
      '```',
    ].join('\n'),
  },
  {
    source: "another project's containers over ssh, grep's choice of rows",
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'ssh-other-project',
    text: [`$ ssh deploy@10.0.0.5 "${psTemplate} | grep shop"`, 'shop-web Up 2 days 0.0.0.0:80->80/tcp', 'shop-db Up 2 days 5432/tcp'].join(
      '\n',
    ),
  },
  {
    source: 'rule 7: the ssh line and a row retold in a sentence, a code span around the command',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ssh-in-sentence',
    text: `I ran \`ssh me@vps "docker ps"\` and it shows ${dashRow}, is that right?`,
  },
  {
    source: "rule 7: ssh's own refusal (ssh.c ssh_connect_direct: `ssh: connect to host %s port %s: %s`), no docker output",
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ssh-refused',
    text: ['$ ssh me@203.0.113.7 "docker ps"', 'ssh: connect to host 203.0.113.7 port 22: Connection refused'].join('\n'),
  },
  {
    source: 'rule 7: the remote row cut inside its STATUS (the copy short)',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ssh-row-cut',
    text: [`$ ssh me@vps "${psTemplate}"`, 'dash-app Up 3 minu'].join('\n'),
  },
  {
    source: "rule 7: the remote row Up, then the remote container's log ending in a traceback (its program crashed after)",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-ssh-then-traceback',
    text: [
      `$ ssh me@vps "${psTemplate}"`,
      dashRow,
      '$ ssh me@vps "docker logs dash-app"',
      'Traceback (most recent call last):',
      '  File "/app/app.py", line 3, in <module>',
      '    import dash',
      "ModuleNotFoundError: No module named 'dash'",
    ].join('\n'),
  },
  {
    source: 'a remote command that is no docker command (curl over ssh) stays unread',
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-ssh-curl',
    text: ['$ ssh me@vps "curl -s localhost:8050"', '<html>ok</html>'].join('\n'),
  },
  {
    source: "a caption after a command that is not docker's is no docker output",
    check: 'reach:running',
    want: ['unreadable', 'unreadable'],
    id: 'guard-caption-after-ls',
    text: ['$ ls', 'Output:', dashRow].join('\n'),
  },
];

const composeHelpRows: Row[] = [
  {
    source: 'docker/compose cmd/compose/compose.go RootCommand: `docker compose` alone prints its help, Long since v2.18.0 (#10504)',
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'compose-help-bare',
    text: [
      '$ docker compose',
      '',
      'Usage:  docker compose [OPTIONS] COMMAND',
      '',
      'Define and run multi-container applications with Docker',
      '',
      'Options:',
      '      --all-resources              Include all resources, even those not used by services',
    ].join('\n'),
  },
  {
    source: "`docker compose --help` in PowerShell (the same help; docker/cli's usage template)",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'compose-help-flag-powershell',
    text: [
      'PS C:\\dash-app> docker compose --help',
      '',
      'Usage:  docker compose [OPTIONS] COMMAND',
      '',
      'Define and run multi-container applications with Docker.',
      '',
      'Options:',
    ].join('\n'),
  },
  {
    source: 'Compose v2.0-2.17 print the Short "Docker Compose" (compose.go at v2.10.0): the version is not shown, no answer of its own',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-compose-help-old-short',
    text: ['$ docker compose', '', 'Usage:  docker compose [OPTIONS] COMMAND', '', 'Docker Compose', '', 'Options:'].join('\n'),
  },
  {
    source: 'the help, then `up` without a file: the failure stands',
    check: 'compose',
    want: ['problem', 'compose-no-file'],
    id: 'guard-compose-help-then-no-file',
    text: [
      '$ docker compose',
      '',
      'Usage:  docker compose [OPTIONS] COMMAND',
      '',
      'Define and run multi-container applications with Docker',
      '',
      '$ docker compose up -d',
      'no configuration file provided: not found',
    ].join('\n'),
  },
  {
    source: 'Compose v1 shown by its own version line before the help: too old stands',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-compose-help-after-v1',
    text: [
      '$ docker-compose version',
      'docker-compose version 1.25.0, build unknown',
      '$ docker compose',
      '',
      'Usage:  docker compose [OPTIONS] COMMAND',
      '',
      'Define and run multi-container applications with Docker',
    ].join('\n'),
  },
  {
    source: "the usage line quoted in a learner's sentence",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-compose-help-quoted',
    text: 'When I type docker compose it says "Usage:  docker compose [OPTIONS] COMMAND" and nothing runs',
  },
];

const nmapRows: Row[] = [
  {
    source: "nmap output.cc write_host_header `Nmap scan report for %s (%s)`: the prompt's own host by its LAN address, default top ports",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'nmap-self-by-name-default-ports',
    text: [
      'me@devbox:~$ nmap 10.0.2.15',
      'Starting Nmap 7.94 ( https://nmap.org ) at 2024-03-01 10:00 UTC',
      'Nmap scan report for devbox (10.0.2.15)',
      'Host is up (0.00010s latency).',
      'Not shown: 998 closed tcp ports (conn-refused)',
      'PORT   STATE SERVICE',
      '22/tcp open  ssh',
      '80/tcp open  http',
      '',
      'Nmap done: 1 IP address (1 host up) scanned in 0.08 seconds',
    ].join('\n'),
  },
  {
    source: 'an EC2 prompt (`[ec2-user@ip-… ~]$`) and its reverse-DNS name with the domain: 8050 open there, something holds it',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'nmap-self-fqdn-open',
    text: [
      '[ec2-user@ip-172-31-5-9 ~]$ sudo nmap -p 8050 172.31.5.9',
      'Nmap scan report for ip-172-31-5-9.ec2.internal (172.31.5.9)',
      'Host is up (0.000050s latency).',
      '',
      'PORT     STATE SERVICE',
      '8050/tcp open  unknown',
    ].join('\n'),
  },
  {
    source: 'closed at the LAN address: a port published to loopback alone is not seen there, so never "free"',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-nmap-self-closed-not-free',
    text: [
      'me@devbox:~$ nmap -p 8050 10.0.2.15',
      'Nmap scan report for devbox (10.0.2.15)',
      'Host is up (0.00010s latency).',
      '',
      'PORT     STATE  SERVICE',
      '8050/tcp closed unknown',
    ].join('\n'),
  },
  {
    source: "another machine's scan (a printer on the LAN): not this machine, unread",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-nmap-other-host',
    text: [
      'me@devbox:~$ nmap 192.168.1.20',
      'Nmap scan report for printer (192.168.1.20)',
      'Host is up (0.0031s latency).',
      'PORT   STATE SERVICE',
      '80/tcp open  http',
    ].join('\n'),
  },
];

const toldRows: Row[] = [
  {
    source: "a README's note of werkzeug's start-up line at the bridge address (serving.py: `Running on http://<address>:<port>`), 8050",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'container-will-say-8050',
    text: [
      'docker run -d -p 8050:8050 myapi',
      '',
      'Note: the container will say it is running on http://172.17.0.2:8050/, which is its address on the bridge.',
    ].join('\n'),
  },
  {
    source: 'the same told at another port: its port only (CONVENTIONS §2.4 cw80), as the engine answers a told app port',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'container-will-say-5000',
    text: 'Note: the container will say it is running on http://172.17.0.2:5000/, but that address is inside Docker.',
  },
  {
    source: "Dash's own start line under docker logs (app.run_server): the line itself, the ok it had",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-own-start-line',
    text: [
      '$ docker logs dash-app',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      " * Serving Flask app 'app'",
      ' * Debug mode: off',
    ].join('\n'),
  },
  {
    source: "cw151's modal future at loopback (the address a reader opens): not read",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-modal-localhost',
    text: ['docker run -d -p 8050:8050 myapi', '', 'The app will be running on http://localhost:8050 once it starts.'].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a docker command over ssh, a report caption', sshRows],
  ["Compose v2's own help", composeHelpRows],
  ["nmap's scan of this machine by its name", nmapRows],
  ['the container telling its start line', toldRows],
];

describe.each(families)('cw164 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
