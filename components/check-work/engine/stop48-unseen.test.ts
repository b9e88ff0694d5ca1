/*
 * Stop 48 (lead): stop 47's review findings.
 * - Compose v1's (docker-py's) refusal of a service with network_mode: host and ports:, which no rule read: the file's two settings
 *   that cannot go together (compose-file-invalid.conflict, as compose-go's own consistency errors);
 * - asyncio's lower-cased OSError of a refused bind, 10048 (taken) and 10013 (forbidden) in one rule.
 * Each row is a short paste built on a real source's format (`source` names it), never a holdout paste. Rows whose id starts
 * "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string; name?: string };

const rows: Row[] = [
  {
    source: 'coderamp-labs/pad.ws#110: docker-compose 1.29.2 up -d, redis with network_mode: host and ports',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    name: 'redis',
    id: 'host-ports-compose-v1',
    text: 'pad@pi-pad:~/pad.ws$ sudo docker-compose up -d\nkeycloak is up-to-date\nStarting pad ... \npostgres is up-to-date\nCreating redis ... \nStarting pad   ... done\nERROR: for redis  "host" network_mode is incompatible with port_bindings\n\nERROR: for redis  "host" network_mode is incompatible with port_bindings\nTraceback (most recent call last):\n  File "/usr/bin/docker-compose", line 33, in <module>\n',
  },
  {
    source: "mpgirro/docker-pihole-unbound#39: docker-compose up -d on a Raspberry Pi, the error then Compose's traceback",
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    name: 'pihole',
    id: 'host-ports-networks',
    text: 'root@DietPi:~/docker/docker-pihole-unbound/one-container# docker-compose up -d\nCreating volume "one-container_etc_pihole-unbound" with default driver\nCreating pihole ...\n\nERROR: for pihole  "host" network_mode is incompatible with port_bindings\n\nERROR: for pihole  "host" network_mode is incompatible with port_bindings\nTraceback (most recent call last):\n  File "/usr/local/bin/docker-compose", line 8, in <module>\n    sys.exit(main())\n',
  },
  {
    source: "h44z/wg-portal#84: the error's words alone, as a poster quoted them",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'host-ports-alone',
    text: '"host" network_mode is incompatible with port_bindings\n',
  },
  {
    source: "docker/compose#8326's title: docker-py's exception as Python names it",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'host-ports-exception',
    text: 'docker.errors.InvalidArgument: "host" network_mode is incompatible with port_bindings\n',
  },
  {
    source:
      "CPython's asyncio create_server (`'error while attempting to bind on address %r: %s' % (sa, str(err).lower())`), uvicorn on Windows at a reserved port",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'asyncio-winerror-10013',
    text: "INFO:     Started server process [21344]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\nERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 8050): [winerror 10013] an attempt was made to access a socket in a way forbidden by its access permissions\nINFO:     Waiting for application shutdown.\n",
  },
  {
    source: "the same with 10048 (Seavleu/aurex.ai's notes: `[winerror 10048] only one usage of each socket address …`)",
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-asyncio-winerror-10048',
    text: "ERROR:    [Errno 10048] error while attempting to bind on address ('0.0.0.0', 8050): [winerror 10048] only one usage of each socket address (protocol/network address/port) is normally permitted\n",
  },
  {
    source: "Linux's own words at a port below 1024 (`[errno 13] permission denied`): a user's privilege, not a port taken",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-asyncio-errno-13-linux',
    text: "ERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 80): permission denied\n",
  },
];

describe('stop 48: the review findings of stop 47', () => {
  it.each(rows)('$id ($check): $source', async ({ check: c, text, want, name }) => {
    const d = await check(c, text);
    expect([d.kind, d.id]).toEqual(want);
    if (name) expect(d.details.name).toBe(name);
  });
});
