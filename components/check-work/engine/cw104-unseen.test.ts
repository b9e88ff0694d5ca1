/*
 * cw104 (the lead, stop 42): moby's `Container <ID> is not running` (docker exec into a stopped container, daemon/errors.go
 * errNotRunning) after the paste's own `docker stop` of that container: the learner ended it, so nothing failed (CONVENTIONS §2.2
 * cw98) and it keeps the answer its running row had. h82-bogon (Chinese notes) was the one left open at stop 41. Rows whose id
 * starts "guard" hold an answer that must not change: the error stands when nothing the paste did ended the container.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string]; id: string; text: string };

const id = 'abcced6d5ee8';
const full = `${id}e6980f8271d3e78d18d0dff708e377c22c7798006a133ac73559`;
const header = 'CONTAINER ID   IMAGE           COMMAND       CREATED         STATUS         PORTS     NAMES';
const up = `${id}   ubuntu:latest   "/bin/bash"   9 minutes ago   Up 6 minutes             sad_montalcini`;
const exec = (who: string) => `$ docker exec -it ${who} /bin/bash\nError response from daemon: Container ${full} is not running`;
const listed = `$ docker ps\n${header}\n${up}`;

const rows: Row[] = [
  {
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'stop-by-id',
    text: `${listed}\n$ docker stop ${id}\n${id}\n${exec(id)}`,
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'stop-by-short-id',
    text: `${listed}\n$ docker stop abcc\nabcc\n${exec('abcc')}`,
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'stop-by-name',
    text: `${listed}\n$ docker stop sad_montalcini\nsad_montalcini\n${exec('sad_montalcini')}`,
  },
  {
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'stop-by-id-at-run',
    text: `${listed}\n$ docker stop ${id}\n${id}\n${exec(id)}`,
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'unlisted-stop-then-exec',
    text: `$ docker stop ${id}\n${id}\n${exec(id)}`,
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-started-again',
    text: `${listed}\n$ docker stop ${id}\n${id}\n$ docker start ${id}\n${id}\n${exec(id)}`,
  },
  { check: 'reach:running', want: ['problem', 'container-exited'], id: 'guard-no-stop', text: `${listed}\n${exec(id)}` },
  {
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-stop-refused',
    text: `${listed}\n$ docker stop ${id}\nError response from daemon: No such container: ${id}\n${exec(id)}`,
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-exited'],
    id: 'guard-other-container-stopped',
    text: `${listed}\n$ docker stop 9f1e2d3c4b5a\n9f1e2d3c4b5a\n${exec(id)}`,
  },
];

describe('cw104: exec into a container the learner stopped', () => {
  for (const row of rows)
    it(`${row.id} at ${row.check}`, async () => {
      const d = await check(row.check, row.text);
      expect([d.kind, d.id]).toEqual(row.want);
    });
});
