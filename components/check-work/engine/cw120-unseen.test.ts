/*
 * cw120 (stop 44): holdout95–98's reach:published, run and reach:port-free misses by class (README "holdout95-98: reach:published,
 * run and reach:port-free (cw120)").
 * - Werkzeug's two URLs for a wildcard host (loopback and the interface's own address at one port), its "all addresses" line left out;
 * - a later detached run line of the same image without -p, after the one that published (the later run stands);
 * - ss' bracketed IPv6 address with a copy's spaces after its colons;
 * - a port told taken with the teller's adverb ("is apparently used now by ControlCenter");
 * - a poster's `...` in a later block of a notes page (under the next heading), not the listing's lost rows;
 * - a compose file's ports entries per service: the one container Compose's progress named gets its service's forwards; one other
 *   service with several fixed host ports is another container.
 * Each row is a variation a learner would paste, never the paste itself (which moved to ../corpus/); its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const werkzeug = 'pallets/werkzeug serving.py log_startup (2.1+): a wildcard host prints its loopback URL, then get_interface_ip’s';

const werkzeugRows: Row[] = [
  {
    source: `${werkzeug}, Flask in a container run without -p (the "all addresses" line left out of the copy)`,
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'run-no-p-two-urls',
    text: "$ docker run flask-app:v1\n * Serving Flask app 'app'\n * Running on http://127.0.0.1:5000\n * Running on http://172.17.0.2:5000\nPress CTRL+C to quit",
  },
  {
    source: `${werkzeug}, the interface's line first (a learner's copy in another order)`,
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'run-no-p-two-urls-reversed',
    text: '$ docker run my-flask\nRunning on http://172.17.0.3:8000\nRunning on http://127.0.0.1:8000',
  },
  {
    source: `${werkzeug}, under Compose v2's prefix: web's app at 5000, not 8050`,
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'compose-web-two-urls-5000',
    text: 'web-1  |  * Running on http://127.0.0.1:5000\nweb-1  |  * Running on http://172.18.0.3:5000\nweb-1  | Press CTRL+C to quit',
  },
  {
    source: 'Werkzeug with host 127.0.0.1 prints its one loopback URL (log_startup, no interface line)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-loopback-alone',
    text: '$ docker logs dash-app\n * Running on http://127.0.0.1:8050\nPress CTRL+C to quit',
  },
  {
    source: 'two servers’ lines at different ports (loopback 8050, another address 5000): not one wildcard bind',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-loopback-and-other-port',
    text: '$ docker logs dash-app\n * Running on http://127.0.0.1:8050\n * Running on http://172.17.0.2:5000',
  },
];

const laterDetachedRows: Row[] = [
  {
    source:
      'appropriate/docker-jetty#47 shape: `-d -p 8080:8080` works, then `docker run -d jetty` and inspect for its IP (docker/cli run.go starts a new container)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'prose-later-detached-same-image',
    text: 'I start it with `docker run -d -p 8080:80 nginx` and http://localhost:8080 works.\n\nBut if I start it with `docker run -d nginx` and take the IP from docker inspect, it does not load. Why?',
  },
  {
    source: 'the jetty comment’s own layout: each run line ending its sentence after a colon or a dash',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'prose-colon-later-detached',
    text: 'This works: docker run -d -p 8080:80 nginx\n\nThis does not (I use the IP from docker inspect): docker run -d nginx',
  },
  {
    source: 'the same at prompts, the later detached run printing its ID (docker/cli run.go fmt.Fprintln(containerID) with -d)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'prompts-later-detached-id',
    text: '$ docker run -d -p 8000:8000 myapi\n1f0c2d3e4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0\n$ docker run -d myapi\n9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9',
  },
  {
    source:
      'docker-library/tomcat#122 reversed (check.test.ts): a foreground line of the same image the paste ends on, nothing shown after it',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-foreground-same-image-ends-paste',
    text: '$ docker run -it --rm -p 8888:8050 e4l-python-graph\n$ docker run -it --rm e4l-python-graph',
  },
];

const ssRow = (local: string) =>
  `LISTEN    0         4096          ${local}               [::]:*        users:(("docker-proxy",pid=2735,fd=4))`;

const ssBracketRows: Row[] = [
  {
    source: 'iproute2 ss -plnt (misc/ss.c: IPv6 local address in brackets), copied through text that spaced its colons (docker/cli#2898)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ss-ipv6-spaced-other-port',
    text: `$ sudo ss -plnt | grep 1000\n${ssRow('[fd00: 12::1]:1000')}`,
  },
  {
    source: 'the same spaced bracket at the lesson’s 8050, docker-proxy holding it',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'ss-ipv6-spaced-8050-docker-proxy',
    text: `$ sudo ss -plnt | grep 8050\n${ssRow('[fd00: 12::1]:8050')}`,
  },
  {
    source: 'ss -plnt with its IPv6 address whole (misc/ss.c), read as before',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-ss-ipv6-whole-other-port',
    text: `$ sudo ss -plnt | grep 1000\n${ssRow('[fd00:12::1]:1000')}`,
  },
];

const toldRows: Row[] = [
  {
    source: 'nigelpoulton/gsd#9: macOS 12 AirPlay Receiver (ControlCenter) holds 5000; told with an adverb',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'told-apparently-used-now',
    text: 'Port 5000 is apparently used now by ControlCenter (for AirPlay), so change it in the compose file.',
  },
  {
    source: 'dockersamples/example-voting-app#332 wording (cw111) with "probably" and "being"',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'told-probably-being-used',
    text: 'I think port 8050 is probably being used by another program on my laptop.',
  },
  {
    source: 'a port told free is no conflict',
    check: 'reach:port-free',
    want: 'not ok',
    id: 'guard-told-free',
    text: 'Port 8050 is apparently free now.',
  },
];

const psHeader =
  'CONTAINER ID   IMAGE      COMMAND                  CREATED          STATUS          PORTS                                       NAMES';
const psRow =
  '7d690e265321   app_app    "poetry run task prod"   2 minutes ago    Up 2 minutes    0.0.0.0:8000->8000/tcp, :::8000->8000/tcp   app_app_1';

const elisionRows: Row[] = [
  {
    source: 'a notes page (markdown): docker ps, then the next `####` heading and an elided compose file (`...` above `networks:`)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'ps-then-heading-elided-yaml',
    text: `> docker ps\n${psHeader}\n${psRow}\n\n#### Adding a network\n\nWe add it to the services:\n...\nnetworks:\n    - backend`,
  },
  {
    source: 'docker ps with the poster’s `...` right under its rows (cw92 rowsLost): rows left out',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'guard-ps-rows-then-ellipsis',
    text: `> docker ps\n${psHeader}\n${psRow}\n...`,
  },
];

const fileRows: Row[] = [
  {
    source: 'compose-spec ports per service: `web:` `- "127.0.0.1:2001:5000"`, then Compose v1 `Creating notes_web_1 ... done`',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'file-web-v1-progress',
    text: 'services:\n  web:\n    image: flask-notes\n    ports:\n      - "127.0.0.1:2001:5000"\n\n$ docker-compose -p notes up\nCreating network "notes_default" with the default driver\nCreating notes_web_1 ... done\nAttaching to notes_web_1\nweb_1  |  * Running on http://0.0.0.0:5000/ (Press CTRL+C to quit)',
  },
  {
    source: 'docker/for-win#12853 shape: one `webserver:` service with container_name and `- 80:80`, `- 443:443`, a browser error',
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'file-one-other-service-several',
    text: "version: '3'\nservices:\n  proxy:\n    image: traefik:v2.10\n    container_name: proxy\n    ports:\n      - 80:80\n      - 8080:8080\n\nhttp://localhost:8080 gives ERR_CONNECTION_CLOSED",
  },
  {
    source: 'akeneo/Dockerfiles#328 shape (cw81): one entry of another service answers by where it leads',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-file-one-entry',
    text: "httpd:\n    image: 'httpd:2.4'\n    ports:\n      - '9000:9000'\n\nERR_EMPTY_RESPONSE at http://localhost:9000",
  },
  {
    source: 'the lesson’s web service with several mappings, none 8050: where they lead (not another container)',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'guard-file-web-several',
    text: 'services:\n  web:\n    build: .\n    ports:\n      - "5000:5000"\n      - "5001:5001"',
  },
  {
    source: 'the lesson’s own file and Compose v1 progress: a file and a start line are no listing, never an ok',
    check: 'reach:published',
    want: 'not ok',
    id: 'guard-file-8050-progress',
    text: 'services:\n  web:\n    build: .\n    ports:\n      - "8050:8050"\n\n$ docker-compose up -d\nCreating dash-app_web_1 ... done',
  },
];

const families: [string, Row[]][] = [
  ["Werkzeug's two URLs for a wildcard host", werkzeugRows],
  ['a later detached run of the same image without -p', laterDetachedRows],
  ["ss' bracketed IPv6 address with spaced colons", ssBracketRows],
  ['a port told taken with an adverb', toldRows],
  ["a poster's `...` in a later block of a notes page", elisionRows],
  ["a compose file's ports entries per service", fileRows],
];

describe.each(families)('cw120 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
