/*
 * The tables of `docker ps` (CONTAINER ID … NAMES) and `docker compose ps` (NAME … SERVICE …
 * STATUS PORTS; before Compose 2.21 without IMAGE and CREATED). Both come from Go's tabwriter,
 * which pads every column to one width, so a cell starts where its header starts; an empty
 * cell (no PORTS) is just spaces. Splitting on runs of spaces would lose those empty cells.
 */
import { expected } from './expected';
import { portsFromColumn } from './parse-ports';
import type { Container } from './types';

/** `end`: the index of the first line after the table, where other pasted output may follow. */
export type Table = { compose: boolean; containers: Container[]; end: number };

/** moby's container states from a STATUS cell: "Up 3 seconds", "Exited (1) 5 seconds ago", "exited (0)", "running". */
export function stateOf(status: string): { state?: string; exitCode?: number } {
  const s = status.trim().toLowerCase();
  const m = /^(?:up|(created|running|paused|restarting|removing|exited|dead))(?: \((-?\d+)\))?/.exec(s);
  // "Up 5 minutes (Paused)" is paused; only exited and restarting give an exit code.
  const state = m && (m[1] ?? (s.includes('paused') ? 'paused' : 'running'));
  return state ? { state, ...(m[2] && /^[er]/.test(state) && { exitCode: +m[2] }) } : {};
}

/** Every Compose service the lessons name (lesson 7 has them all), to split names like dash-app-web-1. */
const composeName = new RegExp(`^(.+)[-_](${Object.keys(expected.networks.services!).join('|')})[-_]\\d+$`);

/** dash-app-web-1 (Compose v2), dash-app_web_1 (v1 and --compatibility) → project and service. */
export function splitName(name: string): { project?: string; service?: string } {
  const m = composeName.exec(name);
  return m ? { project: m[1], service: m[2] } : {};
}

export function parseTable(lines: string[]): Table | null {
  // An upper-case header with NAMES (docker ps), or NAME with PORTS or SERVICE (compose ps, not compose ls).
  const at = lines.findIndex((l) => /^[A-Z ]+$/.test(l.trim()) && (/\bNAMES\b/.test(l) || (/\bNAME\b/.test(l) && /\b(?:PORTS|SERVICE)\b/.test(l))));
  if (at < 0) return null;
  const header = lines[at]!;
  const cols = [...header.matchAll(/\S+(?: \S+)*/g)];
  const compose = /\bSERVICE\b/.test(header);
  const containers: Container[] = [];
  let end = at + 1;
  for (let row; (row = lines[end]?.trimEnd()); end++) {
    const cell = (name: string) => {
      const i = cols.findIndex((c) => c[0] === name);
      return i < 0 ? '' : row!.slice(cols[i]!.index, cols[i + 1]?.index).trim();
    };
    const name = cell(compose ? 'NAME' : 'NAMES').split(',')[0]!.trim();
    const ports = cell('PORTS');
    const status = stateOf(cell('STATUS') || cell('STATE'));
    if (name) {
      containers.push({
        name,
        image: cell('IMAGE') || undefined,
        service: cell('SERVICE') || undefined,
        ...splitName(name),
        ...status,
        // docker ps shows no ports for a stopped container, which says nothing about -p.
        ports: /\bPORTS\b/.test(header) && (ports || status.state === 'running') ? portsFromColumn(ports) : undefined,
      });
    }
  }
  return { compose, containers, end };
}
