/*
 * cw189 (stop 58): a server that prints one start line per address of the host when it listens on all of them, loopback among
 * them: a wildcard bind expanded to each interface. kubo (ipfs/kubo cmd/ipfs/kubo/daemon.go printSwarmAddrs) prints
 * `fmt.Printf("Swarm listening on %s\n", addr)` for each of libp2p's InterfaceListenAddresses() (go-libp2p's swarm resolves
 * `/ip4/0.0.0.0/tcp/4001` to every interface's address, manet.ResolveUnspecifiedAddresses), sorted, so `127.0.0.1:4001` comes
 * first and `172.17.0.8:4001` after it; Werkzeug's own two `Running on` lines are its named reader's. The loopback line read alone
 * said loopback only; the same words at the same port with another address of the host after it say it is not.
 */
import type { Listen } from './types';

/** The words before the address, the address and its port, and what follows (at most a few words: `(TCP+UDP)`). */
const shape =
  /^(.{3,120}?)\b((?:\d{1,3}\.){3}\d{1,3}|localhost|\[[\da-fA-F:.]{2,45}\]):(\d{1,5})(?![\d.:])(\s{0,3}(?:\([\w+ /-]{1,20}\))?)\s*$/;
const loopback = /^(?:127\.[\d.]+|localhost|\[::1\])$/;
const seen = new WeakMap<Listen, { head: string; port: number; tail: string }>();

/**
 * After a start line was read: remember a loopback one's words; a later line in the same words at the same port with an address that
 * is none of loopback nor the wildcard's (an interface's own) takes loopback only back.
 */
export function perInterface(text: string, listen: Listen | undefined): void {
  if (!listen || text.length > 300) return;
  const m = shape.exec(text.trim());
  if (!m) return;
  const [, head, host, port, tail] = m;
  const first = seen.get(listen);
  if (!first) {
    if (listen.loop && !listen.all && listen.port === +port! && loopback.test(host!))
      seen.set(listen, { head: head!, port: +port!, tail: tail!.trim() });
    return;
  }
  if (
    listen.loop &&
    first.head === head &&
    first.port === +port! &&
    first.tail === tail!.trim() &&
    !loopback.test(host!) &&
    !/^(?:0\.0\.0\.0|\[::\])$/.test(host!)
  ) {
    listen.loop = undefined;
    seen.delete(listen);
  }
}
