/*
 * cw183 (stop 58): holdout180's misses by class, each row a short paste on a real program's format (`source` names it), never a
 * holdout paste:
 * - Compose v2's schema refusing a key newer than 2.3 (develop, include, post_start): the file's refusal, not an old Compose; v1
 *   reading the top-level `include:` list as a service (`service 'include' must be a mapping not an array`): too old;
 * - Compose's `no service selected` (every service behind a profile): no service to start;
 * - compose-go's `env file … not found: stat` broken between the op and its path: joined back, the env file's refusal;
 * - compose-go's `The "X" variable is not set` warning alone: Compose read a file, nothing failed;
 * - Compose's progress above an issue form's version block, and a container's plain-layout events (Created, then Started): read;
 * - a container's ✘ `Error` event with the daemon's words cut off: a service that did not start;
 * - `compose down` refused, then run again and shown removing: the later state;
 * - Compose's container events at install (Started; Created with the container's own log under it): the daemon ran a container;
 * - a note's `**Worked.**` under a retried run on another host port, then a docker ps: the later listing at the listing questions.
 * Rows whose id starts "guard" must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { source: string; check: Check; want: [string, string]; id: string; text: string };

const newerKeyRows: Row[] = [
  {
    source: 'compose-go schema.go under Compose 2.21: `services.web Additional property develop is not allowed` (develop is 2.22+)',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v2-develop-additional-property',
    text: '$ docker compose up -d\nvalidating /home/me/shop/compose.yaml: services.api Additional property develop is not allowed',
  },
  {
    source: 'compose-go 2.19 schema: `(root) Additional property include is not allowed` (include is 2.20+), at networks',
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'v2-include-root-additional-property',
    text: 'PS C:\\shop> docker compose up -d\nvalidating C:\\shop\\compose.yaml: (root) Additional property include is not allowed',
  },
  {
    source: "compose-go 2.24+ wording: `services.web additional properties 'post_start' not allowed` (post_start is 2.30+)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'v2-post-start-additional-properties',
    text: "validating /srv/app/compose.yml: services.worker additional properties 'post_start' not allowed",
  },
  {
    source: "compose-go before 2.3: the lesson's top-level `name:` refused, `(root) Additional property name is not allowed`",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-v2-name-additional-property',
    text: '$ docker compose up -d\nvalidating /home/me/dash-app/compose.yaml: (root) Additional property name is not allowed',
  },
  {
    source: "docker/compose 1.x validation.py: `'include' does not match any of the regexes: '^x-'` (cw107)",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'guard-v1-include-regexes',
    text: "$ docker-compose up -d\nERROR: The Compose file './docker-compose.yml' is invalid because:\n'include' does not match any of the regexes: '^x-'",
  },
  {
    source:
      "docker/compose 1.x validate_config_section: a v1-format file's top-level `include:` list, `service 'include' must be a mapping not an array`",
    check: 'compose',
    want: ['problem', 'compose-too-old'],
    id: 'v1-include-must-be-mapping',
    text: "$ docker-compose -f docker-compose.dev.yml up\nERROR: In file './docker-compose.yml', service 'include' must be a mapping not an array.",
  },
  {
    source: "docker/compose 1.x validate_config_section: a service of the file's own that is a list (a typo's indentation)",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-v1-own-service-must-be-mapping',
    text: "$ docker-compose up\nERROR: In file './docker-compose.yml', service 'worker' must be a mapping not an array.",
  },
];

const unselectedRows: Row[] = [
  {
    source: 'docker/compose cmd/compose/up.go upCommand: `no service selected` (every service behind a profile)',
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'no-service-selected',
    text: '$ docker compose up -d\nno service selected',
  },
  {
    source: "the same under logrus' non-TTY warning for an unset variable (compose-go template.go), cmd.exe prompt",
    check: 'networks',
    want: ['problem', 'compose-service-missing'],
    id: 'no-service-selected-after-warning',
    text: [
      'C:\\Users\\me\\stack>docker compose --profile "dev" up',
      'time="2024-05-02T10:11:12+02:00" level=warning msg="The \\"HOME\\" variable is not set. Defaulting to a blank string."',
      'no service selected',
    ].join('\n'),
  },
  {
    source: 'the words inside a sentence, not as Compose prints them',
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-no-service-selected-in-sentence',
    text: 'Why does compose say no service selected when I run it without a profile?',
  },
];

const envFileRows: Row[] = [
  {
    source: "compose-go loadEnvFile: `env file %s not found: %w` with os.Stat's *PathError, broken after `stat` by the writer",
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'env-file-not-found-wrapped-after-stat',
    text: 'Running `docker compose up -d` fails with:\n\n`env file /home/me/shop/.env not found: stat \n/home/me/shop/.env: no such file or directory`',
  },
  {
    source: 'the same on one line (cw148)',
    check: 'networks',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-env-file-not-found-one-line',
    text: '$ docker compose up -d\nenv file /home/me/shop/.env not found: stat /home/me/shop/.env: no such file or directory',
  },
  {
    source: 'compose-go: a -f file not there, `open <path>: no such file or directory`, broken after `open`',
    check: 'compose',
    want: ['problem', 'compose-no-file'],
    id: 'compose-file-open-wrapped-after-open',
    text: '$ docker compose -f compose.prod.yml up -d\nError: failed to read project: open \n/home/me/shop/compose.prod.yml: no such file or directory',
  },
];

const warnRows: Row[] = [
  {
    source: 'compose-go template.go substituteWithConfig: logrus.Warnf("The %q variable is not set. Defaulting to a blank string.")',
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'variable-not-set-warning-alone',
    text: '$ docker compose up -d\nWARN[0000] The "DB_PASSWORD" variable is not set. Defaulting to a blank string.',
  },
  {
    source: "the same in logrus' text formatter (no TTY)",
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'variable-not-set-warning-no-tty',
    text: 'time="2025-01-09T08:00:00Z" level=warning msg="The \\"TAG\\" variable is not set. Defaulting to a blank string."',
  },
  {
    source: "the warning as the condition of a guide's advice (CONVENTIONS cw122): not output",
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-variable-not-set-told-as-condition',
    text: 'If you see `WARN[0000] The "DB_PASSWORD" variable is not set. Defaulting to a blank string.`, add it to .env.',
  },
  {
    source: 'the warning, then the daemon refusing the port (a later error)',
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-variable-not-set-then-port-taken',
    text: [
      '$ docker compose up -d',
      'WARN[0000] The "TAG" variable is not set. Defaulting to a blank string.',
      'Error response from daemon: driver failed programming external connectivity on endpoint dash-app-web-1 (1f2e): Bind for 0.0.0.0:8050 failed: port is already allocated',
    ].join('\n'),
  },
];

const progressRows: Row[] = [
  {
    source:
      "docker/compose's issue form: the run's progress (pkg/progress tty.go) in a block under a sentence naming the command, then `### Compose Version`",
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'progress-above-issue-form-version',
    text: [
      'Run `docker compose up` and the containers are created',
      '',
      '```',
      '[+] Running 2/0',
      ' ✔ Container shop-api-1     Created                          0.0s',
      ' ✔ Container shop-worker-1  Created                          0.0s',
      'Attaching to shop-api-1, shop-worker-1',
      '```',
      '',
      '### Compose Version',
      '',
      '```',
      'Docker Compose version v2.23.3-desktop.2',
      '```',
    ].join('\n'),
  },
  {
    source: 'the version block alone under the issue form: Compose installed, nothing of the project',
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-issue-form-version-alone',
    text: ['### Compose Version', '', '```', 'Docker Compose version v2.23.3-desktop.2', '```'].join('\n'),
  },
  {
    source:
      'docker/compose pkg/compose/convergence.go: Creating, Created, Starting, Started for one container_name, the plain layout (no TTY)',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'plain-progress-created-then-started-own-name',
    text: [
      ' Container billing-api  Creating',
      ' Container billing-api  Created',
      ' Container billing-api  Starting',
      ' Container billing-api  Started',
    ].join('\n'),
  },
  {
    source: 'the same container only Created, not attached and never started',
    check: 'compose',
    want: ['partial', 'shows-part'],
    id: 'guard-plain-progress-created-only',
    text: [' Container billing-api  Creating', ' Container billing-api  Created'].join('\n'),
  },
];

const errorEventRows: Row[] = [
  {
    source: "docker/compose pkg/progress ErrorEvent drawn with ✘ (tty.go), the daemon's words cut off where the copy ends",
    check: 'compose',
    want: ['problem', 'compose-service-not-running'],
    id: 'error-event-cut',
    text: [
      '[+] Running 4/4',
      ' ✔ Network shop_default  Created      0.1s',
      ' ✔ Container shop-cache  Started      0.6s',
      ' ✘ Container shop-db     Error        2.1s',
      ' ✔ Container shop-api    Created      0.2s',
    ].join('\n'),
  },
  {
    source: "Compose 2.40+'s `[+] up` layout: `Error dependency <service> failed to start`, at networks",
    check: 'networks',
    want: ['problem', 'compose-service-not-running'],
    id: 'error-event-dependency-failed',
    text: [
      '[+] up 5/5',
      ' ✔ Network shop_backend          Created     0.1s',
      ' ✘ Container shop-db-1           Error dependency db failed to start     12.4s',
      ' ✔ Container shop-api-1          Created     0.1s',
    ].join('\n'),
  },
  {
    source: "the ✘ event with the daemon's reason under it: the reason answers",
    check: 'compose',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-error-event-with-port-reason',
    text: [
      '[+] Running 2/3',
      ' ✔ Container dash-app-db-1   Started      0.5s',
      ' ✘ Container dash-app-web-1  Error        0.4s',
      'Error response from daemon: driver failed programming external connectivity on endpoint dash-app-web-1 (9ab1): Bind for 0.0.0.0:8050 failed: port is already allocated',
    ].join('\n'),
  },
];

const downRows: Row[] = [
  {
    source:
      'compose-go validate.go refusing down (`service "x" refers to undefined volume`), then down run again: pkg/compose/down.go RemovedEvent',
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'down-refused-then-removed-then-up',
    text: [
      'me@mac shop % docker compose down',
      'service "cache" refers to undefined volume cache_data: invalid compose project',
      'me@mac shop % docker compose down',
      '[+] Running 2/0',
      ' ✔ Container shop-cache-1  Removed      0.0s',
      ' ✔ Network shop_default    Removed      0.1s',
      'me@mac shop % docker compose up -d',
      '[+] Running 2/2',
      ' ✔ Network shop_default    Created      0.0s',
      ' ✔ Container shop-cache-1  Started      0.3s',
    ].join('\n'),
  },
  {
    source: 'the same refusal, then down run again and refused again: the error stands',
    check: 'compose',
    want: ['problem', 'compose-file-invalid'],
    id: 'guard-down-refused-twice',
    text: [
      'me@mac shop % docker compose down',
      'service "cache" refers to undefined volume cache_data: invalid compose project',
      'me@mac shop % docker compose down',
      'service "cache" refers to undefined volume cache_data: invalid compose project',
    ].join('\n'),
  },
];

const installRows: Row[] = [
  {
    source: 'docker/compose convergence.go StartedEvent (`✔ Container x  Started`, after ContainerStart returned)',
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'install-compose-started',
    text: '$ docker compose up -d\n[+] Running 2/2\n ✔ Network notes_default  Created   0.1s\n ✔ Container notes-app-1  Started   0.4s',
  },
  {
    source:
      "Compose 2.x attached: `⠿ Container x  Created`, `Attaching to x`, then the container's own log under its prefix (cmd/formatter/logs.go)",
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'install-compose-created-then-own-log',
    text: [
      '[+] Running 1/0',
      ' ⠿ Container notes-app-1  Created      0.0s',
      'Attaching to notes-app-1',
      "notes-app-1  |  * Serving Flask app 'notes'",
      'notes-app-1  |  * Running on all addresses (0.0.0.0)',
    ].join('\n'),
  },
  {
    source: 'Created alone: the container was not shown running',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-install-compose-created-alone',
    text: '[+] Running 1/0\n ⠿ Container notes-app-1  Created      0.0s',
  },
  {
    source: '`--dry-run` (pkg/api DRYRUN_PREFIX): nothing created or started',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-install-compose-dry-run',
    text: '$ docker compose --dry-run up -d\n ✔ DRY-RUN MODE -  Container notes-app-1  Started      0.0s',
  },
  {
    source: 'a sentence naming a container that started',
    check: 'install',
    want: ['unreadable', 'unreadable'],
    id: 'guard-install-compose-in-sentence',
    text: 'The tutorial says you should then see Container notes-app-1 Started in the output.',
  },
  {
    source: 'Started, then docker\'s own "Cannot connect" after it (a later error answers)',
    check: 'install',
    want: ['problem', 'daemon-not-running'],
    id: 'guard-install-compose-started-then-cannot-connect',
    text: [
      '$ docker compose up -d',
      ' ✔ Container notes-app-1  Started   0.4s',
      '$ docker ps',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ].join('\n'),
  },
];

const noteRetry = (verdict: string) => [
  'Try to run a second web server on port 80:',
  '```',
  'docker run --name web2 -p 80:80 -d nginx',
  '```',
  '**Did NOT work.**',
  '```',
  'docker: Error response from daemon: driver failed programming external connectivity on endpoint web2 (77aa): Bind for 0.0.0.0:80 failed: port is already allocated',
  '```',
  'Remove it and run it on another port:',
  '```',
  'docker rm web2',
  '```',
  '```',
  'docker run --name web2 -p 8081:80 -d nginx',
  '```',
  verdict,
  '```',
  'docker ps',
  '```',
  '```',
  'CONTAINER ID   IMAGE     STATUS          PORTS                  NAMES',
  'a1b2c3d4e5f6   nginx     Up 10 minutes   0.0.0.0:80->80/tcp     web1',
  'f6e5d4c3b2a1   nginx     Up 5 seconds    0.0.0.0:8081->80/tcp   web2',
  '```',
];

const retryRows: Row[] = [
  {
    source: "a note's `**Worked.**` under a run retried on another host port (cw124), then docker ps (container/list.go): two publishers",
    check: 'reach:published',
    want: ['problem', 'container-not-found'],
    id: 'note-worked-retry-then-listing-published',
    text: noteRetry('**Worked.**').join('\n'),
  },
  {
    source: 'the same at "Is port 8050 free?": the refused port stays taken (CONVENTIONS cw124)',
    check: 'reach:port-free',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-note-worked-retry-port-free',
    text: noteRetry('**Worked.**').join('\n'),
  },
  {
    source: "the retry's verdict negated: the refusal stands at the listing question",
    check: 'reach:published',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-note-retry-did-not-work',
    text: noteRetry('**Did NOT work either.**').join('\n'),
  },
  {
    source: 'the retry that worked with no listing after it: the refusal still answers at the listing question',
    check: 'reach:published',
    want: ['problem', 'port-already-allocated'],
    id: 'guard-note-worked-no-listing',
    text: noteRetry('**Worked.**').slice(0, 16).join('\n'),
  },
];

const families: [string, Row[]][] = [
  ['a key newer than the Compose that refuses it', newerKeyRows],
  ['no service selected', unselectedRows],
  ["an env file's stat error broken after its op", envFileRows],
  ["compose-go's unset-variable warning", warnRows],
  ["Compose's progress above versions, and a container's events in turn", progressRows],
  ["a container's ✘ Error event", errorEventRows],
  ['compose down refused, then run again', downRows],
  ["Compose's container events at install", installRows],
  ["a note's verdict on a retried run, then a listing", retryRows],
];

describe.each(families)('cw183 %s', (_, rows) => {
  it.each(rows)('$id at $check ($source)', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});
