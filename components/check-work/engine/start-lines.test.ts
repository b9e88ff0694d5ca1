/*
 * cw26: what app servers print when they start listening, from their sources (start-lines.ts), and the classes of start-up
 * line that sweep added to parse-logs.ts, each tested on a variation (another server or version) rather than the table's paste.
 */
import { describe, expect, it } from 'vitest';
import { startLines } from './start-lines';
import { check, expectSweepRow } from './test-pastes';

describe('the start-line sweep (start-lines.ts)', () => {
  it.each(startLines.map((c, i) => [i, c.source, c] as const))('%i %s', async (_, __, c) => {
    const d = await expectSweepRow(c);
    if (!c.left && c.want[1] === 'ports-swapped') expect(d.details.variant).toBe('app-port');
  });
});

// Each class of start-up line added to parse-logs.ts for the sweep, on another server or version than the table's.
describe('cw26: start-up lines by class (parse-logs.ts)', () => {
  const at = (text: string) => check('reach:listening', text);
  // urlStart: a server's own words before its URL. Symfony's `symfony serve` is read by "Listening on"; here Laravel 9's
  // bracketed URL on loopback, aiohttp on [::], Sanic's "Goin' Fast" at 8050, PHP 8's server on localhost.
  it('reads a URL in the servers’ own words (PHP 8, Laravel, aiohttp, Sanic, webpack-dev-server 3)', async () => {
    expect((await at('   INFO  Server running on [http://127.0.0.1:8050].')).id).toBe('app-listens-on-loopback');
    expect((await at('======== Running on http://[::]:8050 ========')).id).toBe('app-listens-on-all');
    expect((await at("[2025-03-01 12:00:00 +0000] [1] [INFO] Goin' Fast @ http://0.0.0.0:8050")).id).toBe('app-listens-on-all');
    expect((await at('[Sat Mar  1 12:00:00 2025] PHP 8.1.2 Development Server (http://127.0.0.1:8050) started')).id).toBe(
      'app-listens-on-loopback',
    );
    expect((await at('ℹ ｢wds｣: Project is running at http://0.0.0.0:8050/')).id).toBe('app-listens-on-all');
  });
  // bareStart: Next.js 12's `started server on`, Phoenix's cowboy on every address, http.server's 3.7 wording, Go's ":port".
  it('reads a bare host:port after the server’s own words (Next.js 12, Phoenix, http.server, Go)', async () => {
    expect((await at('ready - started server on 127.0.0.1:8050, url: http://127.0.0.1:8050')).id).toBe('app-listens-on-loopback');
    expect((await at('[info] Running AppWeb.Endpoint with cowboy 2.9.0 at 0.0.0.0:8050 (http)')).id).toBe('app-listens-on-all');
    expect((await at('Serving HTTP on 0.0.0.0 port 5000 (http://0.0.0.0:5000/) ...')).details).toMatchObject({ appPort: 5000 });
    expect((await at('2025/03/01 12:00:00 Listening on :8050')).id).toBe('app-listens-on-all');
    // A learner's own sentence is no start-up line: ":8050" after "listening on" without Go's log date, "URL:" unindented.
    expect((await at('my app is listening on :8050 but I cannot reach it')).kind).not.toBe('ok');
    expect((await at('URL: http://0.0.0.0:8050')).kind).not.toBe('ok');
    // A sentence's bare address after "listening on" stays unread (nginx's default.conf comment).
    expect((await at('# proxy the PHP scripts to Apache listening on 127.0.0.1:80')).kind).not.toBe('problem');
  });
  // Network URLs: Vue CLI's in a container, webpack-dev-server 5's IPv6 network line; the container ID as a Network "URL" is
  // no address of every interface (crawlseo/crawlseo#10).
  it('reads a Network URL as every address, and a name there as none', async () => {
    expect((await at('  App running at:\n  - Local:   http://localhost:8050/\n  - Network: http://172.18.0.4:8050/')).id).toBe(
      'app-listens-on-all',
    );
    expect((await at('<i> [webpack-dev-server] On Your Network (IPv6): http://[fe80::1]:8050/')).id).toBe('app-listens-on-all');
    expect((await at('- Local:         http://b11e77089501:8050\n- Network:       http://b11e77089501:8050')).kind).not.toBe('ok');
  });
  // Jupyter Server 1.x's hostname form and its local 127.0.0.1 line: the port, never loopback on its own.
  it('reads Jupyter’s URLs: the port from its 127.0.0.1 line, loopback only from localhost', async () => {
    const lines =
      '[I 2021-04-02 16:08:19.734 ServerApp] http://b3b231ae6c55:8050/lab?token=abc\n[I 2021-04-02 16:08:19.734 ServerApp]  or http://127.0.0.1:8050/lab?token=abc';
    expect((await at(lines)).id).not.toBe('app-listens-on-loopback');
    expect((await at('[I 2021-04-02 16:08:19.734 LabApp] http://localhost:8050/lab?token=abc')).id).toBe('app-listens-on-loopback');
  });
  // Hugo's bind address, and Spring Boot's embedded servers' port: the address is not in its line (server.address may be set), so
  // at 8050 it shows the start only, never "ok"; another port is the wrong port whatever the address.
  it('reads Hugo’s bind address and Spring Boot’s Undertow/Jetty ports', async () => {
    expect((await at('Web Server is available at http://localhost:8050/ (bind address ::1)')).id).toBe('app-listens-on-loopback');
    expect(await at("o.s.b.w.e.undertow.UndertowWebServer : Undertow started on port(s) 8050 (http) with context path ''")).toMatchObject({
      kind: 'partial',
      id: 'shows-part',
    });
    expect(
      (await at("o.s.b.web.embedded.jetty.JettyWebServer : Jetty started on port(s) 9090 (http/1.1) with context path '/'")).details,
    ).toMatchObject({
      appPort: 9090,
    });
  });
});
