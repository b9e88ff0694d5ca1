/*
 * Ports in the three forms Docker prints them:
 * - the PORTS column of docker ps / docker compose ps and the Ports field of ps JSON, written by
 *   docker/cli formatter.DisplayablePorts: "0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp",
 *   "127.0.0.1:8050->8050/tcp", a merely exposed "8050/tcp", ranges "1.2.3.4:9998-9999->9998-9999/udp";
 * - a moby PortMap from docker inspect: {"8050/tcp": [{"HostIp": "", "HostPort": "8050"}]}, null when only exposed;
 * - `docker port NAME`: "8050/tcp -> 0.0.0.0:8050" (docker/cli container-port-*.golden).
 */
import type { PortMap } from './schemas';
import type { Port } from './types';

const column = /^(?:(.*):(\d+)(?:-\d+)?->)?(\d+)(?:-\d+)?\/(\w+)$/;

export function portsFromColumn(text: string): Port[] {
  const ports: Port[] = [];
  for (const part of text.split(',')) {
    const p = part.trim();
    const m = p.length < 80 ? column.exec(p) : null;
    if (m) ports.push({ ip: m[1] ?? '', host: Number(m[2] ?? 0), container: Number(m[3]), proto: m[4]! });
  }
  return ports;
}

export function portsFromMap(map: PortMap): Port[] {
  const ports: Port[] = [];
  for (const [key, bindings] of map) {
    const [container = '', proto = 'tcp'] = key.split('/');
    const base = { ip: '', host: 0, container: Number(container), proto };
    if (!bindings.length) ports.push(base);
    // An empty HostIp in HostConfig.PortBindings means every interface, like 0.0.0.0.
    for (const b of bindings) ports.push({ ...base, ip: b.HostIp ?? '', host: Number(b.HostPort) || 0 });
  }
  return ports;
}

const portLine = /^(\d+)\/(\w+) -> (.+):(\d+)$/;

export function portFromPortLine(line: string): Port | null {
  const m = line.length < 80 ? portLine.exec(line.trim()) : null;
  return m ? { ip: m[3]!, host: Number(m[4]), container: Number(m[1]), proto: m[2]! } : null;
}

export const isLoopback = (ip: string) => /^(?:127\.|\[?::1\]?$|localhost$)/.test(ip);

export const showPort = (p: Port) => (p.host ? `${p.ip ? p.ip + ':' : ''}${p.host}->` : '') + `${p.container}/${p.proto}`;
