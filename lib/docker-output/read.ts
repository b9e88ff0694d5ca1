/*
 * Detects which command printed each segment of a paste and gathers what the parsers read
 * into one Facts object, so several outputs pasted together (docker ps and docker logs, two
 * network inspects) add up. Content decides; a pasted command line only helps with text that
 * has no marks of its own (plain `docker logs` lines).
 */
import { composeConfig } from './parse-compose-config';
import { errorHits } from './parse-errors';
import { readLogs } from './parse-logs';
import { portFromPortLine, portsFromColumn, portsFromMap } from './parse-ports';
import { parseTable, splitName, stateOf } from './parse-table';
import { readVersion } from './parse-version';
import { jsonValues } from './json';
import { segments } from './normalize';
import { composePsLine, containerInspect, endpoint, entries, networkInspect, portMap, psLine, publisher } from './schemas';
import type { Container, Facts } from './types';
import * as z from 'zod/mini';

export function emptyFacts(): Facts {
  return { kinds: [], hits: [], containers: [], networks: [], listen: {}, lastLines: {}, projects: [] };
}

function seen(facts: Facts, kind: string) {
  if (!facts.kinds.includes(kind)) facts.kinds.push(kind);
}

function addContainer(facts: Facts, c: Container, kind: string) {
  facts.containers.push(c);
  if (c.project && !facts.projects.includes(c.project)) facts.projects.push(c.project);
  seen(facts, kind);
}

/** Real outputs list a few containers or networks; more would only cost time. */
const maxItems = 32;

function readJson(value: unknown, facts: Facts) {
  const items = (Array.isArray(value) ? value : [value]).slice(0, maxItems);
  if (Array.isArray(value) && !value.length) facts.listed = true; // `[]`: nothing matched
  for (const item of items) {
    const compose = z.safeParse(composePsLine, item);
    if (compose.success) {
      const c = compose.data;
      const ports = entries(publisher, c.Publishers).map(([, p]) => ({ ip: p.URL ?? '', host: p.PublishedPort, container: p.TargetPort, proto: p.Protocol ?? 'tcp' }));
      facts.listed = true;
      addContainer(facts, { name: c.Name, service: c.Service, project: c.Project, state: c.State, exitCode: c.ExitCode, ports }, 'docker compose ps');
      continue;
    }
    const ps = z.safeParse(psLine, item);
    if (ps.success) {
      const c = ps.data;
      const status = stateOf(c.Status);
      const state = c.State || status.state;
      facts.listed = true;
      const ports = c.Ports || state === 'running' ? portsFromColumn(c.Ports) : undefined;
      const name = c.Names.split(',')[0]!;
      addContainer(facts, { name, image: c.Image, ...splitName(name), ...status, state, ports }, 'docker ps');
      continue;
    }
    const inspect = z.safeParse(containerInspect, item);
    if (inspect.success) {
      const c = inspect.data;
      const running = c.State.Status === 'running';
      const live = portMap(c.NetworkSettings?.Ports);
      const ports = portsFromMap(running && live.length ? live : portMap(c.HostConfig?.PortBindings));
      const name = c.Name.replace(/^\//, '');
      addContainer(facts, { name, image: c.Config?.Image, ...splitName(name), state: c.State.Status, exitCode: c.State.ExitCode, ports }, 'docker inspect');
      continue;
    }
    const net = z.safeParse(networkInspect, item);
    if (net.success) {
      const n = net.data;
      const labels = Object.fromEntries(entries(z.string(), n.Labels));
      const project = labels['com.docker.compose.project'];
      if (project && !facts.projects.includes(project)) facts.projects.push(project);
      facts.networks.push({
        name: n.Name,
        project,
        key: labels['com.docker.compose.network'],
        members: entries(endpoint, n.Containers).map(([, c]) => c.Name),
      });
      seen(facts, 'docker network inspect');
    }
  }
}

const logCommand = /^docker(?:-compose| compose)? (?:container )?(?:logs|run|up)\b/;

/** `text` comes from prepare(): capped, without colour codes, with \n line ends. */
export function read(text: string): Facts {
  const facts = emptyFacts();
  for (const { cmd, lines } of segments(text)) {
    const before = facts.kinds.length + facts.hits.length;
    for (const line of lines) {
      const hits = errorHits(line);
      if (hits.length) {
        facts.hits.push(...hits);
        seen(facts, 'an error message');
      }
    }
    const body = lines.join('\n');
    const json = jsonValues(body);
    for (const v of json.values.slice(0, maxItems)) readJson(v, facts);
    if (json.cut) facts.cutJson = true;
    if (!json.values.length && !json.cut) readText(cmd, lines, facts);
    if (cmd && facts.kinds.length + facts.hits.length === before) facts.foreign ??= cmd;
  }
  return facts;
}

function readText(cmd: string, lines: string[], facts: Facts): void {
  const table = parseTable(lines);
  if (table) {
    facts.listed = true;
    seen(facts, table.compose ? 'docker compose ps' : 'docker ps');
    for (const c of table.containers) addContainer(facts, c, table.compose ? 'docker compose ps' : 'docker ps');
    // Output pasted below the table without its command line (docker logs, say).
    const rest = lines.slice(table.end);
    return rest.some((l) => l.trim()) ? readText(cmd, rest, facts) : undefined;
  }
  const version = readVersion(lines, facts);
  if (version) return seen(facts, version);
  const first = lines.find((l) => l.trim()) ?? '';
  if (/^(?:name|services):/.test(first) || /compose (?:config|convert)/.test(cmd)) {
    const config = composeConfig(lines);
    if (config) {
      facts.config = config;
      if (config.name && !facts.projects.includes(config.name)) facts.projects.push(config.name);
      return seen(facts, 'docker compose config');
    }
  }
  const ports = lines.map(portFromPortLine).filter((p) => p !== null);
  if (ports.length) {
    const name = /^docker (?:container )?port ([\w.-]+)/.exec(cmd)?.[1] ?? '';
    return addContainer(facts, { name, ports }, 'docker port');
  }
  const logs = readLogs(lines, facts);
  const named = logCommand.exec(cmd)?.[0].replace('-compose', ' compose').replace(' container', '');
  if (named) seen(facts, named);
  else if (logs) seen(facts, lines.some((l) => / +\| /.test(l)) ? 'docker compose logs' : 'docker logs');
}
