/*
 * cw128 (stop 45): one reader for a family, a program's line or a state TOLD in prose, not printed (README "Stop 45").
 * - a program's line after a word of saying, seeing or expecting on the same line: a colon (ASCII or full-width), or no mark at all;
 * - a line in Japanese or Chinese brackets that the sentence goes on after at once (`「…」と表示される`);
 * - a port told taken in the learner's words, in the corpus' languages, the port before or after the words;
 * - a guide's condition ("If you see …, …") with the error unquoted or in « » on its line.
 * Each row is a short paste built on a real source's format (`source` names it), never a holdout paste. Rows whose id starts
 * "guard" hold an answer that must not change: printed lines stay printed, oks stay ok.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string] | 'not ok'; id: string; text: string };

const dashLine = 'Dash is running on http://0.0.0.0:8050/';

const lineRows: Row[] = [
  {
    source: 'plotly/dash dash.py run(): `Dash is running on {url}`, retold after a guide\'s "you should see:" with no quote',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'dash-after-colon-unquoted',
    text: `The guide says you should see: ${dashLine}\nBut the page does not load.`,
  },
  {
    source:
      'gunicorn arbiter.py `Listening at: %s (%s)` with glogging\'s `[%(asctime)s] [%(process)d] [%(levelname)s]` head, after "should look like"',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'gunicorn-whole-line-after-look-like',
    text: 'The output should look like [2024-05-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8050 (1)',
  },
  {
    source: "plotly/dash's start line in Japanese corner brackets, the sentence going on at once (`」と表示されるはずです`)",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'ja-kagi-dash-line',
    text: `「${dashLine}」と表示されるはずです。`,
  },
  {
    source: "a Chinese note's 应该看到 with the input method's full-width colon before Dash's line (normalize.ts makes it ASCII)",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'zh-fullwidth-colon-dash-line',
    text: `应该看到：${dashLine}`,
  },
  {
    source:
      'encode/uvicorn server.py `Uvicorn running on %s://%s:%d (Press CTRL+C to quit)` after its `INFO:     ` head, retold after "it prints"',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'uvicorn-after-prints-unquoted',
    text: 'it prints INFO:     Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit) and then nothing happens in the browser',
  },
  {
    source: 'pallets/werkzeug serving.py log_startup ` * Running on %s`, after a Spanish guide\'s "Deberías ver:" on the same line',
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'es-werkzeug-after-deberias-ver',
    text: 'Deberías ver: * Running on http://0.0.0.0:8050/ (Press CTRL+C to quit)',
  },
  {
    source: 'pgjones/hypercorn `Running on http://0.0.0.0:8050 (CTRL + C to quit)` after a plan\'s "Expected:"',
    check: 'run',
    want: 'not ok',
    id: 'hypercorn-after-expected',
    text: 'Expected: Running on http://0.0.0.0:8050 (CTRL + C to quit)',
  },
];

const stateRows: Row[] = [
  {
    source: 'emoncms/emoncms-docker#8: "Ah, you already have some process running on port 8080 on your machine?"',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'some-process-running-on-port',
    text: 'Ah, you already have some process running on port 8050 on your machine?',
  },
  {
    source: 'IGNF/geoportal-extensions#275\'s French readme: "le port est déjà utilisé par une autre application", with its number',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'fr-port-deja-utilise',
    text: 'Le port 8050 est déjà utilisé par une autre application.',
  },
  {
    source: 'x-dr/editStep#1: "部署docker的8080已经被其他软件占用了，请问怎么换一个" (the number, then 已经被…占用)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'zh-number-bei-zhanyong',
    text: '部署docker的8050已经被其他软件占用了，请问怎么换一个',
  },
  {
    source: 'a Spanish course note in the shape of moby\'s "port is already allocated" retold: "el puerto 8050 ya está en uso"',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'es-puerto-ya-en-uso',
    text: 'Al lanzar el contenedor me dice que el puerto 8050 ya está en uso.',
  },
  {
    source: 'a German forum post: "Port 8050 ist bereits belegt" (Windows\' own wording for a taken port)',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'de-port-bereits-belegt',
    text: 'Der Port 8050 ist bereits belegt.',
  },
  {
    source: 'LAION-AI/Open-Assistant#361\'s "the 8080 address already in use", told with the number alone and "already taken"',
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'number-already-taken',
    text: 'It seems 8050 is already taken by another process.',
  },
];

const daemonError = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
const version = '$ docker --version\nDocker version 27.3.1, build ce12230';
const ifRows: Row[] = [
  {
    source: "docker/cli's daemon error (cli/command/cli.go) as a guide's condition, unquoted inside its sentence",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'if-you-see-unquoted',
    text: `If you see ${daemonError}, start Docker Desktop first.\n\n${version}`,
  },
  {
    source: "the same condition in a French guide with « » (French typography's quotes)",
    check: 'install',
    want: ['partial', 'shows-part'],
    id: 'fr-si-vous-voyez-guillemets',
    text: `Si vous voyez « ${daemonError} », démarrez Docker Desktop.\n\n${version}`,
  },
  {
    source: "moby's allocator `Bind for 0.0.0.0:8050 failed: port is already allocated` as the condition of advice",
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'if-you-get-allocated-unquoted',
    text: 'If you get Bind for 0.0.0.0:8050 failed: port is already allocated, stop the other container first.',
  },
];

const guardRows: Row[] = [
  {
    source: "plotly/dash's line printed under `docker logs dash-app`",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-dash-printed',
    text: `$ docker logs dash-app\n${dashLine}\n\n * Serving Flask app "app"\n * Debug mode: off\n`,
  },
  {
    source: "pallets/werkzeug log_startup for a wildcard host: `Running on all addresses`, the loopback URL, the interface's",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-werkzeug-banner-printed',
    text: '$ docker logs dash-app\n * Serving Flask app "app"\n * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:8050\n * Running on http://172.17.0.2:8050\nPress CTRL+C to quit\n',
  },
  {
    source: "docker/compose cmd/formatter/logs.go's `web-1  | ` prefix before Dash's printed line",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-compose-prefix-printed',
    text: `$ docker compose logs web\nweb-1  | ${dashLine}\nweb-1  |  * Serving Flask app "app"\n`,
  },
  {
    source: "Python logging's basicConfig `%(levelname)s:%(name)s:%(message)s` before Werkzeug's line: a colon, no word of saying",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-python-logging-colon-head',
    text: '$ docker logs dash-app\nINFO:werkzeug: * Running on http://0.0.0.0:8050/ (Press CTRL+C to quit)\n',
  },
  {
    source: "encode/uvicorn's printed `INFO:     Uvicorn running on …` (its colon is a level's, not a teller's)",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-uvicorn-printed',
    text: '$ docker logs dash-app\nINFO:     Started server process [1]\nINFO:     Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit)\n',
  },
  {
    source: 'a learner\'s "Here is my output:" above the block: no word of saying before a line on its own line',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-here-is-my-output-block',
    text: `Here is my output:\n\n\`\`\`\n${dashLine}\n\`\`\`\n`,
  },
  {
    source: 'a README\'s sample in a block of its own under "You should see output like:" (the corpus\' h5-readme21407154571 law: ok)',
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-readme-block-under-should-see',
    text: "You should see output like:\n\n```\n * Serving Flask app 'app'\n * Debug mode: off\n * Running on http://0.0.0.0:8050\n```\n",
  },
  {
    source: 'a loopback line retold after "It prints" (tokio-rs/axum#1485\'s shape): the problem told stays',
    check: 'reach:listening',
    want: ['problem', 'app-listens-on-loopback'],
    id: 'guard-loopback-told-stays-problem',
    text: 'It prints `Running on http://127.0.0.1:8050` only.',
  },
  {
    source: 'a negation: "Port 8050 is not used by anything" tells no port taken',
    check: 'reach:port-free',
    want: 'not ok',
    id: 'guard-port-not-used',
    text: 'Port 8050 is not used by anything else, I checked.',
  },
  {
    source: 'the learner\'s own app "running on port 8050" is no other holder of the port',
    check: 'reach:port-free',
    want: ['unreadable', 'unreadable'],
    id: 'guard-my-app-running-on-port',
    text: 'My Dash app is running on port 8050 but the page is blank.',
  },
  {
    source: 'the first person\'s "When I run docker ps I get …" is what happened (cw122\'s guard): the error stands',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-when-i-run-i-get',
    text: `When I run docker ps I get ${daemonError}`,
  },
  {
    source: 'a guide\'s sample under "If you get this error:" in a block of its own (h68-dtcfaq011\'s layout): the error shown',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-if-you-get-block',
    text: `If you get this error:\n\n\`\`\`\n${daemonError}\n\`\`\`\n\nstart Docker Desktop.`,
  },
  {
    source: "docker/cli's printed ps listing of dash-app under its command (formatter/container.go)",
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-ps-printed',
    text: '$ docker ps\nCONTAINER ID   IMAGE      COMMAND           CREATED         STATUS         PORTS                    NAMES\n3f2a1b0c9d8e   dash-app   "python app.py"   2 seconds ago   Up 1 second    0.0.0.0:8050->8050/tcp   dash-app\n',
  },
];

const families: [string, Row[]][] = [
  ["a program's line after a word of saying or expecting", lineRows],
  ["a port told taken in the learner's words", stateRows],
  ["a guide's condition with the error on its line", ifRows],
  ['guards: printed lines and oks', guardRows],
];

describe.each(families)('cw128 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    if (want === 'not ok') expect(d.kind).not.toBe('ok');
    else expect([d.kind, d.id]).toEqual(want);
  });
});
