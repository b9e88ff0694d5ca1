/*
 * cw127 (stop 45): a failed name lookup, in every resolver's and client's words (README "Stop 45: a failed name lookup (cw127)").
 * One reader (compose-errors.ts lookupReader) for the family: a resolver's failure words (gai_strerror in glibc, musl, BSD and the
 * locales that translate it; EAI_* and h_errno codes; DNS rcodes; the languages' exceptions) and the host name next to them, before or
 * after, with or without a port. Each row is a short paste built on a real program's format, never a holdout paste; `source` names
 * where the words come from. Rows whose id starts "guard" hold an answer that must not change (false oks above all).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

/** 'not lookup': neither an ok nor a failed lookup (a word of the family's vocabulary in another program's sense). */
type Row = { source: string; check: Check; want: [string, string] | 'not ok' | 'not lookup'; id: string; text: string; name?: string };

const lookup = ['problem', 'upstream-host-not-found'] as [string, string];

const clientRows: Row[] = [
  {
    source: 'redis/redis src/redis-cli.c cliConnect: "Could not connect to Redis at %s:%d: %s" with hiredis\' errstr (gai_strerror)',
    check: 'networks',
    want: lookup,
    name: 'redis',
    id: 'redis-cli-name-or-service',
    text: '$ docker compose exec web redis-cli -h redis ping\nCould not connect to Redis at redis:6379: Name or service not known',
  },
  {
    source: 'elixir-ecto/postgrex via db_connection: "tcp connect (%s:%d): %s" with :inet.format_error(:nxdomain), "non-existing domain"',
    check: 'networks',
    want: lookup,
    name: 'db',
    id: 'postgrex-nxdomain',
    text: 'web-1  | 10:02:11.482 [error] Postgrex.Protocol (#PID<0.2660.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (db:5432): non-existing domain - :nxdomain',
  },
  {
    source: 'openssh ssh.c: fatal("%s: Could not resolve hostname %.100s: %s", __progname, host, ssh_gai_strerror(r))',
    check: 'networks',
    want: lookup,
    name: 'gitea',
    id: 'openssh-resolve-hostname',
    text: '$ docker compose exec runner ssh -p 22 git@gitea\nssh: Could not resolve hostname gitea: Name or service not known',
  },
  {
    source: 'OpenBSD netcat netcat.c remote_connect: errx(1, "getaddrinfo for host \\"%s\\" port %s: %s", host, port, gai_strerror(error))',
    check: 'networks',
    want: lookup,
    name: 'db',
    id: 'openbsd-nc-getaddrinfo-for-host',
    text: 'web-1  | nc: getaddrinfo for host "db" port 5432: Temporary failure in name resolution\nweb-1  | waiting for db...',
  },
  {
    source: 'nmap ncat/ncat_connect.c: bye("Could not resolve hostname \\"%s\\": %s.", …, gai_strerror(rc))',
    check: 'networks',
    want: lookup,
    name: 'api',
    id: 'ncat-resolve-hostname',
    text: '$ docker exec proxy ncat -zv api 8000\nNcat: Version 7.92 ( https://nmap.org/ncat )\nNcat: Could not resolve hostname "api": Name or service not known. QUITTING.',
  },
  {
    source: 'redis/redis src/redis-cli.c with musl\'s gai_strerror (an Alpine image): "Name does not resolve"',
    check: 'compose',
    want: lookup,
    name: 'cache',
    id: 'redis-cli-musl-compose',
    text: '$ docker compose exec web redis-cli -h cache\nCould not connect to Redis at cache:6379: Name does not resolve',
  },
];

const dnsToolRows: Row[] = [
  {
    source: 'ISC BIND bin/dig/nslookup.c: printf("** server can\'t find %s: %s\\n", …, rcode text) behind Docker\'s DNS 127.0.0.11',
    check: 'networks',
    want: lookup,
    name: 'db',
    id: 'bind-nslookup-nxdomain',
    text: "$ docker compose exec web nslookup db\nServer:\t\t127.0.0.11\nAddress:\t127.0.0.11#53\n\n** server can't find db: NXDOMAIN",
  },
  {
    source: "BusyBox networking/nslookup.c (before 1.28): bb_error_msg_and_die(\"can't resolve '%s'\", …)",
    check: 'networks',
    want: lookup,
    name: 'web',
    id: 'busybox-nslookup-cant-resolve',
    text: "/ # nslookup web\nServer:    127.0.0.11\nAddress 1: 127.0.0.11\n\nnslookup: can't resolve 'web'",
  },
  {
    source: 'ISC BIND bin/dig/host.c: printf("Host %s not found: %d(%s)\\n", …, rcode, rcode text)',
    check: 'networks',
    want: lookup,
    name: 'db',
    id: 'bind-host-not-found',
    text: 'root@4f2c1e9a7b3d:/app# host db\nHost db not found: 3(NXDOMAIN)',
  },
  {
    source: 'FreeBSD/macOS sbin/ping/ping.c: errx(EX_NOHOST, "cannot resolve %s: %s", target, hstrerror(h_errno))',
    check: 'networks',
    want: lookup,
    name: 'web',
    id: 'bsd-ping-cannot-resolve',
    text: '$ ping web\nping: cannot resolve web: Unknown host',
  },
  {
    source:
      "Windows ping.exe's French message table: \"La requête Ping n'a pas pu trouver l'hôte %s. Vérifiez le nom et essayez à nouveau.\"",
    check: 'networks',
    want: lookup,
    name: 'db',
    id: 'win-ping-french',
    text: "C:\\lab> docker exec web ping db\nLa requête Ping n'a pas pu trouver l'hôte db. Vérifiez le nom et essayez à nouveau.",
  },
  {
    source:
      'Windows ping.exe\'s Spanish message table: "La solicitud de ping no pudo encontrar el host %s. Compruebe el nombre y vuelva a intentarlo."',
    check: 'networks',
    want: lookup,
    name: 'db',
    id: 'win-ping-spanish',
    text: 'C:\\lab> docker exec web ping db\nLa solicitud de ping no pudo encontrar el host db. Compruebe el nombre y vuelva a intentarlo.',
  },
  {
    source:
      'iputils ping/ping.c error(2, 0, "%s: %s", target, gai_strerror(ret)) under a German locale (glibc po/de.po "Name or service not known")',
    check: 'networks',
    want: lookup,
    name: 'db',
    id: 'iputils-ping-glibc-german',
    text: '$ docker compose exec web ping -c1 db\nping: db: Der Name oder der Dienst ist nicht bekannt',
  },
];

const languageRows: Row[] = [
  {
    source:
      'dotnet/runtime SocketsHttpHandler ConnectHelper: new HttpRequestException($"{ex.Message} ({host}:{port})") with glibc\'s words',
    check: 'networks',
    want: lookup,
    name: 'api',
    id: 'dotnet-httpclient-host-port',
    text: 'web-1  | fail: Program[0]\nweb-1  |       System.Net.Http.HttpRequestException: Name or service not known (api:8000)',
  },
  {
    source:
      '.NET Framework System.Net WebExceptionStatus.NameResolutionFailure: "The remote name could not be resolved: \'%s\'" (PowerShell 5)',
    check: 'networks',
    want: lookup,
    name: 'web',
    id: 'powershell-remote-name',
    text: "PS C:\\lab> docker exec proxy powershell Invoke-WebRequest http://web:8050\nInvoke-WebRequest : The remote name could not be resolved: 'web'",
  },
  {
    source:
      'apache/kafka clients ClientUtils.parseAndValidateAddresses: "Couldn\'t resolve server %s from %s as DNS resolution failed for %s"',
    check: 'networks',
    want: lookup,
    name: 'kafka',
    id: 'kafka-client-dns-resolution-failed',
    text: "app-1  | org.apache.kafka.common.config.ConfigException: Couldn't resolve server kafka:9092 from bootstrap.servers as DNS resolution failed for kafka",
  },
  {
    source:
      'mongodb legacy shell (src/mongo/util/net/hostandport, sockaddr.cpp): "Could not find address for %s: SocketException: Host not found (authoritative)"',
    check: 'networks',
    want: lookup,
    name: 'mongo',
    id: 'mongo-shell-hostnotfound',
    text: "$ docker exec web mongo --host mongo\nError: couldn't connect to server mongo:27017, connection attempt failed: HostNotFound: Could not find address for mongo:27017: SocketException: Host not found (authoritative)",
  },
  {
    source: 'mongodb/mongo-python-driver pool.py _raise_connection_failure: "%s:%d: %s" with the socket\'s gaierror',
    check: 'networks',
    want: lookup,
    name: 'mongo',
    id: 'pymongo-server-selection',
    text: 'api-1  | pymongo.errors.ServerSelectionTimeoutError: mongo:27017: [Errno -2] Name or service not known, Timeout: 30s, Topology Description: <TopologyDescription id: 6634, topology_type: Unknown>',
  },
  {
    source: 'celery/kombu consumer: "consumer: Cannot connect to %s: %s." (the broker URL, then the socket error\'s text)',
    check: 'networks',
    want: lookup,
    name: 'rabbitmq',
    id: 'celery-cannot-connect-amqp',
    text: 'worker-1  | [2024-05-02 10:00:01,123: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//: [Errno -3] Temporary failure in name resolution.',
  },
  {
    source:
      'ruby lib/net/http.rb connect: raise e, "Failed to open TCP connection to #{conn_addr}:#{conn_port} (#{e.message})" (SocketError)',
    check: 'networks',
    want: lookup,
    name: 'api',
    id: 'ruby-net-http-open-tcp',
    text: 'web-1  | Failed to open TCP connection to api:3000 (getaddrinfo: Name or service not known) (SocketError)',
  },
  {
    source: 'rust-lang/rust library/std sys_common/net.rs: "failed to lookup address information: {detail}" (reqwest, sqlx, hyper)',
    check: 'networks',
    want: lookup,
    id: 'rust-std-lookup-address-information',
    text: 'app-1  | Error: error communicating with database: failed to lookup address information: Name or service not known',
  },
  {
    source: "CPython socket.gaierror [Errno -3] (EAI_AGAIN) under a Compose service's prefix: the service looked up its peer",
    check: 'networks',
    want: lookup,
    id: 'python-gaierror-eai-again-service',
    text: 'web-1  |   File "/usr/local/lib/python3.12/socket.py", line 976, in getaddrinfo\nweb-1  | socket.gaierror: [Errno -3] Temporary failure in name resolution',
  },
  {
    source: 'libpq fe-connect.c "could not translate host name \\"%s\\" to address: %s" inside a JSON log record (quotes escaped)',
    check: 'networks',
    want: lookup,
    name: 'db',
    id: 'libpq-in-json-record',
    text: 'api-1  | {"level":"error","time":"2024-05-02T10:00:01Z","msg":"db connect","error":"could not translate host name \\"db\\" to address: Name or service not known"}',
  },
  {
    source:
      'node lib/internal/errors.js DNSException shown by util.inspect (code, syscall, hostname on their own lines: redis/docker-library-redis#255)',
    check: 'networks',
    want: lookup,
    name: 'redis-server',
    id: 'node-inspect-hostname',
    text: "api_1           | Redis connection to redis-server:6379 failed\napi_1           |   errno: -3008,\napi_1           |   code: 'ENOTFOUND',\napi_1           |   syscall: 'getaddrinfo',\napi_1           |   hostname: 'redis-server'",
  },
  {
    source: 'HAProxy src/resolvers.c / server.c: a server set down by its resolver, "(DNS NX status)"',
    check: 'networks',
    want: lookup,
    id: 'haproxy-dns-nx-status',
    text: 'proxy-1  | [WARNING]  (8) : Server be_app/web is going DOWN for maintenance (DNS NX status). 0 active and 0 backup servers left.',
  },
];

const guardRows: Row[] = [
  {
    source: 'the registry lookup at pull (moby: `lookup registry-1.docker.io … no such host`): registry-unreachable',
    check: 'install',
    want: ['problem', 'registry-unreachable'],
    id: 'guard-registry-no-such-host',
    text: '$ docker pull python:3.12-slim\nError response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host',
  },
  {
    source: 'a dotted public host (CONVENTIONS §2.6): redis-cli at a hosted Redis is no service name',
    check: 'networks',
    want: 'not lookup',
    id: 'guard-redis-cli-dotted',
    text: 'Could not connect to Redis at cache.example.com:6379: Name or service not known',
  },
  {
    source: "a dotted host in .NET's wording (api.example.com): not a service name",
    check: 'networks',
    want: 'not lookup',
    id: 'guard-dotnet-dotted',
    text: 'System.Net.Http.HttpRequestException: Name or service not known (api.example.com:443)',
  },
  {
    source: 'nslookup that resolved (BIND: "Name: db", "Address: 172.18.0.3"): no lookup failed',
    check: 'networks',
    want: 'not lookup',
    id: 'guard-nslookup-resolves',
    text: '$ docker compose exec web nslookup db\nServer:\t\t127.0.0.11\nAddress:\t127.0.0.11#53\n\nNon-authoritative answer:\nName:\tdb\nAddress: 172.18.0.3',
  },
  {
    source: 'iputils ping\'s own socket error (`ping: socket: Operation not permitted`): no lookup, "socket" is no host',
    check: 'networks',
    want: 'not lookup',
    id: 'guard-ping-socket-eperm',
    text: '$ docker exec web ping db\nping: socket: Operation not permitted',
  },
  {
    source: "pip inside a build without a network (urllib3 NewConnectionError, [Errno -3]) at pypi.org: no service's name",
    check: 'networks',
    want: 'not lookup',
    id: 'guard-pip-build-eai-again',
    text: "#8 2.345 WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/flask/",
  },
  {
    source: "Kafka's wording for a dotted broker: not a service name",
    check: 'networks',
    want: 'not lookup',
    id: 'guard-kafka-dotted',
    text: "ConfigException: Couldn't resolve server kafka.example.com:9092 from bootstrap.servers as DNS resolution failed for kafka.example.com",
  },
  {
    source: 'OpenSSH refused after the name resolved (`ssh: connect to host db port 22: Connection refused`): no lookup',
    check: 'networks',
    want: 'not lookup',
    id: 'guard-ssh-refused',
    text: '$ docker compose exec web ssh db\nssh: connect to host db port 22: Connection refused',
  },
  {
    source: "the lesson's own curl that worked: a lookup shown nowhere",
    check: 'networks',
    want: 'not ok',
    id: 'guard-curl-answered',
    text: '$ docker compose exec proxy curl -s http://web:8050/ | head -c 40\n<!DOCTYPE html><html><head><meta',
  },
  {
    source: "sudo's own hostname (plugins/sudoers: `unable to resolve host %s: %s`, the container's ID as its hostname): no peer looked up",
    check: 'networks',
    want: 'not lookup',
    id: 'guard-sudo-own-hostname',
    text: 'root@4f2c1e9a7b3d:/app# sudo ls\nsudo: unable to resolve host 4f2c1e9a7b3d: Name or service not known',
  },
  {
    source: "webpack's module resolver (enhanced-resolve: `Module not found: Error: Can't resolve '%s' in '%s'`): a package, not a host",
    check: 'networks',
    want: 'not lookup',
    id: 'guard-webpack-cant-resolve',
    text: "frontend-1  | Module not found: Error: Can't resolve 'react-router-dom' in '/app/src'",
  },
  {
    source:
      'curl at a dotted public host during a build (`curl: (6) Could not resolve host: pypi.org`): CONVENTIONS §2.6 leaves it untagged',
    check: 'networks',
    want: 'not lookup',
    id: 'guard-curl-dotted',
    text: '#7 1.204 curl: (6) Could not resolve host: pypi.org',
  },
  {
    source: 'a time of day before a DNS word (`10:02:11 NXDOMAIN`): no host with a port',
    check: 'networks',
    want: 'not lookup',
    id: 'guard-clock-before-nxdomain',
    text: '2024/05/02 10:02:11 dnsmasq: reply example.invalid is NXDOMAIN',
  },
  {
    source: "a lookup's words quoted as advice in prose (a condition, not a paste of what happened)",
    check: 'networks',
    want: 'not lookup',
    id: 'guard-advice-in-prose',
    text: 'If you see `could not translate host name "db" to address`, put web and db on the same network and run up again.',
  },
];

const families: [string, Row[]][] = [
  ["a client's own words around the resolver's", clientRows],
  ['DNS tools and ping in other systems and languages', dnsToolRows],
  ["languages' and libraries' exceptions", languageRows],
  ['answers that must not change', guardRows],
];

describe.each(families)('cw127 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text, name }) => {
    const d = await check(where, text);
    if (typeof want === 'string') {
      expect(d.kind).not.toBe('ok');
      if (want === 'not lookup') expect(d.id).not.toBe('upstream-host-not-found');
      return;
    }
    expect([d.kind, d.id]).toEqual(want);
    if (name) expect(d.details.upstream).toBe(name);
  });
});
