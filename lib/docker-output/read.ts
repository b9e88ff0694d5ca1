/*
 * Detects which command printed each segment of a paste and gathers what the parsers read
 * into one Facts object, so several outputs pasted together (docker ps and docker logs, two
 * network inspects) add up. Content decides; a pasted command line only helps with text that
 * has no marks of its own (plain `docker logs` lines). JSON is read by schemas.ts, which the
 * caller loads only when parts() found some (see check.ts).
 */
import { jsonValues, type JsonScan } from './json';
import { segments, type Segment } from './normalize';
import { composeConfig } from './parse-compose-config';
import { errorHits } from './parse-errors';
import { readLogs } from './parse-logs';
import { port, portFromPortLine, portsFromColumn } from './parse-ports';
import { parseTable, splitName, stateOf } from './parse-table';
import { readVersion } from './parse-version';
import { addContainer, addProject, emptyFacts, seen } from './facts';
import type { Facts } from './types';

export type Part = Segment & { json: JsonScan };

/** What schemas.readJson uses of this bundle; see there. */
export const jsonLib = { port, portsFromColumn, splitName, stateOf, addContainer, addProject, seen };
export type JsonLib = typeof jsonLib;
export type JsonReader = (value: unknown, facts: Facts, lib: JsonLib) => void;


/** The segments of a prepared paste (normalize.prepare), each with the JSON at its start. */
export const parts = (text: string): Part[] => segments(text).map((s) => ({ ...s, json: jsonValues(s.lines.join('\n')) }));

const logCommand = /^docker(?:-compose| compose)? (?:container )?(?:logs|run|up)\b/;

/** `readJson` (from schemas.ts) is needed only when some part has JSON values. */
export function read(list: Part[], readJson?: JsonReader): Facts {
  const facts = emptyFacts();
  for (const { cmd, lines, json } of list) {
    const before = facts.kinds.length + facts.hits.length;
    for (const line of lines) {
      const hits = errorHits(line);
      if (hits.length) {
        facts.hits.push(...hits);
        seen(facts, 'an error message');
      }
    }
    for (const v of json.values.slice(0, 32)) readJson?.(v, facts, jsonLib);
    if (json.cut) facts.cutJson = true;
    if (!json.values.length && !json.cut) readText(cmd, lines, facts);
    if (cmd && facts.kinds.length + facts.hits.length === before) facts.foreign ??= cmd;
  }
  return facts;
}

function readText(cmd: string, lines: string[], facts: Facts): void {
  const table = parseTable(lines);
  if (table) {
    const kind = table.compose ? 'docker compose ps' : 'docker ps';
    facts.listed = true;
    seen(facts, kind);
    for (const c of table.containers) addContainer(facts, c, kind);
    // Output pasted below the table without its command line (docker logs, say).
    const rest = lines.slice(table.end);
    return rest.some((l) => l.trim()) ? readText(cmd, rest, facts) : undefined;
  }
  const version = readVersion(lines, facts);
  if (version) return seen(facts, version);
  const first = lines.find((l) => l.trim()) ?? '';
  const config = (/^(?:name|services):/.test(first) || /compose (?:config|convert)/.test(cmd)) && composeConfig(lines);
  if (config) {
    facts.config = config;
    addProject(facts, config.name);
    return seen(facts, 'docker compose config');
  }
  const ports = lines.map(portFromPortLine).filter((p) => p !== null);
  if (ports.length) return addContainer(facts, { name: /^docker (?:container )?port ([\w.-]+)/.exec(cmd)?.[1] ?? '', ports }, 'docker port');
  const logs = readLogs(lines, facts);
  const named = logCommand.exec(cmd)?.[0].replace('-compose', ' compose').replace(' container', '');
  if (named) seen(facts, named);
  else if (logs) seen(facts, lines.some((l) => / +\| /.test(l)) ? 'docker compose logs' : 'docker logs');
}
