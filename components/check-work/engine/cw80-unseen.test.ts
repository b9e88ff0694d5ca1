/*
 * cw80: holdout67 to holdout70's misses of the app's listen words and answers at "Does the app listen on 0.0.0.0?" and lesson 5's
 * panel (README "holdout67–70: app's listen words and answers (cw80)"). Each row is a variation a learner would paste (other
 * programs, versions, ports, layouts, languages), never the paste itself, which moved to ../corpus/; its `source` names where the
 * words come from. Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const toldRows: Row[] = [
  {
    source: "pallets/flask app.run's default host 127.0.0.1 (flask docs: Externally Visible Server), told with where it binds",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'flask-binds-127-inside',
    text: 'I run `docker run -p 5000:5000 flask-demo` but the browser gets nothing.\nThe Flask app binds to 127.0.0.1:5000 inside the container, so the port mapping does not help?',
  },
  {
    source: 'vitejs/vite server.host (default localhost: "listen on all addresses" only with --host), told',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'vite-listens-localhost-within',
    text: 'The Vite dev server listens on http://localhost:5173/ within the container, and http://localhost:5173 on the host shows ERR_EMPTY_RESPONSE.',
  },
  {
    source: "encode/uvicorn's --host default 127.0.0.1 (uvicorn settings), told against 0.0.0.0",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'uvicorn-started-127-instead',
    text: 'Root cause: uvicorn is started on 127.0.0.1 instead of 0.0.0.0 in the entrypoint, so `curl localhost:8000` fails from the host.',
  },
  {
    source: "angular/angular-cli ng serve's --host default localhost, told with the docker container",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'ng-serve-binds-localhost-4200',
    text: 'ng serve binds to localhost:4200 inside the docker container by default, that is why nothing answers on port 4200.',
  },
  {
    source: 'rails/rails railties server binding (development default localhost since Rails 4.2), told against 0.0.0.0',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'rails-listening-localhost-not-0000',
    text: 'The stack starts with compose, but puma is listening on localhost:3000 and not on 0.0.0.0, so the browser cannot reach it.',
  },
  {
    source: 'a Chinese note on a Go server (net.Listen("tcp", "127.0.0.1:8080")): 程序在容器内监听 127.0.0.1',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'zh-listens-127-in-container',
    text: '宿主机访问不了，后来发现程序在容器内监听 127.0.0.1:8080，而不是 0.0.0.0。',
  },
  {
    source: 'CONVENTIONS §2.2 cw43: a retold loopback line, at run the run line answers (docker/cli run -p, another port)',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'run-line-first-told-loopback',
    text: '$ docker run -d -p 8080:8080 myapp\n\nInside the container the server is running on 127.0.0.1:8080, I cannot reach it.',
  },
  {
    source: 'guard: advice in an answer ("make sure it does not listen on 127.0.0.1"), no telling of where it binds',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-advice-not-listen',
    text: 'Make sure the server does not listen on 127.0.0.1 inside the container; bind it to 0.0.0.0.',
  },
  {
    source: 'guard: the address a learner opens ("it is running on localhost:8050"), nothing of the container',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-learner-opens-localhost',
    text: 'The app is running on localhost:8050 and I see the dashboard.',
  },
];

toldRows.push({
  source: 'guard: "running in a container on localhost:8050" is where the learner opens it, not where it binds',
  check: 'reach:listening',
  want: ['unreadable', 'unreadable'],
  id: 'guard-running-in-container-on-localhost',
  text: 'My app is running in a container on localhost:8050 and the page loads.',
});

const bridgeRows: Row[] = [
  {
    source: 'streamlit/streamlit bootstrap.py `Network URL: http://172.17.0.2:8501`, retold ("it prints that I should open …")',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'streamlit-prints-open-bridge',
    text: 'When the container starts it prints that I should open http://172.17.0.2:8501 but that page never loads on my Mac.',
  },
  {
    source: 'jupyter_server serverapp.py display_url on a Compose network (172.18.0.3), retold ("the log shows the URL …")',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'jupyter-log-shows-url-bridge',
    text: 'The log shows the URL http://172.18.0.3:8888/lab?token=abc123 and Chrome times out on it.',
  },
  {
    source: 'streamlit Network URL on a user network (172.20.0.5), retold ("Streamlit says to go to …")',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'streamlit-says-go-to-172-20',
    text: 'Streamlit says to go to http://172.20.0.5:8501, which does not work from Windows.',
  },
  {
    source: "plotly/dash at the lesson's port on the bridge address, retold: the port only, never an ok",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'dash-prints-bridge-8050',
    text: 'Dash prints the address http://172.17.0.2:8050 in the terminal, but the browser on my laptop spins forever.',
  },
];

const crashRows: Row[] = [
  {
    source: "CPython Lib/runpy.py _get_main_module_details `can't find '__main__' module in %r` (a bind-mounted directory run as a script)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'python-cant-find-main-dir',
    text: "$ docker logs bot\n/usr/bin/python3: can't find '__main__' module in '/app'",
  },
  {
    source: 'CPython runpy `-m` with no such module (`%s: No module named %s`): python -m app.main with app/ not copied',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'python-no-module-named',
    text: '$ docker logs api\n/usr/local/bin/python: No module named app.main',
  },
  {
    source: 'CPython runpy `Error while finding module specification for %r (%s: %s)`',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'python-module-specification',
    text: "docker logs web\n/usr/local/bin/python: Error while finding module specification for 'app.main' (ModuleNotFoundError: No module named 'app')",
  },
  {
    source: "CPython `can't find '__main__' module` at lesson 5's run, before the run line's mapping",
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'run-python-cant-find-main',
    text: "$ docker run --name dash-app -p 8050:8050 -v app.py:/app/app.py e4l-python-graph\n/usr/local/bin/python: can't find '__main__' module in '/app/app.py'",
  },
  {
    source: "vercel/next.js Log.error's ` ⨯ ` prefix: `⨯ Failed to start server` before the lookup that stopped it",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'next-failed-to-start-eai-again',
    text: '$ docker logs web\n ⨯ Failed to start server\nError: getaddrinfo EAI_AGAIN mynas\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)',
  },
  {
    source: "an Express skeleton's `logger.error('Failed to start server:', err); process.exit(1)` under winston's `error:` level",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'express-error-failed-to-start',
    text: "docker logs backend\ninfo: Loading configuration\nerror: Failed to start server: TypeError: Cannot read properties of undefined (reading 'split')",
  },
  {
    source: "a Node server's `console.error('❌ Failed to start server:', error)` then exit(1)",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'emoji-failed-to-start',
    text: 'docker logs api\n🔧 Loading env\n❌ Failed to start server: Error: JWT_SECRET is not set',
  },
  {
    source: 'a Go service (log.Printf) `Could not start server: …` then os.Exit(1)',
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'go-could-not-start-server',
    text: '$ docker logs gateway\n2024/05/02 10:00:00 Could not start server: open /certs/tls.crt: no such file or directory',
  },
  {
    source: 'guard: a server that says it retries (no exit)',
    check: 'reach:listening',
    want: ['unreadable', 'unreadable'],
    id: 'guard-failed-retrying',
    text: 'docker logs api\nFailed to start server, retrying in 5 seconds',
  },
  {
    source: "InstaPy/instapy-docker#15's layout with another program: a crash in docker logs, then a run with an image that does not exist",
    check: 'reach:listening',
    want: ['problem', 'container-exited'],
    id: 'crash-then-pull-denied',
    text: "$ docker logs bot\nTraceback (most recent call last):\n  File \"/app/bot.py\", line 3, in <module>\n    import telegram\nModuleNotFoundError: No module named 'telegram'\n\nthen I tried\n$ docker run --name bot2 -d mybot\nUnable to find image 'mybot:latest' locally\ndocker: Error response from daemon: pull access denied for mybot, repository does not exist or may require 'docker login'.",
  },
  {
    source: 'guard: docker/cli pull access denied alone at "Does the app listen?"',
    check: 'reach:listening',
    want: ['problem', 'image-not-found'],
    id: 'guard-pull-denied-alone',
    text: "$ docker run -d -p 8050:8050 --name dash-app dash-app\nUnable to find image 'dash-app:latest' locally\ndocker: Error response from daemon: pull access denied for dash-app, repository does not exist or may require 'docker login'.",
  },
];

const waitRows: Row[] = [
  {
    source: "ufoscout/docker-compose-wait src/lib.rs `docker-compose-wait - Everything's fine, the application can now start!`",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'compose-wait-fine',
    text: "$ docker logs shop-api-1\n--------------------------------------------------------\n docker-compose-wait 2.12.1\n---------------------------\nChecking availability of postgres:5432\nHost postgres:5432 is now available!\n--------------------------------------------------------\ndocker-compose-wait - Everything's fine, the application can now start!\n--------------------------------------------------------",
  },
  {
    source: 'vishnubob/wait-for-it wait-for-it.sh `$cmdname: $host:$port is available after N seconds`',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'wait-for-it-available',
    text: 'docker logs web\nwait-for-it.sh: waiting 15 seconds for db:5432\nwait-for-it.sh: db:5432 is available after 3 seconds',
  },
  {
    source: 'jwilder/dockerize `Waiting for: tcp://db:3306`, `Connected to tcp://db:3306` (log.Printf)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'dockerize-connected',
    text: '$ docker logs app\n2024/03/01 12:00:00 Waiting for: tcp://db:3306\n2024/03/01 12:00:02 Connected to tcp://db:3306',
  },
  {
    source: "guard: docker-compose-wait, then plotly/dash's own start line at 8050 (docker logs dash-app)",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-wait-then-dash',
    text: "$ docker logs dash-app\ndocker-compose-wait - Everything's fine, the application can now start!\nDash is running on http://0.0.0.0:8050/\n\n * Serving Flask app 'app'\n * Debug mode: off",
  },
];

const jsonRows: Row[] = [
  {
    source: "tiangolo/uvicorn-gunicorn-fastapi gunicorn_conf.py `print(json.dumps(log_data))`, then gunicorn 21's `Listening at:`",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'fastapi-image-json-then-gunicorn',
    text: '$ docker logs api\n{"loglevel": "info", "workers": 4, "bind": "0.0.0.0:80", "graceful_timeout": 120, "timeout": 120, "keepalive": 5, "errorlog": "-", "accesslog": "-", "workers_per_core": 1.0, "use_max_workers": null, "host": "0.0.0.0", "port": "80"}\n[2023-10-02 08:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0\n[2023-10-02 08:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:80 (1)',
  },
  {
    source: "tiangolo/meinheld-gunicorn-flask (the same gunicorn_conf JSON) at lesson 5's run, -p 8080:80",
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'meinheld-json-then-gunicorn-run',
    text: '$ docker run -d --name myflask -p 8080:80 myflaskimage\n{"loglevel": "info", "workers": 2, "bind": "0.0.0.0:80", "workers_per_core": 2.0, "host": "0.0.0.0", "port": "80"}\n[2021-01-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:80 (1)',
  },
  {
    source: "a JSON line of the config, then Kestrel's `Now listening on: http://localhost:5000` (dotnet KestrelTrace)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'json-config-then-kestrel-localhost',
    text: '$ docker logs web\n{"Environment": "Production", "Urls": "http://localhost:5000"}\ninfo: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://localhost:5000',
  },
];

const hostAgainRows: Row[] = [
  {
    source: "nodejs.org's Docker guide layout (docker exec -it … /bin/bash, then docker ps and curl -i at the host port), Express 200",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'exec-then-docker-ps-then-curl-200',
    text: '$ docker run -p 3000:8080 -d me/web\n\n$ docker exec -it 3b1a bash\n\n$ docker ps\n\n$ curl -i localhost:3000\nHTTP/1.1 200 OK\nX-Powered-By: Express\n\nHello world',
  },
  {
    source: "`exit` leaves the shell (bash's builtin), then curl -I at the host port, nginx's 200",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'exec-exit-then-curl-200',
    text: '$ docker run -d -p 8081:80 nginx\n$ docker exec -it 9f2c sh\n# exit\n$ exit\n$ curl -I http://localhost:8081\nHTTP/1.1 200 OK\nServer: nginx/1.25.3',
  },
  {
    source:
      "an Express app whose console.log says `Running on http://localhost:3000` (the guide's old server.js), curl -i 200 through -p 4000:3000",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'loopback-words-answered-through-forward',
    text: '$ docker run -d -p 4000:3000 my/express\n$ docker logs 51c2\nRunning on http://localhost:3000\n$ curl -i localhost:4000\nHTTP/1.1 200 OK\nX-Powered-By: Express',
  },
  {
    source: 'guard: CONVENTIONS §2.4 cw61 (trailbase#77): the loopback line and an empty reply at the published port stay loopback',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-loopback-line-empty-reply',
    text: '$ docker run -d -p 4000:3000 my/express\n$ docker logs 51c2\nRunning on http://localhost:3000\n$ curl -i localhost:4000\ncurl: (52) Empty reply from server',
  },
];

const insideRows: Row[] = [
  {
    source: 'curl lib/strerror.c (7) at a container\'s bridge address from the host, and the learner\'s "inside the container … works"',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'bridge-refused-inside-works',
    text: "root@nas:~# curl http://172.17.0.5:8188\ncurl: (7) Failed to connect to 172.17.0.5 port 8188 after 0 ms: Couldn't connect to server\n\nInside the container, curl http://127.0.0.1:8188 works fine.",
  },
  {
    source: "the same told in Chinese (容器里 … 正常), curl 7.68's older words",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'zh-bridge-refused-inside-ok',
    text: '$ curl 172.18.0.2:3000\ncurl: (7) Failed to connect to 172.18.0.2 port 3000: Connection refused\n在容器里 curl http://localhost:3000 正常返回页面',
  },
  {
    source: "guard: qiuhaotc/WebSSH#8 layout, refused at the container's address, nothing told inside",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'guard-bridge-refused-alone',
    text: "root@host:~# curl http://172.17.0.5:8188\ncurl: (7) Failed to connect to 172.17.0.5 port 8188 after 0 ms: Couldn't connect to server",
  },
];

const families: [string, Row[]][] = [
  ['a loopback bind told by the learner', toldRows],
  ["the app's bridge address retold", bridgeRows],
  ["a program's own refusal to start", crashRows],
  ["a wait-for wrapper's last word", waitRows],
  ['a JSON line before the log in text', jsonRows],
  ['the host again after a shell in the container', hostAgainRows],
  ['refused at the bridge, told to answer inside', insideRows],
];

describe.each(families)('cw80 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
