/*
 * Stop 55 (the lead's): classes found in the first runs of this stop's sets, each on its program's own format, never a holdout paste.
 * Rows whose id starts "guard" are near shapes that must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string, string?]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');

// A `table` template of compose ps' or docker ps' own columns (docker/compose cmd/compose/ps.go `table {{.Name}}\t{{.Status}}`:
// `NAME   STATUS`; docker/cli's header map): read as the table it is (parse-table.ts templateHeader).
const template: Row[] = [
  {
    check: 'compose',
    want: ['problem', 'compose-project-name'],
    id: 'compose-ps-name-status-other-project',
    text: lines(
      '$ docker compose ps',
      'NAME                 STATUS',
      'shop-db-1            Up 2 minutes (healthy)',
      'shop-api-1           Up 2 minutes',
      'shop-worker-1        Exited (0) 1 minute ago',
    ),
  },
  {
    check: 'compose',
    want: ['partial', 'shows-part', 'ports'],
    id: 'compose-ps-name-status-own-service',
    text: lines('$ docker compose ps --format "table {{.Name}}\\t{{.Status}}"', 'NAME             STATUS', 'dash-app-web-1   Up 5 seconds'),
  },
  {
    check: 'compose',
    want: ['problem', 'compose-service-missing'],
    id: 'compose-ps-service-state-no-web',
    text: lines(
      '$ docker compose ps --format "table {{.Service}}\\t{{.State}}"',
      'SERVICE    STATE',
      'api        running',
      'db         running',
    ),
  },
  // compose ls' header names a column no ps has (CONFIG FILES): still compose ls.
  {
    check: 'compose',
    want: ['partial', 'shows-part', 'state'],
    id: 'guard-compose-ls',
    text: lines(
      'NAME                STATUS              CONFIG FILES',
      'dash-app            running(1)          /home/me/dash-app/compose.yaml',
    ),
  },
  // A table with no names: which row is the lesson's is not shown, as before (CONVENTIONS cw46).
  {
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-no-names',
    text: lines('CONTAINER ID   IMAGE                STATUS', '...            postgres:16-alpine   Up 2 minutes'),
  },
  // Another command's table (docker images) keeps its reading.
  {
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-images',
    text: lines(
      'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE',
      'dash-app     latest    4f2a9c1b7d3e   2 minutes ago   412MB',
    ),
  },
];

// A command at root's own prompt after the user's permission error (`sudo -i`, `sudo su`, `su -`; bash's PS1 prints `#` for uid 0):
// root's answer, as under sudo (normalize.ts rootShell; CONVENTIONS §2.1 cw44, cw159).
const denied =
  'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied';
const psHead = 'CONTAINER ID   IMAGE        COMMAND                  CREATED         STATUS         PORTS                NAMES';
const psRow = '819840c07c15   nginx:1.27   "/docker-entrypoint.…"   3 minutes ago   Up 3 minutes   0.0.0.0:80->80/tcp   web';
const rootShell: Row[] = [
  {
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'centos-sudo-i-root-prompt',
    text: lines('[centos@node01 ~]$ docker ps', denied, '[centos@node01 ~]$ sudo -i', '[root@node01 ~]# docker ps', psHead, psRow),
  },
  {
    check: 'install',
    want: ['problem', 'permission-denied'],
    id: 'ubuntu-sudo-su-root-prompt',
    text: lines('me@box:~$ docker version', denied, 'me@box:~$ sudo su', 'root@box:/home/me# docker ps', psHead, psRow),
  },
  {
    check: 'reach:port-free',
    want: ['problem', 'permission-denied'],
    id: 'root-prompt-listing-at-port-free',
    text: lines(
      '[centos@node01 ~]$ docker ps',
      denied,
      '[centos@node01 ~]$ su -',
      'Password:',
      '[root@node01 ~]# docker ps',
      psHead,
      psRow,
    ),
  },
  // The user's own retry after the group fix stands (cw44).
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-user-after-group-fix',
    text: lines(
      'me@box:~$ docker ps',
      denied,
      'me@box:~$ sudo usermod -aG docker me',
      'me@box:~$ newgrp docker',
      'me@box:~$ docker ps',
      psHead,
      psRow,
    ),
  },
  // Root's shell with no error before it: Docker works as root, as under sudo alone (cw44).
  {
    check: 'install',
    want: ['ok', 'healthy'],
    id: 'guard-root-prompt-alone',
    text: lines('[root@node01 ~]# docker ps', psHead, psRow),
  },
];

describe.each([
  ['a table template of ps columns', template],
  ["root's own shell", rootShell],
] as [string, Row[]][])('stop 55 %s', (_, rows) => {
  it.each(rows)('$id at $check', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id, d.details.variant].slice(0, want.length)).toEqual(want);
  });
});
