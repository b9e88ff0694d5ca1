/*
 * cw206 (stop 60): holdout194's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - the server-configuration banner of HashiCorp's Go servers (Vault, OpenBao, Boundary): its `Listener 1: tcp (addr: "…")` line is
 *   where the server listens; its `==> Vault server started!` line says it started, where not shown when the listener line is not;
 * - a fixed address on a user-defined network with no subnet of its own configured (moby's EndpointIPAMConfig.IsInRange) → the
 *   network's addressing (network-address-pool.subnet), beside cw93's address outside the subnets;
 * - the JVM's Kafka and ZooKeeper clients (InetSocketAddress's `name/ip:port`) and Celery's consumer failing to reach a service by
 *   its name → upstream-connection-refused.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const vaultHead = ['$ docker logs vault', '==> Vault server configuration:', ''];

const hashiRows: Row[] = [
  {
    source: 'hashicorp/vault command/server.go: info["listener 1"] = `tcp (addr: …, cluster address: …, tls: …)`, props sorted',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'vault-banner-listener-every-address',
    text: [
      ...vaultHead,
      '             Api Address: http://0.0.0.0:8200',
      '                     Cgo: disabled',
      '              Listener 1: tcp (addr: "0.0.0.0:8200", cluster address: "0.0.0.0:8201", tls: "disabled")',
      '                 Storage: file',
      '                 Version: Vault v1.15.2',
      '',
      '==> Vault server started! Log data will stream in below:',
    ].join('\n'),
  },
  {
    source: "Vault's banner under Compose v1's prefix, a config whose listener binds the container's loopback",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'vault-banner-listener-loopback-compose',
    text: [
      '$ docker-compose up',
      'vault_1  | ==> Vault server configuration:',
      'vault_1  |',
      'vault_1  |               Listener 1: tcp (addr: "127.0.0.1:8200", cluster address: "127.0.0.1:8201", tls: "disabled")',
      'vault_1  |                  Storage: file',
      'vault_1  |',
      'vault_1  | ==> Vault server started! Log data will stream in below:',
    ].join('\n'),
  },
  {
    source: "OpenBao (Vault's fork) prints the same banner: `Listener 1: tcp (addr: …)`, `==> OpenBao server started!`",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'openbao-banner-listener',
    text: [
      '$ docker logs bao',
      '==> OpenBao server configuration:',
      '',
      '              Listener 1: tcp (addr: "0.0.0.0:8200", cluster address: "0.0.0.0:8201", max_request_duration: "1m30s", tls: "disabled")',
      '                 Version: OpenBao v2.0.0',
      '',
      '==> OpenBao server started! Log data will stream in below:',
    ].join('\n'),
  },
  {
    source: 'Vault 0.x: `Listener 1: tcp (addr: "…", tls: "disabled")`, then `==> Vault server started!`; the banner cut above it',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'vault-started-no-listener-line',
    text: [
      ...vaultHead,
      '                 Storage: file',
      '                 Version: Vault v0.9.1',
      '',
      '==> Vault server started! Log data will stream in below:',
    ].join('\n'),
  },
  {
    source: 'hashicorp/boundary internal/cmd/base/servers.go StartedOutput: `==> Boundary server started! Log data will stream in below:`',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'boundary-started-no-listener-line',
    text: ['$ docker logs boundary', '==> Boundary server started! Log data will stream in below:'].join('\n'),
  },
  {
    source: "the listener line retold in a sentence: not at the line's start, not the banner",
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-vault-listener-in-sentence',
    text: 'The docs say the banner shows Listener 1: tcp (addr: "0.0.0.0:8200", tls: "disabled") when it works.',
  },
  {
    source: 'a unix socket\'s listener (`Listener 2: unix (addr: "/run/vault.sock" …)`): no port, not read',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-vault-unix-listener',
    text: [...vaultHead, '              Listener 1: unix (addr: "/run/vault/vault.sock", tls: "disabled")'].join('\n'),
  },
  {
    source: 'the banner cut before its listener and before `server started!`: nothing said of where or whether it runs',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-vault-banner-cut',
    text: [...vaultHead, '                     Cgo: disabled', '               Log Level: info'].join('\n'),
  },
  {
    source: 'the same started line in a sentence: not the program printing it',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-vault-started-in-sentence',
    text: 'It printed ==> Vault server started! Log data will stream in below: and then nothing else.',
  },
];

const subnetRows: Row[] = [
  {
    source: 'moby api/types/network/endpoint.go IsInRange (Docker 25+, under `invalid config for network x: invalid endpoint settings:`)',
    check: 'networks',
    want: ['problem', 'network-address-pool'],
    id: 'run-ip-network-without-subnet',
    text: [
      '$ docker network create backend',
      '$ docker run -d --name web --network backend --ip 172.30.0.10 -p 8050:8050 dash-app',
      'docker: Error response from daemon: invalid config for network backend: invalid endpoint settings:',
      'user specified IP address is supported only when connecting to networks with user configured subnets.',
      "See 'docker run --help'.",
    ].join('\n'),
  },
  {
    source: "Compose v2's progress line over the daemon's refusal (runconfig ErrUnsupportedNetworkNoSubnetAndIP before Docker 25)",
    check: 'compose',
    want: ['problem', 'network-address-pool'],
    id: 'compose-ipv4-address-network-without-subnet',
    text: [
      '$ docker compose up -d',
      '[+] Running 2/3',
      ' ✔ Network shop_backend  Created',
      ' ✔ Container shop-db-1   Started',
      ' ✘ Container shop-web-1  Error',
      'Error response from daemon: user specified IP address is supported only when connecting to networks with user configured subnets',
    ].join('\n'),
  },
  {
    source: "cw58's default-bridge refusal (`supported on user defined networks only`) keeps its answer",
    check: 'networks',
    want: ['problem', 'network-wrong-project'],
    id: 'guard-ip-on-default-bridge',
    text: [
      '$ docker run -d --name web --ip 172.17.0.50 -p 8050:8050 dash-app',
      'docker: Error response from daemon: user specified IP address is supported on user defined networks only.',
    ].join('\n'),
  },
];

const refusedRows: Row[] = [
  {
    source: 'apache/kafka NetworkClient.processDisconnection, `Node may not be available.` (later releases), AdminClient in a service',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'kafka-adminclient-node-not-available',
    text: [
      '$ docker compose run --rm tools kafka-topics --bootstrap-server broker:9092 --list',
      '[2025-02-03 10:11:12,345] WARN [AdminClient clientId=adminclient-1] Connection to node -1 (broker/172.20.0.3:9092) could not be established. Node may not be available. (org.apache.kafka.clients.NetworkClient)',
    ].join('\n'),
  },
  {
    source: "NetworkClient's `Broker may not be available.` under Compose v2's log prefix (a Connect worker's consumer)",
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'kafka-consumer-broker-not-available-compose',
    text: [
      '$ docker compose logs connect',
      'connect-1  | [2023-05-06 07:08:09,101] WARN [Consumer clientId=connect-1, groupId=connect-cluster] Connection to node 1 (kafka/172.18.0.4:29092) could not be established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)',
    ].join('\n'),
  },
  {
    source: 'apache/zookeeper ClientCnxn SendThread.run: `Socket error occurred: {}: {}` for a SocketException, a v1 prefix',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'zookeeper-socket-error-refused',
    text: [
      '$ docker-compose logs kafka',
      'kafka_1  | [2020-01-02 03:04:05,678] INFO Socket error occurred: zookeeper/172.19.0.2:2181: Connection refused (org.apache.zookeeper.ClientCnxn)',
    ].join('\n'),
  },
  {
    source: "celery/worker/consumer/consumer.py CONNECTION_ERROR `consumer: Cannot connect to %s: %s.`, py-amqp's errno, then the retry",
    check: 'compose',
    want: ['problem', 'upstream-connection-refused'],
    id: 'celery-consumer-amqp-refused',
    text: [
      '$ docker compose logs worker',
      'worker-1  | [2024-04-05 06:07:08,090: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//: [Errno 111] Connection refused.',
      'worker-1  | Trying again in 2.00 seconds... (1/100)',
    ].join('\n'),
  },
  {
    source: "the same Celery line at networks, kombu's redis transport URL",
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'celery-consumer-redis-timed-out',
    text: '[2024-04-05 06:07:08,090: ERROR/MainProcess] consumer: Cannot connect to redis://cache:6379/0: Timeout connecting to server.\n[2024-04-05 06:07:10,090: ERROR/MainProcess] consumer: Cannot connect to amqp://user:**@broker:5672/vhost: [Errno 110] Connection timed out.',
  },
  {
    source: 'Kafka at localhost (a client on the host, or the container dialling itself): not read by the new alternative',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-kafka-localhost',
    text: '[2019-08-15 21:59:43,728] WARN [Producer clientId=console-producer] Connection to node 1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)',
  },
  {
    source: 'Kafka before the address was printed (`Connection to node -1 could not be established.`): no host, not read',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-kafka-no-address',
    text: '[2018-08-28 16:24:41,166] WARN Connection to node -1 could not be established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)',
  },
  {
    source: 'ZooKeeper at 127.0.0.1 (the container dialling itself): not read by the new alternative',
    check: 'networks',
    want: ['unreadable', 'unreadable'],
    id: 'guard-zookeeper-loopback',
    text: 'INFO Socket error occurred: localhost/127.0.0.1:2181: Connection refused (org.apache.zookeeper.ClientCnxn)',
  },
  {
    source: "Celery's consumer at localhost: not read by the new alternative; the earlier loopback rule's answer stays",
    check: 'networks',
    want: ['problem', 'compose-localhost-upstream'],
    id: 'guard-celery-localhost',
    text: '[2024-04-05 06:07:08,090: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@localhost:5672//: [Errno 111] Connection refused.',
  },
  {
    source:
      'the refusal followed by the consumer connecting (`Connected to amqp://guest:**@rabbitmq:5672//`): kept, as cw200 kept redis-py',
    check: 'networks',
    want: ['problem', 'upstream-connection-refused'],
    id: 'guard-celery-refused-then-connected',
    text: [
      '[2024-04-05 06:07:08,090: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//: [Errno 111] Connection refused.',
      'Trying again in 2.00 seconds... (1/100)',
      '[2024-04-05 06:07:10,120: INFO/MainProcess] Connected to amqp://guest:**@rabbitmq:5672//',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["HashiCorp servers' configuration banner", hashiRows],
  ['a fixed address on a network without a subnet of its own', subnetRows],
  ['JVM and Celery clients failing to reach a service by name', refusedRows],
];

describe.each(families)('cw206 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
