/*
 * host-clients.ts' bind errors: a listening socket refused its port names that port (cw78's rule had backspace characters where
 * `\b` was meant, so it never matched and the port was lost to the rule after it).
 */
import { describe, expect, it } from 'vitest';
import { bindInUse } from './host-clients';

describe('bindInUse', () => {
  it.each([
    // dnsmasq src/network.c: `failed to create listening socket for port %d: %s`
    ['dnsmasq: failed to create listening socket for port 53: Address already in use', '53'],
    ['E0104 10:00:00.000000 1 server.go:88] Failed to listen on port 8050: Address already in use', '8050'],
    ['FATAL: could not create listen socket on port 8051: Address in use', '8051'],
  ])('%s → port %s', (line, port) => expect(bindInUse(line)).toEqual({ port }));

  it('a listen error without a port is still in use, with no port', () => {
    // Node's net: `Error: listen EADDRINUSE: address already in use :::3000` names no "port N"
    expect(bindInUse('Error: listen EADDRINUSE: address already in use :::3000')).toBeDefined();
    expect(bindInUse('Error: listen EADDRINUSE: address already in use :::3000')?.port).toBeUndefined();
  });
});
