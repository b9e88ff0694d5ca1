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
  [/'compose' is not a docker command|unknown command: docker compose/, 'compose-not-installed'],
  [/no configuration file provided: not found/, 'compose-no-file'],
  [/service "([\w.-]+)" refers to undefined network ([\w.-]+)/, 'compose-undefined-network', 'name network'],
  [/network ([\w.-]+) not found|No such network: ([\w.-]+)/, 'network-not-found', 'network network'],
];

const upstreamLocal = /upstream: "(https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])[^"]*)"/;
const upstreamMissing = /host not found in upstream "([^":]+)/;

export const nginxLine: LogLineReader = (text, facts) => {
  facts.upstreamLocal ??= upstreamLocal.exec(text)?.[1];
  facts.upstreamMissing ??= upstreamMissing.exec(text)?.[1];
};
