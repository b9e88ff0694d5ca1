/*
 * cw110: holdout89–92's misses of the reach path (README "holdout89–92: the reach path read from transcripts (cw110)"). Each row is a
 * variation a learner would paste (other versions, names, ports, layouts, languages, programs of the same kind), never the paste
 * itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer that
 * must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const hex = '3b9f0c2e7a1d4f5b6c8e9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d';

const fragmentRows: Row[] = [
  {
    source: 'curl prints the body as the server sent it: nginx serving a learner\'s own index.html (`echo "<h1>Hello</h1>" > index.html`)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-h1-fragment-run-name',
    text: `$ docker run -d --name site -p 8081:80 -v $(pwd)/site:/usr/share/nginx/html nginx\n${hex}\n$ curl localhost:8081\n<h1>Hello from my site</h1>`,
  },
  {
    source: 'the same in a French TP, a user@host prompt, httpd with its own page (`<p>…</p>`)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-p-fragment-fr-httpd',
    text: `etu@tp-docker:~/tp2$ docker run -d -p 9090:80 mon_httpd\n${hex}\netu@tp-docker:~/tp2$ curl http://localhost:9090\n<p>Bonjour, ceci est ma page</p>`,
  },
  {
    source:
      "docker/cli ps (Docker 26+ IPv4 and IPv6 bindings), then curl at the scheme's port 80 and an <h2> page (cw102's bare localhost)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'ps-one-publisher-curl-bare-localhost-h2',
    text: [
      'me@box:~/web$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                 NAMES',
      'a1b2c3d4e5f6   my_site   "httpd-foreground"       8 seconds ago   Up 7 seconds   0.0.0.0:80->80/tcp, [::]:80->80/tcp   jolly_hopper',
      'me@box:~/web$ curl http://localhost',
      '<h2>Welcome to my first container</h2>',
    ].join('\n'),
  },
  {
    source: 'BusyBox or GNU wget -qO- prints the body alone (networking/wget.c): a <div> of a static site',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'wget-qo-div-fragment',
    text: `$ docker run -d -p 3000:80 static-site\n${hex}\n$ wget -qO- http://127.0.0.1:3000\n<div class="hero">Static site up</div>`,
  },
  {
    source: "the page after the client's progress meter (curl's `% Total` table when piped), the run line with --name after -p",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'curl-meter-then-h1',
    text: `$ docker run -d -p 8888:7777 --name meow nginx\n${hex}\n$ curl http://localhost:8888\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n<h1>salut tout le monde</h1>`,
  },
  {
    source: "guard: the lesson's own forward 8050:8050 and a fragment: a page at 8050 is never an ok (CONVENTIONS §2.4 cw73)",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-fragment-at-8050-no-ok',
    text: `$ docker run -d --name dash-app -p 8050:8050 e4l-python-graph\n${hex}\n$ curl localhost:8050\n<h1>Stock dashboard</h1>`,
  },
  {
    source: 'guard: a fragment the learner wrote into a file (echo), no client before it: no answer of a server',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-fragment-echo-no-client',
    text: `$ echo "<h1>Hi</h1>" > index.html\n$ docker run -d -p 8081:80 -v $(pwd):/usr/share/nginx/html nginx\n${hex}\n<h1>Hi</h1>`,
  },
  {
    source: "guard: curl refused at the forwarded port (curl 7.80+'s `after 0 ms`): no body, the refusal answers",
    check: 'reach:listening',
    // Stop 58 (cw182): a refusal at the one port the run publishes, which leads elsewhere than 8050, is that mapping's answer.
    want: ['problem', 'ports-swapped'],
    id: 'guard-curl-refused-forwarded-port',
    text: `$ docker run -d -p 8081:80 site\n${hex}\n$ curl localhost:8081\ncurl: (7) Failed to connect to localhost port 8081 after 0 ms: Connection refused`,
  },
];

const zshRows: Row[] = [
  {
    source:
      "oh-my-zsh's default robbyrussell theme (themes/robbyrussell.zsh-theme: `➜  %c git:(branch) ✗ `), its coloured arrow lost in the copy; Compose v1's ps (compose/cli/main.py)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'robbyrussell-no-arrow-v1-ps-curl-text',
    text: [
      'shop git:(feature/c05)  docker-compose ps',
      '    Name                  Command               State          Ports',
      '---------------------------------------------------------------------------',
      'shop_db_1    docker-entrypoint.sh mysqld      Up      3306/tcp, 33060/tcp',
      'shop_web_1   docker-php-entrypoint apac ...   Up      0.0.0.0:8200->80/tcp',
      '',
      'shop git:(feature/c05) ✗ curl http://localhost:8200',
      'Hello from PHP#',
    ].join('\n'),
  },
  {
    source: 'the same theme with its arrow and a clean tree (`git:(main) `, no ✗), docker run and curl, a plain-text body (cw102)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'robbyrussell-arrow-clean-run-curl',
    text: `➜  api git:(main) docker run -d -p 5001:5000 flask-api\n${hex}\n➜  api git:(main) curl localhost:5001\nHello, World!`,
  },
  {
    source: 'the same, the arrow lost, the page an <html> document (cw73) under a docker ps of one publisher',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'robbyrussell-no-arrow-ps-curl-html',
    text: [
      'app git:(dev) ✗ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  NAMES',
      '0f1e2d3c4b5a   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8082->80/tcp   web',
      'app git:(dev) ✗ curl localhost:8082',
      '<!DOCTYPE html>',
    ].join('\n'),
  },
  {
    source: "guard: the same v1 listing under the prompt at compose: project shop's names, not the lesson's (CONVENTIONS §4)",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'guard-robbyrussell-v1-ps-compose-project',
    text: [
      'shop git:(feature/c05)  docker-compose ps',
      '    Name                  Command               State          Ports',
      '---------------------------------------------------------------------------',
      'shop_db_1    docker-entrypoint.sh mysqld      Up      3306/tcp, 33060/tcp',
      'shop_web_1   docker-php-entrypoint apac ...   Up      0.0.0.0:8200->80/tcp',
    ].join('\n'),
  },
  {
    source: 'guard: a sentence with git:( in it is no prompt (a branch named in prose), nothing read',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-prose-git-paren',
    text: 'I pushed the branch git:(main) and then curl http://localhost:8200 printed nothing useful',
  },
];

const browserRows: Row[] = [
  {
    source:
      'devops-with-docker style notes: "Opening `http://localhost:3000` in the browser returns:", then the JSON the app sent (a browser shows the body)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'told-browser-json-run-p',
    text: '## Command\n\n```bash\ndocker run -p 3000:3000 express-api\n```\n\n## Result\n\nVisiting `http://localhost:3000` in my browser shows:\n\n```json\n{"status":"ok","uptime":12}\n```',
  },
  {
    source: 'the same with an HTML fragment the browser rendered as its source (view-source), `-p 5000:5000`',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'told-browser-html-fragment',
    text:
      '$ docker run -d -p 5000:5000 flask-app\n' +
      hex +
      '\n\nWhen I open http://127.0.0.1:5000 in the browser I get:\n\n<h1>Hello from Flask</h1>',
  },
  {
    source: 'French: "En ouvrant http://localhost:8080 dans le navigateur, on obtient :" (a space before the colon, French typography)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'told-browser-fr-navigateur',
    text:
      '$ docker run -d -p 8080:80 mon-site\n' +
      hex +
      '\n\nEn ouvrant http://localhost:8080 dans le navigateur, on obtient :\n\n<html><body>Bienvenue</body></html>',
  },
  {
    source: "guard: the lesson's forward and its port told in a browser: never an ok (CONVENTIONS §2.4 cw73)",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-told-browser-8050',
    text: '```bash\ndocker run -p 8050:8050 e4l-python-graph\n```\n\nOpening `http://localhost:8050` in the browser returns:\n\n```json\n{"page":"dash"}\n```',
  },
  {
    source: 'guard: a sentence with a URL but no browser nor opening word, then a config JSON: no answer of the app',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-url-then-config-json',
    text: '```bash\ndocker run -p 3000:3000 express-api\n```\n\nMy settings for http://localhost:3000 are:\n\n```json\n{"port":3000}\n```',
  },
];

const nmap = (target: string, rows: string[], shown = 'Not shown: 998 closed tcp ports (reset)') =>
  [
    'Starting Nmap 7.94 ( https://nmap.org ) at 2024-05-02 10:11 UTC',
    `Nmap scan report for ${target}`,
    'Host is up (0.000060s latency).',
    shown,
    'PORT     STATE    SERVICE',
    ...rows,
    '',
    'Nmap done: 1 IP address (1 host up) scanned in 0.12 seconds',
  ].join('\n');

const nmapRows: Row[] = [
  {
    source: 'nmap output.cc (7.9x): a default scan of localhost, its table without 8050 (the top 1000 ports may skip it)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'nmap-default-localhost-no-8050',
    text: `$ nmap localhost\n${nmap('localhost (127.0.0.1)', ['22/tcp   open     ssh', '631/tcp  open     ipp'])}`,
  },
  {
    source: 'the same from the nmap image on the host network (`docker run --rm --network host instrumentisto/nmap 127.0.0.1`)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'nmap-image-host-network-127',
    text: `$ docker run --rm --network host instrumentisto/nmap 127.0.0.1\n${nmap('127.0.0.1', ['5432/tcp open     postgresql', '8080/tcp filtered http-proxy'])}`,
  },
  {
    source: "nmap 6.x (`Not shown: 997 closed ports`), 4.x's `Interesting ports on localhost (127.0.0.1):`",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'nmap-4x-interesting-ports',
    text: [
      '$ nmap localhost',
      'Starting Nmap 4.76 ( http://nmap.org ) at 2011-03-01 09:00 CET',
      'Interesting ports on localhost (127.0.0.1):',
      'Not shown: 997 closed ports',
      'PORT     STATE SERVICE',
      '22/tcp   open  ssh',
      '25/tcp   open  smtp',
      '',
      'Nmap done: 1 IP address (1 host up) scanned in 0.08 seconds',
    ].join('\n'),
  },
  {
    source: 'nmap -p 8050: the port scanned, `8050/tcp closed unknown` (no holder at the host port)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'nmap-p-8050-closed',
    text: `$ nmap -p 8050 localhost\n${nmap('localhost (127.0.0.1)', ['8050/tcp closed unknown'], '')}`,
  },
  {
    source: "nmap -p 8000-9000: 8050 open (something answers there: a program or Docker's proxy)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'nmap-range-8050-open',
    text: `$ nmap -p 8000-9000 127.0.0.1\n${nmap('127.0.0.1', ['8050/tcp open  unknown', '8080/tcp open  http-proxy'], 'Not shown: 999 closed tcp ports (conn-refused)')}`,
  },
  {
    source: 'nmap 7.9x with nothing open among the scanned (`All 1000 scanned ports on localhost (127.0.0.1) are in ignored states.`)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'nmap-all-ignored',
    text: [
      '$ nmap localhost',
      'Starting Nmap 7.94 ( https://nmap.org ) at 2024-05-02 10:11 UTC',
      'Nmap scan report for localhost (127.0.0.1)',
      'Host is up (0.000050s latency).',
      'All 1000 scanned ports on localhost (127.0.0.1) are in ignored states.',
      'Not shown: 1000 closed tcp ports (reset)',
      '',
      'Nmap done: 1 IP address (1 host up) scanned in 0.05 seconds',
    ].join('\n'),
  },
  {
    source: "guard: nmap of a container's own address (Docker's bridge): not the host's ports, left unread",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-nmap-bridge-address',
    text: `$ nmap 172.17.0.2\n${nmap('172.17.0.2', ['80/tcp open  http'])}`,
  },
  {
    source: 'guard: a whole docker ps beside the scan answers (nothing publishes 8050: healthy)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-nmap-beside-whole-ps',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  NAMES',
      '0f1e2d3c4b5a   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8082->80/tcp   web',
      `$ nmap localhost\n${nmap('localhost (127.0.0.1)', ['22/tcp   open     ssh'])}`,
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["an HTML fragment a client printed at a published port (the learner's own page)", fragmentRows],
  ["oh-my-zsh's robbyrussell prompt, its arrow kept or lost", zshRows],
  ["the page a browser showed, told in the learner's sentence before it", browserRows],
  ["nmap's port table at the host's loopback", nmapRows],
];

describe.each(families)('cw110 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
