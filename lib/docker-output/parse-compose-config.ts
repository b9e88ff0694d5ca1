/*
 * A tolerant reader for the YAML subset of `docker compose config` (and of a pasted
 * compose.yaml): block maps, block lists (also of maps), scalars, `|`/`>` block scalars, and
 * the flow forms Compose prints (`{}`, `[]`, `null`). Compose prints the canonical model
 * (pkg/e2e/config_test.go): `name: dash-app`, ports in long form (`- mode: ingress / target: 8050
 * / published: "8050" / protocol: tcp`), service networks as a map (`default: null`). A YAML
 * library would cost more than the whole checker; anything else this reader skips.
 */
import { portsFromColumn } from './parse-ports';
import type { ComposeConfig, Port } from './types';

type Node = string | Node[] | { [key: string]: Node };
type Line = { ind: number; text: string };

const keyLine = /^(['"]?)([^'":]+)\1:(?: +(.*))?$/;

export function parseYaml(lines: string[]): Node {
  const rows: Line[] = [];
  for (const l of lines) {
    const text = l.trim();
    if (text && !text.startsWith('#')) rows.push({ ind: l.length - l.trimStart().length, text });
    if (rows.length > 3000) break; // a real compose config has a few dozen lines
  }
  let i = 0;
  const scalar = (s: string): Node => {
    if (s === '{}') return {};
    if (s === '[]') return [];
    if (s === 'null' || s === '~') return '';
    if (/^\[.*\]$/.test(s)) return s.slice(1, -1).split(',').map((x) => scalar(x.trim()));
    return s.replace(/^(['"])(.*)\1$/, '$2');
  };
  const block = (ind: number): Node => (rows[i]!.text.startsWith('-') ? list(ind) : map(ind));
  const value = (rest: string | undefined, ind: number): Node => {
    if (rest && !/^[|>]/.test(rest)) return scalar(rest);
    const deeper = rows[i] && rows[i]!.ind > ind;
    if (!rest) return deeper ? block(rows[i]!.ind) : '';
    const text: string[] = [];
    while (rows[i] && rows[i]!.ind > ind) text.push(rows[i++]!.text);
    return text.join('\n');
  };
  function map(ind: number): Node {
    const out: Record<string, Node> = {};
    while (rows[i] && rows[i]!.ind === ind && !rows[i]!.text.startsWith('- ')) {
      const m = keyLine.exec(rows[i++]!.text);
      if (m) out[m[2]!] = value(m[3], ind);
    }
    return out;
  }
  function list(ind: number): Node[] {
    const out: Node[] = [];
    while (rows[i] && rows[i]!.ind === ind && rows[i]!.text.startsWith('-')) {
      const rest = rows[i]!.text.slice(1).trim();
      if (/^[\w.-]+:(?: |$)/.test(rest)) {
        // "- target: 8050" opens a map whose further keys sit two columns in.
        rows[i] = { ind: ind + 2, text: rest };
        out.push(map(ind + 2));
      } else {
        i++;
        out.push(rest ? scalar(rest) : '');
      }
    }
    return out;
  }
  const root: Record<string, Node> = {};
  while (i < rows.length) {
    const before = i;
    const node = block(rows[i]!.ind);
    if (typeof node === 'object' && !Array.isArray(node)) Object.assign(root, node);
    if (i === before) i++;
  }
  return root;
}

const isMap = (n: Node | undefined): n is Record<string, Node> => typeof n === 'object' && !Array.isArray(n);
const localUrl = /https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?[^\s"';]*/;

function findLocal(n: Node | undefined): string | undefined {
  if (typeof n === 'string') return localUrl.exec(n)?.[0];
  for (const v of Object.values(n ?? {})) {
    const url = findLocal(v);
    if (url) return url;
  }
  return undefined;
}

function ports(n: Node | undefined): Port[] {
  if (!Array.isArray(n)) return [];
  return n.flatMap((p): Port[] => {
    if (typeof p === 'string') {
      // Short syntax "8050:8050", "127.0.0.1:8050:8050", "8050": reuse the ps column reader.
      const parts = p.split(':');
      const container = parts.pop()!;
      const host = parts.pop();
      return portsFromColumn(`${host ? `${parts.join(':')}:${host}->` : ''}${container}${container.includes('/') ? '' : '/tcp'}`);
    }
    if (!isMap(p)) return [];
    const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '');
    return [{ ip: str('host_ip'), host: Number(str('published')) || 0, container: Number(str('target')), proto: str('protocol') || 'tcp' }];
  });
}

/** The services, their ports and networks, the project name, and a localhost URL outside web. */
export function composeConfig(lines: string[]): ComposeConfig | null {
  const root = parseYaml(lines);
  if (!isMap(root) || !isMap(root.services)) return null;
  const config: ComposeConfig = { services: {} };
  if (typeof root.name === 'string') config.name = root.name;
  for (const [name, def] of Object.entries(root.services)) {
    if (!isMap(def)) continue;
    const nets = def.networks;
    config.services[name] = {
      ports: ports(def.ports),
      networks: Array.isArray(nets) ? nets.filter((n): n is string => typeof n === 'string') : isMap(nets) ? Object.keys(nets) : undefined,
    };
    if (name !== 'web') config.localhost ??= findLocal(def);
  }
  config.localhost ??= findLocal(root.configs);
  return config;
}
