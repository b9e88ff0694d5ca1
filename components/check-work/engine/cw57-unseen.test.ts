/*
 * cw57: holdout47-50's run-line and listing family (README "holdout47–50: run lines, listings and the container they show (cw57)").
 * Variations a learner would paste, never the corpus pastes themselves (those are in ../corpus/ since cw57): other names, ports,
 * exit codes, scripts, prompts and layouts. Each family's real source is named above its cases.
 */
import { describe, expect, it } from 'vitest';
import { checkReach, checkWork, type Check } from '.';

type Case = [name: string, check: Check, text: string, kind: string, id: string];

const at = (check: Check, text: string) =>
  check.startsWith('reach:') ? checkReach(check.slice(6) as never, text) : checkWork(check as never, text);
const id64 = (seed: string) => (seed.repeat(64).replace(/[^0-9a-f]/g, 'a') + '0'.repeat(64)).slice(0, 64);
const header =
  'CONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                      PORTS                    NAMES';
const row = (id: string, image: string, created: string, status: string, ports: string, name: string) =>
  `${id.padEnd(15)}${image.padEnd(15)}${'"docker-entrypoint.s…"'.padEnd(25)}${created.padEnd(17)}${status.padEnd(28)}${ports.padEnd(25)}${name}`;

// Family 1: a container of the paste's own run line or listing that exited or restarts answers by its state, whatever its name.
// Sources: thesadboy/x-ui-docker#4 (`Container 该容器 is restarting, wait until the container is running`; moby daemon/exec.go
// errContainerIsRestarting, daemon/errors.go errNotRunning); Chinese Spring Boot notes (stored file 52750220666: `docker run --name
// mysql01 -d mysql`, then mysql01 `Exited (1)` above myTomcat `Exited (143)`); an Elasticsearch study README (stored file
// 42491769160: es7_02 and es7_01 `Exited (78)` above cerebro and kibana7 Up, all created "11 minutes ago").
const crashed: Case[] = [
  ...['该容器', 'コンテナ', 'контейнер', 'mi-contenedor', 'web', '<container>', 'x-ui', 'app_1'].flatMap((n): Case[] => [
    [
      `exec into a restarting ${n}`,
      'reach:running',
      `Error response from daemon: Container ${n} is restarting, wait until the container is running`,
      'problem',
      'container-exited',
    ],
    [
      `rm of a restarting ${n}`,
      'reach:running',
      `Error response from daemon: You cannot remove a restarting container ${n}. Stop the container before attempting removal or force remove`,
      'problem',
      'container-exited',
    ],
  ]),
  ...['容器名', 'コンテナ名', '컨테이너'].map((n): Case => [
    `exec into a stopped ${n}`,
    'reach:running',
    `Error response from daemon: Container ${n} is not running`,
    'problem',
    'container-exited',
  ]),
  ...(['mysql01', 'redis-dev', 'pg_test', 'api'] as const).flatMap((name, i) =>
    [1, 127, 137, 255].flatMap((code): Case[] => {
      const id = id64(String(i) + code);
      const text = [
        `[root@localhost ~]# docker run --name ${name} -d mysql`,
        id,
        '[root@localhost ~]# docker ps -a',
        header,
        row(id.slice(0, 12), 'mysql', '34 seconds ago', `Exited (${code}) 33 seconds ago`, '', name),
        row('538bde63e500', 'tomcat', 'About an hour ago', 'Exited (143) About an hour ago', '', 'myTomcat'),
      ].join('\n');
      return [
        [`run --name ${name}, listed Exited (${code}) beside another stopped row, at run`, 'run', text, 'problem', 'container-exited'],
        [
          `run --name ${name}, listed Exited (${code}) beside another stopped row, at reach:running`,
          'reach:running',
          text,
          'problem',
          'container-exited',
        ],
      ];
    }),
  ),
  ...[1, 2, 137].map((code): Case => {
    const text = [
      '$ docker run -d mysql',
      id64('7c1' + code),
      '$ docker ps -a',
      header,
      row('7c1' + '0'.repeat(9), 'mysql', '20 seconds ago', `Exited (${code}) 18 seconds ago`, '', 'eager_hopper'),
      row('9d2' + '0'.repeat(9), 'redis', '2 days ago', 'Exited (0) 2 days ago', '', 'old_redis'),
      `$ docker logs 7c1${'0'.repeat(9)}`,
      'error: database is uninitialized and password option is not specified',
    ].join('\n');
    return [
      `docker logs of the listed ID, Exited (${code}) beside another stopped row`,
      'reach:running',
      text,
      'problem',
      'container-exited',
    ];
  }),
  ...(
    [
      ['es01', 'es02', 78],
      ['kafka-1', 'kafka-2', 1],
      ['mongo_primary', 'mongo_secondary', 137],
      ['db', 'db-replica', 2],
    ] as const
  ).map(([a, b, code]): Case => {
    const text = [
      '$ docker ps -a',
      header,
      row('6826362e507e', 'elastic:7.1', '11 minutes ago', `Exited (${code}) 10 minutes ago`, '', b),
      row('e35bb96c6da7', 'elastic:7.1', '11 minutes ago', `Exited (${code}) 10 minutes ago`, '', a),
      row('e557763bd936', 'cerebro:0.8', '11 minutes ago', 'Up 11 minutes', '0.0.0.0:9000->9000/tcp', 'cerebro'),
    ].join('\n');
    return [`rows created together, ${b} Exited (${code}) first, one Up`, 'reach:running', text, 'problem', 'container-exited'];
  }),
];

// Family 2: listings in every shape. Sources: a Spanish lab's answers (stored file 20376823072: PowerShell's `docker ps` with its
// line breaks lost), spotify/docker-client#992 (a row from STATUS on, and the row the poster wanted), docker/for-mac#3338's template.
const squash = (prompt: string, rows: string[][]) =>
  `${prompt}docker ps${header}${rows.map(([id, image, status, ports, name]) => row(id!, image!, '5 minutes ago', status!, ports!, name!)).join('')}`;
const listings: Case[] = [
  ...['PS C:\\Users\\User> ', 'PS D:\\work> ', ''].flatMap((prompt): Case[] => {
    const free = squash(prompt, [
      ['c3df390e1080', 'mysql:8', 'Up 5 minutes', '0.0.0.0:32768->3306/tcp', 'mysql-container'],
      ['ae959862a4f6', 'nginx:alpine', 'Up 12 minutes', '80/tcp', 'nginx-containerface'],
      ['14d001f51c1c', 'jenkins', 'Up 3 hours', '0.0.0.0:8080->8080/tcp', 'jenkins-container'],
    ]);
    const held = squash(prompt, [
      ['c3df390e1080', 'redis:7', 'Up 5 minutes', '6379/tcp', 'cache'],
      ['ae959862a4f6', 'grafana', 'Up 12 minutes', '0.0.0.0:8050->3000/tcp', 'grafana-beef'],
    ]);
    return [
      [`squashed rows (${prompt || 'no prompt'}), nothing at 8050, port-free`, 'reach:port-free', free, 'ok', 'healthy'],
      [`squashed rows (${prompt || 'no prompt'}), running`, 'reach:running', free, 'problem', 'container-not-found'],
      [`squashed rows (${prompt || 'no prompt'}), 8050 held`, 'reach:port-free', held, 'problem', 'port-already-allocated'],
    ];
  }),
  ...(
    [
      ['Up 3 minutes', '51348/tcp', 'jovial_villani'],
      ['Up 2 hours', '80/tcp', 'web'],
      ['Up 10 seconds', '5000/tcp, 8080/tcp', 'flask-app'],
      ['Up About a minute', '3306/tcp', 'db'],
      ['Up 7 days (healthy)', '5432/tcp', 'postgres-main'],
    ] as const
  ).flatMap(([status, ports, name]): Case[] => {
    const text = `I got this response\n\`\`\`\n${status.padEnd(24)}${ports.padEnd(25)}${name}\n\`\`\``;
    return [
      [`row tail ${name} exposing ${ports}, published`, 'reach:published', text, 'problem', 'no-port-published'],
      [`row tail ${name}, running`, 'reach:running', text, 'problem', 'container-not-found'],
      [`row tail ${name}, port-free`, 'reach:port-free', text, 'partial', 'shows-part'],
    ];
  }),
  ...(
    [
      ['Up 5 minutes', '0.0.0.0:8080->80/tcp', 'nginx1', 'reach:published', 'problem', 'ports-swapped'],
      ['Exited (1) 3 minutes ago', '', 'api', 'reach:running', 'problem', 'container-exited'],
      ['Restarting (1) 4 seconds ago', '', 'worker', 'reach:running', 'problem', 'container-exited'],
    ] as const
  ).map(([status, ports, name, check, kind, id]): Case => [
    `row tail ${name} ${status}`,
    check,
    `${status}      ${ports ? ports + '      ' : ''}${name}`,
    kind,
    id,
  ]),
  ...[
    'but not which i want',
    '### Expected behavior',
    'What I expect:',
    'It should show:',
    '**Expected result**',
    'I expected to see:',
  ].map((wish): Case => [
    `"${wish}" before the wished-for row`,
    'reach:published',
    `I got this:\n\`\`\`\nUp 3 minutes        51348/tcp                jovial_villani\n\`\`\`\n${wish}\n\`\`\`\nUp 3 minutes        0.0.0.0:3000->51348/tcp                jovial_villani\n\`\`\``,
    'problem',
    'no-port-published',
  ]),
  // Not a wish: the poster's own output after words that only look like one.
  ...['It should show the page, but instead I get:', 'I want to run the app, this is the output:'].map((said): Case => [
    `"${said}" before real output`,
    'reach:published',
    `${said}\n\`\`\`\nUp 3 minutes        0.0.0.0:8080->80/tcp                web\n\`\`\``,
    'problem',
    'ports-swapped',
  ]),
];

// Family 3: several run lines; the learner's current one is the last. Sources: docker/for-mac#3338 (`-P` then a "workaround" with
// `-p 5672:5672`, then "Steps to reproduce" repeating the -P line), Vietnamese notes (stored file 12871160942: `--name db4 -P` and
// `docker port db4`, then `--name db5 -p 3306:3306`), yaptide/yaptide#71 (an empty `docker ps`, then `docker run -dp 5000:5000`),
// tbeadle/docker-gunicorn#1 (gunicorn on the host, then `docker run -d -p 8001:80`), Chinese notes (stored file 39044865679: `docker
// run -d -i -t <image ID> /bin/bash` and its ID).
const runs: Case[] = [
  ...(
    [
      ['bitnami/rabbitmq:latest', 5672],
      ['redis', 6379],
      ['postgres:16', 5432],
      ['nginx', 80],
      ['mongo', 27017],
      ['memcached', 11211],
    ] as const
  ).flatMap(([image, port]): Case[] => [
    [
      `-P ${image}, refused, then -p ${port}:${port}`,
      'run',
      `### Actual behavior\n\`\`\`\n> docker run -d -P ${image}\n> telnet localhost ${port}\ntelnet: Unable to connect to remote host\n\`\`\`\n### Workaround\n\`\`\`\n> docker run -d -p ${port}:${port} ${image}\n> telnet localhost ${port}\nConnected to localhost.\n\`\`\`\n### Steps to reproduce\n1. \`docker run -d -P ${image}\``,
      'problem',
      'ports-swapped',
    ],
    [
      `-P ${image} then --name b -p ${port}:${port}, docker port of each`,
      'reach:published',
      `> docker run -d --name a -P ${image}\n\n\`\`\`\n> docker port a\n${port}/tcp -> 0.0.0.0:32777\n${port + 1}/tcp -> 0.0.0.0:32776\n\`\`\`\n\n> docker run -d --name b -p ${port}:${port} ${image}\n\n\`\`\`\n> docker port b\n${port}/tcp -> 0.0.0.0:${port}\n\`\`\``,
      'problem',
      'ports-swapped',
    ],
  ]),
  ...(
    [
      ['root@test01:~#', 'yaptide', '5000:5000'],
      ['$', 'myapp', '3000:3000'],
      ['PS C:\\work>', 'web:latest', '8080:80'],
      ['user@host:~$', 'api', '9000:9000'],
      ['bash-5.2$', 'shop', '8000:8000'],
      ['C:\\code>', 'blog', '4000:80'],
    ] as const
  ).map(([prompt, image, map]): Case => [
    `empty ps, then run -dp ${map} ${image} and its ID`,
    'run',
    `${prompt} docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n${prompt} docker run -dp ${map} ${image}\n${id64(image)}\n${prompt} docker ps`,
    'problem',
    'ports-swapped',
  ]),
  ...(
    [
      ['gunicorn "app:create_app()"', '[INFO] Listening at: http://127.0.0.1:8000 (7799)', '8001:80'],
      ['python app.py', ' * Running on http://127.0.0.1:5000', '5001:5000'],
      ['flask run', ' * Running on http://127.0.0.1:5000/ (Press CTRL+C to quit)', '5000:5000'],
      ['uvicorn main:app', 'INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)', '8000:80'],
      ['npm start', 'Server listening on http://localhost:3000', '3000:3000'],
      ['node server.js', 'Listening on 127.0.0.1:4000', '4000:4000'],
      ['rails s', '* Listening on http://127.0.0.1:3000', '3001:3000'],
      ['python3 -m http.server --bind 127.0.0.1 8000', 'Serving HTTP on 127.0.0.1 port 8000 (http://127.0.0.1:8000/) ...', '8000:8000'],
    ] as const
  ).map(([cmd, line, map]): Case => [
    `${cmd} on the host, then run -d -p ${map}`,
    'run',
    `On my machine:\n\`\`\`\n$ ${cmd}\n${line}\n\`\`\`\nIn a container:\n\`\`\`\n$ docker run -d -p ${map} my_app:v0\n\`\`\`\nbut I get 502 Bad Gateway.`,
    'problem',
    'ports-swapped',
  ]),
  ...(
    [
      ['-d -i -t eeb6ee3f44bd /bin/bash', 'C:\\Users\\me>'],
      ['-dit centos /bin/bash', '$'],
      ['-d ubuntu sleep infinity', '$'],
      ['-d alpine tail -f /dev/null', '#'],
      ['--detach busybox top', '$'],
      ['-d debian sleep 3600', '$'],
      ['-itd ubuntu:22.04 bash', '$'],
    ] as const
  ).map(([args, prompt]): Case => [
    `detached run ${args} and its ID`,
    'run',
    `${prompt} docker images\nREPOSITORY   TAG   IMAGE ID       CREATED        SIZE\ncentos       7.9   eeb6ee3f44bd   16 months ago  204MB\n\n${prompt} docker run ${args}\n${id64(args.length.toString(16))}\n${prompt} docker exec -it 8ef3409d696 bash`,
    'problem',
    'no-port-published',
  ]),
];

describe('cw57: a container of the paste that exited or restarts, whatever its name', () => {
  it('has at least 30 variations', () => expect(crashed.length).toBeGreaterThanOrEqual(30));
  it.each(crashed)('%s', async (_name, check, text, kind, id) => expect(await at(check, text)).toMatchObject({ kind, id }));
});

describe('cw57: listings in every shape', () => {
  it('has at least 30 variations', () => expect(listings.length).toBeGreaterThanOrEqual(30));
  it.each(listings)('%s', async (_name, check, text, kind, id) => expect(await at(check, text)).toMatchObject({ kind, id }));
});

describe('cw57: several run lines, the last one current', () => {
  it('has at least 30 variations', () => expect(runs.length).toBeGreaterThanOrEqual(30));
  it.each(runs)('%s', async (_name, check, text, kind, id) => expect(await at(check, text)).toMatchObject({ kind, id }));
});
