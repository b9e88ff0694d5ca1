/*
 * cw115: holdout93 and holdout94's reach:listening misses (README "holdout93-94: where the app listens, and a server that refused its
 * arguments (reach:listening) (cw115)"). Each row is a variation a learner would paste (other versions, names, ports, layouts,
 * languages, programs of the same kind), never the paste itself, which moved to ../corpus/; its `source` names where the words come
 * from. Rows whose id starts "guard" hold an answer that must not change (false oks above all).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; variant?: string | null; id: string; text: string };

const flask = (port: number) =>
  ` * Serving Flask app "app" (lazy loading)\n * Environment: production\n * Debug mode: off\n * Running on http://0.0.0.0:${port}/ (Press CTRL+C to quit)\n172.17.0.1 - - [26/May/2022 16:49:43] "GET / HTTP/1.1" 200 -`;

const templateRows: Row[] = [
  {
    source: "gohugoio/hugo's shortcode with angle brackets (`{{< notice info >}}`, the learn theme) between a run line and Flask's log",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    variant: 'app-port',
    id: 'hugo-angle-shortcode-run-5000-80',
    text: `\`\`\`bash\ndocker run -p 5000:80 shop-service\n\`\`\`\n\n{{< notice info >}}\nThe table name comes from the stack's outputs.\n{{< /notice >}}\n\n\`\`\`\n${flask(80)}\n\`\`\``,
  },
  {
    source: "hugo's `{{% notice tip %}}` (the Markdown-rendered shortcode) opening a docs page's excerpt, Werkzeug's log under it",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'hugo-percent-shortcode-opens-excerpt',
    text: `{{% notice tip %}}\nThe container's log shows where the app listens.\n{{% /notice %}}\n${flask(5000)}`,
  },
  {
    source: 'a Jinja/Handlebars page variable opening the excerpt (`{{ page.title }}`), a uvicorn log at another port under it',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'jinja-variable-line-uvicorn',
    text: '{{ page.title }}\nINFO:     Started server process [1]\nINFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
  },
  {
    source: 'guard: `docker ps --format "{{json .}}"` prints one JSON object a line (docker/cli formatter): still JSON, still read',
    check: 'reach:published',
    want: ['ok', 'healthy'],
    id: 'guard-ps-format-json-lines',
    text: `$ docker ps --format '{{json .}}'\n${JSON.stringify({ Names: 'dash-app', Image: 'e4l-python-graph', Status: 'Up 2 minutes', Ports: '0.0.0.0:8050->8050/tcp' })}`,
  },
  {
    source: 'guard: a docker inspect cut inside its document is still a cut document',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    variant: 'cut',
    id: 'guard-inspect-cut',
    text: '$ docker inspect dash-app\n[\n    {\n        "Id": "3f1c2a",\n        "State": {\n            "Status": "running",',
  },
];

const usageRows: Row[] = [
  {
    source:
      'Apache httpd server/main.c usage(): "Usage: %s [-D name] [-d directory] [-f file]", argv[0] as the httpd image runs it (httpd-foreground)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'httpd-image-usage-logs',
    text: '$ docker run -d --name web -p 8080:80 my-httpd sh\n4b1f0c2d9e8a\n$ docker logs web\nUsage: httpd [-D name] [-d directory] [-f file]\n             [-C "directive"] [-c "directive"]\n             [-k start|restart|graceful|graceful-stop|stop]\n             [-v] [-V] [-h] [-l] [-L] [-t] [-T] [-S] [-X]\nOptions:\n  -D name            : define a name for use in <IfDefine name> directives',
  },
  {
    source: "the same on CentOS/RHEL's /usr/sbin/httpd (an image whose ENTRYPOINT is httpd), the foreground run",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'centos-usr-sbin-httpd-usage-foreground',
    text: '[root@vm ~]# docker run centos-web /bin/bash\nUsage: /usr/sbin/httpd [-D name] [-d directory] [-f file]\n                       [-C "directive"] [-c "directive"]\n                       [-k start|restart|graceful|graceful-stop|stop]\n                       [-v] [-V] [-h] [-l] [-L] [-t] [-T] [-S] [-X]',
  },
  {
    source: 'the same at "Is the container running?": a run line, then usage: the container stopped',
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'apache2-usage-at-running',
    text: '$ docker run --name site site-image bash\nUsage: /usr/sbin/apache2 [-D name] [-d directory] [-f file]\n                         [-C "directive"] [-c "directive"]',
  },
  {
    source: 'nginx src/core/nginx.c ngx_get_options: ngx_log_stderr(0, "invalid option: \\"%s\\"", argv[i]), then NGX_ERROR (exit 1)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'nginx-invalid-option-entrypoint',
    text: '$ docker run -p 8080:80 my-nginx bash\nnginx: invalid option: "bash"',
  },
  {
    source:
      "docker-library/php docker-php-entrypoint passes `-…` words to apache2-foreground; -e KEY=VALUE after the image is docker run's env (docker/cli opts.go) at run",
    check: 'run',
    want: ['problem', 'no-port-published'],
    variant: 'after-image',
    id: 'env-after-image-apache-usage-at-run',
    text: '$ docker run -d laravel-app:1 -e DB_HOST=db -e DB_PORT=3306\n$ docker logs 9c2e\nUsage: apache2 [-D name] [-d directory] [-f file]\n               [-C "directive"] [-c "directive"]',
  },
  {
    source: "the same -e KEY=VALUE after the image refused by the app's own argparse (Lib/argparse.py error: unrecognized arguments)",
    check: 'run',
    want: ['problem', 'no-port-published'],
    variant: 'after-image',
    id: 'env-after-image-argparse-at-run',
    text: '$ docker run -d dash-image --env=DEBUG=1 -e PORT=8050\n$ docker logs 4e1\nusage: app.py [-h]\napp.py: error: unrecognized arguments: --env=DEBUG=1 -e PORT=8050',
  },
  {
    source: 'the same line and usage at "Does the app listen?": the server never started',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'env-after-image-usage-at-listening',
    text: '$ docker run -d laravel-app:1 -e DB_HOST=db\n$ docker logs 9c2e\nUsage: apache2 [-D name] [-d directory] [-f file]',
  },
  {
    source: "guard: an app's own -e without an assignment after its image (a log level) is not docker run's",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-app-own-e-option',
    text: '$ docker run -d --name dash-app -p 8050:8050 dash-app -e debug',
  },
  {
    source: "guard: Apache's own start (AH00558, 'resuming normal operations') is no crash",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-apache-normal-start',
    text: "$ docker logs web\nAH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message\n[Mon Jan 08 10:00:00.000000 2024] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.57 (Debian) PHP/8.2.12 configured -- resuming normal operations",
  },
];

const uwsgiLine = (client: string, uri = '/', status = 200) =>
  `[pid: 7|app: 0|req: 1/1] ${client} () {40 vars in 712 bytes} [Mon Jan  8 10:00:00 2024] GET ${uri} => generated 1234 bytes in 3 msecs (HTTP/1.1 ${status}) 2 headers in 80 bytes (1 switches on core 0)`;

const uwsgiRows: Row[] = [
  {
    source: "unbit/uwsgi core/logging.c uwsgi_logit_simple: Docker's gateway as the client, under docker logs",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    variant: 'logs',
    id: 'uwsgi-gateway-client-logs',
    text: `$ docker logs web\n${uwsgiLine('172.17.0.1')}\n${uwsgiLine('172.17.0.1', '/favicon.ico', 404)}`,
  },
  {
    source: "the same from Docker Desktop's gateway (192.168.65.1), app: -1 not loaded yet, a POST",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'uwsgi-desktop-gateway-post',
    text: '[pid: 15|app: 0|req: 12/40] 192.168.65.1 () {52 vars in 1020 bytes} [Tue Mar  5 09:12:44 2024] POST /api/items => generated 52 bytes in 18 msecs (HTTP/1.1 201) 3 headers in 110 bytes (1 switches on core 1)',
  },
  {
    source: "uWSGI's requests through the run line's one forward to another container port (cw43's rule): that port answers",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    variant: 'app-port',
    id: 'uwsgi-requests-forward-8080-5000',
    text: `$ docker run -d -p 8080:5000 --name api api-image\n$ docker logs api\n${uwsgiLine('172.17.0.1')}`,
  },
  {
    source: "guard: a request from loopback (a healthcheck inside the container) shows nothing of Docker's forward",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-uwsgi-loopback-client',
    text: uwsgiLine('127.0.0.1', '/health'),
  },
];

const resetRows: Row[] = [
  {
    source: "curl's (52) Empty reply at the published port, then (7) refused at the container's bridge address (moby's docker-proxy)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'empty-reply-then-bridge-refused',
    text: '$ curl http://localhost:8080\ncurl: (52) Empty reply from server\n$ curl http://172.17.0.3:8080\ncurl: (7) Failed to connect to 172.17.0.3 port 8080 after 0 ms: Connection refused',
  },
  {
    source: "the order the other way, Compose's network (172.18.x), curl 8's (56) reset wording",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'bridge-refused-then-reset-compose-net',
    text: "$ curl 172.18.0.2:3000\ncurl: (7) Failed to connect to 172.18.0.2 port 3000 after 1 ms: Couldn't connect to server\n$ curl localhost:3000\ncurl: (56) Recv failure: Connection reset by peer",
  },
  {
    source: "guard: the refusal at the container's address alone (qiuhaotc/WebSSH#8's layout): another port or loopback",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    variant: 'inside',
    id: 'guard-bridge-refused-alone',
    text: '$ nc -vz 172.17.0.4 5000\n(UNKNOWN) [172.17.0.4] 5000 (?) : Connection refused',
  },
  {
    source: 'guard: refused at the host too (no reset): the inside refusal keeps its answer',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    variant: 'inside',
    id: 'guard-host-refused-and-bridge-refused',
    text: '$ curl localhost:5000\ncurl: (7) Failed to connect to localhost port 5000: Connection refused\n$ curl 172.17.0.2:5000\ncurl: (7) Failed to connect to 172.17.0.2 port 5000: Connection refused',
  },
];

const insideRows: Row[] = [
  {
    source: 'a learner\'s "works inside the container" beside curl refused at a published port (run line in a code span)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'told-works-inside-run-span-refused',
    text: 'I started it with `docker run -d -p 5000:5000 myflask` and `docker ps` shows it up.\n`curl localhost:5000` gives `curl: (7) Failed to connect to localhost port 5000: Connection refused`\nIt works inside the container but not from the host.',
  },
  {
    source: 'the same with "From within the container I can curl it", docker-machine\'s VM address refused',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'told-can-curl-within-machine-ip',
    text: '$ docker run -d -p 9000:9000 api-server\n$ curl $(docker-machine ip default):9000\ncurl: (7) Failed to connect to 192.168.99.100 port 9000: Connection refused\nFrom within the container I can curl it just fine.',
  },
  {
    source: "a compose file's ports entry, Chrome's refused page, and curl at localhost:<container port> told to show the page inside",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'told-curl-inside-shows-html-compose',
    text: 'services:\n  app:\n    image: me/app:1\n    ports:\n      - "3080:3000"\n\nRunning `curl localhost:3000` inside the Docker container shows HTML from the app.\nIn the browser I get "This site can’t be reached localhost refused to connect."',
  },
  {
    source: 'guard: the same words with no forward shown: nothing published answers first',
    check: 'reach:listening',
    want: ['problem', 'no-port-published'],
    id: 'guard-told-inside-no-forward',
    text: '$ curl localhost:5000\ncurl: (7) Failed to connect to localhost port 5000: Connection refused\nIt works inside the container though.',
  },
  {
    source: "guard: a negated telling (can't reach it inside the container either) says nothing answers anywhere",
    check: 'reach:listening',
    // Stop 58 (cw182): a refusal at the one port the run publishes, which leads elsewhere than 8050, is that mapping's answer.
    want: ['problem', 'ports-swapped'],
    id: 'guard-told-inside-negated',
    text: "$ docker run -d -p 5000:5000 myflask\n$ curl localhost:5000\ncurl: (7) Failed to connect to localhost port 5000: Connection refused\nI can't reach it inside the container either.",
  },
  {
    source: "guard: the app's own every-address line at the forward's port comes before the telling",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-told-inside-app-line-all',
    text: `$ docker run -d -p 5000:5000 myflask\n$ docker logs myflask\n${flask(5000)}\n$ curl localhost:5000\ncurl: (7) Failed to connect to localhost port 5000: Connection refused\nIt works inside the container.`,
  },
];

const families: [string, Row[]][] = [
  ["a docs page's template shortcodes are no JSON", templateRows],
  ['a web server that refused its arguments, and -e KEY=VALUE after the image', usageRows],
  ["uWSGI's request lines", uwsgiRows],
  ["a reset at the published port beside a refusal at the container's address", resetRows],
  ['a learner telling it answers inside the container, refused through the forward', insideRows],
];

describe.each(families)('cw115 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, variant, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
    if (variant !== undefined) expect(d.details.variant ?? null).toBe(variant);
  });
});
