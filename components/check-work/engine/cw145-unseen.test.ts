/*
 * cw145 (stop 49): holdout124–127's misses at Compose, by class, each row a short paste on a real program's or writer's format
 * (`source` names it), never a holdout paste:
 * - the shell's refusal of docker-compose in the learner's locale (bash's error_prolog `NAME:<_(" line ")>N: ` through gettext, with
 *   or without spaces; an interactive `bash: docker-compose: …`) → Compose is not installed;
 * - a Markdown emphasis around pasted output (`_…_`, `*…*` opening at a line's start and closing at a later line's end): the output.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const shellRows: Row[] = [
  {
    source:
      'a Hyperledger Fabric note (stored file 1918421857): byfn.sh on CentOS 7 in Chinese, `./byfn.sh:行169: docker-compose: 未找到命令`',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'bash-zh-prolog-no-spaces',
    text: [
      '$ ./byfn.sh up',
      'LOCAL_VERSION=1.4.0',
      './byfn.sh:行169: docker-compose: 未找到命令',
      'ERROR !!!! Unable to start network',
    ].join('\n'),
  },
  {
    source: 'bash error.c error_prolog with the spaced translation (QAnything-style run.sh), another script and line',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'bash-zh-prolog-spaced',
    text: ['$ bash start.sh', './start.sh: 行 12: docker-compose: 未找到命令'].join('\n'),
  },
  {
    source: 'an OpenCV project note (stored file 25900660251): the interactive shell in Chinese, `bash: docker-compose: 未找到命令`',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'bash-zh-interactive',
    text: ['$ docker-compose up -d', 'bash: docker-compose: 未找到命令'].join('\n'),
  },
  {
    source: "bash's German catalogue (`Zeile` for error_prolog's line), a script run by hand",
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'bash-de-prolog',
    text: ['$ ./deploy.sh', './deploy.sh: Zeile 7: docker-compose: Befehl nicht gefunden'].join('\n'),
  },
  {
    source: 'dash (Debian and Ubuntu sh) running a script: `sh: 1: docker-compose: not found`',
    check: 'compose',
    want: ['problem', 'compose-not-installed'],
    id: 'dash-prolog',
    text: ['$ sh up.sh', 'sh: 1: docker-compose: not found'].join('\n'),
  },
  {
    source: 'docker/compose v1 answering its version after a script line that named it: the version answers, not the line number',
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-v1-version-after-line',
    text: ['$ docker-compose version', 'docker-compose version 1.29.2, build 5becea4c'].join('\n'),
  },
];

const emphasisRows: Row[] = [
  {
    source: 'Compose v1 `up` in the foreground (compose/cli/main.py `Attaching to %s`) quoted in italics across lines, an issue body',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'italic-underscore-attaching',
    text: [
      'It just stops here:',
      '',
      '_Attaching to shop_db_1, shop_web_1',
      'db_1   | LOG:  database system is ready to accept connections',
      'web_1  | Listening on 0.0.0.0:3000_',
    ].join('\n'),
  },
  {
    source: 'the same in `*` italics, Compose v2 prefixes (docker/compose pkg/compose/printer.go `<service>-<n>  | `)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'italic-star-attaching-v2',
    text: ['*Attaching to shop-db-1, shop-web-1', 'shop-web-1  | Listening on 0.0.0.0:3000*'].join('\n'),
  },
  {
    source: "a Python traceback's line that starts with `*args` in a code block is no emphasis (no closing mark at a line's end)",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'guard-star-args',
    text: [
      'web-1  | Traceback (most recent call last):',
      'web-1  |   File "/app/app.py", line 3, in <module>',
      'web-1  | ModuleNotFoundError: No module named dash',
      'web-1 exited with code 1',
    ].join('\n'),
  },
];

const stop49Rows: Row[] = [
  {
    source:
      "docker/cli's default ps table (formatter/container.go) with COMMAND, CREATED and NAMES left out by a writer, under plain `docker ps`",
    check: 'reach:port-free',
    want: ['partial', 'shows-part'],
    id: 'ps-columns-trimmed-by-hand',
    text: [
      '$ docker ps',
      'CONTAINER ID   IMAGE          STATUS         PORTS',
      '4f1d2c3b5a6e   postgres:16    Up 3 minutes   0.0.0.0:5432->5432/tcp',
    ].join('\n'),
  },
  {
    source:
      'the same columns asked for with a template (docker/cli docs\' `docker ps --format "table {{.ID}}\\t{{.Image}}\\t{{.Status}}\\t{{.Ports}}"`)',
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-ps-template-same-columns',
    text: [
      '$ docker ps --format "table {{.ID}}\\t{{.Image}}\\t{{.Status}}\\t{{.Ports}}"',
      'CONTAINER ID   IMAGE          STATUS         PORTS',
      '4f1d2c3b5a6e   postgres:16    Up 3 minutes   0.0.0.0:5432->5432/tcp',
    ].join('\n'),
  },
  {
    source: "a verification checklist in a ```bash block (Dash's start line under `# You should see:`), as h126's batch checklist",
    check: 'reach:listening',
    want: ['partial', 'shows-part'],
    id: 'comment-lead-should-see',
    text: ['# Start the app, then check the console', '# You should see:', 'Dash is running on http://0.0.0.0:8050/'].join('\n'),
  },
  {
    source: "Dash's start line under a notes' `# Output:` label (CONVENTIONS cw102: a label alone is the command's output)",
    check: 'reach:listening',
    want: ['ok', 'app-listens-on-all'],
    id: 'guard-comment-output-label',
    text: [
      '$ docker logs dash-app',
      '# Output:',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      ' * Serving Flask app "app"',
      ' * Running on all addresses (0.0.0.0)',
    ].join('\n'),
  },
];

const families: [string, Row[]][] = [
  ["the shell's refusal of docker-compose in the learner's locale", shellRows],
  ['a Markdown emphasis around pasted output', emphasisRows],
  ['a listing trimmed by hand, a checklist comment that leads what one should see', stop49Rows],
];

describe.each(families)('cw145 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
