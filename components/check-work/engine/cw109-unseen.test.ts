/*
 * cw109 (the lead, stop 42): holdout87's three misses by class.
 * - Several services that all say the same about where they listen (each on every address at 5000), none at the lesson's port:
 *   whichever is the app, so is its answer (two Azure Cognitive Services containers' Kestrel lines).
 * - The entries of a network inspect's Containers map alone (moby api/types/network EndpointResource: Name, EndpointID, MacAddress,
 *   IPv4Address), keyed by container IDs, under the command that names the network, also with a sentence between.
 * - nginx's `[emerg]` of its own failed lookup anywhere in a container's `docker logs`, when the author's prose follows the output.
 * Each row's words come from the source it names; rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const kestrel = (svc: string, port = 5000, host = '0.0.0.0') =>
  `${svc}  | Hosting environment: Production\n${svc}  | Now listening on: http://${host}:${port}\n${svc}  | Application started. Press Ctrl+C to shut down.`;
const uvicorn = (svc: string, port: number, host = '0.0.0.0') =>
  `${svc}  | INFO:     Started server process [1]\n${svc}  | INFO:     Uvicorn running on http://${host}:${port} (Press CTRL+C to quit)`;
const id = (n: number) =>
  `${n}`
    .repeat(64)
    .slice(0, 64)
    .replace(/\d/g, (d) => 'abcdef0123456789'[Number(d)]!);
const entry = (n: number, name: string, ip: string) =>
  `"${id(n)}": {\n                "Name": "${name}",\n                "EndpointID": "${id(n + 3)}",\n                "MacAddress": "02:42:ac:1c:05:0${n}",\n                "IPv4Address": "${ip}/24",\n                "IPv6Address": ""\n            }`;
const emergLog = (host: string, after: string) =>
  `$ docker run -d --name front -p 3000:80 front:v1\n${id(7)}\n$ docker ps -a\nCONTAINER ID   IMAGE      COMMAND                  CREATED         STATUS                     PORTS                    NAMES\n4c14085d9135   front:v1   "/docker-entrypoint.…"   3 seconds ago   Exited (1) 2 seconds ago                            front\nf348878226ac   api:v1     "uvicorn main:app --…"   6 seconds ago   Up 6 seconds               0.0.0.0:8000->8000/tcp   api\n$ docker logs front\n/docker-entrypoint.sh: Configuration complete; ready for start up\n2026/10/07 03:23:55 [emerg] 1#1: host not found in upstream "${host}" in /etc/nginx/conf.d/default.conf:24\nnginx: [emerg] host not found in upstream "${host}" in /etc/nginx/conf.d/default.conf:24\n\n${after}`;

const psRows = [
  'a506765f8706        nginx                   "nginx -g \'daemon ..."   4 seconds ago       Exited (1) Less than a second ago                       kind_hodgkin',
  'c2ecdbc2e1f5        nginx                   "nginx -g \'daemon ..."   5 seconds ago       Exited (1) 2 seconds ago                                hopeful_swartz',
  '49c41841a4e8        nginx                   "nginx -g \'daemon ..."   2 minutes ago       Up 2 minutes                                            silly_visvesvar',
].join('\n');

const rows: Row[] = [
  {
    source: 'Azure docs docker-compose-recipe (Italian): Compose v1, forms_1 and ocr_1, Kestrel `Now listening on: http://0.0.0.0:5000`',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'two-kestrel-same-port',
    text: `$ docker-compose up\nStarting docker_ocr_1   ... done\nStarting docker_forms_1 ... done\nAttaching to docker_ocr_1, docker_forms_1\n${kestrel('forms_1')}\n${kestrel('ocr_1')}`,
  },
  {
    source: "uvicorn's start line (uvicorn/server.py `Uvicorn running on %s://%s:%d`), Compose v2 prefixes",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'two-uvicorn-v2-same-port',
    text: `${uvicorn('api-1', 8000)}\n${uvicorn('worker-1', 8000)}`,
  },
  {
    source: "Kestrel's line on loopback (ASP.NET Core's default `http://localhost:5000` outside a container)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'two-kestrel-loopback',
    text: `${kestrel('forms_1', 5000, '127.0.0.1')}\n${kestrel('ocr_1', 5000, '127.0.0.1')}`,
  },
  {
    source: 'guard: two services at different ports: which is the app is unknown',
    check: 'reach:listening',
    want: 'not ok',
    id: 'guard-two-ports',
    text: `${uvicorn('api-1', 8000)}\n${uvicorn('admin-1', 9000)}`,
  },
  {
    source: 'guard: the same port, one on every address and one on loopback: they do not say the same',
    check: 'reach:listening',
    want: 'not ok',
    id: 'guard-two-addresses',
    text: `${kestrel('forms_1', 5000)}\n${kestrel('ocr_1', 5000, '127.0.0.1')}`,
  },
  {
    source: 'guard: one service at the lesson port on every address beside another at 5000 (the one at 8050 is the app, as before)',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-one-at-8050',
    text: `${uvicorn('tutorials-api-1', 8050)}\n${kestrel('ocr-1', 5000)}`,
  },
  {
    source: 'Spanish ASIR exam answers: `docker inspect bin9_subnet`, a sentence, then only the Containers entries',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'containers-entries-prose-between',
    text: `~~~\ndocker inspect bind9_subnet\n~~~\n\nInspeccionamos la red a la que pertenecen los contenedores.\n\n\`\`\`\n${entry(1, 'asir_bind9', '172.28.5.1')},\n            ${entry(2, 'asir_cliente_dns', '172.28.5.33')}\n\`\`\``,
  },
  {
    source: 'moby network inspect\'s `"Containers": {` member alone under `docker network inspect mynet`',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'containers-member',
    text: `$ docker network inspect mynet\n        "Containers": {\n            ${entry(1, 'redis', '172.18.0.2')},\n            ${entry(2, 'app', '172.18.0.3')}\n        },`,
  },
  {
    source: "Compose v2's default network (`<project>_default`, members `<project>-<service>-1`): another project's",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'containers-entries-other-project',
    text: `$ docker network inspect shop_default\n${entry(1, 'shop-web-1', '172.20.0.2')},\n${entry(2, 'shop-db-1', '172.20.0.3')}`,
  },
  {
    source: 'the same entries cut inside the last one (a copy that stopped mid-object)',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'containers-entries-cut',
    text: `$ docker network inspect labnet\n${entry(1, 'ns1', '10.5.0.2')},\n"${id(9)}": {\n                "Name": "ns2",\n                "EndpointID": "${id(4)}`,
  },
  {
    source: "guard: the lesson's own network so shown is not read (no ok from an excerpt without labels)",
    check: 'networks',
    want: 'not ok',
    id: 'guard-lesson-network-excerpt',
    text: `$ docker network inspect dash-app_frontend\n${entry(1, 'dash-app-proxy-1', '172.19.0.2')},\n${entry(2, 'dash-app-web-1', '172.19.0.3')}`,
  },
  {
    source: 'guard: the entries with no command naming a network: not read as any network',
    check: 'networks',
    want: 'not ok',
    id: 'guard-entries-no-command',
    text: `${entry(1, 'asir_bind9', '172.28.5.1')},\n${entry(2, 'asir_cliente_dns', '172.28.5.33')}`,
  },
  {
    source: "Spanish practical-work report (catalogo-app): nginx `[emerg] host not found in upstream`, then the author's paragraph",
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'emerg-then-prose-es',
    text: emergLog(
      'api',
      'Al cargar la configuración, nginx intenta resolver el nombre del servidor de destino\n(_upstream_). Fuera de la red, no puede resolver `api`.\nEste fallo impide el arranque: el proceso principal termina con código de salida 1,\nen lugar de iniciar en un estado degradado\no reintentar la resolución.',
    ),
  },
  {
    source: 'nginx src/http/ngx_http_upstream.c `host not found in upstream "%V"` with a port, an English note after',
    check: 'networks',
    want: ['problem', 'upstream-host-not-found'],
    id: 'emerg-with-port-then-prose-en',
    text: emergLog(
      'api:8000',
      'So nginx exits at start:\nthe frontend is on the default bridge,\nwhere Docker has no DNS for container names,\nso the name api resolves to nothing\nand the container stops with code 1.',
    ),
  },
  {
    source: 'guard: at compose the proxy that stopped on its own lookup stays compose-service-not-running (CONVENTIONS §2.6)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-emerg-at-compose',
    text: emergLog('api', 'Fuera de la red, no puede resolver `api`.'),
  },
  {
    source:
      "corpus/habits.ts hard-wrap-80 of h84-notes48976246584: ps ax's docker-proxy row wrapped inside `-host-port` (a console's width)",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'proxy-row-hard-wrapped',
    text: `${psRows}\n\nroot@docker-host:~# ps ax | grep docker-proxy\n 9241 ?        Sl     0:00 /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -ho\nst-port 9292 -container-ip 10.0.1.2 -container-port 9292`,
  },
  {
    source: 'corpus/habits.ts one-line of the same paste: every line break lost, the proxy row after the listing rows in one line',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'proxy-row-one-line',
    text: `${psRows}\n\nroot@docker-host:~# ps ax | grep docker-proxy\n 9241 ?        Sl     0:00 /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 9292 -container-ip 10.0.1.2 -container-port 9292`
      .replace(/\s+/g, ' ')
      .trim(),
  },
];

describe('cw109: services alike, a network inspect excerpt of its members, nginx lookup before prose', () => {
  for (const row of rows)
    it(`${row.id} at ${row.check}`, async () => {
      const d = await check(row.check, row.text);
      if (row.want === 'not ok') expect(d.kind).not.toBe('ok');
      else expect([d.kind, d.id]).toEqual(row.want);
    });
});
