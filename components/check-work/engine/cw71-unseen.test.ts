/*
 * cw71: `docker ps --format TEMPLATE` read through the learner's own template at every step (ps-template.ts, in the entry), not only
 * on the reach path: docker/cli cli/command/formatter/container.go executes the template on each container, one line each
 * (`table` adds the fields' upper-case names, tabwriter-aligned); formatter.go's preFormat turns a typed `\t` into a tab. Each
 * field's cell has its own shape (moby container/state.go State.String for Status, go-units HumanDuration for RunningFor,
 * DisplayablePorts for Ports), so `{{.Names}} {{.Status}} {{.Ports}}` splits where the status ends. Without a state field, docker
 * ps without -a lists running containers only (docker/cli container/list.go: "Show all containers (default shows just running)");
 * with -a a listed container's state is not shown, never an ok at "Is it running?" (two false oks before: `-a --format
 * "{{.Names}}"` and `{{.State}}`'s lower-case `exited`). Also `docker inspect -f '{{json .NetworkSettings.Ports}}'` alone
 * (inspect-template.ts). Rows are variations a learner would type from docker/docs' container_ls.md examples ("Format the
 * output": `docker ps --format "{{.ID}}: {{.Command}}"`, `table {{.ID}}\t{{.Labels}}`) with the lesson's names; 13 of 36 were
 * answered otherwise before (two false oks, nine unread or partial).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

const rows: [Check, string, string, string, string][] = [
  [
    'run',
    'tabs',
    'ok',
    'healthy',
    "$ docker ps --format '{{.Names}}\\t{{.Status}}\\t{{.Ports}}'\ndash-app\tUp 2 minutes\t0.0.0.0:8050->8050/tcp, :::8050->8050/tcp",
  ],
  [
    'run',
    'tabs-as-spaces',
    'ok',
    'healthy',
    "$ docker ps --format '{{.Names}}\\t{{.Status}}\\t{{.Ports}}'\ndash-app    Up 2 minutes    0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp",
  ],
  [
    'run',
    'single-spaces',
    'ok',
    'healthy',
    '$ docker ps --format "{{.Names}} {{.Status}} {{.Ports}}"\ndash-app Up 4 seconds 0.0.0.0:8050->8050/tcp, :::8050->8050/tcp',
  ],
  [
    'run',
    'colon-exited',
    'problem',
    'container-exited',
    '$ docker ps -a --format "{{.Names}}: {{.Status}}"\ndash-app: Exited (1) 2 minutes ago\nstoic_lovelace: Exited (0) 3 days ago',
  ],
  ['reach:published', 'unpublished', 'problem', 'no-port-published', '$ docker ps --format "{{.Names}}\\t{{.Ports}}"\ndash-app\t8050/tcp'],
  [
    'reach:published',
    'other-host-port',
    'problem',
    'ports-swapped',
    '$ docker ps --format "{{.Names}}\\t{{.Ports}}"\ndash-app\t0.0.0.0:8051->8050/tcp',
  ],
  [
    'reach:running',
    'state-exited',
    'problem',
    'container-exited',
    '$ docker ps -a --format "{{.Names}} {{.State}}"\ndash-app exited\nrelaxed_hopper exited',
  ],
  [
    'reach:running',
    'no-a-other-only',
    'problem',
    'container-not-found',
    '$ docker container ls --format "{{.ID}} {{.Names}} {{.Status}}"\n4f2a9c1b7d4e postgres-dev Up 3 hours',
  ],
  [
    'reach:port-free',
    'other-holds',
    'problem',
    'port-already-allocated',
    '$ docker ps --format "{{.Names}} {{.Ports}}"\njupyter 0.0.0.0:8050->8888/tcp',
  ],
  ['reach:port-free', 'names-only', 'partial', 'shows-part', '$ docker ps --format "{{.Names}}"\njupyter\nredis'],
  [
    'run',
    'powershell-table',
    'ok',
    'healthy',
    'PS C:\\Users\\ana\\dash-app> docker ps --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"\nNAMES      STATUS         PORTS\ndash-app   Up 8 seconds   0.0.0.0:8050->8050/tcp',
  ],
  [
    'reach:running',
    'cmd-single-quotes',
    'ok',
    'healthy',
    "C:\\Users\\ana>docker ps --format '{{.Names}} {{.Status}}'\n'dash-app Up 3 minutes'",
  ],
  [
    'reach:published',
    'grep-pipe',
    'ok',
    'healthy',
    "$ docker ps --format '{{.Names}} {{.Ports}}' | grep dash\ndash-app 0.0.0.0:8050->8050/tcp",
  ],
  ['reach:port-free', 'grep-pipe-free', 'unreadable', 'unreadable', "$ docker ps --format '{{.Names}} {{.Ports}}' | grep 8050\n$"],
  ['reach:running', 'wc-l', 'unreadable', 'unreadable', "$ docker ps --format '{{.Names}}' | wc -l\n1"],
  ['reach:running', 'healthy', 'ok', 'healthy', '$ docker ps --format "{{.Names}}\\t{{.Status}}"\ndash-app\tUp 2 minutes (healthy)'],
  ['reach:running', 'about-a-minute', 'ok', 'healthy', '$ docker ps --format "{{.Names}} {{.Status}}"\ndash-app Up About a minute'],
  [
    'reach:running',
    'restarting',
    'problem',
    'container-exited',
    '$ docker ps --format "{{.Names}} {{.Status}}"\ndash-app Restarting (1) 5 seconds ago',
  ],
  [
    'run',
    'id-image-command',
    'problem',
    'container-exited',
    '$ docker ps -a --format "{{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.Status}}"\n3f2a9c1d0b7e\te4l-python-graph\t"python app.py"\tExited (1) 10 seconds ago',
  ],
  [
    'reach:running',
    'running-for',
    'ok',
    'healthy',
    '$ docker ps --format "{{.Names}}\\t{{.RunningFor}}\\t{{.Status}}"\ndash-app\t12 minutes ago\tUp 12 minutes',
  ],
  [
    'compose',
    'compose-v2-names',
    'ok',
    'healthy',
    "$ docker ps --format '{{.Names}}\\t{{.Ports}}'\ndash-app-web-1\t0.0.0.0:8050->8050/tcp\ndash-app-db-1\t5432/tcp",
  ],
  [
    'compose',
    'compose-v1-names',
    'ok',
    'healthy',
    "$ docker ps --format '{{.Names}}\\t{{.Status}}\\t{{.Ports}}'\ndash-app_web_1\tUp 5 seconds\t0.0.0.0:8050->8050/tcp\ndash-app_db_1\tUp 6 seconds\t5432/tcp",
  ],
  [
    'reach:published',
    'label-template',
    'unreadable',
    'unreadable',
    '$ docker ps --format \'{{.Names}} {{.Label "com.docker.compose.service"}}\'\ndash-app-web-1 web',
  ],
  ['reach:running', 'all-no-state', 'partial', 'shows-part', '$ docker ps -a --format "{{.Names}}\\t{{.Ports}}"\ndash-app\t\nnifty_turing'],
  [
    'reach:published',
    'ipv6-brackets',
    'ok',
    'healthy',
    '$ docker ps --format "{{.Names}} -> {{.Ports}}"\ndash-app -> 0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp',
  ],
  [
    'reach:running',
    'equals-table',
    'problem',
    'container-exited',
    '$ docker ps -a --format="table {{.Names}}\\t{{.Status}}"\nNAMES      STATUS\ndash-app   Exited (137) 1 minute ago',
  ],
  [
    'run',
    'words-in-template',
    'ok',
    'healthy',
    '$ docker ps --format "Name: {{.Names}}, Status: {{.Status}}, Ports: {{.Ports}}"\nName: dash-app, Status: Up 2 minutes, Ports: 0.0.0.0:8050->8050/tcp',
  ],
  [
    'reach:running',
    'stopped-trailing-tab',
    'problem',
    'container-exited',
    "$ docker ps -a --format '{{.Names}}\\t{{.Status}}\\t{{.Ports}}'\ndash-app\tExited (0) 3 seconds ago\t",
  ],
  ['reach:running', 'filter-status-up', 'ok', 'healthy', '$ docker ps --filter "name=dash-app" --format "{{.Status}}"\nUp 7 minutes'],
  [
    'reach:running',
    'filter-status-exited',
    'problem',
    'container-exited',
    '$ docker ps -a -f name=dash-app --format "{{.Status}}"\nExited (1) 7 minutes ago',
  ],
  ['reach:running', 'names-no-a', 'ok', 'healthy', '$ docker ps --format "{{.Names}}"\ndash-app'],
  ['reach:running', 'names-with-a', 'partial', 'shows-part', '$ docker ps -a --format "{{.Names}}"\ndash-app\nnifty_turing'],
  [
    'reach:published',
    'inspect-json-ports',
    'ok',
    'healthy',
    '$ docker inspect --format \'{{json .NetworkSettings.Ports}}\' dash-app\n{"8050/tcp":[{"HostIp":"0.0.0.0","HostPort":"8050"}]}',
  ],
  [
    'reach:published',
    'inspect-json-ports-none',
    'problem',
    'no-port-published',
    '$ docker inspect --format \'{{json .NetworkSettings.Ports}}\' dash-app\n{"8050/tcp":null}',
  ],
  [
    'reach:published',
    'inspect-json-bindings',
    'problem',
    'ports-swapped',
    '$ docker inspect -f \'{{json .HostConfig.PortBindings}}\' dash-app\n{"8050/tcp":[{"HostIp":"","HostPort":"8051"}]}',
  ],
  [
    'reach:running',
    'sorted',
    'problem',
    'container-exited',
    "$ docker ps -a --format '{{.Names}}\\t{{.Status}}' | sort\ndash-app\tExited (1) 2 minutes ago\nweb\tUp 3 hours",
  ],
];

describe('cw71: docker ps --format templates', () => {
  it.each(rows)('%s %s', async (where, _id, kind, id, text) => {
    expect(await check(where, text)).toMatchObject({ kind, id });
  });
});
