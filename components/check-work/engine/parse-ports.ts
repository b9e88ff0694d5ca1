/*
 * Ports in the forms Docker prints them as text:
 * - the PORTS column of docker ps / docker compose ps and the Ports field of ps JSON, written by
 *   docker/cli formatter.DisplayablePorts: "0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp",
 *   "127.0.0.1:8050->8050/tcp", a merely exposed "8050/tcp", ranges "1.2.3.4:9998-9999->9998-9999/udp";
 * - `docker port NAME`: "8050/tcp -> 0.0.0.0:8050" (docker/cli container-port-*.golden).
 * The moby PortMap of docker inspect is JSON, read in schemas.ts (portsFromMap).
 */
import type { Port } from './types';

const column = /^(?:(?:(.*):)?(\d+)(?:-(\d+))?->)?(\d+)(?:-\d+)?\/(\w+)$/;
const portLine = /^(\d+)\/(\w+) -> (.+):(\d+)$/;

export const port = (ip: string, host: string | number | undefined, container: string | number, proto: string): Port => ({
  ip,
  host: Number(host) || 0,
  container: +container,
  proto,
});

export function portsFromColumn(text: string): Port[] {
  return text.split(',').flatMap((part) => {
    // Docker 0.5 (2013) printed a published port without address or protocol: `49154->80` (jbfink/docker-wordpress#1).
    // cw116: a protocol cut at the column's edge by a copy or a poster (`10.209.71.97:5050->5001/tc`, arachnys/cabot#665, the row
    // still under its headers; `/t`): docker/cli's DisplayablePorts ends every port in its Type, tcp, udp or sctp, and only tcp
    // starts so (cw46 read the same in a row read by its shape: parse-table.ts cutTcp).
    const p = part
      .trim()
      .replace(/^\d+->\d+$/, '$&/tcp')
      .replace(/\/tc?$/, '/tcp');
    const m = p.length < 80 ? column.exec(p) : null;
    // A range (8000-9000->8000-9000/tcp) holds every host port in it: hostEnd.
    return m ? [{ ...port(m[1] ?? '', m[2], m[4]!, m[5]!), ...(m[3] && { hostEnd: +m[3] }) }] : [];
  });
}

export function portFromPortLine(line: string): Port | null {
  const m = line.length < 80 ? portLine.exec(line.trim()) : null;
  return m && port(m[3]!, m[4]!, m[1]!, m[2]!);
}

/**
 * The output of docker docs' "list all port bindings" template (`docker inspect --format='{{range $p, $conf :=
 * .NetworkSettings.Ports}} {{$p}} -> {{(index $conf 0).HostPort}} {{end}}'`): ` 8000/tcp -> 8000 ` for each port, the host
 * port without its address. The whole line, or its end after a colon (a post's "it returns:  8000/tcp -> 8000", compose#5782).
 */
const templateLine = /(?:^|:)\s*((?:\d{1,5}\/(?:tcp|udp|sctp) -> \d{1,5}\s*)+)$/;

export const portsFromTemplate = (line: string): Port[] =>
  line.length < 400
    ? [...(templateLine.exec(line)?.[1] ?? '').matchAll(/(\d+)\/(\w+) -> (\d+)/g)].map((m) => port('', m[3], m[1]!, m[2]!))
    : [];

export const isLoopback = (ip: string) => /^(?:127\.|\[?::1\]?$|localhost$)/.test(ip);

export const showPort = (p: Port) => (p.host ? `${p.ip ? p.ip + ':' : ''}${p.host}->` : '') + `${p.container}/${p.proto}`;
