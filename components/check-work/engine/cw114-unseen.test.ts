/*
 * cw114: a start line quoted with its logger's prefix is told, not printed (CONVENTIONS §2.4, cw45's quotes, cw65's code spans):
 * holdout91's false ok, a Dash README's "The output of this command will include `[INFO] Listening at: http://0.0.0.0:8050`", after
 * a `docker run` without -p. Its port counts; it never makes an ok. Rows are variations (other servers' prefixes, quotes, languages,
 * a wrapped sentence), never the paste itself, which moved to ../corpus/; ids starting "guard" hold the logs themselves, still read.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

type Row = { source: string; id: string; text: string; want: 'partial' | 'ok' | 'not-ok' };

const rows: Row[] = [
  {
    source: 'a Dash README (holdout91): gunicorn\'s level prefix in a code span after "will include"',
    id: 'readme-will-include-info-listening',
    want: 'partial',
    text: 'From the top level directory run:\n\n```\ndocker run my_dash_app\n```\n\nThe output of this command will include `[INFO] Listening at: http://0.0.0.0:8050`. Open a web browser to http://0.0.0.0:8050.',
  },
  {
    source: 'gunicorn/glogging.py: `%(asctime)s [%(process)d] [%(levelname)s]`, the whole line quoted in a sentence',
    id: 'gunicorn-whole-line-in-span',
    want: 'partial',
    text: 'You should see `[2024-05-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8050 (1)` in the logs.',
  },
  {
    source: 'uvicorn/logging.py DefaultFormatter: `INFO:     Uvicorn running on …`, quoted after a colon',
    id: 'uvicorn-info-prefix-quoted',
    want: 'partial',
    text: 'It then prints: "INFO:     Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit)" and the API is ready.',
  },
  {
    source: "a Chinese note's typographic quotes (cw45) around a gunicorn line",
    id: 'zh-quotes-info-listening',
    want: 'partial',
    text: '终端会输出 “[INFO] Listening at: http://0.0.0.0:8050” 即表示启动成功',
  },
  {
    source: 'a README sentence wrapped before its span (cw73), an ISO time first',
    id: 'wrapped-span-iso-time',
    want: 'partial',
    text: 'Once the image is built, the container log should end with\n`2024-05-01 10:00:00,123 INFO Listening at: http://0.0.0.0:8050`.',
  },
  {
    source: 'the same telling at another port: the forward to 8050 finds nothing there, never ok',
    id: 'readme-will-include-other-port',
    want: 'not-ok',
    text: 'The output will include `[INFO] Listening at: http://0.0.0.0:5000`.',
  },
  {
    source: 'guard: gunicorn\'s own log under docker logs (gunicorn/arbiter.py "Listening at: %s (%s)")',
    id: 'guard-gunicorn-log',
    want: 'ok',
    text: '$ docker logs dash-app\n[2024-05-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0\n[2024-05-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8050 (1)\n[2024-05-01 10:00:00 +0000] [1] [INFO] Using worker: sync',
  },
  {
    source: "guard: uvicorn's own log in a fence",
    id: 'guard-uvicorn-fenced',
    want: 'ok',
    text: '```\nINFO:     Started server process [1]\nINFO:     Waiting for application startup.\nINFO:     Uvicorn running on http://0.0.0.0:8050 (Press CTRL+C to quit)\n```',
  },
  {
    source:
      "cw123: a French plan's expected line (holdout99): Compose's service prefix quoted after French typography's space before the colon",
    id: 'fr-attendu-compose-prefix',
    want: 'partial',
    text: 'Attendu : `dashboard-1 | Dash is running on http://0.0.0.0:8050/`\n\nVérifier dans les logs :\n\n```powershell\ndocker compose logs dashboard --tail=20\n```',
  },
  {
    source: "cw123: Compose v1's prefix (`web_1  | `, compose/cli/log_printer.py) in a code span after a colon",
    id: 'v1-prefix-in-span',
    want: 'partial',
    text: 'You should then see: `web_1  | Dash is running on http://0.0.0.0:8050/`.',
  },
  {
    source: "guard: Compose v2's own log lines under docker compose logs (cmd/formatter/logs.go), not quoted",
    id: 'guard-compose-logs-printed',
    want: 'ok',
    text: "$ docker compose logs web\nweb-1  | Dash is running on http://0.0.0.0:8050/\nweb-1  | \nweb-1  |  * Serving Flask app 'app'\nweb-1  |  * Debug mode: off",
  },
];

describe('cw114 a start line quoted with its logger prefix', () => {
  it.each(rows)('$id ($source)', async ({ text, want }) => {
    const d = await check('reach:listening', text);
    if (want === 'not-ok') expect(d.kind).not.toBe('ok');
    else expect(d.kind).toBe(want);
  });
});
