/*
 * cw62: holdout51-54's run-line, listing and host-tool family (README "holdout51–54: run lines, listings and Docker's proxy on the
 * host (cw62)"). Variations a learner would paste, never the corpus pastes themselves (those are in ../corpus/ since cw62): other
 * names, ports, states, layouts and programs. Each family's real source is named above its cases.
 */
import { describe, expect, it } from 'vitest';
import { checkReach, checkWork, type Check } from '.';

type Case = [name: string, check: Check, text: string, kind: string, id: string];

const at = (check: Check, text: string) =>
  check.startsWith('reach:') ? checkReach(check.slice(6) as never, text) : checkWork(check as never, text);
const ids = ['794d8be8824b', '1c267c5f5792', '35e89597e5fd', 'b92db8fcf4f5', 'a1b2c3d4e5f6', '0f9e8d7c6b5a'];

// Family 1: listings in every shape.
// Sources: hectorcanto/docker_exercises lesson_5_build/extra_ex1.md (docker ps rewritten as a Markdown table, `-|-|-` rule);
// boot2docker/boot2docker#17 (Docker 0.7's `Ghost` state, state.go String); moby/moby#27762 (Windows' console at 120 columns: the
// header's NAMES and a row's `0.0.0.0:4000->4` / `000/tcp   clever_einstein` on the next lines).
const md = (rows: string[][], pipes: boolean, rule = '-') => {
  const line = (cells: string[]) => (pipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
  const head = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
  return [line(head), (pipes ? '|' : '') + head.map(() => rule).join('|') + (pipes ? '|' : ''), ...rows.map(line)].join('\n');
};
const mdRow = (i: number, image: string, status: string, ports: string, name: string) => [
  ids[i % ids.length]!,
  image,
  '"/docker-entrypoint.…"',
  '4 minutes ago',
  status,
  ports,
  name,
];
const listings: Case[] = [
  ...(
    [
      ['web', 'nginx', '0.0.0.0:8080->80/tcp'],
      ['api', 'node:20', '0.0.0.0:3000->3000/tcp'],
      ['flask', 'myflask', '0.0.0.0:5000->5000/tcp, :::5000->5000/tcp'],
      ['shop', 'shop-img', '127.0.0.1:9000->80/tcp'],
    ] as const
  ).flatMap(([name, image, ports], i): Case[] =>
    [true, false].flatMap((pipes): Case[] => {
      const text = `$ docker ps\n\n${md([mdRow(i, image, 'Up 4 minutes', ports, name)], pipes, pipes ? ':---' : '-')}`;
      return [
        [
          `markdown table (${pipes ? 'pipes' : 'bare'}) of ${name} at reach:running`,
          'reach:running',
          text,
          'problem',
          'container-not-found',
        ],
        [`markdown table (${pipes ? 'pipes' : 'bare'}) of ${name} at reach:published`, 'reach:published', text, 'problem', 'ports-swapped'],
      ];
    }),
  ),
  [
    'markdown table: dash-app Exited (1) at reach:running',
    'reach:running',
    md([mdRow(0, 'e4l-python-graph', 'Exited (1) 2 minutes ago', '', 'dash-app')], true),
    'problem',
    'container-exited',
  ],
  [
    'markdown table: another container holds 8050 at port-free',
    'reach:port-free',
    md([mdRow(1, 'grafana/grafana', 'Up 2 hours', '0.0.0.0:8050->3000/tcp', 'grafana')], false),
    'problem',
    'port-already-allocated',
  ],
  [
    'markdown table: two publishers at reach:published',
    'reach:published',
    md(
      [mdRow(2, 'nginx', 'Up 1 hour', '0.0.0.0:80->80/tcp', 'proxy'), mdRow(3, 'redis', 'Up 1 hour', '0.0.0.0:6379->6379/tcp', 'cache')],
      true,
    ),
    'problem',
    'container-not-found',
  ],
  ...['sharp_shockley', 'web', 'dash-app', 'tender_bartik'].flatMap((name, i): Case[] => {
    const text = [
      '$ docker ps -a',
      'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES',
      `${ids[i]}        ubuntu:12.04        /bin/bash           2 minutes ago       Ghost                                   ${name}`,
    ].join('\n');
    return [[`Docker 0.7's Ghost row (${name}) at reach:running`, 'reach:running', text, 'problem', 'container-exited']];
  }),
  [
    "Docker 0.7's Ghost row, -notrunc's 64-digit ID",
    'reach:running',
    [
      'docker@boot2docker:~$ docker ps -notrunc',
      `CONTAINER ID${' '.repeat(55)}IMAGE                 COMMAND             CREATED             STATUS              PORTS                     NAMES`,
      `${'4'.repeat(64)}   busybox:latest        /bin/sh             1 minutes ago       Ghost                                         boring_pike`,
    ].join('\n'),
    'problem',
    'container-exited',
  ],
  ...(
    [
      ['clever_einstein', 4000, 4000],
      ['jekyll_site', 4001, 4000],
      ['hopeful_elion', 5065, 8080],
      ['web1', 8081, 8081],
    ] as const
  ).flatMap(([name, h, c], i): Case[] => {
    const port = `0.0.0.0:${h}->${c}/tcp`;
    const head = 'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS';
    const first = `${ids[i]}        jekyll              "cmd /S /C 'powers..."   49 seconds ago      Up 33 seconds       `;
    const cut = 120 - first.length;
    const text = [
      `PS C:\\wip> docker run --rm -d -p ${h}:${c} jekyll`,
      ids[i]!.padEnd(64, '0'),
      'PS C:\\wip> docker ps',
      head,
      '          NAMES',
      first + port.slice(0, cut),
      `${port.slice(cut)}   ${name}`,
      `PS C:\\wip> docker port ${name}`,
      `${c}/tcp -> 0.0.0.0:${h}`,
    ].join('\n');
    return [
      [`console-wrapped ps, ${name} ${h}->${c}, at reach:published`, 'reach:published', text, 'problem', 'ports-swapped'],
      [`console-wrapped ps, ${name} ${h}->${c}, at run`, 'run', text, 'problem', 'container-not-found'],
    ];
  }),
];

// Family 2: which run line is the learner's, and what it shows.
// Sources: orbstack/orbstack#1124 (a code span with a space after its backtick); takezoe's gist "Run JupyterLab on Docker" (`pwd` in
// backticks, Jupyter Server's URL at the container's ID); docker/cli#2148 (steps to reproduce: ``3. run `docker run … -P …` ``);
// ollama/ollama#1671 (options after the image told in a sentence); Korean notes, stored file 36580967701 (`docker container
// inspect sample`, cut); docker-library/docker#170 (dind's fixed mappings beside its listing); EricJMarti/inventory-hunter#93 (a Pi
// Zero's `linux/arm/v6` warning, then Exited (139)); microsoft/WSL#4133 (`--network host` with `-p`).
const runs: Case[] = [
  ...(
    [
      ['portainer', 'portainer/portainer-ce', '-p 9000:9000 -p 9443:9443'],
      ['gitea', 'gitea/gitea', '-p 3000:3000 -p 2222:22'],
      ['web', 'nginx', '-p 8080:80'],
      ['grafana', 'grafana/grafana', '-p 3000:3000'],
    ] as const
  ).map(([name, image, ports]): Case => [
    `a code span with a space after its backtick: ${name}`,
    'run',
    `When using ${name}, default cannot be accessed\n\` docker run -d --restart=always --name="${name}" ${ports}  -v ${name}_data:/data ${image}\``,
    'problem',
    'ports-swapped',
  ]),
  ...(
    [
      ['jupyter', 'jupyter/scipy-notebook', '10000:8888', 8888],
      ['lab', 'jupyter/datascience-notebook', '8889:8888', 8888],
      ['rstudio', 'rocker/rstudio', '8787:8787', 8787],
    ] as const
  ).flatMap(([name, image, map, port]): Case[] => {
    const text = [
      `$ docker run -v \`pwd\`:/home/jovyan/work -p ${map} --name ${name} ${image}`,
      '...',
      '    Or copy and paste one of these URLs:',
      `        http://32d91455c145:${port}/lab?token=0123abcd`,
      `        http://127.0.0.1:${port}/lab?token=0123abcd`,
    ].join('\n');
    return [
      [`\`pwd\` in the run line (${name}) at run`, 'run', text, 'problem', 'ports-swapped'],
      [`\`pwd\` in the run line (${name}) at reach:published`, 'reach:published', text, 'problem', 'ports-swapped'],
      [`Jupyter Server's URL at the container's ID (${name}) at reach:listening`, 'reach:listening', text, 'problem', 'ports-swapped'],
    ];
  }),
  ...(
    [
      ['nodetest', '3000', '-P'],
      ['api', '8080', '-P'],
      ['static', '80', '-p 80'],
    ] as const
  ).map(([name, port, flag], i): Case => {
    const text = [
      '```',
      '$ docker ps',
      'CONTAINER ID        IMAGE        COMMAND                  CREATED             STATUS              PORTS                        NAMES',
      `${ids[i]}        ${name}-img   "docker-entrypoint.s…"   7 seconds ago       Up 6 seconds        0.0.0.0:32768->${port}/tcp    ${name}`,
      '```',
      '**Steps to reproduce the issue:**',
      '1. stop all containers and prune the docker system',
      `2. run \`docker build -t ${name}-img .\` to create an image`,
      `3. run \`docker run --name ${name} ${flag} -dt ${name}-img\` to start the container`,
    ].join('\n');
    return [
      `a step's run line (${name} ${flag}) after its listing, at reach:published`,
      'reach:published',
      text,
      'problem',
      'ports-swapped',
    ];
  }),
  ...(
    [
      ['ollama', 'ollama/ollama', '-v ollama serve -p 11434:11434 --name ollama'],
      ['pg', 'postgres', '-e POSTGRES_PASSWORD=x -v pgdata db -p 5432:5432 --name pg'],
      ['app', 'myapp', '-d -v data app -p 8080:80'],
    ] as const
  ).flatMap(([name, image, opts]): Case[] => {
    const text = `My ${name} in my docker\ndocker Start ${name} command is docker run -d ${opts} ${image}\nThen I get connect ECONNREFUSED 127.0.0.1`;
    return [
      [`options after the image in a sentence (${name}) at run`, 'run', text, 'problem', 'no-port-published'],
      [`options after the image in a sentence (${name}) at reach:published`, 'reach:published', text, 'problem', 'no-port-published'],
    ];
  }),
  ...['sample', 'ubuntu1', 'test-box'].flatMap((name): Case[] =>
    ['docker container inspect', 'docker inspect'].map((inspect): Case => [
      `the run's own container by ${inspect} ${name}, cut, running, at run`,
      'run',
      [
        `$ docker container run -itd --name=${name} ubuntu:latest`,
        '6718d95873a55e051f7503645f3497e5622bc788d2f3e596a00284868210c6c1',
        '',
        `$ ${inspect} ${name}`,
        '[',
        '    {',
        '        "Id": "6718d95873a55e051f7503645f3497e5622bc788d2f3e596a00284868210c6c1",',
        '        "Path": "bash",',
        '        "State": {',
        '            "Status": "running",',
        '            "Running": true,',
        '            "Paused": false,',
      ].join('\n'),
      'problem',
      'container-not-found',
    ]),
  ),
  ...(
    [
      ['dind', 'docker:dind', '12375:2375', '12376:2376'],
      ['my-nginx2', 'l5ex1', '80:8888', '8011:80'],
      ['gitlab', 'gitlab/gitlab-ce', '8443:443', '8080:80'],
    ] as const
  ).map(([name, image, a, b], i): Case => {
    const port = (m: string) => `0.0.0.0:${m.split(':')[0]}->${m.split(':')[1]}/tcp`;
    return [
      `fixed mappings ${a} ${b} beside their listing (${name}) at reach:published`,
      'reach:published',
      [
        `$ sudo docker run -d --privileged -p ${a} -p ${b} --name ${name} ${image}`,
        ids[i]!.padEnd(64, 'f'),
        '$ docker ps',
        'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS                                            NAMES',
        `${ids[i]}        ${image.padEnd(20)}"entrypoint.sh"          3 seconds ago       Up 2 seconds        ${(port(a) + ', ' + port(b)).padEnd(49)}${name}`,
      ].join('\n'),
      'problem',
      'container-not-found',
    ];
  }),
  ...(['linux/arm/v6', 'linux/arm/v7'] as const).flatMap((hostPlatform): Case[] =>
    [139, 1].map((code): Case => [
      `a board's platform warning (${hostPlatform}), then Exited (${code}), at run`,
      'run',
      [
        'pi@raspberrypi:~ $ sudo ./docker_run.bash',
        `WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (${hostPlatform}) and no specific platform was requested`,
        'd85700bb7af1b86d84d8420b0de2c5e4a22c1b21f301e0f1c0f2b66bba58f17d',
        '$ docker ps -a -f name=hunter',
        'CONTAINER ID   IMAGE                     COMMAND                  CREATED         STATUS                       PORTS     NAMES',
        `d85700bb7af1   someone/hunter:latest     "bash /src/run.bash …"   5 seconds ago   Exited (${code}) 1 second ago             hunter`,
      ].join('\n'),
      'problem',
      'no-arm64-manifest',
    ]),
  ),
  ...['-p 80:80', '-p 8050:8050', '-p 3000:3000'].map((p): Case => [
    `the later run line with --network host and ${p}`,
    'run',
    `\`docker run -d ${p} nginx\`\n\`curl localhost\` times out. I can then add the host network:\n\`docker run -d ${p} --network host nginx\``,
    'problem',
    'no-port-published',
  ]),
];

// Family 3: the host's tools showing Docker's proxy at "Is port 8050 free?".
// Sources: moby/moby#20243 (`ps -aef | grep proxy`: `docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8090 -container-ip
// 172.17.0.2 -container-port 80`, moby cmd/docker-proxy's flags; `iptables -nvL -t nat`'s DOCKER chain).
const proxyArgs = (h: number, c: number) => `-proto tcp -host-ip 0.0.0.0 -host-port ${h} -container-ip 172.17.0.2 -container-port ${c}`;
const proxies: Case[] = [8090, 5000, 3306, 8050].flatMap((h): Case[] => {
  const want: [string, string] = h === 8050 ? ['problem', 'port-already-allocated'] : ['partial', 'shows-part'];
  return [
    [
      `ps -aef's docker-proxy at ${h}`,
      'reach:port-free',
      `$ ps -aef | grep proxy\nroot     23309 14084  0 08:31 ?        00:00:00 docker-proxy ${proxyArgs(h, 80)}`,
      ...want,
    ],
    [
      `ps aux's /usr/bin/docker-proxy at ${h}`,
      'reach:port-free',
      `$ ps aux | grep docker-proxy\nroot      1234  0.0  0.1 1153536  3840 ?        Sl   10:02   0:00 /usr/bin/docker-proxy ${proxyArgs(h, 8050)}`,
      ...want,
    ],
    [
      `pgrep -a's docker-proxy at ${h} (Docker 28, -use-listen-fd)`,
      'reach:port-free',
      `$ pgrep -a docker-proxy\n4412 /usr/bin/docker-proxy ${proxyArgs(h, 80)} -use-listen-fd`,
      ...want,
    ],
    [
      `ps -ef's docker-proxy on IPv6 at ${h}`,
      'reach:port-free',
      `$ ps -ef | grep docker-proxy\nroot      2201   998  0 09:12 ?        00:00:00 /usr/local/bin/docker-proxy -proto tcp -host-ip :: -host-port ${h} -container-ip 172.18.0.4 -container-port 80`,
      ...want,
    ],
    [
      `two docker-proxy processes, IPv4 and IPv6, at ${h}`,
      'reach:port-free',
      `# ps -ef | grep -v grep | grep docker-proxy\nroot     31002   812  0 Jan02 ?        00:00:01 /usr/bin/docker-proxy ${proxyArgs(h, 80)}\nroot     31009   812  0 Jan02 ?        00:00:00 /usr/bin/docker-proxy -proto tcp -host-ip :: -host-port ${h} -container-ip 172.17.0.2 -container-port 80`,
      ...want,
    ],
    [
      `iptables -nvL -t nat's DNAT at ${h}`,
      'reach:port-free',
      [
        '$ sudo iptables -nvL -t nat',
        'Chain DOCKER (2 references)',
        ' pkts bytes target     prot opt in     out     source               destination',
        '    0     0 RETURN     all  --  docker0 *       0.0.0.0/0            0.0.0.0/0',
        `    3   180 DNAT       tcp  --  !docker0 *       0.0.0.0/0            0.0.0.0/0            tcp dpt:${h} to:172.17.0.2:80`,
      ].join('\n'),
      ...want,
    ],
    [
      `iptables -L -n -t nat's DNAT at ${h}`,
      'reach:port-free',
      `$ sudo iptables -t nat -L -n\nChain DOCKER (2 references)\ntarget     prot opt source               destination\nDNAT       tcp  --  0.0.0.0/0            0.0.0.0/0            tcp dpt:${h} to:172.17.0.3:5000`,
      ...want,
    ],
    [
      `iptables-save's DOCKER rule at ${h}`,
      'reach:port-free',
      `$ sudo iptables-save -t nat\n*nat\n:DOCKER - [0:0]\n-A DOCKER -i docker0 -j RETURN\n-A DOCKER ! -i docker0 -p tcp -m tcp --dport ${h} -j DNAT --to-destination 172.17.0.2:80\nCOMMIT`,
      ...want,
    ],
  ];
});

describe.each([
  ['listings in every shape', listings],
  ['which run line is the learner’s', runs],
  ['Docker’s proxy seen by the host’s tools', proxies],
] as const)('cw62: %s', (_, cases) => {
  it.each(cases)('%s (%s)', async (_name, check, text, kind, id) => {
    const v = await at(check, text);
    expect([v.kind, v.id]).toEqual([kind, id]);
  });
});
