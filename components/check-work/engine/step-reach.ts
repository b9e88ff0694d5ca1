/* The chunk of lesson 5's "It runs but I can't reach it" path (reach.ts), and its readers of start-up lines and sockets. */
import type { LogLineReader } from './parse-logs';
import type { TextReader } from './read';

export { reachAnswer as check } from './reach';

/**
 * Flask's banner (` * Serving Flask app 'app'`) or supervisord's `success: uwsgi entered RUNNING state`: started, address
 * unknown. Werkzeug's request lines from any client, also behind a logging prefix (`2020-05-03 … - INFO - 127.0.0.1 - - […]
 * "GET / HTTP/1.1" 200 -`): the app answers, address unknown.
 */
export const logLine: LogLineReader = (text, facts) => {
  facts.started ||= /Serving Flask|RUNNING state/.test(text);
  facts.requests ||= text.length < 2200 && / - - \[[^\]]{1,40}\] "[A-Z]{3,7} \S{1,2000} HTTP\/[\d.]+" \d{3} /.test(text);
};

/**
 * A listing of listening sockets with the app's port on loopback only: lsof -i :8050 (`python 51406 me 3u IPv4 …
 * TCP localhost:8050 (LISTEN)`), netstat -tlnp (`tcp 0 0 127.0.0.1:8050 0.0.0.0:* LISTEN 1/python`), ss -tlnp.
 * Docker's own proxy (docker-proxy, com.docker.backend, vpnkit) is the published port, not the app; an address
 * on all interfaces is never read as the app's (on the host it would be Docker's).
 */
const sockets: TextReader = (_, lines, facts, { expected, seen }) => {
  const at = lines
    .flatMap((l) => (/LISTEN/.test(l) && !/docker|vpnkit/i.test(l) ? l.split(/\s+/) : []))
    .filter((w) => w.endsWith(`:${expected.run.publish!.container}`));
  const loop = at.length > 0 && at.every((w) => /^(?:(?:ip6-)?localhost|127\.0\.0\.1|\[?::1\]?):/.test(w));
  if (loop) {
    (facts.listen[''] ??= {}).loop = true;
    seen(facts, 'a socket listing');
  }
  return loop;
};

export const readers = [sockets];
