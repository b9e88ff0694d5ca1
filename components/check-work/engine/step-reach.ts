/* The chunk of lesson 5's "It runs but I can't reach it" path (reach.ts), and its reader of start-up lines. */
import type { LogLineReader } from './parse-logs';

export { reachAnswer as check } from './reach';

/** Flask's banner (` * Serving Flask app 'app'`) or supervisord's `success: uwsgi entered RUNNING state`: started, address unknown. */
export const logLine: LogLineReader = (text, facts) => {
  facts.started ||= /Serving Flask|RUNNING state/.test(text);
};
