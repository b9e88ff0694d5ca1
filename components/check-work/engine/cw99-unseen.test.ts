/*
 * cw99: holdout83's compose and networks misses (README "holdout81–84: compose files and upstreams (holdout83) (cw99)").
 * Each row is a variation a learner would paste (other versions, names, ports, layouts, programs of the same kind), never the paste
 * itself, which moved to ../corpus/; its `source` names where the words come from. Rows whose id starts "guard" hold an answer
 * that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const ep = (ip: string, id: string) =>
  `"IPAMConfig":null,"Links":null,"Aliases":["${id}"],"NetworkID":"b1aefb12ba98f2314c8533fe1520c411ede382e9049f605018b72f6f8a63a08e","EndpointID":"7657d3744e8e5a84e4d34dac17c48b2cdaba8c30a16e7004812d515a4ae9677a","Gateway":"172.19.0.1","IPAddress":"${ip}","IPPrefixLen":16,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"MacAddress":"02:42:ac:13:00:02","DriverOpts":null`;

const loopRows: Row[] = [
  {
    source:
      'nginx src/http/ngx_http_upstream.c ngx_http_upstream_log_error (`upstream: "%V"`), fastcgi_pass 127.0.0.1:9000 in a Laravel image, v1 container name',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'v1-docker-logs-fastcgi-127-9000-other-project',
    text: 'docker logs laravel-app_nginx_1\n172.20.0.1 - - [02/Mar/2021:10:11:12 +0000] "GET / HTTP/1.1" 502 157 "-" "curl/7.68.0" "-"\n2021/03/02 10:11:12 [error] 22#22: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 172.20.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "localhost:8080"',
  },
  {
    source: "the same nginx line at lesson 8 (CONVENTIONS §2.6 cw44: the proxy's own loopback is its own container)",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'v1-docker-logs-fastcgi-127-9000-other-project-networks',
    text: 'docker logs laravel-app_nginx_1\n2021/03/02 10:11:12 [error] 22#22: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 172.20.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "localhost:8080"',
  },
  {
    source: "nginx proxy_pass http://127.0.0.1:8050 under Compose v2's `proxy-1  | ` prefix (docker compose logs proxy)",
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'v2-logs-proxy-1-111-127-8050',
    text: '$ docker compose logs proxy\nproxy-1  | 2024/05/01 09:00:01 [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8050/", host: "localhost:8080"',
  },
  {
    source:
      'nginx ngx_http_upstream_round_robin.c "no live upstreams" with the upstream at localhost (zanfranceschi/rinha-de-backend-2024-q1 pull requests)',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'no-live-upstreams-localhost',
    text: 'nginx-1  | 2024/02/12 11:20:03 [error] 30#30: *9 no live upstreams while connecting to upstream, client: 172.19.0.1, server: , request: "POST /clientes/1/transacoes HTTP/1.1", upstream: "http://localhost/clientes/1/transacoes", host: "localhost:9999"',
  },
  {
    source:
      'nginx ngx_http_upstream.c ngx_http_upstream_next "upstream timed out (110: Connection timed out) while connecting to upstream", at 127.0.0.1',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'timed-out-127',
    text: 'proxy_1  | 2022/08/09 12:00:00 [error] 7#7: *12 upstream timed out (110: Connection timed out) while connecting to upstream, client: 172.21.0.1, server: example.local, request: "GET /api/ HTTP/1.1", upstream: "http://127.0.0.1:5000/api/", host: "localhost"',
  },
  {
    source: 'nginx ngx_http_uwsgi_module (`uwsgi_pass 127.0.0.1:8000`: upstream "uwsgi://127.0.0.1:8000"), Django behind uWSGI',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'uwsgi-127-8000',
    text: 'nginx_1  | 2019/11/20 08:15:42 [error] 6#6: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 192.168.99.1, server: _, request: "GET /admin/ HTTP/1.1", upstream: "uwsgi://127.0.0.1:8000", host: "192.168.99.100"',
  },
  {
    source: "nginx at [::1] (localhost resolved to IPv6 in the proxy's container), ngx_http_upstream.c",
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'ipv6-loopback-upstream',
    text: 'proxy-1  | 2023/10/10 10:10:10 [error] 21#21: *5 connect() failed (111: Connection refused) while connecting to upstream, client: 172.22.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://[::1]:3000/", host: "localhost"',
  },
  {
    source: 'Apache httpd modules/proxy/proxy_util.c APLOGNO(00957) "%s: attempt to connect to %pI (%s) failed" at 127.0.0.1',
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'apache-ah00957-127',
    text: 'apache-1  | [Tue Apr 04 10:00:00.123456 2023] [proxy:error] [pid 9:tid 140] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8050 (localhost) failed\napache-1  | [Tue Apr 04 10:00:00.123500 2023] [proxy_http:error] [pid 9:tid 140] [client 172.18.0.1:50122] AH01114: HTTP: failed to make connection to backend: localhost',
  },
  {
    source:
      "Apache httpd mod_proxy_fcgi at 127.0.0.1:9000 (laradock/laradock#3596's words at loopback), another project's v1 `Attaching to`",
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'apache-fcgi-127-other-project',
    text: 'Attaching to shop_php_1, shop_apache_1\napache_1  | [Mon Jan 10 09:00:00.000000 2022] [proxy:error] [pid 12:tid 139] (111)Connection refused: AH00957: FCGI: attempt to connect to 127.0.0.1:9000 (127.0.0.1) failed',
  },
  {
    source: "Portuguese prose around nginx's line (rinha-de-backend-2024-q1), `docker compose logs` prefix, localhost:80",
    check: 'compose',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'pt-prose-nginx-localhost-80',
    text: 'Alguém sabe o que é isso? O nginx não encaminha:\nnginx-1  | 2024/02/13 01:02:03 [error] 31#31: *2 connect() failed (111: Connection refused) while connecting to upstream, client: 192.168.112.1, server: , request: "GET /clientes/3/extrato HTTP/1.1", upstream: "http://127.0.0.1:80/clientes/3/extrato", host: "localhost:9999"\nValeu!',
  },
  {
    source: 'Docker Desktop on Windows, nginx to a Flask app at 127.0.0.1:5000 (`docker logs web-proxy`), ngx_http_upstream.c',
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'win-docker-logs-127-5000-networks',
    text: 'PS C:\\dev\\app> docker logs web-proxy\n2022/01/05 14:00:00 [error] 30#30: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.17.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:5000/", host: "localhost:8080"',
  },
  {
    source: "guard: nginx refused at a service's address (CONVENTIONS §2.6: a refusal at a service → upstream-connection-refused)",
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-refused-at-service-address',
    text: 'proxy-1  | 2024/05/01 09:00:01 [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost:8080"',
  },
  {
    source: 'guard: nginx refused at web by name, web exited before it (CONVENTIONS §2.6 cw39: a peer stopped first is the cause)',
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-refused-web-exited-first',
    text: 'web-1 exited with code 1\nproxy-1  | 2024/05/01 09:00:01 [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://172.18.0.3:8050/", host: "localhost:8080"',
  },
];

const fileRows: Row[] = [
  {
    source:
      "docker/compose 1.x compose/config/validation.py validate_config_section: \"In file '{filename}', {section} '{name}' must be a mapping not {type}.\"",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-service-ports-not-mapping-array',
    text: "$ docker-compose up -d\nERROR: In file './docker-compose.yml', service 'ports' must be a mapping not an array.",
  },
  {
    source: "the same check of the volumes section (section 'volume'), Compose 1.29",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-volume-not-mapping-string',
    text: "user@host:~/app$ docker-compose up\nERROR: In file './docker-compose.yml', volume 'db_data' must be a mapping not a string.",
  },
  {
    source: 'the same check of the networks section on Windows (docker-compose.exe, a backslashed path)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'win-network-not-mapping-array',
    text: "PS C:\\Users\\me\\shop> docker-compose up\nERROR: In file '.\\docker-compose.yml', network 'frontend' must be a mapping not an array.",
  },
  {
    source: "validation.py's message quoted in a sentence (a code span, its closing backtick at the line's end)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'quoted-restart-not-mapping',
    text: "When I run docker-compose up I get `ERROR: In file './docker-compose.yml', service 'restart' must be a mapping not a string.`",
  },
  {
    source:
      "validation.py validate_config_section: \"In file '{filename}', the {section} name {name} must be a quoted string, i.e. '{name}'.\"",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v1-service-name-not-quoted',
    text: "$ docker-compose config\nERROR: In file './docker-compose.yml', the service name 1 must be a quoted string, i.e. '1'.",
  },
  {
    source: 'a Chinese note quoting docker-compose\'s error (a stored blog page: "docker-compose启动服务时一般会报")',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'zh-hostname-not-mapping',
    text: "如格式写错docker-compose启动服务时报：ERROR: In file './nginx.yaml', service 'hostname' must be a mapping not a string.",
  },
  {
    source:
      "Compose 1.x before 1.27 reads a file without `version:` as the v1 format, so the lesson's top-level `name:` is a service (validation.py)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-name-as-service-too-old',
    text: "$ docker-compose up -d\nERROR: In file './compose.yaml', service 'name' must be a mapping not a string.",
  },
  {
    source:
      "Compose 1.5's \"Service 'version' doesn't have any configuration options\" (a v2 file read by a v1-format Compose; a stored README's Issues)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v15-version-no-options-too-old',
    text: "```\nIn file './docker-compose.yml' service 'version' doesn't have any configuration options.\n```",
  },
  {
    source: "guard: compose-go's schema `services.web.environment must be a mapping` (compose-errors.ts, unchanged)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-v2-schema-must-be-mapping',
    text: '$ docker compose up\nvalidating /home/me/app/compose.yaml: services.web.environment must be a mapping',
  },
];

const versionRows: Row[] = [
  {
    source: 'docker-compose 1.x `version` (compose/cli/main.py: "docker-compose version %s, build %s") after an issue template\'s label',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'template-label-v1-1292',
    text: '**Output of `docker-compose version`**: docker-compose version 1.29.2, build 5becea4c\n\nThe services do not show in ps.',
  },
  {
    source: 'the same line in a sentence (Ubuntu 18.04\'s package: "build unknown")',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'sentence-v1-1171-build-unknown',
    text: "I'm using docker-compose version 1.17.1, build unknown on Ubuntu 18.04 and `docker-compose ps` lists nothing.",
  },
  {
    source: "the same line in a Markdown list of versions (an issue's Environment section)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'list-v1-1241',
    text: '- Docker: Docker version 19.03.5, build 633a0ea\n- Compose: docker-compose version 1.24.1, build 4667896b',
  },
  {
    source: "guard: v2's `Docker Compose version v2.24.6` after a label (not too old: 2.3+ reads the lesson's file)",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-label-v2-2246',
    text: 'Version: Docker Compose version v2.24.6',
  },
];

const spanRows: Row[] = [
  {
    source: "CPython's `python: can't open file '…': [Errno 2] No such file or directory` in a code span ending a list item",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'list-span-python-cant-open',
    text: "1. Clone the repo.\n2. Run `docker compose up`.\n3. Observe `python: can't open file '/app/manage.py': [Errno 2] No such file or directory`",
  },
  {
    source:
      "node's `Error: Cannot find module '/usr/src/app/server.js'` (lib/internal/modules/cjs/loader.js) in a code span ending a sentence",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'sentence-span-node-cannot-find-module',
    text: "The api container stops right away and its log shows `Error: Cannot find module '/usr/src/app/server.js'`",
  },
  {
    source:
      "argparse's `gunicorn: error: the following arguments are required: APP_MODULE` (Lib/argparse.py ArgumentParser.error) ending a sentence",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'sentence-span-argparse-required',
    text: 'The web service never starts, its logs say `gunicorn: error: the following arguments are required: APP_MODULE`',
  },
  {
    source:
      "optparse's `gunicorn: error: no such option: --bind-addr` (Lib/optparse.py OptionParser.error) in a list item, its closing backtick last",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'list-span-optparse',
    text: '- `docker compose up -d` succeeds\n- `docker compose logs web` shows `gunicorn: error: no such option: --bind-addr`',
  },
];

const jsonRows: Row[] = [
  {
    source:
      'moby api/types/network EndpointSettings (Docker 25+: DNSNames) as `{{json .NetworkSettings.Networks}}` prints it, the command left out',
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'bare-json-hand-made-net',
    text: `{"backend-net":{${ep('172.19.0.2', 'api')},"DNSNames":["api","a1b2c3d4e5f6"]}}`,
  },
  {
    source: "Docker 1.9's EndpointSettings (no NetworkID, IPAMConfig or Aliases yet), the bridge, under a sentence",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'bare-json-19-bridge',
    text: 'Here are the networks of my container:\n{"bridge":{"EndpointID":"2cdc4edb1ded3631c81f57966563e5c8525b81121bb3706a9a9a3ae102711f3f","Gateway":"172.17.0.1","IPAddress":"172.17.0.2","IPPrefixLen":16,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"MacAddress":"02:42:ac:11:00:02"}}',
  },
  {
    source: "the same map pretty-printed by jq (`… | jq`, a Compose issue template's block), an external network",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'bare-json-jq-external',
    text: '{\n  "traefik-public": {\n    "IPAMConfig": null,\n    "Links": null,\n    "Aliases": [\n      "blog-web-1",\n      "web"\n    ],\n    "NetworkID": "5f0c2a7e9c0d",\n    "EndpointID": "d1e2f3a4b5c6",\n    "Gateway": "172.30.0.1",\n    "IPAddress": "172.30.0.4",\n    "IPPrefixLen": 16,\n    "IPv6Gateway": "",\n    "GlobalIPv6Address": "",\n    "GlobalIPv6PrefixLen": 0,\n    "MacAddress": "02:42:ac:1e:00:04",\n    "DriverOpts": null\n  }\n}',
  },
  {
    source: "CONVENTIONS §2.6 cw40: a network named `<project>_…` in the template's JSON names that project; here without its command",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'bare-json-other-project-default',
    text: `{"shop_default":{${ep('172.19.0.3', 'web')}}}`,
  },
  {
    source: "guard: the lesson's own networks in the same JSON are never read (no ok from a name alone, cw40)",
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-bare-json-lesson-networks',
    text: `{"dash-app_frontend":{${ep('172.20.0.3', 'proxy')}},"dash-app_backend":{${ep('172.21.0.3', 'proxy')}}}`,
  },
];

const ambiguousRows: Row[] = [
  {
    source:
      'moby daemon/network.go FindNetwork: "network %s is ambiguous (%d matches found on name)", Compose v2 (another project\'s default network)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'v2-shop-default-ambiguous',
    text: '$ docker compose up -d\n[+] Running 1/2\n ✔ Container shop-db-1   Started\n ⠿ Container shop-web-1  Starting\nError response from daemon: network shop_default is ambiguous (2 matches found on name)',
  },
  {
    source: "the same refusal under Compose v1's `ERROR: for x  Cannot start service x:` at lesson 8",
    check: 'networks',
    want: ['problem', 'compose-project-name'],
    id: 'v1-blog-backend-ambiguous-networks',
    text: 'ERROR: for web  Cannot start service web: network blog_backend is ambiguous (2 matches found on name)\nERROR: Encountered errors while bringing up the project.',
  },
];

const families: [string, Row[]][] = [
  ['a proxy refused at its own loopback', loopRows],
  ["Compose v1's file sections that are not mappings", fileRows],
  ["Compose v1's version line after a label or in a sentence", versionRows],
  ['a start failure in a code span that ends its line', spanRows],
  ["a container's networks JSON without its command", jsonRows],
  ["another project's network ambiguous by name", ambiguousRows],
];

describe.each(families)('cw99 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
