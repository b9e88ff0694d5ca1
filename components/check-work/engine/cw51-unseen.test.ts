/*
 * cw51: frameworks' start lines the listening step could not read, found by trying it on each framework's own words (no set
 * missed them yet): gin, thin, Jetty, the Node.js docs' server, Rocket. Each test names the program's source.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const listening = (line: string) => check('reach:listening', `$ docker logs dash-app\n${line}`);

describe('cw51: frameworks` own start lines (parse-logs.ts frameworkStart)', () => {
  it('every address at 8050: ok; at another port: that port; on loopback: loopback', async () => {
    const lines = (host: string, port: number) => [
      // gin-gonic/gin debug.go: debugPrint("Listening and serving HTTP on %s\n", address)
      `[GIN-debug] Listening and serving HTTP on ${host}:${port}`,
      // macournoyer/thin lib/thin/server.rb: log_info "Listening on #{@backend}, CTRL+C to stop"
      `Listening on ${host}:${port}, CTRL+C to stop`,
      // eclipse/jetty AbstractNetworkConnector toString in Server's "Started" log
      `2024-05-01 10:00:00.000:INFO:oejs.AbstractConnector:main: Started ServerConnector@6e2c634b{HTTP/1.1, (http/1.1)}{${host}:${port}}`,
      // nodejs.org "Getting started": console.log(`Server running at http://${hostname}:${port}/`)
      `Server running at http://${host}:${port}/`,
      // rwf2/Rocket launch message
      `🚀 Rocket has launched from http://${host}:${port}`,
    ];
    for (const [i, line] of lines('0.0.0.0', 8050).entries()) {
      expect((await listening(line)).kind, line).toBe('ok');
      expect(await listening(lines('0.0.0.0', 3000)[i]!), line).toMatchObject({ id: 'ports-swapped', details: { appPort: 3000 } });
      expect(await listening(lines('127.0.0.1', 8050)[i]!), line).toMatchObject({ id: 'app-listens-on-loopback' });
    }
  });
  it('gin`s `:8050` (Go`s empty host: every address) is ok', async () => {
    expect((await listening('[GIN-debug] Listening and serving HTTP on :8050')).kind).toBe('ok');
  });
  it('not a sentence or a comment that says the same words', async () => {
    for (const line of [
      'I see Server running at http://0.0.0.0:8050/ but the page is blank',
      '# proxy to Apache listening on 127.0.0.1:80',
    ])
      expect((await listening(line)).kind, line).not.toBe('ok');
  });
});
