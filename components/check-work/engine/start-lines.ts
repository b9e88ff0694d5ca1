/*
 * cw26's sweep: what app servers print when they start listening, from each project's source, in the layout `docker logs`
 * shows it, at "Does the app listen on 0.0.0.0?" (reach:listening) and, with the lesson's `docker run` line before it, at
 * lesson 5's run step. `want` is an expert's answer (a verdict and the diagnosis ids that say it, as in source-sweep.ts):
 * the lesson's app is on 8050, so a line at another port is `ports-swapped` (variant app-port) whatever its address, a
 * loopback one `app-listens-on-loopback`, all addresses at 8050 `app-listens-on-all`. start-lines.test.ts asserts each.
 *
 * What a line shows, from the source: all addresses (0.0.0.0, [::], a Network URL, which the servers print only when they
 * bind beyond loopback), loopback only (127.0.0.1, localhost, [::1]), a port with no address (the source's default
 * address where the server itself documents it: Spring Boot's embedded servers bind every address unless server.address is
 * set), or another host's address (a container's own 172.x: Docker forwards to it, but the line does not say 0.0.0.0:
 * never an ok, `left`).
 */
import type { SweepCase } from './source-sweep';

const ts = '[2025-03-01 12:00:00 +0000]';

export const startLines: SweepCase[] = [
  // ── Werkzeug / Flask (pallets/werkzeug src/werkzeug/serving.py BaseWSGIServer.log_startup, lines 839-859 @ main) ──
  {
    source: 'werkzeug serving.py:845-859 log_startup (2.1+): "Running on all addresses (0.0.0.0)", then 127.0.0.1 and the interface',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: ` * Serving Flask app 'app'
 * Debug mode: off
WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.
 * Running on all addresses (0.0.0.0)
 * Running on http://127.0.0.1:8050
 * Running on http://172.17.0.2:8050
Press CTRL+C to quit`,
  },
  {
    source: 'werkzeug serving.py:845-859 log_startup (2.1+), host "::": all addresses (::), then [::1] and the interface',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: ` * Running on all addresses (::)
 * Running on http://[::1]:8050
 * Running on http://[fd00::242:ac11:2]:8050
Press CTRL+C to quit`,
  },
  {
    source: 'werkzeug serving.py:859 log_startup (2.1+), host 127.0.0.1 (Flask’s default): the one line',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: ` * Serving Flask app 'app'
 * Debug mode: on
WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.
 * Running on http://127.0.0.1:8050
Press CTRL+C to quit
 * Restarting with stat`,
  },
  {
    source: 'werkzeug serving.py run_simple (before 2.1): " * Running on %s://%s:%d/ (Press CTRL+C to quit)" with the host given',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: ` * Running on http://0.0.0.0:8050/ (Press CTRL+C to quit)`,
  },
  {
    source: 'werkzeug serving.py:845-859 log_startup (2.1+), Flask’s port 5000',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: ` * Running on all addresses (0.0.0.0)
 * Running on http://127.0.0.1:5000
 * Running on http://172.17.0.2:5000`,
  },
  {
    source: 'werkzeug serving.py:859 log_startup, host = the container’s own address (app.run(host="172.17.0.2"))',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    left: 'the container’s own address: Docker forwards there, but the line does not show 0.0.0.0',
    text: ` * Running on http://172.17.0.2:8050
Press CTRL+C to quit`,
  },
  // ── Dash (plotly/dash dash/dash.py Dash.run: self.logger.info("Dash is running on %s://%s%s%s\n", …)) ──
  {
    source: 'dash/dash.py Dash.run "Dash is running on http://0.0.0.0:8050/" (host as given), then Werkzeug’s',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `Dash is running on http://0.0.0.0:8050/

 * Serving Flask app 'app'
 * Debug mode: off`,
  },
  {
    source: 'dash/dash.py Dash.run, host 127.0.0.1 (Dash’s default)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `Dash is running on http://127.0.0.1:8050/

 * Serving Flask app 'app'
 * Debug mode: on`,
  },
  // ── Django (django/core/management/commands/runserver.py inner_run: "Starting development server at %(protocol)s://%(addr)s:%(port)s/") ──
  {
    source: 'django runserver.py inner_run "Starting development server at http://0.0.0.0:8000/"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `Watching for file changes with StatReloader
Performing system checks...

System check identified no issues (0 silenced).
March 01, 2025 - 12:00:00
Django version 5.1.6, using settings 'mysite.settings'
Starting development server at http://0.0.0.0:8000/
Quit the server with CONTROL-C.`,
  },
  {
    source: 'django runserver.py inner_run, runserver 127.0.0.1:8050',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `Django version 4.2.11, using settings 'mysite.settings'
Starting development server at http://127.0.0.1:8050/
Quit the server with CONTROL-C.`,
  },
  // ── uvicorn (encode/uvicorn uvicorn/server.py:214 / config.py:529 "Uvicorn running on {addr_format} (Press CTRL+C to quit)") ──
  {
    source: 'uvicorn server.py:214 "Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit)"',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `INFO:     Started server process [1]
INFO:     Waiting for application startup.
INFO:     Application startup complete.
INFO:     Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit)`,
  },
  {
    source: 'uvicorn server.py:214, its default --host 127.0.0.1 (FastAPI behind uvicorn)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)
INFO:     Started reloader process [1] using WatchFiles`,
  },
  {
    source: 'fastapi-cli (fastapi run): "Server started at http://0.0.0.0:8000", then uvicorn’s own line',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `   server   Server started at http://0.0.0.0:8000
   server   Documentation at http://0.0.0.0:8000/docs

      INFO   Started server process [1]
      INFO   Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)`,
  },
  // ── gunicorn (benoitc/gunicorn gunicorn/arbiter.py:209 self.log.info("Listening at: %s (%s)", listeners_str, self.pid)) ──
  {
    source: 'gunicorn arbiter.py:209 "Listening at: http://0.0.0.0:8050 (1)" (gunicorn -b 0.0.0.0:8050 app:server)',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `${ts} [1] [INFO] Starting gunicorn 23.0.0
${ts} [1] [INFO] Listening at: http://0.0.0.0:8050 (1)
${ts} [1] [INFO] Using worker: sync
${ts} [7] [INFO] Booting worker with pid: 7`,
  },
  {
    source: 'gunicorn arbiter.py:209, its default bind 127.0.0.1:8000 (config.py Bind)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `${ts} [1] [INFO] Starting gunicorn 21.2.0
${ts} [1] [INFO] Listening at: http://127.0.0.1:8000 (1)`,
  },
  // ── Hypercorn (pgjones/hypercorn src/hypercorn/asyncio/run.py: "Running on %s://%s (CTRL + C to quit)") ──
  {
    source: 'hypercorn asyncio/run.py "Running on http://0.0.0.0:8050 (CTRL + C to quit)"',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `${ts} [1] [INFO] Running on http://0.0.0.0:8050 (CTRL + C to quit)`,
  },
  // ── waitress (Pylons/waitress src/waitress/server.py print_listen "Serving on http://{}:{}") ──
  {
    source: 'waitress server.py print_listen "Serving on http://0.0.0.0:8050"',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `INFO:waitress:Serving on http://0.0.0.0:8050`,
  },
  // ── Streamlit (streamlit/streamlit lib/streamlit/web/bootstrap.py _print_url, lines 178-207 @ develop) ──
  {
    source: 'streamlit bootstrap.py:197-207 _print_url: Local/Network/External URL only when server.address is not set (binds all)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `
  You can now view your Streamlit app in your browser.

  Local URL: http://localhost:8501
  Network URL: http://172.17.0.2:8501
  External URL: http://203.0.113.7:8501
`,
  },
  {
    source: 'streamlit bootstrap.py:197-202 _print_url (streamlit run app.py --server.port 8050): a Network URL, every address',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `Collecting usage statistics. To deactivate, set browser.gatherUsageStats to false.


  You can now view your Streamlit app in your browser.

  Local URL: http://localhost:8050
  Network URL: http://172.17.0.2:8050
  External URL: http://203.0.113.7:8050
`,
  },
  {
    source: 'streamlit bootstrap.py:187 _print_url: "URL" with server.address as set (--server.address 0.0.0.0)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `
  You can now view your Streamlit app in your browser.

  URL: http://0.0.0.0:8501
`,
  },
  {
    source: 'streamlit bootstrap.py:187 _print_url, --server.address 127.0.0.1',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `  You can now view your Streamlit app in your browser.

  URL: http://127.0.0.1:8050
`,
  },
  // ── Jupyter (jupyter-server/jupyter_server jupyter_server/serverapp.py:2923 "Jupyter Server {version} is running at:\n{url}",
  //    display_url 2416: public_url (the ip as given, localhost when unset) then local_url 127.0.0.1; the classic notebook printed
  //    "http://(<hostname> or 127.0.0.1):8888/" for a wildcard ip) ──
  {
    source: 'jupyter_server serverapp.py:2923 + display_url:2416, --ip=0.0.0.0 (docker-stacks): the wildcard, then 127.0.0.1',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `[I 2025-03-01 12:00:00.000 ServerApp] Jupyter Server 2.14.2 is running at:
[I 2025-03-01 12:00:00.000 ServerApp] http://0.0.0.0:8888/lab?token=1f2e3d
[I 2025-03-01 12:00:00.000 ServerApp]     http://127.0.0.1:8888/lab?token=1f2e3d`,
  },
  {
    source: 'notebook 6 notebookapp.py display_url: "http://(<hostname> or 127.0.0.1):8888/" for ip 0.0.0.0/*',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `[I 12:00:00.000 NotebookApp] The Jupyter Notebook is running at:
[I 12:00:00.000 NotebookApp] http://(3f1c2a9b7d0e or 127.0.0.1):8888/?token=9a8b7c`,
  },
  {
    source: 'jupyter_server serverapp.py _get_urlparts: ip unset → localhost (its default), then 127.0.0.1',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `[I 2025-03-01 12:00:00.000 ServerApp] Jupyter Server 2.14.2 is running at:
[I 2025-03-01 12:00:00.000 ServerApp] http://localhost:8888/lab?token=1f2e3d
[I 2025-03-01 12:00:00.000 ServerApp]     http://127.0.0.1:8888/lab?token=1f2e3d`,
  },
  // ── Node http / Express (nodejs/node lib/net.js Server.listen(port): every address, :: or 0.0.0.0; nothing printed by
  //    Node itself; the line is the app’s own console.log, e.g. expressjs.com’s hello world "Example app listening on port 3000") ──
  {
    source: 'expressjs.com hello-world console.log(`Example app listening on port ${port}`) (the app’s own line)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `> app@1.0.0 start
> node index.js

Example app listening on port 3000`,
  },
  {
    source: 'a Node app’s own "listening on port 8050": the port, no address (the line is the app’s, not Node’s)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    left: 'the app’s own sentence: listen(port) binds every address, but whether it called listen(port, "127.0.0.1") the line does not say',
    text: `Server listening on port 8050`,
  },
  // ── Next.js (vercel/next.js packages/next/src/server/lib/start-server.ts: ≤13.3 "ready - started server on
  //    0.0.0.0:3000, url: http://localhost:3000"; 13.4 "- ready started server on [::]:3000"; 13.5+ "- Local:" and
  //    "- Network:" under "▲ Next.js") ──
  {
    source: 'next.js start-server.ts (≤13.3) "ready - started server on 0.0.0.0:3000, url: http://localhost:3000"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `ready - started server on 0.0.0.0:3000, url: http://localhost:3000
info  - Loaded env from /app/.env`,
  },
  {
    source: 'next.js start-server.ts (13.4) "- ready started server on [::]:8050" (next start -p 8050)',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `- ready started server on [::]:8050, url: http://localhost:8050`,
  },
  {
    source: 'next.js start-server.ts (13.5+) "- Local:" and "- Network: http://0.0.0.0:3000" (standalone, HOSTNAME=0.0.0.0)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `   ▲ Next.js 14.2.3
   - Local:        http://localhost:3000
   - Network:      http://0.0.0.0:3000

 ✓ Starting...
 ✓ Ready in 152ms`,
  },
  {
    source: 'next.js start-server.ts (13.5+), next start -p 8050: a Network URL, every address',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `   ▲ Next.js 15.1.0
   - Local:        http://localhost:8050
   - Network:      http://172.18.0.3:8050

 ✓ Ready in 98ms`,
  },
  // ── Vite (vitejs/vite packages/vite/src/node/logger.ts printServerUrls: "➜  Local:", "➜  Network:", or "Network: use --host
  //    to expose" when it binds loopback only; Vite 2 "> Local:") ──
  {
    source: 'vite logger.ts printServerUrls without --host: loopback only, "Network: use --host to expose"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `  VITE v5.2.8  ready in 312 ms

  ➜  Local:   http://localhost:5173/
  ➜  Network: use --host to expose
  ➜  press h + enter to show help`,
  },
  {
    source: 'vite logger.ts printServerUrls with --host: each interface’s Network URL',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `  VITE v5.2.8  ready in 312 ms

  ➜  Local:   http://localhost:5173/
  ➜  Network: http://172.18.0.2:5173/`,
  },
  {
    source: 'vite logger.ts printServerUrls, vite --host --port 8050: a Network URL, every address',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `  VITE v6.0.3  ready in 210 ms

  ➜  Local:   http://localhost:8050/
  ➜  Network: http://172.17.0.2:8050/`,
  },
  // ── webpack-dev-server (webpack/webpack-dev-server lib/Server.js logStatus: v4+ "<i> [webpack-dev-server] Loopback:",
  //    "On Your Network (IPv4):"; v3 "ℹ ｢wds｣: Project is running at http://<host>:<port>/", the host as given) ──
  {
    source: 'webpack-dev-server v4 Server.js logStatus "Loopback:" and "On Your Network (IPv4):"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `<i> [webpack-dev-server] Project is running at:
<i> [webpack-dev-server] Loopback: http://localhost:8080/
<i> [webpack-dev-server] On Your Network (IPv4): http://172.17.0.2:8080/`,
  },
  {
    source: 'webpack-dev-server v3 Server.js "Project is running at http://localhost:8080/" (its default host localhost)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `ℹ ｢wds｣: Project is running at http://localhost:8080/
ℹ ｢wds｣: webpack output is served from /`,
  },
  // ── Spring Boot (spring-projects/spring-boot TomcatWebServer.start: 2.x "Tomcat started on port(s): 8080 (http) with
  //    context path ''", 3.x "Tomcat started on port 8080 (http) with context path '/'"; NettyWebServer "Netty started on port
  //    8080"; server.address unset binds every address, the docs' "Network address to which the server should bind") ──
  {
    source: 'spring-boot TomcatWebServer.start (3.x) "Tomcat started on port 8080 (http) with context path \'/\'"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `2025-03-01T12:00:00.000Z  INFO 1 --- [demo] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'
2025-03-01T12:00:00.010Z  INFO 1 --- [demo] [           main] com.example.demo.DemoApplication         : Started DemoApplication in 2.1 seconds (process running for 2.5)`,
  },
  {
    source: 'spring-boot TomcatWebServer.start (2.x) "Tomcat started on port(s): 8080 (http) with context path \'\'"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `2021-06-01 12:00:00.000  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''`,
  },
  {
    // Its default address is every one (server.address unset), but the line does not show that it is unset: not an "ok".
    source: 'spring-boot TomcatWebServer.start with server.port=8050: the port only; the address is not in the line',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    text: `2025-03-01T12:00:00.000Z  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8050 (http) with context path '/'`,
  },
  {
    source: 'spring-boot NettyWebServer.start (WebFlux) "Netty started on port 8080"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `2025-03-01T12:00:00.000Z  INFO 1 --- [           main] o.s.b.web.embedded.netty.NettyWebServer  : Netty started on port 8080 (http)`,
  },
  // ── ASP.NET Core Kestrel (dotnet/aspnetcore src/Hosting/Hosting/src/Internal/HostingApplicationDiagnostics / GenericWebHostService
  //    LogInformation("Now listening on: {address}"), Microsoft.Hosting.Lifetime[14]) ──
  {
    source: 'aspnetcore GenericWebHostService "Now listening on: http://[::]:8080" (the .NET 8 images’ ASPNETCORE_HTTP_PORTS)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `info: Microsoft.Hosting.Lifetime[14]
      Now listening on: http://[::]:8080
info: Microsoft.Hosting.Lifetime[0]
      Application started. Press Ctrl+C to shut down.`,
  },
  {
    source: 'aspnetcore GenericWebHostService "Now listening on: http://localhost:5000" (launchSettings’ Development URL)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `info: Microsoft.Hosting.Lifetime[14]
      Now listening on: http://localhost:5000
info: Microsoft.Hosting.Lifetime[0]
      Hosting environment: Development`,
  },
  // ── Puma (puma/puma lib/puma/binder.rb parse, log_msg 'Listening': "* Listening on http://…" since 5.0, "tcp://" before) ──
  {
    source: 'puma binder.rb parse "* Listening on http://0.0.0.0:3000" (Puma 5+)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `Puma starting in single mode...
* Puma version: 6.4.2 (ruby 3.3.0-p0) ("The Eagle of Durango")
*  Min threads: 5
*  Max threads: 5
*  Environment: development
*          PID: 1
* Listening on http://0.0.0.0:3000
Use Ctrl-C to stop`,
  },
  {
    source: 'puma binder.rb parse, Rails’ development default localhost: 127.0.0.1 and [::1]',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `=> Booting Puma
=> Rails 7.1.3 application starting in development
* Listening on http://127.0.0.1:3000
* Listening on http://[::1]:3000
Use Ctrl-C to stop`,
  },
  {
    source: 'puma binder.rb (before 5.0) "* Listening on tcp://0.0.0.0:8050"',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `* Listening on tcp://0.0.0.0:8050
Use Ctrl-C to stop`,
  },
  // ── WEBrick (ruby/webrick lib/webrick/server.rb start: "#{self.class}#start: pid=#{$$} port=#{@config[:Port]}"; Rails 4
  //    "=> Rails 4.2.0 application starting in development on http://localhost:3000") ──
  {
    source: 'rails server (4.2) "application starting in development on http://localhost:3000" then WEBrick’s port',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `=> Booting WEBrick
=> Rails 4.2.11 application starting in development on http://localhost:3000
=> Run \`rails server -h\` for more startup options
[2019-01-01 12:00:00] INFO  WEBrick 1.3.1
[2019-01-01 12:00:00] INFO  WEBrick::HTTPServer#start: pid=1 port=3000`,
  },
  // ── PHP built-in server (php/php-src sapi/cli/php_cli_server.c: 8.x "PHP %s Development Server (%s://%s) started";
  //    7.x "PHP %s Development Server started at %s\nListening on %s://%s") ──
  {
    source: 'php-src php_cli_server.c (8.x) "PHP 8.3.4 Development Server (http://0.0.0.0:8000) started"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `[Fri Mar  1 12:00:00 2025] PHP 8.3.4 Development Server (http://0.0.0.0:8000) started`,
  },
  {
    source: 'php-src php_cli_server.c (8.x), php -S localhost:8050',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `[Fri Mar  1 12:00:00 2025] PHP 8.2.17 Development Server (http://localhost:8050) started`,
  },
  {
    source: 'php-src php_cli_server.c (7.x) "Listening on http://0.0.0.0:8000"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `PHP 7.4.33 Development Server started at Fri Mar  1 12:00:00 2025
Listening on http://0.0.0.0:8000
Document root is /var/www/html
Press Ctrl-C to quit.`,
  },
  {
    source: 'laravel ServeCommand (10+) "INFO  Server running on [http://0.0.0.0:8000]."',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `
   INFO  Server running on [http://0.0.0.0:8000].

  Press Ctrl+C to stop the server
`,
  },
  // ── Deno (denoland/deno ext/http/00_serve.ts onListen default: "Listening on http://{hostname}:{port}/") ──
  {
    source: 'deno ext/http/00_serve.ts Deno.serve default onListen "Listening on http://0.0.0.0:8000/"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `Listening on http://0.0.0.0:8000/`,
  },
  // ── Gradio (gradio-app/gradio gradio/blocks.py launch: "Running on local URL:  {url}", server_name 127.0.0.1 unless
  //    GRADIO_SERVER_NAME) ──
  {
    source: 'gradio blocks.py launch "* Running on local URL:  http://0.0.0.0:7860" (GRADIO_SERVER_NAME=0.0.0.0)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `* Running on local URL:  http://0.0.0.0:7860

To create a public link, set \`share=True\` in \`launch()\`.`,
  },
  {
    source: 'gradio blocks.py launch, its default server_name 127.0.0.1, server_port=8050',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `Running on local URL:  http://127.0.0.1:8050`,
  },
  // ── Hugo (gohugoio/hugo commands/server.go:973 "Web Server is available at %s (bind address %s) %s") ──
  {
    source: 'hugo commands/server.go:973 "Web Server is available at http://localhost:1313/ (bind address 0.0.0.0)"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `Built in 42 ms
Environment: "development"
Serving pages from disk
Web Server is available at http://localhost:1313/ (bind address 0.0.0.0) 
Press Ctrl+C to stop`,
  },
  {
    source: 'hugo commands/server.go:973, its default --bind 127.0.0.1, --port 8050',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `Web Server is available at http://localhost:8050/ (bind address 127.0.0.1)
Press Ctrl+C to stop`,
  },
  {
    source: 'hugo commands/server.go:973, hugo server --bind 0.0.0.0 --port 8050',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `Web Server is available at http://localhost:8050/ (bind address 0.0.0.0) 
Press Ctrl+C to stop`,
  },
  // ── http.server (python/cpython Lib/http/server.py test(): 3.8+ "Serving HTTP on {host} port {port}
  //    (http://{url_host}:{port}/) ...", before "Serving HTTP on 0.0.0.0 port 8000 ..."; 3.8+ binds :: by default) ──
  {
    source: 'cpython Lib/http/server.py test() (3.8+) "Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ..."',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...`,
  },
  {
    source: 'cpython Lib/http/server.py test() (3.8+), python -m http.server 8050: dual-stack ::',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `Serving HTTP on :: port 8050 (http://[::]:8050/) ...`,
  },
  {
    source: 'cpython Lib/http/server.py test() (before 3.8) "Serving HTTP on 0.0.0.0 port 8050 ..."',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `Serving HTTP on 0.0.0.0 port 8050 ...`,
  },
  {
    source: 'cpython Lib/http/server.py test() (3.8+), --bind 127.0.0.1',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `Serving HTTP on 127.0.0.1 port 8050 (http://127.0.0.1:8050/) ...`,
  },
  // ── Others learners put in containers ──
  {
    source: 'aiohttp web_runner / web.py run_app print "======== Running on http://0.0.0.0:8080 ========"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `======== Running on http://0.0.0.0:8080 ========
(Press CTRL+C to quit)`,
  },
  {
    source: 'sanic (before 21.12) app.py "Goin\' Fast @ http://0.0.0.0:8000"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `${ts} [1] [INFO] Goin' Fast @ http://0.0.0.0:8000`,
  },
  {
    source: 'phoenix Phoenix.Endpoint.Supervisor log_access_url / server start "Running X with cowboy 2.10.0 at 0.0.0.0:4000 (http)"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `12:00:00.000 [info] Running HelloWeb.Endpoint with Bandit 1.5.7 at 0.0.0.0:4000 (http)
12:00:00.010 [info] Access HelloWeb.Endpoint at http://localhost:4000`,
  },
  {
    source: 'phoenix, its dev.exs default http: [ip: {127, 0, 0, 1}]',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `[info] Running HelloWeb.Endpoint with cowboy 2.10.0 at 127.0.0.1:8050 (http)`,
  },
  {
    source:
      'Go net/http: no line of its own; an app’s log.Printf("listening on %s", addr) with ":8080" (net.Listen: empty host, every address)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `2025/03/01 12:00:00 listening on :8080`,
  },
  {
    source: 'nginx: no start-up line of its own (docker-entrypoint.sh only says the configuration is complete)',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    left: 'nginx says nothing of where it listens',
    text: `/docker-entrypoint.sh: Configuration complete; ready for start up
2025/03/01 12:00:00 [notice] 1#1: start worker processes`,
  },
  // ── lesson 5's run step: the pasted command, then the app's line ──
  {
    source: 'gunicorn arbiter.py:209 after the lesson’s docker run (lesson 5, run)',
    check: 'run',
    want: ['ok', 'healthy'],
    text: `$ docker run --name dash-app -p 8050:8050 dash-app
${ts} [1] [INFO] Starting gunicorn 23.0.0
${ts} [1] [INFO] Listening at: http://0.0.0.0:8050 (1)`,
  },
  {
    source: 'uvicorn server.py:214 on its default 127.0.0.1 after the lesson’s docker run (lesson 5, run)',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ docker run --name dash-app -p 8050:8050 dash-app
INFO:     Uvicorn running on http://127.0.0.1:8050 (Press CTRL+C to quit)`,
  },
  {
    source: 'streamlit bootstrap.py:197-202 after the lesson’s docker run: a Network URL at 8050 (lesson 5, run)',
    check: 'run',
    want: ['ok', 'healthy'],
    text: `$ docker run --name dash-app -p 8050:8050 dash-app

  You can now view your Streamlit app in your browser.

  Local URL: http://localhost:8050
  Network URL: http://172.17.0.2:8050`,
  },
  {
    source: 'hugo commands/server.go:973 after the lesson’s docker run, bind 127.0.0.1 (lesson 5, run)',
    check: 'run',
    want: ['problem', 'app-listens-on-loopback'],
    text: `$ docker run --name dash-app -p 8050:8050 dash-app
Web Server is available at http://localhost:8050/ (bind address 127.0.0.1)`,
  },
  // ── cw30 (holdout28's classes, reach) ──
  {
    source: 'cpython Lib/logging/__init__.py BASIC_FORMAT "%(levelname)s:%(name)s:%(message)s": an app’s "listening at" (strob/gentle#270)',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `INFO:root:app 1.0
INFO:root:listening at 0.0.0.0:8050`,
  },
  {
    source: 'a Go program’s flags printed with log.Printf at start (sentriz/gonic#281 "listen-addr"), on loopback',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `2025/03/01 12:00:00 provided config
2025/03/01 12:00:00     db-path                   /data/app.db
2025/03/01 12:00:00     listen-addr               127.0.0.1:8050`,
  },
  {
    source: 'http-party/http-server bin/http-server: "Available on:", each IPv4 interface when it binds every address',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `Starting up http-server, serving ./public
Available on:
  http://127.0.0.1:8080
  http://172.17.0.2:8080
Hit CTRL-C to stop the server`,
  },
  {
    source: 'http-party/http-server bin/http-server at 8050: loopback and the container’s interface, every address',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    text: `Available on:
  http://127.0.0.1:8050
  http://172.18.0.3:8050`,
  },
  {
    source: 'a server’s "Running <name> server on" and its bare bind address (jolibrain/deepdetect#110)',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `DeepDetect [ commit 4e2c9f4 ]
Running DeepDetect HTTP server on 0.0.0.0:8080`,
  },
  {
    source: 'benoitc/gunicorn arbiter.py spawn_worker "Booting worker with pid": started, its Listening at line not pasted',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    text: `${ts} [7] [INFO] Booting worker with pid: 7
${ts} [8] [INFO] Booting worker with pid: 8`,
  },
  {
    source: 'benoitc/gunicorn arbiter.py halt(): an exit status not 0 logs "Shutting down: Master" and its Reason at ERROR',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    text: `${ts} [1] [INFO] Starting gunicorn 23.0.0
${ts} [1] [INFO] Listening at: http://0.0.0.0:8050 (1)
${ts} [1] [INFO] Using worker: sync
${ts} [7] [INFO] Booting worker with pid: 7
${ts} [1] [ERROR] Worker (pid:7) exited with code 4
${ts} [1] [ERROR] Shutting down: Master
${ts} [1] [ERROR] Reason: App failed to load.`,
  },
  {
    source: 'nginx src/core/nginx.c main: ngx_init_cycle fails, "nginx: [emerg] …" on stderr, exit 1 (TomBursch/kitchenowl#105)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    text: `/docker-entrypoint.sh: Configuration complete; ready for start up
2025/03/01 12:00:00 [emerg] 1#1: unknown directive "lsten" in /etc/nginx/conf.d/default.conf:2
nginx: [emerg] unknown directive "lsten" in /etc/nginx/conf.d/default.conf:2`,
  },
  // cw34
  {
    source: 'martin-helmich/prometheus-nginxlog-exporter main.go: `running HTTP server on address %s` with listen.address localhost (#86)',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `loading configuration file /etc/log_exporter.yaml
starting listener for namespace web
running HTTP server on address localhost:8050`,
  },
  {
    source:
      'martin-helmich/prometheus-nginxlog-exporter main.go: `running HTTP server on address %s`, listen.address 0.0.0.0, another port',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `loading configuration file /etc/prometheus-nginxlog-exporter.hcl
running HTTP server on address 0.0.0.0:4040`,
  },
  {
    source: 'apache/hadoop NameNodeRpcServer: LOG.info("RPC server is binding to " + bindHost + ":" + port), fs.defaultFS on 127.0.0.1',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    text: `2025-03-01 12:00:00,989 INFO org.apache.hadoop.hdfs.server.namenode.NameNode: fs.defaultFS is hdfs://127.0.0.1:9000
2025-03-01 12:00:01,570 INFO org.apache.hadoop.hdfs.server.namenode.NameNode: RPC server is binding to 127.0.0.1:9000
2025-03-01 12:00:01,608 INFO org.apache.hadoop.ipc.Server: Starting Socket Reader #1 for port 9000`,
  },
  {
    source: 'apache/hadoop NameNodeRpcServer "RPC server is binding to", dfs.namenode.rpc-bind-host 0.0.0.0: every address, port 8020',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    text: `2025-03-01 12:00:01,570 INFO org.apache.hadoop.hdfs.server.namenode.NameNode: RPC server is binding to 0.0.0.0:8020`,
  },
];
