/*
 * cw73: holdout59 to holdout62's misses of the app's answers, start lines and run lines (README "holdout59–62: the app's answers,
 * start lines and run lines (cw73)"). Each row is a variation a learner would paste (other versions, names, ports, layouts,
 * programs of the same kind), never the paste itself, which moved to ../corpus/; its `source` names where the words come from.
 * Rows whose id starts "guard" hold an answer that must not change.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const id64 = (c: string) => c.repeat(64).slice(0, 64);

const toldRows: Row[] = [
  {
    source: "plotly/dash dash.py run(): `Dash is running on %s` in a README's wrapped sentence, the code span opening the next line",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'dash-wrapped-span',
    text: 'Run `docker compose up --build`. When the data is loaded you will see\n`Dash is running on http://0.0.0.0:8050/`.\nThen open http://localhost:8050.',
  },
  {
    source: "encode/uvicorn config.py `Uvicorn running on %s://%s:%d (Press CTRL+C to quit)` retold in a README's wrapped sentence",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'uvicorn-wrapped-span',
    text: '### Docker\n\nBuild and start the stack with `docker compose up`; after a few seconds the log should print\n`Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit)`, and the API is ready.',
  },
  {
    source: "pallets/werkzeug serving.py ` * Running on %s` retold in a tutorial's wrapped sentence",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'werkzeug-wrapped-span',
    text: 'Start it with docker compose up. If everything went fine, the terminal shows the message\n`* Running on http://0.0.0.0:8050/` and you can browse to the app.',
  },
  {
    source: 'plotly/dash `Dash is running on %s` in typographic quotes, wrapped after a colon (a blog post)',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'dash-wrapped-typographic',
    text: 'Once the container is up, the logs should end with:\n“Dash is running on http://0.0.0.0:8050/”\nand the dashboard is served.',
  },
  {
    source: 'guard: plotly/dash dash.py run() logging `Dash is running on %s` as the container printed it (docker logs)',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-dash-log-itself',
    text: "$ docker logs dash-app\nDash is running on http://0.0.0.0:8050/\n\n * Serving Flask app 'app'\n * Debug mode: off",
  },
];

const lateRows: Row[] = [
  {
    source: 'docker/cli cli/command/container/opts.go --env-file, --restart after the image (run.go SetInterspersed(false))',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'env-file-restart-after-image',
    text: '$ docker run --name bot -it ghcr.io/me/telegram-bot:latest --env-file ./bot.env --restart unless-stopped\nStarting bot...\nLogged in as @my_bot',
  },
  {
    source: 'docker/cli opts.go --mount, --detach after the image (Grafana image, grafana/grafana-docker)',
    check: 'run',
    want: ['problem', 'no-port-published'],
    id: 'mount-detach-after-image',
    text: 'docker run grafana/grafana:10.2.0 --detach --mount type=volume,src=grafana,dst=/var/lib/grafana\nlogger=settings t=2023-11-02T10:00:00Z level=info msg="Starting Grafana" version=10.2.0',
  },
  {
    source: 'docker/cli opts.go --add-host, --cap-add after the image (a pi-hole run typed in the wrong order)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'add-host-cap-add-after-image-published',
    text: 'root@pi:~# docker run --rm -it pihole/pihole:latest --cap-add NET_ADMIN --add-host pi.hole:127.0.0.1\ns6-rc: info: service s6rc-oneshot-runner: starting',
  },
  {
    source: 'docker/cli opts.go --volumes-from, --security-opt after the image (Alpine apk output as in AppDaemon/appdaemon#1607)',
    check: 'reach:published',
    want: ['problem', 'no-port-published'],
    id: 'volumes-from-after-image-published',
    text: '`docker run -it myorg/worker:2.1 --volumes-from data --security-opt no-new-privileges:true -d`\n\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.18/main/x86_64/APKINDEX.tar.gz\nOK: 12 MiB in 20 packages',
  },
  {
    source: "guard: the app's own option after the image (`--debug`), docker run's -p and --name before it",
    check: 'run',
    want: ['partial', 'shows-part'],
    id: 'guard-app-option-after-image',
    text: '$ docker run -d --name dash-app -p 8050:8050 dash-app --debug',
  },
];

const laterRows: Row[] = [
  {
    source: 'moby/moby#15740 layout: docker ps -a with an nginx row unpublished, then "I also tried" a run of the same image with -p',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'ps-nginx-then-tried-p-8080-80',
    text: '$ docker ps -a\nCONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS               NAMES\n4f2a9c1d7e3b        nginx               "nginx -g \'daemon off"   2 minutes ago       Up 2 minutes        80/tcp              web\n\nI also tried:\n\n    docker run -p 8080:80 -d nginx\n\nbut the browser still says ERR_CONNECTION_REFUSED.',
  },
  {
    source: 'docker/cli formatter (DisplayablePorts `0.0.0.0:8080->80/tcp`), then a later run of the same image on another host port',
    check: 'run',
    want: ['problem', 'ports-swapped'],
    id: 'ps-httpd-8080-then-run-9090',
    text: '$ docker ps\nCONTAINER ID   IMAGE     COMMAND              CREATED         STATUS         PORTS                  NAMES\n9b1c2d3e4f5a   httpd     "httpd-foreground"   5 minutes ago   Up 5 minutes   0.0.0.0:8080->80/tcp   old_httpd\n$ docker run -d -p 9090:80 httpd',
  },
  {
    source: 'guard: CONVENTIONS §2.2 (cw57) notes that list before they run: the row shows the same image and the same mapping',
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'guard-ps-same-ports-before-run',
    text: '$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS          PORTS                  NAMES\n3c4d5e6f7a8b   nginx:latest   "/docker-entrypoint.…"   10 seconds ago   Up 9 seconds    0.0.0.0:8080->80/tcp   elated_pare\n$ docker run -d -p 8080:80 nginx:latest',
  },
];

const promptRows: Row[] = [
  {
    source: "ohmyzsh themes/cloud.zsh-theme (☁ , the folder, git_prompt_info's [branch] and ⚡) before docker container port",
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'cloud-theme-container-port',
    text: '☁  shop [develop] ⚡  docker container port shop_web_1 80\n0.0.0.0:32771',
  },
  {
    source: 'ohmyzsh themes/lambda.zsh-theme (`λ %~/ `) before docker port',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'lambda-theme-port',
    text: 'λ ~/code/api/ docker port api 5000\n0.0.0.0:5001',
  },
  {
    source: 'a powerline-style prompt (agnoster, U+E0B0 separators) before docker port',
    check: 'reach:published',
    want: ['problem', 'ports-swapped'],
    id: 'agnoster-theme-port',
    text: '\ue0b0 ~/dash-app \ue0b0 main \ue0b0 docker port web 8050\n0.0.0.0:18050',
  },
  {
    source: 'ohmyzsh cloud theme before docker-compose -p (Compose v1 `Creating network "%s" with the default driver`)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'cloud-theme-compose-p',
    text: '☁  exercises [main] ⚡  docker-compose -p shop-test up -d\nCreating network "shop-test_default" with the default driver\nCreating shop-test_web_1 ... done',
  },
];

const pageRows: Row[] = [
  {
    source: "httpd's default index.html (`<html><body><h1>It works!</h1></body></html>`) under curl without -i, -p 8080:80",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'httpd-it-works-8080',
    text:
      '$ docker run -d -p 8080:80 httpd:2.4\n' +
      id64('a1') +
      '\n$ curl http://localhost:8080\n<html><body><h1>It works!</h1></body></html>',
  },
  {
    source: "nginx's default page (`<!DOCTYPE html>` … Welcome to nginx!) under curl, -p 8000:80",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'nginx-welcome-8000',
    text:
      'PS C:\\> docker run -d -p 8000:80 nginx\n' +
      id64('b2') +
      '\nPS C:\\> curl.exe http://localhost:8000\n<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>',
  },
  {
    source:
      "aws-microservices-deploy-options#111 layout: three runs at 3000, curl's 52 (lib/strerror.c CURLE_GOT_NOTHING) at one path, a 500 page at /",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'three-runs-52-then-error-page-3000',
    text:
      '$ docker run -d -p 3000:3000 --name users org/users\n' +
      id64('c3') +
      '\n$ curl http://localhost:3000/api/users\ncurl: (52) Empty reply from server\n$ docker rm -f users\nusers\n$ docker run -d -p 3000:3000 --name front org/front\n' +
      id64('d4') +
      '\n$ curl http://localhost:3000/api/front\ncurl: (52) Empty reply from server\n$ curl http://localhost:3000\n<!DOCTYPE html><html><head><title>Error</title></head><body><pre>Internal Server Error</pre></body></html>',
  },
  {
    source: "GNU wget -qO- printing Tomcat's page (`<!DOCTYPE html>` … Apache Tomcat), -p 8081:8080",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'wget-tomcat-8081',
    text:
      '$ docker run -d -p 8081:8080 tomcat:9\n' +
      id64('e5') +
      '\n$ wget -qO- http://127.0.0.1:8081/\n<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title></head></html>',
  },
  {
    source: "guard: curl's 52 alone at the published port (CONVENTIONS §2.4: Docker's proxy finds nothing at the container's port)",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-52-alone',
    text:
      '$ docker run -d -p 8080:8080 --name api org/api\n' +
      id64('f6') +
      '\n$ curl http://localhost:8080\ncurl: (52) Empty reply from server',
  },
  {
    source: "guard: a page at the lesson's own port 8050 is no evidence of every address (no ok from a page)",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'guard-page-at-8050',
    text:
      '$ docker run -d -p 8050:8050 --name dash-app dash-app\n' +
      id64('a7') +
      '\n$ curl http://localhost:8050\n<!DOCTYPE html>\n<html>\n<head><title>Dash</title></head>',
  },
];

const accessRows: Row[] = [
  {
    source: 'encode/uvicorn logging.py AccessFormatter `%(client_addr)s - "%(request_line)s" %(status_code)s`, -p 8000:80',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'uvicorn-access-run-8000-80',
    text:
      '$ docker run -d -p 8000:80 tiangolo/uvicorn-gunicorn-fastapi\n' +
      id64('b8') +
      '\n$ docker logs ' +
      id64('b8').slice(0, 12) +
      '\nINFO:     172.17.0.1:60214 - "GET / HTTP/1.1" 200 OK\nINFO:     172.17.0.1:60214 - "GET /favicon.ico HTTP/1.1" 404 Not Found',
  },
  {
    source:
      'expressjs/morgan \'combined\' (`:remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status`), a dual-stack ::ffff: client, compose ports "3000:3000"',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'morgan-ffff-compose-3000',
    text: 'services:\n  api:\n    build: .\n    ports:\n      - "3000:3000"\n\n$ docker compose logs api\napi-1  | ::ffff:172.18.0.1 - - [05/Dec/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 12 "-" "curl/8.4.0"',
  },
  {
    source:
      'pgjones/hypercorn config.py access_log_format (`%(h)s %(l)s %(l)s %(t)s "%(r)s" %(s)s …`, h as host:port) behind its own [INFO] prefix, -p 5000:8000',
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'hypercorn-access-5000-8000',
    text:
      '$ docker run -d -p 5000:8000 quart-app\n' +
      id64('c9') +
      '\n$ docker logs quart-app\n[2024-12-05 10:00:01 +0000] [1] [INFO] 172.17.0.1:51234 - - [05/Dec/2024:10:00:01 +0000] "GET / 1.1" 200 13 "-" "Mozilla/5.0"',
  },
  {
    source:
      "Compose spec interpolation (`${VAR:-default}`) in a ports entry, nginx's access log from the gateway (mealie-recipes/mealie#192 layout)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'nginx-access-compose-var-default',
    text: 'docker-compose.yml:\n```\nservices:\n  proxy:\n    image: nginx:1.25\n    ports:\n      - "${PROXY_PORT:-8080}:80"\n```\nlogs:\n```\n172.19.0.1 - - [05/Dec/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "Mozilla/5.0"\n```',
  },
  {
    source: "encode/uvicorn AccessFormatter with a LAN client, compose ports `- '$APP_PORT:9000'` (Compose interpolates $VAR)",
    check: 'reach:listening',
    want: ['problem', 'ports-swapped'],
    id: 'uvicorn-access-compose-var-9000',
    text: 'compose:\n```\nservices:\n  recipes:\n    image: org/recipes\n    ports:\n      - \'$APP_PORT:9000\'\n```\n```\nINFO:     192.168.1.20:51330 - "GET / HTTP/1.1" 404 Not Found\n```',
  },
  {
    source: "guard: uvicorn's access line from loopback (127.0.0.1, a client inside the container) shows no request through Docker",
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-uvicorn-loopback-client',
    text: '$ docker logs api\nINFO:     Uvicorn running on http://127.0.0.1:8050 (Press CTRL+C to quit)\nINFO:     127.0.0.1:40112 - "GET / HTTP/1.1" 200 OK',
  },
];

const cutRows: Row[] = [
  {
    source: 'compose-spec services (a file pasted from its first service: build and ports, `services:` cut above)',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'cut-api-build-ports',
    text: 'My compose file:\n```\n  api:\n    build: .\n    ports:\n      - "5000:5000"\n    restart: always\n```',
  },
  {
    source: 'compose-spec services (container_name, restart, image), cut above its first service as in mealie-recipes/mealie#192',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'cut-node-app-container-name',
    text: '```yaml\n# App\n  app:\n    image: node:18-alpine\n    container_name: app\n    restart: unless-stopped\n    volumes:\n      - ./src:/app\n```',
  },
  {
    source: "guard: CONVENTIONS §2.5 a cut file beside its service's crash (dash src/exec.c `%s: not found`, h30-glanceical2's layout)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-cut-file-crash',
    text: 'Compose:\n```yml\n  worker:\n    image: ghcr.io/me/worker:main\n    container_name: worker\n    restart: unless-stopped\n```\nLog:\n```\n/bin/sh: [python,: not found\n```',
  },
];

const families: [string, Row[]][] = [
  ['a start line retold after a wrapped sentence', toldRows],
  ["docker run's own options after the image", lateRows],
  ['a listing before a later run of the same image', laterRows],
  ["a themed shell's prompt before docker", promptRows],
  ["the app's page under a client's line", pageRows],
  ["servers' access lines and a compose file's ports", accessRows],
  ['a compose file cut above its first service', cutRows],
];

describe.each(families)('cw73 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
