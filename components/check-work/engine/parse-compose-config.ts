/*
 * `docker compose config` (and a pasted compose.yaml), read line by line for the few things
 * the checks need: the project name, each service's ports and networks, and a localhost URL
 * in any service but web or in the top-level configs. Compose prints the canonical model
 * (pkg/e2e/config_test.go): `name: dash-app`, ports in long form (`- mode: ingress / target:
 * 8050 / published: "8050" / protocol: tcp`), service networks as a map (`default: null`);
 * a compose.yaml has the short forms (`- "8050:8050"`, `- frontend`, `[frontend, backend]`).
 * Each line's place comes from the keys above it with less indentation, so block scalars,
 * comments and everything else YAML allows simply go by; a YAML library would cost more
 * than the whole checker.
 */
import type { Lib } from './lib';
import type { TextReader } from './read';
import type { ComposeConfig, Port } from './types';

const keyLine = /^(['"]?)([^'":]+)\1:(?: +(.*))?$/;
const localUrl = /https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?[^\s"';]*/;
/**
 * A database's host variable set to loopback, in the map or the list form of environment: inside the service's container
 * that is the container itself (directus/docker#27: `DATABASE_HOST: localhost`, then `nginx: waiting for database...`).
 * Only a database's or broker's (not VIRTUAL_HOST, a proxy's name to serve; not HOST, an app's own bind address).
 */
const dbHost =
  /^(?:DB|DATABASE|POSTGRES(?:QL)?|PG|MYSQL|MARIADB|MONGO(?:DB)?|REDIS|RABBITMQ|AMQP)_HOST(?:NAME)?['"]?\s*[:=]\s*['"]?(?:localhost|127\.0\.0\.1)['"]?$/i;
/** cw185 (stop 58): a database's host under environment whatever it is, its port taken off (`WORDPRESS_DB_HOST: db:3306` → db). */
const dbHostAny =
  /^(?:[A-Z][A-Z\d]*_)*(?:DB|DATABASE|POSTGRES(?:QL)?|PG|MYSQL|MARIADB)_HOST(?:NAME)?['"]?\s*[:=]\s*['"]?([\w.-]{1,253}?)(?::\d{1,5})?['"]?$/;
/**
 * cw97: an environment variable that gives the app its own public address, the one a browser opens (Meteor's and Reaction's
 * `ROOT_URL`, Gitea's `ROOT_URL`, Grafana's `GF_SERVER_ROOT_URL`, the Gitea image's `GITEA__server__ROOT_URL`, NextAuth's `NEXTAUTH_URL`, Directus' `PUBLIC_URL`, Mattermost's
 * `MM_SERVICESETTINGS_SITEURL`, n8n's `WEBHOOK_URL`, Ghost's `url`): localhost there is the host's browser, not a peer the
 * container dials (h78-anaguerradockercourse: `ROOT_URL: "http://localhost"` beside `MONGO_URL: "mongodb://mongo:27017/…"`). Read on any
 * line of a service, not only under `environment:` (a paste's bullets or indentation can hide that key's place; the keys say it).
 */
const ownUrl =
  /^['"]?(?:url|(?:[A-Z\d]+_+)*(?:ROOT|BASE|PUBLIC|SITE|APP|EXTERNAL|WEBHOOK|NEXTAUTH|HOMEPAGE|CANONICAL|FRONTEND|CORS)_?(?:URL|URI|ORIGIN)S?)['"]?\s*[:=]/i;
const unquote = (s: string) => s.replace(/^(['"])(.*)\1$/, '$2');

/** A flow list "[a, 'b']" as its items, "{}" as none, anything else as one item. */
const flow = (s: string) =>
  s === '{}'
    ? []
    : /^\[.*\]$/.test(s)
      ? s
          .slice(1, -1)
          .split(',')
          .map((x) => unquote(x.trim()))
          .filter(Boolean)
      : [unquote(s)];

/** Short syntax "8050:8050", "127.0.0.1:8050:8050", "8050", "53:53/udp": reuse the ps column reader. */
function shortPort(s: string, portsFromColumn: Lib['portsFromColumn']): Port[] {
  const parts = s.split(':');
  const container = parts.pop()!;
  const host = parts.pop();
  return portsFromColumn(`${host ? `${parts.join(':')}:${host}->` : ''}${container}${container.includes('/') ? '' : '/tcp'}`);
}

/** `lib`: the entry's port readers (lib.ts), as this module is in a chunk of its own. */
export function composeConfig(lines: string[], { port, portsFromColumn }: Pick<Lib, 'port' | 'portsFromColumn'>): ComposeConfig | null {
  const short = (s: string) => shortPort(s, portsFromColumn);
  const config: ComposeConfig = { services: {} };
  /** The keys (or '-' for a list item) the current line is inside, with their indentation. */
  const open: [number, string][] = [];
  let found = false;
  let local: string | undefined;
  let dbLocal: string | undefined;
  let dbName: string | undefined;
  let configsLocal: string | undefined;
  let long: Port | undefined;
  for (const raw of lines.slice(0, 3000)) {
    let text = raw.trim();
    let ind = raw.length - raw.trimStart().length;
    if (!text || text[0] === '#') continue;
    const item = /^-(?: |$)/.test(text);
    // A list may sit at its key's indentation (`ports:` then `- published: 8050`, as Compose v1 prints it).
    while (open.length && (open.at(-1)![0] > ind || (open.at(-1)![0] === ind && !(item && open.at(-1)![1] !== '-')))) open.pop();
    const depth = open.length;
    const top = open[0]?.[1];
    const svc = open[1]?.[1];
    const field = open[2]?.[1];
    if (item) {
      // "- target: 8050" opens a map whose further keys sit two columns in.
      text = text.slice(1).trim();
      open.push([ind, '-']);
      ind += 2;
    }
    const m = keyLine.exec(text);
    const key = m?.[2];
    const value = unquote(m ? (m[3] ?? '') : text);
    if (key) open.push([ind, key]);
    if (top === 'configs') configsLocal ??= localUrl.exec(text)?.[0];
    if (!top && key === 'name') config.name = value;
    if (!top && key === 'services') found = true;
    if (!top && key === 'networks') config.networks = value ? flow(value) : [];
    if (top === 'networks' && depth === 1 && key) config.networks?.push(key);
    // A service is a map: it counts once a line is inside it (or it is written {}).
    if (top === 'services' && depth === 1 && key && value === '{}') config.services[key] = { ports: [] };
    const service = top === 'services' && svc ? (config.services[svc] ??= { ports: [] }) : undefined;
    if (!service) continue;
    if (svc !== 'web' && !ownUrl.test(text)) local ??= localUrl.exec(text)?.[0];
    if (field === 'environment') dbLocal ??= dbHost.exec(text)?.[0];
    if (field === 'environment') dbName ??= dbHostAny.exec(text)?.[1];
    if (depth === 2 && key === 'ports' && value) service.ports.push(...flow(value).flatMap(short));
    if (depth === 2 && key === 'networks') service.networks = value ? flow(value) : [];
    if (field === 'ports' && depth === 3 && item) {
      long = key ? port('', 0, 0, 'tcp') : undefined;
      service.ports.push(...(long ? [long] : short(value)));
    }
    // The keys of a long-form port: on the item's line, or below it.
    if (field === 'ports' && depth === (item ? 3 : 4) && long) {
      if (key === 'target') long.container = Number(value);
      if (key === 'published') long.host = Number(value) || 0;
      if (key === 'host_ip') long.ip = value;
      if (key === 'protocol') long.proto = value;
    }
    // A list item ("- frontend") or a key of the map form ("frontend: null").
    if (field === 'networks' && depth === 3) service.networks?.push(key ?? value);
  }
  local ??= configsLocal;
  return found
    ? { ...config, ...(local && { localhost: local }), ...(dbLocal && { dbLocalhost: dbLocal }), ...(dbName && { dbHostName: dbName }) }
    : null;
}

/**
 * cw73: a compose file pasted from its first service, its `services:` line cut above (mealie-recipes/mealie#192: `## Mealie - A Self
 * Hosted Recipe Manager.`, then `  mealie:` and its keys two columns in): a key alone at two to four columns, whose own keys below,
 * deeper, are a service's (image or build among them, as every service has one). Where it starts, or -1.
 */
function cutServices(lines: string[]): number {
  const head = lines.findIndex((l) => /^ {2,4}[\w.-]{1,60}:\s*$/.test(l));
  if (head < 0) return -1;
  const ind = lines[head]!.length - lines[head]!.trimStart().length;
  const body: string[] = [];
  for (const l of lines.slice(head + 1, head + 60)) {
    if (!l.trim() || /^\s*#/.test(l)) continue;
    if (l.length - l.trimStart().length <= ind) break;
    body.push(l.trim());
  }
  const keys = body.filter((l) => /^(?:image|build|container_name|ports|restart|environment|volumes|command|depends_on|networks):/.test(l));
  return keys.some((k) => /^(?:image|build):/.test(k)) && keys.length >= 2 ? head : -1;
}

/** Lessons 6 and 7's reader (their chunk's, step-compose.ts; see read.ts): a compose file (it starts with name: or services:) or docker compose config. */
export const readConfigText: TextReader = (cmd, lines, facts, lib) => {
  // cw194 (stop 59): the file given on the command's stdin by a shell here-document (`docker compose -f - up --wait <<'EOF'`, its
  // lines, then `EOF`: bash's `<<[-]word` reads lines up to one that is the word alone, `<<-` with its leading tabs taken off;
  // compose-go reads the file `-` from stdin; docker/compose#10596): the file is the lines before that one, and what follows it is
  // the command's own output (Compose's progress), given back to be read as any text.
  const [, , word] = /<<-?\s*(['"]?)([A-Za-z_]\w{0,30})\1\s*$/.exec(cmd) ?? [];
  const stop = word ? lines.findIndex((l) => l.replace(/^\t+/, '').trimEnd() === word) : -1;
  if (stop >= 0 && /\bcompose\b.*\s(?:-f|--file)[ =]-(?:\s|$)/.test(cmd)) {
    const config = composeConfig(lines.slice(0, stop), lib);
    if (config) {
      facts.config = config;
      lib.addProject(facts, config.name);
      lib.seen(facts, 'docker compose config');
    }
    return lines.slice(stop + 1).some((l) => l.trim()) ? lines.slice(stop + 1) : !!config;
  }
  // A compose.yaml before 2020 starts with its file format, `version: "3"`; a file pasted after a sentence (an issue's "with the
  // following docker-compose.yml:") is read from its first top-level key.
  const at = lines.findIndex((l) => /^(?:version|name|services):/.test(l));
  const cut = at < 0 ? cutServices(lines) : -1;
  const file = /compose (?:config|convert)/.test(cmd)
    ? lines
    : at >= 0
      ? lines.slice(at)
      : cut >= 0
        ? ['services:', ...lines.slice(cut)]
        : [];
  const config = file.length > 0 && composeConfig(file, lib);
  if (config) {
    facts.config = cut >= 0 && at < 0 && !/compose (?:config|convert)/.test(cmd) ? { ...config, cut: true } : config;
    lib.addProject(facts, config.name);
    lib.seen(facts, 'docker compose config');
  }
  return config;
};
