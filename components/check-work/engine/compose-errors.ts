/*
 * The error messages only lessons 6 and 7 read (their chunk, step-compose.ts), ranked by
 * parse-errors.ts between the daemon's and "No such container":
 * - compose-go: "no configuration file provided: not found", `service "web" refers to undefined
 *   network backend: invalid compose project`; docker/cli: "docker: 'compose' is not a docker
 *   command." (older), "docker: unknown command: docker compose" (newer);
 * - moby libnetwork: "network dash-app_backend not found", older "No such network: …";
 * - nginx, in the proxy's log (read with the log reader, parse-logs.ts): "connect() failed (111:
 *   Connection refused) while connecting to upstream, … upstream: "http://127.0.0.1:8050/"",
 *   "host not found in upstream "web"".
 */
import type { ErrorRule } from './parse-errors';
import type { LogLineReader } from './parse-logs';

export const composeRules: ErrorRule[] = [
  [/'compose' is not a docker command|unknown command: docker compose|docker-compose(?:\.exe)?: (?:command )?not found|'docker-compose' is not recognized|unknown shorthand flag: 'd' in -d/, 'compose-not-installed'],
  // Compose v1 (docker-compose 1.x): no top-level name:, no ps --format.
  [/'name' does not match any of the regexes|Usage: ps \[options\] \[--\] \[SERVICE\.\.\.\]|Unsupported config option for services: 'name'/, 'compose-too-old'],
  [/no configuration file provided|can't find a suitable configuration file/i, 'compose-no-file'],
  // postgres without POSTGRES_PASSWORD exits at once (lesson 7's db).
  [/Database is uninitialized and superuser password is not specified/, 'compose-service-not-running', undefined, { name: 'db', variant: 'db-password' }],
  [/service "([\w.-]+)" refers to undefined network ([\w.-]+)/, 'compose-undefined-network', 'name network'],
  [/network ([\w.-]+) (?:was found but has incorrect label|exists but was not created for project)|a network with name ([\w.-]+) exists but was not created by compose/i, 'network-wrong-project', 'network network'],
  [/network "?([\w.-]+)"? (?:is )?declared as external, but could not be found|network ([\w.-]+) not found|No such network: ([\w.-]+)/i, 'network-not-found', 'network network network'],
];

const upstreamLocal = /upstream: "([a-z]+:\/\/(?:127\.0\.0\.1|localhost|\[::1\])[^"]*)"/;
const upstreamMissing = /host not found in upstream "([^":]+)/;
const upstreamRefused = /connect\(\) failed \(111: Connection refused\) while connecting to upstream.*?upstream: "([^"]*)"/;

export const nginxLine: LogLineReader = (text, facts) => {
  facts.upstreamLocal ??= upstreamLocal.exec(text)?.[1];
  facts.upstreamMissing ??= upstreamMissing.exec(text)?.[1];
  facts.upstreamRefused ??= text.length < 2000 ? upstreamRefused.exec(text)?.[1] : undefined;
};
