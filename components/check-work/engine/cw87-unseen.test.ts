/*
 * cw87: holdout71 to holdout74's install, daemon and app-start misses (README "holdout71–74: install, the daemon and the app's
 * start (cw87)"). Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same
 * kind), never the paste itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts
 * "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const unitHead = '● docker.service - Docker Application Container Engine';
const loaded = (preset = 'vendor preset: enabled') => `   Loaded: loaded (/lib/systemd/system/docker.service; enabled; ${preset})`;
const running = '   Active: active (running) since Mon 2024-05-06 09:12:03 UTC; 2h 3min ago';

// systemd's status block of docker.service under whatever command showed it (systemd src/systemctl/systemctl-show.c: the unit's
// line, Loaded:, Active:, TriggeredBy:, Docs:, Main PID:, CGroup:).
const statusRows: Row[] = [
  {
    source: "systemd systemctl-show.c layout, saved to a file and cat-ed (tianon/docker-brew-ubuntu-core#157's `cat log`)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'cat-saved-status-active',
    text: `$ cat docker-status.txt\n${unitHead}\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)\n     Active: active (running) since Tue 2024-05-07 09:12:03 CEST; 2min ago\nTriggeredBy: ● docker.socket\n       Docs: https://docs.docker.com\n   Main PID: 1234 (dockerd)\n     CGroup: /system.slice/docker.service\n             └─1234 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock`,
  },
  {
    source: "Debian's service(8) on systemd (init-system-helpers: `service X status` runs `systemctl status X`)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'service-docker-status-active',
    text: `ubuntu@vm:~$ sudo service docker status\n${unitHead}\n${loaded()}\n${running}\nTriggeredBy: ● docker.socket\n       Docs: https://docs.docker.com\n   Main PID: 812 (dockerd)`,
  },
  {
    source: 'systemctl status with its short option -l (--full), systemd systemctl.c',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'systemctl-status-l',
    text: `[root@centos7 ~]# systemctl status -l docker\n${unitHead}\n   Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; vendor preset: disabled)\n   Active: active (running) since Wed 2019-03-06 10:01:22 CET; 5s ago\n     Docs: https://docs.docker.com\n Main PID: 3411 (dockerd)`,
  },
  {
    source: 'systemctl status of two units at once (systemctl-show.c prints a block per unit)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'status-two-units',
    text: `$ systemctl status containerd docker\n● containerd.service - containerd container runtime\n     Loaded: loaded (/lib/systemd/system/containerd.service; enabled; vendor preset: enabled)\n     Active: active (running) since Mon 2024-05-06 09:12:01 UTC; 2h ago\n${unitHead}\n${loaded()}\n${running}`,
  },
  {
    source: 'systemd systemctl-show.c, failed unit; the block pasted from a file (`less status.log`)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'less-saved-status-failed',
    text: `pi@raspberrypi:~ $ less status.log\n● docker.service - Docker Application Container Engine\n${loaded()}\n   Active: failed (Result: exit-code) since Sun 2020-08-02 11:40:23 BST; 12s ago\n     Docs: https://docs.docker.com\n  Process: 1532 ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock (code=exited, status=1/FAILURE)\n Main PID: 1532 (code=exited, status=1/FAILURE)`,
  },
  {
    source: "Debian's service(8) on systemd, the unit inactive and no socket (systemctl-show.c)",
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'service-status-inactive',
    text: `$ service docker status\n○ docker.service - Docker Application Container Engine\n     Loaded: loaded (/lib/systemd/system/docker.service; disabled; vendor preset: enabled)\n     Active: inactive (dead)\n       Docs: https://docs.docker.com`,
  },
  {
    source: 'systemctl-show.c, the saved block with the journal lines systemctl prints under it (dockerd logrus level=info)',
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'type-saved-status-journal',
    text: `$ tail -n 20 status.txt\n${unitHead}\n${loaded()}\n${running}\n     Docs: https://docs.docker.com\n Main PID: 2601 (dockerd)\n\nMay 06 09:12:03 host dockerd[2601]: time="2024-05-06T09:12:03.101Z" level=info msg="API listen on /run/docker.sock"`,
  },
  // Guards: the unit's line alone under another command is not systemd's whole block; a retelling is not output (cw72).
  {
    source: 'guard: the unit line without its Loaded: line under cat (not read as the status block)',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-cat-unit-line-only',
    text: `$ cat notes.txt\n${unitHead}\nActive is running i think`,
  },
  {
    source: 'guard: cw72-unseen, the status block then the client refused (permission denied stands)',
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'guard-status-then-permission',
    text: `$ cat status.txt\n${unitHead}\n${loaded()}\n${running}\n$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/json": dial unix /var/run/docker.sock: connect: permission denied`,
  },
];

const cow = [
  ' _______________________________________',
  '/ Do not meddle in the affairs of       \\',
  '| wizards, for they are subtle and      |',
  '\\ quick to anger.                      /',
  ' ---------------------------------------',
  '        \\   ^__^',
  '         \\  (oo)\\_______',
  '            (__)\\       )\\/\\',
  '                ||----w |',
  '                ||     ||',
].join('\n');
const whale = [
  ' _____ ',
  '< boo >',
  ' ----- ',
  '    \\',
  '     \\',
  '      \\     ',
  '                    ##        .            ',
  '              ## ## ##       ==            ',
  '           ## ## ## ##      ===            ',
  '       /""""""""""""""""___/ ===        ',
  '  ~~~ {~~ ~~~~ ~~~ ~~~~ ~~ ~   /  ===- ~~~   ',
  '       \\______ o          __/            ',
  '        \\    \\        __/             ',
  '          \\____\\______/   ',
].join('\n');

// A container's own output as the daemon's answer (CONVENTIONS §2.1 cw58, cw87).
const outputRows: Row[] = [
  {
    source: 'tony-monroe/cowsay construct_balloon (fortune | cowsay in grycap/cowsay), on Colima (abiosoft/colima README)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'colima-cowsay-fortune',
    text: `$ colima start\nINFO[0000] starting colima\nINFO[0024] done\n$ docker run --rm grycap/cowsay\n${cow}`,
  },
  {
    source: "docker/whalesay's cowsay (Docker's getting-started tutorial of 2015: `docker run docker/whalesay cowsay boo`)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'whalesay-boo',
    text: `$ docker run docker/whalesay cowsay boo\n${whale}`,
  },
  {
    source: "docker/whalesay after the pull docker/cli prints first (container/create.go `Unable to find image '%s' locally`)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'whalesay-after-pull',
    text: `PS C:\\Users\\ana> docker run docker/whalesay cowsay boo\nUnable to find image 'docker/whalesay:latest' locally\nlatest: Pulling from docker/whalesay\ne190868d63f8: Pull complete\nDigest: sha256:178598e51a26abbc958b8a2e48825c90bc22e641de3d31e18aaf55f3258ba93b\nStatus: Downloaded newer image for docker/whalesay:latest\n${whale}`,
  },
  {
    source: "tony-monroe/cowsay's one-line balloon `< … >`, under `docker run -it --rm` with an image of that program",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'cowsay-one-line-it-rm',
    text: `ubuntu@ip-10-0-0-12:~$ docker run -it --rm rancher/cowsay Hello Docker\n ______________\n< Hello Docker >\n --------------\n        \\   ^__^\n         \\  (oo)\\_______\n            (__)\\       )\\/\\\n                ||----w |\n                ||     ||`,
  },
  {
    source: "tony-monroe/cowsay's cowthink: `( … )` and the `o` thoughts",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'cowthink',
    text: `$ docker run --rm mycow cowthink hmm\n _____\n( hmm )\n -----\n        o   ^__^\n         o  (oo)\\_______\n            (__)\\       )\\/\\\n                ||----w |\n                ||     ||`,
  },
  {
    source: "os-release(5) (NAME, ID, VERSION_ID, PRETTY_NAME), Alpine 3.19's /etc/os-release, under an unsplit docker run",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'alpine-os-release',
    text: '$ docker run --rm alpine cat /etc/os-release\nNAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
  },
  {
    source: "os-release(5), Ubuntu 22.04's file, after the pull docker/cli prints first",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'ubuntu-os-release-pull',
    text: '$ docker run ubuntu:22.04 cat /etc/os-release\nUnable to find image \'ubuntu:22.04\' locally\n22.04: Pulling from library/ubuntu\nStatus: Downloaded newer image for ubuntu:22.04\nPRETTY_NAME="Ubuntu 22.04.4 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="22.04.4 LTS (Jammy Jellyfish)"\nID=ubuntu\nID_LIKE=debian',
  },
  // Guards: the host's own cowsay or os-release (no docker run, or one the shell split) is not the daemon's answer.
  {
    source: "guard: the host's cowsay (no docker command): not Docker's answer",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-host-cowsay',
    text: `$ fortune | cowsay\n${cow}`,
  },
  {
    source: "guard: a run line the shell splits (`&&`): the host's shell could have printed it (cw58)",
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-split-line-os-release',
    text: '$ docker run --rm alpine true && cat /etc/os-release\nNAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1',
  },
  {
    source: 'guard: a balloon whose borders differ in width is no cowsay output',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-uneven-balloon',
    text: '$ docker run --rm grycap/cowsay\n ___\n< hi there >\n -----------\n   \\',
  },
  {
    source: 'guard: the cow after the daemon not reached (moby client "Cannot connect to the Docker daemon at …")',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-cow-then-cannot-connect',
    text: `$ docker run docker/whalesay cowsay boo\n${whale}\n$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`,
  },
];

const logs = (line: string) => `$ docker logs dash-app\n${line}`;
// A server's failed listen in Go's net.OpError words for any network (`listen <net> <addr>: bind: …`), and its fatal line.
const listenRows: Row[] = [
  {
    source: 'AdGuard Home (golibs log `[fatal]`) and Go net.OpError (hassio-addons/app-adguard-home#408), another port',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'adguard-udp-ipv6-loopback-53',
    text: logs(
      "2024/01/10 08:00:01.100000 [info] Listening to udp://127.0.0.1:53\n2024/01/10 08:00:01.200000 [fatal] couldn't start forwarding DNS server: listening to udp socket: listen udp [::1]:53: bind: cannot assign requested address",
    ),
  },
  {
    source: 'DNSCrypt/dnscrypt-proxy#867 ([FATAL] listen udp [::2]:53), Linux errno text',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'dnscrypt-fatal-udp',
    text: logs(
      '[2024-01-10 08:00:01] [NOTICE] Now listening to 127.0.0.2:53 [UDP]\n[2024-01-10 08:00:01] [NOTICE] Now listening to 127.0.0.2:53 [TCP]\n[2024-01-10 08:00:01] [FATAL] listen udp [::2]:53: bind: cannot assign requested address',
    ),
  },
  {
    source: "DNSCrypt/dnscrypt-proxy#1078 (Windows' WSAEADDRNOTAVAIL text in Go's net error)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'dnscrypt-windows-not-valid-context',
    text: logs('[2019-12-01 10:00:00] [FATAL] listen udp 10.1.200.10:53: bind: The requested address is not valid in its context.'),
  },
  {
    source: 'uxbh/ztdns#1 (logrus FATA, listen udp6 on a link-local address: bind: invalid argument)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'ztdns-udp6-link-local-invalid',
    text: logs('FATA[0000] failed to start DNS server: listen udp6 [fe80::1c2:3ff:fe4a:5b6c]:53: bind: invalid argument'),
  },
  {
    source: 'Go net.OpError for tcp at an IPv6 loopback the container lacks (net/net.go OpError.Error)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'go-tcp-ipv6-loopback-8050',
    text: logs('2024/05/01 10:00:00 listen tcp [::1]:8050: bind: cannot assign requested address'),
  },
  {
    source: "Caddy's admin endpoint (caddyserver/caddy admin.go `listen tcp …`), an address the container lacks",
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'caddy-admin-ipv6',
    text: logs(
      '{"level":"info","ts":1714557600.1,"msg":"using provided configuration","config_file":"/etc/caddy/Caddyfile"}\nError: loading initial config: loading new config: starting caddy administration endpoint: listen tcp [::1]:2019: bind: cannot assign requested address',
    ),
  },
  {
    source: 'CoreDNS (coredns/coredns core/dnsserver, `Listen: listen udp …`), its plugin/errors [FATAL]',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'coredns-udp-address',
    text: logs('Listen: listen udp 10.96.0.10:53: bind: cannot assign requested address'),
  },
  // Guards: the port in use stays the port's answer; an app that listens at 8050 on all addresses stays ok.
  {
    source: "guard: Go's `bind: address already in use` (the port's answer, brutella/hc#41's words)",
    check: 'reach:listening',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-udp-in-use',
    text: logs('2024/05/01 10:00:00 Failed to bind to udp6 port: listen udp6 :5353: bind: address already in use'),
  },
  {
    source: 'guard: Dash/Flask start line on all addresses at 8050 (werkzeug serving.py)',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-dash-listens',
    text: logs(
      "Dash is running on http://0.0.0.0:8050/\n\n * Serving Flask app 'app'\n * Debug mode: off\n * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:8050\n * Running on http://172.17.0.2:8050",
    ),
  },
];

const warning =
  "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested";
// The amd64 warning, then the container's own exec format error: at run that failure is no-arm64-manifest (CONVENTIONS §2.2).
const formatRows: Row[] = [
  {
    source: 'moby daemon create warning + runc `exec %s: exec format error` (1.1+), an entrypoint script',
    check: 'run',
    want: ['problem', 'no-arm64-manifest'],
    id: 'warning-exec-entrypoint',
    text: `$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\n${warning}\nexec /usr/local/bin/docker-entrypoint.sh: exec format error`,
  },
  {
    source: 'runc before 1.1: standard_init_linux.go "exec user process caused: exec format error"',
    check: 'run',
    want: ['problem', 'no-arm64-manifest'],
    id: 'warning-standard-init',
    text: `${warning}\nstandard_init_linux.go:228: exec user process caused: exec format error`,
  },
  {
    source: 'guard: CONVENTIONS §2.1, the same at install stays exec-format-error',
    check: 'install',
    want: ['problem', 'exec-format-error'],
    id: 'guard-install-exec-format',
    text: `${warning}\nexec /bin/bash: exec format error`,
  },
];

const families: [string, Row[]][] = [
  ["systemd's status of docker.service under any command that showed it", statusRows],
  ["a container's own output as the daemon's answer", outputRows],
  ["a server's failed listen on any network", listenRows],
  ['exec format error after the platform warning', formatRows],
];

describe.each(families)('cw87 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
